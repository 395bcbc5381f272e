// Batch 231 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b228.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (231231), no clock. Run: node test/corpus/_b231/gen-b231.js
//
// c1 开平市 (江门): the facts sheet is the city bureau's《考评基础数据填报表（模板）》— 序号｜数据项｜填报口径说明｜填报值｜计量单位｜
//    数据来源, a grey “示例” row under the header (45.20万人 is the template's example, not Kaiping's), numbers in 口径 notes that are
//    not values, and a second table below (二、自评得分) carrying the claimed points and the judged sub-scores in 说明 text.
//    Ledgers: 222 行政村 (base capped at 200); stations as a 腾讯文档收集表 export (提交时间, 微信昵称, free-typed dates, one
//    resubmission); training as a 排课表 (one row per 上午/下午 节, 日期 and 参训人次 merged down per session); a park lease ledger
//    (房号 rows, one firm renting two rooms, a 空置 room, 租期至 is not 退租); funds as a 用友 明细账 export (年 in section rows, 月｜日
//    columns, 贷方 receipt of the allocation, 本月合计/本年累计 rows); reports as a 政务邮箱 发件箱 export; disclosures printed from
//    the browser (title row + “发布时间：…” row); media; materials; a 填报说明 sheet.
// f1 清新区 (清远): a mobile H5 采集表 submission exported to Excel — every field two rows (“*4. 行政村数量” with a grey 填写提示 in
//    B, the answer in the row below), radios as “●是　○否”, departments as a ☑/☐ multi-choice (乡村振兴 unticked), optional fields
//    answered “（未填写）”, judged items as “○1分　●2分”.
// f2 从化区 (广州): a《考评数据对比表》— 项目｜单位｜2020年中期评估（截至2020.12.31）｜本次考评（截至2021.8.31）｜变化｜备注: only the
//    本次 column is read, and several 本次 cells say “同左” (the value is the left cell); 变化 column (“+1,236”) is not an input.
// f3 浈江区 (韶关): a《数据核实问答》reply to the city bureau — 问/答 rows alternating in column B/C, values inside sentences, some
//    answers correct the question's premise (试运营 vs 正式运营; 共1,105人 vs 不含外出务工693人), 户籍人口 not an input.
// l1 蓬江区 (江门): ① 学员参训登记 as a person × 期次 grid (期次 columns carry the date in the header, one a two-day range; √ per
//    attendance; 参训次数 column and a 合计 row); ② 脱贫人口 grouped by village section rows, 务工地点 decides migrant (深圳市 →
//    外出), blank 务工地点 for no-labour persons; ③ 统计 pivot summary (not a ledger).
// l2 源城区 (河源): ① stations exported from the 商务部 农村电商服务站 system (站点编码, 省/市/县/乡镇/村 columns, 建成时间
//    as “2020-11-05 00:00:00” text, 乡镇级 station in a 社区, 待审核 rows); ② 剪报登记 media with the level in brackets after the
//    media name and 版次; ③ 粤政易 月报签收 log (所属月份 vs 报送时间, the date is 报送时间); ④ 目录 cover sheet (not a ledger).
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
let seed = 231231;
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
    assert(/^b231-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b231-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b231-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 江门市开平市: 考评基础数据填报表（模板，含示例行和自评得分表）＋ 9 个台账 ＋ 填报说明
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REG = "440783";
  const TOWNS = ["三埠街道", "长沙街道", "月山镇", "水口镇", "沙塘镇", "苍城镇", "龙胜镇", "大沙镇", "马冈镇", "塘口镇", "赤坎镇", "百合镇", "蚬冈镇", "金鸡镇", "赤水镇"];
  const NV = [6, 7, 17, 15, 14, 16, 17, 13, 17, 16, 18, 14, 13, 19, 20];
  const NC = [9, 6, 1, 1, 1, 1, 1, 0, 1, 0, 1, 1, 0, 0, 1];
  assert(sum(NV) === 222 && sum(NC) === 24, "c1 village plan " + sum(NV) + "/" + sum(NC));
  const vn = villageNamer("东西南北上下新塘龙安长永平福泗联红茅", "和美溪岭山坑安朗边湾冲塘堡岗田蓬");
  const cnm = nameMaker("潭江港口幕沙迳赤", "新海华兴城兴光西", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cnm(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => !/街道/.test(v.town))).slice(0, 22);
  for (const v of poorList) v.poor = true;

  // ---------------- 村居名单
  const VW = 6;
  const vRows = [padRow(["开平市村（居）民委员会名单"], VW), padRow(["数据来源：开平市民政局（2021年换届后）；省定贫困村依据市乡村振兴局名单"], VW),
    ["序号", "镇（街道）", "村（居）委会名称", "类别", "省定贫困村", "快递进村情况"]];
  const vName = new Map();
  villages.forEach((v, i) => {
    if (v.admin) {
      const w = i % 4 === 0 ? v.name.replace(/村$/, "村民委员会") : i % 4 === 1 ? v.name + "委会" : v.name;
      vName.set(v.name, w);
      vRows.push([i + 1, v.town, w, "村委会", v.poor ? "是" : "否", "已通"]);
    } else vRows.push([i + 1, v.town, v.name.replace(/社区$/, "社区居民委员会"), "居委会", "—", "已通"]);
  });
  vRows.push(padRow([null, "合计", `村委会${adminV.length}个、居委会${comms.length}个`], VW));

  // ---------------- 站点：腾讯文档收集表导出
  const stations = [];
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  for (const v of poorList.slice(0, 20)) stations.push({ v, opened: randIsoBetween("2020-05-01", "2021-07-31") });
  for (const v of nonPoor.slice(0, 121)) stations.push({ v, opened: randIsoBetween("2020-05-01", "2021-08-28") });
  stations[30].opened = "2021-08-31";
  stations[45].opened = "2021-03"; // month only
  // after the cut-off: one poor village and two others
  stations.push({ v: poorList[20], opened: "2021-09-06" });
  stations.push({ v: nonPoor[121], opened: "2021-09-15" });
  stations.push({ v: nonPoor[122], opened: "2021-10-08" });
  // a community station
  stations.push({ v: comms[2], opened: "2020-12-18" });
  const sOrder = shuffle(stations.map((s, i) => i));
  // submissions ordered by 提交时间; one resubmitted (same content) a day later
  const subs = sOrder.map((i, k) => ({ s: stations[i], t: isoAdd("2021-08-16", Math.floor(k / 9)) }));
  const dupOf = subs[17];
  subs.splice(60, 0, { s: dupOf.s, t: isoAdd(dupOf.t, 1), dup: true });
  const covered = new Set();
  for (const s of stations) if (s.v.admin && openedBy(s.opened, CUT)) covered.add(s.v.name);
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 141 && poorCovered === 20, "c1 coverage " + covered.size + "/" + poorCovered);
  const NICK = ["阿强", "开平小梁", "月山电商站", "Ming", "水口-关", "🌾周姐", "谭生", "塘口碉楼人", "赤坎古镇", "老许", "芳芳", "金鸡-司徒"];
  const typeDate = (iso, k) => {
    if (iso.length === 7) return cnMonth(iso);
    switch (k % 7) {
      case 0: return iso;
      case 1: return cnDate(iso);
      case 2: return dotDate(iso);
      case 3: return twoDot(iso);
      case 4: return slashDate(iso);
      case 5: return yyyymmdd(iso);
      default: return `${ymd(iso)[0]}年${ymd(iso)[1]}月${ymd(iso)[2]}号`;
    }
  };
  const sRows = [["编号", "提交时间", "提交者", "1. 所在镇（街道）", "2. 所在行政村（请填写全称）", "3. 站点名称", "4. 挂牌日期", "5. 站点负责人", "6. 联系电话"]];
  const sRecs = [];
  subs.forEach((x, k) => {
    const v = x.s.v;
    const vw = v.admin ? (k % 3 === 0 ? vName.get(v.name) : k % 3 === 1 ? v.name.replace(/村$/, "村委会") : v.name) : v.name;
    const nm = v.admin ? `${v.name.replace(/村$/, "")}村电商服务站` : `${v.name.replace(/社区$/, "")}社区电商服务点`;
    const dtyped = x.dup ? x.s.typed : typeDate(x.s.opened, k);
    if (!x.dup) x.s.typed = dtyped;
    const tm = 8 * 60 + (k % 9) * 52 + rint(0, 40);
    sRows.push([k + 1, `${slashDate(x.t).replace(/\/(\d)(?=\/|$)/g, "/0$1")} ${String(Math.floor(tm / 60)).padStart(2, "0")}:${String(tm % 60).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, NICK[k % NICK.length], v.town, vw, nm, dtyped, x.dup ? x.s.person : (x.s.person = personName()), x.dup ? x.s.tel : (x.s.tel = phone())]);
    sRecs.push({ village: vw, opened: x.s.opened });
  });

  // ---------------- 培训排课表 (sessions; 日期 and 人次 merged down over 节 rows)
  const POP = 699000;
  const BASE = Math.min(POP, 500000);
  const sess = [];
  let d = "2020-09-10";
  for (let i = 0; i < 15; i++) {
    const two = i === 4 || i === 11;
    sess.push({ start: d, date: two ? isoAdd(d, 1) : d, two, n: rint(255, 320) });
    d = isoAdd(d, rint(20, 24));
  }
  assert(sess[14].date <= CUT, "c1 sessions end " + sess[14].date);
  let ptBefore = sum(sess.map((s) => s.n));
  const target = 4368;
  sess[14].n += target - ptBefore;
  assert(sess[14].n > 100, "c1 adjust");
  sess.push({ start: "2021-09-16", date: "2021-09-16", two: false, n: 286 });
  const pt = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n));
  const ptAll = sum(sess.map((s) => s.n));
  assert(pt === target && ratioGE(pt, BASE, 0.8) && !ratioGE(pt, BASE, 1) && !ratioGE(pt, POP, 0.8), "c1 pt " + pt);
  const COURSE = [["电商基础与开店流程", "直播带货实操"], ["开平马冈鹅网络营销", "短视频拍摄剪辑"], ["农产品品牌与包装", "网店美工"], ["社群营销", "电商物流与售后"], ["电商扶贫政策解读", "直播复盘"]];
  const TEACH = ["邝××（市电商中心）", "余××（运营服务商）", "关××（五邑大学）", "胡××（抖音服务商）"];
  const PLACE = ["市电商公共服务中心", "赤坎镇文化站", "塘口镇党群服务中心", "马冈镇政府会议室", "金鸡镇电商服务站"];
  const tRows = [padRow(["开平市2020—2021年度农村电商培训排课表（含实际参训人次）"], 8), padRow(["编制：开平市商务局电商股　　参训人次以签到表统计为准"], 8),
    ["期次", "日期", "节次", "课程内容", "授课老师", "培训地点", "参训人次", "备注"]];
  const tM = ["A1:H1", "A2:H2"];
  const tRecs = [];
  sess.forEach((s, i) => {
    const days = s.two ? [s.start, s.date] : [s.date];
    const r0 = tRows.length + 1;
    const dt = s.two ? rangeText(s.start, s.date, i === 4 ? "cn" : "dot") : [cnDate(s.date), D(s.date), dotDate(s.date)][i % 3];
    const slots = [];
    days.forEach((dd) => { slots.push("上午"); slots.push("下午"); });
    if (i === 7) slots.push("晚上");
    slots.forEach((slot, k) => {
      const c = COURSE[i % 5][k % 2];
      tRows.push([k === 0 ? `第${i + 1}期` : null, k === 0 ? dt : null, s.two ? `${k < 2 ? "第一天" : "第二天"}${slot}` : slot, slot === "晚上" ? "直播间实操答疑" : c,
        TEACH[(i + k) % 4], k === 0 ? PLACE[i % 5] : null, k === 0 ? (i % 4 === 2 ? `${s.n}人次` : s.n) : null, k === 0 && s.date > CUT ? "2021年度第二批" : null]);
    });
    const r1 = tRows.length;
    mergeCol(tM, "A", r0, r1);
    mergeCol(tM, "B", r0, r1);
    mergeCol(tM, "F", r0, r1);
    mergeCol(tM, "G", r0, r1);
    mergeCol(tM, "H", r0, r1);
    tRecs.push({ date: s.date, personTimes: s.n });
  });
  tRows.push([null, null, null, null, null, "合计", ptAll, "含2021年9月"]);
  tRows.push(padRow(["注：每期参训人次为该期签到人数，同一期上午、下午为同一批学员，不重复计算。"], 8));
  tM.push(`A${tRows.length}:H${tRows.length}`);

  // ---------------- 产业园租赁台账
  const firmName = nameMaker("潭碉楼侨开马月塘", "鑫华源盛达丰润泰", "", []);
  const TYPES = ["平台型电商", "平台型电商", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "网店销售", "电商代运营", "电商代运营", "电商代运营",
    "快递物流", "快递物流", "仓储配送", "直播机构", "直播机构", "设计策划", "农产品加工", "网店销售", "网店销售", "电商代运营"];
  const firms = TYPES.map((t) => ({ name: `开平市${firmName()}${/物流|仓储/.test(t) ? "物流" : /加工/.test(t) ? "食品" : /设计/.test(t) ? "文化传播" : "电子商务"}有限公司`, type: t,
    code: creditCode("440783"), entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[3].left = "2021-05-31";
  firms[9].left = "2021-10-31"; // leaves after the cut-off: still in
  firms[21].entered = "2021-09-01";
  const lease = [];
  firms.forEach((f) => lease.push({ f }));
  lease.splice(8, 0, { f: firms[6], second: true });
  lease.splice(14, 0, { empty: true });
  const eRows = [padRow(["开平市电子商务产业园场地租赁（入驻企业）台账"], 9), padRow(["管理单位：开平市电商产业园运营中心　　更新至2021年10月"], 9),
    ["房号", "承租企业名称", "统一社会信用代码", "企业类型", "入驻（起租）日期", "租期至", "实际退租日期", "面积（㎡）", "备注"]];
  const eRecs = [];
  lease.forEach((x, i) => {
    const rm = `${["A", "B", "C"][Math.floor(i / 8)]}1${String((i % 8) + 1).padStart(2, "0")}`;
    if (x.empty) { eRows.push([rm, "（空置）", null, null, null, null, null, 60, "招租中"]); return; }
    const f = x.f;
    const ent = x.second ? isoAdd(f.entered, 75) : f.entered;
    const until = `${ymd(ent)[0] + 3}-${String(ymd(ent)[1]).padStart(2, "0")}-${String(Math.min(ymd(ent)[2], 28)).padStart(2, "0")}`;
    eRows.push([rm, f.name, f.code, f.type, dateCell(ent, i), dotDate(until), f.left ? cnDate(f.left) : null, [45, 60, 80, 120][i % 4],
      x.second ? "同一企业租用第二间" : f.left && f.left <= CUT ? "已退租" : f.left ? "已申请退租" : f.entered > CUT ? "新入驻" : null]);
    eRecs.push({ name: f.name, type: f.type, entered: ent, left: f.left });
  });
  const inPark = new Set(firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT)).map((f) => f.code));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const typesIn = new Set(firms.filter((f) => inPark.has(f.code)).map((f) => norm(f.type)));
  assert(inPark.size === 20 && typesIn.size >= 3, "c1 park " + inPark.size);

  // ---------------- 用友明细账
  const ALLOC = 5000000;
  const pays = [
    ["2020-09-22", "付市电商公共服务中心装修工程款（首期）", 1386000], ["2020-11-13", "付村级站点建设款（第一批）", 412500], ["2020-12-25", "付培训服务费（第一期）", 236800],
    ["2020-12-30", "付物流配送中心设备款", 358000], ["2021-02-05", "付中心运营服务费", 165000], ["2021-04-16", "付村级站点建设款（第二批）", 398600],
    ["2021-06-11", "付品牌推广服务费", 276400], ["2021-07-23", "付培训服务费（第二期）", 218900], ["2021-08-27", "付溯源系统建设款", 322700],
    ["2021-09-24", "付中心装修尾款", 248000],
  ];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const FWc = 8;
  const fRows = [padRow(["明细账"], FWc), padRow(["科目：241001 专项应付款—电子商务进农村综合示范专项资金　　　　　　　核算单位：开平市商务局"], FWc),
    ["月", "日", "凭证号", "摘要", "借方", "贷方", "方向", "余额"]];
  const fM = ["A1:H1", "A2:H2"];
  const fRecs = [];
  let bal = 0;
  let yearOf = null;
  let monthSum = null;
  const flushMonth = () => {
    if (!monthSum) return;
    fRows.push([null, null, null, "本月合计", monthSum.dr || null, monthSum.cr || null, bal ? "贷" : "平", bal]);
    monthSum = null;
  };
  let yearDr = 0;
  let yearCr = 0;
  const events = [["2020-08-25", "收到省级电子商务进农村综合示范专项资金", 0, ALLOC]].concat(pays.map((p) => [p[0], p[1], p[2], 0]));
  let vno = 0;
  events.forEach((e, i) => {
    const [y, m, dd] = ymd(e[0]);
    if (y !== yearOf) {
      flushMonth();
      if (yearOf) {
        fRows.push([null, null, null, "本年累计", yearDr, yearCr, "贷", bal]);
        fRows.push([null, null, null, "结转下年", null, null, "贷", bal]);
      }
      fRows.push(padRow([`${y}年`], FWc));
      fM.push(`A${fRows.length}:H${fRows.length}`);
      if (yearOf) fRows.push([1, 1, null, "上年结转", null, null, "贷", bal]);
      else fRows.push([8, 1, null, "期初余额", null, null, "平", 0]);
      yearOf = y;
      yearDr = 0;
      yearCr = 0;
    }
    if (monthSum && monthSum.m !== m) flushMonth();
    if (!monthSum) monthSum = { m, dr: 0, cr: 0 };
    bal += e[3] - e[2];
    monthSum.dr += e[2];
    monthSum.cr += e[3];
    yearDr += e[2];
    yearCr += e[3];
    vno += rint(3, 40);
    fRows.push([m, dd, `记-${String(vno).padStart(4, "0")}`, e[1], e[2] ? fmtMoney(e[2]) : null, e[3] ? fmtMoney(e[3]) : null, "贷", fmtMoney(bal)]);
    if (e[2]) fRecs.push({ date: e[0], amount: e[2] });
  });
  flushMonth();
  fRows.push([null, null, null, "本年累计", yearDr, yearCr, "贷", bal]);
  fRows.push(padRow(["制单：吴××　　记账：司徒××　　打印日期：2021-10-12"], FWc));
  fM.push(`A${fRows.length}:H${fRows.length}`);

  // ---------------- 报送记录：政务邮箱发件箱导出
  const mails = [];
  for (const m of WINDOW) {
    const [y, mo] = ymd(m + "-01");
    const nxt = mo === 12 ? `${y + 1}-01` : `${y}-${String(mo + 1).padStart(2, "0")}`;
    mails.push({ date: `${nxt}-${String(rint(3, 9)).padStart(2, "0")}`, month: m, poverty: true });
  }
  // August's report goes out in September; add an early August report for July corrections (补报) so August has an entry too
  mails.splice(11, 0, { date: "2021-08-17", month: "2021-07", poverty: false, extra: true });
  mails.unshift({ date: "2020-09-04", month: "2020-08", poverty: true });
  const repDates = mails.map((x) => x.date).filter((x) => x <= CUT);
  const repMonths = inWindowMonths(repDates);
  assert(repMonths === 12, "c1 report months " + repMonths);
  const rRows = [["主题", "收件人", "抄送", "发送时间", "附件", "大小"]];
  mails.forEach((x, i) => {
    const title = x.extra ? `开平市电子商务进农村示范创建${cnMonth(x.month)}工作进展（补报更正）` : `开平市电子商务进农村综合示范创建工作${cnMonth(x.month)}月报`;
    const att = x.poverty ? `${cnMonth(x.month)}工作进展.docx；附表：电商扶贫情况统计表.xlsx` : "更正说明.docx";
    rRows.push([title, "江门市商务局电商科<jmswjdsk@jiangmen.gov.cn>", i % 3 === 0 ? "开平市商务局办公室" : null, `${x.date} ${hms()}`, att, `${rint(80, 900)}KB`]);
  });
  const rRecs = mails.map((x) => ({ date: x.date, poverty: x.poverty }));

  // ---------------- 专栏（浏览器打印的栏目列表）
  const upd = [];
  for (const m of WINDOW) if (m !== "2021-06") upd.push(`${m}-${String(rint(2, 27)).padStart(2, "0")}`);
  upd.splice(3, 0, isoAdd(upd[2], 9));
  upd.sort(byIso);
  const dRows = [["开平市人民政府门户网站 > 政务公开 > 专题专栏 > 电子商务进农村综合示范"], [null]];
  upd.slice().reverse().forEach((x, i) => {
    dRows.push([`· 开平市电子商务进农村综合示范项目建设进度（${cnMonth(x)}）`]);
    dRows.push([`发布时间：${x}　　来源：开平市商务局　　阅读次数：${rint(60, 900)}`]);
  });
  dRows.push([`共${upd.length}条　首页　上一页　1　下一页　尾页`]);
  assert(inWindowMonths(upd) === 11, "c1 disclosure months");

  // ---------------- 宣传报道、经验材料
  const media = [
    ["2020-10-28", "开平广播电视台", "县级", "电视", "我市首个村级电商服务站挂牌", "否"],
    ["2021-01-19", "江门日报", "市级", "报纸", "开平：马冈鹅搭上电商快车", "否"],
    ["2021-04-22", "南方日报", "省级", "报纸", "侨乡开平电商进村 碉楼脚下好物出山", "否"],
    ["2021-06-09", "开平广播电视台", "县级", "电视", "电商扶贫：贫困户直播卖土特产", "是"],
    ["2021-09-15", "广东广播电视台新闻频道", "省级", "电视", "开平电商扶贫典型案例", "是"],
  ];
  const mRows = [padRow(["开平市电商进农村宣传报道登记"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i + 2), ...m.slice(1)]));
  const matRows = [padRow(["向江门市商务局报送经验材料登记"], 4), ["序号", "报送时间", "材料名称", "报送方式"], [1, "2021年7月20日", "开平市电子商务进农村综合示范创建经验做法", "公文交换"]];
  const noteRows = [["填报说明"], ["1. 各台账由电商股统一维护，数据截至2021年8月31日，9月以后数据仅供参考。"], ["2. 站点信息由各镇（街道）通过腾讯文档收集表填报。"], ["3. 资金明细账由财务室从用友系统导出。"]];

  // ---------------- points
  const centerOpened = "2021-02-28";
  const c = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 0, other: 1, park: 2, twenty: inPark.size >= 20 ? 2 : 0, types: typesIn.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(c));
  const vBase = Math.min(adminV.length, 200);
  const covPts = (ratioGE(covered.size, vBase, 70) ? 5 : ratioGE(covered.size, vBase, 50) ? 2 : 0) + (poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0);
  const R19 = 1260000000, R20 = 1510000000, A19 = 235000000, A20 = 312000000;
  assert((R20 - R19) * 100 < 30 * R19 && (A20 - A19) * 100 >= 30 * A19, "c1 growth");
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const ptPts = ratioGE(pt, BASE, 1) ? 10 : ratioGE(pt, BASE, 0.8) ? 8 : ratioGE(pt, BASE, 0.6) ? 6 : 0;
  const ELIG = 1268, TRN = 655;
  const poorPts = ratioGE(TRN, ELIG, 50) ? 10 : 0;
  assert(!ratioGE(TRN, ELIG, 70), "c1 bonus");
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 2 + (inWindowMonths(upd) === 12 ? 2 : 1), "info.reporting": (repMonths === 12 ? 3 : 1) + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && covPts === 8 && ptPts === 8 && poorPts === 10, "c1 pts " + [centerPts, covPts, ptPts, poorPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 86, "c1 scored " + scored);

  // ---------------- facts sheet: 考评基础数据填报表（模板）
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const W = 6;
  const fr = [padRow(["江门市电子商务进农村综合示范县考评基础数据填报表（模板）"], W),
    padRow(["填报单位（盖章）：开平市商务局　　　　　　　　数据截止时间：2021年8月31日　　　　　　填报日期：2021年9月18日"], W),
    padRow(["填报须知：1.灰色“示例”行为填写示范，请勿删除、不作为填报内容；2.是否类填“是”或“否”；3.数值只填数字，计量单位见E列；4.口径说明中的数字为考评标准或举例，不是填报值。"], W),
    ["序号", "数据项", "填报口径说明", "填报值", "计量单位", "数据来源"],
    ["示例", "常住人口", "以第七次全国人口普查公报为准，保留两位小数，如：45.20", 45.2, "万人", "统计局"],
    padRow(["一、基础数据"], W)];
  const fM2 = ["A1:F1", "A2:F2", "A3:F3"];
  fM2.push(`A${fr.length}:F${fr.length}`);
  let no = 0;
  const item = (label, note, val, unit, src) => fr.push([++no, label, note, val, unit, src || null]);
  item("县（市、区）名称", "填全称", "开平市", null, null);
  item("常住人口", "以第七次全国人口普查公报为准；超过50万人的按50万人计算培训基数", 69.9, "万人", "市统计局");
  item("考评截止日期", "统一为2021年8月31日", "2021年8月31日", null, null);
  item("行政村数量", "不含社区居委会；200个及以上的以200个为基数", 222, "个", "市民政局");
  item("省定贫困村数量", "2016—2020年省定相对贫困村", 22, "个", "市乡村振兴局");
  item("示范创建领导小组组长", "填职务，如：县长、副县长", "市委常委、常务副市长", null, "开府办〔2020〕15号");
  item("领导小组成员单位", "用顿号分隔", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局", null, null);
  fr.push(padRow(["二、服务体系"], W));
  fM2.push(`A${fr.length}:F${fr.length}`);
  item("县级电子商务公共服务中心投入运营日期", "须满6个月（2021年2月28日前）方可得运行分", "2021.2.28", null, "运营服务合同");
  item("有免费培训场所、培训设备", null, "是", null, null);
  item("为特色农产品提供免费展示、销售服务", null, "是", null, null);
  item("为电商主体提供免费摄影、美工服务", null, "是", null, null);
  item("组织农产品统一推广、指导品牌建设", "区域公用品牌", "否", null, "品牌方案未出台");
  item("提供其他衍生增值服务", null, "是", null, null);
  item("已建设或整合电商产业园", null, "是", null, null);
  item("当地有专业第三方电商运营服务商", null, "是", null, null);
  item("行政村物流快递覆盖率达100%", "以邮政管理部门证明为准", "是", null, "市邮政分公司");
  fr.push(padRow(["三、农村产品上行"], W));
  fM2.push(`A${fr.length}:F${fr.length}`);
  item("2019年农村网络零售额", "省商务厅提供数据", 12.6, "亿元", "省商务厅");
  item("2020年农村网络零售额", "同比增速≥30%得2分", 15.1, "亿元", "省商务厅");
  item("2019年农产品网络零售额", null, 23500, "万元", "省商务厅");
  item("2020年农产品网络零售额", null, 31200, "万元", "省商务厅");
  fr.push(padRow(["四、人才培训"], W));
  fM2.push(`A${fr.length}:F${fr.length}`);
  item("电商培训人次", "达常住人口1%（基数上限50万）得10分", 4654, "人次", "含2021年9月第16期");
  item("有劳动能力的建档立卡贫困人口数（不含外出务工）", "经扶贫部门确认", 1268, "人", "市乡村振兴局");
  item("参加培训的建档立卡贫困人口数", "按人数，不按人次", 655, "人", null);
  fr.push(padRow(["五、信息公开及报送"], W));
  fM2.push(`A${fr.length}:F${fr.length}`);
  item("专栏公示创建方案", null, "是", null, null);
  item("专栏公示项目基本信息", null, "是", null, null);
  item("专栏公示项目建设进度", null, "是", null, null);
  item("设立征求意见或监督举报窗口", null, "是", null, null);
  item("能统计电商扶贫情况", null, "是", null, null);
  fr.push(padRow(["六、资金管理"], W));
  fM2.push(`A${fr.length}:F${fr.length}`);
  item("省级财政资金下达总额", "一般为500万元", 500, "万元", "粤财工〔2019〕××号");
  const spentAll = sum(pays.map((p) => p[2]));
  item("累计拨付资金", "截至填报日", wan(spentAll), "万元", "明细账");
  item("已制定资金管理制度", null, "是", null, null);
  item("已建立资金专用台账", null, "是", null, null);
  item("项目总体进度", "低于40%一票否决", 85, "%", null);
  item("发生安全生产、质量事故或重大损失", null, "否", null, null);
  item("存在弄虚作假情况", null, "否", null, null);
  fr.push(padRow([], W));
  fr.push(padRow(["二、自评得分"], W));
  fM2.push(`A${fr.length}:F${fr.length}`);
  fr.push(["序号", "评价指标", "满分", "自评得分", "自评说明", null]);
  fM2.push(`E${fr.length}:F${fr.length}`);
  const SC = [
    ["组织领导", "org.leadership", 2, "常务副市长任组长，相关部门参与"], ["方案制定", "org.plan", 2, "方案已正式印发，自评2分"], ["政策支持", "org.policy", 2, "已出台扶持政策，落实一般，自评1分"],
    ["项目管理", "org.management", 4, "项目管理制度2分；工作台账1分"], ["服务体系建设（县级中心与产业园）", "work.center", 15, "品牌建设指导未开展，扣1分"],
    ["服务体系建设（村级站点覆盖）", "work.coverage", 10, "站点覆盖141个行政村"], ["农村产品上行", "work.upward", 10, "网销调研2分；网络促销1分；交易标准与冷链溯源1分；第三方1分；快递1分；增速2分"],
    ["电商人才培训", "work.training", 20, null], ["信息公开", "info.disclosure", 4, null], ["数据上报", "info.reporting", 6, null], ["案例总结", "promo.cases", 2, null],
    ["经验推广", "promo.media", 8, null], ["制度建立", "fund.system", 5, "资金管理办法已印发，自评4分"], ["资金台账", "fund.ledger", 5, "自评4分"],
    ["资金支出", "fund.spending", 5, "支出率70%以上，及时拨付自评4分"], ["加分项：贫困人口培训率70%以上", "bonus.poorTraining", 2, "51.7%，未达到"],
    ["加分项：电商扶贫案例电视播报", "bonus.tvCase", 2, "广东广播电视台报道"],
  ];
  SC.forEach((s, i) => {
    fr.push([i + 1, s[0], s[2], claimed[s[1]], s[3], null]);
    fM2.push(`E${fr.length}:F${fr.length}`);
  });
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, "合计", 100, `${sumClaim}＋${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}`, null, null]);
  fM2.push(`E${fr.length}:F${fr.length}`);
  fr.push(padRow(["填报人：梁××　　联系电话：0750-22××××××　　分管领导审核：关××"], W));
  fM2.push(`A${fr.length}:F${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 facts width");

  const sentAug = fmtMoney(spent);
  const derivation = [
    "org.leadership: 组长“市委常委、常务副市长”是分管领导（不是书记/市长） → 1（成员单位齐全也只得1；自评2）",
    "org.plan: 自评得分表“方案制定”2（方案已正式印发） → 2",
    "org.policy: 政策支持自评1 → 1",
    "org.management: 说明“项目管理制度2分；工作台账1分” → 3",
    `work.center: 中心投入运营“2021.2.28” ≤ 截止日 → 2；2021-02-28 正好是截止日前6个月（含） → 2；免费培训2、展示销售1、摄影美工1；品牌建设“否” → 0；其他增值1；产业园“是” → 2；《产业园租赁台账》截至8月31日在园按信用代码去重${inPark.size}家（同一企业两间房只算一家；“（空置）”房不是企业；${cnDate(firms[3].left)}退租的不算；${cnDate(firms[9].left)}才退租的仍在园；2021-09-01起租的不算；“租期至”不是退租） ≥ 20 → 2；类型平台、网店销售、代运营、物流等 ≥ 3 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》类别“村委会”${adminV.length}个（居委会${comms.length}个不算），≥200 → 基数200；《站点信息收集》截止日前挂牌的站点覆盖${covered.size}个行政村（村名写成“××村民委员会”“××村委会”“××村”是同一村；编号61是编号18的重复提交；社区服务点不算；9月、10月挂牌的3个不算；“2021年3月”只到月、8月31日挂牌的算） → ${covered.size}/200 = ${pct1(covered.size, 200)} ≥ 70% → 5（若按222为基数只有${pct1(covered.size, 222)}）；省定贫困村22个中有站${poorCovered}个 = ${pct1(poorCovered, 22)}，80%—100% → 3（${poorList[20].name}的站2021-09-06才挂牌，另一个没有站）；合计${covPts}（自评10）`,
    `work.upward: 调研2、促销1、交易标准与溯源1（自评说明）；第三方服务商“是” → 1；《村居名单》快递进村全部“已通” → 1；农村网零12.6→15.1亿元增${pct1(R20 - R19, R19)} < 30%，但农产品网零23,500→31,200万元增${pct1(A20 - A19, A19)} ≥ 30% → 2；合计${upPts}`,
    `work.training: 常住人口69.90万人 > 50万 → 基数500,000，1% = 5,000人次；《培训排课表》一期一行块，日期、参训人次按期合并（上午/下午/晚上各节不重复计），截止日前15期共${fmtInt(pt)}人次（第16期2021-09-16的${sess[15].n}人次不算；合计行${fmtInt(ptAll)}含9月；填报表“4,654人次”也含9月） → ${pct2(pt, BASE)}，0.8%—1% → 8；贫困人口没有名单和身份证号，用填报表：有劳动能力不含外出务工${ELIG}人、参训${TRN}人 → ${pct1(TRN, ELIG)} ≥ 50% → 10；合计18（自评20）`,
    `info.disclosure: 填报表专栏公示方案、项目信息、进度、监督举报窗口都“是” → 2；《专栏更新》网页列表2020年9月—2021年8月缺2021年6月（11个月） → 不定时 1；合计3（自评4）`,
    `info.reporting: 《报送记录》发件箱按发送时间，每月报上月月报；2020年9月有9月4日发的8月月报，2021年8月有8月3日发的7月月报和8月17日的补报更正，2020年9月—2021年8月每月都有发送 → 3（2021年9月发出的8月月报在截止日后，不影响）；月报附“电商扶贫情况统计表”，填报表“能统计” → 3；合计6`,
    "promo.cases: 《经验材料》2021年7月20日报送江门市商务局 → 2",
    "promo.media: 截止日前南方日报（省级） → 4；江门日报（市级） → 3；开平广播电视台（县级） → 1；合计8",
    "fund.system: 自评4 → 4",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金明细账》只取借方付款行：截止日前9笔合计${sentAug}元（贷方“收到省级专项资金”5,000,000是下达不是支出；本月合计、本年累计、结转行不算；2021-09-24付中心装修尾款248,000不算；填报表“累计拨付${wan(spentAll)}万元”截至填报日含9月） / 下达500万元 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${TRN}/${ELIG} = ${pct1(TRN, ELIG)} < 70% → 0`,
    "bonus.tvCase: 截止日前的电商扶贫典型案例只有开平广播电视台（县级电视） → 0；广东广播电视台新闻频道2021-09-15在截止日后 → 0（自评1）",
    "veto.incident: 填报“否” → 不否决",
    "veto.progress: 项目总体进度85% ≥ 40% → 不否决",
    "veto.fraud: 填报“否” → 不否决",
  ];
  return {
    description:
      `江门开平市商务局整本考评工作簿（11个表：基础数据填报表＋9个台账＋填报说明），${scored}分、无加分、未否决（自评${sumClaim}＋1）：事实表是江门市商务局下发的《考评基础数据填报表（模板）》——序号｜数据项｜填报口径说明｜填报值｜计量单位｜数据来源，表头下一行灰色“示例”行（常住人口45.20万人是模板举例）、口径说明里的50万、200个、1%、40%是标准不是填报值，下方另有“二、自评得分”表（claimed）；台账：行政村222个（基数按200），站点是腾讯文档收集表导出（提交时间、微信昵称、挂牌日期七种写法、一条重复提交），培训是排课表（一期多节，日期和人次纵向合并），产业园是场地租赁台账（一企两间房、空置房、租期至不是退租），资金是用友明细账（年份在分节行、贷方是下达、本月合计／本年累计行），月报是政务邮箱发件箱导出，专栏是网页栏目列表打印（标题行＋发布时间行）。`,
    sheets: [
      { name: "基础数据填报表", rows: fr, merges: fM2 },
      { name: "村居名单", rows: vRows, merges: ["A1:F1", "A2:F2"] },
      { name: "站点信息收集", rows: sRows },
      { name: "培训排课表", rows: tRows, merges: tM },
      { name: "产业园租赁台账", rows: eRows, merges: ["A1:I1", "A2:I2"] },
      { name: "资金明细账", rows: fRows, merges: fM },
      { name: "报送记录", rows: rRows },
      { name: "专栏更新", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "填报说明", rows: noteRows },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
    _ledgers: { sRecs, tRecs, eRecs, fRecs, rRecs },
  };
}


// =====================================================================================================
// f1 — 清远市清新区: 移动端（H5）采集表提交记录导出：每个字段两行（题目＋提示／答案）
// =====================================================================================================
function buildF1() {
  const W = 3;
  const rows = [padRow(["清远市电子商务进农村示范县考评数据采集（移动端）——提交记录导出"], W),
    padRow(["提交单位：清远市清新区商务局　　提交人：何××（电商股）　　提交时间：2021-09-04 16:38:12　　状态：已提交（市局未退回）"], W)];
  const M = ["A1:C1", "A2:C2"];
  const R = (o, yes, no) => (o ? `●${yes}　○${no}` : `○${yes}　●${no}`);
  let n = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:C${rows.length}`);
  };
  const q = (label, hint, answer, required) => {
    n++;
    rows.push([`${required === false ? "" : "*"}${n}. ${label}`, hint || null, null]);
    rows.push([answer, null, null]);
    M.push(`A${rows.length}:C${rows.length}`);
  };
  sec("【第一部分　基本情况】");
  q("县（市、区）名称", "请选择", "清新区");
  q("常住人口", "填写提示：请填写数字，单位：万人，保留两位小数", "63.25");
  q("考评截止日期", "填写提示：日期选择器", "2021-08-31");
  q("行政村数量", "填写提示：单位：个，不含社区", "177");
  q("省定贫困村数量", "填写提示：单位：个", "28");
  q("示范创建领导小组组长", "单选", "○区委书记　●区长　○副区长　○其他");
  q("领导小组成员单位", "多选", "☑商务　☑财政　☑农业农村　☐乡村振兴（扶贫）　☑交通运输　☑市场监管");
  sec("【第二部分　组织与服务体系】");
  q("示范县工作方案是否已正式印发", "单选", R(true, "是", "否"));
  q("方案制定自评分", "单选（1-2分）", "○1分　●2分");
  q("是否已出台支持农村电商发展的政策", "单选", R(true, "是", "否"));
  q("政策支持自评分", "单选（1-2分）", "●1分　○2分");
  q("项目管理制度自评分", "单选（1-2分）", "○1分　●2分");
  q("工作台账自评分", "单选（1-2分）", "○1分　●2分");
  q("县级电商公共服务中心投入运营日期", "填写提示：日期选择器", "2020-12-08");
  q("有免费培训场所、培训设备，能组织电商基础培训", "单选", R(true, "是", "否"));
  q("为特色农产品提供免费展示、销售服务", "单选", R(true, "是", "否"));
  q("为电子商务市场主体提供免费摄影、美工服务", "单选", R(false, "是", "否"));
  q("组织农产品统一推广、指导特色农产品品牌建设", "单选", R(true, "是", "否"));
  q("为电子商务发展提供其他衍生增值服务", "单选", R(true, "是", "否"));
  q("是否建设或整合、优化当地电商产业园", "单选", R(true, "是", "否"));
  sec("【第三部分　农村产品上行】");
  q("网销调研自评分", "单选（1-2分）", "○1分　●2分");
  q("网络促销活动自评分", "单选（1-2分）", "○1分　●2分");
  q("当地是否有专业第三方电子商务运营或服务商", "单选", R(true, "是", "否"));
  q("行政村物流快递覆盖率是否达100%", "单选", R(false, "是", "否"));
  q("交易标准与冷链溯源自评分", "单选（1-2分）", "●1分　○2分");
  q("2019年农村网络零售额", "填写提示：单位：万元", "86420");
  q("2020年农村网络零售额", "填写提示：单位：万元", "104380");
  q("2019年农产品网络零售额", "选填；单位：万元", "（未填写）", false);
  q("2020年农产品网络零售额同比增速", "填写提示：单位：%", "35.6");
  sec("【第四部分　人才培训】");
  q("累计培训人次", "填写提示：单位：人次", "5218");
  q("有劳动能力的建档立卡贫困人口数（不含外出务工）", "填写提示：单位：人，以区乡村振兴局确认数为准", "2036");
  q("参加培训的建档立卡贫困人口数", "填写提示：单位：人（按人数）", "1127");
  sec("【第五部分　信息公开及报送】");
  q("政府网站专栏是否公示创建方案", "单选", R(true, "是", "否"));
  q("专栏是否公示项目基本信息", "单选", R(true, "是", "否"));
  q("专栏是否按月公示项目建设进度", "单选", R(true, "是", "否"));
  q("是否设立征求意见或监督举报窗口", "单选", R(true, "是", "否"));
  q("能否统计电商扶贫情况", "单选", R(true, "能", "不能"));
  sec("【第六部分　资金管理】");
  q("省级财政资金下达总额", "填写提示：单位：万元", "500");
  q("累计拨付资金", "填写提示：单位：万元，截至考评截止日期", "398.76");
  q("是否已制定资金管理制度", "单选", R(true, "是", "否"));
  q("资金管理制度自评分", "单选（1-5分）", "○1分　○2分　○3分　●4分　○5分");
  q("承建单位是否建立资金专用台账", "单选", R(true, "是", "否"));
  q("资金台账自评分", "单选（1-5分）", "○1分　○2分　○3分　○4分　●5分");
  q("资金及时拨付自评分", "单选（1-5分）", "○1分　○2分　●3分　○4分　○5分");
  sec("【第七部分　一票否决】");
  q("项目总体进度", "填写提示：单位：%", "87");
  q("是否发生安全生产、质量事故或造成重大损失", "单选", R(false, "是", "否"));
  q("是否存在弄虚作假", "单选", R(false, "是", "否"));
  rows.push(padRow(["—— 共47题，必答题46题，已答46题 ——"], W));
  M.push(`A${rows.length}:C${rows.length}`);
  assert(n === 47, "f1 count " + n);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "清远清新区商务局在市局移动端（H5）采集表里提交后导出的记录：每题两行——题目行（“*12. 工作台账自评分”，前面*为必答，B列灰字填写提示带单位“万人”“万元”“%”）、答案在下一行（A:C合并），单选写成“●是　○否”、自评分写成“○1分　●2分”“○1分…●4分…”，成员单位是多选“☑商务　☑财政　☑农业农村　☐乡村振兴（扶贫）…”（乡村振兴未勾选），组长单选“●区长”；选填的2019年农产品网络零售额答“（未填写）”，不是数。",
    sheets: [{ name: "提交记录", rows, merges: M }],
    expect: {
      facts: {
        county: "清新区", residentPopulation: 632500, asOf: "2021-08-31", adminVillagesStated: 177, poorVillagesStated: 28, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-08", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 864200000, ruralRetail2020: 1043800000, agriRetailGrowthStated: 0.356,
        trainingPersonTimesStated: 5218, eligiblePoorPersonsStated: 2036, trainedPoorPersonsStated: 1127, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3987600,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 3,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 广州市从化区: 《考评数据对比表》（中期评估 vs 本次考评；本次格写“同左”）
// =====================================================================================================
function buildF2() {
  const W = 7;
  const rows = [padRow(["从化区电子商务进农村综合示范创建考评数据对比表"], W),
    padRow(["广州市从化区商务局　　　　　　　　　　　　　　　　　　　　　　　　2021年9月10日"], W),
    ["序号", "项目", "单位", "2020年中期评估\n（截至2020年12月31日）", "本次考评\n（截至2021年8月31日）", "变化", "备注"]];
  const M = ["A1:G1", "A2:G2"];
  let n = 0;
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:G${rows.length}`);
  };
  const r = (label, unit, old, now, chg, note) => rows.push([++n, label, unit, old, now, chg === undefined ? null : chg, note === undefined ? null : note]);
  sec("一、基本情况");
  r("区名称", null, "从化区", "同左");
  r("常住人口", "万人", 64.54, 71.78, "+7.24", "中期用2019年末统计年鉴数，本次用七普数据");
  r("行政村", "个", 221, "同左");
  r("省定贫困村", "个", 39, "同左", null, "均已出列");
  r("领导小组组长", null, "区委常委、副区长", "区委副书记、区长", null, "2021年3月调整");
  r("领导小组成员单位", null, "区商务局、区财政局、区农业农村局", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null, "2021年3月调整增补");
  sec("二、组织与服务体系");
  r("示范县工作方案", null, "已印发", "同左", null, "从府办函〔2020〕31号");
  r("方案制定自评", "分", 2, "同左");
  r("支持农村电商发展政策", null, "未出台", "已出台", null, "2021年4月出台扶持办法");
  r("政策支持自评", "分", "—", 1);
  r("项目管理制度自评", "分", 1, 2);
  r("工作台账自评", "分", 1, 2);
  r("公共服务中心投入运营日期", null, "2020.10.16", "同左");
  r("免费培训场所、设备", null, "有", "同左");
  r("特色农产品免费展示、销售", null, "有", "同左");
  r("免费摄影、美工", null, "无", "有", null, "2021年起免费提供");
  r("统一推广、品牌建设指导", null, "有", "同左");
  r("其他衍生增值服务", null, "无", "无");
  r("电商产业园", null, "在建", "已建成", null, "2021年5月投入使用");
  sec("三、农村产品上行");
  r("第三方电商运营服务商", null, "有", "同左");
  r("行政村物流快递覆盖率", "%", 92.3, 100, "+7.7");
  r("网销调研自评", "分", 1, "同左");
  r("网络促销活动自评", "分", 1, 2);
  r("交易标准与冷链溯源自评", "分", "—", 1);
  r("农村网络零售额（2019年）", "亿元", 18.42, "同左");
  r("农村网络零售额（2020年）", "亿元", "—", 22.86, null, "中期评估时尚未发布");
  sec("四、人才培训");
  r("培训人次", "人次", 3580, 7912, "+4,332");
  r("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 2408, "同左");
  r("已参训建档立卡贫困人口", "人", 1172, 1736, "+564", "按人数统计");
  sec("五、信息公开及报送");
  r("专栏公示创建方案", null, "是", "同左");
  r("专栏公示项目基本信息", null, "是", "同左");
  r("专栏公示项目建设进度", null, "否", "是", null, "2021年1月起按月公示");
  r("征求意见或监督举报窗口", null, "否", "否");
  r("电商扶贫统计", null, "能", "同左");
  sec("六、资金管理");
  r("省级资金下达", "万元", 500, "同左");
  r("累计拨付", "万元", 126.3, 402.15, "+275.85");
  r("资金管理制度", null, "已制定", "同左");
  r("资金管理制度自评", "分", 3, 4);
  r("资金专用台账", null, "已建立", "同左");
  r("资金台账自评", "分", 3, "同左");
  r("资金及时拨付自评", "分", 2, 4);
  r("项目总体进度", "%", 38, 89, "+51", "中期评估时低于40%已被约谈整改");
  r("安全生产、质量事故", null, "无", "同左");
  r("弄虚作假", null, "无", "同左");
  rows.push(padRow(["说明：“同左”表示本次考评数据与中期评估相同；“—”表示当时无此数据；变化栏为本次减中期。"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(padRow(["制表：从化区商务局电商科 黎××"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const x of rows) assert(x.length === W, "f2 width");
  return {
    description:
      "广州从化区商务局的《考评数据对比表》：序号｜项目｜单位｜2020年中期评估（截至2020年12月31日）｜本次考评（截至2021年8月31日）｜变化｜备注，只读“本次考评”列；本次格里很多写“同左”（值就是左边中期评估那一格：行政村221、方案2分、中心2020.10.16、资金台账自评3等），“—”是当时无数据；组长、成员单位、摄影美工、政策、进度等本次与中期不同（中期“区委常委、副区长”、总体进度38%都不算）；变化栏“+4,332”和备注不是输入。",
    sheets: [{ name: "数据对比", rows, merges: M }],
    expect: {
      facts: {
        county: "从化区", residentPopulation: 717800, adminVillagesStated: 221, poorVillagesStated: 39, planIssued: true, policyIssued: true, centerOpened: "2020-10-16",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: true, ruralRetail2019: 1842000000, ruralRetail2020: 2286000000, trainingPersonTimesStated: 7912, eligiblePoorPersonsStated: 2408,
        trainedPoorPersonsStated: 1736, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4021500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.89,
        vetoIncident: false, vetoFraud: false, asOf: "2021-08-31",
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 韶关市浈江区: 《数据核实问答》（问、答两行交替，值在句子里，答复更正问题前提）
// =====================================================================================================
function buildF3() {
  const W = 3;
  const rows = [padRow(["浈江区关于电子商务进农村综合示范创建考评有关数据的核实回复"], W),
    padRow(["韶关市商务局：你局9月8日转来的考评材料核实问题已收悉，现逐条回复如下（数据截至2021年8月31日）："], W)];
  const M = ["A1:C1", "A2:C2"];
  let n = 0;
  const qa = (qq, aa) => {
    n++;
    rows.push([n, "问", qq]);
    rows.push([null, "答", aa]);
    M.push(`A${rows.length - 1}:A${rows.length}`);
  };
  qa("请提供你区常住人口数，并说明口径。", "按第七次全国人口普查公报，浈江区常住人口40.37万人（户籍人口38.9万人，仅供参考）。");
  qa("你区行政村、省定贫困村各有多少个？", "全区行政村51个（另有社区居委会47个，不计入）；省定贫困村9个。");
  qa("示范创建领导小组由谁牵头？哪些部门参加？", "领导小组组长为区委常委、副区长（分管商务），成员单位有区科工商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局。");
  qa("工作方案是否正式印发？自评几分？", "已于2020年6月正式印发（浈府办〔2020〕22号），自评2分。");
  qa("是否出台了支持农村电商发展的政策？", "已出台《浈江区农村电子商务扶持办法（试行）》，落实中，政策支持自评1分。");
  qa("项目管理制度和工作台账各自评几分？", "项目管理制度自评2分，工作台账自评2分。");
  qa("你区自评表填报公共服务中心于2020年10月投入运营，请核实具体日期。", "经核实，中心2020年10月为试运营，正式投入运营日期为2020年12月1日，以此为准。");
  qa("中心是否为电商主体免费提供摄影、美工服务？", "目前由运营商按件收费提供，不属于免费服务。");
  qa("中心的其他服务情况？", "有免费培训场所和设备；免费展示销售特色农产品；组织了“浈江好物”统一推广和品牌建设指导；提供金融对接等衍生增值服务。");
  qa("电商产业园和第三方运营服务商情况？", "依托韶关高新区整合建成浈江区电商产业园；已引入专业第三方运营服务商。");
  qa("行政村物流快递是否全覆盖？", "是，51个行政村快递全部进村（区邮政管理部门已出具证明）。");
  qa("2020年农村网络零售额及增速？", "2019年农村网络零售额5.84亿元，2020年7.91亿元。");
  qa("网销调研、网络促销、交易标准与溯源各自评几分？", "网销调研自评1分，网络促销活动自评2分，交易标准与冷链溯源自评1分。");
  qa("电商培训人次是多少？", "截至8月31日累计培训4,356人次。");
  qa("有劳动能力的建档立卡贫困人口数是否已剔除外出务工人员？参训多少人？", "有劳动能力的建档立卡贫困人口共1,105人，其中外出务工412人，不含外出务工的为693人；其中已参加电商培训358人（按人数计）。");
  qa("政府网站专栏公示内容是否齐全？", "专栏已公示创建方案、项目基本信息和项目建设进度，并设有监督举报窗口。");
  qa("能否统计电商扶贫情况？", "能，月报附表统计贫困户参训及带动增收情况。");
  qa("省级资金下达及拨付情况？", "下达省级资金500万元，截至8月31日累计拨付381.6万元。");
  qa("资金管理制度、专用台账情况及自评？", "已制定专项资金管理办法，自评4分；承建单位已建立资金专用台账，自评4分；资金及时拨付自评4分。");
  qa("项目总体进度？有无安全事故、弄虚作假？", "总体进度88%；未发生安全生产、质量事故，无弄虚作假。");
  rows.push(padRow([null, null, "韶关市浈江区科技工业商务和信息化局\n2021年9月13日"], W));
  for (const x of rows) assert(x.length === W, "f3 width");
  return {
    description:
      "韶关浈江区科工商务局给韶关市商务局的《数据核实回复》：序号（纵向合并）｜问／答｜内容，一问一答两行交替，数值都在答句里（“40.37万人（户籍人口38.9万人，仅供参考）”）；有的答复更正问题里的说法：中心“2020年10月为试运营，正式投入运营日期为2020年12月1日”，贫困人口“共1,105人，其中外出务工412人，不含外出务工的为693人”；组长“区委常委、副区长”为分管；摄影美工“按件收费…不属于免费”为否；落款机关名和日期不是输入。",
    sheets: [{ name: "核实回复", rows, merges: M }],
    expect: {
      facts: {
        county: "浈江区", asOf: "2021-08-31", residentPopulation: 403700, adminVillagesStated: 51, poorVillagesStated: 9, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 584000000, ruralRetail2020: 791000000, trainingPersonTimesStated: 4356,
        eligiblePoorPersonsStated: 693, trainedPoorPersonsStated: 358, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3816000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}


// =====================================================================================================
// l1 — 江门市蓬江区: 学员×期次参训登记（期次为列）、脱贫人口（按村分节、务工地点定外出）、统计（透视汇总）
// =====================================================================================================
function buildL1() {
  const REG = "440703";
  const CUT = "2021-08-31";
  // sessions as columns
  const S = [
    { no: 1, start: "2020-09-24", end: "2020-09-24", head: "第1期\n2020.9.24" },
    { no: 2, start: "2020-10-29", end: "2020-10-29", head: "第2期\n2020年10月29日" },
    { no: 3, start: "2020-11-12", end: "2020-11-13", head: "第3期\n2020.11.12-13" },
    { no: 4, start: "2020-12-17", end: "2020-12-17", head: "第4期\n2020/12/17" },
    { no: 5, start: "2021-03-18", end: "2021-03-18", head: "第5期\n21.3.18" },
    { no: 6, start: "2021-05-20", end: "2021-05-20", head: "第6期\n2021-05-20" },
    { no: 7, start: "2021-07-08", end: "2021-07-08", head: "第7期\n2021年7月8日" },
    { no: 8, start: "2021-09-09", end: "2021-09-09", head: "第8期\n2021.9.9" },
  ];
  const vnm = villageNamer("杜荷棠潮仁良三白", "阮塘下连义丰洞坑", null);
  const vills = [];
  for (let i = 0; i < 6; i++) vills.push(vnm());
  const people = [];
  for (let i = 0; i < 26; i++) {
    const poor = i % 4 === 1;
    const id = makeId(REG, birthBetween(1966, 2000), rnd() < 0.5, i === 6 ? true : undefined);
    const att = S.map((s, k) => rnd() < (k === 7 ? 0.3 : 0.45));
    if (!att.some((x) => x)) att[i % 8] = true;
    people.push({ name: personName(), id, village: vills[i % 6], poor, att });
  }
  const W = 5 + S.length + 1;
  const rows = [padRow(["蓬江区农村电商培训学员参训登记表"], W), padRow(["（按学员登记，“√”为参加该期培训；期次下为培训日期）"], W),
    ["序号", "姓名", "身份证号码", "所在村", "是否脱贫户"].concat(S.map((s) => s.head)).concat(["参训次数"])];
  const recs = [];
  people.forEach((p, i) => {
    const idCell = i === 6 ? p.id.slice(0, 17) + "x" : i === 11 ? spacedId(p.id) : p.id;
    const r = [i + 1, p.name, idCell, i % 3 === 0 ? p.village.replace(/村$/, "村委会") : p.village, p.poor ? "是" : null];
    p.att.forEach((a, k) => {
      r.push(a ? "√" : null);
      if (a) recs.push({ date: S[k].end, personTimes: 1, id: p.id });
    });
    r.push(p.att.filter((x) => x).length);
    rows.push(r);
  });
  const colTot = S.map((s, k) => people.filter((p) => p.att[k]).length);
  rows.push([null, "合计", null, null, null].concat(colTot).concat([sum(colTot)]));
  rows.push(padRow(["注：第3期为两天班（11月12日—13日），每人计1人次；第8期在考评截止日后。"], W));
  const M1 = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`, `A${rows.length}:${colName(W - 1)}${rows.length}`];
  assert(recs.length === sum(colTot), "l1 recs");
  checkTrainingIds(recs, "l1");

  // ② 脱贫人口：按村分节
  const WORK_OUT = ["深圳市", "广州市", "佛山市南海区", "东莞市"];
  const WORK_IN = ["本村", "蓬江区棠下镇", "蓬江区内企业"];
  const pRows = [padRow(["蓬江区脱贫人口（原建档立卡）名单"], 8), ["序号", "姓名", "身份证号", "与户主关系", "劳动能力", "务工地点（区外为外出务工）", "联系电话", "备注"]];
  const pRecs = [];
  let seq = 0;
  vills.slice(0, 4).forEach((v, vi) => {
    const cnt = [5, 4, 6, 4][vi];
    pRows.push(padRow([`${"一二三四"[vi]}、${v}（${cnt}人）`], 8));
    for (let k = 0; k < cnt; k++) {
      seq++;
      const kind = (seq * 7) % 5; // 0,1: labour in; 2: labour out; 3: labour not working; 4: no labour
      const labour = kind !== 4;
      const id = makeId(REG, birthBetween(labour ? 1965 : 1940, labour ? 2001 : 1960), rnd() < 0.5);
      const work = kind === 0 || kind === 1 ? WORK_IN[seq % 3] : kind === 2 ? WORK_OUT[seq % 4] : kind === 3 ? "未务工" : null;
      pRows.push([seq, personName(), id, k === 0 ? "户主" : !labour ? ["之母", "之父"][k % 2] : ["配偶", "之子", "之女"][k % 3], labour ? ["有", "有劳动能力", "普通劳动力"][seq % 3] : ["无", "丧失劳动力"][seq % 2], work, mask(phone()),
        kind === 4 ? "年老体弱" : kind === 2 ? "长期在外" : null]);
      pRecs.push({ id, labour, migrant: kind === 4 ? null : kind === 2 });
    }
  });
  pRows.push(padRow([null, `合计${seq}人`], 8));

  // ③ 统计 (pivot)
  const stat = [["期次", "日期", "参训人数", "其中脱贫户"]].concat(S.map((s, k) => [`第${s.no}期`, s.end, colTot[k], people.filter((p) => p.poor && p.att[k]).length]));
  stat.push(["总计", null, sum(colTot), sum(S.map((s, k) => people.filter((p) => p.poor && p.att[k]).length))]);
  return {
    description:
      "江门蓬江区商务局的一本台账（三个表）：①《学员参训登记》一人一行、期次为列（第1—8期，表头格里换行写培训日期，各期日期写法不同，第3期“2020.11.12-13”两天班按13日），参加的期次格打“√”，一个“√”是一人次；末列“参训次数”和末行“合计”不是学员；一人身份证末位小写x、一人身份证中间有空格；第8期在2021年9月（照列）。②《脱贫人口》按村分节（“一、××村（5人）”节标题行不是人），劳动能力“有／有劳动能力／普通劳动力”为有、“无／丧失劳动力”为无，务工地点“深圳市”“广州市”“佛山市南海区”“东莞市”为区外外出务工，“本村”“蓬江区…”“未务工”不是，无劳动能力者（备注“年老体弱”）务工地点空白（未知）。③《统计》是按期汇总，不是台账。",
    sheets: [
      { name: "学员参训登记", rows, merges: M1 },
      { name: "脱贫人口", rows: pRows, merges: ["A1:H1"] },
      { name: "统计", rows: stat },
    ],
    expect: {
      sheets: {
        "学员参训登记": { kind: "training", records: recs },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "统计": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 河源市源城区: 商务部农村电商服务站系统导出、剪报登记、粤政易月报签收、目录
// =====================================================================================================
function buildL2() {
  const TOWNS = ["源西街道", "东埔街道", "高埔岗街道", "埔前镇", "源南镇", "宝源街道"];
  const vn = villageNamer("新塘上下黄沙白东西", "田围湖岭坑洞陂坝", null);
  const rows = [["站点编码", "站点名称", "省份", "地市", "区县", "乡镇（街道）", "村（社区）", "站点级别", "建成时间", "负责人", "审核状态", "最后更新"]];
  const recs = [];
  const items = [];
  for (let i = 0; i < 18; i++) {
    const town = TOWNS[3 + (i % 3)];
    items.push({ town, village: vn(), level: "村级服务站", opened: randIsoBetween("2020-07-01", "2021-08-20") });
  }
  items.push({ town: "埔前镇", village: "埔前社区", level: "乡镇服务中心", opened: "2020-09-28" });
  items.push({ town: "源南镇", village: "双下社区", level: "乡镇服务中心", opened: "2020-11-16" });
  items[4].status = "待审核";
  items[11].status = "待审核";
  items.push({ town: "源南镇", village: items[2].village, level: "村级服务站", opened: "2021-09-03", status: "待审核" });
  items.sort((a, b) => cmp(a.opened, b.opened));
  items.forEach((it, i) => {
    const nm = it.level === "乡镇服务中心" ? `${it.town}电子商务服务中心` : `${it.village}电商服务站`;
    const code = `4416020${String(10 + TOWNS.indexOf(it.town)).padStart(2, "0")}${pad3(i + 1)}`;
    rows.push([code, nm, "广东省", "河源市", "源城区", it.town, i % 4 === 0 ? it.village.replace(/村$/, "村民委员会") : it.village, it.level, `${it.opened} 00:00:00`, personName(),
      it.status || "审核通过", `${isoAdd(it.opened, rint(1, 30))} ${hms()}`]);
    recs.push({ village: i % 4 === 0 ? it.village.replace(/村$/, "村民委员会") : it.village, opened: it.opened });
  });

  // ② 剪报登记
  const clips = [
    ["2020-10-15", "河源日报（市级）", "第A3版", "报纸", "源城：电商服务站开到家门口", "否", "city"],
    ["2020-12-02", "源城区融媒体中心（区级）", "“源城发布”", "网络", "我区举办农村电商直播培训", "否", "county"],
    ["2021-01-21", "南方日报（省级）", "第AA2版", "报纸", "河源源城：客家米酒搭上电商快车", "否", "province"],
    ["2021-03-30", "河源广播电视台（市级）", "《河源新闻》", "电视", "源城电商扶贫：脱贫户直播卖农产品", "是", "city"],
    ["2021-06-18", "人民网（中央）", "广东频道", "网络", "广东河源：电商助力乡村振兴", "否", "national"],
    ["2021-08-26", "广东广播电视台（省级）", "《广东新闻联播》", "电视", "河源源城电商扶贫典型案例", "是", "province"],
  ];
  const mRows = [padRow(["源城区电子商务进农村宣传报道剪报登记"], 7), ["登记号", "刊播日期", "媒体（级别）", "版次／栏目", "形式", "标题", "电商扶贫典型案例"]];
  const mRecs = [];
  clips.forEach((c, i) => {
    mRows.push([`JB-2021-${pad3(i + 1)}`, i % 2 ? cnDate(c[0]) : D(c[0]), c[1], c[2], c[3], c[4], c[5] === "是" ? "√" : null]);
    mRecs.push({ date: c[0], level: c[6], tv: c[3] === "电视" });
  });

  // ③ 粤政易签收
  const rRows = [padRow(["源城区向河源市商务局报送月报签收记录（粤政易）"], 6), ["所属月份", "报送时间", "文件标题", "是否附电商扶贫统计表", "市局签收人", "签收时间"]];
  const rRecs = [];
  WINDOW.forEach((m, i) => {
    if (m === "2021-01") return;
    const [y, mo] = ymd(m + "-01");
    const sent = `${m}-${String(rint(24, lastDay(y, mo))).padStart(2, "0")}`;
    const pov = i % 3 !== 2;
    rRows.push([i % 2 ? cnMonth(m) : monthDot(m), `${sent} ${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, `源城区电子商务进农村综合示范创建${cnMonth(m)}工作进展`,
      pov ? "附" : "未附", "邹××", `${isoAdd(sent, rint(1, 3))} ${hms()}`]);
    rRecs.push({ date: sent, poverty: pov });
  });

  const cover = [["源城区电子商务进农村综合示范台账（第二册）"], [null], ["目录"], ["一、村级电商服务站点（系统导出）"], ["二、宣传报道剪报登记"], ["三、月报签收记录"], [null], ["河源市源城区商务局　2021年9月"]];
  return {
    description:
      "河源源城区商务局台账第二册（四个表）：①《服务站点（系统导出）》是商务部农村电商服务站信息系统导出的原样——站点编码｜站点名称｜省份｜地市｜区县｜乡镇（街道）｜村（社区）｜站点级别｜建成时间（文本“2020-11-05 00:00:00”）｜负责人｜审核状态｜最后更新，两个“乡镇服务中心”在社区，待审核的也照列，一个2021年9月建成；最后更新时间不是建成日期。②《剪报登记》媒体级别写在媒体名后的括号里（“河源日报（市级）”“人民网（中央）”），版次／栏目不是日期，形式“电视”为电视，典型案例打“√”。③《月报签收》所属月份（“2020.9”“2021年2月”两种写法）与报送时间分开，日期取报送时间，签收时间不是；缺2021年1月；“附／未附”电商扶贫统计表。④《目录》不是台账。",
    sheets: [
      { name: "目录", rows: cover },
      { name: "服务站点（系统导出）", rows },
      { name: "剪报登记", rows: mRows, merges: ["A1:G1"] },
      { name: "月报签收", rows: rRows, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "目录": { kind: null },
        "服务站点（系统导出）": { kind: "stations", records: recs },
        "剪报登记": { kind: "media", records: mRecs },
        "月报签收": { kind: "reports", records: rRecs },
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
write("counties", "b231-c1-kaiping.json", c1);
write("facts", "b231-f1-qingxin.json", f1);
write("facts", "b231-f2-conghua.json", f2);
write("facts", "b231-f3-zhenjiang.json", f3);
write("ledgers", "b231-l1-pengjiang.json", l1);
write("ledgers", "b231-l2-yuancheng.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
