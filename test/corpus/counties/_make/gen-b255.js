// Batch 255 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b252.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (255255), no clock. Run: node test/corpus/counties/_make/gen-b255.js
// Theme: a county using a city-issued Excel template with data-validation drop-downs and (hidden) helper columns holding
// codes beside the labels, some answers left as the template's default (“请选择”, “#N/A” in the helper) (c1, f1, l1).
//
// c1 高州市 (茂名): the whole workbook is 茂名市商务局's 《示范县考评数据采集模板（2021版）》: a 填报说明 page, the
//    基础信息及自评 sheet (项目代码 helper｜填报项目｜填报内容 drop-down｜单位｜取值代码 helper｜自评分 drop-down｜佐证),
//    a 自评汇总 with the clerk's points, nine ledgers each with a helper code column beside a drop-down column, and the
//    hidden 下拉选项 sheet. Left at “请选择”: 其他衍生增值服务, 监督举报窗口, 交易标准与冷链溯源 judged. Edges: 437 行政村 →
//    base capped at 200, 140/200 = 70% exactly (one station opened 2021-08-31); poor villages 32/40 = 80% exactly (same
//    station); population 130.55万 → base 500,000, sessions 4,000 人次 = 0.8% exactly (a 2021-08-31 session needed, a
//    2021-09-01 one not counted); poor persons 744/1,860 = 40% exactly; centre opened 2021-03-01 (one day late for six
//    months); 20 firms in the park with one entering 2021-08-31; retail growth exactly 30%; funds 349.95/500万 = 69.99% → −5.
// f1 海丰县 (汕尾): 汕尾市商务局's 《考评基础数据采集表（下拉版）》: 字段代码 helper｜一级指标 (merged)｜填报项｜填报值
//    (drop-down)｜单位｜取值 helper｜校验 helper (“✔”/“未填”); several answers still “--请选择--” (helper “#N/A”, 校验 未填),
//    the template's pre-filled defaults (截止日期, 否 for the veto rows) kept; a hidden 选项 sheet.
// f2 广宁县 (肇庆): the 迎检汇报 PPT script pasted into Excel: 页码｜画面要点｜讲稿｜时长; facts in both the slide bullets and the
//    spoken text; the last pages are 下一步 targets and a comparison with other counties, not facts.
// f3 电白区 (茂名): the 新闻发布会答记者问口径: 问／答 in column A, the text in column B; rates given that are not inputs
//    (培训率、支出率), the centre opened “2020年12月” (a month), growth stated as a rate.
// l1 揭西县 (揭阳): 揭阳市商务局 ledger template: 填表说明 (not a ledger), 站点台账 with 镇代码/村代码 helper columns
//    beside drop-downs and one 建站日期 left at the template's “YYYY-MM-DD”, 宣传报道 with a 级别 drop-down + 级别代码
//    helper (one left “请选择”), 典型案例 default “否”; hidden 代码表.
// l2 丰顺县 (梅州): 专户银行流水 (借方 = disbursements, 贷方 = allocations and interest, 余额, 期初/本期合计 rows, dates as
//    yyyymmdd numbers) and the 粤政易 发文记录 export (sent time with seconds; only those to 梅州市商务局 are reports).
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
let seed = 255255;
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
    assert(/^b255-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b255-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b255-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
function blankMerged(c) {
  // as Excel keeps it: only the top-left cell of a merged range carries a value
  for (const sh of c.sheets) {
    for (const m of sh.merges || []) {
      const mm = /^([A-Z]{1,3})([1-9]\d*):([A-Z]{1,3})([1-9]\d*)$/.exec(m);
      if (!mm) continue;
      const c0 = colIndex(mm[1]) - 1, r0 = Number(mm[2]) - 1, c1 = colIndex(mm[3]) - 1, r1 = Number(mm[4]) - 1;
      for (let r = r0; r <= r1; r++) for (let k = c0; k <= c1; k++) {
        if (r === r0 && k === c0) continue;
        if (sh.rows[r] && k < sh.rows[r].length) sh.rows[r][k] = null;
      }
    }
  }
}
function write(folder, file, c) {
  blankMerged(c);
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
// c1 — 茂名市高州市: 市局《示范县考评数据采集模板（2021版）》整本，下拉＋辅助代码列，部分“请选择”未改
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const DIV = "440981";
  const JD = ["潘州街道", "山美街道", "金山街道", "宝光街道", "石仔岭街道"];
  const ZH = ["东岸镇", "长坡镇", "平山镇", "深镇镇", "马贵镇", "古丁镇", "大坡镇", "石鼓镇", "荷塘镇", "石板镇", "分界镇", "新垌镇", "根子镇", "泗水镇",
    "镇江镇", "沙田镇", "南塘镇", "云潭镇", "谢鸡镇", "曹江镇", "荷花镇", "大井镇", "潭头镇"];
  const TOWNS = JD.concat(ZH);
  const townCode = (t) => DIV + (JD.includes(t) ? "00" + (JD.indexOf(t) + 1) : String(100 + ZH.indexOf(t)));
  // 437 村委会 and 56 居委会
  const NV = {};
  const NC = {};
  JD.forEach((t, i) => { NV[t] = [4, 6, 5, 7, 8][i]; NC[t] = [14, 9, 8, 6, 5][i]; });
  ZH.forEach((t, i) => { NV[t] = 13 + ((i * 7) % 11); NC[t] = i < 14 ? 1 : 0; });
  let tot = sum(TOWNS.map((t) => NV[t]));
  NV["长坡镇"] += 437 - tot;
  tot = sum(TOWNS.map((t) => NC[t]));
  assert(tot === 56, "c1 56 communities " + tot);
  const vn = nameMaker("大小上下东西南北新石黄龙白水马牛高长塘坡岭山田江竹木禾古平", "垌岭坑塘田寨冲背陂头江岗坡湾山坪埇洞口", "村", []);
  const cn = nameMaker("文明建设兴华中和朝阳解放人民光明", "路街园城苑湖", "社区", []);
  const vil = [];
  for (const t of TOWNS) {
    let k = 0;
    for (let i = 0; i < NC[t]; i++) vil.push({ town: t, name: cn(), admin: false, code: townCode(t) + pad3(++k) });
    k = 199;
    for (let i = 0; i < NV[t]; i++) vil.push({ town: t, name: vn(), admin: true, poor: false, code: townCode(t) + pad3(++k) });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  assert(adminV.length === 437 && comms.length === 56, "c1 village counts " + adminV.length + " " + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => !JD.includes(v.town))).slice(0, 40);
  for (const v of poorList) v.poor = true;
  const VW = 9;
  const vRows = [padRow(["高州市村（居）民委员会名单"], VW), padRow(["填报单位：高州市商务局（盖章）　　　　模板版本：茂商电〔2021〕模板-03"], VW),
    ["序号", "区划代码", "镇（街道）", "村（居）委会名称", "类型", "类型代码", "省定贫困村", "快递进村", "备注"]];
  vil.forEach((v, i) => vRows.push([i + 1, v.code, v.town, v.name.replace(/村$/, i % 9 === 4 ? "村委会" : "村"), v.admin ? "行政村" : "社区", v.admin ? 220 : 111,
    v.poor ? "是" : "否", "是", null]));
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个，省定贫困村${poorList.length}个。`], VW));
  const vM = ["A1:I1", "A2:I2", `A${vRows.length}:I${vRows.length}`];

  // ---------------- 站点：140 个行政村（含 2021-08-31 那站）；贫困村 32/40
  const poorCov = poorList.slice(0, 32);
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const covV = poorCov.concat(nonPoor.slice(0, 108));
  const st = covV.map((v) => ({ v, village: v.name, opened: randIsoBetween("2020-04-01", "2021-08-25") }));
  st[31].opened = CUT; // a poor village: needed for both 80% and 70%
  st.push({ v: covV[50], village: covV[50].name, opened: "2021-06-09", second: true });
  st.push({ v: comms[3], village: comms[3].name, opened: "2020-11-18" });
  st.push({ v: nonPoor[120], village: nonPoor[120].name, opened: "2021-09-01" });
  st.push({ v: poorList[35], village: poorList[35].name, opened: "2021-09-06" });
  const stray = vn();
  st.push({ v: { town: "分界镇", code: null }, village: stray, opened: "2021-03-17", stray: true });
  const adminNames = new Set(adminV.map((v) => v.name));
  const covered = new Set(st.filter((s) => adminNames.has(s.village) && s.opened <= CUT).map((s) => s.village));
  const poorNames = new Set(poorList.map((v) => v.name));
  const poorCovered = [...covered].filter((n) => poorNames.has(n)).length;
  const base = Math.min(adminV.length, 200);
  assert(covered.size === 140 && covered.size * 100 === 70 * base, "c1 coverage " + covered.size);
  assert(poorCovered === 32 && poorCovered * 100 === 80 * 40, "c1 poor coverage " + poorCovered);
  const stSorted = st.slice().sort((a, b) => TOWNS.indexOf(a.v.town) - TOWNS.indexOf(b.v.town) || cmp(a.opened, b.opened));
  const SW = 10;
  const sRows = [padRow(["高州市村级电子商务服务站点台账"], SW),
    ["序号", "镇（街道）", "镇代码", "所在村（居）", "村代码", "站点名称", "站点类型", "负责人", "联系电话", "建成日期"]];
  const KIND = ["邮政合作型", "供销合作型", "电商企业合作型"];
  stSorted.forEach((s, i) => {
    const stem = s.village.replace(/村$|社区$/, "");
    const op = s.opened === CUT ? D(CUT) : s.opened === "2021-09-01" ? "2021.9.1" : [D(s.opened), dotDate(s.opened), slashDate(s.opened)][i % 3];
    sRows.push([i + 1, s.v.town, townCode(s.v.town), s.village, s.stray ? "#N/A" : s.v.code, `${stem}${s.second ? "（二）" : ""}电商服务站`, KIND[i % 3], personName(), mask(phone()), op]);
  });

  // ---------------- 培训台账（场次、人次）：截止日前正好 4,000 人次 = 500,000 的 0.8%
  const POP = 1305500;
  const PT = 4000;
  const CATS = [["01", "电商普及培训"], ["02", "电商技能提升培训"], ["03", "站长业务培训"], ["04", "贫困人口专题培训"]];
  const places = ["高州市电商公共服务中心"].concat(ZH.slice(0, 10));
  const sess = [];
  for (let i = 0; i < 34; i++) sess.push({ d: randIsoBetween("2020-05-01", "2021-08-20"), place: places[i % places.length], cat: CATS[i % 4], n: rint(80, 140) });
  sess.push({ d: CUT, place: "谢鸡镇", cat: CATS[3], n: 46, edge: true });
  sess.push({ d: "2021-09-01", place: "根子镇", cat: CATS[0], n: 72 });
  sess.sort((a, b) => cmp(a.d, b.d));
  const adjS = sess.filter((s) => s.d <= CUT && !s.edge);
  let diff = PT - sum(sess.filter((s) => s.d <= CUT).map((s) => s.n));
  const share = Math.trunc(diff / adjS.length);
  adjS.forEach((s) => (s.n += share));
  adjS[adjS.length - 1].n += diff - share * adjS.length;
  for (const s of sess) assert(s.n >= 40 && s.n <= 220, "c1 session size " + s.n);
  const ptc = sum(sess.filter((s) => s.d <= CUT).map((s) => s.n));
  const tbase = Math.min(POP, 500000);
  assert(ptc === PT && PT * 1000 === 8 * tbase && (PT - 46) * 1000 < 8 * tbase, "c1 training 0.8%");
  const TOPIC = { "01": ["网店开设与运营", "高州荔枝网络营销", "电商基础知识"], "02": ["直播带货实操", "短视频拍摄剪辑", "龙眼干产品包装设计"], "03": ["站点业务规范", "代收代发与结算"], "04": ["脱贫户网上销售入门", "农产品拍照上架"] };
  const gRows = [padRow(["高州市农村电商培训台账"], 8), ["序号", "培训日期", "培训类别", "类别代码", "培训主题", "培训地点", "培训人次", "承办单位"]];
  sess.forEach((s, i) => {
    const tp = TOPIC[s.cat[0]];
    gRows.push([i + 1, s.edge ? "2021年8月31日" : s.d === "2021-09-01" ? "2021年9月1日" : [D(s.d), cnDate(s.d)][i % 2], s.cat[1], s.cat[0], tp[i % tp.length], s.place, s.n,
      i % 2 ? "高州市电商公共服务中心" : "广东××电子商务有限公司"]);
  });
  gRows.push([null, "合计", null, null, null, null, sum(sess.map((s) => s.n)), null]);

  // ---------------- 入驻企业：22行，截止日在园20家（一家2021-08-31入驻，一家6-30退出，一家9-1入驻）
  const ETYPE = [["01", "平台型"], ["02", "销售型"], ["03", "电商运营商"], ["04", "物流企业"]];
  const fnm = nameMaker("高潘荔桂鉴良冼", "兴源丰盛禾顺达", "", []);
  const tIdx = [0, 1, 1, 2, 1, 3, 1, 1, 2, 1, 1, 0, 1, 3, 1, 1, 2, 1, 1, 1, 1, 1];
  const firms = tIdx.map((k) => ({ name: `高州市${fnm()}${k === 3 ? "物流" : k === 2 ? "网络科技" : "电子商务"}有限公司`, t: ETYPE[k], code: creditCode(DIV),
    entered: randIsoBetween("2020-06-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  assert(firms[4].entered < "2021-06-30", "c1 firm 4 entered before it left");
  firms[4].left = "2021-06-30";
  firms[20].entered = CUT;
  firms[21].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 20 && new Set(inPark.map((f) => f.t[1])).size === 4, "c1 park");
  const eRows = [padRow(["高州市电子商务产业园入驻企业名单"], 8), ["序号", "企业名称", "统一社会信用代码", "企业类型", "类型代码", "入驻日期", "企业状态", "退出日期"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.t[1], f.t[0], f.entered === CUT ? "2021.8.31" : f.entered === "2021-09-01" ? "2021.9.1" : D(f.entered),
    f.left ? "已退出" : "在园", f.left ? D(f.left) : null]));

  // ---------------- 资金：万元，截止日前 349.95 万 / 500 万 = 69.99% → 倒扣5分
  const ALLOC = 5000000;
  const FC = [["01", "县级公共服务中心"], ["02", "村级站点"], ["03", "人才培训"], ["04", "物流体系"], ["05", "品牌培育"]];
  const pays = [["2020-06-22", 0, 826400, "县电商公共服务中心装修及设备采购"], ["2020-08-14", 1, 365000, "村级站点建设补助（第一批）"], ["2020-11-09", 2, 118600, "2020年电商培训（一至三期）"],
    ["2020-12-28", 3, 0, "县镇村三级物流配送体系"], ["2021-03-19", 1, 298500, "村级站点建设补助（第二批）"], ["2021-05-26", 4, 186300, "“高州荔枝”品牌设计推广"],
    ["2021-07-30", 2, 96700, "2021年电商培训（一至二期）"], ["2021-08-27", 1, 214800, "村级站点运营补助"], ["2021-09-01", 3, 300000, "物流配送车辆（尾款）"]];
  const adjP = pays[3];
  adjP[2] = 3499500 - sum(pays.filter((p) => p[0] <= CUT && p !== adjP).map((p) => p[2]));
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[2]));
  assert(spent === 3499500 && spent * 100 < 70 * ALLOC && (spent + 500) * 100 === 70 * ALLOC && adjP[2] > 500000, "c1 spent " + spent);
  const fRows = [padRow(["高州市电子商务进农村综合示范专项资金使用台账"], 7), padRow(["单位：万元"], 7),
    ["序号", "拨付日期", "资金类别", "类别代码", "项目内容", "拨付金额", "凭证号"]];
  pays.forEach((p, i) => fRows.push([i + 1, p[0] === "2021-09-01" ? "2021.9.1" : D(p[0]), FC[p[1]][1], FC[p[1]][0], p[3], wan4(p[2]), `高商付〔${p[0].slice(0, 4)}〕${pad3(i + 3)}`]));
  fRows.push(["合计", null, null, null, null, wan4(sum(pays.map((p) => p[2]))), null]);

  // ---------------- 报送记录：12个月；专栏更新：12个月
  const reps = WINDOW.map((m, i) => (i === 11 ? CUT : `${m}-${String(rint(3, 10)).padStart(2, "0")}`));
  assert(inWindowMonths(reps) === 12, "c1 reports");
  const POV = ["是", "否", "请选择"];
  const rRows = [padRow(["高州市向茂名市商务局报送记录"], 5), ["序号", "报送日期", "报送内容", "是否含扶贫统计", "取值代码"]];
  reps.forEach((r, i) => rRows.push([i + 1, D(r), `${cnMonth(r)}电子商务进农村工作进展`, POV[i % 3], [1, 0, "#N/A"][i % 3]]));
  const ups = WINDOW.map((m) => `${m}-${String(rint(12, 26)).padStart(2, "0")}`).concat(["2021-03-04", "2021-06-02"]).sort(byIso);
  assert(inWindowMonths(ups) === 12, "c1 disclosure");
  const uRows = [padRow(["高州市人民政府网“电子商务进农村”专栏更新记录"], 5), ["序号", "发布日期", "标题", "栏目", "栏目代码"]];
  const COLS = [["A1", "创建方案"], ["A2", "项目信息"], ["A3", "建设进度"]];
  ups.forEach((u, i) => { const c = COLS[i % 3]; uRows.push([i + 1, D(u), `高州市电子商务进农村综合示范${c[1]}（${cnMonth(u)}）`, c[1], c[0]]); });

  // ---------------- 宣传报道、经验材料
  const mRows = [padRow(["高州市宣传报道清单"], 8), ["序号", "日期", "媒体", "级别", "级别代码", "形式", "标题", "电商扶贫典型案例"],
    [1, D("2021-01-15"), "茂名日报", "市级", 3, "报纸", "高州荔枝龙眼搭上电商快车", "否"],
    [2, D("2021-05-20"), "高州市广播电视台", "县级", 4, "电视", "根子镇脱贫户直播卖荔枝", "是"],
    [3, D("2021-06-28"), "“高州发布”公众号", "请选择", "#N/A", "网络", "我市新增一批村级电商服务站", "否"],
    [4, D("2021-09-03"), "南方日报", "省级", 2, "报纸", "高州：电商进村 荔枝出山", "否"]];
  const matRows = [padRow(["高州市经验材料报送情况"], 4), ["序号", "报送日期", "材料名称", "报送单位"],
    [1, D("2021-09-02"), "高州市“电商＋荔枝”助农增收经验材料", "茂名市商务局"]];

  // ---------------- 基础信息及自评（模板）
  const CH = "请选择";
  const F = [
    // [代码, 项目, 填报内容, 单位, 取值代码, 自评分, 佐证]
    ["A01", "县（市、区）", "高州市", null, DIV, null, null],
    ["A02", "考评截止日期", D(CUT), null, null, null, "模板预填"],
    ["A03", "常住人口", 130.55, "万人", null, null, "第七次全国人口普查"],
    ["A04", "行政村数", 437, "个", null, null, "见《村居名单》"],
    ["A05", "省定贫困村数", 40, "个", null, null, null],
    ["B01", "牵头领导职务", "市长", null, "01", null, "高府办〔2020〕41号"],
    ["B02", "参与部门：商务", "是", null, 1, null, null],
    ["B03", "参与部门：财政", "是", null, 1, null, null],
    ["B04", "参与部门：农业农村", "是", null, 1, null, null],
    ["B05", "参与部门：乡村振兴（扶贫）", "是", null, 1, null, null],
    ["B06", "示范县工作方案已正式印发", "是", null, 1, "2分", "高府办〔2020〕18号"],
    ["B07", "已出台支持农村电商发展的政策", "是", null, 1, "2分", "《高州市农村电商扶持办法》"],
    ["B08", "项目管理制度", null, null, null, "2分", "项目管理办法"],
    ["B09", "工作台账", null, null, null, "1分", "台账不全，2020年上半年缺"],
    ["C01", "县级公共服务中心投入运营日期", D("2021-03-01"), null, null, null, "运营协议"],
    ["C02", "有免费培训场所、培训设备，能组织电商基础培训", "是", null, 1, null, null],
    ["C03", "为特色农产品提供免费展示、销售服务", "是", null, 1, null, null],
    ["C04", "为电子商务市场主体提供免费摄影、美工服务", "是", null, 1, null, null],
    ["C05", "组织农产品统一推广、指导特色农产品品牌建设", "是", null, 1, null, null],
    ["C06", "为电子商务发展提供其他衍生增值服务", CH, null, "#N/A", null, null],
    ["C07", "建设或整合、优化当地电商产业园", "是", null, 1, null, "见《入驻企业》"],
    ["D01", "网销调研并形成针对性建议", null, null, null, "2分", "调研报告"],
    ["D02", "网络促销活动成效明显", null, null, null, "1分", null],
    ["D03", "有专业第三方电子商务运营或服务商", "是", null, 1, null, null],
    ["D04", "行政村物流快递覆盖率100%", "是", null, 1, null, "见《村居名单》"],
    ["D05", "出台电商交易标准，建立冷链、溯源系统", null, null, null, CH, null],
    ["D06", "2019年农村网络零售额", 186000, "万元", null, null, "省商务厅反馈"],
    ["D07", "2020年农村网络零售额", 241800, "万元", null, null, "省商务厅反馈"],
    ["E01", "培训人次（截至考评截止日）", 4000, "人次", null, null, "见《培训台账》"],
    ["E02", "有劳动能力的建档立卡贫困人口（不含外出务工）", 1860, "人", null, null, "扶贫系统导出"],
    ["E03", "其中参加电商培训人数", 744, "人", null, null, null],
    ["F01", "专栏公示创建方案", "是", null, 1, null, null],
    ["F02", "专栏公示项目基本信息", "是", null, 1, null, null],
    ["F03", "专栏公示项目建设进度", "是", null, 1, null, null],
    ["F04", "专栏设立征求意见或监督举报窗口", CH, null, "#N/A", null, null],
    ["F05", "能统计电商扶贫情况", "是", null, 1, null, null],
    ["G01", "下达资金总额", 500, "万元", null, null, null],
    ["G02", "累计拨付资金", 349.95, "万元", null, null, "见《资金台账》"],
    ["G03", "资金管理制度", null, null, null, "4分", "高财〔2020〕56号"],
    ["G04", "资金台账", null, null, null, "5分", null],
    ["G05", "资金及时拨付", null, null, null, "4分", null],
    ["G06", "项目总体进度", "75%", null, null, null, null],
    ["H01", "发生安全生产、质量事故或重大损失", "否", null, 0, null, "模板默认"],
    ["H02", "弄虚作假", "否", null, 0, null, "模板默认"],
  ];
  const fRowsB = [padRow(["电子商务进农村综合示范县考评基础信息及自评表"], 8),
    padRow(["填报单位：高州市商务局　　填报人：梁××　　（黄色单元格为下拉选择，灰色列为辅助列，已隐藏，请勿修改）"], 8),
    ["序号", "项目代码", "填报项目", "填报内容", "单位", "取值代码", "自评分", "佐证材料"]];
  F.forEach((f, i) => fRowsB.push([i + 1].concat(f)));
  const sumOk = true;
  assert(sumOk && 241800 * 10 === 186000 * 13, "c1 growth exactly 30%");
  assert(744 * 100 === 40 * 1860, "c1 poor 40%");

  // ---------------- 自评汇总（模板自动汇总＋手改）
  const claimed = { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 7, "fund.system": 4, "fund.ledger": 5, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0 };
  const CL = [["Z01", "加强组织领导与统筹协调", "组织领导", 2, "org.leadership"], ["Z02", null, "方案制定", 2, "org.plan"], ["Z03", null, "政策支持", 2, "org.policy"],
    ["Z04", null, "项目管理", 4, "org.management"], ["Z05", "深入推动电子商务进农村工作", "服务体系建设（县级中心、产业园）", 15, "work.center"],
    ["Z06", null, "服务体系建设（村级站点）", 10, "work.coverage"], ["Z07", null, "农村产品上行", 10, "work.upward"], ["Z08", null, "电商人才培训", 20, "work.training"],
    ["Z09", "加强信息公开及报送", "信息公开", 4, "info.disclosure"], ["Z10", null, "数据上报", 6, "info.reporting"], ["Z11", "加强宣传推广", "案例总结", 2, "promo.cases"],
    ["Z12", null, "经验推广", 8, "promo.media"], ["Z13", "加强财政资金管理", "制度建立", 5, "fund.system"], ["Z14", null, "资金台账", 5, "fund.ledger"],
    ["Z15", null, "资金支出", 5, "fund.spending"], ["Z16", "加分项", "贫困人口培训率70%及以上", 2, "bonus.poorTraining"], ["Z17", null, "电商扶贫典型案例获电视播报", 2, "bonus.tvCase"]];
  const cRows = [padRow(["自评得分汇总"], 5), ["指标代码", "工作任务", "评价指标", "权重", "自评得分"]];
  CL.forEach((c) => cRows.push([c[0], c[1], c[2], c[3], claimed[c[4]]]));
  const clTotal = sum(SCORED.map(([id]) => claimed[id]));
  cRows.push([null, "合计", null, 100, clTotal]);
  cRows.push([null, "加分合计", null, 4, 0]);
  const cM = ["A1:E1", "B3:B6", "B7:B10", "B11:B12", "B13:B14", "B15:B17", "B18:B19"];
  assert(clTotal === 95, "c1 claimed total " + clTotal);

  const opts = [["是否", "村居类型", "培训类别", "企业类型", "资金类别", "级别", "牵头领导职务"],
    ["请选择", "请选择", "请选择", "请选择", "请选择", "请选择", "请选择"],
    ["是", "行政村", "电商普及培训", "平台型", "县级公共服务中心", "国家级", "书记"],
    ["否", "社区", "电商技能提升培训", "销售型", "村级站点", "省级", "市长"],
    [null, null, "站长业务培训", "电商运营商", "人才培训", "市级", "常务副市长"],
    [null, null, "贫困人口专题培训", "物流企业", "物流体系", "县级", "分管副市长"],
    [null, null, null, null, "品牌培育", null, "其他"]];
  const shuoming = [["填报说明"], ["1．本模板由茂名市商务局统一制发，各县（市、区）不得增删行列、不得修改表名。"], ["2．黄色单元格为下拉选择，未选择的保持“请选择”；灰色列（代码、取值代码）为辅助列，由公式自动生成，已隐藏。"],
    ["3．金额单位为万元，人口单位为万人，日期格式为YYYY-MM-DD。"], ["4．考评截止日期已预填为2021年8月31日，如省另有通知以通知为准。"], ["5．台账须与佐证材料一致，报送前请逐表核对。"]];

  // ---------------- points
  const centerPts = 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1, "work.center": centerPts, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 0 + 2,
    "work.training": 8 + 8, "info.disclosure": 0 + 2, "info.reporting": 3 + 3, "promo.cases": 0, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 5,
    "fund.spending": -5, "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 68 && centerPts === 12, "c1 scored " + scored);
  const derivation = [
    "org.leadership: 基础信息B01牵头领导职务“市长”（县级市主要领导），B02—B05商务、财政、农业农村、乡村振兴都选“是” → 2",
    "org.plan: B06方案已正式印发，自评2分 → 2",
    "org.policy: B07已出台政策，自评2分 → 2",
    "org.management: B08项目管理制度自评2分＋B09工作台账自评1分 → 3",
    `work.center: C01中心2021-03-01投入运营 ≤ 截止日 → 2；但晚于2021-02-28一天，不满6个月 → 0；C02免费培训2、C03展示销售1、C04摄影美工1、C05品牌推广1；C06“其他衍生增值服务”仍是“请选择”（取值代码#N/A），未答 → 0；C07产业园 → 2；《入驻企业》22家，2021-06-30退出的不算、2021.9.1入驻的不算、2021.8.31入驻的算 → 在园20家 → 2；类型平台型、销售型、电商运营商、物流企业4种 → 1；合计${centerPts}`,
    `work.coverage: 《村居名单》行政村437个（社区56个不算），基数取min(437,200)=200；《站点台账》截止日前有站的行政村${covered.size}个（${covV[50].name}两站算一次；${comms[3].name}是社区不算；2021.9.1、2021-09-06建成的不算；“${stray}”不在名单（村代码#N/A），不算并提示） → 140/200 = 70.0% → 5（${st[31].village}那站2021-08-31建成，少了就是69.5%）；省定贫困村40个，截止日前有站32个（同一站） → 32/40 = 80% → 3；合计8`,
    "work.upward: 网销调研自评2＋网络促销自评1；第三方运营服务商是 → 1；《村居名单》“快递进村”437个行政村全“是” → 1；D05交易标准与冷链溯源自评仍是“请选择” → 缺失，0；农村网络零售额186,000万元→241,800万元，增长正好30.0% ≥ 30% → 2；合计7",
    `work.training: 常住人口130.55万人 → 基数取500,000；《培训台账》截止日前各场人次之和4,000（2021年9月1日根子镇那期72人次不算，合计行不算） → 4,000/500,000 = 0.80% → 8（2021年8月31日谢鸡镇那期46人次不可少）；无贫困人口名单，按基础信息E02/E03：744/1,860 = 40.0% → 8；合计16`,
    "info.disclosure: F01—F03创建方案、项目信息、建设进度都“是”，F04征求意见/监督举报窗口仍是“请选择” → 内容不全，0；《专栏更新》2020年9月—2021年8月每月都有 → 按月2；合计2",
    "info.reporting: 《报送记录》12个月都有（2021-08-31那条算） → 3；F05能统计电商扶贫“是”，报送记录里也有“是” → 3；合计6",
    "promo.cases: 《经验材料》只有2021-09-02一份，在截止日后 → 0",
    "promo.media: 截止日前：茂名日报市级 → 3，高州市广播电视台县级 → 1；“高州发布”级别“请选择”不计；南方日报省级2021-09-03在截止日后不算；合计4",
    "fund.system: G03资金管理制度自评4分 → 4",
    "fund.ledger: G04资金台账自评5分 → 5",
    "fund.spending: 《资金台账》（万元）截止日前合计349.95万元（2021.9.1那笔30万不算，合计行不算）/ 500万元 = 69.99% < 70% → 倒扣5分（及时拨付自评4分不用） → -5",
    "bonus.poorTraining: 744/1,860 = 40% < 70% → 0",
    "bonus.tvCase: 唯一的电视典型案例是高州市广播电视台（县级），不是国家级或省级 → 0",
    "veto.incident: H01选“否”（模板默认，未改） → 不否决",
    "veto.progress: G06项目总体进度75% ≥ 40% → 不否决",
    "veto.fraud: H02选“否” → 不否决",
  ];
  return {
    description:
      "茂名高州市商务局用茂名市商务局统一制发的《示范县考评数据采集模板（2021版）》交的整本工作簿（13个表，最后的“下拉选项”隐藏），68分、无加分、未否决（自评95）。模板的样子：黄色格是数据有效性下拉，每个下拉列旁边有一列灰色辅助列（项目代码A01…H02、取值代码1/0、区划代码、类型代码220/111、类别代码01…、级别代码），说明里写“已隐藏”，但值都在；下拉没动过的格保持“请选择”，辅助列显示“#N/A”。《基础信息及自评》：序号｜项目代码｜填报项目｜填报内容｜单位｜取值代码｜自评分｜佐证材料，其他衍生增值服务、监督举报窗口、交易标准与冷链溯源自评分三处还是“请选择”；考评截止日期和两个否决项是模板预填的。《自评汇总》按指标代码列自评得分。边界：行政村437个，基数封顶200，有站140个正好70%，贫困村32/40正好80%（都靠2021年8月31日建成的一站）；常住人口130.55万人、基数封顶50万，培训正好4,000人次＝0.8%（靠8月31日那期）；贫困人口744/1,860正好40%；中心2021年3月1日运营，差一天满6个月；在园企业正好20家；零售额正好增长30%；资金349.95/500万元＝69.99%，倒扣5分。",
    sheets: [
      { name: "填报说明", rows: shuoming },
      { name: "基础信息及自评", rows: fRowsB, merges: ["A1:H1", "A2:H2"] },
      { name: "自评汇总", rows: cRows, merges: cM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点台账", rows: sRows, merges: ["A1:J1"] },
      { name: "培训台账", rows: gRows, merges: ["A1:H1"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:H1"] },
      { name: "资金台账", rows: fRows, merges: ["A1:G1", "A2:G2"] },
      { name: "报送记录", rows: rRows, merges: ["A1:E1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:E1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:H1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "下拉选项", rows: opts, hidden: true },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}


// =====================================================================================================
// f1 — 汕尾市海丰县: 市局《考评基础数据采集表（下拉版）》，字段代码／取值／校验三列辅助列，几处仍是“--请选择--”
// =====================================================================================================
function buildF1() {
  const CH = "--请选择--";
  const W = 7;
  const rows = [padRow(["汕尾市电子商务进农村综合示范县考评基础数据采集表（下拉版）"], W),
    padRow(["填报单位：海丰县商务局　　　　　　　　　　　　　版本：SW-DS-2021-2"], W),
    ["字段代码", "一级指标", "填报项", "填报值", "单位", "取值（辅助）", "校验（辅助）"]];
  const merges = ["A1:G1", "A2:G2"];
  const G = [
    ["基本情况", [
      ["JB01", "考评截止日期", D("2021-08-31"), null, 44439],
      ["JB02", "常住人口", 73.52, "万人", 735200],
      ["JB03", "行政村数", 218, "个", 218],
      ["JB04", "省定贫困村数", 17, "个", 17]]],
    ["组织领导", [
      ["ZZ01", "牵头领导", "分管副县长", null, "02"],
      ["ZZ02", "参与部门—商务", "是", null, 1],
      ["ZZ03", "参与部门—财政", "是", null, 1],
      ["ZZ04", "参与部门—农业农村", "是", null, 1],
      ["ZZ05", "参与部门—乡村振兴（扶贫）", "是", null, 1],
      ["ZZ06", "方案制定（自评）", "2分", "分", 2],
      ["ZZ07", "政策支持（自评）", "2分", "分", 2],
      ["ZZ08", "项目管理制度（自评）", "2分", "分", 2],
      ["ZZ09", "工作台账（自评）", CH, "分", "#N/A"],
      ["ZZ10", "示范县工作方案是否正式印发", "是", null, 1],
      ["ZZ11", "是否出台农村电商扶持政策", "是", null, 1]]],
    ["服务体系", [
      ["FW01", "县级公共服务中心投入运营时间", "2020.12.18", null, 44183],
      ["FW02", "免费培训场所、设备，能组织电商基础培训", "是", null, 1],
      ["FW03", "特色农产品免费展示、销售服务", "是", null, 1],
      ["FW04", "免费摄影、美工服务", CH, null, "#N/A"],
      ["FW05", "农产品统一推广、品牌建设指导", "是", null, 1],
      ["FW06", "其他衍生增值服务", "否", null, 0],
      ["FW07", "建设或整合、优化电商产业园", "是", null, 1]]],
    ["产品上行", [
      ["SX01", "网销调研（自评）", "1分", "分", 1],
      ["SX02", "网络促销活动（自评）", "2分", "分", 2],
      ["SX03", "交易标准与冷链、溯源（自评）", "1分", "分", 1],
      ["SX04", "有专业第三方电商运营或服务商", "是", null, 1],
      ["SX05", "行政村物流快递覆盖率达100%", "是", null, 1],
      ["SX06", "2019年农村网络零售额", 93560, "万元", 935600000],
      ["SX07", "2020年农村网络零售额", 118420, "万元", 1184200000],
      ["SX08", "2019年农产品网络零售额", null, "万元", null],
      ["SX09", "2020年农产品网络零售额", null, "万元", null]]],
    ["人才培训", [
      ["PX01", "培训人次", 7412, "人次", 7412],
      ["PX02", "有劳动能力的建档立卡贫困人口（不含外出务工）", 1684, "人", 1684],
      ["PX03", "其中已参加培训", 913, "人", 913]]],
    ["信息公开及报送", [
      ["XX01", "专栏公示创建方案", "是", null, 1],
      ["XX02", "专栏公示项目基本信息", "是", null, 1],
      ["XX03", "专栏公示项目建设进度", "是", null, 1],
      ["XX04", "专栏设立征求意见或监督举报窗口", CH, null, "#N/A"],
      ["XX05", "能统计电商扶贫情况", "是", null, 1]]],
    ["资金管理", [
      ["ZJ01", "下达资金总额", 500, "万元", 5000000],
      ["ZJ02", "累计拨付", 412.36, "万元", 4123600],
      ["ZJ03", "已制定资金管理制度", "是", null, 1],
      ["ZJ04", "已建立资金专用台账", "是", null, 1],
      ["ZJ05", "资金管理制度（自评）", "4分", "分", 4],
      ["ZJ06", "资金台账（自评）", "4分", "分", 4],
      ["ZJ07", "资金及时拨付（自评）", CH, "分", "#N/A"],
      ["ZJ08", "项目总体进度", "88%", null, 0.88]]],
    ["一票否决", [
      ["FJ01", "发生安全生产、质量事故或重大损失", "否", null, 0],
      ["FJ02", "弄虚作假", "否", null, 0]]],
  ];
  assert(excelSerial("2020-12-18") === 44183, "f1 serial");
  for (const [grp, items] of G) {
    const r0 = rows.length + 1;
    items.forEach((it, k) => {
      const empty = it[2] === null;
      const chk = it[2] === CH || empty ? "未填" : "✔";
      rows.push([it[0], k === 0 ? grp : null, it[1], it[2], it[3], it[4], chk]);
    });
    mergeCol(merges, "B", r0, rows.length);
  }
  rows.push(padRow(["说明：D列为下拉选择或数值录入；F、G列为公式辅助列（已隐藏，勿改）；未填项G列显示“未填”。金额单位万元，人口单位万人。"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(padRow(["填报人：彭××　　　联系电话：0660-64×××××　　　填报日期：2021年9月8日"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  const opt = [["是否", "牵头领导", "自评1-2", "自评1-5"], [CH, CH, CH, CH], ["是", "县委书记", "1分", "1分"], ["否", "县长", "2分", "2分"],
    [null, "常务副县长", null, "3分"], [null, "分管副县长", null, "4分"], [null, "其他", null, "5分"]];
  assert(Math.abs(118420 / 93560 - 1.2657) < 0.0001, "f1 growth");
  return {
    description:
      "汕尾海丰县商务局填回的汕尾市商务局模板《电子商务进农村综合示范县考评基础数据采集表（下拉版）》：字段代码（JB01…FJ02）｜一级指标（纵向合并）｜填报项｜填报值｜单位｜取值（辅助）｜校验（辅助）。填报值多是数据有效性下拉（是／否、牵头领导职务、“1分／2分”），旁边两列是模板公式算出来的辅助列（已隐藏）：取值列把“是”写成1、日期写成序列数、万元折成元，校验列写“✔”或“未填”。有几项下拉没动，仍是模板默认“--请选择--”（免费摄影美工、监督举报窗口、工作台账自评、资金及时拨付自评），取值显示#N/A，都是没答；两个农产品零售额格空着；考评截止日期和两个否决项“否”是模板预填的默认值，没改，照样是答案。牵头领导选“分管副县长”；运营时间打成文本“2020.12.18”；人口73.52万人、零售额93,560／118,420万元、资金500万元／412.36万元；另有隐藏的“选项”表。没有各指标自评汇总。",
    sheets: [{ name: "数据采集表", rows, merges }, { name: "选项", rows: opt, hidden: true }],
    expect: {
      facts: {
        county: "海丰县", asOf: "2021-08-31", residentPopulation: 735200, adminVillagesStated: 218, poorVillagesStated: 17, planIssued: true, policyIssued: true,
        centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerBrand: true, centerOther: false, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 935600000, ruralRetail2020: 1184200000, trainingPersonTimesStated: 7412,
        eligiblePoorPersonsStated: 1684, trainedPoorPersonsStated: 913, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4123600, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.88, vetoIncident: false, vetoFraud: false,
      },
      judged: { "org.plan": 2, "org.policy": 2, "org.management.system": 2, "work.upward.research": 1, "work.upward.promotion": 2, "work.upward.standards": 1,
        "fund.system": 4, "fund.ledger": 4 },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 肇庆市广宁县: 迎检汇报PPT讲稿贴进Excel（页码｜画面要点｜讲稿｜时长），末页是目标和兄弟县对比
// =====================================================================================================
function buildF2() {
  const P = [
    ["P1", "封面：广宁县电子商务进农村综合示范创建工作汇报（数据截至2021年8月31日）", "尊敬的各位专家：下面我代表广宁县，汇报我县电子商务进农村综合示范创建工作情况，汇报数据均截至考评截止日期2021年8月31日。", "0′30″"],
    ["P2", "县情：常住人口42.37万人｜行政村170个｜省定贫困村14个", "广宁是“中国竹子之乡”，常住人口42.37万人，全县170个行政村，其中省定贫困村14个。", "0′40″"],
    ["P3", "组织领导：县长任组长｜商务、财政、农业农村、乡村振兴、交通、邮政等12个成员单位", "我县成立了以县长为组长的领导小组，县商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司等12个单位为成员，统筹推进创建。", "0′50″"],
    ["P4", "方案政策：《广宁县电子商务进农村综合示范工作方案》2020年5月正式印发｜《扶持农村电商发展若干措施》", "2020年5月，县政府正式印发了创建工作方案，并出台了扶持农村电商发展若干措施，对站点建设、网销、物流给予补助。", "0′50″"],
    ["P5", "县级中心：2020年10月28日投入运营｜免费培训室、直播间｜免费展示销售｜免费摄影美工｜品牌推广｜仓储代发、金融对接等增值服务", "县电商公共服务中心2020年10月28日投入运营，有免费培训室和培训设备，开展电商基础培训；为竹笋、番薯干等特色农产品提供免费展示销售，为网商提供免费摄影、美工服务，统一推广“广宁竹笋”品牌，还提供仓储代发、金融对接等衍生增值服务。", "1′20″"],
    ["P6", "产业园：整合竹产业园闲置厂房建成电商产业园", "我们整合竹产业园闲置厂房，建成了县电商产业园。", "0′20″"],
    ["P7", "产品上行：第三方运营服务商｜行政村快递覆盖率100%｜农产品网络零售额3.26亿元→4.41亿元", "引进了专业第三方电商运营服务商；全县行政村快递覆盖率100%；农产品网络零售额从2019年的3.26亿元增长到2020年的4.41亿元。", "0′50″"],
    ["P8", "人才培训：5,218人次｜有劳动能力的建档立卡贫困人口（不含外出务工）1,205人，已培训702人", "累计培训5,218人次；全县有劳动能力、未外出务工的建档立卡贫困人口1,205人，已参加电商培训702人。", "0′40″"],
    ["P9", "信息公开：专栏公示创建方案、项目基本信息、建设进度｜监督举报电话｜按月报送，含电商扶贫统计", "在县政府网站设立了专栏，公示创建方案、项目基本信息和建设进度，公布了监督举报电话；每月向肇庆市商务局报送进展，能够统计电商扶贫情况。", "0′40″"],
    ["P10", "资金：下达500万元｜已拨付438.62万元｜资金管理办法、专用台账｜总体进度92%", "省级下达资金500万元，已拨付438.62万元；制定了资金管理办法，建立了资金专用台账；项目总体进度92%。创建期间未发生安全生产和质量事故。", "0′50″"],
    ["P11", "下一步：培训再增1,000人次｜农产品网络零售额2021年突破6亿元｜拨付率100%", "下一步，我们力争年底前再培训1,000人次，2021年农产品网络零售额突破6亿元，资金全部拨付到位。", "0′30″"],
    ["P12", "对比：农产品网络零售额增速35.3%，比全市平均高9个百分点（怀集、封开、德庆参考）", "从全市看，我县农产品网络零售额增速比全市平均高9个百分点。谢谢各位专家！", "0′30″"],
  ];
  assert(Math.abs(441 / 326 - 1.353) < 0.0005, "f2 growth");
  const rows = [padRow(["广宁县迎检汇报讲稿（配PPT）"], 4), padRow(["广宁县商务局　2021年9月"], 4), ["页码", "画面要点", "讲稿", "时长"]];
  for (const p of P) rows.push(p.slice());
  rows.push(padRow(["合计约8分钟；汇报人：县政府分管副县长（待定）"], 4));
  return {
    description:
      "肇庆广宁县商务局把迎检汇报PPT的讲稿贴进Excel交来：页码（P1—P12）｜画面要点（幻灯片上的大字，用“｜”隔开的几条）｜讲稿（要念的整段话）｜时长（0′40″之类）。同一个数字在画面要点和讲稿里各出现一次，两边一致：常住人口42.37万人、行政村170个、贫困村14个、县长任组长（成员有商务、财政、农业农村、乡村振兴）、方案2020年5月正式印发、中心2020年10月28日投入运营及五项服务、产业园、第三方、快递覆盖100%、农产品网络零售额3.26亿→4.41亿元、5,218人次、1,205人／702人、专栏四项、500万元已拨付438.62万元、进度92%、未发生事故。P11“下一步”全是目标数，P12的“比全市平均高9个百分点”和怀集、封开、德庆参考不是事实，但同页“农产品网络零售额增速35.3%”是本县增速（与两年零售额一致），是事实；表末“汇报人：分管副县长（待定）”不是牵头领导。时长列不是数据。没有自评分。",
    sheets: [{ name: "汇报讲稿", rows, merges: ["A1:D1", "A2:D2", `A${rows.length}:D${rows.length}`] }],
    expect: {
      facts: {
        county: "广宁县", asOf: "2021-08-31", residentPopulation: 423700, adminVillagesStated: 170, poorVillagesStated: 14, planIssued: true, policyIssued: true,
        centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, agriRetail2019: 326000000, agriRetail2020: 441000000, agriRetailGrowthStated: 0.353, trainingPersonTimesStated: 5218,
        eligiblePoorPersonsStated: 1205, trainedPoorPersonsStated: 702, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 4386200, fundSystemIssued: true,
        fundLedgerKept: true, overallProgress: 0.92, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 茂名市电白区: 新闻发布会答记者问口径（A列“问／答”，B列正文）
// =====================================================================================================
function buildF3() {
  const QA = [
    ["发布人", "电白区商务局局长 何××"],
    ["问", "电白区是2019年省级电子商务进农村综合示范县（区）之一，请介绍一下创建工作总体情况。"],
    ["答", "电白区常住人口148.9万人，有行政村374个，其中省定贫困村41个。创建工作由区委副书记、区长任组长的领导小组统筹，区商务局、财政局、农业农村局、乡村振兴局等部门为成员单位。目前项目总体进度已达95%。"],
    ["问", "县级电商公共服务中心建成了吗？能为群众提供哪些服务？"],
    ["答", "区电商公共服务中心2020年12月投入运营，有免费培训场所和设备，能组织电商基础培训，还为沉香、荔枝、海产品等特色农产品提供免费展示和销售服务。"],
    ["问", "网上卖农产品的效果怎么样？"],
    ["答", "我们引进了专业的第三方电子商务运营服务商。2020年全区农村网络零售额达到45.3亿元，同比增长31.6%。"],
    ["问", "培训开展得怎么样？贫困群众参加了多少？"],
    ["答", "累计开展电商培训15,236人次，有劳动能力的建档立卡贫困人口培训率达到63.5%。"],
    ["问", "500万元专项资金用得怎么样？"],
    ["答", "省级下达专项资金500万元，支出率已达92.4%，我们制定了专项资金管理办法，建立了资金专用台账，每一笔都可查。"],
    ["问", "有网友反映个别村级站点开门时间不固定，有什么措施？"],
    ["答", "我们正在制定站点考核办法，对不达标站点限期整改。创建期间全区没有发生安全生产和质量事故。"],
  ];
  const rows = [padRow(["茂名市电白区电子商务进农村综合示范创建工作新闻发布会答记者问（口径）"], 2), padRow(["电白区商务局　2021年9月10日"], 2)];
  for (const q of QA) rows.push(q.slice());
  rows.push(padRow(["（本口径仅供发布会使用，数据以正式统计为准）"], 2));
  return {
    description:
      "茂名电白区商务局交来当事实表的是发布会的《答记者问（口径）》：A列写“发布人／问／答”，B列是整段文字，一问一答各占一行。事实都在“答”的句子里：常住人口148.9万人、行政村374个、省定贫困村41个、区长任组长（区委副书记、区长；商务、财政、农业农村、乡村振兴为成员单位）、目前总体进度95%、中心“2020年12月”投入运营（只有月份）、免费培训和免费展示销售、第三方运营服务商、2020年农村网络零售额45.3亿元同比增长31.6%、15,236人次、下达资金500万元、资金管理办法和资金专用台账、未发生安全生产和质量事故。“贫困人口培训率63.5%”“支出率92.4%”只是比率，不是人数和拨付金额，不能当事实；“问”里的话（网友反映）不是事实；全文没有写考评截止日期，也没有自评分。",
    sheets: [{ name: "答记者问", rows, merges: ["A1:B1", "A2:B2", `A${rows.length}:B${rows.length}`] }],
    expect: {
      facts: {
        county: "电白区", residentPopulation: 1489000, adminVillagesStated: 374, poorVillagesStated: 41, overallProgress: 0.95,
        centerOpened: "2020-12", centerFreeTraining: true, centerDisplay: true, thirdPartyOperator: true, ruralRetail2020: 4530000000,
        ruralRetailGrowthStated: 0.316, trainingPersonTimesStated: 15236, fundAllocated: 5000000, fundSystemIssued: true, fundLedgerKept: true,
        vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}


// =====================================================================================================
// l1 — 揭阳市揭西县: 市局台账模板（填表说明｜站点台账｜宣传报道｜隐藏代码表），下拉列旁是代码辅助列
// =====================================================================================================
function buildL1() {
  const DIV = "445222";
  const TOWNS = [["河婆街道", "001"], ["龙潭镇", "101"], ["南山镇", "102"], ["灰寨镇", "103"], ["京溪园镇", "104"], ["五云镇", "105"], ["上砂镇", "106"], ["良田乡", "201"],
    ["坪上镇", "107"], ["钱坑镇", "108"], ["凤江镇", "109"], ["东园镇", "110"]];
  const vn = nameMaker("新东西南北上下大石龙坑水溪田", "楼寨埔岭坑围湖洋光美联", "村", []);
  const st = [];
  TOWNS.forEach(([t, tc], ti) => {
    const n = 2 + (ti % 3);
    for (let k = 0; k < n; k++) {
      const name = vn();
      st.push({ town: t, tc: DIV + tc, name, vc: DIV + tc + String(201 + k * 3 + rint(0, 2)), opened: randIsoBetween("2020-03-01", "2021-08-28") });
    }
  });
  st.sort((a, b) => TOWNS.findIndex((x) => x[0] === a.town) - TOWNS.findIndex((x) => x[0] === b.town) || cmp(a.opened, b.opened));
  const noDate = 7;
  const SW = 10;
  const sRows = [padRow(["揭西县村级电子商务服务站点台账"], SW), padRow(["（揭阳市商务局台账模板2021版·表2）"], SW),
    ["序号", "镇（街道）", "镇代码", "所在村", "村代码", "站点名称", "站点类型", "类型代码", "建站日期", "是否正常运营"]];
  const TYPES = [["邮政合作", "1"], ["供销合作", "2"], ["企业合作", "3"], ["其他", "9"]];
  const recs = [];
  st.forEach((s, i) => {
    const ty = TYPES[i % 4 === 3 ? 0 : i % 4];
    const dc = i === noDate ? "YYYY-MM-DD" : [D(s.opened), dashNoPad(s.opened), dotDate(s.opened)][i % 3];
    sRows.push([i + 1, s.town, s.tc, i % 5 === 2 ? s.name.replace(/村$/, "村委会") : s.name, s.vc, `${s.name.replace(/村$/, "")}电商服务站`, ty[0], ty[1], dc, i % 6 === 5 ? "请选择" : "是"]);
    recs.push(i === noDate ? { village: s.name } : { village: s.name, opened: s.opened });
  });
  sRows.push(padRow([`注：建站日期按YYYY-MM-DD填写；本表共${st.length}个站点。`], SW));
  const sM = ["A1:J1", "A2:J2", `A${sRows.length}:J${sRows.length}`];

  const LV = { 国家级: ["1", "national"], 省级: ["2", "province"], 市级: ["3", "city"], 县级: ["4", "county"] };
  const MEDIA = [
    ["2020-09-24", "揭西县融媒体中心", "县级", "电视", "灰寨镇电商服务站带火客家擂茶", "否"],
    ["2020-11-13", "揭阳日报", "市级", "报纸", "揭西：小站点连通农产品大市场", "否"],
    ["2021-01-08", "学习强国广东学习平台", "省级", "网络", "揭西县农村电商助力乡村振兴", "否"],
    ["2021-03-26", "广东广播电视台珠江频道", "省级", "电视", "揭西脱贫户网上卖青梅", "是"],
    ["2021-05-14", "“揭西发布”微信公众号", "请选择", "网络", "我县举办第三期电商直播培训班", "否"],
    ["2021-06-30", "央视农业农村频道", "国家级", "电视", "客家山货上网记", "否"],
    ["2021-08-19", "揭阳广播电视台", "市级", "电视", "揭西县电商公共服务中心开展免费摄影服务", "否"],
  ];
  const mRows = [padRow(["揭西县电子商务宣传报道清单"], 9), padRow(["（揭阳市商务局台账模板2021版·表9）"], 9),
    ["序号", "报道日期", "媒体名称", "媒体级别", "级别代码", "报道形式", "形式代码", "报道标题", "是否电商扶贫典型案例"]];
  const FORM = { 电视: "TV", 报纸: "NP", 网络: "NW" };
  const mRecs = [];
  MEDIA.forEach((m, i) => {
    mRows.push([i + 1, [D(m[0]), cnDate(m[0])][i % 2], m[1], m[2], LV[m[2]] ? LV[m[2]][0] : "#N/A", m[3], FORM[m[3]], m[4], m[5]]);
    mRecs.push({ date: m[0], level: LV[m[2]] ? LV[m[2]][1] : null, tv: m[3] === "电视" });
  });
  const codeRows = [["类别", "代码", "名称"], ["站点类型", "1", "邮政合作"], ["站点类型", "2", "供销合作"], ["站点类型", "3", "企业合作"], ["站点类型", "9", "其他"],
    ["媒体级别", "1", "国家级"], ["媒体级别", "2", "省级"], ["媒体级别", "3", "市级"], ["媒体级别", "4", "县级"], ["报道形式", "TV", "电视"], ["报道形式", "NP", "报纸"],
    ["报道形式", "NW", "网络"], ["是否", "1", "是"], ["是否", "0", "否"]];
  TOWNS.forEach(([t, tc]) => codeRows.push(["镇（街道）", DIV + tc, t]));
  const guide = [["填表说明"], ["一、本模板共10张表，本册为表2《站点台账》和表9《宣传报道》，其余各表另册报送。"], ["二、带下拉箭头的单元格请从下拉列表中选择，不得手工输入；代码列由公式自动带出，请勿修改。"],
    ["三、日期统一按YYYY-MM-DD格式填写。"], ["四、“是否电商扶贫典型案例”默认为“否”，如是请改选“是”。"], ["五、填报截止：2021年9月10日前报市商务局电商科。"]];
  return {
    description:
      "揭阳揭西县商务局按揭阳市商务局台账模板（2021版）交的一册（四个表）。①《填表说明》是模板的说明，不是台账。②《站点台账》（模板表2）：序号｜镇（街道）｜镇代码｜所在村｜村代码｜站点名称｜站点类型｜类型代码｜建站日期｜是否正常运营；镇、站点类型是下拉，旁边的“镇代码”“村代码”“类型代码”是公式带出的辅助列（12位区划代码、1/2/3），不是数据；建站日期有日期格、“2020-5-6”、“2020.5.6”，有一行仍是模板占位“YYYY-MM-DD”（没填日期，站点照样是一条记录）；“是否正常运营”有几格还是“请选择”。③《宣传报道》（模板表9）：媒体级别、报道形式是下拉，旁边是级别代码（1国家级／2省级／3市级／4县级）和形式代码（TV/NP/NW）；“揭西发布”公众号那行级别没选，仍是“请选择”、代码#N/A（级别未知）；“是否电商扶贫典型案例”模板默认“否”，只有一条改成“是”。④隐藏的《代码表》是下拉和代码的字典，不是台账。",
    sheets: [
      { name: "填表说明", rows: guide },
      { name: "站点台账", rows: sRows, merges: sM },
      { name: "宣传报道", rows: mRows, merges: ["A1:I1", "A2:I2"] },
      { name: "代码表", rows: codeRows, hidden: true },
    ],
    expect: {
      sheets: {
        "填表说明": { kind: null },
        "站点台账": { kind: "stations", records: recs },
        "宣传报道": { kind: "media", records: mRecs },
        "代码表": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 梅州市丰顺县: 专户银行流水（借方＝拨付）＋粤政易发文记录导出（只有发往梅州市商务局的才是报送）
// =====================================================================================================
function buildL2() {
  const ALLOC_DATE = "2020-05-21";
  const OUT = [
    ["2020-06-16", "付县电商公共服务中心装修工程款", "丰顺县××建筑工程有限公司", 586300],
    ["2020-07-09", "付中心设备采购款", "梅州市××科技有限公司", 243850],
    ["2020-09-28", "付村级站点建设补助（汤坑、汤西、汤南）", "丰顺县××电子商务有限公司", 312000],
    ["2020-11-20", "付电商培训费（第一至三期）", "广东××职业培训学校", 97600],
    ["2021-01-12", "付物流配送车辆购置款", "梅州市××汽车销售有限公司", 418000],
    ["2021-03-05", "付村级站点建设补助（八乡山、潭山、龙岗）", "丰顺县××电子商务有限公司", 265500],
    ["2021-04-27", "付“丰顺单丛茶”品牌推广费", "广州××文化传播有限公司", 158000],
    ["2021-06-18", "付电商培训费（第四至六期）", "广东××职业培训学校", 104250.5],
    ["2021-08-30", "付村级站点运营补助", "丰顺县××电子商务有限公司", 176400],
  ];
  const IN = [[ALLOC_DATE, "收省级电子商务进农村综合示范专项资金", "丰顺县财政局", 5000000], ["2020-06-21", "结息", null, 1862.43], ["2020-09-21", "结息", null, 3127.9],
    ["2020-12-21", "结息", null, 2408.66], ["2021-03-21", "结息", null, 1950.12], ["2021-06-21", "结息", null, 1532.08]];
  const tx = OUT.map((o) => ({ d: o[0], memo: o[1], cp: o[2], dr: o[3], cr: null })).concat(IN.map((o) => ({ d: o[0], memo: o[1], cp: o[2], dr: null, cr: o[3] })));
  tx.sort((a, b) => cmp(a.d, b.d) || (a.cr ? -1 : 1));
  const W = 8;
  const rows = [padRow(["中国农业银行 账户交易明细（对账单）"], W), padRow(["户名：丰顺县商务局电子商务进农村综合示范专户　　账号：44-52××××××××××17　　币种：人民币　　起止日期：20200501-20210831"], W),
    ["交易日期", "交易时间", "凭证种类", "摘要", "对方户名", "借方发生额", "贷方发生额", "余额"]];
  let bal = 0;
  rows.push([20200501, null, null, "期初余额", null, null, null, "0.00"]);
  const recs = [];
  tx.forEach((t, i) => {
    bal = yuan2(bal - (t.dr || 0) + (t.cr || 0));
    rows.push([ydNum(t.d), hms(), t.dr ? "转账支票" : t.memo === "结息" ? "利息" : "电汇", t.memo, t.cp, t.dr ? fmtMoney(t.dr) : null, t.cr ? fmtMoney(t.cr) : null, fmtMoney(bal)]);
    if (t.dr) recs.push({ date: t.d, amount: t.dr });
  });
  const drSum = sumYuan(OUT.map((o) => o[3]));
  const crSum = sumYuan(IN.map((o) => o[3]));
  assert(yuan2(crSum - drSum) === bal, "l2 balance");
  rows.push([null, null, null, "本期合计", null, fmtMoney(drSum), fmtMoney(crSum), fmtMoney(bal)]);
  rows.push(padRow(["打印时间：2021/09/06 10:14:52　　　　柜员：0327　　　　（本对账单仅供核对账务使用）"], W));
  const fM = ["A1:H1", "A2:H2", `A${rows.length}:H${rows.length}`];

  // ② 粤政易发文记录导出
  const SENT = [];
  WINDOW.forEach((m, i) => {
    if (m === "2021-04") return;
    const d = `${m}-${String(rint(4, 12)).padStart(2, "0")}`;
    SENT.push({ d, to: "梅州市商务局", title: `丰顺县${cnMonth(m)}电子商务进农村综合示范工作进展情况`, att: i % 3 === 0 ? "工作进展.docx；电商扶贫统计表.xlsx" : "工作进展.docx", rep: true });
  });
  SENT.push({ d: "2020-10-20", to: "丰顺县人民政府办公室", title: "关于电子商务进农村综合示范项目建设进度的报告", att: "进度报告.docx", rep: false });
  SENT.push({ d: "2021-04-29", to: "丰顺县财政局", title: "关于申请拨付村级站点建设补助资金的函", att: "拨付申请.pdf", rep: false });
  SENT.push({ d: "2021-06-16", to: "梅州市商务局；丰顺县人民政府", title: "丰顺县电子商务进农村综合示范创建中期自查报告", att: "自查报告.docx", rep: true });
  SENT.sort((a, b) => cmp(a.d, b.d));
  const yRows = [padRow(["粤政易·公文交换　已发送列表（导出）"], 6), padRow(["发送单位：丰顺县商务局　　导出时间：2021-09-06 15:40:07"], 6),
    ["序号", "发送时间", "接收单位", "标题", "附件", "状态"]];
  const yRecs = [];
  SENT.forEach((s, i) => {
    yRows.push([i + 1, `${s.d} ${hms()}`, s.to, s.title, s.att, i % 4 === 1 ? "已签收" : "已阅"]);
    if (s.rep) yRecs.push({ date: s.d });
  });
  assert(inWindowMonths(yRecs.map((r) => r.date)) === 11, "l2 11 months");
  return {
    description:
      "梅州丰顺县商务局交的两张表，都是系统导出的，不是自己做的台账。①《专户流水》是农业银行示范专户的对账单：户名、账号、起止日期在上面，交易日期是8位数字（20200616），交易时间带秒，借方发生额（付出去的钱，就是拨付）和贷方发生额（省级资金500万元到账、每季度结息）分两列，带千分位文本，余额列逐笔滚动；第一行“期初余额”和末行“本期合计”不是拨付，结息和资金到账是收入，不是拨付；打印时间一行在表下。②《粤政易发文》是公文交换“已发送”列表导出：发送时间（带时分秒）｜接收单位｜标题｜附件｜状态；每月发梅州市商务局的进展情况是报送（2021年4月没有），发县政府办、县财政局的不是向市商务局报送；一份同时发“梅州市商务局；丰顺县人民政府”的中期自查报告也算报送。附件名里有的带“电商扶贫统计表”，本例不检查扶贫统计。",
    sheets: [
      { name: "专户流水", rows, merges: fM },
      { name: "粤政易发文", rows: yRows, merges: ["A1:F1", "A2:F2"] },
    ],
    expect: {
      sheets: {
        "专户流水": { kind: "funds", records: recs },
        "粤政易发文": { kind: "reports", records: yRecs },
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
write("counties", "b255-c1-gaozhou.json", c1);
write("facts", "b255-f1-haifeng.json", f1);
write("facts", "b255-f2-guangning.json", f2);
write("facts", "b255-f3-dianbai.json", f3);
write("ledgers", "b255-l1-jiexi.json", l1);
write("ledgers", "b255-l2-fengshun.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
