// Batch 206 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b204.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (206206), no clock. Run: node test/corpus/_b206/gen-b206.js
//
// c1 开平市 (江门): whole workbook. 《评分标准逐项自评表》 = 基本情况 label|value block, then one row per 评分标准 line (指标 merged
//    down its lines, 完成情况 / 完成时间 / 自评分, a 小计 row per indicator = claimed); ledgers: 村居名录 by town sections (226 村委会
//    → base 200; 140 covered = exactly 70% with the 2021.8.31 station; 139/226 would read 2 points), 站点 by town sections,
//    培训 by 期次 (常住74.88万 → base 500,000; a “2021.8.30—9.1” class ends in September and decides 6 vs 8), 年度小计/总计 rows,
//    脱贫人口 + 参训名单 (lower-case x decides 24/60 = 40%), 园区企业 (二期扩租 duplicate code → 20), 资金 with a running 累计 column,
//    报送及更新 month rows (专栏 misses 2021年1月), 宣传 + 经验材料 stacked (materials only to 市政府办 / in September → 0).
// f1 赤坎区 (湛江): 《基础数据及自评分修订对照表》 初稿 | 修订稿 | 修订说明 — a blank 修订稿 means “same as 初稿”, “删去” means no
//    longer stated (2019 农产品网零, 政策支持自评分), otherwise the 修订稿 wins (常住人口 户籍→七普, 组长 副区长→区长, 政策 否,
//    中心 2021年1月 → 2020年12月28日, 摄影美工 否, 培训人次 without September); section 四 gives claimed points the same way.
// f2 江海区 (江门): 《市级初审意见及整改回复》 — the city's findings (its figures are not facts), the district's reply and the
//    整改后填报值 column; a second block of unchanged label|value pairs (two pairs a row); 主观评分项 with 区自评分 | 市初审建议分
//    (“1（原2）” accepted, two kept against the city's advice); leader 常务副区长 → deputy; 快递 83.3%（10/12）→ false.
// f3 香洲区 (珠海): a statistical report form (表号 / 制定机关 / 有效期至 top right, 甲|乙|丙|1|丁 code row, 计量单位
//    column, 代码 01—49, yes/no as “1是 2否” codes, 中心 date as 20210315, amounts in 万元 as text with commas, 社区个数 not a key,
//    报出日期 and 有效期至 not facts); 组长 区长 + member-department rows coded 1/2 (扶贫 2) → principal.
// l1 南海区 (佛山): 填报说明; 站点 as three town blocks each with its own header row and column order (西樵/丹灶/九江); training as
//    sign-in blocks per 期 with the date only in the block title (one “—25日” range, one September block, masked / spaced /
//    lower-case-x / missing IDs, 本期签到 rows); 脱贫人口 (劳动能力 five words, 务工状态 区内/区外省内/省外, one blank 劳动能力);
//    宣传报道 (中央/省级/市级/区级, 形式 电视 decides tv); 月报 with √ / blank 含扶贫统计; hidden 数据字典.
// l2 白云区 (广州): 目录; 村社名录 by 统计用区划代码 with 镇街 rows (code …000000) that are not villages, 城乡分类代码 not deciding
//    (two 村民委员会 coded 111/112 are 行政村); 园区企业 as a 租赁台账 (入驻日期（起租日） vs 租期至 vs 退租日期, one month-only);
//    专户明细 bank statement (收入 rows are not disbursements, 支出 only); 专栏发布 CMS export (草稿 / 待审核 rows have no 发布时间);
//    经验材料.
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
let seed = 206206;
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
    assert(/^b206-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b206-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b206-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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




// ---------------------------------------------------------------- scoring helpers (batch 206)
function tierCov(cov, base) {
  return ratioGE(cov, base, 70) ? 5 : ratioGE(cov, base, 50) ? 2 : 0;
}
function tierPoorCov(cov, n) {
  if (n === 0) return 5;
  return cov === n ? 5 : ratioGE(cov, n, 80) ? 3 : 0;
}
function tierTrain(pt, base) {
  return ratioGE(pt, base, 1) ? 10 : ratioGE(pt, base, 0.8) ? 8 : ratioGE(pt, base, 0.6) ? 6 : 0;
}
function tierPoorTrain(t, e) {
  return ratioGE(t, e, 50) ? 10 : ratioGE(t, e, 40) ? 8 : ratioGE(t, e, 30) ? 6 : 0;
}
function amountCell(a, j) {
  // an amount in 元 as a clerk types it
  switch (j % 5) {
    case 0: return a;
    case 1: return fmtMoney(a);
    case 2: return a % 100 === 0 ? `${a / 10000}万` : fmtMoney(a);
    case 3: return `${a}元`;
    default: return a;
  }
}

// =====================================================================================================
// c1 — 江门市开平市: 评分标准逐项自评表 + ten ledgers + 目录
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440783";
  const POP = 748800;
  const TBASE = Math.min(POP, 500000);
  const TOWNS = [["长沙街道", 10, 12], ["三埠街道", 8, 14], ["月山镇", 19, 3], ["水口镇", 16, 3], ["沙塘镇", 14, 2], ["苍城镇", 17, 2], ["龙胜镇", 19, 2],
    ["大沙镇", 15, 1], ["马冈镇", 18, 2], ["塘口镇", 16, 1], ["赤坎镇", 15, 2], ["百合镇", 17, 1], ["蚬冈镇", 16, 1], ["金鸡镇", 16, 1], ["赤水镇", 10, 1]];
  const prefixes = TOWNS.map((t) => t[0].slice(0, 2));
  const vName = nameMaker("大新石金黄罗上下东西南北白平凤安福和兴永高湖茶桥莲竹潭松群", ["岗", "坑", "洞", "洲", "田", "围", "岭", "湾", "江", "坪", "头", "背", "边", "朗", "美", "联", "溪", "山", "龙", "厦", "岐"], "村", prefixes);
  const cName = nameMaker("城丰星宝华建明港祥曙", ["苑", "湖", "安", "兴", "和", "园", "景", "华", "盛", "泰"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 226 && comms.length === 48, "c1 226 + 48");
  const VBASE = Math.min(admin.length, 200);
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tv = (i) => towns[i].vs;
  const poor = [tv(6)[3], tv(6)[11], tv(8)[5], tv(10)[2], tv(11)[7], tv(12)[4], tv(13)[1], tv(13)[9], tv(14)[6]];
  const poorSet = new Set(poor);
  assert(poorSet.size === 9, "c1 9 poor");
  const poorMonth = poor[4];

  // ---------------- 村居名录 (town sections)
  const vRows = [["开平市村（居）民委员会名录"], ["资料来源：开平市民政局（2021年6月）；“省定贫困村”“快递服务”两栏由市商务局补填"],
    ["序号", "村（居）民委员会名称", "类别", "省定贫困村", "快递服务", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  towns.forEach((x, ti) => {
    vRows.push([`${CN_NUM[ti + 1]}、${x.t}（村委会${x.vs.length}个、居委会${x.cs.length}个）`, null, null, null, null, null]);
    vMerges.push(`A${vRows.length}:F${vRows.length}`);
    x.vs.forEach((v, k) => {
      sq++;
      const nm = k % 3 === 1 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      vRows.push([sq, nm, "村委会", poorSet.has(v) ? "是" : "否", "通", poorSet.has(v) ? "2016—2020年省定相对贫困村" : null]);
    });
    x.cs.forEach((c) => {
      sq++;
      vRows.push([sq, `${c}居民委员会`, "居委会", null, "通", null]);
    });
  });
  vRows.push([`合计：村民委员会${admin.length}个，居民委员会${comms.length}个，其中省定贫困村${poor.length}个。`, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);

  // ---------------- 站点台账 (town sections)
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  assert(nonPoor.length === 217, "c1 217 non-poor");
  const covNonPoor = nonPoor.slice(0, 131);
  const uncovered = nonPoor.slice(131);
  const vCut = covNonPoor[0];
  const ST = [];
  for (const v of poor) ST.push({ v, op: v === poorMonth ? "2021-08" : randIsoBetween("2020-07-01", "2021-07-31") });
  for (const v of covNonPoor) ST.push({ v, op: v === vCut ? CUT : randIsoBetween("2020-07-01", "2021-08-28") });
  for (const v of [covNonPoor[10], covNonPoor[40], poor[2]]) ST.push({ v, op: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  for (const c of [towns[0].cs[1], towns[1].cs[4], towns[1].cs[9]]) ST.push({ v: c, op: randIsoBetween("2020-09-01", "2021-06-30") });
  ST.push({ v: uncovered[0], op: "2021-09-08" });
  ST.push({ v: uncovered[1], op: "2021-09" });
  const outName = (() => {
    for (;;) {
      const n = vName();
      if (!admin.includes(n)) return n;
    }
  })();
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["开平市村级电子商务服务站点台账"], ["填报单位：开平市商务局　　　　更新至：2021年9月10日"],
    ["序号", "站点名称", "所在村（居）委会", "站点地址", "站长", "联系电话", "挂牌日期", "验收结论"]];
  const sMerges = ["A1:H1", "A2:H2"];
  let sn = 0;
  let curTown = null;
  let secNo = 0;
  ST.forEach((s, j) => {
    const t = townOf[s.v];
    if (t !== curTown) {
      curTown = t;
      secNo++;
      const n = ST.filter((x) => townOf[x.v] === t).length;
      sRows.push([`（${CN_NUM[secNo]}）${t}（${n}个）`, null, null, null, null, null, null, null]);
      sMerges.push(`A${sRows.length}:H${sRows.length}`);
    }
    sn++;
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 4 === 0 ? `${short(s.v)}村民委员会` : j % 4 === 2 ? s.v : `${short(s.v)}村委会`;
    let dc;
    if (s.op === CUT) dc = "2021.8.31";
    else if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-08") dc = "2021.9.8";
    else if (s.op === "2021-09") dc = "2021年9月";
    else dc = dateCell(s.op, j);
    const sept = s.op >= "2021-09";
    sRows.push([sn, `开平市${t}${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, vcell,
      `${t}${short(s.v)}${isC ? "社区" : "村"}${["委会一楼", "文化室", "便民超市内", "邮政代办点"][j % 4]}`, personName(), mask(phone()), dc,
      sept ? "待验收" : j % 6 === 3 ? "整改后合格" : "合格"]);
  });
  sRows.push(["（十六）外市代建（1个）", null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sn++;
  const outOpen = "2021-05-14";
  sRows.push([sn, `恩平市大槐镇${short(outName)}村电商服务站`, `${short(outName)}村委会`, `恩平市大槐镇${short(outName)}村`, personName(), mask(phone()), dateCell(outOpen, 3), "合格"]);
  sRows.push(["注：1．挂牌日期为站点正式挂牌运营日期。2．“外市代建”站点由我市运营商在恩平市代建，仅作登记。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  for (const r of sRows) padRow(r, 8);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => adminSet.has(s.v) && openedBy(s.op, CUT)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 140 && ratioGE(140, VBASE, 70) && !ratioGE(139, VBASE, 70), "c1 140/200 = 70%");
  assert(tierCov(140, admin.length) === 2, "c1 naive 140/226 is 2 points");
  assert(covPoor.length === 9, "c1 poor 9/9");
  const clerkCov = new Set(ST.filter((s) => adminSet.has(s.v)).map((s) => s.v)).size;
  assert(clerkCov === 142, "c1 clerk 142");

  // ---------------- 培训台账 (sessions)
  const TOPICS = ["农村电商基础知识普及", "网店开设与运营实务", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌打造", "电商客服与物流", "社群营销与团购",
    "侨乡特色产品网销", "乡村振兴电商带头人"];
  const VENUES = ["市电子商务公共服务中心", "市委党校", "月山镇党群服务中心", "水口镇文化站", "赤坎镇党群服务中心", "塘口镇文化站", "金鸡镇党群服务中心", "龙胜镇文化站"];
  const sess = [];
  let d = "2020-09-16";
  for (let k = 0; k < 20; k++) {
    if (d >= "2020-10-01" && d <= "2020-10-08") d = "2020-10-13";
    if (d >= "2021-02-08" && d <= "2021-02-21") d = "2021-02-23";
    while (["六", "日"].includes(weekday(d))) d = isoAdd(d, 1);
    const len = k === 5 || k === 13 ? 2 : 0;
    sess.push({ no: k + 1, start: d, end: isoAdd(d, len), topic: TOPICS[k % TOPICS.length], venue: VENUES[k % VENUES.length], n: rint(150, 230) });
    d = isoAdd(d, rint(15, 18));
  }
  assert(sess[19].end <= "2021-08-20", "c1 20th session by 8/20 " + sess[19].end);
  let diff = 3968 - sum(sess.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % 20) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sess[j].n + st < 110 || sess[j].n + st > 260) continue;
    sess[j].n += st;
    diff -= st;
  }
  const R = { no: 21, start: "2021-08-30", end: "2021-09-01", topic: "脱贫户电商技能提升", venue: VENUES[0], n: 62 };
  const SEP = { no: 22, start: "2021-09-14", end: "2021-09-14", topic: "迎检电商知识普及", venue: VENUES[1], n: 150 };
  sess.push(R, SEP);
  const ptCut = sum(sess.filter((s) => s.end <= CUT).map((s) => s.n));
  assert(ptCut === 3968 && tierTrain(ptCut, TBASE) === 6 && tierTrain(ptCut + R.n, TBASE) === 8 && tierTrain(ptCut, POP) === 0, "c1 training tiers");

  // ---------------- 脱贫人口 and 参训名单
  const plan = shuffle([].concat(Array(60).fill("E"), Array(12).fill("M"), Array(8).fill("N")));
  let xGiven = false;
  const pvills = poor.concat(shuffle(admin.filter((v) => !poorSet.has(v))).slice(0, 7));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xGiven ? true : c === "E" ? false : undefined;
    if (wantX) xGiven = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = pvills[j % pvills.length];
    let lab;
    let work;
    if (c === "E") {
      lab = ["普通劳动力", "技能劳动力", "普通劳动力", "弱劳动力"][j % 4];
      work = ["县内务工", "未务工", "公益性岗位", "乡镇内务工", "县内务工"][j % 5];
    } else if (c === "M") {
      lab = j % 2 ? "技能劳动力" : "普通劳动力";
      work = j % 3 === 0 ? "省外务工" : "县外省内务工";
    } else {
      lab = j % 2 ? "丧失劳动力" : "无劳动力";
      work = "—";
    }
    return { c, id, v, lab, work, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = elig.find((p) => isX(p.id));
  assert(elig.length === 60 && xPerson, "c1 60 eligible with one X");
  const pSorted = persons.slice().sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.v, b.v));
  const pRows = [["开平市建档立卡贫困人口（脱贫人口）劳动力名单"], ["说明：劳动技能为普通劳动力、技能劳动力、弱劳动力的属有劳动能力；务工状态为县外省内务工、省外务工的属外出务工。"],
    ["序号", "所在镇（街）", "所在村", "姓名", "身份证号码", "劳动技能", "务工状态", "备注"]];
  pSorted.forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, p.work === "公益性岗位" ? "村保洁员" : null]));
  const pMerges = ["A1:H1", "A2:H2"];

  const poorSess = sess.filter((s) => s.no <= 20);
  const others = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(others.slice(0, 23));
  const rangePerson = others[23];
  const maskedPerson = others[24];
  const TR = trained.map((p, k) => ({ p, s: poorSess[(k * 7) % 20], id: p.id, typed: p === xPerson ? p.id.slice(0, 17) + "x" : k === 5 ? spacedId(p.id) : p.id }));
  const twice = trained[9];
  TR.push({ p: twice, s: poorSess[19], id: twice.id, typed: twice.id, note: "第二次参训" });
  TR.push({ p: rangePerson, s: R, id: rangePerson.id, typed: rangePerson.id });
  TR.push({ p: maskedPerson, s: poorSess[4], id: null, typed: maskId(maskedPerson.id), note: "镇报送名单已脱敏" });
  const mig = persons.find((p) => p.c === "M");
  TR.push({ p: mig, s: poorSess[11], id: mig.id, typed: mig.id, note: "返乡期间参训" });
  TR.sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TR.filter((t) => t.s.end <= CUT && t.id && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 24 && tierPoorTrain(24, 60) === 8 && tierPoorTrain(23, 60) === 6 && !ratioGE(25, 60, 70), "c1 24/60 = 40%");
  for (const s of sess) {
    s.poorN = TR.filter((t) => t.s === s).length;
    assert(s.poorN <= s.n, "c1 poor within session");
  }
  const sessDate = (s, j) => {
    if (s === R) return "2021.8.30—9.1";
    if (s === SEP) return "2021.9.14";
    if (s.end !== s.start) return rangeText(s.start, s.end, "dot");
    return dateCell(s.start, j + 2);
  };
  const tRows = [["开平市农村电子商务培训台账"], ["单位：人次"],
    ["期次", "培训日期", "培训班名称", "培训地点", "培训对象", "参训人次", "其中：脱贫人口", "承办单位"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const yearSub = (y) => {
    const ss = sess.filter((s) => s.start.startsWith(y));
    tRows.push([`${y}年小计`, null, null, null, null, sum(ss.map((s) => s.n)), sum(ss.map((s) => s.poorN)), null]);
    tMerges.push(`A${tRows.length}:E${tRows.length}`);
  };
  sess.forEach((s, j) => {
    if (j > 0 && sess[j - 1].start < "2021" && s.start >= "2021") yearSub("2020");
    const nCell = j % 6 === 2 ? `${s.n}人次` : j % 7 === 4 ? fullWidth(String(s.n)) : s.n;
    tRows.push([`第${s.no}期`, sessDate(s, j), `${s.topic}培训班`, s.venue, s === R ? "脱贫户" : ["农户、合作社", "返乡青年", "电商从业人员", "村干部、站长"][j % 4], nCell,
      s.poorN || null, j % 2 ? "开平市××电子商务有限公司" : "开平市商务局"]);
  });
  yearSub("2021");
  tRows.push(["总计", null, null, null, null, sum(sess.map((s) => s.n)), sum(sess.map((s) => s.poorN)), null]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  tRows.push(["注：跨日培训班的培训日期写起止日期。"]);
  tMerges.push(`A${tRows.length}:H${tRows.length}`);

  const trRows = [["开平市脱贫人口参加电商培训名单"], ["序号", "姓名", "身份证号码", "所在村", "参训期次", "培训日期", "备注"]];
  TR.forEach((t, j) => trRows.push([j + 1, t.p.name, t.typed, t.p.v, `第${t.s.no}期`, sessDate(t.s, sess.indexOf(t.s)), t.note || null]));
  const trMerges = ["A1:G1"];

  // ---------------- 园区企业
  const FIRMS = [["开平市碉楼优品电子商务有限公司", "平台型"], ["开平市侨乡云仓网络科技有限公司", "平台型"], ["开平市马冈鹅网店", "销售型"],
    ["开平市赤水腊味电商商行", "销售型"], ["开平市百合茶叶网店", "销售型"], ["开平市金鸡竹编电子商务有限公司", "销售型"],
    ["开平市塘口农特产电商商行", "销售型"], ["开平市水口卫浴网店", "销售型"], ["开平市好粮仓电子商务有限公司", "销售型"],
    ["开平市众邦电商代运营有限公司", "电商运营商"], ["开平市启航电商服务有限公司", "电商运营商"], ["开平市新农人网络运营工作室", "电商运营商"],
    ["开平市快达物流有限公司", "物流企业"], ["开平市冷链仓储服务有限公司", "物流企业"], ["开平市乡村快递共配有限公司", "物流企业"],
    ["开平市潭江直播电商有限公司", "直播电商"], ["开平市禾丰供应链管理有限公司", "供应链"], ["开平市侨韵文创网店", "销售型"],
    ["开平市月山蔬果电子商务有限公司", "销售型"], ["开平市鲜到家电商商行", "销售型"], ["开平市苍城米业网店", "销售型"], ["开平市蚬冈渔业电商有限公司", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2020-11-10", "2021-07-20"), left: null }));
  firms[20].entered = "2020-12-08";
  firms[20].left = "2021-06-30";
  firms[21].entered = "2021-09-02";
  const ER = firms.map((f) => ({ f, room: `一期${String.fromCharCode(65 + rint(0, 2))}${rint(101, 320)}` }));
  ER.splice(8, 0, { f: firms[3], room: "二期B206", dup: true, entered: "2021-05-10" });
  const eRows = [["开平市电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "经营场地", "状态"]];
  ER.forEach((e, j) => {
    const f = e.f;
    const ent = e.entered || f.entered;
    const status = e.dup ? "在园（二期扩租）" : f.left ? `已退出（${dotDate(f.left)}）` : f.entered > CUT ? "9月新入驻" : "在园";
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(ent, j + 1), e.room, status]);
  });
  const inPark = new Set(ER.filter((e) => (e.entered || e.f.entered) <= CUT && !(e.f.left && e.f.left < CUT)).map((e) => e.f.code));
  const rowsInPark = ER.filter((e) => (e.entered || e.f.entered) <= CUT && !(e.f.left && e.f.left < CUT)).length;
  const typesIn = new Set(firms.filter((f) => inPark.has(f.code)).map((f) => f.t));
  assert(inPark.size === 20 && rowsInPark === 21 && typesIn.size >= 3, "c1 park 20 " + inPark.size);

  // ---------------- 资金台账 (running 累计 column)
  const PAY = [["2020-10-23", "开平市××电子商务有限公司", "公共服务中心建设（首期）", 680000], ["2020-12-11", "开平市××电子商务有限公司", "村级站点建设（第一批）", 452000],
    ["2021-01-15", "开平市××物流有限公司", "物流配送体系建设", 398600], ["2021-03-05", "开平市××电子商务有限公司", "人才培训（2020年度）", 215400],
    ["2021-04-20", "开平市××电子商务有限公司", "村级站点建设（第二批）", 506000], ["2021-05-28", "开平市××文化传播有限公司", "品牌推广", 186000],
    ["2021-06-25", "开平市××电子商务有限公司", "公共服务中心建设（二期）", 450000], ["2021-07-30", "开平市××物流有限公司", "物流配送体系建设（二期）", 329000],
    ["2021-08-27", "开平市××电子商务有限公司", "人才培训（2021年上半年）", 0], ["2021-09-15", "开平市××电子商务有限公司", "村级站点建设（尾款）", 420000]];
  PAY[8][3] = 3612800 - sum(PAY.slice(0, 8).map((p) => p[3]));
  assert(PAY[8][3] === 395800, "c1 pay 8 " + PAY[8][3]);
  const fRows = [["开平市电子商务进农村综合示范专项资金拨付台账"], ["省级下达资金：500万元（粤财工〔2019〕××号）"],
    ["序号", "拨付日期", "收款单位", "项目内容", "本次拨付金额（元）", "累计拨付金额（元）", "凭证号"]];
  let run = 0;
  PAY.forEach((p, j) => {
    run += p[3];
    const dc = p[0] === "2021-09-15" ? "2021.9.15" : p[0] === "2021-08-27" ? "2021年8月27日" : dateCell(p[0], j + 2);
    fRows.push([j + 1, dc, p[1], p[2], amountCell(p[3], j), fmtMoney(run), `记-${dotDate(p[0]).slice(2).replace(/\./g, "")}-${pad3(rint(1, 80))}`]);
  });
  fRows.push(["合计", null, null, null, fmtMoney(sum(PAY.map((p) => p[3]))), null, null]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3612800 && ratioGE(spent, 5000000, 70), "c1 spent 72.3%");

  // ---------------- 报送及专栏更新 (month rows)
  const months = monthsBetween("2020-09", "2021-09");
  const rmRows = [["开平市月报报送及专栏更新情况登记"], ["月份", "月报报送日期", "报送对象", "含电商扶贫统计", "专栏更新日期", "当月更新条数"]];
  const repDates = [];
  const disDates = [];
  months.forEach((m, j) => {
    let rd = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(rd)) || (rd >= "2020-10-01" && rd <= "2020-10-08")) rd = isoAdd(rd, 1);
    repDates.push(rd);
    let ups = [];
    if (m !== "2021-01") {
      const n = rint(1, 3);
      for (let k = 0; k < n; k++) ups.push(`${m}-${String(rint(10, lastDay(...ymd(m + "-01").slice(0, 2)))).padStart(2, "0")}`);
      ups = [...new Set(ups)].sort();
    }
    disDates.push(...ups);
    rmRows.push([cnMonth(m), j % 3 === 0 ? D(rd) : dotDate(rd), "江门市商务局", "是", ups.length ? ups.map((u) => mdOnly(u)).join("；") : "—", ups.length]);
  });
  rmRows.push(["注：2021年1月专栏因网站改版暂停更新。"]);
  const repMonths = inWindowMonths(repDates.filter((x) => x <= CUT));
  const disMonths = inWindowMonths(disDates.filter((x) => x <= CUT));
  assert(repMonths === 12 && disMonths === 11, "c1 months " + repMonths + "/" + disMonths);

  // ---------------- 宣传报道 + 经验材料 (stacked)
  const MED = [["2020-12-21", "开平电视台《开平新闻》", "县级", "电视", "开平市电子商务公共服务中心投入运营", "否"],
    ["2021-04-16", "江门日报", "市级", "报纸", "开平：侨乡好物搭上电商快车", "否"],
    ["2021-06-09", "广东广播电视台《广东新闻联播》", "省级", "电视", "开平脱贫户直播卖马冈鹅", "是"],
    ["2021-09-10", "南方日报", "省级", "报纸", "开平电商进农村示范创建纪实", "否"]];
  const mRows = [["开平市电子商务进农村宣传报道及经验材料登记"], ["一、宣传报道"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-10" ? "2021.9.10" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  mRows.push([null, null, null, null, null, null, null]);
  mRows.push(["二、经验材料报送"]);
  mRows.push(["序号", "报送日期", "材料名称", "报送对象", "报送方式", null, null]);
  mRows.push([1, "2021年7月20日", "《开平市电商助力侨乡乡村振兴工作情况》", "开平市人民政府办公室", "OA", null, null]);
  mRows.push([2, "2021.9.3", "《开平市电子商务进农村综合示范经验做法》", "江门市商务局", "粤政易", null, null]);
  const mMerges = ["A1:G1", "A2:G2", `A${MED.length + 5}:G${MED.length + 5}`];
  for (const r of mRows) padRow(r, 7);

  // ---------------- 评分标准逐项自评表 (facts)
  const W = 8;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:H${fr.length}`);
  };
  full("开平市2019年省级电子商务进农村综合示范创建考评评分标准逐项自评表");
  full("填报单位：开平市商务局（盖章）　　　　数据截至：2021年8月31日　　　　填报日期：2021年9月8日");
  full("一、基本情况");
  const kv2 = (a, b, c, e) => {
    fr.push(padRow([a, null, b, null, c, null, e], W));
    const r = fr.length;
    fm.push(`A${r}:B${r}`, `C${r}:D${r}`, `E${r}:F${r}`, `G${r}:H${r}`);
  };
  kv2("县（市、区）", "开平市", "考评截止日期", "2021年8月31日");
  kv2("常住人口", "74.88万人（七普）", "户籍人口", "69.9万人");
  kv2("行政村（村委会）", "226个", "社区（居委会）", "48个");
  kv2("省定贫困村", "9个", "镇（街道）", "15个");
  full("二、评分标准逐项自评");
  fr.push(["序号", "评价指标（分值）", "评分标准", null, "完成情况", "完成时间", "自评分", "佐证材料"]);
  fm.push(`C${fr.length}:D${fr.length}`);
  const claimed = {};
  let no = 0;
  const ind = (id, label, lines, sub) => {
    no++;
    const r0 = fr.length + 1;
    lines.forEach(([std, done, when, p, ev]) => {
      fr.push([lines.length && fr.length + 1 === r0 ? no : null, fr.length + 1 === r0 ? label : null, std, null, done, when, p, ev || null]);
      fm.push(`C${fr.length}:D${fr.length}`);
    });
    const r1 = fr.length;
    mergeCol(fm, "A", r0, r1);
    mergeCol(fm, "B", r0, r1);
    if (sub !== undefined) {
      fr.push([null, "小计", null, null, null, null, sub, null]);
      fm.push(`B${fr.length}:F${fr.length}`);
      claimed[id] = sub;
    }
  };
  ind("org.leadership", "组织领导（2分）", [["由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）",
    "成立以市委副书记、市长为组长的领导小组，成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监督管理局、开平邮政分公司", "2020.3.26", 2, "开府办〔2020〕9号"]], 2);
  ind("org.plan", "方案制定（2分）", [["工作方案因地制宜，可操作性较强（1-2分）", "《开平市电子商务进农村综合示范工作方案》已正式印发", "2020.4.17", 2, "开府办〔2020〕21号"]], 2);
  ind("org.policy", "政策支持（2分）", [["出台相关政策，且得到较好落实（1-2分）", "已出台《开平市促进农村电子商务发展若干措施》，落实情况一般", "2020.8.5", 1, "开府办函〔2020〕58号"]], 1);
  ind("org.management", "项目管理（4分）", [["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "已制定项目管理办法，建设、验收按制度执行", "2020.5.20", 2],
    ["建立完整工作台账，详细记录项目建设情况（1-2分）", "已建立完整工作台账", null, 2]], 4);
  ind("work.center", "服务体系建设：县级电子商务公共服务中心与产业园（15分）", [
    ["建成县级电子商务公共服务中心（2分）", "已建成", "2020.12.18", 2],
    ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", "2020年12月18日投入运营，截至2021年8月31日已运行8个多月", null, 2],
    ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "有，免费", null, 2],
    ["为特色农产品提供免费展示、销售服务（1分）", "有，免费", null, 1],
    ["为电子商务市场主体提供免费摄影、美工服务（1分）", "提供摄影、美工服务，按成本价收费", null, 1, "收费标准"],
    ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "有", null, 1],
    ["为电子商务发展提供其他衍生增值服务（1分）", "有（代运营、金融对接）", null, 1],
    ["建设或整合、优化当地电商产业园（2分）", "已整合建成开平市电子商务产业园", "2020.11", 2],
    ["电商产业园企业入驻数量达20家及以上（2分）", `入驻企业${rowsInPark}家`, null, 2, "入驻企业清单"],
    ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", "有平台型、销售型、电商运营商、物流企业等", null, 1]], 15);
  ind("work.coverage", "服务体系建设：村级站点覆盖（10分）", [
    ["行政村覆盖率70%及以上（5分）", `全市行政村226个（200个以上，以200个为基数），已建站点覆盖行政村${clerkCov}个，覆盖率71%`, null, 5, "站点台账"],
    ["贫困村覆盖率100%（5分）", "9个省定贫困村全覆盖", null, 5]], 10);
  ind("work.upward", "农村产品上行（10分）", [
    ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "已完成网销调研报告", "2020.10", 2],
    ["开展农村产品网络促销活动成效明显（1-2分）", "开展“侨乡好物节”等促销活动3场", null, 1],
    ["当地有专业第三方电子商务运营或服务商（1分）", "有（开平市××电子商务有限公司）", null, 1],
    ["行政村物流快递覆盖率100%（1分）", "100%", null, 1],
    ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "出台马冈鹅、开平腊味电商交易标准，建成冷链仓、溯源系统", null, 2],
    ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2020年农村网络零售额50.12亿元，2019年38.20亿元，同比增长31.2%", null, 2]], 9);
  ind("work.training", "电商人才培训（20分）", [
    ["培训人次达常住人口1%及以上（10分），0.8%-1%（8分），0.6%-0.8%（6分）", `累计培训${fmtInt(ptCut + R.n)}人次，常住人口超过50万按50万计，占0.81%`, null, 8, "培训台账"],
    ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（8分），30%-40%（6分）", "有劳动能力的建档立卡贫困人口（不含外出务工）60人，参训25人，培训率41.7%", null, 8]], 16);
  ind("info.disclosure", "信息公开（4分）", [
    ["在县政府网站设立公开专栏且内容全面（2分）", "已在市政府网站设立专栏，公示创建方案、项目基本信息、建设进度，设监督举报电话", null, 2],
    ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", "按月更新", null, 2]], 4);
  ind("info.reporting", "数据上报（6分）", [
    ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", "每月向江门市商务局报送", null, 3],
    ["能统计电商扶贫情况（3分）", "能，月报附电商扶贫统计", null, 3]], 6);
  ind("promo.cases", "案例总结（2分）", [["向市商务局报送经验材料（2分）", "已报送经验材料", null, 2]], 2);
  ind("promo.media", "经验推广（8分）", [["省级及以上媒体（4分）；市级媒体（3分）；县级媒体（1分）", "广东广播电视台、江门日报、开平电视台均有报道", null, 8]], 8);
  ind("fund.system", "制度建立（5分）", [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "已制定专项资金管理办法", "2020.6.12", 5]], 5);
  ind("fund.ledger", "资金台账（5分）", [["项目承建方建立资金专用台账，账目完整（1-5分）", "已建立", null, 5]], 5);
  ind("fund.spending", "资金支出（5分）", [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；低于70%倒扣5分", "截至2021年8月31日累计拨付361.28万元，支出率72.3%，按进度及时拨付", null, 4]], 4);
  ind("bonus.poorTraining", "加分项：贫困人口培训率（2分）", [["建档立卡贫困人口培训率70%及以上（2分）", "培训率41.7%，未达到", null, 0]], 0);
  ind("bonus.tvCase", "加分项：电视播报（2分）", [["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）", "广东广播电视台《广东新闻联播》播报", "2021.6.9", 1]], 1);
  full("三、一票否决项");
  fr.push(padRow(["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, null, null, "未发生"], W));
  fm.push(`A${fr.length}:D${fr.length}`, `E${fr.length}:H${fr.length}`);
  fr.push(padRow(["项目建设进度严重滞后，总体进度不足40%", null, null, null, "总体进度90%"], W));
  fm.push(`A${fr.length}:D${fr.length}`, `E${fr.length}:H${fr.length}`);
  fr.push(padRow(["弄虚作假", null, null, null, "无"], W));
  fm.push(`A${fr.length}:D${fr.length}`, `E${fr.length}:H${fr.length}`);
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  const claimedBonus = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  fr.push(padRow(["自评合计", null, null, null, null, null, claimedScored + claimedBonus, `含加分${claimedBonus}分`], W));
  fm.push(`A${fr.length}:F${fr.length}`);
  full("填表人：谭××　　审核人：关××（市商务局副局长）　　联系电话：0750-22×××××");
  for (const r of fr) assert(r.length === W, "c1 facts width " + r.length);
  assert(claimedScored === 93 && claimedBonus === 1, "c1 claimed " + claimedScored);

  const toc = [["开平市电子商务进农村综合示范创建考评资料（电子版）"], ["序号", "工作表", "内容"],
    [1, "逐项自评表", "基本情况、评分标准逐项自评、一票否决项"], [2, "村居名录", "村（居）民委员会名录"], [3, "站点台账", "村级电商服务站点"],
    [4, "培训台账", "电商培训（按期次）"], [5, "脱贫人口名单", "建档立卡贫困人口劳动力"], [6, "脱贫人口参训名单", "脱贫人口参加培训"],
    [7, "入驻企业", "电商产业园入驻企业"], [8, "资金台账", "专项资金拨付"], [9, "报送及更新", "月报报送、专栏更新"], [10, "宣传及材料", "宣传报道、经验材料"],
    ["编制：开平市商务局电商股　2021年9月"]];

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.size >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = tierCov(covSet.size, VBASE) + tierPoorCov(covPoor.length, poor.length);
  const trainPts = tierTrain(ptCut, TBASE) + tierPoorTrain(trainedCut.size, elig.length);
  assert(centerPts === 14 && covPts === 10 && trainPts === 14, "c1 center/cov/train " + [centerPts, covPts, trainPts]);
  assert(5012 - 3820 >= 0.3 * 3820, "c1 growth");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 1 + 1 + 1 + 2 + 2, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0),
    "info.reporting": (repMonths === 12 ? 3 : 1) + 3, "promo.cases": 0, "promo.media": 4 + 3 + 1, "fund.system": 5, "fund.ledger": 5,
    "fund.spending": ratioGE(spent, 5000000, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, elig.length, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 87 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 组长“市委副书记、市长”（市长是主要领导）；成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 商务、财政、农业农村、扶贫（乡村振兴）齐全 → 2",
    "org.plan: 工作方案已正式印发（开府办〔2020〕21号），自评2 → 2",
    "org.policy: 《若干措施》已出台，自评1 → 1",
    "org.management: 项目管理制度自评2，工作台账自评2 → 4",
    `work.center: 中心2020年12月18日投入运营 → 建成2；不晚于2021-02-28 → 运行满6个月2；免费培训2；免费展示销售1；摄影美工“按成本价收费”不是免费 → 0（自评给了1）；品牌建设1；其他衍生增值服务（代运营、金融对接）1；产业园已建成2；《入驻企业》${ER.length}行：“${firms[20].n}”2021.6.30已退出不算，“${firms[21].n}”9月2日入驻不算，“${firms[3].n}”二期扩租那行与一期同一信用代码只算一家 → 在园${inPark.size}家 → 2（清单行数${rowsInPark}行，自评写“入驻企业${rowsInPark}家”）；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计${centerPts}（自评15）`,
    `work.coverage: 《村居名录》村委会226个（居委会48个不算），超过200个 → 基数200；《站点台账》挂牌日期 ≤ 2021-08-31 的行政村${covSet.size}个（“${vCut}”站“2021.8.31”挂牌算；贫困村“${poorMonth}”只写“2021年8月”算；同村第二个站只算一次；3个社区站不算；恩平市大槐镇的代建站不在名录里不算；“${uncovered[0]}”2021.9.8、“${uncovered[1]}”“2021年9月”挂牌不算） → ${covSet.size}/200 = 70.0% ≥ 70% → 5（少8月31日那站是139/200 = 69.5%只有2分；若按226个行政村算140/226 = 61.9%也只有2分）；9个省定贫困村都有截止日前挂牌的站点 → 9/9 = 100% → 5；合计10（自评10，自评写覆盖${clerkCov}个是把9月两站也算上了）`,
    "work.upward: 网销调研自评2、促销活动自评1、交易标准与冷链溯源自评2；第三方运营服务商有 → 1；《村居名录》有“快递服务”栏，226个村委会全部“通” → 1；农村网络零售额38.20亿→50.12亿元，增长31.2% ≥ 30% → 2；合计9",
    `work.training: 《培训台账》截止日前第1—20期合计${fmtInt(ptCut)}人次（“2021年小计”“总计”行不另加；第21期“2021.8.30—9.1”按结束日9月1日，在截止日后不算；第22期2021.9.14不算；“${rangeText(sess[5].start, sess[5].end, "dot")}”式跨日班按结束日，在截止日前）；常住人口74.88万超过50万 → 基数500,000 → ${fmtInt(ptCut)}/500,000 = 0.79% → 6（把第21期62人次算上是4,030人次 = 0.81%，自评8分就是这么来的；若按74.88万算只有0.53%，0分）；《脱贫人口名单》劳动技能为普通/技能/弱劳动力且不是县外省内、省外务工的60人；《参训名单》截止日前身份证号对上的24人（一人身份证末位写成小写x，照大写X对上；一人带空格；一人参训两次只算一次；“${rangePerson.name}”只参加第21期（9月1日结束）不算；一人身份证号脱敏对不上；外出务工一人不在60人里） → 24/60 = 40.0% → 8（自评写“参训25人，41.7%”）；合计14（自评16）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 内容全面2；《报送及更新》专栏更新日期2020年9月—2021年8月只有2021年1月没有（“—”，0条） → 11个月，不定时1；合计3（自评4）",
    "info.reporting: 《报送及更新》2020年9月—2021年8月每月都有向江门市商务局报送月报的日期 → 按月3；月报含电商扶贫统计、自评表写“能，月报附电商扶贫统计” → 3；合计6",
    "promo.cases: 《宣传及材料》经验材料只有两条：2021年7月20日报的是开平市人民政府办公室（不是市商务局），报江门市商务局的那份是2021.9.3（截止日后） → 0（自评2）",
    "promo.media: 截止日前广东广播电视台（省级） → 4，江门日报（市级） → 3，开平电视台（县级） → 1；南方日报2021.9.10在截止日后（省级已有） → 8",
    "fund.system: 资金管理制度自评5 → 5",
    "fund.ledger: 资金台账自评5 → 5",
    `fund.spending: 《资金台账》读“本次拨付金额”（“累计拨付金额”列和合计行不另加；“${PAY[2][3] / 10000}万”“${PAY[7][3] / 10000}万”式文本按万元，“215400元”式文本按元）：截止日前9笔合计${fmtMoney(spent)}元（2021.9.15的420,000元不算） → ${fmtMoney(spent)}/5,000,000 = 72.3% ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 贫困人口培训率24/60 = 40% < 70% → 0",
    "bonus.tvCase: 2021年6月9日广东广播电视台《广东新闻联播》播报电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 安全生产、质量事故“未发生” → 不否决",
    "veto.progress: 总体进度90% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "江门开平市商务局整本考评工作簿（11个表：目录、逐项自评表、9个台账），87＋加分1＝88分、未否决（自评93＋1）：《逐项自评表》上面是“标签｜值”两对一行的基本情况（常住人口74.88万、村委会226个），下面把官方评分标准拆成一条一行（评价指标纵向合并，完成情况｜完成时间｜自评分｜佐证材料，每个指标一行“小计”即自评分，摄影美工“按成本价收费”却自评1分），一票否决三行；台账：村居名录按镇分节（节标题带个数，类别 村委会／居委会），226个行政村超过200以200为基数，站点台账按镇分节、截止日前覆盖正好140个（“2021.8.31”一站决定70%，同村第二站、社区站、恩平市代建站、9月两站都不算），培训台账按期次（常住超过50万以50万为基数，3,968人次＝0.79%，“2021.8.30—9.1”一期按9月1日不算，年度小计和总计行），脱贫人口名单和参训名单（身份证末位小写x决定24/60＝40%），入驻企业（二期扩租同一信用代码重复一行、6月退出、9月入驻 → 20家），资金台账有“累计拨付”滚动列（72.3%），月报和专栏按月一行（专栏2021年1月断更），宣传报道下接经验材料（报市政府办的和9月报市局的都不算）。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1", `A${toc.length}:C${toc.length}`] },
      { name: "逐项自评表", rows: fr, merges: fm },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: trMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "报送及更新", rows: rmRows, merges: ["A1:F1", `A${rmRows.length}:F${rmRows.length}`] },
      { name: "宣传及材料", rows: mRows, merges: mMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 湛江市赤坎区: 基础数据及自评分修订对照表 (初稿 | 修订稿 | 修订说明)
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("赤坎区电子商务进农村综合示范创建考评基础数据及自评分修订对照表");
  full("填报单位：湛江市赤坎区商务局　　　初稿：2021年9月1日报市商务局　　　修订稿：2021年9月6日");
  full("说明：“修订稿”栏空白的，表示与初稿相同；填“删去”的，表示该项不再填报。");
  rows.push(["序号", "项目", "单位", "初稿", "修订稿", "修订说明"]);
  let n = 0;
  const it = (label, unit, a, b, note) => {
    n++;
    rows.push([n, label, unit, a, b === undefined ? null : b, note || null]);
  };
  const sec = (t) => full(t);
  sec("一、基本情况");
  it("区（县、市）", "—", "赤坎区");
  it("考评数据截止日期", "—", "2021年8月31日");
  it("常住人口", "万人", 35.62, 30.41, "初稿误填户籍人口，修订稿为第七次全国人口普查常住人口");
  it("行政村数", "个", 14, undefined, "另有社区64个，不计入");
  it("省定贫困村数", "个", 0, undefined, "本区无省定贫困村");
  it("领导小组组长", "—", "副区长（分管商务）", "区委副书记、区长", "2021年3月领导小组调整（赤府办〔2021〕9号）");
  it("领导小组成员单位", "—", "区商务局、区财政局、区农业农村水利局", "区商务局、区财政局、区农业农村水利局、区乡村振兴局", "补列区乡村振兴局");
  sec("二、创建工作完成情况");
  it("示范创建工作方案正式印发", "是/否", "是");
  it("出台支持农村电商发展的政策", "是/否", "是", "否", "《赤坎区扶持农村电子商务发展暂行办法》仍为征求意见稿，初稿误填");
  it("公共服务中心投入运营日期", "—", "2021年1月", "2020年12月28日", "以正式运营日期为准（2021年1月为揭牌仪式）");
  it("中心有免费培训场所和培训设备", "是/否", "是");
  it("中心免费展示、销售特色农产品", "是/否", "是");
  it("中心免费提供摄影、美工服务", "是/否", "是", "否", "摄影免费，美工设计按件收费");
  it("组织农产品统一推广、指导品牌建设", "是/否", "是");
  it("提供其他衍生增值服务", "是/否", "是");
  it("建设或整合电商产业园", "是/否", "是");
  it("有专业第三方电商运营服务商", "是/否", "是");
  it("行政村物流快递覆盖率", "%", 100);
  it("2019年农村网络零售额", "亿元", 12.36);
  it("2020年农村网络零售额", "亿元", 15.02);
  it("2019年农产品网络零售额", "亿元", 2.1, "删去", "2019年未单独统计，初稿为估算数");
  it("2020年农产品网络零售额", "亿元", 3.18);
  it("2020年农产品网络零售额同比增速", "%", null, 35.6, "补填，省商务厅平台数据");
  it("电商培训人次", "人次", "3,215", "3,086", "初稿含9月开班的两期129人次");
  it("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 126);
  it("参加培训的建档立卡贫困人口", "人", 71, 68, "按身份证号去重");
  it("专栏公示创建方案", "是/否", "是");
  it("专栏公示项目基本信息", "是/否", "是");
  it("专栏按月公示项目建设进度", "是/否", "是");
  it("专栏设立征求意见或监督举报窗口", "是/否", "是");
  it("能统计电商扶贫情况", "是/否", "是");
  it("省级下达专项资金", "万元", 500);
  it("累计拨付资金", "万元", 368.5, 371.26, "初稿为8月20日数");
  it("已制定专项资金管理制度", "是/否", "是");
  it("已建立资金专用台账", "是/否", "是");
  it("项目总体进度", "%", 90, 86, "按区财政评审口径调整");
  it("发生安全生产、质量事故或重大损失", "是/否", "否");
  it("弄虚作假", "是/否", "否");
  sec("三、主观评分项自评分");
  it("方案制定（1—2分）", "分", 2);
  it("政策支持（1—2分）", "分", 2, "删去", "政策未出台，不自评");
  it("项目管理制度（1—2分）", "分", 2);
  it("工作台账（1—2分）", "分", 2, 1, "前期台账记录不完整");
  it("网销调研（1—2分）", "分", 1);
  it("网络促销活动（1—2分）", "分", 2);
  it("交易标准与冷链溯源（1—2分）", "分", 1, 2, "补充冷链系统验收材料");
  it("资金管理制度（1—5分）", "分", 5, 4);
  it("资金台账（1—5分）", "分", 4);
  it("资金及时拨付（1—5分）", "分", 4, 3);
  sec("四、自评得分");
  const SC = [["组织领导", 2, 1, 2, "org.leadership"], ["方案制定", 2, 2, null, "org.plan"], ["政策支持", 2, 2, 0, "org.policy"], ["项目管理", 4, 4, 3, "org.management"],
    ["服务体系建设（县级中心与产业园）", 15, 15, 12, "work.center"], ["服务体系建设（村级站点覆盖）", 10, 10, null, "work.coverage"],
    ["农村产品上行", 10, 7, 8, "work.upward"], ["电商人才培训", 20, 20, null, "work.training"], ["信息公开", 4, 4, null, "info.disclosure"],
    ["数据上报", 6, 6, null, "info.reporting"], ["案例总结", 2, 2, null, "promo.cases"], ["经验推广", 8, 5, null, "promo.media"],
    ["制度建立", 5, 5, 4, "fund.system"], ["资金台账", 5, 4, null, "fund.ledger"], ["资金支出", 5, 4, 3, "fund.spending"],
    ["加分项：贫困人口培训率70%及以上", 2, 0, null, "bonus.poorTraining"], ["加分项：电商扶贫典型案例电视播报", 2, 0, null, "bonus.tvCase"]];
  const NOTE = { "org.leadership": "组长调整为区长", "org.policy": "政策未出台", "org.management": "工作台账1分", "work.center": "摄影美工不免费；入驻企业17家，不足20家",
    "work.upward": "交易标准与冷链溯源改为2分", "fund.system": "资金管理制度改为4分", "fund.spending": "及时拨付改为3分" };
  const claimed = {};
  const first = {};
  for (const [name, w, a, b, id] of SC) {
    n++;
    rows.push([n, `${name}（${w}分）`, "分", a, b, b === null ? null : NOTE[id] || null]);
    claimed[id] = b === null ? a : b;
    first[id] = a;
  }
  const tA = sum(SCORED.map(([id]) => first[id]));
  const tB = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计（不含加分）", "分", tA, tB, null]);
  full("填表人：吴××　　审核人：区商务局副局长 黄××　　联系电话：0759-32×××××");
  assert(tA === 91 && tB === 85, "f1 claimed " + tA + "/" + tB);
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "湛江赤坎区商务局交来当事实表的《基础数据及自评分修订对照表》：三行抬头（初稿9月1日报市局、修订稿9月6日，说明“修订稿栏空白的表示与初稿相同；填‘删去’的表示该项不再填报”），序号｜项目｜单位｜初稿｜修订稿｜修订说明，分一、基本情况，二、创建工作完成情况，三、主观评分项自评分，四、自评得分。读法：每项以修订稿为准，修订稿空白的取初稿，“删去”的项不算填报——常住人口初稿35.62万（户籍）→ 30.41万；组长 副区长 → “区委副书记、区长”，成员单位补列区乡村振兴局（principal-all）；政策 是 → 否；中心投入运营“2021年1月” → 2020年12月28日；摄影美工 是 → 否；2019年农产品网零删去；农产品网零增速初稿空、修订稿补填35.6%；培训人次3,215 → 3,086；参训贫困人口71 → 68；拨付368.5 → 371.26万元；总体进度90% → 86%；政策支持自评分删去（不是判断分）；工作台账2 → 1，交易标准2，资金制度4，及时拨付3；自评得分同样取修订稿（修订稿合计85，不是初稿的91），单位栏和序号不是数据。",
    sheets: [{ name: "修订对照表", rows, merges }],
    expect: {
      facts: {
        county: "赤坎区", asOf: "2021-08-31", residentPopulation: 304100, adminVillagesStated: 14, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1236000000, ruralRetail2020: 1502000000, agriRetail2020: 318000000, agriRetailGrowthStated: 0.356,
        trainingPersonTimesStated: 3086, eligiblePoorPersonsStated: 126, trainedPoorPersonsStated: 68,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3712600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 江门市江海区: 市级初审意见及整改回复
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("江海区电子商务进农村综合示范创建考评材料市级初审意见及整改回复表");
  full("初审单位：江门市商务局（2021年9月3日）　　回复单位：江门市江海区商务局（2021年9月7日）　　数据截至：2021年8月31日");
  full("一、初审发现的问题及整改回复");
  rows.push(["序号", "涉及指标", "初审发现的问题（市商务局）", "区回复及整改情况（区商务局）", "整改后填报值", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  const Q = [
    ["组织领导", "领导小组组长为常务副区长，请提供区政府主要领导牵头的文件", "经核实，领导小组组长为常务副区长，区长未担任组长，按分管领导牵头自评",
      "组长：常务副区长；成员：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局"],
    ["基本情况", "常住人口填报28.9万人，与第七次全国人口普查数据不符", "已更正为七普常住人口", "31.26万人"],
    ["服务体系建设", "公共服务中心投入运营日期未填", "已补填，区电子商务公共服务中心正式投入运营日期为2020年11月9日", "2020.11.9"],
    ["服务体系建设", "摄影、美工服务是否免费，请提供收费标准", "摄影、美工服务对辖区电商主体免费提供，已补充服务登记台账", "是"],
    ["农村产品上行", "快递覆盖率填报100%，但佐证材料显示礼乐街道有2个行政村未设快递服务网点", "情况属实，已更正", "83.3%（10/12）"],
    ["电商人才培训", "培训人次含2021年9月开班的培训，请剔除", "已剔除9月两期213人次", "3,302人次"],
    ["信息公开", "专栏未见征求意见或监督举报窗口", "暂未设立，将于9月底前在专栏增设监督举报窗口", "否"],
    ["资金支出", "累计拨付金额与财政支付凭证不一致", "原填报数含9月10日拨付的尾款，已剔除", "3,526,700元"],
    ["政策支持", "政策支持自评2分偏高，扶持政策落实不足", "接受意见，政策支持自评调整为1分", "1分"],
    ["资金支出", "资金及时拨付自评5分偏高", "保留原自评分：资金均按合同约定节点拨付，已附拨付审批单", "5分"],
    ["经验推广", "中央电视台报道为2021年9月播出，不在考评期内", "已剔除", "—"],
  ];
  Q.forEach((q, j) => {
    rows.push([j + 1, q[0], q[1], q[2], q[3], null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  });
  rows.push(padRow([], W));
  full("二、初审无异议事项（照原填报）");
  rows.push(["项目", "填报值", null, "项目", "填报值", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  const P = [
    ["县（市、区）", "江海区", "考评截止日期", "2021年8月31日"],
    ["行政村数", "12个", "省定贫困村数", "无"],
    ["示范创建工作方案", "已正式印发（江海府办〔2020〕17号）", "农村电商扶持政策", "已出台"],
    ["免费培训场所及设备", "有", "免费展示、销售特色农产品", "有"],
    ["农产品统一推广、品牌建设", "有", "其他衍生增值服务", "无"],
    ["电商产业园", "已整合建成", "专业第三方运营服务商", "有"],
    ["2019年农村网络零售额", "21.6亿元", "2020年农村网络零售额", "27.35亿元"],
    ["2020年农村网络零售额同比增速", "26.6%", "有劳动能力的建档立卡贫困人口（不含外出务工）", "45人"],
    ["参加培训的建档立卡贫困人口", "27人", "专栏公示创建方案", "是"],
    ["专栏公示项目基本信息", "是", "专栏按月公示建设进度", "是"],
    ["能统计电商扶贫情况", "能", "省级下达专项资金", "500万元"],
    ["资金管理制度", "已制定", "资金专用台账", "已建立"],
    ["项目总体进度", "88%", "安全生产、质量事故", "无"],
    ["弄虚作假", "无", null, null],
  ];
  for (const p of P) {
    rows.push([p[0], p[1], null, p[2], p[3], null]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  }
  assert(pct1(2735 - 2160, 2160) === "26.6%", "f2 growth " + pct1(2735 - 2160, 2160));
  rows.push(padRow([], W));
  full("三、主观评分项（区自评分／市初审建议分）");
  rows.push(["评分项", "分值范围", "区自评分", "市初审建议分", "备注", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  const S = [
    ["方案制定", "1—2分", 2, 2, null], ["政策支持", "1—2分", "1（原2）", 1, "已按初审意见调整"], ["项目管理制度", "1—2分", 2, 2, null],
    ["工作台账", "1—2分", 2, 1, "区保留原自评分"], ["网销调研", "1—2分", 1, 1, null], ["网络促销活动", "1—2分", 2, 2, null],
    ["交易标准与冷链溯源", "1—2分", 1, 1, null], ["资金管理制度", "1—5分", 4, 4, null], ["资金台账", "1—5分", 4, 3, "区保留原自评分"],
    ["资金及时拨付", "1—5分", 5, 4, "区保留原自评分"],
  ];
  for (const s of S) {
    rows.push([s[0], s[1], s[2], s[3], s[4], null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(["初审人：江门市商务局 李××、陈××", null, null, "回复人：江海区商务局 区××（电商股）", null, null]);
  merges.push(`A${rows.length}:C${rows.length}`, `D${rows.length}:F${rows.length}`);
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "江门江海区商务局交来当事实表的《市级初审意见及整改回复表》：抬头写初审单位（江门市商务局9月3日）、回复单位和“数据截至2021年8月31日”；一、问题清单 序号｜涉及指标｜初审发现的问题（市商务局）｜区回复及整改情况｜整改后填报值——事实取区的回复和“整改后填报值”，问题栏里市局引用的数（28.9万人、100%、5分）不是事实；组长“常务副区长” → deputy（成员有商务、财政、农业农村、乡村振兴）；中心投入运营“2020.11.9”；摄影美工免费 → 是；快递“83.3%（10/12）” → 否；培训人次3,302（已剔除9月）；监督举报窗口“暂未设立” → 否；拨付3,526,700元；央视9月报道“—”不是事实。二、无异议事项是“项目｜填报值”两对一行（省定贫困村“无” → 0，其他衍生增值服务“无” → 否，增速26.6%）。三、主观评分项 区自评分｜市初审建议分｜备注：判断分取区自评分（政策支持“1（原2）”读1，工作台账2、资金台账4、及时拨付5是区保留的原自评分，不取市局建议分）；没有分指标自评得分，没有claimed。",
    sheets: [{ name: "初审整改回复", rows, merges }],
    expect: {
      facts: {
        county: "江海区", asOf: "2021-08-31", residentPopulation: 312600, adminVillagesStated: 12, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-09", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2160000000, ruralRetail2020: 2735000000, ruralRetailGrowthStated: 0.266,
        trainingPersonTimesStated: 3302, eligiblePoorPersonsStated: 45, trainedPoorPersonsStated: 27,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3526700, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 珠海市香洲区: 统计报表式 (表号/制定机关/有效期至, 甲乙丙 code row, 1是 2否)
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  rows.push(["电子商务进农村综合示范县（区）创建情况统计表", null, null, null, null, null]);
  merges.push("A1:F1");
  rows.push([null, null, null, null, "表　　号：", "珠商电农1表"]);
  rows.push([null, null, null, null, "制定机关：", "珠海市商务局"]);
  rows.push(["填报单位（盖章）：珠海市香洲区商务局", null, null, null, "有效期至：", "2022年12月"]);
  merges.push("A4:D4");
  rows.push(["统计截止时间：2021年8月31日", null, null, null, "计量单位：", "见各栏"]);
  merges.push("A5:D5");
  rows.push(["指标名称", null, "代码", "计量单位", "本期数", "备注"]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["甲", null, "乙", "丙", 1, "丁"]);
  merges.push(`A${rows.length}:B${rows.length}`);
  let code = 0;
  const it = (label, unit, v, note) => {
    code++;
    rows.push([label, null, String(code).padStart(2, "0"), unit, v, note || null]);
    merges.push(`A${rows.length}:B${rows.length}`);
  };
  const sec = (t) => {
    rows.push([t, null, "—", "—", "—", null]);
    merges.push(`A${rows.length}:B${rows.length}`);
  };
  sec("一、基本情况");
  it("常住人口", "万人", 98.17, "第七次全国人口普查");
  it("行政村个数", "个", 6, null);
  it("　其中：省定贫困村", "个", 0, null);
  it("社区个数", "个", 118, null);
  it("领导小组组长职务", "—", "区委副书记、区长", null);
  it("成员单位是否含：商务部门（1是 2否）", "—", 1, "区商务局");
  it("　　　　　　　　财政部门（1是 2否）", "—", 1, "区财政局");
  it("　　　　　　　　农业农村部门（1是 2否）", "—", 1, "区农业农村局");
  it("　　　　　　　　扶贫（乡村振兴）部门（1是 2否）", "—", 2, null);
  sec("二、创建工作推进");
  it("示范创建工作方案是否正式印发（1是 2否）", "—", 1, "珠香府办〔2020〕11号");
  it("是否出台支持农村电商发展政策（1是 2否）", "—", 1, null);
  it("公共服务中心投入运营时间", "年月日", "20210315", null);
  it("中心是否有免费培训场所和设备（1是 2否）", "—", 1, null);
  it("中心是否免费展示、销售特色农产品（1是 2否）", "—", 1, null);
  it("中心是否免费提供摄影、美工服务（1是 2否）", "—", 2, "按件收费");
  it("是否组织农产品统一推广、指导品牌建设（1是 2否）", "—", 1, null);
  it("是否提供其他衍生增值服务（1是 2否）", "—", 1, null);
  it("是否建设或整合电商产业园（1是 2否）", "—", 1, null);
  it("是否有专业第三方电商运营服务商（1是 2否）", "—", 1, null);
  it("行政村物流快递覆盖率", "%", 100, null);
  sec("三、农村网络零售");
  it("农村网络零售额（2019年）", "万元", "186,520", null);
  it("农村网络零售额（2020年）", "万元", "243,310", null);
  it("农产品网络零售额（2019年）", "万元", "—", "未单独统计");
  it("农产品网络零售额（2020年）", "万元", "21,086", null);
  sec("四、电商培训");
  it("电商培训人次", "人次", fwText("5126"), null);
  it("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 38, null);
  it("　其中：参加电商培训的", "人", 21, "按身份证号去重");
  sec("五、信息公开与报送");
  it("专栏是否公示创建方案（1是 2否）", "—", 1, null);
  it("专栏是否公示项目基本信息（1是 2否）", "—", 1, null);
  it("专栏是否公示项目建设进度（1是 2否）", "—", 1, null);
  it("专栏是否设立征求意见或监督举报窗口（1是 2否）", "—", 2, null);
  it("是否统计电商扶贫情况（1是 2否）", "—", 1, null);
  sec("六、专项资金");
  it("省级专项资金下达额", "万元", 500, null);
  it("累计拨付额", "万元", "402.18", null);
  it("是否制定资金管理制度（1是 2否）", "—", 1, null);
  it("是否建立资金专用台账（1是 2否）", "—", 1, null);
  it("项目总体进度", "%", 91, null);
  sec("七、一票否决事项");
  it("是否发生安全生产、质量事故或重大损失（1是 2否）", "—", 2, null);
  it("是否存在弄虚作假（1是 2否）", "—", 2, null);
  sec("八、主观评分项自评");
  const J = [["方案制定（1—2）", 2], ["政策支持（1—2）", 2], ["项目管理制度（1—2）", 2], ["工作台账（1—2）", 2], ["网销调研（1—2）", 1], ["网络促销活动（1—2）", 1],
    ["交易标准与冷链溯源（1—2）", 1], ["资金管理制度（1—5）", 5], ["资金台账（1—5）", 4], ["资金及时拨付（1—5）", 4]];
  for (const [l, v] of J) it(l, "分", v, null);
  assert(code === 49, "f3 49 codes " + code);
  rows.push(["单位负责人：陈××", null, "统计负责人：梁××", null, "填表人：苏××", null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`);
  rows.push(["联系电话：0756-21×××××", null, "报出日期：2021年9月6日", null, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`);
  rows.push(["说明：1．代码06—09、10—11、13—19、28—32、35、36、38、39填代码：1是，2否。2．金额单位为万元。3．本表数据截至2021年8月31日。"]);
  padRow(rows[rows.length - 1], W);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(rows.every((r) => r.length === W), "f3 width");
  assert((243310 - 186520) / 186520 > 0.3, "f3 growth");
  return {
    description:
      "珠海香洲区商务局按统计报表格式填的《电子商务进农村综合示范县（区）创建情况统计表》：右上角表号、制定机关、有效期至（2022年12月），左边填报单位（珠海市香洲区商务局）和统计截止时间；表头 指标名称｜代码｜计量单位｜本期数｜备注，下面一行“甲｜乙｜丙｜1｜丁”是栏次；指标按“一、…八、”分节（节行的代码、单位、本期数都是“—”），代码01—49；是否项填代码“1是 2否”（表下说明列出哪些代码是代码项），成员单位按商务／财政／农业农村／扶贫（乡村振兴）四行分别填1／2（扶贫填2 → 组长区长是主要领导，但部门不全：principal）；中心投入运营时间填“20210315”（年月日）；零售额单位万元、千分位文本（农产品2019年“—”未单独统计，不是0）；培训人次是全角数字；社区个数118、报出日期、有效期至、代码和栏次都不是事实；八、主观评分项自评十项。",
    sheets: [{ name: "珠商电农1表", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 981700, adminVillagesStated: 6, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1865200000, ruralRetail2020: 2433100000, agriRetail2020: 210860000,
        trainingPersonTimesStated: 5126, eligiblePoorPersonsStated: 38, trainedPoorPersonsStated: 21,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4021800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// l1 — 佛山市南海区: 填报说明, 站点 (three town blocks, own headers), 培训签到 (blocks per 期), 脱贫人口, 宣传报道, 月报报送, hidden 数据字典
// =====================================================================================================
function buildL1() {
  const REGION = "440605";
  const vName = nameMaker("大新石金黄罗上下东西南北白平凤安福和兴永高湖茶桥莲竹", ["岗", "坑", "洞", "洲", "田", "围", "岭", "滘", "江", "基", "头", "边", "朗", "沙", "涌"], "村", ["西樵", "丹灶", "九江"]);
  const cName = nameMaker("城丰星宝华建明", ["苑", "湖", "园", "景", "华", "庭"], "社区", ["西樵", "丹灶", "九江"]);
  const short = (v) => v.replace(/村$|社区$/, "");
  const W = 6;
  // ---------------- 站点（镇街汇总）
  const sRows = [["南海区村级电子商务服务站点汇总表（镇街报送汇编）"], ["注：各镇报送格式不一，按原表汇编；开业、挂牌、建成时间均指站点投入运营时间。"]];
  const sMerges = ["A1:F1", "A2:F2"];
  const sRecs = [];
  const block = (title, header) => {
    sRows.push(padRow([title], W));
    sMerges.push(`A${sRows.length}:F${sRows.length}`);
    sRows.push(padRow(header.slice(), W));
  };
  // 西樵镇
  block("一、西樵镇（镇经济促进局报送，2021年9月2日）", ["序号", "站点名称", "所在村（社区）", "挂牌时间", "站长", "联系电话"]);
  const xq = Array.from({ length: 8 }, () => vName());
  const xqC = cName();
  const XQ = xq.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-20") }));
  XQ.splice(4, 0, { v: xqC, op: randIsoBetween("2020-10-01", "2021-05-30") });
  XQ[6].op = "2021-03";
  XQ.sort((a, b) => cmp(a.op, b.op));
  XQ.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const dc = s.op.length === 7 ? "2021年3月" : [D(s.op), dotDate(s.op), excelSerial(s.op), slashDate(s.op)][j % 4];
    sRows.push([j + 1, `西樵镇${short(s.v)}${isC ? "社区" : "村"}电商服务站`, isC ? `${s.v}居委会` : j % 2 ? `${short(s.v)}村委会` : s.v, dc, personName(), mask(phone())]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  // 丹灶镇
  sRows.push(padRow([], W));
  block("二、丹灶镇（镇经济促进局报送，2021年9月3日）", ["村委会", "站点名称", "开业日期", "负责人", "联系方式", "备注"]);
  const dz = Array.from({ length: 7 }, () => vName());
  const DZ = dz.map((v) => ({ v, op: randIsoBetween("2020-09-01", "2021-08-25") }));
  DZ.push({ v: dz[2], op: randIsoBetween("2021-04-01", "2021-08-15"), second: true });
  DZ.push({ v: vName(), op: "2021-09-03" });
  DZ.sort((a, b) => cmp(a.op, b.op));
  DZ.forEach((s, j) => {
    const dc = s.op === "2021-09-03" ? "2021.9.3" : [yyyymmdd(s.op), twoSlash(s.op), cnDate(s.op), D(s.op)][j % 4];
    sRows.push([j % 3 === 1 ? `${short(s.v)}村民委员会` : `${short(s.v)}村委会`, `丹灶镇${short(s.v)}村电商服务站${s.second ? "（二站）" : ""}`, dc, personName(), mask(phone()),
      s.second ? "同村第二个站点" : s.op === "2021-09-03" ? "9月开业" : null]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  // 九江镇
  sRows.push(padRow([], W));
  block("三、九江镇（镇经济促进局报送，2021年9月1日）", ["序号", "建成时间", "村（居）", "站名", "运营主体", null]);
  const jj = Array.from({ length: 7 }, () => vName());
  const JJ = jj.map((v) => ({ v, op: randIsoBetween("2020-07-15", "2021-08-20") }));
  JJ[5].op = "2021-08-31";
  JJ.sort((a, b) => cmp(a.op, b.op));
  JJ.forEach((s, j) => {
    const dc = s.op === "2021-08-31" ? "2021.8.31" : [cnDate0(s.op), dashNoPad(s.op), D(s.op)][j % 3];
    sRows.push(padRow([j + 1, dc, j % 2 ? `${short(s.v)}村委会` : s.v, `九江${short(s.v)}电商服务点`, ["邮政南海分公司", "供销社", "南海××电子商务有限公司"][j % 3]], W));
    sRecs.push({ village: s.v, opened: s.op });
  });
  sRows.push(padRow(["汇编：南海区经济促进局电商科　2021年9月6日"], W));
  sMerges.push(`A${sRows.length}:F${sRows.length}`);
  for (const r of sRows) padRow(r, W);

  // ---------------- 培训签到（按期）
  const SESS = [
    { no: 1, text: "2020年10月22日", end: "2020-10-22", title: "农村电商基础知识培训班（西樵镇）", n: 9 },
    { no: 2, text: "2020.12.9", end: "2020-12-09", title: "网店运营实务培训班（丹灶镇）", n: 8 },
    { no: 3, text: "2021年3月23日—25日", end: "2021-03-25", title: "直播带货实训班（九江镇）", n: 10 },
    { no: 4, text: "2021/5/18", end: "2021-05-18", title: "农产品品牌营销培训班（西樵镇）", n: 8 },
    { no: 5, text: "2021年8月26日", end: "2021-08-26", title: "脱贫户电商技能培训班（丹灶镇）", n: 9 },
    { no: 6, text: "2021年9月7日", end: "2021-09-07", title: "电商知识普及班（九江镇）", n: 7 },
  ];
  const tRows = [["南海区农村电子商务培训签到表（汇编）"], ["说明：每期一块，期次、日期、班名写在块标题行；身份证号按学员填写照录。"]];
  const tMerges = ["A1:F1", "A2:F2"];
  const tRecs = [];
  const vill = Array.from({ length: 10 }, () => vName());
  let special = 0;
  SESS.forEach((s) => {
    tRows.push(padRow([`第${s.no}期　${s.text}　${s.title}`], W));
    tMerges.push(`A${tRows.length}:F${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号码", "所在村（社区）", "签到"]);
    for (let k = 0; k < s.n; k++) {
      const male = rnd() < 0.5;
      let wantX;
      if (s.no === 2 && k === 3) wantX = true;
      const id = makeId(REGION, birthBetween(1965, 2001), male, wantX === true ? true : false);
      let typed = id;
      let rid = id;
      const tag = `${s.no}-${k}`;
      if (tag === "2-3") typed = id.slice(0, 17) + "x";
      else if (tag === "3-5") typed = spacedId(id);
      else if (tag === "4-2") {
        typed = maskId(id);
        rid = typed;
      } else if (tag === "5-6") {
        typed = "未带身份证";
        rid = null;
      } else if (tag === "1-7") typed = fwDigits(id);
      if (typed !== id) special++;
      tRows.push([k + 1, personName(), male ? "男" : "女", typed, vill[(k + s.no) % vill.length], "✓"]);
      tRecs.push({ date: s.end, personTimes: 1, id: rid });
    }
    tRows.push(padRow([`本期签到：${s.n}人`], W));
    tMerges.push(`A${tRows.length}:F${tRows.length}`);
  });
  assert(special === 5, "l1 five special ids " + special);
  checkTrainingIds(tRecs, "l1");

  // ---------------- 脱贫人口
  const pRows = [["南海区脱贫人口（建档立卡）劳动力及务工情况"], ["序号", "镇街", "村（居）", "姓名", "证件号码", "劳动能力", "务工状态", "务工地点", "备注"]];
  const pRecs = [];
  const LAB = [["普通劳动力", true], ["技能劳动力", true], ["弱劳动力", true], ["丧失劳动力", false], ["无劳动力", false]];
  const WORK = [["区内务工", false, "南海区"], ["未务工", false, null], ["区外省内务工", true, "广州市白云区"], ["省外务工", true, "湖南省长沙市"], ["区内务工", false, "南海区狮山镇"]];
  for (let k = 0; k < 22; k++) {
    const lab = k === 13 ? null : LAB[k % 7 < 5 ? k % 7 : k % 3];
    const noLab = lab && !lab[1];
    const w = noLab ? null : WORK[(k * 3) % 5];
    const id = makeId(REGION, noLab ? birthBetween(1940, 1958) : birthBetween(1968, 2000), rnd() < 0.5, k === 8 ? true : undefined);
    pRows.push([k + 1, ["西樵镇", "丹灶镇", "九江镇"][k % 3], vill[k % vill.length], personName(), id, lab ? lab[0] : null, noLab ? "—" : w[0], noLab ? null : w[2],
      k === 13 ? "劳动能力待核实" : null]);
    pRecs.push({ id, labour: lab ? lab[1] : null, migrant: noLab ? null : w[1] });
  }
  pRows.push(["注：务工状态“区外省内务工”“省外务工”为外出务工；无劳动能力人员不填务工状态。"]);
  const pMerges = ["A1:I1", `A${pRows.length}:I${pRows.length}`];
  for (const r of pRows) padRow(r, 9);

  // ---------------- 宣传报道
  const MED = [["2020-11-19", "南海电视台《南海新闻》", "区级", "电视", "西樵镇首批村级电商服务站挂牌", "county", true],
    ["2021-01-14", "佛山日报", "市级", "报纸", "南海电商进村 农产品“触网”上行", "city", false],
    ["2021-03-26", "南方日报", "省级", "报纸", "南海：直播间里卖九江双蒸", "province", false],
    ["2021-05-20", "佛山电视台《佛山新闻》", "市级", "电视", "丹灶电商服务站带旺乡村消费", "city", true],
    ["2021-07-02", "央视新闻客户端", "中央", "网络", "广东南海：电商助力乡村振兴", "national", false],
    ["2021-09-05", "广东广播电视台珠江频道", "省级", "电视", "南海电商进农村示范创建侧记", "province", true]];
  const mRows = [["南海区电子商务进农村宣传报道登记"], ["序号", "刊播日期", "媒体名称", "媒体级别", "形式", "标题", "备注"]];
  const mRecs = [];
  MED.forEach((m, j) => {
    mRows.push([j + 1, m[0] === "2021-09-05" ? "2021.9.5" : [D(m[0]), dotDate(m[0]), cnDate(m[0])][j % 3], m[1], m[2], m[3], `《${m[4]}》`, null]);
    mRecs.push({ date: m[0], level: m[5], tv: m[6] });
  });
  mRows.push(["注：媒体级别分中央、省级、市级、区级。"]);
  const mMerges = ["A1:G1", `A${mRows.length}:G${mRows.length}`];
  for (const r of mRows) padRow(r, 7);

  // ---------------- 月报报送
  const rRows = [["南海区电子商务进农村综合示范工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送方式", "含电商扶贫统计", "经办人"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(2, 8)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const monthOnly = m === "2021-02";
    const date = monthOnly ? "2021-03" : dd;
    const dc = monthOnly ? "2021年3月" : [dotDate(dd), D(dd), slashDate(dd), cnDate(dd)][j % 4];
    const pov = j === 0 ? "否" : j === 7 ? null : "√";
    rRows.push([j + 1, cnMonth(m), dc, j % 2 ? "粤政易" : "电子邮件", pov, personName()]);
    rRecs.push({ date, poverty: pov === "√" ? true : pov === "否" ? false : null });
  });
  rRows.push(["注：2021年2月月报于3月上旬与3月工作要点一并报送，具体日期未登记。"]);
  const rMerges = ["A1:F1", `A${rRows.length}:F${rRows.length}`];
  for (const r of rRows) padRow(r, 6);

  const note = [["南海区电子商务进农村综合示范台账（第二册）填报说明"], ["1．《站点（镇街汇总）》由三个镇报送的表汇编，各镇表头不同，照录。"],
    ["2．《培训签到》每期一块，日期写在块标题行；跨日班写起止日期。"], ["3．《脱贫人口》来源于区乡村振兴部门系统导出。"], ["4．《宣传报道》《月报报送》由区经济促进局电商科登记。"],
    ["经办人：冼××　2021年9月6日"]];
  const dict = [["字段", "取值"], ["媒体级别", "中央、省级、市级、区级"], ["形式", "电视、报纸、网络"], ["劳动能力", "普通劳动力、技能劳动力、弱劳动力、丧失劳动力、无劳动力"],
    ["务工状态", "区内务工、区外省内务工、省外务工、未务工"], ["含电商扶贫统计", "√、否"]];
  checkTrainingIds(tRecs, "l1");
  return {
    description:
      "佛山南海区经济促进局台账第二册（填报说明、五张表、隐藏的“数据字典”）：①《站点（镇街汇总）》是三个镇报来的表上下汇编，每块自带标题行和表头，列序和叫法各不相同（西樵：序号｜站点名称｜所在村（社区）｜挂牌时间…；丹灶：村委会｜站点名称｜开业日期…，没有序号；九江：序号｜建成时间｜村（居）｜站名｜运营主体），日期有真日期、Excel序号、点分、斜杠、“2021年3月”（只到月）、八位数字文本、两位年份“yy/m/d”、补零的“yyyy年mm月dd日”、不补零的“yyyy-m-d”，社区站、同村第二站、“2021.8.31”、9月开业一站照列；②《培训签到》每期一块：块标题行“第3期　2021年3月23日—25日　直播带货实训班（九江镇）”是日期的唯一出处（跨日按25日），下面表头和逐人签到，“本期签到：N人”行不是学员，第6期在9月照列；身份证号有小写x、带空格、全角数字、打码（照写）和“未带身份证”（null）；③《脱贫人口》劳动能力五种写法（一人空着 → null），务工状态区内／区外省内／省外／未务工，无劳动能力的“—”不适用（null）；④《宣传报道》级别 中央／省级／市级／区级，形式“电视”才是电视；⑤《月报报送》按所属月份登记、读报送日期（2021年2月那期只写“2021年3月”），含扶贫统计“√／否”，一期空着（null）。",
    sheets: [
      { name: "填报说明", rows: note, merges: [] },
      { name: "站点（镇街汇总）", rows: sRows, merges: sMerges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "数据字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "站点（镇街汇总）": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "数据字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州市白云区: 目录, 村社名录（区划代码）, 园区企业（租赁台账）, 专户明细, 专栏发布记录, 经验材料
// =====================================================================================================
function buildL2() {
  const REGION = "440111";
  const TOWNS = [["101", "人和镇", 7, 2], ["102", "江高镇", 6, 2], ["103", "太和镇", 6, 1], ["104", "钟落潭镇", 8, 2]];
  const prefixes = ["人和", "江高", "太和", "钟落"];
  const vName = nameMaker("大新石金黄罗上下东西南北白平凤安福和兴永高湖茶", ["岗", "坑", "洞", "洲", "田", "围", "岭", "塘", "江", "基", "头", "边", "朗", "沙", "涌"], "村", prefixes);
  const cName = nameMaker("城丰星宝华建明", ["苑", "园", "景", "庭", "悦", "晖"], "社区", prefixes);
  const short = (v) => v.replace(/村$|社区$/, "");
  // ---------------- 村社名录
  const vRows = [["白云区镇级行政区划及村（居）民委员会名录"], ["资料来源：国家统计局2021年统计用区划代码和城乡划分代码；“省定贫困村”“快递服务”由区商务局补填"],
    ["统计用区划代码", "城乡分类代码", "名称", "省定贫困村", "快递服务", "备注"]];
  const vRecs = [];
  const allV = [];
  TOWNS.forEach(([tc, t, nv, nc], ti) => {
    vRows.push([`${REGION}${tc}000`, null, t, null, null, null]);
    const cs = Array.from({ length: nc }, () => cName());
    const vs = Array.from({ length: nv }, () => vName());
    cs.forEach((c, k) => {
      const ex = true;
      vRows.push([`${REGION}${tc}${String(k + 1).padStart(3, "0")}`, ["111", "112", "121"][(k + ti) % 3], `${c}居民委员会`, null, ex ? "通" : "未通", null]);
      vRecs.push({ name: c, admin: false, express: ex });
      allV.push(c);
    });
    vs.forEach((v, k) => {
      const urban = (ti === 1 && k === 0) || (ti === 2 && k === 1);
      const pr = (ti === 3 && (k === 2 || k === 6)) || (ti === 0 && k === 5);
      const ex = !(ti === 3 && k === 7);
      vRows.push([`${REGION}${tc}${String(200 + k + 1)}`, urban ? (ti === 1 ? "111" : "112") : "220", `${short(v)}村民委员会`, pr ? "是" : "否", ex ? "通" : "未通",
        urban ? "城中村" : pr ? "省定相对贫困村" : null]);
      vRecs.push({ name: v, admin: true, poor: pr, express: ex });
      allV.push(v);
    });
  });
  vRows.push(["注：代码末三位为000的是镇；001—199为居民委员会，200以上为村民委员会。城乡分类代码：111主城区、112城乡结合区、121镇中心区、220村庄。"]);
  const vMerges = ["A1:F1", "A2:F2", `A${vRows.length}:F${vRows.length}`];
  for (const r of vRows) padRow(r, 6);
  noStemClash(vRecs.filter((r) => r.admin).map((r) => r.name), vRecs.filter((r) => !r.admin).map((r) => r.name), "l2");
  assert(vRecs.filter((r) => r.admin).length === 27 && vRecs.filter((r) => !r.admin).length === 7, "l2 27 + 7");

  // ---------------- 园区企业（租赁台账）
  const F = [["广州市白云区云谷优品电子商务有限公司", "平台型"], ["广州市白云区穗北农品网络科技有限公司", "平台型"], ["广州市白云区人和蔬果网店", "销售型（网店）"],
    ["广州市白云区钟落潭荔枝电商商行", "销售型（网店）"], ["广州市白云区江高鲜花电子商务有限公司", "销售型（网店）"], ["广州市白云区启创电商代运营有限公司", "电商运营商（代运营）"],
    ["广州市白云区帆扬电商服务有限公司", "电商运营商（代运营）"], ["广州市白云区速达快递服务有限公司", "物流快递"], ["广州市白云区冷运仓储有限公司", "物流快递"],
    ["广州市白云区白云山直播电商有限公司", "直播基地"], ["广州市白云区禾盈供应链管理有限公司", "供应链"], ["广州市白云区太和茶业网店", "销售型（网店）"],
    ["广州市白云区优选家电子商务有限公司", "销售型（网店）"]];
  const eRows = [["白云区电子商务产业园房屋租赁台账（入驻企业）"], ["房号", "承租单位", "统一社会信用代码", "企业类型", "入驻日期（起租日）", "租期至", "退租日期", "备注"]];
  const eRecs = [];
  F.forEach(([n, t], j) => {
    let ent = randIsoBetween("2020-09-01", "2021-07-31");
    let entCell;
    let left = null;
    let leftCell = null;
    let note = null;
    if (j === 4) {
      ent = "2020-12-15";
      left = "2021-06-30";
      leftCell = "2021.6.30";
      note = "提前退租";
    }
    if (j === 8) {
      left = "2021-09-15";
      leftCell = D(left);
      note = "迁往花都区";
    }
    if (j === 12) {
      ent = "2021-09";
      entCell = "2021年9月";
      note = "9月新签";
    }
    if (!entCell) entCell = [D(ent), dotDate(ent), cnDate(ent), slashDate(ent)][j % 4];
    const [y, m0] = ymd(ent.length === 7 ? ent + "-01" : ent);
    const until = `${y + 3}.${m0}.${lastDay(y + 3, m0)}`;
    const room = j === 1 ? "A201、A202" : `${"ABC"[j % 3]}${rint(1, 3)}${String(rint(1, 20)).padStart(2, "0")}`;
    eRows.push([room, n, creditCode(REGION), t, entCell, until, leftCell, j === 1 ? "一家租两间" : note]);
    eRecs.push({ name: n, type: t, entered: ent, left });
  });
  for (const r of eRecs) assert(r.left === null || r.left > r.entered, "l2 left after entered " + r.name);
  eRows.push(["注：“租期至”为合同约定租期届满日，不是退租日期；提前退租的以“退租日期”为准。"]);
  const eMerges = ["A1:H1", `A${eRows.length}:H${eRows.length}`];
  for (const r of eRows) padRow(r, 8);

  // ---------------- 专户明细（资金）
  const PAY = [["2020-10-16", "广州市白云区××电子商务有限公司", "公共服务中心建设首期款", 720000], ["2020-12-03", "广州市白云区××物流有限公司", "物流配送体系建设", 418600],
    ["2021-01-22", "广州市白云区××电子商务有限公司", "村级站点建设（第一批）", 386500], ["2021-03-30", "广州市白云区××文化传播有限公司", "品牌推广及宣传", 154000],
    ["2021-05-14", "广州市白云区××电子商务有限公司", "人才培训（第一阶段）", 268250], ["2021-07-09", "广州市白云区××电子商务有限公司", "村级站点建设（第二批）", 402000],
    ["2021-08-25", "广州市白云区××物流有限公司", "物流配送体系建设（二期）", 316800], ["2021-09-17", "广州市白云区××电子商务有限公司", "公共服务中心建设尾款", 480000]];
  const IN = [["2020-06-18", "省级电子商务进农村专项资金到账", "白云区财政局", 5000000], ["2020-12-21", "利息收入", "中国××银行广州白云支行", 1236.5], ["2021-06-21", "利息收入", "中国××银行广州白云支行", 3872.16]];
  const ev = [].concat(IN.map((x) => ({ d: x[0], memo: x[1], who: x[2], inc: x[3] })), PAY.map((x) => ({ d: x[0], memo: x[2], who: x[1], out: x[3] })));
  ev.sort((a, b) => cmp(a.d, b.d));
  const bRows = [["白云区电子商务进农村专项资金专户明细（银行对账单导出）"], ["账号：4400 ×××× ×××× 0186　户名：广州市白云区商务局　币种：人民币　查询区间：2020-06-01至2021-09-30"],
    ["交易日期", "摘要", "对方户名", "收入（元）", "支出（元）", "余额（元）", "流水号"]];
  let bal = 0;
  bRows.push(["2020-06-01", "期初余额", null, null, null, "0.00", null]);
  const fRecs = [];
  for (const e of ev) {
    bal = Math.round((bal + (e.inc || 0) - (e.out || 0)) * 100) / 100;
    bRows.push([dtText(e.d, hms()), e.memo, e.who, e.inc ? fmtMoney(e.inc) : null, e.out ? fmtMoney(e.out) : null, fmtMoney(bal), `${yyyymmdd(e.d)}${String(rint(10000000, 99999999))}`]);
    if (e.out) fRecs.push({ date: e.d, amount: e.out });
  }
  bRows.push(["本期合计", null, null, fmtMoney(sumYuan(IN.map((x) => x[3]))), fmtMoney(sum(PAY.map((x) => x[3]))), fmtMoney(bal), null]);
  const bMerges = ["A1:G1", "A2:G2"];
  assert(fRecs.length === 8, "l2 eight disbursements");

  // ---------------- 专栏发布记录（CMS 导出，倒序）
  const TITLES = ["白云区电子商务进农村综合示范工作方案", "白云区电子商务进农村综合示范项目基本信息公示", "监督举报方式", "项目建设进度（2020年9月）", "项目建设进度（2020年10月）",
    "项目建设进度（2020年11月）", "村级电商服务站点名单公示（第一批）", "项目建设进度（2020年12月）", "项目建设进度（2021年1—2月）", "项目建设进度（2021年3月）",
    "项目建设进度（2021年4月）", "电商培训开班通知", "项目建设进度（2021年5月）", "项目建设进度（2021年6月）", "项目建设进度（2021年7月）", "村级电商服务站点名单公示（第二批）",
    "项目建设进度（2021年8月）", "关于电商产业园招商的公告（草稿）", "项目建设进度（2021年9月）"];
  const CREATED = ["2020-09-08", "2020-09-15", "2020-09-15", "2020-09-29", "2020-10-30", "2020-11-27", "2020-12-04", "2020-12-30", "2021-02-26", "2021-03-30",
    "2021-04-28", "2021-05-10", "2021-05-28", "2021-06-29", "2021-07-30", "2021-08-12", "2021-08-30", "2021-09-02", "2021-09-29"];
  assert(CREATED.length === TITLES.length, "l2 created per title");
  const posts = TITLES.map((t, j) => {
    const state = j === 17 ? "草稿" : j === 18 ? "待审核" : "已发布";
    const pub = state !== "已发布" ? null : j === 16 ? "2021-09-01" : isoAdd(CREATED[j], j % 3 === 0 ? 0 : rint(1, 2));
    return { t, created: CREATED[j], state, pub };
  });
  assert(posts.every((p) => !p.pub || p.pub >= p.created), "l2 pub after created");
  const uRows = [["信息发布管理系统 — 栏目：电子商务进农村综合示范（导出）"], ["文章ID", "标题", "栏目", "发布人", "状态", "创建时间", "发布时间"]];
  const uRecs = [];
  posts.slice().reverse().forEach((p) => {
    const tc = [rint(8, 11), rint(0, 59), rint(0, 59)].map((x) => String(x).padStart(2, "0")).join(":");
    const tp = [rint(14, 17), rint(0, 59), rint(0, 59)].map((x) => String(x).padStart(2, "0")).join(":");
    uRows.push([String(rint(100000, 999999)), p.t, "专题专栏>电子商务进农村", "byswj_ds", p.state, dtText(p.created, tc), p.pub ? dtText(p.pub, tp) : null]);
    if (p.pub) uRecs.push({ date: p.pub });
  });
  const uMerges = ["A1:G1"];

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "报送方式"],
    [1, "2021.4.12", "《白云区“电商＋专业村”助农增收经验》", "广州市商务局", "粤政易"],
    [2, D("2021-07-16"), "《白云区村级电商服务站运营案例》", "广州市商务局", "电子邮件"],
    [3, "2021年9月8日", "《白云区电子商务进农村综合示范创建工作总结》", "广州市商务局", "纸质"]];
  const matRecs = [{ date: "2021-04-12" }, { date: "2021-07-16" }, { date: "2021-09-08" }];

  const toc = [["白云区电子商务进农村综合示范台账（第一册）"], ["序号", "表名", "说明"], [1, "村社名录", "统计用区划代码名录，镇行不是村"], [2, "园区企业（租赁台账）", "产业园房屋租赁台账"],
    [3, "专户明细", "银行对账单导出"], [4, "专栏发布记录", "政府网站信息发布系统导出"], [5, "经验材料", "向市商务局报送的经验材料"], ["编制：白云区商务局　2021年9月"]];
  return {
    description:
      "广州白云区商务局台账第一册（目录＋五张表）：①目录不是台账；②《村社名录》是国家统计用区划代码名录改的：统计用区划代码｜城乡分类代码｜名称｜省定贫困村｜快递服务，代码末三位000的四行是镇（人和镇等，不是村），“××社区居民委员会”是社区、“××村民委员会”是行政村——两个城中村的城乡分类代码是111/112，仍是行政村，表下注释说明代码规则；贫困村“是／否”只对村填，快递“通／未通”（一村未通）；③《园区企业（租赁台账）》一家一行（一家租两间写“A201、A202”），入驻读“入驻日期（起租日）”（真日期、点分、“2021年3月5日”式、斜杠，一家“2021年9月”只到月），“租期至”是合同届满日不是退租，退租读“退租日期”（“2021.6.30”、9月15日的真日期），企业类型照写；④《专户明细》是银行对账单导出：交易日期带时分秒的文本，只有“支出（元）”的8行是拨付（含9月17日一笔），期初余额、省级资金到账和两笔利息收入是收入，本期合计行不是记录；⑤《专栏发布记录》是信息发布系统导出、按创建时间倒序，读“发布时间”（创建时间不读），“草稿”“待审核”两行没有发布时间，不是更新；⑥《经验材料》三次报市商务局（一次在9月）。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1", `A${toc.length}:C${toc.length}`] },
      { name: "村社名录", rows: vRows, merges: vMerges },
      { name: "园区企业（租赁台账）", rows: eRows, merges: eMerges },
      { name: "专户明细", rows: bRows, merges: bMerges },
      { name: "专栏发布记录", rows: uRows, merges: uMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村社名录": { kind: "villages", records: vRecs },
        "园区企业（租赁台账）": { kind: "enterprises", records: eRecs },
        "专户明细": { kind: "funds", records: fRecs },
        "专栏发布记录": { kind: "disclosures", records: uRecs },
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
write("counties", "b206-c1-kaiping.json", c1);
write("facts", "b206-f1-chikan.json", f1);
write("facts", "b206-f2-jianghai.json", f2);
write("facts", "b206-f3-xiangzhou.json", f3);
write("ledgers", "b206-l1-nanhai.json", l1);
write("ledgers", "b206-l2-baiyun.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
