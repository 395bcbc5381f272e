// Batch 173 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b172.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (173173), no clock. Run: node test/corpus/_b173/gen-b173.js
//
// c1 南沙区 (广州): 基础数据 label|数值|计量单位|说明 with money and retail in 千元; the clerk's points on a horizontal 自评得分 strip
//    (工作任务 merged over one column per indicator, 分值 row, 自评得分 row) with the judged sub-points in a small table below; a
//    village list printed as two tables side by side (村民委员会 A:E with 快递进村, one 未通达, towns as “〃” | 社区居民委员会 G:J);
//    stations from a 验收登记 (挂牌运营日期 vs 验收日期; one accepted 8-27 but opened 9-6 decides the 70% line); training sessions
//    with 参训人次 merged over 线下|线上（直播）|小计; 相对贫困人口 roster and trainee list; park firms with 入园审批日期 vs 实际入驻日期
//    and one that gave up; a 国库集中支付 export where an 8-20 payment was 退票 and repaid in September (66.2% → −5, 71.2% if
//    counted); a 发文稿纸登记簿 (拟稿|签发|发出: January's report went out on 2-2) carrying the materials and other letters; media.
// f1 黄埔区 (广州): a 总表 whose 填报 cells often say “见表1表下注”, “见表1“合计”行”, “见表2”, “见表5第2行”, “见表5“合计”行”: the
//    values sit on six 附表 sheets (村居统计 with a 合计 row and the population in a note, 领导小组名单, 中心及产业园, 网络零售额 in 亿元,
//    资金拨付 in 万元 with four decimals, 主观分 “2分”), plus a hidden 下拉选项 sheet.
// f2 香洲区 (珠海): a press-conference transcript (序号|发言人|内容): facts only in the officials' answers (the speaking 副区长 is
//    常务副组长; the 区长 leads); a reporter's “一万多人次” and 斗门区 figures, 户籍人口, 入驻企业, 支出率 are not inputs.
// f3 濠江区 (汕头): a 一览表 laid out in eight horizontal bands, each: band title, a two- or three-level merged header, a 计量单位
//    row (or 分值 / 分值范围), then the value row; the clerk's points in band 七 (服务体系建设 over its two sub-indicators), judged
//    sub-points in band 八 (项目管理 over 管理制度|工作台账; 政策支持 “—”).
// l1 浈江区 (韶关): the training ledger is a 培训学员资料领取签收表 (one row per trainee per session; 中心备用, a lecturer and a later
//    补领 row are not trainees); poor persons listed in four sections whose titles alone give labour / migrant; the village list is
//    the 邮政管理局's 建制村快递通达 table (类别 建制村/社区, 是否通达 是/否/—, town merges, 小计 and 合计 rows).
// l2 金湾区 (珠海): media read from a 宣传推广费用支出明细 (刊播日期 vs 支付日期, a 包干 contract row that is not a report with its four
//    reports below, a three-day run read at its end, free reports); stations from a 设备配发登记表 (配发日期 vs 挂牌运营日期, two 补配
//    rows “同上”); the column's updates as a 子栏目 × 月份 count matrix (n in a cell = n updates); an experience-material register.
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
let seed = 173173;
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
    assert(/^b173-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b173-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b173-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// ---------------------------------------------------------------- extra helpers (batch 173)
function wanYuan(yuan, dp) {
  // integer yuan -> a number of 万元 rounded to dp decimals (exact decimal as typed)
  return Number((yuan / 10000).toFixed(dp));
}
function qianYuan(yuan) {
  // integer yuan that is a whole number of 千元 -> 千元
  assert(yuan % 1000 === 0, "qianYuan whole");
  return yuan / 1000;
}
function tuneTo(arr, key, target, lo, hi, step) {
  // adjust arr[*][key] (integers within [lo, hi]) until their sum is target
  let diff = target - sum(arr.map((x) => x[key]));
  for (let j = 0, guard = 0; diff !== 0; j = (j + 1) % arr.length, guard++) {
    assert(guard < 100000, "tuneTo stuck");
    const st = Math.sign(diff) * Math.min(Math.abs(diff), step);
    if (arr[j][key] + st >= lo && arr[j][key] + st <= hi) {
      arr[j][key] += st;
      diff -= st;
    }
  }
}

// =====================================================================================================
// c1 — 广州南沙区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440115";
  const TOWNS = [["南沙街道", 8, 12], ["珠江街道", 6, 5], ["龙穴街道", 0, 4], ["万顷沙镇", 17, 3], ["横沥镇", 12, 2], ["黄阁镇", 9, 4],
    ["东涌镇", 17, 3], ["大岗镇", 19, 3], ["榄核镇", 14, 2]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("新东西南北大上下长沙石水庆灵坦鸡官鱼乌蕉太合", ["涌", "围", "沙", "基", "洲", "窖", "头", "口", "埔", "岗", "塘", "湾", "尾", "滘"], "村", prefixes);
  const cName = nameMaker("金海港蕉明悦锦滨翠", ["湾", "苑", "华", "洲", "景", "盛", "晖", "庭"], "社区", prefixes);
  const towns = TOWNS.map(([town, nv, nc]) => ({ town, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  assert(admin.length === 102 && comms.length === 38, "c1 102 villages + 38 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const t of towns) for (const v of t.vs.concat(t.cs)) townOf[v] = t.town;
  const noExp = towns[7].vs[11];

  // ---------------- 村居名单: two tables side by side (行政村 A:E | 社区 G:J)
  const vRows = [["南沙区村（居）民委员会名单"],
    ["（区民政局2021年6月提供；“快递进村”一栏据区邮政管理部门资料补充，截至2021年8月31日）"],
    [`一、村民委员会（行政村）${admin.length}个`, null, null, null, null, null, `二、社区居民委员会${comms.length}个`, null, null, null],
    ["序号", "镇（街）", "村民委员会名称", "快递进村", "备注", null, "序号", "镇（街）", "社区居民委员会名称", "备注"]];
  const vMerges = ["A1:J1", "A2:J2", "A3:E3", "G3:J3"];
  const left = [];
  towns.forEach((t) => t.vs.forEach((v, j) => left.push([left.length + 1, j === 0 ? t.town : "〃", `${v}民委员会`, v === noExp ? "未通达" : "已通达", v === noExp ? "计划2021年9月开通" : null])));
  const right = [];
  towns.forEach((t) => t.cs.forEach((c) => right.push([right.length + 1, t.town, `${c}居民委员会`, null])));
  for (let i = 0; i < Math.max(left.length, right.length); i++) {
    const l = left[i] || [null, null, null, null, null];
    const r = right[i] || [null, null, null, null];
    vRows.push(l.concat([null], r));
  }
  vRows.push([`注：1．本区无省定贫困村。2．行政村快递进村率：${admin.length - 1}/${admin.length}（${pct1(admin.length - 1, admin.length)}），${noExp.replace(/村$/, "")}村尚未通达。3．左表镇（街）栏“〃”同上。`]);
  vMerges.push(`A${vRows.length}:J${vRows.length}`);

  // ---------------- 站点验收登记
  const shuffled = shuffle(admin.filter((v) => v !== noExp));
  const covered = shuffled.slice(0, 71);
  const trapV = shuffled[71]; // 验收 before the cut-off, 挂牌运营 after
  const septV = shuffled[72];
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2020-06-15", "2021-08-25") }));
  ST.push({ v: covered[20], op: randIsoBetween("2021-03-01", "2021-07-30"), second: true });
  ST.push({ v: trapV, op: "2021-09-06", acc: "2021-08-27", trap: true });
  ST.push({ v: septV, op: "2021-09-14", acc: null });
  ST.push({ v: towns[0].cs[3], op: randIsoBetween("2020-08-01", "2020-12-20"), comm: true });
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tIdx[townOf[a.v]] - tIdx[townOf[b.v]] || cmp(a.op, b.op));
  const BUILDER = ["中国邮政集团有限公司广州市南沙区分公司", "广州南沙供销电子商务有限公司", "广州市南沙区农联电商服务有限公司"];
  const sRows = [["南沙区村级电子商务服务站点建设验收登记表"], ["填报单位：南沙区商务局　　　说明：“挂牌运营日期”为站点对外服务之日；“验收日期”为区商务局组织验收之日。"],
    ["序号", "镇（街）", "站点名称", "所在村（社区）", "建设运营单位", "挂牌运营日期", "验收日期", "验收结论", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  ST.forEach((s, j) => {
    const short = s.v.replace(/村$|社区$/, "");
    const vill = s.comm ? `${s.v}居委会` : j % 3 === 0 ? s.v : j % 3 === 1 ? `${s.v}委` : `${s.v}民委员会`;
    const name = s.comm ? `${short}社区电商服务点` : s.second ? `${short}村第二电商服务点` : `${short}村电商服务站`;
    let acc = s.acc === undefined ? isoAdd(s.op, rint(12, 60)) : s.acc;
    const concl = acc === null ? "待验收" : rnd() < 0.85 ? "合格" : "整改后合格";
    const note = s.trap ? "8月27日先行验收，9月6日挂牌" : s.op > CUT ? "9月新建" : s.second ? "本村第二个站点" : s.comm ? "社区站点" : null;
    sRows.push([j + 1, townOf[s.v], name, vill, BUILDER[j % 3], dateCell(s.op, j), acc === null ? null : dateCell(acc, j + 3), concl, note]);
  });
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => adminSet.has(s.v) && s.op <= CUT).map((s) => s.v));
  const covByAcc = new Set(ST.filter((s) => adminSet.has(s.v) && (s.op <= CUT || (s.acc && s.acc <= CUT))).map((s) => s.v));
  assert(covSet.size === 71 && covByAcc.size === 72, "c1 71 villages by 挂牌运营, 72 by 验收");
  assert(!ratioGE(71, 102, 70) && ratioGE(72, 102, 70) && ratioGE(71, 102, 50), "c1 69.6% → 2; 70.6% would be 5");

  // ---------------- 培训班次 (线下 | 线上 | 小计)
  const SD = ["2020-07-23", "2020-08-27", "2020-09-17", "2020-10-15", "2020-10-29", "2020-11-12", "2020-11-26", "2020-12-10", "2020-12-24",
    "2021-01-14", "2021-03-11", "2021-03-25", "2021-04-22", "2021-05-13", "2021-05-27", "2021-06", "2021-06-24", "2021-07-08", "2021-07-22",
    "2021-08-05", "2021-08-19", "2021-08-26", "2021-09-09", "2021-09-23"];
  const TOPIC = ["电商基础知识普及", "网店开设与运营", "短视频拍摄剪辑", "直播带货实操", "农产品品牌与包装", "社区团购运营", "跨境电商入门"];
  const PLACE = ["区电子商务公共服务中心", "大岗镇党群服务中心", "榄核镇文化站", "东涌镇农技推广站", "万顷沙镇会议室", "横沥镇文化站"];
  const CLS = SD.map((d, j) => ({ no: j + 1, d, off: rint(130, 220), on: 0, topic: TOPIC[j % TOPIC.length], place: PLACE[j % PLACE.length], poor: 0 }));
  const two = CLS[12];
  two.start = "2021-04-21";
  two.d = "2021-04-22";
  two.topic = "直播电商提升班（两天）";
  const live = [3, 5, 8, 11, 13, 16, 18, 20, 23];
  live.forEach((k) => (CLS[k].on = rint(60, 140)));
  const pre = CLS.filter((c) => (c.d.length === 7 ? c.d + "-30" : c.d) <= CUT);
  assert(pre.length === 22, "c1 22 sessions by the cut-off");
  tuneTo(pre, "off", 4126, 110, 240, 9);
  tuneTo(pre.filter((c) => c.on > 0), "on", 912, 50, 160, 7);
  const offPre = sum(pre.map((c) => c.off));
  const onPre = sum(pre.map((c) => c.on));
  const ptPre = offPre + onPre;
  const ptAll = sum(CLS.map((c) => c.off + c.on));
  assert(offPre === 4126 && ptPre === 5038, "c1 5,038 person-times by the cut-off (4,126 offline)");
  assert(ratioGE(ptPre, 500000, 1) && !(offPre * 1000 >= 500000 * 10) && offPre * 1000 >= 500000 * 8, "c1 1.01% → 10; offline only 0.83% → 8");
  const tRows = [["南沙区农村电商培训班次登记表"], ["（参训人次=线下签到人次＋线上直播实名听课人次，线上人次以直播平台实名签到导出为准）"],
    ["期次", "培训日期", "培训主题", "培训地点", "参训人次", null, null, "其中相对贫困人口（人次）", "备注"],
    [null, null, null, null, "线下", "线上（直播）", "小计", null, null]];
  const tMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4"];
  CLS.forEach((c, j) => {
    let dcell;
    if (c.start) dcell = "2021.4.21-22";
    else if (c.d.length === 7) dcell = "2021年6月";
    else dcell = dateCell(c.d, j + 1);
    const off = j === 6 ? fullWidth(String(c.off)) : c.off;
    const note = c.d.length === 7 ? "6月分三个晚上在三镇巡回" : c.on > 0 ? "同步直播" : (c.d > CUT ? "9月" : null);
    tRows.push([`第${c.no}期`, dcell, c.topic, c.place, off, c.on > 0 ? c.on : null, c.off + c.on, c.poor, note]);
  });
  tRows.push(["合计", null, null, null, sum(CLS.map((c) => c.off)), sum(CLS.map((c) => c.on)), ptAll, sum(CLS.map((c) => c.poor)), null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);

  // ---------------- 相对贫困人口
  const CODES = shuffle([].concat(Array(36).fill("E"), Array(10).fill("M"), Array(14).fill("N")));
  const hhV = shuffle(towns.slice(3).flatMap((t) => t.vs)).slice(0, 16);
  const persons = [];
  let xDone = false;
  CODES.forEach((c, j) => {
    const v = hhV[j % hhV.length];
    const male = rnd() < 0.55;
    const birth = c === "N" ? (rnd() < 0.6 ? birthBetween(1940, 1958) : birthBetween(2008, 2015)) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xDone ? true : undefined;
    const id = makeId(REGION, birth, male, wantX);
    if (wantX) xDone = true;
    const labour = c === "N" ? (Number(birth.slice(0, 4)) >= 2005 || rnd() < 0.4 ? "无劳动力" : "丧失劳动力") : c === "E" && rnd() < 0.25 ? "半劳动力" : "劳动力";
    const work = c === "M" ? "外出务工" : c === "E" ? ["区内务工", "未务工", "灵活就业"][rint(0, 2)] : "—";
    const place = c === "M" ? ["佛山市顺德区", "东莞市", "深圳市宝安区", "湖南省长沙市", "中山市"][rint(0, 4)] : work === "区内务工" ? `南沙区${townOf[v]}` : null;
    persons.push({ id, c, v, name: personName(), labour, work, place });
  });
  const pRows = [["南沙区相对贫困人口劳动力情况表"], ["（区农业农村局2021年7月核定；劳动力类型“劳动力”“半劳动力”为有劳动能力；务工情况“外出务工”指在本区以外务工）"],
    ["序号", "镇（街）", "村", "姓名", "身份证号码", "劳动力类型", "务工情况", "务工地点", "备注"]];
  persons.forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.labour, p.work, p.place, null]));
  pRows.push([`合计${persons.length}人，其中有劳动能力${persons.filter((p) => p.c !== "N").length}人（外出务工${persons.filter((p) => p.c === "M").length}人）`]);
  const pMerges = ["A1:I1", "A2:I2", `A${pRows.length}:I${pRows.length}`];
  const eligible = persons.filter((p) => p.c === "E");
  assert(eligible.length === 36, "c1 36 eligible");

  // ---------------- 参训名单
  const xP = eligible.find((p) => isX(p.id));
  const pool = shuffle(eligible.filter((p) => p !== xP));
  const trained = [xP].concat(pool.slice(0, 17));
  const septE = pool[17];
  const preNos = pre.filter((c) => c.no >= 3).map((c) => c.no);
  const att = trained.map((p) => ({ p, no: preNos[rint(0, preNos.length - 1)] }));
  const twiceP = trained[9];
  let no2;
  do no2 = preNos[rint(0, preNos.length - 1)];
  while (no2 === att.find((a) => a.p === twiceP).no);
  att.push({ p: twiceP, no: no2 });
  att.push({ p: septE, no: 23 });
  att.push({ p: persons.find((p) => p.c === "M"), no: preNos[4] });
  att.push({ p: persons.find((p) => p.c === "N" && p.labour === "丧失劳动力") || persons.find((p) => p.c === "N"), no: preNos[8] });
  att.sort((a, b) => a.no - b.no);
  const clsOf = Object.fromEntries(CLS.map((c) => [c.no, c]));
  const spacedP = trained[4];
  const aRows = [["南沙区相对贫困人口参加电商培训名单"], ["序号", "姓名", "身份证号码", "所在村", "参训期次", "培训日期", "备注"]];
  att.forEach((a, j) => {
    const c = clsOf[a.no];
    let idCell = a.p.id;
    if (a.p === xP) idCell = a.p.id.slice(0, 17) + "x";
    if (a.p === spacedP) idCell = spacedId(a.p.id);
    const dtext = c.start ? "2021.4.21-22" : c.d.length === 7 ? "2021年6月" : j % 2 ? dotDate(c.d) : cnDate(c.d);
    aRows.push([j + 1, a.p.name, idCell, `${a.p.v}委会`, `第${a.no}期`, dtext, a.p.c === "M" ? "外出务工，回乡期间参训" : null]);
  });
  const poorBy = {};
  for (const a of att) poorBy[a.no] = (poorBy[a.no] || 0) + 1;
  CLS.forEach((c, j) => (tRows[4 + j][7] = poorBy[c.no] || 0));
  tRows[4 + CLS.length][7] = att.length;
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(att.filter((a) => eligIds.has(a.p.id) && (clsOf[a.no].d.length === 7 ? "2021-06-30" : clsOf[a.no].d) <= CUT).map((a) => a.p.id));
  assert(trainedIds.size === 18 && ratioGE(18, 36, 50) && !ratioGE(17, 36, 50) && !ratioGE(18, 36, 70), "c1 18/36 = 50% → 10");

  // ---------------- 入驻企业 (审批 vs 实际入驻)
  const FIRMS = [["广州南沙优品汇电子商务有限公司", "平台型"], ["广州市南沙区湾区鲜供应链有限公司", "物流企业"], ["广州南沙大岗农鲜网店", "销售型"],
    ["广州市南沙区直播星传媒有限公司", "直播机构"], ["广州南沙东涌番薯特产网店", "销售型"], ["广州市南沙区农联电商服务有限公司", "电商运营商"],
    ["广州南沙云仓物流有限公司", "物流企业"], ["广州市南沙区跨境优选贸易有限公司", "平台型"], ["广州南沙榄核香蕉电子商务商行", "销售型"],
    ["广州市南沙区数联网络科技有限公司", "电商运营商"], ["广州南沙万顷沙水产网店", "销售型"], ["广州市南沙区鲜达冷链有限公司", "物流企业"],
    ["广州南沙横沥花卉电子商务有限公司", "销售型"], ["广州市南沙区品牌设计工作室", "设计服务"], ["广州南沙黄阁麒麟文创网店", "销售型"],
    ["广州市南沙区乡味直播电商有限公司", "直播机构"], ["广州南沙湾区快递服务有限公司", "物流企业"], ["广州市南沙区启航代运营有限公司", "电商运营商"],
    ["广州南沙珠江农品电子商务有限公司", "销售型"]].map(([n, t]) => ({ n, t, code: creditCode(REGION) }));
  FIRMS.forEach((f) => {
    f.ent = randIsoBetween("2020-05-10", "2021-08-20");
    f.appr = isoAdd(f.ent, -rint(7, 40));
  });
  FIRMS[16].out = "2021-09-20";
  const leftF = { n: "广州南沙果然鲜电子商务有限公司", t: "销售型", code: creditCode(REGION), appr: "2020-08-10", ent: "2020-09-01", out: "2021-05-31" };
  const quitF = { n: "广州市南沙区湾区农创科技有限公司", t: "平台型", code: creditCode(REGION), appr: "2021-07-20", ent: null };
  const septF = { n: "广州市南沙区鲜到家社区团购有限公司", t: "销售型", code: creditCode(REGION), appr: "2021-08-16", ent: "2021-09-06" };
  const eList = FIRMS.slice();
  eList.splice(6, 0, leftF);
  eList.splice(14, 0, quitF);
  eList.push(septF);
  const eRows = [["南沙区电子商务产业园入驻企业登记表"], ["（产业园运营方提供，统计至2021年9月25日；“审批日期”为入园申请获批之日，企业以“实际入驻日期”起算在园）"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入园审批日期", "实际入驻日期", "退园日期", "状态", "备注"]];
  eList.forEach((f, j) => {
    const st = f.ent === null ? "未入驻" : f.out && f.out <= "2021-09-25" ? "已退园" : "在园";
    const note = f === quitF ? "获批后放弃入驻" : f === septF ? "9月入驻" : f.out === "2021-09-20" ? "迁往市区" : null;
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.appr, j + 2), f.ent === null ? "—" : dateCell(f.ent, j), f.out ? dotDate(f.out) : null, st, note]);
  });
  const inPark = eList.filter((f) => f.ent && f.ent <= CUT && !(f.out && f.out <= CUT));
  const byAppr = eList.filter((f) => f.appr <= CUT && !(f.out && f.out <= CUT));
  assert(inPark.length === 19 && byAppr.length === 21 && new Set(inPark.map((f) => f.code)).size === 19, "c1 19 firms in the park (21 by 审批日期)");
  assert(new Set(inPark.map((f) => f.t)).size >= 3, "c1 types");

  // ---------------- 国库集中支付明细 (退票)
  const PAY = [["2020-09-24", "中国邮政集团有限公司广州市南沙区分公司", "村级电商服务站点建设首期款", 480000],
    ["2020-11-06", "广州南沙供销电子商务有限公司", "区电子商务公共服务中心建设首期款", 650000],
    ["2020-12-23", "广州市南沙区职业技能培训中心", "农村电商培训服务费（第一期）", 180000],
    ["2021-01-28", "广州南沙云仓物流有限公司", "镇村物流配送体系建设首期款", 320000],
    ["2021-03-19", "广州南沙供销电子商务有限公司", "区电子商务公共服务中心建设进度款", 560000],
    ["2021-04-27", "中国邮政集团有限公司广州市南沙区分公司", "村级电商服务站点建设进度款", 390000],
    ["2021-06-08", "广州市南沙区品牌设计工作室", "农产品品牌推广服务费", 215000],
    ["2021-07-15", "广州市南沙区职业技能培训中心", "农村电商培训服务费（第二期）", 165000],
    ["2021-08-06", "广州市南沙区鲜达冷链有限公司", "冷链及溯源系统建设首期款", 350000]];
  const refund = ["2021-08-20", "广州市南沙区数联网络科技有限公司", "公共信息服务平台建设款", 250000];
  const repay = ["2021-09-02", "广州市南沙区数联网络科技有限公司", "公共信息服务平台建设款（重新支付）", 250000];
  const lateP = ["2021-09-16", "广州南沙供销电子商务有限公司", "区电子商务公共服务中心运营服务费", 300000];
  const fRows = [["南沙区财政国库集中支付明细"], ["预算项目：省级电子商务进农村综合示范专项资金　　查询期间：2020-01-01至2021-09-30　　导出时间：2021-09-28 15:06:41"],
    ["序号", "支付日期", "支付凭证号", "收款人全称", "用途", "支付金额（元）", "支付状态", "备注"]];
  const seq = PAY.map((p) => ({ p, st: "已支付" })).concat([{ p: refund, st: "已退票", note: "收款账号有误，2021-08-25资金退回国库" }, { p: repay, st: "已支付", note: "原凭证退票后重新支付" }, { p: lateP, st: "已支付" }]);
  seq.forEach((s, j) => {
    const [iso, who, what, amt] = s.p;
    fRows.push([j + 1, iso, `NS${iso.replace(/-/g, "").slice(2)}${pad3(rint(1, 400))}`, who, what, fmtMoney(amt), s.st, s.note || null]);
  });
  const paidAll = sum(seq.filter((s) => s.st === "已支付").map((s) => s.p[3]));
  fRows.push(["合计（已支付）", null, null, null, null, fmtMoney(paidAll), null, null]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:E${fRows.length}`];
  const spentPre = sum(seq.filter((s) => s.st === "已支付" && s.p[0] <= CUT).map((s) => s.p[3]));
  const spentWithRefund = spentPre + refund[3];
  assert(spentPre === 3310000 && spentWithRefund === 3560000, "c1 3,310,000 paid by the cut-off; 3,560,000 with the refunded one");
  assert(!ratioGE(spentPre, 5000000, 70) && ratioGE(spentWithRefund, 5000000, 70), "c1 66.2% → −5; 71.2% if the 退票 counted");

  // ---------------- 发文登记 (发文稿纸): reports + materials
  const RMONTHS = monthsBetween("2020-08", "2021-08");
  const docs = [];
  RMONTHS.forEach((m) => {
    const [y, mo] = m.split("-").map(Number);
    const ld = lastDay(y, mo);
    let draft;
    let sign;
    let send;
    if (m === "2021-01") {
      draft = "2021-01-27";
      sign = "2021-02-01";
      send = "2021-02-02";
    } else {
      const d = rint(ld - 9, ld - 4);
      draft = `${m}-${String(d).padStart(2, "0")}`;
      sign = isoAdd(draft, rint(1, 2));
      send = isoAdd(sign, rint(0, 1));
    }
    const pov = m >= "2020-10";
    docs.push({ t: `关于报送南沙区电子商务进农村综合示范创建工作进展${pov ? "及相对贫困人口电商培训统计" : ""}的函（${cnMonth(m)}）`, to: "广州市商务局", draft, sign, send, kind: "report" });
  });
  docs.push({ t: "关于报送南沙区电子商务进农村综合示范创建工作情况的报告", to: "南沙区人民政府", draft: "2020-12-14", sign: "2020-12-16", send: "2020-12-17", kind: "other" });
  docs.push({ t: "南沙区“电商＋湾区农品”助农增收经验做法", to: "广州市商务局", draft: "2021-06-09", sign: "2021-06-11", send: "2021-06-11", kind: "material" });
  docs.push({ t: "关于报送南沙区电子商务进农村综合示范创建工作进展的函（2021年8月补充材料）", to: "广东省商务厅", draft: "2021-08-30", sign: "2021-09-01", send: "2021-09-02", kind: "other" });
  docs.push({ t: "关于报送南沙区电子商务进农村综合示范创建工作进展及相对贫困人口电商培训统计的函（2021年9月）", to: "广州市商务局", draft: "2021-09-24", sign: "2021-09-26", send: "2021-09-27", kind: "report" });
  docs.sort((a, b) => cmp(a.draft, b.draft));
  const rRows = [["南沙区商务局发文稿纸登记簿（电子商务进农村）"], ["序号", "文号", "标题", "主送单位", "拟稿日期", "签发日期", "发出日期", "备注"]];
  const docNo = { 2020: 96, 2021: 2 };
  docs.forEach((d, j) => {
    const yr = Number(d.sign.slice(0, 4));
    if (d.kind !== "material") docNo[yr] += rint(4, 22);
    const no = d.kind === "material" ? "—" : `南商函〔${yr}〕${docNo[yr]}号`;
    const note = d.kind === "material" ? "经验材料" : d.send.slice(0, 7) !== d.draft.slice(0, 7) ? "跨月签发" : null;
    rRows.push([j + 1, no, d.t, d.to, D(d.draft), D(d.sign), D(d.send), note]);
  });
  const rMerges = ["A1:H1"];
  const sentM = new Set(docs.filter((d) => d.kind === "report" && d.to === "广州市商务局" && d.send <= CUT).map((d) => ym(d.send)));
  const draftM = new Set(docs.filter((d) => d.kind === "report" && d.to === "广州市商务局" && d.draft <= CUT).map((d) => ym(d.draft)));
  assert(WINDOW.filter((w) => !sentM.has(w)).join() === "2021-01" && WINDOW.every((w) => draftM.has(w)), "c1 sent in 11 months (no January); drafted every month");

  // ---------------- 专栏更新记录
  const DIS = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    DIS.push({ d: `${m}-${String(rint(3, 14)).padStart(2, "0")}`, t: `南沙区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`, sub: "建设进度" });
    if (m === "2020-07") DIS.push({ d: "2020-07-21", t: "南沙区电子商务进农村综合示范创建工作方案", sub: "创建方案" });
    if (m === "2020-08") DIS.push({ d: "2020-08-18", t: "南沙区电子商务进农村综合示范项目基本信息公示", sub: "项目信息" });
    if (m === "2020-08") DIS.push({ d: "2020-08-18", t: "南沙区电子商务进农村综合示范项目监督举报渠道", sub: "监督举报" });
    if (m === "2021-03") DIS.push({ d: "2021-03-26", t: "南沙区村级电商服务站点名单（第二批）", sub: "项目信息" });
  }
  DIS.sort((a, b) => cmp(a.d, b.d));
  const dRows = [["南沙区政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "信息标题", "子栏目", "链接"]];
  DIS.forEach((e, j) => dRows.push([j + 1, dateCell(e.d, j + 4), e.t, e.sub, `http://www.gzns.gov.cn/zwgk/dsjnc/content/post_${7000000 + rint(1000, 99999)}.html`]));
  dRows.push([DIS.length + 1, "（待发布）", "南沙区电子商务进农村综合示范项目建设进度（2021年9月）", "建设进度", null]);
  const disM = new Set(DIS.filter((e) => e.d <= CUT).map((e) => ym(e.d)));
  assert(WINDOW.every((w) => disM.has(w)), "c1 column updated every month");

  // ---------------- 宣传报道
  const MEDIA = [["2020-11-20", "南沙电视台《南沙新闻》", "区级", "电视", "南沙村级电商站点让农产品“触网”", "否"],
    ["2020-12-18", "广州日报", "市级", "报纸", "南沙：电商进村 湾区农品走俏", "否"],
    ["2021-03-12", "南方日报", "省级", "报纸", "南沙探索“电商＋湾区农品”新路径", "否"],
    ["2021-05-21", "广东广播电视台《广东新闻联播》", "省级", "电视", "南沙：相对贫困户直播卖香蕉 电商帮扶见实效", "是"],
    ["2021-07-16", "广州广播电视台《广州新闻》", "市级", "电视", "南沙电商公共服务中心开展荔枝季直播", "否"],
    ["2021-09-12", "中央广播电视总台农业农村频道", "国家级", "电视", "湾区田头的直播间", "是"]];
  const mRows = [["南沙区电子商务进农村宣传报道登记表"], ["序号", "报道日期", "媒体名称", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));
  const lv = new Set(MEDIA.filter((x) => x[0] <= CUT).map((x) => x[2]));
  assert([...lv].sort().join() === "区级,市级,省级", "c1 levels");

  // ---------------- 基础数据 (facts)
  const R19 = 3862000000;
  const R20 = 4866120000;
  const A19 = 412500000;
  const A20 = 541200000;
  assert(!(R20 * 10 >= R19 * 13) && A20 * 10 >= A19 * 13, "c1 rural 26.0% < 30%, agri 31.2% ≥ 30%");
  const bRows = [["南沙区电子商务进农村综合示范创建基础数据"], ["填报单位：广州市南沙区商务局　　数据截至：2021年8月31日（考评截止日）　　金额单位见“计量单位”栏"],
    ["序号", "项目", "数值", "计量单位", "数据来源及说明"]];
  const B = [["县（市、区）", "南沙区", null, null], ["常住人口", 846300, "人", "第七次全国人口普查"], ["行政村数", admin.length, "个", `不含社区居委会${comms.length}个`],
    ["省定贫困村数", 0, "个", "本区无省定贫困村"], ["示范创建工作领导小组组长", "区委副书记、区长", null, "穗南府办〔2020〕11号"],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、中国邮政南沙区分公司", null, null],
    ["示范县工作方案", "已印发", null, "穗南府办〔2020〕16号"], ["支持农村电商发展政策", "已出台", null, "《南沙区促进农村电子商务发展扶持办法》"],
    ["县级电子商务公共服务中心投入运营日期", "2020.12.28", null, null], ["中心有免费培训场所、培训设备，能组织电商基础培训", "是", null, null],
    ["中心为特色农产品提供免费展示、销售服务", "是", null, null], ["中心为电商市场主体提供免费摄影、美工服务", "是", null, null],
    ["中心组织农产品统一推广、指导品牌建设", "是", null, null], ["中心提供其他衍生增值服务", "是", null, "代办营业执照、融资对接"],
    ["建设或整合、优化电商产业园", "是", null, "南沙湾区电商产业园"], ["有专业第三方电子商务运营或服务商", "是", null, null],
    ["行政村物流快递覆盖率", 100, "%", null], ["2019年农村网络零售额", qianYuan(R19), "千元", "省商务厅提供"], ["2020年农村网络零售额", qianYuan(R20), "千元", "省商务厅提供"],
    ["2019年农产品网络零售额", qianYuan(A19), "千元", "省商务厅提供"], ["2020年农产品网络零售额", qianYuan(A20), "千元", "省商务厅提供"],
    ["电商培训人次", fmtInt(ptPre), "人次", "线下＋线上"], ["有劳动能力的相对贫困人口（不含外出务工）", 36, "人", "区农业农村局核定"], ["参加电商培训的相对贫困人口", 18, "人", "按身份证号去重"],
    ["专栏公示创建方案", "是", null, null], ["专栏公示项目基本信息", "是", null, null], ["专栏公示项目建设进度", "是", null, null], ["专栏设立征求意见或监督举报窗口", "是", null, null],
    ["能统计电商扶贫情况", "是", null, null], ["省级专项资金下达", qianYuan(5000000), "千元", null], ["累计拨付", qianYuan(spentWithRefund), "千元", "截至2021年8月31日"],
    ["资金管理制度", "已制定", null, null], ["资金专用台账", "已建立", null, null], ["项目总体进度", 86, "%", null],
    ["发生安全生产、质量事故或重大损失", "无", null, null], ["弄虚作假", "无", null, null]];
  B.forEach((b, j) => bRows.push([j + 1, ...b]));
  bRows.push(["填表人：黎××　　审核：区商务局副局长　　联系电话：020-39xxxxxx"]);
  const bMerges = ["A1:E1", "A2:E2", `A${bRows.length}:E${bRows.length}`];

  // ---------------- 自评得分 (horizontal)
  const IND = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 2], ["项目管理", 4, 4], ["服务体系建设（县级中心与产业园）", 15, 15],
    ["服务体系建设（村级站点覆盖）", 10, 10], ["农村产品上行", 10, 9], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6], ["案例总结", 2, 2],
    ["经验推广", 8, 8], ["制度建立", 5, 4], ["资金台账", 5, 4], ["资金支出", 5, 4]];
  const BON = [["贫困人口培训率≥70%", 2, 0], ["电商扶贫典型案例获电视播报", 2, 1]];
  const all = IND.concat(BON);
  const zRows = [["南沙区电子商务进农村综合示范创建考评自评得分表"], ["自评单位：广州市南沙区商务局（盖章）　　　自评日期：2021年9月6日"]];
  const groupRow = ["工作任务", "加强组织领导与统筹协调（10分）", null, null, null, "深入推动电子商务进农村工作（55分）", null, null, null, "加强信息公开及报送（10分）", null,
    "加强宣传推广（10分）", null, "加强财政资金管理（15分）", null, null, "加分项（4分）", null, "合计"];
  zRows.push(groupRow);
  zRows.push(["评价指标"].concat(all.map((x) => x[0]), [null]));
  zRows.push(["分值"].concat(all.map((x) => x[1]), ["100（另加分4）"]));
  const claimedTotal = sum(all.map((x) => x[2]));
  zRows.push(["自评得分"].concat(all.map((x) => x[2]), [claimedTotal]));
  const zMerges = ["A1:S1", "A2:S2", "B3:E3", "F3:I3", "J3:K3", "L3:M3", "N3:P3", "Q3:R3", "S3:S4"];
  zRows.push([]);
  zRows.push(["主观评分项自评（分项）"]);
  zMerges.push(`A${zRows.length}:E${zRows.length}`);
  zRows.push(["序号", "评分项", "分值范围", "自评分", "依据"]);
  const JUD = [["方案制定", "1-2", 2, "方案经区政府常务会审议印发"], ["政策支持", "1-2", 2, null], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 2, null],
    ["网销调研", "1-2", 2, "形成调研报告"], ["网络促销活动", "1-2", 2, null], ["交易标准与冷链溯源", "1-2", 1, "冷链在建"], ["资金管理制度", "1-5", 4, null],
    ["资金台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, null]];
  JUD.forEach((x, j) => zRows.push([j + 1, x[0], x[1], x[2], x[3]]));
  assert(claimedTotal === 97 && sum(IND.map((x) => x[2])) === 96, "c1 claimed 96 + 1");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 79 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  const derivation = [
    "org.leadership: 基础数据：组长“区委副书记、区长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 自评得分表下方主观评分项：方案制定2 → 2",
    "org.policy: 政策支持2（基础数据：政策已出台） → 2",
    "org.management: 项目管理制度2、工作台账2 → 4",
    `work.center: 中心2020.12.28投入运营 ≤ 截止日 → 2；≤ 2021-02-28（满6个月） → 2；免费培训2、展示销售1、摄影美工1、品牌推广1、其他增值服务1；产业园已整合 → 2；入驻企业登记表${eList.length}行，按“实际入驻日期”：“${quitF.n}”获批后放弃入驻（实际入驻“—”）、“${septF.n}”8月16日获批但9月6日才入驻、“${leftF.n}”2021.5.31退园，都不算；“${FIRMS[16].n}”2021.9.20退园，截止日仍在园，算 → 19家 < 20 → 0（按“入园审批日期”会误算成21家）；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计13（自评15）`,
    `work.coverage: 村居名单是左右两张表：左表村民委员会102个（行政村），右表社区居民委员会38个不算；102 < 200，基数102；站点验收登记按“挂牌运营日期”：截止日前挂牌的站点覆盖71个行政村（“${covered[20]}”两个站点只算一次；社区站不算；“${septV}”9月14日挂牌、待验收，不算；“${trapV}”8月27日先行验收、9月6日才挂牌，不算——按验收日期会误算成72/102 = 70.6% → 5） → 71/102 = 69.6%，在50%–70%之间 → 2；本区无省定贫困村 → 5（提示：无省定贫困村）；合计7（自评10）`,
    `work.upward: 网销调研2、网络促销2；第三方运营服务商“是” → 1；村居名单有“快递进村”栏，“${noExp}”“未通达” → 0（基础数据写快递覆盖率100%，与名单不符，提示）；交易标准与冷链溯源1；零售额单位千元：农产品网络零售额412,500→541,200千元，增长31.2% ≥ 30% → 2（农村网络零售额3,862,000→4,866,120千元只增26.0%，任一达标即可）；合计8（自评9）`,
    `work.training: 培训班次“参训人次”分线下｜线上（直播）｜小计三栏，按小计：截止日前22期（第13期“2021.4.21-22”读4月22日；第16期“2021年6月”只到月，算；第7期线下人次是全角数字）线下${fmtInt(offPre)}＋线上${onPre} = ${fmtInt(ptPre)}人次；第23、24期在9月不算；“其中相对贫困人口”是其中数，不另加；常住人口846,300人超过50万，以50万为基数 → ${fmtInt(ptPre)}/500,000 = 1.01% ≥ 1% → 10（只算线下是0.83%，只有8分）；相对贫困人口60人，劳动力/半劳动力46人中外出务工10人除外 → 应培训36人；参训名单${att.length}行中截止日前参训的应培训人员18人（一人参训两期只算一次；一人身份证末位小写x、一人身份证中间有空格都能对上；一人只参加9月第23期不算；外出务工1人、丧失/无劳动力1人不算） → 18/36 = 50.0% ≥ 50% → 10；合计20`,
    "info.disclosure: 基础数据：专栏公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；专栏更新记录2020年9月至2021年8月每月都有发布（“（待发布）”那行不是更新） → 按月 → 2；合计4",
    `info.reporting: 发文稿纸登记簿按“发出日期”：报广州市商务局的月度进展函2020年9月至2021年8月中，2021年1月的函1月27日拟稿、2月1日签发、2月2日才发出，1月没有报送 → 11个月，不是每月 → 1（按拟稿日期会误算成每月）；报区政府、省商务厅的不是报市局；2020年10月起的函含相对贫困人口电商培训统计，基础数据“能统计电商扶贫情况：是” → 3；合计4（自评6）`,
    "promo.cases: 发文稿纸登记簿2021年6月11日向广州市商务局报送经验做法 → 2",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级） → 4；广州日报、广州广播电视台（市级） → 3；南沙电视台（区级） → 1 → 8（央视9月12日在截止日后）",
    "fund.system: 资金管理制度自评4 → 4",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 国库集中支付明细：截止日前“已支付”9笔${fmtMoney(spentPre)}元；8月20日那笔250,000元“已退票”（8月25日退回国库，9月2日才重新支付），截止日时没有拨付出去，不算；9月16日300,000元在截止日后 → ${fmtMoney(spentPre)} ÷ 5,000,000 = 66.2% < 70% → 倒扣5分（基础数据“累计拨付3,560千元”把退票那笔算进去了，是71.2%）；合计−5（自评4）`,
    "bonus.poorTraining: 18/36 = 50% < 70% → 0",
    "bonus.tvCase: 广东广播电视台2021年5月21日播出相对贫困户直播卖香蕉的电商扶贫典型案例（省级电视） → 1；中央广播电视总台9月12日的在截止日后，不算国家级 → 合计1",
    "veto.incident: 基础数据“发生安全生产、质量事故或重大损失：无” → 不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 基础数据“弄虚作假：无” → 不否决",
  ];
  const toc = [["南沙区电子商务进农村综合示范创建考评资料"], [], ["目　录"], ["1．基础数据"], ["2．自评得分"], ["3．村（居）民委员会名单"], ["4．站点验收登记"],
    ["5．培训班次"], ["6．相对贫困人口"], ["7．参训名单"], ["8．入驻企业"], ["9．国库支付明细"], ["10．发文登记"], ["11．专栏更新"], ["12．宣传报道"], [], ["广州市南沙区商务局　2021年9月"]];
  return {
    description:
      "广州南沙区商务局整本考评工作簿（13个表），79＋加分1＝80分，未否决（自评96＋1＝97）：事实在《基础数据》（序号｜项目｜数值｜计量单位｜说明，零售额和资金都按“千元”填），自评分在《自评得分》（横排：工作任务合并在上、评价指标一列一个、分值行和自评得分行，下面竖排主观评分项）；台账有左右两张表的村居名单（左行政村带“快递进村”一村“未通达”，镇名用“〃”，右社区）、站点验收登记（挂牌运营日期与验收日期，一站先验收后挂牌、跨截止日）、培训班次（“参训人次”合并在线下｜线上（直播）｜小计之上）、相对贫困人口（劳动力类型、务工情况、务工地点）与参训名单、入驻企业（入园审批日期与实际入驻日期，一家获批后放弃）、财政国库集中支付明细（一笔“已退票”9月重新支付，决定过不过70%）、发文稿纸登记簿（拟稿／签发／发出三个日期，1月的月报2月才发出，夹着经验材料和报区政府、省厅的函）、专栏更新记录和宣传报道。",
    sheets: [
      { name: "目录", rows: toc },
      { name: "基础数据", rows: bRows, merges: bMerges },
      { name: "自评得分", rows: zRows, merges: zMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点验收登记", rows: sRows, merges: sMerges },
      { name: "培训班次", rows: tRows, merges: tMerges },
      { name: "相对贫困人口", rows: pRows, merges: pMerges },
      { name: "参训名单", rows: aRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:I1", "A2:I2"] },
      { name: "国库支付明细", rows: fRows, merges: fMerges },
      { name: "发文登记", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: dRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州黄埔区: a 总表 whose answers point to 表1—表6 on other sheets
// =====================================================================================================
function buildF1() {
  // 表1 村居统计
  const T1 = [["九佛街道", 8, 3], ["龙湖街道", 5, 2], ["新龙镇", 9, 3], ["长岭街道", 3, 6], ["永和街道", 3, 5], ["联和街道", 0, 12], ["萝岗街道", 0, 9],
    ["其余9个街道（黄埔、红山、鱼珠等）", 0, 57]];
  const vSum = sum(T1.map((t) => t[1]));
  const cSum = sum(T1.map((t) => t[2]));
  assert(vSum === 28 && cSum === 97, "f1 28 villages, 97 communities");
  const s1 = [["表1　黄埔区村（居）委会统计"], ["镇（街）", "行政村（个）", "社区居委会（个）", "备注"]];
  T1.forEach((t) => s1.push([t[0], t[1], t[2], t[1] === 0 ? "无行政村" : null]));
  s1.push(["合计", vSum, cSum, null]);
  s1.push([]);
  s1.push(["注：全区常住人口126.42万人（第七次全国人口普查，区统计局2021年5月公布）；本区无省定贫困村。"]);
  const m1 = ["A1:D1", `A${s1.length}:D${s1.length}`];

  // 表2 领导小组成员名单
  const s2 = [["表2　黄埔区电子商务进农村综合示范创建工作领导小组成员名单"], ["（埔府办〔2020〕23号，2021年4月调整）"], ["职务", "姓名", "单位及职务"],
    ["组长", "陈××", "区委副书记、区长"], ["常务副组长", "林××", "副区长"], ["副组长", "黄××", "区政府办公室副主任"],
    ["成员", "李××", "区商务局局长"], [null, "张××", "区财政局局长"], [null, "何××", "区农业农村局局长"], [null, "梁××", "区乡村振兴局局长"],
    [null, "吴××", "区交通运输局副局长"], [null, "罗××", "区市场监督管理局副局长"], [null, "钟××", "中国邮政集团有限公司广州市黄埔区分公司总经理"],
    ["领导小组办公室设在区商务局，办公室主任由区商务局局长兼任。"]];
  const m2 = ["A1:C1", "A2:C2", "A7:A13", "A14:C14"];

  // 表3 中心及产业园
  const s3 = [["表3　县级电子商务公共服务中心及产业园情况"], ["事项", "情况", "说明"],
    ["公共服务中心投入运营时间", "2020年10月26日", "位于黄埔区科学城，面积1,800平方米"],
    ["免费培训场所、培训设备，能组织电商基础培训", "有", "培训室2间、电脑60台"],
    ["为特色农产品提供免费展示、销售服务", "有", "展示厅300平方米"],
    ["为电子商务市场主体提供免费摄影、美工服务", "否", "摄影棚免费使用，美工设计按成本价收费"],
    ["组织农产品统一推广、指导特色农产品品牌建设", "有", "“黄埔优品”区域公用品牌"],
    ["为电子商务发展提供其他衍生增值服务", "有", "代办营业执照、金融对接、法律咨询"],
    ["电商产业园", "已整合优化", "黄埔电子商务产业园（联和）"],
    ["产业园入驻企业", "24家", "详见入驻企业清单"]];
  const m3 = ["A1:C1"];

  // 表4 网络零售额
  const R19 = 62.35;
  const R20 = 77.18;
  const A19 = 5.26;
  const A20 = 6.92;
  assert(pct1(R20 * 100, R19 * 100) === "123.8%" && pct1(A20 * 100, A19 * 100) === "131.6%", "f1 growth");
  const s4 = [["表4　网络零售额（单位：亿元）"], ["指标", "2019年", "2020年", "同比增长"],
    ["农村网络零售额", R19, R20, "23.8%"], ["农产品网络零售额", A19, A20, "31.6%"], ["数据来源：广东省商务厅电子商务统计监测数据。"]];
  const m4 = ["A1:D1", "A5:D5"];

  // 表5 资金拨付汇总
  const PRJ = [["区电子商务公共服务中心建设及运营", 1600000, 1385600], ["村级电商服务站点建设", 1100000, 913500], ["农村电商人才培训", 600000, 472150],
    ["农村物流配送体系建设", 900000, 735100], ["农产品品牌培育及网络推广", 400000, 285000], ["冷链及农产品溯源体系建设", 400000, 225000]];
  const cSumY = sum(PRJ.map((p) => p[1]));
  const pSumY = sum(PRJ.map((p) => p[2]));
  assert(cSumY === 5000000 && pSumY === 4016350, "f1 5,000,000 / 4,016,350");
  const s5 = [["表5　省级专项资金拨付汇总"], ["省级专项资金下达500万元（粤财工〔2019〕187号）　　单位：万元"],
    ["序号", "项目", "安排资金", "截至2021年8月31日已拨付", "拨付比例"]];
  PRJ.forEach((p, j) => s5.push([j + 1, p[0], wanYuan(p[1], 4), wanYuan(p[2], 4), pct1(p[2], p[1])]));
  s5.push(["合计", null, wanYuan(cSumY, 4), wanYuan(pSumY, 4), pct2(pSumY, cSumY)]);
  const m5 = ["A1:E1", "A2:E2", `A${s5.length}:B${s5.length}`];
  assert(wanYuan(pSumY, 4) === 401.635, "f1 401.635万元");

  // 表6 主观评分项自评
  const J6 = [["方案制定", "1-2", 2], ["政策支持", "1-2", 1], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 1], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 2],
    ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  const s6 = [["表6　主观评分项自评"], ["序号", "评分项", "分值范围", "自评分", "自评理由"]];
  J6.forEach((x, j) => s6.push([j + 1, x[0], x[1], `${x[2]}分`, j === 1 ? "扶持办法已出台，部分条款未兑现" : null]));
  const m6 = ["A1:E1"];

  // 总表
  const rows = [["黄埔区电子商务进农村综合示范创建考评基础数据总表"], ["填报单位：广州市黄埔区商务局　　考评截止日期：2021年8月31日　　（本表“见表×”的，数据在同一工作簿相应附表中）"],
    ["序号", "项目", "填报", "说明"]];
  const merges = ["A1:D1", "A2:D2"];
  const S = [
    ["一、基本情况"],
    ["县（市、区）", "黄埔区", null],
    ["常住人口", "见表1表下注", null],
    ["行政村数", "见表1“合计”行", "社区居委会不计"],
    ["省定贫困村数", "0", "见表1表下注"],
    ["二、组织领导"],
    ["领导小组组长及成员单位", "见表2", null],
    ["示范县工作方案", "已印发", "埔府办〔2020〕27号"],
    ["支持农村电商发展政策", "已出台", "《黄埔区促进农村电子商务发展扶持办法》"],
    ["三、公共服务中心和产业园"],
    ["公共服务中心投入运营日期及服务功能", "见表3", null],
    ["电商产业园", "见表3", null],
    ["四、农村产品上行"],
    ["专业第三方电子商务运营或服务商", "有", "广州黄埔优品电子商务运营有限公司"],
    ["行政村物流快递覆盖率", "100%", null],
    ["2019年、2020年农村网络零售额和农产品网络零售额及增速", "见表4", null],
    ["五、人才培训"],
    ["电商培训人次", "6,215", "人次"],
    ["有劳动能力的相对贫困人口（不含外出务工）", "84", "人"],
    ["其中参加电商培训", "51", "人，按身份证号去重"],
    ["六、信息公开与报送"],
    ["专栏公示内容", "创建方案、项目基本信息、项目建设进度", "征求意见或监督举报窗口：未设立"],
    ["能统计电商扶贫情况", "能", null],
    ["七、资金管理"],
    ["省级专项资金下达", "见表5第2行", null],
    ["累计拨付", "见表5“合计”行", "截至2021年8月31日"],
    ["资金管理制度", "已制定", null],
    ["资金专用台账", "已建立", null],
    ["项目总体进度", "88%", null],
    ["八、否决事项"],
    ["发生安全生产、质量事故或重大损失", "无", null],
    ["弄虚作假", "无", null],
    ["九、主观评分项自评"],
    ["自评分", "见表6", null],
  ];
  let no = 0;
  for (const x of S) {
    if (x.length === 1) {
      rows.push([x[0], null, null, null]);
      merges.push(`A${rows.length}:D${rows.length}`);
    } else rows.push([++no, x[0], x[1], x[2]]);
  }
  rows.push(["填表人：钟××　　联系电话：020-82xxxxxx　　填表日期：2021年9月3日"]);
  merges.push(`A${rows.length}:D${rows.length}`);
  const opts = [["是否"], ["是"], ["否"], [], ["有无"], ["有"], ["无"], [], ["印发"], ["已印发"], ["未印发"]];
  return {
    description:
      "广州黄埔区商务局的考评基础数据总表（序号｜项目｜填报｜说明，分九节）只填了一半，另一半写“见表1表下注”“见表1“合计”行”“见表2”“见表5第2行”“见表5“合计”行”“见表6”，数据要到同一工作簿的附表里找：表1村居统计（镇街行、合计行行政村28个，常住人口126.42万人在表下注里）、表2领导小组成员名单（组长区委副书记、区长，成员单位在“单位及职务”列）、表3中心及产业园（2020年10月26日运营，摄影美工“否”）、表4网络零售额（亿元，2019｜2020｜同比）、表5资金拨付汇总（万元四位小数，下达500万元在第2行、合计行已拨付401.635万元）、表6主观评分项（“2分”）；另有隐藏的下拉选项表。",
    sheets: [
      { name: "总表", rows, merges },
      { name: "表1 村居统计", rows: s1, merges: m1 },
      { name: "表2 领导小组", rows: s2, merges: m2 },
      { name: "表3 中心及产业园", rows: s3, merges: m3 },
      { name: "表4 网络零售额", rows: s4, merges: m4 },
      { name: "表5 资金拨付", rows: s5, merges: m5 },
      { name: "表6 主观分", rows: s6, merges: m6 },
      { name: "下拉选项", rows: opts, hidden: true },
    ],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264200, adminVillagesStated: 28, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 6235000000, ruralRetail2020: 7718000000, ruralRetailGrowthStated: 0.238,
        agriRetail2019: 526000000, agriRetail2020: 692000000, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 84, trainedPoorPersonsStated: 51,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: pSumY, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 珠海香洲区: 新闻发布会实录 (several officials answer reporters)
// =====================================================================================================
function buildF2() {
  const R19 = 41.3;
  const R20 = 52.6;
  assert(pct1(R20 * 10, R19 * 10) === "127.4%", "f2 rural growth 27.4%");
  const rows = [["珠海市香洲区电子商务进农村综合示范创建工作新闻发布会（实录）"],
    ["时间：2021年9月7日上午10:00　　地点：香洲区政府新闻发布厅　　整理：区委宣传部新闻科（根据现场录音整理，经发布单位核对）"],
    ["发布人：香洲区人民政府副区长 王××；区商务局局长 李××；区财政局副局长 张××；区农业农村局副局长 刘××　　主持人：区委宣传部副部长 周××"],
    ["序号", "发言人", "内容", null, null, null]];
  const merges = ["A1:F1", "A2:F2", "A3:F3", "C4:F4"];
  const T = [
    ["主持人（周××）", "各位记者朋友，上午好！今天我们举行香洲区电子商务进农村综合示范创建工作新闻发布会。下面先请王××副区长介绍有关情况。"],
    ["王××（副区长）", "香洲区是2019年省级电子商务进农村综合示范区。区委、区政府高度重视，成立了以区委副书记、区长为组长，我任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局和邮政香洲分公司为成员单位的示范创建工作领导小组，2020年4月正式印发了《香洲区电子商务进农村综合示范创建工作方案》，同年8月出台了《香洲区促进农村电子商务发展扶持办法》。今天发布的数据，都统计到今年8月31日，也就是省里考评的截止日。"],
    ["王××（副区长）", "我们区城镇化程度高，全区户籍人口约68万人、常住人口约121.4万人，但仍有11个行政村，主要在南屏、前山和湾仔一带，我区没有省定贫困村。"],
    ["主持人（周××）", "下面进入提问环节。"],
    ["南方日报记者", "请问区电子商务公共服务中心运营情况怎么样？听说中心的摄影、美工服务是收费的？"],
    ["李××（区商务局局长）", "区电子商务公共服务中心是2020年11月16日正式投入运营的，由我们引进的专业第三方电商运营服务商负责运营。中心免费开放培训教室和电脑，经常组织电商基础培训；设了农产品展示厅，免费为本地特色农产品展示、代销；组织“香洲好物”统一推广，指导农产品品牌建设；还提供代办营业执照、金融对接这些增值服务。摄影棚是免费使用的，美工设计目前按成本价收一点费用，下一步我们争取全部免费。"],
    ["珠海特区报记者", "网上有报道说香洲已经培训了一万多人次，这个数字准确吗？"],
    ["李××（区商务局局长）", "一万多人次是把直播课的在线观看也算进去了，那是浏览量。按省里的统计口径，截至8月31日，全区累计开展电商培训5,386人次。"],
    ["珠江晚报记者", "相对贫困群众参加培训的情况如何？"],
    ["刘××（区农业农村局副局长）", "经我们核定，全区有劳动能力的相对贫困人口（不含外出务工人员）62人，其中35人参加了电商培训，我们按身份证号逐一核对过，没有重复计算。我们每个月都把相对贫困户参训、电商带动增收的情况单独统计，随月报报送市商务局。"],
    ["珠海广播电视台记者", "斗门区去年农产品网络零售额增长了40%以上，香洲区的农村电商发展成效怎么样？"],
    ["李××（区商务局局长）", "斗门区的情况我们不便评论。香洲的数据是，2020年全区农村网络零售额52.6亿元，比2019年的41.3亿元增长27.4%；农产品网络零售额3.82亿元，同比增长33.1%。11个行政村已经全部实现快递进村，行政村物流快递覆盖率100%。我们还整合优化了香洲电商产业园，现在入驻企业31家。"],
    ["南方＋记者", "省级专项资金的使用进度如何？怎么保证资金安全？"],
    ["张××（区财政局副局长）", "省里下达我区专项资金500万元，截至8月31日累计拨付387.62万元，支出率77.5%。我们制定了专项资金管理办法，项目承建单位都建立了资金专用台账，每一笔拨付都有据可查。整个示范项目总体进度已经达到90%。"],
    ["珠海特区报记者", "群众怎么了解和监督项目建设情况？"],
    ["李××（区商务局局长）", "我们在区政府门户网站开设了“电子商务进农村综合示范”专栏，公开了创建方案、项目基本信息，每月更新项目建设进度，并开通了监督举报电话和邮箱。创建以来没有发生安全生产和产品质量事故。"],
    ["主持人（周××）", "今天的发布会到此结束，谢谢大家！"],
  ];
  T.forEach(([who, text], j) => {
    rows.push([j + 1, who, text, null, null, null]);
    merges.push(`C${rows.length}:F${rows.length}`);
  });
  rows.push([]);
  rows.push(["整理说明：发言中“今年”指2021年，“去年”指2020年。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  return {
    description:
      "珠海香洲区新闻发布会实录（区委宣传部根据录音整理）粘进Excel：标题、时间地点、发布人与主持人三行，然后 序号｜发言人｜内容（C:F合并），一段发言一行。事实都在副区长开场和三个部门负责人回答记者的话里：领导小组组长区委副书记、区长（发言的副区长只是常务副组长），四部门都是成员单位；数据截至8月31日考评截止日；常住人口约121.4万人、11个行政村、无省定贫困村；中心2020年11月16日运营，美工按成本价收费（摄影美工不是免费）；培训5,386人次（记者问的“一万多人次”含直播观看，不是）；农产品网零只有2020年数和增速；记者提到的斗门区数字、入驻企业31家、支出率77.5%、户籍人口都不是填报项。",
    sheets: [{ name: "发布会实录", rows, merges }],
    expect: {
      facts: {
        county: "香洲区", asOf: "2021-08-31", residentPopulation: 1214000, adminVillagesStated: 11, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 4130000000, ruralRetail2020: 5260000000, ruralRetailGrowthStated: 0.274,
        agriRetail2020: 382000000, agriRetailGrowthStated: 0.331,
        trainingPersonTimesStated: 5386, eligiblePoorPersonsStated: 62, trainedPoorPersonsStated: 35,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3876200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头濠江区: 一览表 in horizontal bands, each with a two- or three-level merged header
// =====================================================================================================
function bandRows(rows, merges, title, cols, unitLabel, valueLabel, width) {
  // cols: [{ path: [...], unit, value }], laid out from column B; A holds the row labels
  rows.push([title].concat(Array(width - 1).fill(null)));
  merges.push(`A${rows.length}:${colName(width - 1)}${rows.length}`);
  const depth = Math.max(...cols.map((c) => c.path.length));
  const top = rows.length + 1;
  for (let k = 0; k < depth; k++) {
    const r = [k === 0 ? "项目" : null];
    const rowNo = top + k;
    let j = 0;
    while (j < cols.length) {
      const c = cols[j];
      if (c.path.length <= k) {
        r.push(null);
        j++;
        continue;
      }
      const key = JSON.stringify(c.path.slice(0, k + 1));
      let e = j;
      while (e + 1 < cols.length && cols[e + 1].path.length > k && JSON.stringify(cols[e + 1].path.slice(0, k + 1)) === key) e++;
      r.push(c.path[k]);
      for (let q = j + 1; q <= e; q++) r.push(null);
      const c0 = colName(j + 1);
      const c1 = colName(e + 1);
      const leaf = e === j && c.path.length === k + 1;
      if (leaf && k < depth - 1) merges.push(`${c0}${rowNo}:${c0}${top + depth - 1}`);
      else if (e > j) merges.push(`${c0}${rowNo}:${c1}${rowNo}`);
      j = e + 1;
    }
    rows.push(padRow(r, width));
  }
  if (depth > 1) merges.push(`A${top}:A${top + depth - 1}`);
  rows.push(padRow([unitLabel].concat(cols.map((c) => (c.unit === undefined ? null : c.unit))), width));
  rows.push(padRow([valueLabel].concat(cols.map((c) => c.value)), width));
}
function buildF3() {
  const W = 19;
  const rows = [["濠江区电子商务进农村综合示范创建情况一览表"],
    ["填报单位：汕头市濠江区经济和信息化局（区商务主管部门）　　　数据截至：2021年8月31日　　　“✓”为是、“✗”为否"]];
  const merges = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const P = (path, unit, value) => ({ path, unit, value });
  rows.push([]);
  bandRows(rows, merges, "一、基本情况", [
    P(["县（区）"], null, "濠江区"), P(["考评截止日期"], null, "2021年8月31日"),
    P(["人口与村居", "常住人口"], "万人", 28.43), P(["人口与村居", "行政村"], "个", 19), P(["人口与村居", "社区居委会"], "个", 26), P(["人口与村居", "省定贫困村"], "个", 0),
    P(["组织领导", "领导小组组长"], "（职务）", "区委常委、常务副区长"),
    P(["组织领导", "成员单位"], null, "区经济和信息化局（商务）、区财政局、区农业农村和水利局、区乡村振兴局、区交通运输局"),
    P(["组织领导", "示范工作方案"], null, "已印发"), P(["组织领导", "电商扶持政策"], null, "未出台（征求意见中）"),
  ], "计量单位", "填报", W);
  rows.push([]);
  bandRows(rows, merges, "二、服务体系", [
    P(["县级电子商务公共服务中心", "投入运营日期"], "年.月.日", "2021.3.18"), P(["县级电子商务公共服务中心", "免费培训场所和设备"], "✓/✗", "✓"),
    P(["县级电子商务公共服务中心", "免费展示、销售农产品"], "✓/✗", "✓"), P(["县级电子商务公共服务中心", "免费摄影、美工"], "✓/✗", "✓"),
    P(["县级电子商务公共服务中心", "统一推广、品牌建设指导"], "✓/✗", "✓"), P(["县级电子商务公共服务中心", "其他衍生增值服务"], "✓/✗", "✗"),
    P(["电商产业园", "建设或整合情况"], null, "未建设"), P(["电商产业园", "入驻企业"], "家", "—"),
  ], "计量单位", "填报", W);
  rows.push([]);
  bandRows(rows, merges, "三、农村产品上行", [
    P(["网络零售额", "农村网络零售额", "2019年"], "亿元", 18.64), P(["网络零售额", "农村网络零售额", "2020年"], "亿元", 22.91), P(["网络零售额", "农村网络零售额", "同比增长"], "%", 22.9),
    P(["网络零售额", "农产品网络零售额", "2019年"], "万元", "8,260"), P(["网络零售额", "农产品网络零售额", "2020年"], "万元", "10,890"), P(["网络零售额", "农产品网络零售额", "同比增长"], "%", 31.8),
    P(["专业第三方电商运营服务商"], "✓/✗", "✓"), P(["行政村物流快递覆盖率"], "%", 98.6),
  ], "计量单位", "填报", W);
  rows.push([]);
  bandRows(rows, merges, "四、人才培训", [
    P(["电商培训人次"], "人次", "3,016"), P(["相对贫困人口", "有劳动能力（不含外出务工）"], "人", 46), P(["相对贫困人口", "其中参加电商培训"], "人", 27),
    P(["相对贫困人口", "培训率"], "%", 58.7),
  ], "计量单位", "填报", W);
  rows.push([]);
  bandRows(rows, merges, "五、信息公开与报送", [
    P(["区政府网站专栏公示", "创建方案"], "✓/✗", "✓"), P(["区政府网站专栏公示", "项目基本信息"], "✓/✗", "✓"), P(["区政府网站专栏公示", "项目建设进度"], "✓/✗", "✓"),
    P(["区政府网站专栏公示", "征求意见或监督举报窗口"], "✓/✗", "✗"), P(["数据报送", "每月向市商务局报送"], "✓/✗", "✓"), P(["数据报送", "统计电商扶贫情况"], "✓/✗", "✓"),
  ], "计量单位", "填报", W);
  rows.push([]);
  bandRows(rows, merges, "六、资金与进度", [
    P(["省级专项资金", "下达"], "万元", 500), P(["省级专项资金", "累计拨付"], "万元", 371.26), P(["省级专项资金", "支出率"], "%", 74.3),
    P(["资金管理", "资金管理制度"], null, "已制定"), P(["资金管理", "资金专用台账"], null, "已建立"), P(["项目总体进度"], "%", 83),
    P(["一票否决事项", "安全生产、质量事故或重大损失"], null, "无"), P(["一票否决事项", "弄虚作假"], null, "无"),
  ], "计量单位", "填报", W);
  rows.push([]);
  const G1 = "加强组织领导与统筹协调（10分）";
  const G2 = "深入推动电子商务进农村工作（55分）";
  const G3 = "加强信息公开及报送（10分）";
  const G4 = "加强宣传推广（10分）";
  const G5 = "加强财政资金管理（15分）";
  const G6 = "加分项（4分）";
  const IND = [[[G1, "组织领导"], 2, 1, "org.leadership"], [[G1, "方案制定"], 2, 2, "org.plan"], [[G1, "政策支持"], 2, 0, "org.policy"], [[G1, "项目管理"], 4, 3, "org.management"],
    [[G2, "服务体系建设", "县级中心与产业园"], 15, 7, "work.center"], [[G2, "服务体系建设", "村级站点覆盖"], 10, 7, "work.coverage"], [[G2, "农村产品上行"], 10, 7, "work.upward"],
    [[G2, "电商人才培训"], 20, 20, "work.training"], [[G3, "信息公开"], 4, 3, "info.disclosure"], [[G3, "数据上报"], 6, 6, "info.reporting"],
    [[G4, "案例总结"], 2, 2, "promo.cases"], [[G4, "经验推广"], 8, 5, "promo.media"], [[G5, "制度建立"], 5, 4, "fund.system"], [[G5, "资金台账"], 5, 4, "fund.ledger"],
    [[G5, "资金支出"], 5, 3, "fund.spending"], [[G6, "贫困人口培训率≥70%"], 2, 0, "bonus.poorTraining"], [[G6, "电商扶贫典型案例电视播报"], 2, 0, "bonus.tvCase"]];
  const total = sum(IND.map((x) => x[2]));
  bandRows(rows, merges, "七、考评指标自评得分", IND.map((x) => P(x[0], x[1], x[2])).concat([P(["合计"], "100＋4", total)]), "分值", "自评得分", W);
  rows.push([]);
  const J = [[["组织领导与项目管理", "方案制定"], "1-2", 2, "org.plan"], [["组织领导与项目管理", "政策支持"], "1-2", "—", null],
    [["组织领导与项目管理", "项目管理", "管理制度"], "1-2", 1, "org.management.system"], [["组织领导与项目管理", "项目管理", "工作台账"], "1-2", 2, "org.management.ledger"],
    [["农村产品上行", "网销调研"], "1-2", 1, "work.upward.research"], [["农村产品上行", "网络促销活动"], "1-2", 2, "work.upward.promotion"],
    [["农村产品上行", "交易标准与冷链溯源"], "1-2", 1, "work.upward.standards"], [["财政资金管理", "制度建立"], "1-5", 4, "fund.system"],
    [["财政资金管理", "资金台账"], "1-5", 4, "fund.ledger"], [["财政资金管理", "及时拨付"], "1-5", 3, "fund.spending"]];
  bandRows(rows, merges, "八、主观评分项自评", J.map((x) => P(x[0], x[1], x[2])), "分值范围", "自评分", W);
  rows.push([]);
  rows.push(["说明：政策支持因扶持政策尚未出台，未自评（填“—”）。"]);
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  rows.push(["填报人：郑××　　审核：区经济和信息化局副局长　　填报日期：2021年9月8日"]);
  merges.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  for (const r of rows) padRow(r, r.length === 0 ? 0 : W);
  const claimed = {};
  for (const x of IND) claimed[x[3]] = x[2];
  const judged = {};
  for (const x of J) if (x[3]) judged[x[3]] = x[2];
  assert(total === 74 && Object.keys(judged).length === 9, "f3 claimed 74, nine judged");
  assert(pct1(2291, 1864) === "122.9%" && pct1(10890, 8260) === "131.8%" && pct1(27, 46) === "58.7%", "f3 the clerk's percentages");
  return {
    description:
      "汕头濠江区经济和信息化局的《创建情况一览表》横着排成八条“带”：每条带一行带标题（“一、基本情况”…“八、主观评分项自评”，整行合并），下面两层或三层合并表头（例如“网络零售额”合并在“农村网络零售额｜农产品网络零售额”之上，再下一层“2019年｜2020年｜同比增长”；“服务体系建设”合并在“县级中心与产业园｜村级站点覆盖”之上），然后一行计量单位（万人、亿元、万元、%、“✓/✗”；自评带是“分值”，主观带是“分值范围”），最后一行才是填报值（“自评得分”“自评分”）。要点：组长区委常委、常务副区长（分管领导）；扶持政策“未出台（征求意见中）”，政策支持自评“—”；中心2021.3.18运营、其他增值服务“✗”；产业园“未建设”；农村网零用亿元、农产品网零用万元（文本千分位）；快递覆盖率98.6%；支出率、培训率、入驻企业“—”不是填报项。",
    sheets: [{ name: "一览表", rows, merges }],
    expect: {
      facts: {
        county: "濠江区", asOf: "2021-08-31", residentPopulation: 284300, adminVillagesStated: 19, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: false, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1864000000, ruralRetail2020: 2291000000, ruralRetailGrowthStated: 0.229,
        agriRetail2019: 82600000, agriRetail2020: 108900000, agriRetailGrowthStated: 0.318,
        trainingPersonTimesStated: 3016, eligiblePoorPersonsStated: 46, trainedPoorPersonsStated: 27,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3712600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.83,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 韶关浈江区: 学员资料领取签收表 as the training ledger, poor persons in sections, 邮政管理局 express table
// =====================================================================================================
function buildL1() {
  const REGION = "440204";
  const CUT = "2021-08-31";
  // ---------------- 学员资料领取签收表
  const SES = [["2020-10-22", "第1期 电商基础普及班", "dot"], ["2020-11-19", "第2期 网店开设与运营", "cn"], ["2021-01-14", "第3期 短视频拍摄与剪辑", "date"],
    ["2021-03-17", "第4期 直播带货实操（两天）", "range"], ["2021-05-20", "第5期 农产品品牌与包装", "serial"], ["2021-08-31", "第6期 社区团购运营", "slash"],
    ["2021-09-09", "第7期 电商客服与物流", "dot"]];
  const NEAR = [REGION, REGION, REGION, "440203", "440205"];
  const tRows = [["浈江区电子商务公共服务中心培训学员资料领取签收表"],
    ["（每期学员到场后凭身份证领取学习资料，本表兼作签到凭证）"],
    ["序号", "培训日期", "培训班次", "姓名", "身份证号码", "资料包（份）", "笔记本（本）", "U盘（个）", "领取人签名", "备注"]];
  const tMerges = ["A1:J1", "A2:J2"];
  const tRecs = [];
  let seq = 0;
  let xDone = false;
  let spaceDone = false;
  let noIdDone = false;
  const people = [];
  SES.forEach(([iso, cls, fmt], si) => {
    const n = rint(9, 13);
    const dcell = fmt === "dot" ? dotDate(iso) : fmt === "cn" ? cnDate(iso) : fmt === "date" ? D(iso) : fmt === "range" ? "2021.3.16-17" : fmt === "serial" ? excelSerial(iso) : slashDate(iso);
    for (let k = 0; k < n; k++) {
      let p;
      if (si >= 2 && k < 2 && people.length > 5) p = people[rint(0, people.length - 1)];
      else {
        const male = rnd() < 0.5;
        const wantX = !xDone && si === 1 ? true : undefined;
        p = { name: personName(), id: makeId(NEAR[rint(0, NEAR.length - 1)], birthBetween(1970, 2001), male, wantX) };
        if (wantX) {
          xDone = true;
          p.lowerX = true;
        }
        people.push(p);
      }
      if (tRecs.some((r) => r.date === iso && r.id === p.id)) continue;
      let idCell = p.id;
      if (p.lowerX) idCell = p.id.slice(0, 17) + "x";
      let note = null;
      let rid = p.id;
      if (!spaceDone && si === 3 && k === 4) {
        idCell = spacedId(p.id);
        spaceDone = true;
      }
      if (!noIdDone && si === 4 && k === 3) {
        idCell = null;
        rid = null;
        note = "未带身份证，核对手机号";
        noIdDone = true;
      }
      const nb = rnd() < 0.9 ? 1 : 2;
      tRows.push([++seq, dcell, cls, p.name, idCell, 1, nb, si >= 3 ? 1 : null, p.name, note]);
      tRecs.push({ date: iso, personTimes: 1, id: rid });
    }
    if (si === 1 || si === 4) tRows.push([null, dcell, cls, "（中心备用）", null, 5, 5, si >= 3 ? 5 : null, "黄××（中心）", "备用资料，交中心保管"]);
    if (si === 2) {
      tRows.push([null, dcell, cls, "王××", null, 1, 1, null, "王××", "授课讲师，不是学员"]);
      const back = people[2];
      tRows.push([null, "2021.1.26", "（补领）", back.name, back.id, 1, null, null, back.name, "第1期学员补领资料包（原件遗失），不是参训"]);
    }
  });
  tRows.push([`合计：学员${tRecs.length}人次（第7期在9月）`]);
  tMerges.push(`A${tRows.length}:J${tRows.length}`);
  assert(xDone && spaceDone && noIdDone, "l1 id variants");
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.some((r) => r.date === CUT) && tRecs.some((r) => r.date > CUT) && tRecs.some((r) => r.date === "2021-03-17"), "l1 dates");

  // ---------------- 脱贫人口（按劳动能力分类）
  const TOWNS = ["犁市镇", "花坪镇", "新韶镇", "乐园镇", "十里亭镇"];
  const pVill = nameMaker("上下新大石黄白龙水长桂", ["坪", "塘", "岭", "坑", "田", "洞", "岗", "屋"], "村", ["犁市", "花坪", "新韶", "乐园", "十里"]);
  const pv = Array.from({ length: 12 }, () => ({ v: pVill(), t: TOWNS[rint(0, TOWNS.length - 1)] }));
  const SEC = [["一、有劳动能力、未外出务工", 26, true, false], ["二、有劳动能力、外出务工", 9, true, true], ["三、无劳动能力", 10, false, null], ["四、劳动能力待核实", 3, null, null]];
  const pRows = [["浈江区脱贫人口（建档立卡）劳动能力分类名单"], ["（区乡村振兴局2021年7月提供，按劳动能力和务工情况分类；外出务工指在浈江区以外务工）"],
    ["序号", "镇（街道）", "村", "户主", "姓名", "与户主关系", "公民身份号码", "备注"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const pRecs = [];
  let pX = false;
  for (const [title, n, labour, migrant] of SEC) {
    pRows.push([`${title}（${n}人）`]);
    pMerges.push(`A${pRows.length}:H${pRows.length}`);
    for (let k = 0; k < n; k++) {
      const h = pv[rint(0, pv.length - 1)];
      const birth = labour === false ? (rnd() < 0.7 ? birthBetween(1936, 1955) : birthBetween(2009, 2016)) : birthBetween(1965, 2001);
      const wantX = !pX && labour === true ? true : undefined;
      const id = makeId(REGION, birth, rnd() < 0.5, wantX);
      if (wantX) pX = true;
      const rel = k % 3 === 0 ? "户主" : ["配偶", "之子", "之女", "之孙子"][rint(0, 3)];
      const head = rel === "户主" ? null : personName();
      const nm = personName();
      const note = migrant === true ? `务工地：${["广州市白云区", "东莞市", "深圳市龙岗区", "佛山市南海区", "韶关市武江区"][rint(0, 4)]}` : labour === null ? "2021年迁入，劳动能力待镇核实" : labour === false && Number(birth.slice(0, 4)) >= 2005 ? "在校学生" : null;
      pRows.push([k + 1, h.t, h.v, rel === "户主" ? nm : head, nm, rel, id, note]);
      pRecs.push({ id, labour, migrant });
    }
  }
  pRows.push([`合计：${pRecs.length}人`]);
  pMerges.push(`A${pRows.length}:H${pRows.length}`);
  assert(pRecs.length === 48 && pRecs.filter((r) => r.labour === true && r.migrant === false).length === 26, "l1 48 persons, 26 eligible");

  // ---------------- 建制村快递服务通达情况
  const VT = [["犁市镇", 9, 2], ["花坪镇", 7, 1], ["新韶镇", 8, 2], ["乐园镇", 8, 1], ["十里亭镇", 7, 2], ["东河街道", 3, 10], ["车站街道", 2, 9]];
  const vName = nameMaker("上下新大石黄白龙水长桂梅竹松", ["坪", "塘", "岭", "坑", "田", "洞", "岗", "屋", "围", "陂"], "村", VT.map((t) => t[0].slice(0, 2)));
  const cName = nameMaker("韶东河站和新", ["华", "兴", "安", "城", "园", "康"], "社区", VT.map((t) => t[0].slice(0, 2)));
  const vRows = [["浈江区建制村快递服务通达情况统计表"], ["填报单位：韶关市邮政管理局　　统计时点：2021年8月31日"],
    ["序号", "乡镇（街道）", "村（社区）名称", "类别", "通达方式", "是否通达", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let q = 0;
  let noExpDone = false;
  const MODE = ["邮快合作", "快快合作", "交邮合作", "驻村设点"];
  const allV = [];
  const allC = [];
  for (const [town, nv, nc] of VT) {
    const r0 = vRows.length + 1;
    const vs = Array.from({ length: nv }, () => vName());
    const cs = Array.from({ length: nc }, () => cName());
    allV.push(...vs);
    allC.push(...cs);
    vs.forEach((v) => {
      const no = !noExpDone && town === "花坪镇" && vRows.length - r0 === 4;
      if (no) noExpDone = true;
      vRows.push([++q, vRows.length + 1 === r0 ? town : null, v, "建制村", no ? "—" : MODE[rint(0, MODE.length - 1)], no ? "否" : "是", no ? "计划2021年10月通达" : null]);
      vRecs.push({ name: v, admin: true, express: !no });
    });
    cs.forEach((c) => {
      vRows.push([++q, vRows.length + 1 === r0 ? town : null, c, "社区", "城区直投", "—", "社区不纳入建制村统计"]);
      vRecs.push({ name: c, admin: false, express: null });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
    vRows.push([null, `${town}小计`, `建制村${nv}个`, null, null, `通达${vs.length - (town === "花坪镇" ? 1 : 0)}个`, null]);
  }
  noStemClash(allV, allC, "l1");
  vRows.push([null, "合计", `建制村${allV.length}个`, null, null, `通达${allV.length - 1}个`, `通达率${pct1(allV.length - 1, allV.length)}`]);
  assert(noExpDone && vRecs.filter((r) => r.admin).length === 44, "l1 44 建制村, one not reached");

  const notes = [["填表说明"], ["1．《资料领取签收》：学员每期到场凭身份证领取学习资料，一行即一名学员参训一次；“中心备用”“讲师”“补领”行不是学员。"],
    ["2．《脱贫人口分类》：是否有劳动能力、是否外出务工按分类标题确定，表内不再单列。"], ["3．《快递通达》为市邮政管理局提供，建制村即行政村。"],
    ["浈江区商务局　2021年9月"]];
  return {
    description:
      "韶关浈江区商务局交的台账（说明页加三张表）：培训台账是电商公共服务中心的《培训学员资料领取签收表》（一行一名学员一次领取：培训日期｜班次｜姓名｜身份证号｜资料包｜笔记本｜U盘｜签名｜备注，同一期日期写法一致、各期不同：2020.10.22、2020年11月19日、真日期、“2021.3.16-17”两天班、Excel序号、2021/8/31、9月一期），“（中心备用）”、授课讲师、第1期学员隔期“补领”资料包这几行不是参训；身份证一人小写x、一人带空格、一人“未带身份证”。脱贫人口按“一、有劳动能力、未外出务工”“二、有劳动能力、外出务工”“三、无劳动能力”“四、劳动能力待核实”四节列出（节标题整行合并，序号每节重排），劳动能力和外出务工只看所在节。村居是市邮政管理局的建制村快递通达统计（乡镇纵向合并，类别建制村／社区，是否通达是／否／“—”，每镇小计行和合计行不是村）。",
    sheets: [
      { name: "填表说明", rows: notes },
      { name: "资料领取签收", rows: tRows, merges: tMerges },
      { name: "脱贫人口分类", rows: pRows, merges: pMerges },
      { name: "快递通达", rows: vRows, merges: vMerges },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "资料领取签收": { kind: "training", records: tRecs },
        "脱贫人口分类": { kind: "poorPersons", records: pRecs },
        "快递通达": { kind: "villages", records: vRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 珠海金湾区: 宣传推广费用 as the media list, 站点设备配发, 专栏信息数量 matrix, 经验材料
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  // ---------------- 宣传推广费用支出明细
  const mRows = [["金湾区电子商务进农村宣传推广费用支出明细"], ["（资金来源：省级电子商务进农村综合示范专项资金　单位：元）"],
    ["序号", "刊播日期", "媒体名称", "媒体级别", "刊播形式", "报道内容", "费用", "支付日期", "电商扶贫典型案例", "备注"]];
  const mMerges = ["A1:J1", "A2:J2"];
  const mRecs = [];
  const LV = { "中央": "national", "省级": "province", "市级": "city", "区级": "county" };
  const add = (seqNo, dcell, iso, media, lv, form, title, fee, paid, tcase, note) => {
    mRows.push([seqNo, dcell, media, lv, form, title, fee, paid, tcase, note]);
    if (iso) mRecs.push({ date: iso, level: LV[lv], tv: form === "电视" });
  };
  add(1, "—", null, "金湾区融媒体中心", "区级", "—", "年度宣传服务（包干，2020年10月—2021年9月，含专题报道4次）", 120000, D("2020-10-20"), null, "包干合同，报道明细见下");
  add("（1）", D("2020-11-13"), "2020-11-13", "金湾区融媒体中心《金湾新闻》", "区级", "电视", "金湾村级电商服务站开门迎客", "（包干内）", null, "否", null);
  add("（2）", "2021.1.22", "2021-01-22", "“金湾发布”微信公众号", "区级", "网络", "年货节直播带货 金湾农品卖出好价钱", "（包干内）", null, "否", null);
  add("（3）", cnDate("2021-04-16"), "2021-04-16", "金湾区融媒体中心《金湾新闻》", "区级", "电视", "脱贫户在电商中心学直播 白蕉海鲈卖上网", "（包干内）", null, "是", null);
  add("（4）", "2021.9.3", "2021-09-03", "“金湾发布”微信公众号", "区级", "网络", "金湾电商进农村示范创建巡礼", "（包干内）", null, "否", "截止日后");
  add(2, D("2020-12-18"), "2020-12-18", "珠海特区报", "市级", "报纸", "金湾：电商服务站让村民足不出村", 8000, D("2021-01-08"), "否", null);
  add(3, "2021年3月5日—7日", "2021-03-07", "珠海广播电视台《珠海新闻》", "市级", "电视", "金湾农村电商系列报道（连播3天）", 15000, D("2021-03-30"), "否", "3天连播，报道日期按最后一天");
  add(4, "2021.5.21", "2021-05-21", "南方日报", "省级", "报纸", "金湾探索“电商＋海鲜”助农新路", 0, "—", "否", "公益报道，不收费");
  add(5, D("2021-06-25"), "2021-06-25", "广东广播电视台珠江频道", "省级", "电视", "金湾脱贫户借电商卖海鲈", 25000, D("2021-07-16"), "是", null);
  add(6, slashDate("2021-08-27"), "2021-08-27", "学习强国广东学习平台", "省级", "网络", "珠海金湾：小站点撬动大民生", 0, "—", "否", "免费");
  add(7, "2021.9.10", "2021-09-10", "中央广播电视总台财经频道（CCTV-2）", "中央", "电视", "湾区乡村的电商新风景", "—", "—", "是", "中央媒体采访，不收费；截止日后");
  mRows.push(["合计", null, null, null, null, null, 120000 + 8000 + 15000 + 25000, null, null, null]);
  mMerges.push(`A${mRows.length}:F${mRows.length}`);
  assert(mRecs.length === 10 && mRecs.some((r) => r.date === "2021-03-07") && mRecs.filter((r) => r.date > CUT).length === 2, "l2 ten reports");

  // ---------------- 站点设备配发登记
  const TOWNS = [["红旗镇", 9], ["三灶镇", 6], ["平沙镇", 8], ["南水镇", 5]];
  const vName = nameMaker("广大三小沙新南北西东上下金海", ["湾", "围", "沙", "洲", "堤", "涌", "坑", "头", "场", "基"], "村", TOWNS.map((t) => t[0].slice(0, 2)));
  const ST = [];
  for (const [town, n] of TOWNS) for (let k = 0; k < n; k++) ST.push({ town, v: vName() });
  const commSt = { town: "三灶镇", v: "海澄社区", comm: true };
  ST.splice(10, 0, commSt);
  const EQ = ["电脑1台、打印机1台、电子秤1台、货架2组", "电脑1台、打印机1台、电子秤1台", "电脑1台、一体机1台、电子秤1台、货架1组"];
  const sRows = [["金湾区村级电子商务服务站点设备配发登记表"], ["（区商务局配发，站点签收；“挂牌运营日期”为站点对外服务之日）"],
    ["序号", "镇", "站点名称", "所在村（社区）", "配发日期", "配发设备", "挂牌运营日期", "签收人", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  const sRecs = [];
  let no = 0;
  ST.forEach((s, j) => {
    let op = randIsoBetween("2020-07-01", "2021-08-20");
    let give = isoAdd(op, -rint(3, 20));
    let note = null;
    if (j === 5) {
      give = "2021-08-18";
      op = "2021-09-08";
      note = "设备8月配发，9月挂牌";
    }
    if (j === 14) {
      op = "2020-05-20";
      give = "2020-09-15";
      note = "原邮政服务点，先运营后配发设备";
    }
    if (j === 20) op = CUT;
    const short = s.v.replace(/村$|社区$/, "");
    const vill = s.comm ? `${s.v}居委会` : j % 3 === 0 ? `${s.v}委会` : s.v;
    const signer = personName();
    sRows.push([++no, s.town, s.comm ? `${short}社区电商服务点` : `${short}村电商服务站`, vill, dateCell(give, j), EQ[j % 3], j === 20 ? "2021年8月31日" : dateCell(op, j + 2), signer, note]);
    sRecs.push({ village: s.v, opened: op });
    if (j === 3 || j === 17) {
      sRows.push([`补${j === 3 ? 1 : 2}`, "〃", "同上", "〃", dateCell(isoAdd(give, rint(40, 120)), j + 1), `补配：${j === 3 ? "扫码枪1把" : "电子秤1台（原件损坏更换）"}`, "—", signer, "补配设备，不是新站点"]);
    }
  });
  sRows.push([`共配发站点${ST.length}个（补配2次）`]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  assert(sRecs.length === 29 && sRecs.some((r) => r.opened === CUT) && sRecs.some((r) => r.opened > CUT), "l2 29 stations");

  // ---------------- 专栏信息数量统计 (栏目 × 月份)
  const MONTHS = monthsBetween("2020-09", "2021-09");
  const SUBS = ["创建方案", "项目信息", "建设进度", "资金使用", "监督举报", "工作动态"];
  const counts = {};
  SUBS.forEach((s) => (counts[s] = MONTHS.map(() => 0)));
  counts["创建方案"][0] = 1;
  counts["项目信息"][1] = 1;
  counts["项目信息"][7] = 2;
  counts["监督举报"][1] = 1;
  MONTHS.forEach((m, i) => {
    if (m !== "2021-02") counts["建设进度"][i] = 1;
  });
  counts["资金使用"][3] = 1;
  counts["资金使用"][9] = 1;
  [0, 2, 4, 6, 8, 10, 11, 12].forEach((i) => (counts["工作动态"][i] = rint(1, 3)));
  const dRows = [["金湾区政府网站“电子商务进农村综合示范”专栏信息发布数量统计表"], ["（网站后台按子栏目、发布月份统计，单位：条；“—”为当月未发布）"],
    ["子栏目", "2020年", null, null, null, "2021年", null, null, null, null, null, null, null, null, "合计"],
    [null].concat(MONTHS.map((m) => `${Number(m.slice(5))}月`), [null])];
  const dMerges = ["A1:O1", "A2:O2", "A3:A4", "B3:E3", "F3:N3", "O3:O4"];
  const dRecs = [];
  SUBS.forEach((s, si) => {
    const cells = counts[s].map((n, i) => {
      if (n === 0) return "—";
      if (si === 5 && i === 4) return String(n);
      if (si === 2 && i === 6) return fullWidth(String(n));
      return n;
    });
    dRows.push([s].concat(cells, [sum(counts[s])]));
    counts[s].forEach((n, i) => {
      for (let k = 0; k < n; k++) dRecs.push({ date: MONTHS[i] });
    });
  });
  dRows.push(["合计"].concat(MONTHS.map((_, i) => sum(SUBS.map((s) => counts[s][i]))), [sum(SUBS.map((s) => sum(counts[s])))]));
  const monthsWith = new Set(dRecs.map((r) => r.date));
  assert(!monthsWith.has("2021-02") && WINDOW.filter((w) => !monthsWith.has(w)).length === 1 && monthsWith.has("2021-09"), "l2 no update in 2021-02");

  // ---------------- 经验材料报送
  const matRows = [["金湾区电子商务进农村经验材料报送登记"], ["序号", "材料名称", "报送单位", "报送对象", "报送日期", "状态"]];
  const MAT = [["金湾区电子商务进农村综合示范创建工作情况汇报", "珠海市商务局", "2020-12-21", "已报送"], ["金湾区“电商＋海鲜”助农增收案例", "珠海市商务局", "2021-05-12", "已报送"],
    ["金湾区村级电商服务站点运营经验做法", "珠海市商务局", "2021-08-26", "已报送"], ["金湾区电商进农村示范创建工作总结", "珠海市商务局", null, "拟稿中，未报送"]];
  const matRecs = [];
  MAT.forEach((x, j) => {
    matRows.push([j + 1, `《${x[0]}》`, "金湾区商务局", x[1], x[2] ? (j === 1 ? "2021年5月12日" : dateCell(x[2], j + 1)) : null, x[3]]);
    if (x[2]) matRecs.push({ date: x[2] });
  });
  const cover = [["金湾区电子商务进农村综合示范创建"], ["考评台账（宣传与站点分册）"], [], ["宣传推广费用、站点设备配发、专栏信息统计、经验材料"], [], ["珠海市金湾区商务局"], ["2021年9月"]];
  return {
    description:
      "珠海金湾区商务局台账分册（封面加四张表）：宣传报道要从《宣传推广费用支出明细》读（刊播日期｜媒体名称｜媒体级别 中央／省级／市级／区级｜刊播形式｜报道内容｜费用｜支付日期｜电商扶贫典型案例｜备注）——一条报道一条记录，日期读刊播日期不读支付日期，“年度宣传服务（包干）”那行没有刊播日期、不是报道，下面“（1）—（4）”四次包干内报道才是，“2021年3月5日—7日”连播按最后一天，免费、公益的报道照算；站点是《站点设备配发登记表》（配发日期与挂牌运营日期两列，读挂牌运营日期；“补1”“补2”两行补配设备写“同上”“〃”，不是新站点；一站先运营后配发，一站8月配发9月挂牌，一站“2021年8月31日”挂牌，一个社区服务点）；专栏更新是网站后台按子栏目×月份统计的信息数量表（两行表头，年份合并在月份之上，格内是条数，“—”为0，一格n条就是n条更新记录，合计行、合计列不是记录，2021年2月没有发布）；经验材料一份“拟稿中，未报送”不是报送。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "宣传推广费用", rows: mRows, merges: mMerges },
      { name: "站点设备配发", rows: sRows, merges: sMerges },
      { name: "专栏信息统计", rows: dRows, merges: dMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "宣传推广费用": { kind: "media", records: mRecs },
        "站点设备配发": { kind: "stations", records: sRecs },
        "专栏信息统计": { kind: "disclosures", records: dRecs },
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
write("counties", "b173-c1-nansha.json", c1);
write("facts", "b173-f1-huangpu.json", f1);
write("facts", "b173-f2-xiangzhou.json", f2);
write("facts", "b173-f3-haojiang.json", f3);
write("ledgers", "b173-l1-zhenjiang.json", l1);
write("ledgers", "b173-l2-jinwan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
