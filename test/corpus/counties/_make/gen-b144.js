// Batch 144 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
// Cases: c1 坡头区 (迎检分工及统一口径表 + tables borrowed from other offices), f1 广宁县 (县对镇街考核结果汇总表),
// f2 从化区 (政府工作报告素材征集表), f3 茂南区 (项目支出绩效运行监控表), l1 雷州市 (用款计划申请及执行表 +
// 市局简报采用登记), l2 惠东县 (税务局园区企业纳税表 + 播出证明登记).
// The helper/validation boilerplate is written here from test/corpus/README.md (the previous batch's generator named
// in the brief was not present), so the checks below follow the README's tables directly.

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
let seed = 144144;
function rnd() {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}
const ALNUM = "0123456789ABCDEFGHJKLMNPQRTUWXY";
function creditCode(division) {
  let s = "91" + division + "MA";
  while (s.length < 17) s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  s += ALNUM[Math.floor(rnd() * ALNUM.length)];
  assert(s.length === 18, "credit code length");
  return s;
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
    assert(/^b144-f[1-3]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b144-l[1-2]-[a-z]+\.json$/.test(file), file + ": bad name");
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
    assert(/^b144-c1-[a-z]+\.json$/.test(file), file + ": bad name");
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
// c1 — 湛江市坡头区: the bureau's 迎检工作分工及统一口径表 (facts + the clerk's self-assessed points), with the
// ledgers mostly borrowed from other offices: 农业农村局's 垃圾收运台账 (villages), 电信 装机工单 (stations),
// the centre's 讲师授课日志 (training sessions), 财政局 指标账 (funds), the city's 月报通报 extract (reports).
// =====================================================================================================
function buildC1() {
  const CUT = "2021-08-31";
  // ---------------- villages (borrowed 垃圾收运台账)
  const towns = [
    ["南调街道", ["南调村", "沙角村", "东岸村", "北港村"], ["南调社区", "海湾社区", "龙王湾社区"]],
    ["麻斜街道", ["麻斜村", "岭头村", "新屋村", "塘边村"], ["麻斜社区", "港城社区"]],
    ["乾塘镇", ["乾塘村", "沙城村", "沙墩村", "东坡岭村", "山角村", "新华村", "那洋村", "石门村", "后坡村", "上井村"], ["乾塘社区"]],
    ["坡头镇", ["坡头村", "旧村村", "南茂村", "赤岭村", "高岭村", "海头村", "新坡村", "下坡村", "英岭村"], ["坡头圩社区"]],
    ["龙头镇", ["龙头村", "沙坡村", "那良村", "博立村", "木兰村", "麻俸村", "丰收村", "田头村", "大岭村", "沙岗村"], ["龙头社区"]],
    ["官渡镇", ["官渡村", "吉兆村", "东塘村", "尖岭村", "塘口村", "西村村", "上庄村", "鸭井村", "那帽村"], []],
  ];
  const poor = new Set(["东坡岭村", "那洋村", "英岭村", "博立村", "尖岭村"]);
  const adminVillages = [];
  const communities = [];
  const vRows = [];
  const vMerges = [];
  vRows.push(["坡头区农村生活垃圾收运处理台账（2021年6月更新）"]);
  vRows.push(["原表来源：区农业农村局（借用）。“是否省定贫困村”“快递是否进村”两列由区商务局补录，其余各列为原表内容，未改动。"]);
  vRows.push(["序号", "镇（街道）", "村（居）委会名称", "性质", "保洁员（人）", "垃圾收集点（个）", "清运频次", "是否省定贫困村", "快递是否进村", "备注"]);
  let seq = 0;
  let cleaners = 0;
  let points = 0;
  for (const [town, vs, cs] of towns) {
    const first = vRows.length;
    const all = vs.map((v) => [v, true]).concat(cs.map((c) => [c, false]));
    all.forEach(([n, admin], i) => {
      seq++;
      const cl = admin ? 2 + Math.floor(rnd() * 4) : 4 + Math.floor(rnd() * 5);
      const pt = admin ? 3 + Math.floor(rnd() * 6) : 6 + Math.floor(rnd() * 8);
      cleaners += cl;
      points += pt;
      const full = admin ? n.replace(/村$/, "村委会") : n.replace(/社区$/, "社区居委会");
      vRows.push([
        seq, i === 0 ? town : null, full, admin ? "村委会" : "居委会", cl, pt,
        admin ? (rnd() < 0.5 ? "日产日清" : "2天1次") : "日产日清",
        admin ? (poor.has(n) ? "是" : "否") : "—",
        admin ? "√" : "—",
        admin ? null : "城市社区，不属行政村",
      ]);
      if (admin) adminVillages.push(n);
      else communities.push(n);
    });
    if (all.length > 1) vMerges.push(`B${first + 1}:B${vRows.length}`);
  }
  assert(adminVillages.length === 46 && communities.length === 8, "c1 village counts");
  assert(new Set(adminVillages.concat(communities)).size === 54, "c1 village names unique");
  assert([...poor].every((p) => adminVillages.includes(p)), "c1 poor villages in list");
  vRows.push(["合计", null, "村委会46个、居委会8个", null, cleaners, points, null, "5个", "46个村委会均已进快递", null]);
  vRows.push(["填表人：区农业农村局 农村人居环境股（原表）；区商务局 电商股（补录两列）"]);
  vMerges.push("A1:J1", "A2:J2", "A" + vRows.length + ":J" + vRows.length);

  // ---------------- stations (电信 装机工单 export, with the bureau's 挂牌运营日期)
  const uncovered = ["北港村", "塘边村", "上井村", "后坡村", "下坡村", "海头村", "沙岗村", "田头村", "上庄村", "鸭井村", "西村村"];
  const stationVillages = adminVillages.filter((v) => !uncovered.includes(v));
  assert(stationVillages.length === 35, "c1 35 covered");
  const townOf = {};
  for (const [town, vs, cs] of towns) for (const v of vs.concat(cs)) townOf[v] = town;
  const sRows = [];
  sRows.push(["中国电信湛江坡头分公司 装机工单查询结果（导出）"]);
  sRows.push(["查询条件：客户名称包含“电商服务站”；导出时间：2021-09-13 10:15:33；导出人：坡头区商务局（借用政企客户经理账号导出）"]);
  sRows.push(["区商务局注：G列“挂牌运营日期”由区商务局补录，站点建成时间以G列为准；F列为宽带竣工时间，不是站点建成时间。"]);
  sRows.push(["工单号", "客户名称", "装机地址", "业务类型", "速率", "竣工时间", "挂牌运营日期（补录）", "站点负责人", "联系电话"]);
  const stations = []; // {village, opened}
  const surnames = "陈李黄吴林梁王张杨莫庞钟邓麦詹何蔡";
  let day0 = Date.UTC(2020, 4, 8);
  const addStation = (village, openedIso, nameSuffix, textStyle) => {
    const opened = new Date(openedIso + "T00:00:00Z");
    const done = new Date(opened.getTime() - (5 + Math.floor(rnd() * 12)) * 86400000);
    const doneTxt = done.toISOString().slice(0, 10) + " " + String(9 + Math.floor(rnd() * 8)).padStart(2, "0") + ":" +
      String(Math.floor(rnd() * 60)).padStart(2, "0") + ":" + String(Math.floor(rnd() * 60)).padStart(2, "0");
    const [y, m, d] = openedIso.split("-").map(Number);
    let openedCell;
    if (textStyle === 0) openedCell = D(openedIso);
    else if (textStyle === 1) openedCell = `${y}.${m}.${d}`;
    else openedCell = `${y}年${m}月${d}日`;
    const isComm = village.endsWith("社区");
    const unit = isComm ? village + "居委会" : village.replace(/村$/, "村委会");
    const addr = `湛江市坡头区${townOf[village]}${unit}${nameSuffix}`;
    sRows.push([
      "ZJ" + done.toISOString().slice(0, 10).replace(/-/g, "") + String(1000 + sRows.length * 7),
      village + (nameSuffix.includes("新墟") ? "新墟电商服务站" : "电商服务站"),
      addr, "政企宽带新装", "200M", doneTxt, openedCell,
      surnames[Math.floor(rnd() * surnames.length)] + "××", "13" + String(Math.floor(rnd() * 1e9)).padStart(9, "0"),
    ]);
    stations.push({ village, opened: openedIso });
  };
  stationVillages.forEach((v, i) => {
    day0 += (8 + Math.floor(rnd() * 4)) * 86400000;
    const iso = new Date(day0).toISOString().slice(0, 10);
    assert(iso <= "2021-07-31", "c1 station dates in window " + iso);
    addStation(v, iso, "办公楼一楼", i % 3);
    if (v === "乾塘村") addStation("乾塘村", new Date(day0 + 20 * 86400000).toISOString().slice(0, 10), "新墟市场旁", 1);
    if (v === "南茂村") addStation("海湾社区", new Date(day0 + 3 * 86400000).toISOString().slice(0, 10), "临街铺面", 2);
  });
  addStation("鸭井村", "2021-09-10", "文化楼一楼", 0);
  const openedByCut = stations.filter((s) => s.opened <= CUT);
  const coveredAdmin = new Set(openedByCut.map((s) => s.village).filter((v) => adminVillages.includes(v)));
  assert(openedByCut.length === 37, "c1 37 stations by cut-off");
  assert(coveredAdmin.size === 35, "c1 35 villages covered");
  assert([...poor].every((p) => coveredAdmin.has(p)), "c1 all poor covered");
  sRows.push(["共 " + stations.length + " 条记录"]);

  // ---------------- training (讲师授课日志, session rows, 实到 = 人次)
  const lecturers = ["林××（中心讲师）", "黄××（外聘）", "莫××（中心讲师）", "梁××（外聘）"];
  const courses = ["电商基础与网店开设", "短视频拍摄与剪辑", "直播带货实操", "农产品包装与品牌", "微信小程序开店", "网店美工与详情页"];
  const places = ["区电商公共服务中心培训室", "乾塘镇政府会议室", "龙头镇文化站", "官渡镇党群服务中心", "坡头镇政府礼堂"];
  const objects = ["返乡青年、合作社", "贫困户、村干部", "电商从业人员", "农户、个体户", "驻村工作队、贫困户"];
  // [iso, 实到]
  const sess2020 = [["2020-07-15", 96], ["2020-08-12", 128], ["2020-09-16", 142], ["2020-10-21", 165], ["2020-11-11", 118], ["2020-11-26", 150], ["2020-12-09", 176], ["2020-12-23", 131]];
  const sess2021 = [["2021-01-13", 160], ["2021-02-03", 150], ["2021-03-10", 188], ["2021-03-24", 147], ["2021-04-14", 172], ["2021-04-28", 139], ["2021-05-12", 183], ["2021-05-26", 156], ["2021-06-09", 171], ["2021-06-23", 149], ["2021-07-07", 168], ["2021-07-21", 154], ["2021-08-04", 177], ["2021-08-18", 140], ["2021-08-27", 0]];
  const target = 3512;
  const partial = sum(sess2020.map((s) => s[1])) + sum(sess2021.slice(0, -1).map((s) => s[1]));
  sess2021[sess2021.length - 1][1] = target - partial;
  assert(sess2021[sess2021.length - 1][1] > 50 && sess2021[sess2021.length - 1][1] < 200, "c1 last session plausible " + (target - partial));
  const tRows = [];
  tRows.push(["坡头区电商公共服务中心 讲师授课日志（汇总）"]);
  tRows.push(["说明：“实到”为签到人数，即培训人次；“课时”为授课学时，不是人数；“应到”为通知人数。9月以后开班的不计入本次考评。"]);
  tRows.push(["日期", "讲师", "课程", "培训地点", "培训对象", "应到", "实到", "课时", "签到表页码"]);
  let page = 1;
  const sessRow = (iso, n, style) => {
    const [y, m, d] = iso.split("-").map(Number);
    let dc;
    if (style === 0) dc = `${m}月${d}日`; // year from the divider row
    else if (style === 1) dc = D(iso);
    else dc = `${y}.${m}.${d}`;
    const k = tRows.length;
    const ying = n + 5 + Math.floor(rnd() * 30);
    const pages = Math.ceil(n / 30);
    const row = [dc, lecturers[k % 4], courses[k % 6], places[k % 5], objects[k % 5], ying, n, k % 2 ? 6 : 4, `P${page}-P${page + pages - 1}`];
    page += pages;
    return row;
  };
  tRows.push(["2020年"]);
  sess2020.forEach(([iso, n]) => tRows.push(sessRow(iso, n, 0)));
  const sub2020 = sum(sess2020.map((s) => s[1]));
  tRows.push(["2020年小计", null, null, null, null, null, sub2020, null, null]);
  tRows.push(["2021年"]);
  sess2021.forEach(([iso, n], i) => tRows.push(sessRow(iso, n, i % 3 === 0 ? 0 : i % 3)));
  const sub2021 = sum(sess2021.map((s) => s[1]));
  tRows.push(["2021年小计（1—8月）", null, null, null, null, null, sub2021, null, null]);
  tRows.push(["合计（截至2021年8月31日）", null, null, null, null, null, sub2020 + sub2021, null, null]);
  assert(sub2020 + sub2021 === target, "c1 training total");
  tRows.push(["以下为9月新开班次（不计入本次考评）"]);
  tRows.push(sessRow("2021-09-08", 85, 0));

  // ---------------- enterprises (产业园入驻企业名单)
  const ents = [
    ["湛江湾联电子商务有限公司", "电商运营商", "2020-06-28", null],
    ["坡头好味农业科技有限公司", "销售型", "2020-06-28", null],
    ["湛江市海田电子商务有限公司", "销售型", "2020-07-10", null],
    ["坡头区乾塘记忆食品网店", "销售型", "2020-07-10", null],
    ["湛江南调物流有限公司", "物流企业", "2020-07-22", null],
    ["湛江邮政坡头电商仓配中心", "物流企业", "2020-08-03", null],
    ["湛江市渔港优选网络科技有限公司", "平台型", "2020-08-18", null],
    ["坡头区龙头沙虫干货电商", "销售型", "2020-09-01", "2021-04-30"],
    ["湛江市麻斜湾直播传媒有限公司", "电商运营商", "2020-09-15", null],
    ["湛江市官渡番薯专业合作社网店", "销售型", "2020-10-09", null],
    ["湛江市海鲜汇网络科技有限公司", "平台型", "2020-10-20", null],
    ["坡头区吉兆蚝业电子商务工作室", "销售型", "2020-11-05", null],
    ["湛江市云仓供应链管理有限公司", "物流企业", "2020-11-19", null],
    ["湛江市坡头区新华村淘农场", "销售型", "2020-12-02", "2021-03-15"],
    ["湛江市南海红树林文旅电商有限公司", "销售型", "2021-01-08", null],
    ["湛江小渔村品牌策划有限公司", "电商运营商", "2021-01-20", null],
    ["湛江市那良菠萝电商合作社", "销售型", "2021-03-03", null],
    ["湛江聚农汇网络科技有限公司", "平台型", "2021-04-12", null],
    ["湛江坡头乡味源食品有限公司", "销售型", "2021-05-18", null],
    ["湛江市湾区冷链物流有限公司", "物流企业", "2021-06-21", null],
    ["湛江市鲜到家社区团购有限公司", "销售型", "2021-07-26", null],
    ["湛江市渔歌直播电商有限公司", "电商运营商", "2021-09-06", null],
  ];
  const eRows = [];
  eRows.push(["南调电商产业园入驻企业名单"]);
  eRows.push(["（园区运营方提供，区商务局核对。已退出企业保留在表内，退出时间见F列）"]);
  eRows.push(["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "备注"]);
  ents.forEach(([n, t, en, lf], i) => {
    const [y, m, d] = en.split("-").map(Number);
    eRows.push([i + 1, n, creditCode("440804"), t, i % 2 ? D(en) : `${y}.${m}.${d}`, lf ? lf.replace(/-0?/g, ".").replace(/^(\d+)\.(\d+)\.(\d+)$/, "$1.$2.$3") : null, lf ? "已退出" : en > CUT ? "9月新入驻" : "在园"]);
  });
  const atCut = ents.filter(([, , en, lf]) => en <= CUT && (lf === null || lf > CUT));
  assert(atCut.length === 19, "c1 19 in park at cut-off");
  assert(new Set(atCut.map((e) => e[1])).size === 4, "c1 four types");

  // ---------------- funds (财政局 指标账)
  const pays = [
    ["2020-01-16", "支付中心装修工程预付款", 1200000], ["2020-04-22", "支付村级站点建设（第一批）", 1850000],
    ["2020-06-30", "支付中心设备采购款", 986400], ["2020-08-19", "支付第三方运营服务费（第一期）", 900000],
    ["2020-10-27", "支付电商培训服务费（第一期）", 420000], ["2020-12-18", "支付村级站点建设（第二批）", 1640000],
    ["2021-01-26", "支付物流配送体系建设款", 1380000], ["2021-03-12", "支付品牌推广及网络促销活动费", 760000],
    ["2021-04-29", "支付第三方运营服务费（第二期）", 900000], ["2021-06-08", "支付农产品溯源系统建设款", 620000],
    ["2021-07-20", "支付电商培训服务费（第二期）", 480000], ["2021-08-24", "支付村级站点建设（第三批）", 740000],
  ];
  const allocated = 15000000;
  const spent = sumYuan(pays.map((p) => p[2]));
  assert(spent === 11876400, "c1 spent " + spent);
  const fRows = [];
  fRows.push(["坡头区财政局 指标账（省级电子商务进农村综合示范专项资金）"]);
  fRows.push(["单位：元", null, null, null, null, "打印日期：2021-09-16"]);
  fRows.push(["日期", "摘要", "文号/凭证号", "指标增加", "指标支出", "指标余额"]);
  let bal = allocated;
  fRows.push([D("2019-10-28"), "下达省级电子商务进农村综合示范专项资金", "粤财工〔2019〕217号", allocated, null, bal]);
  pays.forEach(([iso, memo, amt], i) => {
    bal = Math.round((bal - amt) * 100) / 100;
    fRows.push([D(iso), memo, "记-" + iso.slice(0, 7).replace("-", "") + "-" + String(10 + i * 3).padStart(3, "0"), null, amt, bal]);
  });
  fRows.push(["截至2021年8月31日合计", null, null, allocated, spent, bal]);
  assert(bal === allocated - spent, "c1 balance");
  fRows.push([D("2021-09-15"), "支付第三方运营服务费（第三期）", "记-202109-004", null, 580000, bal - 580000]);
  fRows.push(["注：第一行为指标下达，不是支出；“指标余额”为滚动余额，不能相加。"]);

  // ---------------- reports (市局通报摘录, months as columns)
  const months = [];
  for (let i = 0; i < 12; i++) {
    const d = new Date(Date.UTC(2020, 8 + i, 1));
    months.push(d.getUTCFullYear() + "年" + (d.getUTCMonth() + 1) + "月");
  }
  const status = ["按时", "按时", "逾期2天", "按时", "按时", "未报", "按时", "按时", "逾期3天", "按时", "按时", "按时"];
  const rRows = [];
  rRows.push(["湛江市商务局关于各县（市、区）电子商务进农村工作月报报送情况的通报（摘录坡头区）"]);
  rRows.push(["单位"].concat(months, ["备注"]));
  rRows.push(["坡头区"].concat(status, ["2021年2月（春节）未报"]));
  rRows.push(["是否附电商扶贫统计"].concat(status.map((s) => (s === "未报" ? null : "√")), [null]));
  rRows.push(["注：按时＝次月5日前报送；逾期＝5日后补报，视为已报送；未报＝当月未报送。"]);
  assert(status.filter((s) => s !== "未报").length === 11, "c1 11 months reported");

  // ---------------- disclosures (专栏更新记录)
  const disc = [
    ["2020-06-05", "坡头区电子商务进农村综合示范创建工作方案", "创建方案"],
    ["2020-06-05", "关于设立电商进农村专栏意见征集及监督举报窗口的公告", "意见征集"],
    ["2020-09-18", "坡头区电商进农村示范项目基本信息表", "项目信息"],
    ["2020-10-20", "9月项目建设进度", "建设进度"], ["2020-11-17", "10月项目建设进度", "建设进度"],
    ["2020-12-15", "11月项目建设进度", "建设进度"], ["2021-01-19", "12月项目建设进度", "建设进度"],
    ["2021-02-24", "1月项目建设进度", "建设进度"], ["2021-03-16", "2月项目建设进度", "建设进度"],
    ["2021-04-20", "3月项目建设进度", "建设进度"], ["2021-05-18", "4月项目建设进度", "建设进度"],
    ["2021-06-15", "5月项目建设进度", "建设进度"], ["2021-07-20", "6月项目建设进度", "建设进度"],
    ["2021-08-17", "7月项目建设进度", "建设进度"],
  ];
  const discMonths = new Set(disc.map((d) => d[0].slice(0, 7)).filter((m) => m >= "2020-09" && m <= "2021-08"));
  assert(discMonths.size === 12, "c1 disclosure every month");
  const dRows = [["坡头区人民政府网站“电子商务进农村”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目"]];
  disc.forEach(([iso, t, s], i) => dRows.push([i + 1, i % 4 === 1 ? iso.replace(/-0?/g, "/").replace(/\/(\d)\//, "/$1/") : D(iso), t, s]));

  // ---------------- media
  const mRows = [["坡头区电商进农村宣传报道登记"], ["序号", "日期", "标题", "媒体", "级别", "形式"]];
  mRows.push([1, D("2020-11-20"), "坡头区首批村级电商服务站挂牌运营", "坡头区融媒体中心", "县级", "网络"]);
  mRows.push([2, "2021.3.18", "坡头：“海味”乘上电商快车", "南方日报", "省级", "报纸"]);
  mRows.push([3, D("2021-06-15"), "坡头电商助力乡村振兴", "南方+客户端", "省级", "网络"]);
  mRows.push([4, "2021.9.5", "坡头区电商进农村示范创建见成效", "湛江日报", "市级", "报纸"]);
  const matRows = [["经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送对象", "方式"]];
  matRows.push([1, D("2021-06-11"), "坡头区“中心+站点+品牌”推进电商进农村的做法", "湛江市商务局", "粤政易公文"]);

  // ---------------- facts sheet: 迎检分工及统一口径表
  const retail = { r19: 582000000, r20: 731000000, a19: 146000000, a20: 197000000 };
  assert(pct1(retail.r20 - retail.r19, retail.r19) === "25.6%", "c1 rural growth " + pct1(retail.r20 - retail.r19, retail.r19));
  assert(pct1(retail.a20 - retail.a19, retail.a19) === "34.9%", "c1 agri growth");
  const eligible = 1280;
  const trained = 702;
  assert(pct1(trained, eligible) === "54.8%", "c1 poor rate");
  assert(pct1(spent, allocated) === "79.2%", "c1 spend rate");
  assert(pct1(35, 46) === "76.1%", "c1 coverage");
  const aRows = [];
  aRows.push(["坡头区电子商务进农村综合示范县考评迎检工作分工及统一口径表"]);
  aRows.push(["考评截止日期：2021年8月31日", null, null, null, null, "区商务局局务会2021年9月17日通过"]);
  aRows.push(["一、迎检分工"]);
  aRows.push(["序号", "工作组", "责任人", "配合单位", "主要任务", "汇报口径（统一说法，对外只讲此数）"]);
  aRows.push([1, "综合汇报组", "局长 黄××", "区政府办", "汇报PPT、陪同考评组",
    "①区政府成立以区长任组长、分管副区长任副组长，区商务局、财政局、农业农村局、乡村振兴局等部门为成员单位的电子商务进农村综合示范工作领导小组。②2019年11月正式印发《坡头区电子商务进农村综合示范创建工作方案》；2020年3月出台《坡头区促进农村电子商务发展若干措施》（资金、场地、人才）。"]);
  aRows.push([2, "基础数据组", "副局长 陈××", "区统计局、区乡村振兴局", "核对基础数据",
    "常住人口33.6万人（第七次人口普查）；行政村46个（另有社区居委会8个，不计入）；省定贫困村5个。"]);
  aRows.push([3, "中心及园区组", "电商股 吴××", "运营商", "中心、园区现场讲解",
    "区电子商务公共服务中心2020年6月28日投入运营，由第三方运营商湛江湾联电子商务有限公司运营；设免费培训室（60座、电脑40台），能组织电商基础培训；为特色农产品提供免费展示、销售服务；提供免费摄影、美工服务；组织“坡头好味”农产品统一推广，指导品牌建设；提供代办营业执照、金融对接等其他增值服务。整合优化南调电商产业园，入驻企业22家（名单见“入驻企业”表）。"]);
  aRows.push([4, "站点组", "电商股 莫××", "各镇（街道）", "站点视频、现场点位",
    "截至8月31日建成村级电商服务站点37个（含社区站点1个），覆盖行政村35个，覆盖率76.1%；5个省定贫困村全覆盖；行政村快递覆盖率100%。"]);
  aRows.push([5, "上行组", "电商股 吴××", "区农业农村局", "调研报告、促销活动材料",
    "2019年农村网络零售额5.82亿元，2020年7.31亿元，同比增长25.6%；农产品网络零售额2019年1.46亿元、2020年1.97亿元，同比增长34.9%。"]);
  aRows.push([6, "培训组", "电商股 林××", "区人社局、区乡村振兴局", "培训台账、签到表",
    "累计培训" + fmtInt(target) + "人次（9月新开班次不计入）；经区乡村振兴局确认，有劳动能力且未外出务工的建档立卡贫困人口" + fmtInt(eligible) + "人，已参训" + trained + "人，参训率54.8%。"]);
  aRows.push([7, "公开及报送组", "办公室 梁××", "区政务服务数据管理局", "专栏截图、月报",
    "区政府网站“电子商务进农村”专栏公示创建方案、项目基本信息、项目建设进度，设“意见征集”窗口；每月向市商务局报送工作情况，报表附电商扶贫统计（贫困户培训、带动增收情况）。"]);
  aRows.push([8, "资金组", "财务股 杨××", "区财政局", "资金台账、凭证",
    "省级资金1500万元已全部下达；截至8月31日累计拨付1187.64万元，支出率79.2%；已制定《坡头区电子商务进农村综合示范项目资金管理办法》，建立资金专用台账；项目总体进度85%。"]);
  aRows.push([9, "安全及纪律", "副局长 陈××", "—", "—",
    "项目建设未发生安全生产、质量事故，未造成重大经济损失；所有材料真实，无弄虚作假。"]);
  aRows.push([]);
  aRows.push(["二、自评得分（局务会审定，汇报时统一按此口径）"]);
  aRows.push(["评价指标", null, "分值", "自评分", null, "说明"]);
  const claimRows = [
    ["组织领导", 2, 2, "org.leadership"], ["方案制定", 2, 2, "org.plan"], ["政策支持", 2, 2, "org.policy"],
    ["项目管理", 4, 4, "org.management"], ["　其中：项目管理制度", 2, 2, "org.management.system"], ["　其中：工作台账", 2, 2, "org.management.ledger"],
    ["服务体系建设（县级中心及产业园）", 15, 15, "work.center"], ["服务体系建设（村级站点覆盖）", 10, 10, "work.coverage"],
    ["农村产品上行", 10, 8, "work.upward"], ["　其中：网销调研并形成建议", 2, 2, "work.upward.research"],
    ["　其中：网络促销活动", 2, 1, "work.upward.promotion"], ["　其中：第三方运营服务商", 1, 1, null],
    ["　其中：行政村快递覆盖率100%", 1, 1, null], ["　其中：交易标准、冷链溯源", 2, 1, "work.upward.standards"],
    ["　其中：网络零售额增速≥30%", 2, 2, null], ["电商人才培训", 20, 20, "work.training"], ["信息公开", 4, 4, "info.disclosure"],
    ["数据上报", 6, 6, "info.reporting"], ["案例总结", 2, 2, "promo.cases"], ["经验推广", 8, 8, "promo.media"],
    ["制度建立（资金管理制度）", 5, 5, "fund.system"], ["资金台账", 5, 4, "fund.ledger"], ["资金支出", 5, 4, "fund.spending"],
    ["加分项：贫困人口培训率≥70%", 2, 0, "bonus.poorTraining"], ["加分项：电商扶贫典型案例获电视播报", 2, 0, "bonus.tvCase"],
  ];
  const notes = {
    "服务体系建设（县级中心及产业园）": "园区入驻企业22家，按满分自评",
    "经验推广": "省级（南方日报）、市级（湛江日报9月5日）、县级均有报道",
    "数据上报": "按月报送",
  };
  for (const [label, max, pts] of claimRows) aRows.push([label, null, max, pts, null, notes[label] || null]);
  const topClaim = claimRows.filter((r) => r[3] && ALL_IDS.includes(r[3]));
  const claimed = {};
  for (const r of topClaim) claimed[r[3]] = r[2];
  assert(Object.keys(claimed).length === 17, "c1 claimed ids");
  // sub-rows add up to their group rows
  assert(2 + 2 === 4 && claimRows[4][2] + claimRows[5][2] === claimRows[3][2], "c1 management split");
  assert(sum(claimRows.slice(9, 15).map((r) => r[2])) === claimRows[8][2], "c1 upward split claimed");
  assert(sum(claimRows.slice(9, 15).map((r) => r[1])) === claimRows[8][1], "c1 upward split max");
  const claimTotal = sum(Object.values(claimed));
  const maxTotal = sum(topClaim.map((r) => r[1]));
  assert(claimTotal === 96 && maxTotal === 104, "c1 claimed total " + claimTotal + "/" + maxTotal);
  aRows.push(["合计", null, maxTotal, claimTotal, null, "含加分项"]);
  aRows.push(["注：自评分为局务会审定的拟报分数；一、中各组口径数据由配合单位盖章确认。"]);
  const aMerges = ["A1:F1", "A3:F3", "A15:F15"];
  for (let r = 16; r < aRows.length; r++) aMerges.push(`A${r}:B${r}`);
  aMerges.push(`A${aRows.length}:F${aRows.length}`);

  // ---------------- expectation (from the scoring rules)
  const judged = {
    "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 2,
    "work.upward.research": 2, "work.upward.promotion": 1, "work.upward.standards": 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
  };
  for (const r of claimRows) if (r[3] && JUDGED[r[3]]) assert(judged[r[3]] === r[2], "c1 judged row " + r[3]);
  const base = Math.min(336000, 500000);
  assert(target * 100 >= base, "c1 training >= 1%");
  assert(trained * 2 >= eligible && trained * 10 < eligible * 7, "c1 poor rate in [50,70)");
  const center = 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + (atCut.length >= 20 ? 2 : 0) + 1;
  assert(center === 13, "c1 center");
  const pts = {
    "org.leadership": 2, "org.plan": judged["org.plan"], "org.policy": judged["org.policy"],
    "org.management": judged["org.management.system"] + judged["org.management.ledger"],
    "work.center": center, "work.coverage": 5 + 5,
    "work.upward": judged["work.upward.research"] + judged["work.upward.promotion"] + 1 + 1 + judged["work.upward.standards"] + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": judged["fund.system"], "fund.ledger": judged["fund.ledger"], "fund.spending": judged["fund.spending"],
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const total = sum(SCORED.map((s) => pts[s[0]])) + Math.min(4, pts["bonus.poorTraining"] + pts["bonus.tvCase"]);
  assert(total === 89, "c1 total " + total);

  const derivation = [
    "org.leadership: 口径表第1组：区长任组长（主要领导），商务、财政、农业农村、乡村振兴局均为成员单位；分管副区长只是副组长 → 2",
    "org.plan: 方案2019年11月正式印发，局务会自评2（1–2）→ 2",
    "org.policy: 2020年3月出台《若干措施》，自评2 → 2",
    "org.management: “其中”两行：项目管理制度2 + 工作台账2 → 4",
    "work.center: 2020-06-28开业≤截止日(2)，≤2021-02-28满6个月(2)，免费培训(2)、展示(1)、摄影美工(1)、统一推广品牌(1)、其他增值(1)，整合产业园(2)；入驻企业表22行中2家已于截止日前退出、1家9月6日才入驻，截止日在园19家<20 → 0；在园类型平台型/销售型/电商运营商/物流企业4种≥3(1) → 13",
    "work.coverage: 垃圾收运台账46个村委会（8个居委会不计）；电信工单G列挂牌日期≤8月31日的站点覆盖35村（乾塘村两站算一村，海湾社区站不算，鸭井村9月10日挂牌不算）：35/46=76.1%≥70% → 5；5个省定贫困村全有站 → 5；合计10",
    "work.upward: 调研2 + 促销1 + 第三方运营商（中心由湾联公司运营）1 + 村居表“快递是否进村”46村全√ → 1 + 标准溯源1 + 农产品网络零售额1.97/1.46亿=+34.9%≥30% → 2（农村网络零售额+25.6%不够，但任一达标即可）→ 8",
    "work.training: 讲师日志“实到”合计（截至8月31日）3512人次，不含9月8日班85人次、不看“应到”和“课时”；基数min(33.6万,50万)=336000，3512/336000=1.045%≥1% → 10；贫困人口无名单，用口径数702/1280=54.8%≥50% → 10；合计20",
    "info.disclosure: 专栏公示方案、项目信息、建设进度并设意见征集窗口 → 2；2020-09至2021-08每月都有更新 → 2；合计4",
    "info.reporting: 通报摘录2021年2月“未报”，逾期补报算已报，12个月中11个月有报送 → 不定时1；报表附电商扶贫统计 → 3；合计4（自评6偏高）",
    "promo.cases: 2021-06-11向湛江市商务局报送经验材料 → 2",
    "promo.media: 截止日前有省级（南方日报2021.3.18、南方+）4 + 县级（坡头区融媒体中心）1；湛江日报2021.9.5在截止日后不算 → 5（自评8偏高）",
    "fund.system: 已制定资金管理办法，自评5 → 5",
    "fund.ledger: 资金专用台账，自评4 → 4",
    "fund.spending: 指标账支出12笔截至8月31日合计11,876,400元（下达行不是支出、余额列不相加、9月15日58万元不计）/15,000,000=79.2%≥70% → 采用自评4 → 4",
    "bonus.poorTraining: 贫困人口培训率54.8%<70% → 0",
    "bonus.tvCase: 无电视播报的电商扶贫典型案例 → 0",
    "veto.incident: 声明未发生安全生产、质量事故 → 不否决，0",
    "veto.progress: 口径表总体进度85%≥40% → 不否决，0",
    "veto.fraud: 声明无弄虚作假 → 不否决，0",
    "total: 2+2+2+4+13+10+8+20+4+4+2+5+5+4+4 = 89，加分0 → 89（自评合计96）",
  ];

  return {
    description:
      "湛江市坡头区商务局迎检前印发的《考评迎检工作分工及统一口径表》：上半部分按工作组列责任人和“汇报口径”长句（领导小组、常住人口、中心六项服务、零售额、培训、公开、资金等都写在句子里），下半部分是局务会审定的自评分（含“其中”子行给出评判项分数）；台账多为借用表：农业农村局垃圾收运台账补录贫困村、快递两列（居委会行不算行政村），电信装机工单导出（F列宽带竣工时间不是建站时间，以补录的G列挂牌运营日期为准），讲师授课日志（“实到”是人次，“应到”“课时”不是，日期“3月24日”“8月4日”的年份只在“2021年”分隔行），财政局指标账（首行是指标下达不是支出，余额列不能相加），市局通报摘录（逾期算报送、2月未报）。自评按22家入驻企业、每月报送和湛江日报9月报道给了满分，读者应按截止日算出19家、11个月和省+县两级。",
    sheets: [
      { name: "封面", rows: [["坡头区电子商务进农村综合示范县考评迎检资料"], ["（工作底稿，内部使用）"], [], ["湛江市坡头区商务局"], ["2021年9月"]], merges: ["A1:F1", "A2:F2"] },
      { name: "迎检分工", rows: aRows, merges: aMerges },
      { name: "村居垃圾收运台账(借用)", rows: vRows, merges: vMerges },
      { name: "站点宽带工单", rows: sRows, merges: ["A1:I1", "A2:I2", "A3:I3"] },
      { name: "讲师授课日志", rows: tRows, merges: ["A1:I1", "A2:I2"] },
      { name: "入驻企业", rows: eRows, merges: ["A1:G1", "A2:G2"] },
      { name: "指标账", rows: fRows, merges: ["A1:F1", "A" + fRows.length + ":F" + fRows.length] },
      { name: "月报报送通报摘录", rows: rRows, merges: ["A1:N1", "A5:N5"] },
      { name: "专栏更新", rows: dRows, merges: ["A1:D1"] },
      { name: "宣传报道", rows: mRows, merges: ["A1:F1"] },
      { name: "经验材料", rows: matRows, merges: ["A1:E1"] },
    ],
    expect: { asOf: CUT, total, bonus: 0, vetoed: false, points: pts, claimed },
    derivation,
  };
}

// =====================================================================================================
// f1 — 肇庆市广宁县: 县对镇（街）电子商务进农村工作考核结果汇总表. The county facts are the 合计 row and the notes;
// the town rows and the 考核得分 column (a county-to-town score) are not facts nor claimed points.
// =====================================================================================================
function buildF1() {
  // town, 行政村, 省定贫困村, 已建站点, 培训人次, 有劳动能力贫困人口(不含外出), 已参训, 考核得分
  const towns = [
    ["南街街道", 8, 0, 8, 412, 96, 61, 94.5], ["排沙镇", 12, 2, 10, 236, 214, 121, 91],
    ["潭布镇", 13, 2, 11, 248, 236, 128, 90.5], ["江屯镇", 10, 1, 8, 205, 168, 86, 88],
    ["螺岗镇", 9, 2, 7, 188, 192, 97, 86.5], ["北市镇", 11, 1, 8, 197, 175, 90, 87],
    ["坑口镇", 10, 2, 8, 216, 203, 112, 89], ["赤坑镇", 9, 1, 7, 174, 151, 76, 85],
    ["宾亨镇", 11, 2, 9, 229, 208, 117, 90], ["五和镇", 12, 2, 9, 201, 226, 119, 86],
    ["横山镇", 10, 1, 8, 183, 162, 85, 85.5], ["木格镇", 9, 1, 7, 169, 148, 80, 84],
    ["石咀镇", 10, 2, 8, 192, 197, 104, 87.5], ["古水镇", 12, 2, 9, 210, 219, 115, 88.5],
    ["洲仔镇", 9, 1, 7, 171, 143, 74, 83], ["联和镇", 11, 2, 9, 185, 201, 108, 86],
    ["石涧镇", 8, 1, 6, 157, 137, 73, 82.5],
  ];
  const county = ["县本级（县电商公共服务中心集中培训）", null, null, null, 1326, null, null, null];
  const tot = (i) => sum(towns.map((t) => t[i])) + (typeof county[i] === "number" ? county[i] : 0);
  const adm = tot(1);
  const poorV = tot(2);
  const st = tot(3);
  const tr = tot(4);
  const elig = tot(5);
  const trd = tot(6);
  assert(adm === 174 && poorV === 25, "f1 villages " + adm + "/" + poorV);
  assert(trd * 2 >= elig, "f1 rate >= 50%");
  const pop = 423000;
  const rows = [];
  rows.push(["广宁县2021年度镇（街）电子商务进农村工作考核结果汇总表"]);
  rows.push(["填报单位：广宁县电子商务进农村综合示范工作领导小组办公室（县商务局代章）", null, null, null, null, null, null, null, null, null, "单位：个、人次、人"]);
  rows.push(["序号", "镇（街）", "行政村数", "其中：省定贫困村", "已建村级站点", "站点覆盖率", "培训人次", "有劳动能力建档立卡贫困人口（不含外出务工）", "已参训贫困人口（人，不重复计）", "贫困人口参训率", "考核得分", "等次"]);
  towns.forEach((t, i) => {
    const level = t[7] >= 90 ? "优秀" : t[7] >= 85 ? "良好" : "合格";
    rows.push([i + 1, t[0], t[1], t[2], t[3], pct1(t[3], t[1]), t[4], t[5], t[6], pct1(t[6], t[5]), t[7], level]);
  });
  rows.push([towns.length + 1, county[0], "—", "—", "—", "—", county[4], "—", "—", "—", "—", "—"]);
  rows.push(["合计", null, adm, poorV, st, pct1(st, adm), fmtInt(tr), fmtInt(elig), fmtInt(trd), pct1(trd, elig), "—", "—"]);
  rows.push(["注：1.全县常住人口42.3万人（第七次全国人口普查），培训人次占常住人口" + pct1(tr, pop) + "。"]);
  rows.push(["2.行政村数不含社区（居委会）；省定贫困村数以县乡村振兴局认定为准。"]);
  rows.push(["3.“考核得分”为县对各镇（街）的年度考核得分，不是省示范县考评自评分。"]);
  rows.push(["4.表中数据截至2021年8月31日，即省示范县考评截止日期。"]);
  rows.push(["制表：县商务局电商股　　　审核：（签字）　　　2021年9月10日"]);
  const n = rows.length;
  const merges = ["A1:L1", "A2:J2", `A${n - 5}:B${n - 5}`];
  for (let r = n - 4; r <= n; r++) merges.push(`A${r}:L${r}`);
  return {
    description:
      "广宁县领导小组办公室（县商务局）做的“镇（街）电子商务进农村工作考核结果汇总表”：一行一个镇街，外加“县本级（中心集中培训）”一行只有培训人次，最后是合计行。省考评要的县级数字只在合计行和表下注里：行政村174个（注明不含社区）、省定贫困村25个、培训人次（合计行文本“4,899”，含县本级1326人次）、有劳动能力且不外出的贫困人口和已参训人数（“人，不重复计”与“培训人次”是两回事），常住人口42.3万在注1，注4写明数据截至省考评截止日2021年8月31日。“考核得分”“等次”是县对镇街的考核分，注3说明不是自评分，不能当作claimed；已建站点数和覆盖率不是facts键。",
    sheets: [{ name: "镇街考核汇总", rows, merges }],
    expect: {
      facts: {
        county: "广宁县", asOf: "2021-08-31", residentPopulation: pop, adminVillagesStated: adm, poorVillagesStated: poorV,
        trainingPersonTimesStated: tr, eligiblePoorPersonsStated: elig, trainedPoorPersonsStated: trd,
      },
      judged: {},
    },
    _check: () => assert(tr === 4899, "f1 training total " + tr),
  };
}

// =====================================================================================================
// f2 — 广州市从化区: 区政府办's 《政府工作报告》素材征集表 filled by 区商务局. Facts sit in the 2021 成效 column as
// sentences; the 2022 打算 column is full of targets that are not facts.
// =====================================================================================================
function buildF2() {
  const r19 = 1420000000;
  const r20 = 1870000000;
  const a20 = 435000000;
  assert(pct1(r20 - r19, r19) === "31.7%", "f2 growth " + pct1(r20 - r19, r19));
  const alloc = 15000000;
  const spent = 13186000;
  assert(pct1(spent, alloc) === "87.9%", "f2 spend");
  const rows = [];
  rows.push(["从化区2022年《政府工作报告》素材征集表"]);
  rows.push(["填报单位（盖章）：广州市从化区商务局", null, null, "填报时间：2021年11月19日"]);
  rows.push(["请各单位围绕本单位职能，提供2021年主要工作成效（务必用数据说话、注明口径）及2022年工作打算（含量化目标）。篇幅每项不超过300字。"]);
  rows.push(["序号", "类别", "2021年主要工作成效", "2022年工作打算（含量化目标）", "数据来源/备注"]);
  rows.push([1, "农村电商（组织推进）",
    "我区为2019年省级电子商务进农村综合示范县（区）。成立由区长任组长，区商务、财政、农业农村、乡村振兴等部门为成员的示范创建工作领导小组；2019年12月正式印发《从化区电子商务进农村综合示范创建工作方案》。",
    "巩固示范创建成果，争创国家级电子商务进农村综合示范县。", "区商务局"]);
  rows.push([2, "公共服务体系",
    "区电子商务公共服务中心（太平镇）于2020年9月投入运营，已建成镇村电商服务站点86个；实现行政村快递服务全覆盖。",
    "新建村级电商服务站点20个，推动站点与邮政、供销网点融合。", "区商务局、区邮政管理部门"]);
  rows.push([3, "网络零售",
    "2020年全区农村网络零售额18.7亿元，比2019年（14.2亿元）增长31.7%；农产品网络零售额4.35亿元，同比增长22.5%。2021年1—10月农村网络零售额16.9亿元。",
    "力争2022年农村网络零售额突破22亿元，农产品网络零售额增长15%以上。", "区统计局、省商务厅电商监测数据"]);
  rows.push([4, "人才培训",
    "截至2021年10月底，累计开展电商培训128场、6,842人次，培育电商带头人215名。",
    "全年新增电商培训3000人次。", "区商务局培训台账"]);
  rows.push([5, "资金使用",
    "省级示范专项资金1500万元，已累计拨付1,318.6万元，拨付率87.9%。",
    "2022年6月底前完成全部资金拨付。", "区财政局"]);
  rows.push(["联系人：区商务局 何××　电话：020-879×××××"]);
  return {
    description:
      "从化区政府办下发的《政府工作报告》素材征集表，由区商务局按“序号|类别|2021年主要工作成效|2022年工作打算|数据来源”逐项填写，事实全在成效列的长句里：区长任领导小组组长、四部门参与，方案2019年12月印发，中心“2020年9月投入运营”（只到月），“18.7亿元”“比2019年（14.2亿元）增长31.7%”“农产品网络零售额4.35亿元，同比增长22.5%”（2019年农产品额没写），“6,842人次”（128场、215名带头人不是facts），“1,318.6万元”拨付。读者易错的是把2022年打算列的目标（新建20个站点、培训3000人次、突破22亿元）或2021年1—10月的16.9亿元当成事实，以及把填报时间当考评截止日。",
    sheets: [{ name: "素材征集表", rows, merges: ["A1:E1", "A2:C2", "D2:E2", "A3:E3", "A10:E10"] }],
    expect: {
      facts: {
        county: "从化区", planIssued: true, centerOpened: "2020-09", expressCoverage: true,
        ruralRetail2019: r19, ruralRetail2020: r20, ruralRetailGrowthStated: 0.317, agriRetail2020: a20,
        agriRetailGrowthStated: 0.225, trainingPersonTimesStated: 6842, fundAllocated: alloc, fundSpentStated: spent,
      },
      judged: {},
      leadership: "principal-all",
    },
  };
}

// =====================================================================================================
// f3 — 茂名市茂南区: 财政 “项目支出绩效运行监控表（1—8月）”: 资金 block in 万元, then 绩效指标 rows with 年度指标值
// (targets), 累计完成值 (facts), 全年预计 and 偏差原因 columns.
// =====================================================================================================
function buildF3() {
  const alloc = 1500; // 万元
  const spent = 1102.35;
  assert(pct1(spent, alloc) === "73.5%", "f3 rate " + pct1(spent, alloc));
  const trained = 436;
  const elig = 812;
  assert(pct1(trained, elig) === "53.7%", "f3 poor rate");
  const rows = [];
  rows.push(["2021年项目支出绩效运行监控表（1—8月）"]);
  rows.push(["项目名称", "茂南区省级电子商务进农村综合示范项目", null, null, "主管部门", "茂名市茂南区商务局", null, null]);
  rows.push(["实施单位", "茂名市茂南区商务局", null, null, "项目负责人", "刘××（电商股）", null, null]);
  rows.push(["资金情况（万元）", null, "资金下达数", "累计支付数（2019年资金下达起至2021年8月31日）", "支付率", "全年预计支付数", "偏差原因分析", null]);
  rows.push(["年度资金总额", null, alloc, spent, "73.49%", 1350, "村级站点第三批尾款待验收后支付", null]);
  rows.push(["其中：财政拨款", null, alloc, spent, "73.49%", 1350, null, null]);
  rows.push(["　　　其他资金", null, 0, 0, "—", 0, null, null]);
  rows.push(["一级指标", "二级指标", "三级指标", "年度指标值", "累计完成值（截至2021年8月31日）", "全年预计完成值", "完成目标可能性", "偏差原因及纠偏措施"]);
  rows.push(["产出指标", "数量指标", "电商培训人次", "≥3500人次", "4,216人次", "5000人次", "确定能", "—"]);
  rows.push([null, null, "村级电商服务站点数", "52个", "52个", "52个", "确定能", "—"]);
  rows.push([null, null, "有劳动能力建档立卡贫困人口参训", "参训率≥50%", "已培训436人，占有劳动能力且未外出务工贫困人口812人的53.7%", "参训率60%", "确定能", "—"]);
  rows.push([null, "质量指标", "县级电商公共服务中心建成运营", "2020年内建成", "已于2020年11月18日投入运营", "—", "已完成", "—"]);
  rows.push([null, null, "行政村物流快递覆盖率", "100%", "100%", "100%", "已完成", "—"]);
  rows.push([null, null, "资金管理制度", "制定并执行", "已印发《茂南区电子商务进农村综合示范项目资金管理办法》（茂南商务〔2020〕12号）", "—", "已完成", "—"]);
  rows.push([null, "时效指标", "项目总体进度", "2021年12月底前完成", "总体进度78%", "100%", "有可能", "第三批站点验收推迟，已督促施工方9月底前完成"]);
  rows.push(["效益指标", "经济效益指标", "2020年农产品网络零售额同比增速", "≥20%", "27.4%", "—", "已完成", "—"]);
  rows.push([null, "社会效益指标", "带动就业人数", "≥500人", "620人", "700人", "确定能", "—"]);
  rows.push(["满意度指标", "服务对象满意度指标", "培训学员满意度", "≥90%", "94%", "≥90%", "确定能", "—"]);
  rows.push(["填报说明：“年度指标值”“全年预计完成值”为目标和预计数，以“累计完成值”为实际完成情况。"]);
  rows.push(["财务负责人：周××　　　填报人：刘××　　　联系电话：0668-22×××××　　　填报日期：2021年9月7日"]);
  return {
    description:
      "茂南区商务局按区财政局格式填的《项目支出绩效运行监控表（1—8月）》：上方资金情况以万元计（资金下达数1500、累计支付数1102.35，列头写明是2019年起累计，“其中：财政拨款”行重复同一数字），下方是一级/二级/三级指标表，一行一指标，有“年度指标值”（目标）、“累计完成值”（实际）、“全年预计完成值”“完成目标可能性”“偏差原因”几列。读者要只取累计完成值：培训4,216人次（不是≥3500或5000），贫困人口“已培训436人，占……812人的53.7%”拆成两个数，中心2020年11月18日投入运营，快递覆盖100%，资金管理办法已印发，总体进度78%，农产品网络零售额增速27.4%；站点数、就业、满意度不是facts键，填报日期不是考评截止日。",
    sheets: [{ name: "运行监控表", rows, merges: ["A1:H1", "B2:D2", "F2:H2", "B3:D3", "F3:H3", "A4:B4", "G4:H4", "A5:B5", "G5:H5", "A6:B6", "G6:H6", "A7:B7", "G7:H7", "A9:A15", "B9:B11", "B12:B14", "A16:A17", "A19:H19", "A20:H20"] }],
    expect: {
      facts: {
        county: "茂南区", fundAllocated: alloc * 10000, fundSpentStated: Math.round(spent * 10000),
        trainingPersonTimesStated: 4216, trainedPoorPersonsStated: trained, eligiblePoorPersonsStated: elig,
        centerOpened: "2020-11-18", expressCoverage: true, fundSystemIssued: true, overallProgress: 0.78,
        agriRetailGrowthStated: 0.274,
      },
      judged: {},
    },
  };
}

// =====================================================================================================
// l1 — 湛江雷州市: 用款计划申请及执行情况表 (funds: only the 实际支付 half is a disbursement) and
// 经验材料报送及市局简报采用登记 (materials: the 报送日期, not the 采用日期), plus a 填表说明 sheet.
// =====================================================================================================
function buildL1() {
  // [申请月份, 申请, 批复, 支付日期cell, 支付日期iso|null, 支付金额cell, 支付金额|null, 收款单位, 备注]
  const plans2020 = [
    ["2020年3月", 1500000, 1500000, D("2020-03-27"), "2020-03-27", 1500000, 1500000, "雷州市恒建装饰工程有限公司", "中心装修"],
    ["2020年5月", 2200000, 2000000, "2020.5.29", "2020-05-29", 2000000, 2000000, "广东雷耕电子商务有限公司", "站点建设首批（批复调减20万）"],
    ["2020年7月", 800000, 800000, "2020年7月30日", "2020-07-30", 645000, 645000, "湛江市讯达科技有限公司", "中心设备，余款待安装验收"],
    ["2020年8月", 155000, 155000, "20200826", "2020-08-26", 155000, 155000, "湛江市讯达科技有限公司", "中心设备尾款"],
    ["2020年10月", 1000000, 1000000, null, null, null, null, null, "计划调减，未支付"],
    ["2020年11月", 900000, 900000, D("2020-11-24"), "2020-11-24", "900,000.00", 900000, "广东雷耕电子商务有限公司", "运营服务费一期"],
    ["2020年12月", 125000, 125000, "2020.12.30", "2020-12-30", "12.5万", 125000, "雷州市职业培训学校", "电商培训一期"],
  ];
  const plans2021 = [
    ["2021年1月", 1600000, 1600000, D("2021-01-28"), "2021-01-28", 1600000, 1600000, "雷州市顺通物流有限公司", "三级物流体系"],
    ["2021年3月", 700000, 700000, "2021.3.5", "2021-03-05", 700000, 700000, "湛江市创意坊广告有限公司", "菠萝品牌推广"],
    ["2021年4月", 500000, 500000, "21.4.28", "2021-04-28", "386,500.00", 386500, "湛江市溯源云科技有限公司", "溯源系统首付"],
    ["2021年6月", 900000, 900000, D("2021-06-17"), "2021-06-17", 900000, 900000, "广东雷耕电子商务有限公司", "运营服务费二期"],
    ["2021年7月", 650000, 650000, "待支付", null, null, null, "广东雷耕电子商务有限公司", "已批复，待站点验收后支付"],
    ["2021年8月", 480000, 480000, "2021年8月20日", "2021-08-20", 480000, 480000, "雷州市职业培训学校", "电商培训二期"],
    ["2021年9月", 113500, 113500, D("2021-09-14"), "2021-09-14", 113500, 113500, "湛江市溯源云科技有限公司", "溯源系统尾款"],
  ];
  const rows = [];
  rows.push(["雷州市电子商务进农村综合示范项目资金用款计划申请及执行情况表"]);
  rows.push(["编制单位：雷州市商务局", null, null, null, null, null, null, "单位：元"]);
  rows.push(["序号", "用款计划", null, null, "实际支付", null, null, "备注"]);
  rows.push([null, "申请月份", "申请金额", "财政批复金额", "支付日期", "支付金额", "收款单位", null]);
  const records = [];
  let seq = 0;
  const block = (plans, label) => {
    for (const p of plans) {
      seq++;
      rows.push([seq, p[0], p[1], p[2], p[3], p[5], p[7], p[8]]);
      if (p[4]) records.push({ date: p[4], amount: p[6] });
    }
    const sa = sum(plans.map((p) => p[1]));
    const sb = sum(plans.map((p) => p[2]));
    const sp = sumYuan(plans.filter((p) => p[6]).map((p) => p[6]));
    rows.push([label, null, sa, sb, null, sp, null, null]);
    return [sa, sb, sp];
  };
  const t20 = block(plans2020, "2020年小计");
  const t21 = block(plans2021, "2021年小计");
  rows.push(["合计", null, t20[0] + t21[0], t20[1] + t21[1], null, t20[2] + t21[2], null, "其中截至2021年8月31日支付" + fmtMoney(t20[2] + t21[2] - 113500) + "元"]);
  rows.push(["注：只有“实际支付”栏有日期和金额的才是已拨付；“待支付”和空白为未拨付。"]);
  assert(records.length === 12, "l1 12 payments");
  assert(sumYuan(records.map((r) => r.amount)) === t20[2] + t21[2], "l1 payments sum");
  assert(t20[2] === 5325000 && t21[2] === 4180000, "l1 subtotals " + t20[2] + " " + t21[2]);

  // materials
  const mats = [
    ["2020.10.15", "2020-10-15", "雷州市推进电子商务进农村综合示范工作情况", "是", "第12期", "2020.10.23"],
    [D("2021-01-08"), "2021-01-08", "雷州菠萝“线上+线下”销售的做法", "是", "第2期", D("2021-01-20")],
    ["2021年4月9日", "2021-04-09", "雷州市村级电商站点“一站多能”经验", "否", "—", "—"],
    ["21.7.2", "2021-07-02", "电商助力雷州乡村振兴典型案例（纪家镇）", "是", "第9期", "2021.7.16"],
    ["2021.9.3", "2021-09-03", "雷州市示范创建工作总结及经验", "是", "第11期", "2021.9.17"],
  ];
  const mRows = [];
  mRows.push(["经验材料报送及市局《电商工作简报》采用登记"]);
  mRows.push(["（报送对象均为湛江市商务局；“采用”指被市局《电商工作简报》刊用）"]);
  mRows.push(["序号", "报送日期", "材料题目", "报送方式", "是否采用", "采用期号", "简报印发日期"]);
  mats.forEach((m, i) => mRows.push([i + 1, m[0], m[2], i % 2 ? "电子邮件" : "粤政易", m[3], m[4], m[5]]));
  mRows.push(["共报送5篇，采用4篇。"]);
  assert(mats.filter((m) => m[3] === "是").length === 4, "l1 adopted count");

  const instr = [
    ["填表说明"],
    ["1.“用款计划”栏填每月向财政局申请的用款计划及批复金额；“实际支付”栏按国库实际支付填写，未支付的留空或写“待支付”。"],
    ["2.金额单位为元，个别按万元写的已注明“万”。"],
    ["3.经验材料按报送日期登记，被市局简报采用的补填期号和印发日期。"],
    ["雷州市商务局 电商股　2021年9月"],
  ];
  return {
    description:
      "雷州市商务局的资金“用款计划申请及执行情况表”：两行表头（用款计划：申请月份/申请金额/财政批复金额；实际支付：支付日期/支付金额/收款单位），只有“实际支付”有日期和金额的行才是拨付记录，2020年10月（空白、计划调减）和2021年7月（“待支付”）不是；日期混着真日期、“2020.5.29”“2020年7月30日”“20200826”“21.4.28”，金额有“900,000.00”“12.5万”“386,500.00”，申请金额与支付金额不一致的以支付为准，有年度小计和合计行；2021年9月14日一笔照列为记录。第二张“经验材料报送及市局简报采用登记”按报送日期算（不是简报印发日期），未被采用的也是已报送的材料。另有填表说明页。",
    sheets: [
      { name: "用款计划执行", rows, merges: ["A1:H1", "A2:G2", "A3:A4", "B3:D3", "E3:G3", "H3:H4", "A" + rows.length + ":H" + rows.length] },
      { name: "简报采用登记", rows: mRows, merges: ["A1:G1", "A2:G2", "A" + mRows.length + ":G" + mRows.length] },
      { name: "填表说明", rows: instr, merges: ["A1:H1", "A2:H2", "A3:H3", "A4:H4", "A5:H5"] },
    ],
    expect: {
      sheets: {
        "用款计划执行": { kind: "funds", records },
        "简报采用登记": { kind: "materials", records: mats.map((m) => ({ date: m[1] })) },
        "填表说明": { kind: null },
      },
    },
  };
}

// =====================================================================================================
// l2 — 惠州惠东县: 县税务局 “园区入驻企业纳税情况表” reused as the enterprise ledger (入驻/迁出/类型 added by the
// 园区 and the bureau), and the bureau's 播出证明登记 (media: level from the broadcaster, radio is not TV).
// =====================================================================================================
function buildL2() {
  const ents = [
    ["惠东县巽寮湾电子商务有限公司", "互联网零售", "销售型", "2020-05-12", null],
    ["惠州市稔平半岛网络科技有限公司", "互联网平台", "平台型", "2020-05-12", null],
    ["惠东县多祝马铃薯专业合作社", "农产品批发", "销售型", "2020-05-20", null],
    ["惠州市鹅城优品供应链有限公司", "道路货物运输", "物流企业", "2020-06-03", null],
    ["惠东县平海海产电商有限公司", "互联网零售", "销售型", "2020-06-18", "2021-03-31"],
    ["惠州市东江云商运营管理有限公司", "软件和信息技术服务业", "电商运营商", "2020-07-01", null],
    ["惠东县梁化梅菜食品有限公司", "食品制造", "销售型", "2020-07-15", null],
    ["惠州市速达城乡配送有限公司", "多式联运和运输代理", "物流企业", "2020-08-10", null],
    ["惠东县白花镇荔枝电商工作室", "互联网零售", "销售型", "2020-09-02", null],
    ["惠州市惠购网络科技有限公司", "互联网平台", "平台型", "2020-10-16", null],
    ["惠东县吉隆直播传媒有限公司", "广告业", "电商运营商", "2020-11-09", null],
    ["惠东县高潭红色文旅电商有限公司", "互联网零售", "销售型", "2021-01-05", "2021-09-20"],
    ["惠州市仓易达仓储服务有限公司", "装卸搬运和仓储业", "物流企业", "2021-03-22", null],
    ["惠东县宝口茶叶电子商务有限公司", "互联网零售", "销售型", "2021-06-08", null],
    ["惠州市东海岸品牌策划有限公司", "商务服务业", "电商运营商", "2021-09-13", null],
  ];
  const rows = [];
  rows.push(["惠东县电子商务产业园入驻企业纳税情况表"]);
  rows.push(["提供单位：国家税务总局惠东县税务局（第一至六列）；入驻、迁出日期由园区管委会补录，电商企业类型由县商务局补录", null, null, null, null, null, null, null, null, "金额单位：元"]);
  rows.push(["序号", "纳税人名称", "纳税人识别号（统一社会信用代码）", "行业（税务登记）", "2020年入库税款", "2021年1—8月入库税款", "入驻日期（园区补录）", "迁出日期（园区补录）", "电商企业类型（商务局补录）", "备注"]);
  const recs = [];
  let t20 = 0;
  let t21 = 0;
  ents.forEach(([n, ind, type, en, lf], i) => {
    const tax20 = en < "2021-01-01" ? Math.round(rnd() * 18000000) / 100 + 3000 : 0;
    const tax21 = en <= "2021-08-31" ? Math.round(rnd() * 14000000) / 100 + 1500 : 0;
    t20 = Math.round((t20 + tax20) * 100) / 100;
    t21 = Math.round((t21 + tax21) * 100) / 100;
    const [y, m, d] = en.split("-").map(Number);
    const enCell = i % 3 === 0 ? D(en) : i % 3 === 1 ? `${y}/${m}/${d}` : `${y}年${m}月${d}日`;
    let lfCell = null;
    if (lf) {
      const [ly, lm, ld] = lf.split("-").map(Number);
      lfCell = i % 2 ? D(lf) : `${ly}.${lm}.${ld}`;
    }
    rows.push([i + 1, n, creditCode("441323"), ind, tax20 ? fmtMoney(tax20) : "—", tax21 ? fmtMoney(tax21) : "—", enCell, lfCell, type,
      lf ? (lf <= "2021-08-31" ? "已迁出" : "已迁出（考评截止日后）") : en > "2021-08-31" ? "9月新入驻" : null]);
    recs.push({ name: n, type, entered: en, left: lf });
  });
  rows.push(["合计", null, null, null, fmtMoney(t20), fmtMoney(t21), null, null, null, "共" + ents.length + "户"]);
  rows.push(["注：税款为税务局系统数据，仅作园区企业经营情况参考；企业类型分平台型、销售型、电商运营商、物流企业四类。"]);

  // media: 播出证明登记
  const media = [
    ["HDRM-2020-031", "惠东县融媒体中心", "惠东综合频道", "《惠东新闻》", "2020年10月12日 19:30", "2020-10-12", "惠东县首批村级电商服务站挂牌", "2分10秒", "否", "county", true],
    ["HDRM-2020-047", "惠东县融媒体中心", "惠东人民广播电台FM96.7", "《早安惠东》", "2020.12.3 07:20", "2020-12-03", "电商培训走进多祝镇", "3分05秒", "否", "county", false],
    ["HZTV-2021-0112", "惠州广播电视台", "惠州新闻综合频道", "《惠州新闻》", D("2021-03-22"), "2021-03-22", "惠东：马铃薯搭上电商快车", "1分45秒", "是", "city", true],
    ["GDTV-ZJ-2021-0386", "广东广播电视台", "珠江频道", "《今日关注》", "2021年5月18日 18:40", "2021-05-18", "惠东电商扶贫：贫困户家门口卖货", "4分20秒", "是", "province", true],
    ["GDRADIO-2021-0209", "广东广播电视台", "广东新闻广播FM91.4", "《新闻900秒》", "2021.7.8 08:15", "2021-07-08", "惠东梅菜“触网”销全国", "2分30秒", "否", "province", false],
    ["CMG-CCTV17-2021-1127", "中央广播电视总台", "农业农村频道（CCTV-17）", "《乡村振兴面对面》", D("2021-09-26"), "2021-09-26", "广东惠东：电商让山货走出大山", "6分12秒", "是", "national", true],
  ];
  const mRows = [];
  mRows.push(["惠东县电子商务进农村广播电视播出证明登记"]);
  mRows.push(["（播出证明原件存档于宣传类档案盒第3盒）"]);
  mRows.push(["序号", "证明编号", "播出机构", "频道/频率", "栏目", "播出时间", "节目标题", "时长", "是否电商扶贫典型案例"]);
  media.forEach((m, i) => mRows.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[6], m[7], m[8]]));
  mRows.push(["登记人：县商务局 叶××"]);
  return {
    description:
      "惠东县商务局把县税务局提供的“电子商务产业园入驻企业纳税情况表”当企业台账用：前六列是税务数据（纳税人名称、识别号、税务登记行业、2020年和2021年1—8月入库税款），后面由园区补录入驻、迁出日期，商务局补录电商企业类型；企业类型要读补录列（平台型/销售型/电商运营商/物流企业），不是“互联网零售”“道路货物运输”等税务行业；入驻日期有真日期、“2020/6/3”“2020年5月20日”三种，迁出日期一个在截止日前、一个在9月20日（截止日之后，仍照录left）。第二张是广播电视播出证明登记，没有级别列，级别看播出机构（县融媒体中心=县级、惠州台=市级、广东台=省级、中央总台=国家级），广播频率（FM）不是电视；播出时间带钟点要取日期。另有封面页。",
    sheets: [
      { name: "封面", rows: [["惠东县电子商务进农村综合示范县考评佐证材料"], ["第七册　产业园及宣传推广"], [], ["惠东县商务局　2021年10月"]], merges: ["A1:F1", "A2:F2"] },
      { name: "园区企业纳税情况", rows, merges: ["A1:J1", "A2:I2", "A" + rows.length + ":J" + rows.length] },
      { name: "播出证明登记", rows: mRows, merges: ["A1:I1", "A2:I2", "A" + mRows.length + ":I" + mRows.length] },
    ],
    expect: {
      sheets: {
        "封面": { kind: null },
        "园区企业纳税情况": { kind: "enterprises", records: recs },
        "播出证明登记": { kind: "media", records: media.map((m) => ({ date: m[5], level: m[9], tv: m[10] })) },
      },
    },
  };
}

// ---------------------------------------------------------------- main
const c1 = buildC1();
const f1 = buildF1();
f1._check();
delete f1._check;
const f2 = buildF2();
const f3 = buildF3();
const l1 = buildL1();
const l2 = buildL2();

// cross-checks of stated facts against the sheets' own text
assert(JSON.stringify(f2.sheets).includes("18.7亿元") && JSON.stringify(f2.sheets).includes("1,318.6万元"), "f2 text");
assert(JSON.stringify(f3.sheets).includes("4,216人次"), "f3 text");
assert(JSON.stringify(f1.sheets).includes("4,899"), "f1 text");

write("counties", "b144-c1-potou.json", c1);
write("facts", "b144-f1-guangning.json", f1);
write("facts", "b144-f2-conghua.json", f2);
write("facts", "b144-f3-maonan.json", f3);
write("ledgers", "b144-l1-leizhou.json", l1);
write("ledgers", "b144-l2-huidong.json", l2);
assert(written.length === 6, "six files");
console.log("wrote:\n  " + written.join("\n  "));
