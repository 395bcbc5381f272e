// Batch 165 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block adapted from
// counties/_make/gen-b164.js. Deterministic: seeded PRNG, no clock. Writes into test/corpus (ROOT = this folder's parent).
//
// c1 饶平县 (潮州): facts as a 是|否 tick-column questionnaire (two-row header 填报情况: 是 | 否 | 数量/内容, a 单位 column
//    whose unit changes per row: 万人, 亿元, 万元, %, 人次, 分); the claimed points on the official indicator table pasted
//    from the PDF (指标名称 one character a line, 工作任务 broken over lines, 服务体系建设 25 merged over two scored rows);
//    villages as the 国家统计局 统计用区划代码 page (town rows interleaved, 村委会 / 社区居委会 names, 221 行政村 > 200 so the
//    base is capped); a separate poor-village list; stations in town blocks with （一）… headings and 小计 rows; training
//    sessions whose 参训人次 header is split 线下 | 线上 | 合计 (with a 其中 column); park enterprises whose 退园 is only
//    in the 备注; funds as the 收支明细账 over two years (年 as section rows, 月 and 日 in separate columns, 本月合计 /
//    本年累计 / 上年结转 rows, interest income); report, column-update, press and case-material logs.
// f1 陆河县 (汕尾): a 核实修改稿: 原填报 | 修改后 | 修改说明 columns; the 修改后 value wins where present (one written in
//    元 though the row's unit is 万元; one with a bracketed remark), blank means unchanged; a judged point lowered.
// f2 蕉岭县 (梅州): the 自评报告 pasted from Word, one paragraph a cell, every number in running prose (户籍 vs 常住,
//    2021年1—7月 figures and targets as distractors, only 2020 amounts with growth rates), judged points as “（自评X分）”
//    after the paragraphs, a small 培训 table pasted in the middle, page-number lines.
// f3 连平县 (河源): the city's 数据采集表: one county per row, fields across ~50 columns under a three-row header (group |
//    field | 填写要求/单位), Y/N answers, blanks (no answer), “—” in a judged cell, 万元 amounts, a second 说明 row.
// l1 翁源县 (韶关): training kept one sheet per session (title row with the date or a date range, a 签到 column where
//    “请假” means absent, a two-day class with one tick column per day, an online class with masked IDs and one trainee
//    without an ID, a class after the cut-off), and the 脱贫人口 list with 劳动能力 as 有 | 无 tick columns and 务工情况 as
//    a place (在家务农 / 县内务工 vs 广州务工 …).
// l2 阳山县 (清远): stations as stacked 站点信息卡 blocks (label/value pairs, two a row); park enterprises as two tables
//    (在园 / 已退园); the monthly reports as the mail client's 已发送 list (one 退信, one to another recipient, the poverty
//    statistics only as an attachment name); press reports grouped under level headings; the site CMS export (已发布 vs
//    待审核 / 草稿, 创建时间 vs 发布时间).
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
let seed = 165165;
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
    for (const m of sh.merges || []) {
      assert(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(m), file + ": bad merge " + m);
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
    assert(/^b165-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b165-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b165-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 164, kept)
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


// ---------------------------------------------------------------- extra helpers (batch 165)
function dashLoose(iso) {
  // "2021-3-5": typed with dashes, no zero padding (text)
  const [y, m, d] = ymd(iso);
  return `${y}-${m}-${d}`;
}
function vertical(s) {
  // an indicator name pasted from the PDF: one character a line
  return s.split("").join("\n");
}
function nextMonth(m) {
  return monthsBetween(m, "2030-12")[1];
}
// the official indicator table's texts (from the 2019 provincial table)
const OFFICIAL = {
  "org.leadership": ["组织领导", 2, "建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制",
    "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；\n由县（市、区）政府分管领导牵头（1分）；\n其他情况不得分。",
    "成立工作领导小组或协调机构的文件、相关工作会议纪要、图片"],
  "org.plan": ["方案制定", 2, "制定科学严谨的示范创建工作方案", "工作方案因地制宜,可操作性较强（1-2分）", "正式印发的示范县工作方案"],
  "org.policy": ["政策支持", 2, "在资金、土地、人才等方面出台政策，支持农村电商发展", "出台相关政策，且得到较好落实（1-2分）", "出台的支持文件及其他证明材料等"],
  "org.management": ["项目管理", 4, "制定项目管理制度，建立工作台帐，明确工作目标、工作进度、工作任务，建设、验收等环节严格执行相关制度规定。",
    "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；\n建立完整工作台账，详细记录项目建设情况（1-2分）。", "项目管理制度文件、工作台账等"],
  "work.center": ["服务体系建设", 25, "建设县级电子商务公共服务中心。对各类主体提供技术支持、培训孵化、产品对接、品牌建设、网络推广及其他衍生增值服务。建设或整合、优化当地电商产业园，形成产业集聚效应。",
    "建成县级电子商务公共服务中心（2分）；\n建成后已正常运行6个月（截至2021年8月31日）以上（2分）；\n有免费培训场所、培训设备，能组织电商基础培训（2分）；\n为特色农产品提供免费展示、销售服务（1分）；\n为电子商务市场主体提供免费摄影、美工服务（1分）；\n组织农产品统一推广、指导特色农产品品牌建设（1分）；\n为电子商务发展提供其他衍生增值服务（1分）；\n建设或整合、优化当地电商产业园（2分)；\n电商产业园企业入驻数量达20家及以上(2分)；\n电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。",
    "1、现场查看县级电子商务公共服务中心运营情况。\n2、现场查看电商产业园运营情况，入驻企业清单。"],
  "work.coverage": [null, null, "辖区内行政村建设村级电子商务服务站点要达到70%以上（行政村个数在200个及以上的，以200个为基数计算），其中省定贫困村实现全覆盖；各站点根据实际开展电商宣传、代购代销、代存代缴、小额信贷等电商服务。",
    "行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分；\n贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分。",
    "辖区内行政村清单、省定贫困村清单、村级电商服务站点清单（含名称、地址及联系人电话等）、村级电商服务站点视频（含招牌、设备、工作人员操作情况等画面）。"],
  "work.upward": ["农村产品上行", 10, "1、对辖区内农村产品的生产和电商销售情况进行全面摸底,形成基本情况档案或报告等上报市级商务主管部门，根据摸底情况制定合理的农村产品网络销售促进措施并落实。\n2、联合农业、工商、科教、金融等行业主管部门、引入或培育专业电商企业或团队，为农民、农业合作社、涉农企业开展特色农产品网络销售、产品开发、品牌注册、品牌培育、网络营销策划提供支持。\n3、整合现有物流资源，实现县、乡镇、村三级统一配送体系，物流快递企业的行政村覆盖率达到100%，降低物流成本。\n4、探索农产品电子商务交易标准化问题，探索建立符合农产品网络销售上行要求的冷链系统、产品溯源系统等。",
    "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；\n开展农村产品网络促销活动成效明显（1-2分）；\n当地有专业第三方电子商务运营或服务商（1分）；\n行政村物流快递覆盖率100%（1分）；\n有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；\n2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。",
    "1、辖区内农产品及电商销售情况档案或调研报告等。\n2、电商企业或团队的名单及证明材料。\n3、快递物流覆盖情况的材料。\n4、交易标准文本，冷链、溯源服务证明材料等。\n5、查看第三方权威统计数据（省级商务主管部门提供）。"],
  "work.training": ["电商人才培训", 20, "1、定期开展农村电商公共宣传，针对政府、企业、农民等提供线上线下的基础普及性免费培训，普及性培训覆盖常住人口的1%以上（常住人口总数超过50万的，以50万为基数计算）。针对已创业或有电商创业需求的农村青年提供增值培训，对培训人员跟踪服务，提供辅导、孵化等定向服务。\n2、加大对建档立卡贫困户的培训力度，实现有劳动能力的贫困人口培训率达50%以上（外出务工者除外）。",
    "培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；\n建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。",
    "1、培训通知文件、常住人口数量证明，培训学员名单、签到表等。\n2、经扶贫部门确认的有劳动能力的建档立卡贫困人口数（外出务工者除外）、参加培训的建档立卡贫困人口清单及签到表等。"],
  "info.disclosure": ["信息公开", 4, "在县政务网站设立电子商务进农村综合示范公开专栏。公开示范创建方案及已经确定的财政资金扶持项目的基本信息，每月更新项目建设进度，同时设立征求意见窗口或监督举报窗口。",
    "在县政府网站设立公开专栏且内容全面（2分）；\n近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。", "在县政府网站设立专栏公示创建方案、项目基本信息、项目建设进度，设立征求意见或监督举报窗口。"],
  "info.reporting": ["数据上报", 6, "每月向市级商务主管部门报送示范创建工作进展、成效及电商相关统计数据。加强对本县电商扶贫信息的统计，重点统计对建档立卡贫困户的电商培训情况、电商带动增收等情况。",
    "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；\n能统计电商扶贫情况（3分），未统计相关情况不得分。", "向市级商务主管部门报送工作情况的文件。"],
  "promo.cases": ["案例总结", 2, "对当地发展农村电商、开展示范创建等经验做法和案例进行总结提炼并及时上报。", "向市商务局报送经验材料（2分）", "查看上报文件"],
  "promo.media": ["经验推广", 8, "典型做法被主流媒体报道宣传", "省级及以上媒体进行宣传报道（4分）；\n市级媒体进行宣传报道（3分）；\n县级媒体进行宣传报道（1分）。", "查看相关宣传文案、网络截图、照片等证明材料"],
  "fund.system": ["制度建立", 5, "制定省级财政资金管理制度，细化工作目标、任务、财政资金支持方向等；建立考核问责制度。", "建立科学有效的资金管理制度且得到有效落实（1-5分）", "查看相关资金管理制度"],
  "fund.ledger": ["资金台账", 5, "明确责任人，建立健全资金台账，实现管理全过程可查询、可追溯，", "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）", "项目承办方的资金使用账目及凭证等"],
  "fund.spending": ["资金支出", 5, "严格按照财政资金有关规定进行资金的使用和拨付", "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；\n资金支出率低于70%倒扣5分。", "资金拨付文件、票据、凭证等"],
};

// =====================================================================================================
// c1 — 潮州饶平县: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "445122";
  // ---------------- 统计用区划代码 page: 21 towns, 221 村委会, 24 社区居委会
  const TOWNS = [["黄冈镇", 15, 6], ["钱东镇", 15, 2], ["高堂镇", 11, 1], ["浮滨镇", 10, 1], ["新丰镇", 13, 1], ["三饶镇", 16, 2], ["樟溪镇", 9, 1],
    ["汫洲镇", 8, 1], ["海山镇", 11, 1], ["联饶镇", 10, 1], ["浮山镇", 9, 0], ["东山镇", 10, 1], ["所城镇", 7, 0], ["大埕镇", 9, 1], ["柘林镇", 10, 1],
    ["新圩镇", 11, 1], ["上饶镇", 13, 1], ["饶洋镇", 14, 2], ["建饶镇", 8, 0], ["汤溪镇", 7, 0], ["坪溪镇", 5, 0]];
  assert(sum(TOWNS.map((t) => t[1])) === 221 && sum(TOWNS.map((t) => t[2])) === 24, "c1 221 villages + 24 communities");
  const namer = villageNamer("上下东西南北新旧大小石溪山田坑岭龙凤金银竹林茶柑埔港", ["头", "寮", "埔", "坑", "溪", "田", "洋", "美", "寨", "厝", "岭", "湖", "楼", "塘", "围", "坪", "光", "岗"]);
  const newName = noDupNamer(namer, TOWNS.map(([t]) => t.slice(0, 2)));
  const towns = TOWNS.map(([town, nv, nc], ti) => {
    const vs = [];
    for (let q = 0; q < nv; q++) vs.push(newName());
    const cs = [];
    for (let q = 0; q < nc; q++) cs.push(newName().replace(/村$/, "社区"));
    return { town, vs, cs, code: `${REGION}${100 + ti}` };
  });
  const admin = towns.flatMap((t) => t.vs);
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const vRows = [["2020年统计用区划代码和城乡划分代码"], ["当前位置：广东省 > 潮州市 > 饶平县"], ["（国家统计局网站查询结果复制，2021年1月整理）"], [],
    ["统计用区划代码", "城乡分类代码", "名称"]];
  const vRecs = [];
  towns.forEach((t, ti) => {
    if (ti > 0) vRows.push([]);
    vRows.push([`${t.code}000`, null, t.town]);
    t.cs.forEach((c, q) => {
      vRows.push([`${t.code}${String(q + 1).padStart(3, "0")}`, ti === 0 ? "111" : "121", c + "居委会"]);
      vRecs.push({ name: c + "居委会", admin: false });
    });
    t.vs.forEach((v, q) => {
      const cls = ti === 0 && q < 4 ? "112" : q === 0 ? "122" : "220";
      vRows.push([`${t.code}${String(201 + q).padStart(3, "0")}`, cls, v + "委会"]);
      vRecs.push({ name: v + "委会", admin: true });
    });
  });
  vRows.push([]);
  vRows.push(["注：城乡分类代码111主城区，112城乡结合区，121镇中心区，122镇乡结合区，210乡中心区，220村庄。"]);
  vRows.push([`饶平县共${towns.length}个镇，${admin.length}个村委会，${sum(TOWNS.map((t) => t[2]))}个社区居委会。`]);
  assert(vRecs.filter((r) => r.admin).length === 221 && vRecs.length === 245, "c1 245 village rows");
  assert(vRows.every((r) => !r[0] || !/^\d{12}$/.test(r[0]) || r[0].startsWith("445122")), "c1 codes");

  // ---------------- 省定贫困村
  const POOR_TOWNS = ["饶洋镇", "饶洋镇", "上饶镇", "上饶镇", "上饶镇", "新丰镇", "新丰镇", "建饶镇", "汤溪镇", "坪溪镇", "三饶镇", "浮滨镇"];
  const poorList = [];
  for (const tn of POOR_TOWNS) {
    const t = towns.find((x) => x.town === tn);
    const v = t.vs.find((x) => !poorList.includes(x) && x !== t.vs[0]);
    poorList.push(v);
  }
  assert(new Set(poorList).size === 12, "c1 12 poor villages");
  const pvRows = [["饶平县省定相对贫困村名单"], ["序号", "镇", "村名", "帮扶单位", "2020年底出列情况"]];
  const pvMerges = ["A1:E1"];
  const HELP = ["潮州市直单位", "广州市天河区对口帮扶", "饶平县直单位"];
  let pk = 0;
  for (const tn of [...new Set(POOR_TOWNS)]) {
    const r0 = pvRows.length + 1;
    poorList.filter((v) => townOf[v] === tn).forEach((v, q) => {
      pvRows.push([++pk, q === 0 ? tn : null, v, HELP[pk % 3], "已出列"]);
    });
    if (pvRows.length > r0) pvMerges.push(`B${r0}:B${pvRows.length}`);
  }
  pvRows.push(["合计", null, `${poorList.length}个`, null, null]);

  // ---------------- 站点台账: town blocks
  const poorCovered = poorList.slice(0, 11);
  const poorLate = poorList[11];
  const nonPoor = admin.filter((v) => !poorList.includes(v));
  const nonPoorCovered = shuffle(nonPoor).slice(0, 135);
  const covered = poorCovered.concat(nonPoorCovered);
  assert(covered.length === 146, "c1 146 covered");
  const uncoveredNonPoor = nonPoor.filter((v) => !covered.includes(v));
  const ST = covered.map((v) => ({ v, iso: randIsoBetween("2020-06-15", "2021-08-25") }));
  // a second station in three covered villages
  const dups = shuffle(nonPoorCovered).slice(0, 3);
  for (const v of dups) ST.push({ v, iso: randIsoBetween("2020-10-01", "2021-08-20"), dup: true });
  // two community stations
  const commSt = [towns[0].cs[1], towns.find((t) => t.town === "钱东镇").cs[0]];
  for (const c of commSt) ST.push({ v: c, iso: randIsoBetween("2020-09-01", "2021-06-30"), comm: true });
  // three stations after the cut-off: the last poor village and two others
  const lateVs = [poorLate].concat(shuffle(uncoveredNonPoor).slice(0, 2));
  const lateIsos = ["2021-09-08", "2021-09-23", "2021-10-14"];
  lateVs.forEach((v, q) => ST.push({ v, iso: lateIsos[q], late: true }));
  const OPS = ["中国邮政饶平县分公司", "饶平县供销合作联社", "潮州市乡淘电子商务有限公司", "村股份经济合作社"];
  const sRows = [["饶平县村级电子商务服务站点台账"], ["填报单位：饶平县商务局　　　　　　　　更新日期：2021年10月20日"],
    ["序号", "村（社区）", "站点名称", "详细地址", "运营主体", "负责人", "联系电话", "建成时间", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  const sRecs = [];
  let sn = 0;
  let fmtI = 0;
  let monthOnly = 0;
  let twoDigit = 0;
  let minWei = 0;
  const CNUM = "一二三四五六七八九十";
  const blockNo = (i) => {
    const n = i + 1;
    return n <= 10 ? CNUM[n - 1] : n < 20 ? "十" + CNUM[n - 11] : n === 20 ? "二十" : "二十" + CNUM[n - 21];
  };
  assert(blockNo(0) === "一" && blockNo(9) === "十" && blockNo(10) === "十一" && blockNo(19) === "二十" && blockNo(20) === "二十一", "c1 block numbers");
  towns.forEach((t, ti) => {
    const list = ST.filter((s) => townOf[s.v] === t.town).sort((a, b) => cmp(a.iso, b.iso));
    sRows.push([`（${blockNo(ti)}）${t.town}`]);
    sMerges.push(`A${sRows.length}:I${sRows.length}`);
    for (const s of list) {
      const f = fmtI++ % 5;
      let cell;
      let opened = s.iso;
      if (!s.late && !s.dup && !s.comm && monthOnly < 4 && f === 2 && s.iso.slice(5, 7) !== "08") {
        cell = cnMonth(s.iso);
        opened = ym(s.iso);
        monthOnly++;
      } else if (!s.late && twoDigit < 5 && f === 4) {
        cell = twoDot(s.iso);
        twoDigit++;
      } else cell = f === 0 ? dotDate(s.iso) : f === 1 ? D(s.iso) : f === 2 ? cnDate(s.iso) : f === 3 ? dashLoose(s.iso) : dotDate(s.iso);
      let vName = s.v;
      if (!s.comm && !s.dup && minWei < 2 && f === 3) {
        vName = s.v + "民委员会";
        minWei++;
      }
      const base = s.v.replace(/村$|社区$/, "");
      const stName = s.dup ? `${base}村供销e家服务点` : s.comm ? `${base}社区电商服务站` : `${base}村电商服务站`;
      const op = s.dup ? OPS[1] : OPS[sn % 4 === 1 ? 0 : sn % 4];
      const note = s.dup ? "同村第二个站点" : s.late ? "2021年9月后新建" : s.comm ? "社区站点" : null;
      sRows.push([++sn, vName, stName, `饶平县${t.town}${s.v}${rint(1, 88)}号`, op, personName(), mask(phone()), cell, note]);
      sRecs.push({ village: s.v, opened });
    }
    sRows.push([`${t.town}小计：${list.length}个`]);
    sMerges.push(`A${sRows.length}:I${sRows.length}`);
  });
  sRows.push([`全县合计：${sn}个站点，覆盖${new Set(ST.filter((s) => !s.comm).map((s) => s.v)).size}个行政村（含2021年9月后新建3个）`]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  sRows.push(["注：建成时间以挂牌时间为准；省定贫困村站点12个全覆盖。"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  assert(monthOnly === 4 && twoDigit === 5 && minWei === 2, `c1 station cell variants ${monthOnly}/${twoDigit}/${minWei}`);
  assert(sn === 154 && sRecs.length === 154, "c1 154 station rows");
  const covAt = new Set(sRecs.filter((r) => admin.includes(r.village) && r.opened <= CUT).map((r) => r.village));
  assert(covAt.size === 146, "c1 146 villages covered at the cut-off " + covAt.size);
  assert(ratioGE(146, 200, 70) && !ratioGE(146, 221, 70) && ratioGE(146, 221, 50), "c1 146/200 = 73% → 5; 146/221 = 66.1% would be 2");
  const poorCovAt = poorList.filter((v) => covAt.has(v)).length;
  assert(poorCovAt === 11 && ratioGE(11, 12, 80) && !ratioGE(11, 12, 100), "c1 11/12 poor villages → 3");

  // ---------------- 培训台账: sessions, 参训人次 split 线下 | 线上 | 合计
  const TOPIC = ["农村电商基础知识", "网店开设与运营", "短视频拍摄与剪辑", "直播带货实操", "单丛茶网络营销", "农产品包装与品牌", "社群团购运营", "海产品网络销售",
    "电商客服与售后", "跨境电商入门", "电商物流与仓储"];
  const PLACE = ["县电子商务公共服务中心", "黄冈镇党群服务中心", "饶洋镇文化站", "三饶镇会议室", "钱东镇电商服务站", "线上直播（抖音/视频号）"];
  const SES = [];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    const nS = m === "2021-02" ? 1 : rint(2, 3);
    const days = [];
    while (days.length < nS) {
      const d = rint(3, 26);
      if (!days.some((x) => Math.abs(x - d) < 4)) days.push(d);
    }
    days.sort((a, b) => a - b);
    for (const d of days) {
      const start = `${m}-${String(d).padStart(2, "0")}`;
      const len = rnd() < 0.2 ? 1 : 0;
      SES.push({ start, iso: isoAdd(start, len), n: rint(60, 160) });
    }
  }
  for (let diff = 4326 - sum(SES.map((s) => s.n)), j = 0; diff !== 0; j = (j + 7) % SES.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (SES[j].n + st >= 45 && SES[j].n + st <= 220) {
      SES[j].n += st;
      diff -= st;
    }
  }
  assert(sum(SES.map((s) => s.n)) === 4326, "c1 4,326 before the cut-off");
  SES.push({ start: "2021-09-15", iso: "2021-09-16", n: 192 });
  const tRows = [["饶平县电子商务进农村培训台账"], ["序号", "培训时间", "培训主题", "培训地点", "参训人次", null, null, "其中：脱贫人口（人次）", "备注"],
    [null, null, null, null, "线下", "线上", "合计", null, null]];
  const tMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"];
  const tRecs = [];
  let offSum = 0;
  let onSum = 0;
  let poorSum = 0;
  SES.forEach((s, j) => {
    const place = PLACE[j % PLACE.length];
    const online = place.startsWith("线上");
    const mixed = !online && j % 4 === 1;
    const on = online ? s.n : mixed ? Math.round(s.n * (0.3 + rnd() * 0.3)) : 0;
    const off = s.n - on;
    const poor = Math.round(s.n * (0.08 + rnd() * 0.12));
    let dc;
    if (s.start !== s.iso) {
      const [y1, m1, d1] = ymd(s.start);
      const [, m2, d2] = ymd(s.iso);
      dc = m1 === m2 ? `${y1}.${m1}.${d1}-${d2}` : `${y1}.${m1}.${d1}-${m2}.${d2}`;
    } else dc = j % 3 === 0 ? D(s.iso) : j % 3 === 1 ? cnDate(s.iso) : dotDate(s.iso);
    tRows.push([j + 1, dc, TOPIC[j % TOPIC.length], place, online ? "—" : off, on ? on : "—", s.n, poor,
      s.start !== s.iso ? "连续两天，人次按两天签到累计" : mixed ? "线上线下同步" : null]);
    tRecs.push({ date: s.iso, personTimes: s.n });
    offSum += off;
    onSum += on;
    poorSum += poor;
  });
  tRows.push(["合计", null, null, null, offSum, onSum, offSum + onSum, poorSum, `共${SES.length}期`]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  tRows.push(["注：“其中：脱贫人口”为参训人次中的脱贫人口人次，已含在合计内；线上培训人次按实名登录数统计。"]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  assert(offSum + onSum === 4518, "c1 the sheet's 合计 4,518 includes September");
  assert(tRows.some((r) => typeof r[1] === "string" && /-\d+$/.test(r[1])), "c1 a range date");
  const BASE = 500000;
  assert(4326 * 1000 >= BASE * 8 && 4326 * 1000 < BASE * 10 && 4518 * 1000 < BASE * 10, "c1 4,326/500,000 = 0.865% → 8");
  assert(!(4326 * 1000 >= 798200 * 6), "c1 uncapped base 798,200 would be 0.54% → 0");
  assert(ratioGE(702, 1286, 50) && !ratioGE(702, 1286, 70) && pct1(702, 1286) === "54.6%", "c1 702/1286 = 54.6%");

  // ---------------- 产业园企业: 退园 only in the 备注
  const ENT = [
    ["饶平县茶香云商电子商务有限公司", "电商平台"], ["饶平县海之鲜水产品网店", "网络零售"], ["饶平县单丛茶叶网店", "网店（零售）"],
    ["潮州市汇农电商运营服务有限公司", "代运营服务"], ["饶平县韵达快递服务部", "快递物流"], ["饶平县狮头鹅食品网店", "网络零售"],
    ["饶平县优选供应链管理有限公司", "仓储物流"], ["饶平县潮品直播传媒有限公司", "直播电商服务"], ["饶平县岭头茶农民专业合作社", "农产品销售"],
    ["饶平县柘林湾海产品商行", "网络零售"], ["饶平县山海优品电子商务有限公司", "电商平台"], ["饶平县创意包装设计工作室", "包装设计"],
    ["饶平县黄冈鲜果网店", "网店（零售）"], ["饶平县邮政快递物流中心", "快递物流"], ["潮州市饶品代运营工作室", "代运营服务"],
    ["饶平县浮滨青梅网店", "网络零售"], ["饶平县海山紫菜电子商务商行", "网络零售"], ["饶平县电商人才培训中心", "电商培训"],
    ["饶平县乡味优选电子商务有限公司", "电商平台"], ["饶平县三饶笋干网店", "网店（零售）"], ["饶平县汫洲蚝烙食品网店", "网络零售"],
    ["饶平县冷链仓储配送有限公司", "仓储物流"],
  ].map(([n, t]) => ({ n, t, code: creditCode(REGION), en: randIsoBetween("2020-10-01", "2021-07-31") }));
  ENT[5].en = "2020-11-12";
  ENT[5].left = "2021-05-20";
  ENT[12].en = "2020-12-03";
  ENT[12].left = "2021-07-06";
  ENT[16].leftLate = "2021-10-08";
  ENT[21].en = "2021-09-13";
  ENT[0].en = "2020-09-28";
  ENT.sort((a, b) => cmp(a.en, b.en));
  const eRows = [["饶平县电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "经营类型", "入驻时间", "房号", "状态", "备注"]];
  const eRecs = [];
  ENT.forEach((e, j) => {
    const monthCell = j % 3 !== 0;
    const enCell = monthCell ? cnMonth(e.en) : dotDate(e.en);
    const left = e.left || e.leftLate || null;
    const note = left ? `${cnDate(left)}退园${e.left ? "，房间已收回" : ""}` : e.en > CUT ? "2021年9月签约入驻" : null;
    eRows.push([j + 1, e.n, e.code, e.t, enCell, `${["A", "B"][j % 2]}${rint(1, 3)}${String(rint(1, 18)).padStart(2, "0")}`, left ? "退园" : "在园", note]);
    eRecs.push({ name: e.n, type: e.t, entered: monthCell ? ym(e.en) : e.en, left });
  });
  eRows.push([`注：累计签约入驻${ENT.length}家。`]);
  const inPark = eRecs.filter((r) => r.entered <= CUT && !(r.left && r.left <= CUT));
  assert(eRecs.length === 22 && inPark.length === 19, "c1 19 in the park at the cut-off " + inPark.length);
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "运营商" : /物流|快递|仓储/.test(t) ? "物流" : t);
  assert(new Set(inPark.map((r) => norm(r.type))).size >= 3, "c1 at least three types in the park");

  // ---------------- 专项资金收支明细账: two years, 月 | 日 columns
  const TX = [
    ["2020-03-20", "收到省级电子商务进农村综合示范专项资金", 5000000, 0],
    ["2020-06-12", "付县电商公共服务中心装修工程款（首期）", 0, 620000],
    ["2020-06-21", "银行结息", 3846.21, 0],
    ["2020-07-28", "付村级电商服务站点建设款（第一批）", 0, 486500],
    ["2020-08-14", "付农村电商培训费（第一批）", 0, 168000],
    ["2020-09-21", "银行结息", 3412.87, 0],
    ["2020-09-25", "付公共服务中心设备采购款", 0, 356800],
    ["2020-10-30", "付镇村物流配送体系建设款（首期）", 0, 412000],
    ["2020-11-18", "付农产品区域公共品牌设计费", 0, 218600],
    ["2020-12-21", "银行结息", 2765.4, 0],
    ["2020-12-22", "付村级电商服务站点建设款（第二批）", 0, 397200],
    ["2021-01-26", "付农村电商培训费（第二批）", 0, 186000],
    ["2021-03-16", "付农产品溯源系统建设款", 0, 268400],
    ["2021-03-21", "银行结息", 2104.95, 0],
    ["2021-04-29", "付镇村物流配送体系建设进度款", 0, 305000],
    ["2021-06-08", "付村级电商服务站点建设尾款", 0, 218120],
    ["2021-06-21", "银行结息", 1486.33, 0],
    ["2021-07-20", "付冷链设备采购款", 0, 145000],
    ["2021-09-14", "付镇村物流配送体系建设尾款", 0, 203000],
    ["2021-09-21", "银行结息", 1032.6, 0],
    ["2021-10-12", "付农村电商培训费（第三批）", 0, 124000],
  ];
  const fRows = [["饶平县电子商务进农村综合示范专项资金收支明细账"], ["科目：省级电子商务进农村综合示范专项资金　　　　　　　　单位：元"],
    ["月", "日", "凭证号", "摘要", "收入", "支出", "余额"]];
  const fMerges = ["A1:G1", "A2:G2"];
  const fRecs = [];
  let bal = 0;
  let vno = 0;
  for (const y of [2020, 2021]) {
    fRows.push([`${y}年`]);
    fMerges.push(`A${fRows.length}:G${fRows.length}`);
    if (y === 2021) fRows.push([1, 1, null, "上年结转", null, null, fmtMoney(bal)]);
    let yIn = 0;
    let yOut = 0;
    const months = [...new Set(TX.filter((t) => t[0].startsWith(String(y))).map((t) => t[0].slice(0, 7)))];
    for (const m of months) {
      let mIn = 0;
      let mOut = 0;
      for (const [iso, what, inc, out] of TX.filter((t) => t[0].startsWith(m))) {
        bal = yuan2(bal + inc - out);
        const [, mo, d] = ymd(iso);
        fRows.push([mo, d, `记-${String(++vno).padStart(3, "0")}`, what, inc ? fmtMoney(inc) : null, out ? fmtMoney(out) : null, fmtMoney(bal)]);
        if (out) fRecs.push({ date: iso, amount: out });
        mIn = yuan2(mIn + inc);
        mOut = yuan2(mOut + out);
      }
      fRows.push([null, null, null, "本月合计", mIn ? fmtMoney(mIn) : null, mOut ? fmtMoney(mOut) : null, fmtMoney(bal)]);
      yIn = yuan2(yIn + mIn);
      yOut = yuan2(yOut + mOut);
    }
    fRows.push([null, null, null, y === 2021 ? "本年累计（截至10月）" : "本年累计", fmtMoney(yIn), fmtMoney(yOut), fmtMoney(bal)]);
    if (y === 2020) fRows.push([12, 31, null, "结转下年", null, null, fmtMoney(bal)]);
  }
  fRows.push(["会计：林××　　出纳：许××　　复核：陈××"]);
  fMerges.push(`A${fRows.length}:G${fRows.length}`);
  const spentPre = sum(fRecs.filter((r) => r.date <= CUT).map((r) => r.amount));
  assert(spentPre === 3781620 && ratioGE(spentPre, 5000000, 70) && pct1(spentPre, 5000000) === "75.6%", "c1 spent 3,781,620 = 75.6% " + spentPre);
  assert(fRecs.length === 14 && sum(fRecs.map((r) => r.amount)) === 4108620, "c1 14 payments");
  assert(fRows.some((r) => r[3] === "上年结转") && fRows.some((r) => r[3] === "本月合计"), "c1 subtotal rows");

  // ---------------- 月报报送登记
  const rRows = [["饶平县电子商务进农村综合示范工作月报报送登记表"], ["序号", "所属月份", "报送日期", "报送对象", "报送方式", "含电商扶贫统计", "经办人"]];
  const rRecs = [];
  let rk = 0;
  for (const m of monthsBetween("2020-05", "2021-08")) {
    const nm = nextMonth(m);
    const iso = m === "2021-01" ? "2021-02-08" : `${nm}-${String(rint(3, 10)).padStart(2, "0")}`;
    const pov = m >= "2020-09";
    const dc = rk % 3 === 0 ? D(iso) : rk % 3 === 1 ? cnDate(iso) : dotDate(iso);
    rRows.push([++rk, cnMonth(m), dc, "潮州市商务局", rk % 2 ? "政务邮箱" : "粤政易", pov ? "是" : "否", ["许××", "林××"][rk % 2]]);
    rRecs.push({ date: iso, poverty: pov });
  }
  const sentM = new Set(rRecs.filter((r) => r.date <= CUT).map((r) => ym(r.date)));
  assert(WINDOW.every((w) => sentM.has(w)), "c1 a report sent in every window month");
  assert(rRecs.some((r) => r.date > CUT), "c1 the August report sent in September");

  // ---------------- 专栏更新记录: no update in February 2021
  const DIS = [["2020-05-18", "饶平县电子商务进农村综合示范县创建工作方案", "创建方案"], ["2020-05-18", "饶平县电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-05-22", "关于设立饶平县电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    if (m === "2021-02") continue;
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const title = m === "2021-03" ? "饶平县电子商务进农村综合示范项目建设进度（2021年1—2月）" : `饶平县电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`;
    DIS.push([`${m}-${String(rint(4, 22)).padStart(2, "0")}`, title, "建设进度"]);
  }
  DIS.push(["2021-09-07", "饶平县电子商务进农村综合示范项目建设进度（2021年8月）", "建设进度"]);
  const dRows = [["饶平县人民政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布时间", "信息标题", "信息类别", "发布网址"]];
  const dRecs = [];
  DIS.forEach(([iso, t, c], j) => {
    dRows.push([j + 1, j % 2 ? slashDate(iso) : D(iso), t, c, `http://www.raoping.gov.cn/zwgk/ztzl/dzsw/content/post_${3810000 + j * 211}.html`]);
    dRecs.push({ date: iso });
  });
  const disM = new Set(dRecs.filter((r) => r.date <= CUT).map((r) => ym(r.date)));
  assert(WINDOW.filter((w) => !disM.has(w)).join() === "2021-02", "c1 no column update in February 2021");

  // ---------------- 宣传报道
  const MED = [
    ["2020-11-20", "饶平县融媒体中心", "县级", "网络", "饶平县电商公共服务中心正式运营", null],
    ["2021-03-09", "南方日报", "省级", "报纸", "饶平：单丛茶搭上电商快车", "A07版"],
    ["2021-05-26", "广东广播电视台《广东新闻联播》", "省级", "电视", "潮州饶平：脱贫户直播卖青梅 电商助农增收", "电商扶贫典型案例"],
    ["2021-09-16", "潮州日报", "市级", "报纸", "饶平村级电商站点激活乡村消费", "第3版"],
  ];
  const mRows = [["饶平县电子商务进农村宣传报道台账"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "备注"]];
  MED.forEach(([iso, media, lv, form, title, note], j) => mRows.push([j + 1, j % 2 ? cnDate(iso) : D(iso), media, lv, form, `《${title}》`, note]));

  // ---------------- 经验材料报送
  const caseRows = [["饶平县电子商务进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "接收单位"],
    [1, "2021.6.25", "饶平县“电商+单丛茶”助力乡村振兴经验材料", "饶平县商务局", "潮州市商务局"],
    [2, "2021.9.20", "饶平县电子商务进农村综合示范创建工作总结", "饶平县商务局", "潮州市商务局"]];

  // ---------------- 自评基础数据: 是 | 否 | 数量/内容 | 单位
  const F = [["饶平县电子商务进农村综合示范创建考评自评基础数据表"], ["填报单位：饶平县商务局（盖章）　　　　　　　　考评截止日期：2021年8月31日"],
    ["序号", "考评内容", "填报情况", null, null, "单位", "佐证材料及说明"], [null, null, "是", "否", "数量/内容", null, null]];
  const FM = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:E3", "F3:F4", "G3:G4"];
  let fq = 0;
  const sec = (s) => {
    F.push([s]);
    FM.push(`A${F.length}:G${F.length}`);
  };
  const yes = (label, on, note) => F.push([++fq, label, on ? "√" : null, on ? null : "√", null, null, note || null]);
  const val = (label, v, unit, note) => F.push([++fq, label, null, null, v, unit, note || null]);
  sec("一、基本情况");
  val("县（市、区）常住人口", 79.82, "万人", "第七次全国人口普查公报");
  val("行政村数", 221, "个", "不含社区居委会24个");
  val("省定贫困村数", 12, "个", null);
  sec("二、组织领导");
  val("示范创建工作领导小组组长", "县长", "—", "饶府办〔2019〕86号；副组长：分管副县长、县商务局局长");
  val("领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政管理局、县供销社", "—", null);
  yes("已正式印发示范县工作方案", true, "饶府办〔2020〕15号");
  yes("已出台支持农村电商发展的政策", true, "《饶平县促进农村电子商务发展扶持办法》");
  sec("三、服务体系建设");
  val("县级电子商务公共服务中心投入运营日期", "2020年11月6日", "年月日", null);
  yes("有免费培训场所、培训设备，能组织电商基础培训", true);
  yes("为特色农产品提供免费展示、销售服务", true);
  yes("为电子商务市场主体提供免费摄影、美工服务", false, "摄影棚2021年10月投入使用");
  yes("组织农产品统一推广、指导特色农产品品牌建设", true, "“饶平单丛”区域公用品牌");
  yes("为电子商务发展提供其他衍生增值服务", true, "注册代办、融资对接");
  yes("建设或整合、优化当地电商产业园", true, "饶平县电子商务产业园");
  val("电商产业园入驻企业", 22, "家", "累计签约入驻");
  sec("四、农村产品上行");
  yes("当地有专业第三方电子商务运营或服务商", true);
  yes("行政村物流快递覆盖率100%", true);
  val("2019年农村网络零售额", 46.83, "亿元", "省商务厅反馈数据");
  val("2020年农村网络零售额", 55.12, "亿元", "省商务厅反馈数据");
  val("2020年农村网络零售额同比增速", 17.7, "%", null);
  val("2019年农产品网络零售额", 3.642, "亿元", null);
  val("2020年农产品网络零售额", 4.793, "亿元", null);
  val("2020年农产品网络零售额同比增速", 31.6, "%", null);
  assert(pct1(5512 - 4683, 4683) === "17.7%" && pct1(4793 - 3642, 3642) === "31.6%", "c1 growth rates agree");
  sec("五、电商人才培训");
  val("电商培训人次", "4,518", "人次", "见培训台账（含9月培训）");
  val("有劳动能力的建档立卡贫困人口（不含外出务工人员）", 1286, "人", "县乡村振兴局确认");
  val("参加培训的建档立卡贫困人口", 702, "人", null);
  sec("六、信息公开及报送");
  yes("县政府网站专栏公示创建方案", true);
  yes("专栏公示项目基本信息", true);
  yes("专栏公示项目建设进度", true);
  yes("专栏设立征求意见或监督举报窗口", true, "监督举报电话0768-87xxxxx");
  yes("能统计电商扶贫情况", true);
  sec("七、资金管理");
  val("省级专项资金下达", 500, "万元", "粤财工〔2019〕号文");
  val("累计拨付资金（截至2021年8月31日）", 378.162, "万元", "见收支明细账");
  yes("已制定资金管理制度", true, "《饶平县电子商务进农村综合示范专项资金管理办法》");
  yes("已建立资金专用台账", true);
  val("项目总体进度", 82, "%", null);
  sec("八、一票否决事项");
  yes("发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", false);
  yes("弄虚作假", false);
  sec("九、评判项自评");
  const JS = [["方案制定（1-2分）", 2], ["政策支持（1-2分）", 1], ["项目管理制度（1-2分）", 2], ["工作台账（1-2分）", 2], ["网销调研（1-2分）", 2],
    ["网络促销活动（1-2分）", 1], ["交易标准与冷链溯源（1-2分）", 1], ["资金管理制度（1-5分）", 5], ["资金台账（1-5分）", 4], ["资金拨付（1-5分）", 4]];
  for (const [l, p] of JS) val(l, p, "分", null);
  F.push(["填表人：许××　　审核人：陈××　　联系电话：0768-87xxxxx"]);
  FM.push(`A${F.length}:G${F.length}`);
  assert(Math.round(378.162 * 10000) === spentPre, "c1 stated 378.162万元 = ledger");

  // ---------------- 自评得分表: the official table pasted from the PDF
  const CL = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const GROUPS = [["加强组织\n领导与统\n筹协调（10\n分）", ["org.leadership", "org.plan", "org.policy", "org.management"]],
    ["深入推动\n电子商务\n进农村工\n作（55分）", ["work.center", "work.coverage", "work.upward", "work.training"]],
    ["加强信息\n公开及报\n送（10分）", ["info.disclosure", "info.reporting"]], ["加强宣传\n推广\n（10分）", ["promo.cases", "promo.media"]],
    ["加强财政\n资金管理\n（15分）", ["fund.system", "fund.ledger", "fund.spending"]]];
  const oRows = [["2019年省级电子商务进农村综合示范创建考评指标体系（饶平县自评）"],
    ["工作任务", "评价指标", null, "指标解释", "评分标准", "评价方式及佐证材料", "自\n评\n得\n分"], [null, "名\n称", "权重\n（%）", null, null, null, null]];
  const oMerges = ["A1:G1", "A2:A3", "B2:C2", "D2:D3", "E2:E3", "F2:F3", "G2:G3"];
  for (const [g, ids] of GROUPS) {
    const r0 = oRows.length + 1;
    for (const id of ids) {
      const [nm, w, ex, stdd, ev] = OFFICIAL[id];
      oRows.push([oRows.length + 1 === r0 ? g : null, nm ? vertical(nm) : null, w, ex, stdd, ev, CL[id]]);
      if (id === "work.center") oMerges.push(`B${oRows.length}:B${oRows.length + 1}`, `C${oRows.length}:C${oRows.length + 1}`);
    }
    oMerges.push(`A${r0}:A${oRows.length}`);
  }
  const b0 = oRows.length + 1;
  oRows.push(["加分项\n（4分）", null, null, null, "建档立卡贫困人口培训率70%及以上（2分）", "参加培训的建档立卡贫困人口清单及签到表等", CL["bonus.poorTraining"]]);
  oRows.push([null, null, null, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "查看相关报道和视频", CL["bonus.tvCase"]]);
  oMerges.push(`A${b0}:A${oRows.length}`);
  const v0 = oRows.length + 1;
  oRows.push(["一票否决项", null, null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", null, "无"]);
  oRows.push([null, null, null, null, "项目建设进度严重滞后，总体进度不足40%。", null, "无"]);
  oRows.push([null, null, null, null, "弄虚作假。", null, "无"]);
  oMerges.push(`A${v0}:A${oRows.length}`);
  const clTotal = sum(Object.values(CL));
  oRows.push(["合计得分", null, null, null, null, null, clTotal]);
  oMerges.push(`A${oRows.length}:F${oRows.length}`);
  assert(clTotal === 90, "c1 claimed 90");

  const toc = [["饶平县电子商务进农村综合示范创建考评资料目录"], ["序号", "工作表", "内容"], [1, "自评基础数据", "考评基础数据及评判项自评"], [2, "自评得分表", "考评指标体系自评得分"],
    [3, "村居区划代码", "统计用区划代码（行政村、社区）"], [4, "省定贫困村", "省定相对贫困村名单"], [5, "站点台账", "村级电商服务站点"], [6, "培训台账", "电商培训（按期）"],
    [7, "产业园企业", "电商产业园入驻企业"], [8, "资金收支明细账", "专项资金收支"], [9, "月报报送", "向潮州市商务局报送月报"], [10, "专栏更新", "政府网专栏更新"],
    [11, "宣传报道", "媒体报道"], [12, "经验材料", "经验材料报送"]];

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const claimed = CL;
  const derivation = [
    "org.leadership: 自评基础数据“领导小组组长：县长”（备注里的“副组长：分管副县长”不是组长），成员单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 主要领导牵头且四部门参与 → 2",
    "org.plan: 工作方案“是”栏打√（饶府办〔2020〕15号），评判项方案制定2 → 2",
    "org.policy: 政策“是”栏打√，评判项政策支持1 → 1",
    "org.management: 项目管理制度2 + 工作台账2 → 4",
    "work.center: 中心投入运营“2020年11月6日” ≤ 截止日 → 2；≤ 2021-02-28，运行满6个月 → 2；免费培训√ 2；免费展示√ 1；免费摄影美工“否”栏打√ → 0；品牌推广√ 1；其他衍生增值服务√ 1；产业园√ → 2；产业园企业清单22行，截至2021-08-31在园19家（2021年5月20日、7月6日两家退园，退园只写在备注；一家2021年9月入驻；一家2021年10月8日才退园，截止日仍在园），19 < 20 → 0（自评基础数据的22家是累计签约数）；在园企业类型有电商平台、网络零售/网店（销售型）、代运营服务（运营商）、快递物流/仓储物流等，≥3种 → 1；合计12（自评14）",
    "work.coverage: 区划代码页221个村委会（24个社区居委会、21个镇的行不算），≥200个，以200为基数；站点台账154个站点按镇分块：截止日前有站点的行政村146个（3个村有第二个站点只算一次，2个社区站点不算，3个站点在2021年9—10月建成不算；两处村名写作“…村民委员会”；四处建成时间只写到月、五处写成“21.5.8”式两位年份） → 146/200 = 73% ≥ 70% → 5（若以221为基数只有66.1%）；省定贫困村12个，截止日前有站点11个（第12个村的站点2021-09-08才建成） → 11/12 = 91.7%，在80%—100%之间 → 3；合计8（自评10）",
    "work.upward: 网销调研2；网络促销活动1；第三方运营服务商√ → 1；村居名单没有快递列，按“行政村物流快递覆盖率100%”√ → 1；交易标准与冷链溯源1；农村网络零售额46.83亿→55.12亿元增长17.7%，农产品网络零售额3.642亿→4.793亿元增长31.6% ≥ 30% → 2；合计8",
    "work.training: 培训台账“参训人次”分线下/线上/合计三栏，取合计；截止日前各期合计4,326人次（2021年9月15—16日一期192人次不算；“其中：脱贫人口”是其中数不能加；合计行4,518含9月）；常住人口79.82万 > 50万，以500,000为基数 → 0.865%，在0.8%—1%之间 → 8；没有贫困人口名单，按自评基础数据：有劳动能力（不含外出务工）1,286人、参训702人 → 54.6% ≥ 50% → 10；合计18",
    "info.disclosure: 方案、项目基本信息、建设进度、监督举报窗口四项都打√ → 2；专栏更新记录近一年2021年2月没有更新（1—2月进度3月才发布） → 不定时 1；合计3（自评4）",
    "info.reporting: 月报报送登记2020年9月至2021年8月每个月都有报送日期（1月月报2021年2月8日报送） → 3；能统计电商扶贫√，且2020年9月起月报含扶贫统计 → 3；合计6",
    "promo.cases: 经验材料2021.6.25报送潮州市商务局 → 2（2021.9.20那份在截止日后）",
    "promo.media: 截止日前有省级（南方日报、广东广播电视台） → 4，县级（饶平县融媒体中心） → 1；市级潮州日报2021-09-16在截止日后 → 0；合计5",
    "fund.system: 评判项资金管理制度5 → 5",
    "fund.ledger: 评判项资金台账4 → 4",
    "fund.spending: 收支明细账按年分段、月和日分列：截止日前“支出”12笔共3,781,620.00元（收入栏的专项资金500万和银行结息不是拨付；本月合计、本年累计、上年结转行不是拨付；2021年9月14日、10月12日两笔不算），下达5,000,000元 → 75.6% ≥ 70% → 评判项资金拨付4 → 4",
    "bonus.poorTraining: 702/1286 = 54.6% < 70% → 0",
    "bonus.tvCase: 电商扶贫典型案例2021-05-26在广东广播电视台（省级电视）播报 → 1",
    "veto.incident: 安全生产、质量事故“否”栏打√ → 不否决",
    "veto.progress: 项目总体进度82% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“否”栏打√ → 不否决",
  ];
  return {
    description:
      "潮州饶平县商务局整本工作簿。“自评基础数据”是问卷式表格：两行表头“填报情况”下分“是 | 否 | 数量/内容”，是否项在“是”或“否”栏打√，数值项填在“数量/内容”栏，单位在“单位”栏逐行不同（万人、个、亿元、%、人次、万元、分）：常住人口79.82万人，行政村221个，组长“县长”（备注里有副组长分管副县长），成员单位含商务、财政、农业农村、乡村振兴；中心投入运营“2020年11月6日”；免费摄影美工打在“否”栏；零售额以亿元计；培训人次“4,518”含9月；累计拨付378.162万元；评判项在第九部分按“分”填。“自评得分表”是从PDF复制的官方指标体系：评价指标名称一字一行（“组\\n织\\n领\\n导”），工作任务分行，服务体系建设（权重25）合并跨两行、两行各有自评得分，自评合计90。“村居区划代码”是国家统计局统计用区划代码页面复制：镇的行（12位代码，无城乡分类）夹在中间，名称“…村委会”“…社区居委会”，221个村委会超过200个。“省定贫困村”12个。“站点台账”按镇分块（“（一）黄冈镇”标题行和“小计”行），154个站点，含同村第二站、社区站、9月后新建站，日期有日期单元格、“2020.11.6”、“2021年3月15日”、“2021-3-15”、两位年份“21.5.8”和只到月的“2021年4月”。“培训台账”参训人次两行表头（线下 | 线上 | 合计），有“其中：脱贫人口”列、合计行和一期9月培训。“产业园企业”入驻时间多只写到月，状态栏只写“在园/退园”（按10月更新时的状态），退园日期只写在备注里（一家10月8日才退园，截止日仍在园）。“资金收支明细账”按年分段，月、日分两列，收入/支出/余额，有本月合计、本年累计、结转行和银行结息。另有月报报送、专栏更新（2021年2月无更新）、宣传报道（含省级电视电商扶贫典型案例）、经验材料和目录。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "自评基础数据", rows: F, merges: FM },
      { name: "自评得分表", rows: oRows, merges: oMerges },
      { name: "村居区划代码", rows: vRows },
      { name: "省定贫困村", rows: pvRows, merges: pvMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "产业园企业", rows: eRows, merges: ["A1:H1", `A${eRows.length}:H${eRows.length}`] },
      { name: "资金收支明细账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "专栏更新", rows: dRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: caseRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕尾陆河县: a 核实修改稿 with 原填报 | 修改后 | 修改说明 (see the header comment)
// =====================================================================================================
function buildF1() {
  const rows = [["陆河县电子商务进农村综合示范创建考评基础数据表（核实修改稿）"],
    ["填报单位：陆河县科工商务局　　考评截止日期：2021年8月31日　　初次填报：2021年9月3日　　修改日期：2021年9月9日"],
    ["说明：根据汕尾市商务局9月7日初审意见修改；修改内容填在“修改后”栏，未修改的该栏不填。"],
    ["序号", "类别", "指标", "计量单位", "原填报", "修改后", "修改说明"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  const G = [
    ["基本情况", [
      ["常住人口", "万人", 28.63, 24.78, "原填户籍人口，按第七次全国人口普查常住人口更正"],
      ["行政村数", "个", 125, null, null],
      ["省定贫困村数", "个", 22, null, null],
    ]],
    ["组织领导", [
      ["示范创建领导小组组长", "—", "县长", null, null],
      ["领导小组成员单位", "—", "县科工商务局、县财政局、县农业农村局、县交通运输局", "县科工商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局", "补漏县乡村振兴局（原县扶贫办）、县市场监管局"],
      ["是否正式印发示范县工作方案", "是/否", "是", null, "陆府办〔2020〕8号"],
      ["是否出台支持农村电商发展的政策", "是/否", "否", "是", "《陆河县支持农村电子商务发展若干措施》（陆府办〔2021〕12号）已于2021年4月印发，原填有误"],
    ]],
    ["服务体系建设", [
      ["县级电子商务公共服务中心投入运营时间", "年月日", "2021年1月", "2020年12月28日", "以运营服务合同起始日为准"],
      ["有免费培训场所、培训设备，能组织电商基础培训", "是/否", "是", null, null],
      ["为特色农产品提供免费展示、销售服务", "是/否", "是", null, null],
      ["为电子商务市场主体提供免费摄影、美工服务", "是/否", "是", null, null],
      ["组织农产品统一推广、指导特色农产品品牌建设", "是/否", "是", null, "“陆河青梅”区域品牌"],
      ["为电子商务发展提供其他衍生增值服务", "是/否", "是", "否", "初审：未见佐证材料，据实修改"],
      ["建设或整合、优化当地电商产业园", "是/否", "否", null, "我县未建电商产业园，依托公共服务中心孵化区"],
      ["电商产业园入驻企业数", "家", 0, null, null],
    ]],
    ["农村产品上行", [
      ["有专业第三方电子商务运营或服务商", "是/否", "是", null, null],
      ["行政村物流快递覆盖率达100%", "是/否", "是", null, "邮政、快递进村全覆盖"],
      ["2019年农村网络零售额", "亿元", 8.16, null, "省商务厅反馈数据"],
      ["2020年农村网络零售额", "亿元", 10.84, null, "省商务厅反馈数据"],
      ["2020年农村网络零售额同比增速", "%", 31.2, 32.8, "原按1—11月数据计算，按全年数据更正"],
      ["2019年农产品网络零售额", "亿元", 1.27, null, null],
      ["2020年农产品网络零售额", "亿元", 1.52, null, null],
      ["2020年农产品网络零售额同比增速", "%", 19.7, null, null],
    ]],
    ["电商人才培训", [
      ["电商培训人次", "人次", 2516, "2731（含线上培训215人次）", "补录线上直播培训"],
      ["有劳动能力的建档立卡贫困人口（不含外出务工人员）", "人", "1,204", null, "县乡村振兴局确认"],
      ["参加培训的建档立卡贫困人口", "人", 618, 587, "按身份证号去重后人数"],
    ]],
    ["信息公开及报送", [
      ["县政府网站专栏公示创建方案", "是/否", "是", null, null],
      ["专栏公示项目基本信息", "是/否", "是", null, null],
      ["专栏公示项目建设进度", "是/否", "是", null, null],
      ["专栏设立征求意见或监督举报窗口", "是/否", "是", "否", "专栏未设窗口，拟于10月补设"],
      ["能统计电商扶贫情况", "是/否", "是", null, null],
    ]],
    ["资金管理", [
      ["省级专项资金下达", "万元", 500, null, null],
      ["累计拨付资金", "万元", "352.60", "3,684,200元", "补录8月支付凭证（本格按元填写）"],
      ["已制定资金管理制度", "是/否", "是", null, null],
      ["已建立资金专用台账", "是/否", "是", null, null],
      ["项目总体进度", "%", 86, "不变", "经核实无误"],
    ]],
    ["一票否决", [
      ["是否发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "是/否", "否", null, null],
      ["是否存在弄虚作假", "是/否", "否", null, null],
    ]],
    ["评判项自评（分）", [
      ["方案制定（1-2）", "分", 2, null, null],
      ["政策支持（1-2）", "分", 2, 1, "政策2021年4月才出台，落实时间短"],
      ["项目管理制度（1-2）", "分", 2, null, null],
      ["工作台账（1-2）", "分", 2, null, null],
      ["网销调研（1-2）", "分", 1, null, null],
      ["网络促销活动（1-2）", "分", 2, null, null],
      ["交易标准与冷链溯源（1-2）", "分", 1, null, null],
      ["资金管理制度（1-5）", "分", 4, null, null],
      ["资金台账（1-5）", "分", 4, null, null],
      ["资金拨付（1-5）", "分", 4, 3, "部分项目拨付滞后"],
    ]],
  ];
  let n = 0;
  let changed = 0;
  for (const [cat, items] of G) {
    const r0 = rows.length + 1;
    items.forEach(([label, unit, orig, mod, note], j) => {
      rows.push([++n, j === 0 ? cat : null, label, unit, orig, mod, note]);
      if (mod !== null && mod !== "不变") changed++;
    });
    if (items.length > 1) merges.push(`B${r0}:B${rows.length}`);
  }
  rows.push([`共${n}项，修改${changed}项。`]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["填报人：彭××　　审核人：叶××　　联系电话：0660-55xxxxx"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(changed === 12 && n === 48, "f1 48 rows, twelve changed " + changed);
  assert(pct1(1084 - 816, 816) === "32.8%" && pct1(152 - 127, 127) === "19.7%", "f1 growth rates agree with the corrected values");
  assert(2516 + 215 === 2731 && pct1(3684200, 5000000) === "73.7%", "f1 2,731 and 73.7%");
  return {
    description:
      "汕尾陆河县科工商务局的考评基础数据表“核实修改稿”：表头序号|类别|指标|计量单位|原填报|修改后|修改说明，类别向下合并。市局初审后修改的项目在“修改后”栏填新值，没改的该栏空着（空着就读原填报）。要读修改后：常住人口28.63→24.78万人（原填户籍人口）；成员单位补上县乡村振兴局（原只有商务、财政、农业农村、交通，组长县长 → 主要领导且四部门齐全）；政策否→是；中心投入运营“2021年1月”→“2020年12月28日”；其他衍生增值服务是→否；农村网零增速31.2→32.8；培训人次2516→“2731（含线上培训215人次）”（括号是说明）；参训贫困人口618→587；监督举报窗口是→否；累计拨付原填“352.60”万元，修改后写“3,684,200元”（本行单位是万元，但本格自带“元”）；项目总体进度修改后写“不变”（仍是86%）；评判项政策支持2→1、资金拨付4→3。产业园“否”，入驻企业数0不是输入。“共48项，修改12项。”和填报人行不是数据。",
    sheets: [{ name: "基础数据（修改稿）", rows, merges }],
    expect: {
      facts: {
        county: "陆河县", asOf: "2021-08-31", residentPopulation: 247800, adminVillagesStated: 125, poorVillagesStated: 22,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 816000000, ruralRetail2020: 1084000000, ruralRetailGrowthStated: 0.328,
        agriRetail2019: 127000000, agriRetail2020: 152000000, agriRetailGrowthStated: 0.197,
        trainingPersonTimesStated: 2731, eligiblePoorPersonsStated: 1204, trainedPoorPersonsStated: 587,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3684200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 梅州蕉岭县: the 自评报告 pasted from Word, numbers in running prose (see the header comment)
// =====================================================================================================
function buildF2() {
  const rows = [];
  const P = (s) => rows.push([s]);
  let page = 0;
  const pageNo = () => rows.push([`— ${++page} —`]);
  P("蕉岭县2019年省级电子商务进农村综合示范创建工作自评报告");
  P("蕉岭县商务局");
  P("（2021年9月8日）");
  rows.push([]);
  P("　　根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，我县对照考评指标体系逐项开展了自评，本次自评数据截止时间为2021年8月31日。现将有关情况报告如下：");
  P("　　一、基本情况");
  P("　　蕉岭县位于广东省东北部、梅州市北部，全县总面积961.6平方公里，辖8个镇，共有97个行政村、10个社区居委会，户籍人口23.1万人，常住人口18.62万人（第七次全国人口普查数据）。全县有省定相对贫困村11个，已于2020年底全部出列。2020年全县地区生产总值123.6亿元。");
  P("　　二、主要工作及成效");
  P("　　（一）加强组织领导。成立了以县委书记任组长、县长任常务副组长、分管副县长任副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局等18个部门为成员单位的示范创建工作领导小组，定期召开联席会议研究解决创建工作中的困难和问题。");
  P("　　（二）科学制定方案。2020年4月，县政府办公室正式印发《蕉岭县电子商务进农村综合示范工作实施方案》（蕉府办〔2020〕17号），明确了创建目标、建设内容和责任分工。（自评2分）");
  P("　　（三）强化政策支持。出台了《蕉岭县促进电子商务发展扶持办法》，在资金、场地、人才引进等方面给予扶持，已兑现扶持资金86万元。（自评2分）");
  P("　　（四）规范项目管理。制定了《蕉岭县电子商务进农村综合示范项目管理办法》，建设、验收环节严格按制度执行（自评2分）；建立了项目工作台账，但部分项目进度记录不够详细（自评1分）。");
  pageNo();
  P("　　（五）完善服务体系。县电子商务公共服务中心于2020年9月18日正式投入运营，面积1,600平方米，设有免费培训教室，配备电脑、投影等培训设备，可同时容纳80人开展电商基础培训；设有农特产品展示展销区，免费为本地特色农产品提供展示和线上销售服务；设有摄影棚，免费为电商企业和网店提供产品拍摄和美工设计服务；统一推广“长寿蕉岭”区域公用品牌，指导企业开展特色农产品品牌建设；此外，中心还为入驻企业提供注册代办、融资对接、法律咨询等衍生增值服务。整合原蕉城镇创业孵化基地建设县电商产业园，现有入驻企业23家，涵盖平台型、销售型、运营服务和物流企业。全县已建成村级电商服务站点82个，覆盖82个行政村，行政村覆盖率84.5%，11个省定贫困村实现全覆盖。");
  assert(pct1(82, 97) === "84.5%", "f2 84.5%");
  P("　　（六）推动农产品上行。委托第三方机构对全县农产品网络销售情况开展调研，形成《蕉岭县农产品网络销售调研报告》并提出针对性建议（自评2分）；组织开展“长寿蕉岭好物节”等网络促销活动12场，线上销售额超过3,000万元（自评2分）；引入广东长寿云商电子商务有限公司作为专业第三方运营服务商；整合邮政、快递资源建设县镇村三级物流配送体系，全县97个行政村快递物流覆盖率达100%；制定了蕉岭丝苗米、蕉岭绿茶等4个产品的电商交易标准，建成农产品溯源系统，冷链系统正在建设中（自评1分）。");
  P("　　据省商务厅反馈数据，2020年全县农村网络零售额9.36亿元，同比增长24.8%；农产品网络零售额1.87亿元，同比增长36.5%。2021年1—7月，全县农村网络零售额6.12亿元，同比增长31.4%。");
  P("　　（七）加强人才培训。累计开展电商培训62期、2,164人次，占常住人口的1.16%，超过1%的目标要求（目标1,862人次）。全县有劳动能力的建档立卡贫困人口（不含外出务工人员）1,032人，参加电商培训的有578人，培训率56.0%。");
  assert(pct2(2164, 186200) === "1.16%" && pct1(578, 1032) === "56.0%", "f2 1.16% and 56.0%");
  P("表1　电商培训开展情况");
  rows.push(["年度", "期数", "培训人次"]);
  rows.push(["2020年", 34, "1,187"]);
  rows.push(["2021年1—8月", 28, 977]);
  rows.push(["合计", 62, "2,164"]);
  assert(34 + 28 === 62 && 1187 + 977 === 2164, "f2 table adds up");
  pageNo();
  P("　　（八）做好信息公开及报送。在县政府门户网站开设“电子商务进农村综合示范”专栏，公开了示范创建工作方案、项目基本信息和项目建设进度，并公布了监督举报电话（0753-7xxxxxx）。每月按时向梅州市商务局报送工作进展和统计数据，并统计电商扶贫数据（含建档立卡贫困户培训、带动增收情况）。");
  P("　　（九）加强宣传推广。及时总结“电商+长寿食品”等经验做法报送市商务局；梅州日报、梅州广播电视台、南方日报等媒体先后报道我县电商工作12次。");
  P("　　（十）加强资金管理。省级财政下达我县专项资金500万元。制定了《蕉岭县电子商务进农村综合示范专项资金管理办法》，建立考核问责制度（自评5分）；项目承建方均建立了资金专用台账，账目完整（自评4分）。截至2021年8月31日，累计拨付资金386.5万元，支出率77.3%，资金按创建进度及时拨付（自评4分）。项目总体进度达到90%。");
  assert(pct1(3865000, 5000000) === "77.3%", "f2 77.3%");
  P("　　三、存在问题");
  P("　　一是冷链物流设施建设滞后；二是本土电商人才依然缺乏；三是农产品标准化、品牌化程度不高。");
  P("　　四、其他说明");
  P("　　示范创建期间，我县未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，不存在弄虚作假行为。");
  P("　　经自评，我县2019年省级电子商务进农村综合示范创建考评自评得分为93分（含加分2分）。");
  rows.push([]);
  P("蕉岭县商务局");
  P("2021年9月8日");
  pageNo();
  assert(rows.filter((r) => r.length === 1 && typeof r[0] === "string" && r[0].includes("（自评")).length === 5, "f2 five paragraphs carry 自评 points");
  return {
    description:
      "梅州蕉岭县商务局的《自评报告》从Word复制进Excel：每段一格在A列（不合并），中间夹着页码行“— 1 —”和一张三列的小表（表1 电商培训开展情况，合计62期2,164人次）。所有数据都在正文句子里：自评数据截止时间2021年8月31日；97个行政村（10个社区居委会不是）；户籍人口23.1万人不是，常住人口18.62万人才是；省定贫困村11个；县委书记任组长（县长、分管副县长是副组长），成员单位有商务、财政、农业农村、乡村振兴；方案已印发；出台扶持办法；中心2020年9月18日投入运营，五项服务都有（培训教室和设备、免费展示销售、免费拍摄美工、区域品牌、衍生增值服务）；建了产业园；第三方运营服务商；快递覆盖100%；2020年农村网零9.36亿元增长24.8%、农产品1.87亿元增长36.5%（没有2019年金额；2021年1—7月的6.12亿元、31.4%不是）；培训2,164人次（目标1,862不是）；有劳动能力贫困人口1,032人、参训578人；专栏公开方案、项目信息、进度和监督举报电话；统计电商扶贫数据；下达500万元、拨付386.5万元；有资金管理办法、专用台账；进度90%；未发生事故、不存在弄虚作假。评判项是句中“（自评X分）”：方案2、政策2、管理制度2、台账1、调研2、促销2、标准溯源1、资金制度5、资金台账4、资金拨付4。村级站点82个、入驻企业23家、媒体报道12次、总分93分都不是输入。",
    sheets: [{ name: "自评报告", rows }],
    expect: {
      facts: {
        county: "蕉岭县", asOf: "2021-08-31", residentPopulation: 186200, adminVillagesStated: 97, poorVillagesStated: 11,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 936000000, ruralRetailGrowthStated: 0.248, agriRetail2020: 187000000, agriRetailGrowthStated: 0.365,
        trainingPersonTimesStated: 2164, eligiblePoorPersonsStated: 1032, trainedPoorPersonsStated: 578,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3865000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
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
// f3 — 河源连平县: the city's 数据采集表, one county a row, a three-row header (see the header comment)
// =====================================================================================================
function buildF3() {
  // [group, field, 填写要求, example value, 连平县 value, 说明]
  const C = [
    ["基本情况", "序号", "—", "示例", 1, null],
    ["基本情况", "县（区）", "文本", "××县", "连平县", null],
    ["基本情况", "考评截止日期", "yyyy-mm-dd", "2021-08-31", "2021-08-31", null],
    ["基本情况", "常住人口", "万人", 35.6, 30.58, "七普数据"],
    ["基本情况", "行政村数", "个", 120, 153, null],
    ["基本情况", "社区数", "个", 10, 18, null],
    ["基本情况", "省定贫困村数", "个", 20, 31, null],
    ["组织领导", "领导小组组长（职务）", "文本", "县长", "县委书记", null],
    ["组织领导", "领导小组成员单位", "文本，用顿号分隔", "县商务局、县财政局、…", "县商务局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司", null],
    ["组织领导", "示范县工作方案正式印发", "Y/N", "Y", "Y", "连府办〔2020〕21号"],
    ["组织领导", "出台支持农村电商发展政策", "Y/N", "Y", "N", "政策文件审定中"],
    ["服务体系", "县级公共服务中心投入运营日期", "yyyy-mm-dd", "2020-10-01", "2021-03-15", null],
    ["服务体系", "免费培训场所、设备，能组织基础培训", "Y/N", "Y", "Y", null],
    ["服务体系", "免费展示、销售特色农产品", "Y/N", "Y", "Y", null],
    ["服务体系", "免费摄影、美工服务", "Y/N", "Y", "N", null],
    ["服务体系", "农产品统一推广、品牌建设指导", "Y/N", "Y", "Y", null],
    ["服务体系", "其他衍生增值服务", "Y/N", "Y", null, null],
    ["服务体系", "建设或整合、优化电商产业园", "Y/N", "Y", "Y", null],
    ["服务体系", "产业园入驻企业数", "家", 20, 14, null],
    ["服务体系", "村级电商服务站点数", "个", 100, 96, null],
    ["农村产品上行", "有专业第三方电商运营或服务商", "Y/N", "Y", "Y", null],
    ["农村产品上行", "行政村物流快递覆盖率100%", "Y/N", "Y", "Y", null],
    ["农村产品上行", "2019年农村网络零售额", "万元", "10,000", "52,318", "省商务厅反馈"],
    ["农村产品上行", "2020年农村网络零售额", "万元", "13,000", "71,064", "省商务厅反馈"],
    ["农村产品上行", "2020年农村网络零售额同比增速", "%", 30, 35.8, null],
    ["农村产品上行", "2019年农产品网络零售额", "万元", "2,000", "6,872", null],
    ["农村产品上行", "2020年农产品网络零售额", "万元", "2,600", "8,015", null],
    ["农村产品上行", "2020年农产品网络零售额同比增速", "%", 30, 16.6, null],
    ["农村产品上行", "2021年1—8月农村网络零售额", "万元", "9,000", "48,760", "同比增长12.4%"],
    ["电商人才培训", "电商培训人次", "人次", 3560, 3217, null],
    ["电商人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 1000, 2146, "县乡村振兴局确认"],
    ["电商人才培训", "参加培训的建档立卡贫困人口", "人", 500, 752, null],
    ["信息公开及报送", "专栏公示创建方案", "Y/N", "Y", "Y", null],
    ["信息公开及报送", "专栏公示项目基本信息", "Y/N", "Y", "Y", null],
    ["信息公开及报送", "专栏公示项目建设进度", "Y/N", "Y", "N", "进度只更新到2021年3月"],
    ["信息公开及报送", "专栏设立征求意见或监督举报窗口", "Y/N", "Y", "Y", null],
    ["信息公开及报送", "每月向市商务局报送", "Y/N", "Y", "Y", null],
    ["信息公开及报送", "能统计电商扶贫情况", "Y/N", "Y", "Y", null],
    ["资金管理", "省级专项资金下达", "万元", 500, 500, null],
    ["资金管理", "累计拨付资金", "万元", 400, "318.75", "截至8月31日"],
    ["资金管理", "已制定资金管理制度", "Y/N", "Y", "Y", null],
    ["资金管理", "已建立资金专用台账", "Y/N", "Y", "Y", null],
    ["资金管理", "项目总体进度", "%", 80, 65, null],
    ["一票否决", "发生安全生产、质量事故或重大损失", "Y/N", "N", "N", null],
    ["一票否决", "弄虚作假", "Y/N", "N", "N", null],
    ["评判项自评", "方案制定", "1-2分", 2, 2, null],
    ["评判项自评", "政策支持", "1-2分", 2, null, "政策未出台"],
    ["评判项自评", "项目管理制度", "1-2分", 2, 1, null],
    ["评判项自评", "工作台账", "1-2分", 2, 2, null],
    ["评判项自评", "网销调研", "1-2分", 2, 1, null],
    ["评判项自评", "网络促销活动", "1-2分", 2, 1, null],
    ["评判项自评", "交易标准与冷链溯源", "1-2分", 2, 1, null],
    ["评判项自评", "资金管理制度", "1-5分", 5, 3, null],
    ["评判项自评", "资金台账", "1-5分", 5, 3, null],
    ["评判项自评", "资金拨付", "1-5分", 5, "—", "支出率63.75%，未达70%"],
  ];
  const W = C.length;
  const last = colName(W - 1);
  const rows = [["河源市2019年省级电子商务进农村综合示范县考评数据采集表"],
    ["填报单位：连平县商务局　　填报人：曾××　　联系电话：0762-43xxxxx　　填报日期：2021年9月6日"]];
  const merges = [`A1:${last}1`, `A2:${last}2`];
  const gRow = [];
  const fRow = [];
  const qRow = [];
  const exRow = [];
  const vRow = [];
  const nRow = [];
  let g0 = 0;
  C.forEach(([g, f, q, ex, v, note], j) => {
    gRow.push(j === 0 || C[j - 1][0] !== g ? g : null);
    fRow.push(f);
    qRow.push(q);
    exRow.push(ex);
    vRow.push(v);
    nRow.push(j === 0 ? "说明" : note);
    if (j === W - 1 || C[j + 1][0] !== g) {
      if (j > g0) merges.push(`${colName(g0)}3:${colName(j)}3`);
      g0 = j + 1;
    }
  });
  exRow[0] = "填写示例";
  rows.push(gRow, fRow, qRow, exRow, vRow, nRow);
  rows.push([`填报说明：1．每县（区）填写一行，第6行“填写示例”为示例，请勿修改；2．是否项填Y或N；3．日期按yyyy-mm-dd填写；4．金额单位为万元。`]);
  merges.push(`A${rows.length}:${last}${rows.length}`);
  assert(W === 55 && last === "BC", "f3 55 columns " + W + " " + last);
  assert(pct1(71064 - 52318, 52318) === "35.8%" && pct1(8015 - 6872, 6872) === "16.6%", "f3 growth agrees");
  assert(pct1(752, 2146) === "35.0%" && pct2(3187500, 5000000) === "63.75%", "f3 35.0% and 63.75%");
  assert(rows[2][0] === "基本情况" && rows[3][0] === "序号" && rows[4][0] === "—" && rows[5][0] === "填写示例" && rows[6][1] === "连平县" && rows[7][0] === "说明", "f3 layout rows");
  return {
    description:
      "河源市下发的数据采集表，连平县商务局填报：一个县一行，55个字段横排在A—BC列，三行表头（第3行分组合并：基本情况、组织领导、服务体系……评判项自评；第4行字段名；第5行填写要求/单位：万人、Y/N、yyyy-mm-dd、万元、%、1-2分），第6行是模板自带的“填写示例”（××县，数值全是示例，不是数据），第7行才是连平县，第8行是“说明”行。要读第7行：截止日期“2021-08-31”；常住人口30.58万人；行政村153（社区18不是）；省定贫困村31；组长“县委书记”，成员单位有商务、农业农村、乡村振兴，缺财政 → 主要领导但部门不全；方案Y；政策N；中心投入运营“2021-03-15”；摄影美工N；“其他衍生增值服务”空着（没有回答）；产业园Y；零售额万元（“52,318”“71,064”“6,872”“8,015”）和两个增速35.8、16.6；培训3217人次；贫困人口2146人、参训752人；建设进度N；下达500万元、拨付“318.75”万元；进度65%；否决两项N。评判项：政策支持空着，资金拨付填“—”（都不是分数），其余2、1、2、1、1、1、3、3。入驻企业14、站点96、每月报送Y、2021年1—8月零售额不是输入。",
    sheets: [{ name: "数据采集表", rows, merges }],
    expect: {
      facts: {
        county: "连平县", asOf: "2021-08-31", residentPopulation: 305800, adminVillagesStated: 153, poorVillagesStated: 31,
        planIssued: true, policyIssued: false, centerOpened: "2021-03-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 523180000, ruralRetail2020: 710640000, ruralRetailGrowthStated: 0.358,
        agriRetail2019: 68720000, agriRetail2020: 80150000, agriRetailGrowthStated: 0.166,
        trainingPersonTimesStated: 3217, eligiblePoorPersonsStated: 2146, trainedPoorPersonsStated: 752,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3187500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.65,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// l1 — 韶关翁源县: one sheet per training session, and the 脱贫人口 list (see the header comment)
// =====================================================================================================
function buildL1() {
  const REGION = "440229";
  const NEAR = ["440229", "440229", "440229", "440229", "440203", "440232", "441621"];
  const TOWNS = ["龙仙镇", "坝仔镇", "江尾镇", "官渡镇", "周陂镇", "翁城镇", "新江镇"];
  const namer = noDupNamer(villageNamer("东西南北上下新大石龙凤金竹横坑塘岭", ["光", "坑", "塘", "田", "洞", "岭", "陂", "水", "围", "背", "坪", "溪"]), TOWNS.map((t) => t.slice(0, 2)));
  const VILL = TOWNS.map((t) => ({ t, vs: [namer(), namer(), namer()] }));
  const allV = VILL.flatMap((x) => x.vs.map((v) => ({ t: x.t, v })));

  // ---------------- 脱贫人口名单
  // E = labour, at home or working inside the county; M = labour, working outside the county; N = no labour; B = labour, 务工情况 blank
  const CODES = "EEMENMNNMEENNNEMEEBEEMENEEEMNENEEENENMEM".split("");
  assert(CODES.length === 40, "l1 40 persons");
  const HOME = ["在家务农", "县内务工", "在家务农", "本村公益性岗位", "县内务工", "在家务农"];
  const AWAY = ["广州务工", "深圳务工", "东莞务工", "省外务工（浙江）", "佛山务工", "广州务工", "深圳务工", "中山务工"];
  const persons = [];
  let hi = 0;
  let ai = 0;
  CODES.forEach((c, j) => {
    const place = allV[Math.floor(j / 3) % allV.length];
    const male = rnd() < 0.55;
    const birth = c === "N" ? birthBetween(1938, 1955) : birthBetween(1966, 2000);
    const id = makeId(REGION, birth, male, j === 9 || j === 21 ? true : undefined);
    const work = c === "E" ? HOME[hi++ % HOME.length] : c === "M" ? AWAY[ai++ % AWAY.length] : c === "N" ? "—" : null;
    persons.push({ c, id, name: personName(), male, place, work, labour: c !== "N", migrant: c === "M" ? true : c === "E" ? false : null });
  });
  const pRows = [["翁源县建档立卡脱贫人口名单（劳动能力及务工情况）"], ["数据来源：县乡村振兴局　　统计时点：2021年3月"],
    ["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", null, "务工情况", "备注"], [null, null, null, null, null, null, "有", "无", null, null]];
  const pMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:H3", "I3:I4", "J3:J4"];
  const pRecs = [];
  persons.forEach((p, j) => {
    pRows.push([j + 1, p.place.t, p.place.v, p.name, p.male ? "男" : "女", p.id, p.labour ? "✓" : null, p.labour ? null : "✓", p.work,
      p.c === "N" ? (ageOn(birthOf(p.id), "2021-03-31") >= 60 ? "年老体弱" : "患病") : p.c === "B" ? "务工情况待核实" : null]);
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  const nLab = persons.filter((p) => p.labour).length;
  pRows.push([`合计：${persons.length}人，其中有劳动能力${nLab}人，外出务工${persons.filter((p) => p.c === "M").length}人。`]);
  pMerges.push(`A${pRows.length}:J${pRows.length}`);
  const E = persons.filter((p) => p.c === "E");
  const M = persons.filter((p) => p.c === "M");
  assert(E.length === 20 && M.length === 8 && nLab === 29 && persons.filter((p) => p.c === "B").length === 1, `l1 roster ${E.length}/${M.length}/${nLab}`);
  assert(E.some((p) => isX(p.id)), "l1 an eligible person with X");

  const stranger = () => {
    const male = rnd() < 0.5;
    const pl = allV[rint(0, allV.length - 1)];
    return { id: makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1970, 2003), male), name: personName(), male, place: pl, poor: false };
  };
  const asPoor = (p) => ({ id: p.id, name: p.name, male: p.male, place: p.place, poor: true });

  // ---------------- 第1期: plain sign-in, two 请假
  const S1 = [];
  for (let q = 0; q < 24; q++) S1.push(stranger());
  [3, 11, 17].forEach((at, k) => (S1[at] = asPoor(E[k])));
  const leave1 = new Set([8, 20]);
  const s1Rows = [["翁源县农村电子商务基础知识培训班签到表"], ["培训时间：2020年10月22日　　　培训地点：县电子商务公共服务中心三楼培训室"],
    ["序号", "姓名", "性别", "身份证号码", "联系电话", "所在镇（村）", "是否脱贫户", "签到"]];
  const s1Recs = [];
  S1.forEach((p, q) => {
    s1Rows.push([q + 1, p.name, p.male ? "男" : "女", p.id, mask(phone()), `${p.place.t}${p.place.v}`, p.poor ? "是" : "否", leave1.has(q) ? "请假" : "√"]);
    if (!leave1.has(q)) s1Recs.push({ date: "2020-10-22", personTimes: 1, id: p.id });
  });
  s1Rows.push([`应到${S1.length}人，实到${S1.length - leave1.size}人（请假${leave1.size}人）。`]);
  assert(s1Recs.length === 22, "l1 s1 22");

  // ---------------- 第2期: two days, one tick column per day
  const S2 = [];
  for (let q = 0; q < 20; q++) S2.push(stranger());
  [2, 6, 9, 15].forEach((at, k) => (S2[at] = asPoor(E[1 + k])));
  const onlyD1 = new Set([5, 13]);
  const onlyD2 = new Set([10, 18]);
  const s2Rows = [["翁源县电商直播带货实操培训班签到表"], ["培训时间：2020年12月9日—10日　　　培训地点：坝仔镇电商服务中心"],
    ["序号", "姓名", "身份证号码", "所在镇村", "是否脱贫户", "签到情况", null, "备注"], [null, null, null, null, null, "12月9日", "12月10日", null]];
  const s2Merges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:G3", "H3:H4"];
  const s2Recs = [];
  let d1 = 0;
  let d2 = 0;
  S2.forEach((p, q) => {
    const a = !onlyD2.has(q);
    const b = !onlyD1.has(q);
    s2Rows.push([q + 1, p.name, p.id, `${p.place.t}${p.place.v}`, p.poor ? "是" : null, a ? "√" : null, b ? "√" : null, !a ? "9日未到" : !b ? "10日请假" : null]);
    if (a) {
      s2Recs.push({ date: "2020-12-09", personTimes: 1, id: p.id });
      d1++;
    }
    if (b) {
      s2Recs.push({ date: "2020-12-10", personTimes: 1, id: p.id });
      d2++;
    }
  });
  s2Rows.push([`签到合计：12月9日${d1}人次，12月10日${d2}人次，共${d1 + d2}人次。`]);
  s2Merges.push(`A${s2Rows.length}:H${s2Rows.length}`);
  assert(d1 === 18 && d2 === 18 && s2Recs.length === 36, "l1 s2 36 person-times");

  // ---------------- 第3期: online class, masked IDs, one without an ID
  const s3Rows = [["翁源县电商直播公开课（线上）学员观看记录"], ["直播时间：2021/4/16 19:30-21:00　　平台：微信视频号直播　　导出时间：2021/4/17 09:02"],
    ["序号", "学员姓名", "证件号码", "手机号码", "所在镇", "观看时长（分钟）"]];
  const s3Recs = [];
  for (let q = 0; q < 30; q++) {
    const p = q === 7 ? asPoor(E[6]) : stranger();
    const noId = q === 19;
    const idc = noId ? "未填写" : maskId(p.id);
    s3Rows.push([q + 1, p.name, idc, mask(phone()), p.place.t, rint(18, 90)]);
    s3Recs.push({ date: "2021-04-16", personTimes: 1, id: noId ? null : maskId(p.id) });
  }
  s3Rows.push(["注：平台导出时证件号码已脱敏。"]);
  assert(s3Recs.filter((r) => r.id === null).length === 1 && s3Recs.every((r) => r.id === null || /^\d{6}\*{8}\d{3}[\dX]$/.test(r.id)), "l1 s3 masked ids");

  // ---------------- 第4期: poor-only class
  const S4 = E.slice(2, 13).map(asPoor).concat([asPoor(M[0]), asPoor(M[3])]);
  const s4Rows = [["翁源县脱贫户电商技能专题培训班签到表"], ["培训日期：2021.6.17　　地点：周陂镇党群服务中心　　主办：翁源县商务局、翁源县乡村振兴局"],
    ["序号", "镇", "村", "姓名", "身份证号码", "脱贫户属性", "签名"]];
  const s4Recs = [];
  S4.forEach((p, q) => {
    s4Rows.push([q + 1, p.place.t, p.place.v, p.name, p.id, "脱贫户", "已签"]);
    s4Recs.push({ date: "2021-06-17", personTimes: 1, id: p.id });
  });
  assert(s4Recs.length === 13, "l1 s4 13");

  // ---------------- 第5期: after the cut-off
  const S5 = [];
  for (let q = 0; q < 15; q++) S5.push(stranger());
  [4, 12].forEach((at, k) => (S5[at] = asPoor(E[14 + k])));
  const s5Rows = [["翁源县农产品品牌建设与网络营销培训班签到表"], ["培训时间：2021年9月2日　　　培训地点：县电子商务公共服务中心三楼培训室"],
    ["序号", "姓名", "性别", "身份证号码", "联系电话", "所在镇（村）", "是否脱贫户", "签到"]];
  const s5Recs = [];
  S5.forEach((p, q) => {
    s5Rows.push([q + 1, p.name, p.male ? "男" : "女", p.id, mask(phone()), `${p.place.t}${p.place.v}`, p.poor ? "是" : "否", "√"]);
    s5Recs.push({ date: "2021-09-02", personTimes: 1, id: p.id });
  });

  // consistency: eligible persons trained by the cut-off
  const eIds = new Set(E.map((p) => p.id));
  const pre = s1Recs.concat(s2Recs, s4Recs).filter((r) => eIds.has(r.id));
  const trained = new Set(pre.map((r) => r.id));
  assert(trained.size === 13 && pct1(13, 20) === "65.0%", "l1 13/20 eligible trained before the cut-off " + trained.size);

  const cover = [["翁源县电子商务进农村综合示范培训台账"], [], ["编制单位：翁源县商务局"], ["编制时间：2021年9月"], [],
    ["目录"], ["1．第1期（电商基础）"], ["2．第2期（直播带货）"], ["3．第3期（线上公开课）"], ["4．第4期（脱贫户专班）"], ["5．第5期（农产品品牌）"], ["6．脱贫人口名单"]];
  return {
    description:
      "韶关翁源县商务局的培训台账，一期培训一个工作表。“封面”只是目录。“第1期（电商基础）”：标题下一行“培训时间：2020年10月22日”，签到栏“√”才算，2人“请假”不算（22人次）。“第2期（直播带货）”：两天的班（“2020年12月9日—10日”），签到情况两行表头分“12月9日 | 12月10日”两栏，每个√是一人次，日期取该栏（9日18、10日18，共36人次；两人只来一天）。“第3期（线上公开课）”：视频号直播导出，“直播时间：2021/4/16 19:30-21:00”，证件号码已脱敏（“440229********1234”，按原样），一人“未填写”（id为null），观看时长不是人次。“第4期（脱贫户专班）”：日期“2021.6.17”，签名“已签”，13人（含2名外出务工人员）。“第5期（农产品品牌）”在2021年9月2日（截止日后，仍列入记录）。“脱贫人口名单”：劳动能力两行表头分“有 | 无”两栏打✓；务工情况写地点：在家务农、县内务工、本村公益性岗位不是外出务工，广州/深圳/东莞/佛山/中山务工、省外务工是外出务工；无劳动能力的人务工情况“—”（null）；一名有劳动能力的人务工情况空着（null）；最后的合计行不是人。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1"] },
      { name: "第1期（电商基础）", rows: s1Rows, merges: ["A1:H1", "A2:H2", `A${s1Rows.length}:H${s1Rows.length}`] },
      { name: "第2期（直播带货）", rows: s2Rows, merges: s2Merges },
      { name: "第3期（线上公开课）", rows: s3Rows, merges: ["A1:F1", "A2:F2", `A${s3Rows.length}:F${s3Rows.length}`] },
      { name: "第4期（脱贫户专班）", rows: s4Rows, merges: ["A1:G1", "A2:G2"] },
      { name: "第5期（农产品品牌）", rows: s5Rows, merges: ["A1:H1", "A2:H2"] },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "第1期（电商基础）": { kind: "training", records: s1Recs },
        "第2期（直播带货）": { kind: "training", records: s2Recs },
        "第3期（线上公开课）": { kind: "training", records: s3Recs },
        "第4期（脱贫户专班）": { kind: "training", records: s4Recs },
        "第5期（农产品品牌）": { kind: "training", records: s5Recs },
        "脱贫人口名单": { kind: "poorPersons", records: pRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 清远阳山县: station cards, park enterprises in two tables, the mail client's sent list, press reports under
//      level headings, the site CMS export (see the header comment)
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const TOWNS = ["阳城镇", "七拱镇", "杜步镇", "黄坌镇", "江英镇", "杨梅镇", "青莲镇", "岭背镇", "黎埠镇", "小江镇", "大崀镇", "太平镇", "秤架瑶族乡"];
  const namer = villageNamer("上下东西南北新大小石龙凤竹茶梅莲沙", ["坪", "坑", "塘", "田", "洞", "岭", "江", "水", "头", "山", "湾", "岗", "寨"]);
  const newName = noDupNamer(namer, TOWNS.map((t) => t.slice(0, 2)));

  // ---------------- 站点信息卡
  const PER = [3, 2, 2, 3, 2, 2, 2, 2, 3, 2, 1, 1, 1];
  assert(sum(PER) === 26, "l2 26 stations");
  const ST = [];
  TOWNS.forEach((t, ti) => {
    for (let q = 0; q < PER[ti]; q++) ST.push({ t, v: newName(), iso: randIsoBetween("2020-08-01", "2021-08-20") });
  });
  ST.sort((a, b) => (a.t === b.t ? cmp(a.iso, b.iso) : TOWNS.indexOf(a.t) - TOWNS.indexOf(b.t)));
  ST[1].v = ST[1].v.replace(/村$/, "社区");
  ST[1].comm = true;
  ST[9].iso = "2021-09-16";
  ST[9].monthOnly = true;
  ST[17].iso = "2021-09-27";
  const OPS = ["中国邮政阳山县分公司", "阳山县供销合作联社", "清远市山里人家电子商务有限公司", "村集体经济合作社"];
  const SERV = ["代购代销、代收代发快递、便民缴费", "农产品收购与网销、快递收发", "代购代销、小额取款、话费充值", "电商宣传、代购代销、快递代收"];
  const cRows = [["阳山县村级电子商务服务站点信息卡"], ["（每站一卡，按乡镇排列；阳山县商务局2021年10月更新）"], []];
  const cMerges = ["A1:D1", "A2:D2"];
  const cRecs = [];
  let minWei = 0;
  let plainCun = 0;
  ST.forEach((s, j) => {
    const f = j % 5;
    let dcell;
    let opened = s.iso;
    if (s.monthOnly) {
      dcell = cnMonth(s.iso);
      opened = ym(s.iso);
    } else if (j === 4) {
      dcell = cnMonth(s.iso);
      opened = ym(s.iso);
    } else dcell = f === 0 ? cnDate(s.iso) : f === 1 ? dotDate(s.iso) : f === 2 ? D(s.iso) : f === 3 ? dashLoose(s.iso) : cnDate(s.iso);
    let vc = s.comm ? s.v + "居委会" : s.v + "委会";
    if (!s.comm && j % 7 === 3) {
      vc = s.v + "民委员会";
      minWei++;
    } else if (!s.comm && j % 6 === 5) {
      vc = s.v;
      plainCun++;
    }
    cRows.push([`站点编号：YS-ZD-${String(j + 1).padStart(3, "0")}`]);
    cMerges.push(`A${cRows.length}:D${cRows.length}`);
    cRows.push(["站点名称", `阳山县${s.t}${s.v}电商服务站`, "所属乡镇", s.t]);
    cRows.push(["所在村（社区）", vc, "建成时间", dcell]);
    cRows.push(["运营主体", OPS[j % 4], "负责人及电话", `${personName()}　${mask(phone())}`]);
    cRows.push(["服务内容", SERV[j % 4], null, null]);
    cMerges.push(`B${cRows.length}:D${cRows.length}`);
    cRows.push([]);
    cRecs.push({ village: s.v, opened });
  });
  cRows.push([`共${ST.length}张卡片。`]);
  assert(minWei >= 2 && plainCun >= 2, `l2 village cell variants ${minWei}/${plainCun}`);
  assert(cRecs.filter((r) => r.opened > CUT).length === 2 && cRecs.some((r) => /^\d{4}-\d{2}$/.test(r.opened) && r.opened <= CUT), "l2 two stations after the cut-off, one month-only before");

  // ---------------- 产业园企业: two tables
  const IN = [
    ["阳山县山货优选电子商务有限公司", "平台型"], ["阳山县淮山网店", "销售型"], ["阳山县西洋菜干网店", "销售型"], ["清远市阳山代运营服务有限公司", "电商运营商"],
    ["阳山县圆通快递服务部", "物流企业"], ["阳山县绿茶电子商务商行", "销售型"], ["阳山县乡村直播孵化基地", "其他（直播孵化）"], ["阳山县农家土特产网店", "销售型"],
    ["阳山县云仓物流有限公司", "物流企业"], ["阳山县鲜果供应链有限公司", "平台型"], ["阳山县金银花电子商务有限公司", "销售型"], ["阳山县品牌设计工作室", "其他（设计服务）"],
    ["阳山县鸡蛋网店", "销售型"], ["阳山县邮政电商服务中心", "物流企业"], ["阳山县黎埠米业网店", "销售型"],
  ].map(([n, t]) => ({ n, t, en: randIsoBetween("2020-08-15", "2021-07-31") }));
  IN.sort((a, b) => cmp(a.en, b.en));
  IN[IN.length - 1].en = "2021-09-10";
  const OUT = [
    ["阳山县百果园网店", "销售型", "2020-09-08", "2021-01-15", "经营不善，自行退出"],
    ["清远市速递电商服务有限公司", "电商运营商", "2020-10-20", "2021-04-30", "迁往清远市区"],
    ["阳山县山茶油网店", "销售型", "2020-11-16", "2021-07-31", "租期届满不续租"],
    ["阳山县快乐购平台有限公司", "平台型", "2021-01-05", "2021-09-20", "公司注销"],
  ];
  const eRows = [["阳山县电子商务产业园企业名录"], ["一、在园企业（截至2021年9月30日）"], ["序号", "企业名称", "企业类型", "入驻日期", "联系人", "备注"]];
  const eMerges = ["A1:F1", "A2:F2"];
  const eRecs = [];
  IN.forEach((e, j) => {
    eRows.push([j + 1, e.n, e.t, j % 3 === 0 ? D(e.en) : j % 3 === 1 ? dotDate(e.en) : cnDate(e.en), personName(), e.en > CUT ? "9月新入驻" : null]);
    eRecs.push({ name: e.n, type: e.t, entered: e.en, left: null });
  });
  eRows.push([]);
  eRows.push(["二、已退园企业"]);
  eMerges.push(`A${eRows.length}:F${eRows.length}`);
  eRows.push(["序号", "企业名称", "企业类型", "入驻日期", "退园日期", "退园原因"]);
  OUT.forEach(([n, t, en, lf, why], j) => {
    eRows.push([j + 1, n, t, dotDate(en), j % 2 ? D(lf) : dotDate(lf), why]);
    eRecs.push({ name: n, type: t, entered: en, left: lf });
  });
  const inParkAt = eRecs.filter((r) => r.entered <= CUT && !(r.left && r.left <= CUT));
  assert(eRecs.length === 19 && inParkAt.length === 15, "l2 15 in the park at the cut-off " + inParkAt.length);

  // ---------------- 月报发送记录: the mail client's sent list, newest first
  const CITY = "清远市商务局电子商务科 <qyswj_dzsk@163.com>";
  const GOV = "阳山县人民政府办公室 <ysxzfb@163.com>";
  const MAIL = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-06") continue;
    const nm = nextMonth(m);
    const day = rint(3, 8);
    const iso = `${nm}-${String(day).padStart(2, "0")}`;
    const subj = `阳山县电子商务进农村综合示范工作月报（${cnMonth(m)}）`;
    const att = `阳山县电商进农村月报（${cnMonth(m)}）.docx` + (m >= "2020-11" ? `；电商扶贫统计表（${cnMonth(m)}）.xlsx` : "");
    const size = `${rint(180, 420)} KB`;
    if (m === "2021-03") {
      MAIL.push({ iso, t: "10:15", to: CITY, subj, att, size, st: "发送失败（退信）" });
      MAIL.push({ iso: isoAdd(iso, 1), t: "08:52", to: CITY, subj, att, size, st: "已发送", rec: true, pov: true });
      continue;
    }
    MAIL.push({ iso, t: `${String(rint(8, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, to: CITY, subj, att, size, st: "已发送", rec: true, pov: m >= "2020-11" });
    if (m === "2020-12") MAIL.push({ iso: isoAdd(iso, 1), t: "15:06", to: GOV, subj, att, size, st: "已发送" });
  }
  MAIL.sort((a, b) => cmp(b.iso + b.t, a.iso + a.t));
  const rRows = [["状态", "收件人", "主题", "发送时间", "附件", "大小"]];
  const rRecs = [];
  for (const x of MAIL) {
    rRows.push([x.st, x.to, x.subj, `${x.iso} ${x.t}`, x.att, x.size]);
    if (x.rec) rRecs.push({ date: x.iso, poverty: x.pov });
  }
  assert(rRecs.length === 12 && MAIL.length === 14, "l2 twelve reports among fourteen mails");
  const sentM = new Set(rRecs.filter((r) => r.date <= CUT).map((r) => ym(r.date)));
  assert(!sentM.has("2021-07") && sentM.has("2021-08"), "l2 no report in July 2021");

  // ---------------- 宣传报道: level only in the group headings
  const MG = [
    ["一、中央媒体", "national", [["2021-01-14", "人民网", "网络", "广东阳山：电商让山货走出大山", null]]],
    ["二、省级媒体", "province", [["2021-04-22", "广东广播电视台《广东新闻联播》", "电视", "阳山：脱贫户直播卖淮山 电商助农增收", "电商扶贫典型案例"],
      ["2021-06-10", "南方日报", "报纸", "阳山村级电商站点通到家门口", "第A08版"]]],
    ["三、市级媒体", "city", [["2020-11-05", "清远日报", "报纸", "阳山建成县级电子商务公共服务中心", null], ["2021-03-18", "清远广播电视台《清远新闻》", "电视", "阳山电商培训进山村", null]]],
    ["四、县级媒体", "county", [["2020-09-28", "阳山县融媒体中心", "微信公众号", "我县启动电子商务进农村综合示范创建", null], ["2021-09-14", "阳山县融媒体中心", "视频号", "阳山县举办农产品直播节", null]]],
  ];
  const mRows = [["阳山县电子商务进农村宣传报道汇总"], ["序号", "刊播时间", "媒体", "形式", "标题", "备注"]];
  const mMerges = ["A1:F1"];
  const mRecs = [];
  let mk = 0;
  for (const [head, lv, list] of MG) {
    mRows.push([head]);
    mMerges.push(`A${mRows.length}:F${mRows.length}`);
    for (const [iso, media, form, title, note] of list) {
      mRows.push([++mk, mk % 3 === 1 ? cnDate(iso) : mk % 3 === 2 ? D(iso) : dotDate(iso), media, form, `《${title}》`, note]);
      mRecs.push({ date: iso, level: lv, tv: form === "电视" });
    }
  }
  assert(mRecs.length === 7 && mRecs.filter((r) => r.tv).length === 2, "l2 seven reports, two on TV");

  // ---------------- 专栏发布记录: CMS export
  const ART = [
    { c: "2020-06-09 16:20:11", p: "2020-06-10 09:30:00", t: "阳山县电子商务进农村综合示范工作实施方案", col: "创建方案" },
    { c: "2020-06-09 16:42:37", p: "2020-06-10 09:30:00", t: "阳山县电子商务进农村综合示范项目基本信息", col: "项目信息" },
    { c: "2020-06-15 10:03:52", p: "2020-06-15 11:20:45", t: "关于公布阳山县电子商务进农村综合示范项目监督举报电话的公告", col: "监督举报" },
  ];
  for (const m of monthsBetween("2020-06", "2021-08")) {
    const nm = nextMonth(m);
    const created = `${m}-${String(rint(26, 28)).padStart(2, "0")} ${hms()}`;
    const t = `阳山县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`;
    if (m === "2021-08") {
      ART.push({ c: `${nm}-03 ${hms()}`, p: null, t, col: "建设进度", st: "待审核" });
      continue;
    }
    ART.push({ c: created, p: `${nm}-${String(rint(2, 9)).padStart(2, "0")} ${hms()}`, t, col: "建设进度" });
    if (m === "2021-02") ART.push({ c: `2021-03-11 ${hms()}`, p: `2021-03-12 ${hms()}`, t: "阳山县第二批村级电子商务服务站点名单公示", col: "项目信息" });
    if (m === "2021-04") ART.push({ c: `2021-05-11 ${hms()}`, p: null, t: "阳山县第三批村级电子商务服务站点名单公示（稿）", col: "项目信息", st: "草稿" });
  }
  ART.forEach((a, j) => (a.id = 20417 + j * 3 + (j % 2)));
  const dRows = [["文章ID", "标题", "所属栏目", "作者", "创建时间", "发布时间", "状态", "浏览次数"]];
  const dRecs = [];
  for (const a of ART.slice().reverse()) {
    const st = a.st || "已发布";
    dRows.push([a.id, a.t, `电子商务进农村综合示范/${a.col}`, "ysswj_xxk", a.c, a.p, st, st === "已发布" ? rint(40, 900) : 0]);
    if (st === "已发布") dRecs.push({ date: a.p.slice(0, 10) });
  }
  assert(dRecs.length === ART.length - 2 && dRecs.length === 18, "l2 18 published of 20");
  const pubM = new Set(dRecs.filter((r) => r.date <= CUT).map((r) => ym(r.date)));
  assert(WINDOW.every((w) => pubM.has(w)), "l2 a publication every window month");
  assert(ART.some((a) => a.p && a.c.slice(0, 7) !== a.p.slice(0, 7)), "l2 created and published in different months");

  const cover = [["阳山县电子商务进农村综合示范工作台账（二）"], [], ["阳山县商务局"], ["2021年10月"], [],
    ["内容：站点信息卡、产业园企业、月报发送记录（邮箱导出）、宣传报道、专栏发布记录（网站后台导出）"]];
  return {
    description:
      "清远阳山县商务局台账。“封面”不是台账。“站点信息卡”是一站一卡竖着往下排：每卡一行“站点编号：YS-ZD-001”（合并），下面三行标签/值两对一行（站点名称|…|所属乡镇|…；所在村（社区）|…|建成时间|…；运营主体|…|负责人及电话|…），一行服务内容，空一行；26张卡即26个站点，村名写法有“…村委会”“…村”“…村民委员会”，一个在社区（“…社区居委会”）；建成时间有“2020年10月15日”、“2020.11.3”、日期单元格、“2021-1-12”和只到月的“2021年X月”，两个在2021年9月（一个只写“2021年9月”）。“产业园企业”上下两张表：“在园企业”15家（退园日期为空，一家2021年9月入驻）和“已退园企业”4家（有退园日期，一家2021年9月20日才退）。“月报发送记录”是邮箱“已发送”导出，按时间倒序：表头在第1行，发送时间“2021-04-07 08:52”；只有发给清远市商务局且“已发送”的才是月报（一封“发送失败（退信）”次日重发；一封同样主题发给县政府办公室，不是报市局）；附件里有“电商扶贫统计表”才算含扶贫统计（2020年11月起）；2021年6月的月报没有发。“宣传报道”级别只在分组标题行（一、中央媒体；二、省级媒体；三、市级媒体；四、县级媒体），形式“电视”才是电视（视频号、微信公众号不是）。“专栏发布记录”是网站后台导出，按文章ID倒序：只有状态“已发布”的才是更新，日期取“发布时间”（不是创建时间，多数月报进度月底创建、次月初发布）；“待审核”“草稿”没有发布时间，不算。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1"] },
      { name: "站点信息卡", rows: cRows, merges: cMerges },
      { name: "产业园企业", rows: eRows, merges: eMerges },
      { name: "月报发送记录", rows: rRows },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "专栏发布记录", rows: dRows },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "站点信息卡": { kind: "stations", records: cRecs },
        "产业园企业": { kind: "enterprises", records: eRecs },
        "月报发送记录": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏发布记录": { kind: "disclosures", records: dRecs },
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
write("counties", "b165-c1-raoping.json", c1);
write("facts", "b165-f1-luhe.json", f1);
write("facts", "b165-f2-jiaoling.json", f2);
write("facts", "b165-f3-lianping.json", f3);
write("ledgers", "b165-l1-wengyuan.json", l1);
write("ledgers", "b165-l2-yangshan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
