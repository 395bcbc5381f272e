// Batch 251 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b248.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (251251), no clock. Run: node test/corpus/counties/_make/gen-b251.js
// Theme: last year's template reused — 2019 and 2020 columns kept, a 2021 column added, overwritten values typed as
// “原…，现…” with a 变更说明 column; only the current (现 / 2021) values count (c1, f1, l1, and the report register of l2).
//
// c1 大埔县 (梅州): 《基础数据》 is the 2020 mid-term template (序号｜指标｜单位｜2019年｜2020年｜2021年（截至8月31日）｜变更说明);
//    2021 cells like “原34.1，现32.68”, “原副县长，现县委副书记、县长”, “原是，现否”; retail rows carry the year's own amount in
//    the 2019/2020 columns (2020: “原6.3，现6.656”); judged self-scores in the same table. Ledgers: villages (216 行政村, base
//    capped at 200), stations, sessions with 人次, enterprises, funds (元), reports, column updates, media, materials.
//    Edges: 3,268 人次 = exactly 1% of the current 326,800 (0.96% on the old value); 140/200 = 70% with one station opened
//    2021-08-31 (64.8% without the cap); 26/27 poor villages (the 27th opened 2021-09-01); centre opened exactly 2021-02-28;
//    exactly 20 firms in the park; rural retail growth exactly 30% on the current value; 599/1198 = 50%; funds exactly 70%
//    thanks to a 2021-08-31 payment; provincial TV case on 2021-08-31 (1), CCTV on 2021-09-01 (not counted).
// f1 化州市 (茂名): the reused table with the new 2021 column inserted before 2019 (2021｜2019｜2020), “现：…（原：…）” cells,
//    “同2020年” pointing back to the 2020 column, √/× ticks, judged points at the bottom; deputy leader now.
// f2 恩平市 (江门): a 自评计算底稿 — one indicator a row, every fact inside an arithmetic line (“5,236人次 ÷ 常住人口48.37万人 ＝
//    1.08% ≥ 1% → 10分”), intermediate results that are not inputs, judged points as “（1-2分）自评2分”, a 自评分 column (claimed).
// f3 惠来县 (揭阳): a Word form pasted into column A, one line a cell, “5．常住人口…………101.14万人” with ellipsis leader dots,
//    bracketed remarks after values, section headings 一…九, a 县委常委、副县长 leader.
// l1 紫金县 (河源): villages with 快递物流到村 split into 2019｜2020｜2021 (two-row header) + 变更说明, “原×，现√” / “原√，现×”;
//    stations with “原2021.9.6，现2021.8.27” opening dates; sessions with “原…，现…” 人次; a 修改说明 sheet (not a ledger).
// l2 揭西县 (揭阳): poor labour roll by household (劳动技能 four classes, blank 务工 for those without labour), a report register
//    reused from last year (years as rows, 1月…12月 as columns, “26日” or “√”), press reports with two-digit-year dates.
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
let seed = 251251;
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
    assert(/^b251-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b251-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b251-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 梅州市大埔县: 沿用2020年中期模板的《基础数据（2019—2021）》，2021年列里“原…，现…”，变更说明列；台账齐全
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = [["湖寮镇", 22, ["城东社区", "城西社区", "湖山社区", "莒村社区", "黎家坪社区", "新城社区"]], ["茶阳镇", 16, ["茶阳社区"]], ["三河镇", 15, ["汇城社区"]],
    ["高陂镇", 25, ["高陂社区"]], ["大麻镇", 14, []], ["桃源镇", 12, []], ["光德镇", 15, []], ["百侯镇", 15, []], ["枫朗镇", 14, []], ["大东镇", 16, []],
    ["洲瑞镇", 12, []], ["银江镇", 13, []], ["青溪镇", 14, []], ["西河镇", 13, []]];
  const vn = villageNamer("上下大小新石黄白龙坪岭东西南北和丰长金", "坑坪塘岗坝背寨溪屋洋坑口湖田园");
  const vil = [];
  for (const [t, n, comms] of TOWNS) {
    for (const c of comms) vil.push({ town: t, name: c, admin: false });
    for (let i = 0; i < n; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 216 && comms.length === 9, "c1 villages " + adminV.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "湖寮镇")).slice(0, 27);
  for (const v of poorList) v.poor = true;
  const VW = 6;
  const vRows = [padRow(["大埔县行政村（社区）名单"], VW), ["序号", "镇", "村（居）委会", "类型", "省定贫困村", "快递到村"]];
  vil.forEach((v, i) => vRows.push([i + 1, v.town, v.admin ? (i % 6 === 1 ? v.name.replace(/村$/, "村委会") : v.name) : v.name + "居委会", v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : "否") : null, "√"]));
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个，其中省定贫困村${poorList.length}个。`], VW));
  const vM = ["A1:F1", `A${vRows.length}:F${vRows.length}`];

  // 站点：139个行政村在2021-08-31前，加一个2021-08-31 → 140/200 = 70%；贫困村26/27（第27个2021-09-01）
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.slice(0, 26).forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-08-20") }));
  nonPoor.slice(0, 113).forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-08-20") }));
  st.push({ v: nonPoor[113], opened: "2021-08-31" });
  st.push({ v: poorList[26], opened: "2021-09-01" });
  st.push({ v: nonPoor[5], opened: "2021-05-12", second: true });
  st.push({ v: comms[0], opened: "2020-09-18", comm: true });
  st.push({ v: comms[6], opened: "2021-01-06", comm: true });
  st.sort((a, b) => cmp(a.v.town, b.v.town) || cmp(a.opened, b.opened));
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 140 && covered.size * 100 === 70 * 200 && poorCovered === 26, "c1 coverage");
  assert(covered.size * 100 < 70 * 216, "c1 the 200 cap decides");
  const SW = 7;
  const sRows = [padRow(["大埔县村级电子商务服务站点清单"], SW), ["序号", "站点名称", "镇", "所在村（居）", "负责人", "联系电话", "挂牌时间"]];
  st.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    sRows.push([i + 1, s.comm ? `${stem}社区电商服务点` : `大埔县${stem}村电商服务站${s.second ? "（二）" : ""}`, s.v.town, s.v.name, personName(), mask(phone()),
      s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : dateCell(s.opened, i)]);
  });

  // 培训台账（按期）：截止日前人次合计正好 3,268 = 326,800 的 1%
  const POP = 326800;
  const PT = 3268;
  assert(PT * 100 === POP, "c1 1% exactly");
  const topics = ["电商基础知识普及", "网店开设与运营", "大埔蜜柚网络营销", "短视频拍摄剪辑", "直播带货实操", "农产品包装设计", "客家小吃电商化", "茶叶品牌网络推广"];
  const sess = [];
  for (let i = 0; i < 27; i++) sess.push({ date: randIsoBetween("2020-04-01", "2021-08-25"), pt: rint(60, 160) });
  sess.push({ date: "2021-08-31", pt: 80 });
  sess.sort((a, b) => cmp(a.date, b.date));
  let diff = PT - sum(sess.map((s) => s.pt));
  const adj = sess[3];
  adj.pt += diff;
  assert(adj.pt >= 40 && adj.pt <= 400, "c1 adj " + adj.pt);
  sess.push({ date: "2021-09-02", pt: 96 });
  assert(sum(sess.filter((s) => s.date <= CUT).map((s) => s.pt)) === PT, "c1 pt");
  const gRows = [padRow(["大埔县农村电商培训台账"], 6), ["期次", "培训日期", "培训主题", "培训地点", "培训对象", "人次"]];
  sess.forEach((s, i) => gRows.push([`第${i + 1}期`, s.date === "2021-09-02" ? "2021.9.2" : dateCell(s.date, i + 2), topics[i % topics.length],
    i % 3 ? `${TOWNS[i % 14][0]}人民政府会议室` : "县电子商务公共服务中心", i % 4 === 1 ? "脱贫户、返乡青年" : "农户、合作社、个体户", s.pt]));
  gRows.push(["合计", null, null, null, null, sum(sess.map((s) => s.pt))]);

  // 入驻企业：22行，截止日在园20家
  const fnm = nameMaker("埔韩汀茶柚蜜客", "丰源达盛和兴华隆", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "物流", "销售型", "平台型", "销售型", "销售型", "快递", "销售型", "销售型", "直播电商", "销售型", "销售型", "平台型",
    "销售型", "销售型", "仓储物流", "销售型", "销售型", "销售型", "销售型"];
  const firms = TYPES.map((t) => ({ name: `大埔县${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("441422"),
    entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-06-15";
  firms[20].entered = "2021-08-31";
  firms[21].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20, "c1 park");
  const eRows = [padRow(["大埔县电子商务产业园入驻企业清单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "状态"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, i === 20 ? "2021年8月31日" : i === 21 ? "2021.9.1" : D(f.entered), f.left ? D(f.left) : null, f.left ? "已退出" : "在园"]));

  // 资金：截止日前正好3,500,000 = 70%（含8月31日一笔）
  const ALLOC = 5000000;
  const pays = [["2020-06-18", 620000, "公共服务中心建设"], ["2020-09-25", 388500, "村级站点建设（第一批）"], ["2020-12-22", 457300, "县域物流配送中心"],
    ["2021-03-16", 0, "村级站点建设（第二批）"], ["2021-05-20", 286400, "电商培训"], ["2021-07-09", 512000, "品牌培育及营销推广"], ["2021-08-31", 235000, "乡镇物流节点"],
    ["2021-09-02", 260000, "电商培训（第二阶段）"]];
  pays[3][1] = 3500000 - sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  const spent = sumYuan(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent * 100 === 70 * ALLOC && pays[3][1] > 300000, "c1 spent");
  assert((spent - 235000) * 100 < 70 * ALLOC, "c1 the 08-31 payment decides");
  const fRows = [padRow(["大埔县电子商务进农村综合示范专项资金使用台账"], 6), padRow(["单位：元"], 6), ["序号", "拨付日期", "项目", "拨付对象", "拨付金额", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, p[0] === "2021-09-02" ? "2021/9/2" : D(p[0]), p[2], i % 2 ? "项目承建单位" : "县电子商务公共服务中心", fmtMoney(p[1]), `埔商${pad3(i * 7 + 11)}`]));
  fRows.push(["合计", null, null, null, fmtMoney(sumYuan(pays.map((p) => p[1]))), null]);

  // 报送：缺2021年1月；专栏：12个月
  const reps = WINDOW.filter((m) => m !== "2021-01").map((m) => `${m}-${String(rint(25, 28)).padStart(2, "0")}`);
  assert(inWindowMonths(reps) === 11, "c1 reps");
  const rRows = [padRow(["大埔县向梅州市商务局报送工作情况记录"], 4), ["序号", "报送时间", "报送内容", "含电商扶贫统计"]];
  reps.forEach((r, i) => rRows.push([i + 1, i % 2 ? dotDate(r) : D(r), `${cnMonth(r)}示范创建工作进展`, "是"]));
  const up = WINDOW.map((m) => `${m}-${String(rint(3, 26)).padStart(2, "0")}`);
  const uRows = [padRow(["县政府网“电子商务进农村综合示范”专栏更新记录"], 3), ["发布日期", "标题", "栏目"]];
  up.forEach((u) => uRows.push([D(u), `大埔县电子商务进农村综合示范项目建设进度（${cnMonth(u)}）`, "项目建设进度"]));
  assert(inWindowMonths(up) === 12, "c1 up");
  const mRows = [padRow(["大埔县电商进农村宣传报道清单"], 6), ["日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [D("2020-11-19"), "大埔县融媒体中心", "县", "网络", "大埔村级电商站开进山村", "否"],
    [D("2021-03-24"), "梅州日报", "市", "报纸", "大埔蜜柚“云上”热销", "否"],
    [D("2021-05-08"), "南方日报", "省", "报纸", "大埔：电商助力茶农增收", "否"],
    [D("2021-08-31"), "广东广播电视台", "省", "电视", "大埔脱贫户直播卖蜜柚", "是"],
    [D("2021-09-01"), "中央电视台农业农村频道", "国家", "电视", "客家山村的电商路", "是"]];
  const matRows = [padRow(["经验材料报送"], 3), ["报送日期", "材料名称", "报送单位"], [D("2021-07-20"), "大埔县“电商＋蜜柚”助农增收经验做法", "梅州市商务局"]];

  // 基础数据（主题）：沿用上年模板，新增2021年列
  const BW = 7;
  const T = [
    ["考评截止日期", "—", "—", "—", "2021年8月31日", "2021年新增"],
    ["常住人口", "万人", 33.9, 34.1, "原34.1，现32.68", "改用第七次全国人口普查数"],
    ["行政村数", "个", 216, 216, 216, null],
    ["省定贫困村数", "个", 27, 27, 27, null],
    ["领导小组组长", "—", "副县长", "副县长", "原副县长，现县委副书记、县长", "2021年3月领导小组调整（埔府办〔2021〕12号）"],
    ["领导小组成员单位", "—", "商务局、财政局、农业农村局、扶贫办", "商务局、财政局、农业农村局、扶贫办", "商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司", "扶贫办更名为乡村振兴局，新增两个成员单位"],
    ["示范县工作方案", "—", "已印发", "已印发", "已印发", null],
    ["支持农村电商发展的政策", "—", "未出台", "已出台", "已出台", null],
    ["县级电子商务公共服务中心投入运营日期", "—", "未建", "在建", "原2021年3月8日，现2021年2月28日", "原填揭牌仪式日期，改为实际投入运营日期"],
    ["有免费培训场所、培训设备，能组织电商基础培训", "—", "否", "是", "是", null],
    ["为特色农产品提供免费展示、销售服务", "—", "否", "是", "是", null],
    ["为电子商务市场主体提供免费摄影、美工服务", "—", "否", "否", "是", null],
    ["组织农产品统一推广、指导特色农产品品牌建设", "—", "是", "是", "是", null],
    ["为电子商务发展提供其他衍生增值服务", "—", "否", "是", "原是，现否", "按市局核查意见更正，衍生服务尚未开展"],
    ["建设或整合、优化当地电商产业园", "—", "否", "是", "是", null],
    ["有专业第三方电子商务运营或服务商", "—", "是", "是", "是", null],
    ["行政村物流快递覆盖率", "%", "85%", "96%", "100%", null],
    ["农村网络零售额", "亿元", 5.12, "原6.3，现6.656", "3.95（1—8月）", "2020年数按省商务厅反馈数更正"],
    ["农产品网络零售额", "亿元", 1.46, 1.71, "1.12（1—8月）", null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,305", "1,236", "原1,236，现1,198", "剔除外出务工38人"],
    ["参加电商培训的建档立卡贫困人口", "人", 210, 482, "原590，现599", "补录8月31日脱贫户专题班9人"],
    ["专栏公示创建方案", "—", "是", "是", "是", null],
    ["专栏公示项目基本信息", "—", "是", "是", "是", null],
    ["专栏公示项目建设进度", "—", "否", "是", "是", null],
    ["专栏设立征求意见或监督举报窗口", "—", "否", "否", "原否，现是", "2021年3月专栏增设监督举报窗口"],
    ["能统计电商扶贫情况", "—", "否", "是", "是", null],
    ["下达资金总额（累计）", "万元", 300, 500, 500, null],
    ["项目总体进度", "%", "15%", "45%", "原68%，现86%", "按8月末完成情况更新"],
    ["发生安全生产、质量事故或重大损失", "—", "无", "无", "无", null],
    ["弄虚作假", "—", "无", "无", "无", null],
  ];
  const J = [
    ["方案制定（1-2分）", "—", 2, 2, null],
    ["政策支持（1-2分）", "—", 1, "原2，现1", "政策落实情况按实际下调"],
    ["项目管理制度（1-2分）", "—", 1, 2, null],
    ["工作台账（1-2分）", "—", 2, 2, null],
    ["网销调研（1-2分）", "—", 1, 2, null],
    ["网络促销活动（1-2分）", "—", 1, "原1，现2", "补充“618”“双11”促销成效材料"],
    ["交易标准与冷链溯源（1-2分）", "—", 1, 1, null],
    ["资金管理制度（1-5分）", "—", 4, 4, null],
    ["资金台账（1-5分）", "—", 4, "原4，现5", "承建方台账已补齐凭证"],
    ["资金及时拨付（1-5分）", "—", 3, 4, null],
  ];
  const bd = [padRow(["大埔县电子商务进农村综合示范基础数据表（2019—2021年）"], BW),
    padRow(["说明：沿用2020年中期评估模板，新增“2021年”列；本次改动的数写成“原…，现…”，以“现”为准，原因见变更说明。"], BW),
    ["序号", "指标", "单位", "2019年", "2020年", "2021年（截至8月31日）", "变更说明"], padRow(["一、基本数据"], BW)];
  const bM = ["A1:G1", "A2:G2", "A4:G4"];
  T.forEach((t, i) => bd.push([i + 1, t[0], t[1], t[2], t[3], t[4], t[5]]));
  bd.push(padRow(["二、主观项自评（分）"], BW));
  bM.push(`A${bd.length}:G${bd.length}`);
  J.forEach((j, i) => bd.push([T.length + i + 1, j[0], "分", j[1], j[2], j[3], j[4]]));
  bd.push(padRow(["填表：大埔县商务局电商股　罗××　　2021年9月7日"], BW));
  bM.push(`A${bd.length}:G${bd.length}`);
  for (const r of bd) assert(r.length === BW, "c1 bd width");

  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": 15, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const NAMES = { "org.leadership": "组织领导", "org.plan": "方案制定", "org.policy": "政策支持", "org.management": "项目管理", "work.center": "服务体系建设（县级中心、产业园）",
    "work.coverage": "服务体系建设（村级站点）", "work.upward": "农村产品上行", "work.training": "电商人才培训", "info.disclosure": "信息公开", "info.reporting": "数据上报",
    "promo.cases": "案例总结", "promo.media": "经验推广", "fund.system": "制度建立", "fund.ledger": "资金台账", "fund.spending": "资金支出", "bonus.poorTraining": "加分：贫困人口培训率70%以上",
    "bonus.tvCase": "加分：电商扶贫典型案例电视播报" };
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const ir = [padRow(["大埔县考评自评得分"], 4), ["序号", "评价指标", "权重", "自评得分"]];
  Object.keys(claimed).forEach((id, i) => ir.push([i + 1, NAMES[id], MAX[id], claimed[id]]));
  const cScored = sum(SCORED.map(([id]) => claimed[id]));
  ir.push([null, "合计", 100, `${cScored}＋${claimed["bonus.tvCase"]}`]);
  assert(cScored === 96, "c1 claimed " + cScored);

  const centerPts = 2 + ("2021-02-28" <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + 1;
  const covPts = 5 + 3;
  const R19 = 512000000, R20 = 665600000;
  assert((R20 - R19) * 100 === 30 * R19, "c1 growth exactly 30%");
  assert((630000000 - R19) * 100 < 30 * R19, "c1 the old value would fail");
  const upPts = 2 + 2 + 1 + 1 + 1 + 2;
  assert(599 * 100 === 50 * 1198 && PT * 1000 < 341000 * 10, "c1 training edges");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 4, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && upPts === 9, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 91, "c1 scored " + scored);
  const bonus = 1;
  const derivation = [
    "org.leadership: 《基础数据》2021年列“原副县长，现县委副书记、县长”取现值（主要领导）；成员单位有商务、财政、农业农村、乡村振兴 → 2（2019、2020年列的副县长不算）",
    "org.plan: 方案已印发；方案制定2021年列2 → 2",
    "org.policy: 政策已出台；政策支持2021年列“原2，现1” → 1",
    "org.management: 项目管理制度2＋工作台账2 → 4（2020年列的1不算）",
    `work.center: 运营日期“原2021年3月8日，现2021年2月28日”取2021-02-28 ≤ 截止日 → 建成2；正好等于2021-02-28（截止日前6个月） → 运行6个月2；免费培训2、展示销售1、摄影美工1（2021年列“是”）、品牌推广1；衍生服务“原是，现否” → 0；产业园2；《入驻企业》22行：2021-06-15退出的不算、2021.9.1入驻的不算、2021年8月31日入驻的算 → 在园${inPark.length}家 ≥ 20 → 2；类型平台／销售／物流（含快递、仓储物流）／直播电商 ≥ 3 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》行政村216个（社区9个不算） → 基数取200；《站点清单》截止日前有站的行政村${covered.size}个（同村两站算一次，社区服务点不算，2021.9.1挂牌的不算，2021年8月31日挂牌的算） → 140/200 = 70.0% ≥ 70% → 5（若不封顶140/216 = 64.8%只得2；少了8月31日那站139/200 = 69.5%只得2）；省定贫困村27个有站26个（第27个2021.9.1才挂牌） → 96.3% → 3；合计8`,
    "work.upward: 网销调研2、网络促销“原1，现2” → 2；第三方1；《村居名单》“快递到村”全部“√” → 1；标准溯源1；农村网络零售额2019年5.12亿元、2020年“原6.3，现6.656”取6.656亿元 → 增长正好30.0% → 2（按原值6.3只有23.0%）；合计9",
    `work.training: 常住人口2021年列“原34.1，现32.68”万人取326,800 → 1% = 3,268人次；《培训台账》截止日前各期人次合计${fmtInt(PT)}（2021年8月31日一期算，2021.9.2一期96人次和合计行不算） → 正好1.00% → 10（按原值34.1万只有0.96%得8）；贫困人口2021年列“现1,198”“现599” → 599/1198 = 50.0% → 10；合计20`,
    "info.disclosure: 创建方案、项目信息、建设进度“是”，监督举报窗口“原否，现是” → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《报送记录》缺2021年1月，11个月 → 不定时1；能统计电商扶贫情况“是” → 3；合计4",
    "promo.cases: 《经验材料》2021-07-20报送 → 2",
    "promo.media: 截止日前省级（南方日报、广东广播电视台）4＋市级（梅州日报）3＋县级（大埔县融媒体中心）1 → 8（中央电视台2021-09-01的不算）",
    "fund.system: 资金管理制度自评4 → 4",
    "fund.ledger: 资金台账2021年列“原4，现5” → 5",
    `fund.spending: 《资金台账》截止日前拨付${fmtMoney(spent)}元（含2021-08-31的235,000.00；2021/9/2的260,000.00和合计行不算）/ 下达500万元 = 70.0%，不低于70% → 及时拨付自评4 → 4（少了8月31日那笔只有65.3%，要倒扣5）`,
    "bonus.poorTraining: 599/1198 = 50.0% < 70% → 0",
    "bonus.tvCase: 广东广播电视台2021-08-31播出电商扶贫典型案例（省级电视） → 1；中央电视台那条2021-09-01，在截止日后，不算国家级",
    "veto.incident: 无 → 不否决",
    "veto.progress: 总体进度“原68%，现86%”取86% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      "梅州大埔县商务局电商股的整本考评工作簿（11个表），91分＋加分1＝92分、未否决。主题是“沿用去年模板”：《基础数据》是2020年中期评估的模板，原有2019年、2020年两列，新增“2021年（截至8月31日）”列和“变更说明”列，本次改过的数在格里写成“原34.1，现32.68”“原副县长，现县委副书记、县长”“原是，现否”，只以2021年列的现值为准（零售额一行2019、2020年列就是当年数，2020年格里也有“原6.3，现6.656”，2021年列是1—8月数）；主观项自评也在同一张表里（2019年列“—”，2020年列是中期自评）。另有一张简单的自评得分表。边界：常住人口现值32.68万，培训台账截止日前正好3,268人次＝1%（按原值34.1万只得8分）；行政村216个按200封顶，140个有站正好70%，其中一站2021年8月31日挂牌；贫困村26/27；中心运营日期现值正好2021年2月28日；在园企业正好20家（8月31日入驻的算、9月1日的不算）；农村网零按现值增长正好30%；贫困人口培训599/1198＝50%；资金截止日前正好350万元＝70%（靠8月31日一笔）；省级电视典型案例8月31日播出得1分，中央台9月1日的不算。",
    sheets: [
      { name: "基础数据", rows: bd, merges: bM },
      { name: "自评得分", rows: ir, merges: ["A1:D1"] },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点清单", rows: sRows, merges: ["A1:G1"] },
      { name: "培训台账", rows: gRows, merges: ["A1:F1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "报送记录", rows: rRows, merges: ["A1:D1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:C1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}
// =====================================================================================================
// f1 — 茂名市化州市: 上年模板，新的“2021年（本次填报）”列插在2019年列之前；“现：…（原：…）”、“同2020年”、变更说明列
// =====================================================================================================
function buildF1() {
  const W = 7;
  const rows = [padRow(["化州市电子商务进农村综合示范考评数据表"], W),
    padRow(["填报单位：化州市商务局　　　数据截止：2021年8月31日　　（本表沿用2020年报表，新增“2021年”列插在最前；改动的数写“现：…（原：…）”）"], W),
    ["序号", "项目", "计量单位", "2021年（本次填报）", "2019年", "2020年", "变更说明"]];
  const merges = ["A1:G1", "A2:G2"];
  const T = [
    ["常住人口", "万人", "现：128.92（原：139.6）", 138.7, 139.6, "按第七次全国人口普查结果"],
    ["行政村", "个", "同2020年", 378, 382, "2020年村级建制调整后382个"],
    ["省定贫困村", "个", 43, 43, 43, null],
    ["领导小组组长", "—", "现：副市长（原：市长）", "市长", "市长", "2021年5月领导小组调整，由分管副市长任组长"],
    ["领导小组成员单位", "—", "商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政管理局", "商务局、财政局、农业局、扶贫办", "商务局、财政局、农业农村局、扶贫办", null],
    ["示范县工作方案正式印发", "—", "√", "√", "√", null],
    ["出台支持农村电商发展政策", "—", "√", "×", "√", null],
    ["县级电商公共服务中心投入运营时间", "—", "同2020年", "—", "2020.7.16", null],
    ["免费培训场所、培训设备", "—", "√", "—", "√", null],
    ["特色农产品免费展示、销售", "—", "√", "—", "√", null],
    ["免费摄影、美工服务", "—", "现：√（原：×）", "—", "×", "2021年3月引进摄影团队"],
    ["农产品统一推广、品牌建设指导", "—", "√", "—", "√", null],
    ["其他衍生增值服务", "—", "√", "—", "√", null],
    ["电商产业园", "—", "√", "×", "√", null],
    ["第三方电子商务运营或服务商", "—", "√", "√", "√", null],
    ["行政村物流快递覆盖率", "%", "100%", "91.3%", "97.4%", null],
    ["农村网络零售额", "亿元", "—", 18.65, 22.38, "2021年度数未发布"],
    ["农产品网络零售额", "亿元", "—", 4.12, "现：5.41（原：5.02）", "2020年数按省商务厅反馈更正"],
    ["电商培训人次（累计）", "人次", "14,327", "2,105", "8,640", null],
    ["有劳动能力建档立卡贫困人口（不含外出务工）", "人", "现：4,816（原：5,302）", "5,611", "5,302", "剔除外出务工486人"],
    ["参加电商培训的建档立卡贫困人口", "人", "2,655", 388, "1,470", null],
    ["专栏公示创建方案", "—", "√", "√", "√", null],
    ["专栏公示项目基本信息", "—", "√", "×", "√", null],
    ["专栏公示项目建设进度", "—", "√", "×", "√", null],
    ["专栏征求意见或监督举报窗口", "—", "现：√（原：×）", "×", "×", "2021年4月增设监督举报邮箱"],
    ["电商扶贫情况统计", "—", "√", "×", "√", null],
    ["下达省级专项资金（累计）", "万元", 500, "—", 500, null],
    ["累计拨付资金", "万元", "现：412.8（原：398.6）", "—", 126.3, "含8月31日拨付第三批物流补助14.2万元"],
    ["项目总体进度", "%", "91%", "—", "52%", null],
    ["安全生产、质量事故", "—", "无", "无", "无", null],
    ["弄虚作假", "—", "无", "无", "无", null],
    ["方案制定自评（1-2分）", "分", 2, "—", 2, null],
    ["政策支持自评（1-2分）", "分", 2, "—", 1, null],
    ["项目管理制度自评（1-2分）", "分", 2, "—", 2, null],
    ["工作台账自评（1-2分）", "分", "现：1（原：2）", "—", 2, "验收资料未归档完整"],
    ["网销调研自评（1-2分）", "分", 2, "—", 1, null],
    ["网络促销活动自评（1-2分）", "分", 2, "—", 2, null],
    ["交易标准与冷链溯源自评（1-2分）", "分", 1, "—", 1, null],
    ["资金管理制度自评（1-5分）", "分", 4, "—", 4, null],
    ["资金台账自评（1-5分）", "分", 4, "—", 3, null],
    ["资金及时拨付自评（1-5分）", "分", "现：4（原：5）", "—", 3, "按市局意见调整"],
  ];
  T.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2], t[3], t[4], t[5]]));
  rows.push(padRow(["填表人：李××　　审核：梁××　　2021年9月6日"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(4128000 / 5000000 > 0.7 && (541000000 - 412000000) * 100 >= 30 * 412000000, "f1 sanity");
  return {
    description:
      "茂名化州市商务局把去年报市局的《考评数据表》拿来改：原有2019年、2020年两列，新加的“2021年（本次填报）”列插在项目后面、2019年列前面（年份列顺序是2021｜2019｜2020），最右是变更说明；改过的数写成“现：128.92（原：139.6）”“现：副市长（原：市长）”“现：√（原：×）”，两处2021年格只写“同2020年”（行政村382个、中心运营日期2020.7.16），要回到2020年列取值；零售额两行2021年列是“—”，2019、2020年列就是当年数，其中2020年农产品网零也有“现：5.41（原：5.02）”。√/×表示是否，主观项自评排在同一张表最后（2019年列“—”），只取2021年列。组长现为分管副市长。",
    sheets: [{ name: "考评数据", rows, merges }],
    expect: {
      facts: {
        county: "化州市", asOf: "2021-08-31", residentPopulation: 1289200, adminVillagesStated: 382, poorVillagesStated: 43, planIssued: true, policyIssued: true,
        centerOpened: "2020-07-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1865000000, ruralRetail2020: 2238000000, agriRetail2019: 412000000, agriRetail2020: 541000000,
        trainingPersonTimesStated: 14327, eligiblePoorPersonsStated: 4816, trainedPoorPersonsStated: 2655,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4128000, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 江门市恩平市: 《自评计算底稿》：一指标一行，事实都写在“计算过程”算式里（÷、＝、≥、→），末列自评分
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [padRow(["恩平市电子商务进农村综合示范考评自评计算底稿"], W),
    padRow(["（电商股内部底稿，数据口径截至2021年8月31日）"], W),
    ["序号", "评价指标（权重）", "计算过程", "自评分", "依据材料"]];
  const merges = ["A1:E1", "A2:E2"];
  const X = [
    ["组织领导（2）", "领导小组组长：市委副书记、市长（主要领导）；成员单位：商务、财政、农业农村、乡村振兴等12个部门 → 2分", 2, "恩府办〔2019〕33号"],
    ["方案制定（2）", "《恩平市电子商务进农村综合示范工作方案》已正式印发；因地制宜、可操作（1-2分）自评2分 → 2分", 2, "恩府办〔2020〕8号"],
    ["政策支持（2）", "已出台《恩平市扶持农村电子商务发展暂行办法》；落实一般（1-2分）自评1分 → 1分", 1, null],
    ["项目管理（4）", "项目管理制度（1-2分）2分 ＋ 工作台账（1-2分）1分 ＝ 3分", 3, "项目管理办法、工作台账"],
    ["服务体系建设：县级中心与产业园（15）", "中心2020年10月20日投入运营，至2021年8月31日已运行10个月 → 2＋2；免费培训场所设备2＋免费展示销售1＋免费摄影美工1＋统一推广品牌建设1＋其他衍生增值服务0（未开展）＋电商产业园2＋入驻企业23家≥20 → 2＋企业类型4种≥3 → 1 ＝ 14分", 14, "中心运营台账、入驻企业名单"],
    ["服务体系建设：村级站点（10）", "已建站行政村91个 ÷ 行政村121个 ＝ 75.2% ≥ 70% → 5分；省定贫困村15个全部建站，15 ÷ 15 ＝ 100% → 5分；合计10分", 10, "站点清单"],
    ["农村产品上行（10）", "网销调研（1-2分）2 ＋ 网络促销（1-2分）1 ＋ 有第三方运营服务商1 ＋ 行政村快递覆盖率100% → 1 ＋ 交易标准与冷链溯源（1-2分）1 ＋ 增速：2020年农村网络零售额9.87亿元 ÷ 2019年7.46亿元 − 1 ＝ 32.3% ≥ 30% → 2 ＝ 8分", 8, "调研报告、省商务厅反馈数"],
    ["电商人才培训（20）", "培训5,236人次 ÷ 常住人口48.37万人 ＝ 1.08% ≥ 1% → 10分；参训建档立卡贫困人口1,093人 ÷ 有劳动能力贫困人口（不含外出务工）2,014人 ＝ 54.3% ≥ 50% → 10分；合计20分", 20, "培训台账、市乡村振兴局核定数"],
    ["信息公开（4）", "专栏公示创建方案√、项目基本信息√、建设进度√、监督举报窗口√ → 2分；近12个月每月更新 → 2分；合计4分", 4, "专栏截图"],
    ["数据上报（6）", "每月向江门市商务局报送 → 3分；能统计电商扶贫情况 → 3分；合计6分", 6, "报送记录"],
    ["案例总结（2）", "2021年6月向市商务局报送经验材料1篇 → 2分", 2, null],
    ["经验推广（8）", "省级（南方日报）4 ＋ 市级（江门日报）3 ＋ 县级（恩平市融媒体中心）1 ＝ 8分", 8, "报道截图"],
    ["制度建立（5）", "已制定《恩平市省级电子商务进农村综合示范专项资金管理办法》；落实较好（1-5分）自评4分 → 4分", 4, null],
    ["资金台账（5）", "承建方已建立资金专用台账，账目完整（1-5分）自评4分 → 4分", 4, null],
    ["资金支出（5）", "已拨付372.5万元 ÷ 下达500万元 ＝ 74.5% ≥ 70%；及时拨付（1-5分）自评4分 → 4分", 4, "拨付凭证"],
    ["加分：贫困人口培训率（2）", "54.3% < 70% → 0分", 0, null],
    ["加分：电视播报（2）", "《恩平簕菜带富一方》2021年5月获广东广播电视台播出（省级） → 1分", 1, "播出截图"],
    ["一票否决", "无安全生产、质量事故；项目总体进度88%，不低于40%；无弄虚作假 → 不否决", null, null],
  ];
  assert(Math.abs(5236 / 483700 - 0.0108) < 0.00005 && Math.abs(1093 / 2014 - 0.543) < 0.0005 && Math.abs(9.87 / 7.46 - 1.323) < 0.0005 && Math.abs(3725000 / 5000000 - 0.745) < 1e-9
    && Math.abs(91 / 121 - 0.752) < 0.0005, "f2 arithmetic");
  X.forEach((x, i) => rows.push([i + 1, x[0], x[1], x[2], x[3]]));
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  Object.keys(claimed).forEach((id, i) => assert(X[i][2] === claimed[id], "f2 claimed " + id));
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 92, "f2 total " + tot);
  rows.push([null, "合计", `基本分${tot} ＋ 加分1 ＝ ${tot + 1}分`, tot + 1, null]);
  rows.push(padRow(["核算：吴××　　复核：冯××"], W));
  merges.push(`A${rows.length}:E${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "江门恩平市商务局电商股的《自评计算底稿》：一指标一行，序号｜评价指标（权重）｜计算过程｜自评分｜依据材料，事实不单列，都写在“计算过程”的算式和箭头里——“培训5,236人次 ÷ 常住人口48.37万人 ＝ 1.08% ≥ 1% → 10分”“已建站行政村91个 ÷ 行政村121个”“2020年农村网络零售额9.87亿元 ÷ 2019年7.46亿元 − 1 ＝ 32.3%”“已拨付372.5万元 ÷ 下达500万元”，十项中心清单写成一串“2＋1＋1＋…”（衍生增值服务0：未开展），主观分写成“（1-2分）自评2分”；91个、23家、10个月、74.5%、54.3%等是中间结果，不是填报项。否决项一行只有文字（进度88%）。自评分列是县里的自评，合计写“基本分92 ＋ 加分1 ＝ 93分”。市长任组长，四个部门都在。",
    sheets: [{ name: "自评计算底稿", rows, merges }],
    expect: {
      facts: {
        county: "恩平市", asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-10-20", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true, adminVillagesStated: 121, poorVillagesStated: 15, thirdPartyOperator: true,
        expressCoverage: true, ruralRetail2020: 987000000, ruralRetail2019: 746000000, ruralRetailGrowthStated: 0.323, trainingPersonTimesStated: 5236,
        residentPopulation: 483700, trainedPoorPersonsStated: 1093, eligiblePoorPersonsStated: 2014, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, fundSpentStated: 3725000,
        fundAllocated: 5000000, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市惠来县: Word《基础信息表》整段粘进A列：每行“序号．项目…………值”，标签和值在同一格，用省略号引导线隔开
// =====================================================================================================
function buildF3() {
  const L = (no, label, value, n) => `${no}．${label}${"…".repeat(n)}${value}`;
  const items = [
    "惠来县电子商务进农村综合示范考评基础信息表",
    "（统计截止：2021年8月31日　　填报日期：2021年9月6日）",
    "一、基本情况",
    ["县（市、区）", "惠来县"],
    ["常住人口", "101.14万人"],
    ["行政村", "296个（另有社区40个）"],
    ["省定贫困村", "58个"],
    "二、组织领导",
    ["领导小组组长", "县委常委、副县长"],
    ["成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县邮政管理局"],
    ["示范县工作方案", "已印发（惠府办函〔2020〕56号）"],
    ["支持农村电商发展的政策", "已出台"],
    "三、服务体系",
    ["县电子商务公共服务中心投入运营时间", "2021年1月15日"],
    ["免费培训场所及设备", "有"],
    ["农产品免费展示、销售服务", "有"],
    ["免费摄影、美工服务", "无"],
    ["农产品统一推广、品牌建设指导", "有"],
    ["其他衍生增值服务", "有"],
    ["电商产业园", "已建（惠来县电商产业园，入驻企业18家）"],
    ["第三方电商运营服务商", "有"],
    ["行政村快递物流覆盖率", "100%"],
    "四、农村产品上行",
    ["2019年农村网络零售额", "12.6亿元"],
    ["2020年农村网络零售额", "15.9亿元"],
    ["2019年农产品网络零售额", "3.85亿元"],
    ["2020年农产品网络零售额", "5.12亿元"],
    "五、人才培训",
    ["电商培训人次（截至8月31日）", "5,843人次"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "3,967人"],
    ["其中已参加电商培训", "1,652人"],
    "六、信息公开与报送",
    ["政府网专栏已公示", "创建方案、项目基本信息、项目建设进度"],
    ["征求意见或监督举报窗口", "未设立"],
    ["电商扶贫情况统计", "能统计"],
    "七、资金",
    ["下达省级专项资金", "500万元"],
    ["已拨付资金（截至8月31日）", "318.6万元"],
    ["项目总体进度", "82%"],
    "八、主观项自评",
    ["方案制定（1-2分）", "2分"],
    ["政策支持（1-2分）", "1分"],
    ["项目管理制度（1-2分）", "1分"],
    ["工作台账（1-2分）", "1分"],
    ["农产品网销调研（1-2分）", "1分"],
    ["网络促销活动（1-2分）", "2分"],
    ["交易标准与冷链溯源（1-2分）", "1分"],
    ["资金管理制度（1-5分）", "3分"],
    ["资金台账（1-5分）", "4分"],
    ["资金及时拨付（1-5分）", "3分"],
    "九、一票否决事项",
    ["安全生产、质量事故或重大损失", "无"],
    ["弄虚作假", "无"],
    "填表人：陈××　　联系电话：0663-66×××××",
  ];
  const rows = [];
  let no = 0;
  for (const it of items) {
    if (typeof it === "string") rows.push([it]);
    else {
      no++;
      const width = it[0].length * 2 + String(no).length;
      rows.push([L(no, it[0], it[1], Math.max(4, 44 - width + rint(-3, 3)))]);
    }
  }
  return {
    description:
      "揭阳惠来县商务局把Word版《考评基础信息表》整篇复制粘贴进Excel，全部文字落在A列一格一行：节标题“一、基本情况”……“九、一票否决事项”，每项一行写成“5．常住人口……………………101.14万人”，标签和值在同一格里，中间是长短不一的省略号引导线（Word目录式的点线），单位跟在值后面；值里夹着括号注释（“296个（另有社区40个）”“已印发（惠府办函〔2020〕56号）”“已建（…入驻企业18家）”）；专栏公示内容写成一串“创建方案、项目基本信息、项目建设进度”，监督举报窗口单独一行“未设立”；主观项写“2分”。抬头一行有统计截止日和填报日期（后者不是事实）。组长是县委常委、副县长（分管领导）。",
    sheets: [{ name: "Sheet1", rows }],
    expect: {
      facts: {
        county: "惠来县", asOf: "2021-08-31", residentPopulation: 1011400, adminVillagesStated: 296, poorVillagesStated: 58, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-15", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1260000000, ruralRetail2020: 1590000000, agriRetail2019: 385000000, agriRetail2020: 512000000,
        trainingPersonTimesStated: 5843, eligiblePoorPersonsStated: 3967, trainedPoorPersonsStated: 1652, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3186000, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 1, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 3, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}
// =====================================================================================================
// l1 — 河源市紫金县: 沿用2020年台账模板：村居名单“快递到村”分2019｜2020｜2021三列＋变更说明；站点挂牌时间、培训人次格里“原…现…”
// =====================================================================================================
function buildL1() {
  const TOWNS = [["龙窝镇", 9, ["龙窝社区"]], ["九和镇", 8, []], ["蓝塘镇", 10, ["蓝塘社区"]], ["凤安镇", 7, []]];
  const vn = villageNamer("上下新黄石龙东西南大坪高", "坑塘岭坝洞围背輋寨田湖");
  const VW = 10;
  const vRows = [padRow(["紫金县行政村（社区）名单（龙窝、九和、蓝塘、凤安四镇）"], VW),
    padRow(["说明：沿用2020年名单模板，新增“2021年”列；2021年有变化的格写“原×，现√”，以现为准。"], VW),
    ["序号", "镇", "村（居）委会", "类别", "省定贫困村", "快递物流到村", null, null, "变更说明", "备注"],
    [null, null, null, null, null, "2019年", "2020年", "2021年", null, null]];
  const vM = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4", "J3:J4"];
  const vRecs = [];
  const admins = [];
  let no = 0;
  for (const [t, n, comms] of TOWNS) {
    const names = [];
    for (let i = 0; i < n; i++) names.push(vn());
    const poorIdx = new Set(shuffle(names.map((_, i) => i)).slice(0, 2));
    names.forEach((nm, i) => {
      no++;
      const poor = poorIdx.has(i);
      let y19 = "√", y20 = "√", y21 = "√", note = null, express = true;
      if (no % 5 === 2) { y19 = "×"; y20 = "×"; y21 = "原×，现√"; note = "2021年4月邮政快递进村"; }
      else if (no % 7 === 3) { y19 = "×"; y20 = "√"; }
      if (no === 19) { y19 = "×"; y20 = "×"; y21 = "×"; note = "山区村，快递到镇自取"; express = false; }
      if (no === 27) { y19 = "√"; y20 = "√"; y21 = "原√，现×"; note = "合作快递网点2021年6月撤点"; express = false; }
      vRows.push([no, t, nm, "行政村", poor ? "是" : "否", y19, y20, y21, note, null]);
      vRecs.push({ name: nm, admin: true, poor, express });
      admins.push({ town: t, name: nm, poor });
    });
    for (const c of comms) {
      no++;
      vRows.push([no, t, c + "居委会", "社区", null, "√", "√", "√", null, "不计入行政村"]);
      vRecs.push({ name: c, admin: false, express: true });
    }
  }
  noStemClash(admins.map((v) => v.name), ["龙窝社区", "蓝塘社区"], "l1");
  assert(vRecs.filter((r) => r.express === false).length === 2 && no >= 27, "l1 villages");
  for (const r of vRows) assert(r.length === VW, "l1 v width");

  // 站点
  const SW = 8;
  const sRows = [padRow(["紫金县村级电商服务站点台账"], SW), ["序号", "镇", "站点名称", "所在行政村", "站长", "联系电话", "挂牌时间", "变更说明"]];
  const sRecs = [];
  const pick = admins.filter((v) => v.poor).concat(shuffle(admins.filter((v) => !v.poor)).slice(0, 14));
  pick.sort((a, b) => cmp(a.town, b.town));
  pick.forEach((v, i) => {
    let d = randIsoBetween("2020-01-10", "2021-08-20");
    let cell = dateCell(d, i);
    let note = null;
    if (i === 3) { d = "2021-08-27"; cell = "原2021.9.6，现2021.8.27"; note = "原填揭牌日，改为实际运营日"; }
    if (i === 8) { d = "2020-11-05"; cell = "原2020年10月，现2020年11月5日"; note = "核对挂牌照片后更正"; }
    if (i === 12) { d = "2021-09-03"; cell = "2021.9.3"; note = "2021年新建"; }
    sRows.push([i + 1, v.town, `${v.name.replace(/村$/, "")}村电商服务站`, i % 3 === 1 ? v.name.replace(/村$/, "村委会") : v.name, personName(), mask(phone()), cell, note]);
    sRecs.push({ village: v.name, opened: d });
  });

  // 培训（一期一行，人次）
  const TW = 7;
  const tRows = [padRow(["紫金县农村电商培训台账（2019—2021年）"], TW), ["序号", "年度", "培训日期", "培训内容", "培训地点", "人次", "变更说明"]];
  const tRecs = [];
  const topics = ["电商基础", "网店运营", "紫金蝉茶网络营销", "短视频拍摄", "直播带货", "农产品包装"];
  const ds = [];
  for (let i = 0; i < 14; i++) ds.push(randIsoBetween("2019-11-01", "2021-08-25"));
  ds.sort(cmp);
  ds.forEach((d, i) => {
    let pt = rint(45, 130);
    let ptCell = pt;
    let note = null;
    if (i === 4) { ptCell = `原${pt - 7}，现${pt}`; note = "补录签到表7人"; }
    if (i === 10) { ptCell = `原${pt + 12}，现${pt}`; note = "剔除重复签到12人"; }
    tRows.push([i + 1, `${d.slice(0, 4)}年`, i % 2 ? dotDate(d) : D(d), topics[i % topics.length], i % 3 ? `${TOWNS[i % 4][0]}文化站` : "县电商公共服务中心", ptCell, note]);
    tRecs.push({ date: d, personTimes: pt });
  });
  tRows.push(["合计", null, null, null, null, sum(tRecs.map((r) => r.personTimes)), null]);

  const nRows = [["修改说明"], ["1．本册台账沿用2020年中期评估时的模板，2021年9月更新。"], ["2．改动过的数据在原格中写“原…，现…”，“现”为本次核实后的数据；原因写在“变更说明”列。"],
    ["3．村居名单快递到村情况以2021年列为准，2019年、2020年列保留备查。"], ["4．经办人：紫金县商务局电商股 钟××"]];
  return {
    description:
      "河源紫金县商务局电商股的台账册（四个表），整本是去年中期评估模板改用：①《村居名单》两行表头，“快递物流到村”下分2019年｜2020年｜2021年三列，另有变更说明列；2021年格里写“原×，现√”“原√，现×”（一个村快递网点撤了），只按2021年现值算是否覆盖，2019、2020年列的×不算；社区写“××社区居委会”。②《站点台账》挂牌时间格里有“原2021.9.6，现2021.8.27”“原2020年10月，现2020年11月5日”，取现值；另有一站2021.9.3（仍是一条记录）。③《培训台账》一期一行有人次列，两期人次写成“原…，现…”（补录、剔重），表末合计行。④《修改说明》不是台账。",
    sheets: [
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点台账", rows: sRows, merges: ["A1:H1"] },
      { name: "培训台账", rows: tRows, merges: ["A1:G1"] },
      { name: "修改说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "培训台账": { kind: "training", records: tRecs },
        "修改说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 揭阳市揭西县: 贫困劳动力台账（劳动技能四类、户主｜成员）、报送记录（年份为行、1—12月为列，沿用上年加一行2021年）、宣传报道（两位年份）
// =====================================================================================================
function buildL2() {
  const REG = "445222";
  const vil = ["五云村", "良田村", "坪上村", "京溪园村", "上砂村"];
  const pRows = [padRow(["揭西县建档立卡贫困劳动力台账（节选：五云镇、良田乡、坪上镇）"], 8), ["序号", "户主姓名", "姓名", "与户主关系", "身份证号码", "劳动技能", "是否外出务工", "所在村"]];
  const pRecs = [];
  let no = 0;
  for (let h = 0; h < 9; h++) {
    const head = personName();
    const sur = head[0];
    const size = rint(2, 4);
    for (let k = 0; k < size; k++) {
      no++;
      const rel = k === 0 ? "户主" : ["配偶", "之子", "之女"][rint(0, 2)];
      const birth = k === 0 ? birthBetween(1958, 1980) : rel === "配偶" ? birthBetween(1960, 1982) : birthBetween(1990, 2004);
      const id = makeId(REG, birth, rel === "之女" || rel === "配偶" ? false : true, no % 6 === 2 ? true : undefined);
      const cat = ["普通劳动力", "普通劳动力", "技能劳动力", "丧失劳动力", "无劳动力", "普通劳动力"][(no * 7 + h) % 6];
      const labour = /普通|技能/.test(cat);
      const mig = labour ? (no % 3 === 0 ? "是" : "否") : null;
      pRows.push([no, k === 0 ? head : null, k === 0 ? head : rel === "配偶" ? personName() : sur + personName().slice(1), rel, isX(id) && no % 4 ? id.slice(0, 17) + "x" : id, cat, mig, vil[h % 5]]);
      pRecs.push({ id, labour, migrant: mig === null ? null : mig === "是" });
    }
  }
  assert(pRecs.some((r) => r.migrant === null) && pRecs.some((r) => r.id.endsWith("X")), "l2 persons variety");

  // 报送：年份为行，月为列；2019、2020年两行是上年表里的，2021年新加
  const RW = 15;
  const rRows = [padRow(["揭西县向揭阳市商务局报送示范创建工作情况登记表"], RW),
    padRow(["（沿用2020年登记表，新增2021年一行；格内为报送日，“√”为当月已报但日期未记）"], RW),
    ["年度"].concat(CN_NUM.slice(1, 13).map((m) => `${m}月`), ["合计", "变更说明"])];
  const rRecs = [];
  const plan = { 2019: [11, 12], 2020: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], 2021: [1, 2, 3, 4, 5, 6, 7, 8] };
  for (const y of [2019, 2020, 2021]) {
    const row = [`${y}年`];
    let n = 0;
    for (let m = 1; m <= 12; m++) {
      if (!plan[y].includes(m) || (y === 2020 && m === 2)) { row.push(null); continue; }
      const mm = String(m).padStart(2, "0");
      if ((y === 2020 && m === 5) || (y === 2021 && m === 3)) { row.push("√"); rRecs.push({ date: `${y}-${mm}` }); n++; continue; }
      const d = rint(24, 28);
      row.push(`${d}日`);
      rRecs.push({ date: `${y}-${mm}-${String(d).padStart(2, "0")}` });
      n++;
    }
    row.push(n, y === 2021 ? "2021年新增" : y === 2020 ? "2月因疫情未报" : "11月启动创建");
    rRows.push(row);
  }
  for (const r of rRows) assert(r.length === RW, "l2 r width");

  const MD = [["2020-10-13", "揭西县融媒体中心", "县级", "网络", "揭西茶农搭上电商快车", "county", false],
    ["2020-12-21", "揭阳日报", "市级", "报纸", "揭西：村村有站点，山货出山快", "city", false],
    ["2021-04-09", "揭阳广播电视台", "市级", "电视", "揭西擂茶线上走俏", "city", true],
    ["2021-06-30", "广东广播电视台", "省级", "电视、网络", "揭西脱贫户直播带货记", "province", true],
    ["2021-09-08", "南方＋客户端", "省级", "网络", "揭西电商进农村综合示范见成效", "province", false]];
  const mRows = [padRow(["揭西县电商进农村宣传报道情况"], 6), ["序号", "报道日期", "媒体", "媒体级别", "报道形式", "标题"]];
  MD.forEach((m, i) => mRows.push([i + 1, i % 2 ? twoDot(m[0]) : twoSlash(m[0]), m[1], m[2], m[3], m[4]]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[5], tv: m[6] }));
  return {
    description:
      "揭阳揭西县商务局的台账工作簿（三个表）：①《贫困劳动力台账》按户排，户主姓名只在每户第一行，姓名｜与户主关系｜身份证号码（有的末位小写x）｜劳动技能（普通劳动力、技能劳动力算有劳动能力；丧失劳动力、无劳动力算没有）｜是否外出务工（没有劳动能力的人这一格空着，不是“否”）。②《报送登记》沿用去年的登记表、加了一行2021年：年份为行，1月—12月为列，格里写报送日“26日”，两格只打“√”（当月报了但没记日期，只到月），2020年2月空着，右边合计列和变更说明列。③《宣传报道》日期是两位年份“20/10/13”“20.12.21”，报道形式有“电视、网络”，最后一条南方＋2021年9月报道（仍是一条记录）。",
    sheets: [
      { name: "贫困劳动力台账", rows: pRows, merges: ["A1:H1"] },
      { name: "报送登记", rows: rRows, merges: ["A1:O1", "A2:O2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "贫困劳动力台账": { kind: "poorPersons", records: pRecs },
        "报送登记": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
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
write("counties", "b251-c1-dabu.json", c1);
write("facts", "b251-f1-huazhou.json", f1);
write("facts", "b251-f2-enping.json", f2);
write("facts", "b251-f3-huilai.json", f3);
write("ledgers", "b251-l1-zijin.json", l1);
write("ledgers", "b251-l2-jiexi.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
