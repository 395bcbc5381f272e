// Batch 215 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b210.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (215215), no clock. Run: node test/corpus/_b215/gen-b215.js
//
// c1 榕城区 (揭阳): whole workbook. 《基础数据》 序号｜数据项｜数值｜单位｜口径／来源｜备注 — 组长 changed in June 2021 (区长 at the
//    cut-off), 户籍人口 beside 常住 93.62万, 区级配套100万 beside 省级下达500万 (only the latter is 下达资金), 2021年1—8月网零 is no
//    input; 主观评分项 block under it; 《自评得分》 official-style table. Ledgers: 村（居）委会名单 (no poor column) + separate 省定相对贫困村
//    list (村委会 suffix), 站点 two-row header (8/31 station makes exactly 83/118 ≥ 70%; a poor village's station 2021.9.2 → 14/15),
//    training 期次 ledger (人次, 专场 not in it; an 8.28—9.2 range session would lift it to 1%) + 脱贫户专场签到 person rows (both add up),
//    脱贫人口 list, 园区 20 in park (one entered on 8/31), 元 funds (text, 万 mixed), 月报, 专栏 (no Jan 2021), 宣传, 经验材料.
// f1 金湾区 (珠海): a card grid — every card is a merged two-column cell with the label on its first line and the value on the next
//    line(s) (“标签\n值”), three cards a row under section bars; boxes ☑/□ inside cards; judged as “自评2分”; 政策“☑未出台”.
// f2 茂南区 (茂名): the official indicator table with the clerk's text appended inside the 评价方式及佐证材料 cells after a “▲我区情况：”
//    paragraph (facts and judged parts only there), 自评得分 column = claimed; 服务体系建设 merged over two rows; bonus/veto rows.
// f3 高明区 (佛山): a facts workbook over six sheets — 封面 (county, 截止日), 领导小组名单 roster (职务｜姓名｜单位及职务; no 扶贫/乡村振兴
//    member → principal), 基础数据 two columns with units inside values, 中心服务项目 (收费情况 column decides the free items),
//    专栏设置 (子栏目｜开设情况: 监督举报 未开设), 主观分自评.
// l1 蓬江区 (江门): 填报说明; 站点台账 with 站点编号, a 撤销 station (still a record) and a 迁址 re-opened one, 8-digit / month-only /
//    serial dates; 培训统计 by session with 参训人次 split 男｜女 (no total column: 人次 = 男＋女), a cancelled session “—” is no record,
//    range dates read at the end; 贫困人口 with labour and migrant in one 劳动力状况 column; 宣传报道 国家级/省级/地市级/区县级; 统计 (not a ledger).
// l2 顺德区 (佛山): 封面; 村居名单 (性质 村委会/居委会, 省定贫困村 all 否 and “—” for 居委会, 快递网点 有（…）/无); 园区企业 with 租赁期限
//    ranges that are not exits and 状态 “提前退租（2021.6.30）”; 资金支付 in 万元 with four decimals, 年度小计/合计 rows; 月报报送 with
//    含扶贫统计 是/否/blank; 专栏信息 (索引号, 成文日期 vs 发布日期 — read 发布日期); 汇总 (not a ledger).
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
let seed = 215215;
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
    assert(/^b215-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b215-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b215-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 揭阳市榕城区: 基础数据 + 自评得分 + 十二个台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "445202";
  const POP = 936200;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["仙桥街道", 22, 2], ["梅云街道", 24, 2], ["磐东街道", 18, 3], ["榕东街道", 16, 3], ["东升街道", 14, 4], ["东阳街道", 12, 4], ["榕华街道", 6, 6], ["新兴街道", 6, 6]];
  const prefixes = ["仙桥", "梅云", "磐东", "榕东", "东升", "东阳", "榕华", "新兴"];
  const vName = nameMaker("新东西南北上大林黄洪陈吴许谢蔡凤玉龙桂溪港浦", ["美", "厝", "寮", "埔", "洋", "围", "头", "尾", "寨", "乡", "陇", "桥", "墩", "池", "湖", "内", "前", "后", "潭", "园"], "村", prefixes);
  const cName = nameMaker("榕进卫红光兴", ["华", "福", "康", "平", "丰", "城", "和"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 118 && comms.length === 30, "c1 118 villages + 30 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const rural = towns.slice(0, 4).flatMap((x) => x.vs);
  const poor = shuffle(rural).slice(0, 15);
  const poorSet = new Set(poor);
  const poorLate = poor[14]; // its only station opened 2021.9.2
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  assert(nonPoor.length === 103, "c1 103 non-poor");
  const covNonPoor = nonPoor.slice(0, 69); // 69 + 14 poor = 83
  const lastOne = covNonPoor[68]; // the 8/31 station's village
  const septVillage = nonPoor[69];

  // ---------------- 村（居）委会名单 (no poor column; 快递进村 column)
  const vRows = [["榕城区村（居）民委员会名单"], ["填报单位：揭阳市榕城区商务局　　　来源：区民政局村（居）委会名册（2021年）"],
    ["序号", "街道", "村（居）委会名称", "类别", "快递进村情况", "备注"]];
  const vMerges = ["A1:F1", "A2:F2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, isC ? `${short(v)}社区居民委员会` : `${short(v)}村民委员会`, isC ? "社区居委会" : "村委会",
        isC ? "已通达" : "已通达（邮政、三通一达）", null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村民委员会${admin.length}个，社区居民委员会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);

  // ---------------- 省定相对贫困村
  const pvRows = [["榕城区省定相对贫困村名单"], ["序号", "街道", "村名", "帮扶单位", "备注"]];
  poor.forEach((v, j) => pvRows.push([j + 1, townOf[v], `${short(v)}村委会`, ["揭阳市市场监督管理局", "揭阳市税务局", "榕城区财政局", "榕城区卫生健康局", "广东揭阳供电局"][j % 5], null]));
  pvRows.push([`注：共${poor.length}个，均为2016—2020年新时期精准扶贫精准脱贫省定相对贫困村。`]);
  const pvMerges = ["A1:E1", `A${pvRows.length}:E${pvRows.length}`];
  for (const r of pvRows) padRow(r, 5);

  // ---------------- 村级站点 (two-row header)
  const ST = [];
  poor.forEach((v) => ST.push({ v, op: v === poorLate ? "2021-09-02" : randIsoBetween("2020-05-10", "2021-08-20") }));
  covNonPoor.forEach((v) => ST.push({ v, op: v === lastOne ? CUT : randIsoBetween("2020-05-10", "2021-08-25") }));
  ST.push({ v: covNonPoor[3], op: randIsoBetween("2021-01-05", "2021-07-30"), second: true });
  ST.push({ v: poor[2], op: randIsoBetween("2021-01-05", "2021-07-30"), second: true });
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-09-01", "2021-06-30") });
  ST.push({ v: towns[4].cs[1], op: randIsoBetween("2020-09-01", "2021-06-30") });
  ST.push({ v: septVillage, op: "2021-09" });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op, b.op));
  const sRows = [["榕城区村级电子商务服务站点台账"], ["填报单位：揭阳市榕城区商务局　　　更新日期：2021年9月10日"],
    ["序号", "站点名称", "所在地", null, "站长", "联系电话", "挂牌运营时间", "运营状态"],
    [null, null, "街道", "村（居）", null, null, null, null]];
  const sMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4", "G3:G4", "H3:H4"];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = isC ? `${short(s.v)}社区` : [s.v, `${short(s.v)}村委会`, `${short(s.v)}村民委员会`][j % 3];
    let dc;
    if (s.op === CUT) dc = "2021.8.31";
    else if (s.op === "2021-09-02") dc = "2021.9.2";
    else if (s.op === "2021-09") dc = "2021年9月";
    else dc = dateCell(s.op, j);
    sRows.push([j + 1, `榕城区${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vcell, personName(), mask(phone()), dc,
      s.op > CUT ? "筹建中（9月挂牌）" : "正常运营"]);
  });
  sRows.push(["注：挂牌运营时间以站点挂牌并正式对外服务为准。"]);
  sMerges.push(`A${sRows.length}:H${sRows.length}`);
  for (const r of sRows) padRow(r, 8);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  const covBase = Math.min(admin.length, 200);
  assert(covSet.size === 83 && ratioGE(83, covBase, 70) && !ratioGE(82, covBase, 70), "c1 83/118 just over 70%");
  assert(covPoor.length === 14 && ratioGE(14, 15, 80) && !covSet.has(poorLate), "c1 poor 14/15");
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  assert(covPts === 8, "c1 coverage 8");

  // ---------------- 脱贫人口 (persons)
  const plan = shuffle([].concat(Array(60).fill("E"), Array(12).fill("M"), Array(10).fill("N")));
  let xDone = false;
  const persons = plan.map((c, k) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1966, 2000);
    const wantX = c === "E" && !xDone ? true : undefined;
    if (wantX) xDone = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX), name: personName(), v: poor[k % 14] };
  });
  persons.sort((a, b) => poor.indexOf(a.v) - poor.indexOf(b.v));
  const ppRows = [["榕城区脱贫人口（劳动力）名单"], ["数据来源：区乡村振兴局（2021年8月）　　说明：有劳动能力但外出务工的，不列入电商培训对象。"],
    ["序号", "街道", "村", "姓名", "身份证号码", "劳动能力", "是否外出务工", "备注"]];
  persons.forEach((p, j) => {
    const lab = p.c === "N" ? (j % 2 ? "无劳动能力" : "丧失劳动能力") : j % 5 === 0 ? "弱劳动能力" : "有劳动能力";
    const mig = p.c === "M" ? "是" : p.c === "E" ? "否" : null;
    ppRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, lab, mig, p.c === "M" ? ["深圳市务工", "广州市务工", "东莞市务工"][j % 3] : null]);
  });
  const elig = persons.filter((p) => p.c === "E");
  const eligIds = new Set(elig.map((p) => p.id));

  // ---------------- 脱贫户专场签到 (person rows)
  const SP = [{ no: 1, d: "2020-11-12" }, { no: 2, d: "2021-03-18" }, { no: 3, d: "2021-06-24" }, { no: 4, d: "2021-09-09" }];
  const xP = elig.find((p) => isX(p.id));
  const eligSh = shuffle(elig.filter((p) => p !== xP));
  const trained = [xP].concat(eligSh.slice(0, 28)); // 29
  const maskedP = eligSh[28];
  const septOnly = eligSh[29];
  const SI = [];
  trained.forEach((p, k) => SI.push({ p, s: SP[k % 3], id: p === xP ? p.id.slice(0, 17) + "x" : p.id }));
  assert(SI.find((t) => t.p === trained[3]).s === SP[0], "c1 twice first session");
  SI.push({ p: trained[3], s: SP[1], id: trained[3].id, note: "第二次参训" });
  SI.push({ p: maskedP, s: SP[1], id: maskId(maskedP.id), note: "身份证号按街道报送名单（已脱敏）" });
  SI.push({ p: septOnly, s: SP[3], id: septOnly.id });
  const mig0 = persons.find((p) => p.c === "M");
  const nl0 = persons.find((p) => p.c === "N");
  SI.push({ p: mig0, s: SP[0], id: mig0.id, note: "返乡期间参训" });
  SI.push({ p: nl0, s: SP[2], id: nl0.id, note: "家属陪同" });
  for (let k = 0; k < 8; k++) SI.push({ p: persons.find((p) => p.c === "E" && !trained.includes(p) && p !== maskedP && p !== septOnly && !SI.some((x) => x.p === p)), s: SP[3], id: null });
  // the last eight loop rows above are Sept-only trainees; give them their ids
  for (const t of SI) if (t.id === null) t.id = t.p.id;
  const SIs = SI.slice().sort((a, b) => a.s.no - b.s.no);
  const siDate = (s) => [cnDate(s.d), D(s.d), dotDate(s.d), slashDate(s.d)][s.no - 1];
  const siRows = [["榕城区脱贫户电商技能专场培训签到表（汇总）"], ["说明：专场培训4期，人次未计入《培训台账（期次）》。"],
    ["序号", "培训日期", "期次", "姓名", "身份证号码", "所在村", "备注"]];
  SIs.forEach((t, j) => siRows.push([j + 1, siDate(t.s), `专场第${t.s.no}期`, t.p.name, t.id, t.p.v, t.note || null]));
  const siMerges = ["A1:G1", "A2:G2"];
  const signCut = SIs.filter((t) => t.s.d <= CUT);
  const trainedCut = new Set(signCut.map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 29 && !ratioGE(29, 60, 50) && ratioGE(29, 60, 40) && ratioGE(30, 60, 50), "c1 29/60 just under 50%");

  // ---------------- 培训台账（期次）
  const TOP = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌营销", "电商客服与物流", "社群团购运营", "普宁青梅、榕城玉湖茶电商营销", "跨境电商入门", "抖音小店运营"];
  const PL = ["区电子商务公共服务中心", "仙桥街道党群服务中心", "梅云街道党群服务中心", "磐东街道文化站", "榕东街道党群服务中心", "区委党校"];
  const starts = ["2020-09-17", "2020-10-22", "2020-11-19", "2020-12-10", "2021-01-14", "2021-03-11", "2021-04-08", "2021-04-22", "2021-05-20", "2021-06-10", "2021-07-08", "2021-07-22", "2021-08-12"];
  const sess = starts.map((d, k) => ({ no: k + 1, s: d, e: isoAdd(d, k === 4 ? 1 : k === 9 ? 2 : 0), topic: TOP[k % TOP.length], place: PL[k % PL.length], n: rint(220, 420) }));
  const target = 4444 - signCut.length;
  let diff = target - sum(sess.map((s) => s.n));
  for (let j = 0; diff !== 0; j = (j + 1) % sess.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 23);
    if (sess[j].n + st < 150 || sess[j].n + st > 480) continue;
    sess[j].n += st;
    diff -= st;
  }
  const span = { no: 14, s: "2021-08-28", e: "2021-09-02", topic: "电商直播“百日攻坚”集训营", place: PL[0], n: 620 };
  const sept = { no: 15, s: "2021-09-16", e: "2021-09-16", topic: "农村电商基础知识（第二轮）", place: PL[5], n: 310 };
  sess.push(span, sept);
  const ptCut = sum(sess.filter((s) => s.e <= CUT).map((s) => s.n)) + signCut.length;
  assert(ptCut === 4444 && ratioGE(ptCut, BASE, 0.8) && !ratioGE(ptCut, BASE, 1) && ratioGE(ptCut + span.n, BASE, 1), "c1 4,444 person-times; the span session would make 1%");
  const sessDate = (s, j) => {
    if (s === span) return "2021.8.28—9.2";
    if (s === sept) return "2021年9月16日";
    if (s.e !== s.s) return j % 2 ? rangeText(s.s, s.e, "dot") : rangeText(s.s, s.e, "cn");
    return dateCell(s.s, j + 1);
  };
  const tRows = [["榕城区农村电商培训台账（期次）"], ["单位：人次　　注：脱贫户专场4期另见《脱贫户专场签到》，不在本表。"],
    ["期次", "培训时间", "培训内容", "培训地点", "主办单位", "参训人次", "备注"]];
  sess.forEach((s, j) => {
    const n = j === 2 ? `${s.n}人次` : j === 6 ? fullWidth(String(s.n)) : j === 9 ? `${s.n}人` : s.n;
    tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.place, j % 3 === 1 ? "区人社局、区商务局" : "区商务局", n,
      s === span ? "跨月，9月2日结业" : s === sept ? "9月新开" : s.e !== s.s ? "多天班，按结业日" : null]);
  });
  tRows.push(["合计", null, null, null, null, sum(sess.map((s) => s.n)), "含第14、15期"]);
  const tMerges = ["A1:G1", "A2:G2", `A${tRows.length}:E${tRows.length}`];

  // ---------------- 产业园入驻企业
  const FIRMS = [["揭阳市榕城区玉湖茶电子商务有限公司", "销售型"], ["揭阳市榕城区潮汕好物网店", "销售型（网店）"], ["揭阳市榕城区仙桥腐乳电商商行", "销售型"],
    ["揭阳市榕城区榕易购网络科技有限公司", "平台型"], ["揭阳市榕城区揭品汇电子商务有限公司", "平台型"], ["揭阳市榕城区云帆电商代运营有限公司", "电商运营商"],
    ["揭阳市榕城区梅云五金网店", "销售型（网店）"], ["揭阳市榕城区星火电商服务有限公司", "电商运营服务商"], ["揭阳市榕城区速邦快递有限公司", "物流快递"],
    ["揭阳市榕城区仓配通供应链有限公司", "仓储物流"], ["揭阳市榕城区乡味直播传媒有限公司", "直播电商"], ["揭阳市榕城区磐东鞋业电子商务有限公司", "销售型"],
    ["揭阳市榕城区潮味坊网店", "销售型（网店）"], ["揭阳市榕城区优选农品电子商务有限公司", "销售型"], ["揭阳市榕城区云仓物流有限公司", "物流快递"],
    ["揭阳市榕城区新农人运营工作室", "电商运营商"], ["揭阳市榕城区老字号食品网店", "销售型（网店）"], ["揭阳市榕城区青梅电商商行", "销售型"],
    ["揭阳市榕城区榕创孵化网络科技有限公司", "平台型"], ["揭阳市榕城区东升不锈钢电商有限公司", "销售型"], ["揭阳市榕城区锦绣抽纱网店", "销售型（网店）"],
    ["揭阳市榕城区潮汕牛肉丸电商商行", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-06-15", "2021-07-30"), left: null }));
  firms[20].ent = "2020-11-02";
  firms[20].left = "2021-06-30";
  firms[21].ent = "2021-09-10";
  firms[19].ent = CUT;
  firms.sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["榕城电商产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, j) => {
    const ec = f.ent === CUT ? "2021年8月31日" : f.ent === "2021-09-10" ? "2021.9.10" : dateCell(f.ent, j + 3);
    eRows.push([j + 1, f.n, f.code, f.t, ec, f.left ? "2021.6.30" : null, f.left ? "迁出园区" : f.ent === CUT ? "8月31日签约入驻" : f.ent > CUT ? "9月入驻" : null]);
  });
  const inPark = firms.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const typeNorm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const typesIn = new Set(inPark.map((f) => typeNorm(f.t)));
  assert(inPark.length === 20 && typesIn.size === 5, "c1 20 in park, 5 types " + inPark.length + "/" + typesIn.size);

  // ---------------- 专项资金拨付 (元)
  const PAY = [["2020-09-25", "区电子商务公共服务中心建设（首期）", "揭阳市榕城区云帆电商代运营有限公司", 685000], ["2020-12-22", "村级站点建设（第一批）", "中国邮政集团有限公司广东省揭阳市分公司", 512400],
    ["2021-01-28", "电商人才培训（第一期）", "揭阳市榕城区星火电商服务有限公司", 125000], ["2021-03-30", "区村两级物流配送体系", "揭阳市榕城区速邦快递有限公司", 468600],
    ["2021-05-14", "村级站点建设（第二批）", "中国邮政集团有限公司广东省揭阳市分公司", 433750], ["2021-06-18", "农产品品牌培育", "揭阳市榕城区揭品汇电子商务有限公司", 286300],
    ["2021-07-20", "电商人才培训（第二期）", "揭阳市榕城区星火电商服务有限公司", 0], ["2021-08-26", "冷链及溯源系统（进度款）", "揭阳市榕城区仓配通供应链有限公司", 398000],
    ["2021-09-07", "公共服务中心运营补助", "揭阳市榕城区云帆电商代运营有限公司", 450000]];
  PAY[6][3] = 3612350 - sum(PAY.filter((p, i) => i !== 6 && p[0] <= CUT).map((p) => p[3]));
  assert(PAY[6][3] > 100000 && PAY[6][3] < 800000, "c1 filler " + PAY[6][3]);
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  const ALLOC = 5000000;
  assert(spent === 3612350 && ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC + 1000000, 70), "c1 72.2% of 500万, only 60.2% of 600万");
  const fRows = [["榕城区电子商务进农村综合示范省级专项资金拨付台账"], ["单位：元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]];
  PAY.forEach((p, j) => {
    const amt = j === 2 ? "12.5万" : j % 2 ? fmtMoney(p[3]) : p[3];
    fRows.push([j + 1, p[0] > CUT ? "2021.9.7" : dateCell(p[0], j + 2), p[1], p[2], amt, `记-${p[0].slice(0, 4)}-${pad3(rint(10, 300))}`, p[0] > CUT ? "截止日后" : null]);
  });
  assert(PAY[2][3] === 125000, "c1 12.5万");
  fRows.push(["合计", null, null, null, fmtMoney(sum(PAY.map((p) => p[3]))), null, "含9月拨付"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 月报报送 (each month, sent early next month)
  const rRows = [["榕城区向揭阳市商务局报送月报登记"], ["序号", "报告期", "报送日期", "报送方式", "是否附电商扶贫统计", "备注"]];
  const rDates = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(2, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08") || (dd >= "2021-02-11" && dd <= "2021-02-17")) dd = isoAdd(dd, 1);
    rDates.push(dd);
    rRows.push([j + 1, cnMonth(m), dateCell(dd, j + 4), j % 2 ? "粤政易" : "电子邮件", "√", j === 12 ? "截止日后报送" : null]);
  });
  assert(inWindowMonths(rDates) === 12, "c1 12 report months");

  // ---------------- 专栏更新 (no January 2021)
  const U = [["2020-07-20", "榕城区电子商务进农村综合示范创建实施方案"], ["2020-07-28", "榕城区电子商务进农村综合示范项目基本信息公示"], ["2020-08-05", "关于设立电子商务进农村综合示范项目监督举报电话的公告"]];
  for (const m of WINDOW) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `榕城区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
    if (m === "2021-02") U.push(["2021-02-26", "榕城区电子商务进农村综合示范项目建设进度（2021年1月）"]);
  }
  U.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["榕城区政府网站电子商务进农村综合示范专栏更新记录"], ["序号", "发布日期", "标题", "链接"]];
  U.forEach(([d, t], j) => uRows.push([j + 1, dateCell(d, j), t, `http://www.rongcheng.gov.cn/dzsw/content/post_${600000 + rint(1000, 99999)}.html`]));
  const disMonths = inWindowMonths(U.map((u) => u[0]));
  assert(disMonths === 11, "c1 11 disclosure months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2021-03-16", "揭阳日报", "市级", "报纸", "榕城电商服务站开到村口", "否"], ["2021-05-21", "揭阳广播电视台《揭阳新闻》", "市级", "电视", "榕城玉湖茶直播走红", "否"],
    ["2021-06-12", "人民网", "国家级", "网络", "广东揭阳榕城：电商进村，山货出村", "否"], ["2021-08-20", "广东广播电视台《广东新闻联播》", "省级", "电视", "榕城区脱贫户直播带货增收", "是"],
    ["2021-09-03", "榕城发布", "区级", "网络", "榕城区召开电商进农村考评迎检动员会", "否"]];
  const mRows = [["榕城区电子商务进农村宣传报道统计表"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021.9.3" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["向揭阳市商务局报送经验材料登记"], ["序号", "报送日期", "材料名称", "报送方式"], [1, "2021年7月15日", "《榕城区“电商＋茶产业”助农增收经验做法》", "粤政易"],
    [2, "2021.9.8", "《榕城区电子商务进农村综合示范创建工作总结》", "粤政易"]];

  // ---------------- 基础数据
  const W = 6;
  const fr = [];
  const fm = [];
  const full = (t) => {
    fr.push(padRow([t], W));
    fm.push(`A${fr.length}:F${fr.length}`);
  };
  full("榕城区电子商务进农村综合示范考评基础数据表");
  full("填报单位：揭阳市榕城区商务局（盖章）　　　填报日期：2021年9月6日");
  full("一、基础数据");
  fr.push(["序号", "数据项", "数值", "单位", "口径／来源", "备注"]);
  const B = (...c) => fr.push(padRow([fr.filter((r) => typeof r[0] === "number").length + 1].concat(c), W));
  B("县（市、区）", "榕城区", null, null, null);
  B("考评截止日期", "2021年8月31日", null, "省商务厅通知", null);
  B("户籍人口", 78.64, "万人", "区公安分局", "仅供参考");
  B("常住人口", 93.62, "万人", "第七次全国人口普查", null);
  B("行政村（村委会）", 118, "个", "区民政局", "另有社区居委会30个");
  B("省定相对贫困村", 15, "个", "区乡村振兴局", null);
  B("领导小组组长", "区委副书记、区长", null, "榕委办〔2021〕27号", "2021年6月调整；调整前由分管副区长任组长");
  B("领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、榕城邮政分公司", null, "榕委办〔2021〕27号", null);
  B("示范创建工作方案", "已印发", null, "榕府办〔2020〕18号", null);
  B("扶持农村电商发展政策", "已出台", null, "《榕城区促进农村电子商务发展扶持办法》", null);
  B("区电子商务公共服务中心投入运营时间", "2020年12月18日", null, null, "2020年10月起试运营");
  B("中心免费培训场所及设备", "有", null, null, "培训室2间，电脑50台");
  B("中心免费展示、销售特色农产品", "有", null, null, null);
  B("中心免费摄影、美工服务", "摄影免费，美工设计按件收费", null, null, null);
  B("组织农产品统一推广、品牌建设", "有", null, null, "“榕城好物”");
  B("其他衍生增值服务", "有", null, null, "金融对接、直播间");
  B("电商产业园", "已建成", null, null, "榕城电商产业园");
  B("产业园入驻企业", 20, "家", "截至8月31日", null);
  B("专业第三方电商运营服务商", "有", null, null, "中心由第三方运营");
  B("行政村快递覆盖率", 100, "%", "市邮政管理局证明", null);
  B("2019年农村网络零售额", 18.6, "亿元", "省商务厅平台数据", null);
  B("2020年农村网络零售额", 23.9, "亿元", "省商务厅平台数据", null);
  B("2021年1—8月农村网络零售额", 17.2, "亿元", "省商务厅平台数据", "仅供参考");
  B("2019年农产品网络零售额", 2.45, "亿元", "省商务厅平台数据", null);
  B("2020年农产品网络零售额", 3.19, "亿元", "省商务厅平台数据", null);
  B("电商培训人次", "4,444", "人次", "含脱贫户专场", null);
  B("有劳动能力的建档立卡贫困人口（不含外出务工）", 60, "人", "区乡村振兴局确认", null);
  B("参加电商培训的建档立卡贫困人口", 29, "人", "按身份证号去重", null);
  B("专栏公示创建方案", "是", null, null, null);
  B("专栏公示项目基本信息", "是", null, null, null);
  B("专栏公示项目建设进度", "是", null, null, null);
  B("专栏设立征求意见或监督举报窗口", "是", null, null, "监督举报电话");
  B("能统计电商扶贫情况", "是", null, null, "月报附表");
  B("省级下达专项资金", 500, "万元", null, null);
  B("区级配套资金", 100, "万元", null, "区财政安排，不属省级下达");
  B("累计拨付省级专项资金", "361.235", "万元", "截至2021年8月31日", null);
  B("资金管理制度", "已制定", null, null, null);
  B("资金专用台账", "已建立", null, null, null);
  B("项目总体进度", "92%", null, null, null);
  B("发生安全生产、质量事故或重大损失", "无", null, null, null);
  B("弄虚作假", "无", null, null, null);
  full("二、主观评分项自评");
  fr.push(padRow(["序号", "评分项", "自评分", "分值范围", "自评依据"], W));
  fm.push(`E${fr.length}:F${fr.length}`);
  const J = [["方案制定", 2, "1-2"], ["政策支持", 2, "1-2"], ["项目管理制度", 2, "1-2"], ["工作台账", 1, "1-2"], ["网销调研", 2, "1-2"], ["网络促销活动", 1, "1-2"],
    ["交易标准与冷链、溯源系统", 1, "1-2"], ["资金管理制度", 4, "1-5"], ["资金台账", 5, "1-5"], ["资金及时拨付", 4, "1-5"]];
  const WHY = ["方案经区政府常务会议审定印发", "扶持办法已兑现两批", "项目管理办法", "台账部分资料归档不及时", "委托第三方完成调研报告", "促销活动场次偏少",
    "冷链在建，标准未出台", "制度较完善，问责待细化", "专户专账", "按进度拨付"];
  J.forEach((j, k) => {
    fr.push(padRow([k + 1, j[0], j[1], j[2], WHY[k]], W));
    fm.push(`E${fr.length}:F${fr.length}`);
  });
  full("填表人：许××　　审核人：谢××　　联系电话：0663-86xxxxx");
  for (const r of fr) assert(r.length === W, "c1 facts width");

  // ---------------- 自评得分
  const SC = [["加强组织领导与统筹协调（10分）", [["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 2, "org.policy"], ["项目管理", 4, 3, "org.management"]]],
    ["深入推动电子商务进农村工作（55分）", [["服务体系建设（县级中心与产业园）", 15, 15, "work.center"], ["服务体系建设（村级站点覆盖）", 10, 10, "work.coverage"], ["农村产品上行", 10, 8, "work.upward"], ["电商人才培训", 20, 20, "work.training"]]],
    ["加强信息公开及报送（10分）", [["信息公开", 4, 4, "info.disclosure"], ["数据上报", 6, 6, "info.reporting"]]],
    ["加强宣传推广（10分）", [["案例总结", 2, 2, "promo.cases"], ["经验推广", 8, 8, "promo.media"]]],
    ["加强财政资金管理（15分）", [["制度建立", 5, 4, "fund.system"], ["资金台账", 5, 5, "fund.ledger"], ["资金支出", 5, 4, "fund.spending"]]],
    ["加分项（4分）", [["建档立卡贫困人口培训率70%及以上", 2, 0, "bonus.poorTraining"], ["电商扶贫典型案例获电视媒体播报", 2, 1, "bonus.tvCase"]]]];
  const scRows = [["榕城区电子商务进农村综合示范考评自评得分表"], ["工作任务", "评价指标", "权重", "自评得分", "说明"]];
  const scMerges = ["A1:E1"];
  const claimed = {};
  for (const [task, items] of SC) {
    const r0 = scRows.length + 1;
    for (const [n, w, p, id] of items) {
      scRows.push([scRows.length + 1 === r0 ? task : null, n, w, p, id === "bonus.tvCase" ? "广东广播电视台播报（省级）" : null]);
      claimed[id] = p;
    }
    mergeCol(scMerges, "A", r0, scRows.length);
  }
  const clScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(clScored === 95, "c1 claimed 95 " + clScored);
  scRows.push(["一票否决项", "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "无", null]);
  scRows.push([null, "项目建设进度严重滞后，总体进度不足40%", null, "无（总体进度92%）", null]);
  scRows.push([null, "弄虚作假", null, "无", null]);
  scMerges.push(`A${scRows.length - 2}:A${scRows.length}`);
  scRows.push(["合计", null, 100, clScored + 1, `基本分${clScored}分，加分1分`]);
  scMerges.push(`A${scRows.length}:B${scRows.length}`);

  // ---------------- points
  const opened = "2020-12-18";
  assert(opened <= "2021-02-28", "c1 six months");
  const centerPts = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, 60, 50) ? 10 : ratioGE(trainedCut.size, 60, 40) ? 8 : ratioGE(trainedCut.size, 60, 30) ? 6 : 0);
  const r19 = 1860000000, r20 = 2390000000, a19 = 245000000, a20 = 319000000;
  assert((r20 - r19) * 100 < 30 * r19 && (a20 - a19) * 100 >= 30 * a19, "c1 growth: rural 28.5%, agri 30.2%");
  assert(centerPts === 14 && trainPts === 16, "c1 center/train " + centerPts + "/" + trainPts);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": 2 + 1 + 1 + 1 + 1 + 2, "work.training": trainPts, "info.disclosure": 2 + (disMonths === 12 ? 2 : 1),
    "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3, "fund.system": 4, "fund.ledger": 5, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, 60, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const left = firms.find((f) => f.left);
  const late = firms.find((f) => f.ent > CUT);
  const on31 = firms.find((f) => f.ent === CUT);
  const spanPoorless = sum(sess.filter((s) => s.e <= CUT).map((s) => s.n));
  const derivation = [
    "org.leadership: 《基础数据》组长“区委副书记、区长”（2021年6月调整，截止日时是区长 → 主要领导；调整前的分管副区长不算），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 2",
    "org.plan: 工作方案已印发（榕府办〔2020〕18号），主观分“方案制定”2 → 2",
    "org.policy: 扶持政策已出台，主观分“政策支持”2 → 2",
    "org.management: 项目管理制度2＋工作台账1 → 3",
    `work.center: 中心2020年12月18日投入运营（10月是试运营） → 建成2；≤ 2021-02-28 → 满6个月2；免费培训2、展示销售1；“摄影免费，美工设计按件收费”不是免费摄影、美工 → 0；品牌1、其他增值服务1；产业园已建成2；《产业园入驻企业》截至8月31日在园 ${inPark.length} 家（“${left.n}”2021.6.30迁出不算；“${late.n}”2021.9.10入驻不算；“${on31.n}”2021年8月31日入驻算） → ≥20家 2；类型平台型、销售型、电商运营商、物流企业、直播电商 → 1；合计14（自评15）`,
    `work.coverage: 《村（居）委会名单》村委会118个（社区居委会30个不算）；《村级站点》挂牌运营 ≤ 2021-08-31 的行政村 ${covSet.size} 个（同村第二站只算一次；两个社区站不算；“${septVillage}”“2021年9月”不算；“${lastOne}”2021.8.31挂牌算） → 83/118 = ${pct1(83, 118)} ≥ 70% → 5（少了8月31日那站就是82/118 = 69.5%，只得2）；《省定相对贫困村》15个，“${poorLate}”的站2021.9.2才挂牌 → 14/15 = 93.3% → 3；合计8（自评10）`,
    "work.upward: 网销调研2、促销活动1、交易标准与冷链溯源1（主观分）；第三方运营服务商“有” → 1；村居名单“快递进村情况”118个村委会都“已通达” → 1；农村网零18.6→23.9亿元增长28.5% < 30%，农产品网零2.45→3.19亿元增长30.2% ≥ 30% → 2；合计8",
    `work.training: 常住人口93.62万（户籍78.64万不用）超过50万 → 基数500,000；《培训台账（期次）》结业 ≤ 8月31日的第1—13期 ${fmtInt(spanPoorless)} 人次（“${sess[2].n}人次”、全角数字“${fullWidth(String(sess[6].n))}”、“${sess[9].n}人”都按数读；第14期“2021.8.28—9.2”按结束日9月2日不算，620人次；第15期9月16日不算；合计行不加）＋《脱贫户专场签到》前三期 ${signCut.length} 行（专场不在期次表里，第4期9月9日不算） = 4,444 人次 → 4,444/500,000 = 0.89% → 8（算上第14期就是5,064 → 1.01%）；《脱贫人口》有劳动能力（“弱劳动能力”也算有）且不外出务工的60人；专场签到截止日前身份证号对得上的29人（一人末位小写x读作X；一人第1、2期各参训一次算一人；一人身份证号脱敏无法核对；一人只参加9月第4期；外出务工、丧失劳动能力各一人不在60人内） → 29/60 = 48.3% → 8；合计16（自评20）`,
    "info.disclosure: 专栏公示方案、项目基本信息、建设进度，设监督举报电话（基础数据四项“是”） → 2；《专栏更新》2021年1月无发布（1月进度2月26日才发），窗口内11个月 → 不定时1；合计3（自评4）",
    "info.reporting: 《月报报送》2020年9月—2021年8月每月都有报送日期 → 3；能统计电商扶贫情况“是”（每期附统计）→ 3；合计6",
    "promo.cases: 2021年7月15日向揭阳市商务局报送经验材料 → 2（9月8日那份在截止日后）",
    "promo.media: 截止日前人民网（国家级）、广东广播电视台（省级） → 省级及以上4；揭阳日报、揭阳广播电视台（市级） → 3；“榕城发布”2021.9.3在截止日后，区级不算 → 7（自评8）",
    "fund.system: 主观分4 → 4",
    "fund.ledger: 主观分5 → 5",
    `fund.spending: 《专项资金拨付台账》（元）截止日前8笔 ${fmtMoney(spent)} 元（“12.5万”＝125,000元；9月7日45万不算；合计行不加） → 3,612,350 / 5,000,000（省级下达，区级配套100万不计入下达资金） = 72.2% ≥ 70% → 及时拨付主观分4 → 4（若把配套100万算进去只有60.2%，要倒扣5分）`,
    "bonus.poorTraining: 贫困人口培训率29/60 = 48.3% < 70% → 0",
    "bonus.tvCase: 2021年8月20日广东广播电视台《广东新闻联播》播报的是电商扶贫典型案例（省级电视） → 1；无国家级电视典型案例",
    "veto.incident: “发生安全生产、质量事故或重大损失”无 → 不否决",
    "veto.progress: 项目总体进度92% ≥ 40% → 不否决",
    "veto.fraud: “弄虚作假”无 → 不否决",
  ];
  return {
    description:
      `揭阳市榕城区商务局整本考评工作簿（14个表：基础数据、自评得分＋12个台账），86＋加分1＝87分，未否决（自评95＋1）。《基础数据》是“序号｜数据项｜数值｜单位｜口径／来源｜备注”：组长“区委副书记、区长”（备注写2021年6月调整、此前是分管副区长，截止日时是区长），户籍人口78.64万紧挨常住人口93.62万，“区级配套资金100万元”在“省级下达专项资金500万元”下面（配套不是下达资金），“2021年1—8月农村网络零售额”不是输入，免费摄影美工写“摄影免费，美工设计按件收费”；下面接主观评分项自评。台账：村（居）委会名单（村委会118、社区居委会30，快递进村全通达）和单列的省定相对贫困村名单（“××村委会”写法）；站点两行表头，8月31日挂牌的一站使覆盖正好83/118≥70%，一个贫困村的站9月2日才挂牌（14/15），社区站、同村第二站、9月站；培训分两张——期次表按人次（“${sess[2].n}人次”、全角、“${sess[9].n}人”，一期“2021.8.28—9.2”按结束日不算），脱贫户专场另有逐人签到表（不在期次表里，两表相加4,444人次），专场签到小写x、脱敏、重复、9月一期；脱贫人口名单（弱劳动能力算有）；产业园8月31日入驻一家正好20家；资金以元计（文本千分位、“12.5万”），72.2%只对省级下达500万成立；专栏2021年1月没更新；媒体国家、省、市级，省台电商扶贫典型案例。`,
    sheets: [
      { name: "基础数据", rows: fr, merges: fm },
      { name: "自评得分", rows: scRows, merges: scMerges },
      { name: "村（居）委会名单", rows: vRows, merges: vMerges },
      { name: "省定相对贫困村", rows: pvRows, merges: pvMerges },
      { name: "村级站点", rows: sRows, merges: sMerges },
      { name: "培训台账（期次）", rows: tRows, merges: tMerges },
      { name: "脱贫户专场签到", rows: siRows, merges: siMerges },
      { name: "脱贫人口", rows: ppRows, merges: ["A1:H1", "A2:H2"] },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "专项资金拨付", rows: fRows, merges: fMerges },
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
// f1 — 珠海市金湾区: 卡片式基本情况表（每格“标签\n值”，两列合并一张卡，一行三张）
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const merges = [];
  const bar = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const cards = (...cs) => {
    assert(cs.length <= 3, "f1 three cards a row");
    const r = [];
    cs.forEach((c) => r.push(c, null));
    padRow(r, W);
    rows.push(r);
    const n = rows.length;
    cs.forEach((c, i) => {
      if (c !== null) merges.push(`${colName(i * 2)}${n}:${colName(i * 2 + 1)}${n}`);
    });
  };
  bar("金湾区电子商务进农村综合示范创建基本情况（卡片表）");
  bar("填报单位：珠海市金湾区商务局　　　说明：每格第一行是项目，第二行起是填报内容；“☑”为选中项。");
  bar("一、基本信息");
  cards("县（市、区）\n金湾区", "考评截止日期：2021年8月31日", "填报日期\n2021年9月3日");
  cards("常住人口\n34.27万人（七普）", "户籍人口\n17.8万人", "行政村\n24个（另有社区19个）");
  cards("省定贫困村\n无", "全年培训目标\n4,000人次", null);
  bar("二、组织领导");
  cards("领导小组组长\n区委副书记、区长", "常务副组长\n副区长（分管商务）", "成员单位\n区商务局、区财政局、区农业农村局（区乡村振兴局）、区交通运输局、区市场监管局、金湾邮政分公司");
  cards("示范创建工作方案\n☑已印发　□未印发\n（珠金府办〔2020〕14号）", "支持农村电商发展政策\n□已出台　☑未出台", "方案制定（1-2分）\n自评2分");
  cards("政策支持（1-2分）\n政策未出台，不自评", "项目管理制度（1-2分）\n自评2分", "工作台账（1-2分）\n自评2分");
  bar("三、服务体系");
  cards("公共服务中心投入运营\n2021年1月6日", "免费培训场所、设备\n☑有　□无", "免费展示、销售农产品\n☑有　□无");
  cards("免费摄影、美工\n☑有　□无", "农产品统一推广、品牌建设\n☑有　□无（“金湾农品”）", "其他衍生增值服务\n□有　☑无（筹备中）");
  cards("电商产业园\n整合建设（金湾跨境电商产业园）", "专业第三方运营服务商\n☑有　□无", "行政村快递物流覆盖率\n100%");
  bar("四、产品上行与培训");
  cards("农村网络零售额\n2019年　9.86亿元\n2020年　12.41亿元", "农产品网络零售额同比增速（2020年）\n24.6%", "网销调研（1-2分）\n自评1分");
  cards("网络促销活动（1-2分）\n自评2分", "交易标准与冷链、溯源（1-2分）\n自评1分", "电商培训人次（截至8月31日）\n3,512人次");
  cards("有劳动能力的建档立卡贫困人口\n（不含外出务工）\n47人", "其中参加电商培训\n26人", null);
  bar("五、信息公开与报送");
  cards("专栏公示内容\n☑创建方案　☑项目基本信息\n☑建设进度　□征求意见／监督举报窗口", "向市商务局报送\n按月报送", "电商扶贫统计\n☑能统计　□未统计");
  bar("六、资金管理");
  cards("省级下达资金\n300万元", "累计拨付（截至8月31日）\n2,286,400元", "项目总体进度\n88%");
  cards("资金管理制度\n☑已制定　□未制定", "资金专用台账\n☑已建立　□未建立", "资金管理制度（1-5分）\n自评4分");
  cards("资金台账（1-5分）\n自评4分", "资金及时拨付（1-5分）\n自评3分", null);
  bar("七、否决事项");
  cards("安全生产、质量事故或重大损失\n□有　☑无", "弄虚作假\n□有　☑无", null);
  bar("填表人：何××　　联系电话：0756-77xxxxx");
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "珠海金湾区商务局的《基本情况（卡片表）》：一行三张“卡片”，每张卡是两列合并的一个单元格，卡内第一行是项目、换行后是填报内容（“常住人口\\n34.27万人（七普）”，网零一张卡两行“2019年　9.86亿元”“2020年　12.41亿元”），个别卡是一行“考评截止日期：2021年8月31日”，是否题在卡内写“☑有　□无”，主观分卡写“自评2分”，分节标题整行合并，行末有空卡。读法：户籍人口、全年培训目标、填报日期不是；行政村24个（社区19个不算）、省定贫困村无；组长区委副书记、区长，成员有商务、财政、“区农业农村局（区乡村振兴局）”一局两牌 → principal-all；政策“☑未出台”且“不自评” → 政策为否、无政策支持主观分；其他衍生增值服务“☑无（筹备中）” → 否；专栏监督举报窗口没勾 → 否；只有农产品网零增速，没有金额。",
    sheets: [{ name: "基本情况", rows, merges }],
    expect: {
      facts: {
        county: "金湾区", asOf: "2021-08-31", residentPopulation: 342700, adminVillagesStated: 24, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2021-01-06", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 986000000, ruralRetail2020: 1241000000, agriRetailGrowthStated: 0.246,
        trainingPersonTimesStated: 3512, eligiblePoorPersonsStated: 47, trainedPoorPersonsStated: 26,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 3000000, fundSpentStated: 2286400, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 茂名市茂南区: 官方指标体系表，“▲我区情况”写在评价方式及佐证材料格内原文之后
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  full("2019年省级电子商务进农村综合示范创建考评指标体系（茂南区自评）");
  full("填报单位：茂名市茂南区商务局　　　数据截至：2021年8月31日　　　说明：各项“▲我区情况”为我局填写，其余为考评指标体系原文。");
  rows.push(["工作任务", "评价指标名称", "权重", "指标解释", "评分标准", "评价方式及佐证材料", "自评得分"]);
  const T = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, "建立由县（市、区）主要领导牵头，商务、财政、农业、扶贫等部门参与的工作协调机制。", "主要领导牵头且商务、财政、农业、扶贫部门参与（2分）；分管领导牵头（1分）。", "查看相关文件。", "成立由区委书记任组长、区长任常务副组长的创建工作领导小组，成员单位有区商务局、区财政局、区农业农村局、区扶贫办（2021年3月起为区乡村振兴局）等15个部门（茂南委办〔2020〕12号）。", 2, "org.leadership"],
      ["方案制定", 2, "制定科学严谨的示范创建工作方案。", "工作方案因地制宜，可操作性较强（1-2分）；未制定不得分。", "查看工作方案。", "2020年4月30日印发《茂南区电子商务进农村综合示范创建实施方案》（茂南府办〔2020〕21号），自评2分。", 2, "org.plan"],
      ["政策支持", 2, "出台支持农村电子商务发展的政策措施。", "出台相关政策，且得到较好落实（1-2分）。", "查看政策文件。", "出台《茂南区扶持农村电子商务发展若干措施》，已兑现奖补两批，自评2分。", 2, "org.policy"],
      ["项目管理", 4, "建立项目管理制度和工作台账。", "项目管理制度（1-2分）；工作台账（1-2分）。", "查看制度、台账。", "制定项目管理办法，建设、验收严格执行（自评2分）；建立工作台账，部分资料归档滞后（自评1分）。", 3, "org.management"],
    ]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设", 15, "建设县级电子商务公共服务中心，整合建设电商产业园。", "建成中心（2分）；运行6个月以上（2分）；免费培训（2分）；免费展示销售（1分）；免费摄影美工（1分）；品牌建设（1分）；其他增值服务（1分）；产业园（2分）；入驻20家及以上（2分）；三种以上类型（1分）。", "现场查看，企业名单。", "区电子商务公共服务中心2020年9月28日投入运营，设培训室（电脑60台），免费开展电商培训；设农特产品展示厅，免费展示、销售；免费提供产品摄影、美工设计；打造“茂南好物”区域公用品牌，组织统一推广；提供金融、物流对接等增值服务。整合建设茂南电商产业园，现入驻企业23家，含平台型、销售型、运营服务商、物流企业4类。", 15, "work.center"],
      [null, 10, "建设村级电子商务服务站点，覆盖行政村和省定贫困村。", "行政村覆盖率70%及以上（5分），50%-70%（2分）；贫困村覆盖率100%（5分），80%-100%（3分）。", "站点清单。", "全区行政村131个，已建站点覆盖112个（85.5%）；省定相对贫困村11个，全部覆盖。", 10, "work.coverage"],
      ["农村产品上行", 10, "开展网销调研和促销，培育第三方服务商，完善物流，建立标准和冷链溯源。", "调研（1-2分）；促销（1-2分）；第三方（1分）；快递覆盖100%（1分）；标准与冷链溯源（1-2分）；增速≥30%（2分）。", "调研报告、活动总结、统计数据。", "委托第三方完成农产品网销调研报告（自评2分）；开展“荔枝季”“罗非鱼节”网络促销（自评2分）；中心由广东××电子商务有限公司专业运营；行政村快递覆盖率100%；冷链、溯源系统在建，交易标准尚未出台（自评1分）。2020年农村网络零售额31.52亿元，同比增长18.7%；农产品网络零售额6.84亿元，同比增长35.2%。", 9, "work.upward"],
      ["电商人才培训", 20, "普及性培训覆盖常住人口1%以上；贫困人口培训率50%以上。", "培训人次达常住人口1%及以上（10分）……；贫困人口培训率50%及以上（10分）……", "签到表、名单。", "常住人口48.95万人（七普），截至2021年8月31日累计培训5,021人次，占1.03%；经区乡村振兴局确认，有劳动能力的建档立卡贫困人口（不含外出务工）1,268人，参训702人，培训率55.4%。", 20, "work.training"],
    ]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, "设立公开专栏，每月更新建设进度，设立征求意见或监督举报窗口。", "专栏内容全面（2分）；按月更新（2分），不定时（1分）。", "专栏截图。", "区政府网站设“电子商务进农村综合示范”专栏，公开创建方案、项目基本信息，每月更新项目建设进度，设监督举报电话和邮箱。", 4, "info.disclosure"],
      ["数据上报", 6, "每月向市级商务主管部门报送；统计电商扶贫情况。", "每月报送（3分）；能统计电商扶贫情况（3分）。", "报送文件。", "每月10日前向茂名市商务局报送工作进展，附电商扶贫统计表，能统计电商扶贫情况。", 6, "info.reporting"],
    ]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, "总结经验做法并上报。", "向市商务局报送经验材料（2分）。", "查看上报文件。", "已向茂名市商务局报送经验材料2篇。", 2, "promo.cases"],
      ["经验推广", 8, "典型做法被主流媒体报道。", "省级及以上（4分）；市级（3分）；县级（1分）。", "报道截图。", "南方日报、茂名日报、茂南发布等媒体报道我区做法。", 8, "promo.media"],
    ]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, "制定资金管理制度，建立考核问责制度。", "建立科学有效的资金管理制度且得到有效落实（1-5分）。", "查看制度。", "制定《茂南区电子商务进农村综合示范专项资金管理办法》，考核问责有待细化，自评4分。", 4, "fund.system"],
      ["资金台账", 5, "明确责任人，建立健全资金台账。", "项目承建方建立资金专用台账（1-5分）。", "账目及凭证。", "各承建单位建立资金专用台账，个别凭证附件不全，自评4分。", 4, "fund.ledger"],
      ["资金支出", 5, "按规定使用和拨付资金。", "资金支出率70%以上，且及时拨付（1-5分）；低于70%倒扣5分。", "拨付文件、凭证。", "省下达专项资金500万元，截至2021年8月31日累计拨付412.6万元，支出率82.5%；按进度拨付，自评4分。", 4, "fund.spending"],
    ]],
  ];
  const claimed = {};
  for (const [task, items] of T) {
    const r0 = rows.length + 1;
    for (const [name, w, expl, std, how, ours, p, id] of items) {
      rows.push([rows.length + 1 === r0 ? task : null, name, w, expl, std, `${how}\n▲我区情况：${ours}`, p]);
      claimed[id] = p;
      if (name === null) merges.push(`B${rows.length - 1}:B${rows.length}`);
    }
    mergeCol(merges, "A", r0, rows.length);
  }
  const b0 = rows.length + 1;
  rows.push(["加分项（4分）", null, 2, null, "建档立卡贫困人口培训率70%及以上（2分）", "参加培训的建档立卡贫困人口清单及签到表等\n▲我区情况：培训率55.4%，未达70%。", 0]);
  rows.push([null, null, 2, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "查看相关报道和视频\n▲我区情况：2021年5月，CCTV-17《田间示范秀》播出茂南区罗非鱼电商扶贫案例。", 2]);
  merges.push(`A${b0}:B${rows.length}`);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 2;
  const v0 = rows.length + 1;
  rows.push(["一票否决项", null, null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", "▲我区情况：无。", null]);
  rows.push([null, null, null, null, "项目建设进度严重滞后，总体进度不足40%。", "▲我区情况：项目总体进度90%。", null]);
  rows.push([null, null, null, null, "弄虚作假。", "▲我区情况：无。", null]);
  merges.push(`A${v0}:B${rows.length}`);
  const clScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(clScored === 95, "f2 claimed 95 " + clScored);
  rows.push(["合计得分", null, 100, null, null, null, clScored + 2]);
  merges.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:F${rows.length}`);
  full("填表人：梁××　　　审核：区商务局局长 杨××　　　2021年9月5日");
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "茂名茂南区商务局在官方《考评指标体系》原表上自评：七列原样（工作任务｜评价指标名称｜权重｜指标解释｜评分标准｜评价方式及佐证材料｜自评得分），局里没有另开列，而是在每个“评价方式及佐证材料”格里原文之后换行写“▲我区情况：…”，事实和主观分（“自评2分”）都只在这段文字里；服务体系建设两行（15、10）评价指标纵向合并；加分项、一票否决项的▲也在同一列；自评得分一列是各指标自评分（95＋2）。读法：评分标准、指标解释里的1%、70%、20家、50%是原文阈值，不是本区数据；组长区委书记（主要领导），成员含“区扶贫办（2021年3月起为区乡村振兴局）” → principal-all；中心2020年9月28日投入运营、五项免费服务都有；“入驻企业23家”“覆盖112个（85.5%）”“占1.03%”“培训率55.4%”“支出率82.5%”是派生数，不是输入；交易标准未出台只是判分依据；有2020年两项网零金额和增速，没有2019年金额。",
    sheets: [{ name: "考评指标及自评", rows, merges }],
    expect: {
      facts: {
        county: "茂南区", asOf: "2021-08-31", residentPopulation: 489500, adminVillagesStated: 131, poorVillagesStated: 11,
        planIssued: true, policyIssued: true, centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 3152000000, ruralRetailGrowthStated: 0.187, agriRetail2020: 684000000, agriRetailGrowthStated: 0.352,
        trainingPersonTimesStated: 5021, eligiblePoorPersonsStated: 1268, trainedPoorPersonsStated: 702,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4126000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 佛山市高明区: 六个表的事实工作簿（封面、领导小组名单、基础数据、中心服务项目、专栏设置、主观分自评）
// =====================================================================================================
function buildF3() {
  const cover = [["佛山市高明区电子商务进农村综合示范考评基础资料"], [null], ["报送单位：佛山市高明区经济和科技促进局"], ["数据截至：2021年8月31日"], ["报送日期：2021年9月6日"],
    [null], ["目　录"], ["一、领导小组名单"], ["二、基础数据"], ["三、中心服务项目"], ["四、专栏设置情况"], ["五、主观评分项自评"]].map((r) => padRow(r, 4));
  const lead = [["高明区电子商务进农村综合示范创建工作领导小组名单"], ["（明委办〔2020〕31号，2021年7月调整）"], ["职务", "姓名", "单位及职务"],
    ["组长", "陈××", "区委副书记、区长"], ["常务副组长", "李××", "区委常委、副区长"], ["副组长", "谭××", "区经济和科技促进局局长"],
    ["成员", "梁××", "区经济和科技促进局副局长（商务）"], [null, "黄××", "区财政局副局长"], [null, "区××", "区农业农村局副局长"], [null, "何××", "区交通运输局副局长"],
    [null, "冯××", "区市场监督管理局副局长"], [null, "邓××", "区融媒体中心副主任"], [null, "麦××", "中国邮政集团有限公司佛山市高明区分公司副总经理"],
    [null, "罗××", "荷城街道办事处副主任"], [null, "严××", "杨和镇副镇长"], [null, "苏××", "明城镇副镇长"], [null, "吴××", "更合镇副镇长"],
    ["领导小组办公室设在区经济和科技促进局，谭××兼任办公室主任。"]];
  const leadMerges = ["A1:C1", "A2:C2", "A7:A17", `A${lead.length}:C${lead.length}`];
  const base = [["二、基础数据"], ["项目", "数据"], ["常住人口", "47.96万人"], ["行政村数量", "77个"], ["省定贫困村", "0个（我区无省定贫困村）"],
    ["工作方案", "已印发（明府办〔2020〕9号）"], ["扶持政策", "已出台"], ["区电子商务公共服务中心投入运营", "2020.11.20"], ["电商产业园", "已建成（高明电商产业园，整合原创意产业园）"],
    ["专业第三方电商运营服务商", "有（佛山××电子商务有限公司）"], ["行政村快递物流覆盖", "77个行政村全部通快递"],
    ["2019年农产品网络零售额", "4.06亿元"], ["2020年农产品网络零售额", "5.37亿元"], ["2020年农村网络零售额同比增长", "27.9%"],
    ["培训人次（截至2021年8月31日）", "4,890人次"], ["有劳动能力建档立卡贫困人口（不含外出务工）", "32人"], ["其中参加电商培训", "21人"],
    ["能统计电商扶贫情况", "能（月报附表）"], ["省级下达专项资金", "300万元"], ["累计拨付", "2,415,000.00元"], ["资金管理制度", "已制定"], ["资金专用台账", "已建立"],
    ["项目总体进度", "95%"], ["安全生产、质量事故或重大损失", "无"], ["弄虚作假", "无"]];
  const svc = [["三、区电子商务公共服务中心服务项目"], ["序号", "服务项目", "收费情况", "开展情况"],
    [1, "电商基础培训（培训室、电脑、直播设备）", "免费", "已开展，累计62期"], [2, "农特产品展示展销", "免费", "展厅常设"],
    [3, "产品摄影", "免费", "已开展"], [4, "美工设计（详情页、海报）", "免费", "已开展"], [5, "“高明农品”区域品牌推广、品牌指导", "免费", "已开展"],
    [6, "电商金融、物流对接（衍生增值服务）", "免费", "已开展"], [7, "网店代运营", "按合同收费", "已开展"], [8, "跨境电商咨询", "免费", "2021年10月上线"]];
  const col = [["四、政府网站“电子商务进农村综合示范”专栏设置情况"], ["子栏目", "开设情况", "最近更新", "说明"],
    ["创建方案", "已开设", D("2020-07-15"), null], ["项目信息公示", "已开设", D("2021-06-30"), "公示项目名称、承建单位、资金"], ["建设进度", "已开设", D("2021-08-27"), "按月更新"],
    ["政策文件", "已开设", D("2021-03-12"), null], ["监督举报", "未开设", null, "计划与12345热线对接后开设"]];
  const judg = [["五、主观评分项自评"], ["评分项", "分值", "自评分", "理由"], ["方案制定", "1-2分", "2分", null], ["政策支持", "1-2分", "2分", null],
    ["项目管理制度", "1-2分", "2分", null], ["工作台账", "1-2分", "1分", "部分台账未及时更新"], ["网销调研", "1-2分", "1分", null], ["网络促销活动", "1-2分", "2分", null],
    ["交易标准与冷链、溯源系统", "1-2分", "2分", null], ["资金管理制度", "1-5分", "5分", null], ["资金台账", "1-5分", "4分", null], ["资金及时拨付", "1-5分", "4分", null]];
  return {
    description:
      "佛山高明区经科局交的事实工作簿，六个表：《封面》写县名、数据截至2021年8月31日和目录；《领导小组名单》是“职务｜姓名｜单位及职务”花名册（组长区委副书记、区长；成员列经科局（商务）、财政、农业农村、交通、市场监管、融媒体、邮政和三镇一街，没有扶贫或乡村振兴部门；“成员”纵向合并）；《基础数据》两列“项目｜数据”，单位写在数据里（47.96万人、4.06亿元、2,415,000.00元、2020.11.20）；《中心服务项目》按“收费情况”列判断免费服务（培训、展示展销、摄影、美工、品牌、金融物流对接都免费，代运营收费不相干，10月上线的跨境咨询不算）；《专栏设置》子栏目一行，“监督举报 未开设” → 否，最近更新日期不是事实；《主观评分项自评》写“2分”。读法：区长牵头但缺扶贫（乡村振兴） → principal；只有农产品网零两年金额和农村网零增速。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:D1"] },
      { name: "领导小组名单", rows: lead, merges: leadMerges },
      { name: "基础数据", rows: base, merges: ["A1:B1"] },
      { name: "中心服务项目", rows: svc, merges: ["A1:D1"] },
      { name: "专栏设置", rows: col, merges: ["A1:D1"] },
      { name: "主观分自评", rows: judg, merges: ["A1:D1"] },
    ],
    expect: {
      facts: {
        county: "高明区", asOf: "2021-08-31", residentPopulation: 479600, adminVillagesStated: 77, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-20", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        agriRetail2019: 406000000, agriRetail2020: 537000000, ruralRetailGrowthStated: 0.279,
        trainingPersonTimesStated: 4890, eligiblePoorPersonsStated: 32, trainedPoorPersonsStated: 21,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 3000000, fundSpentStated: 2415000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.95,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 2, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}


// =====================================================================================================
// l1 — 江门市蓬江区: 填报说明、站点台账（编号、撤销、迁址）、培训统计（男｜女）、贫困人口（劳动力状况一栏）、宣传报道、统计
// =====================================================================================================
function buildL1() {
  const CUT = "2021-08-31";
  const REGION = "440703";
  // ---------------- 站点台账
  const TOWNS = [["棠下镇", "TX", ["良溪", "石头", "周郡", "沙富", "堡棠", "虎岭"], ["棠下"]], ["荷塘镇", "HT", ["篁湾", "禾冈", "康溪", "塔岗", "三丫"], ["荷塘"]],
    ["杜阮镇", "DR", ["龙榜", "杜臂", "井根", "叱石", "松岭"], ["杜阮"]]];
  const sRecs = [];
  const sRows = [["蓬江区村级电子商务服务站点台账"], ["填报单位：江门市蓬江区商务局　　　更新：2021年9月9日"],
    ["站点编号", "镇（街）", "村（社区）", "站点名称", "建站时间", "状态", "备注"]];
  let k = 0;
  const fmt = (iso, j) => [D(iso), yyyymmdd(iso), excelSerial(iso), dotDate(iso), cnDate(iso)][j % 5];
  for (const [t, code, vs, cs] of TOWNS) {
    let n = 0;
    const add = (village, opened, cellDate, status, note, nameSuffix) => {
      n++;
      sRows.push([`PJ-${code}-${pad3(n)}`, t, village, `${village.replace(/村委会$|村民委员会$|村$|社区$/, "")}${village.endsWith("社区") ? "社区" : "村"}电商服务站${nameSuffix || ""}`,
        cellDate, status, note || null]);
      sRecs.push({ village, opened });
    };
    vs.forEach((v, i) => {
      const vcell = [`${v}村委会`, `${v}村`, `${v}村民委员会`][(k + i) % 3];
      const op = randIsoBetween("2020-06-01", "2021-08-15");
      add(vcell, op, fmt(op, k + i), "运营中");
    });
    for (const c of cs) {
      const op = randIsoBetween("2020-06-01", "2021-08-15");
      add(`${c}社区`, op, fmt(op, k), "运营中", "社区站");
    }
    if (t === "棠下镇") {
      add(`${vs[1]}村`, "2020-07", "2020年7月", "已撤销（2021.7）", "原址拆迁，撤销");
      add(`${vs[1]}村`, "2021-08-20", "20210820", "运营中", "迁址重建（石头村文化室旁）", "（新址）");
    }
    if (t === "荷塘镇") add(`${vs[2]}村委会`, "2021-09-06", "2021.9.6", "运营中", "9月新建", "（二）");
    if (t === "杜阮镇") add(`${vs[4]}村`, "2020-12", "2020年12月", "运营中", "建站时间只记到月");
    k += 7;
  }
  sRows.push(["注：站点编号规则 PJ-镇代码-序号；“已撤销”站点保留登记。"]);
  for (const r of sRows) padRow(r, 7);
  assert(sRecs.some((s) => s.opened === "2020-07") && sRecs.some((s) => s.opened > CUT), "l1 station variety");

  // ---------------- 培训统计 (参训人次 男｜女)
  const S = [
    ["2020-09-24", "2020-09-24", "农村电商基础班", "区电子商务公共服务中心"], ["2020-10-27", "2020-10-28", "网店运营实操班", "棠下镇党群服务中心"],
    ["2020-11-19", "2020-11-19", "短视频与直播入门", "荷塘镇党群服务中心"], ["2020-12-15", "2020-12-17", "农村电商带头人研修班", "区电子商务公共服务中心"],
    ["2021-03-09", "2021-03-10", "电商客服与物流", "杜阮镇党群服务中心"], ["2021-04-21", "2021-04-21", "农产品品牌营销", "区电子商务公共服务中心"],
    [null, null, "直播带货进阶班（原定2021年5月26日）", "棠下镇党群服务中心"], ["2021-06-16", "2021-06-16", "社群团购运营", "荷塘镇党群服务中心"],
    ["2021-07-28", "2021-07-29", "跨境电商入门", "区电子商务公共服务中心"], ["2021-08-30", "2021-09-01", "电商直播集训营", "区电子商务公共服务中心"],
    ["2021-09-15", "2021-09-15", "农村电商基础班（第二轮）", "杜阮镇党群服务中心"]];
  const tRows = [["蓬江区农村电商培训统计表"], ["单位：人次"], ["序号", "培训日期", "班次", "地点", "参训人次", null, "其中脱贫户", "备注"], [null, null, null, null, "男", "女", null, null]];
  const tMerges = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", "H3:H4"];
  const tRecs = [];
  let totM = 0;
  let totF = 0;
  S.forEach(([s, e, cls, place], j) => {
    if (s === null) {
      tRows.push([j + 1, "—", cls, place, "—", "—", "—", "受台风“烟花”影响取消"]);
      return;
    }
    const m = rint(30, 120);
    const f = rint(40, 140);
    totM += m;
    totF += f;
    let dc;
    if (s !== e) dc = j % 2 ? rangeText(s, e, "dot") : rangeText(s, e, "cn");
    else dc = [D(s), cnDate(s), dotDate(s), slashDate(s)][j % 4];
    const mc = j === 3 ? `${m}人` : m;
    const fc = j === 5 ? fullWidth(String(f)) : f;
    tRows.push([j + 1, dc, cls, place, mc, fc, rint(2, 12), s > CUT ? "9月举办" : e > CUT ? "跨月，9月1日结业" : null]);
    tRecs.push({ date: e, personTimes: m + f });
  });
  tRows.push(["合计", null, null, null, totM, totF, null, `合计${totM + totF}人次`]);
  tMerges.push(`A${tRows.length}:D${tRows.length}`);
  assert(tRecs.length === 10 && tRecs.some((t) => t.date === "2021-09-01"), "l1 10 sessions");

  // ---------------- 贫困人口 (劳动力状况 one column)
  const ST = [["有劳动能力·在家务农", true, false], ["有劳动能力·县内务工", true, false], ["有劳动能力·外出务工（省内）", true, true], ["有劳动能力·外出务工（省外）", true, true],
    ["弱劳动能力·在家", true, false], ["无劳动能力", false, null], ["丧失劳动能力", false, null], ["有劳动能力·公益性岗位", true, false]];
  const pRows = [["蓬江区建档立卡贫困人口名单（电商培训对象摸底）"], ["说明：“劳动力状况”按“劳动能力·务工情况”填写；外出务工指在江门市以外务工。"],
    ["序号", "镇", "村", "户主", "姓名", "身份证号", "劳动力状况", "联系电话"]];
  const pRecs = [];
  const VIL = ["良溪村", "周郡村", "篁湾村", "禾冈村", "龙榜村", "井根村"];
  let xCount = 0;
  for (let i = 0; i < 26; i++) {
    const [stText, lab, mig] = ST[(i * 3 + 1) % ST.length];
    const birth = lab ? birthBetween(1965, 2001) : birthBetween(1940, 1958);
    const wantX = lab && xCount < 2 ? (i % 5 === 2 ? true : undefined) : undefined;
    const id = makeId(REGION, birth, rnd() < 0.5, wantX);
    if (wantX) xCount++;
    const v = VIL[i % VIL.length];
    const cellId = isX(id) && xCount === 2 && wantX ? id.slice(0, 17) + "x" : id;
    pRows.push([i + 1, { 良溪村: "棠下镇", 周郡村: "棠下镇", 篁湾村: "荷塘镇", 禾冈村: "荷塘镇", 龙榜村: "杜阮镇", 井根村: "杜阮镇" }[v], v, personName(), personName(), cellId, stText, mask(phone())]);
    pRows[pRows.length - 1][3] = personName(pRows[pRows.length - 1][4][0]);
    pRecs.push({ id, labour: lab, migrant: mig });
  }
  assert(pRecs.some((p) => isX(p.id)) && pRecs.some((p) => p.migrant === null) && pRecs.some((p) => p.migrant === true), "l1 person variety");

  // ---------------- 宣传报道
  const MED = [["2020-10-15", "蓬江发布", "区县级", "新媒体", "蓬江首批村级电商服务站挂牌"], ["2020-12-22", "江门日报", "地市级", "报纸", "蓬江：电商培训送到村口"],
    ["2021-03-18", "江门广播电视台《江门新闻》", "地市级", "电视", "杜阮凉瓜直播带货"], ["2021-05-07", "南方+", "省级", "网络", "蓬江区电商进农村见闻"],
    ["2021-06-25", "广东广播电视台珠江频道", "省级", "电视", "荷塘镇电商助农"], ["2021-08-09", "中国网", "国家级", "网络", "江门蓬江：小站点撬动乡村大市场"],
    ["2021-09-07", "江门广播电视台", "地市级", "广播", "蓬江区电商进农村考评准备就绪"]];
  const LV = { 国家级: "national", 省级: "province", 地市级: "city", 区县级: "county" };
  const mRows = [["蓬江区电子商务进农村宣传报道台账"], ["序号", "刊播日期", "媒体", "级别", "形式", "标题"]];
  const mRecs = [];
  MED.forEach((m, j) => {
    mRows.push([j + 1, [dotDate(m[0]), D(m[0]), cnDate(m[0]), dashNoPad(m[0])][j % 4], m[1], m[2], m[3], `《${m[4]}》`]);
    mRecs.push({ date: m[0], level: LV[m[2]], tv: m[3] === "电视" });
  });

  // ---------------- 统计 (not a ledger) / 填报说明
  const g = [["台账统计（截至2021年8月31日）"], ["项目", "数量", "说明"], ["建成站点", sRecs.filter((s) => openedBy(s.opened, CUT)).length, "含已撤销1个"],
    ["培训期次", tRecs.filter((t) => t.date <= CUT).length, null], ["培训人次", sum(tRecs.filter((t) => t.date <= CUT).map((t) => t.personTimes)), null],
    ["宣传报道", mRecs.filter((m) => m.date <= CUT).length, "篇（条）"]];
  const note = [["填报说明"], ["1．本册为蓬江区电子商务进农村综合示范台账（二），数据截至2021年8月31日，9月新增情况照列备查。"],
    ["2．培训统计按班次登记，参训人次分男、女填列。"], ["3．贫困人口名单由区乡村振兴局提供。"]];
  return {
    description:
      "江门蓬江区商务局台账（二）（六个表）：①《填报说明》不是台账；②《站点台账》有站点编号（PJ-TX-001），村（社区）写“××村委会／××村／××村民委员会／××社区”，建站时间混写（日期格、“20210820”八位数、Excel序号、点号日期、中文、只到月“2020年7月”“2020年12月”），石头村原站“已撤销（2021.7）”照列（建站时间仍是2020年7月），迁址新站另一行，社区站、9月新建的第二站照列；③《培训统计》两行表头，“参训人次”合并在“男｜女”上、没有合计列——一期人次＝男＋女（“××人”、全角数字也要读），多天班按结束日（“2021年8月30日—9月1日”读9月1日），台风取消的一期全是“—”不是记录，合计行不是；④《贫困人口》劳动能力和务工情况挤在“劳动力状况”一栏（“有劳动能力·外出务工（省内）”是外出，“县内务工”“公益性岗位”“在家务农”不是，“弱劳动能力”是有劳动能力，无劳动能力的务工为null），一人身份证末位小写x；⑤《宣传报道》级别“国家级／省级／地市级／区县级”，形式“新媒体”“广播”不是电视，9月一条照列；⑥《统计》是汇总，不是台账。",
    sheets: [
      { name: "填报说明", rows: note, merges: [] },
      { name: "站点台账", rows: sRows, merges: ["A1:G1", "A2:G2", `A${sRows.length}:G${sRows.length}`] },
      { name: "培训统计", rows: tRows, merges: tMerges },
      { name: "贫困人口", rows: pRows, merges: ["A1:H1", "A2:H2"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "统计", rows: g, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "站点台账": { kind: "stations", records: sRecs },
        "培训统计": { kind: "training", records: tRecs },
        "贫困人口": { kind: "poorPersons", records: pRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "统计": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 佛山市顺德区: 封面、村居名单、园区企业（租赁期限不是退出）、资金支付（万元四位小数）、月报报送、专栏信息（成文/发布日期）、汇总
// =====================================================================================================
function buildL2() {
  const CUT = "2021-08-31";
  const REGION = "440606";
  // ---------------- 村居名单
  const TOWNS = [["杏坛镇", ["光华", "逢简", "马东", "马宁", "右滩", "青田", "龙潭", "古朗"], ["杏坛"]], ["均安镇", ["星槎", "仓门", "沙头", "南浦", "天连"], ["均安", "新华"]],
    ["龙江镇", ["左滩", "官田", "苏溪", "南坑", "旺岗"], ["龙江", "华东"]]];
  const vRows = [["顺德区村（居）委会名单（杏坛、均安、龙江三镇）"], ["镇（街道）", "村（居）委会", "性质", "省定贫困村", "快递网点", "备注"]];
  const vMerges = ["A1:F1"];
  const vRecs = [];
  let noExpDone = false;
  for (const [t, vs, cs] of TOWNS) {
    const r0 = vRows.length + 1;
    for (const c of cs) {
      vRows.push([vRows.length + 1 === r0 ? t : null, `${c}社区居委会`, "居委会", "—", "有（菜鸟驿站）", null]);
      vRecs.push({ name: `${c}社区居委会`, admin: false, poor: null, express: true });
    }
    vs.forEach((v, i) => {
      const noExp = t === "均安镇" && !noExpDone && i === 4;
      if (noExp) noExpDone = true;
      const nm = i % 2 ? `${v}村委会` : `${v}村民委员会`;
      vRows.push([vRows.length + 1 === r0 ? t : null, nm, "村委会", "否", noExp ? "无" : ["有（邮政）", "有（菜鸟驿站）", "有（中通、韵达）"][i % 3], noExp ? "到镇上取件" : null]);
      vRecs.push({ name: nm, admin: true, poor: false, express: !noExp });
    });
    mergeCol(vMerges, "A", r0, vRows.length);
  }
  vRows.push(["注：顺德区无省定贫困村，“省定贫困村”栏村委会填“否”、居委会不填（—）。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);
  assert(noExpDone, "l2 one village without express");

  // ---------------- 园区企业
  const FIRMS = [["佛山市顺德区家电优选电子商务有限公司", "销售型"], ["佛山市顺德区杏坛鱼干网店", "销售型"], ["佛山市顺德区顺品汇网络科技有限公司", "平台型"],
    ["佛山市顺德区云智电商代运营有限公司", "运营服务商"], ["佛山市顺德区龙江家具电商有限公司", "销售型"], ["佛山市顺德区速达仓储物流有限公司", "物流企业"],
    ["佛山市顺德区均安蒸猪电商商行", "销售型"], ["佛山市顺德区直播工场传媒有限公司", "直播电商"], ["佛山市顺德区双皮奶食品网店", "销售型"],
    ["佛山市顺德区跨境通电子商务有限公司", "跨境电商"], ["佛山市顺德区链动供应链管理有限公司", "物流企业"], ["佛山市顺德区小家电网店", "销售型"]];
  const eRows = [["顺德区农村电商产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "类型", "入驻日期", "租赁期限", "状态"]];
  const eRecs = [];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-05-10", "2021-07-30"), left: null }));
  firms[4].ent = "2020-09-21";
  firms[4].left = "2021-06-30";
  firms[11].ent = "2021-09-15";
  firms.sort((a, b) => cmp(a.ent, b.ent));
  firms.forEach((f, j) => {
    const [y, m, d] = ymd(f.ent);
    const end = isoAdd(`${y + 3}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, -1);
    const lease = `${dotDate(f.ent)}—${dotDate(end)}`;
    const ec = f.ent > CUT ? "2021.9.15" : [D(f.ent), dotDate(f.ent), cnDate(f.ent), slashDate(f.ent)][j % 4];
    eRows.push([j + 1, f.n, f.code, f.t, ec, lease, f.left ? "提前退租（2021.6.30）" : f.ent > CUT ? "已入驻（9月）" : "在园"]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  eRows.push(["注：租赁期限为合同约定期限，不是退园时间；提前退租的在“状态”栏注明。"]);
  const eMerges = ["A1:G1", `A${eRows.length}:G${eRows.length}`];

  // ---------------- 资金支付 (万元, four decimals)
  const PAY = [["2020-08-27", "JZ2020-0815", "佛山市顺德区云智电商代运营有限公司", "公共服务中心建设首期款", 586420], ["2020-11-12", "JZ2020-1103", "中国邮政集团有限公司广东省佛山市顺德区分公司", "村级站点建设（第一批）", 324750],
    ["2020-12-29", "JZ2020-1227", "佛山市顺德区速达仓储物流有限公司", "镇村物流配送体系", 287365], ["2021-02-05", "JZ2021-0204", "佛山市顺德区云智电商代运营有限公司", "电商培训（第一期）", 96800],
    ["2021-04-16", "JZ2021-0412", "中国邮政集团有限公司广东省佛山市顺德区分公司", "村级站点建设（第二批）", 218540], ["2021-06-23", "JZ2021-0619", "佛山市顺德区顺品汇网络科技有限公司", "农产品品牌推广", 152638],
    ["2021-08-18", "JZ2021-0816", "佛山市顺德区云智电商代运营有限公司", "电商培训（第二期）", 88260], ["2021-09-09", "JZ2021-0907", "佛山市顺德区链动供应链管理有限公司", "冷链及溯源系统", 305000]];
  const fRows = [["顺德区电子商务进农村综合示范专项资金支付明细"], ["单位：万元"], ["支付日期", "凭证号", "收款单位", "摘要", "金额"]];
  const fRecs = [];
  let year = null;
  let ySum = 0;
  const flush = () => {
    if (year !== null) fRows.push([`${year}年小计`, null, null, null, wan4(ySum)]);
  };
  PAY.forEach(([d, no, who, what, amt], j) => {
    const y = d.slice(0, 4);
    if (y !== year) {
      flush();
      year = y;
      ySum = 0;
    }
    ySum += amt;
    fRows.push([j % 3 === 2 ? yyyymmdd(d) : j % 3 === 1 ? dotDate(d) : D(d), no, who, what, j % 2 ? wanText(amt, 4) : wan4(amt)]);
    fRecs.push({ date: d, amount: amt });
  });
  flush();
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[4])))]);
  const fMerges = ["A1:E1", "A2:E2"];
  fRows.forEach((r, i) => {
    if (typeof r[0] === "string" && /小计|合计/.test(r[0])) fMerges.push(`A${i + 1}:D${i + 1}`);
  });
  for (const r of fRows) padRow(r, 5);
  assert(fRecs.every((f) => Number.isInteger(f.amount)), "l2 whole yuan");

  // ---------------- 月报报送
  const rRows = [["顺德区电子商务进农村月报报送记录"], ["序号", "月报期别", "报送日期", "报送对象", "含扶贫统计", "经办人"]];
  const rRecs = [];
  monthsBetween("2020-08", "2021-08").forEach((m, j) => {
    if (m === "2021-01") return;
    const nx = monthsBetween(m, "2021-12")[1];
    let dd = `${nx}-${String(rint(3, 10)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(dd)) || (dd >= "2020-10-01" && dd <= "2020-10-08")) dd = isoAdd(dd, 1);
    const pov = j === 4 ? "否" : j === 9 ? null : "是";
    rRows.push([rRows.length - 1, cnMonth(m), [D(dd), yyyymmdd(dd), cnDate(dd), dotDate(dd)][j % 4], "佛山市商务局", pov, ["何××", "周××"][j % 2]]);
    rRecs.push({ date: dd, poverty: pov === "是" ? true : pov === "否" ? false : null });
  });
  rRows.push(["注：2021年1月月报与2月合并报送（春节）。"]);
  const rMerges = ["A1:F1", `A${rRows.length}:F${rRows.length}`];

  // ---------------- 专栏信息 (成文日期 vs 发布日期)
  const U = [["2020-07-10", "2020-07-14", "顺德区电子商务进农村综合示范创建实施方案"], ["2020-07-20", "2020-07-22", "顺德区电子商务进农村综合示范项目基本信息"]];
  for (const m of WINDOW) {
    if (m === "2021-04" || m === "2021-08") continue;
    const [y, mo] = m.split("-").map(Number);
    const pub = `${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`;
    U.push([isoAdd(pub, -rint(2, 4)), pub, `顺德区电子商务进农村综合示范项目建设进度公示（${cnMonth(m)}）`]);
  }
  U.push(["2021-04-28", "2021-05-06", "顺德区电子商务进农村综合示范项目建设进度公示（2021年4月）"]);
  U.push(["2021-08-31", "2021-09-03", "顺德区电子商务进农村综合示范项目建设进度公示（2021年8月）"]);
  U.sort((a, b) => cmp(a[1], b[1]));
  const uRows = [["顺德区政府信息公开目录——电子商务进农村综合示范"], ["索引号", "标题", "发布机构", "成文日期", "发布日期"]];
  const uRecs = [];
  U.forEach(([c, p, t], j) => {
    uRows.push([`11440606MB2C${pad3(rint(100, 999))}/${p.slice(0, 4)}-${String(100 + j).padStart(5, "0")}`, t, "顺德区经济和科技促进局", D(c), D(p)]);
    uRecs.push({ date: p });
  });
  assert(uRecs.some((u) => u.date === "2021-09-03") && !U.some((u) => u[1].slice(0, 7) === "2021-04"), "l2 no April publication");

  // ---------------- 汇总 / 封面
  const sumRows = [["台账汇总"], ["项目", "数值", "单位"], ["村委会", vRecs.filter((v) => v.admin).length, "个"], ["居委会", vRecs.filter((v) => !v.admin).length, "个"],
    ["在园企业", eRecs.filter((e) => e.entered <= CUT && !(e.left && e.left < CUT)).length, "家"], ["已支付", wan4(sum(fRecs.filter((f) => f.date <= CUT).map((f) => f.amount))), "万元"],
    ["月报报送", rRecs.filter((r) => r.date <= CUT).length, "次"]];
  const cover = [["顺德区电子商务进农村综合示范考评台账（三）"], ["编制单位：佛山市顺德区经济和科技促进局"], ["2021年9月"]];
  return {
    description:
      "佛山顺德区经科局台账（三）（七个表）：①《封面》不是台账；②《村（居）委会名单》只列杏坛、均安、龙江三镇，镇纵向合并，每镇居委会在前，“性质”村委会／居委会，“省定贫困村”村委会填“否”、居委会“—”（null），“快递网点”写“有（邮政）”“有（菜鸟驿站）”“有（中通、韵达）”或“无”；③《园区企业》“租赁期限”是“2020.9.21—2023.9.20”式合同期（不是退园），退园只在“状态”里（“提前退租（2021.6.30）”），入驻日期混写，9月15日入驻的照列；④《资金支付》单位万元，金额四位小数（数字和“32.4750”文本），日期有日期格、2021.4.16、八位数字，按年份有“××年小计”行和合计行（不是记录）；⑤《月报报送》“月报期别”不是报送日期，读报送日期（日期格、八位数字、中文、点号），含扶贫统计 是／否／空，2021年1月与2月合并；⑥《专栏信息》是政府信息公开目录，索引号里带年份，读“发布日期”不读“成文日期”（4月进度5月6日才发布，8月进度9月3日发布照列）；⑦《汇总》不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村（居）委会名单", rows: vRows, merges: vMerges },
      { name: "园区企业", rows: eRows, merges: eMerges },
      { name: "资金支付", rows: fRows, merges: fMerges },
      { name: "月报报送", rows: rRows, merges: rMerges },
      { name: "专栏信息", rows: uRows, merges: ["A1:E1"] },
      { name: "汇总", rows: sumRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村（居）委会名单": { kind: "villages", records: vRecs },
        "园区企业": { kind: "enterprises", records: eRecs },
        "资金支付": { kind: "funds", records: fRecs },
        "月报报送": { kind: "reports", records: rRecs },
        "专栏信息": { kind: "disclosures", records: uRecs },
        "汇总": { kind: null },
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
write("counties", "b215-c1-rongcheng.json", c1);
write("facts", "b215-f1-jinwan.json", f1);
write("facts", "b215-f2-maonan.json", f2);
write("facts", "b215-f3-gaoming.json", f3);
write("ledgers", "b215-l1-pengjiang.json", l1);
write("ledgers", "b215-l2-shunde.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
