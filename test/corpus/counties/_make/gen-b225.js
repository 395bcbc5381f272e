// Batch 225 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b222.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (225225), no clock. Run: node test/corpus/_b225/gen-b225.js
//
// c1 普宁市 (揭阳): the facts sheet is the city bureau's 《县（市、区）自评填报表》 filled section by section — one section per
//    indicator (“一、组织领导（2分）” merged header, 序号｜填报项目｜填报内容｜说明 rows, then a “本项自评得分” footer row = claimed).
//    Ledgers: 村（居）委会 (238 行政村 > 200 cap, 快递 √ column), 站点 (村委会 names, 21.3.5 / 20210315 / serial dates, a 9月 poor
//    village), 培训期次 (人次 text, two-day ranges), 园区企业, 资金 in 万元 with some “元” cells, 月报 months as columns (Jan blank),
//    专栏更新, 宣传 (市级电视台 typical case: no TV bonus; 县级 only in Sept), 经验材料, and a hidden 下拉选项 sheet.
// f1 梅县区 (梅州): the 《考评佐证材料目录》 — 序号｜评价指标｜佐证材料名称｜文号／形成时间｜页码｜备注: facts live in material titles
//    and brackets (“（区长任组长…）”, “（2019年18.62亿元…）”), 备注 “暂缺…未开展” means no; 页码 “12-15” are pages not dates;
//    judged points in a 主观评分项 block under the list.
// f2 澄海区 (汕头): a print form whose values sit in the row BELOW their labels (four label/value pairs per row pair), full-width
//    digits, 已/未 and 有/无 answers, an item left blank (no answer), “0（无省定贫困村）”, a deputy leader, judged points in the grid.
// f3 惠阳区 (惠州): the official indicator table re-typed with a 自评说明 column (facts in sentences) and 自评得分 (claimed),
//    服务体系建设 split in two rows, bonus and veto rows; a 基本情况 line above with “标签：值” in single cells; 评分标准 numbers are not facts.
// l1 高明区 (佛山): ① 培训学员名单 grouped by session: a merged session header row (“第3期　2021年3月18日—19日　…”) gives the date
//    of the trainees under it (two-day class read at its end; a cancelled session has no trainees; a 9月 session listed);
//    IDs with lowercase x, spaces, masks and one blank; ② 脱贫人口劳动力台账 (劳动能力 and 务工情况 words); ③ 分期统计 (not a ledger).
// l2 龙湖区 (汕头): ① 站点名录 with 村民委员会 names, two-digit-year and month-only dates, 合计/注 rows; ② the government site's
//    CMS export of the column (drafts without 发布时间 are not updates); ③ 媒体报道 (中央级/省级/市级/区级, 电视 form);
//    ④ 报送市局材料; ⑤ 填报说明 (not a ledger).
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
let seed = 225225;
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
    assert(/^b225-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b225-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b225-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 揭阳市普宁市: 分节填报的自评填报表（每节末“本项自评得分”）＋ 9 个台账 ＋ 隐藏下拉选项表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["池尾街道", "燎原街道", "大南山街道", "占陇镇", "军埠镇", "下架山镇", "洪阳镇", "南溪镇", "广太镇", "赤岗镇", "大坝镇",
    "里湖镇", "梅塘镇", "南径镇", "麒麟镇", "船埔镇", "高埔镇"];
  const vn = villageNamer("溪林陂新东西南北上下后前赤乌白石竹梅桥塘寮埔", "湖洋田寨围洞坑埔岭头美光兴尾厝沟港");
  const cn = nameMaker("城流华泰德和", "中东新康安丰", "社区");
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < 14; i++) villages.push({ town: t, name: vn(), admin: true, poor: false });
    const nc = ti < 3 ? [6, 5, 4][ti] : ti < 8 ? 1 : 0;
    for (let i = 0; i < nc; i++) villages.push({ town: t, name: cn(), admin: false, poor: null });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 238 && comms.length === 20, "c1 village counts " + adminV.length + "/" + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const rural = adminV.filter((v) => !v.town.endsWith("街道"));
  const poorList = shuffle(rural).slice(0, 23);
  for (const v of poorList) v.poor = true;

  // ---------------- 村（居）委会
  const vRows = [padRow(["普宁市村（居）民委员会名录"], 7), padRow(["数据来源：普宁市民政局区划代码（2021年）；贫困村依据省定相对贫困村名单"], 7),
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递服务进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let seq = 0;
  for (const t of TOWNS) {
    for (const v of villages.filter((x) => x.town === t)) {
      seq++;
      if (v.admin) vRows.push([seq, t, seq % 3 === 0 ? v.name + "民委员会" : v.name + "委会", "村委会", v.poor ? "√" : null, "√", null]);
      else vRows.push([seq, t, v.name + "居民委员会", "居委会", null, null, "城市社区"]);
    }
    if (t === "大南山街道") vRows.push(padRow([], 7));
  }
  vRows.push(padRow([null, "合计", `村委会${adminV.length}个、居委会${comms.length}个`, null, `${poorList.length}个`], 7));

  // ---------------- 站点
  const stations = [];
  const poorLate = poorList[22];
  for (const v of poorList.slice(0, 22)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-04-01", "2021-08-25") });
  const np = shuffle(adminV.filter((v) => !v.poor));
  for (const v of np.slice(0, 126)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-04-01", "2021-08-31") });
  for (const v of [np[5], np[40]]) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2021-01-05", "2021-07-30"), second: true });
  stations.push({ town: poorLate.town, village: poorLate.name, opened: "2021-09-03" });
  for (const v of np.slice(126, 128)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2021-09-01", "2021-09-20") });
  for (const c of comms.slice(0, 2)) stations.push({ town: c.town, village: c.name, opened: randIsoBetween("2020-06-01", "2021-05-30"), comm: true });
  const ti = (t) => TOWNS.indexOf(t);
  stations.sort((a, b) => ti(a.town) - ti(b.town) || cmp(a.opened, b.opened));
  const covered = new Set(stations.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.village));
  const poorCov = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 148 && poorCov === 22, "c1 coverage " + covered.size + "/" + poorCov);
  const sRows = [padRow(["普宁市村级电子商务服务站点台账"], 8), padRow(["填报单位：普宁市商务局　　　　　　　　　　　　更新至2021年9月20日"], 8),
    ["序号", "所属镇（街道）", "站点名称", "所在村（居）委会", "建成时间", "站长", "联系电话", "地址"]];
  stations.forEach((s, i) => {
    const stem = s.village.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商便民服务点` : s.second ? `${stem}村电商服务站（第二站点）` : `${stem}村电商服务站`;
    const vcell = s.comm ? s.village + "居委会" : i % 4 === 1 ? s.village + "委会" : s.village;
    const f = i % 5;
    const dc = f === 0 ? twoDot(s.opened) : f === 1 ? ydNum(s.opened) : f === 2 ? D(s.opened) : f === 3 ? excelSerial(s.opened) : cnDate(s.opened);
    sRows.push([i + 1, s.town, nm, vcell, dc, personName(), mask(phone()), `${s.town}${stem}${s.comm ? "社区" : "村"}${rint(1, 60)}号`]);
  });
  sRows.push(padRow(["合计", null, `${stations.length}个`], 8));
  sRows.push(padRow(["注：建成时间有“21.3.5”“20210315”等写法，均按年月日理解；9月建成站点列入但不计入8月31日前覆盖。"], 8));
  const sMerges = ["A1:H1", "A2:H2", `A${sRows.length}:H${sRows.length}`];

  // ---------------- 培训（期次）
  const sessions = [];
  let d0 = "2020-09-08";
  for (let i = 0; i < 31; i++) {
    const two = i % 6 === 2;
    sessions.push({ start: d0, date: two ? isoAdd(d0, 1) : d0, two, pt: rint(120, 165) });
    d0 = isoAdd(d0, rint(10, 11));
  }
  assert(sessions[30].date <= CUT, "c1 last session " + sessions[30].date);
  sessions.push({ start: "2021-09-14", date: "2021-09-14", two: false, pt: 152 });
  const ptCut = sum(sessions.filter((s) => s.date <= CUT).map((s) => s.pt));
  assert(ptCut >= 4000 && ptCut < 5000, "c1 person-times " + ptCut);
  const tRows = [padRow(["普宁市电子商务培训情况登记表"], 7), ["期数", "培训时间", "培训地点", "培训内容", "培训对象", "参训人次", "备注"]];
  const PL = ["市电商公共服务中心", "占陇镇文化站", "里湖镇政府", "洪阳镇电商服务站", "军埠镇党群服务中心"];
  const TP = ["电商基础", "网店运营", "直播带货", "青梅、蕉柑网络营销", "农产品包装与品牌"];
  sessions.forEach((s, i) => {
    const dc = s.two ? rangeText(s.start, s.date, i % 2 ? "cn" : "dot") : i % 3 === 0 ? dotDate(s.date) : i % 3 === 1 ? D(s.date) : slashDate(s.date);
    tRows.push([`第${i + 1}期`, dc, PL[i % PL.length], TP[i % TP.length], i % 4 === 0 ? "脱贫户、农户" : "企业、合作社、返乡青年", i % 4 === 1 ? `${s.pt}人次` : s.pt, s.two ? "两天" : null]);
  });
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), "含9月一期"]);

  // ---------------- 园区企业
  const firmName = nameMaker("普梅青榕潮兴华鑫", "果源达盛泰康利汇", "", ["普宁"]);
  const TY = ["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "运营服务商", "运营服务商",
    "运营服务商", "物流快递", "物流快递", "物流快递", "直播机构", "直播机构", "设计策划", "销售型", "销售型", "销售型", "销售型", "平台型"];
  const firms = shuffle(TY).map((t) => ({ name: `普宁市${firmName()}${t === "物流快递" ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("445281"),
    entered: randIsoBetween("2020-05-01", "2021-08-15"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-02-28";
  firms[7].left = "2021-07-15";
  firms.push({ name: `普宁市${firmName()}电子商务有限公司`, type: "销售型", code: creditCode("445281"), entered: "2021-09-02", left: null });
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const typesIn = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 22 && typesIn.size >= 3 && firms[2].entered < firms[2].left && firms[7].entered < firms[7].left, "c1 park " + inPark.length);
  const eRows = [padRow(["普宁市电子商务产业园入驻企业台账"], 7), ["序号", "企业名称", "统一社会信用代码", "类型", "入驻日期", "退出日期", "状态"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i), f.left ? dotDate(f.left) : null, f.left ? "已退出" : "在园"]));

  // ---------------- 资金（万元）
  const ALLOC = 5000000;
  const pays = [["2020-08-20", 1350000, "公共服务中心建设"], ["2020-10-16", 386000, "村级站点建设第一批"], ["2020-12-11", 245600, "培训服务费"],
    ["2021-01-28", 412000, "村级站点建设第二批"], ["2021-03-19", 198000, "品牌推广"], ["2021-04-23", 276500, "物流配送体系"],
    ["2021-06-04", 321800, "产业园改造"], ["2021-07-09", 168300, "培训服务费第二批"], ["2021-08-27", 254000, "溯源系统"],
    ["2021-09-15", 380000, "中心运营尾款"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["普宁市电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：万元"], 6),
    ["序号", "拨付日期", "项目名称", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 1), p[2], i === 3 ? `${fmtInt(p[1])}元` : wan(p[1]), `普商拨〔${p[0].slice(0, 4)}〕${i + 3}号`, i === 3 ? "此笔按元填写" : null]));
  fRows.push([null, "合计", null, wan(sum(pays.map((p) => p[1]))), null, "含9月拨付"]);

  // ---------------- 月报（月份为列）
  const rHead = ["事项"].concat(WINDOW.map((m) => cnMonth(m)));
  const rCells = ["向揭阳市商务局报送月报"].concat(WINDOW.map((m) => (m === "2021-01" ? null : m === "2020-10" ? `${Number(m.slice(5))}.${rint(5, 9)}` : "√")));
  const rRows = [padRow(["普宁市电子商务进农村工作月报报送记录"], 13), rHead, rCells, padRow(["说明：“√”为当月已报送；写“月.日”的为当月实际报送日期；空白为未报送。"], 13)];
  const repMonths = WINDOW.filter((m, i) => rCells[i + 1] !== null).length;
  assert(repMonths === 11, "c1 report months");

  // ---------------- 专栏更新
  const upd = [];
  for (const m of WINDOW) upd.push(`${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  upd.push("2021-09-10");
  const uRows = [padRow(["普宁市人民政府门户网站“电子商务进农村”专栏更新记录"], 4), ["序号", "发布日期", "标题", "类别"]];
  upd.forEach((d, i) => uRows.push([i + 1, dateCell(d, i + 2), `普宁市电子商务进农村综合示范项目建设进度（${cnMonth(d)}）`, "建设进度"]));
  const disMonths = inWindowMonths(upd.filter((d) => d <= CUT));
  assert(disMonths === 12, "c1 disclosure months");

  // ---------------- 宣传
  const media = [["2020-12-15", "南方日报", "省级", "报纸", "普宁青梅搭上电商快车", "否"], ["2021-03-22", "揭阳日报", "市级", "报纸", "普宁村级电商站点服务群众", "否"],
    ["2021-06-10", "揭阳广播电视台", "市级", "电视", "脱贫户直播卖蕉柑：普宁电商扶贫典型", "是"], ["2021-09-06", "普宁市融媒体中心", "县级", "网络", "我市召开电商进农村示范创建推进会", "否"]];
  const mRows = [padRow(["普宁市电子商务宣传报道台账"], 7), ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i), ...m.slice(1)]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送时间", "材料名称", "报送单位"], [1, "2021年7月16日", "普宁市电子商务进农村综合示范创建经验材料", "揭阳市商务局"]];
  const optRows = [["是否"], ["是"], ["否"], [null], ["镇街"]].concat(TOWNS.map((t) => [t]));

  // ---------------- 自评填报表（分节）
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 9,
    "work.training": 18, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const ELIG = 3416, TRAINED = 1920;
  const W = 4;
  const fr = [padRow(["揭阳市电子商务进农村综合示范县（市、区）考评自评填报表"], W), padRow(["填报单位：普宁市商务局　　　填报时间：2021年9月6日　　　考评截止时间：2021年8月31日"], W)];
  const fm = ["A1:D1", "A2:D2"];
  const sec = (t) => { n = 0; fr.push(padRow([t], W)); fm.push(`A${fr.length}:D${fr.length}`); fr.push(["序号", "填报项目", "填报内容", "说明"]); };
  let n = 0;
  const item = (a, b, c) => { n++; fr.push([n, a, b, c === undefined ? null : c]); };
  const foot = (id) => { fr.push([null, "本项自评得分", `${claimed[id]}分`, null]); fr.push(padRow([], W)); n = 0; };
  sec("〇、基本情况");
  item("常住人口", "200.74万人", "第七次全国人口普查");
  item("行政村数", "238个", "另有居委会20个");
  item("省定贫困村数", "23个");
  fr.push(padRow([], W));
  sec("一、组织领导（2分）");
  item("领导小组组长", "市委副书记、市长");
  item("成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市供销社");
  foot("org.leadership");
  sec("二、方案制定（2分）");
  item("示范创建工作方案", "已正式印发", "普府办〔2020〕38号，2020年5月12日");
  item("方案制定自评（1-2分）", 2);
  foot("org.plan");
  sec("三、政策支持（2分）");
  item("支持农村电商发展政策", "已出台", "《普宁市促进电子商务发展若干措施》，落实情况一般");
  item("政策支持自评（1-2分）", 1);
  foot("org.policy");
  sec("四、项目管理（4分）");
  item("项目管理制度自评（1-2分）", 2, "已制定项目管理办法");
  item("工作台账自评（1-2分）", 1, "部分台账记录不完整");
  foot("org.management");
  sec("五、服务体系建设：县级中心与产业园（15分）");
  item("公共服务中心投入运营日期", "2020年10月18日");
  item("免费培训场所、设备", "有");
  item("特色农产品免费展示、销售", "有");
  item("免费摄影、美工服务", "有");
  item("统一推广、品牌建设指导", "有");
  item("其他衍生增值服务", "无", "尚未开展");
  item("电商产业园", "已建设", "整合原流沙电商创业园");
  item("产业园入驻企业", `${inPark.length}家`, "见产业园台账");
  foot("work.center");
  sec("六、服务体系建设：村级站点覆盖（10分）");
  item("已建站行政村", "见站点台账", "省定贫困村全覆盖");
  foot("work.coverage");
  sec("七、农村产品上行（10分）");
  item("网销调研自评（1-2分）", 2);
  item("网络促销活动自评（1-2分）", 2);
  item("专业第三方电商运营或服务商", "有", "广东揭普电子商务运营服务有限公司");
  item("行政村物流快递覆盖率", "100%");
  item("交易标准与冷链溯源自评（1-2分）", 1);
  item("2019年农村网络零售额", "86.42亿元");
  item("2020年农村网络零售额", "108.73亿元");
  item("2020年农产品网络零售额同比增速", "33.5%");
  foot("work.upward");
  sec("八、电商人才培训（20分）");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", `${fmtInt(ELIG)}人`, "市乡村振兴局核定");
  item("参加培训的建档立卡贫困人口", `${fmtInt(TRAINED)}人`);
  foot("work.training");
  sec("九、信息公开（4分）");
  item("专栏公示创建方案", "是");
  item("专栏公示项目基本信息", "是");
  item("专栏公示项目建设进度", "是");
  item("征求意见或监督举报窗口", "是", "监督举报邮箱");
  foot("info.disclosure");
  sec("十、数据上报（6分）");
  item("能统计电商扶贫情况", "是");
  foot("info.reporting");
  sec("十一、案例总结（2分）");
  foot("promo.cases");
  sec("十二、经验推广（8分）");
  foot("promo.media");
  sec("十三、资金管理（15分）");
  item("下达资金总额", "500万元");
  item("累计拨付资金", `${fmtMoney(spent)}元`);
  item("资金管理制度自评（1-5分）", 5);
  item("资金台账自评（1-5分）", 4);
  item("资金及时拨付自评（1-5分）", 4);
  fr.push([null, "本项自评得分", `制度建立${claimed["fund.system"]}分、资金台账${claimed["fund.ledger"]}分、资金支出${claimed["fund.spending"]}分`, null]);
  fr.push(padRow([], W));
  n = 0;
  sec("十四、加分项");
  item("贫困人口培训率70%及以上", "否", `${pct1(TRAINED, ELIG)}`);
  item("电商扶贫典型案例获电视播报", "是", "2021年6月10日揭阳广播电视台播报");
  fr.push([null, "本项自评得分", `培训率0分；典型案例${claimed["bonus.tvCase"]}分`, null]);
  fr.push(padRow([], W));
  n = 0;
  sec("十五、一票否决项");
  item("发生安全生产、质量事故或重大损失", "否");
  item("项目总体进度", "90%");
  item("弄虚作假", "否");
  fr.push(padRow(["填表人：×××　　审核人：×××　　联系电话：0663-22×××××"], W));
  fm.push(`A${fr.length}:D${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 width");

  // ---------------- points
  const COV_BASE = Math.min(adminV.length, 200);
  const centerPts = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covered.size, COV_BASE, 70) ? 5 : ratioGE(covered.size, COV_BASE, 50) ? 2 : 0) + (poorCov === poorList.length ? 5 : ratioGE(poorCov, poorList.length, 80) ? 3 : 0);
  const r19 = 8642000000, r20 = 10873000000;
  assert((r20 - r19) * 100 < 30 * r19, "c1 rural growth under 30");
  const upPts = 2 + 2 + 1 + 1 + 1 + 2;
  const BASE = 500000;
  const ptPts = ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0;
  const poorPts = ratioGE(TRAINED, ELIG, 50) ? 10 : ratioGE(TRAINED, ELIG, 40) ? 8 : 6;
  assert(centerPts === 14 && covPts === 8 && upPts === 9 && ptPts === 8 && poorPts === 10, "c1 pts " + [centerPts, covPts, upPts, ptPts, poorPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1), "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 4 + 3, "fund.system": 5, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(TRAINED, ELIG, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 87 && bonus === 0, "c1 total " + scored + "+" + bonus);
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  const two = sessions.find((s) => s.two);
  const derivation = [
    "org.leadership: 一节“领导小组组长：市委副书记、市长”（市长＝主要领导），成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2（本项自评2）",
    "org.plan: 方案“已正式印发”（普府办〔2020〕38号），方案制定自评2 → 2",
    "org.policy: 政策“已出台”，政策支持自评1 → 1",
    "org.management: 项目管理制度自评2＋工作台账自评1 → 3",
    `work.center: 中心2020年10月18日投入运营（≤2021-02-28） → 2＋2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“无／尚未开展” → 0；产业园已建设 → 2；《园区企业》截至8月31日在园${inPark.length}家（2021.2.28、2021.7.15退出的两家不算，2021-09-02入驻的不算） ≥ 20 → 2；平台型、销售型、运营服务商、物流快递等 ≥ 3类 → 1；合计14`,
    `work.coverage: 《村居名录》村委会${adminV.length}个（居委会${comms.length}个不算） → 基数200；《站点台账》截止日前有站的行政村${covered.size}个（“×村委会”写法与村名同一村，同村第二站点只算一次，两个社区便民服务点不算，9月建成的3站不算，“21.3.5”“20210315”、Excel序列号都按日期读） → ${covered.size}/200 = ${pct1(covered.size, 200)} ≥ 70% → 5；省定贫困村23个（名录“省定贫困村”列√），${poorLate.name}的站2021-09-03才建成 → 22/23 = ${pct1(22, 23)}，80%—100% → 3；合计8（本项自评10）`,
    "work.upward: 网销调研自评2、网络促销自评2；第三方服务商“有” → 1；《村居名录》快递服务进村列村委会全√ → 1；交易标准与冷链溯源自评1；农村网零86.42→108.73亿元增25.8%不够，但农产品网零同比增速33.5% ≥ 30% → 2；合计9",
    `work.training: 常住人口200.74万 → 基数500,000；《培训登记》截止日前第1—31期合计${fmtInt(ptCut)}人次（两天班“${rangeText(two.start, two.date, "dot")}”等按末日，“×人次”文本照读，第32期2021-09-14不算，合计行不加） → ${pct2(ptCut, BASE)}，0.8%—1% → 8；贫困人口用填报数：${fmtInt(TRAINED)}/${fmtInt(ELIG)} = ${pct1(TRAINED, ELIG)} ≥ 50% → 10；合计18`,
    "info.disclosure: 四项公示内容都“是” → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《月报报送》月份横排，2021年1月空白（未报送），2020年10月格写的是报送日期（“月.日”）也算报送 → 11/12个月 → 不定时1；能统计电商扶贫“是” → 3；合计4（本项自评6）",
    "promo.cases: 2021年7月16日向揭阳市商务局报送经验材料 → 2",
    "promo.media: 南方日报2020-12-15（省级） → 4；揭阳日报、揭阳广播电视台（市级） → 3；普宁市融媒体中心2021-09-06在截止日后，县级不得分 → 7（本项自评8）",
    "fund.system: 资金管理制度自评5 → 5",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 《资金拨付台账》单位万元，第4笔写“${fmtInt(pays[3][1])}元”按元；截止日前9笔合计${fmtMoney(spent)}元（2021-09-15尾款38万不算，合计行不算） / 下达5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${pct1(TRAINED, ELIG)} < 70% → 0`,
    "bonus.tvCase: 电商扶贫典型案例只在揭阳广播电视台（市级电视）播报，国家级、省级电视都没有 → 0（本项自评1）",
    "veto.incident: “发生安全生产、质量事故或重大损失：否” → 不否决",
    "veto.progress: 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假：否” → 不否决",
  ];
  return {
    description:
      `揭阳普宁市商务局整本考评工作簿（11个表：自评填报表＋9个台账＋隐藏的下拉选项表），${scored}分、无加分、未否决（自评${sumClaim}＋1）：事实表是揭阳市局下发的《考评自评填报表》按指标分节填——每节一行合并的节标题“一、组织领导（2分）”、一行 序号｜填报项目｜填报内容｜说明 表头、若干填报行、节末“本项自评得分”行（claimed；资金管理一节和加分项一节把几个指标的分写在一句里）；台账：村居名录238个村委会（超200封顶，“村民委员会／村委会”写法）＋20个居委会，站点台账建成时间有“21.3.5”、20210315数字、Excel序列号，9月建站的贫困村使贫困村覆盖22/23；月报按月份横排一行（1月空白）；资金单位万元但一笔写“元”；电商扶贫典型案例只上了市级电视台。`,
    sheets: [
      { name: "自评填报表", rows: fr, merges: fm },
      { name: "村居名录", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训登记", rows: tRows, merges: ["A1:G1"] },
      { name: "园区企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:M1", "A4:M4"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: optRows, hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 梅州市梅县区: 考评佐证材料目录（事实在材料名称和括号里）＋主观评分项自评
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [padRow(["梅州市梅县区电子商务进农村综合示范创建考评佐证材料目录"], W),
    padRow(["考评截止时间：2021年8月31日　　　　　　　　　　　　　　　　　　　　编制：梅县区商务局（2021年9月）"], W),
    ["序号", "评价指标", "佐证材料名称", "文号／形成时间", "页码", "备注"]];
  const m = ["A1:F1", "A2:F2"];
  const G = [
    ["组织领导", [
      ["《关于成立梅县区电子商务进农村综合示范创建工作领导小组的通知》（区长任组长，区商务局、财政局、农业农村局、乡村振兴局、供销社为成员单位）", "梅县区府办〔2020〕9号", "1-4", null],
      ["领导小组会议纪要（3次）", "2020.4—2021.7", "5-11", null]]],
    ["方案制定", [["《梅县区电子商务进农村综合示范创建工作方案》（正式印发）", "梅县区府办〔2020〕15号　2020年4月28日", "12-15", null]]],
    ["政策支持", [["《梅县区促进农村电子商务发展扶持办法》", "梅县区府〔2020〕31号", "16-20", "已出台并兑现扶持资金"]]],
    ["项目管理", [["项目管理制度、工作台账", "—", "21-40", null]]],
    ["服务体系建设", [
      ["县级电子商务公共服务中心投入运营通知及开业照片（2020年9月26日投入运营）", "2020年9月26日", "41-45", null],
      ["免费培训场所、培训设备照片", "—", "46-47", "免费开展电商基础培训"],
      ["特色农产品免费展示、销售区照片", "—", "48", null],
      ["免费摄影、美工服务记录", "—", "—", "暂缺（该项服务尚未开展）"],
      ["农产品统一推广、品牌建设指导材料（“梅县金柚”区域品牌）", "—", "49-53", null],
      ["其他衍生增值服务记录（金融对接、物流对接、法律咨询）", "—", "54-56", null],
      ["电商产业园整合方案及入驻企业清单", "2020年8月", "57-63", null],
      ["村级站点清单（全区行政村364个、社区24个，省定贫困村40个）", "—", "64-80", null]]],
    ["农村产品上行", [
      ["第三方电商运营服务商服务合同（梅州市客都电子商务运营有限公司）", "2020年7月", "81-88", null],
      ["梅州市邮政管理局《梅县区行政村快递服务覆盖情况证明》（行政村覆盖率100%）", "2021年8月", "89", null],
      ["区统计局农村网络零售数据证明（2019年18.62亿元，2020年23.05亿元）", "2021年3月", "90-91", null]]],
    ["电商人才培训", [
      ["区统计局常住人口证明（常住人口55.92万人）", "2021年6月", "92", null],
      ["培训签到表汇编（共68期，5,126人次）", "2020.9—2021.8", "93-260", null],
      ["区乡村振兴局确认的有劳动能力建档立卡贫困人口数（不含外出务工4,208人）及参训名单（2,317人）", "2021年8月", "261-330", null]]],
    ["信息公开", [
      ["区政府网站专栏截图（创建方案、项目基本信息、项目建设进度）", "—", "331-340", null],
      ["征求意见／监督举报窗口截图", "—", "—", "暂缺，专栏未设监督举报窗口"]]],
    ["数据上报", [["月报及电商扶贫统计表（能统计电商扶贫情况）", "2020.9—2021.8", "341-380", null]]],
    ["资金管理", [
      ["省级专项资金下达文件（500万元）", "粤财工〔2019〕××号", "381-383", null],
      ["《梅县区电子商务进农村综合示范专项资金管理办法》", "梅县区财〔2020〕22号", "384-390", null],
      ["承建单位资金专用台账", "—", "391-420", "已建立"],
      ["资金拨付凭证汇总（累计拨付3,862,450.00元）", "截至2021年8月31日", "421-470", null]]],
    ["一票否决", [
      ["项目建设进度表（项目总体进度92%）", "2021年8月", "471-472", null],
      ["无安全生产、质量事故及重大损失的情况说明", "—", "473", "未发生"],
      ["不存在弄虚作假的承诺书", "—", "474", "无弄虚作假"]]],
  ];
  let no = 0;
  for (const [ind, items] of G) {
    const r0 = rows.length + 1;
    items.forEach((it, i) => {
      no++;
      rows.push([no, i === 0 ? ind : null, it[0], it[1], it[2], it[3]]);
    });
    mergeCol(m, "B", r0, rows.length);
  }
  rows.push(padRow([], W));
  rows.push(padRow(["主观评分项自评"], W));
  m.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评分项", "分值范围", "自评分", "依据", null]);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 2], ["网销调研及建议", "1-2", 1], ["网络促销活动", "1-2", 2],
    ["交易标准、冷链及溯源", "1-2", 1], ["资金管理制度", "1-5", 5], ["资金台账", "1-5", 5], ["资金及时拨付", "1-5", 4]];
  J.forEach((j, i) => rows.push([i + 1, j[0], j[1], j[2], "见目录对应材料", null]));
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "梅州梅县区商务局编的《考评佐证材料目录》当事实表：序号｜评价指标（按指标纵向合并）｜佐证材料名称｜文号／形成时间｜页码｜备注，事实写在材料名称和括号里（“区长任组长，…为成员单位”、“2020年9月26日投入运营”、“2019年18.62亿元，2020年23.05亿元”、“常住人口55.92万人”、“68期，5,126人次”），页码“12-15”“93-260”是页码不是日期或数，文号里的数字不是数；备注“暂缺（该项服务尚未开展）”“暂缺，专栏未设监督举报窗口”表示没有；下面另一小表“主观评分项自评”给出十个主观分。",
    sheets: [{ name: "佐证材料目录", rows, merges: m }],
    expect: {
      facts: {
        county: "梅县区", asOf: "2021-08-31", residentPopulation: 559200, adminVillagesStated: 364, poorVillagesStated: 40, planIssued: true,
        policyIssued: true, centerOpened: "2020-09-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1862000000, ruralRetail2020: 2305000000,
        trainingPersonTimesStated: 5126, eligiblePoorPersonsStated: 4208, trainedPoorPersonsStated: 2317, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 3862450, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 汕头市澄海区: 打印表单，值在标签下面一行（每两行四对），全角数字，已/未、有/无
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const m = [];
  const title = (t) => { rows.push(padRow([t], W)); m.push(`A${rows.length}:H${rows.length}`); };
  // each pair occupies two columns (label merged over 2 cols, value merged below)
  const grid = (pairs) => {
    const L = [], V = [];
    pairs.forEach(([l, v]) => { L.push(l, null); V.push(v === undefined ? null : v, null); });
    const rl = rows.push(padRow(L, W));
    const rv = rows.push(padRow(V, W));
    pairs.forEach((_, i) => {
      const c0 = colName(2 * i), c1 = colName(2 * i + 1);
      m.push(`${c0}${rl}:${c1}${rl}`, `${c0}${rv}:${c1}${rv}`);
    });
  };
  title("澄海区电子商务进农村综合示范创建考评基础数据表");
  title("（请在每个项目下方空格内填写；数字可带单位）");
  rows.push(padRow([], W));
  grid([["县（区）名称", "澄海区"], ["填报日期", "2021年9月2日"], ["考评截止日期", "2021.8.31"], ["填报人", "蔡××"]]);
  grid([["常住人口（人）", fwDigits("842193")], ["行政村（个）", fwDigits("163")], ["省定贫困村（个）", "0（无省定贫困村）"], ["项目总体进度", "８６％"]]);
  rows.push(padRow([], W));
  title("组织领导与政策");
  grid([["领导小组组长（职务）", "区委常委、副区长"], ["成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局"], ["创建工作方案", "已印发"], ["扶持政策", "未出台"]]);
  rows.push(padRow([], W));
  title("公共服务中心与产业园");
  grid([["中心投入运营时间", "2020年11月"], ["免费培训场所和设备", "有"], ["免费展示、销售", "有"], ["免费摄影、美工", "有"]]);
  grid([["统一推广与品牌建设", "有"], ["其他衍生增值服务", null], ["电商产业园", "已建成"], ["第三方运营服务商", "有"]]);
  rows.push(padRow([], W));
  title("上行与培训");
  grid([["行政村快递覆盖100%", "是"], ["2019年农产品网络零售额（万元）", "12,360"], ["2020年农产品网络零售额（万元）", "17,105.5"], ["培训人次", fwDigits("9120") + "人次"]]);
  grid([["有劳动能力建档立卡贫困人口（不含外出务工）", "1,205人"], ["参训建档立卡贫困人口", "486人"], ["电商扶贫统计", "能统计"], [null, null]]);
  rows.push(padRow([], W));
  title("信息公开（专栏公示内容）");
  grid([["创建方案", "已公示"], ["项目基本信息", "已公示"], ["项目建设进度", "已公示"], ["征求意见／监督举报窗口", "未设立"]]);
  rows.push(padRow([], W));
  title("资金");
  grid([["下达资金（元）", "5,000,000.00"], ["累计拨付（元）", "4,032,618.50"], ["资金管理制度", "已建立"], ["资金专用台账", "已建立"]]);
  rows.push(padRow([], W));
  title("主观评分项（自评分）");
  grid([["方案制定（1-2）", "2分"], ["政策支持（1-2）", "—"], ["项目管理制度（1-2）", "1分"], ["工作台账（1-2）", "2分"]]);
  grid([["网销调研（1-2）", "2分"], ["网络促销（1-2）", "1分"], ["交易标准及冷链溯源（1-2）", "1分"], ["资金管理制度（1-5）", "4分"]]);
  grid([["资金台账（1-5）", "4分"], ["资金及时拨付（1-5）", "3分"], [null, null], [null, null]]);
  rows.push(padRow([], W));
  title("否决事项");
  grid([["安全生产、质量事故或重大损失", "无"], ["弄虚作假", "无"], [null, null], [null, null]]);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "汕头澄海区商务局填的打印版《考评基础数据表》：每两行一组，上一行是四个项目名（各占两格合并），值写在项目名正下方那一行的合并格里（不是右边），节标题整行合并、组间有空行；数字有全角（“８４２１９３”“８６％”“９１２０人次”）、千分位（“17,105.5”万元、“4,032,618.50”元），单位在项目名括号里；答案是有／已印发／未出台／已公示／未设立／无；“其他衍生增值服务”下面空着（未答）；省定贫困村“0（无省定贫困村）”；组长“区委常委、副区长”；政策支持主观分填“—”。",
    sheets: [{ name: "基础数据表", rows, merges: m }],
    expect: {
      facts: {
        county: "澄海区", asOf: "2021-08-31", residentPopulation: 842193, adminVillagesStated: 163, poorVillagesStated: 0, overallProgress: 0.86,
        planIssued: true, policyIssued: false, centerOpened: "2020-11", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 123600000, agriRetail2020: 171055000,
        trainingPersonTimesStated: 9120, eligiblePoorPersonsStated: 1205, trainedPoorPersonsStated: 486, povertyStatisticsStated: true,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, fundAllocated: 5000000,
        fundSpentStated: 4032618.5, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 惠州市惠阳区: 官方指标表重打（自评说明＋自评得分），上方“标签：值”基本情况
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [padRow(["惠州市惠阳区2019年省级电子商务进农村综合示范创建考评自评表"], W),
    padRow(["填报单位：惠阳区商务局（盖章）　　　　　　　　　　填报日期：2021年9月3日"], W),
    ["常住人口：61.26万人", "行政村：76个", "省定贫困村：10个", "考评截止：2021年8月31日", null, null],
    ["工作任务", "评价指标（权重）", "评分标准（摘要）", "自评说明（完成情况）", "自评得分", "备注"]];
  const m = ["A1:F1", "A2:F2"];
  const T = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导（2）", "主要领导牵头且商务、财政、农业、扶贫参与2分；分管领导1分", "区委书记任组长，区长任常务副组长，区商务局、财政局、农业农村局、乡村振兴局、交通运输局为成员单位", 2],
      ["方案制定（2）", "1-2分", "2020年5月正式印发《惠阳区电子商务进农村综合示范创建工作方案》（惠阳府办函〔2020〕66号）", 2],
      ["政策支持（2）", "1-2分", "出台《惠阳区支持电子商务发展若干措施》，部分条款待落实", 1],
      ["项目管理（4）", "制度1-2分；台账1-2分", "项目管理制度2分：已制定项目管理办法并执行；工作台账1分：台账建立但记录不全", 3]]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设—县级中心与产业园（15）", "建成2分；运行6个月以上2分；……；入驻20家2分；三种以上类型1分", "公共服务中心2021年3月8日投入运营（截至8月31日不足6个月）；免费培训、免费展示销售、免费摄影美工、统一推广和品牌建设、其他衍生增值服务均已提供；整合淡水电商产业园，入驻企业18家（平台、销售、物流三类）", 11],
      ["服务体系建设—村级站点（10）", "行政村覆盖率70%及以上5分；贫困村100%5分", "76个行政村已建站58个，覆盖率76.3%；10个省定贫困村全覆盖", 10],
      ["农村产品上行（10）", "调研1-2分；促销1-2分；第三方1分；快递100%1分；标准1-2分；增速≥30%2分", "形成网销调研报告（2分）；开展网络促销活动（2分）；有专业第三方运营服务商；行政村快递覆盖率100%；交易标准与溯源（1分）；2020年农村网络零售额同比增长31.6%", 10],
      ["电商人才培训（20）", "培训人次达常住人口1%10分；贫困人口培训率50%10分", "累计培训6,418人次；有劳动能力的建档立卡贫困人口（不含外出务工）1,032人，参训574人", 20]]],
    ["加强信息公开及报送（10分）", [
      ["信息公开（4）", "专栏内容全面2分；按月更新2分，不定时1分", "区政府网站专栏公示创建方案、项目基本信息、项目建设进度，并设监督举报窗口；不定时更新", 3],
      ["数据上报（6）", "每月报送3分；统计电商扶贫3分", "每月向惠州市商务局报送；能统计电商扶贫情况", 6]]],
    ["加强宣传推广（10分）", [
      ["案例总结（2）", "报送经验材料2分", "2021年6月向市商务局报送经验材料", 2],
      ["经验推广（8）", "省级4分；市级3分；县级1分", "南方日报、惠阳融媒体报道", 5]]],
    ["加强财政资金管理（15分）", [
      ["制度建立（5）", "1-5分", "制定《惠阳区电子商务进农村综合示范专项资金管理办法》", 5],
      ["资金台账（5）", "1-5分", "承建单位建立资金专用台账，个别凭证待补", 4],
      ["资金支出（5）", "支出率70%以上1-5分；低于70%倒扣5分", "省下达500万元，累计拨付382.6万元，支出率76.5%，按进度拨付", 4]]],
    ["加分项（4分）", [
      ["建档立卡贫困人口培训率70%及以上（2）", "2分", "培训率55.6%，未达70%", 0],
      ["电商扶贫典型案例获电视播报（2）", "国家级2分，省级1分", "2021年4月广东广播电视台《广东新闻联播》播报我区电商扶贫案例", 1]]],
    ["一票否决项", [
      ["安全生产、质量事故或重大损失", "—", "无", null],
      ["总体进度不足40%", "—", "项目总体进度95%", null],
      ["弄虚作假", "—", "无", null]]],
  ];
  let tot = 0;
  for (const [task, items] of T) {
    const r0 = rows.length + 1;
    items.forEach((it, i) => {
      rows.push([i === 0 ? task : null, it[0], it[1], it[2], it[3], null]);
      if (!task.startsWith("加分") && it[3] !== null) tot += it[3];
    });
    mergeCol(m, "A", r0, rows.length);
  }
  rows.push([null, "合计", null, null, tot, "另加分1分"]);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 11, "work.coverage": 10, "work.upward": 10,
    "work.training": 20, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  assert(tot === sum(SCORED.map(([id]) => claimed[id])), "f3 total " + tot);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "惠州惠阳区商务局按官方指标表重打的《考评自评表》：标题、填报单位行下面一行四格写“常住人口：61.26万人”“行政村：76个”“省定贫困村：10个”“考评截止：2021年8月31日”（标签和值在同一格），表体 工作任务（纵向合并）｜评价指标（权重）｜评分标准（摘要）｜自评说明（完成情况）｜自评得分｜备注，服务体系建设拆成县级中心与产业园、村级站点两行，事实都在“自评说明”的句子里（组长区委书记、中心2021年3月8日运营、382.6万元、31.6%），主观细项分写在句中括号里，评分标准列的70%、1%、50%等是门槛不是事实；加分项两行、一票否决三行（无／总体进度95%）。",
    sheets: [{ name: "自评表", rows, merges: m }],
    expect: {
      facts: {
        county: "惠阳区", asOf: "2021-08-31", residentPopulation: 612600, adminVillagesStated: 76, poorVillagesStated: 10, planIssued: true,
        policyIssued: true, centerOpened: "2021-03-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 6418, eligiblePoorPersonsStated: 1032, trainedPoorPersonsStated: 574, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000,
        fundSpentStated: 3826000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}


// =====================================================================================================
// l1 — 佛山市高明区: 按期分组的培训学员名单、脱贫人口劳动力台账、分期统计
// =====================================================================================================
function buildL1() {
  const W = 7;
  const REG = "440608";
  const rows = [padRow(["高明区农村电子商务培训学员名单"], W), padRow(["（按期次登记，每期学员列在该期标题行之下）"], W),
    ["序号", "姓名", "性别", "身份证号码", "镇（街道）", "是否脱贫户", "签名"]];
  const m = ["A1:G1", "A2:G2"];
  const TOWNS = ["荷城街道", "杨和镇", "明城镇", "更合镇"];
  const S = [
    { no: 1, start: "2020-09-17", end: "2020-09-17", place: "荷城街道电商公共服务中心", topic: "电商基础知识", n: 11 },
    { no: 2, start: "2020-11-05", end: "2020-11-05", place: "杨和镇文化中心", topic: "网店开设", n: 9 },
    { no: 3, start: "2021-01-14", end: "2021-01-14", place: "明城镇党群服务中心", topic: "短视频拍摄", n: 0, cancel: true },
    { no: 4, start: "2021-03-18", end: "2021-03-19", place: "更合镇电商服务站", topic: "直播带货（两天）", n: 12 },
    { no: 5, start: "2021-05-20", end: "2021-05-20", place: "明城镇党群服务中心", topic: "短视频拍摄（第3期改期）", n: 10 },
    { no: 6, start: "2021-07-08", end: "2021-07-08", place: "荷城街道电商公共服务中心", topic: "农产品网络营销", n: 8 },
    { no: 7, start: "2021-08-31", end: "2021-08-31", place: "杨和镇文化中心", topic: "社区团购", n: 7 },
    { no: 8, start: "2021-09-09", end: "2021-09-09", place: "更合镇电商服务站", topic: "电商扶贫专场", n: 6 },
  ];
  const people = [];
  const pool = [];
  const recs = [];
  let xLower = 0, spaced = 0, masked = 0, blank = 0;
  for (const s of S) {
    const head = s.cancel
      ? `第${s.no}期　${cnDate(s.start)}　${s.place}　${s.topic}（因疫情取消，改至第5期）`
      : `第${s.no}期　${s.start === s.end ? cnDate(s.start) : rangeText(s.start, s.end, "cn")}　${s.place}　${s.topic}（${s.n}人）`;
    rows.push(padRow([head], W));
    m.push(`A${rows.length}:G${rows.length}`);
    const inSession = new Set();
    for (let k = 0; k < s.n; k++) {
      let p;
      const cand = pool.filter((q) => !inSession.has(q));
      if (cand.length > 4 && rnd() < 0.3) p = cand[rint(0, cand.length - 1)];
      else {
        const male = rnd() < 0.5;
        p = { name: personName(), male, id: makeId(REG, birthBetween(1965, 2000), male, people.length === 3 || people.length === 17 ? true : undefined),
          town: TOWNS[rint(0, 3)], poor: rnd() < 0.3 };
        people.push(p);
        pool.push(p);
      }
      inSession.add(p);
      let idCell = p.id, idRec = p.id;
      const r = recs.length;
      if (isX(p.id) && xLower < 2) { idCell = p.id.slice(0, 17) + "x"; xLower++; }
      else if (r % 13 === 5) { idCell = spacedId(p.id); spaced++; }
      else if (r % 17 === 9) { idCell = maskId(p.id); idRec = maskId(p.id); masked++; }
      else if (r === 40) { idCell = null; idRec = null; blank++; }
      rows.push([k + 1, p.name, p.male ? "男" : "女", idCell, p.town, p.poor ? "是" : "否", null]);
      recs.push({ date: s.end, personTimes: 1, id: idRec });
    }
  }
  rows.push(padRow(["注：第4期为两天班（3月18日—19日），每人只签一次；第8期于9月举办。"], W));
  m.push(`A${rows.length}:G${rows.length}`);
  assert(xLower >= 1 && spaced >= 2 && masked >= 2 && blank === 1, "l1 id mix " + [xLower, spaced, masked, blank]);
  assert(recs.length === sum(S.map((s) => s.n)), "l1 recs");
  checkTrainingIds(recs, "l1");

  // ---------------- 脱贫人口劳动力台账
  const pRows = [padRow(["高明区脱贫人口劳动力情况台账"], 8), padRow(["来源：区农业农村局（乡村振兴）2021年7月；劳动能力、务工情况由各镇（街道）核实"], 8),
    ["序号", "户主姓名", "成员姓名", "公民身份号码", "所在村", "劳动能力", "务工情况", "备注"]];
  const pm = ["A1:H1", "A2:H2"];
  const LAB = ["有劳动能力", "有劳动能力", "无劳动能力", "有劳动能力", "丧失劳动能力", "有劳动能力", null];
  const WORK = ["外出务工（省内）", "本地务工", "在家务农", "外出务工（省外）", "未务工", null];
  const VIL = ["富湾村", "秀丽村", "湖南村", "良村村", "坚美村", "白石村", "泰和村"];
  const poor = [];
  const poorIds = people.filter((p) => p.poor).map((p) => p.id);
  let wk = 0;
  for (let i = 0; i < 22; i++) {
    const lab = LAB[i % LAB.length];
    const labour = lab === null ? null : lab === "有劳动能力";
    const work = labour ? WORK[wk++ % WORK.length] : "—";
    const migrant = work === "—" || work === null ? null : /外出/.test(work);
    const id = i < poorIds.length && labour ? poorIds[i] : makeId(REG, birthBetween(labour === false ? 1940 : 1965, labour === false ? 1962 : 2001), rnd() < 0.5);
    const known = people.find((q) => q.id === id);
    const member = known ? known.name : personName();
    pRows.push([i + 1, i % 3 === 0 ? member : personName(), member, id, VIL[i % VIL.length], lab, work, lab === null ? "待核实" : null]);
    poor.push({ id, labour, migrant });
  }
  pRows.push(padRow([null, "合计", "22人"], 8));
  assert(poor.some((p) => p.labour === null) && poor.some((p) => p.migrant === true) && poor.some((p) => p.migrant === false), "l1 poor mix");

  const sRows = [padRow(["分期统计"], 4), ["期次", "日期", "人数", "其中脱贫户"]];
  for (const s of S.filter((x) => !x.cancel)) sRows.push([`第${s.no}期`, s.end === s.start ? dotDate(s.end) : rangeText(s.start, s.end, "dot"), s.n, null]);
  sRows.push(["合计", null, sum(S.map((s) => s.n)), null]);
  return {
    description:
      "佛山高明区商务局交的培训台账：①《培训学员名单》按期分组——每期先一行整行合并的期次标题“第4期　2021年3月18日—19日　更合镇电商服务站　直播带货（两天）（12人）”，其下学员行 序号｜姓名｜性别｜身份证号码｜镇（街道）｜是否脱贫户｜签名 没有日期列，日期取所在期标题（两天班按19日）；第3期“因疫情取消”标题下没有学员；第7期8月31日、第8期9月照记；同一人参加几期各记一次；身份证有末位小写x、6-8-4空格分段、脱敏“440608********”和一个空着的。②《脱贫人口劳动力台账》户主／成员两列，劳动能力“有劳动能力／无劳动能力／丧失劳动能力”（一格空、备注待核实），务工“外出务工（省内／省外）”是外出，“本地务工”“在家务农”“未务工”不是。③《分期统计》是汇总，不是台账。",
    sheets: [
      { name: "培训学员名单", rows, merges: m },
      { name: "脱贫人口劳动力台账", rows: pRows, merges: pm },
      { name: "分期统计", rows: sRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "培训学员名单": { kind: "training", records: recs },
        "脱贫人口劳动力台账": { kind: "poorPersons", records: poor },
        "分期统计": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 汕头市龙湖区: 站点名录、网站专栏后台导出、媒体报道、报送市局材料、填报说明
// =====================================================================================================
function buildL2() {
  // ---------------- 站点名录
  const W = 7;
  const vn = villageNamer("新外下东西南上北", "溪砂陇沟美厝埔蓬");
  const sRows = [padRow(["龙湖区村级电子商务服务站点名录"], W), padRow(["填报单位：龙湖区科技和工业信息化局（商务）"], W),
    ["编号", "镇（街道）", "站点名称", "所在村（居）", "挂牌日期", "负责人", "服务项目"]];
  const sm = ["A1:G1", "A2:G2"];
  const stRecs = [];
  const towns = ["新溪街道", "外砂街道"];
  for (let i = 0; i < 16; i++) {
    const v = vn();
    const stem = v.replace(/村$/, "");
    let op = randIsoBetween("2020-06-01", "2021-09-15");
    let cell, rec;
    if (i % 5 === 0) { cell = twoDot(op); rec = op; }
    else if (i % 5 === 1) { cell = cnMonth(op); rec = op.slice(0, 7); }
    else if (i % 5 === 2) { cell = D(op); rec = op; }
    else if (i % 5 === 3) { cell = twoSlash(op); rec = op; }
    else { cell = cnDate0(op); rec = op; }
    const vcell = i % 3 === 0 ? v.replace(/村$/, "村民委员会") : i % 3 === 1 ? v + "委会" : v;
    sRows.push([`LH-${pad3(i + 1)}`, towns[i % 2], `${stem}村电商服务站`, vcell, cell, personName(), "代购代销、快递收发、代缴费"]);
    stRecs.push({ village: v, opened: rec });
    if (i === 7) sRows.push(padRow([], W));
  }
  sRows.push(padRow(["合计", null, "16个"], W));
  sRows.push(padRow(["注：挂牌日期“21.3.5”“21/3/5”均指2021年；只写到月的为当月挂牌。"], W));
  sm.push(`A${sRows.length}:G${sRows.length}`);

  // ---------------- 专栏后台导出
  const cRows = [["文章ID", "标题", "所属栏目", "发布人", "创建时间", "发布时间", "状态", "浏览量"]];
  const disRecs = [];
  let id = 20413;
  const months = monthsBetween("2020-09", "2021-09");
  months.forEach((mo, i) => {
    const d = `${mo}-${String(rint(3, 26)).padStart(2, "0")}`;
    const created = isoAdd(d, -rint(1, 3));
    id += rint(3, 40);
    cRows.push([String(id), `龙湖区电子商务进农村综合示范项目建设进度公示（${cnMonth(mo)}）`, "电子商务进农村 > 建设进度", "lhsw_admin",
      `${created} ${hms()}`, `${d} ${hms()}`, "已发布", rint(40, 600)]);
    disRecs.push({ date: d });
    if (i === 4 || i === 9) {
      id += rint(1, 5);
      cRows.push([String(id), `（草稿）龙湖区电子商务进农村工作动态`, "电子商务进农村 > 工作动态", "lhsw_admin", `${isoAdd(d, 3)} ${hms()}`, null, "草稿", 0]);
    }
  });
  assert(disRecs.length === 13, "l2 disclosures");

  // ---------------- 媒体报道
  const media = [["2020-10-20", "人民网", "中央级", "网络", "national", false], ["2020-12-03", "广东广播电视台珠江频道", "省级", "电视", "province", true],
    ["2021-03-16", "汕头日报", "市级", "报纸", "city", false], ["2021-05-27", "汕头广播电视台", "市级", "电视", "city", true],
    ["2021-08-12", "龙湖区融媒体中心", "区级", "网络（微信公众号）", "county", false], ["2021-09-08", "南方+客户端", "省级", "网络", "province", false]];
  const mRows = [padRow(["宣传报道情况统计"], 6), ["序号", "刊播时间", "媒体", "媒体级别", "形式", "报道题目"]];
  const mRecs = [];
  const TT = ["汕头龙湖：电商服务站开到家门口", "龙湖区农村电商带货忙", "龙湖电商进农村示范创建见成效", "外砂蓝花菜搭上直播快车", "我区举办电商培训班", "龙湖区电商助农"];
  media.forEach((x, i) => {
    mRows.push([i + 1, i % 2 ? dotDate(x[0]) : D(x[0]), x[1], x[2], x[3], TT[i]]);
    mRecs.push({ date: x[0], level: x[4], tv: x[5] });
  });

  // ---------------- 报送市局材料
  const matRows = [padRow(["向汕头市商务局报送经验材料登记"], 4), ["报送日期", "材料名称", "报送方式", "备注"],
    ["2021/4/9", "龙湖区电子商务进农村综合示范创建阶段性经验做法", "粤政易", null],
    [D("2021-08-20"), "龙湖区“电商＋合作社＋农户”典型案例", "纸质＋电子版", null],
    ["2021年9月10日", "龙湖区示范创建工作总结", "粤政易", "截止日后"]];
  const matRecs = [{ date: "2021-04-09" }, { date: "2021-08-20" }, { date: "2021-09-10" }];

  const note = [["填报说明"], ["1. 本册为龙湖区电子商务进农村综合示范创建台账（第三册）。"], ["2. 专栏记录由区政府网站后台直接导出，未作修改。"],
    ["3. 各表数据截至2021年9月中旬。"]];
  return {
    description:
      "汕头龙湖区商务主管部门交的台账第三册（填报说明＋四张表）：①《站点名录》编号“LH-001”｜镇（街道）｜站点名称｜所在村（居）（“×村民委员会”“×村委会”“×村”混写）｜挂牌日期（“21.3.5”“21/3/5”两位年份、“2021年3月”只到月、真日期、“2021年03月05日”）｜负责人｜服务项目，中间一行空行，末尾合计行和注；②《专栏后台导出》区政府网站内容管理系统原样导出，第1行就是表头：文章ID（文本数字）｜标题｜所属栏目｜发布人｜创建时间｜发布时间（“2021-03-16 10:22:31”带时分秒）｜状态｜浏览量，“草稿”两行没有发布时间不是更新记录；③《宣传报道》媒体级别写中央级／省级／市级／区级，电视看“形式”；④《报送市局材料》报送日期三种写法。",
    sheets: [
      { name: "填报说明", rows: note },
      { name: "站点名录", rows: sRows, merges: sm },
      { name: "专栏后台导出", rows: cRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "报送市局材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "站点名录": { kind: "stations", records: stRecs },
        "专栏后台导出": { kind: "disclosures", records: disRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "报送市局材料": { kind: "materials", records: matRecs },
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
write("counties", "b225-c1-puning.json", c1);
write("facts", "b225-f1-meixian.json", f1);
write("facts", "b225-f2-chenghai.json", f2);
write("facts", "b225-f3-huiyang.json", f3);
write("ledgers", "b225-l1-gaoming.json", l1);
write("ledgers", "b225-l2-longhu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
