// Batch 245 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b243.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (245245), no clock. Run: node test/corpus/counties/_make/gen-b245.js
// Theme: a bureau that keeps everything in one giant sheet (facts, then ledgers one under another, each with its own header
// and notes) — c1; and a facts sheet laid out as a form with label and answer boxes in irregular merged cells — f1.
//
// c1 化州市 (茂名): 《总表》 holds everything, top to bottom in thirteen parts (一、基本情况及主观项自评 44 items; 二–十二 eleven
//    ledgers, each with its own title row, header, source / unit line, 合计 and 注; 十三、自评得分 = claimed), two blank rows between
//    parts, column meanings changing from part to part; a 封面 sheet lists the parts by row number. Edges: 214 行政村 (base capped
//    at 200) with exactly 140 covered = 70%; poor villages exactly 20/25 = 80% with one station opened 2021-08-31 (one more only
//    on 2021-09-01); population 118.36万 capped at 500,000 with exactly 4,000 person-times = 0.8%; poor-person rate exactly
//    18/45 = 40%; centre opened 2021-03-01, one day too late for six months; 20 in-park rows but one firm listed twice (same
//    credit code, 二期仓库) → 19; agri retail growth exactly 30%; a payment on 2021-08-31 lifts spending from 68.4% to 72.4%;
//    one village marked “×” for express against a stated 100%; a provincial TV case broadcast 2021-09-02 (no bonus).
// f1 封开县 (肇庆): a printed 《基本情况登记表》 on a 12-column grid — label boxes and answer boxes of uneven size, two- to four-row
//    vertical merges (领导小组 with 组长／副组长／成员单位 inside; 公共服务中心 with two label/tick pairs per line; 网络零售额 with a
//    category × year table inside), “☑有　□无” ticks, four disclosure ticks in one cell, express coverage 96.6% (not 100%),
//    judged points ticked “□1分　☑2分” / “□1　□2　□3　☑4　□5”.
// f2 东源县 (河源): numbers without units, each typed into the column of its unit (万人｜个｜人次／人｜万元｜亿元｜%) under a two-row
//    header, a date column, 是｜否 tick columns, a 自评分 column and a 文字说明 column; a row left blank (“县统计局未提供”) states
//    nothing; 常务副县长 leads.
// f3 阳东区 (阳江): the online form's 修改记录 export — one change per row (time text, account, item, old, new, reason), 45 first
//    entries then 12 changes; the current value is the last new value (population 户籍→七普, centre month→day, 副区长→区长 and
//    乡村振兴局 added, training person-times changed twice, the disclosure window 否→是→否).
// l1 龙门县 (惠州): ① park firms in two sections (一、入驻登记 / 二、退出登记, exits tied back by name and credit code, one exit
//    after the cut-off); ② training by year sections with dates typed without the year (“5月21日（周四）”, “7月24日-26日”),
//    小计 per year, “××人次” text; ③ poor-household members coded 1/0 with a legend row, blank = unknown, a lower-case x.
// l2 饶平县 (潮州): ① 封面 (not a ledger); ② stations two rows each (序号 merged down; 负责人／电话／挂牌时间 on the second row),
//    three ways of writing a village; ③ funds with 元 and 万 mixed in one column, quarter 小计 rows, a month-only date; ④ the
//    government-site column list page copied: title and date in one cell, newest first, breadcrumb and pager lines.
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
let seed = 245245;
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
    assert(/^b245-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b245-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b245-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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






// ---------------------------------------------------------------- extra helpers (batch 245)
function Grid(width) {
  // a form grid: put a value at (row, colFrom..colTo, rowSpan) and record the merge
  const rows = [];
  const merges = [];
  const ensure = (r) => {
    while (rows.length < r) rows.push(padRow([], width));
  };
  return {
    rows,
    merges,
    put(r, c0, c1, rs, v) {
      const a = colIndex(c0) - 1;
      const b = colIndex(c1) - 1;
      ensure(r + rs - 1);
      assert(rows[r - 1][a] === null, `grid cell ${c0}${r} used twice`);
      rows[r - 1][a] = v;
      if (b > a || rs > 1) merges.push(`${c0}${r}:${c1}${r + rs - 1}`);
    },
  };
}
function pts15(p) {
  // judged 1–5 as a form cell: “□1　□2　□3　☑4　□5”
  return [1, 2, 3, 4, 5].map((k) => (k === p ? "☑" : "□") + k).join("　");
}
function blockTitle(rows, merges, width, text) {
  rows.push(padRow([text], width));
  merges.push(`A${rows.length}:${colName(width - 1)}${rows.length}`);
  return rows.length;
}

// =====================================================================================================
// c1 — 茂名市化州市: 一张总表从上到下：基本情况 → 十一个台账（各自标题、表头、合计、注） → 自评得分；另有封面目录
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "440982";
  const TOWNS = [["河西街道", 4, 5], ["东山街道", 3, 4], ["下郭街道", 5, 3], ["石湾街道", 6, 2], ["长岐镇", 13, 1], ["同庆镇", 11, 0], ["杨梅镇", 12, 0],
    ["良光镇", 10, 0], ["笪桥镇", 12, 1], ["丽岗镇", 10, 0], ["新安镇", 11, 0], ["官桥镇", 9, 0], ["林尘镇", 12, 1], ["合江镇", 10, 0], ["那务镇", 9, 0],
    ["播扬镇", 11, 0], ["宝圩镇", 10, 0], ["平定镇", 13, 0], ["文楼镇", 11, 0], ["江湖镇", 10, 0], ["中垌镇", 12, 0], ["南盛镇", 10, 0]];
  const vn = nameMaker("上下东西南北新大石黄长龙塘良河高田", "垌坡岭塘山坑湾圩洞田寨尾岗头背埇", "村", []);
  const cmn = nameMaker("城文和建解兴", "东西南北中新安", "社区", []);
  const vil = [];
  for (const [t, nv, nc] of TOWNS) {
    for (let i = 0; i < nc; i++) vil.push({ town: t, name: cmn(), admin: false });
    for (let i = 0; i < nv; i++) vil.push({ town: t, name: vn(), admin: true, poor: false, express: true });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 214 && comms.length === 17, "c1 villages " + adminV.length + " " + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => !/街道/.test(v.town))).slice(0, 25);
  for (const v of poorList) v.poor = true;
  const noExpress = shuffle(adminV.filter((v) => v.town === "宝圩镇"))[0];
  noExpress.express = false;

  // ---------------- stations: 140 covered of 214 (base capped at 200 → exactly 70%); poor 20/25 = 80% with one opened on 8-31
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.slice(0, 20).forEach((v) => st.push({ v, opened: randIsoBetween("2020-04-01", "2021-08-15") }));
  st[13].opened = CUT;
  st.push({ v: poorList[20], opened: "2021-09-01" });
  nonPoor.slice(0, 120).forEach((v) => st.push({ v, opened: randIsoBetween("2020-04-01", "2021-08-25") }));
  st.push({ v: nonPoor[7], opened: "2021-06-16", second: true });
  st.push({ v: comms[2], opened: "2021-01-12", comm: true });
  st.push({ v: nonPoor[120], opened: "2021-09-02" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCov = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 140 && covered.size * 100 === 70 * 200 && covered.size * 100 < 70 * 214, "c1 coverage " + covered.size);
  assert(poorCov === 20 && poorCov * 100 === 80 * 25 && (poorCov - 1) * 100 < 80 * 25, "c1 poor coverage");
  const townIdx = (t) => TOWNS.findIndex((x) => x[0] === t);
  const stOrd = st.slice().sort((a, b) => townIdx(a.v.town) - townIdx(b.v.town) || cmp(a.opened, b.opened));

  // ---------------- poor persons: 60, labour 52, migrant 7 → eligible 45
  const persons = [];
  for (let i = 0; i < 60; i++) {
    persons.push({ id: makeId(REG, birthBetween(1960, 2000), rnd() < 0.5, i % 13 === 4 ? true : undefined), name: personName(), village: poorList[i % 25],
      labour: i < 52, migrant: i >= 45 && i < 52 });
  }
  const P = shuffle(persons);
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 45, "c1 eligible");

  // ---------------- poor-household sign-in: 18 eligible trained by the cut-off = exactly 40%
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 18);
  const lateOnly = EL[18];
  const migr = persons.filter((p) => p.migrant).slice(0, 2);
  const noLab = persons.find((p) => !p.labour);
  const classes = [
    { date: "2020-12-10", title: "脱贫户电商技能培训班（第一期）" },
    { date: "2021-04-15", title: "脱贫户电商技能培训班（第二期）" },
    { date: "2021-07-20", title: "脱贫户直播带货培训班" },
    { date: "2021-09-01", title: "脱贫户电商技能培训班（第三期）" },
  ];
  classes.forEach((c) => (c.people = []));
  trained.forEach((p, i) => classes[i % 3].people.push(p));
  classes[2].people.push(trained[0], trained[3]);
  classes[3].people.push(lateOnly, trained[5]);
  classes[0].people.push(migr[0]);
  classes[1].people.push(migr[1], noLab);
  for (const c of classes) for (let k = 0; k < 6; k++) c.people.push({ id: makeId(REG, birthBetween(1972, 2002), rnd() < 0.5), name: personName(), village: adminV[rint(0, 213)], other: true });
  const signRecs = [];
  const signRows = [];
  let sn = 0;
  classes.forEach((c, ci) => {
    shuffle(c.people).forEach((p, k) => {
      sn++;
      const idTxt = isX(p.id) && k % 2 === 0 ? p.id.slice(0, 17) + "x" : p.id;
      signRows.push([sn, [D(c.date), dotDate(c.date), cnDate(c.date), slashDate(c.date)][ci], c.title, p.name, idTxt, p.village.name, p.other ? "否" : "是", null]);
      signRecs.push({ date: c.date, personTimes: 1, id: p.id });
    });
  });
  checkTrainingIds(signRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(signRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 18 && trainedIds.size * 100 === 40 * 45, "c1 poor rate " + trainedIds.size);
  const signPre = signRecs.filter((r) => r.date <= CUT).length;

  // ---------------- sessions (人次): with the sign-in rows exactly 4,000 = 0.8% of the capped base 500,000
  const POP = 1183600;
  const BASE = Math.min(POP, 500000);
  const topics = ["电商基础知识", "网店开设与运营", "化橘红、荔枝网络营销", "农产品包装与品牌", "短视频与直播带货", "电商客服与物流", "社群团购"];
  const sess = [];
  let d = "2020-06-18";
  for (let i = 0; i < 17; i++) {
    sess.push({ date: d, n: rint(180, 260), topic: topics[i % 7], place: ["市电商公共服务中心", "长岐镇党群服务中心", "杨梅镇文化站", "平定镇政府会议室", "笪桥镇电商服务站"][i % 5] });
    d = isoAdd(d, rint(20, 25));
  }
  assert(sess[16].date <= "2021-08-20", "c1 last session " + sess[16].date);
  const diff = 4000 - signPre - sum(sess.map((s) => s.n));
  sess.forEach((s) => (s.n += Math.trunc(diff / 17)));
  sess[16].n += diff - Math.trunc(diff / 17) * 17;
  assert(sess.every((s) => s.n > 120 && s.n < 340), "c1 adjust " + sess.map((s) => s.n));
  sess.push({ date: "2021-09-03", n: 226, topic: "电商创业孵化", place: "市电商公共服务中心" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPre;
  assert(pt === 4000 && pt * 1000 === 8 * BASE && pt * 1000 < 6 * POP, "c1 person-times " + pt);

  // ---------------- enterprises: 23 rows; distinct firms in the park 19 (a firm listed twice for its 二期 warehouse)
  const fnm = nameMaker("化橘良宝南江", "丰盛达润鑫源泰", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "网店", "销售型", "电商运营商", "物流企业", "销售型", "网店", "销售型", "代运营", "销售型",
    "网店", "快递", "销售型", "平台型", "销售型", "销售型", "网店", "销售型", "销售型"];
  const firms = TYPES.map((t) => ({ name: `化州市${fnm()}${/物流|快递/.test(t) ? "物流" : /运营/.test(t) ? "网络科技" : "电子商务"}有限公司`, type: t, code: creditCode("440982"),
    entered: randIsoBetween("2020-05-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[6].left = "2021-06-30";
  firms[20].entered = "2021-09-01";
  const dup = { name: firms[3].name.replace(/有限公司$/, "有限公司（二期仓库）"), type: firms[3].type, code: firms[3].code, entered: "2021-05-10", left: null, dup: true };
  const eList = firms.slice();
  eList.push(dup);
  const inParkRows = eList.filter((f) => f.entered <= CUT && !(f.left && f.left <= CUT));
  const inParkCodes = new Set(inParkRows.map((f) => f.code));
  assert(inParkRows.length === 20 && inParkCodes.size === 19, "c1 park " + inParkRows.length + " " + inParkCodes.size);
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  const types = new Set(inParkRows.map((f) => norm(f.type)));
  assert(types.size === 4, "c1 types");

  // ---------------- funds (万元): 8-31 payment lifts 68.4% to 72.4%
  const ALLOC = 5000000;
  const pays = [["2020-07-20", 1286000, "市电子商务公共服务中心建设"], ["2020-10-15", 563400, "村级电商服务站点建设（第一批）"], ["2020-12-28", 325618, "农村电商培训（2020年度）"],
    ["2021-03-18", 730800, "县镇村三级物流配送体系建设"], ["2021-05-26", 294034, "化橘红区域公用品牌培育"], ["2021-07-12", 220600, "村级电商服务站点建设（第二批）"],
    ["2021-08-31", 198000, "公共服务中心运营补助（2021年上半年）"], ["2021-09-06", 350000, "农产品质量溯源系统"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  const spentBefore = sum(pays.filter((p) => p[0] < CUT).map((p) => p[1]));
  assert(spent === 3618452 && spent * 100 >= 70 * ALLOC && spentBefore * 100 < 70 * ALLOC, "c1 spent " + spent);

  // ---------------- reports / disclosures / media / materials
  const reps = WINDOW.map((m, i) => ({ date: i === 0 ? "2020-09-30" : i === 11 ? CUT : `${m}-${String(rint(24, 28)).padStart(2, "0")}`, pov: i % 3 !== 1 }));
  reps.unshift({ date: "2020-08-27", pov: false });
  reps.push({ date: "2021-09-03", pov: true });
  assert(inWindowMonths(reps.map((r) => r.date)) === 12, "c1 reports");
  const ups = [];
  for (const m of WINDOW) {
    if (m === "2021-02") continue;
    ups.push(`${m}-${String(rint(5, 20)).padStart(2, "0")}`);
  }
  ups.push("2021-09-02");
  assert(inWindowMonths(ups) === 11, "c1 disclosures");
  const MD = [["2020-10-16", "化州市融媒体中心", "县级", "网络", "化州村级电商服务站开到家门口", "否", "county", false],
    ["2021-04-22", "南方日报", "省级", "报纸", "化州：电商进农村让化橘红卖向全国", "否", "province", false],
    ["2021-08-31", "茂名广播电视台", "市级", "电视", "脱贫户直播卖化橘红 一场卖出八百单", "是", "city", true],
    ["2021-09-02", "广东广播电视台", "省级", "电视", "化州化橘红搭上电商快车", "是", "province", true]];

  // ---------------- the one giant sheet
  const W = 8;
  const R = [];
  const M = [];
  const blocks = [];
  const startBlock = (t) => {
    blocks.push([t, R.length + 1]);
    blockTitle(R, M, W, t);
  };
  const gap = () => {
    R.push(padRow([], W));
    R.push(padRow([], W));
  };
  const note = (t) => {
    R.push(padRow([t], W));
    M.push(`A${R.length}:H${R.length}`);
  };
  blockTitle(R, M, W, "化州市电子商务进农村综合示范考评资料总表");
  note("填报单位：化州市商务局（电子商务股）　　　　数据截止：2021年8月31日　　　　本表分十三部分，由上至下排列，各部分表头各自独立");
  R.push(padRow([], W));

  // 一、基本情况
  startBlock("一、基本情况及主观项自评");
  R.push(padRow(["序号", "项目", "填报内容", "单位", "备注"], W));
  const T = [
    ["县（市、区）", "化州市", null, null], ["考评截止日期", "2021年8月31日", null, null], ["常住人口", 118.36, "万人", "第七次全国人口普查"],
    ["行政村数", 214, "个", "另有社区17个"], ["省定贫困村数", 25, "个", null], ["领导小组组长", "市长", null, "化府办〔2020〕9号"],
    ["领导小组成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市供销社、市邮政分公司", null, null],
    ["示范县工作方案", "已正式印发", null, "化府〔2020〕15号"], ["方案制定自评分（1-2分）", 2, "分", null], ["支持农村电商发展政策", "已出台", null, "《化州市支持农村电子商务发展十条措施》"],
    ["政策支持自评分（1-2分）", 2, "分", null], ["项目管理制度自评分（1-2分）", 1, "分", "验收制度执行记录不全"], ["工作台账自评分（1-2分）", 2, "分", null],
    ["公共服务中心投入运营日期", "2021年3月1日", null, "开业仪式当日"], ["免费培训场所及设备", "有", null, null], ["免费展示、销售服务", "有", null, null],
    ["免费摄影、美工服务", "有", null, null], ["统一推广、品牌建设指导", "有", null, null], ["其他衍生增值服务", "有", null, "金融、冷链对接"],
    ["电商产业园", "已建成", null, "化州市电子商务产业园"], ["第三方电商运营服务商", "有", null, null], ["行政村物流快递覆盖率", 100, "%", null],
    ["网销调研自评分（1-2分）", 2, "分", null], ["网络促销活动自评分（1-2分）", 1, "分", null], ["交易标准与冷链溯源自评分（1-2分）", 1, "分", null],
    ["2019年农村网络零售额", 18.6, "亿元", null], ["2020年农村网络零售额", 23.5, "亿元", null], ["2019年农产品网络零售额", 3.2, "亿元", null],
    ["2020年农产品网络零售额", 4.16, "亿元", null], ["专栏公示创建方案", "是", null, null], ["专栏公示项目基本信息", "是", null, null],
    ["专栏公示项目建设进度", "是", null, null], ["专栏设立监督举报窗口", "是", null, "“我要留言”"], ["能统计电商扶贫情况", "是", null, null],
    ["下达专项资金", 500, "万元", null], ["累计拨付资金", 361.8452, "万元", "截至8月31日"], ["资金管理制度", "已制定", null, null],
    ["资金管理制度自评分（1-5分）", 4, "分", null], ["资金专用台账", "已建立", null, null], ["资金台账自评分（1-5分）", 4, "分", null],
    ["资金及时拨付自评分（1-5分）", 4, "分", null], ["项目总体进度", 78, "%", null], ["安全生产、质量事故或重大损失", "无", null, null], ["弄虚作假", "无", null, null],
  ];
  T.forEach((t, i) => R.push(padRow([i + 1, t[0], t[1], t[2], t[3]], W)));
  gap();

  // 二、村（居）名单
  startBlock("二、行政村（社区）名单");
  note("资料来源：化州市民政局（2021年6月）");
  R.push(padRow(["序号", "镇（街道）", "村（居）委会", "类型", "是否省定贫困村", "快递到村"], W));
  const vRecs = [];
  vil.forEach((v, i) => {
    if (v.admin) {
      R.push(padRow([i + 1, v.town, i % 5 === 2 ? v.name.replace(/村$/, "村委会") : v.name, "行政村", v.poor ? "是" : "否", v.express ? "√" : "×"], W));
      vRecs.push({ name: v.name, admin: true, poor: v.poor, express: v.express });
    } else {
      R.push(padRow([i + 1, v.town, v.name + "居委会", "社区", null, "√"], W));
      vRecs.push({ name: v.name, admin: false, express: true });
    }
  });
  R.push(padRow([null, "合计", `${vil.length}个`, `行政村${adminV.length}个、社区${comms.length}个`, `${poorList.length}个`, null], W));
  note(`注：${noExpress.name}（${noExpress.town}）因道路改造，快递暂由镇邮政所代收，未直接到村。`);
  gap();

  // 三、站点
  startBlock("三、村级电子商务服务站点清单");
  R.push(padRow(["序号", "站点名称", "所在镇（街道）", "所在村（社区）", "地址", "负责人", "联系电话", "建成时间"], W));
  const sRecs = [];
  stOrd.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站${s.second ? "（二）" : ""}`;
    const op = s.opened === CUT ? "2021.8.31" : s.opened > CUT ? cnDate(s.opened) : [D(s.opened), dotDate(s.opened), slashDate(s.opened), cnDate(s.opened)][i % 4];
    const vtxt = s.comm ? s.v.name : i % 3 === 1 ? s.v.name.replace(/村$/, "村委会") : s.v.name;
    R.push(padRow([i + 1, nm, s.v.town, vtxt, `${s.v.town}${s.v.name}${s.comm ? "居委会" : "委会"}旁`, personName(), mask(phone()), op], W));
    sRecs.push({ village: s.v.name, opened: s.opened });
  });
  note(`注：共${st.length}个站点，其中社区服务点1个；同一村有两个站点的按一个村统计覆盖。`);
  gap();

  // 四、培训（按期）
  startBlock("四、农村电商普及培训台账（按期统计）");
  R.push(padRow(["期次", "培训日期", "培训内容", "培训地点", "参训人次", "承办单位"], W));
  const gRecs = [];
  sess.forEach((s, i) => {
    R.push(padRow([`第${i + 1}期`, [cnDate(s.date), D(s.date), dotDate(s.date)][i % 3], s.topic, s.place, i % 4 === 1 ? `${s.n}人次` : s.n, i % 2 ? "化州市商务局" : "市电商公共服务中心"], W));
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  R.push(padRow([null, "合计", null, null, sum(sess.map((s) => s.n)), null], W));
  note("注：脱贫户专题培训按人签到，另见第五部分，本部分不重复统计。");
  gap();

  // 五、脱贫户签到
  startBlock("五、脱贫户电商专题培训签到汇总");
  R.push(padRow(["序号", "培训日期", "班次", "姓名", "身份证号码", "所在村", "是否脱贫户", "签名"], W));
  for (const r of signRows) R.push(r);
  note("注：“签名”栏为纸质签到表上本人签名，录入时略。");
  gap();

  // 六、贫困人口
  startBlock("六、建档立卡贫困人口劳动力及务工情况");
  note("资料来源：化州市乡村振兴局（2021年7月）");
  R.push(padRow(["序号", "姓名", "身份证号码", "所在镇", "所在村", "劳动能力", "是否外出务工", "备注"], W));
  const pRecs = [];
  P.forEach((p, i) => {
    R.push(padRow([i + 1, p.name, p.id, p.village.town, p.village.name, p.labour ? "有" : "无", p.migrant ? "是" : "否", p.migrant ? ["广州", "深圳", "佛山", "东莞"][i % 4] : !p.labour ? "年老体弱" : null], W));
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  note(`注：共${persons.length}人，其中有劳动能力${persons.filter((p) => p.labour).length}人（含外出务工${persons.filter((p) => p.migrant).length}人）。`);
  gap();

  // 七、入驻企业
  startBlock("七、电子商务产业园入驻企业名单");
  R.push(padRow(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"], W));
  const eRecs = [];
  eList.forEach((f, i) => {
    R.push(padRow([i + 1, f.name, f.code, f.type, [D(f.entered), dotDate(f.entered), cnDate(f.entered)][i % 3], f.left ? dotDate(f.left) : null, f.dup ? `与序号${eList.indexOf(firms[3]) + 1}为同一企业，扩租二期仓库` : f.left ? "已退园" : null], W));
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });
  gap();

  // 八、资金
  startBlock("八、专项资金拨付台账");
  note("单位：万元");
  R.push(padRow(["序号", "拨付日期", "项目名称", "拨付金额", "凭证号", "备注"], W));
  pays.forEach((p, i) => R.push(padRow([i + 1, [D(p[0]), dotDate(p[0]), cnDate(p[0])][i % 3], p[2], wan4(p[1]), `化商记字第${pad3(i * 5 + 8)}号`, p[0] > CUT ? "9月支付" : null], W)));
  R.push(padRow([null, "合计", null, wan4(sum(pays.map((p) => p[1]))), null, null], W));
  note(`注：下达省级专项资金500万元；截至2021年8月31日累计拨付${wan4(spent)}万元。`);
  gap();

  // 九、报送
  startBlock("九、向茂名市商务局报送工作情况记录");
  R.push(padRow(["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "报送方式"], W));
  const rRecs = [];
  reps.forEach((r, i) => {
    R.push(padRow([i + 1, [D(r.date), dotDate(r.date)][i % 2], `${cnMonth(r.date)}电子商务进农村工作进展`, r.pov ? "是" : "否", i % 2 ? "粤政易" : "电子邮件"], W));
    rRecs.push({ date: r.date, poverty: r.pov });
  });
  gap();

  // 十、专栏
  startBlock("十、市政府网“电子商务进农村综合示范”专栏更新记录");
  R.push(padRow(["序号", "发布日期", "标题", "子栏目"], W));
  const uT = ["项目建设进度", "工作动态", "资金使用公示", "站点建设进展"];
  ups.forEach((u, i) => R.push(padRow([i + 1, D(u), `化州市电子商务进农村综合示范${uT[i % 4]}（${cnMonth(u)}）`, ["进度公开", "工作动态", "资金公示", "工作动态"][i % 4]], W)));
  gap();

  // 十一、宣传
  startBlock("十一、宣传报道情况");
  R.push(padRow(["序号", "播出（刊发）日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"], W));
  MD.forEach((m, i) => R.push(padRow([i + 1, D(m[0]), m[1], m[2], m[3], m[4], m[5]], W)));
  gap();

  // 十二、经验材料
  startBlock("十二、经验材料报送情况");
  R.push(padRow(["序号", "报送时间", "材料名称", "报送对象"], W));
  R.push(padRow([1, "2020年12月15日", "化州市“站点＋合作社＋脱贫户”电商助农经验材料", "茂名市商务局"], W));
  R.push(padRow([2, "2021年8月", "化州市化橘红电商品牌培育案例", "茂名市商务局"], W));
  gap();

  // 十三、自评得分
  startBlock("十三、自评得分");
  R.push(padRow(["序号", "工作任务", "评价指标", "权重", "自评分", "自评说明"], W));
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const IND = [["加强组织领导与统筹协调", "组织领导", "org.leadership", "市长任组长"], [null, "方案制定", "org.plan", null], [null, "政策支持", "org.policy", null],
    [null, "项目管理", "org.management", "制度1分、台账2分"], ["深入推动电子商务进农村工作", "服务体系建设（县级中心、产业园）", "work.center", null],
    [null, "服务体系建设（村级站点）", "work.coverage", "贫困村全覆盖"], [null, "农村产品上行", "work.upward", null], [null, "电商人才培训", "work.training", null],
    ["加强信息公开及报送", "信息公开", "info.disclosure", null], [null, "数据上报", "info.reporting", null], ["加强宣传推广", "案例总结", "promo.cases", null],
    [null, "经验推广", "promo.media", "省、市、县级均有报道"], ["加强财政资金管理", "制度建立", "fund.system", null], [null, "资金台账", "fund.ledger", null],
    [null, "资金支出", "fund.spending", "支出率72.4%"], ["加分项", "贫困人口培训率70%及以上", "bonus.poorTraining", null], [null, "电商扶贫典型案例电视播报", "bonus.tvCase", "广东广播电视台播出"]];
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  IND.forEach((x, i) => R.push(padRow([i + 1, x[0], x[1], MAX[x[2]], claimed[x[2]], x[3]], W)));
  const cSum = sum(SCORED.map(([id]) => claimed[id]));
  assert(cSum === 94, "c1 claimed " + cSum);
  R.push(padRow([null, "合计", null, 100, `${cSum}（另加分1分）`, null], W));
  R.push(padRow([null, "一票否决项", "安全生产、质量事故；总体进度不足40%；弄虚作假", null, "无", null], W));
  note("填表人：庞××　　审核：李××　　化州市商务局　2021年9月6日");
  for (const r of R) assert(r.length === W, "c1 width");

  // ---------------- cover sheet
  const cover = [["化州市电子商务进农村综合示范考评资料"], ["报送单位：化州市商务局"], ["报送日期：2021年9月6日"], [null], ["目录（均在《总表》内，按行号查找）"]];
  blocks.forEach(([t, r]) => cover.push([`${t}……第${r}行`]));

  // ---------------- points
  const cp = { built: 2, six: "2021-03-01" <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 1, park: 2, twenty: inParkCodes.size >= 20 ? 2 : 0, types: 1 };
  const centerPts = sum(Object.values(cp));
  const covPts = (covered.size * 100 >= 70 * 200 ? 5 : 2) + (poorCov === 25 ? 5 : poorCov * 100 >= 80 * 25 ? 3 : 0);
  const growthOk = (416000000 - 320000000) * 100 >= 30 * 320000000 && (2350000000 - 1860000000) * 100 < 30 * 1860000000;
  assert(growthOk, "c1 growth");
  const upPts = 2 + 1 + 1 + 0 + 1 + 2;
  const trPts = 8 + 8;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": trPts, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 11 && covPts === 8 && upPts === 7, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 82, "c1 scored " + scored);
  const row = (t) => blocks.find((b) => b[0] === t)[1];
  const derivation = [
    "org.leadership: 组长“市长”（县级市主要领导）；成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2",
    "org.plan: 已正式印发；方案制定自评2 → 2",
    "org.policy: 已出台；政策支持自评2 → 2",
    "org.management: 项目管理制度自评1＋工作台账自评2 → 3",
    `work.center: 投入运营2021年3月1日 ≤ 截止日 → 建成2；比2021-02-28晚一天，不满6个月 → 0；免费培训2、展示销售1、摄影美工1、品牌推广1、其他增值服务1；产业园已建成2；第七部分${eList.length}行：2021.6.30退园的一家不算、2021年9月1日入驻的一家不算，在园20行中序号${eList.indexOf(dup) + 1}“（二期仓库）”与序号${eList.indexOf(firms[3]) + 1}统一社会信用代码相同，是同一企业 → 在园19家 < 20 → 0；类型平台／销售（含网店）／运营（含代运营）／物流（含快递）4种 → 1；合计${centerPts}`,
    `work.coverage: 第二部分行政村214个（社区17个不算），基数取200；第三部分截止日前有站的行政村140个（同村第二站算一次，社区服务点不算，2021年9月1日、9月2日建成的两站不算） → 140/200 = 70.0% ≥ 70% → 5（若按214计只有65.4%）；省定贫困村25个中有站20个（其中一站“2021.8.31”建成，截止日当天算；另一贫困村的站2021年9月1日才建成，不算） → 20/25 = 80.0% → 3；合计8`,
    "work.upward: 网销调研2；网络促销1；第三方1；第二部分有“快递到村”列，一个行政村为“×” → 0（第一部分写100%与名单不符，以名单为准）；标准溯源1；农产品网络零售额3.2亿→4.16亿元，增速正好30.0% → 2（农村网零18.6→23.5亿元只有26.3%）；合计7",
    `work.training: 常住人口118.36万人，基数封顶50万；第四部分截止日前17期${fmtInt(pt - signPre)}人次（2021年9月3日一期、合计行不算）＋第五部分截止日前签到${signPre}行 = 4,000人次 = 4000/500000 = 0.80% → 8（若不封顶只有0.34%）；第六部分有劳动能力且未外出务工45人，身份证号在截止日前签到中出现的18人（重复参训算一次，小写x同号；9月1日那期只来一次的1人不算；外出务工2人、无劳动能力1人不算） → 18/45 = 40.0% → 8；合计16`,
    "info.disclosure: 创建方案、项目信息、建设进度、监督举报窗口都“是” → 2；第十部分2020年9月—2021年8月中2021年2月没有更新 → 不定时 1；合计3",
    "info.reporting: 第九部分2020年9月（9月30日）至2021年8月（8月31日）每月都有报送 → 3；有“是”含电商扶贫统计 → 3；合计6",
    "promo.cases: 第十二部分“2021年8月”一份、2020年12月15日一份，都在截止日前 → 2",
    "promo.media: 截止日前省级（南方日报2021-04-22）4＋市级（茂名广播电视台2021-08-31，当天算）3＋县级（市融媒体中心）1 = 8",
    "fund.system: 已制定；自评4 → 4",
    "fund.ledger: 已建立；自评4 → 4",
    `fund.spending: 第八部分（万元）截止日前7笔合计${wan4(spent)}万元 = 3,618,452元 / 5,000,000 = 72.4% ≥ 70%（8月31日那笔19.8万元算；没有它只有68.4%，要倒扣5分；9月6日35万元不算） → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 18/45 = 40% < 70% → 0",
    "bonus.tvCase: 广东广播电视台（省级电视）典型案例2021-09-02播出，在截止日后不算；茂名台是市级 → 0（自评1）",
    "veto.incident: 无 → 不否决",
    "veto.progress: 项目总体进度78% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `茂名化州市商务局电商股把全部考评资料放在一张《总表》里交来（另有一张只写目录的封面，目录按行号指向总表）：总表从上到下十三部分——一、基本情况及主观项自评（序号｜项目｜填报内容｜单位｜备注，44项），二至十二是十一个台账（村居名单、站点、普及培训按期、脱贫户签到、贫困人口、入驻企业、资金（万元）、报送、专栏、宣传、经验材料），每部分有自己的标题行和表头，多数还有资料来源／单位行、合计行或“注：”，部分之间空两行，各部分列数和列义各不相同；十三、自评得分（claimed，94＋加分1）。${scored}分、无加分、未否决。边界：行政村214个按200计，140个有站正好70%；贫困村20/25正好80%（一站8月31日建成）；常住人口118.36万按50万计，4,000人次正好0.8%；贫困人口培训正好18/45＝40%；中心2021年3月1日运营，比满6个月晚一天；产业园在园20行但有一家列了两行（信用代码相同），实为19家；农产品网零增速正好30%；8月31日一笔拨付使支出率从68.4%升到72.4%；快递到村有一村“×”与“100%”不符。`,
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "总表", rows: R, merges: M },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 肇庆市封开县: 《基本情况登记表》印刷表单式，标签格与填写格大小不一、纵横合并不规则，☑／□ 勾选
// =====================================================================================================
function buildF1() {
  const g = Grid(12);
  const p = g.put;
  p(1, "A", "L", 1, "封开县电子商务进农村综合示范县创建基本情况登记表");
  p(2, "A", "F", 1, "填报单位（盖章）：封开县商务局");
  p(2, "G", "L", 1, "填报日期：2021年9月3日");
  p(3, "A", "B", 1, "县（市、区）");
  p(3, "C", "E", 1, "封开县");
  p(3, "F", "G", 1, "考评截止日期");
  p(3, "H", "L", 1, "2021年8月31日");
  p(4, "A", "B", 2, "常住人口");
  p(4, "C", "E", 2, "39.86万人（七普）");
  p(4, "F", "G", 1, "行政村数");
  p(4, "H", "I", 1, "178个");
  p(4, "J", "K", 1, "其中省定贫困村");
  p(4, "L", "L", 1, "23个");
  p(5, "F", "G", 1, "社区（居委会）数");
  p(5, "H", "I", 1, "15个");
  p(6, "A", "B", 3, "示范创建工作领导小组");
  p(6, "C", "C", 1, "组长");
  p(6, "D", "G", 1, "县长");
  p(6, "H", "H", 1, "副组长");
  p(6, "I", "L", 1, "常务副县长、分管副县长");
  p(7, "C", "C", 2, "成员单位");
  p(7, "D", "L", 2, "县商务局、县财政局、县农业农村局、县乡村振兴局、县发展和改革局、县交通运输局、县市场监督管理局、县邮政分公司");
  p(9, "A", "B", 1, "示范创建工作方案");
  p(9, "C", "F", 1, box(true, "已正式印发", "未印发"));
  p(9, "G", "G", 1, "文号");
  p(9, "H", "L", 1, "封府办〔2020〕36号");
  p(10, "A", "B", 1, "农村电商扶持政策");
  p(10, "C", "F", 1, box(true, "已出台", "未出台"));
  p(10, "G", "G", 1, "文件名称");
  p(10, "H", "L", 1, "《封开县促进农村电子商务发展扶持办法》");
  p(11, "A", "B", 4, "县级电子商务公共服务中心");
  p(11, "C", "D", 1, "投入运营日期");
  p(11, "E", "G", 1, "2020年11月18日");
  p(11, "H", "I", 1, "运营单位");
  p(11, "J", "L", 1, "封开县邮政电子商务服务有限公司");
  p(12, "C", "E", 1, "免费培训场所及设备");
  p(12, "F", "G", 1, box(true, "有", "无"));
  p(12, "H", "J", 1, "农产品免费展示、销售");
  p(12, "K", "L", 1, box(true, "有", "无"));
  p(13, "C", "E", 1, "免费摄影、美工服务");
  p(13, "F", "G", 1, box(true, "有", "无"));
  p(13, "H", "J", 1, "统一推广、品牌建设指导");
  p(13, "K", "L", 1, box(true, "有", "无"));
  p(14, "C", "E", 1, "其他衍生增值服务");
  p(14, "F", "G", 1, box(false, "有", "无"));
  p(14, "H", "I", 1, "说明");
  p(14, "J", "L", 1, "金融、法律咨询等服务暂未开展");
  p(15, "A", "B", 1, "电商产业园");
  p(15, "C", "E", 1, box(true, "已建成", "未建成"));
  p(15, "F", "H", 1, "专业第三方电商运营服务商");
  p(15, "I", "L", 1, box(true, "有", "无"));
  p(16, "A", "B", 1, "行政村物流快递覆盖率");
  p(16, "C", "E", 1, "96.6%（172个村通快递）");
  p(16, "F", "H", 1, "向市商务局报送月报");
  p(16, "I", "L", 1, "每月10日前");
  p(17, "A", "B", 3, "网络零售额（亿元）");
  p(17, "C", "E", 1, "类别");
  p(17, "F", "H", 1, "2019年");
  p(17, "I", "L", 1, "2020年");
  p(18, "C", "E", 1, "农村网络零售额");
  p(18, "F", "H", 1, 12.37);
  p(18, "I", "L", 1, 15.02);
  p(19, "C", "E", 1, "农产品网络零售额");
  p(19, "F", "H", 1, 3.46);
  p(19, "I", "L", 1, 4.71);
  p(20, "A", "B", 2, "电商培训");
  p(20, "C", "E", 1, "累计培训人次");
  p(20, "F", "G", 1, "4,152");
  p(20, "H", "J", 1, "有劳动能力的建档立卡贫困人口（不含外出务工）");
  p(20, "K", "L", 1, "2,106人");
  p(21, "C", "E", 1, "参训建档立卡贫困人口");
  p(21, "F", "G", 1, "1,137人");
  p(21, "H", "J", 1, "贫困人口培训率");
  p(21, "K", "L", 1, "54.0%");
  p(22, "A", "B", 2, "政府网站信息公开专栏");
  p(22, "C", "L", 1, "公示内容：☑创建方案　☑项目基本信息　☑项目建设进度　□征求意见／监督举报窗口");
  p(23, "C", "F", 1, "能否统计电商扶贫情况");
  p(23, "G", "H", 1, box(true, "能", "不能"));
  p(23, "I", "J", 1, "专栏网址");
  p(23, "K", "L", 1, "http://www.fengkai.gov.cn/zwgk/dsjnc/");
  p(24, "A", "B", 2, "省级专项资金");
  p(24, "C", "D", 1, "下达资金");
  p(24, "E", "F", 1, "500万元");
  p(24, "G", "H", 1, "累计拨付");
  p(24, "I", "L", 1, "4,036,512.80元");
  p(25, "C", "D", 1, "资金管理制度");
  p(25, "E", "F", 1, box(true, "已制定", "未制定"));
  p(25, "G", "H", 1, "资金专用台账");
  p(25, "I", "J", 1, box(true, "已建立", "未建立"));
  p(25, "K", "K", 1, "项目总体进度");
  p(25, "L", "L", 1, "86%");
  p(26, "A", "B", 1, "一票否决事项");
  p(26, "C", "G", 1, "安全生产、质量事故或重大损失：□有　☑无");
  p(26, "H", "L", 1, "弄虚作假情况：□有　☑无");
  p(27, "A", "L", 1, "二、主观评分项自评（在所选分值前打☑）");
  const J = [["方案制定（1-2分）", "org.plan", 2, 2], ["政策支持（1-2分）", "org.policy", 1, 2], ["项目管理制度（1-2分）", "org.management.system", 2, 2],
    ["工作台账（1-2分）", "org.management.ledger", 2, 2], ["网销调研（1-2分）", "work.upward.research", 1, 2], ["网络促销活动（1-2分）", "work.upward.promotion", 2, 2],
    ["交易标准与冷链溯源（1-2分）", "work.upward.standards", 1, 2], ["资金管理制度（1-5分）", "fund.system", 4, 5], ["资金台账（1-5分）", "fund.ledger", 5, 5],
    ["资金及时拨付（1-5分）", "fund.spending", 4, 5]];
  const judged = {};
  J.forEach((j, i) => {
    const r = 28 + Math.floor(i / 2);
    const left = i % 2 === 0;
    p(r, left ? "A" : "G", left ? "C" : "I", 1, j[0]);
    p(r, left ? "D" : "J", left ? "F" : "L", 1, j[3] === 2 ? pts12(j[2]) : pts15(j[2]));
    judged[j[1]] = j[2];
  });
  p(33, "A", "L", 1, "填表人：梁××　　联系电话：0758-66×××××　　审核人：县商务局副局长 侯××");
  assert(g.rows.length === 33, "f1 rows");
  assert(Math.round((1137 / 2106) * 1000) === 540 && Math.round((172 / 178) * 1000) === 966, "f1 stated rates");
  return {
    description:
      "肇庆封开县商务局按印刷表格式填的《基本情况登记表》（12列网格）：标签格和填写格大小不一、合并不规则——“常住人口”“39.86万人（七普）”各占两行高；“示范创建工作领导小组”纵向合并三行，右边再分“组长｜县长”“副组长｜常务副县长、分管副县长”和两行高的“成员单位”；“县级电子商务公共服务中心”纵向四行，里面每行两对小标签／勾选格；“网络零售额（亿元）”三行，内嵌一个类别×年份的小表；是否项都是“☑有　□无”式勾选，专栏公示内容四个勾选框写在同一格里（监督举报窗口未勾）；快递覆盖率写“96.6%（172个村通快递）”（不是100%）；累计拨付“4,036,512.80元”而下达写“500万元”。下半部分“二、主观评分项自评”每行两项，在所选分值前打☑（1–2分项“□1分　☑2分”，1–5分项“□1　□2　□3　☑4　□5”）。没有自评得分栏（无claimed）。",
    sheets: [{ name: "基本情况登记表", rows: g.rows, merges: g.merges }],
    expect: {
      facts: {
        county: "封开县", asOf: "2021-08-31", residentPopulation: 398600, adminVillagesStated: 178, poorVillagesStated: 23, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 1237000000, ruralRetail2020: 1502000000, agriRetail2019: 346000000, agriRetail2020: 471000000,
        trainingPersonTimesStated: 4152, eligiblePoorPersonsStated: 2106, trainedPoorPersonsStated: 1137, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4036512.8, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 河源市东源县: 数值按计量单位分列（万人｜个｜人次/人｜万元｜亿元｜%），日期一列，是／否两列打√，自评分一列，文字说明一列
// =====================================================================================================
function buildF2() {
  const W = 13;
  const rows = [padRow(["东源县电子商务进农村综合示范考评基础数据表"], W),
    padRow(["填报单位：东源县商务局（盖章）　　　　数据截至：2021年8月31日　　　　说明：数值填入其计量单位所在列；是否项在“是”或“否”列打√"], W),
    padRow(["序号", "项目", "数值（按计量单位填入对应列）", null, null, null, null, null, "日期", "是否", null, "自评分", "文字说明"], W),
    padRow([null, null, "万人", "个", "人次／人", "万元", "亿元", "%", null, "是", "否", null, null], W)];
  const M = ["A1:M1", "A2:M2", "A3:A4", "B3:B4", "C3:H3", "I3:I4", "J3:K3", "L3:L4", "M3:M4"];
  const COL = { wr: 2, ge: 3, rc: 4, wy: 5, yy: 6, pc: 7, dt: 8, yes: 9, no: 10, pt: 11, tx: 12 };
  const items = [
    ["常住人口", { wr: 43.52 }, "第七次全国人口普查"],
    ["行政村数", { ge: 270 }, null],
    ["省定贫困村数", { ge: 61 }, null],
    ["创建工作领导小组组长", {}, "常务副县长"],
    ["领导小组成员单位", {}, "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局等18个单位"],
    ["示范县工作方案已正式印发", { yes: 1 }, "东府办〔2020〕11号"],
    ["方案制定", { pt: 2 }, null],
    ["已出台支持农村电商发展的政策", { yes: 1 }, "《东源县农村电子商务发展扶持办法（试行）》"],
    ["政策支持", { pt: 1 }, "落实情况佐证偏少"],
    ["项目管理制度", { pt: 2 }, null],
    ["工作台账", { pt: 1 }, null],
    ["县级电子商务公共服务中心投入运营", { dt: "2020-09-25" }, "东源县电子商务公共服务中心（仙塘镇）"],
    ["有免费培训场所、培训设备", { yes: 1 }, null],
    ["为特色农产品提供免费展示、销售服务", { yes: 1 }, null],
    ["为市场主体提供免费摄影、美工服务", { no: 1 }, "暂由运营商有偿提供"],
    ["组织农产品统一推广、指导品牌建设", { yes: 1 }, "“东源板栗”“仙湖茶”区域品牌"],
    ["提供其他衍生增值服务", { yes: 1 }, "供应链金融对接"],
    ["建设或整合、优化电商产业园", { yes: 1 }, "东源县电子商务产业园"],
    ["有专业第三方电子商务运营或服务商", { yes: 1 }, null],
    ["行政村物流快递覆盖率", { pc: 100 }, null],
    ["网销调研", { pt: 2 }, null],
    ["网络促销活动", { pt: 2 }, null],
    ["交易标准与冷链、溯源系统", { pt: 1 }, null],
    ["2019年农村网络零售额", { yy: 9.86 }, null],
    ["2020年农村网络零售额", { yy: 12.95 }, null],
    ["2019年农产品网络零售额", {}, "县统计局未提供"],
    ["2020年农产品网络零售额同比增速", { pc: 27.4 }, "省商务厅反馈"],
    ["累计培训人次", { rc: "4,680" }, null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", { rc: 3215 }, "县乡村振兴局提供"],
    ["参加培训的建档立卡贫困人口", { rc: 1402 }, "按身份证号去重"],
    ["专栏公示创建方案", { yes: 1 }, null],
    ["专栏公示项目基本信息", { yes: 1 }, null],
    ["专栏公示项目建设进度", { yes: 1 }, null],
    ["专栏设立征求意见或监督举报窗口", { yes: 1 }, null],
    ["能统计电商扶贫情况", { yes: 1 }, null],
    ["下达省级专项资金", { wy: 500 }, null],
    ["累计拨付资金", { wy: 387.2064 }, "截至8月31日"],
    ["已制定资金管理制度", { yes: 1 }, null],
    ["资金管理制度", { pt: 4 }, null],
    ["已建立资金专用台账", { yes: 1 }, null],
    ["资金台账", { pt: 4 }, null],
    ["资金及时拨付", { pt: 3 }, null],
    ["项目总体进度", { pc: 81 }, null],
    ["发生安全生产、质量事故或重大损失", { no: 1 }, null],
    ["存在弄虚作假行为", { no: 1 }, null],
  ];
  items.forEach((it, i) => {
    const r = padRow([i + 1, it[0]], W);
    for (const [k, v] of Object.entries(it[1])) {
      r[COL[k]] = k === "yes" || k === "no" ? "√" : k === "dt" ? D(v) : v;
    }
    if (it[2]) r[12] = it[2];
    rows.push(r);
  });
  rows.push(padRow(["注：1．自评分栏只填主观评分项（方案制定、政策支持、项目管理制度、工作台账、网销调研、网络促销活动、交易标准与冷链溯源各1-2分；资金管理制度、资金台账、资金及时拨付各1-5分）。2．空白表示无数据。"], W));
  M.push(`A${rows.length}:M${rows.length}`);
  rows.push(padRow(["填表人：温××　　审核人：黄××　　联系电话：0762-88×××××"], W));
  M.push(`A${rows.length}:M${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "河源东源县商务局的《考评基础数据表》：数值不写单位，而是按计量单位填进对应的列——两行表头“数值（按计量单位填入对应列）”下分万人｜个｜人次／人｜万元｜亿元｜%六列，另有日期列（真日期单元格）、“是否”下分是｜否两列（在其一打√）、自评分列（只填主观项）、文字说明列；每行只有一格有数（常住人口43.52在“万人”列，下达资金500在“万元”列，零售额在“亿元”列，覆盖率100在“%”列，累计拨付387.2064万元），组长和成员单位写在文字说明列（组长是常务副县长）。2019年农产品网零一行空着、说明“县统计局未提供”（不算陈述），农产品网零只给了增速27.4%；免费摄影美工在“否”列打√。",
    sheets: [{ name: "基础数据", rows, merges: M }],
    expect: {
      facts: {
        county: "东源县", asOf: "2021-08-31", residentPopulation: 435200, adminVillagesStated: 270, poorVillagesStated: 61, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-25", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 986000000, ruralRetail2020: 1295000000, agriRetailGrowthStated: 0.274,
        trainingPersonTimesStated: 4680, eligiblePoorPersonsStated: 3215, trainedPoorPersonsStated: 1402, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3872064, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.81, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 阳江市阳东区: 在线填报系统的“修改记录”导出——一条修改一行（时间｜修改人｜数据项｜原值｜新值｜说明），当前值＝每项最后一次修改的新值
// =====================================================================================================
function buildF3() {
  const log = [];
  const add = (t, who, item, oldV, newV, why) => log.push([t, who, item, oldV, newV, why]);
  const first = [
    ["县（市、区）", "阳东区"], ["考评截止日期", "2021-08-31"], ["常住人口", "48.01万人"], ["行政村数", "157个"], ["省定贫困村数", "17个"],
    ["领导小组组长", "副区长"], ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区发展改革局、区交通运输局"], ["示范创建工作方案", "已印发（东府办〔2020〕22号）"],
    ["方案制定自评分", "2"], ["支持农村电商发展政策", "已出台"], ["政策支持自评分", "2"], ["项目管理制度自评分", "2"], ["工作台账自评分", "2"],
    ["公共服务中心投入运营日期", "2021年1月"], ["免费培训场所、设备", "有"], ["免费展示、销售服务", "有"], ["免费摄影、美工服务", "有"],
    ["农产品统一推广、品牌建设指导", "有"], ["其他衍生增值服务", "无"], ["电商产业园", "已建成"], ["第三方电商运营服务商", "有"],
    ["行政村物流快递覆盖率", "100%"], ["网销调研自评分", "1"], ["网络促销活动自评分", "2"], ["交易标准与冷链溯源自评分", "1"],
    ["2019年农村网络零售额（万元）", "86,300"], ["2020年农村网络零售额（万元）", "108,900"], ["累计培训人次", "3,820"],
    ["有劳动能力建档立卡贫困人口（不含外出务工）", "1,486"], ["参训建档立卡贫困人口", "612"], ["专栏公示创建方案", "是"], ["专栏公示项目基本信息", "是"],
    ["专栏公示项目建设进度", "是"], ["专栏监督举报窗口", "否"], ["能统计电商扶贫情况", "是"], ["下达资金（万元）", "500"], ["累计拨付资金（万元）", "318.6"],
    ["资金管理制度", "已制定"], ["资金管理制度自评分", "4"], ["资金专用台账", "已建立"], ["资金台账自评分", "4"], ["资金及时拨付自评分", "4"],
    ["项目总体进度", "75%"], ["安全生产、质量事故或重大损失", "无"], ["弄虚作假", "无"],
  ];
  let tm = Date.parse("2021-07-02T09:12:40Z");
  const stamp = () => {
    const s = new Date(tm).toISOString();
    return s.slice(0, 10) + " " + s.slice(11, 19);
  };
  assert(first.length === 45, "f3 first " + first.length);
  for (const [k, v] of first) {
    tm += rint(20, 95) * 1000;
    add(stamp(), "cai_dsg", k, null, v, "新增");
  }
  const later = [
    ["2021-07-15T15:03:11Z", "cai_dsg", "常住人口", "48.01万人", "44.51万人", "改用第七次全国人口普查数（原为户籍人口）"],
    ["2021-07-15T15:04:52Z", "cai_dsg", "公共服务中心投入运营日期", "2021年1月", "2021-01-08", "按开业仪式日期"],
    ["2021-07-28T10:21:07Z", "lin_sw", "累计培训人次", "3,820", "4,096", "补录7月两期"],
    ["2021-07-28T10:26:45Z", "lin_sw", "领导小组组长", "副区长", "区长", "区府办2021年7月调整领导小组"],
    ["2021-07-28T10:27:30Z", "lin_sw", "领导小组成员单位", "区商务局、区财政局、区农业农村局、区发展改革局、区交通运输局",
      "区商务局、区财政局、区农业农村局、区乡村振兴局、区发展改革局、区交通运输局", "补列区乡村振兴局"],
    ["2021-08-20T16:40:18Z", "lin_sw", "专栏监督举报窗口", "否", "是", "专栏已开通留言"],
    ["2021-08-20T16:42:03Z", "lin_sw", "参训建档立卡贫困人口", "612", "655", "按身份证号核对"],
    ["2021-09-01T09:05:44Z", "cai_dsg", "累计培训人次", "4,096", "4,118", "补录8月25日一期（22人次）"],
    ["2021-09-01T09:10:29Z", "cai_dsg", "累计拨付资金（万元）", "318.6", "362.4587", "按国库支付系统截至8月31日数"],
    ["2021-09-01T09:14:56Z", "cai_dsg", "网络促销活动自评分", "2", "1", "促销成效数据不足，下调"],
    ["2021-09-02T11:30:02Z", "huang_kz", "专栏监督举报窗口", "是", "否", "经核实留言功能属政府网站通用栏目，专栏内未单独设置，恢复原值"],
    ["2021-09-02T11:33:47Z", "huang_kz", "项目总体进度", "75%", "79%", "按8月底完工项目重算"],
  ];
  for (const l of later) {
    const s = new Date(Date.parse(l[0])).toISOString();
    add(s.slice(0, 10) + " " + s.slice(11, 19), l[1], l[2], l[3], l[4], l[5]);
  }
  // the current value of every item = the last 新值
  const cur = {};
  for (const e of log) cur[e[2]] = e[4];
  assert(cur["累计培训人次"] === "4,118" && cur["专栏监督举报窗口"] === "否" && cur["领导小组组长"] === "区长", "f3 current values");
  for (let i = 1; i < log.length; i++) assert(log[i - 1][0] < log[i][0], "f3 log chronological");
  const W = 7;
  const rows = [padRow(["阳东区电子商务进农村综合示范考评基础数据（在线填报）— 修改记录"], W),
    padRow([`导出时间：2021-09-06 16:20:11　　导出人：huang_kz　　共${log.length}条　　（同一数据项以最后一次修改后的“新值”为当前值）`], W),
    ["序号", "修改时间", "修改人", "数据项", "原值", "新值", "修改说明"]];
  log.forEach((e, i) => rows.push([i + 1, ...e]));
  rows.push(padRow(["修改人：cai_dsg＝蔡××（电商股），lin_sw＝林××（电商股），huang_kz＝黄××（分管科长）"], W));
  const M = ["A1:G1", "A2:G2", `A${rows.length}:G${rows.length}`];
  return {
    description:
      `阳江阳东区商务局交来的不是基础数据表本身，而是区里在线填报系统导出的《修改记录》：一条修改一行（序号｜修改时间“${log[0][0]}”式文本｜修改人账号｜数据项｜原值｜新值｜修改说明），7月2日首次录入45项（原值空、说明“新增”），之后12次修改按时间先后排在后面；每项的当前值是最后一次修改后的新值——常住人口48.01万（户籍）→44.51万（七普），中心运营日期“2021年1月”→2021-01-08，组长副区长→区长、成员单位补上区乡村振兴局，累计培训人次改了两次（3,820→4,096→4,118），累计拨付318.6→362.4587万元，网络促销自评2→1，监督举报窗口否→是→又改回否，总体进度75%→79%。金额项的单位写在数据项名里“（万元）”。`,
    sheets: [{ name: "修改记录", rows, merges: M }],
    expect: {
      facts: {
        county: "阳东区", asOf: "2021-08-31", residentPopulation: 445100, adminVillagesStated: 157, poorVillagesStated: 17, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 863000000, ruralRetail2020: 1089000000, trainingPersonTimesStated: 4118,
        eligiblePoorPersonsStated: 1486, trainedPoorPersonsStated: 655, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3624587, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.79, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 惠州市龙门县: 入驻／退出分两段登记的企业表、按年度分段（日期不带年份）的培训台账、1/0编码的贫困人口表
// =====================================================================================================
function buildL1() {
  // ① 产业园企业：一、入驻登记；二、退出登记（按信用代码挂回）
  const fnm = nameMaker("龙永罗蓝麻平", "丰润顺华鑫益和", "", []);
  const TY = ["平台型", "销售型", "销售型", "电商运营商", "物流企业", "销售型", "网店", "销售型", "生产加工型", "销售型", "代运营", "销售型",
    "快递", "销售型", "网店", "销售型", "平台型", "销售型"];
  const firms = TY.map((t) => ({ name: `龙门县${fnm()}${/物流|快递/.test(t) ? "物流" : /生产/.test(t) ? "农产品加工" : "电子商务"}有限公司`, type: t, code: creditCode("441324"),
    entered: randIsoBetween("2020-03-01", "2021-08-20"), left: null, area: rint(4, 30) * 10, contact: personName() }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  const exits = [[2, "2021-01-31", "经营调整，迁出园区"], [9, "2021-06-30", "租期届满不再续租"], [5, "2021-09-02", "迁至广州"]];
  for (const [i, dd] of exits) {
    assert(dd > firms[i].entered, "l1 exit after entry");
    firms[i].left = dd;
  }
  const W1 = 7;
  const eRows = [padRow(["龙门县电子商务产业园企业入驻及退出登记"], W1), padRow(["登记单位：龙门县电子商务产业园运营中心"], W1), padRow(["一、入驻登记"], W1),
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "租用面积（㎡）", "联系人"]];
  const eM = ["A1:G1", "A2:G2", "A3:G3"];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, [dotDate(f.entered), D(f.entered), cnDate(f.entered)][i % 3], f.area, f.contact]));
  eRows.push(padRow([], W1));
  eRows.push(padRow(["二、退出登记"], W1));
  eM.push(`A${eRows.length}:G${eRows.length}`);
  eRows.push(padRow(["序号", "企业名称", "统一社会信用代码", "退出日期", "退出原因"], W1));
  exits.slice().sort((a, b) => cmp(a[1], b[1])).forEach(([i, dd, why], k) => eRows.push(padRow([k + 1, firms[i].name, firms[i].code, cnDate(dd), why], W1)));
  eRows.push(padRow([`注：入驻登记共${firms.length}家，退出的企业在“二、退出登记”中登记，入驻登记栏不删除。`], W1));
  eM.push(`A${eRows.length}:G${eRows.length}`);
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ② 培训台账：按年度分段，日期不写年份
  const sess = [];
  let d = "2020-05-21";
  for (let i = 0; i < 14; i++) {
    sess.push({ date: d, n: rint(38, 96), poor: rint(5, 20), days: i % 5 === 2 ? 3 : 1 });
    d = isoAdd(d, rint(24, 36));
  }
  sess.push({ date: "2021-09-07", n: 64, poor: 9, days: 1 });
  const TOP = ["电商基础知识", "网店开设与美工", "龙门米饼、年桔网络营销", "直播带货实操", "农产品包装与品牌", "短视频制作", "社群团购运营"];
  const PL = ["县电商公共服务中心", "龙潭镇党群服务中心", "永汉镇文化站", "麻榨镇电商服务站", "龙江镇政府会议室"];
  const W2 = 7;
  const tRows = [padRow(["龙门县农村电子商务培训台账"], W2), ["期次", "日期", "时间", "培训内容", "培训地点", "参训人次", "其中脱贫人口"]];
  const tM = ["A1:G1"];
  const tRecs = [];
  let year = null;
  let yTot = 0;
  let no = 0;
  let exRange = null;
  let exDay = null;
  const closeYear = () => {
    tRows.push([null, `${year}年小计`, null, null, null, yTot, null]);
  };
  for (const s of sess) {
    const y = Number(s.date.slice(0, 4));
    if (y !== year) {
      if (year !== null) closeYear();
      year = y;
      yTot = 0;
      tRows.push(padRow([`${y}年度`], W2));
      tM.push(`A${tRows.length}:G${tRows.length}`);
    }
    no++;
    const [, m, dd] = ymd(s.date);
    let dtxt;
    let time;
    if (s.days > 1) {
      const st = isoAdd(s.date, -(s.days - 1));
      const [, m0, d0] = ymd(st);
      dtxt = m0 === m ? `${m0}月${d0}日-${dd}日` : `${m0}月${d0}日-${m}月${dd}日`;
      time = "全天";
    } else {
      dtxt = `${m}月${dd}日（周${weekday(s.date)}）`;
      time = no % 2 ? "9:00-12:00" : "14:30-17:30";
    }
    if (s.days > 1 && !exRange) exRange = dtxt;
    if (s.days === 1 && !exDay) exDay = dtxt;
    tRows.push([`第${no}期`, dtxt, time, TOP[no % 7], PL[no % 5], no % 3 === 0 ? `${s.n}人次` : s.n, s.poor]);
    tRecs.push({ date: s.date, personTimes: s.n });
    yTot += s.n;
  }
  closeYear();
  tRows.push([null, "合计", null, null, null, sum(sess.map((s) => s.n)), sum(sess.map((s) => s.poor))]);
  tRows.push(padRow(["注：多天的培训按一期登记，参训人次为整期人次；“其中脱贫人口”为参训人次中的脱贫人口人次。"], W2));
  tM.push(`A${tRows.length}:G${tRows.length}`);
  assert(sess.some((s) => s.days > 1) && new Set(sess.map((s) => s.date.slice(0, 4))).size === 2, "l1 training years");

  // ③ 贫困人口：1/0编码
  const REG = "441324";
  const VIL = ["龙潭镇上坪村", "永汉镇马星村", "地派镇高坪村", "蓝田瑶族乡上东村", "龙华镇西溪村"];
  const W3 = 8;
  const pRows = [padRow(["龙门县建档立卡脱贫户家庭成员劳动力情况"], W3), padRow(["填写说明：“劳动能力”“外出务工”两栏，1＝是（有），0＝否（无），空白＝未核实。"], W3),
    ["序号", "户主姓名", "成员姓名", "与户主关系", "身份证号码", "劳动能力", "外出务工", "所在村"]];
  const pM = ["A1:H1", "A2:H2"];
  const pRecs = [];
  let pn = 0;
  for (let h = 0; h < 9; h++) {
    const size = [3, 4, 2, 5, 3, 4, 1, 3, 4][h];
    const head = personName();
    for (let k = 0; k < size; k++) {
      pn++;
      const age = k === 0 ? rint(45, 70) : k === 1 ? rint(40, 65) : rint(8, 28);
      const birth = `${2021 - age}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}`;
      const male = k === 0 || (k >= 2 && k % 2 === 0);
      const id = makeId(REG, birth, male, pn === 4 || pn === 17 ? true : undefined);
      const labour = !(age < 16 || age >= 66 || (h === 3 && k === 1));
      const migrant = labour ? (h + k) % 3 === 1 : false;
      const unknownMig = h === 5 && k === 2 && labour;
      const nm = k === 0 ? head : personName(k >= 2 ? head[0] : undefined);
      const idTxt = isX(id) && pn === 17 ? id.slice(0, 17) + "x" : id;
      pRows.push([pn, k === 0 ? head : null, nm, k === 0 ? "户主" : k === 1 ? "配偶" : male ? "子" : "女", idTxt, labour ? 1 : 0, unknownMig ? null : migrant ? 1 : 0, k === 0 ? VIL[h % 5] : null]);
      pRecs.push({ id, labour, migrant: unknownMig ? null : migrant });
    }
  }
  assert(pRecs.some((r) => r.migrant === null) && pRecs.some((r) => r.labour && r.migrant === true) && pRecs.some((r) => !r.labour), "l1 poor mix");
  return {
    description:
      `惠州龙门县商务局交的三张表：①《产业园企业登记》分两段——“一、入驻登记”列全部18家（信用代码、类型、入驻日期、面积），隔一行是“二、退出登记”（序号｜企业名称｜信用代码｜退出日期｜原因，3家，其中一家9月2日退出），退出的企业在入驻登记里不删，退出日期要按企业名称／信用代码挂回去；类型有“生产加工型”这种不在四类里的；②《培训台账》按年度分段（“2020年度”“2021年度”整行段头，各有“小计”，末尾“合计”），日期栏不写年份（“${exDay}”，多天培训写“${exRange}”，按结束日），参训人次有数字也有“××人次”文本，另有“其中脱贫人口”人次列（不是另一份人次）；最后一期在2021年9月；③《脱贫户家庭成员》户主姓名只写在每户第一行，劳动能力、外出务工用1／0编码（表头下有说明行，空白＝未核实），身份证号有尾号x小写。`,
    sheets: [
      { name: "产业园企业登记", rows: eRows, merges: eM },
      { name: "培训台账", rows: tRows, merges: tM },
      { name: "脱贫户家庭成员", rows: pRows, merges: pM },
    ],
    expect: {
      sheets: {
        "产业园企业登记": { kind: "enterprises", records: eRecs },
        "培训台账": { kind: "training", records: tRecs },
        "脱贫户家庭成员": { kind: "poorPersons", records: pRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州市饶平县: 封面（非台账）、一站两行的站点台账、元／万元混写带季度小计的资金台账、从政府网列表页复制的专栏更新
// =====================================================================================================
function buildL2() {
  const cover = [["饶平县电子商务进农村综合示范台账（第二册）"], [null], ["目　录"], ["一、村级电商服务站点台账"], ["二、专项资金使用台账"], ["三、政府网专栏更新记录"],
    [null], ["饶平县商务局　2021年9月"]];

  // ① 站点：一站两行
  const TOWNS = ["黄冈镇", "钱东镇", "高堂镇", "浮滨镇", "新丰镇", "三饶镇", "樟溪镇", "联饶镇"];
  const vn = nameMaker("上下东西新大溪坑石龙", "埔厝寮美林洋头湖塘寨", "村", []);
  const st = [];
  for (let i = 0; i < 22; i++) st.push({ town: TOWNS[i % 8], village: vn(), opened: randIsoBetween("2020-04-10", "2021-08-25") });
  st[20].opened = "2021-08-31";
  st[21].opened = "2021-09-01";
  st.sort((a, b) => TOWNS.indexOf(a.town) - TOWNS.indexOf(b.town) || cmp(a.opened, b.opened));
  const W1 = 5;
  const sRows = [padRow(["饶平县村级电子商务服务站点台账"], W1), padRow(["（每个站点占两行）"], W1),
    ["序号", "站点名称", "所属镇", "所在行政村", "站点地址"],
    [null, "负责人", "联系电话", "挂牌时间", "服务内容"]];
  const sM = ["A1:E1", "A2:E2", "A3:A4"];
  const sRecs = [];
  st.forEach((s, i) => {
    const stem = s.village.replace(/村$/, "");
    const vtxt = i % 4 === 1 ? `${stem}村委会` : i % 4 === 3 ? `${stem}村民委员会` : s.village;
    const dt = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : [D(s.opened), dotDate(s.opened), cnDate(s.opened), slashDate(s.opened)][i % 4];
    sRows.push([i + 1, `${stem}村电商服务站`, s.town, vtxt, `${s.town}${s.village}${["村委会一楼", "邮政代办点", "便民超市内", "文化室旁"][i % 4]}`]);
    sRows.push([null, personName(), mask(phone()), dt, ["代购代销、快递收发", "代购代销、代缴话费、快递收发", "农产品上行、小额取现", "代购代销、电商培训"][i % 4]]);
    sM.push(`A${sRows.length - 1}:A${sRows.length}`);
    sRecs.push({ village: s.village, opened: s.opened });
  });
  sRows.push(padRow([`注：共${st.length}个站点。`], W1));
  sM.push(`A${sRows.length}:E${sRows.length}`);

  // ② 资金：元与万元混写、季度小计
  const P = [
    ["2020-10-12", "县电子商务公共服务中心装修工程款（首期）", 645000, "n"],
    ["2020-11-26", "村级站点建设补助（第一批）", 125000, "wan"],
    ["2020-12-18", "农村电商培训费（2020年）", 86420, "yen"],
    ["2021-01-20", "中心设备采购", 232680, "wanyuan"],
    ["2021-03-09", "物流配送车辆购置", 398000, "n"],
    ["2021-03-30", "潮州单丛茶品牌包装设计", 55800, "yen"],
    ["2021-05-14", "村级站点建设补助（第二批）", 147500, "wan"],
    ["2021-06-28", "网络促销活动（618）", 93265.5, "yen"],
    ["2021-08", "中心运营补助（2021年7-8月）", 120000, "wan"],
  ];
  const amt = (v, f) => (f === "n" ? v : f === "wan" ? `${v / 10000}万` : f === "wanyuan" ? `${v / 10000}万元` : `￥${fmtMoney(v)}`);
  const W2 = 6;
  const fRows = [padRow(["饶平县电子商务进农村综合示范专项资金使用台账"], W2), padRow(["金额：未注明的为元；写“万”的为万元"], W2),
    ["日期", "摘要", "金额", "经办人", "审批人", "备注"]];
  const fM = ["A1:F1", "A2:F2"];
  const fRecs = [];
  let qk = null;
  let qs = [];
  const closeQ = () => {
    fRows.push([null, `${quarterText(qk + "-01")}小计`, fmtMoney(sumYuan(qs)), null, null, null]);
  };
  P.forEach((p, i) => {
    const k = quarterEnd(p[0].length === 7 ? p[0] + "-01" : p[0]);
    if (k !== qk) {
      if (qk) closeQ();
      qk = k;
      qs = [];
    }
    const dcell = p[0].length === 7 ? cnMonth(p[0]) : [dotDate(p[0]), D(p[0]), slashDate(p[0])][i % 3];
    fRows.push([dcell, p[1], amt(p[2], p[3]), "詹××", "刘××", p[0].length === 7 ? "月末结算" : null]);
    fRecs.push({ date: p[0], amount: p[2] });
    qs.push(p[2]);
  });
  closeQ();
  fRows.push([null, "合计", fmtMoney(sumYuan(P.map((p) => p[2]))), null, null, null]);
  assert(amt(125000, "wan") === "12.5万" && amt(232680, "wanyuan") === "23.268万元" && amt(147500, "wan") === "14.75万", "l2 amounts");

  // ③ 专栏更新：政府网列表页复制
  const ups = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    if (m === "2020-12" || m === "2021-04") continue;
    ups.push(`${m}-${String(rint(3, 26)).padStart(2, "0")}`);
  }
  ups.reverse();
  const TT = ["项目建设进度公示", "工作动态", "资金使用情况公示", "站点建设进展"];
  const uRows = [["当前位置：首页 > 政务公开 > 专题专栏 > 电子商务进农村综合示范"], [null],
    ...ups.map((u, i) => [`· 饶平县电子商务进农村综合示范${TT[i % 4]}（${cnMonth(u)}）　　${u}`]),
    [null], [`共${ups.length}条　　首页　上一页　1　下一页　尾页`]];
  const uRecs = ups.map((u) => ({ date: u }));
  return {
    description:
      "潮州饶平县商务局台账第二册（四个表）：①《封面》只有题名和目录，不是台账；②《站点台账》一个站点占两行——上行 序号（纵向合并两行）｜站点名称｜所属镇｜所在行政村｜地址，下行 负责人｜电话｜挂牌时间｜服务内容，表头也是对应的两行；村名有“××村”“××村委会”“××村民委员会”三种写法，一站“2021年8月31日”、一站“2021.9.1”；③《资金使用台账》金额一列元与万元混写（645000、“12.5万”、“23.268万元”、“￥93,265.50”，第2行说明“未注明的为元”），按季度插“2020年第四季度小计”等行、末尾“合计”，最后一笔日期只写“2021年8月”；④《专栏更新》是从县政府网栏目列表页复制的：面包屑一行，之后每行一格“· 标题（年月）　　日期”（标题和日期在同一格，按日期倒序），末尾是翻页栏，缺2020年12月和2021年4月。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "站点台账", rows: sRows, merges: sM },
      { name: "资金使用台账", rows: fRows, merges: fM },
      { name: "专栏更新", rows: uRows },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "站点台账": { kind: "stations", records: sRecs },
        "资金使用台账": { kind: "funds", records: fRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
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
write("counties", "b245-c1-huazhou.json", c1);
write("facts", "b245-f1-fengkai.json", f1);
write("facts", "b245-f2-dongyuan.json", f2);
write("facts", "b245-f3-yangdong.json", f3);
write("ledgers", "b245-l1-longmen.json", l1);
write("ledgers", "b245-l2-raoping.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
