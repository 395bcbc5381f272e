// Batch 121 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
"use strict";
const path = require("path");
const fs = require("fs");
const ROOT = path.resolve(__dirname, "../..");

// ---------------------------------------------------------------- helpers (from gen-b120.js)
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
const JUDGED_RANGE = { "fund.system": 5, "fund.ledger": 5, "fund.spending": 5 };
const LEAD = new Set(["principal-all", "principal", "deputy", "other"]);
const KIND_FIELDS = {
  villages: ["name", "admin", "poor", "express"], poorVillages: ["name"], stations: ["village", "opened"], training: ["date", "personTimes", "id"],
  poorPersons: ["id", "labour", "migrant"], enterprises: ["name", "type", "entered", "left"], funds: ["date", "amount"], reports: ["date", "poverty"],
  disclosures: ["date"], media: ["date", "level", "tv"], materials: ["date"],
};
const ISO = /^\d{4}-\d{2}(-\d{2})?$/;
function validateCase(o, rel) {
  assert(typeof o.description === "string" && o.description.length > 50, rel + " description");
  const names = new Set();
  o.sheets.forEach((s) => { validateSheet(s, rel + ":" + s.name); assert(!names.has(s.name), "dup sheet"); names.add(s.name); });
  const e = o.expect;
  if (rel.startsWith("facts/")) {
    Object.keys(e.facts).forEach((k) => assert(FACT_KEYS.has(k), rel + " fact key " + k));
    Object.keys(e.judged).forEach((k) => {
      assert(JUDGED_KEYS.has(k), rel + " judged key " + k);
      assert(Number.isInteger(e.judged[k]) && e.judged[k] >= 1 && e.judged[k] <= (JUDGED_RANGE[k] || 2), rel + " judged range " + k);
    });
    if (e.leadership !== undefined) assert(LEAD.has(e.leadership), rel + " leadership");
    ["asOf", "centerOpened"].forEach((k) => { if (e.facts[k] !== undefined) assert(ISO.test(e.facts[k]), rel + " date " + k); });
    if (e.claimed) Object.keys(e.claimed).forEach((k) => assert(ALL_IDS.includes(k), rel + " claimed id " + k));
  }
  if (rel.startsWith("ledgers/")) {
    Object.keys(e.sheets).forEach((n) => assert(names.has(n), rel + " unknown sheet " + n));
    names.forEach((n) => assert(e.sheets[n] !== undefined, rel + " no expectation for " + n));
    Object.values(e.sheets).forEach((s) => {
      if (s.kind === null) return;
      assert(KIND_FIELDS[s.kind], rel + " kind " + s.kind);
      assert(s.records.length > 0, rel + " empty records");
      s.records.forEach((r) => Object.keys(r).forEach((k) => {
        assert(KIND_FIELDS[s.kind].includes(k), rel + " field " + k);
        if (["date", "opened", "entered"].includes(k)) assert(ISO.test(r[k]), rel + " record date " + r[k]);
        if (k === "id" && r[k] !== null) assert(r[k].length === 18 && !/x/.test(r[k]), rel + " id " + r[k]);
      }));
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
const sumPts = (p) => SCORED.reduce((a, id) => a + p[id], 0);
const fmtYuan = (n) => { const neg = n < 0; const s = Math.abs(n).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ","); return (neg ? "-" : "") + s; };
// ---------------------------------------------------------------- helpers added in batch 121
const DG = "零壹贰叁肆伍陆柒捌玖", DU = ["", "拾", "佰", "仟"];
function daxieSec(x) {
  let s = "", zero = false;
  for (let i = 3; i >= 0; i--) {
    const d = Math.floor(x / 10 ** i) % 10;
    if (d === 0) { if (s) zero = true; } else { if (zero) { s += "零"; zero = false; } s += DG[d] + DU[i]; }
  }
  return s;
}
// 人民币大写 for whole yuan below 1亿; amounts whose reading needs a 零 across the 万 boundary are refused
function daxie(n) {
  assert(Number.isInteger(n) && n > 0 && n < 1e8, "daxie " + n);
  const w = Math.floor(n / 10000), r = n % 10000;
  assert(w === 0 || r === 0 || (w % 10 !== 0 && r >= 1000), "daxie unambiguous " + n);
  return (w ? daxieSec(w) + "万" : "") + (r ? daxieSec(r) : "") + "元整";
}
assert(daxie(128000) === "壹拾贰万捌仟元整" && daxie(365000) === "叁拾陆万伍仟元整" && daxie(360000) === "叁拾陆万元整", "daxie self-test");
// 身份证号 whose 17th digit matches the sex (odd: 男, even: 女)
function makeIdSex(area, birth, seq, wantX, male) {
  for (let k = 0; k < 2000; k++) {
    const s = area + birth + String((seq + k) % 1000).padStart(3, "0");
    if ((+s[16] % 2 === 1) !== male) continue;
    let t = 0; for (let i = 0; i < 17; i++) t += +s[i] * W17[i];
    const c = "10X98765432"[t % 11];
    if (!!wantX === (c === "X")) return s + c;
  }
  throw new Error("id");
}
const ym = (iso) => +iso.slice(0, 4) * 12 + +iso.slice(5, 7) - 1;
const idSpaced = (id) => id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);

// =====================================================================================
// counties/b121-c1-nanao: 汕头南澳县 — 事实和自评分是“省考评管理系统”的填报数据导出（指标编码｜填报项｜计量单位｜填报值），
// 台账都是别的科室、别的单位的表：邮政管理局建制村快递通达表、驻村工作队名册、站点运营补贴核定表、培训服务商结算清单、
// 脱贫户专班结业证书发放登记、贫困人口培训需求摸底表、产业园物业租赁合同台账、项目合同及付款台账（分期付款横排）、
// 政务邮箱“已发送”列表（新的在前）、网站信息发布审批登记、宣传稿件刊播登记、经验材料报送
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "440523";
  const POP = 62138;
  // ---------------------------------------------------------------- 封面
  {
    const r = [["南澳县电子商务进农村综合示范县创建"], ["终期考评资料（电子版）"], [null], ["南澳县经济促进局（县商务主管部门）"], ["2021年9月"], [null],
      ["目录：系统填报导出｜建制村快递通达｜驻村工作队名册｜站点补贴核定｜培训结算清单｜结业证书登记｜需求摸底表｜园区租赁合同｜合同付款台账｜已发送邮件｜信息发布审批｜宣传刊播登记｜经验材料"],
      ["（各表均为相关科室、单位原表复制，未改格式；“代码表”为系统字典，已隐藏）"]];
    sheets.push(sheet("封面", r));
  }
  // ---------------------------------------------------------------- 系统填报导出
  // [code, 填报项, 单位, 值, 附件数]
  const F = [
    ["A01", "县（市、区）名称", "—", "南澳县", 0],
    ["A02", "考评截止日期", "日期", "2021-08-31", 0],
    ["A03", "常住人口", "人", POP, 1],
    ["A04", "行政村数（不含社区）", "个", 29, 1],
    ["A05", "省定贫困村数", "个", 3, 1],
    ["B01", "工作协调机制牵头领导（职务）", "—", "县长", 2],
    ["B02", "参与部门", "—", "县经济促进局（商务）;县财政局;县农业农村局;县乡村振兴局;县交通运输局;县邮政分公司", 0],
    ["B03", "示范县工作方案是否正式印发", "是/否", "是", 1],
    ["B04", "是否出台支持农村电商发展的政策", "是/否", "是", 2],
    ["C01", "县级电子商务公共服务中心投入运营日期", "日期", "2020-07-08 00:00:00", 3],
    ["C02", "有免费培训场所、培训设备，能组织电商基础培训", "是/否", "是", 2],
    ["C03", "为特色农产品提供免费展示、销售服务", "是/否", "是", 2],
    ["C04", "为电子商务市场主体提供免费摄影、美工服务", "是/否", "否", 0],
    ["C05", "组织农产品统一推广、指导特色农产品品牌建设", "是/否", "是", 1],
    ["C06", "为电子商务发展提供其他衍生增值服务", "是/否", "是", 1],
    ["C07", "建设或整合、优化当地电商产业园", "是/否", "是", 2],
    ["D01", "当地有专业第三方电子商务运营或服务商", "是/否", "是", 1],
    ["D02", "行政村物流快递覆盖率100%", "是/否", "是", 1],
    ["D03", "2019年农村网络零售额", "万元", 18650, 1],
    ["D04", "2020年农村网络零售额", "万元", 23120, 1],
    ["D05", "2019年农产品网络零售额", "万元", 4210, 1],
    ["D06", "2020年农产品网络零售额", "万元", 5530, 1],
    ["D07", "2020年农村网络零售额同比增速", "%", 23.97, 0],
    ["D08", "2020年农产品网络零售额同比增速", "%", 31.35, 0],
    ["E01", "培训人次", "人次", 627, 4],
    ["E02", "有劳动能力的建档立卡贫困人口数（不含外出务工）", "人", 26, 1],
    ["E03", "参加培训的建档立卡贫困人口数", "人", 22, 1],
    ["F01", "专栏公示创建方案", "是/否", "是", 1],
    ["F02", "专栏公示项目基本信息", "是/否", "是", 1],
    ["F03", "专栏公示项目建设进度", "是/否", "是", 1],
    ["F04", "专栏设立征求意见或监督举报窗口", "是/否", "是", 1],
    ["G01", "能统计电商扶贫情况", "是/否", "是", 1],
    ["H01", "下达资金总额", "万元", 500, 1],
    ["H02", "累计拨付资金（截至考评截止日期）", "万元", 393.7, 2],
    ["H03", "已制定资金管理制度", "是/否", "是", 1],
    ["H04", "已建立资金专用台账", "是/否", "是", 1],
    ["H05", "项目总体进度", "%", 88, 1],
    ["J01", "方案制定（1-2分）", "分", 2, 0],
    ["J02", "政策支持（1-2分）", "分", 1, 0],
    ["J03", "项目管理制度（1-2分）", "分", 2, 0],
    ["J04", "工作台账（1-2分）", "分", 2, 0],
    ["J05", "网销调研并形成针对性建议（1-2分）", "分", 1, 0],
    ["J06", "网络促销活动成效（1-2分）", "分", 2, 0],
    ["J07", "交易标准与冷链、溯源系统（1-2分）", "分", 1, 0],
    ["J08", "资金管理制度（1-5分）", "分", 5, 0],
    ["J09", "资金台账（1-5分）", "分", 4, 0],
    ["J10", "资金及时拨付（1-5分）", "分", 4, 0],
    ["V01", "发生安全生产、质量事故或造成重大经济损失", "是/否", "否", 0],
    ["V02", "弄虚作假", "是/否", "否", 0],
  ];
  const CL = [
    ["S01", "org.leadership", "自评得分：组织领导（2分）", 2], ["S02", "org.plan", "自评得分：方案制定（2分）", 2], ["S03", "org.policy", "自评得分：政策支持（2分）", 1],
    ["S04", "org.management", "自评得分：项目管理（4分）", 4], ["S05", "work.center", "自评得分：服务体系建设—县级中心与产业园（15分）", 14],
    ["S06", "work.coverage", "自评得分：服务体系建设—村级站点覆盖（10分）", 10], ["S07", "work.upward", "自评得分：农村产品上行（10分）", 8],
    ["S08", "work.training", "自评得分：电商人才培训（20分）", 20], ["S09", "info.disclosure", "自评得分：信息公开（4分）", 4],
    ["S10", "info.reporting", "自评得分：数据上报（6分）", 6], ["S11", "promo.cases", "自评得分：案例总结（2分）", 2], ["S12", "promo.media", "自评得分：经验推广（8分）", 8],
    ["S13", "fund.system", "自评得分：制度建立（5分）", 5], ["S14", "fund.ledger", "自评得分：资金台账（5分）", 4], ["S15", "fund.spending", "自评得分：资金支出（5分）", 4],
    ["S16", "bonus.poorTraining", "自评得分：加分项—贫困人口培训率70%及以上（2分）", 2], ["S17", "bonus.tvCase", "自评得分：加分项—电商扶贫典型案例获电视播报（2分）", 1],
  ];
  const claimed = {}; CL.forEach((c) => { claimed[c[1]] = c[3]; });
  const claimScored = sumPts(claimed), claimBonus = claimed["bonus.poorTraining"] + claimed["bonus.tvCase"];
  assert(claimScored === 94 && claimBonus === 3, "claimed 94 + 3");
  assert(Math.round(23120 / 18650 * 10000) === 12397 && Math.round(5530 / 4210 * 10000) === 13135, "stated growth = amounts");
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("广东省电子商务进农村综合示范考评管理系统　填报数据导出", W)); merges.push("A1:G1");
    rows.push(span("县（市、区）：汕头市南澳县　　考评批次：2019年省级示范县终期考评　　填报状态：已提交　　导出时间：2021-09-07 09:31:44", W)); merges.push("A2:G2");
    rows.push(["序号", "指标编码", "填报项", "计量单位", "填报值", "佐证附件数", "最后修改时间"]);
    let n = 0;
    const tm = (i) => "2021-09-0" + (3 + (i % 4)) + " " + String(9 + (i % 8)).padStart(2, "0") + ":" + String((i * 7) % 60).padStart(2, "0") + ":" + String((i * 13) % 60).padStart(2, "0");
    F.forEach((f) => { n += 1; rows.push([n, f[0], f[1], f[2], f[3], f[4], tm(n)]); });
    CL.forEach((c) => { n += 1; rows.push([n, c[0], c[2], "分", c[3], 0, tm(n)]); });
    n += 1; rows.push([n, "S18", "自评得分：合计（含加分）", "分", claimScored + claimBonus, 0, tm(n)]);
    rows.push(span("说明：计量单位为“万元”“%”的，填报值按该单位填写（如“31.35”即31.35%）；“是/否”项为系统下拉选项；多选项以“;”分隔。", W)); merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("系统填报导出", rows, merges));
  }
  // ---------------------------------------------------------------- 建制村快递通达（邮政管理局表）
  const TOWNS = [
    ["后宅镇", ["山顶村", "隆南村", "隆北村", "龙地村", "北角山村", "长山尾村", "西山村", "乌石村", "金山村", "先锋村", "芹澳村"]],
    ["深澳镇", ["深澳村", "后花园村", "龟埕村", "水井村", "海山村", "金狮村", "竹栖肚村", "东岗村", "坑尾村"]],
    ["云澳镇", ["中柱村", "澳前村", "澳后村", "三澳村", "东山村", "赤石村", "大澳村", "浮地村", "青径口村"]],
  ];
  const ADMIN = TOWNS.flatMap((t) => t[1]);
  const POOR = ["后花园村", "龟埕村", "赤石村"];
  const NO_EXPRESS = ["三澳村"];
  assert(ADMIN.length === 29 && new Set(ADMIN).size === 29, "29 villages");
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("南澳县建制村通邮及快递服务通达情况统计表", W)); merges.push("A1:I1");
    rows.push(span("汕头市邮政管理局南澳监管组　　统计时点：2021年6月30日", W)); merges.push("A2:I2");
    rows.push(["序号", "乡镇", "建制村名称", "通邮情况", null, "快递服务通达情况", null, null, "备注"]);
    rows.push([null, null, null, "是否通邮", "投递频次", "快递服务是否通达", "通达方式", "主要品牌", null]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:E3", "F3:H3", "I3:I4");
    let n = 0;
    TOWNS.forEach((t) => {
      const top = rows.length + 1;
      t[1].forEach((v, k) => {
        n += 1;
        const no = NO_EXPRESS.includes(v);
        rows.push([n, k === 0 ? t[0] : null, v, "是", no ? "每周2次" : "每日1次", no ? "否" : "是", no ? "—" : (n % 3 === 0 ? "村级站点代收代投" : "快递企业直投到村"),
          no ? "—" : (n % 2 ? "邮政EMS、中通、圆通" : "邮政EMS、顺丰"), no ? "海岛离岸村，快递企业未进村，仅邮政普遍服务投递" : null]);
      });
      merges.push(`B${top}:B${rows.length}`);
    });
    rows.push(["合计", null, "29个", "29个", null, "28个", null, null, "快递通达率96.6%"]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(span("注：本表只统计建制村（行政村），社区不统计。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    assert(Math.round(28 / 29 * 1000) === 966, "96.6%");
    sheets.push(sheet("建制村快递通达", rows, merges));
  }
  // ---------------------------------------------------------------- 驻村工作队名册（省定贫困村）
  {
    const rows = [["南澳县省定贫困村驻村工作队名册（2016—2020年）"],
      ["序号", "镇", "省定贫困村", "对口帮扶单位", "驻村第一书记", "驻村队员", "进驻时间"],
      [1, "深澳镇", "后花园村委会", "汕头市龙湖区人民政府办公室", "陈××", "林××、蔡××", "2016.6"],
      [2, "深澳镇", "龟埕村民委员会", "汕头市金平区财政局", "郑××", "黄××", "2016.6"],
      [3, "云澳镇", "赤石村", "汕头市濠江区卫生健康局", "吴××", "许××、杨××", "2016.7"],
      ["注：省定贫困村3个，均已于2020年底脱贫出列，工作队按要求继续驻村。"]];
    sheets.push(sheet("驻村工作队名册", rows, ["A1:G1", "A6:G6"]));
  }
  // ---------------------------------------------------------------- 站点运营补贴核定表
  // [town, village written, canonical | null (社区), opened cell, iso, note]
  const ST = [
    ["后宅镇", "山顶村", "山顶村", "2020.7.20", "2020-07-20", null],
    ["后宅镇", "隆南村", "隆南村", D("2020-07-20"), "2020-07-20", null],
    ["后宅镇", "隆北村", "隆北村", "2020.8.6", "2020-08-06", null],
    ["后宅镇", "后宅社区", null, "2020.8.6", "2020-08-06", "社区站"],
    ["后宅镇", "龙地村", "龙地村", "2020年9月", "2020-09", "当月挂牌，日期不详"],
    ["后宅镇", "北角山村", "北角山村", "2020.9.17", "2020-09-17", null],
    ["后宅镇", "长山尾村", "长山尾村", "2020.10.15", "2020-10-15", null],
    ["后宅镇", "西山村", "西山村", "2021.3.12", "2021-03-12", null],
    ["后宅镇", "乌石村", "乌石村", "2021.5.8", "2021-05-08", null],
    ["后宅镇", "金山村", "金山村", "2021.9.3", "2021-09-03", "9月挂牌，下期核定"],
    ["深澳镇", "深澳村", "深澳村", "2020.7.20", "2020-07-20", null],
    ["深澳镇", "后花园村委会", "后花园村", "2020.8.6", "2020-08-06", "省定贫困村"],
    ["深澳镇", "龟埕村民委员会", "龟埕村", "2020.8.20", "2020-08-20", "省定贫困村"],
    ["深澳镇", "水井村", "水井村", D("2020-11-12"), "2020-11-12", null],
    ["深澳镇", "海山村", "海山村", "2021.1.15", "2021-01-15", null],
    ["深澳镇", "金狮村", "金狮村", "2021.4.9", "2021-04-09", null],
    ["深澳镇", "深澳村", "深澳村", "2021.6.3", "2021-06-03", "邮政合作点（深澳村第二个站点）"],
    ["云澳镇", "中柱村", "中柱村", "2020.7.20", "2020-07-20", null],
    ["云澳镇", "澳前村", "澳前村", "2020.9.17", "2020-09-17", null],
    ["云澳镇", "赤石村", "赤石村", "2020.8.20", "2020-08-20", "省定贫困村"],
    ["云澳镇", "澳后村", "澳后村", "2020.12.10", "2020-12-10", null],
    ["云澳镇", "三澳村", "三澳村", "2021.2.4", "2021-02-04", null],
    ["云澳镇", "东山村", "东山村", "2021.6.18", "2021-06-18", null],
    ["云澳镇", "大澳村", "大澳村", D("2021-08-26"), "2021-08-26", null],
    ["云澳镇", "浮地村", "浮地村", "2021年9月", "2021-09", "9月挂牌，下期核定"],
  ];
  ST.forEach((s) => assert(s[2] === null || ADMIN.includes(s[2]), "station village " + s[2]));
  const covered = new Set(ST.filter((s) => s[2] && dateOk(s[4])).map((s) => s[2]));
  assert(covered.size === 21 && covered.size * 100 >= 29 * 70, "21/29 = 72.4% → 5");
  assert((covered.size - 1) * 100 < 29 * 70, "one village fewer would fall under 70%");
  assert(POOR.every((p) => covered.has(p)), "poor 3/3");
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("南澳县村级电子商务服务站点运营补贴核定表", W)); merges.push("A1:J1");
    rows.push(span("核定期间：2020年7月—2021年8月　　补贴标准：300元/站/月（自挂牌运营当月起计）　　单位：元", W)); merges.push("A2:J2");
    rows.push(["序号", "镇", "站点名称", "所在村（社区）", "站长", "挂牌运营时间", "核定补贴月数", "补贴标准", "补贴金额", "备注"]);
    let tot = 0, n = 0;
    ST.forEach((s) => {
      n += 1;
      const months = dateOk(s[4]) ? ym("2021-08-31") - ym(s[4]) + 1 : 0;
      tot += months * 300;
      const stName = s[1].replace(/(村委会|村民委员会)$/, "村").replace(/村村$/, "村") + (s[5] && /第二/.test(s[5]) ? "邮政电商服务点" : "电商服务站");
      rows.push([n, s[0], stName, s[1], "林黄吴陈蔡杨许曾郑李"[n % 10] + "××", s[3], months, 300, months * 300, s[5]]);
    });
    rows.push(["合计", null, ST.length + "个站点", null, null, null, null, null, tot, null]); merges.push(`A${rows.length}:B${rows.length}`);
    rows.push(span("注：9月挂牌的金山村、浮地村站点本期不核定补贴；站长签名见纸质件。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    assert(tot === 300 * rows.slice(3, 3 + ST.length).reduce((a, r) => a + r[6], 0), "subsidy total");
    sheets.push(sheet("站点补贴核定", rows, merges));
  }
  // ---------------------------------------------------------------- 培训服务商结算清单（期次行，人次）
  // [期次, date cell, iso, 内容, 地点, 人次, 备注]
  const SES = [
    [1, "2020.8.27", "2020-08-27", "农村电商基础", "县电商公共服务中心", 46, null],
    [2, "2020年9月24日", "2020-09-24", "网店开设与运营", "后宅镇", 52, null],
    [3, "2020.10.29", "2020-10-29", "农产品拍摄与美工", "深澳镇", 48, null],
    [4, D("2020-11-26"), "2020-11-26", "海产品网络营销", "云澳镇", 55, null],
    [5, "20.12.17", "2020-12-17", "年货节网店促销", "县电商公共服务中心", 50, null],
    [6, "2021.1.14-15", "2021-01-15", "短视频拍摄（两天）", "县电商公共服务中心", 84, "两天合计人次"],
    [7, "2021.3.18", "2021-03-18", "社群营销", "后宅镇", 44, null],
    [8, "2021.4.22", "2021-04-22", "直播带货入门", "深澳镇", 60, null],
    [9, "2021.5.27", "2021-05-27", "紫菜、牡蛎线上营销", "云澳镇", 58, null],
    [10, "2021.6.24", "2021-06-24", "跨境电商入门", "县电商公共服务中心", 45, null],
    [11, "2021.7.22", "2021-07-22", "直播带货进阶", "后宅镇", 46, null],
    [12, "2021.9.16", "2021-09-16", "冷链包装与寄递", "云澳镇", 41, "考评截止日后举办"],
  ];
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + s[5], 0);
  assert(sesOk === 588, "sessions to cut-off 588 got " + sesOk);
  {
    const W = 8, rows = [], merges = [];
    rows.push(span("南澳县农村电商培训服务费结算清单", W)); merges.push("A1:H1");
    rows.push(span("服务单位：汕头市启航职业培训学校（合同编号NA-DS-2020-04）　　结算期间：2020年8月—2021年9月", W)); merges.push("A2:H2");
    rows.push(["期次", "培训日期", "培训内容", "培训地点", "签到人次", "结算单价（元/人次）", "结算金额（元）", "备注"]);
    let tp = 0, ta = 0;
    SES.forEach((s) => { rows.push([s[0], s[1], s[3], s[4], s[5], 80, s[5] * 80, s[6]]); tp += s[5]; ta += s[5] * 80; });
    rows.push(["合计", null, null, null, tp, null, ta, null]); merges.push(`A${rows.length}:D${rows.length}`);
    rows.push(span("注：签到人次以各期签到表为准；脱贫户电商技能专班由县乡村振兴局另行组织（见“结业证书登记”），不在本合同结算范围。", W)); merges.push(`A${rows.length}:H${rows.length}`);
    assert(tp === 629 && ta === 50320, "settlement totals");
    sheets.push(sheet("培训结算清单", rows, merges));
  }
  // ---------------------------------------------------------------- 贫困人口培训需求摸底表
  // [village, name, sex, birth, 劳动能力, 就业状况, 培训意向]
  const PP = [
    ["后花园村", "林木发", "男", "19630415", "有", "在家务农", "开网店"], ["后花园村", "黄秀娥", "女", "19660902", "弱（半劳力）", "在家务农", "无"],
    ["后花园村", "林俊杰", "男", "19911120", "有", "外出务工（深圳）", "直播"], ["后花园村", "吴春兰", "女", "19380611", "无", "—", "无"],
    ["后花园村", "陈亚强", "男", "19720318", "有", "县内务工", "直播"], ["后花园村", "许丽芳", "女", "19750623", "有", "在家务农", "开网店"],
    ["后花园村", "陈晓敏", "女", "20070914", "无", "在校学生", "—"], ["后花园村", "蔡德顺", "男", "19580107", "弱（半劳力）", "在家务农", "无"],
    ["赤石村", "曾文辉", "男", "19690226", "有", "在家务农", "开网店"], ["赤石村", "郑少娟", "女", "19710812", "有", "县内务工", "直播"],
    ["赤石村", "曾志伟", "男", "19940305", "有", "外出务工（汕头市区）", "直播"], ["赤石村", "杨细妹", "女", "19480930", "无", "—", "无"],
    ["赤石村", "杨国栋", "男", "19800417", "有", "在家务农", "开网店"], ["赤石村", "李美玲", "女", "19830721", "有", "在家务农", "直播"],
    ["赤石村", "杨梓涵", "女", "20120503", "无", "在校学生", "—"],
    ["龟埕村", "郑海生", "男", "19640809", "有", "县内务工", "开网店"], ["龟埕村", "林桂英", "女", "19670115", "弱（半劳力）", "在家务农", "无"],
    ["龟埕村", "郑伟明", "男", "19900628", "有", "外出务工（广州）", "开网店"], ["龟埕村", "吴金水", "男", "19550302", "有", "在家务农", "无"],
    ["龟埕村", "陈秋霞", "女", "19780918", "有", "在家务农", "直播"], ["龟埕村", "吴家乐", "男", "20090411", "无", "在校学生", "—"],
    ["隆南村", "黄振兴", "男", "19700822", "有", "在家务农", "开网店"], ["隆南村", "林彩虹", "女", "19730405", "有", "县内务工", "直播"],
    ["隆南村", "黄泽宇", "男", "19960117", "有", "外出务工（深圳）", "直播"],
    ["深澳村", "蔡永福", "男", "19610713", "有", "在家务农", "开网店"], ["深澳村", "许月娥", "女", "19631029", "无", "—", "无"],
    ["深澳村", "蔡少鹏", "男", "19880210", "有", "县内务工", "直播"],
    ["中柱村", "李建华", "男", "19770930", "有", "在家务农", "开网店"], ["中柱村", "郑美华", "女", "19790214", "有", "在家务农", "直播"],
    ["中柱村", "李嘉豪", "男", "19990806", "有", "外出务工（东莞）", "直播"], ["中柱村", "李亚娇", "女", "19410320", "无", "—", "无"],
    ["澳前村", "吴国强", "男", "19660603", "有", "在家务农", "开网店"], ["澳前村", "陈丽娟", "女", "19690925", "弱（半劳力）", "在家务农", "无"],
    ["澳前村", "吴晓东", "男", "19920412", "有", "外出务工（汕头市区）", "开网店"],
    ["山顶村", "曾庆祥", "男", "19740128", "有", "县内务工", "开网店"], ["山顶村", "黄少芬", "女", "19761107", "有", "在家务农", "直播"],
    ["山顶村", "曾子豪", "男", "20100722", "无", "在校学生", "—"],
    ["东山村", "林阿水", "男", "19590515", "有", "在家务农", "开网店"], ["东山村", "杨秀珠", "女", "19620819", "有", "在家务农", "无"],
    ["东山村", "林志坚", "男", "19860301", "有", "县内务工", "直播"],
  ];
  assert(PP.length === 40, "40 persons");
  const IDS = PP.map((p, i) => makeIdSex(AREA, p[3], 200 + i * 41, i === 1 || i === 19, p[2] === "男"));
  assert(new Set(IDS).size === 40 && IDS[1].endsWith("X") && IDS[19].endsWith("X"), "ids");
  const isLab = (p) => p[4] !== "无", isMig = (p) => p[5].startsWith("外出务工");
  const E = PP.map((p, i) => i).filter((i) => isLab(PP[i]) && !isMig(PP[i]));
  const M = PP.map((p, i) => i).filter((i) => isMig(PP[i]));
  assert(E.length === 26 && M.length === 6, "26 eligible, 6 migrants got " + E.length);
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("南澳县建档立卡贫困人口电商培训需求摸底表", W)); merges.push("A1:J1");
    rows.push(span("（县乡村振兴局组织各村摸底，2020年11月；范围：全县建档立卡贫困人口，共40人）", W)); merges.push("A2:J2");
    rows.push(["序号", "镇", "村", "姓名", "性别", "身份证号码", "劳动能力", "就业状况", "培训意向", "村干部核实"]);
    PP.forEach((p, i) => rows.push([i + 1, TOWNS.find((t) => t[1].includes(p[0]))[0], p[0], p[1], p[2], IDS[i], p[4], p[5], p[6], "已核实"]));
    rows.push(span("填表说明：1．劳动能力填“有”“弱（半劳力）”“无”，“弱（半劳力）”按有劳动能力统计；2．就业状况“外出务工”指在南澳县外务工（括号内为务工地），“县内务工”“在家务农”不属外出务工；3．有劳动能力且未外出务工的为电商培训对象。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    sheets.push(sheet("需求摸底表", rows, merges));
  }
  // ---------------------------------------------------------------- 脱贫户专班结业证书发放登记
  const MON = [["蔡丽萍", "女", "龙地村", "19810507"], ["林世荣", "男", "西山村", "19770211"], ["黄锦华", "男", "水井村", "19850919"], ["许晓燕", "女", "澳后村", "19890623"]];
  const MON_IDS = MON.map((m, i) => makeIdSex(AREA, m[3], 700 + i * 53, false, m[1] === "男"));
  const CLS = [
    ["2020.12.8-12.10", "2020-12-10", "2020.12.25", E.slice(0, 14).map((i) => ["P", i]).concat([["M", 0], ["M", 1]])],
    ["2021.2.22-2.24", "2021-02-24", "2021.3.5", M.slice(0, 4).map((i) => ["P", i]).concat([["P", E[14]], ["P", E[15]], ["P", E[0]], ["P", E[3]], ["M", 2]])],
    ["2021.8.24-8.26", "2021-08-26", "2021.9.3", [E[16], E[17], E[1], E[2], E[4], E[5], E[6], E[7], E[8], E[9], E[10], E[11]].map((i) => ["P", i]).concat([["M", 0], ["M", 3]])],
    ["2021.9.7-9.9", "2021-09-09", "2021.9.24", [E[18], E[19], E[20], E[21], E[12], E[13]].map((i) => ["P", i]).concat([["M", 1]])],
  ];
  const certOk = CLS.filter((c) => dateOk(c[1])).reduce((a, c) => a + c[3].length, 0);
  assert(certOk === 39 && CLS[2][3].length === 14, "39 certificate rows to cut-off");
  const trainedAll = new Set(CLS.filter((c) => dateOk(c[1])).flatMap((c) => c[3].filter((x) => x[0] === "P").map((x) => x[1])));
  const trained = [...trainedAll].filter((i) => E.includes(i));
  assert(trained.length === 18 && trainedAll.size === 22, "18 eligible trained (22 poor persons incl. 4 migrants)");
  assert(trained.length * 100 >= 26 * 50 && trained.length * 100 < 26 * 70, "18/26 = 69.2%: 10 points, no bonus");
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("南澳县脱贫户电商技能专班结业证书发放登记表", W)); merges.push("A1:I1");
    rows.push(span("（县乡村振兴局、县经济促进局联合举办；“培训期间”为实际参训日期，“发证日期”为证书发放日期）", W)); merges.push("A2:I2");
    rows.push(["证书编号", "姓名", "性别", "身份证号", "所在村", "人员类别", "培训期间", "发证日期", "领取人签名"]);
    let k = 0, spaced = 0;
    CLS.forEach((c, ci) => {
      c[3].forEach((x) => {
        k += 1;
        const cert = "NADS-" + c[1].slice(0, 4) + "-" + String(k).padStart(3, "0");
        if (x[0] === "P") {
          const p = PP[x[1]];
          let id = IDS[x[1]];
          if (ci === 2 && x[1] === E[5]) { id = idSpaced(id); spaced += 1; }
          rows.push([cert, p[1], p[2], id, p[0], "脱贫户", c[0], c[2], p[1]]);
        } else {
          const m = MON[x[1]];
          rows.push([cert, m[0], m[1], MON_IDS[x[1]], m[2], "监测户", c[0], c[2], m[0]]);
        }
      });
    });
    assert(spaced === 1 && k === 46, "46 certificates");
    rows.push(span("注：第四期（2021年9月7日—9日）证书于9月24日发放。监测户为防返贫监测对象，不是建档立卡贫困户。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("结业证书登记", rows, merges));
  }
  const personTimes = sesOk + certOk;
  assert(personTimes === 627 && personTimes * 1000 >= POP * 10, "627/62138 = 1.009% → 10");
  assert(sesOk * 1000 < POP * 10 && sesOk * 1000 >= POP * 8, "sessions alone 0.946% → 8");
  assert((personTimes - CLS[2][3].length) * 1000 < POP * 10, "dating class 3 by 发证日期 drops under 1%");
  // ---------------------------------------------------------------- 产业园物业租赁合同台账
  const code = (i) => "91440523MA" + String(510 + i * 7) + String(1000 + i * 389).slice(-4) + "ABCDEFGHJKLMNPQRTUWXY"[i % 21];
  assert(code(21).length === 18 && new Set([...Array(22).keys()].map(code)).size === 22, "credit codes");
  // [contract, name, ent#, 业态, start cell, end cell, 退租 cell|null, note]
  const LEASE = [
    ["NA-YQ-2020-01", "汕头市南澳云商电子商务有限公司", 0, "代运营（公共服务中心运营方）", "2020.7.1", "2023.6.30", null, null],
    ["NA-YQ-2020-02", "南澳县海岛优品网络科技有限公司", 1, "电商平台", "2020.7.1", "2022.6.30", null, null],
    ["NA-YQ-2020-03", "南澳县紫菜坊电子商务有限公司", 2, "网店零售", "2020.7.15", "2021.7.14", null, "到期续签，见NA-YQ-2021-07"],
    ["NA-YQ-2020-04", "南澳县青澳湾海产网店", 3, "网店零售", "2020.8.1", "2022.7.31", null, null],
    ["NA-YQ-2020-05", "中国邮政速递物流股份有限公司南澳县营业部", 4, "快递物流", "2020.8.1", "2025.7.31", null, null],
    ["NA-YQ-2020-06", "南澳县顺达快递服务部", 5, "快递物流", "2020.8.10", "2022.8.9", null, null],
    ["NA-YQ-2020-07", "南澳县宋井直播传媒有限公司", 6, "直播电商", D("2020-09-01"), "2022.8.31", null, null],
    ["NA-YQ-2020-08", "汕头市蓝海冷链仓储有限公司南澳分公司", 7, "仓储物流", "2020.9.15", "2023.9.14", null, null],
    ["NA-YQ-2020-09", "南澳县牡蛎坊电子商务有限公司", 8, "网店零售", "2020.10.8", "2022.10.7", "2021.4.30", "提前退租，A-109由南澳县海岛鲜生电子商务有限公司承租"],
    ["NA-YQ-2020-10", "南澳县黄花山茶网店", 9, "网店零售", "2020.10.20", "2022.10.19", null, null],
    ["NA-YQ-2020-11", "南澳县渔家乐电子商务有限公司", 10, "网店零售", "2020.11.2", "2022.11.1", null, null],
    ["NA-YQ-2020-12", "南澳县金山鱼丸电子商务有限公司", 11, "网店零售", "2020.12.1", "2022.11.30", null, null],
    ["NA-YQ-2021-01", "南澳县海韵文创电子商务有限公司", 12, "网店零售", "2021.1.4", "2023.1.3", null, null],
    ["NA-YQ-2021-02", "南澳县岛上云仓供应链有限公司", 13, "仓储物流", "2021.1.18", "2024.1.17", null, null],
    ["NA-YQ-2021-03", "汕头市潮品汇电商代运营有限公司南澳分公司", 14, "代运营", D("2021-03-01"), "2023.2.28", null, null],
    ["NA-YQ-2021-04", "南澳县深澳海鲜直供网店", 15, "网店零售", "2021.3.22", "2023.3.21", null, null],
    ["NA-YQ-2021-05", "南澳县云澳渔港电子商务有限公司", 16, "网店零售", "2021.4.12", "2023.4.11", null, null],
    ["NA-YQ-2021-06", "南澳县后宅手信网店", 17, "网店零售", "2021.5.6", "2023.5.5", null, null],
    ["NA-YQ-2021-08", "南澳县海岛鲜生电子商务有限公司", 18, "网店零售", "2021.6.1", "2023.5.31", null, "承租原A-109"],
    ["NA-YQ-2021-07", "南澳县紫菜坊电子商务有限公司", 2, "网店零售", "2021.7.15", "2022.7.14", null, "续签（原合同NA-YQ-2020-03），同一企业"],
    ["NA-YQ-2021-09", "南澳县青澳湾旅游商品网店", 19, "网店零售", "2021.6.21", "2023.6.20", null, "合同编号补登"],
    ["NA-YQ-2021-10", "南澳县东山番薯网店", 20, "网店零售", "2021.8.2", "2023.8.1", null, null],
    ["NA-YQ-2021-11", "南澳县海丝跨境电子商务有限公司", 21, "跨境电商", "2021.9.1", "2024.8.31", null, "9月新签"],
  ];
  const isoOf = (c) => (typeof c === "object" ? c.date : c.split(".").map((x, i) => (i ? x.padStart(2, "0") : x)).join("-"));
  {
    const inPark = new Set(LEASE.filter((l) => isoOf(l[4]) <= AS_OF && !(l[6] && isoOf(l[6]) < AS_OF)).map((l) => l[2]));
    assert(inPark.size === 20, "20 enterprises in the park at the cut-off got " + inPark.size);
    assert(LEASE.filter((l) => isoOf(l[4]) <= AS_OF && !l[6]).length === 21, "21 contracts (renewal counted twice)");
    const W = 12, rows = [], merges = [];
    rows.push(span("南澳县电商产业园（后宅）物业租赁合同台账", W)); merges.push("A1:L1");
    rows.push(span("园区管理方：南澳县城投物业管理有限公司　　更新至2021年9月5日", W)); merges.push("A2:L2");
    rows.push(["合同编号", "承租方", "统一社会信用代码", "经营业态", "房号", "面积（㎡）", "租期起", "租期止", "免租期", "月租金（元）", "退租日期", "备注"]);
    LEASE.forEach((l, i) => {
      const area = 40 + ((i * 17) % 90);
      rows.push([l[0], l[1], code(l[2]), l[3], i === 18 ? "A-109" : (i < 12 ? "A-" : "B-") + String(101 + (i % 12)).padStart(3, "0"), area, l[4], l[5], i % 4 === 0 ? "6个月" : "3个月", area * 15, l[6], l[7]]);
    });
    rows.push(span("注：租期止为合同约定到期日，不是退租日；提前退租的填“退租日期”。", W)); merges.push(`A${rows.length}:L${rows.length}`);
    sheets.push(sheet("园区租赁合同", rows, merges));
  }
  // ---------------------------------------------------------------- 项目合同及付款台账（万元，分期横排）
  // [项目, 承建单位, 合同万元, [date cell, iso, 万元] x3 (null = unpaid), note]
  const CT = [
    ["县级电子商务公共服务中心建设及运营", "汕头市南澳云商电子商务有限公司", 150, [["2020.6.15", "2020-06-15", 45], [D("2020-12-20"), "2020-12-20", 60], ["2021.8.20", "2021-08-20", 30]], "质保金15万元期满支付"],
    ["村级电商服务站点建设", "汕头市海岛通信息技术有限公司", 96, [["2020.7.30", "2020-07-30", 28.8], ["21.1.28", "2021-01-28", 38.4], ["2021.9.10", "2021-09-10", 19.2]], "尾款9月10日支付"],
    ["农村物流配送体系建设", "汕头市岛链物流有限公司", 80, [["2020.8.12", "2020-08-12", 24], ["2021年3月5日", "2021-03-05", 32], null], null],
    ["农村电商培训", "汕头市启航职业培训学校", 60, [["2020.9.10", "2020-09-10", 18], ["2021.2.3", "2021-02-03", 24], null], "按结算清单据实结算"],
    ["农产品品牌培育及溯源体系", "广东海之味品牌策划有限公司", 55, [[D("2020-10-15"), "2020-10-15", 16.5], ["2021.5.20", "2021-05-20", 22], null], null],
    ["电商产业园改造提升", "南澳县建安工程有限公司", 40, [["2020.11.5", "2020-11-05", 12], ["2021.6.18", "2021-06-18", 16], ["2021.8.30", "2021-08-30", 8]], null],
    ["宣传推广", "汕头市南澳传媒有限公司", 19, [["2021.1.6", "2021-01-06", 5.7], null, ["2021.7.22", "2021-07-22", 13.3]], "无进度款"],
  ];
  const yuan = (w) => Math.round(w * 10000);
  const pays = CT.flatMap((c) => c[3].filter(Boolean));
  const spent = pays.filter((p) => dateOk(p[1])).reduce((a, p) => a + yuan(p[2]), 0);
  const paidAll = pays.reduce((a, p) => a + yuan(p[2]), 0);
  assert(spent === 3937000 && paidAll === 4129000 && CT.reduce((a, c) => a + c[2], 0) === 500, "393.7 of 500 to cut-off, 412.9 in all");
  assert(spent * 100 >= 5000000 * 70, "78.74% ≥ 70%");
  {
    const W = 12, rows = [], merges = [];
    rows.push(span("南澳县电子商务进农村综合示范项目合同及付款台账", W)); merges.push("A1:L1");
    rows.push(span("单位：万元　　省级专项资金下达500万元", W)); merges.push("A2:L2");
    rows.push(["序号", "项目名称", "承建单位", "合同金额", "首付款", null, "进度款", null, "尾款", null, "累计支付", "备注"]);
    rows.push([null, null, null, null, "支付日期", "金额", "支付日期", "金额", "支付日期", "金额", null, null]);
    merges.push("A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:H3", "I3:J3", "K3:K4", "L3:L4");
    const colT = [0, 0, 0];
    CT.forEach((c, i) => {
      const r = [i + 1, c[0], c[1], c[2]];
      c[3].forEach((p, k) => { if (p) { r.push(p[0], p[2]); colT[k] += yuan(p[2]); } else r.push("—", "—"); });
      r.push(c[3].filter(Boolean).reduce((a, p) => a + yuan(p[2]), 0) / 10000, c[4]);
      rows.push(r);
    });
    rows.push(["合计", null, null, 500, null, colT[0] / 10000, null, colT[1] / 10000, null, colT[2] / 10000, paidAll / 10000, null]); merges.push(`A${rows.length}:C${rows.length}`);
    assert(colT[0] + colT[1] + colT[2] === paidAll && colT[0] === 1500000, "column totals");
    rows.push(span("注：累计支付412.9万元含9月10日支付的站点建设尾款19.2万元；截至2021年8月31日实际支付393.7万元。", W)); merges.push(`A${rows.length}:L${rows.length}`);
    sheets.push(sheet("合同付款台账", rows, merges));
  }
  // ---------------------------------------------------------------- 政务邮箱“已发送”（新的在前）
  const CITY = "汕头市商务局电商科 <dsk@stsw.gov.cn>";
  const RM = ["2020年8月", "2020年9月", "2020年10月", "2020年11月", "2020年12月", "2021年1月", "2021年2月", "2021年3月", "2021年4月", "2021年5月", "2021年6月", "2021年7月", "2021年8月"];
  const SENT = ["2020-09-07 16:42", "2020-10-09 10:15", "2020-11-05 15:30", "2020-12-04 09:48", "2021-01-06 17:02", "2021-02-03 11:26", "2021-03-04 16:20",
    "2021-04-06 10:05", "2021-05-07 15:44", "2021-06-03 09:12", "2021-07-05 16:38", "2021-08-04 16:22", "2021-09-07 09:35"];
  const MAIL = RM.map((m, i) => [CITY, "南澳县" + m + "电子商务进农村综合示范工作进展及统计月报（附电商扶贫统计表）", "月报" + m.replace("年", ".").replace("月", "") + ".xlsx；电商扶贫统计" + m.replace("年", ".").replace("月", "") + ".xlsx", SENT[i]]);
  MAIL.push(["县财政局经建股 <jjg@nanao.gov.cn>", "关于申请拨付电商产业园改造尾款的函", "请款函.pdf", "2021-07-26 11:03"]);
  MAIL.push([CITY, "报送：南澳县“海岛+电商”扶贫经验材料", "经验材料.docx", "2021-09-06 15:10"]);
  MAIL.push(["汕头市启航职业培训学校 <qhpx@163.com>", "培训签到表模板", "签到表.xlsx", "2020-11-18 14:27"]);
  MAIL.sort((a, b) => (a[3] < b[3] ? 1 : -1));
  assert(monthsCovered(SENT.map((s) => s.slice(0, 10))) === 12, "reports sent in all 12 months");
  assert(monthsCovered(["2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-02", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07"].map((m) => m + "-15")) === 11, "by report month only 11");
  {
    const rows = [["收件人", "主题", "附件", "发送时间", "大小"]];
    MAIL.forEach((m, i) => rows.push([m[0], m[1], m[2], m[3], (80 + ((i * 37) % 300)) + "KB"]));
    sheets.push(sheet("已发送邮件", rows));
  }
  // ---------------------------------------------------------------- 信息发布审批登记
  // [送审, 标题, 栏目, 意见, 发布 | null]
  const COL = "电子商务进农村综合示范专栏";
  const PUB = [
    ["2019.12.18", "南澳县电子商务进农村综合示范县创建工作方案", COL, "同意发布", "2019.12.20"],
    ["2020.6.10", "南澳县电子商务进农村综合示范项目基本信息公示", COL, "同意发布", "2020.6.12"],
    ["2020.9.4", "项目建设进度（2020年8月）", COL, "同意发布", "2020.9.8"],
    ["2020.9.29", "项目建设进度（2020年9月）", COL, "同意发布", "2020.10.9"],
    ["2020.10.30", "项目建设进度（2020年10月）", COL, "同意发布", "2020.11.3"],
    ["2020.11.20", "关于设立电子商务进农村综合示范项目监督举报电话的公告", COL, "同意发布", "2020.11.20"],
    ["2020.11.30", "项目建设进度（2020年11月）", COL, "同意发布", "2020.12.2"],
    ["2020.12.30", "项目建设进度（2020年12月）", COL, "同意发布", "2021.1.5"],
    ["2021.1.29", "项目建设进度（2021年1月）", COL, "同意发布", "2021.2.2"],
    ["2021.2.26", "关于南澳县电商扶贫产品认定情况的说明", COL, "不予发布（涉及企业信息，改内部通报）", null],
    ["2021.3.3", "项目建设进度（2021年2月）", COL, "同意发布", "2021.3.4"],
    ["2021.4.1", "项目建设进度（2021年3月）", COL, "同意发布", "2021.4.6"],
    ["2021.4.30", "项目建设进度（2021年4月）", COL, "修改后发布", "2021.5.6"],
    ["2021.5.20", "南澳县2021年“双品网购节”活动通知", "通知公告", "同意发布", "2021.5.21"],
    ["2021.6.1", "项目建设进度（2021年5月）", COL, "同意发布", "2021.6.2"],
    ["2021.6.30", "项目建设进度（2021年6月）", COL, "同意发布", "2021.7.2"],
    ["2021.7.30", "项目建设进度（2021年7月）", COL, "同意发布", "2021.8.3"],
    ["2021.8.31", "项目建设进度（2021年8月）", COL, "同意发布", "2021.9.2"],
  ];
  const toIso = (s) => s.split(".").map((x, i) => (i ? x.padStart(2, "0") : x)).join("-");
  assert(monthsCovered(PUB.filter((p) => p[2] === COL && p[4]).map((p) => toIso(p[4]))) === 12, "column published every month");
  assert(monthsCovered(PUB.filter((p) => p[2] === COL).map((p) => toIso(p[0]))) === 11, "by 送审日期 2021-05 is empty");
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("南澳县人民政府门户网站信息发布审批登记簿（县经济促进局）", W)); merges.push("A1:I1");
    rows.push(["序号", "送审日期", "信息标题", "拟发布栏目", "送审科室", "审核意见", "审核人", "发布日期", "备注"]);
    PUB.forEach((p, i) => rows.push([i + 1, p[0], p[1], p[2], "电商股", p[3], "陈××", p[4], p[4] ? null : "未上网"]));
    rows.push(span("注：“发布日期”为县政务服务数据管理局网站实际上网日期。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("信息发布审批", rows, merges));
  }
  // ---------------------------------------------------------------- 宣传稿件刊播登记
  // [题目, 投稿, 媒体, 级别, 形式, 刊播 cell | null, iso, 典型案例, note]
  const MED = [
    ["南澳电商产业园开园", "2020.8.5", "汕头广播电视台", "市级", "电视", null, null, "否", "未播出"],
    ["南澳村级电商站开到海岛渔村", "2020.10.28", "汕头日报", "市级", "报纸", "2020.11.3", "2020-11-03", "否", null],
    ["我县电商培训走进渔村", "2020.12.9", "南澳县融媒体中心", "县级", "电视", D("2020-12-10"), "2020-12-10", "否", null],
    ["南澳紫菜搭上直播快车", "2021.3.30", "南方+客户端", "省级", "网络", "2021.4.8", "2021-04-08", "否", null],
    ["海岛脱贫户的直播间", "2021.6.2", "广东广播电视台新闻频道", "省级", "电视", "2021.6.20", "2021-06-20", "是", "电商扶贫典型案例"],
    ["南澳：电商让海岛特产走出去", "2021.8.16", "中央广播电视总台农业农村频道（CCTV-17）", "中央级", "电视", "2021.9.12", "2021-09-12", "是", null],
  ];
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("南澳县电子商务进农村宣传稿件投送及刊播登记", W)); merges.push("A1:I1");
    rows.push(["序号", "稿件题目", "投稿（采访）日期", "媒体", "媒体级别", "形式", "刊播日期", "电商扶贫典型案例", "备注"]);
    MED.forEach((m, i) => rows.push([i + 1, m[0], m[1], m[2], m[3], m[4], m[5], m[7], m[8]]));
    sheets.push(sheet("宣传刊播登记", rows, merges));
  }
  // ---------------------------------------------------------------- 经验材料
  {
    const rows = [["经验材料报送登记"], ["报送日期", "材料名称", "报送单位", "报送方式"], ["2021.9.6", "南澳县“海岛+电商”扶贫经验做法", "汕头市商务局", "电子邮件"]];
    sheets.push(sheet("经验材料", rows, ["A1:D1"]));
  }
  // ---------------------------------------------------------------- 代码表（隐藏）
  {
    const rows = [["编码前缀", "分组"], ["A", "基本情况"], ["B", "组织领导"], ["C", "县级中心与产业园"], ["D", "农村产品上行"], ["E", "人才培训"], ["F", "信息公开"], ["G", "数据上报"],
      ["H", "资金管理"], ["J", "主观评分项自评"], ["S", "自评得分"], ["V", "一票否决"]];
    sheets.push(sheet("代码表", rows, null, { hidden: true }));
  }
  // ---------------------------------------------------------------- expectation
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 2 + 2,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1, "work.coverage": 5 + 5, "work.upward": 1 + 2 + 1 + 0 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 3 + 3, "promo.cases": 0, "promo.media": 4 + 3 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  assert(sumPts(points) === 91, "91 got " + sumPts(points));
  const bonus = Math.min(4, points["bonus.poorTraining"] + points["bonus.tvCase"]);
  const vetoed = points["veto.incident"] + points["veto.progress"] + points["veto.fraud"] > 0;
  const total = vetoed ? 0 : sumPts(points) + bonus;
  assert(total === 92 && bonus === 1, "total 92 got " + total);
  write("counties/b121-c1-nanao.json", {
    description:
      "汕头市南澳县经济促进局交的整本终期考评资料（15个表，其中“代码表”隐藏），91＋加分1＝92分，未否决（系统里自评94＋加分3＝97）。事实、主观评分和自评分都在《系统填报导出》：这是“省考评管理系统”的填报数据导出，一行一个字段（序号｜指标编码｜填报项｜计量单位｜填报值｜佐证附件数｜最后修改时间），A—H、V组是事实，J组是主观评分（1-2分、1-5分），S组是各指标自评得分（S18合计不是指标）。读法：填报值按“计量单位”列换算——常住人口单位“人”62138；零售额单位“万元”（18650万元＝1.865亿元）；增速单位“%”，填报值23.97、31.35是百分数（23.97%、31.35%），不是小数；资金“万元”500、393.7；总体进度“%”88；运营日期是系统格式“2020-07-08 00:00:00”；牵头领导“县长”，参与部门以“;”分隔（含商务、财政、农业农村、乡村振兴）；“附件数”“修改时间”列不是数据。台账全是别的科室、单位的原表：①邮政管理局《建制村通邮及快递服务通达情况》——两行表头，“是否通邮”是邮政普遍服务，“快递服务是否通达”才是快递覆盖，三澳村“否”，所以快递覆盖不是100%（系统填“是”）；只列29个建制村。②《驻村工作队名册》就是省定贫困村名单（3个，写法“后花园村委会”“龟埕村民委员会”“赤石村”）。③《站点补贴核定表》当站点台账：读“所在村（社区）”和“挂牌运营时间”（有“2020年9月”只到月），后宅社区站不是行政村，深澳村有两站，金山村、浮地村9月挂牌；补贴月数、金额不是站点信息。④《培训结算清单》是服务商按期次结算的清单，读“签到人次”，1月两天班按末日，第12期9月16日不算，合计行不算。⑤《结业证书登记》是脱贫户专班的学员名单（一行一人次，有身份证号），日期读“培训期间”的末日，不是“发证日期”——第三期2021.8.24-8.26在截止日前，证书9月3日才发；第四期在截止日后；“监测户”不是建档立卡贫困户但算培训人次；有一个身份证号中间带空格。⑥《需求摸底表》是全县40名建档立卡贫困人口，劳动能力“弱（半劳力）”算有，“外出务工（汕头市区）”也是县外务工。⑦《园区租赁合同》当入驻企业台账：入驻读“租期起”，退出读“退租日期”，“租期止”是合同到期日不是退出；紫菜坊续签有两份合同、信用代码相同，是一家；牡蛎坊4月退租；海丝跨境9月才签。⑧《合同付款台账》单位万元，每个合同一行，首付款、进度款、尾款三组“支付日期｜金额”横排，“—”是未付，累计支付列和合计行不是拨付；站点尾款9月10日。⑨《已发送邮件》是政务邮箱“已发送”列表，新的在前；月报按“发送时间”算月份，不是主题里的月份（8月报9月发）；发给县财政局、培训学校的和经验材料邮件不是月报。⑩《信息发布审批》读“发布日期”（网站上网日），不是送审日期；“不予发布”的没上网；“通知公告”栏目不是专栏。⑪《宣传刊播登记》读“刊播日期”，“未播出”的不算，中央台9月12日才播。⑫经验材料9月6日才报送。",
    sheets,
    expect: { asOf: "2021-08-31", total, bonus, vetoed, points, claimed },
    derivation: [
      "org.leadership: B01牵头领导“县长”= 主要领导；B02参与部门含县经济促进局（商务）、财政局、农业农村局、乡村振兴局 → 2",
      "org.plan: B03方案已印发“是”；J01方案制定2分 → 2",
      "org.policy: B04已出台政策“是”；J02政策支持1分 → 1",
      "org.management: J03项目管理制度2分 ＋ J04工作台账2分 → 4",
      "work.center: C01运营日期2020-07-08 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训 2；免费展示销售 1；免费摄影美工 C04“否” 0；品牌推广 1；其他增值服务 1；产业园 2；租赁合同台账截至8月31日在园企业：23份合同去掉9月1日才签的海丝跨境、4月30日退租的牡蛎坊，紫菜坊两份合同（续签，信用代码相同）算1家 → 20家 ≥ 20 → 2；业态 代运营、电商平台、网店零售、快递物流、直播电商、仓储物流 ≥ 3 → 1；合计 14（自评14）",
      "work.coverage: 行政村29个（邮政建制村表）；截至8月31日有站点的行政村：后宅镇山顶、隆南、隆北、龙地（2020年9月）、北角山、长山尾、西山、乌石8个，深澳镇深澳（两站计1）、后花园、龟埕、水井、海山、金狮6个，云澳镇中柱、澳前、赤石、澳后、三澳、东山、大澳（2021-08-26）7个 = 21个（后宅社区站不计，金山村2021.9.3、浮地村2021年9月不算）；21/29 = 72.4% ≥ 70% → 5；省定贫困村后花园、龟埕、赤石都在2020年8月建站 3/3 → 5；合计 10",
      "work.upward: J05网销调研1 ＋ J06促销2 ＋ D01第三方服务商 1 ＋ 快递：建制村表有“快递服务是否通达”列，三澳村“否” → 0（D02填“是”与台账不符，以台账为准，警告）＋ J07标准与溯源1 ＋ 增速：农村网零23120/18650 = +23.97% 不够，农产品网零5530/4210 = +31.35% ≥ 30% → 2；合计 7（自评8）",
      "work.training: 人次 = 结算清单截至8月31日的11期 46+52+48+55+50+84+44+60+58+45+46 = 588（第12期2021.9.16不算，合计629不读）＋ 结业证书登记培训期间末日≤截止日的前三期 16+9+14 = 39（第三期培训期间止于2021-08-26，发证日期9月3日不影响；第四期9月9日结束不算；监测户也算人次）= 627；基数 min(62,138, 500,000)；627/62,138 = 1.009% ≥ 1% → 10。贫困人口：摸底表40人，有劳动能力（有、弱）且非外出务工 = 26人；截至8月31日在证书登记中出现的其中18人（身份证号带空格的曾文辉同一人）→ 18/26 = 69.2% ≥ 50% → 10；外出务工的林俊杰、曾志伟、郑伟明、黄泽宇参训只算人次；合计 20（系统E03填参训22人，是把外出务工4人算进去了，以名单为准）",
      "info.disclosure: F01—F04创建方案、项目信息、建设进度、监督举报窗口均“是”（审批登记也有对应条目）→ 2；专栏按“发布日期”2020年9月…2021年8月每月都有上网条目（2021-05-06“修改后发布”；不予发布的一条、“通知公告”栏目一条不算）→ 按月 2；合计 4",
      "info.reporting: 已发送邮件中发给汕头市商务局的月报发送时间覆盖2020-09…2021-08全部12个月（2021年8月发的是7月报）→ 3；G01能统计电商扶贫“是”、每期附电商扶贫统计表 → 3；合计 6",
      "promo.cases: 经验材料2021.9.6才报送汕头市商务局，截止日前没有 → 0（自评2）",
      "promo.media: 按刊播日期、截止日前：南方+客户端2021.4.8、广东广播电视台2021.6.20（省级）→ 4；汕头日报2020.11.3（市级）→ 3；南澳县融媒体中心2020.12.10（县级）→ 1；合计 8（汕头广播电视台未播出，中央台2021.9.12在截止日后）",
      "fund.system: H03已制定资金管理制度；J08 5分 → 5",
      "fund.ledger: H04已建立资金专用台账；J09 4分 → 4",
      "fund.spending: 合同付款台账截至8月31日支付 首付150 ＋ 进度款192.4 ＋ 尾款 30+8+13.3 = 393.7万元 = 3,937,000元（站点尾款19.2万元2021.9.10不算；累计支付列412.9万元不读）；3,937,000/5,000,000 = 78.74% ≥ 70% → J10及时拨付4分 → 4",
      "bonus.poorTraining: 18/26 = 69.2% < 70% → 0（自评2，按22/26计，含外出务工人员）",
      "bonus.tvCase: 广东广播电视台新闻频道2021.6.20播出电商扶贫典型案例（省级电视）→ 1；CCTV-17 2021.9.12在截止日后，不得2分",
      "veto.incident: V01“否” → 0，不否决",
      "veto.progress: H05项目总体进度88% ≥ 40% → 0，不否决",
      "veto.fraud: V02“否” → 0，不否决",
      "total: 2+2+1+4+14+10+7+20+4+6+0+8+5+4+4 = 91，加分1，合计92；系统自评94＋加分3＝97",
    ],
  });
})();

// =====================================================================================
// facts/b121-f1-wuhua: 梅州五华县 — 市商务局制发的统计报表（表号、制定机关、甲乙丙列序号行、代码列、本期｜上年同期｜增减%），
// 网络零售一节“本期”是2020年、“上年同期”是2019年；是非项填1/0；运营日期写成8位数字
// =====================================================================================
(function f1() {
  const W = 7, rows = [], merges = [];
  const sec = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:G${rows.length}`); };
  rows.push([null, null, null, null, null, "表　　号：梅市商电统01表", null]); merges.push("F1:G1");
  rows.push([null, null, null, null, null, "制定机关：梅州市商务局", null]); merges.push("F2:G2");
  rows.push([null, null, null, null, null, "有效期至：2021年12月31日", null]); merges.push("F3:G3");
  sec("电子商务进农村综合示范县（市、区）工作情况统计表");
  sec("2021年8月（数据截至2021年8月31日）");
  rows.push(["示范县（市、区）名称：五华县", null, null, null, "填报单位（盖章）：五华县商务局", null, null]); merges.push(`A${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
  rows.push(["指标名称", "代码", "计量单位", "本期", "上年同期", "比上年同期增减（%）", "备注"]);
  rows.push(["甲", "乙", "丙", 1, 2, 3, "丁"]);
  sec("一、基本情况");
  rows.push(["常住人口", "01", "万人", 105.42, "—", "—", "第七次全国人口普查"]);
  rows.push(["行政村数", "02", "个", 407, "—", "—", "不含社区居委会"]);
  rows.push(["　其中：省定贫困村", "03", "个", 61, "—", "—", null]);
  rows.push(["村级电商服务站点", "04", "个", 318, "—", "—", "已挂牌运营"]);
  sec("二、网络零售（年度数：“本期”填2020年全年，“上年同期”填2019年全年；数据来源：省商务厅反馈）");
  const RR = [312560, 241380], AR = [98740, 72150];
  const g = (a) => Math.round((a[0] / a[1] - 1) * 1000) / 10;
  assert(g(RR) === 29.5 && g(AR) === 36.9, "growth columns");
  rows.push(["农村网络零售额", "11", "万元", RR[0], RR[1], g(RR), null]);
  rows.push(["农产品网络零售额", "12", "万元", AR[0], AR[1], g(AR), null]);
  sec("三、累计数（自项目启动至2021年8月31日）");
  rows.push(["电商培训人次", "21", "人次", 11236, "—", "—", "含线上培训"]);
  rows.push(["有劳动能力的建档立卡贫困人口（不含外出务工）", "22", "人", 8412, "—", "—", "县乡村振兴局核定"]);
  rows.push(["　其中：参加电商培训的", "23", "人", 4367, "—", "—", "按身份证号去重"]);
  rows.push(["下达专项资金", "24", "万元", 500, "—", "—", "省级"]);
  rows.push(["累计拨付资金", "25", "万元", 362.47, "—", "—", null]);
  rows.push(["项目总体进度", "26", "%", 82, "—", "—", null]);
  rows.push(["县级电子商务公共服务中心投入运营日期", "27", "年月日", 20200416, "—", "—", "按8位数字填写"]);
  sec("四、工作情况（是填1，否填0）");
  const YN = [
    ["示范县工作方案已正式印发", "31", 1, null], ["已出台支持农村电商发展的政策", "32", 1, null],
    ["公共服务中心有免费培训场所、培训设备", "33", 1, null], ["为特色农产品提供免费展示、销售服务", "34", 1, null],
    ["为电子商务市场主体提供免费摄影、美工服务", "35", 1, null], ["组织农产品统一推广、指导特色农产品品牌建设", "36", 1, null],
    ["为电子商务发展提供其他衍生增值服务", "37", 0, null], ["建设或整合、优化电商产业园", "38", 1, "五华电商产业园"],
    ["有专业第三方电子商务运营或服务商", "39", 1, null], ["行政村物流快递覆盖率达100%", "40", 0, "尚有9个偏远行政村快递未进村"],
    ["专栏公示创建方案", "41", 1, null], ["专栏公示项目基本信息", "42", 1, null], ["专栏公示项目建设进度", "43", 1, null],
    ["专栏设立征求意见或监督举报窗口", "44", 0, "拟于9月增设"], ["能统计电商扶贫情况", "45", 1, null],
    ["已制定专项资金管理制度", "46", 1, null], ["已建立资金专用台账", "47", 1, null],
    ["发生安全生产、质量事故或造成重大经济损失", "48", 0, null],
  ];
  YN.forEach((y) => rows.push([y[0], y[1], "—", y[2], "—", "—", y[3]]));
  sec("五、组织领导");
  rows.push(["工作协调机制牵头领导（职务）", "51", "—", "县委副书记、县长", null, null, null]); merges.push(`D${rows.length}:G${rows.length}`);
  rows.push(["参与部门", "52", "—", "县商务局、县财政局、县农业农村局、县乡村振兴局、县交通运输局、县邮政分公司", null, null, null]); merges.push(`D${rows.length}:G${rows.length}`);
  rows.push(["单位负责人：曾××", null, "统计负责人：钟××", null, "填表人：李××　电话：0753-44×××××", null, "报出日期：2021年9月3日"]);
  merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  sec("说明：1．本表由示范县商务主管部门填报，每季度终了后10日内报市商务局；2．代码21—27为自项目启动至报告期末的累计数；3．“是非项”是填1，否填0；4．日期按8位数字填写（如20200416）。");
  write("facts/b121-f1-wuhua.json", {
    description:
      "梅州市五华县商务局交来当事实表的，是梅州市商务局制发的统计报表《电子商务进农村综合示范县（市、区）工作情况统计表》（表号梅市商电统01表）：右上角表号、制定机关、有效期三行，标题、报告期“2021年8月（数据截至2021年8月31日）”，“示范县（市、区）名称：五华县”，表头“指标名称｜代码｜计量单位｜本期｜上年同期｜比上年同期增减（%）｜备注”，下面一行“甲｜乙｜丙｜1｜2｜3｜丁”是统计报表的栏次号，不是数据；分五节（节标题行合并）。读法：常住人口105.42万人＝1,054,200；行政村407个（站点318个不是考评输入）；“二、网络零售”一节的节标题写明“本期”是2020年全年、“上年同期”是2019年全年，所以农村网零2020年312,560万元、2019年241,380万元，农产品网零2020年98,740万元、2019年72,150万元，增减列29.5、36.9是百分数（29.5%、36.9%）；“其中：参加电商培训的”4,367人是上一行8,412人中参训的贫困人口；资金“万元”500、362.47；进度“%”82；中心运营日期写成8位数字20200416＝2020-04-16；“四、工作情况”是非项按说明“是填1，否填0”，0就是否（其他增值服务、快递覆盖100%、征求意见或监督举报窗口、发生事故这四项为否）；牵头领导“县委副书记、县长”是县长，属主要领导（“副书记”是党内职务，不是副县长），参与部门含商务、财政、农业农村、乡村振兴 → principal-all。底部“单位负责人、统计负责人、填表人”只是签名，不是牵头领导。没有判断分、没有自评分。",
    sheets: [sheet("统计表", rows, merges)],
    expect: {
      facts: {
        county: "五华县", asOf: "2021-08-31", residentPopulation: 1054200, adminVillagesStated: 407, poorVillagesStated: 61,
        ruralRetail2020: 3125600000, ruralRetail2019: 2413800000, agriRetail2020: 987400000, agriRetail2019: 721500000,
        ruralRetailGrowthStated: 0.295, agriRetailGrowthStated: 0.369,
        trainingPersonTimesStated: 11236, eligiblePoorPersonsStated: 8412, trainedPoorPersonsStated: 4367,
        fundAllocated: 5000000, fundSpentStated: 3624700, overallProgress: 0.82, centerOpened: "2020-04-16",
        planIssued: true, policyIssued: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, centerOther: false,
        parkBuilt: true, thirdPartyOperator: true, expressCoverage: false, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: false, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, vetoIncident: false,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b121-f2-longchuan: 河源龙川县 — 财政专项资金“项目支出绩效自评表”（财政部门格式）：资金执行表、总体目标两栏长文、
// 一级/二级/三级指标＋年度指标值＋实际完成值＋分值＋得分；事实在“实际完成值”和总体目标的完成情况里，“分值/得分”是绩效分不是考评分
// =====================================================================================
(function f2() {
  const W = 8, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
  full("省级财政专项资金项目支出绩效自评表");
  full("（评价期间：2019年12月—2021年8月，数据截至2021年8月31日）");
  rows.push(["项目名称", "2019年省级电子商务进农村综合示范县创建专项资金", null, null, null, null, null, null]); merges.push(`B${rows.length}:H${rows.length}`);
  rows.push(["主管部门", "龙川县商务局", null, null, "实施单位", "龙川县商务局", null, null]); merges.push(`B${rows.length}:D${rows.length}`, `F${rows.length}:H${rows.length}`);
  rows.push(["项目资金（万元）", null, "下达资金数", "累计执行数", "分值", "执行率", "得分", null]);
  const top = rows.length;
  const FA = 500, FS = 386.5;
  const rate = Math.round(FS / FA * 1000) / 10, fundScore = Math.round(10 * FS / FA * 100) / 100;
  assert(rate === 77.3 && fundScore === 7.73, "execution rate");
  rows.push([null, "资金总额", FA, FS, 10, rate + "%", fundScore, null]);
  rows.push([null, "其中：省级财政资金", FA, FS, "—", rate + "%", "—", null]);
  rows.push([null, "　　　县级配套资金", "—", "—", "—", "—", "—", null]);
  merges.push(`A${top}:A${rows.length}`);
  rows.push(["年度总体目标", "预期目标", null, null, "实际完成情况", null, null, null]); merges.push(`B${rows.length}:D${rows.length}`, `E${rows.length}:H${rows.length}`);
  const goalTop = rows.length;
  rows.push([null,
    "建立县、镇、村三级电子商务公共服务体系，村级站点覆盖70%以上行政村、省定贫困村全覆盖；开展电商培训；推动农产品网络零售额增长30%以上；规范使用专项资金，支出率达70%以上。", null, null,
    "截至2021年8月31日：成立以县委常委、常务副县长为组长，县商务局、县财政局、县农业农村局、县乡村振兴局等部门参与的示范县创建工作领导小组；县政府办公室印发《龙川县电子商务进农村综合示范县工作方案》，出台《龙川县加快农村电子商务发展扶持办法》；整合建成老隆电商产业园（入驻企业26家）；制定《龙川县电子商务进农村综合示范专项资金管理办法》，各承建单位均建立资金专用台账；在县政府网站设立专栏，公开创建方案、项目基本信息和建设进度。项目实施中未发生安全生产、质量事故。",
    null, null, null]);
  merges.push(`A${goalTop}:A${rows.length}`, `B${rows.length}:D${rows.length}`, `E${rows.length}:H${rows.length}`);
  rows.push(["一级指标", "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"]);
  // [一级, 二级, 三级, 指标值, 完成值, 分值, 得分, 偏差]
  const K = [
    ["产出指标", "数量指标", "村级站点覆盖行政村比例", "≥70%", "61.9%（覆盖213个村，全县行政村344个）", 8, 7, "部分偏远山区村人口少、物流不便，计划9月再建20个"],
    [null, null, "省定贫困村站点覆盖率", "100%", "100%（全县省定贫困村49个，均已建站）", 6, 6, null],
    [null, null, "电商培训人次", "≥4000人次", "4,126人次", 6, 6, null],
    [null, null, "建档立卡贫困人口培训率", "≥50%", "55.1%（有劳动能力且未外出务工1,860人，已参训1,024人）", 6, 6, null],
    [null, "质量指标", "行政村物流快递覆盖率", "100%", "100%", 6, 6, null],
    [null, null, "县级公共服务中心服务功能", "免费培训、展示销售、摄影美工、品牌推广", "四项均已免费提供（设培训教室，配电脑60台）", 6, 6, null],
    [null, "时效指标", "县级公共服务中心投入运营", "2020年6月30日前", "2020年5月20日投入运营", 6, 6, null],
    [null, null, "项目总体进度", "2021年8月底前完成100%", "86%", 6, 5, "溯源体系建设项目验收延后，预计11月完成"],
    ["效益指标", "经济效益指标", "2020年农村网络零售额同比增速", "≥30%", "26.8%（2020年16.42亿元，2019年12.95亿元）", 8, 7, "受疫情影响"],
    [null, null, "2020年农产品网络零售额同比增速", "≥30%", "34.2%（2020年4.86亿元）", 8, 8, null],
    [null, "社会效益指标", "带动农村就业创业", "≥2000人", "2,315人", 7, 7, null],
    [null, "可持续影响指标", "引入专业第三方电商运营服务商", "≥1家", "1家（广东龙电汇电子商务有限公司）", 7, 7, null],
    ["满意度指标", "服务对象满意度指标", "农户、电商企业满意度", "≥85%", "92.6%", 10, 10, null],
  ];
  assert(Math.round(1642 / 1295 * 1000) === 1268 && Math.round(1024 / 1860 * 1000) === 551 && Math.round(213 / 344 * 1000) === 619, "stated rates");
  const kTop = rows.length + 1;
  K.forEach((k) => rows.push(k.slice()));
  // vertical merges for 一级 / 二级 groups
  const grpMerge = (col) => {
    let start = null;
    for (let i = 0; i <= K.length; i++) {
      const v = i < K.length ? K[i][col] : "END";
      if (v !== null) { if (start !== null && i - 1 > start) merges.push(`${colLetter(col)}${kTop + start}:${colLetter(col)}${kTop + i - 1}`); start = i; }
    }
  };
  grpMerge(0); grpMerge(1);
  const fen = 10 + K.reduce((a, k) => a + k[5], 0), de = Math.round((fundScore + K.reduce((a, k) => a + k[6], 0)) * 100) / 100;
  assert(fen === 100 && de === 94.73, "绩效 total 100 / 94.73 got " + de);
  rows.push(["总分", null, null, null, null, fen, de, "自评等级：优"]); merges.push(`A${rows.length}:E${rows.length}`);
  full("填报人：黄××　　联系电话：0762-67×××××　　单位负责人：邹××（县商务局局长）　　填报日期：2021年9月6日");
  full("注：本表“分值”“得分”为财政绩效评价分，按《河源市财政专项资金绩效自评工作指引》计算。");
  write("facts/b121-f2-longchuan.json", {
    description:
      "河源市龙川县商务局交来当事实表的，是报县财政局的《省级财政专项资金项目支出绩效自评表》（财政部门统一格式）：项目名称、主管部门｜实施单位两栏；“项目资金（万元）”小表（下达资金数｜累计执行数｜分值｜执行率｜得分，资金总额500、386.5万元）；“年度总体目标”分“预期目标｜实际完成情况”两大格长文；绩效指标表“一级指标｜二级指标｜三级指标｜年度指标值｜实际完成值｜分值｜得分｜偏差原因”，一级、二级指标纵向合并；总分行和签名、注释行。读法：事实只从“实际完成值”和“实际完成情况”读，“预期目标”“年度指标值”（≥70%、2020年6月30日前、≥30%……）是目标不是事实；“分值”“得分”“总分94.73”“自评等级”是财政绩效评价分，不是考评自评分（没有claimed，也没有判断分）。实际完成情况一格里：领导小组组长是“县委常委、常务副县长”→ 副县长，分管领导（“县委常委”不改变），所以是deputy；工作方案已印发、扶持办法已出台、整合建成产业园、资金管理办法已制定、资金专用台账已建立、专栏公开方案、项目信息、建设进度（没说征求意见或监督举报窗口，不读）、未发生安全生产质量事故。指标表里：行政村344个、省定贫困村49个；培训4,126人次；有劳动能力且未外出务工的贫困人口1,860人、参训1,024人；快递覆盖100%；中心免费培训、展示销售、摄影美工、品牌推广四项都有（其他增值服务没写）；中心2020年5月20日投入运营；总体进度86%；2020年农村网零16.42亿元、2019年12.95亿元、增速26.8%；2020年农产品网零4.86亿元、增速34.2%（2019年没写）；有第三方运营服务商。下达资金500万元、累计执行386.5万元（执行率77.3%不是事实键）。评价期间和标题下写“数据截至2021年8月31日”。常住人口、县名栏没有，不读。",
    sheets: [sheet("绩效自评表", rows, merges)],
    expect: {
      facts: {
        asOf: "2021-08-31", adminVillagesStated: 344, poorVillagesStated: 49, planIssued: true, policyIssued: true, centerOpened: "2020-05-20",
        centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true, parkBuilt: true, thirdPartyOperator: true, expressCoverage: true,
        ruralRetail2019: 1295000000, ruralRetail2020: 1642000000, ruralRetailGrowthStated: 0.268, agriRetail2020: 486000000, agriRetailGrowthStated: 0.342,
        trainingPersonTimesStated: 4126, eligiblePoorPersonsStated: 1860, trainedPoorPersonsStated: 1024,
        disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        fundAllocated: 5000000, fundSpentStated: 3865000, fundSystemIssued: true, fundLedgerKept: true, overallProgress: 0.86, vetoIncident: false,
      },
      judged: {},
      leadership: "deputy",
    },
  });
})();

// =====================================================================================
// facts/b121-f3-haifeng: 汕尾海丰县 — 县政府督查室“督查督办系统”任务办理情况导出（一行一项分解任务，进展情况是段落），
// 电商股在最右加了一列“考评自评”写判断分；完成时限、督办意见里的数字不是事实
// =====================================================================================
(function f3() {
  const W = 9, rows = [], merges = [];
  rows.push(span("海丰县人民政府督查室　督查督办系统　任务办理情况导出", W)); merges.push("A1:I1");
  rows.push(span("专项名称：电子商务进农村综合示范县创建重点任务（交办日期：2019-11-20）　　导出时间：2021-09-02 11:05　　导出人：县商务局 林××", W)); merges.push("A2:I2");
  rows.push(["任务编号", "任务内容", "牵头单位", "配合单位", "完成时限", "进展情况（截至2021年8月31日）", "办理状态", "督办意见", "【电商股加列】考评自评"]);
  const T = [
    ["HF-01", "成立示范县创建工作领导小组", "县政府办", "县商务局", "2019年11月底",
      "已成立以县长为组长，常务副县长、分管副县长为副组长的领导小组（海府办〔2019〕58号），成员单位为县商务局、县财政局、县农业农村局、县交通运输局、县市场监管局、县邮政分公司，办公室设在县商务局。", "已办结", null, null],
    ["HF-02", "印发示范县工作方案", "县商务局", "县财政局", "2019年12月底",
      "《海丰县电子商务进农村综合示范县工作方案》已由县政府办公室正式印发（海府办〔2019〕63号）。", "已办结", null, "方案制定：自评2分"],
    ["HF-03", "出台农村电商扶持政策", "县商务局", "县财政局、县人社局", "2020年6月底",
      "2020年10月印发《海丰县促进农村电子商务发展若干措施》，对网店开设、物流配送、人才培训给予扶持。", "已办结（超期）", "超期办结，予以通报", "政策支持：自评2分"],
    ["HF-04", "制定项目管理制度，建立工作台账", "县商务局", null, "2020年3月底",
      "制定《海丰县电子商务进农村综合示范项目管理办法》，建设、验收按制度执行；已建立项目工作台账，站点台账缺部分联系电话，正在补录。", "已办结", null, "项目管理制度：自评2分；工作台账：自评1分"],
    ["HF-05", "建设县级电子商务公共服务中心", "县商务局", "运营服务商", "2020年6月底",
      "中心于2020年9月18日投入运营，设免费培训室（配电脑40台），为本地特色农产品提供免费展示、销售，为网商提供免费摄影、美工服务，统一推广“海丰好物”区域公用品牌，并代办营业执照、商标注册等增值服务。", "已办结（超期）", "超期办结，予以通报", null],
    ["HF-06", "建设电商产业园", "县商务局", "附城镇", "2020年12月底",
      "整合原海丰县电子商务创业园，建成县电商产业园，入驻企业23家。", "已办结", null, null],
    ["HF-07", "引进第三方运营服务商", "县商务局", "县财政局", "2020年3月底",
      "经公开招标，由汕尾市海创电子商务有限公司承担县级中心及村级站点运营服务。", "已办结", null, null],
    ["HF-08", "村级电商服务站点建设", "县商务局", "各镇人民政府", "2021年6月底",
      "已建成村级站点168个，全县216个行政村中已覆盖168个（77.8%），23个省定贫困村全覆盖。", "已办结", null, null],
    ["HF-09", "完善农村物流快递体系", "县交通运输局", "县邮政分公司", "2021年3月底",
      "建成县级快递共配中心，全县行政村快递服务通达率100%。", "已办结", null, null],
    ["HF-10", "推动农产品网络销售", "县农业农村局", "县商务局", "2021年8月底",
      "完成《海丰县农产品网络销售调研报告》；开展“海丰油甘节”等网络促销活动6场；2020年全县农产品网络零售额5.62亿元，同比增长41.3%。", "推进中", "请补充促销活动销售数据", "网销调研：自评2分；网络促销：自评1分"],
    ["HF-11", "探索交易标准和冷链、溯源体系", "县市场监管局", "县农业农村局", "2021年6月底",
      "制定《海丰油甘电商交易标准（试行）》；冷链、溯源系统尚未建成。", "滞后", "请加快推进溯源系统建设", "交易标准与冷链溯源：自评1分"],
    ["HF-12", "开展电商人才培训", "县人社局", "县商务局", "2021年8月底",
      "累计培训9,846人次，占全县常住人口（76.4万人）的1.29%；全县有劳动能力的建档立卡贫困人口（不含外出务工人员）2,315人，已参加电商培训1,207人（52.1%）。", "已办结", null, null],
    ["HF-13", "设立信息公开专栏", "县商务局", "县政务服务数据管理局", "2020年3月底",
      "县政府门户网站“电商进农村”专栏已公开创建方案、项目基本信息，每月更新项目建设进度，设立了监督举报电话和邮箱。", "已办结", null, null],
    ["HF-14", "按月报送工作进展和统计数据", "县商务局", null, "每月5日前",
      "每月向汕尾市商务局报送工作进展和统计数据，附电商扶贫统计表（贫困户培训、带动增收情况）。", "持续推进", null, null],
    ["HF-15", "加强专项资金管理，加快拨付", "县财政局", "县商务局", "2021年6月底",
      "县财政局、县商务局联合制定《海丰县电子商务进农村综合示范专项资金管理办法》；各承建单位均建立资金专用台账。省级下达专项资金500万元，截至8月31日累计拨付318.2万元，拨付率63.6%。", "滞后", "请于9月底前拨付至350万元以上", "资金管理制度：自评4分；资金台账：自评4分；资金支出：拨付率未达70%，不自评"],
    ["HF-16", "确保项目总体进度", "县商务局", "各承建单位", "2021年8月底",
      "项目总体进度72%，溯源系统、部分站点提升项目未完工；项目实施以来未发生安全生产、质量事故。", "推进中", "请倒排工期", null],
  ];
  assert(Math.round(168 / 216 * 1000) === 778 && Math.round(9846 / 764000 * 10000) === 129 && Math.round(1207 / 2315 * 1000) === 521 && Math.round(3182 / 5000 * 1000) === 636, "stated rates");
  T.forEach((t) => rows.push(t.slice()));
  const done = T.filter((t) => t[6].startsWith("已办结")).length, doing = T.filter((t) => /推进/.test(t[6])).length, late = T.filter((t) => t[6] === "滞后").length;
  assert(done + doing + late === T.length && T.length === 16 && done === 11 && doing === 3 && late === 2, "status partition");
  assert(T.filter((t) => t[6] === "已办结（超期）").length === 2 && T.filter((t) => t[6] === "持续推进").length === 1, "status notes");
  rows.push(span("共" + T.length + "项：已办结" + done + "项（其中超期2项），推进中" + doing + "项（含持续推进1项），滞后" + late + "项。", W)); merges.push(`A${rows.length}:I${rows.length}`);
  rows.push(span("电商股注：最右列为考评主观评分项的自评分，其余列为系统原样导出。", W)); merges.push(`A${rows.length}:I${rows.length}`);
  write("facts/b121-f3-haifeng.json", {
    description:
      "汕尾市海丰县商务局交来当事实表的，是县政府督查室“督查督办系统”导出的示范县创建重点任务办理情况：两行标题（专项名称、交办日期、导出时间），表头“任务编号｜任务内容｜牵头单位｜配合单位｜完成时限｜进展情况（截至2021年8月31日）｜办理状态｜督办意见”，一行一项任务（HF-01至HF-16），事实都写在“进展情况”的段落里；电商股在最右加了一列“【电商股加列】考评自评”，写主观评分项的自评分；末尾是状态统计和电商股注。读法：“完成时限”（2020年6月底等）是督办要求，不是完成日期——中心投入运营读进展里的2020年9月18日；督办意见“9月底前拨付至350万元以上”是要求，不是事实。HF-01：组长是县长（常务副县长、分管副县长只是副组长）→ 主要领导，但成员单位没有扶贫（乡村振兴）部门 → principal；HF-02方案正式印发；HF-03扶持措施已出台（超期办结仍是已出台）；HF-05中心五项服务都有（代办营业执照、商标注册是其他增值服务）；HF-06产业园；HF-07第三方运营服务商；HF-08行政村216个、省定贫困村23个；HF-09快递通达率100%；HF-10 2020年农产品网零5.62亿元、同比增长41.3%（农村网零没写）；HF-12培训9,846人次，常住人口76.4万人，有劳动能力且不含外出务工的贫困人口2,315人、参训1,207人；HF-13专栏公开方案、项目信息、进度，有监督举报电话；HF-14月报附电商扶贫统计 → 能统计；HF-15资金管理办法、专用台账都有，下达500万元、拨付318.2万元；HF-16总体进度72%、未发生安全质量事故。判断分只读电商股加列：方案2、政策2、项目管理制度2、工作台账1、网销调研2、促销1、标准与溯源1、资金制度4、资金台账4；“资金支出：拨付率未达70%，不自评”没有分数，不记。“截至2021年8月31日”在表头里。没有按指标的自评分表，不记claimed；县名只在标题里，不读。",
    sheets: [sheet("督办任务导出", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "海丰县",
        asOf: "2021-08-31", planIssued: true, policyIssued: true, centerOpened: "2020-09-18", centerFreeTraining: true, centerDisplay: true, centerPhoto: true,
        centerBrand: true, centerOther: true, parkBuilt: true, thirdPartyOperator: true, adminVillagesStated: 216, poorVillagesStated: 23, expressCoverage: true,
        agriRetail2020: 562000000, agriRetailGrowthStated: 0.413, trainingPersonTimesStated: 9846, residentPopulation: 764000,
        eligiblePoorPersonsStated: 2315, trainedPoorPersonsStated: 1207, disclosurePlan: true, disclosureProjects: true, disclosureProgress: true,
        disclosureWindow: true, povertyStatisticsStated: true, fundSystemIssued: true, fundLedgerKept: true, fundAllocated: 5000000, fundSpentStated: 3182000,
        overallProgress: 0.72, vetoIncident: false,
      },
      judged: {
        "org.plan": 2, "org.policy": 2, "org.management.system": 2, "org.management.ledger": 1, "work.upward.research": 2, "work.upward.promotion": 1,
        "work.upward.standards": 1, "fund.system": 4, "fund.ledger": 4,
      },
      leadership: "principal",
    },
  });
})();

// =====================================================================================
// ledgers/b121-l1-liannan: 清远连南瑶族自治县 — ①直播班“报名及到场登记”（各镇报名名单，到场打√，只有到场的才是学员；三期分段，
// 日期在段标题，第二期是三天班）；②各镇普及培训统计（参训人数分男、女两列，“其中脱贫户”是子项，不加）；
// ③结对帮扶台账当贫困人口名单（按帮扶责任人、户合并单元格，一组身份证号脱敏，务工情况空白）；④说明
// =====================================================================================
(function l1() {
  const AREA = "441826";
  const sheets = [], expect = {};
  // ---------------------------------------------------------------- 结对帮扶台账 data
  // [责任人, 单位职务, masked, households: [户主, members: [name, rel, birth, 劳动能力, 务工情况|null, 地点|null]]]
  const HH = [
    ["李××", "县商务局副局长", false, [
      ["房金福", [["房金福", "户主", "19680312", "有劳动能力", "在家务农", null], ["盘三妹", "配偶", "19710705", "弱劳动能力", "在家务农", null],
        ["房志勇", "之子", "19940218", "有劳动能力", "外出务工", "佛山市南海区"], ["房小玲", "之女", "20080926", "无劳动能力", "在校学生", null]]],
      ["唐亚四", [["唐亚四", "户主", "19500811", "丧失劳动能力", "未务工", null], ["唐国强", "之子", "19790430", "有劳动能力", "县内务工", "县城"]]]]],
    ["黄××", "县财政局干部", false, [
      ["盘贵才", [["盘贵才", "户主", "19730625", "有劳动能力", "县内务工", "寨岗镇"], ["沈二妹", "配偶", "19751014", "有劳动能力", "在家务农", null],
        ["盘志成", "之子", "19980303", "有劳动能力", "外出务工", "广州市白云区"]]],
      ["沈阿娇", [["沈阿娇", "户主", "19460219", "无劳动能力", null, null]]]]],
    ["邓××", "寨岗镇干部", false, [
      ["房贵生", [["房贵生", "户主", "19760908", "有劳动能力", "在家务农", null], ["唐春梅", "配偶", "19790122", "有劳动能力", "外出务工", "东莞市"],
        ["房晓峰", "之子", "20110517", "无劳动能力", "在校学生", null]]],
      ["李德明", [["李德明", "户主", "19620730", "弱劳动能力", "在家务农", null]]]]],
    ["唐××", "大麦山镇干部", true, [
      ["盘金生", [["盘金生", "户主", "19700406", "有劳动能力", "在家务农", null], ["房玉兰", "配偶", "19720915", "有劳动能力", "县内务工", "三江镇"],
        ["盘小军", "之子", "19960728", "有劳动能力", "外出务工", "深圳市"]]],
      ["唐细妹", [["唐细妹", "户主", "19490103", "丧失劳动能力", "未务工", null], ["唐志明", "之孙", "20100920", "无劳动能力", "在校学生", null]]]]],
    ["沈××", "三江镇干部", false, [
      ["沈国荣", [["沈国荣", "户主", "19740512", "有劳动能力", "县内务工", "县城"], ["邓秀英", "配偶", "19770227", "弱劳动能力", "在家务农", null],
        ["沈丽萍", "之女", "19990614", "有劳动能力", "外出务工", "清远市清城区"]]],
      ["黄亚福", [["黄亚福", "户主", "19650828", "有劳动能力", "在家务农", null]]]]],
  ];
  const persons = [];
  HH.forEach((g) => g[3].forEach((h) => h[1].forEach((m) => persons.push({ g, h, m }))));
  assert(persons.length === 23, "23 persons");
  persons.forEach((p, i) => {
    p.id = makeId(AREA, p.m[2], 300 + i * 29, i === 1 || i === 16);
    p.written = p.g[2] ? p.id.slice(0, 6) + "********" + p.id.slice(14) : p.id;
  });
  assert(persons[1].id.endsWith("X") && persons[16].id.endsWith("X") && new Set(persons.map((p) => p.id)).size === 23, "poor ids");
  const byName = (n) => { const f = persons.filter((p) => p.m[0] === n); assert(f.length === 1, "one " + n); return f[0]; };
  // ---------------------------------------------------------------- 说明
  {
    const rows = [["连南瑶族自治县电子商务进农村 培训及帮扶台账"], ["县商务局电商股　2021年9月整理"], [null],
      ["1．“直播班报名到场”：各镇报名名单，县商务局现场核对，到场打“√”，未到场空白，只有到场的是学员。"],
      ["2．“各镇普及培训”：各镇按期上报，参训人数=男+女，“其中脱贫户”已含在男、女人数内。"],
      ["3．“结对帮扶台账”：县乡村振兴局结对帮扶台账复制，大麦山镇唐××结对户的身份证号按帮扶手册脱敏填写。"]];
    sheets.push(sheet("说明", rows));
    expect["说明"] = { kind: null };
  }
  // ---------------------------------------------------------------- 直播班报名到场
  // [镇, 姓名, 民族, 脱贫户, 到场, 备注]
  const CLS = [
    ["第一期　2021年3月9日　地点：县电子商务公共服务中心", "2021-03-09", [
      ["寨岗镇", "房金福", "瑶族", "是", true, null], ["寨岗镇", "盘小燕", "瑶族", "否", true, null], ["三江镇", "唐金凤", "瑶族", "否", true, null],
      ["三江镇", "沈国华", "汉族", "否", false, null], ["大麦山镇", "房二妹", "瑶族", "否", true, null], ["大麦山镇", "盘贵明", "瑶族", "否", true, null],
      ["香坪镇", "邓丽华", "瑶族", "否", true, null], ["香坪镇", "李永生", "汉族", "否", false, "请假"], ["大坪镇", "唐春花", "瑶族", "否", true, null],
      ["寨岗镇", "盘贵才", "瑶族", "是", true, null], ["涡水镇", "黄晓东", "汉族", "否", true, null], ["涡水镇", "房桂英", "瑶族", "否", false, null],
      ["三排镇", "盘志华", "瑶族", "否", true, null], ["三排镇", "唐小军", "瑶族", "否", true, null]]],
    ["第二期　2021年5月18日—20日（三天）　地点：三江镇文化站", "2021-05-20", [
      ["三江镇", "沈国荣", "瑶族", "是", true, null], ["三江镇", "唐国强", "瑶族", "是", true, null], ["寨岗镇", "房贵生", "瑶族", "是", true, null],
      ["寨岗镇", "沈二妹", "瑶族", "是", false, "家中有事"], ["大麦山镇", "盘金花", "瑶族", "否", true, null], ["大麦山镇", "房志明", "瑶族", "否", true, null],
      ["香坪镇", "邓美玲", "瑶族", "否", true, null], ["香坪镇", "赵文华", "汉族", "否", false, null], ["大坪镇", "沈小红", "瑶族", "否", true, null],
      ["大坪镇", "唐建军", "瑶族", "否", true, "身份证未带，号码待补"], ["涡水镇", "李秀兰", "汉族", "否", true, null], ["涡水镇", "黄亚福", "瑶族", "是", true, null],
      ["三排镇", "盘丽娟", "瑶族", "否", true, null], ["三排镇", "唐志强", "瑶族", "否", false, null], ["三江镇", "房春燕", "瑶族", "否", true, "现场替补报名"],
      ["寨岗镇", "盘小燕", "瑶族", "否", true, "第一期学员"]]],
    ["第三期　2021年9月7日　地点：县电子商务公共服务中心", "2021-09-07", [
      ["香坪镇", "邓国明", "瑶族", "否", true, null], ["大坪镇", "唐美华", "瑶族", "否", true, null], ["涡水镇", "黄丽萍", "汉族", "否", true, null],
      ["三排镇", "房永强", "瑶族", "否", false, null], ["三江镇", "沈金凤", "瑶族", "否", true, null], ["大麦山镇", "盘国华", "瑶族", "否", true, null],
      ["寨岗镇", "李德明", "瑶族", "是", true, null], ["三江镇", "唐金凤", "瑶族", "否", true, "第一期学员"]]],
  ];
  const phone = (name) => { let h = 7; for (const ch of name) h = (h * 131 + ch.charCodeAt(0)) % 100000; return "1" + ["38", "39", "59", "35", "37"][h % 5] + "****" + String(1000 + (h % 9000)); };
  const tid = {};
  let seq = 0;
  const traineeId = (t) => {
    if (t[3] === "是") return byName(t[1]).id;
    if (!tid[t[1]]) {
      seq += 1;
      const y = 1972 + ((seq * 7) % 28), mo = 1 + ((seq * 5) % 12), d = 1 + ((seq * 11) % 28);
      tid[t[1]] = makeId(AREA, String(y) + String(mo).padStart(2, "0") + String(d).padStart(2, "0"), 500 + seq * 17, t[1] === "房志明");
    }
    return tid[t[1]];
  };
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("连南瑶族自治县农村电商直播带货培训班报名及到场登记表", W)); merges.push("A1:I1");
    rows.push(span("（各镇报名，县商务局现场核对：到场打“√”，未到场空白；只统计到场学员）", W)); merges.push("A2:I2");
    const recs = [];
    let lower = 0;
    CLS.forEach((c) => {
      rows.push(span(c[0], W)); merges.push(`A${rows.length}:I${rows.length}`);
      rows.push(["序号", "报名镇", "姓名", "民族", "身份证号", "联系电话", "脱贫户", "到场", "备注"]);
      c[2].forEach((t, i) => {
        const id = traineeId(t);
        let shown = t[5] && /未带/.test(t[5]) ? null : id;
        if (shown && t[1] === "房志明") { shown = shown.slice(0, 17) + "x"; lower += 1; }
        rows.push([i + 1, t[0], t[1], t[2], shown, phone(t[1]), t[3], t[4] ? "√" : null, t[5]]);
        if (t[4]) recs.push({ date: c[1], personTimes: 1, id: shown === null ? null : id });
      });
      const att = c[2].filter((t) => t[4]).length;
      rows.push([null, "报名" + c[2].length + "人，到场" + att + "人", null, null, null, null, null, null, null]); merges.push(`B${rows.length}:I${rows.length}`);
    });
    assert(lower === 1 && tid["房志明"].endsWith("X"), "one lower-case x");
    assert(recs.length === 11 + 13 + 7 && recs.filter((r) => r.id === null).length === 1, "31 attendees");
    sheets.push(sheet("直播班报名到场", rows, merges));
    expect["直播班报名到场"] = { kind: "training", records: recs };
  }
  // ---------------------------------------------------------------- 各镇普及培训
  // [date cell, iso, 镇, 主题, 男, 女, 其中脱贫户, 授课人, 备注]
  const SES = [
    ["2020.9.15", "2020-09-15", "寨岗镇", "电商基础知识", 38, 27, 12, "县电商中心 房××", null],
    ["2020/10/20", "2020-10-20", "三江镇", "网店开设", 42, 35, 9, "县电商中心 盘××", null],
    [D("2020-11-24"), "2020-11-24", "大麦山镇", "农产品拍照", 25, 31, 14, "外聘讲师 陈××", null],
    ["2020.12.16", "2020-12-16", "香坪镇", "年货节网销", 30, 26, 8, "县电商中心 房××", null],
    ["21.1.12", "2021-01-12", "大坪镇", "短视频入门", 33, 29, 10, "外聘讲师 陈××", null],
    ["2021年3月", "2021-03", "涡水镇", "社群营销", 28, 36, 7, "县电商中心 盘××", "镇上报，具体日期不详"],
    ["2021.4.14", "2021-04-14", "三排镇", "直播带货", 40, 44, 15, "外聘讲师 何××", null],
    ["2021.5.26", "2021-05-26", "寨岗镇、大麦山镇", "农产品电商标准", 51, 47, 20, "县市场监管局 沈××", "两镇联办"],
    [D("2021-06-23"), "2021-06-23", "三江镇", "冷链寄递", 27, 22, 6, "县邮政分公司 唐××", null],
    ["2021.7.21", "2021-07-21", "香坪镇", "瑶绣网销", 18, 52, 11, "县电商中心 房××", null],
    ["2021.8.25", "2021-08-25", "大坪镇", "直播进阶", 36, 30, 9, "外聘讲师 何××", null],
    ["2021.9.15", "2021-09-15", "涡水镇", "跨境电商入门", 24, 21, 3, "外聘讲师 陈××", null],
  ];
  {
    const W = 9, rows = [], merges = [];
    rows.push(span("连南县各镇农村电商普及培训统计表（2020年9月—2021年9月）", W)); merges.push("A1:I1");
    rows.push(["序号", "培训日期", "镇", "培训主题", "参训人数", null, null, "授课人", "备注"]);
    rows.push([null, null, null, null, "男", "女", "其中脱贫户", null, null]);
    merges.push("A2:A3", "B2:B3", "C2:C3", "D2:D3", "E2:G2", "H2:H3", "I2:I3");
    const recs = [];
    const sub = (label, list) => {
      const m = list.reduce((a, s) => a + s[4], 0), f = list.reduce((a, s) => a + s[5], 0), p = list.reduce((a, s) => a + s[6], 0);
      rows.push([null, label, null, null, m, f, p, null, "合计" + (m + f) + "人次"]); merges.push(`B${rows.length}:D${rows.length}`);
      return m + f;
    };
    let n = 0;
    const y20 = SES.filter((s) => s[1] < "2021"), y21 = SES.filter((s) => s[1] >= "2021");
    y20.forEach((s) => { n += 1; rows.push([n, s[0], s[2], s[3], s[4], s[5], s[6], s[7], s[8]]); recs.push({ date: s[1], personTimes: s[4] + s[5] }); });
    const a = sub("2020年小计", y20);
    y21.forEach((s) => { n += 1; rows.push([n, s[0], s[2], s[3], s[4], s[5], s[6], s[7], s[8]]); recs.push({ date: s[1], personTimes: s[4] + s[5] }); });
    const b = sub("2021年小计", y21);
    const t = sub("总计", SES);
    assert(a + b === t && t === 792 && a === 254, "training totals " + a + "/" + t);
    rows.push(span("注：参训人数＝男＋女；“其中脱贫户”已含在男、女人数内，不另加。", W)); merges.push(`A${rows.length}:I${rows.length}`);
    sheets.push(sheet("各镇普及培训", rows, merges));
    expect["各镇普及培训"] = { kind: "training", records: recs };
  }
  // ---------------------------------------------------------------- 结对帮扶台账
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("连南瑶族自治县建档立卡贫困户结对帮扶台账（摘录：县直、镇干部结对户）", W)); merges.push("A1:J1");
    rows.push(["帮扶责任人", "单位及职务", "户主", "家庭成员", "与户主关系", "身份证号", "劳动能力", "务工情况", "务工地点", "帮扶措施"]);
    const recs = [];
    HH.forEach((g) => {
      const gTop = rows.length + 1;
      g[3].forEach((h) => {
        const hTop = rows.length + 1;
        h[1].forEach((m, k) => {
          const p = persons.find((x) => x.m === m);
          rows.push([rows.length + 1 === gTop ? g[0] : null, rows.length + 1 === gTop ? g[1] : null, k === 0 ? h[0] : null, m[0], m[1], p.written, m[3], m[4], m[5],
            k === 0 ? ["产业帮扶（种养）", "就业帮扶", "电商培训", "消费帮扶"][(hTop + gTop) % 4] : null]);
          recs.push({ id: p.written, labour: /^(有|弱)/.test(m[3]), migrant: m[4] === null ? null : m[4] === "外出务工" });
        });
        if (rows.length > hTop) merges.push(`C${hTop}:C${rows.length}`, `J${hTop}:J${rows.length}`);
      });
      merges.push(`A${gTop}:A${rows.length}`, `B${gTop}:B${rows.length}`);
    });
    rows.push(span("说明：1．劳动能力分“有劳动能力”“弱劳动能力”“无劳动能力”“丧失劳动能力”，弱劳动能力按有劳动能力统计；2．务工情况“外出务工”指到县外务工，“县内务工”“在家务农”“未务工”“在校学生”均不属外出务工；务工情况空白的为尚未核实；3．唐××结对户身份证号按帮扶手册脱敏。", W)); merges.push(`A${rows.length}:J${rows.length}`);
    assert(recs.length === 23 && recs.filter((r) => r.migrant === null).length === 1 && recs.filter((r) => /\*/.test(r.id)).length === 5, "poor records");
    assert(recs.filter((r) => r.labour && r.migrant === false).length === 12, "12 eligible");
    sheets.push(sheet("结对帮扶台账", rows, merges));
    expect["结对帮扶台账"] = { kind: "poorPersons", records: recs };
  }
  write("ledgers/b121-l1-liannan.json", {
    description:
      "清远市连南瑶族自治县商务局电商股交的培训和帮扶台账，四个表。①《说明》只有文字，不是台账。②《直播班报名到场》是各镇报名名单加现场核对：两行标题写明“到场打√，未到场空白；只统计到场学员”，分三期，每期一行段标题（日期只在段标题里：第一期2021年3月9日，第二期“2021年5月18日—20日（三天）”按末日2021-05-20，第三期2021年9月7日），段内重复表头，段末“报名×人，到场×人”合计行。读法：只有“到场”列为√的行是培训记录（每行1人次），空白的是报名未到（第一期14人到11人、第二期16人到13人、第三期8人到7人，共31条）；房志明的身份证号末位写成小写x，按大写X；唐建军“身份证未带”号码空，id为null；盘小燕、唐金凤两期都来，各算一次；联系电话已打码，不是身份证号。③《各镇普及培训》两行表头（“参训人数”合并在男、女、其中脱贫户上），一行一期，人次是男＋女（“其中脱贫户”是子项，不加）；日期有“2020/10/20”“21.1.12”、真日期和“2021年3月”（只到月）；“2020年小计”“2021年小计”“总计”行不是记录；9月那期照列。共12条。④《结对帮扶台账》按帮扶责任人、户合并单元格，一行一个家庭成员（23人）；劳动能力“弱劳动能力”算有，“无劳动能力”“丧失劳动能力”算无；务工情况“外出务工”为外出（务工地点在县外），“县内务工”“在家务农”“未务工”“在校学生”不是外出；沈阿娇务工情况空白（尚未核实）→ migrant为null；大麦山镇唐××结对的两户5人身份证号脱敏（441826********1234式），按原样记录。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b121-l2-jiexi: 揭阳揭西县 — ①站点点位采集（GIS平台导出：村名在“所属行政区划”全称里，挂牌日期≠采集时间，作废点位）；
// ②园区企业（企业信用信息公示系统查询结果＋电商股补三列：企业类型是登记类型，业态、入驻、迁出看补充列）；
// ③资金拨付审批单（Word表单逐份录入，每份一块：大写、小写金额，审批日期≠实际拨付日期，暂缓的一份未拨付）；④区划代码（隐藏）
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  // ---------------------------------------------------------------- 站点点位采集
  // [点位编号, 点位名称, 区划代码, 所属行政区划(全称), canonical village | null(void), 挂牌 cell, iso, 采集时间, 状态]
  const TN = { "001": "河婆街道", "101": "凤江镇", "102": "棉湖镇", "103": "金和镇", "104": "大溪镇", "105": "钱坑镇", "106": "坪上镇", "107": "五云镇", "108": "上砂镇", "110": "灰寨镇", "201": "良田乡" };
  const P = [
    ["JX-0101", "贡山村电商服务站", "445222102201", "贡山村委会", "贡山村", "2020.11.5", "2020-11-05", "2021-05-12 10:22:31", "有效"],
    ["JX-0102", "湖东村电商服务站", "445222102202", "湖东村委会", "湖东村", D("2020-11-05"), "2020-11-05", "2021-05-12 11:05:47", "有效"],
    ["JX-0103", "新寮村电商服务站", "445222102203", "新寮村委会", "新寮村", "2020/11/20", "2020-11-20", "2021-05-12 15:40:02", "有效"],
    ["JX-0104", "东光村电商服务站", "445222101201", "东光村委会", "东光村", "2020.12.3", "2020-12-03", "2021-05-13 09:18:26", "有效"],
    ["JX-0105", "阳夏村电商服务站", "445222101202", "阳夏村委会", "阳夏村", "20年12月", "2020-12", "2021-05-13 10:51:13", "有效"],
    ["JX-0106", "城东社区电商服务站", "445222001003", "城东社区居委会", "城东社区", "2020.12.18", "2020-12-18", "2021-05-14 14:33:58", "有效"],
    ["JX-0107", "下滩村电商服务站", "445222103201", "下滩村委会", "下滩村", "2021.1.8", "2021-01-08", "2021-05-17 09:02:44", "有效"],
    ["JX-0107-1", "下滩村电商服务站", "445222103201", "下滩村委会", null, "2021.1.8", null, "2021-05-17 09:06:10", "作废（重复采集，同JX-0107）"],
    ["JX-0108", "山湖村电商服务站", "445222103202", "山湖村委会", "山湖村", D("2021-01-22"), "2021-01-22", "2021-05-17 10:47:35", "有效"],
    ["JX-0109", "钱北村电商服务站", "445222105201", "钱北村委会", "钱北村", "2021.3.5", "2021-03-05", "2021-05-18 09:30:19", "有效"],
    ["JX-0110", "钱南村电商服务站", "445222105202", "钱南村委会", "钱南村", "2021-3-19", "2021-03-19", "2021-05-18 11:12:07", "有效"],
    ["JX-0111", "坪上村电商服务站", "445222106201", "坪上村委会", "坪上村", "2021年4月", "2021-04", "2021-05-19 15:20:41", "有效"],
    ["JX-0112", "五云村电商服务站", "445222107201", "五云村委会", "五云村", "2021.4.16", "2021-04-16", "2021-05-20 10:02:55", "有效"],
    ["JX-0113", "上砂村电商服务站", "445222108201", "上砂村委会", "上砂村", "2021.5.7", "2021-05-07", "2021-05-21 14:45:30", "有效"],
    ["JX-0114", "灰寨村电商服务站", "445222110201", "灰寨村委会", "灰寨村", "2021.5.21", "2021-05-21", "2021-06-02 09:38:14", "有效"],
    ["JX-0115", "良田村电商服务站", "445222201201", "良田村委会", "良田村", "2021.6.11", "2021-06-11", "2021-06-15 16:11:09", "有效"],
    ["JX-0116", "大溪村电商服务站", "445222104201", "大溪村委会", "大溪村", D("2021-06-25"), "2021-06-25", "2021-07-06 10:26:48", "有效"],
    ["JX-0117", "湖东村电商服务站（棉湖圩二站）", "445222102202", "湖东村委会", "湖东村", "2021.7.9", "2021-07-09", "2021-07-20 09:55:37", "有效"],
    ["JX-0118", "河江村电商服务站", "445222001201", "河江村委会", "河江村", "2021.8.20", "2021-08-20", "2021-08-27 15:03:22", "有效"],
    ["JX-0119", "测试点位", "445222001201", "河江村委会", null, null, null, "2021-08-27 15:10:05", "作废（测试数据）"],
    ["JX-0120", "庵背村电商服务站", "445222108202", "庵背村委会", "庵背村", "2021.9.3", "2021-09-03", "2021-08-30 11:40:16", "有效（采集时已布置，9月3日挂牌）"],
  ];
  const full = (p) => "广东省揭阳市揭西县" + TN[p[2].slice(6, 9)] + p[3];
  {
    const W = 10, rows = [], merges = [];
    rows.push(span("揭西县农村电商服务站点位采集数据导出（县商务局电商站点GIS平台）", W)); merges.push("A1:J1");
    rows.push(span("导出时间：2021-09-01 08:40　　坐标系：CGCS2000　　共" + P.length + "条（含作废" + P.filter((p) => p[4] === null).length + "条）", W)); merges.push("A2:J2");
    rows.push(["点位编号", "点位名称", "行政区划代码", "所属行政区划", "经度", "纬度", "挂牌日期", "采集人", "采集时间", "状态"]);
    const recs = [];
    P.forEach((p, i) => {
      rows.push([p[0], p[1], p[2], full(p), Math.round((115.7 + ((i * 37) % 60) / 100) * 1e6) / 1e6, Math.round((23.3 + ((i * 23) % 50) / 100) * 1e6) / 1e6, p[5],
        ["陈××", "黄××", "刘××"][i % 3], p[7], p[8]]);
      if (p[4] !== null) recs.push({ village: p[4], opened: p[6] });
    });
    assert(recs.length === 19, "19 stations");
    sheets.push(sheet("站点点位采集", rows, merges));
    expect["站点点位采集"] = { kind: "stations", records: recs };
  }
  // ---------------------------------------------------------------- 园区企业（登记信息＋补充列）
  const code = (i) => "91445222MA" + String(520 + i * 13) + String(2000 + i * 577).slice(-4) + "0123456789ABCDEFGHJKL"[(i * 5) % 21];
  // [name, legal rep, 登记类型, 成立, 登记状态, 入驻 cell, iso, 业态, 迁出 cell|null, iso|null]
  const LLC = "有限责任公司（自然人投资或控股）", SOLE = "有限责任公司（自然人独资）", GT = "个体工商户";
  const EN = [
    ["揭西县河婆客家电子商务有限公司", "刘××", LLC, "2017-03-14", "存续", "2020.8.3", "2020-08-03", "网店（销售）", null, null],
    ["揭阳市岭南茶韵网络科技有限公司", "黄××", LLC, "2018-06-21", "存续", "2020.8.3", "2020-08-03", "电商平台", null, null],
    ["揭西县棉湖擂茶电子商务有限公司", "陈××", SOLE, "2019-11-05", "存续", "2020.9.1", "2020-09-01", "网店（销售）", null, null],
    ["揭西县京溪园物流有限公司", "张××", LLC, "2016-04-18", "存续", D("2020-09-15"), "2020-09-15", "快递物流", null, null],
    ["揭西县优创电商运营服务有限公司", "李××", SOLE, "2020-07-30", "存续", "2020.10.8", "2020-10-08", "代运营服务", null, null],
    ["揭西县大洋茶叶网店", "彭××", GT, "2015-09-09", "存续", "2020.10.20", "2020-10-20", "网店（销售）", null, null],
    ["揭西县坪上梅子电子商务有限公司", "钟××", SOLE, "2020-10-26", "注销", "2020.11.16", "2020-11-16", "网店（销售）", "2021.4.30", "2021-04-30"],
    ["揭西县客都直播传媒有限公司", "吴××", LLC, "2020-11-02", "存续", "2020.12.1", "2020-12-01", "直播", null, null],
    ["中国邮政集团有限公司揭西县分公司", "蔡××", "有限责任公司分公司（国有独资）", "2000-01-01", "存续", "2021.1.5", "2021-01-05", "快递物流", null, null],
    ["揭西县五云竹笋电子商务有限公司", "曾××", SOLE, "2021-01-12", "存续", "2021年3月", "2021-03", "网店（销售）", null, null],
    ["揭西县金和豆干网店", "林××", GT, "2019-05-27", "存续", "2021.3.22", "2021-03-22", "网店（销售）", null, null],
    ["揭西县汇农供应链管理有限公司", "郑××", LLC, "2018-12-10", "存续", "2021.4.6", "2021-04-06", "仓储配送", null, null],
    ["揭西县灰寨茶果电子商务有限公司", "温××", SOLE, "2021-04-20", "存续", "2021.5.10", "2021-05-10", "网店（销售）", "2021.8.31", "2021-08-31"],
    ["揭西县上砂客家米酒网店", "古××", GT, "2020-03-03", "存续", "2021.6.7", "2021-06-07", "网店（销售）", null, null],
    ["揭西县良田腐竹电子商务有限公司", "罗××", SOLE, "2021-05-31", "存续", D("2021-07-12"), "2021-07-12", "网店（销售）", null, null],
    ["揭西县钱坑电子商务有限公司", "杨××", LLC, "2021-07-01", "存续", "2021.8.16", "2021-08-16", "网店（销售）", null, null],
    ["揭西县跨境优品贸易有限公司", "许××", LLC, "2021-08-09", "存续", "2021.9.6", "2021-09-06", "跨境电商", null, null],
  ];
  {
    const W = 11, rows = [], merges = [];
    rows.push(span("揭西县电子商务产业园入驻企业工商登记信息（国家企业信用信息公示系统查询结果）", W)); merges.push("A1:K1");
    rows.push(span("查询日期：2021年9月2日。第2—8列为系统查询结果；“入驻园区日期”“园区业态”“迁出日期”三列为县商务局电商股补充，统计入驻情况以补充三列为准（“企业类型”是工商登记类型，不是园区业态）。", W)); merges.push("A2:K2");
    rows.push(["序号", "企业名称", "统一社会信用代码", "法定代表人", "企业类型", "成立日期", "登记状态", "住所", "入驻园区日期", "园区业态", "迁出日期"]);
    const recs = [];
    EN.forEach((e, i) => {
      rows.push([i + 1, e[0], i === 8 ? "91445222" + "7080" + "12345" + "6" : code(i), e[1], e[2], e[3], e[4], "揭西县河婆街道电商产业园" + (["A", "B", "C"][i % 3]) + "栋" + (101 + i) + "室", e[5], e[7], e[8]]);
      recs.push({ name: e[0], type: e[7], entered: e[6], left: e[9] });
    });
    rows.forEach((r, i) => { if (i >= 3) assert(r[2].length === 18, "credit code length " + r[2]); });
    sheets.push(sheet("园区企业", rows, merges));
    expect["园区企业"] = { kind: "enterprises", records: recs };
  }
  // ---------------------------------------------------------------- 资金拨付审批单（逐份录入）
  // [编号, 项目, 收款单位, 元, 小写 cell, 商务意见, 财政意见, 实际拨付 cell, iso | null]
  const AP = [
    ["JXDS-2020-01", "县级电子商务公共服务中心建设（首期）", "揭西县优创电商运营服务有限公司", 360000, null, "同意。2020年9月8日", "同意。2020年9月11日", "2020年9月16日", "2020-09-16"],
    ["JXDS-2020-02", "村级电商服务站点建设（首期）", "揭阳市岭南茶韵网络科技有限公司", 128000, null, "同意。2020年10月12日", "同意。2020年10月15日", "2020年10月20日", "2020-10-20"],
    ["JXDS-2020-03", "农村物流配送体系建设（首期）", "揭西县京溪园物流有限公司", 245000, null, "同意。2020年11月16日", "同意。2020年11月20日", D("2020-11-27"), "2020-11-27"],
    ["JXDS-2020-04", "农村电商培训（第一批）", "揭阳市职业技能培训中心", 365000, "36.5万元", "同意。2020年12月21日", "同意。2020年12月24日", "2020.12.30", "2020-12-30"],
    ["JXDS-2021-01", "县级电子商务公共服务中心建设（二期）", "揭西县优创电商运营服务有限公司", 472000, null, "同意。2021年1月26日", "同意。2021年2月1日", "2021年2月5日", "2021-02-05"],
    ["JXDS-2021-02", "农产品品牌及溯源体系建设", "揭阳市溯源信息技术有限公司", 186000, null, "同意。2021年3月15日", "暂缓（验收资料不全，补齐后另行申请）。2021年3月19日", "未拨付", null],
    ["JXDS-2021-03", "村级电商服务站点建设（二期）", "揭阳市岭南茶韵网络科技有限公司", 254000, null, "同意。2021年4月16日", "同意。2021年4月20日", "2021.4.23", "2021-04-23"],
    ["JXDS-2021-04", "农产品品牌及溯源体系建设（重新申请）", "揭阳市溯源信息技术有限公司", 186000, null, "同意。2021年6月8日", "同意。2021年6月11日", "2021.6.18", "2021-06-18"],
    ["JXDS-2021-05", "农村电商培训（第二批）", "揭阳市职业技能培训中心", 298000, null, "同意。2021年8月27日", "同意。2021年9月2日", "2021.9.10", "2021-09-10"],
  ];
  {
    const W = 7, rows = [], merges = [];
    rows.push(span("揭西县电子商务进农村综合示范专项资金拨付审批单（纸质审批单逐份录入）", W)); merges.push("A1:G1");
    rows.push(span("录入说明：每份审批单一块；金额以“（小写）”栏为准；“实际拨付日期”为县财政局国库支付日期，审批意见后的日期是签批日期。", W)); merges.push("A2:G2");
    rows.push([null]);
    const recs = [];
    AP.forEach((a) => {
      rows.push(["揭西县财政专项资金拨付审批单", null, null, null, null, "编号：", a[0]]); merges.push(`A${rows.length}:E${rows.length}`);
      rows.push(["项目名称", a[1], null, "收款单位", a[2], null, null]); merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
      rows.push(["申请金额（大写）", daxie(a[3]), null, "（小写）", a[4] || "￥" + fmtYuan(a[3]), null, null]); merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
      rows.push(["商务局意见", a[5], null, "财政局意见", a[6], null, null]); merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
      rows.push(["实际拨付日期", a[7], null, "支付方式", a[8] ? "国库集中支付" : "—", null, null]); merges.push(`B${rows.length}:C${rows.length}`, `E${rows.length}:G${rows.length}`);
      rows.push([null]);
      if (a[8]) recs.push({ date: a[8], amount: a[3] });
    });
    const paid = recs.reduce((s, r) => s + r.amount, 0);
    assert(recs.length === 8 && paid === 2308000, "8 payments 2,308,000 got " + paid);
    rows.push(span("汇总：审批单共" + AP.length + "份，已拨付" + recs.length + "份，合计" + fmtYuan(paid) + "元；JXDS-2021-02财政局暂缓、未拨付，已由JXDS-2021-04重新申请拨付。", W)); merges.push(`A${rows.length}:G${rows.length}`);
    sheets.push(sheet("资金拨付审批单", rows, merges));
    expect["资金拨付审批单"] = { kind: "funds", records: recs };
  }
  // ---------------------------------------------------------------- 区划代码（隐藏）
  {
    const rows = [["代码", "名称"]];
    Object.keys(TN).forEach((k) => rows.push(["445222" + k, TN[k]]));
    sheets.push(sheet("区划代码", rows, null, { hidden: true }));
    expect["区划代码"] = { kind: null };
  }
  write("ledgers/b121-l2-jiexi.json", {
    description:
      "揭阳市揭西县商务局电商股交的站点、园区、资金台账，四个表。①《站点点位采集》是县电商站点GIS平台导出的点位表（两行标题：导出时间、坐标系、共21条含作废2条），列为点位编号｜点位名称｜行政区划代码｜所属行政区划｜经度｜纬度｜挂牌日期｜采集人｜采集时间｜状态。读法：所在村要从“所属行政区划”全称的末段读（“广东省揭阳市揭西县棉湖镇贡山村委会”→贡山村），“河婆街道城东社区居委会”是社区站，照列为城东社区；建成日期读“挂牌日期”（有“20年12月”“2021年4月”只到月、“2021-3-19”、真日期），不是“采集时间”；状态“作废（重复采集）”“作废（测试数据）”的两条不是站点；湖东村有两个站，各是一条；庵背村9月3日挂牌照列。共19条。②《园区企业》是国家企业信用信息公示系统查询结果加电商股补的三列，标题下说明写明以补充三列为准。读法：企业类型“有限责任公司（自然人独资）”“个体工商户”等是登记类型，不是业态，type读“园区业态”列（网店（销售）、电商平台、快递物流、代运营服务、直播、仓储配送、跨境电商）；入驻读“入驻园区日期”，不是“成立日期”；退出读“迁出日期”（坪上梅子2021.4.30，已注销；灰寨茶果2021.8.31），其余为空；跨境优品2021.9.6入驻照列。共17条。③《资金拨付审批单》是纸质审批单逐份录入，每份一块五行（标题＋编号、项目名称｜收款单位、大写｜小写金额、商务局意见｜财政局意见、实际拨付日期｜支付方式）加空行。读法：每份已拨付的审批单是一笔拨付，日期读“实际拨付日期”（不是意见后的签批日期），金额读“（小写）”（“￥360,000.00”，第四份写“36.5万元”＝365,000元），大写与小写一致；JXDS-2021-02财政局“暂缓”、实际拨付日期“未拨付”，不是拨付；JXDS-2021-05 2021.9.10照列；末尾汇总行不是记录。共8笔，合计2,308,000元。④《区划代码》是隐藏的代码对照表，不是台账。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
