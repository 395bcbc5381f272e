// Batch 171 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b170.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (171171), no clock. Run: node test/corpus/_b171/gen-b171.js
//
// c1 惠阳区 (惠州): the facts sheet is the 市级预评估意见反馈及自评表 — a 基本情况 grid of three label|value pairs per row
//    on top, then one row per indicator with 市预评估得分 beside 区自评得分 (only the latter is claimed), problems and
//    整改落实情况 (judged sub-points, a photo service made free only from 9月1日); the village list has two 新联村 in two towns
//    (one covered, one not: by name alone coverage would reach 70%); stations are a 建设进度计划 with 计划/实际挂牌 and a
//    Gantt strip; training is the 开班备案 register (备案/实际参训/合格 columns, a 撤班 class, an 在培 class ending 9月3日);
//    poor trainees list 参训期次 codes that must be looked up in the register; the park list has a firm leaving on 8月31日;
//    funds are contracts with 第一次/第二次/第三次拨付 (日期|金额) groups in 万元; reports switch to 半月报 and 1—2月 were sent
//    together in March; column updates are an archive 卷内目录 with yyyymmdd numbers; media and materials are two stacked tables.
// f1 端州区 (肇庆): a 企业微信 审批详情 export — key|value header, 【表单内容】 with multi-select cells (comma lists), a 明细
//    sub-table for retail by year, a 明细 sub-table for the judged points, then the 【审批流程】 log (退回 and 重新提交).
// f2 金平区 (汕头): a three-date comparison table (2020年12月31日 | 2021年6月30日 | 2021年8月31日（考评截止）) where the
//    cut-off column often says “同左” (chains across two columns), the leader and departments changed in 2021, and a
//    second table below gives yearly retail with stated growth; a third small table gives the judged points.
// f3 龙湖区 (汕头): a 腾讯文档 shared filling sheet exported to Excel — 填报事项 | 责任单位 | 填报内容 | 单位 | 填写人 | 最后修改 |
//    状态 with emoji statuses; “请填写” placeholders left by 待填 rows, a corrected value “（原填…，已更正）”, and a second
//    tab of judged points where one is still “@局长 请定”.
// l1 花都区 (广州): 快递进村 statistics (通达方式 decides express; 派件量 columns under a merged header; 小计 rows), a station
//    巡查 log (stations appear once per inspection; one record per station in order of first appearance), a 结业考核成绩
//    register (培训时间 ranges merged per class, 缺考 rows are not trainees), a 付款申请 list (only paid rows; 实付 not 申请
//    amount), a leftover pivot sheet and a 填表须知 page.
// l2 麻章区 (湛江): a poor-household roster with members side by side (成员1…成员4 groups of 姓名|身份证号|劳动技能|务工状况),
//    the 公文交换 send log (only to 湛江市商务局; date sent, not date signed), a CMS article export (已发布/已下线 count,
//    草稿/定时发布 and other 栏目 do not), park firms written on two rows each, and a cover page.
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
let seed = 171171;
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
    assert(/^b171-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b171-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b171-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// ---------------------------------------------------------------- extra helpers (batch 171)
function gantt(planIso, months) {
  // "■" for the planned construction months (the plan month and the one before), within the strip
  const p = ym(planIso);
  const prev = monthsBetween("2020-01", p).slice(-2)[0];
  return months.map((m) => (m === p || m === prev ? "■" : null));
}
function archDate(iso) {
  // archive 卷内目录 style: yyyymmdd as a number
  return Number(iso.replace(/-/g, ""));
}

// =====================================================================================================
// c1 — 惠州惠阳区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441303";
  const TOWNS = [["淡水街道", 5, 14], ["秋长街道", 8, 5], ["三和街道", 6, 4], ["沙田镇", 10, 3], ["新圩镇", 13, 3], ["镇隆镇", 14, 3],
    ["永湖镇", 13, 2], ["良井镇", 11, 2], ["平潭镇", 11, 2]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大上下东西南北石龙凤金银高黄白坪岭田塘", ["坑", "田", "塘", "围", "湖", "岗", "埔", "头", "背", "洞", "坳", "屋", "径"], "村", prefixes);
  const cName = nameMaker("惠淡秋和景富安康阳华", ["城", "苑", "园", "庭", "晖", "泰", "盛", "丰"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  // two villages of the same name in two towns
  const XIN = "新联村";
  towns[4].vs[3] = XIN;
  towns[5].vs[6] = XIN;
  const V = [];
  for (const t of towns) for (const v of t.vs) V.push({ town: t.town, name: v });
  const comms = towns.flatMap((t) => t.cs.map((c) => ({ town: t.town, name: c })));
  assert(V.length === 91 && comms.length === 38, "c1 91 villages + 38 communities");
  assert(new Set(V.map((v) => v.town + v.name)).size === 91 && new Set(V.map((v) => v.name)).size === 90, "c1 one name shared by two villages");
  noStemClash([...new Set(V.map((v) => v.name))], comms.map((c) => c.name), "c1");
  const xinA = V.find((v) => v.town === "新圩镇" && v.name === XIN);
  const xinB = V.find((v) => v.town === "镇隆镇" && v.name === XIN);

  // ---------------- 村居名单 (区民政局): 省定贫困村 column, 快递服务方式
  const poorV = shuffle(V.filter((v) => ["沙田镇", "永湖镇", "良井镇", "平潭镇"].includes(v.town))).slice(0, 6);
  for (const v of poorV) v.poor = true;
  const noExp = shuffle(V.filter((v) => v.town === "平潭镇" && !v.poor))[0];
  const EXP = ["直投到村", "邮快合作", "驿站代收", "快快合作", "直投到村"];
  for (const v of V) v.exp = v === noExp ? "未通达（村民到圩镇取件）" : EXP[rint(0, EXP.length - 1)];
  const vRows = [["惠阳区村（居）民委员会名单"], ["（区民政局提供，截至2021年6月30日；快递服务方式由区邮政管理局核对）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递服务方式", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    const list = t.vs.map((v) => V.find((x) => x.town === t.town && x.name === v));
    list.forEach((v, j) => {
      const note = v === xinA ? "与镇隆镇新联村同名" : v === xinB ? "与新圩镇新联村同名" : null;
      vRows.push([++sq, j === 0 ? t.town : null, v.name.replace(/村$/, "") + "村民委员会", "村委会", v.poor ? "是" : "否", v.exp, note]);
    });
    for (const c of t.cs) vRows.push([++sq, list.length === 0 && c === t.cs[0] ? t.town : null, c + "居民委员会", "居委会", "—", "—", null]);
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${V.length}个（其中省定贫困村${poorV.length}个），居委会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  assert(sq === 129, "c1 129 rows");

  // ---------------- 站点建设进度: 计划挂牌 / 实际挂牌 / 进度 and a Gantt strip
  const STRIP = monthsBetween("2020-10", "2021-09");
  const others = shuffle(V.filter((v) => v !== xinA && v !== xinB && !v.poor));
  const covered = [xinA].concat(poorV, others.slice(0, 56));
  const rest = others.slice(56);
  assert(covered.length === 63 && !covered.includes(xinB), "c1 63 covered");
  const ST = covered.map((v) => ({ v, act: randIsoBetween("2020-10-20", "2021-08-27") }));
  ST[5].act = CUT;
  const lateV = rest[0];
  ST.push({ v: lateV, act: "2021-09-03" });
  const building = [rest[1], rest[2], rest[3]];
  const BSTAT = ["装修中", "设备调试中", "选址已确定，待装修"];
  building.forEach((v, j) => ST.push({ v, act: null, plan: ["2021-09-15", "2021-09-20", "2021-10-15"][j], stat: BSTAT[j] }));
  ST.push({ v: covered[12], act: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  ST.push({ v: covered[30], act: randIsoBetween("2021-02-01", "2021-06-30"), second: true });
  const commSt = [comms[0], comms.find((c) => c.town === "新圩镇")];
  commSt.forEach((c) => ST.push({ v: c, act: randIsoBetween("2020-11-01", "2021-03-30"), comm: true }));
  for (const s of ST) {
    if (!s.plan) s.plan = isoAdd(s.act, -rint(0, 40));
    if (!s.stat) s.stat = "已挂牌运营";
  }
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tIdx[a.v.town] - tIdx[b.v.town] || cmp(a.act || "9999", b.act || "9999"));
  const sRows = [["惠阳区村级电子商务服务站点建设进度表"], ["承建单位：中国邮政集团有限公司惠州市惠阳区分公司　　　　更新日期：2021年9月10日"],
    ["序号", "镇（街道）", "所在村（居）", "站点名称", "计划挂牌", "实际挂牌", "进度", "建设计划（■为计划施工月份）"].concat(Array(11).fill(null)),
    [null, null, null, null, null, null, null].concat(STRIP.map((m) => (m.endsWith("-10") || m.endsWith("-01") ? cnMonth(m) : `${Number(m.slice(5))}月`)))];
  const sMerges = ["A1:S1", "A2:S2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:S3"];
  let blockStart = 0;
  let fi = 0;
  ST.forEach((s, j) => {
    const first = j === 0 || ST[j - 1].v.town !== s.v.town;
    if (first) {
      if (j > 0) mergeCol(sMerges, "B", blockStart, sRows.length);
      blockStart = sRows.length + 1;
    }
    const short = s.v.name.replace(/村$|社区$/, "");
    const vill = s.comm ? s.v.name : j % 3 === 0 ? s.v.name : j % 3 === 1 ? `${short}村委会` : `${short}村民委员会`;
    const name = s.comm ? `${s.v.town}${s.v.name}电商服务点` : s.second ? `${s.v.town}${short}村电商服务站（二）` : `${s.v.town}${short}村电商服务站`;
    const actCell = s.act ? dateCell(s.act, fi++) : null;
    sRows.push([j + 1, first ? s.v.town : null, vill, name, cnMonth(s.plan), actCell, s.stat].concat(gantt(s.plan, STRIP)));
  });
  mergeCol(sMerges, "B", blockStart, sRows.length);
  sRows.push(["注：“实际挂牌”为站点正式挂牌对外服务日期；未挂牌的站点“实际挂牌”栏空白。"]);
  sMerges.push(`A${sRows.length}:S${sRows.length}`);
  const key = (v) => v.town + "|" + v.name;
  const opened = ST.filter((s) => !s.comm && s.act && s.act <= CUT);
  const covKeys = new Set(opened.map((s) => key(s.v)));
  const covNames = new Set(opened.map((s) => s.v.name));
  assert(covKeys.size === 63 && covNames.size === 63 && new Set(V.map((v) => v.name)).size === 90, "c1 63 covered");
  assert(!ratioGE(63, 91, 70) && ratioGE(63, 91, 50) && ratioGE(63, 90, 70) && ratioGE(64, 91, 70), "c1 63/91 = 69.2% → 2; 63/90 or 64/91 would be 70%");
  assert(poorV.every((v) => covKeys.has(key(v))), "c1 all poor villages covered");
  assert(sRows[3].length === 19 && sRows[4].length === 19, "c1 strip H–S");

  // ---------------- 开班备案 register
  const CL = [];
  const SD = [["2020-09-16", 1, "普及"], ["2020-10-14", 1, "普及"], ["2020-10-27", 2, "增值"], ["2020-11-11", 1, "普及"], ["2020-11-25", 1, "普及"],
    ["2020-12-09", 3, "增值"], ["2020-12-23", 1, "普及"], ["2021-01-13", 1, "普及"], ["2021-02-03", 1, "普及"], ["2021-03-10", 2, "增值"],
    ["2021-03-24", 1, "普及"], ["2021-04-14", 1, "普及"], ["2021-04-28", 2, "增值"], ["2021-05-19", 1, "普及"], ["2021-06-02", 1, "普及"],
    ["2021-06-16", 3, "增值"], ["2021-07-07", 1, "普及"], ["2021-07-21", 1, "普及"], ["2021-08-04", 2, "增值"], ["2021-08-18", 1, "普及"],
    ["2021-08-30", 5, "增值"], ["2021-09-15", 2, "增值"]];
  const TOPIC_P = ["农村电商基础知识普及", "手机开网店入门", "农产品短视频拍摄", "社群团购与微商基础", "电商客服与物流常识"];
  const TOPIC_Z = ["网店运营进阶", "直播带货实操", "农产品品牌与包装设计", "电商数据分析", "跨境电商入门"];
  const PLACE = ["区电子商务公共服务中心", "良井镇文化站", "平潭镇党群服务中心", "永湖镇农业服务中心", "新圩镇文化站", "镇隆镇政府会议室"];
  let n20 = 0;
  let n21 = 0;
  SD.forEach(([s, dur, ty], j) => {
    const code = s < "2021" ? `HY-2020-${pad3(++n20).slice(1)}` : `HY-2021-${pad3(++n21).slice(1)}`;
    CL.push({ code, start: s, end: isoAdd(s, dur - 1), dur, ty, topic: ty === "普及" ? TOPIC_P[j % 5] : TOPIC_Z[j % 5], place: PLACE[j % PLACE.length], got: ty === "普及" ? rint(220, 330) : rint(80, 150) });
  });
  const cancelled = { code: "HY-2021-00", start: "2021-02-24", end: "2021-02-25", dur: 2, ty: "增值", topic: "直播带货实操", place: "区电子商务公共服务中心", got: 0, cancel: true };
  // the cancelled class takes the number after 2021-02-03's
  const cut2 = CL.findIndex((c) => c.start === "2021-03-10");
  CL.splice(cut2, 0, cancelled);
  let k21 = 0;
  for (const c of CL) if (c.start >= "2021") c.code = `HY-2021-${pad3(++k21).slice(1)}`;
  const inTraining = CL.find((c) => c.start === "2021-08-30");
  const septClass = CL.find((c) => c.start === "2021-09-15");
  inTraining.got = 52;
  septClass.got = 0;
  septClass.notYet = true;
  assert(inTraining.end === "2021-09-03", "c1 the 在培 class ends 9月3日");
  const preCls = CL.filter((c) => !c.cancel && !c.notYet && c.end <= CUT);
  assert(preCls.length === 20, "c1 20 classes end by the cut-off " + preCls.length);
  for (let diff = 4968 - sum(preCls.map((c) => c.got)), j = 0; diff !== 0; j = (j + 3) % preCls.length) {
    const c = preCls[j];
    const lo = c.ty === "普及" ? 200 : 70;
    const hi = c.ty === "普及" ? 340 : 160;
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (c.got + st >= lo && c.got + st <= hi) {
      c.got += st;
      diff -= st;
    }
  }
  for (const c of CL) {
    c.filed = c.cancel ? 60 : c.notYet ? 80 : Math.ceil((c.got + rint(5, 35)) / 10) * 10;
    c.pass = c.ty === "增值" && !c.cancel && !c.notYet && c !== inTraining ? c.got - rint(0, 6) : null;
  }
  const gotPre = sum(preCls.map((c) => c.got));
  assert(gotPre === 4968, "c1 4,968 person-times by the cut-off");
  assert(!ratioGE(gotPre, 500000, 1) && gotPre * 1000 >= 500000 * 8 && ratioGE(gotPre + inTraining.got, 500000, 1), "c1 0.9936% → 8; with the 在培 class 1.004%");
  assert(sum(CL.map((c) => c.filed)) > 5000, "c1 备案 total above 5,000");
  const tRows = [["惠阳区农村电商培训开班备案及结业情况登记表"], ["（区人力资源和社会保障局职业能力建设股备案；区商务局电商股登记，登记至2021年9月1日）"],
    ["班级编号", "培训项目", "培训类型", "开班日期", "结业日期", "培训地点", "备案人数", "实际参训人数", "结业（合格）人数", "班级状态", "备注"]];
  const tMerges = ["A1:K1", "A2:K2"];
  fi = 0;
  for (const c of CL) {
    const st = c.cancel ? "撤班" : c.notYet ? "已备案待开班" : c === inTraining ? "在培" : "已结业";
    const note = c.cancel ? "报名不足，经批准撤班" : c.notYet ? "9月15日开班" : c === inTraining ? "8月30日开班，9月3日结业" : c.dur > 1 ? `${c.dur}天` : null;
    tRows.push([c.code, c.topic, c.ty === "普及" ? "普及性培训" : "增值培训", dateCell(c.start, fi++), c.cancel || c.notYet ? null : c.dur > 1 || c === inTraining ? dateCell(c.end, fi++) : dateCell(c.start, fi++),
      c.place, c.filed, c.cancel || c.notYet ? "—" : c.got, c.pass === null ? "—" : c.pass, st, note]);
  }
  tRows.push(["合计", null, null, null, null, null, sum(CL.map((c) => c.filed)), sum(CL.map((c) => c.got)), sum(CL.filter((c) => c.pass !== null).map((c) => c.pass)), null, null]);
  tMerges.push(`A${tRows.length}:F${tRows.length}`);
  tRows.push(["注：参训人次按“实际参训人数”统计；普及性培训不组织结业考核。"]);
  tMerges.push(`A${tRows.length}:K${tRows.length}`);

  // ---------------- 脱贫人口 roster: 劳动能力 and 务工地点 (outside 惠阳区 = migrant)
  const CODES = shuffle([].concat(Array(48).fill("E"), Array(12).fill("M"), Array(18).fill("N")));
  const OUT = ["深圳市龙岗区", "东莞市塘厦镇", "惠州市惠城区", "广州市白云区", "深圳市坪山区", "惠州市仲恺高新区"];
  const IN = ["惠阳区淡水街道", "惠阳区秋长街道", "惠阳区新圩镇", "惠阳区镇隆镇"];
  const hhV = shuffle(V.filter((v) => v !== xinA && v !== xinB)).slice(0, 20);
  const persons = [];
  const pRows = [["惠阳区脱贫人口（相对贫困人口）花名册"], ["（区乡村振兴局提供，数据时点2021年6月30日）"],
    ["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动能力", "务工地点", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let ci = 0;
  let h = 0;
  let xGiven = false;
  while (ci < CODES.length) {
    const size = Math.min(CODES.length - ci, rint(2, 5));
    const codes = CODES.slice(ci, ci + size);
    ci += size;
    const v = hhV[h++ % hhV.length];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let headName = null;
    let headAge = 0;
    codes.forEach((c, j) => {
      let rel;
      let age;
      let male = rnd() < 0.5;
      if (j === 0) {
        rel = "户主";
        male = rnd() < 0.8;
        age = c === "N" ? rint(68, 82) : rint(42, 60);
        headAge = age;
      } else if (j === 1 && c !== "N" && headAge < 66) {
        rel = "配偶";
        male = !persons[persons.length - 1].male;
        age = Math.max(30, headAge - rint(0, 5));
      } else if (c !== "N" && headAge >= 66) {
        rel = male ? "之子" : "之女";
        age = rint(30, 45);
      } else if (c === "N") {
        const child = rnd() < 0.6;
        rel = child ? (headAge >= 66 ? (male ? "之孙子" : "之孙女") : male ? "之子" : "之女") : male ? "之父" : "之母";
        age = child ? rint(6, 16) : Math.max(70, headAge + rint(20, 26));
      } else {
        rel = male ? "之子" : "之女";
        age = rint(18, Math.max(19, Math.min(38, headAge - 20)));
      }
      const birth = randIsoBetween(`${2021 - age - 1}-07-01`, `${2021 - age}-06-30`);
      const wantX = c === "E" && !xGiven ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xGiven = true;
      const name = rel === "配偶" || rel === "之母" ? personName() : personName(sn);
      if (j === 0) headName = name;
      const place = c === "M" ? OUT[rint(0, OUT.length - 1)] : c === "E" && rnd() < 0.4 ? IN[rint(0, IN.length - 1)] : null;
      const p = { id, name, c, v, male, eligible: c === "E", migrant: c === "M" };
      persons.push(p);
      pRows.push([persons.length, v.town, v.name, headName, name, rel, id, c === "N" ? (age < 18 ? "无劳动能力" : rnd() < 0.5 ? "丧失劳动能力" : "无劳动能力") : "有劳动能力", place, c === "E" && !place ? "在家务农" : null]);
    });
  }
  pRows.push(["注：务工地点在惠阳区以外的为外出务工人员；务工地点空白的在家。"]);
  pMerges.push(`A${pRows.length}:J${pRows.length}`);
  const eligible = persons.filter((p) => p.eligible);
  const migrants = persons.filter((p) => p.migrant);
  const xPerson = eligible.find((p) => p.id.endsWith("X"));
  assert(eligible.length === 48 && migrants.length === 12 && persons.length === 78 && xPerson, "c1 roster 78, 48 eligible, 12 migrants");

  // ---------------- 脱贫户参训名单: 参训期次 codes (dates come from the register)
  const preCodes = preCls.map((c) => c.code);
  const pool = shuffle(eligible.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(pool.slice(0, 22));
  const onlyInTraining = pool[22];
  const TR = trained.map((p, j) => {
    const s = new Set([preCodes[rint(0, preCodes.length - 1)]]);
    if (j % 6 === 2) while (s.size < 2) s.add(preCodes[rint(0, preCodes.length - 1)]);
    return { p, codes: [...s].sort() };
  });
  TR.splice(9, 0, { p: onlyInTraining, codes: [inTraining.code] });
  const mig2 = shuffle(migrants).slice(0, 2);
  TR.splice(15, 0, { p: mig2[0], codes: [preCodes[3]], note: "春节返乡参训" });
  TR.push({ p: mig2[1], codes: [preCodes[8]], note: "返乡参训" });
  const outsider = { id: makeId(REGION, birthBetween(1975, 1990), true), name: personName(), v: V[40] };
  TR.push({ p: outsider, codes: [preCodes[14]], note: "监测对象（非脱贫户）" });
  const aRows = [["惠阳区脱贫人口参加电商培训名单"], ["说明：“参训期次”填《培训开班备案》中的班级编号，同一人参加多期的用“、”隔开。"],
    ["序号", "姓名", "身份证号", "镇（街道）", "村", "参训期次", "备注"]];
  TR.forEach((t, j) => aRows.push([j + 1, t.p.name, t.p === xPerson ? t.p.id.slice(0, 17) + "x" : t.p.id, t.p.v.town, t.p.v.name, t.codes.join("、"), t.note || null]));
  const aMerges = ["A1:G1", "A2:G2"];
  const endOf = Object.fromEntries(CL.map((c) => [c.code, c.end]));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(TR.filter((t) => eligIds.has(t.p.id) && t.codes.some((c) => endOf[c] <= CUT)).map((t) => t.p.id));
  const listedElig = new Set(TR.filter((t) => eligIds.has(t.p.id)).map((t) => t.p.id));
  assert(TR.length === 27 && trainedIds.size === 23 && listedElig.size === 24, "c1 27 rows, 23 eligible trained by the cut-off");
  assert(!ratioGE(23, 48, 50) && ratioGE(23, 48, 40) && ratioGE(24, 48, 50), "c1 23/48 = 47.9% → 8; 24/48 = 50% would be 10");

  // ---------------- 入驻企业: one firm leaves on the cut-off day
  const FIRMS = [["惠州市惠阳区淡水优品电子商务有限公司", "平台型电商"], ["惠州惠阳鲜到家网络科技有限公司", "平台型电商"], ["惠阳区良井荔枝网店", "网店（销售型）"],
    ["惠州市惠阳区客家特产电子商务商行", "销售型企业"], ["惠阳区永湖梅菜干网店", "网店（销售型）"], ["惠州市惠阳区电商运营服务有限公司", "电商运营商"],
    ["惠州惠阳云帆代运营工作室", "电商代运营"], ["惠州市惠阳区顺捷物流有限公司", "物流快递"], ["中国邮政惠阳区分公司电商揽投部", "物流快递"],
    ["惠州惠阳星河直播传媒有限公司", "直播服务"], ["惠州市惠阳区禾木品牌设计工作室", "设计服务"], ["惠阳区平潭甜玉米网店", "网店（销售型）"],
    ["惠州市鲜链冷链科技有限公司", "仓储物流"], ["惠州惠阳乡村优选社区团购服务部", "销售型企业"], ["惠州市惠阳区客都跨境电子商务有限公司", "平台型电商"],
    ["惠阳区镇隆荔枝电子商务商行", "销售型企业"], ["惠州惠阳红树林网络科技有限公司", "电商运营商"], ["惠州市惠阳区嘉禾供应链管理有限公司", "仓储物流"],
    ["惠阳区沙田农家土特产网店", "网店（销售型）"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-08-20") }));
  const leftCut = { n: "惠州市惠阳区秋长果蔬电子商务有限公司", t: "销售型企业", code: creditCode(REGION), iso: "2020-09-18", left: CUT, why: "租赁合同到期，8月31日退园" };
  const leftJune = { n: "惠州惠阳丰收农品电子商务有限公司", t: "销售型企业", code: creditCode(REGION), iso: "2020-10-12", left: "2021-06-15", why: "经营调整，提前退园" };
  const septFirm = { n: "惠州惠阳湾区直播电商基地有限公司", t: "直播服务", code: creditCode(REGION), iso: "2021-09-06", why: "9月新入驻" };
  const eList = FIRMS.slice();
  eList.splice(6, 0, leftJune);
  eList.splice(13, 0, leftCut);
  eList.push(septFirm);
  const eRows = [["惠阳区电子商务产业园入驻企业名录"], ["（产业园运营方提供，统计至2021年9月10日）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
  eList.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.iso, j + 2), f.left ? dateCell(f.left, j) : null, f.why || null]));
  const inPark = eList.filter((f) => f.iso <= CUT && !(f.left && f.left < CUT));
  assert(eList.length === 22 && inPark.length === 20 && new Set(inPark.map((f) => f.code)).size === 20, "c1 20 firms in the park at the cut-off");
  assert(eList.filter((f) => f.iso <= CUT && !(f.left && f.left <= CUT)).length === 19, "c1 19 if the 8月31日 exit were counted as gone");

  // ---------------- 资金拨付: contracts with 第一次/第二次/第三次拨付 groups, 万元
  const PROJ = [
    ["县级电子商务公共服务中心建设", "惠州市惠阳区电商运营服务有限公司", 1200000, [["2020-09-25", 360000], ["2021-01-20", 480000], ["2021-06-18", 240000]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司惠州市惠阳区分公司", 1150000, [["2020-10-30", 345000], ["2021-03-26", 460000], ["2021-09-08", 230000]]],
    ["农村物流配送体系建设", "惠州市惠阳区顺捷物流有限公司", 800000, [["2020-12-11", 240000], ["2021-05-20", 320000]]],
    ["农村电商人才培训", "惠州市惠阳区职业技能培训学校", 560000, [["2020-11-27", 168000], ["2021-04-23", 224000], ["2021-08-31", 112000]]],
    ["农产品品牌培育及营销推广", "惠州市淡水创意策划有限公司", 450000, [["2021-02-05", 135000], ["2021-07-16", 180000]]],
    ["冷链及农产品溯源体系建设", "惠州市鲜链冷链科技有限公司", 420000, [["2021-03-12", 126000], ["2021-09-16", 168000]]],
    ["公共信息服务平台", "惠州市数联信息技术有限公司", 260000, [["2021-04-09", 78000], ["2021-08-13", 104000]]],
    ["电商产业园改造提升", "惠州市惠阳区电子商务产业园管理有限公司", 160000, [["2021-06-30", 48000]]],
  ];
  const fRows = [["惠阳区电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"],
    ["序号", "项目名称", "承建单位", "合同金额", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付", "拨付进度", "备注"],
    [null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null, null]];
  const fMerges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "M3:M4"];
  const payAll = [];
  fi = 0;
  PROJ.forEach(([name, who, contract, pays], j) => {
    const cells = [j + 1, name, who, wan(contract)];
    for (let k = 0; k < 3; k++) {
      if (pays[k]) {
        const [iso, amt] = pays[k];
        const f = [0, 2, 1, 3][fi++ % 4];
        cells.push(f === 0 ? D(iso) : f === 1 ? cnDate(iso) : f === 2 ? dotDate(iso) : slashDate(iso), wan(amt));
        payAll.push({ iso, amt });
      } else cells.push(null, null);
    }
    const tot = sum(pays.map((p) => p[1]));
    const note = pays.some((p) => p[0] > CUT) ? "第三次拨付在9月" : null;
    cells.push(wan(tot), pct1(tot, contract), note);
    fRows.push(cells);
  });
  const spentPre = sum(payAll.filter((p) => p.iso <= CUT).map((p) => p.amt));
  const spentAll = sum(payAll.map((p) => p.amt));
  fRows.push(["合计", null, null, wan(sum(PROJ.map((p) => p[2]))), null, wan(sum(PROJ.map((p) => (p[3][0] ? p[3][0][1] : 0)))), null, wan(sum(PROJ.map((p) => (p[3][1] ? p[3][1][1] : 0)))), null,
    wan(sum(PROJ.map((p) => (p[3][2] ? p[3][2][1] : 0)))), wan(spentAll), pct1(spentAll, 5000000), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(["注：下达省级专项资金500万元；本表统计至2021年9月16日。"]);
  fMerges.push(`A${fRows.length}:M${fRows.length}`);
  assert(sum(PROJ.map((p) => p[2])) === 5000000 && spentPre === 3620000 && spentAll === 4018000, "c1 3,620,000 by the cut-off, 4,018,000 in all " + spentPre + "/" + spentAll);
  assert(ratioGE(spentPre, 5000000, 70), "c1 72.4% ≥ 70%");

  // ---------------- 月报／半月报 log: 1—2月 sent together on 3月2日
  const REP = [["2020年8月月报", "2020-09-04"], ["2020年9月月报", "2020-10-09"], ["2020年10月月报", "2020-11-05"], ["2020年11月月报", "2020-12-04"],
    ["2020年12月月报", "2021-01-06"], ["2021年1—2月（合并报送）", "2021-03-02"], ["2021年3月上半月", "2021-03-17"], ["2021年3月下半月", "2021-04-02"],
    ["2021年4月上半月", "2021-04-16"], ["2021年4月下半月", "2021-05-06"], ["2021年5月上半月", "2021-05-18"], ["2021年5月下半月", "2021-06-03"],
    ["2021年6月上半月", "2021-06-16"], ["2021年6月下半月", "2021-07-02"], ["2021年7月上半月", "2021-07-16"], ["2021年7月下半月", "2021-08-03"],
    ["2021年8月上半月", "2021-08-17"], ["2021年8月下半月", "2021-09-02"]];
  const WAY = ["粤政易", "电子邮件", "粤政易", "公文交换"];
  const mRows = [["惠阳区电子商务进农村工作情况报送登记（月报／半月报）"], ["说明：2021年3月起惠州市商务局要求每半月报送一次；“是否附电商扶贫统计”打“√”的附《电商扶贫情况统计表》。"],
    ["序号", "期别", "报送日期", "报送方式", "主要内容", "是否附电商扶贫统计", "经办人"]];
  REP.forEach(([label, iso], j) => mRows.push([j + 1, label, j % 3 === 0 ? dotDate(iso) : j % 3 === 1 ? D(iso) : cnDate(iso), WAY[j % 4],
    j === 5 ? "1月、2月工作进展（春节期间合并报送）" : "示范创建工作进展、站点及培训数据", iso >= "2020-11-01" ? "√" : null, "叶××"]));
  const repM = new Set(REP.filter((r) => r[1] <= CUT).map((r) => ym(r[1])));
  assert(WINDOW.filter((w) => !repM.has(w)).join() === "2021-02", "c1 no report dated in February 2021");

  // ---------------- 专栏更新档案: 卷内目录 with yyyymmdd numbers
  const UPD = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    const n = m === "2021-03" || m === "2020-12" ? 2 : 1;
    const days = new Set();
    while (days.size < n) days.add(rint(6, 27));
    [...days].sort((a, b) => a - b).forEach((d) => UPD.push(`${m}-${String(d).padStart(2, "0")}`));
  }
  const dRows = [["卷　内　目　录"], ["案卷号：HY·SW·2021-017　　　案卷题名：惠阳区政府门户网站“电子商务进农村综合示范”专栏建设及更新网页打印件（2020年6月—2021年9月）"],
    ["顺序号", "文件编号", "责任者", "文件题名", "日期", "页号", "备注"]];
  let page = 1;
  const addDoc = (no, who, title, dnum, pages, note) => {
    dRows.push([dRows.length - 2, no, who, title, dnum, pages > 1 ? `${page}-${page + pages - 1}` : String(page), note || null]);
    page += pages;
  };
  addDoc("惠阳商务〔2020〕38号", "惠阳区商务局", "关于在区政府门户网站开设电子商务进农村综合示范专栏的函", 20200608, 2);
  UPD.forEach((iso, j) => {
    const prev = monthsBetween("2020-01", ym(iso)).slice(-2)[0];
    const second = j > 0 && ym(UPD[j - 1]) === ym(iso);
    const title = j === 0 ? "专栏上线：《惠阳区电子商务进农村综合示范县创建工作方案》《项目基本信息表》及监督举报电话网页打印件"
      : second ? (ym(iso) === "2021-03" ? "专栏更新：《惠阳区村级电子商务服务站点名单公示》网页打印件" : "专栏更新：《惠阳区农村电商培训报名通知》网页打印件")
        : `专栏更新：《惠阳区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）》网页打印件`;
    addDoc(null, "区政务服务数据管理局", title, archDate(iso), rint(1, 3), iso > CUT ? "9月补入" : null);
  });
  dRows.push([null, null, null, "卷内备考表", null, String(page), null]);
  const disM = new Set(UPD.filter((d) => d <= CUT).map(ym));
  assert(WINDOW.every((w) => disM.has(w)), "c1 column updated every month");

  // ---------------- 宣传及经验材料: two tables stacked
  const MEDIA = [["2020-11-19", "惠州日报", "市级", "报纸", "惠阳：村级电商站让荔枝“触网”出村", "否"],
    ["2021-01-08", "惠阳区融媒体中心（惠阳电视台）", "县级", "电视", "电商服务站开进客家围屋", "否"],
    ["2021-04-22", "南方+客户端", "省级", "网络", "惠阳农村电商培训助脱贫户增收", "否"],
    ["2021-06-17", "广东广播电视台（广东新闻频道）", "省级", "电视", "惠阳脱贫户直播卖梅菜", "是"],
    ["2021-09-12", "中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "客家山村的电商新路", "是"]];
  const MAT = [["2021-04-28", "惠阳区推进电子商务进农村综合示范工作经验做法", "电子邮件报惠州市商务局"],
    ["2021-09-06", "惠阳区电商扶贫典型案例——梅菜飘香出山村", "粤政易报惠州市商务局"]];
  const prRows = [["惠阳区电子商务进农村宣传推广登记表"], ["一、媒体宣传报道"], ["序号", "刊播日期", "媒体名称", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MEDIA.forEach((m, j) => prRows.push([j + 1, j % 2 ? cnDate(m[0]) : dotDate(m[0]), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  prRows.push([]);
  prRows.push(["二、向市商务局报送经验材料、典型案例"]);
  prRows.push(["序号", "报送日期", "材料名称", "报送方式"]);
  MAT.forEach((m, j) => prRows.push([j + 1, dotDate(m[0]), `《${m[1]}》`, m[2]]));
  const prMerges = ["A1:G1", "A2:G2", `A${MEDIA.length + 5}:G${MEDIA.length + 5}`];
  const lv = new Set(MEDIA.filter((m) => m[0] <= CUT).map((m) => m[2]));
  assert(lv.has("省级") && lv.has("市级") && lv.has("县级") && !lv.has("国家级"), "c1 province + city + county by the cut-off");

  // ---------------- 预评估反馈 (facts + claimed)
  const rows = [["惠阳区2019年省级电子商务进农村综合示范创建市级预评估意见反馈及自评表"],
    ["填报单位：惠州市惠阳区商务局　　考评截止日期：2021年8月31日　　市级预评估日期：2021年7月22日　　反馈日期：2021年9月17日"],
    ["一、基本情况"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  const G = [
    ["县（市、区）", "惠阳区", "常住人口", "60.16万人", "行政村", `${V.length}个（另有社区${comms.length}个）`],
    ["省定贫困村", `${poorV.length}个`, "领导小组组长", "区长", "领导小组副组长", "常务副区长、分管副区长"],
    ["成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、惠阳邮政分公司", null, null, null, null],
    ["工作方案", "已印发（惠阳府办函〔2020〕21号）", "扶持政策", "已出台", "公共服务中心投入运营", "2020年11月6日"],
    ["中心免费培训场所、设备", "有", "免费展示、销售农产品", "有", "免费摄影、美工服务", "否（按件收费，2021年9月1日起免费）"],
    ["统一推广、品牌建设指导", "有", "其他衍生增值服务", "有（代办证照、金融对接）", "电商产业园", "已整合建成"],
    ["第三方运营服务商", "有", "行政村快递覆盖率", "100%", "2019年农村网络零售额", "29.8亿元"],
    ["2020年农村网络零售额", "36.1亿元", "2020年农产品网络零售额同比增长", "24.7%", "培训人次", `${fmtInt(gotPre + inTraining.got)}人次`],
    ["有劳动能力脱贫人口（不含外出务工）", `${eligible.length}人`, "参训脱贫人口", `${TR.length}人`, "专栏公示内容", "创建方案、项目基本信息、建设进度"],
    ["监督举报窗口", "已设立（2021年7月20日）", "电商扶贫统计", "能统计（随月报报送）", "下达资金", "500万元"],
    ["累计拨付", `${wan(spentAll)}万元`, "资金管理制度", "已制定", "资金专用台账", "已建立"],
    ["项目总体进度", "85%", "安全生产、质量事故", "无", "弄虚作假", "无"]];
  for (const g of G) {
    rows.push(padRow(g.slice(), 7));
    if (g[0] === "成员单位") merges.push(`B${rows.length}:G${rows.length}`);
  }
  rows.push([]);
  rows.push(["二、市级预评估意见及整改反馈"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评价指标", "分值", "市预评估得分", "预评估发现的问题", "整改落实情况", "区自评得分"]);
  const R = [
    ["组织领导", 2, 2, null, null, 2],
    ["方案制定", 2, 2, null, null, 2],
    ["政策支持", 2, 1, "扶持政策落实佐证不足", "已补充扶持资金兑现凭证", 2],
    ["项目管理", 4, 3, "工作台账不完整", "已补齐工作台账（项目管理制度2分、工作台账2分）", 4],
    ["服务体系建设（县级中心与产业园）", 15, 11, "中心摄影美工服务按件收费；产业园入驻企业不足20家", "摄影美工服务自2021年9月1日起免费；截至8月31日在园企业20家", 15],
    ["服务体系建设（村级站点覆盖）", 10, 7, "行政村站点覆盖率不足70%", `已挂牌站点覆盖行政村64个，覆盖率${pct1(64, 91)}；省定贫困村全覆盖`, 10],
    ["农村产品上行", 10, 6, "网络零售额增速未达30%", "网销调研2分、网络促销2分、交易标准与冷链溯源1分，第三方服务商1分，快递覆盖1分", 7],
    ["电商人才培训", 20, 16, "培训人次未达常住人口1%", `培训${fmtInt(gotPre + inTraining.got)}人次；参训脱贫人口${TR.length}人／${eligible.length}人＝${pct1(TR.length, eligible.length)}`, 20],
    ["信息公开", 4, 3, "专栏未设监督举报窗口", "2021年7月20日已增设监督举报窗口", 4],
    ["数据上报", 6, 4, "2021年2月未报送", "1月、2月工作情况已于3月2日合并报送", 6],
    ["案例总结", 2, 2, null, null, 2],
    ["经验推广", 8, 8, null, null, 8],
    ["制度建立", 5, 5, null, null, 5],
    ["资金台账", 5, 4, null, null, 4],
    ["资金支出", 5, 4, "资金支出进度偏慢", `截至9月16日累计拨付${wan(spentAll)}万元，支出率${pct1(spentAll, 5000000)}；及时拨付4分`, 4],
    ["加分项：贫困人口培训率≥70%", 2, 0, null, null, 0],
    ["加分项：电商扶贫典型案例获电视播报", 2, 1, null, "广东新闻频道2021年6月17日播出", 1]];
  const r0 = rows.length + 1;
  R.forEach((r, j) => rows.push([j + 1, r[0], r[1], r[2], r[3] || "—", r[4] || "—", r[5]]));
  rows.push(["合计", null, 100, sum(R.slice(0, 15).map((r) => r[2])) + "＋" + sum(R.slice(15).map((r) => r[2])), null, null, sum(R.slice(0, 15).map((r) => r[5])) + "＋" + sum(R.slice(15).map((r) => r[5]))]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["一票否决项：未发生安全生产、质量事故或重大损失；项目总体进度85%；无弄虚作假。"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["填表人：叶××　　审核：区商务局分管副局长　　联系电话：0752-37xxxxx"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(rows[r0 - 1][1] === "组织领导", "c1 table start");
  const IDS = SCORED.map((s) => s[0]);
  const claimed = {};
  IDS.forEach((id, j) => (claimed[id] = R[j][5]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  assert(sum(IDS.map((id) => claimed[id])) === 95 && sum(R.slice(0, 15).map((r) => r[2])) === 78, "c1 claimed 95, 预评估 78");

  // ---------------- points
  assert(!(361 * 10 >= 298 * 13) && 24.7 < 30, "c1 neither growth reaches 30%");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 2 + 1 + 0 + 1 + 0,
    "work.training": 8 + 8, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 基本情况：领导小组组长“区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2（副组长是副区长，不改变组长）",
    "org.plan: 工作方案已印发（惠阳府办函〔2020〕21号），区自评得分2 → 2（“市预评估得分”列不是自评）",
    "org.policy: 扶持政策已出台，区自评得分2（预评估给1分，不采用） → 2",
    "org.management: 整改落实情况“项目管理制度2分、工作台账2分” → 2+2 = 4",
    `work.center: 中心2020年11月6日投入运营 ≤ 截止日 → 2；不晚于2021-02-28，满6个月 → 2；免费培训2、展示销售1；摄影美工截至8月31日仍“按件收费”，9月1日起才免费 → 0；品牌推广1、其他增值服务1；产业园已整合建成 → 2；入驻企业名录22行：“${leftJune.n}”6月15日退园不算，“${septFirm.n}”9月6日入驻不算，“${leftCut.n}”8月31日当天退园——不早于截止日，截止日仍在园，算 → 20家 ≥ 20 → 2；类型有平台型、销售型（网店）、电商运营商（代运营）、物流（快递、仓储） → 1；合计14（自评15）`,
    `work.coverage: 村居名单村委会${V.length}个（居委会${comms.length}个不算），${V.length} < 200；新圩镇和镇隆镇各有一个“新联村”，是两个行政村；站点建设进度表以“实际挂牌”为准：截止日前挂牌的站点覆盖63个村——新圩镇新联村有站，镇隆镇新联村没有站；两个村各有第二个站只算一次；一个站8月31日挂牌，算；${lateV.name}9月3日才挂牌、3个站“装修中／设备调试中／选址已确定”没有实际挂牌日期，都不算；2个社区服务点不算 → 63/${V.length} = ${pct1(63, V.length)} < 70% → 2（把两个新联村当一个村就是63/90 = 70%，把9月3日的站算上是64/91 = 70.3%，都是5分；自评按64个村）；省定贫困村${poorV.length}个都有截止日前挂牌的站 → ${poorV.length}/${poorV.length} = 100% → 5；合计7（自评10）`,
    `work.upward: 整改落实情况：网销调研2、网络促销2、交易标准与冷链溯源1；第三方运营服务商“有” → 1；村居名单有“快递服务方式”栏，${noExp.town}${noExp.name}“未通达” → 0（基本情况写快递覆盖率100%，与名单不符，以名单为准）；2019年29.8亿→2020年36.1亿元，增长21.1%；农产品网零增长24.7%；都不到30% → 0；合计6（自评7）`,
    `work.training: 开班备案表读“实际参训人数”（备案人数、合格人数不是人次）：截止日前结业的20个班共${fmtInt(gotPre)}人次；撤班的那期（实际“—”）不是培训；“在培”班8月30日开班、9月3日结业，按结业日在截止日后，52人次不算；9月15日待开班的不算；合计行不是班；常住人口60.16万封顶50万 → ${fmtInt(gotPre)}/500,000 = ${(gotPre / 5000).toFixed(4)}% < 1% → 8（自评按${fmtInt(gotPre + inTraining.got)}人次）；花名册有劳动能力${eligible.length + migrants.length}人，务工地点在惠阳区以外的${migrants.length}人是外出务工，除外 → 应培训${eligible.length}人；参训名单${TR.length}行，参训期次按班级编号查结业日期：截止日前结业的班里有应培训人员23人（一人身份证号末位小写x，与花名册X是同一人；几人参加两期只算一次）；一人只参加在培班（9月3日结业）不算；2名外出务工人员、1名监测对象（不在花名册）不算 → 23/${eligible.length} = ${pct1(23, eligible.length)} → 8；合计16（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，监督举报窗口2021年7月20日已设立（截止日前） → 2；卷内目录日期（20200608式的八位数）：2020年9月至2021年8月每月都有专栏更新网页打印件（第1件是开设专栏的函，不是更新；卷内备考表不是文件；页号“3-4”不是日期） → 2；合计4",
    "info.reporting: 报送登记按“报送日期”算月份，不按期别：2021年1—2月的情况3月2日合并报送，2021年2月没有报送日期 → 12个月缺1个 → 不定时 → 1；“是否附电商扶贫统计”2020年11月起都打√ → 3；合计4（自评6）",
    "promo.cases: 经验材料2021年4月28日报惠州市商务局 → 2（9月6日的典型案例在截止日后）",
    "promo.media: 截止日前：南方+客户端、广东新闻频道（省级） → 4；惠州日报（市级） → 3；惠阳区融媒体中心（县级） → 1；CCTV-17那条9月12日，不算；合计8",
    "fund.system: 制度建立区自评5 → 5",
    "fund.ledger: 资金台账区自评4 → 4",
    `fund.spending: 拨付台账单位万元，三次拨付各占“日期｜金额”两列：截止日前的拨付合计${wan(spentPre)}万元（8月31日那笔11.2万元算；9月8日23万元、9月16日16.8万元不算；“累计拨付”列和合计行含9月的） → ${fmtMoney(spentPre)}元 ÷ 5,000,000 = ${pct2(spentPre, 5000000)} ≥ 70% → 整改落实情况“及时拨付4分” → 4`,
    `bonus.poorTraining: 23/${eligible.length} = ${pct1(23, eligible.length)} < 70% → 0`,
    "bonus.tvCase: 广东广播电视台广东新闻频道2021年6月17日播出电商扶贫典型案例（省级电视） → 1；CCTV-17那条9月12日在截止日后 → 1",
    "veto.incident: 表下“未发生安全生产、质量事故或重大损失” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “无弄虚作假” → 不否决",
  ];
  return {
    description:
      `惠州惠阳区商务局整本考评工作簿（11个表），84＋加分1＝85分，未否决（表中区自评95＋1，市预评估78＋1不是自评）。“预评估反馈”上半是基本情况网格（每行三对“标签｜值”，成员单位一行合并），下半是市级预评估意见反馈表：序号｜评价指标｜分值｜市预评估得分｜预评估发现的问题｜整改落实情况｜区自评得分，分项主观分写在整改落实情况里；中心摄影美工“否（按件收费，2021年9月1日起免费）”。“村居名单”按镇纵向合并，名称写“××村民委员会／××社区居民委员会”，新圩镇、镇隆镇各有一个新联村（两个行政村），快递服务方式一村“未通达”。“站点建设进度”是进度计划表：计划挂牌（只到月）｜实际挂牌（日期六种写法）｜进度，右边12个月的甘特条（■），两行表头；未挂牌的三个站实际挂牌空白，一站9月3日挂牌，镇隆镇新联村无站。“培训开班备案”是人社备案登记：备案人数｜实际参训人数｜结业（合格）人数｜班级状态（已结业／撤班／在培／已备案待开班）。“脱贫人口”花名册以务工地点在区外为外出务工；“脱贫户参训”只写班级编号（“HY-2021-05、HY-2021-08”），日期要查备案表，一人只在8月30日—9月3日的在培班。“入驻企业”一家8月31日退园、一家6月退园、一家9月入驻。“资金拨付”按合同一行，第一次／第二次／第三次拨付各“日期｜金额”（万元）。“月报报送”2021年3月起改半月报，1—2月3月2日合并报送。“专栏更新档案”是卷内目录（日期为20210315式八位数）。“宣传推广”媒体报道和经验材料上下两张表。`,
    sheets: [
      { name: "预评估反馈", rows, merges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点建设进度", rows: sRows, merges: sMerges },
      { name: "培训开班备案", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "脱贫户参训", rows: aRows, merges: aMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: mRows, merges: ["A1:G1", "A2:G2"] },
      { name: "专栏更新档案", rows: dRows, merges: ["A1:G1", "A2:G2"] },
      { name: "宣传推广", rows: prRows, merges: prMerges },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 肇庆端州区: 企业微信 审批详情 export
// =====================================================================================================
function buildF1() {
  const rows = [["审批详情"], ["导出时间：2021-09-10 16:20:33　　导出人：黎××　　来源：企业微信·审批"], [],
    ["审批编号", "202109080023"], ["审批名称", "省级电商进农村示范考评数据报送（区县）"], ["申请人", "黎××"], ["申请人部门", "肇庆市端州区商务局/电子商务股"],
    ["提交时间", "2021-09-08 09:41"], ["审批状态", "已通过"], ["完成时间", "2021-09-09 15:06"], [], ["【表单内容】"], ["控件名称", "填写内容"]];
  const merges = ["A1:E1", "A2:E2", "A12:E12"];
  const F = (k, v) => rows.push([k, v]);
  F("所属区县", "端州区");
  F("数据截止日期", "2021-08-31");
  F("常住人口（万人）", 64.92);
  F("行政村数（个）", 19);
  F("省定贫困村数（个）", 0);
  F("领导小组组长", "区委副书记、区长");
  F("领导小组成员单位（多选）", "区商务局,区财政局,区农业农村局,区乡村振兴局,区市场监管局,区交通运输局");
  F("示范县工作方案", "已正式印发");
  F("农村电商扶持政策", "已出台");
  F("县级电子商务公共服务中心投入运营日期", "2020-12-15");
  F("中心服务内容（多选）", "免费电商培训,免费展示销售特色农产品,免费摄影美工,农产品统一推广与品牌建设指导");
  F("电商产业园", "已整合建成");
  F("专业第三方运营服务商", "有");
  F("行政村快递覆盖率（%）", 100);
  rows.push(["网络零售额（明细）", "年度", "农村网络零售额（亿元）", "农产品网络零售额（亿元）"]);
  rows.push(["明细1", "2019", 12.36, 0.86]);
  rows.push(["明细2", "2020", 15.02, 1.17]);
  F("电商培训人次（人次）", 5268);
  F("有劳动能力的相对贫困人口（不含外出务工）（人）", 41);
  F("参加电商培训的相对贫困人口（人）", 26);
  F("专栏公示内容（多选）", "创建方案,项目基本信息,项目建设进度");
  F("是否设立征求意见或监督举报窗口", "未设立");
  F("是否每月向市商务局报送", "是");
  F("能否统计电商扶贫情况", "能");
  F("下达省级专项资金（元）", "5,000,000.00");
  F("累计拨付资金（元）", "3,984,260.50");
  F("资金管理制度", "已制定");
  F("资金专用台账", "已建立");
  F("项目总体进度（%）", 90);
  F("是否发生安全生产、质量事故或重大损失", "否");
  F("是否存在弄虚作假", "否");
  rows.push(["主观评分项自评（明细）", "评分项", "分值范围", "自评分"]);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 1], ["网销调研", "1-2", 2],
    ["网络促销活动", "1-2", 1], ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 5], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  J.forEach(([n, r, v], j) => rows.push([`明细${j + 1}`, n, r, v]));
  F("附件", "端州区考评数据佐证材料.zip（12.6MB）");
  F("备注", "培训人次已剔除9月两期（164人次）");
  rows.push([]);
  rows.push(["【审批流程】"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  rows.push(["节点", "处理人", "操作", "意见", "时间"]);
  rows.push(["发起申请", "黎××", "提交", "—", "2021-09-08 09:41"]);
  rows.push(["电子商务股审批", "何××（股长）", "退回", "培训人次请剔除9月数据后重新提交", "2021-09-08 10:15"]);
  rows.push(["发起申请", "黎××", "重新提交", "已剔除9月两期", "2021-09-08 11:02"]);
  rows.push(["电子商务股审批", "何××（股长）", "同意", "—", "2021-09-08 11:30"]);
  rows.push(["分管领导审批", "梁××（副局长）", "同意", "同意报送市局", "2021-09-09 15:06"]);
  rows.push(["抄送", "局办公室", "—", "—", "—"]);
  return {
    description:
      "肇庆端州区商务局电子商务股在企业微信发起的《省级电商进农村示范考评数据报送》审批单，从审批详情导出成Excel：上面是审批编号、申请人、提交时间、审批状态等“名称｜值”两列；“【表单内容】”下一行一个控件（控件名称｜填写内容），单位写在控件名称括号里（万人、元、%），多选控件用英文逗号连成一格（成员单位；中心服务内容只选了四项，没选“其他衍生增值服务”；专栏公示内容三项），两张“明细”子表各自带一行表头（网络零售额按年度一行，两列亿元；十个主观评分项的分值范围和自评分）；最后“【审批流程】”是节点｜处理人｜操作｜意见｜时间，有一次退回和重新提交。读法：county 端州区，数据截止日期2021-08-31 → asOf；提交、完成、导出时间不是事实；组长区长，成员有商务、财政、农业农村、乡村振兴 → principal-all；常住人口64.92万人；下达5,000,000.00元、累计拨付3,984,260.50元；监督举报窗口“未设立”；每月报送不是输入；备注和审批意见里的“9月两期（164人次）”不是事实。",
    sheets: [{ name: "审批详情", rows, merges }],
    expect: {
      facts: {
        county: "端州区", asOf: "2021-08-31", residentPopulation: 649200, adminVillagesStated: 19, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1236000000, ruralRetail2020: 1502000000, agriRetail2019: 86000000, agriRetail2020: 117000000,
        trainingPersonTimesStated: 5268, eligiblePoorPersonsStated: 41, trainedPoorPersonsStated: 26,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3984260.5, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 汕头金平区: three-date comparison with “同左”
// =====================================================================================================
function buildF2() {
  const rows = [["金平区电子商务进农村综合示范主要数据对比表"],
    ["填报单位：汕头市金平区商务局　　　　填表日期：2021年9月3日　　　　“同左”表示与左侧一栏相同"],
    ["序号", "指标", "单位", "2020年12月31日", "2021年6月30日", "2021年8月31日（考评截止）", "变动说明"]];
  const merges = ["A1:G1", "A2:G2"];
  const T = [
    ["常住人口", "万人", 83.89, "同左", "同左", "第七次全国人口普查"],
    ["行政村数", "个", 14, 14, "同左", "不含社区居委会"],
    ["省定贫困村数", "个", 0, 0, 0, "汕头市区无省定贫困村"],
    ["领导小组组长", "—", "分管副区长", "区长", "同左", "2021年3月领导小组调整，区长任组长"],
    ["领导小组成员单位", "—", "区商务局、区财政局、区农业农村局", "区商务局、区财政局、区农业农村局、区乡村振兴局、区工信局", "同左", "2021年3月增加区乡村振兴局、区工信局"],
    ["示范县工作方案", "—", "已印发", "同左", "同左", "汕金府办〔2020〕14号"],
    ["支持农村电商发展政策", "—", "未出台", "已出台", "同左", "2021年4月出台扶持办法"],
    ["县级公共服务中心投入运营日期", "日期", "未运营（装修中）", "2021.3.16", "同左", null],
    ["中心免费培训场所、设备", "有/无", "无", "有", "同左", null],
    ["中心免费展示、销售农产品", "有/无", "无", "有", "同左", null],
    ["中心免费摄影、美工服务", "有/无", "无", "无", "有", "2021年7月起免费"],
    ["中心统一推广、品牌建设指导", "有/无", "无", "有", "同左", null],
    ["中心其他衍生增值服务", "有/无", "无", "无", "同左", null],
    ["电商产业园", "—", "规划中", "已整合建成", "同左", null],
    ["专业第三方运营服务商", "有/无", "有", "同左", "同左", null],
    ["行政村快递覆盖率", "%", 92.9, 100, "同左", "2021年5月实现全覆盖"],
    ["电商培训人次（累计）", "人次", "1,836", "3,920", "4,655", null],
    ["有劳动能力的相对贫困人口（不含外出务工）", "人", 96, "同左", 93, "6月后动态调整"],
    ["参加电商培训的相对贫困人口（累计，去重）", "人", 18, 37, 49, null],
    ["专栏公示创建方案", "是/否", "是", "同左", "同左", null],
    ["专栏公示项目基本信息", "是/否", "是", "同左", "同左", null],
    ["专栏公示项目建设进度", "是/否", "否", "是", "同左", null],
    ["专栏设立监督举报窗口", "是/否", "否", "否", "是", "2021年7月增设"],
    ["能否统计电商扶贫情况", "能/否", "否", "能", "同左", null],
    ["下达省级专项资金", "万元", 500, "同左", "同左", null],
    ["累计拨付资金", "万元", 126.4, 298.75, 366.18, null],
    ["项目总体进度", "%", 35, 68, 81, null],
    ["资金管理制度", "—", "已制定", "同左", "同左", null],
    ["资金专用台账", "—", "已建立", "同左", "同左", null],
    ["安全生产、质量事故或重大损失", "—", "无", "同左", "同左", null],
    ["弄虚作假", "—", "无", "同左", "同左", null]];
  T.forEach((t, j) => rows.push([j + 1, ...t]));
  rows.push([]);
  rows.push(["二、年度数据"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "指标", "单位", "2019年", "2020年", "同比增长", "数据来源"]);
  rows.push([1, "农村网络零售额", "亿元", 56.2, 70.9, "26.2%", "省商务厅"]);
  rows.push([2, "农产品网络零售额", "亿元", 2.31, 3.12, "35.1%", "省商务厅"]);
  rows.push([]);
  rows.push(["三、主观评分项自评"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评分项", "分值范围", "自评分", null, null, "说明"]);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 1, "政策出台较晚"], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研", "1-2", 1],
    ["网络促销活动", "1-2", 2], ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  J.forEach(([n, r, v, note], j) => rows.push([j + 1, n, r, v, null, null, note || null]));
  rows.push([]);
  rows.push(["填表人：郑××　　联系电话：0754-88xxxxxx"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(Math.round((70.9 / 56.2 - 1) * 1000) === 262 && Math.round((3.12 / 2.31 - 1) * 1000) === 351, "f2 stated growth agrees");
  return {
    description:
      "汕头金平区商务局的《主要数据对比表》：一行一个指标，三栏时点 2020年12月31日｜2021年6月30日｜2021年8月31日（考评截止），第2行说明“同左”表示与左侧一栏相同。只读考评截止那一栏：“同左”要往左找（常住人口两栏“同左”，读到2020年底栏的83.89万人；组长8月栏“同左”→6月栏“区长”，成员单位6月栏增加了区乡村振兴局 → principal-all）；中心2020年底“未运营（装修中）”，6月栏2021.3.16 → 投入运营2021-03-16；摄影美工6月“无”、8月“有” → 是；其他增值服务“同左”→“无” → 否；监督举报窗口8月栏“是”；政策、专栏建设进度、扶贫统计都以6月栏的新值为准；培训4,655人次、贫困人口8月栏93人（不是96）、参训49人、累计拨付366.18万元、总体进度81%都取8月栏。下面“二、年度数据”给2019、2020年两种网零额（亿元）和写明的同比增长26.2%、35.1%；“三、主观评分项自评”十项。考评截止日期来自栏头。",
    sheets: [{ name: "数据对比", rows, merges }],
    expect: {
      facts: {
        county: "金平区", asOf: "2021-08-31", residentPopulation: 838900, adminVillagesStated: 14, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 5620000000, ruralRetail2020: 7090000000, agriRetail2019: 231000000, agriRetail2020: 312000000,
        ruralRetailGrowthStated: 0.262, agriRetailGrowthStated: 0.351,
        trainingPersonTimesStated: 4655, eligiblePoorPersonsStated: 93, trainedPoorPersonsStated: 49,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3661800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.81,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头龙湖区: 腾讯文档 shared filling sheet, exported
// =====================================================================================================
function buildF3() {
  const rows = [["📋 龙湖区电商进农村示范考评数据共享填报表"],
    ["⚠️ 各单位只填本单位负责的行，请勿修改A—C列；数据统一截至2021年8月31日。（腾讯文档导出，2021-09-07 17:32）"],
    ["序号", "填报事项", "责任单位", "填报内容", "单位", "填写人", "最后修改", "状态"]];
  const merges = ["A1:H1", "A2:H2"];
  const DONE = "✅ 已填";
  const TODO = "⏳ 待填";
  const FIX = "🔁 已更正";
  const who = { 商务: "林××（区商务局）", 统计: "陈××（区统计局）", 民政: "蔡××（区民政局）", 振兴: "吴××（区乡村振兴局）", 府办: "黄××（区府办）",
    运营: "许××（中心运营公司）", 邮政: "王××（区邮政管理局）", 政数: "谢××（区政数局）", 财政: "杨××（区财政局）", 承建: "郭××（项目承建单位）" };
  const T = [
    ["区县名称", "区商务局", "龙湖区", "—", "商务", "9月1日 10:02", DONE],
    ["考评截止日期", "区商务局", "2021年8月31日", "—", "商务", "9月1日 10:03", DONE],
    ["常住人口", "区统计局", 59.32, "万人", "统计", "9月2日 09:15", DONE],
    ["行政村数", "区民政局", 9, "个", "民政", "9月2日 11:40", DONE],
    ["省定贫困村数", "区乡村振兴局", 0, "个", "振兴", "9月2日 14:21", DONE],
    ["领导小组组长", "区府办", "区委常委、常务副区长", "—", "府办", "9月3日 09:08", DONE],
    ["领导小组成员单位", "区府办", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局", "—", "府办", "9月3日 09:08", DONE],
    ["示范县工作方案印发情况", "区商务局", "已印发（汕龙府办〔2020〕9号）", "—", "商务", "9月1日 10:10", DONE],
    ["支持农村电商发展政策", "区商务局", "已出台", "—", "商务", "9月1日 10:11", DONE],
    ["县级公共服务中心投入运营日期", "中心运营公司", "2020/10/28", "日期", "运营", "9月2日 16:30", DONE],
    ["中心免费培训场所、设备", "中心运营公司", "有", "—", "运营", "9月2日 16:31", DONE],
    ["中心免费展示、销售农产品", "中心运营公司", "有", "—", "运营", "9月2日 16:31", DONE],
    ["中心免费摄影、美工服务", "中心运营公司", "有", "—", "运营", "9月2日 16:32", DONE],
    ["中心统一推广、品牌建设指导", "中心运营公司", "有", "—", "运营", "9月2日 16:32", DONE],
    ["中心其他衍生增值服务", "中心运营公司", "请填写", "—", null, null, TODO],
    ["电商产业园建设或整合", "区商务局", "已整合", "—", "商务", "9月1日 10:15", DONE],
    ["专业第三方运营服务商", "区商务局", "有", "—", "商务", "9月1日 10:15", DONE],
    ["行政村快递覆盖率", "区邮政管理局", 100, "%", "邮政", "9月3日 15:47", DONE],
    ["2019年农村网络零售额", "区统计局", 48.65, "亿元", "统计", "9月2日 09:20", DONE],
    ["2020年农村网络零售额", "区统计局", "61.27（原填60.8，已更正）", "亿元", "统计", "9月6日 10:05", FIX],
    ["2019年农产品网络零售额", "区统计局", "请填写", "亿元", null, null, TODO],
    ["2020年农产品网络零售额", "区统计局", "请填写", "亿元", null, null, TODO],
    ["电商培训人次", "区商务局", "5,104", "人次", "商务", "9月6日 17:12", DONE],
    ["有劳动能力的相对贫困人口（不含外出务工）", "区乡村振兴局", 38, "人", "振兴", "9月2日 14:25", DONE],
    ["参加电商培训的相对贫困人口", "区商务局", 29, "人", "商务", "9月6日 17:13", DONE],
    ["专栏公示创建方案", "区政数局", "是", "—", "政数", "9月3日 10:30", DONE],
    ["专栏公示项目基本信息", "区政数局", "是", "—", "政数", "9月3日 10:30", DONE],
    ["专栏公示项目建设进度", "区政数局", "是", "—", "政数", "9月3日 10:31", DONE],
    ["专栏设立征求意见或监督举报窗口", "区政数局", "是", "—", "政数", "9月3日 10:31", DONE],
    ["能否统计电商扶贫情况", "区商务局", "能", "—", "商务", "9月1日 10:20", DONE],
    ["下达省级专项资金", "区财政局", 500, "万元", "财政", "9月2日 10:02", DONE],
    ["累计拨付资金", "区财政局", "4,102,350.00", "元", "财政", "9月2日 10:05", DONE],
    ["资金管理制度", "区财政局", "已制定", "—", "财政", "9月2日 10:06", DONE],
    ["资金专用台账", "项目承建单位", "已建立", "—", "承建", "9月3日 08:55", DONE],
    ["项目总体进度", "区商务局", 88, "%", "商务", "9月6日 17:15", DONE],
    ["安全生产、质量事故或重大损失", "区商务局", "无", "—", "商务", "9月1日 10:25", DONE],
    ["弄虚作假", "区商务局", "无", "—", "商务", "9月1日 10:25", DONE]];
  T.forEach((t, j) => rows.push([j + 1, t[0], t[1], t[2], t[3], t[4] ? who[t[4]] : null, t[5], t[6]]));
  rows.push([]);
  rows.push([`填报进度：已填${T.filter((t) => t[6] !== TODO).length}项，待填${T.filter((t) => t[6] === TODO).length}项`]);
  merges.push(`A${rows.length}:H${rows.length}`);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研", "1-2", 1],
    ["网络促销活动", "1-2", 2], ["交易标准与冷链溯源", "1-2", "@局长 请定"], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 5]];
  const jRows = [["主观评分项自评（商务局内部，勿外传）"], ["评分项", "分值范围", "自评分", "填写人", "备注"]];
  J.forEach(([n, r, v]) => jRows.push([n, r, v, "林××（区商务局）", typeof v === "number" ? null : "冷链溯源系统9月才验收，待局长定分"]));
  return {
    description:
      "汕头龙湖区商务局在腾讯文档建的《考评数据共享填报表》导出成Excel（两个工作表）：第1行标题带📋，第2行⚠️说明“数据统一截至2021年8月31日”和导出时间；表头 序号｜填报事项｜责任单位｜填报内容｜单位｜填写人｜最后修改｜状态，状态是“✅ 已填／⏳ 待填／🔁 已更正”。读法：读“填报内容”配“单位”（常住人口59.32万人、网零亿元、下达500万元、累计拨付4,102,350.00元、进度88%）；“⏳ 待填”的三行填报内容还是模板占位的“请填写”（其他衍生增值服务、2019和2020年农产品网零额），没有填，不列；“🔁 已更正”那行读更正后的61.27亿元，不读原填60.8；组长“区委常委、常务副区长”是副职 → deputy；“最后修改”时间和导出时间不是截止日期；表尾填报进度行不是数据。第二个工作表是主观评分项自评，交易标准与冷链溯源写“@局长 请定”，未评，不列。",
    sheets: [{ name: "共享填报", rows, merges }, { name: "主观项自评", rows: jRows, merges: ["A1:E1"] }],
    expect: {
      facts: {
        county: "龙湖区", asOf: "2021-08-31", residentPopulation: 593200, adminVillagesStated: 9, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4865000000, ruralRetail2020: 6127000000,
        trainingPersonTimesStated: 5104, eligiblePoorPersonsStated: 38, trainedPoorPersonsStated: 29,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4102350, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// l1 — 广州花都区: 快递进村 statistics, station 巡查 log, 结业考核 register, 付款申请 list, a pivot, 填表须知
// =====================================================================================================
function buildL1() {
  const REGION = "440114";
  const TOWNS = [["赤坭镇", 13], ["炭步镇", 14]];
  const vName = nameMaker("瑞岭竹洞蓝石莘大乌横文鸭朗民社塘", ["田", "岗", "头", "湖", "边", "山", "洞", "布", "坑", "塱", "岭"], "村", ["赤坭", "炭步"]);
  const towns = TOWNS.map(([town, n]) => ({ town, vs: Array.from({ length: n }, () => vName()) }));
  const admin = towns.flatMap((t) => t.vs);
  assert(admin.every((v) => !/村村$/.test(v)) && new Set(admin).size === admin.length, "l1 names");
  const noExp = towns[1].vs[11];
  const renamed = towns[0].vs[4];
  const oldName = "旧" + renamed.slice(1);
  const WAYS = ["直投到村", "邮快合作", "快快合作", "驿站代收"];
  const vRows = [["花都区行政村快递服务通达情况统计表（赤坭镇、炭步镇）"], ["（区邮政管理局提供，统计至2021年8月）"],
    ["序号", "镇", "行政村", "通达方式", "服务网点", "2021年派件量（件）", null, null, "备注"],
    [null, null, null, null, null, "6月", "7月", "8月", null]];
  const vMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4"];
  const vRecs = [];
  let sq = 0;
  const tot = [0, 0, 0];
  for (const t of towns) {
    const r0 = vRows.length + 1;
    const sub = [0, 0, 0];
    t.vs.forEach((v, j) => {
      const none = v === noExp;
      const way = none ? "未通达" : WAYS[rint(0, WAYS.length - 1)];
      const shop = none ? "—" : way === "驿站代收" ? `${v.replace(/村$/, "")}菜鸟驿站` : way === "直投到村" ? "中国邮政村邮站" : `${v.replace(/村$/, "")}村电商服务站代收点`;
      const vol = none ? [null, null, null] : [rint(300, 2600), rint(300, 2600), rint(300, 2600)];
      vol.forEach((x, k) => (sub[k] += x || 0));
      const note = none ? "村民到镇上网点取件" : v === renamed ? `原名${oldName}，2021年4月更名` : null;
      vRows.push([++sq, j === 0 ? t.town : null, v, way, shop].concat(none ? ["—", "—", "—"] : vol, [note]));
      vRecs.push({ name: v, admin: true, poor: null, express: !none });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, `${t.town}小计`, `${t.vs.length}个村`, null, null].concat(sub, [null]));
    vMerges.push(`B${vRows.length}:C${vRows.length}`);
    sub.forEach((x, k) => (tot[k] += x));
  }
  vRows.push(["合计", null, `${admin.length}个村`, null, null].concat(tot, [null]));
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  assert(vRecs.length === 27 && vRecs.filter((r) => !r.express).length === 1, "l1 27 villages, one not reached");

  // ---------------- 站点巡查: one record per station, in order of first appearance
  const stV = shuffle(admin.filter((v) => v !== noExp)).slice(0, 12);
  const STN = stV.map((v, j) => ({ v, town: towns.find((t) => t.vs.includes(v)).town, name: `${v.replace(/村$/, "")}村电商服务站`, op: randIsoBetween("2020-08-10", "2021-06-30") }));
  STN.push({ v: stV[3], town: STN[3].town, name: `${stV[3].replace(/村$/, "")}村益农信息社电商服务点`, op: "2021-05-12" });
  STN.push({ v: stV[7], town: STN[7].town, name: `${stV[7].replace(/村$/, "")}村电商服务站`.replace("电商服务站", "农村淘宝服务站"), op: "2021-09-02" });
  const INS = [];
  const SIT = [["正常营业，台账齐全", null], ["站长外出，代班人员在岗", null], ["设备正常，代收代寄快递", null], ["招牌褪色", "更换招牌"], ["台账登记不全", "补齐7月以来代购代销台账"], ["正常营业", null]];
  for (const s of STN) {
    const n = s.op > "2021-08-31" ? 1 : rint(1, 3);
    const start = s.op < "2020-12-01" ? "2020-12-01" : isoAdd(s.op, 7);
    const ds = new Set();
    while (ds.size < n) ds.add(randIsoBetween(start, "2021-09-10"));
    for (const d of ds) INS.push({ s, d, sit: SIT[rint(0, SIT.length - 1)] });
  }
  INS.sort((a, b) => cmp(a.d, b.d));
  const sRows = [["花都区村级电商服务站点巡查记录表"], ["序号", "巡查日期", "镇", "站点名称", "所在村", "挂牌日期", "巡查情况", "整改要求", "巡查人"]];
  const sRecs = [];
  const seen = new Set();
  INS.forEach((x, j) => {
    const vill = j % 3 === 1 ? x.s.v.replace(/村$/, "") + "村委会" : x.s.v;
    sRows.push([j + 1, x.d, x.s.town, x.s.name, vill, dateCell(x.s.op, j), x.sit[0], x.sit[1], ["区商务局 黄××", "区商务局 邓××、邮政 何××", "镇农办 莫××"][j % 3]]);
    if (!seen.has(x.s)) {
      seen.add(x.s);
      sRecs.push({ village: x.s.v, opened: x.s.op });
    }
  });
  sRows.push(["注：挂牌日期按站点登记信息填写；同一站点多次巡查分行登记。"]);
  const sMerges = ["A1:I1", `A${sRows.length}:I${sRows.length}`];
  assert(sRecs.length === 14 && INS.length > 20 && sRecs.some((r) => r.opened === "2021-09-02"), "l1 14 stations in " + INS.length + " inspections");

  // ---------------- 结业考核成绩: classes merged, 缺考 rows
  const NEAR = [REGION, REGION, REGION, "440112", "440183"];
  const CLS = [["第一期　农村电商运营实务班", "2020-11-18", "2020-11-19", (a, b) => `${dotDate(a)}-${ymd(b)[2]}`, 12],
    ["第二期　直播带货技能班", "2021-03-09", "2021-03-11", (a, b) => `${cnDate(a)}—${ymd(b)[2]}日`, 12],
    ["第三期　农产品网店美工班", "2021-06-22", "2021-06-23", (a, b) => `${slashDate(a)}-${ymd(b)[2]}`, 11],
    ["第四期　电商客服与物流班", "2021-09-07", "2021-09-09", (a, b) => `${dotDate(a)}-${ymd(b)[2]}`, 8]];
  const tRows = [["花都区农村电商技能培训结业考核成绩登记表"],
    ["序号", "班次", "培训时间", "姓名", "性别", "身份证号", "理论（40分）", "实操（60分）", "总分", "考核结果", "备注"]];
  const tMerges = ["A1:K1"];
  const tRecs = [];
  let twice = null;
  let no = 0;
  CLS.forEach(([label, a, b, fmt, n], ci) => {
    const r0 = tRows.length + 1;
    for (let k = 0; k < n; k++) {
      let p;
      if (ci === 2 && k === 4) p = twice;
      else {
        const male = rnd() < 0.45;
        p = { name: personName(), male, id: makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1972, 2000), male, ci === 1 && k === 2 ? true : undefined) };
      }
      if (ci === 0 && k === 5) twice = p;
      const absent = (ci === 1 && k === 9) || (ci === 2 && k === 7);
      let idCell = p.id;
      if (ci === 1 && k === 2) idCell = p.id.slice(0, 17) + "x";
      if (ci === 0 && k === 8) idCell = spacedId(p.id);
      if (absent) {
        tRows.push([++no, k === 0 ? label : null, k === 0 ? fmt(a, b) : null, p.name, p.male ? "男" : "女", idCell, "—", "—", "—", "缺考", "报名未到"]);
      } else {
        const th = rint(20, 39);
        const pr = rint(28, 58);
        tRows.push([++no, k === 0 ? label : null, k === 0 ? fmt(a, b) : null, p.name, p.male ? "男" : "女", idCell, th, pr, th + pr, th + pr >= 60 ? "合格" : "不合格", p === twice && ci === 2 ? "第一期学员，再次参训" : null]);
        tRecs.push({ date: b, personTimes: 1, id: p.id });
      }
    }
    mergeCol(tMerges, "B", r0, tRows.length);
    mergeCol(tMerges, "C", r0, tRows.length);
  });
  tRows.push(["注：培训时间为开班至结业日期；缺考学员未参加培训。"]);
  tMerges.push(`A${tRows.length}:K${tRows.length}`);
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === 41 && tRecs.filter((r) => r.id === twice.id).length === 2 && tRows.some((r) => r[9] === "不合格"), "l1 41 trainees " + tRecs.length);

  // ---------------- 付款申请: only paid rows, 实付 amount
  const PAY = [
    ["2020-09-10", "县级电子商务公共服务中心建设首期款", "广州花都电商运营服务有限公司", 600000, "已支付", "2020-09-22", 600000, null],
    ["2020-10-15", "村级电商服务站点建设首期款", "中国邮政集团有限公司广州市花都区分公司", 450000, "已支付", "2020-10-28", 450000, null],
    ["2020-12-01", "农村电商培训服务费（第一期）", "广州市花都区职业培训学校", 126000, "已驳回", null, null, "附件不全，退回重报"],
    ["2020-12-14", "农村电商培训服务费（第一期）（重报）", "广州市花都区职业培训学校", 126000, "已支付", "2020-12-25", 126000, null],
    ["2021-01-18", "农村物流配送体系建设首期款", "广州花都速运物流有限公司", 300000, "已支付", "2021-02-03", 300000, null],
    ["2021-03-08", "农产品品牌推广服务费", "广州花都禾田品牌策划有限公司", 215000, "已支付", "2021-03-19", 215000, null],
    ["2021-04-12", "县级电子商务公共服务中心建设进度款", "广州花都电商运营服务有限公司", 500000, "已支付", "2021-04-27", 500000, null],
    ["2021-05-20", "村级电商服务站点建设尾款", "中国邮政集团有限公司广州市花都区分公司", 380000, "已支付（扣留质保金5%）", "2021-06-04", 361000, "质保金19,000元验收满一年后支付"],
    ["2021-06-21", "冷链及溯源系统建设首期款", "广州花都鲜链科技有限公司", 240000, "已支付", "2021-07-02", 240000, null],
    ["2021-07-26", "农村电商培训服务费（第二期）", "广州市花都区职业培训学校", 168500, "已支付", "2021-08-09", 168500, null],
    ["2021-08-23", "公共信息服务平台建设款", "广州花都数联信息技术有限公司", 270000, "已支付", "2021-09-06", 270000, null],
    ["2021-08-30", "农村物流配送体系建设尾款", "广州花都速运物流有限公司", 200000, "审批中", null, null, "待区财政局审核"],
    ["2021-09-13", "县级电子商务公共服务中心运营服务费", "广州花都电商运营服务有限公司", 150000, "审批中", null, null, null]];
  const fRows = [["花都区电子商务进农村综合示范项目付款申请及支付情况登记"], ["（区商务局财务室，登记至2021年9月15日）"],
    ["序号", "申请日期", "申请事项", "收款单位", "申请金额（元）", "审批状态", "实际支付日期", "实付金额（元）", "备注"]];
  const fRecs = [];
  PAY.forEach((p, j) => {
    fRows.push([j + 1, j % 2 ? D(p[0]) : p[0], p[1], p[2], j % 3 === 1 ? fmtMoney(p[3]) : p[3], p[4], p[5] ? (j % 2 ? p[5] : D(p[5])) : "—", p[6] === null ? "—" : j % 3 === 2 ? fmtMoney(p[6]) : p[6], p[7]]);
    if (p[5]) fRecs.push({ date: p[5], amount: p[6] });
  });
  fRows.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null, null, sum(PAY.map((p) => p[6] || 0)), null]);
  const fMerges = ["A1:I1", "A2:I2", `A${fRows.length}:D${fRows.length}`];
  assert(fRecs.length === 10 && sum(fRecs.map((r) => r.amount)) === 3230500, "l1 10 payments " + sum(fRecs.map((r) => r.amount)));

  // ---------------- Sheet2: a leftover pivot of the payments
  const byPayee = new Map();
  for (const p of PAY) if (p[6]) byPayee.set(p[2], (byPayee.get(p[2]) || 0) + p[6]);
  const pv = [["求和项:实付金额（元）", null], ["行标签", "汇总"]];
  for (const [k, v] of byPayee) pv.push([k, v]);
  pv.push(["总计", sum([...byPayee.values()])]);
  const notes = [["填表须知", null, null, null], ["1．快递进村情况由区邮政管理局按月统计，派件量为参考数。"], ["2．站点巡查每季度不少于一次，挂牌日期按站点登记信息填写。"],
    ["3．培训考核成绩由培训机构填报，缺考学员不计入培训人次。"], ["4．付款以财政国库实际支付为准。"], ["花都区商务局电商科　2021年9月"]];
  return {
    description:
      "广州花都区商务局电商科的台账（六个表）。“填表须知”和“Sheet2”（付款的数据透视表残留：求和项:实付金额、行标签、总计）不是台账。“快递进村”是区邮政管理局的《行政村快递服务通达情况统计表》（赤坭、炭步两镇，只有行政村）：通达方式 直投到村／邮快合作／快快合作／驿站代收 都是通达，一村“未通达”（派件量“—”）；6、7、8月派件量在合并表头“2021年派件量（件）”下，是件数不是日期；每镇小计行和合计行不是村；一村备注“原名…，2021年4月更名”，村名取现名；没有贫困村栏。“站点巡查”是巡查记录，一次巡查一行、按巡查日期排，同一站点出现一至三次：一个站点一条记录，按首次出现的顺序，建成日期读“挂牌日期”（每行都写，写法不一：真日期、Excel序列号、“2021年3月5日”“2021.3.5”“2021/3/5”“2021-3-5”），不读巡查日期；两个村各有第二个站点（名称不同，各一条），一个9月2日挂牌的照列。“结业考核”一行一名学员，班次、培训时间纵向合并，培训时间是起止（“2020.11.18-19”“2021年3月9日—11日”“2021/6/22-23”“2021.9.7-9”），读结业那天；“缺考（报名未到）”两行不是学员；不合格的照样是参训；一人参加第一、三期（两条）；一个身份证号中间有空格、一个末位小写x；第四期在9月照列。“付款申请”只有有“实际支付日期”的行是拨付，日期取实际支付日期（不是申请日期），金额取“实付金额”（扣留质保金的那笔是361,000元，不是申请的380,000元）；已驳回、审批中和合计行不是记录；9月6日支付的照列；金额有数字和千分位文本。",
    sheets: [
      { name: "填表须知", rows: notes, merges: ["A1:D1"] },
      { name: "快递进村", rows: vRows, merges: vMerges },
      { name: "站点巡查", rows: sRows, merges: sMerges },
      { name: "结业考核", rows: tRows, merges: tMerges },
      { name: "付款申请", rows: fRows, merges: fMerges },
      { name: "Sheet2", rows: pv },
    ],
    expect: {
      sheets: {
        "填表须知": { kind: null },
        "快递进村": { kind: "villages", records: vRecs },
        "站点巡查": { kind: "stations", records: sRecs },
        "结业考核": { kind: "training", records: tRecs },
        "付款申请": { kind: "funds", records: fRecs },
        "Sheet2": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江麻章区: members side by side, 公文交换 send log, CMS article export, two-row firms, cover
// =====================================================================================================
function buildL2() {
  const REGION = "440811";
  const TOWNS = ["湖光镇", "太平镇", "麻章镇"];
  const vName = nameMaker("旧新东西南北大上下山岭调", ["埠", "塘", "坡", "园", "仔", "坑", "头", "港", "田"], "村", ["湖光", "太平", "麻章"]);
  const villages = Array.from({ length: 10 }, () => vName());
  // ---------------- 脱贫户家庭成员: members side by side, a household of six continues on the next row
  const LAB = { 普通劳动力: true, 技能劳动力: true, 无劳动力: false, 丧失劳动力: false };
  const MIG = { 省外务工: true, 县外省内务工: true, 县内务工: false, 乡镇内务工: false, 在家务农: false, "—": null };
  // [劳动技能, 务工状况] per member
  const HH = [
    [["普通劳动力", "在家务农"], ["普通劳动力", "县内务工"], ["无劳动力", "—"]],
    [["技能劳动力", "省外务工"], ["普通劳动力", "在家务农"], ["无劳动力", "—"], ["无劳动力", "—"]],
    [["丧失劳动力", "—"], ["普通劳动力", "乡镇内务工"]],
    [["普通劳动力", "县外省内务工"], ["普通劳动力", "县外省内务工"], ["普通劳动力", "在家务农"], ["无劳动力", "—"], ["无劳动力", "—"], ["丧失劳动力", "—"]],
    [["普通劳动力", "县内务工"]],
    [["普通劳动力", "在家务农"], ["技能劳动力", "县内务工"], ["无劳动力", "—"], ["无劳动力", "—"]],
    [["丧失劳动力", "—"], ["无劳动力", "—"]],
    [["普通劳动力", "省外务工"], ["普通劳动力", "乡镇内务工"], ["无劳动力", "—"]],
    [["技能劳动力", "县内务工"], ["普通劳动力", "在家务农"], ["普通劳动力", "县外省内务工"], ["无劳动力", "—"]],
    [["普通劳动力", "在家务农"], ["丧失劳动力", "—"]],
    [["普通劳动力", "乡镇内务工"], ["普通劳动力", "在家务农"], ["无劳动力", "—"]],
  ];
  const W = 4 + 16;
  const pRows = [["麻章区脱贫户家庭成员情况表"], ["（区乡村振兴局提供，2021年6月；家庭成员超过4人的在下一行续填，户编号栏写“（续）”）"],
    ["户编号", "镇", "村", "家庭人口"].concat(...[1, 2, 3, 4].map((k) => [`成员${k}`, null, null, null])),
    [null, null, null, null].concat(...[1, 2, 3, 4].map(() => ["姓名", "身份证号", "劳动技能", "务工状况"]))];
  const pMerges = ["A1:T1", "A2:T2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:H3", "I3:L3", "M3:P3", "Q3:T3"];
  const pRecs = [];
  let xDone = false;
  HH.forEach((hh, h) => {
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const headAge = hh[0][0] === "丧失劳动力" ? rint(66, 80) : rint(40, 58);
    const usedNames = new Set();
    const mem = hh.map(([lab, mig], j) => {
      let age;
      if (j === 0) age = headAge;
      else if (LAB[lab]) age = j === 1 ? Math.max(25, headAge - rint(0, 5)) : rint(18, Math.max(19, headAge - 20));
      else age = lab === "丧失劳动力" ? rint(70, 88) : rint(5, 16);
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      const birth = randIsoBetween(`${2021 - age - 1}-07-01`, `${2021 - age}-06-30`);
      const wantX = !xDone && LAB[lab] && mig === "在家务农" ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xDone = true;
      pRecs.push({ id, labour: LAB[lab], migrant: MIG[mig] });
      let nm;
      do nm = j === 0 ? personName(sn) : j === 1 && LAB[lab] ? personName() : personName(sn);
      while (usedNames.has(nm));
      usedNames.add(nm);
      return [nm, id, lab, mig];
    });
    const code = `4408110${String(h + 1).padStart(3, "0")}`;
    for (let i = 0; i < mem.length; i += 4) {
      const part = mem.slice(i, i + 4);
      const cells = i === 0 ? [code, TOWNS[h % 3], villages[h % villages.length], hh.length] : ["（续）", null, null, null];
      for (let k = 0; k < 4; k++) cells.push(...(part[k] || [null, null, null, null]));
      pRows.push(cells);
    }
  });
  pRows.push(["说明：劳动技能为普通劳动力、技能劳动力的为有劳动能力；务工状况为县外省内务工、省外务工的为外出务工（县指麻章区），“—”为不适用。"]);
  pMerges.push(`A${pRows.length}:T${pRows.length}`);
  assert(pRows[3].length === W && pRows[4].length === W, "l2 20 columns");
  assert(pRecs.length === 34 && pRecs.filter((r) => r.labour && r.migrant === false).length === 14 && pRecs.filter((r) => r.migrant).length === 5, "l2 34 persons, 14 eligible, 5 migrants " + pRecs.filter((r) => r.labour && r.migrant === false).length);
  assert(xDone && pRows.some((r) => r[0] === "（续）"), "l2 an X id, a continued household");

  // ---------------- 公文交换 send log: only to 湛江市商务局; the date sent
  const DOCS = [];
  const CITY = "湛江市商务局";
  for (const m of monthsBetween("2020-09", "2021-09")) {
    if (m === "2021-05") continue;
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    let iso = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    let t = hms();
    let signIso = iso;
    let signT = "";
    if (m === "2021-08") {
      iso = "2021-08-31";
      t = "21:40:16";
      signIso = "2021-09-01";
    }
    const pov = m >= "2020-12";
    signT = m === "2021-08" ? "08:36:02" : null;
    if (!signT) {
      // signed the next working morning, or later the same day
      if (rnd() < 0.4) {
        signIso = isoAdd(iso, 1);
        signT = `0${rint(8, 9)}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
      } else {
        t = `${String(rint(9, 11)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
        signT = `${String(rint(14, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
      }
    }
    DOCS.push({ iso, t, title: `麻章区商务局关于报送${m === "2021-08" ? "2021年7月及8月上旬" : cnMonth(prev)}电子商务进农村综合示范工作情况的函${pov ? "（含电商扶贫统计）" : ""}`, to: CITY, sign: `${signIso} ${signT}`, rep: true, pov });
  }
  DOCS.push({ iso: "2021-01-22", t: "15:20:31", title: "麻章区电子商务进农村综合示范项目中期评估报告", to: "湛江市商务局、湛江市财政局", sign: "2021-01-25 09:12:40", rep: true, pov: false });
  DOCS.push({ iso: "2020-10-19", t: "16:02:44", title: "关于申请拨付电子商务进农村综合示范项目资金的函", to: "麻章区财政局", sign: "2020-10-20 10:05:11", rep: false });
  DOCS.push({ iso: "2021-03-15", t: "17:35:09", title: "关于开展村级电商服务站点年度核查的通知", to: "湖光镇、太平镇、麻章镇人民政府", sign: "2021-03-16 08:47:30", rep: false });
  DOCS.push({ iso: "2021-05-28", t: "10:11:52", title: "关于报送5月电商培训计划的通知", to: "麻章区职业技术学校", sign: "2021-05-28 16:20:05", rep: false });
  DOCS.sort((a, b) => cmp(a.iso + a.t, b.iso + b.t));
  const dRows = [["公文交换系统——发送记录查询"], ["发送单位：湛江市麻章区商务局　　查询时段：2020-09-01至2021-09-30　　查询时间：2021-09-30 10:02:55"],
    ["序号", "发送时间", "文件标题", "文号", "接收单位", "签收状态", "签收时间"]];
  const rRecs = [];
  let wen = 30;
  DOCS.forEach((d, j) => {
    wen += rint(2, 8);
    dRows.push([j + 1, `${d.iso} ${d.t}`, d.title, `麻商${d.rep ? "函" : "字"}〔${d.iso.slice(0, 4)}〕${wen}号`, d.to, "已签收", d.sign]);
    if (d.rep) rRecs.push({ date: d.iso, poverty: d.pov });
  });
  dRows.push(["注：标题注明“含电商扶贫统计”的附《电商扶贫情况统计表》，未注明的未附。"]);
  const dMerges = ["A1:G1", "A2:G2", `A${dRows.length}:G${dRows.length}`];
  const repM = new Set(rRecs.filter((r) => r.date <= "2021-08-31").map((r) => ym(r.date)));
  assert(rRecs.length === 13 && WINDOW.filter((w) => !repM.has(w)).join() === "2021-05", "l2 13 reports, none in May 2021");
  assert(DOCS.some((d) => d.iso === "2021-08-31" && d.sign.startsWith("2021-09-01")), "l2 sent 8月31日, signed 9月1日");

  // ---------------- 专栏文章: CMS export
  const COL = "电子商务进农村综合示范";
  const ART = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const d = `${m}-${String(rint(8, 26)).padStart(2, "0")}`;
    ART.push({ title: `麻章区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`, col: COL, created: isoAdd(d, -rint(1, 4)), pub: d, st: "已发布" });
  }
  ART[4].st = "已下线";
  ART[4].note = true;
  ART.push({ title: "麻章区村级电子商务服务站点名单公示", col: COL, created: "2021-03-02", pub: "2021-03-05", st: "已发布" });
  ART.push({ title: "麻章区电子商务进农村综合示范项目建设进度（2021年8月）", col: COL, created: "2021-09-02", pub: "2021-09-06", st: "待发布（定时）" });
  ART.push({ title: "麻章区电子商务进农村综合示范工作总结（征求意见稿）", col: COL, created: "2021-08-27", pub: null, st: "草稿" });
  ART.push({ title: "区商务局召开电商进农村示范创建推进会", col: "工作动态", created: "2021-04-13", pub: "2021-04-14", st: "已发布" });
  ART.push({ title: "麻章区开展“618”农产品网络促销活动", col: "工作动态", created: "2021-06-16", pub: "2021-06-18", st: "已发布" });
  ART.sort((a, b) => cmp(b.created, a.created));
  const aRows = [["内容管理系统　文章列表导出"], ["站点：湛江市麻章区人民政府门户网站　　栏目：全部　　导出时间：2021-09-03 15:12:08"],
    ["文章ID", "标题", "所属栏目", "创建时间", "发布时间", "状态", "浏览量", "发布人"]];
  const uRecs = [];
  let aid = 58210;
  ART.forEach((a, j) => {
    aid += rint(3, 60);
    const scheduled = a.st.startsWith("待发布");
    aRows.push([aid, a.title, a.col, `${a.created} ${hms()}`, a.pub ? `${a.pub} ${scheduled ? "09:00:00" : hms()}` : null, a.st, a.pub && !scheduled ? rint(40, 900) : 0, "mzswj"]);
    if (a.col === COL && (a.st === "已发布" || a.st === "已下线")) uRecs.push({ date: a.pub });
  });
  assert(uRecs.length === 14 && aRows.some((r) => r[5] === "已下线"), "l2 14 column updates " + uRecs.length);

  // ---------------- 入驻企业: two rows per firm
  const FIRMS = [["湛江麻章湾区优品电子商务有限公司", "平台型"], ["湛江市麻章区湖光菠萝网店", "销售型"], ["湛江市麻章区太平鲜虾电子商务商行", "销售型"],
    ["湛江麻章云港电商运营有限公司", "电商运营商"], ["湛江市麻章区邮政快递揽投部", "物流企业"], ["湛江麻章南海直播传媒有限公司", "直播机构"],
    ["湛江麻章良品包装设计工作室", "设计服务"], ["湛江麻章乡村优选社区团购服务部", "销售型"], ["湛江麻章鲜达冷链仓储有限公司", "物流企业"],
    ["湛江麻章红土地农品电子商务有限公司", "销售型"], ["湛江麻章金港跨境电子商务有限公司", "平台型"], ["湛江麻章嘉禾电商代运营工作室", "电商运营商"]]
    .map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-08-20"), left: null }));
  FIRMS[2].iso = "2020-08-06";
  FIRMS[2].left = "2021-04-30";
  FIRMS[11].iso = "2021-09-10";
  const eRows = [["麻章区电子商务产业园入驻企业登记表"], ["序号", "企业名称", "统一社会信用代码", "企业类型"], [null, "入驻日期", "退出日期", "房号"]];
  const eMerges = ["A1:D1", "A2:A3"];
  const eRecs = [];
  FIRMS.forEach((f, j) => {
    eRows.push([j + 1, f.n, f.code, f.t]);
    eRows.push([null, j % 3 === 0 ? D(f.iso) : j % 3 === 1 ? cnDate(f.iso) : dotDate(f.iso), f.left ? cnDate(f.left) : "—", `${j < 6 ? "A" : "B"}${rint(1, 3)}0${rint(1, 9)}`]);
    eMerges.push(`A${eRows.length - 1}:A${eRows.length}`);
    eRecs.push({ name: f.n, type: f.t, entered: f.iso, left: f.left });
  });
  eRows.push(["注：每家企业占两行，第一行为名称、信用代码、类型，第二行为入驻日期、退出日期、房号。"]);
  eMerges.push(`A${eRows.length}:D${eRows.length}`);

  const cover = [["麻章区电子商务进农村综合示范台账（第三册）", null, null, null], ["一、脱贫户家庭成员　二、公文交换发送记录　三、专栏文章　四、入驻企业"], ["湛江市麻章区商务局　2021年9月"]];
  return {
    description:
      "湛江麻章区商务局台账第三册（封面加四个表，封面不是台账）。“脱贫户家庭成员”一户一行、成员横排：户编号｜镇｜村｜家庭人口之后是成员1—成员4四组（姓名｜身份证号｜劳动技能｜务工状况），两行表头（组名合并）；超过4人的户在下一行续填（户编号写“（续）”，成员5、6在成员1、2两组）；一人一条记录，按行、从左到右；劳动技能 普通／技能劳动力 是有劳动能力，无劳动力／丧失劳动力 不是；务工状况 县外省内务工、省外务工 是外出务工，县内务工、乡镇内务工、在家务农 不是，“—”不适用（null）；一人身份证末位X。“公文交换”是公文交换系统发送记录查询：只有接收单位是湛江市商务局的是报送（月报和一份发给市商务局、市财政局的中期评估报告），发给区财政局、各镇、职校的不是；日期读“发送时间”（8月31日21:40发出、9月1日签收的是8月31日），不读签收时间；标题带“（含电商扶贫统计）”的含扶贫统计，其余为否（表尾注）；2021年5月没有报送，9月的照列。“专栏文章”是网站内容管理系统文章列表导出（按创建时间倒序）：只有所属栏目为“电子商务进农村综合示范”、状态“已发布”或“已下线”（发过再撤下）的是专栏更新，日期读发布时间不读创建时间；“草稿”“待发布（定时）”的没有发布，“工作动态”栏目的不是专栏。“入驻企业”每家占两行（第一行名称｜信用代码｜类型，第二行入驻日期｜退出日期｜房号，序号纵向合并，表头也是两行）；一家2021年4月30日退出，一家9月10日入驻。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:D1", "A2:D2", "A3:D3"] },
      { name: "脱贫户家庭成员", rows: pRows, merges: pMerges },
      { name: "公文交换", rows: dRows, merges: dMerges },
      { name: "专栏文章", rows: aRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: eMerges },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫户家庭成员": { kind: "poorPersons", records: pRecs },
        "公文交换": { kind: "reports", records: rRecs },
        "专栏文章": { kind: "disclosures", records: uRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
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
write("counties", "b171-c1-huiyang.json", c1);
write("facts", "b171-f1-duanzhou.json", f1);
write("facts", "b171-f2-jinping.json", f2);
write("facts", "b171-f3-longhu.json", f3);
write("ledgers", "b171-l1-huadu.json", l1);
write("ledgers", "b171-l2-mazhang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
