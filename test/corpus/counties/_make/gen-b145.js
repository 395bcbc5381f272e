// Batch 145 corpus generator (blind): written from ledgers.md, scoring-rules.md, the Lechang self-assessment and
// test/corpus/README.md only; the helper/validation block follows gen-b144.js. Deterministic (seeded PRNG).
"use strict";
// Cases: c1 南澳县 (自查评分表 with “X（原报Y）” corrections + sign-in blocks pasted one under another, a village list
//            in two stacked tables with ★ poor marks, a website column list copied as text, a 发文登记 extract, a wide
//            funds table with up to three payments per project in 万元, park enterprises typed as a √ matrix),
//        f1 紫金县 (self-assessment report copied out of a PDF: one line per row, lines broken mid-sentence, page numbers),
//        f2 南雄市 (provincial information system export: codes, 填报值 | 计量单位 | 校验结果, 1/0 answers, radio/checkbox
//            text, 8-digit dates, a 自评得分 section with split judged rows),
//        f3 惠来县 (two-year data table with a two-row merged header, a ✓ 已完成/未完成 task table below, a leading-group table),
//        l1 阳山县 (training workbook: sessions with 人数/天数/人次 and date ranges, a poor-trainee list with ranges, masked and
//            lower-case-x IDs, a lecturer register that is not a ledger),
//        l2 潮安区 (民政 统计用区划代码 village list + a station sheet turned on its side + a station turnover table with months
//            as columns that is not a ledger).

