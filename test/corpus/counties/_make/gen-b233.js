// Batch 233 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b228.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (233233), no clock. Run: node test/corpus/_b233/gen-b233.js
//
// c1 开平市 (江门): the facts sheet is the bureau's《迎检工作任务分工及自评表》— one row per indicator with 分值 (the max, not a
//    claim), 责任单位, a free-text 完成情况（数据）cell holding the facts, 自评分 (claimed) and 材料准备 (已备/待补). Ledgers: the
//    村（居）委会 roster with the 15 towns as COLUMNS (names listed down each column, ★ = 省定贫困村, 社区居委会 by name, a
//    小计 row), 226 行政村 so the base is capped at 200; stations grouped under batch rows (“第二批（2020年10月22日授牌）”)
//    with no date column; training sessions with 男｜女｜小计 (小计 is the 人次); park roll with 状态 “已迁出（2021.5.20）”;
//    funds spread over category columns (万元) with a 合计 column; simple report / column / media / material logs; 目录.
// f1 揭东区 (揭阳): the city's《工作调度表（第8期）》— 调度事项｜单位｜上期（截至2021年6月30日）｜本期（截至2021年8月31日）｜
//    较上期增减｜备注; only the 本期 column is the county's statement (the leader changed from 副区长 to 区长 in July, the
//    policy and the 举报窗口 went from 否 to 是); judged points in a section of the same table.
// f2 清新区 (清远): a sheet compiled from six departments' returns, each section with its own header and column order
//    (区财政局 writes the amount BEFORE the label; 区统计局 2019年｜2020年｜同比; 区民政局 a one-row wide record); the
//    乡村振兴局 block lists total / with labour / migrants / eligible — only “有劳动能力且未外出务工” is the input.
// f3 从化区 (广州): the official indicator table with 自评说明 and 自评得分 typed as sums of the items (“2+2+2+1+0+1+1+2+2+1”,
//    “10＋10”, bonus “0+1”); 佐证 page references (“附件4第12—15页”) hold numbers that are not inputs; 广州 has no 省定贫困村
//    (“本区无省定贫困村，另有市定相对贫困村37个”) → poorVillagesStated 0.
// l1 阳东区 (阳江): ① 培训期次 with 男｜女｜小计 columns and a second table “二、按月汇总” below (not records); ② 月报 whose
//    poverty flag is read from an 附件 list (“附件3：电商扶贫统计表”); ③ 资金支付 with 小写 amounts as “¥128,600.00” and
//    大写 beside them; ④ 填报说明 (not a ledger).
// l2 潮安区 (潮州): ① 园区企业 whose exit date sits inside a 状态 cell; ② 资金 spread over category columns (万元) with
//    合计 column and 小计/合计 rows; ③ 宣传报道 with 媒体类别 中央/省/市/区; ④ 村居名单 whose 省定贫困村 column marks only
//    “是” (blank = no answer) and 快递 有/无; ⑤ a hidden 数据字典 (not a ledger).
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
let seed = 233233;
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
    assert(/^b233-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b233-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b233-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 江门市开平市: 迎检分工自评表 ＋ 镇为列的村居名单 ＋ 批次分节站点 ＋ 男女小计培训 ＋ 分类列资金 等
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["长沙街道", "三埠街道", "月山镇", "水口镇", "沙塘镇", "苍城镇", "龙胜镇", "大沙镇", "马冈镇", "塘口镇", "赤坎镇", "百合镇", "蚬冈镇", "金鸡镇", "赤水镇"];
  const NV = [8, 6, 17, 18, 16, 17, 17, 12, 15, 13, 16, 15, 19, 17, 20];
  const NC = [8, 9, 1, 1, 1, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0];
  const vn = villageNamer("东西南北上下中新旧大小高龙凤石塘茶松竹梅兰桥", "边岗头塘湾冲坑堡岭围洲田溪坪安和朗美");
  const cn = nameMaker("潭江湖富安幸", "华明兴荣平港", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cn(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 226 && comms.length === 22, "c1 villages " + adminV.length + "/" + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => !["长沙街道", "三埠街道"].includes(v.town))).slice(0, 11);
  for (const v of poorList) v.poor = true;

  // ---------------- 村居名单: towns as columns
  const written = new Map();
  const maxLen = Math.max(...TOWNS.map((t) => villages.filter((v) => v.town === t).length));
  const NT = TOWNS.length;
  const vRows = [padRow(["开平市村（居）民委员会名单（按镇街分列）"], NT), padRow(["来源：开平市民政局2021年村（社区）“两委”换届名册；★为省定贫困村（据市乡村振兴局）"], NT), TOWNS.slice()];
  for (let r = 0; r < maxLen; r++) {
    const row = [];
    TOWNS.forEach((t) => {
      const vs = villages.filter((v) => v.town === t);
      const v = vs[r];
      if (!v) return row.push(null);
      let w;
      if (v.admin) {
        w = r % 3 === 0 ? v.name.replace(/村$/, "村民委员会") : r % 3 === 1 ? v.name + "委会" : v.name;
        written.set(v.name, w);
        if (v.poor) w += "★";
      } else w = v.name + "居委会";
      row.push(w);
    });
    vRows.push(row);
  }
  vRows.push(TOWNS.map((t) => {
    const vs = villages.filter((v) => v.town === t);
    const a = vs.filter((v) => v.admin).length;
    return `小计：村${a}${vs.length > a ? `、居${vs.length - a}` : ""}`;
  }));
  vRows.push(padRow([`注：全市村民委员会${adminV.length}个、社区居民委员会${comms.length}个；“××社区居委会”不属行政村。`], NT));
  const vM = [`A1:${colName(NT - 1)}1`, `A2:${colName(NT - 1)}2`, `A${vRows.length}:${colName(NT - 1)}${vRows.length}`];

  // ---------------- 站点: batch section rows, no date column
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const poorCov = poorList.slice(0, 10);
  const covList = shuffle(poorCov.concat(nonPoor.slice(0, 142)));
  assert(covList.length === 152, "c1 cov list");
  const later = nonPoor.slice(142, 154);
  const BATCH = [["第一批", "2020-07-16", 40], ["第二批", "2020-10-22", 45], ["第三批", "2021-01-14", 38], ["第四批", "2021-05-27", 29], ["第五批", "2021-09-09", 12]];
  const batches = [];
  let k = 0;
  for (const [nm, d, n] of BATCH) {
    const st = [];
    if (d <= CUT) {
      for (let i = 0; i < n; i++) st.push({ village: covList[k++] });
    } else for (const v of later.concat([poorList[10]])) st.push({ village: v });
    batches.push({ nm, d, st });
  }
  // the one covered village left goes into batch 4 as its 30th station
  while (k < covList.length) batches[3].st.push({ village: covList[k++] });
  // a second station in a covered village, two community points, a 镇级 station
  batches[2].st.push({ village: batches[0].st[3].village, second: true });
  batches[1].st.push({ village: comms[2], comm: true });
  batches[3].st.push({ village: comms[11], comm: true });
  batches[0].st.push({ townStation: "水口镇" });
  const covered = new Set();
  for (const b of batches) if (b.d <= CUT) for (const s of b.st) if (s.village && !s.comm) covered.add(s.village.name);
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 152 && poorCovered === 10, "c1 coverage " + covered.size + "/" + poorCovered);
  const SW = 6;
  const sRows = [padRow(["开平市村级电子商务服务站点清单"], SW), padRow(["（按验收授牌批次排列；挂牌日期见各批次标题）"], SW), ["序号", "镇（街道）", "站点名称", "所在村（社区）", "站长", "联系电话"]];
  const sM = ["A1:F1", "A2:F2"];
  let sq = 0;
  batches.forEach((b, bi) => {
    sRows.push(padRow([`${b.nm}（${cnDate(b.d)}授牌，共${b.st.length}个）`], SW));
    sM.push(`A${sRows.length}:F${sRows.length}`);
    b.st.forEach((s, i) => {
      sq++;
      if (s.townStation) {
        sRows.push([sq, s.townStation, "水口镇电商服务中心（镇级）", "水口镇墟", personName(), mask(phone())]);
        return;
      }
      const v = s.village;
      const stem = v.name.replace(/村$|社区$/, "");
      const nm = s.comm ? `${stem}社区电商服务点` : s.second ? `${stem}村电商服务站（二站）` : `${stem}村电商服务站`;
      const vw = s.comm ? v.name + "居委会" : i % 4 === 0 ? written.get(v.name) : i % 4 === 1 ? v.name.replace(/村$/, "村委") : v.name;
      sRows.push([sq, v.town, nm, vw, personName(), mask(phone())]);
    });
  });
  sRows.push(padRow(["注：第五批为2021年9月新授牌站点；水口镇电商服务中心为镇级站点，不计入村级覆盖。"], SW));
  sM.push(`A${sRows.length}:F${sRows.length}`);

  // ---------------- 培训期次: 男｜女｜小计
  const POP = 749000;
  const BASE = Math.min(POP, 500000);
  const sessions = [];
  let d = "2020-09-10";
  for (let i = 0; i < 34; i++) {
    const n = rint(118, 150);
    const f = rint(40, n - 40);
    sessions.push({ date: d, start: i === 9 ? isoAdd(d, -1) : d, male: n - f, female: f, poor: rint(8, 25) });
    d = isoAdd(d, rint(9, 11));
  }
  assert(sessions[33].date <= CUT, "c1 last session " + sessions[33].date);
  sessions.push({ date: "2021-09-16", start: "2021-09-15", male: 96, female: 131, poor: 30 });
  const pt = sum(sessions.filter((s) => s.date <= CUT).map((s) => s.male + s.female));
  assert(ratioGE(pt, BASE, 0.8) && !ratioGE(pt, BASE, 1) && !ratioGE(pt, POP, 0.8), "c1 person-times " + pt);
  const TOP = ["电商基础知识", "网店运营", "直播带货", "短视频营销", "农产品品牌与包装", "电商扶贫专题"];
  const tRows = [padRow(["开平市农村电子商务培训情况登记（按期）"], 9), ["期次", "培训日期", "培训主题", "培训地点", "参训人数（人次）", null, null, "其中建档立卡贫困户", "备注"],
    [null, null, null, null, "男", "女", "小计", null, null]];
  const tM = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"];
  sessions.forEach((s, i) => {
    const dc = s.start !== s.date ? rangeText(s.start, s.date, i === 9 ? "dot" : "cn") : dateCell(s.date, i);
    tRows.push([`第${i + 1}期`, dc, TOP[i % 6], `${TOWNS[(i * 7) % 15]}${i % 3 ? "文化站" : "党群服务中心"}`, s.male, s.female, s.male + s.female, s.poor,
      s.date > CUT ? "9月新开班" : null]);
  });
  tRows.push(["合计", null, null, null, sum(sessions.map((s) => s.male)), sum(sessions.map((s) => s.female)), sum(sessions.map((s) => s.male + s.female)),
    sum(sessions.map((s) => s.poor)), null]);

  // ---------------- 产业园企业: exit date in the 状态 cell
  const firmName = nameMaker("开潭侨碉楼赤水月", "丰盛达源汇信泰宏", "", []);
  const TYPES = ["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "电商运营服务商", "电商运营服务商", "电商运营服务商",
    "物流快递", "物流快递", "物流快递", "直播电商", "直播电商", "农产品加工", "销售型", "销售型", "电商运营服务商", "销售型", "平台型"];
  const firms = TYPES.map((t) => ({ name: `开平市${firmName()}${/物流/.test(t) ? "物流" : /加工/.test(t) ? "食品" : "电子商务"}有限公司`, type: t,
    code: creditCode("440783"), entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-05-20";
  firms[9].left = "2021-03-31";
  firms[22].entered = "2021-09-06";
  const eRows = [padRow(["开平市电子商务产业园入驻企业名单"], 6), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 2), f.left ? `已迁出（${dotDate(f.left)}）` : f.entered > CUT ? "新入驻" : "在园"]));
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const typesIn = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 20 && typesIn.size >= 3, "c1 park " + inPark.length);

  // ---------------- 资金: category columns (万元)
  const ALLOC = 5000000;
  const CATS = ["服务中心", "站点建设", "人才培训", "物流体系", "其他"];
  const pays = [
    ["2020-08-28", 0, 980000, "公共服务中心装修及设备"], ["2020-09-25", 1, 412000, "第一批村级站点建设"], ["2020-11-13", 2, 186500, "培训服务（一）"],
    ["2020-12-18", 1, 455000, "第二批村级站点建设"], ["2021-01-22", 3, 520000, "三级物流配送体系"], ["2021-03-12", 4, 128600, "溯源系统"],
    ["2021-04-16", 1, 392400, "第三批村级站点建设"], ["2021-05-28", 2, 203800, "培训服务（二）"], ["2021-06-30", 0, 264000, "中心运营服务费"],
    ["2021-08-13", 1, 318700, "第四批村级站点建设"], ["2021-09-17", 4, 296000, "品牌推广（尾款）"],
  ];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const FWd = 4 + CATS.length;
  const fRows = [padRow(["开平市电子商务进农村综合示范项目资金支出台账"], FWd), padRow(["单位：万元"], FWd),
    ["序号", "支付日期", "摘要", "支出类别", null, null, null, null, "合计"], [null, null, null, ...CATS, null]];
  const fdM = [`A1:${colName(FWd - 1)}1`, `A2:${colName(FWd - 1)}2`, "A3:A4", "B3:B4", "C3:C4", "D3:H3", "I3:I4"];
  pays.forEach((p, i) => {
    const row = [i + 1, dateCell(p[0], i + 3), p[3]];
    CATS.forEach((c, ci) => row.push(ci === p[1] ? wan(p[2]) : null));
    row.push(wan(p[2]));
    fRows.push(row);
  });
  const totRow = [null, null, "合计"];
  CATS.forEach((c, ci) => totRow.push(wan(sum(pays.filter((p) => p[1] === ci).map((p) => p[2])))));
  totRow.push(wan(sum(pays.map((p) => p[2]))));
  fRows.push(totRow);

  // ---------------- 月报, 专栏, 宣传, 经验材料
  const reps = WINDOW.map((m, i) => `${m}-${String([6, 8, 5, 7, 11, 4, 9, 6, 8, 7, 5, 6][i]).padStart(2, "0")}`);
  const rRows = [padRow(["向江门市商务局报送工作进展情况"], 4), ["序号", "报送日期", "报送内容", "是否含电商扶贫统计"]];
  reps.forEach((x, i) => rRows.push([i + 1, dateCell(x, i + 1), `${cnMonth(WINDOW[i])}示范创建工作进展及电商统计数据`, "是"]));
  assert(inWindowMonths(reps) === 12, "c1 reports");
  const upd = [];
  for (const m of WINDOW) if (m !== "2021-02") upd.push(`${m}-${String(rint(3, 26)).padStart(2, "0")}`);
  upd.splice(4, 0, "2020-12-29");
  const uRows = [padRow(["开平市人民政府网“电子商务进农村综合示范”专栏更新记录"], 3), ["发布日期", "标题", "栏目"]];
  upd.forEach((x, i) => uRows.push([dateCell(x, i + 4), `开平市电子商务进农村综合示范项目进度公示（${cnMonth(x)}）`, "项目进度"]));
  const updMonths = inWindowMonths(upd);
  assert(updMonths === 11, "c1 upd months " + updMonths);
  const media = [
    ["2020-11-19", "江门日报", "市级", "报纸", "开平：电商服务站开进碉楼村", "否"],
    ["2021-01-28", "江门广播电视台", "市级", "电视", "开平电商扶贫：贫困户网上卖马冈鹅", "是"],
    ["2021-03-24", "开平市融媒体中心", "县级", "网络", "我市第十八期农村电商培训班开班", "否"],
    ["2021-06-15", "南方+客户端", "省级", "网络", "开平：侨乡好物搭上电商快车", "否"],
  ];
  const mRows = [padRow(["宣传报道登记"], 7), ["序号", "日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i), ...m.slice(1)]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送日期", "材料名称", "报送单位"], [1, "2021.4.12", "开平市“侨乡电商＋村级站点”经验做法", "江门市商务局"]];
  const toc = [["开平市电子商务进农村综合示范创建考评资料目录"], ["序号", "表名", "说明"], [1, "分工自评表", "迎检工作任务分工及自评"], [2, "村居名单", "按镇街分列"], [3, "站点清单", "按授牌批次"],
    [4, "培训期次", "按期登记"], [5, "产业园企业", null], [6, "资金台账", "单位万元"], [7, "月报报送", null], [8, "专栏更新", null], [9, "宣传报道", null], [10, "经验材料", null]];

  // ---------------- points
  const centerOpened = "2020-11-26";
  const ctr = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: 1 };
  const centerPts = sum(Object.values(ctr));
  const vBase = Math.min(adminV.length, 200);
  const covA = ratioGE(covered.size, vBase, 70) ? 5 : ratioGE(covered.size, vBase, 50) ? 2 : 0;
  const covP = poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0;
  assert(covA === 5 && covP === 3 && !ratioGE(covered.size, adminV.length, 70), "c1 cov pts");
  const R19 = 1260000000, R20 = 1590000000, A19 = 235000000, A20 = 318000000;
  assert((R20 - R19) * 100 < 30 * R19 && (A20 - A19) * 100 >= 30 * A19, "c1 growth");
  const upPts = 2 + 2 + 1 + 1 + 1 + 2;
  const ptPts = ratioGE(pt, BASE, 1) ? 10 : ratioGE(pt, BASE, 0.8) ? 8 : ratioGE(pt, BASE, 0.6) ? 6 : 0;
  const ELIG = 1380, TRAINED = 746;
  const poorPts = ratioGE(TRAINED, ELIG, 50) ? 10 : 0;
  assert(poorPts === 10 && !ratioGE(TRAINED, ELIG, 70), "c1 poor");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covA + covP,
    "work.upward": upPts, "work.training": ptPts + poorPts, "info.disclosure": 2 + (updMonths === 12 ? 2 : 1), "info.reporting": 3 + 3,
    "promo.cases": 2, "promo.media": 4 + 3 + 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 14 && upPts === 9 && ptPts === 8, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 89, "c1 scored " + scored);

  // ---------------- facts sheet: 迎检工作任务分工及自评表
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const W = 7;
  const fr = [padRow(["开平市2019年省级电子商务进农村综合示范创建考评迎检工作任务分工及自评表"], W),
    padRow(["开平市商务局　　　　数据统计截至2021年8月31日　　　　2021年9月8日"], W),
    padRow(["基本情况：常住人口74.9万人（2020年末）；辖13镇2街道，村民委员会226个、社区居民委员会22个；省定贫困村11个。"], W),
    ["序号", "评价指标", "分值", "责任单位", "完成情况（数据）", "自评分", "佐证材料准备"]];
  const fM = ["A1:G1", "A2:G2", "A3:G3"];
  const R = [
    ["组织领导", 2, "市商务局", "市政府成立示范创建领导小组，市长任组长，分管副市长任常务副组长；成员单位：市商务局、市财政局、市农业农村局、市乡村振兴局、市交通运输局、市市场监管局。", "org.leadership", "已备"],
    ["方案制定", 2, "市商务局", "《开平市电子商务进农村综合示范创建工作方案》已由市政府办正式印发（2020年5月）。主观分自评2分。", "org.plan", "已备"],
    ["政策支持", 2, "市商务局、市财政局", "已出台《开平市促进农村电子商务发展扶持办法》。主观分自评2分。", "org.policy", "已备"],
    ["项目管理", 4, "市商务局", "项目管理制度已建立并在建设、验收环节落实，自评2分；工作台账基本完整，部分月份记录补录，自评1分。", "org.management", "待补"],
    ["服务体系建设（县级中心、产业园）", 15, "市商务局、运营单位", `公共服务中心${cnDate(centerOpened)}投入运营；有免费培训场所及设备：有；特色农产品免费展示销售：有；免费摄影美工：有；统一推广、品牌建设指导：有；其他衍生增值服务：无；电商产业园：已整合建成；入驻企业${inPark.length}家，含平台、销售、运营、物流等类型。`, "work.center", "已备"],
    ["服务体系建设（村级站点）", 10, "市商务局、各镇街", `已建站行政村${covered.size}个；省定贫困村11个，已建站10个（${poorList[10].town}${poorList[10].name}站点9月挂牌）。`, "work.coverage", "已备"],
    ["农村产品上行", 10, "市商务局、市农业农村局", "网销调研报告已完成，自评2分；网络促销活动成效明显，自评2分；专业第三方运营服务商：有；行政村物流快递覆盖率：100%；农产品交易标准及冷链溯源：已建溯源系统，自评1分；2019年农村网络零售额12.6亿元、2020年15.9亿元；2019年农产品网络零售额2.35亿元、2020年3.18亿元。", "work.upward", "已备"],
    ["电商人才培训", 20, "市商务局、市乡村振兴局", `累计培训${fmtInt(sum(sessions.map((s) => s.male + s.female)))}人次（含9月第35期）；有劳动能力且未外出务工的建档立卡贫困人口${fmtInt(ELIG)}人，已参训${TRAINED}人。`, "work.training", "已备"],
    ["信息公开", 4, "市商务局", "市政府网站专栏已公示创建方案、项目基本信息、项目建设进度，设立监督举报窗口；专栏基本按月更新。", "info.disclosure", "已备"],
    ["数据上报", 6, "市商务局", "每月向江门市商务局报送；能统计电商扶贫情况。", "info.reporting", "已备"],
    ["案例总结", 2, "市商务局", "已向江门市商务局报送经验材料。", "promo.cases", "已备"],
    ["经验推广", 8, "市委宣传部、市商务局", "省级：南方+；市级：江门日报、江门广播电视台；县级：开平市融媒体中心。", "promo.media", "已备"],
    ["制度建立", 5, "市财政局", "已制定专项资金管理办法。主观分自评4分。", "fund.system", "已备"],
    ["资金台账", 5, "市财政局、承建单位", "承建单位已建立资金专用台账。主观分自评4分。", "fund.ledger", "已备"],
    ["资金支出", 5, "市财政局", `省级资金下达500万元，累计拨付${wanText(sum(pays.map((p) => p[2])), 2)}万元（含9月）；按进度及时拨付，自评4分。`, "fund.spending", "已备"],
    ["加分项：贫困人口培训率70%以上", 2, "市乡村振兴局", `${TRAINED}/${ELIG}，未达70%。`, "bonus.poorTraining", null],
    ["加分项：电商扶贫案例电视播报", 2, "市委宣传部", "江门广播电视台播报开平电商扶贫案例。", "bonus.tvCase", "已备"],
    ["一票否决项", null, "市商务局", "未发生安全生产、质量事故及重大损失；项目总体进度92%；无弄虚作假。", null, null],
  ];
  R.forEach((r, i) => fr.push([i + 1, r[0], r[1], r[2], r[3], r[4] ? claimed[r[4]] : "—", r[5]]));
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, "合计", 100, null, `加分项另计${claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]}分`, sumClaim, null]);
  fr.push(padRow(["责任人：司徒××（市商务局电商股）　　联系电话：0750-22×××××"], W));
  fM.push(`A${fr.length}:G${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 facts width");

  const derivation = [
    "org.leadership: 市长（县级市主要领导）任组长，成员有市商务局、市财政局、市农业农村局、市乡村振兴局 → 2",
    "org.plan: 方案已正式印发，自评2 → 2",
    "org.policy: 扶持办法已出台，自评2 → 2",
    "org.management: 项目管理制度2 + 工作台账1 → 3",
    `work.center: 中心${cnDate(centerOpened)}投入运营 → 2；早于2021-02-28，运行满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“无” → 0；产业园2；《产业园企业》截至8月31日在园${inPark.length}家（状态“已迁出（${dotDate(firms[9].left)}）”“已迁出（${dotDate(firms[4].left)}）”的不算，2021-09-06“新入驻”的不算） ≥ 20 → 2；类型平台、销售、运营、物流 ≥ 3 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》镇街为列，每列往下是该镇的村（居）委会，“小计”行和表头不是村；“××社区居委会”${comms.length}个不算 → 行政村${adminV.length}个，超过200以200为基数；《站点清单》按批次分节，挂牌日期在批次标题里；前四批（2020-07-16至2021-05-27）覆盖行政村${covered.size}个（村名写成××村民委员会、××村委会、××村委、××村都是同一村；第三批的“（二站）”与第一批同村只算一次；两个社区服务点、“水口镇墟”的镇级中心不算；第五批2021-09-09授牌的13个不算） → ${covered.size}/200 = ${pct1(covered.size, 200)} ≥ 70% → 5（按226算只有${pct1(covered.size, adminV.length)}）；★省定贫困村11个，截止日前有站10个（${poorList[10].name}第五批9月才授牌） → ${pct1(10, 11)}，80%—100% → 3；合计8（自评10）`,
    `work.upward: 调研2、促销2；第三方服务商有 → 1；村居名单没有快递列，事实“行政村物流快递覆盖率100%” → 1；交易标准及溯源1；农村网零12.6→15.9亿元增${pct1(R20 - R19, R19)} < 30%，农产品网零2.35→3.18亿元增${pct1(A20 - A19, A19)} ≥ 30% → 2；合计${upPts}`,
    `work.training: 常住人口74.9万超过50万，以500,000为基数；《培训期次》截止日前34期“小计”（男＋女）合计${fmtInt(pt)}人次（第35期2021年9月15—16日不算，合计行不另加，“其中建档立卡贫困户”是其中数） → ${pct2(pt, BASE)}，0.8%—1% → 8；没有贫困人口名单，按事实：有劳动能力且未外出务工${ELIG}人、参训${TRAINED}人 → ${pct1(TRAINED, ELIG)} ≥ 50% → 10；合计18（自评20）`,
    `info.disclosure: 专栏公示方案、项目信息、进度，设监督举报窗口 → 2；《专栏更新》2020年9月—2021年8月缺2021年2月（11个月） → 不定时 1；合计3（自评4）`,
    "info.reporting: 《月报报送》12个月每月都有 → 3；含电商扶贫统计“是” → 3；合计6",
    "promo.cases: 经验材料2021.4.12报送江门市商务局 → 2",
    "promo.media: 南方+客户端（省级）4 + 江门日报、江门广播电视台（市级）3 + 开平市融媒体中心（县级）1 → 8",
    "fund.system: 自评4 → 4",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金台账》单位万元，分类别列，金额取“合计”列；截止日前10笔${fmtMoney(spent)}元（2021-09-17品牌推广尾款不算，合计行不另加）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${TRAINED}/${ELIG} = ${pct1(TRAINED, ELIG)} < 70% → 0`,
    "bonus.tvCase: 电商扶贫案例只在江门广播电视台（市级电视）播报，不是国家级或省级电视 → 0（自评1）",
    "veto.incident: 未发生安全生产、质量事故 → 不否决",
    "veto.progress: 总体进度92% ≥ 40% → 不否决",
    "veto.fraud: 无弄虚作假 → 不否决",
  ];
  return {
    description:
      `江门开平市商务局整本考评工作簿（11个表：目录、分工自评表＋9个台账），${scored}分、无加分、未否决（自评${sumClaim}＋1）：事实表是《迎检工作任务分工及自评表》——序号｜评价指标｜分值（满分，不是自评）｜责任单位｜完成情况（数据，一格里多项事实）｜自评分｜佐证材料准备；村居名单15个镇街各占一列、名称往下排（★省定贫困村，社区居委会按名称区分，末行“小计：村17、居1”），行政村226个超过200要按200算；站点按授牌批次分节、没有日期列；培训按期登记男｜女｜小计（两行合并表头）；产业园迁出日期写在状态格里；资金按类别分列、金额取合计列；江门台（市级）播报的扶贫案例不算电视加分。`,
    sheets: [
      { name: "目录", rows: toc, merges: ["A1:C1"] },
      { name: "分工自评表", rows: fr, merges: fM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点清单", rows: sRows, merges: sM },
      { name: "培训期次", rows: tRows, merges: tM },
      { name: "产业园企业", rows: eRows, merges: ["A1:F1"] },
      { name: "资金台账", rows: fRows, merges: fdM },
      { name: "月报报送", rows: rRows, merges: ["A1:D1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 揭阳市揭东区: 市商务局《工作调度表》上期／本期两列，只有本期是县里的陈述
// =====================================================================================================
function buildF1() {
  const W = 7;
  const rows = [padRow(["揭阳市电子商务进农村综合示范创建工作调度表（第8期）"], W),
    padRow(["填报单位：揭东区商务局　　　　　　　　　　　　　　　　　　　　填报日期：2021年9月6日"], W),
    ["序号", "调度事项", "单位", "上期（截至2021年6月30日）", "本期（截至2021年8月31日）", "较上期增减", "备注"]];
  const M = ["A1:G1", "A2:G2"];
  const sec = (t) => {
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:G${rows.length}`);
  };
  let no = 0;
  const num = (s) => Number(String(s).replace(/[,%]/g, ""));
  const item = (label, unit, prev, cur, note, diff) => {
    no++;
    let d = diff;
    if (d === undefined) {
      if (/^[\d,.]+%?$/.test(String(prev)) && /^[\d,.]+%?$/.test(String(cur))) {
        const x = Math.round((num(cur) - num(prev)) * 100) / 100;
        d = x === 0 ? "0" : (x > 0 ? "+" : "") + (Number.isInteger(x) ? fmtInt(x) : String(x));
      } else d = prev === cur ? "—" : "有变化";
    }
    rows.push([no, label, unit, prev, cur, d, note === undefined ? null : note]);
  };
  sec("一、基本情况");
  item("常住人口", "万人", "48.72", "48.72", "第七次人口普查数");
  item("行政村", "个", "158", "158");
  item("社区居委会", "个", "14", "14", "不计入行政村");
  item("省定贫困村", "个", "14", "14");
  sec("二、组织保障");
  item("领导小组组长", "—", "副区长（分管）", "区长", "7月领导小组调整（揭东府办〔2021〕23号）", "调整");
  item("领导小组成员单位", "—", "区商务局、区财政局、区农业农村局", "区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null, "增加2个");
  item("示范创建工作方案是否正式印发", "是/否", "是", "是");
  item("是否出台支持农村电商发展政策", "是/否", "否", "是", "8月3日印发《揭东区促进农村电商发展若干措施》");
  sec("三、服务体系与上行");
  item("县级电商公共服务中心投入运营时间", "日期", "2021.3.18", "2021.3.18", null, "—");
  item("中心有免费培训场所、设备", "是/否", "是", "是");
  item("中心为特色农产品免费展示、销售", "是/否", "是", "是");
  item("中心提供免费摄影、美工", "是/否", "否", "是", "7月起由运营团队免费提供");
  item("中心组织统一推广、品牌建设指导", "是/否", "是", "是");
  item("中心提供其他衍生增值服务", "是/否", "否", "否");
  item("电商产业园是否建成（整合）", "是/否", "是", "是");
  item("是否有专业第三方电商运营服务商", "是/否", "是", "是");
  item("行政村物流快递覆盖率", "%", "96.8%", "100%");
  item("2020年农村网络零售额", "亿元", "21.35", "21.35");
  item("2020年农村网络零售额同比增速", "%", "24.6%", "24.6%");
  item("2020年农产品网络零售额", "亿元", "3.42", "3.42");
  item("2020年农产品网络零售额同比增速", "%", "31.2%", "31.2%");
  sec("四、培训、公开与报送");
  item("累计电商培训", "人次", "3,486", "4,975");
  item("有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,102", "1,102");
  item("其中已参加电商培训", "人", "498", "587");
  item("专栏是否公示创建方案", "是/否", "是", "是");
  item("专栏是否公示项目基本信息", "是/否", "是", "是");
  item("专栏是否按月公示建设进度", "是/否", "是", "是");
  item("专栏是否设立监督举报窗口", "是/否", "否", "是", "7月增设");
  item("是否统计电商扶贫情况", "是/否", "是", "是");
  sec("五、资金与进度");
  item("省级专项资金下达", "万元", "500", "500");
  item("累计拨付", "万元", "286.4", "391.75");
  item("是否制定资金管理制度", "是/否", "是", "是");
  item("承建单位是否建立资金专用台账", "是/否", "是", "是");
  item("项目总体进度", "%", "71%", "88%");
  item("是否发生安全生产、质量事故", "是/否", "否", "否");
  sec("六、主观评分项自评（分）");
  item("方案制定（1-2分）", "分", "2", "2");
  item("政策支持（1-2分）", "分", "—", "1", "上期未出台政策", "—");
  item("项目管理制度（1-2分）", "分", "1", "2");
  item("工作台账（1-2分）", "分", "2", "2");
  item("网销调研（1-2分）", "分", "1", "1");
  item("网络促销活动（1-2分）", "分", "1", "2");
  item("交易标准与冷链溯源（1-2分）", "分", "1", "1");
  item("资金管理制度（1-5分）", "分", "4", "4");
  item("资金专用台账（1-5分）", "分", "3", "4");
  item("资金及时拨付（1-5分）", "分", "2", "3");
  rows.push(padRow(["说明：本表每半月调度一次，“本期”数据即截至考评截止日（2021年8月31日）的最新情况；“上期”仅供对比。"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(padRow(["填报人：黄××　　审核人：林××　　联系电话：0663-32×××××"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "揭阳揭东区商务局交回的市商务局《电子商务进农村综合示范创建工作调度表（第8期）》：序号｜调度事项｜单位｜上期（截至2021年6月30日）｜本期（截至2021年8月31日）｜较上期增减｜备注，分六节（节标题行合并）；只有“本期”列是县里对考评截止日的陈述，上期列是旧数（组长上期“副区长（分管）”本期“区长”、扶持政策和监督举报窗口、摄影美工上期“否”本期“是”、快递96.8%→100%、培训3,486→4,975人次、累计拨付286.4→391.75万元），数值都是带千分位的文本、单位在单独一列（万元、亿元、%）；“较上期增减”列和备注里的文号、日期不是输入；主观分在第六节同一张表里（政策支持上期“—”）。",
    sheets: [{ name: "调度表", rows, merges: M }],
    expect: {
      facts: {
        county: "揭东区", asOf: "2021-08-31", residentPopulation: 487200, adminVillagesStated: 158, poorVillagesStated: 14, planIssued: true, policyIssued: true,
        centerOpened: "2021-03-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: 2135000000, ruralRetailGrowthStated: 0.246, agriRetail2020: 342000000,
        agriRetailGrowthStated: 0.312, trainingPersonTimesStated: 4975, eligiblePoorPersonsStated: 1102, trainedPoorPersonsStated: 587,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3917500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 清远市清新区: 六个部门分别填报后拼成一张表，每节表头和列序都不一样
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [padRow(["清新区电子商务进农村综合示范创建考评基础数据（各单位分别填报汇总）"], W),
    padRow(["汇总单位：清远市清新区商务局　　　数据截至：2021年8月31日"], W)];
  const M = ["A1:E1", "A2:E2"];
  const sec = (t) => {
    rows.push(padRow([], W));
    rows.push(padRow([t], W));
    M.push(`A${rows.length}:E${rows.length}`);
  };
  const r = (...c) => rows.push(padRow(c, W));
  sec("一、区商务局填报");
  r("序号", "项目", "填报内容", "单位", "备注");
  r(1, "示范创建领导小组组长", "区委副书记、区长", null, "清新府办〔2020〕14号");
  r(2, "领导小组成员单位", "区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局", null, null);
  r(3, "示范创建工作方案", "已正式印发", null, "2020年4月");
  r(4, "支持农村电商发展政策", "已出台", null, "《清新区农村电商扶持办法（试行）》");
  r(5, "公共服务中心投入运营时间", "2020年9月", null, "位于太和镇");
  r(6, "中心免费培训场所、设备", "有", null, "培训室2间");
  r(7, "特色农产品免费展示、销售", "有", null, null);
  r(8, "免费摄影、美工服务", "有", null, null);
  r(9, "农产品统一推广、品牌建设指导", "有", null, null);
  r(10, "其他衍生增值服务", "有", null, "金融对接、法律咨询");
  r(11, "电商产业园", "未建设", null, "拟2022年整合");
  r(12, "专业第三方运营服务商", "有", null, null);
  r(13, "累计电商培训", "3126", "人次", null);
  r(14, "专栏公示创建方案", "√", null, null);
  r(15, "专栏公示项目基本信息", "√", null, null);
  r(16, "专栏公示项目建设进度", "√", null, null);
  r(17, "专栏设立征求意见或监督举报窗口", "×", null, "正在开发");
  r(18, "能否统计电商扶贫情况", "能", null, null);
  sec("二、区财政局填报");
  r("金额（万元）", "项目", "文件依据", null, null);
  r(500, "省级专项资金下达", "粤财工〔2019〕188号", null, null);
  r("412.36", "累计拨付（截至2021年8月31日）", "国库集中支付凭证", null, null);
  r("情况", "项目", "文件依据", null, null);
  r("已制定", "专项资金管理办法", "清新财〔2020〕31号", null, null);
  r("已建立", "承建单位资金专用台账", null, null, null);
  sec("三、区乡村振兴局填报");
  r("项目", "数量", "单位", "口径说明", null);
  r("省定贫困村", 22, "个", "2016年认定", null);
  r("建档立卡贫困人口", "5,236", "人", "全部", null);
  r("其中：有劳动能力", "3,978", "人", "含外出务工", null);
  r("其中：外出务工", "1,612", "人", "有劳动能力中外出务工", null);
  r("有劳动能力且未外出务工", "2,366", "人", "考评口径", null);
  r("参加电商培训的建档立卡贫困人口", "1,205", "人", "按身份证号去重", null);
  sec("四、区统计局填报");
  r("指标", "2019年", "2020年", "同比增长（%）", null);
  r("常住人口（万人）", "—", 73.64, "—", null);
  r("农村网络零售额（亿元）", 8.46, 10.21, 20.7, null);
  r("农产品网络零售额（万元）", "12,680", "17,025", 34.3, null);
  sec("五、区民政局填报");
  r("行政村（个）", "社区居委会（个）", "合计（个）", null, null);
  r(173, 13, 186, null, null);
  sec("六、区交通运输局（邮政管理）填报");
  r("项目", "情况", null, null, null);
  r("行政村物流快递覆盖率", "100%", null, null, null);
  sec("七、主观评分项自评（区商务局）");
  r("评分项", "分值范围", "自评分", null, null);
  const J = [["方案制定", "1-2", 2], ["政策支持", "1-2", 2], ["项目管理制度", "1-2", 2], ["工作台账", "1-2", 1], ["网销调研", "1-2", 2], ["网络促销活动", "1-2", 1],
    ["交易标准与冷链溯源", "1-2", 1], ["资金管理制度", "1-5", 5], ["资金专用台账", "1-5", 4], ["资金及时拨付", "1-5", 4]];
  for (const j of J) r(j[0], j[1], j[2]);
  sec("八、否决事项");
  r("项目", "情况", null, null, null);
  r("安全生产、质量事故或重大损失", "未发生", null, null, null);
  r("项目总体进度", "85%", null, null, null);
  r("弄虚作假", "无", null, null, null);
  rows.push(padRow(["汇总人：邓××　　2021年9月10日"], W));
  M.push(`A${rows.length}:E${rows.length}`);
  for (const x of rows) assert(x.length === W, "f2 width");
  assert(3978 - 1612 === 2366, "f2 eligible");
  return {
    description:
      "清远清新区商务局把六个部门各自填回的数据拼成一张《考评基础数据（各单位分别填报汇总）》：每节一个部门、节标题合并、节间空行，每节自己的表头和列序——区商务局 序号｜项目｜填报内容｜单位｜备注；区财政局把金额（万元）写在项目名之前（500｜省级专项资金下达，“412.36”｜累计拨付），文件依据里的年份和文号不是数；区乡村振兴局 项目｜数量｜单位｜口径说明，列出总人口、有劳动能力、外出务工，只有“有劳动能力且未外出务工2,366人”是考评口径；区统计局 指标｜2019年｜2020年｜同比增长，常住人口只在2020年列；区民政局是一行横排记录（行政村173｜社区13｜合计186）；组长“区委副书记、区长”是主要领导；产业园“未建设”，监督举报窗口“×”。",
    sheets: [{ name: "基础数据汇总", rows, merges: M }],
    expect: {
      facts: {
        county: "清新区", asOf: "2021-08-31", residentPopulation: 736400, adminVillagesStated: 173, poorVillagesStated: 22, planIssued: true, policyIssued: true,
        centerOpened: "2020-09", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: false,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 846000000, ruralRetail2020: 1021000000, ruralRetailGrowthStated: 0.207,
        agriRetail2019: 126800000, agriRetail2020: 170250000, agriRetailGrowthStated: 0.343, trainingPersonTimesStated: 3126,
        eligiblePoorPersonsStated: 2366, trainedPoorPersonsStated: 1205, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4123600, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 广州市从化区: 官方指标表＋自评说明，自评得分写成各项相加的算式文本
// =====================================================================================================
function buildF3() {
  const W = 7;
  const rows = [padRow(["从化区2019年省级电子商务进农村综合示范创建考评自评表"], W),
    padRow(["广州市从化区商务局（盖章）　　　　　　　　（数据截至2021年8月31日）"], W),
    ["工作任务", "评价指标", "权重", "评分标准（摘要）", "自评说明", "佐证材料", "自评得分"]];
  const M = ["A1:G1", "A2:G2"];
  const G = [
    ["加强组织领导与统筹协调（10分）", [
      ["组织领导", 2, "主要领导牵头且商务、财政、农业、扶贫参与2分；分管领导牵头1分", "区政府主要领导（区长）任组长，区商务局、区财政局、区农业农村局、区乡村振兴局等参与", "附件1第1—4页", "2", "org.leadership"],
      ["方案制定", 2, "1-2分", "方案于2020年6月正式印发，自评2分", "附件1第5—18页", "2", "org.plan"],
      ["政策支持", 2, "1-2分", "已出台《从化区促进农村电子商务发展若干措施》，落实较好，自评2分", "附件1第19—26页", "2", "org.policy"],
      ["项目管理", 4, "管理制度1-2分；工作台账1-2分", "项目管理制度（验收记录不全）1分＋工作台账2分", "附件2", "1+2", "org.management"],
    ]],
    ["深入推动电子商务进农村工作（55分）", [
      ["服务体系建设（中心、产业园）", 15, "中心2、运行6个月2、免费培训2、展示1、摄影1、品牌1、增值1、产业园2、入驻20家2、三类以上1",
        "公共服务中心2020年10月16日投入运营；有免费培训室（60座）；免费展示销售特色农产品；摄影美工按成本收费（非免费）；统一推广及品牌建设指导；提供金融、物流对接等增值服务；整合建设从化区电商产业园；入驻企业23家，含平台、销售、运营、物流四类", "附件3第1—32页", "2+2+2+1+0+1+1+2+2+1", "work.center"],
      ["服务体系建设（村级站点）", 10, "行政村覆盖70%以上5分；贫困村全覆盖5分", "辖区行政村221个（另有社区居委会40个），已建站165个，覆盖率74.7%；本区无省定贫困村（另有市定相对贫困村37个，已全覆盖）", "附件4第12—15页", "5＋5", "work.coverage"],
      ["农村产品上行", 10, "调研1-2、促销1-2、第三方1、快递1、标准溯源1-2、增速30%2",
        "网销调研报告2分；荔枝、流溪娟鱼网络促销成效明显2分；有专业第三方运营服务商；行政村物流快递覆盖率100%；建成农产品溯源平台1分；2020年农产品网络零售额同比增长41.3%", "附件5", "2+2+1+1+1+2", "work.upward"],
      ["电商人才培训", 20, "培训人次1%以上10分；贫困人口培训率50%以上10分",
        "常住人口72.18万人（按50万计算）；累计培训5,236人次；有劳动能力且未外出务工的建档立卡（相对贫困）人口864人，参训473人", "附件6第1—140页", "10＋10", "work.training"],
    ]],
    ["加强信息公开及报送（10分）", [
      ["信息公开", 4, "专栏内容全面2分；按月更新2分", "区政府网站专栏公示创建方案、项目基本信息、建设进度，设立监督举报电话；按月更新", "附件7", "2+2", "info.disclosure"],
      ["数据上报", 6, "每月报送3分；统计电商扶贫3分", "每月向广州市商务局报送；能统计电商扶贫情况", "附件8", "3+3", "info.reporting"],
    ]],
    ["加强宣传推广（10分）", [
      ["案例总结", 2, "报送经验材料2分", "2021年5月向市商务局报送经验材料", "附件9", "2", "promo.cases"],
      ["经验推广", 8, "省级4、市级3、县级1", "南方日报（省级）、广州日报（市级）、从化融媒（区级）", "附件10", "4+3+1", "promo.media"],
    ]],
    ["加强财政资金管理（15分）", [
      ["制度建立", 5, "1-5分", "《从化区省级电子商务进农村综合示范专项资金管理办法》已印发，自评5分", "附件11", "5", "fund.system"],
      ["资金台账", 5, "1-5分", "承建单位已建立资金专用台账，自评4分", "附件12", "4", "fund.ledger"],
      ["资金支出", 5, "支出率70%以上且及时拨付1-5分；低于70%倒扣5分", "省级资金下达500万元，累计拨付386.2万元（支出率77.2%），及时拨付，自评4分", "附件13", "4", "fund.spending"],
    ]],
    ["加分项（4分）", [
      ["贫困人口培训率70%及以上", 2, "2分", "473/864=54.7%，未达70%", null, "0", "bonus.poorTraining"],
      ["电商扶贫典型案例电视播报", 2, "国家级2分，省级1分", "广东广播电视台《广东新闻联播》播报从化电商扶贫案例（省级）", "附件14", "0+1", "bonus.tvCase"],
    ]],
    ["一票否决项", [
      ["安全生产、质量事故或重大损失", null, null, "未发生", null, "—", null],
      ["总体进度不足40%", null, null, "项目总体进度90%", null, "—", null],
      ["弄虚作假", null, null, "无", null, "—", null],
    ]],
  ];
  const evalSum = (s) => sum(s.split(/[+＋]/).map(Number));
  const claimed = {};
  for (const [grp, items] of G) {
    const r0 = rows.length + 1;
    items.forEach((it, k) => {
      rows.push([k === 0 ? grp : null, it[0], it[1], it[2], it[3], it[4], it[5]]);
      if (it[6]) claimed[it[6]] = evalSum(it[5]);
    });
    if (rows.length > r0) M.push(`A${r0}:A${rows.length}`);
  }
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", 100, null, null, null, `${tot}（另加分1）`]);
  rows.push(padRow(["注：自评得分按评分标准各项分别相加填写。"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  assert(tot === 95 && claimed["work.center"] === 14 && claimed["work.upward"] === 9, "f3 claimed " + tot);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "广州从化区商务局的自评表：官方指标表的精简版（工作任务纵向合并｜评价指标｜权重｜评分标准（摘要）｜自评说明｜佐证材料｜自评得分），事实都写在“自评说明”一格的句子里；自评得分是各得分项相加的算式文本（“2+2+2+1+0+1+1+2+2+1”、全角加号“5＋5”“10＋10”、加分“0+1”），要算出和才是自评分；佐证材料的页码（“附件4第12—15页”“附件6第1—140页”）、“60座”、覆盖率74.7%、支出率77.2%、培训率54.7%、已建站165个都不是输入；本区无省定贫困村（省定贫困村数为0，另有市定相对贫困村37个不算）；摄影美工“按成本收费（非免费）”为否。",
    sheets: [{ name: "自评表", rows, merges: M }],
    expect: {
      facts: {
        county: "从化区", asOf: "2021-08-31", residentPopulation: 721800, adminVillagesStated: 221, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetailGrowthStated: 0.413, trainingPersonTimesStated: 5236, eligiblePoorPersonsStated: 864,
        trainedPoorPersonsStated: 473, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3862000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 1, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 阳江市阳东区: 培训期次（男｜女｜合计，下方另有按月汇总表）、月报（附件清单定扶贫统计）、资金支付（小写¥＋大写）、填报说明
// =====================================================================================================
function buildL1() {
  // ① 培训期次
  const tRows = [padRow(["阳东区农村电子商务培训期次登记表"], 8), padRow(["填报单位：阳江市阳东区商务局"], 8),
    ["序号", "培训时间", "培训内容", "培训对象", "参训男（人）", "参训女（人）", "合计（人次）", "备注"]];
  const tM = ["A1:H1", "A2:H2"];
  const tRecs = [];
  const S = [
    ["2020-09-18", null, "电商基础知识", "返乡青年"], ["2020-10-15", "2020-10-14", "网店开设与运营", "合作社骨干"], ["2020-11-06", null, "直播带货实操", "农户"],
    ["2020-12-10", null, "阳东荔枝网络营销", "贫困户"], ["2021-01-08", null, "短视频拍摄", "返乡青年"], ["2021-03-19", "2021-03-17", "农产品包装与品牌", "企业"],
    ["2021-04-23", null, "线上（抖音直播课）", "不限"], ["2021-05-21", null, "电商扶贫专题", "贫困户"], ["2021-06-25", null, "跨境电商入门", "企业"],
    ["2021-07-30", null, "社群营销", "村级站点站长"], ["2021-09-10", null, "年货节备货培训", "企业"],
  ];
  S.forEach((s, i) => {
    const online = /线上/.test(s[2]);
    const m = online ? null : rint(20, 60);
    const f = online ? null : rint(20, 60);
    const tot = online ? 312 : m + f;
    const dc = s[1] ? (i === 1 ? `${dotDate(s[1])}-${ymd(s[0])[2]}` : rangeText(s[1], s[0], "cn")) : [dotDate(s[0]), D(s[0]), cnDate(s[0]), slashDate(s[0])][i % 4];
    tRows.push([i + 1, dc, s[2], s[3], online ? "—" : m, online ? "—" : f, tot, online ? "线上直播课，按平台观看人数统计，不分性别" : s[0] > "2021-08-31" ? "9月" : null]);
    tRecs.push({ date: s[0], personTimes: tot });
  });
  assert(tRows[4][1] === "2020.10.14-15", "l1 range " + tRows[4][1]);
  tRows.push([null, "合计", null, null, null, null, sum(tRecs.map((r) => r.personTimes)), null]);
  tRows.push(padRow([], 8));
  tRows.push(padRow(["二、按月汇总"], 8));
  tM.push(`A${tRows.length}:H${tRows.length}`);
  tRows.push(padRow(["月份", "期数", "人次"], 8));
  const byM = new Map();
  for (const r of tRecs) {
    const k = r.date.slice(0, 7);
    const x = byM.get(k) || [0, 0];
    byM.set(k, [x[0] + 1, x[1] + r.personTimes]);
  }
  for (const [k, v] of byM) tRows.push(padRow([cnMonth(k), v[0], v[1]], 8));

  // ② 月报
  const rRows = [padRow(["阳东区向阳江市商务局报送月度工作情况登记"], 5), ["序号", "报送时间", "报送内容", "附件", "报送方式"]];
  const rRecs = [];
  const A12 = "附件1：工作进展情况；附件2：电商统计数据表";
  const A123 = A12 + "；附件3：电商扶贫统计表";
  const sends = [["2020-10-09", A123], ["2020-11-06", A123], ["2020-12-07", A12], ["2021-01-08", A123], ["2021-02-05", A123], ["2021-03-04", null],
    ["2021-04-07", A123], ["2021-05-10", A123], ["2021-06-04", A12], ["2021-07-06", A123], ["2021-08-05", A123], ["2021-09-06", A123]];
  sends.forEach((s, i) => {
    rRows.push([i + 1, `${s[0]} ${hms().slice(0, 5)}`, `${cnMonth(isoAdd(s[0], -20))}示范创建工作进展`, s[1] === null ? "（附件另行邮寄，未登记）" : s[1], i % 2 ? "粤政易" : "电子邮件"]);
    rRecs.push({ date: s[0], poverty: s[1] === null ? null : /电商扶贫统计/.test(s[1]) });
  });

  // ③ 资金支付
  const pays = [["2020-09-29", 386000, "阳江市××电子商务有限公司", "公共服务中心装修（首期）"], ["2020-11-20", 128600, "阳江市××教育咨询有限公司", "培训服务费"],
    ["2021-01-15", 452300, "中国邮政集团有限公司阳江市分公司", "三级物流体系建设"], ["2021-03-26", 218000, "阳江市××电子商务有限公司", "村级站点建设（第一批）"],
    ["2021-05-14", 175450, "阳江市××网络科技有限公司", "溯源系统"], ["2021-07-09", 263000, "阳江市××电子商务有限公司", "村级站点建设（第二批）"],
    ["2021-08-27", 96800, "阳江市××教育咨询有限公司", "培训服务费（二）"]];
  const fRows = [padRow(["阳东区电子商务进农村专项资金支付登记簿"], 7), ["序号", "支付日期", "收款单位", "用途", "金额（小写）", "金额（大写）", "经办人"]];
  const fRecs = [];
  pays.forEach((p, i) => {
    fRows.push([i + 1, dateCell(p[0], i + 2), p[2], p[3], `¥${fmtMoney(p[1])}`, daxie(p[1]), personName()]);
    fRecs.push({ date: p[0], amount: p[1] });
  });
  fRows.push([null, null, null, "合计", `¥${fmtMoney(sum(pays.map((p) => p[1])))}`, daxie(sum(pays.map((p) => p[1]))), null]);

  const note = [["填报说明"], ["1. 培训期次表：一期一行，“合计（人次）”为该期参训人次；下方“按月汇总”由上表汇总，供查阅。"], ["2. 月报：附件含“电商扶贫统计表”的，为当月报送了电商扶贫统计。"],
    ["3. 资金支付：以国库支付日期为准，金额单位元。"]];
  return {
    description:
      "阳江阳东区商务局的培训、月报、资金台账（四个表）：①《培训期次》一期一行：序号｜培训时间｜培训内容｜培训对象｜参训男（人）｜参训女（人）｜合计（人次）｜备注，人次取“合计”列（男＋女），线上直播课男女填“—”只有合计312；两天班写“2020.10.14-15”“2021年3月17日—19日”按结束日；“合计”行不是一期；空一行后第二张表“二、按月汇总”（月份｜期数｜人次）是重复汇总，不是记录；共11期（含9月一期）。②《月报》报送时间是“2020-10-09 15:42”式文本，是否含电商扶贫统计要看“附件”列是否列了“电商扶贫统计表”（列了附件1、2没有附件3的为否，“附件另行邮寄，未登记”为未知）。③《资金支付》金额小写“¥128,600.00”、旁边是大写“壹拾贰万捌仟陆佰元整”，合计行不是支付。④《填报说明》不是台账。",
    sheets: [
      { name: "培训期次", rows: tRows, merges: tM },
      { name: "月报", rows: rRows, merges: ["A1:E1"] },
      { name: "资金支付", rows: fRows, merges: ["A1:G1"] },
      { name: "填报说明", rows: note },
    ],
    expect: {
      sheets: {
        "培训期次": { kind: "training", records: tRecs },
        "月报": { kind: "reports", records: rRecs },
        "资金支付": { kind: "funds", records: fRecs },
        "填报说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 潮州市潮安区: 园区企业（状态格含退园日期）、资金（类别分列、万元、年度小计）、宣传（媒体类别）、村居名单、隐藏数据字典
// =====================================================================================================
function buildL2() {
  // ① 园区企业
  const firmName = nameMaker("潮凤彩枫庵浮金龙", "兴盛达源汇瓷茶泰", "", []);
  const TYPES = ["平台型", "销售型", "销售型", "电商运营商", "物流企业", "销售型", "直播电商", "销售型", "电商运营商", "物流企业", "销售型", "平台型", "陶瓷制品"];
  const firms = TYPES.map((t) => ({ name: `潮州市${firmName()}${t === "物流企业" ? "供应链" : t === "陶瓷制品" ? "陶瓷" : "电子商务"}有限公司`, type: t, code: creditCode("445103"),
    entered: randIsoBetween("2020-05-01", "2021-08-20"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = "2021-04-30";
  firms[6].left = "2021-07-02";
  firms[10].left = "2021-10-15";
  const eRows = [padRow(["潮安区电子商务产业园入驻企业情况"], 6), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "状态"]];
  firms.forEach((f, i) => {
    let st = "在园";
    if (f === firms[2]) st = `${cnDate(f.left)}退园`;
    if (f === firms[6]) st = `已注销（${dotDate(f.left)}）`;
    if (f === firms[10]) st = `${cnDate(f.left)}迁出`;
    eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 1), st]);
  });
  eRows.push(padRow(["注：状态栏注明退园、注销、迁出日期；数据更新至2021年10月20日。"], 6));
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ② 资金: category columns
  const CATS = ["公共服务中心", "站点建设", "培训", "物流", "品牌推广"];
  const pays = [["2020-09-11", 0, 620000], ["2020-10-30", 1, 285000], ["2020-12-04", 2, 116500], ["2020-12-25", 3, 340000],
    ["2021-02-26", 1, 263500], ["2021-04-16", 4, 158000], ["2021-06-18", 2, 97600], ["2021-08-06", 1, 301200], ["2021-09-24", 0, 180000]];
  const W = 3 + CATS.length + 1;
  const fRows = [padRow(["潮安区省级电子商务进农村综合示范专项资金支出明细表"], W), padRow(["单位：万元"], W),
    ["序号", "日期", "摘要", ...CATS, "合计"]];
  const fRecs = [];
  let n = 0;
  for (const y of ["2020", "2021"]) {
    const ps = pays.filter((p) => p[0].startsWith(y));
    for (const p of ps) {
      n++;
      const row = [n, dateCell(p[0], n), `${CATS[p[1]]}项目拨款`];
      CATS.forEach((c, ci) => row.push(ci === p[1] ? (n === 5 ? fwText(String(wan(p[2]))) : wan(p[2])) : null));
      row.push(n === 5 ? fwText(String(wan(p[2]))) : wan(p[2]));
      fRows.push(row);
      fRecs.push({ date: p[0], amount: p[2] });
    }
    const sub = [null, null, `${y}年小计`];
    CATS.forEach((c, ci) => sub.push(wan(sum(ps.filter((p) => p[1] === ci).map((p) => p[2]))) || null));
    sub.push(wan(sum(ps.map((p) => p[2]))));
    fRows.push(sub);
  }
  const tot = [null, null, "合计"];
  CATS.forEach((c, ci) => tot.push(wan(sum(pays.filter((p) => p[1] === ci).map((p) => p[2])))));
  tot.push(wan(sum(pays.map((p) => p[2]))));
  fRows.push(tot);
  assert(fRows[8][4] === "２６．３５" && fRows[8][8] === "２６．３５", "l2 fw cell " + fRows[8][4]);

  // ③ 宣传报道
  const LV = { 中央: "national", 省: "province", 市: "city", 区: "county" };
  const media = [["2020-10-21", "潮安：村级电商站让凤凰单丛走出大山", "潮州日报", "市", "报纸"], ["2020-12-16", "潮安区举办农村电商直播大赛", "潮安发布", "区", "公众号"],
    ["2021-01-20", "电商扶贫：贫困户网上卖单丛茶", "广东广播电视台珠江频道", "省", "电视"], ["2021-04-09", "潮安：电商进农村打通“最后一公里”", "潮州广播电视台", "市", "电视"],
    ["2021-06-30", "广东潮安：小站点连着大市场", "人民网", "中央", "网站"], ["2021-08-19", "潮安区电商培训走进贫困村", "潮安区融媒体中心", "区", "网站"]];
  const mRows = [padRow(["潮安区电子商务进农村宣传报道统计"], 6), ["序号", "发布日期", "标题", "媒体名称", "媒体类别", "载体"]];
  const mRecs = [];
  media.forEach((m, i) => {
    mRows.push([i + 1, dateCell(m[0], i + 3), m[1], m[2], m[3], m[4]]);
    mRecs.push({ date: m[0], level: LV[m[3]], tv: m[4] === "电视" });
  });

  // ④ 村居名单
  const vn = villageNamer("东西南北上下新旧大小高龙凤石塘金银", "溪洋埔寮坑陂厝洲塘头墩湖");
  const TOWNS = ["庵埠镇", "凤凰镇", "文祠镇", "归湖镇"];
  const vRows = [padRow(["潮安区村（居）委会名单（节选）"], 4), ["镇", "村（居）委会", "省定贫困村", "通快递"]];
  const vRecs = [];
  const vMg = ["A1:D1"];
  TOWNS.forEach((t, ti) => {
    const r0 = vRows.length + 1;
    const nV = [3, 5, 4, 4][ti];
    for (let i = 0; i < nV; i++) {
      const nm = vn();
      const poor = ti > 0 && i === 1 ? true : ti === 1 && i === 3 ? true : null;
      const express = !(ti === 1 && i === 4);
      const w = i % 2 ? nm.replace(/村$/, "村委会") : nm.replace(/村$/, "村民委员会");
      vRows.push([i === 0 ? t : null, w, poor ? "是" : null, express ? "有" : "无"]);
      vRecs.push({ name: nm, admin: true, poor, express });
    }
    if (ti === 0) {
      for (const c of ["文里社区居委会", "梅溪社区居委会"]) {
        vRows.push([null, c, null, "—"]);
        vRecs.push({ name: c, admin: false, poor: null, express: null });
      }
    }
    mergeCol(vMg, "A", r0, vRows.length);
  });
  vRows.push(padRow(["注：省定贫困村一栏仅标注“是”，未标注的请以区乡村振兴局名单为准。"], 4));
  vMg.push(`A${vRows.length}:D${vRows.length}`);

  const dict = [["字段", "取值"], ["企业类型", "平台型、销售型、电商运营商、物流企业、其他"], ["媒体类别", "中央、省、市、区"], ["载体", "电视、报纸、网站、公众号"], ["状态", "在园、退园、注销"]];
  return {
    description:
      "潮州潮安区商务局的台账（五个表）：①《园区企业》退园日期不在单独一列，而写在“状态”格里（“2021年4月30日退园”“已注销（2021.7.2）”“2021年10月15日迁出”，表更新到10月），其余“在园”；②《资金支出》单位万元，金额按类别分列（公共服务中心｜站点建设｜培训｜物流｜品牌推广）再有“合计”列，“2020年小计”“2021年小计”“合计”行不是支出，一笔金额是全角“２６．３５”，共9笔（含9月）；③《宣传报道》级别看“媒体类别”（中央／省／市／区，区为县级），电视看“载体”；④《村居名单》镇纵向合并，村名写“××村民委员会”“××村委会”，社区居委会不是行政村，“省定贫困村”只标“是”、空白为未知，“通快递”有／无，社区为“—”；⑤隐藏的《数据字典》不是台账。",
    sheets: [
      { name: "园区企业", rows: eRows, merges: ["A1:F1"] },
      { name: "资金支出", rows: fRows, merges: [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "村居名单", rows: vRows, merges: vMg },
      { name: "数据字典", rows: dict, hidden: true },
    ],
    expect: {
      sheets: {
        "园区企业": { kind: "enterprises", records: eRecs },
        "资金支出": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "村居名单": { kind: "villages", records: vRecs },
        "数据字典": { kind: null },
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
write("counties", "b233-c1-kaiping.json", c1);
write("facts", "b233-f1-jiedong.json", f1);
write("facts", "b233-f2-qingxin.json", f2);
write("facts", "b233-f3-conghua.json", f3);
write("ledgers", "b233-l1-yangdong.json", l1);
write("ledgers", "b233-l2-chaoan.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
