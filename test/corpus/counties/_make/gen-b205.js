// Batch 205 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b204.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (205205), no clock. Run: node test/corpus/_b205/gen-b205.js
//
// c1 江海区 (江门): 《数据采集卡》 = one card per department stacked down the sheet (card title row with 填报部门/日期, its own
//    header 序号|指标|计量单位|数值|来源及说明, 财政 card in 万元, last card the clerk's 自评分); ledgers borrowed or kept the clerk's
//    way: 村（社区）“两委”换届选举结果 (type only from the 村民委员会/社区居民委员会 suffix, 小计 rows, no 省定贫困村 at all),
//    邮政合作协议台账 (签约日期 ≠ 挂牌运营日期; 8/31 station decides 17/24), 培训班登记 (计划人数 vs 实到人数; 8/31 class decides
//    0.8%), 脱贫户专场签到 + 脱贫人口 (劳动力状况 “有劳动能力·外出务工（省外）” in one cell; 20/28 incl. 8/31 → bonus), 园区租赁合同
//    台账 (租赁期限 is not 入驻/退租; a 续签 row is the same firm), 分项目拨付进度 (date and amount in one cell; 8/27 payment decides
//    70%), 市商务局通报附表 (counties as columns; read 江海区 only), 专栏, 宣传, 经验材料 (all in September), 目录.
// f1 赤坎区 (湛江): 《创建情况一览表》 in horizontal bands: 基本数据 as label row / 数值 row / 单位 row / 说明 row (unit below the
//    value), a 中心服务项目 matrix (是否提供|收费方式|开始提供时间; 美工按件收费 → 免费摄影美工 false; opening date only in the band
//    title), paired label|value rows with a ✔/✘ strip for the 专栏, and the judged items as a strip with a 分值范围 row above the scores.
// f2 香洲区 (珠海): the archive 《卷内文件目录》 of the assessment file (序号|文号|责任者|题名|日期 yyyymmdd|页号|备注): facts are in the
//    题名 and 备注 (the 日期 column is the document's date, not the fact's — 中心 opened 2020-12-16, the 说明 is dated 20201218);
//    页号 ranges are not dates; 卷内备考表 at the end.
// f3 白云区 (广州): 分镇街 table with the 全区 row on top and “其中：” rows below (区级集中培训 row not under any town): facts come from the
//    全区 row, units in a second header row; then label|value block (组长区长 but no 乡村振兴/扶贫 department → principal) and a
//    vertical self-score list (claimed, judged in a 其中主观分 column).
// l1 东源县 (河源): 说明; 行政村快递服务核查表 (快递服务方式 “无（到镇取件）” = not covered, √ poor, 居委会 rows); 培训日历 (类别 ×
//    month grid, a cell holds one or more sessions “11日 86人次；25日 40人次”, two-day “18—19日”, 合计 row/column); 站点 grouped
//    under town section rows; 电视新闻播出单 (level only from the channel); hidden 下拉源.
// l2 开平市 (江门): 封面; 脱贫户家庭成员 in household blocks (户 header row merged, member rows; 劳动技能 / 务工状况); 专户交易明细
//    (bank export: 收入 rows, 利息, 手续费 are not disbursements; yyyymmdd text dates); 专栏信息列表 copied from the web list page
//    (title and date in one cell, 置顶 item repeated on page 2, pager rows); 月报报送（粤政易） with an 已撤回 row and a 抄送 to the
//    county government office; hidden Sheet3.
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
let seed = 205205;
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
    assert(/^b205-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b205-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b205-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 江门市江海区: 数据采集卡 + ten ledgers + 目录
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440704";
  const POP = 366400;
  const TOWNS = [["外海街道", 9, 4], ["礼乐街道", 10, 3], ["江南街道", 5, 7]];
  const prefixes = ["外海", "礼乐", "江南", "江海"];
  const vName = nameMaker("麻龙南东西沙大新金高梅长丰永", ["园", "溪", "岗", "洲", "涌", "滘", "围", "边", "坑", "头", "塘", "步"], "村", prefixes);
  const cName = nameMaker("华明康福乐锦翠", ["苑", "湖", "城", "景", "和", "兴", "庭"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 24 && comms.length === 14, "c1 24 + 14");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;

  // ---------------- 村（社区）“两委”换届选举结果 (village list)
  const vRows = [["江海区2021年村（社区）“两委”换届选举结果统计表"], ["报送单位：江海区民政局（区换届办）　　　统计时间：2021年5月10日"],
    ["序号", "街道", "村（居）民委员会名称", "选举日期", "党组织书记", "村（居）委会主任", "是否“一肩挑”", "“两委”成员（人）", "备注"]];
  const vMerges = ["A1:I1", "A2:I2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    let members = 0;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${v}居民委员会` : `${short(v)}村民委员会`;
      const d = randIsoBetween("2021-03-20", "2021-04-25");
      const sec = personName();
      const one = rnd() < 0.85;
      const n = rint(5, 9);
      members += n;
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, nm, dateCell(d, sq), sec, one ? sec : personName(), one ? "是" : "否", n, isC ? null : sq % 7 === 3 ? "村改居试点（未完成，仍为村委会）" : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, null, `${x.t}小计`, null, null, null, null, members, `村委会${x.vs.length}个，居委会${x.cs.length}个`]);
  }
  vRows.push([`全区合计：村民委员会${admin.length}个，社区居民委员会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:I${vRows.length}`);
  for (const r of vRows) padRow(r, 9);

  // ---------------- 邮政合作协议台账 (stations)
  const sh = shuffle(admin);
  const covered = sh.slice(0, 17);
  const uncovered = sh.slice(17);
  const vCut = covered[0];
  const uMonth = uncovered[0];
  const uSept = uncovered[1];
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2020-10-10", "2021-08-25") }));
  ST[0].op = CUT;
  const firstOf = ST.slice(1).sort((a, b) => cmp(a.op, b.op))[0];
  const twoSt = firstOf.v;
  ST.push({ v: twoSt, op: randIsoBetween(isoAdd(firstOf.op, 60), "2021-08-10"), second: true });
  ST.push({ v: towns[2].cs[1], op: randIsoBetween("2020-11-01", "2021-06-30") });
  ST.push({ v: uMonth, op: "2021-09", sign: "2021-08-16" });
  ST.push({ v: uSept, op: "2021-09-06", sign: "2021-07-28" });
  for (const s of ST) if (!s.sign) s.sign = isoAdd(s.op, -rint(12, 45));
  ST.sort((a, b) => cmp(a.sign, b.sign));
  const sRows = [["江海区村级电商服务站点（邮政合作网点）协议台账"], ["说明：站点由区经济促进局与江海邮政分公司合作建设，按协议登记；“挂牌运营日期”为站点实际开业日期，签约日期不是开业日期。"],
    ["序号", "协议编号", "合作网点名称", "所在街道", "所在村（社区）", "签约日期", "挂牌运营日期", "协议期限", "备注"]];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vc = isC ? s.v : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][j % 3];
    let oc;
    if (s.op === CUT) oc = "2021年8月31日";
    else if (s.op === "2021-09") oc = "2021年9月";
    else if (s.op === "2021-09-06") oc = "2021.9.6";
    else oc = dateCell(s.op, j + 1);
    const [y, m] = ymd(s.sign);
    sRows.push([j + 1, `JHYZ-${s.sign.slice(0, 4)}-${pad3(j + 1)}`, `${short(s.v)}${isC ? "社区" : "村"}邮政电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vc,
      dateCell(s.sign, j + 3), oc, `${y}.${m}—${y + 3}.${m}`, s.second ? "同村第二个网点" : s.op > CUT ? "9月挂牌" : isC ? "社区网点" : null]);
  });
  const sMerges = ["A1:I1", "A2:I2"];
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  assert(covSet.size === 17 && ratioGE(17, 24, 70) && !ratioGE(16, 24, 70), "c1 17/24");

  // ---------------- 脱贫人口 (poor persons)
  const plan = shuffle([].concat(Array(28).fill("E"), Array(6).fill("M"), Array(6).fill("N")));
  let xDone = false;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xDone ? true : undefined;
    if (wantX) xDone = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = admin[rint(0, admin.length - 1)];
    let st;
    if (c === "E") st = ["有劳动能力·区内务工", "有劳动能力·在家务农", "弱劳动能力·公益性岗位", "有劳动能力·区内务工", "半劳动能力·在家"][j % 5];
    else if (c === "M") st = j % 2 ? "有劳动能力·外出务工（省外）" : "有劳动能力·外出务工（省内区外）";
    else st = j % 2 ? "丧失劳动能力" : "无劳动能力";
    return { c, id, v, st, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 28 && elig.some((p) => isX(p.id)), "c1 28 eligible with X");
  const pRows = [["江海区脱贫人口（含相对贫困人口）劳动力状况名单"], ["说明：“劳动力状况”一栏“·”前为劳动能力，“·”后为就业情况；弱劳动能力、半劳动能力均属有劳动能力；外出务工指在江海区以外务工。"],
    ["序号", "街道", "村", "姓名", "身份证号码", "劳动力状况", "备注"]];
  persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v)).forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.st, null]));

  // ---------------- 培训班登记 (sessions)
  const TOP = ["农村电商入门", "网店开设与运营", "直播带货实操", "短视频拍摄剪辑", "农产品品牌营销", "电商客服与物流", "社群团购运营", "跨境电商基础", "乡村振兴电商专题"];
  const VEN = ["区电子商务公共服务中心", "外海街道党群服务中心", "礼乐街道党群服务中心", "江南街道文化站", "区职业技术学校"];
  const sess = [];
  let day = "2020-09-16";
  for (let k = 0; k < 13; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-14";
    if (day >= "2021-02-08" && day <= "2021-02-20") day = "2021-02-24";
    const two = k === 6;
    sess.push({ no: k + 1, start: day, end: two ? isoAdd(day, 1) : day, topic: TOP[k % TOP.length], ven: VEN[k % VEN.length], n: rint(170, 280) });
    day = isoAdd(day, rint(24, 29));
  }
  assert(sess[12].end <= "2021-08-20", "c1 13th session by 8/20 " + sess[12].end);
  let diff = 2930 - sum(sess.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % 13) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sess[j].n + st < 140 || sess[j].n + st > 320) continue;
    sess[j].n += st;
    diff -= st;
  }
  const aug = { no: 14, start: CUT, end: CUT, topic: "农产品直播带货进阶", ven: VEN[0], n: 190 };
  const sep = { no: 15, start: "2021-09-09", end: "2021-09-09", topic: "迎检电商知识普及", ven: VEN[0], n: 230 };
  sess.push(aug, sep);
  for (const s of sess) s.plan = Math.ceil(s.n / 50) * 50 + 50;
  const ptCut = sum(sess.filter((s) => s.end <= CUT).map((s) => s.n));
  const planCut = sum(sess.filter((s) => s.end <= CUT).map((s) => s.plan));
  assert(ptCut === 3120 && ratioGE(ptCut, POP, 0.8) && !ratioGE(ptCut, POP, 1), "c1 3120 in [0.8%,1%)");
  assert(!ratioGE(ptCut - aug.n, POP, 0.8) && ratioGE(ptCut - aug.n, POP, 0.6), "c1 without 8/31 < 0.8%");
  assert(ratioGE(planCut, POP, 1), "c1 计划 ≥ 1% " + planCut);

  // ---------------- 脱贫户专场签到 (sign-ins with IDs)
  const poorSess = sess.filter((s) => s.end <= CUT && s !== aug);
  const eligSh = shuffle(elig.filter((p) => !isX(p.id)));
  const xp = elig.find((p) => isX(p.id));
  const trained = [xp].concat(eligSh.slice(0, 19)); // 20
  const augP = trained[4];
  const masked = eligSh[19];
  const septOnly = eligSh[20];
  const twice = trained[9];
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: p === augP ? aug : poorSess[(k * 5) % poorSess.length], id: p.id }));
  {
    const first = TR.find((t) => t.p === twice).s;
    const later = poorSess.filter((s) => s.no > first.no);
    TR.push({ p: twice, s: later.length ? later[later.length - 1] : aug, id: twice.id, note: "第二次参训" });
  }
  TR.push({ p: masked, s: poorSess[3], id: maskId(masked.id), note: "街道代报，身份证号已脱敏" });
  TR.push({ p: septOnly, s: sep, id: septOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  TR.push({ p: migs[0], s: poorSess[2], id: migs[0].id, note: "春节返乡期间参训" });
  TR.push({ p: nols[0], s: poorSess[7], id: nols[0].id, note: "家属陪同" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 20 && ratioGE(20, 28, 70) && !ratioGE(19, 28, 70), "c1 20/28 ≥ 70%, 19/28 < 70%");
  for (const s of sess) {
    s.poorN = TRs.filter((t) => t.s === s).length;
    assert(s.poorN <= s.n, "c1 poor within 实到");
  }
  const sessDate = (s, j) => {
    if (s === aug) return "2021年8月31日";
    if (s === sep) return "2021.9.9";
    if (s.end !== s.start) return rangeText(s.start, s.end, "dot");
    return dateCell(s.start, j);
  };
  const tRows = [["江海区农村电子商务培训班登记表"], ["单位：人　　　说明：“实到人数”以各班签到表为准（即培训人次）；“计划人数”为开班审批时的计划数；脱贫人口学员另附签到名单，已含在实到人数内。"],
    ["期次", "培训班名称", "培训时间", "培训地点", "计划人数", "实到人数", "其中脱贫人口", "承办单位", "备注"]];
  sess.forEach((s, j) => tRows.push([`第${s.no}期`, `江海区${s.topic}培训班`, sessDate(s, j), s.ven, s.plan, j % 4 === 1 ? `${s.n}人` : s.n, s.poorN || null,
    ["江门市某电子商务有限公司（中心运营方）", "区职业技术学校", "江海邮政分公司"][j % 3], s === sep ? "迎检前加开" : s.end !== s.start ? "两天班" : null]));
  tRows.push(["合计", null, null, null, sum(sess.map((s) => s.plan)), sum(sess.map((s) => s.n)), sum(sess.map((s) => s.poorN)), null, "含第15期（9月）"]);
  const tMerges = ["A1:I1", "A2:I2", `A${tRows.length}:D${tRows.length}`];
  const trRows = [["脱贫户学员签到名单（各期汇总）"], ["期次", "培训日期", "姓名", "身份证号", "所在村", "签名", "备注"]];
  TRs.forEach((t) => {
    const idCell = t.p === xp ? t.id.slice(0, 17) + "x" : t.id;
    trRows.push([`第${t.s.no}期`, sessDate(t.s, sess.indexOf(t.s)), t.p.name, idCell, t.p.v, "已签", t.note || null]);
  });
  trRows.push([`注：本名单${TRs.length}人次已含在《培训班登记》实到人数内，不重复统计。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 园区租赁合同台账 (enterprises)
  const FIRMS = [["江门市江海区侨乡优品电子商务有限公司", "平台型电商"], ["江门市江海区礼乐农品网络科技有限公司", "平台型电商"], ["江门市江海区麻园鲜果网店", "网络零售"],
    ["江门市江海区外海陈皮电商商行", "网络零售"], ["江门市江海区江南粮油网店", "网络零售"], ["江门市江海区海鲜汇电子商务有限公司", "网络零售"],
    ["江门市江海区凤凰花电商商行", "网络零售"], ["江门市江海区甘竹食品网店", "网络零售"], ["江门市江海区云帆电商代运营有限公司", "电商代运营"],
    ["江门市江海区众创电商服务有限公司", "电商代运营"], ["江门市江海区新农人网络运营工作室", "电商代运营"], ["江门市江海区速通物流有限公司", "物流仓储"],
    ["江门市江海区冷链仓储服务有限公司", "物流仓储"], ["江门市江海区乡村快递服务有限公司", "物流仓储"], ["江门市江海区潮播直播传媒有限公司", "直播电商"],
    ["江门市江海区禾田供应链管理有限公司", "供应链服务"], ["江门市江海区五邑网络科技有限公司", "平台型电商"], ["江门市江海区龙溪茶业网店", "网络零售"],
    ["江门市江海区乡味电子商务有限公司", "网络零售"], ["江门市江海区优果电商商行", "网络零售"], ["江门市江海区青创直播电商有限公司", "直播电商"],
    ["江门市江海区鲜到家电子商务有限公司", "网络零售"], ["江门市江海区顺达供应链有限公司", "物流仓储"]];
  const firms = FIRMS.map(([n, t], j) => ({ n, t, code: creditCode(REGION), j, ent: randIsoBetween("2020-07-01", "2021-07-20"), left: null }));
  firms[5].ent = "2020-07-01";
  firms[20].ent = "2020-11-16";
  firms[20].left = "2021-04-30";
  firms[21].ent = "2020-12-01";
  firms[21].left = "2021-07-31";
  firms[22].ent = "2021-09-06";
  firms[9].ent = "2020-10-19";
  firms[9].left = "2021-09-30";
  firms[3].ent = "2020-11";
  const LE = [];
  const leaseText = (a, b) => `${dotDate(a)}—${dotDate(b)}`;
  for (const f of firms) {
    const s0 = f.ent.length === 7 ? f.ent + "-01" : f.ent === "2021-09-06" ? "2021-09-01" : f.ent.slice(0, 8) + "01";
    const [y, m] = ymd(s0);
    const e0 = f.j === 5 ? "2021-06-30" : isoAdd(`${y + 3}-${String(m).padStart(2, "0")}-01`, -1);
    LE.push({ f, sign: f.ent === "2021-09-06" ? "2021-08-20" : isoAdd(s0, -rint(5, 20)), lease: leaseText(s0, e0), renew: false });
  }
  LE.push({ f: firms[5], sign: "2021-06-18", lease: "2021.7.1—2024.6.30", renew: true });
  LE.sort((a, b) => cmp(a.sign, b.sign));
  const ROOMS = shuffle([1, 2, 3].flatMap((fl) => Array.from({ length: 12 }, (_, i) => `${fl}${String(i + 1).padStart(2, "0")}`)));
  const roomOf = new Map();
  for (const l of LE) if (!roomOf.has(l.f)) roomOf.set(l.f, ROOMS.pop());
  const eRows = [["江海区电商产业园场地租赁合同台账"], ["说明：“实际入驻日期”以交房确认为准，“退租日期”以退租确认为准；“租赁期限”为合同约定，不是入驻、退租日期；续签合同不是新入驻企业。"],
    ["序号", "合同编号", "承租企业", "统一社会信用代码", "企业类型", "租赁期限", "实际入驻日期", "退租日期", "房号", "备注"]];
  LE.forEach((l, j) => {
    const f = l.f;
    let ec;
    if (l.renew) ec = "—（续签）";
    else if (f.ent === "2020-11") ec = "2020年11月";
    else if (f.ent === "2021-09-06") ec = "2021.9.6";
    else ec = dateCell(f.ent, j);
    const lc = f.left === null || l.renew ? null : f.left === "2021-09-30" ? "2021年9月30日" : dateCell(f.left, j + 2);
    eRows.push([j + 1, `JHDSY-${l.sign.slice(0, 4)}-${pad3(j + 1)}`, f.n, f.code, f.t, l.lease, ec, lc, roomOf.get(f),
      l.renew ? "原合同期满续签" : f.left === "2021-09-30" ? "已提出退租，9月底搬离" : f.left ? "提前退租" : f.ent === "2021-09-06" ? "9月新入驻" : null]);
  });
  const inPark = firms.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 20 in park " + inPark.length);

  // ---------------- 分项目拨付进度 (funds, date + amount in one cell)
  const PROJ = [
    ["区电子商务公共服务中心建设及运营", 1600000, [["2020-11-20", 480000, "a"], ["2021-03-12", 640000, "b"], ["2021-09-10", 480000, "sep"]]],
    ["村级电商服务站点建设", 950000, [["2020-12-25", 285000, "c"], ["2021-04-16", 380000, "d"], ["2021-08-27", 150000, "trap"]]],
    ["农村物流配送体系建设", 800000, [["2021-01-29", 240000, "e"], ["2021-06-25", 320000, "a"]]],
    ["农村电商人才培训", 600000, [["2020-12-25", 180000, "b"], ["2021-05-21", 240000, "c"], ["2021-08-20", 120000, "d"]]],
    ["农产品品牌培育及网络促销", 500000, [["2021-04-16", 200000, "e"], ["2021-07-23", 112000, "a"]]],
    ["农产品溯源及冷链系统", 550000, [["2021-07-09", 165000, "b"]]],
  ];
  const payCell = (d, a, f) => {
    switch (f) {
      case "a": return `${dotDate(d)}／${wan(a)}万元`;
      case "b": return `${cnDate(d)}\n${fmtInt(a)}元`;
      case "c": return `${slashDate(d)} ${wan(a)}万元`;
      case "d": return `${dotDate(d)}拨付${fmtMoney(a)}元`;
      case "e": return `${cnDate(d)}／${wan(a)}万`;
      case "trap": return `${twoDot(d)} 拨${wan(a)}万`;
      case "sep": return `${dotDate(d)}／${wan(a)}万元（9月拨付）`;
      default: throw new Error("payCell");
    }
  };
  const fRows = [["江海区电子商务进农村综合示范项目资金分项目拨付进度表"], ["资金来源：2019年省级电子商务进农村综合示范专项资金（下达500万元）　　　格内为“拨付日期／金额”"],
    ["序号", "项目名称", "合同金额（万元）", "第一次拨付", "第二次拨付", "第三次拨付", "第四次拨付", "累计拨付（万元）", "备注"]];
  const fRecs = [];
  PROJ.forEach(([n, amt, pays], j) => {
    const cells = pays.map(([d, a, f]) => payCell(d, a, f));
    while (cells.length < 4) cells.push(j === 5 && cells.length === 1 ? "未拨付" : null);
    for (const [d, a] of pays) fRecs.push({ date: d, amount: a });
    fRows.push([j + 1, n, wan(amt)].concat(cells, [wan(sum(pays.map((p) => p[1]))), pays.some((p) => p[0] > CUT) ? "含9月拨付" : null]));
  });
  fRows.push(["合计", null, wan(sum(PROJ.map((p) => p[1]))), null, null, null, null, wan(sum(fRecs.map((r) => r.amount))), null]);
  const fMerges = ["A1:I1", "A2:I2", `A${fRows.length}:B${fRows.length}`];
  const spent = sum(fRecs.filter((r) => r.date <= CUT).map((r) => r.amount));
  assert(spent === 3512000 && ratioGE(spent, 5000000, 70) && !ratioGE(spent - 150000, 5000000, 70), "c1 spent 70.24%, without 8/27 < 70%");

  // ---------------- 市商务局月报报送情况通报附表 (counties as columns)
  const CTY = ["蓬江区", "江海区", "新会区", "台山市", "开平市", "鹤山市", "恩平市"];
  const per = monthsBetween("2020-08", "2021-08");
  const rRows = [["江门市商务局电子商务进农村综合示范月报报送情况通报（附表）"], ["表内为报送日期（月.日，为报告期次月，2020年12月报告期为2021年1月）；“逾期”为超过次月5日报送；“未报”为未报送。"],
    ["报告期"].concat(CTY)];
  const jhSends = [];
  per.forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    const row = [cnMonth(m)];
    CTY.forEach((c, ci) => {
      let d = `${nx}-${String(rint(2, 5)).padStart(2, "0")}`;
      let cell;
      if (c === "江海区" && m === "2021-01") {
        d = "2021-02-26";
        cell = "逾期（2.26）";
      } else if (c === "蓬江区" && (m === "2021-01" || m === "2021-04")) {
        cell = "未报";
        d = null;
      } else if (ci === 4 && m === "2020-11") {
        d = `${nx}-12`;
        cell = `逾期（${Number(nx.slice(5))}.12）`;
      } else cell = `${Number(d.slice(5, 7))}.${Number(d.slice(8))}`;
      if (c === "江海区") jhSends.push(d);
      row.push(cell);
    });
    rRows.push(row);
  });
  rRows.push(["注：各县（市、区）月报应于次月5日前报送，并附电商扶贫统计表。"]);
  const rMerges = ["A1:H1", "A2:H2", `A${rRows.length}:H${rRows.length}`];
  const repMonths = inWindowMonths(jhSends.filter((d) => d && d <= CUT));
  assert(repMonths === 12, "c1 report months " + repMonths);

  // ---------------- 专栏更新记录 (disclosures)
  const U = [["2020-07-15", "江海区电子商务进农村综合示范创建工作方案", "工作方案"], ["2020-07-15", "江海区电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-07-20", "关于公布电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of WINDOW) {
    if (m === "2021-01" || m === "2021-02") continue;
    U.push([`${m}-${String(rint(6, 25)).padStart(2, "0")}`, `江海区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`, "建设进度"]);
  }
  U.push(["2021-09-03", "江海区电子商务进农村综合示范项目建设进度（2021年8月）", "建设进度"]);
  const uRows = [["区政府门户网站“电子商务进农村”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目", "链接"]];
  U.forEach(([d, t, c], j) => uRows.push([j + 1, dateCell(d, j + 2), t, c, `http://www.jianghai.gov.cn/zwgk/dsnc/content/post_${2140000 + j * 137}.html`]));
  const disMonths = inWindowMonths(U.map((u) => u[0]).filter((d) => d <= CUT));
  assert(disMonths === 10, "c1 disclosure months " + disMonths);

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-11-18", "江门日报", "市级", "报纸", "江海区首批村级电商服务站挂牌", "否"], ["2021-03-26", "南方日报", "省级", "报纸", "江海：电商进村 陈皮鲜果搭上快车", "否"],
    ["2021-06-10", "江门广播电视台《江门新闻》", "市级", "电视", "江海区脱贫户直播卖海鲜", "是"], ["2021-09-02", "“江海发布”微信公众号", "区级", "网络", "江海区电商进农村示范创建迎检侧记", "否"]];
  const mRows = [["江海区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-02" ? "2021.9.2" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "备注"],
    [1, "2021年9月8日", "《江海区“电商＋侨乡特产”助农增收的做法》", "江门市商务局", "粤政易报送"],
    [2, "2021.9.13", "《江海区村级电商服务站“邮政＋电商”共建经验》", "广东省商务厅（经江门市商务局转报）", null]];

  // ---------------- 数据采集卡 (facts, one card per department)
  const W = 6;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:F${fr.length}`);
  };
  const hdr = (h) => {
    fr.push(padRow(h, W));
    fm.push(`E${fr.length}:F${fr.length}`);
  };
  const item = (no, label, unit, value, note) => {
    fr.push([no, label, unit, value, note || null, null]);
    fm.push(`E${fr.length}:F${fr.length}`);
  };
  full("江海区电子商务进农村综合示范创建考评数据采集卡（汇总）");
  full("说明：各成员单位按分工各填一张卡片，数据统一截至2021年8月31日；计量单位以各行“计量单位”为准。");
  fr.push(padRow([], W));
  full("【卡片一】填报部门：区统计局　　填报人：李××　　填报日期：2021.9.2");
  hdr(["序号", "指标", "计量单位", "数值", "数据来源及说明"]);
  item(1, "常住人口", "万人", 36.64, "第七次全国人口普查");
  item(2, "户籍人口", "万人", 28.91, "公安户籍统计，仅供参考");
  item(3, "2019年农村网络零售额", "亿元", 3.12, "省商务厅电商监测平台");
  item(4, "2020年农村网络零售额", "亿元", 3.98, "同上");
  item(5, "2019年农产品网络零售额", "万元", "5,600", "同上");
  item(6, "2020年农产品网络零售额", "万元", "7,400", "同上");
  fr.push(padRow([], W));
  full("【卡片二】填报部门：区民政局　　填报人：黄××　　填报日期：2021.9.1");
  hdr(["序号", "指标", "计量单位", "数值", "数据来源及说明"]);
  item(1, "行政村（村民委员会）", "个", admin.length, "2021年换届后");
  item(2, "社区（居民委员会）", "个", comms.length, "不属行政村");
  fr.push(padRow([], W));
  full("【卡片三】填报部门：区乡村振兴局　　填报人：梁××　　填报日期：2021.9.2");
  hdr(["序号", "指标", "计量单位", "数值", "数据来源及说明"]);
  item(1, "省定贫困村", "个", 0, "我区无省定贫困村");
  item(2, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 28, "见《脱贫人口》名单");
  item(3, "参加电商培训的建档立卡贫困人口（按身份证号去重）", "人", 20, "见《脱贫户签到》名单");
  fr.push(padRow([], W));
  full("【卡片四】填报部门：区委办（领导小组办公室设在区经济促进局）　　填报人：陈××　　填报日期：2021.9.1");
  hdr(["序号", "指标", "计量单位", "数值", "数据来源及说明"]);
  item(1, "领导小组组长", "—", "区委常委、常务副区长", "江海办〔2020〕9号");
  item(2, "领导小组副组长", "—", "区政府办副主任、区经济促进局局长", null);
  item(3, "成员单位", "—", "区经济促进局（区商务局）、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、江海邮政分公司", null);
  fr.push(padRow([], W));
  full("【卡片五】填报部门：区经济促进局（区商务局）　　填报人：吴××　　填报日期：2021.9.3");
  hdr(["序号", "指标", "计量单位", "数值", "数据来源及说明"]);
  const C5 = [["示范创建工作方案", "—", "已印发", "江海府办函〔2020〕37号"], ["农村电商扶持政策", "—", "已出台", "《江海区促进农村电子商务发展扶持办法》"],
    ["县级电子商务公共服务中心投入运营日期", "—", "2020年12月28日", null], ["中心免费培训场所及设备", "—", "有", null], ["中心免费展示、销售特色农产品", "—", "有", null],
    ["中心免费摄影、美工服务", "—", "有", null], ["组织农产品统一推广、指导品牌建设", "—", "有", null], ["其他衍生增值服务", "—", "有", "代运营、直播间、金融对接"],
    ["电商产业园", "—", "已建成", "整合原江海电商创业园"], ["专业第三方运营服务商", "—", "有", "公开招标确定"], ["行政村物流快递覆盖率", "%", 100, "区邮政分公司证明"],
    ["电商培训人次", "人次", "3,120", "截至8月31日，以签到表为准"],
    ["专栏公示：创建方案", "—", "已公示", null], ["专栏公示：项目基本信息", "—", "已公示", null], ["专栏公示：项目建设进度", "—", "已公示", "2021年1、2月未更新"],
    ["专栏公示：监督举报窗口", "—", "已设立", "监督举报电话"], ["能否统计电商扶贫情况", "—", "能", "月报附电商扶贫统计表"], ["项目总体进度", "%", 88, null],
    ["创建期间发生安全生产、质量事故或重大损失", "—", "无", null], ["弄虚作假情况", "—", "无", null]];
  C5.forEach(([l, u, v, n], j) => item(j + 1, l, u, v, n));
  fr.push(padRow([], W));
  full("【卡片六】填报部门：区财政局　　填报人：谭××　　填报日期：2021.9.2　　（金额单位：万元）");
  hdr(["序号", "指标", "计量单位", "数值", "数据来源及说明"]);
  item(1, "省级专项资金下达", "万元", 500, "粤商务电函〔2019〕29号");
  item(2, "累计拨付", "万元", wan(spent), "截至2021年8月31日");
  item(3, "专项资金管理制度", "—", "已制定", "江海财〔2020〕18号");
  item(4, "资金专用台账", "—", "已建立", null);
  fr.push(padRow([], W));
  full("【卡片七】自评分（区经济促进局汇总）　　填报日期：2021.9.6");
  fr.push(padRow(["序号", "评价指标", "分值", "自评分", "其中主观评分项"], W));
  fm.push(`E${fr.length}:F${fr.length}`);
  const SC = [["组织领导", 2, 2, null, "org.leadership"], ["方案制定", 2, 2, "2分", "org.plan"], ["政策支持", 2, 2, "2分", "org.policy"],
    ["项目管理", 4, 3, "制度2分、台账1分", "org.management"], ["服务体系建设（县级中心与产业园）", 15, 15, null, "work.center"],
    ["服务体系建设（村级站点覆盖）", 10, 10, null, "work.coverage"], ["农村产品上行", 10, 8, "调研1分、促销2分、标准与冷链溯源1分", "work.upward"],
    ["电商人才培训", 20, 20, null, "work.training"], ["信息公开", 4, 4, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"],
    ["案例总结", 2, 2, null, "promo.cases"], ["经验推广", 8, 7, null, "promo.media"], ["制度建立", 5, 4, "4分", "fund.system"],
    ["资金台账", 5, 4, "4分", "fund.ledger"], ["资金支出", 5, 4, "及时拨付4分", "fund.spending"],
    ["加分项：贫困人口培训率≥70%", 2, 2, null, "bonus.poorTraining"], ["加分项：电商扶贫典型案例电视播报", 2, 1, null, "bonus.tvCase"]];
  const claimed = {};
  SC.forEach(([n, w, p, sub, id], j) => {
    fr.push([j + 1, n, w, p, sub, null]);
    fm.push(`E${fr.length}:F${fr.length}`);
    claimed[id] = p;
  });
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 93, "c1 claimed " + claimedScored);
  fr.push([null, "合计", 100, `${claimedScored}＋3`, "加分项3分", null]);
  fm.push(`E${fr.length}:F${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 card width");

  const toc = [["江海区电子商务进农村综合示范创建考评台账　目录"], ["序号", "表名", "提供单位"], [1, "数据采集卡", "各成员单位"], [2, "村居换届结果", "区民政局"],
    [3, "站点协议台账", "区经济促进局、江海邮政分公司"], [4, "培训班登记", "区经济促进局"], [5, "脱贫户签到", "区经济促进局"], [6, "脱贫人口", "区乡村振兴局"],
    [7, "园区租赁合同", "电商产业园运营方"], [8, "分项目拨付", "区财政局"], [9, "市局通报", "江门市商务局"], [10, "专栏更新", "区政务服务数据管理局"],
    [11, "宣传报道", "区委宣传部"], [12, "经验材料", "区经济促进局"]];

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 24, 70) ? 5 : 0) + 5;
  const trainPts = (ratioGE(ptCut, POP, 1) ? 10 : ratioGE(ptCut, POP, 0.8) ? 8 : ratioGE(ptCut, POP, 0.6) ? 6 : 0) + (ratioGE(trainedCut.size, 28, 50) ? 10 : 0);
  assert(centerPts === 15 && covPts === 10 && trainPts === 18, "c1 pts " + [centerPts, covPts, trainPts]);
  assert((398 - 312) * 10 < 3 * 312 && (7400 - 5600) * 10 >= 3 * 5600, "c1 growth");
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 1 + 2 + 1 + 1 + 1 + 2, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1),
    "info.reporting": (repMonths === 12 ? 3 : 1) + 3, "promo.cases": 0, "promo.media": 4 + 3, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, 5000000, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 28, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 87 && bonus === 2, "c1 total " + scored + "+" + bonus);
  const lateFirm = firms[9];
  const derivation = [
    "org.leadership: 卡片四 组长“区委常委、常务副区长”——常务副区长是副区长（分管领导），不是区长；成员单位四类齐全也只能按分管领导牵头 → 1（自评2）",
    "org.plan: 卡片五 工作方案“已印发”（江海府办函〔2020〕37号），卡片七 方案制定“2分” → 2",
    "org.policy: 扶持政策“已出台”，卡片七“2分” → 2",
    "org.management: 卡片七“制度2分、台账1分” → 3",
    `work.center: 中心2020年12月28日投入运营 → 建成2；早于2021-02-28 → 运行满6个月2；免费培训、展示销售、摄影美工、品牌推广、其他增值服务都“有” → 2+1+1+1+1；产业园“已建成” → 2；《园区租赁合同》按信用代码：23家企业（“${firms[5].n}”原合同和续签合同两行是一家），“${firms[20].n}”2021-04-30、“${firms[21].n}”2021-07-31退租不算，“${firms[22].n}”2021.9.6入驻不算，“${lateFirm.n}”退租日期2021年9月30日在截止日后仍在园，租赁期限不是入驻／退租日期 → 20家 → 2；类型有平台型电商、网络零售、电商代运营、物流仓储等 → 1；合计15`,
    `work.coverage: 《村居换届结果》按名称后缀：村民委员会24个（社区居民委员会14个和各街道小计行不算；“村改居试点（未完成，仍为村委会）”的仍是村）；《站点协议台账》看“挂牌运营日期”（不看签约日期）：截止日前有站的行政村17个（“${vCut}”2021年8月31日挂牌算；“${twoSt}”第二个网点只算一次；社区网点不算；“${uMonth}”8月签约、“2021年9月”挂牌，“${uSept}”7月签约、2021.9.6挂牌，都不算） → 17/24 = 70.8% ≥ 70% → 5（少了8月31日那站是16/24 = 66.7%，只得2）；全区无省定贫困村（卡片三“0”，村居表也没有贫困村） → 无省定贫困村 → 5（附警告）；合计10`,
    "work.upward: 网销调研1、网络促销2、交易标准与冷链溯源1（卡片七）；第三方运营服务商“有” → 1；村居表没有快递列，按卡片五“行政村物流快递覆盖率100%” → 1；农村网零3.12→3.98亿元增长27.6%不到30%，农产品网零5,600→7,400万元增长32.1% ≥ 30% → 2；合计8",
    `work.training: 《培训班登记》读“实到人数”（不是计划人数），截止日前第1—14期合计${fmtInt(ptCut)}人次（第14期2021年8月31日190人算；第15期2021.9.9不算；“${rangeText(sess[6].start, sess[6].end, "dot")}”两天班按结束日；合计行不另加；《脱贫户签到》已含在实到人数里不另加）；常住人口36.64万 → ${fmtInt(ptCut)}/366,400 = 0.85%，在0.8%—1%之间 → 8（按计划人数${fmtInt(planCut)}会误算到1%以上；漏掉8月31日那期只有2,930 = 0.7997% → 6）；《脱贫人口》“劳动力状况”拆开读：有劳动能力（含弱、半劳动能力）且不是外出务工的28人；《脱贫户签到》截止日前身份证号对上的20人（末位小写x按X对；一人两次算一次；8月31日那期一人算；脱敏号码对不上不算；“${septOnly.name}”只参加9月9日一期不算；外出务工一人、无劳动能力一人不在28人内） → 20/28 = 71.4% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 卡片五 创建方案、项目基本信息、建设进度已公示，监督举报窗口已设立 → 2；《专栏更新》2020年9月—2021年8月有10个月有更新（2021年1、2月没有；9月3日那条不算） → 不定时1；合计3（自评4）",
    "info.reporting: 《市局通报》只看“江海区”一列：报告期2020年8月—2021年7月的月报分别在2020年9月—2021年8月报送（2020年12月报告期“1.x”是2021年1月；2021年1月报告期“逾期（2.26）”迟报但仍是2月报送），12个月每月都有 → 3（蓬江区一列的“未报”不是本区的）；卡片五“能统计电商扶贫情况：能” → 3；合计6",
    "promo.cases: 《经验材料》两份都在截止日后报送（2021年9月8日、2021.9.13） → 0（自评2）",
    "promo.media: 截止日前南方日报（省级） → 4；江门日报、江门广播电视台（市级） → 3；“江海发布”（区级）2021.9.2在截止日后不算 → 7",
    "fund.system: 卡片七“4分” → 4",
    "fund.ledger: 卡片七“4分” → 4",
    `fund.spending: 《分项目拨付》每格拆成日期和金额：截止日前${fmtMoney(spent)}元（2021.9.10的48万元不算；“21.8.27 拨15万”是2021年8月27日150,000元要算；累计列、合计行不另加） → ${fmtMoney(spent)}/5,000,000 = 70.24% ≥ 70% → 及时拨付自评4 → 4（漏了8月27日那笔只有67.24%，要扣5分）`,
    "bonus.poorTraining: 贫困人口培训率20/28 = 71.4% ≥ 70% → 2",
    "bonus.tvCase: 电商扶贫典型案例只在江门广播电视台（市级电视）播出，不是国家或省级电视 → 0（自评1）",
    "veto.incident: 卡片五 安全生产、质量事故“无” → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "江门市江海区经济促进局（区商务局）整本考评工作簿（目录＋数据采集卡＋11个台账），87＋加分2＝89分、未否决（自评93＋3）：事实表《数据采集卡》是各成员单位一张卡片自上而下排（卡片标题行写填报部门、填报人、日期，各卡自带表头 序号｜指标｜计量单位｜数值｜来源及说明，财政卡金额为万元，组长“区委常委、常务副区长”是分管领导，最后一张卡是自评分），台账多是借来的表：区民政局的村（社区）“两委”换届选举结果（类型只能看“村民委员会／社区居民委员会”后缀，每街道小计行，全区无省定贫困村），邮政合作协议台账（读挂牌运营日期不读签约日期，8月31日挂牌一站决定17/24），培训班登记（读实到人数不读计划人数，8月31日一期决定0.8%档），脱贫户签到和“劳动力状况”一格两义的脱贫人口名单（20/28含8月31日一人 → 加分），园区租赁合同台账（租赁期限不是入驻退租，续签行是同一家，正好20家），分项目拨付进度表（一格里写“日期／金额”，“21.8.27 拨15万”决定70%），江门市商务局通报附表（七个县区各一列，只读江海区），专栏、宣传报道和全在9月的经验材料。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "数据采集卡", rows: fr, merges: fm },
      { name: "村居换届结果", rows: vRows, merges: vMerges },
      { name: "站点协议台账", rows: sRows, merges: sMerges },
      { name: "培训班登记", rows: tRows, merges: tMerges },
      { name: "脱贫户签到", rows: trRows, merges: trMerges },
      { name: "脱贫人口", rows: pRows, merges: ["A1:G1", "A2:G2"] },
      { name: "园区租赁合同", rows: eRows, merges: ["A1:J1", "A2:J2"] },
      { name: "分项目拨付", rows: fRows, merges: fMerges },
      { name: "市局通报", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 湛江市赤坎区: 《创建情况一览表》 in horizontal bands
// =====================================================================================================
function buildF1() {
  const W = 14;
  const last = colName(W - 1);
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:${last}${rows.length}`);
  };
  full("赤坎区电子商务进农村综合示范创建情况一览表");
  full("填报单位：湛江市赤坎区商务局　　　统计截至：2021.8.31　　　打印日期：2021.9.6");
  // band 1: label row / value row / unit row / note row
  full("一、基本数据");
  const B1 = [
    ["常住人口", "30.38", "万人", "七普"],
    ["户籍人口", 27.51, "万人", "公安户籍，不作考评"],
    ["行政村", 9, "个", null],
    ["社区", 73, "个", "不计入行政村"],
    ["省定贫困村", "0", "个", "无省定贫困村"],
    ["2019年农村网络零售额", 2.47, "亿元", "省商务厅监测"],
    ["2020年农村网络零售额", 3.26, "亿元", "省商务厅监测"],
    ["2020年农产品网络零售额同比增速", 36.2, "%", "2019年未单独统计"],
    ["电商培训人次", "2,456", "人次", "截至8月31日"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", 132, "人", "区乡村振兴局核定"],
    ["参训建档立卡贫困人口", 71, "人", "按身份证号去重"],
    ["省级专项资金下达", "500", "万元", null],
    ["累计拨付", "3,905,600.00", "元", "截至8月31日"],
  ];
  assert(B1.length === W - 1, "f1 band1 width");
  for (const [k, idx] of [["项目", 0], ["数值", 1], ["单位", 2], ["说明", 3]]) rows.push([k].concat(B1.map((b) => b[idx])));
  rows.push(padRow([], W));
  // band 2: center service matrix
  full("二、区电子商务公共服务中心（2020年11月26日揭牌投入运营；运营单位：湛江市赤坎区南粤电子商务服务有限公司，经公开招标确定的专业第三方运营服务商）");
  const m2 = (a, b, c, d, e) => {
    rows.push(padRow([a, null, null, b, c, null, d, e], W));
    const r = rows.length;
    merges.push(`A${r}:C${r}`, `E${r}:F${r}`, `H${r}:${last}${r}`);
  };
  m2("服务项目", "是否提供", "收费方式", "开始提供时间", "说明");
  m2("电商培训（场地、电脑、直播设备）", "✔", "免费", dotDate("2020-11-26"), "每月不少于2期");
  m2("农特产品展示、销售", "✔", "免费", "2020年11月", "展厅120平方米，线上店铺代销");
  m2("产品摄影", "✔", "免费", "2020年12月", null);
  m2("美工设计（主图、详情页）", "✔", "按件收费（50元/张）", "2020年12月", "脱贫户、合作社减半");
  m2("区域公用品牌统一推广、品牌建设指导", "✔", "免费", "2021年1月", "“赤坎好物”");
  m2("网店代运营", "✔", "按合同收费", "2021年3月", null);
  m2("直播间使用", "✔", "免费（预约）", "2021年3月", null);
  m2("金融、法律咨询对接", "✘", "—", "—", "计划2021年底前引入");
  rows.push(padRow([], W));
  // band 3: paired label|value rows
  full("三、组织保障、制度建设及信息公开");
  const pair = (a, b, c, d) => {
    rows.push(padRow([a, null, null, b, null, null, null, c, null, null, d], W));
    const r = rows.length;
    merges.push(`A${r}:C${r}`, `D${r}:G${r}`, `H${r}:J${r}`, `K${r}:${last}${r}`);
  };
  pair("领导小组组长", "区委副书记、区长", "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区住房城乡建设局、湛江邮政赤坎分公司");
  pair("示范工作方案", "已印发（湛赤府办〔2020〕21号）", "支持农村电商发展政策", "未出台（《扶持办法》起草中）");
  pair("电商产业园", "无（中心内设创业孵化区）", "行政村物流快递覆盖率", "100%");
  pair("专项资金管理制度", "已制定", "资金专用台账", "已建立");
  pair("能否统计电商扶贫情况", "能", "项目总体进度", "86%");
  pair("安全生产、质量事故", "无", "弄虚作假", "无");
  rows.push(padRow(["政府网站专栏公示", null, null, "创建方案", "✔", null, "项目基本信息", "✔", null, "建设进度", "✔", "征求意见／监督举报窗口", null, "✘"], W));
  merges.push(`A${rows.length}:C${rows.length}`, `L${rows.length}:M${rows.length}`);
  rows.push(padRow([], W));
  // band 4: judged strip with a range row above the scores
  full("四、主观评分项自评");
  const J = [["方案制定", "1—2分", 2], ["政策支持", "1—2分", "—"], ["项目管理制度", "1—2分", 2], ["工作台账", "1—2分", 1], ["网销调研", "1—2分", 1],
    ["网络促销", "1—2分", 2], ["交易标准及冷链溯源", "1—2分", 1], ["资金管理制度", "1—5分", 4], ["资金台账", "1—5分", 4], ["资金及时拨付", "1—5分", 4]];
  rows.push(padRow(["评分项"].concat(J.map((j) => j[0])), W));
  rows.push(padRow(["分值范围"].concat(J.map((j) => j[1])), W));
  rows.push(padRow(["自评分"].concat(J.map((j) => j[2])), W));
  rows.push(padRow(["注：政策未出台，政策支持不自评。"], W));
  merges.push(`A${rows.length}:${last}${rows.length}`);
  rows.push(padRow(["填表人：麦××", null, null, null, "审核人：区商务局局长 林××", null, null, null, "联系电话：0759-33xxxxx"], W));
  merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:H${rows.length}`, `I${rows.length}:${last}${rows.length}`);
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "湛江赤坎区商务局的《创建情况一览表》（横向打印）：分四条横带——一、基本数据是“项目｜数值｜单位｜说明”四行横排（单位在数值下面一行：常住人口“30.38”＋“万人”，累计拨付“3,905,600.00”＋“元”，农产品网零增速36.2＋“%”，户籍人口和社区不是考评项）；二、公共服务中心是 服务项目｜是否提供｜收费方式｜开始提供时间｜说明 的矩阵，投入运营日期2020年11月26日和第三方运营只写在带标题里（各项“开始提供时间”不是运营日期），美工设计按件收费 → 免费摄影美工为否，代运营、直播间 → 有其他增值服务，金融对接✘；三、成对的“标签｜值”行（区长任组长、四部门齐全，政策“未出台”，产业园“无”）和一行专栏公示✔／✘（监督举报窗口✘）；四、主观评分项一条横排，“分值范围”一行在自评分上面，政策支持“—”未自评。",
    sheets: [{ name: "一览表", rows, merges }],
    expect: {
      facts: {
        county: "赤坎区", asOf: "2021-08-31", residentPopulation: 303800, adminVillagesStated: 9, poorVillagesStated: 0,
        ruralRetail2019: 247000000, ruralRetail2020: 326000000, agriRetailGrowthStated: 0.362, trainingPersonTimesStated: 2456,
        eligiblePoorPersonsStated: 132, trainedPoorPersonsStated: 71, fundAllocated: 5000000, fundSpentStated: 3905600,
        centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true,
        thirdPartyOperator: true, planIssued: true, policyIssued: false, parkBuilt: false, expressCoverage: true,
        fundSystemIssued: true, fundLedgerKept: true, povertyStatisticsStated: true, overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 珠海市香洲区: 考评档案《卷内文件目录》
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  full("香洲区电子商务进农村综合示范创建考评档案");
  full("卷 内 文 件 目 录");
  rows.push(["档号：XZSW·DS-2021-001", null, null, "案卷题名：2019年省级电子商务进农村综合示范创建考评材料（数据截至2021年8月31日）", null, "保管期限：30年", null]);
  merges.push(`A${rows.length}:C${rows.length}`, `D${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  rows.push(["序号", "文号", "责任者", "题名", "日期", "页号", "备注"]);
  const F = [
    ["珠香府办函〔2020〕8号", "香洲区人民政府办公室", "关于成立香洲区电子商务进农村综合示范创建工作领导小组的通知", "20200316", "1-4",
      "组长：区委副书记、区长；成员单位：区科技和工业信息化局（区商务局）、区财政局、区农业农村局、区乡村振兴局等"],
    ["珠香府办〔2020〕12号", "香洲区人民政府办公室", "关于印发香洲区电子商务进农村综合示范工作方案的通知", "20200428", "5-22", null],
    ["珠香府〔2020〕19号", "香洲区人民政府", "关于印发《香洲区促进农村电子商务发展若干措施》的通知", "20200715", "23-30", null],
    ["香商〔2020〕31号", "香洲区商务局", "关于印发香洲区电子商务进农村综合示范专项资金管理办法的通知", "20200610", "31-38", null],
    [null, "香洲区统计局", "关于香洲区常住人口数据的说明（第七次全国人口普查常住人口145.31万人）", "20210628", "39-40", null],
    [null, "香洲区民政局", "香洲区村（居）民委员会名册（行政村25个，社区居委会118个）", "20210705", "41-48", null],
    [null, "香洲区乡村振兴局", "关于我区无省定贫困村的说明", "20210706", "49", null],
    [null, "香洲区商务局", "香洲区电子商务公共服务中心投入运营情况说明（2020年12月16日起正式投入运营）", "20201218", "50-53", "附揭牌仪式照片4张"],
    [null, "中心运营单位", "中心免费服务项目清单（电商培训场地设备、农产品展示销售、摄影美工、品牌推广指导，均免费）", "20210110", "54-56", null],
    [null, "中心运营单位", "中心增值服务（网店代运营、直播带货、金融对接）服务清单及收费标准", "20210110", "57-58", null],
    ["香商〔2020〕45号", "香洲区商务局", "关于公布区电子商务公共服务中心第三方运营服务商招标结果的通知", "20200908", "59-62", "中标单位为专业电商运营服务商"],
    [null, "香洲区商务局", "香洲区电商产业园（整合前山电商创业园）授牌文件及入驻企业名单", "20210301", "63-70", null],
    [null, "珠海市邮政管理局", "关于香洲区行政村快递服务全覆盖的证明", "20210820", "71", null],
    [null, "香洲区统计局", "香洲区农村网络零售额统计（2019年18.42亿元，2020年22.96亿元）", "20210310", "72-73", "农产品网络零售额未单独统计"],
    [null, "香洲区商务局", "电商培训台账汇总表（截至2021年8月31日累计培训3,218人次）", "20210903", "74-96", null],
    [null, "香洲区乡村振兴局", "建档立卡贫困人口参加电商培训情况（有劳动能力且未外出务工86人，参训52人）", "20210903", "97-104", "按身份证号去重"],
    [null, "香洲区政务服务数据管理局", "区政府网站“电子商务进农村”专栏截图（创建方案、项目基本信息、建设进度、监督举报电话）", "20210901", "105-112", null],
    [null, "香洲区商务局", "向珠海市商务局报送月报记录（每月附电商扶贫统计表）", "20210902", "113-130", null],
    ["粤商务电函〔2019〕29号", "广东省商务厅", "关于下达2019年促进经济高质量发展专项资金（内贸方向省级电子商务进农村综合示范）项目计划的通知（香洲区500万元）", "20190819", "131-140", null],
    [null, "香洲区财政局", "专项资金拨付凭证汇总（截至2021年8月31日累计拨付4,126,300.00元）", "20210902", "141-168", null],
    [null, "香洲区商务局", "专项资金专用台账", "20210902", "169-180", "各承建单位均已建立资金专用台账"],
    [null, "香洲区商务局", "项目建设进度情况（截至2021年8月31日总体进度91%）", "20210903", "181-184", null],
    [null, "香洲区商务局", "关于创建期间未发生安全生产、质量事故和重大损失的承诺书", "20210903", "185", null],
    [null, "香洲区商务局", "香洲区电子商务进农村综合示范创建自评报告（自评93分）", "20210906", "186-210", null],
  ];
  F.forEach((f, j) => rows.push([j + 1].concat(f)));
  rows.push(padRow([], W));
  full("卷 内 备 考 表");
  full(`本卷情况说明：本卷共${F.length}件，210页，其中照片4张。第8件日期为情况说明的成文日期。`);
  rows.push(["立卷人：郑××", null, "检查人：何××", null, "立卷时间：2021年9月7日", null, null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:G${rows.length}`);
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "珠海香洲区商务局把考评档案的《卷内文件目录》当事实表交来（档案格式：标题、“卷 内 文 件 目 录”、档号｜案卷题名（含“数据截至2021年8月31日”）｜保管期限一行，表头 序号｜文号｜责任者｜题名｜日期｜页号｜备注，末尾“卷内备考表”和立卷人行）：事实都在各件文件的题名和备注里——领导小组通知的备注写组长区长、四类部门（区科工信局加挂区商务局），方案、政策、资金管理办法都以“印发”通知归档，常住人口145.31万人、行政村25个、无省定贫困村、中心“2020年12月16日起正式投入运营”（日期栏20201218是说明的成文日期，不是运营日期）、免费服务四项和收费的增值服务、第三方招标结果、产业园授牌、快递全覆盖证明、2019／2020年农村网零（农产品网零未单独统计）、培训3,218人次、86人／52人、专栏四项、月报附扶贫统计表、下达500万元、累计拨付4,126,300.00元、专用台账、进度91%、无安全事故承诺；日期栏是八位数字档案日期，页号“1-4”“131-140”是页码范围不是日期；自评报告只有总分，没有分项自评。",
    sheets: [{ name: "卷内目录", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 1453100, adminVillagesStated: 25, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, fundSystemIssued: true, centerOpened: "2020-12-16", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: true, thirdPartyOperator: true, parkBuilt: true, expressCoverage: true,
        ruralRetail2019: 1842000000, ruralRetail2020: 2296000000, trainingPersonTimesStated: 3218, eligiblePoorPersonsStated: 86,
        trainedPoorPersonsStated: 52, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4126300, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 广州市白云区: 分镇街主要指标 (全区 row on top) + 其他情况 + 自评得分
// =====================================================================================================
function buildF3() {
  const W = 10;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:J${rows.length}`);
  };
  full("白云区电子商务进农村综合示范创建主要指标完成情况（分镇街）");
  full("填报单位：广州市白云区商务局　　　数据截至：2021年8月31日");
  full("一、分镇街指标");
  rows.push(["镇（街）", "行政村", "社区", "村级电商服务站点", "站点覆盖行政村", "电商培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", "参训建档立卡贫困人口", "行政村快递覆盖率", "备注"]);
  rows.push([null, "（个）", "（个）", "（个）", "（个）", "（人次）", "（人）", "（人）", "（%）", null]);
  const T = [
    ["钟落潭镇", 36, 8, 31, 29, 1346, 98, 61, "100%", null],
    ["人和镇", 26, 7, 22, 21, 1108, 64, 40, "100%", null],
    ["太和镇", 24, 9, 19, 18, 962, 57, 33, "100%", null],
    ["江高镇", 25, 8, 20, 19, 1015, 49, 30, "100%", null],
    ["其他街道（7个）", 7, 254, 6, 5, 386, 11, 6, "100%", "龙归、均禾、石门等街道"],
    ["区级集中培训（不分镇街）", "—", "—", "—", "—", 1824, "—", "—", "—", "区电商公共服务中心举办"],
  ];
  const num = (x) => (typeof x === "number" ? x : 0);
  const tot = [1, 2, 3, 4, 5, 6, 7].map((i) => sum(T.map((t) => num(t[i]))));
  rows.push(["全区", ...tot.map((x, i) => (i === 4 ? fmtInt(x) : x)), "100%", "含区级集中培训"]);
  rows.push(padRow(["其中："], W));
  for (const t of T) rows.push(t);
  const [adminN, , , , pt, elig, trained] = tot;
  assert(adminN === 118 && pt === 6641 && elig === 279 && trained === 170, "f3 totals " + tot);
  rows.push(padRow([], W));
  full("二、其他情况");
  const kv = (a, b, c) => {
    rows.push(padRow([a, null, null, b, null, null, c], W));
    const r = rows.length;
    merges.push(`A${r}:C${r}`, `D${r}:F${r}`, `G${r}:J${r}`);
  };
  kv("项目", "情况", "说明");
  kv("常住人口", "374.3万人", "第七次全国人口普查；培训人次按50万人计算基数");
  kv("省定贫困村", "无", null);
  kv("领导小组组长", "区委副书记、区长", "副组长：分管副区长");
  kv("领导小组成员单位", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局、区邮政管理办", null);
  kv("示范创建工作方案", "已印发", "云府办〔2020〕22号");
  kv("支持农村电商发展政策", "已出台", "《白云区促进农村电子商务发展若干措施》");
  kv("县级电子商务公共服务中心投入运营日期", D("2020-10-30"), null);
  kv("免费培训场所、培训设备", "有", null);
  kv("免费展示、销售特色农产品", "有", null);
  kv("免费摄影、美工服务", "有", null);
  kv("农产品统一推广、品牌建设指导", "有", null);
  kv("其他衍生增值服务", "有", "代运营、供应链金融");
  kv("电商产业园", "已整合", "整合白云电商产业园（江高）");
  kv("专业第三方运营服务商", "有", null);
  kv("2019年农村网络零售额", "41.6亿元", null);
  kv("2020年农村网络零售额", "52.3亿元", null);
  kv("2020年农产品网络零售额同比增速", "33.8%", null);
  kv("专栏公示内容", "创建方案、项目基本信息、建设进度、监督举报电话", null);
  kv("能否统计电商扶贫情况", "能", null);
  kv("省级专项资金下达", "500万元", null);
  kv("累计拨付", "4,286,500元", "拨付率85.7%");
  kv("资金管理制度", "已制定", null);
  kv("资金专用台账", "已建立", null);
  kv("项目总体进度", "93%", null);
  kv("安全生产、质量事故", "未发生", null);
  kv("弄虚作假", "无", null);
  rows.push(padRow([], W));
  full("三、自评得分");
  const sc = (a, b, c, d) => {
    rows.push(padRow([a, null, null, b, c, d], W));
    const r = rows.length;
    merges.push(`A${r}:C${r}`, `F${r}:J${r}`);
  };
  sc("评价指标", "满分", "自评得分", "其中主观评分项");
  const S = [["组织领导", 2, 2, null, "org.leadership"], ["方案制定", 2, 2, "2", "org.plan"], ["政策支持", 2, 2, "2", "org.policy"],
    ["项目管理", 4, 4, "制度2，台账2", "org.management"], ["县级中心与产业园", 15, 15, null, "work.center"], ["村级站点覆盖", 10, 10, null, "work.coverage"],
    ["农村产品上行", 10, 9, "调研2，促销2，标准与冷链溯源1", "work.upward"], ["电商人才培训", 20, 20, null, "work.training"],
    ["信息公开", 4, 4, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"], ["案例总结", 2, 2, null, "promo.cases"],
    ["经验推广", 8, 8, null, "promo.media"], ["制度建立", 5, 5, "5", "fund.system"], ["资金台账", 5, 4, "4", "fund.ledger"],
    ["资金支出", 5, 4, "及时拨付4", "fund.spending"], ["加分项：贫困人口培训率≥70%", 2, 0, null, "bonus.poorTraining"],
    ["加分项：电商扶贫典型案例电视播报", 2, 0, null, "bonus.tvCase"]];
  const claimed = {};
  for (const [n, w, p, sub, id] of S) {
    sc(n, w, p, sub);
    if (id) claimed[id] = p;
  }
  const cs = sum(SCORED.map(([id]) => claimed[id]));
  assert(cs === 97, "f3 claimed " + cs);
  sc("合计", 100, cs, null);
  rows.push(padRow(["填表人：何××　　审核人：区商务局副局长 黄××　　填报日期：2021年9月3日"], W));
  merges.push(`A${rows.length}:J${rows.length}`);
  assert(rows.every((r) => r.length === W), "f3 width");
  return {
    description:
      "广州白云区商务局的《主要指标完成情况（分镇街）》：一、分镇街表的“全区”合计行排在最上面（镇（街）｜行政村｜社区｜站点｜站点覆盖行政村｜电商培训｜有劳动能力贫困人口｜参训贫困人口｜快递覆盖率｜备注，第二行表头是单位“（个）”“（人次）”“（%）”），下面“其中：”各镇、“其他街道（7个）”和不属任何镇街的“区级集中培训”一行——行政村118、培训6,641人次、279人／170人、快递100%要读全区行（只加四个镇会少算）；二、其他情况是 项目｜情况｜说明 三段合并行（常住人口374.3万人，区长任组长但成员单位没有乡村振兴（扶贫）部门 → 主要领导牵头、部门不全，中心运营日期是日期格，累计拨付4,286,500元）；三、自评得分竖排（满分｜自评得分｜其中主观评分项），两个加分项都自评0，合计97。",
    sheets: [{ name: "分镇街指标", rows, merges }],
    expect: {
      facts: {
        county: "白云区", asOf: "2021-08-31", residentPopulation: 3743000, adminVillagesStated: 118, poorVillagesStated: 0,
        trainingPersonTimesStated: 6641, eligiblePoorPersonsStated: 279, trainedPoorPersonsStated: 170, expressCoverage: true,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, ruralRetail2019: 4160000000, ruralRetail2020: 5230000000,
        agriRetailGrowthStated: 0.338, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4286500, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.93, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 河源市东源县: 说明, 快递服务核查 (villages), 培训日历 (training grid), 站点（分镇） (stations), 电视新闻播出单 (media), hidden 下拉源
// =====================================================================================================
function buildL1() {
  const TOWNS = [["仙塘镇", 8, 2], ["蓝口镇", 7, 1], ["义合镇", 6, 1], ["船塘镇", 7, 1]];
  const prefixes = ["仙塘", "蓝口", "义合", "船塘", "东源"];
  const vName = nameMaker("大新高上下黄石桂柳木坑禾鹤红白", ["坪", "岭", "坑", "塘", "田", "围", "洞", "湖", "陂", "岗", "径", "溪"], "村", prefixes);
  const cName = nameMaker("兴华永安建", ["隆", "平", "宁", "和", "盛"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poorSet = new Set([towns[0].vs[5], towns[1].vs[2], towns[1].vs[6], towns[2].vs[1], towns[3].vs[3], towns[3].vs[6]]);
  const noExp = new Set([towns[2].vs[4], towns[3].vs[6]]);

  // ---------------- 快递服务核查 (villages)
  const EXP = ["邮政村邮站", "快递驿站（兔喜）", "电商服务站代收", "快递驿站（妈妈驿站）", "邮政村邮站"];
  const vRows = [["东源县行政村（社区）快递服务核查表"], ["核查单位：东源县邮政业发展中心、县商务局　　　核查时间：2021年8月"],
    ["镇", "村（居）委会", "类型", "省定贫困村", "快递服务方式", "核查日期", "核查人"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let k = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      k++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${v}居委会` : k % 3 === 0 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      const way = noExp.has(v) ? "无（到镇取件）" : isC ? "快递网点" : EXP[k % EXP.length];
      const d = randIsoBetween("2021-08-02", "2021-08-27");
      vRows.push([vRows.length + 1 === r0 ? x.t : null, nm, isC ? "居委会" : "村委会", !isC && poorSet.has(v) ? "√" : null, way, k % 4 === 1 ? D(d) : dotDate(d), personName()]);
      const rec = { name: v, admin: !isC };
      if (!isC) rec.poor = poorSet.has(v);
      rec.express = !noExp.has(v);
      vRecs.push(rec);
    }
    mergeCol(vMerges, "A", r0, vRows.length);
  }
  vRows.push(["注：“省定贫困村”栏打“√”的为省定贫困村，未打“√”的不是；“快递服务方式”为“无”的行政村未实现快递进村。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);
  assert(vRecs.filter((r) => r.admin).length === 28 && vRecs.filter((r) => !r.admin).length === 5, "l1 28 + 5");

  // ---------------- 培训日历 (category × month grid)
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const CATS = ["电商普及培训（镇村）", "电商提升培训（网店、直播）", "脱贫户电商专场"];
  const S = [];
  const addS = (ci, m, d1, d2, n) => S.push({ ci, m, d1, d2, n });
  MONTHS.forEach((m, mi) => {
    const [y, mo] = m.split("-").map(Number);
    const ld = lastDay(y, mo);
    if (m !== "2021-02") {
      addS(0, m, rint(8, 14), null, rint(60, 110));
      if (mi % 3 === 1) addS(0, m, rint(22, Math.min(28, ld)), null, rint(40, 80));
    }
    if (mi % 2 === 0 && m !== "2021-09") {
      const d = rint(15, 20);
      addS(1, m, d, mi === 4 ? d + 1 : null, rint(30, 55));
    }
    if (mi % 3 === 2) addS(2, m, rint(16, 26), null, rint(25, 45));
  });
  const cellText = (ss, salt) =>
    ss.map((s, i) => {
      const dd = s.d2 ? `${s.d1}—${s.d2}日` : `${s.d1}日`;
      const unit = (salt + i) % 3 === 1 ? "人" : "人次";
      return (salt + i) % 2 ? `${dd}${s.n}${unit}` : `${dd} ${s.n}${unit}`;
    }).join("；");
  const tRows = [["东源县农村电商培训日历（2020年9月—2021年9月）"], ["说明：格内写“培训日期（日）＋人次”，一格多期用“；”隔开，两天班写“18—19日”（按结业日计）；合计行、合计列为人次汇总。"],
    ["培训类别"].concat(MONTHS.map((m) => cnMonth(m)), ["合计"])];
  const tRecs = [];
  CATS.forEach((c, ci) => {
    const row = [c];
    MONTHS.forEach((m, mi) => {
      const ss = S.filter((s) => s.ci === ci && s.m === m).sort((a, b) => a.d1 - b.d1);
      row.push(ss.length ? cellText(ss, ci + mi) : null);
      for (const s of ss) tRecs.push({ date: `${m}-${String(s.d2 || s.d1).padStart(2, "0")}`, personTimes: s.n });
    });
    row.push(sum(S.filter((s) => s.ci === ci).map((s) => s.n)));
    tRows.push(row);
  });
  tRows.push(["合计"].concat(MONTHS.map((m) => sum(S.filter((s) => s.m === m).map((s) => s.n)) || null), [sum(S.map((s) => s.n))]));
  const W = MONTHS.length + 2;
  const lastC = colName(W - 1);
  const tMerges = [`A1:${lastC}1`, `A2:${lastC}2`];
  assert(S.some((s) => s.d2) && tRows.slice(3).some((r) => r.some((c) => typeof c === "string" && c.includes("；"))), "l1 grid features");

  // ---------------- 站点（分镇）
  const withSt = shuffle(admin.filter((v) => !noExp.has(v))).slice(0, 20);
  const ST = withSt.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-28") }));
  ST[2].op = "2021-09";
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-09-01", "2021-05-30") });
  const sRows = [["东源县村级电子商务服务站点名单（分镇）"], ["序号", "站点名称", "所在村（社区）", "挂牌时间", "站长", "联系电话", "服务项目"]];
  const sMerges = ["A1:G1"];
  const sRecs = [];
  const CN = ["一", "二", "三", "四"];
  let f = 0;
  towns.forEach((x, ti) => {
    const list = ST.filter((s) => townOf[s.v] === x.t).sort((a, b) => cmp(a.op, b.op));
    sRows.push([`${CN[ti]}、${x.t}（${list.length}个）`]);
    sMerges.push(`A${sRows.length}:G${sRows.length}`);
    list.forEach((s, j) => {
      f++;
      const isC = s.v.endsWith("社区");
      let dc;
      if (s.op === "2021-09") dc = "2021年9月";
      else if (f % 7 === 3) dc = twoDot(s.op);
      else dc = dateCell(s.op, f);
      sRows.push([j + 1, `${short(s.v)}${isC ? "社区" : "村"}电商服务站`, isC ? `${s.v}居委会` : f % 2 ? s.v : `${short(s.v)}村委会`, dc, personName(), mask(phone()),
        ["代购代销、快递收发", "农产品收购上行、代缴费", "代购代销、电商培训宣传"][f % 3]]);
      sRecs.push({ village: s.v, opened: s.op });
    });
  });
  for (const r of sRows) padRow(r, 7);
  assert(sRows.some((r) => typeof r[3] === "string" && /^\d{2}\.\d{1,2}\.\d{1,2}$/.test(r[3])) && sRows.some((r) => typeof r[3] === "number"), "l1 station date forms");

  // ---------------- 电视新闻播出单 (media)
  const MED = [
    ["2020-11-20", "东源县融媒体中心（东源电视台）", "《东源新闻》", "东源县首批村级电商服务站挂牌", "1分48秒", "county"],
    ["2020-12-28", "河源广播电视台综合频道", "《河源新闻联播》", "东源：电商培训进乡村", "2分05秒", "city"],
    ["2021-04-16", "广东广播电视台珠江频道", "《珠江新闻眼》", "东源板栗“触网”走俏大湾区", "2分31秒", "province"],
    ["2021-06-09", "中央广播电视总台农业农村频道（CCTV-17）", "《三农群英汇》", "万绿湖畔的电商新农人", "6分12秒", "national"],
    ["2021-07-22", "河源广播电视台综合频道", "《河源新闻联播》", "东源县脱贫户直播带货助增收", "1分56秒", "city"],
    ["2021-09-07", "广东广播电视台卫星频道", "《广东新闻联播》", "东源县电子商务进农村综合示范创建侧记", "2分40秒", "province"],
  ];
  const mRows = [["东源县电子商务进农村电视新闻播出单"], ["序号", "播出日期", "播出频道", "栏目", "标题", "时长", "备注"]];
  const mRecs = [];
  MED.forEach(([d, ch, col, t, len, lvl], j) => {
    mRows.push([j + 1, d === "2021-09-07" ? "2021.9.7" : j === 3 ? slashDate(d) : dateCell(d, j), ch, col, `《${t}》`, len, j === 3 ? "央视播出" : null]);
    mRecs.push({ date: d, level: lvl, tv: true });
  });

  const note = [["东源县电子商务进农村综合示范台账（第二册）"], ["本册含：快递服务核查表、培训日历、站点名单（分镇）、电视新闻播出单。"],
    ["培训日历按类别、按月登记，详细签到表另册存档。"], ["站点名单按镇分段，每镇序号重新编排。"], ["经办：县商务局电商股　叶××　2021年9月8日"]];
  const opts = [["类型", "快递服务方式"], ["村委会", "邮政村邮站"], ["居委会", "快递驿站"], [null, "电商服务站代收"], [null, "无（到镇取件）"]];
  return {
    description:
      "河源东源县商务局台账第二册（说明页＋四张表＋隐藏的下拉源表）：①《快递服务核查》按镇纵向合并，类型 村委会／居委会，“省定贫困村”打√（注明未打√的不是），“快递服务方式”写村邮站、驿站、电商服务站代收等，“无（到镇取件）”的两个村是未通快递；②《培训日历》是“培训类别×月份”的格子表，一格写“11日 86人次”，一格多期用“；”隔开，两天班“18—19日”按结业日，单位有“人”“人次”两种，按行从左到右读，2021年9月的照列，合计行、合计列不是培训；③《站点（分镇）》每镇一个“一、仙塘镇（n个）”分段行，序号每镇重编，挂牌时间有日期格、Excel序号、两位年份的点分日期、“2021年9月”只到月，社区站照列；④《电视新闻播出单》全是电视，没有级别栏，级别只能从频道看（县融媒体中心→县级，河源台→市级，广东台珠江频道、卫星频道→省级，CCTV-17→国家级），9月那条照列。",
    sheets: [
      { name: "说明", rows: note, merges: [] },
      { name: "快递服务核查", rows: vRows, merges: vMerges },
      { name: "培训日历", rows: tRows, merges: tMerges },
      { name: "站点（分镇）", rows: sRows, merges: sMerges },
      { name: "电视新闻播出单", rows: mRows, merges: ["A1:G1"] },
      { name: "下拉源", rows: opts, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "快递服务核查": { kind: "villages", records: vRecs },
        "培训日历": { kind: "training", records: tRecs },
        "站点（分镇）": { kind: "stations", records: sRecs },
        "电视新闻播出单": { kind: "media", records: mRecs },
        "下拉源": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门开平市: 封面, 脱贫户家庭成员 (household blocks), 专户交易明细 (bank export), 专栏信息列表 (web list copy),
//      月报报送（粤政易）, hidden Sheet3
// =====================================================================================================
function buildL2() {
  const REG = "440783";
  // ---------------- 脱贫户家庭成员
  const VIL = [["苍城镇", "东和村"], ["龙胜镇", "红花村"], ["大沙镇", "大塘村"], ["马冈镇", "西湖村"], ["赤坎镇", "塘美村"], ["金鸡镇", "石溪村"]];
  // member codes: L local worker, U not working, P 公益性岗位, O out of county, S 省外, N no labour, T in-school student
  const HH = [["L", "U", "T"], ["N", "N"], ["O", "L", "T", "N"], ["P", "U"], ["S", "O", "N"], ["L", "L", "T"], ["U", "N"], ["O", "P", "T", "T"], ["L", "S"], ["N"], ["U", "L", "O"], ["P", "T"]];
  const rowsP = [["开平市脱贫户家庭成员信息表（防返贫监测）"], ["说明：劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的属有劳动能力；务工状况“县外务工”“省外务工”为外出务工；无劳动能力者务工状况填“—”。"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pRecs = [];
  let xDone = false;
  let sq = 0;
  HH.forEach((hh, hi) => {
    const [town, vil] = VIL[hi % VIL.length];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const names = hh.map((c, i) => (i === 0 ? personName(sur) : c === "T" ? personName(sur) : personName(i === 1 ? undefined : sur)));
    rowsP.push([`户编号：${REG}${String(hi * 37 + 1021).padStart(6, "0")}　　户主：${names[0]}　　家庭人口：${hh.length}人　　所在镇村：${town}${vil}`]);
    pMerges.push(`A${rowsP.length}:H${rowsP.length}`);
    rowsP.push(["序号", "姓名", "与户主关系", "身份证号码", "劳动技能", "务工状况", "务工所在地", "备注"]);
    hh.forEach((c, i) => {
      sq++;
      const rel = i === 0 ? "户主" : c === "T" ? (i % 2 ? "之子" : "之女") : c === "N" && i > 1 ? "母亲" : "配偶";
      const birth = c === "T" ? birthBetween(2003, 2008) : c === "N" ? birthBetween(1936, 1955) : birthBetween(1965, 1992);
      const wantX = !xDone && c === "O" ? true : undefined;
      if (wantX) xDone = true;
      const id = makeId(REG, birth, rel === "户主" || rel === "之子", wantX);
      let lab;
      let work;
      let place = null;
      if (c === "N") {
        lab = sq % 2 ? "丧失劳动力" : "无劳动力";
        work = "—";
      } else if (c === "T") {
        lab = "无劳动力（在校生）";
        work = "—";
      } else {
        lab = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "普通劳动力"][sq % 4];
        if (c === "L") {
          work = "县内务工";
          place = `开平市${["三埠街道", "水口镇", "长沙街道", "月山镇"][sq % 4]}`;
        } else if (c === "U") work = "未务工";
        else if (c === "P") {
          work = "公益性岗位";
          place = `${town}${vil}`;
        } else if (c === "O") {
          work = "县外务工";
          place = ["江门市蓬江区", "佛山市顺德区", "广州市白云区"][sq % 3];
        } else {
          work = "省外务工";
          place = ["浙江省义乌市", "福建省晋江市"][sq % 2];
        }
      }
      const idCell = sq % 5 === 2 ? spacedId(id) : id;
      rowsP.push([sq, names[i], rel, idCell, lab, work, place, c === "P" ? "村保洁员" : c === "T" ? "在读" : null]);
      pRecs.push({ id, labour: c !== "N" && c !== "T", migrant: c === "N" || c === "T" ? null : c === "O" || c === "S" });
    });
    if (hi < HH.length - 1) rowsP.push([null, null, null, null, null, null, null, null]);
  });
  for (const r of rowsP) padRow(r, 8);
  assert(xDone && pRecs.some((r) => r.migrant === null) && pRecs.filter((r) => r.migrant === true).length >= 4, "l2 poor mix");

  // ---------------- 专户交易明细 (bank export)
  const PAY = [
    ["2020-11-20", "开平市碉乡优品电子商务有限公司", "公共服务中心建设首期款", 540000],
    ["2020-12-18", "中国邮政集团有限公司开平市分公司", "村级站点建设首期款", 360000],
    ["2021-01-15", "开平市职业技术学校", "电商培训服务费（第一期）", 126500],
    ["2021-02-05", "开平市顺达物流有限公司", "物流配送体系建设首期款", 285000],
    ["2021-03-19", "开平市碉乡优品电子商务有限公司", "公共服务中心建设进度款", 720000],
    ["2021-04-23", "中国邮政集团有限公司开平市分公司", "村级站点建设进度款", 480000],
    ["2021-05-28", "开平市职业技术学校", "电商培训服务费（第二期）", 168400],
    ["2021-06-25", "江门市云帆电商代运营有限公司", "农产品品牌推广服务费", 236000],
    ["2021-07-16", "开平市顺达物流有限公司", "物流配送体系建设进度款", 380000],
    ["2021-08-27", "开平市冷链速运有限公司", "溯源及冷链系统建设首期款", 165000],
    ["2021-09-10", "开平市碉乡优品电子商务有限公司", "公共服务中心建设尾款", 540000],
    ["2021-09-24", "中国邮政集团有限公司开平市分公司", "村级站点建设尾款", 360000],
  ];
  const EV = [];
  EV.push({ d: "2019-12-05", t: "10:12:33", s: "财政拨款", who: "开平市财政局", inc: 5000000 });
  for (const q of ["2019-12-21", "2020-03-21", "2020-06-21", "2020-09-21", "2020-12-21", "2021-03-21", "2021-06-21", "2021-09-21"]) EV.push({ d: q, t: "02:10:05", s: "结息", who: null, inc: null });
  PAY.forEach(([d, who, what, a], j) => {
    EV.push({ d, t: hms(), s: what, who, out: a, pay: true });
    if (j % 3 === 0) EV.push({ d, t: hms(), s: "跨行转账手续费", who: null, out: j % 2 ? 5.5 : 10 });
  });
  EV.sort((a, b) => cmp(a.d + a.t, b.d + b.t));
  let bal = 0;
  const fRows = [["中国银行　账户交易明细"], ["账户名称：开平市商务局电子商务进农村专项资金专户　　账号：7153********6628"], ["起止日期：20191101—20210930　　币种：人民币　　单位：元"],
    ["交易日期", "交易时间", "摘要", "对方户名", "收入金额", "支出金额", "余额", "附言"]];
  const fRecs = [];
  let incSum = 0;
  let outSum = 0;
  EV.forEach((e, j) => {
    if (e.s === "结息") e.inc = yuan2(Math.max(0.01, bal * 0.0035 / 4));
    if (e.inc) {
      bal = yuan2(bal + e.inc);
      incSum = yuan2(incSum + e.inc);
    }
    if (e.out) {
      bal = yuan2(bal - e.out);
      outSum = yuan2(outSum + e.out);
    }
    const outCell = e.out ? (e.pay && j % 2 ? fmtMoney(e.out) : e.out) : null;
    fRows.push([yyyymmdd(e.d), e.t, e.s, e.who, e.inc ? (e.inc >= 1000 ? fmtMoney(e.inc) : e.inc) : null, outCell, fmtMoney(bal), e.pay ? "开平商务电商进农村" : null]);
    if (e.pay) fRecs.push({ date: e.d, amount: e.out });
  });
  fRows.push(["合计", null, null, null, fmtMoney(incSum), fmtMoney(outSum), null, null]);
  fRows.push(["注：“结息”为利息收入；支出中“跨行转账手续费”为银行扣收费用，不属项目资金拨付。"]);
  const fMerges = ["A1:H1", "A2:H2", "A3:H3", `A${fRows.length}:H${fRows.length}`];
  assert(bal > 0 && fRecs.length === PAY.length, "l2 bank");

  // ---------------- 专栏信息列表 (web list copy)
  const U = [["2020-07-16", "开平市电子商务进农村综合示范项目基本信息公示"], ["2020-07-22", "关于开平市电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-01") continue;
    const nx = monthsBetween(m, "2021-12")[1];
    U.push([`${nx}-${String(rint(3, 12)).padStart(2, "0")}`, `开平市电子商务进农村综合示范项目建设进度公示（${cnMonth(m)}）`]);
  }
  U.push(["2021-06-18", "开平市电子商务进农村“618”农产品网络促销活动情况"]);
  U.sort((a, b) => cmp(b[0], a[0]));
  const PIN = ["2020-07-10", "【置顶】开平市电子商务进农村综合示范创建工作方案"];
  const item = (d, t) => `· ${t}　　　　${d}`;
  const per = 10;
  const pages = [U.slice(0, per), U.slice(per)];
  const total = U.length + 1;
  const uRows = [["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"], ["电子商务进农村综合示范"]];
  const uRecs = [{ date: PIN[0] }];
  pages.forEach((pg, pi) => {
    uRows.push([item(PIN[0], PIN[1])]);
    for (const [d, t] of pg) {
      uRows.push([item(d, t)]);
      uRecs.push({ date: d });
    }
    uRows.push([`共${total}条　　首页　上一页　${pi === 0 ? "[1]　2" : "1　[2]"}　下一页　尾页　　当前第${pi + 1}/2页`]);
  });
  uRows.push(["（以上为开平市人民政府门户网站专栏列表页复制，2021年9月8日）"]);

  // ---------------- 月报报送（粤政易）
  const rRows = [["开平市电子商务进农村综合示范工作月报报送记录（粤政易导出）"], ["序号", "发送时间", "标题", "发送人", "接收单位", "状态", "含电商扶贫统计", "备注"]];
  const rRecs = [];
  let n = 0;
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let d = `${nx}-${String(rint(2, 6)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d))) d = isoAdd(d, 1);
    const title = `开平市电子商务进农村综合示范工作月报（${cnMonth(m)}）`;
    const pov = m === "2020-08" ? "无" : m === "2021-05" ? null : "✓";
    const pv = pov === "✓" ? true : pov === "无" ? false : null;
    const tm = `${d} ${hms().slice(0, 5)}`;
    if (m === "2021-03") {
      rRows.push([++n, tm, title, "梁××", "江门市商务局", "已撤回", "✓", "附件错误，已撤回"]);
      const d2 = isoAdd(d, 1);
      rRows.push([++n, `${d2} ${hms().slice(0, 5)}`, title + "（重发）", "梁××", "江门市商务局", "已签收", "✓", null]);
      rRecs.push({ date: d2, poverty: true });
      return;
    }
    rRows.push([++n, tm, title, "梁××", "江门市商务局", m === "2021-06" ? "已发送（未签收）" : "已签收", pov, m === "2021-06" ? "电话确认已收到" : null]);
    rRecs.push({ date: d, poverty: pv });
    if (m === "2020-12") rRows.push([++n, tm, title, "梁××", "开平市人民政府办公室", "已签收", "✓", "抄送，不是向江门市商务局报送"]);
  });
  rRows.push(["注：月报每月5日前报送江门市商务局，抄送开平市人民政府办公室的不另计。"]);
  const rMerges = ["A1:H1", `A${rRows.length}:H${rRows.length}`];

  const cover = [["开平市电子商务进农村综合示范考评台账（第四册）"], [null], ["内容：脱贫户家庭成员信息、专项资金专户交易明细、专栏信息列表、月报报送记录"], [null],
    ["编制单位：开平市商务局"], ["编制日期：2021年9月"]];
  return {
    description:
      "江门开平市商务局台账第四册（封面＋四张表＋隐藏的空白Sheet3）：①《脱贫户家庭成员》按户分块——每户一行合并的户头（户编号、户主、家庭人口、所在镇村），下面自带表头和成员行，户与户之间空一行；劳动技能“普通劳动力／技能劳动力／弱劳动力或半劳动力”为有劳动能力，“丧失劳动力”“无劳动力（在校生）”为无，务工状况“县外务工”“省外务工”为外出务工（务工所在地在江门市蓬江区也是县外），“县内务工”“未务工”“公益性岗位”不是，无劳动能力的“—”为不适用，身份证号有末位X和按6-8-4加空格的；②《专户交易明细》是银行流水导出（交易日期八位数字文本、交易时间、摘要、对方户名、收入金额、支出金额、余额），只有付给承建单位的支出是拨付——财政拨款到账、季度结息、跨行转账手续费都不是，9月的两笔照列，合计行不是；③《专栏信息列表》是政府网站列表页复制的，一条信息一格“· 标题　　发布日期”，读末尾的发布日期（标题里的月份是公示的月份），两页都有“【置顶】创建工作方案”只算一条，翻页行和来源说明不是；④《月报报送（粤政易）》“已撤回”的一条不是报送（次日重发那条才是），“已发送（未签收）”仍是报送，抄送开平市人民政府办公室的一行不是向市商务局报送，含电商扶贫统计“✓／无／空”。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "脱贫户家庭成员", rows: rowsP, merges: pMerges },
      { name: "专户交易明细", rows: fRows, merges: fMerges },
      { name: "专栏信息列表", rows: uRows, merges: [] },
      { name: "月报报送（粤政易）", rows: rRows, merges: rMerges },
      { name: "Sheet3", rows: [[null]], merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫户家庭成员": { kind: "poorPersons", records: pRecs },
        "专户交易明细": { kind: "funds", records: fRecs },
        "专栏信息列表": { kind: "disclosures", records: uRecs },
        "月报报送（粤政易）": { kind: "reports", records: rRecs },
        "Sheet3": { kind: null },
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
write("counties", "b205-c1-jianghai.json", c1);
write("facts", "b205-f1-chikan.json", f1);
write("facts", "b205-f2-xiangzhou.json", f2);
write("facts", "b205-f3-baiyun.json", f3);
write("ledgers", "b205-l1-dongyuan.json", l1);
write("ledgers", "b205-l2-kaiping.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
