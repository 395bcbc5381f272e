// Batch 200 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b198.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (200200), no clock. Run: node test/corpus/_b200/gen-b200.js
//
// c1 云城区 (云浮): 《考评数据卡》 printed as two panels side by side (A:C then E:G, numbered left first; self-scores as a two-panel
//    list) + 《村站一览》 (one row per village with its station(s) in the same row, a second station on a continuation row with the
//    village cells merged; 8月31日 station decides 45/64), sessions (a full-width 人次 decides 3,112/311,200 = 1%), poor trainees (a
//    full-width ID decides 25/50 = 50%), park firms (a rename keeps the credit code: 19 not 20), 万元 payments with a “−12” refund of a
//    duplicate payment (69.76% → −5), reports (1—2月 merged), 专栏, and media + materials as two tables stacked on one sheet.
// f1 黄埔区 (广州): 《创建任务分解及完成情况表》 — 任务类别 merged, 牵头/配合单位, 完成时限 (deadlines, not facts), 完成情况, status ●◐○,
//    主观项自评分; 区长 leads; “区农业农村局（加挂区乡村振兴局牌子）” covers 农业 and 扶贫; ◐ policy / other services and ○ park are “no”.
// f2 新会区 (江门): the official indicator table as printed over two pages: a “【完成情况】…” row (B:F merged) under every indicator row,
//    “第 1 页，共 2 页”, a repeated title “（续表）” and header mid-sheet, 服务体系建设 as two rows, veto rows “—” with “无。”, 合计 “99（另加分1）”.
// f3 湘桥区 (潮州): 逐档勾选 — every official tier on its own row (序号/指标/自评得分/情况说明 merged per indicator), √ ✔ ☑ / × ✘ / blank,
//    judged tiers “√（2分）”; facts from the ticks of checklist tiers plus 情况说明; 分管副区长 leads (deputy).
// l1 四会市 (肇庆): 填表说明; 村居名单 with one column per town (▲ poor, 小计 row); 站点台账 as stacked per-town blocks each with its own
//    header (“（本镇暂未建站）”, “拟2021年10月挂牌”); 小程序扫码签到导出 (只读“有效”; 重复签到 / 已撤销; 补签 rows masked); 脱贫人口 by
//    household (有/弱/无; 市外省内务工/省外务工 migrant; 就学 / — null; one lower-case x); a hidden 下拉选项 sheet.
// l2 麻章区 (湛江): 目录; 入驻企业 (entered = start of 入驻期限（起—止）, four range styles; left from the 状态 text); 记账凭证汇总 (一借一贷,
//    only the 专项支出 借方 lines are disbursements; 收到拨款 and 结息 are not); 月报 (“—” 漏报, a 补报更正 row); 网站内容管理后台导出 (only
//    “已发布”, date from 发布时间, newest first by 文章ID); 宣传报道 (中央级/省级/地市级/区县级; only 载体“电视” is TV); 经验材料.
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
let seed = 200200;
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
    assert(/^b200-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b200-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b200-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 云浮市云城区: 两栏打印的《考评数据卡》 + 村站一览 (one row per village, stations in the same row) + eight ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 311200;
  const REGION = "445302";
  const TOWNS = [["云城街道", 2, 4], ["河口街道", 6, 3], ["安塘街道", 8, 1], ["高峰街道", 9, 2], ["思劳镇", 10, 1], ["腰古镇", 9, 0], ["前锋镇", 11, 0], ["南盛镇", 9, 1]];
  const prefixes = ["云城", "河口", "安塘", "高峰", "思劳", "腰古", "前锋", "南盛"];
  const vName = nameMaker("大小新旧上下东西南北石竹榕禾", ["岗", "坑", "塘", "垌", "坪", "洞", "岭", "寨", "围", "朗", "步", "湾", "冲", "滘"], "村", prefixes);
  const cName = nameMaker("星岩城丰兴宝", ["岩", "华", "安", "德", "平", "和", "盛"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 64 && comms.length === 12, "c1 64 villages + 12 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tv = (t) => towns.find((x) => x.t === t).vs;
  const poor = [tv("思劳镇")[2], tv("思劳镇")[7], tv("腰古镇")[3], tv("前锋镇")[1], tv("前锋镇")[8], tv("南盛镇")[5]];
  const poorSet = new Set(poor);
  const poorSept = tv("前锋镇")[8];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNonPoor = nonPoor.slice(0, 40);
  const uncovered = nonPoor.slice(40);
  assert(uncovered.length === 18, "c1 18 uncovered non-poor");
  const vSept = uncovered[0];
  const vPrep = uncovered[1];
  const vNoExp = uncovered[2];
  const vCut = covNonPoor[0];
  const vTwo = covNonPoor[1];
  const commSt = [towns[1].cs[0], towns[3].cs[1]];

  // ---------------- stations (opened dates), attached to villages
  const stOf = new Map();
  const addSt = (v, op, kind) => {
    if (!stOf.has(v)) stOf.set(v, []);
    stOf.get(v).push({ op, kind: kind || null });
  };
  for (const v of poor.filter((p) => p !== poorSept).concat(covNonPoor)) addSt(v, randIsoBetween("2020-06-10", "2021-08-20"));
  stOf.get(vCut)[0].op = CUT;
  addSt(vTwo, randIsoBetween("2021-02-01", "2021-08-10"), "second");
  for (const c of commSt) addSt(c, randIsoBetween("2020-09-01", "2021-07-30"));
  addSt(poorSept, "2021-09-02");
  addSt(vSept, "2021-09");
  addSt(vPrep, null, "prep");
  const adminSet = new Set(admin);
  const covSet = new Set();
  for (const [v, list] of stOf) if (adminSet.has(v) && list.some((s) => openedBy(s.op, CUT))) covSet.add(v);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 45 && ratioGE(45, 64, 70) && !ratioGE(44, 64, 70) && ratioGE(44, 64, 50), "c1 45/64 ≥ 70%, 44/64 < 70%");
  assert(covPoor.length === 5 && ratioGE(5, 6, 80) && !ratioGE(5, 6, 100), "c1 poor 5/6");

  // ---------------- 村站一览 (villages + stations in one sheet)
  const W = 10;
  const vRows = [["云城区行政村（社区）及村级电商服务站点一览表"], ["填报单位：云城区商务局（村居名单经区民政局核对，快递进村情况经区邮政管理部门核对）　　　截至2021年8月31日"],
    ["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村", "村级电商服务站点", null, null, "备注"],
    [null, null, null, null, null, null, "站点名称", "挂牌时间", "站长／电话", null]];
  const vMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4"];
  let sq = 0;
  let stRows = 0;
  let j = 0;
  for (const x of towns) {
    const t0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${short(v)}居委会` : sq % 3 === 0 ? `${short(v)}村民委员会` : sq % 3 === 1 ? `${short(v)}村委会` : v;
      const list = stOf.get(v) || [];
      const r0 = vRows.length + 1;
      const exp = v === vNoExp ? "×（村民到镇上取件）" : "√";
      const poorCell = !isC && poorSet.has(v) ? "是" : null;
      if (list.length === 0) {
        vRows.push([sq, x.t, nm, isC ? "居委会" : "村委会", poorCell, exp, "（未建站）", "—", null, null]);
      }
      list.forEach((s, k) => {
        j++;
        stRows++;
        let opCell;
        let note = null;
        if (s.kind === "prep") {
          opCell = "筹建中";
          note = "场地装修中，未挂牌";
        } else if (s.op === "2021-09") {
          opCell = "2021年9月";
          note = "9月挂牌";
        } else if (s.op === "2021-09-02") {
          opCell = "2021.9.2";
          note = "8月底完成装修，9月2日挂牌";
        } else if (s.op === CUT) {
          opCell = "2021.8.31";
          note = "8月31日下午挂牌";
        } else opCell = dateCell(s.op, j);
        if (s.kind === "second") note = "同村第二个站点（邮政合作点）";
        const stName = `${short(v)}${isC ? "社区" : "村"}电商服务站${s.kind === "second" ? "（二）" : s.kind === "prep" ? "（筹建中）" : ""}`;
        const lead = `${personName()} ${mask(phone())}`;
        vRows.push(k === 0 ? [sq, x.t, nm, isC ? "居委会" : "村委会", poorCell, exp, stName, opCell, lead, note] : [null, null, null, null, null, null, stName, opCell, lead, note]);
      });
      const r1 = vRows.length;
      if (r1 > r0) for (const c of ["A", "C", "D", "E", "F"]) vMerges.push(`${c}${r0}:${c}${r1}`);
    }
    mergeCol(vMerges, "B", t0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个、居委会${comms.length}个；站点${stRows}个（含筹建中1个、9月挂牌2个）`]);
  vMerges.push(`A${vRows.length}:J${vRows.length}`);
  vRows.push(["注：“省定贫困村”一栏标“是”的为省定贫困村（共6个），其余行政村不是；居委会不涉及。挂牌时间以挂牌仪式日期为准。"]);
  vMerges.push(`A${vRows.length}:J${vRows.length}`);
  for (const r of vRows) padRow(r, W);

  // ---------------- 培训班次 (sessions)
  const TOPICS = ["农村电商基础", "网店开设与装修", "直播带货实操", "短视频拍摄剪辑", "农产品包装与品控", "社群营销", "电商客服与物流", "品牌策划", "南药（肉桂）电商销售", "石材电商推广"];
  const PLACES = ["区电商公共服务中心", "思劳镇党群服务中心", "腰古镇文化站", "前锋镇政府会议室", "南盛镇文化站", "高峰街道社区服务中心"];
  const sessions = [];
  let day = "2020-09-15";
  for (let k = 0; k < 26; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-13";
    if (day >= "2021-02-08" && day <= "2021-02-21") day = "2021-02-24";
    const len = k % 7 === 3 ? 1 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], place: PLACES[k % PLACES.length], pt: rint(100, 140) });
    day = isoAdd(day, rint(12, 14));
  }
  assert(sessions[25].end <= "2021-08-25", "c1 26th session by 8/25 " + sessions[25].end);
  let diff = 3112 - sum(sessions.map((s) => s.pt));
  for (let i = 0; diff !== 0; i = (i + 1) % 26) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 4);
    if (sessions[i].pt + st < 90 || sessions[i].pt + st > 160) continue;
    sessions[i].pt += st;
    diff -= st;
  }
  const fwSess = sessions[17];
  const sept = { no: 28, start: "2021-08-27", end: "2021-09-02", topic: "电商直播集训营（七天）", place: "区电商公共服务中心", pt: 96 };
  sessions.push(sept);
  const cancelled = { no: 27, start: "2021-08-24", cancelled: true, topic: "农村电商基础（南盛镇专场）", place: "南盛镇文化站" };
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 3112 && ptCut * 100 === POP, "c1 3,112 = 1% of 311,200");
  assert(!((ptCut - fwSess.pt) * 100 >= POP) && (ptCut - fwSess.pt) * 1000 >= POP * 8, "c1 without the full-width session < 1%");
  const tRows = [["云城区农村电商培训班次登记表"], ["单位：人次"], ["期次", "培训时间", "培训主题", "培训地点", "天数", "签到人次", "其中脱贫人口", "备注"]];
  const sessOrder = sessions.slice();
  sessOrder.splice(sessOrder.indexOf(sept), 0, cancelled);
  sessOrder.forEach((s, i) => {
    if (s.cancelled) {
      tRows.push([`第${s.no}期`, "2021年8月24日", s.topic, s.place, null, "—", "—", "疫情防控暂停，未开班"]);
      return;
    }
    let tc;
    if (s === sept) tc = "2021年8月27日至9月2日";
    else if (s.end !== s.start) tc = rangeText(s.start, s.end, i % 2 ? "dot" : "cn");
    else tc = dateCell(s.start, i + 1);
    const ptc = s === fwSess ? fwDigits(String(s.pt)) : i % 8 === 5 ? `${s.pt}人次` : s.pt;
    const days = s === sept ? 7 : s.end !== s.start ? 2 : 1;
    s.poorN = 0;
    tRows.push([`第${s.no}期`, tc, s.topic, s.place, days, ptc, null, s === sept ? "9月2日结业" : days === 2 ? "两天班，按签到人数计" : null]);
  });
  const tMerges = ["A1:H1", "A2:H2"];

  // ---------------- 脱贫人口 and 脱贫学员
  const plan = shuffle([].concat(Array(50).fill("E"), Array(6).fill("M"), Array(4).fill("N")));
  const persons = plan.map((c, k) => {
    const birth = c === "N" ? birthBetween(1938, 1954) : birthBetween(1965, 2000);
    const id = makeId(REGION, birth, rnd() < 0.5);
    const v = poor[k % 6];
    let st;
    if (c === "E") st = ["有劳动能力·在家务农", "有劳动能力·区内务工", "弱劳动力·在家", "有劳动能力·区内务工", "有劳动能力·在家务农"][k % 5];
    else if (c === "M") st = `有劳动能力·外出务工（${["佛山市南海区", "广州市白云区", "东莞市", "深圳市宝安区", "肇庆市端州区", "福建省晋江市"][k % 6]}）`;
    else st = k % 2 ? "无劳动能力" : "丧失劳动能力";
    return { c, id, v, st, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  const pSorted = persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v));
  const pRows = [["云城区脱贫人口劳动力状况名单"], ["说明：“劳动力状况”中“有劳动能力”“弱劳动力”均属有劳动能力；“外出务工”指在区外务工（括号内为务工地），“区内务工”“在家”不是外出务工。"],
    ["序号", "镇（街道）", "村", "姓名", "证件号码", "劳动力状况"]];
  pSorted.forEach((p, k) => pRows.push([k + 1, townOf[p.v], p.v, p.name, p.id, p.st]));
  const pMerges = ["A1:F1", "A2:F2"];

  const poorSess = sessions.filter((s) => s.end <= CUT);
  const eSh = shuffle(elig);
  const trained = eSh.slice(0, 25);
  const fwPerson = trained[11];
  const septOnly = eSh[25];
  const TR = trained.map((p, k) => ({ p, s: poorSess[(k * 3) % poorSess.length], id: p === fwPerson ? fwDigits(p.id) : p.id }));
  TR.push({ p: trained[4], s: poorSess[poorSess.length - 1], id: trained[4].id, note: "第二次参训" });
  TR.push({ p: septOnly, s: sept, id: septOnly.id });
  const mig = persons.find((p) => p.c === "M");
  TR.push({ p: mig, s: poorSess[7], id: mig.id, note: "春节返乡期间参训" });
  const outsider = { name: personName(), id: makeId("445321", birthBetween(1978, 1992), true), v: null };
  TR.push({ p: outsider, s: poorSess[9], id: outsider.id, note: "新兴县脱贫户，随亲属参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  for (const t of TRs) t.s.poorN = (t.s.poorN || 0) + 1;
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(normId(t.id))).map((t) => normId(t.id)));
  const trainedRaw = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 25 && ratioGE(25, 50, 50) && !ratioGE(25, 50, 70), "c1 25/50 = 50%");
  assert(trainedRaw.size === 24 && !ratioGE(24, 50, 50) && ratioGE(24, 50, 40), "c1 24/50 without the full-width id");
  // fill the 其中脱贫人口 column from the trainee list
  for (let r = 3; r < tRows.length; r++) {
    const s = sessions.find((x) => `第${x.no}期` === tRows[r][0]);
    if (s) tRows[r][6] = s.poorN || 0;
  }
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN || 0)), "含第28期（9月2日结业）"]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  const trRows = [["脱贫人口参训名单"], ["序号", "姓名", "身份证号", "所在村", "参训期次", "培训时间"]];
  TRs.forEach((t, k) => {
    const i = sessOrder.indexOf(t.s);
    const tc = t.s === sept ? "2021年8月27日至9月2日" : t.s.end !== t.s.start ? rangeText(t.s.start, t.s.end, "cn") : cnDate(t.s.start);
    trRows.push([k + 1, t.p.name, t.id, t.p.v || "（新兴县）", `第${t.s.no}期`, tc]);
    assert(i >= 0, "c1 session index");
  });
  trRows.push([`注：本名单人员已计入《培训班次》签到人次。共${TRs.length}人次。`]);
  const trMerges = ["A1:F1", `A${trRows.length}:F${trRows.length}`];

  // ---------------- 园区企业 (a rename keeps the credit code)
  const FIRMS = [["云浮市云城区石艺云电子商务有限公司", "平台型"], ["云浮市云城区南药优选网络科技有限公司", "平台型"], ["云浮市云城区禾丰电子商务有限公司", "销售型"],
    ["云浮市云城区肉桂香网店", "销售型"], ["云浮市云城区思劳腊味电商商行", "销售型"], ["云浮市云城区腰古农产品网店", "销售型"], ["云浮市云城区前锋沙糖桔电商商行", "销售型"],
    ["云浮市云城区南盛茶业网店", "销售型"], ["云浮市云城区石都电子商务有限公司", "销售型"], ["云浮市云城区云品代运营服务有限公司", "电商运营商"],
    ["云浮市云城区新农电商服务有限公司", "电商运营商"], ["云浮市云城区速运物流有限公司", "物流企业"], ["云浮市云城区丰达快递服务有限公司", "物流企业"],
    ["云浮市云城区冷链仓储有限公司", "物流企业"], ["云浮市云城区星岩直播传媒有限公司", "直播机构"], ["云浮市云城区山货直播电商有限公司", "直播机构"],
    ["云浮市云城区包装设计工作室", "设计服务"], ["云浮市云城区岭南优品网络科技有限公司", "平台型"], ["云浮市云城区乡味电商商行", "销售型"], ["云浮市云城区蟠龙米业网店", "销售型"], ["云浮市云城区河口竹编网店", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2021-01-10", "2021-08-15"), left: null, st: "在园" }));
  const renamed = firms[2];
  renamed.entered = "2021-03-16";
  const newName = "云浮市云城区禾丰数字科技有限公司";
  firms[19].left = "2021-06-30";
  firms[19].st = "已退园（2021.6.30）";
  const septFirm = firms[20];
  septFirm.entered = "2021-09-06";
  const eRows = [["云城区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态"]];
  const eSorted = firms.slice().sort((a, b) => cmp(a.entered, b.entered));
  let en = 0;
  eSorted.forEach((f, k) => {
    en++;
    const ent = f === septFirm ? "2021.9.6" : dateCell(f.entered, k);
    eRows.push([en, f.n, f.code, f.t, ent, f === renamed ? `2021年5月20日更名为“${newName}”` : f.st]);
    if (f === renamed) {
      en++;
      eRows.push([en, newName, f.code, f.t, "2021.5.20（更名）", "在园"]);
    }
  });
  eRows.push([`注：共${en}行。`]);
  const eMerges = ["A1:F1", `A${eRows.length}:F${eRows.length}`];
  const inPark = new Set(firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT)).map((f) => f.code));
  const types = new Set(firms.filter((f) => inPark.has(f.code)).map((f) => f.t));
  assert(en === 22 && inPark.size === 19 && inPark.size + 1 >= 20, "c1 rows/in park " + en + "/" + inPark.size);

  // ---------------- 资金支付 (万元), one refund of a duplicate payment
  const PAY = [["2020-09-25", "区电商公共服务中心建设首期款", "云浮市云城区云品代运营服务有限公司", 48.5], ["2020-11-20", "村级站点建设首期款", "中国邮政集团有限公司云浮市分公司", 36.8],
    ["2020-12-29", "电商培训服务费（第一期）", "云浮职业技术学院", 15.26], ["2021-01-22", "物流配送体系建设首期款", "云浮市云城区速运物流有限公司", 32.4],
    ["2021-03-12", "区电商公共服务中心建设进度款", "云浮市云城区云品代运营服务有限公司", 56.2], ["2021-03-26", "村级站点设备采购款", "云浮市云城区新农电商服务有限公司", 12],
    ["2021-03-26", "村级站点设备采购款", "云浮市云城区新农电商服务有限公司", 12], ["2021-05-08", "收回3月26日重复支付的站点设备采购款", "云浮市云城区新农电商服务有限公司", -12],
    ["2021-05-21", "电商培训服务费（第二期）", "云浮职业技术学院", 21.84], ["2021-06-18", "物流配送体系建设进度款", "云浮市云城区速运物流有限公司", 38.5],
    ["2021-07-16", "品牌推广及网销调研服务费", "云浮市云城区云品代运营服务有限公司", 26.3], ["2021-08-20", "冷链及溯源系统建设款", "云浮市云城区冷链仓储有限公司", 0],
    ["2021-09-14", "村级站点建设尾款", "中国邮政集团有限公司云浮市分公司", 28.6]];
  const wanCents = (w) => Math.round(w * 10000);
  PAY[11][3] = (3488000 - sum(PAY.slice(0, 11).map((p) => wanCents(p[3])))) / 10000;
  assert(PAY[11][3] > 0 && wanCents(PAY[11][3]) % 100 === 0, "c1 last August payment " + PAY[11][3]);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => wanCents(p[3])));
  const posOnly = sum(PAY.filter((p) => p[0] <= CUT && p[3] > 0).map((p) => wanCents(p[3])));
  assert(spent === 3488000 && !ratioGE(spent, 5000000, 70), "c1 spent 348.8万 < 70%");
  assert(posOnly === 3608000 && ratioGE(posOnly, 5000000, 70), "c1 without the refund 360.8万 ≥ 70%");
  const fRows = [["云城区电子商务进农村综合示范专项资金支付台账"], ["单位：万元"], ["序号", "支付日期", "支付内容", "收款单位", "金额", "备注"]];
  PAY.forEach(([d, what, who, a], k) => {
    const amt = k % 4 === 2 ? a.toFixed(4) : a;
    fRows.push([k + 1, dateCell(d, k + 3), what, who, amt, a < 0 ? "重复支付退回，冲减第7笔" : k === 6 ? "与第6笔重复（已于5月8日退回）" : d > CUT ? "9月支付" : null]);
  });
  fRows.push(["合计", null, null, null, Number((sum(PAY.map((p) => wanCents(p[3]))) / 10000).toFixed(4)), "含9月支付"]);
  const fMerges = ["A1:F1", "A2:F2", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送 (January and February reported together in March)
  const rRows = [["云城区电子商务进农村工作月报报送登记"], ["序号", "报送日期", "文号", "标题", "含电商扶贫统计"]];
  const rDates = [];
  let rn = 0;
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-02") continue;
    const nx = m === "2021-01" ? "2021-03" : monthsBetween(m, "2021-12")[1];
    let d = `${nx}-${String(rint(2, 7)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    rn++;
    const title = m === "2021-01" ? "云城区2021年1—2月电子商务进农村综合示范工作情况（春节合并报送）" : `云城区${cnMonth(m)}电子商务进农村综合示范工作情况`;
    rRows.push([rn, dateCell(d, rn), `云城商务报〔${d.slice(0, 4)}〕${rn + 20}号`, title, rn <= 2 ? "否" : "是"]);
    rDates.push(d);
  }
  const repMonths = inWindowMonths(rDates);
  assert(repMonths === 11, "c1 reports 11 window months " + repMonths);

  // ---------------- 专栏更新
  const uRows = [["区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目"],
    [1, D("2020-05-19"), "云城区电子商务进农村综合示范创建工作方案", "创建方案"], [2, D("2020-05-19"), "云城区电子商务进农村综合示范项目基本信息", "项目信息"],
    [3, D("2020-05-26"), "云城区电子商务进农村综合示范项目意见征集及监督举报渠道", "监督举报"]];
  const uDates = ["2020-05-19", "2020-05-19", "2020-05-26"];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    const d = `${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`;
    uRows.push([uRows.length - 1, D(d), `云城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
    uDates.push(d);
  }
  const disMonths = inWindowMonths(uDates);
  assert(disMonths === 12, "c1 column 12 months");

  // ---------------- 宣传与材料 (two tables on one sheet)
  const MED = [["2020-12-10", "云城区融媒体中心（“云城发布”）", "区级", "网络", "云城首批村级电商服务站挂牌", "否"], ["2021-04-22", "南方日报", "省级", "报纸", "云城：肉桂“触网”卖全国", "否"],
    ["2021-06-11", "南方+客户端", "省级", "网络", "云城电商培训进村入户", "否"], ["2021-09-02", "广东广播电视台《广东新闻联播》", "省级", "电视", "云城脱贫户直播卖沙糖桔", "是"],
    ["2021-09-03", "云浮日报", "市级", "报纸", "云城电商进农村示范创建见成效", "否"]];
  const mdRows = [["一、宣传报道登记"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m, k) => mdRows.push([k + 1, m[0] > CUT ? dotDate(m[0]) : dateCell(m[0], k + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  mdRows.push([null]);
  const matStart = mdRows.length + 1;
  mdRows.push(["二、经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送单位"], [1, "2021年7月", "《云城区“电商＋南药”助农增收经验材料》", "云浮市商务局"],
    [2, "2021.9.6", "《云城区电子商务进农村综合示范创建工作总结》", "云浮市商务局"]);
  for (const r of mdRows) padRow(r, 7);
  const mdMerges = ["A1:G1", `A${matStart}:G${matStart}`];

  // ---------------- 考评数据卡 (two panels: A:C then E:G)
  const L = [];
  const R = [];
  const sec = (P, t) => P.push({ sec: t });
  const it = (P, a, b) => P.push({ a, b });
  let no = 0;
  const n = () => ++no;
  sec(L, "一、基本情况");
  it(L, "县（市、区）", "云城区");
  it(L, "常住人口", "31.12万人");
  it(L, "行政村", "64个");
  it(L, "社区（居委会）", "12个");
  it(L, "省定贫困村", "6个");
  sec(L, "二、组织领导");
  it(L, "领导小组组长", "区委常委、常务副区长");
  it(L, "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局");
  it(L, "示范创建工作方案", "已印发（云城府办〔2020〕9号）");
  it(L, "方案制定自评（1-2分）", "2分");
  it(L, "扶持政策", "已出台（《云城区农村电子商务发展扶持办法》）");
  it(L, "政策支持自评（1-2分）", "1分");
  it(L, "项目管理制度自评（1-2分）", "2分");
  it(L, "工作台账自评（1-2分）", "1分");
  sec(L, "三、公共服务中心与产业园");
  it(L, "中心投入运营时间", "2021年3月1日");
  it(L, "免费培训场所、设备", "有");
  it(L, "农产品免费展示、销售", "有");
  it(L, "免费摄影、美工", "有");
  it(L, "统一推广、品牌建设", "有");
  it(L, "其他衍生增值服务", "暂未开展");
  it(L, "电商产业园", "已建成");
  it(L, "园区入驻企业", "21家");
  sec(R, "四、农村产品上行");
  it(R, "专业第三方运营服务商", "有");
  it(R, "行政村快递覆盖率", "100%");
  it(R, "网销调研自评（1-2分）", "2分");
  it(R, "促销活动自评（1-2分）", "1分");
  it(R, "交易标准、冷链溯源自评（1-2分）", "1分");
  it(R, "2019年农村网络零售额", "18.6亿元");
  it(R, "2020年农村网络零售额", "23.9亿元");
  it(R, "2019年农产品网络零售额", "3.25亿元");
  it(R, "2020年农产品网络零售额", "4.23亿元");
  sec(R, "五、电商培训");
  it(R, "培训人次", "3,112人次");
  it(R, "有劳动能力贫困人口（不含外出务工）", "50人");
  it(R, "参训贫困人口", "25人");
  sec(R, "六、信息公开与报送");
  it(R, "专栏公示内容", "创建方案✓　项目基本信息✓　建设进度✓　监督举报窗口✓");
  it(R, "每月向市商务局报送", "是");
  it(R, "统计电商扶贫情况", "能");
  sec(R, "七、资金管理");
  it(R, "省级下达资金", "500万元");
  it(R, "累计拨付", "360.8万元（支出率72.2%）");
  it(R, "资金管理制度", "已制定");
  it(R, "资金专用台账", "已建立");
  it(R, "制度建立自评（1-5分）", "4分");
  it(R, "资金台账自评（1-5分）", "4分");
  it(R, "及时拨付自评（1-5分）", "4分");
  it(R, "项目总体进度", "82%");
  sec(R, "八、一票否决事项");
  it(R, "安全生产、质量事故或重大损失", "无");
  it(R, "弄虚作假", "无");
  const fr = [padRow(["云城区电子商务进农村综合示范考评数据卡"], 7), padRow(["填报单位：云浮市云城区商务局　　数据截至：2021年8月31日　　（A4双栏打印：先左栏、后右栏）"], 7),
    ["序", "项目", "填报内容", null, "序", "项目", "填报内容"]];
  const fm = ["A1:G1", "A2:G2"];
  // number items left first, then right
  const numL = L.map((x) => (x.sec ? null : n()));
  const numR = R.map((x) => (x.sec ? null : n()));
  const H = Math.max(L.length, R.length);
  for (let i = 0; i < H; i++) {
    const row = [null, null, null, null, null, null, null];
    const r = fr.length + 1;
    if (i < L.length) {
      if (L[i].sec) {
        row[0] = L[i].sec;
        fm.push(`A${r}:C${r}`);
      } else {
        row[0] = numL[i];
        row[1] = L[i].a;
        row[2] = L[i].b;
      }
    }
    if (i < R.length) {
      if (R[i].sec) {
        row[4] = R[i].sec;
        fm.push(`E${r}:G${r}`);
      } else {
        row[4] = numR[i];
        row[5] = R[i].a;
        row[6] = R[i].b;
      }
    }
    fr.push(row);
  }
  fr.push([null, null, null, null, null, null, null]);
  fr.push(padRow(["九、自评得分（分）"], 7));
  fm.push(`A${fr.length}:G${fr.length}`);
  const GRID = [["组织领导", 2, 1, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 1, "org.policy"], ["项目管理", 4, 3, "org.management"],
    ["服务体系建设（县级中心与产业园）", 15, 13, "work.center"], ["服务体系建设（村级站点）", 10, 10, "work.coverage"], ["农村产品上行", 10, 9, "work.upward"],
    ["电商人才培训", 20, 20, "work.training"], ["信息公开", 4, 4, "info.disclosure"], ["数据上报", 6, 6, "info.reporting"], ["案例总结", 2, 2, "promo.cases"],
    ["经验推广", 8, 8, "promo.media"], ["制度建立", 5, 4, "fund.system"], ["资金台账", 5, 4, "fund.ledger"], ["资金支出", 5, 4, "fund.spending"],
    ["加分项：贫困人口培训率≥70%", 2, 0, "bonus.poorTraining"], ["加分项：电商扶贫案例电视播报", 2, 0, "bonus.tvCase"]];
  const claimed = {};
  for (const [, , p, id] of GRID) claimed[id] = p;
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 91, "c1 claimed 91 " + claimedScored);
  fr.push([null, "评价指标（满分）", "自评", null, null, "评价指标（满分）", "自评"]);
  const half = 9;
  const gl = GRID.slice(0, half);
  const gr = GRID.slice(half).concat([["合计", 100, claimedScored, null]]);
  for (let i = 0; i < half; i++) {
    const row = [null, null, null, null, null, null, null];
    if (gl[i]) {
      row[1] = `${gl[i][0]}（${gl[i][1]}）`;
      row[2] = gl[i][2];
    }
    if (gr[i]) {
      row[5] = gr[i][3] ? `${gr[i][0]}（${gr[i][1]}）` : gr[i][0];
      row[6] = gr[i][2];
    }
    fr.push(row);
  }
  fr.push(padRow(["填表人：梁××　　审核人：李××（区商务局副局长）　　填报日期：2021年9月3日"], 7));
  fm.push(`A${fr.length}:G${fr.length}`);
  for (const r of fr) assert(r.length === 7, "c1 card width");

  // ---------------- points
  const centerPts = 2 + (openedBy("2021-03-01", "2021-02-28") ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 64, 70) ? 5 : ratioGE(covSet.size, 64, 50) ? 2 : 0) + (covPoor.length === 6 ? 5 : ratioGE(covPoor.length, 6, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, Math.min(POP, 500000), 1) ? 10 : ratioGE(ptCut, Math.min(POP, 500000), 0.8) ? 8 : 6)
    + (ratioGE(trainedCut.size, 50, 50) ? 10 : ratioGE(trainedCut.size, 50, 40) ? 8 : ratioGE(trainedCut.size, 50, 30) ? 6 : 0);
  const growthAgri = (42300 - 32500) * 100 >= 30 * 32500;
  const growthRural = (239 - 186) * 100 >= 30 * 186;
  assert(growthAgri && !growthRural && pct1(239 - 186, 186) === "28.5%" && pct1(42300 - 32500, 32500) === "30.2%", "c1 growth");
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": centerPts, "work.coverage": covPts, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1), "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, 5000000, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 50, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 10 && covPts === 8 && trainPts === 20, "c1 center/coverage/training " + [centerPts, covPts, trainPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 70, "c1 scored " + scored);
  const firmsOut = `“${firms[19].n}”2021.6.30退园、“${septFirm.n}”2021.9.6才入驻`;
  const derivation = [
    "org.leadership: 数据卡“领导小组组长：区委常委、常务副区长”是分管（副职）领导，不是主要领导（成员单位虽有商务、财政、农业农村、乡村振兴） → 1（自评1）",
    "org.plan: 工作方案已印发（云城府办〔2020〕9号），方案制定自评2分 → 2",
    "org.policy: 扶持办法已出台，政策支持自评1分 → 1",
    "org.management: 项目管理制度自评2分 ＋ 工作台账自评1分 → 3",
    `work.center: 中心投入运营2021年3月1日 ≤ 截止日 → 建成2；须不晚于2021-02-28才满6个月，3月1日差一天 → 0；免费培训2、展示销售1、摄影美工1、品牌1（都“有”）；其他衍生增值服务“暂未开展” → 0；产业园已建成 → 2；《园区企业》22行，按统一社会信用代码：“${renamed.n}”5月更名为“${newName}”（代码相同）是同一家，${firmsOut}，截止日在园${inPark.size}家 < 20 → 0（按行数或把更名算两家会多算）；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计${centerPts}（自评13，数据卡“21家”不是在园数）`,
    `work.coverage: 《村站一览》一村一行，村委会64个（居委会12个不算，居委会的两个站不算）；站点挂牌时间 ≤ 8月31日的行政村45个（“${vCut}”2021.8.31挂牌算；“${short(vTwo)}”村两个站只算一次；“${vSept}”2021年9月、“${vPrep}”筹建中未挂牌、贫困村“${poorSept}”2021.9.2挂牌都不算） → 45/64 = ${pct1(45, 64)} ≥ 70% → 5（漏掉8月31日那站是44/64 = 68.8%，只有2分）；省定贫困村（标“是”）6个，截止日有站的5个 → 5/6 = 83.3% → 3；合计${covPts}（自评10）`,
    `work.upward: 网销调研2、促销1、交易标准冷链溯源1；第三方运营服务商“有” → 1；快递：《村站一览》“快递进村”一栏“${vNoExp}”为“×（村民到镇上取件）” → 行政村快递覆盖不到100% → 0（数据卡写100%与名单不符，以名单为准）；农村网零18.6亿→23.9亿元增长28.5% < 30%，农产品网零3.25亿→4.23亿元增长30.2% ≥ 30% → 2；合计7（自评9）`,
    `work.training: 《培训班次》培训时间（区间按结束日）≤ 8月31日的第1—26期签到人次合计${fmtInt(ptCut)}（第${fwSess.no}期写成全角“${fwDigits(String(fwSess.pt))}”要算进去；第27期疫情暂停未开班“—”；第28期“2021年8月27日至9月2日”按结束日9月2日不算；合计行不另加）；常住人口31.12万人（311,200，不足50万按实数） → 3,112/311,200 = 1.00% ≥ 1% → 10（漏掉全角那期只有0.96%，8分）；《脱贫人口》“有劳动能力”“弱劳动力”且不是“外出务工”的50人；《脱贫人口参训名单》截止日前、身份证号对上的25人（“${fwPerson.name}”身份证号是全角数字，规整后才对上；“${trained[4].name}”参训两次算一人；“${septOnly.name}”只参加9月2日结业的第28期；外出务工的“${mig.name}”和新兴县的一人不在50人内） → 25/50 = 50% ≥ 50% → 10（对不上全角号就是24/50 = 48%，8分）；合计20`,
    "info.disclosure: 数据卡专栏四项全✓（创建方案、项目基本信息、建设进度、监督举报窗口） → 2；《专栏更新》2020年9月—2021年8月每月都有建设进度更新 → 12个月 → 2；合计4",
    "info.reporting: 《月报报送》按报送日期：1—2月合并在2021年3月报送，2021年2月没有报送 → 11个月 → 不定时1；多数月报含电商扶贫统计“是”，数据卡“能”统计 → 3；合计4（自评6）",
    "promo.cases: 《宣传与材料》下面第二张表：2021年7月向云浮市商务局报送经验材料 → 2（9月6日的工作总结在截止日后）",
    "promo.media: 截止日前：南方日报、南方+（省级） → 4；云城区融媒体中心（区级＝县级） → 1；云浮日报2021.9.3（市级）在截止日后不算 → 5（自评8）",
    "fund.system: 资金管理制度已制定，自评4 → 4",
    "fund.ledger: 资金专用台账已建立，自评4 → 4",
    `fund.spending: 《资金支付》（万元）截止日前：3月26日两笔12万元是重复支付，5月8日“−12”退回冲减，净额${fmtMoney(spent)}元（数据卡的360.8万元没减退回款）；9月14日28.6万元不算 → ${fmtMoney(spent)}/5,000,000 = 69.76% < 70% → 倒扣5（自评4）`,
    "bonus.poorTraining: 贫困人口培训率25/50 = 50% < 70% → 0",
    "bonus.tvCase: 广东广播电视台播出的电商扶贫典型案例在2021年9月2日，截止日后 → 0",
    "veto.incident: 安全生产、质量事故或重大损失“无” → 不否决",
    "veto.progress: 项目总体进度82% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "云浮市云城区商务局整本考评工作簿（11个表：封面、考评数据卡＋9个台账），70分、无加分、未否决（自评91）：事实表《考评数据卡》是A4双栏打印的表单——左栏A:C、右栏E:G各是 序｜项目｜填报内容，序号先排左栏再接右栏，分节标题在各栏内合并，主观分写在“××自评（1-2分）｜2分”行里，下面“九、自评得分”同样左右两栏（合计91）；《村站一览》把村居名单和站点台账合成一张表——一村一行（类别村委会/居委会、省定贫困村“是”、快递进村√/×），站点名称、挂牌时间、站长在同一行，同村两站时村的各格纵向合并、第二站另起一行，未建站写“（未建站）”，有“筹建中”、2021年9月、2021.9.2和8月31日挂牌的站（45/64刚过70%）；培训班次（全角人次决定3,112/311,200正好1%，区间按结束日、疫情暂停未开班）、脱贫人口（“有劳动能力·外出务工（佛山市南海区）”式一栏写劳动力状况）、脱贫人口参训名单（全角数字身份证号决定25/50＝50%）、园区企业（更名后同一信用代码另列一行，在园19家，按行数是20家）、万元资金支付台账（重复支付后“−12”退回，净348.8万元＝69.76%倒扣5分，数据卡写360.8万元）、月报（1—2月合并，缺2月）、专栏、宣传报道和经验材料两张表上下叠在一个表里。",
    sheets: [
      { name: "封面", rows: [["云城区电子商务进农村综合示范考评资料"], ["（2019年省级示范区）"], [null], ["云浮市云城区商务局"], ["二〇二一年九月"]], merges: [] },
      { name: "考评数据卡", rows: fr, merges: fm },
      { name: "村站一览", rows: vRows, merges: vMerges },
      { name: "培训班次", rows: tRows, merges: tMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: trMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "园区企业", rows: eRows, merges: eMerges },
      { name: "资金支付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传与材料", rows: mdRows, merges: mdMerges },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州黄埔区: 《创建任务分解及完成情况表》 (责任分工表 with ●◐○ status; 完成时限 are deadlines, not facts)
// =====================================================================================================
function buildF1() {
  const W = 9;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:I${rows.length}`);
  };
  full("黄埔区电子商务进农村综合示范创建任务分解及完成情况表");
  full("区电子商务进农村综合示范创建工作领导小组办公室（设在区商务局）制　　　完成情况统计截至：2021年8月31日　　　更新日期：2021年9月2日");
  full("领导小组：组长　区长；常务副组长　常务副区长；副组长　分管商务工作的副区长；成员单位　区商务局、区财政局、区农业农村局（加挂区乡村振兴局牌子）、区交通运输局、区市场监督管理局、区统计局、黄埔区邮政分公司。");
  rows.push(["序号", "任务类别", "具体任务", "牵头单位", "配合单位", "完成时限", "完成情况（截至2021年8月31日）", "状态", "主观项自评分"]);
  const T = [
    ["组织保障", "成立创建工作领导小组", "区商务局", "区政府办", "2020年3月", "区政府办公室印发领导小组通知（穗埔府办函〔2020〕31号），组成如表头", "●", null],
    [null, "印发示范创建工作方案", "区商务局", "领导小组各成员单位", "2020年4月", "2020年4月17日由区政府办公室正式印发《黄埔区电子商务进农村综合示范创建工作方案》", "●", "方案制定：2分"],
    [null, "出台支持农村电商发展的扶持政策", "区商务局", "区财政局、区农业农村局", "2020年10月", "《黄埔区促进农村电子商务发展扶持办法》已完成公平竞争审查和合法性审查，待提交区政府常务会议审议，尚未印发", "◐", null],
    [null, "建立项目管理制度和工作台账", "区商务局", "各承建单位", "2020年6月", "制定《示范项目管理办法》，建设、验收环节按制度执行；按月建立工作台账", "●", "管理制度：2分；工作台账：2分"],
    ["服务体系", "建成区电子商务公共服务中心", "区商务局", "区发展改革局", "2020年10月", "中心于2020年11月28日揭牌试运营，2020年12月8日正式投入运营，由专业第三方运营服务商（经公开招标确定）运营", "●", null],
    [null, "中心：免费培训场所和设备", "运营服务商", "区商务局", "2020年12月", "设培训教室1间（60座）、直播实训室2间，免费开展电商基础培训", "●", null],
    [null, "中心：特色农产品免费展示、销售", "运营服务商", "区农业农村局", "2020年12月", "展示厅免费展示销售荔枝、乌榄、菠萝等特色农产品86款", "●", null],
    [null, "中心：免费摄影、美工服务", "运营服务商", null, "2021年3月", "为电商主体免费提供产品拍摄、详情页设计，累计服务132家次", "●", null],
    [null, "中心：统一推广、品牌建设", "运营服务商", "区农业农村局", "2021年6月", "组织“黄埔好物”区域公用品牌统一推广，指导企业品牌注册", "●", null],
    [null, "中心：其他衍生增值服务", "运营服务商", "区金融工作局", "2021年6月", "与1家银行签订合作协议，金融对接、代办商标等服务尚未上线", "◐", null],
    [null, "建设或整合电商产业园", "区商务局", "区规划和自然资源局", "2021年3月", "选址调整，尚未启动建设", "○", null],
    [null, "村级电商服务站点建设", "区商务局", "各镇（街）", "2021年6月", "全区行政村31个（另有社区89个），已建站覆盖行政村24个；本区没有省定贫困村", "●", null],
    ["农产品上行", "行政村物流快递全覆盖", "区交通运输局", "黄埔区邮政分公司", "2020年12月", "31个行政村全部设有快递服务网点，覆盖率100%（区邮政管理部门出具证明）", "●", null],
    [null, "农村产品网销调研", "运营服务商", "区农业农村局", "2020年12月", "形成《黄埔区农产品网络销售调研报告》并提出针对性建议", "●", "网销调研：2分"],
    [null, "网络促销活动", "运营服务商", "各镇（街）", "2021年7月", "开展“荔枝节”“年货节”线上促销6场，销售额2,360万元", "●", "促销活动：2分"],
    [null, "交易标准、冷链和溯源体系", "区市场监督管理局", "区农业农村局", "2021年6月", "荔枝电商交易标准已起草；冷链集配中心已建成，溯源平台调试中", "◐", "标准溯源：1分"],
    [null, "农村网络零售额统计", "区统计局", "区商务局", "2021年3月", "2019年农村网络零售额4.86亿元，2020年6.12亿元，增长25.9%；农产品网络零售额2019年1.02亿元，2020年1.37亿元", "●", null],
    ["人才培训", "电商普及培训", "区商务局", "各镇（街）", "2021年8月", "七普常住人口126.43万人（按50万人计算），累计培训5,136人次", "●", null],
    [null, "脱贫人口电商培训", "区农业农村局", "区商务局", "2021年8月", "有劳动能力且未外出务工的脱贫人口86人，已参训61人（按身份证号去重）", "●", null],
    ["信息公开", "区政府网站设立公开专栏", "区商务局", "区政务服务数据管理局", "2020年5月", "专栏公开创建方案、项目基本信息，按月公布项目建设进度，设有意见征集和监督举报窗口", "●", null],
    [null, "每月报送工作情况", "区商务局", null, "每月5日前", "每月向广州市商务局报送工作进展和统计数据，同步报送电商扶贫（帮扶）统计情况", "●", null],
    ["资金管理", "制定专项资金管理制度", "区财政局", "区商务局", "2020年6月", "印发《黄埔区电子商务进农村综合示范专项资金管理办法》，建立考核问责制度", "●", "制度建立：5分"],
    [null, "建立资金专用台账", "各承建单位", "区财政局", "2020年8月", "各承建单位均建立资金专用台账，个别凭证待补", "●", "资金台账：4分"],
    [null, "资金拨付", "区财政局", "区商务局", "2021年8月", "省级下达专项资金500万元，截至8月31日已拨付4,056,300元（81.1%），按进度拨付", "●", "及时拨付：4分"],
    ["项目进度", "项目总体进度", "区商务局", "各承建单位", "2021年8月", "项目总体进度约90%；创建以来未发生安全生产、质量事故", "◐", null],
  ];
  const r0 = rows.length + 1;
  let g0 = r0;
  T.forEach((t, k) => {
    rows.push([k + 1].concat(t));
    const r = rows.length;
    if (k > 0 && t[0]) {
      mergeCol(merges, "B", g0, r - 1);
      g0 = r;
    }
  });
  mergeCol(merges, "B", g0, rows.length);
  full("状态：●已完成　◐推进中　○未启动。“完成时限”为任务分解时确定的时限，不是完成日期。");
  full("二、下步工作：1．9月底前提请区政府常务会议审议扶持办法；2．10月上线金融对接服务；3．2022年启动电商产业园建设；4．年底前资金拨付率达到95%。");
  rows.push(padRow(["填表：区商务局电商科 何××　　审核：区商务局副局长 冯××"], W));
  merges.push(`A${rows.length}:I${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(pct1(612 - 486, 486) === "25.9%" && pct1(4056300, 5000000) === "81.1%", "f1 numbers");
  return {
    description:
      "广州黄埔区领导小组办公室的《创建任务分解及完成情况表》（责任分工表）当事实表：三行抬头（标题；制表单位、“完成情况统计截至2021年8月31日”、更新日期9月2日；领导小组组成一段——区长任组长、常务副区长和分管副区长是副组长，成员单位“区农业农村局（加挂区乡村振兴局牌子）”一个局同时是农业农村和乡村振兴），表头 序号｜任务类别｜具体任务｜牵头单位｜配合单位｜完成时限｜完成情况（截至2021年8月31日）｜状态｜主观项自评分，任务类别纵向合并，状态用●已完成、◐推进中、○未启动（图例在表下）。读法：事实在“完成情况”和“状态”里——扶持办法“待提交常务会议审议，尚未印发”◐（未出台）、中心11月28日揭牌试运营、12月8日正式投入运营、其他衍生增值服务“尚未上线”◐（否）、电商产业园○未启动（否）、行政村31个、无省定贫困村、常住人口126.43万人、两年的农村和农产品网零、5,136人次、86人/61人、拨付4,056,300元、总体进度约90%；“完成时限”是任务的时限不是完成日期，更新日期不是截止日；“主观项自评分”一格可写两项（“管理制度：2分；工作台账：2分”）；“下步工作”是计划；没有逐项自评得分。",
    sheets: [{ name: "任务分解", rows, merges }],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264300, adminVillagesStated: 31, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 486000000, ruralRetail2020: 612000000, ruralRetailGrowthStated: 0.259, agriRetail2019: 102000000, agriRetail2020: 137000000,
        trainingPersonTimesStated: 5136, eligiblePoorPersonsStated: 86, trainedPoorPersonsStated: 61,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4056300, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 江门新会区: the official indicator table printed over two pages (续表 header repeated, page footers),
//      a full-width 【完成情况】 row under every indicator row
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const HEAD = ["工作任务", "评价指标", "权重（%）", "评分标准", "自评得分", "备注"];
  // [group, name, weight, standard, score, note, 完成情况, id, nameSpan]
  const P1 = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）；其他情况不得分。", 2, null,
      "区委书记任第一组长、区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局等13个单位为成员单位。", "org.leadership"],
    [null, "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", 2, "判断项", "2020年5月区政府办公室正式印发《新会区电子商务进农村综合示范创建工作方案》（新府办〔2020〕21号）。", "org.plan"],
    [null, "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", 2, "判断项", "出台《新会区促进农村电子商务发展扶持办法》，已兑现扶持资金86万元。", "org.policy"],
    [null, "项目管理", 4, "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；建立完整工作台账，详细记录项目建设情况（1-2分）。", 4, "判断项：制度2分、台账2分",
      "制定《示范项目管理办法》，建设、验收严格执行；工作台账按月更新。", "org.management"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设", 25, "建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月以上（2分）；有免费培训场所、培训设备（2分）；免费展示、销售（1分）；免费摄影、美工（1分）；统一推广、品牌建设（1分）；其他衍生增值服务（1分）；电商产业园（2分）；入驻20家及以上（2分）；三种以上类型（1分）。", 15, null,
      "区电子商务公共服务中心2020年8月18日投入运营，免费提供培训场所和设备、特色农产品展示销售、摄影美工服务，组织“新会陈皮”统一推广和品牌培育，提供代运营、金融对接等增值服务；整合建设新会陈皮电商产业园，入驻企业26家，含平台型、销售型、电商运营商、物流企业。", "work.center"],
    [null, null, null, "行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）；贫困村覆盖率100%（5分），80%-100%（不含）（3分）。", 10, null,
      "全区行政村206个（另有社区44个），已建站覆盖行政村162个（按200个基数计算为81.0%）；省定贫困村13个全部建站。", "work.coverage"],
    [null, "农村产品上行", 10, "网销调研（1-2分）；网络促销活动（1-2分）；专业第三方运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；交易标准、冷链、溯源（1-2分）；2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。", 10, "判断项：调研2分、促销2分、标准溯源2分",
      "完成农产品网销调研并提出建议；开展“陈皮文化节”线上促销；第三方运营服务商为江门市新会区侨乡优选电子商务有限公司；行政村物流快递覆盖率100%；出台新会陈皮电商交易标准，建成冷链仓和溯源平台。2020年农产品网络零售额12.80亿元（2019年9.24亿元），同比增长XX；2020年农村网络零售额56.3亿元。", "work.upward"],
    [null, "电商人才培训", 20, "培训人次达常住人口1%及以上（10分），0.8%-1%（8分），0.6%-0.8%（6分）；建档立卡贫困人口培训率50%及以上（10分），40%-50%（8分），30%-40%（6分）。", 20, null,
      "七普常住人口84.30万人（超过50万人，按50万人计算），累计培训6,215人次；有劳动能力且未外出务工的建档立卡贫困人口1,862人，已参训1,023人，培训率XX。", "work.training"],
  ];
  const P2 = [
    ["加强信息公开及报送（10分）", "信息公开", 4, "在县政府网站设立公开专栏且内容全面（2分）；近一年内专栏内容能按月更新（2分），不定时更新（1分）。", 4, null,
      "区政府门户网站开设专栏，公开创建方案和项目基本信息，每月更新建设进度，设有监督举报电话。", "info.disclosure"],
    [null, "数据上报", 6, "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）；能统计电商扶贫情况（3分）。", 6, null, "每月向江门市商务局报送工作进展，同步报送电商扶贫统计。", "info.reporting"],
    ["加强宣传推广（10分）", "案例总结", 2, "向市商务局报送经验材料（2分）", 2, null, "向江门市商务局报送经验材料2篇。", "promo.cases"],
    [null, "经验推广", 8, "省级及以上媒体（4分）；市级媒体（3分）；县级媒体（1分）。", 8, null, "南方日报、江门日报、新会融媒体中心宣传报道。", "promo.media"],
    ["加强财政资金管理（15分）", "制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5分）", 5, "判断项", "制定《专项资金管理办法》并建立考核问责制度。", "fund.system"],
    [null, "资金台账", 5, "项目承建方建立资金专用台账，账目完整（1-5分）", 4, "判断项", "承建单位建立资金专用台账，账目基本完整。", "fund.ledger"],
    [null, "资金支出", 5, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。", 5, "判断项：及时拨付5分",
      "省级专项资金500万元，截至2021年8月31日拨付4,386,200元，支出率XX，按进度及时拨付。", "fund.spending"],
    ["加分项（4分）", "贫困人口培训率", 2, "建档立卡贫困人口培训率70%及以上（2分）", 0, null, "培训率XX，未达到70%。", "bonus.poorTraining"],
    [null, "电视播报", 2, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", 1, null, "《新会陈皮“触网”记》（脱贫户电商案例）获广东广播电视台《广东新闻联播》播报。", "bonus.tvCase"],
    ["一票否决项", "安全质量事故", "—", "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", "—", null, "无。", null],
    [null, "进度滞后", "—", "项目建设进度严重滞后，总体进度不足40%。", "—", null, "项目总体进度95%。", null],
    [null, "弄虚作假", "—", "弄虚作假。", "—", null, "无。", null],
  ];
  const agriG = pct1(128000 - 92400, 92400);
  const poorR = pct1(1023, 1862);
  const spendR = pct1(4386200, 5000000);
  assert(agriG === "38.5%" && poorR === "54.9%" && spendR === "87.7%", "f2 numbers " + [agriG, poorR, spendR]);
  const fix = (s) => s.replace("同比增长XX", `同比增长${agriG}`).replace("培训率XX，未", `培训率${poorR}，未`).replace("培训率XX。", `培训率${poorR}。`).replace("支出率XX", `支出率${spendR}`);
  const claimed = {};
  const emit = (list) => {
    let g0 = null;
    list.forEach((c, k) => {
      const r = rows.length + 1;
      rows.push([c[0], c[1], c[2], c[3], c[4], c[5]]);
      rows.push([null, "【完成情况】" + fix(c[6]), null, null, null, null]);
      merges.push(`B${r + 1}:F${r + 1}`);
      if (c[7]) claimed[c[7]] = c[4];
      if (c[0]) {
        if (g0 !== null) mergeCol(merges, "A", g0, r - 1);
        g0 = r;
      }
      if (k === list.length - 1) mergeCol(merges, "A", g0, r + 1);
    });
  };
  full("2019年省级电子商务进农村综合示范创建考评自评表");
  full("填报单位（盖章）：江门市新会区商务局　　　　数据截至2021年8月31日　　　　填报日期：2021年9月6日");
  rows.push(HEAD.slice());
  emit(P1);
  full("第 1 页，共 2 页");
  full("2019年省级电子商务进农村综合示范创建考评自评表（续表）");
  rows.push(HEAD.slice());
  emit(P2);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 99, "f2 claimed 99 " + tot);
  rows.push(["合计", null, 100, null, `${tot}（另加分1）`, null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  full("填表人：黄××　　审核人：陈××　　单位负责人：区商务局局长 林××");
  full("第 2 页，共 2 页");
  // 服务体系建设: the coverage row (two rows below, after the center's 【完成情况】 row) leaves 评价指标 and 权重 empty
  const svc = rows.findIndex((r) => r[1] === "服务体系建设");
  assert(rows[svc + 2][1] === null && rows[svc + 2][2] === null && rows[svc + 2][3].startsWith("行政村覆盖率"), "f2 svc rows");
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "江门新会区商务局的官方考评指标自评表，按两页打印的样子录入：第1页表头 工作任务｜评价指标｜权重（%）｜评分标准｜自评得分｜备注，每个指标行下面紧跟一行“【完成情况】……”（B:F合并）写事实，工作任务纵向合并（含完成情况行）；第1页末一行“第 1 页，共 2 页”，接着重复标题“（续表）”和表头，第2页从信息公开接到加分项、一票否决项（自评“—”，完成情况“无。”“项目总体进度95%。”）、合计“99（另加分1）”、填表人行和“第 2 页，共 2 页”。服务体系建设分两行（县级中心15、村级站点10），第二行评价指标和权重空着；备注列写“判断项：调研2分、促销2分、标准溯源2分”之类，是主观分的拆分。读法：区委书记任第一组长、区长任组长，四部门都在；中心2020年8月18日投入运营；行政村206个（按200基数）、贫困村13个；只有2020年农村网零56.3亿元，农产品网零两年数和增速38.5%；常住人口84.30万人；6,215人次；1,862人中参训1,023人；拨付4,386,200元；总体进度95%；评分标准里的分值、70%、50万、20家都是官方条文，不是事实。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "新会区", asOf: "2021-08-31", residentPopulation: 843000, adminVillagesStated: 206, poorVillagesStated: 13,
        planIssued: true, policyIssued: true, centerOpened: "2020-08-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 5630000000, agriRetail2019: 924000000, agriRetail2020: 1280000000, agriRetailGrowthStated: 0.385,
        trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 1862, trainedPoorPersonsStated: 1023,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4386200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 潮州湘桥区: 逐档勾选自评表 — every official tier on its own row, √/× in one column, the judged points in “√（2分）”
// =====================================================================================================
function buildF3() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  full("湘桥区电子商务进农村综合示范创建考评自评表（逐档勾选）");
  full("填报单位：潮州市湘桥区商务局　　　考评截止日期：2021年8月31日　　　填表说明：达到的档次在“本区情况”栏打√，未达到的打×，不适用的档次留空；1-2分、1-5分的主观档在√后括号内填分。");
  rows.push(["序号", "评价指标（权重）", "评分档次", "档次分值", "本区情况", "自评得分", "情况说明"]);
  const YES = ["√", "√", "✔", "☑"];
  const NO = ["×", "×", "✘"];
  let yk = 0;
  let nk = 0;
  const y = (p) => (p === undefined ? YES[yk++ % YES.length] : `√（${p}分）`);
  const x = () => NO[nk++ % NO.length];
  // [no, name, tiers [[text, value, mark]], score, note, id]
  const IND = [
    [1, "组织领导（2）", [["由区政府主要领导牵头且有商务、财政、农业、扶贫等部门参与", 2, null], ["由区政府分管领导牵头", 1, y()], ["其他情况", 0, null]], 1,
      "领导小组组长：分管商务工作的副区长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局。", "org.leadership"],
    [2, "方案制定（2）", [["工作方案因地制宜，可操作性较强", "1-2分", y(2)]], 2, "2020年6月区政府办公室正式印发《湘桥区电子商务进农村综合示范创建工作方案》。", "org.plan"],
    [3, "政策支持（2）", [["出台相关政策，且得到较好落实", "1-2分", y(1)]], 1, "出台《湘桥区农村电商扶持措施》，扶持资金兑现较少。", "org.policy"],
    [4, "项目管理（4）", [["建立项目管理制度，在建设、验收环节严格落实相关制度", "1-2分", y(2)], ["建立完整工作台账，详细记录项目建设情况", "1-2分", "✔（1分）"]], 3,
      "制定项目管理办法；工作台账部分月份记录不全。", "org.management"],
    [5, "服务体系建设—县级中心与产业园（15）", [["建成县级电子商务公共服务中心", 2, y()], ["建成后已正常运行6个月（截至2021年8月31日）以上", 2, y()],
      ["有免费培训场所、培训设备，能组织电商基础培训", 2, y()], ["为特色农产品提供免费展示、销售服务", 1, y()], ["为电子商务市场主体提供免费摄影、美工服务", 1, x()],
      ["组织农产品统一推广、指导特色农产品品牌建设", 1, y()], ["为电子商务发展提供其他衍生增值服务", 1, y()], ["建设或整合、优化当地电商产业园", 2, y()],
      ["电商产业园企业入驻数量达20家及以上", 2, y()], ["入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型", 1, y()]], 14,
      "区电子商务公共服务中心2020年10月26日投入运营；摄影、美工按成本价收费；整合建设湘桥电商产业园（意溪），入驻企业22家。", "work.center"],
    [6, "服务体系建设—村级站点（10）", [["行政村覆盖率70%及以上", 5, y()], ["行政村覆盖率50%-70%（不含）", 2, null], ["行政村覆盖率50%以下", 0, null],
      ["省定贫困村覆盖率100%", 5, y()], ["省定贫困村覆盖率80%-100%（不含）", 3, null], ["省定贫困村覆盖率80%以下", 0, null]], 10,
      "全区行政村58个（另有社区79个），已建站行政村43个，覆盖率74.1%；省定贫困村3个全部建站。", "work.coverage"],
    [7, "农村产品上行（10）", [["对当地农产品网络销售进行调研，并形成针对性建议", "1-2分", y(1)], ["开展农村产品网络促销活动成效明显", "1-2分", y(2)],
      ["当地有专业第三方电子商务运营或服务商", 1, y()], ["行政村物流快递覆盖率100%", 1, y()], ["有出台农产品电商交易标准，建立农产品冷链、溯源系统", "1-2分", y(1)],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", 2, x()]], 6,
      "第三方运营服务商：潮州市湘桥区凤城优品电子商务有限公司。2019年农村网络零售额21.36亿元，2020年26.02亿元，增长21.8%；2020年农产品网络零售额同比增长18.6%。", "work.upward"],
    [8, "电商人才培训（20）", [["培训人次达常住人口1%及以上", 10, y()], ["培训人次达常住人口0.8%-1%（不含）", 8, null], ["培训人次达常住人口0.6%-0.8%（不含）", 6, null],
      ["建档立卡贫困人口培训率50%及以上", 10, null], ["建档立卡贫困人口培训率40%-50%（不含）", 8, y()], ["建档立卡贫困人口培训率30%-40%（不含）", 6, null]], 18,
      "常住人口55.83万人（按50万人计），累计培训5,064人次；有劳动能力且未外出务工的建档立卡贫困人口412人，已参训183人，培训率44.4%。", "work.training"],
    [9, "信息公开（4）", [["在县政府网站设立公开专栏且内容全面", 2, x()], ["近一年内专栏内容能按月更新", 2, y()], ["不定时更新", 1, null], ["未更新", 0, null]], 2,
      "区政府网站专栏公示了创建方案、项目基本信息和项目建设进度；尚未设立征求意见或监督举报窗口。", "info.disclosure"],
    [10, "数据上报（6）", [["近一年能每月向市商务局报送工作情况", 3, y()], ["不定时上报", 1, null], ["能统计电商扶贫情况", 3, y()]], 6,
      "每月向潮州市商务局报送工作情况，附电商扶贫统计表。", "info.reporting"],
    [11, "案例总结（2）", [["向市商务局报送经验材料", 2, y()]], 2, "2021年6月向潮州市商务局报送经验材料1篇。", "promo.cases"],
    [12, "经验推广（8）", [["省级及以上媒体进行宣传报道", 4, y()], ["市级媒体进行宣传报道", 3, y()], ["县级媒体进行宣传报道", 1, x()]], 7, "南方日报、潮州日报宣传报道。", "promo.media"],
    [13, "制度建立（5）", [["建立科学有效的资金管理制度且得到有效落实", "1-5分", y(4)]], 4, "制定《湘桥区电子商务进农村综合示范专项资金管理办法》。", "fund.system"],
    [14, "资金台账（5）", [["项目承建方建立资金专用台账，账目完整，能清晰反映资金使用情况", "1-5分", y(4)]], 4, "各承建单位均建立资金专用台账。", "fund.ledger"],
    [15, "资金支出（5）", [["资金支出率70%以上，且根据创建进度及时拨付", "1-5分", y(3)], ["资金支出率低于70%", "倒扣5分", null]], 3,
      "省级下达专项资金500万元，截至2021年8月31日拨付3,815,000元，支出率76.3%。", "fund.spending"],
    ["加1", "加分项：贫困人口培训率（2）", [["建档立卡贫困人口培训率70%及以上", 2, x()]], 0, "培训率44.4%。", "bonus.poorTraining"],
    ["加2", "加分项：电视播报（2）", [["电商扶贫典型案例获国家级电视媒体播报", 2, null], ["电商扶贫典型案例获省级电视媒体播报", 1, null]], 0, "暂无。", "bonus.tvCase"],
    ["—", "一票否决", [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "—", "无"], ["项目建设进度严重滞后，总体进度不足40%", "—", "否"], ["弄虚作假", "—", "无"]], "—",
      "创建期间未发生安全生产、质量事故；项目总体进度85%。", null],
  ];
  const claimed = {};
  for (const [no, name, tiers, score, note, id] of IND) {
    const r0 = rows.length + 1;
    tiers.forEach(([t, v, m], k) => rows.push(k === 0 ? [no, name, t, v, m, score, note] : [null, null, t, v, m, null, null]));
    const r1 = rows.length;
    if (r1 > r0) for (const c of ["A", "B", "F", "G"]) merges.push(`${c}${r0}:${c}${r1}`);
    if (id) claimed[id] = score;
  }
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 83, "f3 claimed 83 " + tot);
  rows.push(["合计", null, null, 100, null, tot, "另加分0分"]);
  merges.push(`A${rows.length}:C${rows.length}`);
  full("填表人：蔡××　　　审核人：许××（区商务局副局长）　　　填报日期：2021年9月3日");
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(pct1(43, 58) === "74.1%" && pct1(2602 - 2136, 2136) === "21.8%" && pct1(183, 412) === "44.4%" && pct1(3815000, 5000000) === "76.3%", "f3 numbers");
  return {
    description:
      "潮州湘桥区商务局的《考评自评表（逐档勾选）》：官方评分标准拆成一档一行——序号｜评价指标（权重）｜评分档次｜档次分值｜本区情况｜自评得分｜情况说明，序号、指标、自评得分、情况说明按指标纵向合并；达到的档次打√（也有✔、☑），未达到的打×（也有✘），不适用的档次空着，主观档写“√（2分）”“✔（1分）”；加分项两行，一票否决三档写“无”“否”。读法：是否类事实看勾——免费摄影美工×（情况说明也写按成本价收费）、专栏“内容全面”×（说明写明缺征求意见或监督举报窗口，方案、项目信息、进度都公示了）、快递覆盖100%√、第三方√、能统计电商扶贫√、产业园√、其他衍生增值服务√；“运行6个月以上”“入驻20家以上”“覆盖率70%以上”“培训人次1%以上”“增速≥30%”等档次的勾不是输入；数在情况说明里（分管副区长任组长 → deputy；中心2020年10月26日；常住人口55.83万人；行政村58、贫困村3；两年农村网零和21.8%、农产品增速18.6%；5,064人次；412人、183人；拨付3,815,000元；总体进度85%）；主观分取括号里的分；自评得分列是claimed（合计83）。",
    sheets: [{ name: "自评表（逐档勾选）", rows, merges }],
    expect: {
      facts: {
        county: "湘桥区", asOf: "2021-08-31", residentPopulation: 558300, adminVillagesStated: 58, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2136000000, ruralRetail2020: 2602000000, ruralRetailGrowthStated: 0.218, agriRetailGrowthStated: 0.186,
        trainingPersonTimesStated: 5064, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 183,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3815000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 肇庆四会市: 填表说明; 村居名单 one column per town (▲ poor); 站点台账 as stacked per-town blocks; 小程序扫码签到导出
//      (有效 / 重复签到 / 已撤销, 补签 rows masked); 脱贫人口 by household (有/弱/无; 市外省内/省外 are migrant); hidden 下拉选项
// =====================================================================================================
function buildL1() {
  const REG = "441284";
  const TOWNS = [["东城街道", 3, 3], ["大沙镇", 7, 1], ["石狗镇", 6, 1], ["黄田镇", 6, 0], ["江谷镇", 8, 1], ["威整镇", 5, 0]];
  const prefixes = ["东城", "大沙", "石狗", "黄田", "江谷", "威整"];
  const vName = nameMaker("龙凤金银马白青竹莲桃罗冲岗", ["岗", "塘", "坑", "坪", "洞", "湾", "头", "江", "岭", "田"], "村", prefixes);
  const cName = nameMaker("东华新民仓城", ["华", "安", "丰", "兴", "和"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  assert(admin.length === 35 && comms.length === 6, "l1 35 + 6");
  for (const v of admin) assert(!v.endsWith("村村"), "l1 no 村村 " + v);
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = new Set([towns[1].vs[4], towns[2].vs[1], towns[4].vs[3], towns[5].vs[2]]);

  // ---------------- 村居名单 (one column per town)
  const NT = towns.length;
  const H = Math.max(...towns.map((x) => x.vs.length + x.cs.length));
  const vRows = [padRow(["四会市行政村（社区）名单（按镇街分列）"], NT), padRow(["说明：每列一个镇（街道），自上而下排列；“社区居委会”为社区，其余为行政村（村民委员会）；名称后加“▲”的为省定贫困村（共4个）。"], NT),
    towns.map((x) => x.t)];
  const vRecs = [];
  const cols = towns.map((x) => {
    const out = [];
    x.vs.forEach((v, k) => out.push({ v, cell: (k % 2 ? `${short(v)}村委会` : v) + (poor.has(v) ? "▲" : ""), admin: true }));
    x.cs.forEach((c) => out.push({ v: c, cell: `${c}居委会`, admin: false }));
    return out;
  });
  for (let i = 0; i < H; i++) vRows.push(cols.map((c) => (c[i] ? c[i].cell : null)));
  vRows.push(towns.map((x) => `村${x.vs.length}个${x.cs.length ? `、居${x.cs.length}个` : ""}`));
  vRows.push(padRow([`合计：行政村${admin.length}个，社区${comms.length}个。`], NT));
  for (const c of cols) for (const e of c) vRecs.push(e.admin ? { name: e.v, admin: true, poor: poor.has(e.v) } : { name: e.v, admin: false });
  const vMerges = [`A1:${colName(NT - 1)}1`, `A2:${colName(NT - 1)}2`, `A${vRows.length}:${colName(NT - 1)}${vRows.length}`];

  // ---------------- 站点台账 (stacked per-town blocks)
  const withSt = shuffle(admin.filter((v) => townOf[v] !== "威整镇")).slice(0, 19);
  const ST = withSt.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-25") }));
  ST[3].op = "2020-11";
  ST[7].op = "2021-09-05";
  ST[11].op = "plan";
  ST[5].op = randIsoBetween("2020-07-01", "2020-12-31");
  ST.push({ v: withSt[5], op: randIsoBetween("2021-03-01", "2021-08-10"), second: true });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-10-01", "2021-06-30") });
  const CN = ["一", "二", "三", "四", "五", "六"];
  const sRows = [padRow(["四会市村级电子商务服务站点台账"], 7)];
  const sMerges = ["A1:G1"];
  const sRecs = [];
  let fmt = 0;
  towns.forEach((x, ti) => {
    const list = ST.filter((s) => townOf[s.v] === x.t).sort((a, b) => cmp(a.op === "plan" ? "9" : a.op, b.op === "plan" ? "9" : b.op));
    sRows.push(padRow([`（${CN[ti]}）${x.t}（${list.length}个）`], 7));
    sMerges.push(`A${sRows.length}:G${sRows.length}`);
    sRows.push(["序号", "站点名称", "所在村（社区）", "详细地址", "负责人", "联系电话", "投入运营时间"]);
    if (list.length === 0) {
      sRows.push(padRow(["（本镇暂未建站）"], 7));
      sMerges.push(`A${sRows.length}:G${sRows.length}`);
    }
    list.forEach((s, k) => {
      const isC = s.v.endsWith("社区");
      const vcell = isC ? `${s.v}居委会` : ["村委会", "村", "村民委员会"][fmt % 3] === "村" ? s.v : `${short(s.v)}${["村委会", "村", "村民委员会"][fmt % 3]}`;
      let dc;
      if (s.op === "plan") dc = "拟2021年10月挂牌";
      else if (s.op === "2020-11") dc = "2020年11月";
      else if (s.op === "2021-09-05") dc = "2021.9.5";
      else {
        const f = fmt % 5;
        dc = f === 0 ? D(s.op) : f === 1 ? twoDot(s.op) : f === 2 ? slashDate(s.op) : f === 3 ? excelSerial(s.op) : cnDate(s.op);
      }
      fmt++;
      sRows.push([k + 1, `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, vcell, `四会市${x.t}${short(s.v)}${isC ? "社区" : "村"}${rint(1, 88)}号`, personName(), mask(phone()), dc]);
      const rec = { village: s.v };
      if (s.op !== "plan") rec.opened = s.op;
      sRecs.push(rec);
    });
    sRows.push(padRow([], 7));
  });
  sRows.push(padRow(["注：投入运营时间以挂牌时间为准；“拟”为计划时间，尚未运营。"], 7));
  sMerges.push(`A${sRows.length}:G${sRows.length}`);
  assert(sRecs.length === 21 && sRecs.filter((r) => !r.opened).length === 1, "l1 21 stations");

  // ---------------- 扫码签到导出 (training)
  const SESS = [["2020-11-19", "第3期 农村电商基础（大沙镇）", 12], ["2021-01-14", "第5期 直播带货实操", 11], ["2021-04-22", "第8期 短视频拍摄（江谷镇）", 10],
    ["2021-06-17", "第11期 网店运营与客服", 12], ["2021-09-02", "第14期 农产品直播（石狗镇）", 9]];
  const tRows = [["四会市农村电商培训签到记录（“四会电商学堂”小程序导出）　　导出时间：2021-09-06 10:15:22"],
    ["说明：状态为“有效”的为实际参训；“重复签到”为同一人同一班次多次扫码，系统自动忽略；“已撤销”为工作人员测试或误签后撤销；签到方式“补签”为工作人员按纸质签到表补录，证件号按纸质表脱敏。"],
    ["序号", "签到时间", "培训班次", "姓名", "证件号码", "签到方式", "状态"]];
  const tRecs = [];
  const clock = (h0, m0, add) => {
    const t = h0 * 3600 + m0 * 60 + add;
    return [Math.floor(t / 3600), Math.floor((t % 3600) / 60), t % 60].map((v) => String(v).padStart(2, "0")).join(":");
  };
  let seqNo = 0;
  SESS.forEach(([d, title, nn], si) => {
    const ppl = Array.from({ length: nn }, () => ({ name: personName(), id: makeId(REG, birthBetween(1968, 2001), rnd() < 0.5) }));
    const ev = [];
    let t = rint(0, 60);
    ppl.forEach((p, k) => {
      t += rint(20, 140);
      const bu = (si === 1 && k === 10) || (si === 3 && (k === 4 || k === 11));
      ev.push({ t, p, how: bu ? "补签" : "扫码", st: "有效", id: bu ? maskId(p.id) : p.id });
      if ((si === 0 && k === 3) || (si === 2 && k === 6)) ev.push({ t: t + rint(30, 200), p, how: "扫码", st: "重复签到", id: p.id });
    });
    if (si === 2) ev.push({ t: 5, p: { name: "测试", id: "441284199001011234" }, how: "扫码", st: "已撤销", id: "441284199001011234" });
    ev.sort((a, b) => a.t - b.t);
    for (const e of ev) {
      seqNo++;
      const bu = e.how === "补签";
      tRows.push([seqNo, `${d} ${bu ? "17:30:00" : clock(8, 30, e.t)}`, title, e.p.name, e.id, e.how, e.st]);
    }
  });
  // rows in 签到时间 order: the 补签 rows (17:30, typed after the class) come last in their session
  const body = tRows.slice(3).sort((a, b) => cmp(a[1], b[1]));
  body.forEach((r, k) => (r[0] = k + 1));
  tRows.length = 3;
  for (const r of body) {
    tRows.push(r);
    if (r[6] === "有效") tRecs.push({ date: r[1].slice(0, 10), personTimes: 1, id: r[4] });
  }
  assert(tRecs.length === 54 && tRecs.some((r) => r.id.includes("*")) && tRecs.some((r) => r.date === "2021-09-02"), "l1 sign-ins " + tRecs.length);
  checkTrainingIds(tRecs, "l1");

  // ---------------- 脱贫人口 (households)
  // member kinds: H = 有 + 在家务农, C = 有/弱 + 市内务工, O = 有 + 市外省内务工, P = 有 + 省外务工, N = 无 + —, S = 无 + 就学
  const COMP = [["H", "C", "S"], ["O", "H"], ["C", "P", "N"], ["H", "H", "S", "N"], ["C", "O"], ["P", "C", "S"], ["H", "N"], ["O", "O", "C"], ["C", "H", "S"], ["H", "P"]];
  const pRows = [["四会市脱贫人口劳动能力及务工情况表"],
    ["说明：劳动能力“有”为普通或技能劳动力，“弱”为弱劳动力或半劳动力，均属有劳动能力；“无”为无劳动能力或丧失劳动能力。务工情况“市外省内务工”“省外务工”为外出务工，“市内务工”“在家务农”不是外出务工；无劳动能力者务工情况为“—”或“就学”。"],
    ["户码", "户主", "姓名", "与户主关系", "身份证号", "劳动能力", "务工情况", "务工地点"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pRecs = [];
  let xDone = false;
  const REL = ["户主", "配偶", "之子", "之女", "母亲"];
  COMP.forEach((comp, hi) => {
    const code = `441284${String(20210 + hi * 37).padStart(6, "0")}`;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let head = null;
    let headBirth = null;
    comp.forEach((c, i) => {
      const rel = c === "N" ? "母亲" : c === "S" ? (i % 2 ? "之女" : "之子") : REL[i];
      let birth;
      if (c === "N") birth = birthBetween(1932, 1945);
      else if (c === "S") birth = birthBetween(2003, 2008);
      else if (i === 0) birth = birthBetween(1962, 1980);
      else if (i === 1) birth = isoAdd(headBirth, rint(-1500, 1500));
      else birth = birthBetween(1995, 2002);
      if (i === 0) headBirth = birth;
      const wantX = !xDone && c === "H" && hi === 3 ? true : undefined;
      const id = makeId(REG, birth, rel === "户主" || rel === "之子", wantX);
      const shown = wantX ? id.slice(0, 17) + "x" : id;
      if (wantX) xDone = true;
      const name = personName(rel === "配偶" || rel === "母亲" ? undefined : sur);
      if (i === 0) head = name;
      const lab = c === "N" || c === "S" ? "无" : c === "C" && hi % 2 ? "弱" : "有";
      const work = { H: "在家务农", C: "市内务工", O: "市外省内务工", P: "省外务工", N: "—", S: "就学" }[c];
      const place = { H: null, C: `四会市${["东城街道", "大沙镇", "贞山街道"][hi % 3]}`, O: ["佛山市南海区", "广州市花都区", "肇庆市端州区"][hi % 3], P: ["浙江省义乌市", "福建省泉州市"][hi % 2], N: null, S: null }[c];
      pRows.push([i === 0 ? code : null, i === 0 ? name : null, name, rel, shown, lab, work, place]);
      pRecs.push({ id, labour: lab !== "无", migrant: c === "O" || c === "P" ? true : c === "H" || c === "C" ? false : null });
    });
    const r1 = pRows.length;
    mergeCol(pMerges, "A", r0, r1);
    mergeCol(pMerges, "B", r0, r1);
    void head;
  });
  assert(xDone, "l1 lower-case x given");

  const note = [["四会市电子商务进农村综合示范台账（二）填表说明"], ["1．《村居名单》按镇街分列，每列一个镇街。"], ["2．《站点台账》按镇街分块，每块有自己的表头。"],
    ["3．《扫码签到》为小程序导出，只有状态“有效”的是参训记录。"], ["4．《脱贫人口》摘自市乡村振兴局提供的名单。"], ["5．《下拉选项》为录入用，已隐藏。"], ["四会市商务局电商股　2021年9月6日"]];
  const opts = [["劳动能力", "务工情况", "签到状态"], ["有", "在家务农", "有效"], ["弱", "市内务工", "重复签到"], ["无", "市外省内务工", "已撤销"], [null, "省外务工", null], [null, "就学", null], [null, "—", null]];
  return {
    description:
      "肇庆四会市商务局台账（二）（填表说明、四张台账、一张隐藏的下拉选项表）：①《村居名单》按镇街分列——第3行是六个镇街名，每列自上而下是该镇的村（“××村”“××村委会”）和“××社区居委会”（社区），名称后“▲”为省定贫困村（说明行写明共4个，未标的行政村不是），倒数第二行各列“村7个、居1个”式小计、末行合计都不是村；记录按列（镇）从左到右、列内自上而下。②《站点台账》按镇街分块：每块一行“（一）东城街道（2个）”块标题、自己的表头行、站点行、空行，威整镇一块只有“（本镇暂未建站）”；投入运营时间有日期格、“21.3.5”式两位年份、斜杠、Excel序号、“2021年3月5日”、只到月的“2020年11月”、9月的“2021.9.5”，“拟2021年10月挂牌”的站照列但没有运营日期；村名三种写法，一村两站，一个社区站。③《扫码签到》是“四会电商学堂”小程序导出：签到时间“2021-01-14 08:52:31”文本（日期取前10位），只有状态“有效”的是参训（“重复签到”同一人再次扫码、“已撤销”的“测试”行不是），“补签”行证件号按纸质表脱敏（照写），第14期2021年9月2日照列。④《脱贫人口》按户排（户码、户主纵向合并）：劳动能力有/弱（均为有）/无，务工情况市外省内务工、省外务工为外出务工，在家务农、市内务工不是，无劳动能力者“—”“就学”为空；一人身份证末位小写x读作X。⑤说明页和隐藏的下拉选项不是台账。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "扫码签到", rows: tRows, merges: ["A1:G1", "A2:G2"] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "下拉选项", rows: opts, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "扫码签到": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江麻章区: 目录; 入驻企业 by 入驻期限（起—止）; 记账凭证 journal (专项支出 借方 = a disbursement); 月报 with 未报送 and 补报;
//      政府网站内容管理后台导出 (只读“已发布”); 宣传报道 with 中央级/省级/地市级/区县级 and 载体; 经验材料
// =====================================================================================================
function buildL2() {
  const REG = "440811";
  // ---------------- 入驻企业
  const F = [["湛江市麻章区湖光岩电子商务有限公司", "电商平台"], ["湛江市麻章区南国优品网络科技有限公司", "电商平台"], ["湛江市麻章区太平菠萝网店", "网络零售"],
    ["湛江市麻章区湖光海产电商商行", "网络零售"], ["湛江市麻章区红橙农品网店", "网络零售"], ["湛江市麻章区硇洲鲍鱼电商商行", "网络零售"],
    ["湛江市麻章区港城代运营服务有限公司", "代运营服务"], ["湛江市麻章区海湾电商服务有限公司", "代运营服务"], ["湛江市麻章区速递物流有限公司", "快递物流"],
    ["湛江市麻章区冷链配送有限公司", "快递物流"], ["湛江市麻章区椰风直播传媒有限公司", "直播电商"], ["湛江市麻章区渔村直播电商有限公司", "直播电商"],
    ["湛江市麻章区南粤农产品加工有限公司", "农产品加工"], ["湛江市麻章区金沙湾网络科技有限公司", "网络零售"], ["湛江市麻章区绿丰电子商务有限公司", "电商平台"]];
  const firms = F.map(([n, t], k) => ({ n, t, code: creditCode(REG), start: randIsoBetween("2020-11-01", "2021-08-10"), left: null, k }));
  firms[13].start = "2021-09-01";
  firms[5].left = "2021-06-30";
  firms[9].left = "2021-09-15";
  firms.sort((a, b) => cmp(a.start, b.start));
  const eRows = [["麻章区电子商务产业园入驻企业台账"], ["注：入驻期限起始日即入驻日期；退园以状态栏写明的日期为准。"], ["序号", "房号", "企业名称", "统一社会信用代码", "业态", "入驻期限（起—止）", "状态"]];
  const eRecs = [];
  const rooms = shuffle(["101", "102", "103", "105", "106", "201", "202", "203", "205", "206", "208", "209", "301", "302", "303", "305", "306", "308"]);
  firms.forEach((f, k) => {
    const [y, m, d] = ymd(f.start);
    const endIso = `${y + 3}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
    const end = isoAdd(endIso, -1);
    const st = [`${dotDate(f.start)}—${dotDate(end)}`, `${cnDate(f.start)}至${cnDate(end)}`, `${slashDate(f.start)}-${slashDate(end)}`, `${f.start}～${end}`][k % 4];
    const status = f.left === "2021-06-30" ? "已退园（2021.6.30）" : f.left === "2021-09-15" ? "提前解约，2021年9月15日退园" : "在园";
    eRows.push([k + 1, rooms[k], f.n, f.code, f.t, st, status]);
    eRecs.push({ name: f.n, type: f.t, entered: f.start, left: f.left });
  });

  // ---------------- 记账凭证 (funds)
  const PAY = [["2020-10-16", "支付公共服务中心装修工程首期款", "专项支出—公共服务中心", 386000], ["2020-12-04", "支付村级站点建设首期款", "专项支出—村级站点", 295500],
    ["2021-01-20", "支付电商培训服务费", "专项支出—人才培训", 126800], ["2021-03-05", "支付物流配送体系建设款", "专项支出—物流体系", 342000],
    ["2021-04-16", "支付公共服务中心运营费", "专项支出—公共服务中心", 218600], ["2021-05-28", "支付村级站点设备采购款", "专项支出—村级站点", 187350],
    ["2021-07-09", "支付品牌推广服务费", "专项支出—品牌推广", 156000], ["2021-08-27", "支付冷链溯源系统建设款", "专项支出—冷链溯源", 263400],
    ["2021-09-10", "支付村级站点建设尾款", "专项支出—村级站点", 301200]];
  const CODE = { "专项支出—公共服务中心": "5001.01", "专项支出—村级站点": "5001.02", "专项支出—人才培训": "5001.03", "专项支出—物流体系": "5001.04", "专项支出—品牌推广": "5001.05", "专项支出—冷链溯源": "5001.06" };
  const V = [{ d: "2020-08-21", what: "收到省级电子商务进农村综合示范专项资金", dr: ["1002", "银行存款"], cr: ["4001", "财政拨款收入"], a: 5000000, pay: false }];
  for (const [d, what, acct, a] of PAY) V.push({ d, what, dr: [CODE[acct], acct], cr: ["1002", "银行存款"], a, pay: true });
  V.push({ d: "2021-06-21", what: "二季度结息", dr: ["1002", "银行存款"], cr: ["4101", "利息收入"], a: 1236.5, pay: false });
  V.sort((a, b) => cmp(a.d, b.d));
  const jRows = [["麻章区电子商务进农村综合示范专项资金记账凭证汇总"], ["注：每张凭证一借一贷两行；“专项支出”科目的借方金额为项目资金支出；“银行存款”借方为收到资金，结息不是支出。单位：元"],
    ["日期", "凭证字号", "摘要", "科目编码", "会计科目", "借方金额", "贷方金额"]];
  const jMerges = ["A1:G1", "A2:G2"];
  const jRecs = [];
  V.forEach((v, k) => {
    const no = `记-${String(k * 3 + 8).padStart(3, "0")}`;
    const amt = k % 3 === 1 ? fmtMoney(v.a) : v.a;
    const dc = k % 4 === 0 ? D(v.d) : k % 4 === 1 ? slashDate(v.d) : k % 4 === 2 ? v.d : dotDate(v.d);
    jRows.push([dc, no, v.what, v.dr[0], v.dr[1], amt, null]);
    const r = jRows.length;
    jRows.push([null, null, v.what, v.cr[0], v.cr[1], null, amt]);
    jMerges.push(`A${r}:A${r + 1}`, `B${r}:B${r + 1}`);
    if (v.pay) jRecs.push({ date: v.d, amount: v.a });
  });
  jRows.push([null, null, "本期合计", null, null, fmtMoney(sum(V.map((v) => cents(v.a))) / 100), fmtMoney(sum(V.map((v) => cents(v.a))) / 100)]);
  jMerges.push(`A${jRows.length}:B${jRows.length}`);
  assert(jRecs.length === 9, "l2 nine disbursements");

  // ---------------- 月报报送
  const rRows = [["麻章区电子商务进农村工作月报报送情况"], ["所属月份", "报送日期", "报送方式", "电商扶贫统计", "备注"]];
  const rRecs = [];
  let fk = 0;
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2020-12") {
      rRows.push([cnMonth(m), "—", null, null, "年底事务多，漏报"]);
      continue;
    }
    const nx = monthsBetween(m, "2021-12")[1];
    let d = `${nx}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08") || (d >= "2021-02-11" && d <= "2021-02-17")) d = isoAdd(d, 1);
    const pov = m < "2020-10" ? "未附" : m === "2021-05" ? null : "附";
    fk++;
    rRows.push([cnMonth(m), fk % 3 === 0 ? dotDate(d) : fk % 3 === 1 ? D(d) : cnDate(d), fk % 2 ? "粤政易" : "电子邮件", pov, null]);
    rRecs.push({ date: d, poverty: pov === "附" ? true : pov === "未附" ? false : null });
    if (m === "2021-03") {
      const d2 = isoAdd(d, 6);
      rRows.push([null, dotDate(d2), "粤政易", "附", "补报更正（零售额数据有误）"]);
      rRecs.push({ date: d2, poverty: true });
    }
  }

  // ---------------- 内容管理后台导出 (disclosures)
  const ART = [["2020-06-12", "麻章区电子商务进农村综合示范创建工作方案", "已发布"], ["2020-06-12", "麻章区电子商务进农村综合示范项目基本信息公示", "已发布"],
    ["2020-06-19", "关于设立电子商务进农村综合示范监督举报电话的公告", "已发布"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    const d = `${m}-${String(rint(5, Math.min(26, lastDay(y, mo)))).padStart(2, "0")}`;
    ART.push([d, `麻章区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, m === "2021-02" ? "草稿" : "已发布"]);
  }
  ART.push(["2021-05-20", "麻章区召开电子商务进农村综合示范推进会", "待审核"]);
  ART.push(["2021-09-02", "麻章区电子商务进农村综合示范项目建设进度（2021年8月）补充说明", "已发布"]);
  ART.sort((a, b) => cmp(a[0], b[0]));
  const aRows = [["政府网站集约化平台　内容管理　栏目：专题专栏 > 电子商务进农村综合示范　　导出时间：2021-09-03 17:40:12"],
    ["文章ID", "标题", "作者", "创建时间", "发布时间", "状态", "浏览次数"]];
  const aRecs = [];
  let aid = 10452;
  const arts = ART.map((a) => ({ id: (aid += rint(3, 17)), d: a[0], t: a[1], st: a[2] }));
  arts.sort((a, b) => b.id - a.id);
  for (const a of arts) {
    const created = `${isoAdd(a.d, -rint(1, 3))} ${hms()}`;
    const pub = a.st === "已发布" ? `${a.d} ${hms()}` : null;
    aRows.push([a.id, a.t, "区商务局", created, pub, a.st, a.st === "已发布" ? rint(35, 900) : 0]);
    if (pub) aRecs.push({ date: a.d });
  }

  // ---------------- 宣传报道
  const MED = [["2020-11-12", "麻章区融媒体中心", "区县级", "网络", "麻章首批村级电商服务站揭牌", "否", "county", false],
    ["2021-01-08", "湛江日报", "地市级", "报纸", "麻章：电商培训进渔村", "否", "city", false],
    ["2021-03-19", "湛江广播电视台", "地市级", "电视", "麻章脱贫户直播卖红橙", "是", "city", true],
    ["2021-05-07", "广东广播电视台新闻广播", "省级", "广播", "湛江麻章：电商进农村　农货出山", "否", "province", false],
    ["2021-06-24", "学习强国广东学习平台", "省级", "网络视频", "麻章菠萝搭上直播快车", "是", "province", false],
    ["2021-08-30", "中央广播电视总台农业农村频道", "中央级", "电视", "湛江麻章：红橙“触网”", "是", "national", true],
    ["2021-09-08", "南方日报", "省级", "报纸", "麻章电商进农村示范创建见成效", "否", "province", false]];
  const mRows = [["麻章区电子商务进农村宣传报道登记表"], ["序号", "播发日期", "媒体名称", "媒体级别", "载体", "标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach(([d, m, lv, f, t, c, lvk, tvv], k) => {
    mRows.push([k + 1, k % 3 === 0 ? cnDate(d) : k % 3 === 1 ? D(d) : dotDate(d), m, lv, f, `《${t}》`, c]);
    mRecs.push({ date: d, level: lvk, tv: tvv });
  });

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["序号", "材料名称", "报送时间", "报送单位", "报送渠道"],
    [1, "《麻章区“电商＋红橙”产业帮扶经验》", "2021年5月", "湛江市商务局", "粤政易"], [2, "《麻章区村级电商服务站建设典型案例》", D("2021-08-16"), "湛江市商务局", "电子邮件"],
    [3, "《麻章区电子商务进农村综合示范创建工作总结》", "2021.9.8", "湛江市商务局", "粤政易"]];
  const matRecs = [{ date: "2021-05" }, { date: "2021-08-16" }, { date: "2021-09-08" }];

  const cover = [["麻章区电子商务进农村综合示范台账（三）"], ["目　录"], ["1．入驻企业台账"], ["2．专项资金记账凭证汇总"], ["3．月报报送情况"], ["4．网站专栏后台导出"],
    ["5．宣传报道登记表"], ["6．经验材料报送登记"], [null], ["湛江市麻章区商务局　2021年9月"]];
  return {
    description:
      "湛江麻章区商务局台账（三）（目录＋六张表）：①目录不是台账。②《入驻企业》入驻日期取“入驻期限（起—止）”的起始日（点分“—”、“××年×月×日至××年×月×日”、斜杠“-”、ISO“～”四种写法，抬头注明），退园日期看状态栏（“已退园（2021.6.30）”“提前解约，2021年9月15日退园”），一家2021年9月1日起入驻照列；类型照“业态”写。③《资金凭证》是会计记账凭证汇总：每张凭证一借一贷两行（日期、凭证字号纵向合并），只有“专项支出—××”科目的借方是支出（一张凭证一笔），贷方“银行存款”那行是同一笔的另一面，收到省级资金（借银行存款、贷财政拨款收入）和二季度结息不是支出；金额有数字也有千分位文本，9月10日一笔照列；本期合计行不是记录。④《月报报送》一月一行：2020年12月“—”漏报不是记录，2021年3月月报下面一行“补报更正”是另一次报送；电商扶贫统计“附”“未附”和空。⑤《专栏后台》是政府网站内容管理平台导出，按文章ID倒序，只有状态“已发布”的有发布时间、算更新（“草稿”“待审核”不是），日期取发布时间的日期部分（不是创建时间），9月2日一条照列。⑥《宣传报道》级别中央级/省级/地市级/区县级，载体只有“电视”是电视（“广播”“网络视频”不是）。⑦《经验材料》报送时间有“2021年5月”、日期格和“2021.9.8”。",
    sheets: [
      { name: "目录", rows: cover, merges: [] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "资金凭证", rows: jRows, merges: jMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏后台", rows: aRows, merges: ["A1:G1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金凭证": { kind: "funds", records: jRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏后台": { kind: "disclosures", records: aRecs },
        "宣传报道": { kind: "media", records: mRecs },
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
write("counties", "b200-c1-yuncheng.json", c1);
write("facts", "b200-f1-huangpu.json", f1);
write("facts", "b200-f2-xinhui.json", f2);
write("facts", "b200-f3-xiangqiao.json", f3);
write("ledgers", "b200-l1-sihui.json", l1);
write("ledgers", "b200-l2-mazhang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
