// Batch 172 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b170.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (172172), no clock. Run: node test/corpus/_b172/gen-b172.js
//
// c1 惠阳区 (惠州): the self-assessment is a 自评跟踪表 with four time-point columns (2020年12月底预评 | 2021年4月底中期 |
//    2021年8月31日正式自评 | 2021年9月15日更新“仅供参考”) for the base data, the clerk's points and the judged sub-points — only
//    the cut-off column is the county's statement; a 民政 village list with 贫困村类别 (省定 vs 市定相对贫困村) and 快递进村方式
//    (one 行政村 “未通”); stations with a 2021.8.31 boundary row and a “2020年第四季度” date; a 扶贫系统 roster with 劳动技能 and
//    务工状况 categories; training sessions (人次 column with a full-width cell and a “164人次” text cell) plus a poor-trainee list (a spaced ID, a
//    lower-case x, an ID that lost its digits); park firms with 退出时间; funds with a running 累计 column and an 8-31 payment
//    that decides the 70% line; a report log with 发送时间 vs 签收时间 (three month-end reports signed next month) and a
//    materials table below it; the government-site column copied from the web page (two pages, “[yyyy-mm-dd]” bracketed dates, 置顶,
//    pagination lines); media with levels.
// f1 端州区 (肇庆): a Word 情况登记表 pasted into Excel — every paragraph of a cell became its own row and the cells with one
//    paragraph were merged down over the others (the 类别 column merged over whole sections, a label split as
//    “常住人口” / “（单位：万人）” with its value merged over both rows, 组长/副组长/成员单位 on three rows of one cell).
// f2 花都区 (广州): the official indicator table (评分标准 verbatim) with 完成情况 sentences and the 自评得分 typed as sums
//    in the 评分标准 order (“2+1=3”, “2＋2＋1＋1＋1＋2＝9”): the claimed points are the results, the judged sub-points the terms.
// f3 三水区 (佛山): a 数据多源比对表 — each item with four source columns (区经科局台账 | 统计/主管部门 | 镇街汇总 | 平台/第三方),
//    an 采用值 column (sometimes a reference like “同省商务厅数” / “取统计数”) and 采用说明; then 定性事项 and judged blocks.
// l1 龙湖区 (汕头): an online learning platform export as the training ledger (only 状态“已完成” rows with a 完成时间 are
//    trainings; masked IDs; 学习时长/考试成绩 columns), the stations as a map-app (奥维) mark export (village and 挂牌 date
//    inside the 描述 text, 创建时间 is the mark's; 参考点位 group not stations), park firms as two stacked tables
//    (在园企业 / 已退园企业), a 读表说明 page and a hidden 字典 sheet.
// l2 云安区 (云浮): a 村“两委”换届选举结果统计表 borrowed as the village list (✓ column for 省定贫困村 with a legend), a
//    contract payment ledger with up to three (付款日期|金额（万元）) pairs per contract and an unpaid 质保金 column, a media list
//    with 央级/省级/市级/区级, an experience-material register, and a cover page.
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
let seed = 172172;
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
    assert(/^b172-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b172-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b172-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 惠州惠阳区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441303";
  const TOWNS = [["淡水街道", 6, 12], ["秋长街道", 8, 4], ["三和街道", 5, 3], ["沙田镇", 9, 2], ["新圩镇", 10, 2], ["镇隆镇", 10, 2],
    ["永湖镇", 8, 2], ["良井镇", 8, 2], ["平潭镇", 6, 2]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("新东西南北大上下长元石水黄白马龙凤金福安和兴田", ["岭", "坑", "围", "塘", "布", "光", "湖", "坪", "坳", "湾", "排", "陂", "径"], "村", prefixes);
  const cName = nameMaker("惠淡桥开城锦雅碧翠", ["阳", "华", "苑", "园", "景", "盛", "悦", "晖"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 70 && comms.length === 31, "c1 70 villages + 31 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const rural = towns.slice(3).flatMap((t) => t.vs);
  const rs = shuffle(rural);
  const poor = rs.slice(0, 6);
  const cityPoor = rs.slice(6, 8);
  const noExp = towns[8].vs.find((v) => !poor.includes(v) && !cityPoor.includes(v));
  const poorSet = new Set(poor);

  // ---------------- 村（居）委会名单
  const EXP = ["邮快合作", "快快合作", "驻村设点", "交邮合作"];
  const vRows = [["惠阳区村（居）民委员会名单"],
    ["（区民政局提供，2021年6月；“贫困村类别”据区乡村振兴局资料补充，“快递进村方式”据区邮政管理局资料补充）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "村民小组（个）", "贫困村类别", "快递进村方式", "备注"]];
  const vMerges = ["A1:H1", "A2:H2"];
  let sv = 0;
  towns.forEach((t, ti) => {
    if (ti > 0) vRows.push([null, null, null, null, null, null, null, null]);
    const r0 = vRows.length + 1;
    t.vs.forEach((v) => {
      const cat = poorSet.has(v) ? "省定贫困村" : cityPoor.includes(v) ? "市定相对贫困村" : "—";
      const ex = v === noExp ? "未通" : EXP[rint(0, EXP.length - 1)];
      vRows.push([++sv, t.town, `${v}民委员会`, "村委会", rint(6, 24), cat, ex, v === noExp ? "计划2021年9月开通" : null]);
    });
    t.cs.forEach((c) => vRows.push([++sv, t.town, `${c}居民委员会`, "居委会", null, "—", "城区直投", null]));
    // the town cell is typed on every row (no merge): a filtered export
    assert(vRows.length - r0 + 1 === t.vs.length + t.cs.length, "c1 town block");
  });
  vRows.push(["注：1．省定贫困村6个；“市定相对贫困村”2个为惠州市确定的帮扶村，不属于省定贫困村。2．快递进村方式中邮快合作、快快合作、驻村设点、交邮合作均为已实现快递进村，“未通”为尚未进村。"]);
  vMerges.push(`A${vRows.length}:H${vRows.length}`);
  assert(sv === 101, "c1 101 names");

  // ---------------- 站点台账
  const nonPoor = admin.filter((v) => !poorSet.has(v) && !cityPoor.includes(v));
  const sh = shuffle(nonPoor);
  const coveredOthers = sh.slice(0, 42).concat([cityPoor[0]]);
  const covered = poor.concat(coveredOthers);
  assert(covered.length === 49, "c1 49 covered");
  const lateOnly = sh.slice(42, 44);
  const boundaryV = coveredOthers[5];
  const quarterV = coveredOthers[9];
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2020-06-10", "2021-08-20"), type: "村级站" }));
  ST.find((s) => s.v === boundaryV).op = CUT;
  const qs = ST.find((s) => s.v === quarterV);
  qs.op = "2020-12";
  qs.text = "2020年第四季度";
  ST.push({ v: coveredOthers[15], op: randIsoBetween("2021-03-01", "2021-06-30"), type: "村级站", second: true });
  ST.push({ v: coveredOthers[25], op: "2021-09-14", type: "村级站", second: true });
  ST.push({ v: lateOnly[0], op: "2021-09-08", type: "村级站" });
  ST.push({ v: lateOnly[1], op: "2021-09-22", type: "村级站" });
  for (const c of [towns[0].cs[2], towns[0].cs[7], towns[1].cs[1]]) ST.push({ v: c, op: randIsoBetween("2020-07-01", "2020-11-30"), type: "社区站" });
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tIdx[townOf[a.v]] - tIdx[townOf[b.v]] || cmp(a.op, b.op));
  const sRows = [["惠阳区村级电子商务服务站点台账"], ["序号", "镇（街道）", "站点名称", "所在村（社区）", "站点类型", "建成时间", "站长", "联系电话", "备注"]];
  const sMerges = ["A1:I1"];
  let r0 = 3;
  ST.forEach((s, j) => {
    const town = townOf[s.v];
    const first = j === 0 || townOf[ST[j - 1].v] !== town;
    if (first && j > 0) {
      mergeCol(sMerges, "B", r0, sRows.length);
      r0 = sRows.length + 1;
    }
    const short = s.v.replace(/村$|社区$/, "");
    const vill = s.type === "社区站" ? `${s.v}居委会` : j % 3 === 0 ? s.v : j % 3 === 1 ? `${s.v}委会` : `${s.v}民委员会`;
    const name = s.type === "社区站" ? `${short}社区电商服务点` : s.second ? `${short}村供销e家服务点` : `${short}村电商服务站`;
    let cell;
    if (s.text) cell = s.text;
    else if (s.v === boundaryV) cell = dotDate(s.op);
    else cell = dateCell(s.op, j);
    const note = s.op > CUT ? "9月新建" : s.second ? "本村第二个站点" : s.type === "社区站" ? "社区站，不计入行政村覆盖" : null;
    sRows.push([j + 1, first ? town : null, name, vill, s.type, cell, personName(), mask(phone()), note]);
  });
  mergeCol(sMerges, "B", r0, sRows.length);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => adminSet.has(s.v) && s.op <= CUT).map((s) => s.v));
  const covNoBoundary = new Set(ST.filter((s) => adminSet.has(s.v) && s.op < CUT).map((s) => s.v));
  assert(covSet.size === 49 && covNoBoundary.size === 48, "c1 49 villages, 48 without the 8-31 station");
  assert(ratioGE(49, 70, 70) && !ratioGE(48, 70, 70) && ratioGE(51, 70, 70), "c1 49/70 = 70% exactly");
  assert(poor.every((v) => covSet.has(v)) && !covSet.has(cityPoor[1]), "c1 all 省定 covered, one 市定 not");
  assert(!(6 * 100 >= 100 * 7), "c1 6/7 would be 85.7% (3 points) if the 市定 counted");

  // ---------------- 建档立卡贫困人口 (扶贫系统导出)
  const CODES = shuffle([].concat(Array(28).fill("E1"), Array(6).fill("E2"), Array(6).fill("E3"), Array(12).fill("M"), Array(10).fill("N1"), Array(8).fill("N2")));
  const hhVill = shuffle(rural).slice(0, 18);
  const persons = [];
  const pRows = [["全国扶贫开发信息系统　贫困人口信息导出"], ["导出范围：广东省惠州市惠阳区　　导出时间：2021-07-05 09:12:40　　导出人：hy_sw01"],
    ["说明：劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的为有劳动能力，“丧失劳动力”“无劳动力”的为无劳动能力；务工状况为“省外务工”“县外省内务工”的为外出务工。"],
    ["序号", "镇（街道）", "行政村", "户编号", "姓名", "与户主关系", "证件号码", "劳动技能", "务工状况", "务工时间（月）", "脱贫年度"]];
  const pMerges = ["A1:K1", "A2:K2", "A3:K3"];
  let ci = 0;
  let h = 0;
  let xE = false;
  while (ci < CODES.length) {
    const size = Math.min(CODES.length - ci, rint(2, 5));
    const codes = CODES.slice(ci, ci + size);
    ci += size;
    const v = hhVill[h % hhVill.length];
    const hh = `4413030${String(1000 + h * 7 + rint(0, 6)).padStart(5, "0")}`;
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let headBirth = null;
    const headCode = codes[0];
    codes.forEach((c, j) => {
      let rel;
      let birth;
      let male;
      if (j === 0) {
        rel = "户主";
        male = rnd() < 0.8;
        birth = c === "N1" ? birthBetween(1938, 1954) : c === "N2" ? birthBetween(1958, 1978) : birthBetween(1962, 1982);
        headBirth = Number(birth.slice(0, 4));
      } else if (j === 1 && c !== "N1" && headCode !== "N1") {
        rel = "配偶";
        male = !(persons[persons.length - 1].male);
        const y = Math.min(2000, Math.max(1936, headBirth + rint(-5, 5)));
        birth = birthBetween(y, y);
      } else if (c === "N1") {
        male = rnd() < 0.5;
        rel = headBirth >= 1958 ? (male ? "之子" : "之女") : male ? "之孙子" : "之孙女";
        birth = birthBetween(2007, 2014);
      } else if (headBirth + 20 <= 2001) {
        male = rnd() < 0.5;
        rel = male ? "之子" : "之女";
        birth = birthBetween(Math.max(headBirth + 20, 1985), 2001);
      } else {
        male = rnd() < 0.5;
        rel = male ? "之弟" : "之妹";
        birth = birthBetween(headBirth + 1, Math.min(headBirth + 8, 2001));
      }
      const wantX = c === "E1" && !xE ? true : undefined;
      const id = makeId(REGION, birth, male, wantX);
      if (wantX) xE = true;
      const name = rel === "配偶" ? personName() : personName(sn);
      const skill = c === "E1" ? "普通劳动力" : c === "E2" ? "技能劳动力" : c === "E3" ? "弱劳动力或半劳动力" : c === "M" ? (rnd() < 0.7 ? "普通劳动力" : "技能劳动力") : c === "N1" ? "无劳动力" : "丧失劳动力";
      const work = c === "M" ? (rnd() < 0.5 ? "省外务工" : "县外省内务工") : c.startsWith("E") ? (rnd() < 0.5 ? "县内务工" : "未务工") : null;
      const months = work === "省外务工" || work === "县外省内务工" ? rint(6, 12) : work === "县内务工" ? rint(3, 10) : null;
      const p = { id, name, c, v, male, eligible: c.startsWith("E"), migrant: c === "M" };
      persons.push(p);
      pRows.push([persons.length, townOf[v], v, hh, name, rel, id, skill, work, months, rnd() < 0.5 ? 2019 : 2020]);
    });
  }
  const eligible = persons.filter((p) => p.eligible);
  const migrants = persons.filter((p) => p.migrant);
  const noLab = persons.filter((p) => p.c === "N2");
  const xP = eligible.find((p) => p.id.endsWith("X"));
  assert(persons.length === 70 && eligible.length === 40 && migrants.length === 12 && xP, "c1 roster 70, 40 eligible");

  // ---------------- 培训班次 + 贫困户参训名单
  const SD = ["2020-07-16", "2020-08-20", "2020-09-17", "2020-10-15", "2020-10-29", "2020-11-19", "2020-12-03", "2020-12-17", "2021-01-14",
    "2021-03-04", "2021-03-17", "2021-03-25", "2021-04-15", "2021-04-28", "2021-05-13", "2021-05-27", "2021-06-10", "2021-06-24", "2021-07-08",
    "2021-07-22", "2021-08-05", "2021-08", "2021-08-26", "2021-09-09", "2021-09-23"];
  const TOPIC = ["电商基础知识普及", "网店开设与运营", "短视频拍摄剪辑", "直播带货实操", "农产品包装与品牌", "社群团购运营", "电商客服与物流"];
  const PLACE = ["区电子商务公共服务中心", "良井镇文化站", "平潭镇党群服务中心", "永湖镇农技站", "新圩镇会议室", "镇隆镇文化站", "沙田镇党群服务中心"];
  const OBJ = ["农村青年、返乡人员", "合作社、家庭农场", "贫困户、退役军人", "村站站长", "电商从业人员"];
  const CLS = SD.map((d, j) => ({ no: j + 1, d, end: d, got: rint(150, 240), topic: TOPIC[j % TOPIC.length], place: PLACE[j % PLACE.length], obj: OBJ[j % OBJ.length] }));
  CLS[10].end = "2021-03-17";
  CLS[10].start = "2021-03-16";
  CLS[10].topic = "电商运营提升班（两天）";
  CLS[23].got = 180;
  CLS[24].got = 220;
  const preCls = CLS.filter((c) => c.end <= CUT);
  assert(preCls.length === 23, "c1 23 sessions by the cut-off");
  for (let diff = 4653 - sum(preCls.map((c) => c.got)), j = 0; diff !== 0; j = (j + 7) % 23) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 11);
    if (CLS[j].got + st >= 140 && CLS[j].got + st <= 260) {
      CLS[j].got += st;
      diff -= st;
    }
  }
  const ptPre = sum(preCls.map((c) => c.got));
  const ptAll = sum(CLS.map((c) => c.got));
  assert(ptPre === 4653 && ptAll === 5053, "c1 4,653 person-times by the cut-off, 5,053 with September");
  assert(!ratioGE(ptPre, 500000, 1) && ptPre * 1000 >= 500000 * 8 && ratioGE(ptAll, 500000, 1), "c1 0.93% → 8; with September 1.01%");

  const preNos = preCls.map((c) => c.no);
  const pool = shuffle(eligible.filter((p) => p !== xP));
  const trainedE = [xP].concat(pool.slice(0, 19));
  const septE = pool[19];
  const spacedP = trainedE[7];
  const twiceP = trainedE[12];
  const att = trainedE.map((p) => ({ p, no: preNos[rint(2, preNos.length - 1)] }));
  let no2;
  do no2 = preNos[rint(2, preNos.length - 1)];
  while (no2 === att.find((a) => a.p === twiceP).no);
  att.push({ p: twiceP, no: no2 });
  att.push({ p: septE, no: 24 });
  const migA = migrants.find((p) => !p.id.endsWith("X"));
  att.push({ p: migA, no: 9, lost: true });
  att.push({ p: migrants.find((p) => p !== migA), no: 9 });
  att.push({ p: noLab[0], no: 14 });
  att.sort((a, b) => a.no - b.no);
  const clsOf = Object.fromEntries(CLS.map((c) => [c.no, c]));
  const dText = (c, j) => (c.start ? "2021.3.16-17" : c.d.length === 7 ? "2021年8月" : j % 3 === 0 ? cnDate(c.d) : j % 3 === 1 ? dotDate(c.d) : slashDate(c.d));
  const aRows = [["惠阳区建档立卡贫困户参加电商培训名单"], ["序号", "姓名", "身份证号码", "所在村", "参训期次", "培训日期", "备注"]];
  att.forEach((a, j) => {
    const c = clsOf[a.no];
    let idCell = a.p.id;
    if (a.p === xP) idCell = a.p.id.slice(0, 17) + "x";
    if (a.p === spacedP) idCell = spacedId(a.p.id);
    if (a.lost) idCell = Number(a.p.id);
    aRows.push([j + 1, a.p.name, idCell, `${a.p.v}委会`, `第${a.no}期`, dText(c, j), a.p.migrant ? "外出务工返乡期间参训" : null]);
  });
  aRows.push([`合计：${att.length}人次`]);
  const aMerges = ["A1:G1", `A${aRows.length}:G${aRows.length}`];
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(att.filter((a) => eligIds.has(a.p.id) && clsOf[a.no].end <= CUT).map((a) => a.p.id));
  assert(trainedIds.size === 20 && att.length === 25, "c1 20 eligible trained by the cut-off, 25 rows");
  assert(ratioGE(20, 40, 50) && !ratioGE(19, 40, 50) && !ratioGE(20, 40, 70), "c1 20/40 = 50% exactly → 10; 19 would be 8");
  assert(String(Number(migA.id)) !== migA.id, "c1 the number lost digits");
  const poorBy = {};
  for (const a of att) poorBy[a.no] = (poorBy[a.no] || 0) + 1;

  const tRows = [["惠阳区农村电商培训班次登记表"], ["期次", "培训日期", "培训主题", "培训地点", "培训对象", "参训人次", "其中贫困人口（人次）", "承办单位"]];
  CLS.forEach((c, j) => {
    let dcell;
    if (c.start) dcell = "2021.3.16-17";
    else if (c.d.length === 7) dcell = "2021年8月";
    else dcell = dateCell(c.d, j + 2);
    let got = c.got;
    if (j === 6) got = fullWidth(String(c.got));
    if (j === 15) got = `${c.got}人次`;
    tRows.push([`第${c.no}期`, dcell, c.topic, c.place, c.obj, got, poorBy[c.no] || 0, j % 2 ? "惠州市惠阳区电商运营服务有限公司" : "惠阳区职业技能培训中心"]);
  });
  tRows.push(["合计", null, null, null, null, ptAll, att.length, null]);
  tRows.push(["注：2021年8月第22期为“电商助农”系列夜校（8月分4个晚上进行），人次按4晚合计。"]);
  const tMerges = ["A1:H1", `A${tRows.length - 1}:E${tRows.length - 1}`, `A${tRows.length}:H${tRows.length}`];

  // ---------------- 入驻企业
  const FIRMS = [["惠州市惠阳区优品汇电子商务有限公司", "平台型"], ["惠州市淡水云集网络科技有限公司", "平台型"], ["惠阳区良井荔枝特产网店", "销售型"],
    ["惠州市惠阳区客家味道电子商务商行", "销售型"], ["惠阳区永湖梅菜干网店", "销售型"], ["惠州市惠阳区电商运营服务有限公司", "电商运营商"],
    ["惠州市秋长电商代运营工作室", "电商运营商"], ["惠州市惠阳区速通物流有限公司", "物流企业"], ["惠阳区邮政快递揽投部", "物流企业"],
    ["惠州市惠阳区星火直播传媒有限公司", "直播机构"], ["惠州市禾苗品牌设计有限公司", "设计服务"], ["惠阳区平潭鹅肉特产网店", "销售型"],
    ["惠州市惠阳区冷链仓储有限公司", "物流企业"], ["惠州市镇隆荔枝电子商务有限公司", "销售型"], ["惠州市惠阳区跨境优选贸易有限公司", "平台型"],
    ["惠阳区新圩社区团购服务部", "销售型"], ["惠州市沙田农鲜电子商务有限公司", "销售型"], ["惠州市惠阳区数联网络科技有限公司", "电商运营商"],
    ["惠州市惠阳区供应链管理有限公司", "物流企业"], ["惠州市三和茶香电子商务有限公司", "销售型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-05-10", "2021-08-20") }));
  FIRMS[4].iso = "2020-12";
  FIRMS[11].out = "2021-09-15";
  const leftF = { n: "惠州市惠阳区果蔬到家电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2020-10-12", out: "2021-06-30" };
  const septF = { n: "惠州市惠阳区乡味直播电商有限公司", t: "直播机构", code: creditCode(REGION), iso: "2021-09-06" };
  const eList = FIRMS.slice();
  eList.splice(8, 0, leftF);
  eList.push(septF);
  const eRows = [["惠阳区电子商务产业园入驻企业名单"], ["（园区运营方提供，统计至2021年9月20日）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "在园状态", "备注"]];
  eList.forEach((f, j) => {
    const ent = f.iso.length === 7 ? "2020年12月" : dateCell(f.iso, j + 3);
    eRows.push([j + 1, f.n, f.code, f.t, ent, f.out ? dotDate(f.out) : null, f.out ? "已退出" : "在园", f === septF ? "9月新入驻" : f.out === "2021-09-15" ? "迁往市区" : null]);
  });
  const inPark = eList.filter((f) => f.iso <= CUT && !(f.out && f.out <= CUT));
  assert(eList.length === 22 && inPark.length === 20 && new Set(inPark.map((f) => f.code)).size === 20, "c1 20 firms in the park at the cut-off");
  assert(new Set(inPark.map((f) => f.t)).size >= 3, "c1 types");

  // ---------------- 资金拨付台账
  const PAY = [["2020-09-25", "中国邮政集团有限公司惠州市惠阳区分公司", "村级电商服务站点建设首期款", 1200000, 420000],
    ["2020-11-18", "惠州市惠阳区电商运营服务有限公司", "区电子商务公共服务中心建设首期款", 1500000, 680000],
    ["2020-12-22", "惠阳区职业技能培训中心", "农村电商培训服务费（第一期）", 450000, 156000],
    ["2021-01-26", "惠州市惠阳区速通物流有限公司", "镇村物流配送体系建设首期款", 600000, 310000],
    ["2021-03-10", "惠州市惠阳区电商运营服务有限公司", "区电子商务公共服务中心建设进度款", 1500000, 540000],
    ["2021-04-20", "中国邮政集团有限公司惠州市惠阳区分公司", "村级电商服务站点建设进度款", 1200000, 365000],
    ["2021-05-28", "惠州市禾苗品牌设计有限公司", "农产品品牌推广服务费", 350000, 218000],
    ["2021-06-24", "惠州市惠阳区冷链仓储有限公司", "冷链及农产品溯源系统建设首期款", 400000, 265000],
    ["2021-07-15", "惠阳区职业技能培训中心", "农村电商培训服务费（第二期）", 450000, 148800],
    ["2021-08-12", "惠州市惠阳区数联网络科技有限公司", "公共信息服务平台建设款", 500000, 340000],
    ["2021-08-31", "惠州市惠阳区速通物流有限公司", "镇村物流配送体系建设进度款", 600000, 120000],
    ["2021-09-16", "惠州市惠阳区电商运营服务有限公司", "区电子商务公共服务中心运营服务费", 1500000, 386000]];
  const fRows = [["惠阳区省级电子商务进农村综合示范专项资金拨付台账"], ["下达资金：500万元（粤商务电函〔2019〕29号）　　　单位：元"],
    ["序号", "拨付日期", "收款单位", "项目内容", "合同金额（元）", "本次拨付（元）", "累计拨付（元）", "凭证号", "备注"]];
  let run = 0;
  PAY.forEach(([iso, who, what, contract, amt], j) => {
    run += amt;
    const dcell = iso === CUT ? "2021年8月31日" : dateCell(iso, j + 1);
    fRows.push([j + 1, dcell, who, what, contract, j % 3 === 1 ? fmtMoney(amt) : amt, run, `记-${iso.slice(0, 7).replace("-", "")}-${String(rint(10, 89))}`, iso > CUT ? "截止日后拨付" : null]);
  });
  fRows.push(["合计", null, null, null, null, run, null, null, null]);
  const fMerges = ["A1:I1", "A2:I2", `A${fRows.length}:E${fRows.length}`];
  const spentPre = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[4]));
  const spentAll = sum(PAY.map((p) => p[4]));
  const spentBeforeLast = sum(PAY.filter((p) => p[0] < CUT).map((p) => p[4]));
  assert(spentPre === 3562800 && spentAll === 3948800, "c1 3,562,800 by the cut-off");
  assert(ratioGE(spentPre, 5000000, 70) && !ratioGE(spentBeforeLast, 5000000, 70), "c1 71.26% with the 8-31 payment, 68.86% without");
  const spentTo = (iso) => sum(PAY.filter((p) => p[0] <= iso).map((p) => p[4]));

  // ---------------- 信息报送 (发送时间 vs 签收时间) + 经验材料 below
  const RMONTHS = monthsBetween("2020-08", "2021-09");
  const rRows = [["惠阳区向惠州市商务局报送电商进农村工作情况登记"], ["一、月度工作情况报送（公文交换系统）"],
    ["序号", "报送内容", "发送时间", "接收单位", "签收人", "签收时间", "含电商扶贫统计"]];
  const sentD = [];
  const signD = [];
  RMONTHS.forEach((m, j) => {
    const [y, mo] = m.split("-").map(Number);
    const ld = lastDay(y, mo);
    let sent;
    let sign;
    if (m === "2021-01") {
      sent = "2021-01-31 17:50";
      sign = "2021-02-01 09:05";
    } else if (m === "2021-04") {
      sent = "2021-04-30 18:20";
      sign = "2021-05-06 08:40";
    } else if (m === "2021-08") {
      sent = "2021-08-31 21:36";
      sign = "2021-09-01 08:47";
    } else {
      const d = rint(ld - 6, ld - 2);
      const hh = rint(9, 15);
      sent = `${m}-${String(d).padStart(2, "0")} ${String(hh).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
      const sameDay = rnd() < 0.5;
      sign = sameDay ? `${m}-${String(d).padStart(2, "0")} ${String(hh + rint(1, 2)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`
        : `${m}-${String(d + 1).padStart(2, "0")} ${String(rint(8, 11)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
    }
    sentD.push(sent.slice(0, 10));
    signD.push(sign.slice(0, 10));
    rRows.push([j + 1, `惠阳区电子商务进农村综合示范创建工作情况（${cnMonth(m)}）`, sent, "惠州市商务局", `${SURNAMES[rint(0, SURNAMES.length - 1)]}××`, sign, m < "2020-10" ? "否" : "是"]);
  });
  const sentM = new Set(sentD.filter((d) => d <= CUT).map(ym));
  const signM = new Set(signD.filter((d) => d <= CUT).map(ym));
  assert(WINDOW.every((w) => sentM.has(w)) && WINDOW.filter((w) => !signM.has(w)).join() === "2021-01,2021-04,2021-08", "c1 sent every month; 签收 misses three months");
  rRows.push([null, null, null, null, null, null, null]);
  const rMerges = ["A1:G1", "A2:G2"];
  rRows.push(["二、经验材料报送"]);
  rMerges.push(`A${rRows.length}:G${rRows.length}`);
  rRows.push(["序号", "材料名称", "报送日期", "报送对象", "报送方式", null, "备注"]);
  rRows.push([1, "惠阳区“电商＋荔枝”助农增收经验做法", "2021年6月18日", "惠州市商务局", "公文交换系统", null, null]);
  rRows.push([2, "惠阳区电子商务进农村综合示范创建工作总结", "2021.9.8", "广东省商务厅", "邮寄", null, "截止日后"]);

  // ---------------- 专栏网页 (copied from the web page)
  const DIS = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    if (m === "2021-02") continue;
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    DIS.push({ d: `${m}-${String(rint(5, 15)).padStart(2, "0")}`, t: `惠阳区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）` });
    if (m === "2020-07") DIS.push({ d: "2020-07-28", t: "关于惠阳区电子商务进农村综合示范项目基本信息的公示" });
    if (m === "2020-08") DIS.push({ d: "2020-08-21", t: "惠阳区电子商务进农村综合示范项目监督举报方式" });
    if (m === "2020-12") DIS.push({ d: "2020-12-24", t: "惠阳区村级电商服务站点名单公示" });
    if (m === "2021-05") DIS.push({ d: "2021-05-26", t: "惠阳区电商公共服务中心运营服务商考核结果公示" });
  }
  DIS.sort((a, b) => cmp(b.d, a.d));
  const pin = { d: "2020-05-18", t: "惠阳区电子商务进农村综合示范创建工作方案" };
  const listing = [pin].concat(DIS);
  const half = 15;
  const dRows = [["惠州市惠阳区人民政府门户网站"], ["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]];
  const pageNav = (p, n) => `共 ${listing.length} 条　　首页　上一页　${p === 1 ? "[1]　2" : "1　[2]"}　下一页　尾页　　当前第${p}/${n}页`;
  listing.slice(0, half).forEach((e, j) => dRows.push([`${j === 0 ? "【置顶】" : "· "}${e.t}`, `[${e.d}]`]));
  dRows.push([pageNav(1, 2)]);
  dRows.push([null, null]);
  dRows.push(["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]);
  listing.slice(half).forEach((e) => dRows.push([`· ${e.t}`, `[${e.d}]`]));
  dRows.push([pageNav(2, 2)]);
  dRows.push(["主办：惠州市惠阳区人民政府办公室　　网站标识码：4413030001"]);
  const disM = new Set(listing.map((e) => e.d).filter((d) => d <= CUT).map(ym));
  assert(WINDOW.filter((w) => !disM.has(w)).join() === "2021-02", "c1 column not updated in 2021-02");

  // ---------------- 宣传报道
  const MEDIA = [["2020-11-20", "惠州日报", "市级", "报纸", "惠阳村级电商站点让荔枝“触网”出村", "否"],
    ["2021-01-22", "惠阳电视台《惠阳新闻》", "区级", "电视", "我区电商公共服务中心开展年货节直播", "否"],
    ["2021-04-16", "惠州电视台《惠州新闻》", "市级", "电视", "惠阳：脱贫户直播卖梅菜，电商帮扶见实效", "是"],
    ["2021-07-09", "惠州+（惠州报业传媒集团客户端）", "市级", "网络", "惠阳电商进农村示范创建见闻", "否"],
    ["2021-09-10", "南方日报", "省级", "报纸", "惠阳：电商服务站串起乡村振兴“新链条”", "否"]];
  const mRows = [["惠阳区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? dotDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const mediaLv = new Set(MEDIA.filter((x) => x[0] <= CUT).map((x) => x[2]));
  assert([...mediaLv].sort().join() === "区级,市级", "c1 city + county by the cut-off");

  // ---------------- 自评跟踪表
  const COLS = ["2020年12月底（预评）", "2021年4月底（中期评估）", "2021年8月31日（正式自评）", "2021年9月15日（更新，仅供参考）"];
  const W = (y) => Number((y / 10000).toFixed(2));
  const base = [
    ["县（市、区）", null, ["惠阳区", "惠阳区", "惠阳区", "惠阳区"], null],
    ["常住人口", "万人", [58.9, 58.9, 60.57, 60.57], "七普数据2021年5月公布后更新"],
    ["行政村数", "个", [70, 70, 70, 70], "不含居委会31个"],
    ["省定贫困村数", "个", [6, 6, 6, 6], "另有市定相对贫困村2个"],
    ["领导小组组长", null, ["常务副区长", "区委副书记、区长", "区委副书记、区长", "区委副书记、区长"], "2021年3月调整领导小组"],
    ["领导小组成员单位", null, ["区商务局、区财政局、区农业农村局、区扶贫办", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区邮政分公司", "同左"], null],
    ["示范县工作方案", null, ["已印发", "已印发", "已印发", "已印发"], "惠阳府办〔2020〕21号"],
    ["支持农村电商发展政策", null, ["起草中", "已出台", "已出台", "已出台"], null],
    ["公共服务中心投入运营日期", null, ["在建", "2021.2.28", "2021.2.28", "2021.2.28"], null],
    ["中心免费培训场所、设备", null, ["否", "有", "有", "有"], null],
    ["中心免费展示、销售特色农产品", null, ["否", "有", "有", "有"], null],
    ["中心免费摄影、美工服务", null, ["否", "否", "有", "有"], null],
    ["中心农产品统一推广、品牌建设指导", null, ["否", "有", "有", "有"], null],
    ["中心其他衍生增值服务", null, ["否", "否", "无", "有"], "9月起开通代办执照、融资对接"],
    ["电商产业园", null, ["规划中", "已整合", "已整合", "已整合"], null],
    ["专业第三方电商运营服务商", null, ["有", "有", "有", "有"], null],
    ["行政村快递覆盖率", "%", [92.9, 97.1, 100, 100], null],
    ["2019年农村网络零售额", "亿元", ["—", 15.8, 15.8, 15.8], "省商务厅提供"],
    ["2020年农村网络零售额", "亿元", ["—", 19.9, 19.9, 19.9], "省商务厅提供"],
    ["2019年农产品网络零售额", "亿元", ["—", 2.1, 2.1, 2.1], "省商务厅提供"],
    ["2020年农产品网络零售额", "亿元", ["—", 2.73, 2.73, 2.73], "省商务厅提供"],
    ["电商培训人次", "人次", [fmtInt(sum(CLS.filter((c) => c.end <= "2020-12-31").map((c) => c.got))), fmtInt(sum(CLS.filter((c) => c.end <= "2021-04-30").map((c) => c.got))), fmtInt(ptPre), fmtInt(ptAll)], "累计"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", [40, 40, 40, 40], null],
    ["参加培训的建档立卡贫困人口", "人", [6, 13, 20, 21], "按身份证号去重"],
    ["专栏公示创建方案", null, ["是", "是", "是", "是"], null],
    ["专栏公示项目基本信息", null, ["是", "是", "是", "是"], null],
    ["专栏公示项目建设进度", null, ["是", "是", "是", "是"], null],
    ["专栏征求意见或监督举报窗口", null, ["是", "是", "是", "是"], null],
    ["能统计电商扶贫情况", null, ["否", "能", "能", "能"], null],
    ["下达省级专项资金", "万元", [500, 500, 500, 500], null],
    ["累计拨付资金", "万元", [W(spentTo("2020-12-31")), W(spentTo("2021-04-30")), W(spentPre), W(spentTo("2021-09-15"))], null],
    ["资金管理制度", null, ["已制定", "已制定", "已制定", "已制定"], null],
    ["资金专用台账", null, ["已建立", "已建立", "已建立", "已建立"], null],
    ["项目总体进度", "%", [35, 58, 78, 85], null],
    ["发生安全生产、质量事故或重大损失", null, ["无", "无", "无", "无"], null],
    ["弄虚作假", null, ["无", "无", "无", "无"], null],
  ];
  assert(W(spentPre) === 356.28 && W(spentTo("2021-09-15")) === 356.28 && W(spentTo("2021-04-30")) === 247.1, "c1 the 万元 figures");
  const IND = [["组织领导", 2, [1, 2, 2, 2]], ["方案制定", 2, [2, 2, 2, 2]], ["政策支持", 2, [1, 2, 2, 2]], ["项目管理", 4, [3, 3, 3, 4]],
    ["服务体系建设（县级中心与产业园）", 15, [6, 12, 14, 15]], ["服务体系建设（村级站点覆盖）", 10, [5, 10, 10, 10]], ["农村产品上行", 10, [5, 8, 8, 9]],
    ["电商人才培训", 20, [12, 16, 20, 20]], ["信息公开", 4, [2, 3, 4, 4]], ["数据上报", 6, [6, 6, 6, 6]], ["案例总结", 2, [0, 0, 2, 2]],
    ["经验推广", 8, [4, 4, 5, 8]], ["制度建立", 5, [4, 4, 4, 4]], ["资金台账", 5, [4, 4, 4, 4]], ["资金支出", 5, [-5, -5, 3, 4]]];
  const BON = [["加分项：贫困人口培训率≥70%", 2, [0, 0, 0, 0]], ["加分项：电商扶贫典型案例获电视播报", 2, [0, 0, 1, 1]]];
  const JUD = [["方案制定", "1-2", [2, 2, 2, 2]], ["政策支持", "1-2", [1, 2, 2, 2]], ["项目管理制度", "1-2", [2, 2, 2, 2]], ["工作台账", "1-2", [1, 1, 1, 2]],
    ["网销调研", "1-2", [1, 2, 2, 2]], ["网络促销活动", "1-2", [1, 1, 1, 2]], ["交易标准与冷链溯源", "1-2", [1, 1, 1, 1]], ["资金管理制度", "1-5", [4, 4, 4, 4]],
    ["资金台账", "1-5", [4, 4, 4, 4]], ["资金及时拨付", "1-5", ["—", "—", 3, 4]]];
  const fsRows = [["惠阳区省级电子商务进农村综合示范创建自评跟踪表"],
    ["填报单位：惠州市惠阳区商务局　　　考评截止日期：2021年8月31日　　　说明：正式自评以“2021年8月31日”栏为准；9月15日栏为截止日后更新，仅供参考，不作考评依据。"],
    ["序号", "项目", "单位", "各时点情况", null, null, null, "备注"], [null, null, null].concat(COLS, [null])];
  const fsMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:H4"];
  const sec = (t) => {
    fsRows.push([t, null, null, null, null, null, null, null]);
    fsMerges.push(`A${fsRows.length}:H${fsRows.length}`);
  };
  sec("一、基础数据");
  base.forEach((b, j) => fsRows.push([j + 1, b[0], b[1], ...b[2], b[3]]));
  sec("二、指标自评得分");
  IND.forEach((x, j) => fsRows.push([j + 1, x[0], `分（满分${x[1]}）`, ...x[2], null]));
  BON.forEach((x, j) => fsRows.push([IND.length + j + 1, x[0], `分（满分${x[1]}）`, ...x[2], j === 1 ? "8月31日栏：惠州电视台播出" : null]));
  const colSum = (k) => sum(IND.map((x) => x[2][k])) + sum(BON.map((x) => x[2][k]));
  fsRows.push([null, "合计", "分", colSum(0), colSum(1), colSum(2), colSum(3), null]);
  sec("三、主观评分项自评（评判类）");
  JUD.forEach((x, j) => fsRows.push([j + 1, x[0], `分（${x[1]}）`, ...x[2], null]));
  fsRows.push([null, null, null, null, null, null, null, null]);
  fsRows.push(["填表人：叶××　　审核：区商务局分管副局长　　联系电话：0752-37xxxxx"]);
  fsMerges.push(`A${fsRows.length}:H${fsRows.length}`);
  assert(colSum(2) === 90 && sum(IND.map((x) => x[2][2])) === 89, "c1 the clerk's 89 + 1 = 90");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 0, "c1 total " + scored + "+" + bonus);
  assert(273 * 10 >= 210 * 13 && 273 * 10 === 210 * 13 && !(199 * 10 >= 158 * 13), "c1 农产品 +30.0% exactly, 农村 +25.9%");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  const derivation = [
    "org.leadership: 自评跟踪表“2021年8月31日（正式自评）”栏：组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2（12月底栏的“常务副区长”是调整前的，不读）",
    "org.plan: 三、主观评分项8月31日栏方案制定2 → 2",
    "org.policy: 8月31日栏政策支持2（12月底栏1是预评） → 2",
    "org.management: 8月31日栏项目管理制度2、工作台账1 → 3（9月15日栏工作台账2仅供参考）",
    `work.center: 8月31日栏中心投入运营2021.2.28 ≤ 截止日 → 2；2021-02-28 ≤ 截止日前6个月（2021-02-28），当天也算 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务8月31日栏“无”（9月15日栏“有”是9月才开通） → 0；产业园已整合 → 2；入驻企业名单22家：“${leftF.n}”2021.6.30退出、“${septF.n}”9月入驻不算，“${FIRMS[11].n}”2021.9.15才退出、截止日仍在园算 → 20家 ≥ 20 → 2；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计14`,
    `work.coverage: 村（居）委会名单村委会70个（居委会31个不算），70 < 200 以70为基数；站点台账截止日前建成的站点覆盖49个村：“${boundaryV}”唯一的站2021.8.31建成，当天算；“${quarterV}”的站“2020年第四季度”建成，读作2020年12月，算；两个村各有第二个站点只算一次（其中一个第二站9月建成）；“${lateOnly[0]}”“${lateOnly[1]}”只有9月的站不算；3个社区站不算 → 49/70 = 70.0% ≥ 70% → 5（漏了8月31日那站是48/70 = 68.6% → 2）；省定贫困村6个（“市定相对贫困村”2个不属省定，其中“${cityPoor[1]}”无站点）全部有站 → 6/6 = 100% → 5；合计10`,
    `work.upward: 网销调研2、网络促销1（8月31日栏）；第三方运营服务商有 → 1；村居名单有“快递进村方式”栏，“${noExp}”为“未通” → 0（跟踪表写快递覆盖率100%，与名单不符，提示）；交易标准与冷链溯源1；农产品网络零售额2.10亿→2.73亿元，增长30.0% ≥ 30% → 2（农村网络零售额15.8亿→19.9亿元只增25.9%，任一达标即可）；合计7`,
    `work.training: 培训班次登记表“参训人次”列（一格全角“${fullWidth(String(CLS[6].got))}”、一格“${CLS[15].got}人次”），合计行不是班次；截止日前${preCls.length}期共${fmtInt(ptPre)}人次（第11期“2021.3.16-17”读3月17日；第22期“2021年8月”读作8月，算）；第24、25期9月9日、9月23日共400人次不算；常住人口60.57万封顶50万 → ${fmtInt(ptPre)}/500,000 = 0.93% → 8（自评按9月更新的5,053人次算10）；扶贫系统名单70人，劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的52人中“省外务工”“县外省内务工”12人除外 → 应培训40人；参训名单25行：截止日前参训的应培训人员20人（一人参加两期只算一次；一人身份证号末位小写x、一人身份证号中间有空格，都是名单上的人；一人只参加9月第24期不算；2名外出务工人员、1名丧失劳动力人员不算，其中一个身份证号成了丢位的数字） → 20/40 = 50.0% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 8月31日栏专栏公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；专栏网页复制的两页信息列表（置顶的工作方案是2020年5月的；分页行、位置行不是信息）：2020年9月至2021年8月除2021年2月外每月都有更新 → 不是按月 → 1；合计3（自评4）",
    "info.reporting: 报送登记按“发送时间”算：2020年9月至2021年8月每月都发送了（1月31日、4月30日、8月31日晚发送的签收时间在下个月，按签收时间算会缺1、4、8月） → 3；“含电商扶贫统计”2020年10月起为“是”，8月31日栏“能”统计 → 3；合计6",
    "promo.cases: 报送登记下方“二、经验材料报送”2021年6月18日报惠州市商务局 → 2（9月8日报省商务厅的在截止日后）",
    "promo.media: 截止日前：惠州日报、惠州电视台、惠州+（市级） → 3；惠阳电视台（区级） → 1；南方日报（省级）2021.9.10在截止日后不算 → 合计4（自评5）",
    "fund.system: 8月31日栏资金管理制度4 → 4",
    "fund.ledger: 8月31日栏资金台账4 → 4",
    `fund.spending: 资金拨付台账读“本次拨付”（“累计拨付”是滚动合计，合计行不是拨付）：截止日前11笔${fmtMoney(spentPre)}元（8月31日那笔120,000元当天算；9月16日386,000元不算） ÷ 5,000,000 = 71.26% ≥ 70% → 8月31日栏资金及时拨付3 → 3（漏了8月31日那笔是68.86%，要倒扣5分）`,
    "bonus.poorTraining: 20/40 = 50% < 70% → 0",
    "bonus.tvCase: 典型案例只在惠州电视台（市级）播出，不是国家级或省级电视 → 0（自评1）",
    "veto.incident: 8月31日栏“发生安全生产、质量事故或重大损失：无” → 不否决",
    "veto.progress: 8月31日栏项目总体进度78% ≥ 40% → 不否决",
    "veto.fraud: 8月31日栏“弄虚作假：无” → 不否决",
  ];
  return {
    description:
      `惠州惠阳区商务局整本考评工作簿（11个表），84分、无加分、未否决（自评89＋加分1＝90）：事实和自评分在《自评跟踪表》，基础数据、指标自评分、主观分项都按四个时点各一列（2020年12月底预评｜2021年4月底中期｜2021年8月31日正式自评｜2021年9月15日更新“仅供参考”），只读8月31日栏（组长区长、中心2021.2.28运营、其他增值服务“无”、快递覆盖100%），台账有区民政局村居名单（贫困村类别分省定和市定相对贫困村，快递进村方式一村“未通”）、站点台账（一站2021.8.31建成、一站“2020年第四季度”、社区站）、扶贫系统导出的贫困人口（劳动技能、务工状况）、培训班次（人次列有全角数字和“${CLS[15].got}人次”式文本）与贫困户参训名单（身份证有空格、小写x、丢位数字）、入驻企业（退出时间）、资金拨付台账（本次拨付与滚动累计，8月31日一笔决定过不过70%）、报送登记（发送时间与签收时间跨月，下方另有经验材料小表）、从网页复制的专栏信息列表（两页、置顶、方括号日期“[${listing[3].d}]”、分页行）和宣传报道。`,
    sheets: [
      { name: "自评跟踪表", rows: fsRows, merges: fsMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "贫困人口", rows: pRows, merges: pMerges },
      { name: "培训班次", rows: tRows, merges: tMerges },
      { name: "贫困户参训名单", rows: aRows, merges: aMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1", "A2:H2"] },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "信息报送", rows: rRows, merges: rMerges },
      { name: "专栏网页", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 肇庆端州区: Word 情况登记表 pasted into Excel, paragraphs split into rows
// =====================================================================================================
function buildF1() {
  // one Word row: [项目 paragraphs, 填报内容 paragraphs, 备注 paragraphs]
  const SECS = [
    ["一、基本情况", [
      [["区（县）名称"], ["端州区"], []],
      [["常住人口", "（单位：万人）"], ["58.36"], ["第七次全国人口普查", "区统计局提供"]],
      [["行政村"], ["行政村12个", "社区居委会49个（不计入）"], []],
      [["省定贫困村"], ["0个"], ["本区无省定贫困村"]],
    ]],
    ["二、组织领导", [
      [["示范创建工作领导小组"], ["组长：区委常委、常务副区长", "副组长：区政府办副主任、区商务局局长", "成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区邮政分公司"], ["端府办〔2020〕7号"]],
      [["工作方案"], ["已正式印发", "《端州区电子商务进农村综合示范创建工作方案》"], ["端府办〔2020〕12号"]],
      [["扶持政策"], ["已出台《端州区扶持农村电子商务发展若干措施》"], []],
    ]],
    ["三、公共服务中心和产业园", [
      [["县级电子商务公共服务中心"], ["已建成", "2020年11月26日投入运营", "面积1500平方米"], []],
      [["中心服务功能"], ["免费培训场所及设备：有", "免费展示、销售农产品：有", "免费摄影、美工：有", "农产品统一推广、品牌建设指导：有", "其他衍生增值服务：无"], ["其他衍生增值服务计划2021年第四季度开展"]],
      [["电商产业园"], ["已整合优化", "入驻企业23家"], []],
    ]],
    ["四、农村产品上行", [
      [["第三方电商运营服务商"], ["有"], ["肇庆市端州区星湖电子商务运营有限公司"]],
      [["行政村物流快递覆盖率"], ["100%"], []],
      [["农村网络零售额"], ["2019年：12.06亿元", "2020年：14.87亿元", "同比增长23.3%"], ["省商务厅统计数据"]],
      [["农产品网络零售额"], ["2019年：1.12亿元", "2020年：1.49亿元", "同比增长33.0%"], ["省商务厅统计数据"]],
    ]],
    ["五、人才培训", [
      [["电商培训"], ["累计培训5,216人次", "其中贫困人口参训138人次"], []],
      [["建档立卡贫困人口", "（含相对贫困人口）"], ["有劳动能力（不含外出务工）：96人", "已参加培训：61人"], ["区乡村振兴局核定", "按身份证号去重"]],
    ]],
    ["六、信息公开和数据报送", [
      [["政府网站专栏"], ["已设立", "公示内容：创建方案、项目基本信息、项目建设进度", "征求意见／监督举报窗口：已设立"], []],
      [["数据报送"], ["每月5日前向肇庆市商务局报送上月工作情况", "能统计电商扶贫情况"], []],
    ]],
    ["七、资金管理", [
      [["省级专项资金"], ["下达500万元", "累计拨付387.45万元", "项目总体进度81%"], ["拨付数截至2021年8月31日"]],
      [["资金管理"], ["资金管理制度：已制定", "资金专用台账：已建立"], []],
    ]],
    ["八、一票否决事项", [
      [["安全生产、质量事故或重大损失"], ["无"], []],
      [["弄虚作假"], ["无"], []],
    ]],
    ["九、主观评分项自评", [
      [["组织与项目管理"], ["方案制定：2分", "政策支持：2分", "项目管理制度：2分", "工作台账：2分"], []],
      [["农村产品上行"], ["网销调研：1分", "网络促销活动：2分", "交易标准与冷链溯源：1分"], []],
      [["资金管理"], ["资金管理制度：4分", "资金台账：5分", "资金及时拨付：4分"], []],
    ]],
  ];
  const rows = [["端州区电子商务进农村综合示范创建基本情况登记表"],
    ["填报单位（盖章）：肇庆市端州区商务局　　　考评截止日期：2021年8月31日　　　填报时间：2021年9月7日"],
    ["类别", "项目", "填报内容", "备注"]];
  const merges = ["A1:D1", "A2:D2"];
  let splitLabel = 0;
  let multiRows = 0;
  for (const [cat, items] of SECS) {
    const c0 = rows.length + 1;
    for (const [lab, val, note] of items) {
      const n = Math.max(lab.length, val.length, note.length, 1);
      const r0 = rows.length + 1;
      for (let k = 0; k < n; k++) {
        const cell = (ps) => (ps.length === 0 ? null : ps.length === 1 ? (k === 0 ? ps[0] : null) : k < ps.length ? ps[k] : null);
        rows.push([k === 0 && r0 === c0 ? cat : null, cell(lab), cell(val), cell(note)]);
      }
      if (n > 1) {
        multiRows++;
        // a cell with a single paragraph is merged down over the Word row's paragraphs
        if (lab.length === 1) merges.push(`B${r0}:B${r0 + n - 1}`);
        if (val.length === 1) merges.push(`C${r0}:C${r0 + n - 1}`);
        if (note.length === 1) merges.push(`D${r0}:D${r0 + n - 1}`);
        if (lab.length > 1) splitLabel++;
      }
    }
    mergeCol(merges, "A", c0, rows.length);
  }
  rows.push(["填表人：梁××　　联系电话：0758-22xxxxx　　审核人：区商务局副局长 李××", null, null, null]);
  merges.push(`A${rows.length}:D${rows.length}`);
  assert(splitLabel === 2 && multiRows >= 15, "f1 split labels and multi-paragraph rows " + splitLabel + "/" + multiRows);
  const popRow = rows.findIndex((r) => r[1] === "常住人口") + 1;
  assert(rows[popRow][1] === "（单位：万人）" && rows[popRow - 1][2] === "58.36" && merges.includes(`C${popRow}:C${popRow + 1}`), "f1 the population label on two rows, value merged");
  assert(pct1(1487, 1206) === "123.3%" && pct1(149, 112) === "133.0%", "f1 growth as stated");
  return {
    description:
      "肇庆端州区商务局的《基本情况登记表》原是Word表格（类别｜项目｜填报内容｜备注），粘进Excel后单元格里的每一段成了单独一行、只有一段的格子向下合并覆盖这几行：类别列按节纵向合并，“常住人口”和“（单位：万人）”分在两行而数值58.36合并跨这两行，领导小组一格拆成组长（区委常委、常务副区长）、副组长、成员单位三行，中心服务功能五项各占一行（其他衍生增值服务“无”），零售额2019年、2020年、增速各占一行（亿元），贫困人口一行“其中贫困人口参训138人次”是人次不是人数，主观评分项按组每项一行写“方案制定：2分”。",
    sheets: [{ name: "基本情况", rows, merges }],
    expect: {
      facts: {
        county: "端州区", asOf: "2021-08-31", residentPopulation: 583600, adminVillagesStated: 12, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1206000000, ruralRetail2020: 1487000000, ruralRetailGrowthStated: 0.233,
        agriRetail2019: 112000000, agriRetail2020: 149000000, agriRetailGrowthStated: 0.33,
        trainingPersonTimesStated: 5216, eligiblePoorPersonsStated: 96, trainedPoorPersonsStated: 61,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3874500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.81,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 广州花都区: official indicator table, 自评得分 typed as sums
// =====================================================================================================
function buildF2() {
  const T = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；\n由县（市、区）政府分管领导牵头（1分）；\n其他情况不得分。",
      "成立以区长为组长的示范创建工作领导小组（花府办〔2020〕9号），成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局等。", "2", "org.leadership"],
    [null, "方案制定", 2, "工作方案因地制宜,可操作性较强（1-2 分）", "《花都区电子商务进农村综合示范创建工作方案》已于2020年4月正式印发。", "2", "org.plan"],
    [null, "政策支持", 2, "出台相关政策，且得到较好落实（1-2 分）", "出台《花都区促进农村电子商务发展扶持办法》，落实仍在推进。", "1", "org.policy"],
    [null, "项目管理", 4, "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；\n建立完整工作台账，详细记录项目建设情况（1-2 分）。", "制定项目管理办法；建立项目工作台账。", "2+1=3", "org.management"],
    ["深入推动电子商务进农村工作（55 分）", "服务体系建设", 25, "建成县级电子商务公共服务中心（2分）；\n建成后已正常运行 6个月（截至2021 年 8 月 31 日）以上（2 分）；\n有免费培训场所、培训设备，能组织电商基础培训（2 分）；\n为特色农产品提供免费展示、销售服务（1分）；\n为电子商务市场主体提供免费摄影、美工服务（1分）；\n组织农产品统一推广、指导特色农产品品牌建设（1分）；\n为电子商务发展提供其他衍生增值服务（1 分）；\n建设或整合、优化当地电商产业园（2分)；\n电商产业园企业入驻数量达 20家及以上(2 分)；\n电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1 分)。",
      "区电子商务公共服务中心于2020年9月30日投入运营；设培训室1间、电脑50台，免费开展电商基础培训；设农产品展示厅，免费展示销售；免费提供摄影、美工服务；组织“花都好物”区域品牌统一推广；提供代办营业执照、融资对接等增值服务；整合建成花都电商产业园，入驻企业26家，含平台型、销售型、运营服务商、物流企业。",
      "2+2+2+1+1+1+1+2+2+1=15", "work.center"],
    [null, null, null, "行政村覆盖率 70%及以上（5分）,50%-70%（不含）（2 分），50%以下不得分；\n贫困村覆盖率 100%（5分）,80%-100%（不含）（3 分），80%以下不得分。",
      "全区行政村188个，已建村级站点142个，覆盖率75.5%；全区无省定贫困村。", "5+5=10", "work.coverage"],
    [null, "农村产品上行", 10, "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；\n开展农村产品网络促销活动成效明显（1-2 分）；\n当地有专业第三方电子商务运营或服务商（1分）；\n行政村物流快递覆盖率 100%（1分）；\n有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；\n2020 年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。",
      "完成网销调研报告；开展“年货节”“荔枝节”网络促销；引进第三方运营服务商；行政村快递覆盖率100%；制定荔枝、鸡蛋等电商交易标准，建成冷链仓；2019年农村网络零售额86.52亿元，2020年104.37亿元，增长20.6%；2019年农产品网络零售额6.38亿元，2020年8.41亿元，增长31.8%。",
      "2＋2＋1＋1＋1＋2＝9", "work.upward"],
    [null, "电商人才培训", 20, "培训人次达常住人口 1%及以上（10 分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；\n建档立卡贫困人口培训率 50%及以上（10 分），40%-50%（不含）（8分），30%-40%（不含）（6 分）。",
      "常住人口164.24万人（以50万计），累计培训5,318人次，占1.06%；有劳动能力的相对贫困人口（不含外出务工）104人，参训61人，培训率58.7%。", "10+10=20", "work.training"],
    ["加强信息公开及报送（10 分）", "信息公开", 4, "在县政府网站设立公开专栏且内容全面（2 分）；\n近一年内专栏内容能按月更新（2 分），不定时更新（1分），未更新不得分。",
      "在区政府网站设立专栏，公开创建方案、项目基本信息、建设进度，设立监督举报窗口；按月更新。", "2+2=4", "info.disclosure"],
    [null, "数据上报", 6, "近一年能每月向市商务局报送工作情况（3 分），不定时上报（1 分），未上报不得分；\n能统计电商扶贫情况（3分），未统计相关情况不得分。", "每月向广州市商务局报送；能统计电商扶贫情况。", "3+3=6", "info.reporting"],
    ["加强宣传推广（10 分）", "案例总结", 2, "向市商务局报送经验材料（2分）", "2021年6月向市商务局报送《花都区电商助农经验材料》。", "2", "promo.cases"],
    [null, "经验推广", 8, "省级及以上媒体进行宣传报道（4 分）；\n市级媒体进行宣传报道（3 分）；\n县级媒体进行宣传报道（1 分）。", "南方日报、广州日报、花都电视台报道。", "4+3+1=8", "promo.media"],
    ["加强财政资金管理（15 分）", "制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5 分）", "制定《花都区电子商务进农村综合示范专项资金管理办法》。", "4", "fund.system"],
    [null, "资金台账", 5, "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5 分）", "各承建单位建立资金专用台账。", "5", "fund.ledger"],
    [null, "资金支出", 5, "资金支出率 70%以上，且根据创建进度及时拨付（1-5 分）；\n资金支出率低于 70%倒扣 5 分。", "下达省级专项资金500万元，累计拨付412.36万元，支出率82.5%，按进度及时拨付。", "4", "fund.spending"],
    ["加分项（4 分）", null, null, "建档立卡贫困人口培训率 70%及以上（2分）", "培训率58.7%，未达70%。", "0", "bonus.poorTraining"],
    [null, null, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "无。", "0", "bonus.tvCase"],
    ["一票否决项", null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", "未发生。", null, null],
    [null, null, null, "项目建设进度严重滞后，总体进度不足 40%。", "项目总体进度88%。", null, null],
    [null, null, null, "弄虚作假。", "无。", null, null],
  ];
  const rows = [["花都区2019年省级电子商务进农村综合示范创建考评指标自评表"],
    ["自评单位：广州市花都区商务局（盖章）　　　　考评截止时间：2021年8月31日"],
    ["工作任务", "评价指标名称", "权重（%）", "评分标准", "完成情况", "自评得分"]];
  const merges = ["A1:F1", "A2:F2"];
  const first = rows.length + 1;
  const claimed = {};
  const evalSum = (s) => {
    const t = s.replace(/＋/g, "+").replace(/＝/g, "=");
    const [lhs, rhs] = t.includes("=") ? t.split("=") : [t, t];
    const terms = lhs.split("+").map(Number);
    assert(sum(terms) === Number(rhs), "f2 sum " + s);
    return { terms, total: Number(rhs) };
  };
  const terms = {};
  for (const [task, ind, w, std, done, score, id] of T) {
    rows.push([task, ind, w, std, done, score]);
    if (id) {
      const e = evalSum(score);
      claimed[id] = e.total;
      terms[id] = e.terms;
    }
  }
  const total = sum(SCORED.map((s) => claimed[s[0]]));
  rows.push(["合计", null, 100, null, null, `${total}`]);
  merges.push(`A${rows.length}:B${rows.length}`);
  // the 工作任务 column merged down its indicators; 服务体系建设 (25) over its two rows
  const rIdx = (k) => first + k;
  merges.push(`A${rIdx(0)}:A${rIdx(3)}`, `A${rIdx(4)}:A${rIdx(7)}`, `A${rIdx(8)}:A${rIdx(9)}`, `A${rIdx(10)}:A${rIdx(11)}`, `A${rIdx(12)}:A${rIdx(14)}`,
    `A${rIdx(15)}:A${rIdx(16)}`, `A${rIdx(17)}:A${rIdx(19)}`, `B${rIdx(4)}:B${rIdx(5)}`, `C${rIdx(4)}:C${rIdx(5)}`,
    `B${rIdx(15)}:C${rIdx(15)}`, `B${rIdx(16)}:C${rIdx(16)}`, `B${rIdx(17)}:C${rIdx(19)}`);
  rows.push(["填表人：何××　　审核人：区商务局副局长 陈××　　填表日期：2021年9月9日"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(total === 95, "f2 claimed 95 " + total);
  assert(terms["org.management"].join() === "2,1" && terms["work.upward"].join() === "2,2,1,1,1,2", "f2 the sub-terms");
  assert(pct1(10437, 8652) === "120.6%" && pct1(841, 638) === "131.8%" && pct1(61, 104) === "58.7%" && pct1(4123600, 5000000) === "82.5%", "f2 the clerk's percentages");
  return {
    description:
      "广州花都区商务局填的官方《考评指标自评表》（工作任务｜评价指标名称｜权重｜评分标准原文｜完成情况｜自评得分，工作任务与服务体系建设25分纵向合并），事实全写在“完成情况”句子里（区长任组长、中心2020年9月30日运营、188个行政村、无省定贫困村、零售额按亿元、常住人口164.24万人、拨付412.36万元、进度88%），自评得分按评分标准顺序写成加式“2+1=3”“2＋2＋1＋1＋1＋2＝9”，等号后是该指标自评分、各加数是分项分（项目管理制度2、工作台账1，网销调研2、促销2、交易标准1），加分项两行都填0、合计95。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "花都区", asOf: "2021-08-31", residentPopulation: 1642400, adminVillagesStated: 188, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 8652000000, ruralRetail2020: 10437000000, ruralRetailGrowthStated: 0.206,
        agriRetail2019: 638000000, agriRetail2020: 841000000, agriRetailGrowthStated: 0.318,
        trainingPersonTimesStated: 5318, eligiblePoorPersonsStated: 104, trainedPoorPersonsStated: 61,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4123600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": terms["org.management"][0], "org.management.ledger": terms["org.management"][1],
        "work.upward.research": terms["work.upward"][0], "work.upward.promotion": terms["work.upward"][1], "work.upward.standards": terms["work.upward"][4],
        "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 佛山三水区: 数据多源比对表 with an 采用值 column
// =====================================================================================================
function buildF3() {
  const rows = [["三水区电子商务进农村综合示范考评数据多源比对表"],
    ["编制：佛山市三水区经济和科技促进局电商股　　　比对时点：2021年8月31日（考评截止日）　　　编制日期：2021年9月10日"],
    ["说明：同一数据有多个来源的，经比对后在“采用值”栏填写考评口径；“采用值”写“同××”“取××”的，按所指来源栏的数填报。"],
    ["序号", "数据项", "单位", "各来源数据", null, null, null, "采用值", "采用说明"],
    [null, null, null, "区经科局台账", "统计／主管部门", "镇街汇总", "平台／第三方", null, null]];
  const merges = ["A1:I1", "A2:I2", "A3:I3", "A4:A5", "B4:B5", "C4:C5", "D4:G4", "H4:H5", "I4:I5"];
  const sec = (t) => {
    rows.push([t, null, null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:I${rows.length}`);
  };
  let no = 0;
  const R = (item, unit, a, b, c, d, use, why) => rows.push([++no, item, unit, a, b, c, d, use, why || null]);
  sec("一、数量类数据");
  R("常住人口", "万人", "—", "76.64（七普）", "77.02", "—", "76.64", "采用区统计局第七次全国人口普查数");
  R("行政村数", "个", 64, "64（区民政局）", "66", "—", 64, "镇街汇总含2个撤村改居过渡村，不计");
  R("省定贫困村数", "个", 0, "0（区农业农村局）", "—", "—", 0, "本区无省定贫困村");
  R("2019年农村网络零售额", "亿元", "—", "32.17（省商务厅）", "—", "31.86（阿里研究院）", "同省商务厅数", "考评以省商务厅提供数据为准");
  R("2020年农村网络零售额", "亿元", "—", "38.62（省商务厅）", "—", "40.05（阿里研究院）", 38.62, null);
  R("2019年农产品网络零售额", "亿元", "—", "2.45（省商务厅）", "—", "2.61（阿里研究院）", "取统计数", null);
  R("2020年农产品网络零售额", "亿元", "—", "3.16（省商务厅）", "—", "3.40（阿里研究院）", 3.16, null);
  R("电商培训人次", "人次", "4,872", "—", "5,130", "1,206（线上平台）", "4,872", "镇街汇总有重复统计；线上平台学习已含在台账内");
  R("有劳动能力的相对贫困人口（不含外出务工）", "人", "—", "58（区农业农村局）", 61, "—", 58, "以区农业农村局核定数为准");
  R("参加电商培训的相对贫困人口", "人", 34, "—", 37, "—", 34, "按身份证号去重");
  R("公共服务中心投入运营日期", "日期", "2020.12.18", "—", "—", "2020.12.8（试运营）", "2020年12月18日", "以正式投入运营日期为准");
  R("行政村快递覆盖率", "%", 100, "98.4（区邮政管理局）", "—", "—", "98.4", "63/64，白坭镇1个村未通快递，以邮政管理部门数为准");
  R("下达省级专项资金", "万元", 500, "500（区财政局）", "—", "—", 500, null);
  R("累计拨付资金", "万元", "372.18", "365.18（国库支付）", "—", "—", "365.18", "台账含7万元已审批未支付，以国库实际支付为准");
  R("项目总体进度", "%", 85, "—", "—", "82（监理单位）", "82", "以监理单位核定进度为准");
  sec("二、定性事项");
  rows.push(["序号", "事项", null, "情况", null, null, null, "依据／佐证", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:G${rows.length}`, `H${rows.length}:I${rows.length}`);
  let q = 0;
  const Q = (item, val, ev) => {
    rows.push([++q, item, null, val, null, null, null, ev || null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:G${rows.length}`, `H${rows.length}:I${rows.length}`);
  };
  Q("领导小组组长", "区委副书记、区长", "三府办〔2020〕18号");
  Q("领导小组成员单位", "区经科局（商务）、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局", "三府办〔2020〕18号");
  Q("示范县工作方案", "已正式印发", "三府办〔2020〕22号");
  Q("支持农村电商发展的政策", "已出台", "《三水区促进农村电子商务发展扶持办法》");
  Q("中心免费培训场所、培训设备", "有", null);
  Q("中心免费展示、销售特色农产品", "有", null);
  Q("中心免费摄影、美工服务", "有", null);
  Q("中心组织农产品统一推广、品牌建设指导", "有", null);
  Q("中心其他衍生增值服务", "有", "代办执照、金融对接");
  Q("电商产业园", "已整合建成", null);
  Q("专业第三方电商运营或服务商", "有", null);
  Q("专栏公示创建方案", "是", null);
  Q("专栏公示项目基本信息", "是", null);
  Q("专栏公示项目建设进度", "是", null);
  Q("专栏征求意见或监督举报窗口", "否", "拟在网站改版后增设");
  Q("能统计电商扶贫情况", "能", null);
  Q("资金管理制度", "已制定", null);
  Q("资金专用台账", "已建立", null);
  Q("发生安全生产、质量事故或重大损失", "无", null);
  Q("弄虚作假", "无", null);
  sec("三、主观评分项自评");
  rows.push(["序号", "评分项", null, "分值范围", null, "自评分", null, "自评理由", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`, `H${rows.length}:I${rows.length}`);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 1], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 1],
    ["交易标准与冷链溯源", "1-2", 2], ["资金管理制度", "1-5", 5], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  J.forEach(([n, r, v], j) => {
    rows.push([j + 1, n, null, r, null, v, null, null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`, `H${rows.length}:I${rows.length}`);
  });
  rows.push([]);
  rows.push(["比对人：罗××　　复核：区经科局电商股股长"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert(!(316 * 10 >= 245 * 13) && 340 * 10 >= 261 * 13, "f3 the adopted 农产品 growth 29.0% (<30%), the platform's 30.3% would pass");
  return {
    description:
      "佛山三水区经科局电商股编的《考评数据多源比对表》：每个数据一行，“各来源数据”合并表头下四列（区经科局台账｜统计／主管部门｜镇街汇总｜平台／第三方，格内数带来源括注），后面“采用值”和“采用说明”，只读采用值（常住人口76.64万人、行政村64个、累计拨付365.18万元、进度82%、快递覆盖率98.4%即未达100%），采用值写“同省商务厅数”“取统计数”的要到统计／主管部门栏取数（2019年农村网零32.17亿元、2019年农产品网零2.45亿元），其余来源栏的数不读；下面“二、定性事项”（组长区委副书记、区长，监督举报窗口“否”）和“三、主观评分项自评”两块用合并单元格排成同宽。",
    sheets: [{ name: "多源比对", rows, merges }],
    expect: {
      facts: {
        county: "三水区", asOf: "2021-08-31", residentPopulation: 766400, adminVillagesStated: 64, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 3217000000, ruralRetail2020: 3862000000, agriRetail2019: 245000000, agriRetail2020: 316000000,
        trainingPersonTimesStated: 4872, eligiblePoorPersonsStated: 58, trainedPoorPersonsStated: 34,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3651800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 汕头龙湖区: online learning platform export, map-app station marks, park firms as two stacked tables
// =====================================================================================================
function buildL1() {
  const REGION = "440507";
  const CUT = "2021-08-31";
  const TOWNS = ["外砂街道", "新溪街道", "新津街道", "鸥汀街道", "龙祥街道"];
  const vName = nameMaker("东西南北大上下新龙凤华美蓬洲湖", ["头", "沟", "埔", "厝", "垅", "洲", "围", "乡", "寨", "洋", "浦", "溪"], "村", ["外砂", "新溪", "新津", "鸥汀", "龙祥"]);

  // ---------------- 线上学习记录
  const COURSES = [["农村电商基础入门", 6], ["网店开设与运营实务", 8], ["短视频拍摄与剪辑", 6], ["直播带货实操", 8], ["农产品品牌营销", 4]];
  const tRows = [["汕头市农村电商人才培训平台　学习记录导出（龙湖区）"],
    ["导出时间：2021-09-06 10:15:22　　导出人：lhsw_ds01　　筛选条件：所属区县＝龙湖区；报名时间＝2020-09-01至2021-09-05"],
    ["说明：“状态”为“已完成”（学习进度100%并通过课后测试）的计1人次，按“完成时间”计入当月；“学习中”“未开始”的不计培训人次。"],
    ["序号", "学员姓名", "手机号", "证件号码", "所属镇街", "课程名称", "课程学时", "学习进度", "学习时长", "考试成绩", "完成时间", "状态"]];
  const tMerges = ["A1:L1", "A2:L2", "A3:L3"];
  const tRecs = [];
  const NEAR = [REGION, REGION, REGION, "440511", "440513"];
  const learners = Array.from({ length: 26 }, (_, k) => {
    const male = rnd() < 0.5;
    return { name: personName(), id: makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1972, 2002), male, k === 4 ? true : undefined), tel: mask(phone()), town: TOWNS[rint(0, TOWNS.length - 1)] };
  });
  const ENR = [];
  learners.forEach((l, k) => {
    const nc = k % 5 === 0 ? 3 : k % 3 === 0 ? 2 : 1;
    const cs = shuffle([0, 1, 2, 3, 4]).slice(0, nc);
    cs.forEach((c) => ENR.push({ l, c, st: "done", at: randIsoBetween("2020-09-10", "2021-08-28") }));
  });
  // not-finished rows, a finish on the cut-off day, one after it
  ENR[3].st = "learning";
  ENR[11].st = "learning";
  ENR[19].st = "notStarted";
  ENR[27].st = "learning";
  ENR[8].at = CUT;
  ENR[15].at = "2021-09-02";
  ENR.sort((a, b) => cmp(a.at, b.at));
  ENR.forEach((e, j) => {
    const [cn, hrs] = COURSES[e.c];
    let prog;
    let dur;
    let score;
    let fin;
    let st;
    if (e.st === "done") {
      prog = "100%";
      const mins = hrs * 60 + rint(-40, 90);
      dur = `${Math.floor(mins / 60)}小时${mins % 60}分`;
      score = rint(62, 98);
      fin = `${e.at} ${hms()}`;
      st = "已完成";
      tRecs.push({ date: e.at, personTimes: 1, id: maskId(e.l.id) });
    } else if (e.st === "learning") {
      const p = rint(15, 85);
      prog = `${p}%`;
      const mins = Math.round((hrs * 60 * p) / 100);
      dur = `${Math.floor(mins / 60)}小时${mins % 60}分`;
      score = "—";
      fin = "—";
      st = "学习中";
    } else {
      prog = "0%";
      dur = "0分";
      score = "—";
      fin = "—";
      st = "未开始";
    }
    tRows.push([j + 1, e.l.name, e.l.tel, maskId(e.l.id), e.l.town, cn, hrs, prog, dur, score, fin, st]);
  });
  tRows.push([`共 ${ENR.length} 条记录`]);
  tMerges.push(`A${tRows.length}:L${tRows.length}`);
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === ENR.length - 4 && tRecs.some((r) => r.date === CUT) && tRecs.some((r) => r.date === "2021-09-02"), "l1 completed rows only");
  assert(tRecs.some((r) => r.id.endsWith("X")), "l1 a masked id ending in X");

  // ---------------- 站点标注 (奥维互动地图 export)
  const sRows = [["龙湖区电商服务站点标注导出（奥维互动地图，“电商进农村”图层）"],
    ["标注名称", "分组", "经度", "纬度", "海拔(米)", "描述", "创建时间"]];
  const sRecs = [];
  const villages = [];
  for (let k = 0; k < 17; k++) villages.push({ v: vName(), town: TOWNS[k % 4] });
  const marks = [];
  villages.forEach((x, k) => {
    const op = k === 6 ? "2021-03" : k === 13 ? "2021-09-10" : randIsoBetween("2020-06-15", "2021-08-25");
    marks.push({ x, op, second: false });
    if (k === 2 || k === 9) marks.push({ x, op: randIsoBetween("2021-02-01", "2021-08-20"), second: true });
  });
  marks.forEach((m, j) => {
    const short = m.x.v.replace(/村$/, "");
    const [lo, la] = lngLat(116.69, 116.82, 23.36, 23.47);
    const vill = j % 3 === 0 ? `${m.x.v}委会` : j % 3 === 1 ? m.x.v : `${m.x.v}民委员会`;
    const opText = m.op.length === 7 ? "2021年3月" : j % 4 === 0 ? cnDate(m.op) : j % 4 === 1 ? dotDate(m.op) : j % 4 === 2 ? m.op : slashDate(m.op);
    const desc = `所在村：${vill}；挂牌：${opText}；站长：${SURNAMES[rint(0, SURNAMES.length - 1)]}××；${m.second ? "本村第二个服务点" : "设在村委会旁"}`;
    const made = isoAdd(m.op.length === 7 ? "2021-03-20" : m.op, rint(3, 60));
    sRows.push([m.second ? `${short}村邮乐购服务点` : `${short}村电商服务站`, `村级站点（${m.x.town}）`, lo, la, rint(2, 9), desc, `${made} ${hms()}`]);
    sRecs.push({ village: m.x.v, opened: m.op });
  });
  // reference marks that are not stations, inserted among them
  const refs = [["龙湖区电子商务公共服务中心", "参考点位", "龙湖区电子商务公共服务中心（珠津工业区）；2020年10月投入运营"],
    ["外砂邮政揽投部", "参考点位", "快递揽投网点，不是电商服务站点"], ["新溪镇街电商服务中心", "参考点位", "镇级服务中心，设在新溪街道办事处"]];
  refs.forEach((r, j) => {
    const [lo, la] = lngLat(116.69, 116.82, 23.36, 23.47);
    sRows.splice(4 + j * 7, 0, [r[0], r[1], lo, la, rint(2, 9), r[2], `2021-0${4 + j}-1${j} ${hms()}`]);
  });
  assert(sRecs.length === 19 && sRows.length === 2 + 19 + 3, "l1 19 station marks + 3 reference marks");

  // ---------------- 入驻企业: two stacked tables
  const F = [["汕头市龙湖区潮汕优品电子商务有限公司", "平台型"], ["汕头市外砂狮头鹅电子商务商行", "销售型"], ["汕头市龙湖区玩具网店运营中心", "电商运营商"],
    ["汕头市新溪牛肉丸特产网店", "销售型"], ["汕头市龙湖区潮速物流有限公司", "物流企业"], ["汕头市龙湖区海韵直播传媒有限公司", "直播机构"],
    ["汕头市龙湖区潮味跨境电子商务有限公司", "平台型"], ["汕头市新津凤凰单丛茶网店", "销售型"], ["汕头市龙湖区云仓供应链有限公司", "物流企业"],
    ["汕头市龙湖区启航代运营工作室", "电商运营商"], ["汕头市鸥汀腌制品电子商务商行", "销售型"], ["汕头市龙湖区凤凰品牌设计有限公司", "设计服务"],
    ["汕头市龙湖区乡味直播电商有限公司", "直播机构"], ["汕头市龙湖区鲜达冷链有限公司", "物流企业"]].map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-08-25") }));
  F[12].iso = "2021-09-03";
  F[3].iso = "2021-01";
  const OUT = [{ n: "汕头市龙湖区果然鲜电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2020-08-18", left: "2021-04-30", why: "经营调整" },
    { n: "汕头市龙湖区潮玩网络科技有限公司", t: "电商运营商", code: creditCode(REGION), iso: "2020-11-05", left: "2021-09-01", why: "迁往澄海区" }];
  const eRows = [["龙湖区电子商务产业园企业登记表"], ["（园区运营服务中心　2021年9月10日）"], ["一、在园企业"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "房号", "备注"]];
  const eMerges = ["A1:G1", "A2:G2", "A3:G3"];
  const eRecs = [];
  F.forEach((f, j) => {
    const ent = f.iso.length === 7 ? "2021年1月" : dateCell(f.iso, j);
    eRows.push([j + 1, f.n, f.code, f.t, ent, `${rint(2, 5)}0${rint(1, 9)}室`, f.iso > CUT ? "9月新入驻" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.iso, left: null });
  });
  eRows.push([null, null, null, null, null, null, null]);
  eRows.push(["二、已退园企业"]);
  eMerges.push(`A${eRows.length}:G${eRows.length}`);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "退园原因"]);
  OUT.forEach((f, j) => {
    eRows.push([j + 1, f.n, f.code, f.t, dotDate(f.iso), cnDate(f.left), f.why]);
    eRecs.push({ name: f.n, type: f.t, entered: f.iso, left: f.left });
  });
  assert(eRecs.length === 16 && eRecs.some((r) => r.entered === "2021-01"), "l1 16 firms");

  const notes = [["读表说明"], ["1．“线上学习记录”是市培训平台导出的学习记录，一行是一个学员学一门课；只有“已完成”的算培训。"],
    ["2．“站点标注”是奥维地图里“电商进农村”图层的导出，挂牌时间和所在村写在“描述”里；“创建时间”是在地图上打点的时间；分组为“参考点位”的不是服务站点。"],
    ["3．“入驻企业”分在园、已退园两张表。"], ["龙湖区商务局电商股　2021年9月"]];
  const dict = [["状态"], ["已完成"], ["学习中"], ["未开始"], [], ["分组"], ["村级站点"], ["参考点位"]];
  return {
    description:
      "汕头龙湖区商务局电商股交的台账（三张台账加读表说明页和隐藏的字典表）：培训台账是市农村电商培训平台导出的“线上学习记录”（一行一个学员一门课，证件号脱敏，学习进度、学习时长、考试成绩列，只有状态“已完成”且有完成时间的算一人次、按完成时间计，“学习中”“未开始”不算，一条8月31日完成、一条9月2日完成），站点是奥维地图“电商进农村”图层的标注导出（标注名称｜分组｜经纬度｜海拔｜描述｜创建时间，所在村和挂牌时间写在描述里，“创建时间”是打点时间，“参考点位”分组的中心、揽投部、镇级中心不是站点），入驻企业是一张表里上下两块“一、在园企业”“二、已退园企业”（退园时间只在第二块）。",
    sheets: [
      { name: "读表说明", rows: notes, merges: [] },
      { name: "线上学习记录", rows: tRows, merges: tMerges },
      { name: "站点标注", rows: sRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "字典", rows: dict, hidden: true },
    ],
    expect: {
      sheets: {
        "读表说明": { kind: null },
        "线上学习记录": { kind: "training", records: tRecs },
        "站点标注": { kind: "stations", records: sRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 云浮云安区: 换届选举结果表 as the village list, contract payment pairs, media, materials
// =====================================================================================================
function buildL2() {
  const TOWNS = [["六都镇", 12, 2], ["高村镇", 9, 1], ["白石镇", 10, 1], ["镇安镇", 11, 1], ["富林镇", 8, 1], ["石城镇", 12, 1], ["都杨镇", 11, 2], ["南盛镇", 8, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("大小上下东西南北新旧黄白石马龙凤金云安和", ["坑", "洞", "岗", "塘", "垌", "坪", "田", "岭", "头", "水", "河", "湾"], "村", prefixes);
  const cName = nameMaker("圩城兴民新和", ["社", "华", "兴", "城", "安"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 81 && comms.length === 10 && admin.every((v) => !/村村$/.test(v)), "l2 81 villages + 10 communities");
  noStemClash(admin, comms, "l2");
  const poor = new Set(shuffle(admin).slice(0, 9));

  // ---------------- 换届选举结果统计表
  const vRows = [["云安区村（社区）“两委”换届选举结果统计表"], ["（区委组织部、区民政局　2021年5月）　　“省定贫困村”栏打“✓”的为省定贫困村（共9个），空白的不是。"],
    ["序号", "镇", "村（社区）", "类别", "选民数", "参选率", "书记", "主任", "是否“一肩挑”", "省定贫困村"]];
  const vMerges = ["A1:J1", "A2:J2"];
  const vRecs = [];
  let sq = 0;
  for (const t of towns) {
    const r0 = vRows.length + 1;
    const list = t.cs.map((c) => ({ n: c, admin: false })).concat(t.vs.map((v) => ({ n: v, admin: true })));
    list.forEach((x, j) => {
      const sec = personName();
      const yjt = rnd() < 0.85;
      vRows.push([++sq, j === 0 ? t.town : null, x.admin ? `${x.n}委会` : `${x.n}居委会`, x.admin ? "村" : "社区", rint(800, 4200), `${rint(86, 99)}.${rint(0, 9)}%`, sec, yjt ? sec : personName(), yjt ? "是" : "否", x.admin && poor.has(x.n) ? "✓" : null]);
      const rec = { name: x.n, admin: x.admin };
      if (x.admin) rec.poor = poor.has(x.n);
      vRecs.push(rec);
    });
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, `${t.town}小计`, `村${t.vs.length}个、社区${t.cs.length}个`, null, null, null, null, null, null, null]);
  }
  vRows.push([null, "全区合计", `村${admin.length}个、社区${comms.length}个`, null, null, null, null, null, null, null]);
  assert(vRecs.length === 91 && vRecs.filter((r) => r.poor).length === 9, "l2 91 records, 9 poor");

  // ---------------- 合同付款台账: up to three (日期|金额) pairs
  const C = [
    ["云安区电子商务公共服务中心建设及运营", "云浮市云安区电商运营服务有限公司", 150, [["2020-10-16", 45], ["2021-03-22", 45], ["2021-08-31", 52.5]], 7.5],
    ["镇村电商服务站点建设", "中国邮政集团有限公司云浮市云安区分公司", 120, [["2020-11-05", 36], ["2021-04", 48.85], null], 6],
    ["农村电商人才培训", "云浮市云安区职业技能培训学校", 60, [["2020-12-18", 18], ["2021-06-30", 24.36], ["2021-09-15", 14.64]], 3],
    ["农村物流配送体系建设", "云浮市云安区通达物流有限公司", 80, [["2021-01-20", 24], ["2021-07-12", 32], null], 4],
    ["农产品品牌培育及网络推广", "云浮市石艺品牌策划有限公司", 45, [["2021-02-26", 13.5], ["2021-08-06", 29.25], null], 2.25],
    ["冷链及农产品溯源体系建设", "云浮市云安区鲜达冷链科技有限公司", 45, [["2021-05-14", 13.5], null, null], 2.25],
  ];
  const fRows = [["云安区电子商务进农村综合示范项目合同付款台账"], ["单位：万元　　　下达省级资金500万元"],
    ["序号", "项目名称", "承建单位", "合同金额", "第一次付款", null, "第二次付款", null, "第三次付款", null, "已付合计", "质保金（未付）", "备注"],
    [null, null, null, null, "付款日期", "金额", "付款日期", "金额", "付款日期", "金额", null, null, null]];
  const fMerges = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", "M3:M4"];
  const fRecs = [];
  let fi = 0;
  C.forEach(([name, who, contract, pays, retain], j) => {
    const cells = [j + 1, name, who, contract];
    let paid = 0;
    let note = null;
    pays.forEach((p, k) => {
      if (!p) {
        if (k === 2 && j === 1) {
          cells.push("（计划2021年10月）", null);
          note = "第三次付款待验收";
        } else cells.push(null, null);
        return;
      }
      const [iso, amt] = p;
      const dcell = iso.length === 7 ? "2021年4月" : iso === "2021-08-31" ? "2021.08.31" : dateCell(iso, fi++);
      cells.push(dcell, amt);
      paid = Math.round((paid + amt) * 100) / 100;
      fRecs.push({ date: iso, amount: Math.round(amt * 10000) });
    });
    cells.push(paid, retain, note);
    fRows.push(cells);
  });
  const totPaid = Math.round(sum(fRecs.map((r) => r.amount)));
  fRows.push(["合计", null, null, sum(C.map((c) => c[2])), null, null, null, null, null, null, totPaid / 10000, sum(C.map((c) => c[4])), null]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  fRows.push(["注：付款日期以国库支付日期为准；质保金在项目验收满一年后支付，未付。"]);
  fMerges.push(`A${fRows.length}:M${fRows.length}`);
  assert(fRecs.length === 13 && fRecs.some((r) => r.date === "2021-04") && fRecs.some((r) => r.date === "2021-09-15"), "l2 13 payments");
  assert(C.every((c) => Math.abs(sum(c[3].filter(Boolean).map((p) => p[1])) + c[4] - c[2]) < 1e-9 || c[3].some((p) => !p)), "l2 contracts add up where fully paid");

  // ---------------- 宣传报道
  const M = [["2020-10-23", "云浮日报", "市级", "报纸", "云安村级电商站点打通服务群众“最后一公里”", "否"],
    ["2020-12-11", "云安区融媒体中心", "区级", "网络", "云安：直播间里卖出“石城米”", "否"],
    ["2021-01-29", "广东广播电视台珠江频道", "省级", "电视", "云安脱贫户借电商卖年货", "是"],
    ["2021-04-09", "学习强国广东学习平台", "省级", "网络", "云安区电商进农村助力乡村振兴", "否"],
    ["2021-06-18", "中央广播电视总台农业农村频道（CCTV-17）", "央级", "电视", "云浮云安：小站点里的大民生", "是"],
    ["2021-08-20", "云浮电视台", "市级", "电视", "云安区电商公共服务中心开展农产品直播大赛", "否"],
    ["2021-09-14", "南方+客户端", "省级", "网络", "云安电商示范创建交出“成绩单”", "否"]];
  const mRows = [["云安区电子商务进农村宣传报道统计表"], ["序号", "刊播日期", "媒体名称", "级别", "形式", "标题", "电商扶贫典型案例", "链接／版面"]];
  const LV = { "央级": "national", "省级": "province", "市级": "city", "区级": "county" };
  const mRecs = [];
  M.forEach((x, j) => {
    const dcell = j % 3 === 0 ? cnDate(x[0]) : j % 3 === 1 ? D(x[0]) : twoDot(x[0]);
    mRows.push([j + 1, dcell, x[1], x[2], x[3], x[4], x[5], x[3] === "报纸" ? `第${rint(2, 8)}版` : x[3] === "电视" ? "新闻栏目" : "客户端"]);
    mRecs.push({ date: x[0], level: LV[x[2]], tv: x[3] === "电视" });
  });

  // ---------------- 经验材料
  const matRows = [["云安区电子商务进农村经验材料报送登记"], ["序号", "材料名称", "报送对象", "报送方式", "报送日期", "文号"]];
  const MAT = [["云安区推进电子商务进农村综合示范创建工作情况汇报", "云浮市商务局", "公文", "2020-12-28", "云安商务〔2020〕58号"],
    ["云安区“电商＋石城米”助农增收案例", "云浮市商务局", "电子邮件", "2021-05-17", null],
    ["云安区村级电商站点运营经验做法", "云浮市商务局", "公文", "2021-08-30", "云安商务〔2021〕41号"]];
  const matRecs = [];
  MAT.forEach((x, j) => {
    matRows.push([j + 1, `《${x[0]}》`, x[1], x[2], j === 1 ? "2021年5月17日" : dateCell(x[3], j + 2), x[4]]);
    matRecs.push({ date: x[3] });
  });
  const cover = [["云安区电子商务进农村综合示范创建"], ["考评台账（第三册）"], [], ["村居名单、资金、宣传、经验材料"], [], ["云浮市云安区商务局"], ["2021年9月"]];
  return {
    description:
      "云浮云安区商务局台账第三册（封面加四张表）：村居名单借用区委组织部的村（社区）“两委”换届选举结果统计表（镇纵向合并，类别“村”“社区”，选民数、参选率、书记、主任、是否一肩挑都不是村名单要读的，“省定贫困村”栏打✓、第2行写明空白的不是，每镇后有“小计”行、表尾“全区合计”行不是村），资金是合同付款台账（单位万元，每个合同第一、二、三次付款各一对“付款日期｜金额”，一对一笔拨付，有“2021年4月”只到月、“2021.08.31”和9月的，一格“（计划2021年10月）”不是付款，已付合计、质保金（未付）、合计行不是拨付），宣传报道级别写“央级／省级／市级／区级”、日期有“21.1.29”式两位年份，经验材料三份都报云浮市商务局。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "合同付款", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:H1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "合同付款": { kind: "funds", records: fRecs },
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
write("counties", "b172-c1-huiyang.json", c1);
write("facts", "b172-f1-duanzhou.json", f1);
write("facts", "b172-f2-huadu.json", f2);
write("facts", "b172-f3-sanshui.json", f3);
write("ledgers", "b172-l1-longhu.json", l1);
write("ledgers", "b172-l2-yunan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
