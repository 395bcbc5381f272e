// Batch 197 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b192.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (197197), no clock. Run: node test/corpus/_b197/gen-b197.js
//
// c1 斗门区 (珠海): 《创建成果清单》 (one 成果 a row, 分项自评 per row, 指标自评分 merged) + 附1—附11: a 农商银行 普惠金融服务点
//    list where only 加挂电商服务站 “是” rows with a 挂牌时间 are stations (31/45), a 课时费发放表 as the training ledger (merged
//    two-lecturer sessions, base capped at 500,000), a lower-case x at 25/50, a voided 国库 voucher re-issued next day (69.7% → −5).
// f1 濠江区 (汕头): the province's 《数据核查疑点清单》 returned by the district: read 核实后数值 (“无误” keeps 原填报值); unflagged
//    items two pairs a row below; judged points in a third block, one of them corrected inside the 疑点 table.
// f2 惠阳区 (惠州): 《迎检查漏补缺对照表》: 佐证是否齐备 ✓/✗ is about evidence, not the fact; facts in 我区情况; 拟自评分 only for
//    judged items; 查漏补缺措施 / 完成时限 are future work.
// f3 新会区 (江门): the district website's 在线访谈 文字实录 (时间｜发言人｜内容): facts only in the guests' answers; 网友 questions
//    and the host's introduction carry wrong or other-口径 numbers; no judged points.
// l1 浈江区 (韶关): a 培训室使用登记簿 as training ledger (only e-commerce 培训 rows are sessions), a 免费服务登记 (not a ledger),
//    entry and exit inside one 变动记录 text, 结对帮扶 with three repeated person column groups a row, 报送日期 vs 签收日期, hidden 数据字典.
// l2 金湾区 (珠海): 填报说明; villages with a second table (社区) below the first; “镇/村” in one cell; funds in 万元 with one 元 text
//    and year subtotals; TV 播出记录 (level from the 播出机构); month-end website-monitoring snapshots (a repeated date is one update).
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
let seed = 197197;
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
    assert(/^b197-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b197-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b197-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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


// =====================================================================================================
// c1 — 珠海斗门区: 创建成果清单 + eleven 附表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 605300;
  const REGION = "440403";
  const TOWNS = [["井岸镇", 8, 3], ["白蕉镇", 10, 2], ["斗门镇", 9, 1], ["乾务镇", 8, 1], ["莲洲镇", 10, 1]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("新大南北东上下沙黄石龙冲横", ["围", "沙", "冲", "湾", "岗", "塘", "洲", "头", "基", "滘", "坑", "埔"], "村", prefixes);
  const cName = nameMaker("中城康富朝", ["阳", "华", "兴", "泰", "安", "福"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 45 && comms.length === 8, "c1 45 villages, 8 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;

  // ---------------- 附1 村（居）委会名单 (民政)
  const vRows = [["附1　斗门区村（居）民委员会基本情况表"], ["（区民政局提供，2021年6月；“快递进村”由区邮政管理部门核实）"],
    ["序号", "镇", "村（居）委会名称", "性质", "村（居）民小组（个）", "户籍人口（人）", "快递进村"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  let grp = 0;
  let hh = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const g = rint(5, 18);
      const p = rint(1200, 6800);
      grp += g;
      hh += p;
      vRows.push([sq, x.t, `${short(v)}村民委员会`, "村委会", g, p, "√"]);
    }
    for (const c of x.cs) {
      sq++;
      const g = rint(6, 20);
      const p = rint(3000, 9800);
      grp += g;
      hh += p;
      vRows.push([sq, x.t, `${short(c)}社区居民委员会`, "居委会", g, p, "—"]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `村委会${admin.length}个、居委会${comms.length}个`, null, grp, hh, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  vRows.push(["注：斗门区无省定贫困村（珠三角地区未认定省定贫困村）。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 附2 普惠金融服务点加挂电商服务站
  const order = shuffle(admin);
  const covered = order.slice(0, 31);
  const vSept = order[31];
  const finOnly = order.slice(32, 35);
  const none = order.slice(35);
  assert(none.length === 10, "c1 10 villages with nothing");
  const vMonth = covered[4];
  const vTwice = covered[9];
  const ST = [];
  for (const v of covered) ST.push({ v, fin: randIsoBetween("2016-03-01", "2019-12-20"), ec: true, op: randIsoBetween("2020-08-03", "2021-08-25") });
  ST.find((s) => s.v === vMonth).op = "2021-08";
  ST.push({ v: vTwice, fin: randIsoBetween("2018-01-01", "2019-12-20"), ec: true, op: randIsoBetween("2021-01-04", "2021-07-30"), second: true });
  ST.push({ v: comms[1], fin: randIsoBetween("2017-01-01", "2019-12-20"), ec: true, op: randIsoBetween("2020-10-08", "2021-05-28") });
  ST.push({ v: vSept, fin: randIsoBetween("2017-01-01", "2019-12-20"), ec: true, op: "2021-09-15" });
  for (const v of finOnly) ST.push({ v, fin: randIsoBetween("2016-05-01", "2020-06-30"), ec: false, op: null });
  ST.push({ v: comms[4], fin: randIsoBetween("2016-05-01", "2019-06-30"), ec: false, op: null });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.fin, b.fin));
  const sRows = [["附2　斗门农商银行普惠金融服务点加挂村级电商服务站情况表"],
    ["（区商务局与斗门农商银行联合建设：在普惠金融服务点加挂“村级电子商务服务站”牌子，以“电商服务站挂牌时间”为站点建成时间；未加挂的服务点只办理金融业务）"],
    ["序号", "镇", "普惠金融服务点", null, null, "村级电商服务站", null, "联系人", "联系电话", "备注"],
    [null, null, "服务点名称", "所在村（社区）", "设立时间", "是否加挂", "挂牌时间", null, null, null]];
  const sMerges = ["A1:J1", "A2:J2", "A3:A4", "B3:B4", "C3:E3", "F3:G3", "H3:H4", "I3:I4", "J3:J4"];
  ST.forEach((s, j) => {
    const isComm = s.v.endsWith("社区");
    const vcell = isComm ? s.v : j % 3 === 1 ? `${short(s.v)}村委会` : s.v;
    const nm = `斗门农商银行${short(s.v)}${isComm ? "社区" : "村"}普惠金融服务点${s.second ? "（二）" : ""}`;
    let opCell = null;
    if (s.op === "2021-08") opCell = "2021年8月";
    else if (s.op === "2021-09-15") opCell = "2021.9.15";
    else if (s.op) opCell = dateCell(s.op, j + 1);
    const note = s.second ? "同村第二个服务点" : !s.ec ? "仅办理金融业务" : s.op === "2021-09-15" ? "9月挂牌" : s.op === "2021-08" ? "8月挂牌，具体日期待核" : null;
    sRows.push([j + 1, townOf[s.v], nm, vcell, dateCell(s.fin, j + 3), s.ec ? "是" : "否", opCell, personName(), mask(phone()), note]);
  });
  const adminSet = new Set(admin);
  const opOk = (s) => s.ec && s.op !== null && (s.op.length === 7 ? s.op <= CUT.slice(0, 7) : s.op <= CUT);
  const covSet = new Set(ST.filter((s) => opOk(s) && adminSet.has(s.v)).map((s) => s.v));
  const looseSet = new Set(ST.filter((s) => adminSet.has(s.v)).map((s) => s.v));
  assert(covSet.size === 31 && !ratioGE(31, 45, 70) && ratioGE(31, 45, 50), "c1 31/45 = 68.9% → 2");
  assert(looseSet.size === 35 && ratioGE(32, 45, 70), "c1 counting finance-only or the September station would pass 70%");

  // ---------------- 附3 课时费发放表 (training sessions)
  const TOPICS = ["农村电商基础知识", "网店开设与装修", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌营销", "电商客服与售后", "社群团购运营", "海鲈网销专题", "跨境电商入门", "电商物流与包装"];
  const PLACES = ["区电子商务公共服务中心", "白蕉镇文化站", "斗门镇党群服务中心", "乾务镇政府礼堂", "莲洲镇文化站", "井岸镇新青科技工业园"];
  const LECT = [["黄志坚", "高级电子商务师"], ["林晓燕", "讲师"], ["何永强", "副教授"], ["邓嘉欣", "直播运营师"], ["梁国华", "电子商务师"], ["陈秀兰", "讲师"], ["罗俊杰", "高级营销师"]];
  const sessions = [];
  let day = "2020-09-10";
  for (let k = 0; k < 24; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-13";
    if (day >= "2021-02-10" && day <= "2021-02-18") day = "2021-02-23";
    const two = [2, 5, 8, 11, 15, 18, 21].includes(k);
    const len = k === 13 ? 1 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), two, n: rint(160, 250), place: PLACES[k % PLACES.length] });
    day = isoAdd(day, rint(12, 15));
  }
  assert(sessions[23].end <= "2021-08-20", "c1 sessions end before the cut-off " + sessions[23].end);
  let diff = 5046 - sum(sessions.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % 24) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 9);
    if (sessions[j].n + st < 140 || sessions[j].n + st > 280) continue;
    sessions[j].n += st;
    diff -= st;
  }
  const sept = { no: 25, start: "2021-09-09", end: "2021-09-09", two: false, n: 176, place: PLACES[0] };
  sessions.push(sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.n));
  assert(ptCut === 5046 && ratioGE(ptCut, 500000, 1) && ratioGE(ptCut, POP, 0.8) && !ratioGE(ptCut, POP, 1), "c1 5046: 1.01% of 500,000, 0.83% of 605,300");
  const tRows = [["附3　斗门区农村电商培训讲师课时费发放表"], ["（兼作培训台账：“学员人数”以各期签到表为准；金额单位：元）"],
    ["序号", "期次", "授课日期", "培训地点", "培训内容", "授课讲师", "职称", "课时", "标准（元/课时）", "课时费", "学员人数（签到）", "讲师签名", "备注"]];
  const tMerges = ["A1:M1", "A2:M2"];
  let fee = 0;
  sessions.forEach((s, j) => {
    const r0 = tRows.length + 1;
    const dcell = s.end !== s.start ? rangeText(s.start, s.end, "dot") : s === sept ? "2021年9月9日" : dateCell(s.start, j);
    const ncell = j % 5 === 1 ? `${s.n}人` : j % 7 === 3 ? fullWidth(String(s.n)) : s.n;
    const lects = s.two ? [LECT[j % LECT.length], LECT[(j + 3) % LECT.length]] : [LECT[(j + 1) % LECT.length]];
    lects.forEach(([nm, title], i) => {
      const hours = s.two ? 3 : s.end !== s.start ? 8 : 4;
      const rate = title.startsWith("高级") || title === "副教授" ? 400 : 300;
      fee += hours * rate;
      const topic = s.two ? `${TOPICS[(j + i) % TOPICS.length]}（${i === 0 ? "上午" : "下午"}）` : TOPICS[j % TOPICS.length];
      tRows.push([i === 0 ? j + 1 : null, i === 0 ? `第${s.no}期` : null, i === 0 ? dcell : null, i === 0 ? s.place : null, topic, nm, title, hours, rate, hours * rate,
        i === 0 ? ncell : null, "已签", i === 0 ? (s === sept ? "9月开班" : s.end !== s.start ? "两天班，学员人数按两天签到人次计" : s.two ? "上午、下午两位讲师" : null) : null]);
    });
    if (s.two) for (const c of ["A", "B", "C", "D", "K", "M"]) tMerges.push(`${c}${r0}:${c}${r0 + 1}`);
  });
  tRows.push(["合计", null, null, null, null, null, null, null, null, fee, sum(sessions.map((s) => s.n)), null, "含第25期（9月）"]);
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  tRows.push(["经办人：梁××　　　复核：吴××　　　区商务局（盖章）"]);
  tMerges.push(`A${tRows.length}:M${tRows.length}`);

  // ---------------- 附5 脱贫人口 (低收入人口动态监测平台)
  const plan = shuffle([].concat(Array(50).fill("E"), Array(6).fill("M"), Array(5).fill("N")));
  const firstE = plan.indexOf("E");
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1965, 2000);
    const id = makeId(REGION, birth, rnd() < 0.5, j === firstE ? true : undefined);
    const v = covered[j % 12];
    let lab;
    let work;
    if (c === "E") {
      lab = j % 4 === 3 ? "弱劳动能力" : "有劳动能力";
      work = ["区内务工", "镇内务工", "未务工", "区内务工", "公益性岗位"][j % 5];
    } else if (c === "M") {
      lab = "有劳动能力";
      work = j % 2 ? "省外务工" : "区外省内务工";
    } else {
      lab = j % 2 ? "丧失劳动能力" : "无劳动能力";
      work = "—";
    }
    return { c, id, v, lab, work, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 50 && elig[0].id.endsWith("X"), "c1 50 eligible, the first with X");
  const pRows = [["附5　低收入人口动态监测信息平台　脱贫人口（原建档立卡贫困人口）查询结果（斗门区）"], ["导出时间：2021-09-01 09:12:40　　导出人：斗门区商务局"],
    ["口径：劳动能力“有劳动能力”“弱劳动能力”为有劳动能力；务工状态“区外省内务工”“省外务工”为外出务工，“区内务工”“镇内务工”“公益性岗位”“未务工”为本地。"],
    ["序号", "镇", "村", "姓名", "证件号码", "劳动能力", "务工状态", "是否监测对象"]];
  const pMerges = ["A1:H1", "A2:H2", "A3:H3"];
  persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v)).forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, j % 9 === 4 ? "是" : "否"]));

  // ---------------- 附4 参训名单
  const cutSess = sessions.filter((s) => s.end <= CUT);
  const trained = shuffle(elig).slice(0, 25);
  if (!trained.includes(elig[0])) trained[0] = elig[0];
  const septOnly = elig.find((p) => !trained.includes(p));
  const TR = trained.map((p, k) => ({ p, s: cutSess[(k * 5 + 2) % cutSess.length], id: p === elig[0] ? p.id.slice(0, 17) + "x" : p.id }));
  for (const p of [trained[3], trained[17]]) TR.push({ p, s: cutSess[cutSess.indexOf(TR.find((t) => t.p === p).s) + 1] || cutSess[0], id: p.id, note: "第二次参训" });
  const mig = persons.find((p) => p.c === "M");
  const nol = persons.find((p) => p.c === "N");
  TR.push({ p: mig, s: cutSess[6], id: mig.id, note: "返乡期间参训" });
  TR.push({ p: nol, s: cutSess[10], id: nol.id, note: "陪同家属参训" });
  TR.push({ p: septOnly, s: sept, id: septOnly.id });
  TR.sort((a, b) => a.s.no - b.s.no);
  const trRows = [["附4　脱贫人口参训名单"], ["（已计入附3“学员人数”，不重复统计）"], ["序号", "培训日期", "期次", "姓名", "身份证号", "所在村", "备注"]];
  TR.forEach((t, j) => trRows.push([j + 1, t.s.end !== t.s.start ? rangeText(t.s.start, t.s.end, "dot") : t.s === sept ? "2021年9月9日" : dateCell(t.s.start, j + 2), `第${t.s.no}期`, t.p.name, t.id, t.p.v, t.note || null]));
  const eligIds = new Set(elig.map((p) => p.id));
  const up = (id) => id.toUpperCase();
  const trainedCut = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(up(t.id))).map((t) => up(t.id)));
  const trainedRaw = new Set(TR.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 25 && ratioGE(25, 50, 50) && !ratioGE(25, 50, 70), "c1 25/50 = 50%");
  assert(trainedRaw.size === 24 && !ratioGE(24, 50, 50), "c1 24/50 without the lower-case x");

  // ---------------- 附6 入驻企业
  const FN = [["珠海斗门优品电子商务有限公司", "平台型"], ["珠海市斗门区乡味网络科技有限公司", "平台型"], ["珠海白蕉海鲈网店", "销售型"], ["珠海莲洲大米电商商行", "销售型"],
    ["珠海乾务荔枝网店", "销售型"], ["珠海海鲈鲜生电子商务有限公司", "销售型"], ["珠海斗门电商运营服务有限公司", "电商运营商"], ["珠海市云帆代运营工作室", "电商运营商"],
    ["珠海斗门速达物流有限公司", "物流企业"], ["珠海市冷链仓储有限公司斗门分公司", "物流企业"], ["珠海斗门红播直播传媒有限公司", "直播机构"], ["珠海井岸果蔬电商商行", "销售型"],
    ["珠海市斗门区农家优选网店", "销售型"], ["珠海斗门供应链管理有限公司", "供应链服务"], ["珠海鲈鱼先生电子商务有限公司", "销售型"], ["珠海斗门乡土味电子商务有限公司", "销售型"],
    ["珠海市斗门区好物直播工作室", "直播机构"], ["珠海斗门顺捷快递服务有限公司", "物流企业"], ["珠海斗门海之韵电子商务有限公司", "销售型"], ["珠海市斗门区新农人电商服务中心", "电商运营商"],
    ["珠海斗门侨乡特产网店", "销售型"], ["珠海市斗门区鲜达冷链物流有限公司", "物流企业"]];
  const firms = FN.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2021-03-01", "2021-08-10"), left: null, room: null, note: null }));
  firms[5].entered = "2020-12-15";
  firms[14].code = firms[5].code;
  firms[14].entered = "2021-03-22";
  firms[5].note = "2021年3月更名为“珠海鲈鱼先生电子商务有限公司”";
  firms[14].note = "原“珠海海鲈鲜生电子商务有限公司”更名，信用代码不变";
  firms[20].entered = "2021-09-06";
  firms[20].note = "8月签约，9月6日入驻";
  firms[21].entered = "2020-12-28";
  firms[21].left = "2021-06-30";
  firms[21].note = "合同到期，已退园";
  const rooms = shuffle(Array.from({ length: 30 }, (_, k) => `${k < 15 ? 2 : 3}${String((k % 15) + 1).padStart(2, "0")}室`));
  firms.forEach((f, j) => (f.room = rooms[j]));
  firms[14].room = firms[5].room;
  const fSorted = firms.slice().sort((a, b) => cmp(a.entered, b.entered));
  const eRows = [["附6　斗门区电子商务产业园入驻企业名录"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "房号", "状态", "备注"]];
  fSorted.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, f === firms[20] ? "2021.9.6" : dateCell(f.entered, j + 1), f.room, f.left ? `已退园（${dotDate(f.left)}）` : f === firms[5] ? "已更名" : f.entered > CUT ? "已入驻" : "在园", f.note]));
  eRows.push([`注：共${firms.length}条记录（截至2021年9月10日）。`]);
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left <= CUT));
  const distinct = new Set(inPark.map((f) => f.code));
  assert(inPark.length === 20 && distinct.size === 19, "c1 19 distinct firms in the park (20 rows)");
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => typesIn.has(t)), "c1 types");

  // ---------------- 附7 国库集中支付
  const PAY = [["2020-10-22", "区电子商务公共服务中心装修工程首期款", "珠海斗门建安工程有限公司", 420000], ["2020-11-26", "村级电商服务站建设首期款", "珠海农村商业银行股份有限公司斗门支行", 356000],
    ["2020-12-24", "电商培训服务费（第一期）", "珠海斗门电商运营服务有限公司", 186500], ["2021-01-21", "区电子商务公共服务中心设备采购款", "珠海市华信科技有限公司", 398600],
    ["2021-03-18", "物流配送体系建设首期款", "珠海斗门速达物流有限公司", 312400], ["2021-04-15", "村级电商服务站建设进度款", "珠海农村商业银行股份有限公司斗门支行", 284000],
    ["2021-05-12", "电商培训服务费（第二期）", "珠海斗门电商运营服务有限公司", 120000, "void"], ["2021-05-13", "电商培训服务费（第二期）", "珠海斗门电商运营服务有限公司", 120000],
    ["2021-06-10", "区域公用品牌推广服务费", "珠海斗门优品电子商务有限公司", 268500], ["2021-07-08", "物流配送体系建设进度款", "珠海斗门速达物流有限公司", 346000],
    ["2021-08-05", "冷链仓储设施建设首期款", "珠海斗门冷链仓储管理有限公司", 0], ["2021-08-26", "区电子商务公共服务中心运营补助", "珠海斗门电商运营服务有限公司", 236000],
    ["2021-09-08", "村级电商服务站建设尾款", "珠海农村商业银行股份有限公司斗门支行", 300000]];
  const paidCut = (p) => p[4] !== "void" && p[0] <= CUT;
  PAY[10][3] = 3486000 - sum(PAY.filter((p, j) => j !== 10 && paidCut(p)).map((p) => p[3]));
  assert(PAY[10][3] > 100000 && Number.isInteger(PAY[10][3]), "c1 filler payment " + PAY[10][3]);
  const spent = sum(PAY.filter(paidCut).map((p) => p[3]));
  assert(spent === 3486000 && !ratioGE(spent, 5000000, 70) && ratioGE(spent + 120000, 5000000, 70) && ratioGE(spent + 300000, 5000000, 70), "c1 69.72% → −5; the void voucher or September would pass");
  const fRows = [["珠海市斗门区国库集中支付系统　支付凭证查询结果"], ["预算单位：珠海市斗门区商务局　　预算项目：省级电子商务进农村综合示范专项资金　　查询区间：2020-01-01 至 2021-09-30　　金额单位：元"],
    ["序号", "支付日期", "支付凭证号", "收款人全称", "摘要", "支付方式", "支付金额", "凭证状态"]];
  let vno = 1000 + rint(10, 90);
  PAY.forEach((p, j) => {
    vno += rint(3, 40);
    const amt = j % 3 === 1 ? fmtMoney(p[3]) : p[3];
    fRows.push([j + 1, j % 4 === 2 ? yyyymmdd(p[0]) : D(p[0]), `ZF${p[0].slice(0, 4)}${String(vno).padStart(6, "0")}`, p[2], p[1], j % 2 ? "授权支付" : "直接支付", amt,
      p[4] === "void" ? "已作废（收款账号有误，次日重新开具）" : "已支付"]);
  });
  fRows.push(["合计（已支付）", null, null, null, null, null, sum(PAY.filter((p) => p[4] !== "void").map((p) => p[3])), null]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:F${fRows.length}`];

  // ---------------- 附8 月报报送
  const REP = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    let d = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08") || (d >= "2021-02-11" && d <= "2021-02-17")) d = isoAdd(d, 1);
    REP.push({ d, m, t: `${cnMonth(m)}电子商务进农村综合示范创建工作月报`, pov: m >= "2020-10" ? "是" : "否" });
  }
  REP.push({ d: "2021-01-20", m: null, t: "电商助力脱贫攻坚情况专报", pov: "是" });
  REP.sort((a, b) => cmp(a.d, b.d));
  const rRows = [["附8　向市商务局报送工作情况登记表"], ["序号", "报送时间", "报送材料", "报送方式", "接收单位", "是否含电商扶贫统计"]];
  REP.forEach((r, j) => rRows.push([j + 1, j % 3 === 0 ? cnDate(r.d) : j % 3 === 1 ? D(r.d) : dotDate(r.d), r.t, j % 2 ? "粤政易" : "电子邮件", "珠海市商务局", r.pov]));
  assert(inWindowMonths(REP.map((r) => r.d)) === 12, "c1 reports in all 12 months");

  // ---------------- 附9 专栏更新
  const UPD = [["2020-06-18", "斗门区电子商务进农村综合示范县创建工作方案"], ["2020-06-18", "斗门区电子商务进农村综合示范项目基本信息公示"], ["2020-06-22", "关于公布电子商务进农村综合示范项目监督举报电话和邮箱的公告"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `斗门区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  UPD.push(["2021-03-02", "斗门区电子商务进农村综合示范项目建设进度（2021年1—2月）"]);
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["附9　区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
  UPD.forEach(([d, t], j) => uRows.push([j + 1, j % 2 ? slashDate(d) : D(d), t, `http://www.doumen.gov.cn/zwgk/dszl/dsjnc/content/post_${2600000 + j * 137}.html`]));
  assert(inWindowMonths(UPD.map((u) => u[0])) === 11, "c1 column 11 months");

  // ---------------- 附10 宣传报道 / 附11 经验材料
  const MED = [["2020-11-20", "“斗门发布”微信公众号", "县级", "网络", "我区首批村级电商服务站在农商银行服务点挂牌", "否"],
    ["2021-01-15", "斗门区融媒体中心《斗门新闻》", "县级", "电视", "电商培训进乾务", "否"], ["2021-04-23", "珠海特区报", "市级", "报纸", "斗门：白蕉海鲈“游”上云端", "否"],
    ["2021-06-18", "珠海广播电视台《珠海新闻》", "市级", "电视", "脱贫户直播卖海鲈，一场卖出两千单", "是"], ["2021-09-12", "广东广播电视台《广东新闻》", "省级", "电视", "斗门：电商助农“鲈”鱼跃龙门", "是"]];
  const mRows = [["附10　宣传报道统计表"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["附11　经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年7月20日", "《斗门区“电商＋海鲈”带农增收经验做法》", "珠海市商务局"], [2, "2021.9.15", "《斗门区电子商务进农村综合示范创建工作总结》", "珠海市商务局"]];

  // ---------------- 创建成果清单 (facts, judged, claimed)
  // [indicator label, claimed, rows: [成果名称, 内容, 取得时间, 形式, 分项自评]]
  const G = [
    ["组织领导（2分）", 2, [["成立区电子商务进农村综合示范创建工作领导小组", "区长任组长，分管副区长任副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、斗门邮政分公司", "2020年4月", "文件（斗府办函〔2020〕27号）", null]]],
    ["方案制定（2分）", 2, [["印发《斗门区电子商务进农村综合示范县创建工作方案》", "经区政府常务会议审议，由区政府办公室正式印发", D("2020-05-12"), "文件", 2]]],
    ["政策支持（2分）", 1, [["出台《斗门区促进农村电子商务发展若干措施》", "对网店开设、电商培训、物流配送给予奖补，2021年已兑现奖补资金28.6万元；用地、人才政策尚未出台", "2020.9.18", "文件", 1]]],
    ["项目管理（4分）", 3, [["制定《斗门区电子商务进农村综合示范项目管理办法》", "项目招标、建设、验收均按办法执行", "2020.6.30", "制度", 2],
      ["建立创建工作台账", "建立站点、培训、资金等11类台账（见附1—附11），培训签到表扫描件尚未归档齐全", "—", "台账", 1]]],
    ["服务体系建设：县级中心及产业园（15分）", 14, [["区电子商务公共服务中心投入运营", "中心位于井岸镇，面积2,100㎡，2021年2月26日起对外运营（3月18日举行揭牌仪式）", D("2021-02-26"), "平台载体", null],
      ["中心免费培训场所和设备", "设培训室2间（共150座），配备电脑60台、直播设备3套，免费开展电商基础培训", "2021年2月", "平台载体", null],
      ["农特产品免费展示展销区", "免费展示、代销白蕉海鲈、莲洲大米、乾务荔枝等农特产品136款", "2021年2月", "平台载体", null],
      ["免费摄影美工服务", "摄影棚、美工室免费为电商企业和农户拍摄产品、设计详情页，累计服务412件", "2021年3月", "服务", null],
      ["区域公用品牌统一推广", "统一推广“斗门优品”区域公用品牌，指导白蕉海鲈品牌建设", "2021年4月", "品牌", null],
      ["其他衍生增值服务", "暂未开展（拟于2021年10月引入金融对接、法律咨询服务）", "—", "—", null],
      ["斗门区电子商务产业园", "整合中心三楼及原井岸电商孵化基地建成产业园", "2021年3月", "平台载体", null],
      ["产业园企业入驻", "入驻企业22家（见附6），含平台型、销售型、电商运营商、物流企业等", "2021年8月", "名录", null]]],
    ["服务体系建设：村级站点覆盖（10分）", 10, [["建成村级电商服务站", "依托农商银行普惠金融服务点加挂建设村级电商服务站，覆盖行政村35个，覆盖率77.8%（见附2）；我区无省定贫困村", "2021年8月", "平台载体", null]]],
    ["农村产品上行（10分）", 8, [["农产品网络销售调研报告", "委托第三方完成《斗门区农产品网络销售调研报告》并提出针对性建议", "2020.12.20", "报告", 2],
      ["网络促销活动", "开展“海鲈节”“荔枝季”等线上促销活动5场", "2021年7月", "活动", 1],
      ["引入第三方运营服务商", "公开招标确定珠海斗门电商运营服务有限公司为中心第三方运营服务商", "2020.11.5", "合同", null],
      ["行政村快递全覆盖", "45个行政村均已快递进村，覆盖率100%（附1）", "2021年6月", "数据", null],
      ["电商交易标准与冷链溯源", "制定白蕉海鲈电商交易标准；冷链仓储设施在建，溯源系统试运行", "2021年5月", "标准", 1],
      ["农村网络零售额增长", "2020年农村网络零售额38.47亿元，比2019年29.84亿元增长28.9%；农产品网络零售额1.56亿元，比2019年1.20亿元增长30.0%", "2021年3月", "数据（省商务厅监测）", null]]],
    ["电商人才培训（20分）", 20, [["电商普及培训", "截至8月31日累计培训5,046人次（附3）；常住人口60.53万人（七普），超过50万按50万计，占1.01%", "2021年8月", "数据", null],
      ["脱贫人口电商培训", "有劳动能力且未外出务工的脱贫人口50人，参训25人，培训率50.0%（附4、附5）", "2021年8月", "数据", null]]],
    ["信息公开（4分）", 4, [["区政府网站示范创建专栏", "公示创建方案、项目基本信息，按月公示建设进度，公布监督举报电话和邮箱（附9）", "2020.6.18", "网站专栏", null]]],
    ["数据上报（6分）", 6, [["按月向市商务局报送", "每月报送工作进展和统计数据，月报附电商扶贫统计（附8）", "每月", "报送记录", null]]],
    ["案例总结（2分）", 2, [["经验材料", "《斗门区“电商＋海鲈”带农增收经验做法》报送珠海市商务局（附11）", "2021.7.20", "材料", null]]],
    ["经验推广（8分）", 8, [["媒体报道", "广东广播电视台《广东新闻》、珠海广播电视台、珠海特区报、“斗门发布”等报道（附10）", "2021年9月", "报道", null]]],
    ["制度建立（5分）", 4, [["制定《斗门区电子商务进农村综合示范专项资金管理办法》", "细化资金支持方向，建立考核问责制度", "2020.7.15", "制度", 4]]],
    ["资金台账（5分）", 4, [["资金专用台账", "区商务局及各承建单位均建立资金专用台账（附7）", "—", "台账", 4]]],
    ["资金支出（5分）", 3, [["专项资金拨付", "省下达专项资金500万元，累计拨付378.6万元（截至9月10日），支出率75.7%，按项目进度拨付", "2021.9.10", "数据", 3]]],
    ["加分项：贫困人口培训率70%及以上（2分）", 0, [["—", "脱贫人口培训率50.0%，未达到70%", "—", "—", null]]],
    ["加分项：电商扶贫典型案例获电视播报（国家级2分，省级1分）", 1, [["省级电视播报", "广东广播电视台《广东新闻》播出斗门脱贫户直播卖海鲈案例", "2021.9.12", "报道", null]]],
    ["一票否决项", null, [["安全生产、质量事故", "未发生", "—", "—", null], ["项目总体进度", "项目总体进度92%", "—", "—", null], ["弄虚作假", "无", "—", "—", null]]],
  ];
  const fr = [["斗门区电子商务进农村综合示范创建成果清单（对应考评指标）"],
    ["填报单位：珠海市斗门区商务局（盖章）", null, null, "数据截至：2021年8月31日（注明时点的除外）", null, null, "填报日期：2021年9月13日", null, null],
    ["区情：常住人口60.53万人（第七次全国人口普查；户籍人口44.2万人）；辖5个镇，行政村45个、社区居委会8个；无省定贫困村。"],
    ["序号", "考评指标（分值）", "成果名称", "成果内容及数据", "取得时间", "成果形式", "分项自评", "指标自评分", "备注"]];
  const fm = ["A1:I1", "A2:C2", "D2:F2", "G2:I2", "A3:I3"];
  let no = 0;
  G.forEach(([ind, claim, items]) => {
    const r0 = fr.length + 1;
    no++;
    items.forEach(([nm, txt, when, form, sub], i) => {
      fr.push([i === 0 ? (ind.startsWith("加分") ? `加${no - 15}` : ind.startsWith("一票") ? "否决" : no) : null, i === 0 ? ind : null, nm, txt, when, form,
        sub === null ? "—" : sub, i === 0 ? (claim === null ? "—" : claim) : null, null]);
    });
    const r1 = fr.length;
    for (const c of ["A", "B", "H"]) mergeCol(fm, c, r0, r1);
  });
  const claimedTot = sum(G.slice(0, 15).map((g) => g[1]));
  fr.push(["合计", null, null, null, null, null, null, `${claimedTot}＋1`, null]);
  fm.push(`A${fr.length}:G${fr.length}`);
  fr.push(["注：“分项自评”只填主观评分项；“指标自评分”为该指标自评得分。"]);
  fm.push(`A${fr.length}:I${fr.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = G[j][1]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  assert(claimedTot === 91, "c1 claimed 91 " + claimedTot);

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 0 + 1, "work.coverage": 2 + 5, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 73 && bonus === 0, "c1 total " + scored);
  assert(pct1(384700 - 298400, 298400) === "28.9%" && !(38470 * 10 >= 29840 * 13) && 156 * 10 === 120 * 13, "c1 growth: rural 28.9%, agri exactly 30%");
  assert(isoAdd("2021-02-26", 0) <= "2021-02-28", "c1 centre six months");
  const derivation = [
    "org.leadership: 成果清单第1项：区长任组长（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 第2项 方案由区政府办公室正式印发（2020-05-12），分项自评2 → 2",
    "org.policy: 第3项 《若干措施》已出台，分项自评1 → 1",
    "org.management: 第4项 项目管理办法 分项2 ＋ 工作台账 分项1 → 3",
    `work.center: 第5项：中心“2021年2月26日起对外运营”（3月18日是揭牌，不是运营日期） → 建成2；2021-02-26 ≤ 2021-02-28，满6个月 → 2；免费培训2、免费展示代销1、免费摄影美工1、统一推广品牌1；其他衍生增值服务“暂未开展” → 0；产业园已整合建成 → 2；附6按信用代码去重、截至8月31日在园：22行中“${firms[20].n}”9月6日才入驻、“${firms[21].n}”2021.6.30已退园，都不算；“${firms[5].n}”与“${firms[14].n}”是同一家（更名，信用代码相同）只算一家 → 19家 < 20 → 0；类型有平台型、销售型、电商运营商、物流企业 → 1；合计12（自评14）`,
    `work.coverage: 附1行政村45个（居委会8个不算）；附2只有“是否加挂”为“是”且有电商服务站挂牌时间 ≤ 8月31日的才是村级电商服务站：覆盖行政村31个（“${vMonth}”写“2021年8月”算；“${vTwice}”两个服务点算一次；${short(comms[1])}社区的站不算）；${finOnly.join("、")}只有金融服务点（未加挂、只有“设立时间”）不算，“${vSept}”2021.9.15挂牌不算 → 31/45 = 68.9% < 70%、≥ 50% → 2；斗门区无省定贫困村 → 5（无省定贫困村，应提示）；合计7（自评10，按35个村算的77.8%）`,
    "work.upward: 网销调研2、促销1、交易标准1（分项自评）；第三方运营服务商已公开招标确定 → 1；附1有“快递进村”列，45个行政村都是√ → 1；农村网零29.84亿→38.47亿元增长28.9%（< 30%），农产品网零1.20亿→1.56亿元增长30.0%（正好30%） → 2；合计8",
    `work.training: 附3课时费发放表按期次读“学员人数（签到）”，两位讲师的期次人数是合并格只算一次，两天班按结束日；截至8月31日第1—24期合计${fmtInt(ptCut)}人次（第25期2021年9月9日176人次不算）；常住人口60.53万人 > 50万，基数按500,000 → ${fmtInt(ptCut)}/500,000 = ${pct2(ptCut, 500000)} ≥ 1% → 10（用60.53万作基数是${pct2(ptCut, POP)}，只有8）；附5有劳动能力（有、弱劳动能力）且务工状态不是区外省内／省外务工的50人；附4截至8月31日参训、按身份证号对上的25人（一人身份证号末位写小写x，按X对上；两人参训两次只算一次；“${septOnly.name}”只参加9月第25期不算；外出务工和无劳动能力的各一人不在50人内） → 25/50 = 50.0% ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，公布监督举报电话和邮箱 → 2；附9 2020年9月—2021年8月中2021年2月没有更新（1—2月进度3月2日合并发布） → 11个月，不定时 → 1；合计3（自评4）",
    "info.reporting: 附8按报送时间，2020年9月—2021年8月每个月都有报送 → 3；月报含电商扶贫统计（“是”） → 3；合计6",
    "promo.cases: 附11 2021年7月20日向珠海市商务局报送经验材料 → 2（9月15日的总结在截止日后）",
    "promo.media: 附10截至8月31日：珠海特区报、珠海广播电视台（市级） → 3；“斗门发布”、斗门区融媒体中心（县级） → 1；广东广播电视台（省级）2021-09-12在截止日后不算 → 4（自评8）",
    "fund.system: 第13项分项自评4 → 4",
    "fund.ledger: 第14项分项自评4 → 4",
    `fund.spending: 附7国库支付，状态“已支付”且支付日期 ≤ 8月31日：5月12日12万元凭证“已作废”（次日重新开具的5月13日那笔才是支付），9月8日30万元在截止日后 → ${fmtMoney(spent)}/5,000,000 = ${pct2(spent, 5000000)} < 70% → −5（成果清单“378.6万元（截至9月10日）、75.7%”含9月支付，自评3分不适用）`,
    "bonus.poorTraining: 脱贫人口培训率25/50 = 50% < 70% → 0",
    "bonus.tvCase: 广东广播电视台（省级电视）播出的典型案例是2021-09-12，在截止日后；珠海广播电视台是市级 → 0（自评1）",
    "veto.incident: 安全生产、质量事故“未发生” → 不否决",
    "veto.progress: 项目总体进度92% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      "珠海斗门区商务局整本考评工作簿（12个表：创建成果清单＋附1—附11），73分、无加分、未否决（成果清单自评91＋1）：事实表是《创建成果清单（对应考评指标）》——一项成果一行（成果名称｜成果内容及数据｜取得时间｜成果形式｜分项自评），按考评指标分组、序号、指标和“指标自评分”纵向合并，中心“2021年2月26日起对外运营（3月18日揭牌）”、其他衍生增值服务“暂未开展”、拨付数“截至9月10日”；附表有民政的村（居）委会名单（全称、快递进村√、无省定贫困村）、农商银行普惠金融服务点加挂电商服务站情况表（两行表头，只有“加挂”为“是”且有挂牌时间的才是站点，未加挂的服务点只有设立时间：31/45＝68.9%）、讲师课时费发放表当培训台账（两位讲师一期时期次、日期、学员人数纵向合并；常住人口60.53万按50万封顶才过1%；一期9月）、脱贫人口参训名单（一人身份证号末位小写x，卡在25/50＝50%）、低收入人口监测平台的脱贫人口、入驻企业（同一信用代码更名两行、9月入驻、6月退园：19家）、国库集中支付凭证查询（一张凭证“已作废”次日重开，9月一笔：69.7%倒扣5分）、月报、专栏（2021年2月未更新）、宣传报道（省台9月播出）、经验材料。",
    sheets: [
      { name: "成果清单", rows: fr, merges: fm },
      { name: "附1 村居名单", rows: vRows, merges: vMerges },
      { name: "附2 金融服务点加挂电商站", rows: sRows, merges: sMerges },
      { name: "附3 课时费发放表", rows: tRows, merges: tMerges },
      { name: "附4 脱贫人口参训名单", rows: trRows, merges: ["A1:G1", "A2:G2"] },
      { name: "附5 脱贫人口", rows: pRows, merges: pMerges },
      { name: "附6 入驻企业", rows: eRows, merges: ["A1:H1", `A${eRows.length}:H${eRows.length}`] },
      { name: "附7 国库支付", rows: fRows, merges: fMerges },
      { name: "附8 月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "附9 专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "附10 宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "附11 经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕头濠江区: 省商务厅《数据核查疑点清单》 returned with the district's 核实情况 / 核实后数值
// =====================================================================================================
function buildF1() {
  const rows = [["2019年省级电子商务进农村综合示范创建考评　数据核查疑点清单（濠江区）"],
    ["下发单位：广东省商务厅电子商务处（第三方核查机构汇总）　　反馈单位：汕头市濠江区商务局　　反馈时间：2021年9月10日"],
    ["填报说明：1．疑点由考评系统逻辑校验和第三方数据比对产生；2．县区在“核实情况”栏说明，“核实后数值”栏填写更正后的数据，经核实原填报值无误的填“无误”（以原填报值为准）；3．未列入疑点的填报项及主观评分项见第二、三部分，以原填报值为准。"],
    ["一、疑点核实"],
    ["序号", "指标代码", "填报项", "原填报值", "疑点类型", "疑点说明", "核实情况", "核实后数值"]];
  const merges = ["A1:H1", "A2:H2", "A3:H3", "A4:H4"];
  const Q = [
    ["A01", "组织领导（牵头领导）", "区长任组长", "材料核对", "上传的领导小组文件（濠府办〔2020〕9号）组长为常务副区长", "2020年11月领导小组调整，区长任组长、常务副区长任常务副组长（濠府办〔2020〕41号），已补传文件", "无误"],
    ["A03", "常住人口", "34.12万人", "跨源比对", "与第七次全国人口普查数据（30.96万人）不一致", "原填报数为户籍人口，更正为七普常住人口", "30.96万人"],
    ["A04", "行政村数", "36个", "跨源比对", "与统计用区划代码（村委会22个、居委会14个）不一致", "原填报数含社区居委会，更正", "22个"],
    ["B01", "县级公共服务中心投入运营日期", "2020-12-28", "材料核对", "网站报道中心于2021年1月6日揭牌", "2020年12月28日起对外运营，2021年1月6日举行揭牌仪式", "无误"],
    ["C04", "行政村物流快递覆盖率", "100%", "跨源比对", "区邮政管理部门数据：行政村快递通达率95.5%", "河渡村委会尚无快递服务点，村民到镇上取件，原填报有误", "95.5%"],
    ["C06", "2020年农村网络零售额", "26.84亿元", "跨源比对", "与省商务厅监测数据（23.71亿元）差异13.2%；按原填报数同比增长37.5%，偏高", "原填报数为区统计局快报口径，改用省商务厅监测数据", "23.71亿元（同比增长21.5%）"],
    ["D01", "培训人次", "3,412人次", "逻辑校验", "培训台账中有2021年9月的两期培训（186人次）", "扣除9月两期", "3,226人次"],
    ["D02", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "538人", "跨源比对", "与区乡村振兴局系统数据（有劳动能力612人）不一致", "612人含外出务工74人，扣除后为538人", "无误"],
    ["D03", "参加培训的建档立卡贫困人口数", "301人", "逻辑校验", "签到表按人次统计，疑似重复计数", "按身份证号去重", "276人"],
    ["E01", "专栏设立征求意见或监督举报窗口", "是", "材料核对", "专栏页面未见监督举报或征求意见窗口", "经查专栏确未设置（截至8月31日），已于9月8日增设监督举报邮箱", "否"],
    ["G02", "累计拨付资金", "412.35万元", "跨源比对", "国库集中支付系统截至2021年8月31日支付数为398.60万元", "其中13.75万元为9月3日支付，已扣除", "398.60万元"],
    ["G04", "项目总体进度", "95%", "逻辑校验", "资金拨付率79.7%，总体进度是否偏高", "总体进度按各子项目完成工程量加权计算，无误", "无误"],
    ["P10", "资金及时拨付（自评分，1-5分）", "5分", "逻辑校验", "资金支出率79.7%，部分款项拨付滞后，自评满分依据不足", "同意下调", "4分"],
  ];
  Q.forEach((q, j) => rows.push([j + 1].concat(q)));
  rows.push([null, null, null, null, null, null, null, null]);
  rows.push(["二、未列入疑点的填报项（以原填报值为准）"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(["指标代码", "填报项", null, "填报值", "指标代码", "填报项", null, "填报值"]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const P = [
    ["A00", "县（市、区）", "濠江区"], ["A02", "考评截止日期", "2021年8月31日"],
    ["A01-1", "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局"], ["A05", "省定贫困村数", "2个"],
    ["A06", "示范县工作方案", "已正式印发"], ["A07", "支持农村电商发展的政策", "已出台"],
    ["B02", "免费培训场所、设备，能组织基础培训", "是"], ["B03", "特色农产品免费展示、销售", "是"],
    ["B04", "免费摄影、美工服务", "是"], ["B05", "统一推广、品牌建设指导", "是"],
    ["B06", "其他衍生增值服务", "否"], ["B07", "建设或整合电商产业园", "是"],
    ["C01", "专业第三方运营或服务商", "是"], ["C05", "2019年农村网络零售额", "19.52亿元"],
    ["C07", "2019年农产品网络零售额", "2.86亿元"], ["C08", "2020年农产品网络零售额", "3.95亿元"],
    ["C09", "2020年农产品网络零售额同比增速", "38.1%"], ["E02", "专栏公示创建方案", "是"],
    ["E03", "专栏公示项目基本信息", "是"], ["E04", "专栏公示项目建设进度", "是"],
    ["F01", "能统计电商扶贫情况", "是"], ["G01", "下达资金总额", "500万元"],
    ["G03", "已制定资金管理制度", "是"], ["G05", "已建立资金专用台账", "是"],
    ["H01", "发生安全生产、质量事故或重大损失", "否"], ["H02", "弄虚作假", "否"],
  ];
  for (let i = 0; i < P.length; i += 2) {
    const a = P[i];
    const b = P[i + 1] || [null, null, null];
    rows.push([a[0], a[1], null, a[2], b[0], b[1], null, b[2]]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  }
  rows.push([null, null, null, null, null, null, null, null]);
  rows.push(["三、主观评分项（县区自评，以原填报值为准）"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(["指标代码", "评分项", null, "分值范围", "自评分", "说明", null, null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  const J = [["P01", "方案制定", "1-2分", "2"], ["P02", "政策支持", "1-2分", "1"], ["P03", "项目管理制度", "1-2分", "2"], ["P04", "工作台账", "1-2分", "2"],
    ["P05", "网销调研及建议", "1-2分", "1"], ["P06", "网络促销活动", "1-2分", "2"], ["P07", "交易标准与冷链溯源", "1-2分", "1"], ["P08", "资金管理制度", "1-5分", "4"],
    ["P09", "资金专用台账", "1-5分", "4"], ["P10", "资金及时拨付", "1-5分", "见疑点第13项"]];
  for (const [c, n, r, v] of J) {
    rows.push([c, n, null, r, /^\d$/.test(v) ? Number(v) : v, null, null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
  }
  rows.push([null, null, null, null, null, null, null, null]);
  rows.push(["核实人：陈××　　联系电话：0754-8738××××　　分管领导（签字）：林××　　　　汕头市濠江区商务局（盖章）　2021年9月10日"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  assert(pct1(2371 - 1952, 1952) === "21.5%" && pct1(395 - 286, 286) === "38.1%" && pct1(2684 - 1952, 1952) === "37.5%", "f1 growth texts");
  assert(pct1(3986000, 5000000) === "79.7%" && pct1(21, 22) === "95.5%", "f1 rates");
  return {
    description:
      "汕头濠江区商务局交回的省商务厅《数据核查疑点清单（濠江区）》当事实表：抬头写下发单位、反馈单位、反馈时间和填报说明（核实后数值栏填更正数，原值无误的填“无误”）；“一、疑点核实”是 序号｜指标代码｜填报项｜原填报值｜疑点类型｜疑点说明｜核实情况｜核实后数值 十三行，要读核实后数值（常住人口34.12万是户籍人口、更正为30.96万；行政村36含社区、更正为22；快递覆盖率100%更正为95.5%；2020年农村网零26.84亿改用省监测23.71亿元、同比增长21.5%；培训3,412扣9月后3,226人次；参训贫困人口301去重为276；监督举报窗口“是”更正为“否”；累计拨付412.35万扣9月后398.60万元；“资金及时拨付”自评5分下调为4分），“无误”的取原填报值（区长任组长、中心2020-12-28运营而1月6日是揭牌、538人、总体进度95%），疑点说明里的数字（七普、系统、37.5%、79.7%）不是填报值；“二、未列入疑点的填报项”是一行两组 指标代码｜填报项｜填报值 的格子（县名、截止日期、成员单位、贫困村、是否项、2019年网零、农产品网零及增速、下达500万元、否决项）；“三、主观评分项”一行一项，资金及时拨付写“见疑点第13项”；落款日期不是截止日。",
    sheets: [{ name: "疑点核实反馈", rows, merges }],
    expect: {
      facts: {
        county: "濠江区", asOf: "2021-08-31", residentPopulation: 309600, adminVillagesStated: 22, poorVillagesStated: 2,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1952000000, ruralRetail2020: 2371000000, ruralRetailGrowthStated: 0.215,
        agriRetail2019: 286000000, agriRetail2020: 395000000, agriRetailGrowthStated: 0.381,
        trainingPersonTimesStated: 3226, eligiblePoorPersonsStated: 538, trainedPoorPersonsStated: 276,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3986000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 惠州惠阳区: 迎检查漏补缺对照表 (佐证 ✓/✗ is about evidence, 我区情况 is the fact)
// =====================================================================================================
function buildF2() {
  const rows = [["惠阳区电子商务进农村综合示范创建考评迎检查漏补缺对照表"],
    ["（我区情况统计截至2021年8月31日考评截止日；“佐证是否齐备”指迎检佐证材料是否已归档，不代表该项是否完成；“拟自评分”只填主观评分项）"],
    ["序号", "评分细则（分值）", "需提供的佐证材料", "佐证是否齐备", "我区情况（截至2021年8月31日）", "拟自评分", "查漏补缺措施", "责任人", "完成时限"]];
  const merges = ["A1:I1", "A2:I2"];
  const sec = (t) => {
    rows.push([t, null, null, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:I${rows.length}`);
  };
  let n = 0;
  const item = (rule, ev, ok, sit, score, fix, who, by) => {
    n++;
    rows.push([n, rule, ev, ok ? "✓" : "✗", sit, score === null ? "—" : score, fix || "—", who || "—", by || "—"]);
  };
  sec("一、加强组织领导与统筹协调（10分）");
  item("主要领导牵头，商务、财政、农业、扶贫等部门参与（2分）", "领导小组文件、会议纪要", true, "区委副书记、区长任组长，分管副区长任副组长；成员单位：区商务局、区财政局、区农业农村局、区交通运输局、区市场监督管理局、惠阳邮政分公司", null, "增补区乡村振兴局为成员单位（调整文件已起草，待印发）", "陈××", "2021年9月15日");
  item("制定科学严谨的示范创建工作方案（1-2分）", "正式印发的工作方案", true, "2020年6月区政府办公室正式印发《惠阳区电子商务进农村综合示范县创建实施方案》（惠阳府办〔2020〕22号）", 2);
  item("出台政策支持农村电商发展（1-2分）", "出台的支持文件", false, "《惠阳区扶持农村电子商务发展办法》已起草，尚未印发", null, "提请9月下旬区政府常务会议审议", "叶××", "2021年9月30日");
  item("建立项目管理制度并严格落实（1-2分）", "项目管理制度文件", true, "制定《惠阳区电子商务进农村综合示范项目管理办法》，建设、验收按程序执行", 2);
  item("建立完整工作台账（1-2分）", "工作台账", false, "建立站点、培训、资金等11类台账", 2, "补扫培训签到表、站点照片归档", "李××", "2021年9月10日");
  sec("二、深入推动电子商务进农村工作（55分）");
  item("建成县级电子商务公共服务中心（2分）", "现场查看", true, "区电子商务公共服务中心（淡水街道）2020年11月20日试运营，2021年1月8日正式运营", null);
  item("建成后已正常运行6个月以上（2分）", "运营记录", true, "正式运营至8月31日近8个月", null);
  item("有免费培训场所、培训设备，能组织电商基础培训（2分）", "培训室照片、培训记录", true, "设免费培训室1间（100座），配电脑50台，常态化开展电商基础培训", null);
  item("为特色农产品提供免费展示、销售服务（1分）", "展示区照片、代销记录", true, "展示区免费展示、代销镇隆荔枝、良井霞角鸡等农特产品", null);
  item("为电子商务市场主体提供免费摄影、美工服务（1分）", "收费标准公示、服务记录", true, "摄影、美工由运营方按件收费（每件30元），未实行免费", null, "与运营方协商改为免费（需签补充协议）", "黄××", "2021年10月31日");
  item("组织农产品统一推广、指导特色农产品品牌建设（1分）", "活动方案、品牌材料", true, "组织“惠阳优品”统一推广，指导霞角鸡、镇隆荔枝品牌建设", null);
  item("为电子商务发展提供其他衍生增值服务（1分）", "服务记录", false, "提供网店代运营、商标注册代办、电商贷款对接等服务", null, "补齐2020年服务记录", "黄××", "2021年9月10日");
  item("建设或整合、优化当地电商产业园（2分）", "现场查看", true, "整合淡水街道原电商孵化基地建成惠阳区电商产业园", null);
  item("产业园入驻企业达20家及以上（2分）", "入驻企业清单", true, "入驻企业23家", null);
  item("入驻企业含三种以上类型（1分）", "入驻企业清单", true, "平台型、销售型、电商运营商、物流企业均有", null);
  item("行政村站点覆盖率70%及以上（5分）", "行政村清单、站点清单", true, "全区行政村96个（另有社区31个），建站覆盖行政村71个，覆盖率74.0%", null);
  item("省定贫困村覆盖率100%（5分）", "省定贫困村清单", true, "省定贫困村5个，均已建站", null);
  item("对农产品网络销售进行调研并形成针对性建议（1-2分）", "调研报告", true, "形成《惠阳区农产品网络销售调研报告》，建议部分采纳", 1);
  item("开展农村产品网络促销活动成效明显（1-2分）", "活动文件、总结", true, "开展“荔枝节”等线上促销活动7场", 2);
  item("当地有专业第三方电子商务运营或服务商（1分）", "招标文件、合同", true, "公开招标引入惠州惠阳优选电子商务有限公司运营服务中心", null);
  item("行政村物流快递覆盖率100%（1分）", "邮政管理部门证明", false, "96个行政村均设有快递服务点，覆盖率100%", null, "请区邮政管理部门出具证明", "李××", "2021年9月8日");
  item("出台农产品电商交易标准，建立冷链、溯源系统（1-2分）", "标准文本、企业名单", true, "制定霞角鸡电商交易标准；冷链中心在建", 1);
  item("2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "省商务厅监测数据", true, "2020年农村网络零售额47.6亿元，同比增长19.8%；农产品网络零售额6.32亿元，同比增长31.5%", null);
  item("培训人次达常住人口1%及以上（10分）", "培训通知、签到表", true, "截至8月31日累计培训6,138人次；常住人口60.14万人（七普），按50万计占1.23%", null);
  item("建档立卡贫困人口培训率50%及以上（10分）", "贫困人口名单、签到表", true, "有劳动能力且未外出务工的脱贫人口1,284人，已参训571人，培训率44.5%", null, "9月开展2期脱贫户专场培训，力争培训率达50%", "陈××", "2021年9月30日");
  sec("三、加强信息公开及报送（10分）");
  item("设立公开专栏且内容全面（2分）", "网站截图", true, "区政府网站专栏公示创建方案、项目基本信息、建设进度，公布监督举报电话", null);
  item("近一年专栏按月更新（2分）", "网站截图", false, "2020年9月起每月公示建设进度", null, "补截2020年9—12月页面", "叶××", "2021年9月8日");
  item("每月向市商务局报送工作情况（3分）", "报送文件", true, "每月5日前报送", null);
  item("能统计电商扶贫情况（3分）", "统计表", true, "月报附电商帮扶统计表", null);
  sec("四、加强宣传推广（10分）");
  item("向市商务局报送经验材料（2分）", "上报文件", true, "2021年6月报送经验材料1篇", null);
  item("典型做法被主流媒体报道（省4分、市3分、县1分）", "报道截图", true, "南方日报、惠州电视台、“惠阳发布”报道", null);
  sec("五、加强财政资金管理（15分）");
  item("建立科学有效的资金管理制度（1-5分）", "资金管理制度", true, "制定《惠阳区电子商务进农村综合示范专项资金管理办法》", 4);
  item("项目承建方建立资金专用台账（1-5分）", "资金台账、凭证", false, "各承建单位均建立资金专用台账，部分凭证待归档", 3, "督促承建单位9月底前补齐凭证", "黄××", "2021年9月30日");
  item("资金支出率70%以上且及时拨付（1-5分）", "拨付文件、凭证", true, "省下达专项资金500万元，截至8月31日累计拨付3,712,680.00元，支出率74.3%", 4);
  sec("六、一票否决项");
  item("发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "—", true, "未发生", null);
  item("项目建设进度严重滞后，总体进度不足40%", "—", true, "项目总体进度88%", null);
  item("弄虚作假", "—", true, "无", null);
  rows.push(["填表：惠阳区商务局电商股　　　审核：叶××　　　2021年9月6日"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert(pct1(3712680, 5000000) === "74.3%" && pct1(571, 1284) === "44.5%" && pct2(6138, 500000) === "1.23%" && pct1(71, 96) === "74.0%", "f2 rates");
  return {
    description:
      "惠州惠阳区商务局电商股迎检用的《查漏补缺对照表》当事实表：标题下一行说明“我区情况”统计截至2021年8月31日、“佐证是否齐备”只指佐证材料是否归档、“拟自评分”只填主观项；表头 序号｜评分细则（分值）｜需提供的佐证材料｜佐证是否齐备（✓/✗）｜我区情况｜拟自评分｜查漏补缺措施｜责任人｜完成时限，一条评分细则一行，按“一、…六、”分节（节标题整行合并）。读法：事实只读“我区情况”——✓不等于是、✗不等于否（免费摄影美工佐证✓但“按件收费、未实行免费”是否；其他衍生增值服务、快递100%、专栏按月更新佐证✗但情况是有）；政策“已起草，尚未印发”是否、没有自评分；领导小组区长任组长但成员单位没有乡村振兴（扶贫）部门，“增补区乡村振兴局”是待办措施；中心2021年1月8日正式运营（11月20日是试运营）；常住人口60.14万人、行政村96个（社区31个不算）、省定贫困村5个、网零只有2020年金额和增速、培训6,138人次、贫困人口1,284/571人、拨付3,712,680.00元、进度88%；“入驻企业23家”“覆盖率74.0%”“44.5%”不是输入；查漏补缺措施和完成时限都是将来的事；填表日期2021年9月6日不是截止日。",
    sheets: [{ name: "查漏补缺对照表", rows, merges }],
    expect: {
      facts: {
        county: "惠阳区", asOf: "2021-08-31", residentPopulation: 601400, adminVillagesStated: 96, poorVillagesStated: 5,
        planIssued: true, policyIssued: false, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 4760000000, ruralRetailGrowthStated: 0.198, agriRetail2020: 632000000, agriRetailGrowthStated: 0.315,
        trainingPersonTimesStated: 6138, eligiblePoorPersonsStated: 1284, trainedPoorPersonsStated: 571,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3712680, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 江门新会区: 区政府网站 在线访谈 文字实录 (facts only in the guests' answers)
// =====================================================================================================
function buildF3() {
  const H = "主持人";
  const J = "嘉宾 梁××（区商务局局长）";
  const K = "嘉宾 黄××（区电子商务公共服务中心运营总监）";
  const T = [
    [H, "各位网友大家好！欢迎来到新会区人民政府门户网站“在线访谈”栏目。新会区地处珠江三角洲西南部，户籍人口约79.6万。今天我们请来了区商务局局长梁××和区电子商务公共服务中心运营总监黄××，和大家聊聊我区电子商务进农村综合示范创建工作。"],
    [J, "主持人好，各位网友好！"],
    [H, "梁局长，先请您介绍一下示范创建的组织情况。"],
    [J, "2019年我区被确定为省级电子商务进农村综合示范县（区）。区里成立了创建工作领导小组，由区委副书记、区长任组长，区委常委、常务副区长任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局等16个部门为成员单位。2020年4月，区政府正式印发了《新会区电子商务进农村综合示范创建实施方案》，同年还出台了《新会区促进农村电商发展扶持办法》。"],
    ["网友“圭峰山下”", "听说这项工作是副区长在抓？"],
    [J, "具体工作由分管副区长协调推进，但领导小组组长是区长，重大事项都由区长主持研究。"],
    [H, "请介绍一下全区的基本情况。"],
    [J, "全区常住人口85.96万人（第七次全国人口普查），有行政村208个，另有社区居委会51个，其中省定贫困村4个。"],
    [H, "黄总监，电子商务公共服务中心是什么时候开始运营的？能提供哪些服务？"],
    [K, "中心2020年10月28日正式投入运营，面积2,600平方米。我们有免费的培训室，电商基础培训全部免费；展示展销区免费展示、销售新会陈皮、柑茶等农特产品；还统一推广“新会陈皮”区域公用品牌，指导企业做品牌建设；另外提供代运营、直播孵化、融资对接等增值服务。我们公司是区商务局通过公开招标引入的专业第三方运营服务商。"],
    ["网友“陈皮阿强”", "我是做陈皮网店的，在中心拍产品照片、做详情页要收费吗？"],
    [K, "摄影棚和美工设计对新会的电商企业、农户都是免费的，提前在公众号预约就可以。"],
    [J, "另外，我们整合原来的陈皮村电商集聚区，建成了新会陈皮电商产业园。"],
    ["网友“双水小李”", "我们村收快递要到镇上去拿，快递什么时候能进村？"],
    [J, "这位网友反映的情况确实存在。目前全区行政村快递覆盖率是97.6%，还有5个偏远村没有快递服务点，我们计划今年底前实现全覆盖。"],
    [H, "电商对农产品销售的带动效果怎么样？"],
    [J, "2020年全区农村网络零售额达到62.4亿元，同比增长27.3%；农产品网络零售额18.7亿元，同比增长41.2%，陈皮是主力。"],
    ["网友“古井老陈”", "听说全区已经培训了上万人次，是真的吗？"],
    [J, "没有那么多。截至8月底，全区累计培训8,765人次；9月份我们又办了3期，大约600人次，这部分不算在考评里。"],
    [H, "脱贫群众参加培训的情况呢？"],
    [J, "全区有劳动能力、没有外出务工的脱贫人口是1,426人，已经参加电商培训的有812人，按身份证号去重统计。"],
    [H, "群众怎么了解项目进展、监督资金使用？"],
    [J, "我们在区政府网站开设了电子商务进农村综合示范专栏，公示了创建方案、项目基本信息和每月的建设进度，还设了监督举报邮箱。每个月报市商务局的材料里都附有电商帮扶统计。"],
    [H, "资金使用情况怎么样？"],
    [J, "省里下达专项资金500万元，截至8月底已拨付426.8万元，支出率85.4%。我们制定了专项资金管理办法，各承建单位都建立了资金专用台账。项目总体进度93%，创建以来没有发生安全生产和质量事故。"],
    ["网友“会城街坊”", "资金拨付到了哪些项目？"],
    [J, "主要用于公共服务中心、村级站点、物流配送和培训，明细在专栏“资金使用”子栏目公开，欢迎监督。"],
    [H, "感谢两位嘉宾，感谢各位网友！本期在线访谈到此结束。"],
  ];
  const rows = [["新会区人民政府门户网站·在线访谈　文字实录"],
    ["访谈主题：电商进农村　侨乡新气象——新会区电子商务进农村综合示范创建工作"],
    ["访谈时间：2021年9月16日（星期四）15:00—16:00　　访谈嘉宾：区商务局局长梁××、区电子商务公共服务中心运营总监黄××　　主持人：区融媒体中心 何××"],
    ["【编者按】访谈中涉及的创建数据，除特别说明外，统计截至2021年8月31日（省考评截止日期）。"],
    [null, null, null],
    ["时间", "发言人", "内容"]];
  const merges = ["A1:C1", "A2:C2", "A3:C3", "A4:C4"];
  let t = 15 * 3600 + 1 * 60 + 12;
  for (const [who, txt] of T) {
    const hh = Math.floor(t / 3600);
    const mm = Math.floor((t % 3600) / 60);
    const ss = t % 60;
    rows.push([`${hh}:${String(mm).padStart(2, "0")}:${String(ss).padStart(2, "0")}`, who, txt]);
    t += 40 + Math.floor(txt.length * 0.9) + rint(5, 40);
  }
  assert(t < 16 * 3600 + 60 * 60, "f3 within the hour");
  rows.push(["（根据现场录音整理，文字经嘉宾审阅）", null, null]);
  merges.push(`A${rows.length}:C${rows.length}`);
  assert(pct1(4268000, 5000000) === "85.4%" && pct1(203, 208) === "97.6%", "f3 rates");
  return {
    description:
      "江门新会区政府门户网站“在线访谈”栏目的文字实录被区商务局当事实表交来：四行抬头（栏目、访谈主题、访谈时间2021年9月16日和嘉宾、编者按“数据统计截至2021年8月31日省考评截止日期”），表头 时间｜发言人｜内容，一段发言一行，发言人有主持人、区商务局局长、中心运营总监和几位网友。读法：事实只读两位嘉宾的回答——区委副书记、区长任组长（网友问的“副区长”只是具体协调），商务、财政、农业农村、乡村振兴都在成员单位；方案2020年4月正式印发、扶持办法已出台；常住人口85.96万人、行政村208个（社区51个不算）、省定贫困村4个；中心2020年10月28日正式运营，免费培训、免费展示销售、统一推广品牌、代运营等增值服务、免费摄影美工（回答网友提问）、产业园、公开招标的第三方运营商都有；快递覆盖率97.6%（还有5个村没有）即不是100%；2020年农村网零62.4亿元增长27.3%、农产品网零18.7亿元增长41.2%（没有2019年金额）；截至8月底8,765人次（9月3期约600人次不算，网友的“上万人次”不是）；脱贫人口1,426人、参训812人；专栏四项都有（监督举报邮箱）；有电商帮扶统计；下达500万元、拨付426.8万元、资金管理办法和专用台账都有、总体进度93%、没有安全生产质量事故。主持人开场的户籍人口79.6万不是常住人口；访谈时间不是截止日；没有自评分。",
    sheets: [{ name: "在线访谈实录", rows, merges }],
    expect: {
      facts: {
        county: "新会区", asOf: "2021-08-31", residentPopulation: 859600, adminVillagesStated: 208, poorVillagesStated: 4,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2020: 6240000000, ruralRetailGrowthStated: 0.273, agriRetail2020: 1870000000, agriRetailGrowthStated: 0.412,
        trainingPersonTimesStated: 8765, eligiblePoorPersonsStated: 1426, trainedPoorPersonsStated: 812,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4268000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.93,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 韶关浈江区: 培训室使用登记簿, 免费服务登记, 入驻企业变动, 结对帮扶 (wide), 报送记录, hidden 数据字典
// =====================================================================================================
function buildL1() {
  const REG = "440204";
  // ---------------- 培训室使用登记簿 (only e-commerce 培训 rows are sessions)
  const U = [
    ["2020-09-15", "上午", "区商务局", "会议", "电子商务进农村综合示范创建工作推进会", 38],
    ["2020-09-24", "全天", "区电子商务公共服务中心", "培训", "农村电商基础知识培训（第1期）", "T"],
    ["2020-10-15", "下午", "区电子商务公共服务中心", "直播", "韶关马坝油粘米直播带货专场", 9],
    ["2020-10-22", "全天", "区电子商务公共服务中心", "培训", "网店开设与运营培训（第2期）", "T"],
    ["2020-11-12", "全天", "区人力资源和社会保障局", "培训", "电子商务师职业技能培训", "T"],
    ["2020-11-26", "上午", "区统计局", "培训", "2020年统计年报业务培训", 64],
    ["2020-12-10", "全天", "区电子商务公共服务中心", "培训", "直播带货实操培训（第3期）", "T"],
    ["2020-12-22", "下午", "韶关市商务局", "参观接待", "市商务局调研电商公共服务中心运营情况", 15],
    ["2021-01-14", "全天", "共青团浈江区委员会", "培训", "青年电商创业培训班", "T"],
    ["2021-03-04", "全天", "区电子商务公共服务中心", "培训", "短视频拍摄与剪辑培训（第4期）", "T"],
    ["2021-03-19", "上午", "区电子商务公共服务中心", "招聘", "电商企业专场招聘会", 120],
    ["2021-04-08", "全天", "区电子商务公共服务中心", "培训", "脱贫户电商技能专场培训（两天）", "T2"],
    ["2021-05-13", "全天", "区妇联", "培训", "巾帼电商技能培训", "T"],
    ["2021-06-10", "全天", "区电子商务公共服务中心", "培训", "农产品品牌与包装培训（第5期）", "T"],
    ["2021-06-24", "下午", "区电子商务公共服务中心", "直播", "浈江荔枝直播带货专场", 11],
    ["2021-07-22", "全天", "区电子商务公共服务中心", "培训", "社群营销培训（第6期）", "X"],
    ["2021-07-29", "全天", "区电子商务公共服务中心", "培训", "社群营销培训（第6期，改期）", "T"],
    ["2021-08-19", "全天", "区电子商务公共服务中心", "培训", "电商客服与物流培训（第7期）", "T"],
    ["2021-08-26", "上午", "区商务局", "会议", "迎接省考评工作部署会", 26],
    ["2021-09-14", "全天", "区电子商务公共服务中心", "培训", "农村电商基础知识培训（第8期）", "T"],
  ];
  const tRows = [["浈江区电子商务公共服务中心　多功能培训室使用登记簿"], ["（中心前台登记；“参加人数”按当场签到人数填写，两天的培训填两天签到人次合计）"],
    ["序号", "使用日期", "时段", "使用单位", "活动类型", "活动内容", "参加人数", "登记人", "备注"]];
  const tRecs = [];
  U.forEach(([d, slot, who, kind, what, n], j) => {
    let dcell = dateCell(d, j);
    let ncell;
    let note = null;
    if (n === "T" || n === "T2") {
      const k = rint(42, 88);
      const pt = n === "T2" ? k * 2 - rint(3, 9) : k;
      ncell = j % 4 === 1 ? `${pt}人` : j % 5 === 2 ? fullWidth(String(pt)) : pt;
      if (n === "T2") {
        dcell = rangeText(d, isoAdd(d, 1), "dot");
        ncell = `两天共${pt}人次`;
        tRecs.push({ date: isoAdd(d, 1), personTimes: pt });
      } else tRecs.push({ date: d, personTimes: pt });
      if (d > "2021-08-31") note = "9月";
    } else if (n === "X") {
      ncell = "—";
      note = "台风“查帕卡”影响取消，改至7月29日";
    } else ncell = n;
    tRows.push([j + 1, dcell, n === "T2" ? "全天（两天）" : slot, who, kind, what, ncell, ["刘××", "温××"][j % 2], note]);
  });
  assert(tRecs.length === 12 && tRecs.some((r) => r.date === "2021-04-09") && tRecs.some((r) => r.date === "2021-09-14"), "l1 12 sessions");

  // ---------------- 免费服务登记 (not a ledger)
  const FS = [["2020-11-03", "韶关市浈江区丹霞优品网店", "产品摄影", 12], ["2020-11-18", "犁市镇黄屋村委会", "详情页设计", 3], ["2020-12-07", "韶关浈江马坝油粘米合作社", "产品摄影", 20],
    ["2021-01-20", "花坪镇农户 李××", "直播间使用", 1], ["2021-03-11", "韶关浈江好味道电子商务有限公司", "详情页设计", 5], ["2021-04-27", "新韶镇农户 邓××", "产品摄影", 8],
    ["2021-06-02", "韶关浈江荔乡电子商务有限公司", "直播间使用", 2], ["2021-07-15", "乐园镇农户 陈××", "产品摄影", 6], ["2021-08-12", "韶关浈江山珍网店", "详情页设计", 4]];
  const sRows = [["浈江区电子商务公共服务中心　免费摄影美工服务登记"], ["序号", "服务日期", "服务对象", "服务项目", "数量（件/次）", "收费情况", "经办人"]];
  FS.forEach(([d, who, what, q], j) => sRows.push([j + 1, dateCell(d, j + 2), who, what, q, "免费", ["朱××", "钟××"][j % 2]]));
  sRows.push(["合计", null, null, null, sum(FS.map((f) => f[3])), null, null]);

  // ---------------- 入驻企业变动
  const F = [
    ["韶关浈江好味道电子商务有限公司", "平台型电商", "2020.12.8 入驻", "2020-12-08", null],
    ["韶关市浈江区丹霞优品网店", "网店销售", "2020.11.20 签约；2020.12.15 入驻", "2020-12-15", null],
    ["韶关浈江荔乡电子商务有限公司", "网店销售", "2021年1月 入驻", "2021-01", null],
    ["韶关浈江速递物流有限公司", "快递物流", "2020.12.18 入驻；2021.5.31 退园", "2020-12-18", "2021-05-31"],
    ["韶关市浈江区云创代运营工作室", "电商代运营", "2021.3.1 入驻", "2021-03-01", null],
    ["韶关浈江山珍网店", "网店销售", "2021-04-12 入驻（2021-07-01 由301室迁至205室）", "2021-04-12", null],
    ["韶关浈江红韵直播传媒有限公司", "直播电商", "2021.3.15 入驻；2021.9.10 退园", "2021-03-15", "2021-09-10"],
    ["韶关市浈江区农家乐电商商行", "网店销售", "2021.5.6 入驻", "2021-05-06", null],
    ["韶关浈江供销e家电子商务有限公司", "平台型电商", "2021年5月20日 入驻", "2021-05-20", null],
    ["韶关浈江顺丰速运服务部", "快递物流", "2021.6.1 入驻", "2021-06-01", null],
    ["韶关市浈江区优果农产品加工厂", "农产品加工", "2021.6.18 入驻", "2021-06-18", null],
    ["韶关浈江新农人电商服务有限公司", "电商代运营", "2021.7.5 签约；2021.7.20 入驻", "2021-07-20", null],
    ["韶关市浈江区乡味坊网店", "网店销售", "2021.8.2 入驻", "2021-08-02", null],
    ["韶关浈江云仓供应链有限公司", "快递物流", "2021.8.20 签约；2021.9.6 入驻", "2021-09-06", null],
  ];
  const eRows = [["浈江区电子商务产业园入驻企业变动登记"], ["（变动记录按时间顺序写：签约、入驻、迁房、退园；入驻、退园以实际日期为准）"],
    ["序号", "企业名称", "统一社会信用代码", "业态", "房号", "变动记录", "备注"]];
  const eRecs = [];
  const rooms = shuffle(["101室", "102室", "103室", "105室", "106室", "107室", "108室", "201室", "202室", "203室", "206室", "207室", "208室", "209室", "302室", "303室", "305室"]);
  F.forEach(([n, t, log, ent, left], j) => {
    eRows.push([j + 1, n, creditCode(REG), t, /迁至205室/.test(log) ? "205室" : rooms[j], log, left && left > "2021-08-31" ? "9月退园" : ent > "2021-08-31" ? "9月入驻" : null]);
    eRecs.push({ name: n, type: t, entered: ent, left });
  });
  eRows.push([`共${F.length}家（截至2021年9月10日）`]);
  eRows.push(["填表：园区管理办　朱××"]);

  // ---------------- 结对帮扶 (three person groups per row)
  const cadres = [["何志明", "区商务局"], ["邓秀英", "区商务局"], ["罗建华", "区财政局"], ["钟海燕", "区农业农村局"], ["彭国强", "犁市镇政府"], ["植丽芳", "犁市镇政府"],
    ["谭永杰", "花坪镇政府"], ["叶桂珍", "花坪镇政府"], ["欧嘉俊", "区乡村振兴局"], ["蔡翠娟", "区供销社"], ["苏振辉", "区人社局"]];
  const sizes = [3, 3, 2, 3, 3, 1, 3, 2, 3, 3, 2];
  const LAB = [["有", true], ["有", true], ["弱劳动能力", true], ["有", true], ["无", false], ["丧失劳动能力", false]];
  const pRows = [["浈江区脱贫户结对帮扶责任人一览表（犁市镇、花坪镇）"],
    ["口径：劳动能力“有”“弱劳动能力”为有劳动能力；务工情况写明“县外”“省外”的为外出务工，“县内务工”“在家务农”“未务工”为本地；无劳动能力的务工情况填“—”。"],
    ["序号", "帮扶责任人", "工作单位", "结对对象一", null, null, null, "结对对象二", null, null, null, "结对对象三", null, null, null],
    [null, null, null, "姓名", "身份证号", "劳动能力", "务工情况", "姓名", "身份证号", "劳动能力", "务工情况", "姓名", "身份证号", "劳动能力", "务工情况"]];
  const pMerges = ["A1:O1", "A2:O2", "A3:A4", "B3:B4", "C3:C4", "D3:G3", "H3:K3", "L3:O3"];
  const pRecs = [];
  let k = 0;
  let lowerDone = false;
  let spaceDone = false;
  let blankDone = false;
  cadres.forEach(([nm, unit], ci) => {
    const row = [ci + 1, nm, unit];
    for (let g = 0; g < 3; g++) {
      if (g >= sizes[ci]) {
        row.push(null, null, null, null);
        continue;
      }
      k++;
      const [lab, labour] = LAB[k % LAB.length];
      const birth = labour ? birthBetween(1966, 1999) : birthBetween(1940, 1958);
      const id = makeId(REG, birth, rnd() < 0.5, k === 4 ? true : undefined);
      let work;
      let migrant;
      if (!labour) {
        work = "—";
        migrant = null;
      } else {
        const w = ["县内务工", "县外务工（东莞）", "在家务农", "未务工", "省外务工（浙江）", "县内务工", "在家务农"][k % 7];
        work = w;
        migrant = /县外|省外/.test(w);
        if (k === 9 && !blankDone) {
          work = null;
          migrant = null;
          blankDone = true;
        }
      }
      let shown = id;
      if (id.endsWith("X") && !lowerDone) {
        shown = id.slice(0, 17) + "x";
        lowerDone = true;
      } else if (k === 11 && !spaceDone) {
        shown = spacedId(id);
        spaceDone = true;
      }
      row.push(personName(), shown, lab, work);
      pRecs.push({ id, labour, migrant });
    }
    pRows.push(row);
  });
  pRows.push(["注：一名帮扶责任人结对1—3户，表中为结对户户主；务工情况空白的待核实。"]);
  pMerges.push(`A${pRows.length}:O${pRows.length}`);
  assert(lowerDone && spaceDone && blankDone && pRecs.length === sum(sizes), "l1 person twists");
  assert(pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.migrant === false) && pRecs.some((r) => r.labour === false), "l1 person mix");

  // ---------------- 报送记录 (报送日期 vs 市局签收日期)
  const R = [["2020年8月工作月报", "2020年8月", "2020-09-04", "2020-09-07", "√"], ["2020年9月工作月报", "2020年9月", "2020-10-09", "2020-10-09", "√"],
    ["2020年10月工作月报", "2020年10月", "2020-11-05", "2020-11-05", "√"], ["2020年11月工作月报", "2020年11月", "2020-12-04", "2020-12-07", "√"],
    ["2020年12月工作月报", "2020年12月", "2021-01-06", "2021-01-08", null], ["2021年1月工作月报（含电商扶贫专项统计）", "2021年1月", "2021-02-26", "2021-03-01", "√"],
    ["2021年2月工作月报", "2021年2月", "2021-03-05", "2021-03-08", "√"], ["2021年3月工作月报", "2021年3月", "2021-04-07", "2021-04-08", "√"],
    ["2021年4月工作月报", "2021年4月", "2021-05-07", "2021-05-10", "√"], ["2021年5月工作月报", "2021年5月", "2021-06-04", "2021-06-07", "×"],
    ["2021年6月工作月报", "2021年6月", "2021-07-06", "2021-07-07", "√"], ["2021年7月工作月报", "2021年7月", "2021-08-06", "2021-08-09", "√"],
    ["2021年8月工作月报", "2021年8月", "2021-08-31", "2021-09-01", "√"]];
  const rRows = [["浈江区电子商务进农村综合示范工作月报报送登记"], ["序号", "报送材料", "所属期", "报送日期", "报送方式", "市局签收人", "签收日期", "含电商扶贫统计"]];
  const rRecs = [];
  R.forEach(([t, per, d, s, pov], j) => {
    rRows.push([j + 1, t, per, dateCell(d, j), j % 2 ? "粤政易" : "电子邮件", ["韶关市商务局 吴××", "韶关市商务局 林××"][j % 2], dateCell(s, j + 3), pov]);
    rRecs.push({ date: d, poverty: pov === "√" ? true : pov === "×" ? false : null });
  });
  const repMonths = inWindowMonths(rRecs.map((r) => r.date));
  const signMonths = inWindowMonths(R.filter((r) => r[3]).map((r) => r[3]));
  assert(repMonths === 12 && signMonths === 11, "l1 reports: 12 months by 报送日期, 11 by 签收日期 (Feb missing) " + repMonths + "/" + signMonths);

  // ---------------- 数据字典 (hidden)
  const dict = [["字段", "可选值"], ["活动类型", "培训、会议、直播、参观接待、招聘、其他"], ["业态", "平台型电商、网店销售、电商代运营、快递物流、直播电商、农产品加工"],
    ["劳动能力", "有、弱劳动能力、无、丧失劳动能力"], ["含电商扶贫统计", "√、×"]];
  checkTrainingIds(tRecs, "l1");
  return {
    description:
      "韶关浈江区电子商务公共服务中心和区商务局交来的一本台账（六个表）：①《培训室使用登记》是中心多功能培训室的使用登记簿当培训台账——一行一次场地使用（使用日期｜时段｜使用单位｜活动类型｜活动内容｜参加人数｜登记人｜备注），只有活动类型“培训”且是电商培训的行才是培训期次（中心、区人社局电子商务师、团区委青年电商、区妇联巾帼电商都算），会议、直播、参观接待、招聘会不是，区统计局的统计年报业务培训不是电商培训，台风取消的那次（参加人数“—”）不是；人次读参加人数（数字、“56人”、全角、两天班“两天共N人次”按结束日），日期有日期格、Excel序列号和各种文本，9月一期照列。②《免费服务登记》是摄影美工服务登记，不是台账。③《入驻企业变动》的入驻和退园都写在一格“变动记录”里（“签约；入驻”取入驻日、“2021年1月 入驻”只到月、“入驻；退园”、迁房不是退园、9月入驻和9月退园照列），业态照写。④《结对帮扶》一行一名帮扶责任人，结对对象一／二／三各占四列（姓名｜身份证号｜劳动能力｜务工情况，两行表头合并），按行从左到右读，空组不是人；一个身份证号末位小写x、一个带空格，务工情况“县外务工（东莞）”“省外务工（浙江）”为外出，“—”和一格空白为未答。⑤《月报报送》读“报送日期”不读市局“签收日期”（1月月报2月26日报送、3月1日才签收，8月月报8月31日报送、9月1日签收：按报送日期12个月都有，按签收日期2月就空了），含扶贫统计√／×／空。⑥隐藏的《数据字典》不是台账。",
    sheets: [
      { name: "培训室使用登记", rows: tRows, merges: ["A1:I1", "A2:I2"] },
      { name: "免费服务登记", rows: sRows, merges: ["A1:G1", `A${sRows.length}:D${sRows.length}`] },
      { name: "入驻企业变动", rows: eRows, merges: ["A1:G1", "A2:G2", `A${eRows.length - 1}:G${eRows.length - 1}`, `A${eRows.length}:G${eRows.length}`] },
      { name: "结对帮扶", rows: pRows, merges: pMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:H1"] },
      { name: "数据字典", rows: dict, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "培训室使用登记": { kind: "training", records: tRecs },
        "免费服务登记": { kind: null },
        "入驻企业变动": { kind: "enterprises", records: eRecs },
        "结对帮扶": { kind: "poorPersons", records: pRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "数据字典": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 珠海金湾区: 填报说明, villages (two tables), stations (镇/村 in one cell), funds (万元), TV 播出记录, 专栏监测, 经验材料
// =====================================================================================================
function buildL2() {
  const REG = "440404";
  const TOWNS = [["红旗镇", 6, 3], ["平沙镇", 6, 3], ["南水镇", 3, 2], ["三灶镇", 5, 2]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("前广新大沙东西连湾小海鱼", ["进", "湾", "林", "洲", "围", "月", "岗", "头", "塘", "涌", "联", "安"], "村", prefixes);
  const cName = nameMaker("金华城海映", ["湖", "晖", "祥", "悦", "景", "泰"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;

  // ---------------- 填报说明
  const notes = [["金湾区电子商务进农村综合示范工作台账（第三册）填报说明"], ["1．本册含村居名单、站点、资金、电视播出、专栏监测、经验材料六个表，数据截至2021年9月10日，考评按2021年8月31日截止。"],
    ["2．村居名单分“行政村”“社区居委会”上下两段。"], ["3．站点“镇/村”一栏先写镇、后写村。"], ["4．资金表金额单位为万元，个别注明“元”的按元。"],
    ["5．电视播出记录据各电视台播出单整理，级别按播出机构确定。"], ["6．专栏监测为市政府网站监管平台每月末自动监测结果。"], ["联系人：区商务局电商股 杨××　电话：0756-7263××××"]];

  // ---------------- 村居名单 (two tables, one below the other)
  const vRows = [["金湾区行政村及社区居委会名单"], ["一、行政村"], ["序号", "镇", "村委会", "是否省定贫困村", "快递进村"]];
  const vMerges = ["A1:E1", "A2:E2"];
  const vRecs = [];
  const noExp = admin[7];
  const blankExp = admin[15];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const exp = v === noExp ? "×（到镇取件）" : v === blankExp ? null : "√";
      vRows.push([sq, x.t, sq % 3 === 0 ? `${short(v)}村委会` : v, "否", exp]);
      vRecs.push({ name: v, admin: true, poor: false, express: v === noExp ? false : v === blankExp ? null : true });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["小计", null, `${admin.length}个`, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  vRows.push([null, null, null, null, null]);
  vRows.push(["二、社区居委会"]);
  vMerges.push(`A${vRows.length}:E${vRows.length}`);
  vRows.push(["序号", "镇", "社区居委会", "备注", null]);
  let cq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const c of x.cs) {
      cq++;
      vRows.push([cq, x.t, `${c}居委会`, c === comms[2] ? "2019年村改居" : null, null]);
      vRecs.push({ name: c, admin: false });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["小计", null, `${comms.length}个`, null, null]);
  vMerges.push(`A${vRows.length}:B${vRows.length}`);
  assert(admin.length === 20 && comms.length === 10, "l2 20 villages + 10 communities");

  // ---------------- 站点 (镇/村 in one cell)
  const stVill = shuffle(admin).slice(0, 15);
  const ST = stVill.map((v) => ({ v, op: randIsoBetween("2020-09-01", "2021-08-20") }));
  ST[3].op = "2021-08";
  const firstOfTwo = ST.find((s, j) => j !== 3 && s.op < "2021-05-01");
  ST.push({ v: firstOfTwo.v, op: isoAdd(firstOfTwo.op, rint(35, 90)), second: true });
  ST.push({ v: comms[4], op: randIsoBetween("2020-11-01", "2021-06-30") });
  ST.push({ v: admin.find((v) => !stVill.includes(v)), op: "2021-09-18" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const SEP = ["/", "／", "-", "/"];
  const sRows = [["金湾区村级电子商务服务站点台账"], ["序号", "站点编号", "站点名称", "镇/村", "开业时间", "运营人", "联系电话", "备注"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isComm = s.v.endsWith("社区");
    const vtxt = isComm ? s.v : j % 4 === 1 ? `${short(s.v)}村委会` : s.v;
    let dcell;
    if (s.op === "2021-08") dcell = "2021年8月";
    else if (s.op === "2021-09-18") dcell = "2021.9.18";
    else dcell = dateCell(s.op, j + 2);
    sRows.push([j + 1, `JW-${String(j + 1).padStart(3, "0")}`, `${short(s.v)}${isComm ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, `${townOf[s.v]}${SEP[j % 4]}${vtxt}`, dcell, personName(), mask(phone()),
      s.second ? "同村第二站" : s.op === "2021-08" ? "具体日期不详" : s.op === "2021-09-18" ? "9月开业" : null]);
    sRecs.push({ village: s.v, opened: s.op });
  });

  // ---------------- 资金 (万元, year subtotals, one 元 text)
  const PAY = [["2020-09-25", "区电子商务公共服务中心建设首期款", "珠海金湾建筑装饰工程有限公司", 386500], ["2020-11-13", "村级站点建设首期款", "中国邮政集团有限公司珠海市金湾区分公司", 245000],
    ["2020-12-17", "电商培训服务费", "珠海金湾电商学院有限公司", 86500], ["2021-01-28", "区电子商务公共服务中心设备采购", "珠海市华科信息技术有限公司", 412380],
    ["2021-03-30", "物流配送体系建设首期款", "珠海金湾顺达物流有限公司", 298000], ["2021-05-20", "村级站点建设进度款", "中国邮政集团有限公司珠海市金湾区分公司", 356200],
    ["2021-06-29", "区域公用品牌推广服务费", "珠海金湾优品电子商务有限公司", 187650], ["2021-08-13", "物流配送体系建设进度款", "珠海金湾顺达物流有限公司", 264000],
    ["2021-09-09", "区电子商务公共服务中心运营补助", "珠海金湾优品电子商务有限公司", 150000]];
  const fRows = [["金湾区电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号", "备注"]];
  const fMerges = ["A1:G1", "A2:G2"];
  const fRecs = [];
  let yr = null;
  let yrSum = 0;
  let seqf = 0;
  const flush = () => {
    fRows.push([`${yr}年小计`, null, null, null, wan4(yrSum), null, null]);
    fMerges.push(`A${fRows.length}:D${fRows.length}`);
  };
  for (const [d, what, who, a] of PAY) {
    const y = d.slice(0, 4);
    if (yr !== null && y !== yr) {
      flush();
      yrSum = 0;
    }
    yr = y;
    yrSum += a;
    seqf++;
    const amt = a === 86500 ? "86,500元" : wan4(a);
    fRows.push([seqf, dateCell(d, seqf + 1), what, who, amt, `金商拨〔${y}〕${String(seqf + 3).padStart(2, "0")}号`, d > "2021-08-31" ? "9月拨付" : a === 86500 ? "按元填列" : null]);
    fRecs.push({ date: d, amount: a });
  }
  flush();
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, null]);
  fMerges.push(`A${fRows.length}:D${fRows.length}`);

  // ---------------- 电视播出记录 (level from the 播出机构)
  const TV = [["2020-10-21", "19:00", "金湾区融媒体中心", "金湾电视", "《金湾新闻》", "我区首批村级电商服务站开业", "2分10秒", "否", "county"],
    ["2020-12-08", "18:30", "珠海广播电视台", "珠海一套", "《珠海新闻》", "金湾电商培训走进田间地头", "1分45秒", "否", "city"],
    ["2021-01-19", "18:00", "广东广播电视台", "珠江频道", "《今日关注》", "金湾：海鲈直播带货火出圈", "3分05秒", "否", "province"],
    ["2021-03-26", "12:30", "中央广播电视总台", "CCTV-17农业农村频道", "《乡村振兴资讯》", "广东珠海金湾：电商助脱贫户海鲈卖全国", "2分30秒", "是", "national"],
    ["2021-06-15", "19:00", "金湾区融媒体中心", "金湾电视", "《金湾新闻》", "荔枝季电商促销成效明显", "1分50秒", "否", "county"],
    ["2021-09-07", "18:30", "珠海广播电视台", "珠海一套", "《珠海新闻》", "金湾迎接省电商进农村示范考评", "1分20秒", "否", "city"]];
  const mRows = [["金湾区电子商务进农村宣传　电视播出记录（据各台播出单整理）"], ["序号", "播出日期", "播出时间", "播出机构", "频道", "栏目", "节目内容", "时长", "是否电商扶贫典型案例"]];
  const mRecs = [];
  TV.forEach((t, j) => {
    mRows.push([j + 1, dateCell(t[0], j + 3), t[1], t[2], t[3], t[4], t[5], t[6], t[7]]);
    mRecs.push({ date: t[0], level: t[8], tv: true });
  });

  // ---------------- 专栏监测 (month-end snapshots of the latest update)
  const UPD = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    if (m === "2020-12") continue;
    const [y, mo] = m.split("-").map(Number);
    UPD.push({ d: `${m}-${String(rint(2, Math.min(26, lastDay(y, mo) - 4))).padStart(2, "0")}`, t: `金湾区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  const snaps = monthsBetween("2020-08", "2021-09").map((m) => {
    const [y, mo] = m.split("-").map(Number);
    return `${m}-${String(lastDay(y, mo)).padStart(2, "0")}`;
  });
  const uRows = [["珠海市政府网站监管平台　栏目更新监测记录"], ["监测对象：金湾区人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范　　监测频次：每月末"],
    ["说明：“栏目最近更新日期”为监测时栏目内最新一条信息的发布日期；与上次监测相同的，即两次监测之间栏目未更新。"],
    ["序号", "监测日期", "栏目最近更新日期", "最近更新信息标题", "距监测日（天）", "监测结论"]];
  const uRecs = [];
  const seen = new Set();
  snaps.forEach((sd, j) => {
    const last = UPD.filter((u) => u.d <= sd).pop();
    const days = Math.round((Date.parse(sd) - Date.parse(last.d)) / 86400000);
    uRows.push([j + 1, D(sd), j % 3 === 1 ? dotDate(last.d) : D(last.d), last.t, days, days > 30 ? "超过30天未更新" : "正常"]);
    if (!seen.has(last.d)) {
      seen.add(last.d);
      uRecs.push({ date: last.d });
    }
  });
  assert(uRecs.length === 13 && inWindowMonths(uRecs.map((r) => r.date)) === 11, "l2 13 distinct updates, 11 window months");
  assert(uRows.some((r) => r[5] === "超过30天未更新"), "l2 a stale month");

  // ---------------- 经验材料
  const matRows = [["金湾区电子商务进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "采用情况"],
    [1, "2021年5月18日", "《金湾区“电商＋海鲈”助农增收的做法》", "珠海市商务局", "市商务局《商务工作简报》2021年第12期采用"],
    [2, D("2021-09-08"), "《金湾区电子商务进农村综合示范创建工作总结》", "珠海市商务局", "—"]];
  const matRecs = [{ date: "2021-05-18" }, { date: "2021-09-08" }];
  return {
    description:
      "珠海金湾区商务局台账第三册（七个表）：①《填报说明》不是台账。②《村居名单》上下两段：“一、行政村”表（序号｜镇｜村委会｜是否省定贫困村｜快递进村，镇纵向合并，一村“×（到镇取件）”、一村快递栏空着为未答，贫困村全“否”）和小计行，空一行后“二、社区居委会”另起表头（序号｜镇｜社区居委会｜备注），社区都是非行政村、没有贫困和快递栏。③《站点台账》的“镇/村”一格写“红旗镇/××村”（分隔符有/、／、-，村有“××村委会”写法），开业时间有日期格、序列号、各种文本、只到月的“2021年8月”、9月开业，同村第二站和社区站照列。④《资金台账》单位万元（4位小数），一笔写成“86,500元”按元，“2020年小计”“2021年小计”“合计”行不是记录，9月一笔照列。⑤《电视播出》据电视台播出单整理，没有级别列，级别看播出机构（中央广播电视总台CCTV-17国家级、广东广播电视台省级、珠海广播电视台市级、金湾区融媒体中心县级），全是电视。⑥《专栏监测》是市政府网站监管平台每月末的监测快照（监测日期｜栏目最近更新日期｜标题｜距监测日天数｜结论），一条更新会在下个月的监测里重复出现（2020年12月末仍显示11月那条、“超过30天未更新”），更新记录是不重复的“栏目最近更新日期”。⑦《经验材料》两条，9月一条照列。",
    sheets: [
      { name: "填报说明", rows: notes, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: ["A1:H1"] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "电视播出", rows: mRows, merges: ["A1:I1"] },
      { name: "专栏监测", rows: uRows, merges: ["A1:F1", "A2:F2", "A3:F3"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "资金台账": { kind: "funds", records: fRecs },
        "电视播出": { kind: "media", records: mRecs },
        "专栏监测": { kind: "disclosures", records: uRecs },
        "经验材料": { kind: "materials", records: matRecs },
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
write("counties", "b197-c1-doumen.json", c1);
write("facts", "b197-f1-haojiang.json", f1);
write("facts", "b197-f2-huiyang.json", f2);
write("facts", "b197-f3-xinhui.json", f3);
write("ledgers", "b197-l1-zhenjiang.json", l1);
write("ledgers", "b197-l2-jinwan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