const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "../..");
const BATCH = "b145";

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
function fmtInt(n) {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function pct1(num, den) {
  return (Math.round((num / den) * 1000) / 10).toFixed(1) + "%";
}
// 万元 with up to 4 decimals -> integer 元, exactly
function wan(x) {
  const s = String(x);
  const [i, f = ""] = s.split(".");
  assert(f.length <= 4, "too many decimals " + s);
  return Number(i) * 10000 + Number((f + "0000").slice(0, 4));
}
function isoAddDays(iso, n) {
  return new Date(Date.parse(iso + "T00:00:00Z") + n * 86400000).toISOString().slice(0, 10);
}
// deterministic PRNG
let seed = 145145;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
function pick(a) {
  return a[Math.floor(rnd() * a.length)];
}
function rint(lo, hi) {
  return lo + Math.floor(rnd() * (hi - lo + 1));
}
const ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function creditCode(division) {
  let s = "91" + division + "MA";
  while (s.length < 17) s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  assert(s.length === 18, "credit code length");
  return s;
}
// 身份证号 with a valid GB 11643 check digit
const ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function idCheck(s17) {
  const t = sum(s17.split("").map((c, i) => Number(c) * ID_W[i]));
  return "10X98765432"[t % 11];
}
function idValid(id) {
  return /^\d{17}[\dX]$/.test(id) && idCheck(id.slice(0, 17)) === id[17];
}
const usedIds = new Set();
function makeId(region, birthIso, male, wantX) {
  const b = birthIso.replace(/-/g, "");
  for (let tries = 0; tries < 5000; tries++) {
    const seqA = String(rint(0, 99)).padStart(2, "0");
    let g = rint(0, 9);
    if (male && g % 2 === 0) g = (g + 1) % 10;
    if (!male && g % 2 === 1) g = (g + 1) % 10;
    const s17 = region + b + seqA + g;
    const id = s17 + idCheck(s17);
    if (usedIds.has(id)) continue;
    if (wantX === true && id[17] !== "X") continue;
    if (wantX === false && id[17] === "X") continue;
    usedIds.add(id);
    return id;
  }
  throw new Error("could not make id");
}
function randBirth(y0, y1) {
  const y = rint(y0, y1);
  const m = rint(1, 12);
  const d = rint(1, 28);
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}
const SURN = "陈林黄李吴张王刘蔡郑许杨谢郭曾邱钟周洪庄翁余";
const GIV = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华玉兰志红海燕晓锋建文佳雪鹏辉婷";
function personName() {
  const n = rnd() < 0.75 ? 2 : 1;
  let s = pick(SURN);
  for (let i = 0; i < n; i++) s += pick(GIV);
  return s;
}
function phone() {
  return pick(["138", "139", "135", "136", "137", "150", "158", "188", "189", "133"]) + String(rint(0, 99999999)).padStart(8, "0");
}
function ymd(iso, style) {
  const [y, m, d] = iso.split("-").map(Number);
  if (style === "cn") return `${y}年${m}月${d}日`;
  if (style === "dot") return `${y}.${m}.${d}`;
  if (style === "slash") return `${y}/${m}/${d}`;
  if (style === "dash1") return `${y}-${m}-${d}`;
  if (style === "yy") return `${String(y).slice(2)}.${m}.${d}`;
  if (style === "compact") return iso.replace(/-/g, "");
  throw new Error("style " + style);
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
    const covered = new Set();
    for (const m of sh.merges || []) {
      const mm = /^([A-Z]{1,3})(\d+):([A-Z]{1,3})(\d+)$/.exec(m);
      assert(mm, file + ": bad merge " + m);
      const c0 = colIndex(mm[1]);
      const c1 = colIndex(mm[3]);
      const r0 = Number(mm[2]);
      const r1 = Number(mm[4]);
      assert(c0 <= c1 && r0 <= r1 && (c0 < c1 || r0 < r1), file + ": degenerate merge " + m);
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const k = r + ":" + c;
          assert(!covered.has(k), file + "/" + sh.name + ": overlapping merge " + m);
          covered.add(k);
          // only the top-left cell of a merge may carry a value
          if (r !== r0 || c !== c0) {
            const row = sh.rows[r - 1];
            const v = row ? row[c] : undefined;
            assert(v === undefined || v === null, `${file}/${sh.name}: value hidden under merge ${m} at ${colName(c)}${r}`);
          }
        }
      }
    }
    if ("hidden" in sh) assert(typeof sh.hidden === "boolean", file + ": hidden must be boolean");
    const allowed = new Set(["name", "rows", "merges", "hidden"]);
    for (const k of Object.keys(sh)) assert(allowed.has(k), file + ": unknown sheet key " + k);
  }
  return names;
}
function colIndex(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
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
    assert(new RegExp("^" + BATCH + "-f[1-3]-[a-z]+\\.json$").test(file), file + ": bad name");
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
    assert(new RegExp("^" + BATCH + "-l[1-2]-[a-z]+\\.json$").test(file), file + ": bad name");
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
          if (k === "id") assert(v === null || (typeof v === "string" && v.length === 18 && (idValid(v) || v.includes("*"))), `${file}/${n}: bad id ${v}`);
        }
      }
    }
    assert(ledgers >= 1, file + ": no ledger sheet");
  } else if (folder === "counties") {
    assert(new RegExp("^" + BATCH + "-c1-[a-z]+\\.json$").test(file), file + ": bad name");
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
// c1 — 汕头市南澳县: the bureau's 自查评分表 (criteria split into 分项 rows, a 分项自评 column, a merged 指标自评分
// column with corrections typed as “1（原报2）”, header facts with a corrected population), plus its ledgers.
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440523";
  // ---------------- villages: two stacked tables (行政村 / 社区), ★ marks 省定相对贫困村
  const towns = [
    ["后宅镇", ["后花园村", "山顶村", "龙地村", "布袋澳村", "竹栖肚村", "长山尾村", "北角村", "田仔村", "东畔村", "西畔村"], ["隆澳社区", "中兴社区", "金城社区"]],
    ["深澳镇", ["深澳村", "金山村", "海滨村", "后江村", "竹林村", "坑内村", "东门村", "宫前村"], ["深澳社区"]],
    ["云澳镇", ["澳前村", "中柱村", "三澳村", "叠石村", "赤石湾村", "东山村", "上园村", "大衙村"], ["云澳社区"]],
  ];
  const poorV = new Set(["竹栖肚村", "三澳村"]);
  const townOf = {};
  const adminVillages = [];
  const communities = [];
  for (const [t, vs, cs] of towns) {
    for (const v of vs) (townOf[v] = t), adminVillages.push(v);
    for (const c of cs) (townOf[c] = t), communities.push(c);
  }
  assert(adminVillages.length === 26 && communities.length === 5, "c1 village counts");
  assert(new Set(adminVillages.concat(communities)).size === 31, "c1 names unique");
  const vRows = [];
  vRows.push(["南澳县村（社区）名册（2021年）"]);
  vRows.push(["注：名称前加“★”的为省定相对贫困村；“通快递”指有快递企业在村设点或直投到村。"]);
  vRows.push(["一、行政村（村民委员会）"]);
  vRows.push(["序号", "镇", "村委会名称", "户数", "户籍人口", "通快递"]);
  let n = 0;
  for (const [t, vs] of towns) {
    vs.forEach((v, i) => {
      n++;
      const hh = rint(180, 820);
      vRows.push([n, i === 0 ? t : null, (poorV.has(v) ? "★" : "") + v + "委会", hh, hh * 3 + rint(0, 400), "是"]);
    });
  }
  vRows.push(["小计：行政村26个，其中省定相对贫困村2个（★）"]);
  vRows.push([]);
  vRows.push(["二、社区（居民委员会）"]);
  vRows.push(["序号", "镇", "社区居委会名称", "户数", "户籍人口", "通快递"]);
  n = 0;
  for (const [t, , cs] of towns) {
    cs.forEach((c, i) => {
      n++;
      const hh = rint(900, 2600);
      vRows.push([n, i === 0 ? t : null, c + "居委会", hh, hh * 3 + rint(0, 600), "是"]);
    });
  }
  vRows.push(["小计：社区5个"]);
  vRows.push(["填表：县民政局（名称、户数、人口）、县商务局（通快递）　2021年7月"]);
  const vMerges = ["A1:F1", "A2:F2", "A3:F3"];
  vMerges.push("A31:F31", "A33:F33", "A40:F40", "A41:F41");
  assert(vRows[30][0].startsWith("小计：行政村") && vRows[32][0].startsWith("二、") && vRows[39][0].startsWith("小计：社区"), "c1 village row layout");

  // ---------------- stations: 所在地 written 镇+村, one “同上” date
  const sRows = [];
  sRows.push(["南澳县村级电子商务服务站点清单"]);
  sRows.push(["（截至2021年9月15日）"]);
  sRows.push(["序号", "站点名称", "所在地（镇村）", "负责人", "联系电话", "挂牌时间", "服务内容", "备注"]);
  // [village, opened iso, date cell, remark]
  const st = [
    ["后花园村", "2020-07-16", D("2020-07-16"), null],
    ["山顶村", "2020-07-16", "同上", "与后花园村站同日挂牌"],
    ["龙地村", "2020-08-20", "2020.8.20", null],
    ["竹栖肚村", "2020-09-10", "2020年9月10日", "省定相对贫困村"],
    ["布袋澳村", "2020-10-15", D("2020-10-15"), null],
    ["长山尾村", "2020-11-12", "2020.11.12", null],
    ["隆澳社区", "2020-11-12", "2020.11.12", "设在社区党群服务中心"],
    ["东畔村", "2020-12-03", "2020年12月3日", null],
    ["西畔村", "2021-01-14", "21.1.14", null],
    ["深澳村", "2020-08-06", D("2020-08-06"), null],
    ["深澳村", "2021-03-25", "2021.3.25", "深澳村第二个站点（渔港码头）"],
    ["金山村", "2020-10-29", "2020.10.29", null],
    ["海滨村", "2021-04-08", "2021年4月8日", null],
    ["后江村", "2021-05-20", D("2021-05-20"), null],
    ["东门村", "2021-09-08", "2021.9.8", "9月新建"],
    ["澳前村", "2020-08-27", "2020.8.27", null],
    ["中柱村", "2020-09-24", D("2020-09-24"), null],
    ["三澳村", "2020-12-17", "2020年12月17日", "省定相对贫困村"],
    ["叠石村", "2021-02-25", "2021.2.25", null],
    ["赤石湾村", "2021-06-17", "21.6.17", null],
    ["大衙村", "2021-07-22", "2021年7月22日", null],
  ];
  st.forEach(([v, , cell, rem], i) => {
    const t = townOf[v];
    const where = t + (v === "金山村" ? "金山村委会" : v);
    const nm = v + (i === 10 ? "渔港电商服务站" : "电商服务站");
    sRows.push([i + 1, nm, where, pick(SURN) + "××", phone(), cell, "代购代销、快递收发、便民缴费", rem]);
  });
  sRows.push(["合计：站点21个"]);
  sRows.push(["填表人：县商务局 电商股"]);
  const stByCut = st.filter((s) => s[1] <= CUT);
  const covered = new Set(stByCut.map((s) => s[0]).filter((v) => adminVillages.includes(v)));
  assert(st.length === 21 && stByCut.length === 20, "c1 stations");
  assert(covered.size === 18, "c1 18 admin villages covered, got " + covered.size);
  assert([...poorV].every((p) => covered.has(p)), "c1 poor villages covered");
  assert(covered.size * 100 < 26 * 70 && covered.size * 100 >= 26 * 50, "c1 coverage in [50,70)");
  assert((covered.size + 1) * 100 >= 26 * 70, "c1 coverage trap: the September station would tip it over 70%");
  assert(st[1][2] === "同上" && st[0][1] === st[1][1], "c1 同上 row");

  // ---------------- park enterprises: type as a √ matrix
  const ents = [
    ["汕头市南澳岛优品电子商务有限公司", "销售型", "2020-09-10", null],
    ["南澳县海之源紫菜有限公司", "销售型", "2020-09-10", null],
    ["汕头市海岛云商运营服务有限公司", "电商运营商", "2020-10-15", null],
    ["南澳县后宅镇宋井茶叶网店", "销售型", "2020-11-02", null],
    ["南澳县顺海物流有限公司", "物流企业", "2020-11-20", null],
    ["汕头市青澳湾文旅电商有限公司", "销售型", "2020-12-08", null],
    ["南澳县澳前海产品专业合作社", "销售型", "2021-01-15", null],
    ["汕头市鲜达冷链物流有限公司南澳分公司", "物流企业", "2021-03-01", "2021-05-31"],
    ["南澳县黄花山直播传媒工作室", "电商运营商", "2021-04-12", null],
    ["南澳县云澳海胆电商工作室", "销售型", "2021-06-01", null],
    ["南澳县金山海鲜干货网店", "销售型", "2021-07-19", null],
    ["汕头市岛e购网络科技有限公司", "平台型", "2021-09-06", null],
  ];
  const TYPES = ["平台型", "销售型", "电商运营商", "物流企业"];
  const eRows = [];
  eRows.push(["南澳县电子商务产业园入驻企业名单"]);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型（打√）", null, null, null, "入驻时间", "迁出时间", "备注"]);
  eRows.push([null, null, null, "平台型", "销售型", "电商运营商", "物流企业", null, null, null]);
  ents.forEach(([nm, ty, en, lf], i) => {
    const marks = TYPES.map((t) => (t === ty ? "√" : null));
    eRows.push([i + 1, nm, creditCode("440523"), ...marks, i % 2 ? D(en) : ymd(en, "dot"), lf ? ymd(lf, "cn") : null,
      lf ? "已迁出" : en > CUT ? "9月新入驻" : null]);
  });
  eRows.push(["合计", "12家", null, 1, 7, 2, 2, null, null, null]);
  assert(sum(TYPES.map((t) => ents.filter((e) => e[1] === t).length)) === 12, "c1 type matrix totals");
  assert(eRows[eRows.length - 1].slice(3, 7).join() === TYPES.map((t) => ents.filter((e) => e[1] === t).length).join(), "c1 type totals row");
  const atCut = ents.filter(([, , en, lf]) => en <= CUT && (lf === null || lf > CUT));
  const typesAtCut = new Set(atCut.map((e) => e[1]));
  assert(atCut.length === 10 && typesAtCut.size === 3 && !typesAtCut.has("平台型"), "c1 park at cut-off");

  // ---------------- poor persons (建档立卡贫困人口名单)
  // 32 households: head + spouse (labour), 14 with an adult child (labour), 18 with a non-labour member.
  const hhVillages = [];
  for (let i = 0; i < 12; i++) hhVillages.push("竹栖肚村");
  for (let i = 0; i < 12; i++) hhVillages.push("三澳村");
  for (const v of ["北角村", "田仔村", "坑内村", "宫前村", "东山村", "上园村", "龙地村", "叠石村"]) hhVillages.push(v);
  const persons = []; // {name, id, village, hh, rel, labourText, labour, workText, migrant, note}
  let hhNo = 0;
  const migrantSpouses = new Set([3, 9, 17, 26]);
  for (let h = 0; h < 32; h++) {
    hhNo++;
    const v = hhVillages[h];
    const headMale = rnd() < 0.85;
    const surname = pick(SURN);
    const mk = (rel, birth, male, labour, migrant, note) => {
      const name = (rel === "户主" || rel === "子" || rel === "女" || rel === "父亲") ? surname + personName().slice(1) : personName();
      const p = {
        name, id: makeId(REGION, birth, male, false), village: v, hh: hhNo, rel, labour, migrant,
        labourText: labour ? (rnd() < 0.8 ? "普通劳动力" : "技能劳动力") : note && note.startsWith("在校") ? "无劳动力" : rel === "母亲" || rel === "父亲" ? "丧失劳动力" : "无劳动力",
        workText: !labour ? "—" : migrant ? "外出务工" : rnd() < 0.6 ? "在家务农" : "本地务工",
        note: note || (migrant ? pick(["深圳", "广州", "汕头市区", "东莞", "揭阳"]) : null),
      };
      persons.push(p);
      return p;
    };
    mk("户主", randBirth(1966, 1985), headMale, true, false);
    mk("配偶", randBirth(1968, 1987), !headMale, true, migrantSpouses.has(h));
    if (h < 14) {
      const male = rnd() < 0.5;
      mk(male ? "子" : "女", randBirth(1993, 2000), male, true, true);
    }
    if (h >= 14) {
      const r = h % 3;
      if (r === 0) mk("母亲", randBirth(1938, 1950), false, false, null);
      else if (r === 1) {
        const male = rnd() < 0.5;
        mk(male ? "子" : "女", randBirth(2006, 2014), male, false, null, "在校生");
      } else mk("父亲", randBirth(1936, 1949), true, false, null);
    }
  }
  // one of the non-labour members is an 19-year-old student (he attends a class)
  const student = persons.find((p) => p.note === "在校生");
  student.id = (() => {
    usedIds.delete(student.id);
    return makeId(REGION, "2002-03-14", true, false);
  })();
  student.rel = "子";
  const eligible = persons.filter((p) => p.labour && !p.migrant);
  const migrants = persons.filter((p) => p.labour && p.migrant);
  const noLabour = persons.filter((p) => !p.labour);
  assert(persons.length === 96 && eligible.length === 60 && migrants.length === 18 && noLabour.length === 18, `c1 poor persons ${persons.length}/${eligible.length}/${migrants.length}/${noLabour.length}`);
  // make sure one eligible person has an X-ending ID (written with a lower-case x in a sign-in sheet)
  const xPerson = eligible[7];
  usedIds.delete(xPerson.id);
  {
    const b = xPerson.id.slice(6, 14);
    xPerson.id = makeId(REGION, `${b.slice(0, 4)}-${b.slice(4, 6)}-${b.slice(6)}`, Number(xPerson.id[16]) % 2 === 1, true);
  }
  assert(xPerson.id.endsWith("X") && idValid(xPerson.id), "c1 X id");
  // order: by town then village (as 扶贫系统 exports do)
  const vOrder = adminVillages;
  const sortedPersons = persons.slice().sort((a, b) => vOrder.indexOf(a.village) - vOrder.indexOf(b.village) || a.hh - b.hh);
  const pRows = [];
  pRows.push(["南澳县建档立卡贫困人口名单（有劳动能力及务工情况）"]);
  pRows.push(["数据来源：县乡村振兴局（全国防返贫监测信息系统导出，2021年8月）"]);
  pRows.push(["序号", "镇", "行政村", "户编号", "姓名", "与户主关系", "身份证号码", "劳动能力", "务工状况", "备注"]);
  sortedPersons.forEach((p, i) => {
    pRows.push([i + 1, townOf[p.village], p.village, "NA" + String(p.hh).padStart(3, "0"), p.name, p.rel, p.id, p.labourText, p.workText, p.note]);
  });
  pRows.push(["合计：32户96人，其中有劳动能力78人（外出务工18人）"]);
  assert(sum(persons.map((p) => (p.labour ? 1 : 0))) === 78, "c1 labour 78");

  // ---------------- training: sign-in sheets pasted one under another, date only in each block's title row
  const sessions = [
    ["2020-06-18", "2020年6月18日", "电商基础知识培训班", 46],
    ["2020-07-23", "2020.7.23", "网店开设与运营培训班", 40],
    ["2020-08-27", "2020-8-27", "南澳紫菜电商营销专题培训", 38],
    ["2020-09-24", "2020年9月24日", "直播带货实操培训班", 52],
    ["2020-10-29", "2020.10.29", "建档立卡贫困户电商技能培训班（一）", 44],
    ["2020-11-26", "2020年11月26日", "短视频拍摄与剪辑培训班", 48],
    ["2020-12-17", "2020.12.17", "农产品包装与品牌培训班", 39],
    ["2021-01-14", "2021年1月14日", "微信小店开设培训班", 45],
    ["2021-03-18", "2021.3.18", "建档立卡贫困户电商技能培训班（二）", 42],
    ["2021-04-22", "2021年4月20日—22日", "电商创业孵化班（三天）", 50],
    ["2021-05-20", "2021.5.20", "海岛民宿网络营销培训班", 37],
    ["2021-06-24", "2021年6月24日", "直播电商提升班", 47],
    ["2021-07-15", "2021.7.15", "跨境电商入门培训班", 41],
    ["2021-08-12", "2021年8月12日", "建档立卡贫困户电商技能培训班（三）", 43],
    ["2021-09-01", "2021年8月30日至9月1日", "建档立卡贫困户电商技能培训班（四）", 45],
  ];
  const places = ["县电子商务公共服务中心培训室", "后宅镇党群服务中心", "深澳镇文化站", "云澳镇政府会议室"];
  const PT_BY_CUT = sum(sessions.filter((s) => s[0] <= CUT).map((s) => s[3]));
  assert(PT_BY_CUT === 612 && sessions[14][3] === 45, "c1 person-times " + PT_BY_CUT);
  // who of the poor attends which session
  const poorAt = sessions.map(() => []);
  const trainedElig = eligible.filter((p) => p !== xPerson).slice(0, 29).concat([xPerson]);
  assert(trainedElig.length === 30 && trainedElig.includes(xPerson), "c1 30 trained eligible");
  const poorSess = [4, 8, 13]; // indices of the 贫困户 classes before the cut-off
  trainedElig.forEach((p, i) => poorAt[i < 27 ? poorSess[i % 3] : [2, 6, 11][i - 27]].push(p));
  const twice = trainedElig.slice(0, 4);
  twice.forEach((p, i) => poorAt[[9, 12, 5, 7][i]].push(p));
  const lateOnly = eligible.filter((p) => !trainedElig.includes(p)).slice(0, 2);
  lateOnly.forEach((p) => poorAt[14].push(p));
  trainedElig.slice(10, 16).forEach((p) => poorAt[14].push(p));
  migrants.slice(0, 2).forEach((p) => poorAt[4].push(p));
  poorAt[12].push(student);
  for (const [i, list] of poorAt.entries()) assert(list.length <= sessions[i][3] - 10, "c1 session " + i + " room for others");
  // non-poor trainees: a pool of residents, some attending several classes
  const allPlaces = adminVillages.concat(communities);
  const pool = [];
  for (let i = 0; i < 330; i++) {
    const male = rnd() < 0.55;
    pool.push({ name: personName(), id: makeId(REGION, randBirth(1968, 2002), male, null), village: pick(allPlaces), male });
  }
  const tRows = [];
  const tMerges = [];
  tRows.push(["南澳县电子商务培训签到汇总（各期签到表合并）"]);
  tRows.push(["说明：每期签到表原样粘贴，培训时间见每期标题行；身份证号按学员填写照录。"]);
  tMerges.push("A1:G1", "A2:G2");
  const signIns = []; // {date, id}
  let blankIds = 0;
  sessions.forEach(([iso, dtxt, title, size], si) => {
    tRows.push([`第${si + 1}期　${title}　　培训时间：${dtxt}　　培训地点：${places[si % 4]}`]);
    tMerges.push(`A${tRows.length}:G${tRows.length}`);
    tRows.push(["序号", "姓名", "性别", "身份证号码", "所在村（居）", "是否建档立卡贫困户", "联系电话"]);
    const rows = [];
    for (const p of poorAt[si]) rows.push({ name: p.name, id: p.id, village: p.village, poor: true, male: Number(p.id[16]) % 2 === 1 });
    const seen = new Set(rows.map((r) => r.id));
    while (rows.length < size) {
      const q = pick(pool);
      if (seen.has(q.id)) continue;
      seen.add(q.id);
      rows.push({ name: q.name, id: q.id, village: q.village, poor: false, male: q.male });
    }
    // shuffle deterministically
    for (let i = rows.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [rows[i], rows[j]] = [rows[j], rows[i]];
    }
    rows.forEach((r, k) => {
      let idCell = r.id;
      if (r.id === xPerson.id) idCell = r.id.toLowerCase();
      else if (!r.poor && rnd() < 0.012) {
        idCell = null;
        blankIds++;
      }
      tRows.push([k + 1, r.name, r.male ? "男" : "女", idCell, r.village, r.poor ? "是" : "否", phone()]);
      signIns.push({ date: iso, id: idCell === null ? null : idCell.toUpperCase() });
    });
    tRows.push([`本期签到${size}人`]);
    tRows.push([]);
  });
  assert(signIns.length === 657, "c1 sign-in rows " + signIns.length);
  assert(tRows.some((r) => r[3] === xPerson.id.toLowerCase()), "c1 lower-case x written");
  const xSession = poorAt.findIndex((l) => l.includes(xPerson));
  assert(xSession >= 0 && poorAt.filter((l) => l.includes(xPerson)).length === 1 && sessions[xSession][0] <= CUT, "c1 x person in one class before the cut-off");
  // measures from the ledgers
  const ptCut = signIns.filter((s) => s.date <= CUT).length;
  const trainedIds = new Set(signIns.filter((s) => s.date <= CUT && s.id).map((s) => s.id));
  const trainedEligCount = eligible.filter((p) => trainedIds.has(p.id)).length;
  const trainedEligAll = eligible.filter((p) => signIns.some((s) => s.id === p.id)).length;
  assert(ptCut === 612, "c1 ptCut");
  assert(trainedEligCount === 30 && trainedEligCount * 2 === eligible.length, "c1 poor rate exactly 50%: " + trainedEligCount);
  assert(trainedEligAll === 32, "c1 32 incl. the 8.30–9.1 class");
  assert(eligible.filter((p) => p.id !== xPerson.id && trainedIds.has(p.id)).length === 29, "c1 without x-match 29");
  const POP = 62900;
  assert(ptCut * 1000 >= POP * 8 && ptCut * 100 < POP, "c1 person-times tier 0.8%–1%");
  assert(signIns.length * 100 >= POP, "c1 trap: with the 9-1 class it would reach 1%");

  // ---------------- funds: one row per project, up to three payments, 万元
  const CONTRACTS = [
    ["县电商公共服务中心建设及运营", "汕头市海岛云商运营服务有限公司", "186.0", [["2020-09-15", "93.0"], ["2021-03-10", "74.4"], ["2021-09-20", "18.6"]]],
    ["村级电商服务站点建设", "南澳县联建工程有限公司", "168.0", [["2020-11-20", "84.0"], ["2021-06-25", "33.6"]]],
    ["电商人才培训", "汕头市职业技能培训中心", "96.0", [["2020-12-28", "48.0"], ["2021-08-16", "19.2"]]],
    ["三级物流配送体系建设", "南澳县顺海物流有限公司", "142.5", [["2021-01-22", "71.25"], ["2021-07-30", "42.75"]]],
    ["第三方运营服务", "汕头市海岛云商运营服务有限公司", "120.0", [["2020-10-30", "36.0"], ["2021-04-29", "36.0"], ["2021-09-24", "26.4"]]],
    ["品牌培育及网络营销", "汕头市蓝海文化传播有限公司", "60.0", [["2021-05-18", "10.4"]]],
    ["农产品溯源系统", "—", "27.5", []],
  ];
  const ALLOC = 8000000;
  const fRows = [];
  fRows.push(["南澳县电子商务进农村综合示范专项资金拨付明细表"]);
  fRows.push(["单位：万元", null, null, null, null, null, null, null, null, null, "统计至：2021年9月24日"]);
  fRows.push(["序号", "项目名称", "承建单位", "合同金额", "第一次拨付", null, "第二次拨付", null, "第三次拨付", null, "累计拨付", "备注"]);
  fRows.push([null, null, null, null, "日期", "金额", "日期", "金额", "日期", "金额", null, null]);
  const payStyles = [null, "dot", "cn", null, "dot", "dot", null, "cn", "dot", null, "dot", "cn", null, "dot", "dot"];
  let ps = 0;
  let paidAll = 0;
  let paidCut = 0;
  const fundRecs = [];
  CONTRACTS.forEach(([proj, who, amt, pays], i) => {
    const row = [i + 1, proj, who, Number(amt)];
    let cum = 0;
    for (let k = 0; k < 3; k++) {
      const p = pays[k];
      if (!p) {
        row.push(null, null);
        continue;
      }
      const style = payStyles[ps++ % payStyles.length];
      row.push(style ? ymd(p[0], style) : D(p[0]), p[1].includes(".25") || p[1].includes(".75") ? p[1] : Number(p[1]));
      cum += wan(p[1]);
      paidAll += wan(p[1]);
      if (p[0] <= CUT) paidCut += wan(p[1]);
      fundRecs.push({ date: p[0], amount: wan(p[1]) });
    }
    row.push(cum / 10000, pays.length === 0 ? "未拨付（待验收）" : pays.some((p) => p[0] > CUT) ? "第三次拨付在9月" : null);
    fRows.push(row);
  });
  const contractTotal = sum(CONTRACTS.map((c) => wan(c[2])));
  fRows.push(["合计", null, null, contractTotal / 10000, null, null, null, null, null, null, paidAll / 10000, null]);
  fRows.push(["注：“累计拨付”统计至2021年9月24日，含9月份拨付的两笔；合同金额为承建合同总价，不是拨付数。"]);
  assert(contractTotal === ALLOC, "c1 contracts = allocation");
  assert(paidCut === 5486000 && paidAll === 5936000, "c1 paid " + paidCut + " / " + paidAll);
  assert(paidCut * 100 < ALLOC * 70 && paidAll * 100 >= ALLOC * 70, "c1 spend trap around 70%");

  // ---------------- reports: the bureau's 发文登记 (outgoing documents) extract
  const rep = [
    ["2020-08-05", "2020年7月", false, "汕头市商务局"],
    ["2020-09-04", "2020年8月", false, "汕头市商务局"],
    ["2020-10-09", "2020年9月", true, "汕头市商务局"],
    ["2020-11-05", "2020年10月", true, "汕头市商务局"],
    ["2020-11-18", null, null, "县财政局"],
    ["2020-12-04", "2020年11月", true, "汕头市商务局"],
    ["2021-01-06", "2020年12月", true, "汕头市商务局"],
    ["2021-02-08", null, null, "县人民政府"],
    ["2021-03-05", "2021年1—2月", true, "汕头市商务局"],
    ["2021-04-06", "2021年3月", true, "汕头市商务局"],
    ["2021-05-07", "2021年4月", true, "汕头市商务局"],
    ["2021-06-04", "2021年5月", true, "汕头市商务局"],
    ["2021-07-05", "2021年6月", true, "汕头市商务局"],
    ["2021-08-05", "2021年7月", true, "汕头市商务局"],
    ["2021-09-06", "2021年8月", true, "汕头市商务局"],
  ];
  const rRows = [];
  rRows.push(["南澳县商务局发文登记簿（摘录：电子商务进农村相关）"]);
  rRows.push(["序号", "发文日期", "文号", "标题", "主送单位", "密级", "份数", "经办人"]);
  const docNo = { 2020: 20, 2021: 1 };
  rep.forEach(([iso, month, pov, to], i) => {
    const y = Number(iso.slice(0, 4));
    const no = docNo[y];
    docNo[y] += i % 3 === 0 ? 3 : 1 + (i % 2);
    let title;
    if (iso === "2020-11-18") title = "关于申请拨付电子商务进农村示范项目资金的函";
    else if (iso === "2021-02-08") title = "关于春节期间农村电商保供稳价工作情况的报告";
    else title = `关于报送${month}电子商务进农村综合示范创建工作进展情况的报告${pov ? "（含电商扶贫统计表）" : ""}`;
    rRows.push([i + 1, i % 3 === 0 ? D(iso) : ymd(iso, i % 3 === 1 ? "dot" : "cn"), `南商务${to === "汕头市商务局" ? "报" : "函"}〔${y}〕${no}号`, title, to, "公开", 2, "许××"]);
  });
  const repToCity = rep.filter((r) => r[3] === "汕头市商务局");
  const monthsInWindow = (dates) => {
    const s = new Set(dates.map((d) => d.slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
    return s.size;
  };
  assert(monthsInWindow(repToCity.map((r) => r[0]).filter((d) => d <= CUT)) === 11, "c1 reports 11 months");
  assert(monthsInWindow(rep.map((r) => r[0]).filter((d) => d <= CUT)) === 12, "c1 trap: the 县政府 letter fills February");

  // ---------------- disclosures: the website column list copied as text (title and date in one cell)
  const disc = [
    ["2021-09-14", "南澳县电子商务进农村综合示范项目建设进度（2021年8月）"],
    ["2021-08-10", "南澳县电子商务进农村综合示范项目建设进度（2021年7月）"],
    ["2021-07-12", "南澳县电子商务进农村综合示范项目建设进度（2021年6月）"],
    ["2021-06-09", "南澳县电子商务进农村综合示范项目建设进度（2021年5月）"],
    ["2021-05-11", "南澳县电子商务进农村综合示范项目建设进度（2021年4月）"],
    ["2021-04-08", "南澳县电子商务进农村综合示范项目建设进度（2021年3月）"],
    ["2021-03-10", "南澳县电子商务进农村综合示范项目建设进度（2021年1—2月）"],
    ["2021-01-12", "南澳县电子商务进农村综合示范项目建设进度（2020年12月）"],
    ["2020-12-09", "南澳县电子商务进农村综合示范项目建设进度（2020年11月）"],
    ["2020-11-10", "南澳县电子商务进农村综合示范项目建设进度（2020年10月）"],
    ["2020-10-13", "南澳县电子商务进农村综合示范项目建设进度（2020年9月）"],
    ["2020-09-08", "南澳县电子商务进农村综合示范项目建设进度（2020年8月）"],
    ["2020-08-11", "南澳县电子商务进农村综合示范项目建设进度（2020年7月）"],
    ["2020-06-30", "南澳县电子商务进农村综合示范项目基本信息公示"],
    ["2020-06-30", "关于公布电子商务进农村综合示范项目监督举报方式的公告"],
    ["2019-12-20", "南澳县电子商务进农村综合示范创建工作方案"],
  ];
  const dRows = [];
  dRows.push(["南澳县人民政府门户网站 > 专题专栏 > 电子商务进农村综合示范"]);
  dRows.push(["（2021年9月16日从网站列表页复制粘贴，按发布时间倒序）"]);
  disc.forEach(([iso, t], i) => {
    dRows.push(["· " + t + "　　" + iso]);
    if (i === 9) dRows.push(["共16条　第1/2页　　首页　上一页　下一页　尾页"]);
  });
  dRows.push(["共16条　第2/2页　　首页　上一页　下一页　尾页"]);
  assert(monthsInWindow(disc.map((d) => d[0]).filter((d) => d <= CUT)) === 11, "c1 disclosures 11 months");

  // ---------------- media & materials
  const mRows = [["南澳县电商进农村宣传报道登记"], ["序号", "报道日期", "媒体名称", "媒体级别", "报道形式", "标题", "是否电商扶贫典型案例"]];
  mRows.push([1, D("2020-11-05"), "南澳县融媒体中心", "县级", "网络", "我县首批村级电商服务站挂牌运营", "否"]);
  mRows.push([2, "2021.4.16", "汕头电视台", "市级", "电视", "南澳：电商培训帮渔民把紫菜卖上网", "是"]);
  mRows.push([3, "2021年7月9日", "广东广播电视台珠江频道", "省级", "电视", "海岛贫困户的“云上”生意——南澳电商扶贫见闻", "是"]);
  mRows.push([4, D("2021-10-12"), "南方日报", "省级", "报纸", "南澳电商进农村示范创建通过考评", "否"]);
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位", "方式"]];
  matRows.push([1, "2021.6.18", "南澳县“海岛特色+电商”推进农村电商发展的做法", "汕头市商务局", "粤政易"]);

  // ---------------- the facts / self-assessment sheet
  const aRows = [];
  const aMerges = ["A1:I1"];
  aRows.push(["南澳县2019年省级电子商务进农村综合示范创建考评自查评分表"]);
  aRows.push(["县（区）：南澳县", null, null, "考评截止日期：2021年8月31日", null, "填报日期：2021年9月18日", null, null, null]);
  aRows.push(["常住人口：6.29万人（原填7.4万人，已按第七次全国人口普查数更正）", null, null, null, null, "行政村：26个（另有社区5个）；省定相对贫困村：2个", null, null, null]);
  aMerges.push("A2:C2", "D2:E2", "F2:I2", "A3:E3", "F3:I3");
  aRows.push(["工作任务", "评价指标", "权重", "评分标准（分项）", "分项分值", "自查情况", "分项自评", "指标自评分", "佐证材料（目录号）"]);
  // [task, indicator, weight, criterion, itemMax, situation, itemPts, indicatorPts(string|number), evidence]
  const items = [];
  const I = (task, ind, w, crit, max, sit, pts, indPts, ev) => items.push({ task, ind, w, crit, max, sit, pts, indPts, ev });
  const T1 = "加强组织领导与统筹协调（10分）";
  const T2 = "深入推动电子商务进农村工作（55分）";
  const T3 = "加强信息公开及报送（10分）";
  const T4 = "加强宣传推广（10分）";
  const T5 = "加强财政资金管理（15分）";
  I(T1, "组织领导", 2, "县政府主要领导牵头且商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", 2,
    "成立以常务副县长为组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局和县邮政分公司为成员单位的示范创建工作领导小组（南府办〔2019〕41号）", "1", "1（原报2）", "1-1");
  I(T1, "方案制定", 2, "工作方案因地制宜，可操作性较强（1-2分）", 2, "2019年11月正式印发《南澳县电子商务进农村综合示范创建工作方案》", 2, 2, "1-2");
  I(T1, "政策支持", 2, "出台相关政策，且得到较好落实（1-2分）", 2, "2020年4月出台《南澳县促进农村电子商务发展扶持办法》，部分条款尚未兑现", 1, 1, "1-3");
  I(T1, "项目管理", 4, "建立项目管理制度，在建设、验收环节严格落实（1-2分）", 2, "制定《项目管理办法》《项目验收办法》", 2, 3, "1-4");
  I(T1, null, null, "建立完整工作台账，详细记录项目建设情况（1-2分）", 2, "各类台账已建立，部分台账记录不够完整", 1, null, "1-5");
  const C = "服务体系建设";
  I(T2, C, 25, "建成县级电子商务公共服务中心（2分）", 2, "县电商公共服务中心（后宅镇）投入运营日期：2021年3月1日（原填2020年12月18日，为试运营日期，已更正）", 2, 12, "2-1");
  I(T2, null, null, "建成后已正常运行6个月（截至2021年8月31日）以上（2分）", 2, "截至8月31日已运行满6个月", 2, null, "2-1");
  I(T2, null, null, "有免费培训场所、培训设备，能组织电商基础培训（2分）", 2, "设培训室1间（40座），配电脑30台、投影设备，能组织电商基础培训", 2, null, "2-2");
  I(T2, null, null, "为特色农产品提供免费展示、销售服务（1分）", 1, "设南澳特色农产品展示展销区（紫菜、海胆、宋茶等），免费展示、代销", 1, null, "2-2");
  I(T2, null, null, "为电子商务市场主体提供免费摄影、美工服务（1分）", 1, "设摄影棚，为入驻企业和网店免费拍摄、做详情页", 1, null, "2-2");
  I(T2, null, null, "组织农产品统一推广、指导特色农产品品牌建设（1分）", 1, "组织“南澳好物”统一推广，指导紫菜、宋茶品牌建设", 1, null, "2-3");
  I(T2, null, null, "为电子商务发展提供其他衍生增值服务（1分）", 1, "暂未开展", 0, null, null);
  I(T2, null, null, "建设或整合、优化当地电商产业园（2分）", 2, "整合中心二楼及后宅镇仓储用房为县电商产业园", 2, null, "2-4");
  I(T2, null, null, "电商产业园企业入驻数量达20家及以上（2分）", 2, "入驻企业12家", 0, null, "2-4");
  I(T2, null, null, "入驻企业含平台型、销售型、电商运营商或物流企业等至少三种以上类型（1分）", 1, "有销售型、电商运营商、物流企业等类型", 1, null, "2-4");
  I(T2, null, null, "行政村覆盖率70%及以上（5分），50%-70%（不含）（2分）", 5, "建成村级站点21个，行政村覆盖率80.8%", 5, 10, "2-5");
  I(T2, null, null, "贫困村覆盖率100%（5分），80%-100%（不含）（3分）", 5, "2个省定相对贫困村均已建站", 5, null, "2-5");
  I(T2, "农村产品上行", 10, "对当地农产品网络销售进行调研，并形成针对性建议（1-2分）", 2, "委托第三方形成《南澳县农产品网络销售调研报告》并提出建议", 2, 9, "2-6");
  I(T2, null, null, "开展农村产品网络促销活动成效明显（1-2分）", 2, "举办“南澳海味节”网络促销、直播带货活动6场", 2, null, "2-6");
  I(T2, null, null, "当地有专业第三方电子商务运营或服务商（1分）", 1, "引进汕头市海岛云商运营服务有限公司负责中心运营", 1, null, "2-7");
  I(T2, null, null, "行政村物流快递覆盖率100%（1分）", 1, "26个行政村均通快递，覆盖率100%", 1, null, "2-7");
  I(T2, null, null, "有出台农产品电商交易标准，建立农产品冷链、溯源系统（1-2分）", 2, "出台南澳紫菜电商交易标准；溯源系统尚在建设", 1, null, "2-8");
  I(T2, null, null, "2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", 2,
    "农村网络零售额：2019年3.12亿元，2020年3.86亿元；农产品网络零售额：2019年0.92亿元，2020年1.25亿元，同比增长35.9%", 2, null, "2-9");
  I(T2, "电商人才培训", 20, "培训人次达常住人口1%及以上（10分），0.8%-1%（不含）（8分），0.6%-0.8%（不含）（6分）", 10, "累计培训657人次，占常住人口1.04%", 10, 20, "2-10");
  I(T2, null, null, "建档立卡贫困人口培训率50%及以上（10分），40%-50%（不含）（8分），30%-40%（不含）（6分）", 10,
    "有劳动能力且未外出务工的建档立卡贫困人口60人，参训32人，培训率53.3%", 10, null, "2-11");
  I(T3, "信息公开", 4, "在县政府网站设立公开专栏且内容全面（2分）", 2, "县政府网站设专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口", 2, "3（原报4）", "3-1");
  I(T3, null, null, "近一年内专栏内容能按月更新（2分），不定时更新（1分）", 2, "按月更新（2021年2月与1月合并发布）", 1, null, "3-1");
  I(T3, "数据上报", 6, "近一年能每月向市商务局报送工作情况（3分），不定时上报（1分）", 3, "每月5日前向汕头市商务局报送", 3, 6, "3-2");
  I(T3, null, null, "能统计电商扶贫情况（3分）", 3, "月报附电商扶贫统计表（2020年9月起）", 3, null, "3-2");
  I(T4, "案例总结", 2, "向市商务局报送经验材料（2分）", 2, "2021年6月向汕头市商务局报送经验材料1篇", 2, 2, "4-1");
  I(T4, "经验推广", 8, "省级及以上媒体进行宣传报道（4分）", 4, "广东广播电视台珠江频道报道", 4, 8, "4-2");
  I(T4, null, null, "市级媒体进行宣传报道（3分）", 3, "汕头电视台报道", 3, null, "4-2");
  I(T4, null, null, "县级媒体进行宣传报道（1分）", 1, "南澳县融媒体中心报道", 1, null, "4-2");
  I(T5, "制度建立", 5, "建立科学有效的资金管理制度且得到有效落实（1-5分）", 5, "制定《南澳县电子商务进农村综合示范专项资金管理办法》", 4, 4, "5-1");
  I(T5, "资金台账", 5, "项目承建方建立资金专用台账，账目完整（1-5分）", 5, "各承建方已建立资金专用台账", 4, 4, "5-2");
  I(T5, "资金支出", 5, "资金支出率70%以上，且根据创建进度及时拨付（1-5分）；低于70%倒扣5分", 5, "省级下达800万元，累计拨付593.6万元，支出率74.2%", 3, 3, "5-3");
  I("加分项（4分）", "加分项", null, "建档立卡贫困人口培训率70%及以上（2分）", 2, "培训率53.3%，未达70%", 0, 0, null);
  I("加分项（4分）", null, null, "电商扶贫典型案例获国家级电视媒体播报（2分），省级（1分）（不累加）", 2, "广东广播电视台珠江频道播报南澳电商扶贫案例（省级）", 1, 1, "6-1");
  I("一票否决项", "一票否决", null, "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", null, "未发生", null, null, null);
  I("一票否决项", null, null, "项目建设进度严重滞后，总体进度不足40%", null, "项目总体进度82%", null, null, null);
  I("一票否决项", null, null, "弄虚作假", null, "无", null, null, null);
  // rows + merges: task and indicator and indicatorPts merged over their groups
  const first = aRows.length + 1; // excel row of first item
  items.forEach((it) => aRows.push([it.task, it.ind, it.w, it.crit, it.max, it.sit, it.pts, it.indPts, it.ev]));
  // blank out repeated task cells and merge groups
  const groupMerge = (col, keyFn) => {
    let start = 0;
    for (let i = 1; i <= items.length; i++) {
      if (i === items.length || keyFn(i)) {
        if (i - start > 1) aMerges.push(`${col}${first + start}:${col}${first + i - 1}`);
        start = i;
      }
    }
  };
  for (let i = 1; i < items.length; i++) if (items[i].task === items[i - 1].task) aRows[first - 1 + i][0] = null;
  groupMerge("A", (i) => items[i].task !== items[i - 1].task);
  const indStart = (i) => items[i].ind !== null || items[i].task !== items[i - 1].task || items[i].indPts !== null;
  groupMerge("B", (i) => items[i].ind !== null || items[i].task !== items[i - 1].task);
  groupMerge("C", (i) => items[i].ind !== null || items[i].task !== items[i - 1].task);
  groupMerge("H", indStart);
  const lastItemRow = aRows.length;
  aRows.push(["合计", null, 100, null, null, null, null, 89, "含加分1分"]);
  aMerges.push(`A${aRows.length}:B${aRows.length}`);
  aRows.push(["注：1.“分项自评”为逐项自评分，“指标自评分”为该指标合计；括号内“原报”为9月10日初稿数字，经局务会复核后更正。2.佐证材料目录号对应迎检资料盒编号。"]);
  aMerges.push(`A${aRows.length}:I${aRows.length}`);
  aRows.push(["填表人：县商务局电商股 许××　　审核：（签字）　　联系电话：0754-86××××××"]);
  aMerges.push(`A${aRows.length}:I${aRows.length}`);
  assert(lastItemRow === first - 1 + items.length, "c1 item rows");

  // claimed: the 指标自评分 as finally typed (the corrected value, not the 原报 one)
  const claimed = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 12, "work.coverage": 10,
    "work.upward": 9, "work.training": 20, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  // the 分项自评 column adds up to each 指标自评分 (taking the corrected values)
  const indTotals = [];
  items.forEach((it, i) => {
    if (it.indPts !== null) indTotals.push({ v: typeof it.indPts === "string" ? Number(it.indPts.split("（")[0]) : it.indPts, s: 0 });
    if (indTotals.length && typeof it.pts !== "object") indTotals[indTotals.length - 1].s += Number(it.pts);
  });
  for (const t of indTotals) assert(t.v === t.s, "c1 分项 adds up: " + JSON.stringify(t));
  assert(sum(Object.values(claimed)) === 89, "c1 claimed total " + sum(Object.values(claimed)));
  assert(JSON.stringify(indTotals.map((t) => t.v)) === JSON.stringify(Object.values(claimed)), "c1 claimed order matches sheet");

  // ---------------- expectation, from the scoring rules
  const centerOpened = "2021-03-01";
  assert(centerOpened <= CUT && centerOpened > "2021-02-28", "c1 centre: opened but not 6 months");
  const center = 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + (atCut.length >= 20 ? 2 : 0) + (typesAtCut.size >= 3 ? 1 : 0);
  assert(center === 10, "c1 center " + center);
  const coverage = (covered.size * 100 >= 26 * 70 ? 5 : covered.size * 100 >= 26 * 50 ? 2 : 0) + 5;
  assert(coverage === 7, "c1 coverage");
  assert((125 - 92) * 1000 >= 92 * 300, "c1 agri growth ≥30%");
  assert((386 - 312) * 1000 < 312 * 300, "c1 rural growth <30%");
  const upward = 2 + 2 + 1 + 1 + 1 + 2;
  const trainPts = (ptCut * 100 >= POP ? 10 : ptCut * 1000 >= POP * 8 ? 8 : ptCut * 1000 >= POP * 6 ? 6 : 0) +
    (trainedEligCount * 2 >= eligible.length ? 10 : trainedEligCount * 10 >= eligible.length * 4 ? 8 : 0);
  assert(trainPts === 18, "c1 training " + trainPts);
  const pts = {
    "org.leadership": 1, "org.plan": 2, "org.policy": 1, "org.management": 2 + 1, "work.center": center, "work.coverage": coverage,
    "work.upward": upward, "work.training": trainPts, "info.disclosure": 2 + 1, "info.reporting": 1 + 3, "promo.cases": 2,
    "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": paidCut * 100 < ALLOC * 70 ? -5 : 3,
    "bonus.poorTraining": trainedEligCount * 10 >= eligible.length * 7 ? 2 : 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  const total = sum(SCORED.map((s) => pts[s[0]])) + bonus;
  assert(total === 72 && bonus === 1, "c1 total " + total);

  const derivation = [
    "org.leadership: 自查表写领导小组组长是常务副县长（分管领导，不是主要领导）→ 1；指标自评分“1（原报2）”按更正后的1读",
    "org.plan: 2019年11月正式印发创建方案，分项自评2 → 2",
    "org.policy: 2020年4月出台扶持办法，分项自评1 → 1",
    "org.management: 项目管理制度2 + 工作台账1 → 3",
    `work.center: 中心投入运营2021-03-01（括号里2020-12-18是试运营日期，已更正）≤截止日(2)，但晚于2021-02-28，未满6个月 → 0；免费培训(2)、展示(1)、摄影美工(1)、品牌推广(1)，其他增值“暂未开展”(0)，整合产业园(2)；入驻企业√矩阵12家中鲜达冷链2021-05-31迁出、岛e购2021-09-06才入驻，截止日在园${atCut.length}家<20 → 0；在园类型销售型/电商运营商/物流企业3种≥3(1)（平台型只有9月入驻那家）→ ${center}（自评12）`,
    `work.coverage: 村居名册上表26个村委会（下表5个社区不计）；站点清单21行：“同上”=2020-07-16，隆澳社区站不是行政村，深澳村两站算一村，东门村2021.9.8挂牌在截止日后 → 覆盖${covered.size}村，${covered.size}/26=${pct1(covered.size, 26)}，在50%–70% → 2；★竹栖肚村、★三澳村都有站 → 5；合计${coverage}（自评按21个站点算80.8%给10）`,
    "work.upward: 调研2 + 促销2 + 第三方运营商1 + 村居名册“通快递”26村全“是”1 + 交易标准溯源1 + 农产品网络零售额1.25/0.92亿=+35.9%≥30%（农村网络零售额3.86/3.12亿=+23.7%不够，任一即可）2 → 9",
    `work.training: 签到汇总各期行数，日期取每期标题行，第10期“4月20日—22日”取4月22日，第15期“8月30日至9月1日”按区间末日9月1日在截止日后，不计其45行 → ${ptCut}人次；基数min(62900,500000)=62900，${ptCut}/62900=${((ptCut / POP) * 100).toFixed(3)}%，在0.8%–1% → 8（自评按657人次给10）；贫困人口名单96人中有劳动能力（普通/技能劳动力）且务工状况不是“外出务工”的${eligible.length}人，截止日前签到过的（按身份证去重，一人两次算一次；第${xSession + 1}期签到表里末位写成小写x的${xPerson.name}也算）${trainedEligCount}人，外出务工2人和在校生1人参训不算、只在第15期参训的2人不算 → ${trainedEligCount}/${eligible.length}=50%≥50% → 10；合计${trainPts}（自评的32人与名单不符，以名单为准）`,
    "info.disclosure: 自查表写专栏公示方案、项目基本信息、建设进度并设监督举报窗口 → 2；网页列表日期2020-09至2021-08中2021年2月没有发布（1—2月进度3月10日合并发布），12个月只有11个 → 不定时1；合计3",
    "info.reporting: 发文登记主送汕头市商务局的报送日期覆盖2020-09…2021-08中的11个月，2月没有（1—2月合报3月5日发出；2021-02-08那份主送县人民政府，不是向市局报送）→ 1；标题注明“含电商扶贫统计表” → 3；合计4（自评6）",
    "promo.cases: 2021.6.18向汕头市商务局报送经验材料 → 2",
    "promo.media: 截止日前有省级（广东广播电视台珠江频道2021-07-09）4 + 市级（汕头电视台2021-04-16）3 + 县级（融媒体中心2020-11-05）1 → 8；南方日报2021-10-12在截止日后不算",
    "fund.system: 已制定专项资金管理办法，自评4 → 4",
    "fund.ledger: 已建资金专用台账，自评4 → 4",
    `fund.spending: 拨付明细每行最多三次拨付（万元），截止日前的拨付合计548.6万元（9月20日18.6万、9月24日26.4万不计；“合同金额”“累计拨付”两列不是拨付记录）→ 5,486,000/8,000,000=${pct1(paidCut, ALLOC)}<70% → 倒扣5 → -5（自评按593.6万、74.2%给3）`,
    `bonus.poorTraining: 贫困人口培训率${trainedEligCount}/${eligible.length}=50%<70% → 0`,
    "bonus.tvCase: 广东广播电视台珠江频道（省级电视）播报，登记表标“是”电商扶贫典型案例 → 1（汕头电视台是市级，不加分）",
    "veto.incident: 自查表写“未发生” → 不否决，0",
    "veto.progress: 自查表写项目总体进度82%≥40%（用声明的总体进度，不用资金支出率）→ 不否决，0",
    "veto.fraud: 自查表写“无” → 不否决，0",
    `total: 1+2+1+3+${center}+${coverage}+9+${trainPts}+3+4+2+8+4+4-5 = ${total - bonus}，加分1 → ${total}（自评合计89）`,
  ];

  return {
    description:
      "汕头市南澳县商务局的整本迎检工作簿。“自查评分表”把每个指标的评分标准拆成分项行（分项分值、自查情况、分项自评），指标自评分列合并单元格，更正写在原值旁：“1（原报2）”“3（原报4）”，常住人口“6.29万人（原填7.4万人…已更正）”，中心“投入运营日期：2021年3月1日（原填2020年12月18日，为试运营日期，已更正）”；领导小组组长是常务副县长。台账：村居名册上下两张表（行政村26个／社区5个），★标省定贫困村；站点清单“所在地”写成“后宅镇山顶村”，有一行挂牌时间写“同上”，含一个社区站点、一村两站和一个9月站点；产业园企业类型是四列打√的矩阵，有迁出和9月入驻；培训签到是15期签到表上下粘贴，日期只在每期标题行（“2021年4月20日—22日”“2021年8月30日至9月1日”按末日算），一名贫困户身份证末位在签到表里写成小写x；贫困人口名单要按劳动能力（普通/技能劳动力）和务工状况（外出务工）筛；资金拨付明细一行一个项目、最多三次拨付，单位万元，“累计拨付”含9月两笔；报送记录是发文登记簿摘录，要看主送单位（2月那份送县政府）；专栏更新是从网站列表复制的“标题　日期”单格文本。读者应得出中心未满6个月、覆盖18/26、612人次、贫困培训30/60=50%、资金68.6%倒扣5分。",
    sheets: [
      { name: "封面", rows: [["南澳县电子商务进农村综合示范县考评自查资料"], [], ["南澳县商务局"], ["2021年9月"]], merges: ["A1:F1"] },
      { name: "自查评分表", rows: aRows, merges: aMerges },
      { name: "村居名册", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: ["A1:H1", "A2:H2", `A${sRows.length - 1}:H${sRows.length - 1}`, `A${sRows.length}:H${sRows.length}`] },
      { name: "入驻企业", rows: eRows, merges: ["A1:J1", "A2:A3", "B2:B3", "C2:C3", "D2:G2", "H2:H3", "I2:I3", "J2:J3"] },
      { name: "培训签到汇总", rows: tRows, merges: tMerges },
      { name: "建档立卡贫困人口", rows: pRows, merges: ["A1:J1", "A2:J2", `A${pRows.length}:J${pRows.length}`] },
      { name: "资金拨付明细", rows: fRows, merges: ["A1:L1", "A2:J2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4", `A${fRows.length}:L${fRows.length}`] },
      { name: "发文登记(摘录)", rows: rRows, merges: ["A1:H1"] },
      { name: "专栏文章列表", rows: dRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 河源市紫金县: the self-assessment report copied out of a PDF into column A, one printed line per row, lines
// broken mid-sentence (never inside a number with its unit), page numbers between pages. Targets, the 2021 1—8月
// figures, the 9月 payment and the pre-migrant poor count are in the prose too and are not facts.
// =====================================================================================================
function wrapPdf(text, width) {
  // tokens: a date (2020 年 7 月 / 2021 年 8 月 31 日), a number with its unit, or one character.
  // Width is counted in full-width units (ASCII = 1/2); closing punctuation never starts a line (it hangs on the
  // previous one, as typeset Chinese does); a line never ends with a space.
  const re = /\d{4} 年(?: \d{1,2}(?:—\d{1,2})? 月(?: \d{1,2} 日)?)?|\d[\d,.]*(?:%| (?:万人|万元|亿元|人次|平方公里|个|户|人|家|期|场))?|[\s\S]/g;
  const w = (str) => sum(str.split("").map((ch) => (ch.charCodeAt(0) < 128 ? 0.5 : 1)));
  const NO_START = "，。；、：）》”！？%";
  const toks = text.match(re);
  const lines = [];
  let cur = "";
  for (const t of toks) {
    if (w(cur) + w(t) > width && cur.length > 0 && !NO_START.includes(t[0])) {
      lines.push(cur.replace(/ +$/, ""));
      cur = t === " " ? "" : t;
    } else cur += t;
  }
  if (cur) lines.push(cur.replace(/ +$/, ""));
  for (const l of lines) assert(!NO_START.includes(l[0]) && !/ $/.test(l), "wrap: bad line " + l);
  return lines;
}
function buildF1() {
  const title = "紫金县电子商务进农村综合示范创建工作自评报告";
  const paras = [
    ["h", "一、基本情况"],
    ["p", "紫金县位于广东省东部、河源市东南部，总面积 3627 平方公里，辖 17 个镇，共有行政村 232 个、社区 22 个，户籍人口 85.6 万人，常住人口 61.2 万人（第七次全国人口普查）。全县有省定相对贫困村 39 个，相对贫困户 9,815 户 27,406 人，其中有劳动能力的 6,208 户 19,874 人。"],
    ["p", "本报告数据统计截止时间为 2021 年 8 月 31 日，即本次考评截止日期，截止日以后发生的情况另行说明。"],
    ["h", "二、组织领导"],
    ["p", "县委、县政府高度重视示范创建工作，成立了以县委副书记、县长为组长，分管副县长为副组长，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、市场监管局和县邮政分公司等单位主要负责人为成员的示范创建工作领导小组，领导小组办公室设在县商务局。2019 年 12 月，县政府办公室正式印发《紫金县电子商务进农村综合示范县创建实施方案》；2020 年 5 月出台《紫金县扶持农村电子商务发展若干措施》，在资金、场地、人才等方面给予支持。"],
    ["h", "三、工作目标"],
    ["p", "按照实施方案，两年内建成县级电子商务公共服务中心和电商产业园，建设镇级服务站 17 个、村级服务站点 180 个以上；电商培训人次达到常住人口的 1% 以上，即 6,120 人次以上；有劳动能力的建档立卡贫困人口培训率达到 60% 以上；农产品网络零售额年均增长 20% 以上。"],
    ["h", "四、主要工作及成效"],
    ["h", "（一）公共服务体系建设"],
    ["p", "县电子商务公共服务中心位于紫城镇，于 2020 年 7 月正式投入运营，由第三方专业运营服务商广东紫云电子商务有限公司运营。中心设有免费培训室和培训设备，可常态化组织电商基础培训；设农特产品展示展销区，为紫金蓝塘猪、紫金茶、紫金椒酱等特色农产品提供免费展示、销售服务；设摄影棚和美工室，为电商市场主体提供免费摄影、美工服务；组织全县农产品统一推广，指导“紫金好物”区域公共品牌建设。依托中心整合优化县电子商务产业园，目前入驻企业 26 家。"],
    ["p", "截至 8 月底，全县建成镇级电商服务站 17 个、村级电商服务站点 186 个，39 个省定相对贫困村实现站点全覆盖。县域内形成县级配送中心、镇级中转站、村级配送点三级物流体系，行政村物流快递覆盖率达到 100%。"],
    ["h", "（二）农村产品上行"],
    ["p", "2020 年，全县农村网络零售额 9.86 亿元，同比增长 26.2%；农产品网络零售额 3.47 亿元，较 2019 年的 2.58 亿元增长 34.5%。2021 年 1—8 月，全县农村网络零售额 7.12 亿元。"],
    ["h", "（三）电商人才培训"],
    ["p", "累计开展电商培训 163 期、7,436 人次，占常住人口的 1.22%。经县乡村振兴局核定，全县有劳动能力且未外出务工的建档立卡贫困人口 8,952 人，已参加电商培训 4,731 人，培训率 52.8%；对建档立卡贫困户累计开展培训 6,020 人次。"],
    ["h", "（四）信息公开及数据报送"],
    ["p", "在县政府门户网站开设“电子商务进农村综合示范”专栏，公开创建实施方案和项目基本信息，每月更新项目建设进度，并设立监督举报窗口。每月 5 日前向市商务局报送示范创建工作进展及电商统计数据，报送时附电商扶贫统计表，统计建档立卡贫困户参训、电商带动增收等情况。"],
    ["h", "（五）资金管理和使用"],
    ["p", "省财政下达我县示范专项资金 1500 万元。县商务局、财政局联合制定《紫金县电子商务进农村综合示范项目资金管理办法》，各项目承建方均建立资金专用台账。截至 2021 年 8 月 31 日，累计拨付 1,236.5 万元，资金支出率 82.4%；9 月份又拨付 86.3 万元。项目总体进度 91%。"],
    ["h", "五、其他情况"],
    ["p", "示范创建期间，未发生安全生产、质量事故，未造成重大经济损失和社会不良影响；所报材料真实准确，不存在弄虚作假行为。"],
    ["h", "六、自评情况"],
    ["p", "对照《2019 年省级电子商务进农村综合示范创建考评指标体系》逐项自评，我县自评得分 91 分（自评表另附）。"],
  ];
  // arithmetic behind the prose
  assert(Math.round((347 / 258 - 1) * 1000) === 345, "f1 agri growth 34.5%");
  assert(pct1(7436, 612000) === "1.2%" && (Math.round((7436 / 612000) * 10000) / 100).toFixed(2) === "1.22", "f1 training share");
  assert((Math.round((4731 / 8952) * 1000) / 10).toFixed(1) === "52.8", "f1 poor rate");
  assert((Math.round((12365000 / 15000000) * 1000) / 10).toFixed(1) === "82.4", "f1 spend rate");
  assert(6120 === 612000 / 100, "f1 target is 1% of population");
  const lines = [];
  lines.push("紫金县电子商务进农村综合示范");
  lines.push("创建工作自评报告");
  lines.push("");
  lines.push("紫金县商务局");
  lines.push("2021 年 9 月");
  lines.push("- 1 -");
  const body = [];
  for (const [k, t] of paras) {
    if (k === "h") body.push(t);
    else body.push(...wrapPdf("　　" + t, 26));
  }
  body.push("");
  body.push("紫金县商务局");
  body.push("2021 年 9 月 15 日");
  let page = 2;
  body.forEach((l, i) => {
    lines.push(l);
    if ((i + 1) % 24 === 0) lines.push(`- ${page++} -`);
  });
  if (!/^- \d+ -$/.test(lines[lines.length - 1])) lines.push(`- ${page} -`);
  assert(lines.filter((l) => /^- \d+ -$/.test(l)).every((l, i, a) => i === 0 || Number(l.slice(2, -2)) === Number(a[i - 1].slice(2, -2)) + 1), "f1 page numbers consecutive");
  // every number-with-unit must survive intact on one line
  for (const needle of ["61.2 万人", "232 个", "39 个", "2020 年 7 月", "9.86 亿元", "26.2%", "3.47 亿元", "2.58 亿元", "34.5%", "7,436 人次", "8,952 人", "4,731 人", "1500 万元", "1,236.5 万元", "91%", "2021 年 8 月 31 日"]) {
    assert(lines.some((l) => l.includes(needle)), "f1 intact: " + needle);
  }
  return {
    description:
      "紫金县商务局的自评报告，从PDF复制粘贴进Excel：全部在A列，一行是PDF的一行，句子在行尾被截断、接到下一行（数字和单位没有被拆开，但“常住人口”“有劳动能力”之类的词组可能跨行），页与页之间夹着“- 2 -”页码行，数字前后带PDF式空格（“61.2 万人”“1,236.5 万元”）。读者要从行文里读出：考评截止日2021年8月31日（明写“即本次考评截止日期”），常住人口61.2万、行政村232个（社区22个不算）、省定贫困村39个、县长任组长且四部门参与、方案与政策、中心“2020 年 7 月”投入运营（只到月）、中心四项免费服务（没写“其他衍生增值服务”）、产业园、第三方运营商、快递100%、2020年农村网络零售额9.86亿元及增长26.2%（2019年农村额没写）、农产品3.47亿元和2019年2.58亿元及增长34.5%、培训7,436人次、有劳动能力且未外出务工8,952人中参训4,731人、专栏四项内容、电商扶贫统计、下达1500万元与截止日累计拨付1,236.5万元、管理办法与专用台账、总体进度91%、未发生事故和无弄虚作假。不能当成事实的：工作目标段（6,120人次、60%、180个站点）、“有劳动能力的6,208户19,874人”（未剔除外出务工）、“6,020人次”（贫困户培训人次不是人数）、2021年1—8月7.12亿元、9月又拨付的86.3万元、村级站点186个、入驻企业26家和自评总分91分（不是逐项自评分）。",
    sheets: [{ name: "自评报告（复制）", rows: lines.map((l) => [l === "" ? null : l]) }],
    expect: {
      facts: {
        county: "紫金县", asOf: "2021-08-31", residentPopulation: 612000, adminVillagesStated: 232, poorVillagesStated: 39,
        planIssued: true, policyIssued: true, centerOpened: "2020-07", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: true, centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 986000000, ruralRetailGrowthStated: 0.262, agriRetail2019: 258000000, agriRetail2020: 347000000,
        agriRetailGrowthStated: 0.345, trainingPersonTimesStated: 7436, eligiblePoorPersonsStated: 8952,
        trainedPoorPersonsStated: 4731, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 15000000, fundSpentStated: 12365000,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 韶关市南雄市: export of the provincial 考评信息采集 system: 指标编码 | 采集项 | 填报值 | 计量单位 | 校验结果 | 填报说明;
// yes/no as 1/0 (the unit column says so), dates as 8 digits, 万元/万人/% in the unit column, the leader level as radio
// text (●/○), departments as ☑/☐, and a 自评得分 section that lists every indicator with split judged rows.
// =====================================================================================================
function buildF2() {
  const rows = [];
  const merges = [];
  rows.push(["广东省电子商务进农村综合示范县考评管理系统　考评信息采集表（导出）"]);
  rows.push(["导出时间：2021-09-22 16:40:05　　导出用户：南雄市商务局（nx_swj01）　　填报状态：已提交（待市级审核）"]);
  rows.push(["指标编码", "采集项", "填报值", "计量单位", "校验结果", "填报说明"]);
  merges.push("A1:F1", "A2:F2");
  const sec = (t) => {
    rows.push([t]);
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  const YN = "1=是，0=否";
  sec("一、基本情况");
  rows.push(["F0101", "县（市、区）名称", "南雄市", null, "通过", null]);
  rows.push(["F0102", "考评截止日期", "20210831", "yyyymmdd", "通过", "系统默认值"]);
  rows.push(["F0103", "常住人口", 37.82, "万人", "通过", "以第七次全国人口普查数据为准"]);
  rows.push(["F0104", "行政村数", 216, "个", "提示：≥200个的按200个计算覆盖率", "不含社区（居委会）"]);
  rows.push(["F0105", "社区（居委会）数", null, "个", "未填", null]);
  rows.push(["F0106", "省定相对贫困村数", 30, "个", "通过", null]);
  sec("二、组织领导");
  rows.push(["F0201", "牵头领导级别", "○A.县（市、区）政府主要领导　●B.县（市、区）政府分管领导　○C.其他", "单选", "通过", "领导小组组长为分管副市长"]);
  rows.push(["F0202", "参与部门", "☑商务　☑财政　☑农业农村　☑扶贫（乡村振兴）　☐其他", "多选", "通过", null]);
  rows.push(["F0203", "是否正式印发示范县工作方案", 1, YN, "通过", "雄府办〔2019〕58号"]);
  rows.push(["F0204", "是否出台支持农村电商发展的政策", 1, YN, "通过", "《南雄市促进农村电子商务发展扶持办法》"]);
  sec("三、县级公共服务中心及产业园");
  rows.push(["F0301", "公共服务中心投入运营日期", "20200415", "yyyymmdd", "通过", null]);
  rows.push(["F0302", "有免费培训场所、培训设备，能组织电商基础培训", 1, YN, "通过", null]);
  rows.push(["F0303", "为特色农产品提供免费展示、销售服务", 1, YN, "通过", null]);
  rows.push(["F0304", "为电子商务市场主体提供免费摄影、美工服务", 0, YN, "通过", "摄影美工为收费服务"]);
  rows.push(["F0305", "组织农产品统一推广、指导特色农产品品牌建设", 1, YN, "通过", null]);
  rows.push(["F0306", "为电子商务发展提供其他衍生增值服务", 1, YN, "通过", null]);
  rows.push(["F0307", "是否建设或整合、优化当地电商产业园", 1, YN, "通过", null]);
  rows.push(["F0308", "产业园入驻企业数", 23, "家", "通过", "名单见附件"]);
  sec("四、农村产品上行");
  rows.push(["F0401", "是否有专业第三方电子商务运营或服务商", 1, YN, "通过", null]);
  rows.push(["F0402", "行政村物流快递覆盖率", 100, "%", "通过", null]);
  rows.push(["F0403", "2019年农村网络零售额", "85,630", "万元", "通过", "省商务厅电商监测数据"]);
  rows.push(["F0404", "2020年农村网络零售额", "104,470", "万元", "警告：增速低于30%", "省商务厅电商监测数据"]);
  rows.push(["F0405", "2019年农产品网络零售额", "21,380", "万元", "通过", null]);
  rows.push(["F0406", "2020年农产品网络零售额", "28,960", "万元", "通过", null]);
  rows.push(["F0407", "2020年农产品网络零售额同比增速", 35.45, "%", "通过", "系统按F0405、F0406自动计算"]);
  sec("五、电商人才培训");
  rows.push(["F0501", "培训人次（截至考评截止日期）", "4,126", "人次", "通过（≥常住人口1%：3,782人次）", null]);
  rows.push(["F0502", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "5,310", "人", "通过", "经市乡村振兴局确认"]);
  rows.push(["F0503", "参加培训的建档立卡贫困人口数", "2,486", "人", "警告：培训率46.8%，低于50%", "按身份证号去重"]);
  sec("六、信息公开及数据报送");
  rows.push(["F0601", "专栏公示创建方案", 1, YN, "通过", null]);
  rows.push(["F0602", "专栏公示项目基本信息", 1, YN, "通过", null]);
  rows.push(["F0603", "专栏公示项目建设进度", 1, YN, "通过", null]);
  rows.push(["F0604", "专栏设立征求意见或监督举报窗口", 0, YN, "警告：专栏内容不全面", "窗口正在建设"]);
  rows.push(["F0605", "专栏网址", "http://www.nanxiong.gov.cn/zwgk/ztzl/dsjnc/", null, "通过", null]);
  rows.push(["F0606", "能统计电商扶贫情况", 1, YN, "通过", null]);
  sec("七、资金管理");
  rows.push(["F0701", "下达资金总额", "1,500.00", "万元", "通过", "省级专项资金"]);
  rows.push(["F0702", "累计拨付资金", "1,183.27", "万元", "通过", "截至2021年8月31日"]);
  rows.push(["F0703", "资金支出率", 78.88, "%", "通过", "系统自动计算"]);
  rows.push(["F0704", "是否制定资金管理制度", 1, YN, "通过", null]);
  rows.push(["F0705", "是否建立资金专用台账", 1, YN, "通过", null]);
  rows.push(["F0706", "项目总体进度", 86, "%", "通过", null]);
  sec("八、一票否决");
  rows.push(["F0801", "是否发生安全生产、质量事故或造成重大经济损失", 0, YN, "通过", null]);
  rows.push(["F0802", "是否存在弄虚作假", 0, YN, "通过", null]);
  sec("九、自评得分");
  rows.push(["指标编码", "评价指标", "分值", "县级自评分", "校验结果", "自评说明"]);
  const claimRows = [
    ["S01", "组织领导", 2, 1, "org.leadership", "分管副市长牵头"],
    ["S02", "方案制定", 2, 2, "org.plan", null],
    ["S03", "政策支持", 2, 2, "org.policy", null],
    ["S04", "项目管理", 4, 4, "org.management", null],
    ["S04-1", "　其中：项目管理制度", 2, 2, "org.management.system", null],
    ["S04-2", "　其中：工作台账", 2, 2, "org.management.ledger", null],
    ["S05", "服务体系建设（县级中心及产业园）", 15, 14, "work.center", "摄影美工收费，扣1分"],
    ["S06", "服务体系建设（村级站点覆盖）", 10, 10, "work.coverage", null],
    ["S07", "农村产品上行", 10, 8, "work.upward", null],
    ["S07-1", "　其中：网销调研", 2, 2, "work.upward.research", null],
    ["S07-2", "　其中：网络促销活动", 2, 1, "work.upward.promotion", null],
    ["S07-3", "　其中：交易标准、冷链溯源", 2, 1, "work.upward.standards", null],
    ["S08", "电商人才培训", 20, 18, "work.training", "贫困人口培训率46.8%"],
    ["S09", "信息公开", 4, 2, "info.disclosure", "缺监督举报窗口"],
    ["S10", "数据上报", 6, 6, "info.reporting", null],
    ["S11", "案例总结", 2, 2, "promo.cases", null],
    ["S12", "经验推广", 8, 5, "promo.media", "省级、县级"],
    ["S13", "制度建立", 5, 5, "fund.system", null],
    ["S14", "资金台账", 5, 4, "fund.ledger", null],
    ["S15", "资金支出", 5, 4, "fund.spending", null],
    ["S16", "加分项：贫困人口培训率≥70%", 2, 0, "bonus.poorTraining", null],
    ["S17", "加分项：电商扶贫典型案例获电视播报", 2, 0, "bonus.tvCase", null],
  ];
  for (const [code, label, max, p, , note] of claimRows) rows.push([code, label, max, p, "通过", note]);
  const claimed = {};
  const judged = {};
  for (const r of claimRows) {
    if (ALL_IDS.includes(r[4])) claimed[r[4]] = r[3];
    if (JUDGED[r[4]]) judged[r[4]] = r[3];
  }
  const total = sum(Object.values(claimed));
  rows.push(["合计", null, 104, total, "通过", "含加分项"]);
  rows.push(["注：本表由系统导出，“计量单位”列为“1=是，0=否”的，填报值1为是、0为否；金额单位以“计量单位”列为准。"]);
  merges.push(`A${rows.length}:F${rows.length}`);
  // consistency of the export
  assert(total === 87, "f2 claimed total " + total);
  assert(claimed["org.management"] === judged["org.management.system"] + judged["org.management.ledger"], "f2 management split");
  assert(claimed["work.upward"] === judged["work.upward.research"] + judged["work.upward.promotion"] + judged["work.upward.standards"] + 1 + 1 + 2, "f2 upward split (+第三方1 +快递1 +增速2)");
  assert(claimed["work.center"] === 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "f2 center = items with photo 0");
  assert(Math.abs(28960 / 21380 - 1.3545) < 0.00005, "f2 agri growth 35.45%");
  assert(104470 * 100 < 85630 * 130, "f2 rural growth < 30% (warning text)");
  assert((Math.round((2486 / 5310) * 1000) / 10).toFixed(1) === "46.8", "f2 poor rate");
  assert(Math.round((1183.27 / 1500) * 10000) / 100 === 78.88, "f2 spend rate");
  assert(Math.round(378200 / 100) === 3782, "f2 1% of population");
  assert(Object.keys(judged).length === 10, "f2 all ten judged items");
  return {
    description:
      "南雄市商务局从省“电子商务进农村综合示范县考评管理系统”导出的考评信息采集表：每行“指标编码 | 采集项 | 填报值 | 计量单位 | 校验结果 | 填报说明”，分节标题行夹在中间。是否类填1/0（计量单位列写“1=是，0=否”），日期是“20210831”“20200415”这样的8位文本，常住人口37.82（万人）、金额“85,630”“1,183.27”（万元）要按单位列换算，增速35.45（%）。牵头领导是单选题文本“○A…●B.县（市、区）政府分管领导○C…”（选中的是B，分管领导），参与部门是“☑商务☑财政☑农业农村☑扶贫（乡村振兴）☐其他”。摄影美工填0、监督举报窗口填0、两项否决填0都是“否”；社区数未填、入驻企业数、专栏网址、资金支出率不是facts键；校验结果列的“≥常住人口1%：3,782人次”“培训率46.8%”是系统提示不是填报值。最后“九、自评得分”逐项列出县级自评分（claimed），项目管理和农村产品上行下有“其中”子行，给出judged分项。",
    sheets: [{ name: "采集表导出", rows, merges }],
    expect: {
      facts: {
        county: "南雄市", asOf: "2021-08-31", residentPopulation: 378200, adminVillagesStated: 216, poorVillagesStated: 30,
        planIssued: true, policyIssued: true, centerOpened: "2020-04-15", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: true, ruralRetail2019: 856300000, ruralRetail2020: 1044700000, agriRetail2019: 213800000,
        agriRetail2020: 289600000, agriRetailGrowthStated: 0.3545, trainingPersonTimesStated: 4126,
        eligiblePoorPersonsStated: 5310, trainedPoorPersonsStated: 2486, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 15000000,
        fundSpentStated: 11832700, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86,
        vetoIncident: false, vetoFraud: false,
      },
      judged,
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市惠来县: 基本情况表 with a two-row merged header (年度数据: 2019年 | 2020年 | 2021年1—8月, then 截至2021年8月31日
// 累计), units in a column (万人/个/亿元/人次/人/万元/%), a full-width number; a second table below with ✓ in
// 已完成 or 未完成; a third table naming the leading group.
// =====================================================================================================
function buildF3() {
  const rows = [];
  const merges = [];
  rows.push(["惠来县电子商务进农村综合示范创建基本情况表"]);
  rows.push(["填报单位：惠来县商务局", null, null, null, "数据截至：2021年8月31日（考评截止日）", null, null]);
  merges.push("A1:G1", "A2:D2", "E2:G2");
  rows.push(["一、主要数据"]);
  merges.push("A3:G3");
  rows.push(["指标", "单位", "年度数据", null, null, "截至2021年8月31日累计", "备注"]);
  rows.push([null, null, "2019年", "2020年", "2021年1—8月", null, null]);
  merges.push("A4:A5", "B4:B5", "C4:E4", "F4:F5", "G4:G5");
  const tr = [1260, 3415, 2602];
  const paid = ["0", "628.4", "497.35"];
  rows.push(["常住人口", "万人", null, 72.86, null, null, "第七次全国人口普查"]);
  rows.push(["行政村", "个", null, null, null, 287, "不含社区32个"]);
  rows.push(["省定相对贫困村", "个", null, null, null, 27, null]);
  rows.push(["农村网络零售额", "亿元", 12.64, 15.71, 11.02, "—", "省商务厅监测数"]);
  rows.push(["其中：农产品网络零售额", "亿元", 3.08, "３.９５", 2.87, "—", "2020年数据为核定数"]);
  rows.push(["电商培训", "人次", fmtInt(tr[0]), fmtInt(tr[1]), fmtInt(tr[2]), fmtInt(sum(tr)), null]);
  rows.push(["参加培训的建档立卡贫困人口", "人", null, "1,904", 968, "2,651", "累计数按身份证号去重，故小于各年之和"]);
  rows.push(["有劳动能力建档立卡贫困人口（不含外出务工）", "人", null, null, null, "4,980", "县乡村振兴局核定"]);
  rows.push(["省级专项资金下达", "万元", 1500, null, null, 1500, "粤财工〔2019〕××号"]);
  rows.push(["省级专项资金拨付", "万元", paid[0], paid[1], paid[2], "1,125.75", null]);
  rows.push(["项目总体进度", "%", null, null, null, 88, null]);
  assert(sum(tr) === 7277, "f3 training total");
  assert(sum(paid.map(wan)) === 11257500, "f3 paid total");
  assert(1904 + 968 > 2651, "f3 dedup smaller than the sum");
  rows.push(["注：2021年1—8月数据为快报数；“—”表示不适用。"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push([]);
  rows.push(["二、示范创建重点任务完成情况"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "任务", null, "已完成", "未完成", "完成时间/情况说明", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const tasks = [
    ["正式印发示范县工作方案", true, "2019年11月，惠府办〔2019〕67号"],
    ["出台支持农村电商发展的政策", true, "2020年3月出台《惠来县加快农村电子商务发展扶持措施》"],
    ["县级电子商务公共服务中心投入运营", true, "2020.10.26"],
    ["中心有免费培训场所、培训设备，能组织电商基础培训", true, null],
    ["中心为特色农产品提供免费展示、销售服务", true, null],
    ["中心为电子商务市场主体提供免费摄影、美工服务", false, "摄影棚在建，预计10月投用"],
    ["中心组织农产品统一推广、指导特色农产品品牌建设", true, "“惠来鲍鱼”“惠来荔枝”区域品牌"],
    ["中心提供其他衍生增值服务", true, "代办证照、金融对接"],
    ["建设或整合、优化电商产业园", true, "整合县电商物流园"],
    ["引入专业第三方电子商务运营服务商", true, null],
    ["行政村物流快递覆盖率100%", false, "尚有6个偏远行政村未通快递"],
    ["政府网站专栏公示创建方案", true, null],
    ["政府网站专栏公示项目基本信息", true, null],
    ["政府网站专栏每月公示项目建设进度", true, null],
    ["专栏设立征求意见或监督举报窗口", true, null],
    ["统计电商扶贫情况", true, "月报附表"],
    ["制定资金管理制度", true, "《惠来县电子商务进农村综合示范专项资金管理办法》"],
    ["项目承建方建立资金专用台账", true, null],
  ];
  tasks.forEach(([t, done, note], i) => {
    rows.push([i + 1, t, null, done ? "✓" : null, done ? null : "✓", note, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  });
  rows.push([]);
  rows.push(["三、领导小组"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["组长", "县委副书记、县长　林××", null, null, null, null, null]);
  merges.push(`B${rows.length}:G${rows.length}`);
  rows.push(["副组长", "副县长　陈××", null, null, null, null, null]);
  merges.push(`B${rows.length}:G${rows.length}`);
  rows.push(["成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县交通运输局、县邮政分公司", null, null, null, null, null]);
  merges.push(`B${rows.length}:G${rows.length}`);
  rows.push(["填表人：县商务局 郑××　　联系电话：0663-66×××××　　填表日期：2021年9月13日"]);
  merges.push(`A${rows.length}:G${rows.length}`);
  return {
    description:
      "惠来县商务局的“电子商务进农村综合示范创建基本情况表”，三张表上下排列。表一“主要数据”是两行表头：“年度数据”合并在2019年、2020年、2021年1—8月三列上，另有“截至2021年8月31日累计”列，单位在B列（万人、个、亿元、人次、人、万元、%）：常住人口72.86万在2020年列，行政村287个（不含社区）、省定贫困村27个、培训7,277人次、参训贫困人口2,651人（累计按身份证去重，小于1,904+968）、有劳动能力不含外出务工4,980人、下达1500万元、拨付累计1,125.75万元、总体进度88都在累计列；2019、2020年农村网络零售额12.64、15.71亿元和农产品3.08、全角“３.９５”亿元在年度列，2021年1—8月那列不是2019/2020年的数。表二“重点任务完成情况”在“已完成/未完成”两列打✓：摄影美工和行政村快递100%打在“未完成”，中心投入运营日期写在说明列“2020.10.26”。表三领导小组：组长“县委副书记、县长”，成员含商务、财政、农业农村、乡村振兴。填表日期不是截止日期。",
    sheets: [{ name: "基本情况", rows, merges }],
    expect: {
      facts: {
        county: "惠来县", asOf: "2021-08-31", residentPopulation: 728600, adminVillagesStated: 287, poorVillagesStated: 27,
        ruralRetail2019: 1264000000, ruralRetail2020: 1571000000, agriRetail2019: 308000000, agriRetail2020: 395000000,
        trainingPersonTimesStated: 7277, trainedPoorPersonsStated: 2651, eligiblePoorPersonsStated: 4980,
        fundAllocated: 15000000, fundSpentStated: 11257500, overallProgress: 0.88,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-26", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true,
        expressCoverage: false, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 清远市阳山县: 培训台账.xlsx. Sheet 1: sessions with a two-row header (参训情况: 人数 | 天数 | 人次), date ranges
// in several styles, a note row inside the table, year subtotals and a total. Sheet 2: the poor trainees (one row a
// person at a class) with date ranges, lower-case x, masked IDs and one missing ID. Sheet 3: 讲师库 (not a ledger).
// =====================================================================================================
function buildL1() {
  const REGION = "441823";
  // [date cell, iso (range end), name, place, target, 人数, 天数]
  const S = [
    ["2020年9月22日—24日", "2020-09-24", "电商基础知识培训班（第一期）", "县电子商务公共服务中心", "返乡青年、个体户", 60, 3],
    ["2020.10.15", "2020-10-15", "农村电商直播带货培训", "黎埠镇文化站", "农户、合作社", 85, 1],
    ["2020.11.3-5", "2020-11-05", "建档立卡贫困户电商技能培训班（第一期）", "七拱镇政府会议室", "建档立卡贫困户", 48, 3],
    [D("2020-12-10"), "2020-12-10", "网店美工与详情页制作", "县电子商务公共服务中心", "电商从业人员", 42, 1],
    ["2021年1月", "2021-01", "乡村振兴电商带头人培训", "县委党校", "村“两委”干部", 120, 1],
    ["21.3.18", "2021-03-18", "农产品品牌与包装设计", "县电子商务公共服务中心", "合作社、家庭农场", 56, 1],
    ["2021/4/7-2021/4/9", "2021-04-09", "建档立卡贫困户电商技能培训班（第二期）", "杜步镇党群服务中心", "建档立卡贫困户", 50, 3],
    null, // note row: 2021年5—6月 暂停
    ["2021年7月6日", "2021-07-06", "短视频拍摄与剪辑", "县电子商务公共服务中心", "返乡青年", 64, 1],
    ["2021.8.12-13", "2021-08-13", "直播电商提升班", "阳城镇政府礼堂", "电商从业人员", 45, 2],
    ["2021年8月30日-9月1日", "2021-09-01", "建档立卡贫困户电商技能培训班（第三期）", "小江镇政府会议室", "建档立卡贫困户", 52, 3],
  ];
  const rows = [];
  rows.push(["阳山县电子商务进农村培训台账（按班次）"]);
  rows.push(["填报单位：阳山县商务局", null, null, null, null, null, null, "单位：人、天、人次", null]);
  rows.push(["序号", "培训时间", "培训班名称", "培训地点", "培训对象", "参训情况", null, null, "承办单位"]);
  rows.push([null, null, null, null, null, "人数", "天数", "人次", null]);
  const merges = ["A1:I1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:H3", "I3:I4"];
  const recs = [];
  let seq = 0;
  let yr = null;
  const sub = { 2020: [0, 0], 2021: [0, 0] };
  const flush = (y) => {
    rows.push([`${y}年小计`, null, null, null, null, sub[y][0], null, sub[y][1], null]);
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  for (const s of S) {
    if (s === null) {
      rows.push([null, "2021年5月—6月", "受疫情防控影响，暂停集中培训", null, null, null, null, null, null]);
      continue;
    }
    const y = Number(s[1].slice(0, 4));
    if (yr !== null && y !== yr) flush(yr);
    yr = y;
    seq++;
    const pt = s[5] * s[6];
    sub[y][0] += s[5];
    sub[y][1] += pt;
    rows.push([seq, s[0], s[2], s[3], s[4], s[5], s[6], pt, seq % 2 ? "阳山县电商公共服务中心运营方" : "清远市职业技术学校"]);
    recs.push({ date: s[1], personTimes: pt });
  }
  flush(yr);
  const totalPt = sub[2020][1] + sub[2021][1];
  rows.push(["合计", null, null, null, null, sub[2020][0] + sub[2021][0], null, totalPt, null]);
  merges.push(`A${rows.length}:E${rows.length}`);
  const byCut = sum(recs.filter((r) => r.date <= "2021-08-31").map((r) => r.personTimes));
  rows.push([`注：人次＝人数×天数。截至2021年8月31日累计${fmtInt(byCut)}人次；第三期贫困户班8月30日开班、9月1日结业。`]);
  merges.push(`A${rows.length}:I${rows.length}`);
  assert(recs.length === 10, "l1 ten sessions");
  assert(totalPt === sum(recs.map((r) => r.personTimes)) && byCut === totalPt - 156, "l1 totals " + totalPt + " " + byCut);

  // poor trainees
  const classes = [
    ["建档立卡贫困户电商技能培训班（第一期）", "2020.11.3-5", "2020-11-05", 9],
    ["建档立卡贫困户电商技能培训班（第二期）", "2021/4/7-2021/4/9", "2021-04-09", 8],
    ["建档立卡贫困户电商技能培训班（第三期）", "2021.8.30-9.1", "2021-09-01", 7],
  ];
  const places = [["七拱镇", ["七拱村", "新圩村", "水井村"]], ["杜步镇", ["杜步村", "大岭村", "江英村"]], ["小江镇", ["小江村", "龙塘村", "罗坑村"]]];
  const people = [];
  const pRows = [];
  pRows.push(["阳山县建档立卡贫困户参加电商培训学员名单"]);
  pRows.push(["序号", "姓名", "性别", "身份证号码", "镇", "村", "参训班次", "培训日期", "备注"]);
  const precs = [];
  let k = 0;
  classes.forEach(([cls, dtxt, iso, n], ci) => {
    for (let i = 0; i < n; i++) {
      k++;
      let person;
      if (ci === 1 && i < 2) person = people[i * 3]; // two persons of the first class come again
      else {
        const male = rnd() < 0.5;
        person = { name: personName(), male, id: makeId(REGION, randBirth(1968, 1998), male, k === 4 || k === 15 ? true : false), town: places[ci][0], village: pick(places[ci][1]) };
        people.push(person);
      }
      let idCell = person.id;
      let idExp = person.id;
      let note = null;
      if (person.id.endsWith("X") && ci === 0) idCell = person.id.toLowerCase();
      if (ci === 2 && i >= 4 && i <= 6) {
        idCell = person.id.slice(0, 6) + "********" + person.id.slice(14);
        idExp = idCell;
        note = "扶贫系统导出，身份证号已脱敏";
      }
      if (ci === 1 && i === 5) {
        idCell = null;
        idExp = null;
        note = "未提供身份证号";
      }
      if (ci === 1 && i < 2) note = "第二次参训";
      pRows.push([k, person.name, person.male ? "男" : "女", idCell, person.town, person.village, cls, dtxt, note]);
      precs.push({ date: iso, personTimes: 1, id: idExp });
    }
  });
  pRows.push([`共${k}人次（${people.length}人，其中2人参加两期）`]);
  assert(precs.length === 24 && people.length === 22, "l1 poor trainees " + precs.length + "/" + people.length);
  assert(pRows.some((r) => typeof r[3] === "string" && /x$/.test(r[3])), "l1 a lower-case x is written");
  assert(precs.filter((r) => r.id && r.id.includes("*")).length === 3, "l1 three masked");
  assert(precs.filter((r) => r.id === null).length === 1, "l1 one missing id");

  // lecturers (not a ledger)
  const lRows = [["阳山县电子商务培训讲师库"], ["序号", "姓名", "性别", "工作单位", "职称/资格", "擅长方向", "入库日期", "联系电话"]];
  const lect = [
    ["清远市职业技术学校", "讲师", "网店运营"], ["阳山县电商公共服务中心", "电子商务师（三级）", "直播带货"],
    ["广东某电商服务公司", "高级电子商务师", "短视频营销"], ["阳山县农业农村局", "农艺师", "农产品品牌"],
    ["清远某传媒公司", "—", "视觉设计"],
  ];
  lect.forEach((l, i) => lRows.push([i + 1, personName(), rnd() < 0.5 ? "男" : "女", l[0], l[1], l[2], i % 2 ? D(isoAddDays("2020-08-20", i * 17)) : ymd(isoAddDays("2020-08-20", i * 17), "dot"), phone()]));
  lRows.push(["注：入库日期为签订授课协议日期。"]);

  return {
    description:
      "阳山县商务局的“培训台账.xlsx”，三张表。“培训台账（按班次）”一行一个班次，两行表头（“参训情况”合并在人数、天数、人次上），人次＝人数×天数，应读“人次”列（180、144…），不是人数；培训时间有区间“2020年9月22日—24日”“2020.11.3-5”“2021/4/7-2021/4/9”“2021.8.12-13”“2021年8月30日-9月1日”（都按末日读，最后一个是2021-09-01），还有真日期、“2021年1月”（只到月）、“21.3.18”；中间一行“2021年5月—6月 暂停集中培训”不是班次，年度小计、合计和注释行都不是记录。“贫困户学员名单”一行是一人参加一期（人次1），培训日期也是区间，身份证号有小写x（应读成大写X）、三个脱敏号（照写）、一个空号（未提供），两人参加两期各算一行。“讲师库”有姓名、日期、电话，但不是台账。",
    sheets: [
      { name: "培训台账（按班次）", rows, merges },
      { name: "贫困户学员名单", rows: pRows, merges: ["A1:I1", `A${pRows.length}:I${pRows.length}`] },
      { name: "讲师库", rows: lRows, merges: ["A1:H1", `A${lRows.length}:H${lRows.length}`] },
    ],
    expect: {
      sheets: {
        "培训台账（按班次）": { kind: "training", records: recs },
        "贫困户学员名单": { kind: "training", records: precs },
        "讲师库": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州市潮安区: 民政 统计用区划代码 village list (type from the name: 村民委员会 / 社区居民委员会, 城乡分类代码 column),
// a station sheet turned on its side (fields as rows, one station per column), and a station turnover table with
// months as columns, which is not a ledger.
// =====================================================================================================
function buildL2() {
  const towns = [
    ["彩塘镇", "445103104", ["华美村", "金砂村", "骊塘村", "宏安村", "仙乐村", "和平村", "东里村", "抛西村", "都和村", "市头村"], ["彩塘社区", "金联社区"]],
    ["金石镇", "445103105", ["仙都村", "宫前村", "湖美村", "塘边村", "金石村", "刘陇村", "翁厝村", "田头村", "吴厝村", "沙湖村"], ["金石社区"]],
    ["浮洋镇", "445103102", ["斗文村", "浮洋村", "大吴村", "洲园村", "徐厝陇村", "新乡村", "下张村", "西林村"], ["浮洋社区"]],
  ];
  const poor = new Set(["抛西村", "田头村", "下张村"]);
  const noExpress = new Set(["西林村"]);
  const vRows = [];
  vRows.push(["潮安区村（居）民委员会名单（第一批示范镇：彩塘镇、金石镇、浮洋镇）"]);
  vRows.push(["资料来源：区民政局 统计用区划代码和城乡划分代码（2021年）；“省定相对贫困村”“快递进村”两列由区商务局填写"]);
  vRows.push(["统计用区划代码", "城乡分类代码", "名称", "所属镇", "省定相对贫困村", "快递进村"]);
  const vrecs = [];
  for (const [t, code, vs, cs] of towns) {
    cs.forEach((c, i) => {
      vRows.push([code + String(i + 1).padStart(3, "0"), "121", c + "居民委员会", t, "—", "已通"]);
      vrecs.push({ name: c, admin: false, poor: null, express: true });
    });
    vs.forEach((v, i) => {
      vRows.push([code + String(200 + i + 1), i < 2 ? "122" : "220", v + "民委员会", t, poor.has(v) ? "是" : "否", noExpress.has(v) ? "未通" : "已通"]);
      vrecs.push({ name: v, admin: true, poor: poor.has(v), express: !noExpress.has(v) });
    });
  }
  vRows.push(["注：城乡分类代码121为镇中心区，122为镇乡结合区，220为村庄。"]);
  assert(vrecs.length === 32 && vrecs.filter((v) => v.admin).length === 28, "l2 village counts");
  assert(vRows.slice(3, -1).every((r) => /^\d{12}$/.test(r[0])), "l2 12-digit codes");
  assert(new Set(vRows.slice(3, -1).map((r) => r[0])).size === 32, "l2 codes unique");

  // stations, one per column
  const st = [
    ["华美村", "华美村委会", D("2020-08-18"), "2020-08-18"],
    ["金砂村", "金砂村", "2020.9.8", "2020-09-08"],
    ["骊塘村", "骊塘村民委员会", "2020年9月", "2020-09"],
    ["宏安村", "宏安村", "2020-10-16", "2020-10-16"],
    ["仙乐村", "仙乐村委会", D("2020-11-03"), "2020-11-03"],
    ["抛西村", "抛西村", "2020.11.20", "2020-11-20"],
    ["彩塘社区", "彩塘社区", "2020年12月1日", "2020-12-01"],
    ["仙都村", "仙都村委会", D("2020-12-15"), "2020-12-15"],
    ["宫前村", "宫前村", "2021.1.8", "2021-01-08"],
    ["田头村", "田头村", "2021年1月20日", "2021-01-20"],
    ["金石村", "金石村委会", "21.3.2", "2021-03-02"],
    ["湖美村", "湖美村", D("2021-03-26"), "2021-03-26"],
    ["斗文村", "斗文村", "2021/4/15", "2021-04-15"],
    ["大吴村", "大吴村委会", "2021.5.12", "2021-05-12"],
    ["下张村", "下张村", "2021年6月", "2021-06"],
    ["洲园村", "洲园村民委员会", D("2021-07-09"), "2021-07-09"],
    ["浮洋村", "浮洋村", "2021.9.16", "2021-09-16"],
  ];
  const townOf = {};
  for (const [t, , vs, cs] of towns) for (const v of vs.concat(cs)) townOf[v] = t;
  const fields = ["站点编号", "站点名称", "所在镇", "所在村（居）", "详细地址", "负责人", "联系电话", "挂牌日期", "服务内容", "营业面积（㎡）"];
  const sRows = [];
  sRows.push(["潮安区村级电子商务服务站点信息一览"]);
  sRows.push(["（横排：每列一个站点，截至2021年9月30日）"]);
  const grid = fields.map((f) => [f]);
  st.forEach(([v, written, cell], i) => {
    const vals = [
      "CA-" + String(i + 1).padStart(3, "0"), v + "电商服务站", townOf[v], written,
      `潮州市潮安区${townOf[v]}${v}${pick(["村委会旁", "文化楼一楼", "市场路" + rint(2, 60) + "号", "党群服务中心"])}`,
      pick(SURN) + "××", phone(), cell, pick(["代购代销、快递收发", "代购代销、快递收发、便民缴费", "农产品上行、快递收发、小额取款"]), rint(20, 120),
    ];
    vals.forEach((x, r) => grid[r].push(x));
  });
  grid.forEach((r) => sRows.push(r));
  sRows.push(["备注：挂牌日期只写到月的，以区商务局验收表为准；浮洋村站点9月挂牌。"]);
  const lastCol = colName(st.length);
  const srecs = st.map(([v, , , iso]) => ({ village: v, opened: iso }));
  assert(sRows[9][0] === "挂牌日期" && sRows[9].length === 18, "l2 opened row");
  assert(st.every(([v]) => townOf[v]), "l2 stations in the village list");

  // station turnover, months as columns (not a ledger)
  const months = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(2020, 8 + i, 1));
    months.push(d.getUTCFullYear() + "年" + (d.getUTCMonth() + 1) + "月");
  }
  const tRows = [];
  tRows.push(["村级电商服务站点代购代销交易额统计表"]);
  tRows.push(["单位：元"]);
  tRows.push(["站点名称"].concat(months, ["合计"]));
  for (const [v, , , iso] of st.slice(0, 16)) {
    const vals = months.map((m, i) => {
      const mIso = new Date(Date.UTC(2020, 8 + i, 1)).toISOString().slice(0, 7);
      return mIso < iso.slice(0, 7) ? null : rint(3000, 48000);
    });
    tRows.push([v + "电商服务站"].concat(vals, [sum(vals.filter((x) => x !== null))]));
  }
  tRows.push(["注：数据来源于站点运营方月度报表；浮洋村站点9月开业，未列入。"]);

  return {
    description:
      "潮安区商务局的村级站点工作簿。“村居名单”是区民政局统计用区划代码表：12位区划代码、城乡分类代码（121/122/220）、名称写全称“华美村民委员会”“彩塘社区居民委员会”，没有“类型”列，行政村/社区要从名称判断（代码第10位起200以上也是村委会）；商务局补的“省定相对贫困村”列是“是/否”，社区填“—”（不适用），“快递进村”列是“已通/未通”（西林村未通）。“站点信息（横排）”是转置表：A列是字段名，每列一个站点（17列），所在村（居）写法不一（“华美村委会”“骊塘村民委员会”“金砂村”），挂牌日期有真日期、“2020.9.8”“2020年9月”（只到月）“21.3.2”“2021/4/15”等，含一个社区站点和一个2021年9月的站点（照录）。“站点交易额”是月份作列的金额表，看着像按月报送记录，但不是台账。",
    sheets: [
      { name: "村居名单", rows: vRows, merges: ["A1:F1", "A2:F2", `A${vRows.length}:F${vRows.length}`] },
      { name: "站点信息（横排）", rows: sRows, merges: [`A1:${lastCol}1`, `A2:${lastCol}2`, `A${sRows.length}:${lastCol}${sRows.length}`] },
      { name: "站点交易额", rows: tRows, merges: ["A1:N1", "A2:N2", `A${tRows.length}:N${tRows.length}`] },
    ],
    expect: {
      sheets: {
        "村居名单": { kind: "villages", records: vrecs },
        "站点信息（横排）": { kind: "stations", records: srecs },
        "站点交易额": { kind: null },
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

// cross-checks of stated values against the sheets' own text
const txt = (c) => JSON.stringify(c.sheets);
assert(txt(c1).includes("6.29万人") && txt(c1).includes("1（原报2）") && txt(c1).includes("同上"), "c1 text");
assert(txt(f1).includes("1,236.5 万元") && txt(f1).includes("61.2 万人"), "f1 text");
assert(txt(f2).includes("●B.县（市、区）政府分管领导") && txt(f2).includes("1,183.27"), "f2 text");
assert(txt(f3).includes("３.９５") && txt(f3).includes("1,125.75"), "f3 text");
assert(txt(l1).includes("2021年8月30日-9月1日"), "l1 text");
assert(txt(l2).includes("华美村民委员会"), "l2 text");

write("counties", BATCH + "-c1-nanao.json", c1);
write("facts", BATCH + "-f1-zijin.json", f1);
write("facts", BATCH + "-f2-nanxiong.json", f2);
write("facts", BATCH + "-f3-huilai.json", f3);
write("ledgers", BATCH + "-l1-yangshan.json", l1);
write("ledgers", BATCH + "-l2-chaoan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
