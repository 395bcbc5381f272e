// Batch 115 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers
function assert(c, m) { if (!c) throw new Error("assertion failed: " + m); }
function D(iso) { assert(/^\d{4}-\d{2}-\d{2}$/.test(iso), "bad date " + iso); return { date: iso }; }
function colLetter(i) { let s = ""; i += 1; while (i > 0) { const m = (i - 1) % 26; s = String.fromCharCode(65 + m) + s; i = Math.floor((i - 1) / 26); } return s; }
function pad(rows, w) {
  const W = w || Math.max(1, ...rows.map((r) => r.length));
  return rows.map((r) => { assert(r.length <= W, "row too long " + JSON.stringify(r)); return r.concat(Array(W - r.length).fill(null)); });
}
function sheet(name, rows, merges, extra) {
  const s = { name, rows: pad(rows) };
  if (merges && merges.length) s.merges = merges;
  if (extra) Object.assign(s, extra);
  return s;
}
function span(t, w) { return [t].concat(Array(w - 1).fill(null)); }
function isCell(v) {
  if (v === null) return true;
  const t = typeof v;
  if (t === "string" || t === "boolean") return true;
  if (t === "number") return Number.isFinite(v);
  if (t === "object" && !Array.isArray(v)) {
    const k = Object.keys(v);
    return k.length === 1 && k[0] === "date" && new Date(v.date + "T00:00:00Z").toISOString().slice(0, 10) === v.date;
  }
  return false;
}
function ref(a) { const m = /^([A-Z]+)(\d+)$/.exec(a); let c = 0; for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64; return { c: c - 1, r: +m[2] - 1 }; }
function validateSheet(s, where) {
  const w = s.rows[0].length;
  s.rows.forEach((r, i) => { assert(r.length === w, where + " row " + (i + 1) + " width"); r.forEach((v, j) => assert(isCell(v), `${where} bad cell ${colLetter(j)}${i + 1}`)); });
  const seen = new Set();
  for (const m of s.merges || []) {
    const [a, b] = m.split(":").map(ref);
    assert(b.r >= a.r && b.c >= a.c && (b.r > a.r || b.c > a.c), where + " merge " + m);
    assert(b.r < s.rows.length && b.c < w, where + " merge outside " + m);
    for (let r = a.r; r <= b.r; r++) for (let c = a.c; c <= b.c; c++) {
      const k = r + ":" + c; assert(!seen.has(k), where + " overlap " + m); seen.add(k);
      if (r !== a.r || c !== a.c) assert(s.rows[r][c] === null, `${where} merge ${m} covers ${colLetter(c)}${r + 1}`);
    }
  }
  assert(s.name.length <= 31 && !/[\\/?*[\]:]/.test(s.name), "sheet name " + s.name);
}
const SCORED = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training",
  "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending"];
const ALL_IDS = SCORED.concat(["bonus.poorTraining", "bonus.tvCase", "veto.incident", "veto.progress", "veto.fraud"]);
const FACT_KEYS = new Set(("county asOf residentPopulation adminVillagesStated poorVillagesStated planIssued policyIssued centerOpened centerFreeTraining " +
  "centerDisplay centerPhoto centerBrand centerOther parkBuilt thirdPartyOperator expressCoverage ruralRetail2019 ruralRetail2020 agriRetail2019 " +
  "agriRetail2020 ruralRetailGrowthStated agriRetailGrowthStated trainingPersonTimesStated eligiblePoorPersonsStated trainedPoorPersonsStated " +
  "disclosurePlan disclosureProjects disclosureProgress disclosureWindow povertyStatisticsStated fundAllocated fundSpentStated fundSystemIssued " +
  "fundLedgerKept overallProgress vetoIncident vetoFraud").split(" "));
const JUDGED_KEYS = new Set(["org.plan", "org.policy", "org.management.system", "org.management.ledger", "work.upward.research",
  "work.upward.promotion", "work.upward.standards", "fund.system", "fund.ledger", "fund.spending"]);
const LEAD = new Set(["principal-all", "principal", "deputy", "other"]);
const KIND_FIELDS = {
  villages: ["name", "admin", "poor", "express"], poorVillages: ["name"], stations: ["village", "opened"], training: ["date", "personTimes", "id"],
  poorPersons: ["id", "labour", "migrant"], enterprises: ["name", "type", "entered", "left"], funds: ["date", "amount"], reports: ["date", "poverty"],
  disclosures: ["date"], media: ["date", "level", "tv"], materials: ["date"],
};
function validateCase(o, rel) {
  assert(typeof o.description === "string" && o.description.length > 50, rel + " description");
  const names = new Set();
  o.sheets.forEach((s) => { validateSheet(s, rel + ":" + s.name); assert(!names.has(s.name), "dup sheet"); names.add(s.name); });
  const e = o.expect;
  if (rel.startsWith("facts/")) {
    Object.keys(e.facts).forEach((k) => assert(FACT_KEYS.has(k), rel + " fact key " + k));
    Object.keys(e.judged).forEach((k) => assert(JUDGED_KEYS.has(k), rel + " judged key " + k));
    if (e.leadership !== undefined) assert(LEAD.has(e.leadership), rel + " leadership");
  }
  if (rel.startsWith("ledgers/")) {
    Object.keys(e.sheets).forEach((n) => assert(names.has(n), rel + " unknown sheet " + n));
    names.forEach((n) => assert(e.sheets[n] !== undefined, rel + " no expectation for " + n));
    Object.values(e.sheets).forEach((s) => {
      if (s.kind === null) return;
      assert(KIND_FIELDS[s.kind], rel + " kind " + s.kind);
      s.records.forEach((r) => Object.keys(r).forEach((k) => assert(KIND_FIELDS[s.kind].includes(k), rel + " field " + k)));
    });
  }
  if (rel.startsWith("counties/")) {
    ALL_IDS.forEach((id) => assert(typeof e.points[id] === "number", rel + " points " + id));
    const sc = SCORED.reduce((a, id) => a + e.points[id], 0);
    const bonus = Math.min(4, e.points["bonus.poorTraining"] + e.points["bonus.tvCase"]);
    assert(e.bonus === bonus, rel + " bonus");
    assert(e.total === (e.vetoed ? 0 : sc + bonus), rel + " total");
    assert(o.derivation.length >= 20, rel + " derivation");
  }
}
const written = [];
function write(rel, obj) {
  validateCase(obj, rel);
  const f = path.join(ROOT, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, JSON.stringify(obj, null, 2) + "\n", "utf8");
  written.push(rel);
}
// 身份证号 with a valid check digit
const W17 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
function makeId(area, birth, seq, wantX) {
  for (let k = 0; k < 400; k++) {
    const s = area + birth + String((seq + k) % 1000).padStart(3, "0");
    let t = 0; for (let i = 0; i < 17; i++) t += +s[i] * W17[i];
    const c = "10X98765432"[t % 11];
    if (!!wantX === (c === "X")) return s + c;
  }
  throw new Error("id");
}
const AS_OF = "2021-08-31";
const dateOk = (d) => (d.length === 7 ? d <= AS_OF.slice(0, 7) : d <= AS_OF);
const WINDOW = ["2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07", "2021-08"];
const monthsCovered = (ds) => { const h = new Set(ds.filter(dateOk).map((d) => d.slice(0, 7))); return WINDOW.filter((m) => h.has(m)).length; };
const amt = (v) => (typeof v === "number" ? v : /万$/.test(v) ? Math.round(parseFloat(v) * 10000) : parseFloat(v.replace(/[,元]/g, "")));


