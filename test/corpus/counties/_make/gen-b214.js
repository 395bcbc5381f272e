// Batch 214 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b210.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (214214), no clock. Run: node test/corpus/_b214/gen-b214.js
//
// c1 始兴县 (韶关): 《基础数据及自评》 is two tables side by side — 基础数据 (A:D, 有/无 among numbers) and 自评得分 (F:J, 主观分 in
//    自评依据), column E blank; ledgers: stations with 签约日期 AND 挂牌运营日期 (a 8/31 station makes 70/100), sessions with 2,090 of
//    209,300 just under 1%, 20 firms with one leaving on 8/31, funds with a “48.2万” text amount, a 公文报送登记 where only 市商务局 月报 count.
// f1 番禺区 (广州): 《考评基础数据》 序号｜指标｜数值｜计量单位｜数据来源, most items followed by an indented “口径：…” row (B:E merged)
//    whose numbers are not inputs; units in section rows (“三、网络零售（单位：亿元）”); 成员单位 without 财政 → principal;
//    专栏内未设举报窗口 → disclosureWindow false; 主观分 in a last section.
// f2 鼎湖区 (肇庆): 《目标任务完成情况及自评表》 序号｜考评指标｜任务内容｜目标值｜完成值｜完成率｜自评分｜备注 — facts only in 完成值
//    (目标值 and 完成率 are not facts), 考评指标 and 自评分 merged down over their task rows (claimed), judged parts in 备注;
//    中心 “2021年3月5日投入运营”, 快递 96.9%（95/98） → false, 组长常务副区长 → deputy; bonus and veto rows at the end.
// f3 坡头区 (湛江): a Word 填空模板 pasted into one merged column — each line a sentence with the blanks filled in (“＿30.46＿万人”,
//    some blanks left “＿＿＿＿” = not stated, a day left blank → month only), choices as ☑/□/■/☐ boxes, judged as “□1分 ☑2分”
//    or “自评＿4＿分”; all four departments ticked under 区委书记 → principal-all.
// l1 榕城区 (揭阳): training sign-in blocks with 体温｜健康码｜行程 columns (黄码劝返 / 缺席 rows are not trainees; x, full-width, masked,
//    blank IDs); 消费扶贫专柜清单 where only 村级电商服务站 rows are stations; 脱贫户 one household a row with members in line-broken
//    cells; media with 国家级/省级/地市级/县区级; 专栏 copied from the web list page (title line + “发布日期：…” line); 填表说明, hidden 下拉.
// l2 金湾区 (珠海): 村居通讯录 (type from the name suffix, a 村改居 “（原××村）”); 政务专递寄件登记 in “2020年”/“2021年” sections with
//    “10月9日” dates, only 珠海市商务局 月报 are reports; 园区企业 with one “在园期间” cell (“2020.10—2021.7”, “2021.3—至今”);
//    合同付款 with every payment of a contract in one cell (“①2020.11.5 首付款 456,000元；②…60.8万元；③尾款未付”); 封面, 经验材料.
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
let seed = 214214;
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
    assert(/^b214-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b214-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b214-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市始兴县: 基础数据及自评（左右两表）＋ 台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "440222";
  const POP = 209300;
  const BASE = Math.min(POP, 500000);
  const TOWNS = [["太平镇", 8, 6], ["马市镇", 12, 1], ["澄江镇", 8, 1], ["顿岗镇", 11, 1], ["罗坝镇", 10, 1], ["司前镇", 11, 1],
    ["隘子镇", 10, 1], ["城南镇", 10, 0], ["沈所镇", 12, 1], ["深渡水瑶族乡", 8, 0]];
  const prefixes = ["太平", "马市", "澄江", "顿岗", "罗坝", "司前", "隘子", "城南", "沈所", "深渡", "车八"];
  const vName = nameMaker("大小新老上下东西南北石沙黄江良周都红水长龙高坪樟竹", ["塘", "坑", "岗", "洞", "田", "围", "岭", "坝", "坪", "头", "陂", "寨", "口", "溪", "山", "径", "湖"], "村", prefixes);
  const cName = nameMaker("城兴华东文安", ["南", "北", "中", "园", "康", "和", "宁"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 100 && comms.length === 13, "c1 100 villages + 13 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const rural = shuffle(towns.slice(1).flatMap((x) => x.vs));
  const poor = rural.slice(0, 16);
  const poorSet = new Set(poor);
  const nonPoor = shuffle(admin.filter((v) => !poorSet.has(v)));
  assert(nonPoor.length === 84, "c1 84 non-poor");
  const covNonPoor = nonPoor.slice(0, 55);
  const uncov = nonPoor.slice(55);
  const vSept = uncov[0];
  const noExpress = uncov[4];
  const lastPoor = poor[15];
  const edgeVillage = covNonPoor[54];

  // ---------------- 村（居）委会名单
  const vRows = [["始兴县村（居）民委员会名单"], ["填报单位：始兴县商务局（据县民政局2021年区划名册）　　　“快递物流通达”：√已通达，×未通达"],
    ["序号", "乡镇", "村（居）委会", "类别", "省定贫困村", "快递物流通达", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    const list = x.vs.map((v) => ({ v, c: false })).concat(x.cs.map((v) => ({ v, c: true })));
    for (const it of list) {
      sq++;
      const nm = it.c ? `${short(it.v)}社区居委会` : sq % 4 === 1 ? `${short(it.v)}村民委员会` : `${short(it.v)}村委会`;
      vRows.push([sq, vRows.length + 1 === r0 ? x.t : null, nm, it.c ? "居委会" : "村委会", it.c ? "—" : poorSet.has(it.v) ? "是" : "否",
        it.v === noExpress ? "×" : "√", it.v === noExpress ? "村民到圩镇快递点取件" : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个（其中省定贫困村${poor.length}个），居委会${comms.length}个。`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  for (const r of vRows) padRow(r, 7);

  // ---------------- 站点台账（签约日期 ≠ 挂牌运营日期）
  const ST = [];
  poor.forEach((v, i) => ST.push({ v, op: i === 15 ? "2021-09-03" : randIsoBetween("2020-07-01", "2021-08-20") }));
  covNonPoor.forEach((v, i) => ST.push({ v, op: i === 54 ? CUT : randIsoBetween("2020-06-15", "2021-08-25") }));
  ST.find((s) => s.v === covNonPoor[10]).op = "2021-03";
  ST.push({ v: covNonPoor[20], op: randIsoBetween("2021-02-01", "2021-07-30"), second: true });
  ST.push({ v: towns[0].cs[2], op: randIsoBetween("2020-10-01", "2021-05-30") });
  ST.push({ v: vSept, op: "2021-09-15" });
  ST.push({ v: "车八岭", op: randIsoBetween("2020-11-01", "2021-06-30"), town: "隘子镇", reserve: true });
  const TORD = TOWNS.map((t) => t[0]);
  const tOf = (s) => s.town || townOf[s.v];
  ST.sort((a, b) => TORD.indexOf(tOf(a)) - TORD.indexOf(tOf(b)) || cmp(a.op, b.op));
  const sRows = [["始兴县村级电子商务服务站点台账"], ["填报单位：始兴县商务局　　　更新至：2021年9月20日"],
    ["序号", "站点名称", "乡镇", "所在村（居）", "负责人", "联系电话", "签约日期", "挂牌运营日期", "备注"]];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    const vcell = s.reserve ? "车八岭国家级自然保护区" : isC ? `${short(s.v)}社区居委会` : [`${short(s.v)}村委会`, s.v, `${short(s.v)}村民委员会`][j % 3];
    const opFirst = s.op.length === 7 ? s.op + "-01" : s.op;
    const signed = isoAdd(opFirst, -rint(12, 55));
    let oc;
    if (s.op === CUT) oc = "2021.8.31";
    else if (s.op === "2021-03") oc = "2021年3月";
    else if (s.op > CUT) oc = s.op === "2021-09-03" ? "2021年9月3日" : "2021.9.15";
    else oc = dateCell(s.op, j);
    const sc = s.op === "2021-09-03" ? "2021.8.20" : dateCell(signed, j + 3);
    sRows.push([j + 1, s.reserve ? "车八岭保护区电商服务点" : `始兴县${short(s.v)}${isC ? "社区" : "村"}电商服务站${s.second ? "（二）" : ""}`, tOf(s), vcell,
      personName(), mask(phone()), sc, oc,
      s.second ? "同村第二个服务点（圩镇）" : s.reserve ? "服务保护区职工" : s.op === "2021-09-03" ? "8月签约，9月挂牌" : s.op > CUT ? "9月新挂牌" : null]);
  });
  const sigNote = ST.findIndex((s) => s.op === "2021-09-03");
  assert(sigNote >= 0, "c1 sept poor station");
  sRows.push(["注：签约日期为与运营服务商签订站点建设协议的日期；挂牌运营日期为站点挂牌并开展业务的日期。"]);
  const sMerges = ["A1:I1", "A2:I2", `A${sRows.length}:I${sRows.length}`];
  for (const r of sRows) padRow(r, 9);
  const adminSet = new Set(admin);
  const covSet = new Set(ST.filter((s) => openedBy(s.op, CUT) && adminSet.has(s.v)).map((s) => s.v));
  const covPoor = poor.filter((v) => covSet.has(v));
  const covBase = Math.min(admin.length, 200);
  assert(covSet.size === 70 && ratioGE(70, covBase, 70) && !ratioGE(69, covBase, 70), "c1 70/100 exactly " + covSet.size);
  assert(covPoor.length === 15 && !ratioGE(15, 16, 100) && ratioGE(15, 16, 80), "c1 poor 15/16");
  assert(covSet.has(edgeVillage) && !covSet.has(vSept) && !covSet.has(lastPoor), "c1 edge cases");

  // ---------------- 培训台账 (sessions)
  const S = [
    { start: "2020-09-24", end: "2020-09-24", topic: "农村电商基础知识", place: "县电子商务公共服务中心", who: "返乡青年、个体户", n: 0 },
    { start: "2020-10-22", end: "2020-10-22", topic: "网店开设与运营", place: "县电子商务公共服务中心", who: "电商从业人员", n: 0 },
    { start: "2020-11-19", end: "2020-11-20", topic: "短视频拍摄与剪辑", place: "县委党校", who: "农村青年", n: 0 },
    { start: "2020-12-17", end: "2020-12-17", topic: "脱贫户电商技能专题", place: "马市镇党群服务中心", who: "脱贫户", n: 0 },
    { start: "2021-01-14", end: "2021-01-14", topic: "始兴枇杷年货节直播", place: "线上直播（始兴电商视频号）", who: "社会公众", n: 186, live: 3215 },
    { start: "2021-03-16", end: "2021-03-17", topic: "直播带货实操", place: "县电子商务公共服务中心", who: "电商从业人员", n: 0 },
    { start: "2021-04-15", end: "2021-04-15", topic: "农产品品牌与包装", place: "县委党校", who: "合作社、家庭农场", n: 0 },
    { start: "2021-05-10", end: "2021-05-14", topic: "送培训下乡（马市、澄江、顿岗三镇巡回）", place: "各镇党群服务中心", who: "村民、脱贫户", n: 0, tour: true },
    { start: "2021-06-17", end: "2021-06-17", topic: "电商客服与物流", place: "县电子商务公共服务中心", who: "电商从业人员", n: 0 },
    { start: "2021-07-15", end: "2021-07-15", topic: "社群营销", place: "司前镇党群服务中心", who: "村民", n: 0 },
    { start: "2021-08-19", end: "2021-08-19", topic: "跨境电商入门", place: "县电子商务公共服务中心", who: "企业", n: 0 },
    { start: "2021-09-08", end: "2021-09-08", topic: "农村电商基础知识（补训）", place: "县委党校", who: "村民", n: 120 },
  ];
  S.forEach((s, k) => {
    s.no = k + 1;
    if (!s.n) s.n = s.tour ? rint(330, 380) : rint(110, 190);
  });
  const before = S.filter((s) => s.end <= CUT);
  let diff = 2090 - sum(before.map((s) => s.n));
  const adj = before.filter((s) => !s.live && !s.tour);
  for (let j = 0; diff !== 0; j = (j + 1) % adj.length) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 19);
    if (adj[j].n + st < 80 || adj[j].n + st > 260) continue;
    adj[j].n += st;
    diff -= st;
  }
  const ptCut = sum(before.map((s) => s.n));
  assert(ptCut === 2090 && !ratioGE(ptCut, BASE, 1) && ratioGE(ptCut, BASE, 0.8), "c1 2090/209300 just under 1%");
  assert(ratioGE(ptCut + 120, BASE, 1), "c1 with the Sept session it would reach 1%");

  // ---------------- 脱贫人口 and 参训名单
  const plan = shuffle([].concat(Array(48).fill("E"), Array(6).fill("M"), Array(6).fill("N")));
  let xGiven = false;
  const persons = plan.map((c, i) => {
    const birth = c === "N" ? birthBetween(1938, 1956) : birthBetween(1967, 2000);
    const wantX = c === "E" && !xGiven ? true : undefined;
    if (wantX) xGiven = true;
    return { c, id: makeId(REGION, birth, rnd() < 0.5, wantX), name: personName(), v: poor[i % poor.length] };
  });
  persons.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.v, b.v));
  const pRows = [["始兴县脱贫人口劳动能力及务工情况"], ["资料来源：县乡村振兴局（2021年8月）　　　“是否外出务工”指在县外务工；县内务工、公益性岗位不属外出务工。"],
    ["序号", "乡镇", "村", "姓名", "身份证号", "劳动能力", "是否外出务工", "备注"]];
  const pMerges = ["A1:H1", "A2:H2"];
  const WHERE = ["广州", "东莞", "深圳", "佛山", "韶关市区"];
  persons.forEach((p, i) => {
    let lab;
    let mig;
    let note = null;
    if (p.c === "E") {
      lab = "有";
      mig = i % 5 === 0 ? "否（县内公益性岗位）" : i % 3 === 0 ? "否（县内务工）" : "否";
    } else if (p.c === "M") {
      lab = "有";
      mig = `是（${WHERE[i % WHERE.length]}）`;
    } else {
      lab = i % 2 ? "无" : "无（重病）";
      mig = "—";
      note = "兜底保障";
    }
    pRows.push([i + 1, townOf[p.v], p.v, p.name, p.id, lab, mig, note]);
  });
  const elig = persons.filter((p) => p.c === "E");
  const xPerson = elig.find((p) => isX(p.id));
  assert(elig.length === 48 && xPerson, "c1 48 eligible, one X");
  const eligSh = shuffle(elig.filter((p) => p !== xPerson));
  const trained = [xPerson].concat(eligSh.slice(0, 23));
  const maskedP = eligSh[23];
  const septOnly = eligSh[24];
  const TR = [];
  const poorSessions = before.filter((s) => !s.live);
  trained.forEach((p, k) => TR.push({ p, s: poorSessions[(k * 3 + 1) % poorSessions.length], id: p === xPerson ? p.id.slice(0, 17) + "x" : p.id }));
  const twice = trained[7];
  TR.push({ p: twice, s: poorSessions[poorSessions.length - 1] === TR.find((t) => t.p === twice).s ? poorSessions[0] : poorSessions[poorSessions.length - 1], id: twice.id, note: "第二次参训" });
  TR.push({ p: maskedP, s: poorSessions[3], id: maskId(maskedP.id), note: "镇报名单已隐去部分号码" });
  TR.push({ p: septOnly, s: S[11], id: septOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  TR.push({ p: migs[0], s: poorSessions[4], id: migs[0].id, note: "返乡期间参训" });
  TR.push({ p: nols[0], s: poorSessions[2], id: nols[0].id, note: "家属陪同" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT).map((t) => normId(t.id)).filter((id) => eligIds.has(id)));
  assert(trainedCut.size === 24 && ratioGE(24, 48, 50) && !ratioGE(23, 48, 50) && !ratioGE(24, 48, 70), "c1 24/48 = 50%");
  for (const s of S) s.poorN = TRs.filter((t) => t.s === s).length;
  const sessDate = (s, j) => {
    if (s.tour) return "2021年5月10日—14日";
    if (s.end !== s.start) return j % 2 ? `${dotDate(s.start)}-${ymd(s.end)[2]}` : rangeText(s.start, s.end, "cn");
    if (s.start > CUT) return "2021.9.8";
    return dateCell(s.start, j + 1);
  };
  const tRows = [["始兴县农村电商培训台账（按期次）"], ["单位：人　　　说明：线下培训按签到表人数计，线上培训按实名签到人数计（观看人次不计）。"],
    ["期次", "培训日期", "培训内容", "培训对象", "培训地点", "参训人数", "其中脱贫人口", "备注"]];
  S.forEach((s, j) => tRows.push([`第${s.no}期`, sessDate(s, j), s.topic, s.who, s.place, s.n, s.poorN || null,
    s.live ? `直播观看${fmtInt(s.live)}人次，实名签到${s.n}人` : s.tour ? "五天巡回三镇，按结束日登记" : s.start > CUT ? "考评截止后" : s.end !== s.start ? "两天班" : null]));
  tRows.push(["合计", null, null, null, null, sum(S.map((s) => s.n)), sum(S.map((s) => s.poorN)), "含第12期"]);
  const tMerges = ["A1:H1", "A2:H2", `A${tRows.length}:E${tRows.length}`];
  const trRows = [["始兴县脱贫人口参加电商培训名单"], ["序号", "姓名", "身份证号", "所在村", "参训期次", "培训日期", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, t.p.name, t.id, t.p.v, `第${t.s.no}期`, sessDate(t.s, S.indexOf(t.s)), t.note || null]));
  trRows.push([`注：以上${TRs.length}人次已计入《培训台账》对应期次的“参训人数”，不另计人次。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 产业园入驻企业
  const FIRMS = [["始兴县枇杷优品电子商务有限公司", "销售型企业"], ["始兴县墨江农特产品网店", "销售型企业"], ["始兴县马市烟叶产业电商商行", "销售型企业"],
    ["始兴县兴农汇网络科技有限公司", "平台型电商企业"], ["始兴县车八岭山货电商有限公司", "销售型企业"], ["始兴县沈所杨梅网店", "销售型企业"],
    ["始兴县云帆电商代运营有限公司", "电商运营商"], ["始兴县粤北电商服务有限公司", "电商运营商"], ["始兴县速通快递服务有限公司", "物流企业"],
    ["始兴县澄江香芋电商商行", "销售型企业"], ["始兴县兴播直播传媒有限公司", "直播电商"], ["始兴县顿岗竹木制品网店", "销售型企业"],
    ["始兴县冷链仓配物流有限公司", "物流企业"], ["始兴县乡味通网络科技有限公司", "平台型电商企业"], ["始兴县司前茶叶电商有限公司", "销售型企业"],
    ["始兴县隘子腐竹网店", "销售型企业"], ["始兴县农品汇供应链管理有限公司", "供应链"], ["始兴县深渡水瑶绣电商工作室", "销售型企业"],
    ["始兴县创客电商孵化服务有限公司", "电商运营商"], ["始兴县罗坝米业网店", "销售型企业"], ["始兴县好物优选电子商务有限公司", "销售型企业"],
    ["始兴县绿源生态农业电商有限公司", "销售型企业"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-09-01", "2021-07-31"), left: null }));
  firms[5].ent = "2020-10-16";
  firms[5].left = "2021-06-30";
  firms[12].ent = "2020-12-08";
  firms[12].left = CUT;
  firms[20].ent = "2021-09-02";
  firms[9].ent = "2021-08";
  firms.sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["始兴县电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "状态"]];
  firms.forEach((f, j) => {
    const ec = f.ent === "2021-08" ? "2021年8月" : f.ent === "2021-09-02" ? "2021.9.2" : dateCell(f.ent, j);
    const lc = f.left === CUT ? "2021年8月31日" : f.left ? "2021.6.30" : null;
    eRows.push([j + 1, f.n, f.code, f.t, ec, lc, f.left ? "已退出" : f.ent > CUT ? "新入驻" : "在园"]);
  });
  eRows.push(["注：退出日期为租约终止、搬离园区之日。"]);
  const inPark = firms.filter((f) => openedBy(f.ent, CUT) && !(f.left && f.left < CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 20 in park " + inPark.length);

  // ---------------- 资金拨付台账（元）
  const PAY = [["2020-11-20", "县电子商务公共服务中心装修及设备", "始兴县云帆电商代运营有限公司", 860000],
    ["2021-01-15", "村级站点建设（第一批）", "中国邮政集团有限公司广东省始兴县分公司", 612400],
    ["2021-03-10", "县镇村三级物流配送体系", "始兴县速通快递服务有限公司", 538000],
    ["2021-04-22", "电商人才培训（第一期合同）", "始兴县创客电商孵化服务有限公司", 482000],
    ["2021-06-18", "村级站点建设（第二批）", "中国邮政集团有限公司广东省始兴县分公司", 455800],
    ["2021-07-27", "农产品品牌培育及推广", "始兴县兴农汇网络科技有限公司", 236500],
    ["2021-08-31", "村级站点建设（尾款）", "中国邮政集团有限公司广东省始兴县分公司", 0],
    ["2021-09-10", "公共服务中心运营补助", "始兴县云帆电商代运营有限公司", 300000]];
  const ALLOC = 5000000;
  PAY[6][3] = 3515280 - sum(PAY.slice(0, 6).map((p) => p[3]));
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3515280 && ratioGE(spent, ALLOC, 70) && !ratioGE(spent - 482000, ALLOC, 70) && !ratioGE(spent - PAY[6][3], ALLOC, 70), "c1 spent 70.3%");
  const fRows = [["始兴县电子商务进农村综合示范专项资金拨付台账"], ["序号", "拨付日期", "项目", "收款单位", "拨付金额（元）", "凭证号", "备注"]];
  PAY.forEach((p, j) => {
    const amt = j === 3 ? "48.2万" : j === 1 ? fmtMoney(p[3]) : p[3];
    const dc = p[0] === CUT ? "2021年8月31日" : p[0] > CUT ? "2021.9.10" : dateCell(p[0], j + 2);
    fRows.push([j + 1, dc, p[1], p[2], amt, `记-${p[0].slice(2, 4)}${p[0].slice(5, 7)}-${pad3(rint(1, 99))}`, j === 3 ? "按合同拨付48.2万元" : p[0] > CUT ? "9月拨付" : null]);
  });
  fRows.push(["合计", null, null, null, sum(PAY.map((p) => p[3])), null, "含9月拨付"]);
  const fMerges = ["A1:G1", `A${fRows.length}:D${fRows.length}`];

  // ---------------- 报送登记（寄送／粤政易）
  const repMonths = WINDOW.filter((m) => m !== "2021-02");
  const R = [];
  for (const m of repMonths) {
    const [y, mo] = m.split("-").map(Number);
    let d = `${m}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    const prev = monthsBetween("2020-08", m);
    const pm = prev[prev.length - 2];
    const title = m === "2021-03" ? "始兴县电子商务进农村综合示范工作月报（2021年1—2月）" : `始兴县电子商务进农村综合示范工作月报（${cnMonth(pm)}）`;
    R.push({ d, title, to: "韶关市商务局", how: mo % 2 ? "粤政易" : "EMS政务专递", rep: true });
    let d2 = isoAdd(d, 13);
    while (["六", "日"].includes(weekday(d2))) d2 = isoAdd(d2, 1);
    if (y === 2021 && mo === 5) R.push({ d: d2, title: "关于报送始兴县电商扶贫典型案例的函", to: "广东省商务厅", how: "EMS政务专递", rep: false });
  }
  R.push({ d: "2021-02-05", title: "始兴县2020年电子商务进农村综合示范工作总结", to: "广东省商务厅", how: "EMS政务专递", rep: false });
  R.push({ d: "2021-02-09", title: "关于2021年春节期间市场供应情况的报告", to: "始兴县人民政府办公室", how: "专人送达", rep: false });
  R.push({ d: "2020-11-16", title: "关于申请拨付电子商务进农村示范项目资金的函", to: "始兴县财政局", how: "专人送达", rep: false });
  R.push({ d: "2021-09-06", title: "始兴县电子商务进农村综合示范工作月报（2021年8月）", to: "韶关市商务局", how: "粤政易", rep: true });
  R.sort((a, b) => cmp(a.d, b.d));
  const rRows = [["始兴县商务局公文报送登记（电子商务股）"], ["序号", "寄送日期", "文件名称", "收件单位", "方式", "邮件号", "经办人"]];
  R.forEach((r, j) => rRows.push([j + 1, dateCell(r.d, j), r.title, r.to, r.how, r.how.startsWith("EMS") ? `11${String(rint(10000000000, 99999999999))}` : null, ["李××", "邱××"][j % 2]]));
  rRows.push(["注：月报均附《电商扶贫情况统计表》。"]);
  const rMerges = ["A1:G1", `A${rRows.length}:G${rRows.length}`];
  const repCity = R.filter((r) => r.rep && r.to === "韶关市商务局" && r.d <= CUT).map((r) => r.d);
  const repN = inWindowMonths(repCity);
  assert(repN === 11 && inWindowMonths(R.filter((r) => r.d <= CUT).map((r) => r.d)) === 12, "c1 11 city months (12 with the province mail)");

  // ---------------- 专栏更新
  const U = [["2020-07-22", "始兴县电子商务进农村综合示范创建工作方案", "创建方案"], ["2020-07-22", "始兴县电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-07-29", "关于设立电子商务进农村综合示范项目监督举报电话的公告", "监督举报"]];
  for (const m of WINDOW) {
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(5, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `始兴县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  U.push(["2021-09-09", "始兴县电子商务进农村综合示范项目建设进度（截至2021年8月31日）", "建设进度"]);
  const uRows = [["始兴县人民政府网“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "类别"]];
  U.forEach(([d, t, c], j) => uRows.push([j + 1, dateCell(d, j + 4), t, c]));
  const disN = inWindowMonths(U.map((u) => u[0]));
  assert(disN === 12, "c1 12 disclosure months");

  // ---------------- 宣传报道 / 经验材料
  const MED = [["2020-11-26", "始兴县融媒体中心", "县级", "网络", "始兴首批村级电商服务站挂牌", "否"],
    ["2021-01-20", "韶关日报", "市级", "报纸", "始兴枇杷搭上直播快车", "否"],
    ["2021-05-18", "南方+客户端", "省级", "网络", "始兴：电商进村 山货出山", "否"],
    ["2021-07-16", "广东广播电视台《广东新闻联播》", "省级", "电视", "始兴县脱贫户直播间卖腐竹", "是"],
    ["2021-09-06", "中央广播电视总台农业农村频道", "国家级", "电视", "粤北山区电商扶贫见闻（始兴篇）", "是"]];
  const mRows = [["始兴县电子商务进农村宣传报道登记"], ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, m[0] > CUT ? "2021.9.6" : dateCell(m[0], j + 1), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["经验材料报送"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年6月18日", "《始兴县“电商＋枇杷”助农增收经验做法》", "韶关市商务局"], [2, "2021.9.7", "《始兴县电子商务进农村综合示范创建工作总结》", "韶关市商务局"]];

  // ---------------- 基础数据及自评 (two tables side by side)
  const L = [
    [1, "县（市、区）", "始兴县", null], [2, "考评截止日期", "2021年8月31日", null], [3, "常住人口", 20.93, "万人"], [4, "户籍人口", 25.61, "万人"],
    [5, "行政村数", 100, "个"], [6, "社区（居委会）数", 13, "个"], [7, "省定贫困村数", 16, "个"], [8, "领导小组组长", "县委副书记、县长", null],
    [9, "领导小组成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司", null],
    [10, "示范县工作方案", "已印发（始府办〔2020〕27号）", null], [11, "农村电商扶持政策", "已出台", null],
    [12, "县级电子商务公共服务中心投入运营时间", "2020年12月", null], [13, "免费培训场所、培训设备", "有", null], [14, "免费展示、销售特色农产品", "有", null],
    [15, "免费摄影、美工服务", "有", null], [16, "农产品统一推广、品牌建设", "有", null], [17, "其他衍生增值服务", "无", null], [18, "电商产业园", "有", null],
    [19, "专业第三方电商运营服务商", "有", null], [20, "行政村物流快递覆盖率", "100%", null], [21, "2019年农村网络零售额", "8.46", "亿元"],
    [22, "2020年农村网络零售额", "10.96", "亿元"], [23, "2020年农产品网络零售额同比增速", "32.1", "%"], [24, "电商培训人次", fmtInt(ptCut), "人次"],
    [25, "有劳动能力的建档立卡贫困人口（不含外出务工）", elig.length, "人"], [26, "参训的建档立卡贫困人口", trainedCut.size, "人"],
    [27, "专栏公示创建方案、项目基本信息、建设进度", "是", null], [28, "专栏设立监督举报窗口", "是", null], [29, "能统计电商扶贫情况", "是", null],
    [30, "省级下达专项资金", wan(ALLOC), "万元"], [31, "累计拨付资金", String(wan(spent)), "万元"], [32, "资金管理制度", "已制定", null],
    [33, "资金专用台账", "已建立", null], [34, "项目总体进度", "86%", null], [35, "安全生产、质量事故或重大损失", "无", null], [36, "弄虚作假", "无", null],
  ];
  const RT = [
    [1, "组织领导", 2, 2, null, "org.leadership"], [2, "方案制定", 2, 2, "主观分2分", "org.plan"], [3, "政策支持", 2, 2, "主观分2分", "org.policy"],
    [4, "项目管理", 4, 3, "管理制度2分；工作台账1分", "org.management"], [5, "服务体系建设（县级中心与产业园）", 15, 14, "其他衍生增值服务暂未开展", "work.center"],
    [6, "服务体系建设（村级站点覆盖）", 10, 10, null, "work.coverage"], [7, "农村产品上行", 10, 8, "网销调研2分；促销活动1分；交易标准及冷链溯源1分", "work.upward"],
    [8, "电商人才培训", 20, 20, "培训人次约占常住人口1.0%", "work.training"], [9, "信息公开", 4, 4, null, "info.disclosure"], [10, "数据上报", 6, 6, null, "info.reporting"],
    [11, "案例总结", 2, 2, null, "promo.cases"], [12, "经验推广", 8, 8, null, "promo.media"], [13, "制度建立", 5, 4, "主观分4分", "fund.system"],
    [14, "资金台账", 5, 4, "主观分4分", "fund.ledger"], [15, "资金支出", 5, 4, "支出率70.3%，及时拨付4分", "fund.spending"],
  ];
  const claimed = {};
  for (const r of RT) claimed[r[5]] = r[3];
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 2;
  const claimedScored = sum(SCORED.map(([id]) => claimed[id]));
  assert(claimedScored === 93, "c1 claimed 93 " + claimedScored);
  const RR = RT.map((r) => r.slice(0, 5)).concat([[null, "小计", 100, claimedScored, null], ["加1", "贫困人口培训率70%及以上", 2, 0, null],
    ["加2", "电商扶贫典型案例电视播报", 2, 2, "央视农业农村频道播报"], [null, "合计", null, claimedScored + 2, "含加分2分"]]);
  const W = 10;
  const fr = [];
  const fm = [];
  fr.push(padRow(["始兴县电子商务进农村综合示范创建考评基础数据及自评表"], W));
  fm.push("A1:J1");
  fr.push(padRow(["填报单位：始兴县商务局（盖章）　　　截止时间：2021年8月31日　　　填报时间：2021年9月6日"], W));
  fm.push("A2:J2");
  fr.push(["一、基础数据", null, null, null, null, "二、自评得分", null, null, null, null]);
  fm.push("A3:D3", "F3:J3");
  fr.push(["序号", "项目", "数据", "单位", null, "序号", "评价指标", "分值", "自评分", "自评依据"]);
  const n = Math.max(L.length, RR.length);
  for (let i = 0; i < n; i++) {
    const l = L[i] || [null, null, null, null];
    const r = RR[i] || [null, null, null, null, null];
    fr.push([l[0], l[1], l[2], l[3], null, r[0], r[1], r[2], r[3], r[4]]);
  }
  fr.push(padRow(["填表人：邱××　　　审核人：何××（县商务局副局长）　　　联系电话：0751-33xxxxx"], W));
  fm.push(`A${fr.length}:J${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 facts width");

  // ---------------- points
  const opened = "2020-12";
  const centerPts = 2 + (opened <= "2021-02" ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (typesIn.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covSet.size, covBase, 70) ? 5 : ratioGE(covSet.size, covBase, 50) ? 2 : 0) + (covPoor.length === poor.length ? 5 : ratioGE(covPoor.length, poor.length, 80) ? 3 : 0);
  const r19 = 846000000, r20 = 1096000000;
  assert((r20 - r19) * 100 < 30 * r19, "c1 rural growth under 30%");
  const upPts = 2 + 1 + 1 + 0 + 1 + 2;
  const trainPts = (ratioGE(ptCut, BASE, 1) ? 10 : ratioGE(ptCut, BASE, 0.8) ? 8 : ratioGE(ptCut, BASE, 0.6) ? 6 : 0)
    + (ratioGE(trainedCut.size, elig.length, 50) ? 10 : ratioGE(trainedCut.size, elig.length, 40) ? 8 : ratioGE(trainedCut.size, elig.length, 30) ? 6 : 0);
  assert(centerPts === 14 && covPts === 8 && trainPts === 18, "c1 center/cov/train " + [centerPts, covPts, trainPts]);
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": trainPts, "info.disclosure": 2 + (disN === 12 ? 2 : 1),
    "info.reporting": (repN === 12 ? 3 : 1) + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5,
    "bonus.poorTraining": ratioGE(trainedCut.size, elig.length, 70) ? 2 : 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 86 && bonus === 1, "c1 total " + scored + "+" + bonus);
  const leftF = firms.find((f) => f.left === "2021-06-30");
  const lastDayF = firms.find((f) => f.left === CUT);
  const lateF = firms.find((f) => f.ent === "2021-09-02");
  const derivation = [
    "org.leadership: 组长“县委副书记、县长”——县长是县政府主要领导；成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 工作方案已印发（始府办〔2020〕27号），自评依据“主观分2分” → 2",
    "org.policy: 扶持政策已出台，主观分2分 → 2",
    "org.management: “管理制度2分；工作台账1分” → 3",
    `work.center: 中心“2020年12月”投入运营（只到月，也早于2021-02-28） → 建成2＋满6个月2；免费培训2、展示销售1、摄影美工1、品牌1“有”，其他衍生增值服务“无” → 0；产业园“有” → 2；《产业园入驻企业》截至8月31日在园 ${inPark.length} 家（“${leftF.n}”2021.6.30退出不算；“${lastDayF.n}”2021年8月31日才退出，截止日当天仍在园，算；“${lateF.n}”2021.9.2入驻不算；“2021年8月”只到月的算） → ≥20 → 2；类型有平台型、销售型、电商运营商、物流企业等 → 1；合计14`,
    `work.coverage: 《村（居）委会名单》村委会100个（居委会13个不算）；《站点台账》读“挂牌运营日期”（不读签约日期），≤ 2021-08-31 的行政村 ${covSet.size} 个（“${edgeVillage}”2021.8.31挂牌算；同村第二个服务点只算一次；“2021年3月”只到月的算；社区站、车八岭保护区服务点不是行政村；“${vSept}”2021.9.15不算） → 70/100 = 70.0% ≥ 70% → 5（漏掉8月31日那站就是69% → 2）；省定贫困村16个，“${lastPoor}”8月20日签约但2021年9月3日才挂牌 → 15/16 = 93.8% → 3；合计8（自评10）`,
    `work.upward: 网销调研2、促销活动1、交易标准及冷链溯源1（自评依据）；第三方运营服务商“有” → 1；村名单有“快递物流通达”列，“${noExpress}”为“×” → 0（基础数据“100%”与名单不符，按名单）；农村网零8.46→10.96亿元增长29.6% < 30%，但农产品网零增速32.1% ≥ 30% → 2；合计7（自评8）`,
    `work.training: 常住人口20.93万（户籍25.61万不用） → 基数209,300；《培训台账》按期“参训人数”，截止日前第1—11期合计 ${fmtInt(ptCut)} 人（第5期直播读实名签到186人，不读观看3,215人次；第8期“2021年5月10日—14日”按结束日；第12期9月8日不算；合计行不另加；《参训名单》的人次已含在各期内，不另计） → 2,090/209,300 = 0.9986% < 1% → 8（自评按“约1.0%”给了10；算上9月补训才够1%）；《脱贫人口》劳动能力“有”且不是县外务工的48人（县内务工、公益性岗位不算外出）；《参训名单》截止日前身份证号对上的24人（一人末位小写x读作X；一人两次只算一次；一人号码隐去无法核对不算；一人只参加9月第12期不算；外出务工、无劳动能力各一人不在48人内） → 24/48 = 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示方案、项目信息、建设进度，设监督举报窗口（基础数据两项“是”，更新记录也有方案、项目信息和举报电话公告） → 2；《专栏更新》2020年9月—2021年8月每月都有 → 2；合计4",
    "info.reporting: 《公文报送登记》里报韶关市商务局的月报：2020年9月—2021年1月、2021年3—8月共11个月（2021年2月只寄了省商务厅的年度总结和县政府办的报告，不是报市商务局的月报；1—2月合并在3月报） → 不定时1；月报附电商扶贫统计表、基础数据“能统计” → 3；合计4（自评6）",
    "promo.cases: 2021年6月18日向韶关市商务局报送经验材料 → 2（9月7日那份不算）",
    "promo.media: 截止日前有南方+、广东广播电视台（省级） → 4；韶关日报（市级） → 3；始兴县融媒体中心（县级） → 1；央视农业农村频道在2021年9月6日，不算 → 8",
    "fund.system: 主观分4 → 4",
    "fund.ledger: 主观分4 → 4",
    `fund.spending: 《资金拨付台账》截止日前7笔：${PAY.slice(0, 7).map((p) => fmtInt(p[3])).join("＋")} = ${fmtInt(spent)}元（“48.2万”是482,000元；8月31日尾款算；9月10日30万元不算；合计行不另加） → 3,515,280/5,000,000 = 70.3% ≥ 70% → 及时拨付主观分4 → 4（少算48.2万或8月31日那笔都会低于70%，倒扣5分）`,
    "bonus.poorTraining: 贫困人口培训率24/48 = 50% < 70% → 0",
    "bonus.tvCase: 截止日前有广东广播电视台播报的电商扶贫典型案例（省级电视） → 1；央视农业农村频道（国家级）在2021年9月6日，截止日后，不能加2（自评2） → 1",
    "veto.incident: 安全生产、质量事故或重大损失“无” → 不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“无” → 不否决",
  ];
  const opts = [["有无", "是否", "类别", "企业类型"], ["有", "是", "村委会", "平台型电商企业"], ["无", "否", "居委会", "销售型企业"], [null, null, null, "电商运营商"], [null, null, null, "物流企业"]];
  return {
    description:
      "韶关市始兴县商务局的整本考评工作簿（13个表：基础数据及自评、11个台账、隐藏的下拉选项），86分＋加分1＝87分、未否决（自评93＋2）：《基础数据及自评》是一张A3表上左右两个表——左“一、基础数据”（序号｜项目｜数据｜单位，有／无事项混在数字中间，户籍人口、社区数不是输入），右“二、自评得分”（序号｜评价指标｜分值｜自评分｜自评依据，主观分写在自评依据里），中间E列空着；右表比左表短。台账：村（居）委会名单（乡镇纵向合并，一村快递“×”），站点台账有签约日期和挂牌运营日期两列（读挂牌运营；8月31日挂牌一站正好70/100，一个贫困村8月签约9月挂牌），培训台账按期（直播备注里的观看人次、五天巡回按结束日、9月补训，2,090/209,300差一点到1%），脱贫人口和参训名单（小写x、隐去号码、两次、9月），产业园在园正好20家（一家8月31日退出仍算），资金台账“48.2万”文字金额和8月31日尾款决定70.3%，公文报送登记里只有报韶关市商务局的月报算（2月只寄了省厅），央视报道在9月。",
    sheets: [
      { name: "基础数据及自评", rows: fr, merges: fm },
      { name: "村（居）委会名单", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: tMerges },
      { name: "脱贫人口参训名单", rows: trRows, merges: trMerges },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "产业园入驻企业", rows: eRows, merges: ["A1:G1", `A${eRows.length}:G${eRows.length}`] },
      { name: "资金拨付台账", rows: fRows, merges: fMerges },
      { name: "公文报送登记", rows: rRows, merges: rMerges },
      { name: "专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: opts, merges: [], hidden: true },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州市番禺区: 每项两行（数据行＋“口径：”行）
// =====================================================================================================
function buildF1() {
  const W = 5;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:E${rows.length}`);
  };
  full("番禺区电子商务进农村综合示范创建考评基础数据");
  full("报送单位：广州市番禺区商务局　　　数据时点：2021年8月31日　　　报送日期：2021年9月3日");
  rows.push(["序号", "指标", "数值", "计量单位", "数据来源"]);
  let no = 0;
  const item = (label, value, unit, src, note) => {
    no++;
    rows.push([no, label, value, unit, src]);
    if (note) {
      rows.push([null, `　口径：${note}`, null, null, null]);
      merges.push(`B${rows.length}:E${rows.length}`);
    }
  };
  full("一、基本情况");
  item("常住人口", 279.83, "万人", "区统计局", "第七次全国人口普查常住人口；户籍人口192.50万人不作考评口径。");
  item("行政村", 177, "个", "区民政局", "不含社区居委会91个；2020年“村改居”的12个已转为社区，不计。");
  item("省定贫困村", 0, "个", "区农业农村局", "本区不属省定贫困村分布地区；对口帮扶的梅州市梅县区、贵州省黔南州的村不计。");
  item("领导小组组长", "区长", "—", "区政府办公室", "副组长为分管副区长、区商务局局长（番府办函〔2020〕47号）。");
  item("领导小组成员单位", "区商务局、区农业农村局、区乡村振兴局、区交通运输局、区市场监管局、区邮政管理局", "—", "区政府办公室", "按番府办函〔2020〕47号所列成员单位，共6个。");
  full("二、组织推进与服务体系");
  item("示范创建工作方案", "已印发", "—", "区政府办公室", "番府办〔2020〕18号，2020年4月3日印发。");
  item("农村电商扶持政策", "已出台", "—", "区商务局", "《番禺区促进农村电子商务发展若干措施》。");
  item("公共服务中心投入运营日期", "2020.11.28", "—", "区商务局", "2020年9月1日起试运营，2020年11月28日揭牌正式运营。");
  item("免费培训场所及培训设备", "有", "—", "区商务局", null);
  item("免费展示、销售特色农产品", "有", "—", "区商务局", null);
  item("免费摄影、美工服务", "有", "—", "区商务局", null);
  item("农产品统一推广、品牌建设指导", "有", "—", "区商务局", "“番禺好物”区域公用品牌。");
  item("其他衍生增值服务", "有", "—", "区商务局", "含金融对接、法律咨询、直播场地共享。");
  item("电商产业园（建设或整合、优化）", "有", "—", "区商务局", "整合番禺节能科技园电商楼，现入驻企业31家（入驻企业数以台账为准）。");
  item("专业第三方电商运营服务商", "有", "—", "区商务局", null);
  item("行政村物流快递覆盖率", 100, "%", "区邮政管理局", null);
  full("三、网络零售（单位：亿元）");
  item("2019年农村网络零售额", 126.4, "亿元", "省商务厅电子商务监测平台", null);
  item("2020年农村网络零售额", 158.3, "亿元", "省商务厅电子商务监测平台", "2021年1—8月为121.7亿元，不作考评口径。");
  item("2020年农产品网络零售额同比增速", 34.6, "%", "省商务厅电子商务监测平台", "2019、2020年农产品网络零售额平台未单列，仅提供增速。");
  full("四、人才培训");
  item("电商培训人次", "28,416", "人次", "区商务局", "截至2021年8月31日累计；常住人口超过50万，按50万计，占5.68%。");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", 412, "人", "区乡村振兴局", "全区相对贫困人口1,096人，其中有劳动能力且未外出务工412人。");
  item("参加电商培训的建档立卡贫困人口", 236, "人", "区乡村振兴局", "按身份证号去重；累计参训387人次。");
  full("五、信息公开及报送");
  item("政府网站专栏公示内容", "创建方案、项目基本信息、项目建设进度", "—", "区政务服务数据管理局", "监督举报电话在区商务局网页“联系我们”公布，专栏内未设征求意见或监督举报窗口。");
  item("电商扶贫情况统计", "能统计", "—", "区商务局", "月报附《电商扶贫情况统计表》。");
  full("六、资金（单位：万元）");
  item("省级下达专项资金", 500, "万元", "区财政局", null);
  item("累计拨付资金", 372.46, "万元", "区财政局", "截至2021年8月31日国库实际支付数；已审批未支付18.00万元不计。");
  item("资金管理制度", "已制定", "—", "区财政局", "《番禺区电子商务进农村综合示范专项资金管理办法》。");
  item("资金专用台账", "已建立", "—", "区财政局", null);
  item("项目总体进度", "91%", "—", "区商务局", null);
  full("七、否决事项");
  item("发生安全生产、质量事故或重大损失", "无", "—", "区应急管理局", null);
  item("弄虚作假", "无", "—", "区商务局", null);
  full("八、主观评分项自评");
  item("方案制定", 2, "分", "—", "工作方案因地制宜，可操作性较强（1-2分）。");
  item("政策支持", 2, "分", "—", null);
  item("项目管理制度", 2, "分", "—", null);
  item("工作台账", 2, "分", "—", null);
  item("网销调研", 2, "分", "—", "委托第三方完成调研报告1份。");
  item("网络促销活动", 2, "分", "—", "开展“番禺农品节”等促销活动11场。");
  item("交易标准与冷链、溯源系统", 1, "分", "—", "已出台交易标准2项，溯源系统在建。");
  item("资金管理制度", 5, "分", "—", null);
  item("资金台账", 4, "分", "—", null);
  item("资金及时拨付", 4, "分", "—", null);
  full("填报人：梁××　　审核人：区商务局副局长 黄××　　联系电话：020-34xxxxxx");
  assert(rows.every((r) => r.length === W), "f1 width");
  return {
    description:
      "广州番禺区商务局报的《考评基础数据》：序号｜指标｜数值｜计量单位｜数据来源五列，分“一、…八、”节（节行合并，“三、网络零售（单位：亿元）”“六、资金（单位：万元）”在节标题里带单位），一项一行数据，大多数项下面再跟一行缩进的“口径：…”（B:E合并）；口径里的数都不是输入（户籍192.50万人、社区91个、1—8月网零121.7亿元、相对贫困人口1,096人、387人次、已审批未支付18万元、入驻31家）。读法：常住279.83万人；行政村177、省定贫困村0；组长区长，但成员单位没有财政 → 主要领导、部门不全；中心“2020.11.28”正式运营（9月1日是试运营）；农村网零126.4、158.3亿元，农产品只有增速34.6%；专栏公示方案、项目信息、进度，口径写明专栏内未设征求意见或监督举报窗口 → 否；累计拨付372.46万元；主观分十项在最后一节。",
    sheets: [{ name: "考评基础数据", rows, merges }],
    expect: {
      facts: {
        county: "番禺区", asOf: "2021-08-31", residentPopulation: 2798300, adminVillagesStated: 177, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-11-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 12640000000, ruralRetail2020: 15830000000, agriRetailGrowthStated: 0.346,
        trainingPersonTimesStated: 28416, eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 236,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3724600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.91,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆市鼎湖区: 目标任务完成情况及自评表（目标值｜完成值｜完成率｜自评分）
// =====================================================================================================
function buildF2() {
  const W = 8;
  const rows = [];
  const merges = [];
  const full = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:H${rows.length}`);
  };
  full("鼎湖区电子商务进农村综合示范创建目标任务完成情况及自评表");
  full("填报单位：肇庆市鼎湖区商务局　　　统计截至：2021年8月31日　　　基本情况：常住人口35.63万人（七普），户籍人口17.9万人");
  rows.push(["序号", "考评指标", "任务内容", "目标值", "完成值", "完成率", "自评分", "备注"]);
  const claimed = {};
  let no = 0;
  // one indicator: [name, id, score, note, tasks: [task, target, done, rate]]
  const ind = (name, id, score, note, tasks) => {
    no++;
    const r0 = rows.length + 1;
    tasks.forEach((t, k) => rows.push([k === 0 ? no : null, k === 0 ? name : null, t[0], t[1], t[2], t[3] === undefined ? null : t[3], k === 0 ? score : null, k === 0 ? note : null]));
    const r1 = rows.length;
    if (r1 > r0) for (const c of ["A", "B", "G", "H"]) merges.push(`${c}${r0}:${c}${r1}`);
    if (id) claimed[id] = score;
  };
  ind("组织领导", "org.leadership", 1, "由分管领导牵头", [["建立主要领导牵头、多部门参与的协调机制", "区长任组长", "由区委常委、常务副区长任组长，成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", "—"]]);
  ind("方案制定", "org.plan", 2, null, [["印发示范创建工作方案", "1个", "已印发（鼎府办函〔2020〕9号）", "100%"]]);
  ind("政策支持", "org.policy", 1, "政策落实不够到位", [["出台农村电商扶持政策", "1项", "已出台《鼎湖区促进电子商务发展扶持办法》", "100%"]]);
  ind("项目管理", "org.management", 4, "项目管理制度2分、工作台账2分", [["制定项目管理制度", "1套", "已制定", "100%"], ["建立工作台账", "1套", "已建立，按月更新", "100%"]]);
  ind("服务体系建设（县级中心与产业园）", "work.center", 11, "运行未满6个月；入驻企业未达20家", [
    ["建成区级电子商务公共服务中心", "1个", "1个，2021年3月5日投入运营", "100%"],
    ["中心正常运行", "6个月以上", "5.9个月", "—"],
    ["免费培训场所、培训设备", "有", "有", "—"],
    ["免费展示、销售特色农产品", "有", "有", "—"],
    ["免费摄影、美工服务", "有", "有", "—"],
    ["统一推广、品牌建设指导", "有", "有", "—"],
    ["其他衍生增值服务", "有", "有（金融对接、法律咨询）", "—"],
    ["建设或整合、优化电商产业园", "1个", "已整合建成鼎湖电商产业园", "100%"],
    ["产业园入驻企业", "20家", "17家", "85%"],
    ["入驻企业类型", "3类以上", "4类（平台型、销售型、运营商、物流）", "—"]]);
  ind("服务体系建设（村级站点覆盖）", "work.coverage", 10, null, [
    ["行政村站点覆盖率", "70%", "78.6%（行政村98个，建站77个）", "112%"],
    ["省定贫困村站点覆盖率", "100%", "100%（省定贫困村9个，全覆盖）", "100%"]]);
  ind("农村产品上行", "work.upward", 8, "网销调研2分；网络促销2分；交易标准及冷链溯源1分；快递覆盖未达100%", [
    ["农产品网络销售调研", "形成调研报告", "已形成调研报告及建议", "100%"],
    ["网络促销活动", "6场", "8场", "133%"],
    ["专业第三方运营服务商", "1家", "1家", "100%"],
    ["行政村物流快递覆盖率", "100%", "96.9%（95/98）", "96.9%"],
    ["交易标准、冷链及溯源系统", "出台标准，建立冷链溯源", "出台交易标准1项；冷链系统在建", "—"],
    ["2020年网络零售额同比增速", "≥30%", "农村网络零售额同比增长18.7%；农产品网络零售额同比增长41.2%", "—"]]);
  ind("电商人才培训", "work.training", 20, null, [
    ["电商培训人次", "4,000人次", "4,236人次", "105.9%"],
    ["建档立卡贫困人口培训率", "50%", "57.9%（有劳动能力且未外出务工的建档立卡贫困人口323人，参训187人）", "115.8%"]]);
  ind("信息公开", "info.disclosure", 4, null, [
    ["设立专栏并公示创建方案、项目基本信息、建设进度，设征求意见或监督举报窗口", "全部公示", "已设立专栏，四项均已公示（设监督举报电话）", "100%"],
    ["专栏按月更新", "12个月", "12个月", "100%"]]);
  ind("数据上报", "info.reporting", 6, null, [
    ["每月向市商务局报送", "12次", "12次", "100%"],
    ["统计电商扶贫情况", "能统计", "已统计（月报附表）", "100%"]]);
  ind("案例总结", "promo.cases", 2, null, [["向市商务局报送经验材料", "1篇", "2篇", "200%"]]);
  ind("经验推广", "promo.media", 7, "无县级媒体报道", [["主流媒体宣传报道", "省、市、县级", "省级2篇、市级5篇", "—"]]);
  ind("制度建立", "fund.system", 4, null, [["制定资金管理制度", "1套", "已制定《鼎湖区电子商务进农村综合示范专项资金管理办法》", "100%"]]);
  ind("资金台账", "fund.ledger", 5, null, [["建立资金专用台账", "1套", "已建立", "100%"]]);
  ind("资金支出", "fund.spending", 4, "及时拨付4分", [["资金支出率", "70%", "74.8%（省下达500万元，已拨付374.2万元）", "106.9%"]]);
  const r0 = rows.length + 1;
  rows.push(["加分项", "贫困人口培训率70%及以上", "培训率", "70%", "57.9%", "—", 0, null]);
  rows.push([null, "电商扶贫典型案例获电视播报", "典型案例播报", "省级以上", "2021年6月广东广播电视台《广东新闻联播》播报", "—", 1, "省级1分"]);
  merges.push(`A${r0}:A${rows.length}`);
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  const v0 = rows.length + 1;
  rows.push(["一票否决项", "安全生产、质量事故或重大损失", "无事故", "无", "无", "—", null, null]);
  rows.push([null, "项目总体进度", "总体进度", "≥40%", "88%", "—", null, null]);
  rows.push([null, "弄虚作假", "无弄虚作假", "无", "无", "—", null, null]);
  merges.push(`A${v0}:A${rows.length}`);
  const self = sum(SCORED.map(([id]) => claimed[id]));
  assert(self === 89, "f2 claimed 89 " + self);
  rows.push(["合计", null, null, null, null, null, self + 1, `自评${self}分，加分1分`]);
  merges.push(`A${rows.length}:F${rows.length}`);
  full("注：完成率＝完成值÷目标值；“—”为不适用。填表人：冯××　　审核人：区商务局局长 谭××");
  assert(rows.every((r) => r.length === W), "f2 width");
  return {
    description:
      "肇庆鼎湖区商务局的《目标任务完成情况及自评表》：序号｜考评指标｜任务内容｜目标值｜完成值｜完成率｜自评分｜备注，一个考评指标几行任务，序号、考评指标、自评分、备注纵向合并（自评分是claimed），主观分写在备注（“项目管理制度2分、工作台账2分”“网销调研2分；网络促销2分；交易标准及冷链溯源1分”“及时拨付4分”）；加分项、一票否决项放在最后。读法：事实只在“完成值”（目标值4,000人次、20家、6场、500万元等和完成率都不是）；常住人口35.63万在抬头（户籍17.9万不是）；组长“区委常委、常务副区长” → 分管领导；中心“2021年3月5日投入运营”；产业园17家、站点77个不是输入；行政村98、省定贫困村9；快递“96.9%（95/98）” → 否；农村网零增速18.7%、农产品41.2%（没有金额）；贫困人口323人、参训187人；专栏四项都公示；拨付374.2万元；总体进度88%。",
    sheets: [{ name: "目标任务及自评", rows, merges }],
    expect: {
      facts: {
        county: "鼎湖区", asOf: "2021-08-31", residentPopulation: 356300, adminVillagesStated: 98, poorVillagesStated: 9,
        planIssued: true, policyIssued: true, centerOpened: "2021-03-05", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: false,
        ruralRetailGrowthStated: 0.187, agriRetailGrowthStated: 0.412,
        trainingPersonTimesStated: 4236, eligiblePoorPersonsStated: 323, trainedPoorPersonsStated: 187,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3742000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
      },
      leadership: "deputy",
      claimed,
    },
  };
}

// =====================================================================================================
// f3 — 湛江市坡头区: Word 填空模板粘进 Excel（一句一行，空格里填数，□/☑ 选项）
// =====================================================================================================
function buildF3() {
  const W = 6;
  const rows = [];
  const merges = [];
  const line = (t) => {
    rows.push(padRow([t], W));
    merges.push(`A${rows.length}:F${rows.length}`);
  };
  line("附件3");
  line("2019年省级电子商务进农村综合示范县（区）考评基本情况表（填空式）");
  line("填报单位（盖章）：＿湛江市坡头区经济和信息化局＿　　　数据截至：＿2021＿年＿8＿月＿31＿日");
  line(null);
  line("一、基本情况");
  line("1．本县（区）常住人口＿30.46＿万人（第七次全国人口普查），户籍人口＿44.1＿万人。");
  line("2．全县（区）共有行政村＿ 74 ＿个、社区居委会＿ 17 ＿个，其中省定贫困村＿ 6 ＿个。");
  line("二、组织领导");
  line("3．示范创建工作领导小组组长：☑区委书记　□区长　□副区长　□其他＿＿＿＿");
  line("4．领导小组成员单位（可多选）：☑商务　☑财政　☑农业农村　☑扶贫（乡村振兴）　☑其他：＿区交通运输局、区市场监管局、坡头邮政分公司＿");
  line("5．示范县工作方案：☑已正式印发（文号：＿坡府办〔2020〕14号＿）　□未印发　　　自评：□1分　☑2分");
  line("6．支持农村电商发展的政策：☑已出台　□未出台　　　自评：☑1分　□2分");
  line("7．项目管理制度：自评：□1分　☑2分；　工作台账：自评：☑1分　□2分");
  line("三、服务体系建设");
  line("8．区级电子商务公共服务中心于＿2020＿年＿10＿月＿＿＿日投入运营。");
  line("9．中心免费服务（可多选）：☑免费培训场所及设备　☑特色农产品免费展示、销售　□免费摄影、美工（美工按成本收费）　☑统一推广、品牌建设指导　☑其他衍生增值服务");
  line("10．电商产业园：□新建　☑整合、优化　□无");
  line("四、农村产品上行");
  line("11．有无专业第三方电子商务运营或服务商：☑有　□无");
  line("12．行政村物流快递覆盖率＿100＿%。");
  line("13．2019年农村网络零售额＿18.62＿亿元，2020年＿23.07＿亿元，同比增长＿23.9＿%；2019年农产品网络零售额＿＿＿＿亿元，2020年＿＿＿＿亿元，同比增长＿36.5＿%。");
  line("14．网销调研：自评：□1分　☑2分；网络促销活动：自评：□1分　☑2分；交易标准及冷链、溯源系统：自评：☑1分　☐2分");
  line("五、人才培训");
  line("15．截至考评截止日累计开展电商培训＿3,218＿人次。");
  line("16．有劳动能力的建档立卡贫困人口（不含外出务工）＿＿215＿＿人，其中参加电商培训＿＿121＿＿人。");
  line("六、信息公开及报送");
  line("17．政府网站专栏公示内容（可多选）：☑创建方案　☑项目基本信息　☑项目建设进度　☑征求意见窗口　□监督举报窗口");
  line("18．能否统计电商扶贫情况：■能　□不能");
  line("七、财政资金");
  line("19．省级专项资金＿500＿万元，截至＿2021＿年＿8＿月＿31＿日累计拨付＿3,612,500.00＿元，支出率＿72.25＿%。");
  line("20．资金管理制度：☑已制定　□未制定　　自评＿4＿分；资金专用台账：☑已建立　□未建立　　自评＿3＿分；资金及时拨付：自评＿4＿分。");
  line("21．项目总体进度＿90＿%。");
  line("八、承诺事项");
  line("22．创建期间□发生　☑未发生　安全生产、质量事故或重大经济损失、社会不良影响。");
  line("23．填报数据真实准确，☑不存在　□存在　弄虚作假情况。");
  line(null);
  line("填表人：＿陈××＿　　联系电话：＿0759-33xxxxx＿　　　　　　　　　　　　2021年9月2日");
  return {
    description:
      "湛江坡头区经济和信息化局按市局Word填空模板填好后整页粘进Excel的《考评基本情况表（填空式）》：一句一行（A:F合并），数字填在“＿30.46＿”“＿＿215＿＿”这样的下划线空里，选项用☑／□（也有■、☐），主观分写成“自评：□1分　☑2分”或“自评＿4＿分”，一行里常有几项。读法：抬头“数据截至＿2021＿年＿8＿月＿31＿日”；常住30.46万（户籍44.1万不是）；行政村74、省定贫困村6（社区17不是）；组长☑区委书记，四个部门都勾了 → 主要领导、部门齐全；中心“2020年10月＿＿＿日” → 只到月；摄影美工没勾（美工按成本收费） → 否；产业园“整合、优化” → 有；农产品零售额两个空没填 → 不列，只列增速36.5%；农村网零18.62、23.07亿元、增速23.9%；专栏勾了征求意见窗口 → 有窗口；“■能”；拨付3,612,500.00元；否决两项勾的是“未发生”“不存在”。",
    sheets: [{ name: "基本情况表", rows, merges }],
    expect: {
      facts: {
        county: "坡头区", asOf: "2021-08-31", residentPopulation: 304600, adminVillagesStated: 74, poorVillagesStated: 6,
        planIssued: true, policyIssued: true, centerOpened: "2020-10", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1862000000, ruralRetail2020: 2307000000, ruralRetailGrowthStated: 0.239, agriRetailGrowthStated: 0.365,
        trainingPersonTimesStated: 3218, eligiblePoorPersonsStated: 215, trainedPoorPersonsStated: 121,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3612500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 揭阳市榕城区: 填表说明、培训签到（防疫登记）、消费扶贫专柜及服务站点、脱贫户家庭成员（一户一行）、宣传报道、专栏网页复制、隐藏下拉
// =====================================================================================================
function buildL1() {
  const REGION = "445202";
  // ---------------- 培训签到（防疫登记）
  const SESS = [
    { no: 1, topic: "农村电商基础班", s: "2021-03-16", e: "2021-03-16", place: "榕城区电子商务公共服务中心", n: 14, quarantine: [6], absent: [11] },
    { no: 2, topic: "直播带货提升班", s: "2021-06-08", e: "2021-06-09", place: "仙桥街道党群服务中心", n: 12, quarantine: [], absent: [4] },
    { no: 3, topic: "跨境电商入门班", s: "2021-09-02", e: "2021-09-02", place: "榕城区电子商务公共服务中心", n: 10, quarantine: [], absent: [] },
  ];
  const tRows = [["榕城区农村电商培训签到表（含疫情防控登记）"]];
  const tMerges = ["A1:I1"];
  const tRecs = [];
  let idx = 0;
  for (const S of SESS) {
    const when = S.s === S.e ? `${cnDate(S.s)}（星期${weekday(S.s)}）` : rangeText(S.s, S.e, "cn");
    tRows.push([`第${S.no}期　${S.topic}　　培训时间：${when}　　地点：${S.place}`]);
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    tRows.push(["序号", "姓名", "身份证号", "联系电话", "体温（℃）", "健康码", "14天内行程", "签到", "备注"]);
    let came = 0;
    for (let i = 1; i <= S.n; i++) {
      idx++;
      const id = makeId(REGION, birthBetween(1970, 2001), rnd() < 0.5, idx === 3 || idx === 17 ? true : idx === 8 ? false : undefined);
      const q = S.quarantine.includes(i);
      const ab = S.absent.includes(i);
      let idCell = id;
      let recId = id;
      if (idx === 3) idCell = id.slice(0, 17) + "x";
      if (idx === 8) idCell = fwDigits(id);
      if (idx === 17) idCell = id.slice(0, 17) + "x";
      if (idx === 21) {
        idCell = maskId(id);
        recId = maskId(id);
      }
      if (idx === 30) {
        idCell = null;
        recId = null;
      }
      const temp = ab ? null : q ? 36.6 : Number((36 + rint(2, 9) / 10).toFixed(1));
      const code = ab ? null : q ? "黄码" : "绿码";
      const trip = ab ? null : q ? "8天内到过外省中风险地区所在市" : "无中高风险地区旅居史";
      const note = q ? "黄码，劝返，未参训" : ab ? "缺席" : idx === 30 ? "未带身份证，待补" : idx === 21 ? "本人要求隐去部分号码" : null;
      tRows.push([i, personName(), idCell, mask(phone()), temp, code, trip, q || ab ? null : "√", note]);
      if (!q && !ab) {
        came++;
        tRecs.push({ date: S.e, personTimes: 1, id: recId });
      }
    }
    tRows.push([`应到${S.n}人，实到${came}人（测温、验码由中心工作人员负责）。`]);
    tMerges.push(`A${tRows.length}:I${tRows.length}`);
    tRows.push([null]);
  }
  tRows.pop();
  for (const r of tRows) padRow(r, 9);
  checkTrainingIds(tRecs, "l1");
  assert(tRecs.length === 33, "l1 33 trainees " + tRecs.length);

  // ---------------- 消费扶贫专柜及服务站点
  const STREETS = [["仙桥街道", 5], ["梅云街道", 4], ["磐东街道", 4], ["东升街道", 2], ["东阳街道", 2]];
  const vName = nameMaker("东西南北上下新旧塘浮渔溪桥港", ["头", "尾", "寮", "埔", "厝", "美", "畔", "洋", "池", "内", "外", "墩"], "村", ["仙桥", "梅云", "磐东", "东升", "东阳"]);
  const SITES = [];
  for (const [st, n] of STREETS) for (let i = 0; i < n; i++) SITES.push({ st, v: vName(), type: "村级电商服务站（含扶贫专柜）", op: randIsoBetween("2020-08-01", "2021-08-25") });
  SITES[3].op = "2021-04";
  SITES[9].op = "2021-09-07";
  SITES.splice(6, 0, { st: "梅云街道", v: "梅云社区", comm: true, type: "村级电商服务站（含扶贫专柜）", op: randIsoBetween("2020-10-01", "2021-05-30") });
  SITES.splice(2, 0, { st: "仙桥街道", addr: "仙桥街道榕东大道华润万家超市一楼", type: "商超扶贫专区", op: randIsoBetween("2020-09-01", "2020-12-30") });
  SITES.splice(11, 0, { st: "东升街道", addr: "区政府机关饭堂", type: "机关食堂扶贫专柜", op: randIsoBetween("2020-09-01", "2020-12-30") });
  SITES.push({ st: "东阳街道", addr: "揭阳市第一中学榕江新城校区饭堂", type: "学校食堂扶贫专柜", op: "2021-03-01" });
  SITES.push({ st: "磐东街道", addr: "磐东街道新阳路永辉超市", type: "商超扶贫专区", op: "2021-05-20" });
  const sRows = [["榕城区消费扶贫专柜（专区）及村级电商服务站点布设清单"], ["填报单位：榕城区商务局　　　说明：村级电商服务站均设扶贫产品专柜，商超专区、食堂专柜不属村级站点。"],
    ["序号", "点位名称", "点位类型", "街道", "所在村（社区）／地址", "运营单位", "投入使用时间", "备注"]];
  const sRecs = [];
  SITES.forEach((s, j) => {
    const isSt = s.type.startsWith("村级");
    const place = isSt ? (s.comm ? "梅云社区居委会" : [`${s.v.replace(/村$/, "")}村委会`, s.v, `${s.v.replace(/村$/, "")}村民委员会`][j % 3]) : s.addr;
    const nm = isSt ? `${s.v.replace(/村$|社区$/, "")}${s.comm ? "社区" : "村"}电商服务站` : s.type === "商超扶贫专区" ? `${s.addr.includes("华润") ? "华润万家" : "永辉"}扶贫产品专区` : s.addr.replace(/饭堂$/, "") + "扶贫专柜";
    const dc = s.op === "2021-04" ? "2021年4月" : s.op === "2021-09-07" ? "2021.9.7" : [D(s.op), dotDate(s.op), cnDate(s.op), excelSerial(s.op), slashDate(s.op)][j % 5];
    sRows.push([j + 1, nm, s.type, s.st, place, isSt ? ["揭阳邮政榕城分公司", "榕城区供销社", "揭阳市榕商电子商务有限公司"][j % 3] : "广东扶贫产品供应链（揭阳）有限公司", dc,
      s.op === "2021-09-07" ? "9月新开" : !isSt ? "不属村级站点" : null]);
    if (isSt) sRecs.push({ village: place, opened: s.op });
  });
  sRows.push(["注：投入使用时间以挂牌或专柜启用为准。"]);
  assert(sRecs.length === 18 && sRows.length - 4 === 22, "l1 18 stations of 22 points " + sRecs.length);

  // ---------------- 脱贫户家庭成员（一户一行，成员分行写在格内）
  const LAB = [["有劳动力", true], ["丧失劳动力", false], ["无劳动力（学生）", false]];
  const WORK = [["区外务工", true], ["区内务工", false], ["未务工", false]];
  const hhVillages = sRecs.filter((s) => !/社区/.test(s.village)).map((s) => s.village.replace(/村民委员会$|村委会$/, "").replace(/村$/, "") + "村");
  const pRows = [["榕城区脱贫户家庭成员情况"], ["说明：劳动能力、务工情况按家庭成员顺序逐行填写；“区外务工”为外出务工；无劳动力的务工情况填“—”。"],
    ["序号", "街道", "村", "户主", "家庭人口", "成员姓名", "身份证号", "劳动能力", "务工情况"]];
  const pRecs = [];
  let mi = 0;
  for (let h = 0; h < 9; h++) {
    const n = [3, 2, 4, 3, 1, 3, 2, 4, 3][h];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    const mem = [];
    for (let k = 0; k < n; k++) {
      mi++;
      const [lab, labB] = k === n - 1 && n >= 3 ? LAB[2] : mi % 7 === 3 ? LAB[1] : LAB[0];
      const birth = lab.includes("学生") ? birthBetween(2005, 2013) : !labB ? birthBetween(1940, 1956) : birthBetween(1966, 2000);
      const id = makeId(REGION, birth, rnd() < 0.5, mi === 5 ? true : undefined);
      const [work, mig] = labB ? WORK[(mi + h) % 3] : ["—", null];
      mem.push({ name: k === 0 || rnd() < 0.6 ? personName(sur) : personName(), id, lab, labB, work, mig });
    }
    const v = hhVillages[h % hhVillages.length];
    const st = SITES.find((s) => s.v === v) ? SITES.find((s) => s.v === v).st : "仙桥街道";
    pRows.push([h + 1, st, v, mem[0].name, n, mem.map((m) => m.name).join("\n"), mem.map((m) => m.id).join("\n"), mem.map((m) => m.lab).join("\n"), mem.map((m) => m.work).join("\n")]);
    for (const m of mem) pRecs.push({ id: m.id, labour: m.labB, migrant: m.mig });
  }
  pRows.push([`合计：9户${pRecs.length}人。`]);
  assert(pRecs.some((p) => p.id.endsWith("X")) && pRecs.some((p) => p.migrant === true) && pRecs.some((p) => p.migrant === null) && pRecs.some((p) => p.labour === true && p.migrant === false), "l1 person variety");

  // ---------------- 宣传报道
  const MED = [["2020-10-15", "榕城区融媒体中心", "县区级", "新媒体", "榕城区首批村级电商服务站投入使用", "county", false],
    ["2020-12-22", "揭阳日报", "地市级", "报纸", "榕城：电商服务站开到家门口", "city", false],
    ["2021-03-18", "揭阳广播电视台《揭阳新闻》", "地市级", "电视", "榕城区举办农村电商基础班", "city", true],
    ["2021-05-11", "揭阳广播电视台（揭阳手机台）", "地市级", "新媒体", "脱贫户直播卖腐乳", "city", false],
    ["2021-06-25", "南方日报", "省级", "报纸", "榕城区：消费扶贫专柜进村入企", "province", false],
    ["2021-07-30", "广东广播电视台广东新闻广播", "省级", "广播", "揭阳榕城电商助农", "province", false],
    ["2021-08-12", "新华网", "国家级", "新媒体", "广东揭阳：电商服务站让山货出村", "national", false],
    ["2021-09-10", "广东广播电视台《广东新闻联播》", "省级", "电视", "榕城区电商扶贫典型案例", "province", true]];
  const mRows = [["榕城区电子商务进农村宣传报道统计"], ["序号", "日期", "媒体", "媒体级别", "类型", "标题"]];
  const mRecs = [];
  MED.forEach((m, j) => {
    mRows.push([j + 1, [dotDate(m[0]), D(m[0]), cnDate(m[0]), slashDate(m[0])][j % 4], m[1], m[2], m[3], `《${m[4]}》`]);
    mRecs.push({ date: m[0], level: m[5], tv: m[6] });
  });

  // ---------------- 专栏更新（网页列表复制）
  const U = [];
  for (const m of WINDOW) {
    if (m === "2021-01") continue;
    const [y, mo] = m.split("-").map(Number);
    U.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `榕城区电子商务进农村综合示范项目建设进度（${cnMonth(monthsBetween("2020-08", m).slice(-2)[0])}）`]);
  }
  U.push(["2020-08-20", "关于公布榕城区电子商务进农村综合示范项目监督举报电话的通告"]);
  U.push(["2021-09-06", "榕城区电子商务进农村综合示范项目建设进度（2021年8月）"]);
  U.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["您当前的位置：首页 > 政务公开 > 专题专栏 > 电子商务进农村综合示范"], [null]];
  const uRecs = [];
  const perPage = 8;
  U.forEach(([d, t], j) => {
    uRows.push([`· ${t}`]);
    uRows.push([`发布日期：${d}　　来源：揭阳市榕城区商务局　　浏览次数：${rint(60, 900)}`]);
    uRecs.push({ date: d });
    if ((j + 1) % perPage === 0 || j === U.length - 1) {
      const pg = Math.floor(j / perPage) + 1;
      const pages = Math.ceil(U.length / perPage);
      uRows.push([`共${U.length}条　第${pg}/${pages}页　首页　上一页　下一页　尾页`]);
      if (j !== U.length - 1) uRows.push([null]);
    }
  });
  assert(uRecs.length === 13 && inWindowMonths(uRecs.map((u) => u.date).filter((d) => d <= "2021-08-31")) === 11, "l1 13 updates, 11 window months");
  const note = [["填表说明"], ["1．本工作簿为榕城区电子商务进农村综合示范考评台账（三），区商务局电商股整理。"], ["2．培训签到表同时作疫情防控登记，体温、健康码、行程为防疫信息。"],
    ["3．消费扶贫专柜清单含村级电商服务站（均设扶贫专柜）和商超、食堂专柜。"], ["4．专栏更新记录从区政府网站专栏列表页复制。"]];
  const opt = [["健康码"], ["绿码"], ["黄码"], ["红码"], ["点位类型"], ["村级电商服务站（含扶贫专柜）"], ["商超扶贫专区"], ["机关食堂扶贫专柜"], ["学校食堂扶贫专柜"]];
  return {
    description:
      "揭阳榕城区商务局台账（三）（七个表）：①《填表说明》不是台账；②《培训签到（防疫登记）》三期上下排，每期一行标题（“培训时间：2021年6月8日—9日”按结束日），表头带体温（℃）｜健康码｜14天内行程｜签到，体温36.x是数不是日期；“黄码，劝返，未参训”和“缺席”的行不是学员；身份证号两人末位小写x、一人全角数字、一人打星号（照写）、一人空着（null）；第三期9月2日照列；③《消费扶贫专柜及服务站点》只有点位类型“村级电商服务站（含扶贫专柜）”的行是站点（商超扶贫专区、机关／学校食堂专柜不是），所在村写法××村委会／××村／××村民委员会，一站在社区，投入使用时间混写（“2021年4月”只到月、Excel序号、9月一站照列）；④《脱贫户家庭成员》一户一行，成员姓名、身份证号、劳动能力、务工情况在格内逐行对应（“区外务工”为外出，“区内务工”“未务工”不是，“—”为null；丧失劳动力、学生为无劳动能力）；⑤《宣传报道》级别“国家级／省级／地市级／县区级”，类型“电视”才是电视（广播、揭阳手机台的新媒体不是），9月一条照列；⑥《专栏更新》是网站列表页复制：一条两行（“· 标题”，下一行“发布日期：…　来源…　浏览次数…”），按发布日期倒序，有分页行，读发布日期；⑦隐藏的《下拉》。",
    sheets: [
      { name: "填表说明", rows: note, merges: [] },
      { name: "培训签到（防疫登记）", rows: tRows, merges: tMerges },
      { name: "消费扶贫专柜及服务站点", rows: sRows, merges: ["A1:H1", "A2:H2", `A${sRows.length}:H${sRows.length}`] },
      { name: "脱贫户家庭成员", rows: pRows, merges: ["A1:I1", "A2:I2", `A${pRows.length}:I${pRows.length}`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "专栏更新", rows: uRows, merges: [] },
      { name: "下拉", rows: opt, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "培训签到（防疫登记）": { kind: "training", records: tRecs },
        "消费扶贫专柜及服务站点": { kind: "stations", records: sRecs },
        "脱贫户家庭成员": { kind: "poorPersons", records: pRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
        "下拉": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 珠海市金湾区: 封面、村居通讯录、政务专递寄件登记（分年段，日期只写月日）、园区企业（在园期间一格）、合同付款（一格多笔）、经验材料
// =====================================================================================================
function buildL2() {
  const REGION = "440404";
  // ---------------- 村居通讯录
  const TOWNS = [["三灶镇", 8, 2, "519040"], ["红旗镇", 7, 2, "519090"], ["平沙镇", 9, 2, "519055"]];
  const vName = nameMaker("鱼海春中北西正茅定沙上下大小新", ["月", "澄", "洋", "城", "表", "田", "湾", "堤", "围", "涌", "塘", "联", "沙", "林"], "", ["三灶", "红旗", "平沙"]);
  const vRows = [["金湾区村（居）民委员会通讯录"], ["（2021年3月更新）"], ["序号", "镇", "名称", "办公地址", "邮政编码", "办公电话"]];
  const vMerges = ["A1:F1", "A2:F2"];
  const vRecs = [];
  let sq = 0;
  let converted = null;
  for (const [t, nv, nc, zip] of TOWNS) {
    const r0 = vRows.length + 1;
    for (let i = 0; i < nv; i++) {
      const b = vName();
      sq++;
      const nm = i % 2 ? `${b}村委会` : `${b}村民委员会`;
      vRows.push([sq, vRows.length + 1 === r0 ? t : null, nm, `金湾区${t}${b}村${rint(1, 88)}号`, zip, `0756-77${String(rint(10000, 99999))}`]);
      vRecs.push({ name: `${b}村`, admin: true, poor: null, express: null });
    }
    for (let i = 0; i < nc; i++) {
      const b = vName();
      sq++;
      let nm = i % 2 ? `${b}社区居委会` : `${b}社区居民委员会`;
      if (!converted && t === "三灶镇") {
        converted = b;
        nm = `${b}社区居民委员会（原${b}村）`;
      }
      vRows.push([sq, vRows.length + 1 === r0 ? t : null, nm, `金湾区${t}${b}路${rint(1, 60)}号`, zip, `0756-77${String(rint(10000, 99999))}`]);
      vRecs.push({ name: `${b}社区`, admin: false, poor: null, express: null });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["注：2020年12月起原" + converted + "村改为社区居民委员会（村改居）。"]);
  vMerges.push(`A${vRows.length}:F${vRows.length}`);
  for (const r of vRows) padRow(r, 6);

  // ---------------- 政务专递寄件登记
  const mail = [];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    let d = `${m}-${String(rint(4, 10)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    const pm = monthsBetween("2020-08", m).slice(-2)[0];
    const att = m === "2020-11" || m === "2021-04" ? "无" : "电商扶贫情况统计表";
    mail.push({ d, title: `金湾区电子商务进农村综合示范工作月报（${cnMonth(pm)}）`, to: "珠海市商务局", att, rep: true });
  }
  mail.push({ d: "2020-10-21", title: "关于申请拨付电子商务进农村示范项目资金的函", to: "珠海市金湾区财政局", att: "无", rep: false });
  mail.push({ d: "2021-01-26", title: "金湾区2020年电子商务进农村综合示范工作总结", to: "广东省商务厅", att: "无", rep: false });
  mail.push({ d: "2021-06-15", title: "关于报送2021年上半年商务工作情况的报告", to: "珠海市金湾区人民政府办公室", att: "无", rep: false });
  mail.sort((a, b) => cmp(a.d, b.d));
  const rRows = [["金湾区商务局政务专递（EMS）及粤政易发文登记簿"], ["序号", "日期", "邮件号码", "文件标题", "收件单位", "附件", "经办人"]];
  const rMerges = ["A1:G1"];
  const rRecs = [];
  let yr = null;
  let k = 0;
  for (const x of mail) {
    const y = x.d.slice(0, 4);
    if (y !== yr) {
      yr = y;
      rRows.push([`${y}年`]);
      rMerges.push(`A${rRows.length}:G${rRows.length}`);
    }
    k++;
    const eys = k % 3 === 0;
    rRows.push([k, mdOnly(x.d), eys ? "（粤政易）" : Number(`11${rint(10000, 99999)}${rint(100000, 999999)}`), x.title, x.to, x.att, ["何××", "钟××"][k % 2]]);
    if (x.rep) rRecs.push({ date: x.d, poverty: x.att !== "无" });
  }
  rRows.push(["注：本登记簿登记局电商股全部对外发文，含报市商务局的月报。"]);
  rMerges.push(`A${rRows.length}:G${rRows.length}`);
  assert(rRecs.length === 13, "l2 13 reports");

  // ---------------- 园区企业（在园期间）
  const FIRMS = [["珠海市金湾区航空城电子商务有限公司", "平台型"], ["珠海市金湾区三灶海鲜网店", "销售型"], ["珠海市金湾区红旗禽蛋电商商行", "销售型"],
    ["珠海市金湾区湾区优品网络科技有限公司", "平台型"], ["珠海市金湾区平沙甘蔗电商有限公司", "销售型"], ["珠海市金湾区启航电商代运营有限公司", "电商运营商"],
    ["珠海市金湾区海蓝物流有限公司", "物流企业"], ["珠海市金湾区黄金凤鲚网店", "销售型"], ["珠海市金湾区金湾直播传媒有限公司", "直播电商"],
    ["珠海市金湾区鲜达冷链物流有限公司", "物流企业"], ["珠海市金湾区农创电商服务有限公司", "电商运营商"], ["珠海市金湾区小林白蕉海鲈网店", "销售型"],
    ["珠海市金湾区跨境优选贸易有限公司", "跨境电商"], ["珠海市金湾区南水渔家乐电商工作室", "销售型"]];
  const firms = FIRMS.map(([n, t]) => ({ n, t, code: creditCode(REGION), ent: randIsoBetween("2020-08-01", "2021-08-10"), left: null }));
  firms[1].ent = "2020-10";
  firms[1].left = "2021-07";
  firms[4].ent = "2021-03";
  firms[7].ent = "2020-11-16";
  firms[7].left = "2021-05-31";
  firms[12].ent = "2021-09";
  firms[9].ent = "2021-08-31";
  firms.sort((a, b) => cmp(a.ent, b.ent));
  const eRows = [["金湾区电商产业园入驻企业台账"], ["序号", "企业名称", "统一社会信用代码", "类型", "在园期间", "所在楼层"]];
  const eRecs = [];
  firms.forEach((f, j) => {
    const entT = f.ent.length === 7 ? (f.ent === "2021-09" ? "2021年9月" : monthDot(f.ent)) : j % 2 ? dotDate(f.ent) : cnDate(f.ent);
    const leftT = f.left ? (f.left.length === 7 ? monthDot(f.left) : dotDate(f.left)) : j % 3 === 0 ? "" : "至今";
    eRows.push([j + 1, f.n, f.code, f.t, `${entT}—${leftT}`, `${rint(2, 5)}楼`]);
    eRecs.push({ name: f.n, type: f.t, entered: f.ent, left: f.left });
  });
  eRows.push(["注：“在园期间”前为入驻时间，后为退园时间；“至今”或空为仍在园。"]);

  // ---------------- 合同付款（一格多笔）
  const C = [
    ["金湾区电子商务公共服务中心建设及运营", "珠海市金湾区启航电商代运营有限公司", 1520000, [["2020-11-05", "首付款", 456000, "num"], ["2021-04-02", "进度款", 608000, "wan"], [null, "尾款", 456000]]],
    ["村级电商服务站点建设", "中国邮政集团有限公司广东省珠海市金湾区分公司", 980000, [["2020-12-18", "首付款", 294000, "num"], ["2021-05-20", "进度款", 392000, "num"], ["2021-09-06", "尾款", 294000, "wan"]]],
    ["电商人才培训服务", "珠海市金湾区农创电商服务有限公司", 128000, [["2021-08-31", "全款", 128000, "dec"]]],
    ["物流配送体系建设", "珠海市金湾区海蓝物流有限公司", 650000, [["2021-03-15", "首付款", 195000, "num"], ["2021-07-08", "进度款", 260000, "wan"], [null, "尾款", 195000]]],
    ["农产品品牌培育", "珠海市金湾区湾区优品网络科技有限公司", 210000, [[null, "首付款", 63000], [null, "进度款", 84000], [null, "尾款", 63000]]],
  ];
  const CIRC = "①②③④";
  const fRows = [["金湾区电子商务进农村综合示范项目合同付款情况"], ["序号", "合同名称", "承建单位", "合同金额（元）", "付款记录", "未付金额（元）"]];
  const fRecs = [];
  C.forEach(([nm, who, amt, pays], j) => {
    const parts = pays.map(([d, kind, a, style], i) => {
      if (!d) return `${CIRC[i]}${kind}未付`;
      const at = style === "wan" ? `${wan(a)}万元` : style === "dec" ? `${fmtMoney(a)}元` : `${fmtInt(a)}元`;
      const dt = i === 0 && j === 2 ? cnDate(d) : dotDate(d);
      return `${CIRC[i]}${dt} ${kind} ${at}`;
    });
    const cell = pays.every((p) => !p[0]) ? "尚未付款" : j === 2 ? `已付：${parts[0].slice(1)}` : parts.join("；");
    const paid = sum(pays.filter((p) => p[0]).map((p) => p[2]));
    assert(sum(pays.map((p) => p[2])) === amt, "l2 contract sums " + nm);
    fRows.push([j + 1, nm, who, amt, cell, amt - paid]);
    for (const p of pays) if (p[0]) fRecs.push({ date: p[0], amount: p[2] });
  });
  fRows.push(["合计", null, null, sum(C.map((c) => c[2])), `已付${fmtInt(sum(fRecs.map((f) => f.amount)))}元（含9月）`, sum(C.map((c) => c[2])) - sum(fRecs.map((f) => f.amount))]);
  assert(fRecs.length === 8, "l2 8 payments");

  const matRows = [["经验材料报送情况"], ["序号", "报送时间", "材料名称", "报送对象"], [1, "2021年4月28日", "《金湾区“电商＋海鲜”助农增收经验》", "珠海市商务局"], [2, "2021/8/20", "《金湾区消费扶贫专柜进社区做法》", "珠海市商务局"]];
  const matRecs = [{ date: "2021-04-28" }, { date: "2021-08-20" }];
  const cover = [["金湾区电子商务进农村综合示范"], ["考评台账（二）"], ["村居通讯录　政务专递寄件登记　园区企业　合同付款　经验材料"], ["珠海市金湾区商务局"], ["2021年9月"]];
  return {
    description:
      "珠海金湾区商务局台账（二）（六个表）：①《封面》不是台账；②《村居通讯录》是区民政局的村（居）委会通讯录（名称｜办公地址｜邮政编码｜办公电话），没有类别列，村／社区只能看名称后缀（村民委员会、村委会是行政村；社区居民委员会、社区居委会不是），“××社区居民委员会（原××村）”村改居后是社区；无贫困村、快递列（null）；③《政务专递寄件登记》是局里全部对外发文登记，分“2020年”“2021年”两段，日期只写“9月7日”（年份看段标题），邮件号码是13位数字或“（粤政易）”，只有寄珠海市商务局的月报是记录（财政局、省商务厅、区政府办的不是），附件“电商扶贫情况统计表” → 有扶贫统计，“无” → 没有，9月一期照列；④《园区企业》入驻和退园写在一格“在园期间”（“2020.10—2021.7”只到月、“2020.11.16—2021.5.31”，“—至今”或“—”后空为仍在园，“2021年9月—”照列）；⑤《合同付款》一个合同一行，“付款记录”一格写几笔（“①2020.11.5 首付款 456,000元；②2021.4.2 进度款 60.8万元；③尾款未付”），每笔已付的是一条记录，万元要换算，“未付”和“尚未付款”不是，合同金额、未付金额、合计行不是；⑥《经验材料》两条。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "村居通讯录", rows: vRows, merges: vMerges },
      { name: "政务专递寄件登记", rows: rRows, merges: rMerges },
      { name: "园区企业", rows: eRows, merges: ["A1:F1", `A${eRows.length}:F${eRows.length}`] },
      { name: "合同付款", rows: fRows, merges: ["A1:F1", `A${fRows.length}:C${fRows.length}`] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "村居通讯录": { kind: "villages", records: vRecs },
        "政务专递寄件登记": { kind: "reports", records: rRecs },
        "园区企业": { kind: "enterprises", records: eRecs },
        "合同付款": { kind: "funds", records: fRecs },
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
write("counties", "b214-c1-shixing.json", c1);
write("facts", "b214-f1-panyu.json", f1);
write("facts", "b214-f2-dinghu.json", f2);
write("facts", "b214-f3-potou.json", f3);
write("ledgers", "b214-l1-rongcheng.json", l1);
write("ledgers", "b214-l2-jinwan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
