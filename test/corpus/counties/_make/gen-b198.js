// Batch 198 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b192.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (198198), no clock. Run: node test/corpus/_b198/gen-b198.js
//
// c1 汕尾市城区: Word-form 《创建情况登记表》 (three 标签|值 pairs per row, “☑已印发　□未印发”, “□1分　☑2分”, self-scores as a
//    name-above-score grid) + 11 ledgers: 快递网点备案表 as the village list, stations with 建成｜验收｜挂牌运营, sessions (8月31日 decides
//    4,000/500,000 = 0.8%, population capped), poor trainees (lower-case x / spaced IDs decide 28/40 = 70% bonus), funds at exactly 70%.
// f1 濠江区 (汕头): 《记者采访提纲及答复口径（审定稿）》 — facts only in 答复口径 and 数据核对; the reporter's figures and 注意事项 are not
//    facts; “去年12月10日” is 2020; the policy is “审议通过，正在走印发程序” (not issued); 常务副区长 leads (deputy); no self-scores.
// f2 惠阳区 (惠州): 区政府督查室 《督办事项办理情况反馈表》 — form head, 办理情况 as six paragraphs in a vertically merged block, 附 自评得分表
//    (claimed, judged in “其中：主观评分项”); 协办单位 lists 区乡村振兴局 but the 领导小组 has no 扶贫 member (principal, not -all).
// f3 斗门区 (珠海): the official indicator table turned on its side — one column per indicator (B…P, 加分 Q:R, 否决 S:U, 合计 V), rows
//    工作任务 / 名称 / 权重 / 评分标准 / 完成情况 / 自评得分; 服务体系建设 and 25 merged across two columns; facts inside 完成情况 cells.
// l1 浈江区 (韶关): 就业监测 export (migrant from a county-code column: 440203 武江区 is outside 440204), a sign-in printed two columns per
//    page (left 1…k then right k+1…n; 请假/缺 not attended; masked IDs), the mailbox “已发送” export as the report log (only mail to the
//    city's address; a re-send replaces an attachment-less first send), a 说明 page and a hidden 代码表.
// l2 顺德区 (佛山): 目录; villages grouped under “▌北滘镇（村n个、社区m个）” rows (type from the name suffix, 快递 “有（…）/无（到镇取件）”);
//    stations by 站点编号 (one “已挂牌，日期待补”, one 2021.9.8); the 专栏 list copied page by page (date “[2021-08-05]” inside the title
//    cell, pagination rows); media without a level column (level from the outlet); materials with a month-only date.
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
let seed = 198198;
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
    assert(/^b198-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b198-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b198-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 汕尾市城区: Word-form 登记表 + eleven ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 554200;
  const REGION = "441502";
  const TOWNS = [["香洲街道", 2, 3], ["凤山街道", 0, 4], ["马宫街道", 8, 1], ["东涌镇", 10, 1], ["红草镇", 12, 1], ["捷胜镇", 10, 1]];
  const prefixes = ["香洲", "凤山", "马宫", "东涌", "红草", "捷胜"];
  const vName = nameMaker("金新东西南北长大上下田湖白石沙渔", ["町", "湖", "埔", "寮", "墩", "洋", "尾", "澳", "坑", "园", "岭", "塘", "美", "溪"], "村", prefixes);
  const cName = nameMaker("凤香海城品", ["山", "洲", "华", "安", "滨", "宁", "兴"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 42 && comms.length === 11, "c1 42 villages + 11 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const tv = (t) => towns.find((x) => x.t === t).vs;
  const poor = [tv("红草镇")[1], tv("红草镇")[6], tv("捷胜镇")[2], tv("捷胜镇")[7], tv("东涌镇")[4]];
  const poorSet = new Set(poor);
  const poorSept = poor[3];
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNonPoor = nonPoor.slice(0, 25);
  const uncovered = nonPoor.slice(25);
  assert(uncovered.length === 12, "c1 12 uncovered non-poor");
  const vSept = uncovered[0];
  const vWait = uncovered[1];
  const vNoExp = uncovered.find((v) => townOf[v] === "捷胜镇" && v !== vSept && v !== vWait) || uncovered[2];
  const vCut = covNonPoor[0];
  const vMonth = covNonPoor[1];

  // ---------------- 快递网点备案表 (village list)
  const BRANDS = ["邮政", "中通", "圆通", "韵达", "申通", "极兔", "顺丰"];
  const vRows = [["汕尾市城区行政村（社区）快递服务网点备案情况表"], ["填报单位：城区邮政业发展工作专班（贫困村一栏由区商务局补列）　　　统计时间：2021年8月"],
    ["序号", "镇（街道）", "村（居）委会", "类别", "快递服务网点名称", "入驻快递品牌", "备案编号", "省定贫困村", "备注"]];
  const vMerges = ["A1:I1", "A2:I2"];
  const vRecs = [];
  let sq = 0;
  let bno = 100;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${v}居委会` : sq % 3 === 0 ? `${short(v)}村民委员会` : sq % 3 === 1 ? `${short(v)}村委会` : v;
      const none = v === vNoExp;
      bno += rint(1, 4);
      const brands = none ? "—" : ["邮政"].concat(shuffle(BRANDS.slice(1)).slice(0, rint(0, 3))).join("、");
      vRows.push([sq, x.t, nm, isC ? "居委会" : "村委会", none ? "—" : `${short(v)}${isC ? "社区" : "村"}快递综合服务站`, brands,
        none ? "—" : `SWCQ-KD-${String(bno).padStart(4, "0")}`, !isC && poorSet.has(v) ? "★" : null, none ? "村内无网点，村民到镇圩快递点自取" : null]);
      const rec = { name: v, admin: !isC, express: !none };
      if (!isC) rec.poor = poorSet.has(v);
      vRecs.push(rec);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个、居委会${comms.length}个；设有快递服务网点的${admin.length + comms.length - 1}个`]);
  vMerges.push(`A${vRows.length}:I${vRows.length}`);
  vRows.push(["注：“★”为省定贫困村（共5个），行政村未标★的不是省定贫困村；居委会不涉及。"]);
  vMerges.push(`A${vRows.length}:I${vRows.length}`);
  for (const r of vRows) padRow(r, 9);

  // ---------------- 站点台账
  const ST = [];
  for (const v of poor.filter((p) => p !== poorSept).concat(covNonPoor)) ST.push({ v, op: randIsoBetween("2020-07-01", "2021-08-20") });
  ST.find((s) => s.v === vCut).op = CUT;
  ST.find((s) => s.v === vMonth).op = "2021-08";
  ST.push({ v: covNonPoor[6], op: randIsoBetween("2021-01-05", "2021-08-10"), second: true });
  ST.push({ v: towns[1].cs[0], op: randIsoBetween("2020-10-01", "2021-05-30") });
  ST.push({ v: vSept, op: "2021-09-06", acc: "2021-08-25" });
  ST.push({ v: poorSept, op: "2021-09-10", acc: "2021-08-27" });
  ST.push({ v: vWait, op: null, acc: "2021-08-16" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op || "9", b.op || "9"));
  const sRows = [["汕尾市城区村级电子商务服务站点台账"], ["序号", "站点名称", "镇（街道）", "所在村（社区）", "建设情况", null, null, "站长", "联系电话", "备注"],
    [null, null, null, null, "建成日期", "验收日期", "挂牌运营日期", null, null, null]];
  const sMerges = ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3", "J2:J3"];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 3 === 0 ? `${short(s.v)}村委会` : j % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
    const base = s.op === null ? "2021-08-20" : s.op.length === 7 ? "2021-08-10" : s.op;
    const acc = s.acc || isoAdd(base, -rint(3, 12));
    const built = isoAdd(acc, -rint(12, 40));
    let opCell;
    if (s.op === null) opCell = "待定";
    else if (s.op === "2021-08") opCell = "2021年8月";
    else if (s.op === CUT) opCell = "2021年8月31日";
    else if (s.op === "2021-09-06") opCell = "2021.9.6";
    else if (s.op === "2021-09-10") opCell = "2021年9月10日";
    else opCell = dateCell(s.op, j);
    const note = s.op === null ? "验收合格，挂牌时间待定" : s.second ? "同村第二个站点" : s.op > CUT ? "8月验收，9月挂牌" : s.op === CUT ? "8月31日挂牌" : null;
    sRows.push([j + 1, `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vcell, dateCell(built, j + 1), dotDate(acc), opCell,
      personName(), mask(phone()), note]);
    const rec = { village: s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });
  sRows.push(["注：开始运营以“挂牌运营日期”为准；验收日期为项目验收时间。"]);
  sMerges.push(`A${sRows.length}:J${sRows.length}`);
  for (const r of sRows) padRow(r, 10);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  assert(covSet.size === 29 && !ratioGE(29, 42, 70) && ratioGE(30, 42, 70), "c1 29/42 < 70% (30/42 with September)");
  assert(covPoor.length === 4 && ratioGE(4, 5, 80), "c1 poor 4/5 = 80%");
  const byAcc = new Set(ST.filter((s) => s.op !== undefined && adminSet.has(s.v) && (s.acc ? s.acc <= CUT : openedBy(s.op, CUT))).map((s) => s.v));
  assert(byAcc.size === 32, "c1 by 验收 date 32 " + byAcc.size);

  // ---------------- 培训台账 (sessions) and 脱贫户参训名单
  const TOPICS = ["农村电商基础", "网店开设与运营", "直播带货实操", "短视频拍摄", "海产品电商包装", "电商客服与物流", "社群营销", "品牌与营销策划"];
  const PLACES = ["区电子商务公共服务中心", "马宫街道文化站", "东涌镇党群服务中心", "红草镇政府会议室", "捷胜镇文化站"];
  const sessions = [];
  let day = "2020-09-10";
  for (let k = 0; k < 29; k++) {
    if (day >= "2020-10-01" && day <= "2020-10-08") day = "2020-10-12";
    if (day >= "2021-02-08" && day <= "2021-02-20") day = "2021-02-23";
    const len = k % 6 === 4 ? 1 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], obj: k % 4 === 1 ? "农户（含脱贫户）" : k % 3 === 0 ? "电商从业人员" : "渔民、返乡青年", pt: rint(115, 155) });
    day = isoAdd(day, rint(11, 12));
  }
  assert(sessions[28].end <= "2021-08-20", "c1 29th session by 8/20 " + sessions[28].end);
  let diff = 3914 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 29) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 5);
    if (sessions[j].pt + st < 100 || sessions[j].pt + st > 170) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const lastAug = { no: 30, start: CUT, end: CUT, topic: "直播带货进阶", obj: "农户（含脱贫户）", pt: 86 };
  const sept = { no: 31, start: "2021-08-30", end: "2021-09-01", topic: "海产品直播三天集训", obj: "农户（含脱贫户）", pt: 150 };
  sessions.push(lastAug, sept);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  assert(ptCut === 4000 && ratioGE(ptCut, 500000, 0.8) && !ratioGE(ptCut, 500000, 1), "c1 4000/500000 = 0.8%");
  assert(!(ptCut * 1000 >= POP * 8) && ptCut * 1000 >= POP * 6, "c1 uncapped base gives 0.72% → 6");
  assert(!((ptCut - lastAug.pt) * 1000 >= 500000 * 8), "c1 without the 8/31 session < 0.8%");

  // poor persons (防返贫 system) and trainees
  const LAB_OK = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const plan = shuffle([].concat(Array(40).fill("E"), Array(7).fill("M"), Array(5).fill("N")));
  let xGiven = false;
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1937, 1955) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    const v = poor[j % 5];
    let lab;
    let work;
    let place = null;
    if (c === "E") {
      lab = LAB_OK[j % 3 === 2 ? 2 : j % 5 === 0 ? 1 : 0];
      work = ["区内务工", "未务工", "乡镇内务工", "区内务工"][j % 4];
      place = work === "未务工" ? "—" : work === "区内务工" ? "汕尾市城区" : townOf[v];
    } else if (c === "M") {
      lab = LAB_OK[j % 2];
      work = j % 3 === 0 ? "省外务工" : "县外省内务工";
      place = work === "省外务工" ? ["福建省厦门市", "浙江省义乌市"][j % 2] : ["深圳市龙岗区", "广州市白云区", "东莞市长安镇"][j % 3];
    } else {
      lab = j % 2 ? "丧失劳动力" : "无劳动力";
      work = "—";
      place = "—";
    }
    return { c, id, v, lab, work, place, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 40 && elig.some((p) => p.id.endsWith("X")), "c1 40 eligible, one X");
  const pRows = [["汕尾市城区脱贫人口劳动力及务工情况名单"], ["（国家防返贫监测信息系统导出，2021年8月31日）"],
    ["说明：劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的属有劳动能力；务工状态“省外务工”“县外省内务工”为外出务工，“区内务工”“乡镇内务工”“未务工”不是外出务工。"],
    ["序号", "镇（街道）", "村", "姓名", "证件号码", "劳动技能", "务工状态", "务工地点"]];
  const pMerges = ["A1:H1", "A2:H2", "A3:H3"];
  const pSorted = persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v));
  const pRecs = [];
  pSorted.forEach((p, j) => {
    pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, p.place]);
    pRecs.push({ id: p.id, labour: LAB_OK.includes(p.lab), migrant: p.c === "M" ? true : p.c === "E" ? false : null });
  });

  const poorSess = sessions.filter((s) => s.obj === "农户（含脱贫户）" && s.end <= CUT);
  const xPerson = elig.find((p) => p.id.endsWith("X"));
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 27));
  const spacedPerson = trained[9];
  const septOnly = eligSh[27];
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: poorSess[k % poorSess.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : p === spacedPerson ? spacedId(p.id) : p.id }));
  for (const p of [trained[3], trained[14]]) {
    const first = TR.find((t) => t.p === p).s;
    const pool = poorSess.filter((s) => s.no > first.no);
    assert(pool.length > 0, "c1 later poor session");
    TR.push({ p, s: pool[pool.length - 1], id: p.id, note: "第二次参训" });
  }
  TR.push({ p: septOnly, s: sept, id: septOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  TR.push({ p: migs[0], s: poorSess[2], id: migs[0].id, note: "返乡探亲期间参训" });
  TR.push({ p: migs[1], s: poorSess[4], id: migs[1].id, note: "返乡探亲期间参训" });
  TR.push({ p: nols[0], s: poorSess[5], id: nols[0].id, note: "家属陪同" });
  const hf = { name: personName(), id: makeId("441521", birthBetween(1975, 1990), true, false), v: null };
  TR.push({ p: hf, s: poorSess[6], id: hf.id, note: "海丰县脱贫户，随亲属参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  for (const s of sessions) assert(s.poorN <= s.pt, "c1 poor sign-ins within 人次");
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(normId(t.id))).map((t) => normId(t.id)));
  const trainedRaw = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 28 && ratioGE(28, 40, 70) && ratioGE(28, 40, 50), "c1 28/40 = 70%");
  assert(trainedRaw.size === 26 && !ratioGE(26, 40, 70), "c1 26/40 without normalising x and spaces");

  const sessCell = (s, j) => {
    if (s === sept) return "2021.8.30-9.1";
    if (s === lastAug) return "2021年8月31日";
    if (s.end !== s.start) return rangeText(s.start, s.end, j % 2 ? "dot" : "cn");
    return dateCell(s.start, j);
  };
  const ptCell = (s, j) => (j % 9 === 5 ? `${s.pt}人次` : j === 12 ? fwDigits(String(s.pt)) : s.pt);
  const tRows = [["汕尾市城区农村电商培训台账（按期次）"], ["单位：人次"],
    ["期次", "培训日期", "培训内容", "培训对象", "培训地点", "实到人次", "其中脱贫人口", "备注"]];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, sessCell(s, j), s.topic, s.obj, PLACES[j % PLACES.length], ptCell(s, j), s.poorN,
    s === sept ? "三天班，9月1日结业" : s === lastAug ? "8月31日（周二）开班" : s.end !== s.start ? "两天班，人次按签到人数计" : null]));
  tRows.push(["合计", null, null, null, null, sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), "含第31期"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:E${tRows.length}`];

  const trRows = [["脱贫户参训名单"], ["序号", "培训日期", "期次", "姓名", "身份证号码", "所在村", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, sessCell(t.s, sessions.indexOf(t.s)), `第${t.s.no}期`, t.p.name, t.id, t.p.v || "（海丰县）", t.note || null]));
  trRows.push([`注：本名单人员已计入《培训台账》“实到人次”，不重复统计。共${TRs.length}人次。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 园区企业
  const FIRMS = [["汕尾市城区品清湖电子商务有限公司", "平台型"], ["汕尾市城区海滨优选网络科技有限公司", "平台型"], ["汕尾市城区渔家妹海产网店", "销售型"],
    ["汕尾市城区马宫鱼干电商商行", "销售型"], ["汕尾市城区东涌蚝业电子商务有限公司", "销售型"], ["汕尾市城区红草番薯网店", "销售型"],
    ["汕尾市城区捷胜海味电商商行", "销售型"], ["汕尾市城区金町湾农特产品网店", "销售型"], ["汕尾市城区鲜到家电子商务有限公司", "销售型"],
    ["汕尾市城区优品电子商务有限公司", "电商运营商"], ["汕尾市城区云帆代运营工作室", "电商运营商"], ["汕尾市城区渔港电商服务有限公司", "电商运营商"],
    ["汕尾市城区速达物流有限公司", "物流企业"], ["汕尾市城区海韵冷链仓储有限公司", "物流企业"], ["汕尾市城区顺通快递服务有限公司", "物流企业"],
    ["汕尾市城区潮声直播传媒有限公司", "直播机构"], ["汕尾市城区海风直播电商有限公司", "直播机构"], ["汕尾市城区渔乡供应链管理有限公司", "供应链服务"],
    ["汕尾市城区凤山茶叶网店", "销售型"], ["汕尾市城区乡味优选网络科技有限公司", "平台型"], ["汕尾市城区蓝海跨境电商有限公司", "销售型"],
    ["汕尾市城区香洲海鲜电商商行", "销售型"]];
  const firms = FIRMS.map(([n, t], j) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2021-03-02", "2021-08-20"), left: null, j }));
  firms[19].entered = "2021-09-03";
  firms[20].entered = "2021-03-18";
  firms[20].left = "2021-05-20";
  firms[21].entered = "2021-03-22";
  firms[21].left = "2021-09-03";
  const eRows = [["汕尾市城区电商产业园入驻企业名单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  const eRecs = [];
  firms.slice().sort((a, b) => cmp(a.entered, b.entered)).forEach((f, j) => {
    const ent = f.entered === "2021-09-03" ? "2021.9.3" : dateCell(f.entered, j);
    const lef = f.left === null ? null : f.left === "2021-09-03" ? "2021年9月3日" : dotDate(f.left);
    eRows.push([j + 1, f.n, f.code, f.t, ent, lef, f.entered > CUT ? "9月新入驻" : f.left && f.left > CUT ? "租约到期，9月初退园" : f.left ? "经营不善，已退园" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.entered, left: f.left });
  });
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 20 in the park " + inPark.length);

  // ---------------- 资金拨付 (元)
  const PAY = [["2020-10-23", "区电子商务公共服务中心建设首期款", "汕尾市城区优品电子商务有限公司", 420000], ["2020-11-26", "村级站点建设首期款", "中国邮政集团有限公司汕尾市城区分公司", 365000],
    ["2020-12-18", "电商培训服务费（第一期）", "汕尾职业技术学院", 128600], ["2021-01-22", "区电子商务公共服务中心建设进度款", "汕尾市城区优品电子商务有限公司", 512300],
    ["2021-02-05", "物流配送体系建设首期款", "汕尾市城区速达物流有限公司", 286500], ["2021-03-19", "品牌推广服务费", "汕尾市城区优品电子商务有限公司", 125000],
    ["2021-04-16", "村级站点建设进度款", "中国邮政集团有限公司汕尾市城区分公司", 398000], ["2021-05-21", "电商培训服务费（第二期）", "汕尾职业技术学院", 215800],
    ["2021-06-25", "物流配送体系建设进度款", "汕尾市城区速达物流有限公司", 306400], ["2021-07-16", "冷链系统建设首期款", "汕尾市城区海韵冷链仓储有限公司", 187000],
    ["2021-08-13", "产业园改造工程款", "汕尾市城区建安工程有限公司", 256700], ["2021-08", "区电子商务公共服务中心运营补助", "汕尾市城区优品电子商务有限公司", 0],
    ["2021-09-09", "村级站点建设尾款", "中国邮政集团有限公司汕尾市城区分公司", 420000]];
  PAY[11][3] = 3500000 - sum(PAY.slice(0, 11).map((p) => p[3]));
  assert(PAY[11][3] === 298700, "c1 last August payment " + PAY[11][3]);
  const fRows = [["汕尾市城区电子商务进农村综合示范专项资金拨付台账"], ["单位：元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额（元）", "凭证号", "备注"]];
  const fRecs = [];
  PAY.forEach(([d, what, who, a], j) => {
    const dc = d === "2021-08" ? "2021年8月" : dateCell(d, j + 2);
    const ac = a === 125000 ? "12.5万" : j % 3 === 1 ? fmtMoney(a) : a;
    fRows.push([j + 1, dc, what, who, ac, `记字第${String(rint(10, 99))}号`, d > CUT ? "9月拨付" : d === "2021-08" ? "8月下旬拨付（日期见凭证）" : null]);
    fRecs.push({ date: d, amount: a });
  });
  fRows.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null, "含9月拨付"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];
  const spent = sum(PAY.filter((p) => (p[0].length === 7 ? p[0] <= "2021-08" : p[0] <= CUT)).map((p) => p[3]));
  assert(spent === 3500000 && ratioGE(spent, 5000000, 70) && !ratioGE(spent - 1, 5000000, 70), "c1 spent exactly 70%");

  // ---------------- 月报报送
  const rRows = [["汕尾市城区电子商务进农村工作月报报送登记"], ["序号", "月报所属月份", "报送日期", "报送方式", "接收单位", "是否附电商扶贫统计表"]];
  const rRecs = [];
  const months = monthsBetween("2020-08", "2021-08");
  months.forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let d = `${nx}-${String(rint(3, 8)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    const pov = j < 2 ? "×" : j === 7 ? null : "√";
    rRows.push([j + 1, cnMonth(m), dateCell(d, j + 1), j % 2 ? "粤政易" : "电子邮件", "汕尾市商务局", pov]);
    rRecs.push({ date: d, poverty: pov === "√" ? true : pov === "×" ? false : null });
  });
  const repMonths = inWindowMonths(rRecs.map((r) => r.date));
  assert(repMonths === 12, "c1 reports 12 window months " + repMonths);

  // ---------------- 专栏更新 (no October 2020)
  const UPD = [["2020-06-12", "汕尾市城区电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-06-12", "汕尾市城区电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-06-19", "关于公布电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of monthsBetween("2020-07", "2021-08")) {
    if (m === "2020-10") continue;
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `汕尾市城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["区政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目"]];
  const uRecs = [];
  UPD.forEach(([d, t, c], j) => {
    uRows.push([j + 1, D(d), t, c]);
    uRecs.push({ date: d });
  });
  const disMonths = inWindowMonths(uRecs.map((r) => r.date));
  assert(disMonths === 11, "c1 column 11 months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-12-18", "城区融媒体中心（“汕尾城区发布”）", "县级", "网络", "城区首批村级电商服务站挂牌", "否"], ["2021-03-26", "汕尾日报", "市级", "报纸", "城区：电商培训进渔村", "否"],
    ["2021-06-18", "广东广播电视台《广东新闻联播》", "省级", "电视", "汕尾城区：渔家妹直播卖海鲜", "是"], ["2021-08-12", "汕尾广播电视台《汕尾新闻》", "市级", "电视", "城区电商助力海产品上行", "是"],
    ["2021-09-08", "中央广播电视总台农业农村频道（CCTV-17）", "国家级", "电视", "渔村里的直播间", "是"]];
  const mRows = [["宣传报道登记表"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] === "2021-09-08" ? "2021.9.8" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年7月16日", "《汕尾市城区“电商＋渔业”助农增收经验材料》", "汕尾市商务局"], [2, "2021.9.8", "《汕尾市城区电子商务进农村综合示范创建工作总结》", "汕尾市商务局"]];

  // ---------------- 登记表 (facts + judged + claimed), a Word form pasted into Excel
  const W = 9;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:I${fr.length}`);
  };
  const tri = (a, b, c, d, e, f) => {
    fr.push([a, b, null, c, d, null, e, f, null]);
    const r = fr.length;
    fm.push(`B${r}:C${r}`, `E${r}:F${r}`, `H${r}:I${r}`);
  };
  const wide = (a, b) => {
    fr.push(padRow([a, b], W));
    fm.push(`B${fr.length}:I${fr.length}`);
  };
  full("汕尾市城区电子商务进农村综合示范创建情况登记表");
  full("填报单位（盖章）：汕尾市城区商务局　　　　数据截止时间：2021年8月31日　　　　填报日期：2021年9月2日");
  full("一、基本情况");
  tri("县（区）名称", "汕尾市城区", "常住人口", "55.42万人（七普）", "户籍人口", "47.93万人");
  tri("行政村", "42个", "社区", "11个", "省定贫困村", "5个");
  full("二、组织领导与方案政策");
  tri("领导小组组长", "区委副书记、区长", "副组长", "分管副区长", "成立时间", "2020年4月");
  wide("成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、城区邮政分公司");
  tri("示范创建工作方案", box(true, "已正式印发", "未印发"), "文号", "汕城府办〔2020〕19号", "自评（1-2分）", pts12(2));
  tri("扶持政策", box(true, "已出台", "未出台"), "名称", "《城区促进农村电子商务发展扶持办法》", "自评（1-2分）", pts12(2));
  tri("项目管理制度自评", pts12(2), "工作台账自评", pts12(1), null, null);
  full("三、县级公共服务中心与产业园");
  tri("中心投入运营日期", "2021年2月28日", "中心揭牌日期", "2021年3月18日", "运营单位", "汕尾市城区优品电子商务有限公司");
  tri("免费培训场所和设备", box(true, "有", "无"), "免费展示销售", box(true, "有", "无"), "免费摄影美工", box(false, "有", "无（按件收费）"));
  tri("统一推广和品牌建设", box(true, "有", "无"), "其他衍生增值服务", box(true, "有", "无"), "电商产业园", box(true, "已建设（整合）", "未建设"));
  tri("专业第三方运营服务商", box(true, "有", "无"), "园区登记企业", "22家", null, null);
  full("四、农村产品上行");
  tri("行政村快递覆盖率", "100%", "网销调研自评", pts12(2), "促销活动自评", pts12(1));
  tri("交易标准、冷链溯源自评", pts12(1), null, null, null, null);
  tri("2019年农村网络零售额", "6.85亿元", "2020年农村网络零售额", "8.77亿元", "同比增长", "28.0%");
  tri("2019年农产品网络零售额", "1.20亿元", "2020年农产品网络零售额", "1.56亿元", "同比增长", "30.0%");
  full("五、电商培训");
  tri("培训人次", "4,150人次", "有劳动能力贫困人口（不含外出务工）", "40人", "已参训贫困人口", "28人");
  full("六、信息公开与报送");
  wide("专栏公示内容", "☑创建方案　☑项目基本信息　☑建设进度　☑监督举报窗口");
  tri("按月报送市商务局", box(true, "是", "否"), "电商扶贫统计", box(true, "能统计", "不能"), null, null);
  full("七、资金管理");
  tri("下达资金", "500万元", "累计拨付", "350万元", "支出率", "70.0%");
  tri("资金管理制度", box(true, "已制定", "未制定"), "资金专用台账", box(true, "已建立", "未建立"), "项目总体进度", "86%");
  tri("资金管理制度自评（1-5分）", 4, "资金台账自评（1-5分）", 4, "及时拨付自评（1-5分）", 4);
  full("八、一票否决事项");
  tri("安全生产、质量事故", box(false, "有", "无"), "弄虚作假", box(false, "有", "无"), "总体进度不足40%", box(false, "是", "否"));
  full("九、自评得分（分）");
  const GRID = [["组织领导", 2, "org.leadership"], ["方案制定", 2, "org.plan"], ["政策支持", 2, "org.policy"], ["项目管理", 3, "org.management"],
    ["服务体系建设（县级中心与产业园）", 14, "work.center"], ["服务体系建设（村级站点覆盖）", 10, "work.coverage"], ["农村产品上行", 8, "work.upward"],
    ["电商人才培训", 18, "work.training"], ["信息公开", 4, "info.disclosure"], ["数据上报", 6, "info.reporting"], ["案例总结", 2, "promo.cases"],
    ["经验推广", 8, "promo.media"], ["制度建立", 4, "fund.system"], ["资金台账", 4, "fund.ledger"], ["资金支出", 4, "fund.spending"],
    ["加分：贫困人口培训率≥70%", 2, "bonus.poorTraining"], ["加分：电商扶贫案例电视播报", 1, "bonus.tvCase"]];
  const claimed = {};
  for (const [, p, id] of GRID) claimed[id] = p;
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 91, "c1 claimed 91 " + claimedScored);
  const cells = GRID.map(([n, p]) => [n, p]).concat([["合计", `${claimedScored}＋3`]]);
  for (let k = 0; k < cells.length; k += 3) {
    const grp = cells.slice(k, k + 3);
    const nameRow = [];
    const scoreRow = [];
    grp.forEach(([n, p]) => {
      nameRow.push(n, null, null);
      scoreRow.push(p, null, null);
    });
    fr.push(padRow(nameRow, W));
    const rn = fr.length;
    fr.push(padRow(scoreRow, W));
    const rs = fr.length;
    grp.forEach((_, i) => {
      const c0 = colName(i * 3);
      const c1 = colName(i * 3 + 2);
      fm.push(`${c0}${rn}:${c1}${rn}`, `${c0}${rs}:${c1}${rs}`);
    });
  }
  full("填表人：郑××　　审核人：林××　　分管领导：吴××（副区长）");
  for (const r of fr) assert(r.length === W, "c1 form width");

  // ---------------- points
  const centerPts = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 42, 70) ? 5 : ratioGE(covSet.size, 42, 50) ? 2 : 0) + (covPoor.length === 5 ? 5 : ratioGE(covPoor.length, 5, 80) ? 3 : 0);
  const trainPts = (ratioGE(ptCut, 500000, 1) ? 10 : ratioGE(ptCut, 500000, 0.8) ? 8 : ratioGE(ptCut, 500000, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 40, 50) ? 10 : ratioGE(trainedCut.size, 40, 40) ? 8 : ratioGE(trainedCut.size, 40, 30) ? 6 : 0);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": centerPts, "work.coverage": covPts, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : disMonths > 0 ? 1 : 0), "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": ratioGE(trainedCut.size, 40, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && covPts === 5 && trainPts === 18, "c1 center/coverage/training " + [centerPts, covPts, trainPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 84 && bonus === 3, "c1 total " + scored + "+" + bonus);
  assert(pct1(87700 - 68500, 68500) === "28.0%" && !(87700 * 10 >= 68500 * 13) && 15600 * 10 >= 12000 * 13, "c1 growth 28.0% / 30.0%");
  const left903 = firms[21];
  const derivation = [
    "org.leadership: 登记表“领导小组组长：区委副书记、区长”（区长是主要领导，副组长分管副区长不改变牵头人），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 工作方案“☑已正式印发”（汕城府办〔2020〕19号），自评“□1分　☑2分” → 2",
    "org.policy: 扶持政策“☑已出台”，自评☑2分 → 2",
    "org.management: 项目管理制度自评☑2分 ＋ 工作台账自评☑1分 → 3",
    `work.center: 中心投入运营2021年2月28日（揭牌3月18日不是运营日） → 建成2；2021-02-28 ≤ 2021-08-31 − 6个月（2021-02-28，含当天） → 运行满6个月2；免费培训☑ → 2；免费展示销售☑ → 1；免费摄影美工“□有　☑无（按件收费）” → 0；品牌建设☑ → 1；其他衍生增值服务☑ → 1；产业园☑已建设 → 2；《园区企业》22行，8月31日在园：“${firms[19].n}”2021.9.3才入驻不算，“${firms[20].n}”2021.5.20退园不算，“${left903.n}”2021年9月3日退园（截止日后退出，8月31日仍在园）算 → 20家 ≥ 20 → 2（登记表“园区登记企业22家”不是在园数）；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计14`,
    `work.coverage: 《快递网点备案》村委会42个（居委会11个不算）；《站点台账》按“挂牌运营日期”≤ 8月31日覆盖的行政村29个（“${vCut}”2021年8月31日挂牌算，“${vMonth}”只写“2021年8月”算，“${short(covNonPoor[6])}村”第二个站只算一次，“${towns[1].cs[0]}”社区站不算，“${vSept}”2021.9.6、贫困村“${poorSept}”2021年9月10日挂牌不算（两站验收都在8月，按验收日期会多算），“${vWait}”挂牌“待定”不算） → 29/42 = ${pct1(29, 42)} < 70%，≥ 50% → 2（算上9月的站是30/42 = 71.4%）；省定贫困村（★）5个，截止日有站的4个 → 4/5 = 80% → 3；合计5（自评10）`,
    `work.upward: 网销调研☑2分、促销☑1分、交易标准冷链溯源☑1分；第三方运营服务商☑有 → 1；快递：村居名单是快递网点备案表，“${vNoExp}”没有网点（“—”，村民到镇圩自取） → 行政村快递覆盖不到100% → 0（登记表写100%，与名单不符，以名单为准并提示）；农村网零6.85亿→8.77亿元增长28.0%（不到30%），农产品网零1.20亿→1.56亿元增长30.0% ≥ 30%（含30%） → 2；合计7（自评8）`,
    `work.training: 《培训台账》按培训日期（两天班按结束日）≤ 8月31日：第1—30期实到人次${fmtInt(ptCut)}（第30期2021年8月31日86人次算；第31期“2021.8.30-9.1”按结束日9月1日不算；合计行、“其中脱贫人口”列不另加）；常住人口55.42万人超过50万，按500,000计 → ${fmtInt(ptCut)}/500,000 = 0.80% ≥ 0.8% → 8（不封顶按554,200算是0.72%只有6；漏掉8月31日那期是0.78%也只有6）；《脱贫人口》劳动技能为普通／技能／弱劳动力且务工状态不是省外、县外省内务工的40人；《脱贫户参训名单》截止日前、身份证号对上的28人（“${xPerson.name}”末位写成小写x、“${spacedPerson.name}”按6-8-4加空格，都要规整后才对得上；两人参训两次算一次；“${septOnly.name}”只参加9月1日结业的第31期；两名外出务工、一名${nols[0].lab}、一名海丰县脱贫户不在40人内） → 28/40 = 70% ≥ 50% → 10（不规整只对上26人 = 65%，仍是10分但没有加分）；合计18`,
    "info.disclosure: 登记表专栏四项全☑（创建方案、项目基本信息、建设进度、监督举报窗口） → 2；《专栏更新》2020年9月—2021年8月中2020年10月没有更新 → 11个月 → 不定时1；合计3（自评4）",
    "info.reporting: 《月报报送》按报送日期：每个月都有一次报送（8月月报9月报送，2020年8月月报2020年9月报送） → 12个月 → 3；多数月报附电商扶贫统计表“√”，登记表“☑能统计” → 3；合计6",
    "promo.cases: 《经验材料》2021年7月16日向汕尾市商务局报送经验材料 → 2（9月8日的总结在截止日后）",
    "promo.media: 截止日前：广东广播电视台《广东新闻联播》（省级） → 4；汕尾日报、汕尾广播电视台（市级） → 3；城区融媒体中心（县级） → 1；CCTV-17 2021.9.8在截止日后不算 → 8",
    "fund.system: 登记表资金管理制度自评4 → 4",
    "fund.ledger: 资金台账自评4 → 4",
    `fund.spending: 《资金拨付》（元）截止日前12笔：含“12.5万”（125,000元）和只写“2021年8月”的运营补助298,700元（8月内，算），合计${fmtMoney(spent)}元；9月9日42万元不算 → ${fmtMoney(spent)}/5,000,000 = 70.0% ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 贫困人口培训率28/40 = 70% ≥ 70% → 2",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》播出的是电商扶贫典型案例（省级电视） → 1；CCTV-17在9月8日，截止日后不算国家级 → 1",
    "veto.incident: 安全生产、质量事故“□有　☑无” → 不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“□有　☑无” → 不否决",
  ];
  return {
    description:
      "汕尾市城区商务局整本考评工作簿（12个表：创建情况登记表＋11个台账），84＋加分3＝87分、未否决（登记表自评91＋3）：事实表是Word表格式《创建情况登记表》贴进Excel——每行三对“标签｜值”（值占两格合并），是否项写成“☑已正式印发　□未印发”“□有　☑无（按件收费）”，主观分写成“□1分　☑2分”，自评得分是九宫格式（指标名合并在上格、分数合并在下格，一行三个）；台账有快递网点备案表当村居名单（一村没有网点就是快递未到村；★为贫困村）、建成｜验收｜挂牌运营三列的站点台账（两站8月验收、9月挂牌，一站“2021年8月”、一站8月31日、挂牌待定、社区站、同村第二站，29/42＜70%、贫困村4/5＝80%）、按期次的培训台账（8月31日一期使4,000/500,000正好0.8%，常住人口55.42万须按50万封顶，“2021.8.30-9.1”按结束日不算）、脱贫户参训名单（小写x和6-8-4空格的身份证号决定28/40＝70%加分）、防返贫导出的脱贫人口、园区企业（9月3日退园的仍在园，正好20家）、元为单位的资金台账（“12.5万”和只到月的一笔，正好70%）、月报、专栏（缺2020年10月）、宣传报道（省台典型案例，央视在9月）和经验材料。",
    sheets: [
      { name: "创建情况登记表", rows: fr, merges: fm },
      { name: "快递网点备案", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫户参训名单", rows: trRows, merges: trMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "园区企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 汕头濠江区: 记者采访提纲及答复口径（审定稿）
// =====================================================================================================
function buildF1() {
  const rows = [["关于《南方日报》记者采访濠江区电子商务进农村综合示范创建工作的提纲及答复口径（审定稿）"],
    ["采访媒体：南方日报社汕头记者站　　记者：陈××　　拟采访时间：2021年9月7日（星期二）上午　　地点：区电子商务公共服务中心"],
    ["答复人：区商务局局长 许××　　口径审定：区委宣传部新闻科（9月6日）　　数据口径：答复中的数据均截至2021年8月31日（与省级示范县考评口径一致）"],
    ["序号", "记者提问（原文）", "答复口径", "数据核对（电商股）", "注意事项"]];
  const merges = ["A1:E1", "A2:E2", "A3:E3"];
  const Q = [
    ["濠江是什么时候开始创建省级电商进农村示范区的？是哪位领导在抓？",
      "2019年我区入选省级电子商务进农村综合示范县（区）后，区里马上成立了创建工作领导小组，由区委常委、常务副区长任组长，分管商务的副区长任副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局等部门为成员单位；2020年4月，区政府办公室正式印发了《濠江区电子商务进农村综合示范创建工作方案》。",
      "领导小组：濠府办函〔2019〕87号；工作方案：濠府办〔2020〕11号（2020年4月16日印发）",
      "组长按现任职务表述；不要说“区长亲自挂帅”（区长不是组长）"],
    ["听说濠江有28个行政村，现在是不是村村都有电商服务站了？",
      "全区有行政村24个、社区14个，目前有17个行政村建成了村级电商服务站点，全区3个省定贫困村都已经建站。",
      "行政村24个（不含社区）；省定贫困村3个，均已建站",
      "记者说的28个是把部分社区算进去的旧数，请当面纠正"],
    ["区里的电商公共服务中心建得怎么样？都能为群众提供哪些服务？",
      "区电子商务公共服务中心去年12月10日正式投入运营，由公开招标确定的专业第三方运营服务商运营。中心免费提供电商培训场所和设备，免费展示、销售濠江特色农产品，免费为企业和农户拍摄产品、设计详情页，组织“濠江好味”统一推广、指导企业做品牌，还提供代办商标注册、对接物流和金融等增值服务。我们还依托中心整合建设了濠江电商产业园。",
      "中心投入运营：2020年12月10日（揭牌2020年12月28日，两个日期勿混）；产业园入驻企业23家",
      "“去年”指2020年；入驻企业数记者问再答"],
    ["快递能不能送到村里？",
      "能。全区24个行政村都有快递服务网点，行政村快递服务实现全覆盖。",
      "行政村快递覆盖率100%（区邮政分公司出具证明）", null],
    ["电商进农村给农产品销售带来了多大变化？",
      "2020年全区农村网络零售额9.86亿元，比2019年的7.42亿元增长32.9%；农产品网络零售额2020年达到1.35亿元。",
      "农村网零：2019年74,200万元、2020年98,600万元；农产品网零2020年13,500万元（2019年未单独统计）",
      "今年1—8月农村网零7.93亿元可作补充，但不是考评数"],
    ["据了解，区里的电商培训已经超过5000人次了？贫困户参加得多吗？",
      "截至8月底，全区累计开展电商培训4,012人次。全区有劳动能力、没有外出务工的脱贫人口356人，已经有192人参加过电商培训。",
      "培训4,012人次（常住人口37.92万人，七普）；有劳动能力且未外出务工356人，参训192人（按身份证号去重）",
      "5000人次是全年目标，不是完成数，请纠正；不要用户籍人口30.1万"],
    ["群众怎么监督项目和资金？",
      "我们在区政府门户网站开设了电子商务进农村综合示范专栏，公开了创建方案和项目基本信息，每月公布项目建设进度，并公布了监督举报电话。我们每月向市商务局报送工作进展，同时报送电商帮扶统计情况。",
      "专栏：创建方案、项目基本信息、建设进度（按月）、监督举报电话0754-87xxxxxx", null],
    ["省里给了多少钱？花出去多少？",
      "省级下达专项资金500万元，到8月底已拨付378.6万元，项目总体进度约88%。区里制定了专项资金管理办法，各承建单位都建立了资金专用台账，做到专款专用。",
      "下达500万元；累计拨付3,786,000元，支出率75.7%",
      "区级配套资金不在本次口径内，不主动提"],
    ["区里有没有出台扶持农村电商的政策？",
      "《濠江区促进农村电子商务发展若干措施》已经区政府常务会议审议通过，目前正在走印发程序，预计9月中旬正式印发。",
      "区政府第47次常务会议（8月27日）审议通过",
      "不能说“已出台”"],
    ["项目建设中有没有出过问题？",
      "项目建设以来，没有发生安全生产和质量事故。",
      null, null],
    ["下一步有什么打算？",
      "力争年底前行政村站点覆盖率达到80%以上，再开展电商培训1,500人次，推动“濠江好味”品牌进大湾区商超。",
      null, "都是计划，按计划表述"],
  ];
  Q.forEach((q, j) => rows.push([j + 1].concat(q)));
  rows.push(["拟稿：电商股 蔡××　　审核：副局长 郑××　　签发：局长 许××　　（内部材料，不对外提供）"]);
  merges.push(`A${rows.length}:E${rows.length}`);
  for (const r of rows) padRow(r, 5);
  assert(pct1(98600 - 74200, 74200) === "32.9%" && pct1(3786000, 5000000) === "75.7%", "f1 numbers");
  return {
    description:
      "汕头濠江区商务局交来当事实表的，是应对南方日报记者采访的《采访提纲及答复口径（审定稿）》：三行抬头（媒体、记者、拟采访时间2021年9月7日；答复人、口径审定、“数据均截至2021年8月31日”），表头 序号｜记者提问（原文）｜答复口径｜数据核对（电商股）｜注意事项，11问。读法：事实只在“答复口径”和“数据核对”两列；记者提问里的数（“28个行政村”“超过5000人次”）是记者的说法、注意事项里的户籍人口30.1万和“不主动提”的都不是事实；“去年12月10日”按采访年份是2020年12月10日（数据核对列也写明，揭牌12月28日不是）；组长是区委常委、常务副区长（分管领导，“不要说区长亲自挂帅”）；扶持政策“已审议通过、正在走印发程序”是未出台；农产品网零只有2020年数；没有自评分，也没有主观评分项；最后一问是计划。",
    sheets: [{ name: "采访口径", rows, merges }],
    expect: {
      facts: {
        county: "濠江区", asOf: "2021-08-31", residentPopulation: 379200, adminVillagesStated: 24, poorVillagesStated: 3,
        planIssued: true, policyIssued: false, centerOpened: "2020-12-10", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 742000000, ruralRetail2020: 986000000, ruralRetailGrowthStated: 0.329, agriRetail2020: 135000000,
        trainingPersonTimesStated: 4012, eligiblePoorPersonsStated: 356, trainedPoorPersonsStated: 192,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3786000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88, vetoIncident: false,
      },
      judged: {},
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 惠州惠阳区: 区政府督查室《督办事项办理情况反馈表》
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  full("惠州市惠阳区人民政府督查室");
  full("督办事项办理情况反馈表");
  rows.push(["督办编号", "惠阳督〔2021〕58号", null, "反馈时限", "2021年9月6日前", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(padRow(["督办事项", "做好省级电子商务进农村综合示范创建考评迎检工作，如实反馈创建完成情况及自评结果（数据统一截至2021年8月31日）。"], W));
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["承办单位", "区商务局", null, "协办单位", "区财政局、区农业农村局、区乡村振兴局、区统计局", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  const P = [
    "一、组织领导。2020年3月成立以区长为组长、分管副区长为副组长的创建工作领导小组，成员单位为区商务局、区财政局、区农业农村局、区交通运输局、区市场监督管理局和惠阳邮政分公司；2020年5月以区政府办公室名义正式印发《惠阳区电子商务进农村综合示范创建工作方案》，2020年8月出台《惠阳区农村电子商务发展扶持资金管理办法》。",
    "二、公共服务体系。区电子商务公共服务中心于2020年9月28日投入运营，由专业第三方运营服务商运营，免费提供电商培训场所和设备、特色农产品展示销售、摄影美工服务，组织“惠阳好物”统一推广和品牌培育；其他衍生增值服务仍在与金融、物流机构洽谈，尚未开展。我区未建设电商产业园，依托中心集聚电商企业12家。全区行政村85个（另有社区37个），已有64个行政村建成村级服务站点，6个省定贫困村全部覆盖；行政村快递通达率97.6%（83/85）。",
    "三、农村产品上行。2020年全区农村网络零售额19.87亿元，比2019年的15.62亿元增长27.2%；农产品网络零售额同比增长35.4%（区统计局监测数）。",
    "四、电商培训。全区七普常住人口65.06万人（按50万人基数计算），累计开展电商培训6,588人次；有劳动能力且未外出务工的脱贫人口1,204人，已参训538人。",
    "五、信息公开与报送。区政府门户网站设立电子商务进农村综合示范专栏，公开创建方案、项目基本信息和每月建设进度；征求意见或监督举报窗口尚未开设。每月向市商务局报送工作进展，并统计电商扶贫情况。",
    "六、资金管理。省级下达专项资金500万元，截至8月31日累计拨付351.2万元，支出率70.2%；已制定专项资金管理办法，各承建单位建立了资金专用台账。项目总体进度81%。创建期间未发生安全生产、质量事故，无弄虚作假情况。",
  ];
  const r0 = rows.length + 1;
  P.forEach((p, k) => {
    rows.push(padRow([k === 0 ? "办理情况" : null, p], W));
    merges.push(`B${rows.length}:F${rows.length}`);
  });
  mergeCol(merges, "A", r0, rows.length);
  full("附：自评得分表（区商务局局务会2021年9月2日审定）");
  rows.push(["序号", "评价指标", "满分", "自评得分", "其中：主观评分项", "说明"]);
  const S = [
    ["组织领导", 2, 2, "—", "区长任组长", "org.leadership"], ["方案制定", 2, 2, "2分", null, "org.plan"], ["政策支持", 2, 1, "1分", "人才、用地政策未出台", "org.policy"],
    ["项目管理", 4, 4, "制度2分、台账2分", null, "org.management"], ["服务体系建设（县级中心与产业园）", 15, 9, "—", "无产业园，其他增值服务未开展", "work.center"],
    ["服务体系建设（村级站点覆盖）", 10, 10, "—", "64/85＝75.3%；贫困村6/6", "work.coverage"], ["农村产品上行", 10, 7, "调研1分、促销2分、标准溯源1分", "快递未全覆盖", "work.upward"],
    ["电商人才培训", 20, 18, "—", "培训率44.7%", "work.training"], ["信息公开", 4, 2, "—", "举报窗口未开设", "info.disclosure"], ["数据上报", 6, 6, "—", null, "info.reporting"],
    ["案例总结", 2, 2, "—", null, "promo.cases"], ["经验推广", 8, 5, "—", "省级、县级媒体", "promo.media"], ["制度建立", 5, 4, "4分", null, "fund.system"],
    ["资金台账", 5, 4, "4分", null, "fund.ledger"], ["资金支出", 5, 3, "及时拨付3分", "支出率70.2%", "fund.spending"],
    ["加分项：贫困人口培训率70%及以上", 2, 0, "—", "44.7%", "bonus.poorTraining"], ["加分项：电商扶贫典型案例电视播报", 2, 0, "—", null, "bonus.tvCase"]];
  const claimed = {};
  S.forEach(([n, full2, p, sub, note, id], j) => {
    rows.push([j < 15 ? j + 1 : `加${j - 14}`, n, full2, p, sub, note]);
    claimed[id] = p;
  });
  const tot = sum(S.slice(0, 15).map((s) => s[2]));
  assert(tot === 79, "f2 claimed 79 " + tot);
  rows.push(["合计", null, 100, tot, null, "加分项0分"]);
  merges.push(`A${rows.length}:B${rows.length}`);
  rows.push(padRow(["存在问题及下步打算", "1．9月底前开设监督举报窗口；2．年内引入金融、物流增值服务；3．计划2022年整合建设电商产业园；4．加快拨付进度，年底前支出率达到90%。"], W));
  merges.push(`B${rows.length}:F${rows.length}`);
  rows.push(["承办单位负责人", "叶××（局长）", "联系人", "邓×× 0752-33xxxxx", "反馈日期", "2021年9月3日"]);
  rows.push(padRow(["督查室意见", null], W));
  merges.push(`B${rows.length}:F${rows.length}`);
  assert(pct1(1987 - 1562, 1562) === "27.2%" && pct1(3512000, 5000000) === "70.2%" && pct1(83, 85) === "97.6%" && pct1(538, 1204) === "44.7%", "f2 numbers");
  return {
    description:
      "惠州惠阳区商务局交来当事实表的，是区政府督查室《督办事项办理情况反馈表》（惠阳督〔2021〕58号）的填报件：表单抬头（督办编号｜反馈时限、督办事项写明“数据统一截至2021年8月31日”、承办单位｜协办单位），“办理情况”一格纵向合并、右边六段编号文字各占一行（事实都在句子里），下接“附：自评得分表”（序号｜评价指标｜满分｜自评得分｜其中：主观评分项｜说明，服务体系建设分两行，加分两行，合计79）和“存在问题及下步打算”、负责人签字行。读法：领导小组区长任组长，但成员单位只有商务、财政、农业农村、交通、市场监管和邮政，没有乡村振兴（扶贫）——协办单位里的区乡村振兴局是督办的协办，不是领导小组成员 → 主要领导、部门不全；其他衍生增值服务“尚未开展”、“未建设电商产业园”、快递通达率97.6%、征求意见或监督举报窗口“尚未开设”都是否；常住人口65.06万（“按50万人基数”是算法）；农产品网零只有增速35.4%；下步打算（9月底开窗口、2022年建产业园）是计划。",
    sheets: [{ name: "督办反馈", rows, merges }],
    expect: {
      facts: {
        county: "惠阳区", asOf: "2021-08-31", residentPopulation: 650600, adminVillagesStated: 85, poorVillagesStated: 6,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: false, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 1562000000, ruralRetail2020: 1987000000, ruralRetailGrowthStated: 0.272, agriRetailGrowthStated: 0.354,
        trainingPersonTimesStated: 6588, eligiblePoorPersonsStated: 1204, trainedPoorPersonsStated: 538,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3512000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.81,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 珠海斗门区: the official indicator table transposed (one column per indicator)
// =====================================================================================================
function buildF3() {
  // [group, name, weight, standard (short), done, self-score, id]
  const C = [
    ["加强组织领导与统筹协调（10分）", "组织领导", 2, "区政府主要领导牵头，商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）",
      "区委书记任第一组长、区长任组长，区商务局、区财政局、区农业农村局、区乡村振兴局等11个部门为成员单位", 2, "org.leadership"],
    [null, "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", "2020年3月正式印发《斗门区电子商务进农村综合示范创建工作方案》（自评2分）", 2, "org.plan"],
    [null, "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", "出台《斗门区促进农村电子商务发展扶持办法》，资金、人才政策落实到位（自评2分）", 2, "org.policy"],
    [null, "项目管理", 4, "建立项目管理制度并严格落实（1-2分）；建立完整工作台账（1-2分）", "制定项目管理办法，建设、验收严格执行（2分）；工作台账完整、记录详细（2分）", 4, "org.management"],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设", 25, "建成县级中心（2分）；运行6个月以上（2分）；免费培训（2分）；免费展示销售（1分）；免费摄影美工（1分）；统一推广和品牌建设（1分）；其他增值服务（1分）；产业园（2分）；入驻20家以上（2分）；三种以上类型（1分）",
      "区电商公共服务中心2020年7月投入运营（已运行满6个月）；免费培训场所和设备、免费展示销售、免费摄影美工、统一推广和品牌建设、代运营及金融对接等增值服务均已开展；整合建设斗门电商产业园，入驻企业26家，含平台型、销售型、电商运营商、物流企业", 15, "work.center"],
    [null, null, null, "行政村覆盖率70%及以上（5分），50%-70%（2分）；贫困村覆盖率100%（5分），80%-100%（3分）",
      "全区行政村103个（另有社区23个），建站覆盖行政村78个，覆盖率75.7%；本区无省定贫困村", 10, "work.coverage"],
    [null, "农村产品上行", 10, "网销调研（1-2分）；促销活动（1-2分）；第三方运营（1分）；快递覆盖100%（1分）；交易标准与冷链溯源（1-2分）；2020年网络零售额增速≥30%（2分）",
      "完成农产品网销调研报告并提出建议（2分）；开展“斗门好物节”等线上促销（2分）；第三方运营服务商珠海斗门优选电子商务有限公司；行政村快递覆盖率100%；制定白蕉海鲈电商交易标准，建成冷链中心和溯源平台（2分）；2020年农村网络零售额12.6亿元；农产品网络零售额3.12亿元，同比增长41.3%", 10, "work.upward"],
    [null, "电商人才培训", 20, "培训人次达常住人口1%及以上（10分）…；贫困人口培训率50%及以上（10分）…",
      "常住人口61.25万人（按50万人计），累计培训6,420人次，占1.28%；有劳动能力且未外出务工的建档立卡贫困人口318人，参训176人，培训率55.3%", 20, "work.training"],
    ["加强信息公开及报送（10分）", "信息公开", 4, "设立专栏且内容全面（2分）；近一年按月更新（2分），不定时（1分）",
      "区政府网站开设专栏，公示创建方案、项目基本信息，每月更新建设进度，设立意见征集信箱和监督举报电话", 4, "info.disclosure"],
    [null, "数据上报", 6, "每月向市商务局报送（3分），不定时（1分）；统计电商扶贫情况（3分）", "每月向珠海市商务局报送工作进展和统计数据；按月统计电商扶贫情况", 6, "info.reporting"],
    ["加强宣传推广（10分）", "案例总结", 2, "向市商务局报送经验材料（2分）", "向珠海市商务局报送经验材料3篇", 2, "promo.cases"],
    [null, "经验推广", 8, "省级及以上（4分）；市级（3分）；县级（1分）", "南方日报、珠海特区报、“斗门发布”宣传报道", 8, "promo.media"],
    ["加强财政资金管理（15分）", "制度建立", 5, "建立科学有效的资金管理制度（1-5分）", "制定专项资金管理办法，建立考核问责制度（5分）", 5, "fund.system"],
    [null, "资金台账", 5, "承建方建立资金专用台账，账目完整（1-5分）", "各承建方建立资金专用台账，个别凭证待补（4分）", 4, "fund.ledger"],
    [null, "资金支出", 5, "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分",
      "省级专项资金500万元（区级配套200万元另行核算），截至8月31日拨付省级资金4,125,600.00元，支出率82.5%，按进度拨付（4分）", 4, "fund.spending"],
    ["加分项（4分）", "贫困人口培训率≥70%", 2, "建档立卡贫困人口培训率70%及以上（2分）", "培训率55.3%，未达到", 0, "bonus.poorTraining"],
    [null, "电视播报", 2, "电商扶贫典型案例获国家级电视播报（2分），省级（1分）", "电商扶贫案例获广东广播电视台《广东新闻联播》播报（省级）", 1, "bonus.tvCase"],
    ["一票否决项", "安全质量事故", "—", "发生安全生产、质量事故，或造成重大经济损失和社会不良影响", "未发生", "—", null],
    [null, "进度滞后", "—", "项目建设进度严重滞后，总体进度不足40%", "项目总体进度92%", "—", null],
    [null, "弄虚作假", "—", "弄虚作假", "无", "—", null],
  ];
  const N = C.length + 2; // A = labels, B.. = indicators, last = 合计
  const last = colName(N - 1);
  const rows = [padRow(["2019年省级电子商务进农村综合示范创建考评自评表（横排）"], N),
    padRow(["填报单位：珠海市斗门区商务局　　　数据截至：2021年8月31日　　　说明：本表将省考评指标体系转为横排，每列一个评价指标，便于A3横向打印"], N)];
  const merges = [`A1:${last}1`, `A2:${last}2`];
  const labels = ["工作任务", "评价指标名称", "权重（%）", "评分标准（摘要）", "完成情况（截至2021年8月31日）", "自评得分"];
  const body = labels.map((l) => padRow([l], N));
  let g0 = null;
  C.forEach((c, j) => {
    const col = j + 1;
    if (c[0]) {
      body[0][col] = c[0];
      g0 = col;
    }
    const gEnd = j === C.length - 1 || C[j + 1][0] ? col : null;
    if (gEnd !== null && gEnd > g0) merges.push(`${colName(g0)}3:${colName(gEnd)}3`);
    if (c[1]) body[1][col] = c[1];
    if (c[2] !== null) body[2][col] = c[2];
    body[3][col] = c[3];
    body[4][col] = c[4];
    body[5][col] = c[5];
  });
  // 服务体系建设: name and weight merged across the center and coverage columns (E? no — columns F:G)
  const svc = C.findIndex((c) => c[1] === "服务体系建设") + 1;
  merges.push(`${colName(svc)}4:${colName(svc + 1)}4`, `${colName(svc)}5:${colName(svc + 1)}5`);
  const claimed = {};
  C.forEach((c) => {
    if (c[6]) claimed[c[6]] = c[5];
  });
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  assert(tot === 98, "f3 claimed 98 " + tot);
  body[0][N - 1] = "合计";
  merges.push(`${last}3:${last}7`);
  body[5][N - 1] = `${tot}＋1`;
  for (const r of body) rows.push(r);
  rows.push(padRow(["填表人：梁××　　　审核人：黄××　　　分管领导：赵××（副区长）　　　填报日期：2021年9月3日"], N));
  merges.push(`A${rows.length}:${last}${rows.length}`);
  for (const r of rows) assert(r.length === N, "f3 width");
  assert(pct1(78, 103) === "75.7%" && pct2(6420, 500000) === "1.28%" && pct1(176, 318) === "55.3%" && pct1(4125600, 5000000) === "82.5%", "f3 numbers");
  return {
    description:
      "珠海斗门区商务局把省考评指标体系转成横排交来：一列一个评价指标（B—P十五个计分指标，Q:R加分项，S:U一票否决项，V列合计），行是 工作任务（按组横向合并）｜评价指标名称｜权重（%）｜评分标准（摘要）｜完成情况（截至2021年8月31日）｜自评得分，A列是行名；服务体系建设的名称和权重25横向合并在县级中心、村级站点两列上；事实和主观分项都写在“完成情况”格里（区委书记任第一组长、区长任组长，商务财政农业农村乡村振兴都在；中心“2020年7月”投入运营只到月；无省定贫困村；只有2020年的农村网零12.6亿元和农产品网零3.12亿元、增速41.3%；常住人口61.25万；省级资金500万元、区级配套200万元另算，拨付4,125,600.00元），自评得分一行是claimed（合计“98＋1”），否决项“—”；评分标准行里的70%、1%、50万、20家、6个月都是官方条文。",
    sheets: [{ name: "自评表（横排）", rows, merges }],
    expect: {
      facts: {
        county: "斗门区", asOf: "2021-08-31", residentPopulation: 612500, adminVillagesStated: 103, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-07", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 1260000000, agriRetail2020: 312000000, agriRetailGrowthStated: 0.413, trainingPersonTimesStated: 6420,
        eligiblePoorPersonsStated: 318, trainedPoorPersonsStated: 176,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4125600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 韶关浈江区: 就业监测导出, two-column sign-in print, mailbox “已发送” export, 说明, hidden 代码表
// =====================================================================================================
function buildL1() {
  const REG = "440204";
  // ---------------- 就业监测导出 (poor persons)
  const AREAS = { "440204": "韶关市浈江区", "440203": "韶关市武江区", "440232": "韶关市乳源瑶族自治县", "440307": "深圳市龙岗区", "440113": "广州市番禺区", "441302": "惠州市惠城区", "330782": "浙江省义乌市" };
  const TOWNS = [["犁市镇", ["黄金村", "下陂村"]], ["花坪镇", ["塘头村", "花坪村"]], ["十里亭镇", ["十里亭村"]], ["新韶镇", ["水口村", "新韶村"]]];
  // member kinds: L = labour, local job (浈江区); U = labour, unemployed; W = labour, 武江区 job (outside county); O = labour, outside city;
  //               N = no labour; P = labour, 公益性岗位 in the village
  const COMP = [["L", "L", "N"], ["O", "L", "U"], ["W", "P"], ["L", "O", "N", "U"], ["U", "L"], ["O", "O", "N"], ["L", "W", "U"], ["P", "L", "N"], ["L", "U"], ["O", "L", "L"]];
  const HH = [];
  let hno = 0;
  for (const [t, vs] of TOWNS) for (const v of vs) {
    const k = hno % 3 === 1 ? 2 : 1;
    for (let i = 0; i < k; i++) {
      hno++;
      HH.push({ t, v, code: `44020400${String(3100 + hno * 23).padStart(6, "0")}`, comp: COMP[(hno - 1) % COMP.length] });
    }
  }
  const REL = ["户主", "配偶", "之子", "之女"];
  const pRows = [["韶关市脱贫人口就业监测系统　人员明细导出　　区划：浈江区（440204）　　导出时间：2021-09-01 09:12:44"],
    ["说明：劳动能力代码 1 普通劳动力、2 技能劳动力、3 弱劳动力或半劳动力、4 丧失劳动力、5 无劳动力（1—3为有劳动能力）；“就业地区代码”是就业地的县级区划代码，不是440204（浈江区）的为外出务工；未就业的就业地区为空，无劳动能力者就业状态为“—”。"],
    ["序号", "镇（街道）", "村", "户编号", "姓名", "证件号码", "与户主关系", "劳动能力", "就业状态", "就业地区代码", "就业地区", "备注"]];
  const pMerges = ["A1:L1", "A2:L2"];
  const pRecs = [];
  let seq = 0;
  let xDone = false;
  let townStart = 0;
  let villStart = 0;
  HH.forEach((h, hi) => {
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const h0 = pRows.length + 1;
    if (hi === 0 || HH[hi - 1].t !== h.t) townStart = h0;
    if (hi === 0 || HH[hi - 1].v !== h.v) villStart = h0;
    h.comp.forEach((c, i) => {
      seq++;
      const rel = c === "N" ? (i % 2 ? "父亲" : "母亲") : i < 2 ? REL[i] : REL[2 + (i % 2)];
      const male = rel === "户主" || rel === "之子" || rel === "父亲";
      const birth = c === "N" ? birthBetween(1936, 1952) : i < 2 ? birthBetween(1965, 1980) : birthBetween(1990, 2002);
      const wantX = !xDone && c === "W" ? true : undefined;
      if (wantX) xDone = true;
      const id = makeId(REG, birth, male, wantX);
      const lab = c === "N" ? (seq % 2 ? 4 : 5) : c === "P" ? 3 : [1, 2, 1, 3][seq % 4];
      let st;
      let code = null;
      if (c === "L") {
        st = seq % 2 ? "务工就业" : "自主创业";
        code = "440204";
      } else if (c === "P") {
        st = "公益性岗位";
        code = "440204";
      } else if (c === "U") st = "未就业";
      else if (c === "W") {
        st = "务工就业";
        code = "440203";
      } else if (c === "O") {
        st = "务工就业";
        code = ["440307", "440113", "441302", "330782", "440232"][seq % 5];
      } else st = "—";
      const codeCell = code === null ? null : seq % 3 === 0 ? Number(code) : code;
      const newTown = i === 0 && (hi === 0 || HH[hi - 1].t !== h.t);
      const newVill = i === 0 && (hi === 0 || HH[hi - 1].v !== h.v);
      pRows.push([seq, newTown ? h.t : null, newVill ? h.v : null, i === 0 ? h.code : null, personName(rel === "配偶" || rel === "母亲" ? undefined : sur), id, rel, lab, st,
        codeCell, code ? AREAS[code] : null, c === "P" ? "本村保洁员" : c === "W" ? "在武江区西河镇务工" : null]);
      pRecs.push({ id, labour: lab <= 3, migrant: c === "N" ? null : code !== null && code !== REG });
    });
    const r1 = pRows.length;
    mergeCol(pMerges, "D", h0, r1);
    if (hi === HH.length - 1 || HH[hi + 1].v !== h.v) mergeCol(pMerges, "C", villStart, r1);
    if (hi === HH.length - 1 || HH[hi + 1].t !== h.t) mergeCol(pMerges, "B", townStart, r1);
  });
  assert(pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.migrant === null) && pRecs.some((r) => r.migrant === false && r.labour), "l1 poor mix");
  assert(pRows.some((r) => r[9] === "440203" || r[9] === 440203), "l1 武江区 row");

  // ---------------- 签到（两栏打印）
  const SESS = [
    { title: "第1期　农村电商基础知识", cell: "培训日期：2020年10月22日　地点：区电商公共服务中心", date: "2020-10-22", n: 16 },
    { title: "第2期　网店开设与运营", cell: null, dcell: D("2020-12-17"), date: "2020-12-17", n: 14 },
    { title: "第3期　邮政便民服务站站长培训（区邮政分公司）", cell: "培训日期：2021.3.25-26　地点：邮政分公司三楼", date: "2021-03-26", n: 12, masked: true },
    { title: "第4期　直播带货实操", cell: "培训日期：21.6.18　地点：犁市镇文化站", date: "2021-06-18", n: 15 },
    { title: "第5期　脱贫户电商技能专场", cell: "培训日期：2021年9月2日　地点：花坪镇党群服务中心", date: "2021-09-02", n: 10 },
  ];
  const tRows = [["浈江区农村电商培训签到表（两栏打印稿）"], ["说明：每期一块，左右两栏依次编号（左栏排完接右栏）；“签名”栏写“请假”“缺”的未参训；第3期为邮政分公司承办，身份证号按其名单脱敏。"]];
  const tMerges = ["A1:I1", "A2:I2"];
  const tRecs = [];
  let lowerDone = false;
  let nullDone = false;
  SESS.forEach((s, si) => {
    tRows.push(padRow([`${s.title}　　${s.cell || "培训日期："}`], 9));
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    if (s.dcell) {
      // the date typed as a real date cell right after the label
      tRows[tRows.length - 1] = padRow([`${s.title}　　培训日期：`], 9);
      tMerges.pop();
      tRows[tRows.length - 1][5] = s.dcell;
      tRows[tRows.length - 1][6] = "地点：区电商公共服务中心";
      tMerges.push(`A${tRows.length}:E${tRows.length}`, `G${tRows.length}:I${tRows.length}`);
    }
    tRows.push(["序号", "姓名", "身份证号", "签名", null, "序号", "姓名", "身份证号", "签名"]);
    const k = Math.ceil(s.n / 2);
    const people = [];
    for (let i = 0; i < s.n; i++) {
      const id = makeId(REG, birthBetween(1970, 2001), rnd() < 0.5, !lowerDone && si === 3 && i === 9 ? true : undefined);
      const name = personName();
      let sign = name;
      if ((si === 0 && i === 5) || (si === 3 && i === 2)) sign = "请假";
      if (si === 1 && i === 11) sign = "缺";
      let shown = id;
      let recId = id;
      if (s.masked) {
        shown = maskId(id);
        recId = shown;
      } else if (si === 3 && i === 9) {
        shown = id.slice(0, 17) + "x";
        lowerDone = true;
      } else if (si === 4 && i === 6 && !nullDone) {
        shown = "（未带证）";
        recId = null;
        nullDone = true;
      }
      people.push({ no: i + 1, name, shown, sign, recId });
    }
    for (let r = 0; r < k; r++) {
      const L = people[r];
      const Rt = people[k + r];
      tRows.push([L.no, L.name, L.shown, L.sign, null].concat(Rt ? [Rt.no, Rt.name, Rt.shown, Rt.sign] : [null, null, null, null]));
    }
    for (const p of people) if (p.sign !== "请假" && p.sign !== "缺") tRecs.push({ date: s.date, personTimes: 1, id: p.recId });
    const came = people.filter((p) => p.sign !== "请假" && p.sign !== "缺").length;
    tRows.push(padRow([`应到${s.n}人，实到${came}人`], 9));
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    tRows.push(padRow([], 9));
  });
  assert(lowerDone && nullDone && tRecs.length === 67 - 3, "l1 sign-ins " + tRecs.length);
  checkTrainingIds(tRecs, "l1");

  // ---------------- 发件箱导出 (reports)
  const CITY = "韶关市商务局电商科 <sgsswj_dzsw@163.com>";
  const MAILS = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-02") continue;
    const nx = monthsBetween(m, "2021-12")[1];
    let d = `${nx}-${String(rint(3, 8)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    const subj = m === "2021-01" ? "浈江区2021年1—2月电子商务进农村综合示范工作进展情况（春节合并报送）" : `浈江区${cnMonth(m)}电子商务进农村综合示范工作进展情况`;
    const pov = m >= "2020-11";
    MAILS.push({ d, subj, to: CITY, cc: null, att: pov ? `工作进展.docx；统计表.xlsx；电商扶贫统计表.xlsx` : "工作进展.docx；统计表.xlsx", rec: true, pov });
  }
  // January report: first sent without attachments, re-sent the next day
  const jan = MAILS.find((x) => x.subj.includes("1—2月"));
  jan.d = "2021-03-04";
  MAILS.push({ d: "2021-03-03", subj: jan.subj, to: CITY, cc: null, att: "（无附件）", rec: false, note: "附件漏传" });
  jan.subj = "（重发）" + jan.subj;
  MAILS.push({ d: "2020-11-20", subj: "关于报送浈江区电商进农村经验材料的函", to: CITY, cc: null, att: "经验材料.docx", rec: false });
  MAILS.push({ d: "2021-01-15", subj: "请协助提供2020年农村网络零售额数据", to: "浈江区统计局 <zjtjj@163.com>", cc: null, att: null, rec: false });
  MAILS.push({ d: "2021-05-12", subj: "回复：浈江区4月电子商务进农村综合示范工作进展情况", to: CITY, cc: null, att: null, rec: false });
  MAILS.push({ d: "2021-07-09", subj: "浈江区6月电子商务进农村综合示范工作进展情况", to: "浈江区人民政府办公室 <zjqzfb@163.com>", cc: CITY, att: "工作进展.docx", rec: false });
  MAILS.sort((a, b) => cmp(a.d, b.d));
  const rRows = [["邮箱：zjqsw_dsk@163.com（浈江区商务局电商股）　文件夹：已发送　导出时间：2021-09-03 16:20"],
    ["说明：市商务局收件邮箱为 sgsswj_dzsw@163.com，只有“收件人”是该邮箱的“××月工作进展情况”是月报报送；首封附件漏传后重发的，以重发那封为准；附件含“电商扶贫统计表”的为附扶贫统计。"],
    ["序号", "主题", "收件人", "抄送", "发送时间", "附件", "大小"]];
  const rRecs = [];
  MAILS.forEach((x, j) => {
    const [y, mo, dd] = ymd(x.d);
    const t = `${y}/${mo}/${dd} 周${weekday(x.d)} ${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
    rRows.push([j + 1, x.subj, x.to, x.cc, t, x.att || "—", x.att && x.att !== "（无附件）" ? `${rint(40, 900)} KB` : "8 KB"]);
    if (x.rec) rRecs.push({ date: x.d, poverty: x.pov });
  });
  assert(rRecs.length === 12 && inWindowMonths(rRecs.map((r) => r.date)) === 11, "l1 reports 12 rows, 11 months " + rRecs.length);

  const note = [["浈江区电子商务进农村综合示范台账（第三册）说明"], ["1．《就业监测导出》摘自市脱贫人口就业监测系统，只列有帮扶需求的户。"], ["2．《签到（两栏打印）》按打印稿录入，左右两栏都是学员。"],
    ["3．《发件箱导出》为电商股邮箱已发送邮件，含非月报邮件，按说明行判断。"], ["4．《代码表》为系统代码，供核对。"], ["经办人：陈××　2021年9月3日"]];
  const codes = [["劳动能力代码", "含义", null, "区划代码", "名称"], [1, "普通劳动力", null, "440204", "浈江区"], [2, "技能劳动力", null, "440203", "武江区"], [3, "弱劳动力或半劳动力", null, "440205", "曲江区"],
    [4, "丧失劳动力", null, "440232", "乳源瑶族自治县"], [5, "无劳动力", null, null, null]];
  return {
    description:
      "韶关浈江区商务局台账第三册（说明页、三张台账、一个隐藏代码表）：①《就业监测导出》是市脱贫人口就业监测系统的人员明细，按户排（镇、村、户编号纵向合并），劳动能力是代码1—5（1—3有劳动能力），外出务工不看文字而看“就业地区代码”——说明行写明不是440204（浈江区）的就是外出务工，所以在同市武江区（440203）务工也是外出务工，本村公益性岗位、区内务工、自主创业不是，未就业（代码空）不是外出务工，无劳动能力者就业状态“—”为不适用；代码有文本也有数字。②《签到（两栏打印）》按打印稿录入：每期一块（块标题写期次和培训日期：“2020年10月22日”、日期格、“2021.3.25-26”按结束日、“21.6.18”、“2021年9月2日”照列），每块左右两栏（A—D、F—I）连续编号，左栏排完接右栏，记录按编号顺序；签名栏“请假”“缺”不是参训；第3期邮政班身份证号脱敏照写，一人末位小写x读作X，一人“（未带证）”为空；“应到…实到…”行不是学员。③《发件箱导出》是电商股邮箱“已发送”：只有收件人是市商务局邮箱的月度进展情况算报送（给统计局、区政府办（抄送市局也不算）、经验材料函、“回复：”都不是），1月份首封“（无附件）”作废、次日重发的才是，1—2月合并报送所以2021年2月没有；发送时间“2021/3/4 周四 10:21”；附件含电商扶贫统计表为附扶贫统计。④说明页和隐藏《代码表》不是台账。",
    sheets: [
      { name: "说明", rows: note, merges: [] },
      { name: "就业监测导出", rows: pRows, merges: pMerges },
      { name: "签到（两栏打印）", rows: tRows, merges: tMerges },
      { name: "发件箱导出", rows: rRows, merges: ["A1:G1", "A2:G2"] },
      { name: "代码表", rows: codes, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "就业监测导出": { kind: "poorPersons", records: pRecs },
        "签到（两栏打印）": { kind: "training", records: tRecs },
        "发件箱导出": { kind: "reports", records: rRecs },
        "代码表": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 佛山顺德区: 目录, villages grouped under ▌ town rows, stations by 编号, website list, media by outlet, materials
// =====================================================================================================
function buildL2() {
  const TOWNS = [["北滘镇", 6, 2], ["陈村镇", 5, 2], ["均安镇", 7, 1], ["杏坛镇", 8, 1], ["龙江镇", 5, 2]];
  const prefixes = ["北滘", "陈村", "均安", "杏坛", "龙江"];
  const vName = nameMaker("西南东北马桑光昌逢麦上水仓", ["涌", "滘", "岸", "头", "洲", "基", "田", "塘", "围", "沙", "坑", "岗"], "村", prefixes);
  const cName = nameMaker("锦华新君碧", ["苑", "城", "安", "和", "兴", "庭"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const noExp = new Set([towns[3].vs[6], towns[2].vs[5]]);
  const vRows = [["顺德区村（社区）名单及快递服务情况"], ["（快递服务情况由区邮政管理部门2021年8月核实）"], ["序号", "村（社区）名称", "快递服务", "备注"]];
  const vMerges = ["A1:D1", "A2:D2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    vRows.push([`▌${x.t}（村${x.vs.length}个、社区${x.cs.length}个）`, null, null, null]);
    vMerges.push(`A${vRows.length}:D${vRows.length}`);
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${v}居民委员会` : sq % 2 ? `${short(v)}村民委员会` : `${short(v)}村委会`;
      const ex = !noExp.has(v);
      const cell = !ex ? "无（到镇取件）" : isC ? "有（邮政、顺丰、中通、圆通）" : sq % 4 === 0 ? "有（邮政）" : `有（${["邮政、中通", "邮政、顺丰、韵达", "邮政、圆通、极兔"][sq % 3]}）`;
      vRows.push([sq, nm, cell, !ex ? "2021年10月前设点" : null]);
      vRecs.push({ name: v, admin: !isC, express: ex });
    }
  }
  vRows.push([`合计：村委会${admin.length}个，社区居委会${comms.length}个`, null, null, null]);
  vMerges.push(`A${vRows.length}:D${vRows.length}`);
  assert(vRecs.filter((r) => r.admin && !r.express).length === 2, "l2 two without express");

  // ---------------- 站点台账 (by 编号)
  const TC = { 北滘镇: "BJ", 陈村镇: "CC", 均安镇: "JA", 杏坛镇: "XT", 龙江镇: "LJ" };
  const withSt = shuffle(admin.filter((v) => !noExp.has(v))).slice(0, 20);
  const ST = withSt.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-25") }));
  ST.push({ v: withSt[4], op: randIsoBetween("2021-02-01", "2021-08-10"), second: true });
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-11-01", "2021-06-30") });
  ST[7].op = "2021-08";
  ST[11].op = null;
  ST[15].op = "2021-09-08";
  ST.sort((a, b) => cmp(TC[townOf[a.v]], TC[townOf[b.v]]) || cmp(a.op || "2021-06-30", b.op || "2021-06-30"));
  const sRows = [["顺德区村级电子商务服务站点台账"], ["站点编号", "站点名称", "所在镇街", "所在村（社区）", "挂牌日期", "站长", "备注"]];
  const sRecs = [];
  const cnt = {};
  ST.forEach((s, j) => {
    const tc = TC[townOf[s.v]];
    cnt[tc] = (cnt[tc] || 0) + 1;
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${s.v}居委会` : j % 2 ? `${short(s.v)}村委会` : `${short(s.v)}村民委员会`;
    let dc;
    if (s.op === null) dc = null;
    else if (s.op === "2021-08") dc = "2021年8月";
    else if (s.op === "2021-09-08") dc = "2021.9.8";
    else dc = dateCell(s.op, j);
    sRows.push([`SD-${tc}-${String(cnt[tc]).padStart(3, "0")}`, `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`, townOf[s.v], vcell, dc, personName(),
      s.op === null ? "已挂牌，日期待补" : s.second ? "同村第二站" : s.op === "2021-09-08" ? "9月挂牌" : null]);
    const rec = { village: s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });
  assert(sRecs.length === 22 && sRecs.filter((r) => !r.opened).length === 1, "l2 22 stations");

  // ---------------- 专栏更新 (copied from the website, newest first, pages of 15)
  const ups = [["2020-07-10", "顺德区电子商务进农村综合示范创建实施方案"], ["2020-07-10", "顺德区电子商务进农村综合示范项目基本信息"], ["2020-07-17", "关于设立电子商务进农村综合示范项目意见征集和监督举报渠道的公告"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    ups.push([`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `顺德区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  ups.push(["2021-03-22", "顺德区召开电子商务进农村综合示范推进会"]);
  ups.push(["2021-09-03", "顺德区电子商务进农村综合示范项目8月份建设情况通报"]);
  ups.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["区政府门户网站“电子商务进农村综合示范”专栏　文章列表（逐页复制）"]];
  const uRecs = [];
  const pages = Math.ceil(ups.length / 8);
  for (let p = 0; p < pages; p++) {
    uRows.push(["当前位置：首页 > 专题专栏 > 电子商务进农村综合示范"]);
    for (const [d, t] of ups.slice(p * 8, p * 8 + 8)) {
      uRows.push([`· ${t}　　[${d}]`]);
      uRecs.push({ date: d });
    }
    uRows.push([`首页　上一页　${Array.from({ length: pages }, (_, i) => (i === p ? `[${i + 1}]` : String(i + 1))).join(" ")}　下一页　尾页　　共${ups.length}条　每页8条　第${p + 1}/${pages}页`]);
  }
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 12 && uRecs.length === ups.length, "l2 column");

  // ---------------- 宣传报道 (no level column)
  const MED = [["2020-10-16", "顺德区融媒体中心（“顺德发布”）", "网络", "顺德首批村级电商服务站挂牌", "否", "county", false],
    ["2020-12-08", "佛山日报", "报纸", "顺德：鱼塘边开起了电商课", "否", "city", false],
    ["2021-01-21", "佛山电视台《佛山新闻》", "电视", "杏坛脱贫户直播卖鱼干", "是", "city", true],
    ["2021-04-15", "人民网", "网络", "广东顺德：电商进村，鱼米之乡触网", "否", "national", false],
    ["2021-06-10", "广东广播电视台珠江频道《630新闻》", "电视", "顺德电商助力农产品上行", "是", "province", true],
    ["2021-07-29", "南方日报", "报纸", "顺德电商进农村示范创建见成效", "否", "province", false],
    ["2021-09-06", "顺德区融媒体中心《顺德新闻》", "电视", "电商进农村迎检纪实", "否", "county", true]];
  const mRows = [["宣传报道登记"], ["序号", "日期", "媒体", "形式", "标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach(([d, m, f, t, c, lv, tvf], j) => {
    mRows.push([j + 1, d === "2021-09-06" ? "2021.9.6" : dateCell(d, j + 2), m, f, `《${t}》`, c]);
    mRecs.push({ date: d, level: lv, tv: tvf });
  });

  // ---------------- 材料报送
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"],
    [1, "2021年6月", "《顺德区“电商＋水产”助农增收经验做法》", "佛山市商务局", "粤政易"],
    [2, D("2021-08-20"), "《顺德区电商进农村综合示范典型案例（杏坛镇）》", "佛山市商务局", "电子邮件"],
    [3, "2021.9.7", "《顺德区电子商务进农村综合示范创建工作总结》", "佛山市商务局", "粤政易"]];
  const matRecs = [{ date: "2021-06" }, { date: "2021-08-20" }, { date: "2021-09-07" }];

  const cover = [["顺德区电子商务进农村综合示范台账（第二册）"], [null], ["目　录"], ["一、村（社区）名单及快递服务情况"], ["二、村级电子商务服务站点台账"], ["三、专栏文章列表"], ["四、宣传报道登记"], ["五、经验材料报送登记"],
    [null], ["编制：顺德区经济和科技促进局（商务）　2021年9月"]];
  return {
    description:
      "佛山顺德区经济和科技促进局（商务）台账第二册（目录页＋五张表）：①目录不是台账；②村（社区）名单按镇分组——每镇一行“▌北滘镇（村6个、社区2个）”分组行（不是村），下面 序号｜村（社区）名称｜快递服务｜备注，类型只能从名称后缀看（“××村民委员会”“××村委会”是行政村，“××社区居民委员会”不是），快递服务“有（邮政、中通）”“有（邮政）”都是通快递，“无（到镇取件）”两村不是；没有省定贫困村列；合计行不是村。③站点台账按“站点编号”（SD-BJ-001…）排，挂牌日期有日期格、文本、Excel序号，一站只写“2021年8月”，一站挂牌日期空着、备注“已挂牌，日期待补”（记录照列、没有日期），一站“2021.9.8”，同村第二站、社区站照列。④专栏文章列表是从区政府网站逐页复制的：每页开头一行面包屑、每条“· 标题　　[2021-08-05]”日期在同一格末尾、每页末一行翻页条，按发布时间倒序；推进会新闻也是专栏里的文章；9月3日发的“8月份建设情况通报”照列。⑤宣传报道没有级别列，级别按媒体：人民网国家级、南方日报和广东广播电视台珠江频道省级、佛山日报和佛山电视台市级、顺德区融媒体中心县级；形式“电视”为电视；9月6日一条照列。⑥经验材料报送日期有“2021年6月”只到月、日期格、“2021.9.7”。",
    sheets: [
      { name: "目录", rows: cover, merges: [] },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: ["A1:G1"] },
      { name: "专栏文章", rows: uRows, merges: [] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "材料报送", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村居名单": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "专栏文章": { kind: "disclosures", records: uRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "材料报送": { kind: "materials", records: matRecs },
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
write("counties", "b198-c1-chengqu.json", c1);
write("facts", "b198-f1-haojiang.json", f1);
write("facts", "b198-f2-huiyang.json", f2);
write("facts", "b198-f3-doumen.json", f3);
write("ledgers", "b198-l1-zhenjiang.json", l1);
write("ledgers", "b198-l2-shunde.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
