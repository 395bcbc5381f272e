// Batch 243 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b238.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (243243), no clock. Run: node test/corpus/counties/_make/gen-b243.js
// Theme: a 整改／复核 cycle — first self-assessment, the city bureau's 复核意见 and the revised figures side by side; only the
// final figures count (c1, f1, l2).
//
// c1 蕉岭县 (梅州): 《基础数据》 three tables abreast — 表一 首次填报 (all 42 items), 表二 市局复核意见 and 表三 整改后数据 listing only
//    the items with a comment / a change, tied back by “对应表一序号” (rows do not line up with 表一); an item not in 表三 keeps its
//    表一 value. Corrections move points: 户籍 23.62万 → 七普 18.98万 makes 1,898 person-times exactly 1%; “2021年3月” → 2021-02-28
//    makes the centre exactly six months old; 2020 rural retail 5.2 → 5.46亿 gives exactly 30% growth; 乡村振兴局 added to the
//    members. 《自评得分》 has 首次自评｜复核意见｜整改后自评 (claimed = the last). Ledger edges: 48/96 villages (exactly 50%),
//    poor-person rate exactly 32/64 with one person trained only on 2021-08-31, funds exactly 3,500,000.00 of 5,000,000 (70%),
//    a park firm that left on 2021-08-31 still counted (20 in park), a station / class / report / payment dated 2021-09-01 not counted.
// f1 潮安区 (潮州): 《基础数据（复核整改稿）》 — every item takes three rows (①首次填报｜②复核意见｜③整改后), 序号 and 项目 merged
//    down, a 环节 column; “维持” in ③ means ①; the reviewer's own figure in ② (“约122.6万人”) is not the final one, the final
//    changes unit (万人 → 人, 万元 → 元); one judged item kept at 2 against the reviewer's suggested 1.
// f2 新兴县 (云浮): a city platform's indicator-tree export — “├─ │ └─” prefixes over four levels, leaves named only “自评分”,
//    “已出台”, “2019年”, “同比增速” (meaningful with their parent), real TRUE/FALSE boolean cells, a blank boolean (not “no”),
//    amounts in 万元 with four decimals, growth typed 32.21 with unit “%”; a 副县长 leads.
// f3 和平县 (河源): a Word 自评情况表 pasted into Excel — every multi-paragraph Word cell split into several rows with the row's other
//    cells merged down (“36.95万人” / “（第七次全国人口普查）”; 组长／副组长／成员单位 on three rows), 内容 merged over C:D, a “续表”
//    row and a repeated header at the Word page break; a 自评得分 part in the same split style (claimed, judged parts in the text).
// l1 遂溪县 (湛江): ① poor-household members grouped 帮扶单位 → 帮扶责任人 → 户 (three levels of vertical merges), 劳动能力 in the
//    system's words (普通／技能劳动力, 丧失劳动力, 无劳动力（在校生）), “/” for unknown; ② a press register with a 版次／频道栏目 column
//    and a “中央” level; ③ a 粤政易 “已发送” export as the report log (timestamps, √ / × / blank); ④ a 统计口径说明 sheet (not a ledger).
// l2 陆丰市 (汕尾): ① a station 复核整改 ledger — two-row header, 所在村 and 挂牌时间 each split 原报｜整改后（核实）, blank = no change;
//    自然村 names and a typo replaced, year-only dates made exact, one date moved past the cut-off; ② a funds ledger with 原列支金额 and
//    复核核定金额 (the latter counts); ③ the city bureau's 复核意见 letter (not a ledger).
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
let seed = 243243;
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
    assert(/^b243-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b243-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b243-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 梅州市蕉岭县: 基础数据“三表并排”（首次填报｜市局复核意见｜整改后，后两表只列有意见／有改动的项）＋ 自评得分三栏 ＋ 11 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "441427";
  const TOWNS = ["蕉城镇", "长潭镇", "三圳镇", "蓝坊镇", "新铺镇", "广福镇", "文福镇", "南礤镇"];
  const NV = [20, 10, 14, 9, 12, 8, 14, 9];
  const NC = [6, 1, 1, 0, 1, 1, 1, 0];
  const vn = villageNamer("芳蓝田石高黄龙东白金桂长乐", "坪岗背塘溪岭坑围湖口寨径头墩");
  const cmn = nameMaker("城华新兴", "东西南北中", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, name: cmn(), admin: false });
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 96 && comms.length === 11, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "蕉城镇")).slice(0, 17);
  for (const v of poorList) v.poor = true;

  // ---------------- 村（居）名单
  const vRows = [padRow(["蕉岭县行政村（社区）名单"], 6), padRow(["提供单位：蕉岭县民政局　　　　　　统计时间：2021年6月"], 6),
    ["序号", "所属镇", "村（居）委会名称", "类别", "省定贫困村", "快递进村"]];
  const vRecs = [];
  vil.forEach((v, i) => {
    if (v.admin) {
      vRows.push([i + 1, v.town, i % 4 === 1 ? v.name.replace(/村$/, "村委会") : v.name, "行政村", v.poor ? "是" : "否", "√"]);
      vRecs.push({ name: v.name, admin: true, poor: v.poor, express: true });
    } else {
      vRows.push([i + 1, v.town, v.name + "居委会", "社区", "—", "√"]);
      vRecs.push({ name: v.name, admin: false, express: true });
    }
  });
  vRows.push(padRow([`合计：行政村${adminV.length}个（其中省定贫困村${poorList.length}个），社区${comms.length}个。`], 6));

  // ---------------- 站点：48/96 = 50.0%（正好在2分档下沿），17个贫困村全覆盖（一村8月31日挂牌）
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-07-31") }));
  st[6].opened = "2021-08-31";
  nonPoor.slice(0, 31).forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-08-20") }));
  st.push({ v: nonPoor[3], opened: "2021-05-20", second: true });
  st.push({ v: comms[0], opened: "2020-12-08", comm: true });
  st.push({ v: nonPoor[31], opened: "2021-09-01" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 48 && covered.size * 100 === 50 * adminV.length && poorCovered === 17, "c1 coverage " + covered.size);
  const stOrd = st.slice().sort((a, b) => TOWNS.indexOf(a.v.town) - TOWNS.indexOf(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["蕉岭县村级电子商务服务站点清单"], 8), ["序号", "站点名称", "所在镇", "所在村（社区）", "详细地址", "负责人", "联系电话", "建成投用时间"]];
  const sRecs = [];
  stOrd.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站${s.second ? "（二）" : ""}`;
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : [D(s.opened), dotDate(s.opened), slashDate(s.opened), cnDate(s.opened)][i % 4];
    sRows.push([i + 1, nm, s.v.town, s.comm ? s.v.name : s.v.name, `${s.v.town}${s.v.name}${s.comm ? "" : "村委会旁"}`.replace("村村", "村"), personName(), mask(phone()), op]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });

  // ---------------- 建档立卡贫困人口：96人，有劳动能力且未外出务工64人
  const persons = [];
  for (let i = 0; i < 96; i++) {
    const labour = i < 80;
    const migrant = i >= 64 && i < 80;
    persons.push({ id: makeId(REG, birthBetween(1962, 2001), rnd() < 0.5, i % 11 === 5 ? true : i % 11 === 6 ? false : undefined), name: personName(),
      village: poorList[i % 17], labour, migrant });
  }
  const P = shuffle(persons);
  const pRows = [padRow(["蕉岭县建档立卡贫困人口劳动力及务工情况"], 8), padRow(["（县乡村振兴局2021年7月提供）"], 8),
    ["序号", "姓名", "身份证号码", "所在镇", "所在村", "劳动能力", "外出务工", "备注"]];
  const pRecs = [];
  P.forEach((p, i) => {
    pRows.push([i + 1, p.name, p.id, p.village.town, p.village.name, p.labour ? "有" : "无", p.migrant ? "是" : "否", p.migrant ? ["广州", "深圳", "东莞", "惠州"][i % 4] : !p.labour ? (i % 2 ? "患病" : "年老") : null]);
    pRecs.push({ id: p.id, labour: p.labour, migrant: p.migrant });
  });
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 64, "c1 eligible");

  // ---------------- 脱贫户专班签到（一张平表，日期一列）：截止日前参训32人＝50.0%，其中1人只参加8月31日一期
  const EL = shuffle(eligible);
  const trainedSet = EL.slice(0, 31);
  const onCut = EL[31];
  const lateOnly = EL.slice(32, 34);
  const migr = persons.filter((p) => p.migrant).slice(0, 3);
  const classes = [
    { date: "2020-11-18", title: "脱贫户电商专班第1期（网店开设）" },
    { date: "2021-03-16", title: "脱贫户电商专班第2期（农产品拍照与包装）" },
    { date: "2021-06-22", title: "脱贫户电商专班第3期（直播带货）" },
    { date: "2021-08-31", title: "脱贫户电商专班第4期（社区团购）" },
    { date: "2021-09-01", title: "脱贫户电商专班第5期（电商创业）" },
  ];
  classes.forEach((c) => (c.people = []));
  trainedSet.forEach((p, i) => classes[i % 3].people.push(p));
  classes[2].people.push(trainedSet[0], trainedSet[4]);
  classes[3].people.push(onCut, trainedSet[2], trainedSet[9]);
  classes[4].people.push(...lateOnly);
  classes[0].people.push(migr[0]);
  classes[1].people.push(migr[1], migr[2]);
  const nonPoorTrainee = () => ({ id: makeId(REG, birthBetween(1975, 2002), rnd() < 0.5), name: personName(), village: adminV[rint(0, 95)], other: true });
  for (const c of classes) for (let k = 0; k < 5; k++) c.people.push(nonPoorTrainee());
  const tRows = [padRow(["蕉岭县脱贫户电商专班签到汇总"], 7), ["序号", "培训日期", "班次", "姓名", "身份证号码", "所在村", "是否脱贫户"]];
  const tRecs = [];
  let tn = 0;
  classes.forEach((c, ci) => {
    shuffle(c.people).forEach((p, k) => {
      tn++;
      const dcell = [dotDate(c.date), D(c.date), cnDate(c.date), dotDate(c.date), D(c.date)][ci];
      tRows.push([tn, dcell, c.title, p.name, isX(p.id) && k % 2 ? p.id.slice(0, 17) + "x" : p.id, p.village.name, p.other ? "否" : "是"]);
      tRecs.push({ date: c.date, personTimes: 1, id: p.id });
    });
  });
  checkTrainingIds(tRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 32 && trainedIds.size * 100 === 50 * eligible.length, "c1 poor rate " + trainedIds.size);
  const withoutCutDay = new Set(tRecs.filter((r) => r.date < CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(withoutCutDay.size === 31, "c1 the 8-31 class decides the tier");
  const signPre = tRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 普及培训（按期，人次）：合计正好是七普常住人口189,800的1%
  const POP = 189800;
  const POP_OLD = 236200;
  const sess = [];
  let d = "2020-06-16";
  const topics = ["电商基础知识", "网店开设与运营", "蕉岭黄精、鹰嘴桃网络营销", "农产品包装设计", "短视频与直播", "社群营销", "电商客服与售后"];
  for (let i = 0; i < 13; i++) {
    sess.push({ date: d, n: rint(115, 150), topic: topics[i % 7] });
    d = isoAdd(d, rint(24, 32));
  }
  assert(sess[12].date <= "2021-08-25", "c1 last session " + sess[12].date);
  sess[5].range = true; // 3-day course typed as a range, read at its end
  const need = POP / 100 - signPre;
  sess[12].n += need - sum(sess.map((s) => s.n));
  assert(sess[12].n > 60 && sess[12].n < 400, "c1 adjust " + sess[12].n);
  sess.push({ date: "2021-09-01", n: 118, topic: "电商创业孵化" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPre;
  assert(pt * 100 === POP && pt * 1000 < POP_OLD * 10 && pt * 1000 >= POP_OLD * 8, "c1 exactly 1% of the corrected population " + pt);
  const gRows = [padRow(["蕉岭县农村电商普及培训台账"], 6), padRow(["注：脱贫户电商专班另见《脱贫户专班签到》，本表不重复统计。"], 6),
    ["期次", "培训时间", "培训主题", "培训地点", "参训人次", "组织单位"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    const dt = s.range ? rangeText(isoAdd(s.date, -2), s.date, "dot") : [cnDate(s.date), D(s.date), dotDate(s.date)][i % 3];
    gRows.push([`第${CN_NUM[i + 1]}期`, dt, s.topic, ["县电商公共服务中心", "三圳镇党群服务中心", "新铺镇文化站", "长潭镇政府会议室"][i % 4], s.n, i % 2 ? "县商务局" : "县电商公共服务中心"]);
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  gRows.push([null, "合计", null, null, sum(sess.map((s) => s.n)), null]);

  // ---------------- 入驻企业：22行，在园20家（含8月31日退出的一家），6月30日退出、9月1日入驻的不算
  const fnm = nameMaker("蕉长桂嘉客岭", "源丰达盛和兴鑫", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "销售型", "网店", "网店", "销售型", "电商运营商", "代运营", "物流企业", "快递", "销售型",
    "销售型", "网店", "平台型", "销售型", "电商运营商", "销售型", "物流企业", "销售型", "网店", "销售型"];
  const firms = TYPES.map((t) => ({ name: `蕉岭县${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("441427"),
    entered: randIsoBetween("2020-04-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-06-30";
  firms[11].left = "2021-08-31";
  firms[21].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20 && new Set(inPark.map((f) => f.code)).size === 20, "c1 park " + inPark.length);
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(types.size === 4, "c1 types");
  const eRows = [padRow(["蕉岭县电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态", "退出时间"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, [D(f.entered), dotDate(f.entered), cnDate(f.entered)][i % 3], f.left ? "已退出" : "在园", f.left ? dotDate(f.left) : null]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });

  // ---------------- 资金（元，文本金额）：截止日前正好3,500,000.00（70.0%），9月1日一笔不算
  const ALLOC = 5000000;
  const pays = [["2020-07-15", 1280000, "县电子商务公共服务中心建设", "蕉岭县电商公共服务中心"], ["2020-10-28", 326480.5, "村级电商服务站点建设（第一批）", "中国邮政蕉岭分公司"],
    ["2020-12-22", 186300, "农村电商普及培训（第一批）", "蕉岭县电商公共服务中心"], ["2021-02-26", 412600, "县镇村三级物流配送体系", "蕉岭县××物流有限公司"],
    ["2021-04-19", 238750, "农产品品牌培育及网络促销", "蕉岭县××电子商务有限公司"], ["2021-06-08", 365200, "村级电商服务站点建设（第二批）", "中国邮政蕉岭分公司"],
    ["2021-08-30", 0, "村级站点建设（第三批）及中心运营补助", "蕉岭县电商公共服务中心"], ["2021-09-01", 420000, "农产品溯源系统", "蕉岭县××科技有限公司"]];
  pays[6][1] = yuan2(3500000 - sumYuan(pays.slice(0, 6).map((p) => p[1])));
  const spent = sumYuan(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3500000 && spent * 100 === 70 * ALLOC && pays[6][1] > 100000, "c1 spent " + spent);
  const fRows = [padRow(["蕉岭县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, [slashDate(p[0]), D(p[0]), dotDate(p[0])][i % 3], p[2], p[3], fmtMoney(p[1]), `蕉商记字第${pad3(i * 7 + 12)}号`]));
  fRows.push([null, "合计", null, null, fmtMoney(sumYuan(pays.map((p) => p[1]))), null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- 报送：12个月都有（8月那一次在31日）
  const reps = WINDOW.map((m, i) => ({ date: i === 11 ? "2021-08-31" : `${m}-${String(rint(25, 28)).padStart(2, "0")}`, pov: i % 4 !== 2 }));
  const rRows = [padRow(["蕉岭县向梅州市商务局报送工作情况记录"], 5), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "经办人"]];
  reps.forEach((r, i) => rRows.push([i + 1, [D(r.date), dotDate(r.date)][i % 2], `${cnMonth(r.date)}电子商务进农村工作进展及统计数据`, r.pov ? "是" : "否", "丘××"]));
  const rRecs = reps.map((r) => ({ date: r.date, poverty: r.pov }));
  assert(inWindowMonths(reps.map((r) => r.date)) === 12, "c1 reports 12");

  // ---------------- 专栏更新：2020年9月只有8月31日那条（窗口外），其余11个月有
  const up = ["2020-08-31"];
  for (const m of WINDOW.slice(1)) {
    up.push(`${m}-${String(rint(3, 14)).padStart(2, "0")}`);
    if (rnd() < 0.4) up.push(`${m}-${String(rint(18, 28)).padStart(2, "0")}`);
  }
  up.push("2021-09-03");
  const uTitles = ["项目建设进度公开", "工作动态", "资金使用情况公示", "站点建设进展"];
  const uRows = [padRow(["蕉岭县人民政府网“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "子栏目"]];
  up.forEach((u, i) => uRows.push([i + 1, D(u), `蕉岭县电子商务进农村综合示范${uTitles[i % 4]}（${cnMonth(u)}）`, ["进度公开", "工作动态", "资金公示", "工作动态"][i % 4]]));
  const uRecs = up.map((u) => ({ date: u }));
  assert(inWindowMonths(up) === 11, "c1 disclosure 11 months");

  // ---------------- 宣传 / 经验材料
  const MD = [["2020-11-20", "蕉岭县融媒体中心", "县级", "网络", "蕉岭：电商服务站开进村里", "否", "county", false],
    ["2021-04-09", "南方日报", "省级", "报纸", "蕉岭电商助长寿之乡农产品“出山”", "否", "province", false],
    ["2021-06-18", "广东广播电视台", "省级", "电视", "三圳镇脱贫户直播卖鹰嘴桃", "是", "province", true],
    ["2021-09-01", "梅州广播电视台", "市级", "电视", "蕉岭电商进农村示范创建纪实", "否", "city", true]];
  const mRows = [padRow(["蕉岭县电子商务进农村宣传报道情况"], 7), ["序号", "播出／刊发日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MD.forEach((m, i) => mRows.push([i + 1, D(m[0]), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [padRow(["蕉岭县经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送对象"],
    [1, D("2021-08-31"), "蕉岭县“电商专班＋村级站点”带动脱贫户增收经验材料", "梅州市商务局"],
    [2, D("2021-09-06"), "蕉岭县电子商务进农村综合示范创建工作总结", "梅州市商务局"]];

  // ---------------- 基础数据：三表并排
  const T1 = [
    ["县（市、区）", "蕉岭县", null, null],
    ["考评截止日期", "2021年8月31日", null, null],
    ["常住人口", 23.62, "万人", "县公安局户籍人口"],
    ["行政村数", adminV.length, "个", "另有社区11个"],
    ["省定贫困村数", poorList.length, "个", null],
    ["领导小组组长", "县委副书记、县长", null, "蕉府办〔2020〕8号"],
    ["领导小组成员单位", "县商务局、县财政局、县农业农村局、县交通运输局、县邮政分公司", null, null],
    ["示范县工作方案", "已正式印发", null, "蕉府办〔2020〕12号"],
    ["方案制定自评分（1-2分）", 2, "分", null],
    ["支持农村电商发展的政策", "已出台", null, "《蕉岭县农村电子商务扶持办法》"],
    ["政策支持自评分（1-2分）", 2, "分", null],
    ["项目管理制度自评分（1-2分）", 2, "分", null],
    ["工作台账自评分（1-2分）", 2, "分", null],
    ["公共服务中心投入运营日期", "2021年3月", null, null],
    ["免费培训场所、培训设备", "有", null, null],
    ["免费展示、销售服务", "有", null, null],
    ["免费摄影、美工服务", "有", null, null],
    ["农产品统一推广、品牌建设指导", "有", null, null],
    ["其他衍生增值服务", "有", null, "金融、物流对接"],
    ["电商产业园", "已建成", null, "蕉岭县电子商务产业园"],
    ["专业第三方电商运营或服务商", "有", null, null],
    ["行政村物流快递覆盖率", 100, "%", null],
    ["网销调研自评分（1-2分）", 1, "分", null],
    ["网络促销活动自评分（1-2分）", 2, "分", null],
    ["交易标准与冷链溯源自评分（1-2分）", 2, "分", null],
    ["2019年农村网络零售额", 4.2, "亿元", null],
    ["2020年农村网络零售额", 5.2, "亿元", "县统计局测算"],
    ["专栏公示创建方案", "是", null, null],
    ["专栏公示项目基本信息", "是", null, null],
    ["专栏公示项目建设进度", "是", null, null],
    ["征求意见或监督举报窗口", "否", null, null],
    ["能统计电商扶贫情况", "是", null, null],
    ["下达省级专项资金", 500, "万元", null],
    ["累计拨付资金", 392, "万元", null],
    ["资金管理制度", "已制定", null, null],
    ["资金管理制度自评分（1-5分）", 5, "分", null],
    ["资金专用台账", "已建立", null, null],
    ["资金台账自评分（1-5分）", 4, "分", null],
    ["资金及时拨付自评分（1-5分）", 5, "分", null],
    ["项目总体进度", 65, "%", null],
    ["安全生产、质量事故或重大损失", "未发生", null, null],
    ["弄虚作假", "无", null, null],
  ];
  const no = (label) => {
    const i = T1.findIndex((t) => t[0] === label);
    assert(i >= 0, "c1 no label " + label);
    return i + 1;
  };
  const T2 = [
    [no("常住人口"), "应采用第七次全国人口普查常住人口数（18.98万人），不能用户籍人口。"],
    [no("领导小组成员单位"), "成员单位未见扶贫（乡村振兴）部门，请核实领导小组文件。"],
    [no("政策支持自评分（1-2分）"), "政策落实情况佐证不足，建议1分。"],
    [no("工作台账自评分（1-2分）"), "部分项目缺验收记录，建议1分。"],
    [no("公共服务中心投入运营日期"), "请填写具体日期，以运营协议或开业活动为准。"],
    [no("免费摄影、美工服务"), "现场未见摄影、美工服务记录，请核实。"],
    [no("网络促销活动自评分（1-2分）"), "请补充促销活动成效材料。"],
    [no("交易标准与冷链溯源自评分（1-2分）"), "溯源系统未见运行记录，建议1分。"],
    [no("2020年农村网络零售额"), "以省商务厅反馈数5.46亿元为准。"],
    [no("征求意见或监督举报窗口"), "请核实专栏是否设有监督举报窗口。"],
    [no("累计拨付资金"), "9月1日拨付的42万元不计入，截至8月31日应为350万元。"],
    [no("资金管理制度自评分（1-5分）"), "未见考核问责制度，建议4分。"],
    [no("资金及时拨付自评分（1-5分）"), "支出率刚达70%，部分资金拨付偏慢，建议3分。"],
    [no("项目总体进度"), "请按项目实际完成情况核实。"],
  ];
  const T3 = [
    [no("常住人口"), "18.98万人", "采用七普数据（县统计局2021年5月公报）"],
    [no("领导小组成员单位"), "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司", "县乡村振兴局在蕉府办〔2020〕8号中已列为成员单位，原表漏填"],
    [no("政策支持自评分（1-2分）"), "1分", "采纳复核意见"],
    [no("工作台账自评分（1-2分）"), "1分", "采纳复核意见"],
    [no("公共服务中心投入运营日期"), "2021年2月28日", "以运营协议签订及开业日期为准"],
    [no("免费摄影、美工服务"), "无", "如实更正"],
    [no("网络促销活动自评分（1-2分）"), "2分", "已补充年货节、丰收节活动总结，维持原分"],
    [no("交易标准与冷链溯源自评分（1-2分）"), "1分", "采纳复核意见"],
    [no("2020年农村网络零售额"), "5.46亿元", "采用省商务厅反馈数"],
    [no("征求意见或监督举报窗口"), "是", "专栏设有“我要举报”窗口，原表漏填"],
    [no("累计拨付资金"), "350万元", "采纳复核意见"],
    [no("资金管理制度自评分（1-5分）"), "4分", "采纳复核意见"],
    [no("资金及时拨付自评分（1-5分）"), "3分", "采纳复核意见"],
    [no("项目总体进度"), "72%", "按8月底完工项目重新核算"],
  ];
  const W = 12;
  const bd = [padRow(["蕉岭县电子商务进农村综合示范考评基础数据（含市局复核意见及整改情况）"], W), padRow([], W), padRow([], W)];
  bd[1][0] = "表一　首次填报（2021年9月2日报市局）";
  bd[1][6] = "表二　梅州市商务局复核意见（2021年9月9日）";
  bd[1][9] = "表三　整改后数据（2021年9月14日重报）";
  bd[2] = ["序号", "项目", "填报值", "单位", "说明", null, "对应表一序号", "复核意见", null, "对应表一序号", "整改后", "整改说明"];
  const bM = ["A1:L1", "A2:E2", "G2:H2", "J2:L2"];
  T1.forEach((t, i) => {
    const r = padRow([i + 1, t[0], t[1], t[2], t[3]], W);
    if (T2[i]) { r[6] = T2[i][0]; r[7] = T2[i][1]; }
    if (T3[i]) { r[9] = T3[i][0]; r[10] = T3[i][1]; r[11] = T3[i][2]; }
    bd.push(r);
  });
  bd.push(padRow([], W));
  bd.push(padRow(["注：表二、表三只列有复核意见或有改动的项目，“对应表一序号”指表一的序号；表三未列的项目以表一为准，表三所列以表三为准（最终数据）。"], W));
  bM.push(`A${bd.length}:L${bd.length}`);
  for (const r of bd) assert(r.length === W, "c1 bd width");

  // ---------------- 自评得分：首次｜复核意见｜整改后（claimed）
  const first = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 7, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 7, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const IND = [
    ["加强组织领导与统筹协调（10分）", "组织领导", "org.leadership", "主要领导牵头，商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", "成员单位未见扶贫（乡村振兴）部门", "补列县乡村振兴局"],
    [null, "方案制定", "org.plan", "制定科学严谨的示范创建工作方案（1-2分）", "无异议", null],
    [null, "政策支持", "org.policy", "出台相关政策，且得到较好落实（1-2分）", "落实佐证不足，建议1分", "采纳"],
    [null, "项目管理", "org.management", "项目管理制度（1-2分）；工作台账（1-2分）", "台账缺验收记录，建议3分", "采纳"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设（县级中心、产业园）", "work.center", "中心建成2分、运行6个月以上2分、免费服务5项共6分、产业园2分、入驻20家2分、三种类型1分", "运营日期请写具体日期；未见摄影美工服务", "运营日期2021年2月28日；摄影美工改为无"],
    [null, "服务体系建设（村级站点）", "work.coverage", "行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）；贫困村覆盖率100%（5分），80%-100%（不含）（3分）", "行政村覆盖率50%，应为2分", "采纳"],
    [null, "农村产品上行", "work.upward", "调研1-2分、促销1-2分、第三方1分、快递1分、标准溯源1-2分、增速≥30%（2分）", "零售额以省厅反馈数为准，增速30%可得2分；溯源建议1分", "采纳"],
    [null, "电商人才培训", "work.training", "培训人次达常住人口1%（10分）；贫困人口培训率50%及以上（10分）", "常住人口应采用七普数据", "按七普18.98万人，培训1,898人次，正好1%"],
    ["加强信息公开及报送（10分）", "信息公开", "info.disclosure", "设立专栏且内容全面（2分）；按月更新（2分），不定时（1分）", "请核实监督举报窗口", "有“我要举报”窗口"],
    [null, "数据上报", "info.reporting", "每月报送（3分），不定时（1分）；能统计电商扶贫情况（3分）", "无异议", null],
    ["加强宣传推广（10分）", "案例总结", "promo.cases", "向市商务局报送经验材料（2分）", "无异议", null],
    [null, "经验推广", "promo.media", "省级及以上（4分）；市级（3分）；县级（1分）", "请补充报道截图", "已补充"],
    ["加强财政资金管理（15分）", "制度建立", "fund.system", "建立科学有效的资金管理制度且得到有效落实（1-5分）", "未见考核问责制度，建议4分", "采纳"],
    [null, "资金台账", "fund.ledger", "项目承建方建立资金专用台账，账目完整（1-5分）", "无异议", null],
    [null, "资金支出", "fund.spending", "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "截至8月31日支出率70.0%，建议3分", "采纳"],
    ["加分项（4分）", "贫困人口培训率70%及以上", "bonus.poorTraining", "建档立卡贫困人口培训率70%及以上（2分）", "无", null],
    [null, "电商扶贫典型案例电视播报", "bonus.tvCase", "国家级（2分），省级（1分）（不累加）", "无异议", "广东广播电视台2021年6月18日播出"],
  ];
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const IW = 8;
  const ir = [padRow(["蕉岭县电子商务进农村综合示范考评自评得分及整改情况"], IW),
    ["工作任务", "评价指标", "权重", "评分标准（摘要）", "首次自评（9月2日）", "市局复核意见（9月9日）", "整改后自评（9月14日）", "整改说明"]];
  const iM = ["A1:H1"];
  let gStart = 0;
  IND.forEach((x, k) => {
    if (x[0]) {
      if (gStart && ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
      gStart = ir.length + 1;
    }
    ir.push([x[0], x[1], MAX[x[2]], x[3], first[x[2]], x[4], claimed[x[2]], x[5]]);
  });
  if (ir.length > gStart) iM.push(`A${gStart}:A${ir.length}`);
  const vStart = ir.length + 1;
  ir.push(["一票否决项", "安全生产、质量事故或重大损失", null, "发生即否决", "未发生", "无异议", "未发生", null]);
  ir.push([null, "总体进度不足40%", null, "总体进度不足40%即否决", "65%", "请核实", "72%", null]);
  ir.push([null, "弄虚作假", null, "弄虚作假即否决", "无", "无异议", "无", null]);
  iM.push(`A${vStart}:A${ir.length}`);
  const sFirst = sum(SCORED.map(([id]) => first[id]));
  const sFinal = sum(SCORED.map(([id]) => claimed[id]));
  assert(sFirst === 96 && sFinal === 88, "c1 claims " + sFirst + " " + sFinal);
  ir.push(["合计", null, 100, null, `${sFirst}＋加分1`, null, `${sFinal}＋加分1`, null]);
  ir.push(padRow(["填表人：丘××　　审核：钟××　　蕉岭县商务局　2021年9月14日"], IW));
  iM.push(`A${ir.length}:H${ir.length}`);
  for (const r of ir) assert(r.length === IW, "c1 ir width");

  // ---------------- points
  const centerOpened = "2021-02-28";
  const R19 = 420000000, R20 = 546000000, R20old = 520000000;
  assert((R20 - R19) * 100 === 30 * R19 && (R20old - R19) * 100 < 30 * R19, "c1 growth exactly 30%");
  const cp = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 0, brand: 1, other: 1, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(cp));
  const covPts = (covered.size * 100 >= 70 * 96 ? 5 : covered.size * 100 >= 50 * 96 ? 2 : 0) + (poorCovered === 17 ? 5 : 0);
  const upPts = 1 + 2 + 1 + 1 + 1 + 2;
  const trPts = (pt * 100 >= POP ? 10 : 0) + (trainedIds.size * 100 >= 50 * eligible.length ? 10 : 0);
  const discPts = 2 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": trPts, "info.disclosure": discPts, "info.reporting": 6, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && covPts === 7 && trPts === 20, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 1, "c1 scored " + scored);

  const derivation = [
    "org.leadership: 表一组长“县委副书记、县长”（主要领导）；成员单位以表三为准，补上县乡村振兴局后商务、财政、农业农村、乡村振兴都在 → 2",
    "org.plan: 已正式印发；方案制定自评2（表三未改） → 2",
    "org.policy: 已出台；政策支持自评表一2分，表三改为1分 → 1",
    "org.management: 项目管理制度2（未改）＋工作台账表三改为1 → 3",
    `work.center: 投入运营日期以表三为准“2021年2月28日” ≤ 截止日 → 建成2；正好是2021-02-28，满6个月 → 2（表一写的“2021年3月”已被更正）；免费培训2、展示销售1；摄影美工表三改为“无” → 0；品牌推广1、其他增值服务1；产业园2；《入驻企业》22行：2021.6.30退出的不算，2021.9.1入驻的不算，2021.8.31退出的一家在截止日前没有退出、算在园 → 在园20家 → 2（少这一家就只有19家）；类型平台／销售（含网店）／运营／物流4种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》行政村${adminV.length}个（社区${comms.length}个不算）；《站点清单》截止日前有站的行政村${covered.size}个（同村二站算一次，社区服务点不算，2021.9.1建成的一站不算） → ${covered.size}/${adminV.length} = 50.0%，正好在50%档下沿 → 2；省定贫困村${poorList.length}个全有站（其中一站“2021年8月31日”建成，截止日当天算） → 5；合计7`,
    "work.upward: 网销调研1；网络促销表三维持2；第三方1；《村居名单》快递进村全“√” → 1；标准溯源表三改为1；农村网络零售额2019年4.2亿元、2020年以表三5.46亿元为准 → 增速正好30.0% ≥ 30% → 2（表一的5.2亿元只有23.8%）；合计8",
    `work.training: 常住人口以表三七普“18.98万人”为准 → 1% = 1,898人次；《普及培训》截止日前13期${fmtInt(pt - signPre)}人次（2021年9月1日一期、合计行不算；“${rangeText(isoAdd(sess[5].date, -2), sess[5].date, "dot")}”按结束日算）＋《脱贫户专班签到》截止日前${signPre}行 = ${fmtInt(pt)}人次 = 正好1.00% → 10（若按表一户籍人口23.62万只有0.80%）；《贫困人口》劳动能力“有”且外出务工“否”的${eligible.length}人，其身份证号在截止日前签到表出现的${trainedIds.size}人（多次参训算一人，小写x按同一号码；2021年8月31日第4期有1人只参加这一期，算；9月1日第5期的2人不算；外出务工的3人不算） → ${trainedIds.size}/${eligible.length} = 50.0% ≥ 50% → 10；合计20`,
    "info.disclosure: 创建方案、项目信息、建设进度“是”，监督举报窗口表一“否”、表三改为“是” → 内容全面 2；《专栏更新》2020年9月—2021年8月：9月只有“2020-08-31”一条（窗口外），其余11个月有更新 → 不定时 1；合计3（自评4）",
    "info.reporting: 《报送记录》2020年9月—2021年8月每月都有（8月那次是2021-08-31，算） → 3；有“是”含扶贫统计 → 3；合计6",
    "promo.cases: 《经验材料》2021-08-31报送一份（截止日当天，算；9月6日的总结不算） → 2",
    "promo.media: 截止日前有省级（南方日报、广东广播电视台） → 4；县级（县融媒体中心） → 1；梅州广播电视台2021-09-01播出在截止日后 → 市级0；合计5（自评8）",
    "fund.system: 资金管理制度已制定；自评表一5分，表三改为4 → 4",
    "fund.ledger: 已建立；自评4（未改） → 4",
    `fund.spending: 《资金台账》（单位元）截止日前7笔合计${fmtMoney(spent)}元（2021/9/1的420,000.00、合计行不算）/ 5,000,000 = 70.0%，正好不低于70%，不倒扣 → 及时拨付自评表三3分 → 3`,
    `bonus.poorTraining: ${trainedIds.size}/${eligible.length} = 50.0% < 70% → 0`,
    "bonus.tvCase: 广东广播电视台（省级电视）2021-06-18播出，标为电商扶贫典型案例 → 1；无国家级电视",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 总体进度以表三72%为准 ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `梅州蕉岭县商务局在市局复核后重报的整本考评工作簿（13个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决：《基础数据》是三张表左右并排——表一“首次填报（9月2日）”列全42项，表二“市局复核意见（9月9日）”、表三“整改后数据（9月14日重报）”只列有意见／有改动的项，用“对应表一序号”挂回表一，行与表一不对齐；表三未列的项以表一为准。更正的有常住人口（户籍23.62万→七普18.98万，培训人次1,898由0.80%变成正好1%）、中心运营日期（“2021年3月”→2021年2月28日，正好满6个月）、2020年农村网零（5.2→5.46亿元，增速正好30%）、成员单位补上乡村振兴局、监督举报窗口否→是、摄影美工有→无、几项主观分。《自评得分》首次自评｜复核意见｜整改后自评三栏，整改后为claimed。台账边界：行政村覆盖正好48/96、贫困人口培训率正好50%（一人只参加8月31日那期）、资金截止日前正好350万（70%）、一家企业8月31日退出仍算在园凑满20家、9月1日的站点／培训／报道／拨付都不算。`,
    sheets: [
      { name: "基础数据", rows: bd, merges: bM },
      { name: "自评得分", rows: ir, merges: iM },
      { name: "村居名单", rows: vRows, merges: ["A1:F1", "A2:F2", `A${vRows.length}:F${vRows.length}`] },
      { name: "站点清单", rows: sRows, merges: ["A1:H1"] },
      { name: "普及培训", rows: gRows, merges: ["A1:F1", "A2:F2"] },
      { name: "脱贫户专班签到", rows: tRows, merges: ["A1:G1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
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
// f1 — 潮州市潮安区: 基础数据“复核整改稿”，每项三行（①首次填报｜②市局复核意见｜③整改后），③写“维持”的以①为准
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [padRow(["潮安区电子商务进农村综合示范考评基础数据（复核整改稿）"], W),
    padRow(["填报单位：潮州市潮安区商务局　　　　数据截止时间：2021年8月31日"], W),
    padRow(["说明：每个项目分三行——①区商务局首次填报（2021年8月30日）；②潮州市商务局复核意见（2021年9月7日）；③整改后（2021年9月13日，以此为准）。③行写“维持”的，以①行为准。"], W),
    ["序号", "项目", "环节", "填报内容", "单位", "佐证材料／说明"]];
  const M = ["A1:F1", "A2:F2", "A3:F3"];
  const S1 = "①首次填报", S2 = "②复核意见", S3 = "③整改后";
  // [label, [①值, ①单位, ①说明], ②意见, [③值, ③单位, ③说明] | "维持"]
  const ITEMS = [
    ["常住人口", ["105.7", "万人", "区公安分局户籍人口"], "应采用第七次全国人口普查常住人口数。据市统计局，七普常住人口约122.6万人，请核实后填写准确数。", ["1225608", "人", "区第七次全国人口普查公报"]],
    ["行政村数", ["428", "个", "区民政局村居名录"], "无异议", "维持"],
    ["省定贫困村数", ["9", "个", null], "无异议", "维持"],
    ["领导小组组长", ["区委常委、副区长", null, "潮安府办〔2020〕21号"], "组长应由区主要领导担任，请核实最新文件。", ["区长", null, "潮安府办〔2021〕15号调整领导小组，区长任组长"]],
    ["领导小组成员单位", ["区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局", null, null], "无异议", "维持"],
    ["示范创建工作方案", ["已正式印发", null, "潮安府办〔2020〕27号"], "无异议", "维持"],
    ["方案制定自评分（1-2分）", ["2", "分", null], "无异议", "维持"],
    ["支持农村电商发展的政策", ["已出台", null, "《潮安区促进农村电子商务发展若干措施》"], "无异议", "维持"],
    ["政策支持自评分（1-2分）", ["2", "分", null], "政策落实情况佐证不足，建议1分。", ["1", "分", "采纳"]],
    ["项目管理制度自评分（1-2分）", ["2", "分", null], "无异议", "维持"],
    ["工作台账自评分（1-2分）", ["2", "分", null], "部分项目台账缺验收记录，建议1分。", ["2", "分", "已补齐验收记录（见附件4），申请维持2分"]],
    ["公共服务中心投入运营日期", ["2020年10月", null, null], "请填写具体日期。", ["2020年10月16日", null, "以开业仪式及运营协议为准"]],
    ["中心免费服务内容", ["免费培训场所及设备；免费展示、销售；免费摄影、美工；农产品统一推广及品牌指导", null, null], "“其他衍生增值服务”未填，请补充或说明没有。",
      ["免费培训场所及设备；免费展示、销售；免费摄影、美工；农产品统一推广及品牌指导；其他衍生增值服务（融资对接、法律咨询）", null, "补充"]],
    ["电商产业园", ["已建成（潮安区电子商务产业园）", null, null], "无异议", "维持"],
    ["专业第三方电商运营或服务商", ["有", null, "运营服务合同"], "无异议", "维持"],
    ["行政村物流快递覆盖率", ["100", "%", null], "请提供区邮政管理部门证明。", ["100", "%", "已附区邮政分公司证明"]],
    ["2019年农村网络零售额", ["38.2", "亿元", "省商务厅反馈数"], "无异议", "维持"],
    ["2020年农村网络零售额", ["51.6", "亿元", "省商务厅反馈数"], "无异议", "维持"],
    ["2019年农产品网络零售额", ["6.85", "亿元", null], "无异议", "维持"],
    ["2020年农产品网络零售额", ["8.62", "亿元", null], "与省商务厅反馈数8.79亿元不一致。", ["8.79", "亿元", "采用省商务厅反馈数"]],
    ["网销调研自评分（1-2分）", ["2", "分", null], "无异议", "维持"],
    ["网络促销活动自评分（1-2分）", ["2", "分", null], "活动成效数据不足，建议1分。", ["1", "分", "采纳"]],
    ["交易标准与冷链溯源自评分（1-2分）", ["1", "分", null], "无异议", "维持"],
    ["累计培训人次", ["5,120", "人次", null], "台账中2021年9月的两期（134人次）不应计入。", ["4,986", "人次", "已剔除9月两期"]],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", ["1,832", "人", "区乡村振兴局确认"], "无异议", "维持"],
    ["参加培训的建档立卡贫困人口", ["1,105", "人", null], "重复参训的人员应只计一次。", ["968", "人", "按身份证号去重"]],
    ["专栏公示内容", ["创建方案、项目基本信息、项目建设进度", null, null], "未见征求意见或监督举报窗口。",
      ["创建方案、项目基本信息、项目建设进度、监督举报窗口", null, "专栏原已设“我要留言”监督举报窗口，首次漏填"]],
    ["能统计电商扶贫情况", ["能", null, null], "无异议", "维持"],
    ["下达省级专项资金", ["500", "万元", null], "无异议", "维持"],
    ["累计拨付资金", ["412.6", "万元", null], "以国库支付数为准。", ["3,986,420.50", "元", "国库集中支付系统截至8月31日数"]],
    ["资金管理制度", ["已制定", null, "《潮安区电子商务进农村综合示范专项资金管理办法》"], "无异议", "维持"],
    ["资金管理制度自评分（1-5分）", ["5", "分", null], "未见考核问责制度，建议4分。", ["4", "分", "采纳"]],
    ["资金专用台账", ["已建立", null, null], "无异议", "维持"],
    ["资金台账自评分（1-5分）", ["4", "分", null], "无异议", "维持"],
    ["资金及时拨付自评分（1-5分）", ["4", "分", null], "无异议", "维持"],
    ["项目总体进度", ["85", "%", null], "无异议", "维持"],
    ["是否发生安全生产、质量事故或重大损失", ["否", null, null], "无异议", "维持"],
    ["是否存在弄虚作假", ["否", null, null], "无异议", "维持"],
  ];
  ITEMS.forEach((it, i) => {
    const r0 = rows.length + 1;
    rows.push([i + 1, it[0], S1, it[1][0], it[1][1], it[1][2]]);
    rows.push([null, null, S2, it[2], null, null]);
    if (it[3] === "维持") rows.push([null, null, S3, "维持", null, null]);
    else rows.push([null, null, S3, it[3][0], it[3][1], it[3][2]]);
    M.push(`A${r0}:A${r0 + 2}`, `B${r0}:B${r0 + 2}`);
  });
  rows.push(padRow([], W));
  rows.push(padRow(["填报人：陈××（区商务局电商股）　　联系电话：0768-×××××××　　　　审核：区商务局分管领导　林××"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(ITEMS.length === 38, "f1 items");
  return {
    description:
      "潮州潮安区商务局的《考评基础数据（复核整改稿）》：一个项目占三行——①首次填报（8月30日）｜②潮州市商务局复核意见（9月7日）｜③整改后（9月13日，以此为准），序号和项目名纵向合并，“环节”一列标①②③；③行写“维持”的以①行为准。改过的有：常住人口“105.7万人”（户籍）→“1225608人”（单位也从万人改成人，②行里市局说的“约122.6万人”不是最终数），组长“区委常委、副区长”→“区长”，中心运营日期“2020年10月”→“2020年10月16日”，中心服务补上“其他衍生增值服务”，2020年农产品网零8.62→8.79亿元，培训人次5,120→4,986，参训贫困人口1,105→968，专栏补上监督举报窗口，累计拨付“412.6万元”→“3,986,420.50元”，政策支持、网络促销、资金管理制度自评分按意见下调；工作台账自评分市局建议1分但整改后仍填2分。",
    sheets: [{ name: "基础数据（复核整改稿）", rows, merges: M }],
    expect: {
      facts: {
        county: "潮安区", asOf: "2021-08-31", residentPopulation: 1225608, adminVillagesStated: 428, poorVillagesStated: 9, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3820000000, ruralRetail2020: 5160000000, agriRetail2019: 685000000, agriRetail2020: 879000000,
        trainingPersonTimesStated: 4986, eligiblePoorPersonsStated: 1832, trainedPoorPersonsStated: 968, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3986420.5,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}
// =====================================================================================================
// f2 — 云浮市新兴县: 市级考评管理平台“指标树”导出（├─／│／└─ 缩进，标签只有连上父节点才完整），是否项为 TRUE/FALSE 布尔格
// =====================================================================================================
function buildF2() {
  const W = 5;
  // [depth, isLast, label, value, unit, type]
  const T = [
    [1, false, "01 基本信息"],
    [2, false, "0101 考评截止日期", D("2021-08-31"), null, "日期"],
    [2, false, "0102 常住人口", 43.57, "万人", "数值"],
    [2, false, "0103 行政村数", 197, "个", "数值"],
    [2, true, "0104 省定贫困村数", 19, "个", "数值"],
    [1, false, "02 组织领导"],
    [2, false, "0201 领导小组"],
    [3, false, "组长（职务）", "副县长", null, "文本"],
    [3, true, "成员单位", "县商务局；县财政局；县农业农村局；县乡村振兴局；县交通运输局", null, "多选"],
    [2, false, "0202 示范创建工作方案"],
    [3, false, "已正式印发", true, null, "是否"],
    [3, true, "自评分", 2, "分", "数值(1-2)"],
    [2, false, "0203 支持政策"],
    [3, false, "已出台", true, null, "是否"],
    [3, true, "自评分", 1, "分", "数值(1-2)"],
    [2, true, "0204 项目管理"],
    [3, false, "项目管理制度自评分", 2, "分", "数值(1-2)"],
    [3, true, "工作台账自评分", 1, "分", "数值(1-2)"],
    [1, false, "03 县级公共服务中心与产业园"],
    [2, false, "0301 投入运营日期", D("2020-09-25"), null, "日期"],
    [2, false, "0302 免费服务"],
    [3, false, "免费培训场所、培训设备", true, null, "是否"],
    [3, false, "特色农产品免费展示、销售", true, null, "是否"],
    [3, false, "免费摄影、美工", false, null, "是否"],
    [3, false, "农产品统一推广、品牌建设指导", true, null, "是否"],
    [3, true, "其他衍生增值服务", null, null, "是否"],
    [2, true, "0303 电商产业园（建设或整合、优化）", true, null, "是否"],
    [1, false, "04 农村产品上行"],
    [2, false, "0401 网销调研"],
    [3, true, "自评分", 1, "分", "数值(1-2)"],
    [2, false, "0402 网络促销活动"],
    [3, true, "自评分", 2, "分", "数值(1-2)"],
    [2, false, "0403 专业第三方电商运营或服务商", true, null, "是否"],
    [2, false, "0404 行政村物流快递覆盖率100%", true, null, "是否"],
    [2, false, "0405 交易标准与冷链、溯源系统"],
    [3, true, "自评分", 1, "分", "数值(1-2)"],
    [2, true, "0406 网络零售额"],
    [3, false, "农村网络零售额"],
    [4, false, "2019年", 152380, "万元", "数值"],
    [4, false, "2020年", 201460, "万元", "数值"],
    [4, true, "同比增速", 32.21, "%", "数值"],
    [3, true, "农产品网络零售额"],
    [4, false, "2019年", 31240, "万元", "数值"],
    [4, false, "2020年", 38905, "万元", "数值"],
    [4, true, "同比增速", 24.54, "%", "数值"],
    [1, false, "05 电商人才培训"],
    [2, false, "0501 培训人次（截至考评截止日期）", 4620, "人次", "数值"],
    [2, false, "0502 有劳动能力的建档立卡贫困人口（不含外出务工）", 2104, "人", "数值"],
    [2, true, "0503 参加培训的建档立卡贫困人口", 1163, "人", "数值"],
    [1, false, "06 信息公开及报送"],
    [2, false, "0601 县政府网站专栏公示"],
    [3, false, "创建方案", true, null, "是否"],
    [3, false, "项目基本信息", true, null, "是否"],
    [3, false, "项目建设进度", true, null, "是否"],
    [3, true, "征求意见或监督举报窗口", false, null, "是否"],
    [2, true, "0602 能统计电商扶贫情况", true, null, "是否"],
    [1, false, "07 财政资金管理"],
    [2, false, "0701 下达省级专项资金", 500, "万元", "数值"],
    [2, false, "0702 累计拨付资金", 418.3652, "万元", "数值"],
    [2, false, "0703 资金管理制度"],
    [3, false, "已制定", true, null, "是否"],
    [3, true, "自评分", 4, "分", "数值(1-5)"],
    [2, false, "0704 资金专用台账"],
    [3, false, "已建立", true, null, "是否"],
    [3, true, "自评分", 5, "分", "数值(1-5)"],
    [2, true, "0705 资金拨付"],
    [3, true, "及时拨付自评分", 4, "分", "数值(1-5)"],
    [1, true, "08 一票否决"],
    [2, false, "0801 项目总体进度", 88, "%", "数值"],
    [2, false, "0802 发生安全生产、质量事故或重大损失", false, null, "是否"],
    [2, true, "0803 弄虚作假", false, null, "是否"],
  ];
  // build the tree prefixes: a “│　” for every open ancestor, then “├─ ” or “└─ ”
  const open = [];
  const rows = [padRow(["云浮市电子商务进农村综合示范考评管理平台 · 数据填报导出"], W),
    padRow(["单位：新兴县商务局（441852）　　　导出人：xxsw_dzsw　　　导出时间：2021-09-08 10:15:22"], W),
    ["指标结构", "填报值", "计量单位", "数据类型", "最后修改"], ["新兴县", null, null, null, null]];
  let k = 0;
  for (const t of T) {
    const [depth, last, label] = t;
    open.length = depth - 1;
    let pre = "";
    for (let j = 0; j < depth - 1; j++) pre += open[j] ? "│　" : "　　";
    pre += last ? "└─ " : "├─ ";
    open[depth - 1] = !last;
    const leaf = t.length > 3;
    k++;
    rows.push([pre + label, leaf ? t[3] : null, leaf ? t[4] : null, leaf ? t[5] : null, leaf ? `2021-09-0${k % 3 === 0 ? 3 : k % 3 === 1 ? 6 : 7} ${["09:12", "10:47", "15:33", "16:05"][k % 4]}` : null]);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["注：是否项导出为TRUE（是）／FALSE（否），未填为空。"], W));
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(Math.abs((201460 - 152380) / 152380 - 0.3221) < 0.00005 && Math.abs((38905 - 31240) / 31240 - 0.2454) < 0.00005, "f2 growth texts");
  return {
    description:
      "云浮新兴县商务局从“云浮市电子商务进农村综合示范考评管理平台”导出的填报数据：A列是带“├─ │ └─”缩进符的指标树（01基本信息…08一票否决，四层），很多叶子只叫“自评分”“已出台”“已制定”“2019年”“同比增速”，要连上父节点才知道是哪一项（方案／政策／网销调研／网络促销／冷链溯源／资金制度／资金台账的自评分，农村与农产品两组零售额）；是否项是真正的TRUE/FALSE布尔格，“其他衍生增值服务”未填（空，不算否）；金额万元（累计拨付418.3652万元），增速写32.21、单位“%”；组长是副县长。",
    sheets: [{ name: "填报数据导出", rows, merges: ["A1:E1", "A2:E2", `A${rows.length}:E${rows.length}`] }],
    expect: {
      facts: {
        county: "新兴县", asOf: "2021-08-31", residentPopulation: 435700, adminVillagesStated: 197, poorVillagesStated: 19, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-25", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1523800000, ruralRetail2020: 2014600000, ruralRetailGrowthStated: 0.3221,
        agriRetail2019: 312400000, agriRetail2020: 389050000, agriRetailGrowthStated: 0.2454, trainingPersonTimesStated: 4620,
        eligiblePoorPersonsStated: 2104, trainedPoorPersonsStated: 1163, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4183652, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}
// =====================================================================================================
// f3 — 河源市和平县: Word 自评情况表整表粘贴进 Excel——一格多段落被拆成几行、同一行其他格纵向合并；分页处“续表”并重复表头
// =====================================================================================================
function buildF3() {
  const W = 5;
  const rows = [padRow(["和平县电子商务进农村综合示范县创建工作自评情况表"], W),
    padRow(["填报单位（盖章）：和平县商务局　　　　　　　　　　填报日期：2021年9月6日"], W),
    padRow(["一、基本情况（数据截至2021年8月31日）"], W)];
  const M = ["A1:E1", "A2:E2", "A3:E3"];
  const HEAD1 = ["序号", "项目", "内容", null, "备注"];
  const head1 = () => {
    rows.push(HEAD1.slice());
    M.push(`C${rows.length}:D${rows.length}`);
  };
  head1();
  // one Word row: its multi-paragraph 内容 cell becomes several Excel rows; 序号/项目/备注 merged down; 内容 spans C:D
  const wordRow = (no, label, paras, note) => {
    const r0 = rows.length + 1;
    paras.forEach((p, i) => {
      rows.push([i === 0 ? no : null, i === 0 ? label : null, p, null, i === 0 ? note : null]);
      M.push(`C${rows.length}:D${rows.length}`);
    });
    const r1 = rows.length;
    if (r1 > r0) for (const c of ["A", "B", "E"]) M.push(`${c}${r0}:${c}${r1}`);
  };
  wordRow(1, "常住人口", ["36.95万人", "（第七次全国人口普查）"], "县统计局");
  wordRow(2, "村（社区）", ["行政村234个", "社区17个"], "县民政局");
  wordRow(3, "省定贫困村", ["57个"], null);
  wordRow(4, "领导小组", ["组长：县委副书记、县长", "副组长：分管副县长", "成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县供销社、县邮政分公司"], "和府办〔2020〕9号");
  wordRow(5, "创建工作方案", ["已印发《和平县电子商务进农村综合示范县创建工作方案》", "（和府办〔2020〕31号）"], null);
  wordRow(6, "扶持政策", ["已出台《和平县促进农村电子商务发展扶持办法》"], null);
  wordRow(7, "县级电子商务公共服务中心", ["2020年12月18日投入运营", "设有免费培训室（80座）及电脑、直播设备", "免费展示展销本地特色农产品", "为电商企业和网店免费提供摄影、美工服务",
    "组织猕猴桃、茶叶等统一推广并指导品牌建设", "其他衍生增值服务：暂无"], "运营协议、现场照片");
  wordRow(8, "电商产业园", ["已整合建成和平县电子商务产业园", "入驻企业详见附件2"], null);
  wordRow(9, "第三方运营服务商", ["有（河源市××电子商务有限公司负责运营）"], null);
  wordRow(10, "物流快递", ["行政村快递覆盖率100%"], "县邮政管理局证明");
  wordRow(11, "网络零售额", ["2019年农村网络零售额：6.42亿元", "2020年农村网络零售额：8.13亿元", "2020年农产品网络零售额同比增长36.4%"], "省商务厅反馈数");
  // page break in Word: the pasted table carries 续表 and the repeated header row
  rows.push(padRow(["续表"], W));
  head1();
  wordRow(12, "电商培训", ["累计培训4,216人次", "有劳动能力的建档立卡贫困人口（不含外出务工）3,860人", "其中已参加电商培训2,047人"], "培训台账、签到表");
  wordRow(13, "信息公开", ["已在县政府网站设立电子商务进农村综合示范专栏", "公示创建方案、项目基本信息、项目建设进度", "设立监督举报窗口"], "网站截图");
  wordRow(14, "数据上报", ["每月向河源市商务局报送工作进展", "能统计电商扶贫情况"], null);
  wordRow(15, "资金管理", ["下达省级专项资金500万元", "已拨付397.85万元", "已制定专项资金管理办法", "承建单位已建立资金专用台账"], "国库支付凭证");
  wordRow(16, "项目进度", ["总体进度83%"], null);
  wordRow(17, "否决事项", ["未发生安全生产、质量事故或重大损失", "无弄虚作假情况"], "承诺书");
  rows.push(padRow([], W));
  rows.push(padRow(["二、自评得分"], W));
  M.push(`A${rows.length}:E${rows.length}`);
  rows.push(["序号", "评价指标", "分值", "自评分", "自评说明"]);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const wordRow2 = (no, label, id, paras) => {
    const r0 = rows.length + 1;
    paras.forEach((p, i) => rows.push([i === 0 ? no : null, i === 0 ? label : null, i === 0 ? MAX[id] : null, i === 0 ? claimed[id] : null, p]));
    const r1 = rows.length;
    if (r1 > r0) for (const c of ["A", "B", "C", "D"]) M.push(`${c}${r0}:${c}${r1}`);
  };
  wordRow2(1, "组织领导", "org.leadership", ["县长任组长，商务、财政、农业农村、乡村振兴等部门参与"]);
  wordRow2(2, "方案制定", "org.plan", ["方案已正式印发，方案制定2分"]);
  wordRow2(3, "政策支持", "org.policy", ["政策已出台并落实，政策支持2分"]);
  wordRow2(4, "项目管理", "org.management", ["项目管理制度：2分", "工作台账：1分（部分站点台账待完善）"]);
  wordRow2(5, "服务体系建设（县级中心与产业园）", "work.center", ["中心运营满6个月，免费服务缺其他衍生增值服务，扣1分", "产业园入驻企业23家，含平台、销售、运营、物流四类"]);
  wordRow2(6, "服务体系建设（村级站点）", "work.coverage", ["行政村覆盖率78.5%（按200个计算）", "57个省定贫困村全覆盖"]);
  wordRow2(7, "农村产品上行", "work.upward", ["网销调研：1分", "网络促销：2分", "第三方运营：1分；快递覆盖：1分", "交易标准与冷链溯源：1分", "农产品网络零售额增速36.4%：2分"]);
  wordRow2(8, "电商人才培训", "work.training", ["培训人次达常住人口1.14%", "贫困人口培训率53.0%"]);
  wordRow2(9, "信息公开", "info.disclosure", ["专栏内容全面，按月更新"]);
  wordRow2(10, "数据上报", "info.reporting", ["每月报送，含电商扶贫统计"]);
  wordRow2(11, "案例总结", "promo.cases", ["已向市商务局报送经验材料"]);
  wordRow2(12, "经验推广", "promo.media", ["省级媒体（南方日报）4分", "县级媒体1分"]);
  wordRow2(13, "制度建立", "fund.system", ["资金管理制度：4分"]);
  wordRow2(14, "资金台账", "fund.ledger", ["资金台账：4分"]);
  wordRow2(15, "资金支出", "fund.spending", ["支出率79.6%", "及时拨付：4分"]);
  wordRow2(16, "加分项：贫困人口培训率70%及以上", "bonus.poorTraining", ["未达到"]);
  wordRow2(17, "加分项：电商扶贫典型案例电视播报", "bonus.tvCase", ["无"]);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 90, "f3 total " + tot);
  rows.push([null, "合计", 100, tot, "加分项0分"]);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(Math.round((397.85 / 500) * 1000) === 796 && Math.round((4216 / 369500) * 10000) === 114 && Math.round((2047 / 3860) * 1000) === 530, "f3 stated rates");
  return {
    description:
      "河源和平县商务局把Word版《自评情况表》整张粘贴进Excel交来：Word里一格写了几段的，粘贴后被拆成几行（如“36.95万人”下一行“（第七次全国人口普查）”，“领导小组”一格拆成组长／副组长／成员单位三行，中心一格拆成六行），同一行的序号、项目、备注纵向合并，内容占C:D两列合并；Word分页处多出“续表”一行并重复表头。中心“其他衍生增值服务：暂无”（否），零售额只给了农村网零两年数和农产品网零增速；组长县长、副组长分管副县长。下半“二、自评得分”同样拆行合并，自评分是claimed，主观分写在自评说明的分段里（项目管理制度2分、工作台账1分、网销调研1分等）。",
    sheets: [{ name: "自评情况表", rows, merges: M }],
    expect: {
      facts: {
        county: "和平县", asOf: "2021-08-31", residentPopulation: 369500, adminVillagesStated: 234, poorVillagesStated: 57, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 642000000, ruralRetail2020: 813000000, agriRetailGrowthStated: 0.364,
        trainingPersonTimesStated: 4216, eligiblePoorPersonsStated: 3860, trainedPoorPersonsStated: 2047, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3978500, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.83, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}
// =====================================================================================================
// l1 — 湛江市遂溪县: 帮扶结对户成员（帮扶单位｜帮扶责任人｜户三级纵向合并）、宣传报道刊发登记（版次／频道栏目）、粤政易“已发送”导出、统计口径说明（非台账）
// =====================================================================================================
function buildL1() {
  const REG = "440823";
  // ① 帮扶结对户成员：单位 → 责任人 → 户 → 成员
  const UNITS = [
    { unit: "县商务局", cadres: ["吴××", "黄××"] },
    { unit: "县供销社", cadres: ["陈××"] },
    { unit: "遂城镇人民政府", cadres: ["梁××", "庞××"] },
  ];
  const VILLS = ["遂城镇新埠村", "遂城镇岭头村", "北坡镇塘仔村", "城月镇坡正村", "洋青镇麻俸村"];
  const W = 11;
  const pRows = [padRow(["遂溪县帮扶结对脱贫户家庭成员情况（劳动力及务工）"], W), padRow(["统计时点：2021年6月30日　　　来源：县乡村振兴局防返贫监测系统"], W),
    ["帮扶单位", "帮扶责任人", "户编号", "所在村", "户主", "成员姓名", "与户主关系", "身份证号码", "劳动能力", "是否外出务工", "务工地点"]];
  const pM = ["A1:K1", "A2:K2"];
  const pRecs = [];
  let hcount = 0;
  const plan = [[3, 4], [5], [2, 4, 3], [4, 2], [3]]; // household sizes per cadre
  let ci = 0;
  for (const u of UNITS) {
    const uStart = pRows.length + 1;
    for (const cadre of u.cadres) {
      const cStart = pRows.length + 1;
      for (const size of plan[ci]) {
        hcount++;
        const hStart = pRows.length + 1;
        const village = VILLS[(hcount * 3) % VILLS.length];
        const members = [];
        for (let k = 0; k < size; k++) {
          const age = k === 0 ? rint(44, 66) : k === 1 ? rint(40, 62) : rint(6, 24);
          const birth = `${2021 - age}-${String(rint(1, 12)).padStart(2, "0")}-${String(rint(1, 28)).padStart(2, "0")}`;
          const student = k >= 2 && age < 18;
          const old = k === 0 && age >= 64;
          const labour = !student && !old && !(hcount === 4 && k === 1);
          const migrant = labour && k >= 1 && (hcount + k) % 3 === 0;
          const male = k === 0 ? true : k === 1 ? false : k % 2 === 0;
          const nm = k >= 2 ? personName(members[0].name[0]) : personName();
          members.push({ name: nm, id: makeId(REG, birth, male, hcount === 2 && k === 1 ? true : undefined), rel: k === 0 ? "户主" : k === 1 ? "配偶" : male ? "之子" : "之女",
            labour, migrant, student, old });
        }
        members.forEach((m, k) => {
          const labTxt = m.labour ? (k === 0 && hcount % 2 ? "技能劳动力" : "普通劳动力") : m.student ? "无劳动力（在校生）" : "丧失劳动力";
          const migTxt = m.labour ? (m.migrant ? "是" : "否") : "/";
          const where = m.migrant ? ["广州市白云区", "深圳市宝安区", "东莞市长安镇", "佛山市顺德区"][(hcount + k) % 4] : m.labour ? "本村务农" : null;
          pRows.push([null, null, k === 0 ? `440823${pad3(100 + hcount * 7)}` : null, k === 0 ? village : null, k === 0 ? m.name : null, m.name, m.rel,
            m.id, labTxt, migTxt, where]);
          pRecs.push({ id: m.id, labour: m.labour, migrant: m.labour ? m.migrant : null });
        });
        const hEnd = pRows.length;
        if (hEnd > hStart) for (const c of ["C", "D", "E"]) pM.push(`${c}${hStart}:${c}${hEnd}`);
      }
      ci++;
      const cEnd = pRows.length;
      pRows[cStart - 1][1] = cadre;
      if (cEnd > cStart) pM.push(`B${cStart}:B${cEnd}`);
    }
    const uEnd = pRows.length;
    pRows[uStart - 1][0] = u.unit;
    if (uEnd > uStart) pM.push(`A${uStart}:A${uEnd}`);
  }
  pRows.push(padRow(["注：劳动能力按系统口径填写（普通劳动力、技能劳动力为有劳动能力）；无劳动能力的“是否外出务工”填“/”。"], W));
  pM.push(`A${pRows.length}:K${pRows.length}`);
  assert(pRecs.some((r) => r.labour && r.migrant) && pRecs.some((r) => r.labour && !r.migrant) && pRecs.some((r) => !r.labour), "l1 poor mix");
  assert(pRecs.length === sum(plan.flat()), "l1 members");

  // ② 宣传报道刊发登记：版次／频道栏目
  const MD = [
    ["2020-09-23", "遂溪县融媒体中心", "“遂溪发布”微信公众号", "遂溪火龙果搭上电商快车", "县级", "新媒体", "county", false],
    ["2020-12-08", "湛江日报", "A05版", "遂溪村级电商服务站打通农产品上行“最初一公里”", "市级", "报纸", "city", false],
    ["2021-01-15", "湛江广播电视台", "新闻综合频道《湛江新闻》", "遂溪：年货节线上销售火热", "市级", "电视", "city", true],
    ["2021-03-30", "南方日报", "湛江观察 AII02版", "遂溪电商进农村：小站点连起大市场", "省级", "报纸", "province", false],
    ["2021-05-20", "广东广播电视台", "珠江频道《今日关注》", "脱贫户直播卖番石榴 一天卖出三千斤", "省级", "电视", "province", true],
    ["2021-07-12", "人民日报客户端", "广东频道", "湛江遂溪：电商赋能乡村振兴", "中央", "网络", "national", false],
    ["2021-09-06", "南方+客户端", "湛江频道", "遂溪电商进农村示范县创建工作综述", "省级", "网络", "province", false],
  ];
  const mRows = [padRow(["遂溪县电子商务进农村宣传报道刊发登记"], 8), ["序号", "刊播日期", "媒体名称", "版次／频道栏目", "标题", "媒体级别", "载体", "备注"]];
  MD.forEach((m, i) => mRows.push([i + 1, [cnDate(m[0]), D(m[0]), dotDate(m[0])][i % 3], m[1], m[2], m[3], m[4], m[5], i === 4 ? "电商扶贫典型案例" : null]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[6], tv: m[7] }));

  // ③ 粤政易“已发送”导出：一条消息一行，附扶贫统计一列（空白＝未说明）
  const msgs = [];
  for (const m of monthsBetween("2020-10", "2021-09")) {
    if (m === "2021-02") continue; // 春节月份未报送
    const [y, mo] = m.split("-").map(Number);
    const day = rint(2, 8);
    const date = `${y}-${String(mo).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const prev = mo === 1 ? 12 : mo - 1;
    msgs.push({ date, t: `${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`,
      title: `遂溪县${prev}月份电子商务进农村综合示范工作情况报送`, pov: [true, true, null, false, true, null, true, true, true, false, true][msgs.length] });
  }
  assert(msgs.length === 11, "l1 msgs");
  const rW = 6;
  const rRows = [padRow(["粤政易 · 工作台 · 公文收发 · 已发送　　　导出时间：2021/09/10 08:52"], rW), ["发送时间", "接收人", "标题", "附件数", "状态", "附扶贫统计表"]];
  const rRecs = [];
  msgs.forEach((x) => {
    rRows.push([`${x.date} ${x.t}`, "湛江市商务局（电子商务科）", x.title, x.pov === true ? 2 : 1, "对方已读", x.pov === true ? "√" : x.pov === false ? "×" : null]);
    rRecs.push({ date: x.date, poverty: x.pov });
  });

  // ④ 统计口径说明：不是台账
  const nRows = [["统计口径说明"], ["1．帮扶结对户成员情况来源于县乡村振兴局防返贫监测系统，按帮扶单位、帮扶责任人、户排列。"],
    ["2．宣传报道按刊播日期登记，“媒体级别”按媒体主管单位确定（中央、省级、市级、县级）。"],
    ["3．粤政易已发送记录为向湛江市商务局报送的月度工作情况，“附扶贫统计表”一栏由电商股补填，空白的为未核实。"],
    ["4．本册数据截至2021年9月10日。"]];

  return {
    description:
      "湛江遂溪县商务局交的一册台账（四个表）：①《帮扶结对户成员》按“帮扶单位→帮扶责任人→户”三级排列，帮扶单位、责任人、户编号／所在村／户主分别纵向合并，一人一行；劳动能力是系统口径（普通劳动力、技能劳动力＝有；丧失劳动力、“无劳动力（在校生）”＝无），是否外出务工“是／否”，无劳动能力的填“/”（未知），另有“务工地点”（“本村务农”不是外出）；②《宣传报道刊发登记》多一列“版次／频道栏目”（A05版、珠江频道《今日关注》、“遂溪发布”公众号），级别有“中央”，载体报纸／电视／网络／新媒体；③《粤政易已发送》是公文收发系统导出，一条消息一行，发送时间是“年-月-日 时:分:秒”文本，2021年2月没有，附扶贫统计表一栏√／×／空白（空白＝未说明）；④《统计口径说明》不是台账。",
    sheets: [
      { name: "帮扶结对户成员", rows: pRows, merges: pM },
      { name: "宣传报道刊发登记", rows: mRows, merges: ["A1:H1"] },
      { name: "粤政易已发送", rows: rRows, merges: [`A1:F1`] },
      { name: "统计口径说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "帮扶结对户成员": { kind: "poorPersons", records: pRecs },
        "宣传报道刊发登记": { kind: "media", records: mRecs },
        "粤政易已发送": { kind: "reports", records: rRecs },
        "统计口径说明": { kind: null },
      },
    },
  };
}
// =====================================================================================================
// l2 — 汕尾市陆丰市: 村级站点复核整改台账（原报｜整改后／核实两套列，空白＝无异议）、专项资金支出台账（原列支｜复核核定金额）、市局复核意见函（非台账）
// =====================================================================================================
function buildL2() {
  // ① 站点复核整改台账
  const TOWNS = ["东海街道", "城东街道", "河西街道", "碣石镇", "南塘镇", "甲子镇", "博美镇", "桥冲镇", "西南镇", "金厢镇"];
  const vn = villageNamer("湖溪上下东西新北南田坑", "寮围洋埔厝墩美林塘岭");
  const NAT = nameMaker("老新大小后前", "厝寮围埔坑", "", []);
  const st = [];
  for (let i = 0; i < 24; i++) {
    const town = TOWNS[i % TOWNS.length];
    st.push({ town, village: vn(), opened: randIsoBetween("2020-05-01", "2021-07-20") });
  }
  // the review: 自然村 instead of 行政村, year-only / wrong dates, a date moved past the cut-off, a village typo
  const fix = {};
  fix[2] = { origVillage: NAT() + "（自然村）", note: "所在村应填行政村名称", reason: "原填自然村名，已改为所属行政村" };
  fix[7] = { origVillage: NAT() + "（自然村）", note: "所在村应填行政村名称", reason: "原填自然村名，已改为所属行政村" };
  fix[4] = { origDate: "2020年", note: "挂牌时间只写了年份，请核实到日", reason: "按挂牌照片核实" };
  fix[11] = { origDate: "2021.8.28", newDate: "2021-09-02", note: "挂牌照片显示为9月2日，与原报不符", reason: "按挂牌照片更正为9月2日" };
  fix[15] = { origDate: "2021.6", note: "请核实到日", reason: "按验收单核实" };
  fix[19] = { note: "所在村名称有误（“州”应为“洲”）", reason: "原报错字，已更正" };
  st[11].opened = fix[11].newDate;
  st[19].village = "洲渚村"; // namer never uses 洲, so the name is unique
  fix[19].origVillage = "州渚村";
  const W = 10;
  const sRows = [padRow(["陆丰市村级电子商务服务站点复核整改台账"], W),
    padRow(["（根据汕尾市商务局2021年9月8日复核意见整改，2021年9月15日重报）"], W),
    ["序号", "站点名称", "所属镇（街道）", "所在村", null, "挂牌时间", null, "市复核意见", "整改说明", "联系人"],
    [null, null, null, "原报", "整改后", "原报", "核实", null, null, null]];
  const sM = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:G3", "H3:H4", "I3:I4", "J3:J4"];
  const sRecs = [];
  st.forEach((s, i) => {
    const f = fix[i] || {};
    const stem = s.village.replace(/村$/, "");
    const origV = f.origVillage ? f.origVillage : s.village;
    const newV = f.origVillage ? s.village : null;
    const origD = f.origDate || [dotDate(s.opened), cnDate(s.opened), slashDate(s.opened)][i % 3];
    const newD = f.origDate ? dotDate(s.opened) : null;
    const natural = f.origVillage && /自然村/.test(f.origVillage) ? f.origVillage.replace(/（自然村）$/, "") : null;
    sRows.push([i + 1, natural ? `${natural}电商服务站` : `${stem}村电商服务站`, s.town, origV, newV, origD, newD, f.note || "无异议", f.reason || null, personName()]);
    sRecs.push({ village: s.village, opened: s.opened });
  });
  sRows.push(padRow(["注：“整改后”“核实”栏空白的，表示复核无异议，以原报为准。"], W));
  sM.push(`A${sRows.length}:J${sRows.length}`);
  for (const r of sRows) assert(r.length === W, "l2 station width");

  // ② 专项资金支出台账（复核调整）：以“复核核定金额”为准
  const P = [
    ["2020-08-20", "县级电子商务公共服务中心建设（首期）", 1350000, 1350000, null],
    ["2020-11-06", "村级站点建设补助（第一批24个）", 360000, 336000, "1个站点未通过验收，核减1.4万元；1个站点补助标准超标，核减1万元"],
    ["2021-01-18", "农村电商培训（2020年度）", 286500, 286500, null],
    ["2021-03-22", "农产品品牌培育及包装设计", 198000, 176800, "包装设计费含非本项目产品，核减2.12万元"],
    ["2021-05-31", "县镇村物流配送体系建设", 520000, 520000, null],
    ["2021-07-09", "网络促销活动（618、荔枝节）", 145600, 132450.6, "部分票据不合规，核减13,149.40元"],
    ["2021-09-03", "公共服务中心运营补助（2021年上半年）", 300000, 300000, null],
  ];
  const fRows = [padRow(["陆丰市电子商务进农村综合示范专项资金支出台账（复核调整后）"], 7), padRow(["单位：元　　　　说明：以“复核核定金额”为准，核减部分已退回专户"], 7),
    ["序号", "支付日期", "项目名称", "原列支金额", "复核核定金额", "核减原因", "凭证号"]];
  P.forEach((p, i) => fRows.push([i + 1, [D(p[0]), cnDate(p[0]), dotDate(p[0])][i % 3], p[1], p[2], p[3], p[4], `陆商电〔${p[0].slice(0, 4)}〕${i + 3}号`]));
  fRows.push([null, "合计", null, sumYuan(P.map((p) => p[2])), sumYuan(P.map((p) => p[3])), `核减${fmtMoney(sumYuan(P.map((p) => p[2] - p[3])))}元`, null]);
  assert(sumYuan(P.map((p) => p[2] - p[3])) === 58349.4, "l2 reduction " + sumYuan(P.map((p) => p[2] - p[3])));
  const fRecs = P.map((p) => ({ date: p[0], amount: p[3] }));

  // ③ 复核意见函：不是台账
  const lRows = [["汕尾市商务局关于陆丰市电子商务进农村综合示范考评材料的复核意见"], ["陆丰市商务局："],
    ["　　经对你局2021年9月3日报送的考评材料进行复核，现将意见反馈如下，请于9月15日前整改重报："],
    ["　　一、村级站点清单中部分站点“所在村”填的是自然村名或有错字，应填行政村名称；部分挂牌时间不准确，应以挂牌照片、验收单为准。"],
    ["　　二、专项资金支出台账中部分支出不符合专项资金使用范围或票据不合规，应按核定金额列支。"],
    ["　　三、整改情况请在原台账上用“原报／整改后”对照列出。"],
    ["汕尾市商务局"], ["2021年9月8日"]];

  return {
    description:
      `汕尾陆丰市商务局按市局复核意见整改后重报的台账（三个表）：①《站点复核整改台账》两行表头，“所在村”“挂牌时间”各分“原报｜整改后（核实）”两列，另有“市复核意见”“整改说明”；整改后／核实栏空白表示无异议、以原报为准——原报填了自然村名（“${fix[2].origVillage}”）、错字村名（“${fix[19].origVillage}”）的以整改后为准，挂牌时间原报“2020年”“2021.6”的以核实日期为准，一站原报“2021.8.28”核实为2021.9.2（已过截止日，记录仍在）；②《资金支出台账（复核调整后）》每笔有“原列支金额”和“复核核定金额”，以核定金额为准（有带分的132,450.60），最后一笔在9月；③《复核意见函》是市局的文字意见，不是台账。`,
    sheets: [
      { name: "站点复核整改台账", rows: sRows, merges: sM },
      { name: "资金支出台账（复核调整后）", rows: fRows, merges: ["A1:G1", "A2:G2"] },
      { name: "复核意见函", rows: lRows },
    ],
    expect: {
      sheets: {
        "站点复核整改台账": { kind: "stations", records: sRecs },
        "资金支出台账（复核调整后）": { kind: "funds", records: fRecs },
        "复核意见函": { kind: null },
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
write("counties", "b243-c1-jiaoling.json", c1);
write("facts", "b243-f1-chaoan.json", f1);
write("facts", "b243-f2-xinxing.json", f2);
write("facts", "b243-f3-heping.json", f3);
write("ledgers", "b243-l1-suixi.json", l1);
write("ledgers", "b243-l2-lufeng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
