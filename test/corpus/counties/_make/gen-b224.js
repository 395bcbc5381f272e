// Batch 224 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b222.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (224224), no clock. Run: node test/corpus/_b224/gen-b224.js
//
// c1 始兴县 (韶关): the facts sheet is an export of the provincial 考评填报系统 — one row per 评分细项 with a 细项编码 (J-01…, 1.1.1…),
//    计量单位 and 填报值 in their own columns, 分值 (max) beside 自评分; per-indicator “小计” rows carry the claimed points. Ledgers:
//    an outline village list (town header rows, ★ = poor, indented names), a 小程序 sign-in export with 已签到/未签到, 万元 funds,
//    reports as months-as-columns, a September-only 经验材料 row; center opened 2021-03-01 (one day too late for 6 months).
// f1 澄海区 (汕头): a Word 填空式《创建情况说明》 pasted into Excel: each sentence split into text｜filled value｜text cells, one date
//    typed into three cells (年｜月｜日), yes/no as “（是☑ 否□）” fragments, judged points “自评（ 2 ）分” across cells.
// f2 梅县区 (梅州): the city bureau's 汇总表 filtered to one county column — 序号｜类别｜指标｜单位｜梅县区｜市局审核意见; yes/no in the
//    county column, units in their own column (亿元, 万元, %), claims as “得分/满分” text (“9/10”), 成员单位 as a ✓ grid of rows.
// f3 高州市 (茂名): the bureau's 迎检《应知应会》 Q&A sheet — 序号｜问题｜统一口径答案｜答题人, facts inside prose answers with the
//    口径 notes that tell which of two numbers is used (七普 vs 户籍, 下达 vs 计划), one answer saying an item is “还没有”.
// l1 云安区 (云浮): ① 村级站点《星级评定结果》with a second table “未参评站点（新建）” below — both are stations; ★ is a rating here;
//    ② 《以奖代补资金发放表》 by batches: the date sits in a merged 批次 cell (“第二批（2021年3月26日发放）”), 小计/合计 rows are not
//    disbursements; ③ 填表说明 (not a ledger).
// l2 广宁县 (肇庆): ① 《结业证书发放登记》: one trainee per row, 培训时间 a range (read at its end), 发证日期 is not the training date;
//    ② 舆情监测系统 media export (央级/省级/市级/县级, 发布时间 with clock time); ③ 政府网站 CMS 稿件导出 — only 已发布 articles under
//    the 电子商务进农村 column path are updates (撤稿 and other columns are not); ④ 封面 (not a ledger).
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
let seed = 224224;
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
    assert(/^b224-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b224-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b224-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市始兴县: 考评填报系统导出（细项一行，小计行是自评分）＋ 10 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = [["太平镇", 14, 6], ["马市镇", 13, 1], ["澄江镇", 10, 1], ["顿岗镇", 12, 1], ["罗坝镇", 12, 1], ["司前镇", 11, 1],
    ["隘子镇", 13, 1], ["城南镇", 8, 0], ["沈所镇", 10, 0], ["深渡水瑶族乡", 11, 0]];
  const vn = villageNamer("石新大良平龙高黄竹梅江东西南北上下中长旺福安和岭", "岗塘坑坝田洞岭头坪尾山水围塅陂寨");
  const cmn = nameMaker("城文兴仁墨环", "北南园兴华秀江", "", []);
  const villages = [];
  for (const [t, nv, nc] of TOWNS) {
    for (let i = 0; i < nv; i++) villages.push({ town: t, name: vn(), admin: true, poor: false, express: true });
    for (let i = 0; i < nc; i++) villages.push({ town: t, name: cmn() + "社区", admin: false, poor: null, express: null });
  }
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 114 && comms.length === 12, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const rural = adminV.filter((v) => v.town !== "太平镇");
  const poorList = shuffle(rural).slice(0, 16);
  for (const v of poorList) v.poor = true;
  const noExpress = adminV.find((v) => v.town === "深渡水瑶族乡" && !v.poor);
  noExpress.express = false;

  // ---------------- 村（社区）名单: outline, ★ poor
  const vRows = [padRow(["始兴县行政村（社区）名单"], 5),
    padRow(["说明：名称后标“★”的为省定贫困村；“快递进村”栏“✓”为已有邮政或快递企业村级网点、按日收投，“×”为未通。"], 5),
    ["序号", "名称", "快递进村", "村（居）民小组数", "备注"]];
  const vm = ["A1:E1", "A2:E2"];
  let seq = 0;
  for (const [t, nv, nc] of TOWNS) {
    vRows.push(padRow([null, `${t}（村民委员会${nv}个${nc ? `、社区居民委员会${nc}个` : ""}）`], 5));
    vm.push(`B${vRows.length}:E${vRows.length}`);
    for (const v of villages.filter((x) => x.town === t)) {
      seq++;
      if (v.admin) vRows.push([seq, `　　${v.name.replace(/村$/, "")}村民委员会${v.poor ? "★" : ""}`, v.express ? "✓" : "×", rint(6, 24), v.express ? null : "暂未通快递，由镇邮政支局代收代投"]);
      else vRows.push([seq, `　　${v.name}居民委员会`, "—", rint(3, 9), "城镇社区"]);
    }
  }
  vRows.push(padRow([null, `合计：村民委员会${adminV.length}个（其中省定贫困村${poorList.length}个），社区居民委员会${comms.length}个`], 5));

  // ---------------- 站点台账
  const stations = [];
  const poorLate = poorList[15];
  for (const v of poorList.slice(0, 15)) stations.push({ v, opened: randIsoBetween("2020-06-01", "2021-08-25") });
  const np = shuffle(adminV.filter((v) => !v.poor));
  for (const v of np.slice(0, 67)) stations.push({ v, opened: randIsoBetween("2020-06-01", "2021-08-31") });
  stations.push({ v: np[5], opened: randIsoBetween("2021-01-01", "2021-07-31"), second: true });
  stations.push({ v: np[20], opened: randIsoBetween("2021-01-01", "2021-07-31"), second: true });
  stations.push({ v: comms[0], opened: "2020-10-16" });
  stations.push({ v: poorLate, opened: "2021-09-03" });
  for (const v of np.slice(67, 70)) stations.push({ v, opened: randIsoBetween("2021-09-01", "2021-09-20") });
  const covered = new Set(stations.filter((s) => s.v.admin && s.opened <= CUT).map((s) => s.v.name));
  const poorCov = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 82 && poorCov === 15, "c1 coverage " + covered.size);
  const tIdx = (t) => TOWNS.findIndex((x) => x[0] === t);
  stations.sort((a, b) => tIdx(a.v.town) - tIdx(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["始兴县村级电子商务服务站点台账"], 9), padRow(["填报单位：始兴县商务局　　　　统计时间：2021年9月20日"], 9),
    ["序号", "站点名称", "镇（乡）", "所在村（社区）", "详细地址", "负责人", "联系电话", "挂牌日期", "服务内容"]];
  stations.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const vcell = s.v.admin ? [s.v.name, `${stem}村委会`, `${stem}村民委员会`][i % 3] : `${s.v.name}居委会`;
    const nm = s.v.admin ? `${stem}村电商服务站${s.second ? "（二）" : ""}` : `${stem}社区电商服务点`;
    const f = i % 4;
    const op = f === 0 ? twoDot(s.opened) : dateCell(s.opened, i);
    sRows.push([i + 1, nm, s.v.town, vcell, `${s.v.town}${stem}${s.v.admin ? "村" : "社区"}${rint(1, 60)}号`, personName(), mask(phone()), op,
      ["代购代销、快递收发", "农产品上行、代缴费", "代购代销、小额取款"][i % 3]]);
  });
  sRows.push(padRow(["注：9月挂牌站点为考评后补建，一并列入。"], 9));

  // ---------------- 贫困人口
  const poorP = [];
  const LAB_T = ["普通劳动力", "技能劳动力"];
  const LAB_F = ["丧失劳动力", "无劳动力"];
  for (let i = 0; i < 150; i++) {
    const labour = rnd() < 0.72;
    const migrant = labour ? rnd() < 0.33 : false;
    const id = makeId("440222", birthBetween(labour ? 1962 : 1938, labour ? 2001 : 1958), rnd() < 0.5, i % 23 === 5 ? true : undefined);
    const vil = poorList[i % 16];
    poorP.push({ id, labour, migrant, vil, labT: labour ? LAB_T[i % 2] : LAB_F[i % 2],
      work: labour ? (migrant ? ["省外务工", "省内县外务工"][i % 2] : ["县内务工", "未务工"][i % 2]) : "未务工" });
  }
  const elig = poorP.filter((p) => p.labour && !p.migrant);
  const E = elig.length;
  const eligS = shuffle(elig);
  const T = Math.ceil(E * 0.56);
  const trainedOk = eligS.slice(0, T);
  const sepOnly = eligS.slice(T, T + 3);
  const noShow = eligS.slice(T + 3, T + 5);
  const migrTrained = shuffle(poorP.filter((p) => p.migrant)).slice(0, 6);
  const nolabTrained = shuffle(poorP.filter((p) => !p.labour)).slice(0, 3);
  assert(ratioGE(T, E, 50) && !ratioGE(T, E, 70), "c1 poor rate " + T + "/" + E);

  // ---------------- 培训（小程序签到导出）
  const TOPICS = ["电商基础知识", "短视频直播带货", "网店开设与运营", "农产品包装与品牌", "电商扶贫专场", "始兴枇杷网络营销"];
  const sessions = [];
  let d = "2020-09-10";
  for (let i = 0; i < 36; i++) {
    sessions.push({ no: i + 1, date: d, town: TOWNS[i % 10][0], topic: TOPICS[i % 6], people: [] });
    d = isoAdd(d, rint(8, 11));
  }
  assert(sessions[35].date <= CUT, "c1 sessions in window " + sessions[35].date);
  sessions.push({ no: 37, date: "2021-09-07", town: "太平镇", topic: "电商扶贫专场", people: [] });
  const inS = sessions.slice(0, 36);
  // poor trainees
  for (const p of trainedOk) {
    const k = rnd() < 0.3 ? 2 : 1;
    const picks = shuffle(inS).slice(0, k);
    for (const s of picks) s.people.push({ id: p.id, poor: true, ok: true });
  }
  for (const p of sepOnly) sessions[36].people.push({ id: p.id, poor: true, ok: true });
  for (const p of noShow) inS[rint(0, 35)].people.push({ id: p.id, poor: true, ok: false });
  for (const p of migrTrained.concat(nolabTrained)) inS[rint(0, 35)].people.push({ id: p.id, poor: true, ok: true });
  const CODES = ["440222", "440222", "440222", "440205", "440203", "440282"];
  for (const s of sessions) {
    const n = rint(44, 52);
    while (s.people.filter((x) => x.ok).length < n) s.people.push({ id: makeId(CODES[rint(0, 5)], birthBetween(1965, 2002), rnd() < 0.5), poor: false, ok: true });
    const ns = rint(0, 3);
    for (let j = 0; j < ns; j++) s.people.push({ id: makeId("440222", birthBetween(1965, 2002), rnd() < 0.5), poor: false, ok: false });
    s.people = shuffle(s.people);
  }
  const ptCut = sum(inS.map((s) => s.people.filter((x) => x.ok).length));
  const POP = 197300;
  assert(ratioGE(ptCut, POP, 0.8) && !ratioGE(ptCut, POP, 1), "c1 person-times " + ptCut);
  const trainedIds = new Set(inS.flatMap((s) => s.people.filter((x) => x.ok).map((x) => x.id)));
  const Tcalc = elig.filter((p) => trainedIds.has(p.id)).length;
  assert(Tcalc === T, "c1 trained recount");
  const tRows = [["序号", "培训班次", "培训日期", "姓名", "性别", "身份证号", "联系电话", "是否建档立卡贫困户", "签到状态", "签到时间"]];
  let allRows = 0;
  let noShowRows = 0;
  for (const s of sessions) {
    for (const p of s.people) {
      allRows++;
      if (!p.ok) noShowRows++;
      const male = Number(p.id[16]) % 2 === 1;
      const idc = p.id.endsWith("X") && allRows % 2 ? p.id.slice(0, 17) + "x" : p.id;
      tRows.push([allRows, `第${s.no}期 ${s.topic}培训班（${s.town}）`, s.date.replace(/-/g, "/"), personName(), male ? "男" : "女", idc, mask(phone()),
        p.poor ? "是" : "否", p.ok ? "已签到" : "未签到", p.ok ? `${s.date} 0${rint(8, 9)}:${String(rint(0, 59)).padStart(2, "0")}` : null]);
    }
  }
  const statedPT = allRows; // the clerk's number counts every row

  // ---------------- 贫困人口 sheet
  const pRows = [padRow(["始兴县建档立卡贫困人口（有劳动能力及务工情况）"], 10), padRow(["数据来源：县乡村振兴局（2021年7月导出）"], 10),
    ["序号", "镇（乡）", "村", "户编号", "姓名", "与户主关系", "证件号码", "劳动技能", "务工状况", "脱贫年度"]];
  poorP.forEach((p, i) => pRows.push([i + 1, p.vil.town, p.vil.name, `44022200${pad3(Math.floor(i / 3) + 101)}`, personName(), i % 3 === 0 ? "户主" : ["配偶", "之子", "之女"][i % 3],
    p.id, p.labT, p.work, ["2016", "2017", "2018", "2019", "2020"][i % 5]]));

  // ---------------- 产业园企业
  const fname = nameMaker("枇丹墨澜浈顿司隘", "源兴泰达农惠和丰", "", []);
  const TY = ["平台型电商", "平台型电商", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "电商运营服务", "电商运营服务",
    "电商运营服务", "物流快递", "物流快递", "农产品加工", "农产品加工", "网店销售", "直播电商", "直播电商", "平台型电商", "网店销售"];
  const firms = TY.map((t) => ({ name: `始兴县${fname()}${t === "物流快递" ? "物流" : t === "农产品加工" ? "农业发展" : "电子商务"}有限公司`, type: t,
    code: creditCode("440222"), entered: randIsoBetween("2020-05-10", "2021-08-15"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = isoAdd(firms[4].entered, 120) < "2021-08-01" ? isoAdd(firms[4].entered, 120) : "2021-06-15";
  assert(firms[4].left > firms[4].entered, "c1 left after entered");
  firms.push({ name: `始兴县${fname()}电子商务有限公司`, type: "直播电商", code: creditCode("440222"), entered: "2021-09-10", left: null });
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 19 && types.size >= 3, "c1 park " + inPark.length);
  const eRows = [padRow(["始兴县电子商务产业园入驻企业清单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "状态"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 2), f.left ? cnDate(f.left) : null, f.left ? "已退出" : "在园"]));

  // ---------------- 资金（万元）
  const ALLOC = 5000000;
  const pays = [["2020-08-20", 865000, "县电子商务公共服务中心装修及设备"], ["2020-10-15", 321800, "村级站点建设（第一批）"], ["2020-12-10", 418000, "产业园整合改造"],
    ["2021-01-18", 226500, "电商培训服务费（第一期）"], ["2021-03-02", 287600, "村级站点建设（第二批）"], ["2021-04-22", 193400, "枇杷区域公共品牌推广"],
    ["2021-05-28", 412300, "县乡村三级物流配送体系"], ["2021-06-30", 206900, "电商培训服务费（第二期）"], ["2021-07-26", 358000, "农产品溯源系统"],
    ["2021-08-27", 393700, "公共服务中心运营服务费"], ["2021-09-08", 462000, "村级站点建设（第三批）"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["始兴县电子商务进农村综合示范专项资金拨付台账"], 6), ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额（万元）", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 1), p[2], ["始兴县某建设工程有限公司", "始兴县邮政分公司", "广东某电子商务服务有限公司"][i % 3],
    i % 3 === 1 ? String(wan(p[1])) : wan(p[1]), `付-${pad3(i + 11)}`]));
  fRows.push([null, "合计", null, null, wan(sum(pays.map((p) => p[1]))), null]);

  // ---------------- 月报（月份为列）
  const repMonths = WINDOW.filter((m) => m !== "2021-02");
  const repDates = repMonths.map((m) => `${m}-${String(rint(24, 28)).padStart(2, "0")}`);
  const rHead = ["项目"].concat(WINDOW.map((m) => cnMonth(m)));
  const rDate = ["报送日期"].concat(WINDOW.map((m) => { const i = repMonths.indexOf(m); return i < 0 ? null : `${Number(repDates[i].slice(8))}日`; }));
  const rPov = ["含电商扶贫统计"].concat(WINDOW.map((m) => (repMonths.includes(m) ? "✓" : null)));
  const rWay = ["报送方式"].concat(WINDOW.map((m) => (repMonths.includes(m) ? "邮件＋纸质" : null)));
  const rNote = ["备注"].concat(WINDOW.map((m) => (m === "2021-02" ? "春节，未报" : null)));
  const rRows = [padRow(["向韶关市商务局报送工作进展情况登记（2020年9月—2021年8月）"], 13), rHead, rDate, rWay, rPov, rNote];
  assert(inWindowMonths(repDates) === 11, "c1 report months");

  // ---------------- 专栏
  const upd = [];
  for (const m of WINDOW) upd.push(`${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  upd.push("2020-08-06");
  upd.sort();
  const uRows = [padRow(["县政府网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i + 3), i === 0 ? "始兴县电子商务进农村综合示范创建工作方案" : `始兴县电子商务进农村综合示范项目建设进度（${cnMonth(x)}）`, i === 0 ? "创建方案" : "建设进度"]));
  assert(inWindowMonths(upd) === 12, "c1 disclosure months");

  // ---------------- 宣传报道, 经验材料
  const media = [["2020-12-03", "始兴县融媒体中心", "县级", "网络", "我县第十期电商培训班开班", "否"], ["2021-03-18", "韶关日报", "市级", "报纸", "始兴枇杷“触网”销全国", "否"],
    ["2021-05-12", "广东广播电视台珠江频道", "省级", "电视", "始兴：电商扶贫让贫困户枇杷卖上好价钱", "是"], ["2021-07-09", "南方+", "省级", "网络", "始兴县村级电商服务站覆盖八成行政村", "否"]];
  const mRows = [padRow(["宣传报道清单"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 1), ...m.slice(1)]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.9.6", "始兴县电子商务进农村综合示范创建经验做法", "韶关市商务局"]];

  // ---------------- facts: 系统导出
  const W = 9;
  const fr = [padRow(["广东省电子商务进农村综合示范考评填报系统　自评填报明细（导出）"], W),
    padRow(["填报单位：", "始兴县商务局", null, "考评截止日期：", "2021-08-31", null, "导出时间：", "2021-09-03 16:22:08", "状态：已提交"], W),
    ["细项编码", "一级指标", "二级指标", "评分细项／填报项", "计量单位", "填报值", "分值", "自评分", "佐证材料（个）"]];
  const fm = ["A1:I1"];
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const it = (code, g1, g2, label, unit, val, max, self, n) => fr.push([code, g1, g2, label, unit, val, max === undefined ? null : max, self === undefined ? null : self, n === undefined ? rint(1, 6) : n]);
  const sub = (code, id, g2, max) => fr.push([code, null, g2, "小计", null, null, max, claimed[id], null]);
  const B = "基础数据";
  it("J-01", B, "—", "常住人口（第七次全国人口普查）", "万人", "19.73", null, null, 1);
  it("J-02", B, "—", "行政村数", "个", "114", null, null, 1);
  it("J-03", B, "—", "省定贫困村数", "个", "16", null, null, 1);
  it("J-04", B, "—", "下达省级专项资金", "万元", "500", null, null, 1);
  it("J-05", B, "—", "2019年农村网络零售额", "亿元", "12.36", null, null, 1);
  it("J-06", B, "—", "2020年农村网络零售额", "亿元", "15.02", null, null, 1);
  it("J-07", B, "—", "2019年农产品网络零售额", "亿元", "2.85", null, null, 1);
  it("J-08", B, "—", "2020年农产品网络零售额", "亿元", "3.81", null, null, 1);
  it("J-09", B, "—", "项目总体进度", "%", "90", null, null, 1);
  const G1 = "加强组织领导与统筹协调";
  it("1.1.1", G1, "组织领导", "牵头领导（职务）", "—", "县长", 2, null);
  it("1.1.2", G1, "组织领导", "参与部门", "—", "县商务局；县财政局；县农业农村局；县乡村振兴局；县交通运输局；县市场监管局", null, null);
  sub("1.1", "org.leadership", "组织领导", 2);
  it("1.2.1", G1, "方案制定", "正式印发示范县工作方案", "是/否", "是", null, null);
  it("1.2.2", G1, "方案制定", "工作方案因地制宜，可操作性较强（1-2分）", "分", null, 2, 2);
  sub("1.2", "org.plan", "方案制定", 2);
  it("1.3.1", G1, "政策支持", "出台支持农村电商发展政策", "是/否", "是", null, null);
  it("1.3.2", G1, "政策支持", "出台相关政策，且得到较好落实（1-2分）", "分", null, 2, 1);
  sub("1.3", "org.policy", "政策支持", 2);
  it("1.4.1", G1, "项目管理", "建立项目管理制度，在建设、验收环节严格落实（1-2分）", "分", null, 2, 2);
  it("1.4.2", G1, "项目管理", "建立完整工作台账，详细记录项目建设情况（1-2分）", "分", null, 2, 1);
  sub("1.4", "org.management", "项目管理", 4);
  const G2 = "深入推动电子商务进农村工作";
  it("2.1.1", G2, "服务体系建设（县级中心与产业园）", "县级电子商务公共服务中心投入运营日期", "日期", "2021-03-01", 2, 2);
  it("2.1.2", G2, "服务体系建设（县级中心与产业园）", "建成后已正常运行6个月以上", "是/否", "是", 2, 2);
  it("2.1.3", G2, "服务体系建设（县级中心与产业园）", "有免费培训场所、培训设备，能组织电商基础培训", "是/否", "是", 2, 2);
  it("2.1.4", G2, "服务体系建设（县级中心与产业园）", "为特色农产品提供免费展示、销售服务", "是/否", "是", 1, 1);
  it("2.1.5", G2, "服务体系建设（县级中心与产业园）", "为电子商务市场主体提供免费摄影、美工服务", "是/否", "是", 1, 1);
  it("2.1.6", G2, "服务体系建设（县级中心与产业园）", "组织农产品统一推广、指导特色农产品品牌建设", "是/否", "是", 1, 1);
  it("2.1.7", G2, "服务体系建设（县级中心与产业园）", "为电子商务发展提供其他衍生增值服务", "是/否", "否", 1, 0);
  it("2.1.8", G2, "服务体系建设（县级中心与产业园）", "建设或整合、优化当地电商产业园", "是/否", "是", 2, 2);
  it("2.1.9", G2, "服务体系建设（县级中心与产业园）", "电商产业园入驻企业数量", "家", "20", 2, 2);
  it("2.1.10", G2, "服务体系建设（县级中心与产业园）", "入驻企业类型数", "种", "5", 1, 1);
  sub("2.1", "work.center", "服务体系建设（县级中心与产业园）", 15);
  it("2.2.1", G2, "服务体系建设（村级站点覆盖）", "已建站行政村数", "个", "86", 5, 5);
  it("2.2.2", G2, "服务体系建设（村级站点覆盖）", "已建站省定贫困村数", "个", "16", 5, 5);
  sub("2.2", "work.coverage", "服务体系建设（村级站点覆盖）", 10);
  it("2.3.1", G2, "农村产品上行", "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "分", null, 2, 2);
  it("2.3.2", G2, "农村产品上行", "开展农村产品网络促销活动成效明显（1-2分）", "分", null, 2, 1);
  it("2.3.3", G2, "农村产品上行", "当地有专业第三方电子商务运营或服务商", "是/否", "是", 1, 1);
  it("2.3.4", G2, "农村产品上行", "行政村物流快递覆盖率100%", "是/否", "是", 1, 1);
  it("2.3.5", G2, "农村产品上行", "有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "分", null, 2, 1);
  it("2.3.6", G2, "农村产品上行", "2020年农产品网络零售额同比增速", "%", "33.7", 2, 2);
  sub("2.3", "work.upward", "农村产品上行", 10);
  it("2.4.1", G2, "电商人才培训", "培训人次", "人次", String(statedPT), 10, 8);
  it("2.4.2", G2, "电商人才培训", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", String(E), null, null);
  it("2.4.3", G2, "电商人才培训", "参加培训的建档立卡贫困人口", "人", String(T), 10, 10);
  sub("2.4", "work.training", "电商人才培训", 20);
  const G3 = "加强信息公开及报送";
  it("3.1.1", G3, "信息公开", "专栏公示创建方案", "是/否", "是", null, null);
  it("3.1.2", G3, "信息公开", "专栏公示项目基本信息", "是/否", "是", null, null);
  it("3.1.3", G3, "信息公开", "专栏公示项目建设进度", "是/否", "是", null, null);
  it("3.1.4", G3, "信息公开", "设立征求意见或监督举报窗口", "是/否", "是", 2, 2);
  it("3.1.5", G3, "信息公开", "近一年专栏更新情况", "—", "按月更新", 2, 2);
  sub("3.1", "info.disclosure", "信息公开", 4);
  it("3.2.1", G3, "数据上报", "近一年向市商务局报送工作情况", "—", "每月", 3, 3);
  it("3.2.2", G3, "数据上报", "能统计电商扶贫情况", "是/否", "是", 3, 3);
  sub("3.2", "info.reporting", "数据上报", 6);
  const G4 = "加强宣传推广";
  it("4.1.1", G4, "案例总结", "向市商务局报送经验材料", "篇", "1", 2, 2);
  sub("4.1", "promo.cases", "案例总结", 2);
  it("4.2.1", G4, "经验推广", "宣传报道媒体级别", "—", "省级、市级、县级", 8, 8);
  sub("4.2", "promo.media", "经验推广", 8);
  const G5 = "加强财政资金管理";
  it("5.1.1", G5, "制度建立", "已制定资金管理制度（1-5分）", "是/否", "是", 5, 4);
  sub("5.1", "fund.system", "制度建立", 5);
  it("5.2.1", G5, "资金台账", "已建立资金专用台账（1-5分）", "是/否", "是", 5, 4);
  sub("5.2", "fund.ledger", "资金台账", 5);
  it("5.3.1", G5, "资金支出", "累计拨付资金", "万元", wan(spent).toFixed(2), null, null);
  it("5.3.2", G5, "资金支出", "根据创建进度及时拨付（1-5分）", "分", null, 5, 4);
  sub("5.3", "fund.spending", "资金支出", 5);
  it("6.1", "加分项", "贫困人口培训率", "建档立卡贫困人口培训率70%及以上", "%", pct1(T, E), 2, 0);
  it("6.2", "加分项", "典型案例电视播报", "电商扶贫典型案例获电视媒体播报", "—", "省级电视", 2, 1);
  it("7.1", "一票否决项", "—", "发生安全生产、质量事故或重大经济损失", "是/否", "否", null, null);
  it("7.2", "一票否决项", "—", "弄虚作假", "是/否", "否", null, null);
  const sc = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, null, null, "合计（不含加分）", null, null, 100, sc, null]);
  fr.push([null, null, null, "加分", null, null, 4, claimed["bonus.poorTraining"] + claimed["bonus.tvCase"], null]);
  for (const r of fr) assert(r.length === W, "c1 fact width");

  // ---------------- points
  const centerOpened = "2021-03-01";
  const centerPts = 2 + (centerOpened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covered.size, 114, 70) ? 5 : ratioGE(covered.size, 114, 50) ? 2 : 0) + (poorCov === 16 ? 5 : ratioGE(poorCov, 16, 80) ? 3 : 0);
  const agriOk = (3.81 - 2.85) * 100 >= 30 * 2.85 - 1e-9 && (381 - 285) * 100 >= 30 * 285;
  const ruralOk = (1502 - 1236) * 100 >= 30 * 1236;
  assert(agriOk && !ruralOk, "c1 growth");
  const upPts = 2 + 1 + 1 + 0 + 1 + 2;
  const ptPts = ratioGE(ptCut, POP, 1) ? 10 : ratioGE(ptCut, POP, 0.8) ? 8 : ratioGE(ptCut, POP, 0.6) ? 6 : 0;
  const poorPts = ratioGE(T, E, 50) ? 10 : ratioGE(T, E, 40) ? 8 : ratioGE(T, E, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 0, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 10 && covPts === 8 && upPts === 7 && ptPts === 8 && poorPts === 10, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 79 && bonus === 1, "c1 total " + scored);
  const derivation = [
    "org.leadership: 1.1.1 牵头领导“县长”（主要领导），1.1.2 参与部门有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2（小计自评2）",
    "org.plan: 1.2.1 方案已正式印发，1.2.2 自评分2 → 2（“分值”列是满分，不是自评）",
    "org.policy: 1.3.1 政策已出台，1.3.2 自评分1 → 1",
    "org.management: 1.4.1 项目管理制度2＋1.4.2 工作台账1 → 3",
    `work.center: 2.1.1 中心投入运营2021-03-01 ≤ 截止日 → 2；运行满6个月要求不晚于2021-02-28，晚一天 → 0（2.1.2 填“是”自评2不作数）；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“否” → 0；产业园2；《产业园企业》截至8月31日在园${inPark.length}家（${firms[4].name}${cnDate(firms[4].left)}已退出、9月10日入驻的不算；2.1.9填“20”不作数） < 20 → 0；类型平台型、销售型、运营商、物流等 ≥ 3 → 1；合计10（自评14）`,
    `work.coverage: 《村社区名单》村民委员会114个（社区居民委员会12个不算，镇名行是分组行不是村）；《站点台账》截止日前挂牌、有站的行政村${covered.size}个（二站不重复算，社区服务点不算，9月挂牌4个不算） → ${covered.size}/114 = ${pct1(covered.size, 114)} ≥ 70% → 5；★省定贫困村16个，${poorLate.name}的站2021-09-03才挂牌 → 15/16 = ${pct1(15, 16)} → 3；合计8（自评10，2.2.1“86”和2.2.2“16”含9月站点）`,
    `work.upward: 调研2、促销1、交易标准及溯源1；第三方运营服务商“是” → 1；快递覆盖看名单的“快递进村”栏：${noExpress.name}为“×” → 0（2.3.4填“是”与名单不符，警告）；农村网零12.36→15.02亿元增长${pct1(1502 - 1236, 1236)}不够，农产品网零2.85→3.81亿元增长${pct1(381 - 285, 285)} ≥ 30% → 2；合计7（自评8）`,
    `work.training: 常住人口19.73万 → 基数197,300；《培训签到》截止日前第1—36期“已签到”${fmtInt(ptCut)}行（“未签到”${noShowRows}行和第37期2021-09-07不算；2.4.1填的${statedPT}是全部行） → ${pct2(ptCut, POP)}，0.8%—1% → 8；《贫困人口》有劳动技能（普通/技能劳动力）且务工状况不是省外/省内县外务工的${E}人，身份证号在截止日前签到行出现的${T}人（末位x不分大小写，多期只算一次；只在9月第37期或只“未签到”的不算） → ${pct1(T, E)}，≥ 50% → 10；合计18`,
    "info.disclosure: 专栏四项内容都填“是” → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《月报登记》按月列，2021年2月一栏空（“春节，未报”），12个月只有11个月 → 不定时 1；能统计电商扶贫情况“是”、各月✓ → 3；合计4（自评6）",
    "promo.cases: 《经验材料》唯一一份2021.9.6报送，在截止日后 → 0（自评2）",
    "promo.media: 截止日前广东广播电视台珠江频道、南方+（省级） → 4；韶关日报（市级） → 3；始兴县融媒体中心（县级） → 1；合计8",
    "fund.system: 5.1.1 自评4 → 4",
    "fund.ledger: 5.2.1 自评4 → 4",
    `fund.spending: 《资金台账》金额单位万元，截止日前10笔合计${wan(spent)}万元（2021-09-08的46.2万元不算，合计行不另加）= ${fmtMoney(spent)}元 / 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${T}/${E} = ${pct1(T, E)} < 70% → 0`,
    "bonus.tvCase: 2021-05-12广东广播电视台珠江频道（省级电视）播报电商扶贫典型案例 → 1",
    "veto.incident: 7.1 “否” → 不否决",
    "veto.progress: J-09 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: 7.2 “否” → 不否决",
  ];
  return {
    description:
      `韶关始兴县商务局整本考评工作簿（11个表：系统导出的自评填报明细＋10个台账），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sc}＋1）：事实表是省考评填报系统导出的《自评填报明细》——细项编码｜一级指标｜二级指标｜评分细项／填报项｜计量单位｜填报值｜分值｜自评分｜佐证材料（个），一个细项一行，单位在单独一列（万人、亿元、万元、%），“分值”是满分，各指标“小计”行的自评分才是该指标的自评（claimed），主观分在细项行；中心2021-03-01投入运营（差一天不满6个月）。台账：村社区名单是分镇大纲式（镇名行、全角空格缩进、★为省定贫困村、一个村快递“×”）；站点挂牌日期混有“21.3.5”两位年份；培训是小程序签到导出（“未签到”行不算、9月一期不算）；贫困人口按劳动技能和务工状况；资金以万元记；月报是月份为列、2月空；经验材料只有9月一份。`,
    sheets: [
      { name: "自评填报明细", rows: fr, merges: fm },
      { name: "村社区名单", rows: vRows, merges: vm },
      { name: "站点台账", rows: sRows, merges: ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`] },
      { name: "培训签到", rows: tRows },
      { name: "贫困人口", rows: pRows, merges: ["A1:J1", "A2:J2"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1"] },
      { name: "月报登记", rows: rRows, merges: ["A1:M1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 汕头市澄海区: Word 填空式《创建情况说明》贴进 Excel（一句话拆成 文字｜填写值｜文字）
// =====================================================================================================
function buildF1() {
  const W = 8;
  const rows = [];
  const m = [];
  const sec = (t) => {
    rows.push(padRow([t], W));
    m.push(`A${rows.length}:H${rows.length}`);
  };
  const line = (...cells) => rows.push(padRow(cells, W));
  const lineWide = (a, b) => {
    rows.push(padRow([a, b], W));
    m.push(`B${rows.length}:H${rows.length}`);
  };
  sec("澄海区电子商务进农村综合示范创建情况说明");
  sec("（请在横线处如实填写；选择项在□内打“☑”；自评分填在括号内）");
  sec("一、基本情况");
  line("1．本区常住人口", "82.17", "万人（第七次全国人口普查数），辖行政村", 124, "个、省定贫困村", 3, "个。");
  line("2．考评数据统计截至", "2021", "年", "8", "月", "31", "日。");
  sec("二、组织领导");
  line("3．创建工作领导小组组长由", "区长", "担任，副组长由", "常务副区长、分管副区长", "担任。");
  lineWide("4．成员单位：", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、澄海邮政分公司");
  line("5．示范创建工作方案", "是☑　否□", "正式印发，文号", "澄府办〔2020〕18号", "，自评（", 2, "）分。");
  line("6．支持农村电商发展的政策", "是□　否☑", "出台，自评（", null, "）分。");
  line("7．项目管理制度自评（", 2, "）分，工作台账自评（", 1, "）分。");
  sec("三、服务体系建设");
  line("8．县级电子商务公共服务中心于", "2020", "年", "11", "月", "20", "日投入运营。");
  line("9．中心", "有☑　无□", "免费培训场所、培训设备，能组织电商基础培训。");
  line("10．", "是☑　否□", "为特色农产品提供免费展示、销售服务。");
  line("11．", "是□　否☑", "为电子商务市场主体提供免费摄影、美工服务。");
  line("12．", "是☑　否□", "组织农产品统一推广、指导特色农产品品牌建设。");
  line("13．", "是☑　否□", "为电子商务发展提供其他衍生增值服务（", "金融、法律咨询对接", "）。");
  line("14．", "是☑　否□", "建设或整合、优化当地电商产业园，园区名称", "澄海玩具电商产业园", "，入驻企业", 26, "家。");
  sec("四、农村产品上行");
  line("15．网销调研自评（", 1, "）分，网络促销活动自评（", 2, "）分，交易标准与冷链溯源自评（", 1, "）分。");
  line("16．当地", "有☑　无□", "专业第三方电子商务运营或服务商。");
  line("17．行政村物流快递覆盖率", "100", "%。");
  line("18．2019年农村网络零售额", "86.42", "亿元，2020年", "104.37", "亿元，同比增长", "20.8", "%。");
  line("19．2020年农产品网络零售额同比增长", "12.4", "%。");
  sec("五、电商人才培训");
  line("20．累计培训", "6,215", "人次；有劳动能力的建档立卡贫困人口（不含外出务工）", 412, "人，其中参加培训", 236, "人。");
  sec("六、信息公开与数据报送");
  lineWide("21．区政府网站专栏公示内容：", "☑创建方案　☑项目基本信息　☑项目建设进度　☑监督举报窗口　□征求意见窗口");
  line("22．每月向汕头市商务局报送工作进展；", "能☑　不能□", "统计电商扶贫情况。");
  sec("七、资金管理");
  line("23．省级下达资金", "500", "万元，截至考评截止日累计拨付", "368.9", "万元，项目总体进度", "85", "%。");
  line("24．", "已☑　未□", "制定资金管理制度，自评（", 4, "）分。");
  line("25．", "已☑　未□", "建立资金专用台账，自评（", 4, "）分。");
  line("26．资金及时拨付自评（", 3, "）分。");
  sec("八、其他");
  line("27．创建期间", "发生□　未发生☑", "安全生产、质量事故或重大损失；", "有□　无☑", "弄虚作假情况。");
  rows.push(padRow([], W));
  rows.push(padRow(["填报单位（盖章）：澄海区商务局", null, null, null, "填报日期：", "2021年9月2日"], W));
  m.push(`A${rows.length}:D${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(Math.round(((104.37 - 86.42) / 86.42) * 1000) === 208, "f1 growth consistent");
  return {
    description:
      "汕头澄海区商务局按Word填空式模板《创建情况说明》填好后贴进Excel：每句话拆在一行的几个格里（文字｜填写值｜文字｜填写值…），值前后的文字才说明它是什么（“82.17”后面一格才写“万人”、“124”“3”分别是行政村和省定贫困村）；两个日期各拆成年｜月｜日三格（“2021｜年｜8｜月｜31｜日”是截止日、中心2020年11月20日投入运营）；是否题写成“是☑　否□”（政策“是□　否☑”，摄影美工否），政策的“自评（　）分”空着；主观分夹在“自评（｜2｜）分”之间；组长“区长”，副组长不是牵头人；快递覆盖率写“100｜%”；末行填报日期不是截止日。",
    sheets: [{ name: "创建情况说明", rows, merges: m }],
    expect: {
      facts: {
        county: "澄海区", asOf: "2021-08-31", residentPopulation: 821700, adminVillagesStated: 124, poorVillagesStated: 3, planIssued: true,
        policyIssued: false, centerOpened: "2020-11-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 8642000000, ruralRetail2020: 10437000000,
        ruralRetailGrowthStated: 0.208, agriRetailGrowthStated: 0.124, trainingPersonTimesStated: 6215, eligiblePoorPersonsStated: 412,
        trainedPoorPersonsStated: 236, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3689000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 梅州市梅县区: 市商务局汇总表只留本区一列（类别纵向合并，单位单独一列，自评写“得分/满分”）
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [padRow(["梅州市电子商务进农村综合示范县（区）考评数据汇总表"], W), padRow(["市商务局汇总　　数据截至2021年8月31日　　（各县区只保留本县区一列报回）"], W),
    ["序号", "类别", "指标", "单位", "梅县区", "市局审核意见"]];
  const m = ["A1:F1", "A2:F2"];
  let no = 0;
  const block = (cat, items) => {
    const r0 = rows.length + 1;
    items.forEach((x, i) => {
      no++;
      rows.push([no, i === 0 ? cat : null, x[0], x[1], x[2], x[3] === undefined ? null : x[3]]);
    });
    mergeCol(m, "B", r0, rows.length);
  };
  block("基本情况", [["常住人口（七普）", "万人", 55.63, "已核"], ["行政村", "个", 372], ["省定贫困村", "个", 43]]);
  block("组织领导", [["领导小组组长", "—", "区委副书记、区长"], ["成员单位：商务部门", "—", "✓"], ["成员单位：财政部门", "—", "✓"], ["成员单位：农业农村部门", "—", "✓"],
    ["成员单位：扶贫（乡村振兴）部门", "—", "✓"], ["成员单位：其他", "—", "区交通运输局、区供销社"], ["示范创建工作方案正式印发", "是/否", "是"], ["出台支持农村电商发展政策", "是/否", "是"]]);
  block("服务体系", [["公共服务中心投入运营时间", "年.月", "2020.10", "请补充具体日期"], ["免费培训场所、设备", "是/否", "是"], ["特色农产品免费展示、销售", "是/否", "是"],
    ["免费摄影、美工服务", "是/否", "否"], ["农产品统一推广、品牌建设", "是/否", "是"], ["其他衍生增值服务", "是/否", "是"], ["电商产业园（建设或整合）", "是/否", "是"],
    ["专业第三方电商运营或服务商", "是/否", "是"], ["行政村物流快递覆盖率100%", "是/否", "是"]]);
  block("网络零售", [["2019年农村网络零售额", "亿元", 38.6], ["2020年农村网络零售额", "亿元", 45.9], ["2019年农产品网络零售额", "亿元", 6.12],
    ["2020年农产品网络零售额", "亿元", 8.27, "与省厅监测数一致"]]);
  block("人才培训", [["培训人次", "人次", "5,386"], ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "3,128"], ["其中参加培训", "人", "1,702"]]);
  block("信息公开及报送", [["专栏公示创建方案", "是/否", "是"], ["专栏公示项目基本信息", "是/否", "是"], ["专栏按月公示项目建设进度", "是/否", "否", "建设进度未公示，请整改"],
    ["设立征求意见或监督举报窗口", "是/否", "是"], ["能统计电商扶贫情况", "是/否", "是"]]);
  block("资金管理", [["下达省级资金", "万元", 1000], ["累计拨付资金", "万元", 812.46], ["已制定资金管理制度", "是/否", "是"], ["已建立资金专用台账", "是/否", "是"],
    ["项目总体进度", "%", 88]]);
  block("否决事项", [["发生安全生产、质量事故或重大损失", "是/否", "否"], ["弄虚作假", "是/否", "否"]]);
  const claimRows = [["组织领导", "2/2"], ["方案制定", "2/2"], ["政策支持", "2/2"], ["项目管理", "3/4"], ["服务体系建设—县级中心与产业园", "14/15"],
    ["服务体系建设—村级站点覆盖", "10/10"], ["农村产品上行", "8/10"], ["电商人才培训", "20/20"], ["信息公开", "2/4", "与上面“建设进度：否”一致"], ["数据上报", "6/6"],
    ["案例总结", "2/2"], ["经验推广", "8/8"], ["制度建立", "5/5"], ["资金台账", "4/5"], ["资金支出", "4/5"], ["加分：贫困人口培训率70%及以上", "0/2"],
    ["加分：电商扶贫典型案例获电视播报", "2/2", "请附播报视频"]];
  block("自评得分", claimRows.map((c) => [c[0], "得分/满分", c[1], c[2]]));
  block("主观评分细项", [["项目管理制度（1-2）", "得分/满分", "2/2"], ["工作台账（1-2）", "得分/满分", "1/2"], ["网销调研（1-2）", "得分/满分", "2/2"],
    ["网络促销活动（1-2）", "得分/满分", "1/2"], ["交易标准与冷链溯源（1-2）", "得分/满分", "1/2"], ["资金及时拨付（1-5）", "得分/满分", "4/5"]]);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 2, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 2,
  };
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", "自评总分（不含加分）", "得分/满分", `${tot}/100`, null]);
  rows.push([null, null, "加分", "得分/满分", "2/4", null]);
  rows.push(padRow(["填报人：梅县区商务局电商股　　审核：×××　　市局审核人：×××"], W));
  m.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(tot === 92, "f2 claimed total " + tot);
  return {
    description:
      "梅州梅县区商务局报回的市商务局《考评数据汇总表》（各县区只留本县区一列）：序号｜类别（纵向合并）｜指标｜单位｜梅县区｜市局审核意见，单位只在单位列（万人、亿元、万元、%、“年.月”），数值在县区名那一列；组长“区委副书记、区长”（区长是主要领导，“副书记”不是分管领导），成员单位拆成一行一个部门打✓；中心运营时间只到月“2020.10”；自评分写成“得分/满分”文本（“14/15”“2/2”，不是日期，也不是比例），服务体系建设分中心和站点两行，主观细项在最后一节；右列是市局的审核意见（“请整改”“请补充”），不是县里填的值。",
    sheets: [{ name: "考评数据汇总表", rows, merges: m }],
    expect: {
      facts: {
        county: "梅县区", asOf: "2021-08-31", residentPopulation: 556300, adminVillagesStated: 372, poorVillagesStated: 43, planIssued: true, policyIssued: true,
        centerOpened: "2020-10", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3860000000, ruralRetail2020: 4590000000, agriRetail2019: 612000000,
        agriRetail2020: 827000000, trainingPersonTimesStated: 5386, eligiblePoorPersonsStated: 3128, trainedPoorPersonsStated: 1702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 10000000, fundSpentStated: 8124600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 茂名市高州市: 迎检《应知应会》问答（统一口径答案里的事实）
// =====================================================================================================
function buildF3() {
  const W = 4;
  const rows = [padRow(["高州市电子商务进农村综合示范县迎检应知应会（统一口径）"], W),
    padRow(["请各责任单位熟记，考评组现场提问时按本口径回答。数据截至2021年8月31日。"], W),
    ["序号", "问题", "统一口径答案", "答题人"]];
  const m = ["A1:D1", "A2:D2"];
  const QA = [
    ["我市常住人口多少？", "按第七次全国人口普查，常住人口132.31万人（不要讲户籍人口，户籍约183万人）。", "市商务局"],
    ["全市有多少个行政村？省定贫困村多少个？", "全市23个镇、5个街道，行政村437个、社区居委会59个；省定贫困村52个。", "市商务局"],
    ["创建工作由谁牵头？哪些部门参加？", "由市长任领导小组组长，分管副市长任副组长；成员单位有市商务局、财政局、农业农村局、乡村振兴局、发改局、交通运输局、市场监管局和高州邮政分公司。", "市政府办"],
    ["示范创建工作方案什么时候印发的？", "2020年5月11日以市政府办公室名义正式印发（高府办〔2020〕23号）。", "市商务局"],
    ["出台了哪些支持政策？", "《高州市促进农村电子商务发展扶持办法》已于2020年9月出台，从资金、场地、人才三方面扶持。", "市商务局"],
    ["公共服务中心什么时候开始运营？提供哪些免费服务？", "2020年8月18日正式投入运营（7月试运营）。有免费培训室和60台电脑，能开展电商基础培训；免费展示、销售荔枝、龙眼等特色农产品；免费提供摄影、美工服务；统一推广“高州荔枝”区域公共品牌；另提供金融、物流对接等增值服务。", "中心运营方"],
    ["电商产业园建了没有？", "还没有。原计划整合高州电商孵化园，目前仍在选址，考评时如实说明。", "市商务局"],
    ["有没有第三方运营服务商？快递进村情况？", "引入了专业第三方电商运营服务商。全市行政村快递覆盖率98.6%，还有6个偏远村未通快递，由镇邮政所代收代投。", "市邮政管理局"],
    ["网络零售额增长多少？", "2020年农村网络零售额52.8亿元，比2019年的41.3亿元增长27.8%；农产品网络零售额同比增长38.5%（以省商务厅监测数为准）。", "市商务局"],
    ["培训了多少人？贫困人口培训率多少？", "累计培训12,650人次（常住人口超50万，按50万人计，达2.53%）；有劳动能力的建档立卡贫困人口（不含外出务工）5,384人，参训3,102人，培训率57.6%。", "市乡村振兴局"],
    ["政府网站专栏公示了什么？", "市政府网站“电子商务进农村综合示范”专栏公示了创建方案、项目基本信息和每月建设进度，设有监督举报窗口（电话和邮箱）。", "市商务局"],
    ["数据怎么报送？", "每月5日前向茂名市商务局报送上月工作进展和统计数据，附电商扶贫统计表。", "市商务局"],
    ["资金下达多少、拨付多少？", "省级下达资金1500万元（项目计划总投资2100万元，其中市级配套600万元不在考评范围）；截至8月31日累计拨付1,186.4万元。", "市财政局"],
    ["资金怎么管理？", "制定了《高州市电子商务进农村综合示范专项资金管理办法》；各承建单位都建立了资金专用台账，专款专用。", "市财政局"],
    ["项目总体进度怎样？", "总体进度约92%，剩余为村级站点提升和验收工作。", "市商务局"],
    ["有没有发生安全事故或弄虚作假？", "创建期间没有发生安全生产、质量事故或重大经济损失，不存在弄虚作假。", "市商务局"],
    ["考评组问到自评分怎么回答？", "统一回答：自评分以书面自评报告为准，现场不报具体分数。", "市商务局"],
    ["考评组什么时候来？", "预计2021年9月中旬，具体以茂名市商务局通知为准。", "市商务局"],
  ];
  QA.forEach((q, i) => rows.push([i + 1, q[0], q[1], q[2]]));
  rows.push(padRow(["高州市创建电子商务进农村综合示范县工作领导小组办公室　2021年9月6日印"], W));
  m.push(`A${rows.length}:D${rows.length}`);
  assert(Math.round((3102 / 5384) * 1000) === 576 && Math.round((11.5 / 41.3) * 1000) === 278, "f3 consistent");
  return {
    description:
      "茂名高州市领导小组办公室印发的迎检《应知应会（统一口径）》问答表：序号｜问题｜统一口径答案｜答题人，事实全在整段答案的句子里，且答案自己说明用哪个数（常住人口用七普132.31万、“不要讲户籍”183万；下达资金1500万元，计划总投资2100万、市级配套600万“不在考评范围”）；“产业园建了没有？——还没有”为否；快递覆盖率98.6%、6个村未通为否；“总体进度约92%”；自评分一问答“现场不报具体分数”（没有自评分）；“考评组什么时候来——预计9月中旬”不是截止日期，截止日在抬头说明里。",
    sheets: [{ name: "应知应会", rows, merges: m }],
    expect: {
      facts: {
        county: "高州市", asOf: "2021-08-31", residentPopulation: 1323100, adminVillagesStated: 437, poorVillagesStated: 52, planIssued: true,
        policyIssued: true, centerOpened: "2020-08-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        centerOther: true, parkBuilt: false, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 4130000000, ruralRetail2020: 5280000000,
        ruralRetailGrowthStated: 0.278, agriRetailGrowthStated: 0.385, trainingPersonTimesStated: 12650, eligiblePoorPersonsStated: 5384,
        trainedPoorPersonsStated: 3102, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 11864000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 云浮市云安区: 站点星级评定结果（下方另有未参评站点表）、以奖代补资金发放表（批次合并格里是日期）、填表说明
// =====================================================================================================
function buildL1() {
  const TOWNS = ["六都镇", "高村镇", "白石镇", "镇安镇", "富林镇", "石城镇", "都杨镇"];
  const vn = villageNamer("大小新南北东西高石龙罗云安平良", "坑塘垌岗洞田坪寨围湾岭");
  const W = 7;
  const sRows = [padRow(["云安区村级电子商务服务站点星级评定结果（2021年度）"], W), padRow(["评定时间：2021年7月　　评定单位：云安区商务局、区电子商务公共服务中心"], W),
    padRow(["一、参评站点"], W), ["序号", "镇", "站点名称", "所在村（社区）", "挂牌时间", "评定得分", "评定星级"]];
  const sm = ["A1:G1", "A2:G2", "A3:G3"];
  const recs = [];
  const rated = [];
  for (let i = 0; i < 18; i++) {
    const town = TOWNS[i % 7];
    const v = vn();
    rated.push({ town, v, opened: randIsoBetween("2020-04-01", "2020-12-31"), score: rint(62, 97) });
  }
  for (const s of rated) {
    s.star = s.score >= 90 ? "★★★" : s.score >= 80 ? "★★" : s.score >= 70 ? "★" : "不评星";
  }
  rated[4].comm = true;
  rated[4].v = "南盛社区";
  rated.sort((a, b) => b.score - a.score);
  rated.forEach((s, i) => {
    const stem = s.v.replace(/村$|社区$/, "");
    const star = s.star;
    const vcell = s.comm ? "南盛社区居委会" : i % 4 === 1 ? `${stem}村委` : i % 4 === 2 ? `${stem}村民委员会` : s.v;
    const op = i === 6 ? cnMonth(s.opened) : dateCell(s.opened, i + 1);
    sRows.push([i + 1, s.town, s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站`, vcell, op, s.score, star]);
    recs.push({ village: s.comm ? "南盛社区" : s.v, opened: i === 6 ? s.opened.slice(0, 7) : s.opened });
  });
  sRows.push(padRow([]));
  sRows[sRows.length - 1] = padRow([], W);
  sRows.push(padRow(["二、未参评站点（2021年新建，运营未满半年，不参加本次评定）"], W));
  sm.push(`A${sRows.length}:G${sRows.length}`);
  sRows.push(["序号", "镇", "站点名称", "所在村（社区）", "挂牌时间", "备注", null]);
  const news = ["2021-02-05", "2021-03-18", "2021-04-27", "2021-06-09", "2021-08-30", "2021-09-14"];
  news.forEach((d, i) => {
    const v = vn();
    const stem = v.replace(/村$/, "");
    sRows.push([i + 1, TOWNS[(i * 3) % 7], `${stem}村电商服务站`, i % 2 ? `${stem}村委会` : v, i === 3 ? twoSlash(d) : dateCell(d, i + 2), d > "2021-08-31" ? "9月新挂牌" : null, null]);
    recs.push({ village: v, opened: d });
  });
  sRows.push(padRow([`合计：参评${rated.length}个（三星${rated.filter((s) => s.score >= 90).length}个），未参评${news.length}个，共${rated.length + news.length}个站点`], W));
  sm.push(`A${sRows.length}:G${sRows.length}`);

  // ---------------- 以奖代补资金发放表
  const FW2 = 9;
  const fRows = [padRow(["云安区村级电商服务站点以奖代补资金发放表"], FW2), padRow(["单位：元"], FW2),
    ["批次", "序号", "镇", "站点", "负责人", "补助标准", "发放金额", "收款账号", "备注"]];
  const fm = ["A1:I1", "A2:I2"];
  const STD = { "★★★": 8000, "★★": 5000, "★": 3000 };
  const allSt = rated.map((x, i) => ({ name: x.comm ? "南盛社区电商服务点" : `${x.v.replace(/村$/, "")}村电商服务站`, town: x.town, opened: recs[i].opened, star: x.star }))
    .concat(news.map((d, i) => ({ name: sRows[sRows.length - 1 - news.length + i][2], town: sRows[sRows.length - 1 - news.length + i][1], opened: d, star: null })));
  const key = (o) => (o.length === 7 ? o + "-15" : o);
  const b1 = allSt.filter((x) => key(x.opened) <= "2020-11-30");
  const b2 = allSt.filter((x) => key(x.opened) > "2020-11-30" && key(x.opened) <= "2021-03-18");
  const b3 = allSt.filter((x) => x.star && x.star.startsWith("★"));
  const batches = [
    { label: "第一批", date: "2020-12-18", items: b1.map((x) => [x, "新建站点启动补助", 2000]) },
    { label: "第二批", date: "2021-03-26", items: b2.map((x) => [x, "新建站点启动补助", 2000]) },
    { label: "第三批", date: "2021-09-15", items: b3.sort((p, q) => q.star.length - p.star.length).map((x) => [x, `${x.star}站点奖励`, STD[x.star]]) },
  ];
  assert(b1.length >= 5 && b2.length >= 4 && b3.length >= 8, "l1 batches " + [b1.length, b2.length, b3.length]);
  const fRecs = [];
  let k = 0;
  let grand = 0;
  batches.forEach((b) => {
    const r0 = fRows.length + 1;
    let sub = 0;
    b.items.forEach(([st, std, amt], j) => {
      k++;
      sub += amt;
      fRows.push([j === 0 ? `${b.label}\n（${cnDate(b.date)}发放）` : null, k, st.town, st.name, personName(), std, k % 3 === 0 ? fmtMoney(amt) : amt,
        `6217 **** **** ${rint(1000, 9999)}`, null]);
      fRecs.push({ date: b.date, amount: amt });
    });
    const r1 = fRows.length;
    fm.push(`A${r0}:A${r1}`);
    fRows.push([null, null, null, "小计", null, null, sub, null, null]);
    grand += sub;
  });
  fRows.push([null, null, null, "合计", null, null, grand, null, `大写：${daxie(grand)}`]);
  fRows.push(padRow(["审核：×××　　　　经办：×××　　　　（资金来源：省级电子商务进农村综合示范专项资金）"], FW2));
  fm.push(`A${fRows.length}:I${fRows.length}`);

  const note = [["填表说明"], ["1．星级评定结果由区商务局按《云安区村级电商服务站点考核评定办法》评定，得分90分及以上为三星、80—89分为二星、70—79分为一星。"],
    ["2．新建站点挂牌后发放启动补助2000元；评定为一星、二星、三星的站点分别奖励3000元、5000元、8000元（第三批）。"], ["3．本册台账由区电子商务公共服务中心整理，2021年9月20日。"]];
  return {
    description:
      `云浮云安区商务局交的站点与奖补台账（三个表）：①《站点星级评定结果》——序号｜镇｜站点名称｜所在村（社区）｜挂牌时间｜评定得分｜评定星级，按得分排序，★是星级不是贫困村标记，村名写法混用（××村／××村委／××村民委员会／社区居委会），一个只到月；空一行下面还有第二张表“二、未参评站点（2021年新建…）”，表头重复、只有 序号｜镇｜站点名称｜所在村｜挂牌时间｜备注，这6个也是站点（含9月14日挂牌的一个），末行合计不是记录；共24个站点。②《以奖代补资金发放表》——批次｜序号｜镇｜站点｜负责人｜补助标准｜发放金额｜收款账号｜备注，日期只在纵向合并的批次格里（“第二批（2021年3月26日发放）”，格内换行），每个领款站点一行是一笔拨付，“小计”“合计”行和大写金额不是；第一、二批是新建站点启动补助，第三批（9月15日）是评星奖励，照列；共${fRecs.length}笔。③填表说明不是台账。`,
    sheets: [
      { name: "星级评定结果", rows: sRows, merges: sm },
      { name: "以奖代补发放表", rows: fRows, merges: fm },
      { name: "填表说明", rows: note },
    ],
    expect: {
      sheets: {
        "星级评定结果": { kind: "stations", records: recs },
        "以奖代补发放表": { kind: "funds", records: fRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 肇庆市广宁县: 结业证书发放登记（培训）、舆情监测导出（媒体）、政府网站 CMS 稿件导出（专栏）、封面
// =====================================================================================================
function buildL2() {
  const W = 9;
  const cRows = [padRow(["广宁县农村电子商务培训结业证书发放登记表"], W), padRow(["发证单位：广宁县电子商务公共服务中心"], W),
    ["证书编号", "姓名", "性别", "身份证号", "培训班名称", "培训时间", "发证日期", "领取人签名", "备注"]];
  const classes = [
    { name: "第1期 电商基础班", a: "2020-10-13", b: "2020-10-15", style: "dot" },
    { name: "第2期 竹制品网店运营班", a: "2020-12-08", b: "2020-12-10", style: "cn" },
    { name: "第3期 直播带货班", a: "2021-03-16", b: "2021-03-16", style: "single" },
    { name: "第4期 电商扶贫专班", a: "2021-05-25", b: "2021-05-27", style: "dot" },
    { name: "第5期 农产品短视频班", a: "2021-08-30", b: "2021-09-01", style: "cn" },
  ];
  const recs = [];
  let no = 0;
  let reissueDone = false;
  const issued = [];
  classes.forEach((c, ci) => {
    const n = rint(6, 9);
    for (let j = 0; j < n; j++) {
      no++;
      const male = rnd() < 0.5;
      const wantX = ci === 1 && j === 2 ? true : undefined;
      const id = makeId(["441223", "441223", "441202", "441284"][rint(0, 3)], birthBetween(1966, 2001), male, wantX);
      let idCell = id;
      if (wantX) idCell = id.slice(0, 17) + "x";
      if (ci === 3 && j === 1) idCell = spacedId(id);
      const t = c.style === "single" ? dotDate(c.a) : rangeText(c.a, c.b, c.style);
      const nm = personName();
      cRows.push([`GN-${c.a.slice(0, 4)}-${pad3(no)}`, nm, male ? "男" : "女", idCell, c.name, t, cnDate(isoAdd(c.b, rint(7, 20))), nm, null]);
      recs.push({ date: c.b, personTimes: 1, id });
      issued.push({ nm, id, idCell, c, male, no });
    }
    if (ci === 3 && !reissueDone) {
      reissueDone = true;
      const o = issued[2];
      no++;
      cRows.push([`GN-2021-${pad3(no)}`, o.nm, o.male ? "男" : "女", o.idCell, o.c.name, rangeText(o.c.a, o.c.b, o.c.style), cnDate("2021-06-18"), o.nm,
        `补发（原证书GN-${o.c.a.slice(0, 4)}-${pad3(o.no)}遗失）`]);
    }
  });
  assert(recs.some((r) => r.date > "2021-08-31") && reissueDone, "l2 training");

  // ---------------- 舆情监测导出
  const mRows = [["序号", "标题", "来源", "发布时间", "媒体类型", "媒体级别", "情感倾向", "相似文章数"]];
  const media = [
    ["广宁竹编搭上电商快车", "肇庆日报", "2020-11-06 07:30:00", "报纸", "市级", "正面", 3, { level: "city", tv: false }],
    ["广宁县举办第2期竹制品网店运营培训班", "广宁县融媒体中心", "2020-12-09 18:12:45", "微信公众号", "县级", "正面", 0, { level: "county", tv: false }],
    ["广东广宁：电商扶贫让山里竹笋卖出好价", "广东广播电视台", "2021-01-15 19:40:00", "电视", "省级", "正面", 12, { level: "province", tv: true }],
    ["广宁农村电商服务站覆盖全县", "南方+", "2021-04-02 10:23:11", "网站", "省级", "正面", 5, { level: "province", tv: false }],
    ["广宁县电商进农村示范县建设见闻", "今日头条（个人号“竹乡小记”）", "2021-06-20 21:05:33", "网站", "—", "中性", 0, { level: null, tv: false }],
    ["电商助力乡村振兴 广宁竹产业焕发新活力", "人民网", "2021-07-28 09:15:02", "网站", "央级", "正面", 21, { level: "national", tv: false }],
    ["肇庆新闻联播：广宁农产品直播带货", "肇庆广播电视台", "2021-09-03 19:00:00", "电视", "市级", "正面", 1, { level: "city", tv: true }],
  ];
  const mRecs = [];
  media.forEach((x, i) => {
    mRows.push([i + 1, x[0], x[1], x[2], x[3], x[4], x[5], x[6]]);
    mRecs.push({ date: x[2].slice(0, 10), level: x[7].level, tv: x[7].tv });
  });
  mRows.push(padRow([`导出时间：2021-09-10 15:31:07　　检索词：广宁 AND 电商　　共${media.length}条`], 8));

  // ---------------- CMS 稿件导出
  const PATH = "专题专栏 > 电子商务进农村综合示范";
  const uRows = [["稿件ID", "标题", "所属栏目", "发布人", "发布时间", "状态", "点击量"]];
  const uRecs = [];
  let id0 = 102340;
  const arts = [];
  arts.push({ t: "广宁县电子商务进农村综合示范创建工作方案", col: PATH + " > 创建方案", d: "2020-08-14 16:20:11", st: "已发布" });
  arts.push({ t: "广宁县电子商务进农村综合示范项目基本信息公示", col: PATH + " > 项目信息", d: "2020-08-28 09:45:37", st: "已发布" });
  for (const mth of WINDOW) {
    const [y, mo] = mth.split("-").map(Number);
    const d = `${mth}-${String(rint(5, 27)).padStart(2, "0")}`;
    if (mth === "2021-04") {
      arts.push({ t: `广宁县电子商务进农村综合示范项目建设进度（${y}年${mo}月）`, col: PATH + " > 建设进度", d: `${d} 10:12:05`, st: "已撤稿" });
      arts.push({ t: `广宁县电商培训工作动态（${y}年${mo}月）`, col: "政务动态 > 部门动态", d: `${isoAdd(d, 1)} 15:40:19`, st: "已发布" });
      continue;
    }
    arts.push({ t: `广宁县电子商务进农村综合示范项目建设进度（${y}年${mo}月）`, col: PATH + " > 建设进度", d: `${d} ${hms()}`, st: "已发布" });
  }
  arts.push({ t: "广宁县电子商务进农村综合示范项目建设进度（2021年9月）", col: PATH + " > 建设进度", d: "2021-09-08 11:02:44", st: "待审核" });
  arts.sort((a, b) => cmp(a.d, b.d));
  arts.forEach((a) => {
    id0 += rint(3, 40);
    uRows.push([id0, a.t, a.col, "县商务局 " + ["黎××", "江××"][id0 % 2], a.st === "待审核" ? null : a.d, a.st, a.st === "已发布" ? rint(40, 900) : 0]);
    if (a.st === "已发布" && a.col.startsWith(PATH)) uRecs.push({ date: a.d.slice(0, 10) });
  });
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 11, "l2 disclosure months");

  const cover = [["广宁县电子商务进农村综合示范创建台账"], ["第五册　培训、宣传、信息公开"], ["广宁县商务局"], ["二〇二一年九月"]];
  return {
    description:
      "肇庆广宁县商务局台账第五册（封面＋三个导出表）：①《结业证书发放登记表》当培训台账——证书编号｜姓名｜性别｜身份证号｜培训班名称｜培训时间｜发证日期｜领取人签名｜备注，一个结业学员一行，培训时间是区间（“2020.10.13-10.15”“2020年12月8日—10日”，取结束日，第5期跨到9月1日）或单日，发证日期不是培训日期；身份证有末位小写x和6-8-4空格分段；“补发（原证书…遗失）”一行是同一人重领证书，不是新的参训记录。②舆情监测系统导出当宣传报道——发布时间带时分秒，级别央级／省级／市级／县级，今日头条个人号级别“—”为空，媒体类型“电视”才是电视，9月3日肇庆台一条照列；末行导出信息不是记录。③政府网站CMS稿件导出当专栏更新记录——只有所属栏目在“专题专栏 > 电子商务进农村综合示范”下且状态“已发布”的才是更新（4月那篇“已撤稿”、“政务动态 > 部门动态”的稿件、9月“待审核”的都不是），所以2021年4月没有更新。④封面不是台账。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "结业证书发放登记", rows: cRows, merges: ["A1:I1", "A2:I2"] },
      { name: "舆情监测导出", rows: mRows },
      { name: "网站稿件导出", rows: uRows },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "结业证书发放登记": { kind: "training", records: recs },
        "舆情监测导出": { kind: "media", records: mRecs },
        "网站稿件导出": { kind: "disclosures", records: uRecs },
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
write("counties", "b224-c1-shixing.json", c1);
write("facts", "b224-f1-chenghai.json", f1);
write("facts", "b224-f2-meixian.json", f2);
write("facts", "b224-f3-gaozhou.json", f3);
write("ledgers", "b224-l1-yunan.json", l1);
write("ledgers", "b224-l2-guangning.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
