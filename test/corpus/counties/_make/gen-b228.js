// Batch 228 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b222.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (228228), no clock. Run: node test/corpus/_b228/gen-b228.js
//
// c1 始兴县 (韶关): the facts sheet is a《自评打分表（评分档次勾选式）》— every 评分标准 tier / item on its own row (档次｜分值｜
//    是否达到 √/×｜得分), indicator and 指标得分 merged down (claimed), evidence in a 自评依据 column; a 基本数据 block of
//    “标签：值” single cells above. Ledgers: 村居名单 with 镇 section rows instead of a 镇 column (one village 快递 ×), stations
//    with a two-row Word header, stacked per-session 签到表 blocks (one 腾讯会议 block with masked IDs), a 国扶-style poor list,
//    a park roll with one firm listed twice after a rename (same credit code), 万元 funds with a 元 cell, months-as-columns reports.
// f1 梅县区 (梅州): the 区 commerce bureau's《挂图作战表》— tasks as rows, months as columns under a merged year row; a cell
//    holds only the day and the event (“16日 正式投入运营”), the date is composed from the column; 状态 ●/◐/○, 当前值, 自评分.
// f2 濠江区 (汕头): a Word 基本情况表 pasted into Excel — 类别 and 项目 merged down, the meaning of a 子项 such as “2019年” or
//    “已参训” only from its merged parent; 备注 holds numbers that are not inputs.
// f3 云安区 (云浮): a《自评情况汇总》— one row per indicator, all its facts in one cell as “①要素：值；②…” lines, the clerk's
//    points as “得分／满分” text (“11／15”), bonus as “＋1”.
// l1 仁化县 (韶关): ① 宣传报道 as a month × media-level grid (several reports in a cell, day only, 【电视】 tag); ② 专栏更新 as
//    a year × month grid whose cells hold days (“8、22”) or ✓ (month only); ③ 月报 with 所属月份 and a 报送日期 typed as “1月6日”
//    (year rolls over); ④ 经验材料 with two-digit years; ⑤ 填表说明 (not a ledger).
// l2 坡头区 (湛江): ① the park roll turned on its side and printed in two bands (labels in A, one firm per column); ② funds in
//    万元 with quarter 小计 rows, a “86,400元” cell and full-width digits; ③ poor persons by household (户编号/户主 merged down,
//    国扶 劳动技能 / 务工状况 words); ④ a hidden 下拉选项 sheet (not a ledger).
//    cleaning cards and a 补办 card are not firms; ③ 封面 (not a ledger).
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
let seed = 228228;
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
    assert(/^b228-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b228-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b228-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市始兴县: 自评打分表（评分档次勾选式）＋ 10 个台账＋隐藏下拉表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["太平镇", "马市镇", "澄江镇", "顿岗镇", "罗坝镇", "司前镇", "隘子镇", "城南镇", "沈所镇", "深渡水瑶族乡"];
  const NV = [9, 12, 11, 10, 12, 11, 10, 9, 12, 8];
  const NC = [7, 1, 1, 1, 1, 1, 1, 0, 1, 0];
  const vn = villageNamer("石周新黄东西南北上下中高长坪塘岭江沙水花红", "坑陂岗洞田坝围口背塘坳头溪坪凹径");
  const cn = nameMaker("兴城墨江太和", "平华安宁丰源", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false, express: true });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cn(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 104 && comms.length === 14, "c1 villages " + adminV.length + "/" + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "太平镇")).slice(0, 17);
  for (const v of poorList) v.poor = true;
  const noExpress = adminV.filter((v) => v.town === "深渡水瑶族乡" && !v.poor)[0];
  noExpress.express = false;

  // ---------------- 村居名单: 镇 section rows
  const W = 6;
  const vRows = [padRow(["始兴县村（居）民委员会名单"], W), padRow(["（据县民政局2021年村（居）委会换届名册整理；省定贫困村据县乡村振兴局名单）"], W),
    ["序号", "村（居）委会名称", "类别", "省定贫困村", "快递进村", "备注"]];
  const vM = ["A1:F1", "A2:F2"];
  let seq = 0;
  const CN_SEC = "一二三四五六七八九十";
  const vName = new Map(); // village -> written form
  TOWNS.forEach((t, ti) => {
    const vs = villages.filter((v) => v.town === t);
    const na = vs.filter((v) => v.admin).length;
    const nc = vs.length - na;
    vRows.push(padRow([`${CN_SEC[ti]}、${t}（村委会${na}个${nc ? `、居委会${nc}个` : ""}）`], W));
    vM.push(`A${vRows.length}:F${vRows.length}`);
    for (const v of vs) {
      seq++;
      if (v.admin) {
        const w = seq % 5 === 0 ? v.name + "委会" : v.name.replace(/村$/, "村民委员会");
        vName.set(v.name, w);
        vRows.push([seq, w, "村", v.poor ? "是" : "否", v.express ? "√" : "×", v.express ? null : "快递未进村，村民到镇上取件"]);
      } else {
        vRows.push([seq, v.name.replace(/社区$/, "社区居民委员会"), "居", "—", "—", null]);
      }
    }
  });
  vRows.push(padRow([null, `合计：村民委员会${adminV.length}个，居民委员会${comms.length}个`], W));
  vRows.push(padRow(["注：类别“村”为行政村，“居”为社区居委会，居委会不计入行政村覆盖率。"], W));
  vM.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- 站点: covered exactly 73 of 104
  const stations = [];
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  for (const v of poorList) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-06-01", "2021-06-30") });
  for (const v of nonPoor.slice(0, 56)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-06-01", "2021-08-25") });
  // the month-only one (August, counts) and the cut-off day
  stations[stations.length - 1].opened = "2021-08";
  stations[stations.length - 2].opened = "2021-08-31";
  // second station in a covered village
  stations.push({ town: nonPoor[4].town, village: nonPoor[4].name, opened: randIsoBetween("2021-03-01", "2021-07-31"), second: true });
  // after the cut-off
  for (const v of nonPoor.slice(56, 59)) stations.push({ town: v.town, village: v.name, opened: ["2021-09-03", "2021-09-10", "2021-09-18"][stations.length % 3] });
  stations.push({ town: "太平镇", village: comms[0].name, opened: "2020-11-20", comm: true });
  stations.push({ town: "太平镇", village: comms[3].name, opened: "2021-04-12", comm: true });
  // a station of the 县城 logistics park, not in any village
  stations.push({ town: "太平镇", village: "县电商物流园", opened: "2020-12-01", outside: true });
  const covered = new Set();
  for (const s of stations) if (!s.comm && !s.outside && openedBy(s.opened, CUT)) covered.add(s.village);
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 73 && poorCovered === 17, "c1 coverage " + covered.size + "/" + poorCovered);
  const tIdx = (t) => TOWNS.indexOf(t);
  const sk = (s) => (s.opened.length === 7 ? s.opened + "-20" : s.opened);
  stations.sort((a, b) => tIdx(a.town) - tIdx(b.town) || cmp(sk(a), sk(b)));
  const SW = 8;
  const sRows = [padRow(["始兴县村级电子商务服务站点清单"], SW), padRow(["填报单位：始兴县商务局　　　　　　　　　　　　　　　　统计时间：2021年9月20日"], SW),
    ["序号", "站点基本情况", null, null, "运营情况", null, null, null],
    [null, "站点名称", "所在\n镇（乡）", "所在村\n（社区）", "挂牌\n时间", "负责人", "联系\n电话", "服务内容"]];
  const sM = ["A1:H1", "A2:H2", "A3:A4", "B3:D3", "E3:H3"];
  let lastTown = null;
  stations.forEach((s, i) => {
    if (lastTown && lastTown !== s.town && i % 2 === 0) sRows.push(padRow([], SW));
    lastTown = s.town;
    const stem = s.village.replace(/村$|社区$/, "");
    const nm = s.outside ? "始兴县电商物流园服务站" : s.second ? `${stem}村电商服务站（二）` : s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站`;
    const vcell = s.outside ? "县电商物流园" : s.comm ? s.village : i % 3 === 0 ? vName.get(s.village) : i % 3 === 1 ? s.village.replace(/村$/, "村委") : s.village;
    const op = s.opened.length === 7 ? cnMonth(s.opened) : dateCell(s.opened, i);
    sRows.push([i + 1, nm, s.town, vcell, op, personName(), mask(phone()), ["代购代销、代收快递", "农产品上行、代缴费", "代收代发快递、小额取款"][i % 3]]);
  });
  sRows.push(padRow(["注：1.挂牌时间为县商务局授牌时间；2.“县电商物流园服务站”为县级物流节点，不属村级站点；3.社区服务点不计入行政村覆盖。"], SW));
  sM.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(padRow(["填表人：黄××　　审核人：邓××"], SW));
  sM.push(`A${sRows.length}:H${sRows.length}`);

  // ---------------- 建档立卡贫困人口 (国扶 export style)
  const REG = "440222";
  const poor = [];
  const pVill = poorList.map((v) => v.name);
  const plan = [];
  // 44 eligible (labour, not migrant), 16 labour + migrant, 20 no labour
  for (let i = 0; i < 44; i++) plan.push({ labour: true, migrant: false });
  for (let i = 0; i < 16; i++) plan.push({ labour: true, migrant: true });
  for (let i = 0; i < 20; i++) plan.push({ labour: false, migrant: null });
  const planS = shuffle(plan);
  planS.forEach((p, i) => {
    const id = makeId(REG, birthBetween(p.labour ? 1962 : 1938, p.labour ? 2001 : 1958), rnd() < 0.5, i === 9 ? true : undefined);
    poor.push({ ...p, id, name: personName(), village: pVill[i % pVill.length] });
  });
  const PW = 10;
  const pRows = [padRow(["始兴县建档立卡贫困人口信息（全国扶贫开发信息系统导出，电商股筛选）"], PW),
    ["序号", "乡镇", "行政村", "户编号", "姓名", "证件号码", "与户主关系", "劳动技能", "务工状况", "脱贫状态"]];
  poor.forEach((p, i) => {
    const lab = p.labour ? (i % 4 === 0 ? "技能劳动力" : "普通劳动力") : i % 3 === 0 ? "丧失劳动力" : "无劳动力";
    const work = p.labour ? (p.migrant ? (i % 2 ? "省外务工" : "省内县外务工") : ["县内务工", "未务工", "公益性岗位"][i % 3]) : null;
    const v = villages.find((x) => x.name === p.village);
    pRows.push([i + 1, v.town, p.village, `4402220${pad3(100 + i)}`, p.name, i === 9 ? p.id.slice(0, 17) + "x" : p.id, i % 4 === 0 ? "户主" : ["配偶", "之子", "之女"][i % 3],
      lab, work, "已脱贫"]);
  });
  const eligible = poor.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 44, "c1 eligible");

  // ---------------- 培训签到 (stacked blocks)
  const sessions = [];
  let d = "2020-09-17";
  for (let i = 0; i < 22; i++) {
    const two = i === 5 || i === 14;
    sessions.push({ start: d, date: two ? isoAdd(d, 1) : d, two, online: i === 11, n: rint(74, 86) });
    d = isoAdd(d, rint(14, 16));
  }
  assert(sessions[21].date <= CUT, "c1 last session " + sessions[21].date);
  sessions.push({ start: "2021-09-14", date: "2021-09-14", two: false, online: false, n: 226 });
  // poor trainees: eligible[0..27] full IDs before cut (some twice), eligible[28..35] only in the online session (masked),
  // eligible[36..39] only in September, 6 migrants, 3 no-labour
  const trainedFull = eligible.slice(0, 27);
  const maskedOnly = eligible.slice(27, 36);
  const septOnly = eligible.slice(36, 40);
  const poorAttend = sessions.map(() => []);
  const offline = sessions.map((s, i) => i).filter((i) => !sessions[i].online && i < 22);
  trainedFull.forEach((p, k) => {
    poorAttend[offline[k % offline.length]].push(p);
    if (k % 5 === 0) poorAttend[offline[(k + 7) % offline.length]].push(p);
  });
  for (const p of maskedOnly) poorAttend[11].push(p);
  for (const p of septOnly) poorAttend[22].push(p);
  poor.filter((p) => p.migrant).slice(0, 6).forEach((p, k) => poorAttend[offline[(k * 3 + 1) % offline.length]].push(p));
  poor.filter((p) => !p.labour).slice(0, 3).forEach((p, k) => poorAttend[offline[(k * 5 + 2) % offline.length]].push(p));
  const TW = 8;
  const tRows = [];
  const tM = [];
  const TOPIC = ["电商基础知识", "网店开设与运营", "短视频拍摄与直播带货", "始兴枇杷网络营销", "农产品包装与品牌", "电商扶贫专题"];
  const PLACE = ["县电商公共服务中心", "马市镇文化站", "澄江镇政府会议室", "顿岗镇党群服务中心", "司前镇电商服务站", "隘子镇文化站"];
  let pt = 0;
  let ptAll = 0;
  const trainedIds = new Set();
  sessions.forEach((s, i) => {
    const people = [];
    for (const p of poorAttend[i]) people.push({ name: p.name, id: p.id, poor: true, village: p.village });
    while (people.length < s.n) {
      const id = makeId(REG, birthBetween(1965, 2002), rnd() < 0.5);
      people.push({ name: personName(), id, poor: false, village: adminV[rint(0, adminV.length - 1)].name });
    }
    const ppl = shuffle(people);
    const dt = s.two ? (i === 5 ? rangeText(s.start, s.date, "cn") : rangeText(s.start, s.date, "dot")) : [cnDate(s.date), dotDate(s.date), twoDot(s.date), slashDate(s.date)][i % 4];
    if (s.online) {
      tRows.push(padRow([`始兴县农村电商线上培训参会名单（第${i + 1}期，腾讯会议导出）`], TW));
      tM.push(`A${tRows.length}:H${tRows.length}`);
      tRows.push(padRow([`会议时间：${s.date} 14:30—17:00　　会议主题：${TOPIC[i % 6]}　　（身份证号按平台规则脱敏）`], TW));
      tM.push(`A${tRows.length}:H${tRows.length}`);
      tRows.push(["序号", "参会者昵称", "入会时间", "证件号码", "联系电话", "所在村", "是否建档立卡贫困户", "时长（分钟）"]);
    } else {
      tRows.push(padRow([`始兴县农村电子商务培训班签到表（第${i + 1}期）`], TW));
      tM.push(`A${tRows.length}:H${tRows.length}`);
      tRows.push(padRow([`培训时间：${dt}　　培训地点：${PLACE[i % 6]}　　培训内容：${TOPIC[i % 6]}`], TW));
      tM.push(`A${tRows.length}:H${tRows.length}`);
      tRows.push(["序号", "姓名", "性别", "身份证号码", "联系电话", "所在村（社区）", "是否建档立卡贫困户", "签名"]);
    }
    ppl.forEach((p, k) => {
      const male = Number(p.id[16]) % 2 === 1;
      const vw = vName.get(p.village) || p.village;
      if (s.online) tRows.push([k + 1, p.name, `${s.date} 14:${String(rint(20, 45)).padStart(2, "0")}`, maskId(p.id), mask(phone()), p.village, p.poor ? "是" : "否", rint(95, 150)]);
      else tRows.push([k + 1, p.name, male ? "男" : "女", k % 17 === 3 ? spacedId(p.id) : p.id, phone(), k % 2 ? vw : p.village, p.poor ? "是" : null, "（已签）"]);
      if (!s.online && s.date <= CUT) trainedIds.add(p.id);
    });
    tRows.push(padRow([null, `本期实到：${ppl.length}人`], TW));
    tRows.push(padRow([], TW));
    ptAll += ppl.length;
    if (s.date <= CUT) pt += ppl.length;
  });
  const POP = 196200;
  assert(ratioGE(pt, POP, 0.8) && !ratioGE(pt, POP, 1) && ratioGE(ptAll, POP, 1), "c1 person-times " + pt + "/" + ptAll);
  const trainedElig = eligible.filter((p) => trainedIds.has(p.id)).length;
  assert(trainedElig === 27, "c1 trained eligible " + trainedElig);
  const poorRate = [trainedElig, eligible.length];
  assert(ratioGE(27, 44, 50) && !ratioGE(27, 44, 70) && ratioGE(36, 44, 70), "c1 poor tiers");

  // ---------------- 产业园企业 (one firm twice after a rename)
  const firmName = nameMaker("墨枇丹始帽兴江澄", "源丰泰达康华信汇", "", []);
  const TYPES = ["平台型", "平台型", "销售型（网店）", "销售型（网店）", "销售型（网店）", "销售型（网店）", "销售型（网店）", "销售型（网店）",
    "电商运营服务商", "电商运营服务商", "电商运营服务商", "物流快递", "物流快递", "直播电商", "直播电商", "农产品加工", "农产品加工",
    "销售型（网店）", "销售型（网店）", "电商运营服务商", "平台型"];
  const firms = shuffle(TYPES).map((t) => ({ name: `始兴县${firmName()}${/物流/.test(t) ? "物流" : /加工/.test(t) ? "农业发展" : "电子商务"}有限公司`, type: t,
    code: creditCode("440222"), entered: randIsoBetween("2020-07-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-04-30";
  firms[7].left = "2021-07-15";
  const renamed = firms[5];
  const newName = renamed.name.replace(/^始兴县/, "广东");
  firms.push({ name: `始兴县${firmName()}电子商务有限公司`, type: "直播电商", code: creditCode("440222"), entered: "2021-09-06", left: null });
  const eRows = [padRow(["始兴县电子商务产业园入驻企业清单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i), f.left ? dotDate(f.left) : null, f.left ? "已退园" : f.entered > CUT ? "9月新入驻" : null]);
  });
  eRows.push([firms.length + 1, newName, renamed.code, renamed.type, D("2021-05-18"), null, `原“${renamed.name}”，2021年5月18日更名`]);
  eRows.push(padRow([null, `入驻企业共${firms.length + 1}家（含已退园2家）`], 7));
  const inPark = new Set(firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT)).map((f) => f.code));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const typesIn = new Set(firms.filter((f) => inPark.has(f.code)).map((f) => norm(f.type)));
  assert(inPark.size === 19 && typesIn.size >= 3, "c1 park " + inPark.size);

  // ---------------- 资金台账 (万元, one 元 cell)
  const ALLOC = 5000000;
  const pays = [
    ["2020-08-20", 1060000, "县电商公共服务中心装修及设备（首期）"], ["2020-10-16", 386000, "村级站点建设（第一批）"], ["2020-12-10", 254500, "培训服务费（第一批）"],
    ["2021-01-15", 420000, "物流配送体系建设"], ["2021-03-05", 86400, "中心运营服务费（一季度）"], ["2021-04-09", 312800, "村级站点建设（第二批）"],
    ["2021-05-21", 275000, "农产品品牌推广"], ["2021-06-25", 198600, "培训服务费（第二批）"], ["2021-07-30", 365000, "溯源系统建设"],
    ["2021-08-27", 248300, "村级站点建设（第三批）"], ["2021-09-16", 380000, "中心装修尾款"],
  ];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["始兴县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：万元"], 6), ["序号", "拨付日期", "项目（用途）", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 1), p[2], p[1] === 86400 ? "86,400.00元" : wan(p[1]), `始商拨${pad3(i + 1)}`, p[1] === 86400 ? "按元填写" : null]));
  fRows.push([null, null, "合计", wan(sum(pays.map((p) => p[1]))), null, "含9月拨付"]);

  // ---------------- 月报（月份为列）
  const repDates = [];
  for (const m of WINDOW) if (m !== "2021-02") repDates.push(`${m}-${String(rint(5, 10)).padStart(2, "0")}`);
  const RW = 14;
  const rHead = ["项目"].concat(WINDOW.map((m) => cnMonth(m))).concat(["备注"]);
  const rRows = [padRow(["向韶关市商务局报送工作进展月报情况"], RW), rHead,
    ["报送日期"].concat(WINDOW.map((m) => { const x = repDates.find((q) => q.startsWith(m)); return x ? mdOnly(x) : null; })).concat(["2月春节未单独报送，3月合并报送"]),
    ["含电商扶贫统计"].concat(WINDOW.map((m) => (repDates.some((q) => q.startsWith(m)) ? "√" : null))).concat([null])];
  const repMonths = inWindowMonths(repDates);
  assert(repMonths === 11, "c1 report months");

  // ---------------- 专栏更新
  const upd = [];
  for (const m of WINDOW) upd.push(`${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  upd.push("2021-09-08");
  const uRows = [padRow(["县政府网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "链接"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i + 2), `始兴县电子商务进农村综合示范项目建设进度公示（${cnMonth(x)}）`, `http://www.gdsx.gov.cn/zwgk/dzsw/${x.replace(/-/g, "")}.html`]));
  assert(inWindowMonths(upd.filter((x) => x <= CUT)) === 12, "c1 disclosure");

  // ---------------- 宣传报道, 经验材料
  const media = [
    ["2020-11-26", "韶关日报", "市级", "报纸", "始兴：电商服务站开到村口", "否"],
    ["2021-01-14", "广东广播电视台珠江频道", "省级", "电视", "始兴电商扶贫：贫困户网上卖枇杷", "是"],
    ["2021-05-08", "始兴县融媒体中心", "县级", "网络", "我县举办第十六期农村电商培训班", "否"],
    ["2021-09-12", "中央电视台农业农村频道", "国家级", "电视", "山区县的电商扶贫路——广东始兴", "是"],
  ];
  const mRows = [padRow(["宣传报道台账"], 7), ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 1), ...m.slice(1)]));
  const matRows = [padRow(["经验材料报送"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.9.3", "始兴县电子商务进农村综合示范创建经验做法", "韶关市商务局"]];

  const hidden = [["是否"], ["是"], ["否"], [null], ["级别"], ["国家级"], ["省级"], ["市级"], ["县级"]];

  // ---------------- points
  const centerOpened = "2021-03-05";
  const c = {
    built: openedBy(centerOpened, CUT) ? 2 : 0, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 0, brand: 1, other: 1, park: 2,
    twenty: inPark.size >= 20 ? 2 : 0, types: typesIn.size >= 3 ? 1 : 0,
  };
  const centerPts = sum(Object.values(c));
  const covPts = (ratioGE(covered.size, Math.min(adminV.length, 200), 70) ? 5 : ratioGE(covered.size, Math.min(adminV.length, 200), 50) ? 2 : 0) +
    (poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0);
  const R19 = 638000000, R20 = 791000000;
  assert((R20 - R19) * 100 < 30 * R19, "c1 rural growth");
  const expressOk = adminV.every((v) => v.express);
  const upPts = 2 + 1 + 1 + (expressOk ? 1 : 0) + 1 + 0;
  const ptPts = ratioGE(pt, POP, 1) ? 10 : ratioGE(pt, POP, 0.8) ? 8 : ratioGE(pt, POP, 0.6) ? 6 : 0;
  const poorPts = ratioGE(poorRate[0], poorRate[1], 50) ? 10 : ratioGE(poorRate[0], poorRate[1], 40) ? 8 : ratioGE(poorRate[0], poorRate[1], 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": ptPts + poorPts, "info.disclosure": 2 + 2, "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 0, "promo.media": 4 + 3 + 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(poorRate[0], poorRate[1], 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 10 && covPts === 10 && upPts === 5 && ptPts === 8 && poorPts === 10, "c1 pts " + [centerPts, covPts, upPts, ptPts, poorPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 81 && bonus === 1, "c1 total " + scored + "+" + bonus);

  // ---------------- facts sheet: 自评打分表（档次勾选）
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 6,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 2,
  };
  const CLAIM_PT = ptAll; // the clerk's 人次 includes September
  const CLAIM_TRAINED = 27 + 9 + 4; // the clerk counted the masked and the September trainees too
  const FW_ = 8;
  const fr = [padRow(["始兴县2019年省级电子商务进农村综合示范创建考评自评打分表"], FW_),
    padRow(["填报单位：始兴县商务局（盖章）　　　数据截至：2021年8月31日　　　填报日期：2021年9月22日"], FW_),
    padRow(["基本数据", "常住人口：19.62万人", null, "户籍人口：25.83万人（不作基数）", null, "行政村：104个（另有居委会14个）"], FW_),
    padRow([null, "省定贫困村：17个", null, "下达省级资金：500万元", null, `累计拨付：${wanText(spent, 2)}万元`], FW_),
    padRow([null, `公共服务中心投入运营：${cnDate(centerOpened)}`, null, `培训人次：${fmtInt(CLAIM_PT)}人次`, null, `有劳动能力贫困人口（不含外出务工）：${eligible.length}人`], FW_),
    padRow([null, `参训贫困人口：${CLAIM_TRAINED}人`, null, "2019年农村网络零售额：6.38亿元", null, "2020年农村网络零售额：7.91亿元"], FW_),
    padRow([null, "2020年农产品网络零售额增速：18.5%", null, "项目总体进度：90%", null, null], FW_),
    ["序号", "评价指标（权重）", "评分档次／评分要点", "分值", "是否达到（√/×）", "得分", "指标得分", "自评依据及佐证（档案盒号）"]];
  const fM = ["A1:H1", "A2:H2", "A3:A7"];
  for (let r = 3; r <= 7; r++) fM.push(`B${r}:C${r}`, `D${r}:E${r}`, `F${r}:H${r}`);
  let no = 0;
  const ind = (label, id, items, basis) => {
    no++;
    const r0 = fr.length + 1;
    items.forEach((it, k) => {
      fr.push([k === 0 ? no : null, k === 0 ? label : null, it[0], it[1], it[2] === undefined ? null : it[2], it[3] === undefined ? null : it[3],
        k === 0 && id ? claimed[id] : null, k === 0 ? basis : null]);
    });
    const r1 = fr.length;
    if (r1 > r0) fM.push(`A${r0}:A${r1}`, `B${r0}:B${r1}`, `G${r0}:G${r1}`, `H${r0}:H${r1}`);
  };
  ind("组织领导（2分）", "org.leadership", [["县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与", 2, "√", 2], ["分管领导牵头", 1, null, null]],
    "始府办〔2020〕11号：县长任组长，常务副县长、分管副县长任副组长，县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局为成员单位（盒1-1）");
  ind("方案制定（2分）", "org.plan", [["工作方案因地制宜，可操作性较强", "1-2", "√", 2]], "2020年4月28日正式印发《始兴县电子商务进农村综合示范创建工作方案》（盒1-2）");
  ind("政策支持（2分）", "org.policy", [["出台相关政策，且得到较好落实", "1-2", "√", 2]], "《始兴县促进农村电子商务发展扶持办法》2020年9月出台（盒1-3）");
  ind("项目管理（4分）", "org.management", [["建立项目管理制度，在建设、验收环节严格落实", "1-2", "√", 2], ["建立完整工作台账，详细记录项目建设情况", "1-2", "√", 1]], "项目管理办法、工作台账（盒1-4）；台账部分记录不全，自评1分");
  ind("服务体系建设—县级中心与产业园（15分）", "work.center", [
    ["建成县级电子商务公共服务中心", 2, "√", 2], ["建成后已正常运行6个月（截至2021年8月31日）以上", 2, "√", 2], ["有免费培训场所、培训设备，能组织电商基础培训", 2, "√", 2],
    ["为特色农产品提供免费展示、销售服务", 1, "√", 1], ["为电子商务市场主体提供免费摄影、美工服务", 1, "×", 0], ["组织农产品统一推广、指导特色农产品品牌建设", 1, "√", 1],
    ["为电子商务发展提供其他衍生增值服务", 1, "√", 1], ["建设或整合、优化当地电商产业园", 2, "√", 2], ["电商产业园企业入驻数量达20家及以上", 2, "√", 2],
    ["入驻企业含平台型、销售型、运营商或物流企业等至少三种以上类型", 1, "√", 1]],
    `中心${cnDate(centerOpened)}投入运营（2020年12月完成装修验收）；摄影美工由第三方收费提供；产业园入驻企业清单（盒2-1）`);
  ind("服务体系建设—村级站点覆盖（10分）", "work.coverage", [["行政村覆盖率70%及以上", 5, "√", 5], ["行政村覆盖率50%-70%（不含）", 2, null, null],
    ["贫困村覆盖率100%", 5, "√", 5], ["贫困村覆盖率80%-100%（不含）", 3, null, null]], "村居名单、站点清单（盒2-2、2-3）");
  ind("农村产品上行（10分）", "work.upward", [["对当地农产品网络销售进行调研，并形成针对性建议", "1-2", "√", 2], ["开展农村产品网络促销活动成效明显", "1-2", "√", 1],
    ["当地有专业第三方电子商务运营或服务商", 1, "√", 1], ["行政村物流快递覆盖率100%", 1, "√", 1], ["有出台农产品电商交易标准，建立农产品冷链、溯源系统", "1-2", "√", 1],
    ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", 2, "×", 0]], "调研报告、促销活动总结、运营服务合同（盒3-1至3-4）");
  ind("电商人才培训（20分）", "work.training", [["培训人次达常住人口1%及以上", 10, "√", 10], ["培训人次0.8%-1%（不含）", 8, null, null], ["培训人次0.6%-0.8%（不含）", 6, null, null],
    ["建档立卡贫困人口培训率50%及以上", 10, "√", 10], ["建档立卡贫困人口培训率40%-50%（不含）", 8, null, null], ["建档立卡贫困人口培训率30%-40%（不含）", 6, null, null]],
    "培训签到表、贫困人口名单（盒4-1、4-2）");
  ind("信息公开（4分）", "info.disclosure", [["在县政府网站设立公开专栏且内容全面", 2, "√", 2], ["近一年内专栏内容能按月更新", 2, "√", 2], ["不定时更新", 1, null, null]],
    "专栏已公示创建方案、项目基本信息、项目建设进度，设立监督举报窗口（盒5-1）");
  ind("数据上报（6分）", "info.reporting", [["近一年能每月向市商务局报送工作情况", 3, "√", 3], ["不定时上报", 1, null, null], ["能统计电商扶贫情况", 3, "√", 3]], "月报报送记录（盒5-2）");
  ind("案例总结（2分）", "promo.cases", [["向市商务局报送经验材料", 2, "√", 2]], "经验做法材料（盒6-1）");
  ind("经验推广（8分）", "promo.media", [["省级及以上媒体进行宣传报道", 4, "√", 4], ["市级媒体进行宣传报道", 3, "√", 3], ["县级媒体进行宣传报道", 1, "√", 1]], "宣传报道台账（盒6-2）");
  ind("制度建立（5分）", "fund.system", [["建立科学有效的资金管理制度且得到有效落实", "1-5", "√", 5]], "《始兴县电子商务进农村综合示范专项资金管理办法》（盒7-1）");
  ind("资金台账（5分）", "fund.ledger", [["项目承建方建立资金专用台账，账目完整", "1-5", "√", 4]], "承建方资金台账（盒7-2）");
  ind("资金支出（5分）", "fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付", "1-5", "√", 4], ["资金支出率低于70%倒扣5分", -5, "×", null]], "资金拨付台账（盒7-3）");
  ind("加分项：贫困人口培训率（2分）", "bonus.poorTraining", [["建档立卡贫困人口培训率70%及以上", 2, "√", 2]], `参训${CLAIM_TRAINED}人/${eligible.length}人`);
  ind("加分项：电视播报（2分）", "bonus.tvCase", [["电商扶贫典型案例获国家级电视媒体播报", 2, "√", 2], ["获省级电视媒体播报", 1, null, null]], "央视农业农村频道、广东台珠江频道报道");
  ind("一票否决项", null, [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "×", null], ["项目建设进度严重滞后，总体进度不足40%", null, "×", null], ["弄虚作假", null, "×", null]],
    "未发生；总体进度90%");
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, "合计", null, 100, null, null, `${sumClaim}（另加分${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}）`, null]);
  fr.push(padRow(["填表人：刘××　　　审核：何××　　　分管领导：×××"], FW_));
  fM.push(`A${fr.length}:H${fr.length}`);
  for (const r of fr) assert(r.length === FW_, "c1 facts width");

  const derivation = [
    "org.leadership: 自评依据：县长任组长（主要领导），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2（常务副县长、分管副县长只是副组长）",
    "org.plan: 方案2020年4月28日正式印发，档次行“1-2”得分2 → 2",
    "org.policy: 扶持办法2020年9月出台，得分2 → 2",
    "org.management: 两个档次行得分：项目管理制度2、工作台账1 → 3",
    `work.center: 中心${cnDate(centerOpened)}投入运营 ≤ 截止日 → 2；运行满6个月要求不晚于2021-02-28，3月5日不够 → 0（表里勾了√）；免费培训2、展示销售1；摄影美工“×”（第三方收费） → 0；品牌推广1、其他增值服务1；产业园2；《产业园企业》截至8月31日在园按信用代码去重${inPark.size}家（${dotDate(firms[2].left)}、${dotDate(firms[7].left)}退园的不算，9月6日入驻的不算，序号${firms.length + 1}“${newName}”与序号${firms.indexOf(renamed) + 1}是同一信用代码的更名，只算一家） < 20 → 0；类型平台型、销售型、运营商、物流等 ≥ 3 → 1；合计${centerPts}（自评14）`,
    `work.coverage: 《村居名单》按镇分节（节标题行不是村），类别“村”${adminV.length}个、“居”${comms.length}个不算 → 基数${adminV.length}；《站点清单》两行表头，截止日前有站的行政村${covered.size}个（所在村写成“××村民委员会”“××村委会”“××村委”“××村”都是同一村；同村二站只算一次；两个社区服务点、“县电商物流园”不算；9月挂牌的3个不算；“2021年8月”只到月、8月31日挂牌的都算） → ${covered.size}/${adminV.length} = ${pct2(covered.size, adminV.length)} ≥ 70% → 5；省定贫困村17个全部有站 → 5；合计10`,
    `work.upward: 档次行：调研2、促销1、交易标准及溯源1；第三方运营服务商 → 1；《村居名单》${vName.get(noExpress.name)}快递“×” → 覆盖率不是100% → 0（自评勾了√）；农村网零6.38→7.91亿元增${pct1(R20 - R19, R19)}、农产品网零增速18.5%，都 < 30% → 0；合计${upPts}（自评6）`,
    `work.training: 常住人口19.62万（户籍25.83万不用） → 1% = 1,962人次；《培训签到》22期截止日前签到/参会共${fmtInt(pt)}行（第12期腾讯会议名单脱敏身份证也算人次；两天班“${rangeText(sessions[5].start, sessions[5].date, "cn")}”等按结束日；“本期实到”行不是人；第23期2021年9月14日${sessions[22].n}人不算；表头“${fmtInt(CLAIM_PT)}人次”含9月） → ${pct2(pt, POP)}，0.8%—1% → 8；贫困人口名单有劳动能力（技能/普通劳动力）且非外出务工（省外、省内县外务工为外出）${eligible.length}人，截止日前在签到表里用完整身份证号对上的${trainedElig}人（一人多期算一次；线上期的脱敏号码不能对人；9月那期的4人不算；外出务工和无劳动力的参训者不在分母里；签到表“是否建档立卡”一栏不用） → ${pct1(trainedElig, eligible.length)} ≥ 50% → 10（表头“参训${CLAIM_TRAINED}人”与名单不符，以名单为准）；合计18（自评20）`,
    "info.disclosure: 专栏公示方案、项目信息、建设进度、监督举报窗口齐全 → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    `info.reporting: 《月报报送》月份为列，2021年2月空（备注春节未报） → 12个月只有11个月 → 不定时 1；“含电商扶贫统计”有√ → 3；合计4（自评6）`,
    "promo.cases: 《经验材料》唯一一份2021.9.3才报送，在截止日后 → 0（自评2）",
    "promo.media: 截止日前广东广播电视台珠江频道（省级） → 4；韶关日报（市级） → 3；始兴县融媒体中心（县级） → 1；合计8（央视2021-09-12在截止日后，不影响）",
    "fund.system: 资金管理办法，自评5 → 5",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金台账》单位万元，“86,400.00元”一格按元；截止日前10笔合计${fmtMoney(spent)}元（9月16日尾款38万不算，合计行不另加）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${trainedElig}/${eligible.length} = ${pct1(trainedElig, eligible.length)} < 70% → 0（自评2）`,
    "bonus.tvCase: 截止日前只有2021-01-14广东广播电视台珠江频道（省级电视）播报电商扶贫案例 → 1；央视9月12日播出在截止日后（自评2）",
    "veto.incident: 否决项勾“×”未发生 → 不否决",
    "veto.progress: 总体进度90% ≥ 40% → 不否决",
    "veto.fraud: “×” → 不否决",
  ];
  return {
    description:
      `韶关始兴县商务局整本考评工作簿（12个表：自评打分表＋10个台账＋隐藏下拉表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋4）：事实表是《自评打分表（评分档次勾选式）》——评分标准每个档次／要点一行（评分档次｜分值｜是否达到√/×｜得分），指标名和“指标得分”纵向合并（claimed），上方“基本数据”是“标签：值”单格（三对一行）；台账：村居名单按镇分节（节标题行“一、太平镇（村委会9个、居委会7个）”，名称“××村民委员会”），一村快递“×”；站点两行合并表头，村名四种写法，覆盖率刚过70%；培训是一期一块上下叠放的签到表（一期腾讯会议名单身份证脱敏、9月一期）；产业园一家更名后重复登记（同一信用代码）；资金以万元计但有一格“86,400.00元”；月报月份为列缺2月；经验材料9月才报。`,
    sheets: [
      { name: "自评打分表", rows: fr, merges: fM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点清单", rows: sRows, merges: sM },
      { name: "培训签到", rows: tRows, merges: tM },
      { name: "贫困人口", rows: pRows, merges: ["A1:J1"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:N1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: hidden, hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 梅州市梅县区: 挂图作战表（月份为列，格内只写“日＋事件”）
// =====================================================================================================
function buildF1() {
  const MONTHS = monthsBetween("2020-09", "2021-08");
  const W = 3 + 1 + MONTHS.length + 3; // 序号 任务 责任单位 | 2020年8月及以前 | 12 months | 状态 当前值 自评分
  const col = (m) => 4 + MONTHS.indexOf(m); // 0-based index of a month column
  const rows = [];
  const M = [];
  const last = colName(W - 1);
  const full = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:${last}${rows.length}`);
  };
  full("梅县区创建省级电子商务进农村综合示范县挂图作战表");
  full("指挥长：区长 李××　　副指挥长：副区长 张××（分管商务）　　成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、梅县邮政分公司");
  full("图例：●已完成　◐推进中　○未启动；月份格内只写“×日”的，为该月该日完成的节点。数据截至2021年8月31日（省考评截止日）。");
  // two-row header
  const h1 = padRow(["序号", "作战任务", "责任单位", "2020年8月及以前", "2020年"], W);
  h1[4 + 4] = "2021年";
  h1[W - 3] = "状态";
  h1[W - 2] = "当前值／完成情况";
  h1[W - 1] = "自评分";
  rows.push(h1);
  const h2 = padRow([null, null, null, null], W);
  MONTHS.forEach((m) => (h2[col(m)] = `${Number(m.slice(5))}月`));
  rows.push(h2);
  const hr = rows.length - 1;
  M.push(`A${hr}:A${hr + 1}`, `B${hr}:B${hr + 1}`, `C${hr}:C${hr + 1}`, `D${hr}:D${hr + 1}`, `E${hr}:H${hr}`, `I${hr}:P${hr}`,
    `${colName(W - 3)}${hr}:${colName(W - 3)}${hr + 1}`, `${colName(W - 2)}${hr}:${colName(W - 2)}${hr + 1}`, `${colName(W - 1)}${hr}:${colName(W - 1)}${hr + 1}`);
  let no = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:${last}${rows.length}`);
  };
  const task = (name, unit, cells, state, value, score) => {
    no++;
    const r = padRow([no, name, unit], W);
    for (const [k, v] of Object.entries(cells)) r[k === "pre" ? 3 : col(k)] = v;
    r[W - 3] = state;
    r[W - 2] = value === undefined ? null : value;
    r[W - 1] = score === undefined ? null : score;
    rows.push(r);
  };
  sec("一、组织保障");
  task("印发示范创建工作方案", "区商务局", { pre: "2020.4.16 区政府办正式印发（梅县区府办〔2020〕18号）" }, "●", "已印发", "2分");
  task("出台支持农村电商发展政策", "区商务局、区财政局", { "2020-10": "送审", "2020-11": "20日 《梅县区促进农村电子商务发展十条措施》印发" }, "●", "已出台，落实中", "1分");
  task("建立项目管理制度，严格建设、验收", "区商务局", { pre: "2020.5 制定" }, "●", "已建立", "2分");
  task("建立工作台账", "区商务局", { "2020-09": "建账", "2021-06": "补齐" }, "●", "台账完整", "2分");
  sec("二、服务体系");
  task("县级电子商务公共服务中心投入运营", "区商务局", { "2020-10": "28日 试运营", "2020-12": "16日 正式投入运营" }, "●", "运营中");
  task("中心免费培训场所、设备", "运营单位", { "2020-12": "16日 培训室启用" }, "●", "培训室1间、电脑50台，免费培训");
  task("特色农产品免费展示、销售", "运营单位", { "2020-12": "16日 展销区开放" }, "●", "梅县金柚、客家娘酒等免费展销");
  task("免费摄影、美工服务", "运营单位", {}, "○", "未开展（暂无专业人员，拟引入第三方）");
  task("农产品统一推广、品牌建设指导", "运营单位", { "2021-03": "“梅县金柚”区域品牌推广" }, "●", "已开展");
  task("其他衍生增值服务", "运营单位", { "2021-04": "金融、物流对接" }, "●", "已开展");
  task("建设（整合）电商产业园", "区商务局", { "2021-01": "8日 梅县区电商产业园整合挂牌" }, "●", "已整合建成");
  task("引入专业第三方电商运营服务商", "区商务局", { pre: "2020.6 签约" }, "●", "已引入");
  task("行政村物流快递全覆盖", "区交通运输局、邮政分公司", { "2021-03": "新增12个村", "2021-07": "新增8个村" }, "◐", "覆盖率97.6%（尚有9个村未通）");
  sec("三、农村产品上行");
  task("网销调研并形成建议", "区商务局", { "2020-11": "30日 调研报告定稿" }, "●", "已完成", "2分");
  task("开展网络促销活动", "区商务局", { "2020-12": "年货节", "2021-06": "金柚618" }, "●", "成效明显", "2分");
  task("交易标准、冷链及溯源系统", "区市场监管局", { "2021-05": "溯源平台上线" }, "◐", "溯源已建，交易标准在制定", "1分");
  task("农村网络零售额增长", "区商务局", {}, "●", "2020年农村网络零售额38.6亿元，同比增长21.4%；农产品网络零售额4.12亿元，同比增长33.8%");
  sec("四、人才培训");
  task("电商培训人次达常住人口1%", "区商务局", {}, "●", "累计4,862人次");
  task("有劳动能力贫困人口培训率50%以上", "区乡村振兴局", {}, "●", "有劳动能力（不含外出务工）1,236人，已培训684人");
  sec("五、信息公开及报送");
  task("政府网站设立专栏（创建方案、项目基本信息）", "区商务局", { pre: "2020.7.20 专栏上线" }, "●", "已设立");
  task("专栏设立监督举报窗口", "区商务局", { "2020-09": "10日 增设" }, "●", "已设立");
  const progCells = {};
  MONTHS.forEach((m) => (progCells[m] = "●"));
  task("专栏按月公示项目建设进度", "区商务局", progCells, "●", "按月公示");
  const repCells = {};
  MONTHS.forEach((m, i) => (repCells[m] = `${[5, 6, 8, 7, 5, 9, 8, 6, 7, 5, 6, 6][i]}日`));
  task("每月向梅州市商务局报送进展", "区商务局", repCells, "●", "每月报送");
  task("统计电商扶贫情况", "区乡村振兴局", {}, "●", "月报附表三为电商扶贫统计");
  sec("六、资金管理");
  task("省级专项资金下达", "区财政局", { pre: "2019.12.20 下达500万元" }, "●", "500万元");
  task("制定专项资金管理办法", "区财政局", { pre: "2020.5.8 印发" }, "●", "已制定", "5分");
  task("承建单位建立资金专用台账", "区财政局", { "2020-09": "建立" }, "●", "已建立", "4分");
  task("资金拨付", "区财政局", { "2020-12": "136.5万", "2021-04": "158.3万", "2021-08": "118万" }, "●", "累计拨付412.8万元（82.6%），及时拨付", "4分");
  sec("七、安全与进度");
  task("安全生产、质量管理", "各承建单位", {}, "●", "未发生安全生产、质量事故");
  task("项目总体进度", "区商务局", {}, "◐", "总体进度91%");
  rows.push(padRow(["附：基本情况　常住人口55.77万人（户籍人口61.2万人）；行政村372个、社区居委会17个；省定贫困村64个。"], W));
  M.push(`A${rows.length}:${last}${rows.length}`);
  rows.push(padRow(["制表：梅县区商务局电商股　　　更新日期：2021年9月3日"], W));
  M.push(`A${rows.length}:${last}${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "梅州梅县区商务局的《挂图作战表》当事实表：作战任务一行一项（序号｜作战任务｜责任单位｜2020年8月及以前｜2020年9—12月、2021年1—8月月份列（年份在合并的上一行表头）｜状态●◐○｜当前值／完成情况｜自评分），月份格里只写“16日 正式投入运营”这类“日＋事件”，日期要由所在月份列拼出（中心2020年10月“28日 试运营”不是投入运营，12月“16日 正式投入运营”才是）；摄影美工“○未启动”为否，快递“◐覆盖率97.6%”为否；指挥长区长、成员单位在抬头；资金拨付月份格里的“136.5万”等是当月单笔，累计拨付看当前值412.8万元。",
    sheets: [{ name: "挂图作战", rows, merges: M }],
    expect: {
      facts: {
        county: "梅县区", asOf: "2021-08-31", residentPopulation: 557700, adminVillagesStated: 372, poorVillagesStated: 64, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2020: 3860000000, ruralRetailGrowthStated: 0.214, agriRetail2020: 412000000,
        agriRetailGrowthStated: 0.338, trainingPersonTimesStated: 4862, eligiblePoorPersonsStated: 1236, trainedPoorPersonsStated: 684,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4128000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 汕头市濠江区: Word《基本情况表》贴进 Excel（类别、项目纵向合并，子项只靠上级读懂）
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [];
  const M = [];
  rows.push(padRow(["濠江区电子商务进农村综合示范创建基本情况表"], W));
  M.push("A1:E1");
  rows.push(padRow(["填报单位（盖章）：汕头市濠江区科技工业和商务局　　　　　数据截至：2021年8月31日"], W));
  M.push("A2:E2");
  rows.push(["类别", "项目", "子项", "填报内容", "备注"]);
  // groups: [类别, [[项目, [[子项, 内容, 备注]...]]...]]
  const G = [
    ["基本情况", [
      ["区（县）名称", [[null, "濠江区", null]]],
      ["常住人口", [[null, "30.96万人", "户籍人口28.71万人"]]],
      ["村（居）委会", [["行政村", "19个", null], ["社区居委会", "23个", "不计入行政村"], ["其中：省定贫困村", "2个", "均为2016年认定"]]],
    ]],
    ["组织领导", [
      ["示范创建领导小组", [["组长", "区委常委、常务副区长", null], ["成员单位", "区科工商务局、区财政局、区农业农村和水利局、区乡村振兴局、区交通运输局", null]]],
      ["工作方案", [["印发情况", "已正式印发", "濠府办〔2020〕9号"], ["自评（1-2分）", "2分", null]]],
      ["扶持政策", [["出台情况", "已出台", "《濠江区扶持农村电子商务发展暂行办法》"], ["自评（1-2分）", "2分", null]]],
      ["项目管理", [["管理制度自评（1-2分）", "1分", "验收环节记录不全"], ["工作台账自评（1-2分）", "2分", null]]],
    ]],
    ["服务体系", [
      ["公共服务中心", [["投入运营日期", "2020年11月", "10月下旬完成验收"], ["免费培训场所、设备", "有", null], ["特色农产品免费展示、销售", "有", null],
        ["免费摄影、美工", "无", "按件收费"], ["统一推广、品牌建设指导", "有", null], ["其他衍生增值服务", "有", null]]],
      ["电商产业园", [["建设（整合）情况", "已整合", "依托濠江区跨境电商孵化基地"]]],
      ["第三方运营服务商", [[null, "有", "汕头市××电子商务运营有限公司"]]],
    ]],
    ["农村产品上行", [
      ["行政村物流快递覆盖率", [[null, "100%", null]]],
      ["农村网络零售额", [["2019年", "3.26亿元", null], ["2020年", "4.51亿元", "2021年1-8月3.37亿元"]]],
      ["农产品网络零售额", [["2019年", "1,860万元", null], ["2020年", "2,350万元", null]]],
      ["主观评分项自评", [["网销调研（1-2分）", "1分", null], ["网络促销活动（1-2分）", "1分", null], ["交易标准与冷链溯源（1-2分）", "1分", null]]],
    ]],
    ["人才培训", [
      ["电商培训", [["累计培训", "3,215人次", "2021年目标3,000人次"]]],
      ["建档立卡贫困人口", [["有劳动能力（不含外出务工）", "186人", "有劳动能力的共241人"], ["已参训", "102人", null]]],
    ]],
    ["信息公开及报送", [
      ["政府网站专栏公示", [["创建方案", "已公示", null], ["项目基本信息", "已公示", null], ["项目建设进度", "已公示", "按季度公示"], ["监督举报窗口", "未设立", null]]],
      ["电商扶贫统计", [[null, "能统计", null]]],
    ]],
    ["资金管理", [
      ["省级专项资金", [["下达", "500万元", null], ["累计拨付", "3,486,250.00元", "拨付率69.7%"]]],
      ["资金管理制度", [["制定情况", "已制定", null], ["自评（1-5分）", "4分", null]]],
      ["资金专用台账", [["建立情况", "已建立", null], ["自评（1-5分）", "4分", null]]],
      ["资金及时拨付", [["自评（1-5分）", "3分", null]]],
      ["项目总体进度", [[null, "86%", null]]],
    ]],
    ["否决事项", [
      ["安全生产、质量事故或重大损失", [[null, "未发生", null]]],
      ["弄虚作假", [[null, "无", null]]],
    ]],
  ];
  for (const [cat, items] of G) {
    const c0 = rows.length + 1;
    for (const [item, subs] of items) {
      const i0 = rows.length + 1;
      subs.forEach((s, k) => {
        rows.push([rows.length + 1 === c0 ? cat : null, k === 0 ? item : null, s[0], s[1], s[2]]);
      });
      const i1 = rows.length;
      if (subs.length === 1 && subs[0][0] === null) M.push(`B${i0}:C${i0}`);
      else if (i1 > i0) M.push(`B${i0}:B${i1}`);
    }
    if (rows.length > c0) M.push(`A${c0}:A${rows.length}`);
  }
  rows.push(padRow(["填表人：陈××　　联系电话：0754-87××××××　　填报日期：2021年9月3日"], W));
  M.push(`A${rows.length}:E${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "汕头濠江区科工商务局的Word《基本情况表》贴进Excel：类别｜项目｜子项｜填报内容｜备注，类别和项目都纵向合并，许多子项离开上级读不懂（“2019年”“2020年”分属“农村网络零售额”和“农产品网络零售额”两个合并格，“已参训”属“建档立卡贫困人口”，各“自评（1-2分）”“自评（1-5分）”属上面的项目）；数值带单位写在格里（30.96万人、3.26亿元、1,860万元、3,486,250.00元）；组长“区委常委、常务副区长”是分管领导；备注里的户籍人口、1-8月零售额、培训目标、“有劳动能力的共241人”、拨付率都不是输入。",
    sheets: [{ name: "基本情况表", rows, merges: M }],
    expect: {
      facts: {
        county: "濠江区", asOf: "2021-08-31", residentPopulation: 309600, adminVillagesStated: 19, poorVillagesStated: 2, planIssued: true, policyIssued: true,
        centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 326000000, ruralRetail2020: 451000000, agriRetail2019: 18600000, agriRetail2020: 23500000,
        trainingPersonTimesStated: 3215, eligiblePoorPersonsStated: 186, trainedPoorPersonsStated: 102, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3486250,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 云浮市云安区: 《自评情况汇总》（一个指标一行，事实写成“①要素：值；②…”，得分写“得分／满分”）
// =====================================================================================================
function buildF3() {
  const W = 5;
  const rows = [padRow(["云安区电子商务进农村综合示范创建自评情况汇总"], W), padRow(["云浮市云安区商务局　　2021年9月7日　　（各项数据统计至2021年8月31日）"], W),
    padRow(["基本情况：①常住人口：27.12万人；②户籍人口：33.5万人；③行政村：62个；④社区：9个；⑤省定贫困村：13个。"], W),
    ["序号", "考评内容", "完成情况（要点）", "自评得分／满分", "佐证材料"]];
  const M = ["A1:E1", "A2:E2", "A3:E3"];
  const R = [
    ["组织领导", "①领导小组：区长任组长，分管副区长任副组长；\n②成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区供销社。", "2／2", "云安府办〔2020〕6号"],
    ["方案制定", "①工作方案：2020年5月正式印发；\n②自评：2分。", "2／2", "方案文件"],
    ["政策支持", "①扶持政策：已出台（《云安区农村电商扶持办法》）；\n②落实：部分条款待兑现，自评1分。", "1／2", "政策文件"],
    ["项目管理", "①项目管理制度：已建立，自评2分；\n②工作台账：已建立，部分记录待完善，自评1分。", "3／4", "制度、台账"],
    ["服务体系建设（县级中心与产业园）", "①中心投入运营：2021年1月12日；\n②免费培训场所、设备：有；\n③特色农产品免费展示销售：有；\n④免费摄影美工：有；\n⑤统一推广、品牌建设：有；\n⑥其他衍生增值服务：暂无；\n⑦电商产业园：已建成（六都镇）；\n⑧入驻企业：22家，含平台、销售、运营、物流4类。", "14／15", "现场、入驻企业清单"],
    ["服务体系建设（村级站点覆盖）", "①已建站行政村：48个，覆盖率77.4%；\n②省定贫困村：13个全覆盖。", "10／10", "站点清单"],
    ["农村产品上行", "①网销调研：已形成报告，自评2分；\n②网络促销：成效一般，自评1分；\n③第三方运营服务商：有；\n④行政村快递覆盖率：100%；\n⑤交易标准及冷链溯源：溯源系统已建，自评1分；\n⑥2020年农产品网络零售额：1.86亿元，同比增长36.2%。", "8／10", "调研报告等"],
    ["电商人才培训", "①累计培训：2,968人次；\n②有劳动能力的建档立卡贫困人口（不含外出务工）：412人；\n③已参训：233人。", "20／20", "签到表"],
    ["信息公开", "①专栏：已公示创建方案、项目基本信息、建设进度；\n②监督举报窗口：已设立；\n③更新：按月。", "4／4", "网站截图"],
    ["数据上报", "①每月向云浮市商务局报送；\n②电商扶贫统计：能统计。", "6／6", "报送记录"],
    ["案例总结", "①经验材料：已报送市商务局。", "2／2", "报送文件"],
    ["经验推广", "①省级：南方日报；\n②县级：云安发布。", "5／8", "报道截图"],
    ["制度建立", "①资金管理办法：已制定，自评4分。", "4／5", "管理办法"],
    ["资金台账", "①专用台账：已建立，自评4分。", "4／5", "台账"],
    ["资金支出", "①省级下达：500万元；\n②累计拨付：371.65万元；\n③及时拨付自评：4分。", "4／5", "拨付凭证"],
    ["加分项：贫困人口培训率70%以上", "①培训率56.6%，未达到。", "0", null],
    ["加分项：电商扶贫案例电视播报", "①广东广播电视台新闻频道播报（省级）。", "＋1", "视频"],
    ["一票否决项", "①安全生产、质量事故：未发生；\n②项目总体进度：88%；\n③弄虚作假：无。", "—", null],
  ];
  R.forEach((r, i) => rows.push([i + 1, r[0], r[1], r[2], r[3]]));
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", null, `${tot}＋1／100`, null]);
  rows.push(padRow(["经办人：梁××　　科室负责人：冯××"], W));
  M.push(`A${rows.length}:E${rows.length}`);
  assert(tot === 89, "f3 total " + tot);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "云浮云安区商务局的《自评情况汇总》：序号｜考评内容｜完成情况（要点）｜自评得分／满分｜佐证材料，一个指标一行，事实都在“完成情况”一格里，按“①要素：值；”换行分条（常住人口等基本情况在表头下一整格里，户籍人口、社区数不是输入）；自评分写成“得分／满分”文本（“14／15”“3／4”，满分不是分），加分写“＋1”和“0”，否决项“—”；主观细项分在要点文字里（“自评2分”“自评1分”）；“其他衍生增值服务：暂无”为否；覆盖率77.4%、培训率56.6%是算出来的比例，不是输入。",
    sheets: [{ name: "自评情况汇总", rows, merges: M }],
    expect: {
      facts: {
        county: "云安区", asOf: "2021-08-31", residentPopulation: 271200, adminVillagesStated: 62, poorVillagesStated: 13, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2020: 186000000, agriRetailGrowthStated: 0.362, trainingPersonTimesStated: 2968,
        eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 233, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3716500, overallProgress: 0.88,
        fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
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
// l1 — 韶关市仁化县: 宣传报道（月×级别格）、专栏更新（年×月格）、月报（报送日期只写月日）、经验材料、填表说明
// =====================================================================================================
function buildL1() {
  // ① 宣传报道
  const LV = [["国家级", "national"], ["省级", "province"], ["市级", "city"], ["县级", "county"]];
  const reports = {
    "2020-09": { county: [["16", "仁化县融媒体中心", "仁化：村级电商服务站挂牌运营", false]] },
    "2020-10": { city: [["21", "韶关日报", "仁化贡柑触网销", false]], county: [["9", "“仁化发布”公众号", "我县举办首期农村电商培训班", false]] },
    "2020-11": { province: [["18", "南方日报", "丹霞山下的电商新农人", false]] },
    "2020-12": { province: [["23", "广东广播电视台新闻频道", "仁化电商扶贫：贫困户网上卖沙田柚", true]], county: [["4", "仁化县融媒体中心", "电商公共服务中心投入运营", false], ["28", "仁化县融媒体中心", "年货节线上促销启动", false]] },
    "2021-01": {},
    "2021-03": { city: [["12", "韶关广播电视台", "仁化：直播带货助农增收", true]] },
    "2021-05": { national: [["20", "人民网", "广东仁化：小站点连着大市场", false]] },
    "2021-06": { county: [["8", "“仁化发布”公众号", "第十二期电商培训班开班", false]] },
    "2021-08": { city: [["26", "韶关日报", "仁化电商进农村示范县创建见成效", false]] },
    "2021-09": { national: [["9", "中央电视台农业农村频道", "山区县的电商扶贫路", true]] },
  };
  const mRows = [padRow(["仁化县电子商务进农村宣传报道登记（按月、按媒体级别）"], 6), padRow(["说明：格内“×日”为报道日期；标【电视】的为电视播报，其余为报纸、网络。"], 6),
    ["月份", "国家级媒体", "省级媒体", "市级媒体", "县级媒体", "备注"]];
  const mRecs = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    const r = reports[m] || {};
    const row = [cnMonth(m)];
    for (const [, key] of LV) {
      const items = r[key] || [];
      row.push(items.length ? items.map((x) => `${x[3] ? "【电视】" : ""}${x[0]}日 ${x[1]}《${x[2]}》`).join("\n") : null);
    }
    row.push(Object.keys(r).length ? null : "本月无报道");
    mRows.push(row);
  }
  // records in sheet order: row by row, left to right, top to bottom in a cell
  for (const m of monthsBetween("2020-09", "2021-09")) {
    const r = reports[m] || {};
    for (const [, key] of LV) for (const x of r[key] || []) mRecs.push({ date: `${m}-${x[0].padStart(2, "0")}`, level: key, tv: x[3] });
  }
  assert(mRecs.length === 12, "l1 media " + mRecs.length);

  // ② 专栏更新
  const U = {
    2020: { 7: "✓", 9: "8、22", 10: "✓", 11: "10", 12: "3、17、29" },
    2021: { 1: "12", 3: "✓", 4: "9、26", 5: "✓", 6: "15", 7: "6、20", 8: "18", 9: "7" },
  };
  const uRows = [padRow(["仁化县政府网站“电子商务进农村综合示范”专栏更新情况"], 14), padRow(["格内数字为当月更新日期（多次用“、”分开）；“✓”为当月有更新、日期未记录；空白为当月未更新。"], 14),
    ["年份"].concat([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((x) => `${x}月`)).concat(["全年次数"])];
  const uRecs = [];
  for (const y of [2020, 2021]) {
    const row = [`${y}年`];
    let n = 0;
    for (let mo = 1; mo <= 12; mo++) {
      const v = U[y][mo];
      row.push(v === undefined ? null : v);
      if (v === "✓") {
        uRecs.push({ date: `${y}-${String(mo).padStart(2, "0")}` });
        n++;
      } else if (v) {
        for (const dd of v.split("、")) {
          uRecs.push({ date: `${y}-${String(mo).padStart(2, "0")}-${dd.padStart(2, "0")}` });
          n++;
        }
      }
    }
    row.push(n);
    uRows.push(row);
  }
  assert(uRecs.length === 18, "l1 updates " + uRecs.length);

  // ③ 月报
  const rRows = [padRow(["仁化县向韶关市商务局报送月度工作进展情况登记"], 6), ["序号", "所属月份", "报送日期", "报送方式", "是否附电商扶贫统计", "备注"]];
  const rRecs = [];
  const sends = [
    ["2020-09", "2020-10-09", "附"], ["2020-10", "2020-11-06", "附"], ["2020-11", "2020-12-08", "未附"], ["2020-12", "2021-01-06", "附"],
    ["2021-01", "2021-02-05", "附"], ["2021-02", "2021-03-02", "附"], ["2021-03", "2021-04-07", null], ["2021-04", "2021-05-08", "附"],
    ["2021-05", "2021-06-04", "附"], ["2021-06", "2021-07-06", "附"], ["2021-07", "2021-08-05", "附"], ["2021-08", "2021-09-07", "附"],
  ];
  sends.forEach((s, i) => {
    const dcell = s[1] === "2021-03-02" ? "2021年3月2日" : mdOnly(s[1]);
    rRows.push([i + 1, cnMonth(s[0]), dcell, i % 3 === 0 ? "粤政易" : "电子邮件", s[2], s[2] === null ? "扶贫统计另行报送，未登记" : s[1] === "2021-01-06" ? "跨年报送" : null]);
    rRecs.push({ date: s[1], poverty: s[2] === null ? null : s[2] === "附" });
  });

  // ④ 经验材料
  const matRows = [padRow(["经验材料、典型案例报送登记"], 5), ["序号", "报送时间", "材料名称", "报送单位", "备注"],
    [1, "20/11/12", "仁化县村级电商服务站建设经验", "韶关市商务局", null],
    [2, "21.3.5", "“电商＋合作社＋贫困户”带贫案例", "韶关市商务局", "市局简报第6期采用"],
    [3, "21.6.18", "仁化县电商进农村示范创建阶段总结", "韶关市商务局", null],
    [4, "—", "仁化县示范创建工作经验（终稿）", "韶关市商务局", "尚未报送（拟9月底报）"]];
  const matRecs = [{ date: "2020-11-12" }, { date: "2021-03-05" }, { date: "2021-06-18" }];

  const note = [["填表说明"], ["1. 本册为信息公开、报送及宣传类台账，由县商务局电商股维护。"], ["2. 宣传报道按月份、媒体级别登记，一格可登记多条。"],
    ["3. 月报“报送日期”只写月日的，为所属月份之后的最近一次。"], ["4. 如有疑问请联系电商股：0751-63×××××。"]];
  return {
    description:
      "韶关仁化县商务局电商股的信息公开与宣传台账（五个表）：①《宣传报道》是月份×媒体级别的格子表（一月一行，国家级｜省级｜市级｜县级四列），一格里可换行写几条“23日 广东台《…》”，日期由行的月份加格里的日拼出，级别看所在列，“【电视】”为电视；“本月无报道”行没有记录；共12条（含2021年9月央视那条）。②《专栏更新》是年份×月份格子表：格里是当月更新的日（“3、17、29”拆成三条）、“✓”（只知道月份）或空白，末列“全年次数”不是日期；共18条。③《月报》所属月份｜报送日期（只写“1月6日”，年份要按所属月份推：2020年12月份的是2021-01-06）｜报送方式｜是否附电商扶贫统计（附／未附／空为未知）；共12条。④《经验材料》日期“20/11/12”“21.3.5”两位年份，“—”尚未报送那行不是记录。⑤《填表说明》不是台账。",
    sheets: [
      { name: "填表说明", rows: note },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1", "A2:F2"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:N1", "A2:N2"] },
      { name: "月报", rows: rRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "月报": { kind: "reports", records: rRecs },
        "经验材料": { kind: "materials", records: matRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 湛江市坡头区: 入驻企业（横排两段）、资金拨付（万元，季度小计）、贫困人口（按户）、隐藏下拉
// =====================================================================================================
function buildL2() {
  // ① 入驻企业 sideways, two bands
  const firmName = nameMaker("坡海南乾龙麻官", "头湾兴源达丰盛", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "电商运营商", "物流企业", "销售型", "直播电商", "平台型", "销售型", "电商运营商", "物流企业", "销售型", "农产品加工", "销售型"];
  const firms = TYPES.map((t, i) => ({
    name: `湛江市${firmName()}${t === "物流企业" ? "物流" : t === "农产品加工" ? "食品" : "电子商务"}有限公司`, type: t, code: creditCode("440804"),
    entered: randIsoBetween("2020-06-01", "2021-08-20"), left: null,
  }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[3].left = isoAdd(firms[3].entered, 150);
  firms[9].left = "2021-09-30";
  firms[13].entered = "2021-09-02";
  const LAB = ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "联系人"];
  const eRows = [padRow(["坡头区电子商务产业园入驻企业登记表"], 8)];
  const eM = ["A1:H1"];
  for (const band of [firms.slice(0, 7), firms.slice(7)]) {
    LAB.forEach((lab, li) => {
      const row = [lab];
      band.forEach((f, k) => {
        const idx = firms.indexOf(f);
        const v = [idx + 1, f.name, f.code, f.type, dateCell(f.entered, idx + li), f.left ? cnDate(f.left) : "—", personName()][li];
        row.push(v);
      });
      eRows.push(padRow(row, 8));
    });
    eRows.push(padRow([], 8));
  }
  eRows.push(padRow(["注：表格横排打印，每页7家；退出日期“—”为仍在园。"], 8));
  eM.push(`A${eRows.length}:H${eRows.length}`);
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ② 资金拨付 (万元, quarter subtotals)
  const pays = [
    ["2020-10-15", 325000, "村级站点建设（第一批）"], ["2020-11-27", 128600, "培训服务费"], ["2020-12-22", 560000, "公共服务中心建设"],
    ["2021-01-19", 86400, "中心运营费（一季度）"], ["2021-03-10", 245000, "物流配送体系建设"], ["2021-04-23", 198750, "村级站点建设（第二批）"],
    ["2021-06-11", 310000, "农产品品牌推广"], ["2021-07-28", 152300, "培训服务费（第二批）"], ["2021-09-14", 275000, "公共服务中心尾款"],
  ];
  const q = (iso) => quarterText(iso);
  const fRows = [padRow(["坡头区电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：万元"], 6), ["序号", "拨付日期", "项目名称", "承建单位", "拨付金额", "凭证号"]];
  const fRecs = [];
  let curQ = null;
  let qSum = 0;
  let n = 0;
  const flush = () => {
    if (curQ) fRows.push([null, null, `${curQ}小计`, null, wan(qSum), null]);
  };
  for (const p of pays) {
    if (q(p[0]) !== curQ) {
      flush();
      curQ = q(p[0]);
      qSum = 0;
    }
    n++;
    const amt = p[1] === 86400 ? "86,400元" : p[1] === 325000 ? fwText("32.5") : wan(p[1]);
    fRows.push([n, dateCell(p[0], n + 1), p[2], `湛江市${["坡兴", "南调", "乾塘"][n % 3]}电子商务有限公司`, amt, `记-${pad3(n)}`]);
    fRecs.push({ date: p[0], amount: p[1] });
    qSum += p[1];
  }
  flush();
  fRows.push([null, null, "累计", null, wan(sum(pays.map((p) => p[1]))), null]);

  // ③ 贫困人口 by household
  const REG = "440804";
  // [relation, labour, 务工状况, 劳动技能 when no labour, birth year range]
  const HH = [
    [["户主", true, "县内务工", null, [1972, 1980]], ["配偶", true, "省外务工", null, [1974, 1982]], ["之子", false, null, "无劳动力（在校生）", [2005, 2009]]],
    [["户主", true, "未务工", null, [1966, 1972]], ["之女", true, "省内县外务工", null, [1993, 1999]]],
    [["户主", false, null, "丧失劳动力", [1940, 1950]]],
    [["户主", true, "县内务工", null, [1968, 1974]], ["配偶", true, "未务工", null, [1969, 1975]], ["之子", true, "省外务工", null, [1994, 1998]], ["之孙", false, null, "无劳动力（学龄前）", [2016, 2018]]],
    [["户主", true, "公益性岗位", null, [1963, 1970]], ["配偶", false, null, "丧失劳动力", [1958, 1964]]],
    [["户主", true, null, null, [1970, 1978]], ["之子", true, "省外务工", null, [1996, 2001]]],
    [["户主", true, "省内县外务工", null, [1978, 1985]], ["配偶", true, "县内务工", null, [1980, 1986]], ["之女", false, null, "无劳动力（在校生）", [2007, 2012]]],
  ];
  const VIL = ["南三镇田头村", "乾塘镇沙城村", "龙头镇旧村", "坡头镇南调村", "官渡镇新村"];
  const pRows = [padRow(["坡头区建档立卡贫困人口花名册（按户）"], 9), ["户编号", "户主", "家庭人口", "成员姓名", "与户主关系", "身份证号", "劳动技能", "务工状况", "所在村"]];
  const pM = ["A1:I1"];
  const pRecs = [];
  let xDone = false;
  HH.forEach((h, hi) => {
    const r0 = pRows.length + 1;
    const head = personName();
    h.forEach((m, k) => {
      const wantX = !xDone && hi === 3 && k === 1 ? true : undefined;
      const id = makeId(REG, birthBetween(m[4][0], m[4][1]), ["配偶", "之女"].includes(m[0]) ? false : true, wantX);
      if (wantX) xDone = true;
      const nm = k === 0 ? head : personName(m[0] === "配偶" ? undefined : head[0]);
      const lab = m[1] ? (k % 2 ? "技能劳动力" : "普通劳动力") : m[3];
      pRows.push([k === 0 ? `PT${pad3(hi + 1)}` : null, k === 0 ? head : null, k === 0 ? `${h.length}人` : null, nm, m[0], wantX ? id.slice(0, 17) + "x" : id, lab,
        m[2] === null ? null : m[2], k === 0 ? VIL[hi % VIL.length] : null]);
      pRecs.push({ id, labour: m[1], migrant: m[2] === null ? null : /省外|县外/.test(m[2]) });
    });
    const r1 = pRows.length;
    if (r1 > r0) for (const c of ["A", "B", "C", "I"]) pM.push(`${c}${r0}:${c}${r1}`);
  });
  assert(xDone && pRecs.length === 17, "l2 poor");
  pRows.push(padRow([null, `合计：${HH.length}户${pRecs.length}人`], 9));

  const hid = [["企业类型", "劳动技能", "务工状况"], ["平台型", "技能劳动力", "省外务工"], ["销售型", "普通劳动力", "省内县外务工"], ["电商运营商", "丧失劳动力", "县内务工"],
    ["物流企业", "无劳动力", "未务工"], ["其他", null, "公益性岗位"]];
  return {
    description:
      "湛江坡头区商务局的台账（四个表）：①《入驻企业》横排——A列是字段名（序号、企业名称、统一社会信用代码、企业类型、入驻日期、退出日期、联系人），一家企业一列，每页7家分上下两段（第二段重复字段名、段间空行），退出日期“—”为仍在园，一家2021年9月30日才退园、一家9月入驻，照列；共14家。②《资金拨付》单位万元（第2行），每季度一行“2020年第四季度小计”、末行“累计”都不是拨付；金额有全角“３２．５”、一格“86,400元”（按元）；共9笔（含9月尾款）。③《贫困人口》按户排：户编号、户主、家庭人口、所在村纵向合并，一人一行；劳动技能“技能／普通劳动力”为有，“丧失劳动力”“无劳动力（在校生）”为无；务工状况“省外务工”“省内县外务工”为外出，“县内务工”“未务工”“公益性岗位”不是，空白未知；一人身份证末位小写x；共17人。④隐藏的《下拉选项》不是台账。",
    sheets: [
      { name: "入驻企业", rows: eRows, merges: eM },
      { name: "资金拨付", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "贫困人口", rows: pRows, merges: pM },
      { name: "下拉选项", rows: hid, hidden: true },
    ],
    expect: {
      sheets: {
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "贫困人口": { kind: "poorPersons", records: pRecs },
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
write("counties", "b228-c1-shixing.json", c1);
write("facts", "b228-f1-meixian.json", f1);
write("facts", "b228-f2-haojiang.json", f2);
write("facts", "b228-f3-yunan.json", f3);
write("ledgers", "b228-l1-renhua.json", l1);
write("ledgers", "b228-l2-potou.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
