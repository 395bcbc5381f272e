// Batch 232 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b228.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (232232), no clock. Run: node test/corpus/_b232/gen-b232.js
//
// c1 蓬江区 (江门): 《自评表》 = two horizontal data blocks (a label row over a value row, units in the labels) above the official
//    indicator table whose 自评得分 cells are sums typed as text (“2+2+2+1+1+1+0+2+2+1=14”), the judged parts only by their
//    position in the sum and in a 自评说明 column. Ledgers: 村居名单 with 街道 sections of 社区 only and no 省定贫困村; stations
//    with a second table “二、计划建设站点（尚未挂牌）” below the first; training as session rows (人次) plus a separate
//    贫困户专场 sign-in sheet (70% exactly); a 元 funds column with a “35万” cell; enterprises, reports, disclosures, media, materials.
// f1 三水区 (佛山): 《考评数据镇街分列表》 — items as rows, the seven 镇街 as columns plus 区级 and 全区; the county's value is in
//    全区 (a sum of the town cells) or, for region-wide items, in 区级; 备注 numbers are not inputs.
// f2 阳东区 (阳江): 《自评表（扣分式）》 — the clerk's points are written as deductions (“满分”“扣1分”“不得分”), the judged
//    sub-items named with their own deduction inside 完成情况 sentences.
// f3 揭东区 (揭阳): a paper 问卷 (题号｜题目｜题型｜选项｜答案｜备注): single choices answered by a letter whose meaning is in
//    the 选项 cell (one veto question lists “A.否 B.是”), departments as a multiple choice “ABCDE”, fill-ins with units in 题目.
// l1 清新区 (清远): ① 目录 (not a ledger); ② 月报 as a 粤政易 公文 send-log export (time stamps, one row sent to 区政府办 is not a
//    report to the city; poverty only from the 附件 list); ③ 专栏 list printed page by page (page rows, header repeated);
//    ④ 宣传报道 with no 级别 column (the level only from the media name); ⑤ 经验材料 with month-only dates.
// l2 揭东区 (揭阳): ① stations with a 拟建 table below; ② funds as a 支付申请汇总 (申请 vs 实付, 作废 and 审核中 rows are not
//    disbursements); ③ park firms with the exit date inside the 状态 text (“已迁出（2021.5.20）”); ④ a hidden 下拉 sheet.
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
let seed = 232232;
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
    assert(/^b232-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b232-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b232-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 江门市蓬江区: 自评表（横排数据块＋官方指标表，自评得分写成加式）＋台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "440703";
  // ---------------- 村居名单
  const UNITS = [["杜阮镇", 14, 2], ["棠下镇", 17, 3], ["荷塘镇", 11, 2], ["环市街道", 0, 5], ["白沙街道", 0, 6]];
  const vn = villageNamer("井龙松杜木良北南东西上下中新大沙塘石田", "岭岗冲边湖头洲陂围田坑溪涌角洞");
  const cn = nameMaker("建丰富和兴裕德仁永宁", "华安平乐宁康盛泰明乐", "社区", []);
  const villages = [];
  for (const [t, nv, nc] of UNITS) {
    for (let i = 0; i < nv; i++) villages.push({ town: t, name: vn(), admin: true });
    for (let i = 0; i < nc; i++) villages.push({ town: t, name: cn(), admin: false });
  }
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 42 && comms.length === 18, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const VW = 7;
  const vRows = [padRow(["蓬江区村（居）民委员会名单"], VW), padRow(["数据来源：区民政局2021年村（居）委会换届名册　　　本区无省定贫困村"], VW),
    ["序号", "镇（街道）", "村（居）委会名称", "类型", "是否省定贫困村", "快递是否通达", "备注"]];
  const vM = ["A1:G1", "A2:G2"];
  const vRecs = [];
  let seq = 0;
  for (const [t] of UNITS) {
    const r0 = vRows.length + 1;
    for (const v of villages.filter((x) => x.town === t)) {
      seq++;
      if (v.admin) {
        v.written = seq % 4 === 0 ? v.name + "委会" : v.name.replace(/村$/, "村民委员会");
        vRows.push([seq, t, v.written, "村委会", "否", "是", null]);
        vRecs.push({ name: v.written, admin: true, poor: false, express: true });
      } else {
        v.written = v.name.replace(/社区$/, "社区居民委员会");
        vRows.push([seq, t, v.written, "居委会", "—", "—", t.endsWith("街道") ? "城区社区" : null]);
        vRecs.push({ name: v.written, admin: false });
      }
    }
    mergeCol(vM, "B", r0, vRows.length);
    for (let r = r0 + 1; r <= vRows.length; r++) vRows[r - 1][1] = null;
  }
  vRows.push(padRow([null, "合计", `村委会${adminV.length}个、居委会${comms.length}个`], VW));
  vRows.push(padRow(["注：“类型”为居委会的不计入行政村；本区没有省定贫困村，“是否省定贫困村”一栏均填“否”。"], VW));
  vM.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点（下方另有计划建设表）
  const shuffled = shuffle(adminV);
  const stations = [];
  for (const v of shuffled.slice(0, 31)) stations.push({ v, opened: randIsoBetween("2020-05-10", "2021-08-28") });
  stations[5].opened = CUT;
  stations.push({ v: shuffled[2], opened: randIsoBetween("2021-03-01", "2021-06-30"), second: true });
  stations.push({ v: shuffled[31], opened: "2021-09-06" });
  stations.push({ v: shuffled[32], opened: "2021-09-23" });
  stations.push({ v: comms[0], opened: "2020-12-15" });
  const covered = new Set(stations.filter((s) => s.v.admin && s.opened <= CUT).map((s) => s.v.name));
  assert(covered.size === 31, "c1 covered " + covered.size);
  const townIdx = (t) => UNITS.findIndex((u) => u[0] === t);
  stations.sort((a, b) => townIdx(a.v.town) - townIdx(b.v.town) || cmp(a.opened, b.opened));
  const SW = 7;
  const sRows = [padRow(["蓬江区村级电子商务服务站点台账"], SW), padRow(["一、已挂牌站点"], SW),
    ["序号", "站点名称", "镇（街道）", "所在村（居）", "挂牌时间", "负责人", "服务内容"]];
  const sM = ["A1:G1", "A2:G2"];
  const sRecs = [];
  stations.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const vcell = i % 3 === 0 ? s.v.written : s.v.name;
    sRows.push([i + 1, `${stem}${s.v.admin ? "村" : "社区"}电商服务站${s.second ? "（二）" : ""}`, s.v.town, vcell, dateCell(s.opened, i + 3), personName(),
      ["代购代销、快递收发", "农产品网销、便民缴费", "快递代收代发"][i % 3]]);
    sRecs.push({ village: vcell, opened: s.opened });
  });
  sRows.push(padRow([], SW));
  sRows.push(padRow(["二、计划建设站点（尚未挂牌，不计入覆盖）"], SW));
  sM.push(`A${sRows.length}:G${sRows.length}`);
  sRows.push(["序号", "拟建站点名称", "镇（街道）", "所在村（居）", "计划挂牌时间", "对接人", "备注"]);
  shuffled.slice(33, 36).forEach((v, k) => sRows.push([k + 1, `${v.name.replace(/村$/, "")}村电商服务站`, v.town, v.name, "2021年第四季度", personName(), "选址已确定"]));
  sRows.push(padRow(["填表人：李××　　统计截至：2021年9月25日"], SW));
  sM.push(`A${sRows.length}:G${sRows.length}`);

  // ---------------- 贫困人口
  const plan = [];
  for (let i = 0; i < 40; i++) plan.push({ labour: true, migrant: false });
  for (let i = 0; i < 12; i++) plan.push({ labour: true, migrant: true });
  for (let i = 0; i < 14; i++) plan.push({ labour: false, migrant: false });
  const poor = shuffle(plan).map((p, i) => ({ ...p, id: makeId(REG, birthBetween(p.labour ? 1965 : 1940, p.labour ? 2000 : 1960), rnd() < 0.5, i === 7 ? true : undefined),
    name: personName(), village: adminV[rint(0, adminV.length - 1)] }));
  const pRows = [padRow(["蓬江区建档立卡贫困人口名单（相对贫困）"], 8), ["序号", "姓名", "身份证号", "镇", "村", "劳动能力", "是否外出务工", "备注"]];
  const pRecs = [];
  poor.forEach((p, i) => {
    pRows.push([i + 1, p.name, p.id, p.village.town, p.village.written, p.labour ? "有劳动能力" : i % 2 ? "无劳动能力" : "丧失劳动能力", p.labour ? (p.migrant ? "是" : "否") : "否", null]);
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  const eligible = poor.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 40, "c1 eligible");

  // ---------------- 贫困户专场签到（不在期次表里）
  const SPECIAL = [["2020-11-19", "第一场"], ["2021-03-25", "第二场"], ["2021-06-17", "第三场"], ["2021-09-16", "第四场"]];
  const att = SPECIAL.map(() => []);
  eligible.slice(0, 28).forEach((p, k) => {
    att[k % 3].push(p);
    if (k % 6 === 0) att[(k + 1) % 3].push(p);
  });
  eligible.slice(28, 31).forEach((p) => att[3].push(p));
  poor.filter((p) => p.migrant).slice(0, 3).forEach((p, k) => att[k].push(p));
  poor.filter((p) => !p.labour).slice(0, 2).forEach((p, k) => att[k + 1].push(p));
  const gRows = [padRow(["蓬江区电商扶贫（贫困户）专场培训签到表"], 7), padRow(["说明：专场培训由区乡村振兴局组织，人次未计入《培训台账》期次表。"], 7),
    ["序号", "场次", "培训日期", "姓名", "身份证号", "所在村", "签名"]];
  const gRecs = [];
  let gn = 0;
  SPECIAL.forEach(([d, nm], si) => {
    for (const p of shuffle(att[si])) {
      gn++;
      gRows.push([gn, nm, si % 2 ? cnDate(d) : dotDate(d), p.name, p.id, p.village.name, "（已签）"]);
      gRecs.push({ date: d, personTimes: 1, id: p.id });
    }
  });
  const trainedIds = new Set(gRecs.filter((r) => r.date <= CUT).map((r) => r.id));
  const trainedElig = eligible.filter((p) => trainedIds.has(p.id)).length;
  assert(trainedElig === 28 && ratioGE(trainedElig, eligible.length, 70) && !ratioGE(trainedElig - 1, eligible.length, 70), "c1 poor rate " + trainedElig);
  const gBefore = gRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 培训台账（按期）
  const sessions = [];
  let d = "2020-09-15";
  for (let i = 0; i < 24; i++) {
    const days = i % 7 === 3 ? 3 : 1;
    sessions.push({ start: d, end: isoAdd(d, days - 1), n: rint(150, 190) });
    d = isoAdd(d, rint(13, 16));
  }
  assert(sessions[23].end <= CUT, "c1 sessions " + sessions[23].end);
  sessions.push({ start: "2021-09-08", end: "2021-09-10", n: 320 });
  const ptSess = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.n));
  const pt = ptSess + gBefore;
  const BASE = 500000;
  assert(ratioGE(pt, BASE, 0.8) && !ratioGE(pt, BASE, 1), "c1 pt " + pt);
  const TOP = ["电商基础与网店开设", "短视频与直播带货", "农产品品牌与包装", "跨境电商入门", "社群营销", "电商客服与物流"];
  const tRows = [padRow(["蓬江区农村电子商务培训台账（按期次）"], 7), ["期次", "培训时间", "培训主题", "培训地点", "培训对象", "参训人次", "备注"]];
  const tRecs = [];
  sessions.forEach((s, i) => {
    const dt = s.start === s.end ? [cnDate(s.end), dotDate(s.end), slashDate(s.end)][i % 3] : rangeText(s.start, s.end, i % 2 ? "cn" : "dot");
    tRows.push([`第${i + 1}期`, dt, TOP[i % 6], ["区电商公共服务中心", "杜阮镇文化站", "棠下镇电商服务中心", "荷塘镇会议中心"][i % 4], "农户、合作社、个体户", `${s.n}人次`, s.end > CUT ? "2021年9月" : null]);
    tRecs.push({ date: s.end, personTimes: s.n, id: null });
  });
  tRows.push([null, "合计", null, null, null, `${fmtInt(sum(sessions.map((s) => s.n)))}人次`, "含9月"]);

  // ---------------- 产业园企业
  const firmName = nameMaker("蓬杜棠荷江白潮环", "源丰泰达康华信汇", "", []);
  const TYPES = ["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "电商运营服务商", "电商运营服务商", "电商运营服务商",
    "电商运营服务商", "物流快递", "物流快递", "直播电商", "直播电商", "农产品加工", "销售型", "销售型", "销售型", "平台型", "销售型"];
  const firms = shuffle(TYPES).map((t) => ({ name: `江门市${firmName()}${/物流/.test(t) ? "物流" : /加工/.test(t) ? "食品" : "电子商务"}有限公司`, type: t,
    code: creditCode("440703"), entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-06-18";
  firms[10].left = "2021-09-15";
  firms[22].entered = "2021-09-03";
  const eRows = [padRow(["蓬江区电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i), f.left ? dotDate(f.left) : null, f.left ? "已退出" : null]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const normT = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set(inPark.map((f) => normT(f.type)));
  assert(inPark.length === 21 && types.size >= 3, "c1 park " + inPark.length);

  // ---------------- 资金台账 (元, one “35万” cell)
  const ALLOC = 5000000;
  const pays = [["2020-09-28", 620000, "公共服务中心装修"], ["2020-11-20", 418600, "村级站点建设（第一批）"], ["2020-12-30", 350000, "物流配送体系"],
    ["2021-02-05", 263500, "培训服务费"], ["2021-03-31", 512300, "产业园整合提升"], ["2021-05-14", 386260, "村级站点建设（第二批）"], ["2021-06-30", 455800, "品牌推广"],
    ["2021-07-29", 402000, "溯源系统"], ["2021-08-26", 404000, "中心运营服务"], ["2021-09-17", 480000, "尾款"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["蓬江区电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
  const fRecs = [];
  pays.forEach((p, i) => {
    fRows.push([i + 1, dateCell(p[0], i + 2), p[2], p[1] === 350000 ? "35万" : fmtMoney(p[1]), `蓬拨${pad3(i + 1)}`, p[1] === 350000 ? "财政直接支付" : null]);
    fRecs.push({ date: p[0], amount: p[1] });
  });
  fRows.push([null, "合计", null, fmtMoney(sum(pays.map((p) => p[1]))), null, null]);

  // ---------------- 月报、专栏、宣传、经验材料
  const reps = WINDOW.map((m) => `${ym(isoAdd(m + "-01", 35))}-${String(rint(3, 9)).padStart(2, "0")}`);
  const rRows = [padRow(["向江门市商务局报送月度工作情况登记"], 5), ["序号", "报送日期", "所属月份", "是否含电商扶贫统计", "报送方式"]];
  const rRecs = [];
  // reports dated in the month after; the window is judged by the send date: 2020-10 … 2021-09; add a 2020-09 send for August
  const sends = ["2020-09-07"].concat(reps);
  sends.forEach((x, i) => {
    rRows.push([i + 1, dateCell(x, i), cnMonth(ym(isoAdd(x.slice(0, 7) + "-01", -1))), i % 4 === 2 ? "否" : "是", "电子邮件"]);
    rRecs.push({ date: x, poverty: i % 4 !== 2 });
  });
  const repMonths = inWindowMonths(sends.filter((x) => x <= CUT));
  assert(repMonths === 12, "c1 rep months " + repMonths);
  const upd = WINDOW.filter((m) => m !== "2021-02").map((m) => `${m}-${String(rint(4, 26)).padStart(2, "0")}`);
  const uRows = [padRow(["区政府网站“电子商务进农村”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i + 1), `蓬江区电子商务进农村综合示范项目建设进度（${cnMonth(x)}）`, "项目进度"]));
  const dMonths = inWindowMonths(upd);
  assert(dMonths === 11, "c1 disclosure months");
  const media = [["2020-12-03", "江门日报", "市级", "报纸", "蓬江：电商服务站开进村", "否"], ["2021-01-20", "南方日报", "省级", "报纸", "蓬江农村电商助农增收", "否"],
    ["2021-04-12", "蓬江发布", "县级", "网络", "区电商中心举办直播带货培训", "否"], ["2021-05-27", "江门广播电视台", "市级", "电视", "荷塘镇贫困户网上卖鱼干", "是"],
    ["2021-09-10", "广东广播电视台", "省级", "电视", "蓬江电商扶贫带富", "是"]];
  const mRows = [padRow(["宣传报道登记"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 1), ...m.slice(1)]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.4.22", "蓬江区农村电商“中心＋站点＋合作社”经验做法", "江门市商务局"],
    [2, "2021.8.20", "蓬江区电商进农村示范创建工作总结", "江门市商务局"]];

  // ---------------- points
  const centerOpened = "2020-11-18";
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covered.size, adminV.length, 70) ? 5 : 2) + 5;
  const A19 = 312000000, A20 = 427000000, R19 = 5260000000, R20 = 6130000000;
  assert((A20 - A19) * 100 >= 30 * A19 && (R20 - R19) * 100 < 30 * R19, "c1 growth");
  const upPts = 2 + 2 + 1 + 1 + 1 + 2;
  const trPts = (ratioGE(pt, BASE, 1) ? 10 : 8) + 10;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": trPts, "info.disclosure": 2 + (dMonths === 12 ? 2 : 1), "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && covPts === 10 && upPts === 9 && trPts === 18, "c1 parts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 92 && bonus === 2, "c1 total " + scored);

  // ---------------- 自评表
  const claimedParts = {
    "org.leadership": [2], "org.plan": [2], "org.policy": [2], "org.management": [2, 1], "work.center": [2, 2, 2, 1, 1, 1, 0, 2, 2, 1], "work.coverage": [5, 5],
    "work.upward": [2, 2, 1, 1, 1, 2], "work.training": [10, 10], "info.disclosure": [2, 2], "info.reporting": [3, 3], "promo.cases": [2], "promo.media": [4, 3, 1],
    "fund.system": [5], "fund.ledger": [4], "fund.spending": [4], "bonus.poorTraining": [2], "bonus.tvCase": [1],
  };
  const claimed = {};
  for (const [k, v] of Object.entries(claimedParts)) claimed[k] = sum(v);
  const ctext = (id) => (claimedParts[id].length > 1 ? `${claimedParts[id].join("+")}=${claimed[id]}` : String(claimed[id]));
  const CLAIM_PT = sum(sessions.map((s) => s.n)) + gRecs.length;
  const W = 8;
  const fr = [padRow(["蓬江区2019年省级电子商务进农村综合示范创建考评自评表"], W), padRow(["填报单位：江门市蓬江区商务局　　　　考评截止日期：2021年8月31日"], W),
    ["区名", "常住人口（万人）", "行政村（个）", "社区（个）", "省定贫困村（个）", "下达省级资金（万元）", "累计拨付（万元）", "项目总体进度"],
    ["蓬江区", 117.41, adminV.length, comms.length, 0, 500, Number(wanText(spent, 4)), "92%"],
    ["中心投入运营", "培训人次", "有劳动能力贫困人口（不含外出务工，人）", "参训贫困人口（人）", "2019年农村网络零售额（亿元）", "2020年农村网络零售额（亿元）",
      "2019年农产品网络零售额（亿元）", "2020年农产品网络零售额（亿元）"],
    [dotDate(centerOpened), fmtInt(CLAIM_PT), eligible.length, 31, 52.6, 61.3, 3.12, 4.27],
    padRow(["领导小组：组长 区长 陈××；副组长 分管副区长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局"], W),
    padRow([], W),
    ["工作任务", "评价指标名称", "权重", "评分标准（摘要）", "评价方式及佐证材料", "自评得分", "自评说明", null]];
  const fM = ["A1:H1", "A2:H2", "A7:H7", "G9:H9"];
  const T = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "主要领导牵头，商务、财政、农业、扶贫等部门参与，2分；分管领导牵头1分", "领导小组文件", "org.leadership", "区长任组长，成员单位齐全"],
    [null, "方案制定", 2, "工作方案科学严谨，可操作性强（1-2分）", "工作方案", "org.plan", "2020年4月正式印发工作方案"],
    [null, "政策支持", 2, "出台支持政策并落实（1-2分）", "政策文件", "org.policy", "已出台《蓬江区促进农村电子商务发展若干措施》"],
    [null, "项目管理", 4, "项目管理制度（1-2分）；工作台账（1-2分）", "制度、台账", "org.management", "管理制度2分；台账部分不全1分"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设", 15, "中心建成2；运行6个月2；免费培训2；展示销售1；摄影美工1；品牌推广1；衍生服务1；产业园2；入驻20家2；三种类型1", "现场查看",
      "work.center", `中心${cnDate(centerOpened)}投入运营；有免费培训场所设备；免费展示销售、免费摄影美工、品牌推广均已开展；其他衍生增值服务暂未开展；产业园已整合建成，入驻企业见台账`],
    [null, null, 10, "行政村覆盖率≥70% 5分；贫困村覆盖100% 5分", "站点台账", "work.coverage", "已建站行政村31个；本区无省定贫困村"],
    [null, "农村产品上行", 10, "网销调研（1-2）；促销活动（1-2）；第三方服务商1；快递覆盖100% 1；交易标准冷链溯源（1-2）；增速≥30% 2", "调研报告等", "work.upward",
      "调研2；促销2；有专业第三方运营服务商；行政村快递全覆盖；溯源1；农产品网零增速36.9%"],
    [null, "电商人才培训", 20, "培训人次占常住人口1%以上10分；贫困人口培训率50%以上10分", "培训台账", "work.training", "见上方数据"],
    ["加强信息公开及报送（10分）", "信息公开", 4, "专栏内容全面2分；按月更新2分", "网站截图", "info.disclosure", "专栏公示创建方案、项目基本信息、建设进度，设监督举报电话"],
    [null, "数据上报", 6, "每月报送3分；统计电商扶贫3分", "报送记录", "info.reporting", "每月报送，附电商扶贫统计"],
    ["加强宣传推广（10分）", "案例总结", 2, "向市报送经验材料2分", "材料", "promo.cases", "已报送2份"],
    [null, "经验推广", 8, "省级4；市级3；县级1", "报道", "promo.media", "省、市、区级均有"],
    ["加强财政资金管理（15分）", "制度建立", 5, "资金管理制度（1-5分）", "管理办法", "fund.system", "已制定资金管理办法"],
    [null, "资金台账", 5, "资金专用台账（1-5分）", "台账", "fund.ledger", "承建单位已建专用台账"],
    [null, "资金支出", 5, "支出率70%以上且及时拨付（1-5分）；低于70%扣5分", "拨付凭证", "fund.spending", `支出率${pct1(spent, ALLOC)}，拨付及时`],
    ["加分项（4分）", "贫困人口培训率70%以上", 2, "2分", "签到表", "bonus.poorTraining", "31/40"],
    [null, "电商扶贫典型案例电视播报", 2, "国家级2分；省级1分", "视频", "bonus.tvCase", "电视台播报贫困户网上卖鱼干"],
    ["一票否决项", "安全生产、质量事故或重大损失", null, "发生即否决", null, null, "未发生"],
    [null, "总体进度不足40%", null, "否决", null, null, "总体进度92%"],
    [null, "弄虚作假", null, "否决", null, null, "无"],
  ];
  let g0 = null;
  for (const t of T) {
    const r = fr.length + 1;
    if (t[0]) {
      if (g0 && r - 1 > g0) fM.push(`A${g0}:A${r - 1}`);
      g0 = r;
    }
    fr.push([t[0], t[1], t[2], t[3], t[4], t[5] ? ctext(t[5]) : "否", t[6], null]);
    fM.push(`G${r}:H${r}`);
    if (t[5] === "work.coverage") fM.push(`B${r - 1}:B${r}`);
  }
  fM.push(`A${g0}:A${fr.length}`);
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, "合计", 100, null, null, `${sumClaim}+3`, null, null]);
  fr.push(padRow(["填表人：黄××　　审核：梁××　　2021年9月8日"], W));
  fM.push(`A${fr.length}:H${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 fr width");

  const derivation = [
    "org.leadership: 领导小组组长为区长（主要领导），成员有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 自评2（方案2020年4月印发） → 2",
    "org.policy: 自评2（已出台扶持措施） → 2",
    "org.management: 自评“2+1=3”：制度2、台账1 → 3",
    `work.center: 中心${cnDate(centerOpened)}投入运营 ≤ 截止日 → 2，且 ≤ 2021-02-28 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“暂未开展” → 0；产业园2；《产业园企业》截至8月31日在园${inPark.length}家（2021.6.18退出的不算，2021.9.15退出的仍算，9月3日入驻的不算） ≥ 20 → 2；类型平台、销售、运营、物流 ≥ 3 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》村委会${adminV.length}个（两个街道只有社区，居委会${comms.length}个不算）；《站点台账》第一张表截止日前挂牌的行政村${covered.size}个（同村第二个站只算一次，社区站不算，9月挂牌2个不算，8月31日当天的算；下面“计划建设站点”表不是站点） → ${covered.size}/${adminV.length} = ${pct1(covered.size, adminV.length)} ≥ 70% → 5；无省定贫困村 → 5（警告）；合计10`,
    `work.upward: 调研2、促销2（自评加式的第1、2项）；第三方服务商 → 1；《村居名单》快递一栏村委会全为“是” → 1；溯源1；农产品网零3.12→4.27亿元增${pct1(A20 - A19, A19)} ≥ 30% → 2（农村网零增${pct1(R20 - R19, R19)}不够，但任一即可）；合计${upPts}`,
    `work.training: 常住人口117.41万，基数取上限50万 → 1% = 5,000人次；《培训台账》期次表截止日前${sessions.length - 1}期共${fmtInt(ptSess)}人次（按培训时间段的结束日，9月第${sessions.length}期${sessions[sessions.length - 1].n}人次不算，合计行不加）＋《专场签到》截止日前${gBefore}行 = ${fmtInt(pt)} → ${pct2(pt, BASE)}，0.8%—1% → 8；贫困人口名单有劳动能力且不外出务工${eligible.length}人，截止日前专场签到对上身份证的${trainedElig}人（一人两场算一次，9月16日第四场的3人不算） → ${trainedElig}/${eligible.length} = 70.0% ≥ 50% → 10；合计18（自评20）`,
    `info.disclosure: 专栏公示方案、项目信息、进度，有监督举报电话 → 2；《专栏更新》2021年2月没有更新，12个月只有11个月 → 不定时 1；合计3（自评4）`,
    "info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送日期 → 3；“是否含电商扶贫统计”有“是” → 3；合计6",
    "promo.cases: 《经验材料》2021.4.22、2021.8.20报送江门市商务局 → 2",
    "promo.media: 截止日前南方日报（省级）4、江门日报/江门广播电视台（市级）3、蓬江发布（县级）1 → 8",
    "fund.system: 自评5 → 5",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金台账》单位元，“35万”一格 = 350,000元；截止日前9笔合计${fmtMoney(spent)}元（9月17日尾款不算，合计行不加）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${trainedElig}/${eligible.length} = 70% ≥ 70%（恰好在边界上） → 2`,
    "bonus.tvCase: 截止日前电视播报的电商扶贫案例只有江门广播电视台（市级），不计；广东广播电视台2021-09-10在截止日后 → 0（自评1）",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 总体进度92% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description: `江门蓬江区商务局整本考评工作簿（12个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋3）：《自评表》上方是两块横排数据（一行标签带单位、下一行数值：常住人口117.41万人、中心投入运营2020.11.18、培训人次含9月），领导小组一整行；下面是官方指标表，自评得分写成加式文本（“2+2+2+1+1+1+0+2+2+1=14”），主观细项只能按加式的位置和自评说明读；台账：村居名单两个街道只有社区、全区没有省定贫困村，站点台账下面另有一张“计划建设站点（尚未挂牌）”表，培训按期次记人次（时间段按结束日）另有一张不在期次表里的贫困户专场签到表（参训率恰好70%），资金以元计有一格“35万”，专栏更新缺2021年2月，市级电视台的扶贫案例不算加分。`,
    sheets: [
      { name: "自评表", rows: fr, merges: fM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点台账", rows: sRows, merges: sM },
      { name: "培训台账", rows: tRows, merges: ["A1:G1"] },
      { name: "专场签到", rows: gRows, merges: ["A1:G1", "A2:G2"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山市三水区: 考评数据镇街分列表（镇街为列＋区级＋全区）
// =====================================================================================================
function buildF1() {
  const TOWNS = ["西南街道", "云东海街道", "白坭镇", "乐平镇", "芦苞镇", "大塘镇", "南山镇"];
  const W = 3 + TOWNS.length + 3;
  const last = colName(W - 1);
  const rows = [padRow(["佛山市三水区电子商务进农村综合示范考评数据镇街分列表"], W), padRow(["数据截至2021年8月31日；镇街数据由各镇（街道）经济促进办填报，区级数据由区直部门填报，“全区”为合计或区级口径。"], W),
    ["序号", "项目", "单位"].concat(TOWNS, ["区级", "全区", "备注"])];
  const M = [`A1:${last}1`, `A2:${last}2`];
  let no = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:${last}${rows.length}`);
  };
  const item = (name, unit, towns, district, total, note) => {
    no++;
    rows.push([no, name, unit].concat(towns || TOWNS.map(() => null), [district === undefined ? null : district, total === undefined ? null : total, note || null]));
  };
  const dash = TOWNS.map(() => "—");
  // population in persons (multiples of 100), written in 万人 with 2 decimals
  const POP = [213600, 98700, 71200, 145500, 62100, 83400, 129800];
  const popTotal = sum(POP);
  const VIL = [7, 6, 11, 15, 9, 10, 6];
  const COMM = [14, 3, 2, 4, 2, 2, 1];
  const TRAIN = [612, 388, 402, 517, 296, 344, 301];
  const TRAIN_DIST = 1568;
  const ELIG = [0, 4, 12, 18, 9, 14, 7];
  const TRAINED = [0, 3, 7, 10, 5, 8, 4];
  sec("一、基本情况");
  item("常住人口", "万人", POP.map((p) => (p / 10000).toFixed(2)), "—", (popTotal / 10000).toFixed(2), "第七次人口普查；户籍人口45.79万人");
  item("行政村（村民委员会）", "个", VIL, "—", sum(VIL), `另有社区居委会${sum(COMM)}个`);
  item("省定贫困村", "个", TOWNS.map(() => 0), "—", 0, "本区无省定贫困村");
  sec("二、组织领导");
  item("示范创建领导小组组长", "—", dash, "区委常委、常务副区长", "—", null);
  item("领导小组成员单位", "—", dash, "区经济和科技促进局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局", "—", null);
  item("示范创建工作方案正式印发", "是/否", dash, "是", "—", "三府办〔2020〕12号");
  item("出台支持农村电商发展的政策", "是/否", dash, "是", "—", null);
  sec("三、服务体系");
  item("县级电子商务公共服务中心投入运营时间", "日期", dash, D("2020-12-08"), "—", "位于西南街道");
  item("中心有免费培训场所、设备", "是/否", dash, "是", "—", null);
  item("中心为特色农产品免费展示、销售", "是/否", dash, "是", "—", null);
  item("中心提供免费摄影、美工服务", "是/否", dash, "否", "—", "按市场价收费");
  item("组织农产品统一推广、品牌建设指导", "是/否", dash, "是", "—", null);
  item("其他衍生增值服务", "是/否", dash, "是", "—", null);
  item("建设（整合）电商产业园", "是/否", dash, "是", "—", "三水区电商产业园（云东海）");
  item("有专业第三方电商运营服务商", "是/否", dash, "是", "—", null);
  item("镇（街）电商服务站", "个", [3, 2, 4, 5, 3, 3, 2], "—", 22, "含社区服务点");
  item("行政村物流快递覆盖率", "%", TOWNS.map(() => "100%"), "—", "100%", null);
  sec("四、农村产品上行");
  item("2019年农村网络零售额", "亿元", dash, "—", 48.36, "区统计局");
  item("2020年农村网络零售额", "亿元", dash, "—", 55.02, "区统计局");
  item("2020年农产品网络零售额同比增速", "%", dash, "—", "31.2%", "区商务部门测算");
  sec("五、人才培训");
  const trainTotal = sum(TRAIN) + TRAIN_DIST;
  item("电商培训人次", "人次", TRAIN, TRAIN_DIST, trainTotal, "区级为区电商公共服务中心组织");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", ELIG, "—", sum(ELIG), "西南街道无建档立卡贫困户");
  item("其中：已参加电商培训", "人", TRAINED, "—", sum(TRAINED), `培训率${pct1(sum(TRAINED), sum(ELIG))}`);
  sec("六、信息公开及报送");
  item("专栏公示创建方案", "是/否", dash, "是", "—", null);
  item("专栏公示项目基本信息", "是/否", dash, "是", "—", null);
  item("专栏公示项目建设进度", "是/否", dash, "是", "—", null);
  item("专栏设立征求意见或监督举报窗口", "是/否", dash, "否", "—", "拟于10月增设");
  item("能统计电商扶贫情况", "是/否", dash, "是", "—", null);
  sec("七、资金管理");
  const SPENT = 3865200;
  item("下达省级专项资金", "万元", dash, 500, 500, null);
  item("累计拨付", "万元", dash, wan(SPENT), wan(SPENT), `支出率${pct1(SPENT, 5000000)}`);
  item("已制定资金管理制度", "是/否", dash, "是", "—", null);
  item("承建单位建立资金专用台账", "是/否", dash, "是", "—", null);
  item("项目总体进度", "%", dash, "88%", "—", null);
  sec("八、否决事项");
  item("发生安全生产、质量事故或重大损失", "是/否", dash, "否", "—", null);
  item("存在弄虚作假", "是/否", dash, "否", "—", null);
  sec("九、主观评分项自评（区级）");
  const J = [["方案制定（1-2分）", "org.plan", 2], ["政策支持（1-2分）", "org.policy", 2], ["项目管理制度（1-2分）", "org.management.system", 1],
    ["工作台账（1-2分）", "org.management.ledger", 2], ["网销调研（1-2分）", "work.upward.research", 2], ["网络促销活动（1-2分）", "work.upward.promotion", 1],
    ["交易标准与冷链溯源（1-2分）", "work.upward.standards", 1], ["资金管理制度（1-5分）", "fund.system", 4], ["资金专用台账（1-5分）", "fund.ledger", 4],
    ["资金及时拨付（1-5分）", "fund.spending", 3]];
  const judged = {};
  for (const [lab, id, p] of J) {
    item(lab, "分", dash, p, "—", null);
    judged[id] = p;
  }
  rows.push(padRow(["填表：区经济和科技促进局电商股　　审核：×××　　2021年9月6日"], W));
  M.push(`A${rows.length}:${last}${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "佛山三水区经济和科技促进局的《考评数据镇街分列表》：一个数据项一行，七个镇（街道）各一列，后面“区级”“全区”两列和备注；人口、行政村、培训人次、贫困人口按镇街填、“全区”是合计（培训人次还含区级一格），是否项、日期、金额、零售额、自评分只填在“区级”或“全区”一列，镇街格是“—”；省定贫困村各格都是0；领导小组组长“区委常委、常务副区长”是分管领导；备注里的户籍人口、社区数、培训率、支出率和“镇（街）电商服务站22个”都不是输入。",
    sheets: [{ name: "镇街分列", rows, merges: M }],
    expect: {
      facts: {
        county: "三水区", asOf: "2021-08-31", residentPopulation: popTotal, adminVillagesStated: sum(VIL), poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 4836000000, ruralRetail2020: 5502000000, agriRetailGrowthStated: 0.312,
        trainingPersonTimesStated: trainTotal, eligiblePoorPersonsStated: sum(ELIG), trainedPoorPersonsStated: sum(TRAINED), disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: SPENT,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 阳江市阳东区: 自评表（扣分式：满分／扣1分／不得分）
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [padRow(["阳东区电子商务进农村综合示范创建自评表"], W), padRow(["阳江市阳东区商务局　　　　统计截至2021年8月31日"], W),
    padRow(["基本情况：全区常住人口46.38万人（户籍人口52.1万人），辖9个镇（街道）、行政村155个、社区居委会26个，其中省定贫困村18个。"], W),
    ["序号", "考评指标", "分值", "完成情况", "自评", "佐证材料"]];
  const M = ["A1:F1", "A2:F2", "A3:F3"];
  // [指标, id, max, 完成情况, 自评文本, deduction]
  const R = [
    ["组织领导", "org.leadership", 2, "成立以区长为组长的领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局为成员单位。", "满分", 0],
    ["方案制定", "org.plan", 2, "2020年3月正式印发示范创建工作方案。", "满分", 0],
    ["政策支持", "org.policy", 2, "已出台《阳东区支持农村电子商务发展的若干措施》，部分条款未兑现。", "扣1分", 1],
    ["项目管理", "org.management", 4, "项目管理制度健全，建设、验收严格执行（满分）；工作台账部分记录不全（扣1分）。", "扣1分", 1],
    ["服务体系建设（县级中心与产业园）", "work.center", 15, "公共服务中心于2020年12月28日投入运营；有免费培训场所、设备；提供特色农产品免费展示销售、免费摄影美工服务；组织品牌推广；其他衍生增值服务未开展；已建成电商产业园，入驻企业19家。", "扣3分", 3],
    ["服务体系建设（村级站点覆盖）", "work.coverage", 10, "已建站行政村118个，省定贫困村18个全部建站。", "满分", 0],
    ["农村产品上行", "work.upward", 10, "网销调研已形成报告（满分）；网络促销活动一般（扣1分）；引入第三方运营服务商；行政村快递覆盖率96.8%；已建溯源系统、交易标准未出台（扣1分）；2019年农产品网络零售额2.35亿元，2020年3.18亿元。", "扣3分", 3],
    ["电商人才培训", "work.training", 20, "累计培训4,512人次；有劳动能力贫困人口（不含外出务工）1,086人，参训568人。", "满分", 0],
    ["信息公开", "info.disclosure", 4, "政府网站专栏公示创建方案、项目基本信息、项目建设进度，设立监督举报电话；按月更新。", "满分", 0],
    ["数据上报", "info.reporting", 6, "每月向阳江市商务局报送；能统计电商扶贫情况。", "满分", 0],
    ["案例总结", "promo.cases", 2, "已向市商务局报送经验材料2份。", "满分", 0],
    ["经验推广", "promo.media", 8, "阳江日报、阳东发布报道；无省级报道。", "扣4分", 4],
    ["制度建立", "fund.system", 5, "已制定专项资金管理办法（扣1分）。", "扣1分", 1],
    ["资金台账", "fund.ledger", 5, "承建单位建立资金专用台账（扣1分）。", "扣1分", 1],
    ["资金支出", "fund.spending", 5, "省级下达500万元，累计拨付3,926,800元，拨付及时性一般（扣2分）。", "扣2分", 2],
    ["加分项：贫困人口培训率70%以上", "bonus.poorTraining", 2, "培训率未达70%。", "不得分", 2],
    ["加分项：电商扶贫典型案例电视播报", "bonus.tvCase", 2, "无。", "不得分", 2],
    ["一票否决：安全生产、质量事故或重大损失", null, null, "未发生。", "—", null],
    ["一票否决：项目总体进度不足40%", null, null, "项目总体进度85%。", "—", null],
    ["一票否决：弄虚作假", null, null, "无。", "—", null],
  ];
  const claimed = {};
  R.forEach((r, i) => {
    rows.push([i + 1, r[0], r[2], r[3], r[4], r[1] ? "见档案盒" + (i + 1) : null]);
    if (r[1]) claimed[r[1]] = r[2] - r[5];
  });
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  const ded = sum(R.filter((r) => r[1] && SCORED.some(([id]) => id === r[1])).map((r) => r[5]));
  assert(tot === 100 - ded, "f2 tot");
  rows.push([null, "合计", 100, null, `扣${ded}分，得${tot}分`, null]);
  rows.push(padRow(["填表人：冯××　　审核人：林××"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "阳江阳东区商务局的《自评表（扣分式）》：序号｜考评指标｜分值｜完成情况｜自评｜佐证材料，自评一栏只写扣分——“满分”“扣1分”“扣3分”“不得分”（得分＝分值－扣分；加分项“不得分”为0，否决项“—”），主观细项的分也写成扣分藏在完成情况句子里（“工作台账部分记录不全（扣1分）”即台账1分，“（满分）”即2分；资金制度、台账“扣1分”即4分，及时拨付“扣2分”即3分）；常住人口等在表头下一整行（户籍人口、镇数、社区数不是输入）；快递覆盖率96.8%为否；“入驻企业19家”不是输入。",
    sheets: [{ name: "自评表", rows, merges: M }],
    expect: {
      facts: {
        county: "阳东区", asOf: "2021-08-31", residentPopulation: 463800, adminVillagesStated: 155, poorVillagesStated: 18, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, agriRetail2019: 235000000, agriRetail2020: 318000000, trainingPersonTimesStated: 4512,
        eligiblePoorPersonsStated: 1086, trainedPoorPersonsStated: 568, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3926800, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市揭东区: 纸质问卷（选项字母作答）
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [padRow(["揭东区电子商务进农村综合示范创建情况调查问卷（区商务局填写）"], W),
    padRow(["填写说明：单选题、多选题在“答案”栏填选项字母；填空题按题目中的单位填数字；数据统计截至2021年8月31日。"], W),
    ["题号", "题目", "题型", "选项", "答案", "备注"]];
  const M = ["A1:F1", "A2:F2"];
  const Q = [
    ["区（县）名称", "填空", null, "揭东区", null],
    ["常住人口（万人）", "填空", null, "81.27", "户籍人口约97万"],
    ["行政村数量（个，不含社区）", "填空", null, "234", null],
    ["省定贫困村数量（个）", "填空", null, "27", null],
    ["示范创建领导小组组长是", "单选", "A.区委书记或区长　B.分管副区长　C.区商务局局长", "A", "区长任组长"],
    ["领导小组成员单位包括（可多选）", "多选", "A.商务　B.财政　C.农业农村　D.乡村振兴（扶贫）　E.交通运输　F.市场监管", "ABCE", null],
    ["示范创建工作方案是否已正式印发", "单选", "A.是　B.否", "A", null],
    ["方案制定自评分", "单选", "A.1分　B.2分", "B", null],
    ["是否已出台支持农村电商发展的政策", "单选", "A.是　B.否", "A", null],
    ["政策支持自评分", "单选", "A.1分　B.2分", "A", null],
    ["项目管理制度自评分", "单选", "A.1分　B.2分", "B", null],
    ["工作台账自评分", "单选", "A.1分　B.2分", "B", null],
    ["县级电商公共服务中心投入运营日期（年/月/日）", "填空", null, "2021/1/26", null],
    ["中心提供的免费服务有（可多选）", "多选", "A.培训场所及设备、电商基础培训　B.特色农产品展示、销售　C.摄影、美工　D.农产品统一推广、品牌建设指导　E.其他衍生增值服务", "ABD", null],
    ["是否建设或整合电商产业园", "单选", "A.已建设　B.已整合、优化　C.未建设", "B", null],
    ["是否有专业第三方电商运营或服务商", "单选", "A.有　B.无", "A", null],
    ["行政村物流快递覆盖率是否达100%", "单选", "A.是　B.否", "A", null],
    ["2019年农村网络零售额（亿元）", "填空", null, "36.8", null],
    ["2020年农村网络零售额（亿元）", "填空", null, "49.2", null],
    ["网销调研自评分", "单选", "A.1分　B.2分", "B", null],
    ["网络促销活动自评分", "单选", "A.1分　B.2分", "B", null],
    ["交易标准与冷链溯源自评分", "单选", "A.1分　B.2分", "A", null],
    ["累计培训人次（人次）", "填空", null, "6,035", null],
    ["有劳动能力且未外出务工的建档立卡贫困人口（人）", "填空", null, "2,214", null],
    ["其中参加过电商培训的（人）", "填空", null, "1,163", null],
    ["政府网站专栏已公示的内容（可多选）", "多选", "A.创建方案　B.项目基本信息　C.项目建设进度　D.征求意见或监督举报窗口", "ABCD", null],
    ["能否统计电商扶贫情况", "单选", "A.能　B.不能", "A", null],
    ["下达省级专项资金（万元）", "填空", null, "500", null],
    ["累计拨付资金（万元）", "填空", null, "412.37", null],
    ["是否已制定资金管理制度", "单选", "A.是　B.否", "A", null],
    ["资金管理制度自评分（1-5分）", "填空", null, "5", null],
    ["承建单位是否建立资金专用台账", "单选", "A.是　B.否", "A", null],
    ["资金台账自评分（1-5分）", "填空", null, "4", null],
    ["资金及时拨付自评分（1-5分）", "填空", null, "4", null],
    ["项目总体进度（%）", "填空", null, "90", null],
    ["是否未发生安全生产、质量事故或重大经济损失", "单选", "A.否（发生过）　B.是（未发生）", "B", "注意本题选项顺序"],
    ["是否存在弄虚作假情况", "单选", "A.否　B.是", "A", null],
  ];
  Q.forEach((q, i) => rows.push([i + 1, q[0], q[1], q[2], q[3], q[4]]));
  rows.push(padRow(["填写人：郑××　　联系电话：0663-32××××××　　填写日期：2021年9月2日"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "揭阳揭东区商务局填的纸质《调查问卷》录入稿：题号｜题目｜题型｜选项｜答案｜备注，单选、多选只在“答案”栏填字母，意思要回到“选项”格里找（“A.1分　B.2分”答“B”是2分；中心免费服务多选“ABD”即培训、展示销售、品牌推广有，摄影美工和其他增值服务没有；产业园“B.已整合、优化”为有；专栏内容多选“ABCD”四项都有）；成员单位多选“ABCE”缺乡村振兴（扶贫），所以区长牵头也只是主要领导、部门不全；事故题问的是“是否未发生”且选项“A.否（发生过）B.是（未发生）”，答B即未发生；填空题的单位在题目里（万人、亿元、万元、%）。",
    sheets: [{ name: "调查问卷", rows, merges: M }],
    expect: {
      facts: {
        county: "揭东区", asOf: "2021-08-31", residentPopulation: 812700, adminVillagesStated: 234, poorVillagesStated: 27, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3680000000, ruralRetail2020: 4920000000, trainingPersonTimesStated: 6035,
        eligiblePoorPersonsStated: 2214, trainedPoorPersonsStated: 1163, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4123700, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// l1 — 清远市清新区: 目录、粤政易发文记录（月报）、专栏分页列表、宣传报道（无级别列）、经验材料
// =====================================================================================================
function buildL1() {
  const toc = [["清新区电子商务进农村综合示范台账（信息报送与宣传）"], ["目　录"], ["一、月报报送（粤政易发文记录导出）"], ["二、政府网站专栏文章列表"], ["三、宣传报道"], ["四、经验材料报送"],
    ["整理：区商务局电商股　2021年9月"]];
  // ② 月报 as 粤政易 send log
  const rRows = [padRow(["粤政易·公文交换 发文记录导出（发文单位：清远市清新区商务局；查询条件：标题含“电子商务进农村”）"], 7),
    ["序号", "公文标题", "发文字号", "发送时间", "接收单位", "签收状态", "附件"]];
  const rRecs = [];
  const months = monthsBetween("2020-09", "2021-08");
  let k = 0;
  months.forEach((m, i) => {
    const send = `${ym(isoAdd(m + "-01", 33))}-${String(rint(3, 10)).padStart(2, "0")}`;
    const pov = i % 5 !== 3;
    k++;
    rRows.push([k, `关于报送清新区${cnMonth(m)}电子商务进农村综合示范工作进展情况的函`, `清新商函〔${send.slice(0, 4)}〕${10 + i * 3}号`, exportTime(send, hms()),
      "清远市商务局", "已签收", pov ? "1.工作进展表.xlsx；2.电商扶贫情况统计表.xlsx" : "1.工作进展表.xlsx"]);
    rRecs.push({ date: send, poverty: pov });
    if (i === 4) {
      k++;
      const d2 = isoAdd(send, 2);
      rRows.push([k, "关于清新区电子商务进农村综合示范项目推进情况的报告", `清新商〔${d2.slice(0, 4)}〕5号`, exportTime(d2, hms()), "清远市清新区人民政府办公室", "已签收", "无"]);
    }
  });
  // an August send for July exists (2021-08); add the September-2020 send for August 2020 at the top? keep window check
  assert(inWindowMonths(rRecs.map((r) => r.date).filter((x) => x <= "2021-08-31")) === 11, "l1 report months");

  // ③ 专栏 list, printed page by page
  const arts = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    const n = m === "2021-02" ? 0 : rint(1, 3);
    for (let j = 0; j < n; j++) arts.push(`${m}-${String(rint(2, 28)).padStart(2, "0")}`);
  }
  arts.sort((a, b) => cmp(b, a)); // newest first, as the site lists
  const TITLES = ["清新区电子商务进农村综合示范项目建设进度", "清新区村级电商服务站点名单公示", "清新区电商培训通知", "清新区示范项目基本信息公开"];
  const uRows = [];
  const uM = [];
  const PAGE = 15;
  const pages = Math.ceil(arts.length / PAGE);
  const uRecs = [];
  for (let p = 0; p < pages; p++) {
    uRows.push(padRow([`清远市清新区人民政府网 > 专题专栏 > 电子商务进农村综合示范　　共${arts.length}条　第${p + 1}页/共${pages}页`], 3));
    uM.push(`A${uRows.length}:C${uRows.length}`);
    uRows.push(["序号", "标题", "发布日期"]);
    arts.slice(p * PAGE, (p + 1) * PAGE).forEach((x, j) => {
      const n = p * PAGE + j + 1;
      uRows.push([n, `${TITLES[n % 4]}（${cnMonth(x)}）`, `[${x}]`]);
      uRecs.push({ date: x });
    });
    uRows.push(padRow([], 3));
  }
  uRows.pop();

  // ④ 宣传报道 without a 级别 column
  const media = [
    ["2020-10-16", "清远日报", "报纸", "清新：电商服务站“链”起山货", "city", false],
    ["2020-12-22", "清新发布（微信公众号）", "网络", "我区举办农村电商直播带货培训", "county", false],
    ["2021-01-28", "南方日报", "报纸", "清新桂花鱼“游”上云端", "province", false],
    ["2021-03-19", "清远广播电视台《清远新闻》", "电视", "清新区贫困户直播卖土特产", "city", true],
    ["2021-05-08", "学习强国·广东学习平台", "网络", "清新区以电商助力乡村振兴", "province", false],
    ["2021-06-25", "广东广播电视台《广东新闻联播》", "电视", "清远清新：电商进村带贫增收", "province", true],
    ["2021-08-13", "新华网", "网络", "广东清新：小站点撬动农产品大市场", "national", false],
    ["2021-09-09", "清新区融媒体中心", "电视", "示范创建迎考评", "county", true],
  ];
  const mRows = [padRow(["清新区电子商务进农村宣传报道汇总"], 5), ["序号", "报道时间", "媒体（栏目）", "形式", "标题"]];
  const mRecs = [];
  media.forEach((m, i) => {
    mRows.push([i + 1, [cnDate, dotDate, slashDate][i % 3](m[0]), m[1], m[2], m[3]]);
    mRecs.push({ date: m[0], level: m[4], tv: m[5] });
  });
  // ⑤ 经验材料 (month only)
  const matRows = [padRow(["经验材料报送情况"], 4), ["序号", "报送时间", "材料", "报送对象"], [1, "2020年12月", "清新区村级电商服务站运营经验", "清远市商务局"],
    [2, "2021年5月", "“电商＋龙头企业＋贫困户”带贫模式案例", "清远市商务局"], [3, "2021年8月", "清新区示范创建工作总结", "清远市商务局"]];
  const matRecs = [{ date: "2020-12" }, { date: "2021-05" }, { date: "2021-08" }];
  return {
    description:
      "清远清新区商务局电商股的信息报送与宣传台账（五个表）：①《目录》不是台账；②《月报报送》是粤政易公文交换“发文记录”导出——公文标题｜发文字号｜发送时间（“2020/10/6 15:32:10”文本）｜接收单位｜签收状态｜附件，按发送时间读日期，一条发给“清新区人民政府办公室”的报告不是报市商务局的月报，是否含扶贫统计只看附件里有没有“电商扶贫情况统计表”；每月的月报在下个月发，所以2020年9月没有发送记录（窗口内只有11个月），共12条；③《专栏文章》是政府网站栏目列表按页打印——每页一行“…共N条　第1页/共3页”、表头重复、页间空行，新文章在前，日期写“[2021-03-15]”；④《宣传报道》没有级别列，级别只能从媒体名看（清远日报、清远台为市级，南方日报、学习强国·广东学习平台、广东台为省级，新华网为国家级，清新发布、清新区融媒体中心为县级），电视看“形式”；⑤《经验材料》报送时间只写到月。",
    sheets: [
      { name: "目录", rows: toc },
      { name: "月报报送", rows: rRows, merges: ["A1:G1"] },
      { name: "专栏文章", rows: uRows, merges: uM },
      { name: "宣传报道", rows: mRows, merges: ["A1:E1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏文章": { kind: "disclosures", records: uRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "经验材料": { kind: "materials", records: matRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 揭阳市揭东区: 站点（下方拟建表）、支付申请汇总（申请／实付）、产业园（状态里写退出日期）、隐藏下拉
// =====================================================================================================
function buildL2() {
  // ① 站点
  const TOWNS = ["玉湖镇", "新亨镇", "锡场镇", "埔田镇", "霖磐镇", "月城镇", "白塔镇", "龙尾镇", "云路镇"];
  const vn = villageNamer("西东南北新旧上下大小陈林黄", "寮溪埔围坑厝寨塘美洋");
  const st = [];
  for (let i = 0; i < 16; i++) st.push({ town: TOWNS[i % TOWNS.length], village: vn(), opened: randIsoBetween("2020-04-01", "2021-09-20") });
  st.sort((a, b) => cmp(a.opened, b.opened));
  const sRows = [padRow(["揭东区村级电子商务服务站点建设台账"], 7), ["序号", "镇", "村委会", "站点名称", "建成时间", "负责人", "联系电话"]];
  const sRecs = [];
  st.forEach((s, i) => {
    const w = i % 3 === 0 ? s.village.replace(/村$/, "村委会") : i % 3 === 1 ? s.village.replace(/村$/, "村民委员会") : s.village;
    sRows.push([i + 1, s.town, w, `${s.village}电商服务站`, i % 4 === 1 ? yyyymmdd(s.opened) : dateCell(s.opened, i), personName(), mask(phone())]);
    sRecs.push({ village: w, opened: s.opened });
  });
  sRows.push(padRow([], 7));
  sRows.push(padRow(["附：拟建站点（2021年第四季度建设）"], 7));
  sRows.push(["序号", "镇", "村委会", "拟建站点名称", "计划建成时间", "对接人", "备注"]);
  for (let i = 0; i < 3; i++) {
    const v = vn();
    sRows.push([i + 1, TOWNS[i + 2], v, `${v}电商服务站`, "2021年12月", personName(), "已选址"]);
  }
  const sM = ["A1:G1", `A${st.length + 4}:G${st.length + 4}`];

  // ② 支付申请汇总
  const pays = [
    ["2020-10-12", "2020-10-20", "公共服务中心装修（首付）", 600000, 600000, "已支付"],
    ["2020-12-01", "2020-12-09", "村级站点建设（第一批）", 384000, 376850, "已支付"],
    ["2021-01-15", null, "培训服务费", 150000, null, "作废（重复申请）"],
    ["2021-01-18", "2021-01-27", "培训服务费", 150000, 148600, "已支付"],
    ["2021-03-22", "2021-04-02", "物流体系建设", 425000, 425000, "已支付"],
    ["2021-05-10", "2021-05-21", "品牌推广", 268000, 265320, "已支付"],
    ["2021-07-06", "2021-07-15", "村级站点建设（第二批）", 312000, 312000, "已支付"],
    ["2021-08-25", null, "中心运营服务费", 180000, null, "审核中"],
  ];
  const fRows = [padRow(["揭东区电商进农村专项资金支付申请汇总表"], 8), padRow(["金额单位：元"], 8),
    ["序号", "申请日期", "支付日期", "项目", "申请金额", "实付金额", "状态", "备注"]];
  const fRecs = [];
  pays.forEach((p, i) => {
    fRows.push([i + 1, dotDate(p[0]), p[1] ? dateCell(p[1], i) : null, p[2], fmtMoney(p[3]), p[4] === null ? "—" : fmtMoney(p[4]), p[5],
      p[4] !== null && p[4] !== p[3] ? "按审核核减后支付" : null]);
    if (p[4] !== null) fRecs.push({ date: p[1], amount: p[4] });
  });
  fRows.push([null, null, null, "合计", fmtMoney(sum(pays.map((p) => p[3]))), fmtMoney(sum(pays.filter((p) => p[4]).map((p) => p[4]))), null, null]);

  // ③ 产业园
  const firmName = nameMaker("揭玉新锡埔霖月", "东丰华信源达泰", "", []);
  const TY = ["电商平台", "网店销售", "网店销售", "代运营服务", "快递物流", "网店销售", "直播基地", "代运营服务", "网店销售", "电商平台", "快递物流", "网店销售"];
  const firms = TY.map((t) => ({ name: `揭阳市${firmName()}${/物流/.test(t) ? "供应链" : "电子商务"}有限公司`, type: t, entered: randIsoBetween("2020-05-01", "2021-08-15"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-05-20";
  firms[7].left = "2021-09-06";
  const eRows = [padRow(["揭东区电子商务产业园入驻企业台账"], 6), ["序号", "企业名称", "经营类型", "入驻日期", "状态", "联系人"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.type, dateCell(f.entered, i + 2), f.left ? `已迁出（${dotDate(f.left)}）` : "在园", personName()]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });
  const hid = [["经营类型"], ["电商平台"], ["网店销售"], ["代运营服务"], ["快递物流"], ["直播基地"], ["状态"], ["在园"], ["已迁出"]];
  return {
    description:
      "揭阳揭东区商务局的台账（四个表）：①《站点台账》村委会写“××村委会”“××村民委员会”“××村”三种，建成时间有Excel日期、“20210315”式八位数字等，下方空一行后另有“附：拟建站点”小表（计划建成时间“2021年12月”）不是站点；②《支付申请》是支付申请汇总表（元）——申请日期｜支付日期｜项目｜申请金额｜实付金额｜状态，拨付按支付日期和实付金额读（核减后实付少于申请），“作废（重复申请）”和“审核中”两行没有支付、不是拨付，合计行不是；③《产业园企业》没有退出日期列，迁出日期写在状态里“已迁出（2021.5.20）”，“在园”为未退出，经营类型用本地说法（电商平台、网店销售、代运营服务、快递物流、直播基地）；④隐藏的《下拉选项》不是台账。",
    sheets: [
      { name: "站点台账", rows: sRows, merges: sM },
      { name: "支付申请", rows: fRows, merges: ["A1:H1", "A2:H2"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:F1"] },
      { name: "下拉选项", rows: hid, hidden: true },
    ],
    expect: {
      sheets: {
        "站点台账": { kind: "stations", records: sRecs },
        "支付申请": { kind: "funds", records: fRecs },
        "产业园企业": { kind: "enterprises", records: eRecs },
        "下拉选项": { kind: null },
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
write("counties", "b232-c1-pengjiang.json", c1);
write("facts", "b232-f1-sanshui.json", f1);
write("facts", "b232-f2-yangdong.json", f2);
write("facts", "b232-f3-jiedong.json", f3);
write("ledgers", "b232-l1-qingxin.json", l1);
write("ledgers", "b232-l2-jiedong.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
