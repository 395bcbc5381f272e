// Batch 109 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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
const dot = (iso) => iso.replace(/-0?/g, ".");

// =====================================================================================
// counties/b109-c1-lianshan: 清远市连山壮族瑶族自治县 — 事实表是县攻坚指挥部的《创建攻坚战报（终期）》
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "441825";
  const claimed = {};
  {
    const W = 7, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:G${rows.length}`); };
    full("连山壮族瑶族自治县电子商务进农村综合示范创建攻坚战报");
    full("第18期（终期）　　县示范创建攻坚指挥部办公室（设县商务局）编　　2021年9月3日　　本期数据截至：2021年8月31日（省考评截止日）");
    full("【指挥体系】总指挥：县长　莫××　　副总指挥：副县长　韦××（分管商务）　　作战单位：县商务局、县财政局、县农业农村局、县乡村振兴局、县市场监管局、县邮政管理局、中国邮政连山县分公司");
    full("【全局态势】全县常住人口10.8万人（七普）；创建总体进度90%；省级专项资金下达500万元；全程未发生安全生产、质量事故，未造成重大经济损失；无弄虚作假情形。");
    rows.push(["战区", "攻坚任务", "进度条", "完成率", "预计得分", "满分", "战果（截至8月31日）"]);
    const groups = [];
    const G = (name, items) => {
      const start = rows.length + 1;
      items.forEach((it, k) => rows.push([k === 0 ? name : null, it[0], "█".repeat(Math.round(it[1] / 10)) + "░".repeat(10 - Math.round(it[1] / 10)), it[1] + "%", it[2], it[3], it[4]]));
      if (items.length > 1) merges.push(`A${start}:A${start + items.length - 1}`);
      groups.push(name);
    };
    G("一、组织领导战区", [
      ["组织领导", 100, "2分", 2, "攻坚指挥部总指挥由县长担任，作战单位见上"],
      ["方案制定", 100, "2分", 2, "2020年5月县政府办正式印发《连山县电子商务进农村综合示范工作方案》"],
      ["政策支持", 100, "2分", 2, "出台《连山县扶持农村电子商务发展若干措施》，场租减免、物流补贴已兑现"],
      ["项目管理", 75, "3分", 4, "项目管理制度已建立，验收环节严格执行（2分）；工作台账个别月份记录不全（1分）"],
    ]);
    G("二、服务体系战区", [
      ["县级中心与产业园", 100, "15分", 15, "县电子商务公共服务中心2020年12月8日投入运营；有免费培训室（60座）及电脑、投影等培训设备，常态化开展电商基础培训；特色农产品（瑶绣、连山大米、鹰嘴桃）免费展示展销；免费产品摄影、美工设计；统一推广“连山好物”、指导合作社品牌建设；代办证照、金融对接等衍生增值服务；整合吉田镇旧粮所建成县电商产业园（入驻企业见园区企业表）"],
      ["村级站点覆盖", 100, "10分", 10, "站点建设见站点清单"],
    ]);
    G("三、产品上行战区", [
      ["农村产品上行", 90, "9分", 10, "网销调研2分（形成《连山县农产品网络销售调研报告》报市商务局）；促销活动2分（“瑶山年货节”“鹰嘴桃直播月”）；第三方运营服务商：清远连商电子商务有限公司（公开招标）；行政村快递覆盖率100%；交易标准及冷链溯源1分（冷链在建）；农村网络零售额2019年2.10亿元、2020年2.60亿元；农产品网络零售额2019年5,000万元、2020年6,600万元"],
    ]);
    G("四、人才培训战区", [
      ["电商人才培训", 100, "20分", 20, "累计培训1,200人次；有劳动能力（不含外出务工）建档立卡贫困人口11人，已参训8人，培训率72.7%"],
    ]);
    G("五、信息报送战区", [
      ["信息公开", 100, "4分", 4, "县政府网站“电子商务进农村综合示范”专栏公示创建方案、项目基本信息、项目建设进度，设监督举报窗口（电话、邮箱）"],
      ["数据上报", 100, "6分", 6, "每月向市商务局报送月报，含电商扶贫统计"],
    ]);
    G("六、宣传推广战区", [
      ["案例总结", 100, "2分", 2, "《连山“电商＋瑶绣”助农增收经验》报市商务局"],
      ["经验推广", 100, "8分", 8, "省、市、县三级媒体均有报道"],
    ]);
    G("七、资金管理战区", [
      ["制度建立", 100, "5分", 5, "制定《连山县省级电子商务进农村综合示范专项资金管理办法》"],
      ["资金台账", 80, "4分", 5, "承建单位建立资金专用台账"],
      ["资金支出", 80, "4分", 5, "已拨付390万元（含9月10日拨付30万元），支出率78%，按进度及时拨付"],
    ]);
    G("加分战区", [
      ["贫困人口培训率≥70%", 100, "2分", 2, "72.7%"],
      ["电商扶贫典型案例电视播报", 50, "1分", 2, "广东广播电视台《广东新闻联播》播出连山瑶绣电商扶贫案例"],
    ]);
    rows.push(["合计", null, null, null, "96分＋加分3分", "100＋4", null]);
    full("下期预告：全力迎接省考评组现场考评。　　报：县委、县政府主要领导　　送：攻坚指挥部各作战单位");
    Object.assign(claimed, { "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10,
      "work.upward": 9, "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8,
      "fund.system": 5, "fund.ledger": 4, "fund.spending": 4, "bonus.poorTraining": 2, "bonus.tvCase": 1 });
    sheets.push(sheet("攻坚战报", rows, merges));
  }
  const CS = SCORED.reduce((a, id) => a + claimed[id], 0);
  assert(CS === 96, "claimed 96 got " + CS);
  // ---------------------------------------------------------------- 村居名单
  // kind: 0 admin, 1 poor, 2 community
  const TOWNS = [
    ["吉田镇", [["吉田", 2], ["沙田", 0], ["大旭", 1], ["鹿鸣", 0], ["新联", 0], ["西联", 0], ["连东", 0]]],
    ["太保镇", [["太保", 2], ["太平", 0], ["民族", 0], ["欧家", 1], ["新塘", 0], ["陈洞", 0]]],
    ["禾洞镇", [["禾洞", 0], ["大石", 1], ["新寨", 0], ["新田", 0], ["红光", 1]]],
    ["福堂镇", [["福堂", 2], ["龙头", 1], ["福安", 0], ["三水", 0], ["新城", 0], ["岗头", 0]]],
    ["小三江镇", [["小三江", 0], ["沙坪", 0], ["东江", 0], ["石圳", 1], ["新风", 0]]],
    ["上帅镇", [["上帅", 0], ["清远", 0], ["新镇", 0], ["下帅", 1], ["水坑", 0]]],
    ["永和镇", [["永和", 0], ["大富", 0], ["宜善", 1], ["白马", 0], ["小洞", 0]]],
  ];
  const VIL = [];
  TOWNS.forEach(([t, vs]) => vs.forEach(([n, k]) => VIL.push({ town: t, name: n + (k === 2 ? "社区" : "村"), kind: k })));
  const ADMIN = VIL.filter((v) => v.kind < 2).map((v) => v.name);
  const POOR = VIL.filter((v) => v.kind === 1).map((v) => v.name);
  assert(ADMIN.length === 36 && POOR.length === 8 && VIL.length === 39, "36 admin 8 poor 3 communities");
  {
    const r = [span("连山壮族瑶族自治县村（居）民委员会名单", 6), ["镇", "村（居）委会", "性质", "省定贫困村", "快递进村", "备注"]];
    let prev = null;
    VIL.forEach((v) => {
      r.push([v.town === prev ? null : v.town, v.kind === 2 ? v.name + "居委会" : v.name + "委会", v.kind === 2 ? "社区" : "行政村",
        v.kind === 1 ? "★" : null, v.kind === 2 ? null : (v.name.length % 2 ? "√" : "是"), v.kind === 1 ? "2016—2020年省定贫困村（已出列）" : null]);
      prev = v.town;
    });
    r.push(["注：省定贫困村栏打★，空白为非贫困村；社区不统计快递进村。", null, null, null, null, null]);
    sheets.push(sheet("村居名单", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 站点清单
  const UNCOV = ["连东村", "西联村", "新塘村", "陈洞村", "新寨村", "新城村", "新风村", "水坑村", "小洞村", "宜善村"];
  const fmts = [(i) => dot(i), (i) => D(i), (i) => i.replace(/^(\d{4})-0?(\d+)-0?(\d+)$/, "$1年$2月$3日"), (i) => i.slice(2).replace(/-0?/g, "."), (i) => i.replace(/-/g, "/").replace(/\/0/g, "/")];
  const ST = [];
  let k = 0;
  ADMIN.filter((v) => !UNCOV.includes(v)).forEach((v) => {
    const m = (k % 12);
    const iso = ["2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12", "2021-01", "2021-03", "2021-04", "2021-05", "2021-06", "2021-07"][m] + "-" + String(6 + (k % 20)).padStart(2, "0");
    let cell = fmts[k % 5](iso);
    let vcell = v;
    if (v === "大旭村") vcell = "大旭村委会";
    if (v === "龙头村") vcell = "龙头村民委员会";
    ST.push({ name: v.replace(/村$/, "") + "村电商服务站", vcell, village: v, cell, iso });
    k++;
  });
  // the one dated only by month
  const last = ST[ST.length - 1]; last.cell = "2021年8月"; last.iso = "2021-08";
  ST.splice(3, 0, { name: "沙田村电商服务站（二）", vcell: "沙田村", village: "沙田村", cell: "2021.2.26", iso: "2021-02-26" });
  ST.splice(8, 0, { name: "吉田社区电商服务点", vcell: "吉田社区", village: "吉田社区", cell: "2020.9.30", iso: "2020-09-30" });
  ST.push({ name: "欧家林场电商服务点", vcell: "欧家林场", village: "欧家林场", cell: "2021.3.12", iso: "2021-03-12" });
  ST.push({ name: "宜善村电商服务站", vcell: "宜善村", village: "宜善村", cell: "2021.9.2", iso: "2021-09-02" });
  {
    const r = [span("连山县村级电子商务服务站点清单", 7), ["序号", "站点名称", "所在村（居）", "所属镇", "站长", "联系电话", "挂牌日期"]];
    ST.forEach((s, i) => {
      const town = (VIL.find((v) => v.name === s.village) || { town: "太保镇" }).town;
      r.push([i + 1, s.name, s.vcell, town, ["莫", "韦", "邓", "盘", "房", "唐", "黄"][i % 7] + "××", "138" + String(22000000 + i * 377211).slice(0, 8), s.cell]);
    });
    sheets.push(sheet("站点清单", r, ["A1:G1"]));
  }
  const covered = new Set(ST.filter((s) => dateOk(s.iso) && ADMIN.includes(s.village)).map((s) => s.village));
  assert(covered.size === 26 && covered.size * 100 >= 36 * 70, "26/36 = 72.2%");
  const poorCov = POOR.filter((p) => covered.has(p));
  assert(poorCov.length === 7 && poorCov.length * 100 >= 8 * 80 && poorCov.length < 8, "7/8 = 87.5%");
  assert(covered.has("大旭村") && covered.has("龙头村") && !covered.has("宜善村"), "written-out villages");
  // ---------------------------------------------------------------- 培训期次
  const SES = [
    [1, "2020.9.24", "2020-09-24", "农村电商基础（吉田镇）", 120], [2, D("2020-10-29"), "2020-10-29", "网店开设与运营", 135],
    [3, "2020.12.10-12.11", "2020-12-11", "瑶绣产品网销（两天班）", 98], [4, "21.1.14", "2021-01-14", "年货节直播促销", 150],
    [5, "2021年3月25日", "2021-03-25", "短视频拍摄与剪辑", "142人次"], [6, D("2021-05-20"), "2021-05-20", "鹰嘴桃直播带货", 126],
    [7, "2021.6.24", "2021-06-24", "农村电商基础（永和镇）", 135], [8, "2021.8.12", "2021-08-12", "电商客服与物流", 130],
    [9, "2021.9.14", "2021-09-14", "社群营销", 110],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesOk === 1036, "sessions 1036 got " + sesOk);
  {
    const r = [span("连山县电商普及培训开展情况（按期次统计人次）", 6), ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "授课单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "县电子商务公共服务中心", s[4], "清远连商电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    r.push(["注：建档立卡贫困户专场另见“贫困户专场签到”表。", null, null, null, null, null]);
    sheets.push(sheet("培训期次", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 贫困人口
  const PN = ["莫亚三", "韦金凤", "邓石生", "盘月英", "房带娣", "唐水明", "黄桂芳", "莫志勇", "韦亚妹", "邓伙生",
    "盘三妹", "房德才", "唐国强", "黄伯初", "莫亚婆", "韦四妹"];
  const PVV = ["大旭村", "欧家村", "大石村", "红光村", "龙头村", "石圳村", "下帅村", "宜善村"];
  const PP = PN.map((n, i) => ({ name: n, village: PVV[i % 8],
    labour: i < 13 ? ["有劳动能力", "普通劳动力", "有"][i % 3] : ["无劳动能力", "丧失劳动能力", "无劳动能力"][i - 13],
    work: i < 10 ? ["在家务农", "县内务工", "无", "在家务农", "县内务工"][i % 5] : i < 13 ? ["省外务工", "县外务工（广州）", "省外务工"][i - 10] : "—" }));
  const PID = PP.map((p, i) => makeId(AREA, "19" + (58 + i * 2) + "0" + ((i % 9) + 1) + "1" + (i % 9), 200 + i * 41, i === 3));
  assert(PID[3].endsWith("X"), "X id");
  {
    const r = [span("连山县建档立卡贫困人口劳动能力及务工情况名单", 7), ["序号", "姓名", "公民身份号码", "所在村", "劳动能力", "务工状态", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p.name, PID[i], p.village, p.labour, p.work, null]));
    r.push(["注：“县内务工”为在本县就近务工，不属外出务工；普通劳动力即有劳动能力。", null, null, null, null, null, null]);
    sheets.push(sheet("贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const eligible = PP.map((p, i) => i).filter((i) => i < 10);
  assert(eligible.length === 10, "10 eligible");
  // ---------------------------------------------------------------- 贫困户专场签到
  const others = ["莫丽华", "韦国标", "邓美玲", "盘志坚", "房秋菊", "唐永生", "黄丽清", "莫海波", "韦春燕", "邓建华", "盘晓玲", "房亚福",
    "唐金凤", "黄家明", "莫瑞娟", "韦德胜", "邓秀珍", "盘国强", "房美容", "唐伟明", "黄少芬", "莫嘉乐", "韦玉兰", "邓文辉", "盘春梅", "房炳坤",
    "唐晓霞", "黄志明", "莫桂英", "韦国华", "邓丽娟", "盘伟强", "房金花", "唐志华", "黄美娟", "莫永红", "韦少华", "邓春兰", "盘金水", "房丽萍"];
  const SIGN = [];
  const addDay = (cell, iso, idxs, nOther) => { idxs.forEach((i) => SIGN.push([i, cell, iso])); for (let q = 0; q < nOther; q++) SIGN.push([-1, cell, iso]); };
  addDay("2020.11.20", "2020-11-20", [0, 1, 2, 10], 16);
  addDay(D("2021-04-16"), "2021-04-16", [2, 3, 4, 5], 20);
  addDay("2021.9.7", "2021-09-07", [6], 9);
  {
    const r = [span("连山县建档立卡贫困户电商技能专场培训签到表", 6), ["序号", "姓名", "身份证号", "培训日期", "培训内容", "本人签名"]];
    let o = 0;
    SIGN.forEach((s, q) => {
      let name, id;
      if (s[0] >= 0) {
        name = PN[s[0]]; id = PID[s[0]];
        if (s[0] === 5) id = id.slice(0, 6) + " " + id.slice(6, 14) + " " + id.slice(14);
      } else { name = others[o % others.length]; id = makeId(AREA, "19" + (70 + (o % 25)) + "0715", 600 + o * 13, false); o++; }
      r.push([q + 1, name, id, s[1], s[2] === "2020-11-20" ? "瑶绣产品网店上架" : s[2] === "2021-04-16" ? "鹰嘴桃短视频营销" : "社群营销", "（签名）"]);
    });
    sheets.push(sheet("贫困户专场签到", r, ["A1:F1"]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2])).length;
  assert(signOk === 44 && SIGN.length === 54, "44 sign-ins");
  const pt = sesOk + signOk;
  assert(pt === 1080 && pt * 100 >= 108000 && (pt - 1) * 100 < 108000, "1080/108000 = 1.0% exactly");
  const clerkPt = SES.reduce((a, s) => a + sesN(s[4]), 0) + SIGN.length;
  assert(clerkPt === 1200, "clerk 1200 got " + clerkPt);
  const trained = eligible.filter((i) => SIGN.some((s) => s[0] === i && dateOk(s[2])));
  assert(trained.length === 6 && trained.length * 100 >= 10 * 50 && trained.length * 100 < 10 * 70, "6/10 = 60%");
  // ---------------------------------------------------------------- 园区企业
  const TYPES = ["销售型", "电商运营商", "销售型（网店）", "物流企业", "平台型", "农产品加工"];
  const ENT = [];
  for (let i = 0; i < 21; i++) {
    const nm = "连山" + ["瑶绣", "山货", "桃源", "好物", "云仓", "禾香", "鹰嘴"][i % 7] + ["", "优选", "源"][Math.floor(i / 7)] + (i % 3 === 0 ? "电子商务有限公司" : i % 3 === 1 ? "贸易有限公司" : "网店");
    const code = "91441825MA5" + String(3100 + i * 47).padStart(4, "0") + "L" + String.fromCharCode(65 + (i % 20));
    ENT.push({ nm, code, type: TYPES[i % 6], entered: "2021-0" + (1 + (i % 4)) + "-" + String(6 + i).padStart(2, "0"), left: null, note: null });
  }
  ENT[9].left = "2021-06-30"; ENT[9].note = "已退园";
  ENT[20].entered = "2021-09-06"; ENT[20].note = "9月新入驻";
  // a rename: same credit code as row 5, new name, re-registered
  ENT.push({ nm: ENT[4].nm.replace("有限公司", "科技有限公司"), code: ENT[4].code, type: ENT[4].type, entered: "2021-05-10", left: null, note: "原" + ENT[4].nm + "更名" });
  assert(ENT.length === 22, "22 rows");
  const atCut = ENT.filter((e) => e.entered <= AS_OF && !(e.left && e.left <= AS_OF));
  const distinct = new Set(atCut.map((e) => e.code));
  assert(distinct.size === 19 && distinct.size < 20, "19 in park");
  const normT = (t) => (/平台/.test(t) ? "平台型" : /运营|服务商/.test(t) ? "电商运营商" : /物流|快递|仓储/.test(t) ? "物流企业" : /销售|零售|网店/.test(t) ? "销售型" : t);
  assert(new Set(atCut.map((e) => normT(e.type))).size === 5, "5 types");
  {
    const r = [span("连山县电商产业园入驻企业名单", 7), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退园时间", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e.nm, e.code, e.type, i % 2 ? D(e.entered) : dot(e.entered), e.left ? dot(e.left) : null, e.note]));
    sheets.push(sheet("园区企业", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 资金拨付（万元）
  const FUND = [
    ["2020.10.15", "2020-10-15", "公共服务中心装修及设备", 80], [D("2020-12-24"), "2020-12-24", "村级站点建设（第一批）", 65.5],
    ["2021.1.28", "2021-01-28", "物流配送体系建设", "42万元"], ["2021.3.30", "2021-03-30", "村级站点建设（第二批）", 58],
    ["2021.5.26", "2021-05-26", "电商培训", 37.5], [D("2021-07-15"), "2021-07-15", "品牌推广及营销活动", 41],
    ["2021.8.27", "2021-08-27", "第三方运营服务费（第一期）", 36], ["2021.9.10", "2021-09-10", "第三方运营服务费（第二期）", 30],
  ];
  const wan = (v) => (typeof v === "number" ? v : parseFloat(v));
  const spent = Math.round(FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + wan(f[3]) * 10000, 0));
  assert(spent === 3600000 && spent * 100 >= 5000000 * 70 && spent * 100 === 5000000 * 72, "360万 = 72%");
  assert(Math.round(FUND.reduce((a, f) => a + wan(f[3]), 0) * 10) === 3900, "390万 incl. Sept");
  {
    const r = [span("连山县省级电子商务进农村综合示范专项资金拨付台账", 5), span("单位：万元", 5), ["拨付日期", "项目（用途）", "拨付金额", "凭证号", "备注"]];
    FUND.forEach((f, i) => r.push([f[0], f[2], f[3], "记-" + (12 + i * 9), null]));
    r.push(["合计", null, 390, null, null]);
    sheets.push(sheet("资金拨付", r, ["A1:E1", "A2:E2"]));
  }
  // ---------------------------------------------------------------- 月报（横表）
  {
    const months = WINDOW.concat(["2021-09"]);
    const head = ["报送事项"].concat(months.map((m) => +m.slice(0, 4) + "年" + +m.slice(5) + "月"));
    const r1 = ["向市商务局报送工作月报"].concat(months.map((m, i) => (i % 4 === 1 ? "√" : i % 4 === 3 ? m.slice(5).replace(/^0/, "") + "月" + (5 + (i % 5)) + "日" : "✓")));
    const r2 = ["其中含电商扶贫统计"].concat(months.map((m, i) => (i % 3 === 0 ? "√" : null)));
    const W = head.length;
    const r = [span("连山县电子商务进农村月报报送登记（横表）", W), head, r1, r2, span("注：打√为当月已报送；写日期的为当月报送日期。", W)];
    sheets.push(sheet("月报报送", r, [`A1:${colLetter(W - 1)}1`, `A5:${colLetter(W - 1)}5`]));
  }
  // ---------------------------------------------------------------- 专栏更新
  const DISC = WINDOW.filter((m) => m !== "2020-10" && m !== "2021-02").map((m, i) => m + "-" + String(10 + (i % 9)).padStart(2, "0"));
  DISC.push("2021-09-13");
  assert(monthsCovered(DISC) === 10, "10 months");
  {
    const r = [span("县政府网站“电子商务进农村综合示范”专栏更新记录", 4), ["发布日期", "标题", "栏目", "发布人"]];
    DISC.forEach((d, i) => r.push([i % 2 ? D(d) : dot(d), "连山县电商进农村项目建设进度（" + d.slice(0, 7) + "）", "建设进度", "县商务局"]));
    sheets.push(sheet("专栏更新", r, ["A1:D1"]));
  }
  // ---------------------------------------------------------------- 宣传报道、经验材料
  {
    const r = [span("连山县电商宣传报道登记", 6), ["日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
    r.push(["2020.12.9", "连山县融媒体中心", "县级", "网络", "县电商公共服务中心开门迎客", "否"]);
    r.push([D("2021-03-18"), "南方日报", "省级", "报纸", "连山瑶绣“触网”走俏", "否"]);
    r.push(["2021.5.27", "广东广播电视台《广东新闻联播》", "省级", "电视", "瑶绣绣娘直播脱贫", "是"]);
    r.push(["2021.9.10", "清远日报", "市级", "报纸", "连山鹰嘴桃搭上电商快车", "否"]);
    sheets.push(sheet("宣传报道", r, ["A1:F1"]));
  }
  {
    const r = [span("经验材料报送登记", 3), ["报送日期", "材料名称", "报送单位"], ["2021.9.6", "连山“电商＋瑶绣”助农增收经验", "清远市商务局"]];
    sheets.push(sheet("经验材料", r, ["A1:C1"]));
  }
  const grew = (a, b) => b * 100 >= a * 130;
  assert(!grew(210, 260) && grew(5000, 6600), "rural 23.8%, agri 32%");
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1,
    "work.coverage": 5 + 3,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 10 + 10,
    "info.disclosure": 2 + 1, "info.reporting": 3 + 3,
    "promo.cases": 0, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 4,
    "bonus.poorTraining": 0, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const scored = SCORED.reduce((a, id) => a + points[id], 0);
  assert(scored === 86, "86 got " + scored);
  assert(sheets.length === 12, "12 sheets");
  write("counties/b109-c1-lianshan.json", {
    description:
      "清远市连山壮族瑶族自治县商务局的整本考评工作簿（12个表：攻坚战报、村居名单、站点清单、培训期次、贫困人口、贫困户专场签到、园区企业、资金拨付、月报报送、专栏更新、宣传报道、经验材料），87分（86＋加分1，未否决；战报预计96＋3）。事实表不是填报表，而是县示范创建攻坚指挥部办公室每期印发的《创建攻坚战报》终期（第18期）：表头块四行（期号、编印单位、“本期数据截至：2021年8月31日（省考评截止日）”、【指挥体系】、【全局态势】），下面是“战区｜攻坚任务｜进度条（█░字符）｜完成率｜预计得分｜满分｜战果”表，战区纵向合并。读法：截止日期看第2行；总指挥县长＝主要领导，作战单位有商务、财政、农业农村、乡村振兴 → 四部门齐全（副总指挥副县长不影响）；全局态势里常住人口10.8万人、总体进度90%、资金500万元、无事故、无弄虚作假；“预计得分”是逐项自评分（claimed），判断项的分数也从这里和战果里读（项目管理“制度2分＋台账1分”，上行“网销调研2分；促销活动2分；…交易标准及冷链溯源1分”）；进度条和完成率不是事实，也不是分数；战果里：方案2020年5月印发、政策已出台、中心2020年12月8日运营及五项服务、产业园已建、第三方运营商、快递100%、零售额2.10→2.60亿元（23.8%）、农产品5,000→6,600万元（32%）、“累计培训1,200人次”、贫困人口“11人，参训8人”、资金“已拨付390万元（含9月10日拨付30万元）”；合计行“96分＋加分3分”。台账：村居名单（镇列只写首行；3个社区不计；贫困村打★，空白为否；快递进村“√/是”全有）；站点清单（大旭村委会、龙头村民委员会写法；沙田村两站算一次；吉田社区站不计；“欧家林场”不在名单；最后一个行政村站只写“2021年8月”算；宜善村2021.9.2不算）；培训期次按人次（两天班按末日，“142人次”文本，第9期9月14日不算，合计行不算）；专场签到（盘月英身份证末位X，唐水明身份证中间有空格，9月7日10行不算）；贫困人口（劳动能力写“有劳动能力/普通劳动力/有”，县内务工不是外出务工）；园区企业22行（1家6月30日退园、1家9月6日入驻、1行是第5行企业更名、信用代码相同 → 19家）；资金拨付以万元计（“42万元”文本、9月10日30万元不算、合计行不算）；月报横表12个月都有；专栏缺2020年10月和2021年2月；宣传报道清远日报在9月10日；经验材料只有9月6日一份。",
    sheets,
    expect: { asOf: "2021-08-31", total: 87, bonus: 1, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 攻坚指挥部总指挥县长＝主要领导；作战单位含县商务局、县财政局、县农业农村局、县乡村振兴局 → 2",
      "org.plan: 工作方案2020年5月正式印发，预计得分2 → 2",
      "org.policy: 扶持措施已出台，预计得分2 → 2",
      "org.management: “制度…（2分）；工作台账…（1分）” → 3",
      "work.center: 中心2020-12-08运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训室及设备 2；免费展示展销 1；免费摄影美工 1；统一推广品牌 1；代办证照等衍生服务 1；产业园已建 2；入驻企业19家 < 20 → 0；类型 销售型、电商运营商、物流企业、平台型、农产品加工 ≥ 3 → 1；合计 13（预计15）",
      "work.center 入驻企业: 园区企业22行；第10行2021.6.30退园、第21行2021.9.6入驻不算；第22行是第5行企业更名（统一社会信用代码相同）算一家 → 19家",
      "work.coverage: 村居名单行政村36个（吉田、太保、福堂3个社区不计）；截止日前有站的行政村26个（沙田村两站算一次，大旭村委会＝大旭村，龙头村民委员会＝龙头村，“2021年8月”一站算），26/36 = 72.2% ≥ 70% → 5；省定贫困村8个（★），有站7个，宜善村站2021.9.2不算，7/8 = 87.5%，在80%–100% → 3；吉田社区站不计，欧家林场不在名单（警告）；合计 8（预计10）",
      "work.upward: 网销调研2；促销2；第三方运营服务商 1；村居名单快递进村列行政村全为√/是 → 1；交易标准冷链溯源1；农村网零2.10→2.60亿元增23.8% < 30%，农产品网零5,000→6,600万元增32.0% ≥ 30% → 2；合计 9",
      "work.training: 人次 = 培训期次截止日前8期 120+135+98+150+142+126+135+130 = 1,036（第9期9月14日110人次不算，合计行不算）+ 专场签到截止日前 20+24 = 44（9月7日10行不算）= 1,080；基数 min(108,000, 500,000) = 108,000；1,080/108,000 = 1.0% ≥ 1% → 10（战报1,200人次含9月的120人次）。贫困人口：名单16人，有劳动能力13人，去掉外出务工盘三妹、房德才、唐国强 = 10人；截止日前参训：莫亚三、韦金凤、邓石生（两次算一人）、盘月英（末位X）、房带娣、唐水明（身份证带空格）= 6；盘三妹外出务工不算，黄桂芳9月7日才参训；6/10 = 60% ≥ 50% → 10；合计 20",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报窗口 → 2；专栏更新在窗口内缺2020年10月和2021年2月（10/12）→ 不定时 1；合计 3（预计4）",
      "info.reporting: 月报横表2020年9月—2021年8月每月都有√/✓/日期 → 3；“其中含电商扶贫统计”有√ → 3；合计 6",
      "promo.cases: 经验材料只有2021.9.6报清远市商务局一份，在截止日后 → 0（预计2）",
      "promo.media: 南方日报、广东广播电视台（省级）4；连山县融媒体中心（县级）1；清远日报2021.9.10在截止日后不算 → 5（预计8）",
      "fund.system: 资金管理办法已制定，预计得分5 → 5",
      "fund.ledger: 专用台账已建立，预计得分4 → 4",
      "fund.spending: 资金拨付（万元）截止日前 80+65.5+42+58+37.5+41+36 = 360万元 = 3,600,000元（9月10日30万元不算，合计行不算）；3,600,000/5,000,000 = 72% ≥ 70% → 按及时拨付自评 4",
      "bonus.poorTraining: 6/10 = 60% < 70% → 0（战报按8/11 = 72.7%预计2，名单为准）",
      "bonus.tvCase: 电商扶贫典型案例在广东广播电视台《广东新闻联播》（省级电视）播出 → 1",
      "veto.incident: “未发生安全生产、质量事故，未造成重大经济损失” → 0，不否决",
      "veto.progress: 总体进度90% ≥ 40% → 0，不否决",
      "veto.fraud: “无弄虚作假情形” → 0，不否决",
      "total: 2+2+2+3+13+8+9+20+3+6+0+5+5+4+4 = 86，加分 1，合计 87；战报预计96＋3",
    ],
  });
})();

// =====================================================================================
// facts/b109-f1-puning: 揭阳普宁市 — 市委市政府印发的红色《喜报》（海报式，文字誊入Excel）
// =====================================================================================
(function f1() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  const star = (t) => { rows.push([null, "★", t, null, null, null]); merges.push(`C${rows.length}:F${rows.length}`); };
  full("☆　☆　☆　☆　☆　☆　☆　☆　☆　☆　☆　☆");
  full("喜　　报");
  full("热烈祝贺我市电子商务进农村综合示范创建工作取得阶段性丰硕成果！");
  full("　　2019年我市成功入选省级电子商务进农村综合示范县（市）以来，在省商务厅、省财政厅的精心指导下，全市上下齐心协力、攻坚克难，示范创建各项工作取得显著成效。现将主要成果喜报如下：");
  star("高位推动。市委、市政府高度重视，成立以市长任组长，常务副市长、分管副市长任副组长，市商务局、市财政局、市农业农村局、市乡村振兴局等18个部门为成员单位的示范创建工作领导小组，高规格推进创建工作。");
  star("中心运营。普宁市电子商务公共服务中心于2020年9月28日正式投入运营，免费为群众提供电商培训、特色农产品展示展销、产品摄影和美工设计等服务，成为全市农村电商的“大本营”。");
  star("站点织网。全市建成村级电子商务服务站点312个，行政村快递通达率100%，“工业品下乡、农产品进城”双向流通渠道全面打通。");
  star("人才培育。累计开展农村电商培训12,680人次，培育电商带头人560名，带动一大批返乡青年、贫困群众触网创业。");
  star("销售增长。2020年全市农村网络零售额达86.5亿元，同比增长32.6%，普宁青梅、普宁蕉柑等特色农产品通过电商卖向全国。");
  star("资金见效。省级专项资金500万元已拨付465万元，资金支出率93%，资金使用规范高效。");
  rows.push(span(null, W));
  rows.push(["数字看点", null, null, null, null, null]); merges.push(`A${rows.length}:F${rows.length}`);
  rows.push(["12,680人次", null, "465万元", null, "312个", null]); merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(["累计电商培训", null, "专项资金已拨付", null, "村级电商服务站点", null]); merges.push(`A${rows.length}:B${rows.length}`, `C${rows.length}:D${rows.length}`, `E${rows.length}:F${rows.length}`);
  rows.push(span(null, W));
  full("　　成绩属于过去，奋斗成就未来。下一步，我市将以迎接省考评为契机，力争2021年底实现村级电商服务站点行政村全覆盖、全年农村网络零售额突破100亿元，为乡村振兴注入新动能！");
  full("中共普宁市委　　普宁市人民政府");
  full("2021年9月8日");
  full("☆　☆　☆　☆　☆　☆　☆　☆　☆　☆　☆　☆");
  write("facts/b109-f1-puning.json", {
    description:
      "揭阳普宁市商务局电商股交来当事实表的，是市委、市政府印发的红色《喜报》（海报，经办人把文字誊进Excel）：上下两行☆花边，“喜　　报”大标题、一句祝贺语、一段导语（A:F合并），六条“★＋小标题＋正文”（★在B列，正文C:F合并），中间一个“数字看点”方块——数字在上一行、说明在下一行（“12,680人次”下面是“累计电商培训”，两格一组合并），最后是展望段、落款和日期。读法：领导小组市长任组长，成员有商务、财政、农业农村、乡村振兴等 → 主要领导、四部门齐全（常务副市长、分管副市长是副组长）；中心2020年9月28日投入运营，免费电商培训、免费展示展销、免费摄影美工三项（没说品牌推广、其他增值服务）；行政村快递通达率100%；累计培训12,680人次（数字看点与正文一致）；2020年农村网络零售额86.5亿元、同比增长32.6%；下达500万元、已拨付465万元（93%是支出率，不另列）。不读的：312个站点、560名带头人（无对应事实）；展望段“力争2021年底…全覆盖…突破100亿元”是目标；落款日期2021年9月8日不是考评截止日期。没有判断分、没有逐项自评分。",
    sheets: [sheet("喜报", rows, merges)],
    expect: {
      facts: {
        centerOpened: "2020-09-28", centerFreeTraining: true, centerDisplay: true, centerPhoto: true, expressCoverage: true,
        trainingPersonTimesStated: 12680, ruralRetail2020: 8650000000, ruralRetailGrowthStated: 0.326,
        fundAllocated: 5000000, fundSpentStated: 4650000,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b109-f2-chaonan: 汕头市潮南区 — 区统计局《2020年国民经济和社会发展统计公报》节选
// =====================================================================================
(function f2() {
  const W = 5, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:E${rows.length}`); };
  full("汕头市潮南区2020年国民经济和社会发展统计公报（节选）");
  full("汕头市潮南区统计局　　2021年4月20日");
  full("（电商股摘录与电子商务进农村考评有关的段落和表格，其余从略）");
  full("一、综　合");
  full("　　初步核算，2020年全区实现地区生产总值（GDP）482.36亿元，按可比价格计算，比上年增长1.8%。");
  full("　　全区辖11个镇（街道），共有村（居）民委员会232个，其中村民委员会181个、居民委员会51个。");
  full("　　根据第七次全国人口普查结果，2020年11月1日零时全区常住人口为1,325,097人。");
  full("五、国内贸易");
  full("　　全年实现社会消费品零售总额256.73亿元，比上年下降4.1%。全区限额以上单位通过公共网络实现的商品零售额18.52亿元，增长21.3%。");
  full("　　全年全区农村网络零售额42.36亿元，比上年增长31.2%；其中农产品网络零售额3.85亿元，增长18.6%。");
  full("九、邮政和电信");
  full("　　全年快递业务量1.26亿件，增长28.4%。年末全区行政村快递服务通达率100%。");
  full("十二、电子商务进农村");
  full("　　区电子商务公共服务中心于2020年8月建成投入运营；2016—2020年确定的13个省定贫困村全部出列。");
  full("附表　2020年主要指标");
  rows.push(["指标", "计量单位", "2020年", "比上年增长（%）", "备注"]);
  rows.push(["地区生产总值", "亿元", 482.36, 1.8, "可比价"]);
  rows.push(["社会消费品零售总额", "亿元", 256.73, -4.1, null]);
  rows.push(["网络零售额（全区）", "亿元", 97.4, 12.7, "含城镇"]);
  rows.push(["农村网络零售额", "亿元", 42.36, 31.2, null]);
  rows.push(["　＃农产品网络零售额", "亿元", 3.85, 18.6, null]);
  rows.push(["快递业务量", "亿件", 1.26, 28.4, null]);
  full("注：1．公报中部分数据为初步统计数；2．网络零售额数据来源于省商务厅电子商务统计监测；3．增长速度按可比口径计算。");
  write("facts/b109-f2-chaonan.json", {
    description:
      "汕头市潮南区商务局电商股交来当事实表的，是区统计局《汕头市潮南区2020年国民经济和社会发展统计公报》的节选：公报按“一、综合……十二、电子商务进农村”分节，一段一行（A:E合并），末尾附表“2020年主要指标”（指标｜计量单位｜2020年｜比上年增长（%）｜备注）和注。读法：村民委员会181个即行政村数（232个村（居）委会含51个居委会，不读）；“第七次全国人口普查…全区常住人口为1,325,097人”是常住人口；农村网络零售额2020年42.36亿元、增长31.2%，其中农产品网络零售额3.85亿元、增长18.6%（正文与附表一致，附表“增长%”列是百分数）；年末行政村快递服务通达率100% → 快递覆盖是；中心“2020年8月建成投入运营”只到月；13个省定贫困村 → 省定贫困村数13。不读的：地区生产总值、社会消费品零售总额、限额以上网上零售额、“网络零售额（全区）97.4亿元（含城镇）”不是农村网零；快递业务量；公报发布日期2021年4月20日、普查时点2020年11月1日都不是考评截止日期。没有领导、没有判断分。",
    sheets: [sheet("统计公报节选", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "潮南区",
        adminVillagesStated: 181, residentPopulation: 1325097, ruralRetail2020: 4236000000, ruralRetailGrowthStated: 0.312,
        agriRetail2020: 385000000, agriRetailGrowthStated: 0.186, expressCoverage: true, centerOpened: "2020-08", poorVillagesStated: 13,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b109-f3-longchuan: 河源市龙川县 — 《农村电子商务服务网点分布图》（格子画的示意图＋图例＋说明框）
// =====================================================================================
(function f3() {
  const W = 8, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
  full("龙川县农村电子商务服务网点分布图（示意）");
  full("龙川县商务局　龙川县电子商务公共服务中心　编制　　制图日期：2021年8月");
  // map grid: columns A-E are the 'map', F-H the legend
  const map = [
    ["", "", "↑北", "", "", "图　例", null, null],
    ["上坪镇\n●●", "细坳镇\n●●●", "车田镇\n●●", "岩镇\n●●○", "", "★", "县电子商务公共服务中心", null],
    ["黎咀镇\n●●", "贝岭镇\n●●●", "麻布岗镇\n●●●●", "赤光镇\n●●", "", "▲", "电商产业园", null],
    ["鹤市镇\n●●●", "老隆镇\n★▲■\n●●●●●", "义都镇\n●●●", "佗城镇\n●●●◎", "", "◎", "镇级电商服务站", null],
    ["四都镇\n●●", "丰稔镇\n●●●", "紫市镇\n●●", "通衢镇\n●●●", "", "●", "村级电商服务站（已建成）", null],
    ["登云镇\n●●", "回龙镇\n●●", "新田镇\n●●●○", "龙母镇\n●●", "", "○", "村级电商服务站（在建）", null],
    ["", "", "", "", "", "■", "快递物流分拨中心", null],
    ["（比例尺示意，不代表实际位置与界线）", null, null, null, null, "底图：龙川县自然资源局提供", null, null],
  ];
  map.forEach((r0) => {
    const r = r0.map((v) => (v === "" ? null : v));
    rows.push(r);
    const n = rows.length;
    if (r[6] !== null && r[5] !== "图　例") merges.push(`G${n}:H${n}`);
    if (r[5] === "图　例") merges.push(`F${n}:H${n}`);
    if (r[0] && r[0].startsWith("（比例尺")) merges.push(`A${n}:D${n}`, `F${n}:H${n}`);
  });
  rows.push(span(null, W));
  full("说　明");
  const note = (t) => full(t);
  note("1．县电子商务公共服务中心（★）：位于老隆镇，2020年7月16日投入运营，由第三方运营服务商广东川商电子商务有限公司运营；设免费培训室（80座），常年开展电商基础培训；一楼展销区免费展示、销售本地特色农产品；免费提供产品拍摄、美工设计；统一推广“龙川好物”区域公用品牌。");
  note("2．电商产业园（▲）：利用老隆镇原县农机厂闲置厂房整合改造，已投入使用。");
  note("3．村级电商服务站（●/○）：全县行政村345个，已建成村级电商服务站点276个，在建12个；图中每个圆点代表若干站点，仅示意分布。");
  note("4．快递物流（■）：县快递物流分拨中心设于老隆镇，全县行政村快递（含邮政）通达率100%。");
  note("5．全县省定贫困村56个，站点建设情况详见《村级站点清单》。");
  note("6．本图供宣传及考评现场讲解使用，网点以县商务局最新台账为准。");
  write("facts/b109-f3-longchuan.json", {
    description:
      "河源市龙川县商务局电商股交来当事实表的，是县商务局和县电商中心为宣传和考评讲解编制的《龙川县农村电子商务服务网点分布图（示意）》：Excel里用格子画的示意地图——A:D四列五行，每格“镇名＋换行＋符号”（★▲■◎●○），右侧F:H是“图例”（符号｜含义），图下是比例尺和底图来源，最下面“说　明”六条（A:H合并）。读法：地图格子和图例不是事实（圆点只示意分布，数了也不是站点数）；事实都在说明里：中心2020年7月16日投入运营，由第三方运营服务商运营 → 有第三方；免费培训室、常年电商基础培训；免费展示销售特色农产品；免费拍摄、美工；统一推广“龙川好物”区域公用品牌 → 品牌建设是；产业园整合改造已投入使用 → 产业园已建；全县行政村345个（276个站点、12个在建不是事实键）；行政村快递通达率100%；省定贫困村56个。没有说“其他增值服务”；制图日期“2021年8月”不是考评截止日期；“以最新台账为准”是提示。没有领导、没有判断分。",
    sheets: [sheet("网点分布图", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "龙川县",
        centerOpened: "2020-07-16", thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: true, centerBrand: true,
        parkBuilt: true, adminVillagesStated: 345, expressCoverage: true, poorVillagesStated: 56,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b109-l1-jiedong: 揭阳市揭东区 — 月报台账用局办公室《公务用车使用登记簿》摘录代替
// =====================================================================================
(function l1() {
  const expect = {};
  const sheets = [];
  {
    const r = [["说明"],
      ["市商务局要求电子商务进农村工作月报报送纸质盖章件，由我局派车送达市商务局，电商股未另设报送台账。现以局办公室《公务用车使用登记簿》（2020年9月—2021年9月）摘录代替月报报送记录。"],
      ["用车事由写“送×月份…月报…至市商务局”的，一行即一次报送，当天送达，报送日期即该行日期（登记簿只写月.日，年份见“——2020年——”“——2021年——”分隔行）；事由注明“含电商扶贫统计表”的，该次月报含电商扶贫统计。"],
      ["其他用车（下乡检查站点、陪同调研、送区财政局或区政府办的材料、送经验材料、接送专家、运送设备）不是月报报送。"],
      ["揭东区商务局电商股　林××　2021年9月8日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [month.day, year, 事由, 目的地, km, report?, poverty?]
  const T = [
    ["9.8", 2020, "送8月份电商进农村工作月报（含电商扶贫统计表）至市商务局", "揭阳市商务局", 38, true, true],
    ["9.17", 2020, "到玉湖镇检查村级站点建设", "玉湖镇", 52, false],
    ["10.9", 2020, "送9月份电商进农村工作月报至市商务局", "揭阳市商务局", 37, true, null],
    ["10.23", 2020, "陪同市商务局到埔田镇调研竹笋电商", "埔田镇", 64, false],
    ["11.10", 2020, "送10月份工作月报（含电商扶贫统计表）至市商务局", "揭阳市商务局", 38, true, true],
    ["11.12", 2020, "送10月份月报修改稿至市商务局（市局退回重报）", "揭阳市商务局", 36, true, null],
    ["12.8", 2020, "送11月份工作月报至市商务局", "揭阳市商务局", 38, true, null],
    ["12.15", 2020, "送专项资金拨付材料至区财政局", "区财政局", 6, false],
    ["1.11", 2021, "送12月份工作月报及全年工作总结至市商务局", "揭阳市商务局", 39, true, null],
    ["2.3", 2021, "送1月份工作月报（含电商扶贫统计表）至市商务局", "揭阳市商务局", 38, true, true],
    ["3.9", 2021, "送2月份工作月报至市商务局", "揭阳市商务局", 37, true, null],
    ["3.25", 2021, "送经验材料《揭东区“电商＋竹编”带富一方》至市商务局", "揭阳市商务局", 38, false],
    ["4.8", 2021, "送3月份工作月报至市商务局", "揭阳市商务局", 38, true, null],
    ["5.10", 2021, "送4月份工作月报（含电商扶贫统计表）至市商务局", "揭阳市商务局", 40, true, true],
    ["5.20", 2021, "接省考评预审专家（揭阳潮汕机场）", "揭阳潮汕机场", 46, false],
    ["6.8", 2021, "送5月份工作月报至市商务局", "揭阳市商务局", 38, true, null],
    ["6.15", 2021, "送5月份电商工作情况至区政府办（区长阅示）", "区政府办", 5, false],
    ["7.8", 2021, "送6月份工作月报至市商务局", "揭阳市商务局", 37, true, null],
    ["8.9", 2021, "送7月份工作月报（含电商扶贫统计表）至市商务局", "揭阳市商务局", 38, true, true],
    ["8.26", 2021, "运送村级站点电脑至曲溪街道", "曲溪街道", 21, false],
    ["9.7", 2021, "送8月份工作月报至市商务局", "揭阳市商务局", 38, true, null],
  ];
  const iso = (t) => { const [m, d] = t[0].split("."); return t[1] + "-" + m.padStart(2, "0") + "-" + d.padStart(2, "0"); };
  {
    const W = 9;
    const r = [span("揭阳市揭东区商务局公务用车使用登记簿", W), span("（电商股摘录　车牌：粤V·×××××　摘录期间2020年9月—2021年9月）", W),
      ["日期", "用车事由", "目的地", "用车人", "出车时间", "回车时间", "行驶里程（公里）", "驾驶员", "备注"]];
    const merges = [`A1:I1`, `A2:I2`];
    let y = null;
    T.forEach((t, i) => {
      if (t[1] !== y) { r.push(span("——" + t[1] + "年——", W)); merges.push(`A${r.length}:I${r.length}`); y = t[1]; }
      r.push([t[0], t[2], t[3], t[5] ? "林××" : ["陈××", "局领导", "林××"][i % 3], ["8:30", "9:00", "14:30"][i % 3], ["11:40", "12:10", "17:20"][i % 3], t[4], "郑××", t[2].includes("退回") ? "市局要求补充站点数据" : null]);
    });
    r.push(span("本页摘录完。", W)); merges.push(`A${r.length}:I${r.length}`);
    sheets.push(sheet("用车登记摘录", r, merges));
    const recs = T.filter((t) => t[5]).map((t) => ({ date: iso(t), poverty: t[6] }));
    expect["用车登记摘录"] = { kind: "reports", records: recs };
    assert(recs.length === 14 && monthsCovered(recs.map((x) => x.date)) === 12, "14 deliveries, 12 months");
  }
  write("ledgers/b109-l1-jiedong.json", {
    description:
      "揭阳市揭东区商务局电商股没有月报报送台账，交的是局办公室《公务用车使用登记簿》的摘录（市商务局要月报纸质盖章件，每次派车送达），另有一页说明（纯文字，不是台账，写明读法）。登记簿表头：日期｜用车事由｜目的地｜用车人｜出车时间｜回车时间｜行驶里程｜驾驶员｜备注，“日期”只写“月.日”（9.8、10.23），年份在“——2020年——”“——2021年——”分隔行（整行合并）。读法：只有事由写“送×月份…月报…至市商务局”的是报送记录，一行一条，日期＝年份分隔行的年＋该行月.日（“9.8”在2020年下是2020-09-08）；事由里注明“含电商扶贫统计表”的 poverty 为是，没注明的不知道（null，不是否）；11月12日“送10月份月报修改稿（市局退回重报）”也是一次报送；1月11日“月报及全年工作总结”算报送；2021年9月7日送8月月报照列。不是报送的：下乡检查站点、陪同调研、送区财政局资金材料、6月15日送区政府办（不是市商务局）、3月25日送经验材料（是经验材料不是月报）、接送专家、运送电脑；标题、摘录说明行、“本页摘录完。”都不是记录。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b109-l2-boluo: 惠州市博罗县 — 资金台账用财务的《收款收据（收据联）登记表》代替
// =====================================================================================
(function l2() {
  const expect = {};
  const sheets = [];
  {
    const r = [["填表说明"],
      ["1．本表由局财务按收款收据原件登记：我局每拨付一笔专项资金，收款单位（承建企业、村委会）出具收款收据，收据联交我局入账。一张有效收据即一笔拨付，拨付日期以收据开具日期为准，金额以小写为准（小写未填的看大写）。"],
      ["2．第1号是我局收到县财政局拨入省级专项资金时开具的收据（存根联复印件，用于核对下达数），是收入不是拨付；作废收据不是拨付。"],
      ["3．金额单位：元。"]];
    sheets.push(sheet("填表说明", r));
    expect["填表说明"] = { kind: null };
  }
  // [收据号, date cell, iso|null, 收款单位, 付款单位, 摘要, 大写, 小写 cell, 备注, amount|null]
  const R = [
    ["No.0032761", "2020年10月16日", null, "博罗县商务局", "博罗县财政局", "收到省级电子商务进农村综合示范专项资金", "伍佰万元整", "¥5,000,000.00", "本局开具（存根联复印）", null],
    ["No.0100218", "2020年11月6日", "2020-11-06", "博罗县罗浮电子商务有限公司", "博罗县商务局", "县电子商务公共服务中心装修工程款（首期）", "捌拾万元整", "¥800,000.00", null, 800000],
    ["No.0005512", D("2020-12-18"), "2020-12-18", "杨村镇井头村民委员会", "博罗县商务局", "村级电商服务站建设补助", "叁万陆仟元整", null, "小写未填", 36000],
    ["No.0005513", "2020年12月18日", null, "柏塘镇黄岗村民委员会", "博罗县商务局", "村级电商服务站建设补助", "叁万陆仟元整", "¥36,000.00", "作废（村委会公章盖错，重开见No.0005514）", null],
    ["No.0005514", "2020年12月18日", "2020-12-18", "柏塘镇黄岗村民委员会", "博罗县商务局", "村级电商服务站建设补助", "叁万陆仟元整", "￥36,000.00", null, 36000],
    ["No.0100367", "2021年1月22日", "2021-01-22", "博罗县顺通物流有限公司", "博罗县商务局", "县乡村三级物流配送体系建设款", "肆拾伍万元整", "¥450,000.00", null, 450000],
    ["No.0229004", "2021.3.30", "2021-03-30", "惠州市众学教育咨询有限公司", "博罗县商务局", "农村电商培训服务费（第一期）", "贰拾壹万伍仟元整", "215,000.00", null, 215000],
    ["No.0100533", D("2021-05-14"), "2021-05-14", "博罗县罗浮电子商务有限公司", "博罗县商务局", "县电子商务公共服务中心装修工程款（尾款）", "叁拾贰万元整", "¥320,000.00", null, 320000],
    ["No.0338127", "2021/6/25", "2021-06-25", "广州市嘉禾广告有限公司", "博罗县商务局", "“博罗好物”品牌推广及宣传费", "壹拾捌万陆仟伍佰元整", "¥186,500.00", null, 186500],
    ["No.0229051", "2021年8月20日", "2021-08-20", "惠州市众学教育咨询有限公司", "博罗县商务局", "农村电商培训服务费（第二期）", "壹拾捌万元整", "¥180,000.00", null, 180000],
    ["No.0100702", "2021年9月9日", "2021-09-09", "博罗县罗浮电子商务有限公司", "博罗县商务局", "第三方运营服务费", "伍拾万元整", "¥500,000.00", null, 500000],
  ];
  {
    const W = 10;
    const r = [span("博罗县电子商务进农村综合示范专项资金收款收据（收据联）登记表", W), span("登记：县商务局财务　黄××　　　单位：元", W),
      ["序号", "收据号码", "开具日期", "收款单位（出具收据单位）", "付款单位", "摘要", "金额（大写）", "金额（小写）", "备注", "经手人"]];
    R.forEach((x, i) => r.push([i + 1, x[0], x[1], x[3], x[4], x[5], x[6], x[7], x[8], i === 0 ? "黄××" : "林××"]));
    const tot = R.filter((x) => x[9]).reduce((a, x) => a + x[9], 0);
    assert(tot === 2723500, "total 2,723,500 got " + tot);
    r.push(["合计", null, null, null, null, "（不含第1号、第4号）", "贰佰柒拾贰万叁仟伍佰元整", "¥2,723,500.00", null, null]);
    sheets.push(sheet("收据登记", r, ["A1:J1", "A2:J2"]));
    const recs = R.filter((x) => x[9]).map((x) => ({ date: x[2], amount: x[9] }));
    assert(recs.length === 9, "9 disbursements");
    const upTo = recs.filter((x) => dateOk(x.date)).reduce((a, x) => a + x.amount, 0);
    assert(upTo === 2223500, "≤ cut-off 2,223,500");
    expect["收据登记"] = { kind: "funds", records: recs };
  }
  write("ledgers/b109-l2-boluo.json", {
    description:
      "惠州市博罗县商务局交来的资金台账不是拨付台账，而是局财务的《专项资金收款收据（收据联）登记表》：每拨付一笔，收款单位（承建企业、村委会）开收款收据给商务局，财务逐张登记——序号｜收据号码｜开具日期｜收款单位（出具收据单位）｜付款单位｜摘要｜金额（大写）｜金额（小写）｜备注｜经手人，另有一页填表说明（纯文字，不是台账，写明读法）。读法：一张有效收据一笔拨付，日期看开具日期（“2020年11月6日”、真日期、“2021.3.30”、“2021/6/25”），金额看小写（“¥800,000.00”、全角“￥36,000.00”、不带符号的“215,000.00”）；第3号井头村小写没填，按大写“叁万陆仟元整”读36,000元；第1号是商务局收到县财政局拨入的500万元时自己开的收据（付款单位是财政局），是收入不是拨付；第4号备注“作废”不算；第11号2021年9月9日照列（截止日后）；合计行不是记录。共9笔，2,723,500元（截止日前2,223,500元）。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("written:\n" + written.join("\n"));
