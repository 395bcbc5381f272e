// Batch 248 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b243.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (248248), no clock. Run: node test/corpus/counties/_make/gen-b248.js
// Theme: a township-by-township roll-up — the county's figures are the 合计 row / column, 片区小计 lines sit among the towns
// (adding every number double-counts), and notes say which towns are left out or folded into another (c1, f1, l1).
//
// c1 封开县 (肇庆): 《基础数据》表一 writes 常住人口 / 行政村数 / 省定贫困村数 only as “见表二‘合计’行”; 表二 lists the towns by
//    西江片 / 贺江片 with 片区小计 rows, 江口街道 (county seat) after both, 合计 = two 小计 + 江口街道. 《分镇按月培训》 is a unit ×
//    month matrix (县直, 江口街道, towns, two 小计 rows, 合计 row; 2020年9月…2021年8月, 合计 column, then a 2021年9月 column after
//    it); the poor-household class sign-in is a separate sheet not in the matrix. Villages, stations, funds are town / category
//    blocks with 小计 rows. Edges: matrix + sign-ins exactly 3,140 = 0.8% of 392,500; 126/180 villages (70%) and 12/15 poor
//    villages (80%) both hinge on one poor-village station opened 2021-08-31; 32/80 poor persons (40%); centre opened 2021-03-01
//    (a day late for six months); 19 firms in the park (left 08-31 counts, left 08-30 not); agri retail growth exactly 30%;
//    the only provincial TV case aired 2021-09-01.
// f1 乳源瑶族自治县 (韶关): 《分镇汇总》 indicators as rows, units as columns — 全县合计｜县直｜乳城镇｜东部片区 (小计 + 3 towns)｜
//    西部片区 (小计 + 5 towns)｜备注, two-row header; 乳城镇's training “(342)” is already in 县直 (note 2), 游溪/必背 counted in
//    东坪 (note 3); a derived 培训率 row; then a small 县级指标 table (亿元 / 万元 / % in a unit column, “2020.11.26”).
// f2 电白区 (茂名): the August 2021 月报 — 本月｜本年累计｜创建以来累计｜目标值｜完成率 (facts = 创建以来累计, “9,876” text, a “#DIV/0!”
//    leftover), a 2020｜2019｜同比增长（%） table, a 时点数 table (157.43万人, “2020年6月”), a prose 本月主要工作 block; no leader.
// f3 陆河县 (汕尾): the official indicator table with the 评分标准 cell ticked line by line (“■” met / “□” not), judged points at the
//    line end (“（1-2分）：1分”), numbers only in the 自查情况说明 sentences, 自评得分 as “12/15”, vetoes as “□是　■否”.
// l1 阳西县 (阳江): ledger book one — villages in town sections (section title rows, 小计, 合计, “other four towns in book two”),
//    a station roll-up with the town column merged down and 小计 rows (two towns “reported separately”), a training roll-up
//    one session a row with 培训人次 and a “其中：贫困人口人次” subset column, 小计 / 合计 rows, one town folded into 县电商中心;
//    a 填报说明 sheet (not a ledger).
// l2 徐闻县 (湛江): a park 招商入驻进度表 (签约日期 vs 入驻日期; leaving only in 状态 text), a press register with levels typed
//    中央 / 省级 / 地市级 / 县级（融媒体）, and the site-column update log kept by 旬 (one row a month, “12日、18日” in a cell).
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
let seed = 248248;
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
    assert(/^b248-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b248-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b248-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 肇庆市封开县: 基础数据“常住人口、行政村数见表二合计行”＋分镇按月培训人次表（合计列、片区小计行）＋ 分镇小计的名单／站点／资金
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "441225";
  const JK = "江口街道";
  const WEST = ["江川镇", "罗董镇", "杏花镇", "渔涝镇", "河儿口镇", "长岗镇", "莲都镇"];
  const EAST = ["南丰镇", "大洲镇", "都平镇", "白垢镇", "大玉口镇", "金装镇", "长安镇", "平凤镇"];
  const TOWNS = [JK].concat(WEST, EAST);
  const NV = { 江口街道: 6, 江川镇: 10, 罗董镇: 11, 杏花镇: 13, 渔涝镇: 12, 河儿口镇: 11, 长岗镇: 12, 莲都镇: 10,
    南丰镇: 17, 大洲镇: 12, 都平镇: 10, 白垢镇: 12, 大玉口镇: 9, 金装镇: 10, 长安镇: 13, 平凤镇: 12 };
  const COMM = { 江口街道: ["城中社区", "江滨社区", "封川社区", "河堤社区", "新华社区", "和平社区", "兴华社区", "龙山社区"], 南丰镇: ["南丰圩社区"], 长安镇: ["长安社区"] };
  const vn = villageNamer("大石黄白金龙新罗平东西南上高古潭沙竹", "田坑塘岗洞围坪岭头寨口湾垌坡背冲");
  const vil = [];
  for (const t of TOWNS) {
    for (const c of COMM[t] || []) vil.push({ town: t, name: c, admin: false });
    for (let i = 0; i < NV[t]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false, express: true });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 180 && comms.length === 10, "c1 villages " + adminV.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== JK)).slice(0, 15);
  for (const v of poorList) v.poor = true;
  const noExpress = adminV.filter((v) => v.town === "平凤镇" && !v.poor)[2];
  noExpress.express = false;

  // ---------------- 村（居）名单：一镇一段，每段末“小计”行，最后“全县合计”
  const VW = 6;
  const vRows = [padRow(["封开县行政村（社区）名单（分镇街）"], VW), ["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递物流到村"]];
  const vM = ["A1:F1"];
  let vno = 0;
  for (const t of TOWNS) {
    const block = vil.filter((v) => v.town === t);
    const r0 = vRows.length + 1;
    for (const v of block) {
      vno++;
      if (v.admin) vRows.push([vno, t, vno % 5 === 2 ? v.name.replace(/村$/, "村委会") : v.name, "行政村", v.poor ? "是" : "否", v.express ? "是" : "否"]);
      else vRows.push([vno, t, v.name.replace(/社区$/, "社区居委会"), "社区", "—", "是"]);
    }
    mergeCol(vM, "B", r0, vRows.length);
    const na = block.filter((v) => v.admin).length;
    const nc = block.length - na;
    vRows.push([null, `${t}小计`, nc ? `行政村${na}个、社区${nc}个` : `行政村${na}个`, null, `${block.filter((v) => v.poor).length}个`, null]);
  }
  vRows.push([null, "全县合计", `行政村${adminV.length}个、社区${comms.length}个`, null, `${poorList.length}个`, null]);
  vRows.push(padRow(["注：平凤镇" + noExpress.name + "地处山区，快递暂由村民到镇上自取，未实现到村。"], VW));
  vM.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- 站点：126/180 = 70.0%（其中一站2021年8月31日挂牌，且在贫困村），贫困村12/15 = 80.0%
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.slice(0, 12).forEach((v, i) => st.push({ v, opened: i === 5 ? "2021-08-31" : randIsoBetween("2019-12-01", "2021-07-31") }));
  nonPoor.slice(0, 114).forEach((v) => st.push({ v, opened: randIsoBetween("2019-12-01", "2021-08-20") }));
  st.push({ v: nonPoor[7], opened: "2021-04-16", second: true });
  st.push({ v: comms[0], opened: "2020-06-18", comm: true });
  st.push({ v: comms[3], opened: "2020-10-09", comm: true });
  st.push({ v: nonPoor[114], opened: "2021-09-01" });
  st.push({ v: poorList[12], opened: "2021-09-02" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 126 && covered.size * 100 === 70 * 180 && poorCovered === 12 && poorCovered * 100 === 80 * 15, "c1 coverage " + covered.size);
  const covNo831 = new Set(st.filter((s) => !s.comm && s.opened < CUT).map((s) => s.v.name));
  assert(covNo831.size === 125 && poorList.filter((v) => covNo831.has(v.name)).length === 11, "c1 the 8-31 station decides both tiers");
  const SW = 7;
  const sRows = [padRow(["封开县村级电子商务服务站点清单（按镇街汇总）"], SW), padRow(["填报单位：封开县商务局　　　　　　　　　　更新至2021年9月10日"], SW),
    ["序号", "镇（街道）", "站点名称", "所在村（社区）", "站长", "联系电话", "挂牌时间"]];
  const sM = ["A1:G1", "A2:G2"];
  let sno = 0;
  for (const t of TOWNS) {
    const block = st.filter((s) => s.v.town === t).sort((a, b) => cmp(a.opened, b.opened));
    if (!block.length) continue;
    const r0 = sRows.length + 1;
    for (const s of block) {
      sno++;
      const stem = s.v.name.replace(/村$|社区$/, "");
      const nm = s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站${s.second ? "（二）" : ""}`;
      const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : s.opened === "2021-09-02" ? D("2021-09-02") : dateCell(s.opened, sno);
      sRows.push([sno, t, nm, s.comm ? s.v.name : s.v.name.replace(/村$/, sno % 3 ? "村" : "村委会"), personName(), mask(phone()), op]);
    }
    mergeCol(sM, "B", r0, sRows.length);
    sRows.push([null, "小计", `${block.length}个`, null, null, null, null]);
  }
  sRows.push([null, "合计", `${st.length}个`, null, null, null, null]);
  sRows.push(padRow(["注：江口街道的社区电商服务点不计入行政村覆盖率。"], SW));
  sM.push(`A${sRows.length}:G${sRows.length}`);

  // ---------------- 建档立卡贫困人口：100人，有劳动能力且未外出80人
  const persons = [];
  for (let i = 0; i < 100; i++) {
    const labour = i < 92;
    const migrant = i >= 80 && i < 92;
    persons.push({ id: makeId(REG, birthBetween(1960, 2002), rnd() < 0.5, i % 13 === 4 ? true : i % 13 === 5 ? false : undefined), name: personName(),
      village: poorList[i % 15], labour, migrant });
  }
  const P = shuffle(persons);
  const pRows = [padRow(["封开县建档立卡贫困人口劳动能力及务工情况表"], 7), ["序号", "姓名", "身份证号", "镇", "村", "劳动能力", "务工情况"]];
  P.forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village.town, p.village.name, p.labour ? "有劳动能力" : "无劳动能力", p.migrant ? "外出务工" : "未外出"]));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 80, "c1 eligible");

  // ---------------- 脱贫户专题培训签到：32/80 = 40.0%
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 32);
  const lateOnly = EL[32];
  const migr = persons.filter((p) => p.migrant).slice(0, 2);
  const noLab = persons.filter((p) => !p.labour)[0];
  const classes = [
    { date: "2020-11-12", title: "第一期：网店开设与运营" }, { date: "2021-01-20", title: "第二期：农产品拍摄与包装" },
    { date: "2021-04-15", title: "第三期：短视频与直播带货" }, { date: "2021-06-24", title: "第四期：社区团购与微商" },
    { date: "2021-09-01", title: "第五期：电商创业辅导" }];
  classes.forEach((c) => (c.people = []));
  trained.forEach((p, i) => classes[i % 4].people.push(p));
  classes[2].people.push(trained[0], trained[5], trained[10]);
  classes[3].people.push(trained[1]);
  classes[4].people.push(lateOnly, trained[3]);
  classes[0].people.push(migr[0]);
  classes[2].people.push(migr[1], noLab);
  const tRows = [padRow(["封开县脱贫户电商专题培训签到汇总"], 7), ["序号", "培训日期", "期次", "姓名", "身份证号码", "所在村", "签到"]];
  const tRecs = [];
  let tn = 0;
  classes.forEach((c, ci) => {
    shuffle(c.people).forEach((p, k) => {
      tn++;
      tRows.push([tn, [D(c.date), dotDate(c.date), cnDate(c.date), slashDate(c.date), "2021.9.1"][ci], c.title, p.name, isX(p.id) && k % 2 ? p.id.slice(0, 17) + "x" : p.id, p.village.name, "√"]);
      tRecs.push({ date: c.date, personTimes: 1, id: p.id });
    });
  });
  checkTrainingIds(tRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 32 && trainedIds.size * 100 === 40 * eligible.length, "c1 poor rate " + trainedIds.size);
  const S = tRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 分镇按月培训人次（合计列＝2020年9月—2021年8月；9月列在合计之后）：矩阵合计＋签到行 = 3,140 = 392,500 的 0.8%
  const POP = 392500;
  const PT = 3140;
  assert(PT * 1000 === POP * 8, "c1 0.8% exactly");
  const mRowsDef = [{ name: "县直（县电商公共服务中心）", kind: "county" }, { name: JK, kind: "jk" }];
  WEST.forEach((t) => mRowsDef.push({ name: t, kind: "west" }));
  EAST.forEach((t) => mRowsDef.push({ name: t, kind: "east" }));
  for (const r of mRowsDef) {
    r.cells = WINDOW.map(() => null);
    const k = r.kind === "county" ? 8 : r.kind === "jk" ? 4 : rint(2, 4);
    const months = shuffle(WINDOW.map((_, i) => i)).slice(0, k).sort((a, b) => a - b);
    for (const m of months) r.cells[m] = r.kind === "county" ? rint(70, 150) : rint(18, 55);
    r.sep = null;
  }
  mRowsDef[0].sep = 96;
  mRowsDef.find((r) => r.name === "大洲镇").sep = 34;
  const M = PT - S;
  const cRow = mRowsDef[0];
  const cIdx = cRow.cells.map((c, i) => (c ? i : -1)).filter((i) => i >= 0);
  let diff = M - sum(mRowsDef.map((r) => sum(r.cells.map((c) => c || 0))));
  const share = Math.trunc(diff / cIdx.length);
  for (const i of cIdx) cRow.cells[i] += share;
  cRow.cells[cIdx[cIdx.length - 1]] += diff - share * cIdx.length;
  for (const i of cIdx) assert(cRow.cells[i] >= 40 && cRow.cells[i] <= 320, "c1 matrix adjust " + cRow.cells[i]);
  const rowSum = (r) => sum(r.cells.map((c) => c || 0));
  assert(sum(mRowsDef.map(rowSum)) === M, "c1 matrix total");
  const MW = 17;
  const mHead = ["单位"].concat(WINDOW.map((w) => cnMonth(w).replace(/^2020年/, "2020年").replace(/^2021年/, "2021年")), ["合计", "2021年9月", "备注"]);
  assert(mHead.length === 16, "c1 mhead");
  const gRows = [padRow(["封开县农村电商普及培训人次统计表（分镇街、按月）"], MW), padRow(["单位：人次"], MW), padRow(["序号"].concat(mHead), MW)];
  const gM = ["A1:Q1", "A2:Q2"];
  let gno = 0;
  const addM = (r) => {
    gno++;
    gRows.push([gno, r.name].concat(r.cells.map((c) => (c ? c : null)), [rowSum(r), r.sep, r.sep ? "9月举办，截止日后" : null]));
  };
  const subtotal = (label, rs) => {
    const cells = WINDOW.map((_, i) => sum(rs.map((r) => r.cells[i] || 0)));
    gRows.push([null, label].concat(cells.map((c) => (c ? c : null)), [sum(cells), sum(rs.map((r) => r.sep || 0)) || null, null]));
    return cells;
  };
  addM(mRowsDef[0]);
  addM(mRowsDef[1]);
  mRowsDef.filter((r) => r.kind === "west").forEach(addM);
  subtotal("西江片小计", mRowsDef.filter((r) => r.kind === "west"));
  mRowsDef.filter((r) => r.kind === "east").forEach(addM);
  subtotal("贺江片小计", mRowsDef.filter((r) => r.kind === "east"));
  const tot = subtotal("合计", mRowsDef);
  assert(sum(tot) === M, "c1 total row");
  gRows.push(padRow(["注：1．“合计”列为2020年9月至2021年8月合计；2021年9月举办的培训在考评截止日之后，单列备查，不计入合计。"], MW));
  gM.push(`A${gRows.length}:Q${gRows.length}`);
  gRows.push(padRow(["　　2．片区小计只含本片区各镇，不含县直和江口街道；全县“合计”行＝县直＋江口街道＋两片小计。"], MW));
  gM.push(`A${gRows.length}:Q${gRows.length}`);
  gRows.push(padRow(["　　3．脱贫户电商专题培训另见《脱贫户专题培训签到》，本表未计入。"], MW));
  gM.push(`A${gRows.length}:Q${gRows.length}`);
  for (const r of gRows) assert(r.length === MW, "c1 g width");

  // ---------------- 入驻企业：21行，截止日在园19家（8月31日退出的算，8月30日退出、9月1日入驻的不算）
  const fnm = nameMaker("封贺江开丰罗杏", "源丰达盛和兴鑫华", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "网店", "销售型", "电商运营服务商", "物流", "销售型", "网店", "销售型", "平台型", "快递",
    "销售型", "代运营", "销售型", "网店", "销售型", "物流", "销售型", "销售型", "销售型"];
  const firms = TYPES.map((t) => ({ name: `封开县${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("441225"),
    entered: randIsoBetween("2020-03-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[6].left = "2021-08-30";
  firms[9].left = "2021-08-31";
  firms[20].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 19, "c1 park " + inPark.length);
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(types.size === 4, "c1 types");
  const eRows = [padRow(["封开县电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, [D(f.entered), dotDate(f.entered), cnDate(f.entered)][i % 3], f.left ? D(f.left) : null, f.left ? "已退出" : null]));

  // ---------------- 资金（元，分类小计）：截止日前 4,380,000.00 / 6,000,000 = 73.0%
  const ALLOC = 6000000;
  const cats = [
    ["一、县级电子商务公共服务中心", [["2020-05-20", 980000, "中心装修及设备购置"], ["2020-12-15", 356800, "中心运营补助（2020年）"]]],
    ["二、村级电商服务站点（按镇拨付）", [["2020-08-26", 412500, "西江片七镇站点建设补助"], ["2020-11-30", 498300.6, "贺江片八镇站点建设补助"], ["2021-05-18", 265400, "站点设备补充（第二批）"], ["2021-09-03", 186000, "站点建设补助（第三批）"]]],
    ["三、农村电商培训", [["2020-10-22", 238650, "普及培训（第一阶段）"], ["2021-06-29", 0, "普及培训及脱贫户专题培训（第二阶段）"]]],
    ["四、县乡村三级物流体系", [["2021-03-12", 827600, "物流配送中心及车辆"], ["2021-08-31", 302000, "乡镇物流节点建设"]]],
  ];
  const allPays = cats.flatMap((c) => c[1]);
  const adj = allPays.find((p) => p[0] === "2021-06-29");
  adj[1] = yuan2(4380000 - sumYuan(allPays.filter((p) => p[0] <= CUT && p !== adj).map((p) => p[1])));
  const spent = sumYuan(allPays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 4380000 && spent * 100 === 73 * ALLOC && adj[1] > 100000, "c1 spent " + spent + " " + adj[1]);
  const fRows = [padRow(["封开县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目", "用途", "拨付金额", "凭证号"]];
  const fM = ["A1:F1", "A2:F2"];
  let fno = 0;
  for (const [cat, ps] of cats) {
    fRows.push(padRow([cat], 6));
    fM.push(`A${fRows.length}:F${fRows.length}`);
    for (const p of ps) {
      fno++;
      fRows.push([fno, [slashDate(p[0]), D(p[0]), dotDate(p[0])][fno % 3], cat.replace(/^[一二三四]、/, ""), p[2], fmtMoney(p[1]), `封商记${pad3(fno * 5 + 3)}`]);
    }
    fRows.push([null, "小计", null, null, fmtMoney(sumYuan(ps.map((p) => p[1]))), null]);
  }
  fRows.push([null, "合计", null, null, fmtMoney(sumYuan(allPays.map((p) => p[1]))), null]);

  // ---------------- 报送：2021年2月没有（11个月），另有2020年8月一条（窗口外）
  const reps = ["2020-08-27"].concat(WINDOW.filter((m) => m !== "2021-02").map((m) => `${m}-${String(rint(26, 28)).padStart(2, "0")}`));
  assert(inWindowMonths(reps) === 11, "c1 reports 11");
  const rRows = [padRow(["封开县向肇庆市商务局报送示范创建工作情况登记"], 5), ["序号", "报送日期", "报送内容", "报送方式", "经办人"]];
  reps.forEach((r, i) => rRows.push([i + 1, [dotDate(r), D(r)][i % 2], `${cnMonth(r)}电子商务进农村工作进展及统计报表`, i % 3 ? "粤政易" : "公文交换", "何××"]));

  // ---------------- 专栏更新：12个月都有，8月那条是2021-08-31
  const up = [];
  for (const m of WINDOW) up.push(m === "2021-08" ? "2021-08-31" : `${m}-${String(rint(5, 25)).padStart(2, "0")}`);
  assert(inWindowMonths(up) === 12, "c1 disclosure 12");
  const uRows = [padRow(["封开县人民政府网“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "链接"]];
  up.forEach((u, i) => uRows.push([i + 1, D(u), `封开县电子商务进农村综合示范项目建设进度（${cnMonth(u)}）`, `http://www.fengkai.gov.cn/zwgk/dsjnc/content/post_${2210000 + i * 137}.html`]));

  // ---------------- 宣传、经验材料
  const mRows = [padRow(["封开县电子商务进农村宣传报道情况"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, D("2020-12-09"), "封开县融媒体中心", "县级", "网络", "封开：村级电商站让山货走出大山", "否"],
    [2, D("2021-05-21"), "西江日报", "市级", "报纸", "封开油栗搭上电商快车", "否"],
    [3, D("2021-09-01"), "广东广播电视台", "省级", "电视", "封开脱贫户直播卖杏花鸡", "是"]];
  const matRows = [padRow(["封开县经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送单位"],
    [1, D("2021-08-30"), "封开县“镇级电商服务中心＋村级站点”带动脱贫户增收经验材料", "肇庆市商务局"],
    [2, D("2021-09-06"), "封开县电子商务进农村综合示范创建工作总结", "肇庆市商务局"]];

  // ---------------- 基础数据：表一项目｜内容｜备注（常住人口、村数“见表二合计行”），表二分镇基本情况（片区小计不含江口街道）
  const BW = 6;
  const T1 = [
    ["县（市、区）", "封开县", null],
    ["考评截止日期", "2021年8月31日", null],
    ["常住人口", "见表二“合计”行", "第七次全国人口普查"],
    ["行政村数", "见表二“合计”行", "不含社区"],
    ["省定贫困村数", "见表二“合计”行", null],
    ["领导小组组长", "县委副书记、县长", "封府办〔2019〕41号"],
    ["领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县邮政分公司", null],
    ["示范县工作方案", "已正式印发", "封府办〔2019〕45号"],
    ["方案制定（自评1-2分）", 2, null],
    ["支持农村电商发展的政策", "已出台", "《封开县促进农村电子商务发展若干措施》"],
    ["政策支持（自评1-2分）", 1, null],
    ["项目管理制度（自评1-2分）", 2, null],
    ["工作台账（自评1-2分）", 1, null],
    ["县级电子商务公共服务中心投入运营日期", "2021年3月1日", null],
    ["有免费培训场所、培训设备，能组织电商基础培训", "是", null],
    ["为特色农产品提供免费展示、销售服务", "是", null],
    ["为电子商务市场主体提供免费摄影、美工服务", "是", null],
    ["组织农产品统一推广、指导特色农产品品牌建设", "是", null],
    ["为电子商务发展提供其他衍生增值服务", "否", null],
    ["建设或整合、优化当地电商产业园", "是", "封开县电子商务产业园"],
    ["有专业第三方电子商务运营或服务商", "是", null],
    ["行政村物流快递覆盖率", "100%", null],
    ["网销调研（自评1-2分）", 2, null],
    ["网络促销活动（自评1-2分）", 1, null],
    ["交易标准与冷链溯源（自评1-2分）", 1, null],
    ["2019年农村网络零售额", "36000万元", null],
    ["2020年农村网络零售额", "46000万元", null],
    ["2019年农产品网络零售额", "12000万元", null],
    ["2020年农产品网络零售额", "15600万元", "省商务厅反馈数"],
    ["专栏公示创建方案", "是", null],
    ["专栏公示项目基本信息", "是", null],
    ["专栏公示项目建设进度", "是", null],
    ["专栏设立征求意见或监督举报窗口", "是", "监督举报电话及邮箱"],
    ["能统计电商扶贫情况", "是", null],
    ["下达资金总额", "600万元", null],
    ["资金管理制度（自评1-5分）", 4, null],
    ["资金台账（自评1-5分）", 4, null],
    ["资金及时拨付（自评1-5分）", 4, null],
    ["项目总体进度", "78%", null],
    ["发生安全生产、质量事故或重大损失", "否", null],
    ["弄虚作假", "否", null],
  ];
  const bd = [padRow(["封开县电子商务进农村综合示范考评基础数据"], BW), padRow(["表一　基本情况"], BW), padRow(["序号", "项目", "内容", "备注"], BW)];
  const bM = ["A1:F1", "A2:F2"];
  T1.forEach((t, i) => bd.push(padRow([i + 1, t[0], t[1], t[2]], BW)));
  bd.push(padRow([], BW));
  bd.push(padRow(["表二　分镇（街道）基本情况"], BW));
  bM.push(`A${bd.length}:F${bd.length}`);
  bd.push(["序号", "镇（街道）", "常住人口（人）", "行政村（个）", "社区（个）", "省定贫困村（个）"]);
  const pop = {};
  for (const t of TOWNS) pop[t] = t === JK ? rint(76000, 84000) : rint(14000, 27000);
  pop["南丰镇"] = 0;
  pop["南丰镇"] = POP - sum(Object.values(pop));
  assert(pop["南丰镇"] > 15000 && pop["南丰镇"] < 60000, "c1 nanfeng pop " + pop["南丰镇"]);
  const tInfo = (t) => {
    const b = vil.filter((v) => v.town === t);
    return [pop[t], b.filter((v) => v.admin).length, b.filter((v) => !v.admin).length, b.filter((v) => v.poor).length];
  };
  let bno = 0;
  const addGroup = (label, ts) => {
    const acc = [0, 0, 0, 0];
    for (const t of ts) {
      bno++;
      const x = tInfo(t);
      x.forEach((v, i) => (acc[i] += v));
      bd.push([bno, t].concat(x));
    }
    bd.push([null, label].concat(acc));
    return acc;
  };
  const wAcc = addGroup("西江片小计", WEST);
  const eAcc = addGroup("贺江片小计", EAST);
  bno++;
  const jk = tInfo(JK);
  bd.push([bno, JK].concat(jk));
  const totals = wAcc.map((v, i) => v + eAcc[i] + jk[i]);
  assert(totals[0] === POP && totals[1] === 180 && totals[2] === 10 && totals[3] === 15, "c1 table two totals " + totals);
  bd.push([null, "合计"].concat(totals));
  bd.push(padRow(["注：片区小计不含江口街道（县城单列）；“合计”＝西江片小计＋贺江片小计＋江口街道。常住人口为第七次全国人口普查分镇数据。"], BW));
  bM.push(`A${bd.length}:F${bd.length}`);
  bd.push(padRow(["填表人：何××　　审核：陈××　　封开县商务局　2021年9月10日"], BW));
  bM.push(`A${bd.length}:F${bd.length}`);
  for (const r of bd) assert(r.length === BW, "c1 bd width");

  // ---------------- 自评得分（clerk's claim）
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 13, "work.coverage": 10, "work.upward": 9, "work.training": 18,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", "org.leadership", "县长任组长，商务、财政、农业农村、乡村振兴等部门参与"],
    [null, "方案制定", "org.plan", "封府办〔2019〕45号"],
    [null, "政策支持", "org.policy", "已出台，落实有待加强"],
    [null, "项目管理", "org.management", "制度2分，台账1分"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", "work.center", "中心运营满6个月，入驻企业20家"],
    [null, "服务体系建设（村级站点）", "work.coverage", "行政村、贫困村覆盖均达标"],
    [null, "农村产品上行", "work.upward", "农产品网络零售额增长30%"],
    [null, "电商人才培训", "work.training", "培训人次0.8%，贫困人口培训率40%以上"],
    ["加强信息公开及报送（10分）", "信息公开", "info.disclosure", "专栏按月更新"],
    [null, "数据上报", "info.reporting", "每月报送"],
    ["加强宣传推广（10分）", "案例总结", "promo.cases", "已报送经验材料"],
    [null, "经验推广", "promo.media", "省、市、县级媒体均有报道"],
    ["加强财政资金管理（15分）", "制度建立", "fund.system", null],
    [null, "资金台账", "fund.ledger", null],
    [null, "资金支出", "fund.spending", "支出率73%"],
    ["加分项（4分）", "贫困人口培训率70%及以上", "bonus.poorTraining", null],
    [null, "电商扶贫典型案例电视播报", "bonus.tvCase", "广东广播电视台播出"],
  ];
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const ir = [padRow(["封开县电子商务进农村综合示范考评自评得分表"], 5), ["工作任务", "评价指标", "权重", "自评分", "自评说明"]];
  const iM = ["A1:E1"];
  let gStart = 0;
  IND.forEach((x) => {
    if (x[0]) {
      if (gStart && ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
      gStart = ir.length + 1;
    }
    ir.push([x[0], x[1], MAX[x[2]], claimed[x[2]], x[3]]);
  });
  if (ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
  const cScored = sum(SCORED.map(([id]) => claimed[id]));
  ir.push(["合计", null, 100, `${cScored}（另加分1）`, null]);
  assert(cScored === 90, "c1 claimed " + cScored);

  // ---------------- points
  const cp = { built: 2, six: "2021-03-01" <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(cp));
  const covPts = (covered.size * 100 >= 70 * 180 ? 5 : covered.size * 100 >= 50 * 180 ? 2 : 0) + (poorCovered === 15 ? 5 : poorCovered * 100 >= 80 * 15 ? 3 : 0);
  const A19 = 120000000, A20 = 156000000, R19 = 360000000, R20 = 460000000;
  assert((A20 - A19) * 100 === 30 * A19 && (R20 - R19) * 100 < 30 * R19, "c1 growth");
  const upPts = 2 + 1 + 1 + 0 + 1 + 2;
  const ptPts = PT * 100 >= POP ? 10 : PT * 1000 >= POP * 8 ? 8 : PT * 1000 >= POP * 6 ? 6 : 0;
  const poorPts = trainedIds.size * 100 >= 50 * 80 ? 10 : trainedIds.size * 100 >= 40 * 80 ? 8 : 6;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 4, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 10 && covPts === 8 && ptPts === 8 && poorPts === 8 && upPts === 7, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = 0;
  assert(scored === 75, "c1 scored " + scored);
  const sepTotal = sum(mRowsDef.map((r) => r.sep || 0));
  const derivation = [
    "org.leadership: 组长“县委副书记、县长”（主要领导）；成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 已正式印发；方案制定自评2 → 2",
    "org.policy: 已出台；政策支持自评1 → 1",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    `work.center: 中心“2021年3月1日”投入运营 ≤ 截止日 → 建成2；比2021-02-28晚一天，未满6个月 → 0；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“否” → 0；产业园2；《入驻企业》21行：2021-08-30退出的不算、2021-09-01入驻的不算、2021-08-31退出的算 → 在园${inPark.length}家 < 20 → 0；类型平台／销售（含网店）／运营（电商运营服务商、代运营）／物流（含快递）4种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》行政村${adminV.length}个（社区${comms.length}个、各镇小计行和全县合计行不算）；《站点清单》截止日前有站的行政村${covered.size}个（同村二站算一次，江口街道2个社区服务点不算，2021.9.1和2021-09-02挂牌的两站不算，小计／合计行不算） → ${covered.size}/180 = 70.0% ≥ 70% → 5；省定贫困村${poorList.length}个中有站${poorCovered}个 = 80.0% → 3（其中一站2021年8月31日挂牌，截止日当天算；少了它行政村125/180=69.4%只得2、贫困村11/15=73.3%得0）；合计${covPts}`,
    "work.upward: 网销调研2；网络促销1；第三方1；《村居名单》有“快递物流到村”列，平凤镇" + noExpress.name + "为“否” → 0（基础数据写100%，以名单为准并告警）；标准溯源1；农村网络零售额36000→46000万元增长27.8%不够，但农产品网络零售额12000→15600万元增长正好30.0% → 2；合计7",
    `work.training: 常住人口取表二“合计”行${fmtInt(POP)}人（片区小计不含江口街道，不能把小计行再加一遍） → 0.8% = 3,140人次；《分镇按月培训》“合计”行的“合计”列${fmtInt(M)}人次（只算各单位行，不算西江片、贺江片小计行；2021年9月列${sepTotal}人次在截止日后，不算）＋《脱贫户专题培训签到》截止日前${S}行 = ${fmtInt(PT)}人次 = 正好0.80% → 8；《贫困人口》有劳动能力且未外出的80人，身份证号在截止日前签到中出现的${trainedIds.size}人（多次参训算一人，小写x同一号码；只参加2021年9月1日第五期的1人不算；外出务工2人、无劳动能力1人不算） → ${trainedIds.size}/80 = 40.0% → 8；合计16`,
    "info.disclosure: 创建方案、项目信息、建设进度、监督举报窗口都“是” → 2；《专栏更新》2020年9月—2021年8月每月都有（8月那条是2021-08-31，算） → 2；合计4",
    "info.reporting: 《报送记录》窗口内缺2021年2月（2020-08-27那条在窗口外） → 不定时1；能统计电商扶贫情况“是” → 3；合计4",
    "promo.cases: 《经验材料》2021-08-30报送一份 → 2（9月6日的总结不算）",
    "promo.media: 截止日前有市级（西江日报） → 3、县级（封开县融媒体中心） → 1；广东广播电视台2021-09-01播出，在截止日后，省级不算；合计4",
    "fund.system: 自评4 → 4",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金台账》（单位元）截止日前各笔${fmtMoney(spent)}元（2021/9/3的186,000.00、小计行、合计行不算；2021-08-31那笔算）/ 6,000,000 = 73.0% ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 32/80 = 40.0% < 70% → 0",
    "bonus.tvCase: 唯一的电视典型案例（广东广播电视台）2021-09-01播出，在截止日后 → 0",
    "veto.incident: 否 → 不否决",
    "veto.progress: 总体进度78% ≥ 40% → 不否决",
    "veto.fraud: 否 → 不否决",
  ];
  return {
    description:
      `肇庆封开县商务局的整本考评工作簿（13个表），${scored}分、无加分、未否决，主题是分镇汇总：《基础数据》表一里常住人口、行政村数、省定贫困村数都只写“见表二‘合计’行”，表二分镇（街道）基本情况按西江片、贺江片各列一段并带“片区小计”行，江口街道（县城）单列在两片之后，注明片区小计不含江口街道、合计＝两片小计＋江口街道（39.25万人、180个行政村、15个省定贫困村）；《分镇按月培训》是单位×月份矩阵，行有县直、江口街道、各镇和两行片区小计、一行合计，列是2020年9月—2021年8月、“合计”列，合计列之后还有一列“2021年9月”（截止日后），脱贫户专题班另有签到表不在矩阵内；村居名单、站点清单按镇分段带小计行，资金台账按类别分段带小计。边界：矩阵合计加签到行正好3,140人次＝0.8%；站点126/180正好70%、贫困村12/15正好80%，都靠一个2021年8月31日挂牌的贫困村站点；贫困人口培训率正好32/80＝40%；中心2021年3月1日运营，比满6个月晚一天；在园企业19家（8月31日退出的算、8月30日退出的不算）；农产品网零增速正好30%；唯一省级电视典型案例在9月1日播出，不算。`,
    sheets: [
      { name: "基础数据", rows: bd, merges: bM },
      { name: "自评得分", rows: ir, merges: iM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点清单", rows: sRows, merges: sM },
      { name: "分镇按月培训", rows: gRows, merges: gM },
      { name: "脱贫户专题培训签到", rows: tRows, merges: ["A1:G1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: fM },
      { name: "报送记录", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 韶关市乳源瑶族自治县: 分镇汇总表，指标为行、单位为列（全县合计｜县直｜乳城镇｜东部片区小计＋3镇｜西部片区小计＋5镇）
// =====================================================================================================
function buildF1() {
  const W = 17;
  const EAST = ["桂头镇", "一六镇", "大桥镇"];
  const WEST = ["洛阳镇", "大布镇", "东坪镇", "游溪镇", "必背镇"];
  const cols = ["县直", "乳城镇", "东小计"].concat(EAST, ["西小计"], WEST);
  const V = {
    pop: { 县直: null, 乳城镇: 78412, 桂头镇: 24305, 一六镇: 16872, 大桥镇: 18906, 洛阳镇: 9214, 大布镇: 12683, 东坪镇: 8527, 游溪镇: 7318, 必背镇: 6983 },
    vil: { 县直: null, 乳城镇: 9, 桂头镇: 15, 一六镇: 13, 大桥镇: 14, 洛阳镇: 10, 大布镇: 12, 东坪镇: 11, 游溪镇: 9, 必背镇: 9 },
    com: { 县直: null, 乳城镇: 11, 桂头镇: 1, 一六镇: 1, 大桥镇: 1, 洛阳镇: 0, 大布镇: 0, 东坪镇: 0, 游溪镇: 0, 必背镇: 0 },
    poor: { 县直: null, 乳城镇: 0, 桂头镇: 3, 一六镇: 4, 大桥镇: 3, 洛阳镇: 4, 大布镇: 5, 东坪镇: 4, 游溪镇: 4, 必背镇: 4 },
    cov: { 县直: null, 乳城镇: 8, 桂头镇: 12, 一六镇: 10, 大桥镇: 11, 洛阳镇: 8, 大布镇: 9, 东坪镇: 9, 游溪镇: 7, 必背镇: 7 },
    pt: { 县直: 1268, 乳城镇: null, 桂头镇: 186, 一六镇: 142, 大桥镇: 158, 洛阳镇: 97, 大布镇: 121, 东坪镇: 165, 游溪镇: null, 必背镇: null },
    elig: { 县直: null, 乳城镇: 46, 桂头镇: 112, 一六镇: 138, 大桥镇: 97, 洛阳镇: 124, 大布镇: 151, 东坪镇: 118, 游溪镇: 86, 必背镇: 102 },
    trn: { 县直: null, 乳城镇: 31, 桂头镇: 64, 一六镇: 71, 大桥镇: 55, 洛阳镇: 66, 大布镇: 83, 东坪镇: 70, 游溪镇: 42, 必背镇: 51 },
  };
  const RUCHENG_PT = 342;
  const tot = (k, sub) => sum(sub.map((t) => V[k][t] || 0));
  const line = (k, fmt) => {
    const e = tot(k, EAST);
    const w = tot(k, WEST);
    const all = (V[k]["县直"] || 0) + (V[k]["乳城镇"] || 0) + e + w;
    const f = fmt || ((x) => x);
    return { all, cells: [all, V[k]["县直"] === null ? "—" : f(V[k]["县直"]), V[k]["乳城镇"] === null ? "—" : f(V[k]["乳城镇"]), e].concat(EAST.map((t) => f(V[k][t])), [w], WEST.map((t) => (V[k][t] === null ? "—" : f(V[k][t])))) };
  };
  const L = { pop: line("pop"), vil: line("vil"), com: line("com"), poor: line("poor"), cov: line("cov"), pt: line("pt"), elig: line("elig"), trn: line("trn") };
  L.pt.cells[2] = `(${RUCHENG_PT})`;
  assert(L.pop.all === 183220 && L.vil.all === 102 && L.com.all === 14 && L.poor.all === 31 && L.pt.all === 2137 && L.elig.all === 974 && L.trn.all === 533,
    "f1 totals " + JSON.stringify(Object.fromEntries(Object.entries(L).map(([k, v]) => [k, v.all]))));
  // naive sums (every number in the row, 小计 included) differ from 合计
  assert(sum(L.pop.cells.slice(1).filter((x) => typeof x === "number")) !== L.pop.all, "f1 naive differs");
  const rate = (a, b) => pct1(a, b);
  const rateCells = [rate(L.trn.all, L.elig.all), "—", rate(31, 46), rate(tot("trn", EAST), tot("elig", EAST))].concat(EAST.map((t) => rate(V.trn[t], V.elig[t])),
    [rate(tot("trn", WEST), tot("elig", WEST))], WEST.map((t) => rate(V.trn[t], V.elig[t])));
  const rows = [padRow(["乳源瑶族自治县电子商务进农村综合示范考评基础数据分镇汇总表"], W),
    padRow(["填报单位：乳源瑶族自治县商务局（各镇人民政府报送，县商务局汇总）　　　　　　　　　　考评截止日期：2021年8月31日"], W),
    padRow(["一、分镇数据"], W),
    ["序号", "指标", "单位", "全县合计", "县直", "乳城镇", "东部片区", null, null, null, "西部片区", null, null, null, null, null, "备注"],
    [null, null, null, null, null, null, "小计"].concat(EAST, ["小计"], WEST, [null])];
  const merges = ["A1:Q1", "A2:Q2", "A3:Q3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:F5", "G4:J4", "K4:P4", "Q4:Q5"];
  const data = [
    ["常住人口", "人", L.pop.cells, "七普数据"],
    ["行政村", "个", L.vil.cells, "不含社区"],
    ["社区（居委会）", "个", L.com.cells, null],
    ["省定贫困村", "个", L.poor.cells, null],
    ["已建村级电商服务站点的行政村", "个", L.cov.cells, null],
    ["电商培训人次", "人次", L.pt.cells, "见注2、注3"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", L.elig.cells, "县乡村振兴局核定"],
    ["其中：参加电商培训的", "人", L.trn.cells, "按人数，不按人次"],
    ["贫困人口培训率", "%", rateCells, null],
    ["行政村快递物流覆盖", "—", ["100%", "—", "√", "√"].concat(EAST.map(() => "√"), ["√"], WEST.map(() => "√")), "邮政、中通、韵达进村"],
  ];
  data.forEach((d, i) => {
    const r = [i + 1, d[0], d[1]].concat(d[2], [d[3]]);
    assert(r.length === W, "f1 width " + r.length);
    rows.push(r);
  });
  const notes = [
    "注：1．全县合计＝县直＋乳城镇＋东部片区小计＋西部片区小计；片区小计只含本片区各镇。",
    `　　2．乳城镇“电商培训人次”括号内的${RUCHENG_PT}人次是县电商公共服务中心在乳城镇举办的培训，已计入“县直”，不重复计入合计。`,
    "　　3．游溪镇、必背镇本期未单独举办培训，两镇群众参加东坪镇举办的培训，人次计入东坪镇。",
  ];
  for (const n of notes) {
    rows.push(padRow([n], W));
    merges.push(`A${rows.length}:Q${rows.length}`);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["二、县级指标（不分镇）"], W));
  merges.push(`A${rows.length}:Q${rows.length}`);
  rows.push(padRow(["序号", "指标", "单位", "数值", "说明"], W));
  const county = [
    ["领导小组组长", "—", "县委副书记、县长", "乳府办〔2019〕27号"],
    ["领导小组成员单位", "—", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县供销社", null],
    ["县电子商务公共服务中心投入运营日期", "—", "2020.11.26", "乳城镇鹰峰路"],
    ["2019年农村网络零售额", "亿元", 2.86, null],
    ["2020年农村网络零售额", "亿元", 3.51, "县统计局测算"],
    ["下达省级专项资金", "万元", 500, null],
    ["累计拨付资金（截至8月31日）", "万元", 412.36, null],
    ["项目总体进度", "%", 85, null],
  ];
  county.forEach((c, i) => rows.push(padRow([i + 1, c[0], c[1], c[2], c[3]], W)));
  rows.push(padRow(["填表人：邓××　　联系电话：0751-53×××××　　审核：赵××"], W));
  merges.push(`A${rows.length}:Q${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 row width");
  return {
    description:
      "韶关乳源瑶族自治县商务局把各镇报表汇成的《基础数据分镇汇总表》：一、分镇数据是指标为行、单位为列的宽表，两行表头——全县合计｜县直｜乳城镇｜“东部片区”（小计＋桂头、一六、大桥）｜“西部片区”（小计＋洛阳、大布、东坪、游溪、必背）｜备注，合计列在最左，片区小计夹在各镇中间，把一行数字全加会重复；县的数都取“全县合计”列。注2说乳城镇培训人次括号里的“(342)”已计入县直、不重复计入合计，注3说游溪、必背两镇的人次计入东坪镇（两格写“—”）；培训率一行是算出来的百分数，不是填报项；快递覆盖合计列写“100%”、各镇打“√”。二、县级指标是序号｜指标｜单位｜数值｜说明的小表（零售额亿元、资金万元、进度“%”单位另列，运营日期写“2020.11.26”），县长任组长、四个部门都在。",
    sheets: [{ name: "分镇汇总", rows, merges }],
    expect: {
      facts: {
        county: "乳源瑶族自治县", asOf: "2021-08-31", residentPopulation: 183220, adminVillagesStated: 102, poorVillagesStated: 31,
        trainingPersonTimesStated: 2137, eligiblePoorPersonsStated: 974, trainedPoorPersonsStated: 533, expressCoverage: true,
        centerOpened: "2020-11-26", ruralRetail2019: 286000000, ruralRetail2020: 351000000, fundAllocated: 5000000, fundSpentStated: 4123600,
        overallProgress: 0.85,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 茂名市电白区: 月报表（2021年8月）：本月｜本年累计｜创建以来累计｜目标值｜完成率，外加年度对比表和时点数表
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [padRow(["茂名市电白区电子商务进农村综合示范工作月报表"], W),
    padRow(["县（区）：电白区　　　　报告期：2021年8月　　　　考评截止日期：2021年8月31日　　　　报送日期：2021年9月3日"], W),
    padRow(["表一　创建进度（流量指标）"], W),
    ["序号", "指标名称", "计量单位", "本月", "本年累计", "创建以来累计", "目标值", "完成率"]];
  const merges = ["A1:H1", "A2:H2", "A3:H3"];
  const T1 = [
    ["新建村级电商服务站点", "个", 3, 41, 268, 270],
    ["电商培训", "人次", 312, "3,208", "9,876", 5000],
    ["其中：建档立卡贫困人口参训", "人", 28, 506, "1,632", 1553],
    ["拨付省级专项资金", "万元", 36.5, 214.8, 521.37, 600],
    ["专栏更新", "次", 2, 16, 41, 12],
    ["向市商务局报送", "次", 1, 8, 23, 12],
    ["新增入驻产业园企业", "家", 0, 4, 26, null],
  ];
  const num = (x) => (typeof x === "number" ? x : Number(String(x).replace(/,/g, "")));
  T1.forEach((t, i) => {
    const done = t[5] === null ? "#DIV/0!" : pct1(num(t[4]), t[5]);
    rows.push([i + 1, t[0], t[1], t[2], t[3], t[4], t[5], done]);
  });
  rows.push(padRow(["注：“创建以来累计”自2019年12月示范创建启动起算，至本报告期末（2021年8月31日）；“本年累计”为2021年1—8月。贫困人口参训按人数统计，一人多次参训计一人。"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(padRow([], W));
  rows.push(padRow(["表二　年度指标"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(padRow(["序号", "指标名称", "计量单位", "2020年", "2019年", "同比增长（%）"], W));
  rows.push(padRow([1, "农村网络零售额", "亿元", 21.36, 16.02, 33.33], W));
  rows.push(padRow([2, "农产品网络零售额", "亿元", 6.85, 5.47, 25.23], W));
  assert(Math.abs((21.36 - 16.02) / 16.02 - 0.3333) < 0.00005 && Math.abs((6.85 - 5.47) / 5.47 - 0.2523) < 0.00005, "f2 growth");
  rows.push(padRow([], W));
  rows.push(padRow(["表三　基本情况（时点数）"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(padRow(["序号", "项目", "计量单位", "数值", "说明"], W));
  const T3 = [
    ["常住人口", "万人", 157.43, "第七次全国人口普查"],
    ["行政村", "个", 386, "另有社区（居委会）62个"],
    ["省定贫困村", "个", 27, null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "3,105", "区乡村振兴局2021年6月核定"],
    ["下达省级专项资金", "万元", 600, null],
    ["县级电商公共服务中心投入运营时间", "—", "2020年6月", "水东街道"],
    ["项目总体进度", "%", 88, null],
  ];
  T3.forEach((t, i) => rows.push(padRow([i + 1, t[0], t[1], t[2], t[3]], W)));
  rows.push(padRow([], W));
  rows.push(padRow(["表四　本月主要工作"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  const work = [
    "1．8月12日在观珠镇举办荔枝、龙眼网络营销专题培训一期，参训86人次。",
    "2．完成霞洞镇、麻岗镇3个村级站点挂牌，站点设备已配送到位。",
    "3．区政府网专栏发布《电白区电子商务进农村综合示范项目建设进度（2021年7月）》等2条信息。",
  ];
  for (const w of work) {
    rows.push(padRow([w], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  }
  rows.push(padRow(["填报人：黎××　　联系电话：0668-5××××××　　审核人：杨××"], W));
  merges.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "茂名电白区商务局报市局的2021年8月《工作月报表》当事实表：表一流量指标是序号｜指标名称｜计量单位｜本月｜本年累计｜创建以来累计｜目标值｜完成率，事实取“创建以来累计”列（注明自2019年12月起至2021年8月31日），本月、本年累计、目标值都不是事实；累计数有的是带千分位的文本“9,876”；“新增入驻产业园企业”目标值空着，完成率是公式残留的“#DIV/0!”。表二年度指标是2020年｜2019年｜同比增长（%）三列（亿元，增长写33.33、25.23，单位在表头）。表三时点数（常住人口157.43万人、有劳动能力贫困人口“3,105”人、资金600万元、中心“2020年6月”只到月、进度88%）。表四本月工作是文字（8月一期培训86人次等，不是事实）。没有写牵头领导，也没有主观分。",
    sheets: [{ name: "月报2021.8", rows, merges }],
    expect: {
      facts: {
        county: "电白区", asOf: "2021-08-31", trainingPersonTimesStated: 9876, trainedPoorPersonsStated: 1632, fundSpentStated: 5213700,
        ruralRetail2020: 2136000000, ruralRetail2019: 1602000000, ruralRetailGrowthStated: 0.3333,
        agriRetail2020: 685000000, agriRetail2019: 547000000, agriRetailGrowthStated: 0.2523,
        residentPopulation: 1574300, adminVillagesStated: 386, poorVillagesStated: 27, eligiblePoorPersonsStated: 3105, fundAllocated: 6000000,
        centerOpened: "2020-06", overallProgress: 0.88,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// f3 — 汕尾市陆河县: 官方指标表，评分标准格内逐条打“■／□”（自查勾选），自评得分写成“得分/权重”
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [padRow(["陆河县电子商务进农村综合示范考评自查评分表"], W),
    padRow(["自查单位：陆河县商务局　　　　自查截止时间：2021年8月31日　　　　说明：评分标准栏“■”为已达到，“□”为未达到"], W),
    ["工作任务", "评价指标", "权重", "评分标准（自查勾选）", "自查情况说明", "自评得分（得分/权重）"]];
  const merges = ["A1:F1", "A2:F2"];
  const L = (lines) => lines.join("\n");
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, L(["■主要领导牵头，商务、财政、农业、扶贫等部门参与（2分）", "□分管领导牵头（1分）"]),
      "成立以县委副书记、县长为组长的示范创建领导小组，成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局等", "2/2"],
    [null, "方案制定", 2, L(["■已正式印发示范县工作方案", "■工作方案因地制宜，可操作性较强（1-2分）：2分"]), "陆府办〔2020〕11号", "2/2"],
    [null, "政策支持", 2, L(["■已出台支持农村电商发展的政策", "■出台相关政策，且得到较好落实（1-2分）：1分"]), "《陆河县扶持农村电子商务发展暂行办法》", "1/2"],
    [null, "项目管理", 4, L(["■建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）：2分", "■建立完整工作台账，详细记录项目建设情况（1-2分）：1分"]), "验收记录尚不完整", "3/4"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", 15, L(["■建成县级电子商务公共服务中心（2分）", "■建成后已正常运行6个月以上（2分）",
      "■有免费培训场所、培训设备，能组织电商基础培训（2分）", "■为特色农产品提供免费展示、销售服务（1分）", "□为电子商务市场主体提供免费摄影、美工服务（1分）",
      "■组织农产品统一推广、指导特色农产品品牌建设（1分）", "■为电子商务发展提供其他衍生增值服务（1分）", "■建设或整合、优化当地电商产业园（2分）",
      "□电商产业园企业入驻数量达20家及以上（2分）", "■入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）"]),
      "县电商公共服务中心2020年9月28日投入运营；产业园入驻企业17家", "12/15"],
    [null, "服务体系建设（村级站点）", 10, L(["■行政村覆盖率70%及以上（5分）", "□50%-70%（不含）（2分）", "■贫困村覆盖率100%（5分）", "□80%-100%（不含）（3分）"]),
      "全县行政村118个，已建站点覆盖97个；省定贫困村17个全部覆盖", "10/10"],
    [null, "农村产品上行", 10, L(["■对当地农产品网络销售进行调研，并形成针对性建议（1-2分）：1分", "■开展农村产品网络促销活动成效明显（1-2分）：2分",
      "■当地有专业第三方电子商务运营或服务商（1分）", "■行政村物流快递覆盖率100%（1分）", "■有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）：1分",
      "□2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）"]), "2020年农村网络零售额4.12亿元，同比增长18.6%", "6/10"],
    [null, "电商人才培训", 20, L(["■培训人次达常住人口1%及以上（10分）", "□0.8%-1%（不含）（8分）", "□0.6%-0.8%（不含）（6分）", "■建档立卡贫困人口培训率50%及以上（10分）",
      "□40%-50%（不含）（8分）", "□30%-40%（不含）（6分）"]),
      "常住人口25.87万人，累计培训2,716人次（1.05%）；有劳动能力的建档立卡贫困人口（不含外出务工）1,284人，已参训702人（54.7%）", "20/20"],
    ["加强信息公开及报送（10分）", "信息公开", 4, L(["■在县政府网站设立公开专栏", "　■公示创建方案", "　■公示项目基本信息", "　■公示项目建设进度", "　□设立征求意见或监督举报窗口",
      "■近一年内专栏内容能按月更新（2分）", "□不定时更新（1分）"]), "专栏未设监督举报窗口，内容不全面", "2/4"],
    [null, "数据上报", 6, L(["■近一年能每月向市商务局报送工作情况（3分）", "□不定时上报（1分）", "■能统计电商扶贫情况（3分）"]), null, "6/6"],
    ["加强宣传推广（10分）", "案例总结", 2, L(["■向市商务局报送经验材料（2分）"]), null, "2/2"],
    [null, "经验推广", 8, L(["■省级及以上媒体进行宣传报道（4分）", "□市级媒体进行宣传报道（3分）", "■县级媒体进行宣传报道（1分）"]), "南方＋、陆河电视台", "5/8"],
    ["加强财政资金管理（15分）", "制度建立", 5, L(["■已制定资金管理制度", "■建立科学有效的资金管理制度且得到有效落实（1-5分）：4分"]), null, "4/5"],
    [null, "资金台账", 5, L(["■已建立资金专用台账", "■项目承建方建立资金专用台账，账目完整（1-5分）：4分"]), null, "4/5"],
    [null, "资金支出", 5, L(["■资金支出率70%以上，且根据创建进度及时拨付（1-5分）：4分", "□资金支出率低于70%（倒扣5分）"]),
      "下达省级资金500万元，截至8月31日已拨付392.6万元，支出率78.5%", "4/5"],
    ["加分项（4分）", "贫困人口培训率70%及以上", 2, L(["□建档立卡贫困人口培训率70%及以上（2分）"]), null, "0/2"],
    [null, "电商扶贫典型案例电视播报", 2, L(["□获国家级电视媒体播报（2分）", "□获省级电视媒体播报（1分）"]), null, "0/2"],
  ];
  assert(Math.abs(3926000 / 5000000 - 0.7852) < 1e-9 && Math.abs(702 / 1284 - 0.5467) < 0.0001 && Math.abs(2716 / 258700 - 0.0105) < 0.0001, "f3 rates");
  let gStart = 0;
  for (const x of IND) {
    if (x[0]) {
      if (gStart && rows.length > gStart) merges.push(`A${gStart}:A${rows.length}`);
      gStart = rows.length + 1;
    }
    rows.push(x);
  }
  if (rows.length > gStart) merges.push(`A${gStart}:A${rows.length}`);
  const v0 = rows.length + 1;
  rows.push(["一票否决项", "安全生产、质量事故", null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响：□是　■否", "未发生", null]);
  rows.push([null, "项目进度", null, "项目建设进度严重滞后，总体进度不足40%：□是　■否", "项目总体进度92%", null]);
  rows.push([null, "弄虚作假", null, "弄虚作假：□是　■否", null, null]);
  merges.push(`A${v0}:A${rows.length}`);
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 12, "work.coverage": 10, "work.upward": 6, "work.training": 20,
    "info.disclosure": 2, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0 };
  const ids = Object.keys(claimed);
  IND.forEach((x, i) => assert(Number(x[5].split("/")[0]) === claimed[ids[i]], "f3 claimed " + ids[i]));
  const total = sum(SCORED.map(([id]) => claimed[id]));
  assert(total === 83, "f3 total " + total);
  rows.push(["合计", null, 100, null, null, `${total}/100`]);
  rows.push(padRow(["自查人：彭××　　复核人：叶××　　陆河县商务局（盖章）　2021年9月8日"], W));
  merges.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "汕尾陆河县商务局的《考评自查评分表》：照官方指标表排（工作任务纵向合并），但评分标准一格里是逐条打勾的多行文字——每条前面“■”表示已达到、“□”表示未达到（表头第二行说明），主观项写在同一行末尾“（1-2分）：1分”，服务中心十项、信息公开四项内容（缺监督举报窗口）、上行六项都在格内勾；数字只在“自查情况说明”的句子里（常住人口25.87万人、2,716人次、1,284人／702人、500万元拨付392.6万元、零售额4.12亿元增长18.6%、中心2020年9月28日运营）；自评得分写成“得分/权重”（“12/15”），合计“83/100”；否决项写“□是　■否”，进度92%在说明栏。县长任组长，商务、财政、农业农村、乡村振兴都在成员单位里。",
    sheets: [{ name: "自查评分表", rows, merges }],
    expect: {
      facts: {
        county: "陆河县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-09-28",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        adminVillagesStated: 118, poorVillagesStated: 17, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 412000000, ruralRetailGrowthStated: 0.186,
        residentPopulation: 258700, trainingPersonTimesStated: 2716, eligiblePoorPersonsStated: 1284, trainedPoorPersonsStated: 702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 3926000,
        overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1,
        "work.upward.research": 1, "work.upward.promotion": 2, "work.upward.standards": 1,
        "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 阳江市阳西县: 分镇分段的台账（第一册）：村居名单、站点汇总、分镇培训，各段“小计”、表末“合计”，注明哪些镇不在本表
// =====================================================================================================
function buildL1() {
  const REG = "441721";
  const vn = villageNamer("大新上下东西南北石沙高龙平黄", "塘垌湾岭坡寮埇坑田洋屋坪");
  // ① 村居名单（第一册：织篢、程村、塘口、上洋）
  const T4 = [["织篢镇", 10, ["织篢社区", "新圩社区", "东湖社区"]], ["程村镇", 9, ["程村社区"]], ["塘口镇", 8, []], ["上洋镇", 7, []]];
  const VW = 6;
  const vRows = [padRow(["阳西县行政村（社区）名单（第一册）"], VW), padRow(["（织篢镇、程村镇、塘口镇、上洋镇）"], VW), ["序号", "村（居）委会", "类别", "省定贫困村", "快递进村", "备注"]];
  const vM = ["A1:F1", "A2:F2"];
  const vRecs = [];
  const allAdmin = [];
  let no = 0;
  let poorTotal = 0;
  T4.forEach(([town, n, comms], ti) => {
    vRows.push(padRow([`${CN_NUM[ti + 1]}、${town}`], VW));
    vM.push(`A${vRows.length}:F${vRows.length}`);
    const names = [];
    for (let i = 0; i < n; i++) names.push(vn());
    const poorIdx = new Set(shuffle(names.map((_, i) => i)).slice(0, [3, 2, 2, 1][ti]));
    names.forEach((nm, i) => {
      no++;
      const poor = poorIdx.has(i);
      let express = true;
      let ex = "√";
      if (town === "上洋镇" && i === 4) { express = false; ex = "×"; }
      if (town === "程村镇" && i === 6) { express = null; ex = null; }
      vRows.push([no, i % 4 === 3 ? nm.replace(/村$/, "村委会") : nm, "行政村", poor ? "是" : "否", ex, express === false ? "海岛渔村，快递到镇自取" : null]);
      vRecs.push({ name: nm, admin: true, poor, express });
      allAdmin.push({ town, name: nm, poor });
    });
    for (const c of comms) {
      no++;
      vRows.push([no, c + "居委会", "社区", "—", "√", null]);
      vRecs.push({ name: c, admin: false, express: true });
    }
    poorTotal += poorIdx.size;
    vRows.push([null, "小计", comms.length ? `行政村${n}个、社区${comms.length}个` : `行政村${n}个`, `${poorIdx.size}个`, null, null]);
  });
  noStemClash(allAdmin.map((v) => v.name), ["织篢社区", "新圩社区", "东湖社区", "程村社区"], "l1");
  vRows.push([null, "合计", `行政村${allAdmin.length}个、社区4个`, `${poorTotal}个`, null, null]);
  vRows.push(padRow(["注：溪头镇、沙扒镇、儒洞镇、新墟镇四镇名单见第二册，本册不含。"], VW));
  vM.push(`A${vRows.length}:F${vRows.length}`);
  assert(allAdmin.length === 34 && vRecs.length === 38, "l1 villages");

  // ② 站点（分镇汇总）：镇列纵向合并，每镇末“小计”，表末“合计”；儒洞、新墟两镇另表
  const otherTowns = { 溪头镇: ["溪头村", "白沙村", "北额村"], 沙扒镇: ["沙扒村", "月亮湾村", "渡头村"] };
  const SW = 7;
  const sRows = [padRow(["阳西县村级电子商务服务站点建设情况汇总表"], SW), padRow(["单位：阳西县商务局　　　　　　　　　　　　　　　　　　2021年9月"], SW),
    ["镇", "序号", "站点名称", "所在行政村", "站长", "联系电话", "建成时间"]];
  const sM = ["A1:G1", "A2:G2"];
  const sRecs = [];
  const stTowns = [];
  for (const [town] of T4) {
    const vs = allAdmin.filter((v) => v.town === town);
    const pick = vs.filter((v) => v.poor).concat(shuffle(vs.filter((v) => !v.poor)).slice(0, Math.max(2, vs.length - 4)));
    stTowns.push([town, pick.map((v) => v.name)]);
  }
  stTowns.push(["溪头镇", otherTowns["溪头镇"]], ["沙扒镇", otherTowns["沙扒镇"]]);
  let sno = 0;
  let stTotal = 0;
  stTowns.forEach(([town, vs], ti) => {
    const r0 = sRows.length + 1;
    const ds = vs.map(() => randIsoBetween("2019-11-01", "2021-08-25")).sort(cmp);
    if (ti === 1) ds[ds.length - 1] = "2021-09-03";
    vs.forEach((v, i) => {
      sno++;
      const d = ds[i];
      let cell;
      let rec = d;
      if (ti === 2 && i === 1) { cell = `${ymd(d)[0]}年${ymd(d)[1]}月`; rec = d.slice(0, 7); }
      else if (d === "2021-09-03") cell = "2021.9.3";
      else cell = [D(d), dotDate(d), yyyymmdd(d), cnDate(d), slashDate(d)][sno % 5];
      sRows.push([town, sno, `${v.replace(/村$/, "")}村电商服务站`, sno % 4 === 0 ? v.replace(/村$/, "村委会") : v, personName(), mask(phone()), cell]);
      sRecs.push({ village: v, opened: rec });
    });
    mergeCol(sM, "A", r0, sRows.length);
    sRows.push(["小计", null, `${vs.length}个`, null, null, null, null]);
    stTotal += vs.length;
  });
  sRows.push(["合计", null, `${stTotal}个`, null, null, null, null]);
  sRows.push(padRow(["注：儒洞镇、新墟镇站点由县邮政分公司统一建设，另表报送，不在本表。"], SW));
  sM.push(`A${sRows.length}:G${sRows.length}`);
  assert(sRecs.length === stTotal, "l1 stations");

  // ③ 培训（分镇）：场次一行，人次列；各段小计、合计；溪头镇并入县电商中心
  const TW = 7;
  const gRows = [padRow(["阳西县农村电商培训情况汇总表（分镇）"], TW), ["镇（单位）", "期次", "培训日期", "培训内容", "培训人次", "其中：贫困人口人次", "承办单位"]];
  const gM = ["A1:G1"];
  const gRecs = [];
  const units = [["县电商中心", 5], ["织篢镇", 3], ["程村镇", 2], ["塘口镇", 2], ["上洋镇", 2], ["沙扒镇", 2]];
  const topics = ["电商基础知识", "网店开设", "程村蚝网络销售", "短视频拍摄", "直播带货", "农产品包装与品牌", "社群营销"];
  let grand = 0;
  let grandPoor = 0;
  let k = 0;
  units.forEach(([u, n], ui) => {
    const r0 = gRows.length + 1;
    const ds = [];
    for (let i = 0; i < n; i++) ds.push(randIsoBetween("2020-05-01", "2021-08-20"));
    ds.sort(cmp);
    if (ui === 0) ds[n - 1] = "2021-09-02";
    let sub = 0;
    let subPoor = 0;
    ds.forEach((d, i) => {
      k++;
      const pt = u === "县电商中心" ? rint(80, 160) : rint(30, 70);
      const pp = rint(3, Math.floor(pt / 3));
      let cell;
      if (ui === 1 && i === 1) cell = rangeText(isoAdd(d, -1), d, "dot");
      else if (d === "2021-09-02") cell = "2021.9.2";
      else cell = [D(d), dotDate(d), cnDate(d)][k % 3];
      gRows.push([u, `第${i + 1}期`, cell, topics[k % topics.length], pt, pp, u === "县电商中心" ? "阳西县电子商务公共服务中心" : `${u}人民政府`]);
      gRecs.push({ date: d, personTimes: pt });
      sub += pt;
      subPoor += pp;
    });
    mergeCol(gM, "A", r0, gRows.length);
    gRows.push(["小计", null, null, null, sub, subPoor, null]);
    grand += sub;
    grandPoor += subPoor;
  });
  gRows.push(["合计", null, null, null, grand, grandPoor, null]);
  gRows.push(padRow(["注：溪头镇的培训由县电商公共服务中心承办，计入“县电商中心”，溪头镇不再单列；儒洞镇、新墟镇未报。"], TW));
  gM.push(`A${gRows.length}:G${gRows.length}`);
  assert(sum(gRecs.map((r) => r.personTimes)) === grand, "l1 training total");

  // ④ 填报说明
  const nRows = [["填报说明"], ["1．本册为第一册，收录织篢镇、程村镇、塘口镇、上洋镇的村居名单，以及已报送各镇的站点、培训汇总。"],
    ["2．各表“小计”“合计”行为汇总数，不是单独的村、站点或培训场次。"], ["3．溪头镇、沙扒镇、儒洞镇、新墟镇的村居名单见第二册。"],
    ["4．联系人：阳西县商务局电商股 林××，0662-55×××××。"]];
  return {
    description:
      "阳江阳西县商务局电商股的台账第一册（四个表），通篇按镇分段、段末小计、表末合计：①《村居名单（第一册）》只收织篢、程村、塘口、上洋四镇，每镇先有“一、织篢镇”一类段标题行，段末“小计”行写“行政村10个、社区3个”“3个”，表末“合计”，注明其余四镇见第二册；社区写“××社区居委会”，快递进村“√／×”，程村镇一村快递格空着（不是“否”）。②《站点汇总》镇列纵向合并，每镇后一行“小计：N个”，表末“合计”，注明儒洞、新墟两镇另表；建成时间混着日期格、点分、八位数字、“×年×月×日”、斜杠几种写法，塘口镇一站只写“××年×月”，程村镇一站2021.9.3建成（仍是一条记录）。③《培训（分镇）》一场一行，“培训人次”和“其中：贫困人口人次”两列（后者是前者的一部分，不是人次），段末小计、表末合计，织篢镇一期写成“2021.x.x-x.x”区间，县电商中心一期2021.9.2；注明溪头镇并入县电商中心。④《填报说明》不是台账。",
    sheets: [
      { name: "村居名单（第一册）", rows: vRows, merges: vM },
      { name: "站点汇总", rows: sRows, merges: sM },
      { name: "培训（分镇）", rows: gRows, merges: gM },
      { name: "填报说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "村居名单（第一册）": { kind: "villages", records: vRecs },
        "站点汇总": { kind: "stations", records: sRecs },
        "培训（分镇）": { kind: "training", records: gRecs },
        "填报说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江市徐闻县: 产业园招商入驻进度表（签约日期≠入驻日期，退园写在状态里）、宣传报道（级别写法不一）、专栏更新按旬登记
// =====================================================================================================
function buildL2() {
  // ① 产业园招商入驻进度表
  const fnm = nameMaker("徐闻菠海南港角", "丰旺盛达源和联", "", []);
  const FT = [["平台型电商", "电子商务"], ["网络零售", "农业科技"], ["网络零售", "电子商务"], ["代运营服务商", "网络科技"], ["快递物流", "物流"], ["直播基地运营", "文化传媒"],
    ["网络零售", "食品"], ["冷链仓储", "冷链物流"], ["网络零售", "电子商务"], ["平台型电商", "网络科技"], ["网络零售", "农业发展"], ["代运营服务商", "电子商务"], ["网络零售", "贸易"]];
  const firms = FT.map(([t, s]) => {
    const signed = randIsoBetween("2020-01-10", "2021-06-30");
    return { name: `徐闻县${fnm()}${s}有限公司`, type: t, code: creditCode("440825"), signed, entered: isoAdd(signed, rint(10, 60)), left: null, leftCell: null };
  });
  firms.sort((a, b) => cmp(a.signed, b.signed));
  if (firms[3].entered >= "2021-05-01") { firms[3].signed = "2021-03-02"; firms[3].entered = "2021-03-20"; }
  if (firms[7].entered >= "2020-12-01") { firms[7].signed = "2020-09-14"; firms[7].entered = "2020-10-08"; }
  firms[3].left = "2021-06"; firms[3].status = "2021年6月退园";
  firms[7].left = "2020-12-31"; firms[7].status = "已退园（2020.12.31）";
  firms[12].signed = "2021-08-25"; firms[12].entered = "2021-09-06";
  const EW = 8;
  const eRows = [padRow(["徐闻县电子商务产业园招商入驻进度表"], EW), padRow(["统计至2021年9月10日"], EW), ["序号", "企业名称", "统一社会信用代码", "经营类别", "签约日期", "入驻日期", "状态", "备注"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, dotDate(f.signed), i % 2 ? D(f.entered) : cnDate(f.entered), f.status || "在园", i === 12 ? "8月签约，9月装修完成入驻" : null]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });

  // ② 宣传报道：级别写法不一
  const MD = [["2020-10-16", "徐闻县融媒体中心", "县级（融媒体）", "网络", "徐闻菠萝“触网”走俏", "否", "county", false],
    ["2020-12-03", "湛江日报", "地市级", "报纸", "徐闻：电商服务站开到家门口", "否", "city", false],
    ["2021-03", "南方日报", "省级", "报纸", "“菠萝的海”搭上电商快车", "否", "province", false],
    ["2021-04-22", "中央电视台财经频道", "中央", "电视", "广东徐闻：脱贫户直播卖菠萝", "是", "national", true],
    ["2021-05-11", "湛江广播电视台", "地市级", "电视", "徐闻县电商进农村示范创建见闻", "否", "city", true],
    ["2021-09-05", "广东广播电视台", "省级", "电视", "徐闻良姜网上销售火热", "是", "province", true]];
  const mRows = [padRow(["徐闻县电子商务进农村宣传报道登记表"], 7), ["序号", "刊播日期", "媒体名称", "媒体级别", "报道形式", "标题", "电商扶贫典型案例"]];
  MD.forEach((m, i) => mRows.push([i + 1, m[0].length === 7 ? cnMonth(m[0]) : [D(m[0]), slashDate(m[0]), dotDate(m[0])][i % 3], m[1], m[2], m[3], m[4], m[5]]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[6], tv: m[7] }));

  // ③ 专栏更新（按旬登记）：一月一行，上旬｜中旬｜下旬写“日”，一格两次用“、”
  const months = monthsBetween("2020-09", "2021-09");
  const uRows = [padRow(["徐闻县人民政府网“电子商务进农村综合示范”专栏更新登记（按旬）"], 6), ["月份", "上旬（1—10日）", "中旬（11—20日）", "下旬（21日—月末）", "本月条数", "备注"]];
  const uRecs = [];
  let total = 0;
  months.forEach((m, mi) => {
    const [y, mo] = ymd(m + "-01");
    const cells = [[], [], []];
    if (m === "2021-02") { /* 春节，无更新 */ } else {
      const k = rint(1, 2);
      const xuns = shuffle([0, 1, 2]).slice(0, k).sort();
      for (const x of xuns) {
        const lo = x * 10 + 1;
        const hi = x === 2 ? lastDay(y, mo) : x * 10 + 10;
        cells[x].push(rint(lo, hi));
      }
      if (mi === 4) { cells[1] = [12, 18]; }
    }
    const row = [cnMonth(m)];
    let cnt = 0;
    for (let x = 0; x < 3; x++) {
      const ds = cells[x].sort((a, b) => a - b);
      row.push(ds.length ? ds.map((d) => `${d}日`).join("、") : "—");
      for (const d of ds) uRecs.push({ date: `${m}-${String(d).padStart(2, "0")}` });
      cnt += ds.length;
    }
    row.push(cnt, m === "2021-02" ? "春节期间未更新" : null);
    total += cnt;
    uRows.push(row);
  });
  uRows.push(["合计", null, null, null, total, null]);
  assert(uRecs.length === total, "l2 disclosures");
  for (const r of uRecs) assert(DATE_RE.test(r.date) && !isNaN(Date.parse(r.date)), "l2 date " + r.date);
  return {
    description:
      "湛江徐闻县商务局的台账工作簿（三个表）：①《招商入驻进度》是产业园招商进度表——签约日期（“2020.3.5”文本）和入驻日期（日期格或“2020年4月2日”）两列，记录的入驻日期取后者；没有退园日期列，退园写在“状态”里（“2021年6月退园”只到月、“已退园（2020.12.31）”），其余“在园”；最后一家8月25日签约、9月6日才入驻。经营类别是招商口径（平台型电商、网络零售、代运营服务商、快递物流、直播基地运营、冷链仓储）。②《宣传报道》级别写法不一：“中央”“省级”“地市级”“县级（融媒体）”，一条日期只写“2021年3月”；中央电视台财经频道、湛江广播电视台、广东广播电视台三条是电视。③《专栏更新（按旬）》一月一行（2020年9月—2021年9月），上旬／中旬／下旬三格写“12日”“12日、18日”，没有更新写“—”，另有本月条数和合计行；2021年2月整月“—”。",
    sheets: [
      { name: "招商入驻进度", rows: eRows, merges: ["A1:H1", "A2:H2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏更新（按旬）", rows: uRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "招商入驻进度": { kind: "enterprises", records: eRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新（按旬）": { kind: "disclosures", records: uRecs },
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
write("counties", "b248-c1-fengkai.json", c1);
write("facts", "b248-f1-ruyuan.json", f1);
write("facts", "b248-f2-dianbai.json", f2);
write("facts", "b248-f3-luhe.json", f3);
write("ledgers", "b248-l1-yangxi.json", l1);
write("ledgers", "b248-l2-xuwen.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
