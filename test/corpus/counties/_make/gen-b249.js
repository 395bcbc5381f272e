// Batch 249 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b248.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (249249), no clock. Run: node test/corpus/counties/_make/gen-b249.js
// Theme: a facts sheet pasted from presentation slides (slide number, title, bullets with figures and ticks, speaker notes,
// page footers) and ledgers whose rows are photo captions (c1, f1, l1).
//
// c1 高州市 (茂名): 《汇报PPT备注页》 one block per slide — “幻灯片N” + title, one bullet a row (“●” figures, “✔” / “✘”), a
//    “备注：” speaker-note row, a footer “N / 11”; the judged points on the “主观项自评” slide, the claims as a small table on the
//    “自评得分” slide. Stations, training sessions and press reports are photo / screenshot captions (village, date, 人次, level all
//    inside the caption text; one session “2021年4月5日—7日”). Edges: population capped at 500,000 and exactly 5,000 person-times
//    (1%); 210 villages capped at 200 and exactly 140 covered (70%), hinging on a station opened 2021-08-31; centre opened
//    2021-02-28 (exactly six months); exactly 20 firms; poor training exactly 35/50 = 70% (bonus); growth exactly 30%;
//    disbursed exactly 70%; material sent 2021-08-31; the national-TV case aired 2021-09-05 (only the provincial one counts).
// f1 雷州市 (湛江): the PPT printed as 讲义 (three slides a page, ruled note lines), copied slide by slide: page header rows, number
//    only on the title row, bullets below, the presenter's handwritten notes in column D (blank lines as “____”); some notes are
//    facts (poor persons 6,218 / 3,406); “行政村快递覆盖率：96.7%” (not 100%); the centre opened “2020年9月”.
// f2 海丰县 (汕尾): a 金数据 online-form answer exported to Excel — one header row of numbered questions (units only in the
//    question's brackets), one answer row; submission metadata before and device/IP/duration after; two optional questions blank.
// f3 普宁市 (揭阳): the minutes of the city's on-site review as Q&A — 评审组提问｜普宁市答复｜对应指标｜自评分｜评审意见; facts and judged
//    points only inside the answer sentences; follow-up rows “6-1” carry no points; the bonus row typed “0＋1”.
// l1 五华县 (梅州): station photos as a contact sheet (three a row, caption row below with an in-cell line break, reading order),
//    training photo captions (a month-only date, two sessions in one caption counted as one record, a three-day range), and a
//    拍摄说明 page (not a ledger).
// l2 博罗县 (惠州): an Outlook “sent items” export as the report log (a late 补报), a bank statement as the fund ledger (only debits
//    are disbursements; allocation and interest credits are not), and the poverty-system export (劳动技能 / 务工状况 codes).
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
let seed = 249249;
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
    assert(/^b249-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b249-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b249-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 茂名市高州市: 汇报PPT“备注页”当基础数据（每张幻灯片：编号、标题、要点、备注、页脚），站点／培训／媒体三张照片说明当台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "440981";
  const TOWNS = ["潭头镇", "东岸镇", "长坡镇", "根子镇", "泗水镇", "分界镇", "曹江镇", "荷塘镇", "石鼓镇", "沙田镇", "大井镇", "新垌镇",
    "云潭镇", "马贵镇", "古丁镇", "深镇镇", "平山镇", "大坡镇", "石板镇", "谢鸡镇"];
  const NV = {};
  TOWNS.forEach((t, i) => (NV[t] = 8 + ((i * 7) % 7)));
  const base = sum(Object.values(NV));
  NV["根子镇"] += 210 - base;
  assert(NV["根子镇"] > 8 && NV["根子镇"] < 60, "c1 nv " + NV["根子镇"]);
  const COMM = { 潭头镇: ["潭头圩社区"], 长坡镇: ["长坡墟社区"], 分界镇: ["分界墟社区"], 石鼓镇: ["石鼓墟社区"], 新垌镇: ["新垌墟社区"], 谢鸡镇: ["谢鸡墟社区"] };
  const vn0 = villageNamer("柏大石黄竹金龙禾平塘上高古莲茶沙榕凤", "桥坑岭垌坡田头湾寨坝山冲背岗围埇");
  const vn = () => {
    for (let k = 0; k < 200; k++) {
      const v = vn0();
      if (!TOWNS.some((t) => v.includes(t.replace(/镇$/, ""))) && v[0] !== v[1]) return v;
    }
    throw new Error("c1 vn");
  };
  const vil = [];
  for (const t of TOWNS) {
    for (const c of COMM[t] || []) vil.push({ town: t, name: c, admin: false });
    for (let i = 0; i < NV[t]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 210 && comms.length === 6, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  for (const v of adminV) for (const t of TOWNS) assert(!v.name.includes(t.replace(/镇$/, "")), "c1 village/town stem " + v.name);
  const poorList = shuffle(adminV).slice(0, 12);
  for (const v of poorList) v.poor = true;

  // ---------------- 村居名单
  const vRows = [padRow(["高州市行政村（社区）名单"], 6), ["序号", "镇", "村（社区）名称", "类型", "是否省定贫困村", "快递是否到村"]];
  vil.forEach((v, i) => vRows.push([i + 1, v.town, v.admin && i % 6 === 3 ? v.name.replace(/村$/, "村委会") : v.name, v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : "否") : null, "是"]));
  vRows.push(padRow(["注：共行政村210个、社区6个。"], 6));
  const vM = ["A1:F1", `A${vRows.length}:F${vRows.length}`];

  // ---------------- 站点挂牌照片说明：截止日前有站的行政村140个（140/min(210,200)=70%），贫困村11/12
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.slice(0, 11).forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-07-31") }));
  nonPoor.slice(0, 128).forEach((v) => st.push({ v, opened: randIsoBetween("2020-03-01", "2021-08-25") }));
  st.push({ v: nonPoor[128], opened: "2021-08-31" });
  st.push({ v: nonPoor[10], opened: "2021-05-20", second: true });
  st.push({ v: comms[1], opened: "2020-12-04", comm: true });
  st.push({ v: poorList[11], opened: "2021-09-01" });
  st.push({ v: nonPoor[129], opened: "2021-09-01" });
  st.sort((a, b) => cmp(a.opened, b.opened));
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 140 && covered.size * 100 === 70 * 200 && poorCovered === 11, "c1 coverage " + covered.size);
  assert(new Set(st.filter((s) => !s.comm && s.opened < CUT).map((s) => s.v.name)).size === 139, "c1 8-31 decides");
  const sRows = [padRow(["高州市村级电商服务站点挂牌照片说明（佐证材料之二）"], 4), ["图号", "照片", "照片说明", "原文件名"]];
  const sRecs = [];
  st.forEach((s, i) => {
    const no = `图2-${pad3(i + 1)}`;
    const nm = s.comm ? s.v.name + "电商服务点" : s.v.name + "电商服务站" + (s.second ? "（二号站）" : "");
    const dt = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021年9月1日" : [cnDate(s.opened), dotDate(s.opened), dashNoPad(s.opened)][i % 3];
    const cap = i % 4 === 1 ? `${s.v.town}${nm}，站长${personName()}在站内为村民代收快递（${dt}挂牌）`
      : i % 4 === 3 ? `${dt}，${s.v.town}${nm}正式挂牌运营`
      : `${s.v.town}${nm}挂牌（${dt}）`;
    sRows.push([no, "［图片］", cap, `DSC_${String(4000 + i * 7).padStart(4, "0")}.JPG`]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });
  sRows.push(padRow(["说明：照片按挂牌时间排列；社区服务点不属于行政村站点。"], 4));
  const sM = ["A1:D1", `A${sRows.length}:D${sRows.length}`];

  // ---------------- 建档立卡贫困人口（60人：有劳动能力54，其中外出务工4 → 50人）
  const persons = [];
  for (let i = 0; i < 60; i++) {
    persons.push({ id: makeId(REG, birthBetween(1962, 2001), rnd() < 0.5, i % 11 === 3 ? true : i % 11 === 4 ? false : undefined), name: personName(),
      v: poorList[i % 12], labour: i < 54, migrant: i >= 50 && i < 54 });
  }
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 50, "c1 eligible");
  const pRows = [padRow(["高州市建档立卡贫困人口名单（电商培训对象摸底）"], 7), ["序号", "姓名", "身份证号码", "镇", "村", "是否有劳动能力", "是否外出务工"]];
  shuffle(persons).forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.v.town, p.v.name, p.labour ? "是" : "否", p.migrant ? "是" : "否"]));

  // ---------------- 脱贫户专题培训签到：35/50 = 70%
  const EL = shuffle(eligible);
  const trained = EL.slice(0, 35);
  const late = EL[35];
  const mig = persons.find((p) => p.migrant);
  const nolab = persons.find((p) => !p.labour);
  const cls = [["2020-10-20", "第一期"], ["2021-01-13", "第二期"], ["2021-04-21", "第三期"], ["2021-07-06", "第四期"], ["2021-09-03", "第五期"]].map(([d, t]) => ({ d, t, ps: [] }));
  trained.forEach((p, i) => cls[i % 4].ps.push(p));
  [0, 4, 8, 12, 16, 20].forEach((k) => cls[(k + 1) % 4].ps.push(trained[k]));
  cls[1].ps.push(mig);
  cls[2].ps.push(nolab);
  cls[4].ps.push(late, trained[2]);
  const tRows = [padRow(["高州市脱贫户电商专题培训签到表"], 6), ["序号", "培训日期", "期次", "姓名", "身份证号", "签名"]];
  const tRecs = [];
  cls.forEach((c, ci) => shuffle(c.ps).forEach((p) => {
    tRows.push([tRecs.length + 1, [D(c.d), dotDate(c.d), cnDate(c.d), slashDate(c.d), D(c.d)][ci], c.t, p.name, p.id, p.name]);
    tRecs.push({ date: c.d, personTimes: 1, id: p.id });
  }));
  checkTrainingIds(tRecs, "c1");
  const eIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tRecs.filter((r) => r.date <= CUT && eIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 35 && trainedIds.size * 100 === 70 * 50, "c1 poor rate");
  const S2 = tRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 培训现场照片说明：场次人次写在说明里；截止日前合计 + 签到行 = 5,000 = 500,000 的 1%
  const PT = 5000;
  const sessTowns = shuffle(TOWNS.concat(TOWNS)).slice(0, 36);
  const sess = sessTowns.map((t, i) => ({ town: t, d: randIsoBetween("2020-09-05", "2021-08-20"), n: rint(90, 160), k: i }));
  sess.push({ town: "市电商公共服务中心", d: "2021-04-07", d0: "2021-04-05", n: 0, range: true });
  sess.push({ town: "大井镇", d: "2021-09-02", n: 64, after: true });
  const fixer = sess.find((s) => s.range);
  fixer.n = PT - S2 - sum(sess.filter((s) => !s.after && s !== fixer).map((s) => s.n));
  assert(fixer.n > 100 && fixer.n < 400, "c1 fixer " + fixer.n);
  sess.sort((a, b) => cmp(a.d, b.d));
  const S1 = sum(sess.filter((s) => s.d <= CUT).map((s) => s.n));
  assert(S1 + S2 === PT && PT * 100 === 500000, "c1 PT");
  const gRows = [padRow(["高州市农村电商培训现场照片说明（佐证材料之三）"], 3), ["图号", "照片", "说明"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    const no = `图3-${String(i + 1).padStart(2, "0")}`;
    let cap;
    if (s.range) cap = `2021年4月5日—7日，高州市电商直播带货实操培训班在市电商公共服务中心举办，三天共培训${s.n}人次。`;
    else if (s.after) cap = `2021年9月2日，大井镇荔枝龙眼网络营销培训班，培训${s.n}人次（截止日后补充）。`;
    else cap = [`${cnDate(s.d)}，${s.town}农村电商普及培训班开班，参训${s.n}人次。`, `${s.town}电商培训现场（${dotDate(s.d)}，${s.n}人次）`,
      `${cnDate(s.d)}　${s.town}“电商进村”培训，学员${s.n}人次认真听讲`][i % 3];
    gRows.push([no, "［图片］", cap]);
    gRecs.push({ date: s.d, personTimes: s.n });
  });

  // ---------------- 入驻企业：22行，截止日在园20家
  const fnm = nameMaker("高荔鉴潘良冼州", "丰源达盛和兴隆华", "", []);
  const TY = ["平台型", "网店", "网店", "代运营", "快递", "网店", "网店", "平台型", "网店", "网店", "代运营", "网店", "网店", "快递", "网店", "网店", "网店", "网店", "网店", "代运营", "网店", "网店"];
  const firms = TY.map((t) => ({ name: `高州市${fnm()}${t === "快递" ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode(REG), entered: randIsoBetween("2020-04-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[5].left = "2021-07-15";
  firms[21].entered = "2021-09-03";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20, "c1 park");
  const eRows = [padRow(["高州市电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, [D(f.entered), dotDate(f.entered)][i % 2], f.left ? D(f.left) : null, f.left ? "已迁出" : null]));

  // ---------------- 资金台账（万元）：截止日前350万 / 500万 = 70%
  const pays = [["2020-06-18", 865000, "县级电商公共服务中心建设"], ["2020-09-25", 412600, "村级站点建设补助（第一批）"], ["2020-12-10", 356380, "农村电商培训"],
    ["2021-03-16", 523700, "县乡村三级物流配送体系"], ["2021-05-27", 0, "村级站点建设补助（第二批）"], ["2021-08-31", 298000, "农产品品牌推广"], ["2021-09-01", 286000, "村级站点建设补助（第三批）"]];
  pays[4][1] = 3500000 - sum(pays.filter((p) => p[0] <= CUT && p[1]).map((p) => p[1]));
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3500000 && spent * 100 === 70 * 5000000 && pays[4][1] > 500000, "c1 spent");
  const fRows = [padRow(["高州市电子商务进农村综合示范专项资金使用台账"], 5), padRow(["单位：万元"], 5), ["序号", "拨付日期", "项目", "拨付金额", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, [D(p[0]), dotDate(p[0])][i % 2], p[2], wan4(p[1]), `高商财${pad3(i * 4 + 11)}`]));
  fRows.push([null, "合计", null, wan4(sum(pays.map((p) => p[1]))), null]);

  // ---------------- 报送：缺2021年1月；专栏：12个月；经验材料：8月31日
  const reps = WINDOW.filter((m) => m !== "2021-01").map((m) => `${m}-${String(rint(25, 28)).padStart(2, "0")}`);
  assert(inWindowMonths(reps) === 10 + 1, "c1 reps");
  const rRows = [padRow(["高州市向茂名市商务局报送情况登记"], 4), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计"]];
  reps.forEach((r, i) => rRows.push([i + 1, D(r), `${cnMonth(r)}示范创建工作进展`, i === 6 ? "是" : "否"]));
  const ups = WINDOW.map((m) => `${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  const uRows = [padRow(["高州市人民政府网电子商务进农村专栏更新记录"], 3), ["序号", "发布日期", "标题"]];
  ups.forEach((u, i) => uRows.push([i + 1, dotDate(u), `高州市电子商务进农村综合示范工作动态（${cnMonth(u)}）`]));
  const matRows = [padRow(["经验材料报送"], 3), ["序号", "报送日期", "材料名称"], [1, D("2021-08-31"), "高州市“荔枝＋直播”带动脱贫户增收经验做法"]];

  // ---------------- 媒体报道截图说明
  const mCaps = [
    ["2020-11-24", "截图1　2020年11月24日，高州市融媒体中心（县级）微信公众号：《村里有了电商站，买卖不用出山》"],
    ["2021-03-09", "截图2　2021年3月9日，《茂名日报》（市级）第3版：《高州：电商服务站织密农村流通网》"],
    ["2021-05-12", "截图3　2021年5月12日，《南方日报》（省级）：《高州荔枝“触网”走俏》"],
    ["2021-06-18", "截图4　2021年6月18日，广东广播电视台珠江频道（省级电视）播出电商扶贫典型案例《脱贫户直播卖荔枝》"],
    ["2021-09-05", "截图5　2021年9月5日，中央电视台农业农村频道（国家级电视）播出电商扶贫典型案例《高州荔枝的电商路》"],
  ];
  const mdRows = [padRow(["高州市电子商务进农村宣传报道截图说明（佐证材料之四）"], 2), ["截图", "说明"]].concat(mCaps.map((m) => ["［截图］", m[1]]));

  // ---------------- 汇报PPT（备注页）
  const W = 4;
  const ppt = [padRow(["高州市电子商务进农村综合示范创建工作汇报（PPT备注页）"], W)];
  const pM = ["A1:D1"];
  const slides = [
    ["高州市电子商务进农村综合示范创建工作汇报", ["高州市人民政府", "2021年9月"], "开场：各位领导、专家，下面我代表高州市人民政府汇报示范创建情况。"],
    ["一、基本情况", ["● 常住人口132.51万人（第七次全国人口普查）", "● 行政村210个、社区6个，其中省定贫困村12个", "● 数据截至2021年8月31日"], "常住人口按七普口径，不用户籍人口。"],
    ["二、组织领导", ["✔ 成立以市长为组长的示范创建工作领导小组", "✔ 成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、邮政高州分公司",
      "✔ 《高州市电子商务进农村综合示范工作方案》（高府办〔2019〕52号）已正式印发", "✔ 出台《高州市支持农村电子商务发展若干措施》"], "重点讲市长亲自抓、每季度召开领导小组会议。"],
    ["三、县级电商公共服务中心和产业园", ["● 公共服务中心2021年2月28日正式投入运营", "✔ 免费培训场所、培训设备，能组织电商基础培训", "✔ 特色农产品免费展示、销售服务",
      "✔ 免费摄影、美工服务", "✔ 农产品统一推广、品牌建设指导", "✘ 其他衍生增值服务（正在筹划）", "✔ 整合优化高州市电子商务产业园"], "中心位于石仔岭街道，面积约2,300平方米。"],
    ["四、村级站点与物流", ["✔ 行政村物流快递覆盖率100%", "✔ 引入专业第三方电子商务运营服务商"], "站点明细见佐证材料之二（挂牌照片）。"],
    ["五、农村产品上行", ["● 2019年农村网络零售额28.6亿元", "● 2020年农村网络零售额37.18亿元，同比增长30%"], "荔枝季开展“荔枝节”网络促销。"],
    ["六、信息公开与报送", ["✔ 市政府网站开设电子商务进农村专栏", "✔ 专栏公示创建方案、项目基本信息、项目建设进度", "✘ 征求意见、监督举报窗口（尚未开通）", "✔ 能统计电商扶贫情况"], "专栏每月更新。"],
    ["七、资金管理", ["● 下达省级专项资金500万元", "● 项目总体进度85%", "✔ 制定专项资金管理办法，建立资金专用台账"], "拨付明细见资金台账。"],
    ["八、主观项自评", ["方案制定：2分", "政策支持：1分", "项目管理制度：2分", "工作台账：1分", "网销调研：2分", "网络促销活动：2分", "交易标准、冷链溯源：1分", "资金管理制度：5分", "资金台账：4分", "资金及时拨付：3分"], "主观项按评分标准区间自评。"],
    ["九、自评得分", null, "自评合计93分，另申请加分3分。"],
    ["十、承诺", ["✔ 创建期间未发生安全生产、质量事故或重大损失", "✔ 无弄虚作假行为"], "谢谢各位领导！"],
  ];
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 2, "bonus.tvCase": 1 };
  const NAMES = { "org.leadership": "组织领导", "org.plan": "方案制定", "org.policy": "政策支持", "org.management": "项目管理", "work.center": "服务体系建设（县级中心、产业园）",
    "work.coverage": "服务体系建设（村级站点）", "work.upward": "农村产品上行", "work.training": "电商人才培训", "info.disclosure": "信息公开", "info.reporting": "数据上报",
    "promo.cases": "案例总结", "promo.media": "经验推广", "fund.system": "制度建立", "fund.ledger": "资金台账", "fund.spending": "资金支出",
    "bonus.poorTraining": "加分：贫困人口培训率≥70%", "bonus.tvCase": "加分：电商扶贫典型案例获电视播报" };
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  slides.forEach(([title, bullets, note], i) => {
    const n = i + 1;
    rowsWithMerge(ppt, pM, [`幻灯片${n}`, title, null, null], ["B#:D#"]);
    if (bullets) for (const b of bullets) rowsWithMerge(ppt, pM, [null, b, null, null], ["B#:D#"]);
    else {
      ppt.push([null, "评价指标", "分值", "自评分"]);
      for (const id of Object.keys(claimed)) ppt.push([null, NAMES[id], MAX[id], claimed[id]]);
    }
    rowsWithMerge(ppt, pM, ["备注：", note, null, null], ["B#:D#"]);
    ppt.push([null, null, null, `${n} / ${slides.length}`]);
  });
  for (const r of ppt) assert(r.length === W, "c1 ppt width");
  assert(sum(SCORED.map(([id]) => claimed[id])) === 93, "c1 claimed 93");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1, "work.coverage": 5 + 3,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2, "work.training": 10 + 10, "info.disclosure": 0 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 2, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(286000000 * 1.3 === 371800000 || (371800000 - 286000000) * 10 === 3 * 286000000, "c1 growth 30%");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 87, "c1 scored " + scored);
  const bonus = 3;
  const derivation = [
    "org.leadership: 幻灯片2“以市长为组长”（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 方案已正式印发（高府办〔2019〕52号）；幻灯片8 方案制定2分 → 2",
    "org.policy: 已出台若干措施；政策支持1分 → 1",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    "work.center: 中心2021年2月28日投入运营 → 建成2；正好是截止日前6个月（2021-02-28）→ 满6个月2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“✘” → 0；产业园2；《入驻企业》22行：2021-07-15迁出的、2021-09-03入驻的不算 → 在园20家 → 2；类型平台型／网店（销售）／代运营（运营）／快递（物流）4种 → 1；合计14",
    `work.coverage: 《村居名单》行政村210个（社区6个不算），基数取min(210,200)=200；《站点挂牌照片》截止日前挂牌的站覆盖行政村140个（同村二号站算一次，潭头圩等社区服务点不算，2021年9月1日挂牌的两站不算；2021年8月31日挂牌的一站算，少了它139/200=69.5%只得2） → 140/200 = 70.0% → 5；省定贫困村12个中截止日前有站11个（第12个9月1日才挂牌） → 91.7% → 3；合计8`,
    "work.upward: 网销调研2、网络促销2；第三方运营服务商1；《村居名单》“快递是否到村”全部“是” → 1；交易标准与冷链溯源1；农村网络零售额28.6亿→37.18亿元，增长正好30% → 2；合计9",
    `work.training: 常住人口132.51万人，基数取上限500,000；《培训现场照片说明》截止日前各场人次合计${fmtInt(S1)}（4月5日—7日那场按7日计；9月2日大井镇64人次不算）＋《脱贫户专题培训签到》截止日前${S2}行 = 5,000人次 = 500,000的1.00% → 10；《贫困人口》有劳动能力且未外出务工50人，截止日前签到过的35人（多次参训算一人；外出务工、无劳动能力各1人不算；只参加2021-09-03第五期的1人不算） → 35/50 = 70.0% → 10；合计20`,
    "info.disclosure: 专栏公示方案、项目信息、建设进度，但征求意见／监督举报窗口“✘尚未开通” → 0；《专栏更新记录》2020年9月—2021年8月每月都有 → 2；合计2",
    "info.reporting: 《报送记录》窗口内缺2021年1月 → 不定时1；能统计电商扶贫情况“✔”（报送记录也有一条“是”） → 3；合计4",
    "promo.cases: 《经验材料》2021-08-31报送一份（截止日当天算） → 2",
    "promo.media: 《媒体报道截图》截止日前有省级（南方日报、广东广播电视台） → 4、市级（茂名日报） → 3、县级（高州市融媒体中心） → 1；合计8",
    "fund.system: 资金管理制度自评5 → 5",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 《资金台账》（万元）截止日前各笔合计350.0000万元（2021.9.1的28.6万不算，合计行不算，8月31日那笔算）/ 500万 = 70.0% ≥ 70% → 及时拨付自评3 → 3`,
    "bonus.poorTraining: 贫困人口培训率35/50 = 70.0% ≥ 70% → 2",
    "bonus.tvCase: 广东广播电视台（省级电视）2021-06-18播出电商扶贫典型案例 → 1；中央电视台那条2021-09-05在截止日后，不算国家级 → 1",
    "veto.incident: 承诺页“未发生安全生产、质量事故或重大损失” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “无弄虚作假行为” → 不否决",
  ];
  return {
    description:
      `茂名高州市商务局的整本考评工作簿（12个表），${scored}分＋加分${bonus}＝${scored + bonus}分、未否决。事实表是市政府迎检汇报PPT的“备注页”逐张抄进Excel：每张幻灯片一段——A列“幻灯片N”、B列标题（B:D合并），下面每个要点一行（“●”带数字，“✔”做了、“✘”没做，如“✘ 征求意见、监督举报窗口（尚未开通）”“✘ 其他衍生增值服务（正在筹划）”），再一行“备注：”讲稿，最后一行页脚“N / 11”；主观项自评写在“八、主观项自评”页（“方案制定：2分”），自评得分是“九、自评得分”页里的小表（评价指标｜分值｜自评分，含两项加分）。站点、培训、宣传三本台账都是佐证照片说明：《站点挂牌照片》图号｜［图片］｜照片说明｜原文件名，村名、镇名和挂牌日期都在说明文字里（“根子镇××村电商服务站挂牌（2020.11.6）”“…站长×××在站内为村民代收快递（…挂牌）”），有一个村的“二号站”和一个社区服务点；《培训现场照片》每张照片一场，人次写在说明里，一场写成“2021年4月5日—7日…三天共培训×人次”；《媒体报道截图》级别写在括号里。边界：常住人口132.51万取上限50万，培训正好5,000人次＝1%；行政村210个取上限200，覆盖正好140个＝70%，靠一个2021年8月31日挂牌的站；中心2021年2月28日运营正好满6个月；在园企业正好20家；贫困人口培训率正好35/50＝70%（有加分）；网零增速正好30%；拨付正好350万＝70%；经验材料8月31日报送；央视典型案例9月5日播出不算，只得省级电视加分1。`,
    sheets: [
      { name: "汇报PPT备注页", rows: ppt, merges: pM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点挂牌照片", rows: sRows, merges: sM },
      { name: "培训现场照片", rows: gRows, merges: ["A1:C1"] },
      { name: "脱贫户专题培训签到", rows: tRows, merges: ["A1:F1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:E1", "A2:E2"] },
      { name: "报送记录", rows: rRows, merges: ["A1:D1"] },
      { name: "专栏更新记录", rows: uRows, merges: ["A1:C1"] },
      { name: "媒体报道截图", rows: mdRows, merges: ["A1:B1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:C1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}
// =====================================================================================================
// f1 — 湛江市雷州市: 汇报PPT打印的“讲义”（每页3张幻灯片＋右侧备注横线），经办人照抄进Excel，手写备注抄在D列
// =====================================================================================================
function buildF1() {
  const W = 4;
  const rows = [];
  const merges = [];
  const slides = [
    ["雷州市电子商务进农村综合示范创建工作汇报", ["雷州市商务局", "2021年9月"], ["开场不超过1分钟"]],
    ["一、基本情况", ["• 常住人口：134.8万", "• 行政村：479个", "• 省定贫困村：29个", "• 数据截至：2021年8月31日"], ["人口是七普数", "村数不含社区"]],
    ["二、组织保障", ["√ 市委副书记、市长任领导小组组长", "√ 成员：商务局、财政局、农业农村局、乡村振兴局、交通运输局、供销社", "√ 工作方案已正式印发", "√ 出台支持农村电商发展政策措施"],
      ["强调“一把手”挂帅", "方案文号雷府办〔2019〕61号"]],
    ["三、县级公共服务中心", ["• 投入运营：2020年9月", "√ 免费培训场所、设备", "√ 特色农产品免费展示、销售", "√ 免费摄影、美工", "√ 统一推广、品牌建设", "× 其他衍生增值服务"],
      ["中心在雷城街道", "衍生服务还没做，不要展开讲"]],
    ["四、产业园与第三方", ["√ 整合优化雷州市电商产业园", "√ 引入专业第三方电子商务运营服务商", "• 行政村快递覆盖率：96.7%"], ["还有16个村快递未到村，年底前解决"]],
    ["五、农产品上行", ["• 农产品网络零售额：2019年 8.42亿元", "• 农产品网络零售额：2020年 10.65亿元", "• 同比增长 26.5%"], ["菠萝、番薯、海鸭蛋是主打"]],
    ["六、人才培训", ["• 累计培训 15,326人次"], ["如问起贫困人口：有劳动能力、未外出务工的建档立卡贫困人口6,218人", "已参加培训3,406人"]],
    ["七、信息公开", ["√ 市政府网开设专栏", "√ 公示创建方案", "√ 公示项目基本信息", "√ 公示项目建设进度", "√ 设立监督举报电话"], ["专栏截图在附件"]],
    ["八、资金管理", ["• 下达资金：500万元", "• 已拨付：412.6万元", "• 项目总体进度：86%", "√ 出台专项资金管理办法", "√ 建立资金专用台账"], ["拨付率82.5%"]],
    ["九、主观项自评", ["方案制定　2分", "政策支持　2分", "项目管理制度　2分", "工作台账　1分", "网销调研　1分", "网络促销活动　2分", "交易标准、冷链溯源　1分",
      "资金管理制度　4分", "资金台账　4分", "资金及时拨付　4分"], ["主观分按中间偏上自评"]],
  ];
  const N = slides.length;
  slides.forEach(([title, bullets, notes], i) => {
    if (i % 3 === 0) {
      rowsWithMerge(rows, merges, [`雷州市电子商务进农村综合示范创建工作汇报　　讲义　　第${i / 3 + 1}页`, null, null, null], ["A#:D#"]);
      rows.push(["幻灯片", "幻灯片内容", null, "备注"]);
    }
    const lines = [title].concat(bullets);
    const h = Math.max(lines.length, notes.length + 1);
    for (let k = 0; k < h; k++) rows.push([k === 0 ? i + 1 : null, lines[k] || null, null, k === 0 ? "________________" : notes[k - 1] || "________________"]);
    rows.push([null, null, null, null]);
  });
  rows.push([null, `共${N}张幻灯片`, null, "雷州市商务局电商股"]);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(Math.abs(10.65 / 8.42 - 1.265) < 0.0005 && Math.abs(4126000 / 5000000 - 0.8252) < 0.0001, "f1 numbers");
  return {
    description:
      "湛江雷州市商务局电商股把市领导迎检汇报PPT打印成“讲义”（每页3张幻灯片，右边是备注横线），再照着逐张抄进Excel当事实表：每页先一行页眉“…讲义　第N页”和一行列头（幻灯片｜幻灯片内容｜空列｜备注），每张幻灯片A列只在标题行写编号，B列第一行是标题、下面每行一个要点（“•”带数字如“常住人口：134.8万”“已拨付：412.6万元”，“√”已做、“×”未做），D列是汇报人手写在横线上的备注（没写的横线抄成“________________”），有的备注本身就是事实（有劳动能力、未外出务工的贫困人口6,218人，已培训3,406人），有的只是提醒；“行政村快递覆盖率：96.7%”即未达100%；中心运营只写到月“2020年9月”；主观项自评在第九张（“方案制定　2分”）；没有自评得分表，也没写一票否决事项。",
    sheets: [{ name: "汇报讲义", rows, merges }],
    expect: {
      facts: {
        county: "雷州市", asOf: "2021-08-31", residentPopulation: 1348000, adminVillagesStated: 479, poorVillagesStated: 29, planIssued: true, policyIssued: true,
        centerOpened: "2020-09", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, agriRetail2019: 842000000, agriRetail2020: 1065000000, agriRetailGrowthStated: 0.265,
        trainingPersonTimesStated: 15326, eligiblePoorPersonsStated: 6218, trainedPoorPersonsStated: 3406,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        fundAllocated: 5000000, fundSpentStated: 4126000, overallProgress: 0.86, fundSystemIssued: true, fundLedgerKept: true,
      },
      judged: { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 汕尾市海丰县: “金数据”表单导出的答卷（一行表头是题目、一行答案，前面是提交信息，后面是来源/设备/IP/时长）
// =====================================================================================================
function buildF2() {
  const Q = [
    ["1.县（市、区）名称", "海丰县"],
    ["2.考评截止日期", "2021-08-31"],
    ["3.常住人口（人）", 735120],
    ["4.行政村数（个）", 244],
    ["5.省定贫困村数（个）", 25],
    ["6.示范创建领导小组组长（职务）", "副县长"],
    ["7.领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县供销社"],
    ["8.示范县工作方案是否已正式印发", "是"],
    ["9.方案制定自评（1-2分）", "2分"],
    ["10.是否已出台支持农村电商发展的政策", "是"],
    ["11.政策支持自评（1-2分）", "1分"],
    ["12.项目管理制度自评（1-2分）", "2分"],
    ["13.工作台账自评（1-2分）", "2分"],
    ["14.县级电子商务公共服务中心投入运营日期", "2020-11-18"],
    ["15.有免费培训场所、培训设备，能组织电商基础培训", "是"],
    ["16.为特色农产品提供免费展示、销售服务", "是"],
    ["17.为电子商务市场主体提供免费摄影、美工服务", "否"],
    ["18.组织农产品统一推广、指导特色农产品品牌建设", "是"],
    ["19.为电子商务发展提供其他衍生增值服务", "是"],
    ["20.是否建设或整合、优化当地电商产业园", "是"],
    ["21.是否有专业第三方电子商务运营或服务商", "是"],
    ["22.行政村物流快递覆盖率是否达100%", "是"],
    ["23.网销调研自评（1-2分）", "2分"],
    ["24.网络促销活动自评（1-2分）", "1分"],
    ["25.交易标准与冷链、溯源系统自评（1-2分）", "1分"],
    ["26.2019年农村网络零售额（万元）", 152300],
    ["27.2020年农村网络零售额（万元）", 191800],
    ["28.2019年农产品网络零售额（万元）", null],
    ["29.2020年农产品网络零售额（万元）", null],
    ["30.累计培训人次", 7412],
    ["31.有劳动能力的建档立卡贫困人口数（不含外出务工，人）", 2860],
    ["32.参加培训的建档立卡贫困人口数（人）", 1502],
    ["33.专栏是否公示创建方案", "是"],
    ["34.专栏是否公示项目基本信息", "是"],
    ["35.专栏是否公示项目建设进度", "是"],
    ["36.专栏是否设立征求意见或监督举报窗口", "否"],
    ["37.能否统计电商扶贫情况", "是"],
    ["38.下达资金总额（万元）", 500],
    ["39.累计拨付资金（万元）", 438.7],
    ["40.是否已制定资金管理制度", "是"],
    ["41.资金管理制度自评（1-5分）", "4分"],
    ["42.是否已建立资金专用台账", "是"],
    ["43.资金台账自评（1-5分）", "5分"],
    ["44.资金及时拨付自评（1-5分）", "4分"],
    ["45.项目总体进度（%）", 91],
    ["46.是否发生安全生产、质量事故或重大损失", "否"],
    ["47.是否存在弄虚作假", "否"],
    ["48.其他需要说明的情况", "农产品网络零售额暂无统计口径，未填。"],
  ];
  const pre = [["序号", 1], ["提交时间", "2021-09-08 16:42:17"], ["填写人", "海丰县商务局 郑××"]];
  const post = [["来源渠道", "微信"], ["填写设备", "PC"], ["操作系统", "Windows"], ["浏览器", "Chrome"], ["IP", "120.236.***.***"], ["IP所在地", "广东省汕尾市"], ["填写时长", "26分41秒"]];
  const all = pre.concat(Q, post);
  const rows = [all.map((x) => x[0]), all.map((x) => x[1])];
  assert(all.length === 58, "f2 cols " + all.length);
  return {
    description:
      "汕尾海丰县商务局用市局发的“金数据”在线表单填报，事实表是从金数据后台导出的答卷Excel：只有两行，第1行每格是一道题（“3.常住人口（人）”“26.2019年农村网络零售额（万元）”——单位只写在题目括号里），第2行是这份答卷的答案；前面三列是序号、提交时间、填写人，后面七列是来源渠道、填写设备、操作系统、浏览器、IP、IP所在地、填写时长，都不是事实。单选题导出为“是”/“否”，自评题导出为“2分”，日期题导出为文本“2020-11-18”，数字题是数字（“438.7”万元）；两道农产品网络零售额的选填题空着（第48题说明暂无统计口径），空着就是没填。组长写“副县长”（分管领导），四个部门都在。",
    sheets: [{ name: "示范县考评数据填报_答卷", rows }],
    expect: {
      facts: {
        county: "海丰县", asOf: "2021-08-31", residentPopulation: 735120, adminVillagesStated: 244, poorVillagesStated: 25, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1523000000, ruralRetail2020: 1918000000, trainingPersonTimesStated: 7412,
        eligiblePoorPersonsStated: 2860, trainedPoorPersonsStated: 1502, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4387000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4 },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市普宁市: 市级现场评审的“问答记录”——评审组提问｜普宁市答复｜对应指标｜自评分｜评审意见，事实和自评分都在答复句子里
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [padRow(["普宁市电子商务进农村综合示范考评现场评审问答记录"], W),
    padRow(["时间：2021年9月14日上午　　地点：普宁市商务局三楼会议室　　考评截止日期：2021年8月31日　　记录：林××"], W),
    ["序号", "评审组提问", "普宁市答复", "对应指标", "自评分", "评审意见"]];
  const merges = ["A1:F1", "A2:F2"];
  const QA = [
    ["1", "请简要介绍普宁市基本情况。", "普宁市常住人口203.1万人（第七次全国人口普查），辖行政村476个，其中省定贫困村37个。", "—", null],
    ["2", "示范创建领导小组由谁牵头？哪些部门参加？", "市委书记任组长，市长任常务副组长；成员单位有市商务局、财政局、农业农村局、乡村振兴局、交通运输局和邮政分公司。", "组织领导", 2],
    ["3", "工作方案印发了没有？", "《普宁市电子商务进农村综合示范工作实施方案》已于2019年12月正式印发（普府办〔2019〕88号），方案制定自评2分。", "方案制定", 2],
    ["4", "有没有出台配套扶持政策？", "已出台《普宁市促进农村电子商务发展若干措施》，对站点建设、网店运营给予奖补，政策支持自评2分。", "政策支持", 2],
    ["5", "项目是怎么管理的？", "制定了项目管理办法，项目管理制度自评2分；工作台账还不够规范，工作台账自评1分。", "项目管理", 3],
    ["6", "县级公共服务中心什么时候运营？提供哪些服务？", "中心于2020年12月26日投入运营，有免费培训场所和设备，为特色农产品免费展示销售，提供免费摄影美工，组织统一推广和品牌建设；其他衍生增值服务暂未开展。电商产业园已整合建成，入驻企业23家。", "服务体系建设（县级中心、产业园）", 14],
    ["6-1", "（追问）产业园入驻企业有哪些类型？", "有平台型、销售型、代运营服务商和物流快递企业四类。", "服务体系建设（县级中心、产业园）", null],
    ["7", "村级站点覆盖情况怎样？", "建成村级站点412个，省定贫困村37个全部覆盖。", "服务体系建设（村级站点）", 10],
    ["8", "农村产品上行做了哪些工作？", "开展了网销调研并形成报告，网销调研自评2分；举办青梅节等网络促销，网络促销活动自评2分；引入专业第三方电商运营服务商；行政村快递覆盖率100%；冷链溯源还在建设，交易标准与冷链溯源自评1分。2020年农产品网络零售额31.2亿元，2019年23.6亿元，同比增长32.2%。", "农村产品上行", 9],
    ["9", "培训了多少人次？贫困人口培训率多少？", "累计培训11,860人次；有劳动能力且未外出务工的建档立卡贫困人口5,412人，参加培训2,918人，培训率53.9%。", "电商人才培训", 20],
    ["9-1", "（追问）培训人次含不含线上？", "含线上直播培训3,200人次，有签到截图。", "电商人才培训", null],
    ["10", "政府网站专栏公示了哪些内容？", "专栏公示了创建方案、项目基本信息和项目建设进度，并设有监督举报电话和邮箱，每月更新。", "信息公开", 4],
    ["11", "数据报送情况？", "每月向揭阳市商务局报送，能统计电商扶贫情况。", "数据上报", 6],
    ["12", "有没有总结经验材料？", "已向市商务局报送经验材料2篇。", "案例总结", 2],
    ["13", "宣传推广方面？", "南方日报、揭阳日报、普宁市融媒体中心都有报道。", "经验推广", 8],
    ["14", "资金管理制度建立了吗？", "已制定《普宁市电子商务进农村综合示范专项资金管理办法》，资金管理制度自评5分。", "制度建立", 5],
    ["15", "资金台账呢？", "已建立资金专用台账，逐笔登记，资金台账自评4分。", "资金台账", 4],
    ["16", "资金拨付进度？", "下达资金500万元，已拨付465.3万元，项目总体进度93%；个别站点补助拨付稍慢，资金及时拨付自评4分。", "资金支出", 4],
    ["17", "有没有申请加分项？", "贫困人口培训率53.9%，未达70%，不申请；电商扶贫典型案例在广东广播电视台播出，申请加1分。", "加分项", "0＋1"],
    ["18", "有没有一票否决情形？", "创建期间未发生安全生产、质量事故或重大损失，不存在弄虚作假。", "一票否决", null],
  ];
  for (const q of QA) rows.push([q[0], q[1], q[2], q[3], q[4], null]);
  rows.push(padRow(["评审组签字：　　　　　　　　　　普宁市商务局（盖章）"], W));
  merges.push(`A${rows.length}:F${rows.length}`);
  assert(Math.abs(31.2 / 23.6 - 1.322) < 0.0005 && Math.abs(2918 / 5412 - 0.539) < 0.0005, "f3 numbers");
  return {
    description:
      "揭阳普宁市商务局把市级考评组现场评审的问答记录整理成Excel交来当事实表：标题、一行会议信息（时间、地点、考评截止日期2021年8月31日、记录人），表头序号｜评审组提问｜普宁市答复｜对应指标｜自评分｜评审意见（评审意见全空）。事实全在“答复”的句子里（“常住人口203.1万人”“中心于2020年12月26日投入运营…其他衍生增值服务暂未开展”“2020年农产品网络零售额31.2亿元，2019年23.6亿元，同比增长32.2%”“下达资金500万元，已拨付465.3万元，项目总体进度93%”），主观项自评分也写在句中（“网销调研自评2分”）；“自评分”列是该指标的自评分，追问行（“6-1”“9-1”）和基本情况、一票否决行没有分；加分项一行写成“0＋1”（培训率加分0、电视案例加分1）。组长是市委书记。",
    sheets: [{ name: "评审问答记录", rows, merges }],
    expect: {
      facts: {
        county: "普宁市", asOf: "2021-08-31", residentPopulation: 2031000, adminVillagesStated: 476, poorVillagesStated: 37, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 2360000000, agriRetail2020: 3120000000, agriRetailGrowthStated: 0.322,
        trainingPersonTimesStated: 11860, eligiblePoorPersonsStated: 5412, trainedPoorPersonsStated: 2918,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4653000, overallProgress: 0.93, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4 },
      leadership: "principal-all",
      claimed: { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 9, "work.training": 20,
        "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
        "bonus.poorTraining": 0, "bonus.tvCase": 1 },
    },
  };
}
// =====================================================================================================
// l1 — 梅州市五华县: 佐证照片当台账——站点照片“联系表”（三张一排，照片格下一行是说明，格内换行），培训照片说明表，拍摄说明页
// =====================================================================================================
function buildL1() {
  const TOWNS = ["水寨镇", "华城镇", "岐岭镇", "安流镇", "转水镇", "横陂镇", "棉洋镇", "龙村镇", "长布镇", "梅林镇"];
  const vn = nameMaker("大新塘黄石上坪桥龙坑", "布湖田岭坝岗湾围洋下", "村", ["水寨", "华城", "岐岭", "安流", "转水", "横陂", "棉洋", "龙村", "长布", "梅林"]);
  const st = [];
  for (let i = 0; i < 17; i++) st.push({ town: TOWNS[i % TOWNS.length], village: vn(), opened: randIsoBetween("2020-05-01", "2021-08-25") });
  st.push({ town: "华城镇", village: st[1].village, opened: "2021-06-30", second: true });
  st.push({ town: "棉洋镇", village: vn(), opened: "2021-09-02" });
  st.sort((a, b) => cmp(a.opened, b.opened));
  const sRows = [padRow(["五华县村级电商服务站点挂牌照片（联系表）"], 3)];
  const sM = ["A1:C1"];
  const sRecs = [];
  for (let i = 0; i < st.length; i += 3) {
    const grp = st.slice(i, i + 3);
    sRows.push(padRow(grp.map(() => "［照片］"), 3));
    sRows.push(padRow(grp.map((s, k) => {
      const dt = [cnDate(s.opened), dotDate(s.opened), slashDate(s.opened)][(i + k) % 3];
      return `${s.town}${s.village}电商服务站${s.second ? "（二站）" : ""}\n${dt}挂牌`;
    }), 3));
    for (const s of grp) sRecs.push({ village: s.village, opened: s.opened });
    sRows.push(padRow([], 3));
  }
  sRows.push(padRow(["注：照片按挂牌先后排列，每张照片下方为站点名称和挂牌日期。"], 3));
  sM.push(`A${sRows.length}:C${sRows.length}`);
  assert(sRecs.length === 19, "l1 stations");

  const S = [
    ["2020-09-17", null, "水寨镇", "2020年9月17日，五华县农村电商普及培训第一期在水寨镇开班，参训学员82人次。", 82],
    ["2020-11-05", null, "安流镇", "2020.11.5　安流镇电商培训现场，参训68人次", 68],
    ["2020-12", null, "华城镇", "2020年12月，华城镇农村电商普及培训（第三期），参训75人次。", 75],
    ["2021-01-21", null, "县电商公共服务中心", "2021年1月21日，县电商公共服务中心举办网店美工培训，上午、下午两场共126人次。", 126],
    ["2021-03-24", null, "岐岭镇", "2021年3月24日　岐岭镇脱贫户电商专题培训，学员57人次", 57],
    ["2021-05-13", "2021-05-11", "县电商公共服务中心", "2021年5月11日至13日，五华县电商直播带货实操培训班，三天共培训168人次。", 168],
    ["2021-06-09", null, "转水镇", "2021.6.9　转水镇“电商进村”培训，参训64人次", 64],
    ["2021-07-15", null, "棉洋镇", "2021年7月15日，棉洋镇农产品网络营销培训，参训71人次。", 71],
    ["2021-08-26", null, "龙村镇", "2021年8月26日，龙村镇电商培训，参训59人次。", 59],
    ["2021-09-08", null, "长布镇", "2021年9月8日，长布镇电商培训，参训66人次。", 66],
  ];
  const tRows = [padRow(["五华县农村电商培训照片说明（摘自《佐证材料汇编》）"], 3), ["序号", "照片", "照片说明"]];
  S.forEach((s, i) => tRows.push([i + 1, "［照片］", s[3]]));
  const tRecs = S.map((s) => ({ date: s[0], personTimes: s[4] }));

  const nRows = [["拍摄说明"], ["1．站点照片由各镇电商服务中心拍摄，县商务局统一整理。"], ["2．培训照片由县电商公共服务中心拍摄。"],
    ["3．原始照片（含拍摄时间信息）另存于U盘“五华县佐证照片”文件夹，共312张。"], ["整理人：钟××　2021年9月6日"]];
  return {
    description:
      "梅州五华县商务局电商股把《佐证材料汇编》里的照片页整理进Excel当台账（三个表）：①《站点照片联系表》像相片小样，一排三张，照片格只写“［照片］”，下一行是对应的说明，格内换行——第一行“镇名＋村名＋电商服务站”，第二行“××挂牌”（日期写法三种轮换），每组之后空一行，最后一排只有一张；华城镇有一个村有“（二站）”，棉洋镇一站2021年9月2日挂牌。记录按阅读顺序（从左到右、从上到下）。②《培训照片说明》序号｜照片｜照片说明，一张照片一场培训，日期和人次都在说明句里：有只到月的“2020年12月”，有“上午、下午两场共126人次”（一条记录126），有“2021年5月11日至13日…三天共培训168人次”（按13日），有一场在9月8日。③《拍摄说明》是文字说明，不是台账。",
    sheets: [
      { name: "站点照片联系表", rows: sRows, merges: sM },
      { name: "培训照片说明", rows: tRows, merges: ["A1:C1"] },
      { name: "拍摄说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "站点照片联系表": { kind: "stations", records: sRecs },
        "培训照片说明": { kind: "training", records: tRecs },
        "拍摄说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 惠州市博罗县: Outlook“已发送邮件”导出当报送记录、网银交易明细当资金台账（借方才是拨付）、扶贫系统导出的贫困人口
// =====================================================================================================
function buildL2() {
  // ① 已发送邮件
  const mails = WINDOW.filter((m) => m !== "2021-02").map((m) => {
    const [y, mo] = ymd(m + "-01");
    const d = `${m}-${String(rint(26, lastDay(y, mo))).padStart(2, "0")}`;
    return { d, t: hms(), subj: `博罗县电子商务进农村综合示范工作${cnMonth(m)}进展情况报送`, att: `博罗县${mo}月进展报表.xlsx` };
  });
  mails.push({ d: "2021-03-03", t: "09:12:40", subj: "博罗县电子商务进农村综合示范工作2021年2月进展情况报送（补报）", att: "博罗县2月进展报表.xlsx" });
  mails.sort((a, b) => cmp(a.d + a.t, b.d + b.t));
  const mRows = [["主题", "收件人", "发送时间", "附件", "大小"]];
  mails.forEach((m) => mRows.push([m.subj, "惠州市商务局电商科 <hzswjdsk@huizhou.gov.cn>", exportTime(m.d, m.t), m.att, `${rint(38, 96)} KB`]));
  const mRecs = mails.map((m) => ({ date: m.d }));

  // ② 网银交易明细
  const tx = [
    ["2020-07-02", "省级电子商务进农村专项资金", "博罗县财政局", 0, 5000000],
    ["2020-08-14", "拨付县电商公共服务中心装修款", "惠州市博远装饰工程有限公司", 682400, 0],
    ["2020-09-21", "结息", "", 0, 1237.56],
    ["2020-10-30", "拨付村级站点建设补助（第一批）", "博罗县各镇财政所", 415000, 0],
    ["2020-12-18", "支付农村电商培训服务费", "惠州市新农电商服务有限公司", 286350, 0],
    ["2020-12-21", "结息", "", 0, 2906.12],
    ["2021-03-25", "拨付物流配送体系建设款", "博罗县邮政分公司", 530000, 0],
    ["2021-03-21", "结息", "", 0, 2410.3],
    ["2021-06-10", "拨付村级站点建设补助（第二批）", "博罗县各镇财政所", 398600, 0],
    ["2021-08-31", "支付农产品品牌推广服务费", "广州市禾丰文化传播有限公司", 247800, 0],
    ["2021-09-07", "拨付村级站点建设补助（第三批）", "博罗县各镇财政所", 176000, 0],
  ];
  tx.sort((a, b) => cmp(a[0], b[0]));
  let bal = 0;
  const bRows = [padRow(["中国农业银行 账户交易明细"], 8), padRow(["户名：博罗县商务局电子商务进农村专项资金　账号：4462 0101 0400 *** 8816　查询期间：20200701—20210930"], 8),
    ["交易日期", "交易时间", "摘要", "对方户名", "借方发生额（支出）", "贷方发生额（收入）", "余额", "流水号"]];
  const fRecs = [];
  tx.forEach((t, i) => {
    bal = yuan2(bal - t[3] + t[4]);
    bRows.push([ydNum(t[0]), hms(), t[1], t[2] || null, t[3] ? fmtMoney(t[3]) : null, t[4] ? fmtMoney(t[4]) : null, fmtMoney(bal), `A${yyyymmdd(t[0])}${pad3(i + 101)}`]);
    if (t[3]) fRecs.push({ date: t[0], amount: t[3] });
  });
  bRows.push(padRow(["本页借方合计：" + fmtMoney(sum(tx.map((t) => t[3]))) + "　贷方合计：" + fmtMoney(sumYuan(tx.map((t) => t[4])))], 8));
  const bM = ["A1:H1", "A2:H2", `A${bRows.length}:H${bRows.length}`];
  assert(fRecs.length === 7, "l2 funds");

  // ③ 扶贫系统导出
  const LAB = ["普通劳动力", "普通劳动力", "技能劳动力", "普通劳动力", "丧失劳动力", "无劳动力", "普通劳动力", "技能劳动力"];
  const WORK = ["未务工", "省外务工", "未务工", "县外省内务工", "未务工", "未务工", "未务工", "未务工"];
  const pRows = [["序号", "市", "县", "镇", "村", "户编号", "姓名", "与户主关系", "证件号码", "劳动技能", "务工状况", "务工时间（月）"]];
  const pRecs = [];
  const vills = [["龙华镇", "旭日村"], ["杨村镇", "井水龙村"], ["横河镇", "嶂背村"], ["公庄镇", "官山村"]];
  let hh = 0;
  for (let h = 0; h < 9; h++) {
    const size = rint(2, 4);
    const [town, vil] = vills[h % 4];
    const hid = `4413221${String(rint(100000, 999999))}${pad3(h + 1)}`;
    hh++;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    for (let k = 0; k < size; k++) {
      const li = (h * 3 + k) % LAB.length;
      const lab = k === 0 ? "普通劳动力" : LAB[li];
      const wk = lab === "丧失劳动力" || lab === "无劳动力" ? "未务工" : k === 0 ? "未务工" : WORK[li];
      const rel = ["户主", "配偶", "之子", "之女"][k];
      const male = k === 0 || k === 2;
      const id = makeId("441322", k <= 1 ? birthBetween(1958, 1968) : birthBetween(1986, 2003), male);
      pRows.push([pRows.length, "惠州市", "博罗县", town, vil, hid, k === 1 ? personName() : personName(sur), rel, id, lab, wk,
        /务工$/.test(wk) && wk !== "未务工" ? rint(6, 12) : 0]);
      pRecs.push({ id, labour: lab === "普通劳动力" || lab === "技能劳动力", migrant: wk !== "未务工" });
    }
  }
  assert(pRecs.some((r) => r.migrant) && pRecs.some((r) => !r.labour), "l2 persons variety");
  return {
    description:
      "惠州博罗县商务局电商股的三张“代用台账”：①《已发送邮件》是从Outlook“已发送邮件”文件夹导出的列表（主题｜收件人｜发送时间“年/月/日 时:分:秒”｜附件｜大小），每封都是发给惠州市商务局电商科的月度进展报送，2021年2月那期3月3日才补报（主题写“（补报）”），按发送日期记；②《网银明细》是农业银行专户的交易明细导出，交易日期是8位数字“20201030”，借方发生额（支出）才是拨付，贷方的省级专项资金到账和三笔结息不是拨付，金额是带千分位的文本，末行“本页借方合计”不是记录；③《扶贫系统导出》是建档立卡贫困人口信息系统的原样导出（市｜县｜镇｜村｜户编号｜姓名｜与户主关系｜证件号码｜劳动技能｜务工状况｜务工时间），劳动技能写“普通劳动力／技能劳动力”（有劳动能力）或“丧失劳动力／无劳动力”，务工状况写“省外务工／县外省内务工”（外出务工）或“未务工”。",
    sheets: [
      { name: "已发送邮件", rows: mRows },
      { name: "网银明细", rows: bRows, merges: bM },
      { name: "扶贫系统导出", rows: pRows },
    ],
    expect: {
      sheets: {
        "已发送邮件": { kind: "reports", records: mRecs },
        "网银明细": { kind: "funds", records: fRecs },
        "扶贫系统导出": { kind: "poorPersons", records: pRecs },
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
write("counties", "b249-c1-gaozhou.json", c1);
write("facts", "b249-f1-leizhou.json", f1);
write("facts", "b249-f2-haifeng.json", f2);
write("facts", "b249-f3-puning.json", f3);
write("ledgers", "b249-l1-wuhua.json", l1);
write("ledgers", "b249-l2-boluo.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
