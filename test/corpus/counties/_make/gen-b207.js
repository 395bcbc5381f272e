// Batch 207 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b204.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (207207), no clock. Run: node test/corpus/_b207/gen-b207.js
//
// c1 东源县 (河源): 《自评情况一览》 = one row per indicator, 自评分 column (claimed) and a 得分依据 cell holding several
//    “标签：值” lines (Alt+Enter), some only “见附表n” (not facts); ledgers: 驻镇帮镇扶结对表 as village list (236 行政村 > 200 →
//    base 200; 140/200 = exactly 70% hangs on an 8/31 station), stations with the village only inside the station name, training
//    by session with 年度小计 rows and a 3-day class “2021.8.30-9.1” (read at its end → excluded, 4,106/415,800 < 1%), 防返贫
//    system export, poor trainees (a lower-case x ID decides 24/60 = 40%), 园区企业 with status text, 资金拨付审批 (审批日期 vs
//    拨付日期: read 拨付 → 69.3% → −5), reports (Jan missing; one to 县政府办), 专栏, media (央视 case → bonus 2), one material in Sept.
// f1 赤坎区 (湛江): 《考评基础数据双方核对表》 — 商务局 (甲) vs the centre's operator (乙), one row per item with 甲｜乙｜差异｜
//    核对结论 (一致 / 以甲方为准 / 以乙方为准 / 更正为… / 待核实); the conclusion picks the value per row, 待核实 is no fact; units
//    in a 单位 column but 乙 writes its own units (56,200万元 = 5.62亿元); 主观评分 rows too.
// f2 香洲区 (珠海): 《考评基础数据（报送稿）》 + 《修订记录》 on the same sheet: a V1 label|value table (8月25日), then a change log
//    (版本｜日期｜序号｜修改项｜原值｜修改为｜依据｜修改人) with V2/V3 edits, one V3 line that 撤销 a V2 edit (back to V1), and
//    an edit given in another unit (元 vs 万元); the facts are V1 with the log applied in order.
// f3 普宁市 (揭阳): a facts workbook split into one sheet per section (封面, 1基本情况 … 7资金及否决, 8自评 = claimed) plus a hidden
//    “作废-8月27日稿” sheet; 中心 services as 是否提供｜是否免费 Y/N; 零售额 as a 亿元 matrix with 2021年1—8月 / 环比 / 两年平均增长 /
//    占比提高n个百分点 noise (not 2020 growth); 专栏 contents as ☑/□; 组长 常务副市长 → deputy.
// l1 花都区 (广州): 目录 (not a ledger); 村居名单 with “■ 镇（行政村n个、社区m个）” section rows, ▲ after a name = 快递未进村 (legend);
//    站点 records two rows each (序号 merged); 培训签到 pre-printed 报名名单 per session where only 签到 “√” rows are person-times
//    (请假 / 缺席 / blank are not), ID with spaces; 宣传 with 中央/省/市/区 and 播出平台; 图表数据 (not a ledger).
// l2 潮南区 (汕头): 填表说明 (not a ledger); 脱贫人口 by household with 劳动能力 code legend (1/2/3/4) and 外出务工 是/否;
//    园区企业 with 入驻期间 “2020.11.5—2021.6.30” / “—至今” in one cell (entered—left); 合同付款 with several payments packed in
//    one cell (“2020.12.3付36万；…”); 月报 with 报送对象; 专栏 dates “21-03-05”; 经验材料.
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
let seed = 207207;
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
    assert(/^b207-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b207-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b207-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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




// ---------------------------------------------------------------- extra helpers (batch 207)
// exact tier tests with integers: num/den >= permille/1000
function geP(num, den, permille) {
  return num * 1000 >= permille * den;
}
function trainTier(pt, base) {
  return geP(pt, base, 10) ? 10 : geP(pt, base, 8) ? 8 : geP(pt, base, 6) ? 6 : 0;
}
function poorTier(n, d) {
  return geP(n, d, 500) ? 10 : geP(n, d, 400) ? 8 : geP(n, d, 300) ? 6 : 0;
}
function covTier(n, d) {
  return geP(n, d, 700) ? 5 : geP(n, d, 500) ? 2 : 0;
}
function poorCovTier(n, d) {
  return d === 0 ? 5 : n === d ? 5 : geP(n, d, 800) ? 3 : 0;
}
function lowerX(id) {
  return id.replace(/X$/, "x");
}
function wanStr(yuan) {
  // integer yuan -> shortest 万元 text ("18.6", "23.88")
  assert(Number.isInteger(yuan), "wanStr integer");
  return String(yuan / 10000);
}
function dotMonth(iso) {
  const [y, m] = ymd(iso);
  return `${y}.${m}`;
}


// =====================================================================================================
// c1 — 河源市东源县: 自评情况一览 + 附表1—附表11 + 说明
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441625";
  const POP = 415800;
  const TOWNS = [["仙塘镇", 14, 3], ["灯塔镇", 16, 1], ["骆湖镇", 11, 1], ["船塘镇", 17, 1], ["顺天镇", 15, 1], ["上莞镇", 12, 0], ["曾田镇", 10, 1],
    ["柳城镇", 12, 0], ["义合镇", 11, 1], ["蓝口镇", 15, 1], ["黄村镇", 10, 0], ["叶潭镇", 9, 1], ["黄田镇", 10, 0], ["新回龙镇", 9, 0], ["千江镇", 8, 0],
    ["康禾镇", 11, 1], ["锡场镇", 10, 1], ["新港镇", 9, 1], ["双江镇", 12, 1], ["涧头镇", 9, 0], ["半江镇", 6, 0]];
  const prefixes = TOWNS.map((t) => t[0].slice(0, 2));
  const vName = nameMaker("大上下东西南北新石黄高龙凤白乌青金银桂柏梅禾坪岭溪", ["坑", "坝", "田", "岭", "塘", "背", "坪", "洞", "径", "联", "光", "安", "和", "丰", "兴", "陂", "围", "岗", "湖", "寨"], "村", prefixes);
  const cName = nameMaker("城华明康裕", ["苑", "园", "景", "庭", "湾"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 236 && comms.length === 15, "c1 236 + 15 " + admin.length + "/" + comms.length);
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  // two 省定相对贫困村 per town
  const poor = towns.flatMap((x) => shuffle(x.vs).slice(0, 2));
  const poorSet = new Set(poor);
  assert(poor.length === 42, "c1 42 poor");

  // ---------------- 附表1 驻镇帮镇扶结对情况表 (village list)
  const HELP = ["深圳市福田区", "深圳市南山区", "深圳市龙岗区", "深圳市光明区", "广东省交通运输厅", "河源市直机关", "东源县直机关"];
  const vRows = [["附表1　东源县行政村（社区）及驻镇帮镇扶结对情况表"], ["资料来源：县乡村振兴局、县民政局（2021年6月）　　　说明：“村（居）类别”按省定相对贫困村、一般村、社区三类填写"],
    ["序号", "镇", "村（社区）", "村（居）类别", "结对帮扶单位", "驻村第一书记", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    x.vs.forEach((v, i) => {
      sq++;
      const nm = sq % 3 === 0 ? `${short(v)}村民委员会` : sq % 3 === 1 ? v : `${short(v)}村委会`;
      const p = poorSet.has(v);
      vRows.push([sq, i === 0 ? x.t : null, nm, p ? "省定相对贫困村" : "一般村", p ? `${HELP[sq % HELP.length]}（对口帮扶）` : "—", p ? personName() : null, null]);
    });
    x.cs.forEach((c, i) => {
      sq++;
      vRows.push([sq, null, i % 2 ? `${c}居委会` : c, "社区", "—", null, "镇政府驻地社区"]);
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：行政村${admin.length}个（其中省定相对贫困村${poor.length}个），社区${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 附表2 村级电商服务站点清单 (the village only in the station name)
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNP = nonPoor.slice(0, 98);
  const uncovered = nonPoor.slice(98);
  const ST = [];
  for (const v of poor.concat(covNP)) ST.push({ v, op: randIsoBetween("2020-06-01", "2021-08-25") });
  const vCut = covNP[4];
  ST.find((s) => s.v === vCut).op = CUT;
  const vMonth = poor[17];
  ST.find((s) => s.v === vMonth).op = "2021-08";
  ST.push({ v: covNP[10], op: randIsoBetween("2021-01-05", "2021-08-10"), second: true });
  ST.push({ v: poor[3], op: randIsoBetween("2021-01-05", "2021-08-10"), second: true });
  ST.push({ v: uncovered[0], op: "2021-09-08" });
  ST.push({ v: uncovered[1], op: "2021-09" });
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-09-01", "2021-05-30") });
  ST.push({ v: null, town: "船塘镇", op: randIsoBetween("2020-08-01", "2020-12-30") });
  const TORD = TOWNS.map((t) => t[0]);
  const tOf = (s) => (s.v ? townOf[s.v] : s.town);
  ST.sort((a, b) => TORD.indexOf(tOf(a)) - TORD.indexOf(tOf(b)) || cmp(a.op, b.op));
  const sRows = [["附表2　东源县村级电子商务服务站点清单"], ["填报单位：东源县商务局　　　更新时间：2021年9月5日"],
    ["序号", "站点名称", "站点地址", "负责人", "联系电话", "建成时间", "服务内容"]];
  ST.forEach((s, j) => {
    const t = tOf(s);
    let name;
    let addr;
    if (!s.v) {
      name = `东源县${t}电商服务站（镇级）`;
      addr = `${t}圩镇人民路${rint(2, 90)}号`;
    } else if (s.v.endsWith("社区")) {
      name = `东源县${t}${s.v}电商服务站`;
      addr = `${t}${s.v}居委会一楼`;
    } else {
      const form = j % 4 === 1 ? "村委会" : j % 4 === 3 ? "村民委员会" : "村";
      name = `东源县${t}${short(s.v)}${form}电商服务站${s.second ? "（二）" : ""}`;
      addr = `${t}${short(s.v)}村${["村委会办公楼一楼", "党群服务中心", "村口小卖部", "邮政代办点"][j % 4]}`;
    }
    let dc;
    if (s.op === CUT) dc = "2021/8/31";
    else if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-08") dc = "2021.9.8";
    else if (s.op === "2021-09") dc = "2021年9月";
    else dc = dateCell(s.op, j);
    sRows.push([j + 1, name, addr, personName(), mask(phone()), dc, ["代购代销、代收代发快递", "电商宣传、代购代销、代缴费", "代收代发快递、小额信贷咨询"][j % 3]]);
  });
  sRows.push(["注：建成时间以站点挂牌并开展服务的时间为准；镇级服务站不计入村级站点。"]);
  const sMerges = ["A1:G1", "A2:G2", `A${sRows.length}:G${sRows.length}`];
  for (const r of sRows) padRow(r, 7);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => s.v && adminSet.has(s.v) && openedBy(s.op, CUT)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  const vBase = Math.min(admin.length, 200);
  assert(covSet.size === 140 && vBase === 200 && covTier(140, 200) === 5 && covTier(139, 200) === 2 && covTier(140, 236) === 2, "c1 140/200");
  assert(covPoor.length === 42, "c1 poor all covered");

  // ---------------- 附表4 脱贫人口 (防返贫监测系统导出)
  const plan = shuffle([].concat(Array(60).fill("E"), Array(12).fill("M"), Array(10).fill("N")));
  let xGiven = false;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1935, 1955) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xGiven ? true : c === "E" ? false : undefined;
    if (wantX) xGiven = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = poor[j % poor.length];
    let skill;
    let work;
    let months;
    if (c === "E") {
      skill = ["普通劳动力", "技能劳动力", "普通劳动力", "弱劳动力或半劳动力"][j % 4];
      work = ["县内务工", "乡镇内务工", "未务工", "县内务工"][j % 4];
      months = work === "未务工" ? 0 : rint(4, 12);
    } else if (c === "M") {
      skill = j % 2 ? "技能劳动力" : "普通劳动力";
      work = j % 3 ? "县外省内务工" : "省外务工";
      months = rint(6, 12);
    } else {
      skill = j % 2 ? "丧失劳动力" : "无劳动力";
      work = "未务工";
      months = 0;
    }
    return { c, id, v, skill, work, months, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 60 && elig.filter((p) => isX(p.id)).length === 1, "c1 60 eligible, one X");
  const pSorted = persons.slice().sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.v, b.v));
  const pRows = [["全国防返贫监测信息系统　脱贫人口信息导出"], ["导出单位：东源县乡村振兴局　　导出时间：2021-09-03 10:12:33　　条件：脱贫户（含监测对象）、东源县"],
    ["序号", "市", "县", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "劳动技能", "务工状态", "务工时间（月）", "脱贫年度"]];
  let hh = 0;
  let prevV = null;
  let head = null;
  const male = (id) => Number(id[16]) % 2 === 1;
  const relOf = (p) => {
    const by = Number(p.id.slice(6, 10));
    const hy = Number(head.id.slice(6, 10));
    if (by <= hy - 18) return male(p.id) ? "父亲" : "母亲";
    if (by >= hy + 16) return male(p.id) ? "之子" : "之女";
    if (male(p.id) !== male(head.id)) return "配偶";
    return male(p.id) ? "兄弟" : "姐妹";
  };
  pSorted.forEach((p, j) => {
    const first = p.v !== prevV || j % 3 === 0;
    if (first) {
      hh++;
      head = p;
    }
    prevV = p.v;
    pRows.push([j + 1, "河源市", "东源县", townOf[p.v], p.v, `44162500${String(hh).padStart(5, "0")}`, p.name, p.id, first ? "户主" : relOf(p),
      p.skill, p.work, p.months, ["2017", "2018", "2019", "2020"][hh % 4]]);
  });
  pRows.push(["注：劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的为有劳动能力；务工状态为“省外务工”“县外省内务工”的为外出务工人员。"]);
  const pMerges = ["A1:M1", "A2:M2", `A${pRows.length}:M${pRows.length}`];
  for (const r of pRows) padRow(r, 13);

  // ---------------- 附表3 培训台账 (sessions)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "电商客服与物流", "东源仙湖茶网络营销", "板栗、茶叶电商专题", "脱贫户电商技能专场"];
  const PLACES = ["县电子商务公共服务中心", "仙塘镇党群服务中心", "船塘镇文化站", "康禾镇党群服务中心", "顺天镇文化站", "蓝口镇党群服务中心", "义合镇文化站", "县职业技术学校"];
  const sessions = [];
  let day = "2020-09-10";
  for (let k = 0; k < 24; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-12";
    if (day >= "2021-02-08" && day <= "2021-02-21") day = "2021-02-24";
    const len = k === 6 ? 2 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], place: PLACES[k % PLACES.length], n: rint(120, 220) });
    day = isoAdd(day, rint(12, 15));
  }
  assert(sessions[23].end <= "2021-08-25", "c1 24th session by 8/25 " + sessions[23].end);
  const spanAug = { no: 25, start: "2021-08-30", end: "2021-09-01", topic: "农村电商创业提升班（三天）", place: PLACES[0], n: 168 };
  const sept = { no: 26, start: "2021-09-14", end: "2021-09-14", topic: "迎检电商知识普及", place: PLACES[1], n: 135 };
  let diff = 4106 - sum(sessions.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % 24) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sessions[j].n + st < 90 || sessions[j].n + st > 260) continue;
    sessions[j].n += st;
    diff -= st;
  }
  sessions.push(spanAug, sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.n));
  const tBase = Math.min(POP, 500000);
  assert(ptCut === 4106 && trainTier(ptCut, tBase) === 8 && trainTier(ptCut + spanAug.n, tBase) === 10, "c1 4106 < 1%, with 8/30-9/1 ≥ 1%");

  // ---------------- 附表5 脱贫人口参训名单
  const dateText = (s, j) => {
    if (s === spanAug) return rangeText(s.start, s.end, "dot");
    if (s === sept) return "2021.9.14";
    if (s.end !== s.start) return rangeText(s.start, s.end, "dot");
    return dateCell(s.start, j);
  };
  const xPerson = elig.find((p) => isX(p.id));
  const others = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(others.slice(0, 23)); // 24 by the cut-off
  const spacedP = trained[5];
  const spanOnly = others.slice(23, 25); // only in the 8/30-9/1 class
  const septOnly = others[25];
  const early = sessions.slice(0, 24);
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: early[(k * 5 + 2) % 24], idText: p === xPerson ? lowerX(p.id) : p === spacedP ? spacedId(p.id) : p.id }));
  const twice = trained[2];
  {
    const first = TR.find((t) => t.p === twice).s;
    const later = early.filter((s) => s.no > first.no);
    const other = later.length ? later[later.length - 1] : early[0];
    TR.push({ p: twice, s: other, idText: twice.id, note: later.length ? "第二次参训" : "重复参训" });
  }
  for (const p of spanOnly) TR.push({ p, s: spanAug, idText: p.id });
  TR.push({ p: septOnly, s: sept, idText: septOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  TR.push({ p: migs[0], s: early[8], idText: migs[0].id, note: "春节返乡期间参训" });
  TR.push({ p: migs[1], s: early[15], idText: migs[1].id, note: null });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(normId(t.idText))).map((t) => normId(t.idText)));
  const trainedNoX = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.idText.replace(/\s/g, ""))).map((t) => t.idText));
  assert(trainedCut.size === 24 && poorTier(24, 60) === 8 && trainedNoX.size === 23 && poorTier(23, 60) === 6, "c1 24/60 = 40%, 23/60 without x");
  assert(!geP(24, 60, 700), "c1 no bonus");
  for (const s of sessions) {
    s.poorN = TRs.filter((t) => t.s === s).length;
    assert(s.poorN <= s.n, "c1 poor within 人次");
  }
  const trRows = [["附表5　东源县脱贫人口参加电商培训名单"], ["序号", "姓名", "身份证号", "镇村", "参训期次", "培训日期", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.idText, `${townOf[t.p.v]}${t.p.v}`, `第${t.s.no}期`, dateText(t.s, sessions.indexOf(t.s)), t.note || null]));
  trRows.push([`注：以上${TRs.length}人次已计入附表3培训人次，不重复统计。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  const tRows = [["附表3　东源县农村电子商务培训台账"], ["单位：人次　　　填报单位：东源县商务局、县电子商务公共服务中心"],
    ["期次", "培训时间", "培训地点", "培训内容", "培训对象", "参训人次", "其中：脱贫人口", "承办单位"]];
  const yearSub = (y) => {
    const ss = sessions.filter((s) => s.start.slice(0, 4) === y);
    tRows.push([`${y}年小计`, null, null, null, null, sum(ss.map((s) => s.n)), sum(ss.map((s) => s.poorN)), null]);
  };
  sessions.forEach((s, j) => {
    if (j > 0 && sessions[j - 1].start.slice(0, 4) === "2020" && s.start.slice(0, 4) === "2021") yearSub("2020");
    const nCell = j % 7 === 3 ? `${s.n}人次` : j % 9 === 5 ? fwDigits(String(s.n)) : s.n;
    tRows.push([`第${s.no}期`, dateText(s, j), s.place, s.topic, s.topic.includes("脱贫") ? "脱贫户" : ["农村青年、返乡创业人员", "电商从业人员", "村干部、站点负责人", "合作社、种养大户"][j % 4],
      nCell, s.poorN || null, j % 2 ? "县电子商务公共服务中心" : "河源市××职业培训学校"]);
  });
  yearSub("2021");
  tRows.push(["总计", null, null, null, null, sum(sessions.map((s) => s.n)), sum(sessions.map((s) => s.poorN)), null]);
  tRows.push(["注：第25期为三天班（8月30日开班、9月1日结业）；第26期于9月开班。"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:H${tRows.length}`];

  // ---------------- 附表6 电商产业园入驻企业
  const FIRMS = [["东源县仙湖茶韵电子商务有限公司", "平台型"], ["河源市东江优品网络科技有限公司", "平台型"], ["东源县板栗人家网店", "销售型"], ["东源县船塘柿饼电商商行", "销售型"],
    ["东源县康禾山货电子商务有限公司", "销售型"], ["东源县万绿湖鱼鲜网店", "销售型"], ["东源县顺天腐竹网店", "销售型"], ["东源县客家娘酒电商商行", "销售型"],
    ["东源县义合茶叶网店", "销售型"], ["东源县新港蜂蜜电子商务有限公司", "销售型"], ["东源县云帆电商代运营有限公司", "电商运营服务商"], ["河源市新农人电商服务有限公司", "电商运营服务商"],
    ["东源县乡村通物流有限公司", "物流快递"], ["东源县顺丰速运服务部", "物流快递"], ["东源县绿源冷链仓储有限公司", "物流快递"], ["东源县播客直播传媒有限公司", "直播机构"],
    ["东源县客都直播电商有限公司", "直播机构"], ["东源县黄村米业网店", "销售型"], ["东源县蓝口果蔬电子商务有限公司", "销售型"], ["东源县骆湖花生油网店", "销售型"],
    ["东源县上莞茶园电商商行", "销售型"], ["东源县客家土特产供应链有限公司", "供应链"], ["东源县半江笋干网店", "销售型"]];
  const ENT = FIRMS.map(([n, t], j) => ({ n, t, code: creditCode(REGION), j, entered: randIsoBetween("2020-10-20", "2021-07-30"), left: null, status: "在园" }));
  ENT[19].left = "2021-09-03";
  ENT[20].entered = "2020-11-16";
  ENT[20].left = "2021-05-20";
  ENT[21].entered = null;
  ENT[21].status = "拟入驻";
  ENT[22].entered = "2021-09-02";
  ENT.sort((a, b) => cmp(a.entered || "9999", b.entered || "9999"));
  const eRows = [["附表6　东源县电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  ENT.forEach((e, j) => {
    let st = e.status;
    if (e.left === "2021-09-03") st = "已退园（2021年9月3日）";
    else if (e.left) st = `已退园（${dotDate(e.left)}）`;
    const dc = e.entered === null ? null : e.entered === "2021-09-02" ? "2021.9.2" : dateCell(e.entered, j + 2);
    eRows.push([j + 1, e.n, e.entered === null ? null : e.code, e.t, dc, st,
      e.entered === null ? "已签意向书，装修中" : e.entered === "2021-09-02" ? "9月新入驻" : e.left === "2021-09-03" ? "租期届满" : e.left ? "经营调整退园" : null]);
  });
  const inPark = ENT.filter((e) => e.entered && e.entered <= CUT && !(e.left && e.left < CUT));
  const types = new Set(inPark.map((e) => e.t));
  assert(inPark.length === 20 && types.size >= 3, "c1 20 in park " + inPark.length);

  // ---------------- 附表7 资金拨付审批登记 (万元)
  const PAY = [
    ["2020-10-12", "2020-10-16", "县电子商务公共服务中心建设", "河源市东江优品网络科技有限公司", 860000],
    ["2020-12-14", "2020-12-18", "村级电商服务站点建设（一期）", "中国邮政集团有限公司河源市东源县分公司", 620000],
    ["2021-01-18", "2021-01-22", "县乡村三级物流配送体系建设", "东源县乡村通物流有限公司", 450000],
    ["2021-03-15", "2021-03-19", "农村电商人才培训服务（首付）", "河源市××职业培训学校", 186000],
    ["2021-04-19", "2021-04-23", "村级电商服务站点建设（二期）", "中国邮政集团有限公司河源市东源县分公司", 512000],
    ["2021-06-07", "2021-06-11", "农产品品牌推广及营销活动", "东源县云帆电商代运营有限公司", 238800],
    ["2021-07-12", "2021-07-16", "冷链及溯源系统建设", "东源县绿源冷链仓储有限公司", 296000],
    ["2021-08-16", "2021-08-20", "县电子商务公共服务中心运营", "河源市东江优品网络科技有限公司", 300000],
    ["2021-08-27", "2021-09-02", "村级电商服务站点建设（三期）", "中国邮政集团有限公司河源市东源县分公司", 150000],
    ["2021-08-30", null, "农村电商人才培训服务（尾款）", "河源市××职业培训学校", 124000],
  ];
  const fRows = [["附表7　东源县电子商务进农村综合示范专项资金拨付审批登记表"], ["金额单位：万元　　　省级下达专项资金500万元（粤财工〔2019〕×号）"],
    ["序号", "审批日期", "拨付日期", "项目内容", "收款单位", "本次拨付", "累计拨付", "拨付进度", "备注"]];
  let acc = 0;
  PAY.forEach(([ad, pd, item, who, amt], j) => {
    if (pd) acc += amt;
    fRows.push([j + 1, dateCell(ad, j + 1), pd === null ? "待拨付" : pd === "2021-09-02" ? "2021.9.2" : dateCell(pd, j + 3), item, who, wan(amt), pd ? wan(acc) : null,
      pd ? pct1(acc, 5000000) : null, pd === null ? "已审批，待财政支付" : pd === "2021-09-02" ? "8月27日审批，9月2日支付" : null]);
  });
  fRows.push(["合计", null, null, null, null, wan(sum(PAY.map((p) => p[4]))), wan(acc), pct1(acc, 5000000), "含待拨付12.4万元"]);
  const fMerges = ["A1:I1", "A2:I2", `A${fRows.length}:E${fRows.length}`];
  const spent = sum(PAY.filter((p) => p[1] && p[1] <= CUT).map((p) => p[4]));
  const spentByApproval = sum(PAY.filter((p) => p[1] && p[0] <= CUT).map((p) => p[4]));
  assert(spent === 3462800 && !geP(spent, 5000000, 700) && spentByApproval === 3612800 && geP(spentByApproval, 5000000, 700), "c1 spent 69.3%");

  // ---------------- 附表8 信息报送台账
  const REP = [];
  for (const m of WINDOW) {
    if (m === "2021-01") continue; // 2020年12月月报与2021年1月合并，2月初报送
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    let dd = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const title = m === "2021-02" ? "东源县电子商务进农村综合示范工作进展情况（2020年12月—2021年1月）" : `东源县电子商务进农村综合示范工作进展情况（${cnMonth(prev)}）`;
    REP.push({ d: dd, title, to: "河源市商务局", how: m < "2021-03" ? "电子邮件" : "粤政易", pov: ["2020-12", "2021-03", "2021-06"].includes(m) ? "是（附季度电商扶贫统计表）" : "否" });
  }
  REP.push({ d: "2021-01-15", title: "东源县2020年电子商务工作总结", to: "东源县人民政府办公室", how: "公文交换", pov: "否" });
  REP.push({ d: "2021-09-06", title: "东源县电子商务进农村综合示范工作进展情况（2021年8月）", to: "河源市商务局", how: "粤政易", pov: "是" });
  REP.sort((a, b) => cmp(a.d, b.d));
  const rRows = [["附表8　东源县电子商务进农村工作信息报送台账"], ["序号", "报送时间", "报送内容", "报送对象", "报送方式", "是否含电商扶贫数据"]];
  REP.forEach((r, j) => rRows.push([j + 1, r.d === "2021-09-06" ? "2021.9.6" : dateCell(r.d, j), `《${r.title}》`, r.to, r.how, r.pov]));
  rRows.push(["注：2020年12月工作情况因年底事务较多，与2021年1月合并报送。"]);
  const repMonths = WINDOW.filter((m) => REP.some((r) => r.to === "河源市商务局" && ym(r.d) === m)).length;
  assert(repMonths === 11, "c1 11 report months");

  // ---------------- 附表9 专栏更新记录
  const DIS = [{ d: "2020-07-22", t: "东源县电子商务进农村综合示范创建工作方案" }, { d: "2020-07-22", t: "东源县电子商务进农村综合示范项目基本信息表" },
    { d: "2020-08-03", t: "关于公布电子商务进农村综合示范项目监督举报电话的公告" }];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    DIS.push({ d: `${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, t: `东源县电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）` });
    if (rnd() < 0.35) DIS.push({ d: `${m}-${String(rint(10, 28)).padStart(2, "0")}`, t: ["东源县村级电商服务站点建设动态", "东源县电商培训工作动态", "东源县农产品网络促销活动情况"][rint(0, 2)] });
  }
  DIS.push({ d: "2021-09-07", t: "东源县电子商务进农村综合示范项目建设进度（2021年8月）" });
  DIS.sort((a, b) => cmp(a.d, b.d));
  const uRows = [["附表9　东源县人民政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目", "发布人"]];
  DIS.forEach((u, j) => uRows.push([j + 1, dateCell(u.d, j + 1), u.t, "电子商务进农村综合示范", "县商务局"]));
  const disMonths = WINDOW.filter((m) => DIS.some((u) => ym(u.d) === m)).length;
  assert(disMonths === 12, "c1 12 disclosure months");

  // ---------------- 附表10 宣传报道 / 附表11 经验材料
  const MED = [["2020-11-20", "东源县融媒体中心", "县级", "网络", "东源首批村级电商服务站挂牌运营", "否"], ["2021-01-15", "河源日报", "市级", "报纸", "东源：电商培训进村入户", "否"],
    ["2021-04-22", "南方日报", "省级", "报纸", "东源仙湖茶搭上直播快车", "否"], ["2021-06-10", "中央广播电视总台农业农村频道（CCTV-17）《聚焦三农》", "国家级", "电视", "广东东源：脱贫户直播卖板栗", "是"],
    ["2021-09-09", "河源广播电视台", "市级", "电视", "东源县电商进农村示范创建迎检", "否"]];
  const mRows = [["附表10　东源县电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-09" ? "2021.9.9" : dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["附表11　经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"],
    [1, "2021年9月6日", "《东源县“电商＋茶叶”助力脱贫户增收经验做法》", "河源市商务局", "粤政易"], ["注：7月拟报送的经验材料因防疫工作推迟，9月补报。"]];

  // ---------------- 自评情况一览 (facts + claimed)
  const fr = [];
  const fm = [];
  const W = 7;
  fr.push(padRow(["东源县2019年省级电子商务进农村综合示范创建考评自评情况一览表"], W));
  fm.push("A1:G1");
  fr.push(padRow(["填报单位：东源县商务局（盖章）　　数据截止时间：2021年8月31日　　填报时间：2021年9月6日"], W));
  fm.push("A2:G2");
  fr.push(["序号", "工作任务", "评价指标", "分值", "自评分", "得分依据（主要数据及说明）", "佐证材料"]);
  const SC = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, 2, ["领导小组组长：县委副书记、县长", "成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、县邮政分公司"], "东源县委办〔2020〕5号", "org.leadership"],
    [null, "方案制定", 2, 2, ["工作方案：已正式印发（东府办〔2020〕8号，2020年3月16日）", "方案因地制宜、可操作性强，自评2分"], "工作方案", "org.plan"],
    [null, "政策支持", 2, 2, ["扶持政策：已出台《东源县促进农村电子商务发展若干措施》", "落实较好，自评2分"], "政策文件", "org.policy"],
    [null, "项目管理", 4, 3, ["项目管理制度：已建立，自评2分", "工作台账：前期记录不全，自评1分"], "管理制度、工作台账", "org.management"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心与产业园）", 15, 15, ["公共服务中心投入运营：2020年11月26日", "免费培训场所及设备：有", "免费展示、销售特色农产品：有", "免费摄影、美工服务：有",
      "统一推广及品牌建设：有（“东源仙湖茶”“东源板栗”区域公用品牌）", "其他衍生增值服务：有（代运营、直播间、金融对接）", "电商产业园：已建成（东源县电商产业园，仙塘镇）", "入驻企业：见附表6"], "现场查看；附表6", "work.center"],
    [null, "服务体系建设（村级站点覆盖）", 10, 10, ["行政村：236个（另有社区15个）", "省定相对贫困村：42个", "站点情况：见附表1、附表2"], "附表1、附表2", "work.coverage"],
    [null, "农村产品上行", 10, 9, ["网销调研：已形成调研报告，自评2分", "网络促销活动：成效明显，自评2分", "专业第三方运营服务商：有（河源市东江优品网络科技有限公司）",
      "行政村物流快递覆盖率：98.3%（4个偏远村由邮政代投，未设快递点）", "交易标准及冷链溯源：自评1分", "2019年农村网络零售额：18.62亿元", "2020年农村网络零售额：21.35亿元",
      "2019年农产品网络零售额：3.08亿元", "2020年农产品网络零售额：4.12亿元（同比增长33.8%）"], "调研报告、活动总结", "work.upward"],
    [null, "电商人才培训", 20, 20, ["常住人口：41.58万人（第七次全国人口普查）", "培训人次：见附表3", "有劳动能力的脱贫人口（不含外出务工）：见附表4", "参训脱贫人口：见附表5"], "附表3、附表4、附表5", "work.training"],
    ["加强信息公开及报送（10分）", "信息公开", 4, 4, ["县政府网站设“电子商务进农村综合示范”专栏", "公示内容：创建方案、项目基本信息、项目建设进度、监督举报电话", "更新情况：见附表9"], "附表9", "info.disclosure"],
    [null, "数据上报", 6, 6, ["每月向河源市商务局报送工作进展：见附表8", "能统计电商扶贫情况：是"], "附表8", "info.reporting"],
    ["加强宣传推广（10分）", "案例总结", 2, 2, ["已向河源市商务局报送经验材料：见附表11"], "附表11", "promo.cases"],
    [null, "经验推广", 8, 8, ["见附表10（央视、南方日报、河源日报、县融媒体）"], "附表10", "promo.media"],
    ["加强财政资金管理（15分）", "制度建立", 5, 4, ["资金管理制度：已制定《东源县电子商务进农村综合示范项目资金管理办法》", "自评4分"], "资金管理办法", "fund.system"],
    [null, "资金台账", 5, 5, ["资金专用台账：已建立，账目完整", "自评5分"], "资金台账", "fund.ledger"],
    [null, "资金支出", 5, 4, ["下达省级专项资金：500万元", "累计拨付：见附表7", "资金及时拨付：自评4分"], "附表7", "fund.spending"],
    ["加分项（4分）", "贫困人口培训率70%及以上", 2, 0, ["—"], null, "bonus.poorTraining"],
    [null, "电商扶贫典型案例电视播报", 2, 2, ["2021年6月10日央视农业农村频道《聚焦三农》播出东源脱贫户直播卖板栗（国家级）"], "附表10", "bonus.tvCase"],
  ];
  const claimed = {};
  let group0 = null;
  SC.forEach(([g, n, w, p, lines, ev, id], j) => {
    fr.push([j + 1, g, n, w, p, lines.join("\n"), ev]);
    claimed[id] = p;
    if (g) {
      if (group0) mergeCol(fm, "B", group0, fr.length - 1);
      group0 = fr.length;
    }
  });
  mergeCol(fm, "B", group0, fr.length);
  fr.push([SC.length + 1, "一票否决项", "安全生产、质量事故", null, null, "无", null]);
  const v0 = fr.length;
  fr.push([SC.length + 2, null, "项目总体进度", null, null, "91%", null]);
  fr.push([SC.length + 3, null, "弄虚作假", null, null, "无", null]);
  mergeCol(fm, "B", v0, fr.length);
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  const claimedBonus = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  assert(claimedScored === 96 && claimedBonus === 2, "c1 claimed " + claimedScored);
  fr.push(["合计", null, null, 100, `${claimedScored}＋${claimedBonus}`, "基础分96分，加分项2分", null]);
  fm.push(`A${fr.length}:C${fr.length}`);
  fr.push(padRow(["填表人：刘××　　审核人：叶××（县商务局副局长）　　联系电话：0762-8xxxxxx"], W));
  fm.push(`A${fr.length}:G${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 facts width");

  const note = [["说明"], ["1．本工作簿为东源县电子商务进农村综合示范创建考评自评材料电子版，数据截至2021年8月31日。"], ["2．附表3培训台账按期次登记，小计、总计行为汇总；附表5人员已计入附表3。"],
    ["3．附表7金额单位为万元，“累计拨付”“拨付进度”为滚动累计。"], ["4．附表2中镇级服务站不计入村级站点覆盖。"]];

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  assert("2020-11-26" <= "2021-02-28", "c1 6 months");
  const covPts = covTier(covSet.size, vBase) + poorCovTier(covPoor.length, poor.length);
  const trainPts = trainTier(ptCut, tBase) + poorTier(trainedCut.size, elig.length);
  assert(41200 * 100 >= 30800 * 130 && !(213500 * 100 >= 186200 * 130), "c1 growth: agri ≥ 30%, rural < 30%");
  const fundPts = geP(spent, 5000000, 700) ? 4 : -5;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 2 + 1 + 0 + 1 + 2, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1),
    "info.reporting": (repMonths === 12 ? 3 : 1) + 3, "promo.cases": 0, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": fundPts,
    "bonus.poorTraining": geP(trainedCut.size, elig.length, 700) ? 2 : 0, "bonus.tvCase": 2, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 15 && covPts === 10 && trainPts === 16 && fundPts === -5, "c1 parts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 78 && bonus === 2, "c1 total " + scored + "+" + bonus);
  const entLeft = ENT.find((e) => e.left === "2021-05-20");
  const ent93 = ENT.find((e) => e.left === "2021-09-03");
  const derivation = [
    "org.leadership: 组长“县委副书记、县长”（县长＝主要领导）；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 工作方案已正式印发（东府办〔2020〕8号），得分依据“自评2分” → 2",
    "org.policy: 《若干措施》已出台，“自评2分” → 2",
    "org.management: 项目管理制度“自评2分”＋工作台账“自评1分” → 3",
    `work.center: 中心2020年11月26日投入运营 → 建成2；≤ 2021-02-28 → 运行满6个月2；免费培训2、展示销售1、摄影美工1、品牌建设1、其他衍生增值服务1；产业园已建成2；附表6在园：23行中“${entLeft.n}”2021.5.20退园不算、“拟入驻”一家没有入驻日期不算、“2021.9.2”入驻一家不算，“${ent93.n}”2021年9月3日才退园仍算 → 20家 → 2；类型有平台型、销售型、电商运营服务商、物流快递等 → 1；合计15`,
    `work.coverage: 附表1行政村236个（社区15个不算），236 ≥ 200 → 基数200；附表2站点没有“所在村”列，村名从站点名称读（“××村委会／村民委员会电商服务站”同一村），建成时间 ≤ 2021-08-31 的行政村140个（“${vCut}”2021/8/31建成算；“${vMonth}”只写“2021年8月”算；两村各有第二个站只算一次；“${uncovered[0]}”2021.9.8、“${uncovered[1]}”“2021年9月”不算；镇级服务站、社区站不算） → 140/200 = 70.0% ≥ 70% → 5（按236算只有59.3%；少了8月31日那站是139/200 = 69.5% → 2）；省定相对贫困村42个全部有站 → 42/42 → 5；合计10`,
    "work.upward: 网销调研2、网络促销2（得分依据）；第三方运营服务商有 → 1；附表1没有快递列，按事实“行政村物流快递覆盖率98.3%” → 0；交易标准及冷链溯源1；农村网零18.62→21.35亿元增长14.7%，农产品网零3.08→4.12亿元增长33.8% ≥ 30% → 2；合计8（自评9）",
    `work.training: 附表3按期次计人次，截止日前第1—24期 = ${fmtInt(ptCut)}人次（第25期“2021.8.30-9.1”三天班按结束日9月1日，在截止日后不算；第26期2021.9.14不算；年度小计、总计行不另加）；常住人口41.58万 → ${fmtInt(ptCut)}/415,800 = 0.99% < 1% → 8（算上第25期168人次就是4,274人次 ≥ 1%）；附表4有劳动能力（普通、技能、弱劳动力或半劳动力）且不是省外、县外省内务工的60人；附表5截止日前身份证号对上的24人（“${xPerson.name}”名单写成小写x，就是末位X那人；一人身份证号中间有空格；一人参训两次算一次；两人只参加第25期、一人只参加第26期不算；外出务工两人不在60人内） → 24/60 = 40% → 8（漏掉小写x那人是23/60 = 38.3% → 6）；合计16（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、项目建设进度、监督举报电话 → 2；附表9 2020年9月—2021年8月每月都有发布 → 2；合计4",
    "info.reporting: 附表8报河源市商务局的报送，2021年1月没有（12月与1月合并于2月初报送；1月15日报县政府办的年度总结不是报市局），其余11个月都有 → 不定时1；“能统计电商扶贫情况：是” → 3；合计4（自评6）",
    "promo.cases: 附表11唯一一份经验材料2021年9月6日才报送，截止日前没有 → 0（自评2）",
    "promo.media: 截止日前：央视农业农村频道（国家级） → 4；河源日报（市级） → 3；县融媒体中心（县级） → 1；河源广播电视台2021.9.9不算 → 8",
    "fund.system: 资金管理办法已制定，“自评4分” → 4",
    "fund.ledger: 资金专用台账已建立，“自评5分” → 5",
    `fund.spending: 附表7按“拨付日期”：截止日前8笔 = ${wan(spent)}万元 = ${fmtMoney(spent)}元（8月27日审批、2021.9.2才拨付的15万元不算，“待拨付”的12.4万元没有拨付，累计拨付、拨付进度列和合计行不另加） → ${fmtMoney(spent)}/5,000,000 = 69.3% < 70% → 倒扣5（按审批日期算是361.28万元 = 72.3%，就会按自评给4）`,
    "bonus.poorTraining: 贫困人口培训率24/60 = 40% < 70% → 0",
    "bonus.tvCase: 2021年6月10日央视农业农村频道《聚焦三农》播出电商扶贫典型案例（国家级电视） → 2",
    "veto.incident: 安全生产、质量事故“无” → 不否决",
    "veto.progress: 项目总体进度91% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  return {
    description:
      "河源市东源县商务局整本考评自评材料（13个表：自评情况一览、附表1—附表11、说明），78＋加分2＝80分、未否决（自评96＋2）：《自评情况一览》一指标一行（工作任务纵向合并），“自评分”是claimed，“得分依据”一格里多行“标签：值”（县长任组长、成员单位、中心2020年11月26日运营、快递覆盖98.3%、零售额亿元、常住人口41.58万人），不少行只写“见附表n”；台账：附表1是驻镇帮镇扶结对表当村名单（236个行政村超200按200算、类别“省定相对贫困村／一般村／社区”），附表2站点清单没有所在村列、村名在站点名称里（140/200正好70%，靠8月31日一站），附表3培训按期次有年度小计（“2021.8.30-9.1”三天班按9月1日不算，4,106人次不到1%），附表4防返贫系统导出，附表5参训名单一人身份证号小写x（24/60＝40%），附表6企业状态写在“状态”里，附表7审批日期与拨付日期两列（按拨付日期69.3%，倒扣5分），附表8报送（1月缺、一份报县政府办），附表9专栏，附表10央视典型案例，附表11唯一一份经验材料在9月。",
    sheets: [
      { name: "自评情况一览", rows: fr, merges: fm },
      { name: "附表1 村（社区）名单", rows: vRows, merges: vMerges },
      { name: "附表2 站点清单", rows: sRows, merges: sMerges },
      { name: "附表3 培训台账", rows: tRows, merges: tMerges },
      { name: "附表4 脱贫人口", rows: pRows, merges: pMerges },
      { name: "附表5 脱贫人口参训名单", rows: trRows, merges: trMerges },
      { name: "附表6 入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "附表7 资金拨付", rows: fRows, merges: fMerges },
      { name: "附表8 信息报送", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
      { name: "附表9 专栏更新", rows: uRows, merges: ["A1:E1"] },
      { name: "附表10 宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "附表11 经验材料", rows: matRows, merges: ["A1:E1", "A4:E4"] },
      { name: "说明", rows: note, merges: [] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 湛江市赤坎区: 《考评基础数据双方核对表》 (商务局 甲 vs 中心运营方 乙, 核对结论 per row)
// =====================================================================================================
function buildF1() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("赤坎区电子商务进农村综合示范考评基础数据双方核对表");
  full("甲方：湛江市赤坎区商务局（台账数）　　　乙方：湛江赤坎优品电子商务运营有限公司（区电子商务公共服务中心运营方，报送数）");
  full("数据截止：2021年8月31日（省考评截止日）　　　核对日期：2021年9月4日　　　核对地点：区电子商务公共服务中心二楼会议室");
  full("核对规则：核对结论为“一致”或“以甲方为准”的取甲方数；“以乙方为准”的取乙方数；“更正为……”的取更正后的数；“待核实”的本次不采用，核实后另行报送。");
  rows.push(["序号", "数据项", "单位", "甲方（商务局台账）", "乙方（运营方报送）", "差异", "核对结论", "说明"]);
  let n = 0;
  const sec = (t) => full(t);
  const r = (item, unit, a, b, d, concl, note) => {
    n++;
    rows.push([n, item, unit, a, b, d, concl, note || null]);
  };
  sec("一、基本情况");
  r("县（市、区）", "—", "赤坎区", "赤坎区", "—", "一致");
  r("常住人口", "万人", 32.61, "—", "—", "以甲方为准", "第七次全国人口普查数，乙方不掌握");
  r("行政村数", "个", 14, 16, -2, "以甲方为准", "乙方把调顺、北桥两个社区计入");
  r("省定贫困村数", "个", 0, "无", "—", "一致");
  sec("二、组织领导");
  r("领导小组组长", "—", "区委副书记、区长", "—", "—", "以甲方为准", "赤坎府办〔2020〕17号");
  r("领导小组成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、邮政赤坎分公司", "—", "—", "以甲方为准");
  r("示范创建工作方案", "—", "已正式印发", "已印发", "—", "一致", "湛赤府办〔2020〕21号");
  r("支持农村电商发展的政策", "—", "已出台", "未见文件", "—", "以甲方为准", "《赤坎区促进电子商务发展扶持办法》2020年9月印发，已向乙方提供文本");
  sec("三、县级公共服务中心和产业园");
  r("公共服务中心投入运营日期", "—", "2020年12月8日", "2020.11.18", "—", "以甲方为准", "11月18日为试运营，12月8日揭牌正式投入运营");
  r("免费培训场所和培训设备", "—", "有", "有", "—", "一致");
  r("免费展示、销售特色农产品", "—", "有", "√", "—", "一致");
  r("免费摄影、美工服务", "—", "有", "摄影免费，美工按件收费", "—", "以乙方为准");
  r("统一推广、品牌建设指导", "—", "有", "有", "—", "一致", "“赤坎老街”区域品牌");
  r("其他衍生增值服务", "—", "无", "有（代运营、直播间租用）", "—", "以乙方为准", "2021年3月起已开展");
  r("电商产业园", "—", "已整合（赤坎电商创意园）", "已整合", "—", "一致");
  r("产业园入驻企业", "家", 21, 23, -2, "待核实", "两家9月签约企业是否计入待核");
  r("专业第三方运营服务商", "—", "有", "有（本公司）", "—", "一致");
  sec("四、农村产品上行");
  r("行政村物流快递覆盖率", "%", 100, "—", "—", "以甲方为准", "区邮政管理部门出具证明");
  r("2019年农村网络零售额", "亿元", 5.62, "56,200万元", 0, "一致");
  r("2020年农村网络零售额", "亿元", 6.91, "69,100万元", 0, "一致");
  r("2019年农产品网络零售额", "亿元", 0.97, 0.97, 0, "一致");
  r("2020年农产品网络零售额", "亿元", 1.28, 1.35, -0.07, "更正为1.31", "以区统计局9月3日反馈数为准");
  r("2020年农产品网络零售额同比增速", "%", 32.0, 39.2, -7.2, "更正为35.1", "按更正后的零售额重算");
  sec("五、电商人才培训");
  r("电商培训人次", "人次", "3,386", "3,512", -126, "以甲方为准", "乙方含9月第14期126人次");
  r("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 58, "—", "—", "以甲方为准", "区乡村振兴局确认");
  r("参加培训的建档立卡贫困人口（按身份证号去重）", "人", 31, 33, -2, "待核实", "2人身份证号待与区乡村振兴局核对");
  sec("六、信息公开及报送");
  r("专栏公示创建方案", "—", "是", "—", "—", "以甲方为准");
  r("专栏公示项目基本信息", "—", "是", "—", "—", "以甲方为准");
  r("专栏按月公示项目建设进度", "—", "是", "—", "—", "以甲方为准");
  r("专栏设立征求意见或监督举报窗口", "—", "否", "—", "—", "以甲方为准", "拟9月开通监督举报电话");
  r("每月向市商务局报送工作情况", "—", "是（2021年2月未报）", "—", "—", "以甲方为准");
  r("能统计电商扶贫情况", "—", "能", "能", "—", "一致");
  sec("七、资金管理");
  r("省级专项资金下达", "万元", 500, "—", "—", "以甲方为准");
  r("累计拨付资金", "元", "3,864,200.00", "2,150,000.00", "1,714,200.00", "以甲方为准", "乙方数为本公司收款数");
  r("专项资金管理制度", "—", "已制定", "—", "—", "以甲方为准");
  r("资金专用台账", "—", "已建立", "已建立（运营方台账）", "—", "一致");
  r("项目总体进度", "%", 88, 90, -2, "以甲方为准");
  sec("八、主观评分项自评（分）");
  r("方案制定", "分", 2, "不适用", "—", "以甲方为准");
  r("政策支持", "分", 1, "不适用", "—", "以甲方为准");
  r("项目管理制度", "分", 2, 2, 0, "一致");
  r("工作台账", "分", 1, 2, -1, "以甲方为准", "前期台账不完整");
  r("网销调研", "分", 2, 2, 0, "一致");
  r("网络促销活动", "分", 1, 2, -1, "以甲方为准");
  r("交易标准及冷链、溯源系统", "分", 1, 2, -1, "以乙方为准", "溯源系统已于2021年8月验收");
  r("资金管理制度", "分", 4, "不适用", "—", "以甲方为准");
  r("资金台账", "分", 4, 5, -1, "以甲方为准");
  r("资金及时拨付", "分", 4, "不适用", "—", "以甲方为准");
  sec("九、一票否决事项");
  r("发生安全生产、质量事故或重大损失", "—", "无", "无", "—", "一致");
  r("弄虚作假", "—", "无", "—", "—", "以甲方为准");
  rows.push(padRow(["甲方核对人：陈××（区商务局电商股）", null, null, null, "乙方核对人：林××（运营方项目经理）"], W));
  merges.push(`A${rows.length}:D${rows.length}`, `E${rows.length}:H${rows.length}`);
  rows.push(padRow(["审核：黄××（区商务局副局长）　2021年9月4日"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(rows.every((x) => x.length === W), "f1 width");
  assert(Math.round((1.31 / 0.97 - 1) * 1000) === 351 && Math.round((1.28 / 0.97 - 1) * 1000) === 320 && Math.round((1.35 / 0.97 - 1) * 1000) === 392, "f1 growth");
  return {
    description:
      "湛江赤坎区商务局与区电子商务公共服务中心运营方对数后交来当事实表的《考评基础数据双方核对表》：四行抬头（标题、甲乙双方、截止与核对日期、核对规则），表头 序号｜数据项｜单位｜甲方（商务局台账）｜乙方（运营方报送）｜差异｜核对结论｜说明，按一至九节分段（节标题整行合并）。读法：每行按“核对结论”取值——“一致”“以甲方为准”取甲方，“以乙方为准”取乙方（免费摄影美工→否、其他衍生增值服务→有、交易标准溯源自评2分），“更正为1.31”“更正为35.1”取更正数（亿元、%看单位列），“待核实”的参训贫困人口不采用；乙方自带单位（“56,200万元”＝5.62亿元）；中心12月8日正式运营（11月18日是试运营）；行政村14个；产业园入驻企业、每月报送不是输入项；主观评分十项按结论取。",
    sheets: [{ name: "双方核对表", rows, merges }],
    expect: {
      facts: {
        county: "赤坎区", asOf: "2021-08-31", residentPopulation: 326100, adminVillagesStated: 14, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 562000000, ruralRetail2020: 691000000, agriRetail2019: 97000000, agriRetail2020: 131000000, agriRetailGrowthStated: 0.351,
        trainingPersonTimesStated: 3386, eligiblePoorPersonsStated: 58,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3864200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// f2 — 珠海市香洲区: V1 报送稿 + 修订记录 on one sheet
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  const kv = (no, label, value, unit, note) => {
    rows.push([no, label, null, value, unit, note || null, null, null]);
    const r = rows.length;
    merges.push(`B${r}:C${r}`, `F${r}:H${r}`);
  };
  full("香洲区电子商务进农村综合示范考评基础数据（报送稿）");
  full("报送单位：珠海市香洲区商务局　　　V1报送日期：2021年8月25日　　　考评截止日期：2021年8月31日");
  full("说明：本表为8月25日V1报送稿，原样保留；此后的修改不改动本表，统一登记在下方“三、修订记录”，以修订后的数为准（同一项多次修订的，以最后一次为准）。");
  full("一、基础数据");
  rows.push(["序号", "项目", null, "填报值", "单位", "备注", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  kv(1, "县（市、区）", "香洲区", null);
  kv(2, "常住人口", 115.38, "万人", "第七次全国人口普查");
  kv(3, "行政村数", 12, "个", "另有社区居委会133个");
  kv(4, "省定贫困村数", 0, "个", "本区无省定贫困村");
  kv(5, "领导小组组长", "区委常委、常务副区长", null);
  kv(6, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局", null);
  kv(7, "示范创建工作方案", "已印发", null, "珠香府办〔2020〕12号");
  kv(8, "支持农村电商发展的政策", "未出台（起草中）", null);
  kv(9, "公共服务中心投入运营日期", "2021年3月1日", null);
  kv(10, "免费培训场所和培训设备", "有", null);
  kv(11, "免费展示、销售特色农产品", "有", null);
  kv(12, "免费摄影、美工服务", "有", null);
  kv(13, "统一推广、品牌建设指导", "有", null);
  kv(14, "其他衍生增值服务", "有", null, "代运营、直播间、融资对接");
  kv(15, "电商产业园", "已建成", null, "香洲区电商产业园（南屏）");
  kv(16, "专业第三方运营服务商", "有", null);
  kv(17, "行政村物流快递覆盖率", 100, "%");
  kv(18, "2019年农村网络零售额", "38,620", "万元");
  kv(19, "2020年农村网络零售额", "47,310", "万元");
  kv(20, "2019年农产品网络零售额", "6,120", "万元");
  kv(21, "2020年农产品网络零售额", "7,640", "万元");
  kv(22, "电商培训人次", "11,234", "人次", "截至8月25日");
  kv(23, "有劳动能力的建档立卡贫困人口（不含外出务工）", 46, "人");
  kv(24, "参加培训的建档立卡贫困人口", 28, "人", "按身份证号去重");
  kv(25, "专栏公示创建方案", "是", null);
  kv(26, "专栏公示项目基本信息", "是", null);
  kv(27, "专栏按月公示项目建设进度", "是", null);
  kv(28, "专栏设立征求意见或监督举报窗口", "否", null);
  kv(29, "能统计电商扶贫情况", "是", null);
  kv(30, "省级专项资金下达", 500, "万元");
  kv(31, "累计拨付", 356.4, "万元");
  kv(32, "专项资金管理制度", "已制定", null);
  kv(33, "资金专用台账", "已建立", null);
  kv(34, "项目总体进度", 85, "%");
  kv(35, "发生安全生产、质量事故", "否", null);
  kv(36, "弄虚作假", "否", null);
  full("二、主观评分项自评");
  rows.push(["序号", "评分项", null, "自评分", "分值范围", "说明", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  kv(37, "方案制定", 2, "1-2分");
  kv(38, "政策支持", "—", "1-2分", "政策未出台，暂不自评");
  kv(39, "项目管理制度", 2, "1-2分");
  kv(40, "工作台账", 2, "1-2分");
  kv(41, "网销调研", 1, "1-2分");
  kv(42, "网络促销活动", 2, "1-2分");
  kv(43, "交易标准及冷链、溯源系统", 1, "1-2分");
  kv(44, "资金管理制度", 4, "1-5分");
  kv(45, "资金台账", 4, "1-5分");
  kv(46, "资金及时拨付", 3, "1-5分");
  rows.push(padRow([], W));
  full("三、修订记录");
  rows.push(["版本", "修订日期", "对应序号", "修改项", "原值", "修改为", "修改依据", "修改人"]);
  const LOG = [
    ["V2", D("2021-09-01"), 5, "领导小组组长", "区委常委、常务副区长", "区委副书记、区长", "区政府办《关于调整区电子商务进农村综合示范工作领导小组的通知》（8月27日）", "梁××"],
    ["V2", D("2021-09-01"), 6, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局", "区商务局、区财政局、区农业农村局（区乡村振兴局）、区交通运输局、区市场监管局", "同上通知", "梁××"],
    ["V2", D("2021-09-01"), 8, "支持农村电商发展的政策", "未出台（起草中）", "已出台（香府办〔2021〕9号，2021年8月27日印发）", "政策文件", "梁××"],
    ["V2", D("2021-09-01"), 9, "公共服务中心投入运营日期", "2021年3月1日", "2021年2月26日", "按揭牌仪式新闻稿", "梁××"],
    ["V2", D("2021-09-01"), 21, "2020年农产品网络零售额", "7,640万元", "81,250,000元", "区统计局核定数（单位：元）", "梁××"],
    ["V2", D("2021-09-01"), 22, "电商培训人次", "11,234", "11,586", "补录8月26日—31日三期，截至8月31日", "梁××"],
    ["V2", D("2021-09-01"), 28, "专栏设立征求意见或监督举报窗口", "否", "是", "8月30日开通监督举报邮箱", "梁××"],
    ["V2", D("2021-09-01"), 31, "累计拨付", "356.4万元", "378.9万元", "8月27日、8月31日两笔拨付，截至8月31日", "梁××"],
    ["V2", D("2021-09-01"), 34, "项目总体进度", "85%", "90%", null, "梁××"],
    ["V2", D("2021-09-01"), 38, "政策支持（自评）", "—", "1分", "政策已出台", "梁××"],
    ["V3", "2021.9.6", 9, "公共服务中心投入运营日期", "2021年2月26日", "撤销V2修改，恢复原值2021年3月1日", "2月26日为揭牌仪式预演，正式运营以运营协议为准", "周××"],
    ["V3", "2021.9.6", 12, "免费摄影、美工服务", "有", "无（美工按件收费）", "现场核查", "周××"],
    ["V3", "2021.9.6", 24, "参加培训的建档立卡贫困人口", "28", "30", "核对签到表补录2人", "周××"],
    ["V3", "2021.9.6", 46, "资金及时拨付（自评）", "3分", "4分", "局务会审定", "周××"],
  ];
  for (const l of LOG) rows.push(l);
  full("注：修订记录按时间先后登记，V2由电商股梁××修订、V3由股长周××修订，均经分管局领导审核。");
  assert(rows.every((x) => x.length === W), "f2 width");
  return {
    description:
      "珠海香洲区商务局的《考评基础数据（报送稿）》：一张表上是8月25日的V1报送稿（“一、基础数据”序号｜项目｜填报值｜单位｜备注36项、“二、主观评分项自评”10项），下面是“三、修订记录”（版本｜修订日期｜对应序号｜修改项｜原值｜修改为｜修改依据｜修改人），说明行写明V1不改、以修订后为准、同一项以最后一次为准。读法：把V2、V3依次套到V1上——组长改为区委副书记、区长，成员单位改为含“区农业农村局（区乡村振兴局）” → principal-all；政策已出台、政策支持自评1分；中心运营日期V2改2月26日、V3撤销恢复为2021年3月1日；农产品网零改为“81,250,000元”（单位不同）；培训11,586人次；举报窗口是；拨付378.9万元；进度90%；摄影美工改为无；参训贫困人口30人；资金及时拨付4分；没被修订的按V1读。",
    sheets: [{ name: "基础数据及修订记录", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 1153800, adminVillagesStated: 12, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 386200000, ruralRetail2020: 473100000, agriRetail2019: 61200000, agriRetail2020: 81250000,
        trainingPersonTimesStated: 11586, eligiblePoorPersonsStated: 46, trainedPoorPersonsStated: 30,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3789000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
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
// f3 — 揭阳市普宁市: one sheet per section + a hidden void draft
// =====================================================================================================
function buildF3() {
  const sheets = [];
  const kvSheet = (name, title, pairs, extra) => {
    const rows = [[title, null, null], ["项目", "内容", "备注"]];
    for (const p of pairs) rows.push([p[0], p[1], p[2] === undefined ? null : p[2]]);
    for (const e of extra || []) rows.push(padRow(e.slice(), 3));
    sheets.push({ name, rows, merges: ["A1:C1"] });
  };
  sheets.push({
    name: "封面",
    rows: [["普宁市电子商务进农村综合示范创建考评基础数据"], [null], ["填报单位：普宁市商务局"], ["数据截止日期：2021年8月31日"], [null],
      ["目录：1基本情况　2组织领导　3中心园区　4物流培训　5农村产品上行　6公开报送　7资金及否决　8自评"], [null], ["2021年9月"]],
    merges: [],
  });
  kvSheet("1基本情况", "一、基本情况", [
    ["县（市、区）", "普宁市"], ["常住人口", "202.28万人", "七普；户籍人口249.6万人"], ["行政村", "436个", "另有社区57个"], ["省定贫困村", "23个"],
  ]);
  kvSheet("2组织领导", "二、组织领导", [
    ["领导小组组长", "市委常委、常务副市长"], ["副组长", "副市长（分管商务）、市商务局局长"],
    ["成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监督管理局、市邮政管理局"],
    ["示范创建工作方案", "已印发", "普府办〔2020〕15号，2020年4月3日"], ["扶持政策", "已出台", "《普宁市促进电子商务进农村发展扶持办法》"],
  ]);
  const r3 = [["三、县级公共服务中心和产业园", null, null, null], ["项目", "内容", "备注", null], ["公共服务中心投入运营日期", D("2020-10-28"), "普宁市电子商务公共服务中心（流沙）", null],
    ["服务项目", "是否提供", "是否免费", "说明"], ["电商基础培训（培训场所及设备）", "Y", "Y", null], ["特色农产品展示、销售", "Y", "Y", null], ["摄影、美工", "Y", "N", "按成本价收费"],
    ["农产品统一推广、品牌建设指导", "Y", "Y", "“普宁青梅”“普宁蕉柑”"], ["其他衍生增值服务", "Y", "—", "代运营、供应链金融对接"], ["电商产业园", "Y", null, "整合普宁市电子商务产业园"],
    ["专业第三方运营服务商", "Y", null, "揭阳××电子商务有限公司"], ["注：Y＝是，N＝否。", null, null, null]];
  sheets.push({ name: "3中心园区", rows: r3, merges: ["A1:D1", "A12:D12"] });
  kvSheet("4物流培训", "四、物流和培训", [
    ["行政村物流快递覆盖率", "100%"], ["电商培训人次", "10,536人次", "常住人口超过50万，按50万计，覆盖率2.1%"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "4,386人", "市乡村振兴局核定"], ["参加培训的建档立卡贫困人口", "2,417人", "按身份证号去重"],
  ]);
  const r5 = [["五、农村产品上行（金额单位：亿元）", null, null, null, null, null, null], ["指标", "2019年", "2020年", "2020年同比增长", "2021年1—8月", "2021年1—8月同比增长", "备注"],
    ["农村网络零售额", 86.42, 108.37, "25.4%", 79.15, "18.2%", "2021年1—8月两年平均增长21.7%"],
    ["农产品网络零售额", 11.86, 15.73, "32.6%", 10.94, "12.8%", "2021年8月环比增长6.3%"],
    ["农产品网络零售额占农村网络零售额比重", "13.7%", "14.5%", "提高0.8个百分点", null, null, null],
    ["注：数据来源为省商务厅电子商务大数据平台。", null, null, null, null, null, null]];
  assert(pct1(10837 - 8642, 8642) === "25.4%" && pct1(1573 - 1186, 1186) === "32.6%" && pct1(1186, 8642) === "13.7%" && pct1(1573, 10837) === "14.5%", "f3 retail");
  sheets.push({ name: "5农村产品上行", rows: r5, merges: ["A1:G1", "A6:G6"] });
  kvSheet("6公开报送", "六、信息公开及报送", [
    ["专栏公示内容", "☑创建方案　☑项目基本信息　☑项目建设进度　□征求意见窗口　☑监督举报窗口"], ["专栏更新", "按月更新"], ["向揭阳市商务局报送", "每月"],
    ["能否统计电商扶贫情况", "能", "月报附电商扶贫统计表"],
  ]);
  kvSheet("7资金及否决", "七、资金及否决事项", [
    ["省级专项资金下达", "500.00万元"], ["累计拨付", "4,105,360.00元", "截至2021年8月31日"], ["资金管理制度", "已制定"], ["资金专用台账", "已建立"],
    ["项目总体进度", "93%"], ["安全生产、质量事故或重大损失", "否"], ["弄虚作假", "否"],
  ]);
  const SC = [["组织领导", 2, 1, null, "org.leadership"], ["方案制定", 2, 2, "2", "org.plan"], ["政策支持", 2, 2, "2", "org.policy"], ["项目管理", 4, 3, "制度2、台账1", "org.management"],
    ["服务体系建设（中心及产业园）", 15, 14, null, "work.center"], ["服务体系建设（村级站点）", 10, 10, null, "work.coverage"], ["农村产品上行", 10, 9, "调研2、促销2、标准1", "work.upward"],
    ["电商人才培训", 20, 20, null, "work.training"], ["信息公开", 4, 4, null, "info.disclosure"], ["数据上报", 6, 6, null, "info.reporting"], ["案例总结", 2, 2, null, "promo.cases"],
    ["经验推广", 8, 8, null, "promo.media"], ["制度建立", 5, 5, "5", "fund.system"], ["资金台账", 5, 4, "4", "fund.ledger"], ["资金支出", 5, 5, "及时拨付5", "fund.spending"],
    ["加分项：贫困人口培训率≥70%", 2, 0, null, "bonus.poorTraining"], ["加分项：电视播报电商扶贫典型案例", 2, 1, "广东广播电视台", "bonus.tvCase"]];
  const r8 = [["八、自评", null, null, null], ["评价指标", "分值", "自评分", "其中主观评分项"]];
  const claimed = {};
  for (const [n, w, p, sub, id] of SC) {
    r8.push([n, w, p, sub]);
    claimed[id] = p;
  }
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 95, "f3 claimed 95 " + tot);
  r8.push(["合计", 100, `${tot}（另加分1）`, null]);
  sheets.push({ name: "8自评", rows: r8, merges: ["A1:D1"] });
  const old = [["普宁市考评基础数据（8月27日稿）——作废，以正式稿为准"], ["常住人口", "249.6万人"], ["领导小组组长", "市长"], ["电商培训人次", "9,812人次"],
    ["累计拨付", "3,880,000元"], ["中心投入运营", "2020年11月"], ["参加培训的建档立卡贫困人口", "2,250人"]];
  sheets.push({ name: "作废-8月27日稿", rows: old.map((r) => padRow(r, 2)), merges: ["A1:B1"], hidden: true });
  return {
    description:
      "揭阳普宁市商务局把考评基础数据按部分拆成一部分一张表交来：封面（填报单位、数据截止2021年8月31日、目录）、1基本情况…7资金及否决都是“项目｜内容｜备注”，3中心园区里服务项目是“是否提供｜是否免费”两列Y/N小表（摄影美工提供但N收费、其他衍生增值服务不要求免费），5农村产品上行是亿元矩阵（读2019、2020两列和“2020年同比增长”，2021年1—8月、两年平均增长、环比、占比“提高0.8个百分点”都不是），6公开报送的专栏内容是☑/□（征求意见窗口未勾、监督举报窗口勾了 → 窗口是），8自评是分值｜自评分｜其中主观评分项（claimed）；另有一张隐藏的“作废-8月27日稿”（户籍人口、市长、9,812人次等）不读。组长是市委常委、常务副市长 → deputy；户籍人口249.6万在备注里不是常住人口。",
    sheets,
    expect: {
      facts: {
        county: "普宁市", asOf: "2021-08-31", residentPopulation: 2022800, adminVillagesStated: 436, poorVillagesStated: 23,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 8642000000, ruralRetail2020: 10837000000, agriRetail2019: 1186000000, agriRetail2020: 1573000000,
        ruralRetailGrowthStated: 0.254, agriRetailGrowthStated: 0.326,
        trainingPersonTimesStated: 10536, eligiblePoorPersonsStated: 4386, trainedPoorPersonsStated: 2417,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4105360, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 广州市花都区: 目录, 村居名单 (镇 section rows, ▲ legend), 站点 (two rows a record), 培训签到 (报名名单 + 签到),
//      宣传报道 (中央/省/市/区, 播出平台), 图表数据
// =====================================================================================================
function buildL1() {
  const REG = "440114";
  const TOWNS = [["花山镇", 18, 2], ["花东镇", 20, 2], ["炭步镇", 16, 1], ["赤坭镇", 14, 1], ["梯面镇", 5, 1]];
  const prefixes = ["花山", "花东", "炭步", "赤坭", "梯面"];
  const vName = nameMaker("东西南北大小新石平洛金竹莲布罗官塘鸭", ["湖", "岗", "边", "田", "头", "塘", "洞", "溪", "坑", "围", "岭", "岭", "朗", "布", "心"], "村", prefixes);
  const cName = nameMaker("华雅秀康乐", ["苑", "城", "庭", "园"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const noExp = new Set([towns[1].vs[13], towns[4].vs[2], towns[4].vs[4]]);

  // ---------------- 村居名单
  const vRows = [["花都区行政村（社区）名单（花山、花东、炭步、赤坭、梯面五镇）"], ["说明：村名后标“▲”的为快递未进村，其余行政村均已通快递；社区不统计快递。"],
    ["序号", "名称", "类型", "户籍人口（人）", "村（居）委会地址"]];
  const vMerges = ["A1:E1", "A2:E2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    vRows.push([`■ ${x.t}（行政村${x.vs.length}个、社区${x.cs.length}个）`]);
    vMerges.push(`A${vRows.length}:E${vRows.length}`);
    x.vs.forEach((v, i) => {
      sq++;
      const base = i % 3 === 2 ? `${short(v)}村委会` : v;
      vRows.push([sq, noExp.has(v) ? `${base}▲` : base, "村委会", rint(1200, 5200), `${x.t}${short(v)}村${["大街", "路", "村委会大院"][i % 3]}${rint(1, 88)}号`]);
      vRecs.push({ name: v, admin: true, poor: null, express: !noExp.has(v) });
    });
    x.cs.forEach((c) => {
      sq++;
      vRows.push([sq, `${c}居委会`, "居委会", rint(3000, 9000), `${x.t}${c}${rint(1, 60)}号`]);
      vRecs.push({ name: c, admin: false, poor: null, express: null });
    });
  }
  for (const r of vRows) padRow(r, 5);

  // ---------------- 站点台账: two rows per record
  const withSt = shuffle(admin.filter((v) => !noExp.has(v))).slice(0, 40);
  const ST = withSt.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-20") }));
  ST[3].op = "2021-08-31";
  ST[7].op = "2020-12";
  ST[11].op = "2021-09-06";
  ST.push({ v: withSt[5], op: randIsoBetween("2021-03-01", "2021-08-10"), second: true });
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-10-01", "2021-05-30") });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["花都区村级电子商务服务站点台账"], ["序号", "站点名称", "所在村（居）", "挂牌日期", "站长"], [null, "站点地址", null, "联系电话", "服务项目"]];
  const sMerges = ["A1:E1", "A2:A3", "B3:C3"];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 3 === 1 ? `${short(s.v)}村委会` : j % 3 === 2 ? `${short(s.v)}村民委员会` : s.v;
    let dc;
    if (s.op === "2021-08-31") dc = "2021.8.31";
    else if (s.op === "2020-12") dc = "2020年12月";
    else if (s.op === "2021-09-06") dc = "2021年9月6日";
    else dc = dateCell(s.op, j + 1);
    sRows.push([j + 1, `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, vcell, dc, personName()]);
    sRows.push([null, `花都区${townOf[s.v]}${short(s.v)}${isC ? "社区" : "村"}${["文化室一楼", "党群服务中心", "商店内", "邮政代办点"][j % 4]}`, null, mask(phone()),
      ["代购代销、快递收发", "代缴费、代购代销", "电商宣传、小额信贷咨询"][j % 3]]);
    const r = sRows.length;
    sMerges.push(`A${r - 1}:A${r}`, `B${r}:C${r}`);
    sRecs.push({ village: s.v, opened: s.op });
  });
  sRows.push(["注：每个站点占两行，第一行为站点名称、所在村（居）、挂牌日期、站长，第二行为地址、联系电话、服务项目。"]);
  sMerges.push(`A${sRows.length}:E${sRows.length}`);
  for (const r of sRows) padRow(r, 5);

  // ---------------- 培训签到 (报名名单 + 签到)
  const SESS = [
    { start: "2020-10-15", end: "2020-10-15", place: "花山镇文化站", topic: "农村电商基础知识", fmt: (s) => cnDate(s.end) },
    { start: "2020-12-09", end: "2020-12-09", place: "花东镇党群服务中心", topic: "网店开设与运营", fmt: (s) => dotDate(s.end) },
    { start: "2021-03-18", end: "2021-03-19", place: "区电子商务公共服务中心", topic: "直播带货实操（两天）", fmt: (s) => rangeText(s.start, s.end, "cn") },
    { start: "2021-05-26", end: "2021-05-26", place: "炭步镇文化站", topic: "短视频营销", fmt: (s) => slashDate(s.end) },
    { start: "2021-07-14", end: "2021-07-14", place: "赤坭镇党群服务中心", topic: "农产品品牌与包装", fmt: (s) => cnDate(s.end) },
    { start: "2021-09-07", end: "2021-09-07", place: "梯面镇文化站", topic: "电商知识普及", fmt: (s) => dotDate(s.end) },
  ];
  const tRows = [["花都区农村电商培训签到表（汇总）"], ["说明：各期按报名名单打印签到，“签到”栏打“√”的为实到；“请假”“缺席”或空白为未到，不计人次。"]];
  const tMerges = ["A1:G1", "A2:G2"];
  const tRecs = [];
  const monthly = new Map();
  let spaced = false;
  let lowered = false;
  SESS.forEach((s, k) => {
    tRows.push([`第${k + 1}期　培训时间：${s.fmt(s)}　地点：${s.place}　内容：${s.topic}`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号", "联系电话", "是否脱贫户", "签到"]);
    const n = rint(9, 13);
    let present = 0;
    for (let i = 0; i < n; i++) {
      const male = rnd() < 0.5;
      const wantX = !lowered && k === 1 && i === 2 ? true : undefined;
      const id = makeId(REG, birthBetween(1965, 2001), male, wantX);
      let idCell = id;
      if (wantX) {
        idCell = lowerX(id);
        lowered = true;
      } else if (!spaced && k === 3 && i === 4) {
        idCell = spacedId(id);
        spaced = true;
      }
      const must = (k === 1 && i === 2) || (k === 3 && i === 4);
      const rr = rnd();
      const mark = must ? "√" : rr < 0.12 ? "请假" : rr < 0.2 ? null : rr < 0.26 ? "缺席" : "√";
      tRows.push([i + 1, personName(), male ? "男" : "女", idCell, mask(phone()), i % 4 === 1 ? "是" : "否", mark]);
      if (mark === "√") {
        present++;
        tRecs.push({ date: s.end, personTimes: 1, id });
      }
    }
    tRows.push([`本期报名${n}人，实到${present}人`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    monthly.set(ym(s.end), (monthly.get(ym(s.end)) || 0) + present);
  });
  assert(spaced && lowered, "l1 id forms");
  checkTrainingIds(tRecs, "l1");
  for (const r of tRows) padRow(r, 7);

  // ---------------- 宣传报道
  const MED = [["2020-11-03", "花都：村级电商服务站开到家门口", "花都区融媒体中心“花都发布”", "区", "公众号", "county", false],
    ["2021-01-21", "花都电商培训助农民变“主播”", "广州广播电视台《广州新闻》", "市", "电视", "city", true],
    ["2021-04-15", "花都区花山镇：小菜园搭上电商快车", "南方+客户端", "省", "客户端", "province", false],
    ["2021-06-08", "广州花都：电商进农村激活乡村振兴新动能", "人民日报客户端", "中央", "客户端", "national", false],
    ["2021-07-20", "花东镇荔枝直播卖到全国", "广东广播电视台珠江频道《今日关注》", "省", "电视", "province", true],
    ["2021-09-10", "花都区电商进农村示范创建纪实", "广州日报", "市", "报纸", "city", false]];
  const mRows = [["花都区电子商务进农村宣传报道登记"], ["序号", "刊播日期", "标题", "媒体", "级别", "播出平台", "备注"]];
  const mRecs = [];
  MED.forEach(([d, t, m, lv, pf, lvl, tv], j) => {
    mRows.push([j + 1, d === "2021-09-10" ? "2021.9.10" : dateCell(d, j + 2), `《${t}》`, m, lv, pf, d === "2021-09-10" ? "9月刊发" : null]);
    mRecs.push({ date: d, level: lvl, tv });
  });

  // ---------------- 图表数据 (not a ledger)
  const cRows = [["图表数据：各月培训实到人次（由《培训签到》汇总，供汇报制图）"], ["月份", "实到人次"]];
  for (const m of [...monthly.keys()].sort()) cRows.push([cnMonth(m), monthly.get(m)]);
  const toc = [["花都区电子商务进农村综合示范台账（第二册）目录"], ["1．村居名单"], ["2．站点台账"], ["3．培训签到"], ["4．宣传报道"], ["5．图表数据（制图用，非台账）"], ["编制：花都区商务局　2021年9月"]];
  return {
    description:
      "广州花都区商务局台账第二册（目录＋五张表）：①目录不是台账；②《村居名单》五个镇，每镇一行“■ 花山镇（行政村18个、社区2个）”分节，类型村委会／居委会，名称有“××村”“××村委会”，说明行写明村名后“▲”为快递未进村（3个），其余行政村已通快递，社区不统计快递（express 空）；③《站点台账》一个站点占两行（序号纵向合并；第一行站点名称｜所在村（居）｜挂牌日期｜站长，第二行地址｜电话｜服务项目），挂牌日期有日期格、文本、Excel序号、“2020年12月”只到月、“2021.8.31”和“2021年9月6日”照列，同村第二站、社区站照列；④《培训签到》按期分块（块标题写培训时间，一期两天班按结束日），每块是打印的报名名单，只有“签到”打“√”的是一人次，“请假”“缺席”和空白不是，块末“本期报名n人，实到m人”不是记录，一人身份证号末位小写x、一人中间有空格，9月一期照列；⑤《宣传报道》级别“中央／省／市／区”，播出平台“电视”才是电视（客户端、公众号不是）；⑥《图表数据》是按月汇总的制图数据，不是台账。",
    sheets: [
      { name: "目录", rows: toc, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "图表数据", rows: cRows, merges: ["A1:B1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "图表数据": { kind: null },
      },
    },
  };
}


// =====================================================================================================
// l2 — 汕头市潮南区: 填表说明, 脱贫人口 (户, 劳动能力代码), 园区企业 (入驻期间 in one cell), 合同付款 (payments packed in one
//      cell), 月报报送, 专栏更新 (yy-mm-dd), 经验材料
// =====================================================================================================
function buildL2() {
  const REG = "440514";
  // ---------------- 脱贫人口
  const VILL = [["陇田镇", "东华村"], ["陇田镇", "田心村"], ["雷岭镇", "茂林村"], ["红场镇", "大溪坝村"], ["成田镇", "家美村"], ["两英镇", "古溪村"], ["井都镇", "神山村"]];
  // E: labour, not migrant; M: labour, migrant; U: labour, 外出务工 blank; N3/N4: no labour
  // [code, role]: H 户主, S 配偶, C 子女, P 父母
  const HH = [[["E", "H"], ["E", "S"], ["N3", "P"]], [["M", "H"], ["E", "S"]], [["E", "H"], ["M", "S"], ["E", "C"], ["N4", "P"]], [["E", "H"], ["U", "S"]],
    [["N3", "H"], ["E", "C"]], [["M", "H"], ["M", "S"], ["E", "C"]], [["E", "H"], ["E", "S"]], [["N4", "H"], ["E", "C"], ["E", "C"]], [["E", "H"], ["M", "S"]],
    [["E", "H"], ["E", "S"], ["N3", "P"], ["E", "C"]], [["M", "H"], ["E", "S"]], [["E", "H"], ["N4", "P"]], [["E", "H"], ["E", "S"], ["M", "C"]], [["N3", "H"], ["N4", "S"]]];
  const pRows = [["潮南区脱贫人口劳动力情况登记表"], ["劳动能力代码：1＝有劳动能力　2＝弱劳动能力　3＝无劳动能力　4＝丧失劳动能力（1、2视为有劳动能力）；外出务工：指在潮南区以外务工，“是／否”，无劳动能力的填“—”。"],
    ["户号", "镇", "村", "户主", "成员姓名", "与户主关系", "身份证号码", "劳动能力", "外出务工", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  const pRecs = [];
  let xDone = false;
  const yearShift = (iso, dy) => {
    const [y, m, d] = ymd(iso);
    const ny = Math.min(2003, y + dy);
    return `${ny}-${String(m).padStart(2, "0")}-${String(m === 2 && d === 29 ? 28 : d).padStart(2, "0")}`;
  };
  HH.forEach((comp, h) => {
    const [town, vill] = VILL[h % VILL.length];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sur);
    const r0 = pRows.length + 1;
    let headBirth = null;
    let headMale = true;
    comp.forEach(([c, role], i) => {
      let birth;
      let isMale;
      let rel;
      if (role === "H") {
        birth = c.startsWith("N") ? birthBetween(1938, 1955) : birthBetween(1966, 1980);
        isMale = rnd() < 0.7;
        headBirth = birth;
        headMale = isMale;
        rel = "户主";
      } else if (role === "S") {
        birth = yearShift(randIsoBetween("2001-01-01", "2001-12-31"), Number(headBirth.slice(0, 4)) - 2001 + rint(-5, 4));
        isMale = !headMale;
        rel = "配偶";
      } else if (role === "C") {
        birth = yearShift(randIsoBetween("2001-01-01", "2001-12-31"), Number(headBirth.slice(0, 4)) - 2001 + rint(22, 30));
        isMale = rnd() < 0.5;
        rel = isMale ? "之子" : "之女";
      } else {
        birth = yearShift(randIsoBetween("2001-01-01", "2001-12-31"), Number(headBirth.slice(0, 4)) - 2001 - rint(22, 30));
        isMale = rnd() < 0.5;
        rel = isMale ? "父亲" : "母亲";
      }
      const wantX = !xDone && c === "E" && h >= 2 ? true : undefined;
      if (wantX) xDone = true;
      const id = makeId(REG, birth, isMale, wantX);
      const code = c === "N3" ? 3 : c === "N4" ? 4 : (h + i) % 4 === 1 ? 2 : 1;
      const out = c === "M" ? "是" : c === "E" ? "否" : c === "U" ? null : "—";
      const note = c === "M" ? ["深圳市宝安区", "广州市白云区", "汕头市龙湖区", "东莞市长安镇"][(h + i) % 4] : c === "E" && (h + i) % 5 === 2 ? "2021年6月返乡，现在家务农" : c === "U" ? "务工情况待核" : null;
      pRows.push([i === 0 ? `CN${String(h + 1).padStart(3, "0")}` : null, i === 0 ? town : null, i === 0 ? vill : null, i === 0 ? head : null,
        i === 0 ? head : personName(role === "S" || !isMale ? undefined : sur), rel, id, code, out, note]);
      pRecs.push({ id, labour: code <= 2, migrant: c === "M" ? true : c === "E" ? false : null });
    });
    const r1 = pRows.length;
    for (const col of ["A", "B", "C", "D"]) mergeCol(pMerges, col, r0, r1);
  });
  assert(xDone, "l2 X id");

  // ---------------- 园区企业 (入驻期间 one cell)
  const F = [
    ["潮南区练江优品电子商务有限公司", "平台型", "2020-11-05", null, (e) => `${dotDate(e)}—至今`],
    ["汕头市潮南区内衣网商联盟科技有限公司", "平台型", "2020-11-05", null, (e) => `${dotDate(e)}—至今`],
    ["潮南区峡山内衣网店", "销售型", "2020-11-18", null, (e) => `${dotDate(e)}—至今`],
    ["潮南区两英针织电商商行", "销售型", "2020-12-01", "2021-06-30", (e, l) => `${dotDate(e)}—${dotDate(l)}`],
    ["潮南区陈店电子元件网店", "销售型", "2020-12-10", null, (e) => `${slashDate(e)}—至今`],
    ["潮南区雷岭荔枝电子商务有限公司", "销售型", "2021-01-08", null, (e) => `${dotDate(e)}-至今`],
    ["潮南区红场番薯网店", "销售型", "2021-03", null, () => "2021年3月—至今"],
    ["潮南区潮汕牛肉丸电商商行", "销售型", "2021-02-24", null, (e) => `${cnDate(e)}—至今`],
    ["潮南区仙城粿品网店", "销售型", "2021-03-15", null, (e) => `${dotDate(e)}—至今`],
    ["汕头市潮南区云帆电商代运营有限公司", "电商运营商", "2020-11-20", null, (e) => `${dotDate(e)}—至今`],
    ["潮南区新农人电商服务有限公司", "电商运营商", "2021-04-12", null, (e) => `${dotDate(e)}—至今`],
    ["潮南区顺达快递服务有限公司", "物流企业", "2020-10-20", "2021-09-03", (e, l) => `${slashDate(e)}—${slashDate(l)}`],
    ["潮南区练江冷链物流有限公司", "物流企业", "2021-05-06", null, (e) => `${dotDate(e)}—至今`],
    ["潮南区播客直播传媒有限公司", "直播电商", "2021-06-01", null, (e) => `${dotDate(e)}—至今`],
    ["潮南区井都海产电商商行", "销售型", "2021-06-21", "2021-08-15", (e, l) => `${dotDate(e)}—${dotDate(l)}`],
    ["潮南区成田茶叶网店", "销售型", "2021-07-09", null, (e) => `${dotDate(e)}—至今`],
    ["潮南区司马浦玩具电商商行", "销售型", "2021-09-02", null, (e) => `${dotDate(e)}—至今`],
  ];
  const eRows = [["潮南区电商产业园入驻企业登记表"], ["序号", "企业名称", "统一社会信用代码", "业态", "入驻期间（入驻—退出）", "备注"]];
  const eRecs = [];
  F.forEach(([n, t, e, l, fmt], j) => {
    eRows.push([j + 1, n, creditCode(REG), t, fmt(e, l), l ? (l > "2021-08-31" ? "9月退园" : "已退园") : e === "2021-09-02" ? "9月新入驻" : null]);
    eRecs.push({ name: n, type: t, entered: e, left: l });
  });
  eRows.push(["注：“至今”表示仍在园（登记至2021年9月6日）。"]);

  // ---------------- 合同付款 (several payments in one cell)
  const C = [
    ["潮南区电子商务公共服务中心建设及运营", "汕头市潮南区练江优品电子商务有限公司", 1500000, [["2020-11-20", 450000, "dot"], ["2021-03-26", 600000, "dot"], ["2021-09-10", 450000, "dot"]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司汕头市潮南区分公司", 1200000, [["2020-12-03", 360000, "dot"], ["2021-04-08", 480000, "cn"]]],
    ["县镇村三级物流配送体系建设", "潮南区顺达快递服务有限公司", 900000, [["2021-01-15", 270000, "dot"], ["2021-06-18", 360000, "dot"], ["2021-08-31", 270000, "cn"]]],
    ["农村电商人才培训", "汕头市潮南区职业技术学校", 450000, [["2021-02-26", 135000, "dot"], ["2021-07-30", 180000, "slash"]]],
    ["农产品品牌推广及营销活动", "汕头市潮南区云帆电商代运营有限公司", 300000, [["2021-05-14", 300000, "dot"]]],
    ["农产品溯源及冷链系统", "潮南区练江冷链物流有限公司", 400000, [["2021-08-06", 120000, "dot"]]],
  ];
  const dfmt = (d, f) => (f === "cn" ? cnDate(d) : f === "slash" ? slashDate(d) : dotDate(d));
  const fRows = [["潮南区电子商务进农村综合示范项目合同付款情况表"], ["序号", "合同名称", "承建单位", "合同金额（万元）", "付款记录", "累计已付（万元）", "备注"]];
  const fRecs = [];
  C.forEach(([n, who, amt, pays], j) => {
    const txt = pays.map(([d, a, f]) => `${dfmt(d, f)}付${wanStr(a)}万${pays.length === 1 && a === amt ? "（一次性）" : ""}`).join("；");
    const paid = sum(pays.map((p) => p[1]));
    for (const [d, a] of pays) fRecs.push({ date: d, amount: a });
    fRows.push([j + 1, n, who, wan(amt), txt, wan(paid), paid < amt ? `尾款${wanStr(amt - paid)}万元待验收后支付` : pays.some((p) => p[0] > "2021-08-31") ? "尾款9月支付" : "已付清"]);
  });
  fRows.push(["合计", null, null, wan(sum(C.map((c) => c[2]))), null, wan(sum(fRecs.map((r) => r.amount))), null]);
  const fMerges = ["A1:G1", `A${fRows.length}:C${fRows.length}`];
  assert(fRecs.length === 12, "l2 12 payments");

  // ---------------- 月报报送
  const rRows = [["潮南区电子商务进农村综合示范工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送对象", "报送方式", "是否含电商扶贫统计"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    if (m === "2021-01") {
      rRows.push([j + 1, cnMonth(m), "未报送", "汕头市商务局", null, null]);
      return;
    }
    let dd = `${nx}-${String(rint(2, 8)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const pov = j % 3 === 2 ? "是" : j === 4 ? null : "否";
    rRows.push([j + 1, cnMonth(m), dateCell(dd, j), "汕头市商务局", j % 2 ? "粤政易" : "电子邮件", pov]);
    rRecs.push({ date: dd, poverty: pov === "是" ? true : pov === "否" ? false : null });
  });
  rRows.push(["注：2021年1月月报因春节前人员调整未报送，2月起恢复。"]);

  // ---------------- 专栏更新 (yy-mm-dd)
  const U = [["2020-07-16", "潮南区电子商务进农村综合示范创建实施方案"], ["2020-07-16", "潮南区电子商务进农村综合示范项目基本信息"]];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `潮南区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-01", m).slice(-2)[0])}）`]);
  }
  const uRows = [["潮南区政府网站“电商进农村”专栏更新登记"], ["序号", "发布日期", "标题", "备注"]];
  const uRecs = [];
  U.forEach(([d, t], j) => {
    uRows.push([j + 1, j % 4 === 3 ? D(d) : twoDash(d), t, d >= "2021-09-01" ? "9月发布" : null]);
    uRecs.push({ date: d });
  });
  uRows.push(["注：发布日期按“年-月-日”两位年份登记，如21-03-05为2021年3月5日。"]);

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年5月20日", "《潮南区“内衣之乡”电商进农村经验做法》", "汕头市商务局"],
    [2, "2021.9.3", "《潮南区电商助农典型案例》", "汕头市商务局"]];
  const matRecs = [{ date: "2021-05-20" }, { date: "2021-09-03" }];

  const note = [["填表说明"], ["1．《脱贫人口》按户登记，户号、镇、村、户主按户合并；劳动能力填代码。"], ["2．《园区企业》“入驻期间”前为入驻日期、后为退出日期，“至今”为仍在园。"],
    ["3．《合同付款》一个合同一行，多次付款写在同一格，用“；”隔开，金额单位万元。"], ["4．《专栏更新》发布日期为两位年份。"], ["潮南区商务局　2021年9月6日"]];
  return {
    description:
      "汕头潮南区商务局的台账（填表说明＋六张表）：①填表说明不是台账；②《脱贫人口》按户登记（户号、镇、村、户主纵向合并），劳动能力填代码1—4（表头上方图例：1、2有劳动能力，3、4没有），外出务工“是／否”，无劳动能力的“—”，一人外出务工空着（未知），备注里的务工地和“返乡”不另读，一人身份证号末位X；③《园区企业》“入驻期间（入驻—退出）”一格写两个日期——“2020.11.5—至今”（至今＝没退出）、“2020.12.1—2021.6.30”、“2021年3月—至今”只到月、一家“2020/10/20—2021/9/3”、一家“2021.9.2—至今”照列；④《合同付款》一个合同一行，几次付款写在“付款记录”一格里用“；”分隔（“2020.11.20付45万；2021.3.26付60万；…”，万元），每一笔是一条记录，9月那笔照列，累计已付和合计行不是；⑤《月报报送》2021年1月“未报送”不是记录，8月月报9月报送照列，一期扶贫统计空着；⑥《专栏更新》发布日期写“21-03-05”两位年份（也有日期格），2021年2月没有，9月那条照列；⑦《经验材料》两条（一条在9月）。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "园区企业", rows: eRows, merges: ["A1:F1", `A${eRows.length}:F${eRows.length}`] },
      { name: "合同付款", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1", `A${rRows.length}:F${rRows.length}`] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1", `A${uRows.length}:D${uRows.length}`] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "园区企业": { kind: "enterprises", records: eRecs },
        "合同付款": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
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
write("counties", "b207-c1-dongyuan.json", c1);
write("facts", "b207-f1-chikan.json", f1);
write("facts", "b207-f2-xiangzhou.json", f2);
write("facts", "b207-f3-puning.json", f3);
write("ledgers", "b207-l1-huadu.json", l1);
write("ledgers", "b207-l2-chaonan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
