// Batch 192 corpus generator (blind): written from /work/shared/design/ledgers.md, scoring-rules.md, the official indicator
// table (lechang-self-assessment-2021.txt) and test/corpus/README.md; helper/validation block copied from
// counties/_make/gen-b186.js (PRNG, ID and credit-code makers, rubric tables, validate with merge-range / merge-overlap
// checks, write). Deterministic: seeded PRNG (192192), no clock. Run: node test/corpus/_b192/gen-b192.js
//
// c1 仁化县 (韶关): the bureau's self-check sheet 《自查自纠情况表》 — one row per 自查要点, the answer is a ✓ in a 符合 or a
//    不符合 column (booleans come from the tick, not from words), 要点得分 per row and the indicator's 自评分 merged down its
//    rows; eleven 附表: village list whose 快递服务 column says 到村 / 到镇自取, stations (one opened 2021年8月31日 decides 28/40 =
//    70%), sessions with 应到 and 实到 columns, a poor-household sign-in list with one ID typed in full-width digits, the 扶贫 list
//    with 劳动技能 / 务工状态 codes, park firms with 签订 and 实际入驻 dates, funds in 万元 with 4 decimals, a Jan+Feb merged report.
// f1 高明区 (佛山): the district's 《挂图作战表》: a Gantt-like grid (2020年9月…2021年8月, two-row header) of ●/◐/○/★ marks
//    beside 完成情况 / 完成时间 / 自评分 columns; booleans read from the state in the cut-off month (◐ 推进中 and ○ 未启动 = not
//    done), the population inside a 完成标准 text, 总指挥 / 成员单位 in the header block, 经济和科技促进局（商务）.
// f2 南沙区 (广州): the third-party operator's 《运营月报（2021年8月）》 (本月 | 累计（开业以来） columns) that the district bureau
//    annotated in an extra 审核意见 column (采用 / 不采用 / “考评用：…” overrides), followed by the bureau's own 补充 block and its
//    judged points; “按成本价收费” photography is not free; the leader is 区委常委、副区长 (deputy).
// f3 龙湖区 (汕头): the official indicator table printed two-up on A3: the left half (A–F) holds the 组织领导 and 电商进农村
//    indicators, the right half (H–M) the 信息公开…一票否决 rows and 合计, side by side on the same sheet rows; facts and judged
//    sub-points inside the 完成情况 text, claimed points in each half's 自评得分 column.
// l1 云安区 (云浮): a training app's sign-in export (签到状态 已签到/迟到/补签 = attended, 未签到/请假 = not; 补签 times are
//    entry times, the date is the class date; masked 证件号码 with a 核验身份证号 column filled for the 脱贫户 classes), the
//    防返贫 monitoring-system export grouped by household (户编号 merged), a 粤政易 report list with 2020年09月07日 星期一 dates,
//    a 报名汇总 pivot (not a ledger) and a hidden 下拉选项 sheet.
// l2 鼎湖区 (肇庆): a cover page (not a ledger); the postal bureau's 建制村快递通达 table (brand columns ✓ and a 品牌数 — 0 means
//    not reached; 中国邮政 alone counts), stations whose 所在村 is “××村委会××自然村”, park firms with industry-code types, a
//    bank 回单 list with 交易状态 (失败退回 is not a payment), media with CCTV-17 and the city TV, a column list copied from the site, newest first, the date inside
//    “鼎湖区商务局　2021-03-09　浏览 186 次”.
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
let seed = 192192;
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
    assert(/^b192-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b192-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b192-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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

// =====================================================================================================
// c1 — 韶关仁化县: 自查自纠表 + eleven 附表
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  const POP = 198500;
  const REGION = "440224";
  const TOWNS = [["丹霞街道", 5, 3], ["董塘镇", 8, 1], ["周田镇", 8, 1], ["扶溪镇", 7, 0], ["长江镇", 6, 1], ["城口镇", 6, 0]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("上下新大石黄岭坪塘水安和龙马高", ["坑", "田", "岗", "背", "洞", "坝", "湾", "口", "寨", "围", "圳", "径"], "村", prefixes);
  const cName = nameMaker("锦丹城新建", ["江", "霞", "南", "北", "兴", "华"], "社区", prefixes);
  const towns = TOWNS.map(([t, nv, nc]) => ({ t, vs: Array.from({ length: nv }, () => vName()), cs: Array.from({ length: nc }, () => cName()) }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "c1");
  assert(admin.length === 40 && comms.length === 6, "c1 40 villages, 6 communities");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const nonDanxia = shuffle(admin.filter((v) => townOf[v] !== "丹霞街道"));
  const poor = nonDanxia.slice(0, 7);
  const poorSet = new Set(poor);
  const others = shuffle(admin.filter((v) => !poorSet.has(v)));
  const covNonPoor = others.slice(0, 21);
  const uncovered = others.slice(21);
  assert(uncovered.length === 12, "c1 12 uncovered");
  const vSept = uncovered[0];
  const vPlan = uncovered[1];
  const vNoExp = uncovered[2];
  const vCut = covNonPoor[0];
  const vMonth = poor[0];
  const cunGaiJu = towns[0].cs[2];

  // ---------------- 附1 村居名单
  const vRows = [["附1　仁化县行政村（社区）名单"], ["（快递服务情况由仁化邮政分公司提供，截至2021年8月）"],
    ["序号", "镇（街道）", "村（居）委会", "类别", "省定贫困村", "快递服务", "备注"]];
  const vMerges = ["A1:G1", "A2:G2"];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs) {
      sq++;
      const nm = sq % 4 === 1 ? `${short(v)}村民委员会` : sq % 4 === 3 ? `${v}委会` : v;
      vRows.push([sq, x.t, nm, "村委会", poorSet.has(v) ? "是" : "否", v === vNoExp ? "到镇自取" : "到村", v === vNoExp ? "村内无快递点，计划2021年10月开通" : null]);
    }
    for (const c of x.cs) {
      sq++;
      vRows.push([sq, x.t, sq % 2 ? `${c}居民委员会` : c, "居委会", "否", "到村", c === cunGaiJu ? `原${short(c)}村，2020年村改居` : null]);
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push([`合计：村委会${admin.length}个、居委会${comms.length}个；省定贫困村${poor.length}个`]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);
  vRows.push(["注：快递服务“到村”指快递企业在村设有服务点或按址投递到村；“到镇自取”指村民须到镇上快递点自取。"]);
  vMerges.push(`A${vRows.length}:G${vRows.length}`);

  // ---------------- 附2 站点清单
  const ST = [];
  for (const v of poor.concat(covNonPoor)) ST.push({ v, op: randIsoBetween("2020-06-15", "2021-08-20") });
  ST.find((s) => s.v === vCut).op = CUT;
  ST.find((s) => s.v === vMonth).op = "2021-08";
  for (const v of [covNonPoor[5], poor[3]]) ST.push({ v, op: randIsoBetween("2021-01-10", "2021-08-15"), second: true });
  ST.push({ v: towns[0].cs[0], op: randIsoBetween("2020-09-01", "2021-05-30") });
  ST.push({ v: vSept, op: "2021-09-02" });
  ST.push({ v: vPlan, op: null });
  const TORD = TOWNS.map((t) => t[0]);
  ST.sort((a, b) => TORD.indexOf(townOf[a.v]) - TORD.indexOf(townOf[b.v]) || cmp(a.op || "9", b.op || "9"));
  const sRows = [["附2　仁化县村级电子商务服务站点清单"], ["序号", "站点名称", "所在镇（街道）", "所在村（社区）", "站点负责人", null, "挂牌运营时间", "服务内容", "备注"],
    [null, null, null, null, "姓名", "联系电话", null, null, null]];
  const sMerges = ["A1:I1", "A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:F2", "G2:G3", "H2:H3", "I2:I3"];
  const SERV = ["代购代销、代收代发", "代购代销、代缴费", "代收代发、小额信贷", "代购代销、代存代缴、电商宣传"];
  ST.forEach((s, j) => {
    const isComm = s.v.endsWith("社区");
    const vcell = isComm ? `${s.v}居委会` : j % 3 === 0 ? `${short(s.v)}村委会` : j % 3 === 1 ? s.v : `${short(s.v)}村民委员会`;
    let dcell;
    if (s.op === null) dcell = "筹建中";
    else if (s.op === "2021-08") dcell = "2021年8月";
    else if (s.op === CUT) dcell = "2021年8月31日";
    else if (s.op === "2021-09-02") dcell = "2021.9.2";
    else dcell = dateCell(s.op, j);
    const nm = s.second ? `仁化邮政·${short(s.v)}便民服务点` : isComm ? `${short(s.v)}社区电商服务点` : `${short(s.v)}村电商服务站`;
    const note = s.op === CUT ? "8月31日挂牌" : s.op === null ? "场地已落实，设备未到位" : s.second ? "同村第二个服务点" : s.op === "2021-09-02" ? "9月挂牌" : null;
    sRows.push([j + 1, nm, townOf[s.v], vcell, personName(), mask(phone()), dcell, SERV[j % SERV.length], note]);
  });
  const adminSet = new Set(admin);
  const openedBy = (s) => s.op !== null && (s.op.length === 7 ? s.op <= CUT.slice(0, 7) : s.op <= CUT);
  const covSet = new Set(ST.filter((s) => openedBy(s) && adminSet.has(s.v)).map((s) => s.v));
  assert(covSet.size === 28 && ratioGE(28, 40, 70) && !ratioGE(27, 40, 70), "c1 28/40 = 70%");
  assert(poor.every((v) => covSet.has(v)), "c1 poor all covered");
  assert(!covSet.has(vSept) && !covSet.has(vPlan), "c1 sept/plan uncovered");

  // ---------------- poor persons (附5)
  const LAB_OK = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"];
  const plan = shuffle([].concat(Array(60).fill("E"), Array(9).fill("M"), Array(6).fill("N")));
  const persons = plan.map((c, j) => {
    const birth = c === "N" ? birthBetween(1936, 1954) : birthBetween(1966, 2001);
    const id = makeId(REGION, birth, rnd() < 0.5, j === 4 ? true : undefined);
    const v = poor[j % 7];
    let lab;
    let work;
    if (c === "E") {
      lab = LAB_OK[j % 3 === 2 ? 2 : j % 5 === 0 ? 1 : 0];
      work = ["县内务工", "未务工", "乡镇内务工", "县内务工"][j % 4];
    } else if (c === "M") {
      lab = LAB_OK[j % 2];
      work = j % 3 === 0 ? "省外务工" : "县外省内务工";
    } else {
      lab = j % 2 ? "丧失劳动力" : "无劳动力";
      work = "—";
    }
    return { c, id, v, lab, work, name: personName() };
  });
  const elig = persons.filter((p) => p.c === "E");
  assert(elig.length === 60 && elig.every((p) => LAB_OK.includes(p.lab) && !/外/.test(p.work)), "c1 60 eligible");
  const pRows = [["附5　仁化县脱贫人口（有劳动能力及务工情况）名单"], ["（摘自国家防返贫监测信息系统，2021年8月31日导出）"],
    ["说明：劳动技能为“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”的属有劳动能力；务工状态“省外务工”“县外省内务工”为外出务工，“县内务工”“乡镇内务工”“未务工”为本地。"],
    ["序号", "镇", "村", "姓名", "身份证号码", "劳动技能", "务工状态", "备注"]];
  const pMerges = ["A1:H1", "A2:H2", "A3:H3"];
  const pSorted = persons.slice().sort((a, b) => cmp(townOf[a.v] + a.v, townOf[b.v] + b.v));
  pSorted.forEach((p, j) => pRows.push([j + 1, townOf[p.v], p.v, p.name, p.id, p.lab, p.work, null]));

  // ---------------- 附3 培训台账 (sessions) and 附4 脱贫户参训名单
  const TOPICS = ["农村电商基础知识", "网店开设与运营", "直播带货实操", "短视频拍摄与剪辑", "农产品品牌与包装", "电商客服与物流", "社群营销", "贡柑网销专题"];
  const PLACES = ["县电子商务公共服务中心", "董塘镇文化站", "周田镇党群服务中心", "扶溪镇政府会议室", "长江镇文化站", "城口镇综合文化站"];
  const sessions = [];
  let day = "2020-09-16";
  const HOLI = [["2020-10-01", "2020-10-08", "2020-10-09"], ["2021-01-01", "2021-01-03", "2021-01-05"], ["2021-02-08", "2021-02-17", "2021-02-19"],
    ["2021-04-03", "2021-04-05", "2021-04-07"], ["2021-05-01", "2021-05-05", "2021-05-07"], ["2021-06-12", "2021-06-14", "2021-06-16"]];
  for (let k = 0; k < 22; k++) {
    for (const [a, b, to] of HOLI) if (day >= a && day <= b) day = to;
    const len = k % 5 === 3 ? 1 : k % 7 === 4 ? 2 : 0;
    sessions.push({ no: k + 1, start: day, end: isoAdd(day, len), topic: TOPICS[k % TOPICS.length], obj: k % 4 === 2 ? "脱贫户" : k % 3 === 0 ? "电商从业人员" : "农户、返乡青年", pt: rint(68, 110) });
    day = isoAdd(day, rint(13, 16));
  }
  assert(sessions[21].end <= "2021-08-28", "c1 sessions before cut-off " + sessions[21].end);
  let diff = 1951 - sum(sessions.map((s) => s.pt));
  for (let j = 0; diff !== 0; j = (j + 1) % 22) {
    const st = Math.sign(diff) * Math.min(Math.abs(diff), 7);
    if (sessions[j].pt + st < 55 || sessions[j].pt + st > 130) continue;
    sessions[j].pt += st;
    diff -= st;
  }
  const sept = { no: 23, start: "2021-09-07", end: "2021-09-07", topic: "直播带货进阶", obj: "脱贫户", pt: 86 };
  sessions.push(sept);
  for (const s of sessions) s.due = s.pt + rint(4, 12);
  const ptCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.pt));
  const dueCut = sum(sessions.filter((s) => s.end <= CUT).map((s) => s.due));
  assert(ptCut === 1951 && ptCut * 1000 >= POP * 8 && !ratioGE(ptCut, POP, 1), "c1 1951 → 0.98% → 8");
  assert(ratioGE(dueCut, POP, 1) && ratioGE(ptCut + sept.pt, POP, 1), "c1 应到 or September would reach 1%");

  // trainees from the poor list
  const poorSess = sessions.filter((s) => s.obj === "脱贫户" && s.end <= CUT);
  const anySess = sessions.filter((s) => s.end <= CUT);
  const eligSh = shuffle(elig);
  const trained = eligSh.slice(0, 30);
  const septOnly = eligSh[30];
  const fwPerson = trained[7];
  const TR = [];
  trained.forEach((p, k) => TR.push({ p, s: poorSess[k % poorSess.length], id: p === fwPerson ? fwDigits(p.id) : p.id }));
  for (const p of trained.slice(11, 13)) {
    const first = TR.find((t) => t.p === p).s;
    const pool = anySess.filter((s) => s.no > first.no);
    assert(pool.length > 0, "c1 a later session");
    TR.push({ p, s: pool[rint(0, pool.length - 1)], id: p.id, note: "第二次参训" });
  }
  TR.push({ p: septOnly, s: sept, id: septOnly.id });
  const migs = persons.filter((p) => p.c === "M");
  const nols = persons.filter((p) => p.c === "N");
  TR.push({ p: migs[0], s: poorSess[1], id: migs[0].id, note: "返乡期间参训" });
  TR.push({ p: migs[1], s: poorSess[2], id: migs[1].id, note: "返乡期间参训" });
  TR.push({ p: nols[0], s: poorSess[3], id: nols[0].id, note: "家属陪同" });
  const wj = { name: personName(), id: makeId("440203", birthBetween(1975, 1992), true, false), v: null };
  TR.push({ p: wj, s: poorSess[4], id: wj.id, note: "武江区脱贫户，随亲属参训" });
  const TRs = TR.slice().sort((a, b) => a.s.no - b.s.no);
  for (const s of sessions) s.poorN = TRs.filter((t) => t.s === s).length;
  for (const s of sessions) assert(s.poorN <= s.pt, "c1 poor sign-ins within 实到");
  const norm = (id) => id.replace(/[０-９]/g, (c) => String(FW.indexOf(c))).replace(/Ｘ/g, "X").toUpperCase();
  const eligIds = new Set(elig.map((p) => p.id));
  const trainedCut = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(norm(t.id))).map((t) => norm(t.id)));
  const trainedRaw = new Set(TRs.filter((t) => t.s.end <= CUT && eligIds.has(t.id)).map((t) => t.id));
  assert(trainedCut.size === 30 && ratioGE(30, 60, 50) && !ratioGE(30, 60, 70), "c1 30/60 = 50%");
  assert(trainedRaw.size === 29 && !ratioGE(29, 60, 50), "c1 29/60 without full-width normalisation");

  const sessCell = (s, j) => {
    if (s.end !== s.start) return rangeText(s.start, s.end, j % 2 ? "dot" : "cn");
    if (s === sept) return "2021年9月7日";
    return dateCell(s.start, j);
  };
  const tRows = [["附3　仁化县农村电商培训台账（按期次）"], ["单位：人、人次"],
    ["期次", "培训时间", "培训主题", "培训对象", "应到人数", "实到人次", "其中脱贫人口", "培训地点", "备注"]];
  sessions.forEach((s, j) => tRows.push([`第${s.no}期`, sessCell(s, j), s.topic, s.obj, s.due, s.pt, s.poorN, PLACES[j % PLACES.length],
    s === sept ? "9月份开班" : s.end !== s.start ? `${s.end === isoAdd(s.start, 1) ? "两" : "三"}天班，人次按签到人数计` : null]));
  tRows.push(["合计", null, null, null, sum(sessions.map((s) => s.due)), sum(sessions.map((s) => s.pt)), sum(sessions.map((s) => s.poorN)), null, "含第23期"]);
  const tMerges = ["A1:I1", "A2:I2", `A${tRows.length}:D${tRows.length}`];

  const trRows = [["附4　脱贫户参训名单"], ["序号", "培训日期", "期次", "姓名", "身份证号码", "所在村", "备注"]];
  TRs.forEach((t, j) => trRows.push([j + 1, sessCell(t.s, sessions.indexOf(t.s)), `第${t.s.no}期`, t.p.name, t.id, t.p.v || "（武江区）", t.note || (t.p === fwPerson ? "据纸质签到表录入" : null)]));
  trRows.push([`注：本名单人员已计入附3“实到人次”，不重复统计。共${TRs.length}人次。`]);
  const trMerges = ["A1:G1", `A${trRows.length}:G${trRows.length}`];

  // ---------------- 附6 入驻企业
  const FN = ["仁化县丹霞山下电子商务有限公司", "韶关市仁化优品网络科技有限公司", "仁化县贡柑之乡网店", "仁化县白毛茶电商商行", "仁化县董塘腊味电子商务有限公司",
    "仁化县长江香芋网店", "韶关丹霞电商运营服务有限公司", "仁化县云帆代运营工作室", "仁化县速达物流有限公司", "仁化县丹霞冷链仓储有限公司",
    "仁化县红山直播传媒有限公司", "仁化县周田果蔬电商商行", "仁化县扶溪竹笋网店", "仁化县城口黄烟电子商务有限公司", "仁化县乡味优选网络科技有限公司",
    "仁化县农家乐网店", "仁化县丹霞供应链管理有限公司", "仁化县锦江电商服务有限公司", "仁化县山货铺电子商务有限公司", "仁化县贡柑直播电商有限公司",
    "仁化县顺通快递有限公司"];
  const FT = ["平台型", "平台型", "销售型", "销售型", "销售型", "销售型", "电商运营商", "电商运营商", "物流企业", "物流企业", "直播机构", "销售型", "销售型",
    "销售型", "平台型", "销售型", "供应链服务", "电商运营商", "销售型", "直播机构", "物流企业"];
  const firms = FN.map((n, j) => {
    const entered = randIsoBetween("2020-12-10", "2021-08-15");
    return { n, t: FT[j], code: creditCode(REGION), sign: isoAdd(entered, -rint(5, 30)), entered, left: null };
  });
  firms[19].sign = "2021-08-20";
  firms[19].entered = "2021-09-06";
  firms[20].entered = "2020-12-18";
  firms[20].sign = "2020-12-01";
  firms[20].left = "2021-05-31";
  const fSorted = firms.slice().sort((a, b) => cmp(a.sign, b.sign));
  const eRows = [["附6　仁化县电商产业园入驻企业名单"], ["说明：入驻时间以实际入驻（装修完成、开始办公）日期为准；签订入驻协议日期仅供参考。"],
    ["序号", "企业名称", "统一社会信用代码", "企业类型", "签订入驻协议日期", "实际入驻日期", "退出日期", "备注"]];
  fSorted.forEach((f, j) => eRows.push([j + 1, f.n, f.code, f.t, dateCell(f.sign, j + 2), dateCell(f.entered, j), f.left ? dotDate(f.left) : null,
    f === firms[19] ? "装修中，9月6日入驻" : f === firms[20] ? "合同到期不续签，已退园" : null]));
  const inPark = firms.filter((f) => f.entered <= CUT && !(f.left && f.left <= CUT));
  const bySign = firms.filter((f) => f.sign <= CUT && !(f.left && f.left <= CUT));
  const typesIn = new Set(inPark.map((f) => f.t));
  assert(inPark.length === 19 && bySign.length === 20, "c1 19 in the park (20 by the agreement date)");
  assert(["平台型", "销售型", "电商运营商", "物流企业"].every((t) => typesIn.has(t)), "c1 ≥3 types");

  // ---------------- 附7 资金拨付 (万元)
  const PAY = [["2020-10-16", "县电子商务公共服务中心建设首期款", "韶关丹霞电商运营服务有限公司", 450000], ["2020-11-27", "村级站点建设首期款", "中国邮政集团有限公司仁化县分公司", 368500],
    ["2020-12-22", "电商培训服务费（第一期）", "仁化县职业技术学校", 126000], ["2021-01-19", "县电子商务公共服务中心建设进度款", "韶关丹霞电商运营服务有限公司", 512300],
    ["2021-02-05", "物流配送体系建设首期款", "仁化县速达物流有限公司", 274650], ["2021-03-26", "村级站点建设进度款", "中国邮政集团有限公司仁化县分公司", 398000],
    ["2021-04-23", "电商培训服务费（第二期）", "仁化县职业技术学校", 215000], ["2021-05-28", "产业园改造工程款", "仁化县建安工程有限公司", 486500],
    ["2021-06-18", "品牌推广服务费", "韶关丹霞电商运营服务有限公司", 159800], ["2021-07-09", "物流配送体系建设进度款", "仁化县速达物流有限公司", 302700],
    ["2021-08-13", "冷链及溯源系统建设首期款", "仁化县丹霞冷链仓储有限公司", 188000], ["2021-08-27", "县电子商务公共服务中心运营补助", "韶关丹霞电商运营服务有限公司", 0],
    ["2021-09-10", "村级站点建设尾款", "中国邮政集团有限公司仁化县分公司", 620000]];
  PAY[11][3] = 3836450 - sum(PAY.slice(0, 11).map((p) => p[3]));
  assert(PAY[11][3] > 0 && Number.isInteger(PAY[11][3]), "c1 last payment");
  const fRows = [["附7　仁化县电子商务进农村综合示范专项资金拨付台账"], ["单位：万元"], ["序号", "拨付日期", "项目名称", "收款单位", "拨付金额", "凭证号", "备注"]];
  PAY.forEach(([d, what, who, a], j) => fRows.push([j + 1, dateCell(d, j + 3), what, who, wan4(a), `记字第${String(rint(10, 99))}号`, d > CUT ? "9月拨付" : null]));
  fRows.push([PAY.length + 1, null, "冷链及溯源系统质保金", "仁化县丹霞冷链仓储有限公司", 12.5, null, "预留质保金，验收满一年后支付（未拨付）"]);
  fRows.push(["合计", null, null, null, wan4(sum(PAY.map((p) => p[3]))), null, "不含质保金"]);
  const fMerges = ["A1:G1", "A2:G2", `A${fRows.length}:D${fRows.length}`];
  const spent = sum(PAY.filter((p) => p[0] <= CUT).map((p) => p[3]));
  assert(spent === 3836450 && ratioGE(spent, 5000000, 70) && pct1(spent, 5000000) === "76.7%", "c1 spent");

  // ---------------- 附8 月报报送
  const REP = [["2020年8月", "2020-09-07"], ["2020年9月", "2020-10-09"], ["2020年10月", "2020-11-06"], ["2020年11月", "2020-12-07"], ["2020年12月", "2021-01-08"],
    ["2021年1—2月", "2021-03-05"], ["2021年3月", "2021-04-07"], ["2021年4月", "2021-05-08"], ["2021年5月", "2021-06-04"], ["2021年6月", "2021-07-06"],
    ["2021年7月", "2021-08-06"], ["2021年8月", "2021-09-06"]];
  const rRows = [["附8　月报报送登记"], ["序号", "月报所属月份", "报送时间", "报送方式", "报送内容", "接收单位"]];
  REP.forEach(([m, d], j) => rRows.push([j + 1, m, dateCell(d, j + 1), j % 2 ? "粤政易" : "电子邮件", j < 2 ? "工作进展、统计数据" : "工作进展、统计数据、电商扶贫统计表", "韶关市商务局"]));
  rRows.push(["注：因春节假期，2021年1月、2月月报合并于3月5日报送。"]);
  const rMerges = ["A1:F1", `A${rRows.length}:F${rRows.length}`];
  const repMonths = inWindowMonths(REP.map((r) => r[1]));
  assert(repMonths === 11, "c1 reports in 11 window months");

  // ---------------- 附9 专栏更新
  const UPD = [["2020-07-10", "仁化县电子商务进农村综合示范县创建工作方案", "创建方案"], ["2020-07-10", "仁化县电子商务进农村综合示范项目基本信息公示", "项目信息"],
    ["2020-07-15", "仁化县电子商务进农村综合示范项目监督举报电话", "监督举报"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const [y, mo] = m.split("-").map(Number);
    UPD.push([`${m}-${String(rint(3, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `仁化县电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`, "建设进度"]);
  }
  UPD.sort((a, b) => cmp(a[0], b[0]));
  const uRows = [["附9　县政府网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "信息标题", "子栏目"]];
  UPD.forEach(([d, t, c], j) => uRows.push([j + 1, D(d), t, c]));
  assert(inWindowMonths(UPD.map((u) => u[0])) === 12, "c1 column updated monthly");

  // ---------------- 附10 宣传报道 / 附11 经验材料
  const MED = [["2020-12-10", "仁化电视台《仁化新闻》", "县级", "电视", "我县首批村级电商服务站挂牌运营", "否"], ["2021-03-18", "南方日报", "省级", "报纸", "仁化：贡柑“触网”卖全国", "否"],
    ["2021-05-21", "广东广播电视台《广东新闻联播》", "省级", "电视", "仁化脱贫户直播卖贡柑", "是"], ["2021-07-02", "“仁化发布”微信公众号", "县级", "网络", "电商培训进扶溪", "否"],
    ["2021-09-03", "韶关日报", "市级", "报纸", "仁化电商进农村示范创建见成效", "否"]];
  const mRows = [["附10　宣传报道统计表"], ["序号", "日期", "媒体名称", "媒体级别", "形式", "标题", "是否电商扶贫典型案例"]];
  MED.forEach((m, j) => mRows.push([j + 1, dateCell(m[0], j + 2), m[1], m[2], m[3], `《${m[4]}》`, m[5]]));
  const matRows = [["附11　经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年6月25日", "《仁化县“电商＋贡柑”助农增收经验做法》", "韶关市商务局"], [2, "2021.9.8", "《仁化县电子商务进农村综合示范创建工作总结》", "韶关市商务局"]];

  // ---------------- 自查自纠表 (facts, judged, claimed)
  const IND = [
    ["组织领导（2分）", 2, [["县（市、区）政府主要领导牵头，商务、财政、农业、扶贫等部门参与", "2020年4月成立示范创建工作领导小组，县委副书记、县长任组长，分管副县长任副组长；成员单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县市场监督管理局、仁化邮政分公司", true, 2]], "A1-1"],
    ["方案制定（2分）", 2, [["正式印发示范县工作方案，因地制宜、可操作性较强（1-2分）", "《仁化县电子商务进农村综合示范县创建工作方案》（仁府办〔2020〕11号）已正式印发", true, 2]], "A1-2"],
    ["政策支持（2分）", 1, [["在资金、土地、人才等方面出台政策并得到落实（1-2分）", "出台《仁化县促进农村电子商务发展扶持办法（试行）》；土地、人才方面暂无专门政策", true, 1]], "A1-3"],
    ["项目管理（4分）", 4, [["建立项目管理制度，在建设、验收环节严格落实（1-2分）", "制定《项目管理暂行办法》，招标、验收均按程序执行", true, 2],
      ["建立完整工作台账，详细记录项目建设情况（1-2分）", "建立11类工作台账（见附1—附11）", true, 2]], "A1-4"],
    ["服务体系建设：县级中心与产业园（15分）", 14, [["建成县级电子商务公共服务中心（2分）", "县电子商务公共服务中心（丹霞街道锦江路）于2020年12月9日投入运营", true, 2],
      ["建成后已正常运行6个月以上（2分）", "截至8月31日已运行8个多月", true, 2],
      ["有免费培训场所、培训设备，能组织电商基础培训（2分）", "设培训室1间（80座）、直播实训设备2套，免费开展电商基础培训", true, 2],
      ["为特色农产品提供免费展示、销售服务（1分）", "展示展销区免费展示、代销白毛茶、贡柑等特色农产品", true, 1],
      ["为电子商务市场主体提供免费摄影、美工服务（1分）", "摄影棚、美工设计由运营方按成本价收费，暂未实现免费", false, 0],
      ["组织农产品统一推广、指导特色农产品品牌建设（1分）", "组织“丹霞山下”区域公用品牌统一推广，指导贡柑、白毛茶品牌建设", true, 1],
      ["为电子商务发展提供其他衍生增值服务（1分）", "提供网店代运营、供应链对接、小额信贷对接等服务", true, 1],
      ["建设或整合、优化当地电商产业园（2分）", "整合县电商产业园（中心二、三楼）", true, 2],
      ["产业园入驻企业达20家及以上（2分）", "已签订入驻协议企业20家（见附6）", true, 2],
      ["入驻企业含平台型、销售型、电商运营商或物流企业等至少三种类型（1分）", "平台型、销售型、电商运营商、物流企业、直播机构等", true, 1]], "A2-1"],
    ["服务体系建设：村级站点覆盖（10分）", 10, [["行政村覆盖率70%及以上（5分）", "40个行政村中28个建有村级电商服务站点，覆盖率70%（见附1、附2）", true, 5],
      ["省定贫困村覆盖率100%（5分）", "7个省定贫困村全部建有站点", true, 5]], "A2-2"],
    ["农村产品上行（10分）", 8, [["对农产品网络销售进行调研并形成针对性建议（1-2分）", "委托第三方开展农产品网销调研，形成调研报告及建议", true, 2],
      ["开展农村产品网络促销活动成效明显（1-2分）", "开展“丹霞贡柑节”线上促销等3场活动", true, 1],
      ["当地有专业第三方电子商务运营或服务商（1分）", "公开招标确定韶关丹霞电商运营服务有限公司为第三方运营服务商", true, 1],
      ["行政村物流快递覆盖率100%（1分）", "行政村快递服务全覆盖", true, 1],
      ["出台农产品电商交易标准，建立冷链、溯源系统（1-2分）", "制定仁化白毛茶电商交易标准；冷链仓在建，溯源系统试运行", true, 1],
      ["2020年农村网络零售额或农产品网络零售额同比增速≥30%（2分）", "2020年农村网络零售额3.896亿元（2019年3.125亿元），同比增长24.7%；农产品网络零售额1.115亿元（2019年0.842亿元），同比增长32.4%", true, 2]], "A2-3"],
    ["电商人才培训（20分）", 20, [["培训人次达常住人口1%及以上（10分）", "累计培训2,037人次（含9月7日第23期86人次），占常住人口1.03%（见附3）", true, 10],
      ["建档立卡贫困人口培训率50%及以上（10分）", "有劳动能力且未外出务工的脱贫人口60人，参训30人，培训率50%（见附4、附5）", true, 10]], "A2-4"],
    ["信息公开（4分）", 4, [["在县政府网站设立公开专栏且内容全面（2分）", "县政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、建设进度，公布监督举报电话", true, 2],
      ["近一年内专栏内容按月更新（2分）", "2020年9月至2021年8月每月更新（见附9）", true, 2]], "A3-1"],
    ["数据上报（6分）", 6, [["近一年每月向市商务局报送工作情况（3分）", "每月报送（1月、2月月报合并于3月5日报送，见附8）", true, 3],
      ["能统计电商扶贫情况（3分）", "月报附电商扶贫统计表", true, 3]], "A3-2"],
    ["案例总结（2分）", 2, [["向市商务局报送经验材料（2分）", "2021年6月25日报送《仁化县“电商＋贡柑”助农增收经验做法》", true, 2]], "A4-1"],
    ["经验推广（8分）", 5, [["省级及以上媒体宣传报道（4分）", "南方日报、广东广播电视台报道", true, 4], ["市级媒体宣传报道（3分）", "韶关日报2021年9月3日刊发", false, 0],
      ["县级媒体宣传报道（1分）", "仁化电视台、“仁化发布”报道", true, 1]], "A4-2"],
    ["制度建立（5分）", 4, [["建立科学有效的资金管理制度且得到有效落实（1-5分）", "制定《仁化县电子商务进农村综合示范专项资金管理办法》，建立考核问责制度", true, 4]], "A5-1"],
    ["资金台账（5分）", 4, [["项目承建方建立资金专用台账，账目完整（1-5分）", "各承建单位均建立资金专用台账，县商务局建立拨付总台账（见附7）", true, 4]], "A5-2"],
    ["资金支出（5分）", 4, [["资金支出率70%以上，且根据创建进度及时拨付（1-5分）", "省下达专项资金500万元，截至8月31日累计拨付3,836,450元，支出率76.7%，按进度拨付", true, 4]], "A5-3"],
    ["加分项：贫困人口培训率70%及以上（2分）", 0, [["建档立卡贫困人口培训率70%及以上（2分）", "培训率50%，未达到", false, 0]], "—"],
    ["加分项：电商扶贫典型案例获电视播报（国家级2分，省级1分）", 1, [["电商扶贫典型案例获国家级（2分）或省级（1分）电视媒体播报", "2021年5月21日广东广播电视台《广东新闻联播》播出我县脱贫户直播卖贡柑案例", true, 1]], "A4-2"],
    ["一票否决项", null, [["发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "未发生", null, null], ["项目建设进度严重滞后，总体进度不足40%", "项目总体进度92%", null, null],
      ["弄虚作假", "无", null, null]], "—"],
  ];
  const fr = [["仁化县电子商务进农村综合示范创建自查自纠情况表"],
    ["自查单位：仁化县商务局（盖章）", null, null, null, "自查时间：2021年9月2日", null, "数据截至：2021年8月31日（省考评截止日期）", null, null],
    ["基本情况：常住人口19.85万人（第七次全国人口普查；户籍人口24.63万人）；行政村40个、社区居委会6个；省定贫困村7个。"],
    ["序号", "评价指标（分值）", "自查要点", "自查情况", "符合", "不符合", "要点得分", "指标自评分", "佐证材料"]];
  const fm = ["A1:I1", "A2:D2", "E2:F2", "G2:I2", "A3:I3"];
  IND.forEach(([name, tot, items, ev], k) => {
    const r0 = fr.length + 1;
    items.forEach(([pt, sit, ok, p], i) => {
      fr.push([i === 0 ? (name.startsWith("加分") ? `加${k - 14}` : name.startsWith("一票") ? "否" : k + 1) : null, i === 0 ? name : null, pt, sit,
        ok === true ? "✓" : null, ok === false ? "✓" : null, p === null ? "—" : p, i === 0 ? (tot === null ? "—" : tot) : null, i === 0 ? ev : null]);
    });
    const r1 = fr.length;
    for (const c of ["A", "B", "H", "I"]) mergeCol(fm, c, r0, r1);
  });
  const claimedTot = sum(IND.slice(0, 15).map((x) => x[1]));
  fr.push(["合计", null, null, null, null, null, null, `${claimedTot}＋1`, null]);
  fm.push(`A${fr.length}:G${fr.length}`);
  fr.push(["填表人：邓××　　审核人：何××　　分管领导：刘××"]);
  fm.push(`A${fr.length}:I${fr.length}`);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = IND[j][1]));
  claimed["bonus.poorTraining"] = 0;
  claimed["bonus.tvCase"] = 1;
  assert(claimedTot === 90, "c1 claimed 90 " + claimedTot);

  const pts = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 4,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 5, "work.upward": 2 + 1 + 1 + 0 + 1 + 2,
    "work.training": 8 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 0, "bonus.tvCase": 1,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = sum(SCORED.map((s) => pts[s[0]]));
  const bonus = Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(scored === 83 && bonus === 1, "c1 total " + scored);
  assert(pct1(38960 - 31250, 31250) === "24.7%" && pct1(11150 - 8420, 8420) === "32.4%" && !(38960 * 10 >= 31250 * 13) && 11150 * 10 >= 8420 * 13, "c1 growth");
  const derivation = [
    "org.leadership: 自查自纠表第1项：县委副书记、县长任组长（主要领导），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
    "org.plan: 第2项 方案已印发（仁府办〔2020〕11号），“符合”打✓，要点得分2 → 2",
    "org.policy: 第3项 扶持办法已出台，要点得分1 → 1",
    "org.management: 第4项 项目管理制度2 ＋ 工作台账2 → 4",
    `work.center: 第5项：中心2020年12月9日投入运营 → 2；≤2021-02-28，运行满6个月 → 2；免费培训、免费展示销售、品牌推广、其他衍生增值服务都在“符合”列打✓ → 2＋1＋1＋1；免费摄影美工在“不符合”列打✓（按成本价收费） → 0；产业园已整合 → 2；附6按“实际入驻日期”算8月31日在园：21家中“${firms[19].n}”8月20日签协议、9月6日才实际入驻，不算，“${firms[20].n}”2021.5.31退出，不算 → 19家 < 20 → 0（按签订协议日期数是20家、自查表写“已签订入驻协议企业20家”，都不是在园数）；类型有平台型、销售型、电商运营商、物流企业 → 1；合计12（自评14）`,
    `work.coverage: 附1村委会40个（居委会6个不算，其中“${cunGaiJu}”原为${short(cunGaiJu)}村、2020年村改居），附2站点按挂牌运营时间≤8月31日覆盖的行政村28个：“${vCut}”的站“2021年8月31日”挂牌（当天，算）；“${vMonth}”的站写“2021年8月”（8月内，算）；“${vSept}”的站2021.9.2挂牌、“${vPlan}”的站“筹建中”，都不算；两个村各有第二个服务点只算一次；“${towns[0].cs[0]}”的社区服务点不算 → 28/40 = 70.0% ≥ 70% → 5；省定贫困村7个都有站 → 7/7 = 100% → 5；合计10`,
    `work.upward: 网销调研2、促销1、交易标准1（要点得分）；第三方运营服务商 ✓ → 1；快递：附1有“快递服务”列，“${vNoExp}”写“到镇自取”（村内无快递点） → 行政村快递覆盖不到100% → 0（自查表“行政村快递服务全覆盖”与名单不符，以名单为准，应提示）；农村网零3.125亿→3.896亿元增长24.7%（不到30%），农产品网零0.842亿→1.115亿元增长32.4% ≥ 30% → 2；合计7（自评8）`,
    `work.training: 附3按“实到人次”、培训时间（两天、三天班按结束日）≤8月31日：第1—22期合计${fmtInt(ptCut)}人次；第23期（2021年9月7日，86人次）不算；常住人口19.85万人 = ${fmtInt(POP)} → ${fmtInt(ptCut)}/${fmtInt(POP)} = ${pct2(ptCut, POP)} → 8（“应到人数”合计${fmtInt(dueCut)}、或算上第23期的${fmtInt(ptCut + sept.pt)}人次都会过1%，自查表“2,037人次”含9月一期，不能用）；附5有劳动能力（普通、技能、弱劳动力或半劳动力）且务工状态不是省外／县外省内务工的60人；附4截止日前参训、按身份证号去重对上的30人（一人身份证号是全角数字“${fwPerson.id.slice(0, 4).replace(/[0-9]/g, (c) => FW[Number(c)])}…”，须按半角对上；两人参训两次算一次；“${septOnly.name}”只参加第23期不算；两名外出务工、一名${nols[0].lab}、一名武江区脱贫户不在60人内） → 30/60 = 50.0% ≥ 50% → 10（全角那位对不上就是29/60 = 48.3% → 8）；合计18（自评20）`,
    "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，公布监督举报电话 → 2；附9 2020年9月—2021年8月每月都有建设进度更新 → 2；合计4",
    "info.reporting: 附8按报送时间：2020年9月—2021年8月中2021年2月没有报送（1、2月月报3月5日合并报送），8月月报9月6日报送 → 11个月，不是每月 → 1；月报附电商扶贫统计表 → 3；合计4（自评6）",
    "promo.cases: 附11 2021年6月25日向韶关市商务局报送经验材料 → 2（9月8日的总结在截止日后）",
    "promo.media: 附10 南方日报、广东广播电视台（省级） → 4；仁化电视台、“仁化发布”（县级） → 1；韶关日报（市级）2021-09-03在截止日后不算 → 5",
    "fund.system: 第13项要点得分4 → 4",
    "fund.ledger: 第14项要点得分4 → 4",
    `fund.spending: 附7（万元）拨付日期≤8月31日的12笔合计${wan4(spent)}万元 = ${fmtMoney(spent)}元；9月10日62万元不算；质保金12.5万元“未拨付”、没有日期，不是拨付 → ${fmtMoney(spent)}/5,000,000 = ${pct1(spent, 5000000)} ≥ 70% → 及时拨付自评4 → 4`,
    "bonus.poorTraining: 贫困人口培训率30/60 = 50% < 70% → 0",
    "bonus.tvCase: 广东广播电视台《广东新闻联播》（省级电视）播出，附10标“是”电商扶贫典型案例 → 1",
    "veto.incident: 一票否决项“未发生” → 不否决",
    "veto.progress: 项目总体进度92% ≥ 40% → 不否决",
    "veto.fraud: “无” → 不否决",
  ];
  return {
    description:
      "韶关仁化县商务局整本考评工作簿（12个表：自查自纠情况表＋附1—附11），83＋加分1＝84分、未否决（自查表自评90＋1）：事实表是《自查自纠情况表》——一个自查要点一行，回答是“符合”或“不符合”列里的✓（免费摄影美工在“不符合”列），要点得分逐行、指标自评分按指标纵向合并，基本情况写在表头下一整行；附表有村居名单（快递服务“到村／到镇自取”，一村到镇自取所以快递不是全覆盖，与自查表的“全覆盖”不符）、两行表头的站点清单（一站“2021年8月31日”挂牌正好凑成28/40＝70%，一站只写“2021年8月”，9月挂牌、筹建中、社区站、同村第二点）、按期次的培训台账（“应到人数”和“实到人次”两列，只能读实到；第23期在9月）、脱贫户参训名单（一人身份证号是全角数字）、防返贫系统的脱贫人口（劳动技能、务工状态口径写在说明行）、入驻企业（“签订入驻协议日期”和“实际入驻日期”两列，说明写明以实际入驻为准：截止日在园19家，按签订日是20家）、万元资金拨付台账（4位小数、质保金未拨付行、9月一笔、合计行）、月报登记（1、2月合并在3月5日报送）、专栏更新、宣传报道、经验材料。",
    sheets: [
      { name: "自查自纠表", rows: fr, merges: fm },
      { name: "附1 村居名单", rows: vRows, merges: vMerges },
      { name: "附2 站点清单", rows: sRows, merges: sMerges },
      { name: "附3 培训台账", rows: tRows, merges: tMerges },
      { name: "附4 脱贫户参训名单", rows: trRows, merges: trMerges },
      { name: "附5 脱贫人口", rows: pRows, merges: pMerges },
      { name: "附6 入驻企业", rows: eRows, merges: ["A1:H1", "A2:H2"] },
      { name: "附7 资金拨付", rows: fRows, merges: fMerges },
      { name: "附8 月报报送", rows: rRows, merges: rMerges },
      { name: "附9 专栏更新", rows: uRows, merges: ["A1:D1"] },
      { name: "附10 宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "附11 经验材料", rows: matRows, merges: ["A1:D1"] },
    ],
    expect: { asOf: CUT, total: scored + bonus, bonus, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 佛山高明区: 挂图作战表 (Gantt-like month grid with ●◐○★ and completion columns)
// =====================================================================================================
function buildF1() {
  const MONTHS = monthsBetween("2020-09", "2021-08");
  // status: ["done", month] | ["doing", startMonth] | ["none"]
  const grid = (st) =>
    MONTHS.map((m) => {
      if (st[0] === "none") return "○";
      if (st[0] === "doing") return m < st[1] ? "○" : "◐";
      if (st[1] < MONTHS[0]) return "●";
      return m < st[1] ? (st[2] && m >= st[2] ? "◐" : "○") : m === st[1] ? "★" : "●";
    });
  const T = [
    ["一、组织保障"],
    ["成立创建工作领导小组", "区经科局", "区长任组长，商务、财政、农业农村、乡村振兴等部门参与", ["done", "2020-06"], "2020年6月成立，区委副书记、区长任组长（成员单位见表头）", "2020.6", null],
    ["印发示范创建工作方案", "区经科局", "正式印发，因地制宜、可操作", ["done", "2020-07"], "《佛山市高明区电子商务进农村综合示范创建工作方案》（明府办函〔2020〕45号）已印发", D("2020-07-22"), 2],
    ["出台农村电商扶持政策", "区经科局、区财政局", "资金、土地、人才等方面出台政策", ["doing", "2021-03"], "《高明区促进农村电子商务发展扶持办法》已完成征求意见，待区政府常务会议审议", "—", "—"],
    ["建立项目管理制度", "区经科局", "建设、验收环节严格执行", ["done", "2020-09"], "印发《高明区电子商务进农村项目建设管理办法》，招标、验收按程序执行", "2020.9.14", 2],
    ["建立工作台账", "区经科局", "台账完整，详细记录项目建设情况", ["done", "2020-10", "2020-09"], "建立站点、培训、资金等工作台账，部分台账未按月更新", "2020.10", 1],
    ["二、公共服务中心与产业园"],
    ["建成区级电商公共服务中心并投入运营", "区经科局、运营方", "2020年10月底前投入运营", ["done", "2020-11", "2020-09"], "2020年11月26日投入运营（原计划10月底，因设备安装延后）", D("2020-11-26"), null],
    ["中心免费培训场所和设备", "运营方", "能组织电商基础培训", ["done", "2020-11", "2020-10"], "设免费培训室（60座）及直播实训设备，常态化开展电商基础培训", "2020.11.26", null],
    ["特色农产品免费展示销售", "运营方", "免费展示、销售", ["done", "2020-12", "2020-11"], "展示展销区免费展示销售合水粉葛、濑粉、更合茶叶等", "2020.12.8", null],
    ["免费摄影美工服务", "运营方", "免费提供摄影、美工", ["doing", "2021-03"], "摄影棚已建成，免费服务方案待运营方确认，目前按件收费", "—", null],
    ["农产品统一推广和品牌建设", "区经科局、区农业农村局", "统一推广，指导品牌建设", ["done", "2021-01", "2020-12"], "组织“高明好物”统一推广，指导合水粉葛品牌建设", "2021.1.15", null],
    ["其他衍生增值服务", "运营方", "提供其他衍生增值服务", ["none"], "未启动（计划引入金融、法律咨询服务）", "—", null],
    ["整合电商产业园", "区经科局、荷城街道", "建设或整合、优化电商产业园", ["done", "2021-03", "2020-12"], "整合高明区电商产业园（荷城街道），入驻企业22家", "2021.3.18", null],
    ["引入第三方运营服务商", "区经科局", "专业第三方运营", ["done", "2020-09"], "公开招标确定佛山市高明区优品汇电子商务有限公司为第三方运营服务商", "2020.9.28", null],
    ["三、站点与物流"],
    ["村级电商服务站点建设", "各镇（街道）", "行政村覆盖率70%以上", ["done", "2021-06", "2020-10"], "全区行政村78个（不含社区），建成村级站点62个，覆盖行政村56个；全区无省定贫困村", "2021.6.30", null],
    ["快递进村", "区交通运输局、高明邮政分公司", "行政村快递覆盖率100%", ["done", "2021-04", "2020-09"], "行政村快递服务通达率100%", "2021.4", null],
    ["四、农村产品上行"],
    ["农产品网销调研", "运营方", "形成调研报告和针对性建议", ["done", "2020-12", "2020-10"], "形成《高明区农产品网络销售调研报告》并提出建议", "2020.12", 2],
    ["网络促销活动", "区经科局、运营方", "成效明显", ["done", "2021-05", "2020-11"], "开展“粉葛节”等线上促销活动6场", "2021.5", 2],
    ["交易标准、冷链和溯源系统", "区市场监管局、运营方", "出台交易标准，建立冷链、溯源系统", ["doing", "2021-02"], "制定粉葛电商交易标准；冷链中心在建，溯源平台试运行", "—", 1],
    ["农村网络零售额增长", "区统计局、区经科局", "2020年同比增速≥30%", ["done", "2021-03", "2021-01"], "2020年农村网络零售额28.64亿元，比2019年22.91亿元增长25.0%；农产品网络零售额5.37亿元，比2019年4.02亿元增长33.6%", "2021.3", null],
    ["五、电商培训"],
    ["电商普及培训", "区经科局、运营方", "培训人次达常住人口（七普49.33万人）的1%以上，即4,933人次以上", ["done", "2021-07", "2020-09"], "截至8月31日累计培训5,184人次", "2021.7", null],
    ["贫困人口电商培训", "区经科局、区乡村振兴局", "有劳动能力的贫困人口培训率50%以上", ["done", "2021-06", "2020-11"], "有劳动能力且未外出务工的相对贫困人口412人，已参训236人（57.3%）", "2021.6", null],
    ["六、信息公开与报送"],
    ["设立网站公开专栏", "区经科局", "公示方案、项目信息、建设进度", ["done", "2020-08"], "区政府网站专栏公示创建方案、项目基本信息，每月公示建设进度", "2020.8", null],
    ["设立监督举报窗口", "区经科局", "设立征求意见或监督举报窗口", ["doing", "2021-07"], "举报窗口页面已制作，待9月随网站改版上线", "—", null],
    ["每月报送市商务局", "区经科局", "每月报送工作进展和统计数据", ["done", "2020-08"], "每月5日前报送工作进展和统计数据，附电商帮扶统计表", "每月", null],
    ["七、资金管理"],
    ["制定资金管理制度", "区经科局、区财政局", "资金管理制度科学有效", ["done", "2020-08"], "印发《高明区电子商务进农村综合示范专项资金管理办法》，建立考核问责制度", "2020.8.20", 4],
    ["建立资金专用台账", "各承建单位", "账目完整、可追溯", ["done", "2020-10", "2020-09"], "区经科局及各承建单位均建立资金专用台账", "2020.10", 4],
    ["专项资金拨付", "区财政局、区经科局", "支出率70%以上，及时拨付", ["doing", "2020-10"], "省下达专项资金500万元，累计拨付381.26万元，支出率76.3%", "—", 4],
    ["项目总体进度", "区经科局", "2021年8月底前完成", ["doing", "2020-09"], "总体进度87%", "—", null],
    ["八、安全底线"],
    ["安全生产和质量管理", "各承建单位", "不发生安全生产、质量事故", ["done", "2020-08"], "未发生安全生产、质量事故", "—", null],
  ];
  const W = 19;
  const rows = [["高明区电子商务进农村综合示范创建挂图作战表"], ["总指挥：区委副书记、区长　　副总指挥：区委常委、副区长"],
    ["成员单位：区经济和科技促进局（商务）、区财政局、区农业农村局、区乡村振兴局、区交通运输局、区市场监督管理局、高明邮政分公司"],
    ["图例：● 已完成　◐ 推进中　○ 未启动　★ 当月完成　　　　进度截至：2021年8月31日（省考评截止日期）　　　　维护：区经科局电商股"],
    padRow(["序号", "作战任务", "责任单位", "完成标准", "2020年", null, null, null, "2021年"], 16).concat(["完成情况（截至8月31日）", "完成时间", "自评分"]),
    [null, null, null, null].concat(MONTHS.map((m) => `${Number(m.slice(5))}月`), [null, null, null])];
  const merges = ["A1:S1", "A2:S2", "A3:S3", "A4:S4", "A5:A6", "B5:B6", "C5:C6", "D5:D6", "E5:H5", "I5:P5", "Q5:Q6", "R5:R6", "S5:S6"];
  let no = 0;
  for (const t of T) {
    if (t.length === 1) {
      rows.push(padRow([t[0]], W));
      merges.push(`A${rows.length}:S${rows.length}`);
      continue;
    }
    no++;
    const [task, who, std, st, done, when, score] = t;
    rows.push([no, task, who, std].concat(grid(st), [done, when, score]));
  }
  rows.push(padRow(["注：“自评分”只填主观评分项的区自评分（1-2分或1-5分），其余指标按考评细则计算，本表不自评；完成标准中的数字为目标。"], W));
  merges.push(`A${rows.length}:S${rows.length}`);
  for (const r of rows) assert(r.length <= W, "f1 row width");
  assert(rows[5].length === W && rows[4].length === W, "f1 header width");
  assert(pct1(286400 - 229100, 229100) === "25.0%" && pct1(53700 - 40200, 40200) === "33.6%" && pct1(236, 412) === "57.3%" && pct1(3812600, 5000000) === "76.3%", "f1 numbers");
  return {
    description:
      "佛山高明区经济和科技促进局电商股维护的《挂图作战表》：表头三行写总指挥（区委副书记、区长）、副总指挥和成员单位（区经济和科技促进局（商务）、财政、农业农村、乡村振兴等），图例行写明“● 已完成 ◐ 推进中 ○ 未启动 ★ 当月完成”和进度截至2021年8月31日（考评截止日）；两行表头（“2020年”“2021年”合并在9月…8月十二个月份列之上），一行一项作战任务，按“一、组织保障…八、安全底线”分节，右边是“完成情况（截至8月31日）｜完成时间｜自评分”。读法：是否类看任务状态（8月那一格◐推进中、○未启动都是没办成：扶持政策待审议、免费摄影美工按件收费、其他衍生增值服务未启动、监督举报窗口待9月上线都是否），数字和日期读“完成情况”“完成时间”（中心2020年11月26日投入运营，不是“10月底前”的目标）；常住人口49.33万人只写在培训任务的“完成标准”括号里（4,933人次是目标）；“自评分”只给主观评分项（政策支持“—”没有自评）。",
    sheets: [{ name: "挂图作战", rows, merges }],
    expect: {
      facts: {
        county: "高明区", asOf: "2021-08-31", residentPopulation: 493300, adminVillagesStated: 78, poorVillagesStated: 0,
        planIssued: true, policyIssued: false, centerOpened: "2020-11-26", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 2291000000, ruralRetail2020: 2864000000, agriRetail2019: 402000000, agriRetail2020: 537000000,
        ruralRetailGrowthStated: 0.25, agriRetailGrowthStated: 0.336, trainingPersonTimesStated: 5184,
        eligiblePoorPersonsStated: 412, trainedPoorPersonsStated: 236,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3812600, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.87, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 2,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f2 — 广州南沙区: the operator's monthly report annotated by the district bureau, plus its 补充 block
// =====================================================================================================
function buildF2() {
  const rows = [["广州市南沙区电子商务公共服务中心运营月报（2021年8月）"],
    ["运营单位：广州南沙湾区电子商务有限公司（区商务局2020年9月公开招标确定的第三方运营服务商）　　报告期：2021年8月1日—31日"],
    ["区商务局审核说明：本月报经审核后兼作考评基础数据。“审核意见”写“采用”的，以该行内容为准；写“不采用”的，该行不作考评数据；写了“考评用：…”的，以所写数据为准。"],
    ["序号", "项目", "本月", "累计（开业以来）", "单位", "备注", "审核意见（区商务局）"]];
  const merges = ["A1:G1", "A2:G2", "A3:G3"];
  const sec = (t) => {
    rows.push([t, null, null, null, null, null, null]);
    merges.push(`A${rows.length}:G${rows.length}`);
  };
  sec("一、中心概况");
  rows.push([1, "投入运营日期", "—", D("2020-12-18"), "—", "2020年12月8日揭牌，12月18日起对外运营", "采用"]);
  rows.push([2, "场地面积", "—", 1500, "㎡", "中心一、二层", "不采用（非考评事项）"]);
  rows.push([3, "专职运营人员", 6, 6, "人", null, "不采用（非考评事项）"]);
  sec("二、中心服务");
  rows.push([4, "电商基础培训", 3, 38, "期", "培训室120座，配电脑40台，免费参训", "采用：有免费培训场所、设备"]);
  rows.push([5, "特色农产品展示、代销", 46, 212, "款", "免费展示，代销不收佣金", "采用：免费展示销售"]);
  rows.push([6, "摄影、美工", 28, 315, "件", "按成本价收费（每件20元）", "不采用：非免费服务"]);
  rows.push([7, "农产品统一推广、品牌指导", 2, 14, "场", "组织“南沙好物”统一推广，指导番薯、莲藕品牌建设", "采用"]);
  rows.push([8, "代运营、供应链对接等增值服务", 5, 47, "家次", "市场化收费", "采用：提供其他衍生增值服务"]);
  sec("三、培训");
  rows.push([9, "培训人次（中心承办）", 286, "3,986", "人次", "不含各镇（街）自办培训", "考评用全区数：4,712人次"]);
  rows.push([10, "其中：相对贫困人员", 21, 402, "人次", null, "考评用：有劳动能力且未外出务工的相对贫困人口1,026人，已参训587人（按身份证号去重）"]);
  sec("四、产业园");
  rows.push([11, "入驻企业", 1, 23, "家", "本月新入驻1家（直播机构）", "产业园已整合建设（中心三层）"]);
  sec("五、上行与物流");
  rows.push([12, "中心带动网络销售额", 386.5, "5,213.8", "万元", null, "不采用（非全区网络零售额）"]);
  rows.push([13, "快递进村", "—", 128, "个行政村", "全区128个行政村均有快递服务点", "采用：行政村快递覆盖率100%"]);
  sec("六、区商务局补充（运营月报未含的考评事项）");
  rows.push(["项目", null, "内容", null, null, "备注", null]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  const sup = [["区名", "南沙区", null], ["考评截止日期", D("2021-08-31"), null], ["常住人口", "84.62万人", "第七次全国人口普查"],
    ["行政村", "128个", "另有社区35个"], ["省定贫困村", "0个", "珠三角地区未认定省定贫困村"],
    ["领导小组", "区委常委、副区长任组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区交通运输局", null],
    ["示范工作方案", "已印发", "南府办函〔2020〕33号"], ["扶持政策", "已出台", "《南沙区促进农村电子商务发展若干措施》"],
    ["第三方运营服务商", "有", "即本月报运营单位"], ["2020年农村网络零售额", "32.5亿元", "同比增长18.2%"], ["2020年农产品网络零售额同比增速", "31.0%", "区统计局提供"],
    ["政府网站公开专栏", "已设立，公示创建方案√、项目基本信息√、建设进度√；征求意见／监督举报窗口×", "举报窗口拟9月上线"],
    ["电商扶贫统计", "能统计", "月报附电商帮扶统计表"], ["下达资金", "500万元", null], ["累计拨付", "3,689,200.00元", "截至8月31日"],
    ["资金管理制度", "已制定", null], ["资金专用台账", "已建立", null], ["项目总体进度", "85%", null],
    ["安全生产、质量事故", "无", null], ["弄虚作假", "无", null]];
  for (const [k, v, n] of sup) {
    rows.push([k, null, v, null, null, n, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  }
  sec("七、主观评分项自评（区商务局局务会2021年9月1日初定）");
  rows.push(["项目", null, "分值范围", "自评分", null, "说明", null]);
  merges.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  const J = [["方案制定", "1-2", 2, null], ["政策支持", "1-2", 2, null], ["项目管理制度", "1-2", 2, null], ["工作台账", "1-2", 1, "部分台账更新不及时"],
    ["网销调研及建议", "1-2", 1, null], ["网络促销活动", "1-2", 2, null], ["交易标准与冷链溯源", "1-2", 1, "冷链在建"],
    ["资金管理制度", "1-5", 5, null], ["资金专用台账", "1-5", 4, null], ["资金及时拨付", "1-5", 4, null]];
  for (const [k, r, p, n] of J) {
    rows.push([k, null, r, `${p}分`, null, n, null]);
    merges.push(`A${rows.length}:B${rows.length}`, `D${rows.length}:E${rows.length}`, `F${rows.length}:G${rows.length}`);
  }
  sec("八、下月工作计划（运营方）");
  rows.push(["1．9月计划开展培训4期、约300人次；2．配合区商务局上线监督举报窗口；3．摄影美工免费服务方案报区商务局审定。", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  rows.push(["运营单位（盖章）：广州南沙湾区电子商务有限公司　　　　区商务局审核人：黄××　　　　2021年9月3日", null, null, null, null, null, null]);
  merges.push(`A${rows.length}:G${rows.length}`);
  assert(pct1(3689200, 5000000) === "73.8%", "f2 spent");
  return {
    description:
      "广州南沙区商务局交来当事实表的，是第三方运营单位的《南沙区电子商务公共服务中心运营月报（2021年8月）》，区商务局在右边加了一列“审核意见”，再在下面补了“六、区商务局补充”和“七、主观评分项自评”：月报表头 序号｜项目｜本月｜累计（开业以来）｜单位｜备注｜审核意见，分“一、中心概况…五、上行与物流”五节；读法按表上“审核说明”：“采用”的行取该行内容（投入运营2020年12月18日不是揭牌的12月8日；免费培训、免费展示代销、统一推广、代运营等增值服务（收费也是“其他衍生增值服务”）；128个行政村快递全覆盖），“不采用”的行不读（摄影美工按成本价收费，不是免费；面积、人员、中心带动销售额），写了“考评用：…”的以所写数为准（全区培训4,712人次，不是中心承办的3,986或本月286；有劳动能力且未外出务工的相对贫困人口1,026人、参训587人，不是402人次）；补充块是 项目｜内容｜备注（常住人口84.62万人、省定贫困村“0个”、领导小组由区委常委、副区长任组长——分管领导、2020年农村网零32.5亿元增长18.2%（没有2019年数）、农产品网零增速31.0%、专栏三项√而监督举报窗口×、累计拨付3,689,200.00元、进度85%）；主观评分写“2分”式文本；末尾下月计划是目标。",
    sheets: [{ name: "8月运营月报（审核）", rows, merges }],
    expect: {
      facts: {
        county: "南沙区", asOf: "2021-08-31", residentPopulation: 846200, adminVillagesStated: 128, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-12-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 3250000000, ruralRetailGrowthStated: 0.182, agriRetailGrowthStated: 0.31, trainingPersonTimesStated: 4712,
        eligiblePoorPersonsStated: 1026, trainedPoorPersonsStated: 587,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: false, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 3689200, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.85,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 1,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "deputy",
    },
  };
}

// =====================================================================================================
// f3 — 汕头龙湖区: the official indicator table printed two-up on A3 (left and right halves side by side)
// =====================================================================================================
function buildF3() {
  const L = [
    ["加强组织领导与统筹协调（10分）", [
      [["组织领导"], 2, "由区政府主要领导牵头且有商务、财政、农业、扶贫等部门参与（2分）；分管领导牵头（1分）", "成立由区委副书记、区长任组长的创建工作领导小组，区商务局、区财政局、区农业农村局、区乡村振兴局等12个部门为成员单位", 2],
      [["方案制定"], 2, "工作方案因地制宜，可操作性较强（1-2分）", "2020年5月正式印发《汕头市龙湖区电子商务进农村综合示范工作方案》（汕龙府办〔2020〕18号）", 2],
      [["政策支持"], 2, "出台相关政策，且得到较好落实（1-2分）", "出台《龙湖区电子商务发展扶持资金管理办法》并兑现奖补；人才、用地政策尚在制定", 1],
      [["项目管理"], 4, "建立项目管理制度并严格落实（1-2分）；建立完整工作台账（1-2分）", "制定项目管理制度，建设、验收环节严格执行（自评2分）；工作台账齐全、记录详细（自评2分）", 4]]],
    ["深入推动电子商务进农村工作（55分）", [
      [["服务体系建设", 2], [25, 2], "建成县级中心（2分）；运行6个月以上（2分）；免费培训（2分）；免费展示销售（1分）；免费摄影美工（1分）；统一推广和品牌建设（1分）；其他增值服务（1分）；产业园（2分）；入驻20家以上（2分）；三种以上类型（1分）",
        "区电子商务公共服务中心2020年10月28日投入运营；免费提供培训场所和设备、特色农产品展示销售、摄影美工服务，组织统一推广和品牌建设，提供代运营、金融对接等增值服务；整合建设龙湖电商产业园，入驻企业24家，含平台型、销售型、电商运营商、物流企业", 15],
      [null, null, "行政村覆盖率70%及以上（5分），50%-70%（2分）；贫困村覆盖率100%（5分），80%-100%（3分）", "全区行政村38个，建有村级站点的31个，覆盖率81.6%；我区无省定贫困村", 10],
      [["农村产品上行"], 10, "网销调研（1-2分）；促销活动（1-2分）；第三方运营（1分）；快递覆盖100%（1分）；交易标准与冷链溯源（1-2分）；2020年网络零售额增速≥30%（2分）",
        "完成农产品网络销售调研报告并提出建议（2分）；开展线上促销活动8场（2分）；引入第三方运营服务商广东龙湖优品电子商务有限公司；行政村快递覆盖率100%；制定狮头鹅电商交易标准，冷链、溯源在建（1分）；2020年农村网络零售额45.3亿元，同比增长21.6%", 7],
      [["电商人才培训"], 20, "培训人次达常住人口1%及以上（10分）…；贫困人口培训率50%及以上（10分）…",
        "常住人口57.2万人（按50万计），累计培训5,866人次，占1.17%；有劳动能力且未外出务工的建档立卡贫困人口286人，参训167人，培训率58.4%", 20]]],
  ];
  const R = [
    ["加强信息公开及报送（10分）", [
      [["信息公开"], 4, "设立专栏且内容全面（2分）；近一年按月更新（2分），不定时（1分）", "区政府网站设立专栏，公示创建方案、项目基本信息、建设进度，设监督举报邮箱；2020年9月起每月更新", 4],
      [["数据上报"], 6, "每月向市商务局报送（3分），不定时（1分）；统计电商扶贫情况（3分）", "每月向汕头市商务局报送工作情况和统计数据；统计电商扶贫情况", 6]]],
    ["加强宣传推广（10分）", [
      [["案例总结"], 2, "向市商务局报送经验材料（2分）", "向汕头市商务局报送经验材料2篇", 2],
      [["经验推广"], 8, "省级及以上（4分）；市级（3分）；县级（1分）", "南方+、汕头日报、“龙湖发布”宣传报道", 8]]],
    ["加强财政资金管理（15分）", [
      [["制度建立"], 5, "建立科学有效的资金管理制度（1-5分）", "制定《龙湖区电子商务进农村综合示范专项资金管理办法》，建立考核问责制度", 5],
      [["资金台账"], 5, "承建方建立资金专用台账，账目完整（1-5分）", "建立资金专用台账，个别承建方凭证不全", 4],
      [["资金支出"], 5, "支出率70%以上且及时拨付（1-5分）；低于70%倒扣5分", "省下达专项资金500万元，截至2021年8月31日已拨付412.6万元，支出率82.5%", 4]]],
    ["加分项（4分）", [
      [["贫困人口培训率≥70%"], 2, "建档立卡贫困人口培训率70%及以上（2分）", "培训率58.4%，未达到", 0],
      [["电视播报"], 2, "电商扶贫典型案例获国家级电视播报（2分），省级（1分）", "无", 0]]],
    ["一票否决项", [
      [["安全质量事故"], "—", "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响", "未发生", "—"],
      [["进度滞后"], "—", "项目建设进度严重滞后，总体进度不足40%", "总体进度90%", "—"],
      [["弄虚作假"], "—", "弄虚作假", "无", "—"]]],
  ];
  const START = 4;
  const rows = [["2019年省级电子商务进农村综合示范创建考评自评表"], ["填报单位：汕头市龙湖区商务局（盖章）　　　　考评截止日期：2021年8月31日　　　　填报日期：2021年9月3日"],
    ["工作任务", "评价指标", "权重", "评分标准（摘要）", "完成情况", "自评得分", null, "工作任务", "评价指标", "权重", "评分标准（摘要）", "完成情况", "自评得分"]];
  const merges = ["A1:M1", "A2:M2"];
  const put = (r, c, v) => {
    while (rows.length <= r) rows.push(Array(13).fill(null));
    while (rows[r].length < 13) rows[r].push(null);
    rows[r][c] = v;
  };
  const half = (groups, c0) => {
    let r = START - 1;
    const CL = (k) => colName(c0 + k);
    const scores = [];
    for (const [task, items] of groups) {
      const g0 = r;
      for (const [ind, w, std, done, sc] of items) {
        if (ind) {
          put(r, c0 + 1, ind[0]);
          if (ind[1]) merges.push(`${CL(1)}${r + 1}:${CL(1)}${r + ind[1]}`);
        }
        if (w !== null) {
          put(r, c0 + 2, Array.isArray(w) ? w[0] : w);
          if (Array.isArray(w)) merges.push(`${CL(2)}${r + 1}:${CL(2)}${r + w[1]}`);
        }
        put(r, c0 + 3, std);
        put(r, c0 + 4, done);
        put(r, c0 + 5, sc);
        scores.push(sc);
        r++;
      }
      put(g0, c0, task);
      if (r - g0 > 1) merges.push(`${CL(0)}${g0 + 1}:${CL(0)}${r}`);
    }
    return { r, scores };
  };
  const left = half(L, 0);
  put(left.r, 0, "（转右栏）");
  merges.push(`A${left.r + 1}:F${left.r + 1}`);
  const right = half(R, 7);
  const ls = left.scores;
  const rs = right.scores;
  const claimedList = ls.concat(rs.slice(0, 7));
  const total = sum(claimedList);
  put(right.r, 7, "合计得分");
  put(right.r, 12, total);
  merges.push(`H${right.r + 1}:L${right.r + 1}`);
  put(right.r + 1, 0, "填表人：林××　　　审核人：郑××　　　分管领导：陈××");
  merges.push(`A${right.r + 2}:M${right.r + 2}`);
  assert(claimedList.length === 15 && total === 94, "f3 claimed 94 " + total);
  const claimed = {};
  SCORED.forEach(([id], j) => (claimed[id] = claimedList[j]));
  claimed["bonus.poorTraining"] = rs[7];
  claimed["bonus.tvCase"] = rs[8];
  assert(pct1(167, 286) === "58.4%" && pct2(5866, 500000) === "1.17%" && pct1(31, 38) === "81.6%" && pct1(4126000, 5000000) === "82.5%", "f3 numbers");
  return {
    description:
      "汕头龙湖区商务局的考评自评表按A3横向“一页两栏”排版：官方指标体系（工作任务｜评价指标｜权重｜评分标准（摘要）｜完成情况｜自评得分）切成左右两半并排在同一张表上——左栏A—F是组织领导与电商进农村两部分（8行，末尾“（转右栏）”），右栏H—M从同一行（第4行）起是信息公开及报送、宣传推广、财政资金管理、加分项、一票否决项和合计得分（13行），中间G列空着；同一行左右两栏是不相干的两个指标，工作任务在各自栏里纵向合并，服务体系建设的评价指标和权重25在左栏纵向合并两行（中心与产业园15、村级站点10）。事实和主观分项都写在“完成情况”句子里（区长任组长；中心2020年10月28日投入运营；无省定贫困村；常住人口57.2万、5,866人次；286人中参训167人；项目管理、上行的分项自评写在括号里），自评得分是 claimed（合计94）。",
    sheets: [{ name: "自评表（A3两栏）", rows, merges }],
    expect: {
      facts: {
        county: "龙湖区", asOf: "2021-08-31", residentPopulation: 572000, adminVillagesStated: 38, poorVillagesStated: 0,
        planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2020: 4530000000, ruralRetailGrowthStated: 0.216, trainingPersonTimesStated: 5866,
        eligiblePoorPersonsStated: 286, trainedPoorPersonsStated: 167,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true, disclosureWindow: true, povertyStatisticsStated: true,
        fundAllocated: 5000000, fundSpentStated: 4126000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.9,
        vetoIncident: false, vetoFraud: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 1, "org.management.system": 2, "org.management.ledger": 2, "work.upward.research": 2,
        "work.upward.promotion": 2, "work.upward.standards": 1, "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
      },
      leadership: "principal-all",
      claimed,
    },
  };
}

// =====================================================================================================
// l1 — 云浮云安区: sign-in app export, 防返贫 export by household, 粤政易 report list, pivot, hidden options
// =====================================================================================================
function buildL1() {
  const REG = "445303";
  const CLASSES = [
    { name: "云安区农村电商基础培训班（第5期）", start: "2021-03-18", end: "2021-03-18", poor: false, n: 14, cell: D("2021-03-18") },
    { name: "脱贫户电商技能专场（第2期）", start: "2021-04-22", end: "2021-04-22", poor: true, n: 12, cell: "2021-04-22" },
    { name: "直播带货实操班", start: "2021-05-12", end: "2021-05-13", poor: false, n: 10, cell: "2021-05-12至2021-05-13" },
    { name: "脱贫户电商技能专场（第3期）", start: "2021-07-08", end: "2021-07-08", poor: true, n: 11, cell: "2021年7月8日" },
    { name: "云安区农村电商基础培训班（第8期）", start: "2021-09-03", end: "2021-09-03", poor: false, n: 8, cell: D("2021-09-03") },
  ];
  // statuses per class (in enrolment order)
  const STAT = {
    0: ["已签到", "已签到", "迟到", "已签到", "未签到", "已签到", "已签到", "已签到", "请假", "已签到", "已签到", "迟到", "已签到", "已签到"],
    1: ["已签到", "已签到", "已签到", "补签", "已签到", "请假", "已签到", "已签到", "未签到", "已签到", "已签到", "已签到"],
    2: ["已签到", "迟到", "已签到", "已签到", "已签到", "未签到", "已签到", "补签", "已签到", "已签到"],
    3: ["已签到", "已签到", "请假", "已签到", "已签到", "已签到", "迟到", "已签到", "已签到", "未签到", "已签到"],
    4: ["已签到", "已签到", "已签到", "未签到", "已签到", "已签到", "迟到", "已签到"],
  };
  const ATT = new Set(["已签到", "迟到", "补签"]);
  // the poor persons (防返贫 export), grouped by household
  const TOWNS = [["六都镇", ["大田村", "南乡村"]], ["高村镇", ["白沙塘村", "高村村"]], ["白石镇", ["石底村", "托洞村"]], ["镇安镇", ["西安村"]], ["石城镇", ["龙岗村"]]];
  const HH = [];
  let hno = 0;
  for (const [t, vs] of TOWNS) {
    for (const v of vs) {
      const k = hno % 3 === 0 ? 2 : 1;
      for (let h = 0; h < k; h++) {
        hno++;
        HH.push({ t, v, code: `4453030${String(1200 + hno * 37).padStart(6, "0")}`, size: [3, 2, 4, 3, 2][hno % 5] });
      }
    }
  }
  // household members: [role, category]; E = labour & local, M = labour & migrant, S = student, N = no labour
  const COMP = [[["户主", "E"], ["配偶", "E"], ["之子", "S"]], [["户主", "M"], ["配偶", "E"], ["之女", "E"], ["母亲", "N"]],
    [["户主", "E"], ["配偶", "E"], ["之子", "M"]], [["户主", "E"], ["配偶", "E"], ["之女", "S"]], [["户主", "E"], ["配偶", "M"], ["父亲", "N"]],
    [["户主", "E"], ["配偶", "E"], ["之子", "E"], ["之女", "S"]], [["户主", "E"], ["配偶", "E"], ["母亲", "N"]], [["户主", "E"], ["配偶", "E"]],
    [["户主", "M"], ["配偶", "E"], ["之子", "E"]], [["户主", "E"], ["配偶", "E"]], [["户主", "E"], ["配偶", "E"], ["之子", "E"], ["之女", "E"]]];
  const MALE = { 户主: true, 配偶: false, 之子: true, 之女: false, 父亲: true, 母亲: false };
  const BORN = { 户主: [1966, 1982], 配偶: [1967, 1984], 之子: [1995, 2002], 之女: [1995, 2002], 父亲: [1936, 1950], 母亲: [1938, 1952] };
  const persons = [];
  let pi = 0;
  let xDone = false;
  HH.forEach((h, hi) => {
    const comp = COMP[hi % COMP.length];
    const sur = SURNAMES[rint(0, SURNAMES.length - 1)];
    for (const [rel, c] of comp) {
      pi++;
      const birth = c === "S" ? birthBetween(2004, 2009) : birthBetween(BORN[rel][0], BORN[rel][1]);
      const wantX = c === "E" && !xDone ? true : undefined;
      if (wantX) xDone = true;
      const id = makeId(REG, birth, MALE[rel], wantX);
      let lab;
      let work;
      if (c === "E") {
        lab = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力", "普通劳动力"][pi % 4];
        work = ["县内务工", "乡镇内务工", "未务工", "县内务工", "未务工"][pi % 5];
      } else if (c === "M") {
        lab = pi % 3 ? "普通劳动力" : "技能劳动力";
        work = pi % 2 ? "省外务工" : "县外省内务工";
      } else if (c === "S") {
        lab = "无劳动力";
        work = null;
      } else {
        lab = pi % 2 ? "丧失劳动力" : "无劳动力";
        work = "—";
      }
      persons.push({ h, c, id, lab, work, rel, name: personName(rel === "配偶" || rel === "母亲" ? undefined : sur) });
    }
  });
  assert(persons.some((p) => p.id.endsWith("X") && p.c === "E"), "l1 an X id");
  const pRows = [["国家防返贫监测信息系统　脱贫人口信息查询结果（云浮市云安区）　导出日期：2021-08-31"],
    ["口径：劳动技能“普通劳动力”“技能劳动力”“弱劳动力或半劳动力”为有劳动能力，“丧失劳动力”“无劳动力”为无劳动能力；务工状态“省外务工”“县外省内务工”为外出务工，“县内务工”“乡镇内务工”为本地务工，“—”为不适用。"],
    ["序号", "镇", "村", "户编号", "姓名", "证件号码", "与户主关系", "劳动技能", "务工状态", "务工时间（月）", "是否监测对象"]];
  const pMerges = ["A1:K1", "A2:K2"];
  const pRecs = [];
  let seq = 0;
  let townStart = null;
  let villStart = null;
  persons.forEach((p, j) => {
    const r = pRows.length + 1;
    const first = j === 0 || persons[j - 1].h !== p.h;
    const newTown = j === 0 || persons[j - 1].h.t !== p.h.t;
    const newVill = j === 0 || persons[j - 1].h.v !== p.h.v;
    if (newTown) townStart = r;
    if (newVill) villStart = r;
    seq++;
    const months = p.work === "省外务工" || p.work === "县外省内务工" ? rint(6, 11) : p.work === "县内务工" || p.work === "乡镇内务工" ? rint(3, 10) : null;
    pRows.push([seq, newTown ? p.h.t : null, newVill ? p.h.v : null, first ? p.h.code : null, p.name, p.id, p.rel, p.lab, p.work, months, first ? (j % 4 === 0 ? "是" : "否") : null]);
    const last = j === persons.length - 1 || persons[j + 1].h !== p.h;
    if (last) {
      const h0 = r - (persons.filter((q) => q.h === p.h).length - 1);
      mergeCol(pMerges, "D", h0, r);
      mergeCol(pMerges, "K", h0, r);
    }
    if (j === persons.length - 1 || persons[j + 1].h.v !== p.h.v) mergeCol(pMerges, "C", villStart, r);
    if (j === persons.length - 1 || persons[j + 1].h.t !== p.h.t) mergeCol(pMerges, "B", townStart, r);
    const labour = ["普通劳动力", "技能劳动力", "弱劳动力或半劳动力"].includes(p.lab);
    const migrant = p.work === "省外务工" || p.work === "县外省内务工" ? true : p.work === null || p.work === "—" ? null : false;
    pRecs.push({ id: p.id, labour, migrant });
  });
  assert(pRecs.some((r) => r.migrant === null && r.labour === false) && pRecs.some((r) => r.migrant === true), "l1 poor persons mix");

  // ---------------- 签到导出
  const elig = persons.filter((p) => p.c === "E");
  let ei = 0;
  const tRows = [["导出时间：2021-09-06 10:15:22　　导出人：云安区电子商务公共服务中心　　筛选条件：培训日期 2020-09-01 至 2021-09-30"],
    ["说明：签到状态“已签到”“迟到”“补签”均为实际参训（“补签”为现场漏扫码、由工作人员事后补录，签到时间是补录时间）；“未签到”“请假”为报名未参训。证件号码系统脱敏显示；脱贫户专场另列“核验身份证号”（现场核验身份证原件）。"],
    ["序号", "培训班名称", "培训日期", "姓名", "证件号码（脱敏）", "核验身份证号", "手机号", "签到时间", "签到状态", "签到方式"]];
  const tRecs = [];
  let sq = 0;
  let lowerX = false;
  const pivot = [];
  CLASSES.forEach((c, ci) => {
    const st = STAT[ci];
    assert(st.length === c.n, "l1 statuses " + ci);
    const cnt = {};
    st.forEach((s, k) => {
      sq++;
      let full;
      let name;
      if (c.poor) {
        const p = elig[ei++];
        full = p.id;
        name = p.name;
      } else {
        full = makeId(REG, birthBetween(1970, 2002), rnd() < 0.5, undefined);
        name = personName();
      }
      const masked = maskId(full);
      let time = null;
      let way = null;
      if (s === "已签到" || s === "迟到") {
        const hh = s === "迟到" ? rint(9, 10) : 8;
        time = `${c.start} ${String(hh).padStart(2, "0")}:${String(rint(s === "迟到" ? 15 : 30, 59)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`;
        way = "扫码";
      } else if (s === "补签") {
        time = `${isoAdd(c.end, rint(2, 5))} ${hms()}`;
        way = "人工补录";
      }
      let shown = full;
      if (c.poor && ATT.has(s) && full.endsWith("X") && !lowerX) {
        shown = full.slice(0, 17) + "x";
        lowerX = true;
      }
      tRows.push([sq, c.name, c.cell, name, masked, c.poor ? shown : null, mask(phone()), time || "—", s, way || "—"]);
      cnt[s] = (cnt[s] || 0) + 1;
      if (ATT.has(s)) tRecs.push({ date: c.end, personTimes: 1, id: c.poor ? full : masked });
    });
    pivot.push([c.name, cnt["已签到"] || null, cnt["迟到"] || null, cnt["补签"] || null, cnt["未签到"] || null, cnt["请假"] || null, c.n]);
  });
  assert(tRecs.length === sum(CLASSES.map((c, ci) => STAT[ci].filter((s) => ATT.has(s)).length)) && tRecs.length === 47, "l1 47 attended " + tRecs.length);
  assert(tRecs.some((r) => r.date === "2021-05-13") && tRecs.some((r) => r.date === "2021-09-03"), "l1 range end / September");
  checkTrainingIds(tRecs, "l1");
  assert(lowerX, "l1 one lowercase x");

  // ---------------- 报名汇总（透视） — not a ledger
  const gRows = [["计数项:姓名", "签到状态"], ["行标签", "已签到", "迟到", "补签", "未签到", "请假", "总计"]].concat(pivot);
  gRows.push(["总计"].concat([1, 2, 3, 4, 5].map((k) => sum(pivot.map((r) => r[k] || 0))), [sum(pivot.map((r) => r[6]))]));

  // ---------------- 粤政易报送
  const SENDS = [];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    const next = monthsBetween(m, "2021-12")[1];
    let d = `${next}-${String(rint(3, 9)).padStart(2, "0")}`;
    while (["六", "日"].includes(weekday(d)) || (d >= "2020-10-01" && d <= "2020-10-08")) d = isoAdd(d, 1);
    SENDS.push({ d, t: `云安区商务局关于报送${cnMonth(m)}电子商务进农村综合示范工作情况的函`, to: "云浮市商务局", att: "工作情况.docx；统计表.xlsx", pov: m < "2020-10" ? "无" : m === "2021-03" ? null : "有" });
  }
  SENDS.push({ d: "2020-12-21", t: "云安区商务局关于电商助力脱贫攻坚情况的专报", to: "云浮市商务局、云浮市乡村振兴局", att: "专报.docx；脱贫户参训统计.xlsx", pov: "有" });
  SENDS.sort((a, b) => cmp(a.d, b.d));
  const docNo = { 2020: 86, 2021: 4 };
  for (const x of SENDS) {
    const y = Number(x.d.slice(0, 4));
    docNo[y] += rint(6, 14);
    x.no = `云安商务函〔${y}〕${docNo[y]}号`;
  }
  const rRows = [["粤政易·公文收发　发文记录（筛选：接收单位包含“云浮市商务局”；发文时间 2020-09-01 至 2021-09-30）"],
    ["序号", "发文时间", "标题", "发文字号", "接收单位", "附件", "含电商扶贫统计（电商股标注）"]];
  const rRecs = [];
  SENDS.forEach((s, j) => {
    rRows.push([j + 1, `${cnDate0(s.d)} 星期${weekday(s.d)} ${String(rint(9, 17)).padStart(2, "0")}:${String(rint(0, 59)).padStart(2, "0")}`, s.t, s.no, s.to, s.att, s.pov]);
    rRecs.push({ date: s.d, poverty: s.pov === "有" ? true : s.pov === "无" ? false : null });
  });
  assert(rRecs.length === 14 && inWindowMonths(rRecs.map((r) => r.date)) === 12, "l1 reports");

  const opt = [["签到状态", "签到方式", "劳动技能", "务工状态"], ["已签到", "扫码", "普通劳动力", "省外务工"], ["迟到", "人工补录", "技能劳动力", "县外省内务工"],
    ["补签", null, "弱劳动力或半劳动力", "县内务工"], ["未签到", null, "丧失劳动力", "乡镇内务工"], ["请假", null, "无劳动力", "未务工"]];
  return {
    description:
      "云浮云安区电子商务公共服务中心和区商务局的一本台账（五个表）：①《签到导出》是培训小程序的签到记录导出——一行一名报名学员，第1行导出信息、第2行说明，表头 序号｜培训班名称｜培训日期｜姓名｜证件号码（脱敏）｜核验身份证号｜手机号｜签到时间｜签到状态｜签到方式；只有“已签到”“迟到”“补签”是参训人次，“未签到”“请假”不是；“补签”的签到时间是几天后的补录时间，日期仍按培训日期；培训日期有日期格、“2021-04-22”、“2021年7月8日”和区间“2021-05-12至2021-05-13”（按结束日），一期2021-09-03照列；证件号码是系统脱敏的“445303********1234”，脱贫户专场另有完整的“核验身份证号”（应读完整号码，一个末位小写x）。②《报名汇总》是数据透视表（行标签｜计数项），不是台账。③《脱贫人口》是防返贫监测系统导出，按户排列（镇、村、户编号、是否监测对象向下合并），劳动技能和务工状态按表上口径读，“—”和在校生空着的务工状态为不适用／未答。④《粤政易报送》是发文记录，发文时间写成“2020年09月07日 星期一 10:21”，一份联合报送市商务局和市乡村振兴局的专报也是报送，电商股标注的扶贫统计“有／无／空”。⑤隐藏的《下拉选项》不是台账。",
    sheets: [
      { name: "签到导出", rows: tRows, merges: ["A1:J1", "A2:J2"] },
      { name: "报名汇总", rows: gRows, merges: [] },
      { name: "脱贫人口", rows: pRows, merges: pMerges },
      { name: "粤政易报送", rows: rRows, merges: ["A1:G1"] },
      { name: "下拉选项", rows: opt, merges: [], hidden: true },
    ],
    expect: {
      sheets: {
        "签到导出": { kind: "training", records: tRecs },
        "报名汇总": { kind: null },
        "脱贫人口": { kind: "poorPersons", records: pRecs },
        "粤政易报送": { kind: "reports", records: rRecs },
        "下拉选项": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 肇庆鼎湖区: cover, postal express table, stations, park firms by industry code, bank receipts, media, column
// =====================================================================================================
function buildL2() {
  const REGION = "441203";
  const TOWNS = [["永安镇", 6, []], ["沙浦镇", 5, []], ["凤凰镇", 5, []], ["莲花镇", 6, []], ["广利街道", 3, ["广利社区", "华岗社区"]], ["坑口街道", 1, ["坑口社区", "蕉园社区"]]];
  const prefixes = TOWNS.map(([t]) => t.slice(0, 2));
  const vName = nameMaker("水黄罗新大官石朗塘良迳岗", ["坑", "布", "田", "洞", "岭", "基", "围", "湾", "头", "塘", "滘", "坪"], "村", prefixes.concat(["广利", "华岗", "坑口", "蕉园"]));
  const towns = TOWNS.map(([t, n, cs]) => ({ t, vs: Array.from({ length: n }, () => vName()), cs }));
  const admin = towns.flatMap((x) => x.vs);
  const comms = towns.flatMap((x) => x.cs);
  noStemClash(admin, comms, "l2");
  assert(admin.length === 26 && comms.length === 4, "l2 26 + 4");
  const short = (v) => v.replace(/村$|社区$/, "");
  const townOf = {};
  for (const x of towns) for (const v of x.vs.concat(x.cs)) townOf[v] = x.t;
  const poor = new Set(towns[2].vs.slice(0, 2).concat(towns[3].vs.slice(0, 2)));
  const noExp = new Set([towns[3].vs[4], towns[2].vs[3]]);
  const postOnly = towns[3].vs[5];

  // ---------------- 快递通达
  const BR = ["中国邮政", "中通", "圆通", "韵达", "申通", "极兔"];
  const vRows = [["鼎湖区建制村快递服务通达情况统计表"], ["填报单位：鼎湖区交通运输局（邮政业务）　　统计时间：2021年8月"],
    ["注：“中国邮政”指邮政快递包裹／EMS；“品牌数”为0即快递服务未通达该村；居委会一并列出供参考。"],
    ["序号", "镇（街道）", "村（居）名称", "类型", "省定贫困村", "通达快递品牌", null, null, null, null, null, "品牌数", "备注"],
    [null, null, null, null, null].concat(BR, [null, null])];
  const vMerges = ["A1:M1", "A2:M2", "A3:M3", "A4:A5", "B4:B5", "C4:C5", "D4:D5", "E4:E5", "F4:K4", "L4:L5", "M4:M5"];
  const vRecs = [];
  let sq = 0;
  for (const x of towns) {
    const r0 = vRows.length + 1;
    for (const v of x.vs.concat(x.cs)) {
      sq++;
      const isC = v.endsWith("社区");
      let marks;
      if (noExp.has(v)) marks = BR.map(() => null);
      else if (v === postOnly) marks = ["✓", null, null, null, null, null];
      else marks = BR.map((b, k) => (k === 0 || rnd() < 0.55 ? "✓" : null));
      const n = marks.filter(Boolean).length;
      const nm = isC ? `${v}居委会` : sq % 5 === 2 ? `${v}委会` : v;
      vRows.push([sq, x.t, nm, isC ? "居委会" : "村委会", isC ? "—" : poor.has(v) ? "是" : "否"].concat(marks, [n, noExp.has(v) ? "山区，快递到镇自取" : v === postOnly ? "仅邮政投递到村" : null]));
      vRecs.push({ name: v, admin: !isC, poor: isC ? null : poor.has(v), express: n > 0 });
    }
    mergeCol(vMerges, "B", r0, vRows.length);
  }
  vRows.push(["合计", null, `建制村${admin.length}个，快递通达${admin.length - noExp.size}个`].concat(Array(10).fill(null)));
  vMerges.push(`A${vRows.length}:B${vRows.length}`, `C${vRows.length}:M${vRows.length}`);
  assert(vRecs.filter((r) => r.admin && !r.express).length === 2 && vRecs.some((r) => r.name === postOnly && r.express), "l2 express");

  // ---------------- 站点台账 (所在村 with 自然村)
  const adminSet = new Set(admin);
  const natName = nameMaker("上下新老大旧", ["屋", "围", "坑", "塘", "岗", "寨", "坪"], "村", []);
  const shA = shuffle(admin.filter((v) => !noExp.has(v)));
  const cov = shA.slice(0, 15);
  const ST = cov.map((v) => ({ v, op: randIsoBetween("2020-07-01", "2021-08-20") }));
  ST.push({ v: cov[2], op: randIsoBetween("2021-02-01", "2021-08-10"), second: true });
  ST.push({ v: "广利社区", op: randIsoBetween("2020-10-01", "2021-06-30") });
  ST.push({ v: shA[15], op: null });
  ST.push({ v: shA[16], op: "2021-09-08" });
  ST.sort((a, b) => cmp(townOf[a.v], townOf[b.v]) || cmp(a.op || "9", b.op || "9"));
  const sRows = [["鼎湖区村级电子商务服务站点台账"],
    ["序号", "站点名称", "所在镇（街道）", "所在村（自然村）", "详细地址", "负责人", "挂牌时间", "验收时间", "状态"]];
  const sRecs = [];
  ST.forEach((s, j) => {
    const isC = s.v.endsWith("社区");
    let nat = natName();
    while (adminSet.has(nat)) nat = natName();
    let vcell;
    if (isC) vcell = `${s.v}居委会`;
    else if (j % 3 === 0) vcell = `${short(s.v)}村委会${nat}`;
    else if (j % 3 === 1) vcell = `${s.v}（${nat}）`;
    else vcell = `${short(s.v)}村民委员会`;
    const addr = `肇庆市鼎湖区${townOf[s.v]}${isC ? s.v : short(s.v) + "村" + nat}${rint(1, 60)}号`;
    const acc = s.op ? isoAdd(s.op.length === 7 ? s.op + "-15" : s.op, rint(20, 60)) : null;
    const opCell = s.op === null ? "—" : s.op === "2021-09-08" ? "2021.9.8" : dateCell(s.op, j + 1);
    sRows.push([j + 1, `${isC ? short(s.v) + "社区" : short(s.v) + "村"}电商服务站${s.second ? "（二）" : ""}`, townOf[s.v], vcell, addr, personName(), opCell,
      acc ? dotDate(acc) : "—", s.op === null ? "筹建" : "运营"]);
    const rec = { village: s.v };
    if (s.op) rec.opened = s.op;
    sRecs.push(rec);
  });
  sRows.push(["注：所在村栏“××村委会××村”“××村（××村）”中，前者为行政村、后者为站点所在自然村；挂牌时间为开始运营时间，验收时间为项目验收时间。"]);
  const sMerges = ["A1:I1", `A${sRows.length}:I${sRows.length}`];
  assert(sRecs.length === 19 && sRecs.filter((r) => !r.opened).length === 1, "l2 19 stations");

  // ---------------- 入驻企业 (industry code + category)
  const FIRMS = [["肇庆市鼎湖区鼎优选电子商务有限公司", "I6432", "互联网生活服务平台"], ["肇庆市鼎湖区砚都网络科技有限公司", "I6432", "互联网生活服务平台"],
    ["肇庆市鼎湖区沙浦莲藕网店", "F5292", "互联网零售"], ["肇庆市鼎湖区凤凰山货电子商务有限公司", "F5292", "互联网零售"], ["肇庆市鼎湖区莲花茶叶电商商行", "F5292", "互联网零售"],
    ["肇庆鼎湖电商运营服务有限公司", "L7299", "其他未列明商务服务（电商代运营）"], ["肇庆市鼎湖区速递通物流有限公司", "G6020", "快递服务"], ["肇庆市鼎湖区冷链仓储有限公司", "G5930", "低温仓储"],
    ["肇庆市鼎湖区永安裹蒸网店", "F5292", "互联网零售"], ["肇庆市鼎湖区山泉水直播传媒有限公司", "L7251", "互联网广告服务（直播）"], ["肇庆市鼎湖区坑口竹编电子商务有限公司", "F5292", "互联网零售"],
    ["肇庆市鼎湖区广利果蔬电商商行", "F5292", "互联网零售"], ["肇庆市鼎湖区鼎湖供应链管理有限公司", "L7224", "供应链管理服务"], ["肇庆市鼎湖区乡味优选网络科技有限公司", "I6432", "互联网生活服务平台"]];
  const eRows = [["鼎湖区电商产业园入驻企业名录"], ["序号", "企业名称", "统一社会信用代码", "行业代码", "行业类别", "入驻日期", "退出日期", "在园状态"]];
  const eRecs = [];
  FIRMS.forEach(([n, code, cat], j) => {
    let entered = randIsoBetween("2020-08-01", "2021-08-10");
    let leftCell = null;
    let left = null;
    let status = "在园";
    let enteredCell = dateCell(entered, j);
    if (j === 4) {
      entered = "2020-09-15";
      enteredCell = "2020.9.15";
      status = "已注销（2021.4.30）";
      left = "2021-04-30";
    } else if (j === 8) {
      entered = "2020-11";
      enteredCell = "2020年11月";
    } else if (j === 10) {
      entered = "2020-10-20";
      enteredCell = D(entered);
      leftCell = "2021年9月";
      left = "2021-09";
      status = "迁出";
    } else if (j === 13) {
      entered = "2021-09-01";
      enteredCell = "2021.9.1";
      status = "新入驻";
    } else if (j === 6) {
      entered = "2020-12-03";
      enteredCell = "20201203";
      leftCell = "2021.6.30";
      left = "2021-06-30";
      status = "退园";
    }
    eRows.push([j + 1, n, creditCode(REGION), code, cat, enteredCell, leftCell, status]);
    eRecs.push({ name: n, type: cat, entered, left });
  });
  eRows.push(["注：行业代码按《国民经济行业分类》（GB/T 4754-2017）填写；“已注销”以注销日期为退出日期。"]);
  const eMerges = ["A1:H1", `A${eRows.length}:H${eRows.length}`];
  assert(eRecs.filter((r) => r.left).length === 3, "l2 three left");

  // ---------------- 银行回单
  const PAY = [["2020-10-15", "肇庆鼎湖电商运营服务有限公司", 420000, "区电商公共服务中心建设首期款", "成功", "n"], ["2020-11-20", "中国邮政集团有限公司肇庆市鼎湖区分公司", 315000, "村级站点建设首期款", "成功", "t"],
    ["2020-12-18", "肇庆市鼎湖区职业技术学校", 98500, "电商培训服务费", "成功", "d"], ["2021-01-22", "肇庆市鼎湖区速递通物流有限公司", 260000, "物流体系建设首期款", "失败", "n"],
    ["2021-01-26", "肇庆市鼎湖区速递通物流有限公司", 260000, "物流体系建设首期款（重新支付）", "成功", "t"], ["2021-03-30", "肇庆鼎湖电商运营服务有限公司", 516800, "区电商公共服务中心建设进度款", "成功", "d"],
    ["2021-05-25", "中国邮政集团有限公司肇庆市鼎湖区分公司", 402000, "村级站点建设进度款", "成功", "n"], ["2021-07-16", "肇庆市鼎湖区冷链仓储有限公司", 185600.5, "冷链系统建设首期款", "成功", "t"],
    ["2021-08-31", "肇庆市鼎湖区职业技术学校", 121000, "电商培训服务费（第二期）", "成功", "d"], ["2021-09-09", "肇庆市鼎湖区速递通物流有限公司", 230000, "物流体系建设尾款", "成功", "n"]];
  const fRows = [["鼎湖区电子商务进农村综合示范专项资金　银行电子回单汇总"], ["付款账户：肇庆市鼎湖区商务局　专户账号：4400 ×××× ×××× 0823　开户行：中国建设银行肇庆鼎湖支行"],
    ["序号", "回单编号", "交易日期", "收款人户名", "交易金额（元）", "用途", "交易状态"]];
  const fRecs = [];
  PAY.forEach(([d, who, a, what, st, f], j) => {
    const dc = f === "n" ? ydNum(d) : f === "t" ? d : D(d);
    const amt = j % 2 ? fmtMoney(a) : a;
    fRows.push([j + 1, `HD${d.replace(/-/g, "")}${String(rint(1000, 9999))}`, dc, who, amt, what, st === "成功" ? "交易成功" : "交易失败（收款账户名称不符，资金已退回）"]);
    if (st === "成功") fRecs.push({ date: d, amount: a });
  });
  const fMerges = ["A1:G1", "A2:G2"];
  assert(fRecs.length === 9 && fRecs.some((r) => r.amount === 185600.5), "l2 nine payments");

  // ---------------- 宣传报道
  const MED = [["2020-11-26", "鼎湖区融媒体中心（“鼎湖发布”）", "县级", "网络", "鼎湖首批村级电商服务站挂牌", "否"], ["2021-01-14", "肇庆电视台《肇庆新闻》", "市级", "电视", "鼎湖脱贫户直播卖裹蒸", "是"],
    ["2021-04-09", "南方+客户端", "省级", "网络", "鼎湖：山泉水“触网”走出大山", "否"], ["2021-07-23", "中央电视台农业农村频道（CCTV-17）《谁知盘中餐》", "国家级", "电视", "鼎湖莲藕上餐桌", "否"],
    ["2021-09-10", "广东广播电视台《广东新闻联播》", "省级", "电视", "鼎湖电商助农增收", "是"]];
  const LV = { 国家级: "national", 省级: "province", 市级: "city", 县级: "county" };
  const mRows = [["鼎湖区电子商务进农村宣传报道登记"], ["序号", "播发日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
  const mRecs = [];
  MED.forEach(([d, m, l, f, t, c], j) => {
    mRows.push([j + 1, dateCell(d, j + 1), m, l, f, `《${t}》`, c]);
    mRecs.push({ date: d, level: LV[l], tv: f === "电视" });
  });

  // ---------------- 专栏更新
  const ups = [["2020-07-08", "鼎湖区电子商务进农村综合示范创建实施方案"], ["2020-07-08", "鼎湖区电子商务进农村综合示范项目基本信息"], ["2020-07-20", "关于公布电子商务进农村综合示范项目监督举报方式的公告"]];
  for (const m of monthsBetween("2020-08", "2021-08")) {
    if (m === "2021-02") continue;
    const [y, mo] = m.split("-").map(Number);
    ups.push([`${m}-${String(rint(2, Math.min(28, lastDay(y, mo)))).padStart(2, "0")}`, `鼎湖区电子商务进农村综合示范项目建设进度（${cnMonth(m)}）`]);
  }
  ups.push(["2021-09-06", "鼎湖区电子商务进农村综合示范项目建设进度（2021年9月）"]);
  ups.sort((a, b) => cmp(b[0], a[0]));
  const uRows = [["区政府门户网站“电子商务进农村综合示范”专栏　信息列表（复制）"], ["序号", "标题", "发布信息"]];
  const uRecs = [];
  ups.forEach(([d, t], j) => {
    uRows.push([j + 1, t, `鼎湖区商务局　${d}　浏览 ${rint(40, 400)} 次`]);
    uRecs.push({ date: d });
  });
  assert(inWindowMonths(uRecs.map((r) => r.date)) === 11, "l2 column 11 months");

  const cover = [["肇庆市鼎湖区电子商务进农村综合示范"], ["工 作 台 账（二）"], [null], ["编制单位：鼎湖区商务局"], ["编制时间：2021年9月"], [null], ["目　录"],
    ["一、建制村快递服务通达情况"], ["二、村级电子商务服务站点台账"], ["三、电商产业园入驻企业名录"], ["四、专项资金银行回单汇总"], ["五、宣传报道登记"], ["六、专栏信息列表"]];
  return {
    description:
      "肇庆鼎湖区商务局《工作台账（二）》（七个表）：①封面带目录，不是台账；②区交通运输局（邮政业务）的《建制村快递服务通达情况统计表》当村居名单：两行表头，“通达快递品牌”合并在中国邮政｜中通｜圆通｜韵达｜申通｜极兔六列之上打✓，另有“品牌数”，品牌数0（全空）就是快递未通达（两村），只有“中国邮政”✓的也算通达，居委会“—”不是行政村、贫困村为空，名称有“××村委会”“××社区居委会”写法，合计行不是记录；③站点台账的“所在村（自然村）”写成“××村委会××村”“××村（××村）”“××村民委员会”，行政村是前一个（表下注明），挂牌时间是开始运营（验收时间不是），有“—”筹建、“2021.9.8”、同村第二站、社区站；④入驻企业按国民经济行业分类填“行业代码｜行业类别”，类型读行业类别，入驻日期有“20201203”、“2020年11月”、“2021.9.1”，一家“已注销（2021.4.30）”退出日期栏空着（按注销日期退出），一家“2021年9月”迁出；⑤银行电子回单汇总：交易日期有8位数字、文本、日期格，金额数字与“315,000.00”式千分位文本混写，一笔“交易失败（资金已退回）”不是拨付、4天后重新支付的才是，8月31日、9月9日各一笔照列；⑥宣传报道：CCTV-17国家级电视、肇庆电视台市级电视的典型案例；⑦专栏信息列表从网站复制，新的在前，日期夹在“鼎湖区商务局　日期　浏览 N 次”这一格里，2021年2月没有更新。",
    sheets: [
      { name: "封面", rows: cover, merges: [] },
      { name: "快递通达", rows: vRows, merges: vMerges },
      { name: "站点台账", rows: sRows, merges: sMerges },
      { name: "入驻企业", rows: eRows, merges: eMerges },
      { name: "银行回单", rows: fRows, merges: fMerges },
      { name: "宣传报道", rows: mRows, merges: ["A1:G1"] },
      { name: "专栏更新", rows: uRows, merges: ["A1:C1"] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "快递通达": { kind: "villages", records: vRecs },
        "站点台账": { kind: "stations", records: sRecs },
        "入驻企业": { kind: "enterprises", records: eRecs },
        "银行回单": { kind: "funds", records: fRecs },
        "宣传报道": { kind: "media", records: mRecs },
        "专栏更新": { kind: "disclosures", records: uRecs },
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
write("counties", "b192-c1-renhua.json", c1);
write("facts", "b192-f1-gaoming.json", f1);
write("facts", "b192-f2-nansha.json", f2);
write("facts", "b192-f3-longhu.json", f3);
write("ledgers", "b192-l1-yunan.json", l1);
write("ledgers", "b192-l2-dinghu.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
