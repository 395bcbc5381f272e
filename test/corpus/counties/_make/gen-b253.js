// Batch 253 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b252.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (253253), no clock. Run: node test/corpus/counties/_make/gen-b253.js
// Theme: an audit office's working papers (审计底稿: 索引号, 审计程序, 审计发现, 结论) holding the facts (c1, f1), and ledgers
// exported from a procurement / contract management system (c1, l1).
//
// c1 遂溪县 (湛江): the facts sheet is the county audit bureau's 《审计工作底稿（汇总）》: 索引号｜审计事项｜审计程序｜审计发现｜
//    审计结论｜复核, facts only in 审计发现 (审计程序 names documents and numbers that are not facts), and a section F
//    “自评得分复核” whose 审计发现 gives 商务局自评 per indicator (claimed + judged). The fund ledger is the 合同管理系统's
//    《合同支付明细》 export (导出时间 / 查询条件 lines, 支付状态 已支付／审批中／已退回: only 已支付 rows with a 支付日期 are
//    disbursements). Edges: 265 行政村 → base 200, 140 covered = 70% exactly (one station on 2021-08-31); 16/17 poor villages
//    (the 17th opened 2021-09-01); 4,000 person-times = 0.8% of 500,000 exactly → 8; 620/1,240 = 50% → 10; centre opened
//    2021-03-01 (a day after 2021-02-28 → item 2 lost); 21 firms in the park; agri retail growth exactly 30%; spending 72.25%
//    needing the 2021-08-31 payment; the only 经验材料 on 2021-09-01; the provincial report on 2021-09-01.
// f1 翁源县 (韶关): the audit's 《审定表》 (报送数｜审定数｜审计调整数｜调整说明) — facts are the 审定数 (the sheet says so in a
//    note); three rows were adjusted (培训人次, 贫困人口两项, 累计拨付), and a 定性事项 block with 报送情况｜审定情况 (是/否).
// f2 蕉岭县 (梅州): the 《现场考评日程安排》 for the inspection team — 时间｜地点／环节｜情况要点｜陪同／汇报｜备注: facts in the
//    情况要点 prose of each stop; the inspection day (2021-09-16), clock times, 车程 minutes and seat counts are not facts.
// f3 紫金县 (河源): the 领导小组全体会议 material “议程及各成员单位汇报要点”: a meeting block (时间、地点、主持、出席), an 议程 list,
//    then 成员单位｜汇报要点｜需协调解决事项 — facts only in 汇报要点; 需协调 is full of targets and requests.
// l1 阳西县 (阳江): three sheets exported from the 县财政投资项目合同管理系统: a tree export of contracts (合同 parent rows with
//    合同金额, “└ 第n期” payment child rows with 实付金额 and 付款状态 — 未到期 nodes are not payments); the 采购项目一览
//    (预算／中标金额, not a ledger); the 培训服务验收明细 (service orders, 服务期间 ranges read at the end, 参训人次).
// l2 佛冈县 (清远): the government-site CMS 《信息发布记录》 export (文章ID, 状态 已发布／草稿／已撤回 — drafts have no 发布时间 and
//    are not updates; the withdrawn one was published); a 宣传报道 list whose 级别 says 中央级／省级／市级／县级 and whose 形式
//    names the channel (CCTV-17, 广东卫视); a 建档立卡 list with 劳动能力 and 务工情况 (外出务工／在家); a 数据字典 sheet (not a ledger).
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
let seed = 253253;
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
    assert(/^b253-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b253-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b253-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 湛江市遂溪县: 县审计局《审计工作底稿（汇总）》当事实表＋合同管理系统导出的《合同支付明细》
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const TOWNS = [["遂城镇", 12], ["黄略镇", 19], ["洋青镇", 20], ["界炮镇", 22], ["乐民镇", 17], ["江洪镇", 14], ["杨柑镇", 21], ["城月镇", 24],
    ["乌塘镇", 13], ["建新镇", 16], ["岭北镇", 18], ["北坡镇", 23], ["港门镇", 15], ["草潭镇", 17], ["河头镇", 14]];
  assert(sum(TOWNS.map((t) => t[1])) === 265, "c1 265 villages");
  const COMMS = ["城东社区", "城西社区", "城南社区", "城北社区", "遂海社区", "桂华社区", "文化社区", "解放社区"];
  const vn = villageNamer("东西南北上下新旧大小石沙山水黄白青高长平", "坡塘岭头园尾寮港湾坑墩田垌角埇湖岸洋");
  const vil = [];
  for (const [t, n] of TOWNS) {
    if (t === "遂城镇") for (const c of COMMS) vil.push({ town: t, name: c, admin: false });
    if (t === "杨柑镇") vil.push({ town: t, name: "杨柑圩社区", admin: false });
    for (let i = 0; i < n; i++) vil.push({ town: t, name: vn(), admin: true, poor: false });
  }
  const adminV = vil.filter((v) => v.admin);
  const comms = vil.filter((v) => !v.admin);
  noStemClash(adminV.map((v) => v.name), comms.map((v) => v.name), "c1");
  const poorList = shuffle(adminV.filter((v) => v.town !== "遂城镇")).slice(0, 17);
  for (const v of poorList) v.poor = true;
  const VW = 6;
  const vRows = [padRow(["遂溪县行政村（社区）名单"], VW), ["序号", "镇", "村（居）委会", "类型", "省定贫困村", "通快递"]];
  const vRecs = [];
  vil.forEach((v, i) => {
    vRows.push([i + 1, v.town, v.admin && i % 9 === 4 ? v.name.replace(/村$/, "村委会") : v.name, v.admin ? "行政村" : "社区", v.admin ? (v.poor ? "是" : "否") : "—", "是"]);
    vRecs.push(v.admin ? { name: v.name, admin: true, poor: v.poor, express: true } : { name: v.name, admin: false, express: true });
  });
  vRows.push(padRow([`合计：行政村${adminV.length}个，社区${comms.length}个，省定贫困村${poorList.length}个`], VW));
  const vM = ["A1:F1", `A${vRows.length}:F${vRows.length}`];

  // ---------------- 站点：140/200（=70%，一站2021-08-31），贫困村16/17（第17个2021-09-01）
  const nonPoor = shuffle(adminV.filter((v) => !v.poor));
  const st = [];
  poorList.forEach((v, i) => st.push({ v, village: v.name, opened: i === 5 ? "2021-09-01" : randIsoBetween("2019-12-10", "2021-08-20") }));
  nonPoor.slice(0, 124).forEach((v, i) => st.push({ v, village: v.name, opened: i === 40 ? "2021-08-31" : randIsoBetween("2019-12-10", "2021-08-25") }));
  st.push({ v: nonPoor[7], village: nonPoor[7].name, opened: "2021-04-16", second: true });
  st.push({ v: comms[1], village: comms[1].name, opened: "2020-10-09" });
  st.push({ v: nonPoor[124], village: nonPoor[124].name, opened: "2021-09-06" });
  const adminNames = new Set(adminV.map((v) => v.name));
  const covered = new Set(st.filter((s) => adminNames.has(s.village) && s.opened <= CUT).map((s) => s.village));
  const poorCovered = poorList.filter((v) => covered.has(v.name)).length;
  assert(covered.size === 140 && covered.size * 100 === 70 * 200, "c1 coverage " + covered.size);
  assert(poorCovered === 16 && poorCovered * 100 >= 80 * 17 && poorCovered < 17, "c1 poor coverage");
  assert(new Set(st.filter((s) => adminNames.has(s.village) && s.opened < CUT).map((s) => s.village)).size === 139, "c1 the 08-31 station is needed");
  const townIdx = (t) => TOWNS.findIndex((x) => x[0] === t);
  const stSorted = st.slice().sort((a, b) => townIdx(a.v.town) - townIdx(b.v.town) || cmp(a.opened, b.opened));
  const sRows = [padRow(["遂溪县村级电子商务服务站点清单"], 7), ["序号", "站点名称", "所属镇", "所在行政村", "负责人", "联系电话", "挂牌时间"]];
  const sRecs = [];
  stSorted.forEach((s, i) => {
    const stem = s.village.replace(/村$|社区$/, "");
    const op = s.opened === "2021-08-31" ? "2021年8月31日" : s.opened === "2021-09-01" ? "2021.9.1" : dateCell(s.opened, i);
    sRows.push([i + 1, `遂溪县${stem}${s.v.admin ? "村" : "社区"}电商服务站${s.second ? "（二）" : ""}`, s.v.town, s.village, personName(), mask(phone()), op]);
    sRecs.push({ village: s.village, opened: s.opened });
  });

  // ---------------- 培训台账（一期一行，人次）：截止日前正好4,000 = 500,000 的 0.8%
  const TOP = ["电商基础知识普及", "火龙果网络营销", "短视频与直播带货", "网店开设与运营", "番薯、菠萝农产品品牌", "物流与包装", "社群团购", "站长业务培训"];
  const places = ["县电商公共服务中心"].concat(TOWNS.slice(1).map((t) => t[0] + "政府会议室"));
  const sess = [];
  for (let i = 0; i < 28; i++) {
    const d = randIsoBetween("2020-04-01", "2021-08-25");
    sess.push({ date: d, place: places[i % places.length], n: rint(80, 190) });
  }
  sess.push({ date: "2021-09-02", place: "乐民镇政府会议室", n: 180 });
  sess.sort((a, b) => cmp(a.date, b.date));
  const before = sess.filter((s) => s.date <= CUT);
  let diff = 4000 - sum(before.map((s) => s.n));
  const share = Math.trunc(diff / before.length);
  before.forEach((s) => (s.n += share));
  before[0].n += diff - share * before.length;
  for (const s of sess) assert(s.n >= 40 && s.n <= 320, "c1 session size " + s.n);
  const PT = sum(sess.filter((s) => s.date <= CUT).map((s) => s.n));
  assert(PT === 4000 && PT * 1000 === 8 * 500000 && PT * 100 < 500000, "c1 PT");
  const gRows = [padRow(["遂溪县农村电商培训台账"], 6), ["序号", "培训班名称", "培训时间", "培训地点", "培训对象", "培训人次"]];
  const gRecs = [];
  sess.forEach((s, i) => {
    gRows.push([i + 1, `${TOP[i % TOP.length]}培训班`, s.date === "2021-09-02" ? "2021.9.2" : dateCell(s.date, i + 2), s.place, i % 2 ? "农户、合作社" : "返乡青年、站长", i % 4 === 1 ? `${s.n}人次` : s.n]);
    gRecs.push({ date: s.date, personTimes: s.n });
  });
  gRows.push([null, "合计", null, null, null, sum(sess.map((s) => s.n))]);

  // ---------------- 入驻企业：23家，截止日在园21家，4种类型
  const fnm = nameMaker("遂溪湛北洋乐港城", "丰源达兴和鑫华旺", "", []);
  const TYPES = ["平台型", "销售型", "电商运营商", "物流企业", "销售型", "销售型", "网店", "平台型", "销售型", "电商运营商", "销售型", "快递", "销售型", "网店",
    "销售型", "销售型", "电商运营商", "销售型", "网店", "销售型", "销售型", "物流企业", "销售型"];
  const firms = TYPES.map((t) => ({ name: `遂溪县${fnm()}${/物流|快递/.test(t) ? "物流" : "电子商务"}有限公司`, type: t, code: creditCode("440823"),
    entered: randIsoBetween("2020-05-01", "2021-08-15"), left: null }));
  firms.sort((a, b) => cmp(a.entered, b.entered));
  firms[3].left = "2021-06-30";
  firms[22].entered = "2021-09-01";
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left < CUT));
  assert(inPark.length === 21, "c1 park");
  const norm = (t) => (/平台/.test(t) ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t);
  assert(new Set(inPark.map((f) => norm(f.type))).size === 4, "c1 types");
  const eRows = [padRow(["遂溪县电子商务产业园入驻企业清单"], 6), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期"]];
  firms.forEach((f, i) => eRows.push([i + 1, f.name, f.code, f.type, f.entered === "2021-09-01" ? "2021年9月1日" : dateCell(f.entered, i), f.left ? D(f.left) : null]));
  const eRecs = firms.map((f) => ({ name: f.name, type: f.type, entered: f.entered, left: f.left }));

  // ---------------- 合同管理系统《合同支付明细》：已支付截止日前 3,612,480.00 / 5,000,000 = 72.25%
  const ALLOC = 5000000;
  const C = [
    ["SXHT-2020-031", "遂溪县电子商务公共服务中心建设及运营服务", "湛江市粤西云商网络科技有限公司", 2280000],
    ["SXHT-2020-047", "遂溪县村级电商服务站点建设（第一批）", "广东遂农电子商务有限公司", 865000],
    ["SXHT-2020-062", "遂溪县农村电商培训服务", "湛江市南粤职业培训学校", 520000],
    ["SXHT-2021-008", "遂溪县县乡村三级物流配送体系建设", "遂溪县邮政分公司", 780000],
    ["SXHT-2021-015", "遂溪火龙果区域公共品牌策划推广", "广州市禾田品牌策划有限公司", 410000],
  ];
  // [contract idx, 期次, 申请日期, 支付日期|null, 金额, 状态]
  const P = [
    [0, "第1期（预付30%）", "2020-06-02", "2020-06-12", 594000, "已支付"],
    [0, "第2期（进度款）", "2020-11-20", "2020-12-03", 0, "已支付"],
    [1, "第1期（预付30%）", "2020-07-15", "2020-07-24", 259500, "已支付"],
    [1, "第2期（验收款）", "2021-01-18", "2021-01-29", 346000, "已支付"],
    [2, "第1期", "2020-10-09", "2020-10-20", 156000, "已支付"],
    [2, "第2期", "2021-05-10", null, 208000, "已退回"],
    [2, "第2期（重新申请）", "2021-05-24", "2021-06-04", 208000, "已支付"],
    [3, "第1期（预付30%）", "2021-03-22", "2021-04-02", 234000, "已支付"],
    [3, "第2期（进度款）", "2021-08-24", "2021-08-31", 186000, "已支付"],
    [4, "第2期（验收款）", "2021-08-27", null, 150000, "审批中"],
    [4, "第1期", "2021-04-26", "2021-05-08", 123000, "已支付"],
    [1, "第3期（尾款）", "2021-08-25", "2021-09-01", 86500, "已支付"],
  ];
  const fill = P[1];
  fill[4] = 3612480 - sum(P.filter((p) => p !== fill && p[3] && p[3] <= CUT).map((p) => p[4]));
  assert(fill[4] > 100000 && fill[4] + 594000 <= 2280000, "c1 fill " + fill[4]);
  const spent = sumYuan(P.filter((p) => p[5] === "已支付" && p[3] <= CUT).map((p) => p[4]));
  assert(spent === 3612480 && spent * 100 >= 70 * ALLOC && (spent - 186000) * 100 < 70 * ALLOC, "c1 spent");
  for (let k = 0; k < C.length; k++) assert(sum(P.filter((p) => p[0] === k && p[5] === "已支付").map((p) => p[4])) <= C[k][3], "c1 contract overpaid " + k);
  P.sort((a, b) => a[0] - b[0] || cmp(a[2], b[2]));
  const FW9 = 9;
  const fRows = [padRow(["遂溪县财政投资项目合同管理系统 — 合同支付明细"], FW9),
    padRow(["导出时间：2021-09-06 15:40:12　　导出人：scj_linwh　　查询条件：资金来源＝2019年省级电子商务进农村综合示范专项资金；支付申请日期≤2021-09-06"], FW9),
    ["合同编号", "合同名称", "供应商", "合同金额（元）", "支付期次", "支付申请日期", "支付日期", "支付金额（元）", "支付状态"]];
  const fRecs = [];
  P.forEach((p) => {
    const c = C[p[0]];
    fRows.push([c[0], c[1], c[2], fmtMoney(c[3]), p[1], `${p[2]} ${hms()}`, p[3] ? `${p[3]} ${hms()}` : null, fmtMoney(p[4]), p[5]]);
    if (p[5] === "已支付") fRecs.push({ date: p[3], amount: p[4] });
  });
  fRows.push(padRow([`共${P.length}条记录`], FW9));
  fRows.push(padRow(["说明：“审批中”“已退回”的支付申请未实际支付，支付日期为空；实际支付以“支付日期”为准。"], FW9));
  const fM = ["A1:I1", "A2:I2", `A${fRows.length - 1}:I${fRows.length - 1}`, `A${fRows.length}:I${fRows.length}`];

  // ---------------- 报送（缺2020年12月）、专栏（12个月）、宣传、经验材料
  const repMonths = WINDOW.filter((m) => m !== "2020-12");
  const reps = ["2020-08-06"].concat(repMonths.map((m) => `${m}-${String(rint(3, 10)).padStart(2, "0")}`));
  assert(inWindowMonths(reps) === 11, "c1 reports 11");
  const rRows = [padRow(["遂溪县向湛江市商务局报送工作情况台账"], 4), ["报送日期", "报送内容", "报送方式", "是否含电商扶贫统计"]];
  const rRecs = [];
  reps.forEach((r, i) => {
    const pov = i % 3 === 1;
    rRows.push([dateCell(r, i), `${cnMonth(r)}电商进农村示范创建工作进展`, i % 2 ? "粤政易" : "电子邮件", pov ? "是" : "否"]);
    rRecs.push({ date: r, poverty: pov });
  });
  const ups = WINDOW.map((m) => `${m}-${String(rint(11, 26)).padStart(2, "0")}`);
  assert(inWindowMonths(ups) === 12, "c1 disclosure 12");
  const uRows = [padRow(["遂溪县人民政府网“电子商务进农村综合示范”专栏更新记录"], 3), ["发布日期", "标题", "栏目"]];
  ups.forEach((u, i) => uRows.push([D(u), `遂溪县电子商务进农村综合示范项目建设进度（${cnMonth(u)}）`, i % 3 ? "建设进度" : "项目公示"]));
  const MED = [["2020-12-15", "遂溪县融媒体中心", "县级", "网络", "洋青镇电商服务站帮村民卖番薯", "否", "county", false],
    ["2021-05-20", "湛江日报", "市级", "报纸", "遂溪火龙果“触网”走俏", "否", "city", false],
    ["2021-07-09", "湛江电视台", "市级", "电视", "遂溪贫困户直播卖火龙果", "是", "city", true],
    ["2021-09-01", "南方+", "省级", "网络", "遂溪：电商进村，果农增收", "否", "province", false]];
  const mRows = [padRow(["遂溪县电子商务进农村宣传报道清单"], 6), ["日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m) => mRows.push([D(m[0]), m[1], m[2], m[3], m[4], m[5]]));
  const matRows = [padRow(["经验材料报送"], 3), ["报送日期", "材料名称", "报送单位"], ["2021.9.1", "遂溪县“电商＋火龙果”助农增收经验做法", "湛江市商务局"]];

  // ---------------- 审计工作底稿（汇总）
  const A19 = 236000000, A20 = 306800000, R19 = 985000000, R20 = 1162000000;
  assert((A20 - A19) * 100 === 30 * A19 && (R20 - R19) * 100 < 30 * R19, "c1 agri growth exactly 30%");
  const W = 7;
  const au = [padRow(["遂溪县审计局"], W), padRow(["审计工作底稿（汇总）"], W),
    padRow(["被审计单位：遂溪县商务局　　审计项目：2019年省级电子商务进农村综合示范项目专项审计调查　　底稿索引号：SXSJ-2021-07-Z"], W),
    padRow(["审计（调查）期间：2019年9月1日至2021年8月31日（考评截止日）　　金额单位：元"], W),
    ["索引号", "审计事项", "审计程序", "审计发现（事实）", "审计结论", "编制人／日期", "复核人"]];
  const aM = ["A1:G1", "A2:G2", "A3:G3", "A4:G4"];
  const sec = (t) => { au.push(padRow([t], W)); aM.push(`A${au.length}:G${au.length}`); };
  const row = (idx, item, proc, find, concl) => au.push([idx, item, proc, find, concl, `林××\n${dotDate("2021-09-08")}`, "吴××"]);
  sec("A　组织实施");
  row("A-1", "组织领导", "查阅《关于成立遂溪县电子商务进农村综合示范工作领导小组的通知》（遂府办〔2019〕58号）及3次领导小组会议纪要", "领导小组组长由县长担任，成员单位为县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司。", "符合要求");
  row("A-2", "方案与政策", "查阅示范县工作方案及扶持政策文件的印发文号", "《遂溪县电子商务进农村综合示范工作方案》已于2020年1月正式印发；已出台《遂溪县支持农村电子商务发展若干措施》。", "符合要求");
  sec("B　服务体系与产品上行");
  row("B-1", "基本情况", "取得第七次全国人口普查公报、县民政局村（居）委会名单、省定贫困村名单，与商务局台账核对", "全县常住人口74.93万人；行政村265个、社区9个；省定贫困村17个。", "与台账相符");
  row("B-2", "县级公共服务中心", "实地查看中心；查阅运营服务商进场交接记录（2021年2月26日签署）、培训签到、展示样品登记", "县电子商务公共服务中心于2021年3月1日投入运营；设有免费培训室及培训设备，能组织电商基础培训；为遂溪火龙果、番薯等特色农产品提供免费展示、销售服务；提供免费摄影、美工服务；组织农产品统一推广，指导“遂溪火龙果”品牌建设。未见提供其他衍生增值服务。", "截至考评截止日运营未满6个月");
  row("B-3", "电商产业园", "实地查看产业园，抽查入驻企业租赁合同5份", "遂溪县电子商务产业园已建成并运营，入驻企业清单见附表《入驻企业清单》。", "符合要求");
  row("B-4", "农村产品上行", "查阅运营服务合同、县邮政管理部门证明、省商务厅反馈的网络零售额数据", `已引进专业第三方电子商务运营服务商；行政村快递物流覆盖率100%。2019年农产品网络零售额2.36亿元、2020年3.068亿元；2019年农村网络零售额9.85亿元、2020年11.62亿元。`, "农产品网络零售额增速30.0%");
  row("B-5", "电商人才培训", "核对培训台账、签到表与培训服务合同结算人次；取得县乡村振兴局确认的贫困人口名单并比对身份证号", "截至2021年8月31日累计培训4,000人次；县乡村振兴局确认的有劳动能力建档立卡贫困人口（不含外出务工）1,240人，其中参加电商培训620人。", "贫困人口培训率50.0%");
  sec("C　信息公开及报送");
  row("C-1", "信息公开", "登录县政府网站专栏逐月截图", "县政府网站设有“电子商务进农村综合示范”专栏，公示了创建方案、项目基本信息和项目建设进度；专栏未设置征求意见或监督举报窗口。", "专栏内容不全面");
  row("C-2", "数据报送", "核对向市商务局报送的工作情况文件（共12份）", "2020年12月未报送；报送材料附有电商扶贫统计表，能统计电商扶贫情况。", "基本符合");
  sec("D　资金管理");
  row("D-1", "资金下达与支付", "核对资金下达文件、合同管理系统支付明细、国库支付凭证", `省级下达专项资金5,000,000.00元；截至2021年8月31日累计支付${fmtMoney(spent)}元，支出率72.25%。合同管理系统中“审批中”1笔150,000.00元、“已退回”1笔208,000.00元未实际支付。项目总体进度78%。`, "支出率达70%以上");
  row("D-2", "资金管理制度与台账", "查阅资金管理办法及承建方资金台账", "已制定《遂溪县电子商务进农村综合示范专项资金管理办法》；项目承建方已建立资金专用台账。", "符合要求");
  sec("E　一票否决事项");
  row("E-1", "安全生产与诚信", "查阅安监、市场监管部门记录，询问有关人员", "未发现安全生产、质量事故或重大损失；未发现弄虚作假。", "无否决情形");
  sec("F　自评得分复核（商务局《自评表》）");
  const CL = [
    ["组织领导", "商务局自评2分", "org.leadership", 2], ["方案制定", "商务局自评2分", "org.plan", 2], ["政策支持", "商务局自评1分", "org.policy", 1],
    ["项目管理", "商务局自评3分（项目管理制度2分、工作台账1分）", "org.management", 3],
    ["服务体系建设（县级中心与产业园）", "商务局自评15分", "work.center", 15], ["服务体系建设（村级站点）", "商务局自评10分", "work.coverage", 10],
    ["农村产品上行", "商务局自评8分（网销调研2分、网络促销1分、第三方服务商1分、快递覆盖1分、交易标准与冷链溯源1分、零售额增速2分）", "work.upward", 8],
    ["电商人才培训", "商务局自评20分", "work.training", 20], ["信息公开", "商务局自评4分", "info.disclosure", 4], ["数据上报", "商务局自评6分", "info.reporting", 6],
    ["案例总结", "商务局自评2分", "promo.cases", 2], ["经验推广", "商务局自评4分", "promo.media", 4], ["制度建立", "商务局自评4分", "fund.system", 4],
    ["资金台账", "商务局自评4分", "fund.ledger", 4], ["资金支出", "商务局自评3分（资金及时拨付3分）", "fund.spending", 3],
    ["加分项：贫困人口培训率70%以上", "商务局自评0分", "bonus.poorTraining", 0], ["加分项：电商扶贫典型案例电视播报", "商务局自评1分", "bonus.tvCase", 1],
  ];
  CL.forEach((c, i) => row(`F-${String(i + 1).padStart(2, "0")}`, c[0], "核对自评分与佐证材料", c[1], ["work.center", "work.coverage", "work.training", "info.disclosure", "info.reporting", "promo.cases", "bonus.tvCase"].includes(c[2]) ? "自评偏高，见相关索引" : "佐证材料已取得"));
  au.push(padRow(["审计组长：陈××　　　主审：林××　　　（本底稿附件：入驻企业清单、站点清单、培训台账、合同支付明细等，见同册各表）"], W));
  aM.push(`A${au.length}:G${au.length}`);
  const claimed = Object.fromEntries(CL.map((c) => [c[2], c[3]]));
  assert(sum(SCORED.map(([id]) => claimed[id])) === 88, "c1 claimed " + sum(SCORED.map(([id]) => claimed[id])));

  const centerPts = 2 + 0 + 2 + 1 + 1 + 1 + 0 + 2 + 2 + 1;
  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3, "work.center": centerPts, "work.coverage": 5 + 3, "work.upward": 2 + 1 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 0 + 2, "info.reporting": 1 + 3, "promo.cases": 0, "promo.media": 3 + 1, "fund.system": 4, "fund.ledger": 4,
    "fund.spending": 3, "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map(([id]) => pts[id]));
  assert(scored === 75 && centerPts === 12, "c1 scored " + scored);
  const derivation = [
    "org.leadership: A-1 组长为县长（主要领导），成员单位有商务、财政、农业农村、乡村振兴 → 2",
    "org.plan: A-2 方案已正式印发；F-02 商务局自评2分 → 2",
    "org.policy: A-2 已出台扶持措施；F-03 自评1分 → 1",
    "org.management: F-04 项目管理制度2分＋工作台账1分 → 3",
    `work.center: B-2 中心2021年3月1日投入运营 ≤ 截止日 → 2；比2021-02-28晚一天，未满6个月 → 0；免费培训2、展示销售1、摄影美工1、品牌推广1；“未见其他衍生增值服务” → 0；B-3 产业园已建成 → 2；《入驻企业清单》23家，2021-06-30退出的1家、2021年9月1日入驻的1家不算 → 在园21家 ≥ 20 → 2；类型平台型／销售型（含网店）／电商运营商／物流企业（含快递）4种 → 1；合计${centerPts}`,
    "work.coverage: 《村居名单》行政村265个（社区9个不算）→ 基数取200；《站点清单》截止日前有站的行政村140个（城西社区那站不算；一村两站算一次；2021-09-06挂牌的不算；有一站2021年8月31日挂牌，当天算，少了它只有139个）→ 140/200 = 70.0% → 5；省定贫困村17个，有一村的站2021年9月1日才挂牌 → 16/17 = 94.1% → 3；合计8",
    "work.upward: F-07 网销调研2＋网络促销1；B-4 第三方运营服务商 → 1；《村居名单》“通快递”265个行政村全是“是” → 1；交易标准与冷链溯源自评1 → 1；农产品网络零售额2.36亿→3.068亿元，增长正好30.0% ≥ 30% → 2（农村网络零售额增长18.0%不够，但任一项达到即可）；合计8",
    "work.training: 常住人口74.93万人 > 50万 → 基数500,000，1% = 5,000人次；《培训台账》截止日前各期人次之和4,000（2021.9.2那期180人次不算，合计行不算）→ 4,000/500,000 = 0.80% 正好在0.8%–1% → 8；无贫困人口名单，按B-5事实：620/1,240 = 50.0% → 10；合计18",
    "info.disclosure: C-1 专栏有创建方案、项目基本信息、建设进度，但未设征求意见或监督举报窗口 → 0；《专栏更新记录》2020年9月—2021年8月每月都有 → 2；合计2",
    "info.reporting: 《报送台账》窗口内缺2020年12月（2020-08-06那条在窗口外）→ 11个月，不定时 → 1；有“含电商扶贫统计：是”的报送，C-2 也说能统计 → 3；合计4",
    "promo.cases: 《经验材料》唯一一份2021.9.1报送，在截止日后一天 → 0",
    "promo.media: 截止日前市级（湛江日报、湛江电视台）→ 3，县级（遂溪县融媒体中心）→ 1；南方+（省级）2021-09-01在截止日后，不算；合计4",
    "fund.system: F-13 自评4分，D-2 已制定管理办法 → 4",
    "fund.ledger: F-14 自评4分，D-2 承建方有资金专用台账 → 4",
    `fund.spending: 《合同支付明细》“已支付”且支付日期 ≤ 截止日的合计${fmtMoney(spent)}元（2021-08-31那笔186,000.00元算、少了它不足70%；2021-09-01那笔86,500.00元不算；审批中150,000.00元、已退回208,000.00元没有支付日期，不是拨付）/ 5,000,000 = 72.25% ≥ 70% → 及时拨付自评3 → 3`,
    "bonus.poorTraining: 620/1,240 = 50% < 70% → 0",
    "bonus.tvCase: 电视播报的电商扶贫典型案例只有湛江电视台（市级），不是国家级或省级 → 0（自评1）",
    "veto.incident: E-1 未发现安全生产、质量事故或重大损失 → 不否决",
    "veto.progress: D-1 项目总体进度78% ≥ 40% → 不否决",
    "veto.fraud: E-1 未发现弄虚作假 → 不否决",
  ];
  return {
    description:
      "湛江遂溪县商务局交的整本考评工作簿（10个表），75分、无加分、未否决。事实表不是自评填报表，而是县审计局专项审计调查的《审计工作底稿（汇总）》：抬头四行（审计局、底稿名、被审计单位／项目／底稿索引号、审计期间“至2021年8月31日（考评截止日）”），然后索引号｜审计事项｜审计程序｜审计发现（事实）｜审计结论｜编制人／日期｜复核人，按A组织实施／B服务体系与产品上行／C信息公开及报送／D资金管理／E一票否决／F自评得分复核分段（段名行横向合并）。事实只在“审计发现”列；“审计程序”列有文号、“进场交接记录（2021年2月26日签署）”“共12份”“抽查5份”这类数字和日期，都不是事实；F段每个指标一行，审计发现写“商务局自评×分（分项…）”，是县里的自评分。资金表是县合同管理系统导出的《合同支付明细》：标题、导出时间／导出人／查询条件两行，支付申请日期和支付日期带时分秒，支付状态“已支付／审批中／已退回”，审批中和已退回的没有支付日期、不是拨付。边界：行政村265个按200算，有站140个正好70%（靠一个2021年8月31日挂牌的站）；贫困村16/17（第17个2021.9.1挂牌）；培训4,000人次正好0.8%；贫困人口620/1,240=50%；中心2021年3月1日运营，比满6个月晚一天；农产品网零增速正好30%；支出72.25%缺不得8月31日那笔；唯一的经验材料和省级报道都在2021年9月1日。",
    sheets: [
      { name: "审计底稿", rows: au, merges: aM },
      { name: "村居名单", rows: vRows, merges: vM },
      { name: "站点清单", rows: sRows, merges: ["A1:G1"] },
      { name: "培训台账", rows: gRows, merges: ["A1:F1"] },
      { name: "入驻企业清单", rows: eRows, merges: ["A1:F1"] },
      { name: "合同支付明细", rows: fRows, merges: fM },
      { name: "报送台账", rows: rRows, merges: ["A1:D1"] },
      { name: "专栏更新记录", rows: uRows, merges: ["A1:C1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows },
    ],
    expect: { asOf: CUT, total: scored, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 韶关市翁源县: 县审计局《审定表》——报送数｜审定数｜审计调整数｜调整说明；事实取审定数
// =====================================================================================================
function buildF1() {
  const W = 7;
  const rows = [padRow(["翁源县审计局　审计工作底稿"], W), padRow(["电子商务进农村综合示范考评基础数据审定表"], W),
    padRow(["被审计单位：翁源县商务局　　　索引号：D-3-2　　　截止日期：2021年8月31日　　　编制：邓××　2021.9.9　　　复核：何××　2021.9.10"], W),
    ["索引号", "项目", "计量单位", "报送数", "审定数", "审计调整数", "调整说明"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  const Q = [
    ["D-3-2-1", "常住人口", "万人", "33.52", "33.52", "0", "第七次全国人口普查公报"],
    ["D-3-2-2", "行政村数", "个", "103", "103", "0", null],
    ["D-3-2-3", "省定贫困村数", "个", "18", "18", "0", null],
    ["D-3-2-4", "电商培训人次", "人次", "5,126", "4,873", "-253", "2021年9月7日、9月14日两期培训共253人次在考评截止日后，核减"],
    ["D-3-2-5", "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,512", "1,586", "74", "按县乡村振兴局确认名单调整"],
    ["D-3-2-6", "参加电商培训的建档立卡贫困人口", "人", "802", "776", "-26", "26人重复参训，按人计"],
    ["D-3-2-7", "2019年农村网络零售额", "万元", "52,600", "52,600", "0", "省商务厅反馈数据"],
    ["D-3-2-8", "2020年农村网络零售额", "万元", "70,180", "70,180", "0", "省商务厅反馈数据"],
    ["D-3-2-9", "省级下达专项资金", "万元", "500.00", "500.00", "0.00", null],
    ["D-3-2-10", "累计拨付专项资金", "万元", "402.38", "386.15", "-16.23", "其中16.23万元于2021年9月3日支付，在截止日后，核减"],
    ["D-3-2-11", "项目总体进度", "%", "85", "85", "0", null],
  ];
  assert(5126 - 253 === 4873 && 1512 + 74 === 1586 && 802 - 26 === 776 && Math.round((402.38 - 16.23) * 100) === 38615, "f1 adjustments");
  rows.push(padRow(["一、数量事项"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  for (const q of Q) rows.push(q.slice());
  rows.push(padRow(["二、定性事项"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["索引号", "项目", null, "报送情况", "审定情况", null, "审计说明"]);
  merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  const Y = [
    ["D-3-2-12", "县级电商公共服务中心投入运营时间", "2020年12月28日", "2020年12月28日", "运营服务商进场记录"],
    ["D-3-2-13", "示范县工作方案已正式印发", "是", "是", "翁府办〔2020〕7号"],
    ["D-3-2-14", "有专业第三方电子商务运营或服务商", "是", "是", null],
    ["D-3-2-15", "专栏公示创建方案", "是", "是", null],
    ["D-3-2-16", "专栏公示项目基本信息", "是", "是", null],
    ["D-3-2-17", "专栏公示项目建设进度", "是", "是", null],
    ["D-3-2-18", "专栏设立征求意见或监督举报窗口", "是", "否", "专栏页面未见征求意见或监督举报入口，报送不实"],
    ["D-3-2-19", "已制定资金管理制度", "是", "是", "《翁源县电子商务进农村综合示范专项资金管理办法》"],
    ["D-3-2-20", "已建立资金专用台账", "是", "是", null],
  ];
  for (const y of Y) {
    rows.push([y[0], y[1], null, y[2], y[3], null, y[4]]);
    merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:F${rows.length}`);
  }
  rows.push(padRow(["注：1．考评基础数据以“审定数”“审定情况”为准；报送数为县商务局2021年9月1日报送的《考评基础数据表》。2．审计调整数＝审定数－报送数。"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(padRow(["审计结论：除上述调整事项外，报送数据与有关资料相符。"], W));
  merges.push(`A${rows.length}:G${rows.length}`);
  return {
    description:
      "韶关翁源县商务局交来当事实表的，是县审计局审计工作底稿里的《电子商务进农村综合示范考评基础数据审定表》（索引号D-3-2）：抬头三行（审计局、表名、被审计单位／索引号／截止日期2021年8月31日／编制与复核人和日期），分“一、数量事项”和“二、定性事项”两段。数量事项是索引号｜项目｜计量单位｜报送数｜审定数｜审计调整数｜调整说明，数字全是文本（“5,126”“-253”“402.38”），单位在“计量单位”列（万人、万元、%）；报送数是商务局报的、审定数是审计核定的，表末注明“考评基础数据以审定数为准”——培训人次5,126核减为4,873、贫困人口1,512调为1,586、参训802核减为776、累计拨付402.38万元核减为386.15万元，其余两数相同。定性事项是项目（B:C合并）｜报送情况｜审定情况（E:F合并）｜审计说明，中心运营日期写在两列里，征求意见或监督举报窗口报送“是”、审定“否”。没有牵头领导、没有自评分。",
    sheets: [{ name: "审定表", rows, merges }],
    expect: {
      facts: {
        county: "翁源县", asOf: "2021-08-31", residentPopulation: 335200, adminVillagesStated: 103, poorVillagesStated: 18, trainingPersonTimesStated: 4873,
        eligiblePoorPersonsStated: 1586, trainedPoorPersonsStated: 776, ruralRetail2019: 526000000, ruralRetail2020: 701800000, fundAllocated: 5000000,
        fundSpentStated: 3861500, overallProgress: 0.85, centerOpened: "2020-12-28", planIssued: true, thirdPartyOperator: true, disclosurePlan: true,
        disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, fundSystemIssued: true, fundLedgerKept: true,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// f2 — 梅州市蕉岭县: 《现场考评日程安排》——时间｜地点／环节｜情况要点｜陪同／汇报｜备注
// =====================================================================================================
function buildF2() {
  const W = 5;
  const rows = [padRow(["蕉岭县电子商务进农村综合示范创建现场考评日程安排"], W),
    padRow(["考评日期：2021年9月16日（星期四）　　考评组：省商务厅委托第三方考评组一行4人　　联络员：县商务局 徐××（手机138××××6712）"], W),
    ["时间", "地点／环节", "情况要点（供考评组参阅）", "陪同／汇报", "备注"]];
  const merges = ["A1:E1", "A2:E2"];
  const S = [
    ["08:30—09:20", "县政府三楼第一会议室\n汇报会", "县长（县电子商务进农村综合示范工作领导小组组长）作创建工作汇报；领导小组成员单位县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司负责人参会。", "县长汇报\n副县长主持", "会议室可容纳30人"],
    ["09:30—10:10", "县电子商务公共服务中心（蕉城镇）", "中心于2020年10月18日投入运营；设60座免费培训室和直播、培训设备，能组织电商基础培训；展示展销厅免费展示、销售蕉岭丝苗米、金柚、蜂蜜等特色农产品；设免费摄影棚和美工室，为电商企业、网商提供免费摄影、美工服务。中心由第三方运营服务商梅州市客都云商电子商务有限公司运营。", "县商务局局长", "车程约10分钟"],
    ["10:20—10:50", "蕉岭县电子商务产业园", "产业园由原县城工业园闲置厂房整合改造建成，现场有入驻企业名录牌。", "产业园运营方", "车程约15分钟"],
    ["11:00—11:40", "长潭镇××村电商服务站（省定贫困村）", "全县行政村97个，其中省定贫困村11个；行政村物流快递覆盖率100%，邮政、快递企业共同配送到村。", "长潭镇镇长", "车程约25分钟；站点面积约40平方米"],
    ["12:00—14:00", "午餐、休息", null, null, "工作餐"],
    ["14:30—16:00", "县商务局会议室\n查阅台账资料", "台账资料共11类、36册。全县常住人口20.03万人；累计开展电商培训2,436人次；省级下达专项资金500万元，截至2021年8月31日已拨付418.6万元；已制定专项资金管理办法，建立资金专用台账。", "县商务局、县财政局", "资料按考评指标顺序摆放"],
    ["16:00—16:30", "县商务局会议室\n反馈会", "考评组反馈初步意见。", "副县长", null],
  ];
  for (const s of S) rows.push(s.slice());
  rows.push(padRow(["注：如遇天气原因，下午查阅资料环节提前至上午。"], W));
  merges.push(`A${rows.length}:E${rows.length}`);
  return {
    description:
      "梅州蕉岭县商务局交来当事实表的，是迎接省考评组的《现场考评日程安排》：第2行是考评日期（2021年9月16日，不是截止日期）、考评组和联络员；表头时间｜地点／环节（格内换行）｜情况要点（供考评组参阅）｜陪同／汇报｜备注，一站一行。事实都在“情况要点”一段话里：汇报会那行写县长是领导小组组长、六个成员单位（商务、财政、农业农村、乡村振兴都在）；中心那行写“2020年10月18日投入运营”、免费培训、免费展示销售、免费摄影美工和第三方运营服务商；产业园整合建成；贫困村那站写全县行政村97个、贫困村11个、快递覆盖率100%；查阅台账那行写常住人口20.03万人、2,436人次、500万元已拨付418.6万元、资金管理办法和资金专用台账。时间段“08:30—09:20”、“60座”“30人”、车程分钟数、“11类、36册”、站点面积都不是事实；午餐一行空着。没有自评分。",
    sheets: [{ name: "考评日程", rows, merges }],
    expect: {
      facts: {
        county: "蕉岭县", centerOpened: "2020-10-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, thirdPartyOperator: true, parkBuilt: true,
        adminVillagesStated: 97, poorVillagesStated: 11, expressCoverage: true, residentPopulation: 200300, trainingPersonTimesStated: 2436,
        fundAllocated: 5000000, fundSpentStated: 4186000, fundSystemIssued: true, fundLedgerKept: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 河源市紫金县: 领导小组全体会议“议程及各成员单位汇报要点”——汇报要点是事实，需协调事项不是
// =====================================================================================================
function buildF3() {
  const W = 4;
  const rows = [padRow(["紫金县电子商务进农村综合示范工作领导小组2021年第二次全体会议"], W), padRow(["会议材料之二：议程及各成员单位汇报要点"], W),
    ["会议时间", "2021年8月26日（星期四）下午3:00", "会议地点", "县政府四楼第二会议室"],
    ["主持", "副县长（领导小组副组长）", "出席", "县长（领导小组组长）；各成员单位主要负责人"],
    padRow(["议程：一、各成员单位汇报示范创建工作进展（每单位不超过5分钟）；二、研究迎接省考评工作安排；三、县长讲话。"], W),
    ["序号", "成员单位", "汇报要点（数据截至2021年8月25日）", "需协调解决事项"]];
  const merges = ["A1:D1", "A2:D2", "A5:D5"];
  const T = [
    ["县商务局", "县电子商务公共服务中心于2020年7月1日投入运营，设有免费培训场所和培训设备，能组织电商基础培训；紫金县电商产业园已建成。全县行政村241个，其中省定贫困村40个。累计开展电商培训5,368人次。县政府网站专栏已公示创建方案、项目基本信息和项目建设进度，设有监督举报信箱；每月向市商务局报送工作进展，能统计电商扶贫情况。", "争取9月底前培训累计达6,000人次；请各镇9月10日前补齐站点视频。"],
    ["县财政局", "省级下达专项资金500万元，已拨付376.8万元；已制定《紫金县电子商务进农村综合示范专项资金管理办法》。", "请各项目单位8月30日前报送剩余支付申请（约60万元），确保支出率达到80%。"],
    ["县农业农村局", "2020年全县农产品网络零售额4.12亿元，同比增长33.6%。", "建议将紫金蝉茶、紫金椒酱纳入区域公共品牌统一推广。"],
    ["县乡村振兴局", "全县有劳动能力的建档立卡贫困人口（不含外出务工）4,215人，已参加电商培训2,190人。", "9月再组织2期脱贫劳动力专题班，每期不少于150人。"],
    ["县市场监管局", "指导制定紫金蝉茶电商交易团体标准，推动溯源码应用。", "无"],
    ["县邮政分公司", "行政村物流快递覆盖率100%，邮快合作覆盖全县各镇。", "请县财政安排村级物流补贴约20万元。"],
  ];
  T.forEach((t, i) => rows.push([i + 1, t[0], t[1], t[2]]));
  rows.push(padRow(["（县商务局电商股整理，2021年8月25日）"], W));
  merges.push(`A${rows.length}:D${rows.length}`);
  return {
    description:
      "河源紫金县商务局交来当事实表的，是县电子商务进农村综合示范工作领导小组2021年第二次全体会议的《议程及各成员单位汇报要点》：标题两行，会议时间／会议地点、主持／出席两行成对（副县长主持，县长是领导小组组长、出席），一行议程（“每单位不超过5分钟”），然后序号｜成员单位｜汇报要点（数据截至2021年8月25日）｜需协调解决事项，一个成员单位一行。事实只在“汇报要点”里：中心2020年7月1日投入运营、免费培训、产业园已建成、行政村241个、贫困村40个、5,368人次、专栏公示三项并设监督举报信箱、按月报送并统计电商扶贫、500万元已拨付376.8万元、资金管理办法、2020年农产品网络零售额4.12亿元增长33.6%、贫困人口4,215人参训2,190人、快递覆盖100%；“需协调解决事项”列全是目标和请求（6,000人次、约60万元、支出率80%、每期150人、20万元），不是事实。成员单位是商务、财政、农业农村、乡村振兴、市场监管、邮政，组长是县长。没有自评分。",
    sheets: [{ name: "会议材料二", rows, merges }],
    expect: {
      facts: {
        county: "紫金县", centerOpened: "2020-07-01", centerFreeTraining: true, parkBuilt: true, adminVillagesStated: 241, poorVillagesStated: 40,
        trainingPersonTimesStated: 5368, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true,
        povertyStatisticsStated: true, fundAllocated: 5000000, fundSpentStated: 3768000, fundSystemIssued: true, agriRetail2020: 412000000,
        agriRetailGrowthStated: 0.336, eligiblePoorPersonsStated: 4215, trainedPoorPersonsStated: 2190, expressCoverage: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// l1 — 阳江市阳西县: 合同管理系统导出三张表（合同—付款节点树形导出、采购项目一览、培训服务验收明细）
// =====================================================================================================
function buildL1() {
  const W = 10;
  const rows = [padRow(["阳西县财政投资项目合同管理系统"], W), padRow(["报表：合同付款执行情况（树形）　　导出时间：2021/9/3 9:12:47　　导出用户：yxswj01　　筛选：资金来源包含“电子商务进农村”"], W),
    ["层级", "合同编号／付款节点", "合同名称／节点说明", "相对方", "合同金额（元）", "计划付款日期", "计划付款金额（元）", "实际付款日期", "实付金额（元）", "状态"]];
  const merges = ["A1:J1", "A2:J2"];
  const C = [
    ["YXHT-2020-0112", "阳西县电子商务公共服务中心及运营服务采购", "阳江市漠阳云商科技有限公司", 1680000, [
      ["预付款（合同价30%）", "2020-07-10", 504000, "2020-07-16"], ["中期款（中心投入运营）", "2020-11-30", 672000, "2020-12-08"], ["尾款（终验合格后）", "2021-10-31", 504000, null]]],
    ["YXHT-2020-0127", "阳西县村级电商服务站点建设", "广东海韵电子商务有限公司", 936500, [
      ["第一批站点验收款", "2020-10-15", 374600, "2020-10-27"], ["第二批站点验收款", "2021-03-31", 374600, "2021-04-09"], ["质保金（20%）", "2022-03-31", 187300, null]]],
    ["YXHT-2021-0015", "阳西县农村电商人才培训服务", "阳江市职业技术培训中心", 458000, [
      ["第一期培训结算", "2021-04-30", 152000, "2021-05-06"], ["第二期培训结算", "2021-07-31", 168500, "2021-08-31"], ["第三期培训结算", "2021-10-31", 137500, null]]],
    ["YXHT-2021-0033", "阳西县农产品上行品牌推广（程村蚝、沙扒鱼干）", "广州市粤味品牌管理有限公司", 325800, [
      ["首付款", "2021-05-15", 162900, "2021-05-21"], ["验收款", "2021-08-31", 162900, "2021-09-02"]]],
  ];
  const recs = [];
  let paidAll = 0;
  C.forEach((c) => {
    assert(sum(c[4].map((n) => n[2])) === c[3], "l1 nodes sum to contract " + c[0]);
    rows.push(["合同", c[0], c[1], c[2], fmtMoney(c[3]), null, null, null, null, c[4].every((n) => n[3]) ? "已结清" : "履行中"]);
    c[4].forEach((n, k) => {
      const paid = n[3] !== null;
      rows.push(["付款节点", `　└ 第${k + 1}期`, n[0], null, null, n[1], fmtMoney(n[2]), paid ? D(n[3]) : null, paid ? fmtMoney(n[2]) : null, paid ? "已付款" : "未到期"]);
      if (paid) { recs.push({ date: n[3], amount: n[2] }); paidAll += n[2]; }
    });
  });
  rows.push(padRow([`合同数：${C.length}　　合同总额：${fmtMoney(sum(C.map((c) => c[3])))}元　　实付合计：${fmtMoney(paidAll)}元`], W));
  merges.push(`A${rows.length}:J${rows.length}`);

  // ② 采购项目一览（不是台账）
  const pRows = [["采购项目编号", "项目名称", "采购方式", "预算金额（元）", "中标（成交）金额（元）", "中标（成交）供应商", "结果公告日期", "合同签订日期"],
    ["YXCG2020-G027", "阳西县电子商务公共服务中心及运营服务采购", "公开招标", 1750000, 1680000, "阳江市漠阳云商科技有限公司", "2020-06-18", "2020-07-03"],
    ["YXCG2020-G041", "阳西县村级电商服务站点建设", "公开招标", 980000, 936500, "广东海韵电子商务有限公司", "2020-08-21", "2020-09-04"],
    ["YXCG2021-C006", "阳西县农村电商人才培训服务", "竞争性磋商", 480000, 458000, "阳江市职业技术培训中心", "2021-03-02", "2021-03-12"],
    ["YXCG2021-C014", "阳西县农产品上行品牌推广", "竞争性磋商", 340000, 325800, "广州市粤味品牌管理有限公司", "2021-04-19", "2021-04-28"]];

  // ③ 培训服务验收明细
  const TR = [["2021-03-23", "2021-03-25", "溪头镇", "电商基础知识与网店开设", 168], ["2021-04-08", "2021-04-08", "程村镇", "程村蚝网络销售", 92], ["2021-04-20", "2021-04-22", "县电商公共服务中心", "短视频拍摄与剪辑", 135],
    ["2021-05-18", "2021-05-18", "沙扒镇", "沙扒鱼干直播带货", 110], ["2021-06-07", "2021-06-09", "上洋镇", "农产品包装与品牌", 146], ["2021-06-28", "2021-07-01", "县电商公共服务中心", "脱贫劳动力电商专题班", 204],
    ["2021-07-19", "2021-07-21", "儒洞镇", "社群团购运营", 127], ["2021-08-30", "2021-09-01", "新墟镇", "站长业务提升", 88]];
  const tRows = [padRow(["阳西县财政投资项目合同管理系统 — 服务验收明细（合同YXHT-2021-0015）"], 8),
    ["服务单号", "合同编号", "培训内容", "服务期间", "培训地点", "参训人次", "验收状态", "验收日期"]];
  const tRecs = [];
  TR.forEach((t, i) => {
    tRows.push([`FW2021${pad3(i * 3 + 4)}`, "YXHT-2021-0015", t[3], t[0] === t[1] ? t[0] : `${t[0]} ~ ${t[1]}`, t[2], t[4], "已验收", isoAdd(t[1], rint(3, 9))]);
    tRecs.push({ date: t[1], personTimes: t[4] });
  });
  tRows.push(["合计", null, null, null, null, sum(TR.map((t) => t[4])), null, null]);
  return {
    description:
      "阳江阳西县商务局从县“财政投资项目合同管理系统”导出交来的三张表。①《合同付款执行》是树形导出：抬头两行（系统名；报表名、导出时间“2021/9/3 9:12:47”、导出用户、筛选条件），层级列写“合同”或“付款节点”；合同行只有合同编号、名称、相对方、合同金额和状态（履行中／已结清），下面缩进“　└ 第n期”的付款节点行有计划付款日期和计划付款金额，只有“已付款”的节点才有实际付款日期（日期格）和实付金额，“未到期”的尾款、质保金不是拨付；每笔拨付是一个已付款节点（一笔2021-08-31、一笔2021-09-02），合同行和最后的“合同数／合同总额／实付合计”行都不是。②《采购项目一览》是采购项目编号、采购方式、预算金额、中标金额、供应商、结果公告日期、合同签订日期，不是任何台账，其中的金额和日期都不是拨付。③《服务验收明细》是培训服务合同的验收单，一单一期培训：服务期间多为“2021-03-23 ~ 2021-03-25”（按结束日算，最后一期2021-08-30 ~ 2021-09-01算到9月1日），参训人次是数字，另有验收日期（不是培训日期）和合计行。",
    sheets: [
      { name: "合同付款执行", rows, merges },
      { name: "采购项目一览", rows: pRows },
      { name: "服务验收明细", rows: tRows, merges: ["A1:H1"] },
    ],
    expect: {
      sheets: {
        "合同付款执行": { kind: "funds", records: recs },
        "采购项目一览": { kind: null },
        "服务验收明细": { kind: "training", records: tRecs },
      },
    },
  };
}

// =====================================================================================================
// l2 — 清远市佛冈县: 政府网站CMS《信息发布记录》导出、宣传报道（中央级／省级…，频道写在形式列）、建档立卡人口、数据字典
// =====================================================================================================
function buildL2() {
  const REG = "441821";
  // ① CMS export
  const ART = [];
  let aid = 20934;
  const subs = ["创建方案", "项目公示", "建设进度", "监督举报"];
  monthsBetween("2020-08", "2021-08").forEach((m, i) => {
    if (m === "2021-02") return;
    const d = `${m}-${String(rint(5, 25)).padStart(2, "0")}`;
    ART.push({ d, title: `佛冈县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, sub: "建设进度", status: "已发布" });
    if (i % 4 === 2) ART.push({ d: isoAdd(d, 2), title: `佛冈县${["村级站点建设", "电商培训", "物流配送体系"][i % 3]}项目基本信息公示`, sub: "项目公示", status: "已发布" });
  });
  ART.push({ d: null, created: "2021-02-20", title: "佛冈县电子商务进农村综合示范项目建设进度（2021年2月）", sub: "建设进度", status: "草稿" });
  ART.push({ d: null, created: "2021-08-30", title: "关于征求《佛冈县农村电商服务站点运营管理办法》意见的公告", sub: "监督举报", status: "草稿" });
  ART.sort((a, b) => cmp(a.d || a.created, b.d || b.created));
  const cRows = [["文章ID", "标题", "所属栏目", "作者", "创建时间", "发布时间", "状态", "点击量"]];
  const cRecs = [];
  ART.forEach((a) => {
    const created = a.created || isoAdd(a.d, -rint(1, 3));
    cRows.push([aid++, a.title, `电子商务进农村专栏 > ${a.sub}`, "fgswj_zhl", `${created} ${hms()}`, a.d ? `${a.d} ${hms()}` : null, a.status, a.d ? rint(40, 900) : 0]);
    if (a.d) cRecs.push({ date: a.d });
  });
  // ② 宣传报道
  const MED = [
    ["2020-10-22", "佛冈发布（微信公众号）", "县级", "网络", "佛冈首批村级电商服务站挂牌", "否", "county", false],
    ["2020-12-09", "清远日报", "市级", "报纸", "佛冈：电商进村，砂糖桔上网", "否", "city", false],
    ["2021-01-15", "清远广播电视台", "市级", "电视（清远新闻）", "佛冈脱贫户开网店卖豆腐干", "是", "city", true],
    ["2021-04-27", "广东广播电视台", "省级", "电视（广东卫视《广东新闻联播》）", "佛冈：电商扶贫让山货走出大山", "是", "province", true],
    ["2021-06-03", "学习强国（广东学习平台）", "省级", "网络", "佛冈县推进电子商务进农村综合示范", "否", "province", false],
    ["2021-08-20", "中央广播电视总台", "中央级", "电视（CCTV-17农业农村频道）", "清远佛冈：直播间里的丰收", "是", "national", true],
  ];
  const mRows = [padRow(["佛冈县电子商务进农村宣传报道情况"], 7), ["序号", "报道日期", "媒体", "级别", "形式", "标题", "电商扶贫典型案例"]];
  MED.forEach((m, i) => mRows.push([i + 1, [cnDate(m[0]), dotDate(m[0]), D(m[0])][i % 3], m[1], m[2], m[3], m[4], m[5]]));
  const mRecs = MED.map((m) => ({ date: m[0], level: m[6], tv: m[7] }));
  // ③ 建档立卡人口
  const TOWNS = [["石角镇", ["观山村", "二七村"]], ["汤塘镇", ["四九村", "围镇村"]], ["迳头镇", ["井冈村", "楼下村"]], ["水头镇", ["王田村", "石潭村"]], ["龙山镇", ["合岭村"]]];
  const vill = [];
  for (const [t, vs] of TOWNS) for (const v of vs) vill.push([t, v]);
  const pRows = [padRow(["佛冈县建档立卡贫困人口劳动力及务工情况"], 7), ["序号", "姓名", "身份证号码", "镇", "村", "劳动能力", "务工情况"]];
  const pRecs = [];
  for (let i = 0; i < 34; i++) {
    const k = i % 8;
    const labour = k === 3 ? "丧失劳动能力" : k === 6 ? "无劳动能力" : "有劳动能力";
    const lab = labour === "有劳动能力";
    const work = !lab ? "—" : (i % 5 === 1 || i % 7 === 4) ? "外出务工" : "未外出务工";
    const id = makeId(REG, birthBetween(lab ? 1966 : 1945, lab ? 2000 : 1960), rnd() < 0.5, i % 6 === 2 ? true : i % 6 === 3 ? false : undefined);
    const v = vill[i % vill.length];
    pRows.push([i + 1, personName(), isX(id) && i % 4 === 2 ? id.slice(0, 17) + "x" : id, v[0], v[1], labour, work]);
    pRecs.push({ id, labour: lab, migrant: lab ? work === "外出务工" : null });
  }
  assert(pRecs.some((r) => r.id.endsWith("X")) && pRows.some((r) => typeof r[2] === "string" && r[2].endsWith("x")), "l2 lower x present");
  // ④ 数据字典（不是台账）
  const dRows = [["字段名", "字段类型", "长度", "说明"], ["ArticleID", "int", 10, "文章ID，系统自动生成"], ["Title", "varchar", 200, "标题"],
    ["ChannelPath", "varchar", 100, "所属栏目（栏目路径）"], ["Author", "varchar", 50, "作者（发布账号）"], ["CreateTime", "datetime", 19, "创建时间"],
    ["PublishTime", "datetime", 19, "发布时间；草稿为空"], ["Status", "varchar", 10, "状态：草稿／待审核／已发布／已撤回"], ["Hits", "int", 10, "点击量"]];
  return {
    description:
      "清远佛冈县商务局交的四张表。①《信息发布记录》是县政府网站内容管理系统（CMS）原样导出：没有标题行，第1行就是文章ID｜标题｜所属栏目（“电子商务进农村专栏 > 建设进度”这样的栏目路径）｜作者（发布账号）｜创建时间｜发布时间｜状态｜点击量，时间都带时分秒；一篇已发布文章是专栏的一次更新，日期取发布时间（不是创建时间）；两篇“草稿”（2021年2月的进度、一篇征求意见公告）没有发布时间、点击量0，不是更新；2021年2月没有发布。②《宣传报道》级别写“中央级／省级／市级／县级”，形式列把频道写在括号里（“电视（CCTV-17农业农村频道）”“电视（广东卫视《广东新闻联播》）”），报道日期混着“2020年12月9日”、点分和日期格；学习强国广东学习平台是省级网络。③《建档立卡》劳动能力写“有劳动能力／丧失劳动能力／无劳动能力”，务工情况写“外出务工／未外出务工”，无劳动能力的写“—”；有的身份证号末位是小写x。④《数据字典》是CMS导出附带的字段说明（字段名｜字段类型｜长度｜说明），不是台账。",
    sheets: [
      { name: "信息发布记录", rows: cRows },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "建档立卡", rows: pRows, merges: ["A1:G1"] },
      { name: "数据字典", rows: dRows },
    ],
    expect: {
      sheets: {
        "信息发布记录": { kind: "disclosures", records: cRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "建档立卡": { kind: "poorPersons", records: pRecs },
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
write("counties", "b253-c1-suixi.json", c1);
write("facts", "b253-f1-wengyuan.json", f1);
write("facts", "b253-f2-jiaoling.json", f2);
write("facts", "b253-f3-zijin.json", f3);
write("ledgers", "b253-l1-yangxi.json", l1);
write("ledgers", "b253-l2-fogang.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
