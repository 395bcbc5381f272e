// Batch 175 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b174.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (175175), no clock. Run: node test/corpus/_b175/gen-b175.js
//
// c1 源城区 (河源): the facts sheet is the bureau's 《迎接省考评组现场考评工作方案》 — 考评时间/考评组/我方参加人员, a 行程安排
//    table (times, places, 陪同 by the 副区长), then “五、汇报要点（数据截至2021年8月31日）” as 序号|要点|内容|佐证 sentences (facts only
//    there, 试运营 vs 正式运营), “六、拟自评得分” (claimed) with a 主观评分项 sub-table, and a 工作分工 table of 完成时限 dates that are not
//    facts. Eleven ledgers: a village list whose 快递 column is a phrase; stations with 验收合格日期 | 挂牌运营日期 under a merged
//    “建设情况” (a poor village 验收 in August but 挂牌 in September; coverage exactly 28/40 = 70%); a training session list after Excel
//    “分类汇总” (“××镇 汇总” rows, 总计, one 人次 typed as text so the SUBTOTAL rows miss it; exactly 3,010 = 0.8% of 376,200);
//    poor roster with 劳动能力/务工 words; a poor-trainee sign-in (14/35 = 40% persons, 20 rows); park firms (exactly 20 in the
//    park: one entered 8-31, one left 9-03); payments in 万元 with one “86,400元” cell (exactly 70%); reports; a CMS export of
//    the 专栏 read by 发布时间 (a January-created item published in February, a 通知公告 item, a 草稿 without 发布时间); media;
//    materials.
// f1 中山市: a statistics table with the 23 镇街 as columns and “全市合计” at the far right (before 备注) — the county value is the
//    合计 column, town cells have “—”, text numbers and 户籍/社区 rows; below, “二、全市统筹事项” as two label|value pairs per row
//    and “三、主观评分项自评” as a two-row strip.
// f2 禅城区 (佛山): six departments' 数据确认单 laid out as a 2×3 grid of mini-forms, each in its own style (统计局 table with 口径,
//    乡村振兴局 a sentence, 财政局 大写＋小写 money with an as-of-9月3日 line, 邮政管理局 one line, 政数局 ✓/✗, the bureau's own
//    checklist with judged points); 确认日期 and 户籍 are not facts.
// f3 金平区 (汕头): the official indicator table itself (vertical one-character indicator names, 权重, 指标解释, 评分标准, 评价方式)
//    with the clerk's 完成情况 column and a 扣分 | 扣分原因 pair instead of a 自评得分 column (自评＝权重−扣分, blank = no deduction);
//    judged sub-points only as deductions inside 扣分原因; 服务体系建设 25 split into two scored rows; bonus rows with a 加分 entry.
// l1 番禺区 (广州): a 说明 page; station plaque photos exported with their EXIF 拍摄时间 (“2020:11:20 10:32:15”), several photos per
//    station, a 补拍 photo whose plaque date is in the note, a 镇级 centre and a community station; six training sign-in blocks laid
//    side by side three to a band (read period by period, as the 说明 says), with absences, a masked ID, lower-case x; a poor
//    roster in codes (劳动能力 1–5, 务工 A/B/C) with the legend above the header.
// l2 惠城区 (惠州): a 目录 page; a village list that is the 组织部 roster of 村（社区）党组织 (the village is inside “中共××镇××村委员会” /
//    “…村总支部委员会”), with the bureau's 省定贫困村 ★ and 快递 ✓/✗ columns; 国库集中支付 凭证 list (8-digit dates, 已清算 / 已退票 /
//    作废, a re-issued payment); 粤政易 公文交换 send log (multi-recipient cells, 签收状态); media names only with a 媒体级别对照 table on the
//    right; materials with a second table of 市局反馈 below that is not a record.
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
let seed = 175175;
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
    assert(/^b175-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b175-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b175-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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



// =====================================================================================================
// c1 — 河源源城区: whole workbook (see the header comment)
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441602";
  const TOWNS = [["源南镇", 19, 1], ["埔前镇", 13, 1], ["东埔街道", 4, 6], ["源西街道", 4, 5], ["上城街道", 0, 10], ["新江街道", 0, 8]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("黄石塘岭陂洞坪围坝新老大小高长白龙", ["坑", "塘", "岭", "背", "陂", "洞", "坪", "围", "坝", "田", "排", "湖", "径", "寨"], "村", prefixes);
  const cName = nameMaker("明文永滨华长安康丰", ["珠", "昌", "和", "江", "苑", "园", "城", "兴"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  assert(admin.length === 40 && comms.length === 31, "c1 40 villages + 31 communities");
  noStemClash(admin, comms, "c1");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const rural = towns[0].vs.concat(towns[1].vs);
  const poorList = shuffle(rural).slice(0, 5);
  const poor = new Set(poorList);

  // ---------------- 附1 村居名单 (快递 column as a phrase)
  const EXP = ["快递进村（电商站代收）", "快递进村（设代收点）", "邮政代投到村", "快递进村（村委会代收）"];
  const vRows = [["附1　源城区村（居）民委员会名单"], ["（区民政局2021年5月提供；“快递到村情况”由区邮政管理局核实填写）"],
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递到村情况", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    x.vs.forEach((v, j) => vRows.push([++sq, x.t, j % 3 === 2 ? `${v}委会` : `${v}民委员会`, "村委会", poor.has(v) ? "是" : "否", EXP[rint(0, EXP.length - 1)], null]));
    x.cs.forEach((c) => vRows.push([++sq, x.t, `${c}居民委员会`, "居委会", "—", "城区覆盖", null]));
    mergeCol(vMerges, "B", r0, vRows.length);
    // B is merged per town: blank the cells under the first
    for (let r = r0; r < vRows.length; r++) vRows[r][1] = null;
  }
  vRows.push([`合计：村委会${admin.length}个（其中省定贫困村${poor.size}个），居委会${comms.length}个`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 附2 站点台账 (验收合格日期 | 挂牌运营日期)
  const poor5 = poorList[4];
  const nonPoor = shuffle(admin.filter((v) => !poor.has(v)));
  const coveredNP = nonPoor.slice(0, 24);
  const pendingV = nonPoor[24];
  const covered = poorList.slice(0, 4).concat(coveredNP);
  const monthOnlyV = coveredNP[5];
  const cutDayV = coveredNP[9];
  const twoV = coveredNP[2];
  const commV = comms[3];
  const ST = covered.map((v) => ({ v, op: randIsoBetween("2020-08-10", "2021-08-20"), kind: "n" }));
  ST.find((s) => s.v === monthOnlyV).op = "2021-07";
  ST.find((s) => s.v === cutDayV).op = "2021-08-31";
  ST.push({ v: twoV, op: randIsoBetween("2021-04-01", "2021-07-30"), kind: "second" });
  ST.push({ v: commV, op: randIsoBetween("2020-12-01", "2021-05-30"), kind: "comm" });
  ST.push({ v: poor5, op: "2021-09-03", acc: "2021-08-25", kind: "n" });
  ST.push({ v: pendingV, op: null, acc: "2021-08-10", kind: "pending" });
  const tIdx = Object.fromEntries(TOWNS.map(([t], j) => [t, j]));
  ST.sort((a, b) => tIdx[townOf[a.v]] - tIdx[townOf[b.v]] || cmp(a.op || "9999", b.op || "9999"));
  const short = (v) => v.replace(/村$|社区$/, "");
  const sRows = [["附2　源城区村级电子商务服务站点台账"], ["（区商务局电商股　2021年9月10日更新；挂牌运营日期为站点挂牌并对外服务之日）"],
    ["序号", "镇（街道）", "站点名称", "所在村（社区）", "建设情况", null, "站长", "联系电话", "备注"],
    [null, null, null, null, "验收合格日期", "挂牌运营日期", null, null, null]];
  const sMerges = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4", "I3:I4"];
  ST.forEach((s, j) => {
    if (!s.acc && s.op && s.op.length === 10 && rnd() < 0.8) s.acc = isoAdd(s.op, -rint(3, 21));
    let name = `${short(s.v)}村电商服务站`;
    if (s.kind === "second") name = `${short(s.v)}村益农信息社服务点`;
    if (s.kind === "comm") name = `${short(s.v)}社区电商服务点`;
    const vill = s.kind === "comm" ? `${s.v}居委会` : j % 3 === 0 ? s.v : j % 3 === 1 ? `${s.v}委会` : `${s.v}民委员会`;
    let op;
    if (s.op === null) op = null;
    else if (s.op.length === 7) op = "2021年7月";
    else op = dateCell(s.op, j);
    const acc = s.acc ? (j % 2 ? D(s.acc) : dotDate(s.acc)) : null;
    let note = null;
    if (s.kind === "pending") note = "已验收，待挂牌";
    else if (s.kind === "second") note = "同村第二个服务点";
    else if (s.kind === "comm") note = "社区服务点";
    else if (s.v === poor5) note = "省定贫困村；9月挂牌";
    else if (s.v === monthOnlyV) note = "挂牌日期待补（7月）";
    sRows.push([j + 1, townOf[s.v], name, vill, acc, op, personName(), mask(phone()), note]);
  });
  sRows.push(["注：覆盖率按挂牌运营日期统计；验收合格后未挂牌的不计。"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  const adminSet = new Set(admin);
  const cov = new Set(ST.filter((s) => adminSet.has(s.v) && s.op && s.op <= CUT).map((s) => s.v));
  const covPoor = [...cov].filter((v) => poor.has(v)).length;
  assert(cov.size === 28 && ratioGE(28, 40, 70) && !ratioGE(27, 40, 70) && ratioGE(27, 40, 50), "c1 28/40 = 70% exactly");
  assert(covPoor === 4 && ratioGE(4, 5, 80) && !ratioGE(4, 5, 100), "c1 poor 4/5 = 80%");
  assert(!cov.has(poor5) && !cov.has(pendingV) && cov.has(monthOnlyV) && cov.has(cutDayV), "c1 special stations");

  // ---------------- 附4 脱贫人口 roster
  const LAB = [["普通劳动力", true], ["技能劳动力", true], ["弱劳动力", true], ["丧失劳动力", false], ["无劳动力", false]];
  // code: E eligible (labour, not migrant), M migrant labour, N no labour
  const codes = shuffle([].concat(Array(35).fill("E"), Array(9).fill("M"), Array(10).fill("N")));
  const persons = [];
  const pRows = [["附4　源城区建档立卡脱贫人口劳动能力及务工情况表"], ["（区乡村振兴局2021年6月提供；“县外务工”即外出务工）"],
    ["序号", "镇（街道）", "村", "户主姓名", "姓名", "与户主关系", "身份证号", "劳动能力", "务工情况", "备注"]];
  const pMerges = ["A1:J1", "A2:J2"];
  let ci = 0;
  let h = 0;
  let wantX = true;
  const usedNames = new Set();
  while (ci < codes.length) {
    const size = Math.min(codes.length - ci, rint(2, 4));
    const cs = codes.slice(ci, ci + size).sort((a, b) => (a === "N") - (b === "N"));
    ci += size;
    const v = rural[(h * 5) % rural.length];
    h++;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pRows.length + 1;
    // the head is young unless the whole household has no labour; old members are parents
    const headOld = cs[0] === "N";
    const headMale = rnd() < 0.7;
    const headBirth = headOld ? birthBetween(1940, 1955) : birthBetween(1966, 1980);
    const hy = Number(headBirth.slice(0, 4));
    let head = null;
    cs.forEach((c, j) => {
      let rel;
      let birth;
      let male;
      if (j === 0) {
        rel = "户主";
        birth = headBirth;
        male = headMale;
      } else if (j === 1 && (c !== "N" || headOld)) {
        rel = "配偶";
        birth = birthBetween(Math.max(1938, hy - 4), Math.min(1985, hy + 5));
        male = !headMale;
      } else if (c === "N" && !headOld) {
        male = rnd() < 0.5;
        rel = male ? "之父" : "之母";
        birth = birthBetween(Math.max(1930, hy - 32), hy - 22);
      } else {
        male = rnd() < 0.5;
        rel = male ? "之子" : "之女";
        birth = birthBetween(hy + 21, Math.min(2001, hy + 30));
      }
      const id = makeId(REGION, birth, male, c === "E" && wantX ? true : c === "E" ? undefined : false);
      if (c === "E" && wantX) wantX = false;
      let name;
      do name = rel === "配偶" || rel === "之母" ? personName() : personName(sn);
      while (usedNames.has(name));
      usedNames.add(name);
      if (j === 0) head = name;
      let lab;
      let work;
      if (c === "E") {
        lab = LAB[rint(0, 2)][0];
        work = ["县内务工", "未务工（在家务农）", "公益性岗位"][rint(0, 2)];
      } else if (c === "M") {
        lab = LAB[rint(0, 1)][0];
        work = "县外务工";
      } else {
        lab = LAB[rint(3, 4)][0];
        work = "—";
      }
      const p = { id, name, v, labour: c !== "N", migrant: c === "M" ? true : c === "E" ? false : null, code: c };
      persons.push(p);
      pRows.push([pRows.length - 2, j === 0 ? townOf[v] : null, j === 0 ? v : null, j === 0 ? head : null, name, rel, id, lab, work,
        c === "M" ? ["深圳", "东莞", "广州", "惠州"][rint(0, 3)] + "务工" : null]);
    });
    for (const col of ["B", "C", "D"]) mergeCol(pMerges, col, r0, pRows.length);
  }
  const eligible = persons.filter((p) => p.code === "E");
  const migrants = persons.filter((p) => p.code === "M");
  assert(persons.length === 54 && eligible.length === 35 && migrants.length === 9, "c1 roster 54/35/9");
  const xP = eligible.find((p) => p.id.endsWith("X"));
  assert(xP, "c1 an eligible person with X");

  // ---------------- 附3 培训台账 after 分类汇总
  const PLACES = ["源南镇", "埔前镇", "东埔街道", "源西街道", "区电商公共服务中心"];
  const TOPIC = ["电商基础知识普及", "网店开设与运营", "短视频拍摄剪辑", "直播带货实操", "农产品包装与品牌", "社群团购运营", "客家特产电商营销", "电商客服与售后"];
  const dates = ["2020-09-17", "2020-10-15", "2020-11-12", "2020-11-26", "2020-12", "2021-01-14", "2021-03-11", "2021-03-17", "2021-04-08",
    "2021-04-22", "2021-05-13", "2021-05-27", "2021-06-17", "2021-07-08", "2021-07-22", "2021-08-19"];
  const SES = dates.map((d, j) => ({ d, place: PLACES[j % PLACES.length], got: rint(150, 230), topic: TOPIC[j % TOPIC.length] }));
  const RANGE = SES.find((s) => s.d === "2021-03-17");
  RANGE.range = "2021.3.16-17";
  SES.push({ d: "2021-09-09", place: "区电商公共服务中心", got: 176, topic: "跨境电商入门" });
  const preS = SES.filter((s) => s.d <= CUT);
  for (let diff = 3010 - sum(preS.map((s) => s.got)), j = 0; diff !== 0; j = (j + 3) % preS.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (preS[j].got + st >= 140 && preS[j].got + st <= 240) {
      preS[j].got += st;
      diff -= st;
    }
  }
  const ptPre = sum(preS.map((s) => s.got));
  const POP = 376200;
  assert(ptPre === 3010 && ptPre * 1000 >= POP * 8 && (ptPre - 1) * 1000 < POP * 8 && !ratioGE(ptPre, POP, 1), "c1 3,010 = 0.8% exactly");
  assert(Math.min(...preS.map((s) => s.got)) * 1 > 1 && !ratioGE(ptPre + 176, POP, 1), "c1 with September still < 1%");
  preS.forEach((s, j) => (s.no = j + 1));
  SES[SES.length - 1].no = preS.length + 1;
  SES.sort((a, b) => (a.d < b.d ? -1 : 1));
  SES.forEach((s, j) => (s.no = j + 1));
  const textSes = SES.find((s) => s.place === "埔前镇" && s.d > "2021-01-01");
  textSes.text = true;

  // ---------------- 附5 脱贫人员参训签到
  const poolE = shuffle(eligible.filter((p) => p !== xP));
  const trained = [xP].concat(poolE.slice(0, 13));
  const septOnly = poolE[13];
  const spacedP = trained[5];
  const preDates = preS.filter((s) => !s.range && s.d.length === 10).map((s) => s.d);
  const att = [];
  trained.forEach((p, j) => {
    const k = j < 6 ? 2 : 1;
    for (const d of shuffle(preDates).slice(0, k)) att.push({ p, d });
  });
  att.push({ p: septOnly, d: "2021-09-09" });
  att.push({ p: migrants[2], d: preDates[3] });
  att.sort((a, b) => cmp(a.d, b.d));
  const poorBy = countBy(att, (a) => a.d);
  const aRows = [["附5　源城区脱贫人员参加电商培训签到汇总"], ["（按培训日期排列；同一人参加多期分行登记）"], ["序号", "培训日期", "期次", "姓名", "身份证号", "所在村", "签到"]];
  const sesOf = Object.fromEntries(SES.map((s) => [s.d, s]));
  att.forEach((a, j) => {
    let idCell = a.p.id;
    if (a.p === xP) idCell = a.p.id.slice(0, 17) + "x";
    if (a.p === spacedP && j % 2 === 0) idCell = spacedId(a.p.id);
    aRows.push([j + 1, j % 3 === 0 ? D(a.d) : j % 3 === 1 ? dotDate(a.d) : cnDate(a.d), `第${sesOf[a.d].no}期`, a.p.name, idCell, `${a.p.v}委会`, "√"]);
  });
  const eligIds = new Set(eligible.map((p) => p.id));
  const trainedIds = new Set(att.filter((a) => a.d <= CUT && eligIds.has(a.p.id)).map((a) => a.p.id));
  const rowsPre = att.filter((a) => a.d <= CUT && eligIds.has(a.p.id)).length;
  assert(trainedIds.size === 14 && ratioGE(14, 35, 40) && !ratioGE(14, 35, 50) && !ratioGE(13, 35, 40), "c1 14/35 = 40% exactly");
  assert(rowsPre === 20 && ratioGE(rowsPre, 35, 50), "c1 20 rows would be 57% (person-times, wrong)");

  // training sheet rows (分类汇总 by 举办地)
  const tRows = [["附3　源城区农村电商培训情况登记表"], ["（按举办地分类汇总；人次按签到表统计）"],
    ["举办地", "期次", "培训日期", "培训内容", "培训人次", "其中：脱贫人口（人次）", "承办单位"]];
  const tMerges = ["A1:G1", "A2:G2"];
  let grandNum = 0;
  let grandPoor = 0;
  for (const pl of PLACES) {
    const grp = SES.filter((s) => s.place === pl).sort((a, b) => a.no - b.no);
    let subNum = 0;
    let subPoor = 0;
    grp.forEach((s, j) => {
      const dcell = s.range ? s.range : s.d.length === 7 ? "2020年12月" : dateCell(s.d, s.no);
      const pc = poorBy.get(s.d) || 0;
      const got = s.text ? `${s.got}人次` : s.got;
      if (!s.text) subNum += s.got;
      subPoor += pc;
      tRows.push([pl, `第${s.no}期`, dcell, s.topic, got, pc, j % 2 ? "河源市源城区职业培训学校" : "河源市客都电子商务运营有限公司"]);
    });
    tRows.push([`${pl} 汇总`, null, null, null, subNum, subPoor, null]);
    grandNum += subNum;
    grandPoor += subPoor;
  }
  tRows.push(["总计", null, null, null, grandNum, grandPoor, null]);
  assert(grandNum === ptPre + 176 - textSes.got, "c1 the SUBTOTAL rows miss the text cell");

  // ---------------- 附6 入驻企业
  const F = [["河源市客都优选电子商务有限公司", "平台型"], ["源城区万绿湖特产网店", "销售型"], ["河源市源城区客家味道电子商务有限公司", "销售型"],
    ["河源市东江鲜果电子商务有限公司", "销售型"], ["河源市源城区山茶油网络科技有限公司", "销售型"], ["河源市客都电子商务运营有限公司", "电商运营商"],
    ["河源市源城区云聚代运营工作室", "电商运营商"], ["河源市源城区速达物流有限公司", "物流企业"], ["中国邮政集团有限公司河源市源城区分公司电商寄递部", "物流企业"],
    ["河源市源城区星光直播传媒有限公司", "直播机构"], ["河源市源城区禾木品牌设计有限公司", "设计服务"], ["河源市源城区米粉特产商行", "销售型"],
    ["河源市绿源农产品供应链有限公司", "物流企业"], ["河源市源城区乡味电子商务有限公司", "销售型"], ["河源市源城区数联电商服务有限公司", "电商运营商"],
    ["河源市源城区客家娘酒网店", "销售型"], ["河源市源城区优品汇网络科技有限公司", "平台型"], ["河源市源城区冷链云仓储有限公司", "物流企业"]]
    .map(([n, t]) => ({ n, t, code: creditCode(REGION), iso: randIsoBetween("2020-07-01", "2021-07-31"), out: null, note: null }));
  const renamedOf = F[3];
  renamedOf.iso = "2020-09-16";
  const extra = [
    { n: "河源市源城区茶香电子商务有限公司", t: "销售型", code: creditCode(REGION), iso: "2021-08-31", out: null, note: "8月31日签约入驻" },
    { n: "河源市源城区快拼物流有限公司", t: "物流企业", code: creditCode(REGION), iso: "2020-10-20", out: "2021-09-03", note: "9月退园" },
    { n: "河源市源城区农家乐网店", t: "销售型", code: creditCode(REGION), iso: "2020-08-12", out: "2021-06-30", note: "经营不善退园" },
    { n: "河源市源城区跨境易购贸易有限公司", t: "平台型", code: creditCode(REGION), iso: "2021-09-06", out: null, note: "9月入驻" },
    { n: "河源东江鲜果供应链有限公司", t: "销售型", code: renamedOf.code, iso: "2021-05-10", out: null, note: `由“${renamedOf.n}”更名` },
  ];
  const eList = F.slice(0, 9).concat([extra[1]], F.slice(9, 14), [extra[2]], F.slice(14), [extra[0], extra[3], extra[4]]);
  const eRows = [["附6　源城区电子商务产业园入驻企业名单"], ["（园区运营方提供　截至2021年9月10日）"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退园日期", "备注"]];
  eList.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.iso, j + 3), f.out ? dotDate(f.out) : null, f.note]));
  const inPark = eList.filter((f) => f.iso <= CUT && !(f.out && f.out <= CUT));
  const inCodes = new Set(inPark.map((f) => f.code));
  assert(eList.length === 23 && inPark.length === 21 && inCodes.size === 20, "c1 20 distinct firms in the park");
  const inTypes = new Set(inPark.map((f) => f.t));
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => inTypes.has(t)), "c1 four types");

  // ---------------- 附7 资金拨付 (万元, one cell in 元)
  const PAY = [["2020-09-25", "县级电商公共服务中心建设首期款", "河源市客都电子商务运营有限公司", 680000],
    ["2020-11-12", "村级站点建设首期款", "中国邮政集团有限公司河源市源城区分公司", 450000],
    ["2020-12-22", "农村电商培训服务费（第一期）", "河源市源城区职业培训学校", 186400],
    ["2021-01-18", "镇村物流配送体系建设", "河源市源城区速达物流有限公司", 320000],
    ["2021-03-10", "县级电商公共服务中心建设进度款", "河源市客都电子商务运营有限公司", 520000],
    ["2021-04-16", "村级站点建设进度款", "中国邮政集团有限公司河源市源城区分公司", 380000],
    ["2021-05-20", "“源城好物”品牌推广服务", "河源市源城区禾木品牌设计有限公司", 86400],
    ["2021-06-11", "农村电商培训服务费（第二期）", "河源市源城区职业培训学校", 213600],
    ["2021-07-08", "冷链及农产品溯源系统建设", "河源市源城区冷链云仓储有限公司", 265000],
    ["2021-08-09", "电商公共信息服务平台建设", "河源市源城区数联电商服务有限公司", 199000],
    ["2021-08-27", "村级站点运营补贴（第一批）", "各村级电商服务站", 199600],
    ["2021-09-08", "县级电商公共服务中心运营尾款", "河源市客都电子商务运营有限公司", 300000]];
  const fRows = [["附7　源城区省级电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"],
    ["序号", "拨付日期", "项目名称", "收款单位", "本次拨付", "累计拨付", "凭证号", "备注"]];
  let cum = 0;
  PAY.forEach(([iso, what, who, amt], j) => {
    cum += amt;
    const cell = amt === 86400 ? "86,400元" : wan4(amt);
    fRows.push([j + 1, j % 4 === 1 ? dotDate(iso) : D(iso), what, who, cell, wan4(cum), `源财支〔${iso.slice(0, 4)}〕${pad3(rint(10, 300))}号`, amt === 86400 ? "按元登记" : null]);
  });
  fRows.push(["合计", null, null, null, wan4(cum), null, null, null]);
  const fMerges = ["A1:H1", "A2:H2", `A${fRows.length}:D${fRows.length}`];
  const spentPre = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spentPre === 3500000 && ratioGE(spentPre, 5000000, 70) && !ratioGE(spentPre - 86400, 5000000, 70), "c1 exactly 70%; without the 元 cell 68.3%");

  // ---------------- 附8 月报报送
  const rRows = [["附8　源城区向河源市商务局报送工作情况登记表"], ["序号", "报送日期", "报送内容", "报送方式", "是否含电商扶贫统计", "备注"]];
  monthsBetween("2020-08", "2021-09").forEach((m, j) => {
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const d = m === "2021-02" ? "2021-02-09" : `${m}-0${rint(2, 8)}`;
    rRows.push([j + 1, j % 3 === 0 ? D(d) : j % 3 === 1 ? dotDate(d) : cnDate(d), `${cnMonth(prev)}电子商务进农村综合示范工作进展及统计数据`, j % 2 ? "粤政易" : "电子邮件",
      m >= "2020-10" ? "是" : "否", m === "2021-02" ? "春节假期顺延" : null]);
  });
  const repMonths = new Set(monthsBetween("2020-08", "2021-09").map((m) => (m === "2021-02" ? "2021-02" : m)));
  assert(WINDOW.every((w) => repMonths.has(w)), "c1 reports every month");

  // ---------------- 附9 专栏信息 (CMS export)
  const CMS = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    const [y, mo] = m.split("-").map(Number);
    const c0 = `${m}-${String(rint(3, 18)).padStart(2, "0")}`;
    if (m === "2021-01") {
      // created in January, left as a draft, published only on 3 February
      CMS.push({ title: "源城区电子商务进农村综合示范项目建设进度（2020年12月）", col: "电子商务进农村综合示范专栏", created: "2021-01-22", pub: "2021-02-03", st: "已发布" });
      CMS.push({ title: "关于2021年元旦春节期间网络促销活动的通知", col: "通知公告", created: "2021-01-11", pub: "2021-01-12", st: "已发布" });
      continue;
    }
    if (m === "2021-09") {
      CMS.push({ title: "源城区电子商务进农村综合示范项目建设进度（2021年8月）", col: "电子商务进农村综合示范专栏", created: "2021-09-06", pub: null, st: "草稿" });
      continue;
    }
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    CMS.push({ title: `源城区电子商务进农村综合示范项目建设进度（${cnMonth(prev)}）`, col: "电子商务进农村综合示范专栏", created: c0, pub: isoAdd(c0, rint(0, 3)), st: "已发布" });
    if (m === "2020-09") CMS.push({ title: "源城区电子商务进农村综合示范项目基本信息公开", col: "电子商务进农村综合示范专栏", created: "2020-09-21", pub: "2020-09-22", st: "已发布" });
    if (y === 2021 && mo === 5) CMS.push({ title: "源城区电子商务进农村综合示范监督举报渠道", col: "电子商务进农村综合示范专栏", created: "2021-05-06", pub: "2021-05-06", st: "已发布" });
  }
  CMS.sort((a, b) => cmp(b.created, a.created));
  const cRows = [["区政府门户网站信息发布系统　信息列表导出"], ["站点：河源市源城区人民政府门户网站　导出条件：关键词“电子商务”　导出人：电商股"],
    ["信息ID", "标题", "所属栏目", "发布人", "创建时间", "发布时间", "状态"]];
  const amT = () => [rint(8, 11), rint(0, 59), rint(0, 59)].map((x) => String(x).padStart(2, "0")).join(":");
  const pmT = () => [rint(13, 17), rint(0, 59), rint(0, 59)].map((x) => String(x).padStart(2, "0")).join(":");
  CMS.forEach((c, j) => cRows.push([String(20210000 + 937 - j * 7), c.title, c.col, "区商务局", `${c.created} ${amT()}`, c.pub ? `${c.pub} ${pmT()}` : null, c.st]));
  const disM = new Set(CMS.filter((c) => c.col.includes("专栏") && c.st === "已发布" && c.pub <= CUT).map((c) => ym(c.pub)));
  assert(WINDOW.filter((w) => !disM.has(w)).join() === "2021-01", "c1 专栏 misses only January");
  const createdM = new Set(CMS.filter((c) => c.col.includes("专栏") && c.created <= CUT).map((c) => ym(c.created)));
  assert(WINDOW.every((w) => createdM.has(w)), "c1 by 创建时间 every month (the trap)");

  // ---------------- 附10 宣传报道
  const MEDIA = [["2020-11-20", "河源日报", "市级", "报纸", "源城首批村级电商服务站挂牌", "否"],
    ["2021-01-15", "南方日报", "省级", "报纸", "源城：电商服务站开进客家山村", "否"],
    ["2021-04-22", "广东广播电视台《广东新闻联播》", "省级", "电视", "河源源城脱贫户直播卖山茶油", "是"],
    ["2021-06-18", "河源广播电视台《河源新闻》", "市级", "电视", "源城电商进农村见闻", "否"],
    ["2021-09-08", "源城融媒", "区级", "网络", "源城区电商进农村示范创建成果展", "否"],
    ["2021-09-16", "中央广播电视总台CCTV-17《三农群英汇》", "中央级", "电视", "客家山村的直播间", "是"]];
  const mRows = [["附10　源城区电子商务进农村宣传报道登记表"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MEDIA.forEach((x, j) => mRows.push([j + 1, j % 2 ? cnDate(x[0]) : D(x[0]), x[1], x[2], x[3], `《${x[4]}》`, x[5]]));

  // ---------------- 附11 经验材料
  const matRows = [["附11　源城区电子商务进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式", "备注"],
    [1, D("2021-03-30"), "源城区电商进农村工作信息（第3期）", "区委办、区府办", "OA", "政务信息"],
    [2, "2021年8月31日", "源城区“电商＋客家特产”助农增收经验做法", "河源市商务局", "粤政易", null],
    [3, "2021.9.10", "源城区电子商务进农村综合示范创建典型案例", "广东省商务厅", "电子邮件", null]];

  // ---------------- the facts sheet: 现场考评工作方案
  const W = 6;
  const g = [["源城区迎接省电子商务进农村综合示范创建考评现场考评工作方案"], ["（源城区电子商务进农村综合示范工作领导小组办公室　2021年9月6日）"]];
  const gM = ["A1:F1", "A2:F2"];
  const line = (t) => {
    g.push(padRow([t], W));
    gM.push(`A${g.length}:F${g.length}`);
  };
  const sec = (t) => line(t);
  sec("一、考评时间和地点");
  line("2021年9月15日（星期三）上午在区政府三楼会议室听取汇报、查阅资料，下午实地查看。");
  sec("二、考评组");
  line("省商务厅委托的第三方考评机构专家3人，河源市商务局电子商务科1人陪同。");
  sec("三、我区参加人员");
  line("副区长 刘××（领导小组常务副组长，全程陪同）；区商务局、区财政局、区农业农村局、区乡村振兴局、区邮政分公司主要负责同志；区电商公共服务中心、各承建单位负责人。");
  sec("四、行程安排");
  g.push(["时间", "地点", "内容", null, "陪同", "责任单位"]);
  gM.push(`C${g.length}:D${g.length}`);
  const TRIP = [["8:30—9:00", "区电商公共服务中心", "查看中心运营情况（培训室、展示展销厅、摄影美工工作室）", "刘××副区长", "区商务局、中心运营方"],
    ["9:00—11:30", "区政府三楼会议室", "听取汇报（区商务局局长汇报）、查阅台账资料", "刘××副区长", "区商务局"],
    ["14:30—15:20", `${townOf[coveredNP[0]]}${short(coveredNP[0])}村电商服务站`, "实地查看村级站点（含站点视频抽查）", "区商务局局长", townOf[coveredNP[0]]],
    ["15:30—16:20", `${townOf[poorList[0]]}${short(poorList[0])}村电商服务站（省定贫困村）`, "实地查看省定贫困村站点", "区商务局局长", townOf[poorList[0]]],
    ["16:30—17:10", "区电子商务产业园", "查看产业园及入驻企业", "刘××副区长", "园区运营方"],
    ["17:10—17:30", "区电商公共服务中心会议室", "考评组反馈意见", "刘××副区长", "区商务局"]];
  for (const t of TRIP) {
    g.push([t[0], t[1], t[2], null, t[3], t[4]]);
    gM.push(`C${g.length}:D${g.length}`);
  }
  sec("五、汇报要点（数据截至2021年8月31日考评截止日）");
  g.push(["序号", "要点", "内容", null, null, "佐证材料"]);
  gM.push(`C${g.length}:E${g.length}`);
  const POINTS = [
    ["区情", `全区常住人口37.62万人（第七次全国人口普查），户籍人口45.3万人；辖2镇4街道，行政村${admin.length}个、社区居委会${comms.length}个，其中省定贫困村${poor.size}个。`, "附1"],
    ["组织领导", "区政府成立电子商务进农村综合示范工作领导小组，区长任组长、分管副区长任常务副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局等12个部门为成员单位。", "盒1"],
    ["方案和政策", "2020年4月区政府办公室正式印发《源城区电子商务进农村综合示范工作方案》（源府办〔2020〕17号）；2020年7月出台《源城区促进农村电子商务发展扶持办法》。", "盒1"],
    ["公共服务中心", "中心于2021年1月8日开始试运营，经验收后于2021年2月28日正式投入运营；设免费电商培训室（60座、电脑40台）、农特产品免费展示展销区、免费摄影美工工作室，组织“源城好物”区域公用品牌统一推广，并提供代办证照、融资对接等衍生增值服务。", "盒2"],
    ["产业园", "整合原客家文化创意园建成区电子商务产业园（入驻企业见附6）。", "附6"],
    ["农产品上行", "引入专业第三方电商运营服务商（河源市客都电子商务运营有限公司）；全区行政村快递服务全部通达；2019年、2020年全区农村网络零售额分别为12.46亿元、15.38亿元，同比增长23.4%；农产品网络零售额分别为1.82亿元、2.41亿元，同比增长32.4%。", "盒3"],
    ["人才培训", `累计开展电商培训${fmtInt(ptPre)}人次；有劳动能力的建档立卡脱贫人口（不含外出务工）${eligible.length}人，已参加培训14人。`, "附3、附4、附5"],
    ["信息公开", "在区政府门户网站设立“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息和建设进度，设监督举报窗口（信箱、电话）。", "附9"],
    ["数据报送", "每月向河源市商务局报送工作进展，月报附电商扶贫统计表。", "附8"],
    ["资金管理", `省级专项资金500万元，截至8月31日累计拨付${wan(spentPre)}万元，支出率70.0%；制定《源城区电子商务进农村综合示范专项资金管理办法》，各承建单位建立资金专用台账；项目总体进度85%。`, "附7"],
    ["底线要求", "创建期间未发生安全生产、质量事故，未造成重大经济损失和社会不良影响，无弄虚作假。", "—"],
  ];
  POINTS.forEach((p, j) => {
    g.push([j + 1, p[0], p[1], null, null, p[2]]);
    gM.push(`C${g.length}:E${g.length}`);
  });
  sec("六、拟自评得分");
  g.push(["序号", "评价指标", "分值", "拟自评分", "说明", null]);
  gM.push(`E${g.length}:F${g.length}`);
  const CL = [["组织领导", 2, 2, null], ["方案制定", 2, 2, null], ["政策支持", 2, 2, null], ["项目管理", 4, 3, "工作台账1分"],
    ["服务体系建设（县级中心及产业园）", 15, 15, null], ["服务体系建设（村级站点）", 10, 10, "贫困村全覆盖"], ["农村产品上行", 10, 9, null],
    ["电商人才培训", 20, 18, null], ["信息公开", 4, 4, null], ["数据上报", 6, 6, null], ["案例总结", 2, 2, null], ["经验推广", 8, 8, "含中央台报道"],
    ["制度建立", 5, 4, null], ["资金台账", 5, 4, null], ["资金支出", 5, 3, null], ["加分项：贫困人口培训率≥70%", 2, 0, null], ["加分项：电商扶贫典型案例电视播报", 2, 2, "CCTV-17"]];
  CL.forEach((c, j) => {
    g.push([j + 1, c[0], c[1], c[2], c[3], null]);
    gM.push(`E${g.length}:F${g.length}`);
  });
  g.push(["合计", null, 100, `${sum(CL.slice(0, 15).map((c) => c[2]))}＋${sum(CL.slice(15).map((c) => c[2]))}`, null, null]);
  gM.push(`A${g.length}:B${g.length}`, `E${g.length}:F${g.length}`);
  g.push(padRow([], W));
  g.push(["主观评分项", "方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研"]);
  g.push(["拟自评（分）", 2, 2, 2, 1, 2]);
  g.push(["主观评分项", "网络促销活动", "交易标准与冷链溯源", "资金管理制度", "资金台账", "资金及时拨付"]);
  g.push(["拟自评（分）", 2, 1, 4, 4, 3]);
  sec("七、工作分工");
  g.push(["序号", "工作任务", "责任单位", null, "完成时限", null]);
  gM.push(`C${g.length}:D${g.length}`, `E${g.length}:F${g.length}`);
  const DUTY = [["汇报材料、PPT定稿", "区商务局", "9月13日前"], ["台账资料按附1—附11装盒", "区商务局、各承建单位", "9月12日前"],
    ["站点环境整治、站长到岗", "各镇（街道）", "9月14日前"], ["中心、产业园现场准备", "中心运营方、园区运营方", "9月14日前"], ["车辆、会场保障", "区政府办", "9月15日"]];
  DUTY.forEach((d, j) => {
    g.push([j + 1, d[0], d[1], null, d[2], null]);
    gM.push(`C${g.length}:D${g.length}`, `E${g.length}:F${g.length}`);
  });
  sec("八、有关要求：各单位要高度重视，按分工抓好落实，确保考评工作顺利进行。");
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = CL[j][2]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 2;
  assert(sum(CL.slice(0, 15).map((c) => c[2])) === 92, "c1 claimed 92");

  // ---------------- points
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 1, "c1 total " + scored);
  assert(excelSerial("2021-02-28") === excelSerial(isoAdd(CUT, -184)) && "2021-02-28" <= "2021-02-28", "c1 six months");
  assert(pct1(241 - 182, 182) === "32.4%" && pct1(1538 - 1246, 1246) === "23.4%" && 59 * 10 >= 182 * 3, "c1 growth");
  const derivation = [
    "org.leadership: 工作方案“五、汇报要点”第2条：区长任组长，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2（“三、我区参加人员”和行程表里陪同的是副区长，只是常务副组长）",
    "org.plan: “六、拟自评得分”下的主观评分项条：方案制定2 → 2",
    "org.policy: 政策支持2 → 2",
    "org.management: 项目管理制度2、工作台账1 → 3",
    `work.center: 中心2021年2月28日正式投入运营（1月8日是试运营）≤ 截止日 → 2；正好在2021-02-28或以前，运行满6个月 → 2；免费培训2、免费展示销售1、免费摄影美工1、品牌统一推广1、衍生增值服务1；产业园已建成 → 2；附6入驻企业23行：“${extra[2].n}”6月30日退园、“${extra[3].n}”9月6日入驻不算，“${extra[4].n}”是更名后再登记、信用代码与“${renamedOf.n}”相同只算一家，“${extra[0].n}”8月31日入驻算、“${extra[1].n}”9月3日才退园算 → 在园20家 → 2；类型有平台型、销售型、电商运营商、物流企业 → 1；合计15`,
    `work.coverage: 附1村委会40个（居委会31个不算），以40为基数；附2按“挂牌运营日期”（不是验收合格日期）：截止日前有站的行政村28个（“${monthOnlyV}”只写“2021年7月”算、“${cutDayV}”8月31日挂牌算、“${twoV}”第二个服务点不重复算、社区服务点不算、“${pendingV}”已验收待挂牌不算）→ 28/40 = 70.0% → 5；省定贫困村5个，“${poor5}”8月25日验收、9月3日才挂牌不算 → 4/5 = 80% → 3；合计8（自评10）`,
    "work.upward: 网销调研2、网络促销2；有第三方运营服务商 → 1；附1“快递到村情况”40个村委会都写快递进村或邮政代投到村 → 1；交易标准与冷链溯源1；农村网络零售额增长23.4%不到30%，但农产品网络零售额1.82亿→2.41亿元增长32.4% ≥ 30% → 2；合计9",
    `work.training: 附3是“分类汇总”后的表：“××镇 汇总”和“总计”行不是班次；截止日前16期共${fmtInt(ptPre)}人次（“${textSes.got}人次”是文本，汇总行没算进去，要按班次加；第${RANGE.no}期“2021.3.16-17”读3月17日；一期只写“2020年12月”），9月9日一期176人次不算；常住人口37.62万人 → ${fmtInt(ptPre)}/376,200 = 0.80% → 8（少算一期就不到0.8% → 6）；附4有劳动能力（普通、技能、弱劳动力）且不是县外务工的35人；附5签到20行是14个人（6人参加了两期），另一人只参加9月那期、一名县外务工人员不算，一人身份证号末位小写x、一人身份证号带空格 → 14/35 = 40.0% → 8（按人次20/35会误得10）；合计16（自评18）`,
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；附9信息列表只算栏目为专栏、状态“已发布”的，按“发布时间”：2021年1月22日创建的那条2月3日才发布（按创建时间会误以为1月有更新），1月另一条是“通知公告”栏目的；9月那条草稿没有发布时间 → 2020年9月至2021年8月缺1月 → 不定时 → 1；合计3（自评4）",
    "info.reporting: 附8每月都有报送（2021年2月9日那次在2月） → 3；月报含电商扶贫统计 → 3；合计6",
    "promo.cases: 附11 2021年8月31日向河源市商务局报送经验材料 → 2（3月30日报区委办、区府办的是政务信息，9月10日报省厅在截止日后）",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级）→ 4；河源日报、河源广播电视台（市级）→ 3；源城融媒（区级）9月8日、CCTV-17 9月16日都在截止日后 → 7（自评8）",
    "fund.system: 资金管理制度4 → 4",
    "fund.ledger: 资金台账4 → 4",
    `fund.spending: 附7单位万元，“86,400元”一格按元读（8.64万元）；截止日前11笔共${fmtMoney(spentPre)}元 ÷ 5,000,000 = 70.0% ≥ 70%（不读那格就是68.3%，倒扣5）；9月8日30万元不算；“累计拨付”列和合计行不是拨付 → 资金及时拨付自评3 → 3`,
    "bonus.poorTraining: 14/35 = 40% < 70% → 0",
    "bonus.tvCase: 截止日前电商扶贫典型案例在广东广播电视台（省级电视）播出 → 1；CCTV-17那次9月16日在截止日后（自评2）",
    "veto.incident: 汇报要点第11条：未发生安全生产、质量事故或重大损失 → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 无弄虚作假 → 不否决",
  ];
  return {
    description:
      `河源市源城区商务局整本考评工作簿（12个表：现场考评工作方案、附1—附11），86分＋加分1＝87分，未否决（方案里拟自评92＋2）。事实表是领导小组办公室的《迎接省考评组现场考评工作方案》：考评时间地点、考评组、我方参加人员（陪同的是副区长）、行程安排表（钟点、站点、陪同），“五、汇报要点（数据截至2021年8月31日）”是 序号|要点|内容|佐证材料 的句子（区长任组长；中心1月8日试运营、2月28日正式运营；户籍人口45.3万不读），“六、拟自评得分”是claimed，下面两条“主观评分项／拟自评（分）”横排，再是工作分工（完成时限不是日期事实）。台账：村居名单（快递栏写“快递进村（设代收点）”“邮政代投到村”之类）、站点台账（“建设情况”合并在 验收合格日期|挂牌运营日期 之上，按挂牌算，一个贫困村8月验收9月挂牌，一站“2021年7月”，一站8月31日，28/40正好70%）、培训台账是Excel“分类汇总”后的表（“××镇 汇总”“总计”行，一格“${textSes.got}人次”文本使汇总行漏算，截止日前正好3,010人次＝0.8%）、脱贫人口表、脱贫人员参训签到（20行14人，14/35正好40%）、入驻企业（正好20家：8月31日入驻、9月3日退园、更名同码）、资金拨付台账（万元，一格“86,400元”，正好70%）、月报登记、区政府网站信息发布系统导出（按发布时间不按创建时间：1月创建的一条2月才发布，“通知公告”栏目和草稿不算，2021年1月无更新）、宣传报道（省级电视典型案例，CCTV-17和区级在9月）、经验材料。`,
    sheets: [
      { name: "现场考评工作方案", rows: g, merges: gM },
      { name: "附1村居名单", rows: vRows, merges: vMerges },
      { name: "附2站点台账", rows: sRows, merges: sMerges },
      { name: "附3培训台账", rows: tRows, merges: tMerges },
      { name: "附4脱贫人口", rows: pRows, merges: pMerges },
      { name: "附5脱贫人员参训签到", rows: aRows, merges: ["A1:G1", "A2:G2"] },
      { name: "附6入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "附7资金拨付", rows: fRows, merges: fMerges },
      { name: "附8月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "附9专栏信息", rows: cRows, merges: ["A1:G1", "A2:G2"] },
      { name: "附10宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "附11经验材料", rows: matRows, merges: ["A1:F1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 中山市: towns as columns, 全市合计 at the far right
// =====================================================================================================
function buildF1() {
  const TOWNS = ["石岐街道", "东区街道", "西区街道", "南区街道", "五桂山街道", "火炬开发区", "小榄镇", "古镇镇", "横栏镇", "港口镇", "沙溪镇", "大涌镇",
    "黄圃镇", "南头镇", "东凤镇", "阜沙镇", "三角镇", "民众街道", "南朗街道", "三乡镇", "坦洲镇", "板芙镇", "神湾镇"];
  const N = TOWNS.length;
  const URBAN = new Set(["石岐街道", "东区街道", "西区街道", "南区街道"]);
  // split an integer total into N parts with weights
  const split = (total, weights) => {
    const ws = sum(weights);
    const parts = weights.map((w) => Math.floor((total * w) / ws));
    let rest = total - sum(parts);
    for (let j = 0; rest > 0; j = (j + 1) % N) if (weights[j] > 0) {
      parts[j]++;
      rest--;
    }
    return parts;
  };
  const popW = TOWNS.map(() => rint(8, 30));
  const pop = split(44181, popW); // units of 100 persons (0.01万)
  const hj = split(20164, popW.map((w) => w + rint(-3, 3)));
  const vil = TOWNS.map((t) => (URBAN.has(t) ? 0 : rint(3, 11)));
  const com = TOWNS.map((t) => (URBAN.has(t) ? rint(14, 24) : rint(2, 9)));
  const sta = vil.map((v) => (v ? v - rint(0, Math.min(2, v - 1)) : 0));
  const train = split(7486, popW);
  const elig = split(286, vil.map((v) => v));
  const trn = elig.map((e) => Math.floor(e * (0.45 + rnd() * 0.2)));
  const r19 = split(6418, popW.map((w, j) => (URBAN.has(TOWNS[j]) ? 0 : w))); // units of 0.01亿
  const r20 = r19.map((x) => x + Math.round(x * (0.14 + rnd() * 0.12)));
  const tot = (a) => sum(a);
  const V = tot(vil);
  const RT = tot(trn);
  assert(tot(pop) === 44181 && tot(train) === 7486 && tot(elig) === 286 && tot(r19) === 6418, "f1 totals");
  const dec2 = (u) => (u / 100).toFixed(2);
  const rowsData = [
    ["常住人口", "万人", pop.map((u) => Number(dec2(u))), Number(dec2(tot(pop))), "第七次全国人口普查"],
    ["户籍人口", "万人", hj.map((u) => Number(dec2(u))), Number(dec2(tot(hj))), "市公安局，2020年末"],
    ["行政村", "个", vil.map((v) => (v ? v : "—")), V, "村民委员会"],
    ["社区居委会", "个", com, tot(com), null],
    ["省定贫困村", "个", TOWNS.map(() => "—"), 0, "珠三角地区无省定贫困村"],
    ["村级电商服务站点", "个", sta.map((v) => (v ? v : "—")), tot(sta), "截至8月31日已挂牌"],
    ["行政村快递服务覆盖率", "%", vil.map((v) => (v ? 100 : "—")), 100, "市邮政管理局"],
    ["电商培训人次", "人次", train.map((v, j) => (j % 5 === 2 ? fmtInt(v) : v)), fmtInt(tot(train)), "截至8月31日"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", elig.map((v) => (v ? v : "—")), tot(elig), "市乡村振兴局核定"],
    ["参加培训的建档立卡贫困人口", "人", trn.map((v, j) => (elig[j] ? v : "—")), RT, "按身份证号去重"],
    ["2019年农村网络零售额", "亿元", r19.map((u) => (u ? Number(dec2(u)) : "—")), Number(dec2(tot(r19))), "省商务厅监测数据"],
    ["2020年农村网络零售额", "亿元", r20.map((u) => (u ? Number(dec2(u)) : "—")), Number(dec2(tot(r20))), "省商务厅监测数据"],
  ];
  const WID = 3 + N + 2;
  const rows = [padRow(["中山市电子商务进农村综合示范创建考评基础数据（分镇街）"], 3 + N + 2), padRow(["填报单位：中山市商务局　　　　数据截至：2021年8月31日（考评截止日）　　　　填报日期：2021年9月7日"], 3 + N + 2),
    padRow(["序号", "指标", "单位", "各镇（街道）"], WID), padRow([null, null, null].concat(TOWNS), WID)];
  rows[2][3 + N] = "全市合计";
  rows[2][4 + N] = "备注";
  const lastTown = colName(2 + N);
  const totCol = colName(3 + N);
  const noteCol = colName(4 + N);
  const merges = [`A1:${noteCol}1`, `A2:${noteCol}2`, "A3:A4", "B3:B4", "C3:C4", `D3:${lastTown}3`, `${totCol}3:${totCol}4`, `${noteCol}3:${noteCol}4`];
  rows.push(padRow(["一、分镇街数据"], WID));
  merges.push(`A${rows.length}:${noteCol}${rows.length}`);
  rowsData.forEach(([label, unit, vals, total, note], j) => {
    rows.push([j + 1, label, unit].concat(vals, [total, note]));
  });
  rows.push(padRow([], WID));
  rows.push(padRow(["二、全市统筹事项（不分镇街）"], WID));
  merges.push(`A${rows.length}:${noteCol}${rows.length}`);
  const PAIRS = [
    ["领导小组组长", "市委副书记、市长", "领导小组成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局、中山邮政"],
    ["示范工作方案", "已印发（中府办〔2020〕12号）", "扶持农村电商政策", "已出台（《中山市促进农村电子商务发展若干措施》）"],
    ["市电商公共服务中心投入运营", "2020年10月28日", "中心免费培训场所、设备", "有"],
    ["中心免费展示、销售特色农产品", "有", "中心免费摄影、美工服务", "有"],
    ["中心组织农产品统一推广、品牌建设", "有（“香山之品”）", "中心其他衍生增值服务", "无"],
    ["电商产业园", "已整合（火炬开发区电商产业园）", "专业第三方电商运营服务商", "有"],
    ["2019年农产品网络零售额", "8.36亿元", "2020年农产品网络零售额", "11.02亿元（同比增长31.8%）"],
    ["专栏公示创建方案", "是", "专栏公示项目基本信息", "是"],
    ["专栏公示项目建设进度", "是", "专栏征求意见或监督举报窗口", "是（市长信箱链接）"],
    ["能统计电商扶贫情况", "能", "下达省级专项资金", "500万元"],
    ["截至8月31日累计拨付", "4,087,350元", "项目总体进度", "91%"],
    ["资金管理制度", "已制定", "资金专用台账", "已建立"],
    ["安全生产、质量事故或重大损失", "未发生", "弄虚作假", "无"],
  ];
  const c1 = colName(2);
  const c2 = colName(12);
  const c3 = colName(13);
  const c4 = colName(16);
  const c5 = colName(17);
  for (const [l1, v1, l2, v2] of PAIRS) {
    const r = padRow([], WID);
    r[1] = l1;
    r[2] = v1;
    r[13] = l2;
    r[17] = v2;
    rows.push(r);
    const n = rows.length;
    merges.push(`${c1}${n}:${c2}${n}`, `${c3}${n}:${c4}${n}`, `${c5}${n}:${noteCol}${n}`);
  }
  rows.push(padRow([], WID));
  rows.push(padRow(["三、主观评分项自评（分）"], WID));
  merges.push(`A${rows.length}:${noteCol}${rows.length}`);
  const JUD = [["方案制定", 2], ["政策支持", 2], ["项目管理制度", 2], ["工作台账", 2], ["网销调研", 2], ["网络促销活动", 2], ["交易标准与冷链溯源", 1],
    ["资金管理制度", 5], ["资金台账", 4], ["资金及时拨付", 4]];
  rows.push(padRow([null, "评分项"].concat(JUD.map((x) => x[0])), WID));
  rows.push(padRow([null, "自评分"].concat(JUD.map((x) => x[1])), WID));
  rows.push(padRow([], WID));
  rows.push(padRow(["填表人：梁××　　审核：市商务局副局长 何××　　联系电话：0760-8xxxxxxx"], WID));
  merges.push(`A${rows.length}:${noteCol}${rows.length}`);
  assert(pct1(1102 - 836, 836) === "31.8%", "f1 agri growth");
  assert(rows.every((r) => r.length === WID), "f1 widths");
  return {
    description:
      `中山市商务局的《考评基础数据（分镇街）》：一、分镇街数据是统计式的宽表——序号｜指标｜单位，然后23个镇街各占一列（两行表头，“各镇（街道）”合并在镇街名上面），“全市合计”在最右边（备注之前），一个认真的审核人只读“全市合计”列（常住人口441.81万人、行政村${V}个、培训7,486人次、有劳动能力不含外出务工的贫困人口286人、参训${RT}人、2019/2020年农村网络零售额）；镇街格里有“—”（石岐等四个街道没有行政村）、带千分位的文本数；户籍人口、社区居委会、站点数不是输入，省定贫困村各镇“—”、合计0（备注：珠三角无省定贫困村）。二、全市统筹事项每行两对“标签｜值”（合并格）：市长任组长，四部门齐全；中心2020年10月28日运营，其他增值服务“无”；农产品网零两年和增速；拨付写“4,087,350元”；三、主观评分项横排两行。`,
    sheets: [{ name: "分镇街数据", rows, merges }],
    expect: {
      facts: {
        county: "中山市", asOf: "2021-08-31", residentPopulation: tot(pop) * 100, adminVillagesStated: V, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: tot(r19) * 1000000, ruralRetail2020: tot(r20) * 1000000, agriRetail2019: 836000000, agriRetail2020: 1102000000,
        agriRetailGrowthStated: 0.318, trainingPersonTimesStated: 7486, eligiblePoorPersonsStated: 286, trainedPoorPersonsStated: RT,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4087350, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 佛山禅城区: six departments' 数据确认单 as a 2×3 grid of mini-forms
// =====================================================================================================
function buildF2() {
  const BW = 5; // block width
  const blk = () => [];
  const B1 = blk();
  B1.push(["数据确认单（一）"], ["提供单位：佛山市禅城区统计局"], ["数据项", "数值", "单位", "口径说明", "时点"],
    ["常住人口", 126.41, "万人", "第七次全国人口普查", "2020.11.1"], ["户籍人口", 76.92, "万人", "公安户籍人口", "2020年末"],
    ["农村网络零售额", 31.26, "亿元", "省商务厅监测口径", "2019年"], ["农村网络零售额", 38.74, "亿元", "省商务厅监测口径", "2020年"],
    ["农村网络零售额同比增速", 23.9, "%", "按上两行计算", "2020年"], ["农产品网络零售额", 2.13, "亿元", "省商务厅监测口径", "2019年"],
    ["农产品网络零售额", 2.71, "亿元", "省商务厅监测口径", "2020年"], ["农产品网络零售额同比增速", 27.2, "%", "按上两行计算", "2020年"],
    ["确认人：黄××　　确认日期：2021年9月2日（盖章）"]);
  const B2 = blk();
  B2.push(["数据确认单（二）"], ["提供单位：佛山市禅城区农业农村局（区乡村振兴局）"],
    ["经核，全区共有行政村（村民委员会）16个，均在南庄镇，无省定贫困村。"],
    ["截至2021年8月31日，我区有劳动能力的脱贫人口（含监测对象）186人，其中外出务工52人，在家及区内务工134人。"],
    ["在家及区内务工的134人中，已参加电商培训的71人（按身份证号去重，参训人次共118人次）。"],
    ["以上数据由区乡村振兴信息平台导出核对。"], ["确认人：陈××　　确认日期：2021年9月3日（盖章）"]);
  const B3 = blk();
  B3.push(["数据确认单（三）"], ["提供单位：佛山市禅城区财政局"], ["项目", "金额（大写）", null, "金额（小写）", null],
    ["下达省级专项资金", `人民币${daxie(5000000)}`, null, "¥5,000,000.00", null],
    ["截至2021年8月31日累计拨付", `人民币${daxie(3846200)}`, null, "¥3,846,200.00", null],
    ["截至确认日（9月3日）累计拨付", `人民币${daxie(4046200)}`, null, "¥4,046,200.00", null],
    ["资金管理：区经科局会同区财政局制定了《禅城区省级电子商务进农村综合示范专项资金管理办法》，各承建单位已建立资金专用台账。"],
    ["确认人：李××　　确认日期：2021年9月3日（盖章）"]);
  const B4 = blk();
  B4.push(["数据确认单（四）"], ["提供单位：佛山市禅城区邮政管理局"], ["全区建制村（行政村）快递服务通达情况："],
    ["16个建制村均已实现快递服务进村，行政村快递服务覆盖率100%。"], ["确认人：吴××　　确认日期：2021年9月1日（盖章）"]);
  const B5 = blk();
  B5.push(["数据确认单（五）"], ["提供单位：佛山市禅城区政务服务数据管理局"], ["区政府门户网站“电子商务进农村综合示范”专栏公示内容：", null, null, null, null],
    ["公示内容", null, null, "是否公示", "备注"], ["示范创建方案", null, null, "✓", null], ["项目基本信息", null, null, "✓", null],
    ["项目建设进度", null, null, "✓", "按月更新"], ["征求意见或监督举报窗口", null, null, "✗", "网站改版中，拟9月底前上线"],
    ["确认人：梁××　　确认日期：2021年9月2日"]);
  const B6 = blk();
  B6.push(["数据确认单（六）"], ["填报单位：佛山市禅城区经济和科技促进局（商务）电商股"], ["事项", null, "情况", null, null],
    ["考评截止日期", null, "2021年8月31日", null, null], ["领导小组组长", null, "区委副书记、区长", null, null],
    ["成员单位", null, "区经科局（商务）、区财政局、区农业农村局（区乡村振兴局）、区交通运输局、区市场监管局、区邮政管理局", null, null],
    ["示范工作方案", null, "已印发（禅府办〔2020〕9号）", null, null], ["扶持农村电商发展政策", null, "已出台", null, null],
    ["公共服务中心投入运营", null, "2020年12月18日", null, null], ["免费培训场所、设备", null, "✓", null, null], ["免费展示、销售特色农产品", null, "✓", null, null],
    ["免费摄影、美工", null, "✗（按成本价收费）", null, null], ["农产品统一推广、品牌建设", null, "✓", null, null], ["其他衍生增值服务", null, "✓（代办证照、融资对接）", null, null],
    ["电商产业园", null, "已整合", null, null], ["专业第三方运营服务商", null, "有", null, null], ["电商培训人次", null, "6,428人次", null, null],
    ["能统计电商扶贫情况", null, "能", null, null], ["项目总体进度", null, "88%", null, null], ["安全生产、质量事故或重大损失", null, "无", null, null],
    ["弄虚作假", null, "无", null, null], ["主观评分项自评", null, null, null, null], ["方案制定", 2, "网销调研", 1, null], ["政策支持", 2, "网络促销活动", 2, null],
    ["项目管理制度", 2, "交易标准与冷链溯源", 1, null], ["工作台账", 2, "资金管理制度", 4, null], ["资金台账", 4, "资金及时拨付", 4, null],
    ["填表人：冯××　　日期：2021年9月6日"]);
  const rows = [["佛山市禅城区电子商务进农村综合示范考评基础数据确认单（汇总）"], ["（各提供单位确认单按原样录入；左右两栏，自上而下为（一）至（六））"]];
  const merges = ["A1:K1", "A2:K2"];
  const place = (L, R) => {
    const r0 = rows.length + 1;
    const h = Math.max(L.length, R.length);
    for (let k = 0; k < h; k++) {
      const left = padRow((L[k] || []).slice(), BW);
      const right = padRow((R[k] || []).slice(), BW);
      rows.push(left.concat([null], right));
    }
    // merges inside each block: single-cell text rows span the block; the (三) money cells span two columns
    const blockMerges = (B, c0) => {
      B.forEach((r, k) => {
        const rr = r0 + k;
        const cA = colName(c0);
        const cE = colName(c0 + BW - 1);
        if (r.length === 1) merges.push(`${cA}${rr}:${cE}${rr}`);
        else if (B === B3 && k >= 2 && k <= 5) merges.push(`${colName(c0 + 1)}${rr}:${colName(c0 + 2)}${rr}`, `${colName(c0 + 3)}${rr}:${colName(c0 + 4)}${rr}`);
        else if (B === B5 && k >= 3 && k <= 7) merges.push(`${cA}${rr}:${colName(c0 + 2)}${rr}`);
        else if (B === B5 && k === 2) merges.push(`${cA}${rr}:${cE}${rr}`);
        else if (B === B6 && k === 21) merges.push(`${cA}${rr}:${cE}${rr}`);
        else if (B === B6 && k >= 2 && k <= 20) merges.push(`${cA}${rr}:${colName(c0 + 1)}${rr}`, `${colName(c0 + 2)}${rr}:${cE}${rr}`);
      });
    };
    blockMerges(L, 0);
    blockMerges(R, BW + 1);
    rows.push(padRow([], 2 * BW + 1));
  };
  place(B1, B2);
  place(B3, B4);
  place(B5, B6);
  rows.pop();
  assert(pct1(3874 - 3126, 3126) === "23.9%" && pct1(271 - 213, 213) === "27.2%", "f2 growth as stated");
  assert(daxie(3846200) === "叁佰捌拾肆万陆仟贰佰元整", "f2 daxie " + daxie(3846200));
  return {
    description:
      "佛山市禅城区经济和科技促进局（商务）把六个单位盖章的《数据确认单》按原样录进一张表：左右两栏、上下三排，每单一块、各有各的版式——（一）区统计局是 数据项｜数值｜单位｜口径说明｜时点 小表（常住人口126.41万人；户籍人口76.92万不读；零售额和增速按年份在“时点”列区分）；（二）区农业农村局（区乡村振兴局）是句子（行政村16个、无省定贫困村；有劳动能力186人中外出务工52人、在家及区内务工134人，参训71人，118人次不读）；（三）区财政局大写｜小写两栏合并格，截至8月31日累计拨付¥3,846,200.00，“截至确认日（9月3日）”那行不读，另一句说资金管理办法已制定、专用台账已建立；（四）邮政管理局一句话快递覆盖100%；（五）政数局专栏四项✓/✗（监督举报窗口✗）；（六）电商股自填：截止日期、区长任组长、成员单位（区农业农村局加挂乡村振兴局牌子）、中心2020年12月18日运营、摄影美工“✗（按成本价收费）”、主观评分项两对两对排。各单的确认日期不是截止日期。",
    sheets: [{ name: "确认单汇总", rows, merges }],
    expect: {
      facts: {
        county: "禅城区", asOf: "2021-08-31", residentPopulation: 1264100, adminVillagesStated: 16, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3126000000, ruralRetail2020: 3874000000, ruralRetailGrowthStated: 0.239,
        agriRetail2019: 213000000, agriRetail2020: 271000000, agriRetailGrowthStated: 0.272,
        trainingPersonTimesStated: 6428, eligiblePoorPersonsStated: 134, trainedPoorPersonsStated: 71,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3846200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头金平区: the official indicator table with 完成情况 and 扣分 | 扣分原因 (no 自评得分 column)
// =====================================================================================================
function buildF3() {
  const vert = (s) => s.split("").join("\n");
  // [工作任务 group, 指标名, 权重, 指标解释, 评分标准, 评价方式, 完成情况, 扣分, 扣分原因, id]
  const G1 = "加强组织\n领导与统\n筹协调（10\n分）";
  const G2 = "深入推动\n电子商务\n进农村工\n作（55分）";
  const G3 = "加强信息\n公开及报\n送（10分）";
  const G4 = "加强宣传\n推广\n（10分）";
  const G5 = "加强财政\n资金管理\n（15分）";
  const R = [
    [G1, "组织领导", 2, "建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制",
      "由县（市、区）政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；\n由县（市、区）政府分管领导牵头（1分）；\n其他情况不得分。",
      "成立工作领导小组或协调机构的文件、相关工作会议纪要、图片",
      "区政府成立以区长为组长、分管副区长为副组长的领导小组，成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局等（汕金府办〔2020〕5号）。", null, null, "org.leadership"],
    [G1, "方案制定", 2, "制定科学严谨的示范创建工作方案", "工作方案因地制宜,可操作性较强（1-2分）", "正式印发的示范县工作方案",
      "2020年3月区政府办公室正式印发《金平区电子商务进农村综合示范工作方案》。", null, null, "org.plan"],
    [G1, "政策支持", 2, "在资金、土地、人才等方面出台政策，支持农村电商发展", "出台相关政策，且得到较好落实（1-2分）", "出台的支持文件及其他证明材料等",
      "2020年6月出台《金平区支持农村电子商务发展若干措施》，场租减免、人才补贴已兑现。", null, null, "org.policy"],
    [G1, "项目管理", 4, "制定项目管理制度，建立工作台帐，明确工作目标、工作进度、工作任务，建设、验收等环节严格执行相关制度规定。",
      "建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）；\n建立完整工作台账，详细记录项目建设情况（1-2分）。", "项目管理制度文件、工作台账等",
      "制定《金平区电子商务进农村综合示范项目管理办法》，建设、验收按办法执行；工作台账已建立。", 1, "部分项目进度记录不够详细，工作台账扣1分（管理制度不扣）", "org.management"],
    [G2, "服务体系建设", 25, "建设县级电子商务公共服务中心。对各类主体提供技术支持、培训孵化、产品对接、品牌建设、网络推广及其他衍生增值服务。建设或整合、优化当地电商产业园，形成产业集聚效应。",
      "建成县级电子商务公共服务中心（2分）；\n建成后已正常运行6个月（截至2021年8月31日）以上（2分）；\n有免费培训场所、培训设备，能组织电商基础培训（2分）；\n为特色农产品提供免费展示、销售服务（1分）；\n为电子商务市场主体提供免费摄影、美工服务（1分）；\n组织农产品统一推广、指导特色农产品品牌建设（1分）；\n为电子商务发展提供其他衍生增值服务（1分）；\n建设或整合、优化当地电商产业园（2分)；\n电商产业园企业入驻数量达20家及以上(2分)；\n电商产业园入驻企业含平台型电商企业、销售型企业、电商运营商或物流企业等至少三种以上类型(1分)。",
      "1、现场查看县级电子商务公共服务中心运营情况。\n2、现场查看电商产业园运营情况，入驻企业清单。",
      "区电子商务公共服务中心2020年11月26日正式投入运营；设免费培训室（电脑50台），设特色农产品免费展示销售专区，免费提供摄影、美工服务；统一推广“金平好物”并指导品牌建设；提供代办证照、融资对接等衍生增值服务。整合建成金平区电商产业园，入驻企业22家，含平台型、销售型、电商运营商、物流企业。",
      null, null, "work.center"],
    [G2, null, null, "辖区内行政村建设村级电子商务服务站点要达到70%以上（行政村个数在200个及以上的，以200个为基数计算），其中省定贫困村实现全覆盖；各站点根据实际开展电商宣传、代购代销、代存代缴、小额信贷等电商服务。",
      "行政村覆盖率70%及以上（5分）,50%-70%（不含）（2分），50%以下不得分；\n贫困村覆盖率100%（5分）,80%-100%（不含）（3分），80%以下不得分。",
      "辖区内行政村清单、省定贫困村清单、村级电商服务站点清单（含名称、地址及联系人电话等）、村级电商服务站点视频。",
      "全区行政村22个，已建成村级电商服务站点覆盖17个村，覆盖率77.3%；本区无省定贫困村。", null, null, "work.coverage"],
    [G2, "农村产品上行", 10, "1、对辖区内农村产品的生产和电商销售情况进行全面摸底……\n2、联合农业、工商、科教、金融等行业主管部门……\n3、整合现有物流资源……物流快递企业的行政村覆盖率达到100%……\n4、探索农产品电子商务交易标准化问题……",
      "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）；\n开展农村产品网络促销活动成效明显（1-2分）；\n当地有专业第三方电子商务运营或服务商（1分）；\n行政村物流快递覆盖率100%（1分）；\n有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）；\n2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）。",
      "1、辖区内农产品及电商销售情况档案或调研报告……\n5、查看第三方权威统计数据（省级商务主管部门提供）。",
      "完成全区农产品网销调研并形成报告报市商务局；开展“金平好物节”等网络促销活动；引入汕头市金商电子商务有限公司作为专业第三方运营服务商；行政村快递服务覆盖率100%；2019年、2020年农村网络零售额18.42亿元、23.65亿元，同比增长28.4%；农产品网络零售额1.36亿元、1.79亿元，同比增长31.6%。",
      2, "网络促销活动成效一般扣1分；农产品电商交易标准未出台、冷链溯源系统在建扣1分", "work.upward"],
    [G2, "电商人才培训", 20, "1、定期开展农村电商公共宣传……普及性培训覆盖常住人口的1%以上（常住人口总数超过50万的，以50万为基数计算）……\n2、加大对建档立卡贫困户的培训力度，实现有劳动能力的贫困人口培训率达50%以上（外出务工者除外）。",
      "培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）；\n建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）。",
      "1、培训通知文件、常住人口数量证明，培训学员名单、现场照片、参训学员名单及签到表等……\n2、经扶贫部门确认的当地有劳动能力的建档立卡贫困人口数（外出务工者除外）……",
      "常住人口65.46万人（七普），累计培训6,742人次；有劳动能力的建档立卡贫困人口（不含外出务工）412人，参加培训226人，培训率54.9%。", null, null, "work.training"],
    [G3, "信息公开", 4, "在县政务网站设立电子商务进农村综合示范公开专栏。公开示范创建方案及已经确定的财政资金扶持项目的基本信息，每月更新项目建设进度，同时设立征求意见窗口或监督举报窗口。",
      "在县政府网站设立公开专栏且内容全面（2分）；\n近一年内专栏内容能按月更新（2分），不定时更新（1分），未更新不得分。",
      "在县政府网站设立专栏公示创建方案、项目基本信息、项目建设进度，设立征求意见或监督举报窗口。",
      "区政府网设立专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口；近一年按月更新。", null, null, "info.disclosure"],
    [G3, "数据上报", 6, "每月向市级商务主管部门报送示范创建工作进展、成效及电商相关统计数据。加强对本县电商扶贫信息的统计……",
      "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分），未上报不得分；\n能统计电商扶贫情况（3分），未统计相关情况不得分。", "向市级商务主管部门报送工作情况的文件。",
      "每月5日前向市商务局报送上月工作情况，月报附电商扶贫统计表。", null, null, "info.reporting"],
    [G4, "案例总结", 2, "对当地发展农村电商、开展示范创建等经验做法和案例进行总结提炼并及时上报。", "向市商务局报送经验材料（2分）", "查看上报文件",
      "2021年7月向市商务局报送经验材料2篇。", null, null, "promo.cases"],
    [G4, "经验推广", 8, "典型做法被主流媒体报道宣传", "省级及以上媒体进行宣传报道（4分）；\n市级媒体进行宣传报道（3分）；\n县级媒体进行宣传报道（1分）。",
      "查看相关宣传文案、网络截图、照片等证明材料", "南方日报、汕头日报、汕头电视台、“金平发布”均有报道。", null, null, "promo.media"],
    [G5, "制度建立", 5, "制定省级财政资金管理制度，细化工作目标、任务、财政资金支持方向等；建立考核问责制度。", "建立科学有效的资金管理制度且得到有效落实（1-5分）",
      "查看相关资金管理制度", "制定《金平区省级电子商务进农村综合示范专项资金管理办法》。", 1, "考核问责制度未细化，扣1分", "fund.system"],
    [G5, "资金台账", 5, "明确责任人，建立健全资金台账，实现管理全过程可查询、可追溯，", "项目承建方建立资金专用台账，账目完整，能清析反映资金使用情况（1-5分）",
      "项目承办方的资金使用账目及凭证等", "各承建单位均建立资金专用台账。", 1, "个别承建单位凭证装订不规范，扣1分", "fund.ledger"],
    [G5, "资金支出", 5, "严格按照财政资金有关规定进行资金的使用和拨付", "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；\n资金支出率低于70%倒扣5分。",
      "资金拨付文件、票据、凭证等", "下达省级专项资金500万元，截至2021年8月31日累计拨付391.6万元，支出率78.3%。", 1, "个别项目尾款拨付滞后，扣1分", "fund.spending"],
  ];
  const rows = [["2019年省级电子商务进农村综合示范创建考评指标体系（金平区自评）"],
    ["填报单位：汕头市金平区商务局　　　考评截止日期：2021年8月31日　　　说明：自评得分＝权重－扣分，扣分栏空白为不扣分；加分项在“扣分”栏填加分。"],
    ["工作任务", "评价指标", null, "指标解释", "评分标准", "评价方式及佐证材料", "完成情况（截至2021年8月31日）", "扣分", "扣分原因"],
    [null, "名\n称", "权重\n（%）", null, null, null, null, null, null]];
  const merges = ["A1:I1", "A2:I2", "A3:A4", "B3:C3", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:I4"];
  let gStart = null;
  let gName = null;
  const closeGroup = () => {
    if (gStart !== null && rows.length > gStart) merges.push(`A${gStart}:A${rows.length}`);
  };
  R.forEach((r, j) => {
    const [grp, name, w, expl, std, how, done, ded, why] = r;
    if (grp !== gName) {
      closeGroup();
      gStart = rows.length + 1;
      gName = grp;
    }
    rows.push([grp === (j > 0 ? R[j - 1][0] : null) ? null : grp, name ? vert(name) : null, w, expl, std, how, done, ded, why]);
    if (name === "服务体系建设") merges.push(`B${rows.length}:B${rows.length + 1}`, `C${rows.length}:C${rows.length + 1}`);
  });
  closeGroup();
  const bStart = rows.length + 1;
  rows.push([vert("加分项") + "\n（4分）", null, null, null, "建档立卡贫困人口培训率70%及以上（2分）", "参加培训的建档立卡贫困人口清单及签到表等", "培训率54.9%", 0, "未达70%"]);
  rows.push([null, null, null, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "查看相关报道和视频", "2021年5月汕头电视台《汕头新闻》播出金平区脱贫户直播带货案例", "＋1", "按省级以下电视报道暂计"]);
  merges.push(`A${bStart}:A${bStart + 1}`, `B${bStart}:D${bStart}`, `B${bStart + 1}:D${bStart + 1}`);
  const vStart = rows.length + 1;
  rows.push([vert("一票否决项"), null, null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", null, "未发生", null, null]);
  rows.push([null, null, null, null, "项目建设进度严重滞后，总体进度不足40%。", null, "项目总体进度86%", null, null]);
  rows.push([null, null, null, null, "弄虚作假。", null, "无", null, null]);
  merges.push(`A${vStart}:A${vStart + 2}`, `B${vStart}:D${vStart}`, `B${vStart + 1}:D${vStart + 1}`, `B${vStart + 2}:D${vStart + 2}`);
  const dedTotal = sum(R.map((r) => r[7] || 0));
  rows.push(["合计", null, 100, null, null, null, null, `扣分合计${dedTotal}`, `自评得分${100 - dedTotal}分，加分1分`]);
  merges.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:G${rows.length}`);
  rows.push(["填表人：许××　　审核：区商务局副局长 蔡××　　填报日期：2021年9月5日"]);
  merges.push(`A${rows.length}:I${rows.length}`);
  const claimed = {};
  const MAX = Object.fromEntries(SCORED);
  for (const r of R) claimed[r[9]] = MAX[r[9]] - (r[7] || 0);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  assert(dedTotal === 6 && sum(SCORED.map(([id]) => claimed[id])) === 94, "f3 claimed 94");
  assert(pct1(2365 - 1842, 1842) === "28.4%" && pct1(179 - 136, 136) === "31.6%" && pct1(226, 412) === "54.9%" && pct1(3916, 5000) === "78.3%", "f3 stated ratios");
  assert(ratioGE(6742, 500000, 1) && pct2(6742, 654600) === "1.03%", "f3 training");
  return {
    description:
      "汕头市金平区商务局照省《考评指标体系》原表（Word转Excel）自评：工作任务列按组纵向合并、换行写（“加强组织\\n领导与统…”），评价指标名称一字一行竖排（“组\\n织\\n领\\n导”），权重、指标解释、评分标准、评价方式及佐证材料都是原文，服务体系建设权重25合并两行、分中心及产业园和村级站点两个评分行；原表没有“自评得分”列，经办人加了 完成情况（截至2021年8月31日）｜扣分｜扣分原因 三列，第2行说明“自评得分＝权重－扣分，扣分栏空白为不扣分”，所以claimed要用权重减扣分（项目管理4−1、上行10−2、三项资金各5−1，其余满分，合计行“扣分合计6”“自评得分94分”）；主观分项只从扣分原因里倒推（工作台账1、网络促销1、交易标准冷链1、资金三项各4，其余满分）；事实都在完成情况句子里（区长任组长、四部门齐全，中心2020年11月26日运营，五项服务都有，行政村22个、无省定贫困村，零售额两年和增速，常住人口65.46万、6,742人次、412人/226人，拨付391.6万元，总体进度86%）；加分项“＋1”是汕头电视台（市级），照作claimed。",
    sheets: [{ name: "自评表", rows, merges }],
    expect: {
      facts: {
        county: "金平区", asOf: "2021-08-31", residentPopulation: 654600, adminVillagesStated: 22, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1842000000, ruralRetail2020: 2365000000, ruralRetailGrowthStated: 0.284,
        agriRetail2019: 136000000, agriRetail2020: 179000000, agriRetailGrowthStated: 0.316,
        trainingPersonTimesStated: 6742, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 226,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3916000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 广州番禺区: EXIF photo export as station list, side-by-side sign-in blocks, coded poor roster
// =====================================================================================================
function buildL1() {
  const REGION = "440113";
  const TOWNS = ["石碁镇", "化龙镇", "石楼镇", "沙湾街道", "大岗镇"];
  const vName = nameMaker("南北东西大小新沙石莲塘凌罗茭官", ["边", "塘", "基", "涌", "头", "洲", "坑", "岗", "围", "湾", "滘"], "村", TOWNS.map((t) => t.slice(0, 2)));
  const villages = Array.from({ length: 15 }, (_, j) => ({ v: vName(), town: TOWNS[j % TOWNS.length] }));
  const comm = "市良社区";
  // ---------------- 站点挂牌照片 (EXIF)
  const exif = (iso, t) => iso.replace(/-/g, ":") + " " + t;
  const CAM = ["HUAWEI P40", "iPhone 11", "Canon EOS 80D", "vivo X60"];
  const ST = villages.slice(0, 13).map((x) => ({ v: x.v, town: x.town, op: randIsoBetween("2020-09-10", "2021-08-25"), kind: "n" }));
  ST[4].op = "2021-08-31";
  ST.push({ v: villages[2].v, town: villages[2].town, op: randIsoBetween("2021-04-01", "2021-07-20"), kind: "second" });
  ST.push({ v: comm, town: "沙湾街道", op: randIsoBetween("2020-12-01", "2021-03-30"), kind: "comm" });
  ST.push({ v: villages[13].v, town: villages[13].town, op: "2021-09-06", kind: "n" });
  ST.push({ v: villages[14].v, town: villages[14].town, op: "2020-12-18", kind: "reshoot", shot: "2021-05-06" });
  const shuffled = shuffle(ST);
  const photos = [];
  let img = 1023;
  shuffled.forEach((s, j) => {
    const k = s.kind === "reshoot" ? 1 : rint(1, 3);
    let h0 = rint(9, 15);
    let m0 = rint(0, 40);
    for (let q = 0; q < k; q++) {
      const d = s.kind === "reshoot" ? s.shot : s.op;
      const t = `${String(h0).padStart(2, "0")}:${String(m0 + q * 3).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
      const cam = CAM[j % CAM.length];
      const fname = cam.startsWith("Canon") ? `IMG_${String(img++).padStart(4, "0")}.JPG` : `IMG_${yyyymmdd(d)}_${t.replace(/:/g, "")}.jpg`;
      photos.push({ s, d, t, cam, fname, q });
    }
    if (j === 6) photos.push({ s, d: isoAdd(s.op, 40 + rint(0, 20)), t: "16:05:12", cam: CAM[1], fname: null, q: 9 });
  });
  const pRows = [["番禺区村级电商服务站点挂牌照片信息（照片管理软件批量导出EXIF）"], ["导出时间：2021-09-12 16:20:33　　文件夹：D:\\迎检材料\\05站点挂牌照片　　共" + photos.length + "张"],
    ["（“拍摄时间”为照片EXIF原始拍摄时间，格式为 年:月:日 时:分:秒；挂牌照片均于挂牌仪式当天拍摄；“站点”“所在村”两列由电商股补填）"],
    ["序号", "文件名", "拍摄时间", "相机型号", "纬度", "经度", "站点（补填）", "所在村（补填）", "备注"]];
  const recs = [];
  const seen = new Set();
  const vCell = (s, j) => (s.kind === "comm" ? `${s.v}居委会` : j % 3 === 0 ? s.v : j % 3 === 1 ? `${s.v}委会` : `${s.v}民委员会`);
  const stName = (s) => (s.kind === "second" ? `${s.v.replace(/村$/, "")}村电商服务站（二站）` : s.kind === "comm" ? `${s.v}电商服务点` : `${s.v.replace(/村$/, "")}村电商服务站`);
  const base = new Map();
  photos.forEach((p, j) => {
    if (!base.has(p.s)) base.set(p.s, lngLat(113.28, 113.62, 22.82, 23.05));
    const [lng0, lat0] = base.get(p.s);
    const lng = Number((lng0 + (rnd() - 0.5) * 0.0004).toFixed(6));
    const lat = Number((lat0 + (rnd() - 0.5) * 0.0004).toFixed(6));
    let note = null;
    if (p.s.kind === "reshoot") note = "原挂牌照片遗失，2021年5月6日补拍；该站挂牌日期为2020年12月18日（见挂牌通知）";
    if (p.q === 9) note = "日常运营照片，误放入本文件夹，非挂牌当天";
    if (p.s.kind === "second" && p.q === 0) note = "同村第二个服务点";
    const fname = p.fname || `IMG_${yyyymmdd(p.d)}_160512.jpg`;
    pRows.push([j + 1, fname, exif(p.d, p.t), p.cam, lat, lng, stName(p.s), vCell(p.s, j), note]);
    const key = stName(p.s);
    if (!seen.has(key)) {
      seen.add(key);
      recs.push({ village: p.s.v, opened: p.s.op });
    }
  });
  pRows.push(["注：同一站点挂牌当天一般拍2—3张，站点按第一次出现计。"]);
  assert(recs.length === 17 && recs.some((r) => r.opened === "2020-12-18") && recs.some((r) => r.opened === "2021-09-06") && recs.some((r) => r.village === comm), "l1 17 stations");
  assert(photos.some((p) => p.q === 9), "l1 a mis-filed photo");

  // ---------------- 培训签到: six blocks, three per band
  const SES = [
    { no: 1, title: "第1期　2020年10月22日　石碁镇文化站", d: "2020-10-22", n: 9 },
    { no: 2, title: "第2期　2020.12.10　化龙镇党群服务中心", d: "2020-12-10", n: 8 },
    { no: 3, title: "第3期　2021年3月18日—19日　区电商公共服务中心", d: "2021-03-19", n: 10 },
    { no: 4, title: "第4期　2021/5/20　石楼镇会议中心", d: "2021-05-20", n: 7 },
    { no: 5, title: "第5期　2021-07-15　大岗镇文化站", d: "2021-07-15", n: 9 },
    { no: 6, title: "第6期　2021年9月9日　区电商公共服务中心", d: "2021-09-09", n: 8 },
  ];
  const blocks = SES.map((s) => {
    const b = [[s.title, null, null, null], ["序号", "姓名", "身份证号", "签到"]];
    const recsB = [];
    const absent = new Set([rint(2, s.n)]);
    for (let k = 1; k <= s.n; k++) {
      const id = makeId(REGION, birthBetween(1966, 2001), rnd() < 0.5, s.no === 2 && k === 3 ? true : undefined);
      let idCell = id;
      let rid = id;
      if (s.no === 2 && k === 3) idCell = id.slice(0, 17) + "x";
      if (s.no === 4 && k === 2) {
        idCell = maskId(id);
        rid = idCell;
      }
      if (s.no === 5 && k === 5) idCell = spacedId(id);
      if (s.no === 1 && k === 6) {
        idCell = "（未提供）";
        rid = null;
      }
      const away = absent.has(k) && !(s.no === 2 && k === 3) && !(s.no === 4 && k === 2) && !(s.no === 5 && k === 5) && !(s.no === 1 && k === 6);
      b.push([k, personName(), idCell, away ? (k % 2 ? "缺席" : "请假") : "√"]);
      if (!away) recsB.push({ date: s.d, personTimes: 1, id: rid });
    }
    return { b, recsB };
  });
  const tRows = [["番禺区农村电商培训签到表（汇总）"]];
  const tMerges = ["A1:N1"];
  const tRecs = [];
  for (let band = 0; band < 2; band++) {
    tRows.push(padRow([], 14));
    const r0 = tRows.length + 1;
    const bs = blocks.slice(band * 3, band * 3 + 3);
    const h = Math.max(...bs.map((x) => x.b.length));
    for (let k = 0; k < h; k++) {
      const row = [];
      bs.forEach((x, i) => {
        const cells = padRow((x.b[k] || []).slice(), 4);
        row.push(...cells);
        if (i < 2) row.push(null);
      });
      tRows.push(row);
    }
    bs.forEach((x, i) => {
      const c0 = i * 5;
      tMerges.push(`${colName(c0)}${r0}:${colName(c0 + 3)}${r0}`);
    });
    for (const x of bs) tRecs.push(...x.recsB);
  }
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.some((r) => r.id === null) && tRecs.some((r) => /\*/.test(r.id || "")) && tRecs.filter((r) => r.date === "2021-09-09").length >= 6, "l1 training special rows");

  // ---------------- 脱贫人口（代码）
  const LABC = [[1, true], [2, true], [3, true], [4, false], [5, false]];
  const WORKC = [["A", true], ["B", false], ["C", false]];
  const pr = [["番禺区脱贫人口（含监测对象）劳动力及务工情况表"], ["劳动能力代码：1＝普通劳动力　2＝技能劳动力　3＝弱劳动力或半劳动力　4＝丧失劳动力　5＝无劳动力（含在校生、学龄前儿童）"],
    ["务工状态代码：A＝区外务工（外出务工）　B＝区内务工　C＝未务工；劳动能力为4、5的不填务工状态"],
    ["序号", "镇（街）", "村", "户编号", "姓名", "与户主关系", "证件号码", "劳动能力", "务工状态", "备注"]];
  const prM = ["A1:J1", "A2:J2", "A3:J3"];
  const pRecs = [];
  let hh = 0;
  let sqn = 0;
  while (pRecs.length < 26) {
    const size = Math.min(26 - pRecs.length, rint(2, 4));
    const x = villages[(hh * 4) % villages.length];
    const hno = `440113${String(120 + hh * 7).padStart(6, "0")}`;
    const sn = SURNAMES[rint(0, SURNAMES.length - 1)];
    const r0 = pr.length + 1;
    const headMale = rnd() < 0.7;
    const headBirth = birthBetween(1966, 1984);
    const hy = Number(headBirth.slice(0, 4));
    for (let j = 0; j < size; j++) {
      let lab;
      let rel;
      let birth;
      let male;
      if (j === 0) {
        lab = LABC[rint(0, 2)];
        rel = "户主";
        birth = headBirth;
        male = headMale;
      } else if (j === 1) {
        lab = LABC[rint(0, 2)];
        rel = "配偶";
        birth = birthBetween(hy - 4, hy + 5);
        male = !headMale;
      } else if (j === 2) {
        lab = LABC[rint(3, 4)];
        male = rnd() < 0.5;
        if (lab[0] === 4) {
          rel = male ? "之父" : "之母";
          birth = birthBetween(hy - 32, hy - 22);
        } else {
          rel = male ? "之子" : "之女";
          birth = birthBetween(Math.max(hy + 22, 2005), 2016);
        }
      } else {
        lab = LABC[rint(0, 2)];
        male = rnd() < 0.5;
        rel = male ? "之子" : "之女";
        birth = birthBetween(hy + 20, Math.min(hy + 28, 2001));
      }
      const wk = lab[1] ? WORKC[rint(0, 2)] : null;
      const id = makeId(REGION, birth, male);
      let labCell = lab[0];
      if (sqn % 7 === 3) labCell = String(lab[0]);
      if (sqn % 11 === 5) labCell = fullWidth(String(lab[0]));
      pr.push([++sqn, j === 0 ? x.town : null, j === 0 ? x.v : null, j === 0 ? hno : null, rel === "配偶" || rel === "之母" ? personName() : personName(sn), rel, id, labCell,
        wk ? wk[0] : "—", wk && wk[0] === "A" ? ["深圳", "东莞", "佛山", "中山"][rint(0, 3)] + "务工" : null]);
      pRecs.push({ id, labour: lab[1], migrant: wk ? wk[1] : null });
    }
    for (const col of ["B", "C", "D"]) mergeCol(prM, col, r0, pr.length);
    hh++;
  }
  assert(pRecs.some((r) => r.migrant === true) && pRecs.some((r) => r.labour === false) && pRecs.some((r) => r.labour && r.migrant === false), "l1 roster mix");

  const notes = [["番禺区电子商务进农村台账（第二册）说明"], ["1．《站点挂牌照片》是照片管理软件导出的挂牌照片信息，一张照片一行；挂牌照片在挂牌当天拍摄，站点的挂牌日期即拍摄日期（补拍的以备注为准），同一站点多张照片只算一个站点。"],
    ["2．《培训签到》每排三期，按期次自左至右、自上而下排列（第一排为第1—3期，第二排为第4—6期）；签到栏“√”为到课，“缺席”“请假”不计人次。"],
    ["3．《脱贫人口》劳动能力、务工状态按代码填写，代码说明见表头。"], ["番禺区商务局电子商务科　2021年9月"]];
  return {
    description:
      "广州市番禺区商务局电子商务科台账第二册（说明页加三张表）：①《站点挂牌照片》是照片管理软件批量导出的EXIF信息——一张照片一行（文件名｜拍摄时间｜相机型号｜纬度｜经度｜站点｜所在村｜备注），拍摄时间是EXIF格式“2020:11:20 10:32:15”（年:月:日），说明写明挂牌照片在挂牌当天拍摄；同一站点两三张照片只算一站（按第一次出现的顺序），一张“补拍”照片（2021:05:06）备注写明挂牌日期2020年12月18日，一张误放的日常运营照片不是新站；有一村两站、市良社区的服务点和一个2021年9月6日挂牌的站；所在村写法有村/村委会/村民委员会。②《培训签到》六期签到块每排三块左右并排（块间空一列），块标题写期次、日期（“2021年3月18日—19日”按19日、“2020.12.10”“2021/5/20”“2021-07-15”）、地点；“缺席”“请假”不是记录；身份证号有小写x、打码“440113********”、带空格、“（未提供）”。③《脱贫人口》劳动能力1—5、务工A/B/C是代码（表头上两行是代码说明），代码有数字、文本和全角“３”，户编号、镇、村按户合并。",
    sheets: [
      { name: "说明", rows: notes },
      { name: "站点挂牌照片", rows: pRows, merges: [`A1:I1`, `A2:I2`, `A3:I3`, `A${pRows.length}:I${pRows.length}`] },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pr, merges: prM },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "站点挂牌照片": { kind: "stations", records: recs },
        "培训签到": { kind: "training", records: tRecs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 惠州惠城区: party-organisation roster as village list, treasury payment list, 粤政易 send log, media with a level legend
// =====================================================================================================
function buildL2() {
  const TOWNS = [["横沥镇", 9, 1], ["芦洲镇", 7, 1], ["汝湖镇", 8, 1], ["马安镇", 7, 2], ["江南街道", 2, 6]];
  const vName = nameMaker("新大小上下东西南北墩岭湖田塘", ["围", "坑", "塘", "岭", "湖", "岗", "背", "坪", "洋", "陂"], "村", TOWNS.map((t) => t[0].slice(0, 2)));
  const cName = nameMaker("江滨文华金山龙丰", ["苑", "园", "城", "华", "景", "湖"], "社区", TOWNS.map((t) => t[0].slice(0, 2)));
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  const poor = new Set(shuffle(admin.slice(0, 24)).slice(0, 4));
  const noExp = shuffle(admin.filter((v) => !poor.has(v)))[0];
  // ---------------- 党组织名册
  const vRows = [["惠城区村（社区）党组织及书记名册（2021年村（社区）“两委”换届后）"],
    ["（区委组织部提供；“省定贫困村”“快递进村”两列为区商务局电商股加注：★为省定贫困村，✓为快递进村、✗为未进村，社区不填）"],
    ["序号", "镇（街道）", "党组织名称", "党组织类别", "书记", "是否“一肩挑”", "省定贫困村", "快递进村"]];
  const vMerges = ["A1:H1", "A2:H2"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    vRows.push([++sq, x.t, `中共惠州市惠城区${x.t}委员会`, "党委", personName(), "—", null, null]);
    x.vs.forEach((v, j) => {
      const kind = j % 4 === 0 ? ["总支部委员会", "党总支"] : j % 4 === 3 ? ["支部委员会", "党支部"] : ["委员会", "党委"];
      vRows.push([++sq, null, `中共惠州市惠城区${x.t}${v}${kind[0]}`, kind[1], personName(), j % 5 === 2 ? "否" : "是", poor.has(v) ? "★" : null, v === noExp ? "✗" : "✓"]);
      vRecs.push({ name: v, admin: true, poor: poor.has(v), express: v !== noExp });
    });
    if (x.t === "马安镇") vRows.push([++sq, null, `中共惠州市惠城区马安镇机关委员会`, "党委", personName(), "—", null, null]);
    x.cs.forEach((c) => {
      vRows.push([++sq, null, `中共惠州市惠城区${x.t}${c}委员会`, "党委", personName(), "是", null, null]);
      vRecs.push({ name: c, admin: false, poor: null, express: null });
    });
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：党组织${sq}个（其中村党组织${admin.length}个、社区党组织${comms.length}个）`]);
  vMerges.push(`A${vRows.length}:H${vRows.length}`);
  assert(vRecs.length === admin.length + comms.length && admin.length === 33, "l2 villages");

  // ---------------- 国库集中支付凭证清单
  const PAY = [["20200915", "惠州市惠城区电商运营服务有限公司", "县级电商公共服务中心建设首期款", 680000, "已清算"],
    ["20201110", "中国邮政集团有限公司惠州市惠城区分公司", "村级站点建设首期款", 420000, "已清算"],
    ["20201223", "惠州市惠城区职业技能培训中心", "农村电商培训服务费（第一期）", 168000, "已退票"],
    ["20201229", "惠州市惠城区职业技能培训中心", "农村电商培训服务费（第一期）（重新支付）", 168000, "已清算"],
    ["20210126", "惠州市惠城区顺达物流有限公司", "镇村物流配送体系建设首期款", 300000, "已清算"],
    ["20210305", "惠州市惠城区电商运营服务有限公司", "县级电商公共服务中心建设进度款", 510000, "已清算"],
    ["20210412", "惠州市惠城区电商运营服务有限公司", "县级电商公共服务中心建设进度款", 510000, "作废"],
    ["20210518", "中国邮政集团有限公司惠州市惠城区分公司", "村级站点建设进度款", 386500, "已清算"],
    ["20210625", "惠州市罗浮品牌策划有限公司", "农产品品牌推广服务", 215800, "已清算"],
    ["20210813", "惠州市惠城区冷链物流科技有限公司", "冷链及溯源系统建设首期款", 243000, "已清算"],
    ["20210910", "惠州市惠城区职业技能培训中心", "农村电商培训服务费（第二期）", 192000, "已清算"]];
  const fRows = [["惠城区财政国库集中支付凭证清单（省级电子商务进农村综合示范专项资金）"],
    ["查询条件：预算单位 惠州市惠城区商务局；资金来源 2019年省级促进经济高质量发展专项资金（电子商务进农村）；支付日期 2020-07-01 至 2021-09-30"],
    ["序号", "支付凭证号", "支付日期", "收款人全称", "用途", "金额（元）", "支付状态", "备注"]];
  const fRecs = [];
  PAY.forEach(([d8, who, what, amt, st], j) => {
    let note = null;
    if (st === "已退票") note = "收款账号有误，银行退票";
    if (st === "作废") note = "重复录入，已作废";
    fRows.push([j + 1, `HC2019DS${pad3(j + 1)}`, d8, who, what, j % 3 === 1 ? fmtMoney(amt) : amt, st, note]);
    if (st === "已清算") fRecs.push({ date: `${d8.slice(0, 4)}-${d8.slice(4, 6)}-${d8.slice(6)}`, amount: amt });
  });
  fRows.push(["合计", null, null, null, null, sum(PAY.map((p) => p[3])), null, "（含已退票、作废）"]);
  assert(fRecs.length === 9 && sum(fRecs.map((r) => r.amount)) === 3115300, "l2 9 cleared payments " + sum(fRecs.map((r) => r.amount)));

  // ---------------- 粤政易发送记录
  const SEND = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    const prev = monthsBetween("2020-01", m).slice(-2)[0];
    const d = m === "2021-02" ? "2021-02-08" : `${m}-0${rint(2, 7)}`;
    const pov = prev >= "2020-09";
    const to = rnd() < 0.35 ? "惠州市商务局；惠城区人民政府办公室" : "惠州市商务局";
    SEND.push({ d, t: `${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, title: `惠城区${cnMonth(prev)}电子商务进农村综合示范工作情况${pov ? "及电商扶贫统计表" : ""}`, to, rep: true, pov });
  }
  SEND.push({ d: "2020-11-20", t: "10:12", title: "关于举办农村电商直播带货培训班的通知", to: "各镇（街道）", rep: false });
  SEND.push({ d: "2021-03-16", t: "15:40", title: "关于拨付村级站点建设进度款的函", to: "惠城区财政局", rep: false });
  SEND.push({ d: "2021-06-22", t: "11:05", title: "惠城区电子商务进农村综合示范中期工作总结", to: "广东省商务厅", rep: false });
  SEND.sort((a, b) => cmp(a.d + a.t, b.d + b.t));
  const rRows = [["粤政易公文交换　发送记录（导出）"], ["发送单位：惠州市惠城区商务局　　导出时间：2021-09-13 09:30"],
    ["序号", "发送时间", "文件标题", "接收单位", "签收状态", "签收时间", "备注"]];
  const rRecs = [];
  SEND.forEach((s, j) => {
    const sh = Number(s.t.slice(0, 2));
    const signed = sh < 16 ? `${s.d} ${String(rint(sh + 1, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}` : `${isoAdd(s.d, 1)} 0${rint(8, 9)}:${String(rint(0, 59)).padStart(2, "0")}`;
    rRows.push([j + 1, `${s.d} ${s.t}`, s.title, s.to, "已签收", signed, s.title.includes("中期工作总结") ? "报省厅" : null]);
    if (s.rep) rRecs.push({ date: s.d, poverty: s.pov ? true : null });
  });
  assert(rRecs.length === 14, "l2 14 monthly reports");

  // ---------------- 宣传报道 with a level legend on the right
  const LEVEL = [["人民网", "national", "中央"], ["南方日报", "province", "省级"], ["广东广播电视台", "province", "省级"], ["惠州日报", "city", "市级"],
    ["惠州广播电视台", "city", "市级"], ["“惠城发布”公众号", "county", "区级"], ["惠城区融媒体中心", "county", "区级"]];
  const lv = Object.fromEntries(LEVEL.map(([n, l]) => [n, l]));
  const MED = [["2020-10-16", "惠州日报", "惠城区电商公共服务中心开门迎客", "报纸"], ["2020-12-03", "“惠城发布”公众号", "我区首批村级电商站点挂牌", "网络"],
    ["2021-01-21", "广东广播电视台", "惠城：直播间里的年货节", "电视"], ["2021-03-05", "惠州广播电视台", "惠城电商进农村见闻", "电视"],
    ["2021-04-28", "南方日报", "惠城：电商服务站串起乡村振兴路", "报纸"], ["2021-06-30", "惠城区融媒体中心", "惠城农村电商人才培训见实效", "电视"],
    ["2021-09-06", "人民网", "广东惠城：小站点撬动乡村大市场", "网络"]];
  const mRows = [["惠城区电子商务进农村宣传报道登记表"], ["序号", "日期", "媒体", "标题", "形式", null, null, "媒体级别对照", null],
    [null, null, null, null, null, null, null, "媒体", "级别"]];
  const mRecs = [];
  const mMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "H2:I2"];
  const nMed = Math.max(MED.length, LEVEL.length);
  for (let k = 0; k < nMed; k++) {
    const row = padRow([], 9);
    if (k < MED.length) {
      const [iso, media, t, form] = MED[k];
      row[0] = k + 1;
      row[1] = k % 3 === 0 ? D(iso) : k % 3 === 1 ? twoDot(iso) : cnDate(iso);
      row[2] = media;
      row[3] = `《${t}》`;
      row[4] = form;
      mRecs.push({ date: iso, level: lv[media], tv: form === "电视" });
    }
    if (k < LEVEL.length) {
      row[7] = LEVEL[k][0];
      row[8] = LEVEL[k][2];
    }
    mRows.push(row);
  }
  assert(mRecs.every((r) => r.level), "l2 media levels");

  // ---------------- 经验材料 with a second table below
  const matRows = [["惠城区电子商务进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"],
    [1, "2021.4.9", "惠城区“电商＋梅菜”产业带动经验做法", "惠州市商务局", "粤政易"], [2, D("2021-07-22"), "惠城区农村电商人才培训典型案例", "惠州市商务局", "电子邮件"],
    [3, "2021年9月8日", "惠城区电子商务进农村综合示范创建经验总结", "惠州市商务局", "粤政易"], [null, null, null, null, null],
    ["市商务局采用情况（市局反馈）"], ["序号", "反馈日期", "采用情况", "刊用载体", null],
    [1, D("2021-04-20"), "第1篇采用", "《惠州商务简报》2021年第6期", null], [2, D("2021-08-10"), "第2篇采用", "市商务局网站“工作动态”", null]];
  const matRecs = [{ date: "2021-04-09" }, { date: "2021-07-22" }, { date: "2021-09-08" }];
  const dirRows = [["惠城区电子商务进农村台账（第四册）目录"], ["序号", "表名", "内容"], [1, "村党组织名册", `村（社区）党组织${sq}个，含村${admin.length}个、社区${comms.length}个`],
    [2, "国库支付清单", `支付凭证${PAY.length}张`], [3, "粤政易发送记录", `发文${SEND.length}件`], [4, "宣传报道", `报道${MED.length}篇`], [5, "经验材料", "报送3篇"]];
  return {
    description:
      `惠州市惠城区商务局台账第四册（目录页加五张表）：①村名单借用区委组织部的《村（社区）党组织及书记名册》——村（居）名在党组织全称里（“中共惠州市惠城区横沥镇××村委员会”“…村总支部委员会”“…村支部委员会”“…社区委员会”），镇党委、马安镇机关委员会不是村（居），类别只能看名称（村/社区），电商股加了★省定贫困村、✓/✗快递进村两列（社区不填，为null），镇列纵向合并，末行合计；②《国库支付清单》是国库集中支付凭证查询结果：支付日期8位文本“20200915”，金额数字和千分位文本混写，只有“已清算”的是拨付——“已退票”那笔（账号有误）6天后重新支付才算，“作废”的重复录入不算，9月10日一笔照列，合计行不是；③《粤政易发送记录》：接收单位有“惠州市商务局；惠城区人民政府办公室”多家的，只要含惠州市商务局且是月报的就是报送（通知镇街、致区财政局的函、报省厅的中期总结不是），标题带“及电商扶贫统计表”的含扶贫统计（其余不写，null），日期读发送时间；④《宣传报道》没有级别列，级别在右边“媒体级别对照”小表里查，日期有“20.12.3”“21.4.28”两位年份，人民网9月6日照列；⑤《经验材料》下方“市商务局采用情况”第二张表不是报送记录。`,
    sheets: [
      { name: "目录", rows: dirRows, merges: ["A1:C1"] },
      { name: "村党组织名册", rows: vRows, merges: vMerges },
      { name: "国库支付清单", rows: fRows, merges: ["A1:H1", "A2:H2", `A${fRows.length}:E${fRows.length}`] },
      { name: "粤政易发送记录", rows: rRows, merges: ["A1:G1", "A2:G2"] },
      { name: "宣传报道", rows: mRows, merges: mMerges },
      { name: "经验材料", rows: matRows, merges: ["A1:E1", "A7:E7"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "村党组织名册": { kind: "villages", records: vRecs },
        "国库支付清单": { kind: "funds", records: fRecs },
        "粤政易发送记录": { kind: "reports", records: rRecs },
        "宣传报道": { kind: "media", records: mRecs },
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
write("counties", "b175-c1-yuancheng.json", c1);
write("facts", "b175-f1-zhongshan.json", f1);
write("facts", "b175-f2-chancheng.json", f2);
write("facts", "b175-f3-jinping.json", f3);
write("ledgers", "b175-l1-panyu.json", l1);
write("ledgers", "b175-l2-huicheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
