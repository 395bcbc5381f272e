// Batch 254 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b252.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (254254), no clock. Run: node test/corpus/counties/_make/gen-b254.js
// Theme: a township-level clerk's hand-kept books typed up — dates in 农历 (干支年＋月＋日) or with 星期, ditto marks (〃,
// 同上) standing for the cell above, and running totals carried forward page by page (承上页 / 本页合计 / 过次页) (c1, f1, f2,
// l1, l2). Lunar dates are computed with Intl's Chinese calendar (zh-u-ca-chinese), never typed by hand.
//
// c1 揭西县 (揭阳): the facts sheet is a 《自评登记簿》 typed from the clerk's book: a 基本情况 block, then one row per 评分项
//    with the indicator name repeated as “〃”, 完成情况 answers as “〃” (= the answer above), item points and the indicator's
//    points on its first row (claimed). The 村居名单 writes the town and the 类别 as “〃”; the 培训登记簿 has year rows
//    (“2020年”), dates “10月9日” with a 星期 column, “〃” for a second session on the same day, 月小计 rows and a running
//    累计人次 column; the 资金流水账 is a hand account book: 年 rows, 月 (“〃”)｜日 columns, 本页合计 / 过次页 / 承上页 rows.
//    Edges: 226 行政村 → base 200, 140 covered = 70% exactly (one opened 2021-08-31); 24/30 poor = 80% exactly → 3; population
//    688,400 → base 500,000, person-times exactly 5,000 = 1% (a 2021-08-31 session needed); 35/50 poor trained = 70% exactly
//    (→ 10 and bonus 2); centre opened 2021-03-01, one day after 2021-02-28 (no six months); 20 firms in the park counting one
//    that left on 2021-08-31 and a renamed firm (same credit code) once; agri retail growth exactly 30%; funds 3,499,950.00 of
//    5,000,000 = 69.999% → −5; one village marked “×” for express though the clerk claims 100%; no 监督举报 window.
// f1 乳源瑶族自治县 (韶关): the 电商股 《工作日志》 typed up: year rows, 日期 “1月18日”｜星期｜天气（农历 in a few cells）｜工作内容;
//    facts live inside the day's entry and take the entry's date only when the entry says “今日”; a policy first drafted then
//    issued; a trial-run of the centre before its formal opening.
// f2 阳西县 (阳江): the 《迎检自查表》 with 数量｜单位 columns where the unit is often “〃” (万元 / 亿元 / 个 carried down) and a
//    是否达标 column of √ / × / 〃; a 分管副县长 leads.
// f3 潮安区 (潮州): the 文书档案《卷内文件目录》 (顺序号｜文号｜责任者｜题名｜日期 yyyymmdd｜页号｜备注): facts from the titles of
//    issued documents and the 备注; a report's date is not the centre's opening date; a 征求意见稿 is not an issued standard.
// l1 龙川县佗城镇 (河源): the township's books: 村委会花名册 (“〃”/“同上” in 类别, 贫困村, 通快递), 服务站登记簿 with opening days
//    in 农历 (“庚子年腊月十八”, “〃” for the same day, “同上” for the same village), a 培训登记簿 in pages (第1页…, 承上页 /
//    本页小计 / 过次页 rows), and a 誊录说明 page (not a ledger).
// l2 大埔县 (梅州): 贫困户参训花名册 typed page by page (page title and header repeated, “同上” dates, 本页人数 rows), 建档立卡
//    劳动力台账 with “〃” in the 劳动能力 / 务工 columns, and a 宣传报道剪报簿 dated “2021年2月12日（星期五）农历正月初一” with
//    级别 and 形式 given as “〃”.
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
let seed = 254254;
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
    assert(/^b254-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b254-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b254-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
function blankMerged(c) {
  // as Excel keeps it: only the top-left cell of a merged range carries a value
  for (const sh of c.sheets) {
    for (const m of sh.merges || []) {
      const mm = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(m);
      if (!mm) continue;
      const c0 = colIndex(mm[1]) - 1, r0 = Number(mm[2]) - 1, c1 = colIndex(mm[3]) - 1, r1 = Number(mm[4]) - 1;
      for (let r = r0; r <= r1; r++) for (let k = c0; k <= c1; k++) {
        if (r === r0 && k === c0) continue;
        if (sh.rows[r] && k < sh.rows[r].length) sh.rows[r][k] = null;
      }
    }
  }
}
function write(folder, file, c) {
  blankMerged(c);
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
// c1 — 清远市连州市: 《创建工作总结》一段一行写在A列（事实都在正文里，末尾“六、自评情况”给自评分）＋村居名单带建制调整列


// ---------------------------------------------------------------- extra helpers (batch 254)
const LUNAR_FMT = new Intl.DateTimeFormat("zh-u-ca-chinese", { timeZone: "UTC", year: "numeric", month: "long", day: "numeric" });
const CN9 = "一二三四五六七八九";
function lunarDay(n) {
  assert(n >= 1 && n <= 30, "lunar day");
  if (n <= 10) return "初" + (n === 10 ? "十" : CN9[n - 1]);
  if (n < 20) return "十" + CN9[n - 11];
  if (n === 20) return "二十";
  if (n < 30) return "廿" + CN9[n - 21];
  return "三十";
}
function lunarParts(iso) {
  const p = LUNAR_FMT.formatToParts(new Date(iso + "T00:00:00Z"));
  const g = (t) => p.find((x) => x.type === t).value;
  const m = g("month");
  assert(!m.startsWith("闰"), "no leap-month dates in this batch: " + iso);
  return { year: g("yearName") + "年", month: m, day: lunarDay(Number(g("day"))) };
}
function lunar(iso) {
  const l = lunarParts(iso);
  return l.year + l.month + l.day;
}
function lunarMD(iso) {
  const l = lunarParts(iso);
  return l.month + l.day;
}
// every lunar text used maps back to one Gregorian day (2019-2022)
const LUNAR_BACK = new Map();
for (let t = Date.parse("2019-02-05T00:00:00Z"); t <= Date.parse("2022-01-31T00:00:00Z"); t += 86400000) {
  const iso = new Date(t).toISOString().slice(0, 10);
  const p = LUNAR_FMT.formatToParts(new Date(t));
  const txt = p.find((x) => x.type === "yearName").value + p.find((x) => x.type === "month").value + p.find((x) => x.type === "day").value;
  assert(!LUNAR_BACK.has(txt), "lunar text unique " + txt);
  LUNAR_BACK.set(txt, iso);
}
assert(lunar("2021-01-30") === "庚子年腊月十八" && lunar("2021-08-31") === "辛丑年七月廿四" && lunar("2021-02-12") === "辛丑年正月初一", "lunar check");
function wk(iso) {
  return "星期" + weekday(iso);
}
assert(wk("2021-08-31") === "星期二" && wk("2021-03-01") === "星期一", "weekday check");
const DITTO = "〃";


// =====================================================================================================
// c1 — 揭阳市揭西县: 《自评登记簿》（〃 同上）＋手抄式培训登记簿（年行、星期列、月小计、累计人次）＋资金流水账（承上页／过次页）
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "445222";
  const UNITS = [["河婆街道", 10, ["河婆社区", "城西社区", "北坑社区", "新风社区", "溪角社区", "梅福社区"]], ["龙潭镇", 14, []], ["南山镇", 15, []],
    ["灰寨镇", 14, []], ["京溪园镇", 12, []], ["五经富镇", 16, ["五经富社区"]], ["上砂镇", 13, []], ["五云镇", 15, []], ["坪上镇", 12, []],
    ["良田乡", 9, []], ["大溪镇", 13, []], ["钱坑镇", 14, []], ["凤江镇", 13, []], ["东园镇", 14, []], ["棉湖镇", 15, ["棉湖社区", "湖东社区", "湖西社区", "贡山社区"]],
    ["金和镇", 16, ["金和社区", "山湖社区"]], ["塔头镇", 11, []]];
  const commStems = new Set(UNITS.flatMap((u) => u[2]).map((c) => c.replace(/社区$/, "村")));
  const vn = villageNamer("大小上下东西南北新老高石黄龙白水马牛长湾青竹桥田", "坪洞岭坑塘寨冲背陂头江源口岗埔围溪坝湖墩");
  const vil = [];
  for (const [t, n, cs] of UNITS) {
    for (const c of cs) vil.push({ town: t, name: c, admin: false });
    for (let i = 0; i < n; i++) vil.push({ town: t, name: vn(commStems), admin: true, poor: false, express: true });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 226 && comms.length === 13, "c1 villages " + adminV.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "河婆街道")).slice(0, 30);
  for (const v of poorList) v.poor = true;
  const noExpress = shuffle(adminV.filter((v) => v.town === "上砂镇" && !v.poor))[0];
  noExpress.express = false;

  const VW = 6;
  const vRows = [padRow(["揭西县村（居）民委员会名单"], VW), padRow(["（据各镇上报手写名册誊录，“〃”表示同上）"], VW), ["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递进村"]];
  let prevTown = null;
  let prevCat = null;
  vil.forEach((v, i) => {
    const cat = v.admin ? "村委会" : "居委会";
    vRows.push([i + 1, v.town === prevTown ? DITTO : v.town, v.admin ? v.name : v.name + "居委会", cat === prevCat && v.town === prevTown ? DITTO : cat,
      v.admin && v.poor ? "是" : null, v.admin ? (v.express ? "√" : "×（未通）") : "√"]);
    prevTown = v.town;
    prevCat = cat;
  });
  vRows.push(padRow([`合计：村委会${adminV.length}个，居委会${comms.length}个，其中省定贫困村${poorList.length}个。`], VW));
  const vM = ["A1:F1", "A2:F2", `A${vRows.length}:F${vRows.length}`];

  // ---------------- 站点：140/200（226个行政村，以200为基数）= 70%；贫困村 24/30 = 80%
  const poorSh = shuffle(poorList);
  const poorCov = poorSh.slice(0, 24);
  const poorLate = poorSh[24];
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const npCov = nonPoor.slice(0, 116);
  const st = [];
  poorCov.forEach((v, i) => st.push({ v, opened: i === 5 ? "2021-08-31" : randIsoBetween("2019-12-10", "2021-08-20") }));
  npCov.forEach((v, i) => st.push({ v, opened: i === 40 ? "2021-08-31" : randIsoBetween("2019-12-10", "2021-08-25") }));
  st.push({ v: poorLate, opened: "2021-09-01" });
  st.push({ v: nonPoor[116], opened: "2021-09-02" });
  st.push({ v: npCov[7], opened: "2021-04-16", second: true });
  st.push({ v: comms[3], opened: "2020-11-05" });
  const covered = new Set(st.filter((s) => s.v.admin && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 140 && covered.size * 100 === 70 * 200 && (covered.size - 1) * 100 < 70 * 200, "c1 coverage " + covered.size);
  assert(poorCovered === 24 && poorCovered * 100 === 80 * 30, "c1 poor cov");
  const unitIdx = (t) => UNITS.findIndex((u) => u[0] === t);
  const stS = st.slice().sort((a, b) => unitIdx(a.v.town) - unitIdx(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["揭西县村级电子商务服务站点清单"], 7), ["序号", "镇（街道）", "站点名称", "所在村（居）", "负责人", "联系电话", "建成日期"]];
  stS.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const nm = s.v.admin ? `${stem}村电商服务站${s.second ? "（二）" : ""}` : `${stem}社区电商服务点`;
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : s.opened === "2021-09-02" ? "2021.9.2" : dateCell(s.opened, i);
    sRows.push([i + 1, s.v.town, nm, s.v.admin ? s.v.name : s.v.name + "居委会", personName(), mask(phone()), op]);
  });

  // ---------------- 建档立卡：64人，有劳动能力56，其中外出务工6 → 50
  const persons = [];
  for (let i = 0; i < 64; i++) {
    persons.push({ id: makeId(REG, birthBetween(1960, 2000), rnd() < 0.5, i % 13 === 4 ? true : i % 13 === 5 ? false : undefined), name: personName(),
      village: poorList[i % 30], labour: i < 56, migrant: i >= 50 && i < 56 });
  }
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 50, "c1 eligible");
  const pRows = [padRow(["揭西县建档立卡贫困人口劳动力状况"], 7), ["序号", "姓名", "身份证号码", "镇", "村", "劳动能力", "务工情况"]];
  shuffle(persons).forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village.town, p.village.name, p.labour ? "有劳动能力" : "无劳动能力",
    p.labour ? (p.migrant ? "外出务工" : "在家") : "—"]));

  // ---------------- 贫困劳动力专场签到：35/50 = 70%
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 35);
  const lateOnly = EL[35];
  const mig = persons.find((p) => p.migrant);
  const nol = persons.find((p) => !p.labour);
  const ses = [{ date: "2020-11-18", t: "第一场 网店开设与运营" }, { date: "2021-03-24", t: "第二场 擂茶短视频拍摄" }, { date: "2021-06-09", t: "第三场 直播带货" },
    { date: "2021-09-01", t: "第四场 电商创业辅导" }];
  ses.forEach((s) => (s.people = []));
  trained.forEach((p, i) => ses[i % 3].people.push(p));
  ses[1].people.push(trained[0], mig);
  ses[2].people.push(trained[1], trained[3], nol);
  ses[3].people.push(lateOnly, trained[2]);
  const tRows = [padRow(["揭西县贫困劳动力电商培训专场签到（誊录）"], 6), ["序号", "培训日期", "场次", "姓名", "身份证号码", "备注"]];
  const tRecs = [];
  ses.forEach((s) => shuffle(s.people).forEach((p, k) => {
    tRows.push([tRows.length - 1, k === 0 ? `${cnDate(s.date)}（${wk(s.date)}）` : DITTO, k === 0 ? s.t : DITTO, p.name, p.id, null]);
    tRecs.push({ date: s.date, personTimes: 1, id: p.id });
  }));
  tRows.push(padRow(["注：日期、场次栏“〃”表示同上。本表人员未计入《培训登记簿》。"], 6));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 35 && trainedIds.size * 100 === 70 * 50, "c1 poor rate " + trainedIds.size);
  const S = tRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 培训登记簿（场次，人次）＋专场签到 = 5,000 = 500,000 的 1%
  const POP = 688400;
  const PT = 5000;
  assert(Math.min(POP, 500000) === 500000 && PT * 100 === 500000 && PT * 100 < POP, "c1 capped base");
  const PLACES = ["县电商公共服务中心"].concat(UNITS.slice(1).map((u) => u[0] + "政府会议室"));
  const TOP = ["电商基础知识", "网店运营", "擂茶网络营销", "青梅、竹笋直播带货", "短视频拍摄", "农产品包装与品牌", "快递物流对接", "社群团购"];
  const sess = [];
  let d0 = "2020-03-16";
  for (let i = 0; i < 38; i++) {
    d0 = isoAdd(d0, rint(10, 13));
    sess.push({ date: d0, place: PLACES[i % PLACES.length], n: 0 });
    if (i % 9 === 4) sess.push({ date: d0, place: PLACES[(i + 5) % PLACES.length], n: 0 });
  }
  assert(sess[sess.length - 1].date < "2021-08-28", "c1 sessions end " + sess[sess.length - 1].date);
  sess.push({ date: "2021-08-31", place: "良田乡政府会议室", n: 58, edge: true });
  sess.push({ date: "2021-09-01", place: "棉湖镇政府会议室", n: 73 });
  const free = sess.filter((s) => !s.edge && s.date <= CUT);
  const need = PT - S - 58;
  const base = Math.floor(need / free.length);
  free.forEach((s) => (s.n = base + rint(-24, 24)));
  let diff = need - sum(free.map((s) => s.n));
  free[free.length - 1].n += diff;
  for (const s of sess) assert(s.n >= 40 && s.n <= 260, "c1 session n " + s.n);
  const inCut = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n));
  assert(inCut + S === PT && inCut - 58 + S < PT, "c1 PT");
  const gRows = [padRow(["揭西县农村电商培训登记簿（誊录）"], 7), padRow(["（原簿手写，逐场登记；“〃”表示同上）"], 7),
    ["序号", "日期", "星期", "培训地点", "培训内容", "人次", "累计人次"]];
  const gM = ["A1:G1", "A2:G2"];
  let run = 0;
  let prevY = null;
  let prevM = null;
  let monthSum = 0;
  let seq = 0;
  const flushMonth = () => {
    if (prevM === null) return;
    const [y, m] = ymd(prevM + "-01");
    gRows.push([null, `${m}月小计`, null, null, null, monthSum, null]);
  };
  sess.forEach((s, i) => {
    const mo = s.date.slice(0, 7);
    if (mo !== prevM) { flushMonth(); monthSum = 0; }
    const y = s.date.slice(0, 4);
    if (y !== prevY) { gRows.push(padRow([`${y}年`], 7)); gM.push(`A${gRows.length}:G${gRows.length}`); }
    const same = i > 0 && sess[i - 1].date === s.date;
    run += s.n;
    monthSum += s.n;
    seq++;
    gRows.push([seq, same ? DITTO : md(s.date), same ? DITTO : wk(s.date), s.place, TOP[i % TOP.length], s.n, run]);
    prevY = y;
    prevM = mo;
  });
  flushMonth();
  gRows.push(padRow(["注：贫困劳动力专场另见《专场签到》，未计入本簿。"], 7));
  gM.push(`A${gRows.length}:G${gRows.length}`);
  const runAtCut = inCut;
  assert(run === inCut + 73, "c1 running total");

  // ---------------- 入驻企业：23行，截止日在园20家（一家8月31日退出仍算、一家更名重复列）
  const fnm = nameMaker("河棉揭京钱凤坪塔金", "兴源盛达和鑫华丰", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "电商运营商", "物流企业", "销售型", "网店", "销售型", "平台型", "销售型", "电商运营商", "销售型", "销售型",
    "物流企业", "网店", "销售型", "销售型", "销售型", "网店", "销售型", "销售型", "销售型"];
  const firms = TYPES.map((t) => ({ name: `揭西县${fnm()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("445222"),
    entered: randIsoBetween("2020-05-01", "2021-07-20"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-08-31";
  firms[9].left = "2021-06-30";
  firms[21].entered = "2021-09-01";
  const ren = { ...firms[12], name: firms[12].name.replace("有限公司", "供应链有限公司"), entered: firms[12].entered, renamed: true };
  const eList = firms.slice();
  eList.splice(13, 0, ren);
  const inParkCodes = new Set(eList.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT)).map((f) => f.code));
  assert(eList.length === 23 && inParkCodes.size === 20, "c1 park " + inParkCodes.size);
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  assert(new Set(eList.filter((f) => inParkCodes.has(f.code) && !(f.left && f.left < CUT) && f.entered <= CUT).map((f) => norm(f.type))).size === 4, "c1 types");
  const eRows = [padRow(["揭西县电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  eList.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, f.entered === "2021-09-01" ? "2021.9.1" : [D(f.entered), dotDate(f.entered), cnDate(f.entered)][i % 3],
    f.left === "2021-08-31" ? "2021年8月31日" : f.left ? dotDate(f.left) : null, f.renamed ? "2021年5月更名（原名见上）" : f.left ? "已退出" : null]));

  // ---------------- 资金流水账：截止日前 3,499,950.00 / 5,000,000 = 69.999% → −5
  const ALLOC = 5000000;
  const pays = [["2020-05-22", 620000, "县电商公共服务中心装修工程款（首期）"], ["2020-07-08", 385600, "县电商公共服务中心设备采购"], ["2020-07-30", 150000, "中心装修工程款（尾款）"],
    ["2020-09-14", 268400, "村级站点建设补助（第一批）"], ["2020-11-03", 96850, "农村电商培训（第一期）"], ["2020-12-18", 0, "县乡村三级物流配送体系建设"],
    ["2021-01-26", 312500, "村级站点建设补助（第二批）"], ["2021-03-19", 188000, "揭西擂茶品牌设计及推广"], ["2021-03-31", 74300, "农村电商培训（第二期）"],
    ["2021-05-20", 236000, "产业园公共配套设施"], ["2021-07-06", 165200, "镇级物流服务站建设"], ["2021-08-31", 142000, "村级站点建设补助（第三批）"],
    ["2021-09-02", 250000, "农产品溯源系统建设"]];
  const adj = pays[5];
  adj[1] = yuan2(3499950 - sumYuan(pays.filter((p) => p[0] <= CUT && p !== adj).map((p) => p[1])));
  const spent = sumYuan(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3499950 && spent * 100 < 70 * ALLOC && (spent + 50) * 100 === 70 * ALLOC && adj[1] > 300000, "c1 spent " + spent + " " + adj[1]);
  const fW = 6;
  const fRows = [padRow(["揭西县电子商务进农村综合示范专项资金拨付流水账（誊录）"], fW), padRow(["单位：元"], fW)];
  const fM = ["A1:F1", "A2:F2"];
  let cum = 0;
  const PAGE = 5;
  for (let p = 0; p * PAGE < pays.length; p++) {
    const page = pays.slice(p * PAGE, (p + 1) * PAGE);
    fRows.push(padRow([`第${p + 1}页`], fW));
    fM.push(`A${fRows.length}:F${fRows.length}`);
    fRows.push(["月", "日", "凭证号", "摘要", "拨付金额", "累计拨付"]);
    let yPrinted = null;
    if (p > 0) fRows.push([null, null, null, "承上页", null, fmtMoney(cum)]);
    let prevMo = null;
    let pageSum = 0;
    page.forEach((x, k) => {
      const [y, m, d] = ymd(x[0]);
      if (y !== yPrinted && (k === 0 || y !== ymd(page[k - 1][0])[0])) {
        fRows.push(padRow([`${y}年`], fW));
        yPrinted = y;
      }
      cum = sumYuan([cum, x[1]]);
      pageSum = sumYuan([pageSum, x[1]]);
      fRows.push([m === prevMo ? DITTO : m, d, `记${pad3(p * 10 + k + 3)}`, x[2], fmtMoney(x[1]), fmtMoney(cum)]);
      prevMo = m;
    });
    fRows.push([null, null, null, "本页合计", fmtMoney(pageSum), null]);
    if ((p + 1) * PAGE < pays.length) fRows.push([null, null, null, "过次页", null, fmtMoney(cum)]);
  }
  fRows.push(padRow(["注：原账按页结转，“承上页”“过次页”为结转数；月份栏“〃”表示同上。"], fW));
  fM.push(`A${fRows.length}:F${fRows.length}`);
  assert(cum === 3749950, "c1 cum");

  // ---------------- 报送、专栏、宣传、经验材料
  const reps = WINDOW.map((m) => `${m}-${String(rint(3, 12)).padStart(2, "0")}`);
  assert(inWindowMonths(reps) === 12, "c1 reports");
  const rRows = [padRow(["揭西县向揭阳市商务局报送工作情况登记"], 4), ["报送日期", "报送内容", "含电商扶贫统计", "经办人"]];
  reps.forEach((r, i) => rRows.push([[D(r), dotDate(r), cnDate(r)][i % 3], `${cnMonth(monthsBetween("2020-08", "2021-08")[i])}电商进农村工作进展`, i % 2 ? "是" : null, "蔡××"]));
  const ups = WINDOW.map((m, i) => (i === 0 ? "2020-09-30" : i === 11 ? "2021-08-31" : `${m}-${String(rint(10, 25)).padStart(2, "0")}`));
  assert(inWindowMonths(ups) === 12, "c1 ups");
  const uRows = [padRow(["揭西县人民政府网“电子商务进农村综合示范”专栏更新记录"], 3), ["发布日期", "标题", "栏目"]];
  ups.forEach((u, i) => uRows.push([[D(u), slashDate(u)][i % 2], `揭西县电子商务进农村综合示范项目建设进度（${cnMonth(u)}）`, "建设进度"]));
  uRows.splice(2, 0, [D("2020-06-12"), "揭西县电子商务进农村综合示范工作方案", "创建方案"], [D("2020-07-03"), "揭西县电子商务进农村综合示范项目基本信息公示", "项目信息"]);
  const mRows = [padRow(["揭西县宣传报道登记"], 6), ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"],
    [D("2020-12-15"), "揭西县融媒体中心", "县级", "电视", "灰寨镇电商服务站帮村民卖青梅", "否"],
    [D("2021-04-22"), "揭阳日报", "市级", "报纸", "揭西擂茶“触网”走俏", "否"],
    [D("2021-07-09"), "揭阳广播电视台", "市级", "电视", "五经富镇脱贫户直播卖擂茶", "是"],
    [D("2021-09-03"), "南方＋客户端", "省级", "网络", "揭西：电商进村 山货出山", "否"]];
  const matRows = [padRow(["经验材料报送"], 3), ["报送日期", "材料名称", "报送单位"],
    [D("2021-08-30"), "揭西县“电商＋擂茶”助农增收经验做法", "揭阳市商务局"], [D("2021-09-06"), "揭西县电子商务进农村综合示范创建工作总结", "揭阳市商务局"]];

  // ---------------- 自评登记簿
  const A19 = 235000000, A20 = 305500000;
  assert((A20 - A19) * 100 === 30 * A19, "c1 growth exactly 30%");
  const SW = 6;
  const fs_ = [padRow(["揭西县电子商务进农村综合示范考评自评登记簿"], SW), padRow(["（据电商股手写登记簿誊录；“〃”表示同上）　　登记人：蔡××　　2021年9月10日（星期五）"], SW),
    padRow(["一、基本情况"], SW),
    ["县（市、区）", "揭西县", null, null, null, null],
    ["考评截止日期", "2021年8月31日", null, null, null, null],
    ["常住人口", "68.84万人", null, null, null, null],
    ["行政村数", "226个（另有居委会13个）", null, null, null, null],
    ["省定贫困村数", "30个", null, null, null, null],
    ["下达专项资金", "500万元", null, null, null, null],
    ["累计拨付（截至9月10日）", "374.995万元", null, null, null, null],
    ["项目总体进度", "86%", null, null, null, null],
    ["领导小组组长", "县委副书记、县长", null, null, null, null],
    ["成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司", null, null, null, null],
    padRow(["二、自评情况"], SW),
    ["序号", "评价指标", "评分项", "完成情况", "分项自评", "指标自评"]];
  const fsM = ["A1:F1", "A2:F2", "A3:F3", "A14:F14"];
  for (let r = 4; r <= 13; r++) fsM.push(`B${r}:F${r}`);
  assert(fs_.length === 15 && fs_[13][0] === "二、自评情况" && fs_[12][0] === "成员单位", "c1 facts block rows");
  const ITEMS = [
    ["组织领导", "主要领导牵头，商务、财政、农业农村、扶贫（乡村振兴）等部门参与", "县长任组长，四部门均为成员单位", 2, 2],
    ["方案制定", "制定科学严谨的示范创建工作方案", "已正式印发（揭西府办〔2020〕8号）", 2, 2],
    ["政策支持", "出台支持农村电商发展的政策", "已出台《揭西县扶持农村电子商务发展若干措施》", 2, 2],
    ["项目管理", "建立项目管理制度，建设、验收环节严格落实", "已建立", 2, 3],
    [DITTO, "建立完整工作台账，详细记录项目建设情况", "已建立，部分记录不够详细", 1, null],
    ["服务体系建设（县级中心、产业园）", "建成县级电子商务公共服务中心", "已建成，2021年3月1日投入运营", 2, 15],
    [DITTO, "建成后已正常运行6个月以上", "已满6个月", 2, null],
    [DITTO, "有免费培训场所、培训设备，能组织电商基础培训", "有", 2, null],
    [DITTO, "为特色农产品提供免费展示、销售服务", DITTO, 1, null],
    [DITTO, "为电子商务市场主体提供免费摄影、美工服务", DITTO, 1, null],
    [DITTO, "组织农产品统一推广、指导特色农产品品牌建设", DITTO, 1, null],
    [DITTO, "为电子商务发展提供其他衍生增值服务", "〃（代办商标注册、金融对接）", 1, null],
    [DITTO, "建设或整合、优化当地电商产业园", "揭西县电子商务产业园已建成", 2, null],
    [DITTO, "电商产业园企业入驻数量达20家及以上", "见《入驻企业》", 2, null],
    [DITTO, "入驻企业至少三种以上类型", DITTO, 1, null],
    ["服务体系建设（村级站点）", "行政村覆盖率70%及以上", "见《站点清单》", 5, 10],
    [DITTO, "省定贫困村覆盖率100%", "30个贫困村均已建站或在建", 5, null],
    ["农村产品上行", "对当地农产品网络销售进行调研，并形成针对性建议", "已形成调研报告上报市局", 2, 8],
    [DITTO, "开展农村产品网络促销活动成效明显", "举办“揭西擂茶网购节”", 1, null],
    [DITTO, "当地有专业第三方电子商务运营或服务商", "有", 1, null],
    [DITTO, "行政村物流快递覆盖率100%", "已实现", 1, null],
    [DITTO, "有出台农产品电商交易标准，建立农产品冷链、溯源系统", "已制定擂茶电商交易标准，溯源系统在建", 1, null],
    [DITTO, "2020年农村网络零售额或农产品网络零售额同比增速≥30%", "农产品网络零售额2019年2.35亿元，2020年3.055亿元", 2, null],
    ["电商人才培训", "培训人次达常住人口1%及以上", "见《培训登记簿》", 10, 20],
    [DITTO, "建档立卡贫困人口培训率50%及以上", "见《专场签到》《建档立卡》", 10, null],
    ["信息公开", "在县政府网站设立公开专栏且内容全面", "已设专栏，公示创建方案、项目基本信息、建设进度；未设征求意见、监督举报窗口", 2, 4],
    [DITTO, "近一年内专栏内容能按月更新", "见《专栏更新》", 2, null],
    ["数据上报", "近一年能每月向市商务局报送工作情况", "见《报送登记》", 3, 6],
    [DITTO, "能统计电商扶贫情况", "能", 3, null],
    ["案例总结", "向市商务局报送经验材料", "已报送", 2, 2],
    ["经验推广", "典型做法被主流媒体报道宣传", "县级、市级媒体有报道", 4, 4],
    ["制度建立", "建立科学有效的资金管理制度且得到有效落实", "已制定《揭西县电子商务进农村综合示范专项资金管理办法》", 4, 4],
    ["资金台账", "项目承建方建立资金专用台账", "已建立", 4, 4],
    ["资金支出", "资金支出率70%以上，且根据创建进度及时拨付", "累计拨付374.995万元，支出率75%，按进度拨付", 4, 4],
    ["加分项", "建档立卡贫困人口培训率70%及以上", "35/50＝70%", 2, 2],
    [DITTO, "电商扶贫典型案例获电视播报", "揭阳广播电视台播出", 1, 1],
    ["一票否决项", "发生安全生产、质量事故，或造成重大经济损失", "无", null, null],
    [DITTO, "项目建设进度严重滞后，总体进度不足40%", "否（总体进度86%）", null, null],
    [DITTO, "弄虚作假", "无", null, null],
  ];
  ITEMS.forEach((it, i) => fs_.push([i + 1, it[0], it[1], it[2], it[3], it[4]]));
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 4, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 1 };
  assert(sum(SCORED.map(([id]) => claimed[id])) === 90, "c1 claimed 90");
  // item points add up to each indicator's points
  let cur = null;
  const acc = [];
  for (const it of ITEMS) {
    if (it[0] !== DITTO || it[4] !== null) { cur = { ind: it[4], items: [] }; acc.push(cur); }
    if (it[3] !== null) cur.items.push(it[3]);
  }
  for (const a of acc) if (a.ind !== null) assert(sum(a.items) === a.ind, "c1 item sums " + JSON.stringify(a));
  fs_.push([null, "合计", null, null, null, "90＋加分3"]);

  // ---------------- points
  const centerPts = 2 + 0 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 0 + 2, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": -5, "bonus.poorTraining": 2, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 74 && centerPts === 13, "c1 scored " + scored);
  const derivation = [
    "org.leadership: 基本情况：领导小组组长“县委副书记、县长”（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 自评第2项，已正式印发，分项自评2 → 2",
    "org.policy: 自评第3项，已出台扶持措施，分项自评2 → 2",
    "org.management: 自评第4、5项（第5项评价指标写“〃”＝项目管理）：项目管理制度2＋工作台账1 → 3",
    `work.center: 中心2021年3月1日投入运营 ≤ 截止日 → 2；满6个月须不晚于2021-02-28，3月1日晚了一天 → 0；免费培训2；展示销售、摄影美工、品牌推广、其他增值服务的完成情况都是“〃”＝“有” → 1＋1＋1＋1；产业园已建成 → 2；《入驻企业》23行：2021.9.1入驻的不算，2021.6.30退出的不算，2021年8月31日退出的当天仍在园算，第14行是第13行更名后重复列出（信用代码相同）算一家 → 在园20家 → 2；类型平台型、销售型（含网店）、电商运营商、物流企业4种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》村委会226个（居委会13个不算；“〃”的类别同上） → 基数取200；《站点清单》截止日前有站的村委会140个（一个2021年8月31日建成当天算；2021.9.1、2021.9.2建成的不算；${npCov[7].name}两站算一次；${comms[3].name}居委会服务点不算） → 140/200 = 70.0% → 5（按226算只有61.9%）；省定贫困村30个，截止日前有站24个（${poorLate.name}的站2021.9.1才建成） → 24/30 = 80% → 3；合计8`,
    "work.upward: 网销调研2＋网络促销1；第三方运营服务商1；《村居名单》“快递进村”列有一个村委会是“×（未通）”，名单有快递列就按名单 → 0（自评“已实现”与名单不符）；交易标准与冷链溯源1；农产品网络零售额2.35亿→3.055亿元，增长正好30.0% → 2；合计7（自评8）",
    `work.training: 常住人口68.84万人超过50万，以500,000为基数 → 1% = 5,000人次；《培训登记簿》截止日前各场人次之和${fmtInt(inCut)}（2021年9月1日棉湖镇73人次不算；月小计、累计人次两列不是场次，“〃”日期同上）＋《专场签到》截止日前${S}行 = 5,000人次 = 正好1.00% → 10（2021年8月31日良田乡那场58人次不可少）；《建档立卡》有劳动能力且不外出务工50人，截止日前专场签到里出现35人（重复参训算一次；只参加2021年9月1日第四场的1人不算；外出务工、无劳动能力者各1人不算） → 35/50 = 70.0% → 10；合计20`,
    "info.disclosure: 专栏公示了创建方案、项目基本信息、建设进度，但“未设征求意见、监督举报窗口” → 0；《专栏更新》2020年9月（9月30日）到2021年8月（8月31日）12个月每月都有 → 按月更新2；合计2",
    "info.reporting: 《报送登记》2020年9月—2021年8月每月都有 → 3；有“含电商扶贫统计”为“是”的报送，自评也写“能” → 3；合计6",
    "promo.cases: 《经验材料》2021-08-30报送一份（2021-09-06那份在截止日后） → 2",
    "promo.media: 截止日前县级（揭西县融媒体中心）1＋市级（揭阳日报、揭阳广播电视台）3 = 4；南方＋客户端2021-09-03在截止日后，省级不算 → 4",
    "fund.system: 自评“制度建立”4 → 4",
    "fund.ledger: 自评“资金台账”4 → 4",
    "fund.spending: 《资金流水账》截止日前各笔拨付合计3,499,950.00元（本页合计、承上页、过次页是结转数不算；2021-09-02那笔250,000.00不算） / 5,000,000 = 69.999% < 70% → 倒扣5分 → -5（自评“374.995万元，75%”含了9月的拨付）",
    "bonus.poorTraining: 35/50 = 70.0% ≥ 70% → 2",
    "bonus.tvCase: 唯一的电商扶贫典型案例电视播报是揭阳广播电视台（市级），不是国家级或省级电视 → 0（自评1）",
    "veto.incident: 自评“无” → 不否决",
    "veto.progress: 总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 自评“无” → 不否决",
  ];
  return {
    description:
      "揭阳揭西县商务局电商股的整本考评工作簿（12个表），74＋加分2＝76分、未否决。事实页是照电商股手写《自评登记簿》誊录的：先是“一、基本情况”标签｜值（常住人口68.84万人、行政村226个另有居委会13个、500万元、进度86%、组长县委副书记县长、成员单位），再是“二、自评情况”一评分项一行：序号｜评价指标｜评分项｜完成情况｜分项自评｜指标自评，同一指标后面几行的评价指标写“〃”，完成情况也常写“〃”（＝上一行的“有”“见《入驻企业》”），指标自评只写在该指标第一行（自评90＋加分3）。台账也是手抄本誊录的：《村居名单》的镇和类别列用“〃”；《培训登记簿》按年插“2020年”“2021年”行，日期只写“10月9日”、另有星期列，同一天第二场写“〃”，每月有“×月小计”行，右边是逐行“累计人次”；《专场签到》日期、场次写“〃”；《资金流水账》是手工账页：每页“第×页”、表头、年行、月（同月“〃”）｜日｜凭证号｜摘要｜拨付金额｜累计拨付，页末“本页合计”“过次页”，下页开头“承上页”。边界：行政村226个以200为基数，有站正好140个＝70%（含一个8月31日建成的）；贫困村24/30＝80%；常住人口超50万，培训正好5,000人次＝1%（8月31日一场不可少）；贫困人口35/50＝70%（加2分）；中心2021年3月1日运营，比满6个月的2月28日晚一天；在园企业20家（8月31日退出的算，更名重复列的算一家）；农产品网零增速正好30%；截止日前拨付3,499,950元＝69.999%，倒扣5分；快递列有一个“×”；专栏没有监督举报窗口；典型案例只上了市级电视。",
    sheets: [
      { name: "自评登记簿", rows: fs_, merges: fsM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点清单", rows: sRows, merges: ["A1:G1"] },
      { name: "培训登记簿", rows: gRows, merges: gM },
      { name: "专场签到", rows: tRows, merges: ["A1:F1", `A${tRows.length}:F${tRows.length}`] },
      { name: "建档立卡", rows: pRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金流水账", rows: fRows, merges: fM },
      { name: "报送登记", rows: rRows, merges: ["A1:D1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:C1"] },
    ],
    expect: { asOf: CUT, total: scored + 2, bonus: 2, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 韶关市乳源瑶族自治县: 电商股《工作日志》（年行、日期｜星期｜天气｜工作内容；事实在当天的记录里）
// =====================================================================================================
function buildF1() {
  const E = [
    ["2020-04-08", "阴", "参加县委常委会。会议研究决定成立县电子商务进农村综合示范工作领导小组，县委书记任组长，县长任常务副组长，成员单位为县商务局、县财政局、县农业农村局、县扶贫办、县交通运输局、县市场监管局、县邮政分公司。"],
    ["2020-05-20", "晴", "县政府办公室今日正式印发《乳源瑶族自治县电子商务进农村综合示范工作方案》（乳府办〔2020〕14号），已转发各镇。"],
    ["2020-06-15", "雨", "到大桥镇、必背镇看站点选址。"],
    ["2020-07-09", "晴", "收到市财政局转来的省级专项资金下达文件：我县电子商务进农村综合示范专项资金500万元。"],
    ["2020-08-26", "晴", "起草《乳源瑶族自治县扶持农村电子商务发展若干措施》征求意见稿，发各成员单位征求意见（未出台）。"],
    ["2020-11-17", "多云", "县政府常务会议通过《乳源瑶族自治县扶持农村电子商务发展若干措施》，今日正式印发。"],
    ["2020-12-28", "阴", "县电商公共服务中心装修完工，设备进场调试，开始试运行（未对外）。"],
    ["2021-01-18", "晴", "县电子商务公共服务中心今日正式投入运营。中心设免费培训室和培训设备，可组织电商基础培训；一楼展示厅免费展示、代销乳源彩色稻、瑶山茶等特色农产品。"],
    ["2021-02-12", "晴（正月初一）", "春节值班。"],
    ["2021-03-04", "阴", "县统计局回复：第七次人口普查我县常住人口194,736人。"],
    ["2021-04-21", "小雨", "与市邮政管理局核对：全县102个行政村快递全部通达，行政村物流快递覆盖率100%。"],
    ["2021-05-13", "晴", "县政府门户网站“电子商务进农村”专栏改版上线，公示创建方案、项目基本信息、项目建设进度，设立监督举报电话。"],
    ["2021-06-08", "雷阵雨", "省商务厅反馈：2020年我县农村网络零售额3.62亿元，同比增长31.4%。"],
    ["2021-07-15", "晴", "与县乡村振兴局核对：全县有劳动能力的建档立卡贫困人口（不含外出务工）1,284人，已参加电商培训702人。"],
    ["2021-08-02", "晴", "市局来电：省考评截止日期为2021年8月31日，材料9月10日前交齐。"],
    ["2021-08-31", "多云", "截至今日，专项资金累计拨付362.4万元；项目总体进度88%。"],
    ["2021-09-03", "晴", "计划9月再拨付村级站点补助40万元，争取拨付率达到80%。"],
  ];
  const rows = [padRow(["乳源瑶族自治县商务局电商股工作日志（摘录）"], 5), padRow(["（据手写日志誊录，只摘与电商进农村示范创建有关的记录）"], 5),
    ["日期", "星期", "天气", "工作内容", "记录人"]];
  const merges = ["A1:E1", "A2:E2"];
  let y0 = null;
  E.forEach(([d, w, t], i) => {
    const y = d.slice(0, 4);
    if (y !== y0) { rows.push(padRow([`${y}年`], 5)); merges.push(`A${rows.length}:E${rows.length}`); y0 = y; }
    rows.push([md(d), wk(d), w, t, i % 3 === 1 ? "邓××" : "赵××"]);
  });
  assert(wk("2021-01-18") === "星期一" && lunarMD("2021-02-12") === "正月初一", "f1 weekday/lunar");
  return {
    description:
      "韶关乳源瑶族自治县商务局电商股交来当事实表的，是经办人手写《工作日志》的誊录摘录：标题、说明各一行，表头 日期｜星期｜天气｜工作内容｜记录人，每年开头插一行“2020年”“2021年”，日期只写“5月20日”（年份看上面的年行），天气格里偶尔写农历（“晴（正月初一）”）。事实都在当天的工作内容里：县委书记任组长、成员单位含商务、财政、农业农村、扶贫办；方案“今日正式印发”；500万元下达；扶持措施8月是征求意见稿（未出台）、11月17日才正式印发；中心2020年12月28日只是“试运行（未对外）”，2021年1月18日（星期一）“今日正式投入运营”才是运营日期，同一条写了免费培训室和展示代销；七普常住人口194,736人；102个行政村快递全通；专栏公示三项并设监督举报电话；2020年农村网零3.62亿元增长31.4%；1,284人／702人；截止日期2021年8月31日；当天累计拨付362.4万元、总体进度88%。最后一条9月3日的“计划再拨付40万元、争取80%”不是事实。没有自评分。",
    sheets: [{ name: "工作日志", rows, merges }],
    expect: {
      facts: {
        county: "乳源瑶族自治县", asOf: "2021-08-31", residentPopulation: 194736, adminVillagesStated: 102, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-18", centerFreeTraining: true, centerDisplay: true, expressCoverage: true, ruralRetail2020: 362000000,
        ruralRetailGrowthStated: 0.314, eligiblePoorPersonsStated: 1284, trainedPoorPersonsStated: 702, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, fundAllocated: 5000000, fundSpentStated: 3624000, overallProgress: 0.88,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 阳江市阳西县: 《迎检自查表》数量｜单位（单位常写“〃”）｜是否达标（√／×／〃）
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [padRow(["阳西县电子商务进农村综合示范迎检自查表"], W), padRow(["自查单位：阳西县商务局　　　自查时间：2021年9月6日　　　（表中“〃”表示同上）"], W),
    ["序号", "自查项目", "自查情况", "数量", "单位", "是否达标", "备注"]];
  const R = [
    ["一、基本数据", null, null, null, null, null],
    ["常住人口", "第七次人口普查", 50.23, "万人", "—", null],
    ["行政村", "全县（不含社区）", 132, "个", "—", null],
    ["省定贫困村", "全县", 20, DITTO, "—", null],
    ["下达专项资金", "省级财政", 500, "万元", "—", null],
    ["累计拨付", "截至2021年8月31日", 381.6, DITTO, "√", "支出率76.3%"],
    ["2019年农产品网络零售额", "省商务厅反馈", 2.86, "亿元", "—", null],
    ["2020年农产品网络零售额", DITTO, 3.41, DITTO, "×", "增速19.2%，未达30%"],
    ["培训人次", "创建以来累计", 5326, "人次", "√", null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "县乡村振兴局核定", 1902, "人", "—", null],
    ["已参训建档立卡贫困人口", "培训名单比对", 861, DITTO, "×", "培训率45.3%"],
    ["二、工作落实", null, null, null, null, null],
    ["领导小组", "副县长（分管商务）任组长，县商务局、县财政局、县农业农村局、县乡村振兴局为成员单位", null, null, "√", null],
    ["示范县工作方案", "已正式印发（阳西府办〔2020〕6号）", null, null, DITTO, null],
    ["支持政策", "已出台《阳西县促进农村电子商务发展扶持办法》", null, null, DITTO, null],
    ["县级电子商务公共服务中心", "2020年10月28日投入运营", null, null, DITTO, null],
    ["免费培训场所、培训设备", "中心三楼培训室", null, null, DITTO, null],
    ["特色农产品免费展示、销售", "中心一楼展厅", null, null, DITTO, null],
    ["免费摄影、美工服务", "外包给服务商，收费", null, null, "×", null],
    ["农产品统一推广、品牌建设", "“阳西程村蚝”区域公用品牌", null, null, "√", null],
    ["其他衍生增值服务", "代办营业执照、小额贷款对接", null, null, DITTO, null],
    ["电商产业园", "阳西县电商产业园已建成运营", null, null, DITTO, null],
    ["第三方电子商务运营服务商", "已引进", null, null, DITTO, null],
    ["行政村物流快递覆盖", "5个海岛、山区村未通", null, null, "×", null],
    ["专栏公示创建方案", "县政府网站专栏", null, null, "√", null],
    ["专栏公示项目基本信息", DITTO, null, null, DITTO, null],
    ["专栏公示项目建设进度", DITTO, null, null, DITTO, null],
    ["专栏监督举报窗口", "公布监督举报电话", null, null, DITTO, null],
    ["电商扶贫情况统计", "每月随月报报送", null, null, DITTO, null],
    ["资金管理制度", "《阳西县电子商务进农村综合示范专项资金管理办法》", null, null, DITTO, null],
    ["资金专用台账", "项目承建方均已建账", null, null, DITTO, null],
    ["三、否决事项", null, null, null, null, null],
    ["安全生产、质量事故或重大损失", "无", null, null, "—", null],
    ["弄虚作假", DITTO, null, null, DITTO, null],
  ];
  const merges = ["A1:G1", "A2:G2"];
  let n = 0;
  R.forEach((r) => {
    if (r[1] === null && r[2] === null) { rows.push(padRow([r[0]], W)); merges.push(`A${rows.length}:G${rows.length}`); return; }
    n++;
    rows.push([n, r[0], r[1], r[2], r[3], r[4], r[5]]);
  });
  rows.push(padRow(["填表人：陈××　　审核：林××"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(Math.abs(3816000 / 5000000 - 0.7632) < 1e-9 && Math.abs(341 / 286 - 1.1923) < 0.0001 && Math.abs(861 / 1902 - 0.4527) < 0.0001, "f2 rates");
  return {
    description:
      "阳江阳西县商务局的《迎检自查表》，从股室手写自查本誊录：序号｜自查项目｜自查情况｜数量｜单位｜是否达标｜备注，分“一、基本数据／二、工作落实／三、否决事项”三段（段名行横向合并）。手写本的“〃”照录：单位列里“个”“万元”“亿元”“人”下面一行写“〃”（贫困村20〃＝20个，累计拨付381.6〃＝381.6万元，2020年农产品网零3.41〃＝3.41亿元，已参训861〃＝861人），自查情况列的“〃”同上（2020年零售额也是省商务厅反馈，三项专栏都在县政府网站专栏，弄虚作假“〃”＝无），是否达标列的“〃”＝上一行的√；两处“×”（摄影美工外包收费、5个村未通快递）后面一行重新写“√”。数量是数字格、单位另列：常住人口50.23万人、行政村132个、500万元、5,326人次、1,902人。领导小组组长是分管副县长，四个部门都是成员单位。“支出率76.3%”“增速19.2%”“培训率45.3%”是备注里算出来的，不另算事实。没有自评分。",
    sheets: [{ name: "迎检自查表", rows, merges }],
    expect: {
      facts: {
        county: "阳西县", residentPopulation: 502300, adminVillagesStated: 132, poorVillagesStated: 20, fundAllocated: 5000000, fundSpentStated: 3816000,
        agriRetail2019: 286000000, agriRetail2020: 341000000, trainingPersonTimesStated: 5326, eligiblePoorPersonsStated: 1902, trainedPoorPersonsStated: 861,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 潮州市潮安区: 文书档案《卷内文件目录》（题名、日期 yyyymmdd、备注）
// =====================================================================================================
function buildF3() {
  const W = 7;
  const DOCS = [
    ["潮安府办〔2020〕11号", "区政府办公室", "关于印发《潮安区电子商务进农村综合示范工作实施方案》的通知", "2020-03-16", "1-18", "正式印发"],
    ["潮安府办〔2020〕12号", "区政府办公室", "关于成立潮安区电子商务进农村综合示范工作领导小组的通知", "2020-03-16", "19-22", "组长：区长；成员单位：区商务局、区财政局、区农业农村局、区扶贫办等"],
    ["潮安财〔2020〕37号", "区财政局", "关于下达2019年省级促进经济发展专项资金（电子商务进农村综合示范）的通知", "2020-05-08", "23-25", "下达500万元"],
    ["潮安商〔2020〕19号", "区商务局", "关于印发《潮安区电子商务进农村综合示范专项资金管理办法》的通知", "2020-06-02", "26-33", null],
    ["潮安府〔2020〕28号", "区人民政府", "关于印发《潮安区促进农村电子商务发展若干措施》的通知", "2020-07-21", "34-41", null],
    ["潮安商函〔2020〕52号", "区商务局", "关于征求《潮安区农产品电商交易标准（征求意见稿）》意见的函", "2020-10-12", "42-47", "征求意见稿，未印发"],
    ["潮安商〔2020〕61号", "区商务局", "关于潮安区电子商务公共服务中心投入运营情况的报告", "2020-11-09", "48-53", "中心于2020年11月6日正式投入运营"],
    ["—", "区商务局", "潮安区电子商务进农村综合示范专项资金专用台账（2020年度）", "2020-12-31", "54-79", "资金专用台账"],
    ["潮安商〔2021〕8号", "区商务局", "关于报送2020年电子商务进农村综合示范工作总结的报告", "2021-01-15", "80-91", null],
    ["潮安商〔2021〕33号", "区商务局", "关于申请拨付电子商务进农村综合示范第三批项目资金的请示", "2021-06-18", "92-95", "申请拨付86万元"],
  ];
  const rows = [padRow(["卷内文件目录"], W), padRow(["全宗名称：潮安区商务局　　　年度：2020—2021　　　保管期限：长期　　　案卷号：电商-03"], W),
    ["顺序号", "文号", "责任者", "题名", "日期", "页号", "备注"]];
  DOCS.forEach((d, i) => rows.push([i + 1, d[0], d[1], d[2], yyyymmdd(d[3]), d[4], d[5]]));
  rows.push(padRow(["立卷人：吴××　　检查人：郑××　　立卷时间：2021年8月20日"], W));
  const merges = ["A1:G1", "A2:G2", `A${rows.length}:G${rows.length}`];
  return {
    description:
      "潮州潮安区商务局交来当事实表的，是示范创建文书档案一卷的《卷内文件目录》：标题“卷内文件目录”、一行卷皮信息（全宗名称：潮安区商务局、年度、保管期限、案卷号），表头 顺序号｜文号｜责任者｜题名｜日期｜页号｜备注，日期按档案习惯写成8位数字文本（“20200316”），页号“1-18”。事实要从已印发文件的题名和备注里读：工作方案“关于印发…的通知”（备注正式印发）、扶持措施“关于印发…若干措施”、资金管理办法；领导小组通知的备注写“组长：区长；成员单位：区商务局、区财政局、区农业农村局、区扶贫办等”；下达资金的通知备注“下达500万元”；资金专用台账本身归在卷里。陷阱：中心运营报告的日期20201109是报告日期，运营日期是备注里的“2020年11月6日”；农产品电商交易标准只是征求意见稿（不是判断分，也不是事实）；最后一份是“申请拨付86万元”的请示，不是已拨付。没有自评分，没有截止日期。",
    sheets: [{ name: "卷内目录", rows, merges }],
    expect: {
      facts: {
        county: "潮安区", planIssued: true, policyIssued: true, fundAllocated: 5000000, fundSystemIssued: true, fundLedgerKept: true, centerOpened: "2020-11-06",
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 河源市龙川县佗城镇: 村委会花名册（〃／同上）、服务站登记簿（农历开办日子）、培训登记簿（分页，承上页／本页小计／过次页）、誊录说明
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const vn = nameMaker("东西南北上下大新黄石坪龙凤", "塘岭坑田湖洞围坝岗埔楼陂", "村", ["佗城"]);
  const vil = [{ name: "佗城社区", admin: false }];
  for (let i = 0; i < 21; i++) vil.push({ name: vn(), admin: true, poor: false, express: true });
  const adminV = vil.filter((v) => v.admin);
  noStemClash(adminV.map((v) => v.name), ["佗城社区"], "l1");
  for (const i of [3, 4, 9, 15]) adminV[i].poor = true;
  adminV[12].express = false;
  adminV[13].express = false;
  adminV[20].express = null;
  const VW = 6;
  const vRows = [padRow(["佗城镇村（居）委会花名册"], VW), ["序号", "村（居）名称", "类别", "省定贫困村", "通快递", "村支书"]];
  const vRecs = [];
  let prev = null;
  let dit = 0;
  const cellOf = (val, prevVal) => {
    if (prevVal !== null && val !== null && val === prevVal && val !== "—") { dit++; return dit % 4 === 0 ? "同上" : DITTO; }
    return val;
  };
  vil.forEach((v, i) => {
    const cat = v.admin ? "村委会" : "居委会";
    const poor = v.admin ? (v.poor ? "是" : "否") : "—";
    const ex = v.admin ? (v.express === true ? "通" : v.express === false ? "未通" : null) : "通";
    const row = [i + 1, v.name, cellOf(cat, prev && prev.cat), cellOf(poor, prev && prev.poor), cellOf(ex, prev && prev.ex), personName()];
    vRows.push(row);
    prev = { cat, poor, ex };
    vRecs.push(v.admin ? { name: v.name, admin: true, poor: v.poor, express: v.express } : { name: v.name, admin: false });
  });
  vRows.push(padRow(["注：“〃”“同上”均指与上一行相同；通快递栏空白的是未核实。"], VW));
  assert(vRows.some((r) => r[3] === "同上" || r[2] === "同上" || r[4] === "同上") && vRows.some((r) => r[4] === DITTO), "l1 dittos used");
  // a ditto never follows a blank or a dash
  for (let i = 3; i < vRows.length - 1; i++) for (const k of [2, 3, 4]) if (vRows[i][k] === DITTO || vRows[i][k] === "同上") assert(vRows[i - 1][k] !== null && vRows[i - 1][k] !== "—", "l1 ditto after blank");

  // ② 服务站登记簿：开办日子写农历
  const pick = (a, b) => {
    for (let k = 0; k < 100; k++) {
      const d = randIsoBetween(a, b);
      if (!LUNAR_FMT.formatToParts(new Date(d + "T00:00:00Z")).find((x) => x.type === "month").value.startsWith("闰")) return d;
    }
    throw new Error("pick");
  };
  const stv = [adminV[3], adminV[4], adminV[9], adminV[15], adminV[0], adminV[1], adminV[6], adminV[7], adminV[10], adminV[11], adminV[16], adminV[18], adminV[19], adminV[2]];
  const sts = stv.map((v) => ({ v, opened: pick("2020-03-01", "2021-07-31") }));
  sts[0].opened = "2019-12-27"; // 己亥年腊月初二，公历还是2019年
  sts[1].opened = "2020-01-22"; // 己亥年腊月，公历已是2020年
  sts[2].opened = "2021-01-30"; // 庚子年腊月，公历已是2021年
  sts[5].opened = "2021-08-31";
  sts[13].opened = "2021-09-01";
  const firstOf6 = sts.find((x) => x.v === adminV[6]);
  firstOf6.opened = "2021-04-10";
  sts.push({ v: adminV[6], opened: "2021-04-17" });
  sts.push({ v: vil[0], opened: "2020-09-20" });
  sts.sort((a, b) => cmp(a.opened, b.opened));
  // two stations opened the same day: the second writes “〃”
  const sameDay = sts.find((s, i) => i > 3 && i < 10);
  const sdIdx = sts.indexOf(sameDay);
  sts[sdIdx + 1].opened = sameDay.opened;
  const SW = 6;
  const sRows = [padRow(["佗城镇村级电商服务站登记簿"], SW), ["编号", "站名", "所在村", "开办日子（农历）", "站长", "备注"]];
  const sRecs = [];
  sts.forEach((s, i) => {
    const sameV = i > 0 && sts[i - 1].v === s.v;
    const sameD = i > 0 && sts[i - 1].opened === s.opened;
    const stem = s.v.name.replace(/村$|社区$/, "");
    sRows.push([`佗-${String(i + 1).padStart(2, "0")}`, `${stem}${sameV ? "村第二" : s.v.admin ? "村" : "社区"}电商服务站`, sameV ? "同上" : s.v.admin ? s.v.name : s.v.name + "居委会",
      sameD ? DITTO : lunar(s.opened), personName(), sameV ? "与上一站同村" : null]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });
  assert(sRows.some((r) => r[3] === DITTO), "l1 same-day ditto");
  assert(sRows.filter((r) => r[2] === "同上").length === 1, "l1 one same-village station");
  // the second station of a village must directly follow the first for “同上”; otherwise write the name
  for (let i = 2; i < sRows.length; i++) if (sRows[i][2] === "同上") assert(sts[i - 2].v === sts[i - 3].v, "l1 same village");
  for (const s of sts) {
    // round trip: the written lunar text reads back to the opening day
    const l = lunarParts(s.opened);
    const p = LUNAR_FMT.formatToParts(new Date(s.opened + "T00:00:00Z"));
    const key = p.find((x) => x.type === "yearName").value + l.month + p.find((x) => x.type === "day").value;
    assert(LUNAR_BACK.get(key) === s.opened, "l1 lunar round trip " + s.opened);
  }
  assert(lunar("2020-01-22") === "己亥年腊月廿八", "l1 lunar jan 2020 " + lunar("2020-01-22"));

  // ③ 培训登记簿：分页，每页6场，承上页／本页小计／过次页
  const TW = 6;
  const sess = [];
  let d = "2020-06-22";
  for (let i = 0; i < 19; i++) {
    d = isoAdd(d, rint(12, 26));
    sess.push({ date: d, place: i % 3 === 0 ? "镇政府三楼会议室" : i % 3 === 1 ? "镇电商服务中心" : adminV[rint(0, 20)].name + "委会", n: rint(26, 68) });
    if (i === 7) sess.push({ date: d, place: "镇电商服务中心", n: rint(26, 68) });
  }
  assert(sess[sess.length - 1].date < "2021-08-31", "l1 sess end " + sess[sess.length - 1].date);
  sess.push({ date: "2021-08-31", place: "镇政府三楼会议室", n: 44 });
  sess.push({ date: "2021-09-01", place: "镇电商服务中心", n: 37 });
  const TOP = ["手机开网店", "龙川米粉网上卖", "短视频拍摄", "快递寄件与包装", "直播带货", "电商扶贫政策"];
  const tRows = [padRow(["佗城镇农村电商培训登记簿"], TW)];
  const tM = ["A1:F1"];
  const tRecs = [];
  let cumN = 0;
  const PAGE = 6;
  for (let p = 0; p * PAGE < sess.length; p++) {
    const page = sess.slice(p * PAGE, (p + 1) * PAGE);
    tRows.push(padRow([`第${p + 1}页`], TW));
    tM.push(`A${tRows.length}:F${tRows.length}`);
    tRows.push(["日期", "星期", "地点", "内容", "人次", "登记人"]);
    if (p > 0) tRows.push(["承上页", null, null, null, cumN, null]);
    let pageN = 0;
    page.forEach((s, k) => {
      const same = k > 0 && page[k - 1].date === s.date;
      tRows.push([same ? DITTO : dotDate(s.date), same ? DITTO : "周" + weekday(s.date), s.place, TOP[(p * PAGE + k) % TOP.length], s.n, "黄××"]);
      tRecs.push({ date: s.date, personTimes: s.n });
      pageN += s.n;
      cumN += s.n;
    });
    tRows.push(["本页小计", null, null, null, pageN, null]);
    if ((p + 1) * PAGE < sess.length) tRows.push(["过次页", null, null, null, cumN, null]);
    else tRows.push(["累计", null, null, null, cumN, null]);
  }
  assert(tRows.some((r) => r[0] === DITTO), "l1 training same-day ditto");

  const nRows = [["誊录说明"], ["1．本簿据佗城镇电商专干手写的三本登记簿誊录，原簿存镇党政办。"], ["2．原簿“〃”“同上”照录，均指与上一行相同。"],
    ["3．服务站开办日子原簿按农历登记（如“庚子年腊月十八”），未改写为公历。"], ["4．培训登记簿原为分页记账，“承上页”“本页小计”“过次页”“累计”行照录，不是培训场次。"],
    ["誊录人：黄××　2021年9月8日"]];
  return {
    description:
      "河源龙川县佗城镇电商专干把镇里三本手写登记簿誊录成一个工作簿（四个表）。①《花名册》1个居委会、21个村委会：类别、省定贫困村、通快递三列凡与上一行相同都写“〃”，有几处写“同上”；居委会那行贫困村写“—”，下一行重新写“否”；通快递一村空着（未核实，空白不是“未通”）。②《服务站登记簿》开办日子全写农历（“庚子年三月初八”），干支年要看清：“己亥年腊月初二”（公历2019年12月27日）、“己亥年腊月廿八”（公历2020年1月22日）、“庚子年腊月十八”（公历2021年1月30日）；同一天开办的第二站日子写“〃”，同一村的第二站所在村写“同上”；有一站在佗城社区居委会；一站“辛丑年七月廿四”＝2021年8月31日，一站“辛丑年七月廿五”＝9月1日。③《培训登记簿》分页记：每页“第×页”和表头重抄，第二页起先有“承上页”行（人次栏是前面各页累计），页末“本页小计”和“过次页”（最后一页是“累计”），这些行的数字也在人次栏里，都不是场次；日期写“2020.7.6”、星期写“周一”，同一天第二场日期和星期都写“〃”。④《誊录说明》不是台账。",
    sheets: [
      { name: "花名册", rows: vRows, merges: ["A1:F1", `A${vRows.length}:F${vRows.length}`] },
      { name: "服务站登记簿", rows: sRows, merges: ["A1:F1"] },
      { name: "培训登记簿", rows: tRows, merges: tM },
      { name: "誊录说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "花名册": { kind: "villages", records: vRecs },
        "服务站登记簿": { kind: "stations", records: sRecs },
        "培训登记簿": { kind: "training", records: tRecs },
        "誊录说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 梅州市大埔县: 贫困户参训花名册（分页重抄表头、日期“同上”、本页人数）、劳动力台账（〃）、宣传报道剪报簿（公历＋星期＋农历）
// =====================================================================================================
function buildL2() {
  const REG = "441422";
  const VILS = ["百侯村", "枫朗村", "大东村", "西河村", "茶阳村", "青溪村", "光德村", "桃源村", "洲瑞村", "湖寮村"];
  // 劳动力台账：按户
  const persons = [];
  for (let h = 0; h < 14; h++) {
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const size = 2 + (h % 3);
    const v = VILS[h % VILS.length];
    for (let k = 0; k < size; k++) {
      const old = k === 0 && h % 5 === 2;
      const student = k === size - 1 && size === 4;
      const labour = !(old || student);
      const migrant = labour ? (h + k) % 3 === 0 : null;
      const id = makeId(REG, student ? birthBetween(2005, 2010) : old ? birthBetween(1945, 1955) : birthBetween(1968, 1999), rnd() < 0.5,
        persons.length % 8 === 3 ? true : undefined);
      persons.push({ h, head: k === 0, name: k === 0 ? personName(sur) : personName(k === 1 ? null : sur), id, labour, migrant, v });
    }
  }
  const PW = 7;
  const pRows = [padRow(["大埔县建档立卡贫困户劳动力台账"], PW), padRow(["（原表手写，“〃”表示同上）"], PW), ["序号", "户主", "姓名", "身份证号码", "劳动能力", "务工情况", "所在村"]];
  const pRecs = [];
  let pv = null;
  persons.forEach((p, i) => {
    const lab = p.labour ? "有劳动能力" : "无劳动能力";
    const mig = p.labour ? (p.migrant ? "外出务工" : "在家务农") : "—";
    const labCell = pv && pv.lab === lab ? DITTO : lab;
    const migCell = pv && pv.mig === mig && mig !== "—" ? DITTO : mig;
    pRows.push([i + 1, p.head ? p.name : null, p.name, p.id, labCell, migCell, pv && pv.v === p.v ? DITTO : p.v]);
    pv = { lab, mig, v: p.v };
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  assert(pRows.filter((r) => r[4] === DITTO).length > 5 && pRows.filter((r) => r[5] === DITTO).length > 3, "l2 dittos");
  const eligible = persons.filter((p) => p.labour && !p.migrant);

  // 参训花名册：分页（每页12人），页头重抄
  const classes = [["2020-12-03", "第一期（网店开设）"], ["2021-04-15", "第二期（客家小吃网销）"], ["2021-08-19", "第三期（直播带货）"]];
  const att = [];
  const pool = shuffle(persons.filter((p) => p.labour));
  classes.forEach((c, ci) => {
    const ppl = pool.filter((_, i) => i % 3 === ci || (ci === 2 && i % 4 === 0));
    for (const p of ppl) att.push({ date: c[0], cls: c[1], p });
  });
  const AW = 7;
  const aRows = [];
  const aM = [];
  const aRecs = [];
  const PAGE = 12;
  const pages = Math.ceil(att.length / PAGE);
  let lowerX = false;
  for (let pg = 0; pg < pages; pg++) {
    const chunk = att.slice(pg * PAGE, (pg + 1) * PAGE);
    aRows.push(padRow([`大埔县建档立卡贫困户电商培训花名册（第${pg + 1}页，共${pages}页）`], AW));
    aM.push(`A${aRows.length}:G${aRows.length}`);
    aRows.push(["序号", "姓名", "性别", "身份证号", "所在村", "培训日期", "培训班次"]);
    chunk.forEach((a, k) => {
      const same = k > 0 && chunk[k - 1].date === a.date;
      let idTxt = a.p.id;
      if (!lowerX && isX(idTxt)) { idTxt = idTxt.slice(0, 17) + "x"; lowerX = true; }
      aRows.push([pg * PAGE + k + 1, a.p.name, Number(a.p.id[16]) % 2 ? "男" : "女", idTxt, a.p.v, same ? "同上" : cnDate(a.date), same ? "同上" : a.cls]);
      aRecs.push({ date: a.date, personTimes: 1, id: a.p.id });
    });
    aRows.push(padRow([`本页共${chunk.length}人`], AW));
    aM.push(`A${aRows.length}:G${aRows.length}`);
  }
  assert(lowerX, "l2 a lower-case x");
  // every page starts with an explicit date even inside one class
  assert(att.length > 24 && (att[PAGE - 1].date === att[PAGE].date || att[2 * PAGE - 1].date === att[2 * PAGE].date), "l2 a class crosses a page");

  // 宣传报道剪报簿
  const MEDIA = [["2020-10-16", "梅州日报", "市级", "报纸", "大埔蜜柚搭上电商快车", "city", false], ["2020-11-03", "梅州日报", "市级", "报纸", "百侯镇电商服务站开张", "city", false],
    ["2021-01-20", "大埔县融媒体中心", "县级", "电视", "脱贫户学直播卖茶叶", "county", true], ["2021-02-12", "大埔县融媒体中心", "县级", "网络", "春节线上年货节", "county", false],
    ["2021-04-09", "广东广播电视台珠江频道", "省级", "电视", "客家山货网上走红", "province", true], ["2021-06-25", "南方日报", "省级", "报纸", "大埔：电商进村助增收", "province", false],
    ["2021-08-31", "中央电视台农业农村频道", "国家级", "电视", "大埔蜜柚直播间", "national", true], ["2021-09-14", "学习强国广东学习平台", "省级", "网络", "大埔电商扶贫见闻", "province", false]];
  const MW = 6;
  const mRows = [padRow(["大埔县电商宣传报道剪报簿（目录）"], MW), ["序号", "日期", "媒体", "级别", "形式", "标题"]];
  MEDIA.forEach((m, i) => {
    const pr = i > 0 ? MEDIA[i - 1] : null;
    mRows.push([i + 1, `${cnDate(m[0])}（${wk(m[0])}）农历${lunarMD(m[0])}`, pr && pr[1] === m[1] ? DITTO : m[1], pr && pr[2] === m[2] ? DITTO : m[2], pr && pr[3] === m[3] ? DITTO : m[3], m[4]]);
  });
  assert(lunarMD("2021-02-12") === "正月初一", "l2 lunar new year");
  return {
    description:
      `梅州大埔县商务局交来的三张手写簿誊录表。①《参训花名册》是建档立卡贫困户电商培训花名册按纸页原样录入：每页先抄一行页题“大埔县建档立卡贫困户电商培训花名册（第2页，共${pages}页）”、再抄一遍表头，12人一页，页末一行“本页共×人”（不是学员）；培训日期写“2020年12月3日”，同一班下面各行日期和班次写“同上”，跨页后新一页第一行重新写日期；一个身份证号末位是小写“x”。②《劳动力台账》按户排（户主只写在每户第一行），劳动能力“有劳动能力／无劳动能力”、务工情况“外出务工／在家务农／—”、所在村凡与上一行相同都写“〃”（“—”下面不写〃）。③《剪报簿》是剪报本的目录：日期写成“2021年2月12日（星期五）农历正月初一”，同一媒体、级别、形式连着相同时写“〃”；级别有国家级（中央电视台农业农村频道，2021年8月31日）、省级、市级、县级，形式电视／报纸／网络，最后一条2021年9月14日。`,
    sheets: [
      { name: "参训花名册", rows: aRows, merges: aM },
      { name: "劳动力台账", rows: pRows, merges: ["A1:G1", "A2:G2"] },
      { name: "剪报簿", rows: mRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "参训花名册": { kind: "training", records: aRecs },
        "劳动力台账": { kind: "poorPersons", records: pRecs },
        "剪报簿": { kind: "media", records: MEDIA.map((m) => ({ date: m[0], level: m[5], tv: m[6] })) },
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
write("counties", "b254-c1-jiexi.json", c1);
write("facts", "b254-f1-ruyuan.json", f1);
write("facts", "b254-f2-yangxi.json", f2);
write("facts", "b254-f3-chaoan.json", f3);
write("ledgers", "b254-l1-longchuan.json", l1);
write("ledgers", "b254-l2-dabu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
