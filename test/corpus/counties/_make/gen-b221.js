// Batch 221 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b216.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (221221), no clock. Run: node test/corpus/_b221/gen-b221.js
//
// c1 高要区 (肇庆): the facts sheet is the district's 《考评“一表通”》, a Word form pasted into Excel — 序号｜项目｜填报内容｜
//    自评得分｜佐证编号, yes/no as “（√）已印发　（　）未印发” in the text, one cell holding two cut-offs (8月31日 / 9月10日).
//    Ledgers: 312 行政村 (base capped at 200, exactly 140 covered → 70%), a month-only station, a poor village reached in
//    September, 500,000 training base cap (4,270 person-times), a session 8.30—9.1 read at its end, funds in 万元 (4 decimals).
// f1 霞山区 (湛江): a “两上两下” data-verification sheet — 项目｜单位｜区初报（8月25日）｜市局审核意见｜区二报（9月2日）｜最终核定,
//    where 最终核定 is often “同二报” / “同初报” (a back-reference) and sometimes a new number; read the final column.
// f2 花都区 (广州): the bureau's own minutes of the provincial review team's on-site questioning (现场考评问询记录):
//    序号｜考评组提问｜区作答｜答复人｜核对材料; questions quote wrong or outdated numbers, facts are in the answers only.
// f3 金平区 (汕头): a milestone table (里程碑节点｜计划完成｜实际完成｜状态｜说明) plus a small data block; a milestone
//    completed after the cut-off (监督举报窗口 9月3日) is not done at the cut-off; the policy is still 未完成.
// l1 清城区 (清远): 说明; 村居 with express as a count of 快递网点 (0 = not reached); sessions with 男｜女 columns only
//    (person-times = 男 + 女, 其中脱贫户 not added) and 小计 rows; park firms with 状态 “迁出（2021.6）”; media without a
//    level column (level from the outlet's name); 图表数据 (not a ledger).
// l2 潮阳区 (汕头): 封面; 脱贫户 with 务工地 (outside 潮阳区 = migrant); 用款申请 export with 状态 已支付／已退回／审核中
//    (a returned payment re-paid later counts once); 粤政易 发文 list (only 主送 汕头市商务局 are reports); 专栏 with a
//    pinned (置顶) old article; 统计 (not a ledger).
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
let seed = 221221;
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
    assert(/^b221-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b221-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b221-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 肇庆市高要区: 《考评“一表通”》（Word 表格粘贴，（√）勾选）＋ 11 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441204";
  const POP = 768500;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["南岸街道", 8, 9], ["金渡镇", 22, 2], ["白土镇", 20, 2], ["回龙镇", 23, 1], ["蛟塘镇", 18, 1], ["莲塘镇", 16, 1], ["活道镇", 19, 1],
    ["大湾镇", 17, 1], ["禄步镇", 21, 2], ["小湘镇", 16, 1], ["乐城镇", 18, 1], ["水南镇", 14, 1], ["白诸镇", 20, 1], ["河台镇", 17, 1],
    ["金利镇", 22, 1], ["新桥镇", 21, 1], ["蚬岗镇", 20, 1]];
  const prefixes = TOWNS.map((t) => t[0].slice(0, 2)).concat(["高要"]);
  const vName = nameMaker("大小新旧上下东西南北水石罗蕉官黄白青龙凤马牛鹤沙塘禾竹桥", ["岗", "坑", "田", "塘", "围", "洲", "头", "岭", "基", "步", "陂", "沥", "湾", "坪", "垌", "寨", "江", "村", "埔", "冲", "社", "桥", "湖", "岸"], "村", prefixes);
  const cName = nameMaker("华锦和安康丰盛兴", ["源", "苑", "城", "景", "泰", "华", "都"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 312 && comms.length === 28, "c1 312 villages + 28 communities " + admin.length + "/" + comms.length);
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  // 14 省定相对贫困村 in the hill towns
  const poor = [towns[6].vs[3], towns[6].vs[11], towns[7].vs[2], towns[7].vs[9], towns[9].vs[5], towns[10].vs[1], towns[10].vs[14], towns[11].vs[7],
    towns[12].vs[4], towns[13].vs[0], towns[13].vs[10], towns[13].vs[15], towns[15].vs[6], towns[16].vs[12]];
  const poorSet = new Set(poor);
  assert(poorSet.size === 14, "c1 14 poor");
  const poorLate = poor[9]; // its only station opened 2021.9.3
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covOthers = others.slice(0, 127); // 13 poor + 127 = 140 covered
  const monthOnly = covOthers[40]; // its station dated “2021年8月”
  const vSept = others[127]; // a station opened 2021-09-14
  const noExpress = others[200];

  // ---------------- 村居一览 (区民政局)
  const vRows = [["高要区村（居）民委员会一览表"], ["资料来源：区民政局（2021年7月）　　省定相对贫困村：“是”；快递进村：√已通达、×未通达（区邮政管理局核实）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定相对贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      vRows.push([sq, x.t, sq % 4 === 0 ? `${short(v)}村民委员会` : `${short(v)}村委会`, "村委会", poorSet.has(v) ? "是" : "否", v === noExpress ? "×" : "√",
        v === noExpress ? "山区自然村分散，邮件由镇邮政支局代投" : null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, `${short(c)}社区居民委员会`, "居委会", "—", "√", null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${admin.length}个（其中省定相对贫困村${poor.length}个），社区居民委员会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点台账
  const ST = [];
  poor.forEach((v) => ST.push({ v, op: v === poorLate ? "2021-09-03" : randIsoBetween("2020-06-01", "2021-07-31") }));
  covOthers.forEach((v) => ST.push({ v, op: v === monthOnly ? "2021-08" : randIsoBetween("2020-05-10", "2021-08-28") }));
  ST.push({ v: covOthers[3], op: randIsoBetween("2021-03-01", "2021-06-30"), second: true });
  ST.push({ v: covOthers[77], op: randIsoBetween("2021-01-01", "2021-05-30"), second: true });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-09-01", "2021-03-30") });
  ST.push({ v: towns[3].cs[0], op: randIsoBetween("2020-09-01", "2021-03-30") });
  ST.push({ v: vSept, op: "2021-09-14" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["高要区村级电子商务服务站点台账"], ["填报单位：肇庆市高要区商务局　　　更新至：2021年9月15日"],
    ["序号", "站点名称", "所在镇（街道）", "所在村（居）", "站长", "联系电话", "挂牌运营时间", "服务内容"]];
  const SERV = ["代购代销、快递收发", "农产品上行、代收代缴", "电商宣传、代购代销、小额信贷咨询", "快递代收代发、便民缴费"];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${short(s.v)}社区居委会` : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][j % 3];
    let dc;
    if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-03") dc = "2021.9.3";
    else if (s.op === "2021-09-14") dc = "2021-9-14";
    else dc = dateCell(s.op, j);
    sRows.push([j + 1, `高要区${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vcell, personName(), mask(phone()), dc, SERV[j % 4]]);
  });
  sRows.push([`注：共${ST.length}个站点（含社区站点2个）；挂牌运营时间以站点挂牌并开展业务为准。`]);
  const sMerges = ["A1:H1", "A2:H2", `A${sRows.length}:H${sRows.length}`];
  for (const r of sRows) padRow(r, 8);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covBase = Math.min(admin.length, 200);
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covBase === 200 && covSet.size === 140 && ratioGE(140, covBase, 70) && !ratioGE(139, covBase, 70) && !ratioGE(140, admin.length, 50), "c1 140/200 = 70% exactly; 140/312 < 50%");
  assert(covPoor.length === 13 && ratioGE(13, 14, 80) && covSet.has(monthOnly), "c1 poor 13/14");

  // ---------------- 培训台账 (sessions, with 小计 rows)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌（高要肉桂、蚬岗鱼干）", "社群营销", "电商客服与物流",
    "农村物流与供应链", "电商美工设计", "农村电商带头人提升班", "直播电商进阶", "跨境电商入门", "南药产品网络营销", "乡村旅游电商", "电商政策解读", "农产品溯源与质量标准",
    "电商数据分析", "直播电商（脱贫户专班）", "农村电商带头人提升班（二期）"];
  const PLACES = ["区电子商务公共服务中心", "回龙镇党群服务中心", "蚬岗镇文化站", "活道镇党群服务中心", "禄步镇文化站", "金利镇党群服务中心", "白土镇文体中心"];
  const starts = ["2020-09-17", "2020-10-22", "2020-11-12", "2020-11-26", "2020-12-17", "2021-01-14", "2021-01-28", "2021-03-11", "2021-03-25", "2021-04-15",
    "2021-04-27", "2021-05-20", "2021-06-10", "2021-06-24", "2021-07-08", "2021-07-22", "2021-08-12", "2021-08-26"];
  const sessions = starts.map((d, k) => ({ no: k + 1, start: d, end: k === 9 ? isoAdd(d, 2) : d, topic: TOPICS[k], place: PLACES[k % PLACES.length], pt: rint(180, 300) }));
  let diff = 4270 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 17);
    if (sessions[j].pt + st < 120 || sessions[j].pt + st > 360) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const straddle = { no: 19, start: "2021-08-30", end: "2021-09-01", topic: TOPICS[18], place: PLACES[0], pt: 286 };
  const sept = { no: 20, start: "2021-09-08", end: "2021-09-08", topic: "电商基础知识（迎检补训）", place: PLACES[0], pt: 574 };
  sessions.push(straddle, sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  const ptAll = sum(sessions.map((s) => s.pt));
  assert(ptCut === 4270 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1) && !ratioGE(ptCut, POP, 0.6) && ratioGE(ptCut + straddle.pt, BASE, 0.8), "c1 4,270/500,000 = 0.854%");
  assert(ptAll === 5130, "c1 all sessions 5,130 " + ptAll);
  const sessDate = (s, j) => {
    if (s === straddle) return "2021.8.30-9.1";
    if (s === sept) return "2021.9.8";
    if (s.end !== s.start) return "2021年4月15日—17日";
    return [cnDate(s.start), D(s.start), dotDate(s.start), slashDate(s.start), excelSerial(s.start)][j % 5];
  };

  // ---------------- 脱贫人口 and 参训名单
  const plan = shuffle([].concat(Array(28).fill("E"), Array(7).fill("M"), Array(6).fill("N")));
  let xGiven = false;
  const persons = plan.map((c) => {
    const birth = c === "N" ? birthBetween(1936, 1955) : birthBetween(1966, 2002);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX), name: personName() };
  });
  const LAB_E = ["普通劳动力", "普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const pRows = [["高要区脱贫人口劳动力及务工情况表"], ["说明：劳动技能按国扶系统口径（普通劳动力、技能劳动力、弱劳动力或半劳动力均为有劳动能力；丧失劳动力、无劳动力为无劳动能力）；务工状况“省外务工”“县外省内务工”为外出务工。"],
    ["序号", "镇", "村", "姓名", "证件号码", "劳动技能", "务工状况", "务工所在地"]];
  persons.forEach((p, j) => {
    p.v = poor[j % poor.length];
    const lab = p.c === "N" ? (j % 2 ? "丧失劳动力" : "无劳动力") : LAB_E[j % 4];
    const wk = p.c === "M" ? (j % 2 ? "省外务工" : "县外省内务工") : p.c === "N" ? null : j % 3 === 0 ? "县内务工" : "未务工";
    const place = p.c === "M" ? (j % 2 ? "湖南省长沙市" : "佛山市南海区") : wk === "县内务工" ? "高要区" : null;
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, lab, wk, place]);
  });
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = elig.find((p) => isX(p.id));
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 19)); // 20
  const before = sessions.filter((s) => s.end <= CUT);
  const TR = trained.map((p, k) => {
    let id = p.id;
    if (p === xPerson) id = p.id.slice(0, 17) + "x";
    else if (k === 5) id = fwDigits(p.id);
    else if (k === 9) id = spacedId(p.id);
    return { p, s: before[(k * 5 + 2) % before.length], id };
  });
  TR.push({ p: trained[7], s: before[before.length - 2], id: trained[7].id, note: "第二次参训" });
  TR.push({ p: eligSh[19], s: before[6], id: maskId(eligSh[19].id), note: "镇报名单已脱敏" });
  TR.push({ p: eligSh[20], s: straddle, id: eligSh[20].id });
  TR.push({ p: eligSh[21], s: sept, id: eligSh[21].id });
  const mig0 = persons.find((p) => p.c === "M");
  TR.push({ p: mig0, s: before[5], id: mig0.id, note: "春节返乡参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(elig.length === 28 && trainedCut.size === 20 && ratioGE(20, 28, 70) && !ratioGE(19, 28, 70) && ratioGE(19, 28, 50), "c1 20/28 = 71.4% (19 would be 67.9%)");
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  const tRows = [["高要区农村电子商务培训台账（按期次）"], ["单位：人次　　　参训人次按签到表实到人数计"],
    ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "其中脱贫人口", "备注"]];
  const tMerges = ["A1:G1", "A2:G2"];
  const y20 = sessions.filter((s) => s.start < "2021-01-01");
  const y21 = sessions.filter((s) => s.start >= "2021-01-01");
  const addBlock = (list, label) => {
    for (const s of list) {
      const j = sessions.indexOf(s);
      tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.place, s.pt, s.poorN || null,
        s === straddle ? "三天班（8月30日开班、9月1日结业）" : s === sept ? "9月补训" : s.end !== s.start ? "三天班" : null]);
    }
    tRows.push([`${label}小计`, null, null, null, sum(list.map((s) => s.pt)), sum(list.map((s) => s.poorN)), null]);
    tMerges.push(`A${tRows.length}:D${tRows.length}`);
  };
  addBlock(y20, "2020年");
  addBlock(y21, "2021年");
  tRows.push(["总计", null, null, null, ptAll, sum(sessions.map((s) => s.poorN)), "截至2021年9月10日"]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  const trRows = [["脱贫人口参加电商培训名单"], ["序号", "姓名", "身份证号码", "所在村", "参训期次", "培训时间", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, t.p.v, `第${t.s.no}期`, sessDate(t.s, sessions.indexOf(t.s)), t.note || null]));

  // ---------------- 产业园入驻企业
  const FIRMS = [["肇庆市高要区南药优选电子商务有限公司", "销售型"], ["肇庆市高要区肉桂飘香网店", "销售型（网店）"], ["肇庆市高要区要购网络科技有限公司", "平台型"],
    ["肇庆市高要区蚬岗鱼干电商商行", "销售型（网店）"], ["肇庆市高要区云创电商代运营有限公司", "电商运营服务商"], ["肇庆市高要区农聚电子商务服务有限公司", "电商运营服务商"],
    ["肇庆市高要区快捷达物流有限公司", "物流快递"], ["肇庆市高要区回龙腊味电商商行", "销售型"], ["肇庆市高要区星火直播传媒有限公司", "直播机构"],
    ["肇庆市高要区活道茶业网店", "销售型（网店）"], ["肇庆市高要区西江仓配中心有限公司", "物流快递"], ["肇庆市高要区乡味网络科技有限公司", "平台型"],
    ["肇庆市高要区禄步竹编电商有限公司", "销售型"], ["肇庆市高要区金利五金电商有限公司", "销售型"], ["肇庆市高要区白土工艺品网店", "销售型（网店）"],
    ["肇庆市高要区数字营销策划有限公司", "电商运营服务商"], ["肇庆市高要区莲塘农品电商商行", "销售型"], ["肇庆市高要区河台金矿文旅电商有限公司", "销售型"],
    ["肇庆市高要区大湾农家电商商行", "销售型"], ["肇庆市高要区小湘土货直播工作室", "直播机构"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-09-01", "2021-08-10"), left: null }));
  const leftF = { n: "肇庆市高要区好运来电商商行", t: "销售型", code: creditCode(REGION), ent: "2020-10-12", left: "2021-06-15" };
  const lateF = { n: "肇庆市高要区绿野农品电子商务有限公司", t: "销售型", code: creditCode(REGION), ent: "2021-09-06", left: null };
  const roll = firms.concat([leftF, lateF]).sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["高要区电子商务产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  roll.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, f === lateF ? "2021.9.6" : dateCell(f.ent, j + 1), f.left ? "2021年6月15日" : null, f.left ? "合同到期不续签" : f === lateF ? "9月新入驻" : null]));
  const inPark = roll.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t.replace(/（.*）/, "")));
  assert(inPark.length === 20 && new Set(inPark.map((f) => f.code)).size === 20 && typesIn.size >= 3, "c1 20 firms in park");

  // ---------------- 资金台账 (万元, 4 decimals)
  const ALLOC = 5000000;
  const PAY = [["2020-09-29", "区电子商务公共服务中心建设", "预付款", 486000], ["2020-11-20", "村级电商服务站点建设（第一批）", "预付款", 418560],
    ["2020-12-24", "农村电商人才培训", "第一期", 152350], ["2021-01-27", "区镇村三级物流配送体系", "预付款", 364200], ["2021-03-18", "区电子商务公共服务中心建设", "进度款", 529800],
    ["2021-04-22", "村级电商服务站点建设（第二批）", "进度款", 463475], ["2021-05-27", "农产品品牌培育及营销推广", "预付款", 216000], ["2021-06-24", "农村电商人才培训", "第二期", 168920],
    ["2021-07-15", "区镇村三级物流配送体系", "进度款", 395615], ["2021-08-19", "农产品溯源及冷链", "预付款", 227080], ["2021-08-31", "区电子商务公共服务中心运营", "运营补助", 90000],
    ["2021-09-03", "村级电商服务站点建设（第二批）", "尾款", 245600]];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const spentAll = sum(PAY.map((p) => p[3]));
  assert(spent === 3512000 && ratioGE(spent, ALLOC, 70) && !ratioGE(spent - 90000, ALLOC, 70), "c1 spent 3,512,000 = 70.24% (without the 8/31 payment 68.44%) " + spent);
  const fRows = [["高要区电子商务进农村综合示范省级专项资金拨付台账"], ["单位：万元　　　下达资金：500万元（粤财工〔2019〕××号）"],
    ["序号", "拨付日期", "项目名称", "款项性质", "拨付金额", "累计拨付", "国库支付凭证号"]];
  let acc = 0;
  PAY.forEach(([d, n, k, a], j) => {
    acc += a;
    fRows.push([j + 1, d > CUT ? "2021年9月3日" : dateCell(d, j + 2), n, k, wan4(a), wan4(acc), `GY-GK-${d.slice(0, 4)}-${pad3(j * 9 + 5)}`]);
  });
  fRows.push(["合计", null, null, null, wan4(spentAll), null, "含9月3日拨付"]);

  // ---------------- 月报 / 专栏 / 宣传 / 经验材料
  const rRows = [["高要区向肇庆市商务局报送月报登记"], ["序号", "报送时间", "报送内容", "报送方式", "含电商扶贫统计", "经办人"]];
  const repDates = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    let dd = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    repDates.push(dd);
  }
  repDates.forEach((dd, j) => {
    const prev = monthsBetween("2020-08", "2021-09")[j];
    rRows.push([j + 1, [dotDate(dd), cnDate(dd), D(dd), twoDot(dd)][j % 4], `${cnMonth(prev)}电子商务进农村综合示范工作进展`, j % 2 ? "粤政易" : "电子邮件", j % 3 === 1 ? "无" : "有", ["冯××", "谭××"][j % 2]]);
  });
  assert(inWindowMonths(repDates.filter((d) => d <= CUT)) === 12, "c1 reports 12 months");
  const U = [["2020-06-18", "高要区电子商务进农村综合示范创建工作方案"], ["2020-06-30", "高要区电子商务进农村综合示范项目基本信息公示"]];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(6, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `高要区电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(m + "-01", -1))}）`]);
  }
  const uRows = [["高要区人民政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j + 3), t, `http://www.gaoyao.gov.cn/zwgk/zdlyxxgk/dzsw/content/post_${2300000 + rint(1000, 99999)}.html`]));
  assert(inWindowMonths(U.map((u) => u[0])) === 12, "c1 disclosure 12 months");
  const MED = [["2020-12-03", "高要区融媒体中心（“高要发布”）", "县级", "网络", "高要首批村级电商服务站挂牌"], ["2021-03-19", "肇庆日报", "市级", "报纸", "高要肉桂搭上直播快车"],
    ["2021-06-09", "肇庆广播电视台《肇庆新闻》", "市级", "电视", "高要：电商进村 南药出山"], ["2021-09-09", "南方+客户端", "省级", "网络", "高要电商助农见闻"]];
  const mRows = [["高要区电子商务进农村宣传报道登记"], ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021.9.9" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, "否"]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年6月18日", "《高要区“电商＋南药”助农增收的经验做法》", "肇庆市商务局"]];

  // ---------------- 一表通 (the facts)
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 4, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 0,
  };
  const sec = (t, id) => {
    rows.push([t, null, null, id ? `${claimed[id]}分` : null, null]);
    merges.push(`A${rows.length}:C${rows.length}`);
  };
  const it = (no, label, text, pts, ev) => rows.push([no, label, text, pts === undefined ? null : pts, ev || null]);
  full("肇庆市高要区电子商务进农村综合示范考评“一表通”");
  full("填报单位（盖章）：肇庆市高要区商务局　　　数据截至：2021年8月31日　　　填表日期：2021年9月10日");
  rows.push(["序号", "项　　目", "填　报　内　容", "自评得分", "佐证编号"]);
  sec("一、基本情况");
  it("1", "常住人口", "76.85万人（第七次全国人口普查）；户籍人口88.62万人", undefined, "1-1");
  it("2", "行政区划", `辖16个镇、1个街道，村民委员会${admin.length}个、社区居民委员会${comms.length}个；省定相对贫困村${poor.length}个`, undefined, "1-2");
  sec("二、组织领导（2分）", "org.leadership");
  it("3", "领导小组组长", "区委副书记、区长", undefined, "2-1");
  it("4", "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、中国邮政高要区分公司", undefined, "2-1");
  sec("三、方案制定（2分）", "org.plan");
  it("5", "示范创建工作方案", "（√）已正式印发　（　）未印发　　高府办〔2020〕9号", "2", "3-1");
  sec("四、政策支持（2分）", "org.policy");
  it("6", "农村电商扶持政策", "（√）已出台　（　）未出台　　《高要区农村电子商务发展扶持办法（试行）》，部分条款尚在落实", "1", "4-1");
  sec("五、项目管理（4分）", "org.management");
  it("7", "项目管理制度", "（√）已建立，建设、验收环节执行到位", "2", "5-1");
  it("8", "工作台账", "（√）已建立，2020年部分月份记录不完整", "1", "5-2");
  sec("六、服务体系建设——县级中心与产业园（15分）", "work.center");
  it("9", "公共服务中心投入运营", "2020年12月28日正式投入运营（2020年10月起试运营）", undefined, "6-1");
  it("10", "中心免费服务", "（√）免费培训场所及设备　（√）免费展示、销售　（√）免费摄影、美工　（√）农产品统一推广及品牌建设　（√）其他衍生增值服务", undefined, "6-2");
  it("11", "电商产业园", "（√）已建设（整合原西江电商城）　入驻企业20家，含平台型、销售型、运营服务商、物流快递、直播机构", undefined, "6-3");
  sec("七、服务体系建设——村级站点覆盖（10分）", "work.coverage");
  it("12", "村级站点", "已建站行政村142个，覆盖率71.0%（以200个为基数）；省定相对贫困村14个全覆盖", undefined, "7-1");
  sec("八、农村产品上行（10分）", "work.upward");
  it("13", "网销调研", "（√）已形成调研报告及针对性建议", "2", "8-1");
  it("14", "网络促销活动", "（√）已开展，成效一般", "1", "8-2");
  it("15", "专业第三方运营服务商", "（√）有　（　）无", undefined, "8-3");
  it("16", "行政村物流快递覆盖率", "100%", undefined, "8-4");
  it("17", "交易标准及冷链溯源", "（√）已建溯源系统　（　）交易标准未出台", "1", "8-5");
  it("18", "农村网络零售额", "2019年18.62亿元，2020年23.70亿元，同比增长27.3%", undefined, "8-6");
  it("19", "农产品网络零售额", "2019年2.85亿元，2020年3.76亿元，同比增长31.9%", undefined, "8-6");
  sec("九、电商人才培训（20分）", "work.training");
  it("20", "培训人次", `截至8月31日${fmtInt(ptCut)}人次；截至9月10日${fmtInt(ptAll)}人次，覆盖常住人口1%以上`, undefined, "9-1");
  it("21", "建档立卡贫困人口培训", `有劳动能力的建档立卡贫困人口（不含外出务工）${elig.length}人，参训${trainedCut.size}人，培训率${pct1(20, 28)}`, undefined, "9-2");
  sec("十、信息公开（4分）", "info.disclosure");
  it("22", "专栏公示内容", "（√）创建方案　（√）项目基本信息　（√）建设进度　（　）征求意见或监督举报窗口", undefined, "10-1");
  it("23", "专栏更新", "（√）按月更新　（　）不定时更新", undefined, "10-2");
  sec("十一、数据上报（6分）", "info.reporting");
  it("24", "月报报送及扶贫统计", "（√）每月报送　（√）能统计电商扶贫情况", undefined, "11-1");
  sec("十二、案例总结（2分）", "promo.cases");
  it("25", "经验材料", "（√）已向市商务局报送", undefined, "12-1");
  sec("十三、经验推广（8分）", "promo.media");
  it("26", "媒体报道", "市级、县级媒体报道", undefined, "13-1");
  sec("十四、资金管理（15分）");
  it("27", "资金管理制度", "（√）已制定", `${claimed["fund.system"]}`, "14-1");
  it("28", "资金专用台账", "（√）已建立", `${claimed["fund.ledger"]}`, "14-2");
  it("29", "资金拨付", `下达500万元；截至8月31日累计拨付${wan4(spent)}万元，支出率${pct1(spent, ALLOC)}；按进度及时拨付`, `${claimed["fund.spending"]}`, "14-3");
  sec("十五、加分项（4分）");
  it("30", "贫困人口培训率70%及以上", "是", `${claimed["bonus.poorTraining"]}`, "9-2");
  it("31", "电商扶贫典型案例获电视播报", "无", `${claimed["bonus.tvCase"]}`, null);
  sec("十六、一票否决项");
  it("32", "安全生产、质量事故或重大损失", "（　）发生　（√）未发生", undefined, null);
  it("33", "项目总体进度", "85%", undefined, null);
  it("34", "弄虚作假", "（　）有　（√）无", undefined, null);
  const totalClaim = sum(SCORED.map(([id]) => claimed[id]));
  rows.push(["自评合计", null, `${totalClaim}分＋加分${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}分＝${totalClaim + claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}分`, null, null]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["填表人：冯××　　　审核人：谭××　　　分管领导：梁××", null, null, null, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  assert(rows.every((r) => r.length === W), "c1 facts width");

  // ---------------- points
  const opened = "2020-12-28";
  const centerPts = (openedBy(opened, CUT) ? 2 : 0) + (opened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 28, 50) ? 10 : ratioGE(trainedCut.size, 28, 40) ? 8 : ratioGE(trainedCut.size, 28, 30) ? 6 : 0);
  const r19 = 1862000000, r20 = 2370000000, a19 = 285000000, a20 = 376000000;
  assert((r20 - r19) * 100 < 30 * r19 && (a20 - a19) * 100 >= 30 * a19, "c1 growth: rural 27.3%, agri 31.9%");
  const upPts = 2 + 1 + 1 + 0 + 1 + 2;
  assert(centerPts === 15 && covPts === 8 && trainPts === 18 && upPts === 7, "c1 center/cov/train/up " + [centerPts, covPts, trainPts, upPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": trainPts, "info.disclosure": 0 + 2, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 28, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 82 && bonus === 2, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 第3项组长“区委副书记、区长”（主要领导），第4项成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 第5项“（√）已正式印发”高府办〔2020〕9号，自评得分2 → 2",
    "org.policy: 第6项“（√）已出台”，自评得分1 → 1",
    "org.management: 第7项项目管理制度自评2、第8项工作台账自评1 → 3",
    `work.center: 第9项“2020年12月28日正式投入运营”（试运营2020年10月不用） → 截止日前建成 2；早于2021-02-28，运行满6个月 2；第10项五个（√） → 2+1+1+1+1；第11项产业园已建设 → 2；《产业园入驻企业》截至8月31日在园20家（“${leftF.n}”2021年6月15日退出、“${lateF.n}”2021.9.6入驻都不算），统一社会信用代码各不相同 → 2；类型有平台型、销售型、电商运营服务商、物流快递、直播机构 → 1；合计15`,
    `work.coverage: 《村居一览》村民委员会${admin.length}个（居委会${comms.length}个不算），超过200个以200为基数；《站点台账》挂牌运营时间 ≤ 2021-08-31 的站点覆盖行政村140个（两个“（二）”站与同村站只算一次；社区站2个不算；“${monthOnly}”“2021年8月”只到月，算截止日前；“${vSept}”2021-9-14、“${poorLate}”2021.9.3挂牌不算） → 140/200 = 70.0% ≥ 70% → 5（按312个算只有44.9%）；省定相对贫困村14个，有站的13个（“${poorLate}”9月3日才挂牌） → 13/14 = ${pct1(13, 14)}，在80%—100%之间 → 3；合计8（自评10：一表通写“142个、71.0%”“14个全覆盖”是把9月的站也算进去了）`,
    `work.upward: 调研2、促销1、交易标准及溯源1（一表通自评分）；第三方运营服务商（√） → 1；《村居一览》有快递进村列，“${noExpress}”为× → 行政村快递没有全覆盖 → 0（一表通写100%，以台账为准并提示）；农村网零18.62→23.70亿元增长27.3% < 30%，但农产品网零2.85→3.76亿元增长31.9% ≥ 30% → 2；合计7（自评8）`,
    `work.training: 常住人口76.85万（户籍88.62万不用），超过50万以500,000为基数；《培训台账》截止日前第1—18期共${fmtInt(ptCut)}人次（第10期“2021年4月15日—17日”按17日；第19期“2021.8.30-9.1”按结束日9月1日，在截止日后不算；第20期9月8日补训不算；“小计”“总计”行不是期次） → 4,270/500,000 = ${pct2(4270, 500000)}，在0.8%—1%之间 → 8（一表通“截至9月10日5,130人次、1%以上”用的是9月的数）；《脱贫人口劳动力及务工情况表》有劳动能力（普通、技能、弱或半劳动力）且未外出务工（县内务工、未务工）的28人；《参训名单》截止日前身份证号对得上的20人（末位小写x、全角数字、带空格的各一人照样对上；一人两次算一次；一人脱敏对不上；一人只参加第19期、一人只参加第20期，都在截止日后；外出务工的一人不在28人内） → 20/28 = ${pct1(20, 28)} ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 第22项没有勾“征求意见或监督举报窗口” → 专栏内容不全 → 0；《专栏更新》2020年9月—2021年8月每月都有 → 按月 2；合计2（自评4）",
    "info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送 → 3；月报含电商扶贫统计（“有”） → 3；合计6",
    "promo.cases: 2021年6月18日向肇庆市商务局报送经验材料 → 2",
    "promo.media: 截止日前有肇庆日报、肇庆广播电视台（市级） → 3；高要区融媒体中心（县级） → 1；南方+（省级）是2021.9.9，在截止日后不算 → 合计4",
    "fund.system: 第27项自评4 → 4",
    "fund.ledger: 第28项自评4 → 4",
    `fund.spending: 《资金台账》单位万元：截止日前11笔合计${wan4(spent)}万元 = ${fmtMoney(spent)}元（8月31日运营补助9万元在截止日当天，照算——不算它只有68.44%，就要倒扣5分；9月3日尾款24.56万元不算；“累计拨付”列和合计行不另加） → ${fmtMoney(spent)}/5,000,000 = ${pct2(spent, ALLOC)} ≥ 70% → 按自评及时拨付4分 → 4`,
    "bonus.poorTraining: 20/28 = 71.4% ≥ 70% → 2",
    "bonus.tvCase: 宣传报道都不是电商扶贫典型案例（市台那条也填“否”） → 0",
    "veto.incident: 第32项“（√）未发生” → 不否决",
    "veto.progress: 第33项项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 第34项“（√）无” → 不否决",
  ];
  return {
    description:
      `肇庆市高要区商务局整本考评工作簿（12个表：一表通＋11个台账），82＋加分2＝84分、未否决（一表通自评${totalClaim}＋2）：事实表《考评“一表通”》是Word表格粘进Excel——序号｜项目｜填报内容｜自评得分｜佐证编号，分“一、基本情况”…“十六、一票否决项”节，节标题行的自评得分就是该指标自评分（“2分”），是否题写成“（√）已正式印发　（　）未印发”，一格里并写两个口径（“截至8月31日4,270人次；截至9月10日5,130人次”）。台账：行政村312个（超过200以200为基数，截止日前有站的正好140个＝70%，其中一站“2021年8月”只到月），省定贫困村9月3日才挂牌一站（13/14）；培训按期次有年度小计和总计行，常住人口76.85万以50万为基数（4,270人次＝0.854%），“2021.8.30-9.1”三天班按结束日不算；脱贫人口28人、参训名单20人（小写x、全角数字、空格）＝71.4%得加分；资金台账单位万元（4位小数）。`,
    sheets: [
      { name: "一表通", rows, merges },
      { name: "村居一览", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "参训名单", rows: trRows, merges: ["A1:G1"] },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`] },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 湛江市霞山区: “两上两下”考评基础数据核定表（初报｜市局审核意见｜二报｜最终核定，“同二报”回指）
// =====================================================================================================
function buildF1() {
  // [项目, 单位, 初报, 审核意见, 二报, 最终核定, 备注]
  const R = [
    ["基本情况", null],
    ["县（市、区）", "—", "霞山区", null, "同初报", "同初报"],
    ["考评截止日期", "—", "2021年8月31日", null, "同初报", "同初报"],
    ["常住人口", "万人", "54.61", "请核实：应填第七次全国人口普查常住人口，54.61万为2020年末户籍人口", "51.98", "同二报"],
    ["行政村", "个", "27", "是否含社区？行政村不含社区居委会", "19", "同二报"],
    ["社区居委会", "个", "—", null, "38", "同二报"],
    ["省定贫困村", "个", "0", null, "同初报", "同初报"],
    ["组织领导", null],
    ["领导小组组长", "职务", "区长", "请写全职务", "区委副书记、区长", "同二报"],
    ["领导小组成员单位", "—", "商务、财政、农业农村等部门", "请列明是否含扶贫（乡村振兴）部门", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局", "同二报"],
    ["示范创建工作方案", "是/否", "是", null, "同初报", "同二报"],
    ["支持农村电商发展政策", "是/否", "否", "区政府办印发的《关于加快农村电子商务发展的若干措施》可作为政策", "是", "是（认可）"],
    ["公共服务中心与产业园", null],
    ["中心投入运营日期", "日期", "2020年11月", "请填具体日期", "2020.11.26", "同二报"],
    ["免费培训场所及设备", "是/否", "是", null, "同初报", "同初报"],
    ["免费展示、销售服务", "是/否", "是", null, "同初报", "同初报"],
    ["免费摄影、美工服务", "是/否", "是", "现场核查摄影棚按小时收费", "否", "同二报"],
    ["农产品统一推广及品牌建设", "是/否", "是", null, "同初报", "同初报"],
    ["其他衍生增值服务", "是/否", "是", null, "同初报", "同初报"],
    ["电商产业园", "是/否", "是", null, "同初报", "同初报"],
    ["农村产品上行", null],
    ["专业第三方运营服务商", "有/无", "有", null, "同初报", "同初报"],
    ["行政村快递覆盖率", "%", "100", null, "同初报", "同初报"],
    ["2019年农村网络零售额", "万元", "68,420", null, "同初报", "同初报"],
    ["2020年农村网络零售额", "万元", "86,950", "与省平台数据不一致", "88,130", "同二报"],
    ["2020年农产品网络零售额同比增速", "%", "34.2", "请附省平台截图", "同初报", "31.6"],
    ["电商培训", null],
    ["培训人次", "人次", "5,604", "是否含9月补训？应截至8月31日", "5,188", "同二报"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "214", null, "同初报", "同初报"],
    ["参训建档立卡贫困人口", "人", "131", "请剔除外出务工人员", "同初报", "126"],
    ["信息公开及报送", null],
    ["专栏公示创建方案", "是/否", "是", null, "同初报", "同初报"],
    ["专栏公示项目基本信息", "是/否", "是", null, "同初报", "同初报"],
    ["专栏公示项目建设进度", "是/否", "是", null, "同初报", "同初报"],
    ["专栏征求意见或监督举报窗口", "是/否", "否", "8月20日已增设，请更正", "是", "同二报"],
    ["能统计电商扶贫情况", "是/否", "是", null, "同初报", "同初报"],
    ["资金", null],
    ["省级下达资金", "万元", "500", null, "同初报", "同初报"],
    ["累计拨付资金（截至8月31日）", "万元", "371.26", "含9月3日拨付5.40万元，请剔除", "365.86", "同二报"],
    ["资金管理制度", "是/否", "是", null, "同初报", "同初报"],
    ["资金专用台账", "是/否", "是", null, "同初报", "同初报"],
    ["项目总体进度", "%", "88", null, "同初报", "同初报"],
    ["一票否决事项", null],
    ["安全生产、质量事故或重大损失", "有/无", "无", null, "同初报", "同初报"],
    ["弄虚作假", "有/无", "无", null, "同初报", "同初报"],
    ["主观评分项自评（分）", null],
    ["方案制定（1-2分）", "分", "2", null, "同初报", "同初报"],
    ["政策支持（1-2分）", "分", "—", "政策认可后请补自评分", "1", "同二报"],
    ["项目管理制度（1-2分）", "分", "2", null, "同初报", "同初报"],
    ["工作台账（1-2分）", "分", "2", "2020年台账不全", "同初报", "1"],
    ["网销调研（1-2分）", "分", "2", null, "同初报", "同初报"],
    ["网络促销活动（1-2分）", "分", "2", null, "同初报", "同初报"],
    ["交易标准与冷链溯源（1-2分）", "分", "2", "冷链、溯源系统未建成", "1", "同二报"],
    ["资金管理制度（1-5分）", "分", "5", null, "同初报", "同初报"],
    ["资金台账（1-5分）", "分", "4", null, "同初报", "同初报"],
    ["资金及时拨付（1-5分）", "分", "4", null, "同初报", "同初报"],
  ];
  const W = 8;
  const rows = [["霞山区电子商务进农村综合示范考评基础数据“两上两下”核定表"],
    ["填报单位：湛江市霞山区商务局　　　市审核：湛江市商务局电子商务科　　　说明：“同初报”“同二报”指与该栏数值相同；以“最终核定（9月6日）”栏为准。"],
    ["序号", "项目", "单位", "区初报（8月25日）", "市局审核意见", "区二报（9月2日）", "最终核定（9月6日）", "备注"]];
  const merges = ["A1:H1", "A2:H2"];
  let n = 0;
  const finalOf = {};
  for (const r of R) {
    if (r[1] === null) {
      rows.push([r[0], null, null, null, null, null, null, null]);
      merges.push(`A${rows.length}:H${rows.length}`);
      continue;
    }
    n++;
    const [label, unit, a, note, b, c] = r;
    rows.push([n, label, unit, a, note, b, c, null]);
    const bv = b === "同初报" ? a : b;
    finalOf[label] = c === "同初报" ? a : c === "同二报" ? bv : c;
  }
  rows.push(["经办人：陈××（区商务局）　　审核人：吴××（市商务局）　　核定日期：2021年9月6日"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) padRow(r, W);
  assert(finalOf["常住人口"] === "51.98" && finalOf["示范创建工作方案"] === "是" && finalOf["参训建档立卡贫困人口"] === "126" && finalOf["累计拨付资金（截至8月31日）"] === "365.86", "f1 final values");
  assert(finalOf["工作台账（1-2分）"] === "1" && finalOf["交易标准与冷链溯源（1-2分）"] === "1" && finalOf["政策支持（1-2分）"] === "1", "f1 judged finals");
  return {
    description:
      "湛江霞山区商务局与湛江市商务局“两上两下”核对考评基础数据的《核定表》：序号｜项目｜单位｜区初报（8月25日）｜市局审核意见｜区二报（9月2日）｜最终核定（9月6日）｜备注，分节标题行合并；二报和最终核定栏大多写“同初报”“同二报”（指回前一栏，有一处“同二报”而二报本身又是“同初报”），只有改过的才写新数。读法：一律读最终核定——常住人口51.98万（初报54.61万是户籍）、行政村19个、组长区委副书记、区长且四个部门都在、政策“是（认可）”、中心2020.11.26、免费摄影美工否、2020年农村网零88,130万元、农产品增速31.6%（初报34.2%不用）、培训5,188人次、参训贫困人口126人、监督举报窗口是、累计拨付365.86万元、工作台账1分、交易标准1分、政策支持1分；市局审核意见是问题不是数据。",
    sheets: [{ name: "核定表", rows, merges }],
    expect: {
      facts: {
        county: "霞山区", asOf: "2021-08-31", residentPopulation: 519800, adminVillagesStated: 19, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 684200000, ruralRetail2020: 881300000, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 5188, eligiblePoorPersonsStated: 214, trainedPoorPersonsStated: 126,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3658600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 广州市花都区: 省考评组现场考评问询记录（提问里的数不对，事实只在作答里）
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  full("花都区电子商务进农村综合示范现场考评问询记录");
  full("时间：2021年9月14日上午　　地点：花都区电子商务公共服务中心二楼会议室　　记录：区商务局电商科 黄××");
  full("考评组：省商务厅考评组（组长 刘××）及第三方评估机构　　区参加人员：区政府副区长 温××，区商务局局长 汤××、副局长 骆××，区财政局、区农业农村局、区乡村振兴局有关负责同志");
  full("说明：本记录由区商务局根据现场录音整理，数据口径截至2021年8月31日（省考评截止日期）；“核对材料”为现场出示的佐证材料编号。");
  rows.push(["序号", "考评组提问", "区作答", "答复人", "核对材料"]);
  const QA = [
    ["汇报材料说花都常住人口111万，这个数对吗？", "111万是户籍人口。按第七次全国人口普查，我区常住人口是164.22万人。", "汤××", "附1-1"],
    ["全区有多少个行政村？有没有省定贫困村？", "全区188个行政村、社区居委会70个。广州市没有省定贫困村，我区省定贫困村是0个。", "骆××", "附1-2"],
    ["领导小组是副区长牵头吗？", "不是。领导小组由区委副书记、区长任组长，温副区长是常务副组长；成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区交通运输局和区邮政管理局。", "温××", "附2-1"],
    ["创建方案和扶持政策印发了吗？", "工作方案2020年4月由区政府办公室正式印发（花府办〔2020〕15号）；扶持政策是《花都区促进农村电子商务发展若干措施》，已经出台实施。", "骆××", "附2-2、2-3"],
    ["服务中心是2020年7月开业的吧？", "7月是揭牌仪式，当时还在装修。中心2020年10月16日正式投入运营。", "汤××", "附3-1"],
    ["中心的摄影、美工收不收费？还提供哪些服务？", "免费提供培训场地和设备、农特产品展示销售、摄影和美工设计，组织“花都好物”统一推广、指导品牌建设，还有直播基地、金融对接等增值服务，都不收费。", "运营方 钟××", "附3-2"],
    ["产业园和第三方运营是什么情况？", "产业园是整合原花都电商港改造的；中心由公开招标选定的专业第三方电商运营服务商运营。", "汤××", "附3-3"],
    ["是不是每个行政村都通了快递？", "188个行政村都有快递服务点，行政村快递覆盖率100%。", "骆××", "附4-4"],
    ["农村网络零售额增长有没有30%？", "农村网络零售额2019年126.4亿元、2020年158.9亿元，增长25.7%，没有到30%；农产品网络零售额2020年同比增长33.5%。", "骆××", "附4-6"],
    ["材料说培训6,100人次，包括9月的补训吗？", "6,100人次含9月8日补训480人次；截至8月31日是5,620人次。", "骆××", "附5-1"],
    ["相对贫困人口培训了多少？", "有劳动能力、不含外出务工的相对贫困人口362人，其中参加过电商培训的201人。", "区乡村振兴局 何××", "附5-2"],
    ["政府网站专栏有没有监督举报渠道？", "区政府网站设了“电子商务进农村”专栏，公开创建方案、项目基本信息，每月公开建设进度，页面底部有监督举报电话和邮箱。", "骆××", "附6-1"],
    ["每月向市里报什么？能统计电商扶贫吗？", "每月向广州市商务局报送工作进展，月报附电商扶贫统计表。", "骆××", "附6-2"],
    ["资金拨付多少了？是不是到了90%？", "省里下达500万元，截至8月31日拨付387.45万元，支出率77.5%；90%是加上已签合同的数。", "区财政局 钟××", "附9-3"],
    ["资金管理和台账怎么做的？", "区财政局、区商务局联合制定了专项资金管理办法；每个承建单位都建了资金专用台账。", "区财政局 钟××", "附9-1、9-2"],
    ["项目总体进度多少？有没有出过安全事故？", "按合同计总体进度91%。项目建设过程中没有发生安全生产和质量事故。", "汤××", "附10-1"],
    ["主观项你们自评多少分？", "方案制定2分，政策支持2分，项目管理制度2分、工作台账2分，网销调研2分，网络促销1分，交易标准及冷链溯源1分，资金管理制度5分，资金台账4分，资金及时拨付4分。", "骆××", "自评表"],
  ];
  QA.forEach(([q, a, who, ev], j) => rows.push([j + 1, q, a, who, ev]));
  full("考评组意见：现场答复情况已记录，有关数据以佐证材料为准。（本行为考评组口头意见，区商务局记录）");
  rows.push([null, null, null, "记录人：黄××", "审核：骆××"]);
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "广州花都区商务局根据录音整理的《现场考评问询记录》：四行抬头（时间地点、考评组和区参加人员、说明口径截至2021年8月31日），然后 序号｜考评组提问｜区作答｜答复人｜核对材料，一问一答一行，事实全在“区作答”的句子里，考评组的提问常带着不对或过时的数（“常住人口111万”“2020年7月开业”“培训6,100人次”“是不是到了90%”“是副区长牵头吗”），要以回答为准：常住人口164.22万人（111万是户籍），行政村188、省定贫困村0，区委副书记、区长任组长（副区长是常务副组长），四个部门都在，中心2020年10月16日正式运营（7月是揭牌），免费服务五项都有，快递100%，网零126.4亿→158.9亿元、增长25.7%，农产品增速33.5%，培训截至8月31日5,620人次（6,100含9月），贫困人口362人、参训201人，拨付387.45万元（90%不是进度也不是拨付），总体进度91%，主观项自评分在最后一答里；没有问到弄虚作假。",
    sheets: [{ name: "问询记录", rows, merges }],
    expect: {
      facts: {
        county: "花都区", asOf: "2021-08-31", residentPopulation: 1642200, adminVillagesStated: 188, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 12640000000, ruralRetail2020: 15890000000, ruralRetailGrowthStated: 0.257, agriRetailGrowthStated: 0.335,
        trainingPersonTimesStated: 5620, eligiblePoorPersonsStated: 362, trainedPoorPersonsStated: 201,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3874500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头市金平区: 创建工作里程碑节点表（计划｜实际完成｜状态）＋主要数据＋主观项自评
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("金平区电子商务进农村综合示范创建工作里程碑节点表");
  full("汕头市金平区工业和信息化局（区商务局）　　更新日期：2021年9月10日　　考评截止日期：2021年8月31日（实际完成日期在截止日之后的，截止日时视为未完成）");
  full("一、里程碑节点");
  rows.push(["序号", "里程碑节点", "计划完成", "实际完成", "状态", "说明"]);
  const MS = [
    ["成立创建工作领导小组", "2020年3月", "2020.3.16", "已完成", "区委副书记、区长任组长；成员单位：区工业和信息化局（区商务局）、区财政局、区农业农村和水利局、区乡村振兴局、区市场监管局"],
    ["正式印发创建工作方案", "2020年4月", "2020.4.28", "已完成", "金府办〔2020〕21号"],
    ["出台农村电商扶持政策", "2020年12月", "—", "未完成", "征求意见稿已完成，拟10月印发"],
    ["公共服务中心试运营", "2020年9月", "2020.9.20", "已完成", null],
    ["公共服务中心正式投入运营", "2020年11月", "2020.11.30", "已完成", null],
    ["中心免费服务功能上线", "2020年12月", "2020.12.15", "已完成", "免费培训场所和设备、农特产品免费展示销售、统一推广及品牌建设指导、其他衍生增值服务已上线；摄影美工由合作工作室提供，按件收费"],
    ["整合优化电商产业园", "2021年3月", "2021.3.31", "已完成", "整合原金平电商创业园"],
    ["引入专业第三方运营服务商", "2020年8月", "2020.8.25", "已完成", "公开招标"],
    ["行政村快递服务全覆盖", "2021年6月", "2021.6.30", "已完成", "9个行政村均设快递服务点"],
    ["政府网站专栏上线（创建方案、项目基本信息）", "2020年6月", "2020.6.12", "已完成", null],
    ["专栏按月公示项目建设进度", "每月", "持续", "进行中", "2020年7月起每月公示"],
    ["专栏增设监督举报窗口", "2021年6月", "2021.9.3", "已完成（逾期）", "迎检前增设"],
    ["建立电商扶贫统计（随月报报送）", "2020年10月", "2020.10.9", "已完成", null],
    ["印发专项资金管理办法", "2020年5月", "2020.5.20", "已完成", "区财政局、区工信局联合印发"],
    ["各承建单位建立资金专用台账", "2020年9月", "2020.9.30", "已完成", null],
    ["建成农产品冷链及溯源系统", "2021年8月", "—", "未完成", "设备采购中"],
  ];
  MS.forEach((m, j) => rows.push([j + 1, m[0], m[1], m[2], m[3], m[4]]));
  rows.push(padRow([], W));
  full("二、主要数据（截至2021年8月31日）");
  rows.push(["序号", "项目", "数值", "单位", "来源", null]);
  const DATA = [["常住人口", "82.41", "万人", "第七次全国人口普查"], ["行政村", "9", "个", "另有社区居委会68个"], ["省定贫困村", "0", "个", "无省定贫困村"],
    ["培训人次", "3,826", "人次", "培训台账"], ["有劳动能力的建档立卡贫困人口（不含外出务工）", "56", "人", "区乡村振兴局"], ["参加培训的建档立卡贫困人口", "31", "人", "参训名单"],
    ["省级下达资金", "500", "万元", null], ["累计拨付资金", "341.68", "万元", "国库支付"], ["项目总体进度", "82%", null, "按合同计"]];
  DATA.forEach((d, j) => {
    rows.push([j + 1, d[0], d[1], d[2], d[3], null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  });
  rows.push(padRow([], W));
  full("三、主观评分项自评");
  rows.push(["序号", "评分项", "分值", "自评分", "说明", null]);
  const J = [["方案制定", "1-2分", 2, null], ["政策支持", "1-2分", "—", "政策未出台，不自评"], ["项目管理制度", "1-2分", 2, null], ["工作台账", "1-2分", 2, null],
    ["网销调研", "1-2分", 1, "调研报告待完善"], ["网络促销活动", "1-2分", 2, null], ["交易标准与冷链溯源", "1-2分", "—", "未建成，不自评"],
    ["资金管理制度", "1-5分", 4, null], ["资金台账", "1-5分", 4, null], ["资金及时拨付", "1-5分", 3, "部分项目拨付滞后"]];
  J.forEach((d, j) => {
    rows.push([j + 1, d[0], d[1], d[2], d[3], null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  });
  full("注：创建期间未发生安全生产、质量事故或重大经济损失，无弄虚作假情况。");
  assert(rows.every((r) => r.length === W), "f3 width");
  return {
    description:
      "汕头金平区工业和信息化局（区商务局）的《创建工作里程碑节点表》（9月10日更新）当事实表：一、里程碑节点 序号｜里程碑节点｜计划完成｜实际完成｜状态｜说明，是否类事实要看节点有没有在截止日前实际完成——监督举报窗口“2021.9.3 已完成（逾期）”在截止日后（抬头写明视为未完成 → 否），扶持政策“— 未完成”为否，中心正式运营2020.11.30（不是试运营2020.9.20），免费服务节点的说明里摄影美工按件收费（否），计划完成栏是计划不是事实；组长和成员单位写在领导小组节点的说明里（区工信局挂区商务局牌子、区农业农村和水利局）；二、主要数据（文本数字、单位分列、“82%”）；三、主观项自评（政策支持、交易标准写“—”不自评）；表尾注写否决项。",
    sheets: [{ name: "里程碑", rows, merges }],
    expect: {
      facts: {
        county: "金平区", asOf: "2021-08-31", residentPopulation: 824100, adminVillagesStated: 9, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-11-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        trainingPersonTimesStated: 3826, eligiblePoorPersonsStated: 56, trainedPoorPersonsStated: 31,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3416800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 清远市清城区: 说明、村居及快递网点数、培训（男｜女两列，无合计列）、园区企业（状态里写迁出/注销）、宣传报道（无级别列）、图表数据
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "441802";
  const TOWNS = [["源潭镇", 9, 2], ["飞来峡镇", 7, 1], ["石角镇", 10, 2], ["龙塘镇", 8, 1], ["横荷街道", 5, 3]];
  const prefixes = ["源潭", "飞来", "石角", "龙塘", "横荷", "清城"];
  const vName = nameMaker("大小新东西南北银沙石黄白青龙凤马", ["岗", "坑", "田", "塘", "围", "洲", "头", "岭", "陂", "湾", "坪", "寨", "江", "埔"], "村", prefixes);
  const cName = nameMaker("锦金富华和", ["华", "苑", "港", "丰", "明"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const poor = new Set([towns[1].vs[2], towns[1].vs[5], towns[3].vs[4]]);
  const zero = new Set([towns[1].vs[6], towns[3].vs[7]]);
  const vRows = [["清城区村（居）委会及快递网点情况表"], ["说明：“快递网点数”为区邮政管理局核实的在村（居）设立的快递服务网点（含代投点）个数；省定贫困村栏居委会不填。"],
    ["序号", "镇（街道）", "村（居）委会", "类型", "省定贫困村", "快递网点数（个）", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 3 === 0 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      const cnt = zero.has(v) ? 0 : rint(1, 6);
      vRows.push([sq, x.t, nm, "村委会", poor.has(v) ? "是" : "否", sq % 4 === 0 ? fullWidth(String(cnt)) : cnt, zero.has(v) ? "邮件由镇邮政支局代收" : null]);
      vRecs.push({ name: nm, admin: true, poor: poor.has(v), express: cnt > 0 });
    }
    for (const c of x.cs) {
      sq++;
      const nm = `${short(c)}社区居委会`;
      vRows.push([sq, x.t, nm, "居委会", null, rint(3, 12), null]);
      vRecs.push({ name: nm, admin: false, poor: null, express: true });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个、居委会${comms.length}个`, null, `${poor.size}个`, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  for (const r of vRows) padRow(r, 7);
  // ---------------- 培训 (男 | 女, no total column)
  const SES = [["2020-09-24", null, "农村电商基础知识", 38, 51, 6], ["2020-11-05", null, "网店开设与运营", 29, 44, 3], ["2020-12-10", null, "直播带货实操", 33, 62, 9],
    ["2021-01-21", null, "短视频拍摄与剪辑", 41, 37, 0], ["2021-03-16", null, "农产品包装与品牌（清远鸡、石角腊味）", 26, 48, 5], ["2021-05-18", "2021-05-19", "农村电商带头人培训班", 22, 19, 4],
    ["2021-06-22", null, "社群营销", 35, 58, 7], ["2021-07-27", null, "电商客服与物流", 30, 45, 2], ["2021-08-31", null, "直播电商进阶", 47, 66, 8], ["2021-09-09", null, "电商政策解读（迎检）", 52, 71, 0]];
  const tRows = [["清城区农村电商培训情况登记表"], ["期次", "培训日期", "培训内容", "参训人数", null, "其中脱贫户", "备注"], [null, null, null, "男", "女", null, null]];
  const tMerges = ["A1:G1", "D2:E2", "A2:A3", "B2:B3", "C2:C3", "F2:F3", "G2:G3"];
  const tRecs = [];
  const addT = (list, label) => {
    for (const [a, b, topic, m, f, p] of list) {
      const k = SES.findIndex((s) => s[0] === a) + 1;
      const dc = b ? "2021年5月18-19日" : a > CUT ? "2021.9.9" : [D(a), dotDate(a), cnDate(a), slashDate(a)][k % 4];
      tRows.push([`第${k}期`, dc, topic, m, f, p || "—", b ? "两天班" : a > CUT ? "9月补训" : null]);
      tRecs.push({ date: b || a, personTimes: m + f });
    }
    tRows.push([`${label}小计`, null, null, sum(list.map((s) => s[3])), sum(list.map((s) => s[4])), sum(list.map((s) => s[5])), null]);
    tMerges.push(`A${tRows.length}:C${tRows.length}`);
  };
  addT(SES.filter((s) => s[0] < "2021"), "2020年");
  addT(SES.filter((s) => s[0] >= "2021"), "2021年");
  tRows.push(["注：参训人数按签到表实到人数分男、女统计；“其中脱贫户”已含在男、女人数内。"]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  // ---------------- 园区企业 (状态 carries the exit)
  const E = [["清远市清城区鸡乡优品电子商务有限公司", "销售型"], ["清远市清城区清e购网络科技有限公司", "平台型"], ["清远市清城区石角腊味网店", "销售型"],
    ["清远市清城区北江电商运营服务有限公司", "电商运营商"], ["清远市清城区飞来峡物流有限公司", "物流企业"], ["清远市清城区源潭陶瓷电商商行", "销售型"],
    ["清远市清城区直播谷文化传媒有限公司", "直播电商"], ["清远市清城区龙塘农品网店", "销售型"], ["清远市清城区云仓供应链有限公司", "物流企业"], ["清远市清城区山货郎电商商行", "销售型"]];
  const firms = E.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-07-01", "2021-07-31"), left: null }));
  firms[2].ent = "2020-10";
  firms[5].left = "2021-06";
  firms[8].ent = "2020-08-20";
  firms[8].left = "2021-03-15";
  firms[9].ent = "2021-09-02";
  const eRows = [["清城区电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态"]];
  const eRecs = [];
  firms.forEach((f, j) => {
    const ec = f.ent === "2020-10" ? "2020年10月" : f.ent > CUT ? "2021.9.2" : dateCell(f.ent, j + 2);
    const st = f.left === "2021-06" ? "迁出（2021.6）" : f.left ? "注销（2021.3.15）" : "在园";
    eRows.push([j + 1, f.n, f.code, f.t, ec, st]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  // ---------------- 宣传报道 (no level column)
  const M = [["2020-10-30", "清城发布（区融媒体中心）", "网络", "清城首批村级电商服务站挂牌", "county", false],
    ["2021-01-15", "清远日报", "报纸", "清远鸡搭上直播快车", "city", false], ["2021-03-22", "清远广播电视台《清远新闻》", "电视", "清城：电商进村 山货出山", "city", true],
    ["2021-05-12", "南方日报", "报纸", "清城农村电商激活乡村振兴", "province", false], ["2021-07-06", "羊城晚报", "报纸", "北江边的直播间", "province", false],
    ["2021-09-06", "中央广播电视总台财经频道（CCTV-2）", "电视", "广东清远：电商助农新模式", "national", true]];
  const mRows = [["清城区电子商务进农村宣传报道登记"], ["序号", "报道时间", "媒体", "形式", "标题"]];
  const mRecs = [];
  M.forEach(([d, med, form, t, lv, tv], j) => {
    mRows.push([j + 1, d > CUT ? "2021.9.6" : dateCell(d, j + 1), med, form, `《${t}》`]);
    mRecs.push({ date: d, level: lv, tv });
  });
  // ---------------- 图表数据 / 说明 (not ledgers)
  const gRows = [["图表数据（汇报PPT用，按月汇总）"], ["月份", "培训人次", "累计站点数", "入驻企业数"]];
  for (const m of monthsBetween("2020-09", "2021-08")) gRows.push([cnMonth(m), sum(tRecs.filter((t) => t.date.slice(0, 7) === m).map((t) => t.personTimes)), rint(40, 60), rint(5, 9)]);
  const note = [["说明"], ["1．本册为清城区电子商务进农村综合示范台账（村居、培训、园区、宣传），数据更新至2021年9月10日。"],
    ["2．《村居及快递》中快递网点数为0的村即快递未进村。"], ["3．《培训》参训人数分男、女两栏登记，一期人次为两栏之和。"], ["4．《图表数据》为汇报材料所用汇总数，不作台账。"]];
  return {
    description:
      "清远清城区商务局台账（六个表）：①《说明》不是台账；②《村居及快递》镇（街道）纵向合并，村写“××村委会”或“××村民委员会”，居委会“××社区居委会”、省定贫困村栏空着（null），快递不是是否而是“快递网点数（个）”——0为未进村（false），几个数字是全角；合计行不是；③《培训》两行表头，“参训人数”合并在“男｜女”两列之上，没有合计列，一期人次＝男＋女，“其中脱贫户”已含在内不能再加（“—”为0），年度小计行和表尾注不是期次；两天班“2021年5月18-19日”按结束日，8月31日和9月9日两期照列；④《园区企业》退出写在“状态”里（“迁出（2021.6）”只到月、“注销（2021.3.15）”），入驻“2020年10月”只到月、“2021.9.2”照列；⑤《宣传报道》没有级别列，级别看媒体名（清城发布区级、清远日报和清远台市级、南方日报和羊城晚报省级、央视财经国家级），形式“电视”才是电视；⑥《图表数据》按月汇总，不是台账。",
    sheets: [
      { name: "说明", rows: note, merges: [] },
      { name: "村居及快递", rows: vRows, merges: vMerges },
      { name: "培训", rows: tRows, merges: tMerges },
      { name: "园区企业", rows: eRows, merges: ["A1:F1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:E1"] },
      { name: "图表数据", rows: gRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "村居及快递": { kind: "villages", records: vRecs },
        "培训": { kind: "training", records: tRecs },
        "园区企业": { kind: "enterprises", records: eRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "图表数据": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头市潮阳区: 封面、脱贫户（务工地定外出）、用款申请导出（已支付／已退回／审核中）、粤政易发文登记、专栏（置顶）、统计
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "440513";
  // ---------------- 脱贫户
  const VIL = [["谷饶镇", "赤产村"], ["金灶镇", "石壁村"], ["关埠镇", "玉二村"], ["西胪镇", "内輋村"]];
  const PLACE_OUT = ["深圳市宝安区", "汕头市龙湖区", "广州市白云区", "东莞市虎门镇"];
  const PLACE_IN = ["潮阳区谷饶镇", "潮阳区棉北街道", "本村"];
  const pRows = [["潮阳区脱贫人口（相对贫困人口）劳动力名册"], ["说明：务工地在潮阳区以外的（含汕头市其他区）为外出务工；务工地空白为未务工；无劳动能力的不填务工地。"],
    ["序号", "镇（街道）", "村", "户主", "姓名", "与户主关系", "身份证号", "劳动能力", "务工地"]];
  const pRecs = [];
  const pMerges = ["A1:I1", "A2:I2"];
  const KINDS_P = [["in", "out", "no"], ["none", "out"], ["in", "no", "none"], ["out", "in"], ["none", "no", "out"], ["in", "none"]];
  let k = 0;
  let xs = 0;
  KINDS_P.forEach((hh, h) => {
    const [town, vil] = VIL[h % VIL.length];
    const r0 = pRows.length + 1;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sur);
    hh.forEach((kind, i) => {
      k++;
      const labour = kind !== "no";
      const birth = kind === "no" ? birthBetween(1936, 1955) : birthBetween(1968, 2001);
      const wantX = labour && xs < 1 ? true : undefined;
      if (wantX) xs++;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX);
      const place = kind === "out" ? PLACE_OUT[k % 4] : kind === "in" ? PLACE_IN[k % 3] : null;
      pRows.push([k, town, vil, head, i === 0 ? head : personName(i === 1 ? undefined : sur), i === 0 ? "户主" : i === 1 ? "配偶" : "子女", k % 5 === 0 ? id.slice(0, 17) + id[17].toLowerCase() : id,
        labour ? "有" : "无", place]);
      pRecs.push({ id, labour, migrant: labour ? kind === "out" : null });
    });
    for (const c of ["B", "C", "D"]) mergeCol(pMerges, c, r0, pRows.length);
  });
  assert(pRecs.some((p) => p.migrant === true) && pRecs.some((p) => p.migrant === false) && pRecs.some((p) => p.migrant === null) && xs === 1, "l2 person variety");
  assert(pRows.some((r) => r[8] === "汕头市龙湖区"), "l2 龙湖 is outside 潮阳");
  // ---------------- 用款申请导出
  const AP = [
    ["2020-09-21", "区电子商务公共服务中心建设", "汕头市潮阳区潮电优选电子商务有限公司", 450000, "已支付", "2020-09-29"],
    ["2020-11-16", "村级电商服务站点建设", "中国邮政集团有限公司汕头市潮阳区分公司", 380000, "已支付", "2020-11-25"],
    ["2021-01-11", "农村电商人才培训", "汕头市潮阳区岭东电商培训中心", 126500, "已退回", null, "收款账号有误，国库退回"],
    ["2021-01-19", "农村电商人才培训", "汕头市潮阳区岭东电商培训中心", 126500, "已支付", "2021-01-26", "更正账号后重新申请"],
    ["2021-03-08", "区镇村三级物流配送体系", "汕头市潮阳区速达物流有限公司", 312000, "已支付", "2021-03-17"],
    ["2021-05-10", "区电子商务公共服务中心建设", "汕头市潮阳区潮电优选电子商务有限公司", 450000, "已支付", "2021-05-20"],
    ["2021-06-21", "农产品品牌培育及营销推广", "汕头市潮阳区好物文化传播有限公司", 208800, "已支付", "2021-07-02"],
    ["2021-08-16", "村级电商服务站点建设", "中国邮政集团有限公司汕头市潮阳区分公司", 420000, "已支付", "2021-08-27"],
    ["2021-08-25", "农村电商人才培训", "汕头市潮阳区岭东电商培训中心", 148000, "已支付", "2021-09-02"],
    ["2021-09-06", "区镇村三级物流配送体系", "汕头市潮阳区速达物流有限公司", 286000, "审核中", null],
  ];
  const fRows = [["用款申请查询结果"], ["查询条件：资金来源＝2019年省级电子商务进农村综合示范专项资金；申请日期 2020-06-01 至 2021-09-10　　导出时间：2021-09-10 16:05:33"],
    ["申请单号", "申请日期", "项目名称", "收款单位", "申请金额（元）", "状态", "支付日期", "备注"]];
  const fRecs = [];
  AP.forEach(([ad, n, who, amt, st, pd, note], j) => {
    fRows.push([`CY-YK-2021${pad3(j * 7 + 11)}`, exportTime(ad, hms()), n, who, fmtMoney(amt), st, pd ? (j % 2 ? D(pd) : pd) : null, note || null]);
    if (st === "已支付") fRecs.push({ date: pd, amount: amt });
  });
  fRows.push([`共${AP.length}条`]);
  // ---------------- 粤政易发文登记
  const DOCS = [];
  const ms = monthsBetween("2020-09", "2021-09");
  ms.forEach((m, j) => {
    let d = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    if (m === "2021-02") return; // 春节合并于3月
    const prev = cnMonth(isoAdd(m + "-01", -1));
    const pov = j % 4 !== 2;
    DOCS.push({ d, no: `潮商务函〔${d.slice(0, 4)}〕${rint(10, 199)}号`, title: m === "2021-03" ? "关于报送2021年1—2月电子商务进农村综合示范工作进展情况的函" : `关于报送${prev}电子商务进农村综合示范工作进展情况的函`,
      to: "汕头市商务局", cc: null, att: pov ? "进展情况表.xlsx；电商扶贫统计表.xlsx" : "进展情况表.xlsx", report: true, pov });
  });
  DOCS.push({ d: "2020-12-15", no: "潮商务〔2020〕88号", title: "关于电子商务进农村综合示范项目资金使用情况的报告", to: "潮阳区人民政府", cc: "汕头市商务局", att: "资金使用情况表.xlsx", report: false });
  DOCS.push({ d: "2021-04-20", no: "潮商务〔2021〕31号", title: "关于申请拨付电子商务进农村综合示范项目资金的请示", to: "潮阳区财政局", cc: null, att: null, report: false });
  DOCS.sort((a, b) => cmp(a.d, b.d));
  const rRows = [["粤政易公文发文登记（电子商务进农村）"], ["序号", "发文日期", "发文字号", "标题", "主送", "抄送", "附件"]];
  const rRecs = [];
  DOCS.forEach((x, j) => {
    rRows.push([j + 1, [cnDate0(x.d), D(x.d), slashDate(x.d)][j % 3], x.no, `《${x.title}》`, x.to, x.cc, x.att]);
    if (x.report) rRecs.push({ date: x.d, poverty: x.pov });
  });
  rRows.push(["注：2021年1、2月进展情况春节后合并报送。"]);
  // ---------------- 专栏 (pinned old article first, then newest first)
  const A = [["2020-06-16", "潮阳区电子商务进农村综合示范创建工作方案"], ["2020-06-23", "潮阳区电子商务进农村综合示范项目基本信息公示"]];
  for (const m of WINDOW) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    A.push([`${m}-${String(rint(8, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `潮阳区电子商务进农村综合示范项目建设进度（${cnMonth(isoAdd(m + "-01", -1))}）`]);
  }
  A.push(["2021-09-08", "潮阳区电子商务进农村综合示范项目建设进度（2021年8月）"]);
  const pinned = ["2021-03-02", "关于设立电子商务进农村综合示范项目监督举报电话的公告"];
  const listed = A.slice().sort((a, b) => cmp(b[0], a[0]));
  const aRows = [["潮阳区人民政府网站 > 专题专栏 > 电子商务进农村综合示范"], ["序号", "标题", "发布日期", "置顶"]];
  const aRecs = [];
  [pinned].concat(listed).forEach(([d, t], j) => {
    aRows.push([j + 1, t, j % 2 ? d : d.replace(/-/g, "/"), j === 0 ? "是" : null]);
    aRecs.push({ date: d });
  });
  assert(inWindowMonths(aRecs.map((a) => a.date)) === 11, "l2 disclosures miss January");
  const sumRows = [["台账统计（截至2021年8月31日）"], ["项目", "数量", "单位"], ["脱贫人口", pRecs.length, "人"], ["已支付用款", sum(fRecs.filter((f) => f.date <= CUT).map((f) => f.amount)), "元"],
    ["报送市局月报", rRecs.filter((r) => r.date <= CUT).length, "次"], ["专栏文章", aRecs.filter((a) => a.date <= CUT).length, "篇"]];
  const cover = [["潮阳区电子商务进农村综合示范考评台账"], ["（第二册）"], ["汕头市潮阳区商务局"], ["2021年9月"], ["目录：1．脱贫户　2．用款申请　3．发文登记　4．专栏　5．统计"]];
  return {
    description:
      "汕头潮阳区商务局台账第二册（六个表）：①《封面》不是台账；②《脱贫户》按户排（镇、村、户主纵向合并），劳动能力“有／无”，外出务工看“务工地”——潮阳区以外（含“汕头市龙湖区”）为外出，“潮阳区谷饶镇”“本村”不是，空白为未务工（否），无劳动能力的务工为null，一人末位小写x；③《用款申请》是财政系统“用款申请查询结果”导出：只有状态“已支付”的是拨付，日期读“支付日期”（申请日期是带时分的文字，不读），“已退回”那笔（账号有误）后来重新申请并支付只算一次，“审核中”不是拨付，9月2日支付的照列，金额是“126,500.00”文本；④《发文登记》是粤政易发文登记，只有主送汕头市商务局的进展情况函是报送（主送区政府抄送市局的资金报告、主送区财政局的请示不是），2月无、3月“1—2月”合并一条，附件里有“电商扶贫统计表”为含扶贫统计，9月照列；⑤《专栏》网站栏目页：第一条是置顶的3月2日公告，其余按日期倒序，日期有“2021/08/14”（斜杠）和“2021-07-14”（短横）两种文字写法，1月没有更新，9月8日一条照列；⑥《统计》不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "脱贫户", rows: pRows, merges: pMerges },
      { name: "用款申请", rows: fRows, merges: ["A1:H1", "A2:H2"] },
      { name: "发文登记", rows: rRows, merges: ["A1:G1", `A${rRows.length}:G${rRows.length}`] },
      { name: "专栏", rows: aRows, merges: ["A1:D1"] },
      { name: "统计", rows: sumRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫户": { kind: "poorPersons", records: pRecs },
        "用款申请": { kind: "funds", records: fRecs },
        "发文登记": { kind: "reports", records: rRecs },
        "专栏": { kind: "disclosures", records: aRecs },
        "统计": { kind: null },
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
write("counties", "b221-c1-gaoyao.json", c1);
write("facts", "b221-f1-xiashan.json", f1);
write("facts", "b221-f2-huadu.json", f2);
write("facts", "b221-f3-jinping.json", f3);
write("ledgers", "b221-l1-qingcheng.json", l1);
write("ledgers", "b221-l2-chaoyang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
