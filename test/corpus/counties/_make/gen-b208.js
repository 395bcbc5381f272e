// Batch 208 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b204.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (208208), no clock. Run: node test/corpus/_b208/gen-b208.js
//
// c1 东源县 (河源): 《自评表（档位勾选式）》 = a 基本情况 block (two label|value pairs a row) over a tier grid — one row per scoring
//    item, the tiers typed out in four cells and the chosen one marked “●” (others “○”), facts in a 完成情况 cell (“2021年2月28日正式投入
//    运营”), 自评小计 merged per indicator; ledgers: 230 行政村 (base capped at 200), stations whose dates come from a 挂牌批次 legend table
//    above the list (第四批 = 8/31 decides 140/200 = 70%), sessions with 报名人数 ≠ 实到人次, poor sign-ins with 到课 “到/请假” (92/186).
// f1 南海区 (佛山): a Word table pasted into Excel — multi-paragraph Word cells split into several rows with the neighbouring cells merged
//    vertically (成员单位 one department a row, wrapped labels), circled footnote markers on values (“366.72万人①”), 零售额 only in a
//    footnote (“见注③”), 常务副区长 as leader (deputy), a second small table of judged points.
// f2 白云区 (广州): a 迎检速查卡 sheet — cards three to a band (A:C, E:G, I:K), each a merged title and label|value|单位 rows, cards of
//    uneven height, units sometimes in the third column; a 自评 card with “自评/满分” as “2/2” text (claimed) and judged items.
// f3 赤坎区 (湛江): a 填报｜审核 two-column sheet — 经办人's column and 股长's column; the 审核 column wins when it holds a value
//    (“改：常务副区长”, “2021.1.8”, “否”), “√”/blank = agree; a judged item struck out by the 审核 (“—（政策未出台，不得分）”).
// l1 香洲区 (珠海): 说明; 村居一览 in town sections with count rows, 市定相对贫困村 marks (not 省定 → poor false), one village 快递 “×”;
//    站点 with village and date inside one cell (“北山村电商服务站（2020.11.6挂牌）”, one “挂牌日期待补”); training sessions with
//    “上午、下午” two-day dates and 线下｜线上 人次; 宣传 with 媒体类别 (中央/省/市/区) and 形式; CMS 稿件 export (草稿/待审核 not
//    updates); a hidden pivot sheet.
// l2 江海区 (江门): 封面; 脱贫人口 with one combined “劳动能力／务工状况” column; 参训名单 sign-ins (21.3.5 two-digit years, spaced and
//    masked IDs, lower-case x); 入驻企业 with a 状态 column holding the exit date (“已退园（2021.6.30）”); 资金 as an account book
//    with 本月合计/累计 rows and 万/元 mixed; 月报 sideways (months as columns); 经验材料; hidden 下拉.
"use strict";
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
let seed = 208208;
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
    assert(/^b208-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b208-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b208-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 河源市东源县: 自评表（档位勾选式） + twelve ledgers + 目录
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441625";
  const POP = 396400;
  const TOWNS = [["仙塘镇", 14, 3], ["灯塔镇", 13, 1], ["骆湖镇", 10, 0], ["船塘镇", 16, 1], ["顺天镇", 14, 0], ["上莞镇", 11, 0], ["曾田镇", 10, 0],
    ["柳城镇", 9, 0], ["义合镇", 15, 1], ["蓝口镇", 18, 1], ["黄田镇", 14, 0], ["叶潭镇", 11, 0], ["黄村镇", 9, 0], ["康禾镇", 10, 0], ["锡场镇", 8, 1],
    ["新港镇", 12, 1], ["双江镇", 11, 1], ["涧头镇", 7, 0], ["半江镇", 7, 1], ["漳溪畲族乡", 6, 0], ["新回龙镇", 5, 1]];
  const townPrefixes = TOWNS.map((t) => t[0].slice(0, 2));
  const vName = nameMaker("大新石金黄罗蟠水良凌上下东西南北白沙平龙高长坪桥林岭塘坑溪洋圳禾", ["塘", "坑", "岗", "洞", "径", "洲", "田", "围", "岭", "湾", "江", "坪", "头", "背", "岩", "坝", "陂", "角", "寨", "布"], "村", townPrefixes);
  const cName = nameMaker("城丰星宝华建明兴永", ["苑", "湖", "安", "兴", "和", "园", "景"], "社区", townPrefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 230 && comms.length === 12, "c1 230 villages + 12 communities " + admin.length + "/" + comms.length);
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = shuffle(admin).slice(0, 24);
  const poorSet = new Set(poor);

  // ---------------- 村居名单
  const vRows = [["东源县行政村（社区）名单"], ["资料来源：县民政局2021年村（社区）“两委”换届名册　　★为省定贫困村（2016—2020年）"],
    ["序号", "乡镇", "村（居）名称", "类型", "省定贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const all = x.vs.map((v) => ({ v, c: false })).concat(x.cs.map((c) => ({ v: c, c: true })));
    for (const it of all) {
      sq++;
      const first = vRows.length + 1 === r0;
      if (it.c) vRows.push([sq, first ? x.t : null, `${it.v}居民委员会`, "居委会", null, null, null]);
      else {
        const nm = sq % 5 === 0 ? `${short(it.v)}村民委员会` : sq % 5 === 3 ? `${short(it.v)}村委会` : it.v;
        vRows.push([sq, first ? x.t : null, nm, "村委会", poorSet.has(it.v) ? "★" : null, sq % 7 === 2 ? "是（邮政）" : "是", null]);
      }
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个（其中省定贫困村${poor.length}个），居委会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点台账 with a 挂牌批次 legend table above the list
  const BATCH = [["第一批", "2020-10-16", "县启动仪式统一挂牌"], ["第二批", "2021-01-22", null], ["第三批", "2021-05-28", null], ["第四批", CUT, "迎检前补齐，8月31日下午挂牌"],
    ["第五批", "2021-09-10", "考评截止后挂牌"]];
  const bDate = Object.fromEntries(BATCH.map((b) => [b[0], b[1]]));
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const poorSh = shuffle(poor);
  const ST = [];
  const put = (v, batch, own) => ST.push({ v, batch, own: own || null });
  // 23 poor villages in batches 1–3, the 24th in batch 4
  poorSh.slice(0, 23).forEach((v, i) => put(v, ["第一批", "第二批", "第三批"][i % 3]));
  put(poorSh[23], "第四批");
  let k = 0;
  const take = (n) => nonPoor.slice(k, (k += n));
  const b1 = take(62 - 8);
  const b2 = take(44 - 8);
  const b3 = take(27 - 7);
  b1.forEach((v) => put(v, "第一批"));
  b2.forEach((v) => put(v, "第二批"));
  b3.forEach((v) => put(v, "第三批"));
  take(4).forEach((v) => put(v, "第四批"));
  const own1 = take(1)[0];
  const own2 = take(1)[0];
  put(own1, "单独挂牌", { iso: "2021-03-09", cell: "2021.3.9" });
  put(own2, "单独挂牌", { iso: "2021-07", cell: "2021年7月" });
  const sept = take(6);
  sept.forEach((v) => put(v, "第五批"));
  const septOwn = take(1)[0];
  put(septOwn, "单独挂牌", { iso: "2021-09-03", cell: "2021年9月3日" });
  put(b1[3], "第二批", null);
  ST[ST.length - 1].second = true;
  put(towns[0].cs[1], "第三批");
  const opened = (s) => (s.batch === "单独挂牌" ? s.own.iso : bDate[s.batch]);
  const TORD = TOWNS.map((t) => t[0]);
  const BORD = ["第一批", "第二批", "第三批", "单独挂牌", "第四批", "第五批"];
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || BORD.indexOf(a.batch) - BORD.indexOf(b.batch) || cmp(a.v, b.v));
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => adminSet.has(s.v) && openedBy(opened(s), CUT)).map((s) => s.v));
  const covNo4 = new Set(ST.filter((s) => adminSet.has(s.v) && s.batch !== "第四批" && openedBy(opened(s), CUT)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  const vBase = Math.min(admin.length, 200);
  assert(covSet.size === 140 && ratioGE(140, vBase, 70) && !ratioGE(covNo4.size, vBase, 70) && ratioGE(covNo4.size, vBase, 50), "c1 coverage 140/200 " + covSet.size + " " + covNo4.size);
  assert(!ratioGE(140, admin.length, 70), "c1 140/230 < 70% (the cap matters)");
  assert(covPoor.length === 24 && poor.filter((v) => covNo4.has(v)).length === 23, "c1 poor coverage");
  const batchCount = (b) => ST.filter((s) => s.batch === b).length;
  const sRows = [["东源县村级电子商务服务站点台账"], ["一、挂牌批次"], ["批次", "挂牌日期", "站点数（个）", "备注"]];
  const sMerges = ["A1:I1", "A2:I2"];
  BATCH.forEach(([b, d, note], j) => sRows.push([b, j === 0 ? cnDate(d) : j === 1 ? D(d) : j === 2 ? dotDate(d) : j === 3 ? "2021年8月31日" : "2021.9.10", batchCount(b), note]));
  sRows.push([null]);
  sRows.push(["二、站点明细（按批次统一挂牌的只填“挂牌批次”；单独挂牌的“挂牌批次”填“单独挂牌”，并在“挂牌日期”栏填日期）"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  sRows.push(["序号", "乡镇", "站点名称", "所在村（居）", "站长", "联系电话", "挂牌批次", "挂牌日期", "备注"]);
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 4 === 1 ? `${short(s.v)}村委会` : j % 4 === 3 ? `${short(s.v)}村民委员会` : s.v;
    sRows.push([j + 1, townOf[s.v], `东源县${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, vcell, personName(), mask(phone()), s.batch,
      s.own ? s.own.cell : null, s.second ? "同村第二个站点（设在圩镇）" : isC ? "社区站点" : null]);
  });
  sRows.push(["注：挂牌日期以批次挂牌仪式日期为准；站长电话已作脱敏处理。"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  for (const r of sRows) padRow(r, 9);

  // ---------------- 脱贫人口名单
  const plan = shuffle([].concat(Array(186).fill("E"), Array(34).fill("M"), Array(28).fill("N")));
  let xGiven = 0;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1934, 1956) : birthBetween(1966, 2002);
    const wantX = c === "E" && xGiven < 2 ? true : undefined;
    if (wantX) xGiven++;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = poor[j % poor.length];
    let lab;
    let work;
    if (c === "E") {
      lab = ["普通劳动力", "技能劳动力", "普通劳动力", "弱劳动力或半劳动力"][j % 4];
      work = ["县内务工", "未务工", "公益性岗位", "县内务工", "未务工"][j % 5];
    } else if (c === "M") {
      lab = j % 2 ? "普通劳动力" : "技能劳动力";
      work = j % 3 === 0 ? "省外务工" : "县外省内务工";
    } else {
      lab = j % 2 ? "丧失劳动力" : "无劳动力";
      work = null;
    }
    return { c, id, v, lab, work, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 186, "c1 186 eligible");
  const pSorted = persons.slice().sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.v, b.v));
  const pRows = [["东源县建档立卡脱贫人口劳动力状况名单（省定贫困村）"], ["说明：劳动技能为普通劳动力、技能劳动力、弱劳动力或半劳动力的属有劳动能力；务工情况为县外省内务工、省外务工的属外出务工。"],
    ["序号", "乡镇", "村", "姓名", "身份证号码", "劳动技能", "务工情况"]];
  pSorted.forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work]));
  const pMerges = ["A1:G1", "A2:G2"];

  // ---------------- 培训台账 (sessions: 报名人数 ≠ 实到人次)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品包装与品牌", "电商客服与物流", "社群营销", "东源板栗、茶叶电商营销", "脱贫户电商技能专题"];
  const PLACES = ["县电子商务公共服务中心", "仙塘镇党群服务中心", "蓝口镇文化站", "船塘镇政府会议室", "义合镇党群服务中心", "黄田镇文化站", "顺天镇党群服务中心"];
  const sess = [];
  let day = "2020-09-10";
  for (let i = 0; i < 31; i++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-12";
    if (day >= "2021-02-08" && day <= "2021-02-21") day = "2021-02-23";
    const len = i === 19 ? 1 : 0;
    sess.push({ no: i + 1, start: day, end: isoAdd(day, len), topic: TOPICS[i % TOPICS.length], place: PLACES[i % PLACES.length], n: rint(100, 150) });
    day = isoAdd(day, rint(10, 12));
  }
  const last = sess[sess.length - 1];
  last.start = CUT;
  last.end = CUT;
  assert(sess[sess.length - 2].end < CUT, "c1 sessions ordered");
  let diff = 3900 - sum(sess.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % sess.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 3);
    if (sess[j].n + st < 90 || sess[j].n + st > 170) continue;
    sess[j].n += st;
    diff -= st;
  }
  for (const s of sess) s.reg = s.n + rint(6, 14);
  const septS = { no: 32, start: "2021-09-07", end: "2021-09-07", topic: "迎检电商知识普及", place: PLACES[0], n: 112, reg: 120 };
  sess.push(septS);
  const ptCut = sum(sess.filter((s) => s.end <= CUT).map((s) => s.n));
  const regCut = sum(sess.filter((s) => s.end <= CUT).map((s) => s.reg));
  const ptAll = sum(sess.map((s) => s.n));
  assert(ptCut === 3900 && !ratioGE(ptCut, POP, 1) && ratioGE(ptCut, POP, 0.8), "c1 3900/396400 in [0.8%,1%)");
  assert(ratioGE(regCut, POP, 1), "c1 报名 would reach 1% " + regCut);
  assert(ptAll === 4012, "c1 clerk's 4012 = all 实到 incl. September " + ptAll);

  // ---------------- 贫困户参训签到 (到课 到/请假)
  const poorSess = sess.filter((s) => s.end <= CUT && s !== last);
  const eligSh = shuffle(elig);
  const trained = eligSh.slice(0, 92);
  const leaveOnly = eligSh.slice(92, 95);
  const septOnly = eligSh.slice(95, 97);
  const maskedPs = eligSh.slice(97, 99);
  const SI = [];
  trained.forEach((p, i) => SI.push({ p, s: i === 5 ? last : poorSess[(i * 7) % poorSess.length], id: p.id, att: "到" }));
  trained.slice(10, 18).forEach((p) => {
    const first = SI.find((t) => t.p === p).s;
    const later = poorSess.filter((s) => s.no > first.no);
    SI.push({ p, s: later.length ? later[later.length - 1] : last, id: p.id, att: "到", note: "第二次参训" });
  });
  leaveOnly.forEach((p, i) => SI.push({ p, s: poorSess[(i * 5 + 3) % poorSess.length], id: p.id, att: "请假", note: ["农忙请假", "生病请假", "外出办事"][i] }));
  trained.slice(20, 22).forEach((p, i) => SI.push({ p, s: poorSess[(i * 9 + 4) % poorSess.length], id: p.id, att: "请假", note: "请假（另期已参训）" }));
  septOnly.forEach((p) => SI.push({ p, s: septS, id: p.id, att: "到" }));
  maskedPs.forEach((p) => SI.push({ p, s: poorSess[rint(0, poorSess.length - 1)], id: maskId(p.id), att: "到", note: "镇报送名单，身份证号已脱敏" }));
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  SI.push({ p: migs[0], s: poorSess[2], id: migs[0].id, att: "到", note: "春节返乡期间参训" });
  SI.push({ p: migs[1], s: poorSess[14], id: migs[1].id, att: "到" });
  SI.push({ p: nols[0], s: poorSess[9], id: nols[0].id, att: "到", note: "家属陪同" });
  const SIs = SI.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(SIs.filter((t) => t.att === "到" && t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  const withLeave = new Set(SIs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 92 && !ratioGE(92, 186, 50) && ratioGE(92, 186, 40) && ratioGE(93, 186, 50), "c1 92/186 in [40%,50%)");
  assert(withLeave.size === 95, "c1 counting 请假 gives 95");
  for (const s of sess) {
    s.poorN = SIs.filter((t) => t.s === s && t.att === "到").length;
    assert(s.poorN <= s.n, "c1 poor within 实到");
  }
  const sessDate = (s, j) => {
    if (s === last) return "2021年8月31日";
    if (s === septS) return "2021.9.7";
    if (s.end !== s.start) return `${dotDate(s.start)}-${Number(s.end.slice(5, 7))}.${Number(s.end.slice(8))}`;
    return dateCell(s.start, j);
  };
  const tRows = [["东源县农村电子商务培训台账"], ["单位：人　　说明：“报名人数”为镇村组织报名数，“实到人次”以现场签到为准；培训人次按实到人次统计。"],
    ["期次", "培训日期", "培训地点", "培训主题", "报名人数", "实到人次", "其中：建档立卡脱贫户", "备注"]];
  sess.forEach((s, j) => {
    const nCell = j % 9 === 4 ? `${s.n}人次` : j % 11 === 7 ? fwDigits(String(s.n)) : s.n;
    tRows.push([`第${s.no}期`, sessDate(s, j), s.place, s.topic, s.reg, nCell, s.poorN || null,
      s === septS ? "考评截止后开班" : s.end !== s.start ? "两天班，按结业日计" : s === last ? "8月31日开班" : null]);
  });
  tRows.push(["合计", null, null, null, sum(sess.map((s) => s.reg)), ptAll, sum(sess.map((s) => s.poorN)), "含第32期（9月）"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:D${tRows.length}`];

  const siRows = [["东源县建档立卡脱贫户参加电商培训签到汇总"], ["说明：各期签到表中脱贫户学员摘录，“到课情况”为“请假”的未参训；本表人员已计入《培训台账》实到人次，不另计。"],
    ["序号", "期次", "培训日期", "姓名", "身份证号", "所在村", "到课情况", "备注"]];
  SIs.forEach((t, j) => siRows.push([j + 1, `第${t.s.no}期`, sessDate(t.s, sess.indexOf(t.s)), t.p.name, j % 13 === 6 && !t.id.includes("*") ? spacedId(t.id) : t.id, t.p.v, t.att, t.note || null]));
  const siMerges = ["A1:H1", "A2:H2"];

  // ---------------- 入驻企业
  const FIRMS = [["东源县万绿优品电子商务有限公司", "平台型"], ["东源县客家山货网络科技有限公司", "平台型"], ["东源县仙湖茶叶网店", "销售型"], ["东源县板栗之乡电商商行", "销售型"],
    ["东源县船塘鹰嘴桃电子商务有限公司", "销售型"], ["东源县新港油茶网店", "销售型"], ["东源县康禾蜂蜜电商商行", "销售型"], ["东源县黄村米酒网店", "销售型"],
    ["东源县万绿电商运营服务有限公司", "电商运营商"], ["东源县新农人代运营工作室", "电商运营商"], ["东源县源通物流有限公司", "物流企业"], ["东源县乡村快递服务有限公司", "物流企业"],
    ["东源县冷链仓储服务有限公司", "物流企业"], ["东源县客家直播传媒有限公司", "直播电商"], ["东源县禾丰供应链管理有限公司", "供应链"], ["东源县灯塔盆地农特电子商务有限公司", "销售型"],
    ["东源县义合红薯网店", "销售型"], ["东源县顺天茶油电商商行", "销售型"], ["东源县山里人家电子商务有限公司", "销售型"],
    ["东源县蓝口豆腐网店", "销售型"], ["东源县锡场农品电子商务有限公司", "销售型"], ["东源县青创直播电商有限公司", "直播电商"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), e: randIsoBetween("2020-10-20", "2021-07-30"), l: null }));
  firms[19].e = "2020-11-05";
  firms[19].l = "2021-03-31";
  firms[20].e = "2020-12-14";
  firms[20].l = "2021-07-15";
  firms[21].e = "2021-09-06";
  const eRowsData = firms.map((f) => ({ f, room: null, note: null }));
  eRowsData.push({ f: firms[4], dup: true, note: "同一企业，5月由2楼搬至3楼新增办公室" });
  eRowsData.sort((a, b) => cmp(a.dup ? "2021-05-20" : a.f.e, b.dup ? "2021-05-20" : b.f.e));
  const eRows = [["东源县电商产业园入驻企业清单"], ["更新日期：2021年9月8日"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "房号", "备注"]];
  eRowsData.forEach((x, j) => {
    const f = x.f;
    const ent = x.dup ? "2021-05-20" : f.e;
    const status = f.l ? `已退园（${dotDate(f.l)}）` : ent > CUT ? "新入驻" : "在园";
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(ent, j), status, `${x.dup ? 3 : rint(1, 3)}0${rint(1, 9)}`, x.note]);
  });
  const inPark = firms.filter((f) => f.e <= CUT && !(f.l && f.l < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 19 && eRowsData.filter((x) => (x.dup ? "2021-05-20" : x.f.e) <= CUT).length === 22 && typesIn.size >= 3, "c1 19 in park (clerk counted 22 rows)");

  // ---------------- 资金拨付 (万元)
  const PAY = [["2020-11-18", "公共服务中心建设首期款", "广东万绿电商运营服务有限公司", 620000], ["2020-12-29", "村级站点建设（第一批）", "中国邮政集团有限公司东源县分公司", 468000],
    ["2021-01-26", "电商人才培训（一期）", "河源市东源县职业技术学校", 98500], ["2021-03-19", "县镇村物流配送体系", "东源县源通物流有限公司", 536400],
    ["2021-04-23", "村级站点建设（第二批）", "中国邮政集团有限公司东源县分公司", 385200], ["2021-05-28", "农产品品牌推广", "东源县新农人代运营工作室", 126800],
    ["2021-06-25", "公共服务中心运营", "广东万绿电商运营服务有限公司", 412000], ["2021-07-21", "冷链及溯源系统", "东源县冷链仓储服务有限公司", 0],
    ["2021-08-27", "电商人才培训（二期）", "河源市东源县职业技术学校", 146300], ["2021-09-03", "村级站点建设（第三批）", "中国邮政集团有限公司东源县分公司", 452000]];
  PAY[7][3] = 3724600 - sum(PAY.filter((p, i) => i !== 7 && p[0] <= CUT).map((p) => p[3]));
  assert(PAY[7][3] > 0 && PAY[7][3] % 100 === 0, "c1 pay 7 " + PAY[7][3]);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3724600 && ratioGE(spent, 5000000, 70), "c1 spent 74.5%");
  const fRows = [["东源县省级电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目（用途）", "收款单位", "拨付金额", "凭证号", "备注"]];
  PAY.forEach(([d, what, who, a], j) => fRows.push([j + 1, d === "2021-09-03" ? "2021.9.3" : dateCell(d, j + 2), what, who, wan4(a), `记-${d.slice(2, 4)}${d.slice(5, 7)}-${pad3(rint(1, 60))}`, d > CUT ? "9月拨付" : null]));
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, "含9月拨付"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送 / 专栏更新 / 宣传报道 / 经验材料
  const rRows = [["东源县电子商务进农村工作月报报送记录"], ["序号", "报送日期", "报送内容", "报送方式", "是否含电商扶贫统计"]];
  WINDOW.forEach((m, j) => {
    const [y, mo] = m.split("-").map(Number);
    let dd = `${m}-${String(rint(24, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd))) dd = isoAdd(dd, -1);
    rRows.push([j + 1, dateCell(dd, j + 1), `${cnMonth(m)}电子商务进农村工作进展及统计数据`, j % 2 ? "粤政易" : "电子邮件", "√"]);
  });
  const dRows = [["东源县人民政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目"]];
  const DM = WINDOW.filter((m) => m !== "2021-02");
  const dDates = [];
  for (const m of DM) {
    const [y, mo] = m.split("-").map(Number);
    const n = m === "2021-01" || m === "2021-03" ? 2 : 1;
    for (let i = 0; i < n; i++) dDates.push(`${m}-${String(rint(3 + i * 12, 14 + i * 12 > lastDay(y, mo) ? lastDay(y, mo) : 14 + i * 12)).padStart(2, "0")}`);
  }
  dDates.sort();
  dDates.forEach((dd, j) => dRows.push([j + 1, dateCell(dd, j), `东源县电子商务进农村综合示范项目建设进度（${cnMonth(dd)}）`, "建设进度"]));
  assert(inWindowMonths(dDates) === 11, "c1 disclosure 11 months");
  const MED = [["2020-11-27", "东源发布", "县级", "网络", "东源首批村级电商服务站挂牌", "否"], ["2021-05-10", "南方日报", "省级", "报纸", "东源：板栗搭上电商快车", "否"],
    ["2021-06-22", "广东广播电视台珠江频道", "省级", "电视", "东源脱贫户直播卖茶", "是"], ["2021-09-02", "河源日报", "市级", "报纸", "东源电商进农村示范创建纪实", "否"]];
  const mRows = [["东源县电子商务进农村宣传报道登记"], ["序号", "报道日期", "媒体", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-02" ? "2021.9.2" : dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021年7月16日", "《东源县“电商＋客家农品”助农增收经验》", "河源市商务局"]];

  // ---------------- 自评表（档位勾选式）
  const W = 10;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:J${fr.length}`);
  };
  const pair2 = (l1, v1, l2, v2) => {
    fr.push([l1, null, v1, null, null, l2, null, v2, null, null]);
    const r = fr.length;
    fm.push(`A${r}:B${r}`, `C${r}:E${r}`, `F${r}:G${r}`, `H${r}:J${r}`);
  };
  full("东源县电子商务进农村综合示范创建考评自评表（档位勾选式）");
  full("填报单位：东源县商务局（盖章）　　数据截止：2021年8月31日　　填表日期：2021年9月8日");
  full("填表说明：每个评分项在达到的档位前划“●”，未达到的保持“○”；“完成情况”栏填写数据、日期；“自评小计”为该指标各评分项所选档位分值之和。");
  full("一、基本情况");
  pair2("县（市、区）", "东源县", "考评截止日期", "2021年8月31日");
  pair2("常住人口", "39.64万人", "行政村数", "230个（另有居委会12个）");
  pair2("省定贫困村数", "24个", "领导小组组长", "县委副书记、县长");
  pair2("领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、中国邮政东源县分公司", "省级下达专项资金", "500万元");
  pair2("累计拨付资金", "372.46万元", "项目总体进度", "86%");
  full("二、逐项自评");
  fr.push(["序号", "评价指标（分值）", "评分项", "档位一", "档位二", "档位三", "档位四", "完成情况（截至2021年8月31日）", "佐证材料", "自评小计"]);
  const o = (t) => "○ " + t;
  const x = (t) => "● " + t;
  const IND = [];
  const ind = (no, name, id, items, sub) => IND.push({ no, name, id, items, sub });
  const both = (on, pts) => [on ? x(`达到（${pts}分）`) : o(`达到（${pts}分）`), on ? o("未达到（0分）") : x("未达到（0分）"), null, null];
  ind(1, "组织领导（2分）", "org.leadership", [["牵头领导及参与部门", [x("主要领导牵头且商务、财政、农业、扶贫等部门参与（2分）"), o("分管领导牵头（1分）"), o("其他（0分）"), null], "县长任组长，县商务局、财政局、农业农村局、乡村振兴局等7个单位参与", "东府办〔2020〕9号"]], 2);
  ind(2, "方案制定（2分）", "org.plan", [["示范创建工作方案", [o("未印发（0分）"), o("1分"), x("2分"), null], "2020年6月12日正式印发（东府办〔2020〕18号）", "工作方案"]], 2);
  ind(3, "政策支持（2分）", "org.policy", [["出台支持政策并落实", [o("未出台（0分）"), x("1分"), o("2分"), null], "已出台《东源县农村电子商务发展扶持办法》，落实面有待扩大", "扶持办法"]], 1);
  ind(4, "项目管理（4分）", "org.management", [["项目管理制度", [o("1分"), x("2分"), null, null], "制定项目管理和验收办法", "管理制度"], ["工作台账", [x("1分"), o("2分"), null, null], "台账已建立，前期记录不完整", "工作台账"]], 3);
  ind(5, "服务体系建设——县级中心与产业园（15分）", "work.center", [
    ["建成县级电子商务公共服务中心", both(true, 2), "2021年2月28日正式投入运营", "揭牌照片"],
    ["建成后正常运行6个月以上", both(true, 2), "截至8月31日运行满6个月", "运营记录"],
    ["免费培训场所、培训设备", both(true, 2), "有培训教室1间（80座）、电脑40台", "现场"],
    ["特色农产品免费展示、销售", both(true, 1), "设农特产品展示展销区，免费", "现场"],
    ["免费摄影、美工服务", both(false, 1), "产品摄影免费；美工设计按件收费", "收费公示"],
    ["统一推广、品牌建设指导", both(true, 1), "“万绿东源”区域公用品牌推广", "活动资料"],
    ["其他衍生增值服务", both(true, 1), "代运营、金融对接、法律咨询", "服务记录"],
    ["建设或整合电商产业园", both(true, 2), "整合县城电商创业园为县电商产业园", "园区资料"],
    ["产业园入驻企业20家及以上", both(true, 2), "入驻企业22家", "入驻企业清单"],
    ["入驻企业三种以上类型", both(true, 1), "平台型、销售型、运营商、物流企业", "入驻企业清单"]], 14);
  ind(6, "服务体系建设——村级站点覆盖（10分）", "work.coverage", [
    ["行政村覆盖率", [x("70%及以上（5分）"), o("50%-70%（不含）（2分）"), o("50%以下（0分）"), null], "已建站行政村140个，按200个计70%", "站点台账"],
    ["省定贫困村覆盖率", [x("100%（5分）"), o("80%-100%（不含）（3分）"), o("80%以下（0分）"), null], "24个省定贫困村全覆盖", "站点台账"]], 10);
  ind(7, "农村产品上行（10分）", "work.upward", [
    ["网销调研并形成建议", [o("1分"), x("2分"), null, null], "形成《东源县农产品网络销售调研报告》", "调研报告"],
    ["网络促销活动成效", [o("1分"), x("2分"), null, null], "举办“万绿东源·云上年货节”等4场", "活动总结"],
    ["专业第三方运营或服务商", both(true, 1), "东源县万绿电商运营服务有限公司", "合同"],
    ["行政村物流快递覆盖率100%", both(true, 1), "行政村快递覆盖率100%", "邮政管理部门证明"],
    ["交易标准、冷链、溯源系统", [x("1分"), o("2分"), null, null], "出台板栗电商交易标准，冷链在建", "标准文本"],
    ["网络零售额同比增速≥30%", both(true, 2), "农产品网络零售额2019年2.18亿元、2020年2.86亿元，增长31.2%；农村网络零售额2019年18.3亿元、2020年22.1亿元", "统计数据"]], 9);
  ind(8, "电商人才培训（20分）", "work.training", [
    ["培训人次占常住人口比例", [x("1%及以上（10分）"), o("0.8%-1%（不含）（8分）"), o("0.6%-0.8%（不含）（6分）"), o("0.6%以下（0分）")], "累计培训4,012人次，占常住人口1.01%", "培训台账"],
    ["建档立卡贫困人口培训率", [x("50%及以上（10分）"), o("40%-50%（不含）（8分）"), o("30%-40%（不含）（6分）"), o("30%以下（0分）")], "有劳动能力贫困人口（不含外出务工）186人，参训97人，52.2%", "签到汇总"]], 20);
  ind(9, "信息公开（4分）", "info.disclosure", [
    ["专栏设立且内容全面", both(true, 2), "县政府网站设专栏，公示创建方案、项目基本信息、建设进度，设监督举报电话", "网页截图"],
    ["专栏更新", [x("按月更新（2分）"), o("不定时更新（1分）"), o("未更新（0分）"), null], "每月更新建设进度", "更新记录"]], 4);
  ind(10, "数据上报（6分）", "info.reporting", [
    ["每月向市商务局报送", [x("每月报送（3分）"), o("不定时（1分）"), o("未报送（0分）"), null], "每月报送", "报送记录"],
    ["统计电商扶贫情况", both(true, 3), "月报附电商扶贫统计", "月报"]], 6);
  ind(11, "案例总结（2分）", "promo.cases", [["向市商务局报送经验材料", both(true, 2), "2021年7月16日报送", "报送记录"]], 2);
  ind(12, "经验推广（8分）", "promo.media", [
    ["省级及以上媒体报道", both(true, 4), "南方日报、广东广播电视台", "报道截图"],
    ["市级媒体报道", both(true, 3), "河源日报", "报道截图"],
    ["县级媒体报道", both(true, 1), "东源发布", "报道截图"]], 8);
  ind(13, "制度建立（5分）", "fund.system", [["资金管理制度", [o("1-2分"), o("3分"), x("4分"), o("5分")], "制定专项资金管理办法", "管理办法"]], 4);
  ind(14, "资金台账（5分）", "fund.ledger", [["资金专用台账", [o("1-2分"), o("3分"), x("4分"), o("5分")], "承建单位建立资金专用台账", "资金台账"]], 4);
  ind(15, "资金支出（5分）", "fund.spending", [
    ["资金支出率", [x("70%以上"), o("低于70%（倒扣5分）"), null, null], "累计拨付372.46万元，支出率74.5%", "拨付凭证"],
    ["及时拨付", [o("1-2分"), o("3分"), o("4分"), x("5分")], "按进度及时拨付", "拨付文件"]], 5);
  ind("加1", "加分项（2分）", "bonus.poorTraining", [["贫困人口培训率70%及以上", both(false, 2), null, null]], 0);
  ind("加2", "加分项（2分）", "bonus.tvCase", [["电商扶贫典型案例获电视播报", [o("国家级（2分）"), x("省级（1分）"), o("无（0分）"), null], "广东广播电视台珠江频道播出", "视频"]], 1);
  ind("否1", "一票否决", "veto.incident", [["安全生产、质量事故或重大损失", [o("发生"), x("未发生"), null, null], "无", null]], 0);
  ind("否2", "一票否决", "veto.progress", [["总体进度不足40%", [o("是"), x("否"), null, null], "总体进度86%", null]], 0);
  ind("否3", "一票否决", "veto.fraud", [["弄虚作假", [o("有"), x("无"), null, null], "无", null]], 0);
  const claimed = {};
  for (const it of IND) {
    const r0 = fr.length + 1;
    it.items.forEach(([label, tiers, done, ev], i) => {
      fr.push([i === 0 ? it.no : null, i === 0 ? it.name : null, label].concat(tiers, [done, ev, i === 0 ? (it.id.startsWith("veto") ? "—" : it.sub) : null]));
    });
    const r1 = fr.length;
    for (const c of ["A", "B", "J"]) mergeCol(fm, c, r0, r1);
    if (!it.id.startsWith("veto")) claimed[it.id] = it.sub;
  }
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 94, "c1 claimed 94 " + claimedScored);
  fr.push(["合计", null, null, null, null, null, null, null, null, `${claimedScored}＋1`]);
  fm.push(`A${fr.length}:I${fr.length}`);
  full("填表人：刘××　　审核：叶××（县商务局副局长）　　联系电话：0762-82xxxxx");
  for (const r of fr) assert(r.length === W, "c1 facts width " + r.length);

  const toc = [["东源县电子商务进农村综合示范考评资料（电子版）目录"], ["序号", "表名", "内容"], [1, "自评表", "基本情况及逐项自评（档位勾选式）"], [2, "村居名单", "行政村及社区名单"],
    [3, "站点台账", "村级电商服务站点（含挂牌批次）"], [4, "培训台账", "电商培训分期登记"], [5, "脱贫户参训签到", "各期脱贫户学员签到摘录"], [6, "脱贫人口名单", "建档立卡脱贫人口劳动力状况"],
    [7, "入驻企业", "电商产业园入驻企业"], [8, "资金拨付", "省级专项资金拨付台账（万元）"], [9, "月报报送", "向市商务局报送月报"], [10, "专栏更新", "政府网站专栏更新"],
    [11, "宣传报道", "媒体报道"], [12, "经验材料", "经验材料报送"]];

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, vBase, 70) ? 5 : ratioGE(covSet.size, vBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, POP, 1) ? 10 : ratioGE(ptCut, POP, 0.8) ? 8 : ratioGE(ptCut, POP, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 186, 50) ? 10 : ratioGE(trainedCut.size, 186, 40) ? 8 : ratioGE(trainedCut.size, 186, 30) ? 6 : 0);
  assert(centerPts === 12 && covPts === 10 && trainPts === 16, "c1 center/cov/train " + [centerPts, covPts, trainPts]);
  assert(286 - 218 >= 0.3 * 218 && 221 - 183 < 0.3 * 183, "c1 growth");
  const disMonths = inWindowMonths(dDates);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0),
    "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 186, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const derivation = [
    "org.leadership: 组长“县委副书记、县长”（县长是主要领导）；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2（自评2）",
    "org.plan: 档位“● 2分”，2020年6月12日正式印发（东府办〔2020〕18号） → 2",
    "org.policy: 档位“● 1分”，扶持办法已出台 → 1",
    "org.management: 管理制度“● 2分”＋工作台账“● 1分” → 3",
    `work.center: 完成情况“2021年2月28日正式投入运营” → 建成2；2021-02-28 ≤ 2021-02-28（截止日前6个月，含当日） → 运行满6个月2；免费培训2；展示销售1；摄影美工“未达到”（美工收费）0；品牌1；其他增值服务1；产业园2；《入驻企业》8月31日在园按信用代码去重：22行日期在截止日前，“${firms[19].n}”（已退园2021.3.31）、“${firms[20].n}”（已退园2021.7.15）不算，“${firms[4].n}”搬房新增的一行与原行信用代码相同算一家，“${firms[21].n}”9月6日入驻不算 → 19家 < 20 → 0（自评写“入驻企业22家”是行数）；类型平台型、销售型、电商运营商、物流企业等 ≥ 3 → 1；合计12（自评14）`,
    `work.coverage: 《村居名单》村委会230个（居委会12个不算），超过200个按200个计；《站点台账》“挂牌批次”按上方批次表取日期：第一至第三批、单独挂牌“2021.3.9”“2021年7月”和第四批（2021年8月31日）的行政村共140个（“${b1[3]}”第二个站只算一次，社区站不算；第五批2021.9.10和单独挂牌“2021年9月3日”的不算） → 140/200 = 70.0% ≥ 70% → 5（漏掉第四批只有135/200 = 67.5% → 2；不按200封顶是140/230 = 60.9% → 2）；省定贫困村★24个，第四批补上最后一个 → 24/24 = 100% → 5；合计10`,
    "work.upward: 网销调研“● 2分”、促销活动“● 2分”、交易标准与冷链溯源“● 1分”；第三方运营服务商有 → 1；村居名单“快递进村”列所有村委会都是“是” → 1；农产品网络零售额2.18→2.86亿元增长31.2% ≥ 30% → 2（农村网零18.3→22.1亿元只增20.8%）；合计9",
    `work.training: 《培训台账》按“实到人次”计（不是“报名人数”），截止日前第1—31期（8月31日第31期算，两天班按结业日，第32期2021.9.7不算，合计行不另加） = ${fmtInt(ptCut)}人次；常住人口39.64万 → ${fmtInt(ptCut)}/396,400 = 0.98% → 0.8%–1% → 8（报名人数${fmtInt(regCut)}会到1%；自评4,012人次含9月第32期）；《脱贫人口名单》有劳动能力（含弱劳动力或半劳动力）且不是县外省内、省外务工的186人；《脱贫户参训签到》到课“到”、截止日前、身份证号对得上的92人（重复参训算一次；3人只有“请假”记录不算；2人只参加9月第32期不算；2人身份证号脱敏无法核对不算；外出务工2人、无劳动力1人不在186人内） → 92/186 = 49.5% → 40%–50% → 8（把请假的算上是95/186 = 51.1%）；合计16（自评20）`,
    `info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 内容全面2；《专栏更新》2020年9月—2021年8月缺2021年2月 → 11个月 → 不定时1；合计3（自评4）`,
    "info.reporting: 《月报报送》2020年9月—2021年8月每月一条 → 3；“是否含电商扶贫统计”√ → 3；合计6",
    "promo.cases: 2021年7月16日向河源市商务局报送经验材料 → 2",
    "promo.media: 截止日前南方日报、广东广播电视台珠江频道（省级） → 4；东源发布（县级） → 1；河源日报2021.9.2在截止日后，市级不算 → 5（自评8）",
    "fund.system: 档位“● 4分” → 4",
    "fund.ledger: 档位“● 4分” → 4",
    `fund.spending: 《资金拨付》（万元）截止日前合计 ${wan4(spent)}万元 = ${fmtMoney(spent)}元（2021.9.3的45.2万元不算；合计行不另加） → 74.5% ≥ 70% → 及时拨付“● 5分” → 5`,
    "bonus.poorTraining: 贫困人口培训率92/186 = 49.5% < 70% → 0",
    "bonus.tvCase: 2021年6月22日广东广播电视台珠江频道播出电商扶贫典型案例（省级电视） → 1",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      "河源市东源县商务局整本考评工作簿（13个表：目录、自评表＋11个台账），84＋加分1＝85分、未否决（自评94＋1）：《自评表》上部“一、基本情况”每行两对“标签｜值”，下部是档位勾选式逐项自评——一个评分项一行，四个档位格写着档位原文，达到的档位前划“●”、其余“○”，数据和日期写在“完成情况”格（“2021年2月28日正式投入运营”正好满6个月），自评小计按指标纵向合并；台账：村居名单230个村委会（按200个封顶），站点台账上方是挂牌批次表、明细只写“第几批”（第四批8月31日挂牌决定140/200＝70%），培训台账“报名人数”和“实到人次”两列（按实到3,900人次只有0.98%），脱贫户参训签到有“到课情况 到／请假”（92/186＝49.5%），入驻企业状态列写“已退园（2021.3.31）”、同一企业两行（19家），资金台账万元（74.5%），专栏缺2月。",
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "自评表", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户参训签到", rows: siRows, merges: siMerges },
      { name: "脱贫人口名单", rows: pRows, merges: pMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1", "A2:H2"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: dRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 佛山市南海区: a Word table pasted into Excel (paragraphs split into rows, neighbours merged), footnote markers
// =====================================================================================================
function buildF1() {
  const W = 4;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:D${rows.length}`);
  };
  // one Word row: each cell is a list of paragraphs; Excel gives every paragraph of the tallest cell its own row and merges
  // the single-paragraph cells of that Word row vertically
  const wrow = (cells) => {
    const paras = cells.map((c) => (Array.isArray(c) ? c : [c]));
    const n = Math.max(...paras.map((p) => p.length));
    for (const p of paras) assert(p.length === 1 || p.length === n, "f1 one tall cell per Word row");
    const r0 = rows.length + 1;
    for (let i = 0; i < n; i++) rows.push(paras.map((p) => (p.length === 1 ? (i === 0 ? p[0] : null) : p[i])));
    if (n > 1) paras.forEach((p, j) => p.length === 1 && merges.push(`${colName(j)}${r0}:${colName(j)}${r0 + n - 1}`));
  };
  full("南海区电子商务进农村综合示范创建基本情况表");
  full("（数据截至2021年8月31日）");
  rows.push(["序号", "项　　目", "数　　据", "说　　明"]);
  full("一、基本情况");
  wrow([1, "县（区）", "南海区", null]);
  wrow([2, "考评截止日期", "2021年8月31日", null]);
  wrow([3, "常住人口", "366.72万人①", null]);
  wrow([4, "行政村（村委会）数", "224个②", null]);
  wrow([5, "省定贫困村数", "0个", "对口帮扶任务在省内其他地区"]);
  full("二、组织领导");
  wrow([6, "领导小组组长", "区委常委、常务副区长", "副组长：区经济促进局局长"]);
  wrow([7, "领导小组成员单位", ["区经济促进局（区商务局）", "区财政局", "区农业农村局", "区乡村振兴局", "区交通运输局", "区市场监督管理局", "中国邮政南海区分公司"], "办公室设在区经济促进局"]);
  wrow([8, "示范创建工作方案", "已印发", "南府办函〔2020〕41号"]);
  wrow([9, ["在资金、土地、人才等方面", "出台支持农村电商发展的政策"], "已出台", "《南海区促进农村电子商务发展若干措施》"]);
  full("三、公共服务中心与产业园");
  wrow([10, "公共服务中心投入运营日期", "2020年11月18日④", null]);
  wrow([11, ["免费培训场所、培训设备，", "能组织电商基础培训"], "有", "培训室2间，120座"]);
  wrow([12, "为特色农产品提供免费展示、销售服务", "有", null]);
  wrow([13, "为电子商务市场主体提供免费摄影、美工服务", "否⑤", null]);
  wrow([14, ["组织农产品统一推广、", "指导特色农产品品牌建设"], "有", "“南海农品”区域品牌"]);
  wrow([15, "其他衍生增值服务", "有", "代运营、金融对接、知识产权咨询"]);
  wrow([16, "建设或整合、优化电商产业园", "已建成", "整合原南海电商产业园"]);
  full("四、农村产品上行");
  wrow([17, "专业第三方电子商务运营或服务商", "有", "佛山南海农电通电子商务有限公司"]);
  wrow([18, "行政村物流快递覆盖率", "100%", null]);
  wrow([19, "农村网络零售额（2019年、2020年）", "见注③", null]);
  wrow([20, "2020年农产品网络零售额同比增速", "26.3%", "区统计局"]);
  full("五、电商人才培训");
  wrow([21, "培训人次", "5,216人次", "常住人口超过50万，按50万计"]);
  wrow([22, ["有劳动能力的建档立卡贫困人口", "（不含外出务工人员）"], "138人", "区乡村振兴局确认"]);
  wrow([23, "参加培训的建档立卡贫困人口", "79人⑥", null]);
  full("六、信息公开与数据报送");
  wrow([24, "政府网站专栏公示内容", ["创建方案", "项目基本信息", "项目建设进度（每月更新）", "监督举报电话：0757-8628××××"], "区政府门户网站“电子商务进农村”专栏"]);
  wrow([25, "能否统计电商扶贫情况", "能", "月报附表"]);
  full("七、资金管理");
  wrow([26, "省级下达专项资金", "500万元", null]);
  wrow([27, "累计拨付资金", "408.23万元", "截至2021年8月31日"]);
  wrow([28, "专项资金管理制度", "已制定", "南经促〔2020〕12号"]);
  wrow([29, "资金专用台账", "已建立", null]);
  wrow([30, "项目总体进度", "88%", null]);
  full("八、其他");
  wrow([31, "安全生产、质量事故或重大经济损失", "无", null]);
  wrow([32, "弄虚作假情况", "无", null]);
  rows.push(padRow([], W));
  full("注：①第七次全国人口普查数据（户籍人口约160万人）。");
  full("②另有社区居委会66个。");
  full("③2019年、2020年全区农村网络零售额分别为128.6亿元、151.2亿元（区统计局提供）。");
  full("④2020年9月起试运营，2020年11月18日正式投入运营。");
  full("⑤摄影、美工服务按市场价八折收费，不属免费服务。");
  full("⑥按身份证号去重。");
  rows.push(padRow([], W));
  full("附：主观评分项自评");
  rows.push(["评分项", "分值范围", "自评分", "理由"]);
  const J = [["方案制定", "1—2分", 2, "方案可操作性强"], ["政策支持", "1—2分", "2分", "措施已兑现"], ["项目管理制度", "1—2分", "２", null], ["工作台账", "1—2分", 2, null],
    ["网销调研及建议", "1—2分", "1分", "调研报告建议针对性一般"], ["网络促销活动", "1—2分", 2, null], ["交易标准与冷链、溯源系统", "1—2分", 1, "溯源系统未覆盖全部品类"],
    ["资金管理制度", "1—5分", 5, null], ["资金台账", "1—5分", "4分", null], ["资金及时拨付", "1—5分", 4, "部分尾款待验收"]];
  for (const r of J) rows.push(r.slice());
  full("填表：区经济促进局电子商务科　　审核：黄××　　2021年9月7日");
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "佛山市南海区经济促进局（区商务局）电子商务科把Word里的《基本情况表》整表复制粘进Excel：Word单元格里有几段，Excel就拆成几行、同一行的其他格纵向合并（成员单位七个部门一段一行，“在资金、土地、人才等方面／出台支持农村电商发展的政策”“有劳动能力的建档立卡贫困人口／（不含外出务工人员）”标签拆两行，专栏公示内容四段四行）；分节行整行合并；数值后带圈码注号（“366.72万人①”“2020年11月18日④”“否⑤”“79人⑥”），农村网络零售额栏只写“见注③”、两年的数在表下注③里，注①的户籍人口不是常住人口；组长是区委常委、常务副区长（分管领导）；表下另有一张“附：主观评分项自评”小表。",
    sheets: [{ name: "基本情况表", rows, merges }],
    expect: {
      facts: {
        county: "南海区", asOf: "2021-08-31", residentPopulation: 3667200, adminVillagesStated: 224, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 12860000000, ruralRetail2020: 15120000000, agriRetailGrowthStated: 0.263, trainingPersonTimesStated: 5216,
        eligiblePoorPersonsStated: 138, trainedPoorPersonsStated: 79, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4082300, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// f2 — 广州市白云区: 迎检速查卡 (cards three to a band, uneven heights)
// =====================================================================================================
function buildF2() {
  const W = 11;
  const rows = [];
  const merges = [];
  const SLOT = [0, 4, 8];
  const band = (cards) => {
    const h = 1 + Math.max(...cards.map((c) => c.rows.length));
    const r0 = rows.length;
    for (let i = 0; i < h; i++) rows.push(padRow([], W));
    cards.forEach((c, k) => {
      const col = SLOT[k];
      rows[r0][col] = c.title;
      merges.push(`${colName(col)}${r0 + 1}:${colName(col + 2)}${r0 + 1}`);
      c.rows.forEach((cr, i) => {
        for (let j = 0; j < 3; j++) rows[r0 + 1 + i][col + j] = cr[j] === undefined ? null : cr[j];
      });
    });
    rows.push(padRow([], W));
  };
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:K${rows.length}`);
  };
  full("白云区电子商务进农村综合示范创建　迎检速查卡");
  full("（区商务局电子商务科编，2021年9月9日第三版；数据截至2021年8月31日，供迎检人员随身查阅）");
  rows.push(padRow([], W));
  band([
    { title: "① 基本情况", rows: [["区名", "白云区", null], ["数据截至", "2021.8.31", null], ["常住人口", "374.30", "万人"], ["行政村", "118", "个"], ["社区", "294", "个"], ["省定贫困村", "0", "个"]] },
    { title: "② 组织领导", rows: [["组长", "区委副书记、区长", null], ["常务副组长", "常务副区长", null], ["成员单位", "区商务局\n区财政局\n区农业农村局\n区乡村振兴局\n区交通运输局\n区市场监管局", null],
      ["工作方案", "已印发", "云府办〔2020〕33号"], ["扶持政策", "已出台", null]] },
    { title: "③ 公共服务中心", rows: [["投入运营", "2020.12.30", null], ["免费培训场所设备", "✓", null], ["免费展示销售", "✓", null], ["免费摄影美工", "✓", null], ["统一推广／品牌", "✓", null],
      ["其他增值服务", "暂无", null], ["电商产业园", "✓", "整合白云电商产业园"]] },
  ]);
  band([
    { title: "④ 农村产品上行", rows: [["第三方运营服务商", "有", null], ["行政村快递覆盖", "100", "%"], ["农产品网零2019", "36,820", "万元"], ["农产品网零2020", "49,150", "万元"], ["农村网零增速2020", "21.8", "%"]] },
    { title: "⑤ 人才培训", rows: [["培训人次", "5,102", "人次"], ["口径", "截至8月31日；常住人口按50万计", null]] },
    { title: "⑥ 公开与报送", rows: [["专栏·创建方案", "✓", null], ["专栏·项目信息", "✓", null], ["专栏·建设进度", "✓", "每月"], ["专栏·监督举报窗口", "✓", null], ["统计电商扶贫", "能", null]] },
  ]);
  band([
    { title: "⑦ 资金", rows: [["省级下达", "500", "万元"], ["累计拨付", "396", "万元"], ["资金管理制度", "有", null], ["资金专用台账", "有", null], ["总体进度", "90", "%"]] },
    { title: "⑧ 否决项", rows: [["安全生产／质量事故", "无", null], ["弄虚作假", "无", null]] },
    { title: "⑨ 主观项自评分", rows: [["方案制定", "2", "（1-2分）"], ["政策支持", "1", "（1-2分）"], ["项目管理制度", "2", "（1-2分）"], ["工作台账", "2", "（1-2分）"], ["网销调研", "2", "（1-2分）"],
      ["促销活动", "1", "（1-2分）"], ["标准／冷链／溯源", "2", "（1-2分）"], ["资金管理制度", "5", "（1-5分）"], ["资金台账", "5", "（1-5分）"], ["及时拨付", "4", "（1-5分）"]] },
  ]);
  const SC = [["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 1, 2, "org.policy"], ["项目管理", 4, 4, "org.management"],
    ["中心与产业园", 13, 15, "work.center"], ["站点覆盖", 10, 10, "work.coverage"], ["农村产品上行", 9, 10, "work.upward"], ["人才培训", 20, 20, "work.training"],
    ["信息公开", 4, 4, "info.disclosure"], ["数据上报", 6, 6, "info.reporting"], ["案例总结", 2, 2, "promo.cases"], ["经验推广", 8, 8, "promo.media"],
    ["制度建立", 5, 5, "fund.system"], ["资金台账", 5, 5, "fund.ledger"], ["资金支出", 4, 5, "fund.spending"], ["加分·培训率70%", 0, 2, "bonus.poorTraining"],
    ["加分·电视播报", 1, 2, "bonus.tvCase"]];
  const claimed = {};
  for (const [, p, , id] of SC) claimed[id] = p;
  const scoredClaim = sum(SCORED.map(([id]) => claimed[id]));
  assert(scoredClaim === 95, "f2 claimed 95 " + scoredClaim);
  const cardRows = SC.map(([n, p, m]) => [n, `${p}/${m}`, null]);
  band([
    { title: "⑩ 自评得分（一）", rows: cardRows.slice(0, 6) },
    { title: "⑩ 自评得分（二）", rows: cardRows.slice(6, 12) },
    { title: "⑩ 自评得分（三）", rows: cardRows.slice(12).concat([["合计", `${scoredClaim}＋1`, null]]) },
  ]);
  full("注：⑩中“自评/满分”，如“13/15”为满分15分、自评13分；加分项另计。");
  full("联系人：区商务局电子商务科 麦×× 020-3622××××");
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "广州市白云区商务局电子商务科印给迎检人员随身带的《迎检速查卡》：一张表排成卡片，每条带三张卡（A:C、E:G、I:K，中间空一列），每张卡标题合并三格（“① 基本情况”…“⑩ 自评得分（三）”），下面是“标签｜值｜单位或备注”，三张卡高矮不一、短卡下面空着；数字是文本、单位在第三格（“374.30｜万人”“36,820｜万元”“100｜%”），是否项用“✓”“有”“能”“暂无”，成员单位在一格里换行列出，组长区委副书记、区长；主观项自评分单独一卡（第三格是分值范围），最后一条带三张卡是各指标“自评/满分”（“13/15”），合计“95＋1”。",
    sheets: [{ name: "速查卡", rows, merges }],
    expect: {
      facts: {
        county: "白云区", asOf: "2021-08-31", residentPopulation: 3743000, adminVillagesStated: 118, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-30", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2019: 368200000, agriRetail2020: 491500000, ruralRetailGrowthStated: 0.218, trainingPersonTimesStated: 5102,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3960000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}


// =====================================================================================================
// f3 — 湛江市赤坎区: 填报｜审核 two-column sheet (the 审核 column wins when it holds a value)
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("赤坎区电子商务进农村综合示范考评基础数据填报审核表");
  full("填报单位：湛江市赤坎区经济和信息化局（商务）　　数据截至：2021年8月31日　　填报日期：2021年9月6日");
  full("说明：“填报”栏由经办人填写；“审核”栏由电商股股长审核填写——审核栏填了数字或文字的，以审核栏为准；审核栏打“√”或空白的，表示同意填报栏。");
  rows.push(["序号", "项目", "单位", "填报（经办人 黄××）", "审核（股长 陈××）", "备注"]);
  full("一、基础数据");
  const R = [
    ["县（市、区）", "—", "赤坎区", "√", null],
    ["常住人口", "万人", "30.38", "√", "七普"],
    ["行政村", "个", "9", null, "另有社区居委会41个"],
    ["省定贫困村", "个", "0", "√", null],
    ["领导小组组长", "—", "区长", "改：常务副区长", "以区政府办赤府办〔2020〕19号为准"],
    ["领导小组成员单位", "—", "区经信局、区财政局、区农业农村局", "补：区乡村振兴局、区市场监管局", null],
    ["示范创建工作方案", "是/否", "是", "√", null],
    ["支持农村电商发展的政策", "是/否", "是", "否（扶持办法尚在征求意见）", null],
    ["公共服务中心投入运营日期", "日期", "2020.12.28", "2021.1.8", "12月28日为试运营"],
    ["免费培训场所、设备", "有/无", "有", "√", null],
    ["免费展示、销售", "有/无", "有", null, null],
    ["免费摄影、美工", "有/无", "有", "无", "美工设计收费"],
    ["统一推广、品牌建设", "有/无", "有", "√", null],
    ["其他衍生增值服务", "有/无", "有", "√", "代运营、直播场地"],
    ["电商产业园", "有/无", "无", "√", null],
    ["专业第三方运营服务商", "有/无", "有", "√", null],
    ["行政村物流快递覆盖率", "%", "100", "√", null],
    ["2019年农村网络零售额", "万元", "52,300", "√", null],
    ["2020年农村网络零售额", "万元", "66,400", "68,010", "按区统计局9月2日复核数"],
    ["培训人次", "人次", "3,120", "3,047", "剔除9月场次"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "46", "√", null],
    ["参加培训的建档立卡贫困人口", "人", "25", "√", "按身份证号去重"],
    ["专栏公示创建方案", "是/否", "是", "√", null],
    ["专栏公示项目基本信息", "是/否", "是", "√", null],
    ["专栏公示项目建设进度", "是/否", "是", null, null],
    ["专栏设立征求意见或监督举报窗口", "是/否", "否", "√", null],
    ["能否统计电商扶贫情况", "能/否", "能", "√", null],
    ["省级下达专项资金", "万元", "500", "√", null],
    ["累计拨付资金", "万元", "341.6", "352.18", "含8月27日拨付10.58万元"],
    ["专项资金管理制度", "是/否", "是", "√", null],
    ["资金专用台账", "是/否", "是", "√", null],
    ["项目总体进度", "%", "80", "√", null],
    ["安全生产、质量事故", "有/无", "无", "√", null],
    ["弄虚作假", "有/无", "无", "√", null],
  ];
  R.forEach((r, j) => rows.push([j + 1].concat(r)));
  full("二、主观评分项自评分");
  const J = [["方案制定（1-2分）", "分", 2, "√", null], ["政策支持（1-2分）", "分", 2, "—（政策未出台，不得分）", null], ["项目管理制度（1-2分）", "分", 2, 1, null],
    ["工作台账（1-2分）", "分", 2, "√", null], ["网销调研（1-2分）", "分", 1, "√", null], ["网络促销活动（1-2分）", "分", 2, 1, "活动成效一般"],
    ["交易标准、冷链、溯源（1-2分）", "分", 1, null, null], ["资金管理制度（1-5分）", "分", 4, "√", null], ["资金台账（1-5分）", "分", 4, 3, "部分凭证未附"],
    ["资金及时拨付（1-5分）", "分", 4, "√", null]];
  J.forEach((r, j) => rows.push([R.length + j + 1].concat(r)));
  rows.push(padRow([], W));
  full("经办人：黄××　　股长：陈××　　分管领导：吴××　　2021年9月6日");
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "湛江市赤坎区经济和信息化局（商务）电商股的《考评基础数据填报审核表》：序号｜项目｜单位｜填报（经办人）｜审核（股长）｜备注，表头上方说明写明审核栏有数字或文字的以审核栏为准、“√”或空白表示同意填报栏——所以组长读“改：常务副区长”（分管领导），政策读“否（扶持办法尚在征求意见）”，中心投入运营读“2021.1.8”（12月28日是试运营），摄影美工读“无”，2020年农村网零读68,010万元，培训人次读3,047，累计拨付读352.18万元，“补：…”只是补充成员单位；第二节主观分同样读审核栏，政策支持被审核改成“—（政策未出台，不得分）”不是一个分数。",
    sheets: [{ name: "填报审核表", rows, merges }],
    expect: {
      facts: {
        county: "赤坎区", asOf: "2021-08-31", residentPopulation: 303800, adminVillagesStated: 9, poorVillagesStated: 0, planIssued: true,
        policyIssued: false, centerOpened: "2021-01-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: false, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 523000000, ruralRetail2020: 680100000,
        trainingPersonTimesStated: 3047, eligiblePoorPersonsStated: 46, trainedPoorPersonsStated: 25, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3521800,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.8, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// l1 — 珠海市香洲区: 说明, 村居一览 (town sections, 市定 marks), 站点 (village and date in one cell), 培训 (线下｜线上),
//      宣传 (媒体类别), 专栏稿件 (CMS export), hidden 透视
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  // ---------------- 村居一览
  const TOWNS = [["南屏镇", 6, 3], ["前山街道", 4, 5], ["湾仔街道", 3, 2], ["翠香街道", 0, 4]];
  const avoid = ["南屏", "前山", "湾仔", "翠香"];
  const vName = nameMaker("北南东西大小上下新沙石", ["山", "溪", "涌", "坑", "湾", "围", "塘", "洲", "岭"], "村", avoid);
  const cName = nameMaker("翠明康华兴宏福", ["微", "园", "景", "苑", "海", "湖"], "社区", avoid);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  noStemClash(towns.flatMap((x) => x.vs), towns.flatMap((x) => x.cs), "l1");
  const short = (v) => v.replace(/村$|社区$/, "");
  const cityPoor = new Set([towns[0].vs[2], towns[1].vs[1]]);
  const noExpress = towns[2].vs[1];
  const vRows = [["香洲区村（居）委会一览"], ["说明：本区无省定贫困村；“相对贫困村”栏标“市定”的为珠海市定相对贫困村。快递进村“√”已通、“×”未通；居委会不填。"],
    ["序号", "名称", "类别", "相对贫困村", "快递进村", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    vRows.push([`▼ ${x.t}（村委会${x.vs.length}个、居委会${x.cs.length}个）`]);
    vMerges.push(`A${vRows.length}:F${vRows.length}`);
    x.vs.forEach((v, i) => {
      sq++;
      const nm = i % 3 === 1 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      const ex = v === noExpress ? "×（计划2021年10月开通）" : "√";
      vRows.push([sq, nm, "村委会", cityPoor.has(v) ? "市定" : null, ex, cityPoor.has(v) ? "2021—2023年市定相对贫困村" : null]);
      vRecs.push({ name: nm, admin: true, poor: false, express: v !== noExpress });
    });
    x.cs.forEach((c) => {
      sq++;
      vRows.push([sq, `${c}居委会`, "居委会", null, null, null]);
      vRecs.push({ name: `${c}居委会`, admin: false, poor: false, express: null });
    });
  }
  for (const r of vRows) padRow(r, 6);

  // ---------------- 站点 (village and date inside one cell)
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const ST = [];
  towns[0].vs.forEach((v, i) => ST.push({ v, op: ["2020-11-06", "2020-11-06", "2021-01-15", "2021-03-18", "2021-06-08", "2021-08-31"][i] }));
  towns[1].vs.forEach((v, i) => ST.push({ v, op: ["2020-12-02", "2021-04-20", null, "2021-09-02"][i] }));
  towns[2].vs.forEach((v, i) => ST.push({ v, op: ["2021-02", "2021-05-26", "2021-07-13"][i] }));
  ST.push({ v: towns[0].vs[0], op: "2021-05-11", second: true });
  ST.push({ v: towns[3].cs[0], op: "2021-01-20" });
  ST.push({ v: towns[1].cs[2], op: "2021-06-30" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]));
  const sRows = [["香洲区村（社区）电子商务服务站点名录"], ["序号", "镇（街道）", "站点（挂牌日期）", "负责人", "联系电话", "服务内容"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vtext = isC ? s.v : j % 3 === 1 ? `${short(s.v)}村委会` : s.v;
    let dtext;
    if (s.op === null) dtext = "挂牌日期待补";
    else if (s.op.length === 7) dtext = `${cnMonth(s.op)}挂牌`;
    else if (s.op === CUT) dtext = "2021年8月31日挂牌";
    else dtext = `${[dotDate, cnDate, dotDate, slashDate][j % 4](s.op)}挂牌`;
    sRows.push([j + 1, townOf[s.v], `${vtext}电商服务${isC ? "点" : "站"}${s.second ? "（二）" : ""}（${dtext}）`, personName(), mask(phone()),
      ["代购代销、快递收发", "代缴费、代购代销", "农产品网销、快递收发"][j % 3]]);
    const rec = { village: vtext };
    if (s.op !== null) rec.opened = s.op;
    sRecs.push(rec);
  });
  sRows.push(["注：站点名称后括号内为挂牌日期；同村第二个站点标“（二）”；社区设服务点。"]);
  const sMerges = ["A1:F1", `A${sRows.length}:F${sRows.length}`];
  assert(sRecs.some((r) => !("opened" in r)) && sRecs.some((r) => r.opened === CUT), "l1 stations mix");

  // ---------------- 培训 (线下｜线上)
  const TP = ["农村电商基础", "直播带货", "短视频运营", "跨境电商入门", "农产品品牌营销", "社群团购", "网店美工", "电商客服"];
  const sess = [];
  let day = "2020-09-16";
  for (let i = 0; i < 14; i++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-13";
    if (day >= "2021-02-09" && day <= "2021-02-19") day = "2021-02-24";
    while (["六", "日"].includes(weekday(day))) day = isoAdd(day, 1);
    const two = i === 4 || i === 9;
    sess.push({ no: i + 1, start: day, end: two ? isoAdd(day, 1) : day, topic: TP[i % TP.length], off: rint(40, 95), on: i % 3 === 2 ? null : rint(20, 160) });
    day = isoAdd(day, rint(22, 27));
  }
  sess.push({ no: 15, start: "2021-09-08", end: "2021-09-08", topic: "迎检电商知识普及", off: 66, on: 120 });
  assert(sess[13].end <= CUT, "l1 14th session by cut " + sess[13].end);
  const tRows = [["香洲区农村电商培训登记（按期）"], ["单位：人次"], ["期次", "培训时间", "地点", "主题", "参训人次", null, "备注"], [null, null, null, null, "线下", "线上（直播）", null]];
  const tMerges = ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4"];
  const tRecs = [];
  sess.forEach((s, j) => {
    let dt;
    if (s.end !== s.start && j === 4) dt = `${cnDate(s.start)}上午、${Number(s.end.slice(8))}日下午`;
    else if (s.end !== s.start) dt = `${dotDate(s.start)}—${Number(s.end.slice(5, 7))}.${Number(s.end.slice(8))}`;
    else if (s.no === 15) dt = "2021.9.8";
    else dt = dateCell(s.start, j);
    tRows.push([`第${s.no}期`, dt, ["区电商公共服务中心", "南屏镇文化站", "前山街道党群服务中心", "湾仔街道社区服务中心"][j % 4], s.topic, j % 5 === 3 ? `${s.off}人次` : s.off, s.on === null ? "—" : s.on,
      s.no === 15 ? "考评后" : s.end !== s.start ? "两天" : null]);
    tRecs.push({ date: s.end, personTimes: s.off + (s.on || 0) });
  });
  tRows.push(["合计", null, null, null, sum(sess.map((s) => s.off)), sum(sess.map((s) => s.on || 0)), null]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);

  // ---------------- 宣传
  const MED = [["2020-10-22", "香洲首批村级电商服务站挂牌", "香洲发布", "区级媒体", "新媒体（公众号）", "county", false],
    ["2020-12-15", "南屏镇村民学直播卖海鲜", "珠海特区报", "市级媒体", "报纸", "city", false],
    ["2021-03-30", "珠海香洲：电商进村 渔获上网", "南方+", "省级媒体", "网络", "province", false],
    ["2021-05-19", "香洲区电商进农村示范创建见成效", "珠海广播电视台《珠海新闻》", "市级媒体", "电视", "city", true],
    ["2021-07-26", "海岛渔村的电商新路", "CCTV-17农业农村频道《三农群英汇》", "中央媒体", "电视", "national", true],
    ["2021-08-12", "湾仔海鲜直播间", "珠海广播电视台“观海融媒”视频号", "市级媒体", "新媒体（视频号）", "city", false]];
  const mRows = [["香洲区电子商务进农村宣传报道汇总"], ["序号", "发布日期", "标题", "媒体", "媒体类别", "形式", "链接／备注"]];
  const mRecs = [];
  MED.forEach(([d, t, m, c, f, lv, tv], j) => {
    mRows.push([j + 1, dateCell(d, j + 1), t, m, c, f, f === "电视" ? "视频存档" : f === "报纸" ? "版面扫描" : "网页截图"]);
    mRecs.push({ date: d, level: lv, tv });
  });

  // ---------------- 专栏稿件 (CMS export)
  const months = monthsBetween("2020-09", "2021-08");
  const posts = [];
  for (const m of months) {
    const [y, mo] = m.split("-").map(Number);
    posts.push({ d: `${m}-${String(rint(5, Math.min(25, lastDay(y, mo)))).padStart(2, "0")}`, st: "已发布", t: `香洲区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）` });
  }
  posts.push({ d: "2020-09-02", st: "已发布", t: "香洲区电子商务进农村综合示范创建工作方案" });
  posts.push({ d: "2020-09-02", st: "已发布", t: "香洲区电子商务进农村综合示范项目监督举报电话" });
  posts.push({ d: "2021-06-28", st: "草稿", t: "香洲区电商进农村项目资金使用情况（草稿）" });
  posts.push({ d: "2021-08-30", st: "待审核", t: "香洲区电子商务进农村综合示范项目建设进度（2021年8月）（修订）" });
  posts.push({ d: "2021-09-06", st: "已发布", t: "香洲区电子商务进农村综合示范项目建设进度（2021年9月上旬）" });
  posts.sort((a, b) => cmp(b.d, a.d));
  const uRows = [["香洲区政府网站内容管理系统　稿件列表（栏目：电子商务进农村综合示范）"], ["导出时间：2021-09-08 16:42:07　　共" + posts.length + "条"],
    ["稿件ID", "标题", "所属栏目", "创建时间", "发布时间", "状态", "浏览次数"]];
  const uRecs = [];
  posts.forEach((p, j) => {
    const created = isoAdd(p.d, -rint(1, 3));
    const pub = p.st === "已发布" ? `${p.d} ${hms()}` : null;
    uRows.push([String(880000 + rint(100, 999) + j * 1000), p.t, "电子商务进农村综合示范", `${created} ${hms()}`, pub, p.st, p.st === "已发布" ? rint(40, 900) : 0]);
    if (p.st === "已发布") uRecs.push({ date: p.d });
  });

  // ---------------- 透视 (hidden)
  const byM = new Map();
  for (const r of tRecs) byM.set(ym(r.date), (byM.get(ym(r.date)) || 0) + r.personTimes);
  const pvRows = [["行标签", "求和项:参训人次"]];
  for (const m of [...byM.keys()].sort()) pvRows.push([cnMonth(m), byM.get(m)]);
  pvRows.push(["总计", sum([...byM.values()])]);

  const note = [["香洲区电子商务进农村综合示范台账（汇编）说明"], ["1．《村居一览》按镇（街道）分节，节标题行不是村；本区无省定贫困村。"], ["2．《站点》名称后括号内为挂牌日期。"],
    ["3．《培训》人次为线下签到人次加线上直播实时参训人次。"], ["4．《专栏稿件》为网站后台导出，只有“已发布”的稿件已在专栏公开。"], ["5．《透视》为培训按月汇总，仅供制图。"], ["整理：区商务局电商科　2021年9月8日"]];
  return {
    description:
      "珠海市香洲区商务局电商科的台账汇编（说明页、五张表、一个隐藏的透视表）：①《村居一览》按镇（街道）分节（“▼ 南屏镇（村委会6个、居委会3个）”整行合并，节标题不是村），“相对贫困村”栏的“市定”是珠海市定相对贫困村、说明行写明本区无省定贫困村（都不是省定贫困村），快递进村一村“×（计划2021年10月开通）”，居委会不填；②《站点》没有“所在村”“挂牌日期”列，村和日期都在“站点（挂牌日期）”一格里（“××村委会电商服务站（2021年3月18日挂牌）”“（2021年2月挂牌）”只到月，一站“（挂牌日期待补）”，同村“（二）”站、社区服务点照列）；③《培训》两行表头“参训人次”合并在“线下｜线上（直播）”之上，人次是两列之和（线上“—”为0），两天班“2020年…上午、…日下午”“2021.x.x—x.x”按结束日，9月一期照列，合计行不是一期；④《宣传》媒体类别“中央媒体／省级媒体／市级媒体／区级媒体”，形式“电视”才是电视（视频号不是）；⑤《专栏稿件》是网站内容管理系统导出（倒序），只有状态“已发布”的是更新（草稿、待审核不是），日期读“发布时间”；⑥隐藏的《透视》是数据透视表，不是台账。",
    sheets: [
      { name: "说明", rows: note, merges: [] },
      { name: "村居一览", rows: vRows, merges: vMerges },
      { name: "站点", rows: sRows, merges: sMerges },
      { name: "培训", rows: tRows, merges: tMerges },
      { name: "宣传", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏稿件", rows: uRows, merges: ["A1:G1", "A2:G2"] },
      { name: "透视", rows: pvRows, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "村居一览": { kind: "villages", records: vRecs },
        "站点": { kind: "stations", records: sRecs },
        "培训": { kind: "training", records: tRecs },
        "宣传": { kind: "media", records: mRecs },
        "专栏稿件": { kind: "disclosures", records: uRecs },
        "透视": { kind: null },
      },
    },
  };
}


// =====================================================================================================
// l2 — 江门市江海区: 封面, 脱贫人口 (combined 劳动能力／务工状况), 参训名单, 入驻企业 (状态 holds the exit date), 资金 (account book),
//      月报 (sideways), 经验材料, hidden 下拉
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REG = "440704";
  // ---------------- 脱贫人口
  const VILL = [["礼乐街道", "威东村"], ["礼乐街道", "英南村"], ["外海街道", "麻三村"], ["外海街道", "龙溪村"], ["江南街道", "石头村"]];
  const STATUS = {
    L: ["有劳动能力／区内务工", true, false], P: ["有劳动能力／公益性岗位", true, false], W: ["弱劳动能力／未务工", true, false], U: ["有劳动能力／未务工", true, false],
    O: ["有劳动能力／外出务工（省内）", true, true], S: ["有劳动能力／省外务工", true, true], N: ["无劳动能力", false, null], Q: ["丧失劳动能力", false, null],
  };
  const plan = ["L", "U", "N", "O", "L", "W", "S", "P", "L", "Q", "U", "O", "L", "N", "W", "L", "U", "S", "P", "L", "O", "U", "L", "N", "W", "L"];
  const pRows = [["江海区脱贫人口（建档立卡）花名册"], ["序号", "街道", "村（社区）", "姓名", "身份证号", "劳动能力／务工状况", "联系电话"]];
  const pRecs = [];
  const persons = [];
  let xUsed = 0;
  plan.forEach((c, j) => {
    const [town, vill] = VILL[j % VILL.length];
    const birth = c === "N" || c === "Q" ? birthBetween(1938, 1956) : birthBetween(1967, 2001);
    const wantX = xUsed < 2 && (c === "L" || c === "U") ? true : undefined;
    if (wantX) xUsed++;
    const id = makeId(REG, birth, rnd() < 0.5, wantX);
    const shown = isX(id) && xUsed === 1 && !persons.some((p) => isX(p.id)) ? id.slice(0, 17) + "x" : j === 5 ? spacedId(id) : id;
    const name = personName();
    persons.push({ id, c, name, vill });
    pRows.push([j + 1, town, vill, name, shown, STATUS[c][0], mask(phone())]);
    pRecs.push({ id, labour: STATUS[c][1], migrant: STATUS[c][2] });
  });
  assert(pRows.some((r) => typeof r[4] === "string" && r[4].endsWith("x")), "l2 lower-case x");
  pRows.push(["注：务工状况“外出务工（省内）”“省外务工”为外出务工；无劳动能力、丧失劳动能力的不填务工状况。"]);
  const pMerges = ["A1:G1", `A${pRows.length}:G${pRows.length}`];

  // ---------------- 参训名单 (sign-in rows)
  const CL = [["2020-11-12", "第1期 农村电商基础", "twoSlash"], ["2021-03-05", "第2期 直播带货", "twoDot"], ["2021-05-20", "第3期 短视频运营", "D"],
    ["2021-08-31", "第4期 脱贫户专场", "cn"], ["2021-09-06", "第5期 迎检普及", "twoDot"]];
  const fmtD = (d, f) => (f === "twoSlash" ? twoSlash(d) : f === "twoDot" ? twoDot(d) : f === "D" ? D(d) : cnDate(d));
  const general = () => {
    const id = makeId(REG, birthBetween(1970, 2002), rnd() < 0.5);
    return { id, name: personName(), poor: false };
  };
  const tRows = [["江海区农村电商培训签到名单（汇总）"], ["序号", "培训日期", "培训班", "姓名", "身份证号", "是否脱贫户", "签名"]];
  const tRecs = [];
  let seq = 0;
  const addSign = (cl, p, shownId, recId, poorFlag) => {
    seq++;
    tRows.push([seq, fmtD(cl[0], cl[2]), cl[1], p.name, shownId, poorFlag ? "是" : "否", "已签"]);
    tRecs.push({ date: cl[0], personTimes: 1, id: recId });
  };
  const poorP = persons.filter((p) => p.c !== "N" && p.c !== "Q");
  CL.forEach((cl, k) => {
    const n = [6, 7, 5, 4, 3][k];
    for (let i = 0; i < n; i++) {
      const g = general();
      let shown = g.id;
      let rec = g.id;
      if (k === 1 && i === 2) {
        shown = maskId(g.id);
        rec = shown;
      } else if (k === 2 && i === 1) shown = fwDigits(g.id);
      else if (k === 0 && i === 4) shown = spacedId(g.id);
      addSign(cl, g, shown, rec, false);
    }
    const pp = poorP.slice(k * 3, k * 3 + 3);
    for (const p of pp) {
      const shown = isX(p.id) ? p.id.slice(0, 17) + "x" : p.id;
      addSign(cl, p, shown, p.id, true);
    }
  });
  for (const r of tRecs) if (r.id.includes("*")) assert(/^\d{6}\*{8}\d{3}[\dX]$/.test(r.id), "l2 masked");
  checkTrainingIds(tRecs, "l2");
  tRows.push(["注：本表由各期签到表汇总，一人一次一行。"]);
  const tMerges = ["A1:G1", `A${tRows.length}:G${tRows.length}`];

  // ---------------- 入驻企业
  const F = [["江门市江海区侨乡优品电子商务有限公司", "平台型电商"], ["江门市江海区礼乐鲜果网店", "销售型"], ["江门市江海区外海陈皮电商商行", "销售型"],
    ["江门市江海区五邑云仓物流有限公司", "物流仓储"], ["江门市江海区蓝帆电商代运营有限公司", "电商运营服务"], ["江门市江海区乡味直播传媒有限公司", "直播机构"],
    ["江门市江海区江南农品电子商务有限公司", "销售型"], ["江门市江海区速达快递服务有限公司", "物流仓储"], ["江门市江海区鲜汇供应链管理有限公司", "供应链"]];
  const ST = [[null, "在园"], ["2021-06-30", "已退园（2021.6.30）"], [null, "在园"], ["2021-08-31", "已退园（2021年8月31日）"], [null, "在园"], ["2021-03-15", "已退园（21.3.15）"],
    [null, "在园"], [null, "在园"], [null, "新签约"]];
  const eRows = [["江海区电商产业园入驻企业一览"], ["截至2021年9月7日"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态", "备注"]];
  const eRecs = [];
  F.forEach(([n, t], j) => {
    const ent = j === 8 ? "2021-09-15" : randIsoBetween("2020-10-12", "2021-02-26");
    const [left, st] = ST[j];
    eRows.push([j + 1, n, creditCode(REG), t, j === 8 ? "2021.9.15" : dateCell(ent, j), st, j === 3 ? "租期届满" : j === 8 ? "9月签约入驻" : null]);
    eRecs.push({ name: n, type: t, entered: ent, left });
  });

  // ---------------- 资金 (account book)
  const PAY = [["2020-11-20", "公共服务中心建设首期", 450000, "num"], ["2020-11-27", "村级站点建设预付款", 125000, "wan"], ["2021-01-22", "电商培训服务费（一期）", 86400, "comma"],
    ["2021-01-29", "物流配送体系建设", 645000, "num"], ["2021-04-16", "公共服务中心建设进度款", 300000, "yuan"], ["2021-06-25", "品牌推广服务费", 158600, "comma"],
    ["2021-08-27", "电商培训服务费（二期）", 92000, "wan"], ["2021-09-10", "村级站点建设尾款", 210000, "num"]];
  const amt = (a, f) => (f === "num" ? a : f === "wan" ? `${a / 10000}万` : f === "comma" ? fmtMoney(a) : `${a}.00元`);
  const fRows = [["江海区电子商务进农村综合示范专项资金明细账"], ["科目：专项资金——省级电子商务进农村综合示范　　单位：元（另注明的除外）"], ["日期", "凭证号", "摘要", "拨付金额", "累计拨付", "备注"]];
  const fRecs = [];
  let cum = 0;
  const byMonth = new Map();
  for (const p of PAY) {
    const m = ym(p[0]);
    if (!byMonth.has(m)) byMonth.set(m, []);
    byMonth.get(m).push(p);
  }
  let v = 0;
  for (const [m, ps] of byMonth) {
    for (const [d, what, a, f] of ps) {
      v++;
      cum += a;
      fRows.push([dateCell(d, v), `记${String(v).padStart(3, "0")}号`, what, amt(a, f), cum, d > CUT ? "9月拨付" : null]);
      fRecs.push({ date: d, amount: a });
    }
    fRows.push([null, null, `${cnMonth(m)}本月合计`, sum(ps.map((p) => p[2])), null, null]);
    fRows.push([null, null, "累计", cum, null, null]);
  }
  assert(cum === sum(PAY.map((p) => p[2])), "l2 funds cum");

  // ---------------- 月报 (sideways)
  const MS = monthsBetween("2020-09", "2021-08");
  const rRows = [["江海区电子商务进农村工作月报报送情况"], ["项目"].concat(MS.map((m) => `${m.slice(0, 4)}年${Number(m.slice(5))}月`))];
  const dateRow = ["报送日期"];
  const povRow = ["含电商扶贫统计"];
  const wayRow = ["报送方式"];
  const rRecs = [];
  MS.forEach((m, j) => {
    const [y, mo] = m.split("-").map(Number);
    if (m === "2021-01") {
      dateRow.push("未报");
      povRow.push(null);
      wayRow.push(null);
      return;
    }
    const d = `${m}-${String(rint(22, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`;
    const pov = j === 0 ? "×" : j === 6 ? null : "√";
    dateRow.push(j % 3 === 0 ? D(d) : j % 3 === 1 ? `${mo}月${Number(d.slice(8))}日` : `${mo}.${Number(d.slice(8))}`);
    povRow.push(pov);
    wayRow.push(j % 2 ? "粤政易" : "邮件");
    rRecs.push({ date: d, poverty: pov === "√" ? true : pov === "×" ? false : null });
  });
  rRows.push(dateRow, povRow, wayRow);
  rRows.push(["注：报送日期只写月日的，年份见表头所属月份；2021年1月因春节未报送。"]);
  for (const r of rRows) padRow(r, 13);

  // ---------------- 经验材料
  const matRows = [["经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送对象", "方式"],
    [1, "2021.4.23", "《江海区“电商＋侨乡农品”工作经验》", "江门市商务局", "粤政易"], [2, "2021年9月3日", "《江海区电商进农村示范创建典型案例》", "江门市商务局", "粤政易"]];
  const matRecs = [{ date: "2021-04-23" }, { date: "2021-09-03" }];

  const cover = [["江海区电子商务进农村综合示范考评台账（第二册）"], [null], ["江门市江海区经济促进局"], ["2021年9月"]];
  const opts = [["劳动能力／务工状况"], ["有劳动能力／区内务工"], ["有劳动能力／公益性岗位"], ["有劳动能力／未务工"], ["弱劳动能力／未务工"], ["有劳动能力／外出务工（省内）"],
    ["有劳动能力／省外务工"], ["无劳动能力"], ["丧失劳动能力"]];
  return {
    description:
      "江门市江海区经济促进局台账第二册（封面、六张表、一个隐藏的下拉表）：①封面不是台账；②《脱贫人口》的劳动能力和务工状况合在一列“有劳动能力／区内务工”“弱劳动能力／未务工”“有劳动能力／外出务工（省内）”“有劳动能力／省外务工”“无劳动能力”（无劳动能力的务工状况不适用），身份证号一处末位小写x、一处带空格；③《参训名单》一人一次一行，培训日期“20/11/12”“21.3.5”“21.9.6”两位年份、日期格、“2021年8月31日”，身份证号有脱敏、全角数字、带空格、小写x的；④《入驻企业》退出日期只在“状态”格里（“已退园（2021.6.30）”“已退园（2021年8月31日）”“已退园（21.3.15）”），“新签约”一家9月15日入驻；⑤《资金》是会计明细账样式，金额有数字、“12.5万”“9.2万”“86,400.00”“300000.00元”，每月后面的“本月合计”“累计”行和“累计拨付”列都不是拨付；⑥《月报》横排：月份是列，“报送日期”行有日期格，也有只写“x月x日”“x.x”的（年份看表头所属月份），2021年1月“未报”不是一次报送，“含电商扶贫统计”√／×／空；⑦《经验材料》两条（一条在9月）。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "参训名单", rows: tRows, merges: tMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "资金", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报", rows: rRows, merges: ["A1:M1", `A${rRows.length}:M${rRows.length}`] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
      { name: "下拉", rows: opts, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "参训名单": { kind: "training", records: tRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "资金": { kind: "funds", records: fRecs },
        "月报": { kind: "reports", records: rRecs },
        "经验材料": { kind: "materials", records: matRecs },
        "下拉": { kind: null },
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
write("counties", "b208-c1-dongyuan.json", c1);
write("facts", "b208-f1-nanhai.json", f1);
write("facts", "b208-f2-baiyun.json", f2);
write("facts", "b208-f3-chikan.json", f3);
write("ledgers", "b208-l1-xiangzhou.json", l1);
write("ledgers", "b208-l2-jianghai.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
