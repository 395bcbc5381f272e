// Batch 229 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b228.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (229229), no clock. Run: node test/corpus/_b229/gen-b229.js
//
// c1 蓝城区 (揭阳): the 《自评表》 is three tables stacked on one sheet — ① 基础数据 as label-row / value-row bands (four pairs a
//    band, units only in the label), ② 核查事项 with separate 是 / 否 tick columns, ③ the official indicator table with a 分项自评
//    text cell (“制度2；台账1”) and 自评得分 (claimed). Ledgers: sessions with 男/女/合计 人次 plus a separate “其中” poor-trainee
//    sign-in list, a station roll with a 状态 column and a planned “2021年10月（计划）” station, reports and column updates stacked in
//    one sheet, media and materials stacked in another, a 封面.
// f1 禅城区 (佛山): a Word 登记表 pasted into Excel — label | value | unit twice per row, checkbox cells “☑已印发　□未印发”, judged as
//    “□1分　☑2分”; leader 区委副书记、区长 but no 扶贫/乡村振兴 department among the members.
// f2 黄埔区 (广州): two tables side by side on one sheet — left 基本情况 (序号｜项目｜数值｜单位, units per row, one date as a bare Excel
//    serial, money partly 万元 partly 元), right 自评计分 (指标｜满分｜自评分｜说明, judged parts as “其中：” sub-rows).
// f3 蓬江区 (江门): a 更正对照表 sent after the city bureau's check — 项目｜原报（9月3日）｜更正后（9月10日）｜更正说明; the corrected
//    value wins, a blank or “同左” keeps the original, “（删除）” withdraws a figure.
// l1 从化区 (广州): ① stations with 镇 merged down and a “小计” row per 镇, dates typed every way incl. “21年3月”; ② sign-in rows whose
//    date sits in a cell merged down over the session (one two-day range), IDs with spaces / lower-case x / masked; ③ 说明.
// l2 武江区 (韶关): ① park roll whose exit date lives in a 状态 text (“已退园（2021.5.31）”); ② funds with 元 and 万 mixed in one
//    column and 小计 rows; ③ report log with 含/不含 poverty statistics; ④ a hidden 数据 sheet (not a ledger).
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
let seed = 229229;
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
    assert(/^b229-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b229-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b229-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 揭阳市蓝城区: 自评表（三表上下叠放）＋ 台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["磐东街道", "曲溪街道", "霞美镇", "月城镇", "龙尾镇"];
  const NV = [8, 9, 12, 10, 11];
  const NC = [6, 4, 1, 1, 1];
  const vn = villageNamer("凤乔洪林许蔡新美东西南北上下仙溪", "湖坑垄厝埔墩寮围港山畔埕洋头尾");
  const cnm = nameMaker("榕蓝揭阳城兴", "华安和泰丰康", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false, city: false });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cnm(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 50 && comms.length === 13, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const rural = shuffle(adminV.filter((v) => v.town !== "磐东街道"));
  const poorList = rural.slice(0, 6);
  for (const v of poorList) v.poor = true;
  for (const v of rural.slice(6, 9)) v.city = true; // 市定相对贫困村: not 省定

  // 村居名单
  const VW = 6;
  const vRows = [padRow(["揭阳市蓝城区村（居）委会基本情况表"], VW), ["镇（街道）", "村（居）委会", "类型", "贫困村类别", "通快递情况", "备注"]];
  const vM = ["A1:F1"];
  const written = new Map();
  TOWNS.forEach((t) => {
    const vs = villages.filter((v) => v.town === t);
    const r0 = vRows.length + 1;
    vs.forEach((v, k) => {
      if (v.admin) {
        const w = k % 3 === 0 ? v.name.replace(/村$/, "村民委员会") : k % 3 === 1 ? v.name + "委会" : v.name;
        written.set(v.name, w);
        vRows.push([k === 0 ? t : null, w, "行政村", v.poor ? "省定相对贫困村" : v.city ? "市定相对贫困村" : null, "已通", null]);
      } else {
        vRows.push([k === 0 ? t : null, v.name + "居民委员会", "社区", null, "已通", "城市社区"]);
      }
    });
    mergeCol(vM, "A", r0, vRows.length);
  });
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个；省定相对贫困村${poorList.length}个`], VW));
  vM.push(`A${vRows.length}:F${vRows.length}`);

  // 站点: 36 of 50 covered by the cut-off; one poor village only by a planned October station
  const stations = [];
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  poorList.slice(0, 5).forEach((v) => stations.push({ v, opened: randIsoBetween("2020-05-01", "2021-05-31"), state: "正常运营" }));
  nonPoor.slice(0, 31).forEach((v) => stations.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-20"), state: "正常运营" }));
  stations.push({ v: poorList[5], opened: "2021-10", state: "筹建中", plan: true });
  stations.push({ v: nonPoor[31], opened: "2021-09-16", state: "正常运营" });
  stations.push({ v: nonPoor[2], opened: "2021-06-30", state: "正常运营", second: true });
  stations.push({ v: comms[0], opened: "2020-12-08", state: "正常运营", comm: true });
  const tI = (t) => TOWNS.indexOf(t);
  stations.sort((a, b) => tI(a.v.town) - tI(b.v.town) || cmp(a.opened, b.opened));
  const SW = 9;
  const sRows = [padRow(["蓝城区村级电子商务服务站点台账"], SW), padRow(["填报单位：揭阳市蓝城区商务局　　　　　统计截至：2021年9月30日"], SW),
    ["序号", "镇（街道）", "所在村（社区）", "站点名称", "地址", "负责人", "联系电话", "挂牌时间", "状态"]];
  const sM = ["A1:I1", "A2:I2"];
  stations.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const vcell = s.comm ? s.v.name : i % 2 ? written.get(s.v.name) : s.v.name;
    const op = s.plan ? "2021年10月（计划）" : dateCell(s.opened, i);
    sRows.push([i + 1, s.v.town, vcell, `${stem}${s.comm ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`, `${s.v.town}${stem}${["大道", "路", "街"][i % 3]}${rint(1, 188)}号`,
      personName(), mask(phone()), op, s.state]);
  });
  sRows.push(padRow(["注：状态“筹建中”的站点尚未挂牌，挂牌时间为计划时间。"], SW));
  sM.push(`A${sRows.length}:I${sRows.length}`);
  const covered = new Set(stations.filter((s) => !s.comm && !s.plan && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 36 && poorCovered === 5, "c1 coverage " + covered.size + "/" + poorCovered);

  // 贫困人口
  const REG = "445203";
  const plan = [];
  for (let i = 0; i < 52; i++) plan.push({ labour: true, migrant: false });
  for (let i = 0; i < 18; i++) plan.push({ labour: true, migrant: true });
  for (let i = 0; i < 20; i++) plan.push({ labour: false, migrant: false });
  const poor = shuffle(plan).map((p, i) => ({ ...p, name: personName(), id: makeId(REG, birthBetween(p.labour ? 1965 : 1940, p.labour ? 2000 : 1960), rnd() < 0.5, i === 7 ? true : undefined), village: poorList[i % 6].name }));
  const PW = 8;
  const pRows = [padRow(["蓝城区建档立卡贫困人口名单（省定相对贫困村）"], PW), ["序号", "镇（街道）", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"]];
  poor.forEach((p, i) => {
    const v = villages.find((x) => x.name === p.village);
    pRows.push([i + 1, v.town, written.get(p.village), p.name, p.id, p.labour ? "有" : ["无", "丧失"][i % 2], p.labour ? (p.migrant ? "是" : "否") : "否", null]);
  });
  const eligible = poor.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 52, "c1 eligible");

  // 培训期次 (session rows with 人次)
  const sess = [];
  let d = "2020-09-10";
  for (let i = 0; i < 26; i++) {
    const two = i % 7 === 3;
    const end = two ? isoAdd(d, 1) : d;
    const m = rint(70, 100);
    const f = rint(60, 95);
    sess.push({ start: d, date: end, two, m, f });
    d = isoAdd(end, rint(10, 15));
  }
  assert(sess[25].date <= CUT, "c1 last session " + sess[25].date);
  sess.push({ start: "2021-09-08", date: "2021-09-09", two: true, m: 120, f: 133 });
  const TOP = ["电商基础知识", "网店运营", "直播带货", "短视频制作", "农产品品牌营销", "电商扶贫专题", "跨境电商入门"];
  const PL = ["区电商公共服务中心", "霞美镇文化站", "月城镇党群服务中心", "龙尾镇电商服务站", "曲溪街道会议室"];
  const trRows = [padRow(["蓝城区农村电子商务培训情况登记表（按期次）"], 9), ["期次", "培训时间", "培训主题", "培训地点", "参训人次", null, null, "其中贫困户（人）", "备注"],
    [null, null, null, null, "男", "女", "合计", null, null]];
  const trM = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"];
  // poor trainees: eligible[0..22] before the cut (some twice), eligible[23..26] only in September, 5 migrants, 2 without labour
  const pa = sess.map(() => []);
  eligible.slice(0, 23).forEach((p, k) => {
    pa[(k * 3) % 26].push(p);
    if (k % 6 === 0) pa[(k * 3 + 11) % 26].push(p);
  });
  eligible.slice(23, 27).forEach((p) => pa[26].push(p));
  poor.filter((p) => p.migrant).slice(0, 5).forEach((p, k) => pa[(k * 5 + 2) % 26].push(p));
  poor.filter((p) => !p.labour).slice(0, 2).forEach((p, k) => pa[(k * 7 + 4) % 26].push(p));
  let pt = 0;
  sess.forEach((s, i) => {
    const dt = s.two ? rangeText(s.start, s.date, i % 2 ? "dot" : "cn") : [cnDate(s.date), dotDate(s.date), D(s.date), slashDate(s.date)][i % 4];
    trRows.push([`第${i + 1}期`, dt, TOP[i % 7], PL[i % 5], s.m, s.f, s.m + s.f, pa[i].length || null, s.date > CUT ? "9月举办" : null]);
    if (s.date <= CUT) pt += s.m + s.f;
  });
  const ptAll = sum(sess.map((s) => s.m + s.f));
  trRows.push([ "合计", null, null, null, sum(sess.map((s) => s.m)), sum(sess.map((s) => s.f)), ptAll, sum(pa.map((x) => x.length)), null]);
  trRows.push(padRow(["注：两天班按天签到，人次按两天合计后登记。贫困户参训名单见《贫困户参训名单》（已含在各期人次内）。"], 9));
  trM.push(`A${trRows.length}:I${trRows.length}`);
  const POP = 473600;
  assert(ratioGE(pt, POP, 0.8) && !ratioGE(pt, POP, 1), "c1 pt " + pt);
  const poorRowsN = sum(pa.map((x) => x.length));
  assert(!ratioGE(pt + poorRowsN, POP, 1), "c1 pt robust");

  // 贫困户参训名单 (sign-in rows of poor trainees only)
  const ptRows = [padRow(["其中：建档立卡贫困户参训名单"], 7), ["序号", "培训期次", "培训日期", "姓名", "身份证号", "所在村", "签名"]];
  const trainedIds = new Set();
  let n = 0;
  sess.forEach((s, i) => {
    for (const p of pa[i]) {
      n++;
      const idc = p.id.endsWith("X") && n % 2 ? p.id.slice(0, 17) + "x" : p.id;
      ptRows.push([n, `第${i + 1}期`, s.two ? rangeText(s.start, s.date, "dot") : dotDate(s.date), p.name, idc, written.get(p.village), "（已签）"]);
      if (s.date <= CUT) trainedIds.add(p.id);
    }
  });
  const trainedElig = eligible.filter((p) => trainedIds.has(p.id)).length;
  assert(trainedElig === 23, "c1 trained " + trainedElig);
  assert(ratioGE(23, 52, 40) && !ratioGE(23, 52, 50), "c1 poor tier");

  // 入驻企业
  const fnm = nameMaker("蓝榕揭潮磐凤霞", "信源达丰泰华汇", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "销售型", "电商运营商", "电商运营商", "物流企业", "物流企业", "销售型", "平台型", "直播电商", "销售型", "销售型",
    "电商运营商", "销售型", "物流企业", "销售型", "直播电商", "销售型", "电商运营商", "销售型"];
  const firms = TYPES.map((t) => ({ name: `揭阳市${fnm()}${/物流/.test(t) ? "供应链" : "电子商务"}有限公司`, type: t, code: creditCode("445203"), entered: randIsoBetween("2020-08-01", "2021-08-15"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[1].left = "2021-03-31";
  firms[6].left = "2021-07-20";
  firms[20].entered = "2021-09-01";
  const eRows = [padRow(["蓝城区电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 2), f.left ? cnDate(f.left) : null, f.left ? "已退出" : null]));
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  assert(inPark.length === 18 && new Set(inPark.map((f) => norm(f.type))).size >= 3, "c1 park");

  // 资金台账 (金额（万元）)
  const ALLOC = 5000000;
  const pays = [["2020-07-22", 880000, "公共服务中心装修改造"], ["2020-10-13", 426500, "村级站点建设（一批）"], ["2020-12-18", 312060, "培训服务费"],
    ["2021-02-03", 540000, "物流配送中心建设"], ["2021-04-16", 385000, "村级站点建设（二批）"], ["2021-06-09", 468000, "农产品品牌推广"],
    ["2021-08-12", 809000, "公共服务中心运营及设备"], ["2021-09-22", 420000, "溯源系统建设"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent === 3820560 && ratioGE(spent, ALLOC, 70), "c1 spent " + spent);
  const fRows = [padRow(["蓝城区电子商务进农村综合示范专项资金使用台账"], 6), ["序号", "拨付日期", "项目", "收款单位", "金额（万元）", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 3), p[2], `揭阳市${["蓝兴", "榕信", "凤达"][i % 3]}电子商务有限公司`, wan4(p[1]), `蓝商${pad3(i + 1)}`]));
  fRows.push([null, null, "合计", null, wan4(sum(pays.map((p) => p[1]))), null]);

  // 信息公开与报送: two tables stacked
  const repDates = WINDOW.map((m, i) => `${m}-${String([6, 9, 5, 8, 7, 10, 4, 6, 8, 5, 7, 6][i]).padStart(2, "0")}`);
  const updDates = WINDOW.filter((m) => m !== "2021-01").map((m) => `${m}-${String(rint(10, 26)).padStart(2, "0")}`);
  const iRows = [padRow(["表一　向揭阳市商务局报送工作情况登记"], 5), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计", "报送方式"]];
  repDates.forEach((x, i) => iRows.push([i + 1, dateCell(x, i + 1), `${cnMonth(x)}电子商务进农村工作进展`, i % 3 === 0 ? "是" : "否", "电子邮件"]));
  iRows.push(padRow([], 5), padRow([], 5));
  iRows.push(padRow(["表二　区政府网站“电子商务进农村综合示范”专栏更新记录"], 5), ["序号", "更新日期", "更新内容", "栏目", "链接"]);
  const iM = ["A1:E1", `A${iRows.length - 1}:E${iRows.length - 1}`];
  updDates.forEach((x, i) => iRows.push([i + 1, dotDate(x), `项目建设进度公示（${cnMonth(x)}）`, "建设进度", `http://www.jylc.gov.cn/dzsw/${x.replace(/-/g, "")}.html`]));
  assert(inWindowMonths(repDates) === 12 && inWindowMonths(updDates) === 11, "c1 months");

  // 宣传与材料: two tables stacked
  const media = [["2020-11-19", "揭阳日报", "市级", "报纸", "蓝城区：电商服务站开进村"], ["2021-03-24", "蓝城区融媒体中心", "县级", "电视", "贫困户直播卖青梅"],
    ["2021-06-02", "揭阳电视台", "市级", "电视", "蓝城区电商扶贫见成效"], ["2021-09-14", "南方日报", "省级", "报纸", "蓝城区电商进农村示范创建纪实"]];
  const mRows = [padRow(["一、宣传报道登记"], 6), ["序号", "日期", "媒体名称", "媒体级别", "形式", "标题"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 2), m[1], m[2], m[3], m[4]]));
  mRows.push(padRow([], 6));
  mRows.push(padRow(["二、经验材料报送登记"], 6), ["序号", "报送日期", "材料名称", "报送单位", null, null]);
  const mM = ["A1:F1", `A${mRows.length - 1}:F${mRows.length - 1}`];
  mRows.push([1, "2021年6月17日", "蓝城区“电商＋青梅”带贫经验做法", "揭阳市商务局", null, null]);

  const cover = [["揭阳市蓝城区"], ["省级电子商务进农村综合示范创建考评资料"], ["（自评表及台账）"], [null], ["揭阳市蓝城区商务局"], ["二〇二一年九月"]];

  // ---------------- points
  const centerOpened = "2021-01-18";
  const cpt = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 0, other: 1, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: 1 };
  const centerPts = sum(Object.values(cpt));
  const covPts = (ratioGE(covered.size, 50, 70) ? 5 : ratioGE(covered.size, 50, 50) ? 2 : 0) + (poorCovered === 6 ? 5 : ratioGE(poorCovered, 6, 80) ? 3 : 0);
  const A19 = 82000000, A20 = 109000000, R19 = 1260000000, R20 = 1510000000;
  assert((A20 - A19) * 100 >= 30 * A19 && (R20 - R19) * 100 < 30 * R19, "c1 growth");
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const ptPts = ratioGE(pt, POP, 1) ? 10 : ratioGE(pt, POP, 0.8) ? 8 : ratioGE(pt, POP, 0.6) ? 6 : 0;
  const poorPts = ratioGE(23, 52, 50) ? 10 : ratioGE(23, 52, 40) ? 8 : ratioGE(23, 52, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 8 && upPts === 8 && ptPts === 8 && poorPts === 8, "c1 pts " + [centerPts, covPts, upPts, ptPts, poorPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 79, "c1 scored " + scored);

  // ---------------- 自评表
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  const W = 8;
  const fr = [];
  const fM = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fM.push(`A${fr.length}:H${fr.length}`);
  };
  full("揭阳市蓝城区2019年省级电子商务进农村综合示范创建自评表");
  full("填报单位：揭阳市蓝城区商务局（盖章）　　　　填报日期：2021年9月8日");
  full("一、基础数据");
  const band = (labels, values) => {
    const a = [];
    const b = [];
    labels.forEach((l, k) => {
      a.push(l, null);
      b.push(values[k], null);
    });
    fr.push(padRow(a, W));
    const ra = fr.length;
    fr.push(padRow(b, W));
    const rb = fr.length;
    for (let k = 0; k < 4; k++) fM.push(`${colName(2 * k)}${ra}:${colName(2 * k + 1)}${ra}`, `${colName(2 * k)}${rb}:${colName(2 * k + 1)}${rb}`);
  };
  band(["区（县）名称", "常住人口（万人）", "行政村数（个）", "省定相对贫困村（个）"], ["蓝城区", 47.36, 50, 6]);
  band(["考评截止日期", "公共服务中心投入运营日期", "下达省级资金（万元）", "累计拨付资金（万元）"], ["2021年8月31日", D(centerOpened), 500, wan4(spent)]);
  band(["2019年农村网络零售额（亿元）", "2020年农村网络零售额（亿元）", "2019年农产品网络零售额（亿元）", "2020年农产品网络零售额（亿元）"], [12.6, 15.1, 0.82, 1.09]);
  band(["电商培训（人次）", "有劳动能力贫困人口（人，不含外出务工）", "参训贫困人口（人）", "项目总体进度"], [fmtInt(ptAll), 52, 27, "85%"]);
  fr.push(padRow(["牵头领导", null, "区长（任领导小组组长）", null, "参与部门", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null, null], W));
  fM.push(`A${fr.length}:B${fr.length}`, `C${fr.length}:D${fr.length}`, `F${fr.length}:H${fr.length}`);
  fr.push(padRow([], W));
  full("二、核查事项（在“是”或“否”栏打“√”）");
  fr.push(padRow(["序号", "事项", null, null, null, "是", "否", "说明"], W));
  fM.push(`B${fr.length}:E${fr.length}`);
  const CK = [
    ["已正式印发示范县工作方案", true, "蓝府办〔2020〕12号"], ["已出台支持农村电商发展的政策", true, null],
    ["中心有免费培训场所、培训设备，能组织电商基础培训", true, null], ["为特色农产品提供免费展示、销售服务", true, null],
    ["为电子商务市场主体提供免费摄影、美工服务", true, null], ["组织农产品统一推广、指导特色农产品品牌建设", false, "区域公用品牌尚在申报"],
    ["为电子商务发展提供其他衍生增值服务", true, null], ["建设或整合、优化当地电商产业园", true, null], ["有专业第三方电子商务运营或服务商", true, null],
    ["行政村物流快递覆盖率100%", true, null], ["专栏公示创建方案", true, null], ["专栏公示项目基本信息", true, null], ["专栏公示项目建设进度", true, null],
    ["专栏设立征求意见或监督举报窗口", true, "监督举报电话"], ["能统计电商扶贫情况", true, null], ["已制定资金管理制度", true, null], ["已建立资金专用台账", true, null],
    ["发生安全生产、质量事故或重大损失", false, null], ["存在弄虚作假", false, null],
  ];
  CK.forEach((c, i) => {
    fr.push(padRow([i + 1, c[0], null, null, null, c[1] ? "√" : null, c[1] ? null : "√", c[2]], W));
    fM.push(`B${fr.length}:E${fr.length}`);
  });
  fr.push(padRow([], W));
  full("三、自评得分");
  fr.push(["工作任务", "评价指标", "权重", "评分标准（摘要）", "分项自评", "自评得分", "佐证材料", null]);
  fM.push(`G${fr.length}:H${fr.length}`);
  const IND = [
    ["加强组织领导与统筹协调（10分）", [["组织领导", 2, "主要领导牵头且商务、财政、农业、扶贫等部门参与2分", null, "org.leadership"], ["方案制定", 2, "1-2分", "2", "org.plan"],
      ["政策支持", 2, "1-2分", "1", "org.policy"], ["项目管理", 4, "制度1-2分；台账1-2分", "制度2；台账1", "org.management"]]],
    ["深入推动电子商务进农村工作（55分）", [["服务体系建设（县级中心与产业园）", 15, "十项", null, "work.center"], ["服务体系建设（村级站点覆盖）", 10, "行政村5分；贫困村5分", null, "work.coverage"],
      ["农村产品上行", 10, "调研1-2；促销1-2；第三方1；快递1；标准溯源1-2；增速2", "调研2；促销1；标准溯源1", "work.upward"], ["电商人才培训", 20, "人次10分；贫困人口培训率10分", null, "work.training"]]],
    ["加强信息公开及报送（10分）", [["信息公开", 4, "专栏2分；按月更新2分", null, "info.disclosure"], ["数据上报", 6, "每月报送3分；扶贫统计3分", null, "info.reporting"]]],
    ["加强宣传推广（10分）", [["案例总结", 2, "报送经验材料2分", null, "promo.cases"], ["经验推广", 8, "省级4；市级3；县级1", null, "promo.media"]]],
    ["加强财政资金管理（15分）", [["制度建立", 5, "1-5分", "4", "fund.system"], ["资金台账", 5, "1-5分", "4", "fund.ledger"], ["资金支出", 5, "支出率≥70%且及时拨付1-5分；<70%倒扣5分", "及时拨付4", "fund.spending"]]],
    ["加分项（4分）", [["贫困人口培训率70%及以上", 2, "2分", null, "bonus.poorTraining"], ["电商扶贫典型案例获电视播报", 2, "国家级2分，省级1分", null, "bonus.tvCase"]]],
  ];
  for (const [grp, items] of IND) {
    const r0 = fr.length + 1;
    items.forEach((it, k) => fr.push([k === 0 ? grp : null, it[0], it[1], it[2], it[3], claimed[it[4]], k === 0 ? "见各台账" : null, null]));
    mergeCol(fM, "A", r0, fr.length);
    fM.push(`G${r0}:H${fr.length}`);
  }
  fr.push(padRow(["一票否决项", "安全事故／进度不足40%／弄虚作假", null, null, "均无", "—", null, null], W));
  fr.push(padRow(["合计", null, 100, null, null, sum(SCORED.map(([id]) => claimed[id])), null, null], W));
  fr.push(padRow(["填表人：许××　　审核人：蔡××"], W));
  fM.push(`A${fr.length}:H${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 width");

  const derivation = [
    "org.leadership: 牵头领导“区长（任领导小组组长）”为主要领导，参与部门有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 核查事项1“已正式印发”√；三、分项自评2 → 2",
    "org.policy: 政策已出台√；分项自评1 → 1",
    "org.management: 分项自评“制度2；台账1” → 3",
    `work.center: 中心2021-01-18投入运营 ≤ 截止日 → 2，≤ 2021-02-28 满6个月 → 2；免费培训2、展示1、摄影美工1；品牌推广“否”栏√ → 0；其他增值1；产业园2；《入驻企业》截至8月31日在园${inPark.length}家（3月31日、7月20日退出的2家和9月1日入驻的1家不算） < 20 → 0；类型平台、销售、运营商、物流 ≥ 3 → 1；合计${centerPts}（自评14）`,
    `work.coverage: 《村居名单》类型“行政村”${adminV.length}个（“社区”${comms.length}个不算）；《站点台账》截止日前挂牌的站覆盖${covered.size}个行政村（村名写“××村民委员会”“××村委会”“××村”是同一村；同村二站算一次；社区站点、9月16日挂牌的不算） → ${covered.size}/50 = ${pct1(covered.size, 50)} ≥ 70% → 5；省定相对贫困村6个（“市定相对贫困村”不算），其中${poorList[5].name}的站“筹建中”、挂牌时间“2021年10月（计划）” → 5/6 = 83.3%，80%—100% → 3；合计${covPts}（自评10）`,
    `work.upward: 分项自评调研2、促销1、标准溯源1；第三方运营服务商“是” → 1；《村居名单》行政村“通快递情况”全部“已通” → 1；农村网零12.6→15.1亿元增${pct1(R20 - R19, R19)} < 30%，但农产品网零0.82→1.09亿元增${pct1(A20 - A19, A19)} ≥ 30% → 2；合计${upPts}`,
    `work.training: 常住人口47.36万 → 1% = 4,736人次；《培训期次》按期登记“合计”人次，截止日前26期共${fmtInt(pt)}人次（第27期2021年9月8—9日${sess[26].m + sess[26].f}人次不算，合计行不另加；《贫困户参训名单》已含在各期人次内，不另加） → ${pct2(pt, POP)}，0.8%—1% → 8；贫困人口名单有劳动能力且不外出务工52人，截止日前在《贫困户参训名单》里身份证号对上的23人（多次参训算一次，小写x同一人；第27期的4人在截止日后；外出务工、无劳动能力的参训者不在分母） → 23/52 = ${pct1(23, 52)}，40%—50% → 8；合计16（自评18，基础数据“参训27人”含9月）`,
    "info.disclosure: 专栏方案、项目信息、建设进度、监督举报窗口四项都“是” → 2；表二专栏更新2020年9月—2021年8月缺2021年1月 → 不定时 1；合计3（自评4）",
    "info.reporting: 表一每月都有报送（2020-09…2021-08，12个月） → 3；“是否含电商扶贫统计”有“是”，核查事项也为“是” → 3；合计6",
    "promo.cases: 经验材料2021年6月17日报送揭阳市商务局 → 2",
    "promo.media: 截止日前揭阳日报、揭阳电视台（市级） → 3；蓝城区融媒体中心（县级） → 1；南方日报（省级）2021-09-14在截止日后不算；合计4（自评8）",
    "fund.system: 资金管理制度“是”，自评4 → 4",
    "fund.ledger: 资金专用台账“是”，自评4 → 4",
    `fund.spending: 《资金台账》金额单位万元，截止日前7笔合计${fmtMoney(spent)}元（9月22日42万不算，合计行不另加）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 23/52 < 70% → 0",
    "bonus.tvCase: 只有蓝城区融媒体中心（县级）电视报道、揭阳电视台（市级），无国家级或省级电视播报 → 0",
    "veto.incident: 核查事项“否”栏√，未发生 → 不否决",
    "veto.progress: 总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “否” → 不否决",
  ];
  return {
    description:
      `揭阳蓝城区商务局整本考评工作簿（9个表），${scored}分、无加分、未否决（自评${sum(SCORED.map(([id]) => claimed[id]))}）：《自评表》一张表上下三块——基础数据是“标签行＋数值行”成对的横带（每带四项，单位只在标签括号里，日期有真日期和文字）、核查事项“是／否”分两栏打√、官方指标表带“分项自评”文字（“制度2；台账1”）和自评得分；台账里培训按期登记男／女／合计人次，另有一张“其中”贫困户参训名单（已含在人次内）；站点表有“状态”列，一个省定贫困村的站“筹建中、2021年10月（计划）”；月报和专栏更新上下叠在一张表，宣传报道和经验材料叠在另一张；封面不是台账。`,
    sheets: [
      { name: "封面", rows: cover },
      { name: "自评表", rows: fr, merges: fM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点台账", rows: sRows, merges: sM },
      { name: "培训期次", rows: trRows, merges: trM },
      { name: "贫困户参训名单", rows: ptRows, merges: ["A1:G1"] },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:F1"] },
      { name: "信息公开与报送", rows: iRows, merges: iM },
      { name: "宣传与材料", rows: mRows, merges: mM },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山市禅城区: Word《基本情况登记表》贴进 Excel（标签｜值｜单位 两组一行，勾选框）
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const M = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:F${rows.length}`);
  };
  const pair = (l1, v1, u1, l2, v2, u2) => rows.push([l1, v1, u1 === undefined ? null : u1, l2 === undefined ? null : l2, v2 === undefined ? null : v2, u2 === undefined ? null : u2]);
  const wide = (l, v) => {
    rows.push(padRow([l, v], W));
    M.push(`B${rows.length}:F${rows.length}`);
  };
  full("禅城区电子商务进农村综合示范创建基本情况登记表");
  full("填报单位：佛山市禅城区经济和科技促进局（区商务主管部门）　　　　填报时间：2021年9月6日");
  full("一、基本情况");
  pair("区（县）名称", "禅城区", null, "数据截止日期", "2021.8.31", null);
  pair("常住人口", "137.66", "万人", "户籍人口", "77.12", "万人");
  pair("行政村", "17", "个", "社区居委会", "87", "个");
  pair("省定贫困村", "0", "个", "涉农镇（街道）", "1", "个");
  full("二、组织领导");
  pair("领导小组组长", "区委副书记、区长", null, "副组长", "副区长（分管经济）", null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  wide("成员单位", "区经济和科技促进局、区财政局、区农业农村局、区市场监督管理局、区交通运输局、区人力资源社会保障局、南庄镇人民政府");
  pair("工作方案", box(true, "已正式印发", "未印发"), null, "方案自评", pts12(2), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("扶持政策", box(true, "已出台", "未出台"), null, "政策自评", pts12(2), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("项目管理制度自评", pts12(1), null, "工作台账自评", pts12(2), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("三、服务体系");
  pair("公共服务中心投入运营", "2020年9月28日", null, "免费培训场所、设备", box(true, "有", "无"), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("特色农产品免费展示销售", box(true, "有", "无"), null, "免费摄影、美工服务", box(true, "有", "无"), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("统一推广、品牌建设指导", box(true, "有", "无"), null, "其他衍生增值服务", box(false, "有", "无"), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("电商产业园", box(true, "已建设（整合）", "未建设"), null, "第三方运营服务商", box(true, "有", "无"), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("入驻企业", "23", "家", "行政村快递覆盖率", "100", "%");
  full("四、农村产品上行");
  pair("2019年农村网络零售额", "5.82", "亿元", "2020年农村网络零售额", "7.46", "亿元");
  pair("2020年农产品网络零售额增速", "27.5", "%", "网销调研自评", pts12(2), null);
  M.push(`E${rows.length}:F${rows.length}`);
  pair("网络促销活动自评", pts12(2), null, "交易标准、冷链溯源自评", pts12(1), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("五、人才培训");
  pair("累计培训", "5,326", "人次", "其中线上", "1,210", "人次");
  pair("有劳动能力贫困人口（不含外出务工）", "38", "人", "已参训贫困人口", "21", "人");
  full("六、信息公开及报送");
  pair("专栏公示创建方案", box(true, "是", "否"), null, "专栏公示项目基本信息", box(true, "是", "否"), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("专栏公示建设进度", box(true, "是", "否"), null, "征求意见／监督举报窗口", box(false, "是", "否"), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  pair("电商扶贫情况统计", box(true, "能统计", "未统计"), null, "向市局报送", "每月", null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("七、资金管理");
  pair("省级资金下达", "300", "万元", "累计拨付", "241.86", "万元");
  pair("资金管理制度", box(true, "已制定", "未制定"), null, "制度自评（1-5分）", "5", "分");
  M.push(`B${rows.length}:C${rows.length}`);
  pair("资金专用台账", box(true, "已建立", "未建立"), null, "台账自评（1-5分）", "4", "分");
  M.push(`B${rows.length}:C${rows.length}`);
  pair("及时拨付自评（1-5分）", "4", "分", "项目总体进度", "92", "%");
  full("八、否决事项");
  pair("安全生产、质量事故或重大损失", box(false, "有", "无"), null, "弄虚作假", box(false, "有", "无"), null);
  M.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  full("填表人：何××　　联系电话：0757-82××××××　　单位负责人：梁××");
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "佛山禅城区经济和科技促进局的Word《基本情况登记表》贴进Excel：每行两组“标签｜值｜单位”（A—C、D—F），值多是文本数字，单位单独一格（万人、亿元、%、万元），是否项是勾选框文字“☑已正式印发　□未印发”“□有　☑无”，主观分写“□1分　☑2分”，不少值格横向合并；组长“区委副书记、区长”是主要领导，但成员单位没有扶贫（乡村振兴）部门；户籍人口、社区数、入驻企业数、线上人次不是输入，省定贫困村填“0”。",
    sheets: [{ name: "基本情况登记表", rows, merges: M }],
    expect: {
      facts: {
        county: "禅城区", asOf: "2021-08-31", residentPopulation: 1376600, adminVillagesStated: 17, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 582000000, ruralRetail2020: 746000000, agriRetailGrowthStated: 0.275,
        trainingPersonTimesStated: 5326, eligiblePoorPersonsStated: 38, trainedPoorPersonsStated: 21, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 3000000, fundSpentStated: 2418600,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 广州市黄埔区: 左右两张表（基本情况｜自评计分）
// =====================================================================================================
function buildF2() {
  const W = 9;
  const rows = [];
  const M = [];
  rows.push(padRow(["黄埔区电子商务进农村综合示范创建考评基础数据及自评"], W));
  M.push("A1:I1");
  rows.push(padRow(["报送单位：广州市黄埔区商务局　　　（数据截至2021年8月31日）"], W));
  M.push("A2:I2");
  const left = [
    ["表1　基本情况", null, null, null],
    ["序号", "项目", "数值", "单位"],
    [1, "区（县）", "黄埔区", "—"],
    [2, "常住人口", 126.41, "万人"],
    [3, "行政村", 28, "个"],
    [4, "示范创建领导小组组长", "区委常委、副区长", "—"],
    [5, "成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴工作办公室、区交通运输局", "—"],
    [6, "工作方案", "已印发", "—"],
    [7, "扶持政策", "已出台", "—"],
    [8, "公共服务中心投入运营", 44183, "日期"],
    [9, "免费培训场所、设备", "有", "—"],
    [10, "免费展示、销售服务", "有", "—"],
    [11, "免费摄影、美工服务", "无", "—"],
    [12, "品牌推广指导", "有", "—"],
    [13, "其他衍生增值服务", "有", "—"],
    [14, "电商产业园", "已整合", "—"],
    [15, "第三方运营服务商", "有", "—"],
    [16, "行政村快递覆盖", "未全覆盖", "—"],
    [17, "2020年农村网络零售额同比增速", 31.6, "%"],
    [18, "培训人次", 6084, "人次"],
    [19, "有劳动能力贫困人口（不含外出务工）", 61, "人"],
    [20, "其中参加电商培训", 35, "人"],
    [21, "专栏公示方案、项目信息、进度", "是", "—"],
    [22, "监督举报窗口", "是", "—"],
    [23, "电商扶贫统计", "能", "—"],
    [24, "省级资金下达", 500, "万元"],
    [25, "累计拨付", "4,126,300.00", "元"],
    [26, "资金管理制度", "已制定", "—"],
    [27, "资金专用台账", "已建立", "—"],
    [28, "项目总体进度", "94%", "—"],
    [29, "安全生产、质量事故", "无", "—"],
  ];
  const claimed = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 2, "org.management": 4, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 7, "fund.system": 5, "fund.ledger": 5,
    "fund.spending": 5, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const right = [
    ["表2　自评计分", null, null, null],
    ["指标", "满分", "自评分", "说明"],
    ["组织领导", 2, claimed["org.leadership"], "分管区领导牵头"],
    ["方案制定", 2, claimed["org.plan"], null],
    ["政策支持", 2, claimed["org.policy"], null],
    ["项目管理", 4, claimed["org.management"], null],
    ["　其中：项目管理制度", "1-2", 2, null],
    ["　　　　工作台账", "1-2", 2, null],
    ["县级中心与产业园", 15, claimed["work.center"], "摄影美工未免费"],
    ["村级站点覆盖", 10, claimed["work.coverage"], null],
    ["农村产品上行", 10, claimed["work.upward"], null],
    ["　其中：网销调研", "1-2", 2, null],
    ["　　　　网络促销", "1-2", 2, null],
    ["　　　　交易标准、冷链溯源", "1-2", 2, null],
    ["电商人才培训", 20, claimed["work.training"], null],
    ["信息公开", 4, claimed["info.disclosure"], null],
    ["数据上报", 6, claimed["info.reporting"], null],
    ["案例总结", 2, claimed["promo.cases"], null],
    ["经验推广", 8, claimed["promo.media"], "省级4＋市级3"],
    ["制度建立", 5, claimed["fund.system"], null],
    ["资金台账", 5, claimed["fund.ledger"], null],
    ["资金支出", 5, claimed["fund.spending"], "支出率82.5%，及时拨付"],
    ["加分：贫困人口培训率≥70%", 2, claimed["bonus.poorTraining"], null],
    ["加分：电视播报", 2, claimed["bonus.tvCase"], "广东卫视"],
    ["合计", 100, sum(SCORED.map(([id]) => claimed[id])), "另加分1"],
  ];
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) {
    const l = left[i] || [null, null, null, null];
    const r = right[i] || [null, null, null, null];
    rows.push([...l, null, ...r]);
  }
  M.push("A3:D3", "F3:I3");
  rows.push(padRow(["注：表1第8项为日期；是否类填“有／无”“是／否”。"], W));
  M.push(`A${rows.length}:I${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(excelSerial("2020-12-18") === 44183, "f2 serial");
  return {
    description:
      "广州黄埔区商务局的考评数据表：一张表左右两块——左边“表1 基本情况”（序号｜项目｜数值｜单位，单位逐行写：万人、个、人次、万元、元、%，公共服务中心投入运营只剩一个Excel序列号44183、单位栏写“日期”），右边隔一空列是“表2 自评计分”（指标｜满分｜自评分｜说明，项目管理和农村产品上行下有缩进的“其中：”分项，是主观分；合计100是满分），两块行数不同、从同一行开始；组长“区委常委、副区长”是分管领导；资金下达写万元、累计拨付写元。",
    sheets: [{ name: "基础数据及自评", rows, merges: M }],
    expect: {
      facts: {
        county: "黄埔区", asOf: "2021-08-31", residentPopulation: 1264100, adminVillagesStated: 28, planIssued: true, policyIssued: true, centerOpened: "2020-12-18",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: false, ruralRetailGrowthStated: 0.316, trainingPersonTimesStated: 6084, eligiblePoorPersonsStated: 61, trainedPoorPersonsStated: 35,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 4126300, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.94, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 5, "fund.spending": 5,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 江门市蓬江区: 更正对照表（原报｜更正后｜更正说明）
// =====================================================================================================
function buildF3() {
  const W = 5;
  const rows = [padRow(["蓬江区电子商务进农村综合示范考评基础数据更正对照表"], W),
    padRow(["江门市蓬江区商务局　2021年9月10日　　说明：按市商务局9月8日核对意见更正；“更正后”栏空白或写“同左”的，以原报为准；写“（删除）”的，该项不再报送。"], W),
    ["序号", "项目", "原报（9月3日）", "更正后（9月10日）", "更正说明"]];
  const R = [
    ["县（市、区）", "蓬江区", null, null],
    ["考评截止日期", "2021年8月31日", "同左", null],
    ["常住人口", "75.32万人", "95.06万人", "原报为户籍人口"],
    ["行政村数", "41个", "37个", "原报含4个社区"],
    ["省定贫困村数", "3个", null, null],
    ["领导小组组长", "区长", null, null],
    ["成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局等12个部门", null, null],
    ["工作方案（已印发／未印发）", "已印发", null, null],
    ["方案制定自评", "2分", null, null],
    ["扶持政策（已出台／未出台）", "已出台", null, null],
    ["政策支持自评", "2分", "1分", "部分政策未兑现"],
    ["项目管理制度自评", "2分", null, null],
    ["工作台账自评", "2分", null, null],
    ["公共服务中心投入运营时间", "2020年12月", "2021年1月8日", "12月为试运营"],
    ["免费培训场所及设备", "有", null, null],
    ["特色农产品免费展示销售", "有", null, null],
    ["免费摄影美工", "有", "无", "摄影由运营商收费提供"],
    ["品牌推广指导", "有", null, null],
    ["其他衍生增值服务", "有", null, null],
    ["电商产业园", "已建设", null, null],
    ["第三方电商运营服务商", "有", null, null],
    ["行政村快递覆盖率", "100%", "97.3%", "杜阮镇1个村未通"],
    ["网销调研自评", "2分", null, null],
    ["网络促销活动自评", "2分", null, null],
    ["交易标准冷链溯源自评", "2分", "1分", "交易标准未出台"],
    ["2019年农产品网络零售额", "2.14亿元", null, null],
    ["2020年农产品网络零售额", "2.95亿元", "2.71亿元", "剔除非农产品"],
    ["培训人次", "4,965人次", "同左", null],
    ["有劳动能力贫困人口（不含外出务工）", "126人", null, null],
    ["参训贫困人口", "88人", "（删除）", "以参训名单为准"],
    ["专栏公示创建方案、项目基本信息、建设进度", "已公示", null, null],
    ["监督举报窗口", "已设立", null, null],
    ["电商扶贫统计", "能统计", null, null],
    ["省级资金下达", "500万元", null, null],
    ["累计拨付", "350万元", "3,615,420元", "原报为约数"],
    ["资金管理制度自评", "5分", null, null],
    ["资金台账自评", "5分", "4分", null],
    ["及时拨付自评", "5分", "4分", null],
    ["项目总体进度", "90%", "88%", null],
    ["安全生产、质量事故", "无", null, null],
    ["弄虚作假", "无", null, null],
  ];
  R.forEach((r, i) => rows.push([i + 1, ...r]));
  rows.push(padRow(["经办人：甄××　　审核：容××"], W));
  const M = ["A1:E1", "A2:E2", `A${rows.length}:E${rows.length}`];
  return {
    description:
      "江门蓬江区商务局按市局核对意见报的《基础数据更正对照表》：序号｜项目｜原报（9月3日）｜更正后（9月10日）｜更正说明，说明行写明“更正后”空白或“同左”以原报为准、“（删除）”为不再报送；要读更正后的值（常住人口75.32万→95.06万、行政村41→37、中心“2020年12月”→2021年1月8日、摄影美工有→无、快递100%→97.3%、农产品网零2020年2.95亿→2.71亿、拨付350万元→3,615,420元、政策自评2→1等），“参训贫困人口88人”已删除不算陈述；领导为区长、四部门齐全。",
    sheets: [{ name: "更正对照表", rows, merges: M }],
    expect: {
      facts: {
        county: "蓬江区", asOf: "2021-08-31", residentPopulation: 950600, adminVillagesStated: 37, poorVillagesStated: 3, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, agriRetail2019: 214000000, agriRetail2020: 271000000, trainingPersonTimesStated: 4965,
        eligiblePoorPersonsStated: 126, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3615420, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
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
// l1 — 广州市从化区: 站点（镇纵向合并＋小计行）、培训签到（日期格纵向合并）、说明
// =====================================================================================================
function buildL1() {
  const TOWNS = ["鳌头镇", "良口镇", "吕田镇", "太平镇"];
  const vn = villageNamer("横龙石塘新水东西岭高乌长黄", "坑岗田洞坪塱围埔头江");
  const sRows = [padRow(["从化区村级电商服务站点汇总表"], 8), ["镇（街）", "序号", "站点名称", "所在行政村", "地址", "站长", "挂牌时间", "备注"]];
  const sM = ["A1:H1"];
  const sRecs = [];
  const fmts = ["21年3月", "2020年11月", null];
  let k = 0;
  TOWNS.forEach((t, ti) => {
    const r0 = sRows.length + 1;
    const n = [6, 5, 4, 5][ti];
    for (let i = 0; i < n; i++) {
      k++;
      const v = vn();
      let opened = randIsoBetween("2020-06-01", "2021-08-31");
      let cell;
      if (k === 4) {
        cell = "21年3月";
        opened = "2021-03";
      } else if (k === 9) {
        cell = "2020年11月";
        opened = "2020-11";
      } else if (k === 13) {
        cell = "2021.9.6";
        opened = "2021-09-06";
      } else if (k === 17) {
        cell = yyyymmdd(opened);
      } else cell = dateCell(opened, k + 1);
      const vcell = k % 4 === 1 ? v.replace(/村$/, "村村民委员会") : k % 4 === 2 ? v + "委会" : v;
      sRows.push([i === 0 ? t : null, i + 1, `${t.replace(/镇$/, "")}${v}电商服务站`, vcell, `从化区${t}${v}${rint(1, 99)}号`, personName(), cell, k === 13 ? "9月新挂牌" : null]);
      sRecs.push({ village: v, opened });
    }
    sRows.push([null, null, `小计：${n}个`, null, null, null, null, null]);
    mergeCol(sM, "A", r0, sRows.length);
  });
  sRows.push([null, null, `合计：${k}个`, null, null, null, null, null]);
  sRows.push(padRow(["注：挂牌时间只记到月份的，以区商务局授牌文件月份为准；“20210415”式为年月日。"], 8));
  sM.push(`A${sRows.length}:H${sRows.length}`);

  // 培训签到: date merged down over each session
  const REG = "440117";
  const S = [["2020-10-15", "2020-10-15", 9], ["2020-12-02", "2020-12-03", 8], ["2021-03-18", "2021-03-18", 7], ["2021-06-24", "2021-06-24", 8]];
  const tRows = [padRow(["从化区农村电商培训学员签到汇总"], 7), ["培训日期", "序号", "姓名", "性别", "身份证号码", "所在村", "联系电话"]];
  const tM = ["A1:G1"];
  const tRecs = [];
  S.forEach((s, si) => {
    const r0 = tRows.length + 1;
    const dcell = s[0] === s[1] ? [cnDate(s[0]), D(s[0]), "21.3.18", dotDate(s[0])][si] : "2020.12.2-3";
    for (let i = 0; i < s[2]; i++) {
      const male = rnd() < 0.5;
      const id = makeId(REG, birthBetween(1968, 2001), male, si === 1 && i === 3 ? true : undefined);
      let idc = id;
      let rid = id;
      if (si === 0 && i === 2) idc = spacedId(id);
      if (si === 1 && i === 3) idc = id.slice(0, 17) + "x";
      if (si === 3 && i >= 5) {
        idc = maskId(id);
        rid = idc;
      }
      tRows.push([i === 0 ? dcell : null, i + 1, personName(), male ? "男" : "女", idc, vn(), mask(phone())]);
      tRecs.push({ date: s[1], personTimes: 1, id: rid });
    }
    mergeCol(tM, "A", r0, tRows.length);
  });
  tRows.push(padRow(["注：第4期后3名学员为线上报名，系统导出身份证号已脱敏。"], 7));
  tM.push(`A${tRows.length}:G${tRows.length}`);
  checkTrainingIds(tRecs, "l1");
  const note = [["说明"], ["1. 站点汇总表按镇排列，每镇末行为小计；合计行不是站点。"], ["2. 签到汇总表的培训日期为合并单元格，一期一格；两天班写起止日期。"], ["3. 本册由区商务局电商科汇总，2021年9月15日。"]];
  return {
    description:
      "广州从化区商务局电商科的台账（三个表）：①《站点汇总》镇（街）列纵向合并，每镇末一行“小计：n个”、最后“合计”，都不是站点；挂牌时间有真日期、文本、Excel序号、八位数字“20210415”式，还有两位年份只到月的“21年3月”（2021-03）和“2020年11月”，一站“2021.9.6”挂牌照列；所在行政村写“××村村民委员会”“××村委会”“××村”。②《培训签到》培训日期在A列纵向合并、一期一格（“2020年10月15日”、真日期、“21.3.18”、两天班“2020.12.2-3”读结束日），身份证号有空格分段、小写x和脱敏号；③《说明》不是台账。",
    sheets: [
      { name: "说明", rows: note },
      { name: "站点汇总", rows: sRows, merges: sM },
      { name: "培训签到", rows: tRows, merges: tM },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "站点汇总": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 韶关市武江区: 入驻企业（状态栏写退园日）、资金（元／万混写）、月报、隐藏数据表
// =====================================================================================================
function buildL2() {
  const fnm = nameMaker("武韶曲芙江西重龙", "阳信丰达华泰源盛", "", []);
  const TY = ["平台型", "销售型", "电商运营", "物流快递", "销售型", "直播电商", "销售型", "电商运营", "平台型", "销售型", "物流快递", "销售型"];
  const firms = TY.map((t) => ({ name: `韶关市${fnm()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440203"), entered: randIsoBetween("2020-05-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-05-31";
  firms[7].left = "2021-09-15";
  const eRows = [padRow(["武江区电子商务产业园入驻企业台账"], 6), ["序号", "企业名称", "统一社会信用代码", "类型", "入驻日期", "状态"]];
  firms.forEach((f, i) => {
    const st = f.left ? (f.left === "2021-05-31" ? `已退园（${dotDate(f.left)}）` : `已退园（${cnDate(f.left)}）`) : "在园";
    eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 3), st]);
  });
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  const pays = [["2020-09-18", 125000], ["2020-11-06", 645000], ["2020-12-25", 86000], ["2021-02-05", 231500], ["2021-04-20", 398000], ["2021-06-30", 152400], ["2021-08-19", 270000], ["2021-09-10", 180000]];
  const PUR = ["村级站点建设", "中心装修", "培训服务费", "物流配送", "中心设备采购", "品牌推广", "站点运营补助", "溯源系统"];
  const amtCell = (y, i) => [`${wan(y)}万`, String(y), `${wan(y)}万元`, y, fmtMoney(y), `${wan(y)}万`, `${y}元`, y][i];
  const fRows = [padRow(["武江区电商进农村专项资金拨付明细"], 5), ["序号", "拨付日期", "用途", "金额", "备注"]];
  const fRecs = [];
  let half = 0;
  pays.forEach((p, i) => {
    fRows.push([i + 1, dateCell(p[0], i), PUR[i], amtCell(p[1], i), null]);
    fRecs.push({ date: p[0], amount: p[1] });
    half += p[1];
    if (i === 3) {
      fRows.push([null, null, "2020年9月—2021年2月小计", `${wan(half)}万`, null]);
      half = 0;
    }
  });
  fRows.push([null, null, "2021年3月—9月小计", `${wan(half)}万`, null]);
  fRows.push(padRow(["注：金额栏写“万”的为万元，其余为元。"], 5));
  const fM = ["A1:E1", `A${fRows.length}:E${fRows.length}`];

  const rRows = [padRow(["武江区向韶关市商务局报送月报登记"], 5), ["月份", "报送日期", "报送内容", "电商扶贫统计", "经办人"]];
  const rRecs = [];
  const send = [["2020-09", "2020-10-09", "含"], ["2020-10", "2020-11-10", "含"], ["2020-11", "2020-12-08", "不含"], ["2020-12", "2021-01-11", "含"], ["2021-01", "2021-02-07", null],
    ["2021-03", "2021-04-08", "含"], ["2021-04", "2021-05-10", "含"], ["2021-05", "2021-06-07", "不含"], ["2021-06", "2021-07-09", "含"], ["2021-07", "2021-08-06", "含"]];
  send.forEach((s, i) => {
    rRows.push([cnMonth(s[0]), [slashDate, dotDate, cnDate][i % 3](s[1]), `${cnMonth(s[0])}工作进展及统计数据`, s[2], personName()]);
    rRecs.push({ date: s[1], poverty: s[2] === null ? null : s[2] === "含" });
  });
  rRows.push(["2021年2月", "—", "春节，与3月合并报送", null, null]);
  const hid = [["类型"], ["平台型"], ["销售型"], ["电商运营"], ["物流快递"], ["直播电商"], [null], ["状态"], ["在园"], ["已退园"]];
  return {
    description:
      "韶关武江区商务局电商股的台账（四个表）：①《入驻企业》没有退出日期列，退园日期写在“状态”里（“在园”；“已退园（2021.5.31）”；“已退园（2021年9月15日）”照列），入驻日期写法混杂；②《资金拨付》金额一列里元和万元混写（“12.5万”“645000”“8.6万元”、数字231500、“398,000.00”、“15.24万”、“270000元”），两行“…小计”不是拨付，9月一笔照列；③《月报》月份｜报送日期｜内容｜电商扶贫统计（含／不含／空白未知），“2021年2月｜—｜与3月合并报送”不是报送；④隐藏的《数据》下拉表不是台账。",
    sheets: [
      { name: "入驻企业", rows: eRows, merges: ["A1:F1"] },
      { name: "资金拨付", rows: fRows, merges: fM },
      { name: "月报", rows: rRows, merges: ["A1:E1"] },
      { name: "数据", rows: hid, hidden: true },
    ],
    expect: {
      sheets: {
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金拨付": { kind: "funds", records: fRecs },
        "月报": { kind: "reports", records: rRecs },
        "数据": { kind: null },
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
write("counties", "b229-c1-lancheng.json", c1);
write("facts", "b229-f1-chancheng.json", f1);
write("facts", "b229-f2-huangpu.json", f2);
write("facts", "b229-f3-pengjiang.json", f3);
write("ledgers", "b229-l1-conghua.json", l1);
write("ledgers", "b229-l2-wujiang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