// =====================================================================================
// counties/b115-c1-wuhua: 梅州市五华县 — 事实表是领导小组办公室的《创建工作旬报》（2021年第24期，8月下旬）
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441424";
  // ---------------------------------------------------------------- 附1 村居名单
  // [town, written, canonical, kind 0 admin 1 poor 2 community, express cell]
  const VIL = [
    ["水寨镇", "水寨社区居委会", "水寨社区", 2, "—"], ["水寨镇", "大坝村", "大坝村", 0, "通"], ["水寨镇", "七都村", "七都村", 0, "通"],
    ["河东镇", "河东社区", "河东社区", 2, "—"], ["河东镇", "油田村", "油田村", 0, "通"], ["河东镇", "新桥村", "新桥村", 0, "通"],
    ["转水镇", "转水村", "转水村", 0, "通"], ["转水镇", "黄龙村", "黄龙村", 1, "通"],
    ["华城镇", "华城社区", "华城社区", 2, "—"], ["华城镇", "新塘村", "新塘村", 0, "通"], ["华城镇", "塔岗村", "塔岗村", 0, "通"],
    ["岐岭镇", "岐岭村", "岐岭村", 0, "通"], ["岐岭镇", "凤凰村", "凤凰村", 1, "通"],
    ["横陂镇", "横陂村", "横陂村", 0, "通"], ["横陂镇", "夏阜村", "夏阜村", 0, "通"],
    ["安流镇", "安流村", "安流村", 0, "通"], ["安流镇", "学园村", "学园村", 1, "通"],
    ["棉洋镇", "棉洋村", "棉洋村", 0, "通"], ["棉洋镇", "大田村", "大田村", 1, "通"],
    ["龙村镇", "龙村村", "龙村村", 0, "通"], ["龙村镇", "登云村", "登云村", 1, "未通（镇邮政支局代投）"],
    ["梅林镇", "梅林村", "梅林村", 0, "通"], ["梅林镇", "琴江村", "琴江村", 0, "通"],
  ];
  {
    const r = [span("五华县村（居）民委员会名单", 7), span("填报单位：五华县商务局电商股　　2021年8月", 7), ["序号", "镇", "村（居）委会", "类别", "是否省定贫困村", "快递进村", "备注"]];
    VIL.forEach((v, i) => r.push([i + 1, v[0], v[1], v[3] === 2 ? "社区" : "行政村", v[3] === 2 ? null : v[3] === 1 ? "是" : "否", v[4], v[3] === 2 ? "社区不计入考评" : null]));
    r.push(["注：快递进村情况据县邮政管理局2021年7月核查，“通”为快递直达村委会。", null, null, null, null, null, null]);
    sheets.push(sheet("附1 村居名单", r, ["A1:G1", "A2:G2", `A${r.length}:G${r.length}`]));
  }
  const ADMIN = VIL.filter((v) => v[3] < 2).map((v) => v[2]);
  const POOR = VIL.filter((v) => v[3] === 1).map((v) => v[2]);
  assert(ADMIN.length === 20 && POOR.length === 5, "20 admin, 5 poor");
  assert(VIL.filter((v) => v[3] < 2 && v[4] !== "通").length === 1, "one admin village without express");
  // ---------------------------------------------------------------- 附2 站点台账
  // [town, written village, canonical, date cell, iso]
  const ST = [
    ["水寨镇", "大坝村", "大坝村", "2020.10.12", "2020-10-12"], ["水寨镇", "七都村委会", "七都村", "2020.10.12", "2020-10-12"],
    ["水寨镇", "水寨社区", "水寨社区", "2020.10.20", "2020-10-20"], ["河东镇", "油田村", "油田村", "2020/11/5", "2020-11-05"],
    ["转水镇", "转水村", "转水村", "2020.12.3", "2020-12-03"], ["转水镇", "黄龙村民委员会", "黄龙村", "2020.12.3", "2020-12-03"],
    ["华城镇", "华城社区", "华城社区", "2021.1.8", "2021-01-08"], ["岐岭镇", "岐岭村", "岐岭村", "2021年3月", "2021-03"],
    ["岐岭镇", "凤凰村", "凤凰村", "2021.3.16", "2021-03-16"], ["横陂镇", "横陂村", "横陂村", "20210412", "2021-04-12"],
    ["安流镇", "安流村", "安流村", "2021.4.28", "2021-04-28"], ["安流镇", "学园村", "学园村", D("2021-05-20"), "2021-05-20"],
    ["棉洋镇", "棉洋村", "棉洋村", "2021.6.9", "2021-06-09"], ["棉洋镇", "大田村委会", "大田村", "2021.6.9", "2021-06-09"],
    ["棉洋镇", "棉洋村", "棉洋村", "2021.7.1", "2021-07-01"], ["龙村镇", "龙村村", "龙村村", "21.7.22", "2021-07-22"],
    ["梅林镇", "梅林村", "梅林村", "2021.8.26", "2021-08-26"], ["梅林镇", "琴西村", "琴西村", "2021.8.26", "2021-08-26"],
    ["河东镇", "新桥村", "新桥村", "2021.9.2", "2021-09-02"], ["龙村镇", "登云村", "登云村", "2021.9.8", "2021-09-08"],
    ["横陂镇", "夏阜村", "夏阜村", "2021.9.15", "2021-09-15"],
  ];
  {
    const r = [span("五华县村级电子商务服务站点台账", 8), ["序号", "镇", "所在村（居）", "站点名称", "负责人", "联系电话", "挂牌时间", "备注"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2] + (i === 14 ? "红薯电商收购点" : "电商服务站"), ["陈", "李", "张", "曾", "钟", "古", "温", "刘"][i % 8] + "××",
      "139" + String(23000000 + i * 412907).slice(0, 8), s[3],
      i === 14 ? "同村第二个站点" : i === 17 ? "琴西为琴江村下属自然村" : i >= 18 ? "9月挂牌" : null]));
    r.push(["合计", null, null, ST.length + "个", null, null, null, null]);
    sheets.push(sheet("附2 站点台账", r, ["A1:H1"]));
  }
  const covered = new Set(ST.filter((s) => dateOk(s[4]) && ADMIN.includes(s[2])).map((s) => s[2]));
  assert(covered.size === 14 && covered.size * 100 >= 20 * 70, "14/20 = 70% exactly → 5");
  const poorCovered = POOR.filter((p) => covered.has(p));
  assert(poorCovered.length === 4 && poorCovered.length * 100 >= 5 * 80 && poorCovered.length < 5, "4/5 = 80% → 3");
  const stRowsToCutoff = ST.filter((s) => dateOk(s[4])).length;
  assert(stRowsToCutoff === 18, "18 station rows to cut-off");
  // ---------------------------------------------------------------- 附3 培训期次
  const SES = [
    [1, "2020.10.22", "2020-10-22", "农村电商基础", 420], [2, "2020.11.26", "2020-11-26", "网店开设与运营", 380],
    [3, "2020.12.17", "2020-12-17", "年货节网店促销", 410], [4, "2021.1.14", "2021-01-14", "短视频拍摄", "360人次"],
    [5, "2021.3.4-5", "2021-03-05", "直播带货（两天班）", 520], [6, D("2021-04-15"), "2021-04-15", "农产品包装与品牌", 450],
    [7, "2021.5.20", "2021-05-20", "社群营销", 398], [8, "2021.6.17", "2021-06-17", "电商客服", 400],
    [9, "2021.7.8", "2021-07-08", "物流与供应链", 356], [10, "2021.8.12", "2021-08-12", "直播进阶", 302],
    [11, "2021.8.30-9.1", "2021-09-01", "直播带货三天班", 266],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesOk === 3996, "sessions to cut-off 3996, got " + sesOk);
  {
    const r = [span("五华县电商培训登记表（按期次）", 6), ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "县电子商务公共服务中心", s[4], "梅州市客都电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    r.push(["注：建档立卡贫困户专场培训按人签到，见附4，不在本表。", null, null, null, null, null]);
    sheets.push(sheet("附3 培训期次", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 附5 贫困人口 / 附4 专场签到
  // [name, village, labour, work, birth, wantX]  e0..e17 eligible, m0..m2 migrants, n0..n2 no labour
  const PP = [
    ["钟亚娣", "黄龙村", true, "在家务农", "19740312", false], ["古国平", "黄龙村", true, "在家务农", "19690817", false],
    ["温春兰", "凤凰村", true, "在家务农", "19800905", true], ["李志强", "凤凰村", true, "县内务工", "19720121", false],
    ["曾秀英", "学园村", true, "在家务农", "19780411", false], ["张伟文", "学园村", true, "在家务农", "19860607", false],
    ["刘桂香", "大田村", true, "在家务农", "19710218", false], ["陈永福", "大田村", true, "在家务农", "19850602", false],
    ["钟二妹", "登云村", true, "在家务农", "19670723", false], ["古振华", "登云村", true, "在家务农", "19810929", false],
    ["温小燕", "黄龙村", true, "在家务农", "19760315", false], ["李伟东", "凤凰村", true, "县内务工", "19830804", false],
    ["曾三妹", "学园村", true, "在家务农", "19700516", false], ["张华生", "大田村", true, "在家务农", "19650301", false],
    ["刘少青", "登云村", true, "在家务农", "19790619", false], ["陈观娣", "黄龙村", true, "在家务农", "19731108", false],
    ["钟伟强", "凤凰村", true, "在家务农", "19880222", false], ["古淑芬", "学园村", true, "在家务农", "19820710", false],
    ["温海波", "大田村", true, "外出务工（深圳）", "19910612", false], ["李志坚", "登云村", true, "外出务工（东莞）", "19930121", false],
    ["曾文辉", "黄龙村", true, "外出务工（广州）", "19890430", false],
    ["张亚九", "凤凰村", false, "在家", "19420615", false], ["刘阿婆", "学园村", false, "在家", "19461120", false], ["陈阿伯", "大田村", false, "在家", "19400203", false],
  ];
  const IDS = PP.map((p, i) => makeId(AREA, p[4], 200 + i * 41, p[5]));
  assert(IDS[2].endsWith("X") && IDS.filter((x) => x.endsWith("X")).length === 1, "one X id");
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] && !/外出/.test(PP[i][3]));
  assert(eligible.length === 18, "18 eligible");
  const M = [18, 19, 20], N = [21, 22, 23];
  const SIGN = [];
  [0, 1, 2, 3, 4, 5, 7, M[0], M[1], N[0]].forEach((k) => SIGN.push([k, "2021.6.10", "2021-06-10"]));
  [0, 1, 2, 3, 4, 5, 6, M[0], M[2], N[1], N[2]].forEach((k) => SIGN.push([k, "2021.8.19", "2021-08-19"]));
  [8, 9, 10, 11].forEach((k) => SIGN.push([k, "2021.9.3", "2021-09-03"]));
  const spaced = (s) => s.slice(0, 6) + " " + s.slice(6, 14) + " " + s.slice(14);
  {
    const r = [span("五华县建档立卡贫困户电商专场培训签到表", 6), ["序号", "培训日期", "姓名", "身份证号码", "村", "签名"]];
    SIGN.forEach((s, i) => r.push([i + 1, s[1], PP[s[0]][0], s[0] === 7 ? spaced(IDS[7]) : s[0] === 2 && s[2] === "2021-08-19" ? IDS[2].slice(0, 17) + "x" : IDS[s[0]], PP[s[0]][1], PP[s[0]][0]]));
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1"]));
  }
  {
    const r = [span("五华县建档立卡贫困人口名单（电商培训对象摸底）", 7), ["序号", "姓名", "身份证号码", "所在村", "劳动能力", "务工情况", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], IDS[i], p[1], p[2] ? "有" : "无", p[3], null]));
    r.push(["注：“县内务工”指在本县务工、每天回家，不属于外出务工。来源：县乡村振兴局，2021年7月。", null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2]));
  assert(signOk.length === 21, "21 sign-ins to cut-off");
  const trained = new Set(signOk.map((s) => s[0]).filter((i) => eligible.includes(i)));
  assert(trained.size === 8 && trained.size * 100 >= 18 * 40 && trained.size * 100 < 18 * 50, "8/18 = 44.4% → 8");
  const clerkTrained = new Set(signOk.map((s) => s[0]).filter((i) => !M.includes(i)));
  assert(clerkTrained.size === 11, "clerk's 11 = 8 eligible + 3 without labour");
  const personTimes = sesOk + signOk.length;
  assert(personTimes === 4017 && personTimes * 1000 >= 500000 * 8 && personTimes * 100 < 500000, "4017/500000 = 0.80% → 8");
  const clerkPT = sesOk + 266 + signOk.length;
  assert(clerkPT === 4283, "clerk 4283");
  // ---------------------------------------------------------------- 附6 入驻企业
  // [name, type, canon type, entered cell, iso, left cell, left iso, code idx]
  const ENT = [
    ["梅州市客都电子商务有限公司", "电商运营商", "运营", "2020.9.18", "2020-09-18", null, null, 0],
    ["五华县红薯妹电子商务有限公司", "销售型", "销售", "2020.9.25", "2020-09-25", null, null, 1],
    ["五华县乡村优品网络科技有限公司", "平台型", "平台", "2020.10.9", "2020-10-09", null, null, 2],
    ["五华县琴江茶叶网店", "销售型（网店）", "销售", "2020年10月", "2020-10", null, null, 3],
    ["五华县顺通快递服务有限公司", "物流企业", "物流", D("2020-10-20"), "2020-10-20", null, null, 4],
    ["五华县长布腐竹电子商务有限公司", "销售型", "销售", "2020.11.3", "2020-11-03", null, null, 5],
    ["五华县岐岭山货网店", "销售型（网店）", "销售", "2020.11.17", "2020-11-17", null, null, 6],
    ["五华县云仓供应链管理有限公司", "物流企业", "物流", "2020.12.1", "2020-12-01", null, null, 7],
    ["五华县甜心柚电子商务有限公司", "销售型", "销售", "2020.12.15", "2020-12-15", "2021.5.31", "2021-05-31", 8],
    ["五华县客家直播传媒有限公司", "直播基地（MCN）", "直播", "2021.1.6", "2021-01-06", null, null, 9],
    ["五华县华城米粉电子商务有限公司", "销售型", "销售", "2021.1.20", "2021-01-20", null, null, 10],
    ["五华县农乐电商代运营有限公司", "电商运营商", "运营", "2021.3.2", "2021-03-02", null, null, 11],
    ["五华县水寨农特产电子商务有限公司", "销售型", "销售", "2021.3.16", "2021-03-16", null, null, 12],
    ["五华县安流红薯网店", "销售型（网店）", "销售", "2021.4.6", "2021-04-06", null, null, 13],
    ["五华县梅林竹笋电子商务有限公司", "销售型", "销售", "2021.4.21", "2021-04-21", null, null, 14],
    ["五华县乡村云集网络科技有限公司", "平台型", "平台", "2021.5.11", "2021-05-11", null, null, 15],
    ["五华县棉洋茶油电子商务有限公司", "销售型", "销售", "2021.6.8", "2021-06-08", null, null, 16],
    ["五华县龙村生鲜电子商务有限公司", "销售型", "销售", "2021.6.22", "2021-06-22", null, null, 17],
    ["广东客都优选供应链有限公司", "销售型", "销售", "2021.7.1", "2021-07-01", null, null, 5],
    ["五华县横陂酿酒电子商务有限公司", "销售型", "销售", "2021.7.20", "2021-07-20", null, null, 18],
    ["五华县转水柚果电子商务有限公司", "销售型", "销售", "2021.8.10", "2021-08-10", null, null, 19],
    ["五华县郭田山茶电子商务有限公司", "销售型", "销售", "2021.9.10", "2021-09-10", null, null, 20],
  ];
  const CODE = (i) => "91441424MA5" + String(2200 + i * 67).padStart(4, "0") + "Q" + String(30 + i).padStart(2, "0");
  {
    const r = [span("五华县电子商务产业园入驻企业名单", 8), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "房号", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e[0], CODE(e[7]), e[1], e[3], e[5], (i < 11 ? "A" : "B") + String(201 + i), i === 8 ? "已退园" : i === 18 ? "原五华县长布腐竹电子商务有限公司更名，代码不变" : i === 21 ? "9月新入驻" : null]));
    sheets.push(sheet("附6 入驻企业", r, ["A1:H1"]));
  }
  const inParkRows = ENT.filter((e) => dateOk(e[4]) && !(e[6] && e[6] <= AS_OF));
  const inPark = new Set(inParkRows.map((e) => e[7]));
  assert(inParkRows.length === 20 && inPark.size === 19, "20 rows but 19 distinct codes → 0");
  assert(new Set(inParkRows.map((e) => e[2])).size === 5, "5 types");
  // ---------------------------------------------------------------- 附7 资金台账
  const FUND = [
    ["2020.9.28", "2020-09-28", "县电子商务公共服务中心建设装修", 1200000], ["2020.12.15", "2020-12-15", "村级站点建设（第一批）", "68万"],
    ["2021.1.20", "2021-01-20", "电商培训服务（一期）", 380000], ["2021.3.26", "2021-03-26", "县镇村物流配送体系", "560,000.00"],
    ["2021.5.18", "2021-05-18", "品牌培育及网络促销", "45万"], ["2021.6.30", "2021-06-30", "村级站点建设（第二批）", 300000],
    [D("2021-08-20"), "2021-08-20", "电商培训服务（二期）", 150000], ["2021.9.15", "2021-09-15", "县镇村物流配送体系（尾款）", 300000],
  ];
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + amt(f[3]), 0);
  assert(spent === 3720000 && spent * 100 >= 5000000 * 70, "3,720,000 = 74.4%");
  {
    const r = [span("五华县省级电子商务进农村综合示范专项资金拨付台账", 6), span("单位：元", 6), ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号"]];
    const PAYEE = ["五华县建安工程有限公司", "梅州市客都电子商务有限公司", "梅州市客都电子商务有限公司", "五华邮政分公司", "梅州市客都电子商务有限公司", "梅州市客都电子商务有限公司", "梅州市客都电子商务有限公司", "五华邮政分公司"];
    FUND.forEach((f, i) => r.push([i + 1, f[0], f[2], PAYEE[i], f[3], "记-" + String(11 + i * 13).padStart(3, "0")]));
    r.push(["合计", null, null, null, FUND.reduce((a, f) => a + amt(f[3]), 0), null]);
    r.push(["注：省级下达专项资金500万元。", null, null, null, null, null]);
    sheets.push(sheet("附7 资金台账", r, ["A1:F1", "A2:F2", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 附8 月报报送
  const REP = [["2020.8.5", "2020-08-05"], ["2020.9.4", "2020-09-04"], ["2020.10.10", "2020-10-10"], ["2020.11.5", "2020-11-05"], ["2020.12.4", "2020-12-04"],
    ["2021.1.6", "2021-01-06"], ["2021.2.3", "2021-02-03"], ["2021.3.5", "2021-03-05"], [D("2021-04-07"), "2021-04-07"], ["2021.5.8", "2021-05-08"],
    ["2021.6.4", "2021-06-04"], ["2021.7.5", "2021-07-05"], ["2021.8.5", "2021-08-05"], ["2021.9.3", "2021-09-03"]];
  assert(monthsCovered(REP.map((x) => x[1])) === 12, "reports 12 months");
  {
    const r = [span("五华县向梅州市商务局报送工作情况登记", 5), ["序号", "报送日期", "报送内容", "报送方式", "含电商扶贫统计"]];
    REP.forEach((x, i) => { const mo = +x[1].slice(5, 7) === 1 ? 12 : +x[1].slice(5, 7) - 1; r.push([i + 1, x[0], `${mo}月份电子商务进农村工作情况`, "粤政易", "是"]); });
    sheets.push(sheet("附8 月报报送", r, ["A1:E1"]));
  }
  // ---------------------------------------------------------------- 附9 专栏更新
  const DIS = [["2019-12-27", "五华县电子商务进农村综合示范工作实施方案"], ["2020-06-30", "示范项目基本信息公示"],
    ["2020-09-16", "项目建设进度（8月）"], ["2020-10-19", "项目建设进度（9月）"], ["2020-11-13", "项目建设进度（10月）"], ["2020-12-11", "项目建设进度（11月）"],
    ["2021-01-15", "项目建设进度（12月）"], ["2021-03-12", "项目建设进度（1—2月）"], ["2021-04-14", "项目建设进度（3月）"], ["2021-05-14", "项目建设进度（4月）"],
    ["2021-06-11", "项目建设进度（5月）"], ["2021-07-13", "项目建设进度（6月）"], ["2021-08-13", "项目建设进度（7月）"], ["2021-09-10", "项目建设进度（8月）"]];
  assert(monthsCovered(DIS.map((x) => x[0])) === 11, "disclosures 11 months (no Feb) → partial");
  {
    const r = [span("县政府网站“电子商务进农村综合示范”专栏更新记录", 3), ["发布日期", "标题", "链接"]];
    DIS.forEach((x, i) => r.push([D(x[0]), x[1], "http://www.wuhua.gov.cn/zwgk/dzsw/content/post_" + (2301 + i * 29) + ".html"]));
    sheets.push(sheet("附9 专栏更新", r, ["A1:C1"]));
  }
  // ---------------------------------------------------------------- 附10 宣传报道
  const MED = [
    ["2020.11.20", "五华县融媒体中心", "县级", "电视", "五华：村级电商站让红薯卖上好价钱", "否"],
    ["2021.3.12", "南方＋客户端", "省级", "网络", "五华县电商进农村：山货搭上“快车”", "否"],
    ["2021.7.15", "梅州广播电视台《梅州新闻》", "市级", "电视", "五华大田村：贫困户开网店卖腐竹", "是"],
    ["2021.9.2", "梅州日报", "市级", "报纸", "五华县村级电商站点覆盖七成行政村", "否"],
    ["2021.9.10", "广东广播电视台《广东新闻联播》", "省级", "电视", "五华：电商帮扶让客家山货走出大山", "是"],
  ];
  {
    const r = [span("五华县电子商务进农村宣传报道登记表", 7), ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
    MED.forEach((m, i) => r.push([i + 1, ...m]));
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附11 经验材料
  {
    const r = [span("经验材料报送登记", 4), ["报送日期", "材料标题", "报送单位", "报送方式"],
      ["2021.4.20", "五华县“站点＋合作社＋贫困户”电商帮扶经验材料", "梅州市商务局", "粤政易"],
      ["2021.9.6", "五华县电子商务进农村综合示范创建工作总结", "梅州市商务局", "粤政易"]];
    sheets.push(sheet("附11 经验材料", r, ["A1:D1"]));
  }
  // ---------------------------------------------------------------- 旬报（facts）
  const claimed = {};
  {
    const W = 8, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
    const pair = (a, b, c, d) => { rows.push([a, null, b, null, c, null, d, null]); const n = rows.length; merges.push(`A${n}:B${n}`, `C${n}:D${n}`, `E${n}:F${n}`, `G${n}:H${n}`); };
    full("五华县电子商务进农村综合示范创建工作旬报");
    full("2021年第24期（8月下旬）");
    rows.push(["五华县电子商务进农村综合示范工作领导小组办公室", null, null, null, null, null, "2021年9月1日", null]);
    merges.push(`A${rows.length}:F${rows.length}`, `G${rows.length}:H${rows.length}`);
    full("说明：本期数据统计截至2021年8月31日（省考评截止日期）。“截至8月31日累计”栏为累计完成数，“本旬新增”栏为8月21日—31日新增数，“创建目标”栏为县实施方案定的目标，均不是累计数。");
    full("一、本旬工作动态");
    full("1．8月26日，梅林镇梅林村、琴西村两个村级电商服务站挂牌运营。");
    full("2．8月27日，县长李××主持召开领导小组第6次会议，调度专项资金拨付和物流配送体系项目结算。");
    full("3．8月30日起在县电商公共服务中心举办第11期直播带货三天班（8月30日—9月1日），参训266人次。");
    full("二、基本情况");
    pair("常住人口", "104.3万人（七普）", "下达省级专项资金", "500万元");
    pair("领导小组组长", "县长 李××", "成员单位", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政管理局");
    pair("示范创建实施方案", "2019年12月县政府正式印发", "扶持政策", "2020年5月出台《五华县扶持农村电子商务发展十条措施》");
    pair("县电子商务公共服务中心", "2020年9月18日投入运营", "第三方运营服务商", "梅州市客都电子商务有限公司（公开招标）");
    pair("2019年农村网络零售额", "21.4亿元", "2020年农村网络零售额", "26.3亿元（增长22.9%）");
    pair("2019年农产品网络零售额", "3.6亿元", "2020年农产品网络零售额", "4.9亿元（增长36.1%）");
    full("三、创建主要指标进展");
    rows.push(["序号", "指标", "单位", "创建目标", "本旬新增", "截至8月31日累计", "完成率", "备注"]);
    const PROG = [
      [1, "村级电商服务站点", "个", 18, 2, stRowsToCutoff, "100%", "含社区站点"],
      [2, "电商培训", "人次", 5000, 266, "4,283", "85.7%", "含8月30日开班的第11期"],
      [3, "有劳动能力且未外出务工的建档立卡贫困人口", "人", "—", "—", 18, "—", null],
      [4, "参训建档立卡贫困人口", "人", 10, 0, 11, "110%", "61.1%"],
      [5, "产业园入驻企业", "家", 20, 1, 20, "100%", null],
      [6, "专项资金拨付", "万元", 500, 15, 372, "74.4%", null],
      [7, "项目总体进度", "%", 100, 2, 91, "—", null],
    ];
    PROG.forEach((p) => rows.push(p));
    assert(clerkTrained.size === 11 && Math.round(11 * 1000 / 18) === 611, "clerk 61.1%");
    full("四、中心、专栏及其他（√已完成，×未完成）");
    const CHK = [
      ["√", "中心有免费培训场所和培训设备，常态开展电商基础培训", "√", "县政府网站专栏已公示创建方案"],
      ["√", "中心为特色农产品免费展示、代销", "√", "专栏已公示项目基本信息"],
      ["×", "中心摄影美工服务（按成本收费，每款40元）", "√", "专栏已公示项目建设进度"],
      ["√", "统一推广“五华红薯”区域公用品牌，指导合作社注册商标", "√", "专栏设监督举报电话"],
      ["√", "中心代办证照、金融对接等增值服务", "√", "月报附电商扶贫情况统计"],
      ["√", "整合建成五华县电子商务产业园", "√", "已制定专项资金管理办法"],
      ["√", "行政村物流快递覆盖率100%", "√", "承建单位建立资金专用台账"],
      ["√", "未发生安全生产、质量事故", "√", "无弄虚作假情形"],
    ];
    CHK.forEach((c) => { rows.push([c[0], c[1], null, null, c[2], c[3], null, null]); const n = rows.length; merges.push(`B${n}:D${n}`, `F${n}:H${n}`); });
    full("五、自评预估（主观项由电商股自评，领导小组办公室审核）");
    rows.push(["序号", "主观评分项", null, "分值范围", "自评分", "依据", null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
    const JUD = [
      ["方案制定", "1-2", 2, "org.plan", "县政府正式印发实施方案"], ["政策支持", "1-2", 2, "org.policy", "十条措施已兑现两批"],
      ["项目管理制度", "1-2", 2, "org.management.system", "项目管理办法，验收按办法组织"], ["工作台账", "1-2", 2, "org.management.ledger", "台账完整"],
      ["网销调研", "1-2", 2, "work.upward.research", "2020年7月形成调研报告报市局"], ["网络促销活动", "1-2", 2, "work.upward.promotion", "红薯网络节、直播大赛"],
      ["交易标准与冷链溯源", "1-2", 1, "work.upward.standards", "溯源系统上线，冷链未成体系"], ["资金管理制度", "1-5", 4, "fund.system", "问责执行记录不全"],
      ["资金台账", "1-5", 4, "fund.ledger", "1家凭证装订不规范"], ["资金及时拨付", "1-5", 4, "fund.spending", "个别结算款滞后"],
    ];
    JUD.forEach((j, i) => { rows.push([i + 1, j[0], null, j[1], j[2], j[4], null, null]); const n = rows.length; merges.push(`B${n}:C${n}`, `F${n}:H${n}`); });
    rows.push(["序号", "考评指标", null, "满分", "预估得分", "可能失分点", null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
    const EST = [
      ["组织领导", 2, 2, "org.leadership", null], ["方案制定", 2, 2, "org.plan", null], ["政策支持", 2, 2, "org.policy", null], ["项目管理", 4, 4, "org.management", null],
      ["县级中心与产业园", 15, 14, "work.center", "摄影美工收费"], ["村级站点覆盖", 10, 10, "work.coverage", null], ["农村产品上行", 10, 9, "work.upward", "冷链未成体系"],
      ["电商人才培训", 20, 18, "work.training", "培训人次0.86%"], ["信息公开", 4, 4, "info.disclosure", null], ["数据上报", 6, 6, "info.reporting", null],
      ["案例总结", 2, 2, "promo.cases", null], ["经验推广", 8, 8, "promo.media", null], ["制度建立", 5, 4, "fund.system", null], ["资金台账", 5, 4, "fund.ledger", null],
      ["资金支出", 5, 4, "fund.spending", null], ["加分：贫困人口培训率≥70%", 2, 0, "bonus.poorTraining", "61.1%"], ["加分：典型案例电视播报", 2, 0, "bonus.tvCase", "未获省级以上电视播报"],
    ];
    EST.forEach((e, i) => { rows.push([i + 1, e[0], null, e[1], e[2], e[4], null, null]); const n = rows.length; merges.push(`B${n}:C${n}`, `F${n}:H${n}`); claimed[e[3]] = e[2]; });
    const cs = SCORED.reduce((a, id) => a + claimed[id], 0);
    assert(cs === 93, "claimed 93 got " + cs);
    rows.push([null, "合计", null, 100, 93, "加分0", null, null]);
    merges.push(`B${rows.length}:C${rows.length}`, `F${rows.length}:H${rows.length}`);
    full("六、下旬工作安排：1．9月15日前完成物流配送体系尾款拨付；2．新桥、登云、夏阜三村站点9月挂牌；3．迎接省考评组现场考评。");
    full("报：县委、县政府主要领导，分管县领导。　送：梅州市商务局。　发：领导小组各成员单位。");
    sheets.unshift(sheet("旬报（第24期）", rows, merges));
  }
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 3, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 8 + 8, "info.disclosure": 2 + 1, "info.reporting": 3 + 3, "promo.cases": 2, "promo.media": 4 + 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 0, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = SCORED.reduce((a, id) => a + points[id], 0);
  assert(sc === 85, "85 got " + sc);
  const [ruralGrowth, agriGrowth] = [26.3 / 21.4 - 1, 4.9 / 3.6 - 1];
  assert(ruralGrowth < 0.3 && agriGrowth >= 0.3 && Math.round(ruralGrowth * 1000) === 229 && Math.round(agriGrowth * 1000) === 361, "rural 22.9% agri 36.1%");
  write("counties/b115-c1-wuhua.json", {
    description:
      "梅州市五华县商务局的整本考评工作簿（12个表：旬报（第24期）、附1—附11），85分（无加分，未否决；旬报自评预估93）。事实表不是填报表，而是县电子商务进农村综合示范工作领导小组办公室攻坚期每旬印发的《创建工作旬报》2021年第24期（8月下旬，9月1日印发）：标题、期号、编印单位和日期；说明行写明数据统计截至2021年8月31日，“截至8月31日累计”是累计数，“本旬新增”是8月21—31日新增，“创建目标”是县实施方案定的目标，都不是累计数；一、本旬工作动态（三段，不是事实）；二、基本情况（每行两对“标签｜值”，各自两格合并）：常住人口104.3万人、下达省级专项资金500万元、领导小组组长“县长 李××”、成员单位商务、财政、农业农村、乡村振兴等、2019年12月县政府正式印发实施方案、2020年5月出台扶持措施、中心2020年9月18日投入运营、第三方运营服务商、农村网零21.4→26.3亿元（22.9%）、农产品网零3.6→4.9亿元（36.1%）；三、创建主要指标进展表 序号｜指标｜单位｜创建目标｜本旬新增｜截至8月31日累计｜完成率｜备注，取“累计”列（站点18、培训4,283人次、有劳动能力未外出务工贫困人口18、参训11、入驻企业20、拨付372万元、总体进度91%）；四、√/×清单左右两列（摄影美工“×（按成本收费）” → 否，其余√，含快递覆盖100%、专栏四项、未发生事故、无弄虚作假）；五、自评预估两张小表：主观项10项自评分（方案2、政策2、制度2、台账2、调研2、促销2、标准溯源1、资金制度4、资金台账4、及时拨付4），和考评指标预估得分（合计93，加分0）；六、下旬安排和报送范围不是事实。台账要核：附1村居23行（3个社区不计，贫困村5个，登云村快递“未通（镇邮政支局代投）”）；附2站点21行（七都村委会、黄龙村民委员会、大田村委会写法；日期有2020/11/5、“2021年3月”、20210412、21.7.22、真日期；棉洋村两站；琴西村是自然村，不在名单；新桥、登云、夏阜9月挂牌；合计行不算）；附3培训按期次（“360人次”文本，“2021.3.4-5”按末日，第11期“2021.8.30-9.1”按9月1日不算，合计行不算）；附4贫困户专场签到25行（陈永福身份证号中间带空格仍是同一号码，温春兰第二次末位小写x，外出务工和无劳动能力的只算人次，9月3日4行不算）；附5贫困人口24人（“县内务工”不是外出务工）；附6入驻企业22行（“销售型（网店）”即销售型，直播基地（MCN）是另一类型；第19行广东客都优选供应链是长布腐竹公司更名，信用代码相同，是同一家；甜心柚2021.5.31退园；郭田山茶9月10日入驻）；附7资金（元，混“68万”“45万”“560,000.00”，9月15日尾款不算，合计行不算）；附8月报12个月都有；附9专栏2021年2月没有更新；附10宣传（梅州日报、广东广播电视台都在9月）；附11经验材料4月20日。",
    sheets,
    expect: { asOf: "2021-08-31", total: 85, bonus: 0, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 领导小组组长“县长 李××”（主要领导），成员单位有县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
      "org.plan: 2019年12月县政府正式印发实施方案，主观项自评分2 → 2",
      "org.policy: 2020年5月出台扶持农村电子商务发展十条措施，自评分2 → 2",
      "org.management: 项目管理制度2 ＋ 工作台账2 → 4",
      "work.center: 中心2020-09-18运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训 2；免费展示代销 1；摄影美工“×（按成本收费）” 0；“五华红薯”品牌推广 1；代办证照、金融对接 1；产业园已整合建成 2；附6截止日在园：22行去掉甜心柚（2021.5.31退园）、郭田山茶（2021.9.10入驻）= 20行，但广东客都优选供应链与五华县长布腐竹电子商务有限公司信用代码相同（更名），按代码去重 = 19家 < 20 → 0（旬报称20家）；类型 电商运营商、销售型（含“销售型（网店）”）、平台型、物流企业、直播基地（MCN）≥ 3 → 1；合计 12（自评14）",
      "work.coverage: 附1行政村20个（水寨、河东、华城3个社区不计）；附2截止日前有站的行政村：大坝、七都、油田、转水、黄龙、岐岭（2021年3月）、凤凰、横陂、安流、学园、棉洋（两站算一次）、大田、龙村、梅林 = 14；14/20 = 70% ≥ 70% → 5（水寨社区、华城社区站不计；琴西村不在名单，警告；新桥9.2、登云9.8、夏阜9.15不算）。省定贫困村黄龙、凤凰、学园、大田、登云5个，截止日前有站4个（登云9月8日才挂牌）→ 80%，在80%–100% → 3；合计 8（自评10）",
      "work.upward: 网销调研2；促销2；第三方运营服务商（梅州市客都电子商务有限公司）1；附1有快递列，登云村“未通” → 0（旬报称100%，与名单不符，警告）；标准溯源1；农村网零21.4→26.3亿元增22.9% < 30%，农产品网零3.6→4.9亿元增36.1% ≥ 30% → 2；合计 8（自评9）",
      "work.training: 人次 = 附3截止日前10期 420+380+410+360+520+450+398+400+356+302 = 3,996（第11期“2021.8.30-9.1”按9月1日，266不算；合计行不算）＋ 附4截止日前签到21行 = 4,017；基数 min(1,043,000, 500,000) = 500,000；4,017/500,000 = 0.80%，在0.8%–1% → 8。贫困人口：附5共24人，有劳动能力21人，去掉外出务工温海波、李志坚、曾文辉 = 18人（李志强、李伟东县内务工算在内）；截止日前参训：钟亚娣、古国平、温春兰（末位x/X同一人）、李志强、曾秀英、张伟文、刘桂香、陈永福（号码中间有空格，同一号码）= 8（温海波、李志坚、曾文辉外出务工，张亚九、刘阿婆、陈阿伯无劳动能力，不算；钟二妹、古振华、温小燕、李伟东9月3日才参训）；8/18 = 44.4%，在40%–50% → 8；合计 16（自评18：旬报把3名无劳动能力者算进11人）",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 2；附9在2020-09…2021-08中2021年2月没有更新，11个月有 → 不定时 1；合计 3（自评4）",
      "info.reporting: 附8在2020-09…2021-08每月都有报送（2020.8.5、2021.9.3在窗口外）→ 3；含电商扶贫统计（旬报√，附8“是”）→ 3；合计 6",
      "promo.cases: 附11经验材料2021.4.20报梅州市商务局 → 2（9月6日的工作总结不算）",
      "promo.media: 截止日前：南方＋（省级）→ 4；梅州广播电视台（市级）→ 3；五华县融媒体中心（县级）→ 1；合计 8（梅州日报9.2、广东广播电视台9.10不算）",
      "fund.system: 资金管理办法，自评分4 → 4",
      "fund.ledger: 承建单位专用台账，自评分4 → 4",
      "fund.spending: 附7截止日前 1,200,000+680,000（68万）+380,000+560,000+450,000（45万）+300,000+150,000 = 3,720,000元（9月15日尾款30万不算，合计行不算）；3,720,000/5,000,000 = 74.4% ≥ 70% → 按及时拨付自评分 4",
      "bonus.poorTraining: 8/18 = 44.4% < 70% → 0",
      "bonus.tvCase: 截止日前的电商扶贫典型案例电视播报只有梅州广播电视台（市级）；广东广播电视台在2021.9.10，截止日后 → 0",
      "veto.incident: “未发生安全生产、质量事故”√ → 0，不否决",
      "veto.progress: 项目总体进度91% ≥ 40% → 0，不否决",
      "veto.fraud: “无弄虚作假情形”√ → 0，不否决",
      "total: 2+2+2+4+12+8+8+16+3+6+2+8+4+4+4 = 85，加分 0，合计 85；旬报自评预估93",
    ],
  });
})();

// =====================================================================================
// facts/b115-f1-lufeng: 汕尾陆丰市 — 借用《深圳市对口帮扶汕尾市工作 2021年1—8月进展自评表（陆丰市）》
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  full("深圳市对口帮扶汕尾市工作2021年1—8月进展自评表");
  full("填报单位：陆丰市对口帮扶工作领导小组办公室（市乡村振兴局）　　填报日期：2021年9月3日");
  full("说明：本表按深圳市对口帮扶汕尾市指挥部《对口帮扶工作考核评分细则（2021年版）》填报，“自评分”为对口帮扶考核的得分；数据截至2021年8月31日。第四部分“电商帮扶”由陆丰市商务局填写，所列口径与省级电子商务进农村综合示范考评一致。");
  rows.push(["序号", "考核内容", "分值", "评分细则", "工作完成情况", "自评分"]);
  const R = [
    ["一", "组织领导", 10, "成立对口帮扶领导小组，定期研究部署（10分）", "陆丰市对口帮扶工作领导小组由常务副市长任组长，市乡村振兴局、发改局、财政局、人社局、农业农村局为成员，1—8月召开会议3次。", 10],
    ["二", "产业帮扶", 25, "帮扶资金投入产业项目，建立利益联结机制（25分）", "1—8月深圳帮扶资金投入产业项目3,200万元，建成甲子镇海产品加工、河西街道蔬菜基地等项目5个，带动脱贫户1,380户。", 23],
    ["三", "消费帮扶", 20, "组织帮扶地产品进深圳销售（20分）", "通过深圳消费帮扶馆、电商平台销售陆丰农产品1.26亿元；2019年全市农产品网络零售额4.3亿元，2020年5.8亿元，同比增长34.9%。", 18],
    ["四", "电商帮扶", 15, "依托电商带动脱贫群众增收（15分）",
      "1．市政府于2019年12月正式印发《陆丰市电子商务进农村综合示范工作方案》；市电子商务进农村综合示范工作领导小组由市长任组长，市商务局、财政局、农业农村局、乡村振兴局、邮政管理局等为成员单位。\n2．市电子商务公共服务中心2020年7月16日投入运营，由深圳市鹏程电商服务有限公司（第三方）运营；中心免费开展电商基础培训。\n3．省定贫困村16个，全部建成村级电商服务站点；截至8月31日累计开展电商培训6,230人次。\n4．有劳动能力且未外出务工的建档立卡贫困人口1,046人，已参加电商培训587人。\n5．每月向汕尾市商务局报送电商扶贫统计。\n6．考评口径的省级专项资金为500万元（深圳帮扶资金配套620万元另行核算，不计入）。", 14],
    ["五", "就业帮扶", 20, "促进脱贫劳动力稳定就业（20分）", "组织脱贫劳动力到深圳等地转移就业，外出务工脱贫劳动力2,310人；开发乡村公益岗位412个。", 19],
    ["六", "人才交流", 10, "干部、专业技术人才双向挂职交流（10分）", "深圳选派挂职干部12名、专业技术人才35名；陆丰选派干部到深圳跟岗学习8名。", 10],
  ];
  R.forEach((r) => rows.push(r));
  rows.push([null, "合计", 100, null, null, R.reduce((a, r) => a + r[5], 0)]);
  assert(R.reduce((a, r) => a + r[2], 0) === 100 && R.reduce((a, r) => a + r[5], 0) === 94, "帮扶 totals");
  full("填报人：陈××（市乡村振兴局）、黄××（市商务局电商股）　　审核人：林××");
  assert(Math.round((5.8 / 4.3 - 1) * 1000) === 349, "34.9%");
  write("facts/b115-f1-lufeng.json", {
    description:
      "汕尾市陆丰市商务局电商股交来当事实表的，是另一个工作的表：市对口帮扶工作领导小组办公室（市乡村振兴局）填报的《深圳市对口帮扶汕尾市工作2021年1—8月进展自评表》，其中第四部分“电商帮扶”由市商务局填写。版式：标题、填报单位/日期行、说明行（自评分是对口帮扶考核的得分；数据截至2021年8月31日；第四部分由商务局填，口径与省级电商进农村示范考评一致），表头 序号｜考核内容｜分值｜评分细则｜工作完成情况｜自评分，六个考核部分各一行（一、组织领导 二、产业帮扶 三、消费帮扶 四、电商帮扶 五、就业帮扶 六、人才交流），合计行，填报人行。第四部分“工作完成情况”一格里用换行分六条。读法：“自评分”“分值”“合计94”是对口帮扶考核的分，不是考评自评分，也没有判断分。组织领导要看第四部分：电商进农村示范工作领导小组由市长任组长，成员有商务、财政、农业农村、乡村振兴 → 主要领导、部门齐全；第一部分“常务副市长任组长”的是对口帮扶领导小组，不读。事实：2019年12月正式印发示范工作方案；中心2020年7月16日投入运营，第三方运营，免费开展电商基础培训；省定贫困村16个；累计培训6,230人次；有劳动能力未外出务工贫困人口1,046人、参训587人；每月报送电商扶贫统计 → 能统计电商扶贫情况；省级专项资金500万元（括号里写明深圳配套620万元不计入）；第三部分写明的农产品网络零售额2019年4.3亿元、2020年5.8亿元、同比增长34.9%。不读的：产业帮扶3,200万元、带动1,380户、消费帮扶馆销售1.26亿元、外出务工脱贫劳动力2,310人、公益岗位412个、挂职人数；“全部建成村级电商服务站点”没有对应的事实键；“数据截至2021年8月31日”是口径，不是考评截止日期的填报。",
    sheets: [sheet("对口帮扶自评表", rows, merges)],
    expect: {
      facts: {
        planIssued: true, centerOpened: "2020-07-16", thirdPartyOperator: true, centerFreeTraining: true, poorVillagesStated: 16,
        trainingPersonTimesStated: 6230, eligiblePoorPersonsStated: 1046, trainedPoorPersonsStated: 587, povertyStatisticsStated: true,
        fundAllocated: 5000000, agriRetail2019: 430000000, agriRetail2020: 580000000, agriRetailGrowthStated: 0.349,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b115-f2-lianping: 河源连平县 — 《赴浙江遂昌县学习考察农村电商工作报告》附表：两地对比
// =====================================================================================
(function f2() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  full("附表：遂昌县与连平县农村电子商务工作对比");
  full("（《连平县赴浙江省遂昌县学习考察农村电子商务工作的报告》附表。连平县数据截至2021年8月31日，遂昌县数据为考察时对方介绍的情况）");
  rows.push(["对比项目", "遂昌县（浙江丽水）", "连平县", "差距与启示"]);
  const R = [
    ["常住人口", "约22.8万人", "33.6万人", "遂昌人口少，网商密度高"],
    ["工作统筹", "县委书记任农村电商工作领导小组组长", "县长任电子商务进农村综合示范工作领导小组组长，县科工商务局、财政局、农业农村局、乡村振兴局等12个部门为成员", "遂昌由书记挂帅，统筹力度更大"],
    ["工作方案", "2013年起每年出台年度行动计划", "2019年11月县政府正式印发《连平县电子商务进农村综合示范工作方案》", "—"],
    ["扶持政策", "县财政每年安排专项扶持资金", "2020年6月出台《连平县支持农村电子商务发展若干措施》", "政策兑现要加快"],
    ["县级公共服务中心", "2013年建成“赶街”县级运营中心", "2020年10月28日投入运营", "起步晚七年"],
    ["中心免费服务", "培训、摄影、美工、仓储均免费", "免费培训（培训室40座）、特色农产品免费展示代销；摄影美工按件收费（每款30元）", "摄影美工宜改为免费"],
    ["电商产业园", "电商创业园入驻企业120余家", "整合建成连平县电子商务产业园，入驻企业18家", "入驻企业数量差距大"],
    ["第三方运营", "本地运营商“赶街网”", "公开招标由河源市万绿电子商务有限公司运营", "—"],
    ["快递进村", "行政村快递全覆盖", "行政村快递覆盖率100%（县邮政管理局2021年7月核查）", "—"],
    ["农村网络零售额", "2020年约38亿元", "2019年9.8亿元，2020年12.1亿元", "体量约为遂昌的三分之一"],
    ["电商培训", "累计培训超过5万人次", "截至8月底累计3,850人次", "培训要下沉到村"],
    ["省定贫困村", "—（浙江无此口径）", "23个，已全部建站", "—"],
    ["建档立卡贫困人口参训", "—", "—（未单独统计）", "下一步建立贫困户参训台账"],
    ["专项资金", "—", "省级下达500万元，截至8月底拨付415万元", "—"],
  ];
  R.forEach((r) => rows.push(r));
  full("注：连平县一栏由县科工商务局电商股核对；遂昌县一栏未经核实，仅作参考。");
  write("facts/b115-f2-lianping.json", {
    description:
      "河源市连平县科工商务局交来当事实表的，是县考察组《赴浙江省遂昌县学习考察农村电子商务工作的报告》的附表《遂昌县与连平县农村电子商务工作对比》：标题、括号说明一行（连平县数据截至2021年8月31日，遂昌县数据为对方介绍），表头 对比项目｜遂昌县（浙江丽水）｜连平县｜差距与启示，14行，表尾注（连平一栏经电商股核对，遂昌一栏仅作参考）。读法：事实只取“连平县”一栏；遂昌县一栏（县委书记任组长、22.8万人、38亿元、5万人次等）和“差距与启示”一栏都不读。连平县：常住人口33.6万人；县长任领导小组组长，成员有科工商务、财政、农业农村、乡村振兴等 → 主要领导、部门齐全（“科工商务局”即商务部门）；2019年11月县政府正式印发工作方案；2020年6月出台支持措施 → 政策已出台；中心2020年10月28日投入运营；免费培训 → 是，免费展示代销 → 是，摄影美工按件收费 → 否；整合建成产业园 → 是（入驻18家没有对应的事实键）；公开招标由第三方运营 → 是；行政村快递覆盖率100% → 是；农村网络零售额2019年9.8亿元、2020年12.1亿元；累计培训3,850人次；省定贫困村23个；下达500万元、拨付415万元。“建档立卡贫困人口参训”一格写“—（未单独统计）”，不是0，不读；“截至8月底”只是口径，不另读考评截止日期。没有判断分。",
    sheets: [sheet("对比表", rows, merges)],
    expect: {
      facts: {
        residentPopulation: 336000, planIssued: true, policyIssued: true, centerOpened: "2020-10-28", centerFreeTraining: true, centerDisplay: true,
        centerPhoto: false, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true, ruralRetail2019: 980000000, ruralRetail2020: 1210000000,
        trainingPersonTimesStated: 3850, poorVillagesStated: 23, fundAllocated: 5000000, fundSpentStated: 4150000,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b115-f3-jiexi: 揭阳揭西县 — 《南方日报》稿件数据核实单（记者发来、县商务局逐项核实后回传）
// =====================================================================================
(function f3() {
  const W = 5, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:E${rows.length}`); };
  full("南方日报社揭阳记者站　稿件数据核实单");
  rows.push(["稿件标题", "揭西：“小站点”撬动农村电商“大市场”", null, "拟刊发", "2021年9月14日　A07版"]);
  merges.push(`B${rows.length}:C${rows.length}`);
  rows.push(["记者", "许××　通讯员 揭商宣", null, "核实单位", "揭西县商务局"]);
  merges.push(`B${rows.length}:C${rows.length}`);
  full("核实要求：请逐项核对稿件中的数据。属实的，“核实结果”填“属实”；不属实的，填“更正为：……”；无法核实或不宜公开的，填“删除”。数据口径统一截至2021年8月31日。");
  rows.push(["序号", "稿件原句", "涉及数据", "核实结果", "核实依据"]);
  const R = [
    [1, "揭西常住人口约69万，山区镇多、农产品丰富。", "69万", "属实", "七普公报"],
    [2, "2020年6月，县电子商务公共服务中心建成运营。", "2020年6月", "更正为：2020年8月12日投入运营", "中心运营合同"],
    [3, "全县279个行政村实现快递进村全覆盖。", "279个；全覆盖", "属实", "县邮政管理局2021年7月核查"],
    [4, "县长亲自挂帅，20个部门协同推进。", "20个部门", "更正为：县长任领导小组组长，县商务局、财政局、农业农村局、乡村振兴局等16个部门为成员单位", "县府办文件"],
    [5, "中心还免费为农户拍摄产品图片、设计包装。", "—", "属实", "中心服务登记簿"],
    [6, "中心由深圳一家运营商负责运营。", "深圳", "更正为：由揭阳市揭商电子商务有限公司（第三方）运营", "招标文件"],
    [7, "累计开展电商培训超过6000人次。", "6000人次", "更正为：5,412人次", "培训台账"],
    [8, "2020年全县农产品网络零售额达7.2亿元，同比增长超过四成。", "7.2亿元；四成", "更正为：7.2亿元属实；同比增长36.4%（2019年5.28亿元）", "县统计局"],
    [9, "省定贫困村全部建起电商服务站。", "全部", "属实（省定贫困村34个，均已建站）", "站点台账"],
    [10, "建档立卡贫困户电商培训参训率超过六成。", "六成", "删除", "口径未定，不宜公开"],
    [11, "省级专项资金500万元已拨付九成。", "500万元；九成", "更正为：下达500万元，累计拨付368万元（73.6%）", "资金台账"],
    [12, "一年来全县新增淘宝店铺1,200家。", "1,200家", "删除", "无法核实"],
    [13, "项目建设以来未发生一起安全生产事故。", "—", "属实", "县应急管理局"],
  ];
  R.forEach((r) => rows.push(r));
  rows.push(["核实人", "揭西县商务局电商股 黄××", null, "核实日期", "2021年9月9日"]);
  merges.push(`B${rows.length}:C${rows.length}`);
  rows.push(["单位意见", "同意按核实结果修改。（揭西县商务局 盖章）", null, null, null]);
  merges.push(`B${rows.length}:E${rows.length}`);
  assert(Math.round((7.2 / 5.28 - 1) * 1000) === 364 && Math.round(3680000 * 1000 / 5000000) === 736, "36.4% 73.6%");
  write("facts/b115-f3-jiexi.json", {
    description:
      "揭阳市揭西县商务局电商股交来当事实表的，是《南方日报》揭阳记者站发来的《稿件数据核实单》（记者把待刊稿里涉及数据的句子逐句列出，县商务局逐项核实后盖章回传）：标题；表单两行（稿件标题｜拟刊发日期版面，记者｜核实单位）；核实要求一行（属实填“属实”，不属实填“更正为：……”，无法核实或不宜公开填“删除”；数据口径统一截至2021年8月31日）；表头 序号｜稿件原句｜涉及数据｜核实结果｜核实依据，13行；核实人/日期行、单位意见行。读法：事实以“核实结果”为准——“属实”的读原句，“更正为”的只读更正后的内容、不读原句，“删除”的不读。于是：常住人口约69万（属实）；中心投入运营日期为更正后的2020年8月12日（不是原句的2020年6月）；279个行政村、快递进村全覆盖（属实）→ 行政村数279、快递覆盖100%；县长任领导小组组长，成员有商务、财政、农业农村、乡村振兴等16个部门（更正后）→ 主要领导、部门齐全；中心免费拍摄产品图片（属实）→ 免费摄影美工为是；第三方运营（更正后：揭阳市揭商电子商务有限公司）→ 是；累计培训5,412人次（更正后，不是6000）；农产品网络零售额2020年7.2亿元、2019年5.28亿元、同比增长36.4%（更正后，不是“四成”）；省定贫困村34个（属实括号里写明）；下达500万元、累计拨付368万元（更正后，不是“九成”）；未发生安全生产事故（属实）→ 否。不读的：第10条“贫困户参训率超过六成”、第12条“新增淘宝店铺1,200家”都是“删除”；拟刊发日期、核实日期、括号里的73.6%（由拨付额推出）。“数据口径统一截至2021年8月31日”是核实口径，不是考评截止日期的填报。没有判断分。",
    sheets: [sheet("数据核实单", rows, merges)],
    expect: {
      facts: {
        residentPopulation: 690000, centerOpened: "2020-08-12", adminVillagesStated: 279, expressCoverage: true, centerPhoto: true, thirdPartyOperator: true,
        trainingPersonTimesStated: 5412, agriRetail2019: 528000000, agriRetail2020: 720000000, agriRetailGrowthStated: 0.364, poorVillagesStated: 34,
        fundAllocated: 5000000, fundSpentStated: 3680000, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// ledgers/b115-l1-wujiang: 韶关武江区 — ①区供销社《农村综合服务社功能登记表》当站点台账；②区妇联“巾帼电商”培训学员名册当培训台账
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  {
    const r = [["武江区商务局电商股说明（本页不是台账）"],
      ["1．村级电商服务站与区供销合作联社的农村综合服务社合建，站点以供销社《农村综合服务社功能登记表》代替。表中日用品、农资、电商代购代销、快递收发、助农取款五栏填的是该项功能开通的时间，“—”为未开通。只有“电商代购代销”一栏已开通（填了日期，或打“√”）的服务社才是村级电商服务站，站点开通日期取这一栏的日期，不取其他栏；打“√”没写日期的，是已开通但日期待查；写“拟开通”的不是站点。"],
      ["2．区妇联“巾帼电商”培训班按学员登记，名册只写班次（一期、二期、三期），各期培训日期见名册上方的班次说明，跨天的班按最后一天算。“出勤”栏为“缺”的是报了名没来参训的，不算培训记录。二期名册是妇联打码后给的，身份证号中间8位是星号，照原样登记。"],
      ["填写人：武江区商务局电商股　邓××　2021年9月7日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [编号, 镇, 村, canonical|null, 网点名称, 日用品, 农资, 电商, 快递, 助农取款, opened iso]
  const GX = [
    ["001", "西联镇", "西联村", "西联村", "西联村综合服务社", "2018.5", "2018.5", "2020.6.18", "2020.6.18", "—", "2020-06-18"],
    ["002", "西联镇", "沐溪村委会", null, "沐溪综合服务社", "2018.5", "2018.5", "—", "2020.9", "—", null],
    ["003", "龙归镇", "龙归村", "龙归村", "龙归供销社农村综合服务社", "2017.11", "2017.11", "2020年11月", "2020年11月", "2019.3", "2020-11"],
    ["004", "龙归镇", "冲下村", "冲下村", "冲下综合服务社", "2019.4", "2019.4", D("2021-01-15"), "2021.1.15", "—", "2021-01-15"],
    ["005", "江湾镇", "江湾村", "江湾村", "江湾综合服务社", "2018.8", "—", "√（日期待查）", "√", "2019.6", null],
    ["006", "江湾镇", "大坪村", null, "大坪综合服务社", "2019.6", "2019.6", "—", "—", "—", null],
    ["007", "重阳镇", "重阳村", "重阳村", "重阳综合服务社", "2018.3", "2018.3", "21.3.9", "21.3.9", "—", "2021-03-09"],
    ["008", "重阳镇", "重阳社区", "重阳社区", "重阳社区服务社", "2019.1", "—", "2021.4.1", "2021.4.1", "—", "2021-04-01"],
    ["009", "西河镇", "西河村民委员会", "西河村", "西河综合服务社", "2018.9", "2018.9", "2021.6.30", "2021.6.30", "2020.1", "2021-06-30"],
    ["010", "龙归镇", "社主村", null, "社主综合服务社", "2020.3", "2020.3", "拟开通（2021年9月）", "—", "—", null],
    ["011", "江湾镇", "新江村", "新江村", "新江综合服务社", "2020.5", "2020.5", "2021.9.3", "2021.9.3", "—", "2021-09-03"],
  ];
  {
    const r = [span("武江区农村综合服务社功能登记表", 11), span("填报单位：武江区供销合作联社　　2021年8月（各栏填功能开通时间，“—”为未开通）", 11),
      ["网点编号", "镇（街道）", "村（居）", "网点名称", "功能开通时间", null, null, null, null, "负责人", "备注"],
      [null, null, null, null, "日用品", "农资", "电商代购代销", "快递收发", "助农取款", null, null]];
    const m = ["A1:K1", "A2:K2", "E3:I3", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "J3:J4", "K3:K4"];
    GX.forEach((g, i) => r.push(["WJGX-" + g[0], g[1], g[2], g[4], g[5], g[6], g[7], g[8], g[9], ["邓", "刘", "何", "朱", "黄", "罗", "谢", "曾"][i % 8] + "××", i === 9 ? "设备已到位" : i === 7 ? "社区网点" : null]));
    sheets.push(sheet("综合服务社", r, m));
    expect["综合服务社"] = { kind: "stations", records: GX.filter((g) => g[3]).map((g) => ({ village: g[3], opened: g[10] })) };
    assert(expect["综合服务社"].records.length === 8, "8 stations");
  }
  // trainees: [name, birth, wantX, 镇村, 建档, 班次 1|2|3, 出勤]
  const AREA = "440203";
  const TR = [
    ["邓秀梅", "19820314", false, "龙归镇龙归村", "否", 1, "到"], ["刘春燕", "19790822", false, "龙归镇冲下村", "是", 1, "到"],
    ["何丽华", "19880105", true, "龙归镇社主村", "否", 1, "到"], ["朱小玲", "19910618", false, "江湾镇江湾村", "否", 1, "到"],
    ["黄美英", "19750930", false, "西联镇西联村", "是", 1, "到"],
    ["罗翠兰", "19800411", false, "重阳镇重阳村", "否", 2, "到"], ["谢桂芳", "19730727", false, "重阳镇重阳村", "是", 2, "到"],
    ["曾丽娟", "19940212", false, "重阳镇重阳社区", "否", 2, "缺"], ["邓春花", "19860509", false, "西河镇西河村", "否", 2, "到"],
    ["刘秀珍", "19680923", false, "西河镇樟市村", "是", 2, "到"],
    ["何小燕", "19900716", false, "江湾镇新江村", "否", 3, "到"], ["朱惠英", "19831103", false, "江湾镇大坪村", "是", 3, "到"],
    ["刘春燕", "19790822", false, "龙归镇冲下村", "是", 3, "到"],
  ];
  const BAN = { 1: "2020-11-20", 2: "2021-04-08", 3: "2021-09-01" };
  const CN = { 1: "一期", 2: "二期", 3: "三期" };
  const ids = TR.map((t, i) => makeId(AREA, t[1], 500 + i * 17, t[2]));
  ids[12] = ids[1]; // 刘春燕 attended twice
  const shown = TR.map((t, i) => (t[5] === 2 ? ids[i].slice(0, 6) + "********" + ids[i].slice(14) : ids[i]));
  {
    const r = [span("武江区“巾帼电商”培训班学员名册", 8),
      span("班次说明：一期 2020年11月19日—20日（龙归镇）；二期 2021年4月8日（重阳镇）；三期 2021年8月30日—9月1日（区电子商务公共服务中心）", 8),
      ["序号", "姓名", "身份证号码", "镇村", "是否建档立卡", "班次", "出勤", "备注"]];
    TR.forEach((t, i) => r.push([i + 1, t[0], shown[i], t[3], t[4], CN[t[5]], t[6], i === 12 ? "一期学员复训" : i === 7 ? "请假" : null]));
    r.push(["制表：武江区妇联家庭和儿童工作部", null, null, null, null, null, null, null]);
    sheets.push(sheet("巾帼电商名册", r, ["A1:H1", "A2:H2", `A${r.length}:H${r.length}`]));
    const recs = [];
    TR.forEach((t, i) => { if (t[6] === "到") recs.push({ date: BAN[t[5]], personTimes: 1, id: shown[i] }); });
    expect["巾帼电商名册"] = { kind: "training", records: recs };
    assert(recs.length === 12 && shown[2].endsWith("X") && /\*{8}/.test(shown[6]), "12 trainees, X id, masked");
  }
  write("ledgers/b115-l1-wujiang.json", {
    description:
      "韶关市武江区商务局电商股交的两张“借来的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①区供销合作联社的《农村综合服务社功能登记表》当村级站点台账：标题、填报单位行（写明各栏填功能开通时间，“—”为未开通），两行表头——网点编号｜镇（街道）｜村（居）｜网点名称｜“功能开通时间”组（日用品、农资、电商代购代销、快递收发、助农取款五栏）｜负责人｜备注，11行。读法：只有“电商代购代销”一栏已开通的8行是站点（沐溪、大坪“—”，社主“拟开通（2021年9月）”都不是）；站点日期取“电商代购代销”一栏，不取日用品、农资等栏的2017—2019年日期；写法有“2020年11月”只到月、真日期、21.3.9、2021.4.1；江湾村打“√（日期待查）” → 站点，日期为空；重阳社区是社区也照列；西河村民委员会即西河村；新江村2021.9.3开通（记录照列）。②区妇联“巾帼电商”培训班学员名册当培训台账：标题、班次说明一行（一期2020年11月19日—20日，二期2021年4月8日，三期2021年8月30日—9月1日），表头 序号｜姓名｜身份证号码｜镇村｜是否建档立卡｜班次｜出勤｜备注，13行，表尾制表单位。读法：一人一行是一条签到记录，人次1；日期按班次说明换算，跨天的按最后一天（一期2020-11-20，三期2021-09-01）；出勤“缺”的曾丽娟不算；二期身份证号是打码的（中间8位星号），照原样；何丽华身份证末位X；刘春燕一期、三期各一次，是两条记录。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b115-l2-huidong: 惠州惠东县 — ①县医保局《困难群众资助参保名单》当贫困人口名单；②产业园《消防安全责任书签订登记表》当入驻企业清单
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  {
    const r = [["惠东县商务局电商股说明（本页不是台账）"],
      ["1．建档立卡贫困人口名单借用县医疗保障局《2021年困难群众资助参保名单》（高潭镇、宝口镇节选）。“人员类别”为“建档立卡贫困人口”的才是贫困人口，低保对象、特困供养人员不是；镇小计行不是人。“参保险种及参保地”为城乡居民医保（惠东）的，在本县生活，不是外出务工；为职工医保且参保地在外地（深圳、东莞等）的，是随用人单位参保的外出务工人员；职工医保参保地在惠东的，是在本县务工，不是外出务工。“劳动能力”一栏是电商股按县乡村振兴局系统核对后补填的，空着的是还没核对。"],
      ["2．产业园入驻企业清单以园区运营方的《消防安全责任书签订登记表》代替：企业入驻当天签责任书，“签订类型”为“入驻签订”的一行就是一家入驻企业，入驻日期取签订日期；“年度续签”是已入驻企业每年重签，不是新入驻；园区运营方自己也签，但不是入驻企业；“注销日期”即退园日期；企业类型看“业态（运营方分类）”。"],
      ["填写人：惠东县商务局电商股　叶××　2021年9月8日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [kind p person | s subtotal, 镇, 村, 姓名, birth, wantX, 类别, 资助, 险种参保地, labour cell, labour, migrant]
  const AREA = "441323";
  const P = [
    ["p", "高潭镇", "中洞村", "叶亚妹", "19730512", false, "建档立卡贫困人口", 320, "城乡居民医保（惠东）", "有", true, false],
    ["p", "高潭镇", "中洞村", "叶志明", "19950308", false, "建档立卡贫困人口", 320, "职工医保（深圳，随单位参保）", "有", true, true],
    ["p", "高潭镇", "黄沙村", "钟桂英", "19480921", false, "建档立卡贫困人口", 320, "城乡居民医保（惠东）", "无", false, false],
    ["p", "高潭镇", "黄沙村", "钟伟强", "19810714", true, "建档立卡贫困人口", 320, "职工医保（惠东，随单位参保）", "有", true, false],
    ["p", "高潭镇", "黄沙村", "黄二妹", "19660203", false, "低保对象", 160, "城乡居民医保（惠东）", null, null, null],
    ["p", "高潭镇", "洋潭村", "罗春花", "19770826", false, "建档立卡贫困人口", 320, "城乡居民医保（惠东）", null, null, false],
    ["s", "高潭镇", "小计", "6人", null, null, null, 1760, null, null],
    ["p", "宝口镇", "宝口村", "李国华", "19691117", false, "建档立卡贫困人口", 320, "城乡居民医保（惠东）", "有", true, false],
    ["p", "宝口镇", "宝口村", "李小燕", "19980430", false, "建档立卡贫困人口", 320, "职工医保（东莞，随单位参保）", "有", true, true],
    ["p", "宝口镇", "宝口村", "李阿婆", "19380615", false, "特困供养人员", 320, "城乡居民医保（惠东）", "无", null, null],
    ["p", "宝口镇", "上下径村", "陈永福", "19850119", false, "建档立卡贫困人口", 320, "城乡居民医保（惠东）", "有", true, false],
    ["p", "宝口镇", "上下径村", "陈阿伯", "19420928", false, "建档立卡贫困人口", 320, "城乡居民医保（惠东）", "无", false, false],
    ["s", "宝口镇", "小计", "5人", null, null, null, 1600, null, null],
  ];
  const ids = P.map((p, i) => (p[0] === "p" ? makeId(AREA, p[4], 700 + i * 23, p[5]) : null));
  {
    const r = [span("惠东县2021年困难群众资助参保名单（高潭镇、宝口镇节选）", 10), span("制表单位：惠东县医疗保障局　　资助标准单位：元／人", 10),
      ["序号", "镇", "村", "姓名", "公民身份号码", "人员类别", "资助标准", "参保险种及参保地", "劳动能力（电商股核对）", "备注"]];
    let n = 0;
    P.forEach((p, i) => r.push(p[0] === "p" ? [++n, p[1], p[2], p[3], ids[i], p[6], p[7], p[8], p[9], null] : [null, p[1], "小计", p[3], null, null, p[7], null, null, null]));
    r.push(["合计", null, null, "11人", null, null, 3360, null, null, null]);
    sheets.push(sheet("资助参保名单", r, ["A1:J1", "A2:J2"]));
    const recs = P.map((p, i) => [p, i]).filter(([p]) => p[0] === "p" && p[6] === "建档立卡贫困人口").map(([p, i]) => ({ id: ids[i], labour: p[10], migrant: p[11] }));
    expect["资助参保名单"] = { kind: "poorPersons", records: recs };
    assert(recs.length === 9 && ids[3].endsWith("X"), "9 poor persons");
    assert(P.filter((p) => p[0] === "p").reduce((a, p) => a + p[7], 0) === 3360, "合计 3360");
  }
  // [编号, 名称, code idx|null, 业态, 签订 cell, 签订 iso, 类型, 注销 cell, 注销 iso]
  const F = [
    ["XF-2020-01", "惠东县电商产业园运营管理有限公司", 0, "园区运营方", "2020.6.28", "2020-06-28", "入驻签订", null, null],
    ["XF-2020-02", "惠东县鞋都电子商务有限公司", 1, "销售型", "2020.7.6", "2020-07-06", "入驻签订", null, null],
    ["XF-2020-03", "惠东县梁化梅菜网店", 2, "销售型（网店）", "2020.7.20", "2020-07-20", "入驻签订", null, null],
    ["XF-2020-04", "惠东县快运物流有限公司", 3, "物流企业", D("2020-08-03"), "2020-08-03", "入驻签订", null, null],
    ["XF-2020-05", "惠东县海鲜汇网络科技有限公司", 4, "平台型", "2020年9月", "2020-09", "入驻签订", null, null],
    ["XF-2020-06", "惠东县好物直播传媒有限公司", 5, "电商运营商", "2020.10.12", "2020-10-12", "入驻签订", "2021.3.31", "2021-03-31"],
    ["XF-2021-01", "惠东县电商产业园运营管理有限公司", 0, "园区运营方", "2021.1.5", "2021-01-05", "年度续签", null, null],
    ["XF-2021-02", "惠东县鞋都电子商务有限公司", 1, "销售型", "2021.1.5", "2021-01-05", "年度续签", null, null],
    ["XF-2021-03", "惠东县梁化梅菜网店", 2, "销售型（网店）", "2021.1.6", "2021-01-06", "年度续签", null, null],
    ["XF-2021-04", "惠东县快运物流有限公司", 3, "物流企业", "2021.1.8", "2021-01-08", "年度续签", null, null],
    ["XF-2021-05", "惠东县多祝荔枝电子商务有限公司", 6, "销售型", "2021.3.18", "2021-03-18", "入驻签订", null, null],
    ["XF-2021-06", "惠东县云帆代运营服务有限公司", 7, "电商运营商", "2021.6.2", "2021-06-02", "入驻签订", null, null],
    ["XF-2021-07", "惠东县白盆珠农产品电子商务有限公司", 8, "销售型", "2021.9.6", "2021-09-06", "入驻签订", null, null],
  ];
  const CODE = (i) => "91441323MA5" + String(4100 + i * 89).padStart(4, "0") + "H" + String(40 + i).padStart(2, "0");
  {
    const r = [span("惠东县电子商务产业园消防安全责任书签订登记表", 9), span("登记单位：惠东县电商产业园运营管理有限公司（物业部）", 9),
      ["编号", "单位名称", "统一社会信用代码", "业态（运营方分类）", "签订日期", "签订类型", "责任人", "注销日期", "备注"]];
    F.forEach((f, i) => r.push([f[0], f[1], CODE(f[2]), f[3], f[4], f[6], ["叶", "黄", "林", "陈", "张", "李", "钟", "刘", "罗", "温", "谢", "蔡", "曾"][i] + "××", f[7], i === 5 ? "退租，责任书注销" : i === 12 ? "9月入驻" : null]));
    r.push(["注：责任书一式两份，运营方、入驻单位各执一份。", null, null, null, null, null, null, null, null]);
    sheets.push(sheet("消防责任书登记", r, ["A1:I1", "A2:I2", `A${r.length}:I${r.length}`]));
    const recs = F.filter((f) => f[6] === "入驻签订" && f[3] !== "园区运营方").map((f) => ({ name: f[1], type: f[3], entered: f[5], left: f[8] }));
    expect["消防责任书登记"] = { kind: "enterprises", records: recs };
    assert(recs.length === 8, "8 enterprises");
  }
  write("ledgers/b115-l2-huidong.json", {
    description:
      "惠州市惠东县商务局电商股交的两张“借来的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①县医疗保障局《2021年困难群众资助参保名单》（高潭镇、宝口镇节选）当建档立卡贫困人口名单：标题、制表单位行，表头 序号｜镇｜村｜姓名｜公民身份号码｜人员类别｜资助标准｜参保险种及参保地｜劳动能力（电商股核对）｜备注，每镇后一行小计，表尾合计。读法：只有“人员类别”为“建档立卡贫困人口”的9人是贫困人口（黄二妹低保对象、李阿婆特困供养人员不是；小计、合计行不是人）；外出务工看参保地：城乡居民医保（惠东）→ 否，职工医保（深圳／东莞，随单位参保）→ 是（叶志明、李小燕），职工医保（惠东，随单位参保）→ 在本县务工，否（钟伟强，身份证末位X）；劳动能力是电商股补填的有/无，罗春花一格空着（未核对）→ 空。②产业园运营方物业部的《消防安全责任书签订登记表》当入驻企业清单：标题、登记单位行，表头 编号｜单位名称｜统一社会信用代码｜业态（运营方分类）｜签订日期｜签订类型｜责任人｜注销日期｜备注，13行，表尾注。读法：“入驻签订”的行才是入驻企业，入驻日期取签订日期；“年度续签”的4行（2021年1月）不是新入驻；园区运营管理有限公司自己的两行（业态“园区运营方”）不是入驻企业；企业类型取“业态”（销售型、销售型（网店）、物流企业、平台型、电商运营商）；好物直播传媒2021.3.31注销即退园；海鲜汇“2020年9月”只到月，快运物流是真日期；白盆珠农产品2021.9.6入驻（记录照列）。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
