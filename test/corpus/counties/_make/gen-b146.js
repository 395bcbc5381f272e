// Batch 146 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md, the official indicator table
// and test/corpus/README.md only (helper/validation block adapted from gen-b144.js). Deterministic: seeded PRNG, no clock.
"use strict";
// Cases: c1 恩平市 (市局印发的基本情况调查表 with ☑/□ ticks + sideways 自评得分表; ledgers: 民政区划代码表, 贫困村 in
// two side-by-side blocks, 站点建设验收表 with a two-row header and a correction in a cell, 镇×月 培训人次 cross-tab,
// 园区房间登记 (vacant rooms, one firm in two rooms), 银行专户对账单, 粤政易发送记录, 网站文章列表 (title+date in one cell),
// 宣传报道, 经验材料), f1 怀集县 (PDF→Excel 自评报告, one line per row), f2 台山市 (中期评估/考评 two-year columns with 同左
// and an in-cell correction), f3 阳春市 (问卷星 export: one header row, one answer row), l1 郁南县 (村居 names in one cell
// per town with ★, 贫困人口 by household, 签到表 stacked sessions with two halves per row, hidden 下拉选项),
// l2 博罗县 (网站CMS导出 with 创建/发布/修改时间, 邮箱已发送 log, numbered-paragraph 经验材料, a pivot that is not a ledger).
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
let seed = 146146;
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
    assert(/^b146-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b146-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b146-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 江门恩平市: the city bureau's printed 基本情况调查表 filled in Excel (ticks ☑/□, one item with neither box ticked,
// full-width digits), a sideways 自评得分表 with a three-row merged header, and the ledgers evidencing it.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  // ---------------- villages: 民政 统计用区划代码表 (town rows carry 9-digit codes + "000"; they are not villages)
  const towns = [
    ["恩城街道", "001", ["石联村", "北郊村", "黎塘村", "沙岗村", "良朗村"], ["城南社区", "城北社区", "新平社区", "锦江社区", "恩新社区", "西门社区"]],
    ["横陂镇", "101", ["横陂村", "夏北村", "红星村", "钱岗村", "山坪村", "大龙村", "陂头村"], ["横陂圩社区"]],
    ["君堂镇", "102", ["君堂村", "江南村", "黄角村", "鳌峰村", "龙塘村", "岭南村", "大岭村"], ["君堂社区"]],
    ["圣堂镇", "103", ["圣堂村", "歇马村", "三联村", "南平村", "塘龙村", "凤朗村", "大湾村"], ["圣堂社区"]],
    ["牛江镇", "104", ["牛江村", "沙田村", "石塘村", "新桥村", "西坑村", "东岸村", "旧圩村"], ["牛江社区"]],
    ["沙湖镇", "105", ["沙湖村", "南坑村", "象山村", "上凯村", "云礼村", "平湖村", "北门村"], []],
    ["东成镇", "106", ["东成村", "长安村", "锦岗村", "朗北村", "南塘村", "新岗村", "横岗村"], ["东成社区"]],
    ["大槐镇", "107", ["大槐村", "福田村", "松柏村", "河朗村", "石坑村", "竹园村"], []],
    ["良西镇", "108", ["良西村", "龙湾村", "坑尾村", "山口村", "那西村", "东门村"], []],
    ["那吉镇", "109", ["那吉村", "白石村", "大坪村", "石门村", "坑口村", "黄坭村"], []],
    ["大田镇", "110", ["大田村", "朗新村", "合山村", "高园村", "岭背村", "莲塘村", "新圩村"], ["大田社区"]],
    ["朗底镇", "111", ["朗底村", "金湖村", "东平村", "木格村", "水楼村", "三江村"], []],
  ];
  const poor = ["红星村", "鳌峰村", "歇马村", "西坑村", "云礼村", "河朗村", "坑口村", "木格村"];
  const admin = [];
  const comms = [];
  const townOf = {};
  const vRows = [];
  vRows.push(["恩平市统计用区划代码和城乡划分代码（2020年）"]);
  vRows.push(["数据来源：恩平市民政局区划地名股系统导出；市商务局整理时未作改动"]);
  vRows.push(["统计用区划代码", "名称", "城乡分类代码", "备注"]);
  for (const [town, tc, vs, cs] of towns) {
    vRows.push(["440785" + tc + "000", town, null, "镇（街道）"]);
    cs.forEach((c, i) => {
      vRows.push(["440785" + tc + String(1 + i).padStart(3, "0"), c + "居委会", town === "恩城街道" ? "111" : "121", null]);
      comms.push(c);
      townOf[c] = town;
    });
    vs.forEach((v, i) => {
      vRows.push(["440785" + tc + String(201 + i), v.replace(/村$/, "村委会"), "220", null]);
      admin.push(v);
      townOf[v] = town;
    });
  }
  vRows.push(["注：代码末三位001—199为居民委员会，200—399为村民委员会；城乡分类代码111主城区、121镇中心区、220村庄。"]);
  vRows.push(["统计：12个镇（街道），村民委员会78个，居民委员会12个。"]);
  assert(admin.length === 78 && comms.length === 12, "c1 village counts " + admin.length + "/" + comms.length);
  assert(new Set(admin.concat(comms)).size === 90, "c1 names unique");
  assert(poor.every((p) => admin.includes(p)), "c1 poor in list");

  // ---------------- poor villages: two side-by-side blocks to fit one page
  const pRows = [["恩平市省定相对贫困村名单（8个）"], ["序号", "镇", "村名", null, "序号", "镇", "村名"]];
  for (let i = 0; i < 4; i++) {
    const a = poor[i];
    const b = poor[i + 4];
    pRows.push([i + 1, townOf[a], a, null, i + 5, townOf[b], b]);
  }
  pRows.push(["来源：市乡村振兴局（原市扶贫办）2016年认定名单"]);

  // ---------------- stations: two-row header (group cells merged), town subtotals, a corrected date, a variant name
  const uncovered = new Set(["东门村"]);
  const pool = admin.filter((v) => !poor.includes(v) && !["夏北村", "君堂村", "东门村"].includes(v));
  while (uncovered.size < 23) uncovered.add(pool[rint(0, pool.length - 1)]);
  const covered = admin.filter((v) => !uncovered.has(v));
  assert(covered.length === 55, "c1 55 covered");
  const sRows = [];
  sRows.push(["恩平市村级电子商务服务站点建设验收情况表"]);
  sRows.push(["填报单位：恩平市商务局", null, null, null, null, null, null, null, null, "统计至2021年9月20日"]);
  sRows.push(["序号", "站点基本情况", null, null, "建设及验收情况", null, null, "站点负责人", null, "备注"]);
  sRows.push([null, "站点名称", "所在镇（街）", "所在村（居）", "建成时间", "验收时间", "验收结论", "姓名", "联系电话", null]);
  const sMerges = ["A1:J1", "A2:I2", "A3:A4", "B3:D3", "E3:G3", "H3:I3", "J3:J4"];
  const stations = [];
  let seq = 0;
  const fmtOpened = (iso, k) => (k % 3 === 0 ? D(iso) : k % 3 === 1 ? dotDate(iso) : cnDate(iso));
  for (const [town, , vs, cs] of towns) {
    const list = [];
    for (const v of vs) {
      if (covered.includes(v)) list.push([v, randIsoBetween("2020-06-01", "2021-08-25")]);
      if (v === "君堂村") list.push([v, randIsoBetween("2021-01-05", "2021-06-30"), "圩镇"]);
      if (v === "东门村") list.push([v, "2021-09-16"]);
    }
    if (cs.includes("城南社区")) list.push(["城南社区", "2020-09-22"]);
    if (list.length === 0) continue;
    list.sort((a, b) => (a[1] < b[1] ? -1 : 1));
    for (const [v, iso, extra] of list) {
      seq++;
      let villageCell = v;
      if (v === "夏北村") villageCell = "夏北村民委员会";
      if (v === "鳌峰村") villageCell = "鳌峰村委会";
      let openedCell = fmtOpened(iso, seq);
      let accept = isoAdd(iso, rint(18, 40));
      let acceptCell = dotDate(accept);
      let verdict = "合格";
      let note = null;
      if (iso > CUT) {
        acceptCell = "待验收";
        verdict = "—";
        note = "9月新建，不计入本次考评";
      } else if (accept > CUT) {
        note = "8月建成，9月验收";
      }
      if (v === "城南社区") note = "社区站点";
      if (seq === 7) {
        // a date corrected in the cell: the clerk keeps the old value in brackets
        openedCell = `${dotDate(iso)}（原填${dotDate(isoAdd(iso, -31))}，已更正）`;
      }
      const who = personName();
      sRows.push([seq, `恩平市${town}${v}${extra || ""}电商服务站`, town, villageCell, openedCell, acceptCell, verdict, who,
        "1" + ["38", "39", "59", "37", "88"][rint(0, 4)] + "****" + String(rint(0, 9999)).padStart(4, "0"), note]);
      stations.push({ village: v, opened: iso, row: sRows.length });
    }
    sRows.push([town + "小计", null, null, null, null, null, null, null, null, list.length + "个"]);
    sMerges.push(`A${sRows.length}:D${sRows.length}`);
  }
  sRows.push(["合计", null, null, null, null, null, null, null, null, stations.length + "个"]);
  sMerges.push(`A${sRows.length}:D${sRows.length}`);
  sRows.push(["注：建成时间以挂牌开展服务之日为准；验收由市商务局会同镇（街）组织。"]);
  sMerges.push(`A${sRows.length}:J${sRows.length}`);
  const corrected = stations[6];
  assert(corrected && corrected.opened <= CUT, "c1 corrected station counts");
  const byCut = stations.filter((s) => s.opened <= CUT);
  const coveredAdmin = new Set(byCut.map((s) => s.village).filter((v) => admin.includes(v)));
  assert(coveredAdmin.size === 55 && stations.length === 58, "c1 stations " + coveredAdmin.size + "/" + stations.length);
  assert(poor.every((p) => coveredAdmin.has(p)), "c1 poor all covered");
  assert(55 * 100 >= 70 * 78 && 53 * 100 < 70 * 78, "c1 coverage boundary: the two variant names decide the tier");
  assert(stations.filter((s) => s.village === "夏北村" || s.village === "鳌峰村").length === 2, "c1 variants single");

  // ---------------- training: 镇×月 cross-tab of 人次, year cells merged above the month row, September excluded
  const months = [];
  for (let i = 0; i < 15; i++) {
    const d = new Date(Date.UTC(2020, 6 + i, 1));
    months.push([d.getUTCFullYear(), d.getUTCMonth() + 1]);
  }
  const units = ["市电商公共服务中心"].concat(towns.map((t) => t[0]));
  const grid = units.map((u, r) => months.map(([y, m]) => {
    if (r === 0) return rint(110, 210);
    return rnd() < 0.45 ? rint(18, 75) : null;
  }));
  const fixTo = (cols, target) => {
    let s = 0;
    for (const row of grid) for (const c of cols) s += row[c] || 0;
    let guard = 0;
    while (s !== target) {
      const r = rint(0, grid.length - 1);
      const c = cols[rint(0, cols.length - 1)];
      if (grid[r][c] === null) continue;
      const step = s < target ? 1 : -1;
      if (grid[r][c] + step < 12) continue;
      grid[r][c] += step;
      s += step;
      assert(++guard < 200000, "c1 fix loop");
    }
  };
  const inWin = months.map((_, i) => i).filter((i) => months[i][0] * 100 + months[i][1] <= 202108);
  const sepCol = months.length - 1;
  assert(months[sepCol][0] === 2021 && months[sepCol][1] === 9 && inWin.length === 14, "c1 months");
  fixTo(inWin, 4795);
  fixTo([sepCol], 356);
  const tRows = [];
  tRows.push(["恩平市电子商务培训人次月度统计表（按组织单位）"]);
  tRows.push(["单位：人次。各镇（街）数据由镇电商服务站报送，中心数据取自签到表。"]);
  const yearRow = ["组织单位"];
  const monthRow = [null];
  months.forEach(([y, m], i) => {
    yearRow.push(i === 0 || m === 1 ? y + "年" : null);
    monthRow.push(m + "月");
  });
  yearRow.push("合计");
  monthRow.push(null);
  tRows.push(yearRow, monthRow);
  const colTot = months.map(() => 0);
  let grand = 0;
  units.forEach((u, r) => {
    const row = [u];
    let rs = 0;
    grid[r].forEach((v, c) => {
      row.push(v);
      if (v) {
        rs += v;
        colTot[c] += v;
      }
    });
    row.push(rs);
    grand += rs;
    tRows.push(row);
  });
  tRows.push(["合计"].concat(colTot, [grand]));
  tRows.push(["注：2021年9月为9月1日—15日数据。"]);
  const nm = months.length;
  const tMerges = ["A1:" + colName(nm + 1) + "1", "A2:" + colName(nm + 1) + "2", "A3:A4", "B3:G3", "H3:" + colName(nm) + "3",
    colName(nm + 1) + "3:" + colName(nm + 1) + "4", "A" + tRows.length + ":" + colName(nm + 1) + tRows.length];
  assert(months[5][1] === 12 && months[6][1] === 1, "c1 year split at column G/H");
  assert(grand === 4795 + 356, "c1 training grand " + grand);
  const popBase = 487000;
  assert(4795 * 1000 >= popBase * 8 && 4795 * 100 < popBase, "c1 training 0.8%–1%");
  assert(5151 * 100 >= popBase, "c1 with September it would reach 1%");

  // ---------------- enterprises: 园区房间登记 (rooms, vacancies, a room re-let, one firm in two rooms)
  const E = (n, t, en, lf) => ({ n, t, en, lf, code: creditCode("440785") });
  const ents = {
    a: E("江门市邑农电子商务有限公司", "电商运营商", "2020-11-20", null),
    b: E("恩平市锦江农特产品网络商行", "销售型", "2020-12-01", null),
    c: E("恩平市簕菜优品电子商务有限公司", "销售型", "2020-12-01", null),
    d: E("江门市侨乡易购网络科技有限公司", "平台型", "2020-12-10", null),
    e: E("恩平市温泉之乡文旅电商有限公司", "销售型", "2020-12-18", null),
    f: E("恩平市顺捷城乡配送有限公司", "物流企业", "2020-12-18", null),
    g: E("恩平市恩州米业网店", "销售型", "2021-01-06", "2021-05-31"),
    h: E("江门市五邑鲜农供应链有限公司", "物流企业", "2021-01-15", null),
    i: E("恩平市牛江镇马铃薯专业合作社网店", "销售型", "2021-01-22", null),
    j: E("恩平市小红帽直播传媒有限公司", "电商运营商", "2021-02-03", null),
    k: E("恩平市鳌峰山茶叶电子商务有限公司", "销售型", "2021-02-26", null),
    l: E("江门市云仓速递服务有限公司", "物流企业", "2021-03-08", null),
    m: E("恩平市好邻里社区团购有限公司", "平台型", "2021-03-19", null),
    n: E("恩平市圣堂镇腐竹电商工作室", "销售型", "2021-04-02", null),
    o: E("江门市侨都品牌策划有限公司", "电商运营商", "2021-04-16", null),
    p: E("恩平市歇马村举人文创电商有限公司", "销售型", "2021-05-07", null),
    q: E("恩平市乡味汇网络科技有限公司", "平台型", "2021-06-15", null),
    r: E("恩平市聚鲜冷链物流有限公司", "物流企业", "2021-07-01", null),
    s: E("恩平市那吉镇鸡心黄皮电商合作社", "销售型", "2021-07-20", null),
    t: E("江门市数农电商培训学校有限公司", "电商培训机构", "2021-08-09", null),
    u: E("恩平市泉林直播电商有限公司", "电商运营商", "2021-09-08", null),
  };
  const rooms = [
    ["101", 120, "a"], ["102", 60, "b"], ["103", 60, "g"], ["103", 60, "q"], ["104", 80, "d"], ["105", 45, "c"],
    ["106", 45, null], ["201", 60, "e"], ["202", 90, "f"], ["203", 45, "h"], ["204", 45, "i"], ["205", 60, "j"],
    ["206", 60, "j"], ["207", 45, "k"], ["208", 90, "l"], ["209", 45, "m"], ["210", 45, "n"], ["211", 60, "o"],
    ["212", 45, "u"], ["301", 45, "p"], ["302", 120, "r"], ["303", 45, "s"], ["304", 80, "t"], ["305", 60, null],
  ];
  const eRows = [];
  eRows.push(["恩平市电子商务产业园房间使用登记表"]);
  eRows.push(["园区运营方：江门市邑农电子商务有限公司　　更新日期：2021年9月10日"]);
  eRows.push(["房号", "面积（㎡）", "使用单位", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "使用状态"]);
  rooms.forEach(([room, area, key], i) => {
    if (!key) {
      eRows.push([room, area, "—", null, null, null, null, "空置"]);
      return;
    }
    const e = ents[key];
    const enCell = i % 2 ? D(e.en) : slashDate(e.en);
    let state = "在用";
    if (e.lf) state = "已退租";
    else if (e.en > CUT) state = "在用（9月新入驻）";
    if (key === "j") state = "在用（205、206两间）";
    eRows.push([room, area, e.n, e.code, e.t, enCell, e.lf ? cnDate(e.lf) : null, state]);
  });
  eRows.push(["注：一家企业租用多间的，每间各占一行；已退租企业保留记录。"]);
  const occupiedAtCut = rooms.filter(([, , k]) => k && ents[k].en <= CUT && !(ents[k].lf && ents[k].lf <= CUT));
  const distinctAtCut = new Set(occupiedAtCut.map(([, , k]) => ents[k].code));
  assert(occupiedAtCut.length === 20 && distinctAtCut.size === 19, "c1 park rows 20, firms 19: " + occupiedAtCut.length + "/" + distinctAtCut.size);
  const typesAtCut = new Set([...distinctAtCut].map((c) => Object.values(ents).find((e) => e.code === c).t));
  assert(typesAtCut.size === 5, "c1 types " + typesAtCut.size);

  // ---------------- funds: bank statement of the 专户 (credits are income, debits are disbursements)
  const allocated = 10000000;
  const pays = [
    ["2020-01-15", "中心装修工程预付款", "恩平市建安装饰工程有限公司", 1150000], ["2020-04-28", "村级站点建设第一批", "江门市邑农电子商务有限公司", 980000],
    ["2020-07-10", "中心设备采购款", "江门市汇通信息科技有限公司", 628400], ["2020-09-29", "运营服务费一期", "江门市邑农电子商务有限公司", 600000],
    ["2020-11-18", "电商培训服务费一期", "江门市数农电商培训学校有限公司", 315000], ["2020-12-24", "村级站点建设第二批", "江门市邑农电子商务有限公司", 1120000],
    ["2021-01-27", "物流配送体系建设款", "恩平市顺捷城乡配送有限公司", 862350], ["2021-03-30", "品牌推广活动费", "江门市侨都品牌策划有限公司", 410000],
    ["2021-05-20", "运营服务费二期", "江门市邑农电子商务有限公司", 600000], ["2021-07-15", "电商培训服务费二期", "江门市数农电商培训学校有限公司", 246700],
    ["2021-09-14", "村级站点建设第三批", "江门市邑农电子商务有限公司", 470050],
  ];
  const credits = [
    ["2019-12-20", "财政拨款 省级电商进农村示范资金", "恩平市财政局", 6000000], ["2020-03-21", "结息", null, 3862.15],
    ["2020-06-21", "结息", null, 2741.6], ["2020-09-21", "结息", null, 1906.32], ["2020-09-25", "财政拨款 省级电商进农村示范资金", "恩平市财政局", 4000000],
    ["2020-12-21", "结息", null, 4518.07], ["2021-03-21", "结息", null, 3170.44], ["2021-06-21", "结息", null, 2209.83],
  ];
  const tx = pays.map((p) => ({ d: p[0], memo: p[1], cp: p[2], debit: p[3] })).concat(credits.map((c) => ({ d: c[0], memo: c[1], cp: c[2], credit: c[3] })));
  tx.sort((a, b) => (a.d < b.d ? -1 : a.d > b.d ? 1 : 0));
  const fRows = [];
  fRows.push(["中国农业银行 账户交易明细"]);
  fRows.push(["账号：4469 01** **** 3726　户名：恩平市商务局（电子商务进农村综合示范专项资金）"]);
  fRows.push(["查询期间：20191201—20210930　币种：人民币　单位：元"]);
  fRows.push(["交易日期", "摘要", "对方户名", "借方发生额（支出）", "贷方发生额（收入）", "余额", "流水号"]);
  let bal = 0;
  let debitAll = 0;
  let creditAll = 0;
  tx.forEach((t, i) => {
    bal = Math.round((bal + (t.credit || 0) - (t.debit || 0)) * 100) / 100;
    if (t.debit) debitAll = Math.round((debitAll + t.debit) * 100) / 100;
    if (t.credit) creditAll = Math.round((creditAll + t.credit) * 100) / 100;
    fRows.push([t.d.replace(/-/g, ""), t.memo, t.cp, t.debit ? fmtMoney(t.debit) : null, t.credit ? fmtMoney(t.credit) : null, fmtMoney(bal),
      "T" + t.d.replace(/-/g, "") + String(100000 + i * 7919).slice(-6)]);
  });
  fRows.push(["本期合计", null, null, fmtMoney(debitAll), fmtMoney(creditAll), fmtMoney(bal), null]);
  fRows.push(["（本回单仅供参考，以银行盖章对账单为准）"]);
  const spent = sumYuan(pays.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 6912450, "c1 spent by cut " + spent);
  assert(debitAll === 7382500, "c1 spent incl. September " + debitAll);
  assert(spent * 100 < allocated * 70 && debitAll * 100 >= allocated * 70, "c1 rate: 69.1% by the cut-off, 73.8% with September");
  assert(bal > 0, "c1 balance positive");

  // ---------------- reports: 粤政易 发送记录 export (datetime text)
  const repRows = [["粤政易公文发送记录（导出）"], ["序号", "标题", "发送单位", "接收单位", "发送时间", "签收状态", "签收时间"]];
  const repDates = [];
  for (let i = 0; i < 14; i++) {
    const d = new Date(Date.UTC(2020, 7 + i, 1));
    const y = d.getUTCFullYear();
    const m = d.getUTCMonth() + 1;
    const prev = new Date(Date.UTC(y, m - 2, 1));
    const iso = `${y}-${String(m).padStart(2, "0")}-${String(rint(3, 9)).padStart(2, "0")}`;
    repDates.push(iso);
    const sent = iso + " " + hms();
    const signed = isoAdd(iso, rint(1, 2)) + " " + hms();
    repRows.push([i + 1, `恩平市${prev.getUTCFullYear()}年${prev.getUTCMonth() + 1}月电子商务进农村工作月报（含电商扶贫统计表）`, "恩平市商务局", "江门市商务局",
      sent, "已签收", signed]);
  }
  const repMonths = new Set(repDates.map((d) => d.slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  assert(repMonths.size === 12, "c1 reports every month");

  // ---------------- disclosures: 网站文章列表 copied from the page: title and date in one cell, newest first
  const discList = [
    ["恩平市电子商务进农村综合示范创建工作方案", "2019-12-05"],
    ["关于设立电子商务进农村综合示范项目监督举报电话的公告", "2019-12-05"],
    ["恩平市电子商务进农村综合示范项目基本信息公示", "2020-06-12"],
    ["恩平市电子商务进农村综合示范项目建设进度（2020年8月）", "2020-09-10"],
    ["恩平市电子商务进农村综合示范项目建设进度（2020年9月）", "2020-10-13"],
    ["恩平市电子商务进农村综合示范项目建设进度（2020年10月）", "2020-11-10"],
    ["恩平市电子商务进农村综合示范项目建设进度（2020年11月）", "2020-12-09"],
    ["恩平市电子商务进农村综合示范项目建设进度（2020年12月）", "2021-01-12"],
    ["恩平市电子商务进农村综合示范项目建设进度（2021年1—2月）", "2021-03-16"],
    ["恩平市电子商务进农村综合示范项目建设进度（2021年3月）", "2021-04-12"],
    ["恩平市电子商务进农村综合示范项目建设进度（2021年4月）", "2021-05-11"],
    ["恩平市电子商务进农村综合示范项目建设进度（2021年5—6月）", "2021-07-14"],
    ["恩平市电子商务进农村综合示范项目建设进度（2021年7月）", "2021-08-10"],
    ["恩平市电子商务进农村综合示范项目建设进度（2021年8月）", "2021-09-13"],
  ];
  const dRows = [["恩平市人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范（页面复制，2021年9月17日）"]];
  const sorted = discList.slice().reverse();
  sorted.forEach(([t, iso], i) => {
    dRows.push(["· " + t + "　　" + iso]);
    if (i === 9) dRows.push(["共 2 页 14 条　首页 上一页 1 2 下一页 尾页"]);
  });
  dRows.push(["共 2 页 14 条　首页 上一页 1 2 下一页 尾页"]);
  const discMonths = new Set(discList.map((d) => d[1].slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  assert(discMonths.size === 10 && !discMonths.has("2021-02") && !discMonths.has("2021-06"), "c1 disclosure 10 months");

  // ---------------- media
  const mRows = [["恩平市电子商务进农村宣传报道情况登记表"], ["序号", "报道日期", "媒体", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  mRows.push([1, D("2020-10-28"), "恩平市融媒体中心", "县级融媒", "网络（“今日恩平”公众号）", "我市首批村级电商服务站挂牌", "否"]);
  mRows.push([2, "2021.1.15", "江门日报", "地市级", "报纸", "恩平簕菜“触网”走俏大湾区", "否"]);
  mRows.push([3, "2021年4月22日", "学习强国广东学习平台", "省级", "网络", "恩平：电商服务站开到家门口", "否"]);
  mRows.push([4, D("2021-06-18"), "广东广播电视台珠江频道", "省级", "电视", "歇马村贫困户直播卖货脱贫", "是"]);
  mRows.push([5, "2021.9.9", "中央广播电视总台农业农村频道（CCTV-17）", "中央级", "电视", "广东恩平：小小电商站 架起致富桥", "是"]);

  // ---------------- materials: the only entry is after the cut-off
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "报送方式"]];
  matRows.push([1, "2021年9月10日", "恩平市电子商务进农村综合示范创建经验材料", "江门市商务局", "粤政易"]);

  // ---------------- facts: 基本情况调查表 (printed template □是 □否, the clerk ticks with ☑)
  const Y = "☑是　□否";
  const N = "□是　☑否";
  const BLANK = "□是　□否";
  const retail = { r19: 98600, r20: 124100, a19: 21300, a20: 26100 }; // 万元
  assert(pct1(retail.r20 - retail.r19, retail.r19) === "25.9%" && pct1(retail.a20 - retail.a19, retail.a19) === "22.5%", "c1 growth below 30%");
  const eligible = 1384;
  const trained = 752;
  assert(2416 - 1032 === eligible, "c1 eligible = labour − migrant");
  assert(trained * 2 >= eligible && trained * 10 < eligible * 7, "c1 poor rate in [50%,70%)");
  const judged = {
    "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1,
    "work.upward.research": 2, "work.upward.promotion": 2, "work.upward.standards": 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  const aRows = [];
  const sec = (t) => aRows.push([t]);
  aRows.push(["恩平市电子商务进农村综合示范县考评基本情况调查表"]);
  aRows.push(["填报单位（盖章）：恩平市商务局", null, "数据截至：2021年8月31日（特别注明的除外）", null]);
  aRows.push(["序号", "调查项目", "填报内容", "备注"]);
  sec("一、基本情况");
  let q = 0;
  const Q = (label, val, note) => aRows.push([++q, label, val, note === undefined ? null : note]);
  Q("常住人口（万人）", "48.7", "第七次全国人口普查");
  Q("行政村数（个，不含社区居委会）", fullWidth("78"), "另有社区居委会12个");
  Q("省定贫困村数（个）", fullWidth("8"));
  Q("示范创建工作领导小组组长（姓名、职务）", "梁××　市长", "2019年9月成立（恩府办〔2019〕41号）");
  Q("领导小组成员单位", "市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监督管理局、恩平邮政分公司");
  Q("是否已正式印发示范县创建工作方案", Y, "恩府办〔2019〕45号");
  Q("是否已出台支持农村电商发展的政策", Y, "《恩平市促进农村电子商务发展的若干措施》");
  sec("二、县级电子商务公共服务中心及产业园");
  Q("公共服务中心投入运营日期", fullWidth("2020") + "年" + fullWidth("12") + "月" + fullWidth("18") + "日", "位于恩城街道锦江大道");
  Q("有免费培训场所、培训设备，能组织电商基础培训", Y, "培训室80座");
  Q("为特色农产品提供免费展示、销售服务", Y);
  Q("为电子商务市场主体提供免费摄影、美工服务", BLANK, "摄影棚设备采购中，待补充");
  Q("组织农产品统一推广、指导特色农产品品牌建设", Y, "“恩平好物”区域公用品牌");
  Q("为电子商务发展提供其他衍生增值服务", Y, "代办证照、金融对接");
  Q("是否建设或整合、优化当地电商产业园", Y, "恩平市电子商务产业园（见“园区房间登记”）");
  sec("三、农村产品上行");
  Q("是否有专业第三方电子商务运营或服务商", Y, "江门市邑农电子商务有限公司运营中心");
  Q("行政村物流快递覆盖率是否达到100%", Y, "江门市邮政管理局出具证明");
  Q("2019年农村网络零售额（万元）", fmtInt(retail.r19), "省商务厅电商监测数据");
  Q("2020年农村网络零售额（万元）", fmtInt(retail.r20));
  Q("2019年农产品网络零售额（万元）", fmtInt(retail.a19));
  Q("2020年农产品网络零售额（万元）", fmtInt(retail.a20));
  sec("四、电商人才培训");
  Q("累计培训人次", "5,151", "截至2021年9月15日，含9月上半月");
  Q("有劳动能力的建档立卡贫困人口（人）", "2,416", "其中外出务工1,032人，在家1,384人（市乡村振兴局确认）");
  Q("参加电商培训的建档立卡贫困人口（人，不重复计）", "752", "均为在家有劳动能力人员");
  sec("五、信息公开及数据上报");
  Q("政府网站专栏是否公示创建方案", Y);
  Q("专栏是否公示项目基本信息", Y);
  Q("专栏是否按月公示项目建设进度", Y, "见“专栏文章列表”");
  Q("专栏是否设立征求意见或监督举报窗口", Y, "监督举报电话0750-7××××××");
  Q("能否统计电商扶贫情况（贫困户培训、带动增收）", Y, "月报附电商扶贫统计表");
  sec("六、资金管理");
  Q("下达省级专项资金（万元）", "1000");
  Q("累计拨付资金（万元）", "738.25", "截至2021年9月15日");
  Q("是否制定资金管理制度", Y, "恩商务〔2020〕8号");
  Q("是否建立资金专用台账", Y);
  Q("项目总体进度（%）", "86");
  Q("是否发生安全生产、质量事故或重大经济损失", N);
  sec("七、自评打分事项（分值填在“填报内容”栏）");
  const jLabels = [
    ["org.plan", "方案制定（1-2分）"], ["org.policy", "政策支持（1-2分）"], ["org.management.system", "项目管理制度（1-2分）"],
    ["org.management.ledger", "工作台账（1-2分）"], ["work.upward.research", "网销调研并形成针对性建议（1-2分）"],
    ["work.upward.promotion", "网络促销活动成效（1-2分）"], ["work.upward.standards", "交易标准及冷链、溯源系统（1-2分）"],
    ["fund.system", "资金管理制度（1-5分）"], ["fund.ledger", "资金台账（1-5分）"], ["fund.spending", "资金及时拨付（1-5分）"],
  ];
  for (const [k, l] of jLabels) Q(l, judged[k]);
  aRows.push(["填表人：冯××　　审核人：何××　　联系电话：0750-7××××××　　填表日期：2021年9月16日"]);
  const aMerges = ["A1:D1", "A2:B2", "C2:D2"];
  aRows.forEach((r, i) => {
    if (i > 2 && r.length === 1) aMerges.push(`A${i + 1}:D${i + 1}`);
  });

  // ---------------- 自评得分表 (sideways: indicators across, three-row merged header)
  const cols = [
    ["加强组织领导与统筹协调（10分）", "组织领导", null, 2, "org.leadership", 2], [null, "方案制定", null, 2, "org.plan", 2],
    [null, "政策支持", null, 2, "org.policy", 2], [null, "项目管理", null, 4, "org.management", 3],
    ["深入推动电子商务进农村工作（55分）", "服务体系建设", "县级中心及产业园", 15, "work.center", 14],
    [null, null, "村级站点覆盖", 10, "work.coverage", 10], [null, "农村产品上行", null, 10, "work.upward", 7],
    [null, "电商人才培训", null, 20, "work.training", 20], ["加强信息公开及报送（10分）", "信息公开", null, 4, "info.disclosure", 3],
    [null, "数据上报", null, 6, "info.reporting", 6], ["加强宣传推广（10分）", "案例总结", null, 2, "promo.cases", 2],
    [null, "经验推广", null, 8, "promo.media", 8], ["加强财政资金管理（15分）", "制度建立", null, 5, "fund.system", 5],
    [null, "资金台账", null, 5, "fund.ledger", 4], [null, "资金支出", null, 5, "fund.spending", 4],
    ["加分项（4分）", "建档立卡贫困人口培训率70%及以上", null, 2, "bonus.poorTraining", 0],
    [null, "电商扶贫典型案例获电视媒体播报", null, 2, "bonus.tvCase", 2],
  ];
  const claimed = {};
  for (const c of cols) claimed[c[4]] = c[5];
  for (const [k] of jLabels) {
    if (claimed[k] !== undefined) assert(claimed[k] === judged[k], "c1 claim = judged " + k);
  }
  assert(claimed["org.management"] === judged["org.management.system"] + judged["org.management.ledger"], "c1 mgmt claim");
  const maxSum = sum(cols.map((c) => c[3]));
  const claimSum = sum(cols.map((c) => c[5]));
  assert(maxSum === 104 && claimSum === 94, "c1 claim sums " + maxSum + "/" + claimSum);
  const cl = [];
  cl.push(["恩平市2019年省级电子商务进农村综合示范创建考评自评得分表"]);
  cl.push(["工作任务"].concat(cols.map((c) => c[0]), ["合计"]));
  cl.push(["评价指标"].concat(cols.map((c) => c[1]), [null]));
  cl.push([null].concat(cols.map((c) => c[2]), [null]));
  cl.push(["分值"].concat(cols.map((c) => c[3]), [maxSum]));
  cl.push(["自评得分"].concat(cols.map((c) => c[5]), [claimSum]));
  cl.push(["说明：加分项“电视播报”按中央广播电视总台农业农村频道2021年9月9日播出计2分；满分100分，另加分项4分。"]);
  const last = colName(cols.length + 1);
  const clMerges = ["A1:" + last + "1", "B2:E2", "F2:I2", "J2:K2", "L2:M2", "N2:P2", "Q2:R2", last + "2:" + last + "4", "A3:A4", "F3:G3",
    "A7:" + last + "7"];
  cols.forEach((c, i) => {
    const col = colName(i + 1);
    if (c[2] === null) clMerges.push(`${col}3:${col}4`);
  });
  assert(last === "S", "c1 claim columns");

  // ---------------- expectation
  const center = 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": center, "work.coverage": 10,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 0, "work.training": 8 + 10, "info.disclosure": 2 + 1, "info.reporting": 3 + 3,
    "promo.cases": 0, "promo.media": 4 + 3 + 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = scored + bonus;
  assert(center === 12 && scored === 77 && total === 78, "c1 total " + scored + "/" + total);
  const derivation = [
    "org.leadership: 调查表第4、5项：组长为市长（主要领导），成员单位含市商务局、财政局、农业农村局、乡村振兴局 → 2",
    "org.plan: 方案已印发（☑是），第七部分自评2（1–2）→ 2",
    "org.policy: 已出台《若干措施》（☑是），自评2 → 2",
    "org.management: 项目管理制度2 + 工作台账1 → 3（自评得分表也写3）",
    "work.center: 中心“２０２０年１２月１８日”（全角数字）投入运营≤截止日(2)，≤2021-02-28满6个月(2)，免费培训☑(2)，展示销售☑(1)，摄影美工“□是　□否”两框都没勾=未填写→0，统一推广品牌☑(1)，其他增值☑(1)，产业园☑(2)；房间登记截止日在用20行，但205、206两间是同一家（同一信用代码），103室原租户5月31日退租，212室9月8日才入驻，空置2间不算 → 19家<20 → 0；类型电商运营商/销售型/平台型/物流企业/电商培训机构≥3(1) → 12（自评14）",
    "work.coverage: 区划代码表村民委员会78个（代码末三位2xx；12个居委会和12个镇街行不算）；站点表截止日前建成站点覆盖55个行政村：“夏北村民委员会”=夏北村、“鳌峰村委会”=鳌峰村，君堂村两站算一村，城南社区站不算，东门村2021年9月16日建成不算；第7行建成时间以更正后的日期为准；55/78=70.5%≥70% → 5（若两处写法没认出只有53/78=67.9% → 2）；8个贫困村（左右两栏名单）全有站 → 5；合计10",
    "work.upward: 网销调研2 + 促销2 + 第三方运营商☑1 + 快递覆盖100%☑（村表无快递列，由事实决定）1 + 标准溯源1 + 增速：农村网络零售额124,100/98,600万元=+25.9%、农产品26,100/21,300万元=+22.5%，均<30% → 0；合计7",
    "work.training: 镇×月统计表截止8月的14个月合计4,795人次（2021年9月列356人次和“合计”列5,151不计，调查表“5,151（截至9月15日）”同样不用）；基数min(48.7万,50万)=487,000，4,795/487,000=0.985%，在0.8%–1%之间 → 8；贫困人口：有劳动能力2,416人中外出务工1,032人，在家1,384人，参训752人，752/1,384=54.3%≥50% → 10；合计18（自评20）",
    "info.disclosure: 专栏公示方案、项目基本信息、建设进度并设监督举报窗口（四项☑）→ 2；文章列表（标题与日期同格、倒序、分页行不算）2020-09至2021-08只有10个月有更新（2021年2月、6月没有）→ 不定时1；合计3",
    "info.reporting: 粤政易发送记录2020年9月至2021年8月每月都向江门市商务局发送月报 → 3；调查表能统计电商扶贫☑ → 3；合计6",
    "promo.cases: 经验材料登记唯一一条2021年9月10日报送，在截止日之后 → 0（自评2）",
    "promo.media: 截止日前：学习强国广东学习平台、广东台珠江频道（省级）4 + 江门日报（地市级）3 + 恩平市融媒体中心（县级）1 → 8；CCTV-17在9月9日，不影响",
    "fund.system: 已制定资金管理制度☑，自评5 → 5",
    "fund.ledger: 已建立资金专用台账☑，自评4 → 4",
    "fund.spending: 专户对账单借方（支出）截至2021-08-31共10笔合计6,912,450.00元（贷方财政拨款和结息是收入不是支出；2021年9月14日470,050.00元和“本期合计”7,382,500.00、调查表“738.25万元（截至9月15日）”都含9月）÷下达1000万元=69.1%<70% → −5（自评4不适用）",
    "bonus.poorTraining: 贫困人口培训率54.3%<70% → 0",
    "bonus.tvCase: 截止日前广东广播电视台珠江频道播出电商扶贫典型案例（省级电视）→ 1；CCTV-17国家级播出在2021年9月9日，截止日后不算 → 1（自评2）",
    "veto.incident: 调查表“□是　☑否”未发生安全生产、质量事故 → 不否决，0",
    "veto.progress: 调查表项目总体进度86%≥40% → 不否决，0",
    "veto.fraud: 没有弄虚作假的声明 → 不否决，0",
    "total: 2+2+2+3+12+10+7+18+3+6+0+8+5+4−5 = 77，加分1 → 78（自评合计94）",
  ];
  return {
    description:
      "江门恩平市商务局迎考评的整本工作簿。事实页是市局印发的《基本情况调查表》在Excel里填写：是/否题保留模板“□是　□否”，选中的改成☑，免费摄影美工一题两个框都没勾（未填写），中心运营日期用全角数字“２０２０年１２月１８日”，行政村数“７８”也是全角，培训人次5,151和拨付738.25万元都注明“截至9月15日”；贫困人口写“2,416人”，备注里才分出外出务工1,032人、在家1,384人。自评分另有一张横排的自评得分表（工作任务/评价指标/服务体系建设的两个分项共三行合并表头）。台账：民政区划代码表（镇街行和居委会行不是行政村），贫困村名单分左右两栏，站点验收表两行合并表头、镇小计行、一处“（原填…，已更正）”，两处村名写成“村民委员会”“村委会”且恰好决定覆盖率档次，培训是镇×月的人次交叉表（年份在合并单元格里，9月列不计），园区房间登记（空置房、退租后转租、一家占两间），银行专户对账单（借方才是支出，9月一笔使支出率越过70%但不能计），粤政易发送记录，网站文章列表（标题和日期在同一格，倒序，夹着分页行），宣传报道（央视9月播出），经验材料只有9月一条。",
    sheets: [
      { name: "基本情况调查表", rows: aRows, merges: aMerges },
      { name: "自评得分表", rows: cl, merges: clMerges },
      { name: "区划代码", rows: vRows, merges: ["A1:D1", "A2:D2", "A" + (vRows.length - 1) + ":D" + (vRows.length - 1), "A" + vRows.length + ":D" + vRows.length] },
      { name: "贫困村名单", rows: pRows, merges: ["A1:G1", "A7:G7"] },
      { name: "站点验收", rows: sRows, merges: sMerges },
      { name: "培训人次月统计", rows: tRows, merges: tMerges },
      { name: "园区房间登记", rows: eRows, merges: ["A1:H1", "A2:H2", "A" + eRows.length + ":H" + eRows.length] },
      { name: "专户对账单", rows: fRows, merges: ["A1:G1", "A2:G2", "A3:G3", "A" + fRows.length + ":G" + fRows.length] },
      { name: "粤政易发送记录", rows: repRows, merges: ["A1:G1"] },
      { name: "专栏文章列表", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 肇庆怀集县: the 自评报告 converted from PDF to Excel: one printed line per row in column A, lines broken in the middle
// of sentences (a label on one row, its number on the next), spaces around numbers, page-number rows.
// =====================================================================================================
function pdfLines(text, width) {
  // spaces between Han characters and digits, as PDF text extraction produces them
  let s = text.replace(/([\u4e00-\u9fff])([0-9])/g, "$1 $2").replace(/([0-9%])([\u4e00-\u9fff])/g, "$1 $2");
  const w = (c) => (c.charCodeAt(0) < 0x2000 ? 1 : 2);
  const noStart = "，。、；：）》”％%";
  const lines = [];
  let cur = "";
  let cw = 0;
  const chars = [...s];
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i];
    if (cw + w(c) > width && cur.length > 0) {
      // never split a run of ASCII digits / separators
      let cut = cur.length;
      while (cut > 0 && /[0-9.,]/.test(c) && /[0-9.,]/.test(cur[cut - 1])) cut--;
      let carry = cur.slice(cut);
      let line = cur.slice(0, cut);
      // Chinese line-breaking: punctuation does not start a line
      if (carry === "" && noStart.includes(c)) {
        line += c;
        lines.push(line.trimEnd());
        cur = "";
        cw = 0;
        continue;
      }
      lines.push(line.trimEnd());
      cur = carry.trimStart();
      cw = [...cur].reduce((a, x) => a + w(x), 0);
    }
    if (cur === "" && c === " ") continue;
    cur += c;
    cw += w(c);
  }
  if (cur.trim()) lines.push(cur.trimEnd());
  for (const l of lines) assert(l === l.trim() && l.length > 0, "pdf line trimmed: " + l);
  return lines;
}
function buildF1() {
  const paras = [
    "根据《广东省商务厅关于开展2019年省级电子商务进农村综合示范创建考评工作的通知》（粤商务电函〔2021〕101号）要求，现将我县电子商务进农村综合示范创建自评情况报告如下。本报告数据截止时间为2021年8月31日。",
    "#一、基本情况",
    "怀集县位于广东省西北部，隶属肇庆市，总面积3573平方公里，辖18个镇、1个街道，共287个行政村、20个社区居委会，户籍人口103万人，常住人口81.6万人。全县有省定相对贫困村39个，已于2020年底全部出列。",
    "#二、组织领导及政策支持",
    "成立了以县委副书记、县长为组长，分管副县长为副组长，县商务、财政、农业农村、乡村振兴、交通运输、市场监管、邮政等部门主要负责同志为成员的电子商务进农村综合示范工作领导小组，领导小组办公室设在县商务局。2019年11月，县政府办公室正式印发《怀集县电子商务进农村综合示范县创建工作方案》（怀府办〔2019〕38号）；2020年3月出台《怀集县促进农村电子商务发展扶持办法》，在资金、场地、人才等方面给予支持。",
    "#三、公共服务体系建设",
    "县电子商务公共服务中心于2020年4月28日正式投入运营，建筑面积2600平方米，委托专业第三方运营服务商广东怀商电子商务有限公司运营。中心设有免费培训室2间，配备电脑60台，能常态化组织电商基础培训；设立农特产品展示展销厅，为本地特色农产品提供免费展示、销售服务；设有摄影棚和美工室，为电商市场主体提供免费摄影、美工服务；组织“怀集好物”区域公用品牌统一推广，指导企业开展品牌建设；并提供代办证照、金融对接、物流对接等其他衍生增值服务。整合优化怀集县电子商务产业园，目前入驻企业26家。",
    "全县已建成村级电商服务站点216个。县域形成县、镇、村三级物流配送体系，行政村快递物流覆盖率达到100%。",
    "#四、农村产品上行",
    "2020年全县农村网络零售额21.34亿元，较2019年的15.86亿元增长34.6%；农产品网络零售额5.12亿元，同比增长28.1%。2021年1—8月，全县农村网络零售额16.2亿元，同比增长19.5%。",
    "#五、电商人才培训",
    "按常住人口1%计（常住人口超过50万的以50万为基数），培训目标为5000人次。截至2021年8月31日，实际累计开展电商培训6,274人次，其中基础普及性培训4,806人次、增值培训1,468人次。",
    "经县乡村振兴局确认，全县有劳动能力的建档立卡贫困人口9,860人，扣除外出务工人员后为4,312人，已参加电商培训2,398人，培训率55.6%。",
    "#六、信息公开及数据上报",
    "在县政府门户网站设立“电子商务进农村综合示范”专栏，公开了示范创建方案、项目基本信息，每月更新项目建设进度，并设立监督举报窗口。每月向肇庆市商务局报送工作进展和统计数据，并单列统计电商扶贫情况。",
    "#七、资金使用及管理",
    "省财政下达我县专项资金1500万元。截至2021年8月31日，累计拨付1,163.8万元，拨付率77.6%。制定了《怀集县电子商务进农村综合示范项目资金管理办法》，项目承建单位均建立资金专用台账。项目总体进度达88%。项目实施以来未发生安全生产和质量事故。",
    "#八、自评得分",
    "对照《2019年省级电子商务进农村综合示范创建考评指标体系》逐项自评，我县自评得分93分。",
  ];
  assert(pct1(2134 - 1586, 1586) === "34.6%" && pct1(2398, 4312) === "55.6%" && pct1(11638, 15000) === "77.6%", "f1 rates");
  assert(4806 + 1468 === 6274, "f1 training split");
  const rows = [];
  rows.push(["怀集县电子商务进农村综合示范创建"]);
  rows.push(["自评报告"]);
  rows.push([null]);
  rows.push(["怀集县商务局"]);
  rows.push(["2021 年 9 月"]);
  rows.push([null]);
  const body = [];
  for (const p of paras) {
    if (p.startsWith("#")) body.push(p.slice(1));
    else for (const l of pdfLines(p, 56)) body.push(l);
  }
  let page = 1;
  body.forEach((l, i) => {
    rows.push([l]);
    if ((i + 1) % 22 === 0) {
      rows.push(["— " + page + " —"]);
      page++;
    }
  });
  rows.push(["— " + page + " —"]);
  // every fact must be in the text a reader sees once line breaks and the PDF spaces are taken out
  const flat = rows.map((r) => r[0] || "").join("").replace(/ /g, "");
  for (const k of ["常住人口81.6万人", "共287个行政村", "省定相对贫困村39个", "县委副书记、县长为组长", "正式印发《怀集县", "出台《怀集县促进",
    "2020年4月28日正式投入运营", "免费展示、销售服务", "免费摄影、美工服务", "统一推广", "其他衍生增值服务", "整合优化怀集县电子商务产业园",
    "第三方运营服务商", "覆盖率达到100%", "21.34亿元", "15.86亿元增长34.6%", "5.12亿元，同比增长28.1%", "实际累计开展电商培训6,274人次",
    "扣除外出务工人员后为4,312人", "已参加电商培训2,398人", "公开了示范创建方案、项目基本信息，每月更新项目建设进度，并设立监督举报窗口",
    "单列统计电商扶贫情况", "专项资金1500万元", "累计拨付1,163.8万元", "资金管理办法", "资金专用台账", "总体进度达88%", "未发生安全生产和质量事故",
    "数据截止时间为2021年8月31日"]) {
    assert(flat.includes(k), "f1 text has " + k);
  }
  // at least one label and its number end up on different rows (the point of this layout)
  const splitLabel = body.some((l, i) => /常住人口$|累计拨付$|培训$|零售额$/.test(l.trim()) && /^[0-9]/.test((body[i + 1] || "").trim()));
  return {
    description:
      "怀集县商务局的《电子商务进农村综合示范创建自评报告》从PDF转成Excel：全文在A列，一行是一行印刷文字，句子在行尾断开（标签在上一行、数字在下一行），数字两边带PDF抽取留下的空格，夹有“— 2 —”页码行，没有表格。读者要像读报告一样从正文取数：常住人口81.6万人（不是户籍103万），287个行政村（20个社区不算），39个贫困村，组长是“县委副书记、县长”（是县长，主要领导，不是副职），中心2020年4月28日运营及五项服务、第三方运营商、快递100%，2019/2020年农村网络零售额15.86亿、21.34亿及增速34.6%，农产品网络零售额只有2020年5.12亿和增速28.1%（2021年1—8月数字不是考评输入），培训6,274人次（5000是目标），贫困人口取扣除外出务工后的4,312人和已培训2,398人，资金1500万元、拨付1,163.8万元，总体进度88%，截止日期2021年8月31日。报告只给自评总分93分，没有逐项得分，所以没有claimed，也没有评判分。",
    sheets: [{ name: "自评报告", rows }],
    expect: {
      facts: {
        county: "怀集县", asOf: "2021-08-31", residentPopulation: 816000, adminVillagesStated: 287, poorVillagesStated: 39,
        planIssued: true, policyIssued: true, centerOpened: "2020-04-28", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1586000000, ruralRetail2020: 2134000000, ruralRetailGrowthStated: 0.346, agriRetail2020: 512000000,
        agriRetailGrowthStated: 0.281, trainingPersonTimesStated: 6274, eligiblePoorPersonsStated: 4312, trainedPoorPersonsStated: 2398,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11638000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
    _check: () => splitLabel,
  };
}

// =====================================================================================================
// f2 — 江门台山市: 基本情况表 with two value columns (2020年10月中期评估 | 2021年考评), units in their own column,
// “同左” meaning “same as the 2020 column”, and an in-cell correction (原…，更正为…).
// =====================================================================================================
function buildF2() {
  const r19 = 118460; // 万元
  const r20 = 162850;
  const a19 = 30215;
  const a20 = 38964;
  assert(pct1(r20 - r19, r19) === "37.5%" && pct1(a20 - a19, a19) === "29.0%", "f2 growth");
  assert(pct1(668, 1198) === "55.8%", "f2 poor rate");
  const rows = [];
  rows.push(["台山市电子商务进农村综合示范县基本情况表（中期评估与考评对照）"]);
  rows.push(["填报单位：台山市商务局", null, null, null, null, "2021年9月6日"]);
  rows.push(["序号", "指标", "单位", "填报数", null, "说明"]);
  rows.push([null, null, null, "2020年10月中期评估", "2021年考评", null]);
  let n = 0;
  const R = (label, unit, v20, v21, note) => rows.push([++n, label, unit, v20, v21, note === undefined ? null : note]);
  const S = (t) => rows.push([t]);
  S("一、基本情况");
  R("县（市、区）", "—", "台山市", "同左");
  R("考评截止日期", "—", "—", "2021年8月31日");
  R("常住人口", "万人", 94.1, 90.7, "2020年用2019年统计年鉴数，2021年改用第七次人口普查数");
  R("行政村数", "个", 291, "同左", "不含社区");
  R("省定贫困村数", "个", 13, "同左");
  R("示范创建领导小组牵头领导", "—", "副市长 李××", "市长 陈××", "2021年4月领导小组调整");
  R("参与部门", "—", "市商务局、市财政局、市农业农村局、市扶贫办、市交通运输局", "同左", "市扶贫办已更名为市乡村振兴局");
  R("示范县工作方案", "—", "已印发（台府办函〔2019〕112号）", "同左");
  R("支持农村电商发展的政策", "—", "未出台（起草中）", "已出台（台商务〔2021〕15号）", "2021年3月出台");
  S("二、服务体系");
  R("县级电商公共服务中心投入运营日期", "—", "2020.10.16", "同左");
  R("免费培训场所、培训设备", "有/无", "有", "同左");
  R("特色农产品免费展示、销售", "有/无", "有", "同左");
  R("免费摄影、美工服务", "有/无", "无", "有", "2021年1月摄影棚投用");
  R("农产品统一推广、品牌建设指导", "有/无", "有", "同左");
  R("其他衍生增值服务", "有/无", "有", "同左");
  R("电商产业园", "—", "在建", "已整合（台城电商产业园）");
  R("专业第三方电商运营或服务商", "有/无", "有", "同左");
  R("行政村物流快递覆盖率", "%", 92.4, 100);
  S("三、农村产品上行");
  R("2019年农村网络零售额", "万元", fmtInt(r19), "同左", "省商务厅监测数");
  R("2020年农村网络零售额", "万元", "121,300（1—9月）", fmtInt(r20));
  R("2019年农产品网络零售额", "万元", fmtInt(a19), "同左");
  R("2020年农产品网络零售额", "万元", "27,600（1—9月）", fmtInt(a20));
  S("四、人才培训");
  R("电商培训人次", "人次", "3,106", "原4562，更正为4926", "9月3日与签到表核对后更正");
  R("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,275", "1,198", "动态调整");
  R("已参加培训的建档立卡贫困人口", "人", 402, 668, "不重复计");
  S("五、信息公开及报送");
  R("专栏公示创建方案", "—", "✓", "同左");
  R("专栏公示项目基本信息", "—", "✓", "同左");
  R("专栏每月更新项目建设进度", "—", "×", "✓", "2020年11月起按月更新");
  R("专栏设立征求意见或监督举报窗口", "—", "✓", "同左");
  R("能统计电商扶贫情况", "—", "能", "同左");
  S("六、资金管理");
  R("下达资金总额", "万元", 1500, "同左");
  R("累计拨付资金", "万元", 521.6, "1,137.42");
  R("项目总体进度", "%", 45, 81);
  R("资金管理制度", "—", "已制定", "同左");
  R("资金专用台账", "—", "已建立", "同左");
  R("安全生产、质量事故或重大损失", "—", "无", "无");
  S("七、评判项自评分（仅2021年考评填写）");
  const judged = {
    "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
  };
  R("方案制定（1-2分）", "分", "—", judged["org.plan"]);
  R("政策支持（1-2分）", "分", "—", judged["org.policy"], "政策2021年3月才出台，落实时间短");
  R("项目管理制度（1-2分）", "分", "—", judged["org.management.system"]);
  R("工作台账（1-2分）", "分", "—", judged["org.management.ledger"]);
  R("网销调研及建议（1-2分）", "分", "—", judged["work.upward.research"]);
  R("网络促销活动（1-2分）", "分", "—", judged["work.upward.promotion"]);
  R("交易标准、冷链及溯源（1-2分）", "分", "—", judged["work.upward.standards"]);
  R("资金管理制度（1-5分）", "分", "—", judged["fund.system"]);
  R("资金台账（1-5分）", "分", "—", judged["fund.ledger"]);
  R("资金及时拨付（1-5分）", "分", "—", judged["fund.spending"]);
  rows.push(["填表说明：“同左”表示与2020年中期评估填报数相同；2020年10月数据仅作对照，考评以“2021年考评”列为准。"]);
  rows.push(["填表人：黄××　　联系电话：0750-55×××××"]);
  const merges = ["A1:F1", "A2:E2", "A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:F4"];
  rows.forEach((r, i) => {
    if (i > 3 && r.length === 1) merges.push(`A${i + 1}:F${i + 1}`);
  });
  return {
    description:
      "台山市商务局的基本情况表，把2020年10月中期评估时报的数和2021年考评要报的数并排放：两行表头（“填报数”合并在“2020年10月中期评估”“2021年考评”两列之上），单位单独一列（万人、万元、%、人次、有/无）。只读“2021年考评”列，写“同左”的取左边2020年那一格：行政村291、贫困村13、方案已印发、中心2020.10.16运营、各项服务“有”、2019年零售额、下达资金1500万元等都是“同左”。左列过时的数不能用：牵头领导由“副市长”换成“市长”（部门同左，扶贫办已改名乡村振兴局，所以principal-all），政策从“未出台”变“已出台”，摄影美工从“无”变“有”，2020年零售额左列只有1—9月数，常住人口94.1改90.7万。培训人次一格写“原4562，更正为4926”，取4926。快递覆盖率“100”（单位%）即达到100%。第七部分是十个评判项的自评分。",
    sheets: [{ name: "基本情况对照表", rows, merges }],
    expect: {
      facts: {
        county: "台山市", asOf: "2021-08-31", residentPopulation: 907000, adminVillagesStated: 291, poorVillagesStated: 13,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: r19 * 10000, ruralRetail2020: r20 * 10000, agriRetail2019: a19 * 10000, agriRetail2020: a20 * 10000,
        trainingPersonTimesStated: 4926, eligiblePoorPersonsStated: 1198, trainedPoorPersonsStated: 668,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 15000000, fundSpentStated: 11374200, overallProgress: 0.81, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 阳江阳春市: the city bureau's 问卷星 survey, exported “按文本”: row 1 is the questions, row 2 the county's answers;
// multiple choice joined with ┋, fill-ins in 〖〗, skipped questions “(跳过)”, empty “(空)”.
// =====================================================================================================
function buildF3() {
  const judged = {
    "org.plan": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1,
    "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  assert(pct1(351800 - 264500, 264500) === "33.0%", "f3 growth");
  assert(pct1(1744, 3186) === "54.7%" && pct1(10863, 15000) === "72.4%", "f3 rates");
  const qa = [
    ["序号", 1], ["提交答卷时间", "2021/9/8 16:47:12"], ["所用时间", "1128秒"], ["来源", "微信"], ["来源详情", "N/A"],
    ["来自IP", "113.106.xx.xx(广东-阳江)"],
    ["1、县（市、区）名称：", "阳春市"],
    ["2、考评截止日期：", "2021/8/31"],
    ["3、常住人口（万人）：", "79.4"],
    ["4、行政村数（个，不含社区）：", "339"],
    ["5、省定贫困村数（个）：", "42"],
    ["6、示范创建工作领导小组组长职务：", "市长"],
    ["7、参与部门（多选）：", "商务部门┋财政部门┋农业农村部门┋扶贫（乡村振兴）部门┋交通运输部门┋其他〖市场监管局、供销社、邮政分公司〗"],
    ["8、是否已正式印发示范县工作方案：", "是"],
    ["9、是否已出台支持农村电商发展的政策文件：", "否〖正在起草，拟10月出台〗"],
    ["10、县级电商公共服务中心投入运营日期：", "2021/3/20"],
    ["11、公共服务中心免费提供的服务（多选）：", "培训场所、培训设备及电商基础培训┋特色农产品展示、销售┋农产品统一推广、品牌建设指导┋其他衍生增值服务"],
    ["12、是否建设或整合、优化电商产业园：", "是"],
    ["13、是否有专业第三方电商运营或服务商：", "是"],
    ["14、行政村物流快递覆盖率是否达到100%：", "否"],
    ["15、农村网络零售额（万元）—2019年", "264500"],
    ["15、农村网络零售额（万元）—2020年", "35.18亿元"],
    ["16、农产品网络零售额（万元）—2019年", "(空)"],
    ["16、农产品网络零售额（万元）—2020年", "61230"],
    ["17、累计培训人次：", "6320人次"],
    ["18、有劳动能力且未外出务工的建档立卡贫困人口（人）：", "3186"],
    ["19、其中已参加电商培训的（人，不重复计）：", "1744"],
    ["20、政府网站专栏已公示的内容（多选）：", "创建方案┋项目基本信息┋项目建设进度"],
    ["21、是否能统计电商扶贫情况：", "是"],
    ["22、下达资金总额（万元）：", "1500"],
    ["23、累计拨付资金（万元）：", "1,086.3"],
    ["24、项目总体进度（%）：", "76"],
    ["25、是否发生安全生产、质量事故或重大损失：", "否"],
    ["26、评判项自评分—方案制定（1-2分）", "2"],
    ["26、评判项自评分—政策支持（1-2分）", "(跳过)"],
    ["26、评判项自评分—项目管理制度（1-2分）", "2"],
    ["26、评判项自评分—工作台账（1-2分）", "2"],
    ["26、评判项自评分—网销调研及建议（1-2分）", "1"],
    ["26、评判项自评分—网络促销活动（1-2分）", "2"],
    ["26、评判项自评分—交易标准、冷链溯源（1-2分）", "1"],
    ["26、评判项自评分—资金管理制度（1-5分）", "5"],
    ["26、评判项自评分—资金台账（1-5分）", "4"],
    ["26、评判项自评分—资金及时拨付（1-5分）", "4"],
    ["27、填报人及联系电话：", "林×× 0662-77×××××"],
  ];
  const judgedCells = qa.filter(([h]) => h.startsWith("26、")).map(([, v]) => v).filter((v) => v !== "(跳过)").map(Number);
  assert(judgedCells.length === 9 && sum(judgedCells) === sum(Object.values(judged)), "f3 judged cells");
  const rows = [qa.map((x) => x[0]), qa.map((x) => x[1])];
  return {
    description:
      "阳江市商务局用问卷星收集的“示范县考评基本情况”问卷，阳春市商务局填后由问卷星“按文本”导出：第1行是题目（带题号和冒号，矩阵题拆成“15、农村网络零售额（万元）—2019年”这样的列），第2行是阳春的答案，一共四十多列，前六列是问卷星自带的提交时间、所用时间、来源、IP，不是事实（提交时间不是截止日期）。多选题用“┋”连接，“其他”的填空写在〖〗里；单选带填空写成“否〖正在起草，拟10月出台〗”；“(跳过)”是跳题逻辑跳过的（政策未出台所以政策支持自评分跳过，不是0分），“(空)”是没填（2019年农产品网络零售额没有）。第11题多选里没有勾“免费摄影、美工”，即中心不提供（false）；第20题没有勾征求意见/监督举报窗口（false）；第14题快递覆盖“否”。单位陷阱：问卷写万元，但2020年农村网络零售额填成“35.18亿元”；培训填“6320人次”。组长“市长”加上四类部门齐全，是principal-all。",
    sheets: [{ name: "问卷数据", rows }],
    expect: {
      facts: {
        county: "阳春市", asOf: "2021-08-31", residentPopulation: 794000, adminVillagesStated: 339, poorVillagesStated: 42,
        planIssued: true, policyIssued: false, centerOpened: "2021-03-20", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetail2019: 2645000000, ruralRetail2020: 3518000000, agriRetail2020: 612300000, trainingPersonTimesStated: 6320,
        eligiblePoorPersonsStated: 3186, trainedPoorPersonsStated: 1744, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 15000000,
        fundSpentStated: 10863000, overallProgress: 0.76, vetoIncident: false,
      },
      judged,
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 云浮郁南县: the 乡村振兴局 / 商务局 培训 workbook: 村居 names listed in one cell per town (★ = 省定贫困村, express in
// words per town), 贫困人口明细 grouped by household (household cells only on the first member row, merged down),
// 签到表 with three sessions stacked, each with its own title block and two trainees per row, a hidden 下拉选项 sheet.
// =====================================================================================================
function buildL1() {
  const REGION = "445322";
  const townDefs = [
    ["都城镇", 7, ["城中社区", "城东社区", "城西社区"]], ["平台镇", 6, ["平台社区"]], ["千官镇", 5, []], ["大湾镇", 6, ["大湾社区"]],
    ["河口镇", 5, []], ["宋桂镇", 6, []], ["东坝镇", 5, []], ["连滩镇", 8, ["连滩社区"]], ["历洞镇", 5, []],
    ["南江口镇", 6, ["南江口社区"]], ["桂圩镇", 6, []], ["通门镇", 5, []], ["建城镇", 6, []], ["宝珠镇", 6, []], ["大方镇", 6, []],
  ];
  const A = "大石黄新东西南北上下高罗白金竹松兰桂莲沙龙凤云古平宝社良华榃";
  const B = ["坑", "塘", "坪", "岗", "垌", "岭", "田", "湾", "洞", "冲", "头", "围", "步", "水", "朗", "岩", "山", "江", "圩", "寨"];
  const used = new Set();
  const towns = townDefs.map(([t, n, cs]) => {
    const vs = [];
    while (vs.length < n) {
      const nm = A[rint(0, A.length - 1)] + B[rint(0, B.length - 1)] + "村";
      if (used.has(nm)) continue;
      used.add(nm);
      vs.push(nm);
    }
    return { town: t, vs, cs };
  });
  // poor villages: 10, spread over towns
  const poorSet = new Set();
  for (const ti of [1, 2, 4, 5, 7, 7, 8, 11, 13, 14]) {
    const vs = towns[ti].vs.filter((v) => !poorSet.has(v));
    poorSet.add(vs[rint(0, vs.length - 1)]);
  }
  assert(poorSet.size === 10, "l1 10 poor villages");
  // express: two towns have villages not reached
  const noExpress = new Set([towns[8].vs[2], towns[8].vs[4], towns[12].vs[1]]);
  const vRows = [];
  vRows.push(["郁南县村（居）委会基本情况"]);
  vRows.push(["（★为省定相对贫困村）", null, null, null, null, "资料来源：县民政局、县乡村振兴局、县邮政分公司"]);
  vRows.push(["序号", "镇", "村委会（个）", "村委会名单", "社区（个）", "社区名单", "快递进村情况"]);
  const vRecs = [];
  towns.forEach(({ town, vs, cs }, i) => {
    const ne = vs.filter((v) => noExpress.has(v));
    const exp = ne.length ? "未通达：" + ne.join("、") + "；其余已通达" : "全部通达";
    vRows.push([i + 1, town, vs.length, vs.map((v) => v + (poorSet.has(v) ? "★" : "")).join("、"), cs.length || "—", cs.length ? cs.join("、") : "—", exp]);
    for (const v of vs) vRecs.push({ name: v, admin: true, poor: poorSet.has(v), express: !noExpress.has(v) });
    for (const c of cs) vRecs.push({ name: c, admin: false });
  });
  const nAdmin = sum(towns.map((t) => t.vs.length));
  const nComm = sum(towns.map((t) => t.cs.length));
  vRows.push(["合计", null, nAdmin, "其中省定贫困村" + poorSet.size + "个", nComm, null, "行政村快递通达" + (nAdmin - noExpress.size) + "个"]);
  assert(nAdmin === 88 && nComm === 7, "l1 counts " + nAdmin + "/" + nComm);
  const allV = towns.flatMap((t) => t.vs);

  // ---------------- poor persons by household
  // [relation, sex(1 male), birth, labour text, migrant text]
  const H = [
    ["连滩镇", [["户主", 1, "1968-03-12", "普通劳动力", "否"], ["配偶", 0, "1971-07-05", "普通劳动力", "是（省外）"], ["之子", 1, "1995-10-21", "技能劳动力", "是（省内县外）"], ["之女", 0, "2008-02-14", "无劳动力（在校生）", null]]],
    ["连滩镇", [["户主", 1, "1955-11-30", "丧失劳动力", null], ["配偶", 0, "1958-04-18", "普通劳动力", "否"]]],
    ["宝珠镇", [["户主", 0, "1979-06-09", "普通劳动力", "否"], ["之子", 1, "2006-09-01", "无劳动力（在校生）", null], ["之母", 0, "1949-01-25", "无劳动力", null]]],
    ["宝珠镇", [["户主", 1, "1972-12-02", "技能劳动力", "是（省外）"], ["配偶", 0, "1975-05-16", "普通劳动力", "否"], ["之子", 1, "1999-08-08", "普通劳动力", "否"], ["之女", 0, "2003-03-27", "普通劳动力", "是（省内县外）"]]],
    ["通门镇", [["户主", 1, "1964-02-19", "普通劳动力", "否"], ["配偶", 0, "1966-10-03", "丧失劳动力", null]]],
    ["通门镇", [["户主", 1, "1981-04-11", "普通劳动力", "否"], ["配偶", 0, "1984-08-29", "普通劳动力", "否"], ["之子", 1, "2010-12-12", "无劳动力", null], ["之女", 0, "2013-06-30", "无劳动力", null]]],
    ["平台镇", [["户主", 1, "1950-09-17", "无劳动力", null]]],
    ["平台镇", [["户主", 1, "1976-01-08", "普通劳动力", "是（省外）"], ["配偶", 0, "1978-11-22", "普通劳动力", "否"], ["之母", 0, "1946-07-07", "无劳动力", null], ["之子", 1, "2005-05-05", "无劳动力（在校生）", null]]],
    ["千官镇", [["户主", 0, "1969-08-14", "普通劳动力", "否"], ["之子", 1, "1992-03-03", "技能劳动力", "否"], ["之儿媳", 0, "1994-12-19", "普通劳动力", "否"], ["之孙子", 1, "2017-10-10", "无劳动力", null]]],
    ["大方镇", [["户主", 1, "1960-05-28", "普通劳动力", "否"], ["配偶", 0, "1962-09-09", "普通劳动力", "否"], ["之子", 1, "1987-02-02", "普通劳动力", "是（省外）"]]],
  ];
  const xPerson = [7, 1]; // household 8 spouse: her ID ends in X, written with a lower-case x on the sign-in sheet
  const persons = [];
  const pRows = [];
  pRows.push(["郁南县建档立卡贫困人口明细（示范县考评用）"]);
  pRows.push(["数据来源：全国扶贫开发信息系统（2020年底），县乡村振兴局导出；劳动能力、外出务工按系统口径"]);
  pRows.push(["户编号", "户主姓名", "所在镇", "所在村", "家庭人数", "成员姓名", "与户主关系", "性别", "身份证号码", "劳动能力", "是否外出务工", "备注"]);
  const pMerges = ["A1:L1", "A2:L2"];
  H.forEach(([town, members], hi) => {
    const t = towns.find((x) => x.town === town);
    const village = t.vs.filter((v) => poorSet.has(v))[0] || t.vs[0];
    const surname = SURNAMES[rint(0, SURNAMES.length - 1)];
    const first = pRows.length + 1;
    members.forEach(([rel, male, birth, lab, mig], mi) => {
      const sameName = ["户主", "之子", "之女", "之孙子"].includes(rel);
      const nm = personName(sameName ? surname : undefined);
      const wantX = hi === xPerson[0] && mi === xPerson[1] ? true : false;
      const id = makeId(REGION, birth, !!male, wantX);
      const labour = lab.startsWith("普通") || lab.startsWith("技能");
      const migrant = mig === null ? null : mig.startsWith("是");
      persons.push({ id, name: nm, labour, migrant, village, town, hi, mi });
      pRows.push([mi === 0 ? "4453220" + String(hi + 1).padStart(5, "0") : null, mi === 0 ? nm : null, mi === 0 ? town : null,
        mi === 0 ? village.replace(/村$/, "村委会") : null, mi === 0 ? members.length : null, nm, rel, male ? "男" : "女", id, lab, mig,
        lab.includes("在校生") ? "在校生" : null]);
    });
    if (members.length > 1) for (const c of ["A", "B", "C", "D", "E"]) pMerges.push(`${c}${first}:${c}${pRows.length}`);
  });
  pRows.push(["合计", null, null, null, persons.length, "户数" + H.length + "户"]);
  const eligible = persons.filter((p) => p.labour && p.migrant === false);
  assert(persons.length === 31 && eligible.length === 14, "l1 persons " + persons.length + "/" + eligible.length);
  assert(persons[persons.findIndex((p) => p.hi === 7 && p.mi === 1)].id.endsWith("X"), "l1 X id");

  // ---------------- sign-in sheets: three sessions stacked, two trainees per row (odd left, even right)
  const P = (hi, mi) => persons.find((p) => p.hi === hi && p.mi === mi);
  const poorTrainees = [
    [P(0, 0), P(1, 1), P(3, 1), P(5, 0), P(0, 1)],             // session 1 (P(0,1) is a migrant worker: trained, not eligible)
    [P(2, 0), P(8, 1), P(9, 1), P(7, 1)],                      // session 2 (P(7,1): lower-case x on the sheet)
    [P(0, 0), P(5, 1), P(8, 0), P(3, 2)],                      // session 3 (P(0,0) again: second person-time)
  ];
  const sessions = [
    { no: 1, topic: "电商基础与网店开设", when: "2020年11月24日—26日", iso: "2020-11-26", place: "连滩镇文化站", n: 17 },
    { no: 2, topic: "农产品短视频拍摄与直播带货", when: "2021年3月9日（全天）", iso: "2021-03-09", place: "县电子商务公共服务中心", n: 14 },
    { no: 3, topic: "无核黄皮网店运营提升班", when: "2021.6.15-6.17", iso: "2021-06-17", place: "宝珠镇政府会议室", n: 12 },
  ];
  const tRows = [];
  const tMerges = [];
  const tRecs = [];
  const idsUsedAsTrainee = [];
  let maskedDone = false;
  let missingDone = false;
  sessions.forEach((s, si) => {
    tRows.push(["郁南县电子商务进农村综合示范培训签到表"]);
    tMerges.push(`A${tRows.length}:K${tRows.length}`);
    tRows.push([`期次：第${s.no}期　　培训主题：${s.topic}　　培训时间：${s.when}　　地点：${s.place}`]);
    tMerges.push(`A${tRows.length}:K${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号码", "所在村", "签名", null, "序号", "姓名", "身份证号码", "所在村", "签名"]);
    const people = [];
    const poorHere = poorTrainees[si].slice();
    for (let k = 0; k < s.n; k++) {
      if (poorHere.length && (k === 1 || k === 4 || k === 6 || k === 9 || k === 12)) {
        const p = poorHere.shift();
        const idCell = p.id.endsWith("X") && si === 1 ? p.id.slice(0, 17) + "x" : p.id;
        people.push({ name: p.name, idCell, id: p.id, village: p.village });
        continue;
      }
      const birth = randIsoBetween("1970-01-01", "2002-12-31");
      const id = makeId(REGION, birth, rnd() < 0.5, false);
      const v = allV[rint(0, allV.length - 1)];
      const nm = personName();
      if (si === 1 && k === 10 && !maskedDone) {
        maskedDone = true;
        const masked = id.slice(0, 6) + "********" + id.slice(14);
        people.push({ name: nm, idCell: masked, id: masked, village: v });
      } else if (si === 2 && k === 7 && !missingDone) {
        missingDone = true;
        people.push({ name: nm, idCell: "（未带身份证）", id: null, village: v });
      } else {
        people.push({ name: nm, idCell: id, id, village: v });
      }
    }
    assert(poorHere.length === 0, "l1 all poor trainees placed in session " + s.no);
    for (let k = 0; k < people.length; k += 2) {
      const a = people[k];
      const b = people[k + 1];
      tRows.push([k + 1, a.name, a.idCell, a.village, null, null].concat(b ? [k + 2, b.name, b.idCell, b.village, null] : [null, null, null, null, null]));
    }
    for (const p of people) {
      tRecs.push({ date: s.iso, personTimes: 1, id: p.id });
      if (p.id) idsUsedAsTrainee.push(p.id);
    }
    tRows.push([`本期实到${s.n}人。`, null, null, null, null, null, "培训单位（盖章）：郁南县电子商务公共服务中心"]);
    tMerges.push(`A${tRows.length}:E${tRows.length}`, `G${tRows.length}:K${tRows.length}`);
    if (si < sessions.length - 1) tRows.push([]);
  });
  assert(maskedDone && missingDone, "l1 masked and missing ids placed");
  assert(tRecs.length === 43, "l1 43 sign-ins");
  const eligibleIds = new Set(eligible.map((p) => p.id));
  const trainedEligible = new Set(idsUsedAsTrainee.filter((id) => eligibleIds.has(id)));
  assert(trainedEligible.size === 11, "l1 trained eligible " + trainedEligible.size);
  for (const r of tRecs) if (r.id && !r.id.includes("*")) assert(idValid(r.id), "l1 trainee id valid " + r.id);

  const opt = [
    ["劳动能力", "普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "丧失劳动力", "无劳动力", "无劳动力（在校生）"],
    ["是否外出务工", "是（省外）", "是（省内县外）", "否"],
    ["与户主关系", "户主", "配偶", "之子", "之女", "之儿媳", "之孙子", "之母", "之父"],
    ["性别", "男", "女"],
  ];
  return {
    description:
      "郁南县培训及贫困人口工作簿（县乡村振兴局与县商务局共用）。“村居基本情况”一镇一行，村委会名单全部写在一个单元格里用顿号分隔，★标省定贫困村（没有★的村不是贫困村），社区另列一格，“快递进村情况”按镇写“全部通达”或“未通达：某村、某村；其余已通达”，要拆到每个村。“贫困人口明细”按户排列：户编号、户主、镇、村、人数只写在每户第一行并向下合并，劳动能力用系统口径（普通/技能劳动力=有，丧失/无劳动力含在校生=无），外出务工写“是（省外）”“是（省内县外）”“否”，无劳动力者空白。“培训签到表”三期上下叠放，每期有自己的标题和“培训时间”（2020年11月24日—26日取26日；2021.6.15-6.17取6月17日），每行左右各一名学员（左单号、右双号，按行读），身份证号有一个小写x（记为大写X）、一个打码的、一个写“（未带身份证）”（id为null）。隐藏页“下拉选项”不是台账。",
    sheets: [
      { name: "村居基本情况", rows: vRows, merges: ["A1:G1", "A2:E2", "F2:G2"] },
      { name: "贫困人口明细", rows: pRows, merges: pMerges },
      { name: "培训签到表", rows: tRows, merges: tMerges },
      { name: "下拉选项", rows: opt, hidden: true },
    ],
    expect: {
      sheets: {
        "村居基本情况": { kind: "villages", records: vRecs },
        "贫困人口明细": { kind: "poorPersons", records: persons.map((p) => ({ id: p.id, labour: p.labour, migrant: p.migrant })) },
        "培训签到表": { kind: "training", records: tRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 惠州博罗县: 信息公开及报送台账.xlsx: the government-site CMS export (创建时间 / 发布时间 / 最后修改时间: only 发布时间
// dates an update; newest first), the 邮箱“已发送” log of monthly reports (dates with weekday and time, Y/N column),
// 经验材料 as numbered paragraphs in one column, and a 月度统计 pivot that summarises the two logs (not a ledger).
// =====================================================================================================
function buildL2() {
  const WD = "日一二三四五六";
  const cms = [
    ["博罗县电子商务进农村综合示范创建工作方案", "创建方案", "2019-12-10", "2019-12-11", "2019-12-11"],
    ["关于公开征求电子商务进农村综合示范项目意见的公告", "征求意见", "2019-12-10", "2019-12-11", "2020-01-06"],
    ["博罗县电子商务进农村综合示范项目基本信息", "项目信息", "2020-05-20", "2020-05-21", "2020-05-21"],
    ["项目建设进度（2020年8月）", "建设进度", "2020-09-04", "2020-09-07", "2020-09-07"],
    ["项目建设进度（2020年9月）", "建设进度", "2020-10-09", "2020-10-12", "2020-10-12"],
    ["项目建设进度（2020年10月）", "建设进度", "2020-11-06", "2020-11-09", "2020-11-09"],
    ["项目建设进度（2020年11月）", "建设进度", "2020-12-04", "2020-12-08", "2020-12-08"],
    ["项目建设进度（2020年12月）", "建设进度", "2020-12-31", "2021-01-05", "2021-01-05"],
    ["项目建设进度（2021年1月）", "建设进度", "2021-01-29", "2021-02-02", "2021-02-02"],
    ["项目建设进度（2021年2月）", "建设进度", "2021-03-05", "2021-03-08", "2021-03-08"],
    ["项目建设进度（2021年3月）", "建设进度", "2021-04-07", "2021-04-09", "2021-04-09"],
    ["项目建设进度（2021年4月）", "建设进度", "2021-05-08", "2021-05-11", "2021-05-11"],
    ["项目建设进度（2021年5月）", "建设进度", "2021-06-04", "2021-06-07", "2021-06-07"],
    ["项目建设进度（2021年6月）", "建设进度", "2021-06-30", "2021-07-02", "2021-07-02"],
    ["项目建设进度（2021年7月）", "建设进度", "2021-07-30", "2021-08-03", "2021-09-01"],
    ["项目建设进度（2021年8月）", "建设进度", "2021-09-03", "2021-09-06", "2021-09-06"],
  ];
  const inWin = (iso) => iso.slice(0, 7) >= "2020-09" && iso.slice(0, 7) <= "2021-08";
  const pubMonths = new Set(cms.map((c) => c[3]).filter(inWin).map((d) => d.slice(0, 7)));
  const creMonths = new Set(cms.map((c) => c[2]).filter(inWin).map((d) => d.slice(0, 7)));
  assert(pubMonths.size === 12 && creMonths.size === 10, "l2 publish 12 months, create 10: " + pubMonths.size + "/" + creMonths.size);
  for (const c of cms) assert(c[2] <= c[3] && c[3] <= c[4], "l2 create ≤ publish ≤ modify " + c[0]);
  const dRows = [];
  dRows.push(["信息发布管理 > 专题专栏 > 电子商务进农村综合示范 > 信息列表（导出）"]);
  dRows.push(["序号", "信息ID", "标题", "所属栏目", "创建人", "创建时间", "发布时间", "最后修改时间", "状态", "点击量"]);
  const desc = cms.slice().sort((a, b) => (a[3] < b[3] ? 1 : a[3] > b[3] ? -1 : 0));
  desc.forEach((c, i) => {
    // same-day times stay in order: created in the morning, published around noon, modified in the late afternoon
    const tm = (h0, h1) => [rint(h0, h1), rint(0, 59), rint(0, 59)].map((x) => String(x).padStart(2, "0")).join(":");
    const tc = c[2] + " " + tm(8, 10);
    const tp = c[3] + " " + tm(11, 14);
    const tmod = c[4] + " " + tm(15, 17);
    assert(tc < tp && tp < tmod, "l2 times ordered " + c[0]);
    dRows.push([i + 1, String(2193400 + cms.indexOf(c) * 37), c[0], "电子商务进农村综合示范/" + c[1], i % 3 ? "blswj_zhang" : "blswj_ye",
      tc, tp, tmod, "已发布", rint(40, 900)]);
  });
  const dRecs = desc.map((c) => ({ date: c[3] }));

  // ---------------- reports: 邮箱“已发送” export
  const reps = [
    ["2020-08-06", "博罗县2020年7月电商进农村工作月报", "7月月报.docx", "N"],
    ["2020-09-07", "博罗县2020年8月电商进农村工作月报", "8月月报.docx", "N"],
    ["2020-10-09", "博罗县2020年9月电商进农村工作月报及电商扶贫统计表", "9月月报.docx；电商扶贫统计表（9月）.xlsx", "Y"],
    ["2020-11-05", "博罗县2020年10月电商进农村工作月报及电商扶贫统计表", "10月月报.docx；电商扶贫统计表（10月）.xlsx", "Y"],
    ["2020-12-07", "博罗县2020年11月电商进农村工作月报及电商扶贫统计表", "11月月报.docx；电商扶贫统计表（11月）.xlsx", "Y"],
    ["2020-12-08", "重发：博罗县2020年11月月报（补附件）", "电商扶贫统计表（11月）.xlsx", "Y"],
    ["2021-01-06", "博罗县2020年12月电商进农村工作月报及电商扶贫统计表", "12月月报.docx；电商扶贫统计表（12月）.xlsx", "Y"],
    ["2021-03-03", "博罗县2021年1—2月电商进农村工作月报及电商扶贫统计表", "1—2月月报.docx；电商扶贫统计表（1—2月）.xlsx", "Y"],
    ["2021-04-07", "博罗县2021年3月电商进农村工作月报", "3月月报.docx", null],
    ["2021-05-08", "博罗县2021年4月电商进农村工作月报及电商扶贫统计表", "4月月报.docx；电商扶贫统计表（4月）.xlsx", "Y"],
    ["2021-06-04", "博罗县2021年5月电商进农村工作月报及电商扶贫统计表", "5月月报.docx；电商扶贫统计表（5月）.xlsx", "Y"],
    ["2021-07-06", "博罗县2021年6月电商进农村工作月报及电商扶贫统计表", "6月月报.docx；电商扶贫统计表（6月）.xlsx", "Y"],
    ["2021-08-05", "博罗县2021年7月电商进农村工作月报及电商扶贫统计表", "7月月报.docx；电商扶贫统计表（7月）.xlsx", "Y"],
    ["2021-09-06", "博罗县2021年8月电商进农村工作月报及电商扶贫统计表", "8月月报.docx；电商扶贫统计表（8月）.xlsx", "Y"],
  ];
  const rRows = [];
  rRows.push(["县商务局电商股邮箱 已发送邮件（筛选：收件人含“惠州市商务局”）"]);
  rRows.push(["序号", "发送时间", "收件人", "主题", "附件", "是否附扶贫统计表（Y/N）"]);
  reps.forEach(([iso, subj, att, yn], i) => {
    const [y, m, d] = ymd(iso);
    const wd = WD[new Date(Date.UTC(y, m - 1, d)).getUTCDay()];
    const hh = rint(9, 17);
    const when = `${y}年${m}月${d}日 (星期${wd}) ${hh}:${String(rint(0, 59)).padStart(2, "0")}`;
    rRows.push([i + 1, when, "惠州市商务局电子商务科", subj, att, yn]);
  });
  rRows.push(["注：2021年2月因春节与3月合并报送。"]);
  const rRecs = reps.map(([iso, , , yn]) => ({ date: iso, poverty: yn === null ? null : yn === "Y" }));
  const repMonths = new Set(reps.map((r) => r[0]).filter(inWin).map((d) => d.slice(0, 7)));
  assert(repMonths.size === 11 && !repMonths.has("2021-02"), "l2 report months " + repMonths.size);
  assert(new Date(Date.UTC(2020, 8, 7)).getUTCDay() === 1, "l2 weekday check: 2020-09-07 was a Monday");

  // ---------------- materials: numbered paragraphs in one column
  const mats = [
    ["《博罗县“党建+电商”助力乡村振兴的做法》（2020年12月8日报惠州市商务局）", "2020-12-08"],
    ["《博罗县罗浮山百草油电商品牌培育案例》（2021年3月12日报市商务局，市局《电商工作简报》第5期采用）", "2021-03-12"],
    ["《博罗县村级电商服务站“一站多用”经验》（2021年5月报送市商务局）", "2021-05"],
    ["《博罗县电子商务进农村综合示范创建工作总结》（2021年9月3日报市商务局）", "2021-09-03"],
  ];
  const mRows = [["博罗县电子商务进农村经验材料报送情况"], ["（按报送时间排列）"]];
  mats.forEach(([t], i) => mRows.push([`${i + 1}. ${t}`]));
  mRows.push(["以上材料电子版存于“宣传推广/经验材料”文件夹。"]);

  // ---------------- pivot (not a ledger)
  const months = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(2020, 8 + i, 1));
    months.push(d.toISOString().slice(0, 7));
  }
  const cnt = (isos) => months.map((m) => isos.filter((x) => x.startsWith(m)).length);
  const pv = [];
  pv.push(["月度统计（根据“专栏发布记录”“月报发送记录”汇总，非台账，仅供参考）"]);
  pv.push(["项目"].concat(months.map((m) => `${Number(m.slice(0, 4))}年${Number(m.slice(5))}月`), ["合计"]));
  const c1 = cnt(cms.map((c) => c[3]));
  const c2 = cnt(reps.map((r) => r[0]));
  pv.push(["专栏更新（条，按发布时间）"].concat(c1, [sum(c1)]));
  pv.push(["月报报送（次）"].concat(c2, [sum(c2)]));
  assert(c1.every((x) => x >= 1) && c2.filter((x) => x === 0).length === 1, "l2 pivot");

  const instr = [
    ["填报说明"],
    ["1. “专栏发布记录”由县政府网站信息发布系统导出，按发布时间倒序；以“发布时间”为准，创建时间、最后修改时间仅供参考。"],
    ["2. “月报发送记录”由电商股邮箱已发送邮件导出，只保留发给惠州市商务局的邮件。"],
    ["3. 经验材料按报送时间登记。"],
    ["博罗县商务局电商股　2021年9月"],
  ];
  return {
    description:
      "博罗县商务局“信息公开及报送台账”工作簿。“专栏发布记录”是县政府网站信息发布系统导出：每行有创建时间、发布时间、最后修改时间三个带时分秒的时间，只有“发布时间”是专栏更新日期（有几条月末创建、次月初发布，按创建时间会少掉2021年2月和8月），按发布时间倒序排列；“征求意见”公告也是专栏更新。“月报发送记录”是邮箱已发送导出，发送时间写成“2020年9月7日 (星期一) 15:12”，是否附扶贫统计表用Y/N，3月那条留空（null），12月8日“重发”补附件也是一条报送记录，2021年2月没有发送。“经验材料报送”一列一段，日期在括号里，“2021年5月报送”只到月，9月3日那条照录。“月度统计”是前两张表的汇总（月份作列、单元格是条数），不是台账；“填报说明”也不是。",
    sheets: [
      { name: "填报说明", rows: instr, merges: ["A1:H1", "A2:H2", "A3:H3", "A4:H4", "A5:H5"] },
      { name: "专栏发布记录", rows: dRows, merges: ["A1:J1"] },
      { name: "月报发送记录", rows: rRows, merges: ["A1:F1", "A" + rRows.length + ":F" + rRows.length] },
      { name: "经验材料报送", rows: mRows },
      { name: "月度统计", rows: pv, merges: ["A1:N1"] },
    ],
    expect: {
      sheets: {
        "填报说明": { kind: null },
        "专栏发布记录": { kind: "disclosures", records: dRecs },
        "月报发送记录": { kind: "reports", records: rRecs },
        "经验材料报送": { kind: "materials", records: mats.map((m) => ({ date: m[1] })) },
        "月度统计": { kind: null },
      },
    },
  };
}

// ---------------------------------------------------------------- main
const c1 = buildC1();
const f1 = buildF1();
assert(f1._check(), "f1: at least one label and its number are on different rows");
delete f1._check;
const f2 = buildF2();
const f3 = buildF3();
const l1 = buildL1();
const l2 = buildL2();

// cross-checks of stated facts against the sheets' own text
const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("２０２０年１２月１８日") && txt(c1).includes("□是　□否"), "c1 text");
assert(txt(f2).includes("原4562，更正为4926") && txt(f2).includes("1,137.42"), "f2 text");
assert(txt(f3).includes("35.18亿元") && txt(f3).includes("(跳过)") && txt(f3).includes("(空)"), "f3 text");
assert(!txt(f3).includes("免费摄影") && !txt(f3).includes("监督举报"), "f3: the unticked options are not in the answers");

write("counties", "b146-c1-enping.json", c1);
write("facts", "b146-f1-huaiji.json", f1);
write("facts", "b146-f2-taishan.json", f2);
write("facts", "b146-f3-yangchun.json", f3);
write("ledgers", "b146-l1-yunan.json", l1);
write("ledgers", "b146-l2-boluo.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
