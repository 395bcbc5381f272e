// Batch 237 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b234.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (237237), no clock. Run: node test/corpus/_b237/gen-b237.js
//
// c1 连山壮族瑶族自治县 (清远): 《基础数据》 项目｜单位｜数值｜数据来源单位｜备注 (是否项的“单位”写“是/否”、值√/×), 《自评表》 the official
//    table with 工作任务 merged down and 自评得分 typed “2分” (claimed), a separate 《主观分》; ledgers: 村居 with 镇 merged down and
//    one village 快递“未通” (the list overrides the √ fact), training split over two yearly sign-in sheets with different column
//    orders (lower-case x, spaced IDs), 建档立卡 list (劳动能力 / 务工状态 words), 资金 in 万元, 月报 as one row of month columns,
//    the only 经验材料 sent after the cut-off.
// f1 花都区 (广州): an 对标对表 gap sheet — 考评内容｜省考评标准（目标）｜我区现状｜差距｜是否达标｜下步措施: the facts are in 现状 only; the
//    standard column is full of numbers and dates (5,000人次, 2021年2月28日, 70%) and 下步措施 holds plans (“拟调整为区长任组长”).
// f2 仁化县 (韶关): a Word 基本情况表 pasted into Excel — 栏目｜内容 with every 内容 cell a multi-line list “1．常住人口：１９．６９万人…”
//    (several facts per cell, some full-width digits), the judged points in a second multi-line cell table below, signature block.
// f3 潮南区 (汕头): an item-level 评分细则 sheet — 指标｜细项｜分值｜完成情况｜细项得分, the indicator merged down over its items and a 小计
//    row (claimed = 小计), facts inside 完成情况 text, the header repeated mid-sheet at a print page break (续表).
// l1 金平区 (汕头): ① the government-site column scraped by a crawler (标题｜标题链接｜发布时间“发布时间：2021-03-05”｜采集时间｜页码, newest
//    first); ② the bureau's 公文发文登记簿 as report log — only the rows 主送 汕头市商务局 are reports; ③ a 剪报 index (见报日期｜媒体｜
//    版次｜级别｜形式); ④ a 说明 page.
// l2 高要区 (肇庆): ① the 民政 统计用区划代码 list (12-digit code｜名称“××村民委员会／××社区居民委员会”｜城乡分类代码); ② a separate 省定贫困村
//    list (帮扶单位, 出列时间); ③ stations with two-digit-year dates (“20.11.3”, “21/4/15”); ④ park firms with a 租期 range next to
//    入驻日期 and 退园日期 (the lease end is not an exit); ⑤ a hidden 下拉选项 sheet.
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
let seed = 237237;
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
    assert(/^b237-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b237-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b237-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 清远市连山壮族瑶族自治县: 基础数据（项目｜单位｜数值）＋官方自评表＋主观分＋台账（培训分年度两表）
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const REGION = "441825";
  const TOWNS = [["吉田镇", 9, 2], ["太保镇", 7, 0], ["禾洞镇", 5, 0], ["永和镇", 8, 1], ["福堂镇", 8, 1], ["小三江镇", 6, 0], ["上帅镇", 5, 0]];
  const vn = villageNamer("大上下新良沙水石古高禾黄龙竹", "田坪洞塘坑岭湾坝寨冲山垌背江");
  const cnm = nameMaker("吉太永福新", "民安兴和宁", "社区", []);
  const villages = [];
  TOWNS.forEach(([t, nv, nc]) => {
    for (let i = 0; i < nv; i++) villages.push({ town: t, name: vn(), admin: true, poor: false, express: true });
    for (let i = 0; i < nc; i++) villages.push({ town: t, name: cnm(), admin: false });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 48 && comms.length === 4, "c1 villages");
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV).slice(0, 12);
  for (const v of poorList) v.poor = true;
  const noExpress = adminV.find((v) => !v.poor && v.town === "上帅镇");
  noExpress.express = false;

  // ---------------- 村居 (镇 merged down)
  const vRows = [padRow(["连山壮族瑶族自治县行政村（社区）名单"], 6), ["序号", "镇", "村（居）委会", "类别", "省定贫困村", "快递进村"]];
  const vM = ["A1:F1"];
  let seq = 0;
  TOWNS.forEach(([t]) => {
    const r0 = vRows.length + 1;
    for (const v of villages.filter((x) => x.town === t)) {
      seq++;
      const nm = v.admin ? (seq % 3 === 0 ? v.name.replace(/村$/, "村民委员会") : v.name + "委会") : v.name + "居委会";
      vRows.push([seq, vRows.length + 1 === r0 ? t : null, nm, v.admin ? "行政村" : "社区", v.admin && v.poor ? "★" : null, v.admin ? (v.express ? "已通" : "未通（邮路未到）") : "已通"]);
    }
    mergeCol(vM, "B", r0, vRows.length);
  });
  vRows.push(padRow(["注：“★”为省定贫困村。"], 6));
  vM.push(`A${vRows.length}:F${vRows.length}`);

  // ---------------- 站点: covered 36/48 (75%), poor 11/12
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  for (const v of poorList.slice(0, 11)) st.push({ v, opened: randIsoBetween("2020-04-01", "2021-07-31") });
  for (const v of nonPoor.slice(0, 25)) st.push({ v, opened: randIsoBetween("2020-04-01", "2021-08-25") });
  st.push({ v: nonPoor[2], opened: "2021-06-18", second: true });
  st.push({ v: comms[0], opened: "2020-11-05", comm: true });
  st.push({ v: poorList[11], opened: "2021-09-09" });
  st.push({ v: nonPoor[30], opened: "2021-09-14" });
  const covered = new Set(st.filter((s) => !s.comm && s.opened <= CUT).map((s) => s.v.name));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 36 && poorCovered === 11, "c1 cover");
  const tOrd = (t) => TOWNS.findIndex((x) => x[0] === t);
  st.sort((a, b) => tOrd(a.v.town) - tOrd(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["连山县村级电子商务服务站点清单"], 8), ["序号", "站点名称", "镇", "所在村（社区）", "建成日期", "负责人", "联系电话", "备注"]];
  st.forEach((s, i) => {
    const stem = s.v.name.replace(/村$|社区$/, "");
    const nm = s.comm ? `${stem}社区电商服务点` : `${stem}村电商服务站${s.second ? "（二站）" : ""}`;
    sRows.push([i + 1, nm, s.v.town, s.comm ? s.v.name : i % 2 ? s.v.name + "委会" : s.v.name, dateCell(s.opened, i), personName(), mask(phone()), s.opened > CUT ? "9月建成" : null]);
  });

  // ---------------- 建档立卡
  const poorPersons = [];
  for (let i = 0; i < 160; i++) {
    const male = rnd() < 0.5;
    const id = makeId(REGION, birthBetween(1958, 2002), male, i % 23 === 4 ? true : undefined);
    const r = rnd();
    const labour = r < 0.72;
    const migrant = labour && rnd() < 0.3;
    poorPersons.push({ id, name: personName(), labour, migrant, town: TOWNS[i % 7][0] });
  }
  const eligible = poorPersons.filter((p) => p.labour && !p.migrant);
  const EL = eligible.length;
  // ---------------- 培训 (sign-in rows)
  const trainedEl = shuffle(eligible).slice(0, Math.ceil(EL * 0.56));
  const lateOnly = eligible.filter((p) => !trainedEl.includes(p)).slice(0, 6);
  const migrantsTrained = poorPersons.filter((p) => p.migrant).slice(0, 5);
  const SESS = [];
  let d = "2020-05-14";
  for (let i = 0; i < 22; i++) {
    SESS.push({ date: d, topic: ["电商基础", "网店运营", "直播带货", "短视频制作", "连山大米网络营销", "农产品包装与品牌", "电商扶贫专题"][i % 7] });
    d = isoAdd(d, rint(17, 23));
  }
  assert(SESS[21].date <= "2021-08-25", "c1 sessions " + SESS[21].date);
  SESS.push({ date: "2021-09-07", topic: "电商创业孵化" });
  // trainee rows per session
  const signRows = [];
  const gen = () => ({ id: makeId(REGION, birthBetween(1965, 2003), rnd() < 0.5), name: personName(), poor: false });
  const pool = Array.from({ length: 520 }, gen);
  SESS.forEach((s, si) => {
    const n = si === 22 ? 46 : rint(34, 44);
    const rowsS = [];
    for (let k = 0; k < n; k++) rowsS.push(pool[rint(0, pool.length - 1)]);
    signRows.push({ s, people: rowsS });
  });
  // poor trainees: each eligible trained person in 1-2 sessions before the cut-off
  for (const p of trainedEl) {
    const times = rnd() < 0.25 ? 2 : 1;
    for (let t = 0; t < times; t++) signRows[rint(0, 21)].people.push({ id: p.id, name: p.name, poor: true });
  }
  for (const p of migrantsTrained) signRows[rint(0, 21)].people.push({ id: p.id, name: p.name, poor: true });
  for (const p of lateOnly) signRows[22].people.push({ id: p.id, name: p.name, poor: true });
  for (const g of signRows) g.people = shuffle(g.people);
  const ptBefore = sum(signRows.filter((g) => g.s.date <= CUT).map((g) => g.people.length));
  const ptAll = sum(signRows.map((g) => g.people.length));
  const POP = 98600;
  const idsBefore = new Set();
  signRows.filter((g) => g.s.date <= CUT).forEach((g) => g.people.forEach((x) => idsBefore.add(x.id)));
  const TR = eligible.filter((p) => idsBefore.has(p.id)).length;
  assert(TR === trainedEl.length, "c1 trained");
  assert(ratioGE(ptBefore, POP, 0.8) && !ratioGE(ptBefore, POP, 1), "c1 pt " + ptBefore);
  assert(ratioGE(TR, EL, 50) && !ratioGE(TR, EL, 70), "c1 poor rate " + TR + "/" + EL);
  // 2020 sheet: 序号｜姓名｜性别｜身份证号｜培训日期｜培训主题｜是否建档立卡贫困户
  const t20 = [padRow(["2020年电子商务培训签到汇总"], 7), ["序号", "姓名", "性别", "身份证号", "培训日期", "培训主题", "是否建档立卡贫困户"]];
  const t21 = [padRow(["2021年电子商务培训签到汇总（截至9月）"], 7), ["序号", "培训时间", "班次", "学员姓名", "身份证号码", "联系电话", "贫困户"]];
  let n20 = 0, n21 = 0, spaced = 0, lower = 0;
  signRows.forEach((g, si) => {
    const y2020 = g.s.date < "2021-01-01";
    g.people.forEach((x) => {
      const sex = Number(x.id[16]) % 2 ? "男" : "女";
      if (y2020) {
        n20++;
        t20.push([n20, x.name, sex, x.id, si % 2 ? D(g.s.date) : dotDate(g.s.date), g.s.topic, x.poor ? "是" : "否"]);
      } else {
        n21++;
        let idt = x.id;
        if (isX(idt) && lower < 3) { idt = idt.slice(0, 17) + "x"; lower++; }
        else if (n21 % 97 === 5) { idt = spacedId(idt); spaced++; }
        t21.push([n21, cnDate(g.s.date), `第${si + 1}期 ${g.s.topic}`, x.name, idt, mask(phone()), x.poor ? "√" : null]);
      }
    });
    if (y2020 && si === 5) t20.push(padRow([], 7));
  });
  assert(spaced > 0, "c1 spaced ids");
  t20.push(padRow([null, "合计", `${n20}人次`], 7));
  // 建档立卡 sheet
  const pRows = [padRow(["连山县建档立卡贫困人口名单（劳动力情况）"], 7), padRow(["数据来源：县乡村振兴局　　时点：2021年6月"], 7),
    ["序号", "镇", "姓名", "身份证号", "劳动能力", "务工状态", "备注"]];
  poorPersons.forEach((p, i) => {
    const lab = p.labour ? ["普通劳动力", "技能劳动力", "有劳动能力"][i % 3] : ["丧失劳动能力", "无劳动能力"][i % 2];
    const mig = p.migrant ? ["外出务工（县外省内）", "外出务工（省外）"][i % 2] : p.labour ? ["在家务农", "本地公益岗位", "未外出"][i % 3] : "—";
    pRows.push([i + 1, p.town, p.name, p.id, lab, mig, null]);
  });

  // ---------------- 入驻企业: 21 rows, 2 left before cut, 1 entered after → 18
  const fnm = nameMaker("连禾瑶壮福鹰", "山丰华信源达", "", []);
  const TYPES = shuffle(["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "网店", "网店", "电商运营服务商", "电商运营服务商", "代运营",
    "物流企业", "快递", "直播电商", "直播电商", "农产品加工", "销售型", "销售型", "电商运营服务商"]);
  const firms = TYPES.map((t) => ({ name: `连山${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("441825"),
    entered: randIsoBetween("2020-05-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[4].left = "2021-03-31";
  firms[11].left = "2021-07-20";
  firms[20].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && (!f.left || f.left > CUT));
  const norm = (t) => (/平台/.test(t) ? "平台型" : /销售|零售|网店/.test(t) ? "销售型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : t);
  const types = new Set(inPark.map((f) => norm(f.type)));
  assert(inPark.length === 18 && types.size >= 3, "c1 park");
  const eRows = [padRow(["连山县电子商务产业园入驻企业清单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 1), f.left ? dotDate(f.left) : null, f.entered > CUT ? "9月新入驻" : null]));

  // ---------------- 资金 (万元)
  const ALLOC = 5000000;
  const pays = [["2020-06-19", 1585000, "县电商公共服务中心建设"], ["2020-09-08", 386400, "村级站点建设（一期）"], ["2020-11-26", 152300, "电商培训（一期）"],
    ["2021-01-15", 468000, "县乡村三级物流配送体系"], ["2021-03-30", 96850, "中心运营补助"], ["2021-05-12", 312600, "村级站点建设（二期）"],
    ["2021-06-29", 227400, "品牌培育与营销推广"], ["2021-08-10", 183500, "电商培训（二期）"], ["2021-08-27", 265000, "农产品溯源体系"],
    ["2021-09-16", 310000, "中心建设尾款"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const fRows = [padRow(["连山县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["单位：万元"], 6), ["序号", "拨付日期", "项目名称", "拨付金额", "凭证号", "备注"]];
  pays.forEach((p, i) => fRows.push([i + 1, dateCell(p[0], i + 2), p[2], wan4(p[1]), `连商记-${pad3(i + 21)}`, p[0] > CUT ? "截止日后" : null]));
  fRows.push([null, "合计", null, wan4(sum(pays.map((p) => p[1]))), null, null]);

  // ---------------- 月报 (one row of month columns)
  const repDays = WINDOW.map((m) => `${m}-${String(rint(3, 10)).padStart(2, "0")}`);
  assert(inWindowMonths(repDays) === 12, "c1 rep");
  const rHead = ["报送事项"].concat(WINDOW.map((m) => cnMonth(m)));
  const rRows = [padRow(["向清远市商务局报送工作情况登记表"], 13), rHead,
    ["示范创建工作进展月报"].concat(repDays.map((x, i) => (i % 4 === 3 ? "√" : md(x)))),
    ["其中：电商扶贫统计表"].concat(repDays.map((x, i) => (i % 3 === 0 ? "√" : null)))];

  // ---------------- 专栏 (2021年2月无更新)
  const upd = monthsBetween("2020-06", "2021-08").filter((m) => m !== "2021-02").map((m) => `${m}-${String(rint(5, 27)).padStart(2, "0")}`);
  const updMonths = inWindowMonths(upd);
  assert(updMonths === 11, "c1 upd");
  const uRows = [padRow(["县政府网站“电子商务进农村综合示范”专栏更新记录"], 4), ["序号", "发布日期", "标题", "栏目"]];
  upd.forEach((x, i) => uRows.push([i + 1, dateCell(x, i + 3), `连山县电子商务进农村综合示范项目建设进度（${cnMonth(x)}）`, i % 2 ? "建设进度" : "项目公示"]));

  // ---------------- 宣传 / 经验材料
  const mRows = [padRow(["宣传报道登记"], 6), ["序号", "日期", "媒体", "级别", "形式", "标题"],
    [1, "2020.12.22", "清远日报", "市级", "报纸", "连山：村村有电商站　山货出山有门路"],
    [2, "2021.3.16", "清远广播电视台", "市级", "电视", "【电商扶贫典型案例】瑶山大米触网带贫增收"],
    [3, "2021.6.2", "连山县融媒体中心", "县级", "网络", "我县举办第十八期电商培训班"],
    [4, "2021.9.12", "南方日报", "省级", "报纸", "连山电商进农村示范创建迎考评"]];
  const matRows = [padRow(["经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年9月10日", "连山县“电商＋瑶寨＋贫困户”带贫模式经验材料", "清远市商务局"]];

  // ---------------- 基础数据
  const centerOpened = "2020-12-18";
  const R19 = 342000000, R20 = 455000000, A19 = 186000000, A20 = 231000000;
  assert((R20 - R19) * 100 >= 30 * R19 && (A20 - A19) * 100 < 30 * A19, "c1 growth");
  const B = [
    ["一、基本情况", null, null, null, null],
    ["常住人口", "万人", 9.86, "县统计局", "第七次全国人口普查"],
    ["行政村数", "个", adminV.length, "县民政局", `另有社区${comms.length}个`],
    ["省定贫困村数", "个", poorList.length, "县乡村振兴局", null],
    ["二、组织领导", null, null, null, null],
    ["领导小组组长", "职务", "县长", "县政府办", null],
    ["成员单位", "—", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司", "县政府办", null],
    ["示范创建工作方案正式印发", "是/否", "√", "县商务局", "连府办〔2020〕18号"],
    ["支持农村电商发展政策出台", "是/否", "√", "县商务局", null],
    ["三、服务体系", null, null, null, null],
    ["县级公共服务中心投入运营日期", "日期", dotDate(centerOpened), "县商务局", null],
    ["有免费培训场所、设备，能组织基础培训", "是/否", "√", "县电商中心", null],
    ["为特色农产品提供免费展示、销售", "是/否", "√", "县电商中心", null],
    ["提供免费摄影、美工服务", "是/否", "×", "县电商中心", "有偿"],
    ["组织农产品统一推广、品牌建设", "是/否", "√", "县电商中心", null],
    ["其他衍生增值服务", "是/否", "√", "县电商中心", "金融对接"],
    ["建设或整合电商产业园", "是/否", "√", "县商务局", null],
    ["专业第三方电子商务运营或服务商", "是/否", "√", "县商务局", null],
    ["行政村物流快递覆盖率100%", "是/否", "√", "县邮政管理", null],
    ["四、网络零售", null, null, null, null],
    ["2019年农村网络零售额", "亿元", 3.42, "省商务厅", null],
    ["2020年农村网络零售额", "亿元", 4.55, "省商务厅", null],
    ["2019年农产品网络零售额", "亿元", 1.86, "省商务厅", null],
    ["2020年农产品网络零售额", "亿元", 2.31, "省商务厅", null],
    ["五、信息公开及报送", null, null, null, null],
    ["专栏公示创建方案", "是/否", "√", "县商务局", null],
    ["专栏公示项目基本信息", "是/否", "√", "县商务局", null],
    ["专栏公示项目建设进度", "是/否", "√", "县商务局", null],
    ["征求意见或监督举报窗口", "是/否", "×", "县商务局", "拟于10月增设"],
    ["能统计电商扶贫情况", "是/否", "√", "县商务局", null],
    ["六、资金", null, null, null, null],
    ["下达资金总额", "万元", 500, "县财政局", null],
    ["资金管理制度", "是/否", "√", "县财政局", null],
    ["资金专用台账", "是/否", "√", "县财政局", null],
    ["项目总体进度", "%", 90, "县商务局", null],
    ["七、否决事项", null, null, null, null],
    ["发生安全生产、质量事故或重大损失", "是/否", "×", "县商务局", null],
    ["弄虚作假", "是/否", "×", "县商务局", null],
  ];
  const bRows = [padRow(["连山壮族瑶族自治县电子商务进农村综合示范考评基础数据"], 5), padRow(["填报单位：连山县商务局　　考评截止日期：2021年8月31日"], 5),
    ["项目", "单位", "数值", "数据来源单位", "备注"]];
  const bM = ["A1:E1", "A2:E2"];
  for (const b of B) {
    bRows.push(b.slice());
    if (b[1] === null) bM.push(`A${bRows.length}:E${bRows.length}`);
  }

  // ---------------- points
  const c = { built: 2, six: centerOpened <= "2021-02-28" ? 2 : 0, train: 2, display: 1, photo: 0, brand: 1, other: 1, park: 2, twenty: inPark.length >= 20 ? 2 : 0, types: types.size >= 3 ? 1 : 0 };
  const centerPts = sum(Object.values(c));
  const vb = Math.min(adminV.length, 200);
  const cov1 = ratioGE(covered.size, vb, 70) ? 5 : ratioGE(covered.size, vb, 50) ? 2 : 0;
  const cov2 = poorCovered === poorList.length ? 5 : ratioGE(poorCovered, poorList.length, 80) ? 3 : 0;
  const J = { "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
    "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4 };
  const expressPts = adminV.every((v) => v.express) ? 1 : 0;
  const upPts = J["work.upward.research"] + J["work.upward.promotion"] + 1 + expressPts + J["work.upward.standards"] + 2;
  const ptPts = ratioGE(ptBefore, POP, 1) ? 10 : ratioGE(ptBefore, POP, 0.8) ? 8 : ratioGE(ptBefore, POP, 0.6) ? 6 : 0;
  const poorPts = ratioGE(TR, EL, 50) ? 10 : ratioGE(TR, EL, 40) ? 8 : ratioGE(TR, EL, 30) ? 6 : 0;
  const pts = {
    "org.leadership": 2, "org.plan": J["org.plan"], "org.policy": J["org.policy"], "org.management": J["org.management.system"] + J["org.management.ledger"],
    "work.center": centerPts, "work.coverage": cov1 + cov2, "work.upward": upPts, "work.training": ptPts + poorPts,
    "info.disclosure": 0 + (updMonths === 12 ? 2 : updMonths > 0 ? 1 : 0), "info.reporting": 3 + 3, "promo.cases": 0, "promo.media": 3 + 1,
    "fund.system": J["fund.system"], "fund.ledger": J["fund.ledger"], "fund.spending": ratioGE(spent, ALLOC, 70) ? J["fund.spending"] : -5,
    "bonus.poorTraining": ratioGE(TR, EL, 70) ? 2 : 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(centerPts === 12 && cov1 === 5 && cov2 === 3 && upPts === 7 && ptPts === 8 && poorPts === 10, "c1 pts");
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);

  // ---------------- 自评表 (official table, 自评得分 “N分”)
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": 12, "work.coverage": 8, "work.upward": 8,
    "work.training": 20, "info.disclosure": 3, "info.reporting": 6, "promo.cases": 2, "promo.media": 7, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1 };
  const aRows = [padRow(["2019年省级电子商务进农村综合示范创建考评指标体系（连山县自评）"], 6), ["工作任务", "评价指标名称", "权重（%）", "评分标准", "自评得分", "自评说明"]];
  const aM = ["A1:F1"];
  const G = [
    ["加强组织领导与统筹协调（10分）", [["组织领导", 2, "org.leadership", "主要领导牵头且商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", "县长任组长"],
      ["方案制定", 2, "org.plan", "工作方案因地制宜，可操作性较强（1-2分）", "见主观分表"], ["政策支持", 2, "org.policy", "出台相关政策，且得到较好落实（1-2分）", "见主观分表"],
      ["项目管理", 4, "org.management", "项目管理制度（1-2分）；工作台账（1-2分）", "见主观分表"]]],
    ["深入推动电子商务进农村工作（55分）", [["服务体系建设（县级中心与产业园）", 15, "work.center", "建成中心（2分）……入驻企业三种以上类型（1分）", "摄影美工为有偿服务；入驻企业18家"],
      ["服务体系建设（村级站点）", 10, "work.coverage", "行政村覆盖率70%及以上（5分）……贫困村覆盖率100%（5分）", "1个贫困村站点9月建成"],
      ["农村产品上行", 10, "work.upward", "调研（1-2分）、促销（1-2分）、第三方（1分）、快递（1分）、标准冷链溯源（1-2分）、增速（2分）", "农村网零增长33.0%"],
      ["电商人才培训", 20, "work.training", "培训人次达常住人口1%及以上（10分）……贫困人口培训率50%及以上（10分）", "见培训签到"]]],
    ["加强信息公开及报送（10分）", [["信息公开", 4, "info.disclosure", "设立专栏且内容全面（2分）；按月更新（2分）", "监督窗口拟增设"], ["数据上报", 6, "info.reporting", "每月报送（3分）；统计电商扶贫（3分）", null]]],
    ["加强宣传推广（10分）", [["案例总结", 2, "promo.cases", "向市商务局报送经验材料（2分）", null], ["经验推广", 8, "promo.media", "省级及以上（4分）；市级（3分）；县级（1分）", null]]],
    ["加强财政资金管理（15分）", [["制度建立", 5, "fund.system", "（1-5分）", null], ["资金台账", 5, "fund.ledger", "（1-5分）", null], ["资金支出", 5, "fund.spending", "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", null]]],
    ["加分项（4分）", [["贫困人口培训率70%及以上", 2, "bonus.poorTraining", "（2分）", null], ["电商扶贫典型案例获电视播报", 2, "bonus.tvCase", "国家级（2分），省级（1分）", "清远台播报"]]],
  ];
  for (const [task, inds] of G) {
    const r0 = aRows.length + 1;
    inds.forEach(([nm, w, id, std, note], k) => aRows.push([k === 0 ? task : null, nm, w, std, `${claimed[id]}分`, note]));
    mergeCol(aM, "A", r0, aRows.length);
  }
  aRows.push(["一票否决项", "安全生产、质量事故；总体进度不足40%；弄虚作假", null, null, "无", null]);
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  aRows.push(["合计", null, 100, null, `${sumClaim + claimed["bonus.tvCase"]}分`, "含加分1分"]);
  aM.push(`A${aRows.length}:B${aRows.length}`);

  const jRows = [padRow(["主观评分项自评"], 4), ["评分项", "分值范围", "自评分", "依据"],
    ["方案制定", "1-2", J["org.plan"], "方案经县政府常务会审定印发"], ["政策支持", "1-2", J["org.policy"], "扶持办法部分兑现"],
    ["项目管理制度", "1-2", J["org.management.system"], "制度健全"], ["工作台账", "1-2", J["org.management.ledger"], "部分站点资料不全"],
    ["网销调研", "1-2", J["work.upward.research"], "形成调研报告"], ["网络促销", "1-2", J["work.upward.promotion"], "年货节"],
    ["交易标准与冷链溯源", "1-2", J["work.upward.standards"], "溯源系统上线"], ["资金管理制度", "1-5", J["fund.system"], "管理办法"],
    ["资金专用台账", "1-5", J["fund.ledger"], "承建方台账"], ["资金及时拨付", "1-5", J["fund.spending"], "按进度拨付"]];

  const cover = [["连山壮族瑶族自治县电子商务进农村综合示范考评资料"], [null], ["目录"], ["1．基础数据"], ["2．自评表"], ["3．主观分"], ["4．村居"], ["5．站点"],
    ["6．培训签到（2020年、2021年）"], ["7．建档立卡"], ["8．入驻企业"], ["9．资金"], ["10．月报"], ["11．专栏"], ["12．宣传"], ["13．经验材料"], [null], ["连山壮族瑶族自治县商务局　2021年9月"]];

  const derivation = [
    "org.leadership: 《基础数据》领导小组组长“县长”（主要领导），成员单位有县商务、财政、农业农村、乡村振兴 → 2",
    `org.plan: 方案已印发（√），主观分“方案制定”${J["org.plan"]} → ${J["org.plan"]}`,
    `org.policy: 政策已出台（√），主观分${J["org.policy"]} → ${J["org.policy"]}`,
    `org.management: 项目管理制度${J["org.management.system"]}＋工作台账${J["org.management.ledger"]} → ${pts["org.management"]}`,
    `work.center: 中心${centerOpened}投入运营 → 2；不晚于2021-02-28 → 2；免费培训2、展示销售1；摄影美工“×” → 0；品牌推广1、其他增值服务1；产业园2；《入驻企业》21行：${dotDate(firms[4].left)}、${dotDate(firms[11].left)}两家已退出，1家2021-09-01入驻 → 在园${inPark.length}家 < 20 → 0；类型（平台、销售/网店、运营/代运营、物流/快递等）≥ 3 → 1；合计${centerPts}`,
    `work.coverage: 《村居》行政村${adminV.length}个（社区${comms.length}个不算）；《站点》截止日前有站行政村${covered.size}个（同村二站算一次，社区服务点不算，9月建成2站不算） → ${covered.size}/${adminV.length} = ${pct1(covered.size, adminV.length)} ≥ 70% → 5；★贫困村${poorList.length}个，${poorCovered}个有站（${poorList[11].name}站点2021-09-09建成） → ${pct1(poorCovered, poorList.length)}，80%—100% → 3；合计${cov1 + cov2}`,
    `work.upward: 调研${J["work.upward.research"]}＋促销${J["work.upward.promotion"]}＋第三方1＋快递：《村居》${noExpress.name}“未通” → 0（基础数据写√，以名单为准）＋标准溯源${J["work.upward.standards"]}＋农村网零3.42→4.55亿元增33.0% ≥ 30% → 2（农产品1.86→2.31亿元增24.2%）；合计${upPts}`,
    `work.training: 常住人口9.86万=98,600；两张签到表截止日前签到${fmtInt(ptBefore)}行（2021-09-07一期${signRows[22].people.length}行不算） → ${pct2(ptBefore, POP)}，0.8%—1% → 8；《建档立卡》有劳动能力（普通/技能/有劳动能力）且未外出务工${EL}人，按身份证号（小写x、空格归一）在截止日前签到的${TR}人 → ${pct1(TR, EL)} ≥ 50% → 10；合计18`,
    `info.disclosure: 征求意见或监督举报窗口“×” → 内容不全 0；《专栏》2020-09—2021-08中2021年2月无更新（${updMonths}个月） → 不定时 1；合计${pts["info.disclosure"]}`,
    "info.reporting: 《月报》2020年9月—2021年8月每月都有报送 → 3；能统计电商扶贫“√”并有扶贫统计表 → 3；合计6",
    "promo.cases: 《经验材料》唯一一份2021年9月10日报送，在截止日后 → 0",
    "promo.media: 截止日前清远日报、清远广播电视台（市级） → 3；县融媒体中心（县级） → 1；南方日报2021.9.12在截止日后 → 0；合计4",
    `fund.system: 主观分${J["fund.system"]} → ${J["fund.system"]}`,
    `fund.ledger: 主观分${J["fund.ledger"]} → ${J["fund.ledger"]}`,
    `fund.spending: 《资金》（万元）截止日前9笔合计${fmtMoney(spent)}元 / 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评${J["fund.spending"]} → ${pts["fund.spending"]}`,
    `bonus.poorTraining: ${TR}/${EL} = ${pct1(TR, EL)} < 70% → 0`,
    "bonus.tvCase: 电商扶贫典型案例只在清远广播电视台（市级）播报，非国家级、省级 → 0",
    "veto.incident: “×” → 不否决",
    "veto.progress: 项目总体进度90% ≥ 40% → 不否决",
    "veto.fraud: “×” → 不否决",
  ];
  return {
    description:
      `清远连山壮族瑶族自治县商务局整本考评工作簿（15个表：目录、基础数据、自评表、主观分和11个台账），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋1）：《基础数据》是“项目｜单位｜数值｜数据来源单位｜备注”，是否项单位写“是/否”、数值√/×，金额亿元/万元；《自评表》是官方指标表，工作任务纵向合并，自评得分写“2分”文本；主观分另表；台账里培训签到按年度分两张表、列的顺序不同（2021年表身份证有小写x和带空格的），《建档立卡》用“普通劳动力/丧失劳动能力”“外出务工（省外）/在家务农”等词，村居有一村快递“未通”（推翻基础数据的√），资金台账单位万元，月报是一行按月分列，唯一的经验材料在截止日后报送。`,
    sheets: [
      { name: "目录", rows: cover },
      { name: "基础数据", rows: bRows, merges: bM },
      { name: "自评表", rows: aRows, merges: aM },
      { name: "主观分", rows: jRows, merges: ["A1:D1"] },
      { name: "村居", rows: vRows, merges: vM },
      { name: "站点", rows: sRows, merges: ["A1:H1"] },
      { name: "培训签到（2020年）", rows: t20, merges: ["A1:G1"] },
      { name: "培训签到（2021年）", rows: t21, merges: ["A1:G1"] },
      { name: "建档立卡", rows: pRows, merges: ["A1:G1", "A2:G2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报", rows: rRows, merges: ["A1:M1"] },
      { name: "专栏", rows: uRows, merges: ["A1:D1"] },
      { name: "宣传", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 广州市花都区: 对标对表（省考评标准｜我区现状｜差距｜是否达标｜下步措施）
// =====================================================================================================
function buildF1() {
  const W = 7;
  const rows = [padRow(["花都区电子商务进农村综合示范创建对标对表"], W),
    padRow(["填报单位：广州市花都区商务局　　　　数据截至：2021年8月31日"], W),
    ["序号", "考评内容", "省考评标准（目标）", "我区现状", "差距", "是否达标", "下步措施"]];
  const M = ["A1:G1", "A2:G2"];
  const sec = (t) => { rows.push(padRow([t], W)); M.push(`A${rows.length}:G${rows.length}`); };
  let n = 0;
  const r = (a, b, c, d, e, f) => { n++; rows.push([n, a, b, c, d, e, f]); };
  sec("一、组织保障");
  r("组织领导", "县（市、区）政府主要领导牵头，商务、财政、农业、扶贫等部门参与", "区政府副区长（分管）任领导小组组长，区商务局、区财政局、区农业农村局、区乡村振兴局为成员单位",
    "组长非主要领导", "否", "拟提请调整为区长任组长");
  r("方案制定", "正式印发示范创建工作方案", "已印发（花府办函〔2020〕36号）", "—", "是", "—");
  r("政策支持", "在资金、土地、人才等方面出台支持政策", "已出台《花都区促进农村电子商务发展扶持办法》", "—", "是", "加快兑现");
  sec("二、服务体系");
  r("常住人口（培训基数）", "常住人口超过50万的按50万计", "164.24万人", "—", "—", "—");
  r("公共服务中心", "建成并正常运行6个月以上（2021年2月28日前投入运营）", "2020年11月16日投入运营", "—", "是", "—");
  r("中心服务功能", "免费培训场所设备；免费展示销售；免费摄影美工；品牌推广；其他增值服务",
    "已具备免费培训场所和设备、农产品免费展示销售、统一推广和品牌指导、金融法律等其他增值服务；摄影美工由入驻企业有偿提供", "缺免费摄影美工", "否", "9月底前开设免费摄影室");
  r("电商产业园", "建设或整合产业园，入驻企业20家及以上、至少三种类型", "整合花都电商产业园，入驻企业26家，含平台、销售、运营、物流四类", "+6家", "是", "—");
  r("村级站点覆盖", "行政村覆盖率70%以上，省定贫困村全覆盖", "全区行政村188个，已建站点覆盖141个（75.0%）；我区无省定贫困村", "+5.0个百分点", "是", "—");
  sec("三、农村产品上行");
  r("第三方运营服务", "有专业第三方电子商务运营或服务商", "有（广州花城优品电子商务有限公司）", "—", "是", "—");
  r("物流快递", "行政村物流快递覆盖率100%", "100%", "—", "是", "—");
  r("网络零售增速", "2020年农村网络零售额或农产品网络零售额同比增速≥30%",
    "2020年农村网络零售额18.64亿元，同比增长21.3%；农产品网络零售额3.12亿元，同比增长35.7%", "农产品+5.7个百分点", "是", "—");
  sec("四、人才培训");
  r("培训人次", "达常住人口1%以上（基数50万，即5,000人次）", "累计培训5,386人次", "+386人次", "是", "继续开展直播电商培训");
  r("贫困人口培训", "有劳动能力的建档立卡贫困人口培训率50%以上", "我区无建档立卡贫困人口（实行相对贫困人口帮扶），不适用", "—", "—", "—");
  sec("五、信息公开及报送");
  r("公开专栏", "专栏公示创建方案、项目基本信息、建设进度，设征求意见或监督举报窗口", "已在区政府网站设专栏，公示创建方案、项目基本信息、建设进度，设监督举报邮箱", "—", "是", "—");
  r("专栏更新", "近一年按月更新", "2021年3月、4月未更新", "缺2个月", "否", "专人每月更新");
  r("数据上报", "每月向市商务局报送；统计电商扶贫情况", "每月报送；未统计电商扶贫情况（无建档立卡对象）", "—", "部分", "—");
  sec("六、资金管理");
  r("资金支出", "资金支出率70%以上", "下达省级资金500万元，已拨付398.5万元，支出率79.7%", "+9.7个百分点", "是", "—");
  r("制度与台账", "制定资金管理制度，承建方建立资金专用台账", "已制定《花都区电子商务进农村专项资金管理办法》；承建单位均建立资金专用台账", "—", "是", "—");
  sec("七、否决事项");
  r("项目总体进度", "总体进度不低于40%", "92%", "—", "是", "—");
  r("安全生产、质量事故", "不得发生", "未发生", "—", "是", "—");
  r("弄虚作假", "不得存在", "无", "—", "是", "—");
  rows.push(padRow([], W));
  rows.push(padRow(["附：主观评分项自评"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  rows.push(["序号", "评分项", "分值", "自评分", null, null, null]);
  const JJ = [["方案制定", "1-2分", 2], ["政策支持", "1-2分", 1], ["项目管理制度", "1-2分", 2], ["工作台账", "1-2分", 2], ["网销调研及建议", "1-2分", 1],
    ["网络促销活动", "1-2分", 2], ["交易标准、冷链溯源", "1-2分", 1], ["资金管理制度", "1-5分", 4], ["资金专用台账", "1-5分", 4], ["资金及时拨付", "1-5分", 5]];
  JJ.forEach((j, i) => rows.push([i + 1, j[0], j[1], j[2], null, null, null]));
  rows.push(padRow(["填表：电商科　　审核：何××　　2021年9月8日"], W));
  M.push(`A${rows.length}:G${rows.length}`);
  for (const x of rows) assert(x.length === W, "f1 width");
  return {
    description:
      "广州花都区商务局电商科的《对标对表》：序号｜考评内容｜省考评标准（目标）｜我区现状｜差距｜是否达标｜下步措施，按一至七节分组；事实只在“我区现状”一列（数字带单位、几项并在一格），“省考评标准”列满是目标数和日期（5,000人次、2021年2月28日前、70%），“下步措施”是打算（“拟提请调整为区长任组长”不是现状），副区长任组长；表下另附“主观评分项自评”小表。",
    sheets: [{ name: "对标对表", rows, merges: M }],
    expect: {
      facts: {
        county: "花都区", asOf: "2021-08-31", residentPopulation: 1642400, adminVillagesStated: 188, poorVillagesStated: 0, planIssued: true, policyIssued: true,
        centerOpened: "2020-11-16", centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2020: 1864000000, ruralRetailGrowthStated: 0.213, agriRetail2020: 312000000,
        agriRetailGrowthStated: 0.357, trainingPersonTimesStated: 5386, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: false, fundAllocated: 5000000, fundSpentStated: 3985000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.92, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 1, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 5,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 韶关市仁化县: Word《基本情况表》粘贴（栏目｜内容，一格多行多项）
// =====================================================================================================
function buildF2() {
  const W = 6;
  const rows = [padRow(["仁化县电子商务进农村综合示范创建基本情况表"], W), padRow(["（数据截至2021年8月31日）"], W), padRow([], W), ["栏目", "内容", null, null, null, null]];
  const M = ["A1:F1", "A2:F2", "B4:F4"];
  const blk = (title, lines) => {
    rows.push([title, lines.join("\n"), null, null, null, null]);
    M.push(`B${rows.length}:F${rows.length}`);
  };
  blk("一、县情概况", ["1．常住人口：" + fwText("19.69") + "万人（第七次全国人口普查）", "2．行政村：112个；社区居委会：11个", "3．省定贫困村：17个"]);
  blk("二、组织领导", ["1．领导小组组长：县委副书记、县长", "2．成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司",
    "3．工作方案：已于2020年6月正式印发（仁府办〔2020〕22号）", "4．扶持政策：已出台《仁化县农村电子商务扶持办法》"]);
  blk("三、公共服务中心", ["1．投入运营时间：2021年3月", "2．免费培训场所和设备：有", "3．特色农产品免费展示、销售：有", "4．免费摄影、美工：有",
    "5．农产品统一推广、品牌建设指导：有", "6．其他衍生增值服务：无"]);
  blk("四、产业园及农产品上行", ["1．电商产业园：已建成（整合丹霞电商产业园）", "2．专业第三方运营服务商：有", "3．行政村物流快递覆盖率：100%",
    "4．2019年农村网络零售额：5.12亿元", "5．2020年农村网络零售额：6.03亿元（同比增长17.8%）"]);
  blk("五、人才培训", ["1．累计培训：" + fwText("2,317") + "人次", "2．有劳动能力的建档立卡贫困人口（不含外出务工）：1,046人", "3．其中参加培训：468人"]);
  blk("六、信息公开和数据报送", ["1．政府网站专栏：已公示创建方案、项目基本信息、建设进度", "2．监督举报窗口：已设（监督电话0751-63××××××）", "3．每月向市商务局报送：是",
    "4．电商扶贫统计：已开展"]);
  blk("七、资金管理", ["1．下达省级资金：500万元", "2．累计拨付：3,612,480.00元", "3．资金管理制度：已制定", "4．资金专用台账：已建立"]);
  blk("八、其他", ["1．项目总体进度：88%", "2．安全生产、质量事故或重大损失：无", "3．弄虚作假：无"]);
  rows.push(padRow([], W));
  rows.push(padRow(["主观评分项自评"], W));
  M.push(`A${rows.length}:F${rows.length}`);
  rows.push(["项目", "自评", null, null, null, null]);
  M.push(`B${rows.length}:F${rows.length}`);
  const j = (t, lines) => { rows.push([t, lines.join("\n"), null, null, null, null]); M.push(`B${rows.length}:F${rows.length}`); };
  j("组织领导类", ["方案制定：2分", "政策支持：1分", "项目管理制度：2分", "工作台账：2分"]);
  j("农村产品上行类", ["网销调研：2分", "网络促销活动：1分", "交易标准与冷链溯源：1分"]);
  j("资金管理类", ["资金管理制度：5分", "资金专用台账：4分", "资金及时拨付：4分"]);
  rows.push(padRow([], W));
  rows.push([null, null, null, null, "仁化县商务局", null]);
  M.push(`E${rows.length}:F${rows.length}`);
  rows.push([null, null, null, null, "2021年9月7日", null]);
  M.push(`E${rows.length}:F${rows.length}`);
  for (const x of rows) assert(x.length === W, "f2 width");
  assert(Math.abs((6.03 - 5.12) / 5.12 - 0.178) < 0.0005, "f2 growth");
  return {
    description:
      "韶关仁化县商务局把Word版《基本情况表》整表粘进Excel：两列“栏目｜内容”（内容B:F合并），每个内容格是多行编号清单（“1．常住人口：１９．６９万人（第七次全国人口普查）\\n2．行政村：112个；社区居委会：11个…”），一格多项、部分全角数字，中心投入运营只写到月（2021年3月），累计拨付写元；主观分在下面另一张同样一格多行的表里（“方案制定：2分\\n政策支持：1分…”），末尾落款。",
    sheets: [{ name: "基本情况表", rows, merges: M }],
    expect: {
      facts: {
        county: "仁化县", asOf: "2021-08-31", residentPopulation: 196900, adminVillagesStated: 112, poorVillagesStated: 17, planIssued: true, policyIssued: true,
        centerOpened: "2021-03", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 512000000, ruralRetail2020: 603000000, ruralRetailGrowthStated: 0.178,
        trainingPersonTimesStated: 2317, eligiblePoorPersonsStated: 1046, trainedPoorPersonsStated: 468, disclosurePlan: true, disclosureProjects: true,
        disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3612480,
        fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 汕头市潮南区: 评分细则表（指标｜细项｜分值｜完成情况｜细项得分，小计行＝claimed，续表表头）
// =====================================================================================================
function buildF3() {
  const W = 5;
  const HEAD = ["评价指标", "细项", "分值", "完成情况", "细项得分"];
  const rows = [padRow(["潮南区电子商务进农村综合示范创建考评评分细则自评表"], W), padRow(["汕头市潮南区商务局　　考评截止日期：2021年8月31日"], W), HEAD.slice()];
  const M = ["A1:E1", "A2:E2"];
  const claimed = {};
  let printed = 0;
  const ind = (label, id, items) => {
    if (printed === 6) {
      rows.push(padRow([], W));
      rows.push(padRow(["（续表）"], W));
      M.push(`A${rows.length}:E${rows.length}`);
      rows.push(HEAD.slice());
    }
    printed++;
    const r0 = rows.length + 1;
    items.forEach((it, k) => rows.push([k === 0 ? label : null, it[0], it[1], it[2], `${it[3]}分`]));
    const tot = sum(items.map((it) => it[3]));
    rows.push([null, "小计", sum(items.map((it) => it[1])), null, tot]);
    M.push(`A${r0}:A${rows.length}`);
    claimed[id] = tot;
  };
  ind("组织领导", "org.leadership", [["主要领导牵头、多部门参与", 2, "区长任领导小组组长，区商务、财政、农业农村、乡村振兴等部门参与", 2]]);
  ind("方案制定", "org.plan", [["方案因地制宜、可操作", 2, "2020年5月正式印发《潮南区电子商务进农村综合示范创建实施方案》", 2]]);
  ind("政策支持", "org.policy", [["出台政策并较好落实", 2, "已出台电商扶持政策，落实较好", 2]]);
  ind("项目管理", "org.management", [["项目管理制度", 2, "已制定项目管理办法，验收严格", 2], ["工作台账", 2, "台账基本完整，个别站点资料缺失", 1]]);
  ind("服务体系建设（县级中心与产业园）", "work.center", [
    ["建成县级公共服务中心", 2, "2020年10月28日投入运营", 2], ["运行6个月以上", 2, "截至8月31日已运行10个月", 2],
    ["免费培训场所、设备", 2, "有", 2], ["特色农产品免费展示、销售", 1, "有", 1], ["免费摄影、美工", 1, "有", 1], ["统一推广、品牌建设", 1, "有", 1],
    ["其他衍生增值服务", 1, "未开展", 0], ["建设或整合产业园", 2, "已整合潮南电商产业园", 2], ["入驻企业20家以上", 2, "入驻24家", 2],
    ["入驻企业三种以上类型", 1, "平台型、销售型、运营商、物流四类", 1]]);
  ind("服务体系建设（村级站点）", "work.coverage", [["行政村覆盖率", 5, "行政村178个，有站点139个，覆盖率78.1%", 5], ["省定贫困村覆盖率", 5, "省定贫困村9个，全部覆盖", 5]]);
  ind("农村产品上行", "work.upward", [["网销调研及建议", 2, "形成调研报告", 2], ["网络促销活动", 2, "开展年货节、荔枝节线上促销", 2], ["专业第三方运营服务商", 1, "有", 1],
    ["行政村快递覆盖率100%", 1, "100%", 1], ["交易标准、冷链、溯源", 2, "溯源系统已上线，交易标准未出台", 1],
    ["网络零售额增速≥30%", 2, "2019年农产品网络零售额2.64亿元，2020年3.58亿元", 2]]);
  ind("电商人才培训", "work.training", [["培训人次", 10, "常住人口132.10万（按50万计）；累计培训5,208人次", 10],
    ["建档立卡贫困人口培训率", 10, "有劳动能力贫困人口（不含外出务工）2,106人，参训1,139人，培训率54.1%", 10]]);
  ind("信息公开", "info.disclosure", [["专栏设立且内容全面", 2, "公示创建方案、项目基本信息、建设进度，设征求意见窗口", 2], ["按月更新", 2, "按月更新", 2]]);
  ind("数据上报", "info.reporting", [["每月报送", 3, "每月向汕头市商务局报送", 3], ["统计电商扶贫情况", 3, "已统计", 3]]);
  ind("案例总结", "promo.cases", [["报送经验材料", 2, "2021年6月报送市商务局", 2]]);
  ind("经验推广", "promo.media", [["主流媒体报道", 8, "南方日报（省级）、汕头日报（市级）", 7]]);
  ind("制度建立", "fund.system", [["资金管理制度", 5, "已制定专项资金管理办法", 4]]);
  ind("资金台账", "fund.ledger", [["资金专用台账", 5, "承建单位建立专用台账", 4]]);
  ind("资金支出", "fund.spending", [["支出率及及时拨付", 5, "下达500万元，已支出392.6万元，支出率78.5%；按进度拨付", 4]]);
  ind("加分项：贫困人口培训率70%以上", "bonus.poorTraining", [["培训率70%以上", 2, "54.1%，未达到", 0]]);
  ind("加分项：电商扶贫典型案例电视播报", "bonus.tvCase", [["国家级2分、省级1分", 2, "广东广播电视台珠江频道播报", 1]]);
  rows.push(["一票否决项", "安全生产、质量事故", null, "未发生", null]);
  const v0 = rows.length;
  rows.push([null, "总体进度不足40%", null, "项目总体进度90%", null]);
  rows.push([null, "弄虚作假", null, "无", null]);
  M.push(`A${v0}:A${rows.length}`);
  const tot = sum(SCORED.map(([id]) => claimed[id]));
  rows.push(["合计", null, 100, null, tot]);
  rows.push(["加分合计", null, 4, null, claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]]);
  rows.push(["总分", null, null, null, tot + claimed["bonus.poorTraining"] + claimed["bonus.tvCase"]]);
  assert(tot === 93, "f3 total " + tot);
  for (const x of rows) assert(x.length === W, "f3 width");
  return {
    description:
      "汕头潮南区商务局的《评分细则自评表》：评价指标｜细项｜分值｜完成情况｜细项得分，一个评分细项一行，指标名纵向合并到它的细项和“小计”行上，小计的得分就是该指标自评分（claimed），细项得分写“2分”文本；事实写在“完成情况”里（“2020年10月28日投入运营”“行政村178个，有站点139个”“常住人口132.10万（按50万计）”），打印分页处重复了表头（“（续表）”）；一票否决三行在最后，合计、加分合计、总分三行。",
    sheets: [{ name: "评分细则自评", rows, merges: M }],
    expect: {
      facts: {
        county: "潮南区", asOf: "2021-08-31", residentPopulation: 1321000, adminVillagesStated: 178, poorVillagesStated: 9, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 264000000, agriRetail2020: 358000000, trainingPersonTimesStated: 5208,
        eligiblePoorPersonsStated: 2106, trainedPoorPersonsStated: 1139, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3926000, overallProgress: 0.9,
        fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 汕头市金平区: 专栏采集导出、公文发文登记簿、剪报索引、说明
// =====================================================================================================
function buildL1() {
  // ① 采集器导出（新的在前）
  const posts = [];
  for (const m of monthsBetween("2020-08", "2021-09")) {
    const k = m === "2020-12" || m === "2021-05" ? 2 : m === "2021-01" ? 0 : 1;
    for (let i = 0; i < k; i++) posts.push(`${m}-${String(rint(3, 27)).padStart(2, "0")}`);
  }
  posts.sort(byIso).reverse();
  const TT = ["金平区电子商务进农村综合示范项目建设进度公示", "金平区电子商务进农村综合示范项目基本信息公示", "关于征求电子商务进农村项目意见的公告",
    "金平区电商公共服务中心运营情况", "金平区农村电商培训工作动态"];
  const cRows = [["序号", "标题", "标题链接", "发布时间", "来源", "采集时间", "页码"]];
  const cRecs = [];
  posts.forEach((p, i) => {
    const url = `http://www.jinping.gov.cn/jpqzfw/dzswjnc/content/post_${1850000 + (posts.length - i) * 137 + rint(0, 99)}.html`;
    cRows.push([i + 1, `${TT[i % 5]}（${cnMonth(p)}）`, url, `发布时间：${p}`, "金平区商务局", `2021-09-20 15:${String(10 + Math.floor(i / 2)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`,
      `第${Math.floor(i / 6) + 1}页`]);
    cRecs.push({ date: p });
  });
  assert(inWindowMonths(posts.filter((p) => p <= "2021-08-31")) === 11, "l1 posts");

  // ② 发文登记簿
  const docs = [];
  let num = 3;
  for (const m of monthsBetween("2020-09", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    if (m !== "2021-02") docs.push({ date: `${m}-${String(rint(3, 9)).padStart(2, "0")}`, to: "汕头市商务局", title: `关于报送金平区电子商务进农村综合示范工作${mo === 1 ? y - 1 + "年12" : mo - 1}月份进展情况的报告`, rep: true });
    if (rnd() < 0.45) docs.push({ date: `${m}-${String(rint(12, 26)).padStart(2, "0")}`, to: ["区政府办公室", "各街道办事处", "区财政局"][rint(0, 2)],
      title: ["关于做好农村电商站点年度核查的通知", "关于申请拨付电子商务进农村专项资金的函", "关于报送电商培训计划的请示", "关于开展农产品网络促销活动的通知"][rint(0, 3)], rep: false });
  }
  docs.push({ date: "2021-03-18", to: "汕头市商务局", title: "关于报送金平区电商扶贫统计数据（2020年度）的报告", rep: true, pov: true });
  docs.sort((a, b) => cmp(a.date, b.date));
  const dRows = [padRow(["金平区商务局发文登记簿（2020年9月—2021年8月）"], 7), ["序号", "发文字号", "标题", "主送单位", "签发人", "发文日期", "密级"]];
  const dRecs = [];
  docs.forEach((d, i) => {
    num++;
    const y = d.date.slice(0, 4);
    dRows.push([i + 1, `汕金商${d.rep ? "报" : "函"}〔${y}〕${num}号`, d.title, d.to, ["林××", "陈××"][i % 2], d.date.replace(/-/g, "."), "公开"]);
    if (d.rep) dRecs.push({ date: d.date });
  });
  assert(docs.some((d) => !d.rep), "l1 non-reports");

  // ③ 剪报索引
  const CL = [["2020-10-14", "汕头日报", "A04版", "地市级", "报纸", "金平：电商服务站开进老城区周边村居", "city", false],
    ["2020-12-02", "南方日报", "SC02版（汕头观察）", "省级", "报纸", "金平区电商助农拓宽销路", "province", false],
    ["2021-01-21", "汕头广播电视台", "《汕头新闻》", "地市级", "电视", "金平农村电商培训见实效", "city", true],
    ["2021-04-09", "人民日报海外版", "第08版", "中央级", "报纸", "侨乡农产品搭上电商快车", "national", false],
    ["2021-06-17", "金平区融媒体中心", "“金平发布”", "区级", "网络", "我区举办直播带货技能大赛", "county", false],
    ["2021-09-06", "广东广播电视台", "《广东新闻联播》", "省级", "电视", "汕头金平：电商赋能乡村振兴", "province", true]];
  const kRows = [padRow(["金平区电子商务进农村宣传报道剪报索引"], 8), ["序号", "见报日期", "媒体", "版次／栏目", "级别", "形式", "标题", "剪报编号"]];
  CL.forEach((c, i) => kRows.push([i + 1, i % 2 ? cnDate(c[0]) : D(c[0]), c[1], c[2], c[3], c[4], c[5], `JP-JB-${pad3(i + 1)}`]));
  const kRecs = CL.map((c) => ({ date: c[0], level: c[6], tv: c[7] }));

  const note = [["说明"], ["1．《专栏采集》为区政府网站“电子商务进农村”专栏的网页采集结果（采集时间2021年9月20日），按发布时间倒序。"],
    ["2．《发文登记》为局办公室发文登记簿原样导出，其中主送汕头市商务局的为向市局报送的工作情况；其余为对内、对区发文。"],
    ["3．《剪报索引》按见报日期排列，原件存档于电商股。"]];
  return {
    description:
      "汕头金平区商务局的信息公开、报送、宣传台账（四个表）：①《专栏采集》是网页采集器抓取的专栏文章列表，表头在第1行，标题｜标题链接｜发布时间（“发布时间：2021-03-05”带前缀的文本）｜来源｜采集时间（2021-09-20，不是发布日；9月的一篇在截止日后）｜页码，按发布时间倒序；②《发文登记》是局办公室公文发文登记簿（发文字号｜标题｜主送单位｜签发人｜发文日期“2021.03.05”｜密级），只有主送“汕头市商务局”的报告是向市局报送，发给区政府办、各街道、区财政局的函和通知不是；③《剪报索引》见报日期｜媒体｜版次／栏目｜级别（中央级／省级／地市级／区级）｜形式｜标题｜剪报编号；④《说明》不是台账。",
    sheets: [
      { name: "说明", rows: note },
      { name: "专栏采集", rows: cRows },
      { name: "发文登记", rows: dRows, merges: ["A1:G1"] },
      { name: "剪报索引", rows: kRows, merges: ["A1:H1"] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "专栏采集": { kind: "disclosures", records: cRecs },
        "发文登记": { kind: "reports", records: dRecs },
        "剪报索引": { kind: "media", records: kRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 肇庆市高要区: 区划代码村居表、省定贫困村、站点（两位年份）、入驻企业（租期）、隐藏下拉
// =====================================================================================================
function buildL2() {
  const TOWNS = [["白土镇", "441204104", 10, 1], ["回龙镇", "441204106", 8, 1], ["蛟塘镇", "441204108", 9, 1], ["乐城镇", "441204111", 7, 1], ["禄步镇", "441204113", 9, 2]];
  const vn = villageNamer("大小新上下黄石沙莲塘古龙良水", "岗坑田围湾冲洞岭塱头基埇坪步");
  const cn = nameMaker("城中东西南北", "华兴安和平", "社区", []);
  const vil = [];
  TOWNS.forEach(([t, code, nv, nc]) => {
    let k = 0;
    for (let i = 0; i < nc; i++) vil.push({ town: t, name: cn(), admin: false, code: `${code}${String(++k).padStart(3, "0")}`, cls: i === 0 ? "121" : "122" });
    k = 200;
    for (let i = 0; i < nv; i++) vil.push({ town: t, name: vn(), admin: true, code: `${code}${String(++k).padStart(3, "0")}`, cls: i === 0 ? "210" : "220" });
  });
  noStemClash(vil.filter((v) => v.admin).map((v) => v.name), vil.filter((v) => !v.admin).map((v) => v.name), "l2");
  const vRows = [padRow(["统计用区划代码和城乡划分代码（高要区部分镇）"], 4), ["统计用区划代码", "名称", "城乡分类代码", "所属镇"]];
  const vRecs = [];
  for (const v of vil) {
    vRows.push([v.code, v.admin ? v.name.replace(/村$/, "村民委员会") : v.name + "居民委员会", v.cls, v.town]);
    vRecs.push(v.admin ? { name: v.name, admin: true, poor: null, express: null } : { name: v.name, admin: false, poor: null, express: null });
  }
  vRows.push(padRow([], 4));
  vRows.push(padRow(["注：城乡分类代码111主城区、112城乡结合区、121镇中心区、122镇乡结合区、210乡中心区、220村庄。"], 4));

  // ② 省定贫困村
  const poor = shuffle(vil.filter((v) => v.admin)).slice(0, 6);
  const pRows = [padRow(["高要区省定贫困村名单（白土、回龙、蛟塘、乐城、禄步）"], 5), ["序号", "镇", "村名", "帮扶单位", "出列时间"]];
  poor.forEach((v, i) => pRows.push([i + 1, v.town, v.name, ["肇庆市财政局", "高要区人民医院", "广东电网肇庆供电局", "肇庆学院", "高要区税务局", "肇庆市农业农村局"][i], ["2019年12月", "2020年12月"][i % 2]]));
  const pRecs = poor.map((v) => ({ name: v.name }));

  // ③ 站点 (two-digit years)
  const adm = vil.filter((v) => v.admin);
  const picks = shuffle(adm).slice(0, 20);
  const sRows = [padRow(["高要区村级电子商务服务站点台账"], 7), ["序号", "站点名称", "所在镇", "所在村", "挂牌时间", "负责人", "服务内容"]];
  const sRecs = [];
  picks.forEach((v, i) => {
    const op = i === 7 ? "2021-09-03" : randIsoBetween("2020-06-01", "2021-08-28");
    const txt = i % 3 === 0 ? twoDot(op) : i % 3 === 1 ? twoSlash(op) : `${twoDash(op)}`;
    sRows.push([i + 1, `${v.name.replace(/村$/, "")}村电商服务站`, v.town, i % 2 ? v.name.replace(/村$/, "村委会") : v.name, txt, personName(), "代购代销、快递收发、缴费"]);
    sRecs.push({ village: v.name, opened: op });
  });

  // ④ 入驻企业（租期）
  const fn = nameMaker("高端砚西江要星", "丰华信达源美汇", "", []);
  const TY = ["平台型", "销售型", "销售型", "电商运营商", "物流企业", "销售型", "直播机构", "销售型", "电商运营商", "平台型", "销售型", "物流企业", "销售型", "农产品加工"];
  const eRows = [padRow(["高要区电商产业园入驻企业登记表"], 8), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "租期", "退园日期", "备注"]];
  const eRecs = [];
  TY.forEach((t, i) => {
    const ent = randIsoBetween("2020-04-01", "2021-08-15");
    const yrs = [1, 2, 3][i % 3];
    const [y, m, d] = ymd(ent);
    const leaseEnd = isoAdd(`${y + yrs}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`, -1);
    const left = i === 3 ? isoAdd(ent, 150) : i === 9 ? "2021-08-31" : null;
    const nm = `肇庆市高要区${fn()}${/物流/.test(t) ? "物流" : "电子商务"}有限公司`;
    eRows.push([i + 1, nm, creditCode("441204"), t, dateCell(ent, i), `${dotDate(ent)}—${dotDate(leaseEnd)}`, left ? cnDate(left) : "—", left ? "提前退租" : null]);
    eRecs.push({ name: nm, type: t, entered: ent, left });
  });
  const hid = [["镇"], ...TOWNS.map((t) => [t[0]]), [null], ["企业类型"], ["平台型"], ["销售型"], ["电商运营商"], ["物流企业"], ["其他"]];
  return {
    description:
      "肇庆高要区商务局台账（五个表）：①《村居代码》借用民政/统计的“统计用区划代码和城乡划分代码”表（12位代码文本｜名称“××村民委员会／××社区居民委员会”｜城乡分类代码220/210/121/122｜所属镇），是不是行政村看名称而不是代码，表里没有贫困村和快递列；②《省定贫困村》另表（村名写“××村”，帮扶单位、出列时间“2020年12月”不是日期字段）；③《站点》挂牌时间是两位年份“20.11.3”“21/4/15”“21-03-09”，一站9月挂牌；④《入驻企业》入驻日期｜租期“2020.6.1—2023.5.31”｜退园日期（“—”为未退），租期结束不是退园；⑤隐藏的《下拉选项》不是台账。",
    sheets: [
      { name: "村居代码", rows: vRows, merges: ["A1:D1", `A${vRows.length}:D${vRows.length}`] },
      { name: "省定贫困村", rows: pRows, merges: ["A1:E1"] },
      { name: "站点", rows: sRows, merges: ["A1:G1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1"] },
      { name: "下拉选项", rows: hid, hidden: true },
    ],
    expect: {
      sheets: {
        "村居代码": { kind: "villages", records: vRecs },
        "省定贫困村": { kind: "poorVillages", records: pRecs },
        "站点": { kind: "stations", records: sRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "下拉选项": { kind: null },
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
write("counties", "b237-c1-lianshan.json", c1);
write("facts", "b237-f1-huadu.json", f1);
write("facts", "b237-f2-renhua.json", f2);
write("facts", "b237-f3-chaonan.json", f3);
write("ledgers", "b237-l1-jinping.json", l1);
write("ledgers", "b237-l2-gaoyao.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
