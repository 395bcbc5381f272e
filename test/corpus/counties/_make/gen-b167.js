// Batch 167 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b166.js (plus a merge check: valid A1 ranges inside the sheet, no overlaps, nothing hidden under a
// merge). Deterministic: seeded PRNG, no clock. Run: node test/corpus/_b167/gen-b167.js
//
// c1 南雄市 (韶关): the facts are the provincial 考评管理系统's long-format export (one 填报项 per row, 1/0 for yes/no,
//    yyyymmdd text dates, a value sent back 退回修改 and resubmitted, 自评得分 rows = claims, 评判得分 rows = judged);
//    villages with ★ for 省定贫困村 and a 快递进村 column (two 未通), stations from the 站点 system with the village at the
//    end of a region path and timestamps as text, sessions + stacked sign-in blocks (date in each block's title, lower-case
//    x), a 在园 table with an 已退园 table under it, a 元 column with 万 and full-width cells, reports as a year × month grid
//    (day in the cell), the column's web list page pasted (title and date in one cell). Coverage 131/188 = 69.68% (2),
//    poor-training 24/48 = 50% exactly (10), person-times 0.8%–1% (8).
// f1 饶平县 (潮州): a 目标任务 vs 完成情况 table (read 完成情况, the 目标 column holds decoy numbers), a 县域概况 line,
//    a veto 备注 line, a 定性指标自评分 table below (分值范围 column is not a score).
// f2 陆河县 (汕尾): a 问卷星 export (a column per question, ┋ multi-select, matrix sub-columns “23(创建方案)”, “(跳过)”),
//    two submissions with a note saying the second one counts.
// f3 蕉岭县 (梅州): the city bureau's one-row-per-county template with a two-row merged group header, units in the header,
//    only 蕉岭's row filled, a 全市合计 formula row, 资金管理制度 both as a √ fact and as a judged score.
// l1 惠来县 (揭阳): sessions (人次 as “78人”, “165（线上120、线下45）”, full-width, a cancelled class), the 防返贫监测系统
//    export (劳动技能 / 务工状况 vocabulary), a poor-trainee list with several dates in one cell, a pivot sheet, media
//    (中央级/地市级, 电视新闻 vs 视频号).
// l2 连平县 (河源): villages as a town × name matrix with （贫） marks and a 社区 table below, stations with 年|月|日 columns,
//    funds one row per project with three 拨付 column groups (8-digit numeric dates, ￥ and 万 amounts), a sent-mail export
//    as the report log, a station summary by town.
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
let seed = 167167;
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
function colIndex(letters) {
  // "A" -> 1, "Z" -> 26, "AA" -> 27
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function parseRange(m) {
  const x = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(m);
  if (!x) return null;
  return { c0: colIndex(x[1]), r0: Number(x[2]), c1: colIndex(x[3]), r1: Number(x[4]) };
}
function checkMerges(sh, file) {
  // every merge a valid A1 range inside the sheet (rows 1..rows.length, columns 1..widest row), more than one cell,
  // start before end; no two merges overlap
  const width = Math.max(...sh.rows.map((r) => r.length), 1);
  const rs = [];
  for (const m of sh.merges || []) {
    const g = parseRange(m);
    assert(g, `${file}/${sh.name}: bad merge ${m}`);
    assert(g.c0 >= 1 && g.r0 >= 1 && g.c0 <= g.c1 && g.r0 <= g.r1, `${file}/${sh.name}: merge not start:end ${m}`);
    assert(g.c0 < g.c1 || g.r0 < g.r1, `${file}/${sh.name}: single-cell merge ${m}`);
    assert(g.r1 <= sh.rows.length, `${file}/${sh.name}: merge ${m} below the last row ${sh.rows.length}`);
    assert(g.c1 <= width, `${file}/${sh.name}: merge ${m} right of the widest row (${width} columns)`);
    for (const h of rs) {
      const apart = g.c1 < h.g.c0 || h.g.c1 < g.c0 || g.r1 < h.g.r0 || h.g.r1 < g.r0;
      assert(apart, `${file}/${sh.name}: merges overlap ${m} / ${h.m}`);
    }
    rs.push({ m, g });
    // the cells a merge hides should be empty (only the top-left cell carries a value)
    for (let r = g.r0; r <= g.r1; r++) {
      for (let c = g.c0; c <= g.c1; c++) {
        if (r === g.r0 && c === g.c0) continue;
        const row = sh.rows[r - 1] || [];
        const v = row[c - 1];
        assert(v === undefined || v === null, `${file}/${sh.name}: merge ${m} hides a value at ${colName(c - 1)}${r}: ${JSON.stringify(v)}`);
      }
    }
  }
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
    checkMerges(sh, file);
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
    assert(/^b167-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b167-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b167-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 韶关南雄市: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440282";
  // [town, 行政村, 居委会/社区]
  const TOWNS = [["雄州街道", 6, 10], ["乌迳镇", 16, 1], ["界址镇", 9, 1], ["坪田镇", 10, 1], ["黄坑镇", 11, 1], ["邓坊镇", 12, 1],
    ["油山镇", 12, 1], ["南亩镇", 10, 1], ["水口镇", 13, 1], ["江头镇", 8, 1], ["湖口镇", 12, 1], ["珠玑镇", 14, 1], ["主田镇", 10, 1],
    ["古市镇", 12, 1], ["全安镇", 9, 1], ["百顺镇", 10, 1], ["澜河镇", 7, 1], ["帽子峰镇", 7, 1]];
  const CITY_COMMS = ["城中社区", "城东社区", "城南社区", "城西社区", "城北社区", "水西社区", "永康社区", "三影塔社区", "新城社区", "环城社区"];
  const namer = villageNamer("大小新旧东西南北上中下龙石黄白金高水马安乐福富和平长兴良古竹松杨梅桂", ["塘", "田", "坪", "洞", "岭", "头", "边", "寨", "坑", "坝", "湾", "围", "洲", "口", "陂", "桥", "岩", "江", "楼", "墩"]);
  const newName = noDupNamer(namer, TOWNS.map(([t]) => t.slice(0, 2)).concat(["城中", "城东", "城南", "城西", "城北", "水西", "永康", "新城", "环城"]));
  const towns = TOWNS.map(([town, nv, nc], ti) => {
    const vs = [];
    for (let q = 0; q < nv; q++) vs.push(newName());
    const cs = ti === 0 ? CITY_COMMS.slice(0, nc) : [town.replace(/镇$/, "") + "社区"];
    return { town, ti, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 188 && comms.length === 27, "c1 188 villages + 27 communities " + admin.length + "/" + comms.length);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t;
  // 19 省定贫困村: the second village of each town outside 雄州街道, and two more
  const poorList = towns.slice(1).map((t) => t.vs[1]).concat([towns[1].vs[5], towns[11].vs[6]]);
  assert(poorList.length === 19 && new Set(poorList).size === 19, "c1 19 poor villages");
  const poorSet = new Set(poorList);
  // two mountain villages without express service
  const noExpress = [towns[17].vs[4], towns[16].vs[3]];
  assert(noExpress.every((v) => !poorSet.has(v)), "c1 no-express villages are not poor");

  // ---------------- 村居名单: town merged down, ★ marks a poor village, 快递进村 已通/未通
  const vRows = [["南雄市村（居）委会名单"], ["序号", "镇（街道）", "村（居）委会", "类别", "快递进村"]];
  const vMerges = ["A1:E1"];
  let vn = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    for (const c of t.cs) vRows.push([++vn, vRows.length + 1 === r0 ? t.town : null, c, "居委会", "—"]);
    for (const v of t.vs) {
      const exp = noExpress.includes(v) ? "未通（2021年9月开通）" : "已通";
      vRows.push([++vn, vRows.length + 1 === r0 ? t.town : null, `${v}委会${poorSet.has(v) ? "★" : ""}`, "村委会", exp]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个，居委会${comms.length}个`, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  vRows.push(["注：1．村名后标“★”的为省定贫困村（共19个）；2．快递进村情况截至2021年8月31日。"]);
  vMerges.push(`A${vRows.length}:E${vRows.length}`);
  assert(vRows.filter((r) => typeof r[2] === "string" && r[2].includes("★")).length === 19, "c1 19 stars");

  // ---------------- 站点（系统导出）: region path, timestamp text, sorted by 站点编码
  const nonPoor = admin.filter((v) => !poorSet.has(v));
  const covNonPoor = shuffle(nonPoor).slice(0, 112);
  const uncovered = nonPoor.filter((v) => !covNonPoor.includes(v));
  const lateVs = [uncovered[3], uncovered[11]];
  const dups = [covNonPoor[7], covNonPoor[30], covNonPoor[61], poorList[4]];
  const ST = [];
  for (const v of covNonPoor.concat(poorList)) ST.push({ v, iso: randIsoBetween("2020-05-11", "2021-08-27"), type: "村级服务站" });
  for (const v of dups) ST.push({ v, iso: randIsoBetween("2021-01-04", "2021-08-24"), type: "村级服务点", dup: true });
  ST.push({ v: lateVs[0], iso: "2021-09-03", type: "村级服务站" }, { v: lateVs[1], iso: "2021-09-16", type: "村级服务站" });
  for (const t of towns.slice(1)) ST.push({ v: t.cs[0], iso: randIsoBetween("2020-05-11", "2020-11-30"), type: "镇级服务中心" });
  ST.push({ v: "城南社区", iso: "2020-12-16", type: "县级运营中心" });
  ST.push({ v: null, town: towns[6], iso: "2021-04-19", type: "村级服务站" }); // 油山镇, no village in the path
  for (const s of ST) {
    s.t = s.v ? townOf[s.v] : s.town;
    s.time = hms();
  }
  ST.sort((a, b) => a.t.ti - b.t.ti || cmp(a.type === "镇级服务中心" || a.type === "县级运营中心" ? "0" : "1", b.type === "镇级服务中心" || b.type === "县级运营中心" ? "0" : "1") || cmp(a.iso, b.iso));
  const sRows = [["站点信息导出"], ["导出时间：2021-09-20 11:06:38　　导出人：nxswj01　　共" + ST.length + "条"],
    ["站点编码", "站点名称", "站点类型", "所属区域", "详细地址", "站长", "联系电话", "开通时间", "站点状态"]];
  const seqByTown = {};
  ST.forEach((s) => {
    seqByTown[s.t.ti] = (seqByTown[s.t.ti] || 0) + 1;
    const code = `NX${String(s.t.ti + 1).padStart(2, "0")}${pad3(seqByTown[s.t.ti])}`;
    const place = s.v ? `广东省/韶关市/南雄市/${s.t.town}/${s.v}${s.v.endsWith("社区") ? "居委会" : "委会"}` : `广东省/韶关市/南雄市/${s.t.town}`;
    const nm = s.type === "县级运营中心" ? "南雄市电子商务公共服务中心" : s.type === "镇级服务中心" ? `${s.t.town}电子商务服务中心` : s.v === null ? `${s.t.town}圩镇电商服务站` : s.dup ? `${s.v.replace(/村$/, "")}村邮乐购服务点` : `${s.v.replace(/村$/, "")}村电商服务站`;
    const addr = s.v ? `南雄市${s.t.town}${s.v}${rint(1, 99)}号` : `南雄市${s.t.town}圩镇新街${rint(1, 60)}号`;
    sRows.push([code, nm, s.type, place, addr, personName(), mask(phone()), `${s.iso} ${s.time}`, "营业中"]);
  });
  sRows.push([`合计：${ST.length}个站点`]);
  const covered = new Set(ST.filter((s) => s.v && admin.includes(s.v) && s.iso <= CUT).map((s) => s.v));
  const coveredEver = new Set(ST.filter((s) => s.v && admin.includes(s.v)).map((s) => s.v));
  const poorCovered = poorList.filter((p) => covered.has(p));
  assert(covered.size === 131 && coveredEver.size === 133, "c1 131 villages covered by the cut-off, 133 ever " + covered.size);
  assert(!ratioGE(131, 188, 70) && ratioGE(131, 188, 50) && ratioGE(132, 188, 70) && pct2(131, 188) === "69.68%", "c1 131/188 = 69.68% < 70% → 2 (one more would reach 70%)");
  assert(poorCovered.length === 19, "c1 all poor villages covered");

  // ---------------- 普及培训台账: sessions with 参训人次
  const TOPIC = ["农村电商基础知识", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "微信社群营销", "南雄银杏、黄烟网络营销", "农产品包装与品牌", "电商客服与物流", "乡村旅游线上推广"];
  const OBJ = ["农户、合作社社员", "返乡青年", "电商从业人员", "村级站点站长", "退役军人", "妇女创业者", "镇村干部"];
  const SES = [];
  for (const m of monthsBetween("2020-05", "2021-08")) {
    const nS = m === "2021-02" ? 1 : rint(2, 3);
    const days = [];
    while (days.length < nS) {
      const d = rint(3, 26);
      if (!days.some((x) => Math.abs(x - d) < 5)) days.push(d);
    }
    days.sort((a, b) => a - b);
    for (const d of days) {
      const start = `${m}-${String(d).padStart(2, "0")}`;
      SES.push({ start, iso: isoAdd(start, rnd() < 0.25 ? rint(1, 2) : 0), n: rint(45, 110) });
    }
  }
  const S_TARGET = 3176;
  for (let diff = S_TARGET - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 5) % SES.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (SES[j].n + st >= 35 && SES[j].n + st <= 130) {
      SES[j].n += st;
      diff -= st;
    }
  }
  SES.push({ start: "2021-09-08", iso: "2021-09-09", n: 86 }, { start: "2021-09-24", iso: "2021-09-24", n: 74 });
  const tRows = [["南雄市电子商务普及性培训台账"], ["期次", "培训日期", "培训主题", "培训对象", "培训方式", "参训人次", "备注"]];
  SES.forEach((s, j) => {
    let dc;
    if (s.start !== s.iso) dc = rangeText(s.start, s.iso, j % 2 ? "cn" : "dot");
    else dc = j % 3 === 0 ? D(s.iso) : j % 3 === 1 ? dotDate(s.iso) : cnDate(s.iso);
    tRows.push([`第${j + 1}期`, dc, TOPIC[j % TOPIC.length], OBJ[j % OBJ.length], j % 4 === 3 ? "线上直播" : "线下集中", s.n, null]);
  });
  tRows.push(["合计", null, null, null, null, sum(SES.map((s) => s.n)), null]);
  tRows.push(["注：脱贫户专题培训见《脱贫户培训签到》，未计入本表。"]);
  const Spre = sum(SES.filter((s) => s.iso <= CUT).map((s) => s.n));
  assert(Spre === S_TARGET, "c1 sessions by the cut-off " + Spre);

  // ---------------- 脱贫劳动力台账: 劳动能力 and 务工情况 columns
  // F 有劳动能力、在家务农/本地务工; M 外出务工; O 老人（无劳动能力）; K 在校生; X 丧失劳动能力
  const HH = ["FFO", "FMK", "FFK", "FFF", "FFX", "FMF", "FFO", "FFM", "FFF", "MFK", "FFO", "FMF", "FFF", "FMO", "FFM", "FFF", "FF", "FFF", "FMF", "FFF", "FF", "FFF"];
  const MIG = ["外出务工（东莞）", "外出务工（广州）", "外出务工（深圳）", "外出务工（佛山）", "外出务工（韶关市区）"];
  const persons = [];
  const pRows = [["南雄市建档立卡脱贫人口劳动力台账"], ["数据来源：市乡村振兴局　　核对时间：2021年2月"],
    ["序号", "镇", "村", "姓名", "身份证号码", "与户主关系", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:I1", "A2:I2"];
  let pn = 0;
  HH.forEach((hh, h) => {
    const v = poorList[h % 19];
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    hh.split("").forEach((c, j) => {
      const labour = c === "F" || c === "M";
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      const birth = c === "O" ? birthBetween(1938, 1954) : c === "K" ? birthBetween(2005, 2014) : c === "X" ? birthBetween(1960, 1976) : j <= 1 ? birthBetween(1966, 1985) : birthBetween(1990, 2002);
      const name = j === 0 || c === "K" ? personName(sn) : personName();
      const id = makeId(REGION, birth, male, (h === 2 && j === 1) || (h === 8 && j === 0) || (h === 19 && j === 2) ? true : undefined);
      const rel = j === 0 ? "户主" : c === "X" ? "兄弟姐妹" : c === "K" ? (male ? "之子" : "之女") : c === "O" ? (male ? "之父" : "之母") : j === 1 ? "配偶" : (male ? "之子" : "之女");
      const work = c === "F" ? (pn % 3 === 0 ? "本地务工（镇内）" : "在家务农") : c === "M" ? MIG[pn % 5] : "—";
      const ability = labour ? "有" : c === "X" ? "丧失劳动能力" : "无";
      const note = c === "K" ? "在校生" : c === "O" ? "老年人" : c === "X" ? "残疾（二级）" : null;
      pRows.push([++pn, j === 0 ? v && townOf[v].town : null, j === 0 ? v : null, name, id, rel, ability, work, note]);
      persons.push({ id, name, c, v, labour, migrant: labour ? c === "M" : null });
    });
    mergeCol(pMerges, "B", r0, pRows.length);
    mergeCol(pMerges, "C", r0, pRows.length);
  });
  pRows.push(["合计", null, `${HH.length}户`, `${persons.length}人`, null, null, null, null, null]);
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  const migrants = persons.filter((p) => p.migrant);
  assert(persons.length === 64 && eligible.length === 48 && migrants.length === 8, `c1 roster ${persons.length}/${eligible.length}/${migrants.length}`);
  assert(eligible.filter((p) => isX(p.id)).length >= 2, "c1 eligible with X");

  // ---------------- 脱贫户培训签到: blocks stacked on one sheet, the date in each block's title row
  const elig = shuffle(eligible);
  // make sure two X-ids are among the trained (they are written with a lower-case x)
  elig.sort((a, b) => (isX(b.id) ? 1 : 0) - (isX(a.id) ? 1 : 0));
  const trained = elig.slice(0, 24);
  const septOnly = elig.slice(24, 28);
  const BL = [
    { title: "第一期", when: "培训日期：2020年11月18日", iso: "2020-11-18", who: [] },
    { title: "第二期（春节返乡人员专场）", when: "培训日期：2021.2.5", iso: "2021-02-05", who: [] },
    { title: "第三期", when: "培训日期：2021年3月9日", iso: "2021-03-09", who: [] },
    { title: "第四期", when: "培训日期：2021年5月12日—13日", iso: "2021-05-13", who: [] },
    { title: "第五期", when: "培训日期：2021/7/20", iso: "2021-07-20", who: [] },
    { title: "第六期", when: "培训日期：2021年9月7日", iso: "2021-09-07", who: [] },
  ];
  trained.forEach((p, j) => BL[[0, 2, 3, 4][j % 4]].who.push(p));
  for (const p of trained.slice(0, 5)) BL[j5(p)].who.push(p);
  function j5(p) {
    // a second session for five of them: the first block after their first one that does not hold them yet
    const first = BL.findIndex((b) => b.who.includes(p));
    for (let k = first + 1; k < 5; k++) if (!BL[k].who.includes(p)) return k;
    return 1;
  }
  for (const p of migrants.slice(0, 3)) BL[1].who.push(p);
  const outsiders = [0, 1].map(() => ({ id: makeId(REGION, birthBetween(1975, 1998), rnd() < 0.5), name: personName(), v: covNonPoor[rint(0, 50)] }));
  BL[1].who.push(...outsiders);
  BL[5].who.push(...septOnly, ...trained.slice(6, 9));
  const gRows = [["南雄市脱贫户电商技能专题培训签到表"]];
  const gMerges = ["A1:E1"];
  let lowerX = 0;
  for (const b of BL) {
    gRows.push([]);
    gRows.push([`${b.title}　${b.when}　地点：南雄市电子商务公共服务中心`]);
    gMerges.push(`A${gRows.length}:E${gRows.length}`);
    gRows.push(["序号", "姓名", "身份证号码", "所在村", "签名"]);
    b.who.forEach((p, k) => {
      let idText = p.id;
      if (isX(p.id) && lowerX < 3) {
        idText = p.id.slice(0, 17) + "x";
        lowerX++;
      }
      gRows.push([k + 1, p.name, idText, p.v, p.name]);
    });
    gRows.push([`本期签到${b.who.length}人`]);
    gMerges.push(`A${gRows.length}:E${gRows.length}`);
  }
  assert(lowerX >= 2, "c1 lower-case x ids " + lowerX);
  const T = sum(BL.filter((b) => b.iso <= CUT).map((b) => b.who.length));
  const Tall = sum(BL.map((b) => b.who.length));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedPre = new Set(BL.filter((b) => b.iso <= CUT).flatMap((b) => b.who.map((p) => p.id)).filter((id) => eligIds.has(id)));
  assert(trainedPre.size === 24 && ratioGE(24, 48, 50) && !ratioGE(24, 48, 70), "c1 24/48 = 50% → 10, no bonus");
  assert(T === 24 + 5 + 3 + 2, "c1 sign-ins by the cut-off " + T);
  const personTimes = Spre + T;
  assert(personTimes * 1000 >= 336400 * 8 && personTimes * 1000 < 336400 * 10, "c1 person-times in the 8-point tier " + personTimes);
  const statedPT = sum(SES.map((s) => s.n)) + Tall;
  assert(statedPT * 100 >= 336400, "c1 with September the clerk reaches 1% " + statedPT);

  // ---------------- 产业园企业: 在园 table, then 已退园 table below it
  const ENT = [
    ["南雄市珠玑古巷电子商务有限公司", "平台型"], ["南雄市雄州优品网络科技有限公司", "平台型"], ["南雄市银杏之乡农产品网店", "销售型"],
    ["南雄市黄烟特产电子商务商行", "销售型"], ["南雄市帽子峰山货电商有限公司", "销售型"], ["南雄市油山富硒米网店", "销售型"],
    ["南雄市新农人电商运营服务有限公司", "电商运营商"], ["南雄市云途代运营工作室", "电商运营商"], ["南雄市中通快递服务部", "物流企业"],
    ["南雄市韵达速递营业部", "物流企业"], ["南雄市粤北冷链仓储有限公司", "物流企业"], ["南雄市梅岭茶业电子商务有限公司", "销售型"],
    ["南雄市乡味直播传媒有限公司", "电商运营商"], ["南雄市品创包装设计工作室", "设计服务"], ["南雄市腊味坊食品网店", "销售型"],
    ["南雄市禾丰农业发展有限公司", "销售型"], ["南雄市邮乐购运营中心", "平台型"], ["南雄市鲜达同城配送有限公司", "物流企业"],
    ["南雄市星火直播基地运营有限公司", "电商运营商"], ["南雄市古市板鸭电子商务商行", "销售型"], ["南雄市百顺竹木制品网店", "销售型"],
    ["南雄市湖口农资电商服务部", "销售型"],
  ].map(([n, t]) => ({ n, t, code: creditCode(REGION), en: randIsoBetween("2020-06-01", "2021-07-31") }));
  ENT[18].en = "2021-09-08";
  const LEFT = [[ENT[19], "2021-05-20", "经营不善，提前退园"], [ENT[20], "2021-09-15", "迁往韶关市区"], [ENT[21], "2021-10-31", "租约到期"]];
  const inTable = ENT.slice(0, 19).sort((a, b) => cmp(a.en, b.en));
  const eRows = [["南雄市电子商务产业园入驻企业名单"], ["（更新至2021年11月5日）"], ["一、在园企业"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "备注"]];
  const eMerges = ["A1:F1", "A2:F2", "A3:F3"];
  inTable.forEach((e, j) => eRows.push([j + 1, e.n, e.code, e.t, j % 3 === 0 ? D(e.en) : j % 3 === 1 ? cnDate(e.en) : e.en < "2021-08-01" && j % 2 ? cnMonth(e.en) : dotDate(e.en), e.en > CUT ? "2021年9月新入驻" : null]));
  eRows.push([]);
  eRows.push(["二、已退园企业"]);
  eMerges.push(`A${eRows.length}:F${eRows.length}`);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "退园原因"]);
  LEFT.forEach(([e, out, why], j) => eRows.push([j + 1, e.n, e.code, e.t, dotDate(e.en), dotDate(out), why]));
  const inPark = ENT.filter((e) => e.en <= CUT && !LEFT.some(([x, out]) => x === e && out <= CUT));
  assert(inPark.length === 20 && inTable.filter((e) => e.en <= CUT).length === 18, "c1 20 in the park at the cut-off (18 + 2 that left after it)");
  assert(new Set(inPark.map((e) => e.t)).size >= 3 && LEFT.every(([e, out]) => e.en < out), "c1 types, left after entered");

  // ---------------- 资金台账: 金额（元） with 万 and full-width cells
  const ALLOC = 5000000;
  const PAY = [
    ["2020-06-18", "D", "县级电子商务公共服务中心装修改造（首期）", 620000, "n"], ["2020-08-26", "dot", "村级电商服务站点建设（第一批）", 455800, "n"],
    ["2020-10-14", "cn", "电商人才培训（第一期）", 125000, "wan"], ["2020-11-30", "dot", "农产品品牌培育与推广", 86000, "fw"],
    ["2020-12-28", "D", "县镇村物流配送体系建设（首期）", 398000, "n"], ["2021-01-20", "slash", "公共服务中心运营补助", 300000, "n"],
    ["2021-03-10", "dot", "村级电商服务站点建设（第二批）", 412600, "n"], ["2021-04-22", "cn", "电商人才培训（第二期）", 138000, "wan"],
    ["2021-05-28", "D", "冷链及农产品溯源系统（首期）", 356000, "n"], ["2021-06-30", "dot", "县镇村物流配送体系建设（进度款）", 286400, "n"],
    ["2021-08", "month", "网络促销活动补助", 96000, "wan"], ["2021-08-19", "cn", "公共信息服务平台", 268000, "n"],
    ["2021-09-10", "dot", "村级电商服务站点建设（尾款）", 232000, "n"], ["2021-09-26", "D", "电商人才培训（第三期）", 118000, "n"],
  ];
  const fRows = [["南雄市电子商务进农村综合示范专项资金使用台账"], ["下达资金：省级专项资金500万元"], ["序号", "拨付日期", "项目（用途）", "收款单位", "金额（元）", "凭证号", "备注"]];
  const PAYEE = ["南雄市电商运营服务有限公司", "中国邮政集团有限公司南雄市分公司", "韶关市粤北职业培训学校", "南雄市品创营销策划有限公司", "南雄市鲜达同城配送有限公司"];
  PAY.forEach(([iso, f, what, amt, af], j) => {
    const dc = f === "D" ? D(iso) : f === "dot" ? dotDate(iso) : f === "cn" ? cnDate(iso) : f === "slash" ? slashDate(iso) : cnMonth(iso);
    const ac = af === "n" ? amt : af === "wan" ? `${amt / 10000}万` : fwText(commaInt(amt));
    const payee = /中心/.test(what) ? PAYEE[0] : /站点/.test(what) ? PAYEE[1] : /培训/.test(what) ? PAYEE[2] : /物流/.test(what) ? PAYEE[4] : /冷链/.test(what) ? "广东粤冷链科技有限公司" : /平台/.test(what) ? "南雄市数联网络科技有限公司" : PAYEE[3];
    fRows.push([j + 1, dc, what, payee, ac, `雄财支〔${iso.slice(0, 4)}〕${pad3(30 + j * 11)}号`, af === "wan" ? "按万元登记" : null]);
  });
  const spentAll = sum(PAY.map((p) => p[3]));
  fRows.push(["合计", null, null, null, spentAll, null, null]);
  const spentPre = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const spentNumOnly = sum(PAY.filter((p) => p[0] <= CUT && p[4] === "n").map((p) => p[3]));
  assert(spentPre === 3541800 && ratioGE(spentPre, ALLOC, 70) && pct2(spentPre, ALLOC) === "70.84%", "c1 spent by the cut-off " + spentPre);
  assert(!ratioGE(spentNumOnly, ALLOC, 70), "c1 without the 万/full-width cells the rate falls under 70%: " + spentNumOnly);
  assert(fRows[6][4] === "８６，０００" && fRows[5][4] === "12.5万", "c1 amount cells as typed");

  // ---------------- 月报报送: a year × month grid, the day in the cell; poverty row under it
  const REP = {};
  for (const m of monthsBetween("2020-03", "2021-09")) if (m !== "2020-12") REP[m] = rint(3, 12);
  const POV = new Set(monthsBetween("2020-10", "2021-09").filter((m) => m !== "2020-12"));
  const rRows = [["南雄市电子商务进农村综合示范工作月报报送情况（报韶关市商务局）"], ["年份", "事项"].concat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => `${m}月`))];
  const rMerges = ["A1:N1"];
  for (const y of [2020, 2021]) {
    const r1 = ["报送日期"];
    const r2 = ["含电商扶贫数据"];
    for (let m = 1; m <= 12; m++) {
      const k = `${y}-${String(m).padStart(2, "0")}`;
      r1.push(REP[k] ? (k === "2021-01" ? `${REP[k]}日（含上年12月）` : `${REP[k]}日`) : k === "2020-12" ? "—" : null);
      r2.push(REP[k] && POV.has(k) ? "√" : null);
    }
    rRows.push([`${y}年`].concat(r1));
    rRows.push([null].concat(r2));
    rMerges.push(`A${rRows.length - 1}:A${rRows.length}`);
  }
  rRows.push(["注：格内为当月报送日期；2020年12月未单独报送，与2021年1月一并报送。"]);
  rMerges.push(`A${rRows.length}:N${rRows.length}`);
  const repMonths = new Set(Object.keys(REP).filter((m) => m <= "2021-08"));
  assert(WINDOW.filter((w) => !repMonths.has(w)).join() === "2020-12", "c1 December 2020 has no report");

  // ---------------- 专栏（网页复制）: the site's list page pasted, title and date in one cell
  const DIS = [{ t: "南雄市电子商务进农村综合示范县创建工作方案", iso: "2020-04-23" }, { t: "南雄市电子商务进农村综合示范项目基本信息公示", iso: "2020-05-08" },
    { t: "关于设立南雄市电子商务进农村综合示范项目监督举报电话的公告", iso: "2020-05-08" }];
  for (const m of monthsBetween("2020-05", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    DIS.push({ t: `南雄市电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, iso: `${next}-${String(rint(2, 14)).padStart(2, "0")}` });
  }
  DIS.push({ t: "南雄市2021年第二批村级电商服务站点名单公示", iso: "2021-06-21" });
  DIS.sort((a, b) => cmp(b.iso, a.iso));
  const wRows = [["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"], []];
  for (const d of DIS) wRows.push([`· ${d.t}　　${d.iso}`]);
  wRows.push([]);
  wRows.push([`共${DIS.length}条　首页　上一页　1　下一页　尾页`]);
  wRows.push(["（2021年9月22日从南雄市人民政府网站复制）"]);
  const pubMonths = new Set(DIS.filter((d) => d.iso <= CUT).map((d) => ym(d.iso)));
  assert(WINDOW.every((w) => pubMonths.has(w)), "c1 the column was updated every month");

  // ---------------- 宣传报道, 经验材料
  const MED = [["2020-11-06", "南雄市融媒体中心（南雄电视台）《南雄新闻》", "县级", "电视", "电商服务站开到家门口", "否"],
    ["2021-03-05", "韶关日报", "市级", "报纸", "南雄：小小电商站 激活乡村大市场", "否"],
    ["2021-06-18", "广东广播电视台《广东新闻联播》", "省级", "电视", "南雄脱贫户直播卖腊味 年货变“网货”", "是"],
    ["2021-07-12", "南方日报", "省级", "报纸", "南雄银杏搭上电商快车", "否"],
    ["2021-09-02", "人民网", "国家级", "网络", "粤北山区县的电商振兴路", "否"]];
  const meRows = [["南雄市电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((x, j) => meRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const caRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "接收单位"],
    [1, "2021年6月22日", "南雄市“电商+特色农产品”助力脱贫户增收经验做法", "南雄市商务局", "韶关市商务局"]];

  // ---------------- 考评系统导出: the provincial system's long-format export
  const X = [];
  const row = (code, l1, l2, item, val, unit, att, status, opinion) => X.push([code, l1, l2, item, val, unit, att === undefined ? 0 : att, status || "审核通过", opinion || null]);
  const YN = "是否（1是0否）";
  row("JC-01", "基础信息", "基础信息", "县（市、区）名称", "南雄市", "—");
  row("JC-02", "基础信息", "基础信息", "考评截止日期", "20210831", "日期（yyyymmdd）");
  row("JC-03", "基础信息", "基础信息", "常住人口", 33.12, "万人", 0, "退回修改", "请按第七次全国人口普查数据填报");
  row("JC-03", "基础信息", "基础信息", "常住人口", 33.64, "万人", 1, "审核通过", "已按七普数据修改");
  row("JC-04", "基础信息", "基础信息", "行政村数", 188, "个");
  row("JC-05", "基础信息", "基础信息", "省定贫困村数", 19, "个");
  row("ZZ-01-1", "加强组织领导与统筹协调", "组织领导", "牵头领导职务", "市长", "—", 1);
  row("ZZ-01-2", "加强组织领导与统筹协调", "组织领导", "参与部门", "市商务局；市财政局；市农业农村局；市乡村振兴局；市供销社；南雄邮政分公司", "—");
  row("ZZ-01-9", "加强组织领导与统筹协调", "组织领导", "自评得分", 2, "分");
  row("ZZ-02-1", "加强组织领导与统筹协调", "方案制定", "示范县工作方案是否正式印发", 1, YN, 1);
  row("ZZ-02-2", "加强组织领导与统筹协调", "方案制定", "评判得分（1-2分）", 2, "分");
  row("ZZ-02-9", "加强组织领导与统筹协调", "方案制定", "自评得分", 2, "分");
  row("ZZ-03-1", "加强组织领导与统筹协调", "政策支持", "是否出台支持农村电商发展的政策", 1, YN, 2);
  row("ZZ-03-2", "加强组织领导与统筹协调", "政策支持", "评判得分（1-2分）", 1, "分");
  row("ZZ-03-9", "加强组织领导与统筹协调", "政策支持", "自评得分", 1, "分");
  row("ZZ-04-1", "加强组织领导与统筹协调", "项目管理", "项目管理制度评判得分（1-2分）", 2, "分", 3);
  row("ZZ-04-2", "加强组织领导与统筹协调", "项目管理", "工作台账评判得分（1-2分）", 2, "分", 6);
  row("ZZ-04-9", "加强组织领导与统筹协调", "项目管理", "自评得分", 4, "分");
  const G2 = "深入推动电子商务进农村工作";
  row("FW-01-1", G2, "服务体系建设（县级中心与产业园）", "县级电子商务公共服务中心投入运营日期", "20201216", "日期（yyyymmdd）", 2);
  row("FW-01-2", G2, "服务体系建设（县级中心与产业园）", "有免费培训场所、培训设备，能组织电商基础培训", 1, YN);
  row("FW-01-3", G2, "服务体系建设（县级中心与产业园）", "为特色农产品提供免费展示、销售服务", 1, YN);
  row("FW-01-4", G2, "服务体系建设（县级中心与产业园）", "为电子商务市场主体提供免费摄影、美工服务", 0, YN);
  row("FW-01-5", G2, "服务体系建设（县级中心与产业园）", "组织农产品统一推广、指导特色农产品品牌建设", 1, YN);
  row("FW-01-6", G2, "服务体系建设（县级中心与产业园）", "为电子商务发展提供其他衍生增值服务", 1, YN);
  row("FW-01-7", G2, "服务体系建设（县级中心与产业园）", "是否建设或整合、优化当地电商产业园", 1, YN, 1);
  row("FW-01-8", G2, "服务体系建设（县级中心与产业园）", "产业园入驻企业数", 21, "家", 1);
  row("FW-01-9", G2, "服务体系建设（县级中心与产业园）", "自评得分", 14, "分");
  row("FW-02-1", G2, "服务体系建设（村级站点覆盖）", "已建站点覆盖行政村数", 133, "个", 1);
  row("FW-02-2", G2, "服务体系建设（村级站点覆盖）", "已建站点覆盖省定贫困村数", 19, "个");
  row("FW-02-9", G2, "服务体系建设（村级站点覆盖）", "自评得分", 10, "分");
  row("SX-01", G2, "农村产品上行", "网销调研评判得分（1-2分）", 2, "分", 1);
  row("SX-02", G2, "农村产品上行", "网络促销活动评判得分（1-2分）", 1, "分", 2);
  row("SX-03", G2, "农村产品上行", "有专业第三方电子商务运营或服务商", 1, YN, 1);
  row("SX-04", G2, "农村产品上行", "行政村物流快递覆盖率", 100, "%", 1);
  row("SX-05", G2, "农村产品上行", "交易标准与冷链溯源评判得分（1-2分）", 1, "分");
  row("SX-06", G2, "农村产品上行", "2019年农村网络零售额", 186200, "万元");
  row("SX-07", G2, "农村产品上行", "2020年农村网络零售额", 231500, "万元");
  row("SX-08", G2, "农村产品上行", "2019年农产品网络零售额", 30600, "万元");
  row("SX-09", G2, "农村产品上行", "2020年农产品网络零售额", 40200, "万元", 1);
  row("SX-99", G2, "农村产品上行", "自评得分", 8, "分");
  row("PX-01", G2, "电商人才培训", "培训人次", statedPT, "人次", 12);
  row("PX-02", G2, "电商人才培训", "有劳动能力的建档立卡贫困人口数（不含外出务工）", 48, "人", 1);
  row("PX-03", G2, "电商人才培训", "参加培训的建档立卡贫困人口数", 26, "人", 6);
  row("PX-99", G2, "电商人才培训", "自评得分", 20, "分");
  const G3 = "加强信息公开及报送";
  row("XX-01-1", G3, "信息公开", "专栏公示创建方案", 1, YN, 1);
  row("XX-01-2", G3, "信息公开", "专栏公示项目基本信息", 1, YN, 1);
  row("XX-01-3", G3, "信息公开", "专栏公示项目建设进度", 1, YN, 1);
  row("XX-01-4", G3, "信息公开", "专栏设立征求意见或监督举报窗口", 1, YN, 1);
  row("XX-01-9", G3, "信息公开", "自评得分", 4, "分");
  row("XX-02-1", G3, "数据上报", "能统计电商扶贫情况", 1, YN, 1);
  row("XX-02-9", G3, "数据上报", "自评得分", 6, "分");
  row("XC-01-9", "加强宣传推广", "案例总结", "自评得分", 2, "分", 1);
  row("XC-02-9", "加强宣传推广", "经验推广", "自评得分", 8, "分", 5);
  const G5 = "加强财政资金管理";
  row("ZJ-00-1", G5, "资金总体情况", "省级财政资金下达总额", 500, "万元", 1);
  row("ZJ-00-2", G5, "资金总体情况", "累计拨付资金", spentPre / 10000, "万元", 14);
  row("ZJ-00-3", G5, "资金总体情况", "项目总体进度", 80, "%");
  row("ZJ-01-1", G5, "制度建立", "是否已制定资金管理制度", 1, YN, 1);
  row("ZJ-01-2", G5, "制度建立", "评判得分（1-5分）", 4, "分");
  row("ZJ-01-9", G5, "制度建立", "自评得分", 4, "分");
  row("ZJ-02-1", G5, "资金台账", "项目承建方是否已建立资金专用台账", 1, YN, 4);
  row("ZJ-02-2", G5, "资金台账", "评判得分（1-5分）", 4, "分");
  row("ZJ-02-9", G5, "资金台账", "自评得分", 4, "分");
  row("ZJ-03-2", G5, "资金支出", "资金及时拨付评判得分（1-5分）", 4, "分");
  row("ZJ-03-9", G5, "资金支出", "自评得分", 4, "分");
  row("JF-01-9", "加分项", "建档立卡贫困人口培训率70%及以上", "自评得分", 0, "分");
  row("JF-02-9", "加分项", "电商扶贫典型案例获电视播报", "自评得分", 2, "分", 1);
  row("FJ-01", "一票否决项", "一票否决项", "是否发生安全生产、质量事故或重大损失", 0, YN);
  row("FJ-02", "一票否决项", "一票否决项", "是否存在弄虚作假", 0, YN);
  assert(spentPre / 10000 === 354.18, "c1 累计拨付 354.18万元");
  const F = [["广东省电子商务进农村综合示范考评管理系统　数据导出"], ["县（市、区）：南雄市　　批次：2019年省级示范县　　导出时间：2021-09-13 16:42:05　　导出人：nx_swj"],
    ["序号", "指标编码", "一级指标", "二级指标", "填报项", "填报值", "计量单位", "附件数", "审核状态", "审核意见"]];
  X.forEach((r, j) => F.push([j + 1].concat(r)));
  F.push([`共${X.length}条记录`]);
  const claimedRows = X.filter((r) => r[3] === "自评得分");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 2,
  };
  assert(claimedRows.map((r) => r[4]).join() === Object.values(claimed).join(), "c1 claimed rows in table order");
  assert(pct1(231500 - 186200, 186200) === "24.3%" && pct1(40200 - 30600, 30600) === "31.4%", "c1 growth: rural 24.3%, agri 31.4%");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(pts["work.center"] === 14 && scored === 85 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 系统导出ZZ-01-1牵头领导“市长”（主要领导），ZZ-01-2参与部门含市商务局、市财政局、市农业农村局、市乡村振兴局 → 2",
    "org.plan: ZZ-02-1方案已正式印发（1），ZZ-02-2评判得分2 → 2",
    "org.policy: ZZ-03-1已出台政策（1），ZZ-03-2评判得分1 → 1",
    "org.management: ZZ-04-1项目管理制度2 + ZZ-04-2工作台账2 → 4",
    "work.center: FW-01-1投入运营“20201216”即2020-12-16 ≤ 截止日 → 2，≤ 2021-02-28（运行满6个月） → 2；免费培训1 → 2，免费展示1 → 1，免费摄影美工0 → 0，品牌1 → 1，其他增值服务1 → 1；产业园1 → 2；产业园企业名单分两张表：“在园企业”19家中1家2021年9月8日才入驻（截止日前18家），“已退园企业”3家中2021年9月15日、10月31日退园的2家在截止日仍在园，5月20日退园的不算 → 20家 ≥ 20 → 2；类型平台型、销售型、电商运营商、物流企业 → 1；合计14",
    `work.coverage: 村居名单“类别”村委会${admin.length}个（居委会${comms.length}个不算），< 200，以${admin.length}为基数；站点系统导出按“所属区域”路径末级取村：县级运营中心、镇级服务中心在社区不算，油山镇一个站点路径只到镇（没有村）不算，4个村有第二个服务点只算一次，${lateVs.join("、")}的站点开通时间在2021年9月 → 截止日前覆盖131个行政村 → 131/188 = 69.68% < 70% → 2（自评按133个村算成70.7%）；“★”标记的省定贫困村19个全部覆盖 → 5；合计7（自评10）`,
    `work.upward: 网销调研2；促销活动1；第三方运营商1 → 1；村居名单有“快递进村”列，${noExpress.join("、")}为“未通（2021年9月开通）” → 0（SX-04填100%与名单不符，以名单为准）；交易标准与冷链溯源1；农产品网络零售额30,600万元→40,200万元增长31.4% ≥ 30% → 2（农村网络零售额只增长24.3%，任一达标即可）；合计7（自评8）`,
    `work.training: 普及培训台账截止日前${fmtInt(Spre)}人次（2021年9月两期160人次不算，合计行不是一期）+ 脱贫户培训签到前五期${T}人次（第六期2021年9月7日不算） = ${fmtInt(personTimes)}人次 ÷ 336,400（常住人口33.64万，退回修改前的33.12万不用） = ${pct2(personTimes, 336400)}，在0.8%-1%之间 → 8（PX-01填${fmtInt(statedPT)}人次含9月）；脱贫劳动力台账有劳动能力${eligible.length + migrants.length}人，其中“外出务工（…）”${migrants.length}人 → 应培训48人（本地务工、在家务农都不是外出务工）；签到表里出现的（身份证号末位小写x与台账大写X是同一人）截止日前24人（5人参加两期只算一次；返乡专场3名外出务工人员、2名台账外人员不算；第六期才参加的4人不算） → 24/48 = 50% ≥ 50% → 10（PX-03填26人，以名单为准）；合计18（自评20）`,
    "info.disclosure: XX-01-1至XX-01-4创建方案、项目基本信息、建设进度、监督举报窗口都是1 → 2；专栏网页复制的列表，每条标题后面是发布日期：2020年9月至2021年8月每月都有发布（标题里的“（2021年7月）”是进度所属月份，不是发布日期） → 2；合计4",
    "info.reporting: 月报报送表是年×月的格子，格内是报送日：2020年12月“—”未报（与2021年1月一并报送），近一年12个月缺1个月 → 不定时 → 1；“含电商扶贫数据”行有√，XX-02-1也是1 → 3；合计4（自评6）",
    "promo.cases: 2021年6月22日向韶关市商务局报送经验材料 → 2",
    "promo.media: 截止日前：省级（广东广播电视台2021-06-18、南方日报2021-07-12） → 4，市级（韶关日报2021-03-05） → 3，县级（南雄电视台2020-11-06） → 1；人民网2021年9月2日在截止日后；合计8",
    "fund.system: ZJ-01-2评判得分4 → 4",
    "fund.ledger: ZJ-02-2评判得分4 → 4",
    `fund.spending: 资金台账“金额（元）”列里“12.5万”“13.8万”“9.6万”是万元、“８６，０００”是全角数字；截止日前12笔（“2021年8月”只到月，算8月）共${fmtMoney(spentPre)}元 ÷ 5,000,000 = 70.84% ≥ 70% → 资金及时拨付评判得分4 → 4（漏掉万元和全角单元格只有${pct2(spentNumOnly, ALLOC)}，会倒扣5分；9月两笔35万元不算）`,
    "bonus.poorTraining: 24/48 = 50% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例在广东广播电视台《广东新闻联播》（省级电视）播报 → 1（不是国家级，自评2）",
    "veto.incident: FJ-01填0（否） → 不否决",
    "veto.progress: ZJ-00-3项目总体进度80% ≥ 40% → 不否决",
    "veto.fraud: FJ-02填0（否） → 不否决",
  ];
  return {
    description:
      "韶关南雄市商务局整本工作簿。“考评系统导出”是省考评管理系统导出的长表（序号|指标编码|一级指标|二级指标|填报项|填报值|计量单位|附件数|审核状态|审核意见），一行一个填报项：是否题填1/0（单位“是否（1是0否）”），日期填“20201216”，常住人口有两行（33.12万人“退回修改”、33.64万人“审核通过”，取后者），零售额单位万元，累计拨付354.18万元；各指标的“自评得分”行是县的自评分，“评判得分”行是评判项。“村居名单”镇列向下合并，村名后“★”是省定贫困村，“快递进村”两个村“未通（2021年9月开通）”。“站点（系统导出）”的村要从“所属区域”路径（广东省/韶关市/南雄市/镇/村委会）末级读，开通时间是“2021-03-05 09:32:11”式文字，含县级运营中心、镇级服务中心（在社区）和一条路径只到镇的站点。“普及培训台账”按期登记参训人次（有日期段），两期在9月；“脱贫户培训签到”是一张表里上下排六期，每期标题行写培训日期（“2021.2.5”“2021年5月12日—13日”等），身份证号有小写x。“脱贫劳动力台账”劳动能力有/无/丧失，务工情况“外出务工（东莞）”“本地务工（镇内）”“在家务农”。“产业园企业”上面是在园企业、下面另起“已退园企业”表（有退园时间）。“资金台账”金额（元）列混有“12.5万”和全角“８６，０００”，一笔日期只到月，两笔在9月。“月报报送”是年份×月份格子（格内是报送日，下一行“含电商扶贫数据”打√），2020年12月“—”。“专栏（网页复制）”是政府网站列表页复制下来的，每格“· 标题　　2021-08-06”。“宣传报道”“经验材料”。",
    sheets: [
      { name: "考评系统导出", rows: F, merges: ["A1:J1", "A2:J2"] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点（系统导出）", rows: sRows },
      { name: "普及培训台账", rows: tRows, merges: ["A1:G1"] },
      { name: "脱贫劳动力台账", rows: pRows, merges: pMerges },
      { name: "脱贫户培训签到", rows: gRows, merges: gMerges },
      { name: "产业园企业", rows: eRows, merges: eMerges },
      { name: "资金台账", rows: fRows, merges: ["A1:G1", "A2:G2"] },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏（网页复制）", rows: wRows },
      { name: "宣传报道", rows: meRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: caRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 潮州饶平县: 目标任务与完成情况对照表 (read 完成情况, not 目标任务), a 自评分 table below
// =====================================================================================================
function buildF1() {
  const rows = [["饶平县电子商务进农村综合示范创建目标任务完成情况对照表"],
    ["（截至2021年8月31日）"],
    ["填报单位：饶平县商务局　　　　　　　　　　　　　　　　　　填报日期：2021年9月8日"],
    ["县域概况：全县辖21个镇，行政村352个、社区居委会41个，常住人口87.87万人（第七次全国人口普查），省定贫困村42个。"],
    ["序号", "重点任务", "目标任务（《实施方案》）", "完成情况", "是否完成", "佐证材料"]];
  const merges = ["A1:F1", "A2:F2", "A3:F3", "A4:F4"];
  const T = [
    ["组织领导", "成立由县政府主要领导任组长的创建工作领导小组，相关部门参与",
      "已成立。县委副书记、县长任组长，分管副县长任常务副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县供销社、县邮政分公司。", "✔", "饶府办函〔2020〕17号"],
    ["方案制定", "2020年3月底前印发创建实施方案", "已于2020年4月8日正式印发（饶府办〔2020〕21号）。", "✔（逾期8天）", "方案文件"],
    ["政策支持", "出台支持农村电商发展的扶持政策", "已出台《饶平县农村电子商务发展扶持办法》（饶府〔2020〕45号），已兑现奖补资金23.6万元。", "✔", "政策文件、兑现凭证"],
    ["县级电子商务公共服务中心", "2020年9月底前建成投入运营", "2020年10月28日投入运营（比计划推迟约1个月），面积1,600平方米。", "✔", "运营协议、照片"],
    ["公共服务中心服务功能", "①免费培训场所及设备；②农特产品免费展示销售；③免费摄影美工；④统一推广与品牌建设；⑤其他衍生增值服务",
      "①已具备（培训教室1间、电脑48台）；②已具备；③未开展（摄影棚拟于2021年10月投用）；④已具备（“饶平单丛”“饶平狮头鹅”区域公共品牌）；⑤已具备（代办营业执照、小额信贷对接）。", "部分完成", "服务台账"],
    ["电商产业园", "整合建设县电商产业园，入驻企业20家以上，类型不少于3类", "已整合建成饶平县电子商务产业园（黄冈镇），入驻企业24家，含平台、销售、运营、物流四类。", "✔", "入驻企业名单"],
    ["村级站点", "行政村覆盖率70%以上，省定贫困村全覆盖", "已建站点覆盖行政村268个，覆盖率76.1%；42个省定贫困村全覆盖。", "✔", "站点台账"],
    ["第三方运营服务", "引进专业电子商务运营服务商", "已引进潮州市饶商电子商务服务有限公司负责公共服务中心运营。", "✔", "运营合同"],
    ["物流快递", "行政村物流快递覆盖率达100%", "已覆盖338个行政村，覆盖率96.0%（14个海岛、边远山村未通快递）。", "✘", "邮政管理部门证明"],
    ["农村网络零售额", "2020年农村网络零售额同比增长30%以上", "2020年农村网络零售额38.46亿元（2019年29.87亿元），同比增长28.8%。", "✘", "省商务厅统计数据"],
    ["农产品网络零售额", "2020年农产品网络零售额同比增长30%以上", "2020年农产品网络零售额7.92亿元，同比增长35.2%。", "✔", "省商务厅统计数据"],
    ["普及性培训", "普及性培训覆盖常住人口1%以上（以50万人为基数，即5,000人次）", "累计开展培训186期，培训9,135人次。", "✔", "培训台账、签到表"],
    ["贫困人口培训", "有劳动能力的建档立卡贫困人口培训率50%以上（约1,300人）",
      "经县乡村振兴局确认，有劳动能力的建档立卡贫困人口（不含外出务工）2,476人，已参加电商培训1,318人，培训率53.2%。", "✔", "贫困户参训名单"],
    ["信息公开", "在县政府网站设立专栏，公开创建方案、项目基本信息、建设进度，设立征求意见或监督举报窗口，按月更新",
      "已在县政府网站设立专栏，公开创建方案、项目基本信息和项目建设进度；征求意见、监督举报窗口尚未设立；2021年以来每月更新。", "部分完成", "网页截图"],
    ["数据报送", "每月向市商务局报送工作进展，统计电商扶贫情况", "每月10日前向潮州市商务局报送工作进展；已建立电商扶贫统计制度，能按季度统计电商扶贫情况。", "✔", "报送记录"],
    ["资金拨付", "省级资金500万元，2021年8月底前支出率达90%以上", "省级资金500万元已全部下达，累计拨付386.7万元，支出率77.3%。", "✘", "拨付凭证"],
    ["资金管理制度", "制定专项资金管理办法", "已制定《饶平县电子商务进农村综合示范专项资金管理办法》（饶商务〔2020〕9号）。", "✔", "制度文件"],
    ["资金台账", "项目承建单位建立资金专用台账", "各承建单位均已建立资金专用台账。", "✔", "资金台账"],
    ["总体进度", "2021年8月底前完成全部建设任务", "项目总体进度约85%，冷链及溯源系统尚在建设。", "✘", "进度表"],
  ];
  T.forEach((t, j) => rows.push([j + 1].concat(t)));
  rows.push(["备注：创建期间未发生安全生产、质量事故或重大经济损失和社会不良影响，不存在弄虚作假情况。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push([]);
  rows.push(["附表：定性指标自评分"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评价指标", "分值范围", "自评分", "自评理由", null]);
  merges.push(`E${rows.length}:F${rows.length}`);
  const J = [["方案制定", "1-2分", 2, "方案因地制宜，可操作性强"], ["政策支持", "1-2分", 2, "扶持办法已兑现"], ["项目管理制度", "1-2分", 2, "建设、验收严格执行制度"],
    ["工作台账", "1-2分", 1, "部分台账记录不完整"], ["网销调研", "1-2分", 2, "形成调研报告和建议"], ["网络促销活动", "1-2分", 2, "单丛茶网络节成效明显"],
    ["交易标准与冷链溯源", "1-2分", 1, "冷链溯源系统在建"], ["资金管理制度", "1-5分", 5, "制度健全并落实"], ["资金台账", "1-5分", 4, "承建单位台账完整"], ["资金及时拨付", "1-5分", 4, "按进度拨付"]];
  J.forEach(([n, r, p, why], j) => {
    rows.push([j + 1, n, r, p, why, null]);
    merges.push(`E${rows.length}:F${rows.length}`);
  });
  rows.push([]);
  rows.push(["填表人：詹××　　审核人：余××　　联系电话：0768-8xxxxxx"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(pct1(3846 - 2987, 2987) === "28.8%" && pct1(338, 352) === "96.0%" && 352 - 338 === 14, "f1 growth and express figures");
  assert(pct1(1318, 2476) === "53.2%" && pct1(3867000, 5000000) === "77.3%" && pct1(268, 352) === "76.1%", "f1 rates agree");
  return {
    description:
      "潮州饶平县商务局“目标任务完成情况对照表”：序号|重点任务|目标任务（实施方案）|完成情况|是否完成|佐证材料。要读“完成情况”列，不读“目标任务”列（目标里的“5,000人次”“约1,300人”“支出率达90%”“2020年9月底前建成”都不是输入）。标题下“（截至2021年8月31日）”是截止日期；县域概况一行给常住人口87.87万人、行政村352个（社区41个不算）、省定贫困村42个。组织领导：县长任组长，成员有商务、财政、农业农村、乡村振兴 → principal-all；方案已印发；政策已出台；中心2020年10月28日投入运营；五项服务①②④⑤已具备、③摄影美工“未开展”；产业园已建成；第三方有；快递96.0%（否）；农村网络零售额亿元两年都有，增长28.8%；农产品只给2020年7.92亿元和增速35.2%（2019年没写）；培训9,135人次；贫困人口2,476/1,318；专栏方案、项目信息、进度已公开，窗口未设立；能统计扶贫；资金500万元、累计拨付386.7万元；制度、台账已建立；总体进度约85%；备注行两项否决都没有。下面另有“附表：定性指标自评分”（分值范围列不是分数）。",
    sheets: [{ name: "任务完成情况对照表", rows, merges }],
    expect: {
      facts: {
        county: "饶平县", asOf: "2021-08-31", residentPopulation: 878700, adminVillagesStated: 352, poorVillagesStated: 42,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2987000000, ruralRetail2020: 3846000000, ruralRetailGrowthStated: 0.288,
        agriRetail2020: 792000000, agriRetailGrowthStated: 0.352,
        trainingPersonTimesStated: 9135, eligiblePoorPersonsStated: 2476, trainedPoorPersonsStated: 1318,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3867000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
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
// f2 — 汕尾陆河县: a 问卷星 export (one row per submission, a question per column, ┋ multi-select, matrix sub-columns)
// =====================================================================================================
function buildF2() {
  // [header, first submission (误填), second submission]
  const Q = [
    ["1、填报单位", "陆河县商务局", "陆河县商务局"],
    ["2、县（市、区）", "陆河县", "陆河县"],
    ["3、考评截止日期", "2021-08-31", "2021-08-31"],
    ["4、常住人口（万人）", "35.83", "25.83"],
    ["5、行政村数（个，不含社区居委会）", "119", "119"],
    ["6、省定贫困村数（个）", "21", "21"],
    ["7、领导小组组长（职务）", "县长", "县长"],
    ["8、领导小组成员单位（多选）", "商务部门┋财政部门┋农业农村部门┋交通运输部门┋邮政管理部门", "商务部门┋财政部门┋农业农村部门┋交通运输部门┋邮政管理部门"],
    ["9、示范县创建工作方案是否已正式印发", "是", "是"],
    ["10、是否已出台支持农村电商发展的政策", "否", "否"],
    ["11、县级电子商务公共服务中心投入运营日期", "2021-01-05", "2021-01-15"],
    ["12、公共服务中心提供以下哪些服务（多选）", "免费培训场所及设备┋特色农产品免费展示销售┋农产品统一推广与品牌建设", "免费培训场所及设备┋特色农产品免费展示销售┋农产品统一推广与品牌建设"],
    ["13、是否建设或整合、优化当地电商产业园", "否", "否"],
    ["14、当地是否有专业第三方电子商务运营或服务商", "是", "是"],
    ["15、行政村物流快递覆盖率是否达到100%", "是", "是"],
    ["16、2019年农村网络零售额（万元）", "52480", "52480"],
    ["17、2020年农村网络零售额（万元）", "69320", "69320"],
    ["18、2019年农产品网络零售额（万元）", "8615", "8615"],
    ["19、2020年农产品网络零售额（万元）", "10102", "10102"],
    ["20、累计开展电商培训人次", "2658", "2716"],
    ["21、有劳动能力的建档立卡贫困人口数（不含外出务工人员）", "842", "842"],
    ["22、参加电商培训的建档立卡贫困人口数", "371", "371"],
    ["23(创建方案)", "是", "是"],
    ["23(项目基本信息)", "是", "是"],
    ["23(项目建设进度)", "否", "否"],
    ["23(征求意见或监督举报窗口)", "是", "是"],
    ["24、能否统计电商扶贫情况", "能", "能"],
    ["25、下达省级财政资金（万元）", "500", "500"],
    ["26、截至考评截止日期累计拨付资金（万元）", "298.6", "312.45"],
    ["27、是否已制定资金管理制度", "是", "是"],
    ["28、项目承建方是否已建立资金专用台账", "否", "是"],
    ["29、项目总体进度（%）", "78", "78"],
    ["30、是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "否", "否"],
    ["31、是否存在弄虚作假行为", "否", "否"],
    ["32(方案制定)", "2", "2"],
    ["32(政策支持)", "(跳过)", "(跳过)"],
    ["32(项目管理制度)", "2", "1"],
    ["32(工作台账)", "2", "2"],
    ["32(网销调研)", "1", "1"],
    ["32(网络促销活动)", "2", "2"],
    ["32(交易标准与冷链溯源)", "1", "1"],
    ["32(资金管理制度)", "4", "3"],
    ["32(资金台账)", "4", "4"],
    ["32(资金及时拨付)", "3", "3"],
    ["33、填报人及联系电话", "叶×× 0660-55xxxxx", "叶×× 0660-55xxxxx"],
  ];
  const head = ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP"].concat(Q.map((q) => q[0]));
  const r1 = [1, "2021/9/3 10:15:42", "845秒", "手机提交", "微信", "120.236.xx.xx(广东-汕尾)"].concat(Q.map((q) => q[1]));
  const r2 = [2, "2021/9/6 16:02:11", "1203秒", "链接", "直接访问", "183.6.xx.xx(广东-汕尾)"].concat(Q.map((q) => q[2]));
  const rows = [head, r1, r2, [], ["注：序号1为误填（常住人口、中心投入运营日期、培训人次、累计拨付等有误），以序号2为准。——陆河县商务局　叶××　2021年9月6日"]];
  const W = head.length;
  assert(r1.length === W && r2.length === W && W === 51, "f2 width " + W);
  assert(r1.slice(6).filter((v, j) => v !== r2[6 + j]).length === 7, "f2 seven answers differ between the submissions");
  assert(pct1(69320 - 52480, 52480) === "32.1%" && pct1(10102 - 8615, 8615) === "17.3%", "f2 growth (not stated in the sheet)");
  return {
    description:
      "汕尾陆河县商务局用问卷星填的“示范县创建情况填报”导出表（Sheet1）：第1行是表头（序号、提交答卷时间、所用时间、来源、来源详情、来自IP，后面每题一列），每次提交一行；有两次提交，第5行注明“序号1为误填……以序号2为准”，所以读第3行（常住人口25.83万人不是35.83，中心投入运营2021-01-15，培训2,716人次，累计拨付312.45万元，资金专用台账“是”，项目管理制度1分，资金管理制度3分）。多选题用“┋”连接：成员单位缺扶贫/乡村振兴 → principal（组长县长）；中心服务只选了免费培训、展示销售、品牌建设，摄影美工和其他增值服务没选（否）。矩阵题拆成“23(创建方案)”“32(方案制定)”这样的子列；“(跳过)”是没答（政策支持没有自评分，政策未出台）。产业园“否”。数字都是文字，单位在题目里（万人、万元、%）；零售额只有金额没有增速。",
    sheets: [{ name: "Sheet1", rows }],
    expect: {
      facts: {
        county: "陆河县", asOf: "2021-08-31", residentPopulation: 258300, adminVillagesStated: 119, poorVillagesStated: 21,
        planIssued: true, policyIssued: false, centerOpened: "2021-01-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 524800000, ruralRetail2020: 693200000, agriRetail2019: 86150000, agriRetail2020: 101020000,
        trainingPersonTimesStated: 2716, eligiblePoorPersonsStated: 842, trainedPoorPersonsStated: 371,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3124500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 梅州蕉岭县: the city's one-row-per-county template (two-row merged header, units in the header), only 蕉岭 filled
// =====================================================================================================
function buildF3() {
  // [group, [field, value for 蕉岭县]]
  const G = [
    [null, [["序号", null]]],
    [null, [["县（市、区）", "蕉岭县"]]],
    ["基本情况", [["常住人口（万人）", "２０．５６"], ["行政村（个）", 97], ["省定贫困村（个）", 17]]],
    ["组织领导", [["领导小组组长（职务）", "副县长"], ["成员单位", "商务、财政、农业农村、乡村振兴、交通运输、供销"]]],
    ["方案与政策", [["工作方案（印发文号）", "蕉府办函〔2020〕12号"], ["扶持政策（文件名称）", "《蕉岭县扶持农村电子商务发展的若干措施》"]]],
    ["县级电子商务公共服务中心", [["投入运营时间", "2020.12"], ["免费培训场所及设备", "√"], ["免费展示、销售", "√"], ["免费摄影、美工", null], ["统一推广与品牌建设", "√"], ["其他衍生增值服务", "×"]]],
    ["电商产业园", [["是否建成", "√"], ["入驻企业（家）", 22]]],
    ["农村产品上行", [["专业第三方运营服务商", "√"], ["行政村快递覆盖率", "100%"], ["2019年农村网络零售额（亿元）", "10.27"], ["2020年农村网络零售额（亿元）", "13.58"],
      ["2019年农产品网络零售额（亿元）", "1.64"], ["2020年农产品网络零售额（亿元）", "2.21"]]],
    ["电商人才培训", [["培训人次", "3,218（含线上）"], ["有劳动能力的建档立卡贫困人口（人，不含外出务工）", 526], ["其中参加培训（人）", 287]]],
    ["信息公开与报送", [["专栏公示创建方案", "√"], ["专栏公示项目基本信息", "√"], ["专栏公示建设进度", "√"], ["征求意见或监督举报窗口", "√"], ["能统计电商扶贫情况", "√"]]],
    ["财政资金管理（万元）", [["下达资金", 500], ["累计拨付", 403.52], ["支出率", "80.7%"], ["资金管理制度", "√"], ["资金专用台账", "√"]]],
    [null, [["项目总体进度", "88%"]]],
    ["一票否决事项", [["安全生产、质量事故或重大损失", "×"], ["弄虚作假", "×"]]],
    ["评判项自评分（分）", [["方案制定", 2], ["政策支持", 2], ["项目管理制度", 2], ["工作台账", 2], ["网销调研", 2], ["网络促销活动", 1], ["交易标准与冷链溯源", 1],
      ["资金管理制度", 5], ["资金台账", 4], ["资金及时拨付", 4]]],
    [null, [["备注", "培训人次含线上直播实名培训"]]],
  ];
  const fields = G.flatMap(([, fs]) => fs);
  const NC = fields.length;
  const last = colName(NC - 1);
  const rows = [["梅州市省级电子商务进农村综合示范县创建考评基础数据表"],
    ["填报单位：蕉岭县商务局（盖章）　　　　考评截止日期：2021年8月31日　　　　请于2021年9月10日前报市商务局电子商务科"]];
  const merges = [`A1:${last}1`, `A2:${last}2`];
  const g1 = [];
  const g2 = [];
  let c = 0;
  for (const [grp, fs] of G) {
    if (grp === null) {
      for (const [f] of fs) {
        g1.push(f);
        g2.push(null);
        merges.push(`${colName(c)}3:${colName(c)}4`);
        c++;
      }
    } else {
      g1.push(grp);
      for (let k = 1; k < fs.length; k++) g1.push(null);
      for (const [f] of fs) g2.push(f);
      if (fs.length > 1) merges.push(`${colName(c)}3:${colName(c + fs.length - 1)}3`);
      c += fs.length;
    }
  }
  rows.push(g1, g2);
  const COUNTIES = ["梅江区", "梅县区", "兴宁市", "平远县", "蕉岭县", "大埔县", "丰顺县", "五华县"];
  COUNTIES.forEach((name, j) => {
    const r = fields.map(([f, v]) => (name === "蕉岭县" ? v : null));
    r[0] = j + 1;
    r[1] = name;
    rows.push(r);
  });
  // the template's 合计 row: SUM formulas, cached values (text cells do not add up)
  const tot = fields.map(([f, v]) => (typeof v === "number" && !/方案制定|政策支持|管理制度|工作台账|网销|促销|交易标准|资金台账|及时拨付/.test(f) ? v : null));
  tot[0] = "全市合计";
  tot[1] = null;
  rows.push(tot);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(["填表说明：1．“是/否”类栏目填“√”或“×”；2．资金单位为万元，零售额单位为亿元；3．各县（市、区）只填本县一行，数据截至考评截止日期。"]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  rows.push(["填表人：古××　　联系电话：0753-7xxxxxx"]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  assert(NC === 50 && last === "AX", "f3 50 columns " + NC + " " + last);
  assert(fields.filter(([f]) => f === "资金管理制度").length === 2, "f3 资金管理制度 twice (fact and judged)");
  assert(pct1(4035200, 5000000) === "80.7%", "f3 支出率");
  return {
    description:
      "梅州市商务局下发的“考评基础数据表”模板，蕉岭县商务局填回：一县一行，八个县（区）都列着，只有蕉岭县那行有数（其他县空行），最下面“全市合计”是公式结果（不是蕉岭的输入）。表头两行：第3行是合并的分组（基本情况、组织领导、方案与政策、县级电子商务公共服务中心、……、评判项自评分（分）），第4行是字段；单位在表头里（常住人口万人、零售额亿元、资金万元）。填报单位和考评截止日期在第2行。常住人口是全角“２０．５６”；组长“副县长” → deputy；方案写的是印发文号（已印发），政策写文件名（已出台）；中心“2020.12”只到月；“免费摄影、美工”一格空着（没有回答，不列）；其他增值服务×；产业园√；快递“100%”；培训人次“3,218（含线上）”；“支出率”“入驻企业”不是输入。“资金管理制度”出现两次：财政资金管理组里的√是已制定制度，评判项组里的5是自评分。",
    sheets: [{ name: "各县填报", rows, merges }],
    expect: {
      facts: {
        county: "蕉岭县", asOf: "2021-08-31", residentPopulation: 205600, adminVillagesStated: 97, poorVillagesStated: 17,
        planIssued: true, policyIssued: true, centerOpened: "2020-12", centerFreeTraining: true, centerDisplay: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1027000000, ruralRetail2020: 1358000000, agriRetail2019: 164000000, agriRetail2020: 221000000,
        trainingPersonTimesStated: 3218, eligiblePoorPersonsStated: 526, trainedPoorPersonsStated: 287,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4035200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// l1 — 揭阳惠来县: sessions (人次 as text, a cancelled class), the 防返贫系统 export, a poor-trainee list with several
//      dates in a cell, a pivot table, media with 中央级/地市级 wording
// =====================================================================================================
function buildL1() {
  const REGION = "445224";
  const cover = [["惠来县电子商务进农村综合示范项目"], ["工　作　台　账"], ["（培训及宣传类）"], [], ["台账期间：2020年9月—2021年9月"], ["惠来县商务局"], ["二〇二一年十月"]];

  // ---------------- 脱贫人口（系统导出）
  // A 普通劳动力·在家务农; S 技能劳动力·省外务工; P 普通劳动力·县外省内务工; C 普通劳动力·县内务工; T 技能劳动力·乡镇内务工;
  // N 无劳动力（老人）; K 无劳动力（在校生）; L 丧失劳动力
  const HH = ["ASN", "CAK", "PAK", "ATL", "SSNK", "AC", "TAKK", "PPN", "AAL", "CTK", "ASK", "AAN"];
  const TOWNS = [["葵潭镇", ["白石村", "新联村", "坪山村"]], ["隆江镇", ["东光村", "孔美村"]], ["东陇镇", ["华朗村", "宝地村"]], ["鳌江镇", ["新圩村", "西潭村"]]];
  const vil = TOWNS.flatMap(([t, vs]) => vs.map((v) => [t, v]));
  const SKILL = { A: "普通劳动力", S: "技能劳动力", P: "普通劳动力", C: "普通劳动力", T: "技能劳动力", N: "无劳动力", K: "无劳动力", L: "丧失劳动力" };
  const WORK = { A: "在家务农", S: "省外务工", P: "县外省内务工", C: "县内务工", T: "乡镇内务工", N: "—", K: "—", L: "—" };
  const pRows = [["全国防返贫监测信息系统　脱贫人口信息"], [null], ["序号", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "劳动技能", "务工状况", "务工时间（月）", "在校生状况", "脱贫年度"]];
  const persons = [];
  HH.forEach((hh, h) => {
    const [town, v] = vil[h % vil.length];
    const hid = `4452242${String(10 + h * 7).padStart(3, "0")}${String(rint(1000, 9999))}`;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    hh.split("").forEach((c, j) => {
      const labour = !"NKL".includes(c);
      const male = j === 0 ? rnd() < 0.8 : rnd() < 0.5;
      const birth = c === "N" ? birthBetween(1938, 1953) : c === "K" ? birthBetween(2004, 2014) : c === "L" ? birthBetween(1958, 1975) : j <= 1 ? birthBetween(1966, 1986) : birthBetween(1990, 2002);
      const id = makeId(REGION, birth, male, (h === 1 && j === 1) || (h === 9 && j === 0) ? true : undefined);
      const rel = j === 0 ? "户主" : c === "L" ? "兄弟姐妹" : c === "K" ? (male ? "之子" : "之女") : c === "N" ? (male ? "之父" : "之母") : j === 1 ? "配偶" : (male ? "之子" : "之女");
      const months = c === "S" || c === "P" ? rint(9, 12) : c === "C" || c === "T" ? rint(5, 12) : null;
      const age = ageOn(birth, "2021-03-18");
      const school = c === "K" ? (age < 12 ? "小学" : age < 15 ? "初中" : rnd() < 0.5 ? "高中" : "中职") : "非在校生";
      const name = j === 0 || c === "K" ? personName(sn) : personName();
      persons.push({ id, name, c, town, v, labour, migrant: labour ? c === "S" || c === "P" : null });
      pRows.push([persons.length, town, v, hid, name, id, rel, SKILL[c], WORK[c], months, school, h % 3 === 0 ? "2019年" : "2020年"]);
    });
  });
  pRows[1][0] = `导出条件：省=广东省；市=揭阳市；县=惠来县；户类型=脱贫户　　导出时间：2021-03-18 09:41:27　　共${persons.length}人`;
  const poorRecs = persons.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant }));
  assert(persons.length === 37 && persons.filter((p) => p.labour).length === 24 && persons.filter((p) => p.migrant).length === 7, "l1 roster " + persons.length + "/" + persons.filter((p) => p.labour).length + "/" + persons.filter((p) => p.migrant).length);
  assert(persons.filter((p) => p.c === "C" || p.c === "T").length === 6, "l1 six local workers (not migrants)");

  // ---------------- 培训台账: sessions; 参训人数 as number, "78人", "165（线上120、线下45）", full-width; a cancelled class
  const SES = [
    [D("2020-09-22"), "2020-09-22", "惠来县农村电商基础知识培训（第一期）", "县电子商务公共服务中心", 86, null],
    ["20.10.15", "2020-10-15", "网店开设与运营培训", "县电子商务公共服务中心", "78人", null],
    ["2020.11.5", "2020-11-05", "脱贫户电商技能专题培训（一）", "葵潭镇政府会议室", 52, "P1"],
    ["2020年12月8日—10日", "2020-12-10", "直播带货实操培训", "县电子商务公共服务中心、线上直播间", "165（线上120、线下45）", null],
    ["2021年1月", "2021-01", "返乡青年电商创业培训", "县电子商务公共服务中心", 64, null],
    ["21.3.2-3", "2021-03-03", "农产品包装与品牌培训", "隆江镇文化站", "１０２", null],
    ["2021.4.9", "2021-04-09", "脱贫户电商技能专题培训（二）", "东陇镇政府会议室", 48, "P2"],
    ["2021.6.8", null, "短视频拍摄与剪辑培训", "县电子商务公共服务中心", "—", null],
    [D("2021-07-14"), "2021-07-14", "电商客服与物流培训", "县电子商务公共服务中心", 91, null],
    ["2021/8/17", "2021-08-17", "脱贫户电商技能专题培训（三）", "鳌江镇政府会议室", 56, "P3"],
    ["2021年9月9日", "2021-09-09", "跨境电商入门培训", "县电子商务公共服务中心", 73, null],
  ];
  const PN = (x) => (typeof x === "number" ? x : x === "—" ? null : x === "１０２" ? 102 : Number(String(x).replace(/[人（].*$/, "")));
  // poor attendees: labour-capable persons (and one migrant home for the first class), by session
  const lab = shuffle(persons.filter((p) => p.labour));
  const ATT = { P1: lab.slice(0, 8), P2: lab.slice(5, 12), P3: lab.slice(10, 17) };
  ATT.P3.push(lab[6]); // a third class for one of them
  const sesIso = { P1: "2020-11-05", P2: "2021-04-09", P3: "2021-08-17" };
  const sesText = { P1: "2020.11.5", P2: "2021.4.9", P3: "2021.8.17" };
  const attendees = [];
  for (const k of ["P1", "P2", "P3"]) for (const p of ATT[k]) if (!attendees.includes(p)) attendees.push(p);
  const poorCount = { P1: ATT.P1.length, P2: ATT.P2.length, P3: ATT.P3.length };
  const tRows = [["惠来县电子商务培训台账"], ["序号", "培训时间", "培训班名称", "主办单位", "培训地点", "参训人数", "其中脱贫户（人）", "备注"]];
  const tRecs = [];
  SES.forEach(([dc, iso, name, place, n, pk], j) => {
    const cancelled = n === "—";
    tRows.push([j + 1, dc, name, "惠来县商务局", place, n, pk ? poorCount[pk] : null, cancelled ? "因疫情防控取消" : pk ? "名单见《脱贫户参训名单》" : null]);
    if (!cancelled) tRecs.push({ date: iso, personTimes: PN(n) });
  });
  const totalPT = sum(tRecs.map((r) => r.personTimes));
  tRows.push(["合计", null, null, null, null, totalPT, sum(Object.values(poorCount)), null]);
  tRows.push(["注：参训人数含线上实名参训人员。"]);
  assert(tRecs.length === 10 && totalPT === 86 + 78 + 52 + 165 + 64 + 102 + 48 + 91 + 56 + 73, "l1 ten sessions " + totalPT);
  assert(SES.every(([, , , , n, pk]) => !pk || poorCount[pk] <= n), "l1 poor trainees within the class size");

  // ---------------- 脱贫户参训名单: several dates in one cell
  const lRows = [["惠来县脱贫户电商培训参训名单"], ["（本名单人员已计入《培训台账》参训人数）"],
    ["序号", "姓名", "身份证号码", "乡镇", "行政村", "参训日期（参加多期的逐一列明）", "参训次数"]];
  const lRecs = [];
  let xLower = false;
  let spaced = false;
  attendees.forEach((p, j) => {
    const ks = ["P1", "P2", "P3"].filter((k) => ATT[k].includes(p));
    let idText = p.id;
    if (isX(p.id) && !xLower) {
      idText = p.id.slice(0, 17) + "x";
      xLower = true;
    } else if (!spaced && j === 4) {
      idText = spacedId(p.id);
      spaced = true;
    }
    lRows.push([j + 1, p.name, idText, p.town, p.v, ks.map((k) => sesText[k]).join("、"), ks.length]);
    for (const k of ks) lRecs.push({ date: sesIso[k], personTimes: 1, id: p.id });
  });
  lRows.push(["合计", null, `${attendees.length}人`, null, null, null, lRecs.length]);
  assert(xLower && spaced, "l1 a lower-case x and a spaced id");
  assert(lRecs.length === sum(Object.values(poorCount)) && lRecs.length === 23, "l1 23 attendances " + lRecs.length);
  assert(attendees.filter((p) => ["P1", "P2", "P3"].filter((k) => ATT[k].includes(p)).length > 1).length >= 4, "l1 several persons in two or three classes");
  assert(attendees.some((p) => p.migrant), "l1 a migrant worker among the trainees (the list records it anyway)");

  // ---------------- 培训汇总（透视表）
  const byYear = countBy(SES, (s) => (s[1] ? s[1].slice(0, 4) : "2021"));
  const pv = [["计数项:培训班名称", null], ["行标签", "汇总"], ["2020年", byYear.get("2020")], ["2021年", byYear.get("2021")], ["总计", SES.length]];

  // ---------------- 宣传报道
  const MED = [
    ["2020年10月21日", "2020-10-21", "惠来县融媒体中心《惠来新闻》", "县级", "电视新闻", "电商服务站让山货出村", "county", true],
    ["21/1/13", "2021-01-13", "揭阳日报", "地市级", "报纸", "惠来：电商培训送到脱贫户家门口", "city", false],
    [D("2021-03-18"), "2021-03-18", "学习强国·广东学习平台", "省级", "网络", "惠来荔枝“云”上走俏", "province", false],
    ["2021.5.26", "2021-05-26", "揭阳广播电视台《揭阳新闻》", "地市级", "电视新闻", "直播间里卖鲍鱼", "city", true],
    ["2021年7月8日", "2021-07-08", "中央广播电视总台农业农村频道（CCTV-17）", "中央级", "电视新闻", "广东惠来：脱贫户搭上电商快车", "national", true],
    ["2021年8月", "2021-08", "惠来县融媒体中心视频号", "县级", "新媒体（视频号）", "跟着站长去直播", "county", false],
    ["2021.9.15", "2021-09-15", "南方农村报", "省级", "报纸", "惠来县电商进农村综合示范见成效", "province", false],
  ];
  const mRows = [["惠来县电子商务进农村宣传报道台账"], ["序号", "报道时间", "媒体名称", "媒体层级", "报道形式", "报道标题", "备注"]];
  MED.forEach(([dc, , m, lv, form, title], j) => mRows.push([j + 1, dc, m, lv, form, `《${title}》`, j === 4 ? "电商扶贫典型案例" : null]));
  const mRecs = MED.map(([, iso, , , , , level, tv]) => ({ date: iso, level, tv }));

  return {
    description:
      "揭阳惠来县商务局培训及宣传类台账。“封面”和“培训汇总（透视表）”（计数项:培训班名称）不是台账。“培训台账”一行一期：培训时间有日期单元格、“20.10.15”两位年份、“2021年1月”只到月、“2020年12月8日—10日”和“21.3.2-3”（日期段读到结束日）；参训人数有数字、“78人”、“165（线上120、线下45）”（读165）、全角“１０２”；“其中脱贫户”是参训人数的一部分，不是另外的人次；2021.6.8那期“—”“因疫情防控取消”不是记录；合计行不是记录；2021年9月9日那期是记录。“脱贫人口（系统导出）”是防返贫监测系统导出（第2行是导出条件），劳动技能：普通劳动力/技能劳动力是有劳动能力，无劳动力/丧失劳动力不是；务工状况：省外务工、县外省内务工是外出务工，县内务工、乡镇内务工、在家务农不是；无劳动力的人务工状况“—”（不适用）。“脱贫户参训名单”一行一人，“参训日期”格里用“、”列出参加的几期（每期一条记录），一个身份证号末位小写x、一个中间有空格。“宣传报道”媒体层级写“中央级”（国家级）、“地市级”（市级）；报道形式“电视新闻”是电视，“新媒体（视频号）”“网络”不是；一条只到月（2021年8月），一条在2021年9月。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "培训台账", rows: tRows, merges: ["A1:H1"] },
      { name: "脱贫人口（系统导出）", rows: pRows, merges: ["A1:L1", "A2:L2"] },
      { name: "脱贫户参训名单", rows: lRows, merges: ["A1:G1", "A2:G2"] },
      { name: "培训汇总（透视表）", rows: pv },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "培训台账": { kind: "training", records: tRecs },
        "脱贫人口（系统导出）": { kind: "poorPersons", records: poorRecs },
        "脱贫户参训名单": { kind: "training", records: lRecs },
        "培训汇总（透视表）": { kind: null },
        "宣传报道": { kind: "media", records: mRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 河源连平县: villages as a town × name matrix, stations with 年|月|日 columns, funds one row per project with
//      repeated 拨付 column groups, the month reports as a sent-mail export, a station summary by town
// =====================================================================================================
function buildL2() {
  const TOWNS = [["元善镇", 14, ["城东社区", "城西社区", "城南社区", "城北社区", "东门社区", "西门社区"]], ["上坪镇", 10, ["上坪社区"]], ["内莞镇", 8, ["内莞社区"]],
    ["陂头镇", 9, ["陂头社区"]], ["溪山镇", 7, ["溪山社区"]], ["隆街镇", 12, ["隆街社区"]], ["田源镇", 10, ["田源社区"]], ["油溪镇", 11, ["油溪社区"]],
    ["忠信镇", 16, ["忠信社区", "新城社区"]], ["高莞镇", 8, ["高莞社区"]], ["大湖镇", 9, ["大湖社区"]], ["三角镇", 7, ["三角社区"]], ["绣缎镇", 10, ["绣缎社区"]]];
  const namer = villageNamer("大小新旧东西南北上中下龙石黄白金高水马安福富和平长兴仁德桃花茶", ["塘", "田", "坪", "岭", "头", "坑", "坝", "湾", "围", "洞", "陂", "径", "山", "岗", "背", "排"]);
  const newName = noDupNamer(namer, TOWNS.map(([t]) => t.slice(0, 2)).concat(["城东", "城西", "城南", "城北", "东门", "西门", "新城"]));
  const towns = TOWNS.map(([town, nv, cs]) => ({ town, vs: Array.from({ length: nv }, () => newName()), cs }));
  const admin = towns.flatMap((t) => t.vs);
  assert(admin.length === 131, "l2 131 villages");
  const poor = new Set();
  towns.forEach((t, ti) => {
    poor.add(t.vs[(ti * 3) % t.vs.length]);
    if (t.vs.length >= 10) poor.add(t.vs[(ti * 5 + 4) % t.vs.length]);
  });
  const MAXV = Math.max(...towns.map((t) => t.vs.length));
  const NC = 3 + MAXV;
  const last = colName(NC - 1);
  const vRows = [["连平县各镇行政村一览表"], ["序号", "镇", "村委会数", "村委会名称"].concat(Array(MAXV - 1).fill(null))];
  const vMerges = [`A1:${last}1`, `D2:${last}2`];
  const vRecs = [];
  towns.forEach((t, ti) => {
    const r = [ti + 1, t.town, t.vs.length].concat(t.vs.map((v) => (poor.has(v) ? `${v}（贫）` : v)));
    while (r.length < NC) r.push(null);
    vRows.push(r);
    for (const v of t.vs) vRecs.push({ name: v, admin: true, poor: poor.has(v) });
  });
  vRows.push(["合计", null, admin.length].concat(Array(MAXV).fill(null)));
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  vRows.push([`注：村名后标“（贫）”的为省定贫困村，共${poor.size}个。`]);
  vMerges.push(`A${vRows.length}:${last}${vRows.length}`);
  vRows.push([]);
  vRows.push(["附：社区居委会"]);
  vMerges.push(`A${vRows.length}:${last}${vRows.length}`);
  vRows.push(["序号", "镇", "社区数", "社区居委会名称"]);
  towns.forEach((t, ti) => {
    vRows.push([ti + 1, t.town, t.cs.length].concat(t.cs));
    for (const c of t.cs) vRecs.push({ name: c, admin: false });
  });
  assert(poor.size >= 16 && vRecs.filter((r) => r.admin === false).length === 19, "l2 poor " + poor.size + ", 19 communities");

  // ---------------- 站点建设台账: 建成时间 as 年 | 月 | 日 under a merged group cell (three-row header)
  const pick = [];
  towns.forEach((t, ti) => {
    const k = Math.max(1, Math.round(t.vs.length * 0.35));
    for (const v of shuffle(t.vs).slice(0, k)) pick.push({ town: t.town, v });
  });
  const ST = pick.map((p) => ({ ...p, iso: randIsoBetween("2020-06-01", "2021-08-25") }));
  ST.push({ town: "元善镇", v: "城北社区", iso: "2020-09-18", comm: true });
  ST.push({ town: "忠信镇", v: pick.find((p) => p.town === "忠信镇").v, iso: "2021-05-06", second: true });
  ST.push({ town: "绣缎镇", v: towns[12].vs.find((v) => !pick.some((p) => p.v === v)), iso: "2021-09-14" });
  ST.sort((a, b) => cmp(a.iso, b.iso));
  const sRows = [["连平县村级电子商务服务站点建设台账"],
    ["序号", "站点名称", "所在镇", "所在村（社区）", "建成时间", null, null, "面积（㎡）", "站长", "联系电话", "运营主体"],
    [null, null, null, null, "年", "月", "日", null, null, null, null]];
  const sMerges = ["A1:K1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3", "J2:J3", "K2:K3"];
  const sRecs = [];
  let monthOnly = 0;
  const j21 = ST.findIndex((s) => s.iso >= "2021-02-01" && !s.second && !s.comm);
  ST.forEach((s, j) => {
    const [y, m, d] = ymd(s.iso);
    const noDay = !s.second && !s.comm && s.iso < "2021-08-01" && (j === 5 || j === 17);
    const yCell = j === j21 ? "21" : j === j21 + 3 ? `${y}年` : y;
    const vCell = s.comm ? s.v : j % 4 === 1 ? `${s.v}委会` : s.v;
    const nm = s.comm ? "元善镇城北社区电商服务站" : s.second ? `${s.v.replace(/村$/, "")}村第二电商服务点` : `${s.v.replace(/村$/, "")}村电商服务站`;
    sRows.push([j + 1, nm, s.town, vCell, yCell, m, noDay ? null : d, rint(20, 80), personName(), mask(phone()), ["中国邮政连平县分公司", "连平县供销社", "村集体经济合作社"][j % 3]]);
    if (noDay) monthOnly++;
    sRecs.push({ village: s.v, opened: noDay ? s.iso.slice(0, 7) : s.iso });
  });
  sRows.push(["合计", null, null, `${ST.length}个站点`, null, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:C${sRows.length}`);
  sRows.push(["注：“日”空白的为只记录到月份的站点。"]);
  sMerges.push(`A${sRows.length}:K${sRows.length}`);
  assert(monthOnly === 2 && j21 > 0 && ST[j21].iso.startsWith("2021") && ST[j21 + 3].iso.startsWith("2021"), "l2 two month-only stations, a two-digit year in 2021 " + monthOnly);

  // ---------------- 资金拨付台账（按项目）: three 拨付 column groups per row
  const PRJ = [
    ["县级电子商务公共服务中心建设", "连平县电商运营服务有限公司", 1200000, [[D("2020-10-16"), "2020-10-16", 360000, 360000], ["2021.3.5", "2021-03-05", "￥480,000.00", 480000], [20210826, "2021-08-26", 240000, 240000]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司连平县分公司", 960000, [["2020年12月30日", "2020-12-30", 288000, 288000], [D("2021-06-18"), "2021-06-18", 384000, 384000]]],
    ["县乡村三级物流配送体系建设", "连平县顺达物流有限公司", 850000, [["2021.1.22", "2021-01-22", "25.5万", 255000], ["2021.7.9", "2021-07-09", 340000, 340000], ["2021.9.28", "2021-09-28", 170000, 170000]]],
    ["电商人才培训", "河源市粤东职业培训学校", 480000, [[D("2020-11-25"), "2020-11-25", 144000, 144000], ["2021.5.14", "2021-05-14", "￥192,000.00", 192000], ["2021年9月6日", "2021-09-06", 96000, 96000]]],
    ["农产品品牌培育与营销推广", "河源市品创营销策划有限公司", 520000, [[20210310, "2021-03-10", 156000, 156000], ["2021.8.20", "2021-08-20", "20.8万", 208000]]],
    ["冷链及农产品溯源系统", "广东粤冷链科技有限公司", 600000, [["2021.4.28", "2021-04-28", 180000, 180000]]],
    ["公共信息服务平台", "河源市数联网络科技有限公司", 390000, [[D("2021-02-03"), "2021-02-03", 117000, 117000], ["2021.6.30", "2021-06-30", 156000, 156000]]],
  ];
  const fRows = [["连平县电子商务进农村综合示范项目资金拨付台账（按项目）"],
    ["序号", "项目名称", "承建单位", "合同金额（元）", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付（元）", "未拨付（元）"],
    [null, null, null, null, "日期", "金额（元）", "日期", "金额（元）", "日期", "金额（元）", null, null]];
  const fMerges = ["A1:L1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:J2", "K2:K3", "L2:L3"];
  const fRecs = [];
  let cTot = 0;
  let pTot = 0;
  PRJ.forEach(([name, who, contract, pays], j) => {
    const r = [j + 1, name, who, contract];
    let cum = 0;
    for (let k = 0; k < 3; k++) {
      const p = pays[k];
      if (p) {
        r.push(p[0], p[2]);
        cum += p[3];
        fRecs.push({ date: p[1], amount: p[3] });
      } else r.push(null, null);
    }
    r.push(cum, contract - cum);
    fRows.push(r);
    cTot += contract;
    pTot += cum;
  });
  fRows.push(["合计", null, null, cTot, null, null, null, null, null, null, pTot, cTot - pTot]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(["注：省级专项资金500万元；拨付日期以国库支付凭证日期为准。"]);
  fMerges.push(`A${fRows.length}:L${fRows.length}`);
  assert(cTot === 5000000 && pTot === 3766000 && fRecs.length === 16, "l2 contracts 500万, paid " + pTot + ", " + fRecs.length + " payments");
  assert(sum(fRecs.filter((r) => r.date <= "2021-08-31").map((r) => r.amount)) === 3500000, "l2 3,500,000 paid by the cut-off (70%)");

  // ---------------- 月报报送（邮箱导出）: sent-mail list, only the mails to 河源市商务局 are reports
  const MAIL = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    const iso = `${next}-${String(rint(2, 10)).padStart(2, "0")}`;
    MAIL.push({ to: "河源市商务局电子商务科", subj: `连平县${cnMonth(m)}电子商务进农村综合示范工作月报`, iso, att: m >= "2020-11" ? "月报表.xlsx；电商扶贫统计表.xlsx" : "月报表.xlsx", rep: true });
  }
  MAIL.push({ to: "连平县统计局", subj: "商请提供2020年全县农村网络零售额数据", iso: "2021-03-16", att: "商请函.pdf" });
  MAIL.push({ to: "连平县财政局", subj: "关于申请拨付电子商务进农村综合示范项目第二批资金的函", iso: "2021-05-10", att: "请款函.pdf；拨付明细.xlsx" });
  MAIL.push({ to: "各镇电商服务中心", subj: "关于报送2021年上半年站点运营情况的通知", iso: "2021-06-24", att: "通知.docx；统计表.xlsx" });
  MAIL.sort((a, b) => cmp(b.iso, a.iso));
  const oRows = [["已发送邮件（导出）"], ["收件人", "主题", "发送时间", "附件", "大小"]];
  const oRecs = [];
  for (const x of MAIL) {
    const [y, m, d] = ymd(x.iso);
    const hh = String(rint(8, 17)).padStart(2, "0");
    const mi = String(rint(0, 59)).padStart(2, "0");
    oRows.push([x.to, x.subj, `${y}/${m}/${d} (周${weekday(x.iso)}) ${hh}:${mi}`, x.att, `${rint(30, 900)} KB`]);
    if (x.rep) oRecs.push({ date: x.iso, poverty: x.att.includes("电商扶贫") });
  }
  assert(oRecs.length === 13 && oRecs.filter((r) => r.poverty).length === 10, "l2 13 reports, 10 with poverty statistics");
  assert(new Set(oRecs.map((r) => ym(r.date))).size === 13, "l2 one report a month");

  // ---------------- 站点汇总（按镇）: a summary, not a ledger
  const uRows = [["连平县村级电商服务站点覆盖情况汇总（统计至2021年9月底）"], ["镇", "行政村数", "站点数", "覆盖行政村数", "覆盖率"]];
  let a1 = 0;
  let a2 = 0;
  let a3 = 0;
  for (const t of towns) {
    const st = ST.filter((s) => s.town === t.town);
    const cov = new Set(st.filter((s) => t.vs.includes(s.v)).map((s) => s.v)).size;
    uRows.push([t.town, t.vs.length, st.length, cov, pct1(cov, t.vs.length)]);
    a1 += t.vs.length;
    a2 += st.length;
    a3 += cov;
  }
  uRows.push(["合计", a1, a2, a3, pct1(a3, a1)]);
  assert(a2 === ST.length, "l2 summary adds up");

  return {
    description:
      "河源连平县商务局台账。“各镇行政村一览”是镇×村名的矩阵：一镇一行，村委会名称从D列往右排（表头“村委会名称”横向合并），村名后“（贫）”是省定贫困村（名称不含“（贫）”），其他村不是；下面另起“附：社区居委会”小表（社区不是行政村），合计行和注不是记录。“站点建设台账”三行表头，建成时间分成“年|月|日”三列（年有“21”两位、“2021年”），两个站点“日”空白（只到月）；一个站点在城北社区，忠信镇一个村有第二个服务点，一个在2021年9月；村名有“××村委会”写法。“资金拨付台账（按项目）”一行一个项目，第一/二/三次拨付各占“日期|金额（元）”两列（每次拨付一条记录，按行、从左到右），日期有日期单元格、20210826这样的8位数字、“2021.3.5”“2020年12月30日”，金额有“￥480,000.00”“25.5万”；合同金额、累计拨付、未拨付不是拨付记录；9月两笔。“月报报送（邮箱导出）”是已发送邮件列表（新的在上），发给河源市商务局电子商务科的月报才是报送记录（发给县统计局、县财政局、各镇的不是），发送时间“2021/3/5 (周五) 10:21”，附件有“电商扶贫统计表”的含扶贫统计。“站点汇总（按镇）”是汇总，不是台账。",
    sheets: [
      { name: "各镇行政村一览", rows: vRows, merges: vMerges },
      { name: "站点建设台账", rows: sRows, merges: sMerges },
      { name: "资金拨付台账（按项目）", rows: fRows, merges: fMerges },
      { name: "月报报送（邮箱导出）", rows: oRows, merges: ["A1:E1"] },
      { name: "站点汇总（按镇）", rows: uRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "各镇行政村一览": { kind: "villages", records: vRecs },
        "站点建设台账": { kind: "stations", records: sRecs },
        "资金拨付台账（按项目）": { kind: "funds", records: fRecs },
        "月报报送（邮箱导出）": { kind: "reports", records: oRecs },
        "站点汇总（按镇）": { kind: null },
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
write("counties", "b167-c1-nanxiong.json", c1);
write("facts", "b167-f1-raoping.json", f1);
write("facts", "b167-f2-luhe.json", f2);
write("facts", "b167-f3-jiaoling.json", f3);
write("ledgers", "b167-l1-huilai.json", l1);
write("ledgers", "b167-l2-lianping.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
