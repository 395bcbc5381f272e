// Batch 227 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b222.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (227227), no clock. Run: node test/corpus/_b227/gen-b227.js
//
// c1 澄海区 (汕头): the facts sheet is the 第三方服务商's《考评估分测算表》 — 评价指标（分值，纵向合并）｜得分点｜我方数据/现状｜达标线｜
//    得分点预计｜指标预计得分（纵向合并 = claimed）｜风险提示; 达标线 numbers are not facts. Ledgers: 村居概况 one row per town with the
//    village names listed in one cell (、), 站点 (one 村民委员会 spelling decides the 70% tier), the centre's 场地预约登记 as training,
//    a 信用中国 batch-query export with the bureau's 园区 columns, a 账页 of 记账凭证分录 (年 written once), a 月报 matrix (月/日 cells),
//    a CMS export mixing other 栏目, media without a 级别 column, materials, and a 值班表 (not a ledger).
// f1 普宁市 (揭阳): an online 收集表 export — one row per department's submission, questions as numbered columns; each department
//    answers only its own questions, one 作废 resubmission is marked by the clerk; facts are the union of the valid rows.
// f2 梅江区 (梅州): the city system's 填报留痕 export — 填报项｜首次填报值（8月26日）｜市局审核意见｜修改后填报值（9月2日）; the amended
//    value wins where there is one, else the first; "请核实" without an amendment keeps the first value.
// f3 广宁县 (肇庆): a 统计报表-style return (表号/制定机关/批准文号 header, 指标名称｜计量单位｜代码｜本年｜上年同期｜增减%) plus a
//    second 表二 for progress items with 代码 columns, and the 单位负责人/统计负责人/填表人/报出日期 footer.
// l1 梅县区 (梅州): ① the 结业考核成绩单 as the training ledger (补考 rows are the same training, not another person-time);
//    ② poor persons grouped by household (户编号/户主 only on the first row of a household); ③ 填表说明 (not a ledger).
// l2 始兴县 (韶关): ① the park's 入驻企业营业收入月报 (firms as rows, 12 month columns of revenue are noise, 合计 row not a firm);
//    ② a 剪报索引 (media by 报纸/版次, level from a 级别 column that uses 中央/省/市/县); ③ a hidden 下拉选项 sheet.
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
let seed = 227227;
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
    assert(/^b227-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b227-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b227-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 汕头市澄海区: 服务商《考评估分测算表》＋ 10 个台账 ＋ 值班表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["凤翔街道", "广益街道", "澄华街道", "莲上镇", "莲下镇", "莲华镇", "东里镇", "盐鸿镇", "上华镇", "溪南镇", "隆都镇"];
  const NV = [3, 2, 4, 11, 12, 8, 10, 9, 12, 13, 14];
  const NC = [6, 5, 6, 2, 2, 1, 2, 1, 1, 1, 1];
  const vn = villageNamer("南北东西上下新大前后塘沙湖港美冠洲渡围溪", "头尾美兴内外埔寮洋林园墩围陇篮");
  const cn = nameMaker("城文华凤广澄新兴", "南北中东西安平和", "社区");
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cn(), admin: false, poor: null });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 98 && comms.length === 28, "c1 villages " + adminV.length + "/" + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const rural = adminV.filter((v) => !v.town.endsWith("街道"));
  const poorList = shuffle(rural).slice(0, 9);
  for (const v of poorList) v.poor = true;

  // ---------------- 村居概况: one row per town, names listed in one cell
  const vRows = [padRow(["澄海区各镇（街道）村（居）委会概况"], 7), padRow(["（据区民政局2021年村（居）委会换届名单整理；省定贫困村据区乡村振兴局名单）"], 7),
    ["序号", "镇（街道）", "村民委员会（个）", "村民委员会名单", "社区居民委员会（个）", "社区名单", "其中省定贫困村"]];
  const vRecs = [];
  TOWNS.forEach((t, ti) => {
    const vs = villages.filter((v) => v.town === t && v.admin);
    const cs = villages.filter((v) => v.town === t && !v.admin);
    const ps = vs.filter((v) => v.poor);
    vRows.push([ti + 1, t, vs.length, vs.map((v) => v.name).join("、"), cs.length, cs.map((c) => c.name).join("、"), ps.length ? ps.map((v) => v.name).join("、") : "—"]);
    for (const v of vs) vRecs.push({ name: v.name, admin: true, poor: v.poor });
    for (const c of cs) vRecs.push({ name: c.name, admin: false });
  });
  vRows.push([null, "合计", adminV.length, null, comms.length, null, `${poorList.length}个`]);
  vRows.push(padRow(["注：社区居民委员会不属行政村，不计入站点覆盖率。"], 7));

  // ---------------- 站点清单
  const stations = [];
  const np = shuffle(adminV.filter((v) => !v.poor));
  for (const v of poorList) stations.push({ v, opened: randIsoBetween("2020-06-01", "2021-07-31") });
  for (const v of np.slice(0, 59)) stations.push({ v, opened: randIsoBetween("2020-06-01", "2021-08-25") });
  // the decisive station: written 村民委员会
  const decisive = np[59];
  stations.push({ v: decisive, opened: "2021-08-18", spell: "村民委员会" });
  stations.push({ v: np[5], opened: randIsoBetween("2021-02-01", "2021-06-30"), second: true });
  stations.push({ v: np[60], opened: "2021-09-03" });
  stations.push({ v: np[61], opened: "2021-09-14" });
  stations.push({ v: comms[0], opened: "2020-12-10", comm: true });
  stations.push({ v: comms[8], opened: "2021-04-22", comm: true });
  const covered = new Set(stations.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 69 && poorCovered === 9, "c1 covered " + covered.size);
  assert(ratioGE(covered.size, adminV.length, 70) && !ratioGE(covered.size - 1, adminV.length, 70), "c1 decisive station");
  const tIdx = (t) => TOWNS.indexOf(t);
  stations.sort((a, b) => tIdx(a.v.town) - tIdx(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["澄海区村级电子商务服务站点清单"], 9), padRow(["填报单位：澄海区商务局（盖章）　　　　　　统计时间：2021年9月15日"], 9),
    ["站点编号", "站点名称", "镇（街道）", "所在村（居）", "详细地址", "负责人", "联系电话", "建成日期", "服务内容"]];
  const sRecs = [];
  const TCODE = ["FX", "GY", "CH", "LS", "LX", "LH", "DL", "YH", "SH", "XN", "LD"];
  const cnt = {};
  stations.forEach((s, i) => {
    const t = s.v.town;
    cnt[t] = (cnt[t] || 0) + 1;
    const stem = s.v.name.replace(/村$|社区$/, "");
    let vill = s.v.name;
    if (s.spell) vill = stem + "村民委员会";
    else if (!s.comm && i % 4 === 1) vill = stem + "村委会";
    else if (s.comm) vill = s.v.name + "居委会";
    const dc = i % 7 === 5 ? twoDot(s.opened) : i % 7 === 6 ? yyyymmdd(s.opened) : dateCell(s.opened, i);
    sRows.push([`CH-${TCODE[tIdx(t)]}-${pad3(cnt[t])}`, s.second ? `${stem}村电商服务站（二）` : s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站`, t, vill,
      `汕头市澄海区${t}${stem}${s.comm ? "社区" : "村"}${["文化室", "老人活动中心旁", "村委会一楼", "综合服务中心"][i % 4]}`, personName(), mask(phone()), dc,
      ["代购代销、快递收发", "代缴费、快递代收", "农产品代销、小额信贷"][i % 3]]);
    sRecs.push({ village: vill, opened: s.opened });
  });
  sRows.push(padRow([null, `合计：站点${stations.length}个`], 9));
  sRows.push(padRow(["填表人：林××　　审核人：陈××"], 9));

  // ---------------- 场地预约登记 (training)
  const tRows = [padRow(["澄海区电子商务公共服务中心场地使用预约登记表"], 10),
    padRow(["说明：中心培训室、直播间、会议室统一预约使用；电商培训的参训人次以“实到人数”为准，取消的预约不开展活动。"], 10),
    ["预约编号", "使用日期", "时段", "场地", "使用单位", "用途", "预约人数", "实到人数", "状态", "登记人"]];
  const tRecs = [];
  const TRAIN = ["农村电商基础知识培训", "网店开设与运营培训", "短视频直播带货培训", "玩具跨境电商培训", "农产品网络营销培训", "电商扶贫专场培训"];
  const OTHER = [["二楼直播间", "入驻企业", "企业直播带货"], ["三楼会议室", "区商务局", "电商企业座谈会"], ["一楼展厅", "区委办", "参观接待"],
    ["三楼会议室", "中心运营部", "党支部会议"], ["二楼直播间", "澄海玩具协会", "新品直播发布"]];
  const entries = [];
  let d = "2020-09-05";
  let k = 0;
  while (d <= "2021-09-20") {
    k++;
    if (k % 4 === 0) {
      const o = OTHER[k % OTHER.length];
      entries.push({ d, kind: "other", o });
    } else if (k === 22) {
      entries.push({ d, kind: "cancel" });
    } else {
      const two = k % 9 === 2;
      entries.push({ d, end: two ? isoAdd(d, 1) : d, kind: "train", n: rint(85, 125), topic: TRAIN[k % TRAIN.length] });
    }
    d = isoAdd(d, rint(4, 8));
  }
  entries.forEach((e, i) => {
    const no = `YY${e.d.slice(0, 4)}${pad3(i + 1)}`;
    if (e.kind === "other") {
      tRows.push([no, dateCell(e.d, i), ["上午", "下午", "全天"][i % 3], e.o[0], e.o[1], e.o[2], rint(10, 40), rint(8, 40), "已使用", "黄××"]);
    } else if (e.kind === "cancel") {
      tRows.push([no, dateCell(e.d, i), "全天", "一楼培训室", "莲华镇人民政府", "农村电商基础知识培训", 100, null, "已取消（台风）", "黄××"]);
    } else {
      const dc = e.end !== e.d ? `${dotDate(e.d)}-${ymd(e.end)[2]}` : dateCell(e.d, i);
      const booked = e.n + rint(0, 15);
      const ncell = i % 6 === 3 ? `${e.n}人` : e.n;
      tRows.push([no, dc, e.end !== e.d ? "两天" : ["上午", "下午", "全天"][i % 3], e.topic.includes("直播") ? "二楼直播间" : "一楼培训室",
        ["区商务局", "区乡村振兴局", "区妇联", "团区委", "区人社局"][i % 5], e.topic, booked, ncell, "已使用", "黄××"]);
      tRecs.push({ date: e.end, personTimes: e.n, id: null });
    }
  });
  for (const e of entries) if (e.kind === "train") assert(ymd(e.end)[1] === ymd(e.d)[1], "c1 two-day session within a month");
  const ptCut = sum(tRecs.filter((r) => r.date <= CUT).map((r) => r.personTimes));
  assert(tRecs.some((r) => r.date > CUT), "c1 a September session");
  assert(ptCut >= 4000 && ptCut < 5000, "c1 person-times " + ptCut);

  // ---------------- 信用中国批量查询 (enterprises)
  const firmName = nameMaker("澄玩星乐泰宏凯金汇", "美达宝兴源鑫诚", "", []);
  const TY = ["平台型电商", "网店销售", "网店销售", "网店销售", "电商代运营", "快递物流", "直播电商", "玩具跨境电商", "网店销售", "电商代运营",
    "平台型电商", "网店销售", "直播电商", "快递物流", "网店销售", "玩具跨境电商", "网店销售", "直播电商", "电商代运营", "网店销售", "网店销售", "快递物流", "网店销售"];
  const firms = TY.map((t, i) => {
    const nm = firmName();
    const suffix = t === "快递物流" ? "供应链管理有限公司" : t.includes("跨境") ? "玩具实业有限公司" : "电子商务有限公司";
    return { key: `澄海${nm}`, name: `汕头市澄海区${nm}${suffix}`, code: creditCode("440515"), type: t, entered: randIsoBetween("2020-06-15", "2021-08-20"), left: null,
      est: randIsoBetween("2012-01-01", "2020-05-30"), status: "存续（在营、开业、在册）" };
  });
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-04-30";
  firms[4].status = "注销";
  firms[9].left = "2021-07-15";
  firms[12].left = "2021-10-08";
  firms[21].entered = "2021-09-01";
  firms[22].entered = "2021-09-16";
  // an individual shop the query could not match: keyword only
  firms[7].noMatch = true;
  firms[7].key = "澄海区小林玩具网店";
  firms[7].name = "澄海区小林玩具网店";
  firms[7].type = "网店销售";
  firms.sort((a, b) => cmp(a.entered, b.entered));
  for (const f of firms) assert(f.left === null || f.entered < f.left, "c1 entered before left " + f.name);
  assert(tRows.some((r) => typeof r[7] === "string" && /^\d+人$/.test(r[7]) && r[8] === "已使用"), "c1 a “×人” text cell");
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const normT = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set(inPark.map((f) => normT(f.type)));
  assert(inPark.length === 19 && types.size >= 3, "c1 park " + inPark.length);
  const eRows = [padRow(["企业信用信息批量查询结果（信用中国（广东）导出，导出时间：2021-09-03 15:42）"], 11),
    padRow(["查询结果（系统导出）", null, null, null, null, null, null, null, "园区登记（区商务局电商股补充）"], 11),
    ["序号", "查询关键词", "企业名称", "统一社会信用代码", "登记状态", "成立日期", "法定代表人", "注册资本（万元）", "经营类型", "入驻日期", "退园日期"]];
  const eRecs = [];
  firms.forEach((f, i) => {
    const ec = i % 5 === 2 ? cnDate(f.entered) : dateCell(f.entered, i + 1);
    const lc = f.left === null ? null : f.left === "2021-04-30" ? "2021.4.30" : dateCell(f.left, i);
    if (f.noMatch) eRows.push([i + 1, f.key, "未查询到匹配企业", null, null, null, null, null, f.type, ec, lc]);
    else eRows.push([i + 1, f.key, f.name, f.code, f.status, f.est, personName(), [50, 100, 200, 10, 30][i % 5], f.type, ec, lc]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });
  eRows.push(padRow(["注：“澄海区小林玩具网店”为个体工商户，系统未匹配；退园日期为空的为在园企业。"], 11));
  const eMerges = ["A1:K1", "A2:H2", "I2:K2", `A${eRows.length}:K${eRows.length}`];

  // ---------------- 账页 (funds): 年 written once per year, 月|日
  const ALLOC = 5000000;
  const pays = [
    ["2020-08-20", 1280000, "付公共服务中心装修及设备款"], ["2020-10-15", 286500, "付村级站点建设费（第一批）"], ["2020-11-26", 193200, "付电商培训服务费（第一期）"],
    ["2020-12-28", 412800, "付物流配送中心建设款"], ["2021-01-25", 238600, "付村级站点建设费（第二批）"], ["2021-03-18", 175400, "付农产品品牌推广费"],
    ["2021-04-23", 321750, "付公共服务中心运营费"], ["2021-05-27", 186300, "付电商培训服务费（第二期）"], ["2021-06-10", 256400, "付物流配送车辆购置款"], ["2021-06-30", 264900, "付溯源系统建设款"],
    ["2021-07-29", 198650, "付村级站点建设费（第三批）"], ["2021-08-26", 142380, "付直播基地设备款"], ["2021-09-17", 366000, "付公共服务中心建设尾款"],
  ];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["明　细　账"], 8), padRow(["科目：项目支出—省级电子商务进农村综合示范专项资金　　　　　　　单位：元"], 8),
    ["年", "月", "日", "凭证字号", "摘要", "科目", "借方金额", "贷方金额"]];
  let lastY = null;
  const pushLine = (iso, vno, memo, acct, dr, cr, first) => {
    const [y, m, dd] = ymd(iso);
    fRows.push([first && y !== lastY ? `${y}年` : null, first ? m : null, first ? dd : null, first ? vno : null, memo, acct, dr, cr]);
    if (first) lastY = y;
  };
  pushLine("2020-07-10", "记-015", "收到省级专项资金", "零余额账户用款额度", ALLOC, null, true);
  pushLine("2020-07-10", null, "收到省级专项资金", "财政拨款收入", null, ALLOC, false);
  const fRecs = [];
  pays.forEach((p, i) => {
    const vno = `记-${pad3(20 + i * 7)}`;
    pushLine(p[0], vno, p[2], "项目支出—电子商务进农村", p[1], null, true);
    pushLine(p[0], null, p[2], "零余额账户用款额度", null, p[1], false);
    fRecs.push({ date: p[0], amount: p[1] });
  });
  fRows.push([null, null, null, null, "本年累计（截至9月17日）", null, ALLOC + sum(pays.map((p) => p[1])), ALLOC + sum(pays.map((p) => p[1]))]);
  fRows.push(padRow([null, null, null, null, "注：借方“项目支出”为资金拨付，贷方为资金来源或用款额度减少。"], 8));

  // ---------------- 月报 matrix
  const months = monthsBetween("2020-08", "2021-08");
  const rHead = ["报送事项"].concat(months.map((m) => cnMonth(m)));
  const r1 = ["月度工作进展报告"];
  const r2 = ["电商扶贫统计表"];
  const rRecs = [];
  const POVM = new Set(["2020-08", "2020-11", "2021-02", "2021-05", "2021-08"]);
  months.forEach((m, i) => {
    const [y, mo] = m.split("-").map(Number);
    const nx = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    const dd = `${nx}-${String(rint(3, 9)).padStart(2, "0")}`;
    const [, nm, nd] = ymd(dd);
    r1.push(`${nm}/${nd}`);
    const pov = POVM.has(m);
    r2.push(pov ? `${nm}/${nd}` : null);
    rRecs.push(pov ? { date: dd, poverty: true } : { date: dd });
  });
  const rW = rHead.length;
  const rRows = [padRow(["澄海区向汕头市商务局报送情况登记（2020年8月—2021年8月）"], rW), padRow(["格内为报送日期（月/日），报送日期为所属月份的次月；空白为当月未报送该表。"], rW),
    padRow(["", "所属月份"], rW), rHead, r1, r2];
  const rMerges = [`A1:${colName(rW - 1)}1`, `A2:${colName(rW - 1)}2`, `B3:${colName(rW - 1)}3`, "A3:A4"];
  rRows[2][0] = "报送事项";
  rRows[3][0] = null;
  const repIn = inWindowMonths(rRecs.map((r) => r.date).filter((x) => x <= CUT));
  assert(repIn === 12, "c1 report months " + repIn);

  // ---------------- CMS export (disclosures)
  const COL = "首页>专题专栏>电子商务进农村综合示范";
  const others = ["首页>政务公开>通知公告", "首页>政务动态>部门动态", "首页>政务公开>政策文件"];
  const posts = [];
  for (const m of WINDOW) {
    if (m === "2021-01") {
      posts.push({ d: "2021-01-19", col: COL, st: "草稿", t: "澄海区电子商务进农村综合示范项目建设进度（2021年1月）" });
      posts.push({ d: "2021-01-22", col: others[1], st: "已发布", t: "区商务局开展年货节电商促销活动" });
      continue;
    }
    posts.push({ d: `${m}-${String(rint(10, 27)).padStart(2, "0")}`, col: COL, st: "已发布", t: `澄海区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
    if (rnd() < 0.5) posts.push({ d: `${m}-${String(rint(1, 9)).padStart(2, "0")}`, col: others[rint(0, 2)], st: "已发布", t: ["关于做好电商企业统计工作的通知", "我区举办农村电商培训班", "澄海区促进电子商务发展若干措施解读"][rint(0, 2)] });
  }
  posts.push({ d: "2020-08-14", col: COL, st: "已发布", t: "澄海区电子商务进农村综合示范创建工作方案" });
  posts.push({ d: "2021-09-13", col: COL, st: "已发布", t: "澄海区电子商务进农村综合示范项目建设进度（2021年9月）" });
  posts.sort((a, b) => cmp(b.d, a.d)); // CMS lists newest first
  const uRows = [["文章ID", "标题", "所属栏目", "发布人", "发布时间", "状态", "点击量"]];
  const uRecs = [];
  posts.forEach((p, i) => {
    uRows.push([String(88000 + (posts.length - i) * 13), p.t, p.col, ["商务局-林", "商务局-陈", "信息中心"][i % 3], `${p.d} ${hms()}`, p.st, p.st === "草稿" ? 0 : rint(30, 900)]);
    if (p.col === COL && p.st === "已发布") uRecs.push({ date: p.d });
  });
  const disMonths = inWindowMonths(uRecs.map((r) => r.date).filter((x) => x <= CUT));
  assert(disMonths === 11, "c1 disclosure months " + disMonths);

  // ---------------- 宣传报道 (no 级别 column)
  const media = [
    ["2020-12-16", "澄海融媒", "网络", "澄海：村级电商服务站打通快递进村最后一公里", "否", "county", false],
    ["2021-03-24", "人民网", "网络", "广东澄海：小玩具搭上电商快车", "否", "national", false],
    ["2021-05-20", "汕头广播电视台《汕头新闻》", "电视", "澄海电商扶贫：贫困户网上卖狮头鹅", "是", "city", true],
    ["2021-07-08", "澄海电视台", "电视", "我区举办电商直播带货大赛", "否", "county", true],
    ["2021-09-02", "汕头日报", "报纸", "澄海农村电商示范区建设见成效", "否", "city", false],
  ];
  const mRows = [padRow(["澄海区电子商务进农村宣传报道登记"], 6), ["序号", "报道日期", "媒体", "形式", "标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  media.forEach((x, i) => {
    mRows.push([i + 1, dateCell(x[0], i + 1), x[1], x[2], x[3], x[4]]);
    mRecs.push({ date: x[0], level: x[5], tv: x[6] });
  });

  // ---------------- 经验材料
  const matRows = [padRow(["经验材料、典型案例报送登记"], 5), ["序号", "报送日期", "文号", "材料名称", "报送单位"],
    [1, "2021年6月15日", "澄商务〔2021〕45号", "澄海区“电商＋玩具产业带＋村级站点”经验做法", "汕头市商务局"],
    [2, D("2021-09-06"), "澄商务〔2021〕71号", "澄海区电商扶贫典型案例（狮头鹅）", "汕头市商务局"]];
  const matRecs = [{ date: "2021-06-15" }, { date: "2021-09-06" }];

  // ---------------- 值班表 (not a ledger)
  const dutyRows = [padRow(["澄海区电子商务公共服务中心2021年8月值班安排表"], 5), ["日期", "星期", "值班人员", "联系电话", "备注"]];
  for (let dd = 1; dd <= 31; dd += 3) {
    const iso = `2021-08-${String(dd).padStart(2, "0")}`;
    dutyRows.push([D(iso), `星期${weekday(iso)}`, personName(), mask(phone()), weekday(iso) === "六" || weekday(iso) === "日" ? "周末值班" : null]);
  }

  // ---------------- facts sheet: 估分测算表
  const ELIG = 1836, TRAINED = 1012;
  const r19 = 2530000000, r20 = 3120000000, a19 = 312000000, a20 = 421000000;
  assert(!((r20 - r19) * 100 >= 30 * r19) && (a20 - a19) * 100 >= 30 * a19, "c1 growth");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8,
    "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const FW8 = 8;
  const fr = [padRow(["汕头市澄海区电子商务进农村综合示范创建考评估分测算表"], FW8),
    padRow(["测算单位：广东澄电电子商务运营服务有限公司（示范项目第三方运营服务商）　　数据截至：2021年8月31日　　测算日期：2021年9月6日"], FW8),
    padRow(["基本数据：常住人口71.93万人（七普）；村民委员会98个、社区居民委员会28个；省定贫困村9个；省级下达专项资金500万元。"], FW8),
    ["序号", "评价指标（分值）", "得分点", "我方数据／现状", "达标线", "得分点预计", "指标预计得分", "风险提示"]];
  const fm = ["A1:H1", "A2:H2", "A3:H3"];
  let no = 0;
  const block = (label, id, items) => {
    const r0 = fr.length + 1;
    items.forEach((it, j) => {
      no++;
      fr.push([no, j === 0 ? label : null, it[0], it[1], it[2], it[3] === undefined ? null : it[3], j === 0 && id ? claimed[id] : null, it[4] || null]);
    });
    const r1 = fr.length;
    if (r1 > r0) fm.push(`B${r0}:B${r1}`, `G${r0}:G${r1}`);
  };
  block("组织领导（2分）", "org.leadership", [["主要领导牵头、多部门参与", "区长任领导小组组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、澄海邮政分公司", "主要领导牵头＋商务财政农业扶贫参与", 2]]);
  block("方案制定（2分）", "org.plan", [["正式印发工作方案", "《澄海区电子商务进农村综合示范创建工作方案》已于2020年5月印发（澄府办〔2020〕22号）", "正式印发", 2]]);
  block("政策支持（2分）", "org.policy", [["出台支持政策并落实", "已出台《澄海区促进农村电子商务发展若干措施》，落实情况一般", "出台并落实", 1, "政策兑现资料偏少"]]);
  block("项目管理（4分）", "org.management", [["项目管理制度", "已制定项目管理办法，验收按制度执行", "1-2分", 2], ["工作台账", "台账已建，部分项目过程记录不全", "1-2分", 1, "补齐站点建设过程资料"]]);
  block("县级中心与产业园（15分）", "work.center", [
    ["建成县级公共服务中心", "2020年11月18日投入运营", "建成", 2], ["正常运行6个月以上", "至8月31日已运行9个多月", "≥6个月", 2],
    ["免费培训场所、设备", "一楼培训室120座、电脑50台，免费开展基础培训", "有", 2], ["特色农产品免费展示销售", "狮头鹅、橄榄、玩具等展销区，免费", "有", 1],
    ["免费摄影美工", "二楼摄影棚，为入驻企业和农户免费拍摄、作图", "有", 1], ["品牌推广", "“澄海好物”区域品牌统一推广", "有", 1],
    ["其他衍生增值服务", "暂未开展（金融、法律对接计划四季度启动）", "有", 0, "此项不得分"],
    ["电商产业园", "整合澄华电商产业园，2020年6月投入使用", "建设或整合", 2], ["入驻企业≥20家", "入驻企业20家（含9月1日新入驻1家）", "≥20家", 2, "如按8月31日口径可能不足20家"],
    ["企业类型≥3种", "平台、网店、代运营、物流、直播、跨境等", "≥3种", 1]]);
  block("村级站点覆盖（10分）", "work.coverage", [["行政村覆盖率", `已建站行政村${covered.size}个，覆盖率约${pct1(covered.size, adminV.length)}`, "≥70%", 5, "刚过线，核对村名"], ["省定贫困村覆盖", "9个省定贫困村全部建站", "100%", 5]]);
  block("农村产品上行（10分）", "work.upward", [
    ["网销调研", "形成《澄海区农产品网络销售调研报告》", "1-2分", 2], ["网络促销活动", "举办“玩具电商节”线上促销，成效一般", "1-2分", 1],
    ["专业第三方运营服务商", "本公司为第三方运营服务商", "有", 1], ["行政村快递覆盖100%", "98个行政村快递全覆盖", "100%", 1],
    ["交易标准、冷链溯源", "狮头鹅溯源系统上线，交易标准在制定中", "1-2分", 1],
    ["网络零售额增速≥30%", "2020年农村网络零售额31.2亿元（2019年25.3亿元）；农产品网络零售额4.21亿元（2019年3.12亿元）", "≥30%", 2]]);
  block("电商人才培训（20分）", "work.training", [
    ["培训人次占常住人口比例", "按中心场地预约登记统计（常住人口超50万按50万计）", "≥1%", 8, "差约500人次满分"],
    ["贫困人口培训率", `有劳动能力的建档立卡贫困人口（不含外出务工）${fmtInt(ELIG)}人，已参训${fmtInt(TRAINED)}人`, "≥50%", 10]]);
  block("信息公开（4分）", "info.disclosure", [["专栏内容齐全", "专栏已公示创建方案、项目基本信息、建设进度，设监督举报电话", "四项齐全", 2], ["按月更新", "每月更新", "每月", 2, "1月稿件未发布，需核对"]]);
  block("数据上报（6分）", "info.reporting", [["每月报送", "每月上旬向汕头市商务局报送", "每月", 3], ["电商扶贫统计", "能统计，按季度附电商扶贫统计表", "能统计", 3]]);
  block("案例总结（2分）", "promo.cases", [["报送经验材料", "2021年6月报送经验做法", "≥1篇", 2]]);
  block("经验推广（8分）", "promo.media", [["省级及以上报道", "人民网报道", "有", 4], ["市级报道", "汕头台《汕头新闻》", "有", 3], ["县级报道", "澄海融媒、澄海电视台", "有", 1]]);
  block("制度建立（5分）", "fund.system", [["资金管理制度", "《专项资金管理办法》已印发", "1-5分", 4]]);
  block("资金台账（5分）", "fund.ledger", [["资金专用台账", "财政专户明细账，承建单位台账齐全", "1-5分", 4]]);
  block("资金支出（5分）", "fund.spending", [["支出率≥70%且及时拨付", "截至8月31日按明细账计", "≥70%", 4]]);
  block("加分：贫困人口培训率≥70%（2分）", "bonus.poorTraining", [["贫困人口培训率≥70%", `${pct1(TRAINED, ELIG)}`, "≥70%", 0, "达不到"]]);
  block("加分：电商扶贫典型案例获电视播报（2分）", "bonus.tvCase", [["电视播报典型案例", "2021年5月20日汕头台播出狮头鹅电商扶贫案例", "国家台2分/省台1分", 1, "市台能否算存疑"]]);
  block("一票否决", null, [["安全生产、质量事故或重大损失", "未发生", "无", null], ["项目总体进度", "总体进度90%", "≥40%", null], ["弄虚作假", "无", "无", null]]);
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push(padRow([null, "预计合计", null, null, null, null, `${sumClaim}＋${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}`, null], FW8));
  for (const r of fr) assert(r.length === FW8, "c1 fact width");

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const covBase = Math.min(adminV.length, 200);
  const covPts = (ratioGE(covered.size, covBase, 70) ? 5 : ratioGE(covered.size, covBase, 50) ? 2 : 0) + (poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0);
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const BASE = 500000;
  const ptPts = ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0;
  const poorPts = ratioGE(TRAINED, ELIG, 50) ? 10 : ratioGE(TRAINED, ELIG, 40) ? 8 : ratioGE(TRAINED, ELIG, 30) ? 6 : 0;
  const mediaIn = mRecs.filter((m) => m.date <= CUT);
  const lv = new Set(mediaIn.map((m) => m.level));
  const mediaPts = (lv.has("national") || lv.has("province") ? 4 : 0) + (lv.has("city") ? 3 : 0) + (lv.has("county") ? 1 : 0);
  assert(centerPts === 12 && covPts === 10 && upPts === 8 && ptPts === 8 && poorPts === 10 && mediaPts === 8, "c1 pts " + [centerPts, covPts, upPts, ptPts, poorPts, mediaPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": ptPts + poorPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0),
    "info.reporting": (repIn === 12 ? 3 : 1) + 3, "promo.cases": 2, "promo.media": mediaPts, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(TRAINED, ELIG, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 87 && bonus === 0 && pays.filter((p) => p[0] <= CUT).length === 12, "c1 total " + scored + "+" + bonus);
  const two = entries.find((e) => e.kind === "train" && e.end !== e.d);
  const derivation = [
    "org.leadership: 估分表“区长任领导小组组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局…” → 主要领导牵头且四部门都参与 → 2",
    "org.plan: 方案2020年5月正式印发，得分点预计2 → 2",
    "org.policy: 政策已出台，得分点预计1 → 1",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    `work.center: 中心2020-11-18投入运营（≤2021-02-28） → 2＋2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“暂未开展” → 0；产业园已整合 → 2；《信用中国查询》按“入驻日期/退园日期”截至8月31日在园${inPark.length}家（2021.4.30注销退园、2021-07-15退园的不算，2021-10-08退园的算，2021-09-01和2021-09-16入驻的不算；未匹配的个体户“澄海区小林玩具网店”照算；“成立日期”不是入驻日期） < 20 → 0；类型${types.size}种 ≥ 3 → 1；合计12（预计14，把9月1日入驻的算进了20家）`,
    `work.coverage: 《村居概况》村民委员会名单里行政村${adminV.length}个（社区28个不算）；《站点清单》截至8月31日有站的行政村${covered.size}个（${decisive.name}写作“${decisive.name.replace(/村$/, "")}村民委员会”，8月18日建成，算；同村二站算一次；两个社区服务点不算；2021-09-03、2021-09-14建成的不算） → ${covered.size}/${adminV.length} = ${pct1(covered.size, adminV.length)} ≥ 70% → 5（漏认“村民委员会”那一站就只有${covered.size - 1}/${adminV.length} = ${pct1(covered.size - 1, adminV.length)} → 2）；省定贫困村9个全部有站 → 5；合计10`,
    "work.upward: 调研2、促销1、交易标准与溯源1；第三方运营服务商 → 1；村居概况没有快递列，由事实“98个行政村快递全覆盖” → 1；农村网零25.3→31.2亿元增23.3%不够，农产品网零3.12→4.21亿元增34.9% ≥ 30% → 2；合计8",
    `work.training: 常住人口71.93万 → 基数500,000；《场地预约登记》只算用途是电商培训且“已使用”的预约，人次取“实到人数”（“预约人数”不是；“已取消（台风）”那次不算；企业直播、座谈会、参观接待、党支部会议不算；两天班“${dotDate(two.d)}-${ymd(two.end)[2]}”按结束日；“×人”文本照读），截至8月31日${fmtInt(ptCut)}人次（9月那期不算） → ${pct2(ptCut, BASE)}，0.8%—1% → 8；贫困人口无名单，用事实：${fmtInt(TRAINED)}/${fmtInt(ELIG)} = ${pct1(TRAINED, ELIG)} ≥ 50% → 10；合计18`,
    "info.disclosure: 专栏公示方案、项目信息、建设进度并设监督举报电话 → 2；CMS导出只算“所属栏目”为电子商务进农村专栏且“已发布”的：2021年1月只有一条“草稿”（另一条是部门动态栏目），其余11个月都有 → 不定时 1；合计3（预计4）",
    "info.reporting: 《月报报送》所属月份2020年8月—2021年8月每月都有报送日期（月/日写在次月），2020年9月—2021年8月每个月都有报送 → 3；电商扶贫统计表按季度报送（事实“能统计”） → 3；合计6",
    "promo.cases: 2021年6月15日向汕头市商务局报送经验做法 → 2（9月6日那篇在截止日后）",
    "promo.media: 报道台账没有级别列，按媒体判断：人民网（国家级）→ 4；汕头广播电视台《汕头新闻》2021-05-20（市级）→ 3；澄海融媒、澄海电视台（县级）→ 1；合计8（汕头日报2021-09-02在截止日后）",
    "fund.system: 预计4 → 4",
    "fund.ledger: 预计4 → 4",
    `fund.spending: 《明细账》借方“项目支出”每张凭证算一笔（收到省级专项资金那张是来源，贷方“零余额账户用款额度”是同一笔的对方科目，不重复算；年份只写在每年第一行），截至8月31日12笔合计${fmtMoney(spent)}元（2021-09-17尾款不算）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付预计4 → 4`,
    `bonus.poorTraining: ${pct1(TRAINED, ELIG)} < 70% → 0`,
    "bonus.tvCase: 电商扶贫典型案例只在汕头广播电视台（市级电视）播出，不是国家或省级电视 → 0（预计1）",
    "veto.incident: “未发生” → 不否决",
    "veto.progress: 总体进度90% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      `汕头澄海区商务局整本考评工作簿（11个表：服务商估分测算表＋9个台账＋值班表），${scored}分、无加分、未否决（服务商预计${sumClaim}＋1）：事实表是第三方运营服务商做的《考评估分测算表》——评价指标（分值，纵向合并）｜得分点｜我方数据／现状｜达标线｜得分点预计｜指标预计得分（纵向合并，claimed）｜风险提示，“达标线”里的≥70%、≥20家不是数据；台账有一镇一行、村名用顿号写在一格里的村居概况，站点清单里一个“村民委员会”写法恰好决定70%档，中心《场地预约登记》当培训台账（只算电商培训、已使用、按实到人数），信用中国批量查询导出加园区登记列（在园19家），账页式明细账（年只写一次、借贷两行一张凭证），月报按月成列（格内月/日），CMS导出混有其他栏目和草稿，报道无级别列（市台播的扶贫案例不算加分）。`,
    sheets: [
      { name: "估分测算表", rows: fr, merges: fm },
      { name: "村居概况", rows: vRows, merges: ["A1:G1", "A2:G2", `A${vRows.length}:G${vRows.length}`] },
      { name: "站点清单", rows: sRows, merges: ["A1:I1", "A2:I2"] },
      { name: "场地预约登记", rows: tRows, merges: ["A1:J1", "A2:J2"] },
      { name: "信用中国查询", rows: eRows, merges: eMerges },
      { name: "明细账", rows: fRows, merges: ["A1:H1", "A2:H2"] },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏CMS导出", rows: uRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "值班表", rows: dutyRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
    _ledgers: { vRecs, sRecs, tRecs, eRecs, fRecs, rRecs, uRecs, mRecs, matRecs },
  };
}


// =====================================================================================================
// f1 — 揭阳市普宁市: 在线收集表导出（一行一个部门的提交，题目是列）
// =====================================================================================================
function buildF1() {
  const Q = [
    "1. 填报单位", "2. 县（市、区）", "3. 常住人口（万人）", "4. 行政村数（个）", "5. 省定贫困村数（个）", "6. 领导小组组长（填职务）", "7. 领导小组成员单位（多选）",
    "8. 示范县工作方案是否已正式印发", "9. 方案制定自评（1-2分）", "10. 是否已出台支持农村电商发展的政策", "11. 政策支持自评（1-2分）",
    "12. 项目管理制度自评（1-2分）", "13. 工作台账自评（1-2分）", "14. 县级电商公共服务中心投入运营日期", "15. 公共服务中心免费提供的服务（多选）",
    "16. 是否建设或整合电商产业园", "17. 是否有专业第三方电商运营服务商", "18. 行政村物流快递覆盖率是否达100%", "19. 网销调研自评（1-2分）",
    "20. 网络促销活动自评（1-2分）", "21. 交易标准与冷链溯源自评（1-2分）", "22. 2019年农村网络零售额（万元）", "23. 2020年农村网络零售额（万元）",
    "24. 累计电商培训人次", "25. 有劳动能力的建档立卡贫困人口数（不含外出务工，人）", "26. 其中参加电商培训人数（人）", "27. 政府网站专栏已公示内容（多选）",
    "28. 能否统计电商扶贫情况", "29. 省级下达专项资金（万元）", "30. 累计拨付资金（万元）", "31. 是否已制定专项资金管理制度", "32. 是否已建立资金专用台账",
    "33. 资金管理制度自评（1-5分）", "34. 资金台账自评（1-5分）", "35. 资金及时拨付自评（1-5分）", "36. 项目总体进度（%）",
    "37. 是否发生安全生产、质量事故或重大损失", "38. 是否存在弄虚作假",
  ];
  const head = ["编号", "提交时间", "提交者", "填写时长"].concat(Q).concat(["汇总备注（电商股）"]);
  const W = head.length;
  const idx = (n) => 3 + n; // question n (1-based) -> column index
  const row = (no, time, who, dur, ans, note) => {
    const r = padRow([no, time, who, dur], W);
    for (const [n, v] of Object.entries(ans)) r[idx(Number(n))] = v;
    r[W - 1] = note || null;
    return r;
  };
  const rows = [head];
  rows.push(row(1, "2021-09-01 10:12:37", "普宁商务-电商股陈", "12分41秒", {
    1: "普宁市商务局", 2: "普宁市", 4: "492", 5: "35", 6: "市长", 7: "商务局┋财政局┋农业农村局┋乡村振兴局┋交通运输局┋市场监管局",
    8: "是", 9: "2", 10: "是", 11: "2", 12: "2", 13: "2", 14: "2021-01-08", 15: "免费培训场所及设备┋特色农产品免费展示销售┋农产品统一推广及品牌建设",
    16: "是", 17: "是", 18: "是", 19: "1", 20: "2", 21: "1", 24: "5,312", 27: "创建方案┋项目基本信息┋项目建设进度", 28: "能", 36: "92",
    37: "否", 38: "否",
  }));
  rows.push(row(2, "2021-09-01 15:30:08", "财政局经建股", "4分05秒", {
    1: "普宁市财政局", 2: "普宁市", 29: "500", 30: "380.5", 31: "是", 32: "是", 33: "5", 34: "5", 35: "4",
  }, "作废（财政局9月2日重新提交，以第5条为准）"));
  rows.push(row(3, "2021-09-02 09:05:51", "乡村振兴局-黄", "3分17秒", {
    1: "普宁市乡村振兴局", 2: "普宁市", 5: "35", 25: "8215", 26: "4406",
  }));
  rows.push(row(4, "2021-09-02 10:48:22", "统计局综合股", "2分56秒", {
    1: "普宁市统计局", 2: "普宁市", 3: "194.69", 22: "356800", 23: "428650",
  }));
  rows.push(row(5, "2021-09-02 16:21:40", "财政局经建股", "3分38秒", {
    1: "普宁市财政局", 2: "普宁市", 29: "500", 30: "398.72", 31: "是", 32: "是", 33: "5", 34: "4", 35: "4",
  }, "财政局更正：累计拨付含8月27日拨付的18.22万元；资金台账自评改为4分"));
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(cents(380.5) + cents(18.22) === cents(398.72), "f1 correction arithmetic");
  return {
    description:
      "揭阳普宁市商务局用在线收集表向各部门收数，交来的是收集表导出原样：第1行就是表头（编号｜提交时间｜提交者｜填写时长，后面38道题各占一列，题目带编号和单位“3. 常住人口（万人）”“30. 累计拨付资金（万元）”），一行是一个部门的一次提交，每个部门只答自己那几题、其余空着；多选题答案用“┋”连接（成员单位、中心免费服务——没选摄影美工和其他增值服务、专栏内容——没选监督举报窗口）；财政局提交了两次，电商股在末列“汇总备注”把第2条标“作废（…以第5条为准）”，所以拨付读398.72万元、资金台账4分；事实是各有效提交的并集。",
    sheets: [{ name: "收集表导出", rows }],
    expect: {
      facts: {
        county: "普宁市", residentPopulation: 1946900, adminVillagesStated: 492, poorVillagesStated: 35, planIssued: true, policyIssued: true,
        centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3568000000, ruralRetail2020: 4286500000,
        trainingPersonTimesStated: 5312, eligiblePoorPersonsStated: 8215, trainedPoorPersonsStated: 4406, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 3987200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 梅州市梅江区: 考评填报系统《填报留痕》导出（首次值｜审核意见｜修改后值）
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [padRow(["梅州市电子商务进农村综合示范考评填报系统　填报留痕（梅江区）"], W),
    padRow(["导出人：梅江区商务局　　导出时间：2021-09-03 09:14　　数据截止日期：2021-08-31"], W),
    ["序号", "模块", "填报项", "单位", "首次填报值（2021-08-26 16:05提交）", "市局审核意见（2021-08-30）", "修改后填报值（2021-09-02 11:20重新提交）", "审核状态"]];
  const m = ["A1:H1", "A2:H2"];
  const T = [
    ["基本情况", [
      ["县（市、区）", "—", "梅江区", null, null, "通过"],
      ["常住人口", "万人", "38.05", "与第七次人口普查公报不一致，请核实", "44.35", "已修改待审"],
      ["行政村数", "个", "75", "请核实是否含社区", null, "通过"],
      ["省定贫困村数", "个", "9", null, null, "通过"]]],
    ["组织领导", [
      ["领导小组组长", "职务", "副区长", "请填写牵头领导职务全称", "区委常委、常务副区长", "已修改待审"],
      ["成员单位", "—", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null, null, "通过"],
      ["工作方案印发情况", "是/否", "是", null, null, "通过"],
      ["方案制定自评", "分", "2", null, null, "通过"],
      ["支持政策出台情况", "是/否", "否", "区政府2021年6月已印发《梅江区扶持电商发展十条》，请核实", "是", "已修改待审"],
      ["政策支持自评", "分", null, "政策已出台的请自评", "1", "已修改待审"],
      ["项目管理制度自评", "分", "2", null, null, "通过"],
      ["工作台账自评", "分", "2", "台账不完整，建议下调", "1", "已修改待审"]]],
    ["服务体系", [
      ["公共服务中心投入运营日期", "日期", "2020.12", "请填写具体日期", "2020-12-16", "已修改待审"],
      ["免费培训场所及设备", "是/否", "是", null, null, "通过"],
      ["特色农产品免费展示销售", "是/否", "是", null, null, "通过"],
      ["免费摄影美工服务", "是/否", "是", "现场未见摄影棚，请核实", null, "退回修改"],
      ["品牌推广与建设指导", "是/否", "是", null, null, "通过"],
      ["其他衍生增值服务", "是/否", "否", null, null, "通过"],
      ["电商产业园", "是/否", "是", null, null, "通过"],
      ["第三方运营服务商", "是/否", "是", null, null, "通过"]]],
    ["产品上行", [
      ["网销调研自评", "分", "2", null, null, "通过"],
      ["网络促销活动自评", "分", "2", null, null, "通过"],
      ["交易标准与冷链溯源自评", "分", "2", "溯源系统未上线，请核实", "1", "已修改待审"],
      ["行政村物流快递覆盖率100%", "是/否", "是", null, null, "通过"],
      ["2020年农产品网络零售额同比增速", "%", "27.6", "与市统计口径不符", "33.2", "已修改待审"]]],
    ["人才培训", [
      ["培训人次", "人次", "3680", null, "3865", "已修改待审"],
      ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1264", null, null, "通过"],
      ["其中参加电商培训", "人", "702", null, null, "通过"]]],
    ["信息公开", [
      ["专栏公示创建方案", "是/否", "是", null, null, "通过"],
      ["专栏公示项目基本信息", "是/否", "是", null, null, "通过"],
      ["专栏公示建设进度", "是/否", "是", null, null, "通过"],
      ["征求意见或监督举报窗口", "是/否", "否", "专栏页面底部有监督电话，请核实", "是", "已修改待审"],
      ["能统计电商扶贫情况", "是/否", "是", null, null, "通过"]]],
    ["资金管理", [
      ["省级下达资金", "元", "5,000,000.00", null, null, "通过"],
      ["累计拨付资金", "元", "3,625,400.00", "请更新至8月31日", "3,748,900.00", "已修改待审"],
      ["专项资金管理制度", "是/否", "是", null, null, "通过"],
      ["资金专用台账", "是/否", "是", null, null, "通过"],
      ["资金管理制度自评", "分", "4", null, null, "通过"],
      ["资金台账自评", "分", "4", null, null, "通过"],
      ["资金及时拨付自评", "分", "3", null, null, "通过"],
      ["项目总体进度", "%", "85", null, null, "通过"]]],
    ["否决事项", [
      ["安全生产、质量事故或重大损失", "有/无", "无", null, null, "通过"],
      ["弄虚作假", "有/无", "无", null, null, "通过"]]],
  ];
  let no = 0;
  for (const [mod, items] of T) {
    const r0 = rows.length + 1;
    items.forEach((it, j) => {
      no++;
      rows.push([no, j === 0 ? mod : null, it[0], it[1], it[2], it[3], it[4], it[5]]);
    });
    mergeCol(m, "B", r0, rows.length);
  }
  rows.push(padRow(["说明：修改后填报值为空的，沿用首次填报值。"], W));
  m.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "梅州梅江区商务局从市考评填报系统导出的《填报留痕》：序号｜模块（纵向合并）｜填报项｜单位｜首次填报值（8月26日）｜市局审核意见（8月30日）｜修改后填报值（9月2日）｜审核状态，值一律是文本；有修改后值的读修改后值（常住人口38.05→44.35万人、组长“副区长”→“区委常委、常务副区长”仍是分管领导、政策“否”→“是”、中心“2020.12”→2020-12-16、农产品网零增速27.6→33.2%、培训3680→3865人次、监督举报窗口“否”→“是”、拨付3,625,400.00→3,748,900.00元、工作台账2→1分、溯源2→1分、政策支持首次空、修改后1分），修改后为空的沿用首次值——包括审核意见写了“请核实”但没改的（行政村75个、摄影美工“是”虽“退回修改”仍是填报值）；表尾说明写明此规则。",
    sheets: [{ name: "填报留痕", rows, merges: m }],
    expect: {
      facts: {
        county: "梅江区", asOf: "2021-08-31", residentPopulation: 443500, adminVillagesStated: 75, poorVillagesStated: 9, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, agriRetailGrowthStated: 0.332, trainingPersonTimesStated: 3865,
        eligiblePoorPersonsStated: 1264, trainedPoorPersonsStated: 702, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3748900, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 肇庆市广宁县: 统计报表式《电子商务进农村综合示范县建设情况统计表》（表号、本年｜上年｜增减%、代码、1/0）
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const m = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    m.push(`A${rows.length}:F${rows.length}`);
  };
  full("电子商务进农村综合示范县建设情况统计表");
  rows.push(padRow([null, null, null, null, "表　　号：", "粤商电农1表"], W));
  rows.push(padRow([null, null, null, null, "制定机关：", "广东省商务厅"], W));
  rows.push(padRow([null, null, null, null, "有效期至：", "2022年12月"], W));
  rows.push(padRow(["综合机关名称：广宁县商务局", null, null, "2020年", "计量单位：", "见表"], W));
  m.push("A5:C5");
  full("表一　基本情况及网络零售");
  rows.push(["指标名称", "计量单位", "代码", "本年", "上年", "增减（%）"]);
  rows.push(["甲", "乙", "丙", 1, 2, 3]);
  rows.push(["常住人口", "万人", "01", 45.12, 46.03, -2.0]);
  rows.push(["行政村数", "个", "02", 178, 178, "—"]);
  rows.push(["其中：省定贫困村", "个", "03", 29, 29, "—"]);
  rows.push(["农村网络零售额", "万元", "04", "186,420", "142,310", 31.0]);
  rows.push(["农产品网络零售额", "万元", "05", "52,360", "44,870", 16.7]);
  assert(Math.round(((186420 - 142310) / 142310) * 1000) / 10 === 31.0 && Math.round(((52360 - 44870) / 44870) * 1000) / 10 === 16.7, "f3 growth columns");
  rows.push(padRow([], W));
  full("表二　示范创建进展情况（截至2021年8月31日）");
  rows.push(["指标名称", "计量单位", "代码", "数值", "备注", null]);
  m.push(`E${rows.length}:F${rows.length}`);
  rows.push(["甲", "乙", "丙", 1, "—", null]);
  m.push(`E${rows.length}:F${rows.length}`);
  const T2 = [
    ["县级电子商务公共服务中心投入运营日期", "年月日", 20201030, "按8位数字填写"],
    ["示范县工作方案已正式印发", "是=1，否=0", 1, null],
    ["已出台支持农村电商发展政策", "是=1，否=0", 1, null],
    ["中心有免费培训场所、设备", "是=1，否=0", 1, null],
    ["中心为特色农产品提供免费展示、销售", "是=1，否=0", 1, null],
    ["中心提供免费摄影、美工服务", "是=1，否=0", 0, "收费服务"],
    ["中心组织农产品统一推广、品牌建设", "是=1，否=0", 1, null],
    ["中心提供其他衍生增值服务", "是=1，否=0", 1, null],
    ["建设或整合电商产业园", "是=1，否=0", 1, null],
    ["有专业第三方电商运营服务商", "是=1，否=0", 1, null],
    ["行政村物流快递覆盖率达100%", "是=1，否=0", 0, "覆盖171个村"],
    ["累计培训人次", "人次", 4512, null],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 3106, null],
    ["其中：参加电商培训", "人", 1428, null],
    ["政府网站专栏公示创建方案", "是=1，否=0", 1, null],
    ["专栏公示项目基本信息", "是=1，否=0", 1, null],
    ["专栏公示项目建设进度", "是=1，否=0", 1, null],
    ["专栏设立征求意见或监督举报窗口", "是=1，否=0", 0, null],
    ["能统计电商扶贫情况", "是=1，否=0", 1, null],
    ["省级下达专项资金", "万元", 500, null],
    ["累计拨付资金", "万元", 362.48, null],
    ["已制定专项资金管理制度", "是=1，否=0", 1, null],
    ["已建立资金专用台账", "是=1，否=0", 1, null],
    ["项目总体进度", "%", 78, null],
    ["发生安全生产、质量事故或重大损失", "是=1，否=0", 0, null],
    ["存在弄虚作假情况", "是=1，否=0", 0, null],
  ];
  T2.forEach((t, i) => {
    rows.push([t[0], t[1], String(11 + i), t[2], t[3], null]);
    m.push(`E${rows.length}:F${rows.length}`);
  });
  rows.push(padRow([], W));
  full("补充资料：示范创建工作领导小组组长为县长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局等12个部门为成员单位。");
  rows.push(padRow(["单位负责人：梁××", null, "统计负责人：何××", null, "填表人：冯××"], W));
  rows.push(padRow(["联系电话：0758-86×××××", null, "报出日期：2021年9月3日"], W));
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "肇庆广宁县商务局按统计报表格式填的《电子商务进农村综合示范县建设情况统计表》：右上角表号／制定机关／有效期至，左上“综合机关名称：广宁县商务局”、报告期“2020年”；表一是 指标名称｜计量单位｜代码｜本年｜上年｜增减（%），下有“甲 乙 丙 1 2 3”栏次行，本年即2020年、上年即2019年（常住人口读本年45.12万人，农村网零本年186,420万元、上年142,310万元，增减31.0%是所述增速）；表二（截至2021年8月31日）是 指标名称｜计量单位｜代码｜数值｜备注，是否项用“是=1，否=0”填1/0，中心运营日期按8位数字20201030，代码列11—36不是数据；领导在表下“补充资料”（县长任组长），表尾单位负责人、统计负责人、报出日期。",
    sheets: [{ name: "统计表", rows, merges: m }],
    expect: {
      facts: {
        county: "广宁县", asOf: "2021-08-31", residentPopulation: 451200, adminVillagesStated: 178, poorVillagesStated: 29,
        ruralRetail2019: 1423100000, ruralRetail2020: 1864200000, agriRetail2019: 448700000, agriRetail2020: 523600000,
        ruralRetailGrowthStated: 0.31, agriRetailGrowthStated: 0.167,
        centerOpened: "2020-10-30", planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, trainingPersonTimesStated: 4512,
        eligiblePoorPersonsStated: 3106, trainedPoorPersonsStated: 1428, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3624800, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.78, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 梅州市梅县区: 结业考核成绩单（培训）、按户分组的贫困人口名单、填表说明
// =====================================================================================================
function buildL1() {
  const W = 10;
  const tRows = [padRow(["梅县区农村电子商务培训结业考核成绩登记表"], W),
    padRow(["说明：每期培训最后一天进行结业考核；补考人员为本期学员，补考行不另计培训人次。理论满分40分，实操满分60分，60分及以上为合格。"], W),
    ["序号", "培训班次", "准考证号", "姓名", "身份证号", "理论（40）", "实操（60）", "总分", "考核结果", "备注"]];
  const tm = ["A1:J1", "A2:J2"];
  const SESS = [
    { no: 1, a: "2020-10-19", b: "2020-10-21", n: 14 }, { no: 2, a: "2020-12-07", b: "2020-12-09", n: 12 },
    { no: 3, a: "2021-03-22", b: "2021-03-24", n: 15 }, { no: 4, a: "2021-05-10", b: "2021-05-12", n: 13 },
    { no: 5, a: "2021-07-05", b: "2021-07-07", n: 12 }, { no: 6, a: "2021-08-30", b: "2021-09-01", n: 11 },
  ];
  const recs = [];
  let seq = 0;
  const fails = [];
  let xDone = false, spDone = false, fwDone = false;
  for (const s of SESS) {
    const label = `第${s.no}期（${s.a.slice(0, 4)}.${ymd(s.a)[1]}.${ymd(s.a)[2]}-${ymd(s.b)[1] === ymd(s.a)[1] ? "" : ymd(s.b)[1] + "."}${ymd(s.b)[2]}）`;
    for (let i = 0; i < s.n; i++) {
      seq++;
      const wantX = !xDone && s.no === 2 && i === 3 ? true : undefined;
      const id = makeId(["441403", "441421", "441481"][i % 3], birthBetween(1970, 2000), rnd() < 0.5, wantX);
      let cell = id;
      if (wantX) { cell = id.slice(0, 17) + "x"; xDone = true; }
      else if (!spDone && s.no === 3 && i === 6) { cell = spacedId(id); spDone = true; }
      else if (!fwDone && s.no === 4 && i === 2) { cell = fwDigits(id); fwDone = true; }
      const th = rint(18, 38), pr = i % 6 === 4 ? rint(20, 35) : rint(36, 58);
      const tot = th + pr;
      const res = tot >= 60 ? "合格" : "不合格";
      tRows.push([seq, label, `MX${s.a.slice(2, 4)}${String(s.no).padStart(2, "0")}${String(i + 1).padStart(2, "0")}`, personName(), cell, th, pr, tot, res, null]);
      recs.push({ date: s.b, personTimes: 1, id });
      if (res === "不合格" && s.no <= 5) fails.push({ s, id, cell, name: tRows[tRows.length - 1][3], th });
    }
    // 补考 rows for this session's failures
    for (const f of fails.filter((x) => x.s === s)) {
      seq++;
      const re = isoAdd(s.b, 21);
      const pr2 = rint(60 - f.th + 2, 58);
      tRows.push([seq, `第${s.no}期补考（${dotDate(re)}）`, null, f.name, f.cell, f.th, pr2, f.th + pr2, f.th + pr2 >= 60 ? "合格" : "不合格", "补考"]);
    }
  }
  assert(xDone && spDone && fwDone && fails.length >= 2, "l1 training variants " + fails.length);
  tRows.push(padRow([null, `合计：参加结业考核${recs.length}人次，补考${fails.length}人次`], W));
  assert(recs.filter((r) => r.date > "2021-08-31").length === 11, "l1 the September session is listed");

  // ---------------- 贫困户名单 grouped by household
  const PW = 9;
  const pRows = [padRow(["梅县区建档立卡贫困户家庭成员名单（电商培训对象摸底）"], PW),
    padRow(["来源：区乡村振兴局（2021年6月）　劳动能力、务工状态由镇村核实"], PW),
    ["户编号", "户主姓名", "家庭人口", "成员姓名", "与户主关系", "身份证号", "劳动能力", "务工状态", "所在村"]];
  const pm = ["A1:I1", "A2:I2"];
  const HH = [
    { v: "松口镇大黄村", m: [["户主", 1968, "有劳动能力", "本地务工"], ["配偶", 1970, "有劳动能力", "外出务工（省内）"], ["之子", 2004, "无劳动能力（在校生）", null]] },
    { v: "雁洋镇长教村", m: [["户主", 1952, "丧失劳动能力", null], ["配偶", 1955, "无劳动能力", null]] },
    { v: "丙村镇仙湖村", m: [["户主", 1975, "有劳动能力", "在家务农"], ["之女", 1999, "有劳动能力", "外出务工（省外）"], ["之母", 1948, "无劳动能力", null], ["之子", 2002, "有劳动能力", "本地务工"]] },
    { v: "石扇镇白宫村", m: [["户主", 1981, "有劳动能力", "公益性岗位"]] },
    { v: "梅西镇大坑村", m: [["户主", 1965, "有劳动能力", "外出务工（省内）"], ["配偶", 1967, "有劳动能力", "在家务农"], ["之孙", 2012, "无劳动能力（在校生）", null]] },
    { v: "隆文镇坑美村", m: [["户主", 1959, "有劳动能力", "在家务农"], ["之子", 1985, "有劳动能力", "外出务工（省外）"], ["儿媳", 1987, "有劳动能力", "本地务工"]] },
    { v: "桃尧镇桃坪村", m: [["户主", 1973, "有劳动能力", null], ["配偶", 1976, "丧失劳动能力", null]] },
  ];
  const poor = [];
  HH.forEach((h, hi) => {
    const r0 = pRows.length + 1;
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    let head = null;
    h.m.forEach((mm, j) => {
      const nm = j === 0 || ["之子", "之女", "之孙"].includes(mm[0]) ? personName(sur) : personName();
      if (j === 0) head = nm;
      const id = makeId("441403", randIsoBetween(`${mm[1]}-01-01`, `${mm[1]}-12-28`), rnd() < 0.5);
      pRows.push([j === 0 ? `MX-${pad3(hi * 7 + 12)}` : null, j === 0 ? head : null, j === 0 ? h.m.length : null, nm, mm[0], id, mm[2], mm[3], j === 0 ? h.v : null]);
      const labour = mm[2] === "有劳动能力";
      const migrant = mm[3] === null ? null : /外出务工/.test(mm[3]);
      poor.push({ id, labour, migrant });
    });
    for (const c of ["A", "B", "C", "I"]) mergeCol(pm, c, r0, pRows.length);
  });
  pRows.push(padRow([null, "合计", `${HH.length}户${poor.length}人`], PW));
  const elig = poor.filter((p) => p.labour && p.migrant === false).length;
  assert(poor.length === 18 && elig === 7, "l1 poor " + poor.length + "/" + elig);

  const noteRows = [["填表说明"], ["1. 培训台账以结业考核成绩登记表代替，每名参加考核的学员计1人次；补考不另计。"],
    ["2. 贫困户名单按户排列，户编号、户主、家庭人口、所在村只填在每户第一行。"], ["3. 本册台账由区商务局电商股整理，2021年9月。"]];
  return {
    description:
      "梅州梅县区商务局电商股的台账册（三张表）：①《结业考核成绩》当培训台账——序号｜培训班次｜准考证号｜姓名｜身份证号｜理论｜实操｜总分｜考核结果｜备注，每行一名学员1人次、日期读班次括号里区间的结束日（“第6期（2021.8.30-9.1）”是9月1日，照列），不合格的也参训了，表内“第×期补考（日期）”行是同一学员再考，不是新的人次（说明行写明）；身份证有末位小写x、6-8-4空格、全角数字；分数、准考证号、合计行不是人次。②按户排列的《贫困户家庭成员》——户编号、户主、家庭人口、所在村只在每户第一行（纵向合并），一行一个成员：劳动能力“有劳动能力”为有、“无劳动能力（在校生）”“丧失劳动能力”为无，务工“外出务工（省内／省外）”为外出，“本地务工”“在家务农”“公益性岗位”不是，空白不判。③填表说明不是台账。",
    sheets: [
      { name: "结业考核成绩", rows: tRows, merges: tm },
      { name: "贫困户家庭成员", rows: pRows, merges: pm },
      { name: "填表说明", rows: noteRows },
    ],
    expect: {
      sheets: {
        "结业考核成绩": { kind: "training", records: recs },
        "贫困户家庭成员": { kind: "poorPersons", records: poor },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 韶关市始兴县: 入驻企业营业收入月报（企业）、剪报及视频索引（宣传）、隐藏的下拉选项
// =====================================================================================================
function buildL2() {
  const months = monthsBetween("2020-09", "2021-08");
  const W = 6 + months.length + 1;
  const eRows = [padRow(["始兴县电子商务产业园入驻企业营业收入月报表（2020年9月—2021年8月）"], W),
    padRow(["填报单位：始兴县电商产业园运营中心　　　　单位：万元"], W),
    padRow(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "营业收入（万元）"], W),
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间"].map(() => null).concat(months.map((m) => `${Number(m.slice(5))}月`), ["合计"])];
  eRows[2][6 + months.length] = "合计";
  eRows[3][6 + months.length] = null;
  const em = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, `G3:${colName(W - 2)}3`, `${colName(W - 1)}3:${colName(W - 1)}4`];
  for (let c = 0; c < 6; c++) em.push(`${colName(c)}3:${colName(c)}4`);
  const firmName = nameMaker("始丹墨马顿澄江司", "兴源丰华达泰信前", "", ["始兴"]);
  const TYP = ["平台型电商", "网店销售", "网店销售", "电商运营服务", "物流快递", "网店销售", "直播电商", "农产品网销", "网店销售", "电商运营服务", "直播电商", "网店销售", "物流快递", "网店销售"];
  const firms = TYP.map((t) => ({ name: `始兴县${firmName()}${t === "物流快递" ? "物流有限公司" : t === "农产品网销" ? "农业发展有限公司" : "电子商务有限公司"}`, code: creditCode("440222"), type: t,
    entered: randIsoBetween("2020-03-01", "2021-07-20"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].entered = firms[2].entered.slice(0, 7); // month only
  firms[5].left = "2021-05-31";
  firms[8].left = "2021-09";
  firms.push({ name: `始兴县${firmName()}电子商务有限公司`, code: creditCode("440222"), type: "直播电商", entered: "2021-09-06", left: null });
  assert(firms[5].entered < firms[5].left && firms[8].entered.slice(0, 7) < firms[8].left, "l2 left after entered");
  const recs = [];
  const totals = months.map(() => 0);
  firms.forEach((f, i) => {
    const eIso = f.entered.length === 7 ? f.entered + "-01" : f.entered;
    const rev = months.map((m, k) => {
      const active = m >= eIso.slice(0, 7) && (f.left === null || m <= f.left.slice(0, 7));
      if (!active) return null;
      const v = Math.round((rnd() * 40 + 2) * 100) / 100;
      totals[k] = Math.round((totals[k] + v) * 100) / 100;
      return v;
    });
    const tot = Math.round(sum(rev.filter((x) => x !== null).map((x) => Math.round(x * 100))) ) / 100;
    const ec = f.entered.length === 7 ? cnMonth(f.entered) : dateCell(f.entered, i);
    const lc = f.left === null ? null : f.left.length === 7 ? cnMonth(f.left) : dotDate(f.left);
    eRows.push([i + 1, f.name, f.code, f.type, ec, lc].concat(rev, [rev.some((x) => x !== null) ? tot : null]));
    recs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });
  eRows.push([null, "合计", null, null, null, null].concat(totals, [Math.round(sum(totals.map((x) => Math.round(x * 100)))) / 100]));
  eRows.push(padRow(["注：退园企业退园后不再填报；9月新入驻企业自9月起填报。"], W));
  em.push(`A${eRows.length}:${colName(W - 1)}${eRows.length}`);
  for (const r of eRows) assert(r.length === W, "l2 width");

  // ---------------- 剪报及视频索引
  const mRows = [padRow(["始兴县电子商务进农村宣传报道剪报及视频索引"], 8),
    ["序号", "刊发（播出）日期", "媒体", "级别", "版次／栏目", "标题", "体裁", "备注"]];
  const M = [
    ["2020-10-14", "韶关日报", "市", "A03版", "始兴：电商服务站开到家门口", "消息", null, "city", false],
    ["2020-12-02", "南方日报", "省", "SC02版（韶关观察）", "始兴枇杷“触网”走俏大湾区", "通讯", null, "province", false],
    ["2021-01-18", "始兴县融媒体中心", "县", "《始兴新闻》", "我县举办电商直播带货培训班", "电视新闻", "视频", "county", true],
    ["2021-04-27", "经济日报", "中央", "第7版", "广东始兴：小山村搭上电商快车", "通讯", "剪报", "national", false],
    ["2021-06-09", "广东广播电视台珠江频道", "省", "《珠江新闻眼》", "始兴电商扶贫：贫困户网上卖香菇", "电视新闻", "视频，电商扶贫典型案例", "province", true],
    ["2021-09-08", "韶关广播电视台", "市", "《韶关新闻》", "始兴县农村电商示范县建设成效明显", "电视新闻", "视频", "city", true],
  ];
  const mRecs = [];
  M.forEach((x, i) => {
    mRows.push([i + 1, dateCell(x[0], i + 2), x[1], x[2], x[3], x[4], x[5], x[6]]);
    mRecs.push({ date: x[0], level: x[7], tv: x[8] });
  });

  const opt = [["级别", "体裁", "企业类型"], ["中央", "消息", "平台型电商"], ["省", "通讯", "网店销售"], ["市", "电视新闻", "电商运营服务"], ["县", "评论", "物流快递"],
    [null, "专题", "直播电商"], [null, null, "农产品网销"]];
  return {
    description:
      "韶关始兴县商务局交的两张台账加一张隐藏的下拉选项表：①产业园运营中心的《入驻企业营业收入月报表》当入驻企业清单——两行表头（序号…退园时间各自纵向合并，“营业收入（万元）”合并在9月…8月十二个月列之上，末列合计），一行一家企业，入驻读“入驻时间”（有只到月的“2020年×月”），退园读“退园时间”（“2021.5.31”，以及只到月的“2021年9月”），月度营收数字和末行合计不是企业，9月6日新入驻的一家照列；②《剪报及视频索引》当宣传报道台账——级别列写“中央／省／市／县”，体裁“电视新闻”为电视，9月韶关台那条照列；③隐藏的“下拉选项”不是台账。",
    sheets: [
      { name: "营业收入月报", rows: eRows, merges: em },
      { name: "剪报及视频索引", rows: mRows, merges: ["A1:H1"] },
      { name: "下拉选项", rows: opt, hidden: true },
    ],
    expect: {
      sheets: {
        "营业收入月报": { kind: "enterprises", records: recs },
        "剪报及视频索引": { kind: "media", records: mRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// ---------------------------------------------------------------- main
const c1 = buildC1();
delete c1._ledgers;
const f1 = buildF1();
const f2 = buildF2();
const f3 = buildF3();
const l1 = buildL1();
const l2 = buildL2();
write("counties", "b227-c1-chenghai.json", c1);
write("facts", "b227-f1-puning.json", f1);
write("facts", "b227-f2-meijiang.json", f2);
write("facts", "b227-f3-guangning.json", f3);
write("ledgers", "b227-l1-meixian.json", l1);
write("ledgers", "b227-l2-shixing.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
