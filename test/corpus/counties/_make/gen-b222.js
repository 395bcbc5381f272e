// Batch 222 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b216.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (222222), no clock. Run: node test/corpus/_b222/gen-b222.js
//
// c1 化州市 (茂名): the facts sheet is the 迎检《倒排工期表》 — 序号｜考评指标（分值）｜目标要求｜责任单位｜完成时限｜完成情况｜状态｜
//    细项自评｜指标自评分 (indicator and its 自评分 merged down its tasks = claimed), 总指挥/成员单位 lines on top, 基本数据 block below.
//    Ledgers: 324 村（居） (300 行政村 > 200 cap), 站点 with a 分镇汇总 table above the 明细, sessions with 人次 (500,000 cap),
//    park roll, a 收支 cash book (income row is not a payment), reports, column updates (no Feb), media, materials.
// f1 南澳县 (汕头): a 县政府督查室《督办事项回复单》: form rows (编号, 事项, 时限), the reply as numbered prose paragraphs in merged
//    cells, and an attached 自评得分 table whose 服务体系建设 row carries both scored rows in its 其中 text (中心13、站点10).
// f2 陆河县 (汕尾): the city bureau's Word 采集表 template pasted into Excel — two 项目｜填报内容 pairs per row, full-width digits,
//    units in the label, ☑/□ answers (one item left with both boxes empty), judged points as “□1分 ☑2分”, 考评期间 a range.
// f3 新丰县 (韶关): the project's 里程碑《建设进度计划与完成情况表》 — 计划完成时间 vs 实际完成时间 (only 实际 counts; “未出台”,
//    “—／未设立” are no), leadership inside a 说明 cell, and a 主要数据 block (指标｜单位｜数值) below.
// l1 连山壮族瑶族自治县 (清远): ① the 送教下乡《公务用车登记簿》 as the training ledger — a session is a trip whose 事由 is 电商培训,
//    人次 inside the 事由 text (“参训42人”), a cancelled trip and other errands are not; ② the 民政《救助对象花名册》 — only rows
//    whose 救助类别 includes 建档立卡 are poor persons; ③ 通讯录 (not a ledger).
// l2 湘桥区 (潮州): ① the bureau's《发文登记簿》 — only 月度进展 reports sent to 潮州市商务局 are reports, 扶贫统计 read from 附件;
//    ② the park's《门禁卡发放登记》 — cards per firm: entered = first card issued, left = when its last card is returned; staff and
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
let seed = 222222;
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
    assert(/^b222-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b222-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b222-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 肇庆市鼎湖区: 佐证材料汇编 PDF 书签导出（事实和自评分在书签标题里）＋ 12 个台账


// =====================================================================================================
// c1 — 茂名市化州市: 迎检倒排工期表（事实和自评分）＋ 9 个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["河西街道", "东山街道", "下郭街道", "石湾街道", "杨梅镇", "良光镇", "笪桥镇", "丽岗镇", "新安镇", "官桥镇", "林尘镇",
    "合江镇", "那务镇", "播扬镇", "宝圩镇", "平定镇", "文楼镇", "江湖镇", "中垌镇", "同庆镇", "南盛镇", "长岐镇"];
  const vn = villageNamer("石合新大良平龙高黄竹梅江东西南北上下中长旺福安和", "岗塘垌坡湾田洞岭头坑尾山根坪岸埇陂寮");
  const cn = nameMaker("城文鉴桥罗锦", "北南园兴华秀", "社区");
  const villages = []; // {town, name (stem+村), admin, poor}
  TOWNS.forEach((t, ti) => {
    const nv = ti < 4 ? [5, 6, 4, 7][ti] : ti < 12 ? 16 : 15;
    const nc = ti < 4 ? [6, 5, 5, 4][ti] : ["杨梅镇", "良光镇", "新安镇", "合江镇"].includes(t) ? 1 : 0;
    for (let i = 0; i < nv; i++) villages.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < nc; i++) villages.push({ town: t, name: cn(), admin: false, poor: null });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 300 && comms.length === 24, "c1 village counts " + adminV.length + "/" + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const ruralV = adminV.filter((v) => !v.town.endsWith("街道"));
  const poorList = shuffle(ruralV).slice(0, 30);
  for (const v of poorList) v.poor = true;

  // ---------------- 村居名单
  const W = 7;
  const vRows = [padRow(["化州市村（居）民委员会名单"], W), padRow(["来源：化州市民政局（2021年6月）　　“是否省定贫困村”据市乡村振兴局名单标注"], W),
    ["序号", "镇（街道）", "村（居）委会", "性质", "是否省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let seq = 0;
  for (const t of TOWNS) {
    const rs = villages.filter((v) => v.town === t);
    const r0 = vRows.length + 1;
    for (const v of rs) {
      seq++;
      if (v.admin) vRows.push([seq, t, v.name + "委会", "村委会", v.poor ? "是" : "否", "通", null]);
      else vRows.push([seq, t, v.name.replace(/社区$/, "社区居委会"), "居委会", "—", "—", null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(padRow([null, "合计", `村委会${adminV.length}个，居委会${comms.length}个`], W));
  vRows.push(padRow(["注：快递进村指邮政或快递企业在村设点或按日上门收投；居委会不统计。"], W));
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 站点
  const covered = new Set(); // villages with a station <= CUT
  const stations = []; // {town, village (stem村), opened (iso or YYYY-MM), comm}
  const nonPoorRural = adminV.filter((v) => !v.poor);
  const poorLate = poorList[29];
  for (const v of poorList.slice(0, 29)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-05-10", "2021-08-20") });
  const npShuffled = shuffle(nonPoorRural);
  for (const v of npShuffled.slice(0, 147)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-05-10", "2021-08-31") });
  // a station opened on the cut-off day counts
  stations[stations.length - 1].opened = "2021-08-31";
  const twice = [npShuffled[3], npShuffled[10]];
  for (const v of twice) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2021-01-01", "2021-07-31"), second: true });
  stations.push({ town: poorLate.town, village: poorLate.name, opened: "2021-09-06" });
  const lateNp = npShuffled.slice(147, 150);
  lateNp.forEach((v, i) => stations.push({ town: v.town, village: v.name, opened: ["2021-09-02", "2021-09-08", "2021-09-15"][i] }));
  for (const c of comms.slice(0, 2)) stations.push({ town: c.town, village: c.name, opened: randIsoBetween("2020-08-01", "2021-06-30"), comm: true });
  // five month-only dates (all before the cut-off month)
  const monthOnly = new Set();
  for (const s of shuffle(stations.filter((x) => !x.comm && x.opened < "2021-08-01" && !x.second)).slice(0, 5)) {
    s.opened = s.opened.slice(0, 7);
    monthOnly.add(s);
  }
  for (const s of stations) if (!s.comm && openedBy(s.opened, CUT)) covered.add(s.village);
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 176 && poorCovered === 29, "c1 coverage " + covered.size + "/" + poorCovered);
  const covBase = Math.min(adminV.length, 200);
  // order by town, then by date
  const townIdx = (t) => TOWNS.indexOf(t);
  const sortKey = (s) => (s.opened.length === 7 ? s.opened + "-15" : s.opened);
  stations.sort((a, b) => townIdx(a.town) - townIdx(b.town) || cmp(sortKey(a), sortKey(b)));
  const sRows = [padRow(["化州市村级电子商务服务站点建设情况（截至2021年9月15日）"], 8), padRow(["一、分镇汇总"], 8),
    padRow(["镇（街道）", "行政村数", "已建站村数", "站点数", "其中：省定贫困村建站数"], 8)];
  const sMerges = ["A1:H1", "A2:H2"];
  for (const t of TOWNS) {
    const st = stations.filter((s) => s.town === t);
    const vs = new Set(st.filter((s) => !s.comm).map((s) => s.village));
    const pv = [...vs].filter((n) => poorList.some((p) => p.name === n)).length;
    sRows.push(padRow([t, adminV.filter((v) => v.town === t).length, vs.size, st.length, pv], 8));
  }
  const allV = new Set(stations.filter((s) => !s.comm).map((s) => s.village));
  sRows.push(padRow(["合计", adminV.length, allV.size, stations.length, poorList.filter((p) => allV.has(p.name)).length], 8));
  sRows.push(padRow([], 8));
  sRows.push(padRow(["二、站点明细"], 8));
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  sRows.push(["序号", "镇（街道）", "站点名称", "所在村（社区）", "挂牌时间", "负责人", "联系电话", "服务内容"]);
  let k = 0;
  stations.forEach((s, i) => {
    k++;
    const stem = s.village.replace(/村$|社区$/, "");
    const nm = s.second ? `${stem}村电商服务站（二站）` : s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站`;
    const op = s.opened.length === 7 ? cnMonth(s.opened) : dateCell(s.opened, k);
    sRows.push([i + 1, s.town, nm, s.village, op, personName(), mask(phone()), ["代购代销、快递收发", "代购代销、代缴费", "农产品上行、快递收发、小额信贷"][i % 3]]);
  });
  sRows.push(padRow([null, `合计：${stations.length}个站点`], 8));
  sRows.push(padRow(["注：挂牌时间为授牌日期；9月挂牌的站点列入统计但不计入8月31日前覆盖。"], 8));
  sMerges.push(`A${sRows.length}:H${sRows.length}`);

  // ---------------- 培训台账 (sessions)
  const tRows = [padRow(["化州市农村电子商务培训台账（按期次）"], 7), ["期次", "培训日期", "培训地点", "培训内容", "培训对象", "人次", "备注"]];
  const sessions = [];
  let d0 = "2020-09-10";
  for (let i = 0; i < 29; i++) {
    const date = d0;
    const two = i % 7 === 3;
    sessions.push({ date: two ? isoAdd(date, 1) : date, start: date, two, pt: rint(125, 175) });
    d0 = isoAdd(d0, rint(9, 12));
  }
  assert(sessions[28].date <= CUT, "c1 last in-window session " + sessions[28].date);
  sessions.push({ date: "2021-09-09", start: "2021-09-09", two: false, pt: 168 });
  const ptCut = sum(sessions.filter((s) => s.date <= CUT).map((s) => s.pt));
  assert(ptCut >= 4000 && ptCut < 5000, "c1 person-times " + ptCut);
  const PLACES = ["市电商公共服务中心", "杨梅镇文化站", "良光镇政府会议室", "笪桥镇电商服务站", "新安镇党群服务中心", "官桥镇文化站"];
  const TOPICS = ["电商基础知识", "网店开设与运营", "短视频与直播带货", "化橘红网络营销", "农产品包装与品牌", "电商扶贫专题"];
  sessions.forEach((s, i) => {
    const dcell = s.two ? rangeText(s.start, s.date, "dot") : dateCell(s.date, i + 2);
    const pcell = i % 5 === 1 ? `${s.pt}人次` : i % 9 === 4 ? fullWidth(String(s.pt)) : s.pt;
    tRows.push([`第${i + 1}期`, dcell, PLACES[i % PLACES.length], TOPICS[i % TOPICS.length], i % 4 === 0 ? "农户、返乡青年" : "企业、合作社、农户", pcell, s.two ? "两天班" : null]);
  });
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), "含9月第30期"]);
  tRows.push(padRow(["填表人：市商务局电商股　　审核：×××"], 7));

  // ---------------- 产业园企业
  const firmName = nameMaker("橘旺粤鑫丰化鉴茂农", "红源泰达康兴信汇", "", ["化州"]);
  const TYPES = ["平台型电商企业", "平台型电商企业", "平台型电商企业", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售",
    "网店销售", "网店销售", "网店销售", "电商运营服务商", "电商运营服务商", "电商运营服务商", "电商运营服务商", "物流快递", "物流快递",
    "物流快递", "直播电商", "直播电商", "直播电商", "农产品加工", "农产品加工"];
  const firms = shuffle(TYPES).map((t) => ({ name: `化州市${firmName()}${t === "物流快递" ? "物流" : t === "农产品加工" ? "食品" : "电子商务"}有限公司`, type: t, code: creditCode("440982"),
    entered: randIsoBetween("2020-06-01", "2021-08-20"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[3].left = "2021-03-31";
  firms[9].left = "2021-06-30";
  firms[12].left = "2021-09-15";
  firms.push({ name: `化州市${firmName()}电子商务有限公司`, type: "直播电商", code: creditCode("440982"), entered: "2021-09-08", left: null });
  assert(firms[3].entered < "2021-03-31" && firms[9].entered < "2021-06-30", "c1 left after entered");
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const typesIn = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 21 && typesIn.size >= 3, "c1 park " + inPark.length);
  const eRows = [padRow(["化州市电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]];
  firms.forEach((f, i) => {
    eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 1), f.left === null ? null : f.left === "2021-06-30" ? cnDate(f.left) : dotDate(f.left),
      f.left ? (f.left > CUT ? "9月退园" : "已退园") : f.entered > CUT ? "9月新入驻" : null]);
  });
  eRows.push(padRow([null, `截至2021年8月31日在园企业${inPark.length}家`], 7));

  // ---------------- 资金（收支流水）
  const ALLOC = 5000000;
  const pays = [
    ["2020-07-15", 980000, "公共服务中心建设首付款"], ["2020-09-28", 320000, "村级站点建设（第一批）"], ["2020-11-20", 415600, "产业园整合改造工程款"],
    ["2020-12-30", 286000, "培训服务费（第一批）"], ["2021-01-22", 352000, "村级站点建设（第二批）"], ["2021-03-12", 198500, "农产品品牌推广"],
    ["2021-04-16", 247800, "公共服务中心运营服务费"], ["2021-05-20", 305000, "物流配送体系建设"], ["2021-06-18", 166400, "培训服务费（第二批）"],
    ["2021-07-09", 238000, "溯源系统建设"], ["2021-08-06", 192300, "村级站点建设（第三批）"], ["2021-08-31", 88600, "直播基地设备"],
    ["2021-09-10", 420000, "公共服务中心建设尾款"],
  ];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["化州市电子商务进农村综合示范专项资金收支流水账"], 7), padRow(["单位：元"], 7),
    ["日期", "凭证号", "摘要", "收入", "支出", "余额", "备注"]];
  let bal = 0;
  fRows.push([D("2020-06-22"), "记-001", "收到省级电子商务进农村综合示范专项资金", fmtMoney(ALLOC), null, fmtMoney(ALLOC), "茂财工〔2020〕××号"]);
  bal = ALLOC;
  pays.forEach((p, i) => {
    bal -= p[1];
    fRows.push([dateCell(p[0], i + 3), `记-${pad3(i + 2)}`, p[2], null, i % 3 === 0 ? fmtMoney(p[1]) : p[1], fmtMoney(bal), null]);
  });
  fRows.push([null, null, "本期合计（截至2021年9月10日）", fmtMoney(ALLOC), fmtMoney(sum(pays.map((p) => p[1]))), fmtMoney(bal), null]);

  // ---------------- 月报
  const rRows = [padRow(["向茂名市商务局报送月报记录"], 5), ["所属月份", "报送日期", "报送方式", "主要内容", "含电商扶贫统计"]];
  const repMonths = monthsBetween("2020-08", "2021-08");
  const repDates = [];
  repMonths.forEach((m, i) => {
    const [y, mo] = m.split("-").map(Number);
    const nx = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    const d = `${nx}-0${rint(3, 8)}`;
    repDates.push(d);
    rRows.push([cnMonth(m), dateCell(d, i), i % 2 ? "粤政易" : "电子邮件", "示范创建工作进展及统计数据", "✓"]);
  });
  const repIn = inWindowMonths(repDates.filter((d) => d <= CUT));
  assert(repIn === 12, "c1 report months " + repIn);

  // ---------------- 专栏更新
  const uRows = [padRow(["市政府网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "子栏目"]];
  const upd = [];
  for (const m of WINDOW) {
    if (m === "2021-02") continue;
    const n = rint(1, 2);
    for (let j = 0; j < n; j++) upd.push(`${m}-${String(rint(5, 26)).padStart(2, "0")}`);
  }
  upd.unshift("2020-08-12");
  upd.sort();
  upd.forEach((d, i) => uRows.push([i + 1, dateCell(d, i + 1), `化州市电子商务进农村综合示范项目建设进度（${cnMonth(d)}）`, i === 0 ? "创建方案" : "建设进度"]));
  const disMonths = inWindowMonths(upd.filter((d) => d <= CUT));
  assert(disMonths === 11, "c1 disclosure months");

  // ---------------- 宣传报道
  const media = [
    ["2020-11-12", "南方日报", "省级", "报纸", "化州：电商助力化橘红走出大山", "否"],
    ["2021-01-20", "广东广播电视台新闻频道", "省级", "电视", "化州电商扶贫：贫困户网上卖橘红", "是"],
    ["2021-04-08", "化州市融媒体中心", "县级", "网络", "我市举办第十期农村电商培训班", "否"],
    ["2021-06-18", "“化州发布”公众号", "县级", "网络", "村级电商服务站让山货出山", "否"],
    ["2021-09-03", "茂名日报", "市级", "报纸", "化州农村电商示范县建设见成效", "否"],
  ];
  const mRows = [padRow(["宣传报道台账"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 2), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021.5.20", "化州市电子商务进农村综合示范创建经验做法", "茂名市商务局"],
    [2, D("2021-08-26"), "化橘红“电商＋合作社＋贫困户”典型案例", "茂名市商务局"]];

  // ---------------- facts sheet: 倒排工期表
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 18, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  const ELIG = 2416, TRAINED = 1712;
  const spentPct = pct1(spent, ALLOC);
  const FW8 = 9;
  const fr = [padRow(["化州市创建省级电子商务进农村综合示范县迎检工作倒排工期表（完成情况截至2021年8月31日）"], FW8),
    padRow(["总 指 挥：市长 ×××　　常务副总指挥：副市长 ×××　　办公室设在市商务局"], FW8),
    padRow(["成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、市融媒体中心、化州邮政分公司"], FW8),
    ["序号", "考评指标（分值）", "目标要求", "责任单位", "完成时限", "完成情况（截至8月31日）", "状态", "细项自评", "指标自评分"]];
  const fm = ["A1:I1", "A2:I2", "A3:I3"];
  let no = 0;
  const block = (label, id, tasks) => {
    const r0 = fr.length + 1;
    for (const t of tasks) {
      no++;
      fr.push([no, label, t[0], t[1], t[2], t[3], t[4], t[5] === undefined ? null : t[5], claimed[id] === undefined ? null : claimed[id]]);
    }
    const r1 = fr.length;
    if (r1 > r0) {
      fm.push(`B${r0}:B${r1}`, `I${r0}:I${r1}`);
      for (let r = r0 + 1; r <= r1; r++) {
        fr[r - 1][1] = null;
        fr[r - 1][8] = null;
      }
    }
  };
  block("组织领导（2分）", "org.leadership", [["成立市长任组长、多部门参与的领导小组", "市商务局", "2020年3月", "2020年3月12日化府办〔2020〕9号成立，市长任组长", "已完成"]]);
  block("方案制定（2分）", "org.plan", [["正式印发示范创建工作方案", "市商务局", "2020年4月", "2020年4月20日正式印发（化府办〔2020〕15号）", "已完成"]]);
  block("政策支持（2分）", "org.policy", [["出台支持农村电商发展政策", "市商务局、市财政局", "2020年6月", "《化州市促进农村电子商务发展扶持办法》已出台并落实", "已完成"]]);
  block("项目管理（4分）", "org.management", [
    ["建立项目管理制度，严格建设、验收", "市商务局", "2020年5月", "已制定项目管理办法，验收按制度执行", "已完成", 2],
    ["建立完整工作台账", "市商务局", "长期", "台账已建立，部分项目记录不够详细", "基本完成", 1]]);
  block("服务体系建设—县级中心与产业园（15分）", "work.center", [
    ["建成县级电子商务公共服务中心并投入运营", "市商务局", "2020年11月", "2020年11月16日试运营，2020年12月8日正式投入运营", "已完成"],
    ["中心有免费培训场所、设备", "运营单位", "2020年12月", "培训室2间、电脑60台，免费开展电商基础培训", "已完成"],
    ["为特色农产品提供免费展示、销售", "运营单位", "2020年12月", "设化橘红等农特产品展销区，免费展示销售", "已完成"],
    ["免费摄影、美工服务", "运营单位", "2021年3月", "暂未配备摄影美工人员，由第三方按件收费", "未完成"],
    ["农产品统一推广、品牌建设指导", "运营单位", "2021年6月", "“化橘红”区域公共品牌统一推广", "已完成"],
    ["其他衍生增值服务", "运营单位", "2021年6月", "开展金融、物流、法律咨询对接", "已完成"],
    ["建设（整合）电商产业园", "市商务局", "2020年7月", "整合原化州市电商创业园，2020年7月投入使用", "已完成"],
    ["入驻企业20家以上、三种以上类型", "产业园运营方", "2021年8月", `在园企业${inPark.length}家（平台、网店、运营、物流、直播等）`, "已完成"]]);
  block("服务体系建设—村级站点覆盖（10分）", "work.coverage", [
    ["行政村站点覆盖率70%以上", "各镇（街道）", "2021年6月", `已建站行政村${covered.size}个，覆盖率${pct1(covered.size, 200)}（行政村300个，按200个计）`, "已完成"],
    ["省定贫困村站点全覆盖", "各镇（街道）", "2021年6月", "省定贫困村30个全部建站", "已完成"]]);
  block("农村产品上行（10分）", "work.upward", [
    ["网销调研并形成建议", "市商务局", "2020年10月", "形成《化州市农产品网络销售调研报告》", "已完成", 2],
    ["开展网络促销活动", "市商务局", "2021年6月", "举办“橘红文化节”线上促销，成效一般", "已完成", 1],
    ["引入专业第三方运营服务商", "市商务局", "2020年9月", "引入广东橘乡电子商务运营服务有限公司", "已完成"],
    ["行政村物流快递覆盖率100%", "邮政分公司", "2021年3月", "全市300个行政村快递全覆盖", "已完成"],
    ["出台交易标准，建立冷链、溯源系统", "市市场监管局", "2021年8月", "化橘红溯源系统上线，交易标准在制定中", "基本完成", 1],
    ["农村或农产品网络零售额增速≥30%", "市商务局", "2020年", "2020年农村网络零售额38.12亿元（2019年32.61亿元），增长16.9%；农产品网络零售额7.05亿元，同比增长35.6%", "已完成"]]);
  block("电商人才培训（20分）", "work.training", [
    ["培训人次达常住人口1%（常住人口超50万按50万计）", "市商务局", "2021年8月", `累计培训${fmtInt(ptCut)}人次（常住人口117.63万，按50万计）`, "基本完成"],
    ["有劳动能力贫困人口培训率50%以上", "市乡村振兴局", "2021年8月", `有劳动能力的建档立卡贫困人口（不含外出务工）${fmtInt(ELIG)}人，参训${fmtInt(TRAINED)}人，培训率${pct1(TRAINED, ELIG)}`, "已完成"]]);
  block("信息公开（4分）", "info.disclosure", [
    ["设立专栏，公示方案、项目信息、建设进度，设监督举报窗口", "市商务局", "2020年8月", "专栏已设立，四项内容齐全", "已完成"],
    ["专栏按月更新", "市商务局", "长期", "2021年2月（春节）未更新，其余月份均有更新", "基本完成"]]);
  block("数据上报（6分）", "info.reporting", [
    ["每月向茂名市商务局报送工作情况", "市商务局", "长期", "每月上旬报送上月情况", "已完成"],
    ["统计电商扶贫情况", "市乡村振兴局", "长期", "月报附电商扶贫统计表", "已完成"]]);
  block("案例总结（2分）", "promo.cases", [["向市商务局报送经验材料", "市商务局", "2021年6月", "已报送经验做法和典型案例各1篇", "已完成"]]);
  block("经验推广（8分）", "promo.media", [["省、市、县级媒体宣传报道", "市融媒体中心", "2021年8月", "南方日报、广东台、茂名日报、化州融媒均有报道", "已完成"]]);
  block("制度建立（5分）", "fund.system", [["制定专项资金管理制度和考核问责制度", "市财政局", "2020年5月", "《化州市电子商务进农村综合示范专项资金管理办法》已印发", "已完成"]]);
  block("资金台账（5分）", "fund.ledger", [["承建单位建立资金专用台账", "市财政局", "长期", "各承建单位均建专用台账，个别凭证待补", "基本完成"]]);
  block("资金支出（5分）", "fund.spending", [["资金支出率70%以上并及时拨付", "市财政局", "2021年8月", `截至8月31日支出${fmtMoney(spent)}元，支出率${spentPct}`, "已完成"]]);
  block("加分项：贫困人口培训率70%以上（2分）", "bonus.poorTraining", [["贫困人口培训率70%以上", "市乡村振兴局", "2021年8月", `培训率${pct1(TRAINED, ELIG)}`, "已完成"]]);
  block("加分项：电商扶贫典型案例获电视播报（2分）", "bonus.tvCase", [["争取电视媒体播报典型案例", "市融媒体中心", "2021年8月", "2021年1月20日广东广播电视台新闻频道播报", "已完成"]]);
  block("一票否决项", "veto", [
    ["无安全生产、质量事故或重大损失", "各承建单位", "长期", "未发生", "—"],
    ["项目总体进度40%以上", "市商务局", "2021年8月", "项目总体进度92%", "—"],
    ["无弄虚作假", "市商务局", "长期", "无", "—"]]);
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push(padRow([null, "自评合计", null, null, null, null, null, null, `${sumClaim}＋${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}`], FW8));
  fr.push(padRow([], FW8));
  fr.push(padRow(["附：基本数据"], FW8));
  fm.push(`A${fr.length}:I${fr.length}`);
  fr.push(padRow(["常住人口", "117.63万人", null, "行政村", "300个", null, "居委会", "24个"], FW8));
  fr.push(padRow(["省定贫困村", "30个", null, "下达资金", "500万元", null, "考评截止日期", D(CUT)], FW8));
  for (const r of fr) assert(r.length === FW8, "c1 fact width");

  // ---------------- points
  const centerOpened = "2020-12-08";
  const centerPts = (openedBy(centerOpened, CUT) ? 2 : 0) + (centerOpened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covered.size, covBase, 70) ? 5 : ratioGE(covered.size, covBase, 50) ? 2 : 0) + (poorCovered === 30 ? 5 : ratioGE(poorCovered, 30, 80) ? 3 : 0);
  const r19 = 3261000000, r20 = 3812000000;
  const ruralOk = (r20 - r19) * 100 >= 30 * r19;
  assert(!ruralOk, "c1 rural growth < 30%");
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const BASE = 500000;
  const ptPts = ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0;
  const poorPts = ratioGE(TRAINED, ELIG, 50) ? 10 : ratioGE(TRAINED, ELIG, 40) ? 8 : ratioGE(TRAINED, ELIG, 30) ? 6 : 0;
  assert(centerPts === 14 && covPts === 8 && upPts === 8 && ptPts === 8 && poorPts === 10, "c1 pts " + [centerPts, covPts, upPts, ptPts, poorPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": ptPts + poorPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0),
    "info.reporting": (repIn === 12 ? 3 : 1) + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(TRAINED, ELIG, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 3, "c1 total " + scored + "+" + bonus);
  const mo = [...monthOnly].map((s) => `${s.village}“${cnMonth(s.opened)}”`).join("、");
  const derivation = [
    "org.leadership: 第2行“总指挥：市长”（主要领导），第3行成员单位有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2（“常务副总指挥：副市长”不是牵头人）",
    "org.plan: 方案2020年4月20日正式印发，指标自评分（I列合并格）2 → 2",
    "org.policy: 扶持办法已出台并落实，自评2 → 2",
    "org.management: “细项自评”列：项目管理制度2、工作台账1 → 3（指标自评分3）",
    `work.center: 中心2020年12月8日正式投入运营（试运营11月16日，两者都早于2021-02-28） → 建成2＋运行满6个月2；免费培训2、展示销售1；摄影美工“暂未配备…第三方按件收费”“未完成” → 0；品牌推广1、其他增值服务1；产业园2；《产业园企业》截至8月31日在园${inPark.length}家（2021.3.31、2021年6月30日两家已退园不算；9月15日退园的8月底仍在园；9月8日入驻的不算） ≥ 20 → 2；类型平台型、销售型（网店）、运营商、物流等 ≥ 3 → 1；合计14（自评15）`,
    `work.coverage: 《村居名单》村委会300个（居委会24个不算），超过200 → 基数200；《站点清单》看“二、站点明细”（“一、分镇汇总”截至9月15日，不是记录）：截止日前有站的行政村${covered.size}个（同村二站只算一次，社区服务点不算，9月挂牌的不算，${mo}只到月、都在8月前，算；一站8月31日挂牌，算） → ${covered.size}/200 = ${pct1(covered.size, 200)} ≥ 70% → 5（不按200封顶就是${pct1(covered.size, 300)}只得2）；省定贫困村30个，${poorLate.name}的站2021-09-06才挂牌 → 29/30 = ${pct1(29, 30)} → 3；合计8（自评10，“30个全部建站”算进了9月那个站）`,
    "work.upward: 细项自评 调研2、促销1、交易标准及溯源1；第三方运营服务商 → 1；《村居名单》快递进村全为“通” → 1；农村网零32.61→38.12亿元增16.9%不够，但农产品网零同比增长35.6% ≥ 30% → 2；合计8",
    `work.training: 常住人口117.63万 → 基数500,000；《培训台账》截止日前第1—29期合计${fmtInt(ptCut)}人次（两天班写成“${rangeText(sessions.find((x) => x.two).start, sessions.find((x) => x.two).date, "dot")}”这样的区间，按结束日；“×人次”文本和全角数字照读；第30期2021-09-09不算；合计行不另加） → ${pct2(ptCut, BASE)}，0.8%—1% → 8；没有贫困人口名单，用事实：有劳动能力不含外出务工${fmtInt(ELIG)}人、参训${fmtInt(TRAINED)}人 → ${pct1(TRAINED, ELIG)} ≥ 50% → 10；合计18`,
    "info.disclosure: 专栏四项内容齐全 → 2；《专栏更新》2020年9月—2021年8月缺2021年2月 → 不定时 1；合计3",
    "info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送日期（8月份月报2021年9月报送不在窗口，不影响） → 3；含电商扶贫统计✓，工期表“月报附电商扶贫统计表” → 3；合计6",
    "promo.cases: 2021年5月20日、8月26日向茂名市商务局报送经验材料、典型案例 → 2",
    "promo.media: 截止日前南方日报、广东广播电视台（省级） → 4；化州市融媒体中心、化州发布（县级） → 1；茂名日报2021-09-03在截止日后，市级不得分 → 5（自评8）",
    "fund.system: 资金管理办法已印发，自评5 → 5",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金流水》只算支出栏（2020-06-22“收到省级…专项资金”是收入，“本期合计”行不是支出）：截止日前12笔合计${fmtMoney(spent)}元（8月31日那笔算，2021-09-10尾款420,000不算）/ 下达5,000,000 = ${spentPct} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${fmtInt(TRAINED)}/${fmtInt(ELIG)} = ${pct1(TRAINED, ELIG)} ≥ 70% → 2`,
    "bonus.tvCase: 2021-01-20广东广播电视台新闻频道（省级电视）播报电商扶贫典型案例 → 1",
    "veto.incident: 一票否决项“未发生” → 不否决",
    "veto.progress: 项目总体进度92% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      `茂名化州市商务局整本迎检工作簿（10个表：倒排工期表＋9个台账），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋3）：事实表是《迎检工作倒排工期表》——序号｜考评指标（分值）｜目标要求｜责任单位｜完成时限｜完成情况（截至8月31日）｜状态｜细项自评｜指标自评分，指标名和指标自评分按指标纵向合并（claimed），主观细项分在“细项自评”，总指挥（市长）和成员单位在表头上方两行，表尾“附：基本数据”两组标签｜值；完成时限不是完成日期。台账：村居名单300个村委会（超200封顶）＋24个居委会；站点清单上方是截至9月15日的分镇汇总、下方才是明细（挂牌时间混有Excel序列号、只到月），9月挂牌的省定贫困村站使贫困村覆盖29/30；培训按期次人次（117.63万人口按50万封顶）；资金是收支流水（收入行不是拨付）；专栏缺2月；市级报道在9月。`,
    sheets: [
      { name: "倒排工期表", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: ["A1:G1"] },
      { name: "产业园企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金流水", rows: fRows, merges: ["A1:G1", "A2:G2"] },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 汕头市南澳县: 县政府督查室《督办事项回复单》（回复内容是分段文字，附自评得分表）
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const m = [];
  const full = (a, text) => {
    rows.push(padRow([a, text], W));
    m.push(`B${rows.length}:F${rows.length}`);
  };
  rows.push(padRow(["南澳县人民政府督查室"], W));
  m.push("A1:F1");
  rows.push(padRow(["督办事项回复单"], W));
  m.push("A2:F2");
  rows.push(["督办编号", "南府督办〔2021〕37号", "交办日期", "2021年8月25日", "回复时限", "2021年9月3日前"]);
  full("督办事项", "请县商务局对照《2019年省级电子商务进农村综合示范创建考评指标体系》，会同有关部门核实我县创建数据和自评得分，于9月3日前书面回复。");
  rows.push(["承办单位", "南澳县商务局", "协办单位", "县财政局、县农业农村局、县乡村振兴局", "联系人", `林××　${mask(phone())}`]);
  const P = [
    "一、基本情况。全县辖3镇，行政村37个、社区居委会6个，其中省定贫困村4个；常住人口62,014人（第七次全国人口普查），户籍人口7.63万人。以下数据均截至2021年8月31日。",
    "二、组织领导。成立由县长任组长、分管副县长任副组长的示范创建工作领导小组，县商务局、财政局、农业农村局、乡村振兴局、交通运输局和邮政分公司为成员单位。2020年4月正式印发《南澳县电子商务进农村综合示范创建工作方案》，同年10月出台《南澳县支持农村电子商务发展若干措施》。",
    "三、服务体系。县电子商务公共服务中心于2020年9月28日投入运营，设免费培训室和培训设备，为海岛特色农产品提供免费展示、销售，为电商企业提供免费摄影、美工服务，统一推广“南澳紫菜”“南澳牡蛎”等区域品牌；其他衍生增值服务尚未开展。依托原县供销社仓库整合建设电商产业园；引入专业第三方电商运营服务商；37个行政村快递物流全覆盖。",
    "四、网络零售。2019年全县农村网络零售额2.86亿元，2020年3.41亿元；2020年农产品网络零售额同比增长41.2%。",
    "五、人才培训。累计开展电商培训1,286人次；经县乡村振兴局确认，有劳动能力的建档立卡贫困人口（不含外出务工）212人，已参加培训118人。",
    "六、信息公开及报送。县政府网站电子商务进农村专栏已公示创建方案、项目基本信息和项目建设进度，并设立监督举报窗口；每月向汕头市商务局报送工作进展，能统计电商扶贫情况。",
    "七、资金管理。省级下达专项资金500万元，已制定专项资金管理办法，各承建单位建立资金专用台账；截至8月31日累计拨付412.36万元，拨付率82.5%。",
    "八、其他。项目总体进度95%；创建期间未发生安全生产、质量事故或重大经济损失，无弄虚作假情况。",
    "九、自评得分。对照指标体系逐项自评，各项得分见附表。",
  ];
  const r0 = rows.length + 1;
  for (const p of P) full(null, p);
  rows[r0 - 1][0] = "回复内容";
  m.push(`A${r0}:A${rows.length}`);
  rows.push(padRow(["附表：南澳县电子商务进农村综合示范创建自评得分表"], W));
  m.push(`A${rows.length}:F${rows.length}`);
  rows.push(["工作任务", "评价指标", "分值", "自评分", "其中（主观评分细项）", "备注"]);
  const T = [
    ["加强组织领导与统筹协调", [["组织领导", 2, 2, null], ["方案制定", 2, 2, null], ["政策支持", 2, 1, "政策落实尚在推进"], ["项目管理", 4, 3, "项目管理制度2分、工作台账1分"]]],
    ["深入推动电子商务进农村工作", [["服务体系建设", 25, 23, "县级中心与产业园13分、村级站点覆盖10分"], ["农村产品上行", 10, 8, "网销调研1分、网络促销2分、交易标准及冷链溯源1分"], ["电商人才培训", 20, 20, null]]],
    ["加强信息公开及报送", [["信息公开", 4, 4, null], ["数据上报", 6, 6, null]]],
    ["加强宣传推广", [["案例总结", 2, 2, null], ["经验推广", 8, 5, null]]],
    ["加强财政资金管理", [["制度建立", 5, 4, null], ["资金台账", 5, 4, null], ["资金支出", 5, 4, "及时拨付4分"]]],
    ["加分项", [["贫困人口培训率70%及以上", 2, 0, null], ["电商扶贫典型案例获电视播报", 2, 0, null]]],
  ];
  let tot = 0;
  for (const [task, items] of T) {
    const a = rows.length + 1;
    items.forEach((it, i) => {
      rows.push([i === 0 ? task : null, it[0], it[1], it[2], it[3], null]);
      if (task !== "加分项") tot += it[2];
    });
    mergeCol(m, "A", a, rows.length);
  }
  rows.push([null, "合计", 100, tot, null, "加分项另计"]);
  rows.push(padRow(["一票否决项", "未发生安全生产、质量事故或重大损失；项目总体进度95%；无弄虚作假。"], W));
  m.push(`B${rows.length}:F${rows.length}`);
  rows.push(["承办单位负责人", "陈××（签名）", "回复日期", "2021年9月2日", "督查室意见", null]);
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 13, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 5, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 0,
  };
  assert(tot === sum(SCORED.map(([id]) => claimed[id])), "f1 claimed total " + tot);
  return {
    description:
      "汕头南澳县商务局回复县政府督查室的《督办事项回复单》：上面是督办编号、交办日期、回复时限（9月3日，不是截止日）、承办单位等表单格，“回复内容”是九段编号文字（一段一行、B:F合并），事实都在句子里（常住人口62,014人、户籍7.63万人不用；县长任组长；其他衍生增值服务“尚未开展”；网零用亿元；拨付率82.5%不是输入）；下附《自评得分表》（工作任务纵向合并｜评价指标｜分值｜自评分｜其中），服务体系建设一行的“其中”写着中心与产业园13分、站点覆盖10分，主观细项分也在“其中”。",
    sheets: [{ name: "督办回复单", rows, merges: m }],
    expect: {
      facts: {
        county: "南澳县", asOf: "2021-08-31", residentPopulation: 62014, adminVillagesStated: 37, poorVillagesStated: 4, planIssued: true,
        policyIssued: true, centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 286000000, ruralRetail2020: 341000000,
        agriRetailGrowthStated: 0.412, trainingPersonTimesStated: 1286, eligiblePoorPersonsStated: 212, trainedPoorPersonsStated: 118,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4123600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f2 — 汕尾市陆河县: 市局 Word 采集表模板贴进 Excel（两对 项目｜填报内容，全角数字，☑/□）
// =====================================================================================================
function buildF2() {
  const W = 4;
  const rows = [];
  const m = [];
  const sec = (t) => {
    rows.push(padRow([t], W));
    m.push(`A${rows.length}:D${rows.length}`);
  };
  const pair = (a, b, c, d) => rows.push([a, b, c === undefined ? null : c, d === undefined ? null : d]);
  const wide = (a, b) => {
    rows.push([a, b, null, null]);
    m.push(`B${rows.length}:D${rows.length}`);
  };
  const pts5 = (p) => [1, 2, 3, 4, 5].map((i) => `${i === p ? "☑" : "□"}${i}分`).join(" ");
  sec("汕尾市电子商务进农村综合示范县考评基础信息采集表");
  sec("填报单位（盖章）：陆河县商务局　　　　填报日期：2021年9月1日");
  sec("一、基本情况");
  pair("县（市、区）", "陆河县", "考评期间", "2020.9-2021.8");
  pair("常住人口（万人）", fwText("29.63"), "行政村数（个）", fwText("121"));
  pair("省定贫困村数（个）", fwText("16"), null, null);
  sec("二、组织领导");
  wide("领导小组组长", "□县（市、区）长或书记　☑分管副县（市、区）长　□其他");
  wide("参与部门", "☑商务　☑财政　☑农业农村　☑扶贫（乡村振兴）　☑其他：交通运输、邮政");
  pair("示范县工作方案", box(true, "已正式印发", "未印发"), "支持农村电商政策", box(true, "已出台", "未出台"));
  sec("三、服务体系建设");
  pair("公共服务中心投入运营时间", "2021年3月", "免费培训场所及设备", checkbox(true, "有", "无"));
  pair("特色农产品免费展示、销售", checkbox(true, "是", "否"), "免费摄影、美工服务", checkbox(false, "是", "否"));
  pair("农产品统一推广、品牌建设指导", checkbox(true, "是", "否"), "其他衍生增值服务", "□是　□否");
  pair("电商产业园（建设或整合）", checkbox(false, "已建设", "未建设"), "专业第三方电商运营或服务商", checkbox(true, "有", "无"));
  sec("四、农村产品上行");
  pair("行政村物流快递覆盖率100%", checkbox(true, "是", "否"), null, null);
  pair("2019年农村网络零售额（万元）", fwText("58620"), "2020年农村网络零售额（万元）", fwText("71340"));
  pair("2019年农产品网络零售额（万元）", fwText("9860"), "2020年农产品网络零售额（万元）", fwText("13215"));
  sec("五、电商人才培训");
  pair("培训人次（人次）", fwText("3052"), null, null);
  pair("有劳动能力的建档立卡贫困人口（不含外出务工，人）", fwText("2114"), "其中参加电商培训（人）", fwText("1096"));
  sec("六、信息公开及报送");
  wide("专栏公示内容", "☑创建方案　☑项目基本信息　□项目建设进度　☑监督举报窗口");
  pair("电商扶贫情况统计", checkbox(true, "能统计", "未统计"), null, null);
  sec("七、资金管理");
  pair("省级下达资金（万元）", fwText("500"), "累计拨付资金（万元）", fwText("387.25"));
  pair("专项资金管理制度", box(true, "已制定", "未制定"), "资金专用台账", box(true, "已建立", "未建立"));
  pair("项目总体进度", fwText("85%"), null, null);
  sec("八、主观评分项（县自评）");
  pair("方案制定（1-2分）", pts12(2), "政策支持（1-2分）", pts12(1));
  pair("项目管理制度（1-2分）", pts12(2), "工作台账（1-2分）", pts12(2));
  pair("网销调研（1-2分）", pts12(1), "网络促销活动（1-2分）", pts12(2));
  pair("交易标准与冷链溯源（1-2分）", pts12(1), null, null);
  wide("资金管理制度（1-5分）", pts5(4));
  wide("资金台账（1-5分）", pts5(5));
  wide("资金及时拨付（1-5分）", pts5(3));
  sec("九、否决事项");
  pair("安全生产、质量事故或重大损失", checkbox(false, "发生", "未发生"), "弄虚作假", checkbox(false, "有", "无"));
  sec("填表人：×××　　审核人：×××　　联系电话：0660-55×××××");
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "汕尾陆河县商务局填的市商务局Word模板《考评基础信息采集表》贴进Excel：每行两对“项目｜填报内容”，节标题整行合并，数字全是全角（“２９．６３”在“常住人口（万人）”下、“３８７．２５”万元），单位只在项目名括号里；选项是“☑/□”字符（组长勾“分管副县（市、区）长”、摄影美工和产业园勾了否、“其他衍生增值服务”两个框都没勾即未答、专栏内容“□项目建设进度”未勾）；主观分“□1分　☑2分”和“□1分…☑4分…”；考评期间写区间“2020.9-2021.8”（取末月）。",
    sheets: [{ name: "基础信息采集表", rows, merges: m }],
    expect: {
      facts: {
        county: "陆河县", asOf: "2021-08", residentPopulation: 296300, adminVillagesStated: 121, poorVillagesStated: 16, planIssued: true,
        policyIssued: true, centerOpened: "2021-03", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        parkBuilt: false, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 586200000, ruralRetail2020: 713400000,
        agriRetail2019: 98600000, agriRetail2020: 132150000, trainingPersonTimesStated: 3052, eligiblePoorPersonsStated: 2114,
        trainedPoorPersonsStated: 1096, disclosurePlan: true, disclosureProjects: true, disclosureProgress: false, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3872500, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 韶关市新丰县: 里程碑《建设进度计划与完成情况表》＋主要数据块
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [padRow(["新丰县电子商务进农村综合示范项目建设进度计划与完成情况表"], W), padRow(["（完成情况统计截至2021年8月31日）"], W),
    padRow(["一、建设进度"], W), ["序号", "任务（里程碑）", "计划完成时间", "实际完成时间", "完成情况说明", "责任单位"]];
  const m = ["A1:F1", "A2:F2", "A3:F3"];
  const T = [
    ["成立示范创建工作领导小组", "2020年3月", "2020.3.18", "县长任组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司为成员单位", "县政府办"],
    ["印发示范创建工作方案", "2020年4月", "2020.6.12", "受疫情影响推迟，已正式印发（新府办〔2020〕21号）", "县商务局"],
    ["出台支持农村电商发展政策措施", "2020年10月", "未出台", "《新丰县支持农村电子商务发展若干措施》送审稿已报县政府，尚未印发", "县商务局"],
    ["制定专项资金管理办法", "2020年6月", D("2020-07-15"), "已印发执行", "县财政局"],
    ["承建单位建立资金专用台账", "2020年7月", "2020年7月", "各承建单位均已建立", "县财政局"],
    ["县级电子商务公共服务中心投入运营", "2020年12月", "2021.1.26", "装修工期延误，2021年1月26日投入运营", "县商务局"],
    ["中心免费培训室及培训设备配置", "2020年12月", "2021年1月20日", "培训室1间、电脑40台，免费开展基础培训", "运营单位"],
    ["特色农产品免费展示展销区", "2021年1月", "2021.1.26", "与中心同步开放", "运营单位"],
    ["免费摄影、美工服务", "2021年3月", "—", "未开展（暂无专业人员）", "运营单位"],
    ["电商产业园整合提升", "2020年11月", "20201130", "整合丰城街道原电商孵化基地", "县商务局"],
    ["引入第三方电商运营服务商", "2020年9月", "2020年9月", "已引入并开展服务", "县商务局"],
    ["行政村物流快递全覆盖", "2021年6月", "2021年7月", "148个行政村全部通快递", "县邮政管理局"],
    ["政府网站设立专栏，公示创建方案及项目基本信息", "2020年8月", "2020.8.20", "已设立专栏并公示", "县商务局"],
    ["专栏按月公示项目建设进度", "每月", "每月", "2020年9月起按月公示", "县商务局"],
    ["专栏设立征求意见或监督举报窗口", "2020年8月", "—", "未设立，拟9月增设", "县商务局"],
    ["村级电商服务站点建设", "2021年6月", "2021年8月", "已建成站点118个", "各镇"],
    ["项目竣工验收", "2021年10月", "（进行中）", "—", "县商务局"],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  rows.push(padRow([], W));
  rows.push(padRow(["二、主要数据"], W));
  m.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "指标", "单位", "数值", "备注", null]);
  const Dt = [
    ["常住人口", "万人", 22.48, "第七次全国人口普查"], ["行政村", "个", 148, null], ["省定贫困村", "个", 18, null],
    ["累计培训人次", "人次", 2316, null], ["2020年农村网络零售额同比增速", "%", 32.7, "省商务厅平台数据"], ["下达省级专项资金", "万元", 500, null],
    ["累计拨付资金", "万元", 401.6, null], ["项目总体进度", "%", 88, null],
  ];
  Dt.forEach((d, i) => rows.push([i + 1, ...d, null]));
  rows.push(padRow(["填报：新丰县商务局　　2021年9月2日"], W));
  m.push(`A${rows.length}:F${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "韶关新丰县商务局的《示范项目建设进度计划与完成情况表》（里程碑表）当事实表：一、建设进度 序号｜任务（里程碑）｜计划完成时间｜实际完成时间｜完成情况说明｜责任单位，只有“实际完成时间”和说明算数——方案计划4月、实际2020.6.12印发；政策“未出台”（送审稿）为否；中心计划2020年12月、实际2021.1.26；摄影美工“—／未开展”、监督举报窗口“—／未设立”为否；组长（县长）和成员单位写在说明格里；下面“二、主要数据”是 指标｜单位｜数值（22.48万人、32.7%、401.6万元、88%要按单位列换算）。",
    sheets: [{ name: "进度计划与完成情况", rows, merges: m }],
    expect: {
      facts: {
        county: "新丰县", asOf: "2021-08-31", residentPopulation: 224800, adminVillagesStated: 148, poorVillagesStated: 18, planIssued: true,
        policyIssued: false, centerOpened: "2021-01-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetailGrowthStated: 0.327, trainingPersonTimesStated: 2316,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, fundAllocated: 5000000,
        fundSpentStated: 4016000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 清远市连山壮族瑶族自治县: 公务用车登记簿（培训）、民政救助对象花名册（贫困人口）、通讯录
// =====================================================================================================
function buildL1() {
  const W = 10;
  const cRows = [padRow(["连山壮族瑶族自治县商务局公务用车登记簿（2020年9月—2021年9月）"], W),
    padRow(["车号：粤R·3××××（金杯面包车）　说明：电商股送教下乡培训均用此车，培训人数由带队人员回车后在事由栏补记"], W),
    ["序号", "用车日期", "驾驶员", "用车事由", "起止地点", "出车时间", "回车时间", "行驶里程（km）", "用车人", "备注"]];
  const cm = ["A1:J1", "A2:J2"];
  const TOWNS = ["吉田镇", "太保镇", "禾洞镇", "福堂镇", "小三江镇", "上帅镇", "永和镇"];
  const trips = [
    { d: "2020-09-16", t: "train", text: (n) => `到太保镇欧家村开展农村电商培训，参训${n}人`, n: 42, place: "县城—太保镇" },
    { d: "2020-10-13", t: "other", text: () => "村级电商服务站点验收（福堂镇3个站点）", place: "县城—福堂镇" },
    { d: "2020-10-28", t: "train", text: (n) => `永和镇电商直播带货培训（参训${n}人）`, n: 38, place: "县城—永和镇" },
    { d: "2020-11-19", t: "train", text: (n) => `小三江镇贫困户电商专场培训，实到${n}人`, n: 29, place: "县城—小三江镇" },
    { d: "2020-12-08", t: "other", text: () => "送农特产品到清远市参加年货节展销", place: "县城—清远市区" },
    { d: "2020-12-22", t: "train", text: (n) => `禾洞镇网店运营培训　参训${n}人`, n: 35, place: "县城—禾洞镇" },
    { d: "2021-01-12", t: "cancel", text: () => "上帅镇电商培训（途中遇暴雨塌方，行至半路返回，培训改期）", place: "县城—上帅镇（未到达）" },
    { d: "2021-01-26", t: "train", text: (n) => `上帅镇电商培训（1月12日改期），参训${n}人`, n: 31, place: "县城—上帅镇" },
    { d: "2021-03-09", t: "other", text: () => "接清远市商务局检查组到吉田镇检查站点", place: "县城—吉田镇" },
    { d: "2021-03-23", t: "train", text: (n) => `福堂镇农产品网络营销培训，参训${n}人`, n: 46, place: "县城—福堂镇" },
    { d: "2021-04-20", t: "train", text: (n) => `吉田镇短视频拍摄培训（参训${n}人）`, n: 40, place: "县城—吉田镇" },
    { d: "2021-05-18", t: "other", text: () => "车辆年审、保养", place: "县城—清远市区" },
    { d: "2021-06-15", t: "train", text: (n) => `太保镇电商培训（第二期），参训${n}人`, n: 37, place: "县城—太保镇" },
    { d: "2021-07-20", t: "train", text: (n) => `小三江镇电商培训，实到${n}人`, n: 33, place: "县城—小三江镇" },
    { d: "2021-08-17", t: "train", text: (n) => `禾洞镇电商直播培训，参训${n}人`, n: 28, place: "县城—禾洞镇" },
    { d: "2021-09-07", t: "train", text: (n) => `永和镇电商培训（第二期），参训${n}人`, n: 44, place: "县城—永和镇" },
  ];
  const recs = [];
  const drivers = ["莫××", "韦××"];
  trips.forEach((tp, i) => {
    const user = personName();
    const km = rint(38, 140);
    const n = tp.n;
    cRows.push([i + 1, dateCell(tp.d, i), drivers[i % 2], tp.text(n), tp.place, `${rint(7, 9)}:${rint(0, 5)}0`, `${rint(16, 19)}:${rint(0, 5)}0`,
      km, user, tp.t === "cancel" ? "未到达，培训未开展" : null]);
    if (tp.t === "train") recs.push({ date: tp.d, personTimes: n, id: null });
  });
  cRows.push(padRow([null, null, null, `本页出车${trips.length}次，合计里程${sum(cRows.slice(3).map((r) => r[7]))}km`], W));
  assert(recs.length === 11, "l1 training sessions");

  // ---------------- 救助对象花名册
  const pRows = [padRow(["连山壮族瑶族自治县困难群众救助对象花名册（电商股摘录）"], 9),
    padRow(["来源：县民政局、县乡村振兴局（2021年7月）；劳动能力、务工情况由各镇核实。本表含低保、特困供养对象，电商培训统计只取建档立卡贫困人口。"], 9),
    ["序号", "镇", "村", "姓名", "身份证号码", "救助类别", "劳动能力", "务工情况", "备注"]];
  const pm = ["A1:I1", "A2:I2"];
  const CATS = ["建档立卡贫困户", "建档立卡贫困户", "建档立卡贫困户（兼低保）", "低保户", "建档立卡贫困户", "特困供养", "建档立卡贫困户",
    "低保户", "建档立卡贫困户", "建档立卡贫困户（兼低保）", "建档立卡贫困户", "低保户", "建档立卡贫困户", "特困供养",
    "建档立卡贫困户", "建档立卡贫困户（兼低保）", "建档立卡贫困户", "低保户", "建档立卡贫困户", "建档立卡贫困户（兼低保）",
    "特困供养", "建档立卡贫困户", "低保户", "建档立卡贫困户"];
  const LAB = ["普通劳动力", "技能劳动力", "无劳动力", "普通劳动力", "丧失劳动力", "普通劳动力"];
  const WORK = ["县外务工（广州）", "县内务工", "在家务农", "省外务工", "公益性岗位", "县外务工（清远）"];
  const poor = [];
  const VIL = ["欧家村", "沙田村", "新联村", "大富村", "三水村", "云雾村", "新寨村", "隔坑村"];
  let xDone = false;
  CATS.forEach((c, i) => {
    const male = rnd() < 0.5;
    const lab = LAB[(i * 5 + 1) % LAB.length];
    const hasLab = lab === "普通劳动力" || lab === "技能劳动力";
    const work = hasLab ? WORK[(i * 7 + 2) % WORK.length] : "—";
    const wantX = !xDone && c.startsWith("建档立卡") && i > 4 ? true : undefined;
    const id = makeId("441825", birthBetween(hasLab ? 1965 : 1940, hasLab ? 2000 : 1960), male, wantX);
    let idCell = id;
    if (wantX) {
      xDone = true;
      idCell = id.slice(0, 17) + "x";
    }
    if (i === 7 || i === 15) idCell = spacedId(id);
    pRows.push([i + 1, TOWNS[i % TOWNS.length], VIL[i % VIL.length], personName(), idCell, c, lab, work, null]);
    if (c.startsWith("建档立卡")) {
      const migrant = work === "—" ? null : /县外|省外/.test(work);
      poor.push({ id, labour: hasLab, migrant });
    }
  });
  assert(xDone, "l1 x id");
  pRows.push(padRow([null, "合计", `${CATS.length}人（其中建档立卡${poor.length}人）`], 9));
  pRows.push(padRow(["填表：县商务局电商股　　核对：县乡村振兴局"], 9));
  pm.push(`A${pRows.length}:I${pRows.length}`);
  assert(poor.length === 16 && poor.some((p) => p.migrant === true) && poor.some((p) => p.migrant === false) && poor.some((p) => p.labour === false), "l1 poor mix");

  const aRows = [padRow(["连山县电子商务进农村工作联系人通讯录"], 4), ["单位", "姓名", "职务", "联系电话"],
    ["县商务局", "黄××", "电商股股长", mask(phone())], ["县财政局", "邓××", "经建股", mask(phone())], ["县乡村振兴局", "覃××", "综合股", mask(phone())],
    ["县电商公共服务中心", "莫××", "运营主管", mask(phone())], ["连山邮政分公司", "李××", "农村电商部", mask(phone())]];
  return {
    description:
      "清远连山壮族瑶族自治县商务局电商股交的两张借来的表加通讯录：①《公务用车登记簿》当培训台账——一趟车一行（序号｜用车日期｜驾驶员｜用车事由｜起止地点｜出车｜回车｜里程｜用车人｜备注），送教下乡的人数只在“用车事由”文字里（“参训42人”“实到29人”“参训38人）”），记录＝事由是电商培训的趟次，人次取文字里的人数；站点验收、送展销、接检查组、年审都不是培训；1月12日途中塌方折返、“培训未开展”的那趟不是记录，1月26日改期的是；里程、时间、末行合计不是人次；9月7日那期照列；共11条（无身份证号）。②县民政局《困难群众救助对象花名册》当贫困人口名单——只有救助类别含“建档立卡”（含“建档立卡贫困户（兼低保）”）的16人是记录，低保户、特困供养不是；劳动能力普通/技能为有、无劳动力/丧失劳动力为无；务工“县外务工（广州）”“省外务工”为外出，“县内务工”“在家务农”“公益性岗位”不是，“—”为空；身份证有末位小写x、6-8-4空格分段。③通讯录不是台账。",
    sheets: [
      { name: "公务用车登记簿", rows: cRows, merges: cm },
      { name: "救助对象花名册", rows: pRows, merges: pm },
      { name: "通讯录", rows: aRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "公务用车登记簿": { kind: "training", records: recs },
        "救助对象花名册": { kind: "poorPersons", records: poor },
        "通讯录": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州市湘桥区: 发文登记簿（月报）、产业园门禁卡发放登记（入驻企业）、封面
// =====================================================================================================
function buildL2() {
  const W = 10;
  const rRows = [padRow(["潮州市湘桥区商务局发文登记簿"], W), padRow(["（2020年度、2021年度，电商股摘录）"], W),
    ["顺序号", "发文日期", "文号", "文件标题", "主送单位", "抄送", "附件", "密级", "份数", "经办人"]];
  const rm = ["A1:J1", "A2:J2"];
  const months = monthsBetween("2020-09", "2021-08");
  const docs = [];
  let no = 30;
  months.forEach((mo, i) => {
    const [y, mm] = mo.split("-").map(Number);
    const nx = mm === 12 ? `${y + 1}-01` : `${y}-${String(mm + 1).padStart(2, "0")}`;
    const d = `${nx}-${String(rint(3, 9)).padStart(2, "0")}`;
    const pov = ![2, 7].includes(i);
    docs.push({ d, kind: "report", title: `关于报送${y}年${mm}月份电子商务进农村综合示范创建工作进展情况的报告`, to: "潮州市商务局", cc: "区政府办",
      att: pov ? "1.工作进展情况表　2.电商扶贫统计表" : "工作进展情况表（本月未附扶贫统计）", pov });
  });
  docs.push({ d: "2020-11-16", kind: "other", title: "关于申请拨付电子商务进农村综合示范项目资金的请示", to: "湘桥区人民政府", cc: null, att: "资金拨付计划表" });
  docs.push({ d: "2021-01-20", kind: "other", title: "关于商请提供2020年度农村网络零售数据的函", to: "湘桥区统计局", cc: null, att: "无" });
  docs.push({ d: "2021-05-24", kind: "other", title: "关于报送湘桥区电子商务进农村综合示范创建经验做法的报告", to: "潮州市商务局", cc: null, att: "经验材料" });
  docs.push({ d: "2021-06-07", kind: "void", title: "（文号作废）", to: null, cc: null, att: null });
  docs.push({ d: "2021-08-13", kind: "other", title: "关于召开电商产业园入驻企业座谈会的通知", to: "各入驻企业", cc: null, att: "回执" });
  docs.sort((a, b) => cmp(a.d, b.d));
  const recs = [];
  docs.forEach((x, i) => {
    no++;
    const y = x.d.slice(0, 4);
    const wh = y === "2021" && i > 0 && docs[i - 1].d.slice(0, 4) === "2020" ? (no = 1) : no;
    rRows.push([i + 1, dateCell(x.d, i + 1), x.kind === "void" ? `湘商务〔${y}〕${wh}号` : `湘商务〔${y}〕${wh}号`, x.title, x.to, x.cc, x.att,
      x.kind === "void" ? null : "非密", x.kind === "void" ? null : rint(1, 3), x.kind === "void" ? null : "电商股"]);
    if (x.kind === "report") recs.push({ date: x.d, poverty: x.pov });
  });
  assert(recs.length === 12 && recs[11].date > "2021-08-31", "l2 reports");

  // ---------------- 门禁卡
  const firmName = nameMaker("韩潮凤湘意溪枫", "瓷茶兴源泰华盛", "", []);
  const TYPES = ["网店销售", "电商平台", "代运营服务", "快递物流", "直播电商", "网店销售", "电商平台", "网店销售", "直播电商", "代运营服务"];
  const firms = TYPES.map((t) => ({ name: `潮州市${firmName()}${t === "快递物流" ? "供应链" : "电子商务"}有限公司`, code: creditCode("445102"), type: t }));
  // cards: [firmIdx or staff label, issued, returned, note]
  const cards = [
    [0, "2020-07-06", null], [9, "2020-08-03", null], [0, "2020-08-10", null], [1, "2020-07-20", "2021-04-30"], ["运营中心（工作人员）", "2020-07-01", null],
    [2, "2020-09-01", "2021-03-15"], [2, "2020-09-01", null], [3, "2020-10-12", "2021-06-30"], [3, "2020-11-02", "2021-06-30"], ["物业保洁", "2020-10-20", null],
    [4, "2020-11-18", null], [3, "2021-01-05", "2021-07-02"], [5, "2021-01-08", "2021-09-10"], [5, "2021-01-08", "2021-09-10"], [9, "2021-02-20", null],
    [6, "2021-03-22", null], [4, "2021-05-10", null, "补办（原卡挂失）"], [7, "2021-06-01", null], ["运营中心（工作人员）", "2021-06-15", null], [8, "2021-09-06", null],
  ];
  cards.sort((a, b) => cmp(a[1], b[1]));
  const eRows = [padRow(["湘桥区电子商务产业园门禁卡发放登记"], 8), padRow(["说明：入驻企业办理入驻手续当天发卡；退园须交回全部门禁卡。"], 8),
    ["卡号", "持卡单位", "统一社会信用代码", "经营类别", "持卡人", "发卡日期", "退卡日期", "备注"]];
  const em = ["A1:H1", "A2:H2"];
  const order = [];
  cards.forEach((c, i) => {
    const firm = typeof c[0] === "number" ? firms[c[0]] : null;
    if (firm && !order.includes(c[0])) order.push(c[0]);
    eRows.push([`MJ${pad3(i + 1)}`, firm ? firm.name : c[0], firm ? firm.code : null, firm ? firm.type : null, personName(),
      dateCell(c[1], i), c[2] ? dateCell(c[2], i + 3) : null, c[3] || null]);
  });
  const recsE = order.map((fi) => {
    const cs = cards.filter((c) => c[0] === fi);
    const allBack = cs.every((c) => c[2]);
    return { name: firms[fi].name, type: firms[fi].type, entered: cs.map((c) => c[1]).sort()[0], left: allBack ? cs.map((c) => c[2]).sort().slice(-1)[0] : null };
  });
  assert(recsE.length === 10, "l2 firms");
  const byName = (i) => recsE.find((r) => r.name === firms[i].name);
  assert(byName(2).left === null && byName(3).left === "2021-07-02" && byName(5).left === "2021-09-10" && byName(4).entered === "2020-11-18", "l2 firm rules");
  eRows.push(padRow([null, `共发卡${cards.length}张`], 8));

  const cover = [["湘桥区电子商务进农村综合示范创建台账"], ["第六册：报送、产业园"], ["潮州市湘桥区商务局"], ["2021年9月"]];
  return {
    description:
      "潮州湘桥区商务局台账第六册（封面＋两张借来的表）：①局办公室《发文登记簿》当月报台账——顺序号｜发文日期｜文号｜文件标题｜主送单位｜抄送｜附件｜密级｜份数｜经办人，记录＝主送潮州市商务局的“关于报送×年×月份…工作进展情况的报告”（按发文日期，含9月初报送的8月份那份），扶贫统计看“附件”栏：附“电商扶贫统计表”为是、“本月未附扶贫统计”为否；报区政府的请示、给区统计局的函、报市商务局的经验做法报告、给企业的通知、“文号作废”行都不是；文号里的数字不是日期；共12条。②产业园《门禁卡发放登记》当入驻企业清单——一张卡一行（卡号｜持卡单位｜信用代码｜经营类别｜持卡人｜发卡日期｜退卡日期｜备注），一家企业按首次出现记一次：入驻日取最早发卡日，全部卡都交回才算退园（退园日取最后交卡日），只退一张不算；“补办（原卡挂失）”不是新入驻；运营中心工作人员、物业保洁的卡不是企业；2021年9月10日退卡、9月6日发卡的照记；共10家。③封面不是台账。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "发文登记簿", rows: rRows, merges: rm },
      { name: "门禁卡发放登记", rows: eRows, merges: em },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "发文登记簿": { kind: "reports", records: recs },
        "门禁卡发放登记": { kind: "enterprises", records: recsE },
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
write("counties", "b222-c1-huazhou.json", c1);
write("facts", "b222-f1-nanao.json", f1);
write("facts", "b222-f2-luhe.json", f2);
write("facts", "b222-f3-xinfeng.json", f3);
write("ledgers", "b222-l1-lianshan.json", l1);
write("ledgers", "b222-l2-xiangqiao.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
