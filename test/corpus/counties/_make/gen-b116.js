// Batch 116 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
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


// =====================================================================================
// counties/b116-c1-taishan: 江门台山市 — 事实和自评分在市长考评汇报会的《提词器文稿》里（一屏四行、一行一句短语）
// =====================================================================================
(function c1() {
  const sheets = [];
  const AREA = "440781";
  // ---------------------------------------------------------------- 提词器文稿
  // screens: [提示 for the screen | null, lines...]
  const SCR = [
    ["【开场，语速放慢】", "尊敬的考评组各位专家：", "下面，我代表台山市人民政府，", "汇报电子商务进农村综合示范", "创建工作情况。"],
    ["【第一部分】", "一、加强组织领导。", "市政府成立了由我任组长的", "电子商务进农村工作领导小组，", "商务、财政、农业农村、乡村振兴"],
    [null, "等12个部门为成员单位。", "2019年12月，市政府正式印发", "《示范创建工作方案》；", "2020年5月出台《台山市扶持"],
    [null, "农村电子商务发展若干措施》。"],
    ["【第二部分，PPT翻到中心照片】", "二、服务体系建设。", "市电子商务公共服务中心", "于2020年7月16日投入运营，", "由专业服务商江门市侨乡优品"],
    [null, "电子商务有限公司运营。", "中心提供免费培训场地和设备，", "特色农产品免费展示展销，", "免费摄影美工，"],
    [null, "统一推广“台山大米”公用品牌，", "还提供代办证照、金融对接", "等增值服务。", "整合建成台山市电子商务产业园，"],
    ["【停顿，看附6】", "入驻企业22家。", "村级站点覆盖70%以上行政村，", "省定贫困村全部建站；", "快递物流实现行政村全覆盖。"],
    ["【第三部分】", "三、农村产品上行。", "2020年全市农村网络零售额", "12.6亿元，同比增长18.2%；", "农产品网络零售额3.1亿元，"],
    [null, "同比增长35.4%。"],
    ["【第四部分】", "四、电商人才培训。", "全市常住人口90.5万，", "截至8月底累计培训5000人次，", "建档立卡贫困人口培训率"],
    [null, "达到71.4%。"],
    ["【第五部分】", "五、信息公开和报送。", "市政府网站设立专栏，公示", "创建方案、项目基本信息、", "建设进度，设立监督举报电话，"],
    [null, "每月更新；", "每月向江门市商务局报送，", "月报含电商扶贫统计。"],
    ["【第六部分】", "六、宣传推广。", "经验材料已报江门市商务局；", "南方＋、广东广播电视台、", "江门日报、台山电视台"],
    [null, "都作了报道。"],
    ["【第七部分】", "七、资金管理。", "制定了专项资金管理办法，", "承建单位建立资金专用台账。", "省级专项资金500万元，"],
    [null, "已拨付423万元，支出率84.6%；", "项目总体进度95%。", "项目实施以来，未发生安全生产", "和质量事故，没有弄虚作假。"],
    ["【第八部分，PPT翻到自评表】", "八、自评情况。", "对照考评指标体系，", "我市自评97分，加分3分：", "组织领导2分，方案制定2分，"],
    [null, "政策支持2分；", "项目管理3分，其中", "管理制度2分、工作台账1分；", "中心与产业园15分，"],
    [null, "村级站点覆盖10分；", "农村产品上行9分，其中", "网销调研2分、促销活动2分、", "标准与溯源1分；"],
    [null, "人才培训20分；", "信息公开4分，数据上报6分；", "案例总结2分，经验推广8分；", "资金制度5分，资金台账4分，"],
    [null, "资金支出（及时拨付）5分；", "加分项：贫困人口培训率2分，", "电视播报典型案例1分。", "汇报完毕，谢谢！"],
  ];
  {
    const W = 4, rows = [], merges = [];
    const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
    full("台山市电子商务进农村综合示范创建考评汇报（提词器文稿）");
    full("汇报人：台山市市长 李××　　场合：省考评组现场考评汇报会　　时长：约8分钟　　版本：第3稿（9月2日）");
    full("说明：本稿供提词器滚动使用，每屏不超过4行，每行不超过18字，一句话可能跨行、跨屏，念时连读；“提示”列不念。汇报数据截至2021年8月31日，与报省自评材料一致。");
    rows.push(["屏", "行", "提词", "提示（不念）"]);
    SCR.forEach((s, i) => {
      s.slice(1).forEach((t, j) => {
        assert(t.length <= 18, "line too long: " + t);
        rows.push([j === 0 ? i + 1 : null, j + 1, t, j === 0 ? s[0] : null]);
      });
    });
    full("（文稿完）　电商股 梁×× 整理，办公室 黄×× 校对");
    sheets.push(sheet("提词器文稿", rows, merges));
  }
  const claimed = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 3, "work.center": 15, "work.coverage": 10, "work.upward": 9,
    "work.training": 20, "info.disclosure": 4, "info.reporting": 6, "promo.cases": 2, "promo.media": 8, "fund.system": 5, "fund.ledger": 4,
    "fund.spending": 5, "bonus.poorTraining": 2, "bonus.tvCase": 1,
  };
  assert(SCORED.reduce((a, id) => a + claimed[id], 0) === 97, "claimed 97");
  // ---------------------------------------------------------------- 附1 村（居）委会名单
  // [town, written, canonical, kind 0 admin / 2 community, poor, express]
  const VIL = [
    ["台城街道", "桥湖社区居委会", "桥湖社区", 2, false, true], ["台城街道", "石化村委会", "石化村", 0, false, true],
    ["大江镇", "大江社区", "大江社区", 2, false, true], ["大江镇", "公益村", "公益村", 0, false, true], ["大江镇", "水楼村民委员会", "水楼村", 0, false, true],
    ["水步镇", "茅莲村", "茅莲村", 0, false, true], ["水步镇", "冈宁村", "冈宁村", 0, false, true],
    ["四九镇", "四九村", "四九村", 0, false, true], ["四九镇", "五十村委会", "五十村", 0, false, true],
    ["白沙镇", "白沙村", "白沙村", 0, false, true], ["白沙镇", "朗南村", "朗南村", 0, true, true],
    ["三合镇", "三合村", "三合村", 0, false, true], ["冲蒌镇", "冲蒌村", "冲蒌村", 0, false, true],
    ["斗山镇", "斗山社区", "斗山社区", 2, false, true], ["斗山镇", "斗山村", "斗山村", 0, false, true], ["斗山镇", "浮石村委会", "浮石村", 0, true, true],
    ["都斛镇", "都斛村", "都斛村", 0, false, true], ["赤溪镇", "赤溪村", "赤溪村", 0, false, true], ["赤溪镇", "田头村", "田头村", 0, true, true],
    ["端芬镇", "端芬村", "端芬村", 0, false, true], ["端芬镇", "那泰村", "那泰村", 0, true, true],
    ["广海镇", "广海社区", "广海社区", 2, false, true], ["广海镇", "广海村", "广海村", 0, false, true],
    ["海宴镇", "海宴村", "海宴村", 0, false, true], ["汶村镇", "汶村村", "汶村村", 0, false, true], ["深井镇", "深井村", "深井村", 0, false, true],
    ["北陡镇", "北陡村", "北陡村", 0, false, true], ["川岛镇", "上川村委会", "上川村", 0, false, false],
  ];
  {
    const r = [span("台山市村（居）委会名单", 7), span("填报单位：台山市商务局电商股　　2021年8月", 7),
      ["序号", "镇（街道）", "村（居）委会", "类别", "考评标注", null, "备注"],
      [null, null, null, null, "省定贫困村", "快递进村", null]];
    VIL.forEach((v, i) => r.push([i + 1, v[0], v[1], v[3] === 2 ? "社区" : "行政村", v[3] === 2 ? "—" : v[4] ? "是" : "否", v[5] ? "是" : "否",
      v[3] === 2 ? "社区不计入考评" : !v[5] ? "海岛村，快递由邮政所代收，未进村" : null]));
    r.push(["注：快递进村据台山市邮政管理局2021年7月核查。", null, null, null, null, null, null]);
    sheets.push(sheet("附1 村居名单", r, ["A1:G1", "A2:G2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:F3", "G3:G4", `A${r.length}:G${r.length}`]));
  }
  const ADMIN = VIL.filter((v) => v[3] === 0).map((v) => v[2]);
  const POOR = VIL.filter((v) => v[3] === 0 && v[4]).map((v) => v[2]);
  assert(ADMIN.length === 24 && POOR.length === 4, "24 admin 4 poor");
  // ---------------------------------------------------------------- 附2 站点台账
  const ST = [
    ["台城街道", "石化村", "石化村", "2020.8.12", "2020-08-12"], ["台城街道", "桥湖社区", "桥湖社区", "2020.8.12", "2020-08-12"],
    ["大江镇", "公益村委会", "公益村", D("2020-08-26"), "2020-08-26"], ["大江镇", "水楼村", "水楼村", "20.9.3", "2020-09-03"],
    ["水步镇", "茅莲村", "茅莲村", "2020.9.17", "2020-09-17"], ["四九镇", "四九村", "四九村", "2020年10月", "2020-10"],
    ["四九镇", "五十村", "五十村", "2020.10.22", "2020-10-22"], ["白沙镇", "白沙村", "白沙村", "2020.11.5", "2020-11-05"],
    ["白沙镇", "朗南村民委员会", "朗南村", "2020.11.5", "2020-11-05"], ["三合镇", "三合村", "三合村", "2021/1/8", "2021-01-08"],
    ["冲蒌镇", "冲蒌村", "冲蒌村", "2021.1.21", "2021-01-21"], ["斗山镇", "斗山村", "斗山村", "20210315", "2021-03-15"],
    ["斗山镇", "浮石村", "浮石村", "2021.3.15", "2021-03-15"], ["都斛镇", "都斛村", "都斛村", "2021.4.9", "2021-04-09"],
    ["赤溪镇", "田头村委会", "田头村", D("2021-05-13"), "2021-05-13"], ["大江镇", "水楼村", "水楼村", "2021.5.27", "2021-05-27"],
    ["端芬镇", "端芬村", "端芬村", "2021.6.10", "2021-06-10"], ["广海镇", "广海村", "广海村", "2021.7.1", "2021-07-01"],
    ["深井镇", "那马村", "那马村", "2021.7.15", "2021-07-15"], ["海宴镇", "海宴村", "海宴村", "2021年8月30日", "2021-08-30"],
    ["端芬镇", "那泰村", "那泰村", "2021.9.3", "2021-09-03"],
  ];
  {
    const r = [span("台山市村级电子商务服务站点清单", 8), ["序号", "镇（街道）", "所在村", "站点名称", "负责人", "联系电话", "挂牌时间", "备注"]];
    ST.forEach((s, i) => r.push([i + 1, s[0], s[1], s[2] + (i === 15 ? "侨乡优品收购点" : "电商服务站"), ["陈", "李", "黄", "伍", "刘", "关", "邝", "甄"][i % 8] + "××",
      "139" + String(27000000 + i * 413377).slice(0, 8), s[3], i === 15 ? "同村第二个站点" : i === 20 ? "9月挂牌" : null]));
    r.push(["合计", null, null, "21个", null, null, null, null]);
    sheets.push(sheet("附2 站点清单", r, ["A1:H1"]));
  }
  const covered = new Set(ST.filter((s) => dateOk(s[4]) && ADMIN.includes(s[2])).map((s) => s[2]));
  assert(covered.size === 17 && covered.size * 100 >= 24 * 70, "17/24 = 70.8% → 5");
  const poorCov = POOR.filter((p) => covered.has(p));
  assert(poorCov.length === 3 && poorCov.length * 100 < POOR.length * 80, "poor 3/4 = 75% → 0");
  assert(!ADMIN.includes("那马村"), "那马 not listed");
  // ---------------------------------------------------------------- 附3 培训期次
  const SES = [
    [1, "2020.9.24", "2020-09-24", "农村电商基础", 520], [2, "2020.10.29", "2020-10-29", "网店开设与运营", 480],
    [3, "2020.11.26", "2020-11-26", "台山大米直播推介", 450], [4, "2020.12.17", "2020-12-17", "年货节网络促销", "500人次"],
    [5, "2021.3.9-10", "2021-03-10", "电商创业青年班（两天）", 510], [6, D("2021-04-20"), "2021-04-20", "短视频拍摄与剪辑", 530],
    [7, "2021.5.18", "2021-05-18", "农产品品牌与包装", 490], [8, "2021.6.22", "2021-06-22", "侨乡特产跨境电商", 460],
    [9, "2021.7.20", "2021-07-20", "社群营销与客服", 520], [10, "2021.8.24", "2021-08-24", "直播带货进阶", 520],
    [11, "2021.9.15", "2021-09-15", "电商物流与供应链", 300],
  ];
  const sesN = (v) => (typeof v === "number" ? v : parseInt(v, 10));
  const sesOk = SES.filter((s) => dateOk(s[2])).reduce((a, s) => a + sesN(s[4]), 0);
  assert(sesOk === 4980, "sessions 4980 got " + sesOk);
  {
    const r = [span("台山市电商普及培训开展情况（按期次）", 6), ["期次", "培训时间", "培训内容", "培训地点", "参训人次", "承办单位"]];
    SES.forEach((s) => r.push([s[0], s[1], s[3], "市电子商务公共服务中心", s[4], "江门市侨乡优品电子商务有限公司"]));
    r.push(["合计", null, null, null, SES.reduce((a, s) => a + sesN(s[4]), 0), null]);
    r.push(["注：建档立卡贫困户专场按人签到，见附4，不在本表。", null, null, null, null, null]);
    sheets.push(sheet("附3 培训期次", r, ["A1:F1", `A${r.length}:F${r.length}`]));
  }
  // ---------------------------------------------------------------- 附5 贫困人口 / 附4 专场签到
  // [name, village, labour, work, birth, wantX]
  const PP = [
    ["伍亚好", "田头村", true, "在家务农", "19720311", false], ["黄振强", "田头村", true, "在家务农", "19690825", false],
    ["陈秀英", "朗南村", true, "在家务农", "19800914", true], ["李国明", "朗南村", true, "本地务工（台城）", "19750120", false],
    ["刘桂芳", "浮石村", true, "在家务农", "19780406", false], ["关志伟", "浮石村", true, "在家务农", "19860712", false],
    ["邝美玲", "那泰村", true, "在家务农", "19740219", false], ["甄永华", "那泰村", true, "在家务农", "19891103", false],
    ["伍少珍", "田头村", true, "在家务农", "19700628", false], ["黄伟文", "朗南村", true, "本地务工（斗山）", "19830917", false],
    ["陈亚四", "浮石村", true, "在家务农", "19770301", false], ["李月娥", "那泰村", true, "在家务农", "19810525", false],
    ["刘国荣", "田头村", true, "在家务农", "19670814", false], ["关丽群", "朗南村", true, "在家务农", "19790210", false],
    ["邝志坚", "浮石村", true, "外出务工（佛山）", "19920618", false], ["甄家乐", "那泰村", true, "外出务工（深圳）", "19940121", false],
    ["伍伯", "田头村", false, "在家", "19410305", false], ["黄婆", "朗南村", false, "在家", "19440917", false],
  ];
  const IDS = PP.map((p, i) => makeId(AREA, p[4], 210 + i * 41, p[5]));
  assert(IDS[2].endsWith("X") && IDS.filter((x) => x.endsWith("X")).length === 1, "one X id");
  const eligible = PP.map((p, i) => i).filter((i) => PP[i][2] && !/外出/.test(PP[i][3]));
  assert(eligible.length === 14, "14 eligible");
  const SIGN = [];
  [0, 1, 2, 3, 4, 5, 6, 14, 16, 7, 8, 15].forEach((k) => SIGN.push([k, "2021.4.22", "2021-04-22"]));
  [0, 1, 2, 9, 14, 17, 3, 4].forEach((k) => SIGN.push([k, D("2021-08-19"), "2021-08-19"]));
  [10, 11, 12].forEach((k) => SIGN.push([k, "2021.9.9", "2021-09-09"]));
  {
    const r = [span("台山市建档立卡贫困户电商专场培训签到表", 6), ["序号", "培训日期", "姓名", "身份证号码", "村", "签名"]];
    SIGN.forEach((s, i) => r.push([i + 1, s[1], PP[s[0]][0], s[0] === 2 && i >= 12 ? IDS[2].slice(0, 17) + "x" : IDS[s[0]], PP[s[0]][1], PP[s[0]][0]]));
    sheets.push(sheet("附4 贫困户专场签到", r, ["A1:F1"]));
  }
  {
    const r = [span("台山市建档立卡贫困人口名单（电商培训对象）", 7), ["序号", "姓名", "身份证号码", "所在村", "劳动能力", "务工情况", "备注"]];
    PP.forEach((p, i) => r.push([i + 1, p[0], IDS[i], p[1], p[2] ? "有" : "无", p[3], null]));
    r.push(["注：“本地务工”指在台山市内务工、每日回家，不属外出务工。来源：台山市乡村振兴局，2021年7月。", null, null, null, null, null, null]);
    sheets.push(sheet("附5 贫困人口", r, ["A1:G1", `A${r.length}:G${r.length}`]));
  }
  const signOk = SIGN.filter((s) => dateOk(s[2]));
  assert(signOk.length === 20, "20 sign-ins to cut-off");
  const trained = new Set(signOk.map((s) => s[0]).filter((i) => eligible.includes(i)));
  assert(trained.size === 10 && trained.size * 100 >= 14 * 70, "10/14 = 71.4% ≥ 70%");
  const personTimes = sesOk + signOk.length;
  assert(personTimes === 5000 && personTimes * 100 >= 500000, "5000/500000 = 1% exactly → 10");
  // ---------------------------------------------------------------- 附6 入驻企业
  // [name, type, canonical type, entered cell, iso, left cell, left iso, code index, note]
  const ENT = [
    ["江门市侨乡优品电子商务有限公司", "电商运营商", "电商运营商", "2020.7.1", "2020-07-01", null, null, 0, null],
    ["台山市稻香电子商务有限公司", "销售型", "销售型", "2020.7.10", "2020-07-10", null, null, 1, null],
    ["台山市侨乡网络科技有限公司", "平台型", "平台型", "2020.7.10", "2020-07-10", null, null, 2, null],
    ["台山市鳗鱼哥水产网店", "销售型", "销售型", "2020年7月", "2020-07", null, null, 3, null],
    ["台山市速达物流有限公司", "物流企业", "物流企业", D("2020-08-03"), "2020-08-03", null, null, 4, null],
    ["台山市青蟹之乡电子商务有限公司", "销售型", "销售型", "2020.8.18", "2020-08-18", null, null, 5, null],
    ["台山市黄鳝饭预制菜网店", "销售型", "销售型", "2020.9.1", "2020-09-01", "2021.5.31", "2021-05-31", 6, "已退园"],
    ["台山市云仓供应链管理有限公司", "物流企业", "物流企业", "2020.9.14", "2020-09-14", null, null, 7, null],
    ["台山市农品汇直播传媒有限公司", "电商运营商", "电商运营商", "2020.10.12", "2020-10-12", null, null, 8, null],
    ["台山市上川海味电子商务有限公司", "销售型", "销售型", "2020.10.26", "2020-10-26", null, null, 9, null],
    ["台山市端芬大米电子商务有限公司", "销售型", "销售型", "2020.11.9", "2020-11-09", null, null, 10, null],
    ["台山市乡味优选网络科技有限公司", "平台型", "平台型", "2020.12.1", "2020-12-01", null, null, 11, null],
    ["台山市斗山蚝业电子商务有限公司", "销售型", "销售型", "2021.1.11", "2021-01-11", null, null, 12, null],
    ["台山市广海咸鱼网店", "销售型", "销售型", "2021.2.22", "2021-02-22", null, null, 13, null],
    ["台山市优农电商代运营有限公司", "电商运营商", "电商运营商", "2021.3.15", "2021-03-15", null, null, 14, null],
    ["台山市都斛菜脯电子商务有限公司", "销售型", "销售型", "2021.4.6", "2021-04-06", null, null, 15, null],
    ["台山市农乐电子商务有限公司", "销售型", "销售型", "2021.5.10", "2021-05-10", null, null, 16, null],
    ["台山市海宴虾干电子商务有限公司", "销售型", "销售型", "2021.6.7", "2021-06-07", null, null, 17, null],
    ["台山市农乐优品电子商务有限公司", "销售型", "销售型", "2021.7.5", "2021-07-05", null, null, 16, "原“台山市农乐电子商务有限公司”，7月更名后重新登记"],
    ["台山市冲蒌番薯电子商务有限公司", "销售型", "销售型", "2021.7.19", "2021-07-19", null, null, 18, null],
    ["台山市北陡生蚝电子商务有限公司", "销售型", "销售型", "2021.8.9", "2021-08-09", null, null, 19, null],
    ["台山市汶村鲍鱼电子商务有限公司", "销售型", "销售型", "2021.9.6", "2021-09-06", null, null, 20, "9月新入驻"],
  ];
  const CODE = (i) => "91440781MA5" + String(4100 + i * 67).padStart(4, "0") + "R" + String(30 + i).padStart(2, "0");
  {
    const r = [span("台山市电子商务产业园入驻企业名单", 8), ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻时间", "退出时间", "房号", "备注"]];
    ENT.forEach((e, i) => r.push([i + 1, e[0], CODE(e[7]), e[1], e[3], e[5], (i < 11 ? "A" : "B") + String(201 + i), e[8]]));
    r.push(["合计", "22家", null, null, null, null, null, null]);
    sheets.push(sheet("附6 入驻企业", r, ["A1:H1"]));
  }
  const inPark = ENT.filter((e) => dateOk(e[4]) && !(e[6] && e[6] <= AS_OF));
  const inParkCodes = new Set(inPark.map((e) => e[7]));
  assert(ENT.length === 22 && inPark.length === 20 && inParkCodes.size === 19, "19 distinct codes in park");
  assert(new Set(inPark.map((e) => e[2])).size === 4, "4 types");
  // ---------------------------------------------------------------- 附7 资金台账（万元）
  const FUND = [
    ["2020.7.8", "2020-07-08", "市电子商务公共服务中心建设及设备", 135], ["2020.10.30", "2020-10-30", "村级站点建设（第一批）", 86.5],
    ["2021.1.20", "2021-01-20", "电商培训服务（一期结算）", 42], ["2021.3.31", "2021-03-31", "县镇村物流配送体系", "57.5"],
    ["2021.6.11", "2021-06-11", "品牌培育及网络促销", 38], [D("2021-08-20"), "2021-08-20", "村级站点建设（第二批）", 44],
    ["2021.9.16", "2021-09-16", "电商培训服务（二期结算）", 20],
  ];
  const wan = (v) => Math.round(parseFloat(v) * 10000);
  const spent = FUND.filter((f) => dateOk(f[1])).reduce((a, f) => a + wan(f[3]), 0);
  assert(spent === 4030000 && spent * 100 >= 5000000 * 70, "4,030,000 = 80.6%");
  {
    const r = [span("台山市省级电子商务进农村综合示范专项资金拨付台账", 6), span("单位：万元", 6), ["序号", "拨付日期", "项目", "收款单位", "拨付金额", "凭证号"]];
    FUND.forEach((f, i) => r.push([i + 1, f[0], f[2], i === 0 ? "台山市建安工程有限公司" : i === 3 ? "台山邮政分公司" : "江门市侨乡优品电子商务有限公司", f[3], "记-" + String(12 + i * 9).padStart(3, "0")]));
    r.push(["合计", null, null, null, 423, null]);
    r.push(["注：省级下达专项资金500万元。", null, null, null, null, null]);
    sheets.push(sheet("附7 资金台账", r, ["A1:F1", "A2:F2", `A${r.length}:F${r.length}`]));
    assert(FUND.reduce((a, f) => a + wan(f[3]), 0) === 4230000, "合计 423万");
  }
  // ---------------------------------------------------------------- 附8 月报报送
  const REP = [["2020.9.7", "2020-09-07"], ["2020.10.9", "2020-10-09"], ["2020.11.6", "2020-11-06"], ["2020.12.4", "2020-12-04"], ["2021.1.8", "2021-01-08"],
    ["2021.3.5", "2021-03-05"], [D("2021-04-07"), "2021-04-07"], ["2021.5.8", "2021-05-08"], ["2021.6.4", "2021-06-04"],
    ["2021.7.6", "2021-07-06"], ["2021.8.5", "2021-08-05"], ["2021.9.6", "2021-09-06"]];
  assert(monthsCovered(REP.map((x) => x[1])) === 11, "reports 11 months (no 2021-02)");
  {
    const r = [span("台山市向江门市商务局报送工作情况登记", 5), ["序号", "报送日期", "报送内容", "报送方式", "含电商扶贫统计"]];
    REP.forEach((x, i) => {
      const m = +x[1].slice(5, 7); const mo = m === 1 ? 12 : m === 3 ? "1—2" : m - 1;
      r.push([i + 1, x[0], `${mo}月份电子商务进农村工作情况`, "粤政易", "√"]);
    });
    r.push(["注：春节期间1、2月合并报送。", null, null, null, null]);
    sheets.push(sheet("附8 月报报送", r, ["A1:E1", `A${r.length}:E${r.length}`]));
  }
  // ---------------------------------------------------------------- 附9 专栏更新
  const DIS = ["2019-12-27", "2020-08-05", "2020-09-16", "2020-10-21", "2020-11-18", "2020-12-16", "2021-01-20", "2021-02-24", "2021-03-17",
    "2021-04-21", "2021-05-19", "2021-06-16", "2021-07-21", "2021-08-18"];
  const DIST = ["台山市电子商务进农村综合示范工作方案", "示范项目基本信息公示"];
  assert(monthsCovered(DIS) === 12, "disclosures 12 months");
  {
    const r = [span("市政府网站“电子商务进农村综合示范”专栏更新记录", 3), ["发布日期", "标题", "链接"]];
    DIS.forEach((d, i) => {
      const prev = new Date(Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 2, 1));
      r.push([D(d), DIST[i] || `项目建设进度（${prev.getUTCMonth() + 1}月）`, "http://www.cnts.gov.cn/zwgk/dzsw/content/post_" + (2301 + i * 29) + ".html"]);
    });
    sheets.push(sheet("附9 专栏更新", r, ["A1:C1"]));
  }
  // ---------------------------------------------------------------- 附10 宣传报道
  const MED = [
    ["2020.12.10", "台山广播电视台", "县级", "电视", "台山：村级电商站让大米卖出好价钱", "否"],
    ["2021.3.18", "南方＋客户端", "省级", "网络", "侨乡台山：电商进农村 站点建到家门口", "否"],
    ["2021.5.20", "广东广播电视台珠江频道", "省级", "电视", "台山贫困户搭上电商快车 鳗鱼青蟹卖全国", "是"],
    ["2021.9.8", "江门日报", "市级", "报纸", "台山电商进农村交出亮眼成绩单", "否"],
  ];
  {
    const r = [span("台山市电子商务进农村宣传报道登记表", 7), ["序号", "报道日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"]];
    MED.forEach((m, i) => r.push([i + 1, ...m]));
    sheets.push(sheet("附10 宣传报道", r, ["A1:G1"]));
  }
  // ---------------------------------------------------------------- 附11 经验材料
  {
    const r = [span("经验材料报送登记", 4), ["报送日期", "材料标题", "报送单位", "报送方式"],
      ["2021.6.25", "台山市“侨乡特产＋电商”助农增收经验材料", "江门市商务局", "粤政易"],
      ["2021.9.10", "台山市村级电商站点建设运营案例", "江门市商务局", "粤政易"]];
    sheets.push(sheet("附11 经验材料", r, ["A1:D1"]));
  }
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 2, "org.management": 2 + 1,
    "work.center": 2 + 2 + 2 + 1 + 1 + 1 + 1 + 2 + 0 + 1, "work.coverage": 5 + 0, "work.upward": 2 + 2 + 1 + 0 + 1 + 2,
    "work.training": 10 + 10, "info.disclosure": 2 + 2, "info.reporting": 1 + 3, "promo.cases": 2, "promo.media": 4 + 1,
    "fund.system": 5, "fund.ledger": 4, "fund.spending": 5,
    "bonus.poorTraining": 2, "bonus.tvCase": 1, "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  const sc = SCORED.reduce((a, id) => a + points[id], 0);
  assert(sc === 84, "84 got " + sc);
  write("counties/b116-c1-taishan.json", {
    description:
      "江门市台山市商务局电商股交的整本考评工作簿（12个表：提词器文稿、附1—附11），87分（84＋加分3，未否决；文稿里自评97＋3）。事实表不是填报表，而是市长在省考评组现场汇报会上用的《提词器文稿》：标题、汇报人行（“台山市市长 李××”）、说明行（每屏不超过4行、每行不超过18字，一句话可能跨行跨屏，念时连读；“提示”列不念；数据截至2021年8月31日），表头 屏｜行｜提词｜提示（不念），屏号只写在每屏第一行，一行一段短句，末行署名。读法：把“提词”列从上到下连起来读成一篇讲稿——“由我任组长”的“我”是市长，成员单位有商务、财政、农业农村、乡村振兴 → 主要领导、部门齐全；2019年12月正式印发工作方案；《扶持农村电子商务发展若干措施》跨两行（第3屏末行、第4屏），即已出台政策；中心2020年7月16日投入运营、专业服务商运营，免费培训、免费展示展销、免费摄影美工、统一推广“台山大米”、代办证照金融对接 → 五项都是；整合建成产业园；“快递物流实现行政村全覆盖”（但附1上川村快递进村为“否”，以名单为准并警告）；农产品网零增长35.4%（农村网零18.2%）；常住人口90.5万；已拨付423万元；总体进度95%；未发生事故、没有弄虚作假。判断分和自评分在第八部分（第19—23屏）：方案2、政策2、管理制度2、工作台账1、网销调研2、促销2、标准与溯源1、资金制度5、资金台账4、资金支出（及时拨付）5；各指标自评分（组织领导2…资金支出5，加分2＋1）是县里的自称。文稿里的“入驻企业22家”“村级站点覆盖70%以上、贫困村全部建站”“每月报送”“江门日报…都作了报道”要用台账核。台账：附1村居28行（两行表头，“考评标注”合并在省定贫困村｜快递进村上，社区4个填“—”；上川村快递“否”）；附2站点21行（日期有20.9.3、“2020年10月”、2021/1/8、20210315、“2021年8月30日”、真日期；社区站、那马村不在名单、水楼村第二站、那泰村9月3日挂牌；合计行不算）；附3培训按期次（“500人次”文本、两天班“2021.3.9-10”按末日、第11期9月15日不算、合计行不算）；附4贫困户专场签到23行（陈秀英第二次签到身份证末位小写x；外出务工、无劳动能力者只算人次；9月9日3行不算）；附5贫困人口18人（“本地务工”不是外出，表尾注写明）；附6入驻企业22行（黄鳝饭预制菜网店2021.5.31退园，汶村鲍鱼9月6日入驻，农乐优品是农乐电子商务更名后重新登记、信用代码相同，算一家 → 19家）；附7资金台账单位万元（“57.5”文本，9月16日20万不算，合计行不算）；附8月报缺2021年2月（1—2月3月5日合并报送）；附9专栏12个月都有更新；附10宣传报道（江门日报9月8日）；附11经验材料（6月25日一份，9月10日一份）。",
    sheets,
    expect: { asOf: "2021-08-31", total: 87, bonus: 3, vetoed: false, points, claimed },
    derivation: [
      "org.leadership: 提词“市政府成立了由我任组长的…领导小组”，汇报人是市长（主要领导）；成员单位有商务、财政、农业农村、乡村振兴 → 2",
      "org.plan: 2019年12月正式印发工作方案；自评“方案制定2分” → 2",
      "org.policy: 2020年5月出台《台山市扶持农村电子商务发展若干措施》；自评“政策支持2分” → 2",
      "org.management: 自评“管理制度2分、工作台账1分” → 3",
      "work.center: 中心2020-07-16运营 ≤ 截止日 2；≤ 2021-02-28 满6个月 2；免费培训场地和设备 2；免费展示展销 1；免费摄影美工 1；统一推广“台山大米” 1；代办证照、金融对接等增值服务 1；整合建成产业园 2；附6截止日在园：22行去掉黄鳝饭预制菜网店（2021.5.31退园）、汶村鲍鱼（2021.9.6入驻）= 20行，农乐电子商务与更名后的农乐优品信用代码相同算一家 → 19家 < 20 → 0；类型 电商运营商、销售型、平台型、物流企业 ≥ 3 → 1；合计 13（文稿称入驻22家）",
      "work.coverage: 附1行政村24个（桥湖、大江、斗山、广海4个社区不计）；附2截止日前有站的行政村：石化、公益、水楼（两站算一次）、茅莲、四九（2020年10月）、五十、白沙、朗南、三合、冲蒌、斗山、浮石、都斛、田头、端芬、广海、海宴（2021年8月30日）= 17；17/24 = 70.8% ≥ 70% → 5；桥湖社区站不计，那马村不在名单（警告），那泰村2021.9.3不算。省定贫困村朗南、浮石、田头、那泰4个，截止日前有站3个，3/4 = 75% < 80% → 0；合计 5（自评10）",
      "work.upward: 网销调研2；促销2；第三方运营服务商（江门市侨乡优品电子商务有限公司）1；附1有快递列，上川村“否” → 0（文稿称行政村全覆盖，警告）；标准与溯源1；农村网零增长18.2% < 30%，农产品网零增长35.4% ≥ 30% → 2；合计 8（自评9）",
      "work.training: 人次 = 附3截止日前10期 520+480+450+500+510+530+490+460+520+520 = 4,980（第11期9月15日300不算，合计行不算）＋ 附4截止日前签到20行 = 5,000；基数 min(905,000, 500,000) = 500,000；5,000/500,000 = 1.0% ≥ 1% → 10。贫困人口：附5共18人，有劳动能力16人，去掉外出务工邝志坚、甄家乐 = 14人（李国明、黄伟文本地务工算在内）；截止日前参训：伍亚好、黄振强、陈秀英（末位x/X同一人）、李国明、刘桂芳、关志伟、邝美玲、甄永华、伍少珍、黄伟文 = 10（邝志坚、甄家乐外出务工，伍伯、黄婆无劳动能力，不算；陈亚四、李月娥、刘国荣9月9日才参训）；10/14 = 71.4% ≥ 50% → 10；合计 20",
      "info.disclosure: 专栏公示创建方案、项目基本信息、建设进度，设监督举报电话 → 2；附9在2020-09…2021-08每月都有更新 → 2；合计 4",
      "info.reporting: 附8在2020-09…2021-08中2021年2月没有报送（1—2月合并在3月5日报），11个月 → 不定时 1；月报含电商扶贫统计（文稿写明，附8也打√） → 3；合计 4（自评6）",
      "promo.cases: 附11经验材料2021.6.25报江门市商务局 → 2（9月10日那份不算）",
      "promo.media: 截止日前：南方＋、广东广播电视台珠江频道（省级）→ 4；台山广播电视台（县级）→ 1；江门日报2021.9.8在截止日后，市级不得分；合计 5（自评8）",
      "fund.system: 制定专项资金管理办法；自评“资金制度5分” → 5",
      "fund.ledger: 承建单位建立资金专用台账；自评“资金台账4分” → 4",
      "fund.spending: 附7（万元）截止日前 135+86.5+42+57.5+38+44 = 403万元 = 4,030,000元（9月16日20万不算，合计行423万不算）；4,030,000/5,000,000 = 80.6% ≥ 70% → 按自评“资金支出（及时拨付）5分” → 5（文稿称已拨付423万元、84.6%，含截止日后那笔）",
      "bonus.poorTraining: 10/14 = 71.4% ≥ 70% → 2",
      "bonus.tvCase: 广东广播电视台珠江频道2021.5.20播出电商扶贫典型案例（省级电视）→ 1",
      "veto.incident: “未发生安全生产和质量事故” → 0，不否决",
      "veto.progress: 项目总体进度95% ≥ 40% → 0，不否决",
      "veto.fraud: “没有弄虚作假” → 0，不否决",
      "total: 2+2+2+3+13+5+8+20+4+4+2+5+5+4+5 = 84，加分 2+1 = 3，合计 87；文稿自评97＋3",
    ],
  });
})();

