// Batch 201 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b198.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (201201), no clock. Run: node test/corpus/_b201/gen-b201.js
//
// c1 南澳县 (汕头): 《考评自评表（扣分制）》 — 基本数据 as two 标签|值 pairs per row, 主观评分 pairs, then a 扣分 table (分值｜扣分｜扣分原因,
//    no 得分 column: claimed = 分值 − 扣分, 扣分 typed “0”“—”“-1”“扣1分”) and a 加分 mini-table; 10 ledgers: 站点清单 with a 汇总 block above
//    the 明细 (汇总 counts to 9月10日), a merged-date sign-in (缺 rows, a repeated print header, 635/64,100 just under 1%), 万元 funds with 季度小计.
// f1 三水区 (佛山): 财政《项目支出绩效自评表》 — 项目资金（万元）block (省级＋区级配套; the rubric reads 省级), 年度总体目标 预期｜实际 text,
//    一级/二级/三级指标 with 年度指标值 (targets, not facts) ｜实际完成值｜分值｜得分｜偏差原因; the 绩效 得分 and 总分 are not rubric claims.
// f2 云城区 (云浮): 区商务局《关于区十四届人大六次会议第23号代表建议办理情况的补充答复》 — a 公文 letter pasted row by row (A类, 文号,
//    签发人, 称谓, paragraphs); the 代表's figures and the first reply's May figures are not facts; the 下一步 plans are not facts.
// f3 增城区 (广州): the scoring add-in's own inserted blank facts sheet, filled by a clerk in his own way — 分组｜参数｜填写值｜单位/格式｜
//    说明（示例）｜备注: “见备注” with the value in 备注, units typed against the 单位 column (万, 亿), a date as an Excel serial, √ for 是,
//    a drop-down “其他（见备注）”, blanks with “待核实”, examples (例：…) that are not facts, clerk-added rows at the bottom that are no inputs.
// l1 新会区 (江门): 说明 page; 人社 《职业技能培训补贴申领花名册》 as the training ledger (one trainee a row, date = 结业日期, 缺考/不合格 still
//    trained, a class ending 9月3日); 脱贫户成员 with 务工地点 decided by the county boundary; 合同付款台账 (contract head rows are not
//    payments, “尾款（验收后支付）” with no date is no payment, ¥ text); 市报送系统签收 export (date = 报送时间, not 签收时间); 图表数据; hidden 下拉选项.
// l2 端州区 (肇庆): 填报说明; 村居一览 one town a row with all its 村委会 in one cell (、-separated) and its 社区 in another, 快递 exceptions in a
//    column; stations whose 所在村 carries the 街道 prefix; enterprises with 签约｜实际入驻 and 退出 two-row header; media with level tags
//    【省级】【央媒】 inside the title; 专栏 list with 置顶 rows first and “2021-03-05 16:32:11” times; materials.
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
let seed = 201201;
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
    assert(/^b201-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b201-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b201-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 汕头南澳县: 扣分制自评表 + ten ledgers
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 64100;
  const REGION = "440523";
  const TOWNS = [["后宅镇", 10, 4], ["深澳镇", 9, 2], ["云澳镇", 9, 2]];
  const prefixes = ["后宅", "深澳", "云澳"];
  const vName = nameMaker("龙金竹田石港青渔东西南北黄", ["门", "屿", "埕", "头", "坑", "尾", "湾", "园", "岭", "厝", "林", "角"], "村", prefixes);
  const cName = nameMaker("隆海兴环金", ["城", "安", "宁", "华", "平", "滨"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 28 && comms.length === 8, "c1 28 villages + 8 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = [towns[1].vs[3], towns[2].vs[6]];
  const poorSet = new Set(poor);

  // ---------------- 村居名单 (two-row header, town merged, 快递进村 all 已通)
  const vRows = [["南澳县行政村（社区）名单"], ["填报单位：南澳县民政局　　核对：县商务局电商股　　时间：2021年8月"],
    ["序号", "镇", "村（居）委会", null, "快递进村情况", "备注"], [null, null, "名称", "性质", null, null]];
  const vMerges = ["A1:F1", "A2:F2", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      const nm = isC ? `${v}居委会` : sq % 3 === 0 ? `${short(v)}村民委员会` : sq % 3 === 1 ? `${short(v)}村委会` : v;
      vRows.push([sq, x.t, nm, isC ? "居委会" : "村委会", "已通", isC ? null : poorSet.has(v) ? "省定贫困村" : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：行政村（村委会）${admin.length}个，社区居委会${comms.length}个`, null, null, null, null, null]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);

  const pvRows = [["南澳县省定贫困村名单"], ["序号", "镇", "村名", "认定年份"], [1, townOf[poor[0]], `${short(poor[0])}村委会`, "2016年"], [2, townOf[poor[1]], `${short(poor[1])}村民委员会`, "2016年"],
    ["注：我县省定贫困村共2个，已于2020年全部出列。"]];

  // ---------------- 站点清单: 汇总 block (to 9月10日) above the 明细
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNonPoor = nonPoor.slice(0, 18);
  const vSept = nonPoor[18];
  const vCut = covNonPoor[2];
  const vLong = covNonPoor[5];
  const ST = [];
  for (const v of poor.concat(covNonPoor)) ST.push({ v, op: randIsoBetween("2020-08-01", "2021-08-20") });
  ST.find((s) => s.v === vCut).op = CUT;
  const firstOp9 = ST.find((s) => s.v === covNonPoor[9]).op;
  ST.push({ v: covNonPoor[9], op: randIsoBetween(isoAdd(firstOp9 > "2021-03-01" ? firstOp9 : "2021-03-01", 20), "2021-08-25"), second: true });
  assert(ST[ST.length - 1].op > firstOp9, "c1 second station after the first");
  ST.push({ v: towns[0].cs[1], op: randIsoBetween("2020-10-01", "2021-06-30") });
  ST.push({ v: "青澳湾渔港", op: "2021-05-20", port: true });
  ST.push({ v: vSept, op: "2021-09-05" });
  const TORD = TOWNS.map((t) => t[0]);
  const townSt = (s) => (s.port ? "深澳镇" : townOf[s.v]);
  ST.sort((a, b) => TORD.indexOf(townSt(a)) - TORD.indexOf(townSt(b)) || cmp(a.op, b.op));
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => s.op <= CUT && adminSet.has(s.v)).map((s) => s.v));
  assert(covSet.size === 20 && ratioGE(20, 28, 70) && !ratioGE(19, 28, 70), "c1 20/28 just over 70%");
  assert(poor.every((v) => covSet.has(v)), "c1 poor covered");
  const sRows = [["南澳县村级电子商务服务站点建设情况"], ["一、各镇建设情况汇总（截至2021年9月10日）"], ["镇", "行政村数", "已建站行政村数", "覆盖率", "站点数（个）"]];
  const sMerges = ["A1:I1", "A2:I2"];
  let totV = 0;
  let totC = 0;
  let totS = 0;
  for (const x of towns) {
    const sts = ST.filter((s) => townSt(s) === x.t && s.op <= "2021-09-10");
    const cv = new Set(sts.filter((s) => adminSet.has(s.v)).map((s) => s.v)).size;
    totV += x.vs.length;
    totC += cv;
    totS += sts.length;
    sRows.push([x.t, x.vs.length, cv, pct1(cv, x.vs.length), sts.length]);
  }
  sRows.push(["合计", totV, totC, pct1(totC, totV), totS]);
  assert(totC === 21, "c1 summary 21 (with September)");
  sRows.push([null]);
  sRows.push(["二、站点明细"]);
  sMerges.push(`A${sRows.length}:I${sRows.length}`);
  sRows.push(["序号", "站点名称", "所在镇", "所在村（社区）", "详细地址", "负责人", "联系电话", "挂牌时间", "备注"]);
  ST.forEach((s, j) => {
    let vcell;
    if (s.port) vcell = "青澳湾渔港";
    else if (s.v.endsWith("社区")) vcell = `${s.v}居委会`;
    else if (s.v === vLong) vcell = `${short(s.v)}村民委员会`;
    else vcell = j % 3 === 0 ? `${short(s.v)}村委会` : s.v;
    const nm = s.port ? "青澳湾渔港电商服务点" : `${short(s.v)}${s.v.endsWith("社区") ? "社区" : "村"}电商服务站${s.second ? "（2号站）" : ""}`;
    let dc;
    if (s.op === CUT) dc = "2021年8月31日";
    else if (s.op === "2021-09-05") dc = "2021.9.5";
    else dc = dateCell(s.op, j);
    sRows.push([j + 1, nm, townSt(s), vcell, `南澳县${townSt(s)}${s.port ? "青澳湾渔港码头" : vcell.replace(/委会$|民委员会$|居委会$/, "")}${rint(1, 88)}号`, personName(), phone(), dc,
      s.port ? "渔港服务点，不属行政村" : s.second ? "同村第二个站点" : s.op > CUT ? "9月挂牌" : s.op === CUT ? "8月31日挂牌" : null]);
  });
  for (const r of sRows) padRow(r, 9);

  // ---------------- 脱贫人口 (households)
  const LAB_OK = ["普通劳动力", "技能劳动力", "弱劳动力"];
  const usedNames = new Set();
  const uname = (sur) => {
    for (let k = 0; k < 200; k++) {
      const nm = personName(sur);
      if (!usedNames.has(nm)) {
        usedNames.add(nm);
        return nm;
      }
    }
    throw new Error("c1 names exhausted");
  };
  const plan = shuffle([].concat(Array(30).fill("E"), Array(8).fill("M"), Array(10).fill("N")));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? (j % 3 === 0 ? birthBetween(1966, 1985) : birthBetween(1938, 1956)) : birthBetween(1968, 2001);
    const id = makeId(REGION, birth, rnd() < 0.5, c === "E" && j === plan.indexOf("E") ? true : undefined);
    const v = poor[j % 3 === 2 ? 1 : 0];
    let lab;
    let work;
    if (c === "E") {
      lab = LAB_OK[rint(0, 5) < 4 ? rint(0, 1) : 2];
      work = ["县内务工", "在家务农", "县内务工", "县内务工（公益性岗位）"][rint(0, 3)];
    } else if (c === "M") {
      lab = LAB_OK[j % 2];
      work = j % 2 ? "省外务工（福建厦门）" : "县外务工（汕头市区）";
    } else {
      lab = j % 2 ? "丧失劳动力" : "无劳动力";
      work = "—";
    }
    return { c, id, v, lab, work, name: uname() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 30 && isX(elig[0].id), "c1 30 eligible, first with X");
  const pRows = [["南澳县脱贫人口（有帮扶需求）名单"], ["序号", "镇", "村", "户主", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工情况"]];
  const pSorted = persons.slice().sort((a, b) => cmp(a.v, b.v));
  let hh = null;
  let hhLeft = 0;
  let hhIdx = 0;
  pSorted.forEach((p, j) => {
    if (hhLeft === 0 || hh.v !== p.v) {
      hh = { v: p.v, head: p.name, sur: p.name[0] };
      hhLeft = rint(2, 4);
      hhIdx = 0;
    }
    let rel;
    const by = Number(p.id.slice(6, 10));
    const male = Number(p.id[16]) % 2 === 1;
    if (hhIdx === 0) {
      rel = "户主";
      hh.by = by;
    } else if (by <= hh.by - 18) rel = male ? "父亲" : "母亲";
    else if (by >= hh.by + 18) rel = male ? "之子" : "之女";
    else if (hhIdx === 1) rel = "配偶";
    else rel = male ? "兄弟" : "姐妹";
    if (hhIdx > 0 && rel !== "配偶") p.name = uname(hh.sur);
    hhIdx++;
    hhLeft--;
    pRows.push([j + 1, townOf[p.v], p.v, hh.head, p.name, rel, p.id, p.lab, p.work]);
  });
  pRows.push(["说明：务工情况为“县外务工”“省外务工”的属外出务工；劳动能力为普通、技能、弱劳动力的属有劳动能力。"]);

  // ---------------- 培训签到 (merged dates, 缺 rows, repeated print header)
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "海岛特产短视频拍摄", "紫菜、鱿鱼干电商包装", "电商客服与物流", "社群团购运营", "品牌与营销策划",
    "民宿与旅游产品网销", "电商数据分析入门", "脱贫户电商技能专场", "直播带货进阶"];
  const SD = ["2020-09-24", "2020-10-22", "2020-11-19", "2020-12-17", "2021-01-14", "2021-03-18", "2021-04-15", "2021-05-20", "2021-06-17", "2021-07-15", "2021-08-05", "2021-08-27"];
  const sizes = [55, 52, 58, 50, 49, 60, 54, 51, 56, 50, 47, 53];
  assert(sum(sizes) === 635, "c1 635 attended " + sum(sizes));
  const sessions = SD.map((d, k) => ({ no: k + 1, date: d, end: k === 5 ? "2021-03-19" : d, topic: TOPICS[k], n: sizes[k], absent: [0, 2, 0, 1, 0, 1, 0, 2, 0, 1, 1, 0][k], masked: k === 6 }));
  assert(sum(sessions.map((s) => s.absent)) === 8, "c1 8 absent");
  sessions.push({ no: 13, date: "2021-09-07", end: "2021-09-07", topic: "中秋特产直播促销", n: 45, absent: 0, masked: false, sept: true });
  // poor trainees: 15 eligible by the cut-off (one twice, one lower-case x, one spaced), one eligible only in September, one migrant, one no-labour
  const eligSh = shuffle(elig.slice(1));
  const trained = [elig[0]].concat(eligSh.slice(0, 14));
  const septOnly = eligSh[14];
  const mig = persons.find((p) => p.c === "M");
  const nol = persons.filter((p) => p.c === "N").sort((a, b) => cmp(b.id.slice(6, 14), a.id.slice(6, 14)))[0];
  const poorSign = new Map(); // session no -> list of {p, idText}
  const addPoor = (no, p, idText) => {
    if (!poorSign.has(no)) poorSign.set(no, []);
    poorSign.get(no).push({ p, idText });
  };
  const poorSess = [2, 4, 5, 8, 10, 11, 11, 12];
  trained.forEach((p, k) => addPoor(poorSess[k % poorSess.length], p, k === 0 ? p.id.slice(0, 17) + "x" : k === 5 ? spacedId(p.id) : p.id));
  addPoor(12, trained[3], trained[3].id);
  addPoor(13, septOnly, septOnly.id);
  addPoor(8, mig, mig.id);
  addPoor(11, nol, nol.id);
  const tRows = [["南澳县农村电商培训签到汇总表"], ["（按期次汇总各期签到表；“签到”栏“√”为本人签到，“缺”为报名未到；第7期为县邮政分公司承办，身份证号按其名单脱敏）"]];
  const tMerges = ["A1:I1", "A2:I2"];
  const HEAD = ["序号", "培训日期", "培训内容", "姓名", "性别", "身份证号码", "联系电话", "脱贫户", "签到"];
  tRows.push(HEAD.slice());
  let seqNo = 0;
  const signRecs = [];
  sessions.forEach((s, k) => {
    if (k === 7) tRows.push(HEAD.slice());
    const list = [];
    const poorHere = poorSign.get(s.no) || [];
    const total = s.n + s.absent;
    const absentAt = new Set();
    while (absentAt.size < s.absent) absentAt.add(rint(3, total - 1));
    const poorAt = new Map();
    const slots = shuffle(Array.from({ length: total }, (_, i) => i).filter((i) => !absentAt.has(i)));
    poorHere.forEach((x, i) => poorAt.set(slots[i], x));
    for (let i = 0; i < total; i++) {
      const px = poorAt.get(i);
      const absent = absentAt.has(i);
      let name;
      let idText;
      let male;
      let isPoor = false;
      if (px) {
        name = px.p.name;
        idText = px.idText;
        male = Number(px.p.id[16]) % 2 === 1;
        isPoor = true;
      } else {
        const id = makeId(REGION, birthBetween(1965, 2002), rnd() < 0.5);
        name = personName();
        idText = s.masked ? maskId(id) : id;
        male = Number(id[16]) % 2 === 1;
      }
      list.push({ name, idText, male, isPoor, absent });
    }
    const r0 = tRows.length + 1;
    let dcell;
    if (s.sept) dcell = "2021.9.7";
    else if (s.no === 6) dcell = "2021.3.18-19";
    else dcell = [D(s.date), cnDate(s.date), dotDate(s.date), excelSerial(s.date), slashDate(s.date)][k % 5];
    list.forEach((x, i) => {
      seqNo++;
      tRows.push([seqNo, i === 0 ? dcell : null, i === 0 ? s.topic : null, x.name, x.male ? "男" : "女", x.idText, mask(phone()), x.isPoor ? "是" : null, x.absent ? "缺" : "√"]);
      if (!x.absent) signRecs.push({ date: s.end, id: normId(x.idText) });
    });
    tMerges.push(`B${r0}:B${tRows.length}`, `C${r0}:C${tRows.length}`);
    tRows.push(padRow([], 9));
  });
  tRows.push(padRow([`合计：13期，签到${signRecs.length}人次（含9月7日第13期）`], 9));
  tMerges.push(`A${tRows.length}:I${tRows.length}`);
  const ptCut = signRecs.filter((r) => r.date <= CUT).length;
  assert(ptCut === 635 && ratioGE(ptCut, POP, 0.8) && !ratioGE(ptCut, POP, 1), "c1 635/64100 in [0.8%,1%)");
  assert(ratioGE(ptCut + 8, POP, 1) && ratioGE(signRecs.length, POP, 1), "c1 counting 缺 or September would reach 1%");
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(signRecs.filter((r) => r.date <= CUT && eligIds.has(r.id)).map((r) => r.id));
  assert(trainedCut.size === 15 && ratioGE(15, 30, 50) && !ratioGE(14, 30, 50), "c1 15/30 = 50%");

  // ---------------- 入驻企业 (状态 carries the exit date)
  const FIRMS = [["南澳县海岛优选电子商务有限公司", "平台型电商"], ["南澳县岛上云购网络科技有限公司", "平台型电商"], ["南澳县金龙紫菜网店", "销售型企业"],
    ["南澳县青澳鱿鱼干电商商行", "销售型企业"], ["南澳县深澳海味网店", "销售型企业"], ["南澳县云澳生蚝电子商务有限公司", "销售型企业"], ["南澳县后宅茶叶网店", "销售型企业"],
    ["南澳县宋井海产品电商商行", "销售型企业"], ["南澳县海风优品网络科技有限公司", "销售型企业"], ["南澳县蓝湾代运营工作室", "电商运营商"], ["南澳县岛民电商服务有限公司", "电商运营商"],
    ["南澳县启航网络运营有限公司", "电商运营商"], ["南澳县顺捷物流有限公司", "物流快递"], ["南澳县海岛冷链仓储有限公司", "物流快递"], ["南澳县跨海快递服务部", "物流快递"],
    ["南澳县潮声直播传媒有限公司", "直播服务"], ["南澳县渔家女直播工作室", "直播服务"], ["南澳县海丝供应链管理有限公司", "供应链服务"],
    ["南澳县黄花山农特产品网店", "销售型企业"], ["南澳县浪花电子商务有限公司", "销售型企业"], ["南澳县白沙湾文创网店", "销售型企业"], ["南澳县金屿海鲜电商商行", "销售型企业"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), entered: randIsoBetween("2021-03-01", "2021-08-10"), left: null }));
  firms[18].entered = CUT;
  firms[19].left = CUT;
  firms[20].entered = "2021-09-02";
  firms[21].entered = "2021-03-16";
  firms[21].left = "2021-06-30";
  const renamed = firms[4];
  renamed.entered = "2021-03-23";
  const eRows = [["南澳县电商产业园入驻企业清单"], ["填报单位：南澳县电商产业园运营中心　　统计截至：2021年9月10日"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态", "备注"]];
  const order = firms.slice().sort((a, b) => cmp(a.entered, b.entered));
  const eRowFor = new Map();
  order.forEach((f, j) => {
    const ent = f.entered === CUT ? "2021年8月31日" : f.entered === "2021-09-02" ? "2021.9.2" : dateCell(f.entered, j + 1);
    const st = f.left === CUT ? "已退园（2021年8月31日）" : f.left ? `已退园（${dotDate(f.left)}）` : f.entered > CUT ? "在园（9月新入驻）" : "在园";
    eRows.push([eRows.length - 2, f.n, f.code, f.t, ent, st, f === renamed ? "2021年5月由“南澳县深澳海产网店”更名" : f.left === CUT ? "租期届满，8月31日办结退园" : null]);
    eRowFor.set(f, eRows.length);
  });
  const oldName = "南澳县深澳海产网店";
  eRows.push([eRows.length - 2, oldName, renamed.code, renamed.t, dateCell(renamed.entered, 3), "已更名", `即序号${eRowFor.get(renamed) - 3}“${renamed.n}”，重复登记`]);
  const inPark = new Set(firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT)).map((f) => f.code));
  const typesIn = new Set(firms.filter((f) => inPark.has(f.code)).map((f) => f.t));
  assert(inPark.size === 20 && typesIn.size >= 3, "c1 20 in the park " + inPark.size);

  // ---------------- 资金台账 (万元, quarterly 小计)
  const PAY = [["2020-10-28", "县电商公共服务中心建设首期款", "南澳县海岛优选电子商务有限公司", 385000], ["2020-12-15", "村级站点建设首期款", "中国邮政集团有限公司南澳县分公司", 246800],
    ["2021-01-20", "电商培训服务费（第一期）", "汕头市XX职业培训学校", 96500], ["2021-03-12", "县电商公共服务中心建设进度款", "南澳县海岛优选电子商务有限公司", 468200],
    ["2021-03-30", "物流配送体系建设首期款", "南澳县顺捷物流有限公司", 312000], ["2021-04-23", "品牌推广服务费", "南澳县海岛优选电子商务有限公司", 158750],
    ["2021-05-28", "村级站点建设进度款", "中国邮政集团有限公司南澳县分公司", 421300], ["2021-06-18", "电商培训服务费（第二期）", "汕头市XX职业培训学校", 135650],
    ["2021-07-09", "冷链仓储建设款", "南澳县海岛冷链仓储有限公司", 508400], ["2021-08-06", "产业园改造工程款", "南澳县建工工程有限公司", 0], ["2021-09-03", "村级站点建设尾款", "中国邮政集团有限公司南澳县分公司", 400000]];
  PAY[9][3] = 3624500 - sum(PAY.slice(0, 9).map((p) => p[3]));
  assert(PAY[9][3] > 0, "c1 last payment positive " + PAY[9][3]);
  const fRows = [["南澳县电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]];
  const fMerges = ["A1:G1", "A2:G2"];
  let qCur = null;
  let qSum = 0;
  let n = 0;
  const flushQ = () => {
    if (qCur === null) return;
    fRows.push([`${qCur}小计`, null, null, null, wan4(qSum), null, null]);
    fMerges.push(`A${fRows.length}:D${fRows.length}`);
  };
  PAY.forEach(([d, what, who, a], j) => {
    const q = quarterText(d);
    if (q !== qCur) {
      flushQ();
      qCur = q;
      qSum = 0;
    }
    qSum += a;
    n++;
    fRows.push([n, dateCell(d, j + 1), what, who, j % 4 === 2 ? wanText(a, 4) : wan4(a), `南商记〔${d.slice(0, 4)}〕${pad3(rint(10, 180))}号`, d > CUT ? "9月拨付" : null]);
  });
  flushQ();
  fRows.push(["累计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, "含9月拨付40万元"]);
  fMerges.push(`A${fRows.length}:D${fRows.length}`);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3624500 && ratioGE(spent, 5000000, 70), "c1 spent 72.49%");

  // ---------------- 月报报送 (1—2月合并 → no entry dated February 2021)
  const rRows = [["南澳县电子商务进农村工作月报报送登记"], ["序号", "所属月份", "报送日期", "报送方式", "是否含电商扶贫统计", "备注"]];
  const rDates = [];
  const months = monthsBetween("2020-08", "2021-08").filter((m) => m !== "2021-02");
  months.forEach((m, j) => {
    let d;
    if (m === "2021-01") d = "2021-03-05";
    else {
      const nx = monthsBetween(m, "2021-12")[1];
      d = `${nx}-${String(rint(4, 9)).padStart(2, "0")}`;
      while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    }
    rDates.push(d);
    rRows.push([j + 1, m === "2021-01" ? "2021年1—2月" : cnMonth(m), dateCell(d, j), j % 2 ? "粤政易" : "电子邮件", "是", m === "2021-01" ? "春节期间1、2月合并报送" : null]);
  });
  const repMonths = inWindowMonths(rDates);
  assert(repMonths === 11 && !rDates.some((d) => d.startsWith("2021-02")), "c1 reports 11 months " + repMonths);

  // ---------------- 专栏更新 (all 12 months; February only as a month)
  const UPD = [["2020-08-14", "南澳县电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-08-14", "南澳县电子商务进农村综合示范项目基本信息", "项目信息"],
    ["2020-08-21", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    UPD.push([m === "2021-02" ? m : `${m}-${String(rint(8, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `南澳县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  const uRows = [["县政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "栏目"]];
  UPD.forEach(([d, t, c], j) => uRows.push([j + 1, d.length === 7 ? "2021年2月" : dateCell(d, j), t, c]));
  assert(inWindowMonths(UPD.map((u) => u[0])) === 12, "c1 column 12 months");

  // ---------------- 宣传报道 / 经验材料
  const mRows = [["宣传报道登记表"], ["序号", "刊播日期", "媒体名称", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, dateCell("2020-11-20", 1), "南澳县融媒体中心", "县级", "网络", "《我县首批村级电商服务站挂牌》", "否"],
    [2, dateCell("2021-04-16", 2), "汕头日报", "市级", "报纸", "《南澳：海岛特产搭上电商快车》", "否"],
    [3, dateCell("2021-06-25", 3), "汕头广播电视台", "市级", "电视", "《南澳紫菜直播间》", "否"],
    [4, "2021.9.3", "南方日报", "省级", "报纸", "《南澳电商进农村：小岛货卖全国》", "否"]];
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年6月18日", "《南澳县“电商＋海岛特产”助农增收经验材料》", "汕头市商务局"], [2, "2021.9.9", "《南澳县电子商务进农村综合示范创建工作总结》", "汕头市商务局"]];

  // ---------------- 自评表（扣分制）
  const W = 6;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:F${fr.length}`);
  };
  const pair = (a, b, c, d) => {
    fr.push([a, b, null, c, d, null]);
    fm.push(`B${fr.length}:C${fr.length}`, `E${fr.length}:F${fr.length}`);
  };
  const wide = (a, b) => {
    fr.push(padRow([a, b], W));
    fm.push(`B${fr.length}:F${fr.length}`);
  };
  full("南澳县电子商务进农村综合示范创建考评自评表（扣分制）");
  full("填报单位（盖章）：南澳县商务局　　　考评截止日期：2021年8月31日　　　填报日期：2021年9月8日");
  full("一、基本数据");
  pair("县（市、区）", "南澳县", "常住人口", "6.41万人");
  pair("行政村", "28个（另有社区8个）", "省定贫困村", "2个");
  pair("领导小组组长", "县委副书记、县长", "副组长", "副县长（分管商务）");
  wide("成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、南澳邮政分公司");
  pair("创建工作方案", "已印发（南府办〔2020〕12号）", "扶持政策", "已出台《南澳县农村电商发展扶持办法》");
  pair("公共服务中心投入运营", "2021年3月1日", "电商产业园", "已建成（入驻企业20家）");
  pair("免费培训场所和设备", "有", "免费展示、销售服务", "有");
  pair("免费摄影、美工服务", "有", "品牌推广和品牌建设", "有");
  pair("其他衍生增值服务", "暂无", "第三方运营服务商", "有（南澳县海岛优选电子商务有限公司）");
  pair("行政村快递覆盖率", "100%", "已建站行政村", "21个");
  pair("2019年农村网络零售额", "3.12亿元", "2020年农村网络零售额", "3.98亿元");
  pair("2019年农产品网络零售额", "8,500万元", "2020年农产品网络零售额", "11,300万元");
  pair("有劳动能力的建档立卡贫困人口（不含外出务工）", "30人", "参加培训的建档立卡贫困人口", "15人");
  wide("政府网站专栏公示内容", "创建方案√　项目基本信息√　建设进度（按月）√　监督举报电话√");
  pair("按月向市商务局报送", "是", "统计电商扶贫情况", "是");
  pair("下达资金总额", "500万元", "累计拨付资金", "362.45万元");
  pair("资金管理制度", "已制定", "资金专用台账", "已建立");
  full("二、主观评分项自评");
  pair("方案制定（1-2分）", "2分", "政策支持（1-2分）", "1分");
  pair("项目管理制度（1-2分）", "2分", "工作台账（1-2分）", "1分");
  pair("网销调研（1-2分）", "2分", "网络促销活动（1-2分）", "1分");
  pair("交易标准、冷链溯源（1-2分）", "1分", "资金管理制度（1-5分）", "4分");
  pair("资金台账（1-5分）", "4分", "资金及时拨付（1-5分）", "3分");
  full("三、扣分情况（满分100分，按指标扣分）");
  fr.push(["序号", "评价指标", "分值", "扣分", "扣分原因", null]);
  fm.push(`E${fr.length}:F${fr.length}`);
  const DED = [["组织领导", "org.leadership", 2, "0", null], ["方案制定", "org.plan", 2, "0", null], ["政策支持", "org.policy", 2, "-1", "人才、用地政策尚未配套"],
    ["项目管理", "org.management", 4, "-1", "工作台账记录不够详细"], ["服务体系建设（县级中心与产业园）", "work.center", 15, "-1", "其他衍生增值服务暂未开展"],
    ["服务体系建设（村级站点覆盖）", "work.coverage", 10, "0", null], ["农村产品上行", "work.upward", 10, "-2", "促销活动、交易标准与溯源各扣1分"],
    ["电商人才培训", "work.training", 20, "0", null], ["信息公开", "info.disclosure", 4, "—", null], ["数据上报", "info.reporting", 6, "—", null],
    ["案例总结", "promo.cases", 2, "0", null], ["经验推广", "promo.media", 8, "0", "有省级、市级、县级媒体报道"], ["制度建立", "fund.system", 5, "扣1分", "考核问责制度待完善"],
    ["资金台账", "fund.ledger", 5, "扣1分", "个别凭证后补"], ["资金支出", "fund.spending", 5, "扣2分", "支出率72.5%，部分款项拨付滞后"]];
  const claimed = {};
  const dedNum = (s) => (s === "—" ? 0 : Math.abs(Number(s.replace(/[扣分]/g, ""))));
  DED.forEach(([nm, id, max, d, why], j) => {
    fr.push([j + 1, nm, max, d, why, null]);
    fm.push(`E${fr.length}:F${fr.length}`);
    claimed[id] = max - dedNum(d);
  });
  const dedTot = sum(DED.map((x) => dedNum(x[3])));
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(dedTot === 9 && claimedScored === 91, "c1 claimed 91 " + claimedScored);
  fr.push(["合计", null, 100, `扣${dedTot}分`, `自评得分${claimedScored}分`, null]);
  fm.push(`A${fr.length}:B${fr.length}`, `E${fr.length}:F${fr.length}`);
  fr.push(["加分项", null, "可加分", "自评加分", "说明", null]);
  fm.push(`A${fr.length}:B${fr.length}`, `E${fr.length}:F${fr.length}`);
  fr.push(["贫困人口培训率≥70%", null, 2, 0, "培训率50%，未达到", null]);
  fm.push(`A${fr.length}:B${fr.length}`, `E${fr.length}:F${fr.length}`);
  fr.push(["电商扶贫典型案例电视播报", null, 2, 0, "无", null]);
  fm.push(`A${fr.length}:B${fr.length}`, `E${fr.length}:F${fr.length}`);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 0;
  full("四、一票否决事项");
  pair("发生安全生产、质量事故或重大损失", "无", "弄虚作假", "无");
  pair("项目总体进度", "85%", null, null);
  full("填表人：林××　　审核人：陈××（局长）　　联系电话：0754-86xxxxxx");
  for (const r of fr) assert(r.length === W, "c1 form width");

  // ---------------- points
  const centerPts = 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.size >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, 28, 70) ? 5 : ratioGE(covSet.size, 28, 50) ? 2 : 0) + 5;
  const trainPts = (ratioGE(ptCut, POP, 1) ? 10 : ratioGE(ptCut, POP, 0.8) ? 8 : ratioGE(ptCut, POP, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 30, 50) ? 10 : ratioGE(trainedCut.size, 30, 40) ? 8 : ratioGE(trainedCut.size, 30, 30) ? 6 : 0);
  assert(!(3980 * 10 >= 3120 * 13) && 11300 * 10 >= 8500 * 13, "c1 growth: rural 27.6%, agri 32.9%");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1,
    "work.center": centerPts, "work.coverage": covPts, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": trainPts, "info.disclosure": 2 + 2, "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 10 && trainPts === 18, "c1 center/coverage/training " + [centerPts, covPts, trainPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 81, "c1 total " + scored);
  const derivation = [
    "org.leadership: 自评表“领导小组组长：县委副书记、县长”（县长是主要领导；副组长副县长不改变牵头人），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 主观评分项“方案制定（1-2分）2分”，方案已印发（南府办〔2020〕12号） → 2",
    "org.policy: “政策支持（1-2分）1分”，扶持办法已出台 → 1",
    "org.management: 项目管理制度2分 ＋ 工作台账1分 → 3",
    `work.center: 中心投入运营2021年3月1日 ≤ 截止日 → 建成2；运行满6个月要求不晚于2021-02-28，3月1日晚一天 → 0；免费培训“有” → 2；免费展示销售“有” → 1；免费摄影美工“有” → 1；品牌推广“有” → 1；其他衍生增值服务“暂无” → 0；电商产业园“已建成” → 2；《入驻企业》23行：“${firms[20].n}”2021.9.2入驻不算，“${firms[21].n}”2021.6.30退园不算，“${firms[19].n}”2021年8月31日退园（截止日当天退出不是截止日前退出）算，“${firms[18].n}”2021年8月31日入驻算，末行“${oldName}”与序号${eRowFor.get(renamed) - 3}信用代码相同（更名重复登记）只算一家 → 在园20家 ≥ 20 → 2；类型有平台型电商、销售型企业、电商运营商、物流快递等 → 1；合计12（自评14）`,
    `work.coverage: 《村居名单》性质“村委会”28个（居委会8个不算）；《站点清单》只读“二、站点明细”（上面的汇总截至9月10日，已建站21个含9月的站）：挂牌时间 ≤ 2021-08-31 覆盖的行政村20个（“${short(vCut)}村”2021年8月31日挂牌算；“${short(vLong)}村民委员会”即${vLong}；“${short(covNonPoor[9])}村”2号站只算一次；“${towns[0].cs[1]}”社区站不算；青澳湾渔港服务点不在名单内不算并提示；“${vSept}”2021.9.5挂牌不算） → 20/28 = ${pct1(20, 28)} ≥ 70% → 5（少算一村就是19/28 = 67.9% → 2）；省定贫困村2个（${poor.join("、")}）都有截止日前的站 → 2/2 = 100% → 5；合计10`,
    "work.upward: 网销调研2分、促销1分、交易标准冷链溯源1分；第三方运营服务商“有” → 1；《村居名单》有“快递进村情况”列，28个行政村都是“已通” → 1；农村网零3.12亿→3.98亿元增长27.6%（不到30%），农产品网零8,500万→11,300万元增长32.9% ≥ 30% → 2；合计8",
    `work.training: 《培训签到》逐行计人次：签到“√”且培训日期 ≤ 8月31日的${ptCut}人次（培训日期是纵向合并格，整期各行都用它；第6期“2021.3.18-19”按结束日；第7期身份证号脱敏照样计人次；“缺”8行不算；分页重复的表头行、空行、合计行不算；第13期“2021.9.7”45人次不算） → ${ptCut}/64,100（常住人口6.41万人，不足50万按实数） = ${pct2(ptCut, POP)} < 1%，≥ 0.8% → 8（把“缺”算进去是643 = 1.003%，把9月那期算进去是680，都会误得10）；《脱贫人口名单》劳动能力为普通、技能、弱劳动力且务工情况不是县外、省外务工的30人；签到表里截止日前身份证号对上的15人（一人末位小写x、一人身份证号带空格，规整后才对得上；一人参训两次算一次；“${septOnly.name}”只参加9月7日的第13期；外出务工的“${mig.name}”和${nol.lab}的“${nol.name}”不在30人内） → 15/30 = 50% ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度、监督举报电话四项都有 → 2；《专栏更新》2020年9月—2021年8月每月都有更新（2021年2月那条只写“2021年2月”，月份可知，算） → 2；合计4",
    "info.reporting: 《月报报送》按报送日期：1、2月合并在2021年3月5日报送，2021年2月没有报送记录；2020年9月—2021年8月中有11个月有报送（8月月报9月6日报送不在窗口内） → 不定时1；“是否含电商扶贫统计”都为“是”，自评表“统计电商扶贫情况：是” → 3；合计4（自评6）",
    "promo.cases: 《经验材料》2021年6月18日向汕头市商务局报送 → 2（9月9日的总结在截止日后）",
    "promo.media: 截止日前有汕头日报、汕头广播电视台（市级） → 3，南澳县融媒体中心（县级） → 1；南方日报（省级）2021.9.3在截止日后不算 → 4（自评8）",
    "fund.system: 资金管理制度自评4分 → 4",
    "fund.ledger: 资金台账自评4分 → 4",
    `fund.spending: 《资金台账》单位万元，截止日前10笔合计${wan4(spent)}万元 = ${fmtMoney(spent)}元（季度小计行、累计行不是拨付；9月3日40万元不算），与自评表“累计拨付362.45万元”一致 → ${fmtMoney(spent)}/5,000,000 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付自评3分 → 3`,
    "bonus.poorTraining: 贫困人口培训率15/30 = 50% < 70% → 0",
    "bonus.tvCase: 汕头广播电视台的报道不是电商扶贫典型案例，也不是国家级、省级电视 → 0",
    "veto.incident: 自评表“发生安全生产、质量事故或重大损失：无” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假：无” → 不否决",
  ];
  return {
    description:
      "汕头南澳县商务局整本考评工作簿（12个表：扣分制自评表＋11个台账表），81分、无加分、未否决（自评91）：事实表是《考评自评表（扣分制）》——“一、基本数据”每行两对 标签｜值（值格合并），“二、主观评分项自评”也是两对一行，“三、扣分情况”只有 分值｜扣分｜扣分原因、没有得分列（自评分＝分值−扣分，扣分写“0”“—”“-1”“扣1分”，合计行“扣9分｜自评得分91分”），加分另列小表；台账有两行表头、镇纵向合并的村居名单（快递都“已通”）、省定贫困村2个、上面是截至9月10日的各镇汇总下面才是明细的站点清单（20/28刚过70%，靠8月31日挂牌和“村民委员会”写法的两站）、培训日期和内容纵向合并的签到汇总（分页重复表头、“缺”8行、9月一期，635/64,100＝0.99%只得8分）、按户排的脱贫人口（15/30正好50%，靠小写x和带空格的身份证号）、状态格里写退园日期的入驻企业（8月31日退园和入驻的都在园、更名重复登记一行，正好20家）、万元单位带季度小计的资金台账（72.5%）、1—2月合并报送的月报（2021年2月无报送）、专栏、宣传报道（省级在9月）和经验材料。",
    sheets: [
      { name: "自评表", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "省定贫困村", rows: pvRows, merges: ["A1:D1", "A5:D5"] },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训签到", rows: tRows, merges: tMerges },
      { name: "脱贫人口", rows: pRows, merges: ["A1:I1", `A${pRows.length}:I${pRows.length}`] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "资金台账", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山三水区: 财政《项目支出绩效自评表》
// =====================================================================================================
function buildF1() {
  const W = 9;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:I${rows.length}`);
  };
  full("项目支出绩效自评表");
  full("（2019年省级电子商务进农村综合示范项目　评价期间：2019年12月—2021年8月31日　数据截至2021年8月31日）");
  rows.push(padRow(["填报单位（盖章）：佛山市三水区经济和科技促进局", null, null, null, null, null, "金额单位：万元", null, null], W));
  merges.push(`A${rows.length}:F${rows.length}`, `G${rows.length}:I${rows.length}`);
  rows.push(padRow(["项目名称", "三水区电子商务进农村综合示范项目"], W));
  merges.push(`B${rows.length}:I${rows.length}`);
  rows.push(["主管部门", "佛山市三水区经济和科技促进局", null, null, "实施单位", "佛山市三水区经济和科技促进局（商务）", null, null, null]);
  merges.push(`B${rows.length}:D${rows.length}`, `F${rows.length}:I${rows.length}`);
  // 项目资金 block
  const F = [["年度资金总额", 800, 612.35], ["其中：省级财政资金", 500, 401.28], ["　　　区级配套资金", 300, 211.07], ["　　　其他资金", 0, 0]];
  assert(Math.round((F[1][2] + F[2][2]) * 100) === Math.round(F[0][2] * 100), "f1 funds add up");
  const r0 = rows.length + 1;
  rows.push(["项目资金（万元）", null, "预算数", "执行数", null, "分值", "执行率", "得分", null]);
  merges.push(`D${rows.length}:E${rows.length}`, `H${rows.length}:I${rows.length}`);
  F.forEach(([lab, bud, exe], j) => {
    const rate = bud ? pct1(Math.round(exe * 100), bud * 100) : "—";
    rows.push([null, lab, bud, exe, null, j === 0 ? 10 : "—", rate, j === 0 ? 7.65 : "—", null]);
    merges.push(`D${rows.length}:E${rows.length}`, `H${rows.length}:I${rows.length}`);
  });
  merges.push(`A${r0}:A${rows.length}`);
  assert(pct1(61235, 80000) === "76.5%" && pct1(40128, 50000) === "80.3%", "f1 rates");
  rows.push(padRow(["注：省级考评的“下达资金”“资金支出率”按省级财政资金口径；区级配套资金单独核算。"], W));
  merges.push(`A${rows.length}:I${rows.length}`);
  // 年度总体目标
  rows.push(["年度总体目标", "预期目标", null, null, null, "实际完成情况", null, null, null]);
  merges.push(`B${rows.length}:E${rows.length}`, `F${rows.length}:I${rows.length}`);
  const g0 = rows.length;
  rows.push([null,
    "建立区、镇、村三级农村电商服务体系，建成区级电子商务公共服务中心和电商产业园，村级站点覆盖70%以上行政村、省定贫困村全覆盖；培训人次达到常住人口1%以上；2020年农村网络零售额增长20%以上。",
    null, null, null,
    "成立由区委副书记、区长任组长，分管副区长任副组长，区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局、区交通运输局为成员的领导小组；2020年4月印发创建工作方案，出台《三水区促进农村电子商务发展若干措施》；制定专项资金管理办法，各承建单位建立资金专用台账；区政府网站专栏公开创建方案、项目基本信息和每月建设进度，开通监督举报电话；每月向佛山市商务局报送工作进展和电商扶贫统计数据。项目实施以来未发生安全生产、质量事故。",
    null, null, null]);
  merges.push(`B${rows.length}:E${rows.length}`, `F${rows.length}:I${rows.length}`, `A${g0}:A${rows.length}`);
  // 绩效指标
  rows.push(["绩效指标", "一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  const k0 = rows.length;
  const K = [
    ["产出指标", "数量指标", "村级电商服务站点覆盖行政村数", "≥39个", "41个", 8, 8, "全区行政村55个，覆盖率74.5%"],
    [null, null, "省定贫困村站点覆盖率", "100%", "100%", 6, 6, "省定贫困村6个全部建站"],
    [null, null, "电商培训人次", "≥5,000人次", "4,876人次", 8, 7, "常住人口81.66万人（七普），超过50万按50万计；受疫情影响部分班次延期"],
    [null, null, "建档立卡贫困人口参训率", "≥50%", "55.1%", 6, 6, "有劳动能力且未外出务工的建档立卡贫困人口396人，参训218人"],
    [null, "质量指标", "公共服务中心免费服务", "免费培训、展示销售、摄影美工", "免费培训、免费展示销售已提供；摄影美工按成本价收费", 6, 4, "摄影美工服务拟于2021年第四季度改为免费"],
    [null, null, "电商产业园建成投入使用", "是", "是（入驻企业23家）", 5, 5, null],
    [null, null, "行政村物流快递覆盖率", "100%", "100%", 5, 5, null],
    [null, "时效指标", "公共服务中心投入运营时间", "2020年6月底前", "2020年9月16日", 6, 4, "场地改造延期，9月16日正式投入运营"],
    [null, null, "项目总体建设进度", "2021年8月底前完成100%", "92%", 5, 4, "冷链中心设备安装未完成"],
    ["效益指标", "经济效益指标", "2020年农村网络零售额同比增速", "≥20%", "24.7%", 8, 8, "2020年45.62亿元，2019年36.58亿元"],
    [null, null, "2020年农产品网络零售额同比增速", "≥20%", "31.2%", 6, 6, null],
    [null, "社会效益指标", "带动就业人数", "≥500人", "736人", 8, 8, null],
    [null, "可持续影响指标", "专业第三方运营服务商持续运营", "是", "是（佛山三水优选电子商务有限公司）", 5, 5, null],
    ["满意度指标", "服务对象满意度指标", "参训学员满意度", "≥90%", "96.3%", 8, 8, "问卷调查，有效问卷1,120份"],
  ];
  K.forEach((k) => rows.push([null].concat(k)));
  merges.push(`A${k0}:A${rows.length}`);
  // group merges for 一级 / 二级
  const grp = (col, idx) => {
    let start = null;
    K.forEach((k, j) => {
      if (k[idx] !== null) {
        if (start !== null && j - 1 > start) merges.push(`${col}${k0 + 1 + start}:${col}${k0 + j}`);
        start = j;
      }
    });
    if (K.length - 1 > start) merges.push(`${col}${k0 + 1 + start}:${col}${k0 + K.length}`);
  };
  grp("B", 0);
  grp("C", 1);
  const fen = 10 + sum(K.map((k) => k[5]));
  const de = 7.65 + sum(K.map((k) => k[6]));
  assert(fen === 100, "f1 分值 100 " + fen);
  rows.push(["总分", null, null, null, null, null, fen, Number(de.toFixed(2)), null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(padRow(["自评结论", "项目绩效自评得分" + de.toFixed(2) + "分，评价等级为“优”。主要问题：培训人次略低于年度指标值，冷链中心设备未安装完成，摄影美工服务仍按成本收费。"], W));
  merges.push(`B${rows.length}:I${rows.length}`);
  rows.push(padRow(["填表人：何××　　联系电话：0757-87xxxxxx　　单位负责人：梁××　　填报日期：2021年9月8日"], W));
  merges.push(`A${rows.length}:I${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  assert(pct1(456200 - 365800, 365800) === "24.7%" && pct1(218, 396) === "55.1%" && pct1(41, 55) === "74.5%", "f1 numbers");
  return {
    description:
      `佛山三水区经济和科技促进局交来当事实表的，是财政部门格式的《项目支出绩效自评表》（评价期间2019年12月—2021年8月31日，金额单位万元）：项目名称、主管部门｜实施单位两行，“项目资金（万元）”块（纵向合并）分 年度资金总额800｜其中省级财政资金500｜区级配套300｜其他，列 预算数｜执行数｜分值｜执行率｜得分，注明省级考评按省级资金口径（下达500万元、执行401.28万元）；“年度总体目标”预期目标｜实际完成情况两段文字（领导小组、方案、政策、资金制度台账、专栏、报送、未发生事故都在实际完成情况里）；绩效指标按 一级指标（产出／效益／满意度，纵向合并）｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因分析；读法：年度指标值是目标（≥5,000人次、2020年6月底前、100%）不是事实，只读实际完成值和偏差原因里的数（常住人口81.66万、行政村55个、贫困人口396人参训218人、中心2020年9月16日运营、摄影美工按成本收费为否、总体进度92%、农村网零36.58亿→45.62亿元和增速24.7%、农产品增速31.2%）；绩效得分、总分${de.toFixed(2)}和满意度96.3%不是考评自评分。`,
    sheets: [{ name: "绩效自评表", rows, merges }],
    expect: {
      facts: {
        county: "三水区", asOf: "2021-08-31", residentPopulation: 816600, adminVillagesStated: 55, poorVillagesStated: 6,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 3658000000, ruralRetail2020: 4562000000, ruralRetailGrowthStated: 0.247, agriRetailGrowthStated: 0.312,
        trainingPersonTimesStated: 4876, eligiblePoorPersonsStated: 396, trainedPoorPersonsStated: 218,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4012800, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 云浮云城区: 人大代表建议办理情况的补充答复（公文 pasted row by row）
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  const right = (t) => {
    rows.push(padRow([null, null, null, null, null, t], W));
    merges.push(`F${rows.length}:H${rows.length}`);
  };
  rows.push(padRow(["A类", null, null, null, null, "签发人：邓××"], W));
  merges.push(`A${rows.length}:B${rows.length}`, `F${rows.length}:H${rows.length}`);
  rows.push(padRow(["公开方式：主动公开"], W));
  merges.push(`A${rows.length}:D${rows.length}`);
  full("云浮市云城区商务局");
  right("云城商函〔2021〕56号");
  full(null);
  full("关于区十四届人大六次会议第23号代表建议办理情况的补充答复");
  full("（跟踪督办件）");
  full("李××代表：");
  const P = [
    "您在区十四届人大六次会议期间提出的《关于加快我区农村电子商务发展的建议》（第23号），我局已于2021年5月20日作出答复。您对答复表示“基本满意”，并希望我局在省级示范县考评前补充通报最新进展。现将有关情况补充答复如下（数据均截至2021年8月31日，即省级电子商务进农村综合示范县考评截止日）：",
    "您在建议中提到“全区仍有近四成行政村没有电商服务站点”“培训覆盖面不到常住人口的0.5%”，这是2020年底前的情况。5月份答复时，全区累计培训2,160人次、拨付省级资金215万元，项目总体进度约55%。经过近几个月的推进，有关工作又有了新的进展。",
    "一、基本情况。我区常住人口33.28万人（第七次全国人口普查），辖8个镇（街道），共有行政村86个、社区39个，其中省定贫困村11个。",
    "二、组织领导。区政府成立了由区长任组长、分管副区长任副组长，区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局等部门为成员的创建工作领导小组；2020年5月正式印发《云城区电子商务进农村综合示范创建工作方案》，2020年9月出台《云城区扶持农村电子商务发展的若干措施》。",
    "三、服务体系建设。区电子商务公共服务中心于2020年12月22日正式投入运营，由公开招标确定的专业第三方运营公司运营，免费为群众提供电商培训场地和设备，免费展示、展销云城特色农产品，免费为企业和农户提供产品拍摄和美工设计，统一推广“云城好物”区域公用品牌，并提供代办营业执照、对接小额信贷等增值服务；依托中心整合建设了云城电商产业园。截至8月31日，全区建成村级电商服务站点67个，覆盖行政村63个，11个省定贫困村全部覆盖；行政村快递服务覆盖率达到100%。",
    "四、农产品上行。2020年全区农村网络零售额11.26亿元，同比增长21.5%；农产品网络零售额2.87亿元，同比增长33.6%。",
    "五、人才培训。累计开展各类电商培训3,425人次；全区有劳动能力且未外出务工的建档立卡贫困人口1,086人，已参训596人。",
    "六、信息公开和资金管理。我区在区政府门户网站开设了电子商务进农村综合示范专栏，公开了创建方案和项目基本信息，每月更新建设进度，征求意见窗口尚未开通；每月向市商务局报送工作进展，同时报送电商扶贫统计情况。省下达我区专项资金500万元，截至8月31日已拨付372.8万元；我局会同区财政局制定了专项资金管理办法，各承建单位均建立了资金专用台账。项目总体进度约86%，项目建设中未发生安全生产和质量事故。",
    "七、下一步工作。一是力争年底前行政村站点覆盖率达到85%以上；二是年内再开展电商培训1,000人次；三是10月底前开通专栏征求意见窗口；四是加快资金拨付，年底前支出率达到95%以上。",
    "衷心感谢您对我区农村电子商务发展的关心和支持，欢迎继续提出宝贵意见。",
  ];
  for (const p of P) full(p);
  full(null);
  right("云浮市云城区商务局");
  right(cnFormalDate("2021-09-10"));
  full(null);
  full("（联系人：陈××，联系电话：0766-88xxxxx）");
  full("抄送：区人大常委会人事代表工委，区政府办公室。");
  for (const r of rows) assert(r.length === W, "f2 width");
  assert(pct1(63, 86) === "73.3%" && pct1(596, 1086) === "54.9%", "f2 numbers");
  return {
    description:
      "云浮云城区商务局交来当事实表的，是《关于区十四届人大六次会议第23号代表建议办理情况的补充答复》（跟踪督办件）公文，逐行贴进Excel：左上“A类”、右上“签发人”，“公开方式”，发文机关、右对齐文号“云城商函〔2021〕56号”，标题、称谓“李××代表：”，十段正文各占一行（A:H合并），落款和“二〇二一年九月十日”右对齐，联系人和抄送行。读法：事实在“一”至“六”段的句子里，数据口径第一段写明截至2021年8月31日即考评截止日；代表建议里的“近四成行政村没有站点”“不到常住人口0.5%”和5月20日首次答复时的2,160人次、215万元、55%都是旧数不是事实；区长任组长、商务财政农业农村乡村振兴都在成员里；中心2020年12月22日运营，五项服务都有；“征求意见窗口尚未开通”为否；网零只有2020年数和增速；“七、下一步工作”是计划；落款日期不是截止日期；没有自评分。",
    sheets: [{ name: "补充答复", rows, merges }],
    expect: {
      facts: {
        county: "云城区", asOf: "2021-08-31", residentPopulation: 332800, adminVillagesStated: 86, poorVillagesStated: 11,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-22", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 1126000000, ruralRetailGrowthStated: 0.215, agriRetail2020: 287000000, agriRetailGrowthStated: 0.336,
        trainingPersonTimesStated: 3425, eligiblePoorPersonsStated: 1086, trainedPoorPersonsStated: 596,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3728000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 广州增城区: the scoring add-in's inserted facts sheet, filled in the clerk's own way
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [["电子商务进农村综合示范考评 — 事实填报表"],
    ["本表由评分插件插入（规则：2019年广东省指标体系）。请在“填写值”列填写；是/否项可下拉选择；日期、金额请按“说明（示例）”的格式填写。"],
    ["填写单位：广州市增城区商务局　　填写人：钟××　　填写日期：2021年9月6日"],
    ["分组", "参数", "填写值", "单位/格式", "说明（示例）", "备注"]];
  const merges = ["A1:F1", "A2:F2", "A3:F3"];
  const opened = "2020-11-06";
  const G = [
    ["基本情况", [
      ["县（市、区）名称", "增城区", "文本", "例：乐昌市", null],
      ["考评截止日期", "2021.8.31", "日期", "默认2021-08-31；例：2021-08-31", null],
      ["常住人口", "146.6万", "人", "例：420000", "第七次全国人口普查"],
      ["行政村数", "见备注", "个", "不含居委会、社区", "284个行政村（另有社区居委会80个）"],
      ["省定贫困村数", 0, "个", "没有请填0", "广州市无省定贫困村（本区市定相对贫困村28个，不计入）"]]],
    ["组织领导", [
      ["牵头领导职务", "其他（见备注）", "下拉", "县长/区长/市长/书记/副县长/副区长/副市长/其他", "组长：区委副书记、区长；常务副组长：分管副区长"],
      ["参与部门", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", "多个部门用顿号分隔", "例：商务局、财政局", null],
      ["已正式印发示范县工作方案", "是", "是/否", null, null],
      ["已出台支持农村电商发展的政策", "是", "是/否", null, "增府办规〔2020〕9号"]]],
    ["公共服务中心与产业园", [
      ["公共服务中心投入运营日期", excelSerial(opened), "日期", "例：2021-03-26", null],
      ["有免费培训场所、培训设备，能组织电商基础培训", "√", "是/否", null, null],
      ["为特色农产品提供免费展示、销售服务", "是", "是/否", null, null],
      ["为电子商务市场主体提供免费摄影、美工服务", "否", "是/否", null, "按成本价收费"],
      ["组织农产品统一推广、指导特色农产品品牌建设", "是", "是/否", null, null],
      ["为电子商务发展提供其他衍生增值服务", null, "是/否", null, "待核实"],
      ["建设或整合、优化当地电商产业园", "是", "是/否", null, null]]],
    ["农村产品上行", [
      ["有专业第三方电子商务运营或服务商", "是", "是/否", null, null],
      ["行政村物流快递覆盖率100%", "是", "是/否", null, "区邮政管理局证明"],
      ["2019年农村网络零售额", "68.9亿", "元", "例：4167785 或 416.78万", null],
      ["2020年农村网络零售额", "86.32亿", "元", "例：4167785 或 416.78万", null],
      ["2019年农产品网络零售额", null, "元", null, "区统计局未单列"],
      ["2020年农产品网络零售额", null, "元", null, "区统计局未单列"],
      ["2020年农村网络零售额同比增速", "25.3%", "%", "例：30%", null],
      ["2020年农产品网络零售额同比增速", "未统计", "%", "例：30%", null]]],
    ["电商培训", [
      ["培训人次", "5,236", "人次", null, "截至8月31日"],
      ["有劳动能力的建档立卡贫困人口数（不含外出务工）", 1312, "人", null, "区农业农村局（扶贫）确认"],
      ["参加培训的建档立卡贫困人口数", "见备注", "人", null, "742人（按身份证号去重）"]]],
    ["信息公开与报送", [
      ["专栏公示创建方案", "是", "是/否", null, null],
      ["专栏公示项目基本信息", "是", "是/否", null, null],
      ["专栏公示项目建设进度", "是", "是/否", null, "每月更新"],
      ["专栏设立征求意见或监督举报窗口", "否", "是/否", null, "拟9月底开通"],
      ["能统计电商扶贫情况", "是", "是/否", null, null]]],
    ["财政资金", [
      ["下达资金总额", "500万元", "元", "例：5000000", null],
      ["累计拨付资金", "4,086,920.00", "元", "例：4167785.00", null],
      ["已制定资金管理制度", "是", "是/否", null, null],
      ["已建立资金专用台账", "是", "是/否", null, null],
      ["项目总体进度", "91%", "%", "例：85%", null]]],
    ["一票否决", [
      ["发生安全生产、质量事故或重大损失", "否", "是/否", null, null],
      ["弄虚作假", "否", "是/否", null, null]]],
    ["主观评分项", [
      ["方案制定", 2, "1-2", null, null],
      ["政策支持", 2, "1-2", null, null],
      ["项目管理制度", 2, "1-2", null, null],
      ["工作台账", 2, "1-2", null, null],
      ["网销调研", null, "1-2", null, "待局务会定"],
      ["网络促销活动", 2, "1-2", null, null],
      ["交易标准与冷链溯源", 1, "1-2", null, null],
      ["资金管理制度", 5, "1-5", null, null],
      ["资金台账", 4, "1-5", null, null],
      ["资金及时拨付", 4, "1-5", null, null]]],
  ];
  for (const [g, items] of G) {
    const r0 = rows.length + 1;
    items.forEach((it, j) => rows.push([j === 0 ? g : null].concat(it)));
    mergeCol(merges, "A", r0, rows.length);
  }
  rows.push([null, null, null, null, null, null]);
  rows.push(["（以下为电商股补充，供参考）", null, null, null, null, null]);
  merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["补充", "户籍人口", "124.5万", "人", null, null]);
  rows.push([null, "2021年1—8月农村网络零售额", "61.2亿", "元", null, null]);
  rows.push([null, "已建站行政村", "226个", "个", null, "覆盖率79.6%"]);
  mergeCol(merges, "A", rows.length - 2, rows.length);
  for (const r of rows) padRow(r, W);
  const lists = [["是否", "领导职务", "1-2", "1-5"], ["是", "县长", 1, 1], ["否", "区长", 2, 2], [null, "市长", null, 3], [null, "书记", null, 4], [null, "副县长", null, 5], [null, "副区长", null, null],
    [null, "副市长", null, null], [null, "其他", null, null]];
  assert(pct1(8632 - 6890, 6890) === "25.3%" && pct1(226, 284) === "79.6%", "f3 numbers");
  return {
    description:
      "广州增城区商务局电商股交来的是评分插件自己插入的空白事实表，由电商股按自己的习惯填写：三行抬头（表名、插件说明“请在填写值列填写”、填写单位｜填写人｜日期），表头 分组｜参数｜填写值｜单位/格式｜说明（示例）｜备注，分组纵向合并，另有插件的隐藏下拉表；读法：“见备注”的值在备注列（行政村284个、参训贫困人口742人），单位列写“人”“元”而填写值带“万”“亿”（146.6万人、68.9亿、86.32亿、500万元），中心运营日期是未设日期格式显示成的序列号44141（2020-11-06），免费培训填“√”，牵头领导下拉选了“其他（见备注）”、备注写明组长是区委副书记、区长，省定贫困村填0，“其他衍生增值服务”空着（备注待核实）、农产品网零空着、农产品增速“未统计”、网销调研自评空着（待局务会定）都不是事实，说明列的“例：420000”“例：乐昌市”“默认2021-08-31”是示例，底部电商股补充的户籍人口、1—8月网零、已建站行政村不是插件输入。",
    sheets: [
      { name: "考评参数", rows, merges },
      { name: "_下拉选项", rows: lists, hidden: true },
    ],
    expect: {
      facts: {
        county: "增城区", asOf: "2021-08-31", residentPopulation: 1466000, adminVillagesStated: 284, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: opened, centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 6890000000, ruralRetail2020: 8632000000, ruralRetailGrowthStated: 0.253,
        trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 1312, trainedPoorPersonsStated: 742,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4086920, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 江门新会区: 说明, 培训补贴花名册, 脱贫户成员, 合同付款台账, 报送系统签收记录, 图表数据, hidden 下拉选项
// =====================================================================================================
function buildL1() {
  const REG = "440705";
  const CUT = "2021-08-31";
  // ---------------- 培训补贴申领花名册
  const CLASSES = [
    { code: "XH-DS-2020-07", item: "农村电商基础", start: "2020-10-12", end: "2020-10-16", n: 20, fmt: (d) => D(d) },
    { code: "XH-DS-2020-09", item: "网店开设与运营", start: "2020-12-07", end: "2020-12-11", n: 18, fmt: (d) => slashDate(d) },
    { code: "XH-DS-2021-02", item: "直播带货实操", start: "2021-03-22", end: "2021-03-26", n: 22, fmt: (d) => yyyymmdd(d) },
    { code: "XH-DS-2021-05", item: "农产品短视频制作", start: "2021-05-17", end: "2021-05-21", n: 19, fmt: (d) => cnDate(d) },
    { code: "XH-DS-2021-08", item: "新会陈皮电商营销", start: "2021-08-23", end: "2021-08-27", n: 21, fmt: (d) => dotDate(d) },
    { code: "XH-DS-2021-10", item: "直播带货进阶", start: "2021-08-30", end: "2021-09-03", n: 20, fmt: (d) => dotDate(d) },
  ];
  const CATS = ["农村劳动力", "农村劳动力", "返乡创业人员", "脱贫人口", "城镇登记失业人员", "农村劳动力"];
  const tRows = [["江门市新会区职业技能培训补贴申领花名册（电子商务类）"],
    ["培训机构：江门市新会区启程职业培训学校　　申领批次：2021年第3批（含2020年第4批未申领班次）　　填报日期：2021年9月15日"],
    ["序号", "班级编号", "培训项目", "开班日期", "结业日期", "姓名", "性别", "公民身份号码", "人员类别", "考核结果", "补贴金额（元）"]];
  const tRecs = [];
  let seq = 0;
  let lowerDone = false;
  let subsidy = 0;
  CLASSES.forEach((c, ci) => {
    for (let i = 0; i < c.n; i++) {
      seq++;
      const male = rnd() < 0.5;
      const id = makeId(REG, birthBetween(1968, 2001), male, !lowerDone && ci === 2 && i === 4 ? true : undefined);
      let shown = id;
      if (!lowerDone && ci === 2 && i === 4) {
        shown = id.slice(0, 17) + "x";
        lowerDone = true;
      }
      const res = ci === 1 && i === 7 ? "缺考" : (ci === 3 && i === 2) || (ci === 4 && i === 11) ? "不合格" : "合格";
      const amt = res === "合格" ? [600, 800, 800, 800, 1000, 1000][ci] : 0;
      subsidy += amt;
      tRows.push([seq, c.code, c.item, c.fmt(c.start), c.fmt(c.end), personName(), male ? "男" : "女", shown, CATS[(seq + ci) % CATS.length], res, amt]);
      tRecs.push({ date: c.end, personTimes: 1, id });
    }
  });
  tRows.push([`合计：${CLASSES.length}个班，共${seq}人，补贴金额${fmtInt(subsidy)}元`]);
  tRows.push(["注：开班、结业日期为培训起止日期；考核结果只影响补贴发放，“缺考”“不合格”人员均已参加培训。"]);
  const tMerges = ["A1:K1", "A2:K2", `A${tRows.length - 1}:K${tRows.length - 1}`, `A${tRows.length}:K${tRows.length}`];
  assert(lowerDone && tRecs.length === 120, "l1 120 trainees");
  checkTrainingIds(tRecs, "l1");

  // ---------------- 脱贫户成员 (migrant by work place outside 新会区)
  const TOWNS = [["司前镇", ["石步村", "河村"]], ["大泽镇", ["沙冲村", "张村"]], ["双水镇", ["沙路村", "桥美村"]], ["崖门镇", ["甜水村"]]];
  const PLACES_IN = ["新会区会城街道", "新会区司前镇", "新会区大泽镇", "新会区今古洲经济开发区"];
  const PLACES_OUT = ["江门市蓬江区", "佛山市顺德区", "广州市白云区", "深圳市宝安区", "中山市小榄镇"];
  const COMP = [["W_IN", "W_OUT", "N"], ["W_OUT", "H", "S"], ["W_IN", "H"], ["H", "W_OUT", "N", "W_IN"], ["W_OUT", "W_OUT", "N"], ["W_IN", "WEAK"], ["H", "W_IN", "N"]];
  const pRows = [["新会区脱贫户家庭成员劳动力及务工情况表"], ["说明：劳动能力“有”“弱”属有劳动能力；务工地点在新会区以外（含江门市其他区）的为外出务工，在新会区内务工、在家务农的不是外出务工。"],
    ["序号", "镇（街）", "村", "户主", "成员姓名", "与户主关系", "身份证号码", "劳动能力", "是否务工", "务工地点"]];
  const pRecs = [];
  let ps = 0;
  let hi = 0;
  let xDone = false;
  for (const [t, vs] of TOWNS) for (const v of vs) {
    const nh = hi % 2 ? 2 : 1;
    for (let h = 0; h < nh; h++) {
      const comp = COMP[hi % COMP.length];
      hi++;
      const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
      let head = null;
      comp.forEach((c, i) => {
        ps++;
        const birth = c === "N" ? birthBetween(1935, 1954) : c === "S" ? birthBetween(2004, 2008) : i === 0 ? birthBetween(1962, 1978) : i === 1 ? birthBetween(1964, 1980) : birthBetween(1990, 2001);
        const male = i === 0 ? true : i === 1 ? false : rnd() < 0.5;
        const wantX = !xDone && c === "W_OUT" ? true : undefined;
        const id = makeId(REG, birth, male, wantX);
        let shownId = id;
        if (wantX) {
          xDone = true;
          shownId = id.slice(0, 17) + "x";
        }
        const name = i === 1 ? personName() : personName(sur);
        if (i === 0) head = name;
        const rel = i === 0 ? "户主" : i === 1 ? "配偶" : c === "N" ? (male ? "父亲" : "母亲") : male ? "之子" : "之女";
        let lab;
        let work;
        let place;
        let mig;
        if (c === "N") {
          lab = ps % 2 ? "无" : "丧失";
          work = "否";
          place = "—";
          mig = false;
        } else if (c === "S") {
          lab = "无";
          work = "否";
          place = "在校";
          mig = false;
        } else if (c === "H") {
          lab = "有";
          work = "否";
          place = "在家务农";
          mig = false;
        } else if (c === "WEAK") {
          lab = "弱";
          work = "是";
          place = "新会区司前镇（村保洁）";
          mig = false;
        } else if (c === "W_IN") {
          lab = "有";
          work = "是";
          place = PLACES_IN[ps % PLACES_IN.length];
          mig = false;
        } else {
          lab = "有";
          work = "是";
          place = PLACES_OUT[ps % PLACES_OUT.length];
          mig = true;
        }
        pRows.push([ps, t, v, head, name, rel, shownId, lab, work, place]);
        pRecs.push({ id, labour: lab === "有" || lab === "弱", migrant: mig });
      });
    }
  }
  assert(xDone && pRows.some((r) => r[9] === "江门市蓬江区"), "l1 poor: X id and a 蓬江区 worker");
  assert(pRecs.filter((r) => r.labour && !r.migrant).length > 5 && pRecs.some((r) => r.migrant), "l1 poor mix");

  // ---------------- 合同付款台账 (元)
  const PROJ = [
    ["区电子商务公共服务中心建设及运营", "江门市侨乡优选电子商务有限公司", 1500000, [["首期款", "2020-10-15", 0.3], ["进度款", "2021-03-18", 0.4], ["尾款（验收后支付）", null, 0.3]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司江门市新会区分公司", 1200000, [["首期款", "2020-11-20", 0.3], ["进度款", "2021-04-22", 0.4], ["尾款（验收后支付）", null, 0.3]]],
    ["县乡村三级物流配送体系建设", "江门市新会区通达物流有限公司", 900000, [["首期款", "2020-12-10", 0.3], ["进度款", "2021-06-08", 0.4], ["尾款", "2021-09-06", 0.3]]],
    ["农村电商人才培训服务", "江门市新会区启程职业培训学校", 600000, [["第一期", "2021-01-15", 0.3], ["第二期", "2021-05-28", 0.4], ["第三期", CUT, 0.3]]],
    ["农产品品牌推广及网销活动", "江门市葵乡文化传媒有限公司", 800000, [["首期款", "2021-07-16", 0.4], ["尾款（活动结束后支付）", null, 0.6]]],
  ];
  const fRows = [["新会区电子商务进农村综合示范项目合同付款台账"], ["单位：元"],
    ["序号", "合同名称／付款期次", "承建单位", "合同金额", "付款日期", "付款比例", "付款金额", "凭证号", "备注"]];
  const fMerges = ["A1:I1", "A2:I2"];
  const fRecs = [];
  let paidAll = 0;
  PROJ.forEach(([nm, who, amt, pays], pi) => {
    fRows.push([CN_NUM[pi + 1], nm, who, pi % 2 ? fmtMoney(amt) : amt, null, null, null, null, null]);
    pays.forEach(([stage, d, ratio], k) => {
      const a = Math.round(amt * ratio);
      if (d === null) {
        fRows.push([k + 1, stage, null, null, null, `${Math.round(ratio * 100)}%`, null, null, "未支付"]);
        return;
      }
      const dc = d === CUT ? "2021年8月31日" : d === "2021-09-06" ? "2021.9.6" : dateCell(d, pi + k);
      const ac = (pi + k) % 3 === 0 ? `¥${fmtMoney(a)}` : (pi + k) % 3 === 1 ? fmtMoney(a) : a;
      fRows.push([k + 1, stage, null, null, dc, `${Math.round(ratio * 100)}%`, ac, `新商付〔${d.slice(0, 4)}〕${pad3(rint(5, 160))}号`, d > CUT ? "9月支付" : null]);
      fRecs.push({ date: d, amount: a });
      paidAll += a;
    });
  });
  fRows.push(["合计", null, null, sum(PROJ.map((p) => p[2])), null, null, paidAll, null, "含9月支付"]);
  fMerges.push(`A${fRows.length}:C${fRows.length}`);
  assert(fRecs.length === 11 && paidAll === sum(fRecs.map((r) => r.amount)), "l1 11 payments");

  // ---------------- 报送系统签收记录 (date = 报送时间)
  const rRows = [["江门市电子商务进农村工作信息报送系统　报送记录查询"],
    ["查询条件：报送单位＝新会区商务局；报送时间 2020-08-01 至 2021-09-30　　导出时间：2021-09-30 10:15:42"],
    ["序号", "报送标题", "报送类型", "报送时间", "签收状态", "签收时间", "签收人", "附件"]];
  const rRecs = [];
  const months = monthsBetween("2020-08", "2021-08");
  months.forEach((m, j) => {
    const [y, mo] = m.split("-").map(Number);
    const ld = lastDay(y, mo);
    let d = m === "2021-08" ? CUT : m === "2021-01" ? "2021-01-29" : `${m}-${String(rint(ld - 6, ld)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) && m !== "2021-08") d = isoAdd(d, -1);
    const late = m === "2021-08" || m === "2021-01" || j % 4 === 2;
    let sd = late ? isoAdd(d, m === "2021-01" ? 3 : 1) : d;
    if (m === "2021-08") sd = "2021-09-01";
    const pov = m >= "2020-10";
    const two = (x) => String(x).padStart(2, "0");
    const h1 = late ? rint(14, 17) : rint(9, 11);
    const t1 = m === "2021-08" ? "23:10:05" : `${two(h1)}:${two(rint(0, 59))}:${two(rint(0, 59))}`;
    const t2 = late ? `${two(rint(8, 11))}:${two(rint(0, 59))}:${two(rint(0, 59))}` : `${two(h1 + rint(2, 5))}:${two(rint(0, 59))}:${two(rint(0, 59))}`;
    assert(`${sd} ${t2}` > `${d} ${t1}`, "l1 signed after sent");
    rRows.push([j + 1, `新会区${cnMonth(m)}电子商务进农村综合示范工作进展情况`, "月度工作进展", `${d} ${t1}`, "已签收", `${sd} ${t2}`,
      ["梁××", "黄××"][j % 2], pov ? "工作进展.docx；电商扶贫统计表.xlsx" : "工作进展.docx"]);
    rRecs.push({ date: d, poverty: pov });
  });
  assert(inWindowMonths(rRecs.map((r) => r.date)) === 12, "l1 reports 12 months by 报送时间");
  assert(rRecs.some((r) => r.date === CUT), "l1 a report on 8/31");

  // ---------------- 图表数据 / 说明 / 下拉选项
  const chart = [["图表数据（汇报PPT用，自动汇总，请勿修改）"], ["月份", "当月培训人次", "累计培训人次", "当月拨付（万元）", "累计拨付（万元）"]];
  let cumT = 0;
  let cumF = 0;
  for (const m of monthsBetween("2020-10", "2021-09")) {
    const t = tRecs.filter((r) => r.date.slice(0, 7) === m).length;
    const f = sum(fRecs.filter((r) => r.date.slice(0, 7) === m).map((r) => r.amount));
    cumT += t;
    cumF += f;
    chart.push([cnMonth(m), t, cumT, wan4(f), wan4(cumF)]);
  }
  const note = [["新会区电子商务进农村综合示范台账（人社、扶贫、财务、报送）"], ["1．《培训补贴花名册》为承训机构向区人社局申领补贴的花名册，一名学员一行。"],
    ["2．《脱贫户成员》来自区农业农村局（扶贫），按户列出家庭成员。"], ["3．《合同付款台账》按合同列付款期次，“未支付”的期次没有付款。"],
    ["4．《报送签收》为市报送系统导出，报送日期以“报送时间”为准。"], ["5．《图表数据》为汇报PPT用的汇总数。"], ["整理：区商务局电商股　2021年9月30日"]];
  const dd = [["考核结果", "人员类别", "劳动能力"], ["合格", "农村劳动力", "有"], ["不合格", "脱贫人口", "弱"], ["缺考", "返乡创业人员", "无"], [null, "城镇登记失业人员", "丧失"]];
  return {
    description:
      "江门新会区商务局电商股整理的一本台账（说明页、四张台账、图表数据和隐藏的下拉选项表）：①《培训补贴花名册》是承训学校向区人社局申领补贴的花名册，一名学员一行（班级编号、培训项目、开班日期、结业日期每行重复，各班日期写法不同：日期格、2020/12/7、20210326、2021年5月21日、2021.8.27），培训日期读结业日期（最后一班2021.8.30开班、2021.9.3结业照列），考核结果“缺考”“不合格”按注也是参训，补贴金额列和合计、注两行不是记录，一人身份证末位小写x；②《脱贫户成员》按户列家庭成员，劳动能力有／弱为有、无／丧失为无，外出务工看务工地点是否在新会区以外（江门市蓬江区也是外出务工，新会区内各镇街、村保洁不是），未务工、在校为否，一人身份证末位小写x；③《合同付款台账》合同行（序号一、二…，带合同金额）不是付款，付款期次行才是，“尾款（验收后支付）”等未支付行没有日期金额不是记录，金额有“¥450,000.00”、千分位文本和数字，8月31日一笔、9月6日一笔照列；④《报送签收》是市报送系统导出，日期读“报送时间”的日期（签收时间常在次日或下月初：8月31日23:10报送、9月1日签收的是8月），附件含电商扶贫统计表为含扶贫统计；⑤说明、图表数据、下拉选项不是台账。",
    sheets: [
      { name: "说明", rows: note, merges: [] },
      { name: "培训补贴花名册", rows: tRows, merges: tMerges },
      { name: "脱贫户成员", rows: pRows, merges: ["A1:J1", "A2:J2"] },
      { name: "合同付款台账", rows: fRows, merges: fMerges },
      { name: "报送签收", rows: rRows, merges: ["A1:H1", "A2:H2"] },
      { name: "图表数据", rows: chart, merges: ["A1:E1"] },
      { name: "下拉选项", rows: dd, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "培训补贴花名册": { kind: "training", records: tRecs },
        "脱贫户成员": { kind: "poorPersons", records: pRecs },
        "合同付款台账": { kind: "funds", records: fRecs },
        "报送签收": { kind: "reports", records: rRecs },
        "图表数据": { kind: null },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 肇庆端州区: 填报说明, 村居一览 (one town a row), 站点台账 (街道 prefix), 入驻企业 (签约｜实际入驻), 宣传报道 (【级别】 tags),
//      专栏更新 (置顶 first, date-times), 经验材料
// =====================================================================================================
function buildL2() {
  const REG = "441202";
  const CUT = "2021-08-31";
  const TOWNS = [["睦岗街道", 9, 4], ["黄岗街道", 7, 5], ["城东街道", 3, 6], ["城西街道", 4, 5]];
  const prefixes = ["睦岗", "黄岗", "城东", "城西"];
  const vName = nameMaker("七大小新长下上古塘莲龙白", ["星", "冲", "湾", "坑", "岭", "围", "基", "头", "洲", "涌", "岗"], "村", prefixes);
  const cName = nameMaker("宝端丽信景康", ["月", "城", "华", "安", "兴", "和"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const noExp = [towns[0].vs[7], towns[1].vs[2]];
  const vRows = [["端州区村（居）委会一览表"], ["（区民政局2021年8月提供；快递进村情况由区邮政管理部门核实）"],
    ["镇（街道）", "村委会（个）", "村委会名称", "社区居委会（个）", "社区居委会名称", "快递未进村的村"]];
  const vRecs = [];
  towns.forEach((x, ti) => {
    const vcell = x.vs.map((v) => (ti === 1 ? `${short(v)}村委会` : v)).join("、");
    const ccell = x.cs.map((c) => (ti === 2 ? `${c}居委会` : c)).join("、");
    const ne = x.vs.filter((v) => noExp.includes(v));
    vRows.push([x.t, x.vs.length, vcell, x.cs.length, ccell, ne.length ? ne.map((v) => `${v}（到街道快递点取件）`).join("；") : "无"]);
    for (const v of x.vs) vRecs.push({ name: v, admin: true, express: !noExp.includes(v) });
    for (const c of x.cs) vRecs.push({ name: c, admin: false });
  });
  vRows.push(["合计", admin.length, null, comms.length, null, `${noExp.length}个村`]);
  vRows.push(["注：名称按区民政局名录，一格内用“、”分隔。"]);
  assert(vRecs.length === admin.length + comms.length && admin.length === 23, "l2 villages");

  // ---------------- 站点台账 (所在村 with the 街道 prefix)
  const withSt = shuffle(admin.filter((v) => !noExp.includes(v))).slice(0, 15);
  const ST = withSt.map((v) => ({ v, op: randIsoBetween("2020-08-01", "2021-08-20") }));
  ST[3].op = "2020-10";
  ST[8].op = "2021-09-02";
  ST[11].op = null;
  ST.push({ v: withSt[5], op: randIsoBetween(ST[5].op > "2021-03-01" ? isoAdd(ST[5].op, 15) : "2021-03-01", "2021-08-25"), second: true });
  assert(ST[5].op && ST[ST.length - 1].op > ST[5].op && ST[ST.length - 1].op <= CUT, "l2 second station after the first");
  ST.push({ v: towns[2].cs[2], op: randIsoBetween("2020-11-01", "2021-06-30") });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op || "2021-07", b.op || "2021-07"));
  const sRows = [["端州区村级电子商务服务站点台账"], ["序号", "站点名称", "所在村（居）", "站长", "联系电话", "挂牌时间", "备注"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vc = `${townOf[s.v]}${isC ? s.v : j % 3 === 1 ? `${short(s.v)}村委会` : s.v}`;
    let dc;
    if (s.op === null) dc = null;
    else if (s.op === "2020-10") dc = "2020年10月";
    else if (s.op === "2021-09-02") dc = "2021.9.2";
    else dc = j % 4 === 0 ? s.op : dateCell(s.op, j);
    sRows.push([j + 1, `${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二站）" : ""}`, vc, personName(), phone(), dc,
      s.op === null ? "筹建中，未挂牌" : s.second ? "同村第二站" : s.op === "2021-09-02" ? "9月挂牌" : null]);
    const rec = { village: s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });
  assert(sRecs.length === 17 && sRecs.filter((r) => !r.opened).length === 1, "l2 17 stations");

  // ---------------- 入驻企业 (签约｜实际入驻, 退出)
  const FIRMS = [["肇庆市端州区砚都优选电子商务有限公司", "平台型"], ["肇庆市端州区星湖网购科技有限公司", "平台型"], ["肇庆市端州区端砚文创网店", "销售型"],
    ["肇庆市端州区裹蒸粽电商商行", "销售型"], ["肇庆市端州区西江鲜果网店", "销售型"], ["肇庆市端州区七星茶叶电子商务有限公司", "销售型"], ["肇庆市端州区农趣网店", "销售型"],
    ["肇庆市端州区云帆代运营有限公司", "电商运营商"], ["肇庆市端州区启航电商服务有限公司", "电商运营商"], ["肇庆市端州区速递通物流有限公司", "物流企业"],
    ["肇庆市端州区城配冷链仓储有限公司", "物流企业"], ["肇庆市端州区星光直播传媒有限公司", "直播机构"], ["肇庆市端州区好物供应链管理有限公司", "供应链"],
    ["肇庆市端州区莲塘农产品网店", "销售型"], ["肇庆市端州区新橙电子商务有限公司", "销售型"], ["肇庆市端州区景康跨境电商有限公司", "销售型"]];
  const firms = FIRMS.map(([n, t]) => {
    const ent = randIsoBetween("2020-10-10", "2021-08-10");
    return { n, t, code: creditCode(REG), signed: isoAdd(ent, -rint(5, 40)), ent, left: null, why: null };
  });
  firms[13].signed = "2021-08-16";
  firms[13].ent = "2021-09-06";
  firms[14].left = "2021-07";
  firms[14].why = "经营调整";
  firms[15].left = "2021-09-15";
  firms[15].why = "迁往高新区";
  firms[2].ent = CUT;
  firms[2].signed = "2021-08-20";
  const eRows = [["端州区电商产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻情况", null, "退出情况", null, "备注"],
    [null, null, null, null, "签约日期", "实际入驻日期", "退出日期", "原因", null]];
  const eMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:H2", "I2:I3"];
  const eRecs = [];
  firms.slice().sort((a, b) => cmp(a.signed, b.signed)).forEach((f, j) => {
    const entCell = f.ent === "2021-09-06" ? "2021.9.6" : f.ent === CUT ? "2021年8月31日" : dateCell(f.ent, j + 2);
    const leftCell = f.left === null ? null : f.left === "2021-07" ? "2021年7月" : "2021.9.15";
    eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.signed, j), entCell, leftCell, f.why, f.ent === "2021-09-06" ? "8月签约，装修后9月进场" : null]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });

  // ---------------- 宣传报道 (level tag in the title)
  const MED = [["2020-11-05", "【区级】端州发布｜我区首批村级电商服务站挂牌", "新媒体", "否", "county", false],
    ["2020-12-18", "【市级】西江日报｜端州：电商进村，裹蒸粽卖到大湾区", "报纸", "否", "city", false],
    ["2021-03-09", "【市级】肇庆广播电视台《肇庆新闻》｜端州电商助农直播", "电视", "是", "city", true],
    ["2021-05-20", "【央媒】人民网｜广东肇庆端州：小小服务站连起城乡", "网络", "否", "national", false],
    ["2021-07-02", "【省级】南方日报｜端州电商进农村示范创建见成效", "报纸", "否", "province", false],
    ["2021-08-26", "【省级】广东广播电视台《广东新闻联播》｜端州脱贫户直播卖莲藕", "电视", "是", "province", true],
    ["2021-09-08", "【区级】端州区融媒体中心《端州新闻》｜电商进农村迎检纪实", "电视", "否", "county", true]];
  const mRows = [["端州区电商进农村宣传报道登记"], ["序号", "发布日期", "标题（【】内为媒体级别）", "载体", "是否电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach(([d, t, f, c, lv, tv], j) => {
    mRows.push([j + 1, d === "2021-09-08" ? "2021.9.8" : dateCell(d, j + 1), t, f, c]);
    mRecs.push({ date: d, level: lv, tv });
  });

  // ---------------- 专栏更新 (置顶 first, then newest first, date-times)
  const pinned = [["2020-07-20", "[置顶] 端州区电子商务进农村综合示范创建工作方案"], ["2020-07-24", "[置顶] 关于公布电子商务进农村综合示范项目监督举报电话的公告"]];
  const ups = [["2020-07-20", "端州区电子商务进农村综合示范项目基本信息"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    ups.push([`${m}-${String(rint(18, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `端州区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  ups.push(["2021-09-02", "端州区电子商务进农村综合示范项目建设进度（2021年8月）"]);
  // the August progress item was re-issued on 9/2 with corrected figures; both stay in the list
  ups.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["区政府门户网站“电子商务进农村综合示范”专栏　内容列表（后台导出）"], ["序号", "标题", "发布时间", "浏览次数"]];
  const uRecs = [];
  pinned.concat(ups).forEach(([d, t], j) => {
    uRows.push([j + 1, d === "2021-09-02" ? `${t}（更正版）` : t, `${d} ${hms()}`, rint(40, 900)]);
    uRecs.push({ date: d });
  });

  const matRows = [["经验材料报送登记"], ["序号", "报送时间", "材料名称", "报送对象"],
    [1, "2021年4月", "《端州区“电商＋砚都文创”助农增收经验材料》", "肇庆市商务局"], [2, D("2021-07-09"), "《端州区电子商务进农村典型案例》", "肇庆市商务局"]];
  const matRecs = [{ date: "2021-04" }, { date: "2021-07-09" }];
  const readme = [["填报说明"], ["1．本册为端州区电子商务进农村综合示范台账（第二册），含村居一览、站点、入驻企业、宣传报道、专栏更新、经验材料。"],
    ["2．村居一览按街道一行，村委会、社区居委会名称写在同一格内，用“、”分隔。"], ["3．站点“所在村（居）”前面带街道名。"], ["4．入驻企业以“实际入驻日期”为入驻时间。"],
    ["5．宣传报道的媒体级别写在标题前的【】内：央媒为国家级。"], ["端州区商务局　2021年9月"]];
  return {
    description:
      "肇庆端州区商务局台账第二册（填报说明页＋六张表）：①填报说明不是台账；②《村居一览》一街道一行：街道｜村委会（个）｜村委会名称（全部村名写在一格、用“、”分隔，黄岗街道写成“××村委会”）｜社区居委会（个）｜社区居委会名称（同样一格，城东街道带“居委会”）｜快递未进村的村（“××村（到街道快递点取件）”，其余写“无”），记录按行、先村后社区、格内从左到右，快递只说村（社区不给快递值），合计行和注不是记录；③《站点台账》“所在村（居）”前带街道名（“睦岗街道××村”“黄岗街道××村委会”），挂牌时间有“2020-12-08”式文本、日期格、序列号、“2020年10月”只到月、“2021.9.2”，一站“筹建中，未挂牌”没有日期，同村“二站”和社区站照列；④《入驻企业》两行表头（入驻情况 签约日期｜实际入驻日期，退出情况 退出日期｜原因），入驻读实际入驻日期（一家8月16日签约、“2021.9.6”进场，一家8月31日入驻），退出日期有“2021年7月”只到月和“2021.9.15”；⑤《宣传报道》没有级别列，级别在标题前的【区级】【市级】【省级】【央媒】里（央媒为国家级），电视看载体列（新媒体、网络、报纸不是电视），9月8日一条照列；⑥《专栏更新》是网站后台导出，两条[置顶]排在最前、其余按发布时间倒序，发布时间是“2021-03-05 16:32:11”式日期时间文本，2021年1月没有，9月2日的8月进度更正版照列；⑦经验材料一条只到“2021年4月”。",
    sheets: [
      { name: "填报说明", rows: readme, merges: [] },
      { name: "村居一览", rows: vRows, merges: ["A1:F1", "A2:F2", `A${vRows.length}:F${vRows.length}`] },
      { name: "站点台账", rows: sRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "村居一览": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
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
write("counties", "b201-c1-nanao.json", c1);
write("facts", "b201-f1-sanshui.json", f1);
write("facts", "b201-f2-yuncheng.json", f2);
write("facts", "b201-f3-zengcheng.json", f3);
write("ledgers", "b201-l1-xinhui.json", l1);
write("ledgers", "b201-l2-duanzhou.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
