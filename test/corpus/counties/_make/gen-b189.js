// Batch 189 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b186.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (189189), no clock. Run: node test/corpus/_b189/gen-b189.js
//
// c1 仁化县 (韶关): the 《示范创建数据底册 V3.2》 kept by the county's third-party operator: every ledger an Excel "table" with its
//    count / sum line ABOVE the header (a statement row) or as the first row under it (合计 first, then the records); training
//    split into 培训台账（2020年）/（2021年） (session rows with 参训人次, numbering continued, a session 2020.12.30-2021.1.2 in the 2020
//    sheet, a September session in the 2021 sheet); funds are the project account's bank statement (借方 = payments, 贷方 = 财政拨款
//    and 结息, a summary block above the header, running 余额); poor-training counts only as facts; a cover with a revision log.
// f1 云安区 (云浮): the city's 《考评基础数据汇总表》 — one row per county (a 横表 of ~70 columns under a two-row merged header with
//    units), row 5 the city's 填报样例 (“××县”, sample values), only the 云安区 row filled, other counties blank, a 全市合计 row that
//    repeats the filled numbers; percent columns as numbers of % (快递覆盖率 96.47 → not 100%), 万元 columns.
// f2 清新区 (清远): the city's online 填报平台 page copied from the browser (预览 view, Ctrl+A/Ctrl+C) into Sheet1: nav bar, breadcrumb,
//    status line, “* 标签：” fields with the value in the next cell, radio groups as “◉ 是　○ 否” (both ○ = unanswered), select boxes
//    “… ▼” / “请选择 ▼”, placeholders “请输入” (= empty), a 📅 after dates, checkbox groups ☑/☐, uploads, a char counter, 【返回】【打印】
//    and footer; a deputy leader; one judged item left at “请选择”.
// f3 揭东区 (揭阳): the clerk's self-built 《自评计分器 V1.3》: three panels side by side — 【输入区】(项目｜填入值｜单位), 【判分区】
//    (主观项｜范围｜自评分) and 【结果区】(指标｜满分｜得分｜提示, formula results = claimed points) with a 【计算区】 of derived rates and
//    bases under it (50万 training base, 200 village base — not facts); inputs the rubric has no key for (入驻企业数…); one yellow
//    input left “（填）”; a hidden 档次表.
// l1 东源县 (河源): a 说明 sheet; the 组织部's 2021 村（社区）“两委”换届选举结果统计表 borrowed as the village list (town blocks with
//    小计 rows, two-row header, 村/社区 category); the 驻村工作队名册 as the 省定贫困村 list (帮扶单位 merged over two villages);
//    the 授牌名单 — three batches, each block titled with its 授牌 date (the station's date), the third in September;
//    the 结业证书发放登记 as the training ledger (培训时间 ranges, not 发证日期; a 补发 row that is no new trainee; lower-case x).
// l2 鼎湖区 (肇庆): a 目录 sheet; the 就业帮扶台账 as the poor-person list (劳动能力 in 扶贫-system words, migrant read from
//    务工地点: outside 鼎湖区 = 外出, a note says so); a 资金拨付审批汇总 (申请｜审批｜拨付 dates, 审批中 / 不予拨付 rows are no payments,
//    a part payment); the 政府信息公开目录 export (成文日期 vs 发布日期); a 舆情监测 export (央媒/省级/市级/区级/商业网站/自媒体,
//    time stamps); the sent-mail folder as the materials log (“2021/3/26 (周五) 10:18”, a same-day 【更正】 resend).
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
let seed = 189189;
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
    assert(/^b189-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b189-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b189-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 韶关仁化县: the operator's 数据底册 (totals lines above / first under the header, year-split training, bank statement)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = [["丹霞街道", 8, 4], ["闻韶镇", 11, 1], ["扶溪镇", 10, 1], ["长江镇", 9, 1], ["城口镇", 9, 1], ["红山镇", 7, 1], ["石塘镇", 10, 1],
    ["董塘镇", 12, 2], ["大桥镇", 10, 1], ["周田镇", 11, 1], ["黄坑镇", 7, 0]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("石长新上下大坪东西南北田塘岭良", ["坑", "坝", "洞", "岗", "背", "屋", "寨", "陂", "湾", "水", "岭", "溪", "田", "围"], "村", prefixes);
  const cName = nameMaker("锦康丰瑞凤乐", ["华", "和", "苑", "兴", "园", "湖"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 104 && comms.length === 14, "c1 104 villages + 14 communities");
  noStemClash(admin, comms, "c1");
  const adminSet = new Set(admin);
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const stem = (v) => v.replace(/村$|社区$/, "");

  const shA = shuffle(admin);
  const poor = shA.slice(0, 17);
  const poorSet = new Set(poor);
  const covNonPoor = shA.slice(17, 74);
  const cov = poor.slice(0, 16).concat(covNonPoor);
  assert(cov.length === 73, "c1 73 covered");
  const poorOut = poor[16];
  const uncovered = admin.filter((v) => !cov.includes(v));
  const vSept = uncovered.find((v) => v !== poorOut);
  const vLast = covNonPoor[5];

  // ---------------- 村（社区）名单
  const vRows = [["仁化县村（社区）名单"], ["统计：村委会104个、社区居委会14个；其中省定贫困村17个；行政村快递进村104个，全部已通"],
    ["序号", "镇（街道）", "村（社区）名称", "类别", "是否省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let vn = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const all = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    all.forEach((e, j) => {
      vn++;
      const nm = e.a ? `${stem(e.v)}村委会` : `${stem(e.v)}社区居委会`;
      vRows.push([vn, j === 0 ? x.t : null, nm, e.a ? "村委会" : "居委会", e.a ? (poorSet.has(e.v) ? "是" : "否") : "—", "已通", e.a && poorSet.has(e.v) ? "2016年认定" : null]);
      vRecs.push({ name: nm, admin: e.a, poor: e.a ? poorSet.has(e.v) : null, express: true });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["注：类别“村委会”即行政村；省定贫困村为2016年认定的省定相对贫困村，已于2020年全部出列。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点清单
  const ST = [];
  cov.forEach((v) => ST.push({ v, d: v === vLast ? CUT : randIsoBetween("2020-04-01", "2021-08-25"), st: "运营中" }));
  for (const k of [20, 40, 60]) ST.push({ v: cov[k], d: randIsoBetween("2020-09-01", "2021-08-20"), st: "运营中", second: true });
  ST.push({ v: comms[0], d: randIsoBetween("2020-06-01", "2021-05-30"), st: "运营中" });
  ST.push({ v: comms[7], d: randIsoBetween("2020-06-01", "2021-05-30"), st: "运营中" });
  ST.push({ v: vSept, d: "2021-09-07", st: "运营中" });
  ST.push({ v: poorOut, d: null, st: "筹建中" });
  // two month-only dates (before August 2021), a few long names
  const monthOnly = new Set();
  for (const s of ST) if (!s.second && s.v !== vLast && adminSet.has(s.v) && s.d && s.d < "2021-06-01" && monthOnly.size < 2 && rnd() < 0.2) monthOnly.add(s);
  assert(monthOnly.size === 2, "c1 two month-only station dates");
  const townIdx = Object.fromEntries(TOWNS.map(([t], i) => [t, i]));
  ST.sort((a, b) => townIdx[townOf[a.v]] - townIdx[townOf[b.v]] || cmp(a.d || "9999", b.d || "9999"));
  const sRows = [["仁化县村级电子商务服务站点清单"], null, ["站点编号", "镇（街道）", "所在村（社区）", "站点名称", "详细地址", "负责人", "联系电话", "建成时间", "运营状态"]];
  const sRecs = [];
  let longStyle = 0;
  ST.forEach((s, j) => {
    let vcell = s.v;
    if (adminSet.has(s.v)) {
      if (s.v === vLast || s.v === poor[3] || s.v === poor[9]) vcell = `${stem(s.v)}村民委员会`;
      else if (rnd() < 0.18) {
        vcell = longStyle % 2 ? `${stem(s.v)}村民委员会` : `${stem(s.v)}村委会`;
        longStyle++;
      }
    }
    let dcell;
    let opened;
    if (!s.d) {
      dcell = "—";
      opened = undefined;
    } else if (monthOnly.has(s)) {
      dcell = cnMonth(s.d);
      opened = ym(s.d);
    } else {
      dcell = s.d === CUT ? "2021.8.31" : dateCell(s.d, j);
      opened = s.d;
    }
    const kind = s.v.endsWith("社区") ? "社区电商服务点" : s.second ? "益农信息社（电商服务点）" : "村电商服务站";
    const code = `RH-${String(townIdx[townOf[s.v]] + 1).padStart(2, "0")}-${pad3(j + 1)}`;
    sRows.push([code, townOf[s.v], vcell, `${stem(s.v)}${kind}`, `仁化县${townOf[s.v]}${stem(s.v)}${rint(1, 88)}号`, personName(), phone(), dcell, s.st]);
    const rec = { village: vcell };
    if (opened) rec.opened = opened;
    sRecs.push(rec);
  });
  sRows[1] = [`合计：站点${ST.length}个（运营中${ST.length - 1}个、筹建中1个）`];
  const sMerges = ["A1:I1", "A2:I2"];
  const okSt = ST.filter((s) => s.d && s.d <= CUT && adminSet.has(s.v));
  const covSet = new Set(okSt.map((s) => s.v));
  assert(covSet.size === 73 && ratioGE(73, 104, 70) && !ratioGE(72, 104, 70), "c1 73/104 = 70.2% → 5 (72 would be 69.2%)");
  assert(poor.filter((v) => covSet.has(v)).length === 16, "c1 16/17 poor covered");
  assert(sRecs.filter((r) => /村民委员会$/.test(r.village)).length >= 3 && sRecs.some((r) => /村委会$/.test(r.village)), "c1 long village names");

  // ---------------- 培训台账（2020年）/（2021年）
  const POP = 196085;
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "电商客服与售后", "社群团购运营", "贡柑网络营销专题"];
  const PLACES = ["县电子商务公共服务中心", "丹霞街道党群服务中心", "董塘镇文化站", "黄坑镇政府会议室", "长江镇文化站", "城口镇党群服务中心"];
  const OBJ = ["农村青年、返乡人员", "脱贫户、村干部", "合作社、家庭农场", "电商企业从业人员", "个体网店店主"];
  const sessions = [];
  let day = "2020-06-10";
  for (let k = 0; k < 8; k++) {
    const len = k % 3 === 1 ? 1 : 0;
    sessions.push({ start: day, end: isoAdd(day, len), y: 2020 });
    day = isoAdd(day, rint(19, 23));
  }
  assert(sessions[7].end < "2020-12-28", "c1 2020 sessions before the cross-year one");
  sessions.push({ start: "2020-12-30", end: "2021-01-02", y: 2020 });
  day = "2021-01-19";
  for (let k = 0; k < 12; k++) {
    const len = k % 4 === 2 ? 1 : 0;
    sessions.push({ start: day, end: isoAdd(day, len), y: 2021 });
    day = isoAdd(day, rint(17, 19));
  }
  assert(sessions[20].end <= "2021-08-26", "c1 2021 sessions before the cut-off " + sessions[20].end);
  const sepS = { start: "2021-09-14", end: "2021-09-14", y: 2021, pt: 280 };
  sessions.forEach((s) => (s.pt = rint(62, 100)));
  let diff = 1702 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % sessions.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (sessions[j].pt + st < 50 || sessions[j].pt + st > 130) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  sessions.push(sepS);
  sessions.forEach((s, j) => {
    s.no = j + 1;
    s.topic = TOPICS[j % TOPICS.length];
    s.place = PLACES[j % PLACES.length];
    s.obj = OBJ[j % OBJ.length];
    s.poorPt = Math.min(s.pt, rint(4, 26));
  });
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 1702 && ratioGE(ptCut * 10, POP, 8) && !ratioGE(ptCut, POP, 1) && ratioGE(ptCut + 280, POP, 1), "c1 1702/196085 = 0.87% → 8; with September ≥ 1%");
  const trainSheet = (y) => {
    const ss = sessions.filter((s) => s.y === y);
    const rows = [[`仁化县农村电商培训台账（${y}年）`], ["单位：人次　　填报：仁化县电子商务公共服务中心（运营方）"],
      ["期次", "培训时间", "培训主题", "培训地点", "培训对象", "参训人次", "其中：脱贫人口", "备注"],
      ["合计", null, `共${ss.length}期`, null, null, sum(ss.map((s) => s.pt)), sum(ss.map((s) => s.poorPt)), null]];
    const recs = [];
    ss.forEach((s, j) => {
      let dcell;
      if (y === 2020) dcell = s.start === s.end ? dotDate(s.start) : rangeText(s.start, s.end, "dot");
      else dcell = s.start === s.end ? D(s.start) : rangeText(s.start, s.end, "cn");
      const note = s === sepS ? "9月开班" : s.end !== s.start && s.y === 2020 && s.end > "2020-12-31" ? "跨年班，计入2020年表" : null;
      rows.push([`第${s.no}期`, dcell, s.topic, s.place, s.obj, s.pt, s.poorPt, note]);
      recs.push({ date: s.end, personTimes: s.pt });
    });
    rows.push(["注：合计行置顶（表格筛选后仍可见）；“其中：脱贫人口”为参训人次中的脱贫人口人次，已含在参训人次内。"]);
    return { rows, merges: ["A1:H1", "A2:H2", `A${rows.length}:H${rows.length}`], recs };
  };
  const t20 = trainSheet(2020);
  const t21 = trainSheet(2021);
  assert(t20.recs.length === 9 && t21.recs.length === 13, "c1 9 + 13 sessions");

  // ---------------- 入驻企业
  const FN = ["仁化县丹霞优品电子商务有限公司", "仁化县锦江网络科技有限公司", "韶关丹霞云仓供应链有限公司", "仁化县黄坑贡柑电商商行", "仁化县红山白毛茶网店",
    "仁化县长江沙田柚电子商务有限公司", "仁化县城口香芋电商工作室", "仁化县董塘腊味网店", "仁化县扶溪竹笋电子商务有限公司", "仁化县周田山货电商商行",
    "仁化县石塘米酒网店", "仁化县闻韶土特产电子商务有限公司", "韶关市丹霞电商运营服务有限公司", "仁化县云帆代运营工作室", "仁化县锦程电商服务有限公司",
    "仁化县速达物流有限公司", "仁化县邮乐购快递服务部", "仁化县丹霞山直播传媒有限公司", "仁化县乡味直播电商有限公司", "仁化县匠心美工设计工作室",
    "仁化县大桥蜂蜜电子商务有限公司"];
  const FT = ["平台型", "平台型", "物流快递", "销售型（网店）", "销售型（网店）", "销售型（网店）", "销售型（网店）", "销售型（网店）", "销售型（网店）",
    "销售型（网店）", "销售型（网店）", "平台型", "电商运营商", "电商运营商", "电商运营商", "物流快递", "物流快递", "直播电商", "直播电商", "美工设计", "销售型（网店）"];
  assert(FN.length === 21 && FT.length === 21, "c1 21 firms");
  const firms = FN.map((n, j) => ({ n, t: FT[j], code: creditCode("440224"), entered: randIsoBetween("2020-09-01", "2021-08-20"), left: null }));
  firms[11].entered = randIsoBetween("2020-09-01", "2021-02-28");
  firms[11].left = "2021-07-15";
  firms[20].entered = "2021-09-02";
  firms.sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["仁化县电子商务产业园入驻企业名单"], ["登记21家；截至2021年9月6日在园20家（1家已迁出）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "主营", "备注"]];
  const eRecs = [];
  const PROD = ["贡柑", "白毛茶", "沙田柚", "香芋", "腊味", "竹笋", "山货", "米酒", "土特产", "蜂蜜"];
  const mainOf = (f) => {
    if (f.t === "物流快递") return "快递揽收、仓储配送";
    if (f.t === "电商运营商") return "网店代运营";
    if (f.t === "直播电商") return "直播带货";
    if (f.t === "美工设计") return "美工摄影";
    if (f.t === "平台型") return "本地电商平台";
    return PROD.find((p) => f.n.includes(p)) || "农特产品";
  };
  firms.forEach((f, j) => {
    const ec = j % 4 === 0 ? dotDate(f.entered) : j % 4 === 1 ? D(f.entered) : j % 4 === 2 ? cnDate(f.entered) : yyyymmdd(f.entered);
    eRows.push([j + 1, f.n, f.code, f.t, ec, f.left ? dotDate(f.left) : null, mainOf(f), f.left ? "迁出园区" : f.entered > CUT ? "9月新入驻" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.entered, left: f.left });
  });
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 19 && typesIn.size >= 3, "c1 19 firms in the park on 8月31日");

  // ---------------- 专户流水 (bank statement)
  const PAY = [["2020-06-12", "仁化县丹霞优品电子商务有限公司", "公共服务中心装修工程预付款", 360000], ["2020-07-24", "中国邮政集团有限公司仁化县分公司", "镇村站点建设（第一期）", 285000],
    ["2020-09-18", "仁化县职业技术学校", "电商培训服务费（第一期）", 126500], ["2020-10-30", "韶关丹霞云仓供应链有限公司", "农村物流体系建设", 240000],
    ["2020-12-15", "仁化县丹霞优品电子商务有限公司", "公共服务中心设备采购", 418600], ["2021-01-22", "中国邮政集团有限公司仁化县分公司", "镇村站点建设（第二期）", 330000],
    ["2021-03-05", "仁化县职业技术学校", "电商培训服务费（第二期）", 148300], ["2021-03-30", "广东溯源信息科技有限公司", "农产品溯源系统建设", 196000],
    ["2021-04-28", "韶关丹霞云仓供应链有限公司", "物流配送中心设备", 275000], ["2021-05-27", "仁化县丹霞山直播传媒有限公司", "品牌推广活动", 88800],
    ["2021-06-25", "中国邮政集团有限公司仁化县分公司", "镇村站点建设（第三期）", 312000], ["2021-07-29", "仁化县职业技术学校", "电商培训服务费（第三期）", 401600]];
  const lastPay = 3612480 - sum(PAY.map((p) => p[3]));
  PAY.push(["2021-08-31", "仁化县丹霞优品电子商务有限公司", "公共服务中心运营服务费", lastPay]);
  PAY.push(["2021-09-06", "韶关丹霞云仓供应链有限公司", "冷链设施建设", 302600]);
  assert(lastPay === 430680, "c1 last payment " + lastPay);
  const TX = PAY.map(([d, who, what, a]) => ({ d, who, sum: `支付${what}`, debit: a }));
  TX.push({ d: "2020-05-18", who: "仁化县财政局", sum: "财政拨款 省级电子商务进农村综合示范专项资金（第一批）", credit: 3000000 });
  TX.push({ d: "2020-11-26", who: "仁化县财政局", sum: "财政拨款 省级电子商务进农村综合示范专项资金（第二批）", credit: 2000000 });
  for (const d of ["2020-06-21", "2020-09-21", "2020-12-21", "2021-03-21", "2021-06-21"]) TX.push({ d, who: null, sum: "结息", credit: rint(30000, 260000) / 100 });
  TX.sort((a, b) => cmp(a.d, b.d) || (a.credit ? -1 : 1));
  const bRows = [["广东仁化农村商业银行股份有限公司　账户交易明细"], ["户名：仁化县商务局（电子商务进农村综合示范专项资金专户）　　账号：8002 **** **** 6617　　币种：人民币"], null,
    ["交易日期", "交易时间", "摘要", "对方户名", "对方账号", "凭证号", "借方发生额", "贷方发生额", "余额"]];
  let bal = 0;
  const fRecs = [];
  let nD = 0, nC = 0, sD = 0, sC = 0;
  TX.forEach((t) => {
    bal = Math.round(bal * 100 + (t.credit || 0) * 100 - (t.debit || 0) * 100) / 100;
    assert(bal >= 0, "c1 balance never negative");
    if (t.debit) {
      nD++;
      sD += t.debit;
      fRecs.push({ date: t.d, amount: t.debit });
    } else {
      nC++;
      sC = Math.round(sC * 100 + t.credit * 100) / 100;
    }
    bRows.push([yyyymmdd(t.d), hms(), t.sum, t.who, t.who ? `${rint(4400, 4499)}****${rint(1000, 9999)}` : null, t.debit ? `DZ${yyyymmdd(t.d).slice(2)}${pad3(rint(1, 999))}` : null,
      t.debit ? fmtMoney(t.debit) : null, t.credit ? fmtMoney(t.credit) : null, fmtMoney(bal)]);
  });
  bRows[2] = [`查询期间：20200501—20210908　　借方笔数：${nD}　借方发生额合计：${fmtMoney(sD)}　　贷方笔数：${nC}　贷方发生额合计：${fmtMoney(sC)}　　期末余额：${fmtMoney(bal)}`];
  bRows.push([`打印时间：2021-09-08 09:15:22　　（本明细由网上银行导出，仅供对账参考）`]);
  const bMerges = ["A1:I1", "A2:I2", "A3:I3", `A${bRows.length}:I${bRows.length}`];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3612480 && ratioGE(spent, 5000000, 70) && !ratioGE(spent - lastPay, 5000000, 70) && pct1(spent, 5000000) === "72.2%", "c1 spent " + spent);

  // ---------------- 月报报送
  const rRows = [["仁化县电子商务进农村工作月报报送登记"], null, ["序号", "报告期", "报送时间", "报送方式", "是否附电商扶贫统计表", "备注"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const sd = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    const pov = m >= "2020-10";
    rRows.push([j + 1, cnMonth(m), `${sd} ${hms().slice(0, 5)}`, j % 3 === 2 ? "韶关市商务局邮箱" : "粤政易", pov ? "是" : "否", m === "2021-08" ? "9月报送" : null]);
    rRecs.push({ date: sd, poverty: pov });
  });
  rRows[1] = [`共报送${rRecs.length}期（报告期2020年8月—2021年8月）`];
  assert(WINDOW.every((w) => rRecs.some((r) => ym(r.date) === w)), "c1 a report every month");

  // ---------------- 专栏更新
  const ups = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    const n = m === "2021-09" ? 1 : rint(1, 2);
    for (let k = 0; k < n; k++) ups.push({ d: `${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, sub: "建设进度", t: `仁化县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  ups.push({ d: "2020-06-05", sub: "创建方案", t: "仁化县电子商务进农村综合示范创建工作方案" });
  ups.push({ d: "2020-06-19", sub: "项目信息", t: "仁化县电子商务进农村综合示范项目基本信息公示" });
  ups.push({ d: "2020-06-19", sub: "监督举报", t: "仁化县电子商务进农村综合示范项目监督举报电话及邮箱" });
  ups.sort((a, b) => cmp(a.d, b.d));
  const uRows = [["仁化县政府网“电子商务进农村综合示范”专栏更新记录"], [`累计更新${ups.length}条`], ["序号", "发布日期", "标题", "子栏目", "链接"]];
  const uRecs = [];
  ups.forEach((u, j) => {
    uRows.push([j + 1, j % 3 === 0 ? D(u.d) : u.d, u.t, u.sub, `http://www.sgrh.gov.cn/zwgk/dszl/content/post_${1801200 + j * 37}.html`]);
    uRecs.push({ date: u.d });
  });
  assert(!ups.some((u) => ym(u.d) === "2021-02") && WINDOW.filter((w) => ups.some((u) => ym(u.d) === w)).length === 11, "c1 column: 11 of 12 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2021-03-16", "韶关日报", "市级", "报纸", "仁化：电商服务站开到家门口", "否"], ["2021-04-22", "南方日报", "省级", "报纸", "仁化贡柑“触网”走俏大湾区", "否"],
    ["2021-06-11", "广东广播电视台珠江频道《今日关注》", "省级", "电视", "丹霞山下的直播间：脱贫户网上卖贡柑", "是"], ["2021-07-08", "韶关广播电视台《韶关新闻》", "市级", "电视", "仁化电商培训进村入户", "否"],
    ["2021-09-10", "“仁化发布”微信公众号", "县级", "网络", "仁化县电商进农村示范创建迎考评", "否"]];
  const mRows = [["仁化县电商进农村宣传报道统计"], [`共${MED.length}篇（条）`], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  const LV = { 省级: "province", 市级: "city", 县级: "county" };
  const mRecs = [];
  MED.forEach((x, j) => {
    mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]);
    mRecs.push({ date: x[0], level: LV[x[2]], tv: x[3] === "电视" });
  });
  const matRows = [["仁化县电商进农村经验材料报送登记"], ["共2份"], ["序号", "报送日期", "材料名称", "报送单位", "报送对象"],
    [1, "2021.5.20", "《仁化县“电商＋丹霞”助力贡柑上行经验做法》", "仁化县商务局", "韶关市商务局"],
    [2, "2021.9.3", "《仁化县电子商务进农村综合示范创建工作总结》", "仁化县商务局", "韶关市商务局"]];

  // ---------------- 封面 / 基本信息 / 自评
  const cover = [["仁化县电子商务进农村综合示范创建数据底册"], [null], ["编制单位：仁化县电子商务公共服务中心（运营方：仁化县丹霞优品电子商务有限公司）"], ["审核单位：仁化县商务局"],
    ["版本：V3.2（2021年9月8日）"], [null], ["修订记录"], ["版本", "日期", "修订内容"], ["V1.0", "2020.12.20", "建立底册"], ["V2.0", "2021.4.6", "增加专户流水、宣传报道"],
    ["V3.0", "2021.8.2", "站点清单按镇重排，补充建成时间"], ["V3.1", "2021.9.6", "补录9月培训、入驻企业"], ["V3.2", "2021.9.8", "更新专户流水至9月8日"], [null],
    ["说明：各台账为Excel表格（可筛选），合计或统计行放在表头上方或表头下第一行，筛选后仍显示全表合计。"]];
  const F = [["一、基本情况"], ["县（市、区）", "仁化县", null, null], ["考评截止日期", "2021年8月31日", "省商务厅通知", null], ["常住人口", "19.6085万人", "第七次全国人口普查", "县统计局"],
    ["行政村数", "104个", "不含社区居委会14个", "县民政局"], ["省定贫困村数", "17个", "2016年认定", "县乡村振兴局"],
    ["二、组织领导"], ["领导小组组长", "县委副书记、县长", null, "仁府办〔2020〕9号"],
    ["领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、仁化邮政分公司", null, "仁府办〔2020〕9号"],
    ["示范创建工作方案", "已正式印发", null, "仁府办〔2020〕27号"], ["支持农村电商发展政策", "已出台", "《仁化县促进农村电子商务发展扶持办法》", "仁商务〔2020〕41号"],
    ["三、服务体系"], ["县级电子商务公共服务中心投入运营日期", "2021年1月18日", "1月18日揭牌运营", null], ["免费培训场所、培训设备", "有", "培训室60座", null],
    ["免费展示、销售特色农产品", "有", null, null], ["免费摄影、美工服务", "有", null, null], ["组织农产品统一推广、指导品牌建设", "有", "“丹霞优品”区域品牌", null],
    ["其他衍生增值服务", "有", "创业孵化、金融对接", null], ["电商产业园", "已整合", "依托中心整合产业园", null], ["专业第三方电子商务运营服务商", "有", "公开招标确定", null],
    ["行政村物流快递覆盖率", "100%", "县邮政管理局证明", null],
    ["四、农村产品上行"], ["2019年农村网络零售额", "98,620万元", "省商务厅监测数据", null], ["2020年农村网络零售额", "123,140万元", null, null],
    ["2019年农产品网络零售额", "15,230万元", null, null], ["2020年农产品网络零售额", "20,386万元", null, null],
    ["五、培训"], ["有劳动能力的建档立卡贫困人口（不含外出务工）", "2,315人", "县乡村振兴局确认", null], ["其中：参加电商培训人数", "1,204人", "按身份证号去重", null],
    ["六、信息公开及报送"], ["专栏公示创建方案", "是", null, null], ["专栏公示项目基本信息", "是", null, null], ["专栏公示项目建设进度", "是", null, null],
    ["专栏设立征求意见或监督举报窗口", "是", "监督举报电话及邮箱", null], ["能统计电商扶贫情况", "是", "月报附表", null],
    ["七、资金"], ["下达省级专项资金", "500万元", null, "粤财工〔2019〕"], ["资金管理制度", "已制定", null, null], ["资金专用台账", "已建立", null, null], ["项目总体进度", "85%", null, null],
    ["八、否决事项"], ["发生安全生产、质量事故或重大经济损失", "无", null, null], ["弄虚作假", "无", null, null]];
  const fRows = [["仁化县电子商务进农村综合示范基本信息"], ["项目", "数据", "口径说明", "数据来源"]];
  const fMerges = ["A1:D1"];
  for (const r of F) {
    if (r.length === 1) {
      fRows.push([r[0], null, null, null]);
      fMerges.push(`A${fRows.length}:D${fRows.length}`);
    } else fRows.push(r);
  }
  assert(pct1(123140 - 98620, 98620) === "24.9%" && 20386 * 10 >= 15230 * 13 && pct1(1204, 2315) === "52.0%", "c1 growth & poor rate");

  const SA = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, [["县政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）", 2]]],
    [null, "方案制定", 2, [["工作方案因地制宜，可操作性较强（1-2分）", 2]]],
    [null, "政策支持", 2, [["出台相关政策，且得到较好落实（1-2分）", 2]]],
    [null, "项目管理", 4, [["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", 2], ["建立完整工作台账，详细记录项目建设情况（1-2分）", 1]]],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, [["建成县级电子商务公共服务中心（2分）", 2], ["建成后已正常运行6个月以上（2分）", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", 2], ["为特色农产品提供免费展示、销售服务（1分）", 1], ["为电子商务市场主体提供免费摄影、美工服务（1分）", 1],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", 1], ["为电子商务发展提供其他衍生增值服务（1分）", 1], ["建设或整合、优化当地电商产业园（2分）", 2],
      ["电商产业园企业入驻数量达20家及以上（2分）", 2], ["入驻企业至少三种以上类型（1分）", 1]]],
    [null, "服务体系建设（村级站点覆盖）", 10, [["行政村覆盖率70%及以上（5分）", 5], ["贫困村覆盖率100%（5分）", 5]]],
    [null, "农村产品上行", 10, [["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", 2], ["开展农村产品网络促销活动成效明显（1-2分）", 1], ["当地有专业第三方电子商务运营或服务商（1分）", 1],
      ["行政村物流快递覆盖率100%（1分）", 1], ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", 1], ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", 2]]],
    [null, "电商人才培训", 20, [["培训人次达常住人口1%及以上（10分）", 10], ["建档立卡贫困人口培训率50%及以上（10分）", 10]]],
    ["加强信息公开及报送（10分）", "信息公开", 4, [["设立公开专栏且内容全面（2分）", 2], ["近一年内专栏内容按月更新（2分）", 2]]],
    [null, "数据上报", 6, [["近一年每月向市商务局报送工作情况（3分）", 3], ["能统计电商扶贫情况（3分）", 3]]],
    ["加强宣传推广（10分）", "案例总结", 2, [["向市商务局报送经验材料（2分）", 2]]],
    [null, "经验推广", 8, [["省级及以上媒体（4分）", 4], ["市级媒体（3分）", 3], ["县级媒体（1分）", 1]]],
    ["加强财政资金管理（15分）", "制度建立", 5, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", 4]]],
    [null, "资金台账", 5, [["项目承建方建立资金专用台账，账目完整（1-5分）", 4]]],
    [null, "资金支出", 5, [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）", 4]]],
    ["加分项（4分）", "贫困人口培训率70%及以上", 2, [["建档立卡贫困人口培训率70%及以上（2分）", 0]]],
    [null, "电商扶贫典型案例电视播报", 2, [["国家级电视媒体播报（2分），省级（1分）（不累加）", 1]]],
  ];
  const saRows = [["仁化县电子商务进农村综合示范创建考评自评表"], ["工作任务", "评价指标", "权重", "评分项", "分项自评", "指标自评得分"]];
  const saMerges = ["A1:F1"];
  const claimedList = [];
  let groupStart = null;
  SA.forEach(([grp, ind, w, items], j) => {
    const r0 = saRows.length + 1;
    if (grp) {
      if (groupStart) mergeCol(saMerges, "A", groupStart, r0 - 1);
      groupStart = r0;
    }
    const tot = sum(items.map((x) => x[1]));
    claimedList.push(tot);
    items.forEach((it, k) => saRows.push([k === 0 ? grp : null, k === 0 ? ind : null, k === 0 ? w : null, it[0], it[1], k === 0 ? tot : null]));
    mergeCol(saMerges, "B", r0, saRows.length);
    mergeCol(saMerges, "C", r0, saRows.length);
    mergeCol(saMerges, "F", r0, saRows.length);
  });
  mergeCol(saMerges, "A", groupStart, saRows.length);
  const claimedTotal = sum(claimedList);
  saRows.push(["合计", null, "100＋4", null, null, claimedTotal]);
  saMerges.push(`A${saRows.length}:B${saRows.length}`);
  saRows.push(["一票否决项：未发生安全生产、质量事故或重大损失；项目总体进度85%；无弄虚作假。"]);
  saMerges.push(`A${saRows.length}:F${saRows.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = claimedList[15];
  claimed["bonus.tvCase"] = claimedList[16];
  assert(sum(SCORED.map(([id]) => claimed[id])) === 94 && claimedTotal === 95, "c1 claimed 94 + 1");

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 1, "c1 total " + scored);
  const firmLeft = firms.find((f) => f.left);
  const firmSept = firms.find((f) => f.entered > CUT);
  const derivation = [
    "org.leadership: 基本信息 领导小组组长“县委副书记、县长” = 主要领导；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 自评表 方案制定 分项自评2（基本信息：方案已正式印发） → 2",
    "org.policy: 政策支持 分项自评2（政策已出台） → 2",
    "org.management: 项目管理制度2 ＋ 工作台账1 → 3",
    `work.center: 中心2021年1月18日投入运营 → 建成2；≤2021-02-28，运行满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1、其他衍生增值服务1（都“有”）；产业园“已整合” → 2；入驻企业名单21行：“${firmLeft.n}”2021.7.15迁出、“${firmSept.n}”2021年9月2日才入驻，截至8月31日在园19家 → 0（表头上方“截至2021年9月6日在园20家”含9月入驻的，不能用）；在园类型有平台型、销售型、电商运营商、物流快递等 → 1；合计13（自评15）`,
    `work.coverage: 村（社区）名单“村委会”104个（居委会14个不算），基数104；站点清单（表头上方一行是合计，不是记录）按“所在村”对名单：建成时间≤8月31日的站覆盖行政村73个（“${stem(vLast)}村民委员会”一站“2021.8.31”当天建成算；名单写“××村委会”、站点写“××村”“××村委会”“××村民委员会”是同一村；三个村各有第二个站只算一次；两个社区站不算；“${vSept}”2021年9月7日建成不算；两站只写到月“2020年…月”也在截止日前） → 73/104 = 70.2% ≥ 70% → 5（少了8月31日那站是72/104 = 69.2% → 2）；省定贫困村17个，有站16个（“${stem(poorOut)}村”的站“筹建中”、建成时间“—”） → 94.1% → 3；合计8（自评10）`,
    "work.upward: 网销调研2、网络促销1；第三方运营服务商“有” → 1；名单有“快递进村”列，104个行政村全部“已通” → 1；交易标准与冷链溯源1；农村网络零售额98,620万→123,140万元增长24.9%（不到30%），农产品网络零售额15,230万→20,386万元增长33.9% ≥ 30% → 2；合计8",
    `work.training: 两张培训台账（2020年9期、2021年13期，期次续编），每张表头下第一行“合计”不是记录；按培训时间结束日，截至8月31日21期参训人次${fmtInt(ptCut)}（“2020.12.30-2021.1.2”跨年班按2021-01-02算，也在截止日前；2021年表第22期2021-09-14的280人次不算）；常住人口19.6085万人 = ${fmtInt(POP)}人 → ${fmtInt(ptCut)}/${fmtInt(POP)} = ${pct2(ptCut, POP)} → 8（算上9月那期${fmtInt(ptCut + 280)}人次、1.01% → 10，不对）；“其中：脱贫人口”是人次、已含在参训人次内，不另加；没有贫困人口名单，按基本信息：有劳动能力的建档立卡贫困人口（不含外出务工）2,315人，参训1,204人 → 52.0% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报窗口都“是” → 2；专栏更新记录2020年9月—2021年8月缺2021年2月，11个月有更新 → 不定时1；合计3（自评4）",
    "info.reporting: 月报报送登记按报送时间：2020年9月—2021年8月每月都有报送（8月报告期那期9月报送，不在窗口） → 3；附电商扶贫统计表“是”、基本信息能统计电商扶贫情况“是” → 3；合计6",
    "promo.cases: 经验材料 2021.5.20 报韶关市商务局 → 2（2021.9.3那份在截止日后）",
    "promo.media: 南方日报、广东广播电视台珠江频道（省级） → 4；韶关日报、韶关广播电视台（市级） → 3；“仁化发布”（县级）2021年9月10日在截止日后不算 → 7（自评8）",
    "fund.system: 自评表 制度建立4 → 4",
    "fund.ledger: 资金台账4 → 4",
    `fund.spending: 专户流水借方（支付）13笔截至8月31日合计${fmtMoney(spent)}元（含8月31日${fmtMoney(lastPay)}元；2021年9月6日302,600.00元不算）；贷方是财政拨款（500万元）和结息，不是拨付；表头上方的“借方发生额合计”含9月那笔；下达资金500万元 → ${pct1(spent, 5000000)} ≥ 70% → 自评及时拨付4 → 4（少了8月31日那笔是63.6%，要倒扣5分）`,
    "bonus.poorTraining: 贫困人口培训率52.0% < 70% → 0",
    "bonus.tvCase: 广东广播电视台珠江频道（省级电视）播出，“是否电商扶贫典型案例”是 → 1（韶关广播电视台是市级，不加分）",
    "veto.incident: 基本信息 发生安全生产、质量事故或重大经济损失“无” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "韶关仁化县电商公共服务中心运营方编的《仁化县电子商务进农村综合示范创建数据底册V3.2》（13个表），86＋加分1＝87分、未否决（自评表94＋1）：每张台账是可筛选的Excel表格，合计或统计行放在表头上方（“合计：站点N个”“登记21家；截至2021年9月6日在园20家”“共报送13期”）或表头下第一行（培训台账的“合计”行），都不是记录；村（社区）名单写“××村委会”“××社区居委会”，站点写“××村”“××村委会”“××村民委员会”，一站“2021.8.31”当天建成、决定70.2%还是69.2%；培训按年分成两张表（期次续编，跨年班“2020.12.30-2021.1.2”在2020年表，9月一期280人次在2021年表，算上就过1%）；资金是专户的网银交易明细（借方是支付、贷方是财政拨款和结息，交易日期8位数、金额带千分位文本、余额列，表头上方的汇总含9月那笔，8月31日一笔决定72.2%还是63.6%）；贫困人口培训只有基本信息里的两个数；另有封面和修订记录、基本信息、自评表。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:C1"] },
      { name: "基本信息", rows: fRows, merges: fMerges },
      { name: "自评表", rows: saRows, merges: saMerges },
      { name: "村（社区）名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训台账（2020年）", rows: t20.rows, merges: t20.merges },
      { name: "培训台账（2021年）", rows: t21.rows, merges: t21.merges },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1", "A2:H2"] },
      { name: "专户流水", rows: bRows, merges: bMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", "A2:F2"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:E1", "A2:E2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1", "A2:G2"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1", "A2:E2"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 云浮云安区: the city's one-row-per-county summary table, a 填报样例 row, only the 云安区 row filled
// =====================================================================================================
function buildF1() {
  // [group, header, sample, 云安区]
  const C = [
    ["基本情况", "考评截止日期", "2021-08-31", "2021.8.31"],
    [null, "常住人口（万人）", 42.6, 27.13],
    [null, "行政村数（个）", 195, 85],
    [null, "省定贫困村数（个）", 39, 18],
    ["组织领导", "领导小组组长（职务）", "县长", "区委副书记、区长"],
    [null, "领导小组成员单位", "商务局、财政局、农业农村局、乡村振兴局等", "区商务局、区财政局、区农业农村局、区扶贫办（区乡村振兴局）、区人社局、区市场监管局"],
    [null, "工作方案是否正式印发", "是", "是"],
    [null, "是否出台支持农村电商政策", "是", "是"],
    ["公共服务中心与产业园", "中心投入运营日期", "2020-06-30", "2020.12.8"],
    [null, "免费培训场所及设备", "是", "是"],
    [null, "免费展示、销售特色农产品", "是", "是"],
    [null, "免费摄影、美工服务", "是", "否"],
    [null, "农产品统一推广、品牌建设指导", "是", "是"],
    [null, "其他衍生增值服务", "是", "是"],
    [null, "建设或整合电商产业园", "是", "是"],
    [null, "产业园入驻企业（家）", 20, 17],
    ["农村产品上行", "专业第三方运营服务商", "是", "是"],
    [null, "行政村物流快递覆盖率（%）", 100, 96.47],
    [null, "2019年农村网络零售额（万元）", 100000, "64,518"],
    [null, "2020年农村网络零售额（万元）", 130000, "79,342"],
    [null, "农村网络零售额同比增速（%）", 30, 22.98],
    [null, "2019年农产品网络零售额（万元）", 10000, "9,806"],
    [null, "2020年农产品网络零售额（万元）", 13000, "12,017"],
    [null, "农产品网络零售额同比增速（%）", 30, 22.55],
    ["人才培训", "培训人次", 4200, "3,058"],
    [null, "有劳动能力的建档立卡贫困人口（不含外出务工）（人）", 3000, "1,962"],
    [null, "参训建档立卡贫困人口（人）", 1500, 896],
    ["信息公开及报送", "专栏公示创建方案", "是", "是"],
    [null, "专栏公示项目基本信息", "是", "是"],
    [null, "专栏公示项目建设进度", "是", "是"],
    [null, "设立征求意见或监督举报窗口", "是", "否"],
    [null, "近一年专栏更新情况", "按月更新", "按月更新"],
    [null, "近一年向市局报送月报", "每月报送", "每月报送"],
    [null, "能否统计电商扶贫情况", "能", "能"],
    [null, "报送经验材料（份）", 1, 2],
    [null, "宣传报道最高级别", "省级", "省级"],
    ["资金管理", "下达省级资金（万元）", 500, 500],
    [null, "累计拨付资金（万元）", 400, 371.2635],
    [null, "资金支出率（%）", 80, 74.25],
    [null, "是否制定资金管理制度", "是", "是"],
    [null, "是否建立资金专用台账", "是", "是"],
    [null, "项目总体进度（%）", 80, 86],
    ["一票否决事项", "安全生产、质量事故或重大经济损失", "无", "无"],
    [null, "弄虚作假", "无", "无"],
    ["主观评分项自评（分）", "方案制定（1-2）", 2, 2],
    [null, "政策支持（1-2）", 2, 1],
    [null, "项目管理制度（1-2）", 2, 2],
    [null, "工作台账（1-2）", 2, 2],
    [null, "网销调研（1-2）", 2, 1],
    [null, "网络促销活动（1-2）", 2, 2],
    [null, "交易标准、冷链及溯源（1-2）", 2, 1],
    [null, "资金管理制度（1-5）", 5, 4],
    [null, "资金台账（1-5）", 5, 4],
    [null, "资金及时拨付（1-5）", 5, 4],
  ];
  const IND = ["组织领导", "方案制定", "政策支持", "项目管理", "县级中心与产业园", "村级站点覆盖", "农村产品上行", "电商人才培训", "信息公开", "数据上报",
    "案例总结", "经验推广", "制度建立", "资金台账", "资金支出"];
  const SAMPLE_P = [2, 2, 2, 4, 15, 10, 10, 20, 4, 6, 2, 8, 5, 5, 5, 2, 2];
  const YA_P = [2, 2, 1, 4, 12, 10, 5, 18, 2, 6, 2, 7, 4, 4, 4, 0, 0];
  IND.forEach((n, j) => C.push([j === 0 ? "逐项自评得分（分）" : null, `${n}（${SCORED[j][1]}）`, SAMPLE_P[j], YA_P[j]]));
  C.push([null, "加分项：贫困人口培训率≥70%（2）", SAMPLE_P[15], YA_P[15]]);
  C.push([null, "加分项：电商扶贫典型案例电视播报（2）", SAMPLE_P[16], YA_P[16]]);
  C.push([null, "自评总分", sum(SAMPLE_P), sum(YA_P)]);
  C.push(["备注", null, "样例仅供参考", "资金数截至2021年8月31日"]);
  assert(sum(YA_P.slice(0, 15)) === 83 && sum(YA_P) === 83, "f1 claimed 83");
  const W = 2 + C.length;
  const last = colName(W - 1);
  const rows = [];
  const merges = [];
  rows.push(padRow(["云浮市电子商务进农村综合示范县（市、区）考评基础数据汇总表"], W));
  merges.push(`A1:${last}1`);
  rows.push(padRow(["填报说明：1．每个县（市、区）只填本地一行，第5行为填报样例，请勿改动；2．是否类填“是”或“否”；3．金额单位为万元，比例填百分数的数字；4．请于2021年9月8日前报市商务局电商科。"], W));
  merges.push(`A2:${last}2`);
  const g = padRow(["序号", "县（市、区）"], W);
  const h = padRow([null, null], W);
  let gStart = null;
  C.forEach((c, j) => {
    const col = j + 2;
    if (c[0] !== null) {
      if (gStart !== null && col - 1 > gStart) merges.push(`${colName(gStart)}3:${colName(col - 1)}3`);
      g[col] = c[0];
      gStart = col;
    }
    h[col] = c[1];
  });
  // 备注 is one column spanning both header rows
  const noteCol = W - 1;
  if (noteCol - 1 > gStart) merges.push(`${colName(gStart)}3:${colName(noteCol - 1)}3`);
  h[noteCol] = null;
  merges.push(`${colName(noteCol)}3:${colName(noteCol)}4`);
  merges.push("A3:A4", "B3:B4");
  rows.push(g, h);
  rows.push(["样例", "××县"].concat(C.map((c) => c[2])));
  const COUNTIES = ["云城区", "云安区", "罗定市", "新兴县", "郁南县"];
  COUNTIES.forEach((n, j) => rows.push(n === "云安区" ? [j + 1, n].concat(C.map((c) => c[3])) : padRow([j + 1, n], W)));
  // 全市合计: formulas over the county rows; only 云安区 is filled, so it repeats 云安区's numbers
  const SUMMABLE = new Set(["常住人口（万人）", "行政村数（个）", "省定贫困村数（个）", "产业园入驻企业（家）", "2019年农村网络零售额（万元）", "2020年农村网络零售额（万元）",
    "2019年农产品网络零售额（万元）", "2020年农产品网络零售额（万元）", "培训人次", "有劳动能力的建档立卡贫困人口（不含外出务工）（人）", "参训建档立卡贫困人口（人）",
    "报送经验材料（份）", "下达省级资金（万元）", "累计拨付资金（万元）"]);
  const num = (v) => (typeof v === "number" ? v : Number(String(v).replace(/,/g, "")));
  rows.push(["全市合计", null].concat(C.map((c) => (SUMMABLE.has(c[1]) ? num(c[3]) : null))));
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(padRow(["填报单位（盖章）：云浮市云安区商务局　　填报人：邓××　　联系电话：0766-84×××××　　填报日期：2021年9月7日"], W));
  merges.push(`A${rows.length}:${last}${rows.length}`);
  rows.push(padRow(["注：各县（市、区）报送后由市商务局汇总，样例行和合计行不计入。"], W));
  merges.push(`A${rows.length}:${last}${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 row width");
  assert(pct2(79342 - 64518, 64518) === "22.98%" && pct2(12017 - 9806, 9806) === "22.55%" && pct2(3712635, 5000000) === "74.25%", "f1 rates");
  assert(!ratioGE(896, 1962, 50) && ratioGE(896, 1962, 40), "f1 poor rate 45.7%");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = YA_P[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "云安区商务局在云浮市商务局下发的《考评基础数据汇总表》上填报：一县一行的横表（A—B列序号、县区，后面七十多列，第3行是合并的分组表头“基本情况／组织领导／公共服务中心与产业园／……／主观评分项自评（分）／逐项自评得分（分）”，第4行是带单位的字段名“常住人口（万人）”“2019年农村网络零售额（万元）”“行政村物流快递覆盖率（%）”），第5行是市局的“样例｜××县”（42.6万人、195个村、县长……都是示例，不是数据），云城区、罗定市、新兴县、郁南县四行空着，只有云安区一行有值，下面的“全市合计”行重复了云安区的数；比例是百分数的数字（快递覆盖率96.47即未达100%，增速22.98、22.55），金额是万元（“64,518”“371.2635”），日期“2021.8.31”“2020.12.8”，组长“区委副书记、区长”、成员单位里“区扶贫办（区乡村振兴局）”。",
    sheets: [{ name: "汇总表", rows, merges }],
    expect: {
      facts: {
        county: "云安区", asOf: "2021-08-31", residentPopulation: 271300, adminVillagesStated: 85, poorVillagesStated: 18,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 645180000, ruralRetail2020: 793420000, ruralRetailGrowthStated: 0.2298,
        agriRetail2019: 98060000, agriRetail2020: 120170000, agriRetailGrowthStated: 0.2255,
        trainingPersonTimesStated: 3058, eligiblePoorPersonsStated: 1962, trainedPoorPersonsStated: 896,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3712635, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 清远清新区: the city's online 填报平台 page copied from the browser and pasted into Sheet1
// =====================================================================================================
function buildF2() {
  const R = (y, n) => (y ? "◉ 是　○ 否" : n ? "○ 是　◉ 否" : "○ 是　○ 否");
  const rows = [
    ["清远市电子商务进农村综合示范数据填报平台", null, null],
    ["首页　　数据填报　　数据审核　　统计分析　　通知公告　　系统管理", null, "欢迎您，清新区商务局（qxq_swj）　｜　修改密码　｜　退出"],
    ["当前位置：首页 > 数据填报 > 示范县考评基础数据 > 查看", null, null],
    ["填报年度：", "2021年度", null],
    ["填报单位：", "清远市清新区商务局", null],
    ["填报状态：", "已提交，待市局审核（提交时间：2021-09-06 17:32:08）", null],
    ["【打印预览】　【导出PDF】　【返回列表】", null, null],
    [null, null, null],
    ["一、基本情况", null, null],
    ["* 县（市、区）：", "清新区 ▼", null],
    ["* 考评截止日期：", "2021-08-31 📅", null],
    ["* 常住人口（万人）：", "70.26", "ⓘ 按第七次全国人口普查数据填写"],
    ["* 行政村数（个）：", "168", "ⓘ 不含社区居委会"],
    ["* 省定贫困村数（个）：", "23", null],
    ["　 户籍人口（万人）：", "请输入", null],
    [null, null, null],
    ["二、组织领导", null, null],
    ["* 领导小组组长级别：", "分管领导 ▼", "ⓘ 主要领导指书记、区长；分管领导指副区长"],
    ["* 领导小组组长（姓名、职务）：", "何××　区委常委、副区长", null],
    ["* 成员单位：", "☑ 商务　☑ 财政　☑ 农业农村　☐ 乡村振兴（扶贫）　☑ 交通运输　☑ 市场监管　☑ 邮政管理", null],
    ["* 示范创建工作方案是否正式印发：", R(true), null],
    ["　　方案文号：", "清新府办〔2020〕22号", "15/50"],
    ["* 是否出台支持农村电商发展政策：", R(true), null],
    ["　　附件：", "关于成立清新区电子商务进农村综合示范工作领导小组的通知.pdf（1.35MB）　预览　下载", null],
    [null, null, null],
    ["三、公共服务中心与产业园", null, null],
    ["* 县级电商公共服务中心投入运营日期：", "2020-10-26 📅", null],
    ["* 有免费培训场所、培训设备，能组织电商基础培训：", R(true), null],
    ["* 为特色农产品提供免费展示、销售服务：", R(true), null],
    ["* 为电子商务市场主体提供免费摄影、美工服务：", R(false, true), null],
    ["* 组织农产品统一推广、指导特色农产品品牌建设：", R(true), null],
    ["　 为电子商务发展提供其他衍生增值服务：", R(false, false), null],
    ["* 是否建设或整合、优化当地电商产业园：", R(true), null],
    ["　　产业园入驻企业数（家）：", "23", null],
    ["* 是否有专业第三方电子商务运营或服务商：", R(true), null],
    ["　　附件：", "清新区电商公共服务中心运营服务合同.pdf（3.02MB）　预览　下载", null],
    [null, null, null],
    ["四、农村产品上行", null, null],
    ["* 行政村物流快递覆盖率（%）：", "100", null],
    ["* 2019年农村网络零售额（万元）：", "215630", null],
    ["* 2020年农村网络零售额（万元）：", "282470", null],
    ["　 2019年农产品网络零售额（万元）：", "请输入", null],
    ["　 2020年农产品网络零售额（万元）：", "18620", null],
    ["　　数据来源说明：", "省商务厅电子商务监测数据（2019年农产品网零未单列）", "29/200"],
    [null, null, null],
    ["五、人才培训", null, null],
    ["* 电商培训人次（截至考评截止日）：", "6125", null],
    ["* 有劳动能力的建档立卡贫困人口数（不含外出务工）：", "2816", "ⓘ 以区乡村振兴局确认数为准"],
    ["* 参加电商培训的建档立卡贫困人口数：", "1302", "ⓘ 按身份证号去重"],
    [null, null, null],
    ["六、信息公开及数据报送", null, null],
    ["* 专栏公示内容（可多选）：", "☑ 创建方案　☑ 项目基本信息　☐ 项目建设进度　☑ 征求意见/监督举报窗口", null],
    ["* 能否统计电商扶贫情况：", "◉ 能　○ 不能", null],
    [null, null, null],
    ["七、资金管理", null, null],
    ["* 下达省级专项资金（万元）：", "500", null],
    ["* 累计拨付资金（万元）：", "356.802", "ⓘ 截至考评截止日"],
    ["* 项目总体进度（%）：", "78", null],
    ["* 资金管理制度：", "◉ 已制定　○ 未制定", null],
    ["* 资金专用台账：", "◉ 已建立　○ 未建立", null],
    [null, null, null],
    ["八、一票否决事项", null, null],
    ["* 是否发生安全生产、质量事故或重大经济损失：", R(false, true), null],
    ["* 是否存在弄虚作假：", R(false, true), null],
    [null, null, null],
    ["九、自评", null, null],
    ["主观评分项", "自评分", "评分范围"],
    ["方案制定", "2 ▼", "1-2分"],
    ["政策支持", "2 ▼", "1-2分"],
    ["项目管理制度", "1 ▼", "1-2分"],
    ["工作台账", "2 ▼", "1-2分"],
    ["网销调研", "2 ▼", "1-2分"],
    ["网络促销活动", "2 ▼", "1-2分"],
    ["交易标准、冷链及溯源", "请选择 ▼", "1-2分"],
    ["资金管理制度", "4 ▼", "1-5分"],
    ["资金台账", "4 ▼", "1-5分"],
    ["资金及时拨付", "4 ▼", "1-5分"],
    [null, null, null],
    ["评价指标", "分值", "自评得分"],
  ];
  const IND = [["组织领导", 2, 1], ["方案制定", 2, 2], ["政策支持", 2, 2], ["项目管理", 4, 3], ["服务体系建设（县级中心与产业园）", 15, 13], ["服务体系建设（村级站点）", 10, 10],
    ["农村产品上行", 10, 8], ["电商人才培训", 20, 18], ["信息公开", 4, 2], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 8], ["制度建立", 5, 4],
    ["资金台账", 5, 4], ["资金支出", 5, 4], ["加分项：贫困人口培训率≥70%", 2, 0], ["加分项：电商扶贫典型案例电视播报", 2, 1]];
  IND.forEach((x) => rows.push([x[0], x[1], String(x[2])]));
  const tot = sum(IND.map((x) => x[2]));
  assert(tot === 88 && sum(IND.slice(0, 15).map((x) => x[2])) === 87, "f2 claimed 87 + 1");
  rows.push(["合计", "100＋4", `${tot}（系统自动计算）`]);
  rows.push([null, null, null]);
  rows.push(["　 情况说明：", "区电商公共服务中心由第三方公司运营，已整合太和、太平两镇电商资源。", "31/500"]);
  rows.push(["【返回】　　【打印】", null, null]);
  rows.push(["Copyright © 2021 清远市商务局　　技术支持：清远市××信息科技有限公司　　粤ICP备××××××××号", null, null]);
  assert(pct1(282470 - 215630, 215630) === "31.0%" && pct1(1302, 2816) === "46.2%" && pct1(3568020, 5000000) === "71.4%", "f2 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  return {
    description:
      "清新区商务局从清远市“电子商务进农村综合示范数据填报平台”的预览页面用浏览器全选复制、粘贴进Excel的Sheet1：顶上是平台名、导航栏和“欢迎您…退出”、面包屑、填报年度／单位／状态（提交时间不是截止日期）和【打印预览】链接；字段是“* 标签：”在A列、值在B列，C列是ⓘ提示或字数“15/50”；单选是“◉ 是　○ 否”（◉为所选，两个都是○的“其他衍生增值服务”未作答），下拉框值后带“ ▼”（“分管领导 ▼”，交易标准那项是“请选择 ▼”＝未评），空输入框显示占位字“请输入”（户籍人口、2019年农产品网零没填），日期后有📅，多选是☑／☐（成员单位缺乡村振兴；专栏公示内容“☐ 项目建设进度”），附件行、情况说明、【返回】【打印】按钮行和版权行不是数据；自评是两张小表，总分“88（系统自动计算）”。",
    sheets: [{ name: "Sheet1", rows, merges: ["A1:C1", "A3:C3", "A7:C7"] }],
    expect: {
      facts: {
        county: "清新区", asOf: "2021-08-31", residentPopulation: 702600, adminVillagesStated: 168, poorVillagesStated: 23,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2156300000, ruralRetail2020: 2824700000, agriRetail2020: 186200000,
        trainingPersonTimesStated: 6125, eligiblePoorPersonsStated: 2816, trainedPoorPersonsStated: 1302,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3568020, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.78,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 揭阳揭东区: the clerk's self-built score calculator, three panels side by side and a 计算区
// =====================================================================================================
function buildF3() {
  const W = 13; // A..M
  const rows = [];
  const merges = [];
  const put = (r, c, v) => {
    while (rows.length < r) rows.push(padRow([], W));
    rows[r - 1][c] = v;
  };
  put(1, 0, "揭东区电子商务进农村综合示范考评自评计分器（V1.3）");
  merges.push("A1:M1");
  put(2, 0, "使用说明：只在【输入区】黄底单元格和【判分区】下拉单元格填写；【结果区】【计算区】为公式自动生成，请勿改动。是否类填“是”或“否”。");
  merges.push("A2:M2");
  put(3, 0, "数据截至：2021年8月31日（考评截止日）　　填表：揭东区商务局电商股　　版本日期：2021.9.2");
  merges.push("A3:M3");
  put(4, 0, "【输入区】（黄底格填写）");
  merges.push("A4:D4");
  put(4, 5, "【判分区】（下拉选择）");
  merges.push("F4:H4");
  put(4, 9, "【结果区】（自动计算，勿改）");
  merges.push("J4:M4");
  ["序号", "项目", "填入值", "单位"].forEach((h, j) => put(5, j, h));
  ["主观评分项", "范围", "自评分"].forEach((h, j) => put(5, 5 + j, h));
  ["评价指标", "满分", "得分", "提示"].forEach((h, j) => put(5, 9 + j, h));
  const IN = [
    ["县（市、区）", "揭东区", "—"], ["常住人口", 92.37, "万人"], ["行政村数", 213, "个"], ["省定贫困村数", 9, "个"],
    ["领导小组组长", "区长", "职务"], ["领导小组成员单位", "商务、财政、农业农村、乡村振兴、人社、市场监管、交通运输", "—"],
    ["工作方案已正式印发", "是", "是/否"], ["支持政策已出台", "是", "是/否"], ["公共服务中心投入运营日期", "2021/2/26", "日期"],
    ["免费培训场所、设备", "是", "是/否"], ["免费展示、销售", "是", "是/否"], ["免费摄影、美工", "是", "是/否"], ["品牌推广、品牌建设指导", "是", "是/否"],
    ["其他衍生增值服务", "否", "是/否"], ["电商产业园（建设或整合）", "是", "是/否"], ["产业园入驻企业数", 22, "家"], ["入驻企业类型数", 4, "种"],
    ["有站点的行政村数", 162, "个"], ["有站点的省定贫困村数", 9, "个"], ["第三方运营服务商", "是", "是/否"], ["行政村快递覆盖率", "100%", "%"],
    ["2019年农村网络零售额", 38.62, "亿元"], ["2020年农村网络零售额", 45.71, "亿元"], ["2019年农产品网络零售额", 4.15, "亿元"], ["2020年农产品网络零售额", 5.49, "亿元"],
    ["培训人次", 4655, "人次"], ["有劳动能力的建档立卡贫困人口（不含外出务工）", 3120, "人"], ["其中：参加电商培训", 1473, "人"],
    ["专栏公示创建方案", "是", "是/否"], ["专栏公示项目基本信息", "是", "是/否"], ["专栏公示项目建设进度", "是", "是/否"], ["专栏设征求意见或监督举报窗口", "是", "是/否"],
    ["专栏近一年更新", "按月", "按月/不定时/未更新"], ["近一年向市局报送月报", "每月", "每月/不定时/未报送"], ["能统计电商扶贫情况", "（填）", "是/否"],
    ["报送经验材料", 2, "份"], ["宣传报道级别", "省级、县级", "可多填"], ["电商扶贫案例电视播报", "无", "国家级/省级/无"],
    ["下达省级专项资金", 500, "万元"], ["累计拨付资金", 365.58, "万元"], ["资金管理制度已制定", "是", "是/否"], ["资金专用台账已建立", "是", "是/否"],
    ["项目总体进度", "82%", "%"], ["发生安全生产、质量事故或重大损失", "否", "是/否"], ["弄虚作假", "否", "是/否"],
  ];
  IN.forEach((x, j) => {
    put(6 + j, 0, j + 1);
    put(6 + j, 1, x[0]);
    put(6 + j, 2, x[1]);
    put(6 + j, 3, x[2]);
  });
  const JD = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研", "1-2", 1], ["网络促销活动", "1-2", 2],
    ["交易标准、冷链及溯源", "1-2", 1], ["资金管理制度", "1-5", 5], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  JD.forEach((x, j) => {
    put(6 + j, 5, x[0]);
    put(6 + j, 6, x[1]);
    put(6 + j, 7, x[2]);
  });
  const RES = [["组织领导", 2, 2, "组长：区长（主要领导）"], ["方案制定", 2, 2, null], ["政策支持", 2, 2, null], ["项目管理", 4, 4, null],
    ["服务体系建设（县级中心与产业园）", 15, 14, "缺：其他衍生增值服务"], ["服务体系建设（村级站点）", 10, 10, null], ["农村产品上行", 10, 8, "农产品网零增速32.3%≥30%"],
    ["电商人才培训", 20, 16, "人次0.93%（8分档）；贫困人口47.2%（8分档）"], ["信息公开", 4, 4, null], ["数据上报", 6, 3, "⚠ 第35项未填，按未统计计0分"],
    ["案例总结", 2, 2, null], ["经验推广", 8, 5, "省级4＋县级1"], ["制度建立", 5, 5, null], ["资金台账", 5, 4, null], ["资金支出", 5, 4, "支出率73.12%≥70%"],
    ["加分项：贫困人口培训率≥70%", 2, 0, "47.2%未达70%"], ["加分项：电商扶贫典型案例电视播报", 2, 0, null]];
  RES.forEach((x, j) => x.forEach((v, k) => put(6 + j, 9 + k, v)));
  const tot = sum(RES.map((x) => x[2]));
  put(6 + RES.length, 9, "合计");
  put(6 + RES.length, 10, "100＋4");
  put(6 + RES.length, 11, tot);
  assert(tot === 85 && sum(RES.slice(0, 15).map((x) => x[2])) === 85, "f3 claimed 85");
  const r0 = 6 + RES.length + 2;
  put(r0, 9, "【计算区】（中间结果，勿改）");
  merges.push(`J${r0}:M${r0}`);
  const CALC = [["培训计算基数（人）", 500000, "常住人口超过50万按50万"], ["培训人次占比", "0.93%", null], ["贫困人口培训率", "47.21%", null],
    ["行政村计算基数（个）", 200, "超过200个按200"], ["行政村站点覆盖率", "81.00%", null], ["省定贫困村站点覆盖率", "100.00%", null], ["资金支出率", "73.12%", null]];
  CALC.forEach((x, j) => {
    put(r0 + 1 + j, 9, x[0]);
    put(r0 + 1 + j, 11, x[1]);
    put(r0 + 1 + j, 12, x[2]);
  });
  const lastIn = 6 + IN.length - 1;
  put(lastIn + 2, 0, "注：黄底格为输入，“（填）”表示尚未填写。");
  merges.push(`A${lastIn + 2}:D${lastIn + 2}`);
  for (const r of rows) assert(r.length === W, "f3 row width");
  assert(pct2(4655, 500000) === "0.93%" && pct2(1473, 3120) === "47.21%" && pct2(3655800, 5000000) === "73.12%" && pct2(162, 200) === "81.00%", "f3 calc");
  assert(pct1(4571 - 3862, 3862) === "18.4%" && pct1(549 - 415, 415) === "32.3%", "f3 growth");
  const tier = [["培训人次占比", "≥1%", 10], [null, "0.8%—1%", 8], [null, "0.6%—0.8%", 6], ["贫困人口培训率", "≥50%", 10], [null, "40%—50%", 8], [null, "30%—40%", 6],
    ["行政村覆盖率", "≥70%", 5], [null, "50%—70%", 2], ["贫困村覆盖率", "100%", 5], [null, "80%—100%", 3], ["资金支出率", "<70%", -5]];
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = RES[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "揭东区商务局电商股自己做的《自评计分器V1.3》：一张表上左右三块——【输入区】（A—D列：序号｜项目｜填入值｜单位，45项，单位单列：常住人口92.37“万人”、零售额“亿元”、资金“万元”，比例写成“100%”“82%”，日期“2021/2/26”，第35项“能统计电商扶贫情况”还是占位的“（填）”＝没填；入驻企业数、有站点村数、月报和专栏情况等是计分用的输入，不是考评事实键），【判分区】（F—H列：十个主观评分项的下拉自评分），【结果区】（J—M列：17行公式算出的逐项得分＝自评分，合计85，提示列是公式生成的说明）；结果区下面还有【计算区】（培训计算基数500000、行政村计算基数200、各种比率，是派生值不是事实）；另有隐藏的档次表。",
    sheets: [{ name: "计分器", rows, merges }, { name: "档次表", rows: [["指标", "档次", "分值"]].concat(tier), hidden: true }],
    expect: {
      facts: {
        county: "揭东区", asOf: "2021-08-31", residentPopulation: 923700, adminVillagesStated: 213, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2021-02-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3862000000, ruralRetail2020: 4571000000, agriRetail2019: 415000000, agriRetail2020: 549000000,
        trainingPersonTimesStated: 4655, eligiblePoorPersonsStated: 3120, trainedPoorPersonsStated: 1473,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        fundAllocated: 5000000, fundSpentStated: 3655800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 河源东源县: 两委换届 results as the village list, 驻村工作队 roster, 授牌 batches, certificate register
// =====================================================================================================
function buildL1() {
  const REG = "441625";
  const TOWNS = [["仙塘镇", 8, 2], ["船塘镇", 7, 1], ["顺天镇", 6, 1], ["义合镇", 7, 1], ["康禾镇", 5, 0], ["蓝口镇", 6, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2)).concat(["半江", "漳溪"]);
  const vName = nameMaker("上下新大高黄石龙塘坪东南", ["坑", "田", "岭", "洞", "陂", "湖", "围", "岗", "溪", "寨", "坝", "头"], "村", prefixes);
  const cName = nameMaker("城兴和锦", ["华", "丰", "苑", "安"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const stem = (v) => v.replace(/村$|社区$/, "");

  // ---------------- 换届选举结果 (villages)
  const vRows = [["东源县2021年村（社区）“两委”换届选举结果统计表"], ["（第二督导组片区：仙塘镇、船塘镇、顺天镇、义合镇、康禾镇、蓝口镇）　　填报单位：中共东源县委组织部　　2021年5月"],
    ["序号", "镇", "村（社区）", "类别", "登记选民数（人）", "参选率", "选举结果", null, null, "选举日期"],
    [null, null, null, null, null, null, "村（社区）党组织书记", "村（居）委会主任", "书记、主任“一肩挑”", null]];
  const vMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:I3", "J3:J4"];
  const vRecs = [];
  let sq = 0;
  let totV = 0;
  let totN = 0;
  let oddName = null;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const all = x.vs.map((v) => ({ v, a: true })).concat(x.cs.map((c) => ({ v: c, a: false })));
    let voters = 0;
    let both = 0;
    all.forEach((e, j) => {
      sq++;
      const n = e.a ? rint(900, 3200) : rint(1500, 4800);
      voters += n;
      const yj = rnd() < 0.85;
      if (yj) both++;
      const sec = personName();
      let nm = e.v;
      if (!oddName && e.a && x.t === "顺天镇" && j === 2) {
        nm = `${stem(e.v)}村委会`;
        oddName = nm;
      }
      vRows.push([sq, j === 0 ? x.t : null, nm, e.a ? "村" : "社区", n, `${(90 + rnd() * 9).toFixed(1)}%`, sec, yj ? sec : personName(), yj ? "是" : "否", `2021.${e.a ? 4 : 5}.${rint(8, 28)}`]);
      vRecs.push({ name: nm, admin: e.a });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push(["小计", null, `${all.length}个`, null, voters, null, null, null, `${both}个`, null]);
    vMerges.push(`A${vRows.length}:B${vRows.length}`);
    totV += voters;
    totN += all.length;
  }
  vRows.push(["合计", null, `${totN}个`, null, totV, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  vRows.push(["注：类别“村”为村民委员会（行政村），“社区”为社区居民委员会。"]);
  vMerges.push(`A${vRows.length}:J${vRows.length}`);
  assert(oddName && vRecs.length === 45, "l1 45 villages/communities " + vRecs.length);

  // ---------------- 驻村工作队 (poorVillages)
  const poorIn = shuffle(admin).slice(0, 6);
  const outside = [["半江镇", vName()], ["漳溪畲族乡", vName()]];
  const poorList = poorIn.map((v) => [townOf[v], v]).concat(outside);
  const UNITS = ["深圳市福田区发展和改革局", "深圳市福田区发展和改革局", "深圳市福田区教育局", "深圳市福田区卫生健康局", "深圳市福田区卫生健康局", "东源县人民法院",
    "河源市商务局", "河源市商务局"];
  const pRows = [["东源县省定相对贫困村驻村工作队名册（2016—2021年）"], ["序号", "镇（乡）", "省定贫困村", "帮扶单位", "驻村第一书记", "工作队员", "进驻时间"]];
  const pMerges = ["A1:G1"];
  const pRecs = [];
  poorList.forEach(([t, v], j) => {
    const nm = j === 4 ? `${stem(v)}村委会` : v;
    pRows.push([j + 1, t, nm, j > 0 && UNITS[j] === UNITS[j - 1] ? null : UNITS[j], personName(), `${personName()}、${personName()}`, `2016.${rint(5, 7)}`]);
    pRecs.push({ name: nm });
  });
  for (let j = 1; j < UNITS.length; j++) if (UNITS[j] === UNITS[j - 1]) pMerges.push(`D${j + 2}:D${j + 3}`);
  pRows.push(["注：工作队员为2021年5月轮换后名单；贫困村已于2020年底全部出列。"]);
  pMerges.push(`A${pRows.length}:G${pRows.length}`);

  // ---------------- 授牌名单 (stations)
  const BATCH = [["第一批（2020年8月20日授牌，东商务〔2020〕36号）", "2020-08-20", 12], ["第二批（2021.3.18授牌，东商务〔2021〕9号）", "2021-03-18", 10],
    ["第三批（2021年9月10日授牌，东商务〔2021〕41号）", "2021-09-10", 5]];
  const pool = shuffle(admin);
  let pi = 0;
  const OPS = ["东源县邮政分公司", "东源县供销电商有限公司", "河源市万绿优品电子商务有限公司"];
  const sRows = [["东源县村级电子商务服务站点授牌名单（汇总）"], ["说明：根据县商务局三批授牌文件附件汇总；站点建成时间以授牌日期为准。"]];
  const sMerges = ["A1:F1", "A2:F2"];
  const sRecs = [];
  for (const [title, d, n] of BATCH) {
    sRows.push([title, null, null, null, null, null]);
    sMerges.push(`A${sRows.length}:F${sRows.length}`);
    sRows.push(["序号", "镇", "村（社区）", "站点名称", "运营主体", "负责人"]);
    for (let k = 0; k < n; k++) {
      let t;
      let v;
      if (d === "2021-03-18" && k === 4) {
        v = comms[0];
        t = townOf[v];
      } else if (d === "2020-08-20" && k === 7) {
        [t, v] = outside[0];
      } else {
        v = pool[pi++];
        t = townOf[v];
      }
      const vcell = d === "2021-03-18" && k === 6 ? `${stem(v)}村民委员会` : v;
      sRows.push([k + 1, t, vcell, `${stem(v)}${v.endsWith("社区") ? "社区" : "村"}电商服务站`, OPS[(k + n) % 3], personName()]);
      sRecs.push({ village: vcell, opened: d });
    }
    sRows.push([null, null, null, null, null, null]);
  }
  sRows.push([`合计：三批共${sRecs.length}个站点`, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:F${sRows.length}`);
  assert(sRecs.length === 27 && sRecs.filter((r) => r.opened > "2021-08-31").length === 5, "l1 27 stations");

  // ---------------- 结业证书发放登记 (training)
  const CLASSES = [{ no: 1, name: "第1期 网店开设与运营班", cell: "2020.11.9-11.11", end: "2020-11-11", issue: D("2020-11-20"), n: 12 },
    { no: 2, name: "第2期 直播带货实操班", cell: "2021年3月22日—24日", end: "2021-03-24", issue: "2021.4.2", n: 12 },
    { no: 3, name: "第3期 短视频拍摄与剪辑班", cell: "2021.6.7-6.9", end: "2021-06-09", issue: D("2021-06-18"), n: 10 },
    { no: 4, name: "第4期 农产品网络营销班", cell: "2021年8月30日—9月1日", end: "2021-09-01", issue: "2021年9月3日", n: 8 }];
  const tRows = [["东源县农村电商培训结业证书发放登记表"], ["发证单位：东源县电子商务公共服务中心　　证书编号规则：DY-DS-年份-流水号"],
    ["序号", "证书编号", "姓名", "性别", "身份证号", "培训班次", "培训时间", "发证日期", "领取人签名", "备注"]];
  const tMerges = ["A1:J1", "A2:J2"];
  const tRecs = [];
  let no = 0;
  let lowDone = false;
  let outDone = false;
  const firstClass = [];
  for (const c of CLASSES) {
    const r0 = tRows.length + 1;
    const yr = c.end.slice(0, 4);
    for (let i = 0; i < c.n; i++) {
      no++;
      const male = rnd() < 0.45;
      let reg = REG;
      if (!outDone && c.no === 2 && i === 5) {
        reg = "441622";
        outDone = true;
      }
      const wantX = !lowDone && c.no === 3 && i === 3 ? true : undefined;
      const id = makeId(reg, birthBetween(1970, 2001), male, wantX);
      let idCell = id;
      if (wantX) {
        idCell = id.slice(0, 17) + "x";
        lowDone = true;
      }
      const nm = personName();
      const sign = i % 5 === 4 ? `代领：${personName()}（村干部）` : nm;
      tRows.push([no, `DY-DS-${yr}-${pad3(no)}`, nm, male ? "男" : "女", idCell, i === 0 ? c.name : null, i === 0 ? c.cell : null, i === 0 ? c.issue : null, sign,
        reg !== REG ? "龙川县学员" : null]);
      tRecs.push({ date: c.end, personTimes: 1, id });
      if (c.no === 1) firstClass.push({ nm, id, male, cert: `DY-DS-${yr}-${pad3(no)}` });
    }
    mergeCol(tMerges, "F", r0, tRows.length);
    mergeCol(tMerges, "G", r0, tRows.length);
    mergeCol(tMerges, "H", r0, tRows.length);
  }
  const lost = firstClass[7];
  no++;
  tRows.push([no, `DY-DS-2021-${pad3(no)}`, lost.nm, lost.male ? "男" : "女", lost.id, CLASSES[0].name, CLASSES[0].cell, "2021.6.18", lost.nm, `补发（原证书${lost.cert}遗失，不另计人次）`]);
  tRows.push([`合计：发证${no}本（含补发1本），参训${tRecs.length}人次`]);
  tMerges.push(`A${tRows.length}:J${tRows.length}`);
  assert(lowDone && outDone && tRecs.length === 42, "l1 42 trainees");
  checkTrainingIds(tRecs, "l1");

  const notes = [["说明"], ["1．本工作簿为迎检资料中涉及站点覆盖和培训的台账，部分表借用其他部门的表格。"], ["2．《换届选举结果》由县委组织部提供，只含第二督导组片区六个镇，用作行政村名单（类别“村”为行政村）。"],
    ["3．《驻村工作队》由县乡村振兴局提供，所列村即省定相对贫困村。"], ["4．《授牌名单》按三批授牌文件汇总。"], ["5．《结业证书登记》按证书发放登记，培训时间以“培训时间”栏为准。"],
    ["东源县商务局电商股　2021年9月"]];
  return {
    description:
      "河源东源县商务局电商股交的一本台账（五个表）：①说明；②县委组织部的《2021年村（社区）“两委”换届选举结果统计表》借来当村名单（第二督导组片区六个镇，两行表头，“选举结果”合并在书记｜主任｜一肩挑之上，镇名纵向合并，每镇“小计”行和末尾“合计”行不是村，类别“村”是行政村、“社区”不是，一个村写成“××村委会”）；③县乡村振兴局的《省定相对贫困村驻村工作队名册》当省定贫困村清单（一行一村，同一帮扶单位帮两个村时“帮扶单位”纵向合并，片区外的半江镇、漳溪畲族乡各一村）；④《授牌名单》三批各一块（块标题“第一批（2020年8月20日授牌…）”“第二批（2021.3.18授牌…）”“第三批（2021年9月10日授牌…）”，每块自己的表头、序号重排，站点建成日期就是块标题里的授牌日期，表里没有日期列；一个社区站，一站村名写“××村民委员会”）；⑤《结业证书发放登记表》当培训台账（一证一人次，培训班次、培训时间、发证日期按班纵向合并，日期读培训时间的结束日、不读发证日期，第4期“2021年8月30日—9月1日”；一个身份证号末位小写x，一个龙川县学员；末尾一本“补发（原证书遗失，不另计人次）”不是新的参训记录，合计行也不是）。",
    sheets: [
      { name: "说明", rows: notes, merges: [] },
      { name: "换届选举结果", rows: vRows, merges: vMerges },
      { name: "驻村工作队", rows: pRows, merges: pMerges },
      { name: "授牌名单", rows: sRows, merges: sMerges },
      { name: "结业证书登记", rows: tRows, merges: tMerges },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "换届选举结果": { kind: "villages", records: vRecs },
        "驻村工作队": { kind: "poorVillages", records: pRecs },
        "授牌名单": { kind: "stations", records: sRecs },
        "结业证书登记": { kind: "training", records: tRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 肇庆鼎湖区: 就业帮扶台账, 拨付审批汇总, 政府信息公开目录, 舆情监测导出, 已发送邮件
// =====================================================================================================
function buildL2() {
  const REG = "441203";
  const TOWNS = ["永安镇", "沙浦镇", "凤凰镇", "莲花镇", "广利街道"];
  const vName = nameMaker("大小新上下东西南北罗苏", ["坑", "岗", "塘", "围", "洲", "岭", "田", "坪"], "村", TOWNS.map((t) => t.slice(0, 2)));
  // ---------------- 就业帮扶台账 (poorPersons)
  const ST = {
    A: ["普通劳动力", "务工", "鼎湖区永安镇", true, false], B: ["技能劳动力", "务工", "佛山市南海区", true, true], C: ["普通劳动力", "务工", "肇庆市端州区", true, true],
    D: ["弱劳动力或半劳动力", "公益性岗位", "本村", true, false], E: ["普通劳动力", "未就业", "—", true, false], F: ["丧失劳动力", "—", "—", false, null],
    G: ["无劳动力", "在校生", "—", false, null], H: ["技能劳动力", "务工", "鼎湖区桂城街道", true, false], I: ["普通劳动力", "务工", "广州市白云区", true, true],
  };
  const HH = ["ABG", "CEF", "HAG", "IDF", "BAEG", "ACF", "DHG", "IBA", "EFG"];
  const pRows = [["鼎湖区脱贫人口就业帮扶台账（2021年7月）"], ["填报单位：肇庆市鼎湖区乡村振兴局　　口径：全国防返贫监测信息系统"],
    ["序号", "镇（街道）", "村", "户编号", "户主", "姓名", "与户主关系", "身份证号", "劳动技能", "就业状态", "务工地点", "帮扶措施"]];
  const pMerges = ["A1:L1", "A2:L2"];
  const pRecs = [];
  let sq = 0;
  let xDone = 0;
  HH.forEach((codes, h) => {
    const r0 = pRows.length + 1;
    const town = TOWNS[h % TOWNS.length];
    const v = vName();
    const hh = `441203${String(20310 + h * 17).padStart(8, "0")}`;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    let head = null;
    let headMale = true;
    codes.split("").forEach((c, j) => {
      const s = ST[c];
      const birth = c === "G" ? birthBetween(2004, 2012) : c === "F" ? birthBetween(1940, 1956) : j >= 2 ? birthBetween(1996, 2003) : birthBetween(1962, 1979);
      const wantX = xDone < 2 && s[3] && j === 1 ? true : undefined;
      if (wantX) xDone++;
      const male = j === 1 && c !== "F" && c !== "G" ? !headMale : rnd() < 0.5;
      const id = makeId(REG, birth, male, wantX);
      if (j === 0) headMale = male;
      const odd = Number(id[16]) % 2 === 1;
      const rel = j === 0 ? "户主" : c === "G" ? (odd ? "之子" : "之女") : c === "F" ? (odd ? "之父" : "之母") : j === 1 ? "配偶" : odd ? "之子" : "之女";
      const nm = rel === "配偶" || rel === "之母" ? personName() : personName(sn);
      if (j === 0) head = nm;
      const help = s[1] === "务工" ? "稳岗补贴" : s[1] === "公益性岗位" ? "公益性岗位安置" : s[1] === "未就业" ? "电商技能培训、就业推荐" : "—";
      sq++;
      pRows.push([sq, j === 0 ? town : null, j === 0 ? v : null, j === 0 ? hh : null, j === 0 ? head : null, nm, rel, id, s[0], s[1], s[2], help]);
      pRecs.push({ id, labour: s[3], migrant: s[4] });
    });
    for (const col of ["B", "C", "D", "E"]) mergeCol(pMerges, col, r0, pRows.length);
  });
  pRows.push(["注：务工地点在鼎湖区以外的为外出务工；“—”表示不适用。"]);
  pMerges.push(`A${pRows.length}:L${pRows.length}`);
  assert(xDone === 2 && pRecs.length === 28, "l2 28 persons " + pRecs.length);
  assert(pRecs.filter((r) => r.labour && r.migrant === false).length >= 10, "l2 eligible persons");

  // ---------------- 拨付审批汇总 (funds)
  const F = [["公共服务中心建设（首付款）", "肇庆市鼎湖区鼎优电子商务有限公司", 600000, "2020-07-02", "2020-07-10", "2020-07-16", 600000, "已拨付"],
    ["镇村站点建设（第一期）", "中国邮政集团有限公司肇庆市鼎湖区分公司", 380000, "2020-09-01", "2020-09-08", "2020-09-15", 380000, "已拨付"],
    ["电商培训（第一期）", "肇庆市鼎湖区职业技术学校", 150000, "2020-10-12", "2020-10-20", "2020-10-27", 150000, "已拨付"],
    ["农村物流配送体系建设", "肇庆市鼎湖区顺通物流有限公司", 420000, "2020-12-01", "2020-12-09", "2020-12-18", 420000, "已拨付"],
    ["公共服务中心运营（2020年度）", "肇庆市鼎湖区鼎优电子商务有限公司", 250000, "2021-01-05", "2021-01-14", "2021-01-22", 250000, "已拨付"],
    ["农产品溯源系统建设", "广东溯联信息科技有限公司", 300000, "2021-03-01", "2021-03-10", "2021-03-19", 180000, "已拨付（部分，余款待验收）"],
    ["镇村站点建设（第二期）", "中国邮政集团有限公司肇庆市鼎湖区分公司", 360000, "2021-04-06", "2021-04-14", "2021-04-23", 360000, "已拨付"],
    ["电商培训（第二期）", "肇庆市鼎湖区职业技术学校", 180000, "2021-05-10", "2021-05-18", "2021-05-28", 180000, "已拨付"],
    ["品牌推广活动", "肇庆市鼎湖区山泉文化传媒有限公司", 120000, "2021-06-02", null, null, null, "不予拨付（票据不全，已退回重报）"],
    ["品牌推广活动（重报）", "肇庆市鼎湖区山泉文化传媒有限公司", 120000, "2021-06-21", "2021-06-29", "2021-07-06", 120000, "已拨付"],
    ["冷链设施建设", "肇庆市鼎湖区顺通物流有限公司", 260000, "2021-07-12", "2021-07-21", "2021-07-30", 260000, "已拨付"],
    ["公共服务中心运营（2021年上半年）", "肇庆市鼎湖区鼎优电子商务有限公司", 200000, "2021-08-09", "2021-08-18", "2021-08-27", 200000, "已拨付"],
    ["镇村站点建设（第三期）", "中国邮政集团有限公司肇庆市鼎湖区分公司", 280000, "2021-08-23", "2021-08-30", "2021-09-03", 280000, "已拨付"],
    ["电商培训（第三期）", "肇庆市鼎湖区职业技术学校", 160000, "2021-08-26", null, null, null, "审批中"]];
  const fRows = [["鼎湖区电子商务进农村综合示范专项资金拨付审批汇总表"], ["单位：元　　截至2021年9月8日"],
    ["序号", "审批单号", "项目内容", "收款单位", "申请金额（元）", "申请日期", "审批日期", "拨付日期", "实付金额（元）", "状态"]];
  const fRecs = [];
  F.forEach((x, j) => {
    const paidFmt = [D, dotDate, slashDate, cnDate][j % 4];
    fRows.push([j + 1, `DH-SP-${x[3].slice(0, 4)}-${pad3(j + 1)}`, x[0], x[1], x[2], dotDate(x[3]), x[4] ? dotDate(x[4]) : "—", x[5] ? paidFmt(x[5]) : "—", x[6] === null ? "—" : x[6], x[7]]);
    if (x[6] !== null) fRecs.push({ date: x[5], amount: x[6] });
  });
  const paid = sum(F.filter((x) => x[6] !== null).map((x) => x[6]));
  fRows.push(["合计", null, null, null, sum(F.map((x) => x[2])), null, null, null, paid, null]);
  const fMerges = ["A1:J1", "A2:J2", `A${fRows.length}:D${fRows.length}`];
  fRows.push(["注：状态为“审批中”“不予拨付”的未拨付；部分拨付的按实付金额。"]);
  fMerges.push(`A${fRows.length}:J${fRows.length}`);
  assert(fRecs.length === 12 && paid === 3380000, "l2 12 payments " + paid);

  // ---------------- 政府信息公开目录 (disclosures)
  const DIS = [["2020-06-08", "2020-06-12", "鼎湖区电子商务进农村综合示范创建实施方案", "鼎府办〔2020〕15号"], [null, "2020-06-19", "鼎湖区电子商务进农村综合示范项目基本信息公开", null],
    [null, "2020-06-19", "鼎湖区电子商务进农村综合示范项目监督举报渠道", null]];
  for (const m of monthsBetween("2020-07", "2021-07")) {
    if (m === "2020-10" || m === "2021-02") continue;
    const d = `${m}-${String(rint(8, 25)).padStart(2, "0")}`;
    DIS.push([rnd() < 0.5 ? isoAdd(d, -rint(2, 6)) : null, d, `鼎湖区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, null]);
  }
  DIS.push(["2021-08-30", "2021-09-02", "鼎湖区电子商务进农村综合示范项目建设进度（2021年8月）", null]);
  DIS.sort((a, b) => cmp(a[1], b[1]));
  const uRows = [["政府信息公开目录（主题：电子商务进农村）"], ["发布机构：肇庆市鼎湖区商务局　　导出时间：2021-09-08 10:12"],
    ["序号", "索引号", "主题分类", "发布机构", "成文日期", "发布日期", "名称", "文号"]];
  const uRecs = [];
  DIS.forEach((x, j) => {
    uRows.push([j + 1, `11441203MB2C90417X/${x[1].slice(0, 4)}-${String(120 + j * 7).padStart(5, "0")}`, "商贸、海关、旅游\\电子商务进农村", "肇庆市鼎湖区商务局",
      x[0] || null, x[1], x[2], x[3] || null]);
    uRecs.push({ date: x[1] });
  });

  // ---------------- 舆情监测导出 (media)
  const MED = [["鼎湖：电商服务站助农卖山坑螺", "肇庆日报", "报纸", "市级", "2020-11-20"], ["鼎湖：电商服务站助农卖山坑螺", "西江网", "网媒", "市级", "2020-11-20"],
    ["鼎湖区电商直播带货助力砂糖桔销售", "南方+", "客户端", "省级", "2021-01-15"], ["广东鼎湖：农村电商激活乡村振兴新动能", "人民网", "网媒", "央媒", "2021-03-08"],
    ["鼎湖区电商培训走进凤凰镇", "鼎湖发布", "微信", "区级", "2021-04-12"], ["肇庆鼎湖：小小电商站 连起致富路", "广东广播电视台《广东新闻联播》", "电视", "省级", "2021-06-18"],
    ["肇庆鼎湖：小小电商站 连起致富路", "网易新闻", "商业网站", "商业网站", "2021-06-18"], ["鼎湖山泉水泡出的好茶 网上卖到全国", "肇庆三农（百家号）", "自媒体", "自媒体", "2021-07-02"],
    ["鼎湖区电商进农村示范创建成效显著", "肇庆广播电视台《肇庆新闻》", "电视", "市级", "2021-09-06"]];
  const LV = { 央媒: "national", 省级: "province", 市级: "city", 区级: "county", 商业网站: null, 自媒体: null };
  const URL = { 肇庆日报: "http://www.zqrb.cn/content/", 西江网: "http://www.xjrb.com/content/", "南方+": "https://static.nfapp.southcn.com/content/",
    人民网: "http://gd.people.com.cn/n2/", 鼎湖发布: "https://mp.weixin.qq.com/s/dh", "广东广播电视台《广东新闻联播》": "https://www.gdtv.cn/article/",
    网易新闻: "https://www.163.com/dy/article/", "肇庆三农（百家号）": "https://baijiahao.baidu.com/s?id=", "肇庆广播电视台《肇庆新闻》": "http://www.zqbtv.com/news/" };
  const mRows = [["舆情监测报告—信息列表（关键词：鼎湖 电商）"], ["监测时段：2020-09-01 00:00:00 至 2021-09-08 23:59:59　　共9条"],
    ["序号", "标题", "来源", "媒体类型", "媒体级别", "发布时间", "情感倾向", "相似文章数", "原文链接"]];
  const mRecs = [];
  MED.forEach((x, j) => {
    mRows.push([j + 1, x[0], x[1], x[2], x[3], `${x[4]} ${hms()}`, "正面", rint(0, 12), `${URL[x[1]]}${yyyymmdd(x[4])}${pad3(rint(1, 999))}`]);
    mRecs.push({ date: x[4], level: LV[x[3]], tv: x[2] === "电视" });
  });

  // ---------------- 已发送邮件 (materials)
  const MAIL = [["鼎湖区电商进农村经验做法材料（报市局）", "2021-03-26", "10:18", "鼎湖区“电商＋砂糖桔”经验做法.docx", "1.2 MB"],
    ["【更正】鼎湖区电商进农村经验做法材料（报市局）", "2021-03-26", "15:40", "鼎湖区“电商＋砂糖桔”经验做法（更正稿）.docx", "1.2 MB"],
    ["鼎湖区电商助力脱贫增收典型案例（报市局）", "2021-07-09", "16:42", "鼎湖区电商助力脱贫典型案例.docx；照片.zip", "18.6 MB"],
    ["鼎湖区电子商务进农村综合示范创建工作总结（报市局）", "2021-09-07", "09:05", "鼎湖区创建工作总结.pdf", "2.4 MB"]];
  const eRows = [["已发送邮件（筛选：报市局经验材料）"], ["主题", "收件人", "发送时间", "附件", "大小"]];
  const eRecs = [];
  MAIL.forEach((x) => {
    const [y, m, d] = ymd(x[1]);
    eRows.push([x[0], "肇庆市商务局电商科 <zqswj_dsk@163.com>", `${y}/${m}/${d} (周${weekday(x[1])}) ${x[2]}`, x[3], x[4]]);
    eRecs.push({ date: x[1] });
  });
  assert(weekday("2021-03-26") === "五" && weekday("2021-07-09") === "五" && weekday("2021-09-07") === "二", "l2 weekdays");

  const toc = [["鼎湖区电子商务进农村台账（资金、公开、宣传类）目录"], ["序号", "工作表", "内容", "来源"], [1, "就业帮扶台账", "脱贫人口劳动能力及务工情况", "区乡村振兴局"],
    [2, "拨付审批汇总", "专项资金拨付", "区商务局、区财政局"], [3, "信息公开目录", "政府网站专栏更新", "区政府网站管理后台导出"], [4, "舆情监测", "媒体宣传报道", "舆情监测服务商"],
    [5, "邮件发送记录", "向市商务局报送经验材料", "电商股邮箱"], [null, null, null, null], ["编制：肇庆市鼎湖区商务局电商股　2021年9月8日"]];
  return {
    description:
      "肇庆鼎湖区商务局电商股的一本台账（六个表）：①目录；②区乡村振兴局的《脱贫人口就业帮扶台账》当贫困人口名单（户的镇街、村、户编号、户主纵向合并，劳动技能用扶贫系统的说法“普通劳动力／技能劳动力／弱劳动力或半劳动力”为有劳动能力、“丧失劳动力／无劳动力”为无，外出务工要从“务工地点”读：表下注明鼎湖区以外的才是外出（佛山市南海区、肇庆市端州区、广州市白云区是外出，鼎湖区永安镇、桂城街道、本村不是），丧失劳动力的就业状态和务工地点、在校生的务工地点都是“—”（注明“—”表示不适用，务工与否不适用，不是“否”））；③《专项资金拨付审批汇总表》（申请日期｜审批日期｜拨付日期三个日期，拨付日期才是支出日期，格式各样；“不予拨付”“审批中”的两行不是支出，溯源系统部分拨付按实付180,000元，一笔2021年9月3日拨付照列，合计行不是记录）；④政府网站《政府信息公开目录》导出（索引号、成文日期、发布日期，更新日期读发布日期，8月进度稿8月30日成文、9月2日才发布）；⑤舆情监测服务商的信息列表（媒体级别写央媒／省级／市级／区级／商业网站／自媒体，后两种没有级别；转载的同题稿各算一条；发布时间带时分秒；广东广播电视台是省级电视，肇庆广播电视台9月6日）；⑥电商股邮箱“已发送”里报市局经验材料的邮件（发送时间“2021/3/26 (周五) 10:18”，同日一封【更正】重发）。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:D1", "A9:D9"] },
      { name: "就业帮扶台账", rows: pRows, merges: pMerges },
      { name: "拨付审批汇总", rows: fRows, merges: fMerges },
      { name: "信息公开目录", rows: uRows, merges: ["A1:H1", "A2:H2"] },
      { name: "舆情监测", rows: mRows, merges: ["A1:I1", "A2:I2"] },
      { name: "邮件发送记录", rows: eRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "就业帮扶台账": { kind: "poorPersons", records: pRecs },
        "拨付审批汇总": { kind: "funds", records: fRecs },
        "信息公开目录": { kind: "disclosures", records: uRecs },
        "舆情监测": { kind: "media", records: mRecs },
        "邮件发送记录": { kind: "materials", records: eRecs },
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
write("counties", "b189-c1-renhua.json", c1);
write("facts", "b189-f1-yunan.json", f1);
write("facts", "b189-f2-qingxin.json", f2);
write("facts", "b189-f3-jiedong.json", f3);
write("ledgers", "b189-l1-dongyuan.json", l1);
write("ledgers", "b189-l2-dinghu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
