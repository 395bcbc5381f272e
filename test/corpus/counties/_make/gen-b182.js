// Batch 182 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b180.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (182182), no clock. Run: node test/corpus/_b182/gen-b182.js
//
// c1 曲江区 (韶关): the facts are an OA approval export (钉钉-style “审批数据导出”): one row per approval instance, the form's
//    fields as ~60 columns under a two-row header; three instances — 已完成/拒绝 (户籍人口, a department missing), 已撤销
//    (September numbers) and 已完成/同意 — only the approved row is the county's data (judged and claimed points included);
//    the village list and the station list are one combined table per 镇, each town on its own sheet typed by the town's
//    clerk in its own style (是/否, √/×, 已通/未通, six date styles), a village with two stations spans two rows with merged
//    village cells; a hidden 镇村汇总 counted to 9月10日; sessions with 人次 (two September sessions lift 0.83% to 1.02%);
//    park firms (exactly 20 at the cut-off, one leaving in September); funds as 拨付批次 blocks whose date is only in the block
//    title (the 8月31日 batch decides 74.3% vs 64.1%); one row per month for 月报 and 专栏 (no update in 2021-01/02); media.
// f1 三水区 (佛山): the provincial 考评组's 现场访谈记录 typed by the bureau: header block, then 序号｜提问人｜问题｜回答人｜回答要点｜
//    考评组核实情况, sectioned; facts in the answers, but where the 核实 column gives the checked figure (培训5,236人次 vs
//    “5,200多”, 拨付3,896,150.00元 vs “389.6万元左右”) or rules an answer out (美工按件收费 → 免费摄影、美工 不符合), it decides;
//    the judged points are one answer near the end; the 考评组's own ratio remarks are not inputs.
// f2 梅江区 (梅州): the 部门回填表 — one row per 数据项, one column per department (商务局, 统计局, 民政局, 农业农村局, 乡村振兴局,
//    财政局, 邮政管理局, 政数局, 中心运营方), each department fills only its own cells; where two departments gave different
//    values the 汇总意见 column says which one stands (七普 vs 2019年末, 正式运营 vs 试运营, 全区 vs 中心自办); “不掌握”, “见财政局”
//    are not values; a 自评分 table below with the sub-points in words.
// f3 榕城区 (揭阳): the official indicator table turned on its side — one column per indicator (B…U, plus 合计), rows 工作任务
//    (horizontally merged per group) | 评价指标 (服务体系建设 merged over two columns) | 权重 | 评分标准 (official text, full of
//    thresholds) | 完成情况 (the facts, in sentences) | 自评得分 | 备注; sub-points in brackets inside 完成情况.
// l1 江城区 (阳江): a training workbook kept by four different people, one sheet per quarter, each in its own layout (flat sign-in
//    list with real dates; session blocks with 签到 √/请假/缺席; a person × session ✓ grid; session rows with 人次 including a
//    September session), a poor-person roster by household, a 填表说明 page and a pivot summary that is not a ledger.
// l2 清城区 (清远): a station-management system's “纵向导出” (one row per field: 记录ID｜字段｜字段值｜操作人｜更新时间; a field
//    updated twice — the latest counts; a record 已删除; a record without 挂牌日期), its 字段字典, and the publicity archive as an
//    “Everything” file listing (名称｜路径｜大小｜修改时间): one report per “日期_媒体_标题” file, level and form only in the folder
//    path, a report saved as two screenshots, folders and Thumbs.db are not reports, 修改时间 is not the report date.
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
let seed = 182182;
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
    assert(/^b182-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b182-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b182-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// ---------------------------------------------------------------- extra helpers (batch 182)
const CUT = "2021-08-31";
function dateStyle(iso, k) {
  // nine ways the town clerks type a date
  switch (k % 9) {
    case 0: return D(iso);
    case 1: return dotDate(iso);
    case 2: return cnDate(iso);
    case 3: return slashDate(iso);
    case 4: return yyyymmdd(iso);
    case 5: return excelSerial(iso);
    case 6: return twoDot(iso);
    case 7: return dashNoPad(iso);
    default: return twoSlash(iso);
  }
}
function mdDot(iso) {
  const [, m, d] = ymd(iso);
  return `${m}.${d}`;
}
function stemOf(v) {
  return v.replace(/村$|社区$/, "");
}

// =====================================================================================================
// c1 — 韶关曲江区: whole workbook; facts in an OA approval export; village+station tables one sheet per 镇
// =====================================================================================================
function buildC1() {
  const REGION = "440205";
  const TOWNS = [["马坝镇", 16, 6], ["白土镇", 12, 2], ["乌石镇", 11, 1], ["樟市镇", 13, 2], ["大塘镇", 11, 1], ["小坑镇", 8, 1],
    ["沙溪镇", 10, 1], ["枫湾镇", 12, 1], ["罗坑镇", 9, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小上下新东西南北黄龙石沙水桥塘江岭", ["坑", "塘", "岭", "陂", "田", "围", "坪", "岗", "洞", "湾", "口", "头", "背", "坝"], "村", prefixes);
  const cName = nameMaker("城华曲泰安兴丰", ["苑", "园", "港", "峰", "桥", "盛", "景"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 102 && comms.length === 16, "c1 102 villages + 16 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;

  // ---------------- plan: poor villages, covered villages, traps
  const notMaba = shuffle(admin.filter((v) => townOf[v] !== "马坝镇"));
  const poor = notMaba.slice(0, 10);
  const poorSept = poor[0]; // its only station opened 2021-09-02
  const others = shuffle(admin.filter((v) => !poor.includes(v)));
  const septOnly = others[0]; // a non-poor village whose only station opened in September
  const covered = poor.slice(1).concat(others.slice(1, 64));
  assert(covered.length === 72, "c1 72 covered");
  const cutDay = others[5]; // only station on 2021-08-31
  const twoSt = others[9]; // two stations, both before the cut-off
  const secondSept = others[14]; // a second station in September (covered by the first)
  const noExp = towns[8].vs.find((v) => !poor.includes(v)); // 罗坑镇: express not reaching
  const commSt = towns[0].cs[2]; // a community with a station
  const st = {}; // village -> [{iso}]
  for (const v of covered) st[v] = [{ iso: v === cutDay ? CUT : randIsoBetween("2020-05-10", "2021-08-25") }];
  st[twoSt].push({ iso: randIsoBetween("2021-03-01", "2021-08-20"), second: true });
  st[twoSt].sort((a, b) => cmp(a.iso, b.iso));
  st[secondSept].push({ iso: "2021-09-07", second: true });
  st[poorSept] = [{ iso: "2021-09-02" }];
  st[septOnly] = [{ iso: "2021-09-06" }];
  st[commSt] = [{ iso: randIsoBetween("2020-10-01", "2021-06-30") }];
  const coveredAt = (cut) => new Set(admin.filter((v) => (st[v] || []).some((s) => s.iso <= cut)));
  const cov = coveredAt(CUT);
  const covBefore = new Set(admin.filter((v) => (st[v] || []).some((s) => s.iso < CUT)));
  assert(cov.size === 72 && ratioGE(72, 102, 70) && !ratioGE(71, 102, 70), "c1 72/102 = 70.6% → 5");
  assert(covBefore.size === 71, "c1 without the 8月31日 station 71/102 → 2");
  const poorCov = poor.filter((v) => cov.has(v)).length;
  assert(poorCov === 9 && ratioGE(9, 10, 80) && !ratioGE(9, 10, 100), "c1 poor 9/10 → 3");
  const stationCount = Object.values(st).reduce((s, a) => s + a.length, 0);

  // ---------------- one sheet per 镇 (each town's clerk has a style)
  const STY = [
    { vh: "村（居）委会名称", th: "类别", tv: ["村委会", "居委会"], ph: "是否省定贫困村", pv: ["是", "否", "—"], eh: "快递进村", ev: ["已通", "未通", "—"], full: 0 },
    { vh: "村委会", th: "类型", tv: ["村", "社区"], ph: "省定贫困村", pv: ["√", "×", "/"], eh: "快递服务", ev: ["√", "×", "/"], full: 1 },
    { vh: "村（社区）", th: "类别", tv: ["行政村", "社区"], ph: "贫困村", pv: ["是", "否", null], eh: "快递到村", ev: ["是", "否", null], full: 2 },
    { vh: "行政村（社区）名称", th: "类别", tv: ["村民委员会", "居民委员会"], ph: "省定贫困村", pv: ["✓", "×", "—"], eh: "快递通达", ev: ["✓", "×", "—"], full: 3 },
    { vh: "村（居）委会", th: "类别", tv: ["村委会", "居委会"], ph: "省定贫困村（是/否）", pv: ["是", "否", "—"], eh: "快递进村（有/无）", ev: ["有", "无", "—"], full: 0 },
    { vh: "村名", th: "类型", tv: ["村", "居"], ph: "贫困村", pv: ["Y", "N", null], eh: "快递", ev: ["Y", "N", null], full: 1 },
    { vh: "村（居）委会名称", th: "类别", tv: ["村委会", "居委会"], ph: "是否省定贫困村", pv: ["是", "否", "—"], eh: "快递是否进村", ev: ["是", "否", "—"], full: 2 },
    { vh: "村委会（社区）", th: "类别", tv: ["村委会", "社区居委会"], ph: "省定贫困村", pv: ["√", "×", "—"], eh: "快递进村", ev: ["√", "×", "—"], full: 3 },
    { vh: "行政村", th: "类别", tv: ["村委会", "居委会"], ph: "省定贫困村", pv: ["是", "否", "—"], eh: "快递进村", ev: ["已通", "未通", "—"], full: 1 },
  ];
  const CLERK = ["何××", "罗××", "邓××", "黄××", "曾××", "李××", "刘××", "钟××", "华××"];
  const townSheets = [];
  let dfmt = 0;
  towns.forEach((x, ti) => {
    const s = STY[ti];
    const rows = [[`曲江区${x.t}村（居）委会及电商服务站点情况表`],
      [`填报单位：${x.t}人民政府（经济发展办）　　填报人：${CLERK[ti]}　　填报日期：2021年9月${ti + 6}日`],
      ["序号", s.vh, s.th, s.ph, s.eh, "电商服务站点名称", "挂牌日期", "站长", "联系电话", "备注"]];
    const merges = ["A1:J1", "A2:J2"];
    const list = (ti === 0 ? x.cs.map((c) => ({ v: c, a: false })).concat(x.vs.map((v) => ({ v, a: true })))
      : x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false }))));
    let no = 0;
    list.forEach((e, k) => {
      const nameCell = e.a
        ? ((k + s.full) % 4 === 1 ? `${e.v}委会` : (k + s.full) % 4 === 3 ? `${stemOf(e.v)}村民委员会` : e.v)
        : ((k + ti) % 2 ? `${e.v}居委会` : `${stemOf(e.v)}社区居民委员会`);
      const typeCell = e.a ? s.tv[0] : s.tv[1];
      const poorCell = e.a ? (poor.includes(e.v) ? s.pv[0] : s.pv[1]) : s.pv[2];
      const expCell = e.a ? (e.v === noExp ? s.ev[1] : s.ev[0]) : s.ev[2];
      const stations = st[e.v] || [];
      no++;
      if (stations.length === 0) {
        rows.push([no, nameCell, typeCell, poorCell, expCell, (k % 3 === 0 ? "—" : null), null, null, null, e.v === noExp ? "山区自然村分散，快递未进村（邮政代投）" : null]);
        return;
      }
      const r0 = rows.length + 1;
      stations.forEach((sst, j) => {
        const stName = e.a ? (sst.second ? `${stemOf(e.v)}村益农信息社（电商服务点）` : `${stemOf(e.v)}村电子商务服务站`) : `${stemOf(e.v)}社区电商服务点`;
        let dcell = dateStyle(sst.iso, ti);
        let note = null;
        if (sst.iso > CUT) note = "9月新挂牌";
        else if (sst.second) note = "本村第二个服务点";
        if (!e.a) note = "社区服务点（镇区）";
        dfmt++;
        rows.push(j === 0 ? [no, nameCell, typeCell, poorCell, expCell, stName, dcell, personName(), mask(phone()), note]
          : [null, null, null, null, null, stName, dcell, personName(), mask(phone()), note]);
      });
      if (stations.length > 1) for (const c of ["A", "B", "C", "D", "E"]) mergeCol(merges, c, r0, rows.length);
    });
    const nSt = list.reduce((s, e) => s + (st[e.v] || []).length, 0);
    const nSept = list.reduce((s, e) => s + (st[e.v] || []).filter((q) => q.iso > CUT).length, 0);
    rows.push(["合计", `村委会${x.vs.length}个、居委会${x.cs.length}个；电商服务站点${nSt}个${nSept ? `（含9月新挂牌${nSept}个）` : ""}`, null, null, null, null, null, null, null, null]);
    merges.push(`B${rows.length}:J${rows.length}`);
    if (ti === 8) {
      rows.push(["注：快递进村以曲江邮政分公司2021年8月核查为准。", null, null, null, null, null, null, null, null, null]);
      merges.push(`A${rows.length}:J${rows.length}`);
    }
    townSheets.push({ name: x.t, rows, merges });
  });
  // hidden summary (counted to 9月10日, communities included)
  const sumRows = [["镇村站点汇总（截至2021年9月10日，公式取各镇表）"], ["镇", "村委会", "居委会", "建站村（居）", "站点数", "省定贫困村", "已建站贫困村"]];
  for (const x of towns) {
    const all = x.vs.concat(x.cs);
    sumRows.push([x.t, x.vs.length, x.cs.length, all.filter((v) => st[v]).length, all.reduce((s, v) => s + (st[v] || []).length, 0),
      x.vs.filter((v) => poor.includes(v)).length, x.vs.filter((v) => poor.includes(v) && st[v]).length]);
  }
  sumRows.push(["合计", admin.length, comms.length, admin.concat(comms).filter((v) => st[v]).length, stationCount, poor.length, poor.filter((v) => st[v]).length]);
  assert(sumRows[sumRows.length - 1][6] === 10, "c1 the hidden summary says 10/10 poor villages");

  // ---------------- 培训期次登记
  const POP = 296438;
  const topics = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "社群营销", "电商物流与仓储", "跨境电商入门", "农产品质量追溯"];
  const places = ["区电商公共服务中心", "马坝镇党群服务中心", "白土镇文化站", "大塘镇政府会议室", "樟市镇党群服务中心", "沙溪镇文化站", "枫湾镇政府会议室"];
  const sess = [];
  const starts = [];
  for (const m of monthsBetween("2020-09", "2021-08")) {
    const n = ["2021-02"].includes(m) ? 1 : m === "2020-11" || m === "2021-04" || m === "2021-06" || m === "2021-07" || m === "2021-08" ? 2 : 1;
    const [y, mo] = ymd(m + "-01");
    const days = shuffle(Array.from({ length: lastDay(y, mo) - 6 }, (_, i) => i + 3)).slice(0, n).sort((a, b) => a - b);
    for (const d of days) starts.push(`${m}-${String(d).padStart(2, "0")}`);
  }
  starts.forEach((s0, j) => {
    const two = j % 5 === 2 && s0.slice(8) < "27";
    sess.push({ start: s0, end: two ? isoAdd(s0, 1) : s0, topic: topics[j % topics.length], place: places[rint(0, places.length - 1)], pt: rint(90, 170) });
  });
  let diff = 2452 - sum(sess.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sess.length) {
    const stp = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sess[j].pt + stp < 60 || sess[j].pt + stp > 260) continue;
    sess[j].pt += stp;
    diff -= stp;
  }
  const ptPre = sum(sess.map((s) => s.pt));
  sess.push({ start: "2021-09-07", end: "2021-09-07", topic: "电商直播专场（迎考评）", place: "区电商公共服务中心", pt: 280 });
  sess.push({ start: "2021-09-08", end: "2021-09-09", topic: "农村电商带头人提升班", place: "区电商公共服务中心", pt: 282 });
  const ptAll = sum(sess.map((s) => s.pt));
  assert(ptPre === 2452 && ratioGE(ptPre, POP, 0.8) && !ratioGE(ptPre, POP, 1), "c1 2452/296438 = 0.83% → 8");
  assert(ratioGE(ptAll, POP, 1), "c1 with September ≥ 1%");
  const tRows = [["曲江区农村电子商务培训期次登记表"], ["（区商务局电商股；人次以各期签到表为准，两天的班按每天签到人数累加）"],
    ["期次", "培训日期", "培训主题", "培训对象", "培训地点", "参训人次", "其中：脱贫人口（人次）", "备注"]];
  const tMerges = ["A1:H1", "A2:H2"];
  const who = ["农户、合作社", "返乡青年", "脱贫户", "电商从业人员", "村级站点站长", "镇村干部"];
  let y2020 = 0;
  let yrDone = false;
  sess.forEach((s, j) => {
    if (!yrDone && s.start >= "2021-01-01") {
      tRows.push(["2020年小计", null, null, null, null, y2020, null, null]);
      tMerges.push(`A${tRows.length}:E${tRows.length}`);
      yrDone = true;
    }
    let dc;
    if (s.start !== s.end) dc = j % 2 ? rangeText(s.start, s.end, "dot") : rangeText(s.start, s.end, "cn");
    else dc = [D(s.end), dotDate(s.end), cnDate(s.end), twoDot(s.end), slashDate(s.end)][j % 5];
    let pc = s.pt;
    if (j === 3) pc = `${s.pt}人次`;
    if (j === 8) pc = fullWidth(String(s.pt));
    rows_push(tRows, [`第${j + 1}期`, dc, s.topic, who[j % who.length], s.place, pc, rint(3, 25), s.start > CUT ? "9月举办" : s.start !== s.end ? "两天" : null]);
    if (s.start < "2021-01-01") y2020 += s.pt;
  });
  tRows.push(["2021年小计", null, null, null, null, ptAll - y2020, null, null]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);
  tRows.push(["合计", null, null, null, null, ptAll, null, null]);
  tMerges.push(`A${tRows.length}:E${tRows.length}`);

  // ---------------- 产业园入驻企业
  const FIRMS = [["韶关曲江云购电子商务有限公司", "平台型"], ["曲江区马坝优品网络科技有限公司", "平台型"], ["韶关市曲江区农品汇电子商务有限公司", "平台型"],
    ["曲江区马坝油粘米网店", "销售型"], ["韶关市曲江区白土蔬果电商商行", "销售型"], ["韶关市曲江区乌石茶叶电子商务有限公司", "销售型"],
    ["曲江区樟市红薯干网店", "销售型"], ["韶关市曲江区大塘鸡电子商务有限公司", "销售型"], ["曲江区罗坑茶园电商商行", "销售型"],
    ["韶关市曲江区沙溪腐竹网店", "销售型"], ["韶关市曲江区枫湾土特产电子商务有限公司", "销售型"], ["曲江区小坑蜂蜜网店", "销售型"],
    ["韶关市曲江区鲜农果业电子商务有限公司", "销售型"], ["韶关曲江星火电商运营服务有限公司", "电商运营商"], ["曲江区禾田代运营工作室", "电商运营商"],
    ["韶关市曲江区数农电商服务有限公司", "电商运营商"], ["韶关市曲江区速达物流有限公司", "物流企业"], ["中国邮政集团有限公司韶关市曲江区分公司电商仓", "物流企业"],
    ["韶关市曲江区冷链通仓储有限公司", "物流企业"], ["韶关市曲江区马坝直播传媒有限公司", "直播机构"], ["韶关市曲江区乡味直播电商有限公司", "直播机构"],
    ["韶关市曲江区岭南包装设计有限公司", "设计服务"]].map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  assert(FIRMS.length === 22, "c1 22 firms");
  const entries = Array.from({ length: 22 }, () => randIsoBetween("2020-07-06", "2021-08-20")).sort();
  FIRMS.forEach((f, j) => (f.in = entries[j]));
  const lateF = FIRMS[20];
  lateF.in = "2021-09-03";
  const outF = FIRMS[6];
  outF.out = "2021-05-31";
  assert(outF.in < outF.out, "c1 firm out after in");
  const septOutF = FIRMS[11];
  septOutF.out = "2021-09-20";
  const inPark = FIRMS.filter((f) => f.in <= CUT && !(f.out && f.out <= CUT));
  assert(inPark.length === 20, "c1 exactly 20 in the park " + inPark.length);
  assert(new Set(inPark.map((f) => f.t)).size >= 4, "c1 types");
  const rooms = shuffle(["101", "102", "103", "105", "106", "108", "201", "202", "203", "204", "205", "206", "207", "208", "209", "210", "301", "302", "303", "304", "305", "306"]);
  const eRows = [["曲江区电子商务产业园入驻企业名单"], ["（园区运营方韶关曲江星火电商运营服务有限公司提供，2021年9月22日）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "房号", "状态", "退园日期", "备注"]];
  FIRMS.forEach((f, j) => {
    const status = f.in > CUT ? "新入驻" : f.out ? "已退园" : "在园";
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.in, j), rooms[j], status, f.out ? dotDate(f.out) : null,
      f === outF ? "经营调整退园" : f === septOutF ? "9月20日搬离" : f === lateF ? "9月3日签约入驻" : null]);
  });
  eRows.push([`共${FIRMS.length}家（含已退园1家、9月新入驻1家）`, null, null, null, null, null, null, null, null]);
  const eMerges = ["A1:I1", "A2:I2", `A${eRows.length}:I${eRows.length}`];

  // ---------------- 专项资金拨付（分批）
  const BATCH = [
    ["第一批", "2020-10-20", "2020年10月20日", "曲财工〔2020〕41号", [["区电子商务公共服务中心建设首期款", "韶关曲江星火电商运营服务有限公司", 680000], ["村级电商服务站点建设首期款", "中国邮政集团有限公司韶关市曲江区分公司", 420000], ["农村电商人才培训（第一期）", "韶关市曲江区职业技能培训学校", 150000]]],
    ["第二批", "2021-01-26", "2021.1.26", "曲财工〔2021〕6号", [["区电子商务公共服务中心建设进度款", "韶关曲江星火电商运营服务有限公司", 560000], ["镇村物流配送体系建设首期款", "韶关市曲江区速达物流有限公司", 360000], ["农产品品牌培育及推广", "韶关市曲江区岭南包装设计有限公司", 186480]]],
    ["第三批", "2021-05-18", null, "曲财工〔2021〕29号", [["村级电商服务站点建设进度款", "中国邮政集团有限公司韶关市曲江区分公司", 380000], ["农村电商人才培训（第二期）", "韶关市曲江区职业技能培训学校", 168000], ["冷链及农产品溯源体系建设首期款", "韶关市曲江区冷链通仓储有限公司", 300000]]],
    ["第四批", "2021-08-31", "2021年8月31日", "曲财工〔2021〕47号", [["村级电商服务站点建设尾款", "中国邮政集团有限公司韶关市曲江区分公司", 260000], ["镇村物流配送体系建设进度款", "韶关市曲江区速达物流有限公司", 252000]]],
    ["第五批", "2021-09-14", "2021/9/14", "曲财工〔2021〕53号", [["区电子商务公共服务中心建设尾款", "韶关曲江星火电商运营服务有限公司", 330000], ["冷链及农产品溯源体系建设进度款", "韶关市曲江区冷链通仓储有限公司", 200000]]],
  ];
  const fRows = [["曲江区省级电子商务进农村综合示范专项资金拨付登记（按批次）"], ["单位：元　　（拨付日期为区财政局国库集中支付日期，见各批次标题）"]];
  const fMerges = ["A1:F1", "A2:F2"];
  let vno = 0;
  BATCH.forEach(([nm, iso, txt, wh, items], bi) => {
    if (txt === null) {
      fRows.push([`${nm}　拨付日期：`, D(iso), `文号：${wh}`, null, null, null]);
      fMerges.push(`C${fRows.length}:F${fRows.length}`);
    } else {
      fRows.push([`${nm}　拨付日期：${txt}　文号：${wh}`, null, null, null, null, null]);
      fMerges.push(`A${fRows.length}:F${fRows.length}`);
    }
    fRows.push(["序号", "项目（用途）", "收款单位", "金额（元）", "凭证号", "备注"]);
    items.forEach(([what, to, amt], j) => {
      vno++;
      fRows.push([j + 1, what, to, bi === 1 && j === 2 ? fmtMoney(amt) : amt, `GK${iso.replace(/-/g, "").slice(2)}-${String(vno).padStart(3, "0")}`, iso > CUT ? "9月拨付" : null]);
    });
    fRows.push([null, "本批小计", null, sum(items.map((x) => x[2])), null, null]);
    fRows.push([null, null, null, null, null, null]);
  });
  fRows.pop();
  const allPaid = sum(BATCH.flatMap((b) => b[4].map((x) => x[2])));
  fRows.push([null, "累计拨付", null, allPaid, null, "截至2021年9月14日"]);
  fRows.push([null, "省级下达资金", null, 5000000, null, "粤财工〔2019〕"]);
  const spent = sum(BATCH.filter((b) => b[1] <= CUT).flatMap((b) => b[4].map((x) => x[2])));
  const spentNo4 = sum(BATCH.filter((b) => b[1] < CUT).flatMap((b) => b[4].map((x) => x[2])));
  assert(spent === 3716480 && ratioGE(spent, 5000000, 70), "c1 3,716,480 = 74.3% " + spent);
  assert(!ratioGE(spentNo4, 5000000, 70), "c1 without the 8月31日 batch 64.1%");

  // ---------------- 月报及专栏更新（一月一行）
  const rRows = [["曲江区电商进农村月报报送及专栏更新情况（按月）"],
    ["月份", "向韶关市商务局报送月报", null, null, null, "区政府网“电子商务进农村”专栏更新", null],
    [null, "所报月份", "报送日期", "报送方式", "附电商扶贫统计表", "更新日期", "更新内容"]];
  const rMerges = ["A1:G1", "A2:A3", "B2:E2", "F2:G2"];
  const repMonths = new Set();
  const discMonths = new Set();
  for (const m of monthsBetween("2020-09", "2021-09")) {
    const prev = monthsBetween("2020-08", m).slice(-2)[0];
    const sent = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    repMonths.add(m);
    let ud = null;
    let ut = null;
    if (m === "2021-01" || m === "2021-02") ut = "（春节前后未更新）";
    else {
      const [y, mo] = ymd(m + "-01");
      const d1 = rint(8, 16);
      const two = mo % 3 === 0;
      const d2 = two ? rint(20, lastDay(y, mo) - 1) : null;
      ud = two ? `${mdDot(`${m}-${String(d1).padStart(2, "0")}`)}、${mdDot(`${m}-${String(d2).padStart(2, "0")}`)}` : mdDot(`${m}-${String(d1).padStart(2, "0")}`);
      ut = two ? `${cnMonth(prev)}项目建设进度；政策解读` : `${cnMonth(prev)}项目建设进度`;
      discMonths.add(m);
    }
    rRows.push([cnMonth(m), cnMonth(prev), dotDate(sent), m < "2021-01" ? "公文交换" : "粤政易", m === "2020-09" ? "未附" : "附", ud, ut]);
  }
  assert(WINDOW.every((w) => repMonths.has(w)), "c1 reports every month");
  assert(WINDOW.filter((w) => !discMonths.has(w)).join() === "2021-01,2021-02", "c1 专栏 misses two months");
  rRows.push(["注：更新日期只写月.日，年份同本行月份。", null, null, null, null, null, null]);
  rMerges.push(`A${rRows.length}:G${rRows.length}`);

  // ---------------- 宣传报道及经验材料
  const MEDIA = [["2020-11-20", "曲江电视台《曲江新闻》", "县级", "电视", "曲江首批村级电商服务站挂牌", "否"],
    ["2021-01-15", "韶关日报", "市级", "报纸", "曲江：马坝油粘米“触网”走俏", "否"],
    ["2021-04-09", "南方+客户端", "省级", "网络", "曲江电商进村带旺特色农产品", "否"],
    ["2021-06-18", "广东广播电视台《广东新闻联播》", "省级", "电视", "曲江脱贫户直播卖大塘鸡", "是"],
    ["2021-09-10", "中央广播电视总台农业农村频道", "国家级", "电视", "韶关曲江：电商助农新路子", "是"]];
  const mRows = [["曲江区电子商务进农村宣传报道及经验材料报送登记"], ["一、宣传报道"], ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  const mMerges = ["A1:G1", "A2:G2"];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  mRows.push([null, null, null, null, null, null, null]);
  mRows.push(["二、经验材料报送"]);
  mMerges.push(`A${mRows.length}:G${mRows.length}`);
  mRows.push(["序号", "报送日期", "材料名称", "报送对象", null, null, null]);
  mRows.push([1, "2021.7.12", "《曲江区“电商＋马坝油粘米”助农增收经验》", "韶关市商务局", null, null, null]);
  mRows.push([2, "2021.9.9", "《曲江区电子商务进农村综合示范创建工作总结》", "广东省商务厅", null, null, null]);
  for (const r of mRows) padRow(r, 7);

  // ---------------- 审批数据导出 (facts, judged, claimed)
  const R19 = 96850;
  const R20 = 120560;
  const A19 = 8420;
  const A20 = 11060;
  assert(!(R20 * 10 >= R19 * 13) && A20 * 10 >= A19 * 13, "c1 rural 24.5% < 30%, agri 31.4% ≥ 30%");
  const eligible = 1236;
  const trained = 701;
  assert(ratioGE(trained, eligible, 50) && !ratioGE(trained, eligible, 70), "c1 56.7%");
  // [header, approved, withdrawn, rejected]
  const F = [
    ["县（市、区）", "曲江区", "曲江区", "曲江区"],
    ["考评截止日期", D(CUT), D(CUT), D(CUT)],
    ["常住人口（人）", POP, POP, 332560],
    ["行政村数（个）", 102, 102, 118],
    ["省定贫困村数（个）", 10, 10, 10],
    ["领导小组组长", "区委副书记、区长", "区委副书记、区长", "区委副书记、区长"],
    ["领导小组成员单位", "区商务局,区财政局,区农业农村局,区乡村振兴局,区交通运输局,区市场监督管理局", "区商务局,区财政局,区农业农村局,区乡村振兴局,区交通运输局,区市场监督管理局", "区商务局,区财政局,区农业农村局,区交通运输局"],
    ["示范创建工作方案已正式印发", "是", "是", "是"],
    ["已出台农村电商扶持政策", "是", "是", "是"],
    ["公共服务中心投入运营日期", D("2020-12-16"), D("2020-12-16"), D("2020-11-08")],
    ["免费培训场所、设备", "是", "是", "是"],
    ["免费展示、销售特色农产品", "是", "是", "是"],
    ["免费摄影、美工", "是", "是", "是"],
    ["统一推广、品牌建设指导", "是", "是", "是"],
    ["其他衍生增值服务", "否", "否", "是"],
    ["建设或整合电商产业园", "是", "是", "是"],
    ["专业第三方运营服务商", "是", "是", "是"],
    ["行政村快递覆盖率100%", "是", "是", "是"],
    ["2019年农村网络零售额（万元）", R19, R19, R19],
    ["2020年农村网络零售额（万元）", R20, R20, R20],
    ["2019年农产品网络零售额（万元）", A19, A19, A19],
    ["2020年农产品网络零售额（万元）", A20, A20, A20],
    ["培训人次", 2452, ptAll, ptAll],
    ["有劳动能力建档立卡贫困人口（不含外出务工，人）", eligible, eligible, 1604],
    ["参训建档立卡贫困人口（人）", trained, trained, trained],
    ["专栏公示创建方案", "是", "是", "是"],
    ["专栏公示项目基本信息", "是", "是", "是"],
    ["专栏公示建设进度", "是", "是", "是"],
    ["专栏征求意见或监督举报窗口", "是", "是", "是"],
    ["能统计电商扶贫情况", "是", "是", "是"],
    ["下达省级专项资金（万元）", 500, 500, 500],
    ["累计拨付资金（万元）", 371.648, wan4(allPaid), wan4(allPaid)],
    ["项目总体进度（%）", 88, 93, 93],
    ["已制定资金管理制度", "是", "是", "是"],
    ["已建立资金专用台账", "是", "是", "是"],
    ["发生安全生产、质量事故或重大损失", "否", "否", "否"],
    ["存在弄虚作假", "否", "否", "否"],
  ];
  assert(Math.round(371.648 * 10000) === spent, "c1 stated spent = ledger");
  const J = [["方案制定（1-2分）", 2, 2, 2], ["政策支持（1-2分）", 2, 2, 2], ["项目管理制度（1-2分）", 2, 2, 2], ["工作台账（1-2分）", 2, 2, 2],
    ["网销调研（1-2分）", 2, 2, 2], ["网络促销（1-2分）", 1, 1, 2], ["交易标准与冷链溯源（1-2分）", 1, 1, 1], ["资金管理制度（1-5分）", 4, 4, 5],
    ["资金台账（1-5分）", 4, 4, 5], ["资金及时拨付（1-5分）", 4, 4, 5]];
  const CL = [["组织领导", 2], ["方案制定", 2], ["政策支持", 2], ["项目管理", 4], ["中心与产业园", 14], ["村级站点覆盖", 10], ["农村产品上行", 8],
    ["电商人才培训", 20], ["信息公开", 4], ["数据上报", 6], ["案例总结", 2], ["经验推广", 8], ["制度建立", 4], ["资金台账", 4], ["资金支出", 4],
    ["加分：贫困人口培训率", 0], ["加分：电视播报", 1]];
  const claimedSum = sum(CL.slice(0, 15).map((x) => x[1]));
  assert(claimedSum === 94, "c1 claimed 94 " + claimedSum);
  const META = ["审批编号", "标题", "审批状态", "审批结果", "发起时间", "完成时间", "审批耗时", "发起人", "发起人部门", "历史审批人", "审批记录（意见）"];
  const instances = [
    ["202109021015000123456", "李××提交的考评基础数据及自评分报审", "已完成", "同意", "2021-09-02 10:15:42", "2021-09-03 09:02:17", "22小时46分", "李××", "区商务局/电商股",
      "陈××（副局长）,张××（局长）", "陈××：同意。张××：同意，按此上报。", 1],
    ["202109011630000118873", "李××提交的考评基础数据及自评分报审", "已撤销", null, "2021-09-01 16:30:05", "2021-09-01 17:48:51", "1小时18分", "李××", "区商务局/电商股",
      "陈××（副局长）", "李××：撤销（培训人次、拨付资金误含9月数据，重新提交）", 2],
    ["202108301102000102211", "李××提交的考评基础数据及自评分报审", "已完成", "拒绝", "2021-08-30 11:02:33", "2021-08-30 15:20:09", "4小时17分", "李××", "区商务局/电商股",
      "陈××（副局长）", "陈××：常住人口填成户籍人口，行政村数含社区，成员单位漏了区乡村振兴局，中心运营日期应为正式运营日期，退回。", 3],
  ];
  const head2 = META.concat(F.map((f) => f[0]), J.map((j) => j[0]), CL.map((c) => `${c[0]}（自评分）`));
  const W = head2.length;
  const aRows = [[`审批数据导出　审批表单：考评基础数据及自评分报审　导出人：曲江区商务局 李××　导出时间：2021-09-06 16:20:33　共3条`],
    padRow(["审批信息"], W), head2];
  const aMerges = [`A1:${colName(W - 1)}1`];
  const g1 = META.length;
  const g2 = g1 + F.length;
  const g3 = g2 + J.length;
  aRows[1][g1] = "表单：基础数据";
  aRows[1][g2] = "表单：主观评分项自评";
  aRows[1][g3] = "表单：指标自评得分";
  aMerges.push(`A2:${colName(g1 - 1)}2`, `${colName(g1)}2:${colName(g2 - 1)}2`, `${colName(g2)}2:${colName(g3 - 1)}2`, `${colName(g3)}2:${colName(W - 1)}2`);
  for (const ins of instances) {
    const k = ins[11];
    const cls = k === 3 ? CL.map((c, j) => (j === 4 ? 15 : j === 14 ? 5 : c[1])) : CL.map((c) => c[1]);
    aRows.push(ins.slice(0, 11).concat(F.map((f) => f[k]), J.map((j) => j[k]), cls));
  }
  assert(aRows.every((r, i) => i === 0 || r.length === W), "c1 approval width");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 88 && bonus === 1, "c1 total " + scored);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j][1]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  const tn = (v) => `${townOf[v]}${v}`;
  const derivation = [
    "org.leadership: 审批导出只读“审批结果＝同意”的第1行（第2行已撤销、第3行被拒绝）：组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 主观评分项“方案制定”2（方案已正式印发） → 2",
    "org.policy: “政策支持”2 → 2",
    "org.management: 项目管理制度2＋工作台账2 → 4",
    `work.center: 中心2020年12月16日投入运营 → 建成2；≤2021-02-28，满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“否” → 0；产业园2；入驻企业名单22行，截至8月31日在园20家（“${lateF.n}”9月3日入驻不算，“${outF.n}”5月31日已退园，“${septOutF.n}”9月20日才搬离、8月31日仍在园） → 20 ≥ 20 → 2；在园有平台型、销售型、电商运营商、物流企业 → 1；合计14`,
    `work.coverage: 村居和站点在9张镇表里（每镇一表、各镇写法不同），村委会102个（16个居委会/社区不算），基数102；截至8月31日有站点的行政村72个（${tn(cutDay)}唯一的站8月31日挂牌，算；${tn(twoSt)}两个站只算一次；${tn(secondSept)}第二站9月，但第一站在截止日前；${tn(septOnly)}只有9月6日的站，不算；${tn(commSt)}是社区，不算） → 72/102 = 70.6% ≥ 70% → 5（漏了8月31日那站就是71/102 = 69.6% → 2）；省定贫困村10个（各镇表“是/√/✓/Y”），${tn(poorSept)}只有2021年9月2日挂牌的站 → 9/10 = 90% → 3（隐藏的《镇村汇总》截至9月10日写10个已建站，不能用）；合计8`,
    `work.upward: 网销调研2、网络促销1；第三方运营服务商 → 1；镇表有快递列，罗坑镇${noExp}“未通” → 0（审批表填“是”，以名单为准并提示）；交易标准与冷链溯源1；2020年农村网络零售额${fmtInt(R19)}→${fmtInt(R20)}万元增长${pct1(R20 - R19, R19)}（<30%），农产品${fmtInt(A19)}→${fmtInt(A20)}万元增长${pct1(A20 - A19, A19)} ≥ 30% → 2；合计7`,
    `work.training: 培训期次登记只算8月31日前的${sess.length - 2}期：${fmtInt(ptPre)}人次（一格“人次”文字、一格全角数字；两天班已按两天累计；小计、合计行不是期次；9月7日、9月8—9日两期不算，算上是${fmtInt(ptAll)}人次）÷ 常住人口${fmtInt(POP)} = ${(ptPre / POP * 100).toFixed(2)}% → 0.8%–1% → 8；贫困人口没有名单，用审批表事实：有劳动能力不含外出务工${fmtInt(eligible)}人、参训${trained}人 → ${pct1(trained, eligible)} ≥ 50% → 10；合计18`,
    "info.disclosure: 审批表专栏四项（方案、项目信息、建设进度、监督举报窗口）都是“是” → 2；《月报及专栏更新》专栏2021年1月、2月“春节前后未更新”，其余月份都有 → 不定时 → 1；合计3",
    "info.reporting: 月报2020年9月—2021年8月每月都有报送日期 → 3；2020年10月起“附电商扶贫统计表”，审批表“能统计电商扶贫情况”是 → 3；合计6",
    "promo.cases: 2021.7.12向韶关市商务局报送经验材料 → 2（9月9日报省厅的在截止日后）",
    "promo.media: 截止日前：南方+、广东广播电视台（省级） → 4；韶关日报（市级） → 3；曲江电视台（县级） → 1；央视农业农村频道9月10日不算 → 8",
    "fund.system: 资金管理制度自评4 → 4",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 拨付登记按批次分块，日期只在批次标题（第三批的日期在标题行第二格的日期单元格里）：第一至四批${fmtMoney(spent)}元（第四批2021年8月31日拨付，算；第五批9月14日不算；本批小计、累计拨付、下达资金行不是拨付）÷ 5,000,000 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4（漏了第四批是${pct1(spentNo4, 5000000)} → −5）`,
    `bonus.poorTraining: ${pct1(trained, eligible)} < 70% → 0`,
    "bonus.tvCase: 广东广播电视台《广东新闻联播》2021年6月18日播出电商扶贫典型案例（省级电视） → 1；央视那条在9月10日",
    "veto.incident: 审批表“发生安全生产、质量事故或重大损失”否 → 不否决",
    "veto.progress: 总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“否” → 不否决",
  ];
  return {
    description:
      `韶关曲江区商务局整本考评工作簿（16个表，一个隐藏），88＋加分1＝89分、未否决（自评94＋1）：事实、主观评分项和自评分不在填报表里，而在钉钉式《审批数据导出》——一条审批实例一行，表单字段铺成60多列（两行表头：审批信息｜表单：基础数据｜表单：主观评分项自评｜表单：指标自评得分），共三条：最新一条“已完成／同意”才是定稿，“已撤销”那条把9月的培训人次和拨付算了进去，“已完成／拒绝”那条用了户籍人口、漏了区乡村振兴局；村居名单和站点清单合在一起、一镇一张表（9张，表名是镇名），各镇经办人各写各的（是/否、√/×、✓、Y/N、有/无、已通/未通；九种日期写法，含Excel序列号和“20/11/3”），一村两站占两行、村名等五格纵向合并；隐藏的《镇村汇总》截至9月10日；培训期次表两期在9月（算上就过1%）；入驻企业截至8月31日恰好20家（一家9月搬离仍算）；资金按拨付批次分块，日期只在批次标题里（8月31日那一批决定74.3%还是64.1%）；月报和专栏一月一行（专栏缺2021年1、2月）；宣传报道下接经验材料。`,
    sheets: [{ name: "审批数据导出", rows: aRows, merges: aMerges }].concat(townSheets,
      [{ name: "镇村汇总", rows: sumRows, merges: ["A1:G1"], hidden: true },
        { name: "培训期次登记", rows: tRows, merges: tMerges },
        { name: "产业园入驻企业", rows: eRows, merges: eMerges },
        { name: "专项资金拨付", rows: fRows, merges: fMerges },
        { name: "月报及专栏更新", rows: rRows, merges: rMerges },
        { name: "宣传报道及经验材料", rows: mRows, merges: mMerges }]),
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}
function rows_push(rows, r) {
  rows.push(r);
}

// =====================================================================================================
// f1 — 佛山三水区: the provincial 考评组's 现场访谈记录 (question | answer | 核实情况)
// =====================================================================================================
function buildF1() {
  const Q = [
    ["一、组织领导与方案政策"],
    ["王××", "请介绍一下示范创建的组织领导机制。", "黄××",
      "区里成立了三水区电子商务进农村综合示范工作领导小组，区长任组长，分管副区长任常务副组长；成员单位有区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局（原区扶贫办）、区交通运输局、三水邮政分公司。",
      "查阅三府办函〔2020〕37号，与回答一致。"],
    ["王××", "工作方案什么时候印发的？", "黄××", "《三水区电子商务进农村综合示范实施方案》2020年4月由区政府办公室正式印发。", "已查看印发文件。"],
    ["陈××", "有没有出台专门的扶持政策？", "梁××", "2020年12月出台了《三水区促进农村电子商务发展若干措施》，场租补贴第一批已兑现。", "已查看文件及兑现凭证。"],
    ["二、公共服务中心和产业园"],
    ["陈××", "区电商公共服务中心什么时候投入运营？", "何××", "2020年10月先试运营，2020年12月8日验收后正式投入运营。", "验收报告载明2020年12月8日。"],
    ["陈××", "中心提供哪些免费服务？", "何××", "培训室60个座位，配电脑和直播设备，电商基础培训全部免费；特色农产品展厅免费展示、代销；产品摄影免费。", "现场查看，培训室、展厅、摄影棚在用。"],
    ["陈××", "美工设计也是免费的吗？", "何××", "美工设计按件收费，入驻企业打八折。", "美工收费，“免费摄影、美工服务”一项不符合。"],
    ["陈××", "品牌推广和其他增值服务呢？", "何××", "组织“三水好物”区域公用品牌统一推广，指导企业注册商标、设计包装；另外提供代办营业执照、融资对接、物流对接。", "查看活动资料，属实。"],
    ["林××", "电商产业园建了没有？谁在运营？", "梁××", "整合原西南街道电商园建成区电商产业园，入驻企业27家；中心和产业园由公开招标确定的专业第三方——佛山市三水区汇农电子商务运营有限公司运营。", "入驻企业数以入驻名单为准，本记录不核。"],
    ["三、站点、物流与农产品上行"],
    ["王××", "全区有多少个行政村？省定贫困村呢？", "梁××", "全区行政村（村民委员会）59个，另有社区居委会37个；我区属珠三角地区，没有省定贫困村。", "与区民政局名单一致。"],
    ["陈××", "快递进村情况？", "梁××", "行政村快递服务通达率100%，三水邮政管理局出具了证明。", "已查看证明。"],
    ["陈××", "农村网络零售额增长情况？", "梁××", "2020年全区农村网络零售额42.37亿元，同比增长18.2%；农产品网络零售额3.16亿元，同比增长29.4%。数据来自省商务厅。", "已查看省商务厅数据。"],
    ["四、电商培训"],
    ["林××", "常住人口按多少算？", "梁××", "按第七次全国人口普查，常住人口80.42万人，超过50万，按50万为基数。", null],
    ["林××", "累计培训了多少人次？", "梁××", "截至8月底累计5,200多人次。", "核对培训台账（签到表）：截至2021年8月31日合计5,236人次，以台账为准。"],
    ["林××", "建档立卡贫困人口培训情况？", "梁××", "有劳动能力、不含外出务工的相对贫困人口1,052人，参加过培训的566人，按身份证号去重。", "区乡村振兴局名单1,052人，一致。"],
    ["林××", "（考评组说明）", null, null, "培训人次5,236÷500,000＝1.05%；贫困人口培训率566÷1,052＝53.8%。以上为考评组测算，最终以评审为准。"],
    ["五、信息公开与数据报送"],
    ["陈××", "政府网站专栏情况？", "梁××", "区政府网站设“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息和建设进度，设了监督举报电话和邮箱。", "现场登录网站查看，一致。"],
    ["陈××", "每月向市局报送吗？能统计电商扶贫情况吗？", "梁××", "每月5日前向佛山市商务局报送上月工作情况和统计数据，月报附相对贫困人口电商培训和带动增收统计。", "抽查3个月月报，均附扶贫统计。"],
    ["六、资金管理"],
    ["王××", "省级资金下达和拨付情况？", "黄××", "省级下达500万元，截至8月底拨付389.6万元左右。", "查国库集中支付凭证，截至2021年8月31日累计拨付3,896,150.00元。"],
    ["王××", "资金管理制度和台账？", "黄××", "制定了《三水区电子商务进农村综合示范专项资金管理办法》；各承建单位都建立了资金专用台账。", "已查看。"],
    ["王××", "项目总体进度？", "黄××", "总体进度约90%。", null],
    ["王××", "创建期间有没有发生安全生产、质量事故？有没有弄虚作假？", "黄××", "没有发生安全生产和质量事故，也没有造成重大经济损失；不存在弄虚作假。", null],
    ["七、主观评分项"],
    ["王××", "主观评分项你们自评多少分？", "黄××", "方案制定2分，政策支持2分；项目管理制度2分，工作台账1分；网销调研2分，网络促销2分，交易标准和冷链溯源1分；资金管理制度4分，资金台账4分，资金及时拨付4分。", "记录在案，以评审为准。"],
  ];
  const rows = [["佛山市三水区2019年省级电子商务进农村综合示范创建考评现场访谈记录"],
    ["访谈时间", "2021年9月15日上午", null, "访谈地点", "三水区经济和科技促进局三楼会议室", null],
    ["考评组", "省考评第三组：王××（组长）、陈××、林××", null, "数据口径", "截至2021年8月31日（考评截止日）", null],
    ["被访谈人", "黄××（区经济和科技促进局副局长）、梁××（电商股股长）、何××（区电商公共服务中心运营负责人）", null, null, null, null],
    ["记录人", "欧××（区经济和科技促进局电商股）", null, null, null, null],
    [null, null, null, null, null, null],
    ["序号", "提问人", "问题", "回答人", "回答要点", "考评组核实情况"]];
  const merges = ["A1:F1", "B2:C2", "E2:F2", "B3:C3", "E3:F3", "B4:F4", "B5:F5"];
  let no = 0;
  for (const q of Q) {
    if (q.length === 1) {
      rows.push([q[0], null, null, null, null, null]);
      merges.push(`A${rows.length}:F${rows.length}`);
    } else rows.push([++no].concat(q));
  }
  rows.push(["考评组组长（签字）：王××　　被访谈人（签字）：黄××　梁××　何××　　记录人：欧××", null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(pct1(566, 1052) === "53.8%" && no === 22, "f1 rows " + no);
  return {
    description:
      "佛山三水区经济和科技促进局电商股整理的《省考评组现场访谈记录》当事实表交：表头块（访谈时间、地点、考评组、数据口径截至2021年8月31日、被访谈人、记录人）下是 序号｜提问人｜问题｜回答人｜回答要点｜考评组核实情况，按“一、组织领导与方案政策……七、主观评分项”分节；事实在回答里，但核实栏给了核实数或否定了回答的，以核实栏为准（培训“5,200多人次”核实为5,236人次；拨付“389.6万元左右”核实为3,896,150.00元；“美工设计按件收费”→免费摄影、美工不符合），试运营2020年10月不是投入运营日期，入驻企业27家核实栏说不核，考评组自己的测算（1.05%、53.8%）不是输入；主观评分项是倒数第一问的一句回答。",
    sheets: [{ name: "现场访谈记录", rows, merges }],
    expect: {
      facts: {
        county: "三水区", asOf: "2021-08-31", residentPopulation: 804200, adminVillagesStated: 59, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 4237000000, ruralRetailGrowthStated: 0.182, agriRetail2020: 316000000, agriRetailGrowthStated: 0.294,
        trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 1052, trainedPoorPersonsStated: 566,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3896150, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 梅州梅江区: the 部门回填表 (one column per department, each fills only its own cells)
// =====================================================================================================
function buildF2() {
  const DEPTS = ["区商务局", "区统计局", "区民政局", "区农业农村局", "区乡村振兴局", "区财政局", "区邮政管理局", "区政务服务数据管理局", "区电商公共服务中心（运营方）"];
  const col = Object.fromEntries(DEPTS.map((d, j) => [d.replace(/^区|（.*$/g, ""), j]));
  // [数据项, 单位, {dept short: value}, 汇总意见]
  const T = [
    ["一、基本情况"],
    ["区（县）名称", null, { 商务局: "梅江区" }, null],
    ["考评截止日期", null, { 商务局: "2021年8月31日" }, null],
    ["常住人口", "万人", { 商务局: "43.2（2019年末）", 统计局: "45.87（七普）" }, "以区统计局第七次人口普查数为准"],
    ["行政村（村民委员会）数", "个", { 民政局: "86", 商务局: "86" }, null],
    ["社区居民委员会数", "个", { 民政局: "30" }, "不计入行政村"],
    ["省定贫困村数", "个", { 乡村振兴局: "4", 农业农村局: "见乡村振兴局" }, null],
    ["二、组织领导及方案政策"],
    ["领导小组组长", null, { 商务局: "区长" }, "梅江府办〔2020〕11号"],
    ["领导小组成员单位", null, { 商务局: "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局" }, null],
    ["示范创建工作方案", null, { 商务局: "已印发（梅江府办〔2020〕9号）" }, null],
    ["支持农村电商发展的政策", null, { 商务局: "已出台" }, "《梅江区农村电商扶持办法》"],
    ["三、公共服务中心和产业园"],
    ["公共服务中心投入运营日期", null, { 商务局: "2020.11.18", "电商公共服务中心": "2020.10.8（试运营）" }, "以区商务局验收确认的正式运营日期为准"],
    ["免费培训场所和培训设备", "是/否", { "电商公共服务中心": "是" }, null],
    ["免费展示、销售特色农产品", "是/否", { "电商公共服务中心": "是" }, null],
    ["免费摄影、美工服务", "是/否", { "电商公共服务中心": "是" }, null],
    ["农产品统一推广、品牌建设指导", "是/否", { "电商公共服务中心": "是" }, null],
    ["其他衍生增值服务", "是/否", { "电商公共服务中心": "否" }, "代办证照、融资对接尚未开展"],
    ["电商产业园", null, { 商务局: "已建成（梅江区电商产业园）" }, null],
    ["专业第三方运营服务商", "有/无", { 商务局: "有" }, "梅州市梅江区客都电商运营有限公司"],
    ["四、农村产品上行"],
    ["行政村快递覆盖率", "%", { 邮政管理局: "100" }, null],
    ["2019年农村网络零售额", "万元", { 统计局: "186,420" }, "省商务厅提供"],
    ["2020年农村网络零售额", "万元", { 统计局: "229,510" }, "省商务厅提供"],
    ["2020年农村网络零售额同比增速", "%", { 统计局: "23.1" }, null],
    ["2019年农产品网络零售额", "万元", { 统计局: "12,630" }, null],
    ["2020年农产品网络零售额", "万元", { 统计局: "16,980" }, null],
    ["2020年农产品网络零售额同比增速", "%", { 统计局: "34.4" }, null],
    ["五、电商人才培训"],
    ["电商培训人次", "人次", { 商务局: "4,126", "电商公共服务中心": "1,873（中心自办）" }, "以区商务局全区培训台账为准（已含中心自办）"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", { 乡村振兴局: "1,318" }, null],
    ["参加培训的建档立卡贫困人口", "人", { 商务局: "702（按身份证号去重）", 乡村振兴局: "不掌握" }, null],
    ["六、信息公开及数据报送"],
    ["专栏公示创建方案", "是/否", { 政务服务数据管理局: "是" }, null],
    ["专栏公示项目基本信息", "是/否", { 政务服务数据管理局: "是" }, null],
    ["专栏公示项目建设进度", "是/否", { 政务服务数据管理局: "是" }, null],
    ["专栏设立征求意见或监督举报窗口", "是/否", { 政务服务数据管理局: "否（计划9月上线）" }, null],
    ["能统计电商扶贫情况", "是/否", { 商务局: "是", 乡村振兴局: "是（每月向区商务局提供）" }, null],
    ["七、资金管理"],
    ["下达省级专项资金", "万元", { 财政局: "500" }, null],
    ["截至考评截止日累计拨付资金", "万元", { 财政局: "372.64", 商务局: "见财政局" }, null],
    ["资金管理制度", null, { 财政局: "已制定" }, "《梅江区电子商务进农村综合示范专项资金管理办法》"],
    ["资金专用台账", null, { 商务局: "已建立" }, "各承建单位均已建立"],
    ["项目总体进度", "%", { 商务局: "86" }, null],
    ["八、否决事项"],
    ["发生安全生产、质量事故或重大损失", "有/无", { 商务局: "无" }, null],
    ["弄虚作假", "有/无", { 商务局: "无" }, null],
  ];
  const W = 3 + DEPTS.length + 1;
  const last = colName(W - 1);
  const rows = [["梅江区电子商务进农村综合示范考评基础数据部门回填表"],
    ["（数据截至2021年8月31日；区商务局8月25日发各单位，各单位只填本单位负责的数据、其余留空，9月3日汇总）"],
    ["序号", "数据项", "单位", "各单位回填"].concat(Array(DEPTS.length - 1).fill(null), ["汇总意见（区商务局）"]),
    [null, null, null].concat(DEPTS, [null])];
  const merges = [`A1:${last}1`, `A2:${last}2`, "A3:A4", "B3:B4", "C3:C4", `D3:${colName(3 + DEPTS.length - 1)}3`, `${last}3:${last}4`];
  let no = 0;
  for (const t of T) {
    if (t.length === 1) {
      rows.push(padRow([t[0]], W));
      merges.push(`A${rows.length}:${last}${rows.length}`);
      continue;
    }
    const r = padRow([++no, t[0], t[1]], W);
    for (const [k, v] of Object.entries(t[2])) {
      assert(k in col, "f2 dept " + k);
      r[3 + col[k]] = v;
    }
    r[W - 1] = t[3];
    rows.push(r);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["九、自评分（区商务局填）"], W));
  merges.push(`A${rows.length}:${last}${rows.length}`);
  rows.push(padRow(["序号", "评价指标", "满分", "自评分", "主观评分项（分项自评）"], W));
  merges.push(`E${rows.length}:${last}${rows.length}`);
  const S = [["组织领导", 2, 2, null], ["方案制定", 2, 2, "方案制定2分"], ["政策支持", 2, 2, "政策支持2分"], ["项目管理", 4, 3, "项目管理制度2分、工作台账1分"],
    ["服务体系建设（中心与产业园）", 15, 13, null], ["服务体系建设（村级站点）", 10, 10, null],
    ["农村产品上行", 10, 8, "网销调研2分、网络促销1分、交易标准与冷链溯源1分"], ["电商人才培训", 20, 20, null], ["信息公开", 4, 2, "监督举报窗口未上线，内容项不得分"],
    ["数据上报", 6, 6, null], ["案例总结", 2, 2, null], ["经验推广", 8, 5, null], ["制度建立", 5, 4, "资金管理制度4分"], ["资金台账", 5, 4, "资金台账4分"],
    ["资金支出", 5, 4, "资金及时拨付4分（支出率74.5%）"], ["加分项：贫困人口培训率≥70%", 2, 0, null], ["加分项：电商扶贫典型案例电视播报", 2, 0, null]];
  const claimed = {};
  S.forEach(([n, max, p, sub], j) => {
    rows.push(padRow([j + 1, n, max, p, sub], W));
    merges.push(`E${rows.length}:${last}${rows.length}`);
    claimed[j < 15 ? SCORED[j][0] : BONUS[j - 15][0]] = p;
  });
  const cs = sum(S.slice(0, 15).map((x) => x[2]));
  rows.push(padRow([null, "合计", 100, cs, "加分0分"], W));
  merges.push(`E${rows.length}:${last}${rows.length}`);
  rows.push(padRow(["汇总：区商务局电商股 温××　　审核：副局长 古××　　2021年9月3日"], W));
  merges.push(`A${rows.length}:${last}${rows.length}`);
  assert(cs === 87, "f2 claimed 87 " + cs);
  assert(pct1(229510 - 186420, 186420) === "23.1%" && pct1(16980 - 12630, 12630) === "34.4%" && pct1(3726400, 5000000) === "74.5%", "f2 rates");
  return {
    description:
      "梅州梅江区商务局发各单位回填、9月3日汇总的《考评基础数据部门回填表》：一行一个数据项，两行表头“各单位回填”合并在九个单位列之上（区商务局｜统计局｜民政局｜农业农村局｜乡村振兴局｜财政局｜邮政管理局｜政数局｜电商中心运营方），每个单位只在自己那一列填，格子稀疏，单位在“单位”列（万人、万元、%、是/否、有/无）；同一数据两个单位填得不一样的，最右“汇总意见”列写明以谁为准（常住人口取统计局七普45.87万而不是商务局43.2“2019年末”；中心运营取商务局验收的2020.11.18，不是运营方的试运营2020.10.8；培训取商务局全区4,126人次，不是中心自办1,873），“不掌握”“见财政局”“见乡村振兴局”不是值，监督举报窗口“否（计划9月上线）”；下面“九、自评分”小表带分项自评。",
    sheets: [{ name: "部门回填表", rows, merges }],
    expect: {
      facts: {
        county: "梅江区", asOf: "2021-08-31", residentPopulation: 458700, adminVillagesStated: 86, poorVillagesStated: 4,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1864200000, ruralRetail2020: 2295100000, ruralRetailGrowthStated: 0.231,
        agriRetail2019: 126300000, agriRetail2020: 169800000, agriRetailGrowthStated: 0.344,
        trainingPersonTimesStated: 4126, eligiblePoorPersonsStated: 1318, trainedPoorPersonsStated: 702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3726400, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 揭阳榕城区: the official indicator table turned on its side (one column per indicator)
// =====================================================================================================
function buildF3() {
  // [工作任务 group, 评价指标, 权重, 评分标准, 完成情况, 自评得分, 备注]
  const C = [
    ["G1", "组织领导", 2, "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由县（市、区）政府分管领导牵头（1分）；其他情况不得分。",
      "区政府成立以区长任组长、分管副区长任副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局为成员单位的示范创建工作领导小组（榕府办〔2020〕15号）。", 2, null],
    ["G1", "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）。",
      "《榕城区电子商务进农村综合示范实施方案》已于2020年3月由区政府办公室正式印发。", 2, null],
    ["G1", "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）。",
      "已出台《榕城区扶持农村电子商务发展若干措施》，部分条款尚待兑现。", 1, null],
    ["G1", "项目管理", 4, "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；建立完整工作台账，详细记录项目建设情况（1-2分）。",
      "制定《榕城区电子商务进农村示范项目管理办法》，建设、验收按制度执行（制度2分）；工作台账基本完整，站点视频尚未全部归档（台账1分）。", 3, null],
    ["G2", "服务体系建设", 25, "建成县级电子商务公共服务中心（2分）；建成后已正常运行6个月（截至2021年8月31日）以上（2分）；有免费培训场所、培训设备，能组织电商基础培训（2分）；为特色农产品提供免费展示、销售服务（1分）；为电子商务市场主体提供免费摄影、美工服务（1分）；组织农产品统一推广、指导特色农产品品牌建设（1分）；为电子商务发展提供其他衍生增值服务（1分）；建设或整合、优化当地电商产业园（2分）；电商产业园企业入驻数量达20家及以上（2分）；电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型（1分）。",
      "区电子商务公共服务中心于2020年9月26日正式投入运营，设免费培训室（80座，配电脑和直播设备），能开展电商基础培训；设特色农产品展厅，免费展示、销售；免费提供产品摄影、美工设计；组织“榕城好物”统一推广，指导企业品牌建设；其他衍生增值服务暂未开展。整合建成榕城电商产业园，截至8月31日入驻企业22家，含平台型、销售型、电商运营商、物流企业。", 13, "中心与产业园（15分）"],
    ["G2", "服务体系建设", null, "行政村覆盖率70%及以上（5分），50%-70%（不含）（2分），50%以下不得分；贫困村覆盖率100%（5分），80%-100%（不含）（3分），80%以下不得分。",
      "全区行政村（不含社区居委会）93个，已建村级站点覆盖71个行政村，覆盖率76.3%；省定贫困村3个，全部建有站点。", 10, "村级站点（10分）"],
    ["G2", "农村产品上行", 10, "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；开展农村产品网络促销活动成效明显（1-2分）；当地有专业第三方电子商务运营或服务商（1分）；行政村物流快递覆盖率100%（1分）；有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。",
      "完成《榕城区农产品网络销售调研报告》并报市商务局（调研2分）；举办“榕城好物”年货节网络促销（促销1分）；引入专业第三方揭阳市榕城区优品电商运营有限公司；行政村物流快递覆盖率100%；出台乌榄、菜脯电商交易标准，冷链仓在建（标准冷链1分）；2020年农村网络零售额38.46亿元（2019年31.27亿元），农产品网络零售额2.91亿元（2019年2.18亿元）。", 8, null],
    ["G2", "电商人才培训", 20, "培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。",
      "常住人口106.27万人（七普），按50万人为基数，截至8月31日累计培训5,318人次（1.06%）；有劳动能力的建档立卡贫困人口（不含外出务工）842人，参训463人（55.0%）。", 20, null],
    ["G3", "信息公开", 4, "在县政府网站设立公开专栏且内容全面（2分）；近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。",
      "区政府网站设“电子商务进农村”专栏，公示创建方案、项目基本信息和建设进度，设监督举报窗口（电话、邮箱）；专栏每月更新。", 4, null],
    ["G3", "数据上报", 6, "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；能统计电商扶贫情况（3分），未统计相关情况不得分。",
      "每月向揭阳市商务局报送工作进展和统计数据，月报附电商扶贫情况统计。", 6, null],
    ["G4", "案例总结", 2, "向市商务局报送经验材料（2分）。", "2021年6月向揭阳市商务局报送《榕城区电商助农经验材料》。", 2, null],
    ["G4", "经验推广", 8, "省级及以上媒体进行宣传报道（4分）；市级媒体进行宣传报道（3分）；县级媒体进行宣传报道（1分）。",
      "南方日报、揭阳日报、榕城区融媒体中心作了报道。", 8, null],
    ["G5", "制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5分）。", "制定《榕城区电子商务进农村综合示范专项资金管理办法》并执行。", 5, null],
    ["G5", "资金台账", 5, "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）。", "各承建单位均已建立资金专用台账。", 4, null],
    ["G5", "资金支出", 5, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；资金支出率低于70%倒扣5分。",
      "下达省级专项资金500万元，截至2021年8月31日累计拨付392.18万元，支出率78.4%，按创建进度拨付（及时拨付自评4分）。", 4, null],
    ["G6", "建档立卡贫困人口培训率70%及以上", 2, "建档立卡贫困人口培训率70%及以上（2分）。", "培训率55.0%，未达70%。", 0, null],
    ["G6", "电商扶贫典型案例获电视播报", 2, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）。", "暂未获省级以上电视媒体播报。", 0, null],
    ["G7", "安全生产、质量事故", null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", "创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。", "否", null],
    ["G7", "总体进度", null, "项目建设进度严重滞后，总体进度不足40%。", "项目总体进度92%。", "否", null],
    ["G7", "弄虚作假", null, "弄虚作假。", "无弄虚作假。", "否", null],
  ];
  const GROUPS = { G1: "加强组织领导与统筹协调（10分）", G2: "深入推动电子商务进农村工作（55分）", G3: "加强信息公开及报送（10分）", G4: "加强宣传推广（10分）",
    G5: "加强财政资金管理（15分）", G6: "加分项（4分）", G7: "一票否决项" };
  const N = C.length;
  const W = N + 2; // A labels, B… indicators, then 合计
  const lastC = colName(W - 1);
  const rows = [["榕城区2019年省级电子商务进农村综合示范创建考评自评表（横版）"],
    ["填报单位：揭阳市榕城区商务局（盖章）　　考评截止日期：2021年8月31日　　填报日期：2021年9月7日"]];
  const merges = [`A1:${lastC}1`, `A2:${lastC}2`];
  const r3 = ["工作任务"];
  const r4 = ["评价指标名称"];
  const r5 = ["权重（%）"];
  const r6 = ["评分标准"];
  const r7 = ["完成情况（自评说明）"];
  const r8 = ["自评得分"];
  const r9 = ["备注"];
  C.forEach((c, k) => {
    r3.push(k === 0 || C[k - 1][0] !== c[0] ? GROUPS[c[0]] : null);
    r4.push(k === 5 ? null : c[1]);
    r5.push(c[2] === null ? (c[0] === "G7" ? "—" : null) : c[2]);
    r6.push(c[3]);
    r7.push(c[4]);
    r8.push(c[5]);
    r9.push(c[6]);
  });
  r3.push("合计");
  r4.push(null);
  r5.push(100);
  r6.push(null);
  r7.push(null);
  const claimedSum = sum(C.slice(0, 15).map((c) => c[5]));
  r8.push(claimedSum);
  r9.push("加分项另计0分");
  rows.push(r3, r4, r5, r6, r7, r8, r9);
  // horizontal merges for the groups, the 服务体系建设 name and weight, 合计 down rows 3–4
  let j = 0;
  while (j < N) {
    let k = j;
    while (k + 1 < N && C[k + 1][0] === C[j][0]) k++;
    if (k > j) merges.push(`${colName(j + 1)}3:${colName(k + 1)}3`);
    j = k + 1;
  }
  merges.push(`${colName(5)}4:${colName(6)}4`, `${colName(5)}5:${colName(6)}5`);
  merges.push(`${lastC}3:${lastC}4`);
  rows.push(padRow(["填表人：许××　　审核人：林××　　单位负责人：郑××"], W));
  merges.push(`A${rows.length}:${lastC}${rows.length}`);
  assert(C[4][1] === "服务体系建设" && C[5][1] === "服务体系建设" && colName(5) === "F", "f3 service columns F:G");
  assert(claimedSum === 92, "f3 claimed 92 " + claimedSum);
  assert(pct1(71, 93) === "76.3%" && pct1(463, 842) === "55.0%" && pct1(392.18, 500) === "78.4%" && (5318 / 500000 * 100).toFixed(2) === "1.06", "f3 rates");
  const claimed = {};
  SCORED.forEach(([id], k) => (claimed[id] = C[k][5]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "揭阳榕城区商务局把官方《考评指标体系》表横过来填的“横版自评表”：A列是行名（工作任务｜评价指标名称｜权重（%）｜评分标准｜完成情况（自评说明）｜自评得分｜备注），每个指标占一列（B—U共20列，含两个加分项、三个否决项，最右V列合计），工作任务按组横向合并，“服务体系建设”名称和权重25横向合并在F、G两列上、两列各有自评得分（13、10）；评分标准行是官方原文，满是阈值和“2021年8月31日”“20家”“6个月”，不是事实；事实全在“完成情况”行的句子里（区长任组长、中心2020年9月26日运营、其他增值服务暂未开展、零售额亿元只给金额不给增速、常住人口106.27万人、拨付392.18万元），分项主观分写在句内括号里（“制度2分”“台账1分”“调研2分”“促销1分”“标准冷链1分”“及时拨付自评4分”），否决项的自评得分格写“否”。",
    sheets: [{ name: "自评表（横版）", rows, merges }],
    expect: {
      facts: {
        county: "榕城区", asOf: "2021-08-31", residentPopulation: 1062700, adminVillagesStated: 93, poorVillagesStated: 3,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3127000000, ruralRetail2020: 3846000000, agriRetail2019: 218000000, agriRetail2020: 291000000,
        trainingPersonTimesStated: 5318, eligiblePoorPersonsStated: 842, trainedPoorPersonsStated: 463,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3921800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 阳江江城区: training kept by four people, one sheet per quarter, each in its own layout; poor roster
// =====================================================================================================
function buildL1() {
  const REGION = "441702";
  const VILL = ["白沙村", "埠场村", "岗列村", "平冈村", "石湾村", "双捷村", "城西社区", "麻演村", "北惯村", "那蓬村"];
  // ---------------- poor roster by household
  const plan = shuffle([].concat(Array(12).fill("E"), Array(4).fill("M"), Array(6).fill("N")));
  const pRows = [["江城区脱贫人口劳动力及务工情况台账（2021年6月更新）"], ["（区乡村振兴局提供；务工情况：在家务农／镇内务工／区内务工为未外出，区外务工、省外务工为外出务工）"],
    ["序号", "镇（街）", "村", "户编号", "姓名", "与户主关系", "身份证号", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  const pRecs = [];
  const eligible = [];
  let ci = 0;
  let h = 0;
  let xDone = false;
  let spDone = false;
  while (ci < plan.length) {
    const size = Math.min(plan.length - ci, rint(2, 4));
    const codes = plan.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const town = ["双捷镇", "埠场镇", "平冈镇", "岗列街道"][h % 4];
    const vil = VILL[[9, 1, 3, 2][h % 4]];
    const hh = `4417020${String(31200 + h * 37).padStart(7, "0")}`;
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    let headY = 1970;
    let headMale = true;
    codes.forEach((c, j) => {
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      let rel;
      let birth;
      if (j === 0) {
        rel = "户主";
        birth = c === "N" ? birthBetween(1940, 1953) : birthBetween(1966, 1983);
        headY = Number(birth.slice(0, 4));
        headMale = male;
      } else if (c === "N") {
        rel = male ? "之父" : "之母";
        birth = birthBetween(Math.max(1930, headY - 34), Math.min(1956, headY - 22));
      } else if (j === 1) {
        rel = "配偶";
        birth = birthBetween(Math.max(1962, headY - 5), Math.min(1995, headY + 6));
      } else {
        rel = male ? "之子" : "之女";
        birth = birthBetween(Math.max(headY + 21, 1985), 2002);
      }
      const wantX = !xDone && c === "E" ? true : undefined;
      const id = makeId(REGION, birth, rel === "配偶" ? !headMale : male, wantX);
      let idCell = id;
      if (wantX) {
        idCell = id.slice(0, 17) + "x";
        xDone = true;
      } else if (!spDone && c === "E" && j > 0) {
        idCell = spacedId(id);
        spDone = true;
      }
      let lab;
      let work;
      let rec;
      if (c === "N") {
        lab = ["无劳动能力", "丧失劳动能力"][rint(0, 1)];
        work = "—";
        rec = { id, labour: false, migrant: null };
      } else if (c === "M") {
        lab = ["有劳动能力", "弱劳动力"][rint(0, 1)];
        work = ["区外务工（广州）", "省外务工（浙江）", "区外务工（深圳）", "区外务工（阳春）"][rint(0, 3)];
        rec = { id, labour: true, migrant: true };
      } else {
        lab = ["有劳动能力", "有劳动能力", "弱劳动力"][rint(0, 2)];
        work = ["在家务农", "镇内务工", "区内务工"][rint(0, 2)];
        rec = { id, labour: true, migrant: false };
      }
      const nm = rel === "配偶" ? personName() : personName(sn);
      if (c === "E") eligible.push({ id, name: nm, male: rel === "配偶" ? !headMale : male, vil });
      pRows.push([pRows.length - 2, j === 0 ? town : null, j === 0 ? vil : null, j === 0 ? hh : null, nm, rel, idCell, lab, work,
        c === "N" ? "享受低保" : null]);
      pRecs.push(rec);
    });
    for (const c of ["B", "C", "D"]) mergeCol(pMerges, c, r0, pRows.length);
  }
  pRows.push([`合计：${h}户${pRecs.length}人（有劳动能力且未外出务工${eligible.length}人）`, null, null, null, null, null, null, null, null, null]);
  pMerges.push(`A${pRows.length}:J${pRows.length}`);
  assert(xDone && spDone && pRecs.length === 22 && eligible.length === 12, "l1 roster");

  // trainee pool: the eligible poor plus other villagers
  const others = Array.from({ length: 40 }, () => {
    const male = rnd() < 0.5;
    return { id: makeId(REGION, birthBetween(1970, 2001), male), name: personName(), male, vil: VILL[rint(0, VILL.length - 1)], poor: false };
  });
  const poorPeople = eligible.map((e) => ({ id: e.id, name: e.name, male: e.male, vil: e.vil, poor: true }));
  const xPerson = { id: makeId(REGION, birthBetween(1975, 1998), true, true), name: personName(), male: true, vil: VILL[4], poor: false };
  const pool = shuffle(others.concat(poorPeople));
  let pi = 0;
  const pick = (n) => {
    const out = [];
    for (let k = 0; k < n; k++) out.push(pool[(pi + k) % pool.length]);
    pi += n;
    return out;
  };

  // ---------------- Q4 2020: a flat sign-in list (real dates)
  const q4 = [["2020-10-22", "第1期　农村电商基础"], ["2020-11-19", "第2期　网店开设与运营"], ["2020-12-17", "第3期　直播带货入门"]];
  const aRows = [["江城区农村电商培训签到汇总（2020年第四季度）"], ["序号", "培训日期", "培训班次", "姓名", "性别", "身份证号", "所在村（居）", "是否脱贫户"]];
  const aRecs = [];
  let n = 0;
  for (const [iso, cls] of q4) {
    for (const p of pick(rint(8, 10))) {
      aRows.push([++n, D(iso), cls, p.name, p.male ? "男" : "女", p.id, p.vil, p.poor ? "是" : "否"]);
      aRecs.push({ date: iso, personTimes: 1, id: p.id });
    }
  }
  aRows.push(["合计", null, null, `${n}人次`, null, null, null, null]);
  const aMerges = ["A1:H1"];

  // ---------------- Q1 2021: session blocks with a 签到 column
  const q1 = [["2021-01-20", "2021-01-21", "第4期　短视频拍摄与剪辑", "2021年1月20日—21日", "江城区电子商务公共服务中心"],
    ["2021-03-09", "2021-03-09", "第5期　农产品电商包装", "2021.3.9", "双捷镇党群服务中心"],
    ["2021-03-25", "2021-03-25", "第6期　社群营销", "21/3/25", "埠场镇文化站"]];
  const bRows = [["2021年第一季度电商培训签到表"], ["（经办：谭××　签到栏“√”为到场，请假、缺席不计）"]];
  const bMerges = ["A1:F1", "A2:F2"];
  const bRecs = [];
  let lowerDone = false;
  let spaceDone = false;
  q1.forEach(([, end, cls, when, place], bi) => {
    bRows.push([`${cls}　培训时间：${when}　地点：${place}`, null, null, null, null, null]);
    bMerges.push(`A${bRows.length}:F${bRows.length}`);
    bRows.push(["序号", "姓名", "身份证号码", "联系电话", "村（居）", "签到"]);
    const people = pick(rint(9, 11));
    if (bi === 0) people.splice(1, 0, xPerson);
    people.forEach((p, k) => {
      const mark = k === 3 ? "请假" : k === 7 && bi === 1 ? "缺席" : "√";
      let idc = p.id;
      if (mark === "√" && !lowerDone && isX(p.id)) {
        idc = p.id.slice(0, 17) + "x";
        lowerDone = true;
      } else if (mark === "√" && !spaceDone && bi === 2) {
        idc = spacedId(p.id);
        spaceDone = true;
      }
      bRows.push([k + 1, p.name, idc, mask(phone()), p.vil, mark]);
      if (mark === "√") bRecs.push({ date: end, personTimes: 1, id: p.id });
    });
    bRows.push([null, null, null, null, null, null]);
  });
  bRows.pop();
  assert(spaceDone && lowerDone && bRecs.length >= 24, "l1 q1 " + bRecs.length);

  // ---------------- Q2 2021: a person × session grid
  const q2 = [["2021-04-15", "农产品包装设计"], ["2021-05-20", "直播带货进阶"], ["2021-06-17", "电商客服与售后"]];
  const cRows = [["2021年第二季度电商培训参训登记（打√）"], ["序号", "姓名", "身份证号", "村（居）", "参训情况", null, null],
    [null, null, null, null].concat(q2.map(([iso, t]) => `${mdOnly(iso)}\n${t}`))];
  const cMerges = ["A1:G1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2"];
  const cRecs = [];
  const colCount = [0, 0, 0];
  let maskDone = false;
  pick(14).forEach((p, k) => {
    let ticks = q2.map(() => rnd() < 0.6);
    if (!ticks.some(Boolean)) ticks[k % 3] = true;
    let idc = p.id;
    let recId = p.id;
    if (!maskDone && k === 5) {
      idc = maskId(p.id);
      recId = idc;
      maskDone = true;
    }
    cRows.push([k + 1, p.name, idc, p.vil].concat(ticks.map((t) => (t ? "√" : null))));
    ticks.forEach((t, s) => {
      if (t) {
        colCount[s]++;
        cRecs.push({ date: q2[s][0], personTimes: 1, id: recId });
      }
    });
  });
  cRows.push(["小计（人次）", null, null, null].concat(colCount));
  cMerges.push(`A${cRows.length}:D${cRows.length}`);
  cRows.push(["注：年份为2021年；一格“√”为一人参加一期。", null, null, null, null, null, null]);
  cMerges.push(`A${cRows.length}:G${cRows.length}`);

  // ---------------- Q3 2021: session rows with 人次
  const q3 = [["第10期", "2021.7.15", "2021-07-15", "直播电商运营", "区电子商务公共服务中心", 86, 7, null],
    ["第11期", "2021年8月12日—13日", "2021-08-13", "农村电商带头人培训", "平冈镇党群服务中心", 152, 12, "两天，按每天签到人数累加"],
    ["第12期", "2021.8.26", "2021-08-26", "跨境电商入门", "区电子商务公共服务中心", "64人次", 3, null],
    ["第13期", "2021.9.9", "2021-09-09", "电商直播专场", "岗列街道文化站", 95, 9, "9月举办"]];
  const dRows = [["江城区电商培训期次统计（2021年第三季度）"], ["（经办：冯××　本季度签到表原件另存，本表按期汇总）"],
    ["期次", "培训日期", "培训内容", "培训地点", "参训人次", "其中：脱贫人口（人）", "备注"]];
  const dRecs = [];
  for (const [no, when, iso, what, where, pt, pp, note] of q3) {
    dRows.push([no, when, what, where, pt, pp, note]);
    dRecs.push({ date: iso, personTimes: typeof pt === "number" ? pt : Number(pt.replace(/\D/g, "")) });
  }
  dRows.push(["合计", null, null, null, sum(dRecs.map((r) => r.personTimes)), sum(q3.map((x) => x[6])), null]);
  const dMerges = ["A1:G1", "A2:G2", `A${dRows.length}:D${dRows.length}`];

  // ---------------- non-ledgers
  const notes = [["江城区电商培训台账（2020年10月—2021年9月）填表说明"],
    ["1．培训台账按季度分表，各季度由当时的经办人登记，格式不一：四季度为签到汇总（一人一行）；一季度按期分块，签到栏“√”为到场；二季度为人员×期次打√表；三季度只按期汇总人次（签到表原件另存）。"],
    ["2．“脱贫人口”表由区乡村振兴局提供，务工情况以该表为准。"], ["3．“季度汇总”为数据透视表，仅供参考，不作为台账。"], ["江城区商务局电商股　2021年9月"]];
  const qt = [["2020年第四季度", q4.length, aRecs.length], ["2021年第一季度", q1.length, bRecs.length], ["2021年第二季度", q2.length, cRecs.length],
    ["2021年第三季度", q3.length, sum(dRecs.map((r) => r.personTimes))]];
  const sRows = [["季度汇总（数据透视表）"], ["季度", "期数", "人次"]].concat(qt.map((x) => x.slice()), [["总计", sum(qt.map((x) => x[1])), sum(qt.map((x) => x[2]))]]);
  checkTrainingIds(aRecs.concat(bRecs, cRecs), "l1");
  return {
    description:
      "阳江江城区商务局电商股的培训台账工作簿（7个表）：培训按季度分表，四个季度是四个经办人、四种版式——《2020年第四季度》一人一行的签到汇总（真日期、合计行）；《2021年第一季度》按期分块（块标题写期次、培训时间“2021年1月20日—21日”“2021.3.9”“21/3/25”和地点），签到栏“√”才算，“请假”“缺席”不算，一个身份证号末位小写x、一个带空格；《2021年第二季度》是人员×期次打√表（两行表头，期次格“4月15日＋换行＋主题”，年份只在标题和注里，一人身份证号打码），一个√一人次，小计行不是记录；《2021年第三季度》只按期汇总人次（“64人次”文字、两天班写“2021年8月12日—13日”、9月一期照列）；另有区乡村振兴局《脱贫人口》按户合并（务工情况“在家务农/镇内务工/区内务工”不算外出，“区外务工（广州）”“省外务工（浙江）”算外出，无劳动能力者务工“—”），一人末位小写x、一人带空格；《填表说明》和数据透视的《季度汇总》不是台账。",
    sheets: [
      { name: "填表说明", rows: notes, merges: [] },
      { name: "2020年第四季度", rows: aRows, merges: aMerges },
      { name: "2021年第一季度", rows: bRows, merges: bMerges },
      { name: "2021年第二季度", rows: cRows, merges: cMerges },
      { name: "2021年第三季度", rows: dRows, merges: dMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "季度汇总", rows: sRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "2020年第四季度": { kind: "training", records: aRecs },
        "2021年第一季度": { kind: "training", records: bRecs },
        "2021年第二季度": { kind: "training", records: cRecs },
        "2021年第三季度": { kind: "training", records: dRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "季度汇总": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 清远清城区: a station system's vertical export (one row per field) and the publicity archive's file listing
// =====================================================================================================
function buildL2() {
  const TOWNS = ["东城街道", "洲心街道", "横荷街道", "凤城街道", "源潭镇", "龙塘镇", "石角镇", "飞来峡镇"];
  const prefixes = TOWNS.map((t) => t.slice(0, 2));
  const vName = nameMaker("新大东西黄白石马银联", ["庄", "塘", "湖", "岗", "坑", "洲", "田", "岭", "陂", "围"], "村", prefixes);
  const FIELDS = ["站点编号", "站点名称", "所属镇街", "所在村（社区）", "详细地址", "负责人", "联系电话", "挂牌日期", "服务内容", "记录状态"];
  const SERV = ["代购代销、快递收发", "代购代销、代缴费、快递收发", "网货展示、代销、快递收发、小额信贷咨询", "代购代销、电商培训报名"];
  const ops = ["张××（录入）", "陈××（录入）", "区商务局-黄××（审核）"];
  // station specs
  const S = [];
  for (let k = 0; k < 13; k++) {
    const town = TOWNS[(k * 3 + 1) % TOWNS.length === 0 ? 4 : (k * 3 + 1) % TOWNS.length];
    S.push({ town, v: vName(), op: randIsoBetween("2020-06-10", "2021-08-20") });
  }
  S.sort((a, b) => cmp(a.op, b.op));
  // traps
  const tTwice = S[9]; // 挂牌日期 updated: planned 2021-09-10, then actual 2021-08-26
  tTwice.op = "2021-08-26";
  tTwice.planned = "2021-09-10";
  const tMoved = S[4]; // 所在村 corrected
  tMoved.wrongV = vName();
  const tTime = [S[2], S[7]]; // dates with a time part
  S.push({ town: "东城街道", v: "城北社区", comm: true, op: randIsoBetween("2020-12-01", "2021-05-30") });
  S.push({ town: "石角镇", v: vName(), op: "2021-09-06" });
  const tNoDate = { town: "飞来峡镇", v: vName(), op: null };
  S.push(tNoDate);
  const tDel = { town: S[3].town, v: S[3].v, op: S[3].op, deleted: true };
  S.splice(4, 0, tDel);
  const rows = [["记录ID", "字段", "字段值", "操作人", "更新时间"]];
  const recs = [];
  let lines = 0;
  S.forEach((s, j) => {
    const rid = `QC-ZD-${String(j + 1).padStart(4, "0")}`;
    const created = isoAdd("2020-07-10", j * 22 + rint(0, 5));
    const cAt = `${created} ${hms()}`;
    const short = s.v.replace(/村$|社区$/, "");
    const vcell = s.comm ? `${s.v}居委会` : j % 3 === 1 ? `${s.v}委会` : j % 3 === 2 ? `${short}村民委员会` : s.v;
    const op0 = ops[j % 2];
    const push = (f, v, who, at) => {
      rows.push([rid, f, v, who, at]);
      lines++;
    };
    for (const f of FIELDS) {
      if (f === "站点编号") push(f, `QCDS${String(101 + j)}`, op0, cAt);
      else if (f === "站点名称") push(f, s.comm ? `${short}社区电商服务点` : `${short}村电子商务服务站`, op0, cAt);
      else if (f === "所属镇街") push(f, s.town, op0, cAt);
      else if (f === "所在村（社区）") {
        if (s === tMoved) {
          push(f, s.wrongV, op0, cAt);
          push(f, vcell, ops[2], `${isoAdd(created, 9)} ${hms()}`);
        } else push(f, vcell, op0, cAt);
      } else if (f === "详细地址") push(f, `清远市清城区${s.town}${short}${s.comm ? "社区" : "村"}${rint(1, 99)}号`, op0, cAt);
      else if (f === "负责人") push(f, personName(), op0, cAt);
      else if (f === "联系电话") push(f, mask(phone()), op0, cAt);
      else if (f === "挂牌日期") {
        if (s === tTwice) {
          assert(created < "2021-06-01", "l2 planned date entered at creation");
          push(f, s.planned, op0, cAt);
          push(f, s.op, ops[2], `2021-08-27 ${hms()}`);
        } else if (s.op === null) push(f, null, op0, cAt);
        else push(f, tTime.includes(s) ? `${s.op} 00:00:00` : s.op, op0, cAt);
      } else if (f === "服务内容") push(f, SERV[j % SERV.length], op0, cAt);
      else if (f === "记录状态") {
        if (s.deleted) push(f, "已删除", ops[2], `${isoAdd(created, 2)} ${hms()}`);
        else push(f, "正常", op0, cAt);
      }
    }
    if (s.deleted) push("删除原因", `重复录入（同${`QC-ZD-${String(j).padStart(4, "0")}`}）`, ops[2], rows[rows.length - 1][4]);
    if (!s.deleted) {
      const r = { village: s.v };
      if (s.op) r.opened = s.op;
      recs.push(r);
    }
  });
  rows.push([`共${S.length}条记录、${lines}行（导出方式：纵向，每字段一行）`, null, null, null, null]);
  assert(S[4] === tDel && S[3].v === tDel.v && S[3].op === tDel.op, "l2 deleted record placed right after its original");
  assert(rows.some((r) => r[2] === tMoved.wrongV) && recs.some((r) => r.village === tMoved.v), "l2 moved village");
  assert(recs.length === 16 && recs.filter((r) => !r.opened).length === 1 && recs.some((r) => r.opened === "2021-08-26"), "l2 16 stations " + recs.length);

  // ---------------- 宣传报道存档（Everything 文件清单）
  const BASE = "D:\\迎检资料\\09宣传报道\\";
  const FILES = [
    ["01国家级\\网络", [["20210315_人民网_清远清城：电商进村“土货”变“网货”.png", "2021/9/2 10:41", "1,862 KB"]]],
    ["02省级\\报纸", [["20201126_南方日报_清城电商服务站开到家门口_1.jpg", "2021/9/2 11:05", "2,304 KB"], ["20201126_南方日报_清城电商服务站开到家门口_2.jpg", "2021/9/2 11:05", "2,118 KB"], ["Thumbs.db", "2021/9/2 11:06", "24 KB"]]],
    ["02省级\\电视", [["20210618_广东广播电视台珠江频道_清城脱贫户直播卖麻鸡.mp4", "2021/6/21 9:30", "186,420 KB"]]],
    ["03市级\\报纸", [["20210409_清远日报_清城农产品上行提速.pdf", "2021/4/12 15:18", "1,046 KB"]]],
    ["03市级\\电视", [["20210122_清远电视台_清城区年货节直播带货.mp4", "2021/1/25 8:52", "98,716 KB"]]],
    ["04区级\\网络", [["20201015_清城融媒_区电商公共服务中心开展首期培训.png", "2021/9/3 16:22", "845 KB"], ["20210720_清城融媒_石角镇电商助农.png", "2021/9/3 16:25", "912 KB"]]],
    ["04区级\\电视", [["20210910_清城电视台_电商进农村示范创建回顾.mp4", "2021/9/10 20:14", "152,338 KB"]]],
  ];
  const LV = { "01国家级": "national", "02省级": "province", "03市级": "city", "04区级": "county" };
  const mRows = [["名称", "路径", "大小", "修改时间"]];
  const mRecs = [];
  const seenTop = new Set();
  const seenKey = new Set();
  mRows.push(["说明.txt", BASE.slice(0, -1), "1 KB", "2021/9/2 9:58"]);
  for (const [dir, files] of FILES) {
    const [top, form] = dir.split("\\");
    if (!seenTop.has(top)) {
      mRows.push([top, BASE.slice(0, -1), null, "2021/9/3 16:25"]);
      seenTop.add(top);
    }
    mRows.push([form, BASE + top, null, files[0][1]]);
    for (const [nm, t, size] of files) {
      mRows.push([nm, BASE + dir, size, t]);
      const m = /^(\d{4})(\d{2})(\d{2})_([^_]+)_(.+?)(_\d)?\.\w+$/.exec(nm);
      if (!m) continue;
      const key = `${m[1]}${m[2]}${m[3]}_${m[4]}_${m[5]}`;
      if (seenKey.has(key)) continue;
      seenKey.add(key);
      mRecs.push({ date: `${m[1]}-${m[2]}-${m[3]}`, level: LV[top], tv: form === "电视" });
    }
  }
  mRows.push([`${mRows.length - 1}个对象（Everything 导出，2021-09-10 21:03）`, null, null, null]);
  assert(mRecs.length === 8 && mRecs.filter((r) => r.tv).length === 3, "l2 8 reports " + mRecs.length);

  const dict = [["站点管理系统字段字典"], ["字段", "类型", "说明"], ["站点编号", "文本", "系统自动生成"], ["站点名称", "文本", null], ["所属镇街", "文本", null],
    ["所在村（社区）", "文本", "站点所在的村民委员会或社区居民委员会"], ["详细地址", "文本", null], ["负责人", "文本", "站长"], ["联系电话", "文本", "脱敏显示"],
    ["挂牌日期", "日期", "站点正式挂牌运营日期；未挂牌为空"], ["服务内容", "文本", null], ["记录状态", "枚举", "正常／已删除"], ["删除原因", "文本", "仅已删除记录有"]];
  const notes = [["清城区电子商务进农村台账（系统导出部分）说明"],
    ["1．《站点信息（纵向导出）》由“清城区电商服务站点管理系统”导出，导出方式选的是“纵向（每字段一行）”：同一记录ID的各行合起来是一个站点。"],
    ["2．同一站点的同一字段有多行的，是修改留痕，以更新时间最新的一行为准；记录状态为“已删除”的不是站点。"],
    ["3．《宣传报道存档》是共享盘“09宣传报道”文件夹用Everything导出的文件清单：文件按“报道日期_媒体_标题”命名，放在“级别\\形式”文件夹下；同一报道有几张截图的以“_1”“_2”区分；修改时间是存档时间，不是报道日期。"],
    ["清城区商务局电商股　2021年9月10日"]];
  return {
    description:
      "清远清城区商务局电商股的“系统导出”台账（4个表）：①《站点信息（纵向导出）》是区电商服务站点管理系统按“纵向（每字段一行）”导出的——表头 记录ID｜字段｜字段值｜操作人｜更新时间，同一记录ID的十来行合成一个站点（站点编号、站点名称、所属镇街、所在村（社区）、详细地址、负责人、联系电话、挂牌日期、服务内容、记录状态）；修改留痕：一个站的“所在村”先录错后由审核人改正、一个站的“挂牌日期”先录计划的2021-09-10后改为实际2021-08-26，都以更新时间最新的为准；一条“记录状态＝已删除”（重复录入）不是站点；挂牌日期是文本（两条带“00:00:00”），一站字段值为空（未挂牌），一站9月6日挂牌照列，一站在社区；村名有“村委会”“村民委员会”写法；末行统计不是记录。②《宣传报道存档》是共享盘文件夹的Everything文件清单（名称｜路径｜大小｜修改时间）：一个“日期_媒体_标题”文件是一条报道，级别和形式只在路径的文件夹名里（01国家级/02省级/03市级/04区级、网络/报纸/电视），南方日报那条存了“_1”“_2”两张截图只算一条，文件夹行、Thumbs.db、说明.txt不是报道，修改时间不是报道日期，9月10日那条照列。③《字段字典》和④《说明》不是台账。",
    sheets: [
      { name: "说明", rows: notes, merges: [] },
      { name: "站点信息（纵向导出）", rows, merges: [] },
      { name: "字段字典", rows: dict, merges: ["A1:C1"] },
      { name: "宣传报道存档", rows: mRows, merges: [] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "站点信息（纵向导出）": { kind: "stations", records: recs },
        "字段字典": { kind: null },
        "宣传报道存档": { kind: "media", records: mRecs },
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
write("counties", "b182-c1-qujiang.json", c1);
write("facts", "b182-f1-sanshui.json", f1);
write("facts", "b182-f2-meijiang.json", f2);
write("facts", "b182-f3-rongcheng.json", f3);
write("ledgers", "b182-l1-jiangcheng.json", l1);
write("ledgers", "b182-l2-qingcheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
