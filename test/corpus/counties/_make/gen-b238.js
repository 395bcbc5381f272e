// Batch 238 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b234.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (238238), no clock. Run: node test/corpus/_b238/gen-b238.js
//
// c1 新丰县 (韶关): 自评打分表 = a 基础数据 block of 项目｜数值｜单位 triples two abreast (value and unit in separate cells, 亿元/万元),
//    then the rubric split into one row per 评分标准 clause, the reached tier marked “【√】” inside the clause text, 分项自评 per row
//    and 指标自评 merged down (claimed). Ledgers on several edges: 96/137 villages covered (70.07%), person-times exactly 1% of
//    209,300 (普及培训 session rows ＋ 扶贫专班 sign-in blocks dated in each block's title row), poor-person rate exactly 70% (bonus);
//    village type only from the name suffix; two-digit years “21.3.5”; a renamed park firm listed twice under one credit code.
// f1 龙川县 (河源): a WPS表单 “数据导出” — one submission per row, 38 numbered questions as columns (* required, units); a withdrawn
//    first submission (已撤回, old values), the 电商股 resubmission, and a 财务股 row answering only the fund questions (others “(跳过)”);
//    multi-choice answers joined with “┋” (center services as option letters A–E: the unselected one is “no”).
// f2 清城区 (清远): 分年度情况表 — 指标｜单位｜2019年｜2020年｜2021年1—8月｜累计／现状｜备注 in seven sections; 2019/2020 columns are
//    the retail inputs (the 2021 partial-year figures are not), 累计 gives person-times and money spent; a second table (主观评分项)
//    side by side to the right after a blank column; a deputy (副区长) leads.
// f3 花都区 (广州): 考评数据核对确认单 — 数据项｜填报数｜计量单位｜数据来源｜提供单位｜核对人签字 with text numbers (“150,260.0” 万元,
//    “3,816,520.00” 元) and non-answers (“详见附件3”, “—”), then 自评得分核对 with “2分（满分2分）” (claimed) and the judged parts
//    inside the 评分说明 text.
// l1 增城区 (广州): ① sign-in sheets two abreast (left｜blank column｜right, numbered by row), two sessions stacked, one blank ID,
//    a lower-case x; ② 脱贫户 members grouped by household (户编号/村/户主 merged down), 劳动能力 有/无, 务工 是/否/“—”;
//    ③ materials with a month-only date; ④ a 填表说明 sheet that is not a ledger.
// l2 仁化县 (韶关): ① park tenancy roll — a 租赁合同期限 range that is neither entry nor exit, 实际入驻日期 and 退租日期 columns;
//    ② the government-site column's article list pasted into column A (“·标题　　2021-03-05” in one cell, breadcrumb, pager rows,
//    newest first); ③ a 专户日记账 — year only in section rows, 月｜日 in two columns, 收入 (allocation, interest) vs 支出;
//    ④ a hidden 选项 sheet.
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
let seed = 238238;
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
    assert(/^b238-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b238-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b238-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市新丰县: 自评打分表（基础数据“项目｜数值｜单位”两组并排＋评分标准分项行、档次【√】、指标自评合并）＋ 12 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["丰城街道", "黄磜镇", "马头镇", "梅坑镇", "沙田镇", "遥田镇", "回龙镇"];
  const NV = [9, 22, 24, 18, 20, 25, 19];
  const NC = [9, 1, 1, 1, 1, 1, 1];
  const vn = villageNamer("岭坑江田石陂坝楼丰梅湖沙龙凤云溪", "头下背塘坪坑洞围寨岗心口径墩");
  const cmn = nameMaker("丰城新和文", "华兴安源明", "社区", []);
  const vil = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) vil.push({ town: t, name: cmn(), admin: false });
  });
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 137 && comms.length === 15, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "丰城街道")).slice(0, 21);
  for (const v of poorList) v.poor = true;

  // ---------------- 村（社区）名单: type only from the name's suffix
  const vRows = [padRow(["新丰县村（社区）名单"], 6), padRow(["（按镇街排列，共" + vil.length + "个）"], 6), ["序号", "镇（街道）", "名称", "类别", "快递进村", "备注"]];
  vil.forEach((v, i) => {
    if (v.admin) vRows.push([i + 1, v.town, i % 3 === 0 ? v.name.replace(/村$/, "村委会") : v.name.replace(/村$/, "村民委员会"), v.poor ? "省定贫困村" : "一般村", "通", null]);
    else vRows.push([i + 1, v.town, v.name + "居民委员会", "—", "通", v.town === "丰城街道" ? "城区" : "圩镇"]);
    if (i === 59) vRows.push(padRow([], 6));
  });
  vRows.push(padRow(["注：名称以“村民委员会／村委会”结尾的为行政村，以“社区居民委员会”结尾的为社区。"], 6));
  const vRecs = vil.map((v) => (v.admin ? { name: v.name, admin: true, poor: v.poor, express: true } : { name: v.name, admin: false, express: true }));

  // ---------------- 站点: covered exactly 96/137 (70.07%), poor 21/21
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  for (const v of poorList) st.push({ v, opened: randIsoBetween("2020-04-01", "2021-07-31") });
  st[4].opened = "2021-08-31"; // on the cut-off, typed 21.8.31
  for (const v of nonPoor.slice(0, 75)) st.push({ v, opened: randIsoBetween("2020-04-01", "2021-08-25") });
  st.push({ v: nonPoor[10], opened: "2021-06-18", second: true });
  st.push({ v: comms[0], opened: "2020-11-12", comm: true });
  st.push({ v: nonPoor[75], opened: "2021-09-09" });
  st.push({ v: nonPoor[76], opened: "2021-09-23" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 96 && poorCovered === 21, "c1 covered " + covered.size);
  assert(covered.size * 100 >= 70 * 137 && (covered.size - 1) * 100 < 70 * 137, "c1 coverage on the edge");
  const order = shuffle(st);
  const sRows = [padRow(["新丰县村级电子商务服务站点清单"], 7), ["编号", "站点名称", "所在镇", "所在村（社区）", "挂牌时间", "负责人", "联系电话"]];
  const sRecs = [];
  order.forEach((s, i) => {
    const base = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? base + "社区电商服务点" : base + "村电商服务站" + (s.second ? "（二站）" : "");
    const vc = s.comm ? s.v.name : i % 4 === 1 ? s.v.name.replace(/村$/, "村委会") : s.v.name;
    const fmt = i % 4;
    const op = s.opened === "2021-08-31" ? "21.8.31" : fmt === 0 ? twoDot(s.opened) : fmt === 1 ? twoSlash(s.opened) : fmt === 2 ? D(s.opened) : cnDate(s.opened);
    sRows.push([`XF-${pad3(i + 1)}`, nm, s.v.town, vc, op, personName(), mask(phone())]);
    sRecs.push({ village: s.v.name, opened: s.opened });
  });

  // ---------------- 建档立卡贫困人口 (80 persons; 60 eligible)
  const persons = [];
  for (let i = 0; i < 80; i++) {
    const male = rnd() < 0.5;
    const id = makeId("440233", birthBetween(1960, 2000), male, i % 9 === 4 ? true : i % 9 === 5 ? false : undefined);
    let labour, migrant;
    if (i < 60) { labour = true; migrant = false; }
    else if (i < 72) { labour = true; migrant = true; }
    else { labour = false; migrant = false; }
    persons.push({ id, name: personName(), village: poorList[i % 21].name, labour, migrant, lab: labour ? (i % 5 === 0 ? "技能劳动力" : "普通劳动力") : (i % 2 ? "丧失劳动力" : "无劳动力"),
      mig: migrant ? (i % 2 ? "省外务工" : "省内县外务工") : "未外出务工" });
  }
  const P = shuffle(persons);
  const pRows = [padRow(["新丰县建档立卡贫困人口（有劳动能力情况）"], 8), padRow(["数据来源：县乡村振兴局（扶贫开发信息系统），2021年6月导出"], 8),
    ["序号", "姓名", "证件号码", "所在村", "劳动技能", "务工状态", "与户主关系", "脱贫年度"]];
  P.forEach((p, i) => pRows.push([i + 1, p.name, p.id, p.village.replace(/村$/, "村委会"), p.lab, p.mig, i % 3 ? "之子" : "户主", i % 2 ? "2019" : "2020"]));
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  assert(eligible.length === 60, "c1 eligible");

  // ---------------- 扶贫专班签到 (blocks, date in each block's title row)
  const EL = shuffle(eligible);
  const trainedSet = EL.slice(0, 42);         // trained on or before the cut-off
  const lateOnly = EL.slice(42, 44);          // trained only in the September class
  const migrants = persons.filter((p) => p.migrant).slice(0, 3);
  const blocks = [
    { date: "2020-10-21", title: "第一期电商扶贫专班（农产品网上销售）" },
    { date: "2020-12-16", title: "第二期电商扶贫专班（微店开设）" },
    { date: "2021-03-24", title: "第三期电商扶贫专班（短视频拍摄）" },
    { date: "2021-06-09", title: "第四期电商扶贫专班（直播带货）" },
    { date: "2021-09-08", title: "第五期电商扶贫专班（电商创业）" },
  ];
  blocks.forEach((b) => (b.people = []));
  trainedSet.forEach((p, i) => blocks[i % 4].people.push(p));
  blocks[3].people.push(trainedSet[0], trainedSet[5]); // trained twice: counted once
  blocks[4].people.push(...lateOnly, trainedSet[7]);
  blocks[1].people.push(migrants[0]);
  blocks[2].people.push(migrants[1], migrants[2]);
  const others = () => ({ id: makeId("440233", birthBetween(1970, 2002), rnd() < 0.5), name: personName(), other: true });
  for (const b of blocks) for (let k = 0; k < 8; k++) b.people.push(others());
  const tsRows = [padRow(["新丰县电商扶贫专班签到表（汇总）"], 6)];
  const tsM = ["A1:F1"];
  const tsRecs = [];
  let maskedUsed = 0;
  blocks.forEach((b, bi) => {
    tsRows.push(padRow([`${b.title}　　培训时间：${cnDate(b.date)}　　地点：县电子商务公共服务中心`], 6));
    tsM.push(`A${tsRows.length}:F${tsRows.length}`);
    tsRows.push(["序号", "姓名", "身份证号码", "所在村", "是否建档立卡", "签名"]);
    shuffle(b.people).forEach((p, k) => {
      let idTxt = p.id;
      let idRec = p.id;
      if (p.other && maskedUsed < 4 && k % 5 === 3) { idTxt = maskId(p.id); idRec = idTxt; maskedUsed++; }
      else if (isX(p.id) && k % 2) idTxt = p.id.slice(0, 17) + "x";
      else if (k % 7 === 2) idTxt = spacedId(p.id);
      tsRows.push([k + 1, p.name, idTxt, p.other ? vn().replace(/村$/, "村") : p.village, p.other ? "否" : "是", "（签名）"]);
      tsRecs.push({ date: b.date, personTimes: 1, id: idRec });
    });
    if (bi < blocks.length - 1) tsRows.push(padRow([], 6));
  });
  checkTrainingIds(tsRecs, "c1");
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(tsRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedIds.size === 42, "c1 trained " + trainedIds.size);
  assert(trainedIds.size * 100 >= 70 * eligible.length && trainedIds.size * 100 < 75 * eligible.length, "c1 poor rate 70%");
  const signPre = tsRecs.filter((r) => r.date <= CUT).length;

  // ---------------- 普及培训（按期）: person-times total exactly 1% of 209,300
  const POP = 209300;
  const sess = [];
  let d = "2020-06-10";
  for (let i = 0; i < 14; i++) {
    sess.push({ date: d, n: rint(100, 150), topic: ["电商基础知识", "网店运营", "新丰佛手瓜网络营销", "农产品包装与品牌", "短视频与直播", "跨境电商入门", "电商客服"][i % 7] });
    d = isoAdd(d, rint(22, 30));
  }
  assert(sess[13].date <= "2021-08-20", "c1 sess last " + sess[13].date);
  const need = POP / 100 - signPre;
  const cur = sum(sess.map((s) => s.n));
  sess[13].n += need - cur;
  assert(sess[13].n > 60 && sess[13].n < 2000, "c1 adjust " + sess[13].n);
  sess.push({ date: "2021-09-15", n: 132, topic: "电商创业孵化" });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n)) + signPre;
  assert(pt * 100 === POP, "c1 exactly 1%: " + pt);
  const gRows = [padRow(["新丰县农村电商普及性培训台账"], 6), padRow(["说明：扶贫专班学员名单见《扶贫专班签到》，不在本表重复统计。"], 6),
    ["期次", "培训日期", "培训内容", "培训地点", "参训人次", "授课老师"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    gRows.push([`第${i + 1}期`, [dotDate(s.date), D(s.date), cnDate(s.date), slashDate(s.date)][i % 4], s.topic, ["县电商公共服务中心", "马头镇文化站", "遥田镇政府会议室"][i % 3],
      i % 2 ? `${s.n}人次` : s.n, personName()]);
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  gRows.push(["合计", null, null, null, `${sum(sess.map((s) => s.n))}人次`, null]);

  // ---------------- 入驻企业 (20 in park at the cut-off; one renamed firm listed twice with one code)
  const fnm = nameMaker("丰新云梅江龙佛", "源泰达盛华信兴", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "销售型", "销售型", "网店", "网店", "运营服务商", "代运营", "物流", "快递", "农产品加工", "直播电商", "销售型", "销售型",
    "销售型", "平台型", "网店", "运营服务商", "销售型", "物流", "销售型", "销售型"];
  const firms = TYPES.map((t) => ({ name: `新丰县${fnm()}${/物流|快递/.test(t) ? "物流" : /加工/.test(t) ? "农业发展" : "电子商务"}有限公司`, type: t, code: creditCode("440233"),
    entered: randIsoBetween("2020-05-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-03-31";
  firms[8].left = "2021-08-15";
  firms[22].entered = "2021-09-06";
  const renamed = { ...firms[5], name: firms[5].name.replace(/有限公司$/, "供应链有限公司"), entered: firms[5].entered, renamed: true };
  const eList = firms.slice(0, 12).concat([renamed], firms.slice(12));
  const inPark = new Set(eList.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT)).map((f) => f.code));
  assert(inPark.size === 20, "c1 park " + inPark.size);
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  const types = new Set(eList.filter((f) => inPark.has(f.code) && f.entered <= CUT && !(f.left && f.left <= CUT)).map((f) => norm(f.type)));
  assert(types.size >= 3, "c1 types");
  const eRows = [padRow(["新丰县电子商务产业园入驻企业名录"], 8), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注", "联系人"]];
  const eRecs = [];
  eList.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i), f.left ? dotDate(f.left) : "—", f.renamed ? `原“${firms[5].name}”，2021年5月更名，信用代码不变` : f.entered > CUT ? "9月新入驻" : null, personName()]);
    eRecs.push({ name: f.name, type: f.type, entered: f.entered, left: f.left });
  });

  // ---------------- 资金 (万元)
  const ALLOC = 5000000;
  const pays = [["2020-06-28", 1538000, "县电商公共服务中心建设"], ["2020-09-17", 356500, "村级站点建设（第一批）"], ["2020-11-30", 218400, "电商培训（第一批）"],
    ["2021-01-20", 462000, "县镇村三级物流体系"], ["2021-03-29", 175800, "中心运营补助"], ["2021-05-14", 392600, "村级站点建设（第二批）"],
    ["2021-06-30", 286300, "品牌培育及网络促销"], ["2021-08-12", 243700, "电商培训（第二批）"], ["2021-09-22", 410000, "农产品溯源系统"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(spent * 100 >= 70 * ALLOC && spent * 100 < 80 * ALLOC, "c1 spent " + spent);
  const fRows = [padRow(["新丰县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：万元"], 6), ["序号", "拨付日期", "项目名称", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 1), p[2], wan4(p[1]), `新商记-${pad3(i + 21)}`, p[0] > CUT ? "9月拨付" : null]));
  fRows.push([null, "合计", null, wan4(sum(pays.map((p) => p[1]))), null, null]);
  const fRecs = pays.map((p) => ({ date: p[0], amount: p[1] }));

  // ---------------- 报送 (12 months, one typed as a month only)
  const reps = WINDOW.map((m, i) => {
    const [y, mo] = m.split("-").map(Number);
    const date = `${y}-${String(mo).padStart(2, "0")}-${String(rint(24, 28)).padStart(2, "0")}`;
    return { m, date: i === 7 ? m : date, pov: i % 3 !== 1 };
  });
  const rRows = [padRow(["新丰县向韶关市商务局报送工作情况登记"], 5), ["序号", "报送时间", "报送内容", "含电商扶贫统计", "报送方式"]];
  reps.forEach((r, i) => rRows.push([i + 1, r.date.length === 7 ? cnMonth(r.date) : dateCell(r.date, i + 2), `${cnMonth(r.m)}工作进展及电商数据`, r.pov ? "√" : "×", "粤政易"]));
  const rRecs = reps.map((r) => ({ date: r.date, poverty: r.pov }));
  assert(inWindowMonths(reps.map((r) => r.date)) === 12, "c1 reports 12");

  // ---------------- 专栏 (months as columns; 2020年12月 and 2021年5月 blank)
  const cols = monthsBetween("2020-08", "2021-09");
  const uHead = ["栏目"].concat(cols.map((m) => cnMonth(m)));
  const uCells = ["电子商务进农村综合示范专栏"];
  const uRecs = [];
  for (const m of cols) {
    if (m === "2020-12" || m === "2021-05") { uCells.push(null); continue; }
    const dd = rint(3, 27);
    uCells.push(`${dd}日`);
    uRecs.push({ date: `${m}-${String(dd).padStart(2, "0")}` });
  }
  const uW = uHead.length;
  const uRows = [padRow(["新丰县人民政府网站专栏更新情况（格内为当月更新日期）"], uW), uHead, uCells];
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 10, "c1 disclosure 10 months");

  // ---------------- 宣传 / 经验材料
  const MD = [["2020-11-05", "新丰县融媒体中心", "县级", "网络", "新丰：电商服务站建到家门口", "county", false],
    ["2021-01-27", "韶关广播电视台", "市级", "电视", "【电商扶贫典型案例】新丰佛手瓜搭上直播快车", "city", true],
    ["2021-05-19", "韶关日报", "市级", "报纸", "新丰打通农产品上行通道", "city", false],
    ["2021-09-02", "南方日报", "省级", "报纸", "新丰电商进农村示范县创建见成效", "province", false]];
  const mRows = [padRow(["新丰县电子商务进农村宣传报道清单"], 6), ["序号", "日期", "媒体", "级别", "形式", "标题"]];
  MD.forEach((m, i) => mRows.push([i + 1, twoDot(m[0]), m[1], m[2], m[3], m[4]]));
  const mRecs = MD.map((m) => ({ date: m[0], level: m[5], tv: m[6] }));
  const matRows = [padRow(["经验材料报送"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.6.18", "新丰县“电商＋扶贫专班”带动脱贫户增收的做法", "新丰县商务局"]];

  // ---------------- points
  const centerOpened = "2021-03-01";
  const cpts = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.size >= 20 ? 2 : 0, types: 1 };
  const centerPts = sum(Object.values(cpts));
  const covPts = (covered.size * 100 >= 70 * 137 ? 5 : 0) + (poorCovered === 21 ? 5 : 0);
  const R19 = 980000000, R20 = 1290000000, A19 = 236000000, A20 = 302000000;
  assert((R20 - R19) * 100 >= 30 * R19 && (A20 - A19) * 100 < 30 * A19, "c1 growth");
  const upPts = 1 + 2 + 1 + 1 + 1 + 2;
  const ptPts = pt * 100 >= POP ? 10 : 0;
  const poorPts = trainedIds.size * 100 >= 50 * eligible.length ? 10 : 0;
  const discPts = 2 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": discPts, "info.reporting": 6, "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": trainedIds.size * 100 >= 70 * eligible.length ? 2 : 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 10 && ptPts === 10 && poorPts === 10 && pts["bonus.poorTraining"] === 2, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 2, "c1 scored " + scored);

  // ---------------- 自评打分表
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 4, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  const W = 8;
  const fr = [padRow(["新丰县电子商务进农村综合示范县创建考评自评打分表"], W),
    padRow(["填报单位：新丰县商务局（盖章）　　　　考评截止时间：2021年8月31日"], W),
    padRow(["一、基础数据"], W),
    ["项目", "数值", "单位", null, "项目", "数值", "单位", null],
    ["常住人口（七普）", 20.93, "万人", null, "行政村", adminV.length, "个", null],
    ["省定贫困村", 21, "个", null, "社区", comms.length, "个", null],
    ["2019年农村网络零售额", 9.8, "亿元", null, "2020年农村网络零售额", 12.9, "亿元", null],
    ["2019年农产品网络零售额", 2.36, "亿元", null, "2020年农产品网络零售额", 3.02, "亿元", null],
    ["下达省级专项资金", 500, "万元", null, "截至8月底拨付", wan4(spent), "万元", null],
    ["有劳动能力贫困人口（不含外出务工）", eligible.length, "人", null, "已参训贫困人口", trainedIds.size, "人", null],
    ["项目总体进度", 88, "%", null, "培训人次", pt, "人次", null],
    padRow([], W), padRow(["二、逐项打分（评分标准按分项列出，达到的档次前标【√】）"], W),
    ["序号", "评价指标", "评分标准（分项）", "分项分值", "完成情况", "分项自评", "指标自评", "佐证材料"]];
  const fM = ["A1:H1", "A2:H2", "A3:H3", "A13:H13"];
  let no = 0;
  const ind = (name, id, items, ev) => {
    no++;
    const r0 = fr.length + 1;
    items.forEach((it, k) => fr.push([k === 0 ? no : null, k === 0 ? name : null, it[0], it[1], it[2], it[3], k === 0 ? (id ? claimed[id] : null) : null, k === 0 ? ev : null]));
    const r1 = fr.length;
    if (r1 > r0) for (const c of ["A", "B", "G", "H"]) fM.push(`${c}${r0}:${c}${r1}`);
  };
  ind("组织领导（2分）", "org.leadership", [["主要领导牵头，商务、财政、农业农村、扶贫等部门参与（2分）【√】；分管领导牵头（1分）", "2", "成立以县委副书记、县长为组长的领导小组，成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司", 2]], "新府办〔2020〕11号");
  ind("方案制定（2分）", "org.plan", [["制定科学严谨的示范创建工作方案", "1-2", "已正式印发（新府办〔2020〕23号）", 2]], "方案文本");
  ind("政策支持（2分）", "org.policy", [["出台支持农村电商发展的政策", "1-2", "已出台《新丰县农村电子商务扶持办法》", 2]], "政策文件");
  ind("项目管理（4分）", "org.management", [["建立项目管理制度", "1-2", "制度健全", 2], ["建立工作台账", "1-2", "部分站点台账不全", 1]], "制度、台账");
  ind("服务体系建设（县级中心、产业园）（15分）", "work.center", [
    ["建成县级电子商务公共服务中心", "2", "已建成，2021年3月1日投入运营", 2], ["建成后已正常运行6个月以上", "2", "运行至今", 2],
    ["有免费培训场所、培训设备，能组织电商基础培训", "2", "有", 2], ["为特色农产品提供免费展示、销售服务", "1", "有", 1],
    ["为电子商务市场主体提供免费摄影、美工服务", "1", "有", 1], ["组织农产品统一推广、指导特色农产品品牌建设", "1", "有", 1],
    ["为电子商务发展提供其他衍生增值服务", "1", "无", 0], ["建设或整合、优化当地电商产业园", "2", "已建成新丰县电商产业园", 2],
    ["产业园入驻企业达20家及以上", "2", "见入驻企业名录", 2], ["入驻企业至少三种以上类型", "1", "平台、销售、运营、物流等", 1]], "中心运营资料");
  ind("服务体系建设（村级站点）（10分）", "work.coverage", [["行政村覆盖率≥70%（5分）【√】；50%-70%（不含）（2分）", "5", "见站点清单", 5],
    ["省定贫困村覆盖率100%（5分）【√】；80%-100%（不含）（3分）", "5", "21个贫困村全覆盖", 5]], "站点清单");
  ind("农村产品上行（10分）", "work.upward", [["网销调研并形成针对性建议", "1-2", "开展调研", 1], ["网络促销活动成效明显", "1-2", "年货节、丰收节促销", 2],
    ["有专业第三方电子商务运营或服务商", "1", "有", 1], ["行政村物流快递覆盖率100%", "1", "全覆盖", 1], ["出台交易标准，建立冷链、溯源系统", "1-2", "溯源系统在建", 1],
    ["2020年农村网络零售额或农产品网络零售额同比增速≥30%", "2", "农村网络零售额增长31.6%", 2]], "调研报告等");
  ind("电商人才培训（20分）", "work.training", [["培训人次达常住人口1%及以上（10分）【√】；0.8%-1%（不含）（8分）；0.6%-0.8%（不含）（6分）", "10", "见培训台账", 10],
    ["贫困人口培训率50%及以上（10分）【√】；40%-50%（不含）（8分）；30%-40%（不含）（6分）", "10", "见签到表", 10]], "培训台账、签到表");
  ind("信息公开（4分）", "info.disclosure", [["设立公开专栏且内容全面", "2", "专栏公示创建方案、项目基本信息、项目建设进度，设监督举报窗口", 2],
    ["按月更新（2分）【√】；不定时更新（1分）", "2", "按月更新", 2]], "网站截图");
  ind("数据上报（6分）", "info.reporting", [["每月向市商务局报送（3分）【√】；不定时（1分）", "3", "每月报送", 3], ["能统计电商扶贫情况", "3", "报送附扶贫统计", 3]], "报送记录");
  ind("案例总结（2分）", "promo.cases", [["向市商务局报送经验材料", "2", "已报送", 2]], "经验材料");
  ind("经验推广（8分）", "promo.media", [["省级及以上媒体（4分）；市级媒体（3分）【√】；县级媒体（1分）【√】", "8", "韶关日报、韶关台、县融媒体", 4]], "报道截图");
  ind("制度建立（5分）", "fund.system", [["建立科学有效的资金管理制度且得到有效落实", "1-5", "已制定专项资金管理办法", 4]], "管理办法");
  ind("资金台账（5分）", "fund.ledger", [["项目承建方建立资金专用台账，账目完整", "1-5", "已建立", 4]], "台账");
  ind("资金支出（5分）", "fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付", "1-5", "支出率70%以上，按进度拨付", 4]], "拨付凭证");
  ind("加分项：贫困人口培训率70%及以上（2分）", "bonus.poorTraining", [["建档立卡贫困人口培训率70%及以上（2分）【√】", "2", "培训率70%", 2]], "签到表");
  ind("加分项：电商扶贫典型案例电视播报（2分）", "bonus.tvCase", [["国家级电视媒体播报（2分）；省级（1分）（不累加）", "2", "韶关台播报典型案例", 1]], "视频");
  ind("一票否决项", null, [["发生安全生产、质量事故或重大损失", "—", "未发生", "—"], ["项目总体进度不足40%", "—", "总体进度88%", "—"], ["弄虚作假", "—", "无", "—"]], null);
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, "合计", null, 100, null, null, `${sumClaim}＋3`, null]);
  assert(sumClaim === 89, "c1 claim " + sumClaim);
  fr.push(padRow(["填表人：温××　　审核：潘××　　2021年9月10日"], W));
  fM.push(`A${fr.length}:H${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 width");

  const derivation = [
    "org.leadership: 县委副书记、县长任组长（主要领导），成员有县商务、财政、农业农村、乡村振兴局 → 2",
    "org.plan: 分项自评2（已正式印发） → 2",
    "org.policy: 分项自评2 → 2",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    `work.center: 中心2021年3月1日投入运营 → 建成2；晚于2021-02-28，不满6个月 → 0（自评给了2）；免费培训2、展示销售1、摄影美工1、品牌1；其他增值服务“无” → 0；产业园2；《入驻企业》${eList.length}行：${dotDate(firms[2].left)}、${dotDate(firms[8].left)}退出的不算，9月6日入驻的不算，更名的一家与原名同一信用代码只算一次 → 在园${inPark.size}家 ≥ 20 → 2；类型平台／销售（含网店）／运营／物流等 ≥ 3 → 1；合计${centerPts}（自评14）`,
    `work.coverage: 《村社名单》按名称后缀分：村民委员会／村委会${adminV.length}个，社区居民委员会${comms.length}个不算；《站点》截止日前有站的行政村${covered.size}个（同村二站算一次，社区服务点不算，“21.8.31”当天挂牌的算，2021年9月挂牌的两站不算） → ${covered.size}/${adminV.length} = ${pct2(covered.size, adminV.length)} ≥ 70% → 5（少一个村就只有2分）；省定贫困村21个全有站 → 5；合计10`,
    `work.upward: 调研1、促销2、第三方1、《村社名单》快递全“通” → 1、溯源1；农村网零9.8→12.9亿元增31.6% ≥ 30%（农产品2.36→3.02亿元增28.0%不够，但一项达标即可） → 2；合计8`,
    `work.training: 常住人口20.93万 → 1% = 2,093人次；《普及培训》截止日前14期${fmtInt(pt - signPre)}人次（9月15日一期、合计行不算）＋《扶贫专班签到》截止日前签到${signPre}行 = ${fmtInt(pt)}人次 = 正好1.00% → 10；《贫困人口》劳动技能为普通／技能劳动力且“未外出务工”的${eligible.length}人，其中身份证号在截止日前签到表出现的${trainedIds.size}人（签到表号码有带空格、小写x的，按号码核对；参训两次算一人；第五期9月8日的不算；外出务工的3人不算） → ${trainedIds.size}/${eligible.length} = 70.0% ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏公示方案、项目信息、进度，有监督举报窗口 → 2；《专栏更新》2020年9月—2021年8月中12月、5月空着，10个月有更新 → 不定时 1；合计3（自评4）",
    "info.reporting: 《报送》2020年9月—2021年8月每月都有（4月一行只写“2021年4月”，也算该月） → 3；有“√”含扶贫统计 → 3；合计6",
    "promo.cases: 2021.6.18报送经验材料 → 2",
    "promo.media: 截止日前韶关台、韶关日报（市级） → 3；新丰县融媒体中心（县级） → 1；南方日报“21.9.2”在截止日后 → 0；合计4",
    "fund.system: 分项自评4 → 4",
    "fund.ledger: 分项自评4 → 4",
    `fund.spending: 《资金》（单位万元）截止日前8笔合计${fmtMoney(spent)}元（9月22日一笔、合计行不算）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${trainedIds.size}/${eligible.length} = 70.0% ≥ 70% → 2`,
    "bonus.tvCase: 典型案例只在韶关广播电视台（市级）播出，无国家级、省级电视 → 0（自评1）",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `韶关新丰县商务局整本考评工作簿（12个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋3）：《自评打分表》上方基础数据“项目｜数值｜单位”两组并排（数值与单位分列，金额有亿元、万元），下方按评分标准分项一行，档次用“【√】”标在评分标准文字里，分项自评一列、指标自评纵向合并（claimed）；台账里村社名单的“类别”只分省定贫困村／一般村，行政村和社区只能看名称后缀（村民委员会／社区居民委员会），站点用“21.3.5”“20/11/12”两位年份，行政村覆盖正好96/137刚过70%，普及培训按期登记、扶贫专班签到按期分块（日期在每块标题行），两者合计正好是常住人口的1%，贫困人口培训率正好70%拿加分，专栏更新月份横排。`,
    sheets: [
      { name: "自评打分表", rows: fr, merges: fM },
      { name: "村社名单", rows: vRows, merges: ["A1:F1", "A2:F2", `A${vRows.length}:F${vRows.length}`] },
      { name: "站点", rows: sRows, merges: ["A1:G1"] },
      { name: "普及培训", rows: gRows, merges: ["A1:F1", "A2:F2"] },
      { name: "扶贫专班签到", rows: tsRows, merges: tsM },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1"] },
      { name: "资金", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: [`A1:${colName(uW - 1)}1`] },
      { name: "宣传", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 河源市龙川县: WPS表单“数据导出”（一次提交一行，题目铺成列；电商股一行、财务股一行，另有一行已撤回的旧提交）
// =====================================================================================================
function buildF1() {
  const Q = [
    // [header, e-row (final), old withdrawn row, finance row]
    ["1.县（市、区）*", "龙川县", "龙川县", "龙川县"],
    ["2.数据截止日期*", "2021/08/31", "2021/08/31", "2021/08/31"],
    ["3.常住人口（万人）*", "68.21", "67.5", "(跳过)"],
    ["4.行政村数（个）*", "336", "336", "(跳过)"],
    ["5.省定贫困村数（个）*", "49", "49", "(跳过)"],
    ["6.领导小组组长（职务）*", "县委副书记、县长", "县委副书记、县长", "(跳过)"],
    ["7.领导小组成员单位（多选）*", "县商务局┋县财政局┋县农业农村局┋县乡村振兴局┋县交通运输局┋县邮政管理局", "县商务局┋县财政局┋县农业农村局", "(跳过)"],
    ["8.示范创建工作方案是否已正式印发*", "是", "是", "(跳过)"],
    ["9.方案制定自评（1-2分）", "2", "2", "(跳过)"],
    ["10.是否出台支持农村电商发展的政策*", "是", "是", "(跳过)"],
    ["11.政策支持自评（1-2分）", "1", "2", "(跳过)"],
    ["12.项目管理制度自评（1-2分）", "2", "2", "(跳过)"],
    ["13.工作台账自评（1-2分）", "2", "2", "(跳过)"],
    ["14.县级公共服务中心投入运营日期*", "2020-12-08", "2020年12月", "(跳过)"],
    ["15.中心免费服务（多选：A免费培训场所和设备 B免费展示销售 C免费摄影美工 D品牌推广指导 E其他衍生增值服务）", "A┋B┋D┋E", "A┋B┋C┋D┋E", "(跳过)"],
    ["16.是否建设或整合电商产业园", "是", "是", "(跳过)"],
    ["17.是否有专业第三方电商运营或服务商", "有", "有", "(跳过)"],
    ["18.行政村物流快递覆盖率是否达100%", "是", "否", "(跳过)"],
    ["19.2019年农产品网络零售额（万元）", "26850", "26850", "(跳过)"],
    ["20.2020年农产品网络零售额（万元）", "36120", "35200", "(跳过)"],
    ["21.网销调研自评（1-2分）", "2", "2", "(跳过)"],
    ["22.网络促销活动自评（1-2分）", "1", "1", "(跳过)"],
    ["23.交易标准与冷链溯源自评（1-2分）", "1", "1", "(跳过)"],
    ["24.累计培训人次*", "7206", "6980", "(跳过)"],
    ["25.有劳动能力的建档立卡贫困人口（不含外出务工，人）", "4215", "4215", "(跳过)"],
    ["26.已参加培训的建档立卡贫困人口（人）", "2388", "2105", "(跳过)"],
    ["27.政府网站专栏已公示内容（多选：创建方案┋项目基本信息┋项目建设进度┋征求意见或监督举报窗口）", "创建方案┋项目基本信息┋项目建设进度", "创建方案┋项目基本信息", "(跳过)"],
    ["28.能否统计电商扶贫情况", "能", "能", "(跳过)"],
    ["29.项目总体进度（%）", "86", "80", "(跳过)"],
    ["30.是否发生安全生产、质量事故或重大损失*", "否", "否", "(跳过)"],
    ["31.是否存在弄虚作假*", "否", "否", "(跳过)"],
    ["32.下达省级专项资金（万元）", null, null, "500"],
    ["33.累计拨付资金（万元）", null, null, "402.37"],
    ["34.是否制定资金管理制度", null, null, "是"],
    ["35.资金管理制度自评（1-5分）", null, null, "4"],
    ["36.承建方是否建立资金专用台账", null, null, "是"],
    ["37.资金台账自评（1-5分）", null, null, "5"],
    ["38.资金及时拨付自评（1-5分）", null, null, "4"],
  ];
  const head = ["序号", "提交人", "所在股室", "提交时间", "状态", "来源IP"].concat(Q.map((q) => q[0]));
  const W = head.length;
  const rows = [padRow(["《龙川县电子商务进农村综合示范考评基础数据采集》表单数据导出　　导出时间：2021-09-06 15:20:41　　共3条"], W), head,
    [1, "黄××", "电商股", "2021-09-03 16:42:10", "已撤回", "113.107.×.×"].concat(Q.map((q) => q[2])),
    [2, "黄××", "电商股", "2021-09-06 09:15:33", "已提交", "113.107.×.×"].concat(Q.map((q) => q[1])),
    [3, "刘××", "财务股", "2021-09-06 11:02:47", "已提交", "113.107.×.×"].concat(Q.map((q) => q[3])),
    padRow([], W),
    padRow(["说明：第1条为电商股首次提交，9月6日撤回后重新提交（第2条）；资金部分由财务股单独提交（第3条），电商股提交时跳过。"], W)];
  const M = [`A1:${colName(W - 1)}1`, `A7:${colName(W - 1)}7`];
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(Math.abs((36120 - 26850) / 26850 - 0.3453) < 0.0001, "f1 growth");
  return {
    description:
      "河源龙川县商务局的WPS表单《考评基础数据采集》“数据导出”：一次提交一行、38道题铺成列（题目带序号、*必填和单位），三行提交——第1行电商股首次提交“已撤回”（旧值不算），第2行电商股重新提交（资金题留空），第3行财务股只答资金题、其余格是“(跳过)”；多选题用“┋”连写（成员单位、中心免费服务按A—E选项字母、专栏公示内容），未选的C免费摄影美工和监督举报窗口为否，是否题是/否、有、能。",
    sheets: [{ name: "数据导出", rows, merges: M }],
    expect: {
      facts: {
        county: "龙川县", asOf: "2021-08-31", residentPopulation: 682100, adminVillagesStated: 336, poorVillagesStated: 49, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 268500000, agriRetail2020: 361200000, trainingPersonTimesStated: 7206,
        eligiblePoorPersonsStated: 4215, trainedPoorPersonsStated: 2388, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4023700, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.86, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 清远市清城区: 分年度对比表（2019年｜2020年｜2021年1—8月｜累计／现状），右侧并排第二张表“主观项自评”
// =====================================================================================================
function buildF2() {
  const W = 13;
  const rows = [padRow(["清城区电子商务进农村综合示范创建主要指标分年度情况表"], W),
    padRow(["填报单位：清远市清城区经济促进局（商务）　　数据截至2021年8月31日"], W),
    ["序号", "指标", "单位", "2019年", "2020年", "2021年1—8月", "累计／现状", "备注", null, "序号", "主观评分项", "分值", "自评分"]];
  const M = ["A1:M1", "A2:M2"];
  const L = [];
  const sec = (t) => L.push(["sec", t]);
  const row = (name, unit, a, b, c, now, note) => L.push(["row", name, unit, a, b, c, now, note]);
  sec("一、基本情况");
  row("常住人口", "万人", "—", "—", "—", 126.62, "七普");
  row("行政村", "个", "—", "—", "—", 84, "另有社区54个");
  row("省定贫困村", "个", "—", "—", "—", 5, null);
  row("领导小组组长", "—", "—", "—", "—", "副区长（分管）", null);
  row("领导小组成员单位", "—", "—", "—", "—", "区经促局、区财政局、区农业农村局", null);
  row("示范创建工作方案", "—", "—", "印发", "—", "已印发", "清城府办〔2020〕18号");
  row("农村电商扶持政策", "—", "—", "—", "出台", "已出台", "2021年3月");
  sec("二、服务体系");
  row("县级公共服务中心投入运营", "日期", "—", "2020年10月16日", "—", "运营中", null);
  row("中心免费培训场所、设备", "是/否", "—", "—", "—", "是", null);
  row("中心免费展示、销售", "是/否", "—", "—", "—", "是", null);
  row("中心免费摄影、美工", "是/否", "—", "—", "—", "是", null);
  row("中心品牌建设指导", "是/否", "—", "—", "—", "否", "计划9月开展");
  row("中心其他衍生增值服务", "是/否", "—", "—", "—", "是", "金融对接");
  row("电商产业园", "是/否", "—", "—", "—", "是", "清城电商产业园");
  row("第三方电商运营服务商", "个", "—", 1, 2, 2, null);
  row("行政村快递覆盖", "%", 92.6, 97.6, 100, 100, "2021年6月实现全覆盖");
  sec("三、农村产品上行");
  row("农村网络零售额", "亿元", 28.6, 33.9, 24.1, "—", null);
  row("农村网络零售额同比增速", "%", "—", 18.5, 12.3, "—", null);
  row("农产品网络零售额", "万元", 8650, 11420, 7980, "—", null);
  row("农产品网络零售额同比增速", "%", "—", 32.0, 15.6, "—", null);
  sec("四、人才培训");
  row("培训人次", "人次", "—", 2860, 2415, 5275, null);
  row("有劳动能力贫困人口（不含外出务工）", "人", "—", "—", "—", 1186, "区乡村振兴局提供");
  row("已参训贫困人口", "人", "—", 306, 232, 538, "按人数，不重复计");
  sec("五、信息公开及报送");
  row("专栏公示创建方案", "是/否", "—", "—", "—", "是", null);
  row("专栏公示项目基本信息", "是/否", "—", "—", "—", "是", null);
  row("专栏公示项目建设进度", "是/否", "—", "—", "—", "是", null);
  row("征求意见或监督举报窗口", "是/否", "—", "—", "—", "是", "监督电话");
  row("电商扶贫情况统计", "是/否", "—", "—", "—", "是", null);
  sec("六、资金管理");
  row("下达省级专项资金", "万元", "—", 500, "—", 500, null);
  row("拨付资金", "万元", "—", 210.5, 156.8, 367.3, null);
  row("资金管理制度", "是/否", "—", "—", "—", "已制定", null);
  row("资金专用台账", "是/否", "—", "—", "—", "已建立", null);
  row("项目总体进度", "%", "—", 45, 38, 83, "2021年列为当年新增进度");
  sec("七、否决事项");
  row("安全生产、质量事故或重大损失", "—", "—", "—", "—", "无", null);
  row("弄虚作假", "—", "—", "—", "—", "无", null);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 1], ["项目管理制度", "1-2", 1], ["工作台账", "1-2", 2], ["网销调研", "1-2", 1], ["网络促销活动", "1-2", 2],
    ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 4], ["资金台账", "1-5", 4], ["资金及时拨付", "1-5", 3]];
  let n = 0;
  L.forEach((x, i) => {
    let r;
    if (x[0] === "sec") r = [x[1], null, null, null, null, null, null, null];
    else { n++; r = [n, x[1], x[2], x[3], x[4], x[5], x[6], x[7]]; }
    r.push(null);
    const j = J[i];
    if (j) r.push(i + 1, j[0], j[1], j[2]);
    else if (i === J.length) r.push(null, "注：主观项按省评分标准自评，其余指标以数据为准。", null, null);
    else r.push(null, null, null, null);
    rows.push(r);
    if (x[0] === "sec") M.push(`A${rows.length}:H${rows.length}`);
    if (i === J.length) M.push(`K${rows.length}:M${rows.length}`);
  });
  rows.push(padRow(["填报人：朱××　　联系电话：0763-33×××××　　审核：李××"], W));
  M.push(`A${rows.length}:H${rows.length}`);
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(Math.abs((11420 - 8650) / 8650 - 0.3202) < 0.0001 && Math.abs((33.9 - 28.6) / 28.6 - 0.1853) < 0.0001, "f2 growth");
  return {
    description:
      "清远清城区经济促进局的《主要指标分年度情况表》：序号｜指标｜单位｜2019年｜2020年｜2021年1—8月｜累计／现状｜备注，七个分节；网零额按年分列（2019、2020年是输入，2021年1—8月和它的增速12.3%不是），培训人次、拨付资金取“累计”（5275、367.3万元），“单位”列写“是/否”“日期”“%”的行值在各列里；快递覆盖100%在现状列；组长“副区长（分管）”，成员无扶贫／乡村振兴部门；表右侧空一列并排第二张表“主观评分项”（序号｜评分项｜分值｜自评分）。",
    sheets: [{ name: "分年度情况", rows, merges: M }],
    expect: {
      facts: {
        county: "清城区", asOf: "2021-08-31", residentPopulation: 1266200, adminVillagesStated: 84, poorVillagesStated: 5, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: false, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 2860000000, ruralRetail2020: 3390000000, ruralRetailGrowthStated: 0.185,
        agriRetail2019: 86500000, agriRetail2020: 114200000, agriRetailGrowthStated: 0.32, trainingPersonTimesStated: 5275,
        eligiblePoorPersonsStated: 1186, trainedPoorPersonsStated: 538, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3673000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.83, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 广州市花都区: 考评数据核对确认单（填报数｜计量单位｜数据来源｜提供单位｜核对人），下接“自评得分核对”（“2分（满分2分）”）
// =====================================================================================================
function buildF3() {
  const W = 7;
  const rows = [padRow(["花都区电子商务进农村综合示范考评数据核对确认单"], W),
    padRow(["数据截至：2021年8月底　　　　牵头单位：花都区商务局"], W),
    padRow(["第一部分　基础数据"], W),
    ["序号", "数据项", "填报数", "计量单位", "数据来源（佐证）", "提供单位", "核对人签字"]];
  const M = ["A1:G1", "A2:G2", "A3:G3"];
  const D1 = [
    ["常住人口", "164.24", "万人", "第七次人口普查公报", "区统计局"],
    ["行政村数", "188", "个", "区民政局村居名录", "区民政局"],
    ["省定贫困村数", "0", "个", "珠三角地区无省定贫困村", "区乡村振兴局"],
    ["领导小组组长", "区长", "—", "花府办〔2020〕12号", "区政府办"],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", "—", "同上", "区政府办"],
    ["示范创建工作方案", "已正式印发", "—", "花府办〔2020〕19号", "区商务局"],
    ["农村电商扶持政策", "已出台", "—", "《花都区农村电商高质量发展扶持办法》", "区商务局"],
    ["公共服务中心投入运营时间", "2020.11.18", "—", "运营协议、开业报道", "区商务局"],
    ["中心免费培训场所及设备", "有", "—", "现场", "运营商"],
    ["中心免费展示、销售", "有", "—", "展厅", "运营商"],
    ["中心免费摄影、美工", "有", "—", "服务记录", "运营商"],
    ["中心品牌推广、指导", "有", "—", "活动资料", "运营商"],
    ["中心其他衍生增值服务", "有", "—", "金融、法律服务对接记录", "运营商"],
    ["电商产业园", "已整合优化", "—", "花都电商产业园（狮岭）", "区商务局"],
    ["第三方电商运营服务商", "3", "家", "服务合同", "区商务局"],
    ["行政村快递覆盖率", "100", "%", "区邮政管理局证明", "区邮政管理局"],
    ["2019年农村网络零售额", "128,650.0", "万元", "省商务厅反馈数", "区商务局"],
    ["2020年农村网络零售额", "150,260.0", "万元", "省商务厅反馈数", "区商务局"],
    ["2020年农产品网络零售额同比增速", "详见附件2", "%", "省商务厅反馈数", "区商务局"],
    ["累计培训人次", "详见附件3（培训台账）", "人次", "培训签到表", "区商务局"],
    ["有劳动能力建档立卡贫困人口（不含外出务工）", "—", "人", "无省定贫困村，不适用", "区乡村振兴局"],
    ["政府网站专栏公示：创建方案／项目信息／建设进度", "均已公示", "—", "网站截图", "区商务局"],
    ["征求意见或监督举报窗口", "已设立", "—", "网站截图", "区商务局"],
    ["电商扶贫情况统计", "否", "—", "无建档立卡对象，未统计", "区乡村振兴局"],
    ["下达省级专项资金", "500", "万元", "粤财工〔2020〕××号", "区财政局"],
    ["累计拨付资金", "3,816,520.00", "元", "国库支付凭证", "区财政局"],
    ["资金管理制度", "已制定", "—", "管理办法", "区财政局"],
    ["资金专用台账", "已建立", "—", "承建方台账", "区财政局"],
    ["项目总体进度", "91", "%", "进度表", "区商务局"],
    ["安全生产、质量事故或重大损失", "未发生", "—", "情况说明", "区商务局"],
    ["弄虚作假", "无", "—", "承诺书", "区商务局"],
  ];
  D1.forEach((d, i) => rows.push([i + 1, d[0], d[1], d[2], d[3], d[4], null]));
  rows.push(padRow([], W));
  rows.push(padRow(["第二部分　自评得分核对"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评价指标", "自评得分", "评分说明", null, null, "核对人签字"]);
  M.push(`D${rows.length}:F${rows.length}`);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 6, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 4, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  const MAX = Object.fromEntries(SCORED.concat(BONUS));
  const D2 = [
    ["组织领导", "org.leadership", "区长任组长，商务、财政、农业农村、乡村振兴参与"],
    ["方案制定", "org.plan", "已正式印发"], ["政策支持", "org.policy", "已出台"],
    ["项目管理", "org.management", "其中项目管理制度2分、工作台账1分"],
    ["服务体系建设（县级中心与产业园）", "work.center", "各项均具备"], ["服务体系建设（村级站点）", "work.coverage", "无省定贫困村，行政村覆盖率见站点台账"],
    ["农村产品上行", "work.upward", "网销调研1分、网络促销2分、交易标准与冷链溯源1分；第三方1分；快递1分；网零增速16.8%不得分"],
    ["电商人才培训", "work.training", "见培训台账"], ["信息公开", "info.disclosure", "按月更新"], ["数据上报", "info.reporting", "按月报送；不涉及扶贫统计"],
    ["案例总结", "promo.cases", "已报送"], ["经验推广", "promo.media", "省、市、区媒体报道"], ["制度建立", "fund.system", "资金管理制度自评5分"],
    ["资金台账", "fund.ledger", "资金台账自评4分"], ["资金支出", "fund.spending", "支出率76.3%，及时拨付自评4分"],
    ["加分项：贫困人口培训率≥70%", "bonus.poorTraining", "不适用"], ["加分项：电商扶贫典型案例电视播报", "bonus.tvCase", "无"],
  ];
  D2.forEach((d, i) => {
    rows.push([i + 1, d[0], `${claimed[d[1]]}分（满分${MAX[d[1]]}分）`, d[2], null, null, null]);
    M.push(`D${rows.length}:F${rows.length}`);
  });
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", `${tot}分`, null, null, null, null]);
  M.push(`D${rows.length}:F${rows.length}`);
  rows.push(padRow(["核对人（签字）：________　　复核人（签字）：________　　日期：2021年9月　日"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(Math.abs((1502.6 - 1286.5) / 1286.5 - 0.168) < 0.0005, "f3 growth 16.8%");
  assert(tot === 91, "f3 total " + tot);
  return {
    description:
      "广州花都区商务局的《考评数据核对确认单》：第一部分 序号｜数据项｜填报数｜计量单位｜数据来源（佐证）｜提供单位｜核对人签字（空），填报数是文本（“150,260.0”万元、“3,816,520.00”元、“2020.11.18”），“详见附件2／附件3”和“—”不是数值（没有说），扶贫统计“否”，三项公示合在一行“均已公示”；第二部分“自评得分核对”的自评得分写成“2分（满分2分）”（claimed），主观分在评分说明里（“其中项目管理制度2分、工作台账1分”）。",
    sheets: [{ name: "核对确认单", rows, merges: M }],
    expect: {
      facts: {
        county: "花都区", asOf: "2021-08-31", residentPopulation: 1642400, adminVillagesStated: 188, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1286500000, ruralRetail2020: 1502600000, povertyStatisticsStated: false, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, fundAllocated: 5000000, fundSpentStated: 3816520, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 广州市增城区: 签到表左右两栏（两期上下叠放）、脱贫户名单按户合并、经验材料、填表说明（非台账）
// =====================================================================================================
function buildL1() {
  const REG = "440118";
  // ① 签到表：左右两栏，编号按行（1｜2、3｜4…）
  const sessions = [
    { date: "2021-04-15", topic: "直播带货实操", place: "派潭镇文化站", n: 22 },
    { date: "2021-09-07", topic: "荔枝网络营销", place: "正果镇党群服务中心", n: 17 },
  ];
  const W = 11;
  const tRows = [padRow(["增城区农村电子商务培训签到表"], W)];
  const tM = ["A1:K1"];
  const tRecs = [];
  const poorPeople = [];
  sessions.forEach((s, si) => {
    tRows.push(padRow([`培训主题：${s.topic}　　时间：${cnDate(s.date)}（星期${weekday(s.date)}）　　地点：${s.place}`], W));
    tM.push(`A${tRows.length}:K${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号码", "联系电话", "签到", null, "序号", "姓名", "身份证号码", "联系电话", "签到"]);
    const ppl = [];
    for (let k = 0; k < s.n; k++) {
      const id = makeId(REG, birthBetween(1965, 2001), rnd() < 0.5, k % 6 === 3 ? true : undefined);
      ppl.push({ name: personName(), id: si === 0 && k === 9 ? null : id, realId: id });
    }
    for (let k = 0; k < s.n; k += 2) {
      const cell = (p, no) => (p ? [no, p.name, p.id === null ? null : k % 4 === 0 && isX(p.id) ? p.id.slice(0, 17) + "x" : p.id, mask(phone()), "√"] : [null, null, null, null, null]);
      tRows.push(cell(ppl[k], k + 1).concat([null], cell(ppl[k + 1], k + 2)));
      tRecs.push({ date: s.date, personTimes: 1, id: ppl[k].id });
      if (ppl[k + 1]) tRecs.push({ date: s.date, personTimes: 1, id: ppl[k + 1].id });
    }
    if (si === 0) poorPeople.push(...ppl.slice(0, 6));
    tRows.push(padRow([`应到${s.n}人，实到${s.n}人。`], W));
    tM.push(`A${tRows.length}:K${tRows.length}`);
    if (si === 0) tRows.push(padRow([], W));
  });
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === 39 && tRecs.filter((r) => r.id === null).length === 1, "l1 sign-ins");

  // ② 脱贫户名单：按户，户编号、户主合并
  const hh = [];
  const pool = poorPeople.slice();
  for (let h = 0; h < 7; h++) {
    const size = [3, 4, 2, 5, 3, 1, 4][h];
    const members = [];
    for (let k = 0; k < size; k++) {
      const fromPool = k === 1 && pool.length ? pool.shift() : null;
      const age = k === 0 ? [52, 47, 61, 44, 58, 73, 39][h] : k === 1 ? 30 + h : 8 + k * 3;
      const birth = `${2021 - age}-0${1 + (h % 9)}-1${k}`;
      const id = fromPool ? fromPool.realId : makeId(REG, birth, k % 2 === 0, h === 3 && k === 2 ? true : undefined);
      const rel = k === 0 ? "户主" : k === 1 ? ["配偶", "之子", "之女"][h % 3] : ["之子", "之女", "之孙", "之孙女"][k % 4];
      const student = k >= 2 && age < 18;
      const labour = student ? false : h === 5 ? false : !(h === 2 && k === 0);
      const migrant = labour && (k === 0 && h % 3 === 1) ? true : false;
      members.push({ name: fromPool ? fromPool.name : personName(), id, rel, labour, migrant, student });
    }
    hh.push({ no: `4401180${pad3(h * 17 + 23)}`, village: ["派潭镇高滩村", "正果镇蒙花布村", "小楼镇西境村"][h % 3], members });
  }
  const pRows = [padRow(["增城区脱贫户家庭成员名单（有劳动能力及务工情况）"], 9), ["户编号", "所在村", "户主", "成员姓名", "身份证号码", "与户主关系", "劳动能力", "是否外出务工", "备注"]];
  const pM = ["A1:I1"];
  const pRecs = [];
  hh.forEach((h) => {
    const r0 = pRows.length + 1;
    h.members.forEach((m, k) => {
      pRows.push([k === 0 ? h.no : null, k === 0 ? h.village : null, k === 0 ? h.members[0].name : null, m.name, m.id, m.rel, m.labour ? "有" : "无",
        m.labour ? (m.migrant ? "是" : "否") : "—", m.student ? "在校生" : !m.labour && k === 0 && h.members.length === 1 ? "五保" : null]);
      pRecs.push({ id: m.id, labour: m.labour, migrant: m.labour ? m.migrant : null });
    });
    const r1 = pRows.length;
    if (r1 > r0) pM.push(`A${r0}:A${r1}`, `B${r0}:B${r1}`, `C${r0}:C${r1}`);
  });
  assert(pRecs.some((r) => r.labour && r.migrant) && pRecs.some((r) => !r.labour), "l1 poor mix");

  // ③ 经验材料
  const matRows = [padRow(["增城区电子商务进农村经验材料报送情况"], 5), ["序号", "材料名称", "报送时间", "报送对象", "采用情况"],
    [1, "增城区“荔枝＋直播”助农增收经验", "2021年3月", "广州市商务局", "市局简报第6期采用"],
    [2, "增城区村级电商服务站运营模式总结", "2021.7.9", "广州市商务局", null],
    [3, "增城区电商进农村示范创建工作总结", "2021年9月14日", "广州市商务局", null]];
  const matRecs = [{ date: "2021-03" }, { date: "2021-07-09" }, { date: "2021-09-14" }];

  // ④ 填表说明
  const nRows = [["填表说明"], ["1. 签到表按期次上下排列，每期左右两栏，序号按行编排（左1右2）。"], ["2. 脱贫户名单来源于区乡村振兴局，每户首行填户编号、所在村和户主。"],
    ["3. 劳动能力填“有／无”；在校生、五保户劳动能力填“无”，务工栏填“—”。"], ["4. 本工作簿数据截至2021年9月15日。"]];

  return {
    description:
      "广州增城区商务局的培训与脱贫户台账（四个表）：①《培训签到》两期上下叠放，每期一行主题／时间（“2021年4月15日（星期四）”）／地点，签到表左右两栏（序号｜姓名｜身份证号码｜联系电话｜签到，中间空一列），序号按行编排（左1右2），一人身份证号空着，个别号码尾号小写x，第二期在9月；②《脱贫户名单》按户排，户编号、所在村、户主纵向合并，劳动能力“有／无”，是否外出务工“是／否”，无劳动能力的务工栏是“—”（未知），在校生、五保在备注；③《经验材料》时间有只到月的“2021年3月”；④《填表说明》不是台账。",
    sheets: [
      { name: "培训签到", rows: tRows, merges: tM },
      { name: "脱贫户名单", rows: pRows, merges: pM },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "填表说明", rows: nRows },
    ],
    expect: {
      sheets: {
        "培训签到": { kind: "training", records: tRecs },
        "脱贫户名单": { kind: "poorPersons", records: pRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 韶关市仁化县: 产业园租赁台账（合同期限区间＋入驻／退租日期）、专栏网页列表复制、专户日记账（月｜日分列）、隐藏选项表
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  // ① 入驻企业（租赁台账）
  const fnm = nameMaker("丹霞仁锦城长江董", "源泰丰华顺达茂", "", []);
  const TY = ["平台型", "销售型", "销售型", "运营服务商", "物流快递", "销售型", "农产品加工", "销售型", "直播电商", "运营服务商", "销售型", "销售型", "物流快递", "平台型"];
  const E = TY.map((t, i) => {
    const entered = randIsoBetween("2020-06-01", "2021-08-20");
    const start = isoAdd(entered, -rint(3, 20));
    return { name: `仁化县${fnm()}${/物流/.test(t) ? "物流" : /加工/.test(t) ? "食品" : "电子商务"}有限公司`, code: creditCode("440224"), type: t, entered, start,
      end: `${Number(start.slice(0, 4)) + (i % 3 === 0 ? 2 : 3)}${start.slice(4)}`, left: null, area: rint(2, 12) * 10 };
  });
  E.sort((a, b) => cmp(a.entered, b.entered));
  E[3].left = "2021-05-31";
  E[7].left = "2021-09-30";
  const eRows = [padRow(["仁化县电子商务产业园入驻企业及场地租赁台账"], 9), ["序号", "企业名称", "统一社会信用代码", "经营类别", "租赁合同期限", "实际入驻日期", "退租日期", "租用面积（㎡）", "备注"]];
  E.forEach((e, i) => eRows.push([i + 1, e.name, e.code, e.type, `${dotDate(e.start)}-${dotDate(e.end)}`, dateCell(e.entered, i + 1), e.left ? dotDate(e.left) : "—", e.area,
    e.left ? (e.left > CUT ? "9月底退租" : "提前解约") : i % 5 === 2 ? "免租期6个月" : null]));
  eRows.push([null, "合计", `${E.length}家`, null, null, null, null, sum(E.map((e) => e.area)), null]);
  const eRecs = E.map((e) => ({ name: e.name, type: e.type, entered: e.entered, left: e.left }));

  // ② 专栏信息（网页列表复制）
  const posts = [];
  for (const m of monthsBetween("2020-07", "2021-09")) {
    if (m === "2021-02") continue;
    const d = `${m}-${String(rint(2, 28)).padStart(2, "0")}`;
    const [y, mo] = ymd(d);
    const pm = mo === 1 ? `${y - 1}年12月` : `${y}年${mo - 1}月`;
    posts.push({ d, t: `仁化县电子商务进农村综合示范项目建设进度（${pm}）` });
    if (m === "2020-11") posts.push({ d: `${m}-29`, t: "仁化县电子商务进农村综合示范项目监督举报方式" });
  }
  posts.sort((a, b) => cmp(b.d, a.d));
  const uRows = [["首页 > 政务公开 > 专题专栏 > 电子商务进农村综合示范"], [null]];
  posts.forEach((p, i) => {
    uRows.push([`·${p.t}　　${p.d}`]);
    if (i === 7) { uRows.push(["首页　上一页　[1]　2　下一页　尾页"]); uRows.push([null]); }
  });
  assert(posts.length > 8 && posts.length <= 16, "l2 posts");
  uRows.push([`共${posts.length}条　第2/2页`]);
  const uRecs = posts.map((p) => ({ date: p.d }));

  // ③ 专户日记账（年份在分节标题，月｜日分列）
  const pays = [["2020-07-16", 862000, "付县电商公共服务中心装修工程款"], ["2020-09-29", 315600, "付村级站点建设补助（第一批）"], ["2020-12-22", 186400, "付电商培训服务费"],
    ["2021-03-11", 420000, "付县级物流配送中心设备款"], ["2021-05-20", 238750, "付村级站点建设补助（第二批）"], ["2021-07-08", 156300, "付品牌推广服务费"],
    ["2021-08-27", 297500, "付溯源系统建设款"], ["2021-09-16", 365000, "付公共服务中心运营费"]];
  const fRows = [padRow(["仁化县电子商务进农村综合示范专项资金专户日记账"], 8), padRow(["开户行：仁化县农村信用合作联社　　账号：8002××××××××3318"], 8)];
  const fM = ["A1:H1", "A2:H2"];
  const fRecs = [];
  let bal = 0;
  for (const y of ["2020", "2021"]) {
    fRows.push(padRow([`${y}年`], 8));
    fM.push(`A${fRows.length}:H${fRows.length}`);
    fRows.push(["月", "日", "凭证号", "摘要", "收入", "支出", "余额", "经办人"]);
    if (y === "2020") {
      bal += 5000000;
      fRows.push([7, 2, "记-001", "收省级电子商务进农村综合示范专项资金", 5000000, null, bal, "邓××"]);
    } else fRows.push([1, 1, null, "上年结转", null, null, bal, null]);
    let k = 2;
    const entries = pays.filter((q) => q[0].startsWith(y)).map((q) => ({ date: q[0], out: q[1], memo: q[2] }));
    if (y === "2020") entries.push({ date: "2020-09-21", inc: 1850.36, memo: "收利息（三季度结息）" });
    entries.sort((a, b) => cmp(a.date, b.date));
    for (const e of entries) {
      const [, m, d] = ymd(e.date);
      bal = yuan2(bal + (e.inc || 0) - (e.out || 0));
      fRows.push([m, d, `记-${pad3(k++)}`, e.memo, e.inc || null, e.out || null, bal, ["邓××", "曾××"][k % 2]]);
      if (e.out) fRecs.push({ date: e.date, amount: e.out });
    }
    const ys = pays.filter((q) => q[0].startsWith(y)).map((q) => q[1]);
    fRows.push([null, null, null, "本年累计", y === "2020" ? yuan2(5000000 + 1850.36) : null, sum(ys), yuan2(bal), null]);
    if (y === "2020") fRows.push(padRow([], 8));
  }
  assert(fRecs.length === pays.length, "l2 funds");

  const opt = [["经营类别"], ["平台型"], ["销售型"], ["运营服务商"], ["物流快递"], ["直播电商"], ["农产品加工"], [null], ["经办人"], ["邓××"], ["曾××"]];
  return {
    description:
      "韶关仁化县商务局的产业园、专栏、资金台账（四个表）：①《园区租赁台账》一企一行，另有“租赁合同期限”区间（“2020.6.12-2023.6.12”，不是入驻或退租日期），入驻取“实际入驻日期”、退出取“退租日期”（一家9月底才退、“—”为在园），末行合计；②《专栏信息》是把县政府网站专栏文章列表整页复制进A列，“·标题　　2021-03-05”标题和日期在同一格，夹着面包屑、“首页 上一页 [1] 2 下一页 尾页”翻页行和“共N条”，按日期倒序；③《专户日记账》是出纳账：年份只写在“2020年”“2021年”分节行，日期拆成月｜日两列，收入（省级资金拨入、利息）不是拨付，只有支出列的才是，上年结转、本年累计行不算；④隐藏的《选项》下拉来源表不是台账。",
    sheets: [
      { name: "园区租赁台账", rows: eRows, merges: ["A1:I1"] },
      { name: "专栏信息", rows: uRows },
      { name: "专户日记账", rows: fRows, merges: fM },
      { name: "选项", rows: opt, hidden: true },
    ],
    expect: {
      sheets: {
        "园区租赁台账": { kind: "enterprises", records: eRecs },
        "专栏信息": { kind: "disclosures", records: uRecs },
        "专户日记账": { kind: "funds", records: fRecs },
        "选项": { kind: null },
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
write("counties", "b238-c1-xinfeng.json", c1);
write("facts", "b238-f1-longchuan.json", f1);
write("facts", "b238-f2-qingcheng.json", f2);
write("facts", "b238-f3-huadu.json", f3);
write("ledgers", "b238-l1-zengcheng.json", l1);
write("ledgers", "b238-l2-renhua.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
