// Batch 223 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b222.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (223223), no clock. Run: node test/corpus/_b223/gen-b223.js
//
// c1 始兴县 (韶关): the facts sheet is a 《分年度数据对照表》 — 序号｜指标｜单位｜2019年｜2020年｜2021年1—8月｜累计／现状｜备注 (only the
//    2019/2020 columns for 网零, the 累计／现状 column for stocks; the 去重 累计 of poor trainees is not the sum of the years), then
//    二、是否事项 (情况｜时间), 三、组织领导 line, 四、自评得分 (claimed). Ledgers: 村居 with a 快递 column that contradicts the fact,
//    站点 (a 村民委员会 variant and a two-digit year decide 70%), 培训 sessions, 园区, 拨付 in 万元 with 年度小计, 月报, 专栏 months
//    as columns, 宣传, 材料, 填表说明.
// f1 高州市 (茂名): a 《签报》 memo form — 呈报单位｜编号｜签发, the body as numbered paragraphs (facts in sentences: 亿元, a 公文 date
//    in Chinese numerals, 分管副市长 leads), 拟办意见 / 领导批示 cells that are not facts, and an attached 主观项自评 list (judged only).
// f2 龙门县 (惠州): the city's one-record wide 报数表 — two header rows (merged groups over 38 field columns), one data row for 龙门县,
//    a 填表说明 row saying 是填1／否填0, dates as 8-digit numbers, money in 万元 by the group header, one cell left blank.
// f3 兴宁市 (梅州): the bureau's 《迎检统一口径卡》 — 话题｜对外统一口径｜关键数据｜内部提示（勿外传）; facts come from the 口径 and
//    数据 columns; the 内部提示 column carries numbers that are not the county's statement (含9月的, 户籍人口, 目标数).
// l1 博罗县 (惠州): ① 站点《月度运营报表》 — one station a row, 挂牌日期 then twelve month columns of 交易额 (not dates), a 镇 subtotal
//    row, a 暂停 station; ② 培训费《结算汇总表》 — 计划人数 vs 实到人数 (人次 = 实到), a cancelled 0-attendance class; ③ 说明.
// l2 恩平市 (江门): ① 《宣传报道剪报目录》 — 级别 as 央媒/省媒/市媒/本地, 载体 电视 vs 报纸; ② 网站 CMS《信息发布记录》 — only 状态
//    已发布 rows of the 电商专栏 count, 草稿/已撤回 and other 栏目 are not; ③ 经验材料报送; ④ 封面.
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
let seed = 223223;
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
    assert(/^b223-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b223-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b223-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 韶关市始兴县: 分年度数据对照表（事实、是否事项、自评分）＋ 9 个台账 ＋ 填表说明
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = ["太平镇", "马市镇", "澄江镇", "顿岗镇", "罗坝镇", "司前镇", "隘子镇", "城南镇", "沈所镇", "深渡水瑶族乡"];
  const NV = [14, 15, 12, 13, 12, 10, 13, 9, 11, 9];
  const NC = [7, 1, 1, 1, 0, 1, 1, 0, 0, 0];
  const vn = villageNamer("石坪江新上下大长黄龙竹花水东南西北高塘岭樟社沙", "坑田塘岭坝洞围坪岗背口寨坳溪墩");
  const cnm = nameMaker("兴太城东西南北", "华平安隆昌盛和", "社区", []);
  const villages = [];
  TOWNS.forEach((t, ti) => {
    for (let i = 0; i < NV[ti]; i++) villages.push({ town: t, name: vn(), admin: true, poor: false, express: true });
    for (let i = 0; i < NC[ti]; i++) villages.push({ town: t, name: cnm(), admin: false, poor: null, express: null });
  });
  const adminV = villages.filter((v) => v.admin);
  const comms = villages.filter((v) => !v.admin);
  assert(adminV.length === 118 && comms.length === 12, "c1 villages " + adminV.length + "/" + comms.length);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const rural = shuffle(adminV.filter((v) => v.town !== "太平镇"));
  const poorList = rural.slice(0, 16);
  for (const v of poorList) v.poor = true;
  const noExpress = rural[40];
  noExpress.express = false;

  // ---------------- 村居名单
  const W = 7;
  const vRows = [padRow(["始兴县村（居）民委员会基本情况表"], W), padRow(["填报单位：始兴县商务局　　　　　　　　　　数据来源：县民政局、县乡村振兴局、县邮政分公司"], W),
    ["序号", "乡镇", "村（居）委会名称", "类别", "是否省定贫困村", "快递物流是否通达", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let seq = 0;
  for (const t of TOWNS) {
    const r0 = vRows.length + 1;
    for (const v of villages.filter((x) => x.town === t)) {
      seq++;
      if (v.admin) vRows.push([seq, t, v.name + "委会", "行政村", v.poor ? "是" : "否", v.express ? "已通达" : "未通达", v === noExpress ? "快递由镇网点代收，未进村" : null]);
      else vRows.push([seq, t, v.name + "居委会", "社区", "—", "—", null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(padRow([null, "合计", `行政村${adminV.length}个（其中省定贫困村${poorList.length}个），社区${comms.length}个`], W));
  vMerges.push(`C${vRows.length}:G${vRows.length}`);

  // ---------------- 站点
  // 83 of 118 行政村 covered by the cut-off: 83/118 = 70.3% (82 would be 69.5%)
  const nonPoor = shuffle(rural.slice(16).concat(adminV.filter((v) => v.town === "太平镇")).filter((v) => v !== noExpress));
  const stations = [];
  for (const v of poorList) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-06-01", "2021-07-31") });
  for (const v of nonPoor.slice(0, 67)) stations.push({ town: v.town, village: v.name, opened: randIsoBetween("2020-06-01", "2021-08-25") });
  const variantSt = stations[3]; // a poor village written 村民委员会
  variantSt.variant = true;
  const twoYearSt = stations[30]; // typed 21.3.5 style
  twoYearSt.opened = "2021-03-05";
  twoYearSt.twoYear = true;
  stations.push({ town: nonPoor[5].town, village: nonPoor[5].name, opened: "2021-05-18", second: true });
  stations.push({ town: nonPoor[70].town, village: nonPoor[70].name, opened: "2021-09-03" });
  stations.push({ town: "太平镇", village: comms[0].name, opened: "2020-11-20", comm: true });
  stations.push({ town: "司前镇", village: "车八岭林场", opened: "2021-04-12", notInList: true });
  const covered = new Set(stations.filter((s) => !s.comm && !s.notInList && s.opened <= CUT).map((s) => s.village));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 83 && poorCovered === 16, "c1 coverage " + covered.size + "/" + poorCovered);
  assert(ratioGE(83, 118, 70) && !ratioGE(82, 118, 70), "c1 coverage boundary");
  const tIdx = (t) => TOWNS.indexOf(t);
  stations.sort((a, b) => tIdx(a.town) - tIdx(b.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["始兴县村级电子商务服务站点清单"], 8), padRow(["（统计至2021年9月10日）"], 8),
    ["序号", "乡镇", "站点名称", "所在村", "详细地址", "站长", "联系电话", "挂牌运营时间"]];
  stations.forEach((s, i) => {
    const stem = s.village.replace(/村$|社区$|林场$/, "");
    const nm = s.second ? `${stem}村电商服务站（圩镇点）` : s.comm ? `${stem}社区电商服务点` : s.notInList ? "车八岭林场电商服务点" : `${stem}村电商服务站`;
    const vil = s.variant ? s.village.replace(/村$/, "村民委员会") : s.comm ? s.village + "居委会" : s.village;
    const op = s.twoYear ? twoDot(s.opened) : dateCell(s.opened, i);
    sRows.push([i + 1, s.town, nm, vil, `${s.town}${stem}${s.comm ? "社区" : s.notInList ? "林场场部" : "村委会旁"}`, personName(), mask(phone()), op]);
  });
  sRows.push(padRow([null, `共${stations.length}个站点`], 8));
  sRows.push(padRow(["注：车八岭林场为国有林场，不属行政村；9月挂牌站点列入清单备查。"], 8));
  const sMerges = ["A1:H1", "A2:H2", `A${sRows.length}:H${sRows.length}`];

  // ---------------- 培训（期次）
  const sessions = [];
  let d = "2020-09-08";
  for (let i = 0; i < 22; i++) {
    sessions.push({ date: d, pt: rint(85, 115) });
    d = isoAdd(d, rint(13, 16));
  }
  assert(sessions[21].date <= CUT, "c1 sessions in time " + sessions[21].date);
  sessions.push({ date: "2021-09-14", pt: 96 });
  const ptCut = sum(sessions.filter((s) => s.date <= CUT).map((s) => s.pt));
  const POP = 213700;
  assert(ratioGE(ptCut, POP, 1), "c1 person-times " + ptCut);
  const pt2020 = sum(sessions.filter((s) => s.date < "2021-01-01").map((s) => s.pt));
  const pt2021 = ptCut - pt2020;
  const tRows = [padRow(["始兴县电子商务培训台账"], 7), ["期数", "培训时间", "培训地点", "培训内容", "培训对象", "培训人次", "授课单位"]];
  const PL = ["县电商公共服务中心", "马市镇文化站", "澄江镇政府", "顿岗镇电商服务站", "隘子镇党群服务中心", "罗坝镇文化站"];
  const TP = ["电商基础知识", "网店开设", "短视频拍摄", "直播带货", "农产品品牌与包装", "电商扶贫专场"];
  sessions.forEach((s, i) => {
    const pc = i % 6 === 2 ? `${s.pt}人` : i % 7 === 5 ? fullWidth(String(s.pt)) : s.pt;
    tRows.push([`第${CN_NUM[i + 1] || i + 1}期`, dateCell(s.date, i + 1), PL[i % PL.length], TP[i % TP.length], i % 6 === 5 ? "脱贫户、监测户" : "农户、合作社、返乡青年", pc, "县电商公共服务中心"]);
  });
  tRows.push(padRow(["合计", null, null, null, null, sum(sessions.map((s) => s.pt))], 7));

  // ---------------- 园区企业
  const fn = nameMaker("始丰兴澄墨帽沈隘", "江源华盛达禾嘉汇", "", ["始兴"]);
  const TY = ["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "销售型", "电商运营商", "电商运营商", "电商运营商",
    "物流企业", "物流企业", "物流企业", "销售型", "销售型", "平台型", "电商运营商", "销售型", "销售型", "物流企业"];
  const firms = TY.map((t) => ({ name: `始兴县${fn()}${t === "物流企业" ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440222"), entered: randIsoBetween("2020-08-01", "2021-07-31"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[2].left = isoAdd(firms[2].entered, 120);
  firms[7].left = isoAdd(firms[7].entered, 90);
  assert(firms[2].left < CUT && firms[7].left < CUT, "c1 left before cut");
  firms.push({ name: `始兴县${fn()}电子商务有限公司`, type: "销售型", code: creditCode("440222"), entered: "2021-09-06", left: null });
  const inPark = firms.filter((f) => f.entered <= CUT && (f.left === null || f.left > CUT));
  const types = new Set(inPark.map((f) => f.type));
  assert(inPark.length === 20 && types.size === 4, "c1 park " + inPark.length);
  const eRows = [padRow(["始兴县电子商务产业园入驻企业名单"], 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "状态", "备注"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, dateCell(f.entered, i + 2), f.left ? `已退园（${dotDate(f.left)}）` : "在园",
    f.entered > CUT ? "2021年9月新入驻" : null]));

  // ---------------- 资金（万元）
  const ALLOC = 5000000;
  const pays = [["2020-06-30", 1200000, "公共服务中心建设首期款"], ["2020-09-25", 385600, "村级站点建设（第一批）"], ["2020-11-30", 262400, "电商培训服务费"],
    ["2020-12-28", 418500, "产业园整合提升"], ["2021-02-05", 306800, "村级站点建设（第二批）"], ["2021-04-20", 227300, "物流配送体系"],
    ["2021-06-11", 318900, "公共服务中心运营费"], ["2021-07-26", 196400, "农产品品牌推广"], ["2021-08-30", 274100, "溯源及冷链设备"],
    ["2021-09-09", 386000, "站点建设尾款"]];
  const spent = sum(pays.filter((p) => p[0] <= CUT).map((p) => p[1]));
  assert(ratioGE(spent, ALLOC, 70) && !ratioGE(spent, ALLOC, 80), "c1 spent " + spent);
  const sp2020 = sum(pays.filter((p) => p[0] < "2021-01-01").map((p) => p[1]));
  const sp2021 = spent - sp2020;
  const fRows = [padRow(["始兴县电子商务进农村综合示范专项资金拨付台账"], 6), padRow(["金额单位：万元"], 6),
    ["拨付日期", "项目", "收款单位", "拨付金额", "凭证号", "备注"]];
  let yr = null;
  let sub = 0;
  const flush = () => {
    if (yr) fRows.push([null, `${yr}年小计`, null, wan4(sub), null, null]);
  };
  pays.forEach((p, i) => {
    const y = p[0].slice(0, 4);
    if (y !== yr) {
      flush();
      yr = y;
      sub = 0;
    }
    sub += p[1];
    fRows.push([dateCell(p[0], i + 2), p[2], i % 2 ? "始兴县电商运营服务有限公司" : "中标单位", wan4(p[1]), `记${pad3(i + 11)}`, p[0] > CUT ? "9月拨付" : null]);
  });
  flush();
  fRows.push([null, "累计", null, wan4(sum(pays.map((p) => p[1]))), null, "含9月"]);

  // ---------------- 月报
  const rRows = [padRow(["始兴县向韶关市商务局报送工作情况登记"], 4), ["月份", "报送时间", "报送内容", "附电商扶贫统计"]];
  const repDates = [];
  monthsBetween("2020-09", "2021-08").forEach((m, i) => {
    const [y, mo] = m.split("-").map(Number);
    const dd = `${m}-${String(rint(24, lastDay(y, mo))).padStart(2, "0")}`;
    repDates.push(dd);
    rRows.push([`${mo}月`, dateCell(dd, i + 3), `${mo}月份示范创建工作进展及统计数据`, "√"]);
  });
  rRows.splice(1, 0, padRow(["（2020年9月—2021年8月，月报当月月底报送）"], 4));
  assert(inWindowMonths(repDates) === 12, "c1 reports");

  // ---------------- 专栏（月份为列）
  const upd = {};
  for (const m of WINDOW) upd[m] = m === "2021-01" ? null : `${m}-${String(rint(10, 28)).padStart(2, "0")}`;
  const uHead = ["栏目"].concat(WINDOW.map((m) => cnMonth(m)));
  const uRow = ["电子商务进农村综合示范专栏"].concat(WINDOW.map((m) => (upd[m] ? mdOnly(upd[m]) : null)));
  const uRows = [padRow(["县政府门户网站专栏更新情况（格内为当月发布日期）"], 13), uHead, uRow,
    padRow(["注：2021年1月专栏改版，当月未更新。"], 13)];
  const disMonths = WINDOW.filter((m) => upd[m]).length;
  assert(disMonths === 11, "c1 disclosure");

  // ---------------- 宣传、材料
  const media = [["2020-12-16", "南方+客户端", "省级", "网络", "始兴：电商服务站开到瑶乡", "否"],
    ["2021-03-22", "韶关日报", "市级", "报纸", "始兴电商培训进村入户", "否"],
    ["2021-05-08", "广东广播电视台珠江频道", "省级", "电视", "始兴枇杷“触网”，脱贫户增收", "是"],
    ["2021-07-15", "始兴县融媒体中心", "县级", "网络", "我县第十八期电商培训开班", "否"]];
  const mRows = [padRow(["宣传报道登记表"], 7), ["序号", "报道时间", "媒体名称", "媒体级别", "报道形式", "标题", "电商扶贫典型案例"]];
  media.forEach((m, i) => mRows.push([i + 1, dateCell(m[0], i), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [padRow(["经验材料报送登记"], 4), ["序号", "报送时间", "材料名称", "报送至"],
    [1, "2021年6月18日", "始兴县电子商务进农村综合示范创建工作经验", "韶关市商务局"]];
  const noteRows = [["填表说明"], ["1. 本工作簿数据统计截至2021年8月31日，台账中9月份记录仅作备查。"], ["2. 资金台账金额单位为万元。"],
    ["3. 站点清单“挂牌运营时间”即站点投入运营时间。"], ["联系人：县商务局电商股　0751-33×××××"]];

  // ---------------- 事实表: 分年度数据对照表
  const ELIG = 1286, TR20 = 455, TR21 = 391, TRAINED = 702;
  assert(TRAINED < TR20 + TR21, "c1 dedup");
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 8,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
  };
  const FW8 = 8;
  const fr = [padRow(["始兴县电子商务进农村综合示范创建基础数据分年度对照表"], FW8), padRow(["填报单位：始兴县商务局　　数据截至：2021年8月31日"], FW8),
    padRow(["一、主要数据"], FW8), ["序号", "指标", "单位", "2019年", "2020年", "2021年1—8月", "累计／现状（截至2021.8.31）", "备注"]];
  const fm = ["A1:H1", "A2:H2", "A3:H3"];
  const wanT = (y) => wanText(y, 2);
  const dataRows = [
    ["常住人口", "万人", "—", "—", "—", "21.37", "第七次全国人口普查"],
    ["行政村", "个", null, null, null, adminV.length, `另有社区居委会${comms.length}个`],
    ["省定贫困村", "个", null, null, null, poorList.length, null],
    ["农村网络零售额", "亿元", "9.82", "12.15", "8.06", "—", "2021年为1—8月数"],
    ["农产品网络零售额", "亿元", "1.46", "1.93", "1.31", "—", null],
    ["电商培训", "人次", "—", pt2020, pt2021, ptCut, "9月份培训不计入"],
    ["有劳动能力的建档立卡贫困人口（不含外出务工）", "人", null, null, null, ELIG, "县乡村振兴局确认"],
    ["其中：参加电商培训", "人", "—", TR20, TR21, TRAINED, "累计数按身份证号去重，两年都参训的只算一次"],
    ["省级专项资金下达", "万元", "500", null, null, "500", "粤商务电函〔2019〕29号"],
    ["专项资金累计拨付", "万元", "—", wanT(sp2020), wanT(sp2021), wanT(spent), "9月9日拨付38.6万元未计入"],
    ["项目总体进度", "%", null, null, null, "88%", null],
  ];
  dataRows.forEach((r, i) => fr.push([i + 1, ...r]));
  fr.push(padRow([], FW8));
  fr.push(padRow(["二、是否事项"], FW8));
  fm.push(`A${fr.length}:H${fr.length}`);
  fr.push(["序号", "事项", "情况", "完成时间", null, null, null, "备注"]);
  const yn = [
    ["示范创建工作方案", "已正式印发", "2020年3月16日", "始府办〔2020〕12号"],
    ["支持农村电商发展政策", "已出台", "2020年7月", "《始兴县扶持农村电子商务发展暂行办法》"],
    ["县级电子商务公共服务中心", "已投入运营", "2020.10.28", null],
    ["中心免费培训场所、设备", "有", null, "培训室1间、电脑50台"],
    ["特色农产品免费展示、销售", "有", null, null],
    ["免费摄影、美工服务", "有", null, null],
    ["农产品统一推广、品牌建设指导", "有", null, "“始兴枇杷”“始兴香菇”"],
    ["其他衍生增值服务", "无", null, "计划2021年第四季度开展"],
    ["电商产业园（建设或整合）", "已整合", "2020年9月", "原县电商孵化园整合提升"],
    ["专业第三方电商运营服务商", "有", null, null],
    ["行政村物流快递覆盖率100%", "是", null, null],
    ["专栏公示创建方案", "是", null, null],
    ["专栏公示项目基本信息", "是", null, null],
    ["专栏公示项目建设进度", "是", null, null],
    ["专栏设立征求意见或监督举报窗口", "是", null, "监督举报电话"],
    ["能统计电商扶贫情况", "是", null, null],
    ["专项资金管理制度", "已制定", "2020年5月", null],
    ["资金专用台账", "已建立", null, null],
    ["发生安全生产、质量事故或重大损失", "否", null, null],
    ["弄虚作假", "否", null, null],
  ];
  yn.forEach((r, i) => {
    fr.push([i + 1, r[0], r[1], r[2], null, null, null, r[3]]);
    fm.push(`D${fr.length}:G${fr.length}`);
  });
  fr.push(padRow([], FW8));
  fr.push(padRow(["三、组织领导：成立县电子商务进农村综合示范创建工作领导小组，县委副书记、县长任组长，副县长任常务副组长，成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监管局、县邮政分公司。"], FW8));
  fm.push(`A${fr.length}:H${fr.length}`);
  fr.push(padRow([], FW8));
  fr.push(padRow(["四、自评得分"], FW8));
  fm.push(`A${fr.length}:H${fr.length}`);
  fr.push(["序号", "评价指标", "分值", "自评分", "主观项细分", null, null, "扣分说明"]);
  fm.push(`E${fr.length}:G${fr.length}`);
  const SC = [
    ["组织领导", 2, "org.leadership", null, null], ["方案制定", 2, "org.plan", "2", null], ["政策支持", 2, "org.policy", "2", null],
    ["项目管理", 4, "org.management", "管理制度2，工作台账1", "台账部分项目记录不全"],
    ["服务体系建设（县级中心与产业园）", 15, "work.center", null, null], ["服务体系建设（村级站点覆盖）", 10, "work.coverage", null, null],
    ["农村产品上行", 10, "work.upward", "网销调研2，促销活动1，交易标准及冷链溯源1", "促销成效一般；溯源系统在建"],
    ["电商人才培训", 20, "work.training", null, null], ["信息公开", 4, "info.disclosure", null, null], ["数据上报", 6, "info.reporting", null, null],
    ["案例总结", 2, "promo.cases", null, null], ["经验推广", 8, "promo.media", null, null], ["制度建立", 5, "fund.system", "5", null],
    ["资金台账", 5, "fund.ledger", "4", "个别凭证待补"], ["资金支出", 5, "fund.spending", "及时拨付4", null],
    ["加分项：贫困人口培训率70%以上", 2, "bonus.poorTraining", null, "未达70%"], ["加分项：电商扶贫典型案例电视播报", 2, "bonus.tvCase", null, "省级电视"],
  ];
  SC.forEach((s, i) => {
    fr.push([i + 1, s[0], s[1], claimed[s[2]], s[3], null, null, s[4]]);
    fm.push(`E${fr.length}:G${fr.length}`);
  });
  const sumClaim = sum(SCORED.map(([id]) => claimed[id]));
  fr.push([null, "合计", 100, sumClaim, "加分另计1分", null, null, null]);
  fm.push(`E${fr.length}:G${fr.length}`);
  for (const r of fr) assert(r.length === FW8, "c1 fact width");

  // ---------------- points
  const centerOpened = "2020-10-28";
  const centerPts = 2 + (centerOpened <= "2021-02-28" ? 2 : 0) + 2 + 1 + 1 + 1 + 0 + 2 + (inPark.length >= 20 ? 2 : 0) + (types.size >= 3 ? 1 : 0);
  const covPts = (ratioGE(covered.size, Math.min(118, 200), 70) ? 5 : 2) + (poorCovered === poorList.length ? 5 : 3);
  const agriOk = (193 - 146) * 100 >= 30 * 146;
  const ruralOk = (1215 - 982) * 100 >= 30 * 982;
  assert(agriOk && !ruralOk, "c1 growth");
  const upPts = 2 + 1 + 1 + 0 + 1 + 2;
  const ptPts = ratioGE(ptCut, POP, 1) ? 10 : 8;
  const poorPts = ratioGE(TRAINED, ELIG, 50) ? 10 : 8;
  assert(centerPts === 14 && covPts === 10 && upPts === 7 && ptPts === 10 && poorPts === 10 && !ratioGE(TRAINED, ELIG, 70), "c1 pts");
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": centerPts, "work.coverage": covPts,
    "work.upward": upPts, "work.training": ptPts + poorPts, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2,
    "promo.media": 4 + 3 + 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  const bonus = 1;
  assert(scored === 92, "c1 scored " + scored);
  const vStem = variantSt.village.replace(/村$/, "");
  const derivation = [
    "org.leadership: “三、组织领导”一行：县委副书记、县长任组长（主要领导；副县长只是常务副组长），成员有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: 方案2020年3月16日正式印发；自评分表方案制定2 → 2",
    "org.policy: 扶持暂行办法已出台；自评2 → 2",
    "org.management: 主观项细分“管理制度2，工作台账1” → 3",
    `work.center: 中心2020.10.28投入运营（≤2021-02-28） → 2＋2；免费培训2、展示销售1、摄影美工1、品牌推广1；其他衍生增值服务“无”（计划四季度） → 0；产业园“已整合” → 2；《园区企业》截至8月31日在园${inPark.length}家（两家“已退园（…）”在截止日前退出不算，9月6日新入驻的不算） ≥ 20 → 2；类型平台型、销售型、电商运营商、物流企业4种 → 1；合计14（自评15）`,
    `work.coverage: 《村居名单》行政村118个（社区12个不算）；《站点清单》截止日前有站的行政村83个（${vStem}村写成“${vStem}村民委员会”也是该村；挂牌时间“${twoDot(twoYearSt.opened)}”是2021-03-05；一村两站算一次；社区服务点不算；车八岭林场不在村名单，不算并提示；2021-09-03挂牌的不算） → 83/118 = ${pct1(83, 118)} ≥ 70% → 5（少读一个就是82/118 = ${pct1(82, 118)} → 2）；省定贫困村16个全有站 → 5；合计10`,
    `work.upward: 主观细分 调研2、促销1、交易标准及冷链溯源1；第三方运营服务商“有” → 1；快递：《村居名单》有“快递物流是否通达”列，${noExpress.name}“未通达” → 0（事实表写“是”，名单为准并提示）；农村网零9.82→12.15亿元增${pct1(1215 - 982, 982)}不够，农产品网零1.46→1.93亿元增${pct1(193 - 146, 146)} ≥ 30% → 2（2021年1—8月列不用）；合计7（自评8）`,
    `work.training: 常住人口21.37万 = 213,700（<50万不封顶）；《培训台账》截止日前22期合计${fmtInt(ptCut)}人次（“×人”、全角数字照读；2021-09-14那期不算；合计行不另加） → ${pct2(ptCut, POP)} ≥ 1% → 10；贫困人口没有名单，用事实表“累计／现状”列：有劳动能力不含外出务工${ELIG}人、参训${TRAINED}人（累计按身份证去重，不是${TR20}＋${TR21}） → ${pct1(TRAINED, ELIG)} ≥ 50% → 10；合计20`,
    "info.disclosure: 专栏四项内容都“是” → 2；专栏更新表2020年9月—2021年8月缺2021年1月 → 不定时 1；合计3（自评4）",
    "info.reporting: 《月报登记》2020年9月—2021年8月每月都有报送日期 → 3；附电商扶贫统计“√”、事实表也“是” → 3；合计6",
    "promo.cases: 2021年6月18日向韶关市商务局报送经验材料 → 2",
    "promo.media: 截止日前南方+、广东广播电视台（省级） → 4；韶关日报（市级） → 3；始兴县融媒体中心（县级） → 1；合计8",
    "fund.system: 自评5 → 5",
    "fund.ledger: 自评4 → 4",
    `fund.spending: 《资金拨付》金额单位万元，截止日前9笔合计${fmtMoney(spent)}元（年度小计、累计行不是拨付；2021-09-09的38.6万元不算） / 5,000,000 = ${pct1(spent, ALLOC)} ≥ 70% → 及时拨付自评4 → 4`,
    `bonus.poorTraining: ${TRAINED}/${ELIG} = ${pct1(TRAINED, ELIG)} < 70% → 0`,
    "bonus.tvCase: 2021-05-08广东广播电视台珠江频道（省级电视）播报，标“电商扶贫典型案例”是 → 1",
    "veto.incident: 是否事项“发生安全生产、质量事故或重大损失”否 → 不否决",
    "veto.progress: 项目总体进度88% ≥ 40% → 不否决",
    "veto.fraud: 弄虚作假“否” → 不否决",
  ];
  return {
    description:
      `韶关始兴县商务局整本考评工作簿（11个表：分年度数据对照表＋9个台账＋填表说明），${scored}＋加分${bonus}＝${scored + bonus}分、未否决（自评${sumClaim}＋1）：事实表是《基础数据分年度对照表》——一、主要数据 序号｜指标｜单位｜2019年｜2020年｜2021年1—8月｜累计／现状｜备注（网零读2019、2020两列，1—8月列不是输入；存量读“累计／现状”；贫困人口参训累计702人按身份证去重，不是两年相加），二、是否事项 情况｜完成时间，三、组织领导一整行（县长任组长），四、自评得分（claimed，主观细分在“主观项细分”）；台账：村居名单的快递列有一村“未通达”（与事实“是”相反）、站点清单里一个贫困村写成“村民委员会”、一个挂牌时间写“21.3.5”，两者决定83/118＝70.3%；培训按期次人次；资金以万元记、有年度小计；专栏按月份为列缺1月。`,
    sheets: [
      { name: "分年度数据对照表", rows: fr, merges: fm },
      { name: "村居名单", rows: vRows, merges: vMerges },
      { name: "站点清单", rows: sRows, merges: sMerges },
      { name: "培训台账", rows: tRows, merges: ["A1:G1"] },
      { name: "园区企业", rows: eRows, merges: ["A1:G1"] },
      { name: "资金拨付", rows: fRows, merges: ["A1:F1", "A2:F2"] },
      { name: "月报登记", rows: rRows, merges: ["A1:D1", "A2:D2"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:M1", "A4:M4"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:D1"] },
      { name: "填表说明", rows: noteRows },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 茂名市高州市: 商务局《签报》（呈报单位、编号、正文分段、拟办意见、领导批示，附主观项自评）
// =====================================================================================================
function buildF1() {
  const W = 6;
  const rows = [];
  const m = [];
  const full = (a, text) => {
    rows.push(padRow([a, text], W));
    m.push(`B${rows.length}:F${rows.length}`);
  };
  rows.push(padRow(["高州市商务局签报"], W));
  m.push("A1:F1");
  rows.push(["呈报单位", "电子商务股", "编号", "高商签〔2021〕46号", "呈报日期", "2021年9月6日"]);
  rows.push(["签发", "局长 ×××", "核稿", "副局长 ×××", "密级", "无"]);
  full("标题", "关于我市省级电子商务进农村综合示范创建考评自评情况的签报");
  full("呈报", "×副市长：");
  const P = [
    "根据省商务厅考评工作通知，我局对照考评指标体系组织开展了自评，数据统计截至2021年8月31日。现将有关情况报告如下：",
    "一、组织领导。市政府成立了由分管副市长任组长的示范创建工作领导小组，市商务局、财政局、农业农村局、乡村振兴局、交通运输局、供销社为成员单位。《高州市电子商务进农村综合示范创建工作方案》已于二〇二〇年四月二十日正式印发，配套出台了《高州市促进农村电子商务发展扶持办法》。",
    "二、服务体系。市电子商务公共服务中心于二〇二〇年十一月十八日正式投入运营，设有免费培训教室和培训设备，为荔枝、龙眼等特色农产品提供免费展示、销售，统一推广“高州荔枝”区域公用品牌，并提供金融、物流对接等其他衍生增值服务；免费摄影、美工服务目前按件收取成本费用，尚未实现免费。依托金山开发区整合建设电商产业园。引入了专业第三方电商运营服务商。全市行政村物流快递覆盖率100%。",
    "三、农产品上行。2019年全市农村网络零售额30.46亿元，2020年38.92亿元；农产品网络零售额2019年8.35亿元，2020年11.27亿元。",
    "四、人才培训。全市常住人口132.05万人（按50万人计算培训基数），累计开展电商培训5,312人次。经市乡村振兴局核定，有劳动能力的建档立卡贫困人口（不含外出务工人员）8,642人，参加电商培训3,966人。",
    "五、信息公开和报送。市政府门户网站已设立电子商务进农村综合示范专栏，公示了创建方案、项目基本信息和建设进度，但征求意见和监督举报窗口尚未设立，拟在九月内补设。每月向茂名市商务局报送创建进展，电商扶贫数据纳入月报统计。",
    "六、资金管理。省级下达专项资金500万元，已制定专项资金管理办法，承建单位均建立资金专用台账，截至8月31日累计拨付371.85万元。项目总体进度约90%。",
    "七、其他。创建以来未发生安全生产和质量事故，未造成重大经济损失，不存在弄虚作假情况。",
    "主观评分项的自评意见见附件，妥否，请批示。",
  ];
  const r0 = rows.length + 1;
  for (const p of P) full(null, p);
  rows[r0 - 1][0] = "正文";
  m.push(`A${r0}:A${rows.length}`);
  full("拟办意见", "建议按自评意见报送，监督举报窗口请电商股9月15日前完成。（办公室 ×× 9月6日）");
  full("领导批示", "同意。请抓紧补齐监督举报窗口，确保10月考评顺利通过。×× 2021.9.7");
  rows.push(padRow(["附件：主观评分项自评意见"], W));
  m.push(`A${rows.length}:F${rows.length}`);
  rows.push(["序号", "评分项", "评分区间", "自评", "自评理由", null]);
  m.push(`E${rows.length}:F${rows.length}`);
  const J = [
    ["方案制定", "1—2分", "2分", "方案正式印发，任务分解到镇"],
    ["政策支持", "1—2分", "1分", "扶持办法落实资金偏少"],
    ["项目管理制度", "1—2分", "2分", "制定项目管理和验收办法"],
    ["工作台账", "1—2分", "2分", "台账完整"],
    ["网销调研及建议", "1—2分", "2分", "形成荔枝网销调研报告"],
    ["网络促销活动", "1—2分", "2分", "“荔枝节”线上促销成效明显"],
    ["交易标准与冷链、溯源", "1—2分", "1分", "冷链已建，溯源系统在建"],
    ["资金管理制度", "1—5分", "5分", null],
    ["资金台账", "1—5分", "4分", "个别合同附件未归档"],
    ["资金及时拨付", "1—5分", "3分", "部分进度款拨付滞后"],
  ];
  J.forEach((j, i) => {
    rows.push([i + 1, j[0], j[1], j[2], j[3], null]);
    m.push(`E${rows.length}:F${rows.length}`);
  });
  for (const r of rows) assert(r.length === W, "f1 width");
  return {
    description:
      "茂名高州市商务局电商股呈分管副市长的《签报》：表单格（呈报单位｜编号｜呈报日期、签发｜核稿｜密级），标题、称谓，正文九段一段一行（B:F合并），事实都在句子里——分管副市长任组长、方案“二〇二〇年四月二十日”印发、中心“二〇二〇年十一月十八日”投入运营（汉字日期）、摄影美工“按件收取…尚未实现免费”为否、网零写亿元、常住人口132.05万人、拨付371.85万元、总体进度“约90%”、监督举报窗口“尚未设立，拟在九月内补设”为否；“拟办意见”“领导批示”格与呈报日期9月6日都不是事实；附件《主观评分项自评意见》序号｜评分项｜评分区间｜自评（“2分”）｜自评理由，只有主观分没有逐指标自评分。",
    sheets: [{ name: "签报", rows, merges: m }],
    expect: {
      facts: {
        county: "高州市", asOf: "2021-08-31", residentPopulation: 1320500, planIssued: true, policyIssued: true, centerOpened: "2020-11-18",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true, centerOther: true, parkBuilt: true,
        thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 3046000000, ruralRetail2020: 3892000000, agriRetail2019: 835000000,
        agriRetail2020: 1127000000, trainingPersonTimesStated: 5312, eligiblePoorPersonsStated: 8642, trainedPoorPersonsStated: 3966,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3718500, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 3,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f2 — 惠州市龙门县: 市局下发的一行式报数宽表（两行表头、是填1否填0、日期8位数字、金额万元）
// =====================================================================================================
function buildF2() {
  const F = [
    // [group, field, value]
    ["基本情况", "县（市、区）", "龙门县"], ["基本情况", "统计截止日期", 20210831], ["基本情况", "常住人口（万人）", 32.33],
    ["基本情况", "行政村数（个）", 160], ["基本情况", "省定贫困村数（个）", 25],
    ["组织领导", "领导小组组长职务", "县委副书记、县长"], ["组织领导", "成员单位", "商务局、财政局、农业农村局、乡村振兴局、交通运输局、邮政分公司"],
    ["组织领导", "工作方案已正式印发", 1], ["组织领导", "支持政策已出台", 1],
    ["公共服务中心", "投入运营日期", 20201225], ["公共服务中心", "免费培训场所及设备", 1], ["公共服务中心", "免费展示销售", 1],
    ["公共服务中心", "免费摄影美工", 1], ["公共服务中心", "统一推广及品牌建设", 1], ["公共服务中心", "其他衍生增值服务", null],
    ["产业园及运营", "电商产业园", 0], ["产业园及运营", "第三方运营服务商", 1], ["产业园及运营", "行政村快递全覆盖", 0],
    ["网络零售（万元）", "2019年农村网络零售额", 126800], ["网络零售（万元）", "2020年农村网络零售额", 171500],
    ["网络零售（万元）", "2020年农产品网络零售额同比增速（%）", 27.4],
    ["人才培训", "培训人次", 3418], ["人才培训", "有劳动能力贫困人口（不含外出务工）", 2205], ["人才培训", "参训贫困人口", 1206],
    ["信息公开", "专栏公示创建方案", 1], ["信息公开", "专栏公示项目基本信息", 1], ["信息公开", "专栏公示建设进度", 1], ["信息公开", "征求意见或监督举报窗口", 1],
    ["信息公开", "能统计电商扶贫情况", 1],
    ["资金（万元）", "省级下达资金", 500], ["资金（万元）", "累计拨付资金", 362.47], ["资金（万元）", "已制定资金管理制度", 1], ["资金（万元）", "已建立资金专用台账", 1],
    ["资金（万元）", "项目总体进度（%）", 82],
    ["否决事项", "发生安全生产、质量事故或重大损失", 0], ["否决事项", "弄虚作假", 0],
  ];
  const W = F.length + 1;
  const rows = [padRow(["惠州市电子商务进农村综合示范县考评数据报送表"], W), padRow(["填报单位（盖章）：龙门县商务局　　　填报人：×××　　　报送日期：2021年9月3日"], W)];
  const m = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  const g = ["序号"];
  const f = [null];
  let prev = null;
  let start = 0;
  F.forEach((x, i) => {
    g.push(x[0] === prev ? null : x[0]);
    f.push(x[1]);
    if (x[0] !== prev) {
      if (prev !== null && i - start > 1) m.push(`${colName(start + 1)}3:${colName(i)}3`);
      prev = x[0];
      start = i;
    }
  });
  if (F.length - start > 1) m.push(`${colName(start + 1)}3:${colName(F.length)}3`);
  m.push("A3:A4");
  rows.push(g, f);
  rows.push([1].concat(F.map((x) => x[2])));
  rows.push(padRow(["填表说明：1.是否类指标是填1、否填0，不清楚的不填；2.日期填8位数字（如20210831）；3.“网络零售”“资金”两组金额单位为万元，百分比只填数字。"], W));
  m.push(`A6:${colName(W - 1)}6`);
  for (const r of rows) assert(r.length === W, "f2 width " + r.length);
  return {
    description:
      "惠州龙门县商务局填的惠州市局《考评数据报送表》：一行一个县的宽表，两行表头（第3行分组名横向合并：基本情况、组织领导、公共服务中心、产业园及运营、网络零售（万元）、人才培训、信息公开、资金（万元）、否决事项；第4行36个字段名），第5行是龙门县的一条数据，下面一行填表说明写明“是填1、否填0，不清楚的不填”、日期是8位数字（20201225、截止日期20210831）、两组金额单位万元在分组名里、百分比只填数字（27.4、82）；“其他衍生增值服务”留空即未答；产业园、快递全覆盖填0为否；组长“县委副书记、县长”。",
    sheets: [{ name: "报送表", rows, merges: m }],
    expect: {
      facts: {
        county: "龙门县", asOf: "2021-08-31", residentPopulation: 323300, adminVillagesStated: 160, poorVillagesStated: 25, planIssued: true,
        policyIssued: true, centerOpened: "2020-12-25", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        parkBuilt: false, thirdPartyOperator: true, expressCoverage: false, ruralRetail2019: 1268000000, ruralRetail2020: 1715000000,
        agriRetailGrowthStated: 0.274, trainingPersonTimesStated: 3418, eligiblePoorPersonsStated: 2205, trainedPoorPersonsStated: 1206,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3624700, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.82,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 梅州市兴宁市: 《迎检统一口径卡》（话题｜对外统一口径｜关键数据｜内部提示）
// =====================================================================================================
function buildF3() {
  const W = 5;
  const rows = [padRow(["兴宁市电子商务进农村综合示范考评迎检统一口径卡"], W),
    padRow(["（供陪同人员使用，数据一律以截至2021年8月31日为准；“内部提示”栏仅供内部掌握，不对外口径）"], W),
    ["序号", "话题", "对外统一口径", "关键数据", "内部提示（勿外传）"]];
  const m = ["A1:E1", "A2:E2"];
  const T = [
    ["组织领导", "市长亲自挂帅任领导小组组长，商务、财政、农业农村、乡村振兴等部门为成员单位，每季度召开推进会。", "组长：市长", "常务副组长是分管副市长，被问到具体分工再说"],
    ["方案与政策", "创建工作方案已正式印发，配套出台了电商扶持政策。", "方案2020年5月8日印发", "扶持政策落实资金较少，不主动提"],
    ["基本情况", "全市常住人口约96万人，行政村所有村已纳入站点规划。", "常住人口96.06万人（七普）；行政村423个；省定贫困村34个", "户籍人口118.3万，不要混用"],
    ["公共服务中心", "中心2020年12月1日投入运营，免费培训、免费展示销售、免费摄影美工、统一品牌推广、其他增值服务五项都已开展。", "投入运营：2020.12.1", "试运营是11月10日，口径统一说12月1日"],
    ["产业园", "整合原兴宁电商谷建成电商产业园。", "在园企业23家", "9月新签的3家不要算进去"],
    ["第三方及物流", "引入专业第三方运营服务商；行政村快递物流覆盖率100%。", "覆盖率100%", null],
    ["网络零售", "2020年全市农村网络零售额同比增长31.6%。", "2019年24.37亿元，2020年32.07亿元", "农产品网零增速只有18%，不主动说"],
    ["人才培训", "累计开展电商培训，覆盖面超过常住人口1%。", "培训5,684人次", "含9月上旬两期共186人次的数是5,870，别报错"],
    ["贫困人口培训", "有劳动能力的建档立卡贫困人口（不含外出务工）中参训比例超过一半。", "有劳动能力（不含外出务工）6,215人，参训3,342人", "目标是4,350人（70%），没达到"],
    ["信息公开", "市政府网站设专栏，公示创建方案、项目基本信息、建设进度，设有监督举报窗口。", "专栏2020年8月开设", null],
    ["数据报送", "每月向梅州市商务局报送进展，电商扶贫情况单独统计。", null, null],
    ["资金", "省级专项资金500万元，已制定管理办法，各承建单位设专用台账，支出进度过七成。", "累计拨付378.6万元", "9月2日又拨了21.4万，那笔不算在内"],
    ["总体进度", "项目总体进度约91%。", "91%", null],
    ["安全与廉洁", "创建期间未发生安全生产、质量事故，无弄虚作假。", null, null],
  ];
  T.forEach((t, i) => rows.push([i + 1, ...t]));
  rows.push(padRow(["印制：兴宁市商务局电商股　2021年9月8日"], W));
  m.push(`A${rows.length}:E${rows.length}`);
  for (const r of rows) assert(r.length === W, "f3 width");
  return {
    description:
      "梅州兴宁市商务局电商股给陪同人员用的《迎检统一口径卡》：序号｜话题｜对外统一口径｜关键数据｜内部提示（勿外传），14个话题一行一个；事实只读“对外统一口径”和“关键数据”两栏（市长任组长、中心2020.12.1投入运营且五项服务都开展、常住人口96.06万人、行政村423个、农村网零24.37→32.07亿元及增长31.6%、5,684人次、6,215人中参训3,342人、拨付378.6万元、总体进度约91%），“内部提示”栏的户籍人口118.3万、试运营11月10日、含9月的5,870人次、目标4,350人、9月2日21.4万元、农产品增速18%都不是县里的陈述；印制日期不是截止日。",
    sheets: [{ name: "统一口径卡", rows, merges: m }],
    expect: {
      facts: {
        county: "兴宁市", asOf: "2021-08-31", residentPopulation: 960600, adminVillagesStated: 423, poorVillagesStated: 34, planIssued: true,
        policyIssued: true, centerOpened: "2020-12-01", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 2437000000,
        ruralRetail2020: 3207000000, ruralRetailGrowthStated: 0.316, trainingPersonTimesStated: 5684, eligiblePoorPersonsStated: 6215,
        trainedPoorPersonsStated: 3342, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3786000, fundSystemIssued: true, fundLedgerKept: true,
        overallProgress: 0.91, vetoIncident: false, vetoFraud: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 惠州市博罗县: 站点月度运营报表（月份列是交易额）、培训费结算汇总表（实到人数）、说明
// =====================================================================================================
function buildL1() {
  const TOWNS = ["园洲镇", "石湾镇", "龙溪街道", "杨村镇", "柏塘镇", "公庄镇"];
  const vn = villageNamer("沙田新上下大黄龙长罗石竹塘埔", "头围坑岭湖洲坑塘背坳寮");
  const st = [];
  TOWNS.forEach((t, ti) => {
    const n = [4, 3, 3, 4, 3, 3][ti];
    for (let i = 0; i < n; i++) st.push({ town: t, village: vn(), opened: randIsoBetween("2020-05-01", "2021-06-30") });
  });
  st[5].monthOnly = true;
  st[5].opened = st[5].opened.slice(0, 7);
  st[9].paused = true;
  st[14].variant = true;
  const W = 5 + 12 + 2;
  const rows = [padRow(["博罗县村级电商服务站点运营情况月报汇总（2020年9月—2021年8月）"], W), padRow(["交易额单位：元；“—”表示当月未挂牌"], W)];
  const m = [`A1:${colName(W - 1)}1`, `A2:${colName(W - 1)}2`];
  rows.push(["序号", "镇（街道）", "站点名称", "所在行政村", "挂牌日期"].concat(WINDOW.map((x) => cnMonth(x))).concat(["合计", "运营状态"]));
  const recs = [];
  let k = 0;
  for (const t of TOWNS) {
    const here = st.filter((s) => s.town === t).sort((a, b) => cmp(a.opened, b.opened));
    const tot = WINDOW.map(() => 0);
    for (const s of here) {
      k++;
      const vals = WINDOW.map((mo, j) => {
        if (mo < s.opened.slice(0, 7)) return "—";
        if (s.paused && mo >= "2021-05") return 0;
        const v = rint(3000, 48000);
        tot[j] += v;
        return v;
      });
      const opCell = s.monthOnly ? cnMonth(s.opened) : dateCell(s.opened, k + 1);
      const vil = s.variant ? s.village.replace(/村$/, "村民委员会") : s.village;
      rows.push([k, t, `${s.village.replace(/村$/, "")}村电商服务站`, vil, opCell].concat(vals).concat([sum(vals.filter((v) => typeof v === "number")), s.paused ? "2021年5月起暂停" : "正常"]));
      recs.push({ village: s.village, opened: s.opened });
    }
    rows.push([null, `${t}小计`, `${here.length}个站点`, null, null].concat(tot).concat([sum(tot), null]));
  }
  rows.push(padRow(["注：交易额为站点代购代销、农产品上行合计，来源于运营服务商后台；挂牌日期以授牌文件为准。"], W));
  m.push(`A${rows.length}:${colName(W - 1)}${rows.length}`);
  for (const r of rows) assert(r.length === W, "l1 width");
  assert(recs.length === 20, "l1 stations");

  // ---------------- 培训费结算
  const T = [
    ["2020-09-17", null, "电商基础知识培训班（第一期）", "县电商公共服务中心", 60, 58],
    ["2020-10-22", null, "农产品网络营销培训班", "园洲镇文化站", 50, 47],
    ["2020-11-25", "2020-11-26", "直播带货实操班（两天）", "县电商公共服务中心", 40, 39],
    ["2020-12-16", null, "电商扶贫专场培训班", "柏塘镇政府", 80, 72],
    ["2021-01-20", null, "网店运营提升班", "石湾镇电商服务站", 45, 0],
    ["2021-03-10", null, "电商基础知识培训班（第二期）", "杨村镇文化站", 60, 61],
    ["2021-04-14", null, "短视频拍摄剪辑班", "县电商公共服务中心", 50, 44],
    ["2021-05-19", null, "荔枝季网络销售专题班", "龙溪街道党群服务中心", 70, 66],
    ["2021-06-23", "2021-06-24", "电商创业孵化班（两天）", "县电商公共服务中心", 40, 38],
    ["2021-08-11", null, "公庄镇农户电商培训班", "公庄镇文化站", 60, 53],
    ["2021-09-08", null, "电商基础知识培训班（第三期）", "县电商公共服务中心", 60, 57],
  ];
  const tW = 10;
  const tr = [padRow(["博罗县电子商务培训服务费结算汇总表"], tW), padRow(["服务单位：惠州市××教育咨询有限公司　　　结算标准：每人每天150元"], tW),
    ["序号", "培训班名称", "培训日期", "培训地点", "计划人数", "实到人数", "培训天数", "结算人天", "结算金额（元）", "备注"]];
  const tRecs = [];
  T.forEach((x, i) => {
    const days = x[1] ? 2 : 1;
    const dcell = x[1] ? rangeText(x[0], x[1], "dot") : dateCell(x[0], i + 3);
    tr.push([i + 1, x[2], dcell, x[3], x[4], x[5], days, x[5] * days, x[5] * days * 150, x[5] === 0 ? "因疫情防控取消，不结算" : x[0] > "2021-08-31" ? "9月培训" : null]);
    if (x[5] > 0) tRecs.push({ date: x[1] || x[0], personTimes: x[5], id: null });
  });
  const act = T.filter((x) => x[5] > 0);
  tr.push([null, "合计", null, null, sum(T.map((x) => x[4])), sum(T.map((x) => x[5])), null, sum(T.map((x) => x[5] * (x[1] ? 2 : 1))), sum(T.map((x) => x[5] * (x[1] ? 2 : 1) * 150)), null]);
  tr.push(padRow(["经办：县商务局电商股　　复核：县财政局经建股"], tW));
  assert(tRecs.length === 10 && act.length === 10, "l1 training");

  const notes = [["说明"], ["本册为博罗县电子商务进农村综合示范创建台账第三册（站点运营、培训结算）。"],
    ["站点运营月报由运营服务商每月5日前报送，交易额未经审计。"], ["培训结算表的实到人数以签到表为准。"]];
  return {
    description:
      "惠州博罗县商务局台账第三册（说明＋两张借来的表）：①服务商报的《站点运营情况月报汇总》——序号｜镇（街道）｜站点名称｜所在行政村｜挂牌日期｜2020年9月…2021年8月十二个月份列｜合计｜运营状态，月份列里是交易额（元）和“—”（未挂牌），不是日期；每镇后面一行“××镇小计”不是站点；挂牌日期混有Excel序列号、只到月的“2020年×月”；一个站点“所在行政村”写成“××村民委员会”；“2021年5月起暂停”的站点仍是一个站点记录；共20个站点。②《培训服务费结算汇总表》——计划人数｜实到人数｜培训天数｜结算人天｜结算金额，人次取“实到人数”（不是计划人数，也不是按天数乘出来的结算人天），两天班写“2020.11.25-11.26”按结束日，实到0人“因疫情防控取消”的一期不是记录，9月那期照列，合计行不是记录；共10条（无身份证号）。③说明不是台账。",
    sheets: [
      { name: "说明", rows: notes },
      { name: "站点运营月报", rows, merges: m },
      { name: "培训费结算", rows: tr, merges: ["A1:J1", "A2:J2"] },
    ],
    expect: {
      sheets: {
        "说明": { kind: null },
        "站点运营月报": { kind: "stations", records: recs },
        "培训费结算": { kind: "training", records: tRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 江门市恩平市: 宣传报道剪报目录、网站 CMS 信息发布记录（只取专栏已发布）、经验材料报送、封面
// =====================================================================================================
function buildL2() {
  const LV = { 央媒: "national", 省媒: "province", 市媒: "city", 本地媒体: "county" };
  const M = [
    ["2020-10-14", "江门日报", "市媒", "报纸", "A03版", "恩平：电商服务站开进山村"],
    ["2020-11-27", "恩平电视台", "本地媒体", "电视", "恩平新闻", "我市举办电商直播带货培训班"],
    ["2021-01-08", "南方日报", "省媒", "报纸", "江门观察版", "恩平簕菜搭上电商快车"],
    ["2021-03-19", "人民网", "央媒", "网站", "广东频道", "广东恩平：农村电商助力乡村振兴"],
    ["2021-05-06", "江门广播电视台", "市媒", "电视", "江门新闻", "恩平电商扶贫典型：脱贫户网上卖濑粉"],
    ["2021-07-21", "“恩平发布”微信公众号", "本地媒体", "新媒体", null, "恩平市电子商务公共服务中心免费开放"],
    ["2021-09-02", "广东广播电视台", "省媒", "电视", "广东新闻联播", "江门恩平：小网店带动大产业"],
  ];
  const mr = [padRow(["恩平市电子商务进农村宣传报道剪报目录"], 8), ["序号", "刊播日期", "媒体", "媒体类别", "载体", "版面／栏目", "标题", "剪报页码"]];
  const mRecs = [];
  M.forEach((x, i) => {
    mr.push([i + 1, i % 3 === 0 ? D(x[0]) : i % 3 === 1 ? cnDate(x[0]) : dotDate(x[0]), x[1], x[2], x[3], x[4], x[5], `第${i * 2 + 1}—${i * 2 + 2}页`]);
    mRecs.push({ date: x[0], level: LV[x[2]], tv: x[3] === "电视" });
  });
  mr.push(padRow(["注：媒体类别按主办单位层级划分；本地媒体指恩平市融媒体中心所属媒体。"], 8));

  // ---------------- CMS 发布记录
  const SEC = "电子商务进农村综合示范专栏";
  const items = [];
  for (const mo of WINDOW) {
    if (mo === "2021-04") continue; // no 专栏 publication in April
    const n = rint(1, 2);
    for (let j = 0; j < n; j++) items.push({ sec: `${SEC}>${j ? "建设进度" : "项目信息"}`, created: `${mo}-${String(rint(3, 20)).padStart(2, "0")}`, status: "已发布" });
  }
  items.push({ sec: `${SEC}>建设进度`, created: "2021-04-16", status: "草稿" });
  items.push({ sec: `${SEC}>建设进度`, created: "2021-08-27", status: "待审核" });
  items.push({ sec: "商务动态", created: "2021-04-09", status: "已发布" });
  items.push({ sec: "通知公告", created: "2020-12-11", status: "已发布" });
  items.push({ sec: "商务动态", created: "2021-06-22", status: "已发布" });
  items.push({ sec: `${SEC}>监督举报`, created: "2020-08-25", status: "已发布" });
  for (const it of items) it.pub = it.status === "已发布" ? isoAdd(it.created, rint(0, 2)) : null;
  // keep a publication that crosses a month (created 2021-03-31, published 2021-04-01 would fill April: avoid)
  for (const it of items) if (it.pub && it.sec.startsWith(SEC) && it.pub.slice(0, 7) !== it.created.slice(0, 7)) it.pub = it.created;
  items.sort((a, b) => cmp(a.created, b.created));
  const cms = [padRow(["恩平市商务局网站信息发布记录（内容管理系统导出）"], 8), padRow(["导出时间：2021-09-06 15:42:10　　导出范围：全部栏目"], 8),
    ["信息ID", "标题", "所属栏目", "发布人", "创建时间", "发布时间", "状态", "点击量"]];
  const dRecs = [];
  items.forEach((it, i) => {
    const ttl = it.sec.startsWith(SEC) ? `恩平市电子商务进农村综合示范项目${it.sec.endsWith("建设进度") ? "建设进度" : it.sec.endsWith("监督举报") ? "监督举报方式" : "基本信息"}（${cnMonth(it.created)}）` : it.sec === "通知公告" ? "关于开展年货节促销活动的通知" : "市商务局开展安全生产检查";
    const tm = (h0, h1) => [rint(h0, h1), rint(0, 59), rint(0, 59)].map((x) => String(x).padStart(2, "0")).join(":");
    cms.push([String(20200000 + i * 37 + 11), ttl, it.sec, "admin_sw", `${it.created} ${tm(8, 11)}`, it.pub ? `${it.pub} ${tm(14, 17)}` : null, it.status, it.pub ? rint(12, 860) : 0]);
    if (it.pub && it.sec.startsWith(SEC)) dRecs.push({ date: it.pub });
  });
  const months = inWindowMonths(dRecs.map((r) => r.date));
  assert(months === 11, "l2 disclosure months " + months);

  const mat = [padRow(["经验材料报送情况"], 6), ["序号", "报送日期", "材料名称", "报送对象", "报送方式", "备注"],
    [1, "2021/3/30", "恩平市创建省级电子商务进农村综合示范县阶段性工作经验", "江门市商务局", "粤政易", null],
    [2, "2021年7月12日", "“电商＋簕菜”带动脱贫户增收典型案例", "江门市商务局", "电子邮件", "市局推荐省厅"],
    [3, "2021.9.1", "恩平市电子商务进农村综合示范创建工作总结", "江门市商务局", "公文交换", null]];
  const matRecs = [{ date: "2021-03-30" }, { date: "2021-07-12" }, { date: "2021-09-01" }];
  const cover = [["恩平市电子商务进农村综合示范创建台账"], ["第五册　信息公开、宣传推广"], ["恩平市商务局　二〇二一年九月"]];
  return {
    description:
      "江门恩平市商务局台账第五册（封面＋三张表）：①《宣传报道剪报目录》——序号｜刊播日期｜媒体｜媒体类别｜载体｜版面／栏目｜标题｜剪报页码，级别写“央媒／省媒／市媒／本地媒体”（本地媒体即县级），载体“电视”才是电视（恩平电视台、江门广播电视台、9月2日的广东广播电视台），日期有真日期、“2020年11月27日”、“2021.1.8”，9月那条照列，共7条；②网站内容管理系统导出的《信息发布记录》——信息ID｜标题｜所属栏目｜发布人｜创建时间｜发布时间｜状态｜点击量，导出范围是全部栏目，记录只取“所属栏目”为“电子商务进农村综合示范专栏>…”且状态“已发布”的行，日期读“发布时间”（“2021-03-15 10:22:31”式文本），“草稿”“待审核”（没有发布时间）和“商务动态”“通知公告”栏目的都不是，2021年4月专栏只有一条草稿；③《经验材料报送情况》3条（“2021/3/30”“2021年7月12日”“2021.9.1”）；封面不是台账。",
    sheets: [
      { name: "封面", rows: cover },
      { name: "宣传报道剪报目录", rows: mr, merges: ["A1:H1", `A${mr.length}:H${mr.length}`] },
      { name: "网站信息发布记录", rows: cms, merges: ["A1:H1", "A2:H2"] },
      { name: "经验材料报送", rows: mat, merges: ["A1:F1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "宣传报道剪报目录": { kind: "media", records: mRecs },
        "网站信息发布记录": { kind: "disclosures", records: dRecs },
        "经验材料报送": { kind: "materials", records: matRecs },
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
write("counties", "b223-c1-shixing.json", c1);
write("facts", "b223-f1-gaozhou.json", f1);
write("facts", "b223-f2-longmen.json", f2);
write("facts", "b223-f3-xingning.json", f3);
write("ledgers", "b223-l1-boluo.json", l1);
write("ledgers", "b223-l2-enping.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
