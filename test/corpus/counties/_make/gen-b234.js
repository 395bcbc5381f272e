// Batch 234 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b228.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (234234), no clock. Run: node test/corpus/_b234/gen-b234.js
//
// c1 清新区 (清远): 自评表 = a 基本情况 block of label｜value pairs side by side, then the indicator table with 工作任务 section
//    rows (自评得分 = claimed, 得分说明), then a second table below it (主观评分项自评明细) and the 否决项 rows. Ledgers: 村居 with
//    是/否 flags; stations with a second table under the first (“2021年9月新建站点”); training as session rows with 参训人次 split
//    男｜女｜合计 (base capped at 500,000); park roll whose 退园 date sits inside a 状态 text; funds; a 报送时间-stamped report log (two months missing).
// f1 从化区 (广州): a 自查问卷 — 序号｜自查问题｜回答｜备注, answers as ☑/□ boxes, numbers with units, two facts in one answer
//    cell (“下达500万元，已拨付382.6万元”), judged as “□1分 ☑2分”; another county named only as a study-trip place.
// f2 开平市 (江门): a provincial data-collection system export — one wide data row under a three-row header (merged group row,
//    field names with units （万人）（万元）（%）, field codes A01…), yes/no as 1/0, dates as yyyymmdd numbers, 96.5% express.
// f3 揭东区 (揭阳): a 佐证材料目录 — indicator and 自评分 merged down over its evidence rows (claimed), facts in 完成情况 per
//    document; a 基础数据 table under it with the value BEFORE its unit column (指标｜数值｜单位).
// l1 潮安区 (潮州): ① training as session rows (参训人次 男｜女｜合计 under a merged head, ranges read at the end, a month-only
//    row); ② media mixing 抖音/视频号 posts with press and TV (级别 中央/省级/市级/区级/—); ③ a mailbox “已发送” export as the
//    report log (发送时间 “2021/3/5 16:22”); ④ a 数据透视 month×count summary that is not a ledger.
// l2 三水区 (佛山): ① village roll one town per row with the names as 、-lists in a cell (★ = 省定贫困村), villages and
//    communities in separate columns; ② stations with 签约｜建成挂牌｜验收 three date columns (opened = 建成挂牌); ③ a 国库集中
//    支付 export (“¥128,600.00”, a 共N条 footer); ④ a hidden helper sheet.
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
let seed = 234234;
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
    assert(/^b234-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b234-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b234-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 清远市清新区: 自评表（基本情况成对并排＋指标表＋主观分明细第二表）＋ 台账
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["太和镇", "山塘镇", "三坑镇", "龙颈镇", "禾云镇", "浸潭镇", "石潭镇", "飞来峡镇"];
  const NV = [12, 11, 10, 14, 12, 15, 13, 9];
  const NC = [6, 1, 1, 1, 1, 1, 1, 0];
  const vn = villageNamer("坑塘石禾龙浸沙水凤黄白新高马鹤回", "口岭田坪洞围坑坝冲铺岗湾头背营");
  const cn = nameMaker("太清新和康", "平安宁华兴", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cn(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 96 && comms.length === 12, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "太和镇")).slice(0, 14);
  for (const v of poorList) v.poor = true;

  // ---------------- 村居
  const vRows = [padRow(["清新区村（居）民委员会基本情况表"], 7), ["序号", "镇", "村（居）委会", "性质", "是否省定贫困村", "快递是否到村", "备注"]];
  let seq = 0;
  for (const v of villages) {
    seq++;
    if (v.admin) vRows.push([seq, v.town, seq % 4 === 0 ? v.name.replace(/村$/, "村民委员会") : v.name + "委会", "村委会", v.poor ? "是" : "否", "已通", null]);
    else vRows.push([seq, v.town, v.name + "居委会", "居委会", "—", "已通", "城区社区"]);
    if (seq === 40) vRows.push(padRow([], 7));
  }
  vRows.push(padRow([null, "合计", `村委会${adminV.length}个、居委会${comms.length}个`], 7));

  // ---------------- 站点 (covered 60/96, poor 13/14)
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const main = [];
  for (const v of poorList.slice(0, 13)) main.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-05-01", "2021-06-30") });
  for (const v of nonPoor.slice(0, 47)) main.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-05-01", "2021-08-20") });
  main[5].opened = "2021-08";
  main[20].opened = "2021-08-31";
  main.push({ town: nonPoor[3].town, village: nonPoor[3].name, opened: "2021-05-16", second: true });
  main.push({ town: "太和镇", village: comms[1].name, opened: "2020-12-03", comm: true });
  const late = [
    { town: poorList[13].town, village: poorList[13].name, opened: "2021-09-06" },
    { town: nonPoor[47].town, village: nonPoor[47].name, opened: "2021-09-13" },
    { town: nonPoor[48].town, village: nonPoor[48].name, opened: "2021-09-22" },
  ];
  const covered = new Set();
  for (const s of main.concat(late)) if (!s.comm && openedBy(s.opened, CUT)) covered.add(s.village);
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 60 && poorCovered === 13, "c1 cover " + covered.size + "/" + poorCovered);
  const tIdx = (t) => TOWNS.indexOf(t);
  main.sort((a, b) => tIdx(a.town) - tIdx(b.town));
  const sRows = [padRow(["清新区村级电子商务服务站点台账"], 7), padRow(["填报单位：清远市清新区经济促进局（商务）　　统计截至：2021年8月31日"], 7),
    ["序号", "站点名称", "镇", "所在村", "建成时间", "运营主体", "状态"]];
  const sM = ["A1:G1", "A2:G2"];
  const stem = (n) => n.replace(/村$|社区$/, "");
  main.forEach((s, i) => {
    const nm = s.comm ? `${stem(s.village)}社区电商服务点` : s.second ? `${stem(s.village)}村电商服务站（二号点）` : `${stem(s.village)}村电商服务站`;
    const vc = s.comm ? s.village : i % 3 === 0 ? s.village.replace(/村$/, "村民委员会") : i % 3 === 1 ? s.village + "委会" : s.village;
    const op = s.opened.length === 7 ? cnMonth(s.opened) : dateCell(s.opened, i);
    sRows.push([i + 1, nm, s.town, vc, op, ["清新区邮政分公司", "清远市新农电子商务有限公司"][i % 2], "运营中"]);
  });
  sRows.push(padRow([], 7));
  sRows.push(padRow(["附：2021年9月新建站点（截至统计日尚未建成，不计入本次考评）"], 7));
  sM.push(`A${sRows.length}:G${sRows.length}`);
  sRows.push(["序号", "站点名称", "镇", "所在村", "建成时间", "运营主体", "状态"]);
  late.forEach((s, i) => sRows.push([i + 1, `${stem(s.village)}村电商服务站`, s.town, s.village, dotDate(s.opened), "清新区邮政分公司", "9月建成"]));
  for (const r of sRows) padRow(r, 7);

  // ---------------- 培训 (session rows, 男｜女｜合计)
  const sessions = [];
  let d = "2020-06-18";
  for (let i = 0; i < 25; i++) {
    const two = i % 6 === 2;
    const n = rint(160, 205);
    const m = rint(Math.floor(n * 0.35), Math.floor(n * 0.55));
    sessions.push({ start: d, date: two ? isoAdd(d, 1) : d, two, male: m, female: n - m, n });
    d = isoAdd(d, rint(12, 16));
  }
  assert(sessions[24].date <= "2021-08-20", "c1 last " + sessions[24].date);
  sessions.push({ start: "2021-08-30", date: "2021-09-01", two: true, male: 88, female: 104, n: 192, across: true });
  sessions.push({ start: "2021-09-15", date: "2021-09-15", two: false, male: 71, female: 95, n: 166 });
  const pt = sum(sessions.filter((s) => s.date <= CUT).map((s) => s.n));
  const ptAll = sum(sessions.map((s) => s.n));
  const BASE = 500000;
  assert(ratioGE(pt, BASE, 0.8) && !ratioGE(pt, BASE, 1), "c1 pt " + pt);
  const TOP = ["电商基础知识", "网店运营", "短视频与直播带货", "清新冰肉桂网络营销", "农产品包装设计", "电商扶贫专题"];
  const tRows = [padRow(["清新区农村电子商务培训台账（按班次）"], 9), padRow(["单位：人次"], 9),
    ["期次", "培训时间", "培训主题", "培训地点", "参训人次", null, null, "其中建档立卡贫困人口", "备注"],
    [null, null, null, null, "男", "女", "合计", null, null]];
  const tM = ["A1:I1", "A2:I2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:G3", "H3:H4", "I3:I4"];
  sessions.forEach((s, i) => {
    const dt = s.two ? (s.across ? "2021.8.30-9.1" : rangeText(s.start, s.date, "dot")) : [cnDate(s.date), dotDate(s.date), D(s.date), slashDate(s.date)][i % 4];
    tRows.push([`第${i + 1}期`, dt, TOP[i % 6], ["区电商公共服务中心", "太和镇文化站", "浸潭镇政府", "山塘镇党群服务中心"][i % 4], s.male, s.female, s.n, rint(8, 22),
      s.across ? "跨月班，9月1日结业" : s.date > CUT ? "截止日后" : null]);
    if (i === 11) tRows.push(padRow([], 9));
  });
  tRows.push(["合计", null, null, null, sum(sessions.map((s) => s.male)), sum(sessions.map((s) => s.female)), ptAll, null, null]);
  assert(rangeText(sessions[2].start, sessions[2].date, "dot").includes("-"), "range");

  // ---------------- 入驻企业 (退园 date inside 状态)
  const fnm = nameMaker("清禾新太冰龙凤笔", "源丰泰达康华信汇", "", []);
  const TYPES = ["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "电商运营服务商", "电商运营服务商", "电商运营服务商",
    "物流企业", "物流企业", "直播电商", "直播电商", "农产品加工", "销售型", "销售型", "电商运营服务商", "平台型", "销售型", "物流企业"];
  const firms = shuffle(TYPES).map((t) => ({ name: `清远市清新区${fnm()}${/物流/.test(t) ? "物流" : /加工/.test(t) ? "农业发展" : "电子商务"}有限公司`, type: t,
    code: creditCode("441803"), entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[3].left = "2021-04-30";
  firms[9].left = "2021-07-12";
  firms[16].left = "2021-08-20";
  for (const f of firms) if (f.left) assert(f.left > f.entered, "c1 left after entered");
  firms[22].entered = "2021-09-03";
  const eRows = [padRow(["清新区电子商务产业园入驻企业名录"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态", "联系人"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 3), f.left ? `已退园（${dotDate(f.left)}）` : f.entered > CUT ? "新入驻（9月）" : "在园",
    personName()]));
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 19 && types.size >= 3, "c1 park " + inPark.length);

  // ---------------- 资金
  const ALLOC = 5000000;
  const pays = [
    ["2020-07-22", 1450000, "区电商公共服务中心建设"], ["2020-09-30", 412000, "村级站点建设（第一批）"], ["2020-11-19", 236500, "电商培训服务（第一批）"],
    ["2021-01-08", 455000, "县镇村物流体系建设"], ["2021-03-16", 128600, "中心运营补助（一季度）"], ["2021-04-27", 367800, "村级站点建设（第二批）"],
    ["2021-06-03", 298400, "品牌培育及营销推广"], ["2021-07-15", 213700, "电商培训服务（第二批）"], ["2021-08-26", 336000, "农产品溯源系统"],
    ["2021-09-10", 420000, "中心建设尾款"],
  ];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["清新区电子商务进农村综合示范专项资金支出台账"], 6), ["序号", "支出日期", "项目", "支出金额（元）", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i), p[2], i % 3 === 1 ? fmtMoney(p[1]) : p[1], `清新记${pad3(i + 11)}`, p[0] > CUT ? "9月拨付" : null]));
  fRows.push([null, "合计", null, sum(pays.map((p) => p[1])), null, null]);

  // ---------------- 月报（发送记录）
  const repMonths = WINDOW.filter((m) => m !== "2021-01" && m !== "2021-02");
  const reps = repMonths.map((m) => {
    const [y, mo] = m.split("-").map(Number);
    const ny = mo === 12 ? y + 1 : y;
    const nm = mo === 12 ? 1 : mo + 1;
    return { month: m, sent: `${ny}-${String(nm).padStart(2, "0")}-${String(rint(3, 9)).padStart(2, "0")}`, pov: rnd() < 0.7 };
  });
  // the report for August 2021 is sent in September: the window counts the month of the entry's date
  const rDates = reps.map((r) => r.sent).filter((x) => x <= CUT);
  const rMonths = inWindowMonths(rDates);
  assert(rMonths < 12 && rMonths > 0, "c1 report months " + rMonths);
  const rRows = [padRow(["向清远市商务局报送工作进展情况记录"], 5), ["序号", "报送时间", "报送内容", "是否含电商扶贫统计", "报送方式"]];
  reps.forEach((r, i) => rRows.push([i + 1, exportTime(r.sent, hms()), `${cnMonth(r.month)}电子商务进农村综合示范工作进展`, r.pov ? "是" : "否", "粤政易"]));
  assert(reps.some((r) => r.pov && r.sent <= CUT), "c1 poverty");

  // ---------------- 专栏
  const upd = [];
  for (const m of monthsBetween("2020-07", "2021-08")) upd.push(`${m}-${String(rint(2, 26)).padStart(2, "0")}`);
  upd.splice(6, 0, upd[5].slice(0, 8) + "28");
  const uRows = [padRow(["区政府门户网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i + 1), `清新区电子商务进农村综合示范项目进展（${cnMonth(x)}）`, i % 3 ? "建设进度" : "项目信息"]));
  assert(inWindowMonths(upd) === 12, "c1 disclosure");

  // ---------------- 宣传, 经验材料
  const mRows = [padRow(["宣传报道情况"], 6), ["序号", "报道日期", "媒体", "级别", "形式", "标题"],
    [1, "2020.11.24", "南方日报", "省级", "报纸", "清新：小站点打通农产品上行“最后一公里”"],
    [2, "2021.1.19", "广东广播电视台新闻频道", "省级", "电视", "【电商扶贫典型案例】清新冰肉桂“触网”带贫户增收"],
    [3, "2021.4.8", "清新区融媒体中心", "区级", "网络", "我区举办第十八期农村电商培训班"],
    [4, "2021.9.16", "清远日报", "市级", "报纸", "清新电商进农村示范创建通过初验"]];
  const matRows = [padRow(["经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送对象"],
    [1, "2021年3月12日", "清新区“电商＋合作社＋贫困户”带贫模式", "清远市商务局"], [2, "2021年7月20日", "清新区电商进农村示范创建经验做法", "清远市商务局"]];

  // ---------------- points
  const centerOpened = "2020-12-28";
  const c = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 1, brand: 1, other: 0, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(c));
  const vb = Math.min(adminV.length, 200);
  const covPts = (ratioGE(covered.size, vb, 70) ? 5 : ratioGE(covered.size, vb, 50) ? 2 : 0) + (poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0);
  const R19 = 1820000000, R20 = 2390000000;
  assert((R20 - R19) * 100 >= 30 * R19, "c1 growth");
  const upPts = 2 + 1 + 1 + 1 + 1 + 2;
  const ptPts = ratioGE(pt, BASE, 1) ? 10 : ratioGE(pt, BASE, 0.8) ? 8 : ratioGE(pt, BASE, 0.6) ? 6 : 0;
  const EL = 820, TR = 437;
  const poorPts = ratioGE(TR, EL, 50) ? 10 : ratioGE(TR, EL, 40) ? 8 : ratioGE(TR, EL, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts, "work.upward": upPts,
    "work.training": ptPts + poorPts, "info.disclosure": 4, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": ratioGE(spent, ALLOC, 70) ? 4 : -5, "bonus.poorTraining": ratioGE(TR, EL, 70) ? 2 : 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && covPts === 5 && ptPts === 8 && poorPts === 10, "c1 pts " + [centerPts, covPts, ptPts, poorPts]);
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);

  // ---------------- 自评表
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 14, "work.coverage": 10, "work.upward": 8, "work.training": 20,
    "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const W = 6;
  const fr = [padRow(["清远市清新区电子商务进农村综合示范创建自评表"], W), padRow(["填报单位：清新区经济促进局　　　　考评截止日期：2021年8月31日"], W),
    padRow(["一、基本情况"], W),
    ["常住人口", "76.55万人", "户籍人口", "81.2万人", "行政村数", `${adminV.length}个`],
    ["省定贫困村数", `${poorList.length}个`, "社区居委会", `${comms.length}个`, "下达省级资金", "500万元"],
    ["累计拨付", `${fmtMoney(spent)}元`, "公共服务中心投入运营", cnDate(centerOpened), "产业园入驻企业", "21家"],
    ["2019年农村网络零售额", "18.2亿元", "2020年农村网络零售额", "23.9亿元", "培训人次", `${fmtInt(ptAll)}人次`],
    ["有劳动能力贫困人口（不含外出务工）", `${EL}人`, "已培训贫困人口", `${TR}人`, "项目总体进度", "92%"],
    padRow([], W), padRow(["二、考评指标自评"], W),
    ["序号", "评价指标", "分值", "自评得分", "得分说明", "佐证材料"]];
  const fM = ["A1:F1", "A2:F2", "A3:F3", `A${fr.length - 1}:F${fr.length - 1}`];
  let no = 0;
  const sec = (t) => { fr.push(padRow([t], W)); fM.push(`A${fr.length}:F${fr.length}`); };
  const ind = (name, w, id, expl, ev) => { no++; fr.push([no, name, w, claimed[id], expl, ev]); };
  sec("（一）加强组织领导与统筹协调（10分）");
  ind("组织领导", 2, "org.leadership", "区长任领导小组组长，区商务、财政、农业农村、乡村振兴等部门为成员单位", "清新府办〔2020〕7号");
  ind("方案制定", 2, "org.plan", "2020年5月正式印发创建工作方案", "方案文件");
  ind("政策支持", 2, "org.policy", "已出台《清新区农村电商扶持措施》", "政策文件");
  ind("项目管理", 4, "org.management", "见下表主观评分明细", "管理制度、台账");
  sec("（二）深入推动电子商务进农村工作（55分）");
  ind("服务体系建设：县级中心与产业园", 15, "work.center", "中心2020年12月28日投入运营，免费培训、展示、摄影美工、品牌推广已开展，其他衍生增值服务暂未开展；产业园已建成", "中心运营报告、入驻企业名录");
  ind("服务体系建设：村级站点覆盖", 10, "work.coverage", "建成村级站点62个，覆盖全部行政村和贫困村", "站点台账");
  ind("农村产品上行", 10, "work.upward", "有第三方运营服务商；行政村快递全覆盖；2020年农村网络零售额增长31.3%", "调研报告等");
  ind("电商人才培训", 20, "work.training", "见基本情况", "培训台账");
  sec("（三）加强信息公开及报送（10分）");
  ind("信息公开", 4, "info.disclosure", "专栏已公示创建方案、项目基本信息、建设进度，设监督举报电话，按月更新", "网站截图");
  ind("数据上报", 6, "info.reporting", "按月报送，含电商扶贫统计", "报送记录");
  sec("（四）加强宣传推广（10分）");
  ind("案例总结", 2, "promo.cases", "已报送经验材料2份", "材料");
  ind("经验推广", 8, "promo.media", "省级、市级、区级媒体均有报道", "报道截图");
  sec("（五）加强财政资金管理（15分）");
  ind("制度建立", 5, "fund.system", "已制定专项资金管理办法", "管理办法");
  ind("资金台账", 5, "fund.ledger", "承建单位建立资金专用台账", "台账");
  ind("资金支出", 5, "fund.spending", "支出率70%以上，按进度拨付", "支出台账");
  sec("（六）加分项（4分）");
  ind("贫困人口培训率≥70%", 2, "bonus.poorTraining", "培训率53.3%，未达到", null);
  ind("电商扶贫典型案例获电视播报", 2, "bonus.tvCase", "广东广播电视台新闻频道（省级）播报", "视频");
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, "合计", 100, sumClaim, "另加分1分", null]);
  fr.push(padRow([], W));
  fr.push(padRow(["三、主观评分项自评明细"], W));
  fM.push(`A${fr.length}:F${fr.length}`);
  fr.push(["序号", "评分项", "分值范围", "自评分", "依据", null]);
  const J = [["方案制定", "1-2", 2, "方案经区政府常务会议审议后印发"], ["政策支持", "1-2", 2, "扶持措施已兑现"], ["项目管理制度", "1-2", 2, "制度健全，验收严格"],
    ["工作台账", "1-2", 1, "部分站点台账信息不全"], ["网销调研", "1-2", 2, "形成《清新区农产品网销调研报告》"], ["网络促销活动", "1-2", 1, "年货节、618促销"],
    ["交易标准与冷链溯源", "1-2", 1, "溯源系统已上线，交易标准未出台"], ["资金管理制度", "1-5", 4, "管理办法"], ["资金台账", "1-5", 4, "承建方台账"], ["资金及时拨付", "1-5", 4, "按进度拨付"]];
  J.forEach((j, i) => fr.push([i + 1, j[0], j[1], j[2], j[3], null]));
  fr.push(padRow([], W));
  fr.push(padRow(["四、一票否决事项"], W));
  fM.push(`A${fr.length}:F${fr.length}`);
  fr.push([1, "发生安全生产、质量事故或重大损失", null, null, "未发生", null]);
  fr.push([2, "项目总体进度不足40%", null, null, "总体进度92%，不涉及", null]);
  fr.push([3, "弄虚作假", null, null, "无", null]);
  fr.push(padRow(["填表人：罗××　　审核：邓××　　填报日期：2021年9月18日"], W));
  fM.push(`A${fr.length}:F${fr.length}`);
  for (const r of fr) assert(r.length === W, "c1 width");

  const derivation = [
    "org.leadership: 区长任组长（主要领导），成员单位有区商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 主观分明细“方案制定”2（已正式印发） → 2",
    "org.policy: 主观分明细“政策支持”2 → 2",
    "org.management: 主观分明细：项目管理制度2＋工作台账1 → 3",
    `work.center: 中心2020-12-28投入运营 → 2；不晚于2021-02-28，运行满6个月 → 2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“暂未开展” → 0；产业园2；《入驻企业》23行，状态“已退园（${dotDate(firms[3].left)}）”“已退园（${dotDate(firms[9].left)}）”“已退园（2021.8.20）”都在截止日前退园，“新入驻（9月）”9月3日入驻 → 在园${inPark.length}家 < 20 → 0（自评表写21家）；类型 ≥ 3 → 1；合计${centerPts}（自评14）`,
    `work.coverage: 《村居》村委会${adminV.length}个（居委会${comms.length}个不算）；《站点》主表截止日前有站行政村${covered.size}个（同村二号点算一次；社区服务点不算；“2021年8月”、8月31日建成的算）；表下“2021年9月新建站点”3个不算 → ${covered.size}/${adminV.length} = ${pct1(covered.size, adminV.length)}，50%—70% → 2；省定贫困村${poorList.length}个有${poorCovered}个有站（${poorList[13].name}9月才建） → ${pct1(poorCovered, poorList.length)}，80%—100% → 3；合计${covPts}（自评10）`,
    "work.upward: 调研2、促销1、交易标准及溯源1；第三方运营商1；《村居》快递全部“已通” → 1；农村网零18.2→23.9亿元，增31.3% ≥ 30% → 2；合计8",
    `work.training: 常住人口76.55万 > 50万，基数取500,000 → 1% = 5,000人次；《培训》按班次“合计”列，截止日前${sessions.length - 2}期共${fmtInt(pt)}人次（“2021.8.30-9.1”按结束日9月1日不算，9月15日一期不算，合计行不算） → ${pct2(pt, BASE)}，0.8%—1% → 8；无贫困人口名单和签到名单，按填报：有劳动能力（不含外出务工）${EL}人、已培训${TR}人 → ${pct1(TR, EL)} ≥ 50% → 10；合计18（自评20）`,
    "info.disclosure: 专栏公示方案、项目信息、建设进度，设监督举报电话 → 2；《专栏》2020年9月—2021年8月每月都有更新 → 2；合计4",
    `info.reporting: 《月报》2021年1月、2月的月报未报送；按报送时间（月报次月初报送，8月月报9月才报）2020年9月—2021年8月中有报送的只有${rMonths}个月 → 不定时 1；“是否含电商扶贫统计”有“是” → 3；合计4（自评6）`,
    "promo.cases: 2021年3月12日、7月20日两份经验材料报送清远市商务局 → 2",
    "promo.media: 截止日前南方日报、广东台（省级） → 4；清新区融媒体中心（区级＝县级） → 1；清远日报2021.9.16在截止日后 → 0；合计5（自评8）",
    "fund.system: 主观分明细4 → 4",
    "fund.ledger: 主观分明细4 → 4",
    `fund.spending: 《资金》截止日前9笔合计${fmtMoney(spent)}元（9月10日尾款、合计行不算）/ 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${TR}/${EL} = ${pct1(TR, EL)} < 70% → 0`,
    "bonus.tvCase: 2021.1.19广东广播电视台新闻频道（省级电视）播报电商扶贫典型案例 → 1",
    "veto.incident: 未发生 → 不否决",
    "veto.progress: 总体进度92% ≥ 40% → 不否决",
    "veto.fraud: 无 → 不否决",
  ];
  return {
    description:
      `清远清新区经济促进局整本考评工作簿（10个表），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋1）：《自评表》上方“基本情况”是“标签｜值”三对并排，下面是按工作任务分节的指标表（自评得分＝claimed），再下面另起第二张表“主观评分项自评明细”给出各主观分，最后是否决事项；台账：站点主表下另附“2021年9月新建站点”第二张表（不计入），培训按班次登记、参训人次分男｜女｜合计（常住人口76.55万超50万，基数封顶），入驻企业的退园日期写在“状态”里（“已退园（2021.4.30）”），月报按报送时间计（1、2月未报）。`,
    sheets: [
      { name: "自评表", rows: fr, merges: fM },
      { name: "村居", rows: vRows, merges: ["A1:G1"] },
      { name: "站点", rows: sRows, merges: sM },
      { name: "培训", rows: tRows, merges: tM },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金", rows: fRows, merges: ["A1:F1"] },
      { name: "月报", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 广州市从化区: 自查问卷（问题｜回答，☑/□、两项事实一格）
// =====================================================================================================
function buildF1() {
  const W = 4;
  const rows = [padRow(["从化区电子商务进农村综合示范创建工作自查问卷"], W),
    padRow(["（请对照省考评指标逐项如实回答；勾选项请在□内打√，数字请注明单位。数据截止时间：2021年8月31日）"], W),
    padRow(["填报单位：广州市从化区商务局"], W),
    ["序号", "自查问题", "回答", "备注"]];
  const M = ["A1:D1", "A2:D2", "A3:D3"];
  const sec = (t) => { rows.push(padRow([t], W)); M.push(`A${rows.length}:D${rows.length}`); };
  let n = 0;
  const q = (question, answer, note) => { n++; rows.push([n, question, answer, note === undefined ? null : note]); };
  sec("一、基本情况");
  q("全区常住人口是多少？", "64.71万人", "第七次全国人口普查数");
  q("全区有多少个行政村？其中省定贫困村多少个？", "行政村221个，其中省定贫困村0个", "从化区为珠三角地区，无省定贫困村（有市级帮扶村30个）");
  sec("二、组织领导");
  q("是否成立示范创建工作领导小组？组长由谁担任？", "☑是　□否。组长：区长；常务副组长：分管副区长", null);
  q("领导小组成员单位有哪些？", "区商务局、区财政局、区农业农村局、区交通运输局、区市场监管局、区邮政分公司", null);
  q("示范创建工作方案是否已正式印发？", box(true, "已印发", "未印发"), "从府办函〔2020〕41号，2020年6月12日");
  q("方案制定自评分（1-2分）", pts12(2), null);
  q("是否出台支持农村电商发展的政策文件？", box(true, "已出台", "未出台"), "《从化区促进农村电子商务发展若干措施》");
  q("政策支持自评分（1-2分）", pts12(1), "部分措施尚未兑现");
  q("项目管理制度自评分（1-2分）", pts12(2), null);
  q("工作台账自评分（1-2分）", pts12(2), null);
  sec("三、服务体系建设");
  q("区级电子商务公共服务中心何时投入运营？", "2021年1月", "2020年12月完成装修");
  q("中心是否有免费培训场所和设备、能否组织电商基础培训？", "☑是　□否", null);
  q("中心是否为特色农产品提供免费展示、销售服务？", "☑是　□否", "荔枝、流溪娟鱼等");
  q("中心是否提供免费摄影、美工服务？", "□是　☑否", "由入驻企业有偿提供");
  q("中心是否组织农产品统一推广、指导品牌建设？", "☑是　□否", null);
  q("中心是否提供其他衍生增值服务？", "☑是　□否", "金融、法律咨询对接");
  q("是否建设或整合电商产业园？", "☑是　□否", "依托从化电商产业园（太平镇）");
  sec("四、农村产品上行");
  q("是否有专业第三方电子商务运营或服务商？", "☑有　□无", null);
  q("行政村物流快递是否全覆盖？", "☑是　□否", "221个行政村全部通快递");
  q("2019年、2020年农村网络零售额分别是多少？", "2019年12.36亿元；2020年15.02亿元", null);
  q("2020年农产品网络零售额同比增长多少？", "28.4%", null);
  q("网销调研自评分（1-2分）", pts12(2), "曾组织赴陆河县、连州市学习考察");
  q("网络促销活动自评分（1-2分）", pts12(2), null);
  q("交易标准与冷链溯源自评分（1-2分）", pts12(1), null);
  sec("五、人才培训");
  q("截至目前累计培训多少人次？", "6,820人次", null);
  q("有劳动能力且未外出务工的建档立卡贫困人口有多少？已参加培训多少人？", "—", "无省定贫困村、建档立卡贫困人口按市级帮扶口径另行统计，本表不填");
  sec("六、信息公开及报送");
  q("政府网站专栏是否公示了创建方案？", "☑是　□否", null);
  q("是否公示了项目基本信息？", "☑是　□否", null);
  q("是否公示了项目建设进度？", "☑是　□否", "按月更新");
  q("是否设立征求意见或监督举报窗口？", "☑是　□否", "监督电话020-8794××××");
  q("能否统计电商扶贫情况？", "□能　☑不能", "无建档立卡对象");
  sec("七、资金管理");
  q("省级专项资金下达多少？截至目前已拨付多少？", "下达500万元，已拨付382.6万元", "拨付率76.5%");
  q("是否制定资金管理制度？自评分（1-5分）", "☑是　□否；4分", null);
  q("承建方是否建立资金专用台账？自评分（1-5分）", "☑是　□否；3分", null);
  q("资金是否及时拨付？自评分（1-5分）", "4分", null);
  sec("八、否决事项");
  q("是否发生安全生产、质量事故或造成重大经济损失？", "□是　☑否", null);
  q("项目总体进度是多少？", "90%", null);
  q("是否存在弄虚作假？", "□是　☑否", null);
  rows.push(padRow(["填写人：黄××　　联系电话：020-8794××××　　填写日期：2021年9月6日"], W));
  M.push(`A${rows.length}:D${rows.length}`);
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "广州从化区商务局的《自查问卷》：序号｜自查问题｜回答｜备注，问题是区里自己的问法，回答里是☑/□勾选（“☑已印发　□未印发”“□能　☑不能”）、带单位的数字和一格两项（“2019年12.36亿元；2020年15.02亿元”“下达500万元，已拨付382.6万元”“☑是　□否；4分”），主观分写“□1分　☑2分”；省定贫困村0个；贫困人口一问答“—”（不填）；成员单位无扶贫／乡村振兴部门；备注里“赴陆河县、连州市学习”不是本县。",
    sheets: [{ name: "自查问卷", rows, merges: M }],
    expect: {
      facts: {
        county: "从化区", asOf: "2021-08-31", residentPopulation: 647100, adminVillagesStated: 221, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2021-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 1236000000, ruralRetail2020: 1502000000, agriRetailGrowthStated: 0.284,
        trainingPersonTimesStated: 6820, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: false, fundAllocated: 5000000, fundSpentStated: 3826000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.9, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 3, "fund.spending": 4,
      },
      leadership: "principal",
    },
  };
}

// =====================================================================================================
// f2 — 江门市开平市: 省数据采集系统导出（单行宽表，三行表头：分组｜字段（单位）｜字段代码）
// =====================================================================================================
function buildF2() {
  const F = [
    // [group, field, code, value]
    ["基本信息", "地区", "A01", "开平市"], [null, "数据截止日期", "A02", 20210831], [null, "常住人口（万人）", "A03", 74.86], [null, "行政村数（个）", "A04", 233],
    [null, "省定贫困村数（个）", "A05", 26],
    ["组织领导", "领导小组组长职务", "B01", "市长"], [null, "成员单位", "B02", "市商务局,市财政局,市农业农村局,市乡村振兴局,市交通运输局,市邮政管理局"],
    [null, "工作方案印发（1是0否）", "B03", 1], [null, "方案制定自评分", "B04", 2], [null, "扶持政策出台（1是0否）", "B05", 1], [null, "政策支持自评分", "B06", 2],
    [null, "项目管理制度自评分", "B07", 2], [null, "工作台账自评分", "B08", 2],
    ["服务体系", "公共服务中心投入运营日期", "C01", 20201118], [null, "免费培训场所设备（1是0否）", "C02", 1], [null, "免费展示销售（1是0否）", "C03", 1],
    [null, "免费摄影美工（1是0否）", "C04", 0], [null, "品牌建设指导（1是0否）", "C05", 1], [null, "其他增值服务（1是0否）", "C06", 1], [null, "电商产业园（1是0否）", "C07", 1],
    [null, "第三方运营服务商（1是0否）", "C08", 1], [null, "行政村快递覆盖率（%）", "C09", 96.5],
    ["农村产品上行", "2019年农村网络零售额（万元）", "D01", 215600], [null, "2020年农村网络零售额（万元）", "D02", 268400], [null, "农村网络零售额同比增速（%）", "D03", 24.49],
    [null, "2019年农产品网络零售额（万元）", "D04", 38650], [null, "2020年农产品网络零售额（万元）", "D05", 52870], [null, "农产品网络零售额同比增速（%）", "D06", 36.79],
    [null, "网销调研自评分", "D07", 1], [null, "网络促销自评分", "D08", 2], [null, "交易标准及冷链溯源自评分", "D09", 1],
    ["人才培训", "累计培训人次", "E01", 7512], [null, "有劳动能力贫困人口（不含外出务工）（人）", "E02", 1405], [null, "参训贫困人口（人）", "E03", 742],
    ["信息公开及报送", "专栏公示创建方案（1是0否）", "F01", 1], [null, "专栏公示项目信息（1是0否）", "F02", 1], [null, "专栏公示建设进度（1是0否）", "F03", 1],
    [null, "监督举报窗口（1是0否）", "F04", 0], [null, "电商扶贫统计（1是0否）", "F05", 1],
    ["资金管理", "下达资金（万元）", "G01", 500], [null, "累计拨付（万元）", "G02", 416.3], [null, "资金管理制度（1是0否）", "G03", 1], [null, "资金管理制度自评分", "G04", 5],
    [null, "资金专用台账（1是0否）", "G05", 1], [null, "资金台账自评分", "G06", 4], [null, "及时拨付自评分", "G07", 4],
    ["否决事项", "项目总体进度（%）", "H01", 89], [null, "安全生产质量事故（1是0否）", "H02", 0], [null, "弄虚作假（1是0否）", "H03", 0],
  ];
  assert(Math.abs((268400 - 215600) / 215600 * 100 - 24.49) < 0.005 && Math.abs((52870 - 38650) / 38650 * 100 - 36.79) < 0.005, "f2 growth");
  const W = F.length + 1;
  const g = [], f = [], c = [], v = [];
  g.push("序号"); f.push(null); c.push(null); v.push(1);
  F.forEach((x) => { g.push(x[0]); f.push(x[1]); c.push(x[2]); v.push(x[3]); });
  const rows = [padRow(["广东省电子商务进农村综合示范县考评数据采集表"], W), padRow(["导出时间：2021-09-06 10:21:33　　导出人：kaiping_sw　　报表状态：已提交"], W), g, f, c, v,
    padRow([], W), padRow(["填报说明：1.是否类指标填1（是）或0（否）；2.日期按yyyymmdd填写；3.金额单位为万元，比例单位为%；4.自评分按省考评指标评分标准填写。"], W)];
  const M = ["A1:J1", "A2:J2", "A3:A5", `A8:${colName(W - 1)}8`];
  // merge each group cell across its fields
  let i0 = null;
  for (let k = 1; k <= F.length; k++) {
    if (g[k] !== null) {
      if (i0 !== null && k - 1 > i0) M.push(`${colName(i0)}3:${colName(k - 1)}3`);
      i0 = k;
    }
  }
  if (F.length > i0) M.push(`${colName(i0)}3:${colName(F.length)}3`);
  for (const r of rows) assert(r.length === W, "f2 width");
  return {
    description:
      "江门开平市商务局从省“电子商务进农村综合示范县考评数据采集”系统导出的报表：一条数据一行、49个字段横排，三行表头（合并的分组行｜带单位的字段名“常住人口（万人）”“下达资金（万元）”“行政村快递覆盖率（%）”｜字段代码A01…H03），是否类填1/0，日期是yyyymmdd数字（20201118），比例按%填数字（24.49、89），快递覆盖率96.5%即未全覆盖；监督举报窗口0；成员单位用英文逗号分隔。",
    sheets: [{ name: "数据采集表", rows, merges: M }],
    expect: {
      facts: {
        county: "开平市", asOf: "2021-08-31", residentPopulation: 748600, adminVillagesStated: 233, poorVillagesStated: 26, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 2156000000, ruralRetail2020: 2684000000, ruralRetailGrowthStated: 0.2449,
        agriRetail2019: 386500000, agriRetail2020: 528700000, agriRetailGrowthStated: 0.3679, trainingPersonTimesStated: 7512,
        eligiblePoorPersonsStated: 1405, trainedPoorPersonsStated: 742, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4163000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.89, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 揭阳市揭东区: 考评佐证材料目录（指标、自评分纵向合并；基础数据表在下，数值在单位前）
// =====================================================================================================
function buildF3() {
  const W = 7;
  const rows = [padRow(["揭东区电子商务进农村综合示范创建考评佐证材料目录"], W),
    padRow(["报送单位：揭阳市揭东区工业和信息化局（商务）　　　　截止时间：2021年8月31日"], W),
    ["序号", "评价指标（分值）", "自评分", "佐证材料名称", "文号／时间", "完成情况", "页码"]];
  const M = ["A1:G1", "A2:G2"];
  const claimed = {};
  let no = 0;
  let page = 1;
  const ind = (label, id, pts, mats) => {
    no++;
    const r0 = rows.length + 1;
    mats.forEach((m, k) => {
      const pg = m[3] === 0 ? "—" : m[3] === 1 ? String(page) : `${page}-${page + m[3] - 1}`;
      page += m[3];
      rows.push([k === 0 ? no : null, k === 0 ? label : null, k === 0 ? pts : null, m[0], m[1], m[2], pg]);
    });
    const r1 = rows.length;
    if (r1 > r0) M.push(`A${r0}:A${r1}`, `B${r0}:B${r1}`, `C${r0}:C${r1}`);
    if (id) claimed[id] = typeof pts === "number" ? pts : Number(String(pts).replace(/[^\d]/g, ""));
  };
  ind("组织领导（2分）", "org.leadership", 2, [["关于成立揭东区电子商务进农村综合示范创建工作领导小组的通知", "揭东府办〔2020〕9号", "区委副书记、区长任组长，区商务、财政、农业农村、乡村振兴、交通运输等部门为成员单位", 3]]);
  ind("方案制定（2分）", "org.plan", 2, [["揭东区电子商务进农村综合示范创建工作方案", "揭东府办〔2020〕15号／2020年5月11日", "已正式印发；方案制定自评2分", 12]]);
  ind("政策支持（2分）", "org.policy", 1, [["揭东区扶持农村电子商务发展实施办法", "2020年8月", "已出台，落实一般；自评1分", 6]]);
  ind("项目管理（4分）", "org.management", 3, [["揭东区电子商务进农村综合示范项目管理办法", "2020年7月", "项目管理制度自评2分", 8], ["项目建设工作台账", "—", "工作台账自评1分（部分项目验收记录缺失）", 40]]);
  ind("服务体系建设：县级中心与产业园（15分）", "work.center", 13, [
    ["区电子商务公共服务中心运营报告", "2021年8月", "中心于2020年9月26日投入运营；设培训室，免费培训；设农特产品展厅，免费展示销售", 15],
    ["摄影美工服务记录", "—", "中心提供免费摄影、美工服务", 20], ["品牌推广活动资料", "—", "已组织揭东竹笋等农产品统一推广、品牌建设指导", 10],
    ["衍生增值服务记录", "—", "暂未开展", 0], ["揭东区电商产业园入驻企业名录", "2021年8月", "产业园已建成，入驻企业23家", 6]]);
  ind("服务体系建设：村级站点覆盖（10分）", "work.coverage", 10, [["村级站点清单", "2021年8月", "站点覆盖行政村168个", 12]]);
  ind("农村产品上行（10分）", "work.upward", 7, [["揭东区农产品网络销售调研报告", "2020年11月", "已形成针对性建议；网销调研自评2分", 18],
    ["网络促销活动总结", "—", "开展促销4场；网络促销自评1分", 14], ["第三方运营服务合同", "2020年6月", "有专业第三方运营服务商", 9],
    ["快递进村情况说明", "—", "行政村快递覆盖率100%", 3], ["农产品溯源系统资料", "—", "溯源系统在建；交易标准与冷链溯源自评1分", 5],
    ["农村网络零售额统计", "—", "见基础数据", 2]]);
  ind("电商人才培训（20分）", "work.training", 18, [["培训签到表、培训台账", "2020—2021年", "见基础数据", 260]]);
  ind("信息公开（4分）", "info.disclosure", 3, [["政府网站专栏截图", "—", "专栏公示创建方案、项目基本信息、建设进度；设监督举报电话；不定期更新", 11]]);
  ind("数据上报（6分）", "info.reporting", 6, [["月报报送记录", "—", "每月向揭阳市商务局报送；附电商扶贫统计表", 24]]);
  ind("案例总结（2分）", "promo.cases", 2, [["经验材料", "2021年6月", "已报送揭阳市商务局", 7]]);
  ind("经验推广（8分）", "promo.media", 4, [["媒体报道截图", "—", "南方+客户端（省级）", 4]]);
  ind("制度建立（5分）", "fund.system", 4, [["揭东区电子商务进农村综合示范专项资金管理办法", "2020年7月", "已制定；自评4分", 7]]);
  ind("资金台账（5分）", "fund.ledger", 4, [["承建单位资金专用台账", "—", "已建立；自评4分", 30]]);
  ind("资金支出（5分）", "fund.spending", 3, [["资金拨付凭证", "—", "见基础数据；及时拨付自评3分", 45]]);
  ind("加分项：贫困人口培训率70%以上（2分）", "bonus.poorTraining", 0, [["—", "—", "培训率41.6%，未达到", 0]]);
  ind("加分项：电商扶贫典型案例电视播报（2分）", "bonus.tvCase", 0, [["—", "—", "无", 0]]);
  ind("一票否决项", null, "—", [["情况说明", "2021年9月", "未发生安全生产、质量事故；不存在弄虚作假", 1]]);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push([null, "合计", tot, null, null, null, null]);
  rows.push(padRow([], W));
  rows.push(padRow(["附：基础数据"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "指标", null, "数值", "单位", "备注", null]);
  M.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`);
  const B = [["常住人口", "38.72", "万人", "户籍人口47.3万人"], ["行政村", "168", "个", "另有社区22个"], ["省定贫困村", "21", "个", null],
    ["2019年农产品网络零售额", "1.12", "亿元", null], ["2020年农产品网络零售额", "1.49", "亿元", "同比增长33.0%"], ["培训人次", "3,904", "人次", null],
    ["有劳动能力贫困人口（不含外出务工）", "967", "人", null], ["已参训贫困人口", "402", "人", null], ["下达省级资金", "500", "万元", null],
    ["累计拨付资金", "361.8", "万元", null], ["项目总体进度", "85", "%", null]];
  B.forEach((b, i) => { rows.push([i + 1, b[0], null, b[1], b[2], b[3], null]); M.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:G${rows.length}`); });
  rows.push(padRow(["整理：陈××　　审核：林××"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  assert(tot === 82, "f3 total " + tot);
  return {
    description:
      "揭阳揭东区工信局（商务）的《考评佐证材料目录》当自评表：序号｜评价指标（分值）｜自评分｜佐证材料名称｜文号／时间｜完成情况｜页码，指标和自评分纵向合并到它的几份材料上（claimed），事实写在各材料的“完成情况”里（中心投入运营日期在运营报告那行，“衍生增值服务记录 暂未开展”为否），主观分拆在完成情况里（“项目管理制度自评2分”“工作台账自评1分”）；表下另起“附：基础数据”表，数值在单位列前面（常住人口｜38.72｜万人、农产品网零｜1.49｜亿元、进度｜85｜%），备注里的户籍人口、社区数不是输入，“同比增长33.0%”是农产品网零增速。",
    sheets: [{ name: "佐证材料目录", rows, merges: M }],
    expect: {
      facts: {
        county: "揭东区", asOf: "2021-08-31", residentPopulation: 387200, adminVillagesStated: 168, poorVillagesStated: 21, planIssued: true, policyIssued: true,
        centerOpened: "2020-09-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 112000000, agriRetail2020: 149000000, agriRetailGrowthStated: 0.33,
        trainingPersonTimesStated: 3904, eligiblePoorPersonsStated: 967, trainedPoorPersonsStated: 402, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3618000,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 潮州市潮安区: 培训班次（男｜女｜合计）、宣传（自媒体＋传统媒体）、月报邮件发送记录、数据透视（非台账）
// =====================================================================================================
function buildL1() {
  // ① 培训班次
  const S = [
    ["2020-09-22", "2020-09-24", "电商基础知识培训班", 62, 95], ["2020-10-15", null, "凤凰单丛茶网络营销", 48, 71], ["2020-11-10", "2020-11-12", "直播带货实操", 55, 88],
    ["2020-12-08", null, "农产品包装与品牌", 40, 63], ["2021-01-06", null, "电商扶贫专题培训", 37, 90], ["2021-03-23", "2021-03-25", "网店开设与运营", 71, 102],
    ["2021-04-27", null, "短视频拍摄", 58, 66], ["2021-05", null, "镇村站点负责人培训（月内分3场）", 44, 39], ["2021-06-29", "2021-07-01", "跨境电商入门", 33, 45],
    ["2021-08-17", null, "潮州菜预制菜网络销售", 52, 60], ["2021-09-14", "2021-09-16", "电商创业孵化班", 39, 58],
  ];
  const tRows = [padRow(["潮安区电子商务培训情况统计表（按班次）"], 8), padRow(["填报单位：潮安区商务局　　单位：人次"], 8),
    ["序号", "培训时间", "培训班名称", "参训人次", null, null, "培训地点", "备注"], [null, null, null, "男", "女", "合计", null, null]];
  const tM = ["A1:H1", "A2:H2", "A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4", "H3:H4"];
  const tRecs = [];
  S.forEach((s, i) => {
    let dt;
    if (s[0].length === 7) dt = cnMonth(s[0]);
    else if (s[1]) dt = i % 2 ? rangeText(s[0], s[1], "cn") : rangeText(s[0], s[1], "dot");
    else dt = [dotDate(s[0]), D(s[0]), cnDate(s[0])][i % 3];
    tRows.push([i + 1, dt, s[2], s[3], s[4], s[3] + s[4], ["区电商公共服务中心", "凤凰镇文化站", "庵埠镇电商孵化基地"][i % 3], s[1] && s[1].slice(5, 7) !== s[0].slice(5, 7) ? "跨月" : null]);
    tRecs.push({ date: s[1] || s[0], personTimes: s[3] + s[4] });
    if (i === 4) tRows.push(padRow([], 8));
  });
  tRows.push([null, "合计", null, sum(S.map((s) => s[3])), sum(S.map((s) => s[4])), sum(S.map((s) => s[3] + s[4])), null, null]);
  tRows.push(padRow(["注：2021年5月站点负责人培训分散在各镇举办，按月汇总。"], 8));
  tM.push(`A${tRows.length}:H${tRows.length}`);

  // ② 宣传报道
  const MD = [
    ["2020-10-09 20:31", "抖音", "“潮安发布”抖音号", "区级", "短视频", "凤凰单丛上线直播间", "county", false],
    ["2020-11-26 07:00", "潮州日报", "潮州日报社", "市级", "报纸", "潮安电商服务站开到村口", "city", false],
    ["2020-12-21 19:45", "广东卫视", "广东广播电视台", "省级", "电视", "潮安：电商扶贫带火深山茶", "province", true],
    ["2021-02-03 12:10", "微信视频号", "返乡青年“茶哥阿杰”", "—", "短视频", "我在凤凰山卖茶", null, false],
    ["2021-04-15 18:02", "学习强国", "学习强国广东学习平台", "省级", "网络", "潮安区推进电子商务进农村", "province", false],
    ["2021-06-30 21:00", "CCTV-17", "中央广播电视总台农业农村频道", "中央", "电视", "乡村振兴·电商助农", "national", true],
    ["2021-08-12 09:30", "潮安区融媒体中心", "潮安区融媒体中心", "区级", "网络", "我区举办第十期电商培训班", "county", false],
    ["2021-09-03 20:00", "抖音", "“潮安发布”抖音号", "区级", "短视频", "电商创业孵化班开班", "county", false],
  ];
  const mRows = [padRow(["潮安区电子商务进农村宣传报道登记"], 7), ["序号", "发布时间", "媒体／平台", "发布主体", "媒体级别", "形式", "标题"]];
  MD.forEach((m, i) => mRows.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5]]));
  const mRecs = MD.map((m) => ({ date: m[0].slice(0, 10), level: m[6], tv: m[7] }));

  // ③ 月报邮件发送记录
  const sends = [];
  WINDOW.forEach((m, i) => {
    const [y, mo] = m.split("-").map(Number);
    const ny = mo === 12 ? y + 1 : y;
    const nm = mo === 12 ? 1 : mo + 1;
    sends.push({ month: m, date: `${ny}-${String(nm).padStart(2, "0")}-${String(rint(3, 8)).padStart(2, "0")}`, t: `${rint(9, 17)}:${String(rint(0, 59)).padStart(2, "0")}` });
    if (i === 5) sends.push({ month: m, date: `${ny}-${String(nm).padStart(2, "0")}-${String(rint(10, 12)).padStart(2, "0")}`, t: "10:05", resend: true });
  });
  const rRows = [padRow(["已发送邮件导出（筛选：收件人 潮州市商务局）"], 5), ["主题", "收件人", "发送时间", "大小", "附件"]];
  const rRecs = [];
  sends.forEach((s) => {
    const [y, mo, dd] = ymd(s.date);
    rRows.push([`${s.resend ? "（更正）" : ""}潮安区电子商务进农村综合示范工作${cnMonth(s.month)}月报`, "czsswj@126.com（潮州市商务局电商科）", `${y}/${mo}/${dd} ${s.t}`,
      `${rint(35, 420)} KB`, s.resend ? "月报（更正稿）.docx" : `${Number(s.month.slice(5))}月月报.docx；电商扶贫统计表.xlsx`]);
    rRecs.push({ date: s.date });
  });

  // ④ 数据透视（非台账）
  const pRows = [padRow(["数据透视（由各台账自动汇总，勿手工修改）"], 4), ["月份", "培训期数", "宣传报道（条）", "月报（份）"]];
  for (const m of monthsBetween("2020-09", "2021-09")) {
    const nT = S.filter((s) => (s[1] || s[0]).startsWith(m)).length;
    const nM = MD.filter((x) => x[0].startsWith(m)).length;
    const nR = sends.filter((x) => x.date.startsWith(m)).length;
    pRows.push([cnMonth(m), nT || null, nM || null, nR || null]);
  }
  pRows.push(["总计", S.length, MD.length, sends.length]);

  return {
    description:
      "潮州潮安区商务局的培训、宣传、报送台账（四个表）：①《培训统计》按班次一行，两行合并表头“参训人次”下分男｜女｜合计（人次取合计），时间有“2020.9.22-9.24”“2021年6月29日—7月1日”（按结束日）、“2021年5月”（月内多场，只到月），中间一空行、末行合计；②《宣传报道》抖音号、视频号短视频与报纸、电视、学习强国混登，级别“中央／省级／市级／区级”，返乡青年个人视频号级别“—”为未知，形式“电视”为电视；③《月报发送》是邮箱“已发送”导出（主题｜收件人｜发送时间“2021/3/5 16:22”｜大小｜附件），含一封“（更正）”重发；④《数据透视》月份×条数汇总，不是台账。",
    sheets: [
      { name: "培训统计", rows: tRows, merges: tM },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "月报发送", rows: rRows, merges: ["A1:E1"] },
      { name: "数据透视", rows: pRows, merges: ["A1:D1"] },
    ],
    expect: {
      sheets: {
        "培训统计": { kind: "training", records: tRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "月报发送": { kind: "reports", records: rRecs },
        "数据透视": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 佛山市三水区: 村居（一镇一行、名单顿号分隔、★贫困村）、站点（签约｜建成挂牌｜验收）、国库支付导出、隐藏辅助表
// =====================================================================================================
function buildL2() {
  const TOWNS = [["西南街道", 6, 8], ["云东海街道", 5, 2], ["白坭镇", 7, 1], ["乐平镇", 9, 2], ["大塘镇", 8, 1], ["芦苞镇", 6, 1], ["南山镇", 5, 1]];
  const vn = villageNamer("塘岗坑沙水莲芦榄白大乐龙凤古", "头边口心尾湾围滘涌洲岭埔基");
  const cn = nameMaker("金西健永广", "本沙达兴湖", "社区", []);
  const vil = [];
  TOWNS.forEach(([t, nv, nc]) => {
    for (let i = 0; i < nv; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
    for (let i = 0; i < nc; i++) vil.push({ town: t, name: cn(), admin: false });
  });
  noStemClash(vil.filter((v) => v.admin).map((v) => v.name), vil.filter((v) => !v.admin).map((v) => v.name), "l2");
  const poorV = shuffle(vil.filter((v) => v.admin && ["大塘镇", "南山镇", "芦苞镇"].includes(v.town))).slice(0, 4);
  for (const v of poorV) v.poor = true;
  const vRows = [padRow(["三水区村（社区）委员会一览表"], 6), padRow(["说明：名称后带“★”的为省定贫困村（相对贫困村）。"], 6),
    ["序号", "镇（街道）", "村委会数", "村民委员会", "社区数", "社区居民委员会"]];
  const vRecs = [];
  TOWNS.forEach(([t], i) => {
    const vs = vil.filter((v) => v.town === t && v.admin);
    const cs = vil.filter((v) => v.town === t && !v.admin);
    const vtxt = vs.map((v, k) => (k % 3 === 2 ? v.name + "委会" : v.name) + (v.poor ? "★" : "")).join("、");
    const ctxt = cs.map((c) => c.name).join("、");
    vRows.push([i + 1, t, vs.length, vtxt, cs.length, ctxt]);
    for (const v of vs) vRecs.push({ name: v.name, admin: true, poor: v.poor });
    for (const c of cs) vRecs.push({ name: c.name, admin: false });
  });
  // sheet order: row by row, left to right — villages then communities of each town
  vRows.push([null, "合计", sum(TOWNS.map((x) => x[1])), null, sum(TOWNS.map((x) => x[2])), null]);

  // ② 站点
  const adm = vil.filter((v) => v.admin);
  const picks = shuffle(adm).slice(0, 18);
  const sRows = [padRow(["三水区村级电商服务站点建设情况表"], 9),
    ["序号", "站点名称", "所在镇（街）", "所在村（居）", "建设进度", null, null, "运营商", "备注"],
    [null, null, null, null, "签约时间", "建成挂牌时间", "验收时间", null, null]];
  const sM = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3"];
  const sRecs = [];
  picks.forEach((v, i) => {
    const sign = randIsoBetween("2020-05-01", "2021-03-31");
    const open = i === 16 ? "2021-09-08" : isoAdd(sign, rint(20, 90));
    const acc = i === 16 ? null : isoAdd(open, rint(10, 60));
    const nm = `${v.name.replace(/村$/, "")}村电商服务站`;
    sRows.push([i + 1, nm, v.town, i % 4 === 1 ? v.name.replace(/村$/, "村民委员会") : v.name, dateCell(sign, i), i === 16 ? cnDate(open) : dateCell(open, i + 2),
      acc ? (acc > "2021-08-31" && i % 2 ? "待验收" : dateCell(acc, i + 4)) : "未验收", ["三水邮政", "佛山市农商通电子商务有限公司"][i % 2], i === 16 ? "9月建成" : null]);
    sRecs.push({ village: v.name, opened: open });
  });
  const cc = vil.find((v) => !v.admin);
  sRows.push([19, `${cc.name}电商服务点`, cc.town, cc.name, "2020/8/3", "2020/10/16", "2020/11/20", "三水邮政", "社区服务点"]);
  sRecs.push({ village: cc.name, opened: "2020-10-16" });

  // ③ 国库集中支付导出
  const P = [["2020-08-14", 650000, "区电商公共服务中心建设（首期）"], ["2020-10-30", 214500, "村级站点建设补助（第一批）"], ["2020-12-18", 128600, "电商培训服务费"],
    ["2021-02-05", 386000, "物流配送体系建设"], ["2021-04-20", 97350.5, "中心运营服务费"], ["2021-06-08", 243800, "村级站点建设补助（第二批）"],
    ["2021-07-26", 315000, "农产品品牌推广"], ["2021-08-30", 172000, "溯源系统建设"], ["2021-09-17", 280000, "中心建设尾款"]];
  const fRows = [padRow(["国库集中支付明细查询（导出）"], 7), padRow(["预算单位：佛山市三水区经济和科技促进局　　项目：省级电子商务进农村综合示范专项资金　　查询期间：2020-01-01至2021-09-30"], 7),
    ["支付凭证号", "支付日期", "收款人全称", "摘要", "支付方式", "支付金额", "状态"]];
  const fRecs = [];
  P.forEach((p, i) => {
    fRows.push([`2${String(20 + (p[0] > "2021" ? 1 : 0))}0${pad3(i * 37 + 105)}`, p[0], `佛山市三水区${["农商通", "邮政", "智农"][i % 3]}电子商务有限公司`, p[2], "直接支付",
      `¥${fmtMoney(p[1])}`, "已支付"]);
    fRecs.push({ date: p[0], amount: p[1] });
  });
  fRows.push(padRow([`共 ${P.length} 条记录，合计金额：¥${fmtMoney(sumYuan(P.map((p) => p[1])))}`], 7));

  const hid = [["镇街"], ...TOWNS.map((t) => [t[0]]), [null], ["运营商"], ["三水邮政"], ["佛山市农商通电子商务有限公司"]];
  return {
    description:
      "佛山三水区经科局的台账（四个表）：①《村居一览》一镇一行，村民委员会和社区居民委员会的名称各在一格里用顿号连写（“××村、××村委会、××村★”），“★”为省定贫困村（第2行说明），村委会数、社区数两列是计数，末行合计；②《站点建设》两行合并表头“建设进度”下分签约时间｜建成挂牌时间｜验收时间，开通日期取建成挂牌（一站9月建成、验收“待验收”“未验收”），另有一个社区服务点；③《国库支付》是国库集中支付明细查询导出（支付凭证号｜支付日期｜收款人｜摘要｜支付方式｜支付金额“¥128,600.00”｜状态），含一笔带角分的、一笔9月的，表尾“共9条记录，合计…”不是记录；④隐藏的《辅助》下拉来源表不是台账。",
    sheets: [
      { name: "村居一览", rows: vRows, merges: ["A1:F1", "A2:F2"] },
      { name: "站点建设", rows: sRows, merges: sM },
      { name: "国库支付", rows: fRows, merges: ["A1:G1", "A2:G2", `A${fRows.length}:G${fRows.length}`] },
      { name: "辅助", rows: hid, hidden: true },
    ],
    expect: {
      sheets: {
        "村居一览": { kind: "villages", records: vRecs },
        "站点建设": { kind: "stations", records: sRecs },
        "国库支付": { kind: "funds", records: fRecs },
        "辅助": { kind: null },
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
write("counties", "b234-c1-qingxin.json", c1);
write("facts", "b234-f1-conghua.json", f1);
write("facts", "b234-f2-kaiping.json", f2);
write("facts", "b234-f3-jiedong.json", f3);
write("ledgers", "b234-l1-chaoan.json", l1);
write("ledgers", "b234-l2-sanshui.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