// =====================================================================================
// facts/b116-f1-lianjiang: 湛江廉江市 — 第三方运营服务商报给市商务局的《县级中心运营月报（2021年8月）》第二部分“运营核心数据”
// =====================================================================================
(function f1() {
  const W = 8, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:H${rows.length}`); };
  full("廉江市电子商务公共服务中心运营月报（2021年8月）");
  full("第二部分　运营核心数据");
  rows.push(["运营单位", "湛江市橙乡电子商务服务有限公司（第三方运营服务商，市商务局2020年5月公开招标确定）", null, null, "报送", "廉江市商务局电商股", "报告期", "2021.8.1—8.31"]);
  merges.push(`B${rows.length}:D${rows.length}`);
  rows.push(["中心开业时间", "2020年6月18日", null, null, "运营合同期", "2020.6—2023.6", "本期编号", "CX-YB-2021-08"]);
  merges.push(`B${rows.length}:D${rows.length}`);
  full("表一　核心指标（“累计”为自中心开业起至2021年8月31日）");
  rows.push(["序号", "指标", "单位", "本月", "累计", "合同年度目标", "累计完成率", "备注"]);
  const T1 = [
    [1, "电商普及培训", "人次", 412, "5,860", "5,000", "117.2%", "含镇村巡回培训"],
    [2, "其中：建档立卡贫困人口参训", "人", 38, 612, "—", "—", "按身份证号去重"],
    [3, "有劳动能力未外出务工建档立卡贫困人口（市乡村振兴局核定）", "人", "—", "1,020", "—", "—", "培训率计算基数"],
    [4, "村级服务站点（在运营）", "个", 0, 268, 268, "100%", null],
    [5, "村级站点覆盖省定贫困村", "个", "—", 25, 25, "100%", "全市省定贫困村25个，已全覆盖"],
    [6, "共同配送覆盖行政村", "个", "—", 382, 382, "100%", "全市行政村382个，已全部通快递"],
    [7, "产品拍摄、详情页美工", "款", 36, 418, 300, "139.3%", "见表二，按成本价收费"],
    [8, "中心线上代销额", "万元", 86.4, "1,326.5", "1,000", "132.7%", null],
  ];
  T1.forEach((x) => rows.push(x));
  full("表二　中心服务项目开展情况");
  rows.push(["序号", "服务项目", null, "本月开展情况", null, "是否收费", "备注", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:E${rows.length}`, `G${rows.length}:H${rows.length}`);
  const T2 = [
    [1, "电商基础培训（培训室60座、电脑40台）", "开展4期", "免费", null],
    [2, "特色农产品展示展销（廉江红橙、良垌粉葛等）", "常态开展", "免费", null],
    [3, "产品摄影、详情页美工", "36款", "收费（成本价，每款30元）", null],
    [4, "“廉江红橙”区域公用品牌统一推广", "组织红橙预售推介会1场", "免费", null],
    [5, "代办商标注册、对接农商银行“电商贷”", "代办3件，对接2户", "免费", "其他衍生增值服务"],
  ];
  T2.forEach((x) => { rows.push([x[0], x[1], null, x[2], null, x[3], x[4], null]); merges.push(`B${rows.length}:C${rows.length}`, `D${rows.length}:E${rows.length}`, `G${rows.length}:H${rows.length}`); });
  full("表三　上行数据（第三方监测数据，由市商务局提供）");
  rows.push(["序号", "指标", null, "单位", "数值", "同比", "数据来源", null]);
  merges.push(`B${rows.length}:C${rows.length}`, `G${rows.length}:H${rows.length}`);
  [[1, "2020年全市农产品网络零售额", "亿元", 4.3, "32.6%", "省商务厅第三方监测"], [2, "2021年1—7月全市农村网络零售额", "亿元", 11.2, "21.5%", "省商务厅第三方监测"]]
    .forEach((x) => { rows.push([x[0], x[1], null, x[2], x[3], x[4], x[5], null]); merges.push(`B${rows.length}:C${rows.length}`, `G${rows.length}:H${rows.length}`); });
  full("填报：运营中心数据专员 冯××　　审核：项目经理 钟××　　2021年9月3日");
  assert(Math.round(5860 / 5000 * 1000) === 1172, "117.2%");
  write("facts/b116-f1-lianjiang.json", {
    description:
      "湛江市廉江市商务局电商股没有另填事实表，交来的是第三方运营服务商每月报市商务局的《电子商务公共服务中心运营月报（2021年8月）》第二部分“运营核心数据”：标题、部分标题；表头块两行成对（运营单位｜湛江市橙乡电子商务服务有限公司（第三方运营服务商，市商务局2020年5月公开招标确定）、报送、报告期；中心开业时间｜2020年6月18日、运营合同期、本期编号）；表一 核心指标（序号｜指标｜单位｜本月｜累计｜合同年度目标｜累计完成率｜备注，表上写明“累计”为开业起至2021年8月31日）；表二 中心服务项目（服务项目｜本月开展情况｜是否收费｜备注，B:C、D:E、G:H合并）；表三 上行数据（第三方监测）；末行填报审核署名。读法：数取“累计”列，不取“本月”“合同年度目标”“累计完成率”：培训5,860人次（文本带千分位）；贫困人口参训612人；有劳动能力未外出务工贫困人口1,020人（市乡村振兴局核定）；表一第5行备注“全市省定贫困村25个”、第6行备注“全市行政村382个，已全部通快递” → 省定贫困村25、行政村382、快递覆盖为是；运营单位写明是公开招标确定的第三方运营服务商 → 有；中心开业2020年6月18日。表二：基础培训免费 → 是；展示展销免费 → 是；摄影美工“收费（成本价，每款30元）” → 免费摄影美工为否；“廉江红橙”统一推广 → 是；代办商标、对接电商贷（备注“其他衍生增值服务”）→ 是。表三：2020年农产品网络零售额4.3亿元、同比32.6%。不读的：本月数、目标、完成率；268个在运营站点、418款、代销额（没有对应键）；“2021年1—7月农村网络零售额11.2亿元”是2021年的；运营合同期、报告期、填报日期不是事实，也不是考评截止日期。没有判断分，没有牵头领导。",
    sheets: [sheet("运营月报-核心数据", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "廉江市",
        centerOpened: "2020-06-18", thirdPartyOperator: true, trainingPersonTimesStated: 5860, trainedPoorPersonsStated: 612, eligiblePoorPersonsStated: 1020,
        poorVillagesStated: 25, adminVillagesStated: 382, expressCoverage: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false,
        centerBrand: true, centerOther: true, agriRetail2020: 430000000, agriRetailGrowthStated: 0.326,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// facts/b116-f2-dianbai: 茂名电白区 — 区政府门户网站“政策解读”两份（工作方案、扶持办法）按政府网站解读表格式录入
// =====================================================================================
(function f2() {
  const W = 4, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:D${rows.length}`); };
  const one = (a, b) => { rows.push([a, b, null, null]); merges.push(`B${rows.length}:D${rows.length}`); };
  full("电白区电子商务进农村综合示范相关文件政策解读（政府网站“政策解读”栏目稿）");
  full("【解读一】");
  full("《茂名市电白区电子商务进农村综合示范工作方案》政策解读");
  one("文件名称", "《茂名市电白区电子商务进农村综合示范工作方案》");
  rows.push(["文号", "茂电府办〔2019〕58号", "成文日期", "2019年12月16日"]);
  rows.push(["发布机关", "茂名市电白区人民政府办公室", "解读机关", "茂名市电白区商务局"]);
  rows.push(["解读人", "区商务局副局长 陈××", "联系电话", "0668-5××××××"]);
  full("一、制定背景");
  full("　　电白区是2019年省级电子商务进农村综合示范县（区）。全区常住人口148.6万人，辖行政村380个（不含社区），其中省定贫困村24个。2018年全区农村网络零售额28.7亿元，但农村电商仍存在站点少、物流成本高、人才缺乏等短板。区政府于2019年12月16日正式印发本方案。");
  full("二、目标任务（到2021年8月底）");
  full("　　1．建成区电子商务公共服务中心和电商产业园；2．村级电商服务站点覆盖70%以上行政村，省定贫困村全覆盖；3．累计开展电商培训1.5万人次以上；4．2020年农村网络零售额同比增长30%以上。");
  full("三、主要内容");
  full("　　方案围绕服务体系建设、农村产品上行、电商人才培训、物流配送体系四个方面安排建设任务，明确各项目责任单位和完成时限。");
  full("四、保障措施");
  full("　　成立以区长为组长、分管副区长为副组长的区电子商务进农村综合示范工作领导小组，区商务局、区财政局、区农业农村局、区扶贫办、区交通运输局、区市场监管局、电白邮政分公司为成员单位。省级财政下达专项资金500万元，区商务局会同区财政局另行制定专项资金管理办法。");
  full("五、公开与监督");
  full("　　本方案及解读在区政府门户网站“电子商务进农村综合示范”专栏公开；专栏同时设置意见征集和监督举报窗口（电话0668-5××××××，邮箱dbswj_dzsw@163.com）。");
  rows.push([null, null, null, null]);
  full("【解读二】");
  full("《电白区促进农村电子商务发展扶持办法》政策解读");
  one("文件名称", "《电白区促进农村电子商务发展扶持办法》");
  rows.push(["文号", "茂电府办规〔2020〕3号", "成文日期", "2020年6月5日"]);
  rows.push(["发布机关", "茂名市电白区人民政府办公室", "解读机关", "茂名市电白区商务局"]);
  rows.push(["施行日期", "2020年7月1日起施行，有效期3年", "联系电话", "0668-5××××××"]);
  full("一、扶持对象");
  full("　　在电白区注册、从事农村电子商务的企业、农民专业合作社、个体工商户和村级电商服务站。");
  full("二、扶持标准");
  full("　　对新建并通过验收的村级电商服务站一次性补助1万元；对年网络销售本地农产品超过500万元的企业奖励5万元；对开展电商扶贫带动建档立卡贫困户10户以上的主体奖励2万元。");
  full("三、申报程序");
  full("　　每年3月、9月集中受理，经镇（街道）初审、区商务局会同区财政局审核后公示拨付。");
  write("facts/b116-f2-dianbai.json", {
    description:
      "茂名市电白区商务局电商股交来当事实表的，是区政府门户网站“政策解读”栏目的两篇解读稿，按政府网站解读表格式录入：总标题；【解读一】工作方案、【解读二】扶持办法，两块之间空一行；每块先是文件信息表单（文件名称｜…（B:D合并）；文号｜…｜成文日期｜…；发布机关｜…｜解读机关｜…；解读人/施行日期｜…｜联系电话｜…），再是“一、二、三…”小标题和一段正文（A:D合并）。读法：工作方案2019年12月16日由区政府办正式印发（茂电府办〔2019〕58号）→ 方案已印发；扶持办法茂电府办规〔2020〕3号，2020年7月1日起施行 → 政策已出台；制定背景里的常住人口148.6万人、行政村380个（不含社区）、省定贫困村24个是事实；保障措施里“以区长为组长”、成员单位有区商务局、区财政局、区农业农村局、区扶贫办 → 主要领导、部门齐全；省级财政下达专项资金500万元 → 下达资金；本方案在区政府网站专栏公开 → 专栏公示创建方案为是；专栏设置意见征集和监督举报窗口 → 是。不读的：“二、目标任务”的70%覆盖、1.5万人次、增长30%都是目标，不是完成数；2018年网零28.7亿元不是2019/2020年的；“另行制定专项资金管理办法”是打算，不能读成资金管理制度已建立；扶持标准的1万元、5万元、2万元、500万元销售额是补助标准；成文日期、施行日期、有效期不是事实；项目信息、建设进度的公示没有写，不读。没有判断分。",
    sheets: [sheet("政策解读", rows, merges)],
    expect: {
      facts: {
        // (Added on review: the county its title or 填报单位 names, as the corpus README reads it; the writer, before that rule, left it out.)
        county: "电白区",
        planIssued: true, policyIssued: true, residentPopulation: 1486000, adminVillagesStated: 380, poorVillagesStated: 24,
        fundAllocated: 5000000, disclosurePlan: true, disclosureWindow: true,
      },
      judged: {},
      leadership: "principal-all",
    },
  });
})();

// =====================================================================================
// facts/b116-f3-yangxi: 阳江阳西县 — 县商务局为政务开放日印的《参观导览》（路线站点表，数据在“数字一览”列）
// =====================================================================================
(function f3() {
  const W = 6, rows = [], merges = [];
  const full = (t) => { rows.push(span(t, W)); merges.push(`A${rows.length}:F${rows.length}`); };
  full("阳西县电子商务进农村综合示范成果·政务开放日参观导览");
  full("开放时间：2021年9月18日（星期六）9:00—12:00　　集合地点：县电子商务公共服务中心一楼大厅　　主办：阳西县商务局");
  full("参观路线：① → ② → ③ → ④ → ⑤（步行及中巴接驳，全程约3小时）");
  rows.push(["站", "参观点", "地址", "停留", "看点", "数字一览"]);
  const S = [
    ["①", "县电子商务公共服务中心", "织篢镇人民大道中段", "40分钟",
      "免费电商培训教室（60座）和直播间，常年开展电商基础培训；特色农产品展销厅免费展示、代销程村蚝、阳西荔枝；摄影棚为企业拍摄产品图（按成本价收费）；统一打造“阳西好物”区域公用品牌；代办商标注册、对接银行电商贷款",
      "2020年4月28日启用；由广东海丝优品电子商务有限公司（专业第三方电商服务商）运营"],
    ["②", "县电子商务产业园", "织篢镇工业大道8号", "30分钟", "整合原县农产品物流园建成，平台、销售、代运营、物流企业集聚", "2020年9月开园；在园企业26家"],
    ["③", "县镇村三级物流配送中心", "织篢镇工业大道12号", "30分钟", "邮政、快递统仓共配，县—镇—村每日一班", "全县129个行政村全部通快递"],
    ["④", "程村镇红光村电商服务站（示范站）", "程村镇红光村委会一楼", "30分钟", "代购代销、代收代寄、小额取款", "全县已建村级站点101个，19个省定贫困村全部建站"],
    ["⑤", "成果展示墙", "县电子商务公共服务中心二楼", "20分钟", "图片、视频展示创建成果",
      "累计培训6,230人次（截至2021年8月底）；建档立卡贫困户参训580人；2020年全县农村网络零售额9.8亿元，比2019年的7.9亿元增长24.1%"],
  ];
  S.forEach((s) => rows.push(s));
  full("温馨提示：1．本次开放日已预约参观300人次，请按预约时段入场；2．展销厅商品可扫码购买，展示价即网店价；3．咨询电话 0662-5××××××。");
  assert(Math.round((9.8 / 7.9 - 1) * 1000) === 241, "24.1%");
  write("facts/b116-f3-yangxi.json", {
    description:
      "阳江市阳西县商务局电商股交来当事实表的，是县商务局为2021年9月18日“政务开放日”印的《参观导览》：标题；开放时间/集合地点/主办一行、参观路线一行（A:F合并）；路线表 站｜参观点｜地址｜停留｜看点｜数字一览，五站（①县电子商务公共服务中心、②县电子商务产业园、③县镇村三级物流配送中心、④程村镇红光村示范站、⑤成果展示墙）；末行温馨提示。读法：事实在“看点”和“数字一览”两列的句子里——中心2020年4月28日启用、由专业第三方电商服务商运营 → 中心运营日期、有第三方运营服务商；免费培训教室、常年基础培训 → 是；展销厅免费展示代销 → 是；摄影棚“按成本价收费” → 免费摄影美工为否；统一打造“阳西好物”品牌 → 是；代办商标、对接电商贷款 → 其他增值服务为是；产业园“整合原县农产品物流园建成”“2020年9月开园” → 已建；“全县129个行政村全部通快递” → 行政村129、快递覆盖为是；“19个省定贫困村” → 省定贫困村19；累计培训6,230人次；建档立卡贫困户参训580人；2020年农村网零9.8亿元、2019年7.9亿元、增长24.1%。不读的：开放日日期、停留分钟、地址；“在园企业26家”“已建村级站点101个”没有对应键；温馨提示里“预约参观300人次”不是培训；“截至2021年8月底”只是数字口径，不另读考评截止日期。没有判断分，没有牵头领导。",
    sheets: [sheet("参观导览", rows, merges)],
    expect: {
      facts: {
        centerOpened: "2020-04-28", thirdPartyOperator: true, centerFreeTraining: true, centerDisplay: true, centerPhoto: false, centerBrand: true,
        centerOther: true, parkBuilt: true, adminVillagesStated: 129, expressCoverage: true, poorVillagesStated: 19, trainingPersonTimesStated: 6230,
        trainedPoorPersonsStated: 580, ruralRetail2019: 790000000, ruralRetail2020: 980000000, ruralRetailGrowthStated: 0.241,
      },
      judged: {},
    },
  });
})();

// =====================================================================================
// ledgers/b116-l1-deqing: 肇庆德庆县 — ①县残联《残疾人电商技能培训班签到表》当培训台账（残疾人证号＝身份证号＋类别等级两位）；②邮政分公司《农村投递段道及投递点一览表》当村（居）委会名单
// =====================================================================================
(function l1() {
  const sheets = [], expect = {};
  {
    const r = [["德庆县商务局电商股说明（本页不是台账）"],
      ["1．县残联2021年委托县电商公共服务中心办了三期残疾人电商技能培训，签到表由残联提供，照原样附上：一行一人次；“残疾人证号”是第三代残疾人证号，前18位就是本人身份证号，后两位是残疾类别和等级；陪同家属一起参训的用身份证号登记；没带证的空着。每期后面的“本期小计”行不是学员。"],
      ["2．本县没有单独的村（居）委会名单，借用邮政分公司的《农村投递段道及投递点一览表》：一个投递点就是一个村（居）委会；“建制村”即行政村，社区不是行政村；在段道上的村（居）都通邮、通快递，投递频次不影响；最后一块“未纳入段道”的村是村民到镇邮政所自取，快递没有进村。“省定贫困村”一栏是本股加的，社区填“—”。"],
      ["填写人：德庆县商务局电商股　莫××　2021年9月6日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  const AREA = "441226";
  // [date cell, iso, name, sex, birth, wantX, kind: "card" | "id" | "none" | "cardx", 类别, 镇]
  const P = [
    ["2021.4.15", "2021-04-15", "梁志强", "男", "19780312", false, "card", "肢体", "德城街道"],
    ["2021.4.15", "2021-04-15", "陈美玲", "女", "19850621", true, "card", "肢体", "新圩镇"],
    ["2021.4.15", "2021-04-15", "黄国华", "男", "19700903", false, "card", "听力", "官圩镇"],
    ["2021.4.15", "2021-04-15", "李秀珍", "女", "19820117", false, "card", "视力", "马圩镇"],
    ["2021.4.15", "2021-04-15", "莫伟文", "男", "19910805", false, "card", "肢体", "悦城镇"],
    ["2021.4.15", "2021-04-15", "李国强", "男", "19600410", false, "id", "（陪同家属）", "马圩镇"],
    ["2021.4.15", "2021-04-15", "冯少英", "女", "19760228", false, "none", "言语", "九市镇"],
    [D("2021-07-08"), "2021-07-08", "梁志强", "男", "19780312", false, "card", "肢体", "德城街道"],
    [D("2021-07-08"), "2021-07-08", "陈美玲", "女", "19850621", true, "cardx", "肢体", "新圩镇"],
    [D("2021-07-08"), "2021-07-08", "何家乐", "男", "19950716", false, "card", "肢体", "高良镇"],
    [D("2021-07-08"), "2021-07-08", "邓桂芳", "女", "19720930", false, "card", "听力", "莫村镇"],
    [D("2021-07-08"), "2021-07-08", "谭永明", "男", "19880412", false, "card", "肢体", "播植镇"],
    ["2021.9.9", "2021-09-09", "黄国华", "男", "19700903", false, "card", "听力", "官圩镇"],
    ["2021.9.9", "2021-09-09", "苏丽娟", "女", "19830507", false, "card", "肢体", "凤村镇"],
    ["2021.9.9", "2021-09-09", "罗伟强", "男", "19790822", false, "card", "视力", "永丰镇"],
  ];
  const LV = { 肢体: "4", 听力: "2", 视力: "1", 言语: "3" };
  const GR = ["3", "4", "2", "4", "3", null, "4", "3", "4", "3", "2", "4", "2", "3", "4"];
  const ids = P.map((p, i) => makeId(AREA, p[4], 100 + i * 53, p[5]));
  // same person → same id
  const byName = {};
  P.forEach((p, i) => { if (byName[p[2]] === undefined) byName[p[2]] = ids[i]; else ids[i] = byName[p[2]]; });
  assert(ids[1].endsWith("X") && ids[8] === ids[1], "陈美玲 X");
  {
    const r = [span("德庆县残疾人电商技能培训班签到表", 9), span("主办：德庆县残疾人联合会　　承办：德庆县电子商务公共服务中心", 9),
      ["序号", "培训日期", "姓名", "性别", "残疾人证号", "残疾类别", "镇（街道）", "是否建档立卡贫困户", "本人签名"]], m = ["A1:I1", "A2:I2"];
    const recs = [];
    let n = 0;
    P.forEach((p, i) => {
      const card = p[6] === "card" ? ids[i] + LV[p[7]] + GR[i] : p[6] === "cardx" ? ids[i].slice(0, 17) + "x" + LV[p[7]] + GR[i] : p[6] === "id" ? ids[i] : null;
      r.push([++n, p[0], p[2], p[3], card === null ? "（未带证）" : card, p[7], p[8], ["否", "是", "否", "是", "否", "否", "是", "否", "是", "否", "是", "否", "否", "否", "是"][i], p[6] === "id" ? "李国强（陪同）" : p[2]]);
      recs.push({ date: p[1], personTimes: 1, id: p[6] === "none" ? null : ids[i] });
      const last = i === P.length - 1 || P[i + 1][1] !== p[1];
      if (last) { const k = P.filter((q) => q[1] === p[1]).length; r.push([null, "本期小计：" + k + "人", null, null, null, null, null, null, null]); m.push(`B${r.length}:I${r.length}`); }
    });
    sheets.push(sheet("残联培训签到", r, m));
    expect["残联培训签到"] = { kind: "training", records: recs };
    assert(recs.length === 15 && recs.filter((x) => x.id && x.id.length === 18).length === 14, "15 records, 14 ids");
    r.forEach((row) => { if (typeof row[4] === "string" && /^\d{17}[\dXx]\d\d$/.test(row[4])) assert(row[4].length === 20, "card 20"); });
  }
  // villages: [段道编号, 段道名称, 频次, written, canonical, admin, poor]
  const R = [
    ["DQ-01", "城区段", "每日", [["朝阳社区居委会", "朝阳社区", false, null], ["江南村", "江南村", true, false]]],
    ["DQ-02", "新圩线", "每日", [["新圩村", "新圩村", true, false], ["古蓬村委会", "古蓬村", true, true]]],
    ["DQ-03", "官圩线", "每日", [["官圩村", "官圩村", true, false], ["金林村", "金林村", true, false]]],
    ["DQ-04", "马圩—高良线", "隔日", [["马圩村", "马圩村", true, false], ["高良村", "高良村", true, false], ["大同村民委员会", "大同村", true, true]]],
    ["DQ-05", "莫村线", "每周3次", [["莫村村", "莫村村", true, false], ["武垄村", "武垄村", true, false]]],
    ["DQ-06", "悦城—九市线", "每日", [["悦城社区", "悦城社区", false, null], ["悦城村", "悦城村", true, false], ["九市村", "九市村", true, false], ["上围村委会", "上围村", true, true]]],
    ["—", "未纳入段道（村民到镇邮政所自取）", "—", [["黎村村", "黎村村", true, false], ["大塘村委会", "大塘村", true, true]]],
  ];
  {
    const r = [span("德庆县农村投递段道及村级投递点一览表", 8), span("中国邮政集团有限公司德庆县分公司　　2021年7月", 8),
      ["段道编号", "段道名称", "投递频次", "序号", "投递点（村（居）委会）", "类别", "省定贫困村（商务局标注）", "备注"]], m = ["A1:H1", "A2:H2"];
    const recs = [];
    let n = 0;
    R.forEach((g) => {
      const start = r.length + 1;
      g[3].forEach((v, j) => {
        r.push([j === 0 ? g[0] : null, j === 0 ? g[1] : null, j === 0 ? g[2] : null, ++n, v[0], v[2] ? "建制村" : "社区", v[2] ? (v[3] ? "是" : "否") : "—",
          g[0] === "—" ? "未通邮路，快递未进村" : null]);
        const rec = { name: v[1], admin: v[2], express: g[0] !== "—" };
        if (v[2]) rec.poor = v[3];
        recs.push(rec);
      });
      const end = r.length;
      if (end > start) m.push(`A${start}:A${end}`, `B${start}:B${end}`, `C${start}:C${end}`);
    });
    r.push(["合计：6条段道，投递点15个（建制村13个、社区2个）；未纳入段道建制村2个。", null, null, null, null, null, null, null]);
    m.push(`A${r.length}:H${r.length}`);
    sheets.push(sheet("邮政投递点", r, m));
    expect["邮政投递点"] = { kind: "villages", records: recs };
    assert(recs.length === 17 && recs.filter((x) => x.admin).length === 15 && recs.filter((x) => x.poor).length === 4, "17 rows, 15 admin, 4 poor");
  }
  write("ledgers/b116-l1-deqing.json", {
    description:
      "肇庆市德庆县商务局电商股交的两张“别的单位的表”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①县残疾人联合会的《残疾人电商技能培训班签到表》当培训台账：标题、主办/承办行，表头 序号｜培训日期｜姓名｜性别｜残疾人证号｜残疾类别｜镇（街道）｜是否建档立卡贫困户｜本人签名，三期（2021.4.15、真日期2021-07-08、2021.9.9），每期后一行“本期小计：n人”（B:I合并，不是学员）。读法：一行一人次；身份证号取“残疾人证号”的前18位（第三代残疾人证号＝身份证号＋残疾类别、等级两位，共20位）——陈美玲第二次签到证号第18位是小写x，读作X，与第一次是同一人；李国强是陪同家属，类别“（陪同家属）”，证号一栏是18位身份证号，照算一人次；冯少英“（未带证）”，身份证号为空；9月9日一期照列（日期在截止日后）。②邮政分公司的《农村投递段道及村级投递点一览表》当村（居）委会名单：标题、单位/日期行，表头 段道编号｜段道名称｜投递频次｜序号｜投递点（村（居）委会）｜类别｜省定贫困村（商务局标注）｜备注，段道编号、名称、频次按段道纵向合并，末块“未纳入段道（村民到镇邮政所自取）”，表尾合计行。读法：一个投递点一个村（居），共17个；“建制村”即行政村，朝阳社区居委会、悦城社区是社区；在段道上的都通快递（隔日、每周3次也是），黎村村、大塘村“未通邮路，快递未进村” → 快递为否；省定贫困村古蓬、大同、上围、大塘为“是”，其余行政村“否”，社区“—”不读；古蓬村委会、大同村民委员会、上围村委会、大塘村委会即古蓬村、大同村、上围村、大塘村。",
    sheets,
    expect: { sheets: expect },
  });
})();

// =====================================================================================
// ledgers/b116-l2-wuchuan: 湛江吴川市 — ①乡村振兴局《光伏扶贫电站收益分配台账》当省定贫困村清单；②湛江市商务局报表系统《月报填报情况》各县一览截图转录当报送记录
// =====================================================================================
(function l2() {
  const sheets = [], expect = {};
  {
    const r = [["吴川市商务局电商股说明（本页不是台账）"],
      ["1．省定贫困村清单用市乡村振兴局的《光伏扶贫电站收益分配台账》代替：全市每个省定贫困村都建有村级光伏扶贫电站，一村一行（有两座电站的也只占一行）；最后一行“市级集中式电站”收益分给非贫困村的分散贫困户，不是村；合计行不是村。"],
      ["2．报送记录用湛江市商务局报表系统的《月报填报情况》页面截图转录：系统按县（市、区）一行显示全市各地，本市只看“吴川市”一行，其他县区的行与本市无关。列是月报的报告期，格里是本市提交的日期（月/日），月报都在报告期的次月提交，所以“2020年12月”一列的“1/6”是2021年1月6日；“未报”是没有报送。"],
      ["填写人：吴川市商务局电商股　杨××　2021年9月10日"]];
    sheets.push(sheet("说明", r));
    expect["说明"] = { kind: null };
  }
  // [镇, written, canonical|null, 类别, 座, kW, 并网, 收益, 村集体, 贫困户, 备注]
  const PV = [
    ["长岐镇", "洋村村委会", "洋村村", "省定贫困村", 1, 100, "2018.6.30", 118600, 47440, 71160, null],
    ["浅水镇", "山尾村", "山尾村", "省定贫困村", 2, 200, "2018.9.28", 231500, 92600, 138900, "两座电站"],
    ["振文镇", "大山江村委会", "大山江村", "省定贫困村", 1, 100, "2018.6.30", 116200, 46480, 69720, null],
    ["樟铺镇", "那罗村", "那罗村", "省定贫困村", 1, 120, D("2019-01-15"), 139800, 55920, 83880, null],
    ["兰石镇", "龙头村民委员会", "龙头村", "省定贫困村", 1, 100, "2019.3.20", 112400, 44960, 67440, null],
    ["王村港镇", "北山村", "北山村", "省定贫困村", 1, 100, "2019.3.20", 109900, 43960, 65940, "屋顶电站"],
    ["黄坡镇", "市级集中式电站", null, "—", 1, 1000, "2019.6.30", 1152000, null, 1152000, "收益分给非贫困村分散贫困户"],
  ];
  {
    const r = [span("吴川市光伏扶贫电站收益分配台账（2020年度）", 11), span("填报单位：吴川市乡村振兴局（原市扶贫办）　　单位：元", 11),
      ["序号", "镇", "村", "村类别", "电站（座）", "装机容量（kW）", "并网日期", "2020年发电收益", "收益分配", null, "备注"],
      [null, null, null, null, null, null, null, null, "村集体", "贫困户", null]];
    const m = ["A1:K1", "A2:K2", "A3:A4", "B3:B4", "C3:C4", "D3:D4", "E3:E4", "F3:F4", "G3:G4", "H3:H4", "I3:J3", "K3:K4"];
    PV.forEach((p, i) => r.push([i + 1, p[0], p[1], p[3], p[4], p[5], p[6], p[7], p[8], p[9], p[10]]));
    const sum = (k) => PV.reduce((a, p) => a + (p[k] || 0), 0);
    r.push(["合计", null, null, null, sum(4), sum(5), null, sum(7), sum(8), sum(9), null]);
    PV.forEach((p) => { if (p[8] !== null) assert(p[8] + p[9] === p[7], "split " + p[1]); });
    sheets.push(sheet("光伏收益分配", r, m));
    expect["光伏收益分配"] = { kind: "poorVillages", records: PV.filter((p) => p[2]).map((p) => ({ name: p[2] })) };
    assert(expect["光伏收益分配"].records.length === 6, "6 poor villages");
  }
  const MONTHS = ["2020年8月", "9月", "10月", "11月", "12月", "2021年1月", "2月", "3月", "4月", "5月", "6月", "7月", "8月"];
  const ROWS = [
    ["赤坎区", ["9/3", "10/8", "11/4", "12/3", "1/5", "2/4", "3/4", "4/6", "5/7", "6/3", "7/5", "8/4", "9/3"]],
    ["霞山区", ["9/4", "10/9", "11/5", "12/4", "1/6", "2/5", "3/5", "4/7", "5/8", "6/4", "7/6", "8/5", "9/6"]],
    ["坡头区", ["9/7", "10/12", "未报", "12/7", "1/8", "2/8", "3/8", "4/8", "5/10", "6/7", "7/7", "8/6", "9/7"]],
    ["麻章区", ["9/4", "10/9", "11/5", "12/4", "1/6", "未报", "3/5", "4/7", "5/8", "6/4", "7/6", "8/5", "9/6"]],
    ["遂溪县", ["9/4", "10/9", "11/5", "12/4", "1/5", "2/4", "3/5", "4/6", "5/7", "6/4", "7/5", "8/5", "9/6"]],
    ["徐闻县", ["9/8", "10/10", "11/6", "12/8", "1/11", "2/9", "3/9", "4/9", "5/11", "6/8", "7/8", "8/9", "9/8"]],
    ["廉江市", ["9/4", "10/9", "11/5", "12/4", "1/6", "2/5", "3/5", "4/7", "5/8", "6/4", "7/6", "8/5", "9/6"]],
    ["雷州市", ["9/7", "10/10", "11/9", "12/7", "1/8", "2/8", "未报", "4/9", "5/11", "6/9", "7/8", "8/10", "9/8"]],
    ["吴川市", ["9/4", "10/9", "11/5", "12/4", "1/6", "未报", "3/5", "4/7", "5/8", "6/4", "7/6", "8/5", "9/6"]],
  ];
  {
    const W = 15;
    const r = [span("湛江市电子商务进农村工作月报填报情况", W), span("（湛江市商务局报表系统“填报情况”页面截图转录；列为报告期，格内为提交日期（月/日），提交于报告期次月；“未报”为未提交；截图时间2021-09-10）", W),
      ["县（市、区）", ...MONTHS, "及时率"]];
    ROWS.forEach((x) => { const ok = x[1].filter((c) => c !== "未报").length; r.push([x[0], ...x[1], Math.round(ok / 13 * 1000) / 10 + "%"]); });
    sheets.push(sheet("月报填报情况", r, ["A1:O1", "A2:O2"]));
    // 吴川: 报告期 index k → period year/month; submitted in the following month
    const per = (k) => { const y = k <= 4 ? 2020 : 2021; const mth = k <= 4 ? 8 + k : k - 4; return [y, mth]; };
    const recs = [];
    ROWS[8][1].forEach((c, k) => {
      if (c === "未报") return;
      const [y, mth] = per(k); const [sm, sd] = c.split("/").map(Number);
      const ny = mth === 12 ? y + 1 : y; assert(sm === (mth % 12) + 1, "next month " + c);
      recs.push({ date: `${ny}-${String(sm).padStart(2, "0")}-${String(sd).padStart(2, "0")}` });
    });
    expect["月报填报情况"] = { kind: "reports", records: recs };
    assert(recs.length === 12 && recs[4].date === "2021-01-06" && recs[11].date === "2021-09-06", "wuchuan 12 reports");
    assert(monthsCovered(recs.map((x) => x.date)) === 11, "no 2021-02");
  }
  write("ledgers/b116-l2-wuchuan.json", {
    description:
      "湛江市吴川市商务局电商股交的两张“代用台账”加说明页（说明页纯文字，不是台账，写明两张表怎么读）。①市乡村振兴局的《光伏扶贫电站收益分配台账（2020年度）》当省定贫困村清单：标题、填报单位/单位（元）行，两行表头（“收益分配”合并在村集体｜贫困户上，其余列纵向合并），表头 序号｜镇｜村｜村类别｜电站（座）｜装机容量（kW）｜并网日期｜2020年发电收益｜村集体｜贫困户｜备注，末行合计。读法：每个省定贫困村一行，共6个（洋村村委会、山尾村、大山江村委会、那罗村、龙头村民委员会、北山村，即洋村村、山尾村、大山江村、那罗村、龙头村、北山村；山尾村两座电站仍是一个村）；第7行“市级集中式电站”（村类别“—”，收益分给非贫困村分散贫困户）不是村；合计行不是村；装机、并网日期、收益数不用。②湛江市商务局报表系统《月报填报情况》页面截图转录当报送记录：标题、说明行（列为报告期，格内为提交日期（月/日），提交于报告期次月，“未报”为未提交），表头 县（市、区）｜2020年8月｜9月…｜12月｜2021年1月｜2月…｜8月｜及时率，全市9个县（市、区）一行一个。读法：只有“吴川市”一行是本市的报送记录，其他8行不读；每个有日期的格是一次报送，日期＝报告期的次月加格内月/日：2020年8月列“9/4”即2020-09-04，2020年12月列“1/6”即2021-01-06，2021年1月列“未报”没有记录，2021年8月列“9/6”即2021-09-06（记录照列，日期在截止日后）；共12条，没有扶贫统计栏；及时率列不读。",
    sheets,
    expect: { sheets: expect },
  });
})();

console.log("wrote:\n" + written.join("\n"));
