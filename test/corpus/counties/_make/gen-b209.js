// Batch 209 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b204.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (209209), no clock. Run: node test/corpus/_b209/gen-b209.js
//
// c1 东源县 (河源): 255 行政村 (base capped at 200): 《行政村及站点覆盖》 is one row per 村（居）委会 with 是否建站 已建/在建/未建,
//    a second station of a village on a continuation row (村 merged), 镇 小计 rows, 152/200 = 76% (152/255 would be 59.6%);
//    《基本情况》 label|value + a 领导小组成员名单 sub-table + 主观分 grid; training = two stacked yearly session tables (人次) PLUS a
//    separate 脱贫户专场签到 (sign-in rows not in the session table: 3,150 + 52 = 3,202 → 0.8%); 园区 签约日期 ≠ 入驻日期; 万元 funds.
// f1 白云区 (广州): 《部门确认单》 — nine stacked mini-forms (事项｜区商务局报送内容｜确认意见 ☑属实/☑不属实｜说明｜确认单位｜日期);
//    where the confirming department says 不属实/部分属实 its 说明 replaces the bureau's figure (常住 366.8万 → 3,740,160; 参训 112人次
//    → 97人; 美工收费 → centerPhoto false).
// f2 南海区 (佛山): 《重点任务推进表》 — 工作任务 merged groups, 时间节点 计划|实际 under one merged header, 状态 ●/◐/○ with the legend
//    in row 2, facts in 完成情况; 计划 values (5,000人次, 70%) are targets; 牵头区领导 column shows 副区长s but the group is led by 区长.
// f3 江海区 (江门): 《自评计分表》 typed into text-formatted columns: values and points kept as formula text (“=1862+2147”,
//    “=2+2+2+1+1+1+1+2+2+1”, 合计 “=SUM(D40:D54)”), a 区委常委、常务副区长 as 组长 (deputy), growth written as “增速=(a-b)/b=x%”.
// l1 香洲区 (珠海): 《村居名录》 with 区划调整 (two villages merged into a new one, one 撤村改居; 已撤销 rows are not records);
//    《站点标注导出》 from a map platform, layers mixed, the station's village and 挂牌日期 only inside a JSON 属性 string (创建时间 is
//    not opening); 《培训课表》 a class-hour timetable with 期次 and 学员人数 merged over each 期's rows; 宣传报道 央媒/省媒/市媒/区媒;
//    说明 and a hidden 字典.
// l2 赤坎区 (湛江): 封面; 脱贫人口 with numeric 劳动能力/务工状况 codes and a legend; 园区租赁合同 (renewals are second rows,
//    租赁终止日 ≠ 退租, 实际退租日 decides); 资金支付审批单 stacked forms (大写/小写, 申请/审批/支付 dates, one unpaid form);
//    专栏网页 copied list with 置顶, “[2021-08-06]” dates and pager lines; 月报 by 文号 with 成文日期 ≠ 发送时间.
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
let seed = 209209;
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
    assert(/^b209-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b209-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b209-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 河源市东源县: 基本情况 + 自评汇总 + ten ledgers + 目录
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441625";
  const POP = 398600;
  const TOWNS = [["仙塘镇", 16, 3], ["灯塔镇", 18, 1], ["骆湖镇", 12, 1], ["船塘镇", 19, 1], ["顺天镇", 17, 1], ["上莞镇", 11, 1], ["曾田镇", 13, 1],
    ["柳城镇", 12, 1], ["义合镇", 13, 1], ["蓝口镇", 17, 1], ["黄田镇", 11, 1], ["叶潭镇", 12, 1], ["黄村镇", 9, 1], ["康禾镇", 12, 1], ["锡场镇", 8, 1],
    ["新港镇", 10, 1], ["双江镇", 11, 1], ["涧头镇", 10, 1], ["新回龙镇", 9, 1], ["半江镇", 8, 1], ["漳溪畲族乡", 7, 0]];
  const prefixes = TOWNS.map((t) => t[0].slice(0, 2));
  const vName = nameMaker("东西南北上下大小新旧石黄白青龙凤马鹤竹桃李杨梅高长平安和群联", ["坑", "岭", "洞", "田", "坪", "塘", "岗", "坝", "围", "湖", "溪", "头", "背", "坳", "口", "寨", "楼", "铺", "径", "陂", "垅", "湾", "沥", "园"], "村", prefixes);
  const cName = nameMaker("城华兴富康金锦", ["苑", "景", "城", "丰", "庭", "都"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 255 && comms.length === 22, "c1 255 villages + 22 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const mixed = shuffle(admin);
  const poor = mixed.slice(0, 48);
  const poorSet = new Set(poor);
  const poorSept = poor[47];
  const nonPoor = mixed.slice(48);
  const covNonPoor = nonPoor.slice(0, 105);
  const septNonPoor = nonPoor[105];
  const building = new Set(nonPoor.slice(106, 109));
  // stations: village -> [{op, cell}]
  const ST = new Map();
  for (const v of poor.slice(0, 47).concat(covNonPoor)) ST.set(v, [{ op: randIsoBetween("2020-05-20", "2021-08-28") }]);
  const covered = poor.slice(0, 47).concat(covNonPoor);
  ST.get(covNonPoor[3])[0] = { op: CUT, cell: "2021.8.31" };
  ST.get(covNonPoor[11])[0] = { op: "2021-04", cell: "2021年4月" };
  ST.get(poor[5])[0] = { op: "2020-12", cell: "2020年12月" };
  ST.get(covNonPoor[20])[0] = { op: "2021-08", cell: "2021年8月" };
  for (const v of [covNonPoor[30], covNonPoor[41], poor[9]]) ST.get(v).push({ op: randIsoBetween("2021-01-10", "2021-08-20"), second: true });
  ST.get(covNonPoor[41])[1] = { op: "2021-09-13", cell: "2021.9.13", second: true };
  ST.set(poorSept, [{ op: "2021-09-06", cell: "2021.9.6" }]);
  ST.set(septNonPoor, [{ op: "2021-09-17", cell: "2021年9月17日" }]);
  const commSt = [towns[0].cs[0], towns[0].cs[2], towns[3].cs[0], towns[9].cs[0]];
  for (const c of commSt) ST.set(c, [{ op: randIsoBetween("2020-08-01", "2021-07-30") }]);
  const adminSet = new Set(admin);
  const covSet = new Set([...ST.entries()].filter(([v, a]) => adminSet.has(v) && a.some((s) => openedBy(s.op, CUT))).map(([v]) => v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 152 && covered.every((v) => covSet.has(v)), "c1 152 covered");
  assert(ratioGE(152, 200, 70) && !ratioGE(152, 255, 70) && ratioGE(152, 255, 50), "c1 cap decides");
  assert(covPoor.length === 47 && ratioGE(47, 48, 80), "c1 poor 47/48");

  // ---------------- 行政村及站点覆盖
  const vRows = [["东源县行政村（社区）电商服务站点覆盖情况表"],
    ["填报单位：东源县商务局　　　更新日期：2021年9月18日　　　村（居）委会名单以县民政局2021年村（居）委会名册为准"],
    ["序号", "镇（乡）", "村（居）委会", "类别", "省定贫困村", "站点建设情况", null, null, "快递进村", "备注"],
    [null, null, null, null, null, "是否建站", "站点名称", "挂牌时间", null, null]];
  const vMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "J3:J4"];
  let seq = 0;
  let jj = 0;
  let builtAll = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    let built = 0;
    for (const v of x.vs.concat(x.cs)) {
      seq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${short(v)}社区居委会` : [`${short(v)}村委会`, `${short(v)}村民委员会`, v][seq % 3];
      const sts = ST.get(v);
      const status = building.has(v) ? "在建" : sts ? "已建" : "未建";
      if (sts && !isC) built++;
      const rs = vRows.length + 1;
      const stName = (s) => `东源县${short(v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`;
      const stDate = (s) => (s.cell ? s.cell : dateCell(s.op, jj++));
      const note = building.has(v) ? "主体装修中，计划2021年10月挂牌" : sts && sts[0].op > CUT ? "9月挂牌" : poorSet.has(v) && sts ? "贫困村站点" : null;
      vRows.push([seq, null, nm, isC ? "居委会" : "村委会", poorSet.has(v) ? "是" : null, status, sts ? stName(sts[0]) : null, sts ? stDate(sts[0]) : null, "√", note]);
      if (sts && sts.length === 2) {
        vRows.push([null, null, null, null, null, "已建", stName(sts[1]), stDate(sts[1]), null, sts[1].op > CUT ? "同村第二个站点，9月挂牌" : "同村第二个站点"]);
        for (const c of ["A", "C", "D", "E", "I"]) mergeCol(vMerges, c, rs, rs + 1);
      }
    }
    vRows[r0 - 1][1] = x.t;
    mergeCol(vMerges, "B", r0, vRows.length);
    builtAll += built;
    vRows.push([null, "小计", `行政村${x.vs.length}个、社区${x.cs.length}个`, null, `${x.vs.filter((v) => poorSet.has(v)).length}个`, `已建站行政村${built}个`, null, null, null, null]);
  }
  vRows.push(["合计", null, `行政村${admin.length}个、社区${comms.length}个`, null, `${poor.length}个`, `已建站行政村${builtAll}个`, null, null, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  for (const t of ["注：1．类别为“村委会”的是行政村，“居委会”为社区，社区不计入行政村覆盖率。",
    "2．挂牌时间为站点正式挂牌运营时间；“在建”站点尚未挂牌；一村两站的，第二个站点另起一行。",
    "3．快递进村由县邮政管理部门2021年8月核实，“√”为村内设有快递服务点。"]) {
    vRows.push([t]);
    vMerges.push(`A${vRows.length}:J${vRows.length}`);
  }
  for (const r of vRows) padRow(r, 10);
  assert(builtAll === 154, "c1 built incl. Sept " + builtAll);

  // ---------------- 培训台账: two yearly tables of sessions (人次)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄剪辑", "农产品品牌与包装", "电商客服与物流", "社群团购运营", "板栗、茶叶电商营销", "创业青年电商提升班"];
  const PLACES = ["县电子商务公共服务中心", "县职业技术学校", "仙塘镇党群服务中心", "船塘镇党群服务中心", "蓝口镇党群服务中心", "义合镇党群服务中心", "灯塔镇党群服务中心"];
  const sess = [];
  let d = "2020-06-16";
  while (d <= "2021-08-24") {
    if (d >= "2020-10-01" && d <= "2020-10-08") d = "2020-10-12";
    if (d >= "2021-02-08" && d <= "2021-02-21") d = "2021-02-24";
    const k = sess.length;
    const online = k % 7 === 4;
    sess.push({ start: d, end: k === 8 ? isoAdd(d, 1) : d, topic: TOPICS[k % TOPICS.length], place: online ? "线上（直播间）" : PLACES[k % PLACES.length], mode: online ? "线上直播" : "线下", n: online ? rint(160, 240) : rint(70, 150) });
    d = isoAdd(d, rint(15, 19));
  }
  const target = 3150;
  let diff = target - sum(sess.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % sess.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 6);
    if (sess[j].n + st < 50 || sess[j].n + st > 260) continue;
    sess[j].n += st;
    diff -= st;
  }
  const septS = { start: "2021-09-08", end: "2021-09-08", topic: "迎检电商知识普及", place: "县电子商务公共服务中心", mode: "线下", n: 168 };
  const mainCut = sum(sess.filter((s) => s.end <= CUT).map((s) => s.n));
  assert(mainCut === 3150 && sess.every((s) => s.end <= CUT), "c1 main 3150");
  const tRows = [["东源县农村电子商务培训台账"], ["单位：人次　　　说明：一期一行，参训人次按签到表统计；线上直播按实名报名签到人数计。"]];
  const tMerges = ["A1:G1", "A2:G2"];
  const tHead = ["序号", "培训日期", "培训主题", "培训地点", "形式", "参训人次", "备注"];
  const yearTable = (label, list, withSept) => {
    tRows.push([label]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push(tHead.slice());
    list.forEach((s, i) => {
      const j = sess.indexOf(s);
      const dc = s === septS ? "2021.9.8" : s.end !== s.start ? rangeText(s.start, s.end, "dot") : dateCell(s.start, j + 1);
      const nc = j % 6 === 2 ? `${s.n}人次` : j % 9 === 5 ? fwDigits(String(s.n)) : s.n;
      tRows.push([i + 1, dc, s.topic, s.place, s.mode, nc, s.end !== s.start ? "两天班，按结业日登记" : s === septS ? "9月开班" : null]);
    });
    tRows.push([`${label.replace(/^[一二]、/, "").replace(/培训$/, "")}小计`, null, null, null, null, sum(list.map((s) => s.n)), withSept ? "含9月一期" : null]);
    tMerges.push(`A${tRows.length}:E${tRows.length}`);
    tRows.push([null, null, null, null, null, null, null]);
  };
  yearTable("一、2020年度培训", sess.filter((s) => s.start < "2021-01-01"), false);
  yearTable("二、2021年度培训", sess.filter((s) => s.start >= "2021-01-01").concat([septS]), true);
  const allMain = sum(sess.map((s) => s.n)) + septS.n;
  tRows.push(["合计", null, null, null, null, allMain, "含9月一期"]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  tRows.push(["注：脱贫户电商技能专场（共4期）按人签到，见《脱贫户专场签到》，其人次未计入本表。"]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  for (const r of tRows) padRow(r, 7);

  // ---------------- 脱贫人口 (80) and 专场签到
  const plan = shuffle([].concat(Array(56).fill("E"), Array(14).fill("M"), Array(10).fill("N")));
  let xGiven = 0;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1935, 1955) : birthBetween(1966, 2002);
    const wantX = c === "E" && xGiven < 2 ? true : undefined;
    if (wantX) xGiven++;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = j % 3 === 0 ? poor[j % 48] : mixed[(j * 7) % 255];
    let lab;
    let work;
    let place = null;
    if (c === "E") {
      lab = ["普通劳动力", "技能劳动力", "普通劳动力", "弱劳动力或半劳动力"][j % 4];
      work = ["县内务工", "未务工", "公益性岗位", "县内务工"][j % 4];
      if (work === "县内务工") place = ["东源县仙塘镇", "东源县灯塔镇", "东源县蓝口镇"][j % 3];
    } else if (c === "M") {
      lab = j % 2 ? "普通劳动力" : "技能劳动力";
      work = j % 3 === 0 ? "省外务工" : "县外省内务工";
      place = work === "省外务工" ? ["浙江省义乌市", "福建省晋江市"][j % 2] : ["深圳市龙岗区", "东莞市长安镇", "河源市源城区", "惠州市惠阳区"][j % 4];
    } else {
      lab = j % 2 ? "丧失劳动力" : "无劳动力";
      work = "—";
    }
    return { c, id, v, lab, work, place, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  assert(elig.length === 56 && migs.length === 14 && nols.length === 10, "c1 poor split");
  const pRows = [["东源县脱贫人口（建档立卡）劳动力及务工情况"],
    ["说明：劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的属有劳动能力；务工状态“县外省内务工”“省外务工”为外出务工。"],
    ["序号", "镇（乡）", "村", "姓名", "身份证号码", "劳动技能", "务工状态", "务工地点", "备注"]];
  persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v)).forEach((p, j) => {
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, p.place, p.work === "公益性岗位" ? "村保洁员" : null]);
  });
  for (const r of pRows) padRow(r, 9);

  const E = shuffle(elig);
  const P = [
    { no: 1, date: "2020-12-10", head: "2020年12月10日", who: E.slice(0, 16).concat([migs[0], migs[1], nols[0], migs[2]]) },
    { no: 2, date: "2021-04-15", head: "2021年4月15日", who: E.slice(8, 22).concat([migs[0], migs[3], nols[1], migs[4]]) },
    { no: 3, date: "2021-07-22", head: "2021年7月22日", who: E.slice(12, 24).concat([migs[1], nols[0]]) },
    { no: 4, date: "2021-09-09", head: "2021年9月9日", who: E.slice(24, 32).concat(E.slice(0, 4)) },
  ];
  const eligIds = new Set(elig.map((p) => p.id));
  const signCut = P.filter((p) => p.date <= CUT);
  const signRowsCut = sum(signCut.map((p) => p.who.length));
  const trainedCut = new Set(signCut.flatMap((p) => p.who.map((w) => w.id)).filter((id) => eligIds.has(id)));
  const trainedAll = new Set(P.flatMap((p) => p.who.map((w) => w.id)).filter((id) => eligIds.has(id)));
  assert(signRowsCut === 52 && trainedCut.size === 24 && trainedAll.size === 32, "c1 sign-ins " + [signRowsCut, trainedCut.size, trainedAll.size]);
  const ptCut = mainCut + signRowsCut;
  assert(ptCut === 3202 && ratioGE(ptCut, POP, 0.8) && !ratioGE(ptCut, POP, 1) && !ratioGE(mainCut, POP, 0.8) && ratioGE(mainCut, POP, 0.6), "c1 person-times tier");
  assert(ratioGE(24, 56, 40) && !ratioGE(24, 56, 50) && ratioGE(32, 56, 50), "c1 poor rate tier");
  const sRows2 = [["东源县脱贫户电商技能专场培训签到表"]];
  const sM2 = ["A1:F1"];
  let xStyled = 0;
  for (const p of P) {
    sRows2.push([`第${p.no}期　　培训日期：${p.head}　　地点：县电子商务公共服务中心　　主办：东源县商务局、东源县乡村振兴局`]);
    sM2.push(`A${sRows2.length}:F${sRows2.length}`);
    sRows2.push(["序号", "姓名", "身份证号", "所在村", "联系电话", "签名"]);
    shuffle(p.who).forEach((w, i) => {
      let idc = w.id;
      if (isX(w.id) && xStyled === 0) {
        idc = w.id.slice(0, 17) + "x";
        xStyled++;
      } else if (i === 5 && p.no === 2) idc = spacedId(w.id);
      sRows2.push([i + 1, w.name, idc, w.v, mask(phone()), w.name]);
    });
    sRows2.push([null, null, null, null, null, null]);
  }
  sRows2.push(["注：专场学员均为脱贫户，人次未计入《培训台账》。"]);
  sM2.push(`A${sRows2.length}:F${sRows2.length}`);
  for (const r of sRows2) padRow(r, 6);

  // ---------------- 园区企业
  const FIRMS = [["东源县万绿优品电子商务有限公司", "平台型"], ["东源县客家山货网络科技有限公司", "平台型"], ["东源县板栗之乡电商商行", "销售型"],
    ["东源县仙湖茶业网店", "销售型"], ["东源县新回龙土特产电子商务有限公司", "销售型"], ["东源县船塘腐竹网店", "销售型"], ["东源县灯塔柿花网店", "销售型"],
    ["东源县义合蜂蜜电子商务有限公司", "销售型"], ["东源县康禾米业电商商行", "销售型"], ["东源县东江鱼干网店", "销售型"], ["东源县绿源农品电子商务有限公司", "销售型"],
    ["东源县云帆电商代运营有限公司", "电商运营商"], ["东源县乡创电商服务有限公司", "电商运营商"], ["东源县新农人运营工作室", "电商运营商"],
    ["东源县东江物流有限公司", "物流企业"], ["东源县乡村快递服务有限公司", "物流企业"], ["东源县冷链仓储有限公司", "物流企业"],
    ["东源县播客直播传媒有限公司", "直播机构"], ["东源县青创直播电商有限公司", "直播机构"], ["东源县禾丰供应链管理有限公司", "供应链"],
    ["东源县黄田竹笋网店", "销售型"], ["东源县万绿湖鱼业电子商务有限公司", "销售型"], ["东源县半江柑橘网店", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), sign: null, enter: null, status: "在园" }));
  const enters = firms.slice(0, 22).map(() => randIsoBetween("2020-09-20", "2021-07-30")).sort();
  firms.slice(0, 22).forEach((f, j) => {
    f.enter = enters[j];
    f.sign = isoAdd(enters[j], -rint(5, 25));
  });
  firms[6].enter = "2020-11";
  firms[6].sign = "2020-10-28";
  firms[15].status = "已退园（2021.5.20）";
  firms[15].left = "2021-05-20";
  firms[18].status = "已退园（2021年7月）";
  firms[18].left = "2021-07";
  firms[9].status = "已退园（2021.9.3）";
  firms[9].left = "2021-09-03";
  firms[22].sign = "2021-08-20";
  firms[22].enter = "2021-09-01";
  firms[22].status = "在园";
  const inPark = firms.filter((f) => f.enter.slice(0, 7) <= CUT.slice(0, 7) && f.enter <= CUT && !(f.left && f.left < CUT.slice(0, f.left.length)));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 in park " + inPark.length);
  const eRows = [["东源县电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "签约日期", "入驻日期", "协议期限", "目前状态（2021年9月6日）"]];
  firms.forEach((f, j) => {
    const [y, m] = f.enter.split("-").map(Number);
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.sign, j + 2), f.enter.length === 7 ? "2020年11月" : f.enter === "2021-09-01" ? "2021.9.1" : dateCell(f.enter, j + 3),
      `3年（${y}.${m}—${m === 1 ? y + 2 : y + 3}.${m === 1 ? 12 : m - 1}）`, f.status]);
  });
  eRows.push(["注：以入驻日期为准；目前状态按2021年9月6日园区运营方核对。"]);

  // ---------------- 资金拨付台账 (万元)
  const PAY = [["2020-10-23", "县电子商务公共服务中心建设", "东源县万绿优品电子商务有限公司", 620000], ["2020-11-27", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司广东省东源县分公司", 480000],
    ["2020-12-18", "农村电商人才培训", "东源县职业技术学校", 126000], ["2021-01-15", "县镇村三级物流配送体系", "东源县东江物流有限公司", 435000],
    ["2021-03-12", "村级电商服务站点建设（第二批）", "中国邮政集团有限公司广东省东源县分公司", 396000], ["2021-03-26", "农产品品牌培育及推广", "东源县云帆电商代运营有限公司", 188000],
    ["2021-04-23", "县电子商务公共服务中心运营", "东源县万绿优品电子商务有限公司", 310000], ["2021-05-28", "农村电商人才培训", "东源县职业技术学校", 142000],
    ["2021-06-18", "冷链及溯源体系建设", "东源县冷链仓储有限公司", 268000], ["2021-07-16", "县镇村三级物流配送体系", "东源县东江物流有限公司", 322000],
    ["2021-08-13", "村级电商服务站点建设（第三批）", "中国邮政集团有限公司广东省东源县分公司", 0], ["2021-09-15", "县电子商务公共服务中心运营（尾款）", "东源县万绿优品电子商务有限公司", 420000]];
  PAY[10][3] = 3685200 - sum(PAY.filter((p, i) => i !== 10 && p[0] <= CUT).map((p) => p[3]));
  assert(PAY[10][3] > 0 && PAY[10][3] % 100 === 0, "c1 pay fill " + PAY[10][3]);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3685200 && ratioGE(spent, 5000000, 70), "c1 spent 73.7%");
  const fRows = [["东源县电子商务进农村综合示范专项资金拨付台账"], ["资金来源：省级促进经济高质量发展专项资金（内贸方向）　　下达：500万元"],
    ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额（万元）", "凭证号", "备注"]];
  PAY.forEach(([dd, item, who, a], j) => {
    const [y, m] = ymd(dd);
    fRows.push([j + 1, dd === "2021-09-15" ? "2021.9.15" : dateCell(dd, j + 4), item, who, wan4(a), `记-${y}-${String(m).padStart(2, "0")}-${pad3(rint(5, 90))}`, dd > CUT ? "9月拨付" : null]);
  });
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, "含9月"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报 / 专栏 / 宣传 / 经验材料
  const rRows = [["东源县电子商务进农村综合示范工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送方式", "是否含电商扶贫统计", "接收单位"]];
  const repDates = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    repDates.push(dd);
    rRows.push([j + 1, cnMonth(m), dateCell(dd, j), j % 2 ? "粤政易" : "电子邮件", j === 0 ? "否" : "是", "河源市商务局"]);
  });
  const repMonths = inWindowMonths(repDates.filter((x) => x <= CUT));
  assert(repMonths === 12, "c1 report months " + repMonths);
  const disDates = ["2020-07-08", "2020-07-08", "2020-07-20"];
  for (const m of WINDOW) {
    if (m === "2021-02" || m === "2021-06") continue;
    const [y, mo] = m.split("-").map(Number);
    disDates.push(`${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`);
    if (rnd() < 0.3) disDates.push(`${m}-${String(rint(20, 28)).padStart(2, "0")}`);
  }
  disDates.push("2021-09-03");
  disDates.sort();
  const disMonths = inWindowMonths(disDates.filter((x) => x <= CUT));
  assert(disMonths === 10, "c1 disclosure months " + disMonths);
  const uRows = [["东源县政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目"]];
  disDates.forEach((dd, j) => {
    const t = j === 0 ? "东源县电子商务进农村综合示范创建工作方案" : j === 1 ? "东源县电子商务进农村综合示范项目基本信息" : j === 2 ? "关于公布电子商务进农村综合示范项目监督举报电话的通告" : `东源县电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(dd, -10).slice(0, 7))}）`;
    uRows.push([j + 1, dateCell(dd, j + 2), t, j < 3 ? "创建方案与项目信息" : "建设进度"]);
  });
  const MED = [["2020-12-22", "东源发布", "县级", "网络", "东源县首批村级电商服务站挂牌运营", "否"], ["2021-04-09", "河源日报", "市级", "报纸", "东源：板栗搭上“电商快车”", "否"],
    ["2021-06-25", "河源电视台《河源新闻》", "市级", "电视", "东源脱贫户直播卖仙湖茶", "是"], ["2021-09-10", "南方日报", "省级", "报纸", "东源县电商进农村示范创建纪实", "否"]];
  const mRows = [["东源县电子商务进农村宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-10" ? "2021.9.10" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "备注"],
    [1, "2021.9.3", "《东源县“电商＋客家农品”助农增收经验做法》", "河源市商务局", "考评组要求补报"]];

  // ---------------- 基本情况
  const W = 6;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:F${fr.length}`);
  };
  const kv = (no, label, value, note) => {
    fr.push(padRow([no, label, null, value, note || null, null], W));
    const r = fr.length;
    fm.push(`B${r}:C${r}`, `E${r}:F${r}`);
  };
  full("东源县电子商务进农村综合示范创建基本情况表");
  full("填报单位：东源县商务局（盖章）　　　数据截止日期：2021年8月31日　　　填报日期：2021年9月6日");
  full("一、基本情况");
  fr.push(padRow(["序号", "项目", null, "内容", "备注", null], W));
  fm.push(`B${fr.length}:C${fr.length}`, `E${fr.length}:F${fr.length}`);
  const K = [["县（市、区）", "东源县"], ["常住人口", "39.86万人", "第七次全国人口普查"], ["行政村数", "255个", "另有社区22个"], ["省定贫困村数", "48个", "均已出列"],
    ["示范创建工作方案", "已正式印发", "东府办〔2020〕8号"], ["支持农村电商发展的政策", "已出台", "《东源县促进农村电子商务发展扶持办法》"],
    ["县级电商公共服务中心投入运营时间", "2020年11月26日"], ["免费培训场所、培训设备", "有"], ["免费展示、销售特色农产品", "有"], ["免费摄影、美工服务", "有"],
    ["农产品统一推广、品牌建设指导", "有", "“万绿东源”区域公用品牌"], ["其他衍生增值服务", "有", "代运营、金融对接、直播间使用"], ["电商产业园", "已建成", "整合原县电商创业园"],
    ["专业第三方运营服务商", "有"], ["行政村物流快递覆盖率", "100%"], ["2019年农村网络零售额", "8.12亿元"], ["2020年农村网络零售额", "10.05亿元"],
    ["2019年农产品网络零售额", "2.31亿元"], ["2020年农产品网络零售额", "3.12亿元"], ["政府网站专栏公示内容", "创建方案、项目基本信息、建设进度（按月）、监督举报电话"],
    ["电商扶贫统计", "能统计", "随月报报送"], ["省级下达专项资金", "500万元"], ["资金管理制度", "已制定"], ["资金专用台账", "已建立"], ["项目总体进度", "90%"],
    ["安全生产、质量事故", "无"], ["弄虚作假", "无"]];
  K.forEach(([a, b, c], j) => kv(j + 1, a, b, c));
  full("二、示范创建工作领导小组成员名单（东府办〔2020〕5号）");
  fr.push(padRow(["职务", "姓名", "单位及职务", null, null, null], W));
  fm.push(`C${fr.length}:F${fr.length}`);
  const LG = [["组长", "叶××", "县委副书记、县长"], ["副组长", "黄××", "副县长"], ["成员", "刘××", "县商务局局长"], [null, "陈××", "县财政局局长"],
    [null, "李××", "县农业农村局局长"], [null, "张××", "县乡村振兴局局长"], [null, "曾××", "县交通运输局局长"], [null, "邓××", "县市场监督管理局局长"],
    [null, "钟××", "东源县邮政分公司总经理"]];
  const lg0 = fr.length + 1;
  for (const [a, b, c] of LG) {
    fr.push(padRow([a, b, c, null, null, null], W));
    fm.push(`C${fr.length}:F${fr.length}`);
  }
  mergeCol(fm, "A", lg0 + 2, fr.length);
  full("领导小组办公室设在县商务局，办公室主任由县商务局局长兼任。");
  full("三、主观评分项自评（分）");
  const JG = [["方案制定", 2, "政策支持", 2], ["项目管理制度", 2, "工作台账", 1], ["网销调研", 2, "网络促销活动", 2], ["交易标准与冷链溯源", 1, "资金管理制度", 4], ["资金台账", 4, "资金及时拨付", 4]];
  for (const [a, b, c, e] of JG) {
    fr.push(padRow([a, null, b, c, null, e], W));
    fm.push(`A${fr.length}:B${fr.length}`, `D${fr.length}:E${fr.length}`);
  }
  full("填表人：刘××　　联系电话：0762-82xxxxx");

  // ---------------- 自评汇总 (claimed)
  const SC = [["加强组织领导与统筹协调（10分）", "组织领导", 2, 2, null, "org.leadership"], [null, "方案制定", 2, 2, null, "org.plan"], [null, "政策支持", 2, 2, null, "org.policy"],
    [null, "项目管理", 4, 3, "工作台账前期记录不全扣1分", "org.management"], ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心及产业园）", 15, 15, null, "work.center"],
    [null, "服务体系建设（村级站点覆盖）", 10, 10, "已建站154个行政村，贫困村全覆盖", "work.coverage"], [null, "农村产品上行", 10, 9, "交易标准扣1分", "work.upward"],
    [null, "电商人才培训", 20, 18, "贫困人口培训率未达50%", "work.training"], ["加强信息公开及报送（10分）", "信息公开", 4, 4, null, "info.disclosure"], [null, "数据上报", 6, 6, null, "info.reporting"],
    ["加强宣传推广（10分）", "案例总结", 2, 2, null, "promo.cases"], [null, "经验推广", 8, 7, "省级、市级媒体均有报道", "promo.media"], ["加强财政资金管理（15分）", "制度建立", 5, 4, null, "fund.system"],
    [null, "资金台账", 5, 4, null, "fund.ledger"], [null, "资金支出", 5, 4, "支出率73.7%", "fund.spending"], ["加分项（4分）", "贫困人口培训率≥70%", 2, 0, null, "bonus.poorTraining"],
    [null, "电商扶贫典型案例电视播报", 2, 0, "市级电视台，不加分", "bonus.tvCase"]];
  const aRows = [["东源县电子商务进农村综合示范创建考评自评得分汇总表"], ["工作任务", "评价指标", "分值", "自评得分", "扣分原因及说明"]];
  const aMerges = ["A1:E1"];
  const claimed = {};
  let g0 = null;
  SC.forEach(([g, n, w, p, note, id]) => {
    if (g) {
      if (g0 !== null) mergeCol(aMerges, "A", g0, aRows.length);
      g0 = aRows.length + 1;
    }
    aRows.push([g, n, w, p, note]);
    claimed[id] = p;
  });
  mergeCol(aMerges, "A", g0, aRows.length);
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  aRows.push(["合计", null, 100, claimedScored, "加分项0分"]);
  aMerges.push(`A${aRows.length}:B${aRows.length}`);
  aRows.push(["一票否决项：未发生安全生产、质量事故；项目总体进度90%；无弄虚作假。"]);
  aMerges.push(`A${aRows.length}:E${aRows.length}`);
  for (const r of aRows) padRow(r, 5);
  assert(claimedScored === 92, "c1 claimed " + claimedScored);

  const toc = [["东源县电子商务进农村综合示范考评工作簿　目录"], ["序号", "工作表", "内容"], [1, "基本情况", "基础数据、领导小组成员、主观评分项自评"], [2, "自评汇总", "自评得分"],
    [3, "行政村及站点覆盖", "村（居）委会及站点建设"], [4, "培训台账", "普及培训（按期）"], [5, "脱贫户专场签到", "脱贫户专场（按人）"], [6, "脱贫人口", "劳动力及务工情况"],
    [7, "园区企业", "电商产业园入驻企业"], [8, "资金拨付", "专项资金拨付"], [9, "月报报送", "向市商务局报送月报"], [10, "专栏更新", "政府网站专栏"], [11, "宣传报道", "媒体报道"], [12, "经验材料", "经验材料报送"]];

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  assert("2020-11-26" <= "2021-02-28", "c1 6 months");
  const base = Math.min(255, 200);
  const covPts = (ratioGE(covSet.size, base, 70) ? 5 : ratioGE(covSet.size, base, 50) ? 2 : 0) + (covPoor.length === 48 ? 5 : ratioGE(covPoor.length, 48, 80) ? 3 : 0);
  const tier = (n, b, a) => (ratioGE(n, b, a[0]) ? a[1] : ratioGE(n, b, a[2]) ? a[3] : ratioGE(n, b, a[4]) ? a[5] : 0);
  const trainPts = tier(ptCut, POP, [1, 10, 0.8, 8, 0.6, 6]) + tier(trainedCut.size, 56, [50, 10, 40, 8, 30, 6]);
  assert(centerPts === 15 && covPts === 8 && trainPts === 16, "c1 center/cov/train " + [centerPts, covPts, trainPts]);
  assert(!(1005 - 812 >= 0.3 * 812) && 312 - 231 >= 0.3 * 231, "c1 growth");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0),
    "info.reporting": (repMonths === 12 ? 3 : 1) + 3, "promo.cases": 0, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": ratioGE(trainedCut.size, 56, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 0, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 领导小组成员名单：组长“县委副书记、县长”（主要领导），成员有县商务局、县财政局、县农业农村局、县乡村振兴局局长 → 2",
    "org.plan: 工作方案“已正式印发”，主观评分项“方案制定 2” → 2",
    "org.policy: 政策“已出台”，主观评分项“政策支持 2” → 2",
    "org.management: 主观评分项“项目管理制度 2”“工作台账 1” → 3",
    `work.center: 中心2020年11月26日投入运营 → 建成2；早于2021-02-28 → 满6个月2；免费培训有2、免费展示销售有1、免费摄影美工有1、品牌建设有1、其他增值服务有1；产业园已建成2；《园区企业》按入驻日期算8月31日在园：22家入驻日期在截止日前（“${firms[6].n}”入驻“2020年11月”只到月），“${firms[15].n}”2021.5.20、“${firms[18].n}”2021年7月退园不算，“${firms[9].n}”2021.9.3才退园仍算，“${firms[22].n}”8月20日签约但2021.9.1入驻不算 → 20家 → 2；类型平台型、销售型、电商运营商、物流企业等 → 1；合计15`,
    `work.coverage: 《行政村及站点覆盖》类别“村委会”255个（社区22个不算），行政村数≥200按200为基数；截止日前已挂牌的行政村${covSet.size}个（“${covNonPoor[3]}”2021.8.31挂牌算，“2021年4月”“2020年12月”“2021年8月”只到月的算，三个一村两站的只算一次，“在建”3个不算，“${septNonPoor}”2021年9月17日、贫困村“${poorSept}”2021.9.6挂牌不算，社区站点不算） → ${covSet.size}/200 = 76% ≥ 70% → 5（若按255为基数只有59.6%，2分）；省定贫困村48个，截止日前有站47个 → 47/48 = 97.9% → 3；合计8（自评10）`,
    "work.upward: 网销调研2、网络促销2、交易标准与冷链溯源1（主观评分项）；第三方运营服务商有 → 1；覆盖表“快递进村”全部“√” → 1；农村网零8.12→10.05亿元增长23.8%不到30%，农产品网零2.31→3.12亿元增长35.1% ≥ 30% → 2；合计9",
    `work.training: 人次 = 《培训台账》两张年度表截止日前各期人次 ${fmtInt(mainCut)}（小计行、合计行不另加，2021.9.8一期168人次不算，两天班按结业日）＋《脱贫户专场签到》截止日前三期签到 ${signRowsCut} 行（第4期2021年9月9日不算；专场人次未计入培训台账，注明） = ${fmtInt(ptCut)}；常住人口39.86万 → ${fmtInt(ptCut)}/398,600 = 0.803% → 8（只算培训台账 ${fmtInt(mainCut)}/398,600 = 0.79%，6分）；《脱贫人口》有劳动能力（含弱劳动力或半劳动力）且不是县外省内、省外务工的56人；截止日前专场签到身份证号对得上的56人中的24人（重复参训只算一次；末位小写x、带空格的号码照认；外出务工、无劳动能力的参训者不在56人内；第4期9月9日新增的8人不算） → 24/56 = 42.9% → 8；合计16（自评18）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度和监督举报电话 → 内容全面2；《专栏更新》2020年9月—2021年8月中2021年2月、6月没有更新 → 10个月 → 不定时1；合计3（自评4）",
    "info.reporting: 《月报报送》2020年9月—2021年8月每个月都有报送日期 → 3；电商扶贫统计“能统计”，月报多数“是” → 3；合计6",
    "promo.cases: 《经验材料》唯一一份“2021.9.3”才报市商务局，截止日前没有 → 0（自评2）",
    "promo.media: 截止日前河源日报、河源电视台（市级） → 3；东源发布（县级） → 1；南方日报2021.9.10在截止日后，省级不算 → 4（自评7）",
    "fund.system: 主观评分项“资金管理制度 4” → 4",
    "fund.ledger: 主观评分项“资金台账 4” → 4",
    `fund.spending: 《资金拨付》（万元）截止日前11笔合计 ${wan4(spent)}万元 = ${fmtMoney(spent)}元（2021.9.15的42万元不算，合计行不另加） → ${fmtMoney(spent)}/5,000,000 = 73.7% ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 贫困人口培训率24/56 = 42.9% < 70% → 0",
    "bonus.tvCase: 河源电视台是市级电视，典型案例不是国家级、省级电视播报 → 0",
    "veto.incident: 安全生产、质量事故“无” → 不否决",
    "veto.progress: 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "河源市东源县商务局整本考评工作簿（13个表：目录、基本情况、自评汇总和10个台账），82分、无加分、未否决（自评92）：《基本情况》是 序号｜项目（两格合并）｜内容｜备注 的表，下接“领导小组成员名单”小表（职务｜姓名｜单位及职务，组长县委副书记、县长，成员列县商务局、财政局、农业农村局、乡村振兴局等局长）和“主观评分项自评”两对一行的格子；《行政村及站点覆盖》一村（居）一行，两行表头（“站点建设情况”合并在 是否建站｜站点名称｜挂牌时间 之上），镇纵向合并，每镇一行“小计”，一村两站的第二站另起一行（序号、村名纵向合并），是否建站 已建／在建／未建，255个行政村超过200按200为基数（152/200＝76%，按255算只有59.6%）；培训是两张年度表上下叠放（各有小计行，合计行含9月一期）加另一张《脱贫户专场签到》（四期上下分块，期次和日期写在块标题里，专场人次未计入培训台账，要加上：3,150＋52＝3,202人次＝0.80%）；园区企业有签约日期和入驻日期两列（8月签约、9月入驻的不在园），退园写在“目前状态”里；资金以万元计，9月一笔不算；经验材料只有9月3日一份。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "基本情况", rows: fr, merges: fm },
      { name: "自评汇总", rows: aRows, merges: aMerges },
      { name: "行政村及站点覆盖", rows: vRows, merges: vMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户专场签到", rows: sRows2, merges: sM2 },
      { name: "脱贫人口", rows: pRows, merges: ["A1:I1", "A2:I2"] },
      { name: "园区企业", rows: eRows, merges: ["A1:H1", `A${eRows.length}:H${eRows.length}`] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 广州市白云区: 《部门确认单》 nine stacked mini-forms
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const lv = (label, text) => {
    rows.push(padRow([label, text], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  };
  full("白云区电子商务进农村综合示范创建考评数据部门确认单（汇编）");
  full("汇编单位：广州市白云区商务局　　　数据截止：2021年8月31日　　　共9份，按确认单位排列");
  rows.push(padRow([], W));
  const F = [
    {
      t: "常住人口", unit: "广州市白云区统计局", date: "2021年9月2日",
      sub: "白云区常住人口：366.8万人（2019年末常住人口）。",
      ok: false, note: "不属实。考评应采用第七次全国人口普查数据：白云区常住人口3,740,160人（普查标准时点为2020年11月1日零时）。",
    },
    {
      t: "行政村数量", unit: "广州市白云区民政局", date: "2021年9月2日",
      sub: "全区行政村（村民委员会）118个，社区（居民委员会）284个。",
      ok: true, note: "—",
    },
    {
      t: "省定贫困村及脱贫人口培训", unit: "广州市白云区乡村振兴局", date: "2021年9月3日",
      sub: "白云区无省定贫困村；有劳动能力且未外出务工的建档立卡贫困人口186人，参加电商培训112人；区商务局每月随月报向市商务局报送电商扶贫统计表（数据由区乡村振兴局提供）。",
      ok: null, note: "部分属实。无省定贫困村、186人、每月报送电商扶贫统计属实；112人为参训人次，按身份证号码去重后参加电商培训的为97人。",
    },
    {
      t: "电商培训人次", unit: "广州市白云区人力资源和社会保障局", date: "2021年9月3日",
      sub: "截至2021年8月31日，全区累计开展农村电商培训5,326人次（含线上直播培训实名签到人次）。",
      ok: true, note: "—",
    },
    {
      t: "行政村快递覆盖", unit: "广州市邮政管理局白云监管组", date: "2021年9月1日",
      sub: "全区118个行政村均设有快递服务点，行政村快递服务覆盖率100%。",
      ok: true, note: "—",
    },
    {
      t: "农村网络零售额", unit: "广州市白云区统计局", date: "2021年9月2日",
      sub: "2019年农村网络零售额42.36亿元，2020年51.03亿元，同比增长20.5%；2019年农产品网络零售额6.82亿元，2020年9.15亿元，同比增长34.2%。",
      ok: true, note: "数据来源：省商务厅电子商务监测平台。",
    },
    {
      t: "专项资金下达、拨付及管理", unit: "广州市白云区财政局", date: "2021年9月3日",
      sub: "省级下达专项资金500万元，截至2021年8月31日累计拨付392.64万元；已制定《白云区电子商务进农村综合示范专项资金管理办法》，各承建单位均建立资金专用台账。",
      ok: true, note: "经核国库集中支付记录，累计拨付3,926,400.00元，支出率78.53%。",
    },
    {
      t: "领导小组、工作方案及扶持政策", unit: "广州市白云区人民政府办公室", date: "2021年9月3日",
      sub: "区政府成立电子商务进农村综合示范创建工作领导小组，区委副书记、区长任组长，分管副区长任副组长，成员单位包括区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局；2020年5月12日印发《白云区电子商务进农村综合示范创建工作方案》（云府办函〔2020〕56号）；2020年9月出台《白云区促进农村电子商务发展若干措施》。",
      ok: true, note: "—",
    },
    {
      t: "区电子商务公共服务中心、产业园及政府网站专栏", unit: "白云区电子商务公共服务中心运营单位（广州白云电商运营服务有限公司）", date: "2021年9月1日",
      sub: "区电子商务公共服务中心2020年9月28日投入运营，由公开招标确定的专业电商运营服务商运营，提供免费培训场所及设备、农特产品免费展示销售、免费摄影美工、统一推广与品牌建设指导、代运营及金融对接等增值服务；整合白云电商产业园形成产业集聚；区政府网站专栏公示创建方案、项目基本信息、每月建设进度，设监督举报电话。",
      ok: null, note: "部分属实。中心2020年7月起试运行，9月28日正式投入运营；产品摄影免费，美工设计按件收费（详情页每款300元），不属于免费美工服务；其余属实。",
    },
  ];
  F.forEach((f, i) => {
    full(`确认单（${CN_NUM[i + 1]}）　${f.t}`);
    lv("确认事项", f.t);
    lv("区商务局报送内容", f.sub);
    lv("确认意见", f.ok === true ? "☑属实　□部分属实　□不属实" : f.ok === false ? "□属实　□部分属实　☑不属实" : "□属实　☑部分属实　□不属实");
    lv("说明", f.note);
    rows.push(padRow(["确认单位（盖章）", f.unit, null, "确认日期", f.date, null], W));
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
    rows.push(padRow([], W));
  });
  full("区商务局承诺：以上数据均截至2021年8月31日；创建期间未发生安全生产、质量事故，不存在弄虚作假情况。");
  full("汇编人：罗××　　审核：区商务局副局长 梁××　　2021年9月6日");
  assert(rows.every((r) => r.length === W), "f1 width");
  assert(pct1(5103 - 4236, 4236) === "20.5%" && pct1(915 - 682, 682) === "34.2%" && pct2(3926400, 5000000) === "78.53%", "f1 figures");
  return {
    description:
      "广州白云区商务局把九份《部门确认单》汇编在一张表里当事实表交：标题、汇编行（数据截止2021年8月31日）下是一块一块的小表单，每块“确认单（一）　事项”一行合并标题，下接 确认事项｜区商务局报送内容｜确认意见（☑属实　□部分属实　□不属实）｜说明｜确认单位（盖章）＋确认日期，块间空一行。读法：区商务局报的数经确认单位认定才算——“不属实”“部分属实”的以说明为准：常住人口“366.8万人（2019年末）”被统计局更正为七普3,740,160人，参训贫困人口“112人”是人次、去重后97人，中心“免费摄影美工”被运营单位更正为美工按件收费（免费摄影美工为否），中心9月28日正式运营（7月试运行不是）；区委副书记、区长任组长，商务、财政、农业农村、乡村振兴都在；无省定贫困村；零售额两年数和增速都有；确认日期、汇编日期不是截止日期；没有判断分、没有总体进度。",
    sheets: [{ name: "部门确认单", rows, merges }],
    expect: {
      facts: {
        county: "白云区", asOf: "2021-08-31", residentPopulation: 3740160, adminVillagesStated: 118, poorVillagesStated: 0,
        eligiblePoorPersonsStated: 186, trainedPoorPersonsStated: 97, povertyStatisticsStated: true, trainingPersonTimesStated: 5326, expressCoverage: true,
        ruralRetail2019: 4236000000, ruralRetail2020: 5103000000, ruralRetailGrowthStated: 0.205,
        agriRetail2019: 682000000, agriRetail2020: 915000000, agriRetailGrowthStated: 0.342,
        fundAllocated: 5000000, fundSpentStated: 3926400, fundSystemIssued: true, fundLedgerKept: true,
        planIssued: true, policyIssued: true,
        centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        thirdPartyOperator: true, parkBuilt: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 佛山市南海区: 《重点任务推进表》 (计划|实际, ●◐○)
// =====================================================================================================
function buildF2() {
  const W = 10;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:J${rows.length}`);
  };
  full("南海区电子商务进农村综合示范创建重点任务推进表");
  full("填报单位：佛山市南海区经济促进局（区商务局）　　常住人口：366.72万人（七普）　　状态图例：●已完成　◐推进中　○未启动");
  rows.push(["序号", "工作任务", "具体任务", "责任单位", "牵头区领导", "时间节点", null, "状态", "完成情况（截至2021年8月31日）", "备注"]);
  rows.push([null, null, null, null, null, "计划", "实际", null, null, null]);
  merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4", "I3:I4", "J3:J4");
  const G = [
    ["一、加强组织领导", [
      ["成立创建工作领导小组", "区经济促进局", "区长 梁××", "2020年3月", "2020.3.18", "●", "区长任组长，常务副区长、分管副区长任副组长；成员单位：区经济促进局（区商务局）、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、南海邮政分公司", "南府办〔2020〕9号"],
      ["印发示范创建工作方案", "区经济促进局", "副区长 何××", "2020年4月", "2020.4.27", "●", "《南海区电子商务进农村综合示范创建工作方案》已由区政府办公室正式印发", "南府办函〔2020〕41号"],
      ["出台支持农村电商发展的扶持政策", "区经济促进局、区财政局", "副区长 何××", "2020年9月", "—", "◐", "《南海区促进农村电子商务发展若干措施》已完成征求意见，待区政府常务会议审定", null],
      ["建立项目管理制度和工作台账", "区经济促进局", "副区长 何××", "2020年6月", "2020.6.30", "●", "制定项目管理办法，建立工作台账", null],
    ]],
    ["二、完善服务体系", [
      ["建成区电子商务公共服务中心并投入运营", "区经济促进局", "副区长 何××", "2020年10月", "2020.12.8", "●", "中心位于桂城街道，由第三方专业运营服务商运营", "延期因场地装修"],
      ["中心提供免费培训场所及设备", "中心运营方", "副区长 何××", "2020年12月", "2020.12.8", "●", "设免费培训室1间，配培训设备", null],
      ["中心免费展示、销售特色农产品", "中心运营方", "副区长 何××", "2020年12月", "2020.12.8", "●", "农特产品展销区免费入驻", null],
      ["中心提供免费摄影、美工服务", "中心运营方", "副区长 何××", "2021年1月", "2021.1.15", "●", "免费摄影棚、美工设计", null],
      ["组织农产品统一推广、指导品牌建设", "中心运营方", "副区长 何××", "2021年3月", "2021.3.20", "●", "“南海好物”区域公用品牌", null],
      ["提供其他衍生增值服务", "中心运营方", "副区长 何××", "2021年6月", "—", "○", "金融、法律咨询等增值服务尚未开展", null],
      ["整合优化电商产业园", "区经济促进局", "副区长 何××", "2020年10月", "2020.11.6", "●", "整合南海电商产业园，形成产业集聚", null],
      ["引入专业第三方电商运营服务商", "区经济促进局", "副区长 何××", "2020年9月", "2020.9.25", "●", "公开招标确定运营服务商", null],
      ["村级电商服务站点覆盖率达70%", "各镇（街道）", "副区长 何××", "2021年6月（覆盖率70%）", "—", "◐", "全区行政村（村委会）224个，已建站点的行政村141个", "南海区无省定贫困村"],
      ["行政村物流快递全覆盖", "区交通运输局、南海邮政分公司", "副区长 陈××", "2020年12月", "2020.12.20", "●", "224个行政村均设快递服务点，覆盖率100%", null],
    ]],
    ["三、促进农产品上行", [
      ["农村网络零售额年增长20%以上", "区经济促进局、区统计局", "副区长 何××", "2020年12月", "2021.2.3", "●", `2019年农村网络零售额186.52亿元，2020年244.71亿元，同比增长${pct1(24471 - 18652, 18652)}`, "数据来源：省商务厅监测平台"],
    ]],
    ["四、加强人才培训", [
      ["培训人次达常住人口1%（以50万为基数，5,000人次）", "区经济促进局、区人社局", "副区长 何××", "2021年8月", "2021.7.16", "●", "截至2021年8月31日累计培训5,261人次", "2021年7月16日达到5,000人次"],
      ["有劳动能力的脱贫人口培训率达50%", "区乡村振兴局", "副区长 陈××", "2021年8月", "2021.6.25", "●", "有劳动能力且未外出务工的建档立卡贫困人口64人，已参加电商培训41人（64.1%）", "按身份证号去重"],
    ]],
    ["五、信息公开及报送", [
      ["区政府网站设立示范创建专栏", "区经济促进局、区政务服务数据管理局", "副区长 何××", "2020年5月", "2020.5.20", "●", "专栏公示创建方案、项目基本信息，每月更新建设进度，设征求意见窗口", null],
      ["每月向市商务局报送工作进展及电商扶贫统计", "区经济促进局", "副区长 何××", "每月10日前", "按月", "●", "月报均附电商扶贫统计表", null],
    ]],
    ["六、加强资金管理", [
      ["制定专项资金管理办法", "区财政局、区经济促进局", "副区长 何××", "2020年6月", "2020.6.12", "●", "《南海区电子商务进农村综合示范专项资金管理办法》", null],
      ["承建单位建立资金专用台账", "各承建单位", "副区长 何××", "2020年12月", "2020.12.31", "●", "各承建单位均已建立", null],
      ["专项资金支出率达70%", "区财政局", "副区长 何××", "2021年8月（≥70%）", "—", "◐", "省级下达500万元，已拨付372.3万元（74.46%）", "尾款待项目验收后拨付"],
      ["项目总体进度", "区经济促进局", "区长 梁××", "2021年8月", "—", "◐", "项目总体进度88%", null],
    ]],
  ];
  let no = 0;
  for (const [g, items] of G) {
    const r0 = rows.length + 1;
    items.forEach((it, i) => {
      no++;
      rows.push([no, i === 0 ? g : null].concat(it));
    });
    mergeCol(merges, "B", r0, rows.length);
  }
  full("注：1．时间节点“计划”为方案确定的完成时限，“实际”为实际完成时间；2．创建期间未发生安全生产、质量事故。");
  full("填表人：冯××　　审核：区经济促进局副局长 吴××　　填报日期：2021年9月3日");
  assert(rows.every((r) => r.length === W), "f2 width " + rows.map((r) => r.length));
  assert(pct1(24471 - 18652, 18652) === "31.2%" && pct2(3723000, 5000000) === "74.46%" && pct1(41, 64) === "64.1%", "f2 figures");
  return {
    description:
      "佛山南海区经济促进局（区商务局）交来当事实表的《重点任务推进表》：第2行一格里写填报单位、常住人口366.72万人和状态图例（●已完成　◐推进中　○未启动）；两行表头（“时间节点”合并在 计划｜实际 之上），工作任务（一、加强组织领导…六、加强资金管理）纵向合并，一行一项具体任务，列为 责任单位｜牵头区领导｜计划｜实际｜状态｜完成情况（截至2021年8月31日）｜备注。读法：事实看状态和完成情况——扶持政策◐“待区政府常务会议审定”＝未出台，其他衍生增值服务○＝否，中心“实际2020.12.8”投入运营（计划2020年10月不是）；“5,000人次”“70%”“20%”是计划目标，培训人次读完成情况5,261；领导小组区长任组长、成员含区经济促进局（区商务局）、财政、农业农村、乡村振兴（牵头区领导列里的副区长只是分管任务）；无省定贫困村写在备注里；没有判断分。",
    sheets: [{ name: "任务推进表", rows, merges }],
    expect: {
      facts: {
        county: "南海区", asOf: "2021-08-31", residentPopulation: 3667200, adminVillagesStated: 224, poorVillagesStated: 0,
        planIssued: true, policyIssued: false,
        centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 18652000000, ruralRetail2020: 24471000000, ruralRetailGrowthStated: 0.312,
        trainingPersonTimesStated: 5261, eligiblePoorPersonsStated: 64, trainedPoorPersonsStated: 41,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 3723000, overallProgress: 0.88,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 江门市江海区: 《自评计分表》 typed into text-formatted columns (formula text kept)
// =====================================================================================================
function buildF3() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  full("江海区电子商务进农村综合示范创建自评计分表（数据截至2021年8月31日）");
  full("填报单位：江门市江海区经济促进局　　　经办人：谭××　　　2021年9月2日");
  full("一、基础数据");
  rows.push(["序号", "项目", "填报值", "单位", "计算及说明"]);
  const B = [
    ["县（市、区）", "江海区", null, null],
    ["常住人口", "33.86", "万人", "第七次全国人口普查"],
    ["行政村数", "14", "个", "另有社区27个"],
    ["省定贫困村数", "0", "个", "江海区无省定贫困村"],
    ["领导小组组长", "区委常委、常务副区长", null, "副组长：区经济促进局局长"],
    ["领导小组成员单位", "区经济促进局（区商务局）、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null, null],
    ["示范创建工作方案", "已印发", null, "江海府办〔2020〕12号"],
    ["支持农村电商发展的政策", "已出台", null, "《江海区促进农村电子商务发展扶持办法》"],
    ["公共服务中心投入运营日期", "2020/11/20", null, null],
    ["中心免费培训场所和设备", "是", null, null],
    ["中心免费展示、销售特色农产品", "是", null, null],
    ["中心免费摄影、美工服务", "是", null, null],
    ["中心组织统一推广、品牌建设指导", "是", null, null],
    ["中心其他衍生增值服务", "是", null, "代运营、直播间使用"],
    ["电商产业园", "是", null, "江海区电商产业园"],
    ["专业第三方运营服务商", "是", null, null],
    ["行政村物流快递覆盖率", "100", "%", null],
    ["2019年农村网络零售额", "12.63", "亿元", null],
    ["2020年农村网络零售额", "15.27", "亿元", "增速=(15.27-12.63)/12.63=20.9%"],
    ["2019年农产品网络零售额", "2.13", "亿元", null],
    ["2020年农产品网络零售额", "2.86", "亿元", "增速=(2.86-2.13)/2.13=34.3%"],
    ["电商培训人次", "=1862+2147", "人次", "2020年1,862＋2021年1—8月2,147"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "71", "人", "区乡村振兴局提供"],
    ["参加培训的建档立卡贫困人口", "=23+19", "人", "2020年23人＋2021年新增19人（按身份证号去重）"],
    ["政府网站专栏公示内容", "创建方案✔　项目基本信息✔　建设进度✔　征求意见／监督举报窗口✘", null, null],
    ["能否统计电商扶贫情况", "能", null, "每月随月报报送"],
    ["省级下达专项资金", "500", "万元", null],
    ["累计拨付资金", "=126.8+98.54+85.2+41.66", "万元", "四批拨付合计"],
    ["资金管理制度", "已制定", null, null],
    ["资金专用台账", "已建立", null, null],
    ["项目总体进度", "85", "%", null],
    ["安全生产、质量事故", "否", null, null],
    ["弄虚作假", "否", null, null],
  ];
  B.forEach((b, j) => rows.push([String(j + 1)].concat(b)));
  assert(1862 + 2147 === 4009 && Math.round((126.8 + 98.54 + 85.2 + 41.66) * 100) === 35220, "f3 sums");
  assert(pct1(1527 - 1263, 1263) === "20.9%" && pct1(286 - 213, 213) === "34.3%", "f3 growth");
  full("二、自评计分");
  rows.push(["序号", "评价指标", "分值", "自评分", "计分说明"]);
  const S = [
    ["组织领导", "2", "1", "分管领导（常务副区长）牵头1分", "org.leadership", 1],
    ["方案制定", "2", "2", "方案2分", "org.plan", 2],
    ["政策支持", "2", "1", "政策落实一般1分", "org.policy", 1],
    ["项目管理", "4", "=2+1", "制度2分＋台账1分", "org.management", 3],
    ["服务体系建设（县级中心及产业园）", "15", "=2+2+2+1+1+1+1+2+2+1", "建成2＋运行满6个月2＋培训2＋展销1＋摄影美工1＋品牌1＋增值1＋产业园2＋入驻20家2＋三种类型1", "work.center", 15],
    ["服务体系建设（村级站点覆盖）", "10", "=5+5", "行政村覆盖5＋无省定贫困村5", "work.coverage", 10],
    ["农村产品上行", "10", "=2+1+1+1+1+2", "调研2＋促销1＋第三方1＋快递1＋标准1＋增速2", "work.upward", 8],
    ["电商人才培训", "20", "=10+8", "人次10＋贫困人口培训率（42/71）8", "work.training", 18],
    ["信息公开", "4", "=2+1", "专栏2＋不定时更新1", "info.disclosure", 3],
    ["数据上报", "6", "=3+3", "按月报送3＋扶贫统计3", "info.reporting", 6],
    ["案例总结", "2", "2", null, "promo.cases", 2],
    ["经验推广", "8", "=4+1", "省级4＋县级1", "promo.media", 5],
    ["制度建立", "5", "4", "资金管理制度4分", "fund.system", 4],
    ["资金台账", "5", "4", "资金台账4分", "fund.ledger", 4],
    ["资金支出", "5", "=4", "支出率70.44%，及时拨付4分", "fund.spending", 4],
    ["加分项：贫困人口培训率≥70%", "2", "0", null, "bonus.poorTraining", 0],
    ["加分项：电商扶贫典型案例电视播报", "2", "0", null, "bonus.tvCase", 0],
  ];
  const r0 = rows.length + 1;
  const claimed = {};
  S.forEach(([n, w, p, note, id, v], j) => {
    rows.push([String(j + 1), n, w, p, note]);
    const terms = p.replace(/^=/, "").split("+").map(Number);
    assert(sum(terms) === v, "f3 formula " + id);
    claimed[id] = v;
  });
  const r1 = r0 + 14;
  rows.push(["合计", null, "100", `=SUM(D${r0}:D${r1})`, "不含加分项"]);
  merges.push(`A${rows.length}:B${rows.length}`);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 86 && rows[r1 - 1][1] === "资金支出", "f3 claimed 86 " + tot);
  full("注：本表B—E列为文本格式，“=”开头的是经办人写的计算式，未自动计算，复核时按式计算。");
  assert(rows.every((r) => r.length === W), "f3 width");
  assert(pct2(3522000, 5000000) === "70.44%", "f3 rate");
  return {
    description:
      `江门江海区经济促进局的《自评计分表》：B—E列事先设成了文本格式，经办人敲的计算式原样留在格里——上半“一、基础数据”序号｜项目｜填报值｜单位｜计算及说明（数值都是文本，培训人次“=1862+2147”、参训贫困人口“=23+19”、累计拨付“=126.8+98.54+85.2+41.66”万元要按式算），增速写在说明里“增速=(15.27-12.63)/12.63=20.9%”；下半“二、自评计分”序号｜评价指标｜分值｜自评分｜计分说明，自评分多是算式（“=2+2+2+1+1+1+1+2+2+1”“=2+1”“=4”），项目管理、农村产品上行各判断分只写在计分说明里（“制度2分＋台账1分”“调研2＋促销1＋第三方1＋快递1＋标准1＋增速2”），合计行“=SUM(D${r0}:D${r1})”不是分数；组长是“区委常委、常务副区长”（副职，分管领导），专栏“征求意见／监督举报窗口✘”为否。`,
    sheets: [{ name: "自评计分", rows, merges }],
    expect: {
      facts: {
        county: "江海区", asOf: "2021-08-31", residentPopulation: 338600, adminVillagesStated: 14, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1263000000, ruralRetail2020: 1527000000, ruralRetailGrowthStated: 0.209,
        agriRetail2019: 213000000, agriRetail2020: 286000000, agriRetailGrowthStated: 0.343,
        trainingPersonTimesStated: 4009, eligiblePoorPersonsStated: 71, trainedPoorPersonsStated: 42,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3522000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 珠海市香洲区: 说明, 村居名录 (区划调整), 站点标注导出 (JSON 属性), 培训课表, 宣传报道, hidden 字典
// =====================================================================================================
function buildL1() {
  // ---------------- 村居名录
  const V = [
    ["唐家湾镇", "唐乐村", "v", null, "现存", "有", "唐乐村民委员会"], ["唐家湾镇", "淇滨村", "v", null, "现存", "有", "淇滨村委会"],
    ["唐家湾镇", "鸡岭村", "v", null, "现存", "有", "鸡岭村委会"], ["唐家湾镇", "那湾村", "v", null, "现存", "有", "那湾村民委员会"],
    ["唐家湾镇", "官头村", "v", "2020年12月与东洲村合并设立官洲村", "已撤销", null, "官头村委会"],
    ["唐家湾镇", "东洲村", "v", "2020年12月与官头村合并设立官洲村", "已撤销", null, "东洲村委会"],
    ["唐家湾镇", "官洲村", "v", "2020年12月由原官头村、东洲村合并设立", "现存", "有", "官洲村民委员会"],
    ["唐家湾镇", "后塘村", "v", null, "现存", "有", "后塘村委会"], ["唐家湾镇", "永丰村", "v", null, "现存", "有", "永丰村委会"],
    ["唐家湾镇", "银湖村", "v", null, "现存", "无", "银湖村委会"], ["唐家湾镇", "唐家社区", "c", null, "现存", "有", "唐家社区居委会"],
    ["唐家湾镇", "金鼎社区", "c", null, "现存", "有", "金鼎社区居委会"], ["唐家湾镇", "会同社区", "c", null, "现存", "有", "会同社区居民委员会"],
    ["南屏镇", "北沙村", "v", null, "现存", "有", "北沙村委会"], ["南屏镇", "广昌村", "v", null, "现存", "有", "广昌村民委员会"],
    ["南屏镇", "洪湾村", "v", null, "现存", "有", "洪湾村委会"], ["南屏镇", "南溪村", "v", null, "现存", "有", "南溪村委会"],
    ["南屏镇", "沙栏村", "v", "2021年3月撤村改居，设立沙栏社区", "已撤销", null, "沙栏村委会"],
    ["南屏镇", "南屏社区", "c", null, "现存", "有", "南屏社区居委会"], ["南屏镇", "华发社区", "c", null, "现存", "有", "华发社区居委会"],
    ["南屏镇", "沙栏社区", "c", "2021年3月由原沙栏村撤村改居设立", "现存", "有", "沙栏社区居委会"],
    ["前山街道", "福石村", "v", null, "现存", "有", "福石村委会"], ["前山街道", "造贝村", "v", null, "现存", "有", "造贝村民委员会"],
    ["前山街道", "界涌村", "v", null, "现存", "有", "界涌村委会"], ["前山街道", "前山社区", "c", null, "现存", "有", "前山社区居委会"],
    ["前山街道", "翠微社区", "c", null, "现存", "有", "翠微社区居委会"],
    ["湾仔街道", "南湾村", "v", null, "现存", "有", "南湾村委会"], ["湾仔街道", "石角村", "v", null, "现存", "有", "石角村委会"],
    ["湾仔街道", "湾仔社区", "c", null, "现存", "有", "湾仔社区居委会"], ["湾仔街道", "银坑社区", "c", null, "现存", "有", "银坑社区居委会"],
  ];
  const vRows = [["香洲区村（居）委会名录（涉农镇街）"], ["资料来源：区民政局村（居）委会名册（2021年7月）；快递服务点由区电商办补填"],
    ["序号", "镇（街道）", "村（居）委会名称", "类型", "区划调整情况", "现状", "快递服务点", "备注"]];
  const vMerges = ["A1:H1", "A2:H2"];
  const vRecs = [];
  let seq = 0;
  let town = null;
  let r0 = 0;
  V.forEach(([t, nm, ty, adj, st, ex, typed], j) => {
    if (t !== town) {
      if (town) mergeCol(vMerges, "B", r0, vRows.length);
      town = t;
      r0 = vRows.length + 1;
    }
    const cur = st === "现存";
    if (cur) seq++;
    vRows.push([cur ? seq : "—", vRows.length + 1 === r0 ? t : null, typed, ty === "v" ? "村委会" : "居委会", adj, st, ex, st === "已撤销" ? "保留备查，不计数" : null]);
    if (cur) vRecs.push({ name: nm, admin: ty === "v", express: ex === "有" });
  });
  mergeCol(vMerges, "B", r0, vRows.length);
  vRows.push([`合计：现存村委会${vRecs.filter((r) => r.admin).length}个、居委会${vRecs.filter((r) => !r.admin).length}个（已撤销3个不计）`]);
  vMerges.push(`A${vRows.length}:H${vRows.length}`);
  for (const r of vRows) padRow(r, 8);
  noStemClash(vRecs.filter((r) => r.admin).map((r) => r.name), vRecs.filter((r) => !r.admin).map((r) => r.name), "l1");
  assert(vRecs.filter((r) => r.admin).length === 17 && vRecs.filter((r) => !r.admin).length === 10, "l1 17 + 10");

  // ---------------- 站点标注导出
  const townOf = {};
  for (const v of V) townOf[v[1]] = v[0];
  const typedOf = {};
  for (const v of V) typedOf[v[1]] = v[6];
  const SV = [["淇滨村", "2020-11-03", "2020-11-03"], ["唐乐村", "2020-11-20", "2020年11月20日"], ["北沙村", "2020-12-15", "20201215"],
    ["官洲村", "2021-01-08", "2021/1/8"], ["鸡岭村", "2021-03-16", "2021年3月16日"], ["永丰村", "2021-04", "2021年4月"], ["福石村", "2021-04-22", "2021-04-22"],
    ["广昌村", "2021-05-08", "2021/5/8"], ["后塘村", "2021-05-27", "2021.5.27"], ["唐家社区", "2021-06-10", "2021-06-10"], ["造贝村", "2021-06-30", "2021年6月30日"],
    ["永丰村", "2021-07-19", "2021-07-19"], ["洪湾村", "2021-08-12", "2021/8/12"], ["南湾村", "2021-08-31", "2021-08-31"], ["界涌村", "2021-09-02", "2021-09-02"]];
  const OTHER = [["香洲区电子商务公共服务中心", "区级电商公共服务中心", "前山街道"], ["唐家湾镇快递综合服务点", "快递服务网点", "唐家湾镇"],
    ["南屏镇北沙快递驿站", "快递服务网点", "南屏镇"], ["前山快递共配中心", "快递服务网点", "前山街道"]];
  const items = [];
  SV.forEach(([v, op, typedDate], j) => {
    const attrs = { 站点编号: `XZ-DS-${pad3(j + 1)}`, 所在镇街: townOf[v], 所在村: typedOf[v], 挂牌日期: typedDate, 负责人: personName(), 联系电话: mask(phone()) };
    if (v === "官洲村") attrs.备注 = "原官头村站点，2020年12月村委会合并后更名";
    if (v === "永丰村" && op === "2021-07-19") attrs.备注 = "同村第二个站点";
    if (v === "福石村") attrs.备注 = "2021年7月迁至村委会一楼";
    items.push({ name: `${v.replace(/村$|社区$/, "")}${v.endsWith("社区") ? "社区" : "村"}电商服务站${v === "永丰村" && op === "2021-07-19" ? "（二）" : ""}`, layer: "村级电商服务站", attrs, rec: { village: v, opened: op } });
  });
  OTHER.forEach(([n, layer, t]) => items.push({ name: n, layer, attrs: { 所在镇街: t, 负责人: personName(), 联系电话: mask(phone()) }, rec: null }));
  const order = shuffle(items.map((_, i) => i));
  const gRows = [["珠海市天地图·专题标注导出（图层组：香洲区电子商务进农村）"], ["导出时间：2021-09-06 15:20:44　　坐标系：CGCS2000　　共" + items.length + "条"],
    ["FID", "名称", "图层", "经度", "纬度", "创建人", "创建时间", "属性"]];
  const sRecs = [];
  order.forEach((i, k) => {
    const it = items[i];
    const [lo, la] = lngLat(113.48, 113.61, 22.2, 22.4);
    const created = `${randIsoBetween("2021-08-16", "2021-08-27")} ${hms()}`;
    gRows.push([k + 1, it.name, it.layer, lo, la, "xzsw_ds", created, JSON.stringify(it.attrs)]);
    if (it.rec) sRecs.push(it.rec);
  });
  assert(sRecs.length === 15, "l1 15 stations");

  // ---------------- 培训课表
  const COURSES = ["农村电商政策解读", "网店开设与装修", "直播带货实操", "短视频拍摄与剪辑", "农产品摄影与美工", "社群营销与私域流量", "电商客服与售后", "物流与供应链基础", "品牌打造与包装设计", "跨境电商入门"];
  const TEACH = ["黄老师", "梁老师", "陈老师", "苏老师", "林老师", "彭老师"];
  const PLACE = ["区电子商务公共服务中心", "唐家湾镇党群服务中心", "南屏镇文化站", "前山街道市民学校"];
  const P = [];
  let dd = "2020-10-15";
  for (let k = 0; k < 10; k++) {
    if (dd >= "2021-02-05" && dd <= "2021-02-21") dd = "2021-02-25";
    const days = k % 3 === 1 ? 2 : 1;
    const dates = days === 2 ? [dd, isoAdd(dd, 1)] : [dd];
    P.push({ no: k + 1, dates, n: rint(38, 72), place: PLACE[k % PLACE.length] });
    dd = isoAdd(dd, rint(30, 38));
  }
  P[9].dates = ["2021-09-07", "2021-09-08"];
  assert(P[8].dates[P[8].dates.length - 1] <= "2021-08-31", "l1 9th by Aug " + P[8].dates);
  const tRows = [["香洲区农村电商培训课程安排表（2020—2021年）"], ["说明：学员人数为该期报到人数，一期计一次，不按课时重复计算。"],
    ["期次", "学员人数", "日期", "时段", "课程内容", "授课老师", "地点"]];
  const tMerges = ["A1:G1", "A2:G2"];
  const tRecs = [];
  let ci = 0;
  P.forEach((p, j) => {
    const s0 = tRows.length + 1;
    const slots = [];
    for (const d of p.dates) {
      slots.push([d, "上午"]);
      slots.push([d, "下午"]);
    }
    if (p.dates.length === 1 && j % 2 === 0) slots.push([p.dates[0], "晚上"]);
    slots.forEach(([d, sl], i) => {
      const dc = j % 3 === 0 ? D(d) : j % 3 === 1 ? dotDate(d) : cnDate(d);
      const nc = j === 4 ? `${p.n}人` : j === 7 ? fwDigits(String(p.n)) : p.n;
      tRows.push([i === 0 ? `第${p.no}期` : null, i === 0 ? nc : null, dc, sl === "晚上" ? "晚上（线上答疑）" : sl, COURSES[ci++ % COURSES.length], TEACH[rint(0, TEACH.length - 1)], i === 0 ? p.place : null]);
    });
    const s1 = tRows.length;
    for (const c of ["A", "B", "G"]) mergeCol(tMerges, c, s0, s1);
    tRecs.push({ date: p.dates[p.dates.length - 1], personTimes: p.n });
  });
  tRows.push([`合计：${P.length}期，学员${sum(P.map((p) => p.n))}人次（含9月第10期）`]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);

  // ---------------- 宣传报道
  const MED = [["2020-11-20", "唐家湾镇首个村级电商服务站挂牌", "珠海特区报", "市媒", "报纸", "city", false],
    ["2020-12-30", "香洲：电商服务站开到村民家门口", "香洲发布", "区媒", "新媒体", "county", false],
    ["2021-03-18", "香洲区农村电商培训走进南屏", "珠海电视台《珠海新闻》", "市媒", "电视", "city", true],
    ["2021-05-21", "珠海香洲：直播间里卖淇澳红树林蟹", "南方+", "省媒", "客户端", "province", false],
    ["2021-07-09", "广东珠海香洲区：电商助农拓宽增收路", "新华网", "央媒", "网站", "national", false],
    ["2021-09-06", "香洲区电子商务进农村综合示范创建见闻", "广东广播电视台《广东新闻联播》", "省媒", "电视", "province", true]];
  const mRows = [["香洲区电子商务进农村宣传报道汇总"], ["序号", "日期", "标题", "媒体", "媒体类别", "载体"]];
  const mRecs = [];
  MED.forEach(([d, t, m, c, z, lvl, tv], j) => {
    mRows.push([j + 1, d === "2021-09-06" ? "2021.9.6" : dateCell(d, j + 1), `《${t}》`, m, c, z]);
    mRecs.push({ date: d, level: lvl, tv });
  });

  const note = [["香洲区电子商务进农村综合示范台账（第二册）说明"], ["1．《村居名录》“现状”为已撤销的村保留备查，不计入村（居）数。"],
    ["2．《站点标注导出》由区电商办在珠海市天地图平台标注后导出，只有图层为“村级电商服务站”的是服务站点；站点所在村、挂牌日期在“属性”列；“创建时间”是标注时间，不是挂牌时间。"],
    ["3．《培训课表》每期学员人数合并在该期各课时行上。"], ["4．《宣传报道》媒体类别：央媒、省媒、市媒、区媒。"], ["经办人：容××　2021年9月6日"]];
  const dict = [["图层", "媒体类别", "载体"], ["村级电商服务站", "央媒", "电视"], ["区级电商公共服务中心", "省媒", "报纸"], ["快递服务网点", "市媒", "网站"], [null, "区媒", "客户端"], [null, null, "新媒体"]];
  return {
    description:
      "珠海香洲区商务局台账第二册（说明、四张表、隐藏的字典表）：①《村居名录》村（居）委会一行，镇（街道）纵向合并，有“区划调整情况”和“现状”两列——官头村、东洲村2020年12月合并设立官洲村，沙栏村2021年3月撤村改居设沙栏社区，三个“已撤销”行序号写“—”、不是记录，快递服务点 有／无；②《站点标注导出》是从珠海市天地图专题标注导出的（FID｜名称｜图层｜经度｜纬度｜创建人｜创建时间｜属性），三种图层混在一起，只有“村级电商服务站”是站点（区级中心、快递网点不是），所在村和挂牌日期只在“属性”列的JSON串里（“挂牌日期”写法有2020-11-03、20201215、2021/1/8、2021年3月16日、只到月的2021年4月），“创建时间”是8月底的标注时间，不是挂牌日期，一村两站、一个社区站、一个9月站照列；③《培训课表》一课时一行，期次、学员人数（数字、“56人”、全角数字）、地点纵向合并在该期各课时行上，一期一条记录，人次是学员人数（不按课时乘），两天班按第二天；④《宣传报道》媒体类别 央媒／省媒／市媒／区媒，载体“电视”才是电视。",
    sheets: [
      { name: "说明", rows: note, merges: [] },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点标注导出", rows: gRows, merges: ["A1:H1", "A2:H2"] },
      { name: "培训课表", rows: tRows, merges: tMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "村居名录": { kind: "villages", records: vRecs },
        "站点标注导出": { kind: "stations", records: sRecs },
        "培训课表": { kind: "training", records: tRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江市赤坎区: 封面, 脱贫人口 (codes), 园区租赁合同, 资金支付审批单 (stacked forms), 专栏网页 (copied list), 月报 (文号)
// =====================================================================================================
function buildL2() {
  const REG = "440802";
  // ---------------- 脱贫人口 (numeric codes)
  const HH = [["L", "U", "N"], ["L", "C", "L"], ["O", "L", "N", "U"], ["L", "W", "N"], ["N", "N"], ["P", "L"], ["U", "L", "O", "N"], ["L", "L", "B"], ["O", "C", "N"],
    ["W", "L", "U"], ["L", "P", "N"], ["U", "O"], ["L", "L", "N", "C"]];
  const VILL = ["调顺村", "北桥村", "南桥村", "麻斜村", "百儒村", "东坡村"];
  const pRows = [["赤坎区脱贫人口（建档立卡）劳动力及务工情况表"],
    ["代码说明：劳动能力 1-普通劳动力　2-技能劳动力　3-弱劳动力或半劳动力　4-丧失劳动力　5-无劳动力（1、2、3均属有劳动能力）"],
    ["务工状况 0-未务工　1-区内务工　2-区外市内务工　3-市外省内务工　4-省外务工　9-不适用（2、3、4均属外出务工）"],
    ["序号", "户编号", "村", "姓名", "证件号码", "与户主关系", "劳动能力", "务工状况", "务工地点", "备注"]];
  const pMerges = ["A1:J1", "A2:J2", "A3:J3"];
  const pRecs = [];
  let seq = 0;
  let xDone = false;
  HH.forEach((hh, hi) => {
    const r0 = pRows.length + 1;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    hh.forEach((c, i) => {
      seq++;
      const rel = i === 0 ? "户主" : c === "N" ? (i % 2 ? "父亲" : "母亲") : i === 1 ? "配偶" : i % 2 ? "之子" : "之女";
      const birth = c === "N" ? birthBetween(1936, 1956) : i < 2 ? birthBetween(1965, 1983) : birthBetween(1993, 2003);
      const wantX = !xDone && c === "O" ? true : undefined;
      if (wantX) xDone = true;
      const id = makeId(REG, birth, ["户主", "之子", "父亲"].includes(rel), wantX);
      // L: in district; U: not working; O: outside (codes 2/3/4); W: 区外市内 (2); C: labour but 务工 blank; P: 弱劳动力 + 未务工; B: 丧失劳动力 shown as 4; N: no labour
      let lab;
      let work;
      let place = null;
      let rec;
      if (c === "L") {
        lab = [1, 2][seq % 2];
        work = 1;
        place = ["赤坎区中华街道", "赤坎区调顺街道", "赤坎区北桥街道"][seq % 3];
        rec = { id, labour: true, migrant: false };
      } else if (c === "U") {
        lab = 1;
        work = 0;
        rec = { id, labour: true, migrant: false };
      } else if (c === "P") {
        lab = 3;
        work = 0;
        rec = { id, labour: true, migrant: false };
      } else if (c === "O") {
        lab = [1, 2][seq % 2];
        work = [3, 4][seq % 2];
        place = work === 3 ? ["广州市白云区", "深圳市宝安区", "东莞市虎门镇"][seq % 3] : ["浙江省宁波市", "广西壮族自治区北海市"][seq % 2];
        rec = { id, labour: true, migrant: true };
      } else if (c === "W") {
        lab = 1;
        work = 2;
        place = ["湛江市霞山区", "湛江市麻章区"][seq % 2];
        rec = { id, labour: true, migrant: true };
      } else if (c === "C") {
        lab = 2;
        work = null;
        rec = { id, labour: true, migrant: null };
      } else if (c === "B") {
        lab = 4;
        work = 9;
        rec = { id, labour: false, migrant: null };
      } else {
        lab = 5;
        work = 9;
        rec = { id, labour: false, migrant: null };
      }
      const labCell = seq % 7 === 3 ? String(lab) : lab;
      const workCell = work === null ? null : seq % 5 === 2 ? String(work) : work;
      pRows.push([seq, i === 0 ? `CK${String(hi + 1).padStart(4, "0")}` : null, i === 0 ? VILL[hi % VILL.length] : null, i === 0 ? personName(sur) : personName(rel === "配偶" || rel === "母亲" ? undefined : sur), id, rel, labCell, workCell, place,
        c === "C" ? "务工情况待核实" : c === "W" ? "在湛江市区务工，属区外" : null]);
      pRecs.push(rec);
    });
    for (const col of ["B", "C"]) mergeCol(pMerges, col, r0, pRows.length);
  });
  assert(xDone && pRecs.some((r) => r.migrant === null && r.labour) && pRecs.filter((r) => r.migrant === true).length >= 4, "l2 poor mix");

  // ---------------- 园区租赁合同
  const T = [
    ["HT-2020-001", "A101", "湛江港城优品电子商务有限公司", "平台型电商", "2020-09-01", "2023-08-31", null, null],
    ["HT-2020-002", "A102", "赤坎区海味干货网店", "销售型", "2020-09-15", "2021-09-14", null, null],
    ["HT-2020-003", "A103", "湛江红橙电商商行", "销售型", "2020-10-01", "2021-03-31", null, "到期续签，见HT-2021-002"],
    ["HT-2020-004", "A105", "湛江蓝海电商代运营有限公司", "电商运营服务商", "2020-10-12", "2023-10-11", null, null],
    ["HT-2020-005", "A106", "赤坎区粤西物流有限公司", "物流快递", "2020-10-20", "2022-10-19", null, null],
    ["HT-2020-006", "B201", "湛江鲜虾直供网络科技有限公司", "平台型电商", "2020-11-02", "2023-11-01", null, null],
    ["HT-2020-007", "B202", "赤坎区老街糖水铺网店", "销售型", "2020-11-09", "2021-11-08", null, null],
    ["HT-2020-008", "B203", "湛江乐购直播电商有限公司", "直播机构", "2020-11-15", "2021-11-14", "2021-05-31", "提前退租"],
    ["HT-2020-009", "B205", "湛江港湾供应链管理有限公司", "供应链", "2020-12-01", "2022-11-30", null, null],
    ["HT-2020-010", "B206", "赤坎区菠萝的海电商商行", "销售型", "2020-12-10", "2021-06-09", null, "到期续签，见HT-2021-004"],
    ["HT-2021-001", "C301", "湛江冷链速运有限公司", "物流快递", "2021-01-06", "2024-01-05", null, null],
    ["HT-2021-002", "A103", "湛江红橙电商商行", "销售型", "2021-04-01", "2022-03-31", null, "续签"],
    ["HT-2021-003", "C302", "赤坎区农创电商服务中心", "电商运营服务商", "2021-04-19", "2022-04-18", null, null],
    ["HT-2021-004", "B206", "赤坎区菠萝的海电商商行", "销售型", "2021-06-10", "2022-06-09", null, "续签"],
    ["HT-2021-005", "C303", "湛江新农人网络科技有限公司", "平台型电商", "2021-07-01", "2024-06-30", "2021-09-03", "经营调整退租"],
    ["HT-2021-006", "C305", "赤坎区乡味电子商务有限公司", "销售型", "2021-09-01", "2022-08-31", null, "9月新签"],
  ];
  const codeOf = {};
  const eRows = [["赤坎区电商产业园房屋租赁合同台账"], ["园区运营方：湛江港城电子商务有限公司　　　更新至2021年9月6日"],
    ["合同编号", "房号", "承租企业", "统一社会信用代码", "企业类型", "租赁起始日", "租赁终止日", "实际退租日", "备注"]];
  const eRecs = [];
  T.forEach(([no, room, n, t, s, e, out, rem], j) => {
    if (!codeOf[n]) codeOf[n] = creditCode(REG);
    eRows.push([no, room, n, codeOf[n], t, dateCell(s, j), dateCell(e, j + 1), out ? (out === "2021-09-03" ? "2021.9.3" : cnDate(out)) : null, rem]);
    eRecs.push({ name: n, type: t, entered: s, left: out });
  });
  eRows.push(["注：“租赁终止日”为合同约定到期日；企业实际退出以“实际退租日”为准，空白为仍在租。"]);

  // ---------------- 资金支付审批单
  const PAY = [
    ["2020-11-02", "2020-11-05", "2020-11-10", "村级电商服务站点建设（首付款）", "中国邮政集团有限公司湛江市赤坎区分公司", 360000],
    ["2020-12-11", "2020-12-14", "2020-12-18", "区电子商务公共服务中心建设", "湛江港城电子商务有限公司", 520000],
    ["2021-01-15", "2021-01-18", "2021-01-22", "农村电商人才培训（第一期）", "湛江市赤坎区职业培训学校", 86500],
    ["2021-03-12", "2021-03-15", "2021-03-19", "区镇村三级物流配送体系建设", "赤坎区粤西物流有限公司", 298000],
    ["2021-04-23", "2021-04-26", "2021-04-30", "农产品品牌培育及网络推广", "湛江蓝海电商代运营有限公司", 145800],
    ["2021-06-04", "2021-06-07", "2021-06-11", "村级电商服务站点建设（进度款）", "中国邮政集团有限公司湛江市赤坎区分公司", 240000],
    ["2021-07-30", "2021-08-02", "2021-08-06", "区电子商务公共服务中心运营", "湛江港城电子商务有限公司", 315000],
    ["2021-08-20", "2021-08-24", null, "冷链及溯源系统建设", "湛江冷链速运有限公司", 180000],
    ["2021-09-01", "2021-09-03", "2021-09-10", "村级电商服务站点建设（尾款）", "中国邮政集团有限公司湛江市赤坎区分公司", 120000],
  ];
  const W = 6;
  const fRows = [];
  const fMerges = [];
  const fRecs = [];
  const full = (t) => {
    fRows.push(padRow([t], W));
    fMerges.push(`A${fRows.length}:F${fRows.length}`);
  };
  PAY.forEach(([apply, approve, paid, item, who, a], j) => {
    full("赤坎区电子商务进农村综合示范专项资金支付审批单");
    fRows.push(padRow([`编号：CK-ZF-${apply.slice(0, 4)}-${pad3(j + 1)}`, null, null, null, "单位：元", null], W));
    fMerges.push(`A${fRows.length}:D${fRows.length}`, `E${fRows.length}:F${fRows.length}`);
    fRows.push(padRow(["项目名称", item], W));
    fMerges.push(`B${fRows.length}:F${fRows.length}`);
    fRows.push(padRow(["收款单位", who, null, "开户银行", ["中国邮政储蓄银行湛江市分行", "中国工商银行湛江赤坎支行", "中国农业银行湛江分行"][j % 3], null], W));
    fMerges.push(`B${fRows.length}:C${fRows.length}`, `E${fRows.length}:F${fRows.length}`);
    fRows.push(padRow(["支付金额（大写）", `人民币${daxie(a)}`, null, "（小写）", `¥${fmtMoney(a)}`, null], W));
    fMerges.push(`B${fRows.length}:C${fRows.length}`, `E${fRows.length}:F${fRows.length}`);
    fRows.push(padRow(["申请日期", cnDate(apply), null, "经办人", "吴××", null], W));
    fMerges.push(`B${fRows.length}:C${fRows.length}`, `E${fRows.length}:F${fRows.length}`);
    fRows.push(padRow(["股室意见", `情况属实，请领导审批。　许××　${dotDate(isoAdd(apply, 1))}`], W));
    fMerges.push(`B${fRows.length}:F${fRows.length}`);
    fRows.push(padRow(["局领导审批", `同意支付。　陈××　${dotDate(approve)}`], W));
    fMerges.push(`B${fRows.length}:F${fRows.length}`);
    fRows.push(padRow(["财务支付日期", paid ? (j % 2 ? cnDate(paid) : D(paid)) : "（未支付，待项目验收）", null, "凭证号", paid ? `记-${paid.slice(5, 7)}-${pad3(rint(3, 60))}` : null, null], W));
    fMerges.push(`B${fRows.length}:C${fRows.length}`, `E${fRows.length}:F${fRows.length}`);
    fRows.push(padRow([], W));
    if (paid) fRecs.push({ date: paid, amount: a });
  });
  assert(fRecs.length === 8 && fRecs.some((r) => r.date > "2021-08-31"), "l2 8 paid");

  // ---------------- 专栏网页
  const U = [["2020-06-30", "赤坎区电子商务进农村综合示范项目基本信息公示"], ["2020-07-10", "关于公布赤坎区电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    const nx = monthsBetween(m, "2021-12")[1];
    U.push([`${nx}-${String(rint(3, 12)).padStart(2, "0")}`, `赤坎区电子商务进农村综合示范项目建设进度（${y}年${mo}月）`]);
    if (rnd() < 0.35) U.push([`${m}-${String(rint(10, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `赤坎区举办${["农村电商直播带货培训班", "电商助农产销对接会", "网店运营培训班", "“赤坎好物”网络促销活动"][rint(0, 3)]}`]);
  }
  U.sort((a, b) => cmp(b[0], a[0]));
  const pinned = ["2020-06-18", "【置顶】赤坎区电子商务进农村综合示范创建工作方案"];
  const uRows = [["首页 > 专题专栏 > 赤坎区电子商务进农村综合示范"], [`（2021年9月6日从区政府门户网站复制，共${U.length + 1}条，分3页）`]];
  const uRecs = [];
  const per = Math.ceil((U.length + 1) / 3);
  const list = [pinned].concat(U);
  for (let pg = 0; pg < 3; pg++) {
    for (const [d, t] of list.slice(pg * per, (pg + 1) * per)) {
      uRows.push([t.startsWith("【") ? t : `· ${t}`, `[${d}]`]);
      uRecs.push({ date: d });
    }
    uRows.push([`首页　上一页　1　2　3　下一页　尾页　　共${list.length}条　第${pg + 1}/3页`, null]);
    uRows.push([null, null]);
  }
  assert(uRecs.length === list.length, "l2 disclosures");

  // ---------------- 月报
  const rRows = [["赤坎区商务局报送市商务局月报登记（电子商务进农村综合示范）"], ["序号", "文号", "标题", "成文日期", "发送时间（粤政易）", "附电商扶贫统计", "接收单位"]];
  const rRecs = [];
  const docNo = { 2020: rint(34, 40), 2021: rint(2, 6) };
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const [y, mo] = m.split("-").map(Number);
    const nx = monthsBetween(m, "2021-12")[1];
    let sd = `${nx}-${String(rint(4, 10)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(sd)) || (sd >= "2020-10-01" && sd <= "2020-10-08")) sd = isoAdd(sd, 1);
    const made = isoAdd(sd, -rint(1, 3));
    const pov = j === 0 ? "否" : j === 5 ? null : "是";
    const yr = Number(made.slice(0, 4));
    docNo[yr] += rint(3, 9);
    rRows.push([j + 1, `赤商务〔${yr}〕${docNo[yr]}号`, `关于报送赤坎区电子商务进农村综合示范创建工作${y}年${mo}月进展情况的报告`, cnDate(made), `${sd} ${hms().slice(0, 5)}`, pov, "湛江市商务局"]);
    rRecs.push({ date: sd, poverty: pov === "是" ? true : pov === "否" ? false : null });
  });

  const cover = [["赤坎区电子商务进农村综合示范考评台账（第三册）"], [null], ["目录：一、脱贫人口劳动力及务工情况　二、园区租赁合同　三、资金支付审批单　四、专栏网页　五、月报登记"], [null], ["湛江市赤坎区商务局　2021年9月"]];
  return {
    description:
      "湛江赤坎区商务局台账第三册（封面＋五张表）：①封面不是台账；②《脱贫人口》按户排（户编号、村纵向合并），劳动能力、务工状况填代码（数字，也有文本“3”），上面两行代码说明（1—3有劳动能力、4—5没有；务工2区外市内、3市外省内、4省外都算外出务工，在湛江市霞山区务工也是外出，0未务工、1区内务工不是，9不适用＝无劳动能力者不作答），一人务工状况空着（待核实）是未答，身份证号有末位X；③《园区租赁合同》一份合同一行，续签的企业有两行（第一份合同“到期续签”，租赁终止日不是退租），退出看“实际退租日”（“2021年5月31日”提前退租、“2021.9.3”照列），9月新签的一行照列；④《资金支付审批单》九张审批单上下叠放（编号、项目名称、收款单位、大写／小写金额、申请日期、股室和局领导签批日期、财务支付日期＋凭证号），读“财务支付日期”和小写金额，申请、审批日期不是拨付日期，一张“（未支付，待项目验收）”不是拨付，9月10日支付的照列；⑤《专栏网页》是从区政府网站专栏列表复制的：一条一行，A列“· 标题”、B列“[2020-06-18]”式日期，最上面一条【置顶】（最早的方案）、其后按日期倒序，每页末尾一行“首页　上一页　1　2　3…共N条　第1/3页”和空行不是记录；⑥《月报》按文号登记，成文日期（“2020年9月5日”）和发送时间（“2020-09-07 17:50”文本）不同，读发送时间，附电商扶贫统计 是／否／空。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "园区租赁合同", rows: eRows, merges: ["A1:I1", "A2:I2", `A${eRows.length}:I${eRows.length}`] },
      { name: "资金支付审批单", rows: fRows, merges: fMerges },
      { name: "专栏网页", rows: uRows, merges: [] },
      { name: "月报", rows: rRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "园区租赁合同": { kind: "enterprises", records: eRecs },
        "资金支付审批单": { kind: "funds", records: fRecs },
        "专栏网页": { kind: "disclosures", records: uRecs },
        "月报": { kind: "reports", records: rRecs },
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
write("counties", "b209-c1-dongyuan.json", c1);
write("facts", "b209-f1-baiyun.json", f1);
write("facts", "b209-f2-nanhai.json", f2);
write("facts", "b209-f3-jianghai.json", f3);
write("ledgers", "b209-l1-xiangzhou.json", l1);
write("ledgers", "b209-l2-chikan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
