// Batch 187 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b186.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (187187), no clock. Run: node test/corpus/_b187/gen-b187.js
//
// c1 湘桥区 (潮州): the whole workbook kept as Excel “表格” (套用表格格式 / 超级表): every ledger starts on row 1 with the table's
//    header, unnamed columns carry Excel's automatic names “列1”“列2” (notes, a month helper), each table ends with a “汇总”
//    totals row (计数 / 求和 results, not records); stations and poor persons name their village as a 级联 drop-down value
//    “镇街/村居” (“磷溪镇/溪口村民委员会”); training sessions split into “2020年培训班” / “2021年培训班” sheets whose dates carry no
//    year (“10月22日”, “12月9日-10日”); the 参数 sheet holds three tables one under another; a pivot sheet of the funds.
// f1 蓬江区 (江门): the district's 《示范创建工作任务责任清单》: 工作任务 merged down, 具体事项 with targets (“不少于7,796人次”),
//    牵头 / 配合单位, 完成时限 dates that are deadlines, facts only in the 完成情况 sentences, a 状态 column and 自评分 only on
//    judged rows.
// f2 高明区 (佛山): a 文件传阅单 (来文单位, 收文日期, 拟办意见, 局领导批示, 传阅 marks — none of it data) with the attachment under
//    it laid out as wide bands: a merged group row, an item row, a unit row and one value row per band (units 万人 / 亿元 / 万元
//    / 元 / %), a blank value, “—” for a judged item not rated, the claimed points in the last bands.
// f3 龙湖区 (汕头): a 一式两联 报送单 printed side by side: 第一联 存根 (A:D) and 第二联 回执 (F:I) separated by a 骑缝 column;
//    the same facts twice in slightly different notation (大写＋小写 money vs 小写 only, 2020年12月8日 vs 2020.12.8, 是 vs √),
//    a 分管副区长 as leader, judged and claimed points inside each 联, the city's 签收 cells left blank.
// l1 白云区 (广州): a park's 企业变动登记簿 (one row per event: 入驻 / 房间调整 / 退出, one 退出 voided as 误登), read per firm;
//    monthly reports as a quarter grid (季度 row × 第一/二/三个月, cells “10月9日√”, year from the quarter); media with
//    中央级/省级/市级/区级 and 电视/广播 forms; column updates known only from the “t20210315_” part of each link; a cover and a
//    hidden drop-down sheet.
// l2 南沙区 (广州): a summary sheet (not a ledger); a village list whose express column counts brands (“3家”, “０家”) and whose
//    poor column marks only “是”; stations under a two-row header with two-digit-year dates; funds as two year tables (2020年度 /
//    2021年度) with “9.15” month.day dates and 万元 amounts to four decimals, 小计 and 合计 rows; training sessions with 计划人数 and
//    实到人数; experience materials dated in Chinese numerals (“二〇二一年六月十八日”).
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
let seed = 187187;
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
    assert(/^b187-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b187-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b187-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 潮州湘桥区: the whole workbook as Excel “表格” (超级表): 列1/列2 headers, 汇总 rows, 级联 “镇街/村居” values
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "445102";
  const TOWNS = [["意溪镇", 16, 3], ["磷溪镇", 18, 1], ["官塘镇", 14, 1], ["铁铺镇", 12, 1], ["城西街道", 0, 4], ["西湖街道", 0, 4], ["桥东街道", 0, 4]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("长东南北上下新大湖坑溪埔仙塘岗", ["和", "头", "美", "厝", "洋", "陇", "寮", "田", "埔", "林", "围", "坛", "厦", "兜", "墘"], "村", prefixes);
  const cName = nameMaker("锦韩凤金绿枫春昌", ["城", "安", "华", "苑", "园", "秀", "兴", "荣"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 60 && comms.length === 18, "c1 60 villages + 18 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const adminSet = new Set(admin);
  const short = (v) => v.replace(/村$|社区$/, "");
  const shA = shuffle(admin);
  const poor = shA.slice(0, 5);
  const poorSet = new Set(poor);
  const noExp = shA[50];
  const cov = shA.slice(0, 43);
  const vSept = shA[45];
  const vPlan = shA[46];
  assert(!cov.includes(noExp) && !cov.includes(vSept) && !cov.includes(vPlan), "c1 roles distinct");
  // the village as a 级联 drop-down value “镇街/村居”, written three ways
  let formK = 0;
  const casc = (v) => {
    formK++;
    let nm = v;
    if (v.endsWith("村")) {
      if (formK % 5 === 1) nm = v.replace(/村$/, "村委会");
      else if (formK % 7 === 3) nm = v.replace(/村$/, "村民委员会");
    }
    return `${townOf[v]}/${nm}`;
  };

  // ---------------- 村居 (the drop-down source; town and village in two columns)
  const vRows = [["序号", "镇街", "村居", "类别", "省定贫困村", "快递进村", "列1"]];
  let sq = 0;
  for (const x of towns) {
    for (const v of x.vs) {
      sq++;
      const nm = sq % 4 === 0 ? `${v}委会` : v;
      vRows.push([sq, x.t, nm, "村委会", poorSet.has(v) ? "是" : "否", v === noExp ? "否" : "是", v === noExp ? "山区，快递只到镇上，村民到镇自取" : null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, sq % 3 === 0 ? `${c}居委会` : c, "居委会", "—", "是", null]);
    }
  }
  vRows.push(["汇总", null, 78, null, null, null, null]);
  assert(vRows.length === 80, "c1 village rows");

  // ---------------- 站点
  const ST = [];
  cov.forEach((v, j) => ST.push({ v, d: j === 9 ? CUT : randIsoBetween("2020-06-01", "2021-08-28") }));
  for (const k of [7, 20, 33]) ST.push({ v: cov[k], d: randIsoBetween("2021-01-05", "2021-08-20"), second: true });
  const commSt = comms[5];
  ST.push({ v: commSt, d: randIsoBetween("2020-10-01", "2021-06-30") });
  ST.push({ v: vSept, d: "2021-09-06" });
  ST.push({ v: vPlan, d: null, st: "筹建" });
  ST.sort((a, b) => cmp(a.d || "9999", b.d || "9999"));
  const sRows = [["序号", "站点名称", "所在镇街/村居", "负责人", "联系电话", "挂牌日期", "运营状态", "列1"]];
  ST.forEach((s, j) => {
    const kind = s.v.endsWith("社区") ? "社区电商服务点" : s.second ? "电商服务站（二）" : "电商服务站";
    let note = null;
    if (s.d === CUT) note = "8月31日挂牌";
    if (s.second) note = "本村第二个站点";
    if (s.v === vSept) note = "9月新挂牌";
    if (s.st) note = "选址装修中，未挂牌";
    sRows.push([j + 1, `${short(s.v)}${kind}`, casc(s.v), personName(), mask(phone()), s.d ? D(s.d) : null, s.st || "运营", note]);
  });
  sRows.push(["汇总", ST.length, null, null, null, null, null, null]);
  const okSt = ST.filter((s) => s.d && s.d <= CUT && adminSet.has(s.v));
  const covSet = new Set(okSt.map((s) => s.v));
  assert(covSet.size === 43 && ratioGE(43, 60, 70) && !ratioGE(41, 60, 70), "c1 43/60 = 71.7%");
  assert(poor.every((v) => covSet.has(v)), "c1 all 5 poor villages covered");
  assert(sRows.some((r) => /村民委员会$/.test(r[2] || "")) && sRows.some((r) => /村委会$/.test(r[2] || "")), "c1 cascade forms");

  // ---------------- 培训班 (two sheets, dates without a year)
  const TOP = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄剪辑", "潮州特产品牌与包装", "电商客服与售后", "社群营销", "跨境电商入门", "电商创业孵化（增值）"];
  const PLACES = ["区电子商务公共服务中心", "意溪镇文化站", "磷溪镇党群服务中心", "官塘镇政府会议室", "铁铺镇文化站"];
  const ses = [];
  let day = "2020-07-09";
  while (day <= "2021-08-20") {
    let end = isoAdd(day, rnd() < 0.3 ? 1 : 0);
    if (end.slice(0, 7) !== day.slice(0, 7)) end = day;
    ses.push({ start: day, end, pt: rint(120, 230) });
    day = isoAdd(day, rint(14, 20));
  }
  let diff = 4120 - sum(ses.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % ses.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (ses[j].pt + st < 100 || ses[j].pt + st > 260) continue;
    ses[j].pt += st;
    diff -= st;
  }
  ses.push({ start: "2021-09-02", end: "2021-09-02", pt: 152 }, { start: "2021-09-16", end: "2021-09-17", pt: 186 });
  ses.forEach((s, j) => {
    s.no = j + 1;
    s.topic = TOP[j % TOP.length];
  });
  const ptCut = sum(ses.filter((s) => s.end <= CUT).map((s) => s.pt));
  const POP = 553800;
  assert(ptCut === 4120 && ratioGE(ptCut, 500000, 0.8) && !ratioGE(ptCut, 500000, 1) && !ratioGE(ptCut, POP, 0.8), "c1 4120/500000 = 0.824% (0.744% without the cap)");
  const ses2020 = ses.filter((s) => s.start < "2021-01-01");
  const ses2021 = ses.filter((s) => s.start >= "2021-01-01");
  assert(ses2020.some((s) => s.start >= "2020-09-01") && ses2020.length >= 8, "c1 autumn 2020 sessions");
  const dayText = (s, k) => {
    const [, m, d] = ymd(s.start);
    const [, , d2] = ymd(s.end);
    if (s.start !== s.end) return k % 2 ? `${m}月${d}日-${d2}日` : `${m}月${d}日至${d2}日`;
    return k % 3 === 1 ? `${m}月${d}日（星期${weekday(s.start)}）` : `${m}月${d}日`;
  };
  const tSheet = (list) => {
    const rows = [["期次", "培训日期", "培训内容", "培训地点", "参训人次", "列1"]];
    list.forEach((s, k) => rows.push([`第${s.no}期`, dayText(s, k), s.topic, PLACES[s.no % PLACES.length], s.pt, s.end > CUT ? "考评截止后举办" : null]));
    rows.push(["汇总", null, null, null, sum(list.map((s) => s.pt)), null]);
    return rows;
  };

  const t20 = tSheet(ses2020);
  const t21 = tSheet(ses2021);
  const autumn = ses2020.find((s) => s.start >= "2020-10-01");
  const exAutumn = t20.find((r) => r[0] === `第${autumn.no}期`)[1];
  const allT = t20.slice(1, -1).concat(t21.slice(1, -1)).map((r) => r[1]);
  const exRange = allT.find((x) => /[-至]/.test(x));
  const exWeek = allT.find((x) => /星期/.test(x));
  assert(exRange && exWeek && !/[-至]/.test(exAutumn), "c1 date examples");

  // ---------------- 脱贫人口 / 脱贫户参训
  const plan = shuffle([].concat(Array(36).fill("E"), Array(8).fill("M"), Array(6).fill("N")));
  const poorHome = poor.concat(shA.slice(5, 12));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1956) : birthBetween(1966, 2001);
    const id = makeId(REGION, birth, rnd() < 0.5, undefined);
    const lab = c === "N" ? (j % 2 ? "丧失劳动力" : "无劳动力") : j % 3 === 0 ? "技能劳动力" : "普通劳动力";
    const work = c === "N" ? "—" : c === "M" ? (j % 2 ? "省外务工" : "省内区外务工") : j % 2 ? "区内务工" : "未务工";
    return { c, id, name: personName(), v: poorHome[j % poorHome.length], lab, work };
  });
  const pRows = [["序号", "姓名", "身份证号", "所在镇街/村居", "劳动能力", "务工状态", "列1"]];
  persons.forEach((p, j) => pRows.push([j + 1, p.name, p.id, casc(p.v), p.lab, p.work, null]));
  pRows.push(["汇总", persons.length, null, null, null, null, null]);
  const elig = persons.filter((p) => p.c === "E");
  const mig = persons.filter((p) => p.c === "M");
  const nol = persons.filter((p) => p.c === "N");
  const sesCut = ses.filter((s) => s.end <= CUT);
  const pickS = () => sesCut[rint(0, sesCut.length - 1)];
  const eligSh = shuffle(elig);
  const trained = eligSh.slice(0, 18);
  const septOnly = eligSh[18];
  const fwP = trained[5];
  const TR = [];
  trained.forEach((p) => TR.push({ p, s: pickS(), id: p === fwP ? fullWidth(p.id) : p.id }));
  for (const p of trained.slice(10, 12)) TR.push({ p, s: pickS(), id: p.id, note: "第二次参训" });
  TR.push({ p: septOnly, s: ses[ses.length - 2], id: septOnly.id });
  for (const p of mig.slice(0, 2)) TR.push({ p, s: pickS(), id: p.id });
  TR.push({ p: nol[0], s: pickS(), id: nol[0].id });
  TR.sort((a, b) => cmp(a.s.end, b.s.end) || a.s.no - b.s.no);
  const trRows = [["序号", "姓名", "身份证号", "参训日期", "期次", "列1"]];
  TR.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, D(t.s.end), `第${t.s.no}期`, t.note || null]));
  trRows.push(["汇总", TR.length, null, null, null, null]);
  for (const s of ses) assert(TR.filter((t) => t.s === s).length <= s.pt, "c1 poor trainees within the session");
  const eligIds = new Set(elig.map((p) => p.id));
  const normId = (id) => id.replace(/[０-９]/g, (ch) => String(FW.indexOf(ch))).toUpperCase();
  const trainedCut = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(normId(t.id))).map((t) => normId(t.id)));
  const trainedRaw = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(elig.length === 36 && trainedCut.size === 18 && ratioGE(18, 36, 50) && trainedRaw.size === 17 && !ratioGE(17, 36, 50) && !ratioGE(18, 36, 70), "c1 18/36 = 50.0% (17 without the full-width ID)");

  // ---------------- 入驻企业
  const FN = ["潮州市湘桥区潮味优选电子商务有限公司", "潮州市湘桥区韩江网络科技有限公司", "潮州市湘桥区意溪木雕网店", "潮州市湘桥区牛肉丸电商商行",
    "潮州市湘桥区凤城茶叶电子商务有限公司", "潮州市湘桥区瓷韵网店", "潮州湘桥电商运营服务有限公司", "潮州市湘桥区云帆代运营工作室",
    "潮州市湘桥区速达物流有限公司", "潮州市湘桥区潮鲜冷链仓储有限公司", "潮州市湘桥区古城直播传媒有限公司", "潮州市湘桥区磷溪姜薯电商商行",
    "潮州市湘桥区潮绣文创电子商务有限公司", "潮州市湘桥区鸿运快递服务有限公司", "潮州市湘桥区乡味坊电子商务有限公司", "潮州市湘桥区单丛茶网店",
    "潮州市湘桥区潮汕供应链管理有限公司", "潮州市湘桥区潮好物网络科技有限公司", "潮州市湘桥区官塘鱼丸电商商行", "潮州市湘桥区红瓷直播电商有限公司",
    "潮州市湘桥区铁铺果蔬电商商行", "潮州市湘桥区潮礼电子商务有限公司"];
  const FT = ["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "电商运营商", "电商运营商", "物流企业", "物流企业", "直播电商", "销售型", "销售型",
    "物流企业", "销售型", "销售型", "物流企业", "平台型", "销售型", "直播电商", "销售型", "销售型"];
  assert(FN.length === 22 && FT.length === 22, "c1 firm names");
  const firms = FN.map((n, j) => ({ n, t: FT[j], code: creditCode(REGION), entered: randIsoBetween("2020-08-01", "2021-08-15"), left: null }));
  // 0..18 in the park (19); 19 leaves 2021-09-15 (still in on 8月31日); 20 left 2021-05-10; 21 entered 2021-09-03
  firms[19].entered = randIsoBetween("2020-09-01", "2021-01-31");
  firms[19].left = "2021-09-15";
  firms[20].entered = randIsoBetween("2020-08-01", "2020-12-31");
  firms[20].left = "2021-05-10";
  firms[21].entered = "2021-09-03";
  const dupOf = firms[4];
  dupOf.entered = "2020-10-16";
  const dup = { n: dupOf.n, t: dupOf.t, code: dupOf.code, entered: "2021-04-01", left: null, dup: true };
  const allF = firms.concat([dup]).sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "列1"]];
  allF.forEach((f, j) => {
    let note = null;
    if (f.dup) note = "二期扩租，新增3楼办公室（同一企业）";
    if (f === firms[19]) note = "9月中旬迁出";
    if (f === firms[20]) note = "经营调整退园";
    if (f === firms[21]) note = "9月签约入驻";
    eRows.push([j + 1, f.n, f.code, f.t, D(f.entered), f.left ? D(f.left) : null, note]);
  });
  eRows.push(["汇总", allF.length, null, null, null, null, null]);
  const inPark = new Map();
  for (const f of allF) if (f.entered <= CUT && !(f.left && f.left < CUT)) inPark.set(f.code, f.t);
  const typesIn = new Set(inPark.values());
  assert(inPark.size === 20 && typesIn.size === 5 && ["平台型", "销售型", "电商运营商", "物流企业"].every((t) => typesIn.has(t)), "c1 20 firms in the park on 8月31日, 5 types");

  // ---------------- 资金拨付
  const PAY = [["2020-09-18", "区电商公共服务中心建设首期款", "潮州湘桥电商运营服务有限公司", 450000], ["2020-10-27", "村级电商服务站点建设首期款", "中国邮政集团有限公司潮州市湘桥区分公司", 380000],
    ["2020-12-15", "电商培训服务费（第一期）", "潮州市湘桥区职业技术学校", 165000], ["2021-01-20", "区电商公共服务中心建设进度款", "潮州湘桥电商运营服务有限公司", 520000],
    ["2021-02-05", "物流配送体系建设首期款", "潮州市湘桥区速达物流有限公司", 285000], ["2021-03-26", "村级电商服务站点建设进度款", "中国邮政集团有限公司潮州市湘桥区分公司", 412500],
    ["2021-04-30", "农产品品牌推广服务费", "潮州市湘桥区潮绣文创电子商务有限公司", 186000.5], ["2021-05-28", "电商培训服务费（第二期）", "潮州市湘桥区职业技术学校", 198000],
    ["2021-06-25", "冷链及溯源体系建设首期款", "潮州市湘桥区潮鲜冷链仓储有限公司", 276426], ["2021-07-16", "物流配送体系建设进度款", "潮州市湘桥区速达物流有限公司", 340000],
    ["2021-08-20", "区电商公共服务中心运营服务费", "潮州湘桥电商运营服务有限公司", 405500], ["2021-09-10", "村级电商服务站点建设尾款", "中国邮政集团有限公司潮州市湘桥区分公司", 280000]];
  const fRows = [["序号", "拨付日期", "摘要", "收款单位", "金额（元）", "凭证号", "列1"]];
  PAY.forEach(([d, what, who, a], j) => {
    const [y, m] = ymd(d);
    fRows.push([j + 1, D(d), what, who, a, `记-${d.slice(2, 4)}${d.slice(5, 7)}-${pad3(rint(1, 80))}`, `${y}-${m}`]);
  });
  const payTotal = sumYuan(PAY.map((p) => p[3]));
  fRows.push(["汇总", null, null, null, payTotal, null, null]);
  const spent = sumYuan(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3618426.5 && ratioGE(spent, 5000000, 70) && pct1(spent, 5000000) === "72.4%", "c1 spent " + spent);
  const pivot = [["行标签", "求和项:金额（元）"]];
  const byM = new Map();
  for (const [d, , , a] of PAY) {
    const [y, m] = ymd(d);
    const k = `${y}-${m}`;
    byM.set(k, sumYuan([byM.get(k) || 0, a]));
  }
  for (const [k, v] of byM) pivot.push([k, v]);
  pivot.push(["总计", payTotal]);

  // ---------------- 月报 / 专栏更新 / 宣传报道 / 经验材料
  const rRows = [["序号", "报送日期", "报告期", "报送方式", "含扶贫统计", "列1"]];
  const sent = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const next = monthsBetween(m, "2021-12")[1];
    const sd = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    sent.push(sd);
    rRows.push([j + 1, D(sd), cnMonth(m), j % 2 ? "粤政易" : "电子邮件", m >= "2020-10" ? "是" : "否", null]);
  });
  rRows.push(["汇总", 13, null, null, null, null]);
  assert(WINDOW.every((w) => sent.some((d) => ym(d) === w)), "c1 a report sent every window month");
  const ups = [];
  for (const m of monthsBetween("2020-06", "2021-09")) {
    if (m === "2021-02") continue;
    const [y, mo] = ymd(m + "-01");
    ups.push({ d: `${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, t: `湘桥区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, sub: "建设进度" });
  }
  ups.push({ d: "2020-06-03", t: "湘桥区电子商务进农村综合示范创建工作方案", sub: "创建方案" });
  ups.push({ d: "2020-06-19", t: "湘桥区电子商务进农村综合示范项目基本信息公示", sub: "项目信息" });
  ups.push({ d: "2020-06-19", t: "湘桥区电子商务进农村综合示范项目监督举报电话及邮箱", sub: "监督举报" });
  ups.sort((a, b) => cmp(a.d, b.d));
  const uRows = [["序号", "发布日期", "标题", "子栏目", "列1"]];
  ups.forEach((u, j) => uRows.push([j + 1, D(u.d), u.t, u.sub, u.d > CUT ? "截止日后发布" : null]));
  uRows.push(["汇总", ups.length, null, null, null]);
  const upMonths = new Set(ups.filter((u) => u.d <= CUT).map((u) => ym(u.d)));
  const missing = WINDOW.filter((w) => !upMonths.has(w));
  assert(missing.length === 1 && missing[0] === "2021-02", "c1 column not updated in 2021-02");
  const MED = [["2020-12-10", "“湘桥发布”融媒体", "县级", "网络", "湘桥首批村级电商服务站挂牌", "否"], ["2021-03-02", "潮州日报", "市级", "报纸", "湘桥：古城电商进村入户", "否"],
    ["2021-04-12", "南方日报", "省级", "报纸", "潮州湘桥：一颗牛肉丸卖出“电商味”", "否"], ["2021-06-18", "潮州广播电视台《潮州新闻》", "市级", "电视", "磷溪脱贫户直播卖姜薯，电商帮扶见实效", "是"],
    ["2021-09-07", "广东广播电视台《广东新闻联播》", "省级", "电视", "潮州湘桥：电商扶贫让山村好物走出去", "是"]];
  const mRows = [["序号", "报道日期", "媒体", "媒体级别", "形式", "标题", "电商扶贫典型案例", "列1"]];
  MED.forEach((x, j) => mRows.push([j + 1, D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5], x[0] > CUT ? "截止日后播出" : null]));
  mRows.push(["汇总", MED.length, null, null, null, null, null, null]);
  const matRows = [["序号", "报送日期", "材料名称", "报送单位", "报送对象"], [1, D("2021-06-22"), "《湘桥区“电商＋潮州牛肉丸”带动脱贫户增收经验做法》", "湘桥区商务局", "潮州市商务局"],
    [2, D("2021-09-06"), "《湘桥区电子商务进农村综合示范创建工作总结》", "湘桥区商务局", "潮州市商务局"], ["汇总", 2, null, null, null]];

  // ---------------- 参数 (three tables one under another)
  const par = [["P01", "基本情况", "县区", "湘桥区", "—", null], ["P02", "基本情况", "考评截止日期", D(CUT), "—", null],
    ["P03", "基本情况", "常住人口", 55.38, "万人", "第七次全国人口普查"], ["P04", "基本情况", "行政村数", 60, "个", "不含社区18个"], ["P05", "基本情况", "省定贫困村数", 5, "个", null],
    ["P06", "组织领导", "领导小组组长", "区委副书记、区长", "—", null],
    ["P07", "组织领导", "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、潮州邮政湘桥分公司", "—", null],
    ["P08", "组织领导", "工作方案已正式印发", "是", "—", "湘府办〔2020〕11号"], ["P09", "组织领导", "扶持政策已出台", "是", "—", null],
    ["P10", "服务体系", "公共服务中心投入运营日期", D("2021-01-15"), "—", "2020年12月试运营"], ["P11", "服务体系", "中心免费培训场所和设备", "是", "—", null],
    ["P12", "服务体系", "中心免费展示销售特色农产品", "是", "—", null], ["P13", "服务体系", "中心免费摄影美工", "是", "—", null], ["P14", "服务体系", "中心组织品牌推广", "是", "—", "“潮州好物”"],
    ["P15", "服务体系", "中心其他衍生增值服务", "否", "—", "暂未开展"], ["P16", "服务体系", "电商产业园建设或整合", "是", "—", null], ["P17", "服务体系", "专业第三方运营服务商", "是", "—", null],
    ["P18", "农村产品上行", "行政村物流快递覆盖率", 100, "%", "区邮政管理部门数据"], ["P19", "农村产品上行", "2019年农村网络零售额", 9.86, "亿元", "省商务厅监测"],
    ["P20", "农村产品上行", "2020年农村网络零售额", 12.41, "亿元", null], ["P21", "农村产品上行", "2019年农产品网络零售额", 1.52, "亿元", null], ["P22", "农村产品上行", "2020年农产品网络零售额", 2.03, "亿元", null],
    ["P23", "信息公开", "专栏公示创建方案", "是", "—", null], ["P24", "信息公开", "专栏公示项目基本信息", "是", "—", null], ["P25", "信息公开", "专栏公示项目建设进度", "是", "—", null],
    ["P26", "信息公开", "专栏设征求意见或监督举报窗口", "是", "—", "监督举报电话及邮箱"], ["P27", "数据上报", "能统计电商扶贫情况", "是", "—", null],
    ["P28", "资金", "下达资金总额", 500, "万元", null], ["P29", "资金", "资金管理制度已制定", "是", "—", null], ["P30", "资金", "资金专用台账已建立", "是", "—", null],
    ["P31", "资金", "项目总体进度", 85, "%", null], ["P32", "否决项", "发生安全生产、质量事故或重大损失", "否", "—", null], ["P33", "否决项", "弄虚作假", "否", "—", null]];
  const parRows = [["编号", "分组", "参数", "取值", "单位", "列1"]].concat(par.map((r) => r.slice()));
  parRows.push([null, null, null, null, null, null], [null, null, null, null, null, null]);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 1], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研及建议", "1-2", 2], ["网络促销活动", "1-2", 1],
    ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  parRows.push(["主观评分项", "分值范围", "自评分", "列1", null, null]);
  J.forEach((x) => parRows.push([x[0], x[1], x[2], null, null, null]));
  parRows.push([null, null, null, null, null, null], [null, null, null, null, null, null]);
  const CL = [["组织领导", 2, 2], ["方案制定", 2, 2], ["政策支持", 2, 1], ["项目管理", 4, 4], ["服务体系建设（县级中心与产业园）", 15, 14], ["服务体系建设（村级站点覆盖）", 10, 10],
    ["农村产品上行", 10, 8], ["电商人才培训", 20, 20], ["信息公开", 4, 4], ["数据上报", 6, 6], ["案例总结", 2, 2], ["经验推广", 8, 8], ["制度建立", 5, 4], ["资金台账", 5, 4],
    ["资金支出", 5, 4], ["加分项：贫困人口培训率≥70%", 2, 0], ["加分项：电商扶贫典型案例电视播报", 2, 0]];
  parRows.push(["评价指标", "满分", "自评分", null, null, null]);
  CL.forEach((x) => parRows.push([x[0], x[1], x[2], null, null, null]));
  parRows.push(["汇总", 104, sum(CL.map((x) => x[2])), null, null, null]);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  assert(sum(CL.map((x) => x[2])) === 93, "c1 claimed 93");
  assert(pct1(1241 - 986, 986) === "25.9%" && pct1(203 - 152, 152) === "33.6%" && !(1241 * 10 >= 986 * 13) && 203 * 10 >= 152 * 13, "c1 growth");

  const home = [["湘桥区电子商务进农村综合示范考评台账（表格版）"], ["编制：湘桥区商务局电商股　　数据截至2021年8月31日"], [null],
    ["使用说明"], ["1．各台账都是Excel“表格”（开始—套用表格格式），第1行是表格标题行，可筛选；没有起名的列由Excel自动命名为“列1”“列2”，内容是备注或辅助列。"],
    ["2．每个表格最后一行“汇总”是表格的汇总行（计数或求和），不是台账记录。"], ["3．站点、脱贫人口的“所在镇街/村居”是级联下拉，格式“镇街/村居”，下拉来源是“村居”表。"],
    ["4．培训班按年度分表（2020年培训班、2021年培训班），培训日期只写月日，年份见表名；两天的班写起止日。"],
    ["5．务工状态：区内务工、未务工的不属于外出务工；省内区外务工、省外务工属于外出务工。"], ["6．“参数”表有三个表格：参数、主观评分项、自评得分。“资金透视”是资金拨付的数据透视表。"],
    [null], ["目录"], ["参数｜村居｜站点｜2020年培训班｜2021年培训班｜脱贫人口｜脱贫户参训｜入驻企业｜资金拨付｜资金透视｜月报｜专栏更新｜宣传报道｜经验材料"]];

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 89 && bonus === 0, "c1 total " + scored);
  const derivation = [
    "org.leadership: 参数 P06 领导小组组长“区委副书记、区长” = 主要领导；P07 成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 主观评分项 方案制定 2（P08 工作方案已正式印发 是） → 2",
    "org.policy: 政策支持 1 → 1",
    "org.management: 项目管理制度 2 ＋ 工作台账 2 → 4",
    `work.center: P10 中心投入运营日期 2021-01-15 → 建成 2；≤ 2021-02-28，运行满6个月 → 2；免费培训场所设备 2、免费展示销售 1、免费摄影美工 1、品牌推广 1；其他衍生增值服务“否”（暂未开展） → 0；产业园 是 → 2；入驻企业表（23行，汇总行不算）按8月31日在园数、按信用代码去重：“${firms[20].n}”5月10日退园不算，“${firms[21].n}”9月3日入驻不算，“${dupOf.n}”二期扩租又登记一行（信用代码相同）算1家，“${firms[19].n}”9月15日才退出仍算 → 20家 → 2（把9月15日退出的当作已退园就只有19家，0分）；在园类型 平台型、销售型、电商运营商、物流企业、直播电商 5类 → 1；合计14`,
    `work.coverage: 村居表 类别“村委会”60个（居委会18个不算；有的村名写成“××村委会”，如“${noExp}委会”），基数60；站点表按级联值“镇街/村居”取村名（“${townOf[cov[0]]}/…村委会”“…村民委员会”与村居表同一村）：挂牌日期≤8月31日的站覆盖行政村43个（一站8月31日当天挂牌算；${cov[7]}、${cov[20]}、${cov[33]}各有第二个站只算一次；“${commSt}”的站是社区不算；“${vSept}”9月6日挂牌、“${vPlan}”筹建无挂牌日期，都不算） → 43/60 = 71.7% ≥ 70% → 5；省定贫困村5个（${poor.join("、")}）都有站 → 100% → 5；合计10`,
    `work.upward: 网销调研 2、网络促销 1；第三方运营服务商 是 → 1；村居表有“快递进村”列，“${noExp}”填“否”（山区只到镇），列为准 → 0（P18 写100%，与台账不符，应提示）；交易标准与冷链溯源 1；农村网络零售额9.86亿→12.41亿元增长25.9%，不到30%；农产品网络零售额1.52亿→2.03亿元增长33.6% ≥ 30% → 2；合计7`,
    `work.training: 两张培训班表按表名定年份（“2020年培训班”的“${exAutumn}”是2020年，不能当成2021年、落到截止日之后），两天的班按结束日；8月31日前的${sesCut.length}期参训人次合计4,120（汇总行不重复计）；“2021年培训班”里9月2日、9月16日—17日两期在截止日后不算；常住人口55.38万人 = 553,800 > 50万，基数取500,000 → 4,120/500,000 = 0.824% → 8（不封顶按553,800算是0.744%，只有6分）；脱贫人口表 普通/技能劳动力且务工状态为区内务工或未务工的36人（省外、省内区外务工8人，丧失/无劳动力6人不算）；脱贫户参训表8月31日前参训、身份证号在这36人里的按身份证号去重18人（一人身份证号是全角数字“${fullWidth(fwP.id).slice(0, 6)}…”，与脱贫人口表同一人；两人参训两次算一次；一人只在9月2日参训不算；外出务工2人、丧失劳动力1人不在36人里） → 18/36 = 50.0% ≥ 50% → 10；合计18`,
    `info.disclosure: P23—P26 创建方案、项目基本信息、建设进度、监督举报窗口都是“是” → 2；专栏更新表2020年9月—2021年8月只缺2021年2月 → 不定时更新 → 1；合计3`,
    "info.reporting: 月报表按报送日期，2020年9月—2021年8月每月都有报送（报告期比报送月早一个月） → 3；含扶贫统计 是，P27 能统计电商扶贫情况 是 → 3；合计6",
    "promo.cases: 经验材料 2021-06-22 报潮州市商务局 → 2（9月6日那份在截止日后）",
    "promo.media: 南方日报（省级）→ 4；潮州日报、潮州广播电视台（市级）→ 3；“湘桥发布”（县级）→ 1；广东广播电视台9月7日在截止日后不算 → 8",
    "fund.system: 资金管理制度 4 → 4",
    "fund.ledger: 资金台账 4 → 4",
    `fund.spending: 资金拨付表 拨付日期≤8月31日的11笔合计${fmtMoney(spent)}元（汇总行${fmtMoney(payTotal)}含9月10日280,000元，不能用）；下达500万元 → ${pct1(spent, 5000000)} ≥ 70% → 资金及时拨付自评 4 → 4`,
    "bonus.poorTraining: 脱贫人口培训率18/36 = 50.0% < 70% → 0",
    "bonus.tvCase: 潮州广播电视台是市级电视，不加分；广东广播电视台（省级电视、典型案例）2021-09-07播出，在截止日后 → 0",
    "veto.incident: P32 否 → 不否决",
    "veto.progress: P31 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: P33 否 → 不否决",
  ];
  return {
    description:
      `潮州湘桥区商务局电商股的整本考评台账是“表格版”工作簿（15个表），89分、无加分、未否决（参数表里的自评得分93）：每个台账都是Excel“套用表格格式”的表格，第1行就是表头，没起名的列是Excel自动名“列1”“列2”（备注、“2021-3”式的月份辅助列），每个表格末行“汇总”是计数或求和的汇总行，不是记录（资金的汇总含9月一笔）；站点和脱贫人口的村写成级联下拉值“镇街/村居”（“…/…村委会”“…/…村民委员会”），要和“村居”表的村名对上；培训班分“2020年培训班”“2021年培训班”两张表，培训日期只写月日（“${exAutumn}”“${exRange}”“${exWeek}”），年份只在表名里；“参数”表上下三个表格（参数｜主观评分项｜自评得分）；脱贫户参训表一人的身份证号是全角数字；入驻企业有二期扩租重复登记、9月15日才退出的；还有一张资金透视表和首页说明。`,
    sheets: [
      { name: "首页", rows: home },
      { name: "参数", rows: parRows },
      { name: "村居", rows: vRows },
      { name: "站点", rows: sRows },
      { name: "2020年培训班", rows: t20 },
      { name: "2021年培训班", rows: t21 },
      { name: "脱贫人口", rows: pRows },
      { name: "脱贫户参训", rows: trRows },
      { name: "入驻企业", rows: eRows },
      { name: "资金拨付", rows: fRows },
      { name: "资金透视", rows: pivot },
      { name: "月报", rows: rRows },
      { name: "专栏更新", rows: uRows },
      { name: "宣传报道", rows: mRows },
      { name: "经验材料", rows: matRows },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 江门蓬江区: the 示范创建工作任务责任清单 (facts only in the 完成情况 sentences)
// =====================================================================================================
function buildF1() {
  const POP_W = 77.96;
  const target = Math.round(POP_W * 100);
  const T = [
    ["一、加强组织领导与统筹协调", [
      ["建立区政府主要领导牵头、多部门参与的工作协调机制", "区商务局", "区政府办", "2020年5月底前",
        "已成立区电子商务进农村综合示范创建工作领导小组：区委副书记、区长任组长，分管副区长任常务副组长，成员单位为区商务局、区财政局、区农业农村局、区乡村振兴局、区人力资源社会保障局、区市场监管局、区交通运输局、蓬江邮政分公司（蓬府办函〔2020〕23号）。", "已完成", "—"],
      ["制定科学严谨的示范创建工作方案", "区商务局", "各镇（街）", "2020年6月底前",
        "2020年6月12日区政府办公室正式印发《蓬江区电子商务进农村综合示范创建工作方案》（蓬府办〔2020〕15号）。", "已完成", 2],
      ["在资金、土地、人才等方面出台政策支持农村电商发展", "区商务局", "区财政局、区人力资源社会保障局", "2020年12月底前",
        "已出台《蓬江区促进农村电子商务发展扶持办法（试行）》，2021年上半年兑现奖补资金。", "已完成", 2],
      ["制定项目管理制度，建设、验收环节严格执行", "区商务局", "区财政局", "2020年9月底前",
        "已制定《蓬江区电子商务进农村综合示范项目管理办法》，项目均按合同组织验收。", "已完成", 2],
      ["建立完整工作台账，详细记录项目建设情况", "区商务局", "区电子商务公共服务中心", "持续",
        "已建立站点、培训、资金、报送等11本台账；部分台账佐证材料仍在补充。", "持续推进", 1],
    ]],
    ["二、深入推动电子商务进农村工作", [
      ["摸清全区人口及村（居）底数", "区统计局", "区民政局、各镇（街）", "2020年6月底前",
        `全区常住人口${POP_W}万人（第七次全国人口普查）；行政村44个，另有社区居委会79个；全区无省定贫困村。`, "已完成", "—"],
      ["建设区级电子商务公共服务中心，提供技术支持、培训孵化、产品对接、品牌建设等服务", "区商务局", "运营服务商", "2020年10月底前",
        "区电子商务公共服务中心于2020年11月26日正式投入运营（9月起试运营）。中心设免费培训室（120座，配培训设备），能组织电商基础培训；设农特产品免费展示展销区；组织“蓬江好物”统一推广、指导品牌建设；提供代办注册、融资对接等增值服务。摄影、美工服务按成本价收费，未实行免费。", "已完成", "—"],
      ["建设或整合、优化当地电商产业园", "区商务局", "棠下镇", "2020年12月底前", "已整合提升棠下镇电商产业园作为区电商产业园，现入驻企业24家。", "已完成", "—"],
      [`村级电商服务站点覆盖70%以上行政村（不少于31个）`, "区商务局", "各镇（街）、蓬江邮政分公司", "2021年6月底前", "已建成村级电商服务站点35个，覆盖行政村33个。", "已完成", "—"],
      ["对农产品网络销售进行调研，形成针对性建议", "区商务局", "区农业农村局", "2020年12月底前", "委托第三方完成《蓬江区农产品网络销售调研报告》，提出6条针对性建议。", "已完成", 2],
      ["开展农村产品网络促销活动", "区商务局", "运营服务商", "持续", "组织“蓬江好物”直播节、年货节等网络促销活动6场，成效明显。", "已完成", 2],
      ["引入专业第三方电子商务运营或服务商", "区商务局", "—", "2020年9月底前", "经公开招标，确定江门市蓬商网络科技有限公司为专业运营服务商。", "已完成", "—"],
      ["整合物流资源，行政村物流快递覆盖率达100%", "区交通运输局", "蓬江邮政分公司", "2021年6月底前", "全区行政村物流快递覆盖率100%（区邮政管理部门出具证明）。", "已完成", "—"],
      ["探索农产品电商交易标准，建立冷链、溯源系统", "区农业农村局", "区市场监管局", "2021年6月底前", "已制定杜阮凉瓜电商交易标准；冷链依托第三方，溯源系统仍在建设。", "持续推进", 1],
      ["农村网络零售额保持较快增长", "区商务局", "区统计局", "年度",
        "2020年全区农村网络零售额28.63亿元，同比增长21.4%；农产品网络零售额3.26亿元，同比增长36.8%（省商务厅监测数据）。", "已完成", "—"],
      [`开展电商培训，培训人次达常住人口1%以上（不少于${fmtInt(target)}人次）`, "区商务局", "区人力资源社会保障局、各镇（街）", "2021年8月底前", "累计开展各类电商培训8,214人次。", "已完成", "—"],
      ["有劳动能力的建档立卡贫困人口培训率达50%以上（外出务工者除外）", "区乡村振兴局", "区商务局", "2021年8月底前",
        "经区乡村振兴局确认，有劳动能力的建档立卡贫困人口（不含外出务工）186人，已参加电商培训121人，培训率65.1%。", "已完成", "—"],
    ]],
    ["三、加强信息公开及报送", [
      ["在区政府网站设立电子商务进农村综合示范公开专栏", "区商务局", "区政务服务数据管理局", "2020年7月底前",
        "区政府门户网站“电子商务进农村综合示范”专栏已公开创建方案和项目基本信息，每月更新项目建设进度，并设监督举报电话和邮箱。", "已完成", "—"],
      ["每月向市商务局报送工作进展及统计数据", "区商务局", "—", "每月5日前", "按月报送，月报附电商扶贫统计表（建档立卡贫困户培训、带动增收情况）。", "已完成", "—"],
    ]],
    ["四、加强宣传推广", [
      ["总结经验做法并报送市商务局", "区商务局", "—", "2021年6月底前", "已报送《蓬江区“电商＋凉瓜”助农增收经验材料》。", "已完成", "—"],
      ["典型做法被主流媒体宣传报道", "区委宣传部", "区商务局", "持续", "江门日报、“蓬江发布”等报道8篇次。", "持续推进", "—"],
    ]],
    ["五、加强财政资金管理", [
      ["制定省级财政资金管理制度，建立考核问责制度", "区财政局", "区商务局", "2020年8月底前", "已制定《蓬江区省级电子商务进农村综合示范专项资金管理办法》。", "已完成", 4],
      ["建立健全资金台账", "区商务局", "运营服务商", "持续", "项目承建方已建立资金专用台账，逐笔登记、可追溯。", "已完成", 4],
      ["按进度及时拨付资金，资金支出率70%以上", "区财政局", "区商务局", "2021年8月底前",
        "下达省级专项资金500万元，截至8月31日累计拨付396.82万元，支出率79.4%；项目总体进度88%。", "已完成", 4],
    ]],
    ["六、守住底线", [
      ["确保不发生安全生产、质量事故和重大经济损失", "各项目承建单位", "区商务局", "全程", "示范创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响。", "—", "—"],
      ["确保考评材料真实", "区商务局", "各成员单位", "全程", "经自查，考评材料真实，无弄虚作假情况。", "—", "—"],
    ]],
  ];
  assert(pct1(121, 186) === "65.1%" && pct1(3968200, 5000000) === "79.4%" && target === 7796, "f1 rates");
  const W = 9;
  const rows = [padRow(["江门市蓬江区电子商务进农村综合示范创建工作任务责任清单"], W), padRow(["（完成情况统计截至2021年8月31日）"], W),
    padRow(["填报单位：江门市蓬江区商务局（区示范创建领导小组办公室）　　　　　　　　填报日期：2021年9月3日"], W),
    ["序号", "工作任务", "具体事项", "牵头单位", "配合单位", "完成时限", "完成情况（截至2021年8月31日）", "状态", "自评分"]];
  const merges = ["A1:I1", "A2:I2", "A3:I3"];
  let no = 0;
  for (const [task, items] of T) {
    const r0 = rows.length + 1;
    items.forEach((it, k) => {
      no++;
      rows.push([no, k === 0 ? task : null, it[0], it[1], it[2], it[3], it[4], it[5], it[6]]);
    });
    mergeCol(merges, "B", r0, rows.length);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["注：1．“自评分”栏只填主观评分项（评分标准为1—2分或1—5分的事项），其余指标按台账测算，不在本表自评。"], W));
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(padRow(["　　2．“完成时限”是2020年5月区领导小组第一次会议确定的时限；“具体事项”中的数字是工作目标。"], W));
  merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(padRow(["审核：区商务局副局长 伍××　　　　填表：电商股 谭××　　　　联系电话：0750-32×××××"], W));
  merges.push(`A${rows.length}:I${rows.length}`);
  return {
    description:
      "江门蓬江区商务局（领导小组办公室）填的《电子商务进农村综合示范创建工作任务责任清单》当事实表：标题、统计截止行、填报单位/日期行，表头 序号｜工作任务（按六大任务纵向合并）｜具体事项｜牵头单位｜配合单位｜完成时限｜完成情况（截至2021年8月31日）｜状态｜自评分；事实只在“完成情况”的句子里（区委副书记、区长任组长及八个成员单位，方案2020年6月12日印发，中心2020年11月26日运营、摄影美工按成本收费，77.96万人、行政村44个、无省定贫困村，2020年网零额和增速只有当年数，培训8,214人次，186人／121人，500万元／396.82万元，进度88%，未发生事故、无弄虚作假）；“具体事项”里的“不少于7,796人次”“不少于31个”是目标，“完成时限”的日期是时限，“配合单位”不是领导小组成员；自评分只在主观评分项的行上，其余“—”。",
    sheets: [{ name: "责任清单", rows, merges }],
    expect: {
      facts: {
        county: "蓬江区", asOf: "2021-08-31", residentPopulation: 779600, adminVillagesStated: 44, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 2863000000, ruralRetailGrowthStated: 0.214, agriRetail2020: 326000000, agriRetailGrowthStated: 0.368,
        trainingPersonTimesStated: 8214, eligiblePoorPersonsStated: 186, trainedPoorPersonsStated: 121,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3968200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
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
// f2 — 佛山高明区: a 文件传阅单 with the attached data as wide bands (group row / item row / unit row / value row)
// =====================================================================================================
function buildF2() {
  const W = 12;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:L${rows.length}`);
  };
  full("佛山市高明区经济和科技促进局");
  full("文　件　传　阅　单");
  rows.push(padRow(["来文单位", "高明区电子商务公共服务中心", null, null, null, null, "收文日期", "2021年9月2日", null, null, null, null], W));
  merges.push(`B${rows.length}:F${rows.length}`, `H${rows.length}:L${rows.length}`);
  rows.push(padRow(["来文字号", "明电商中心〔2021〕15号", null, null, null, null, "收文编号", "明经科收〔2021〕0873号", null, null, null, null], W));
  merges.push(`B${rows.length}:F${rows.length}`, `H${rows.length}:L${rows.length}`);
  rows.push(padRow(["文件标题", "关于报送电子商务进农村综合示范考评基础数据的报告"], W));
  merges.push(`B${rows.length}:L${rows.length}`);
  rows.push(padRow(["拟办意见", "请电商科核对附件数据，作为区考评自评及迎检依据。　　　　办公室 何×× 9月2日"], W));
  merges.push(`B${rows.length}:L${rows.length}`);
  rows.push(padRow(["局领导批示", "同意，按附件数据迎检；资金支出进度偏慢，请财务科加快拨付。　　　　黎×× 9月3日"], W));
  merges.push(`B${rows.length}:L${rows.length}`);
  rows.push(padRow(["传阅情况", "局长", "已阅 9.3", null, "副局长", "已阅 9.3", null, "电商科", "已阅 9.4", null, "财务科", "已阅 9.4"], W));
  rows.push(padRow([], W));
  full("附件：高明区电子商务进农村综合示范考评基础数据（数据截至2021年8月31日）");
  full("（每段四行：第一行分类，第二行项目，第三行计量单位，第四行数据；“—”表示无单位或不评）");
  // groups: [title, [[item, unit, value], ...]]
  const G = [
    ["一、基本情况", [["区名称", "—", "高明区"], ["常住人口", "万人", 47.67], ["行政村", "个", 76], ["省定贫困村", "个", "无"]]],
    ["二、组织领导", [["领导小组组长", "—", "区委副书记、区长"], ["领导小组成员单位", "—", "区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局等11个单位"],
      ["示范工作方案", "—", "已正式印发"], ["农村电商扶持政策", "—", "已出台"]]],
    ["三、公共服务中心及产业园", [["中心投入运营日期", "—", D("2020-12-18")], ["免费培训场所、设备", "—", "有"], ["免费展示、销售特色农产品", "—", "有"],
      ["免费摄影、美工", "—", "有"], ["农产品统一推广、品牌建设", "—", "有"], ["其他衍生增值服务", "—", null], ["电商产业园", "—", "已整合"], ["专业第三方运营服务商", "—", "有"]]],
    ["四、农村产品上行", [["行政村物流快递覆盖率", "%", 100], ["2019年农村网络零售额", "亿元", 14.26], ["2020年农村网络零售额", "亿元", 18.93], ["农村网络零售额同比增速", "%", 32.7],
      ["2019年农产品网络零售额", "亿元", 2.18], ["2020年农产品网络零售额", "亿元", 2.61], ["农产品网络零售额同比增速", "%", 19.7]]],
    ["五、电商培训", [["培训人次", "人次", "4,376"], ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 95], ["其中参加电商培训", "人", 71]]],
    ["六、信息公开及数据上报", [["专栏公示创建方案", "—", "是"], ["专栏公示项目基本信息", "—", "是"], ["专栏公示项目建设进度", "—", "是"], ["专栏设征求意见或监督举报窗口", "—", "否"],
      ["能统计电商扶贫情况", "—", "是"]]],
    ["七、专项资金", [["下达省级专项资金", "万元", 500], ["累计拨付资金", "元", "3,275,600.00"], ["资金管理制度", "—", "已制定"], ["资金专用台账", "—", "已建立"], ["项目总体进度", "%", 82]]],
    ["八、一票否决事项", [["安全生产、质量事故或重大经济损失", "—", "无"], ["弄虚作假", "—", "无"]]],
    ["九、主观评分项自评", [["方案制定（1-2）", "分", 2], ["政策支持（1-2）", "分", 1], ["项目管理制度（1-2）", "分", 2], ["工作台账（1-2）", "分", 2], ["网销调研（1-2）", "分", 1],
      ["网络促销活动（1-2）", "分", 2], ["交易标准及冷链溯源（1-2）", "分", 1], ["资金管理制度（1-5）", "分", 4], ["资金台账（1-5）", "分", 4], ["资金及时拨付（1-5）", "分", "—（支出率未达70%）"]]],
  ];
  const CLN = ["组织领导", "方案制定", "政策支持", "项目管理", "服务体系建设（中心及产业园）", "服务体系建设（村级站点）", "农村产品上行", "电商人才培训", "信息公开", "数据上报",
    "案例总结", "经验推广", "制度建立", "资金台账", "资金支出"];
  const CLV = [2, 2, 1, 4, 13, 10, 8, 18, 2, 6, 2, 5, 4, 4, -5];
  const clItems = CLN.map((n, j) => [`${n}（${SCORED[j][1]}）`, "分", CLV[j]]);
  clItems.push(["加分项：贫困人口培训率≥70%（2）", "分", 2], ["加分项：典型案例电视播报（2）", "分", 0], ["合计", "分", `${sum(CLV)}＋2`]);
  G.push(["十、逐项自评得分", clItems]);
  assert(sum(CLV) === 76, "f2 claimed 76");
  // flatten into bands of at most W columns; a group cut by a band boundary continues as “（续）”
  const cells = [];
  for (const [title, items] of G) items.forEach((it, k) => cells.push({ title, first: k === 0, it }));
  for (let k = 0; k < cells.length; k += W) {
    const band = cells.slice(k, k + W);
    const gRow = padRow([], W);
    const r = rows.length + 1;
    let c0 = 0;
    while (c0 < band.length) {
      let c1 = c0;
      while (c1 + 1 < band.length && band[c1 + 1].title === band[c0].title) c1++;
      gRow[c0] = band[c0].first ? band[c0].title : `${band[c0].title}（续）`;
      if (c1 > c0) merges.push(`${colName(c0)}${r}:${colName(c1)}${r}`);
      c0 = c1 + 1;
    }
    rows.push(gRow);
    rows.push(padRow(band.map((x) => x.it[0]), W));
    rows.push(padRow(band.map((x) => x.it[1]), W));
    rows.push(padRow(band.map((x) => x.it[2]), W));
    rows.push(padRow([], W));
  }
  full("附件报送单位：高明区电子商务公共服务中心（运营方：佛山市明商电子商务有限公司）　　核对：区经科局电商科 罗××");
  assert(pct1(1893 - 1426, 1426) === "32.7%" && pct1(261 - 218, 218) === "19.7%" && pct1(71, 95) === "74.7%" && pct1(3275600, 5000000) === "65.5%", "f2 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CLV[j]));
  claimed["bonus.poorTraining"] = 2;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "佛山高明区经济和科技促进局的《文件传阅单》连同附件一起交来当事实表：上半是传阅单（来文单位、收文日期2021年9月2日、来文字号、收文编号、文件标题、拟办意见、局领导批示、传阅情况“已阅 9.3”——都不是数据）；下半是电商中心报来的附件《考评基础数据（数据截至2021年8月31日）》排成横向的“段”，每段四行：分类行（合并，跨段的写“（续）”）、项目行、计量单位行（万人、亿元、万元、元、%、分、“—”）、数据行，一段12列共6段；数据行里有日期格、“4,376”文本、“3,275,600.00”元、500万元、“无”省定贫困村、“其他衍生增值服务”空着未填、资金及时拨付“—（支出率未达70%）”不评，最后两段是逐项自评得分（资金支出－5、合计“76＋2”）。",
    sheets: [{ name: "传阅单", rows, merges }],
    expect: {
      facts: {
        county: "高明区", asOf: "2021-08-31", residentPopulation: 476700, adminVillagesStated: 76, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1426000000, ruralRetail2020: 1893000000, ruralRetailGrowthStated: 0.327,
        agriRetail2019: 218000000, agriRetail2020: 261000000, agriRetailGrowthStated: 0.197,
        trainingPersonTimesStated: 4376, eligiblePoorPersonsStated: 95, trainedPoorPersonsStated: 71,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3275600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 汕头龙湖区: a 一式两联 报送单 (存根联 A:D | 骑缝 E | 回执联 F:I), the same data twice in two notations
// =====================================================================================================
function buildF3() {
  const ALLOC = 5000000;
  const SPENT = 3864200;
  assert(daxie(ALLOC) === "伍佰万元整" && daxie(SPENT) === "叁佰捌拾陆万肆仟贰佰元整", "f3 daxie");
  // [label 存根, value 存根, label 回执, value 回执, note 存根]
  const S = [
    ["（一）基本情况"],
    ["县（区）名称", "龙湖区", "区名", "龙湖区", null],
    ["考评截止日期", "2021年8月31日", "截止日期", "2021.8.31", null],
    ["常住人口", "52.63万人", "常住人口", "52.63万人", "七普"],
    ["行政村个数", "27个", "行政村", "27个", "另有社区居委会68个"],
    ["省定贫困村个数", "2个", "省定贫困村", "2个", null],
    ["（二）组织领导"],
    ["领导小组组长", "分管副区长", "组长", "分管副区长", "区政府常务会议确定"],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、龙湖邮政分公司", "成员单位", "商务、财政、农业农村、乡村振兴、市场监管、邮政", null],
    ["示范工作方案是否正式印发", "是", "方案印发", "√", "汕龙府办〔2020〕19号"],
    ["是否出台农村电商扶持政策", "是", "扶持政策", "√", null],
    ["（三）公共服务中心及产业园"],
    ["公共服务中心投入运营日期", "2020年12月8日", "中心运营", "2020.12.8", null],
    ["免费培训场所、培训设备", "有", "免费培训", "√", null],
    ["免费展示、销售特色农产品", "有", "免费展销", "√", null],
    ["免费摄影、美工服务", "有", "摄影美工", "√", null],
    ["农产品统一推广、品牌建设指导", "有", "品牌推广", "√", null],
    ["其他衍生增值服务", "有", "增值服务", "√", "代办注册、金融对接"],
    ["电商产业园建设或整合", "是", "产业园", "√", "整合外砂电商产业园"],
    ["专业第三方电商运营服务商", "有", "第三方运营", "√", null],
    ["（四）农村产品上行"],
    ["行政村物流快递覆盖率", "100%", "快递覆盖", "100%", null],
    ["2019年农村网络零售额", "36.85亿元", "19年农村网零", "36.85亿元", "省商务厅监测"],
    ["2020年农村网络零售额", "45.12亿元", "20年农村网零", "45.12亿元", null],
    ["2019年农产品网络零售额", "1.84亿元", "19年农产品网零", "1.84亿元", null],
    ["2020年农产品网络零售额", "2.47亿元", "20年农产品网零", "2.47亿元", null],
    ["（五）电商培训"],
    ["培训人次", "5,236人次", "培训人次", "5236", null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "112人", "有劳贫困人口", "112", "区乡村振兴局确认"],
    ["其中参加电商培训人数", "63人", "参训贫困人口", "63", null],
    ["（六）信息公开及报送"],
    ["专栏公示创建方案", "是", "公示方案", "√", null],
    ["专栏公示项目基本信息", "是", "公示项目", "√", null],
    ["专栏公示项目建设进度", "是", "公示进度", "√", null],
    ["专栏设征求意见或监督举报窗口", "是", "举报窗口", "√", null],
    ["能统计电商扶贫情况", "是", "扶贫统计", "√", null],
    ["（七）专项资金"],
    ["下达省级专项资金", `人民币${daxie(ALLOC)}（¥${fmtMoney(ALLOC)}）`, "下达资金", `¥${fmtMoney(ALLOC)}`, null],
    ["累计拨付资金", `人民币${daxie(SPENT)}（¥${fmtMoney(SPENT)}）`, "累计拨付", `¥${fmtMoney(SPENT)}`, "截至8月31日"],
    ["资金管理制度", "已制定", "资金制度", "√", null],
    ["资金专用台账", "已建立", "资金台账", "√", null],
    ["项目总体进度", "90%", "总体进度", "90%", null],
    ["（八）一票否决事项"],
    ["发生安全生产、质量事故或重大经济损失", "否", "事故损失", "×", null],
    ["弄虚作假", "否", "弄虚作假", "×", null],
    ["（九）主观评分项自评（分）"],
    ["方案制定（1—2分）", "2分", "方案制定", "2", null],
    ["政策支持（1—2分）", "2分", "政策支持", "2", null],
    ["项目管理制度（1—2分）", "1分", "管理制度", "1", null],
    ["工作台账（1—2分）", "2分", "工作台账", "2", null],
    ["网销调研（1—2分）", "2分", "网销调研", "2", null],
    ["网络促销活动（1—2分）", "1分", "网络促销", "1", null],
    ["交易标准、冷链溯源（1—2分）", "2分", "标准溯源", "2", null],
    ["资金管理制度（1—5分）", "5分", "资金制度分", "5", null],
    ["资金台账（1—5分）", "4分", "资金台账分", "4", null],
    ["资金及时拨付（1—5分）", "5分", "及时拨付", "5", null],
    ["（十）逐项自评得分（分）"],
  ];
  const CLN = ["组织领导", "方案制定", "政策支持", "项目管理", "服务体系建设（中心及产业园）", "服务体系建设（村级站点）", "农村产品上行", "电商人才培训", "信息公开", "数据上报",
    "案例总结", "经验推广", "制度建立", "资金台账", "资金支出"];
  const SHORT = ["组织领导", "方案", "政策", "项目管理", "中心产业园", "村级站点", "产品上行", "人才培训", "信息公开", "数据上报", "案例总结", "经验推广", "制度建立", "资金台账", "资金支出"];
  const CLV = [1, 2, 2, 3, 15, 10, 10, 20, 4, 6, 2, 5, 5, 4, 5];
  CLN.forEach((n, j) => S.push([`${n}（满分${SCORED[j][1]}）`, `${CLV[j]}分`, SHORT[j], String(CLV[j]), null]));
  S.push(["加分项（贫困人口培训率≥70%）", "0分", "加分1", "0", null], ["加分项（典型案例电视播报）", "0分", "加分2", "0", null], ["合计", `${sum(CLV)}分`, "合计", String(sum(CLV)), null]);
  assert(sum(CLV) === 94, "f3 claimed 94");
  const W = 9;
  const rows = [];
  const merges = [];
  const two = (left, right) => {
    rows.push(padRow([left, null, null, null, null, right, null, null, null], W));
    merges.push(`A${rows.length}:D${rows.length}`, `F${rows.length}:I${rows.length}`);
  };
  two("汕头市电子商务进农村综合示范考评基础数据报送单", "汕头市电子商务进农村综合示范考评基础数据报送单");
  two("第一联　存根（区商务局留存）", "第二联　回执（报汕头市商务局）");
  two("报送单位：汕头市龙湖区商务局　　编号：LH-KP-2021-007", "报送单位：汕头市龙湖区商务局　　编号：LH-KP-2021-007");
  rows.push(["序号", "项目", "填报内容", "备注", null, "序号", "项目", "填报内容", "市局核对"]);
  const top = rows.length + 1;
  let no = 0;
  for (const s of S) {
    if (s.length === 1) {
      two(s[0], s[0]);
      continue;
    }
    no++;
    rows.push([no, s[0], s[1], s[4], null, no, s[2], s[3], null]);
  }
  two("经办人：许××　　审核人：陈××　　报送日期：2021年9月6日", "市局签收人：＿＿＿＿　　签收日期：＿＿＿＿");
  two("注：本单一式两联，第一联留存，第二联报市局；两联内容一致。", "注：本联由市局电商科签收后留存。");
  // the 骑缝 column: one tall merged cell with the seam text
  rows[top - 1][4] = "骑\n缝\n盖\n章\n处\n\n龙\n湖\n区\n商\n务\n局";
  merges.push(`E${top}:E${rows.length - 2}`);
  assert(pct1(4512 - 3685, 3685) === "22.4%" && pct1(247 - 184, 184) === "34.2%" && pct1(63, 112) === "56.3%" && ratioGE(5236, 500000, 1) === true, "f3 rates");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CLV[j]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  return {
    description:
      "汕头龙湖区商务局的《考评基础数据报送单》一式两联照打印样并排在一张表上：左边A:D是“第一联　存根（区商务局留存）”（序号｜项目｜填报内容｜备注），右边F:I是“第二联　回执（报汕头市商务局）”（序号｜项目｜填报内容｜市局核对，核对栏和签收人、签收日期空着），中间E列是纵向合并的骑缝格（“骑缝盖章处　龙湖区商务局”，不是数据）；两联是同一套数、各读一次：存根联用全称和“是/有/否”“2020年12月8日”“人民币伍佰万元整（¥5,000,000.00）”大写加小写，回执联用简称（“19年农村网零”“有劳贫困人口”）和“√/×”“2020.12.8”式点号日期、只写小写金额和不带单位的数；组长是“分管副区长”（成员单位商务、财政、农业农村、乡村振兴都有）；分节标题行两联各一格；主观评分和逐项自评得分也在两联里各列一遍（“2分”与“2”）。",
    sheets: [{ name: "报送单", rows, merges }],
    expect: {
      facts: {
        county: "龙湖区", asOf: "2021-08-31", residentPopulation: 526300, adminVillagesStated: 27, poorVillagesStated: 2,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3685000000, ruralRetail2020: 4512000000, agriRetail2019: 184000000, agriRetail2020: 247000000,
        trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 112, trainedPoorPersonsStated: 63,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3864200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 广州白云区: park event log, quarter-grid report register, media, column links dated only in the URL
// =====================================================================================================
function buildL1() {
  const REGION = "440111";
  const FIRMS = [["广州市白云区钟落潭农品汇电子商务有限公司", "平台型"], ["广州白云优鲜网络科技有限公司", "平台型"], ["广州市白云区人和荔枝网店", "销售型"],
    ["广州市白云区太和花卉电商商行", "销售型"], ["广州市白云区江高蔬菜电子商务有限公司", "销售型"], ["广州云山电商运营服务有限公司", "电商运营商"],
    ["广州市白云区帆云代运营工作室", "电商运营商"], ["广州市白云区速通物流有限公司", "物流企业"], ["广州市白云区冷鲜达仓储有限公司", "物流企业"],
    ["广州市白云区白云山直播传媒有限公司", "直播电商"], ["广州市白云区帽峰山土特产网店", "销售型"], ["广州市白云区乡味优选网络科技有限公司", "平台型"],
    ["广州市白云区竹料米粉电商商行", "销售型"], ["广州市白云区云仓供应链管理有限公司", "物流企业"], ["广州市白云区流溪直播电商有限公司", "直播电商"]];
  const firms = FIRMS.map(([n, t], j) => ({ n, t, code: creditCode(REGION), entered: null, left: null, room: `${"ABC"[j % 3]}${rint(1, 3)}${pad2(j + 1)}` }));
  function pad2(n) {
    return String(n).padStart(2, "0");
  }
  const enterDates = [];
  for (let j = 0; j < 14; j++) enterDates.push(randIsoBetween("2020-06-01", "2021-08-20"));
  enterDates.sort();
  firms.forEach((f, j) => (f.entered = j < 14 ? enterDates[j] : "2021-09-06"));
  const ev = firms.map((f) => ({ d: f.entered, type: "入驻", f }));
  const outEarly = firms[2];
  outEarly.left = "2021-03-31";
  assert(outEarly.entered < "2021-03-01", "l1 early leaver entered before");
  ev.push({ d: "2021-03-31", type: "退出", f: outEarly, note: "合同到期不续租" });
  const outLate = firms[6];
  outLate.left = "2021-09-20";
  ev.push({ d: "2021-09-20", type: "退出", f: outLate, note: "提前退租" });
  const voidF = firms[4];
  const vd = isoAdd(voidF.entered, 40) < "2021-08-25" ? isoAdd(voidF.entered, 40) : "2021-08-25";
  ev.push({ d: vd, type: "退出", f: voidF, note: "本条作废：误登，应为房间调整，企业仍在园", voided: true });
  ev.push({ d: vd, type: "房间调整", f: voidF, note: "更正上一条", room: `C2${pad2(rint(1, 20))}` });
  for (const k of [1, 9]) ev.push({ d: isoAdd(firms[k].entered, rint(30, 90)) > "2021-08-30" ? "2021-08-30" : isoAdd(firms[k].entered, rint(30, 90)), type: "房间调整", f: firms[k], room: `B3${pad2(rint(1, 20))}` });
  const ord = { 入驻: 0, 房间调整: 1, 退出: 2 };
  ev.sort((a, b) => cmp(a.d, b.d) || (a.voided ? -1 : b.voided ? 1 : ord[a.type] - ord[b.type]));
  const eRows = [["白云区电商产业园入驻企业变动登记簿"], ["（按变动发生先后登记；变动类型：入驻、房间调整、退出；企业类型、信用代码只在入驻时登记）"],
    ["登记号", "变动日期", "变动类型", "企业名称", "统一社会信用代码", "企业类型", "房号", "经办人", "备注"]];
  const eMerges = ["A1:I1", "A2:I2"];
  ev.forEach((e, j) => {
    const dc = [D(e.d), dotDate(e.d), slashDate(e.d), yyyymmdd(e.d), cnDate(e.d)][j % 5];
    const isIn = e.type === "入驻";
    const room = isIn ? e.f.room : e.type === "房间调整" ? `${e.f.room}→${e.room}` : e.f.room;
    eRows.push([`BY-${String(j + 1).padStart(3, "0")}`, dc, e.type, e.f.n, isIn ? e.f.code : null, isIn ? e.f.t : null, room, ["黄××", "邓××"][j % 2], e.note || null]);
  });
  const firstSeen = [];
  for (const e of ev) if (!firstSeen.includes(e.f)) firstSeen.push(e.f);
  assert(ev.filter((e) => e.type === "入驻").every((e) => firstSeen.indexOf(e.f) === firms.indexOf(e.f)), "l1 firms first appear by their 入驻 row");
  const eRecs = firstSeen.map((f) => ({ name: f.n, type: f.t, entered: f.entered, left: f.left }));
  assert(eRecs.length === 15 && eRecs.filter((r) => r.left).length === 2 && eRecs.some((r) => r.entered === "2021-09-06"), "l1 15 firms");

  // ---------------- 月报 quarter grid
  const Q = [["2020年第三季度", [null, null, ["09-07", true]], "9月起按月报送"], ["2020年第四季度", [["10-12", true], ["11-06", true], ["12-08", true]], null],
    ["2021年第一季度", [["01-08", true], null, ["03-05", true]], "2月未报送（春节）"], ["2021年第二季度", [["04-07", true], ["05-10", false], ["06-04", true]], "5月月报未附扶贫统计表"],
    ["2021年第三季度", [["07-06", true], ["08-05", true], ["09-03", true]], "9月3日为考评截止日后报送"]];
  const rRows = [["白云区电子商务进农村工作月报报送登记（按季度）"], ["（格内为报送日期；√＝当月月报附电商扶贫统计表，未打√的没有附；“—”为当月未报送）"],
    ["季度", "第一个月", "第二个月", "第三个月", "备注"]];
  const rRecs = [];
  let k = 0;
  for (const [q, cells, note] of Q) {
    const y = q.slice(0, 4);
    rRows.push([q, ...cells.map((c) => {
      if (!c) return "—";
      k++;
      const [m, d] = c[0].split("-").map(Number);
      rRecs.push({ date: `${y}-${c[0]}`, poverty: c[1] });
      const txt = k % 3 === 2 ? `${m}.${d}` : `${m}月${d}日`;
      return c[1] ? (k % 4 === 1 ? `${txt} √` : `${txt}√`) : txt;
    }), note]);
  }
  assert(rRecs.length === 12 && rRecs.filter((r) => !r.poverty).length === 1, "l1 12 reports");

  // ---------------- 宣传报道
  const MED = [[D("2020-11-20"), "2020-11-20", "“白云融媒”微信公众号", "区级", "新媒体", "推文", "白云区首批村级电商服务站挂牌", null, "county", false],
    ["2021年1月15日", "2021-01-15", "广州日报", "市级", "报纸", "A7版", "白云：电商进村　年货上网", null, "city", false],
    ["2021.3.26", "2021-03-26", "广州新闻电台《新闻早班车》", "市级", "广播", "早间新闻", "白云区农村电商培训走进人和镇", null, "city", false],
    [D("2021-05-19"), "2021-05-19", "广东广播电视台珠江频道", "省级", "电视", "《今日关注》", "钟落潭：脱贫户学直播，卖出“致富果”", "电商扶贫典型案例", "province", true],
    ["2021年7月8日", "2021-07-08", "新华网", "中央级", "网络", "地方频道", "广州白云：农村电商助力乡村振兴", null, "national", false],
    ["2021.9.2", "2021-09-02", "南方日报", "省级", "报纸", "AII3版", "白云电商进农村示范创建成效明显", "截止日后刊发", "province", false]];
  const mRows = [["序号", "刊播日期", "媒体名称", "媒体级别", "形式", "栏目/版面", "标题", "备注"]];
  MED.forEach((x, j) => mRows.push([j + 1, x[0], x[2], x[3], x[4], x[5], `《${x[6]}》`, x[7]]));
  const mRecs = MED.map((x) => ({ date: x[1], level: x[8], tv: x[9] }));

  // ---------------- 专栏文章链接 (dates only inside the links)
  const arts = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    const [y, mo] = ymd(m + "-01");
    const n = m === "2021-09" ? 1 : rint(1, 2);
    for (let i = 0; i < n; i++) arts.push({ d: `${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, t: `白云区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  arts.push({ d: "2020-07-02", t: "白云区电子商务进农村综合示范创建实施方案" }, { d: "2020-07-02", t: "白云区电子商务进农村综合示范项目基本信息" },
    { d: "2020-07-09", t: "白云区电子商务进农村综合示范项目征求意见及监督举报渠道" });
  arts.sort((a, b) => cmp(a.d, b.d));
  let pid = 7013 + rint(0, 200);
  const lRows = [["白云区政府网站“电子商务进农村综合示范”专栏文章链接（留底）"],
    ["注：网站改版后后台发布日志丢失，发布日期以链接中“t”后面的8位数字为准（例如t20210315＝2021年3月15日）；第1条是栏目首页，不是文章。"],
    ["序号", "标题", "链接", "备注"], [1, "栏目首页", "http://www.by.gov.cn/zwgk/ztzl/dzswjnc/index.html", "栏目首页"]];
  arts.forEach((a, j) => {
    pid += rint(3, 40);
    lRows.push([j + 2, a.t, `http://www.by.gov.cn/zwgk/ztzl/dzswjnc/${yyyymmdd(a.d).slice(0, 6)}/t${yyyymmdd(a.d)}_${pid}.html`, null]);
  });
  const lRecs = arts.map((a) => ({ date: a.d }));
  const exLink = lRows.find((r) => typeof r[2] === "string" && r[2].includes("/202103/"))[2].replace("http://www.by.gov.cn/zwgk/ztzl/dzswjnc", "…");

  const cover = [["广州市白云区电子商务进农村综合示范台账（产业园、报送、宣传、专栏）"], ["编制单位：白云区商务局电子商务科"], [null], ["目录"], ["1．企业变动登记（产业园管理办公室提供）"],
    ["2．月报（按季度）"], ["3．宣传报道"], ["4．专栏文章链接"], [null], ["2021年9月"]];
  const dd = [["变动类型", "媒体级别", "形式"], ["入驻", "中央级", "电视"], ["房间调整", "省级", "报纸"], ["退出", "市级", "广播"], [null, "区级", "网络"], [null, null, "新媒体"]];
  return {
    description:
      `广州白云区商务局电子商务科的一本台账（封面、四张台账、隐藏的下拉选项表）：①《企业变动登记》是产业园的变动登记簿，一次变动一行（入驻／房间调整／退出），企业类型和信用代码只在入驻行登记，要按企业归并读出入驻日和退出日（15家；一家3月31日合同到期退出，一家9月20日退出照录，一家9月6日才入驻；一条“退出”备注“本条作废：误登，应为房间调整”不是退出，房间调整也不是退出），变动日期有日期格、点号、斜杠、八位数字和“年月日”几种写法；②《月报（按季度）》是季度×月份的格子，季度行给年份，格内是报送日期（“9月7日 √”“10.12√”“5.10”，只有月日），√表示附了扶贫统计，“—”是当月没报，一格一条；③《宣传报道》媒体级别写“中央级／省级／市级／区级”，形式有电视、报纸、广播（广播不是电视）、网络、新媒体，一条9月2日在截止日后照列；④《专栏文章链接》没有日期列，发布日期只在链接里（“${exLink}”），第一行是栏目首页，不是文章。`,
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "企业变动登记", rows: eRows, merges: eMerges },
      { name: "月报（按季度）", rows: rRows, merges: ["A1:E1", "A2:E2"] },
      { name: "宣传报道", rows: mRows, merges: [] },
      { name: "专栏文章链接", rows: lRows, merges: ["A1:D1", "A2:D2"] },
      { name: "下拉选项", rows: dd, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "企业变动登记": { kind: "enterprises", records: eRecs },
        "月报（按季度）": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏文章链接": { kind: "disclosures", records: lRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 广州南沙区: summary sheet, village list (brand counts, 是-only poor marks), stations, two-year fund tables, sessions, materials
// =====================================================================================================
function buildL2() {
  const TOWNS = [["万顷沙镇", 7, 1], ["横沥镇", 5, 1], ["东涌镇", 8, 1], ["大岗镇", 6, 1], ["榄核镇", 6, 1], ["南沙街道", 0, 3]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("新大小东西南北沙涌围岗滘塘", ["兴", "生", "联", "和", "安", "丰", "隆", "利", "基", "洲", "头", "尾"], "村", prefixes);
  const cName = nameMaker("金蕉海港湾明", ["珠", "岭", "景", "华", "湖", "苑"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 32 && comms.length === 8, "l2 32 villages + 8 communities");
  noStemClash(admin, comms, "l2");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const shA = shuffle(admin);
  const poor = new Set(shA.slice(0, 2));
  const zero = [shA[20], shA[27]];
  // ---------------- 村居名单
  const vRows = [["南沙区村（居）委会名单"], ["（“省定贫困村”栏只在省定贫困村填“是”，空白的都不是；“进村快递品牌数”为区邮政管理部门2021年6月统计，0家即快递未进村；居委会两栏不统计，填“—”）"],
    ["序号", "镇（街）", "村（居）委会", "类别", "省定贫困村", "进村快递品牌数", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const n = zero.includes(v) ? 0 : rint(1, 6);
      const nTxt = v === zero[1] ? "０家" : n === 5 || sq % 9 === 4 ? `${fullWidth(String(n))}家` : `${n}家`;
      vRows.push([sq, x.t, sq % 3 === 1 ? `${v}委会` : v, "村委会", poor.has(v) ? "是" : null, nTxt, zero.includes(v) ? "快递到镇，村民自取" : null]);
      vRecs.push({ name: v, admin: true, poor: poor.has(v), express: n > 0 });
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, `${c}居委会`, "居委会", "—", "—", null]);
      vRecs.push({ name: c, admin: false, poor: null, express: null });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个，居委会${comms.length}个`, null, `${poor.size}个`, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  assert(vRows.some((r) => r[5] === "０家") && vRows.some((r) => r[5] === "0家"), "l2 zero brands both ways");

  // ---------------- 站点台账 (two-row header, two-digit-year dates)
  const cov = shA.slice(0, 22);
  const ST = cov.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-25") }));
  ST.push({ v: cov[3], op: randIsoBetween("2021-02-01", "2021-07-31"), second: true });
  ST.push({ v: comms[2], op: randIsoBetween("2020-10-01", "2021-05-31") });
  ST.push({ v: shA[24], op: "2021-09-08" });
  ST[5].op = "2021-05";
  ST.sort((a, b) => cmp(townOf[a.v], townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["南沙区村级电子商务服务站点台账"], ["序号", "站点信息", null, null, "建设情况", null, "联系人", null, "备注"],
    [null, "镇（街）", "站点名称", "所在村（居）", "挂牌日期", "建设主体", "姓名", "电话", null]];
  const sMerges = ["A1:I1", "A2:A3", "B2:D2", "E2:F2", "G2:H2", "I2:I3"];
  const sRecs = [];
  const BUILD = ["中国邮政南沙区分公司", "区电商公共服务中心运营方", "村股份合作经济联合社"];
  ST.forEach((s, j) => {
    let dc;
    if (s.op.length === 7) dc = "2021年5月";
    else if (s.op === "2021-09-08") dc = "21.9.8";
    else dc = [twoDot(s.op), D(s.op), twoDot(s.op), twoSlash(s.op)][j % 4];
    const vcell = s.v.endsWith("社区") ? `${s.v}居委会` : j % 4 === 1 ? `${s.v}委会` : s.v;
    const short = s.v.replace(/村$|社区$/, "");
    sRows.push([j + 1, townOf[s.v], `${short}${s.second ? "电商服务站（二站）" : "电商服务站"}`, vcell, dc, BUILD[j % 3], personName(), mask(phone()), s.op === "2021-09-08" ? "9月挂牌" : s.second ? "本村第二个站" : null]);
    sRecs.push({ village: s.v, opened: s.op });
  });
  sRows.push(["合计", null, `${ST.length}个`, null, null, null, null, null, null]);
  sMerges.push(`A${sRows.length}:B${sRows.length}`);
  assert(sRows.some((r) => /^\d{2}\.\d{1,2}\.\d{1,2}$/.test(r[4] || "")) && sRows.some((r) => /^\d{2}\/\d{1,2}\/\d{1,2}$/.test(r[4] || "")), "l2 two-digit-year dates");

  // ---------------- 资金拨付 (two year tables, 万元, “9.15” month.day)
  const P20 = [["2020-09-15", "区电商公共服务中心建设首期款", "广州南沙电商运营服务有限公司", 453628], ["2020-10-28", "村级电商服务站点建设首期款", "中国邮政集团有限公司广州市南沙区分公司", 380000],
    ["2020-12-11", "电商培训服务费（第一期）", "广州市南沙区职业技术学校", 168500]];
  const P21 = [["2021-01-26", "区电商公共服务中心建设进度款", "广州南沙电商运营服务有限公司", 526372], ["2021-03-18", "物流配送体系建设首期款", "广州市南沙区速达物流有限公司", 297450],
    ["2021-05-27", "村级电商服务站点建设进度款", "中国邮政集团有限公司广州市南沙区分公司", 412000], ["2021-07-14", "冷链及溯源体系建设首期款", "广州市南沙区冷链仓储有限公司", 263815],
    ["2021-08-31", "电商培训服务费（第二期）", "广州市南沙区职业技术学校", 185000], ["2021-09-06", "物流配送体系建设进度款", "广州市南沙区速达物流有限公司", 240000]];
  const fRows = [["南沙区电子商务进农村综合示范省级专项资金拨付台账"], ["单位：万元"]];
  const fMerges = ["A1:F1", "A2:F2"];
  const fRecs = [];
  const block = (title, list) => {
    fRows.push([title, null, null, null, null, null]);
    fMerges.push(`A${fRows.length}:F${fRows.length}`);
    fRows.push(["序号", "日期（月.日）", "摘要", "收款单位", "金额", "凭证号"]);
    list.forEach(([d, what, who, a], j) => {
      const [, m, dd] = ymd(d);
      fRows.push([j + 1, `${m}.${dd}`, what, who, wan4(a), `记-${d.slice(2, 4)}${d.slice(5, 7)}-${pad3(rint(1, 80))}`]);
      fRecs.push({ date: d, amount: a });
    });
    fRows.push(["小计", null, null, null, wan4(sum(list.map((x) => x[3]))), null]);
  };
  block("（一）2020年度", P20);
  fRows.push([null, null, null, null, null, null]);
  block("（二）2021年度", P21);
  fRows.push(["合计", null, null, null, wan4(sum(P20.concat(P21).map((x) => x[3]))), null]);
  for (const [d] of P20.concat(P21)) assert(![10, 20, 30].includes(ymd(d)[2]), "l2 no “.10” day that a number would lose");
  assert(fRecs.length === 9 && wan4(453628) === 45.3628, "l2 funds");

  // ---------------- 培训班次 (计划人数 / 实到人数)
  const SES = [["第1期", "2020.11.18-19", "2020-11-19", "农村电商基础知识", 120, 112], ["第2期", D("2020-12-16"), "2020-12-16", "网店开设与运营", 100, 94],
    ["第3期", "2021年1月13日", "2021-01-13", "直播带货实操", 80, 86], ["第4期", "2021年3月9日", "2021-03-09", "短视频拍摄剪辑", 100, "46人"],
    ["第5期", "2021.4.22", "2021-04-22", "农产品品牌与包装", 120, 117], ["第6期", "2021年6月3日—4日", "2021-06-04", "电商客服与售后", 100, 98],
    ["第7期", D("2021-07-21"), "2021-07-21", "跨境电商入门", 80, 73], ["第8期", "2021.8.30-31", "2021-08-31", "脱贫户电商技能提升班", 60, 58],
    ["第9期", "2021.9.2", "2021-09-02", "农村电商基础知识", 120, 109]];
  const PL = ["区电子商务公共服务中心", "东涌镇文化站", "大岗镇党群服务中心", "榄核镇政府会议室"];
  const tRows = [["南沙区农村电商培训班次登记"], ["期次", "培训时间", "培训内容", "培训地点", "计划人数", "实到人数", "备注"]];
  SES.forEach((s, j) => tRows.push([s[0], s[1], s[3], PL[j % PL.length], s[4], s[5], j === 3 ? "暴雨，部分学员未到" : j === 8 ? "考评截止日后" : null]));
  const tRecs = SES.map((s) => ({ date: s[2], personTimes: typeof s[5] === "number" ? s[5] : Number(s[5].replace("人", "")) }));
  tRows.push(["合计", null, null, null, sum(SES.map((s) => s[4])), sum(tRecs.map((r) => r.personTimes)), null]);

  // ---------------- 经验材料 (Chinese-numeral dates)
  const MAT = [["《南沙区“电商＋水乡农品”助农增收经验做法》", "南沙区商务局", "广州市商务局", "2020-12-11", "南商务〔2020〕86号"],
    ["《南沙区农村电商助力脱贫户增收典型案例》", "南沙区商务局", "广州市商务局", "2021-06-18", "南商务〔2021〕41号"],
    ["《南沙区电子商务进农村综合示范创建工作总结》", "南沙区商务局", "广州市商务局", "2021-09-03", "南商务〔2021〕67号"]];
  const matRows = [["序号", "材料名称", "报送单位", "报送对象", "发文日期", "文号"]];
  MAT.forEach((m, j) => matRows.push([j + 1, m[0], m[1], m[2], cnFormalDate(m[3]), m[4]]));
  assert(cnFormalDate("2021-06-18") === "二〇二一年六月十八日", "l2 formal date");
  const matRecs = MAT.map((m) => ({ date: m[3] }));

  const summary = [["南沙区电子商务进农村台账统计汇总（截至2021年8月31日）"], ["项目", "数量", "单位", "说明"], ["村委会", admin.length, "个", "见村居名单"], ["居委会", comms.length, "个", null],
    ["村级电商服务站点（已挂牌）", ST.filter((s) => s.op <= "2021-08-31").length, "个", "不含9月挂牌1个"], ["培训期数", SES.filter((s) => s[2] <= "2021-08-31").length, "期", null],
    ["培训人次", sum(tRecs.filter((r) => r.date <= "2021-08-31").map((r) => r.personTimes)), "人次", "按实到人数"],
    ["专项资金累计拨付", wan4(sum(P20.concat(P21).filter((p) => p[0] <= "2021-08-31").map((p) => p[3]))), "万元", "截至8月31日"]];
  return {
    description:
      "广州南沙区商务局的一本台账（六个表）：①《统计汇总》只是几项汇总数，不是台账；②《村居名单》镇（街）纵向合并，“省定贫困村”只在两个村填“是”、其余村委会空白（表头说明空白即不是，读作否），“进村快递品牌数”写“3家”“５家”（全角）、“0家”“０家”（0家＝快递未进村），居委会两栏“—”，村名有的带“委会”；③《站点台账》两行表头（站点信息｜建设情况｜联系人 合并组头），挂牌日期多是两位年份（“20.11.6”“21/3/15”式）夹着日期格、一个只到月的“2021年5月”和9月的“21.9.8”，一村两站、一个居委会的站，合计行不是站点；④《资金拨付》单位万元（四位小数，如45.3628），分“（一）2020年度”“（二）2021年度”两张小表各带表头和小计，日期只写“9.15”这样的月.日、年份在小表标题里，末尾合计行；⑤《培训班次》按实到人数算人次（“46人”文本），不按计划人数，“2020.11.18-19”“2021年6月3日—4日”“2021.8.30-31”按结束日；⑥《经验材料》发文日期是公文汉字日期（“二〇二一年六月十八日”）。",
    sheets: [
      { name: "统计汇总", rows: summary, merges: ["A1:D1"] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "培训班次", rows: tRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: [] },
    ],
    expect: {
      sheets: {
        "统计汇总": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "培训班次": { kind: "training", records: tRecs },
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
write("counties", "b187-c1-xiangqiao.json", c1);
write("facts", "b187-f1-pengjiang.json", f1);
write("facts", "b187-f2-gaoming.json", f2);
write("facts", "b187-f3-longhu.json", f3);
write("ledgers", "b187-l1-baiyun.json", l1);
write("ledgers", "b187-l2-nansha.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
