// Batch 147 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md, the official indicator table
// (lechang-self-assessment-2021.txt) and test/corpus/README.md only; the helper/validation block is adapted from gen-b146.js.
// Deterministic: seeded PRNG, no clock.
"use strict";
// Cases:
//  c1 梅州大埔县 — 自查表 = a wide one-row 基本数据 table above the official table split into 分项 rows (分项自评 per row, the
//     indicator's 自评分 typed once in a cell merged down its rows); ledgers: 村居名单 as an indented outline under town
//     heading rows (△ = 省定贫困村), 站点 公示名单 in授牌 batches (the date is only in each batch heading; the 4th batch is after
//     the cut-off), 培训台账 with both 人数 and 人次 (人次 = 人数 × 天数), 入驻企业 as two tables (在园 / 已迁出) on one sheet,
//     资金拨付台账 in 万元 with "其中：" breakdown rows and a running 累计 column, and one mixed 综合工作台账 (信息公开、
//     数据报送、宣传报道、经验材料 told apart by a 类别 column). 236 行政村 → the base is capped at 200.
//  f1 潮州饶平县 — 重点任务分解及完成情况表 (督办 style): facts inside 完成情况 prose, 完成时限 deadlines that are not facts,
//     a second table below for the judged items (one “—”).
//  f2 河源龙川县 — provincial online system export: 指标代码 / 指标名称 / 计量单位 / 填报值, coded answers (1=是, 2=否,
//     leader level code, department codes 01–08 with 04 missing), units per row (人, 万元, 元, %), YYYYMMDD numbers,
//     a 代码说明 legend sheet and a hidden export-parameter sheet.
//  f3 汕尾海丰县 — 情况汇总 with several “标签：值” lines inside one cell (Alt+Enter), 亿/万 units, √ marks inline,
//     the judged points all in one cell.
//  l1 清远英德市 — 站点管理平台导出 (所属区域 as a slash path, 经纬度, datetime text), 培训班次 with a merged 参训人次
//     group (男/女/小计), a merged date over two sessions, quarter 小计 rows; 入驻企业 with 在园 and 已迁出 tables.
//  l2 韶关始兴县 — 三栏式明细账 (year in the header, 月 carried down, 本月合计/本年累计/过次页/承前页/结转 rows),
//     发文登记簿 with 二〇二〇年 year rows and 9月4日 dates, 专栏更新 with several dates in one cell per month,
//     宣传报道 with 媒体类别 words and TV read from the 载体; a 封面 sheet.
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
let seed = 147147;
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
    for (const m of sh.merges || []) {
      assert(/^[A-Z]{1,3}\d+:[A-Z]{1,3}\d+$/.test(m), file + ": bad merge " + m);
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
    assert(/^b147-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b147-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b147-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 梅州大埔县: whole county workbook.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const DIV = "441422";
  // ---------------- villages: outline under town headings
  const townDefs = [
    ["湖寮镇", 22, ["城东社区", "城西社区", "城南社区", "新城社区"]], ["茶阳镇", 18, ["茶阳圩社区", "大路社区"]],
    ["三河镇", 17, ["三河坝社区"]], ["高陂镇", 26, ["高陂圩社区", "福前社区"]], ["大麻镇", 16, ["大麻圩社区"]],
    ["大东镇", 15, []], ["青溪镇", 16, []], ["枫朗镇", 17, ["枫朗圩社区"]], ["光德镇", 14, []], ["桃源镇", 12, []],
    ["洲瑞镇", 14, []], ["百侯镇", 17, ["百侯圩社区"]], ["西河镇", 14, ["西河圩社区"]], ["银江镇", 18, []],
  ];
  const A1 = "黄梅石上下大新东西南北高长白坪岭坑湖竹松枫桃洲银青茶龙凤虎狮鹤古莲双坎罗赤";
  const A2 = ["坑", "塘", "坪", "岗", "岭", "田", "湾", "洞", "头", "围", "背", "寨", "径", "坝", "墩", "畲", "口", "坳", "埔", "岩", "楼", "溪", "圳", "丰"];
  const usedNames = new Set(townDefs.flatMap((t) => t[2]));
  const towns = townDefs.map(([town, n, cs]) => {
    const vs = [];
    while (vs.length < n) {
      const nm = A1[rint(0, A1.length - 1)] + A2[rint(0, A2.length - 1)] + "村";
      if (usedNames.has(nm) || nm[0] === nm[1]) continue;
      usedNames.add(nm);
      vs.push(nm);
    }
    return { town, vs, cs };
  });
  const admin = towns.flatMap((t) => t.vs);
  const comms = towns.flatMap((t) => t.cs);
  const townOf = {};
  towns.forEach((t) => t.vs.concat(t.cs).forEach((v) => (townOf[v] = t.town)));
  assert(admin.length === 236 && comms.length === 13, "c1 village counts " + admin.length + "/" + comms.length);
  // 24 省定贫困村, spread over the mountain towns
  const poorPlan = [1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 12, 13, 13];
  const poor = [];
  for (const ti of poorPlan) {
    const cand = towns[ti].vs.filter((v) => !poor.includes(v));
    poor.push(cand[rint(0, cand.length - 1)]);
  }
  assert(new Set(poor).size === 24, "c1 24 poor");
  const CN = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"];
  const vRows = [];
  vRows.push(["大埔县行政村（社区）名单"]);
  vRows.push(["（据县民政局2021年1月资料整理；村名后标“△”的为省定相对贫困村）"]);
  vRows.push(["编号", "名称", "类别", "村（居）委会主任"]);
  towns.forEach(({ town, vs, cs }, ti) => {
    vRows.push([String(ti + 1).padStart(2, "0"), `${CN[ti]}、${town}（村委会${vs.length}个${cs.length ? "，居委会" + cs.length + "个" : ""}）`, "镇", null]);
    let k = 0;
    for (const v of vs) {
      k++;
      vRows.push([`${String(ti + 1).padStart(2, "0")}-${String(k).padStart(2, "0")}`, "　　" + v.replace(/村$/, "村委会") + (poor.includes(v) ? "△" : ""), "村委会", personName()]);
    }
    for (const c of cs) {
      k++;
      vRows.push([`${String(ti + 1).padStart(2, "0")}-${String(k).padStart(2, "0")}`, "　　" + c + "居委会", "居委会", personName()]);
    }
  });
  vRows.push(["合计：14个镇，村民委员会236个（其中省定相对贫困村24个），居民委员会13个。"]);
  const vMerges = ["A1:D1", "A2:D2", `A${vRows.length}:D${vRows.length}`];

  // ---------------- stations: 公示名单 in four 授牌 batches
  const batches = [
    { no: "一", iso: "2020-06-18", text: "2020年6月18日" },
    { no: "二", iso: "2020-11-26", text: "2020年11月26日" },
    { no: "三", iso: "2021-05-20", text: "2021年5月20日" },
    { no: "四", iso: "2021-09-16", text: "2021年9月16日" },
  ];
  const lastPoor = poor[17]; // only gets its station in the fourth batch
  const order = admin.slice();
  for (let i = order.length - 1; i > 0; i--) {
    const j = rint(0, i);
    [order[i], order[j]] = [order[j], order[i]];
  }
  const coveredList = poor.filter((p) => p !== lastPoor).concat(order.filter((v) => !poor.includes(v))).slice(0, 150);
  const notCovered = admin.filter((v) => !coveredList.includes(v));
  assert(coveredList.length === 150 && notCovered.length === 86 && notCovered.includes(lastPoor), "c1 coverage split");
  const shuffled = coveredList.slice();
  for (let i = shuffled.length - 1; i > 0; i--) {
    const j = rint(0, i);
    [shuffled[i], shuffled[j]] = [shuffled[j], shuffled[i]];
  }
  const b1 = shuffled.slice(0, 47);
  const b2 = shuffled.slice(47, 98);
  const b3 = shuffled.slice(98, 150);
  const batchVillages = [
    b1.map((v) => [v]).concat([["城东社区"]]),
    b2.map((v) => [v]).concat([["高陂圩社区"], [b1[3], "圩镇点"], [b1[20], "二站"]]),
    b3.map((v) => [v]).concat([["百侯圩社区"], [b2[10], "旅游点"]]),
    [[lastPoor]].concat(order.filter((v) => notCovered.includes(v) && v !== lastPoor).slice(0, 19).map((v) => [v])),
  ];
  assert(batchVillages.map((b) => b.length).join() === "48,54,54,20", "c1 batch sizes " + batchVillages.map((b) => b.length).join());
  const tOrder = (v) => towns.findIndex((t) => t.town === townOf[v]);
  const sRows = [];
  const sMerges = [];
  sRows.push(["大埔县村级电子商务服务站点名单（公示）"]);
  sMerges.push("A1:F1");
  sRows.push(["根据县商务局各批次授牌文件汇总"]);
  sMerges.push("A2:F2");
  const stations = [];
  const OPS = ["梅州市埔商电子商务有限公司", "大埔县邮政分公司", "大埔县供销合作联社"];
  batchVillages.forEach((list, bi) => {
    const b = batches[bi];
    list.sort((x, y) => tOrder(x[0]) - tOrder(y[0]));
    sRows.push([]);
    sRows.push([`第${b.no}批（${b.text}授牌，共${list.length}个）`]);
    sMerges.push(`A${sRows.length}:F${sRows.length}`);
    sRows.push(["序号", "镇", "站点名称", "站点地址", "运营主体", "负责人"]);
    list.forEach(([v, extra], i) => {
      const town = townOf[v];
      const isComm = comms.includes(v);
      const style = (i + bi) % 3;
      let name;
      if (isComm) name = `${v}电子商务服务站`;
      else if (style === 0) name = `${v}电子商务服务站${extra ? "（" + extra + "）" : ""}`;
      else if (style === 1) name = `${v.replace(/村$/, "村委会")}电商服务点${extra ? "（" + extra + "）" : ""}`;
      else name = `大埔县${town}${v}农村电商服务站${extra ? "（" + extra + "）" : ""}`;
      const addr = extra ? `${town}${v}圩镇${rint(2, 88)}号` : isComm ? `${town}${v}居委会一楼` : `${town}${v.replace(/村$/, "村委会")}办公楼一楼`;
      sRows.push([i + 1, town, name, addr, OPS[rint(0, 2)], personName()]);
      stations.push({ village: v, opened: b.iso });
    });
  });
  sRows.push([]);
  sRows.push(["注：第四批为2021年9月新授牌站点；同一村有两个站点的，第二个站点在名称后注明。"]);
  sMerges.push(`A${sRows.length}:F${sRows.length}`);
  const byCut = stations.filter((s) => s.opened <= CUT);
  const covAdmin = new Set(byCut.map((s) => s.village).filter((v) => admin.includes(v)));
  const covPoor = poor.filter((p) => covAdmin.has(p));
  assert(byCut.length === 156 && stations.length === 176, "c1 stations " + byCut.length + "/" + stations.length);
  assert(covAdmin.size === 150 && covPoor.length === 23, "c1 covered " + covAdmin.size + "/" + covPoor.length);
  const vBase = Math.min(236, 200);
  assert(150 * 100 >= 70 * vBase && 150 * 100 < 70 * 236, "c1 coverage: 75% of the capped base, 63.6% of 236");
  assert(23 * 100 >= 80 * 24 && 23 < 24, "c1 poor 95.8% → 3");
  const allCov = new Set(stations.map((s) => s.village).filter((v) => admin.includes(v)));
  assert(poor.every((p) => allCov.has(p)), "c1 with the fourth batch all poor villages would be covered");

  // ---------------- training: sessions, 人数 and 人次 (人次 = 人数 × 天数)
  const POP = 329600;
  const topics = ["电商基础知识普及", "网店开设与运营", "农产品短视频拍摄", "直播带货实操", "大埔蜜柚网络营销", "茶叶电商品牌打造",
    "农村电商创业辅导", "电商客服与售后", "微信小店运营", "乡村旅游电商推广"];
  const places = ["县电商公共服务中心", "湖寮镇文化站", "高陂镇政府会议室", "大麻镇电商服务站", "百侯镇文化站", "茶阳镇政府会议室", "枫朗镇电商服务站"];
  const sess = [];
  let d = "2020-06-09";
  while (d <= "2021-08-25") {
    const days = rnd() < 0.55 ? 1 : rint(2, 3);
    const n = rint(38, 96);
    sess.push({ start: d, end: isoAdd(d, days - 1), days, n });
    d = isoAdd(d, rint(12, 21));
  }
  const target = 3302;
  let cur = sum(sess.map((s) => s.n * s.days));
  // bring the in-window 人次 to the target by adjusting one-day sessions
  let guard = 0;
  while (cur !== target) {
    assert(++guard < 10000, "c1 training fix " + cur);
    const ones = sess.filter((s) => s.days === 1);
    const s = ones[rint(0, ones.length - 1)];
    const step = cur > target ? -1 : 1;
    const room = step < 0 ? s.n - 30 : 150 - s.n;
    if (room <= 0) continue;
    const k = Math.min(room, Math.abs(cur - target));
    s.n += step * k;
    cur += step * k;
  }
  assert(sess.every((s) => s.end <= CUT), "c1 sessions before the cut");
  sess.push({ start: "2021-09-07", end: "2021-09-09", days: 3, n: 64 });
  sess.push({ start: "2021-09-24", end: "2021-09-24", days: 1, n: 88 });
  const fmtSess = (s, i) => {
    const [y1, m1, d1] = ymd(s.start);
    const [, m2, d2] = ymd(s.end);
    if (s.days === 1) {
      const k = i % 4;
      return k === 0 ? D(s.start) : k === 1 ? dotDate(s.start) : k === 2 ? s.start.replace(/-/g, "") : cnDate(s.start);
    }
    const k = i % 3;
    if (k === 0) return m1 === m2 ? `${y1}年${m1}月${d1}—${d2}日` : `${y1}年${m1}月${d1}日—${m2}月${d2}日`;
    if (k === 1) return m1 === m2 ? `${y1}.${m1}.${d1}-${d2}` : `${y1}.${m1}.${d1}-${m2}.${d2}`;
    return m1 === m2 ? `${y1}/${m1}/${d1}～${d2}` : `${y1}/${m1}/${d1}～${m2}/${d2}`;
  };
  const tRows = [];
  tRows.push(["大埔县电子商务培训台账"]);
  tRows.push(["单位：人、人次（多天培训按“人数×天数”计人次）"]);
  tRows.push(["序号", "培训时间", "培训名称", "培训地点", "承办单位", "天数", "参训人数", "参训人次", "其中贫困户（人次）"]);
  let sumN = 0;
  let sumT = 0;
  sess.forEach((s, i) => {
    const pt = s.n * s.days;
    sumN += s.n;
    sumT += pt;
    tRows.push([i + 1, fmtSess(s, i), topics[i % topics.length] + "培训班", places[rint(0, places.length - 1)],
      i % 2 ? "梅州市埔商电子商务有限公司" : "大埔县电子商务公共服务中心", s.days, s.n, pt, Math.round(pt * (0.25 + rnd() * 0.3))]);
  });
  tRows.push(["合计", null, null, null, null, null, sumN, sumT, null]);
  tRows.push(["注：2021年9月两期为考评截止后举办，一并登记。"]);
  const inCutN = sum(sess.filter((s) => s.end <= CUT).map((s) => s.n));
  const inCutT = sum(sess.filter((s) => s.end <= CUT).map((s) => s.n * s.days));
  assert(inCutT === 3302, "c1 person-times by cut " + inCutT);
  assert(inCutT * 100 >= POP && inCutN * 1000 < POP * 8, "c1: 人次 reaches 1% (10), 人数 alone stays under 0.8%: " + inCutN);
  assert(sess.some((s) => s.days > 1 && ymd(s.start)[1] !== ymd(s.end)[1]) || true, "c1 ok");

  // ---------------- enterprises: 在园 table and 已迁出 table below it
  const E = (n, t, en, lf) => ({ n, t, en, lf, code: creditCode(DIV) });
  const inPark = [
    E("梅州市埔商电子商务有限公司", "电商运营服务商", "2020-07-08"), E("大埔县蜜柚优选网络科技有限公司", "销售型", "2020-07-20"),
    E("大埔县客都茶叶电子商务有限公司", "销售型", "2020-08-03"), E("大埔县顺通城乡物流有限公司", "物流快递", "2020-08-17"),
    E("梅州市埔乡汇电子商务有限公司", "平台型电商", "2020-09-01"), E("大埔县三河坝农特产品网店", "销售型", "2020-09-15"),
    E("大埔县青溪红色文旅电商有限公司", "销售型", "2020-10-12"), E("梅州市客家优品直播传媒有限公司", "直播电商", "2020-10-26"),
    E("大埔县邮政快递物流分拨中心", "物流快递", "2020-11-09"), E("大埔县高陂陶瓷电子商务有限公司", "销售型", "2020-11-23"),
    E("大埔县农信通电商服务有限公司", "电商运营服务商", "2020-12-07"), E("大埔县百侯薄饼网络商行", "销售型", "2021-01-11"),
    E("梅州市山里优鲜供应链有限公司", "物流快递", "2021-01-25"), E("大埔县枫朗笋干电商合作社", "销售型", "2021-03-08"),
    E("大埔县乡村云集网络平台有限公司", "平台型电商", "2021-03-22"), E("大埔县西河木雕文创电商工作室", "销售型", "2021-04-19"),
    E("梅州市埔商直播孵化基地有限公司", "直播电商", "2021-05-17"), E("大埔县光德花生电商有限公司", "销售型", "2021-06-21"),
    E("大埔县银江蜂蜜网络商行", "销售型", "2021-07-19"), E("大埔县桃源茶油电子商务有限公司", "销售型", "2021-09-06"),
  ];
  const gone = [
    E("大埔县洲瑞腐竹网店", "销售型", "2020-08-03", "2021-04-30"),
    E("梅州市快点到家配送有限公司", "物流快递", "2020-09-28", "2021-09-24"),
  ];
  const eRows = [];
  eRows.push(["大埔县电子商务产业园在园企业名单（截至2021年9月）"]);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "入驻面积（㎡）"]);
  inPark.forEach((e, i) => eRows.push([i + 1, e.n, e.code, e.t, i % 3 === 0 ? D(e.en) : i % 3 === 1 ? dotDate(e.en) : cnDate(e.en), rint(2, 12) * 10]));
  eRows.push([]);
  eRows.push([]);
  const g0 = eRows.length + 1;
  eRows.push(["已迁出企业"]);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "迁出时间", "迁出原因"]);
  gone.forEach((e, i) => eRows.push([i + 1, e.n, e.code, e.t, dotDate(e.en), dotDate(e.lf), i === 0 ? "经营困难，提前解约" : "迁往梅州市区"]));
  const atCut = inPark.concat(gone).filter((e) => e.en <= CUT && !(e.lf && e.lf <= CUT));
  const typesAtCut = new Set(atCut.map((e) => e.t));
  assert(atCut.length === 20 && new Set(atCut.map((e) => e.code)).size === 20, "c1 park 20 at cut " + atCut.length);
  assert(inPark.filter((e) => e.en <= CUT).length === 19, "c1 first table alone gives 19");
  assert(typesAtCut.size === 5, "c1 park types");

  // ---------------- funds: 万元, “其中” rows, running 累计
  const allocated = 15000000;
  const pays = [
    ["2020-03-20", "县电商公共服务中心装修工程（首期款）", "大埔县华建装饰工程有限公司", 185.6, null],
    ["2020-05-15", "村级站点建设（第一批48个）", "梅州市埔商电子商务有限公司", 144, [["设备购置", 96], ["装修及标识", 48]]],
    ["2020-07-28", "公共服务中心设备采购", "梅州市鸿信科技有限公司", 126.352, null],
    ["2020-09-30", "电商培训服务（第一期）", "大埔县电子商务公共服务中心", 68.5, null],
    ["2020-11-20", "物流配送体系建设（首期）", "大埔县顺通城乡物流有限公司", 210, [["县级仓储分拣中心", 150], ["镇级配送站", 60]]],
    ["2020-12-28", "村级站点建设（第二批54个）", "梅州市埔商电子商务有限公司", 162, null],
    ["2021-02-05", "第三方运营服务费（2020年度）", "梅州市埔商电子商务有限公司", 90, null],
    ["2021-04-16", "品牌推广及农产品网上促销活动", "梅州市客家优品直播传媒有限公司", 75.9, null],
    ["2021-06-10", "村级站点建设（第三批54个）", "梅州市埔商电子商务有限公司", 108, null],
    ["2021-07-22", "电商培训服务（第二期）", "大埔县电子商务公共服务中心", 58, null],
    ["2021-09-15", "农产品溯源系统建设", "梅州市鸿信科技有限公司", 90, null],
  ];
  for (const p of pays) if (p[4]) assert(Math.round(sum(p[4].map((x) => x[1])) * 10000) === Math.round(p[3] * 10000), "c1 其中 adds up " + p[1]);
  const fRows = [];
  fRows.push(["大埔县电子商务进农村综合示范专项资金拨付台账"]);
  fRows.push(["资金总额：1500万元", null, null, null, "单位：万元"]);
  fRows.push(["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "累计拨付", "拨付进度", "凭证号"]);
  let cum = 0;
  let seqF = 0;
  const vNo = {};
  // voucher numbers rise through each year
  const voucher = (iso) => {
    const y = iso.slice(0, 4);
    vNo[y] = (vNo[y] || 0) + rint(8, 30);
    return vNo[y];
  };
  pays.forEach(([iso, item, payee, amt, parts], i) => {
    cum = Math.round((cum + amt) * 10000) / 10000;
    seqF++;
    fRows.push([seqF, i % 2 ? D(iso) : cnDate(iso), item, payee, amt.toFixed(4), cum.toFixed(4), (Math.round((cum / 1500) * 1000) / 10).toFixed(1) + "%",
      "记" + String(iso.slice(2, 4)) + "-" + String(voucher(iso)).padStart(3, "0")]);
    if (parts) parts.forEach(([n, a], k) => fRows.push([null, null, (k === 0 ? "其中：" : "　　　") + n, null, a.toFixed(4), null, null, null]));
  });
  fRows.push(["合计", null, null, null, cum.toFixed(4), null, null, null]);
  fRows.push(["注：“其中”行为上一笔拨付的分项，不另行拨付。"]);
  const spent = Math.round(sum(pays.filter((p) => p[0] <= CUT).map((p) => Math.round(p[3] * 10000))) ) / 10000 * 10000;
  const spentYuan = Math.round(sum(pays.filter((p) => p[0] <= CUT).map((p) => Math.round(p[3] * 10000))));
  assert(spentYuan === 12283520 && Math.round(spent) === 12283520, "c1 spent " + spentYuan);
  assert(spentYuan * 100 >= allocated * 70, "c1 rate ≥ 70%: " + pct1(spentYuan, allocated));
  assert(pct1(spentYuan, allocated) === "81.9%", "c1 rate text");
  const withParts = spentYuan + (96 + 48 + 150 + 60) * 10000;
  assert(withParts > allocated, "c1 counting 其中 rows would exceed the allocation");

  // ---------------- 综合工作台账: disclosures, reports, media, materials in one sheet
  const work = [];
  const W = (iso, cat, what, obj, lvl, note) => work.push({ iso, cat, what, obj, lvl, note });
  W("2019-12-05", "信息公开", "发布《大埔县电子商务进农村综合示范县创建工作方案》", "县政府网专栏", null, null);
  W("2019-12-05", "信息公开", "公布项目监督举报电话及邮箱", "县政府网专栏", null, null);
  W("2020-05-20", "信息公开", "公示示范项目基本信息（项目名称、承办单位、资金安排）", "县政府网专栏", null, null);
  const discDates = ["2020-09-10", "2020-10-12", "2020-11-10", "2020-12-09", "2021-01-11", "2021-02-08", "2021-03-10", "2021-04-09",
    "2021-05-11", "2021-06-09", "2021-07-12", "2021-08-10", "2021-09-10"];
  discDates.forEach((iso) => {
    const [y, m] = ymd(isoAdd(iso, -20));
    W(iso, "信息公开", `更新项目建设进度（${y}年${m}月）`, "县政府网专栏", null, null);
  });
  const repDates = [["2020-08-07", "2020年7月"], ["2020-09-08", "2020年8月"], ["2020-10-09", "2020年9月"], ["2020-11-06", "2020年10月"],
    ["2020-12-07", "2020年11月"], ["2021-01-08", "2020年12月"], ["2021-03-05", "2021年1—2月"], ["2021-04-07", "2021年3月"],
    ["2021-05-10", "2021年4月"], ["2021-06-07", "2021年5月"], ["2021-07-06", "2021年6月"], ["2021-08-06", "2021年7月"], ["2021-09-07", "2021年8月"]];
  repDates.forEach(([iso, mon]) => W(iso, "数据报送", `报送${mon}电子商务进农村工作月报`, "梅州市商务局", null,
    mon === "2021年1—2月" ? "春节期间1、2月合并报送；附电商扶贫统计表" : "附电商扶贫统计表"));
  W("2020-12-10", "宣传报道", "《大埔：村村有了电商服务站》", "南方日报", "省级", "报纸");
  W("2021-03-22", "宣传报道", "《贫困户直播卖蜜柚 一天卖出两千斤》", "广东广播电视台《广东新闻联播》", "省级", "电视；电商扶贫典型案例");
  W("2021-05-08", "宣传报道", "《大埔电商服务站开到家门口》", "大埔县融媒体中心", "县级", "网络、电视");
  W("2021-09-03", "宣传报道", "《大埔蜜柚“触网”卖全国》", "梅州日报", "市级", "报纸");
  W("2021-06-15", "经验材料", "报送《电商助力大埔蜜柚上行的做法》经验材料", "梅州市商务局", null, "粤政易");
  work.sort((a, b) => (a.iso < b.iso ? -1 : a.iso > b.iso ? 1 : 0));
  const wRows = [];
  wRows.push(["大埔县电子商务进农村综合示范综合工作台账（信息公开、数据报送、宣传报道、经验材料）"]);
  wRows.push(["序号", "日期", "类别", "工作内容", "对象／载体", "级别", "备注"]);
  work.forEach((w, i) => wRows.push([i + 1, i % 3 === 0 ? D(w.iso) : i % 3 === 1 ? dotDate(w.iso) : cnDate(w.iso), w.cat, w.what, w.obj, w.lvl, w.note]));
  const inWin = (iso) => iso.slice(0, 7) >= "2020-09" && iso <= CUT;
  const monthsOf = (cat) => new Set(work.filter((w) => w.cat === cat && inWin(w.iso)).map((w) => w.iso.slice(0, 7)));
  assert(monthsOf("信息公开").size === 12, "c1 disclosure 12 months");
  assert(monthsOf("数据报送").size === 11 && !monthsOf("数据报送").has("2021-02"), "c1 reports 11 months");

  // ---------------- 自查表: one-row 基本数据 table, then the official table split into 分项 rows
  const judged = {
    "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  const r19 = 9.86;
  const r20 = 13.02;
  assert(pct1(r20 - r19, r19) === "32.0%", "c1 growth");
  assert(pct1(2051, 2870) === "71.5%" && 2051 * 10 >= 2870 * 7, "c1 poor rate ≥ 70%");
  assert(pct1(232, 236) === "98.3%", "c1 express text");
  const aRows = [];
  const aMerges = [];
  aRows.push(["大埔县2019年省级电子商务进农村综合示范创建考评自查表"]);
  aMerges.push("A1:I1");
  aRows.push(["填报单位：大埔县商务局（盖章）", null, null, null, null, null, "填报时间：2021年9月10日"]);
  aMerges.push("A2:F2", "G2:I2");
  aRows.push(["一、基本数据"]);
  aMerges.push("A3:I3");
  aRows.push(["县（市、区）", "常住人口（万人）", "行政村（个）", "社区（个）", "省定贫困村（个）", "有劳动能力建档立卡贫困人口（人，不含外出务工）",
    "已参训建档立卡贫困人口（人）", "省级专项资金（万元）", "考评截止日期"]);
  aRows.push(["大埔县", 32.96, fullWidth("236"), 13, 24, "2,870", "2,051", 1500, "2021.8.31"]);
  aRows.push([]);
  aRows.push(["二、指标自查情况"]);
  aMerges.push(`A${aRows.length}:I${aRows.length}`);
  aRows.push(["工作任务", "评价指标", "权重", "评分标准（分项）", "分值", "完成情况", "是否达标", "分项自评", "指标自评分"]);
  const G1 = "加强组织领导与统筹协调（10分）";
  const G2 = "深入推动电子商务进农村工作（55分）";
  const G3 = "加强信息公开及报送（10分）";
  const G4 = "加强宣传推广（10分）";
  const G5 = "加强财政资金管理（15分）";
  const G6 = "加分项（4分）";
  const G7 = "一票否决项";
  // [group, indicator name, weight, id, [[分项, 分值, 完成情况, 达标, 分项自评]], 指标自评分]
  const ind = [
    [G1, "组织领导", 2, "org.leadership", [["由县政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；由分管领导牵头（1分）", "2",
      "成立以县长为组长、分管副县长为副组长的示范创建工作领导小组（埔府办〔2019〕39号），成员单位：县商务局、财政局、农业农村局、乡村振兴局（原扶贫办）、交通运输局、市场监管局、供销社、邮政分公司", "√", 2]], 2],
    [G1, "方案制定", 2, "org.plan", [["工作方案因地制宜，可操作性较强（1-2分）", "1-2", "2019年11月县政府办公室正式印发《大埔县电子商务进农村综合示范县创建工作方案》（埔府办〔2019〕47号）", "√", 2]], 2],
    [G1, "政策支持", 2, "org.policy", [["出台相关政策，且得到较好落实（1-2分）", "1-2", "2020年4月出台《大埔县加快农村电子商务发展扶持办法（试行）》，部分奖补条款尚未兑现", "√", 1]], 1],
    [G1, "项目管理", 4, "org.management", [
      ["建立项目管理制度，在建设、验收环节严格落实相关制度（1-2分）", "1-2", "制定《示范项目管理办法》，站点建设按批次验收", "√", 2],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", "1-2", "已建立工作台账，部分项目记录不够详细", "部分", 1]], 3],
    [G2, "服务体系建设（县级中心及产业园）", 15, "work.center", [
      ["建成县级电子商务公共服务中心（2分）", "2", "县电商公共服务中心（湖寮镇同仁路）于2020年7月8日正式投入运营", "√", 2],
      ["建成后已正常运行6个月（截至2021年8月31日）以上（2分）", "2", "至2021年8月31日已运行13个月以上", "√", 2],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "2", "设培训教室1间（60座），配电脑50台，免费开展基础培训", "√", 2],
      ["为特色农产品提供免费展示、销售服务（1分）", "1", "设大埔蜜柚、茶叶、陶瓷等农特产品展示厅，免费展示销售", "√", 1],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", "1", "设摄影棚，免费提供产品拍摄、详情页设计", "√", 1],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "1", "打造“大埔优品”区域公用品牌，组织统一推广", "√", 1],
      ["为电子商务发展提供其他衍生增值服务（1分）", "1", "暂未开展", "×", 0],
      ["建设或整合、优化当地电商产业园（2分）", "2", "整合湖寮镇电商创业园为县电子商务产业园", "√", 2],
      ["电商产业园企业入驻数量达20家及以上（2分）", "2", "在园企业20家（见“入驻企业”表）", "√", 2],
      ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", "1", "平台型、销售型、运营服务商、物流快递、直播电商", "√", 1]], 14],
    [G2, "服务体系建设（村级站点覆盖）", 10, "work.coverage", [
      ["行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", "5", "全县行政村236个（按200个计），已授牌村级站点4批共176个", "√", 5],
      ["贫困村覆盖率100%（5分），80%-100%（不含）（3分）", "5", "24个省定贫困村全部建站（第四批补齐最后1个）", "√", 5]], 10],
    [G2, "农村产品上行", 10, "work.upward", [
      ["对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", "1-2", "委托第三方完成《大埔县农产品网络销售调研报告》并提出发展建议", "√", 2],
      ["开展农村产品网络促销活动成效明显（1-2分）", "1-2", "举办“大埔蜜柚网上节”等线上促销活动5场", "√", 2],
      ["当地有专业第三方电子商务运营或服务商（1分）", "1", "梅州市埔商电子商务有限公司为专业第三方运营服务商", "√", 1],
      ["行政村物流快递覆盖率100%（1分）", "1", "行政村快递覆盖率98.3%，尚有4个偏远村需到镇取件", "×", 0],
      ["有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", "1-2", "制定大埔蜜柚电商交易标准；溯源系统建设中", "部分", 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2", `农村网络零售额2019年${r19}亿元、2020年${r20}亿元，同比增长32.0%`, "√", 2]], 8],
    [G2, "电商人才培训", 20, "work.training", [
      ["培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", "10",
        "截至2021年8月31日累计培训3,302人次，占常住人口（32.96万人）的1.00%", "√", 10],
      ["建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", "10",
        "有劳动能力且未外出务工的建档立卡贫困人口2,870人，已参训2,051人（不重复计），培训率71.5%", "√", 10]], 20],
    [G3, "信息公开", 4, "info.disclosure", [
      ["在县政府网站设立公开专栏且内容全面（2分）", "2", "县政府网设“电子商务进农村”专栏，公开创建方案、项目基本信息、建设进度，设监督举报电话及邮箱", "√", 2],
      ["近一年内专栏内容能按月更新（2分），不定时更新（1分）", "2", "2020年9月至2021年8月每月更新建设进度", "√", 2]], 4],
    [G3, "数据上报", 6, "info.reporting", [
      ["近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", "3", "每月向梅州市商务局报送工作月报", "√", 3],
      ["能统计电商扶贫情况（3分）", "3", "月报附电商扶贫统计表，统计贫困户培训、带动增收情况", "√", 3]], 6],
    [G4, "案例总结", 2, "promo.cases", [["向市商务局报送经验材料（2分）", "2", "2021年6月15日向梅州市商务局报送《电商助力大埔蜜柚上行的做法》", "√", 2]], 2],
    [G4, "经验推广", 8, "promo.media", [
      ["省级及以上媒体进行宣传报道（4分）", "4", "南方日报（2020年12月）、广东新闻联播（2021年3月）", "√", 4],
      ["市级媒体进行宣传报道（3分）", "3", "梅州日报（2021年9月3日）", "√", 3],
      ["县级媒体进行宣传报道（1分）", "1", "大埔县融媒体中心（2021年5月）", "√", 1]], 8],
    [G5, "制度建立", 5, "fund.system", [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "1-5", "制定《大埔县电子商务进农村综合示范专项资金管理办法》并严格执行", "√", 5]], 5],
    [G5, "资金台账", 5, "fund.ledger", [["项目承建方建立资金专用台账，账目完整（1-5分）", "1-5", "各承建单位均建立资金专用台账", "√", 4]], 4],
    [G5, "资金支出", 5, "fund.spending", [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）；低于70%倒扣5分", "1-5",
      "截至2021年8月31日累计拨付1,228.352万元，支出率81.9%（见资金拨付台账）", "√", 4]], 4],
    [G6, "贫困人口培训率", 2, "bonus.poorTraining", [["建档立卡贫困人口培训率70%及以上（2分）", "2", "培训率71.5%", "√", 2]], 2],
    [G6, "电视播报", 2, "bonus.tvCase", [["电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", "2/1",
      "2021年3月22日广东广播电视台《广东新闻联播》播出我县贫困户直播卖蜜柚案例（省级）", "√", 1]], 1],
  ];
  const claimed = {};
  let groupStart = null;
  let groupName = null;
  const closeGroup = () => {
    if (groupStart !== null && aRows.length > groupStart) aMerges.push(`A${groupStart}:A${aRows.length}`);
  };
  for (const [g, name, w, id, subs, claim] of ind) {
    if (g !== groupName) {
      closeGroup();
      groupName = g;
      groupStart = aRows.length + 1;
    }
    const first = aRows.length + 1;
    subs.forEach(([std, mx, done, ok, p], k) => {
      aRows.push([k === 0 && first === groupStart ? g : null, k === 0 ? name : null, k === 0 ? w : null, std, mx, done, ok, p, k === 0 ? claim : null]);
    });
    if (subs.length > 1) aMerges.push(`B${first}:B${aRows.length}`, `C${first}:C${aRows.length}`, `I${first}:I${aRows.length}`);
    assert(sum(subs.map((s) => s[4])) === claim, "c1 claim = sum of 分项 " + id);
    claimed[id] = claim;
  }
  closeGroup();
  const vStart = aRows.length + 1;
  aRows.push([G7, null, null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "未发生", "—", null, null]);
  aRows.push([null, null, null, "项目建设进度严重滞后，总体进度不足40%", null, "项目总体进度85%", "—", null, null]);
  aRows.push([null, null, null, "弄虚作假", null, "无", "—", null, null]);
  aMerges.push(`A${vStart}:C${vStart + 2}`);
  const claimTotal = sum(Object.values(claimed));
  aRows.push(["合计", null, null, null, null, null, null, null, claimTotal]);
  aMerges.push(`A${aRows.length}:H${aRows.length}`);
  aRows.push(["填表人：罗××　　审核：张××　　联系电话：0753-55×××××"]);
  aMerges.push(`A${aRows.length}:I${aRows.length}`);
  assert(claimTotal === 96, "c1 claimed total " + claimTotal);
  // the judged 分项 rows agree with the judged values used below
  const subPts = (id, k) => ind.find((x) => x[3] === id)[4][k][4];
  assert(subPts("org.plan", 0) === judged["org.plan"] && subPts("org.policy", 0) === judged["org.policy"], "c1 judged org");
  assert(subPts("org.management", 0) === judged["org.management.system"] && subPts("org.management", 1) === judged["org.management.ledger"], "c1 judged mgmt");
  assert(subPts("work.upward", 0) === judged["work.upward.research"] && subPts("work.upward", 1) === judged["work.upward.promotion"] &&
    subPts("work.upward", 4) === judged["work.upward.standards"], "c1 judged upward");
  assert(subPts("fund.system", 0) === judged["fund.system"] && subPts("fund.ledger", 0) === judged["fund.ledger"] &&
    subPts("fund.spending", 0) === judged["fund.spending"], "c1 judged fund");

  // ---------------- expectation
  const center = 2 + 2 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": center, "work.coverage": 5 + 3,
    "work.upward": 2 + 2 + 1 + 0 + 1 + 2, "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3,
    "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 2, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(center === 14 && scored === 86 && bonus === 3 && total === 89, "c1 total " + scored + "/" + total);
  const derivation = [
    "org.leadership: 自查表组织领导行：县长任组长（主要领导），成员单位含县商务局、财政局、农业农村局、乡村振兴局（原扶贫办）→ 2",
    "org.plan: 方案已正式印发（埔府办〔2019〕47号），分项自评2（1–2）→ 2",
    "org.policy: 扶持办法已出台，分项自评1 → 1",
    "org.management: 项目管理制度分项2 + 工作台账分项1 → 3",
    "work.center: 中心2020年7月8日投入运营≤截止日(2)，≤2021-02-28满6个月(2)，免费培训√(2)，展示销售√(1)，摄影美工√(1)，品牌推广√(1)，其他衍生增值服务“暂未开展”×→0，产业园√(2)；入驻企业：在园名单20家中大埔县桃源茶油电子商务有限公司2021年9月6日才入驻，只有19家，下面“已迁出企业”表里梅州市快点到家配送有限公司2021年9月24日才迁出，截止日仍在园，洲瑞腐竹网店4月30日已迁出不算 → 20家(2)；类型电商运营服务商/销售型/物流快递/平台型电商/直播电商≥3(1) → 14",
    "work.coverage: 村居名单236个村委会（13个居委会、14个镇标题行不算），基数min(236,200)=200；站点公示名单前三批（2020年6月18日、11月26日、2021年5月20日授牌，156个站）覆盖150个行政村（3个社区站不算，3个村的第二个站点不重复计），第四批2021年9月16日授牌的20个站不算；150/200=75%≥70% → 5（若按236算只有63.6%）；24个△贫困村中23个在前三批有站，第24个只在第四批 → 23/24=95.8%，80%–100% → 3；合计8（自评10）",
    "work.upward: 网销调研2 + 促销2 + 第三方运营商√1 + 快递覆盖：村居名单没有快递列，自查表写覆盖率98.3%、“×” → 0 + 标准溯源1 + 农村网络零售额2019年9.86亿元、2020年13.02亿元，增长32.0%≥30% → 2；合计8",
    "work.training: 培训台账“参训人次”列（人数×天数）截止日前合计3,302人次（2021年9月两期和含9月的“合计”行不算；“参训人数”列只有" + inCutN + "人，不是人次）；基数min(32.96万,50万)=329,600，3,302/329,600=1.002%≥1% → 10；贫困人口（无名单，用自查表基本数据）2,051/2,870=71.5%≥50% → 10；合计20",
    "info.disclosure: 专栏公开创建方案、项目基本信息、建设进度，设监督举报电话 → 2；综合工作台账“信息公开”类2020年9月至2021年8月每月都有更新 → 2；合计4",
    "info.reporting: 综合工作台账“数据报送”类按报送日期：2021年1—2月月报3月5日合并报送，2021年2月没有报送，12个月中11个月有 → 不定时1；能统计电商扶贫（月报附统计表）→ 3；合计4（自评6）",
    "promo.cases: 2021年6月15日向梅州市商务局报送经验材料 → 2",
    "promo.media: 截止日前：南方日报、广东广播电视台（省级）4 + 大埔县融媒体中心（县级）1 = 5；梅州日报（市级）是2021年9月3日，截止日后不算（自评8）",
    "fund.system: 资金管理办法已制定，自评5 → 5",
    "fund.ledger: 资金专用台账，自评4 → 4",
    "fund.spending: 资金拨付台账“拨付金额（万元）”截止日前10笔合计1,228.3520万元=12,283,520元（“其中：”分项行不另计，“累计拨付”列不相加，2021年9月15日90万元不算）÷下达1500万元=81.9%≥70% → 及时拨付自评4 → 4",
    "bonus.poorTraining: 贫困人口培训率71.5%≥70% → 2",
    "bonus.tvCase: 2021年3月22日《广东新闻联播》（省级电视）播出电商扶贫典型案例 → 1",
    "veto.incident: 未发生安全生产、质量事故 → 不否决，0",
    "veto.progress: 项目总体进度85%≥40% → 不否决，0",
    "veto.fraud: 无弄虚作假 → 不否决，0",
    "total: 2+2+1+3+14+8+8+20+4+4+2+5+5+4+4 = 86，加分2+1=3 → 89（自查表合计96）",
  ];
  return {
    description:
      "梅州大埔县商务局迎考评工作簿。“自查表”上方是一行横排的基本数据表（标签一行、数值一行：常住人口32.96万、行政村“２３６”全角、贫困人口2,870/2,051、资金1500万元、截止日期“2021.8.31”），下方是把官方指标表拆成分项的自查表：每个分项一行，有完成情况、是否达标（√/×/部分）、分项自评，指标自评分在合并单元格里只写一次（即claimed），评判项取分项自评。台账：村居名单是按镇的缩进目录（镇标题行带个数，村名前全角空格，“△”为贫困村，居委会不算行政村，236个行政村使基数封顶为200）；站点是分批公示名单，日期只写在每批标题里（第四批2021年9月16日授牌，不算，且补齐的正是最后一个贫困村）；培训台账同时有参训人数和参训人次（人次=人数×天数，取人次），日期有区间和多种文本写法，含9月两期和合计行；入驻企业在同一张表上分“在园”和下方“已迁出”两个表，要两表合看才有20家；资金拨付台账单位万元（4位小数），有“其中：”分项行和累计列；信息公开、月报、宣传、经验材料混在一张综合工作台账里按“类别”区分。",
    sheets: [
      { name: "自查表", rows: aRows, merges: aMerges },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点公示名单", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: ["A1:I1", "A2:I2", `A${tRows.length - 1}:F${tRows.length - 1}`, `A${tRows.length}:I${tRows.length}`] },
      { name: "入驻企业", rows: eRows, merges: ["A1:F1", `A${g0}:G${g0}`] },
      { name: "资金拨付台账", rows: fRows, merges: ["A1:H1", "A2:D2", "E2:H2", `A${fRows.length - 1}:D${fRows.length - 1}`, `A${fRows.length}:H${fRows.length}`] },
      { name: "综合工作台账", rows: wRows, merges: ["A1:G1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 潮州饶平县: 重点任务分解及完成情况表 (督办 style) with a second table below for the judged items.
// =====================================================================================================
function buildF1() {
  assert(pct1(1187, 2046) === "58.0%" && pct1(10627, 15000) === "70.8%", "f1 rates");
  const rows = [];
  const merges = [];
  rows.push(["饶平县电子商务进农村综合示范创建重点任务分解及完成情况表（截至2021年8月31日）"]);
  merges.push("A1:H1");
  rows.push(["县电子商务进农村综合示范工作领导小组办公室　　　　　　　　　　　　　总体完成进度：约85%"]);
  merges.push("A2:H2");
  rows.push(["一、重点任务完成情况"]);
  merges.push("A3:H3");
  rows.push(["序号", "工作任务", "具体内容", "牵头单位", "配合单位", "完成时限", "完成情况", "进度"]);
  const T = (task, content, lead, help, due, done, prog) => rows.push([rows.length - 3, task, content, lead, help, due, done, prog]);
  T("加强组织领导", "成立示范创建工作领导小组，建立协调机制", "县政府办", "县商务局", "2019年10月底前",
    "已完成。2019年10月成立以县委常委、常务副县长为组长的领导小组（饶府办〔2019〕66号），成员单位包括县商务局、财政局、农业农村局、扶贫办（现乡村振兴局）、交通运输局、市场监管局、邮政分公司。", "✔完成");
  T("制定工作方案", "制定并印发示范县创建工作方案", "县商务局", "县财政局", "2019年12月底前",
    "已完成。2019年12月县政府办公室正式印发《饶平县电子商务进农村综合示范县创建实施方案》（饶府办〔2019〕81号）。", "✔完成");
  T("出台扶持政策", "在资金、土地、人才等方面出台支持农村电商发展的政策", "县商务局", "县财政局、县人社局", "2020年6月底前",
    "推进中。《饶平县促进农村电子商务发展若干措施》已完成征求意见，待县政府常务会议审议后印发，目前尚未出台。", "推进中");
  T("建设县级公共服务中心", "建成县级电商公共服务中心并投入运营，提供培训、展示、摄影美工等免费服务", "县商务局", "黄冈镇政府", "2020年6月底前",
    "已完成。中心于2020年9月29日正式投入运营，设培训室（可容纳80人，配电脑40台）免费开展电商基础培训，设农特产品展厅免费展示、销售本地特色农产品，设摄影室免费提供产品拍摄和美工设计服务。", "✔完成");
  T("农产品品牌建设", "组织农产品统一推广，指导特色农产品品牌建设", "县农业农村局", "县商务局", "2021年6月底前",
    "已完成。组织“饶平单丛”“饶平狮头鹅”等区域品牌统一推广，指导12家企业注册网销商标。", "✔完成");
  T("建设电商产业园", "整合、优化当地电商产业园，引导企业集聚", "县商务局", "黄冈镇政府", "2020年12月底前",
    "已完成。整合黄冈镇原电商街区为饶平县电子商务产业园，现入驻企业23家。", "✔完成");
  T("引进第三方运营", "引入专业第三方电商运营服务商", "县商务局", "—", "2020年3月底前",
    "已完成。经公开招标，确定潮州市饶商电子商务有限公司为专业第三方运营服务商。", "✔完成");
  T("村级站点建设", "行政村站点覆盖率达70%以上，省定贫困村全覆盖", "县商务局", "各镇政府", "2021年6月底前",
    "已完成。全县366个行政村（不含34个社区）已建成村级电商服务站点268个，覆盖行政村262个；21个省定贫困村全覆盖。", "✔完成");
  T("完善物流快递体系", "整合物流资源，行政村物流快递覆盖率达100%", "县交通运输局", "县邮政分公司", "2021年6月底前",
    "推进中。行政村快递通达率96.7%，上饶、建饶等镇12个偏远村仍需到镇级网点取件。", "推进中");
  T("电商人才培训", "普及性培训覆盖常住人口1%以上（超过50万的以50万为基数）", "县商务局", "县人社局", "2021年8月底前",
    "已完成。全县常住人口87.3万人，按50万基数应培训5,000人次；截至2021年8月31日累计培训9,145人次。", "✔完成");
  T("贫困人口培训", "有劳动能力的建档立卡贫困人口培训率达50%以上（外出务工除外）", "县乡村振兴局", "县商务局", "2021年8月底前",
    "已完成。经县乡村振兴局核定，有劳动能力且未外出务工的建档立卡贫困人口2,046人，已参加电商培训1,187人（不重复计），培训率58.0%。", "✔完成");
  T("农产品上行", "推动农村网络零售额、农产品网络零售额较快增长", "县商务局", "县统计局", "2020年12月底前",
    "2020年全县农村网络零售额38.62亿元，同比增长27.4%；农产品网络零售额6.85亿元，同比增长41.2%（省商务厅监测数据）。", "✔完成");
  T("信息公开", "县政府网站设立专栏，公开创建方案、项目基本信息、每月建设进度，设立征求意见或监督举报窗口", "县商务局", "县政务服务数据管理局", "2020年3月底前",
    "基本完成。县政府网“电子商务进农村”专栏已公开创建方案、项目基本信息，并每月更新项目建设进度；征求意见或监督举报窗口尚未设立。", "推进中");
  T("数据报送", "每月向市商务局报送工作进展及电商扶贫统计", "县商务局", "县乡村振兴局", "每月10日前",
    "已完成。每月10日前向潮州市商务局报送工作月报，并附电商扶贫统计表。", "✔完成");
  T("资金拨付", "省级专项资金按进度及时拨付", "县财政局", "县商务局", "2021年8月底前",
    "省级专项资金1500万元已全额下达；截至2021年8月底累计拨付1,062.7万元，拨付率70.8%。", "推进中");
  T("资金管理", "制定专项资金管理制度，建立资金专用台账", "县财政局", "县商务局", "2020年3月底前",
    "已完成。制定《饶平县电子商务进农村综合示范专项资金管理办法》；各项目承办单位均建立资金专用台账。", "✔完成");
  T("安全生产", "项目建设过程中落实安全生产和质量管理责任", "县商务局", "各承办单位", "长期",
    "项目实施以来未发生安全生产、质量事故。", "✔完成");
  const last1 = rows.length;
  rows.push([]);
  rows.push([]);
  rows.push(["二、评判类指标自评情况"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  rows.push(["序号", "评价指标", "评分标准", null, "分值", "自评分", "自评理由"]);
  merges.push(`C${rows.length}:D${rows.length}`);
  const judged = {
    "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
    "work.upward.promotion": 1, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 3,
  };
  const J = [
    ["方案制定", "工作方案因地制宜，可操作性较强", "1-2分", "2分", "方案已正式印发"],
    ["政策支持", "出台相关政策，且得到较好落实", "1-2分", "—", "扶持政策尚未出台，暂不自评"],
    ["项目管理（制度）", "建立项目管理制度，在建设、验收环节严格落实", "1-2分", "2分", null],
    ["项目管理（台账）", "建立完整工作台账，详细记录项目建设情况", "1-2分", 2, null],
    ["农村产品上行（调研）", "对当地农产品网络销售进行调研，并形成针对性建议", "1-2分", 2, "已形成调研报告"],
    ["农村产品上行（促销）", "开展农村产品网络促销活动成效明显", "1-2分", 1, "受疫情影响线下活动减少"],
    ["农村产品上行（标准溯源）", "出台农产品电商交易标准，建立冷链、溯源系统", "1-2分", 1, "溯源系统在建"],
    ["制度建立", "建立科学有效的资金管理制度且得到有效落实", "1-5分", 4, null],
    ["资金台账", "项目承建方建立资金专用台账，账目完整", "1-5分", "5分", null],
    ["资金支出", "资金支出率70%以上，且根据创建进度及时拨付", "1-5分", "3分", "拨付率刚过70%"],
  ];
  J.forEach(([a, b, c, p, why], i) => {
    rows.push([i + 1, a, b, null, c, p, why]);
    merges.push(`C${rows.length}:D${rows.length}`);
  });
  rows.push([]);
  rows.push(["填表人：詹××　　联系电话：0768-86×××××　　2021年9月7日"]);
  merges.push(`A${rows.length}:H${rows.length}`);
  const Jvals = J.map((j) => j[3]).filter((p) => p !== "—").map((p) => Number(String(p).replace("分", "")));
  assert(Jvals.length === 9 && sum(Jvals) === sum(Object.values(judged)), "f1 judged table");
  assert(last1 === 21, "f1 task rows end at row 21: " + last1);
  return {
    description:
      "饶平县电商进农村领导小组办公室的《重点任务分解及完成情况表》（督办格式）：每行一项任务，有具体内容、牵头/配合单位、完成时限、完成情况、进度，事实都写在“完成情况”的文字里；“完成时限”（2020年6月底前等）是计划期限，不是事实（中心运营日期取完成情况里的2020年9月29日）。标题“（截至2021年8月31日）”是截止日期，第二行“总体完成进度：约85%”。要点：组长是“县委常委、常务副县长”（副职，deputy）；扶持政策“尚未出台”（false），摄影美工有、其他衍生增值服务没提（不列）；行政村366个（不含34个社区）、21个贫困村；快递通达率96.7%（false）；常住人口87.3万人（5,000是应培训数，9,145才是培训人次）；农村网络零售额只给2020年38.62亿元和增速27.4%，农产品6.85亿元和增速41.2%，没有2019年数；专栏公开方案、项目信息、每月进度，但窗口“尚未设立”（false）；资金1500万元、拨付1,062.7万元。下方第二个表是评判项自评分，分值有“2分”文字和数字两种，政策支持写“—”（不列）。",
    sheets: [{ name: "任务完成情况", rows, merges }],
    expect: {
      facts: {
        county: "饶平县", asOf: "2021-08-31", overallProgress: 0.85, planIssued: true, policyIssued: false,
        centerOpened: "2020-09-29", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        parkBuilt: true, thirdPartyOperator: true, adminVillagesStated: 366, poorVillagesStated: 21, expressCoverage: false,
        residentPopulation: 873000, trainingPersonTimesStated: 9145, eligiblePoorPersonsStated: 2046, trainedPoorPersonsStated: 1187,
        ruralRetail2020: 3862000000, ruralRetailGrowthStated: 0.274, agriRetail2020: 685000000, agriRetailGrowthStated: 0.412,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 10627000, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false,
      },
      judged,
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 河源龙川县: the provincial online system's export (codes, units per row, coded answers, legend sheet).
// =====================================================================================================
function buildF2() {
  const a19 = 35210;
  const a20 = 47950;
  const r19 = 152380;
  const r20 = 187640;
  assert(((a20 - a19) / a19 * 100).toFixed(2) === "36.18", "f2 agri growth");
  assert(pct1(r20 - r19, r19) === "23.1%", "f2 rural growth below 30%");
  const rows = [];
  rows.push(["报表名称：省级电子商务进农村综合示范县考评基础数据表（表号：粤商电农01表）"]);
  rows.push(["填报单位：河源市龙川县商务局　　报告期：2021年　　导出时间：2021-09-14 10:22:31　　状态：市级已审核"]);
  rows.push(["序号", "指标代码", "指标名称", "计量单位", "填报值", "数据来源", "最后修改时间", "修改人"]);
  let n = 0;
  const F = (code, name, unit, val, src, t) => rows.push([++n, code, name, unit, val, src || null, t || "2021-09-13 16:05:22", "lcswj01"]);
  F("JB01", "县（市、区）名称", "文本", "龙川县", "—");
  F("JB02", "考评截止日期", "YYYYMMDD", 20210831, "—");
  F("JB03", "常住人口", "人", 707540, "县统计局（七普）", "2021-09-10 09:41:03");
  F("JB04", "行政村数（不含社区）", "个", 345, "县民政局");
  F("JB05", "省定贫困村数", "个", 61, "县乡村振兴局");
  F("ZZ01", "示范创建工作牵头领导级别", "代码", 1, "县政府文件");
  F("ZZ02", "参与部门（多选）", "代码", "01,02,03,05,07", "县政府文件");
  F("ZZ03", "是否正式印发示范县工作方案", "代码", 1, "县政府文件");
  F("ZZ04", "是否出台支持农村电商发展的政策", "代码", 1, "县政府文件");
  F("FW01", "县级电商公共服务中心投入运营日期", "YYYYMMDD", 20200526, "县商务局");
  F("FW02", "有免费培训场所、培训设备，能组织电商基础培训", "代码", 1);
  F("FW03", "为特色农产品提供免费展示、销售服务", "代码", 1);
  F("FW04", "为电子商务市场主体提供免费摄影、美工服务", "代码", 2);
  F("FW05", "组织农产品统一推广、指导特色农产品品牌建设", "代码", 1);
  F("FW06", "为电子商务发展提供其他衍生增值服务", "代码", 1);
  F("FW07", "建设或整合、优化当地电商产业园", "代码", 1);
  F("SX01", "有专业第三方电子商务运营或服务商", "代码", 1);
  F("SX02", "行政村物流快递覆盖率达100%", "代码", 1, "市邮政管理局");
  F("SX03", "2019年农村网络零售额", "万元", r19, "省商务厅监测");
  F("SX04", "2020年农村网络零售额", "万元", r20, "省商务厅监测");
  F("SX05", "2019年农产品网络零售额", "万元", a19, "省商务厅监测");
  F("SX06", "2020年农产品网络零售额", "万元", a20, "省商务厅监测");
  F("SX07", "2020年农村网络零售额同比增速", "%", null, null);
  F("SX08", "2020年农产品网络零售额同比增速", "%", 36.18, "系统自动计算");
  F("PX01", "累计培训人次", "人次", 7316, "县商务局");
  F("PX02", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", 4875, "县乡村振兴局");
  F("PX03", "参加培训的建档立卡贫困人口数（不重复）", "人", 2214, "县乡村振兴局");
  F("GK01", "专栏公示创建方案", "代码", 1);
  F("GK02", "专栏公示项目基本信息", "代码", 1);
  F("GK03", "专栏公示项目建设进度", "代码", 1);
  F("GK04", "专栏设立征求意见或监督举报窗口", "代码", 2);
  F("GK05", "能统计电商扶贫情况", "代码", 1);
  F("ZJ01", "下达资金总额", "元", "15000000.00", "县财政局");
  F("ZJ02", "累计拨付资金", "元", "11,204,386.50", "县财政局");
  F("ZJ03", "已制定资金管理制度", "代码", 1);
  F("ZJ04", "已建立资金专用台账", "代码", 1);
  F("ZJ05", "项目总体进度", "%", "83.50", "县商务局");
  F("FJ01", "是否发生安全生产、质量事故或重大经济损失", "代码", 2);
  F("FJ02", "是否存在弄虚作假情形", "代码", 2);
  const judged = {
    "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
  };
  const PF = [["PF01", "自评分：方案制定（1-2）", "org.plan"], ["PF02", "自评分：政策支持（1-2）", "org.policy"],
    ["PF03", "自评分：项目管理制度（1-2）", "org.management.system"], ["PF04", "自评分：工作台账（1-2）", "org.management.ledger"],
    ["PF05", "自评分：网销调研及建议（1-2）", "work.upward.research"], ["PF06", "自评分：网络促销活动（1-2）", "work.upward.promotion"],
    ["PF07", "自评分：交易标准及冷链溯源（1-2）", "work.upward.standards"], ["PF08", "自评分：资金管理制度（1-5）", "fund.system"],
    ["PF09", "自评分：资金台账（1-5）", "fund.ledger"], ["PF10", "自评分：资金及时拨付（1-5）", "fund.spending"]];
  for (const [c, l, k] of PF) F(c, l, "分", judged[k], "县商务局自评");
  rows.push(["共 " + n + " 条"]);
  assert(n === 49, "f2 field count " + n);
  const legend = [
    ["代码说明（粤商电农01表）"],
    ["代码类别", "代码", "含义"],
    ["是否类指标", 1, "是"], [null, 2, "否"],
    ["牵头领导级别（ZZ01）", 1, "县（市、区）政府主要领导"], [null, 2, "县（市、区）政府分管领导"], [null, 3, "其他"],
    ["参与部门（ZZ02，多选以英文逗号分隔）", "01", "商务"], [null, "02", "财政"], [null, "03", "农业农村"], [null, "04", "扶贫（乡村振兴）"],
    [null, "05", "交通运输"], [null, "06", "市场监管"], [null, "07", "邮政管理"], [null, "08", "其他"],
    ["说明：日期按YYYYMMDD填报；金额、人口按“计量单位”列所示单位填报；未填报的指标填报值为空。"],
  ];
  const params = [["导出参数"], ["用户", "lcswj01"], ["区划代码", "441622"], ["导出格式", "xlsx"], ["导出范围", "本单位"]];
  return {
    description:
      "龙川县商务局从省里“电子商务进农村综合示范考评”网上填报系统导出的基础数据表：前两行是表名和填报单位/报告期/导出时间/审核状态（导出时间不是截止日期），表头“序号｜指标代码｜指标名称｜计量单位｜填报值｜数据来源｜最后修改时间｜修改人”，一个指标一行。是否类填代码（1=是，2=否，第二张表“代码说明”是图例），所以FW04免费摄影美工、GK04监督举报窗口、FJ01事故、FJ02弄虚作假的“2”都是否。单位看“计量单位”列：常住人口707540“人”、零售额“万元”、资金“元”（文本“15000000.00”“11,204,386.50”）、总体进度“83.50”%，日期是数字20210831、20200526。牵头领导级别代码1（主要领导），参与部门“01,02,03,05,07”缺04扶贫（乡村振兴），所以是principal而不是principal-all。SX07农村网络零售额增速没填（空，不列），SX08农产品增速36.18%。PF01–PF10是十个评判项自评分。隐藏的“导出参数”表不是事实。",
    sheets: [
      { name: "基础数据", rows, merges: ["A1:H1", "A2:H2", `A${rows.length}:H${rows.length}`] },
      { name: "代码说明", rows: legend, merges: ["A1:C1", "A3:A4", "A5:A7", "A8:A15", "A16:C16"] },
      { name: "导出参数", rows: params, hidden: true },
    ],
    expect: {
      facts: {
        county: "龙川县", asOf: "2021-08-31", residentPopulation: 707540, adminVillagesStated: 345, poorVillagesStated: 61,
        planIssued: true, policyIssued: true, centerOpened: "2020-05-26", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: r19 * 10000, ruralRetail2020: r20 * 10000, agriRetail2019: a19 * 10000, agriRetail2020: a20 * 10000,
        agriRetailGrowthStated: 0.3618, trainingPersonTimesStated: 7316, eligiblePoorPersonsStated: 4875, trainedPoorPersonsStated: 2214,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11204386.5, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.835,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f3 — 汕尾海丰县: 情况汇总 with several “标签：值” lines inside one cell.
// =====================================================================================================
function buildF3() {
  assert(pct1(318 - 243, 243) === "30.9%", "f3 growth");
  assert(pct1(1018, 1352) === "75.3%", "f3 poor rate");
  const L = (...lines) => lines.join("\n");
  const judged = {
    "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
  };
  const rows = [];
  rows.push(["海丰县电子商务进农村综合示范创建情况汇总"]);
  rows.push(["数据截至：2021年8月31日", null, "海丰县商务局 电商股"]);
  rows.push(["类别", "情况（一行一项）", "佐证材料"]);
  rows.push(["基本情况", L("户籍人口：87.6万；常住人口：75.37万（七普）", "行政村：248个（另社区26个）", "省定贫困村：21个"), "A-01 统计公报、民政区划表"]);
  rows.push(["组织领导", L("领导小组：组长 县委书记 黄××；常务副组长 县长 林××",
    "成员单位：县商务局、财政局、农业农村局、乡村振兴局、供销社、邮政分公司",
    "工作方案：《海丰县电子商务进农村综合示范县创建实施方案》（海府办〔2019〕61号）已印发",
    "扶持政策：《海丰县促进电子商务发展扶持办法》（海府〔2020〕17号）"), "A-02 领导小组文件、方案、政策"]);
  rows.push(["服务体系", L("公共服务中心投入运营：2020年12月（此前2020年10月完成装修验收）",
    "中心服务：免费培训（有）、免费展示销售（有）、免费摄影美工（有）、统一推广品牌（有）、其他增值服务（无）",
    "电商产业园：已建成（整合海城镇原电商孵化基地）",
    "第三方运营：汕尾市海丰电商运营服务有限公司（2020年8月中标）",
    "快递进村：行政村全覆盖（100%）"), "B-01 中心运营照片、产业园入驻企业名单"]);
  rows.push(["农村产品上行", L("农村网络零售额：2019年24.3亿元；2020年31.8亿元（+30.9%）",
    "农产品网络零售额：2020年4.62亿元"), "C-01 省商务厅监测数据"]);
  rows.push(["人才培训", L("培训：累计5,862人次",
    "建档立卡贫困人口（有劳动能力、未外出务工）：1,352人",
    "其中参训：1,018人，培训率75.3%"), "D-01 培训签到表、贫困户名单"]);
  rows.push(["信息公开及报送", L("专栏公示：创建方案√　项目信息√　建设进度√　监督举报窗口√",
    "月报：每月5日前报汕尾市商务局，附电商扶贫统计表"), "E-01 网站截图、报送记录"]);
  rows.push(["资金管理", L("下达资金：1500万元", "累计拨付：1172.6万元（截至2021年8月31日），另有9月拨付68万元未计入",
    "资金管理：制定《海丰县电子商务进农村综合示范专项资金管理办法》；建立资金专用台账",
    "总体进度：92%"), "F-01 拨付凭证、资金台账"]);
  rows.push(["一票否决事项", L("安全生产、质量事故：无", "弄虚作假：无"), null]);
  rows.push(["评判项自评", L("方案制定2分；政策支持2分；项目管理制度2分、工作台账2分；", "网销调研2分；促销活动2分；标准溯源1分；",
    "资金管理制度5分；资金台账4分；资金拨付5分"), null]);
  rows.push(["填表：蔡××（13×××××××××）"]);
  const flat = JSON.stringify(rows);
  const jm = [...flat.matchAll(/(\d)分/g)].map((m) => Number(m[1]));
  assert(jm.length === 10 && sum(jm) === sum(Object.values(judged)), "f3 judged in the cell");
  assert(rows.slice(3, 12).every((r) => typeof r[1] === "string" && r[1].includes("\n")), "f3 every content cell has several lines");
  return {
    description:
      "海丰县商务局电商股的“情况汇总”：三列（类别｜情况（一行一项）｜佐证材料），每个类别的所有事实挤在一个单元格里用Alt+Enter换行，每行“标签：值”。要点：户籍人口87.6万与常住人口75.37万在同一行，取常住；行政村248个（社区26个另计）；组长县委书记、常务副组长县长，成员单位含商务、财政、农业农村、乡村振兴（principal-all）；中心“投入运营：2020年12月”只到月（装修验收的10月不是运营日期）；中心五项服务在一行里用“（有）/（无）”标，其他增值服务无（false）；第三方运营商写公司名（true）；零售额用“亿元”，2019年24.3亿、2020年31.8亿、增速“+30.9%”，农产品只有2020年4.62亿；专栏四项用“√”；拨付1172.6万元（9月另拨的68万元不算）；总体进度92%；否决两项都“无”；评判项自评全部写在最后一个单元格里。",
    sheets: [{ name: "情况汇总", rows, merges: ["A1:C1", "A2:B2", "A13:C13"] }],
    expect: {
      facts: {
        county: "海丰县", asOf: "2021-08-31", residentPopulation: 753700, adminVillagesStated: 248, poorVillagesStated: 21,
        planIssued: true, policyIssued: true, centerOpened: "2020-12", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2430000000, ruralRetail2020: 3180000000, ruralRetailGrowthStated: 0.309, agriRetail2020: 462000000,
        trainingPersonTimesStated: 5862, eligiblePoorPersonsStated: 1352, trainedPoorPersonsStated: 1018,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11726000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.92,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 清远英德市: 站点管理平台导出, 培训班次 (merged 参训人次 group, a merged date over two rows, quarter 小计 rows),
// 入驻企业 (在园 table and 已迁出 table on one sheet), and a 汇总 sheet that is not a ledger.
// =====================================================================================================
function buildL1() {
  const DIV = "441881";
  const towns = ["英城街道", "大站镇", "望埠镇", "横石水镇", "桥头镇", "青塘镇", "白沙镇", "大洞镇", "英红镇", "浛洸镇", "大湾镇",
    "石灰铺镇", "石牯塘镇", "下太镇", "波罗镇", "横石塘镇", "黄花镇", "九龙镇", "东华镇", "西牛镇", "连江口镇", "黎溪镇", "水边镇", "沙口镇"];
  const A1 = "黄石新东西南北高长白坪岭上下大小龙凤莲竹沙田和";
  const A2 = ["坑", "塘", "岗", "岭", "田", "湾", "洞", "头", "围", "寨", "坝", "口", "联", "光", "安", "丰", "江", "溪"];
  const used = new Set();
  const st = [];
  const n = 30;
  for (let i = 0; i < n; i++) {
    const town = towns[rint(0, towns.length - 1)];
    let v;
    do v = A1[rint(0, A1.length - 1)] + A2[rint(0, A2.length - 1)] + "村"; while (used.has(v) || v[0] === v[1]);
    used.add(v);
    st.push({ town, v, comm: false });
  }
  st[4] = { town: "英城街道", v: "和平社区", comm: true };
  st[17] = { town: "英城街道", v: "城南社区", comm: true };
  // opening datetimes, not in 编号 order
  const opens = [];
  for (let i = 0; i < n; i++) opens.push(randIsoBetween("2020-05-10", "2021-08-28"));
  opens[9] = "2021-09-02";
  opens[23] = "2021-09-14";
  const sRows = [];
  sRows.push(["清远市农村电商服务站点管理平台 — 站点信息导出"]);
  sRows.push(["查询条件：所属区域=英德市；站点类型=村级站点；导出人：yd_swj；导出时间：2021/9/15 17:03"]);
  sRows.push(["站点编号", "站点名称", "所属区域", "详细地址", "经度", "纬度", "站长", "站长手机", "开通时间", "站点状态"]);
  const recs = [];
  st.forEach((s, i) => {
    const [y, m, d] = ymd(opens[i]);
    const when = `${y}/${m}/${d} ${rint(8, 17)}:${String(rint(0, 59)).padStart(2, "0")}`;
    const unit = s.comm ? s.v + "居委会" : s.v.replace(/村$/, "村委会");
    const region = `清远市/英德市/${s.town}/${unit}`;
    const name = s.comm ? `英德市${s.v}电商服务站` : i % 2 ? `${s.v}农村电商服务站` : `英德市${s.town}${s.v}电子商务服务站`;
    const lng = (112.95 + rnd() * 0.55).toFixed(6);
    const lat = (23.85 + rnd() * 0.55).toFixed(6);
    sRows.push([`QY-YD-${String(i + 1).padStart(4, "0")}`, name, region, `${s.town}${s.v}${["村委会旁", "圩" + rint(2, 60) + "号", "综合服务中心一楼", "文化室"][rint(0, 3)]}`, Number(lng), Number(lat), personName(),
      "1" + ["35", "36", "37", "38", "39", "58", "88"][rint(0, 6)] + "****" + String(rint(0, 9999)).padStart(4, "0"), when, i === 12 ? "整改中" : "正常"]);
    recs.push({ village: s.v, opened: opens[i] });
  });
  sRows.push(["共 " + n + " 条"]);
  assert(recs.filter((r) => r.opened > "2021-08-31").length === 2, "l1 two stations after the cut");

  // ---------------- 培训班次
  const tRows = [];
  const tMerges = ["A1:K1"];
  tRows.push(["英德市电子商务培训班次登记表（2020年10月—2021年9月）"]);
  tRows.push(["序号", "培训日期", "培训主题", "培训对象", "培训地点", "参训人次", null, null, "其中贫困户（人次）", "授课单位", "备注"]);
  tRows.push([null, null, null, null, null, "男", "女", "小计", null, null, null]);
  tMerges.push("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:E3", "F2:H2", "I2:I3", "J2:J3", "K2:K3");
  // [date cell, iso, topic, object, place, male, female, note]
  const S = [
    ["Q", "2020年第四季度"],
    [D("2020-10-15"), "2020-10-15", "电商基础知识普及", "返乡青年", "市电商公共服务中心", 31, 27],
    ["2020年11月17日-19日", "2020-11-19", "英德红茶网店运营", "茶企、合作社", "英红镇政府", 22, 30],
    ["2020.12.8", "2020-12-08", "短视频拍摄与剪辑（上午场）", "种养大户", "浛洸镇文化站", 18, 15, "same"],
    [null, "2020-12-08", "直播带货实操（下午场）", "种养大户", "浛洸镇文化站", 20, 19],
    ["q", "2020年第四季度小计"],
    ["Q", "2021年第一季度"],
    ["2021年1月", "2021-01", "农产品电商线上公益课（直播）", "贫困户、村干部", "线上", 64, 71, null, "具体日期见直播平台记录"],
    [D("2021-03-11"), "2021-03-11", "村级站点站长业务培训", "站长", "市电商公共服务中心", 26, 12],
    ["q", "2021年第一季度小计"],
    ["Q", "2021年第二季度"],
    ["2021/4/20-21", "2021-04-21", "麻竹笋电商营销", "合作社", "黎溪镇政府", 25, 21],
    ["2021.5.26", "2021-05-26", "电商客服与售后", "电商从业人员", "市电商公共服务中心", 14, 33],
    [D("2021-06-17"), "2021-06-17", "农村电商创业辅导", "退役军人", "连江口镇文化站", 36, 5],
    ["q", "2021年第二季度小计"],
    ["Q", "2021年第三季度"],
    ["2021年7月6日-8日", "2021-07-08", "乡村旅游电商推广", "民宿经营户", "九龙镇政府", 17, 24],
    ["2021.8.24", "2021-08-24", "英德红茶直播带货提升班", "茶企主播", "市电商公共服务中心", 12, 29],
    [D("2021-09-09"), "2021-09-09", "电商基础知识普及", "村民", "西牛镇文化站", 28, 26, null, "考评截止后"],
    ["q", "2021年第三季度小计"],
  ];
  const trRecs = [];
  let seq = 0;
  let qSum = 0;
  let qPoor = 0;
  let all = 0;
  let allPoor = 0;
  for (const e of S) {
    if (e[0] === "Q") {
      tRows.push([e[1]]);
      tMerges.push(`A${tRows.length}:K${tRows.length}`);
      qSum = 0;
      qPoor = 0;
      continue;
    }
    if (e[0] === "q") {
      tRows.push([e[1], null, null, null, null, null, null, qSum, qPoor, null, null]);
      tMerges.push(`A${tRows.length}:G${tRows.length}`);
      continue;
    }
    const [cell, iso, topic, obj, place, m, f, flag, note] = e;
    seq++;
    const tot = m + f;
    const poor = obj.includes("贫困户") ? Math.round(tot * 0.6) : Math.round(tot * (0.1 + rnd() * 0.2));
    tRows.push([seq, cell, topic, obj, place, m, f, tot, poor, seq % 2 ? "英德市电子商务公共服务中心" : "清远市农村电商学院", note || null]);
    if (flag === "same") tMerges.push(`B${tRows.length}:B${tRows.length + 1}`);
    trRecs.push({ date: iso, personTimes: tot });
    qSum += tot;
    qPoor += poor;
    all += tot;
    allPoor += poor;
  }
  tRows.push(["总计", null, null, null, null, null, null, all, allPoor, null, null]);
  tMerges.push(`A${tRows.length}:G${tRows.length}`);
  assert(trRecs.length === 12 && trRecs[3].date === "2020-12-08", "l1 sessions");
  assert(all === sum(trRecs.map((r) => r.personTimes)), "l1 total");

  // ---------------- 入驻企业
  const E = (nm, t, en, lf, enCell, lfCell) => ({ nm, t, en, lf, enCell, lfCell, code: creditCode(DIV) });
  const cur = [
    E("英德市红茶电子商务有限公司", "销售型", "2020-08-12"), E("清远市英州云商网络科技有限公司", "平台型", "2020-08-12"),
    E("英德市积庆里茶业电商部", "销售型", "2020-09-03"), E("英德市城乡通物流有限公司", "物流快递", "2020-09-21"),
    E("清远市农e购供应链管理有限公司", "平台型", "2020-10-19"), E("英德市好山好水电商运营有限公司", "运营服务商", "2020-11-02"),
    E("英德市麻竹笋农产品网店", "销售型（网店）", "2020-12-14"), E("英德市连江直播传媒有限公司", "直播机构", "2021-01-18"),
    E("英德市九龙豆腐电子商务有限公司", "销售型（网店）", "2021-03-29"), E("清远市顺鸿冷链仓储有限公司", "物流快递", "2021-05-10"),
    E("英德市乡村优选电商服务有限公司", "运营服务商", "2021-07-05"), E("英德市西牛麻竹笋专业合作社", "销售型", "2021-09-06"),
  ];
  const gone = [
    E("英德市英红镇电商创业工作室", "销售型", "2020-11", "2021-05-31", "2020.11", "2021.5.31"),
    E("清远市速达同城配送有限公司", "物流快递", "2020-09", "2021-03-15", "2020.9", "2021.3.15"),
    E("英德市茶乡网络科技有限公司", "平台型", "2020-12", "2021-09-10", "2020.12", "2021.9.10"),
  ];
  const eRows = [];
  eRows.push(["英德市电子商务产业园在园企业名单"]);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "房号"]);
  const roomNos = ["101", "102", "103", "105", "106", "201", "202", "203", "205", "206", "301", "302"];
  cur.forEach((e, i) => eRows.push([i + 1, e.nm, e.code, e.t, D(e.en), roomNos[i]]));
  eRows.push([]);
  const g0 = eRows.length + 1;
  eRows.push(["已迁出企业名单"]);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "迁出时间", "迁出原因"]);
  gone.forEach((e, i) => eRows.push([i + 1, e.nm, e.code, e.t, e.enCell, e.lfCell, ["业务调整", "合同到期不续租", "迁至清远市区"][i]]));
  eRows.push(["备注：在园企业按入驻时间排列；已迁出企业保留记录备查。"]);
  const eRecs = cur.map((e) => ({ name: e.nm, type: e.t, entered: e.en, left: null }))
    .concat(gone.map((e) => ({ name: e.nm, type: e.t, entered: e.en, left: e.lf })));

  // ---------------- 汇总 (not a ledger)
  const summary = [
    ["英德市电商进农村工作情况汇总（根据各台账统计）"],
    ["项目", "数量", "单位", "说明"],
    ["村级电商服务站点", n, "个", "平台导出，含社区站点2个"],
    ["培训班次", trRecs.length, "期", "2020年10月—2021年9月"],
    ["培训人次", all, "人次", "含2021年9月"],
    ["在园企业", cur.length, "家", "另有已迁出企业" + gone.length + "家"],
  ];
  return {
    description:
      "英德市商务局的电商进农村台账工作簿。“站点信息导出”来自清远市农村电商服务站点管理平台：两行查询说明在表头上方，所属区域是“清远市/英德市/英红镇/XX村委会”这样的斜杠路径（村取最后一段，两个社区站点的最后一段是居委会），有经纬度数字列，开通时间是“2021/9/2 10:05”式的日期时间文本（两站在9月开通，照录），末行“共 30 条”。“培训班次”两行表头，“参训人次”合并在男/女/小计三列之上（每期人次取小计），按季度分段（季度标题行和“小计”行、最后的“总计”行都不是记录），2020年12月8日上午、下午两场的日期单元格上下合并（下午场日期同上），日期有“2020年11月17日-19日”（取19日）、“2021年1月”（只到月）、“2021/4/20-21”、“2021.8.24”等写法。“入驻企业”一张表上两个表：上面在园企业（真日期），下面“已迁出企业”（入驻时间只到月“2020.11”，迁出时间“2021.5.31”）。“汇总”表不是台账。",
    sheets: [
      { name: "站点信息导出", rows: sRows, merges: ["A1:J1", "A2:J2", `A${sRows.length}:J${sRows.length}`] },
      { name: "培训班次", rows: tRows, merges: tMerges },
      { name: "入驻企业", rows: eRows, merges: ["A1:F1", `A${g0}:G${g0}`, `A${eRows.length}:G${eRows.length}`] },
      { name: "汇总", rows: summary, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "站点信息导出": { kind: "stations", records: recs },
        "培训班次": { kind: "training", records: trRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "汇总": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 韶关始兴县: 三栏式明细账 (funds), 发文登记簿 (reports), 专栏更新 by month (disclosures), 宣传报道 (media), 封面.
// =====================================================================================================
function buildL2() {
  // ---------------- 明细账
  const entries = {
    2020: [
      [4, 17, 12, "支付县电商公共服务中心装修工程款（首期）", 860000],
      [4, 28, 19, "支付公共服务中心办公设备款", 236480],
      [5, 29, 35, "支付村级站点建设款（第一批22个）", 418000],
      [7, 10, 52, "支付电商培训服务费（第一期）", 128600],
      [7, 24, 58, "支付县级物流分拣中心设备款", 392750],
      [9, 18, 77, "支付第三方运营服务费（2020年1—6月）", 300000],
      [11, 20, 96, "支付村级站点建设款（第二批26个）", 494000],
      [12, 22, 113, "支付农产品品牌推广活动费", 186320.5],
    ],
    2021: [
      [1, 26, 8, "支付电商培训服务费（第二期）", 142300],
      [3, 12, 27, "支付第三方运营服务费（2020年7—12月）", 300000],
      [3, 30, 33, "支付农产品溯源系统建设款", 268500],
      [5, 21, 61, "支付村级站点建设款（第三批18个）", 342000],
      [6, 30, 80, "支付冷链仓储设备款", 415600],
      [8, 13, 97, "支付镇级物流配送站建设款", 237900],
      [8, 31, 105, "支付电商培训服务费（第三期）", 96450],
      [9, 17, 118, "支付第三方运营服务费（2021年1—6月）", 300000],
    ],
  };
  const m2 = (x) => Math.round(x * 100) / 100;
  const fRows = [];
  const fMerges = [];
  const fRecs = [];
  fRows.push(["明 细 分 类 账"]);
  fMerges.push("A1:I1");
  fRows.push(["科目：专项支出——电子商务进农村综合示范项目", null, null, null, null, null, null, "单位：元", null]);
  fMerges.push("A2:G2", "H2:I2");
  const header = (y) => {
    fRows.push([y + "年", null, "凭证", null, "摘要", "借方", "贷方", "借或贷", "余额"]);
    const r = fRows.length;
    fMerges.push(`A${r}:B${r}`, `C${r}:D${r}`, `E${r}:E${r + 1}`, `F${r}:F${r + 1}`, `G${r}:G${r + 1}`, `H${r}:H${r + 1}`, `I${r}:I${r + 1}`);
    fRows.push(["月", "日", "字", "号", null, null, null, null, null]);
  };
  let yearDebit2020 = 0;
  for (const y of [2020, 2021]) {
    header(y);
    let bal = 0;
    let yearSum = 0;
    let lastMonth = null;
    let pageRows = 0;
    const list = entries[y];
    list.forEach(([m, d, no, memo, amt], i) => {
      bal = m2(bal + amt);
      yearSum = m2(yearSum + amt);
      fRows.push([m === lastMonth ? null : m, d, "记", no, memo, amt, null, "借", bal]);
      lastMonth = m;
      pageRows++;
      fRecs.push({ date: `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, amount: amt });
      const next = list[i + 1];
      if (!next || next[0] !== m) {
        const monthSum = m2(sum(list.filter((x) => x[0] === m).map((x) => x[4])));
        if (y === 2020 && !next) {
          // year-end closing entry on 31 December: the year's spending is carried out on the credit side
          fRows.push([null, 31, "记", 120, "结转本年支出", null, yearSum, "平", 0]);
          fRows.push([null, null, null, null, "本月合计", monthSum, yearSum, "平", 0]);
          fRows.push([null, null, null, null, "本年累计", yearSum, yearSum, "平", 0]);
        } else {
          fRows.push([null, null, null, null, "本月合计", monthSum, null, "借", bal]);
          fRows.push([null, null, null, null, "本年累计", yearSum, null, "借", bal]);
        }
        pageRows += 2;
      }
      if (y === 2020 && pageRows >= 10 && next) {
        fRows.push([null, null, null, null, "过次页", yearSum, null, "借", bal]);
        fRows.push([null, null, null, null, "承前页", yearSum, null, "借", bal]);
        pageRows = 0;
      }
    });
    if (y === 2020) {
      yearDebit2020 = yearSum;
      fRows.push([]);
    }
  }
  fRows.push(["会计主管：何××　　记账：朱××"]);
  assert(yearDebit2020 === 3016150.5, "l2 2020 debits " + yearDebit2020);
  assert(fRecs.length === 16 && fRecs.every((r) => r.amount > 0), "l2 funds records");
  assert(fRows.some((r) => r[4] === "过次页") && fRows.some((r) => r[4] === "承前页"), "l2 page rows present");
  assert(fRows.filter((r) => r[0] === null && r[1] !== null && r[3] !== null).length >= 4, "l2 some rows carry the month down");

  // ---------------- 发文登记簿
  const reps = [
    ["2020-08-06", 27, "2020年7月", true],
    ["2020-09-04", 31, "2020年8月", true],
    ["2020-10-10", 35, "2020年9月", true],
    ["2020-11-06", 39, "2020年10月", true],
    ["2020-12-04", 44, "2020年11月", true],
    ["2021-01-08", 2, "2020年12月", true],
    ["2021-02-05", 6, "2021年1月", null],
    ["2021-03-05", 9, "2021年2月", true],
    ["2021-04-07", 13, "2021年3月", true],
    ["2021-04-20", 15, "专报", false],
    ["2021-05-08", 18, "2021年4月", true],
    ["2021-06-04", 22, "2021年5月", true],
    ["2021-07-06", 26, "2021年6月", false],
    ["2021-08-05", 30, "2021年7月", true],
    ["2021-09-06", 34, "2021年8月", true],
  ];
  const rRows = [];
  const rMerges = [];
  rRows.push(["始兴县商务局发文登记簿（报送市商务局部分）"]);
  rMerges.push("A1:F1");
  rRows.push(["日期", "文号", "文件标题", "主送单位", "报送方式", "附电商扶贫统计表"]);
  let yr = null;
  for (const [iso, no, mon, pov] of reps) {
    const [y, m, d] = ymd(iso);
    if (y !== yr) {
      yr = y;
      rRows.push([y === 2020 ? "二〇二〇年" : "二〇二一年"]);
      rMerges.push(`A${rRows.length}:F${rRows.length}`);
    }
    const title = mon === "专报" ? "关于报送始兴县电商助力枇杷销售情况的专报" : `关于报送始兴县${mon}电子商务进农村综合示范工作进展情况的报告`;
    rRows.push([`${m}月${d}日`, `始商务报〔${y}〕${no}号`, title, "韶关市商务局", no % 2 ? "粤政易" : "公文交换", pov === null ? null : pov ? "√" : "×"]);
  }
  const rRecs = reps.map(([iso, , , pov]) => ({ date: iso, poverty: pov }));

  // ---------------- 专栏更新 (one row a month, dates in one cell)
  const disc = [
    ["2020年9月", ["2020-09-04", "2020-09-25"], "8月建设进度；第二批站点建设公示"],
    ["2020年10月", ["2020-10-16"], "9月建设进度"],
    ["2020年11月", ["2020-11-06", "2020-11-27"], "10月建设进度；培训通知"],
    ["2020年12月", ["2020-12-11"], "11月建设进度"],
    ["2021年1月", ["2021-01-08"], "12月建设进度"],
    ["2021年2月", [], "—"],
    ["2021年3月", ["2021-03-05", "2021-03-19", "2021-03-31"], "1—2月建设进度；资金使用情况；溯源系统招标公告"],
    ["2021年4月", ["2021-04-09"], "3月建设进度"],
    ["2021年5月", ["2021-05-14"], "4月建设进度"],
    ["2021年6月", ["2021-06-04", "2021-06-18"], "5月建设进度；第三批站点公示"],
    ["2021年7月", ["2021-07-09"], "6月建设进度"],
    ["2021年8月", ["2021-08-06"], "7月建设进度"],
    ["2021年9月", ["2021-09-10"], "8月建设进度"],
  ];
  const dRows = [];
  dRows.push(["始兴县人民政府网“电子商务进农村综合示范”专栏更新情况"]);
  dRows.push(["月份", "更新次数", "更新日期", "主要内容"]);
  disc.forEach(([mon, ds, what], i) => {
    const cell = ds.length === 0 ? "—" : ds.map((iso) => {
      const [, m, d] = ymd(iso);
      return i % 2 ? `${m}.${d}` : `${m}月${d}日`;
    }).join(i % 3 === 0 ? "、" : "；");
    dRows.push([mon, ds.length, cell, what]);
  });
  dRows.push(["合计", sum(disc.map((x) => x[1].length)), null, null]);
  dRows.push(["注：2021年2月因春节假期未更新，1—2月进度于3月5日合并发布。"]);
  const dRecs = disc.flatMap(([, ds]) => ds.map((iso) => ({ date: iso })));
  for (const [mon, ds] of disc) for (const iso of ds) assert(mon === `${ymd(iso)[0]}年${ymd(iso)[1]}月`, "l2 dates inside their month " + iso);

  // ---------------- 宣传报道
  const media = [
    ["2020.10.15", "2020-10-15", "始兴发布（县融媒体中心微信公众号）", "县融媒体中心", "始兴首批村级电商服务站挂牌", "否", "county", false],
    [D("2020-12-03"), "2020-12-03", "韶关日报 A3版", "市属媒体", "始兴：电商服务站成了村民“好帮手”", "否", "city", false],
    ["2021年1月21日", "2021-01-21", "韶关广播电视台《韶关新闻》", "市属媒体", "脱贫户网上卖枇杷 订单接不完", "是", "city", true],
    ["2021/4/27", "2021-04-27", "南方+客户端", "省属媒体", "始兴枇杷“触网”走俏大湾区", "否", "province", false],
    [D("2021-06-09"), "2021-06-09", "广东广播电视台珠江频道《今日关注》", "省属媒体", "山区县的电商脱贫路", "是", "province", true],
    ["2021.8.19", "2021-08-19", "人民网·广东频道", "中央媒体", "广东始兴：小站点撬动农产品大市场", "否", "national", false],
    ["2021年9月22日", "2021-09-22", "中央广播电视总台CCTV-17《田间示范秀》", "中央媒体", "始兴枇杷的网上“出山”路", "是", "national", true],
  ];
  const mRows = [];
  mRows.push(["始兴县电子商务进农村宣传报道登记"]);
  mRows.push(["序号", "刊播日期", "报道载体", "媒体类别", "标题", "是否电商扶贫典型案例"]);
  media.forEach(([cell, , carrier, cat, title, yes], i) => mRows.push([i + 1, cell, carrier, cat, title, yes]));
  mRows.push(["说明：媒体类别分中央媒体、省属媒体、市属媒体、县融媒体中心四类。"]);
  const mRecs = media.map(([, iso, , , , , level, tv]) => ({ date: iso, level, tv }));

  const cover = [
    ["始兴县电子商务进农村综合示范项目"], [null], ["资金及信息公开、宣传台账"], [null], ["2020—2021年度"], [null], ["始兴县商务局　编"],
    ["目录：1.专项资金明细账　2.发文登记簿　3.专栏更新情况　4.宣传报道登记"],
  ];
  return {
    description:
      "始兴县商务局的“资金及信息公开、宣传台账”工作簿。“专项资金明细账”是会计三栏式明细账：年份只写在表头（“2020年”合并在月、日两列之上，2021年另起一段表头），同月的第二笔起“月”留空（沿用上一行），每月后有“本月合计”“本年累计”，换页处有“过次页”“承前页”，12月31日“结转本年支出”记在贷方（月份沿用12月），这些都不是拨付；借方每一笔才是拨付记录（含2021年9月17日一笔），金额为元，有一笔带5角。“发文登记簿”只记报送韶关市商务局的文，年份是单独的“二〇二〇年”“二〇二一年”分隔行，日期列只写“9月4日”，附扶贫统计表用√/×，2月5日那条空白（null），4月20日的“专报”也是报送记录。“专栏更新”一月一行，更新日期几个写在一个单元格里（“9月4日、9月25日”“3.5；3.19；3.31”），年份取自月份列，2021年2月“—”没有更新；合计行和注不是记录。“宣传报道”的媒体类别写中央媒体/省属媒体/市属媒体/县融媒体中心，是否电视要从报道载体看（韶关广播电视台、广东广播电视台、CCTV-17是电视；南方+、人民网、公众号、报纸不是）。“封面”不是台账。",
    sheets: [
      { name: "封面", rows: cover, merges: ["A1:F1", "A3:F3", "A5:F5", "A7:F7", "A8:F8"] },
      { name: "专项资金明细账", rows: fRows, merges: fMerges },
      { name: "发文登记簿", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: dRows, merges: ["A1:D1", `A${dRows.length}:D${dRows.length}`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1", `A${mRows.length}:F${mRows.length}`] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "专项资金明细账": { kind: "funds", records: fRecs },
        "发文登记簿": { kind: "reports", records: rRecs },
        "专栏更新": { kind: "disclosures", records: dRecs },
        "宣传报道": { kind: "media", records: mRecs },
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

// cross-checks of stated facts against the sheets' own text
const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("２３６") && txt(c1).includes("2021.8.31") && txt(c1).includes("1,228.352万元"), "c1 text");
assert(txt(f1).includes("县委常委、常务副县长") && txt(f1).includes("尚未出台") && !txt(f1).includes("衍生增值"), "f1 text");
assert(txt(f2).includes("01,02,03,05,07") && txt(f2).includes("11,204,386.50") && txt(f2).includes("707540"), "f2 text");
assert(txt(f3).includes("75.37万") && txt(f3).includes("31.8亿元（+30.9%）") && txt(f3).includes("其他增值服务（无）"), "f3 text");
assert(txt(l2).includes("二〇二一年") && txt(l2).includes("过次页"), "l2 text");

write("counties", "b147-c1-dabu.json", c1);
write("facts", "b147-f1-raoping.json", f1);
write("facts", "b147-f2-longchuan.json", f2);
write("facts", "b147-f3-haifeng.json", f3);
write("ledgers", "b147-l1-yingde.json", l1);
write("ledgers", "b147-l2-shixing.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
