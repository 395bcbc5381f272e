// Batch 239 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b238.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write), plus a small rule scorer (scoreCounty) that re-derives c1's points from its ground truth.
// Deterministic: seeded PRNG (239239), no clock. Run: node test/corpus/counties/_make/gen-b239.js (from /work/main)
//
// c1 揭西县 (揭阳): facts = the county OA 表单 “打印视图” — two 字段名〔字段编码〕｜值 pairs abreast, 字典 values “1-是/0-否”,
//    “X01-县长”, departments “SW-县商务局;CZ-县财政局;…”, datetimes “2021-02-28 00:00:00”, ZP01–ZP17 self-scores (claimed), a 流转记录
//    audit block at the bottom. Station list = a 金山文档 shared sheet each town's clerk fills (date format differs by town, last-editor
//    columns, a 社区 station and a 林场 station). Edges: >200 villages → base 200, exactly 140 covered (70%); a poor village's station
//    opened 2021-09-01; person-times exactly 1% of the capped 500,000; poor training rate exactly 50%; disbursed exactly 70%;
//    centre opened 2021-02-28 (exactly six months); the August report sent 2021-09-01; retail growth exactly 30%.
// f1 信宜市 (茂名): an OA 表单中心 “数据明细” export — one field per row with 字段编码, 数据类型, 字典编码, 字段值 as dictionary codes only
//    (meanings on a separate 字典 sheet), and audit-trail columns 原值｜修改人｜修改时间｜审核状态 (three corrected fields, one field
//    cleared by the reviewer = not stated).
// f2 廉江市 (湛江): a 统计局/商务局 “数据比对表” — 统计部门数｜商务部门台账数｜采用数 (the 采用数 is the answer; “—” where a source has
//    none), yes/no as “●” in 是 or 否 columns, 亿元/万元 units, a deputy (分管副市长) leads.
// f3 陆河县 (汕尾): an 迎检对照检查清单 — per-indicator blocks with the indicator name and 自评分 merged down (claimed), 完成/未完成 tick
//    columns, quantity-with-unit cells, judged items written as grade letters A–E with the legend in row 2; 扶贫 department missing.
// l1 南雄市珠玑镇 (韶关): a township clerk's 腾讯文档 collaborative ledger — 使用说明 (not a ledger), villages with last-modified columns,
//    stations typed by each village clerk (mixed date styles, @-mention notes, a 2021-09-02 opening), sign-ins with the session date
//    merged down, a spaced ID, a lower-case x and a masked ID.
// l2 怀集县 (肇庆): 公文交换发文登记 (reports, datetime text, a missing February), 国库集中支付明细 (万元, yyyymmdd numbers, 年度小计 and
//    合计 rows), 剪报目录 (level in 【】 before the outlet name, TV vs newspaper).
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
let seed = 239239;
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
    assert(/^b239-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b239-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b239-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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








// ---------------------------------------------------------------- extra helpers (batch 239)
function oaDT(iso, t) {
  // OA export datetime text "2021-02-28 00:00:00"
  return `${iso} ${t || "00:00:00"}`;
}
function splitTotal(total, n, lo, hi) {
  // n positive integers in [lo, hi] summing exactly to total (deterministic)
  assert(n * lo <= total && n * hi >= total, "splitTotal feasible");
  const a = [];
  let left = total;
  for (let i = 0; i < n; i++) {
    const rest = n - i - 1;
    const mn = Math.max(lo, left - rest * hi);
    const mx = Math.min(hi, left - rest * lo);
    const v = i === n - 1 ? left : rint(mn, mx);
    a.push(v);
    left -= v;
  }
  assert(left === 0 && sum(a) === total, "splitTotal sum");
  return a;
}
function regularity(dates, cut) {
  const inW = dates.filter((d) => d <= cut && d.slice(0, 7) >= WINDOW[0]);
  const months = inWindowMonths(inW);
  return months === 12 ? "full" : inW.length > 0 ? "partial" : "none";
}
// the rules of scoring-rules.md applied to a county's ground truth (used to check the hand-written points)
function scoreCounty(t) {
  const cut = t.asOf;
  const p = {};
  p["org.leadership"] = t.leader === "principal" && t.allDepts ? 2 : t.leader === "deputy" ? 1 : t.leader === "principal" ? 0 : 0;
  p["org.plan"] = t.planIssued ? t.judged["org.plan"] : 0;
  p["org.policy"] = t.policyIssued ? t.judged["org.policy"] : 0;
  p["org.management"] = t.judged["org.management.system"] + t.judged["org.management.ledger"];
  const sixBefore = (() => {
    const [y, m, d] = ymd(cut);
    let mm = m - 6, yy = y;
    if (mm <= 0) { mm += 12; yy -= 1; }
    return `${yy}-${String(mm).padStart(2, "0")}-${String(Math.min(d, lastDay(yy, mm))).padStart(2, "0")}`;
  })();
  const ents = t.enterprises.filter((e) => e.entered <= cut && !(e.left && e.left < cut));
  const keys = new Set(ents.map((e) => e.code || e.name));
  const TYPES = (ty) => (/平台/.test(ty) ? "平台" : /销售|零售|网店/.test(ty) ? "销售" : /运营|代运营|服务商/.test(ty) ? "运营" : /物流|快递|仓储/.test(ty) ? "物流" : ty);
  const types = new Set(ents.map((e) => TYPES(e.type)));
  p["work.center"] = (t.centerOpened <= cut ? 2 : 0) + (t.centerOpened <= sixBefore ? 2 : 0) + (t.centerFreeTraining ? 2 : 0) +
    (t.centerDisplay ? 1 : 0) + (t.centerPhoto ? 1 : 0) + (t.centerBrand ? 1 : 0) + (t.centerOther ? 1 : 0) +
    (t.parkBuilt || t.enterprises.length ? 2 : 0) + (keys.size >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const admin = t.villages.filter((v) => v.admin);
  const names = new Set(admin.map((v) => v.name));
  const cov = new Set(t.stations.filter((s) => s.opened <= cut && names.has(s.village)).map((s) => s.village));
  const base = Math.min(admin.length, 200);
  const covered = cov.size;
  const vp = covered * 100 >= 70 * base ? 5 : covered * 100 >= 50 * base ? 2 : 0;
  const poor = admin.filter((v) => v.poor);
  const pc = poor.filter((v) => cov.has(v.name)).length;
  const pp = poor.length === 0 ? 5 : pc === poor.length ? 5 : pc * 100 >= 80 * poor.length ? 3 : 0;
  p["work.coverage"] = vp + pp;
  const allExpress = admin.every((v) => v.express === true);
  const g = (a, b) => a !== undefined && b !== undefined && b * 10 >= a * 13;
  p["work.upward"] = t.judged["work.upward.research"] + t.judged["work.upward.promotion"] + (t.thirdPartyOperator ? 1 : 0) +
    (allExpress ? 1 : 0) + t.judged["work.upward.standards"] + (g(t.ruralRetail2019, t.ruralRetail2020) || g(t.agriRetail2019, t.agriRetail2020) ? 2 : 0);
  const tb = Math.min(t.residentPopulation, 500000);
  const pt = sum(t.training.filter((r) => r.date <= cut).map((r) => r.personTimes));
  const tp = pt * 100 >= tb ? 10 : pt * 1000 >= 8 * tb ? 8 : pt * 1000 >= 6 * tb ? 6 : 0;
  const elig = t.poorPersons.filter((x) => x.labour === true && x.migrant !== true);
  const trainedIds = new Set(t.training.filter((r) => r.date <= cut && r.id).map((r) => r.id));
  const tr = elig.filter((x) => trainedIds.has(x.id)).length;
  const rp = tr * 100 >= 50 * elig.length ? 10 : tr * 100 >= 40 * elig.length ? 8 : tr * 100 >= 30 * elig.length ? 6 : 0;
  p["work.training"] = tp + rp;
  p["info.disclosure"] = (t.disclosurePlan && t.disclosureProjects && t.disclosureProgress && t.disclosureWindow ? 2 : 0) +
    { full: 2, partial: 1, none: 0 }[regularity(t.disclosures, cut)];
  p["info.reporting"] = { full: 3, partial: 1, none: 0 }[regularity(t.reports.map((r) => r.date), cut)] +
    (t.povertyStatisticsStated || t.reports.some((r) => r.date <= cut && r.poverty) ? 3 : 0);
  p["promo.cases"] = t.materials.some((d) => d <= cut) ? 2 : 0;
  const lv = new Set(t.media.filter((m) => m.date <= cut).map((m) => (m.level === "national" ? "province" : m.level)));
  p["promo.media"] = (lv.has("province") ? 4 : 0) + (lv.has("city") ? 3 : 0) + (lv.has("county") ? 1 : 0);
  p["fund.system"] = t.judged["fund.system"];
  p["fund.ledger"] = t.judged["fund.ledger"];
  const spent = sumYuan(t.funds.filter((f) => f.date <= cut).map((f) => f.amount));
  p["fund.spending"] = cents(spent) * 100 < 70 * cents(t.fundAllocated) ? -5 : t.judged["fund.spending"];
  p["bonus.poorTraining"] = tr * 100 >= 70 * elig.length ? 2 : 0;
  const tv = t.media.filter((m) => m.date <= cut && m.tv && m.povertyCase);
  p["bonus.tvCase"] = tv.some((m) => m.level === "national") ? 2 : tv.some((m) => m.level === "province") ? 1 : 0;
  p["veto.incident"] = 0;
  p["veto.progress"] = 0;
  p["veto.fraud"] = 0;
  const vetoed = !!t.vetoIncident || !!t.vetoFraud || (t.overallProgress !== undefined ? t.overallProgress < 0.4 : cents(spent) * 100 < 40 * cents(t.fundAllocated));
  const bonus = Math.min(4, p["bonus.poorTraining"] + p["bonus.tvCase"]);
  const scored = sum(SCORED.map((s) => p[s[0]]));
  return { points: p, bonus, vetoed, total: vetoed ? 0 : scored + bonus,
    m: { covered, base, pc, poor: poor.length, pt, tb, elig: elig.length, tr, spent, ents: keys.size, types: types.size } };
}


// =====================================================================================================
// c1 — 揭阳市揭西县: OA 表单“打印视图” facts sheet ＋ a shared cloud station sheet ＋ nine ledgers
function buildC1() {
  const cut = "2021-08-31";
  const TOWNS = ["河婆街道", "龙潭镇", "南山镇", "灰寨镇", "京溪园镇", "五经富镇", "横江镇", "坪上镇", "五云镇", "上砂镇",
    "良田乡", "钱坑镇", "凤江镇", "东园镇", "棉湖镇", "金和镇", "大溪镇"];
  const VN = noDupNamer(villageNamer("东西南北上下新旧大小石龙凤岭坑田塘溪湖坪洋围寨楼山河水桥", "头尾坑岭田塘湖洋寮厝美丰安和兴隆光明德福寿"), []);
  const nAdmin = splitTotal(281, TOWNS.length, 12, 22);
  const nComm = splitTotal(24, TOWNS.length, 0, 3);
  const villages = []; // {town, name, admin, poor, express}
  const commStems = "城东城西城南城北新华中山朝阳解放环城建设人民文化胜利和平前进团结幸福红星跃进";
  let ci = 0;
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < nAdmin[ti]; i++) villages.push({ town: t, name: VN(), admin: true });
    for (let i = 0; i < nComm[ti]; i++) {
      const stem = commStems.slice((ci % 18) * 2, (ci % 18) * 2 + 2);
      villages.push({ town: t, name: (ci >= 18 ? t.slice(0, 2) : "") + stem + "社区", admin: false });
      ci++;
    }
  });
  const adminV = villages.filter((v) => v.admin);
  noStemClash(adminV.map((v) => v.name), villages.filter((v) => !v.admin).map((v) => v.name), "c1");
  assert(adminV.length === 281, "281 admin villages");
  const poorIdx = new Set(shuffle(adminV.map((_, i) => i)).slice(0, 37));
  adminV.forEach((v, i) => { v.poor = poorIdx.has(i); });
  villages.forEach((v) => { v.express = true; });
  const poorV = adminV.filter((v) => v.poor);
  const lateVillage = poorV[rint(0, poorV.length - 1)]; // its only station opened 2021-09-01
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const coveredV = poorV.filter((v) => v !== lateVillage).concat(nonPoor.slice(0, 140 - 36));
  assert(coveredV.length === 140, "140 covered");
  const covSet = new Set(coveredV);
  // stations, in village-list order (each town's clerk typed their own rows)
  const stations = []; // {town, village, name, opened}
  const edgeV = coveredV[rint(0, coveredV.length - 1)];
  const twice = shuffle(coveredV.filter((v) => v !== edgeV)).slice(0, 2);
  for (const v of villages) {
    if (covSet.has(v)) {
      const op = v === edgeV ? cut : randIsoBetween("2019-05-01", "2021-08-20");
      stations.push({ town: v.town, village: v.name, opened: op, vname: v.name });
      if (twice.includes(v)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-06-01", "2021-07-31"), vname: v.name, second: true });
    } else if (v === lateVillage) {
      stations.push({ town: v.town, village: v.name, opened: "2021-09-01", vname: v.name });
    }
  }
  const commV = villages.filter((v) => !v.admin)[3];
  const ci2 = stations.findIndex((s) => s.town === commV.town);
  stations.splice(ci2, 0, { town: commV.town, village: commV.name, opened: "2020-10-16", vname: commV.name });
  const farmTown = TOWNS[7];
  const fi = stations.findIndex((s) => s.town === farmTown);
  stations.splice(fi, 0, { town: farmTown, village: "坪上林场", opened: "2020-12-03", vname: "坪上林场" });

  const sRows = [["揭西县村级电商服务站点清单（共享编辑版）", null, null, null, null, null, null, null, null],
    ["说明：各镇（街道）电商专干只填本镇行，挂牌时间按站点牌匾落款填写；县商务局每周五汇总。本表由“金山文档”导出，末两列为系统自动记录。", null, null, null, null, null, null, null, null],
    ["镇（街道）", "站点名称", "所在村（居）", "站点负责人", "联系电话", "挂牌时间", "服务内容", "最后编辑人", "最后编辑时间"]];
  const sM = ["A1:I1", "A2:I2"];
  const clerk = {};
  TOWNS.forEach((t, i) => { clerk[t] = t.replace(/镇|乡|街道/, "") + "专干-" + personName(); });
  let prevTown = null;
  for (const s of stations) {
    if (prevTown !== null && s.town !== prevTown && rnd() < 0.3) sRows.push([null, null, null, null, null, null, null, null, null]);
    prevTown = s.town;
    const ti = TOWNS.indexOf(s.town);
    const vtext = s.vname.endsWith("村") && rnd() < 0.4 ? s.vname.replace(/村$/, "村委会") : s.vname;
    const nm = s.vname.replace(/村$|社区$/, "") + (s.second ? "电商服务点（二）" : "村级电商服务站");
    const svc = ["代购代销", "代收代缴、代购代销", "快递收发、代购代销、电商宣传", "代存代缴、小额信贷咨询"][rint(0, 3)];
    sRows.push([s.town, nm, vtext, personName(), mask(phone()), dateCell(s.opened, ti), svc, clerk[s.town],
      exportTime(randIsoBetween("2021-08-02", "2021-09-03"), hms())]);
  }
  sRows.push([null, null, null, null, null, null, null, null, null]);
  sRows.push(["注：坪上林场为场部代管点，非行政村。", null, null, null, null, null, null, null, null]);
  sM.push(`A${sRows.length}:I${sRows.length}`);

  // village list
  const vRows = [["揭西县行政村（社区）名单"], ["填报单位：揭西县民政局（2021年6月更新）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类型", "是否省定贫困村", "快递物流是否通达"]];
  villages.forEach((v, i) => vRows.push([i + 1, v.town, v.name.replace(/村$/, "村民委员会").replace(/社区$/, "社区居民委员会"),
    v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : "否") : "否", "✓"]));
  vRows.push(["合计", null, `行政村${adminV.length}个、社区${villages.length - adminV.length}个`, null, `省定贫困村${poorV.length}个`, null]);
  const vM = ["A1:F1", "A2:F2", `C${vRows.length}:D${vRows.length}`];

  // poor persons
  const REG = "445222";
  const persons = [];
  for (let i = 0; i < 150; i++) {
    const v = poorV[rint(0, poorV.length - 1)];
    const kind = i % 5 === 1 ? "nolab" : i % 15 === 3 ? "migrant" : i % 15 === 8 ? "migrant" : "elig";
    persons.push({ v, name: personName(), id: makeId(REG, birthBetween(1962, 2002), rnd() < 0.5, i % 23 === 4 ? true : undefined), kind });
  }
  const eligP = persons.filter((x) => x.kind === "elig");
  const migP = persons.filter((x) => x.kind === "migrant");
  const nolP = persons.filter((x) => x.kind === "nolab");
  assert(nolP.length === 30 && migP.length === 20 && eligP.length === 100, "person mix " + nolP.length + "/" + migP.length);
  const pRows = [["揭西县有劳动能力建档立卡贫困人口名单（县乡村振兴局确认）"],
    ["序号", "镇", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工"]];
  persons.forEach((x, i) => pRows.push([i + 1, x.v.town, x.v.name, x.name, x.id,
    x.kind === "nolab" ? (rnd() < 0.5 ? "无劳动能力" : "丧失劳动能力") : (rnd() < 0.8 ? "有劳动能力" : "弱劳动能力"), x.kind === "migrant" ? "是" : "否"]));
  // 弱劳动能力 counts as having labour capacity? avoid: keep only 有劳动能力 for labour rows
  for (let i = 2; i < pRows.length; i++) if (pRows[i][5] === "弱劳动能力") pRows[i][5] = "有劳动能力";
  const pM = ["A1:G1"];

  // training: poor sign-in rows
  const trainedElig = shuffle(eligP).slice(0, 51);
  const lateOnly = trainedElig.pop(); // trained only on 2021-09-01
  assert(trainedElig.length === 50, "50 trained");
  const FP_DATES = ["2020-10-22", "2020-12-10", "2021-03-25", "2021-05-20", "2021-08-31"];
  const signIns = [];
  trainedElig.forEach((x, i) => signIns.push({ x, date: FP_DATES[i % 5] }));
  signIns.push({ x: trainedElig[7], date: "2021-05-20" });
  migP.slice(0, 3).forEach((x, i) => signIns.push({ x, date: FP_DATES[i] }));
  nolP.slice(0, 2).forEach((x, i) => signIns.push({ x, date: FP_DATES[i + 2] }));
  signIns.push({ x: lateOnly, date: "2021-09-01" });
  signIns.sort((a, b) => cmp(a.date, b.date));
  const fRowsT = [["电商扶贫专场培训签到汇总（建档立卡贫困户）"], ["序号", "培训日期", "姓名", "身份证号", "所在村", "是否建档立卡"]];
  signIns.forEach((s, i) => fRowsT.push([i + 1, cnDate(s.date), s.x.name, s.x.id, s.x.v.name, "是"]));
  const inSign = signIns.filter((s) => s.date <= cut).length;
  assert(inSign === 56, "56 sign-ins in cut");
  // sessions
  const sessN = 38;
  const sessPT = splitTotal(5000 - inSign, sessN, 80, 200);
  const sessDates = [];
  for (let i = 0; i < sessN; i++) sessDates.push(randIsoBetween("2020-03-01", "2021-08-28"));
  sessDates.sort();
  const TOP = ["农村电商基础知识", "网店开设与运营", "短视频与直播带货", "农产品包装与品牌", "微商实务", "客服与售后"];
  const tRows = [["揭西县电子商务普及培训台账（按期次）"], ["注：扶贫专场签到另见《扶贫专场签到》表，本表不含扶贫专场。"],
    ["期次", "培训日期", "培训主题", "培训地点", "承办单位", "参训人次"]];
  const sessions = [];
  sessDates.forEach((d, i) => {
    tRows.push([`第${i + 1}期`, D(d), TOP[i % TOP.length], TOWNS[rint(0, TOWNS.length - 1)] + "文化站", "揭西县电子商务公共服务中心", sessPT[i]]);
    sessions.push({ date: d, personTimes: sessPT[i] });
  });
  tRows.push([`第${sessN + 1}期`, D("2021-09-03"), "直播带货进阶", "县电商公共服务中心", "揭西县电子商务公共服务中心", 120]);
  sessions.push({ date: "2021-09-03", personTimes: 120 });
  tRows.push(["合计", null, null, null, null, sum(sessPT) + 120]);
  const tM = ["A1:F1", "A2:F2", `A${tRows.length}:E${tRows.length}`];
  const training = sessions.concat(signIns.map((s) => ({ date: s.date, personTimes: 1, id: s.x.id })));

  // enterprises
  const ETYPES = ["平台型电商企业", "销售型企业", "电商运营商", "物流企业"];
  const EN = nameMaker("粤揭潮岭溪凤河龙金丰嘉兴锦鸿华", "润源盛达丰泰和祥", "", []);
  const ents = [];
  for (let i = 0; i < 22; i++) {
    const ty = ETYPES[i % 4];
    const suf = { "平台型电商企业": "电子商务有限公司", "销售型企业": "农产品贸易有限公司", "电商运营商": "网络科技有限公司", "物流企业": "供应链管理有限公司" }[ty];
    ents.push({ name: "揭西县" + EN() + suf, code: creditCode("445222"), type: ty, entered: randIsoBetween("2020-01-06", "2021-07-30"), left: null });
  }
  ents[5].left = "2021-08-30";
  ents[11].left = "2021-09-15";
  ents[21].entered = "2021-09-01";
  const eRows = [["揭西县电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "状态"]];
  ents.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, dotDate(e.entered), e.left ? dotDate(e.left) : null,
    e.left ? "已退园" : e.entered > cut ? "新签约" : "在园"]));
  const eM = ["A1:G1"];

  // funds
  const amountsC = splitTotal(350000000, 14, 8000000, 45000000).map((c) => c / 100);
  const fDates = [];
  for (let i = 0; i < 13; i++) fDates.push(randIsoBetween("2020-04-01", "2021-08-20"));
  fDates.sort();
  fDates.push(cut);
  const PRJ = ["县级公共服务中心建设", "村级站点建设", "电商培训", "物流配送体系", "品牌培育与营销", "产业园改造"];
  const funds = fDates.map((d, i) => ({ date: d, amount: amountsC[i] }));
  funds.push({ date: "2021-09-06", amount: 600000 });
  assert(sumYuan(funds.filter((f) => f.date <= cut).map((f) => f.amount)) === 3500000, "funds 70%");
  const fuRows = [["揭西县省级电子商务进农村综合示范专项资金拨付台账"], ["单位：元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号"]];
  funds.forEach((f, i) => fuRows.push([i + 1, slashDate(f.date), PRJ[i % PRJ.length], "揭西县" + EN() + "有限公司", f.amount, `记-${ymd(f.date)[0]}-${pad3(rint(10, 400))}`]));
  fuRows.push(["合计", null, null, null, sumYuan(funds.map((f) => f.amount)), null]);
  const fuM = ["A1:F1", "A2:F2", `A${fuRows.length}:D${fuRows.length}`];

  // reports
  const reports = WINDOW.slice(0, 11).map((m, i) => ({ date: `${m}-${String(rint(3, 10)).padStart(2, "0")}`, poverty: i % 3 === 0 }));
  reports.push({ date: "2021-09-01", poverty: true });
  const rRows = [["揭西县向揭阳市商务局报送工作情况记录"], ["报送日期", "报送内容", "报送方式", "是否含电商扶贫统计"]];
  reports.forEach((r) => {
    const [y, m] = ymd(r.date);
    const about = m === 1 ? `${y - 1}年12月` : `${m === 1 ? 12 : m - 1}月`;
    rRows.push([D(r.date), `${about}电子商务进农村示范创建工作进展及统计数据`, "粤政易公文交换", r.poverty ? "是" : "否"]);
  });
  const rM = ["A1:D1"];

  // disclosures
  const disc = [];
  WINDOW.forEach((m) => {
    const k = rint(1, 2);
    for (let j = 0; j < k; j++) disc.push(`${m}-${String(rint(1, lastDay(Number(m.slice(0, 4)), Number(m.slice(5))))).padStart(2, "0")}`);
  });
  disc.sort();
  const dRows = [["揭西县人民政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["发布日期", "标题", "栏目"]];
  disc.forEach((d) => dRows.push([dotDate(d), `揭西县电子商务进农村综合示范项目建设进度（${cnMonth(d)}）`, "项目进度"]));
  const dM = ["A1:C1"];

  // media
  const media = [
    { date: "2020-11-20", outlet: "南方日报", level: "province", form: "报纸", tv: false, povertyCase: false, title: "揭西：电商助力青梅“出山”" },
    { date: "2021-04-08", outlet: "揭西县融媒体中心", level: "county", form: "网络", tv: false, povertyCase: false, title: "我县举办第十期农村电商培训" },
    { date: "2021-06-15", outlet: "广东广播电视台《广东新闻联播》", level: "province", form: "电视", tv: true, povertyCase: true, title: "揭西茶农直播卖茶脱贫增收" },
    { date: "2021-09-02", outlet: "揭阳日报", level: "city", form: "报纸", tv: false, povertyCase: false, title: "揭西电商进农村示范创建见成效" },
  ];
  const LV = { province: "省", city: "市", county: "县", national: "国家" };
  const mRows = [["揭西县电商进农村宣传报道清单"], ["日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  media.forEach((m) => mRows.push([cnDate(m.date), m.outlet, LV[m.level], m.form, m.title, m.povertyCase ? "是" : "否"]));
  const mM = ["A1:F1"];

  const materials = ["2021-03-18", "2021-09-10"];
  const maRows = [["经验材料报送登记"], ["日期", "标题", "报送单位"],
    [D("2021-03-18"), "揭西县“电商＋青梅”带动脱贫增收经验做法", "揭西县商务局"],
    [D("2021-09-10"), "揭西县电子商务进农村综合示范创建工作总结", "揭西县商务局"]];
  const maM = ["A1:C1"];

  // facts: OA 表单打印视图, two 字段｜值 pairs abreast, field codes in 〔〕, 字典 values “1-是”
  const F = [];
  const fM = [];
  const full = (t) => { F.push([t, null, null, null]); fM.push(`A${F.length}:D${F.length}`); };
  const pair = (a, b, c, d) => F.push([a, b, c === undefined ? null : c, d === undefined ? null : d]);
  full("揭西县人民政府协同办公平台（OA）· 表单打印");
  full("表单名称：省级电子商务进农村综合示范考评数据采集表（县级）　　流程编号：JX-SWJ-2021-0917　　办理状态：已办结");
  full("一、基本信息");
  pair("县（市、区）〔XZQHMC〕", "揭西县", "行政区划代码〔XZQHDM〕", "445222");
  pair("考评截止日期〔KPJZRQ〕", oaDT(cut), "常住人口（人）〔CZRK〕", "693158");
  pair("行政村数（个）〔XZCS〕", "281", "省定贫困村数（个）〔SDPKCS〕", "37");
  pair("领导小组组长〔LDXZZZ〕", "X01-县长", "成员单位〔CYDW〕（多选）", "SW-县商务局;CZ-县财政局;NY-县农业农村局;FP-县扶贫办;JT-县交通运输局;YZ-县邮政分公司");
  full("二、工作情况（字典SFBZ：1-是，0-否）");
  pair("示范县工作方案已正式印发〔FAYF〕", "1-是", "已出台支持农村电商发展政策〔ZCCT〕", "1-是");
  pair("公共服务中心投入运营日期〔ZXYYRQ〕", oaDT("2021-02-28"), "中心有免费培训场所和设备〔ZX_PX〕", "1-是");
  pair("中心免费展示销售特色农产品〔ZX_ZS〕", "1-是", "中心免费摄影美工服务〔ZX_SY〕", "1-是");
  pair("中心组织统一推广和品牌建设〔ZX_PP〕", "0-否", "中心其他衍生增值服务〔ZX_QT〕", "1-是");
  pair("建设或整合电商产业园〔CYY〕", "1-是", "有专业第三方电商运营或服务商〔DSF〕", "1-是");
  pair("行政村物流快递覆盖率100%〔KDFG〕", "1-是", "能统计电商扶贫情况〔FPTJ〕", "1-是");
  pair("2019年农村网络零售额（万元）〔NCWL2019〕", "126000", "2020年农村网络零售额（万元）〔NCWL2020〕", "163800");
  pair("2019年农产品网络零售额（万元）〔NCPWL2019〕", "18500", "2020年农产品网络零售额（万元）〔NCPWL2020〕", "23865");
  pair("专栏公示创建方案〔ZL_FA〕", "1-是", "专栏公示项目基本信息〔ZL_XM〕", "1-是");
  pair("专栏公示项目建设进度〔ZL_JD〕", "1-是", "专栏设立征求意见或监督举报窗口〔ZL_CK〕", "0-否");
  full("三、资金及否决事项");
  pair("下达资金总额（元）〔XDZJ〕", "5000000.00", "累计拨付资金（元）〔LJBF〕", "3500000.00");
  pair("已制定资金管理制度〔ZJZD〕", "1-是", "已建立资金专用台账〔ZJTZ〕", "1-是");
  pair("项目总体进度（%）〔ZTJD〕", "88", "发生安全生产、质量事故或重大损失〔FJ_SG〕", "0-否");
  pair("弄虚作假〔FJ_ZJ〕", "0-否", null, null);
  full("四、主观评分项自评（字典PFDJ，填分值）");
  pair("方案制定（1-2分）〔PF_FAZD〕", "2", "政策支持（1-2分）〔PF_ZCZC〕", "2");
  pair("项目管理制度（1-2分）〔PF_GLZD〕", "2", "工作台账（1-2分）〔PF_GZTZ〕", "1");
  pair("网销调研及建议（1-2分）〔PF_WXDY〕", "2", "网络促销活动（1-2分）〔PF_CXHD〕", "2");
  pair("交易标准与冷链溯源（1-2分）〔PF_BZLL〕", "1", "资金管理制度（1-5分）〔PF_ZJZD〕", "4");
  pair("资金台账（1-5分）〔PF_ZJTZ〕", "5", "资金及时拨付（1-5分）〔PF_JSBF〕", "4");
  full("五、自评得分（分）");
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10,
    "work.upward": 10, "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 4, "fund.ledger": 5, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const CL = [["组织领导〔ZP01〕", "org.leadership"], ["方案制定〔ZP02〕", "org.plan"], ["政策支持〔ZP03〕", "org.policy"], ["项目管理〔ZP04〕", "org.management"],
    ["县级中心与产业园〔ZP05〕", "work.center"], ["村级站点覆盖〔ZP06〕", "work.coverage"], ["农村产品上行〔ZP07〕", "work.upward"], ["电商人才培训〔ZP08〕", "work.training"],
    ["信息公开〔ZP09〕", "info.disclosure"], ["数据上报〔ZP10〕", "info.reporting"], ["案例总结〔ZP11〕", "promo.cases"], ["经验推广〔ZP12〕", "promo.media"],
    ["制度建立〔ZP13〕", "fund.system"], ["资金台账〔ZP14〕", "fund.ledger"], ["资金支出〔ZP15〕", "fund.spending"], ["加分：贫困人口培训率≥70%〔ZP16〕", "bonus.poorTraining"],
    ["加分：典型案例电视播报〔ZP17〕", "bonus.tvCase"]];
  for (let i = 0; i < CL.length; i += 2) {
    const a = CL[i];
    const b = CL[i + 1];
    pair(a[0], String(claimed[a[1]]), b ? b[0] : null, b ? String(claimed[b[1]]) : null);
  }
  pair("自评总分〔ZP_HJ〕", "98", null, null);
  assert(sum(Object.values(claimed)) === 98, "claimed total");
  full("流转记录");
  F.push(["节点", "处理人", "处理意见", "处理时间"]);
  F.push(["填报（电商股）", "黄志强", "提交", "2021-09-03 17:42:10"]);
  F.push(["审核（分管副局长）", "林秀英", "同意", "2021-09-06 09:15:33"]);
  F.push(["审定（局长）", "陈建华", "同意上报", "2021-09-06 15:02:47"]);

  const truth = {
    asOf: cut, leader: "principal", allDepts: true, planIssued: true, policyIssued: true,
    judged: { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
      "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4 },
    centerOpened: "2021-02-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: false, centerOther: true,
    parkBuilt: true, enterprises: ents, villages, stations: stations.map((s) => ({ village: s.vname, opened: s.opened })),
    thirdPartyOperator: true, ruralRetail2019: 1260000000, ruralRetail2020: 1638000000, agriRetail2019: 185000000, agriRetail2020: 238650000,
    residentPopulation: 693158, training, poorPersons: persons.map((x) => ({ id: x.id, labour: x.kind !== "nolab", migrant: x.kind === "migrant" })),
    disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, disclosures: disc,
    reports, povertyStatisticsStated: true, materials, media, fundAllocated: 5000000, funds, overallProgress: 0.88,
    vetoIncident: false, vetoFraud: false,
  };
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 8,
    "work.upward": 9, "work.training": 20, "info.disclosure": 2, "info.reporting": 4, "promo.cases": 2, "promo.media": 5,
    "fund.system": 4, "fund.ledger": 5, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const s = scoreCounty(truth);
  for (const id of ALL_IDS) assert(s.points[id] === points[id], `c1 ${id}: rules give ${s.points[id]}, hand ${points[id]}`);
  assert(s.total === 87 && s.bonus === 1 && !s.vetoed, "c1 total " + s.total);
  const m = s.m;
  assert(m.covered === 140 && m.base === 200 && m.pc === 36 && m.poor === 37 && m.pt === 5000 && m.tb === 500000 && m.elig === 100 && m.tr === 50 && m.ents === 20 && m.types === 4, "c1 measures " + JSON.stringify(m));
  const derivation = [
    "org.leadership: 领导小组组长“X01-县长”（主要领导），成员单位含县商务局、县财政局、县农业农村局、县扶贫办（另有交通、邮政） → 2",
    "org.plan: 工作方案已印发（FAYF=1-是），自评 PF_FAZD=2 → 2",
    "org.policy: 政策已出台（ZCCT=1-是），自评 PF_ZCZC=2 → 2",
    "org.management: 项目管理制度 2 ＋ 工作台账 1 → 3",
    "work.center: 中心 2021-02-28 运营（≤ 截止日 2，恰为 2021-02-28 即满 6 个月 2）；免费培训 2、展示 1、摄影美工 1、品牌推广 0（0-否）、其他增值 1；产业园 2；园区企业 22 行中退园 2021-08-30 的 1 家（截止前退出）和 2021-09-01 入驻的 1 家不计，2021-09-15 退园的仍计 → 20 家 ≥20 → 2；类型 平台型/销售型/运营商/物流 4 种 → 1；合计 14",
    "work.coverage: 行政村 281 个（社区 24 个不计），基数 min(281,200)=200；有站点的行政村 140 个（" + m.covered + "/200 = 70% 恰好达线 → 5；含挂牌 2021-08-31 的站点，双站点村计一次；社区站点和“坪上林场”不计）；省定贫困村 37 个，其中 " + lateVillage.name + " 站点 2021-09-01 挂牌（截止后 1 天）不计 → 36/37 = 97.3%（80%–100%）→ 3；合计 8",
    "work.upward: 网销调研 2 ＋ 促销活动 2 ＋ 第三方服务商 1 ＋ 快递（名单“快递物流是否通达”列全部 ✓）1 ＋ 标准与冷链溯源 1 ＋ 农村网络零售额 126000→163800 万元，增速恰为 30% → 2（农产品 18500→23865 增 29% 不够，但任一达标即可）；合计 9",
    "work.training: 人次 = 普及培训 38 期 " + sum(sessPT) + " 人次（第 39 期 2021-09-03 的 120 人次不计）＋ 扶贫专场签到 56 行（2021-09-01 的 1 行不计）= 5000；基数 min(693158,500000)=500000，5000/500000 = 1% 恰好 → 10；有劳动能力且未外出务工的贫困人口 100 人，截止日前参训 50 人（一人参训两次计一次；外出务工 3 人、无劳动能力 2 人参训不计；2021-09-01 才参训的 1 人不计）→ 50% 恰好 → 10；合计 20",
    "info.disclosure: 专栏公示方案、项目信息、进度，但 ZL_CK=0-否（无征求意见/监督举报窗口）→ 内容 0；2020-09 至 2021-08 每月都有更新 → 2；合计 2",
    "info.reporting: 报送记录 2020-09 至 2021-07 每月一次，8 月情况 2021-09-01 才报（截止后）→ 窗口内 11 个月，不定时 → 1；能统计电商扶贫（FPTJ=1-是，记录中亦有“是”）→ 3；合计 4",
    "promo.cases: 2021-03-18 报送经验材料（2021-09-10 的总结在截止后）→ 2",
    "promo.media: 截止日前有省级（南方日报、广东新闻联播）4 ＋ 县级（县融媒体中心）1；市级揭阳日报 2021-09-02 在截止后不计 → 5",
    "fund.system: 自评 PF_ZJZD=4 → 4",
    "fund.ledger: 自评 PF_ZJTZ=5 → 5",
    "fund.spending: 截止日前拨付 3,500,000.00 元（含 2021-08-31 一笔；2021-09-06 的 600,000 元不计）/ 下达 5,000,000 元 = 70% 恰好 ≥ 70%，按自评及时拨付 4 → 4",
    "bonus.poorTraining: 贫困人口培训率 50% < 70% → 0",
    "bonus.tvCase: 2021-06-15 广东广播电视台《广东新闻联播》播报电商扶贫典型案例（省级电视）→ 1",
    "veto.incident: 申报“0-否” → 未否决 0",
    "veto.progress: 总体进度 88% ≥ 40% → 未否决 0",
    "veto.fraud: 申报“0-否” → 未否决 0",
    "total: 15 项合计 86 ＋ 加分 1 = 87；自评 ZP 合计 98（97＋1）",
  ];
  return {
    description: "揭阳市揭西县商务局整本考评工作簿（12个表），86＋加分1＝87分、未否决（自评97＋1）：事实表是县协同办公平台（OA）表单的“打印视图”另存——每行两组“字段名〔字段编码〕｜值”并排，是否项写成字典值“1-是／0-否”，日期为“2021-02-28 00:00:00”，组长写“X01-县长”、成员单位写“SW-县商务局;CZ-县财政局;…”，末尾是流转记录（节点｜处理人｜意见｜时间）；站点清单是各镇电商专干在金山文档共享表里各填本镇行，日期格式随镇而异（日期单元格、2020年5月3日、2020.5.3、2020/5/3、Excel序号、2020-5-3），末两列为系统记录的最后编辑人和时间，夹着一个社区站点和一个“坪上林场”站点；行政村超过200个按200计，覆盖恰好140个（70%），一个省定贫困村的站点截止后一天挂牌；培训人次恰为50万的1%，贫困人口培训率恰为50%，资金拨付恰为70%，8月工作报告9月1日才报，中心恰好运营满6个月。",
    sheets: [
      { name: "OA表单打印", rows: F, merges: fM },
      { name: "村（居）名单", rows: vRows, merges: vM },
      { name: "站点共享表", rows: sRows, merges: sM },
      { name: "普及培训台账", rows: tRows, merges: tM },
      { name: "扶贫专场签到", rows: fRowsT, merges: ["A1:F1"] },
      { name: "贫困劳动力名单", rows: pRows, merges: pM },
      { name: "产业园企业", rows: eRows, merges: eM },
      { name: "资金拨付台账", rows: fuRows, merges: fuM },
      { name: "报送记录", rows: rRows, merges: rM },
      { name: "专栏更新记录", rows: dRows, merges: dM },
      { name: "宣传报道", rows: mRows, merges: mM },
      { name: "经验材料", rows: maRows, merges: maM },
    ].map((sh) => { const w = Math.max(...sh.rows.map((r) => r.length)); sh.rows.forEach((r) => padRow(r, w)); return sh; }),
    expect: { asOf: cut, total: 87, bonus: 1, vetoed: false, points, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 茂名信宜市: OA 表单“数据明细”导出 — 字段编码、字典编码（值只写代码，另附《字典》表）、变更留痕列
function buildF1() {
  const rows = [["表单数据导出"], ["表单名称", "省级电商进农村示范县考评数据采集", null, "表单编号", "BD_KPSJ_XY", null, "导出时间", "2021-09-07 11:26:40"],
    ["填报单位", "信宜市商务局", null, "流程状态", "已归档", null, "导出人", "电商股 梁海燕"], [],
    ["序号", "字段编码", "字段名称", "数据类型", "字典编码", "字段值", "原值", "修改人", "修改时间", "审核状态"]];
  const merges = ["A1:J1", "B2:C2", "E2:F2", "B3:C3", "E3:F3"];
  const facts = {};
  const judged = {};
  let n = 0;
  const add = (code, name, type, dict, val, old, who, when, st) => {
    n++;
    rows.push([n, code, name, type, dict, val, old === undefined ? null : old, who || (old !== undefined ? "梁海燕" : null),
      when || (old !== undefined ? "2021-09-03 16:08:52" : null), st || "审核通过"]);
  };
  const yn = (code, name, key, v, old) => { add(code, name, "单选", "SFBZ", v === null ? null : v ? "1" : "0", old); if (v !== null) facts[key] = v; };
  add("XZQHDM", "行政区划代码", "文本", null, "440983"); 
  add("XZQHMC", "县（市、区）名称", "文本", null, "信宜市"); facts.county = "信宜市";
  add("KPJZRQ", "考评截止日期", "日期", null, "2021-08-31 00:00:00"); facts.asOf = "2021-08-31";
  add("CZRK", "常住人口（人）", "整数", null, "917320", "1015600", "梁海燕", "2021-09-02 10:41:05", "已修改，审核通过"); facts.residentPopulation = 917320;
  add("XZCS", "行政村数（个）", "整数", null, "376"); facts.adminVillagesStated = 376;
  add("SDPKCS", "省定贫困村数（个）", "整数", null, "43"); facts.poorVillagesStated = 43;
  add("LDXZZZ", "领导小组组长职务", "单选", "LDZW", "0102");
  add("CYDW", "领导小组成员单位", "多选", "BMDM", "SWJ,CZJ,NYNCJ,XCZXJ,JTYSJ");
  yn("FAYF", "示范县工作方案已正式印发", "planIssued", true);
  add("PF_FAZD", "方案制定自评", "单选", "PFDJ2", "PF2"); judged["org.plan"] = 2;
  yn("ZCCT", "已出台支持农村电商发展的政策", "policyIssued", true);
  add("PF_ZCZC", "政策支持自评", "单选", "PFDJ2", "PF1", "PF2", "周振辉", "2021-09-03 09:12:44", "已修改，审核通过"); judged["org.policy"] = 1;
  add("PF_GLZD", "项目管理制度自评", "单选", "PFDJ2", "PF2"); judged["org.management.system"] = 2;
  add("PF_GZTZ", "工作台账自评", "单选", "PFDJ2", "PF2"); judged["org.management.ledger"] = 2;
  add("ZXYYRQ", "县级电子商务公共服务中心投入运营日期", "日期", null, "2020-12-18 00:00:00"); facts.centerOpened = "2020-12-18";
  yn("ZX_PX", "有免费培训场所、培训设备，能组织电商基础培训", "centerFreeTraining", true);
  yn("ZX_ZS", "为特色农产品提供免费展示、销售服务", "centerDisplay", true);
  add("ZX_SY", "为电子商务市场主体提供免费摄影、美工服务", "单选", "SFBZ", null, "1", "梁海燕", "2021-09-02 10:44:30", "待补充佐证");
  yn("ZX_PP", "组织农产品统一推广、指导特色农产品品牌建设", "centerBrand", true);
  yn("ZX_QT", "为电子商务发展提供其他衍生增值服务", "centerOther", false);
  yn("CYY", "建设或整合、优化当地电商产业园", "parkBuilt", true);
  yn("DSF", "有专业第三方电子商务运营或服务商", "thirdPartyOperator", true);
  yn("KDFG", "行政村物流快递覆盖率100%", "expressCoverage", true, "0");
  add("NCPWL2019", "2019年农产品网络零售额（万元）", "数值(2位小数)", null, "31250.60"); facts.agriRetail2019 = 312506000;
  add("NCPWL2020", "2020年农产品网络零售额（万元）", "数值(2位小数)", null, "40862.30"); facts.agriRetail2020 = 408623000;
  add("PF_WXDY", "网销调研并形成针对性建议自评", "单选", "PFDJ2", "PF2"); judged["work.upward.research"] = 2;
  add("PF_CXHD", "网络促销活动自评", "单选", "PFDJ2", "PF2"); judged["work.upward.promotion"] = 2;
  add("PF_BZLL", "交易标准、冷链溯源自评", "单选", "PFDJ2", "PF1"); judged["work.upward.standards"] = 1;
  add("PXRC", "培训人次（截至考评截止日）", "整数", null, "9687"); facts.trainingPersonTimesStated = 9687;
  add("PKLDL", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "整数", null, "12406"); facts.eligiblePoorPersonsStated = 12406;
  add("PKPX", "参加培训的建档立卡贫困人口数", "整数", null, "6811", "6790", "梁海燕", "2021-09-03 16:10:17", "已修改，审核通过"); facts.trainedPoorPersonsStated = 6811;
  yn("ZL_FA", "专栏公示创建方案", "disclosurePlan", true);
  yn("ZL_XM", "专栏公示项目基本信息", "disclosureProjects", true);
  yn("ZL_JD", "专栏公示项目建设进度", "disclosureProgress", true);
  yn("ZL_CK", "专栏设立征求意见或监督举报窗口", "disclosureWindow", false);
  yn("FPTJ", "能统计电商扶贫情况", "povertyStatisticsStated", true);
  add("XDZJ", "下达资金总额（元）", "金额", null, "5000000.00"); facts.fundAllocated = 5000000;
  add("LJBF", "累计拨付资金（元）", "金额", null, "4326518.40"); facts.fundSpentStated = 4326518.4;
  yn("ZJZD", "已制定资金管理制度", "fundSystemIssued", true);
  add("PF_ZJZD", "资金管理制度自评", "单选", "PFDJ5", "PF5"); judged["fund.system"] = 5;
  yn("ZJTZ", "已建立资金专用台账", "fundLedgerKept", true);
  add("PF_ZJTZ", "资金台账自评", "单选", "PFDJ5", "PF4"); judged["fund.ledger"] = 4;
  add("PF_JSBF", "资金及时拨付自评", "单选", "PFDJ5", "PF4"); judged["fund.spending"] = 4;
  add("ZTJD", "项目总体进度（%）", "数值", null, "93"); facts.overallProgress = 0.93;
  yn("FJ_SG", "发生安全生产、质量事故或重大损失", "vetoIncident", false);
  yn("FJ_ZJ", "弄虚作假", "vetoFraud", false);
  add("TBR", "填报人", "文本", null, "梁海燕");
  add("SHR", "审核人", "文本", null, "周振辉（电商股股长）");
  rows.push([]);
  rows.push(["注：单选／多选字段的“字段值”为字典项值，含义见《字典》表；“原值”非空表示该字段在审核环节被修改过。"]);
  merges.push(`A${rows.length}:J${rows.length}`);
  const dict = [["字典编码", "字典名称", "字典项值", "字典项名称", "排序"]];
  const dput = (c, nm, items) => items.forEach(([v, t], i) => dict.push([c, nm, v, t, i + 1]));
  dput("SFBZ", "是否标志", [["1", "是"], ["0", "否"]]);
  dput("LDZW", "领导职务", [["0101", "市（县、区）委书记"], ["0102", "市（县、区）长"], ["0201", "常务副市（县、区）长"], ["0202", "分管副市（县、区）长"], ["0301", "局长"]]);
  dput("BMDM", "部门代码", [["SWJ", "商务局"], ["CZJ", "财政局"], ["NYNCJ", "农业农村局"], ["XCZXJ", "乡村振兴局（原扶贫办）"], ["JTYSJ", "交通运输局"], ["YZGLJ", "邮政管理局"], ["SCJGJ", "市场监督管理局"]]);
  dput("PFDJ2", "评分档次（1-2分）", [["PF1", "1分"], ["PF2", "2分"]]);
  dput("PFDJ5", "评分档次（1-5分）", [["PF1", "1分"], ["PF2", "2分"], ["PF3", "3分"], ["PF4", "4分"], ["PF5", "5分"]]);
  return {
    description: "茂名信宜市商务局从市政府OA“表单中心”导出的《省级电商进农村示范县考评数据采集》数据明细：上方三行是表单名称、编号、流程状态和导出人，表格每行一个字段（序号｜字段编码｜字段名称｜数据类型｜字典编码｜字段值｜原值｜修改人｜修改时间｜审核状态），单选多选字段的值只写字典代码（“1”“0”“0102”“SWJ,CZJ,NYNCJ,XCZXJ,JTYSJ”“PF2”），含义要到另一张《字典》表去查；审核环节改过的字段在“原值”列留着旧数（常住人口由户籍数1015600改为七普917320、政策支持自评由PF2改为PF1、快递覆盖由0改为1），免费摄影美工一项被审核人清空（字段值空、原值1、状态“待补充佐证”），即未填；金额以元、两年零售额以万元带两位小数，总体进度按“%”字段写93。",
    sheets: [{ name: "数据明细", rows: rows.map((r) => padRow(r, 10)), merges }, { name: "字典", rows: dict }],
    expect: { facts, judged, leadership: "principal-all" },
  };
}


// =====================================================================================================
// f2 — 湛江廉江市: 考评基础数据“三方比对表” — 统计局口径｜商务局台账口径｜采用数；核查项用“●”打在是／否列
function buildF2() {
  const rows = [["廉江市电子商务进农村综合示范考评基础数据比对表"],
    ["（市统计局、市商务局联合核对，2021年9月）"], [],
    ["一、基础数据比对"],
    ["序号", "指标", "计量单位", "统计部门数", "商务部门台账数", "采用数", "差异说明"]];
  const merges = ["A1:G1", "A2:G2", "A4:G4"];
  const facts = { county: "廉江市" };
  const judged = {};
  const base = [
    ["1", "常住人口", "万人", "136.47", "—", "136.47", "七普公报数", "residentPopulation", 1364700],
    ["2", "行政村数", "个", "415", "415", "415", null, "adminVillagesStated", 415],
    ["3", "省定贫困村数", "个", "—", "57", "57", "扶贫部门认定", "poorVillagesStated", 57],
    ["4", "2019年农村网络零售额", "亿元", "18.62", "17.90", "18.62", "以统计部门为准", "ruralRetail2019", 1862000000],
    ["5", "2020年农村网络零售额", "亿元", "23.47", "22.85", "23.47", "以统计部门为准", "ruralRetail2020", 2347000000],
    ["6", "培训人次", "人次", "—", "14,382", "14,382", "截至2021年8月31日", "trainingPersonTimesStated", 14382],
    ["7", "有劳动能力建档立卡贫困人口（不含外出务工）", "人", "—", "8,954", "8,954", "市乡村振兴局确认", "eligiblePoorPersonsStated", 8954],
    ["8", "参训建档立卡贫困人口", "人", "—", "4,637", "4,637", "按身份证号去重", "trainedPoorPersonsStated", 4637],
    ["9", "下达省级专项资金", "万元", "—", "500", "500", null, "fundAllocated", 5000000],
    ["10", "累计拨付资金", "万元", "412.63", "409.18", "412.63", "含8月31日当天支付3.45万元，以国库数为准", "fundSpentStated", 4126300],
    ["11", "县级公共服务中心投入运营时间", "—", "—", "2020年11月", "2020年11月", "以挂牌运营通知为准", "centerOpened", "2020-11"],
    ["12", "项目总体进度", "%", "—", "91", "91", null, "overallProgress", 0.91],
  ];
  for (const b of base) { rows.push(b.slice(0, 7)); facts[b[7]] = b[8]; }
  rows.push([]);
  rows.push(["二、工作情况核查（在“是”或“否”栏打●）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "核查事项", "是", "否", "佐证材料", null, "核查人"]);
  merges.push(`E${rows.length}:F${rows.length}`);
  const chk = [
    ["示范创建工作方案已正式印发", "planIssued", true, "廉府办〔2020〕18号"],
    ["已出台支持农村电商发展的政策", "policyIssued", true, "廉府办函〔2020〕76号"],
    ["公共服务中心有免费培训场所、设备，能组织电商基础培训", "centerFreeTraining", true, "现场照片"],
    ["为特色农产品提供免费展示、销售服务", "centerDisplay", true, "展厅照片"],
    ["为电商市场主体提供免费摄影、美工服务", "centerPhoto", false, "—"],
    ["组织农产品统一推广、指导品牌建设", "centerBrand", true, "“廉江红橙”区域公用品牌推广方案"],
    ["提供其他衍生增值服务", "centerOther", true, "孵化协议"],
    ["建设或整合、优化电商产业园", "parkBuilt", true, "产业园入驻企业清单"],
    ["当地有专业第三方电商运营或服务商", "thirdPartyOperator", true, "运营合同"],
    ["行政村物流快递覆盖率达100%", "expressCoverage", false, "尚有4个行政村未通快递"],
    ["政府网站专栏公示创建方案", "disclosurePlan", true, "专栏截图"],
    ["专栏公示项目基本信息", "disclosureProjects", true, "专栏截图"],
    ["专栏每月公示建设进度", "disclosureProgress", true, "专栏截图"],
    ["专栏设立征求意见或监督举报窗口", "disclosureWindow", true, "专栏截图"],
    ["能统计电商扶贫情况", "povertyStatisticsStated", true, "月报附表"],
    ["已制定资金管理制度", "fundSystemIssued", true, "廉商务〔2020〕41号"],
    ["已建立资金专用台账", "fundLedgerKept", true, "资金台账"],
    ["发生安全生产、质量事故或重大经济损失", "vetoIncident", false, "—"],
    ["存在弄虚作假情况", "vetoFraud", false, "—"],
  ];
  chk.forEach(([t, k, v, ev], i) => {
    rows.push([i + 1, t, v ? "●" : null, v ? null : "●", ev, null, i < 10 ? "钟少军" : "植玉兰"]);
    merges.push(`E${rows.length}:F${rows.length}`);
    facts[k] = v;
  });
  rows.push([]);
  rows.push(["三、主观评分项自评"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评分项", "分值范围", "自评分", "自评依据", null, null]);
  merges.push(`E${rows.length}:G${rows.length}`);
  const J = [
    ["方案制定", "1-2分", 2, "org.plan", "方案已印发并分解到镇"],
    ["政策支持", "1-2分", 1, "org.policy", "政策落实仍在推进"],
    ["项目管理制度及执行", "1-2分", 2, "org.management.system", "项目管理办法"],
    ["工作台账", "1-2分", 2, "org.management.ledger", "台账齐全"],
    ["农产品网络销售调研及建议", "1-2分", 1, "work.upward.research", "调研报告1份"],
    ["农村产品网络促销活动", "1-2分", 2, "work.upward.promotion", "红橙节、荔枝季线上促销"],
    ["交易标准、冷链及溯源体系", "1-2分", 1, "work.upward.standards", "冷库2座，溯源在建"],
    ["资金管理制度", "1-5分", 4, "fund.system", null],
    ["资金台账", "1-5分", 4, "fund.ledger", null],
    ["资金及时拨付", "1-5分", 3, "fund.spending", "部分项目验收后才拨付"],
  ];
  J.forEach(([t, r, p, k, ev], i) => {
    rows.push([i + 1, t, r, p, ev, null, null]);
    merges.push(`E${rows.length}:G${rows.length}`);
    judged[k] = p;
  });
  rows.push([]);
  rows.push(["领导机制：成立以分管副市长为组长的示范创建工作领导小组，市商务局、财政局、农业农村局、乡村振兴局、交通运输局为成员单位。"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["填表：钟少军（市商务局）　　核对：植玉兰（市统计局）"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  return {
    description: "湛江廉江市商务局与市统计局联合核对的《考评基础数据比对表》：一段基础数据每项并列“统计部门数｜商务部门台账数｜采用数｜差异说明”，没有的口径写“—”，两者不一时以“采用数”为准（零售额用亿元、资金用万元、人次带千分位、运营时间只写到“2020年11月”）；二段核查事项把实心圆“●”打在“是”或“否”栏，佐证材料跨两列合并；三段主观项自评一行一项；最后一行文字说明分管副市长任组长。",
    sheets: [{ name: "比对表", rows: rows.map((r) => padRow(r, 7)), merges }],
    expect: { facts, judged, leadership: "deputy" },
  };
}


// =====================================================================================================
// f3 — 汕尾陆河县: 迎检“对照检查清单” — 完成／未完成两栏打勾、数量栏带单位、主观项用 A–E 档次字母（图例在表头下），自评分按指标合并
function buildF3() {
  const rows = [["陆河县省级电子商务进农村综合示范考评迎检对照检查清单"],
    ["档次说明：主观项填档次字母。两分项 A＝2分、B＝1分；五分项 A＝5分、B＝4分、C＝3分、D＝2分、E＝1分。"],
    ["考评指标", "检查事项", "完成", "未完成", "数量／日期", "档次", "自评分", "责任人"]];
  const merges = ["A1:H1", "A2:H2"];
  const facts = { county: "陆河县" };
  const judged = {};
  const claimed = {};
  const L2 = { A: 2, B: 1 };
  const L5 = { A: 5, B: 4, C: 3, D: 2, E: 1 };
  const block = (ind, id, pts, items) => {
    const r0 = rows.length + 1;
    items.forEach((it, i) => {
      const [text, done, qty, grade, who] = it;
      rows.push([i === 0 ? ind : null, text, done === true ? "√" : null, done === false ? "√" : null, qty === undefined ? null : qty, grade || null, i === 0 ? pts : null, who || null]);
    });
    const r1 = rows.length;
    if (r1 > r0) { merges.push(`A${r0}:A${r1}`); merges.push(`G${r0}:G${r1}`); }
    claimed[id] = pts;
  };
  block("组织领导", "org.leadership", 1, [["成立以县委书记、县长为双组长的领导小组", true], ["成员单位：县商务局、财政局、农业农村局、交通运输局、供销社", true]]);
  block("方案制定", "org.plan", 2, [["示范县工作方案正式印发", true, "陆府办〔2020〕9号", "A"]]);
  facts.planIssued = true; judged["org.plan"] = 2;
  block("政策支持", "org.policy", 2, [["出台支持农村电商发展政策", true, "2020.6.12", "A"]]);
  facts.policyIssued = true; judged["org.policy"] = 2;
  block("项目管理", "org.management", 3, [["项目管理制度并严格执行", true, null, "A"], ["完整工作台账", true, null, "B"]]);
  judged["org.management.system"] = 2; judged["org.management.ledger"] = 1;
  block("县级中心与产业园", "work.center", 12, [
    ["县级电子商务公共服务中心投入运营", true, "2021.1.8"],
    ["免费培训场所、设备，能组织基础培训", true],
    ["免费展示、销售特色农产品", true],
    ["免费摄影、美工服务", false],
    ["农产品统一推广、品牌建设指导", true],
    ["其他衍生增值服务", true],
    ["建设或整合电商产业园", true, "入驻18家"],
  ]);
  Object.assign(facts, { centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true });
  block("村级站点覆盖", "work.coverage", 10, [["行政村数", null, "124个"], ["省定贫困村数", null, "32个"]]);
  facts.adminVillagesStated = 124; facts.poorVillagesStated = 32;
  block("农村产品上行", "work.upward", 6, [
    ["农产品网络销售调研并形成建议", true, null, "B"],
    ["网络促销活动", true, null, "A"],
    ["有专业第三方电商运营或服务商", true],
    ["行政村物流快递覆盖率100%", true],
    ["农产品电商交易标准、冷链及溯源", true, null, "B"],
    ["2019年农产品网络零售额", null, "6,380万元"],
    ["2020年农产品网络零售额", null, "7,915万元"],
    ["农产品网络零售额同比增速", null, "24.1%"],
  ]);
  judged["work.upward.research"] = 1; judged["work.upward.promotion"] = 2; judged["work.upward.standards"] = 1;
  Object.assign(facts, { thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 63800000, agriRetail2020: 79150000, agriRetailGrowthStated: 0.241 });
  block("电商人才培训", "work.training", 18, [["常住人口", null, "30.2万人"], ["培训人次", null, "3,126人次"], ["有劳动能力贫困人口（不含外出务工）", null, "2,214人"], ["参训贫困人口", null, "1,015人"]]);
  Object.assign(facts, { residentPopulation: 302000, trainingPersonTimesStated: 3126, eligiblePoorPersonsStated: 2214, trainedPoorPersonsStated: 1015 });
  block("信息公开", "info.disclosure", 4, [["专栏公示创建方案", true], ["专栏公示项目基本信息", true], ["专栏按月公示建设进度", true], ["设立监督举报窗口", true]]);
  Object.assign(facts, { disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true });
  block("数据上报", "info.reporting", 6, [["每月向市商务局报送", true, "12次"], ["统计电商扶贫情况", true]]);
  facts.povertyStatisticsStated = true;
  block("案例总结", "promo.cases", 2, [["向市商务局报送经验材料", true, "2篇"]]);
  block("经验推广", "promo.media", 5, [["省级及以上媒体报道", true, "南方+"], ["市级媒体报道", false], ["县级媒体报道", true, "陆河发布"]]);
  block("制度建立", "fund.system", 4, [["资金管理制度", true, null, "B"]]);
  facts.fundSystemIssued = true; judged["fund.system"] = 4;
  block("资金台账", "fund.ledger", 4, [["资金专用台账", true, null, "B"]]);
  facts.fundLedgerKept = true; judged["fund.ledger"] = 4;
  block("资金支出", "fund.spending", 3, [["下达资金", null, "500万元"], ["截至8月31日拨付", null, "368.4万元"], ["及时拨付", true, null, "C"]]);
  Object.assign(facts, { fundAllocated: 5000000, fundSpentStated: 3684000 }); judged["fund.spending"] = 3;
  block("加分：贫困人口培训率≥70%", "bonus.poorTraining", 0, [["贫困人口培训率", false, "45.8%"]]);
  block("加分：典型案例电视播报", "bonus.tvCase", 0, [["国家级／省级电视播报", false]]);
  {
    const r0 = rows.length + 1;
    rows.push(["否决项", "发生安全生产、质量事故或重大损失", null, null, "无", null, null, null]);
    rows.push([null, "弄虚作假", null, null, "无", null, null, null]);
    rows.push([null, "项目总体进度", null, null, "86%", null, null, null]);
    merges.push(`A${r0}:A${rows.length}`);
    merges.push(`G${r0}:G${rows.length}`);
  }
  Object.assign(facts, { vetoIncident: false, vetoFraud: false, overallProgress: 0.86 });
  rows.push(["合计", null, null, null, null, null, 82, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["填表人：彭翠娟　　审核：罗国华　　日期：2021年9月2日"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  const scoredClaim = sum(Object.entries(claimed).filter(([k]) => !k.startsWith("bonus")).map(([, v]) => v));
  assert(scoredClaim === 82, "f3 claimed total " + scoredClaim);
  return {
    description: "汕尾陆河县商务局迎检前做的《对照检查清单》：按指标分块，指标名和自评分上下合并，每个检查事项一行，“完成”“未完成”两栏打“√”，数量／日期栏把数和单位写在一起（“30.2万人”“3,126人次”“6,380万元”“368.4万元”“2021.1.8”“24.1%”），主观项不写分而写档次字母（A／B／C），换算图例在第2行（两分项A＝2、B＝1；五分项A＝5…E＝1）；县委书记、县长任双组长，但成员单位里没有扶贫（乡村振兴）部门；否决项写“无”，总体进度86%；合计行只合计15项。",
    sheets: [{ name: "对照检查清单", rows: rows.map((r) => padRow(r, 8)), merges }],
    expect: { facts, judged, leadership: "principal", claimed },
  };
}


// =====================================================================================================
// l1 — 韶关南雄市珠玑镇: the township clerk's 腾讯文档 shared sheet, downloaded as Excel
function buildL1() {
  const VIL = ["珠玑村", "灵潭村", "洋湖村", "里东村", "中站村", "石塘村", "水松村", "梅岭村", "长岭村", "聪辈村", "黄坑村", "石溪村", "新寨村", "角湾村"];
  const POOR = new Set(["黄坑村", "聪辈村", "梅岭村"]);
  const NOEXP = new Set(["角湾村"]);
  const editors = ["珠玑镇-邓专干", "珠玑镇-谭带娣", "灵潭村-叶振辉", "黄坑村-欧翠娟"];
  const info = [["珠玑镇农村电商工作台账（在线协作）"], ["文档所有者：珠玑镇经济发展办 邓润亮"], ["协作者：各村电商专干（可编辑）、南雄市商务局电商股（可查看）"],
    ["编辑规则：1．只在本村行里改；2．日期按实际挂牌／培训日期填；3．身份证号直接粘贴，不要加空格。"], ["下载时间：2021年9月6日 09:31"]];
  const vRows = [["序号", "村（社区）", "类型", "省定贫困村", "快递进村", "最后修改人", "最后修改时间"]];
  const vRecs = [];
  VIL.forEach((v, i) => {
    const poor = POOR.has(v);
    vRows.push([i + 1, v, "行政村", poor ? "是" : "否", NOEXP.has(v) ? "未通" : "已通", editors[i % 4], exportTime(randIsoBetween("2021-06-01", "2021-09-05"), hms())]);
    vRecs.push({ name: v, admin: true, poor, express: !NOEXP.has(v) });
  });
  vRows.push([VIL.length + 1, "圩镇社区", "社区", "否", "已通", editors[0], exportTime("2021-06-03", "10:12:08")]);
  vRecs.push({ name: "圩镇社区", admin: false, poor: false, express: true });
  // stations
  const sRows = [["村", "站点名称", "负责人", "联系电话", "挂牌时间", "填写人", "备注（@提醒）"]];
  const sRecs = [];
  const ST = [
    ["珠玑村", "2019.12.20", "2019-12-20"], ["灵潭村委", "2020年7月", "2020-07"], ["洋湖村", "20/11/12", "2020-11-12"],
    ["里东村", D("2020-09-18"), "2020-09-18"], ["中站村", "2021.3.5", "2021-03-05"], ["黄坑村委会", "2020/6/30", "2020-06-30"],
    ["聪辈村", "2021年8月31日", "2021-08-31"], ["梅岭村", "2021-09-02", "2021-09-02"], ["石溪村", "21.4.16", "2021-04-16"],
    ["珠玑村", "2021.6.1", "2021-06-01"], ["水松村", excelSerial("2020-12-28"), "2020-12-28"],
  ];
  ST.forEach(([v, typed, iso], i) => {
    const base = v.replace(/委会$|委$/, "");
    sRows.push([v, base.replace(/村$/, "") + (i === 9 ? "古巷电商体验点" : "村电商服务站"), personName(), mask(phone()), typed, editors[i % 4],
      i === 7 ? "@珠玑镇-邓专干 牌子9月2日才挂，照片已传" : i === 2 ? "@灵潭村-叶振辉 请补挂牌照片" : null]);
    sRecs.push({ village: base, opened: iso });
  });
  // training sign-in, session date merged down column A
  const tRows = [["培训日期", "期次", "姓名", "身份证号", "所在村", "是否贫困户", "提交人"]];
  const tM = [];
  const tRecs = [];
  const REG = "440282";
  const SESS = [["2020-11-26", "第1期 农产品网店开设"], ["2021-04-22", "第2期 短视频带货"], ["2021-08-31", "第3期 直播实操"]];
  SESS.forEach(([d, title], si) => {
    const r0 = tRows.length + 1;
    const n = [9, 11, 8][si];
    for (let k = 0; k < n; k++) {
      const id = makeId(REG, birthBetween(1965, 2000), rnd() < 0.5, si === 1 && k === 3 ? true : undefined);
      let typed = id;
      let rec = id;
      if (si === 0 && k === 2) typed = spacedId(id);
      if (si === 1 && k === 3) typed = id.slice(0, 17) + "x";
      if (si === 2 && k === 5) { typed = maskId(id); rec = typed; }
      const dateCellV = k === 0 ? (si === 0 ? "2020.11.26" : si === 1 ? D(d) : "2021年8月31日") : null;
      tRows.push([dateCellV, k === 0 ? title : null, personName(), typed, VIL[rint(0, VIL.length - 1)], rnd() < 0.3 ? "是" : "否", editors[rint(0, 3)]]);
      tRecs.push({ date: d, personTimes: 1, id: rec });
    }
    merges2(tM, r0, tRows.length);
  });
  function merges2(m, r0, r1) { m.push(`A${r0}:A${r1}`); m.push(`B${r0}:B${r1}`); }
  checkTrainingIds(tRecs, "l1");
  return {
    description: "韶关南雄市珠玑镇经济发展办电商专干在腾讯文档里和各村专干共同维护的台账，9月6日下载成Excel（四个表）：①《使用说明》只有文档所有者、协作者和编辑规则，不是台账；②《村情底数》一村一行，“省定贫困村”是／否、“快递进村”已通／未通（角湾村未通），末两列是系统记录的最后修改人和修改时间，另有一个圩镇社区；③《站点登记》由各村专干自己填，村名写法不一（灵潭村委、黄坑村委会），挂牌时间格式各异（2019.12.20、2020年7月、20/11/12、日期单元格、21.4.16、Excel序号、2021年8月31日），珠玑村有两个站点，梅岭村的牌子9月2日才挂，备注列是“@某某”提醒；④《培训签到》三期，培训日期和期次在每期第一行、向下合并，身份证号有带空格粘贴的、小写x结尾的、小程序导出打码的。",
    sheets: [
      { name: "使用说明", rows: info },
      { name: "村情底数", rows: vRows },
      { name: "站点登记", rows: sRows },
      { name: "培训签到", rows: tRows, merges: tM },
    ],
    expect: {
      sheets: {
        "使用说明": { kind: null },
        "村情底数": { kind: "villages", records: vRecs },
        "站点登记": { kind: "stations", records: sRecs },
        "培训签到": { kind: "training", records: tRecs },
      },
    },
  };
}


// =====================================================================================================
// l2 — 肇庆怀集县: 公文交换发文登记 (reports) ＋ 国库集中支付明细 in 万元 with yyyymmdd numbers and 年度小计 ＋ 剪报目录 (media, level in 【】)
function buildL2() {
  const rRows = [["怀集县商务局公文交换发文登记（主送肇庆市商务局）"], ["序号", "发文时间", "文号", "标题", "主送", "电商扶贫统计表"]];
  const rRecs = [];
  let no = 0;
  const months = WINDOW.concat([]);
  months.forEach((m, i) => {
    if (m === "2021-02") return; // 春节，未报
    const d = `${m}-${String(rint(2, 12)).padStart(2, "0")}`;
    const pov = i % 2 === 0;
    no++;
    rRows.push([no, `${d} ${String(rint(8, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, `怀商务函〔${m.slice(0, 4)}〕${rint(20, 180)}号`,
      `关于报送怀集县电子商务进农村综合示范创建${m === "2021-01" ? "2020年12月" : Number(m.slice(5)) - 1 + "月"}工作进展的函`, "肇庆市商务局", pov ? "附" : "未附"]);
    rRecs.push({ date: d, poverty: pov });
  });
  const fRows = [["怀集县省级电商进农村示范专项资金国库集中支付明细"], ["金额单位：万元"], ["支付日期", "支付凭证号", "项目", "收款人", "支付金额（万元）", "备注"]];
  const fM = ["A1:F1", "A2:F2"];
  const fRecs = [];
  const years = { 2020: [], 2021: [] };
  for (let i = 0; i < 7; i++) years[2020].push(randIsoBetween("2020-05-01", "2020-12-28"));
  for (let i = 0; i < 6; i++) years[2021].push(randIsoBetween("2021-01-10", "2021-09-20"));
  const PRJ = ["县级电商公共服务中心", "镇村物流站点", "电商培训服务采购", "品牌营销推广", "农产品溯源系统"];
  let total = 0;
  for (const y of [2020, 2021]) {
    years[y].sort();
    let sub = 0;
    for (const d of years[y]) {
      const yuan = rint(150, 9000) * 100; // whole hundreds of yuan, so 万元 has at most 2 decimals
      fRows.push([ydNum(d), `ZF${yyyymmdd(d)}${pad3(rint(1, 999))}`, PRJ[rint(0, PRJ.length - 1)], "怀集县" + ["顺通", "凤岗", "汇商", "绿源", "华诚"][rint(0, 4)] + "有限公司", wan(yuan), null]);
      fRecs.push({ date: d, amount: yuan });
      sub += yuan;
    }
    fRows.push([`${y}年小计`, null, null, null, wan(sub), null]);
    fM.push(`A${fRows.length}:D${fRows.length}`);
    total += sub;
  }
  fRows.push(["合计", null, null, null, wan(total), null]);
  fM.push(`A${fRows.length}:D${fRows.length}`);
  const mRows = [["怀集县电商进农村宣传报道剪报目录"], ["说明：媒体前【】内为媒体级别。"], ["序号", "刊播日期", "媒体", "形式", "标题／栏目"]];
  const mRecs = [];
  const MED = [
    ["2020-10-15", "【市】西江日报", "报纸", "怀集：“电商＋合作社”让蔬菜卖上好价钱", "city", false],
    ["2020-12-03", "【县】怀集县融媒体中心", "电视", "《怀集新闻》电商培训进村", "county", true],
    ["2021-03-21", "【省】南方农村报", "报纸", "怀集燕岩茶搭上直播快车", "province", false],
    ["2021-06-09", "【国家】中央电视台农业农村频道", "电视", "《田间示范秀》怀集电商扶贫", "national", true],
    ["2021-07-30", "【省】广东广播电视台珠江频道", "电视", "《今日关注》怀集农村电商", "province", true],
  ];
  MED.forEach(([d, o, f, t, lv, tv], i) => {
    mRows.push([i + 1, cnDate0(d), o, f, t]);
    mRecs.push({ date: d, level: lv, tv });
  });
  return {
    description: "肇庆怀集县商务局电商股交的三张系统导出表：①《发文登记》是公文交换系统里主送肇庆市商务局的发文清单，发文时间为“2020-09-07 15:20”式日期时间文本，2021年2月（春节）没有发文，末列“电商扶贫统计表”写附／未附；②《国库支付明细》金额以万元为单位（第2行“金额单位：万元”，表头也写万元），支付日期是20210315式的八位数字，每年末一行“××年小计”、最后一行“合计”，2021年有支付落在9月；③《剪报目录》把级别写在媒体名前的【】里（【国家】【省】【市】【县】），形式栏区分电视和报纸，日期为“2021年06月09日”补零写法。",
    sheets: [
      { name: "发文登记", rows: rRows, merges: ["A1:F1"] },
      { name: "国库支付明细", rows: fRows, merges: fM },
      { name: "剪报目录", rows: mRows, merges: ["A1:E1", "A2:E2"] },
    ],
    expect: {
      sheets: {
        "发文登记": { kind: "reports", records: rRecs },
        "国库支付明细": { kind: "funds", records: fRecs },
        "剪报目录": { kind: "media", records: mRecs },
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
write("counties", "b239-c1-jiexi.json", c1);
write("facts", "b239-f1-xinyi.json", f1);
write("facts", "b239-f2-lianjiang.json", f2);
write("facts", "b239-f3-luhe.json", f3);
write("ledgers", "b239-l1-nanxiong.json", l1);
write("ledgers", "b239-l2-huaiji.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
