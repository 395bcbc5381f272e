// Batch 252 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b248.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (252252), no clock. Run: node test/corpus/counties/_make/gen-b252.js
// Theme: a mountain county with 瑶族乡 / 民族乡 townships, villages renamed, merged or turned into 社区 (村改居) noted in the
// lists, and facts given in a 工作总结 split into numbered paragraphs down column A (c1, f1, l1).
//
// c1 连州市 (清远): the facts sheet is the 《创建工作总结》, one numbered paragraph per row in column A (一、／（一）／1．), every
//    figure inside the prose, and a closing “六、自评情况” section giving the clerk's points per indicator (claimed + judged).
//    The 村居名单 has a 建制调整 column: two 村改居 rows (类别 社区, old 村 name in the note), a merged village, a renamed one;
//    the 站点台账 names one station by the 村改居 old village name (not a 行政村) and one by a merged village's old name (its new
//    name also has a station). Edges: 104/150 villages (69.3% → 2; the 村改居 station would have made 70%); 21/21 poor villages
//    with one station opened 2021-08-31; sessions + sign-ins exactly 3,673 = 1% of 367,300 with a 2021-08-31 session needed;
//    30/60 poor persons = 50% exactly (one more trained only on 2021-09-01); centre opened 2021-02-28 (six months to the day);
//    20 firms in the park (one entered 08-31, one left 08-30, one entered 09-01); retail growth 29.98%; funds exactly 70%.
// f1 龙门县 (惠州): the 《工作总结》 of a county with 蓝田瑶族乡, paragraphs down column A, the indicator each paragraph answers
//    tagged in column B (【组织领导】…); a 三、下一步工作计划 section full of target numbers that are not facts.
// f2 怀集县 (肇庆): the 《目标责任书完成情况考核表》 — 责任目标｜目标值｜完成情况｜是否完成（✔/✘）｜佐证材料: facts only from 完成情况;
//    targets are numbers too, and a ✘ (centre opened later than the target) does not mean “not opened”.
// f3 惠来县 (揭阳): a 财政专项资金拨付申请表 form (label/value grid, ¥ and 大写 money, 附件 checklist with “☑”), stating the
//    allocation, the amount paid before this request, progress; the requested amount is not paid money.
// l1 始兴县 (韶关): ledgers of the southern mountain towns and 深渡水瑶族乡 — a 村居名单 with 村改居 / 合并 / 更名 in a 建制调整
//    column and a 附：建制调整对照表 under it (old names, not villages); 站点台账 writing “坪田村（原上坪村）”; a 建档立卡 list with
//    户主 rows, 劳动技能 (普通劳动力 / 技能劳动力 / 丧失劳动力 / 无劳动力（在校生）) and 务工状态 (省外务工 / 县外务工 / 在家务农).
// l2 罗定市 (云浮): a 分类拨付台账 in 万元 with one column per category and a 本笔合计 column, 本月合计 rows between months; the
//    月报报送登记 one row a month with a “未报送” month and blank 扶贫统计 cells; 经验材料 dated in 公文 Chinese numerals.
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
let seed = 252252;
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
    assert(/^b252-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b252-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b252-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "441882";
  const TOWNS = ["连州镇", "星子镇", "大路边镇", "龙坪镇", "西岸镇", "保安镇", "丰阳镇", "东陂镇", "九陂镇", "西江镇", "三水瑶族乡", "瑶安瑶族乡"];
  const NV = { 连州镇: 10, 星子镇: 16, 大路边镇: 14, 龙坪镇: 12, 西岸镇: 15, 保安镇: 13, 丰阳镇: 14, 东陂镇: 13, 九陂镇: 15, 西江镇: 12, 三水瑶族乡: 9, 瑶安瑶族乡: 7 };
  const NPOOR = { 连州镇: 0, 星子镇: 2, 大路边镇: 2, 龙坪镇: 2, 西岸镇: 1, 保安镇: 2, 丰阳镇: 2, 东陂镇: 1, 九陂镇: 2, 西江镇: 2, 三水瑶族乡: 3, 瑶安瑶族乡: 2 };
  const vn = villageNamer("大小上下东西南石黄龙白水马牛高新长湾", "坪洞岭坑塘田寨冲背陂头江源口岗");
  const COMMS = { 连州镇: ["城南社区", "城北社区", "中山社区", "湟川社区", "燕喜社区", "凤凰社区", "慧光社区", "南门社区"] };
  const vil = [];
  for (const t of TOWNS) {
    for (const c of COMMS[t] || []) vil.push({ town: t, name: c, admin: false, note: null });
    for (let i = 0; i < NV[t]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false, express: true, note: null });
  }
  // 村改居: two former villages now 社区 (连州镇, 星子镇)
  const gaiju = [];
  for (const t of ["连州镇", "星子镇"]) {
    const old = vn();
    const c = { town: t, name: old.replace(/村$/, "社区"), admin: false, old, note: `2020年村改居（原${old}）` };
    vil.splice(vil.findIndex((v) => v.town === t && v.admin) + 1, 0, c);
    gaiju.push(c);
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 150 && comms.length === 10, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  for (const t of TOWNS) {
    const vs = shuffle(adminV.filter((v) => v.town === t)).slice(0, NPOOR[t]);
    for (const v of vs) v.poor = true;
  }
  const poorList = adminV.filter((v) => v.poor);
  assert(poorList.length === 21, "c1 poor 21");
  // merged (三水瑶族乡, not poor) and renamed (大路边镇)
  const merged = adminV.find((v) => v.town === "三水瑶族乡" && !v.poor);
  const mOld = [vn(), vn()];
  merged.note = `2019年12月由原${mOld[0]}、${mOld[1]}合并设立`;
  const renamed = adminV.find((v) => v.town === "大路边镇" && !v.poor);
  const rOld = vn();
  renamed.note = `原名${rOld}，2020年6月更名`;

  const VW = 7;
  const vRows = [padRow(["连州市村（居）民委员会名单"], VW), padRow(["（10镇2乡，2021年8月）"], VW), ["序号", "乡镇", "村（居）委会名称", "类别", "省定贫困村", "快递到村", "建制调整情况"]];
  const vM = ["A1:G1", "A2:G2"];
  vil.forEach((v, i) => {
    if (v.admin) vRows.push([i + 1, v.town, i % 6 === 1 ? v.name.replace(/村$/, "村委会") : v.name, "村委会", v.poor ? "是" : null, "√", v.note]);
    else vRows.push([i + 1, v.town, v.name.replace(/社区$/, "社区居委会"), "居委会", null, "√", v.note]);
  });
  vRows.push(padRow([`合计：村委会${adminV.length}个，居委会${comms.length}个（含2020年村改居2个），省定贫困村${poorList.length}个。`], VW));
  vM.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点：104/150 (69.3%)，贫困村21/21（一站2021-08-31）
  const nonPoor = shuffle(adminV.filter((v) => !v.poor && v !== merged));
  const st = [];
  poorList.forEach((v, i) => st.push({ v, village: v.name, opened: i === 8 ? "2021-08-31" : randIsoBetween("2019-11-15", "2021-07-30") }));
  st.push({ v: merged, village: merged.name, opened: "2020-07-16" });
  nonPoor.slice(0, 82).forEach((v) => st.push({ v, village: v.name, opened: randIsoBetween("2019-11-15", "2021-08-25") }));
  st.push({ v: merged, village: mOld[0], opened: "2020-04-22", oldName: true });
  st.push({ v: nonPoor[3], village: nonPoor[3].name, opened: "2021-05-07", second: true });
  st.push({ v: gaiju[0], village: gaiju[0].old, opened: "2020-08-19", gaiju: true });
  st.push({ v: comms[2], village: comms[2].name, opened: "2020-11-03", comm: true });
  st.push({ v: nonPoor[82], village: nonPoor[82].name, opened: "2021-09-03" });
  const adminNames = new Set(adminV.map((v) => v.name));
  const covered = new Set(st.filter((s) => adminNames.has(s.village) && s.opened <= CUT).map((s) => s.village));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 104 && covered.size * 1000 < 700 * 150 && covered.size * 100 >= 50 * 150 && (covered.size + 1) * 100 === 70 * 150, "c1 coverage " + covered.size);
  assert(poorCovered === 21, "c1 poor coverage");
  const stSorted = st.slice().sort((a, b) => TOWNS.indexOf(a.v.town) - TOWNS.indexOf(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["连州市村级电子商务服务站点台账"], 7), ["序号", "乡镇", "站点名称", "所在村（居）", "负责人", "联系电话", "挂牌时间"]];
  stSorted.forEach((s, i) => {
    const stem = s.village.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商服务点` : `连州市${stem}村电商服务站${s.second ? "（二站）" : ""}`;
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-03" ? "2021.9.3" : dateCell(s.opened, i);
    sRows.push([i + 1, s.v.town, nm, s.village, personName(), mask(phone()), op]);
  });

  // ---------------- 建档立卡贫困人口：80人，有劳动能力70，其中外出务工10 → 60
  const persons = [];
  for (let i = 0; i < 80; i++) {
    persons.push({ id: makeId(REG, birthBetween(1962, 2001), rnd() < 0.5, i % 11 === 3 ? true : i % 11 === 4 ? false : undefined), name: personName(),
      village: poorList[i % 21], labour: i < 70, migrant: i >= 60 && i < 70 });
  }
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 60, "c1 eligible");
  const pRows = [padRow(["连州市建档立卡贫困人口劳动力情况"], 7), ["序号", "姓名", "身份证号码", "乡镇", "村", "是否有劳动能力", "是否外出务工"]];
  shuffle(persons).forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village.town, p.village.name, p.labour ? "是" : "否", p.migrant ? "是" : "否"]));

  // ---------------- 脱贫劳动力专题班签到：30/60 = 50%
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 30);
  const lateOnly = EL[30];
  const mig = persons.find((p) => p.migrant);
  const nol = persons.find((p) => !p.labour);
  const classes = [{ date: "2020-10-27", t: "第1期 网店开设" }, { date: "2021-01-14", t: "第2期 瑶山农产品拍摄" }, { date: "2021-04-21", t: "第3期 直播带货" },
    { date: "2021-07-08", t: "第4期 社群营销" }, { date: "2021-09-01", t: "第5期 创业辅导" }];
  classes.forEach((c) => (c.people = []));
  trained.forEach((p, i) => classes[i % 4].people.push(p));
  classes[2].people.push(trained[0], trained[4]);
  classes[3].people.push(trained[1]);
  classes[4].people.push(lateOnly, trained[2]);
  classes[1].people.push(mig);
  classes[3].people.push(nol);
  const tRows = [padRow(["连州市脱贫劳动力电商专题班签到表（汇总）"], 6), ["序号", "期次", "培训日期", "姓名", "身份证号", "签名"]];
  const tRecs = [];
  classes.forEach((c, ci) => shuffle(c.people).forEach((p) => {
    tRows.push([tRows.length - 1, c.t, [D(c.date), dotDate(c.date), cnDate(c.date), slashDate(c.date), "2021.9.1"][ci], p.name, p.id, "（已签）"]);
    tRecs.push({ date: c.date, personTimes: 1, id: p.id });
  }));
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 30 && trainedIds.size * 100 === 50 * 60, "c1 poor rate");
  const S = tRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 培训台账（场次，人次列）：场次合计＋签到行 = 3,673 = 367,300 的 1%
  const POP = 367300;
  const PT = 3673;
  assert(PT * 100 === POP, "c1 1% exactly");
  const places = ["连州市电商公共服务中心"].concat(TOWNS.slice(1));
  const sess = [];
  for (let i = 0; i < 40; i++) {
    const d = randIsoBetween("2020-03-01", "2021-08-20");
    sess.push({ end: d, start: i % 7 === 2 ? isoAdd(d, -2) : d, place: places[i % places.length], n: i % places.length === 0 ? rint(120, 180) : rint(45, 110) });
  }
  sess.push({ end: "2021-08-31", start: "2021-08-31", place: "瑶安瑶族乡", n: 52, edge: true });
  sess.push({ end: "2021-09-01", start: "2021-08-30", place: "三水瑶族乡", n: 64 });
  sess.sort((a, b) => cmp(a.end, b.end));
  const Mneed = PT - S;
  const others = sess.filter((s) => s.end <= CUT && !s.edge && s.place === places[0]);
  let diff = Mneed - sum(sess.filter((s) => s.end <= CUT).map((s) => s.n));
  const share = Math.trunc(diff / others.length);
  others.forEach((s) => (s.n += share));
  others[others.length - 1].n += diff - share * others.length;
  for (const s of sess) assert(s.n >= 30 && s.n <= 400, "c1 session size " + s.n);
  assert(sum(sess.filter((s) => s.end <= CUT).map((s) => s.n)) + S === PT, "c1 PT");
  assert(sum(sess.filter((s) => s.end < CUT).map((s) => s.n)) + S < PT, "c1 the 8-31 session is needed");
  const TOP = ["电商基础知识", "网店运营", "东陂腊味网络营销", "水晶梨直播带货", "短视频拍摄", "农产品包装与品牌", "物流与仓储", "瑶族刺绣网上销售"];
  const gRows = [padRow(["连州市农村电商培训台账"], 6), ["序号", "培训时间", "培训地点", "培训内容", "培训对象", "培训人次"]];
  sess.forEach((s, i) => {
    const dt = s.start !== s.end ? rangeText(s.start, s.end, "dot") : [D(s.end), cnDate(s.end), dotDate(s.end)][i % 3];
    gRows.push([i + 1, s.edge ? "2021年8月31日" : dt, s.place, TOP[i % TOP.length], i % 3 ? "农户、合作社、个体户" : "返乡青年、站点站长", `${s.n}人次`]);
  });
  gRows.push([null, "合计", null, null, null, `${sum(sess.map((s) => s.n))}人次`]);
  gRows.push(padRow(["注：脱贫劳动力电商专题班按人签到，另见《专题班签到》，未计入本表。"], 6));
  const gM = ["A1:F1", `A${gRows.length}:F${gRows.length}`];

  // ---------------- 入驻企业：22行，截止日在园20家，类型3种
  const fnm = nameMaker("连湟燕星瑶丰龙", "盛源达兴和鑫华", "", []);
  const TYPES = ["平台型", "销售型", "网店", "销售型", "物流", "销售型", "网店", "销售型", "平台型", "快递", "销售型", "网店", "销售型", "销售型", "网店", "销售型",
    "销售型", "物流", "网店", "销售型", "销售型", "网店"];
  const firms = TYPES.map((t) => ({ name: `连州市${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("441882"),
    entered: randIsoBetween("2020-04-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[5].left = "2021-08-30";
  firms[20].entered = "2021-08-31";
  firms[21].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20, "c1 park");
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(types.size === 3, "c1 types");
  const eRows = [padRow(["连州市电子商务产业园入驻企业名单"], 6), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, f.entered === "2021-08-31" ? "2021.8.31" : f.entered === "2021-09-01" ? "2021.9.1" : [D(f.entered), cnDate(f.entered)][i % 2], f.left ? "2021.8.30" : null]));

  // ---------------- 资金：截止日前正好 3,500,000.00 / 5,000,000 = 70%
  const ALLOC = 5000000;
  const pays = [["2020-06-18", 860000, "县级电商公共服务中心装修及设备"], ["2020-09-25", 412600, "村级站点建设补助（第一批）"], ["2020-12-22", 388450.5, "村级站点建设补助（第二批）"],
    ["2021-01-28", 215000, "农村电商培训（2020年度）"], ["2021-04-09", 0, "县乡村三级物流配送体系"], ["2021-06-30", 276300, "农产品品牌培育及推广"], ["2021-08-31", 318000, "村级站点建设补助（第三批）"],
    ["2021-09-02", 240000, "农村电商培训（2021年度）"]];
  const adj = pays[4];
  adj[1] = yuan2(3500000 - sumYuan(pays.filter((p) => p[0] <= CUT && p !== adj).map((p) => p[1])));
  const spent = sumYuan(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3500000 && spent * 100 === 70 * ALLOC && adj[1] > 500000, "c1 spent");
  assert((spent - 318000) * 100 < 70 * ALLOC, "c1 the 8-31 payment is needed");
  const fRows = [padRow(["连州市电子商务进农村综合示范专项资金台账"], 5), padRow(["单位：元"], 5), ["拨付日期", "项目", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([p[0] === "2021-08-31" ? D(p[0]) : [slashDate(p[0]), D(p[0]), dotDate(p[0])][i % 3], p[2], fmtMoney(p[1]), `连商付${pad3(i * 4 + 11)}`, null]));
  fRows.push(["合计", null, fmtMoney(sumYuan(pays.map((p) => p[1]))), null, null]);

  // ---------------- 报送：12个月都有（首条2020-09-01）；专栏更新：缺2021年1月
  const reps = WINDOW.map((m, i) => (i === 0 ? "2020-09-01" : `${m}-${String(rint(25, 28)).padStart(2, "0")}`));
  assert(inWindowMonths(reps) === 12, "c1 reports 12");
  const rRows = [padRow(["连州市向清远市商务局报送工作情况登记"], 4), ["报送日期", "报送内容", "含电商扶贫统计", "经办人"]];
  reps.forEach((r, i) => rRows.push([[D(r), dotDate(r)][i % 2], `${cnMonth(i === 0 ? "2020-08" : r)}示范创建工作进展`, i % 3 === 0 ? "√" : null, "黄××"]));
  const ups = WINDOW.filter((m) => m !== "2021-01").map((m) => `${m}-${String(rint(8, 22)).padStart(2, "0")}`);
  assert(inWindowMonths(ups) === 11, "c1 disclosure 11");
  const uRows = [padRow(["连州市人民政府门户网站“电子商务进农村”专栏更新记录"], 3), ["发布日期", "标题", "栏目"]];
  ups.forEach((u, i) => uRows.push([D(u), `连州市电子商务进农村综合示范项目建设进度（${cnMonth(u)}）`, i % 2 ? "建设进度" : "项目信息"]));
  const mRows = [padRow(["连州市宣传报道清单"], 6), ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"],
    [D("2020-11-20"), "连州市融媒体中心", "县级", "网络", "瑶安瑶族乡电商服务站开张", "否"],
    [D("2021-03-16"), "南方日报", "省级", "报纸", "连州水晶梨搭上电商快车", "否"],
    [D("2021-06-18"), "广东广播电视台", "省级", "电视", "连州瑶山脱贫户直播卖腊味", "是"],
    [D("2021-09-01"), "清远日报", "市级", "报纸", "连州：电商进村，山货出山", "否"]];
  const matRows = [padRow(["经验材料报送"], 3), ["报送日期", "材料名称", "报送单位"],
    [D("2021-08-31"), "连州市“电商＋瑶山特色产品”助农增收经验材料", "清远市商务局"]];

  // ---------------- 工作总结：A列一段一行
  const A19 = 437000000, A20 = 568000000;
  assert((A20 - A19) * 100 < 30 * A19 && (A20 - A19) * 10000 > 2997 * A19, "c1 growth just under 30%");
  const summary = [
    "连州市电子商务进农村综合示范创建工作总结",
    "连州市商务局　2021年9月6日",
    "2019年我市获批省级电子商务进农村综合示范县以来，按照省商务厅、省财政厅的部署，以“服务体系建设、农村产品上行、人才培训”为重点推进示范创建，现将创建工作情况总结如下。",
    "一、基本情况",
    "（一）连州市位于广东省西北部，辖10个镇、2个瑶族乡（三水瑶族乡、瑶安瑶族乡），常住人口367,300人（第七次全国人口普查）。经村级建制调整（2个村改居、1个合并），现有村委会150个、居委会10个，其中省定贫困村21个。",
    "（二）示范创建考评截止日期为2021年8月31日，本总结数据均截至该日。",
    "二、主要做法和成效",
    "（一）加强组织领导。成立以市委副书记、市长为组长的电子商务进农村综合示范工作领导小组，成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市邮政分公司等。",
    "（二）科学制定方案和政策。2020年3月正式印发《连州市电子商务进农村综合示范工作方案》（连府办〔2020〕9号）；出台《连州市促进农村电子商务发展扶持办法》，政策已落实到站点、企业。",
    "（三）规范项目管理。制定项目管理制度，建设、验收环节严格执行；建立项目工作台账，逐项记录建设情况。",
    "（四）建成县级电子商务公共服务中心。中心于2021年2月28日投入运营，设有免费培训室和培训设备，能组织电商基础培训；为特色农产品提供免费展示、销售服务，为电商市场主体提供免费摄影、美工服务，组织农产品统一推广、指导“连州菜心”等品牌建设。",
    "（五）整合建设电商产业园。连州市电子商务产业园已建成，入驻企业名单见《入驻企业》。",
    "（六）推进农村产品上行。开展农产品网络销售调研并形成建议；举办“连州水晶梨网购节”等网络促销活动；引进专业第三方电子商务运营服务商；制定连州菜心电商交易标准，建设冷链、溯源系统；行政村快递物流到村情况见《村居名单》。2019年全市农村网络零售额4.37亿元，2020年5.68亿元。",
    "（七）开展电商人才培训。培训情况见《培训台账》和《专题班签到》。",
    "三、信息公开及报送",
    "（一）在市政府门户网站设立“电子商务进农村”专栏，公示创建方案、项目基本信息和项目建设进度，并设立监督举报电话和邮箱。",
    "（二）按月向清远市商务局报送工作情况，报送内容含电商扶贫统计。",
    "四、资金管理",
    "（一）省级下达专项资金500万元。已制定《连州市电子商务进农村综合示范专项资金管理办法》，建立资金专用台账，项目承建方按项目设账。",
    "（二）项目总体进度82%。",
    "五、安全与诚信",
    "创建期间未发生安全生产、质量事故，未造成重大损失；所报材料真实，无弄虚作假。",
    "六、自评情况",
    "1．组织领导2分；方案制定2分；政策支持2分；项目管理4分（项目管理制度2分、工作台账2分）。",
    "2．服务体系建设（县级中心、产业园）15分；服务体系建设（村级站点）10分。",
    "3．农村产品上行8分（网销调研1分、网络促销2分、第三方1分、快递覆盖1分、交易标准与冷链溯源1分、零售额增速2分）。",
    "4．电商人才培训20分。",
    "5．信息公开4分；数据上报6分；案例总结2分；经验推广5分。",
    "6．资金管理制度4分；资金台账5分；资金支出4分（资金及时拨付自评4分）。",
    "7．加分项：贫困人口培训率70%以上0分；电商扶贫典型案例电视播报1分。",
    "8．以上自评合计93分，另加分1分。",
  ];
  const sumRows = summary.map((t) => [t]);
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  assert(sum(SCORED.map(([id]) => claimed[id])) === 93, "c1 claimed 93");

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1;
  const covPts = 2 + 5;
  const upPts = 1 + 2 + 1 + 1 + 1 + 0;
  const trainPts = 10 + 10;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": trainPts, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 86 && centerPts === 14, "c1 scored " + scored + " " + centerPts);
  const derivation = [
    "org.leadership: 总结二（一）组长为“市委副书记、市长”（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 二（二）方案已正式印发（连府办〔2020〕9号）；六、1 方案制定2分 → 2",
    "org.policy: 二（二）已出台扶持办法；六、1 政策支持2分 → 2",
    "org.management: 六、1 项目管理制度2分＋工作台账2分 → 4",
    `work.center: 中心2021年2月28日投入运营 ≤ 截止日 → 2；正好是2021-02-28，满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；总结没说“其他衍生增值服务” → 0；产业园已建成 → 2；《入驻企业》22行，2021.8.30退出的不算、2021.9.1入驻的不算、2021.8.31入驻的算 → 在园20家 ≥ 20 → 2；类型平台／销售（含网店）／物流（含快递）3种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》村委会150个（居委会10个不算，其中2个是2020年村改居）；《站点台账》截止日前有站的村委会${covered.size}个（${mOld[0]}是合并前旧村名、不在名单，${merged.name}另有本名站点；${gaiju[0].old}已村改居为${gaiju[0].name}，不是行政村；${nonPoor[3].name}两站算一次；${comms[2].name}服务点不算；2021.9.3挂牌的不算） → 104/150 = 69.3% → 2（少一个就差70%）；省定贫困村21个全有站（其中一站2021年8月31日挂牌，当天算） → 21/21 = 100% → 5；合计7`,
    "work.upward: 网销调研1＋网络促销2（六、3）；第三方运营服务商1；《村居名单》“快递到村”150个村委会都打“√” → 1；交易标准与冷链溯源1；农村网络零售额4.37亿→5.68亿元，增长29.98% < 30%，总结没写农产品网络零售额 → 0；合计6（自评8）",
    `work.training: 常住人口367,300人 → 1% = 3,673人次；《培训台账》截止日前各场“××人次”之和${fmtInt(Mneed)}（2021.8.30-9.1那期按结束日9月1日算，不计；合计行不计）＋《专题班签到》截止日前${S}行 = 3,673人次 = 正好1.00% → 10（2021年8月31日瑶安瑶族乡那期52人次不可少）；《贫困人口》有劳动能力且未外出务工60人，截止日前签到中出现30人（多次参训算一人；只参加2021-09-01第5期的1人不算；外出务工、无劳动能力各1人不算） → 30/60 = 50.0% → 10；合计20`,
    "info.disclosure: 三（一）专栏公示创建方案、项目基本信息、建设进度，设有监督举报电话 → 2；《专栏更新》2020年9月—2021年8月缺2021年1月（11个月） → 不定时1；合计3",
    "info.reporting: 《报送登记》12个月都有（首条2020-09-01在窗口内） → 3；有“含电商扶贫统计”打√的报送，总结也说含扶贫统计 → 3；合计6",
    "promo.cases: 《经验材料》2021-08-31报送一份 → 2",
    "promo.media: 截止日前省级（南方日报、广东广播电视台） → 4，县级（连州市融媒体中心） → 1；清远日报2021-09-01在截止日后，市级不算；合计5",
    "fund.system: 六、6 资金管理制度4分 → 4",
    "fund.ledger: 六、6 资金台账5分 → 5",
    "fund.spending: 《资金台账》截止日前3,500,000.00元（2021-08-31那笔318,000.00算，2021-09-02那笔不算，合计行不算）/ 5,000,000 = 70.0% ≥ 70% → 及时拨付自评4 → 4",
    "bonus.poorTraining: 30/60 = 50% < 70% → 0",
    "bonus.tvCase: 广东广播电视台2021-06-18播出的电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 总结五“未发生安全生产、质量事故，未造成重大损失” → 不否决",
    "veto.progress: 项目总体进度82% ≥ 40% → 不否决",
    "veto.fraud: “无弄虚作假” → 不否决",
  ];
  return {
    description:
      "清远连州市商务局的整本考评工作簿（12个表），86＋加分1＝87分、未否决。事实表不是两列表，而是《创建工作总结》：标题、落款之后一段一行全写在A列（一、／（一）／1．三级编号），常住人口、村数、组长、运营日期、零售额、资金、进度都在句子里，有几项只说“见《入驻企业》”“见《村居名单》”；最后“六、自评情况”一段一行写各指标自评分（含项目管理、上行、资金支出的分项），自评93＋1。全市10镇2个瑶族乡；《村居名单》有“建制调整情况”列：两个居委会是2020年村改居（备注原××村），三水瑶族乡一村由两个旧村合并，大路边镇一村更名；《站点台账》有一站写的是村改居前的旧村名（现为居委会，不是行政村）、一站写合并前旧村名（新村名另有站）。边界：有站村委会104/150＝69.3%只得2分（村改居那站不能算）；贫困村21/21靠一个2021年8月31日挂牌的站；培训台账“××人次”文本＋专题班签到正好3,673＝常住人口367,300的1%，缺不得8月31日那期；贫困人口培训正好30/60＝50%；中心2021年2月28日运营正好满6个月；在园企业正好20家；农村网零增速29.98%；资金正好70%。",
    sheets: [
      { name: "工作总结", rows: sumRows },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点台账", rows: sRows, merges: ["A1:G1"] },
      { name: "培训台账", rows: gRows, merges: gM },
      { name: "专题班签到", rows: tRows, merges: ["A1:F1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:F1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:E1", "A2:E2"] },
      { name: "报送登记", rows: rRows, merges: ["A1:D1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:C1"] },
    ],
    expect: { asOf: CUT, total: scored + 1, bonus: 1, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 惠州市龙门县: 《工作总结》A列一段一行，B列标“【对应指标】”；“下一步工作计划”里的目标数不是事实
// =====================================================================================================
function buildF1() {
  const P = [
    ["一、基本情况", null],
    ["龙门县地处惠州市北部山区，辖1个街道、7个镇、1个民族乡（蓝田瑶族乡），常住人口31.62万人。2020年完成村级建制调整（龙城街道2个村改居，永汉镇2个村合并为1个），调整后全县有行政村158个、社区居委会24个，其中省定贫困村9个。", "【基本情况】"],
    ["二、主要工作及成效", null],
    ["（一）高位推动。成立由县委书记任组长、县长任常务副组长的创建工作领导小组，县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局和县邮政分公司为成员单位，每季度召开一次推进会。", "【组织领导】"],
    ["（二）方案政策。2020年4月正式印发《龙门县电子商务进农村综合示范实施方案》（龙府办〔2020〕12号）；同年8月出台《龙门县扶持农村电子商务发展十条措施》。", "【方案制定】【政策支持】"],
    ["（三）服务体系。县电子商务公共服务中心于2020年9月26日正式运营，设免费培训教室、直播间和培训设备，能开展电商基础培训，为龙门年桔、大米、蓝田瑶山茶等特色农产品提供免费展示、销售服务，为电商企业和网商提供免费摄影、美工服务；整合原县城物流园建成龙门县电商产业园。全县已建村级电商服务站点126个；158个行政村全部通快递，行政村快递物流覆盖率100%。", "【服务体系建设】"],
    ["（四）产品上行。引进专业第三方电商运营服务商，负责龙门年桔、龙门大米等产品的网店运营和推广。2019年全县农村网络零售额6.18亿元，2020年达8.27亿元。", "【农村产品上行】"],
    ["（五）人才培训。创建以来累计开展电商培训4,105人次；全县有劳动能力的建档立卡贫困人口（不含外出务工）1,046人，已参加电商培训561人。", "【电商人才培训】"],
    ["（六）信息公开与报送。在县政府门户网站开设“电子商务进农村”专栏，公示创建方案、项目基本信息和项目建设进度，设立监督举报电话；每月向市商务局报送工作进展，并能统计电商扶贫情况。", "【信息公开】【数据上报】"],
    ["（七）资金管理。省级财政下达专项资金500万元，截至2021年8月31日已拨付421.86万元；制定了《龙门县电子商务进农村综合示范专项资金管理办法》，建立资金专用台账。项目总体进度91%。", "【资金管理】"],
    ["三、存在问题", null],
    ["1．部分山区站点业务量偏小，持续运营能力不足。", null],
    ["2．懂电商、会运营的本土人才仍然缺乏。", null],
    ["四、下一步工作计划", null],
    ["1．2021年9—12月计划再培训800人次，其中建档立卡贫困人口不少于200人。", "（计划）"],
    ["2．力争2021年全县农村网络零售额突破10亿元。", "（计划）"],
    ["3．年底前新增村级站点10个，实现蓝田瑶族乡各村站点全覆盖；专项资金拨付率达到95%以上。", "（计划）"],
  ];
  const rows = [["龙门县电子商务进农村综合示范创建工作总结", null], ["龙门县商务局　2021年9月3日", null], ["正文", "对应考评指标"]];
  for (const [t, tag] of P) rows.push([t, tag]);
  rows.push(["（联系人：钟××，0752-77×××××）", null]);
  return {
    description:
      "惠州龙门县商务局交来当事实表的是《电子商务进农村综合示范创建工作总结》（Word稿贴进Excel）：正文一段一行全在A列（一、基本情况／二、主要工作及成效（一）—（七）／三、存在问题／四、下一步工作计划），B列是经办人给每段标的“【组织领导】”“【方案制定】【政策支持】”一类对应指标，A3:B3是“正文｜对应考评指标”表头。数字都在句子里：常住人口31.62万人、1个民族乡（蓝田瑶族乡）、村改居和合并后行政村158个、贫困村9个、中心“2020年9月26日正式运营”、零售额6.18亿／8.27亿元、4,105人次、1,046人／561人、500万元已拨付421.86万元、进度91%；“已建村级站点126个”不是可填的事实。四、下一步工作计划三段（B列标“（计划）”）全是目标数（再培训800人次、零售额突破10亿元、拨付率95%），不是事实。县委书记任组长，四个部门都在成员单位里；没有自评分。",
    sheets: [{ name: "工作总结", rows, merges: ["A1:B1", "A2:B2"] }],
    expect: {
      facts: {
        county: "龙门县", residentPopulation: 316200, adminVillagesStated: 158, poorVillagesStated: 9, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, parkBuilt: true, expressCoverage: true,
        thirdPartyOperator: true, ruralRetail2019: 618000000, ruralRetail2020: 827000000, trainingPersonTimesStated: 4105,
        eligiblePoorPersonsStated: 1046, trainedPoorPersonsStated: 561, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4218600, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.91,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆市怀集县: 《目标责任书完成情况考核表》——目标值｜完成情况｜是否完成（✔/✘）；事实只在“完成情况”列
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [padRow(["怀集县2021年度电子商务进农村综合示范创建目标责任书完成情况考核表"], W),
    padRow(["责任单位：怀集县商务局　　　　考核时点：2021年8月31日（省考评截止日）　　　　考核单位：县政府督查室"], W),
    ["序号", "责任目标（责任书条款）", "目标值", "完成情况", "是否完成", "佐证材料"]];
  const T = [
    ["成立示范创建领导小组", "主要领导任组长", "已成立，县长任组长，分管副县长任常务副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司", "✔", "怀府办函〔2020〕22号"],
    ["印发示范县工作方案", "2020年6月底前", "2020年5月18日正式印发（怀府办〔2020〕15号）", "✔", "方案文本"],
    ["出台扶持政策", "2020年底前", "已出台《怀集县农村电子商务发展扶持办法》", "✔", "政策文件"],
    ["建成县级电子商务公共服务中心并投入运营", "2020年12月31日前", "2021年1月12日投入运营，有免费培训场所和培训设备，能组织电商基础培训", "✘", "运营协议、照片"],
    ["电商产业园入驻企业", "≥20家", "怀集县电子商务产业园已建成，入驻企业18家", "✘", "入驻企业名单"],
    ["村级站点覆盖", "行政村覆盖率≥70%，贫困村全覆盖", "全县行政村178个，已建站覆盖131个，覆盖率73.6%；省定贫困村24个，全部建站", "✔", "站点台账"],
    ["行政村快递物流覆盖", "100%", "已实现178个行政村快递物流全覆盖，行政村物流快递覆盖率100%", "✔", "邮政、快递企业证明"],
    ["农村网络零售额增长", "同比增长≥30%", "2020年农村网络零售额12.46亿元，同比增长24.1%；农产品网络零售额3.08亿元，同比增长35.2%", "✔", "商务厅反馈数据"],
    ["电商培训人次", "≥常住人口的1%（5,000人次）", "常住人口83.06万人，累计培训8,862人次", "✔", "培训台账"],
    ["建档立卡贫困人口培训率", "≥50%", "有劳动能力的建档立卡贫困人口（不含外出务工）2,913人，已参训1,538人，培训率52.8%", "✔", "培训名单"],
    ["信息公开", "设立专栏，内容全面", "已在县政府网站设立专栏，公示创建方案、项目基本信息、项目建设进度，设有监督举报电话", "✔", "网页截图"],
    ["数据报送", "每月向市商务局报送", "已按月报送，附电商扶贫统计表", "✔", "报送记录"],
    ["专项资金支出", "支出率≥70%", "省级下达专项资金500万元，已拨付386.75万元，支出率77.35%", "✔", "资金台账"],
    ["安全生产", "不发生安全生产、质量事故", "未发生安全生产、质量事故", "✔", null],
  ];
  assert(Math.abs(3867500 / 5000000 - 0.7735) < 1e-12 && Math.abs(1538 / 2913 - 0.528) < 0.0005 && Math.abs(131 / 178 - 0.736) < 0.0005, "f2 rates");
  T.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2], t[3], t[4]]));
  const done = T.filter((t) => t[3] === "✔").length;
  rows.push(padRow([`考核结论：${T.length}项责任目标完成${done}项，未完成${T.length - done}项（县级中心未按期投入运营、产业园入驻企业未达20家）。`], W));
  rows.push(padRow(["考核人：冯××、欧××　　　　被考核单位负责人：（签名）　　　　2021年9月7日"], W));
  const merges = ["A1:F1", "A2:F2", `A${rows.length - 1}:F${rows.length - 1}`, `A${rows.length}:F${rows.length}`];
  return {
    description:
      "肇庆怀集县政府督查室对县商务局的《2021年度电子商务进农村综合示范创建目标责任书完成情况考核表》当事实表：序号｜责任目标（责任书条款）｜目标值｜完成情况｜是否完成（✔/✘）｜佐证材料，第二行写“考核时点：2021年8月31日（省考评截止日）”。事实只在“完成情况”列的句子里；“目标值”列也全是数字和日期（“≥20家”“2020年12月31日前”“≥常住人口的1%（5,000人次）”“≥50%”），都不是事实；“✘”只说没按目标完成——县级中心那行打✘，但“2021年1月12日投入运营”照样是运营日期，产业园打✘也仍是已建成。行政村178个、贫困村24个、常住人口83.06万人、8,862人次、2,913人／1,538人、零售额12.46亿元增长24.1%和农产品3.08亿元增长35.2%、500万元已拨付386.75万元；县长任组长，商务、财政、农业农村、乡村振兴都是成员单位。表末考核结论一句话。",
    sheets: [{ name: "责任书考核表", rows, merges }],
    expect: {
      facts: {
        county: "怀集县", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2021-01-12", centerFreeTraining: true, parkBuilt: true,
        adminVillagesStated: 178, poorVillagesStated: 24, expressCoverage: true, ruralRetail2020: 1246000000, ruralRetailGrowthStated: 0.241,
        agriRetail2020: 308000000, agriRetailGrowthStated: 0.352, residentPopulation: 830600, trainingPersonTimesStated: 8862,
        eligiblePoorPersonsStated: 2913, trainedPoorPersonsStated: 1538, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3867500, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市惠来县: 《财政专项资金拨付申请表》（表单网格，¥和大写金额，附件清单打“☑／□”）
// =====================================================================================================
function buildF3() {
  const W = 6;
  const ALLOC = 5000000, PAID = 3412560, ASK = 286000;
  assert(daxie(ALLOC) === "伍佰万元整" && daxie(ASK) === "贰拾捌万陆仟元整", "f3 daxie " + daxie(ASK));
  const rows = [
    padRow(["惠来县财政专项资金拨付申请表"], W),
    padRow(["编号：惠商资〔2021〕17号"], W),
    ["申请单位", "惠来县商务局", null, "申请日期", "2021年8月24日", null],
    ["项目名称", "惠来县电子商务进农村综合示范项目", null, null, null, null],
    ["资金来源", "2019年省级促进经济发展专项资金（电子商务进农村综合示范）", null, null, null, null],
    ["下达资金总额", `${daxie(ALLOC)}`, null, "小写", `¥${fmtMoney(ALLOC)}`, null],
    ["已累计拨付（截至申请日）", `${daxie(PAID).replace("元整", "元整")}`, null, "小写", `¥${fmtMoney(PAID)}`, null],
    ["本次申请拨付", `${daxie(ASK)}`, null, "小写", `¥${fmtMoney(ASK)}`, null],
    ["本次用途", "村级电商服务站点建设补助（第三批，17个站点）", null, null, null, null],
    ["收款单位", "惠来县××网络科技有限公司", null, "开户行", "中国农业银行惠来支行", null],
    ["项目总体进度", "85%", null, "已拨付占下达资金", pct2(PAID, ALLOC), null],
    ["附件", "☑ 1．示范县工作方案（惠府办〔2020〕3号，已正式印发）\n☑ 2．专项资金管理办法（惠商〔2020〕21号）\n☑ 3．资金专用台账（截至2021年8月24日）\n□ 4．项目验收报告（待验收后补交）", null, null, null, null],
    ["申请单位意见", "情况属实，请予拨付。\n（盖章）　负责人：陈××　2021年8月24日", null, "财政局业务股室审核意见", "（空）", null],
    padRow(["注：本表一式三份，申请单位、财政局业务股室、国库股各一份。“已累计拨付”不含本次申请金额。"], W),
  ];
  assert(daxie(PAID) === "叁佰肆拾壹万贰仟伍佰陆拾元整", "f3 daxie paid " + daxie(PAID));
  assert(pct2(PAID, ALLOC) === "68.25%", "f3 pct");
  const merges = ["A1:F1", "A2:F2", "B3:C3", "E3:F3", "B4:F4", "B5:F5", "B6:C6", "E6:F6", "B7:C7", "E7:F7", "B8:C8", "E8:F8", "B9:F9", "B10:C10", "E10:F10",
    "B11:C11", "E11:F11", "B12:F12", "B13:C13", "E13:F13", "A14:F14"];
  return {
    description:
      "揭阳惠来县商务局交来当事实表的是一张《惠来县财政专项资金拨付申请表》（惠商资〔2021〕17号，2021年8月24日）：表单网格，标签在A列或D列、填写格横向合并；金额大写在左（“伍佰万元整”“叁佰肆拾壹万贰仟伍佰陆拾元整”）、小写“¥5,000,000.00”在右；“已累计拨付（截至申请日）”是已经拨出去的钱（注明不含本次），“本次申请拨付¥286,000.00”只是申请、不是已拨付，“已拨付占下达资金68.25%”是算出来的；项目总体进度85%；附件清单在一格里分四行打“☑／□”（工作方案已正式印发、资金管理办法、资金专用台账打☑，验收报告□待补）；财政局审核意见格写“（空）”。没有牵头领导，没有自评分，没有截止日期。",
    sheets: [{ name: "拨付申请表", rows, merges }],
    expect: {
      facts: {
        county: "惠来县", fundAllocated: 5000000, fundSpentStated: 3412560, overallProgress: 0.85, planIssued: true, fundSystemIssued: true, fundLedgerKept: true,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// l1 — 韶关市始兴县: 南部山区四镇一乡的村居名单（建制调整列＋附对照表）、站点台账（“坪田村（原上坪村）”）、建档立卡名单
// =====================================================================================================
function buildL1() {
  const REG = "440222";
  const vn = villageNamer("大小上下东西南北新石黄龙沙坪", "坑岭塘田坝洞坳围径迳背寨");
  const UNITS = [["太平镇", 13, ["东湖社区", "兴仁社区", "城南社区"]], ["马市镇", 11, []], ["司前镇", 9, []], ["隘子镇", 10, []], ["深渡水瑶族乡", 5, []]];
  const vil = [];
  for (const [t, n, cs] of UNITS) {
    for (const c of cs) vil.push({ town: t, name: c, admin: false, note: null, express: true });
    for (let i = 0; i < n; i++) vil.push({ town: t, name: vn(), admin: true, poor: false, express: true, note: null });
  }
  // 村改居 (太平镇)
  const gOld = vn();
  const gaiju = { town: "太平镇", name: gOld.replace(/村$/, "社区"), admin: false, express: true, note: `村改居（原${gOld}，2020年9月）` };
  vil.splice(3, 0, gaiju);
  const adminV = vil.filter((v) => v.admin);
  noStemClash(adminV.map((v) => v.name), vil.filter((v) => !v.admin).map((v) => v.name), "l1");
  // merged: 司前镇 one, 深渡水瑶族乡 one; renamed: 隘子镇 one
  const mg1 = adminV.find((v) => v.town === "司前镇");
  const mg1Old = [vn(), vn()];
  mg1.note = `合并（原${mg1Old[0]}、${mg1Old[1]}，2019年12月）`;
  const mg2 = adminV.filter((v) => v.town === "深渡水瑶族乡")[2];
  const mg2Old = [vn(), vn()];
  mg2.note = `合并（原${mg2Old[0]}、${mg2Old[1]}，2020年3月）`;
  const rn = adminV.filter((v) => v.town === "隘子镇")[4];
  const rnOld = vn();
  rn.note = `更名（原${rnOld}，2020年6月）`;
  const poorIdx = shuffle(adminV.filter((v) => v.town !== "太平镇")).slice(0, 9);
  for (const v of poorIdx) v.poor = true;
  mg2.poor = true;
  const noEx = adminV.filter((v) => v.town === "深渡水瑶族乡" && v !== mg2)[1];
  noEx.express = false;
  const blankEx = adminV.filter((v) => v.town === "隘子镇")[7];
  blankEx.express = null;
  const VW = 7;
  const vRows = [padRow(["始兴县南部山区乡镇村（居）民委员会名单"], VW), padRow(["（太平镇、马市镇、司前镇、隘子镇、深渡水瑶族乡）"], VW),
    ["序号", "乡镇", "村（居）委会", "性质", "省定贫困村", "快递进村", "建制调整"]];
  const vM = ["A1:G1", "A2:G2"];
  const vRecs = [];
  vil.forEach((v, i) => {
    if (v.admin) {
      vRows.push([i + 1, v.town, i % 5 === 2 ? v.name.replace(/村$/, "村民委员会") : v.name, "村", v.poor ? "是" : "否", v.express === true ? "有" : v.express === false ? "无" : null, v.note]);
      vRecs.push({ name: v.name, admin: true, poor: v.poor, express: v.express });
    } else {
      vRows.push([i + 1, v.town, v.name + "居委会", "社区", "—", "有", v.note]);
      vRecs.push({ name: v.name, admin: false, express: true });
    }
  });
  vRows.push(padRow([]));
  vRows.push(padRow(["附：2019年以来村级建制调整对照表（原村名已撤销，不再单列）"], VW));
  vM.push(`A${vRows.length}:G${vRows.length}`);
  vRows.push(["序号", "原村名", null, "调整方式", "调整后名称", "批复时间", null]);
  vM.push(`B${vRows.length}:C${vRows.length}`, `F${vRows.length}:G${vRows.length}`);
  const adjRows = [[gOld, "村改居", gaiju.name, "2020年9月"], [mg1Old[0], "合并", mg1.name, "2019年12月"], [mg1Old[1], "合并", mg1.name, "2019年12月"],
    [mg2Old[0], "合并", mg2.name, "2020年3月"], [mg2Old[1], "合并", mg2.name, "2020年3月"], [rnOld, "更名", rn.name, "2020年6月"]];
  adjRows.forEach((a, i) => {
    vRows.push([i + 1, a[0], null, a[1], a[2], a[3], null]);
    vM.push(`B${vRows.length}:C${vRows.length}`, `F${vRows.length}:G${vRows.length}`);
  });
  for (const r of vRows) padRow(r, VW);
  assert(vRecs.length === 52, "l1 village rows " + vRecs.length);

  // ② 站点台账
  const stV = adminV.filter((v) => v.poor).concat([mg1], shuffle(adminV.filter((v) => !v.poor && v !== mg1)).slice(0, 21));
  const sRecs = [];
  const SW = 7;
  const sRows = [padRow(["始兴县村级电子商务服务站点台账（南部山区）"], SW), ["序号", "站点名称", "所在乡镇", "所在村", "建站时间", "站长", "服务内容"]];
  const stList = stV.map((v) => ({ v, opened: randIsoBetween("2019-12-01", "2021-08-20") }));
  stList.push({ v: gaiju, opened: "2020-05-14" });
  stList.sort((a, b) => UNITS.findIndex((u) => u[0] === a.v.town) - UNITS.findIndex((u) => u[0] === b.v.town) || cmp(a.opened, b.opened));
  stList.forEach((s, i) => {
    let vill = s.v.name;
    if (s.v === mg1) vill = `${mg1.name}（原${mg1Old[0]}）`;
    if (s.v === mg2) vill = `${mg2.name}（原${mg2Old[1]}）`;
    if (s.v === gaiju) vill = `${gaiju.name}（原${gOld}）`;
    let cell;
    let rec = s.opened;
    if (i === 6) { cell = cnMonth(s.opened); rec = s.opened.slice(0, 7); } else cell = [D(s.opened), dotDate(s.opened), cnDate(s.opened), twoDot(s.opened), excelSerial(s.opened)][i % 5];
    sRows.push([i + 1, `${s.v.name.replace(/村$|社区$/, "")}电商服务站`, s.v.town, vill, personName(), "代购代销、快递收发、缴费" + (i % 3 ? "" : "、金融"), cell]);
    sRecs.push({ village: s.v.name, opened: rec });
  });
  // columns: the header says 建站时间 in E but values go in G — keep them aligned: move date to E
  for (let i = 2; i < sRows.length; i++) {
    const r = sRows[i];
    const date = r[6];
    r[6] = r[5];
    r[5] = r[4];
    r[4] = date;
  }
  assert(stV.includes(mg1) && stV.includes(mg2), "l1 merged villages have stations");

  // ③ 建档立卡贫困人口（按户，户主行在前）
  const pRecs = [];
  const PW = 8;
  const pRows = [padRow(["始兴县建档立卡贫困户家庭成员劳动力情况（南部山区）"], PW), ["序号", "户主姓名", "成员姓名", "与户主关系", "身份证号码", "劳动技能", "务工状态", "所在村"]];
  const poorV = adminV.filter((v) => v.poor);
  let no = 0;
  for (let h = 0; h < 12; h++) {
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const head = personName(sur);
    const v = poorV[h % poorV.length];
    const members = [["户主", 1958, 1985], ["配偶", 1960, 1988], ["子女", 1995, 2003], ["子女", 2004, 2012]].slice(0, 2 + (h % 3));
    const vName = v === mg2 && h % 2 ? mg2Old[0] + "（现" + mg2.name + "）" : v.name;
    members.forEach(([rel, y0, y1], k) => {
      no++;
      const id = makeId(REG, birthBetween(y0, y1), rnd() < 0.5, no % 9 === 2 ? true : no % 9 === 3 ? false : undefined);
      let skill, work, labour, migrant;
      if (rel === "子女" && y0 >= 2004) { skill = "无劳动力（在校生）"; work = "—"; labour = false; migrant = null; }
      else if (k === 0 && h % 4 === 3) { skill = "丧失劳动力"; work = "—"; labour = false; migrant = null; }
      else {
        skill = (no % 3 ? "普通劳动力" : "技能劳动力");
        const w = (no + h) % 4;
        work = w === 0 ? "省外务工" : w === 1 ? "县外务工" : "在家务农";
        labour = true;
        migrant = w <= 1;
      }
      pRows.push([no, k === 0 ? head : null, k === 0 ? head : personName(rel === "配偶" ? null : sur), rel, no % 7 === 5 ? spacedId(id) : id, skill, work, k === 0 ? vName : null]);
      pRecs.push({ id, labour, migrant });
    });
  }
  // household cells merged down (户主姓名 and 所在村)
  const pM = ["A1:H1"];
  let r = 3;
  while (r <= pRows.length) {
    let e = r;
    while (e + 1 <= pRows.length && pRows[e][1] === null) e++;
    if (e > r) pM.push(`B${r}:B${e}`, `H${r}:H${e}`);
    r = e + 1;
  }
  return {
    description:
      "韶关始兴县商务局电商股交的南部山区台账（三个表）。①《村居名单》只收太平镇、马市镇、司前镇、隘子镇和深渡水瑶族乡，“性质”列写“村／社区”，贫困村“是／否”，快递进村“有／无”（隘子镇一村空着），最后一列“建制调整”：太平镇一社区是2020年村改居（原××村），司前镇和深渡水瑶族乡各一村由两个旧村合并，隘子镇一村更名；名单下空一行是“附：2019年以来村级建制调整对照表”（原村名｜调整方式｜调整后名称｜批复时间，B:C、F:G合并），那六个原村名已撤销，不是村。②《站点台账》所在村有三处带括号：“××村（原××村）”两处是合并后的村，“××社区（原××村）”是村改居社区，村名取括号前；建站时间混着日期格、点分、“×年×月×日”、两位年“20.5.14”、丢了格式的序列数，一站只写“2020年×月”。③《建档立卡》按户排，户主姓名和所在村纵向合并，劳动技能写“普通劳动力／技能劳动力／丧失劳动力／无劳动力（在校生）”，务工状态“省外务工／县外务工”（都是外出务工）、“在家务农”、无劳动力的写“—”；有的身份证号中间带空格，一户的所在村写“原××村（现××村）”。",
    sheets: [
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点台账", rows: sRows, merges: ["A1:G1"] },
      { name: "建档立卡", rows: pRows, merges: pM },
    ],
    expect: {
      sheets: {
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "建档立卡": { kind: "poorPersons", records: pRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 云浮市罗定市: 分类拨付台账（万元，一类一列，本笔合计列，月合计行）、月报报送登记（一月一行）、经验材料（公文日期）
// =====================================================================================================
function buildL2() {
  const CATS = ["县级中心", "村级站点", "培训", "物流体系", "品牌推广"];
  const P = [
    ["2020-06-12", "县电商公共服务中心装修", { 县级中心: 684500 }],
    ["2020-06-29", "中心设备采购（第一批）", { 县级中心: 215380 }],
    ["2020-09-17", "村级站点建设补助（罗镜、太平、分界）", { 村级站点: 356000 }],
    ["2020-11-05", "电商普及培训（第一期）及站长培训", { 培训: 86400, 村级站点: 24000 }],
    ["2020-11-26", "三级物流配送车辆", { 物流体系: 438750 }],
    ["2021-01-20", "村级站点建设补助（船步、罗平、素龙）", { 村级站点: 298500 }],
    ["2021-03-08", "“罗定稻米”品牌设计及推广", { 品牌推广: 176000 }],
    ["2021-03-30", "电商培训（第二期）", { 培训: 92650.5 }],
    ["2021-06-15", "镇级物流服务站建设", { 物流体系: 265300 }],
    ["2021-08-10", "直播基地运营补助", { 县级中心: 120000, 品牌推广: 45000 }],
    ["2021-08-27", "村级站点运营补助", { 村级站点: 158200 }],
  ];
  const W = 9;
  const rows = [padRow(["罗定市电子商务进农村综合示范专项资金分类拨付台账"], W), padRow(["单位：万元"], W),
    ["日期", "摘要", "凭证号"].concat(CATS, ["本笔合计"])];
  const merges = ["A1:I1", "A2:I2"];
  const recs = [];
  let m0 = null;
  let mAcc = [];
  const flush = () => {
    if (!mAcc.length) return;
    const colSums = CATS.map((c) => sumYuan(mAcc.map((p) => p[2][c] || 0)));
    rows.push([null, `${Number(m0.slice(5))}月合计`, null].concat(colSums.map((x) => (x ? Number((x / 10000).toFixed(6)) : null)), [Number((sumYuan(colSums) / 10000).toFixed(6))]));
  };
  P.forEach((p, i) => {
    if (m0 !== null && p[0].slice(0, 7) !== m0) { flush(); mAcc = []; }
    m0 = p[0].slice(0, 7);
    mAcc.push(p);
    const tot = sumYuan(Object.values(p[2]));
    const cellAmt = (x) => (Number.isInteger(x) ? wan4(x) : Number((x / 10000).toFixed(6)));
    rows.push([[D(p[0]), D(p[0]), dotDate(p[0])][i % 3], p[1], `记-${pad3(i * 7 + 5)}`].concat(CATS.map((c) => (p[2][c] ? cellAmt(p[2][c]) : null)), [cellAmt(tot)]));
    recs.push({ date: p[0], amount: tot });
  });
  flush();
  const all = sumYuan(P.map((p) => sumYuan(Object.values(p[2]))));
  rows.push([null, "累计", null].concat(CATS.map((c) => Number((sumYuan(P.map((p) => p[2][c] || 0)) / 10000).toFixed(6))), [Number((all / 10000).toFixed(6))]));
  for (const r of rows) assert(r.length === W, "l2 width");
  for (const r of rows) for (const c of r) if (typeof c === "number") assert(Math.abs(c * 10000 - Math.round(c * 1000000) / 100) < 1e-6, "l2 exact wan " + c);

  // ② 月报报送登记：一月一行；2021年2月未报送
  const rRows = [padRow(["罗定市电商进农村工作月报报送登记（向云浮市商务局）"], 5), ["所属月份", "报送日期", "报送方式", "附电商扶贫统计表", "备注"]];
  const rRecs = [];
  WINDOW.forEach((m, i) => {
    if (m === "2021-02") { rRows.push([cnMonth(m), "未报送", null, null, "春节假期，3月合并报送"]); return; }
    const next = monthsBetween(m, "2021-12")[1];
    const d = `${next}-${String(rint(2, 9)).padStart(2, "0")}`;
    const pov = i % 4 === 1 ? null : i % 4 === 3 ? false : true;
    rRows.push([cnMonth(m), [D(d), slashDate(d)][i % 2], i % 2 ? "粤政易" : "电子邮件", pov === true ? "√" : pov === false ? "×" : null, null]);
    rRecs.push({ date: d, poverty: pov });
  });

  // ③ 经验材料（公文日期）
  const MAT = [["罗商〔2020〕38号", "关于报送罗定市“电商＋稻米”助农增收经验做法的函", "2020-12-11"], ["罗商〔2021〕9号", "罗定市村级电商服务站“一站多用”案例材料", "2021-03-26"],
    ["罗商〔2021〕41号", "罗定市电子商务进农村综合示范创建工作总结", "2021-09-02"]];
  const mRows = [padRow(["罗定市经验材料报送情况"], 5), ["序号", "文号", "材料名称", "报送日期", "报送对象"]];
  MAT.forEach((m, i) => mRows.push([i + 1, m[0], m[1], cnFormalDate(m[2]), "云浮市商务局"]));
  return {
    description:
      "云浮罗定市商务局的三张台账。①《分类拨付台账》是会计式分栏账：标题下“单位：万元”，日期｜摘要｜凭证号｜县级中心｜村级站点｜培训｜物流体系｜品牌推广｜本笔合计，每笔钱记在它所属类别的列里（两笔分摊在两类，本笔合计是两格之和），金额是万元小数（如68.45、9.265050），每个月末插一行“×月合计”，表末“累计”行；一笔的金额是“本笔合计”，月合计和累计行不是拨付。②《月报报送登记》一月一行（所属月份2020年9月—2021年8月），报送日期是次月初（日期格和“2021/3/5”混写），2021年2月那行报送日期写“未报送”（春节，没有记录），“附电商扶贫统计表”打√、×或空着（空着是没填，不是否）。③《经验材料》报送日期用公文汉字日期（“二〇二〇年十二月十一日”），文号另列，最后一份2021年9月2日。",
    sheets: [
      { name: "分类拨付台账", rows, merges },
      { name: "月报报送登记", rows: rRows, merges: ["A1:E1"] },
      { name: "经验材料", rows: mRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "分类拨付台账": { kind: "funds", records: recs },
        "月报报送登记": { kind: "reports", records: rRecs },
        "经验材料": { kind: "materials", records: MAT.map((m) => ({ date: m[2] })) },
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
write("counties", "b252-c1-lianzhou.json", c1);
write("facts", "b252-f1-longmen.json", f1);
write("facts", "b252-f2-huaiji.json", f2);
write("facts", "b252-f3-huilai.json", f3);
write("ledgers", "b252-l1-shixing.json", l1);
write("ledgers", "b252-l2-luoding.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
