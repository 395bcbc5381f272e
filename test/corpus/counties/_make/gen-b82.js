"use strict";
// Batch 82 corpus generator (blind): written from docs/ledgers.md, docs/scoring-rules.md and the official table only. Deterministic.
const path = require("path");
const ROOT = path.resolve(__dirname, "../..");
const fs = require("fs");

// ───────────────────────── helpers ─────────────────────────
const D = (s) => ({ date: s });
const CUT = "2021-08-31";

function colNum(letters) {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
function parseRef(ref) {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  if (!m) throw new Error("bad ref " + ref);
  return { c: colNum(m[1]), r: Number(m[2]) };
}
function assert(cond, msg) {
  if (!cond) throw new Error("SELF-CHECK FAILED: " + msg);
}
function pad(rows, width) {
  return rows.map((r) => {
    const out = r.slice();
    while (out.length < width) out.push(null);
    assert(out.length === width, "row too wide: " + JSON.stringify(r));
    return out;
  });
}
function checkSheet(sheet) {
  const rows = sheet.rows;
  const width = Math.max(...rows.map((r) => r.length));
  const seen = new Set();
  for (const m of sheet.merges || []) {
    const [a, b] = m.split(":");
    const p = parseRef(a);
    const q = parseRef(b);
    assert(p.r <= q.r && p.c <= q.c, sheet.name + " merge order " + m);
    assert(q.r <= rows.length, sheet.name + " merge below grid " + m);
    assert(q.c <= width, sheet.name + " merge right of grid " + m);
    for (let r = p.r; r <= q.r; r++) {
      for (let c = p.c; c <= q.c; c++) {
        const k = r + ":" + c;
        assert(!seen.has(k), sheet.name + " overlapping merge " + m);
        seen.add(k);
        if (r !== p.r || c !== p.c) {
          const v = rows[r - 1][c - 1];
          assert(v === null || v === undefined, sheet.name + " value hidden under merge " + m + " at r" + r + "c" + c);
        }
      }
    }
  }
}
function write(folder, file, obj) {
  for (const s of obj.sheets) checkSheet(s);
  const dir = path.join(ROOT, folder);
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, file), JSON.stringify(obj, null, 2) + "\n", "utf8");
  console.log("wrote", folder + "/" + file);
}
// parse the many date spellings used below into YYYY-MM-DD / YYYY-MM (only for self-checks)
function normDate(v) {
  if (v && typeof v === "object" && v.date) return v.date;
  const s = String(v).trim();
  let m;
  if ((m = /^(\d{4})[.\/\-年](\d{1,2})[.\/\-月](\d{1,2})日?/.exec(s)))
    return m[1] + "-" + m[2].padStart(2, "0") + "-" + m[3].padStart(2, "0");
  if ((m = /^(\d{4})(\d{2})(\d{2})$/.exec(s))) return m[1] + "-" + m[2] + "-" + m[3];
  if ((m = /^(\d{4})年(\d{1,2})月$/.exec(s))) return m[1] + "-" + m[2].padStart(2, "0");
  throw new Error("unparsed date " + s);
}
const le = (d, cut = CUT) => d.length === 7 ? d <= cut.slice(0, 7) : d <= cut;
const monthsWindow = () => {
  const out = [];
  for (let y = 2020, m = 9; !(y === 2021 && m === 9); m++) {
    if (m === 13) { m = 1; y++; }
    if (y === 2021 && m === 9) break;
    out.push(y + "-" + String(m).padStart(2, "0"));
  }
  return out;
};
const WINDOW = monthsWindow();
assert(WINDOW.length === 12 && WINDOW[0] === "2020-09" && WINDOW[11] === "2021-08", "window");
function idCheck(s17) {
  const w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(s17[i]) * w[i];
  return "10X98765432"[sum % 11];
}
// a valid 18-character ID from its first 17 digits
const fixId = (s) => s.slice(0, 17) + idCheck(s.slice(0, 17));
// a valid ID ending in X: vary the 3-digit sequence code
function idWithX(prefix14) {
  for (let q = 181; q < 999; q++) {
    const s17 = prefix14 + String(q);
    if (idCheck(s17) === "X") return s17 + "X";
  }
  throw new Error("no X id");
}
const canonVillage = (s) => String(s).replace(/(村民委员会|村委会|村委|村)$/, "");

// ═══════════════════════ COUNTY: 珠海市金湾区 ═══════════════════════
function county() {
  // ---------- facts sheet: 迎检汇报分工及统一口径表 ----------
  const F = [];
  F.push(["金湾区电子商务进农村综合示范创建考评迎检汇报分工及统一口径表"]);
  F.push(["数据截止时间：2021年8月31日　　版本：第3稿（8月30日区商务局局务会审定）　　说明：汇报、答问一律按本表口径，不得自行增减数字"]);
  F.push(["序号", "考评指标（分值）", "统一口径（截至2021年8月31日）", "区自评分", "A角（主讲）", "B角（补充）", "点位／佐证盒号"]);
  const secRows = [];
  const sec = (t) => { F.push([t]); secRows.push(F.length); };
  sec("一、加强组织领导与统筹协调（10分）");
  F.push([1, "组织领导（2分）", "成立金湾区电子商务进农村综合示范工作领导小组，区委副书记、区长任组长，常务副区长、分管副区长任副组长；成员单位：区商务局、区财政局、区农业农村局、区乡村振兴局、区市场监管局、区交通运输局、区工业和信息化局、邮政金湾区分公司；领导小组办公室设在区商务局（珠金府办〔2020〕15号）", 2, "陈××（分管副区长）", "黄××（区商务局局长）", "区政府三楼会议室／盒1-1"]);
  F.push([2, "方案制定（2分）", "《金湾区电子商务进农村综合示范工作实施方案》已正式印发（珠金府办〔2020〕16号）", 2, "黄××（区商务局局长）", "冯××（区商务局副局长）", "盒1-2"]);
  F.push([3, "政策支持（2分）", "已出台《金湾区促进农村电子商务发展若干措施》，首批奖补已兑现，第二批尚在审核", 1, "冯××（区商务局副局长）", "何××（电商股）", "盒1-3"]);
  F.push([4, "项目管理（4分）", "制定项目管理办法、验收办法并严格执行（自评2分）；工作台账已建立，部分台账更新不及时（自评1分）", 3, "冯××（区商务局副局长）", "何××（电商股）", "盒1-4"]);
  sec("二、深入推动电子商务进农村工作（55分）");
  F.push([5, "服务体系建设—区级中心及产业园（15分）", "区电商公共服务中心2020年12月28日投入运营；设免费培训室（电脑40台），能组织电商基础培训；为本区特色农产品提供免费展示、销售服务；摄影、美工服务按成本价收费（非免费）；组织“金湾鲜品”区域公用品牌统一推广、指导品牌建设；提供代办注册、直播间共享等其他增值服务；区电商产业园已建成，在园企业20家（平台型、销售型、运营服务、物流四类）", 14, "黄××（区商务局局长）", "中心运营方 谭××", "区电商公共服务中心／盒2-1"]);
  F.push([6, "服务体系建设—村级站点（10分）", "全区行政村22个（另有社区9个），无省定贫困村；村级站点覆盖行政村16个，覆盖率72.7%（见附2）", 10, "冯××（区商务局副局长）", "何××（电商股）", "红旗镇三板村站点／盒2-2"]);
  F.push([7, "农村产品上行（10分）", "完成农产品网络销售调研并报市商务局（自评2分）；开展“金湾鲜品网上行”促销活动，成效明显（自评2分）；引入第三方运营服务商珠海市金湾鲜品电商运营有限公司；行政村快递覆盖率100%；出台金湾对虾、三灶鸡电商交易标准2项，冷链、溯源系统在建（自评1分）；农村网络零售额2019年12.36亿元、2020年15.02亿元；农产品网络零售额2019年2.14亿元、2020年2.83亿元", 9, "黄××（区商务局局长）", "中心运营方 谭××", "盒2-3"]);
  F.push([8, "电商人才培训（20分）", "常住人口45.62万人（七普）；普及培训人次见附3培训台账；有劳动能力的建档立卡（相对）贫困人口（不含外出务工）86人，已参训47人", 20, "冯××（区商务局副局长）", "培训机构 梁××", "区电商公共服务中心培训室／盒2-4"]);
  sec("三、加强信息公开及报送（10分）");
  F.push([9, "信息公开（4分）", "区政府门户网站设“电子商务进农村综合示范”专栏，公示创建方案、项目基本信息、项目建设进度，设监督举报窗口（电话、邮箱）；专栏按月更新（见附7）", 4, "何××（电商股）", "区政务服务数据管理局 罗××", "盒3-1"]);
  F.push([10, "数据上报（6分）", "每月向珠海市商务局报送示范创建工作进展（见附6）；月报附电商扶贫统计表，能统计电商扶贫情况", 6, "何××（电商股）", "冯××（区商务局副局长）", "盒3-2"]);
  sec("四、加强宣传推广（10分）");
  F.push([11, "案例总结（2分）", "2021年6月向市商务局报送经验材料1篇（见附9）", 2, "何××（电商股）", null, "盒4-1"]);
  F.push([12, "经验推广（8分）", "珠海特区报、珠海广播电视台（市级）及“金湾发布”（区级）报道（见附8）", 4, "何××（电商股）", null, "盒4-2"]);
  sec("五、加强财政资金管理（15分）");
  F.push([13, "制度建立（5分）", "制定《金湾区省级电子商务进农村综合示范专项资金管理办法》并执行", 4, "区财政局 郑××", "冯××（区商务局副局长）", "盒5-1"]);
  F.push([14, "资金台账（5分）", "承建单位均建立资金专用台账，账目完整", 4, "区财政局 郑××", "何××（电商股）", "盒5-2"]);
  F.push([15, "资金支出（5分）", "省级下达资金500万元；拨付情况见附5资金台账；按合同节点及时拨付（自评3分）", 3, "区财政局 郑××", "冯××（区商务局副局长）", "盒5-3"]);
  sec("六、加分项及一票否决项");
  F.push([16, "加分：贫困人口培训率≥70%（2分）", "培训率54.7%（47/86），未达到", 0, "冯××（区商务局副局长）", null, null]);
  F.push([17, "加分：电商扶贫典型案例获电视播报（2分）", "无国家级、省级电视播报", 0, null, null, null]);
  F.push([18, "否决：安全生产、质量事故或重大损失", "创建期间未发生", "—", null, null, null]);
  F.push([19, "否决：项目建设进度严重滞后（总体进度不足40%）", "项目总体进度86%", "—", null, null, null]);
  F.push([20, "否决：弄虚作假", "无", "—", null, null, null]);
  F.push(["合计", null, null, 88, null, null, null]);
  const totalRow = F.length;
  F.push([]);
  F.push(["注：A角负责汇报和答问，B角负责补充和调取佐证；点位为考评组现场查看地点，盒号为《金湾区考评佐证材料》盒号。"]);
  F.push(["制表：区商务局电商股 何××　　审核：冯××　　2021年8月30日"]);
  const facts = pad(F, 7);
  const factsMerges = ["A1:G1", "A2:G2", ...secRows.map((r) => `A${r}:G${r}`), `A${totalRow}:C${totalRow}`, `A${F.length - 1}:G${F.length - 1}`, `A${F.length}:G${F.length}`];
  // claimed points as typed in column D
  const claimedRows = facts.filter((r) => typeof r[0] === "number" && typeof r[3] === "number");
  const claimedIds = ["org.leadership", "org.plan", "org.policy", "org.management", "work.center", "work.coverage", "work.upward", "work.training", "info.disclosure", "info.reporting", "promo.cases", "promo.media", "fund.system", "fund.ledger", "fund.spending", "bonus.poorTraining", "bonus.tvCase"];
  assert(claimedRows.length === claimedIds.length, "claimed rows");
  const claimed = {};
  claimedIds.forEach((id, i) => (claimed[id] = claimedRows[i][3]));
  const claimedSum = claimedRows.reduce((a, r) => a + r[3], 0);
  assert(claimedSum === 88, "claimed total 88, got " + claimedSum);

  // ---------- 附1 村居名单 ----------
  const towns = [
    ["三灶镇", ["海澄村", "中心村委会", "鱼月村", "西城村民委员会", "正表村", "北坑村", "草堂村"], ["金海岸社区", "琴石社区"]],
    ["红旗镇", ["三板村", "小林村", "广发村委会", "广益村", "沙脊村", "大林村", "双湖村"], ["红旗社区", "藤山社区"]],
    ["南水镇", ["南水村", "高栏村", "飞沙村", "沙白石村", "荷包村", "铁炉村"], ["金洲社区", "南水社区"]],
    ["平沙镇", ["前锋村", "连湾村"], ["平塘社区", "前西社区", "美平社区"]],
  ];
  const V = [["金湾区村（居）民委员会名单"], ["填报单位：金湾区商务局（据区民政局2021年6月资料）"], ["序号", "镇", "村（居）委会名称", "类别", "快递服务", "备注"]];
  let seq = 0;
  const adminVillages = [];
  for (const [town, vs, cs] of towns) {
    for (const v of vs) { V.push([++seq, town, v, "行政村", "已通达", null]); adminVillages.push(canonVillage(v)); }
    for (const c of cs) V.push([++seq, town, c, "社区", "/", "城镇社区，不属行政村"]);
  }
  V.push(["合计", null, "行政村22个，社区9个（无省定贫困村）", null, null, null]);
  V.push(["注：珠海市无省定贫困村，本表不设贫困村栏；“快递服务”由区邮政管理部门核实。"]);
  const villagesRows = pad(V, 6);
  assert(adminVillages.length === 22, "22 admin villages");
  const villagesSheet = { name: "附1 村居名单", rows: villagesRows, merges: ["A1:F1", "A2:F2", `A${V.length - 1}:B${V.length - 1}`, `C${V.length - 1}:F${V.length - 1}`, `A${V.length}:F${V.length}`] };

  // ---------- 附2 站点清单 ----------
  const st = [
    ["海澄村电商服务站", "三灶镇", "海澄村", "2020.10.12", null],
    ["中心村电商服务站", "三灶镇", "中心村委会", D("2020-10-20"), null],
    ["鱼月村电商服务站", "三灶镇", "鱼月村", "2020年11月3日", null],
    ["西城村电商服务站", "三灶镇", "西城村民委员会", "2020/11/18", null],
    ["正表村电商服务站", "三灶镇", "正表村", "2021.1.6", null],
    ["海澄村邮乐购服务点", "三灶镇", "海澄村", "2021.3.2", "与海澄村站同村"],
    ["金海岸社区电商服务点", "三灶镇", "金海岸社区", D("2020-12-01"), "社区站点"],
    ["三板村电商服务站", "红旗镇", "三板村", "2020.9.25", "考评现场查看点"],
    ["小林村电商服务站", "红旗镇", "小林村", "20201028", null],
    ["广发村电商服务站", "红旗镇", "广发村委会", "2020年12月15日", null],
    ["广益村电商服务站", "红旗镇", "广益村", D("2021-02-03"), null],
    ["沙脊村电商服务站", "红旗镇", "沙脊村", "2021年4月", null],
    ["大林村电商服务站", "红旗镇", "大林村", "2021.9.8", "9月新挂牌"],
    ["产业园电商服务站", "红旗镇", "金湾区电商产业园", "2020.12.28", "设在区电商产业园内"],
    ["南水村电商服务站", "南水镇", "南水村", "2020.11.11", null],
    ["高栏村电商服务站", "南水镇", "高栏村", "2021/1/19", null],
    ["飞沙村电商服务站", "南水镇", "飞沙村民委员会", "2021.3.30", null],
    ["荷包村电商服务站", "南水镇", "荷包村", D("2021-05-18"), null],
    ["前锋村电商服务站", "平沙镇", "前锋村", "2021年6月8日", null],
    ["连湾村电商服务站", "平沙镇", "连湾村", "2021.8.31", "8月31日挂牌"],
  ];
  const S = [["金湾区村级电子商务服务站点清单"], ["填报单位：金湾区商务局　　更新日期：2021年9月10日"], ["序号", "站点名称", "所在镇", "所在村（社区）", "负责人", "联系电话", "挂牌日期", "备注"]];
  const people = ["吴海燕", "黄志明", "梁秀英", "陈国强", "林晓红", "何建华", "郑丽萍", "钟伟文", "杨美玲", "卢振宇", "冯小燕", "曾少华", "谢锦荣", "邓月娥", "蔡家豪", "许碧霞", "罗永坚", "唐丽芬", "容志坚", "张佩玲"];
  st.forEach((s, i) => S.push([i + 1, s[0], s[1], s[2], people[i], "1392" + String(6070000 + i * 3517).padStart(7, "0"), s[3], s[4]]));
  S.push([]);
  S.push(["注：站点挂牌以区商务局授牌日期为准。"]);
  const stationsSheet = { name: "附2 站点清单", rows: pad(S, 8), merges: ["A1:H1", "A2:H2", `A${S.length}:H${S.length}`] };
  const covered = new Set();
  for (const s of st) {
    const v = canonVillage(s[2]);
    if (!adminVillages.includes(v)) continue;
    if (!le(normDate(s[3]))) continue;
    covered.add(v);
  }
  assert(covered.size === 16, "covered 16, got " + covered.size);
  assert(covered.size * 100 >= 22 * 70, "coverage >= 70%");

  // ---------- 附3 培训台账 ----------
  const tr = [
    ["第1期", "2020.9.24", "电商基础知识普及", "区电商公共服务中心", 300, 246],
    ["第2期", "2020年10月15日", "手机拍摄与短视频", "三灶镇文化站", 320, 268],
    ["第3期", D("2020-11-05"), "网店开设实操", "红旗镇党群服务中心", 280, 231],
    ["第4期", "2020.11.26", "直播带货入门", "南水镇政府会议室", 310, 259],
    ["第5期", "2020/12/17", "农产品网络营销", "平沙镇文化站", 290, 237],
    ["第6期", "2021.1.14", "电商基础知识普及", "区电商公共服务中心", 400, 286],
    ["第7期", "2021年3月11日", "社区团购运营", "三灶镇文化站", 300, 244],
    ["第8期", D("2021-03-25"), "直播带货入门", "红旗镇党群服务中心", 380, 272],
    ["第9期", "2021.4.15", "微信小店运营", "南水镇政府会议室", 290, 238],
    ["第10期", "2021.4.29", "电商物流与包装", "平沙镇文化站", 280, 225],
    ["第11期", "2021年5月20日", "网店美工设计", "区电商公共服务中心", 300, 251],
    ["第12期", D("2021-06-10"), "手机拍摄与短视频", "三灶镇文化站", 320, 263],
    ["第13期", "2021.6.24", "农产品品牌建设", "红旗镇党群服务中心", 340, 249],
    ["第14期", "2021.7.15", "直播带货进阶", "南水镇政府会议室", 340, 326],
    ["第15期", "2021年8月19日", "电商创业增值培训", "区电商公共服务中心", 120, 111],
    ["第16期", "2021.9.3", "电商基础知识普及", "平沙镇文化站", 300, 254],
  ];
  const T = [["金湾区农村电商普及培训台账"], ["说明：“报名人数”为各镇（社区）报名汇总数；“实到人次”以现场签到表为准（签到表原件见盒2-4）。"], ["期次", "培训日期", "培训内容", "培训地点", "报名人数", "实到人次", "备注"]];
  for (const t of tr) T.push([...t, null]);
  const sumSign = tr.reduce((a, t) => a + t[4], 0);
  const sumAtt = tr.reduce((a, t) => a + t[5], 0);
  T.push(["合计", null, null, null, sumSign, sumAtt, null]);
  T.push(["填表：区电商公共服务中心 谭××"]);
  const trainingSheet = { name: "附3 培训台账", rows: pad(T, 7), merges: ["A1:G1", "A2:G2", `A${T.length - 1}:D${T.length - 1}`, `A${T.length}:G${T.length}`] };
  const attCut = tr.filter((t) => le(normDate(t[1]))).reduce((a, t) => a + t[5], 0);
  const signCut = tr.filter((t) => le(normDate(t[1]))).reduce((a, t) => a + t[4], 0);
  const pop = 456200;
  assert(attCut === 3706, "attended by cut-off 3706, got " + attCut);
  assert(attCut * 1000 >= pop * 8 && attCut * 100 < pop, "training tier 0.8%-1%");
  assert(signCut * 100 >= pop, "sign-ups would reach 1% (the trap)");

  // ---------- 附4 产业园企业 ----------
  const en = [
    ["珠海金湾鲜品电子商务有限公司", "91440404MA55A1B2C3", "平台型电商企业", D("2020-12-28"), null, "在园"],
    ["珠海市三灶鸡农产品销售有限公司", "91440404MA55A2K7D1", "销售型企业", "2020.12.30", null, "在园"],
    ["珠海市金湾鲜品电商运营有限公司", "91440404MA55A3P9E6", "电商运营服务商", "2021年1月5日", null, "在园"],
    ["珠海市金湾顺达物流有限公司", "91440404MA55A4Q2F8", "物流企业", "2021.1.8", null, "在园"],
    ["珠海市海澄水产网店", "92440404MA55A5R4G2", "销售型企业", D("2021-01-12"), null, "在园"],
    ["珠海市红旗农庄电子商务有限公司", "91440404MA55A6S6H5", "销售型企业", "2021.1.20", null, "在园"],
    ["珠海市云仓供应链管理有限公司", "91440404MA55A7T8J9", "物流企业", "20210126", null, "在园"],
    ["珠海市鲜到家社区电商有限公司", "91440404MA55A8U1K3", "平台型电商企业", "2021年2月2日", null, "在园"],
    ["珠海市播客文化传媒有限公司", "91440404MA55A9V3L7", "电商运营服务商", D("2021-02-22"), null, "在园"],
    ["珠海市南水海味贸易有限公司", "91440404MA55B1W5M1", "销售型企业", "2021.3.1", null, "在园"],
    ["珠海市金湾中通快递有限公司", "91440404MA55B2X7N4", "物流企业", "2021/3/8", null, "在园"],
    ["珠海市荷包岛特产商行", "92440404MA55B3Y9P8", "销售型企业", "2021.3.16", null, "在园"],
    ["珠海市小林蔬果合作社网店", "93440404MA55B4Z2Q2", "销售型企业", "2021年3月24日", null, "在园"],
    ["珠海市优品汇网络科技有限公司", "91440404MA55B5A4R6", "电商运营服务商", D("2021-04-06"), null, "在园"],
    ["珠海市平沙糖业电商有限公司", "91440404MA55B6B6T9", "销售型企业", "2021.4.19", null, "在园"],
    ["珠海市湾区冷链物流有限公司", "91440404MA55B7C8U3", "物流企业", "2021.5.6", null, "在园"],
    ["珠海市渔家乐电子商务有限公司", "91440404MA55B8D1W7", "销售型企业", "2021年5月25日", null, "在园"],
    ["珠海市海鲜优选网络科技有限公司", "91440404MA55B9E3X1", "平台型电商企业", "2021.6.15", null, "在园"],
    ["珠海市金湾美工设计工作室", "92440404MA55C1F5Y4", "电商运营服务商", "2021/7/2", null, "在园"],
    ["珠海市三灶腊味网店", "92440404MA55C2G7A8", "销售型企业", "2021.1.18", "2021.8.31", "已退出（8月31日合同到期）"],
    ["珠海市快邦同城配送有限公司", "91440404MA55C3H9B2", "物流企业", D("2021-01-25"), "2021年5月20日", "已退出"],
    ["珠海市湾仔头直播电商有限公司", "91440404MA55C4J2C6", "电商运营服务商", "2021年9月1日", null, "9月新入驻"],
  ];
  const E = [["金湾区电子商务产业园入驻企业清单"], ["序号", "企业名称", "统一社会信用代码", "企业类型", "入驻日期", "退出日期", "在园状态"]];
  en.forEach((e, i) => E.push([i + 1, ...e]));
  E.push(["注：退出日期为租赁合同终止日；截至2021年8月31日在园企业20家。"]);
  const enterprisesSheet = { name: "附4 产业园企业", rows: pad(E, 7), merges: ["A1:G1", `A${E.length}:G${E.length}`] };
  const inPark = en.filter((e) => le(normDate(e[3])) && (e[4] === null || !(normDate(e[4]) < CUT)));
  assert(new Set(inPark.map((e) => e[1])).size === 20, "20 in park, got " + inPark.length);
  const typeNorm = (t) => t.includes("平台") ? "平台" : /销售|零售|网店/.test(t) ? "销售" : /运营|服务商/.test(t) ? "运营" : /物流|快递|仓储/.test(t) ? "物流" : t;
  assert(new Set(inPark.map((e) => typeNorm(e[2]))).size === 4, "4 types");

  // ---------- 附5 资金台账 ----------
  const fu = [
    [D("2020-07-15"), "区电商公共服务中心建设（首期款）", "珠海金湾鲜品电子商务有限公司", 1480000, 740000, 0],
    ["2020.10.30", "村级电商服务站点建设（第一批）", "中国邮政集团有限公司珠海市金湾区分公司", 960000, 480000, 0],
    ["2020年12月30日", "区电商公共服务中心建设（验收款）", "珠海金湾鲜品电子商务有限公司", 1480000, 666000, 74000],
    ["2021.1.26", "电商培训服务（第一期）", "珠海市金湾职业培训学校", 420000, 210000, 0],
    [D("2021-03-18"), "区镇村物流配送体系建设", "珠海市金湾顺达物流有限公司", 780000, 546000, 39000],
    ["2021.4.28", "村级电商服务站点建设（第二批验收款）", "中国邮政集团有限公司珠海市金湾区分公司", 960000, 432000, 48000],
    ["20210615", "农产品品牌推广及网络促销", "珠海市湾区文化传播有限公司", 360000, 324000, 18000],
    ["2021/7/20", "电商培训服务（第二期）", "珠海市金湾职业培训学校", 420000, 189000, 21000],
    ["2021.8.31", "冷链及溯源系统建设（首付款）", "珠海市湾区冷链物流有限公司", 380000, 80000, 0],
    ["2021.9.9", "区镇村物流配送体系建设（尾款）", "珠海市金湾顺达物流有限公司", 780000, 234000, 0],
  ];
  const FU = [["金湾区省级电子商务进农村综合示范专项资金拨付台账"], ["填报单位：金湾区商务局　　单位：元　　省级下达资金：5,000,000.00元"], ["序号", "支付日期", "项目", "收款单位", "合同金额", "本期应付", "暂扣质保金", "实付金额", "凭证号"]];
  fu.forEach((f, i) => FU.push([i + 1, f[0], f[1], f[2], f[3], f[4], f[5] || null, f[4] - f[5], "金商记-" + String(i + 3).padStart(3, "0")]));
  const sumDue = fu.reduce((a, f) => a + f[4], 0);
  const sumHeld = fu.reduce((a, f) => a + f[5], 0);
  FU.push(["合计", null, null, null, null, sumDue, sumHeld, sumDue - sumHeld, null]);
  FU.push(["注：质保金按合同约定从本期应付中暂扣，验收满一年后支付；实付金额为国库集中支付实际到账金额。"]);
  const fundsSheet = { name: "附5 资金台账", rows: pad(FU, 9), merges: ["A1:I1", "A2:I2", `A${FU.length - 1}:E${FU.length - 1}`, `A${FU.length}:I${FU.length}`] };
  const paidCut = fu.filter((f) => le(normDate(f[0]))).reduce((a, f) => a + f[4] - f[5], 0);
  const dueCut = fu.filter((f) => le(normDate(f[0]))).reduce((a, f) => a + f[4], 0);
  assert(paidCut === 3467000, "paid by cut-off 3,467,000, got " + paidCut);
  assert(paidCut * 100 < 5000000 * 70, "paid < 70%");
  assert(dueCut * 100 >= 5000000 * 70, "due >= 70% (the trap)");

  // ---------- 附6 月报报送 ----------
  const rp = [
    ["2020.8.6", "7月份电商进农村示范创建工作进展", "是"],
    ["2020.9.7", "8月份电商进农村示范创建工作进展", "是"],
    [D("2020-10-09"), "9月份电商进农村示范创建工作进展", "是"],
    ["2020年11月6日", "10月份电商进农村示范创建工作进展", "是"],
    ["2020.12.7", "11月份电商进农村示范创建工作进展", "是"],
    [D("2021-01-08"), "12月份电商进农村示范创建工作进展", "是"],
    ["2021.2.5", "1月份电商进农村示范创建工作进展", "是"],
    ["2021年3月5日", "2月份电商进农村示范创建工作进展", "否"],
    ["2021.4.7", "3月份电商进农村示范创建工作进展", "是"],
    [D("2021-05-08"), "4月份电商进农村示范创建工作进展", "是"],
    ["2021.6.7", "5月份电商进农村示范创建工作进展", "是"],
    ["2021/7/6", "6月份电商进农村示范创建工作进展", "是"],
    ["2021.8.5", "7月份电商进农村示范创建工作进展", "是"],
    ["2021.9.6", "8月份电商进农村示范创建工作进展", "是"],
  ];
  const R = [["金湾区电商进农村工作月报报送登记（报珠海市商务局）"], ["序号", "报送日期", "报送内容", "报送方式", "是否附电商扶贫统计表"]];
  rp.forEach((r, i) => R.push([i + 1, r[0], r[1], "粤政易", r[2]]));
  const reportsSheet = { name: "附6 月报报送", rows: pad(R, 5), merges: ["A1:E1"] };
  const repMonths = new Set(rp.map((r) => normDate(r[0]).slice(0, 7)));
  assert(WINDOW.every((m) => repMonths.has(m)), "reports every month");

  // ---------- 附7 专栏更新 ----------
  const ds = [
    [D("2020-08-12"), "金湾区电子商务进农村综合示范工作实施方案", "创建方案"],
    ["2020.9.16", "金湾区电商进农村项目承办单位及项目基本信息公示", "项目公示"],
    ["2020年10月15日", "9月份项目建设进度", "建设进度"],
    ["2020.11.13", "10月份项目建设进度", "建设进度"],
    [D("2020-12-15"), "11月份项目建设进度", "建设进度"],
    ["2021.1.14", "12月份项目建设进度", "建设进度"],
    ["2021年3月3日", "1—2月份项目建设进度", "建设进度"],
    ["2021.4.13", "3月份项目建设进度", "建设进度"],
    [D("2021-05-14"), "4月份项目建设进度", "建设进度"],
    ["2021.6.11", "5月份项目建设进度", "建设进度"],
    ["2021年7月13日", "6月份项目建设进度", "建设进度"],
    ["2021.8.12", "7月份项目建设进度", "建设进度"],
    ["2021.9.10", "8月份项目建设进度", "建设进度"],
  ];
  const DS = [["金湾区人民政府门户网站“电子商务进农村综合示范”专栏更新记录"], ["序号", "发布日期", "标题", "子栏目"]];
  ds.forEach((d, i) => DS.push([i + 1, ...d]));
  DS.push(["注：监督举报电话0756-77×××××、邮箱jwsw@zhjw.gov.cn常设于专栏首页。"]);
  const disclosuresSheet = { name: "附7 专栏更新", rows: pad(DS, 4), merges: ["A1:D1", `A${DS.length}:D${DS.length}`] };
  const disMonths = new Set(ds.map((d) => normDate(d[0]).slice(0, 7)));
  const disIn = WINDOW.filter((m) => disMonths.has(m));
  assert(disIn.length === 11 && !disMonths.has("2021-02"), "disclosure 11 months, Feb missing");

  // ---------- 附8 宣传报道 ----------
  const MD = [["金湾区电子商务进农村宣传报道清单"], ["序号", "日期", "媒体", "级别", "形式", "标题", "是否电商扶贫典型案例"],
    [1, "2020.11.20", "金湾发布（微信公众号）", "区级", "网络", "我区首批村级电商服务站挂牌运营", "否"],
    [2, D("2021-01-22"), "珠海特区报", "市级", "报纸", "金湾：电商服务站开进渔村", "否"],
    [3, "2021年4月16日", "珠海广播电视台《珠海新闻》", "市级", "电视", "金湾对虾“触网”走俏", "否"],
    [4, "2021.9.8", "南方日报", "省级", "报纸", "金湾区电商进农村扎实推进", "否"]];
  const mediaSheet = { name: "附8 宣传报道", rows: pad(MD, 7), merges: ["A1:G1"] };

  // ---------- 附9 经验材料 ----------
  const MT = [["金湾区电商进农村经验材料报送登记"], ["序号", "报送日期", "材料名称", "报送单位"],
    [1, "2021年6月18日", "金湾区“电商＋渔村合作社”助农增收经验做法", "珠海市商务局"]];
  const materialsSheet = { name: "附9 经验材料", rows: pad(MT, 4), merges: ["A1:D1"] };

  // ---------- points ----------
  const points = {
    "org.leadership": 2, "org.plan": 2, "org.policy": 1, "org.management": 3,
    "work.center": 2 + 2 + 2 + 1 + 0 + 1 + 1 + 2 + 2 + 1,
    "work.coverage": 5 + 5,
    "work.upward": 2 + 2 + 1 + 1 + 1 + 2,
    "work.training": 8 + 10,
    "info.disclosure": 2 + 1,
    "info.reporting": 3 + 3,
    "promo.cases": 2, "promo.media": 3 + 1,
    "fund.system": 4, "fund.ledger": 4, "fund.spending": -5,
    "bonus.poorTraining": 0, "bonus.tvCase": 0,
    "veto.incident": 0, "veto.progress": 0, "veto.fraud": 0,
  };
  // re-derive the growth that decides work.upward item 6
  assert(283 * 100 >= 214 * 130, "agri growth >= 30%");
  assert(1502 * 100 < 1236 * 130, "rural growth < 30%");
  assert(47 * 100 >= 86 * 50 && 47 * 100 < 86 * 70, "poor rate in [50,70)");
  const scored = Object.keys(points).filter((k) => !k.startsWith("bonus.") && !k.startsWith("veto."));
  const total = scored.reduce((a, k) => a + points[k], 0);
  const bonus = points["bonus.poorTraining"] + points["bonus.tvCase"];
  assert(total === 77, "total 77, got " + total);

  const derivation = [
    "asOf: 口径表表头“数据截止时间：2021年8月31日”（与规则默认相同）；近一年窗口 2020-09…2021-08；运行满6个月界线 2021-02-28。",
    "org.leadership: 口径栏写“区委副书记、区长任组长”（主要领导），成员单位有区商务局、区财政局、区农业农村局、区乡村振兴局 → 主要领导牵头且四部门齐全 → 2（A角“陈××（分管副区长）”只是汇报人，不是牵头领导）",
    "org.plan: 判定项，区自评分 2（方案已正式印发） → 2",
    "org.policy: 判定项，区自评分 1 → 1",
    "org.management: 口径栏“项目管理制度…自评2分；工作台账…自评1分” → 2+1 = 3",
    "work.center: ①中心2020-12-28投入运营 ≤ 截止日 → 2；②2020-12-28 ≤ 2021-02-28，满6个月 → 2；③免费培训室 → 2；④免费展示、销售 → 1；⑤摄影、美工“按成本价收费（非免费）” → 0；⑥“金湾鲜品”品牌推广 → 1；⑦代办注册、直播间共享 → 1；⑧产业园已建成（入驻企业表非空） → 2；⑨附4共22行：2021年5月20日退出的1家不在园，2021年9月1日入驻的1家在截止日后，2021.8.31退出的三灶腊味网店在截止日当天仍在园（未在截止日前退出） → 在园20家（信用代码各不相同） ≥ 20 → 2；⑩在园类型 平台型、销售型、电商运营服务商、物流企业 4种 ≥ 3 → 1；合计 2+2+2+1+0+1+1+2+2+1 = 14（自评14）",
    "work.coverage: 附1 村居名单31行＝行政村22个＋社区9个（社区不计），基数 min(22,200) = 22；附2 站点20行：海澄村两个站点只算一次，金海岸社区站点在社区不计，“金湾区电商产业园”不在村名单（警告）不计，大林村2021.9.8挂牌在截止日后不计，连湾村2021.8.31挂牌（截止日当天，计入），沙脊村“2021年4月”只写到月也在截止日前；“中心村委会”“西城村民委员会”“广发村委会”“飞沙村民委员会”按村名归一 → 覆盖行政村16个（海澄、中心、鱼月、西城、正表、三板、小林、广发、广益、沙脊、南水、高栏、飞沙、荷包、前锋、连湾），16/22 = 72.7% ≥ 70% → 5；无省定贫困村（口径表写明“无省定贫困村”，名单也无贫困村） → 5，基础写“无省定贫困村”并给出警告；合计 10（自评10）",
    "work.upward: 网销调研 自评2 → 2；促销活动 自评2 → 2；第三方运营服务商 有 → 1；快递：附1有“快递服务”列，22个行政村均为“已通达”（社区“/”不计） → 1；交易标准、冷链溯源 自评1 → 1；增速：农村网络零售额 15.02÷12.36−1 = 21.5% < 30%，农产品网络零售额 2.83÷2.14−1 = 32.2% ≥ 30% → 2；合计 2+2+1+1+1+2 = 9（自评9）",
    "work.training: 附3按期次登记，取“实到人次”（不是“报名人数”）：第1—15期均 ≤ 截止日，实到合计 3706 人次（第16期 2021.9.3 在截止日后不计，“合计”行不计）；3706 ÷ min(456200, 500000) = 0.812%，在 0.8%（3649.6）–1%（4562）之间 → 8（若误用报名人数 4570 会得 1.0% → 10，区自评20即按报名数）；无贫困人口名单，取口径栏所报：有劳动能力且不含外出务工 86 人，已参训 47 人 → 54.7% ≥ 50% → 10；合计 8+10 = 18（自评20）",
    "info.disclosure: 口径栏写明专栏公示创建方案、项目基本信息、项目建设进度，并设监督举报窗口 → 2；附7更新记录在 2020-09…2021-08 中有 11 个月有更新，2021年2月无（1—2月进度3月3日才发；2020-08-12、2021-09-10 在窗口外） → 不定时 → 1；合计 3（自评4）",
    "info.reporting: 附6 在 2020-09…2021-08 每个月都有报送（2020-08-06、2021-09-06 在窗口外） → 3；有“是否附电商扶贫统计表”为“是”的报送，口径栏也写能统计 → 3；合计 6（自评6）",
    "promo.cases: 附9 经验材料 2021年6月18日报珠海市商务局 ≤ 截止日 → 2",
    "promo.media: 截止日前：珠海特区报（市级）、珠海广播电视台（市级） → 3；金湾发布（区级） → 1；南方日报 2021.9.8 在截止日后，不计省级 → 3+1 = 4（自评4）",
    "fund.system: 判定项，自评4 → 4",
    "fund.ledger: 判定项，自评4 → 4",
    "fund.spending: 附5取“实付金额”列（本期应付扣除暂扣质保金后的实际支付）：截止日前9笔 740000+480000+592000+210000+507000+384000+306000+168000+80000 = 3,467,000 元（2021.8.31 一笔在截止日当天，计入；2021.9.9 的 234,000 元和合计行不计） ÷ 5,000,000 = 69.34% < 70% → 倒扣 −5（若误用“本期应付”3,667,000 元会得 73.3%；区自评3分）",
    "bonus.poorTraining: 贫困人口培训率 47/86 = 54.7% < 70% → 0",
    "bonus.tvCase: 唯一的电视报道（珠海广播电视台）是市级且不是电商扶贫典型案例 → 0",
    "veto.incident: 口径“创建期间未发生” → 0，不否决",
    "veto.progress: 项目总体进度86% ≥ 40% → 0，不否决",
    "veto.fraud: “无” → 0",
    "total: 2+2+1+3+14+10+9+18+3+6+2+4+4+4−5 = 77，加分 0 → 77，未否决。区自评88分，差在培训人次（报名数与实到数）、专栏2月未更新、资金支出（应付与实付，倒扣5分）。",
  ];

  const obj = {
    description: "珠海市金湾区商务局整本考评工作簿（10个表：迎检分工及口径、附1—附9），中等（77分，无加分、未否决；区自评88分）。事实表不是填报表，而是迎检前局务会审定的《考评迎检汇报分工及统一口径表》：序号|考评指标（分值）|统一口径（截至2021年8月31日）|区自评分|A角（主讲）|B角（补充）|点位／佐证盒号，按工作任务分节（节标题整行合并），事实都挤在“统一口径”一格里用“；”分隔，判断项分数写在口径句子里（“自评2分”），A角、B角两栏是人名加职务（组织领导一行的A角是“分管副区长”，牵头领导却是口径里的区长）；否决项自评分填“—”。台账难点：无省定贫困村（名单不设贫困村栏）；站点挂牌2021.8.31（截止日当天）与2021.9.8、产业园里的站点、社区站点、同村两站；培训台账同时有“报名人数”和“实到人次”（只能用实到，0.812%）；入驻企业一家2021.8.31退出（截止日仍在园，恰好20家）；资金台账“本期应付｜暂扣质保金｜实付金额”三列，按实付只有69.34%（倒扣5分），按应付会误得73.3%；专栏2021年2月未更新。",
    sheets: [
      { name: "迎检分工及口径", rows: facts, merges: factsMerges },
      villagesSheet, stationsSheet, trainingSheet, enterprisesSheet, fundsSheet, reportsSheet, disclosuresSheet, mediaSheet, materialsSheet,
    ],
    expect: { asOf: "2021-08-31", total, bonus, vetoed: false, points, claimed },
    derivation,
  };
  assert(derivation.filter((l) => /^(org|work|info|promo|fund|bonus|veto)\./.test(l)).length === Object.keys(points).length, "one derivation line per indicator");
  write("counties", "b82-c1-jinwan.json", obj);
}

// ═══════════════════════ FACTS f1: 珠海市斗门区 ═══════════════════════
function factsDoumen() {
  const R = [];
  R.push(["斗门区电子商务进农村综合示范创建考评基础数据（征求意见稿）及意见采纳情况表"]);
  R.push(["征求意见范围：区电子商务进农村综合示范工作领导小组各成员单位　　征求时间：2021年8月26日—8月30日　　数据截至：2021年8月31日"]);
  R.push([]);
  R.push(["一、基础数据（征求意见稿原文，未改动）"]);
  const h1 = R.length + 1;
  R.push(["序号", "项目", "征求意见稿数据", "单位", "数据提供单位", null, null]);
  const base = [
    ["县（市、区）名称", "斗门区", "—", "—"],
    ["常住人口", 60.37, "万人", "区统计局"],
    ["行政村数", 104, "个", "区民政局"],
    ["社区（居委会）数", 19, "个", "区民政局"],
    ["省定贫困村数", 0, "个", "区农业农村局"],
    ["领导小组组长", "区委常委、常务副区长", "—", "区政府办公室"],
    ["领导小组成员单位", "区商务局、区财政局、区农业农村局、区市场监管局、区交通运输局、区工业和信息化局、邮政斗门区分公司", "—", "区政府办公室"],
    ["示范县工作方案", "已正式印发（斗府办函〔2020〕12号）", "—", "区商务局"],
    ["支持农村电商发展政策", "已出台《斗门区促进农村电子商务发展扶持办法》", "—", "区商务局"],
    ["区级电商公共服务中心投入运营时间", "2020年9月", "—", "区商务局"],
    ["中心有免费培训场所、设备，能组织电商基础培训", "有", "—", "区电商公共服务中心"],
    ["中心为特色农产品提供免费展示、销售服务", "有", "—", "区电商公共服务中心"],
    ["中心提供免费摄影、美工服务", "有", "—", "区电商公共服务中心"],
    ["组织农产品统一推广、指导品牌建设", "有", "—", "区电商公共服务中心"],
    ["提供其他衍生增值服务", "有", "—", "区电商公共服务中心"],
    ["建设或整合、优化电商产业园", "已建成（斗门区电商产业园）", "—", "区商务局"],
    ["专业第三方电商运营或服务商", "有（珠海市斗门区禾丰电子商务有限公司）", "—", "区商务局"],
    ["行政村物流快递覆盖率", "100%", "%", "邮政斗门区分公司"],
    ["2019年农村网络零售额", 18.62, "亿元", "区统计局"],
    ["2020年农村网络零售额", 23.47, "亿元", "区统计局"],
    ["2020年农产品网络零售额同比增速", 31.6, "%", "区商务局"],
    ["电商培训人次", "6,140", "人次", "区电商公共服务中心"],
    ["有劳动能力的相对贫困人口（不含外出务工）", 312, "人", "区乡村振兴局"],
    ["参加电商培训的相对贫困人口", 171, "人", "区乡村振兴局"],
    ["专栏公示创建方案", "是", "—", "区商务局"],
    ["专栏公示项目基本信息", "是", "—", "区商务局"],
    ["专栏公示项目建设进度", "是", "—", "区商务局"],
    ["专栏设监督举报窗口", "是（电话、邮箱）", "—", "区商务局"],
    ["能统计电商扶贫情况", "是", "—", "区商务局"],
    ["省级专项资金下达", 500, "万元", "区财政局"],
    ["累计拨付", 412.63, "万元", "区财政局"],
    ["资金管理制度", "已制定", "—", "区财政局"],
    ["资金专用台账", "已建立", "—", "区财政局"],
    ["项目总体进度", 91, "%", "区商务局"],
    ["发生安全生产、质量事故或重大损失", "无", "—", "区商务局"],
    ["弄虚作假", "无", "—", "区商务局"],
  ];
  base.forEach((b, i) => R.push([i + 1, ...b, null, null]));
  const idx = (label) => base.findIndex((b) => b[0] === label) + 1;
  R.push([]);
  R.push(["二、主观评分项自评分（征求意见稿原文，未改动）"]);
  R.push(["序号", "评分项", "自评分", "分值范围", null, null, null]);
  const judged0 = [
    ["方案制定", 2, "1-2"], ["政策支持", 2, "1-2"], ["项目管理制度", 2, "1-2"], ["工作台账", 2, "1-2"],
    ["网销调研", 2, "1-2"], ["网络促销活动", 2, "1-2"], ["交易标准与冷链、溯源系统", 1, "1-2"],
    ["资金管理制度", 5, "1-5"], ["资金台账", 4, "1-5"], ["资金及时拨付", 4, "1-5"],
  ];
  judged0.forEach((j, i) => R.push([i + 1, ...j, null, null, null]));
  const jIdx = (label) => judged0.findIndex((j) => j[0] === label) + 1;
  R.push([]);
  R.push(["三、意见反馈及采纳情况"]);
  R.push(["序号", "反馈单位", "涉及条目", "原稿内容", "修改意见", "采纳情况", "说明"]);
  const fb = [
    ["区政府办公室", `一-${idx("领导小组组长")}`, "区委常委、常务副区长", "领导小组已于2021年3月调整，组长为区长（斗府办函〔2021〕7号），请更正", "采纳", "已更正为“区长”"],
    ["区农业农村局", `一-${idx("领导小组成员单位")}、一-${idx("2020年农产品网络零售额同比增速")}`, "成员单位；31.6%", "①2021年3月调整文件已将区乡村振兴局列为成员单位，请补充；②农产品网络零售额增速建议按农业农村部口径改为29.8%", "部分采纳", "采纳第①点，已补充区乡村振兴局；第②点不采纳，考评以省商务厅提供的第三方数据为准，仍为31.6%"],
    ["区电商公共服务中心", `一-${idx("区级电商公共服务中心投入运营时间")}`, "2020年9月", "中心于2020年8月18日揭牌投入运营，请写具体日期", "采纳", "已改为2020年8月18日"],
    ["区统计局", `一-${idx("2020年农村网络零售额")}`, "23.47亿元", "2020年数据已于2021年6月核定为23.74亿元（原稿数字前后颠倒）", "采纳", "已改为23.74亿元"],
    ["邮政斗门区分公司", `一-${idx("行政村物流快递覆盖率")}`, "100%", "莲洲镇石龙村、新益村由镇邮政支局代投，建议表述为98.1%", "不采纳", "代投属于通达（按省邮政管理局建制村快递服务通达口径），仍为100%"],
    ["区乡村振兴局", `一-${idx("参加电商培训的相对贫困人口")}`, "171人", "经身份证号比对，参训人员中3人已于2021年迁出本区，应为168人", "采纳", "已改为168人"],
    ["区财政局", `一-${idx("累计拨付")}；二-${jIdx("资金台账")}`, "412.63万元；资金台账4分", "①8月30日国库支付4.87万元未计入，累计拨付应为417.50万元；②承建方凭证尚未全部归档，资金台账建议自评3分", "采纳", "两点均采纳"],
    ["区司法局", `二-${jIdx("政策支持")}`, "政策支持2分", "扶持办法2021年6月才印发，部分条款尚未兑现，建议自评1分", "采纳", "已改为1分"],
    ["区统计局", `一-${idx("常住人口")}`, "60.37万人", "无意见（第七次全国人口普查数）", "—", null],
    ["区市场监管局", "—", "—", "无意见", "—", null],
  ];
  fb.forEach((f, i) => R.push([i + 1, ...f]));
  R.push([]);
  R.push(["注：1.表“一”“二”为征求意见稿原文；2.采纳的意见已在报送稿中修改，不采纳的保持原稿；3.报送市商务局的数据以本表采纳情况为准。"]);
  R.push(["经办：区商务局电商股 梁××　　审核：区商务局副局长 吴××　　2021年8月31日"]);
  const rows = pad(R, 7);
  const merges = ["A1:G1", "A2:G2", "A4:G4"];
  rows.forEach((r, i) => {
    if (typeof r[0] === "string" && /^(二、|三、|注：|经办)/.test(r[0])) merges.push(`A${i + 1}:G${i + 1}`);
  });
  // base-data rows: 数据提供单位 E:G merged
  for (let i = h1; i < h1 + base.length + 1; i++) merges.push(`E${i}:G${i}`);

  // self-check the corrections
  assert(Math.round((412.63 + 4.87) * 100) === 41750, "412.63 + 4.87 = 417.50");
  const expect = {
    facts: {
      county: "斗门区",
      residentPopulation: 603700,
      adminVillagesStated: 104,
      poorVillagesStated: 0,
      planIssued: true,
      policyIssued: true,
      centerOpened: "2020-08-18",
      centerFreeTraining: true,
      centerDisplay: true,
      centerPhoto: true,
      centerBrand: true,
      centerOther: true,
      parkBuilt: true,
      thirdPartyOperator: true,
      expressCoverage: true,
      ruralRetail2019: 1862000000,
      ruralRetail2020: 2374000000,
      agriRetailGrowthStated: 0.316,
      trainingPersonTimesStated: 6140,
      eligiblePoorPersonsStated: 312,
      trainedPoorPersonsStated: 168,
      disclosurePlan: true,
      disclosureProjects: true,
      disclosureProgress: true,
      disclosureWindow: true,
      povertyStatisticsStated: true,
      fundAllocated: 5000000,
      fundSpentStated: 4175000,
      fundSystemIssued: true,
      fundLedgerKept: true,
      overallProgress: 0.91,
      vetoIncident: false,
      vetoFraud: false,
    },
    judged: {
      "org.plan": 2,
      "org.policy": 1,
      "org.management.system": 2,
      "org.management.ledger": 2,
      "work.upward.research": 2,
      "work.upward.promotion": 2,
      "work.upward.standards": 1,
      "fund.system": 5,
      "fund.ledger": 3,
      "fund.spending": 4,
    },
    leadership: "principal-all",
  };
  write("facts", "b82-f1-doumen.json", {
    description: "珠海市斗门区商务局电商股的《考评基础数据（征求意见稿）及意见采纳情况表》：上半“一、基础数据”“二、主观评分项自评分”是征求意见稿原文（未改动），下半“三、意见反馈及采纳情况”为 序号|反馈单位|涉及条目（“一-6”“二-9”指上面条目序号）|原稿内容|修改意见|采纳情况|说明，表下注明报送数据以采纳情况为准。读法：采纳的意见要改进原稿（组长常务副区长→区长、成员单位补区乡村振兴局→principal-all；运营时间“2020年9月”→2020-08-18；2020年农村网零23.47→23.74亿元；参训贫困人口171→168；累计拨付412.63→417.50万元；政策支持2→1分、资金台账4→3分），不采纳的保持原稿（快递覆盖仍100%；农产品增速仍31.6%——这一条是“部分采纳”里被拒的第②点），“无意见”行不改；省定贫困村数0是填报数；社区数不是输入。",
    sheets: [{ name: "征求意见采纳情况", rows, merges }],
    expect,
  });
}

// ═══════════════════════ FACTS f2: 湛江市坡头区 ═══════════════════════
function factsPotou() {
  const C = ["坡头区", "麻章区", "遂溪县", "徐闻县", "雷州市", "吴川市", "廉江市"];
  const data = {
    pop: [33.48, 30.21, 88.6, 59.63, 142.7, 92.35, 134.9],
    times: [3615, 3386, 8120, 5260, 4688, 5433, 5890],
    elig: [412, 356, 1980, 2210, 3650, 1875, 2460],
    trained: [238, 221, 1105, 1580, 1920, 1012, 1452],
    vil: [41, 52, 245, 178, 446, 186, 383],
    vilCov: [33, 39, 168, 131, 156, 135, 170],
    poor: [4, 3, 28, 21, 41, 15, 37],
    poorCov: [4, 3, 28, 21, 39, 15, 37],
    spent: [458.06, 398.5, 452.8, 466.12, 371.4, 436.75, 409.9],
    r19: [5.86, 6.12, 18.3, 9.85, 14.2, 21.7, 27.4],
    r20: [7.41, 7.35, 24.6, 13.52, 17.9, 26.8, 33.9],
    a19: [1.12, 0.98, 4.6, 3.85, 3.2, 2.4, 5.1],
    a20: [1.48, 1.21, 6.35, 5.62, 3.95, 3.3, 6.4],
    prog: [90, 86, 93, 95, 82, 90, 88],
    opened: ["2020.6.18", "2020.9.30", "2020.5.12", "2020.4.28", "2020.10.16", "2020.7.8", "2020.8.20"],
    pre: [86.5, 81, 92, 94.5, 76, 88, 89.5],
    preDelta: ["↑2", "↓1", "—", "↑1", "↑3", "↓2", "—"],
  };
  const r2 = (x) => Math.round(x * 100) / 100;
  const r1 = (x) => Math.round(x * 10) / 10;
  const base = (p) => Math.min(p, 50);
  function block(title, header, valueFn, sortKey, asc) {
    const idxs = C.map((_, i) => i).sort((a, b) => (asc ? sortKey(a) - sortKey(b) : sortKey(b) - sortKey(a)));
    const rows = [];
    let rank = 0, prev = null;
    idxs.forEach((i, k) => {
      const key = sortKey(i);
      if (prev === null || key !== prev) rank = k + 1;
      prev = key;
      rows.push([rank, C[i], ...valueFn(i)]);
    });
    return { title, header, rows, order: idxs };
  }
  const blocks = [];
  blocks.push(block("【一】培训人次占常住人口比例", ["名次", "县（市、区）", "常住人口（万人）", "培训人次", "占比（%）", "备注"],
    (i) => [data.pop[i], data.times[i], r2((data.times[i] / (base(data.pop[i]) * 10000)) * 100), data.pop[i] > 50 ? "按50万人计" : null],
    (i) => data.times[i] / base(data.pop[i])));
  blocks.push(block("【二】建档立卡贫困人口培训率", ["名次", "县（市、区）", "有劳动能力贫困人口（不含外出务工，人）", "参训人数（人）", "培训率（%）", null],
    (i) => [data.elig[i], data.trained[i], r2((data.trained[i] / data.elig[i]) * 100), null],
    (i) => data.trained[i] / data.elig[i]));
  blocks.push(block("【三】村级站点覆盖率", ["名次", "县（市、区）", "行政村（个）", "已覆盖（个）", "覆盖率（%）", "省定贫困村（个／已覆盖）"],
    (i) => [data.vil[i], data.vilCov[i], r2((data.vilCov[i] / Math.min(data.vil[i], 200)) * 100), data.poor[i] + "／" + data.poorCov[i]],
    (i) => data.vilCov[i] / Math.min(data.vil[i], 200)));
  blocks.push(block("【四】省级专项资金支出率", ["名次", "县（市、区）", "下达（万元）", "累计拨付（万元）", "支出率（%）", null],
    (i) => [500, data.spent[i], r2((data.spent[i] / 500) * 100), null],
    (i) => data.spent[i]));
  blocks.push(block("【五】2020年农村网络零售额增速", ["名次", "县（市、区）", "2019年（亿元）", "2020年（亿元）", "同比增长（%）", null],
    (i) => [data.r19[i], data.r20[i], r1((data.r20[i] / data.r19[i] - 1) * 100), null],
    (i) => data.r20[i] / data.r19[i]));
  blocks.push(block("【六】2020年农产品网络零售额增速", ["名次", "县（市、区）", "2019年（亿元）", "2020年（亿元）", "同比增长（%）", null],
    (i) => [data.a19[i], data.a20[i], r1((data.a20[i] / data.a19[i] - 1) * 100), null],
    (i) => data.a20[i] / data.a19[i]));
  blocks.push(block("【七】项目总体进度", ["名次", "县（市、区）", "总体进度（%）", null, null, null],
    (i) => [data.prog[i], null, null, null],
    (i) => data.prog[i]));
  const toIso = (s) => normDate(s);
  const monthsTo = (s) => {
    const [y, m, d] = toIso(s).split("-").map(Number);
    let n = (2021 - y) * 12 + (8 - m);
    if (31 < d) n--;
    return n;
  };
  blocks.push(block("【八】县级电商公共服务中心运营时长", ["名次", "县（市、区）", "投入运营时间", "截至8月31日运营（月）", null, null],
    (i) => [data.opened[i], monthsTo(data.opened[i]), null, null],
    (i) => Number(toIso(data.opened[i]).replace(/-/g, "")), true));
  blocks.push(block("【九】综合排名（市局预评，仅供参考）", ["名次", "县（市、区）", "预评得分", "较7月", null, null],
    (i) => [data.pre[i], data.preDelta[i], null, null],
    (i) => data.pre[i]));
  // 坡头's rank positions vary (self-check that the reader can't just take a fixed row)
  const pos = blocks.map((b) => b.order.indexOf(0));
  assert(new Set(pos).size >= 4, "坡头区 appears at several different positions: " + pos);
  console.log("坡头区 positions per block:", pos.map((p) => p + 1).join(","), "ranks:", blocks.map((b) => b.rows.find((r) => r[1] === "坡头区")[0]).join(","));

  const W = 6, GAP = 1;
  const R = [];
  R.push(["湛江市电子商务进农村综合示范创建主要指标排行榜（数据截至2021年8月31日）"]);
  R.push(["湛江市商务局　2021年9月3日　　（坡头区商务局电商股留存；排行所用数据为各县（市、区）8月底报送数）"]);
  R.push([]);
  const merges = ["A1:M1", "A2:M2"];
  const L = (c) => String.fromCharCode(65 + c);
  for (let b = 0; b < blocks.length; b += 2) {
    const pair = [blocks[b], blocks[b + 1]].filter(Boolean);
    const start = R.length;
    const height = 2 + C.length;
    for (let k = 0; k < height; k++) R.push(new Array(2 * W + GAP).fill(null));
    pair.forEach((blk, j) => {
      const c0 = j * (W + GAP);
      R[start][c0] = blk.title;
      merges.push(`${L(c0)}${start + 1}:${L(c0 + W - 1)}${start + 1}`);
      blk.header.forEach((h, k) => (R[start + 1][c0 + k] = h));
      blk.rows.forEach((row, k) => row.forEach((v, m) => (R[start + 2 + k][c0 + m] = v === undefined ? null : v)));
    });
    R.push([]);
  }
  R.push(["注：1.占比、培训率、覆盖率、支出率由市商务局按各地报送数计算，常住人口超过50万人的按50万人计，行政村超过200个的按200个计；2.名次相同的为并列；3.综合排名为市局预评得分，不作为省考评结果。"]);
  merges.push(`A${R.length}:M${R.length}`);
  const rows = pad(R, 2 * W + GAP);

  // the 坡头区 values, re-derived from the rows actually written
  const find = (title) => {
    const i = rows.findIndex((r) => r.includes(title));
    const c0 = rows[i].indexOf(title);
    for (let k = i + 2; k < i + 2 + C.length; k++) if (rows[k][c0 + 1] === "坡头区") return rows[k].slice(c0, c0 + W);
    throw new Error("no 坡头区 in " + title);
  };
  const b1 = find("【一】培训人次占常住人口比例");
  assert(b1[2] === 33.48 && b1[3] === 3615, "block1");
  const b5 = find("【五】2020年农村网络零售额增速");
  assert(b5[4] === 26.5, "rural growth shown 26.5, got " + b5[4]);
  const b6 = find("【六】2020年农产品网络零售额增速");
  assert(b6[4] === 32.1, "agri growth shown 32.1, got " + b6[4]);
  const b4 = find("【四】省级专项资金支出率");
  assert(b4[3] === 458.06, "spent");

  write("facts", "b82-f2-potou.json", {
    description: "湛江市坡头区商务局电商股把湛江市商务局印发的《电子商务进农村综合示范创建主要指标排行榜》原样留存当事实表：九个小排行榜两两并排（A:F、H:M，中间空一列），每块 合并标题行＋名次|县（市、区）|…表头＋7个县（市、区）按名次排列，坡头区在各块里的位置都不同（第2、3、4、5名…），名次有并列。读法：只读每块里“坡头区”那一行；常住人口33.48万人→334800；培训人次、贫困人口两数、行政村41个、省定贫困村写在“4／4”一格（个数／已覆盖）；资金以万元计（下达500、累计拨付458.06）；零售额亿元、增速一位小数（26.5%、32.1%，零售额与增速都算填报数）；总体进度90%；中心运营时间“2020.6.18”。占比、培训率、覆盖率、支出率是市局算出来的，不是输入；“运营月数”和“综合排名（市局预评）”的得分不是本区自评，不作为claimed；别的县（市、区）的数都不是本区的。",
    sheets: [{ name: "市局排行榜（8月）", rows, merges }],
    expect: {
      facts: {
        residentPopulation: 334800,
        trainingPersonTimesStated: 3615,
        eligiblePoorPersonsStated: 412,
        trainedPoorPersonsStated: 238,
        adminVillagesStated: 41,
        poorVillagesStated: 4,
        fundAllocated: 5000000,
        fundSpentStated: 4580600,
        ruralRetail2019: 586000000,
        ruralRetail2020: 741000000,
        ruralRetailGrowthStated: 0.265,
        agriRetail2019: 112000000,
        agriRetail2020: 148000000,
        agriRetailGrowthStated: 0.321,
        overallProgress: 0.9,
        centerOpened: "2020-06-18",
      },
      judged: {},
    },
  });
}

// ═══════════════════════ FACTS f3: 清远市清城区 ═══════════════════════
function factsQingcheng() {
  const H1 = ["序号", "子项目", "采购方式", "预算金额", "中标（成交）供应商", "中标（成交）金额", "合同签订日期", "合同履行情况（截至2021年8月31日）", "支付情况（截至8月31日）", null, "9月1日以后支付（不计入）", "备注"];
  const H2 = [null, null, null, null, null, null, null, null, "已支付", "支付比例", null, null];
  const items = [
    ["区级电商公共服务中心建设及运营", "公开招标", 150, "清远市清城区农e家电子商务服务有限公司", 146.8, "2020.4.2", "已建成，2020年7月16日投入运营；免费提供电商培训（培训室1间、电脑40台）、农特产品展示销售、摄影美工、品牌推广服务，以及代办注册、开店指导等其他增值服务", 146.8, null, null],
    ["村级电商服务站点建设", "公开招标", 100, "中国邮政集团有限公司清远市清城区分公司", 98.5, "2020.5.20", "建成村级站点61个，覆盖行政村52个（全区行政村67个），4个省定贫困村全覆盖", 78.8, 19.7, "尾款9月6日支付"],
    ["农村电商人才培训服务", "竞争性磋商", 60, "清远市启航职业培训学校", 58, "2020.6.11", "累计培训5,012人次；有劳动能力的建档立卡贫困人口（不含外出务工）286人，已参训163人", 46.4, null, null],
    ["区镇村物流配送体系建设", "公开招标", 80, "清远市清城顺通物流有限公司", 79.2, "2020.6.30", "建成区级分拣中心1个，行政村物流快递覆盖率100%", 63.36, null, null],
    ["第三方电商运营服务", "竞争性磋商", 40, "广东粤农云电商运营有限公司", 39.6, "2020.7.1", "第三方专业运营团队已入驻区电商中心开展运营服务", 39.6, null, null],
    ["农产品品牌培育及溯源体系", "竞争性磋商", 40, "清远市鸡司令品牌策划有限公司", 38.9, "2020.9.15", "制定清远鸡、清城麻竹笋电商交易标准2项，溯源系统已上线", 27.23, 11.67, "验收款9月10日支付"],
    ["电商产业园改造提升", "询价", 30, "清远市城建装饰工程有限公司", 29.6, "2020.8.8", "已完成改造并投入使用，在园企业24家", 29.6, null, null],
  ];
  const R = [];
  R.push(["清城区2019年省级电子商务进农村综合示范项目政府采购及合同执行情况一览表"]);
  R.push(["填报单位：清远市清城区商务局　　资金来源：省级专项资金（粤商务电函〔2019〕29号），下达500万元　　项目总体进度：92%（区领导小组办公室8月31日核定）　　金额单位：万元"]);
  R.push(H1);
  R.push(H2);
  const c2 = (x) => Math.round(x * 100) / 100;
  items.forEach((it, i) => {
    const [name, way, budget, vendor, award, date, perf, paid, later, note] = it;
    R.push([i + 1, name, way, budget, vendor, award, date, perf, paid, c2((paid / award) * 100) + "%", later === null ? "—" : later, note]);
  });
  const sumBudget = items.reduce((a, x) => a + x[2], 0);
  const sumAward = c2(items.reduce((a, x) => a + x[4], 0));
  const sumPaid = c2(items.reduce((a, x) => a + x[7], 0));
  const sumLater = c2(items.reduce((a, x) => a + (x[8] || 0), 0));
  R.push(["合计", null, null, sumBudget, null, sumAward, null, null, sumPaid, c2((sumPaid / 500) * 100) + "%（占下达）", sumLater, null]);
  R.push([]);
  R.push(["注：1.“已支付”为国库集中支付到账数，截至2021年8月31日；9月1日以后支付的另列，不计入考评；2.预算合计与下达资金一致；3.合同履行情况由各承建单位报送、区商务局核实。"]);
  R.push(["填报人：区商务局电商股 邓××　　复核：区财政局经建股 苏××　　填报日期：2021年9月12日"]);
  const rows = pad(R, 12);
  const n = rows.length;
  const merges = ["A1:L1", "A2:L2", "I3:J3", ...["A", "B", "C", "D", "E", "F", "G", "H", "K", "L"].map((c) => `${c}3:${c}4`), `A${n - 3}:C${n - 3}`, `A${n - 1}:L${n - 1}`, `A${n}:L${n}`];
  assert(sumBudget === 500, "budget 500");
  assert(sumPaid === 431.79, "paid 431.79, got " + sumPaid);
  assert(sumLater === 31.37, "later 31.37");
  write("facts", "b82-f3-qingcheng.json", {
    description: "清远市清城区商务局交来的事实表是《2019年省级电子商务进农村综合示范项目政府采购及合同执行情况一览表》（不是自评表）：标题下一行写下达500万元、项目总体进度92%、金额单位万元；两行表头（“支付情况（截至8月31日）”合并在 已支付|支付比例 之上，另有一列“9月1日以后支付（不计入）”），一个子项目一行：采购方式、预算、中标供应商、中标金额、合同签订日期，事实都写在“合同履行情况”句子里（中心2020年7月16日投运及五项服务、全区行政村67个、4个省定贫困村、培训5,012人次、贫困人口286/163人、快递覆盖100%、第三方运营团队入驻、产业园改造完成）。读法：累计拨付取合计行的“已支付”431.79万元（4,317,900元），不是中标金额490.6万元，也不加9月以后支付的31.37万元；“覆盖行政村52个”“建成站点61个”“在园企业24家”不是输入；没有领导、没有自评分。",
    sheets: [{ name: "采购及合同执行", rows, merges }],
    expect: {
      facts: {
        fundAllocated: 5000000,
        overallProgress: 0.92,
        centerOpened: "2020-07-16",
        centerFreeTraining: true,
        centerDisplay: true,
        centerPhoto: true,
        centerBrand: true,
        centerOther: true,
        adminVillagesStated: 67,
        poorVillagesStated: 4,
        trainingPersonTimesStated: 5012,
        eligiblePoorPersonsStated: 286,
        trainedPoorPersonsStated: 163,
        expressCoverage: true,
        thirdPartyOperator: true,
        parkBuilt: true,
        fundSpentStated: 4317900,
      },
      judged: {},
    },
  });
}

// ═══════════════════════ LEDGERS l1: 韶关市武江区 ═══════════════════════
function ledgersWujiang() {
  // ① 站点设备配发及资产登记表 (one station spans several device rows; station cells merged)
  const stations = [
    ["西联村电商服务站", "西联镇", "西联村", "2020.8.26", [["电脑一体机", "联想AIO520", 1, "台"], ["热敏标签打印机", "得力DL-888T", 1, "台"], ["快递货架", "1.8m四层", 2, "组"]], "2020.8.20"],
    ["沐溪村电商服务站", "西联镇", "沐溪村委会", D("2020-09-18"), [["电脑一体机", "联想AIO520", 1, "台"], ["扫码枪", "霍尼韦尔1470g", 1, "把"]], "2020.9.10"],
    ["群星村电商服务站", "西联镇", "群星村", "2020年10月15日", [["电脑一体机", "联想AIO520", 1, "台"], ["热敏标签打印机", "得力DL-888T", 1, "台"], ["电子秤", "30kg", 1, "台"]], "2020.10.9"],
    ["龙归村电商服务站", "龙归镇", "龙归村民委员会", "20201103", [["电脑一体机", "联想AIO520", 1, "台"], ["快递货架", "1.8m四层", 2, "组"]], "2020.10.28"],
    ["冲下村电商服务站", "龙归镇", "冲下村", "2020/11/24", [["电脑一体机", "联想AIO520", 1, "台"], ["扫码枪", "霍尼韦尔1470g", 1, "把"], ["电子秤", "30kg", 1, "台"], ["门头招牌", "3m×0.8m", 1, "块"]], "2020.11.18"],
    ["龙归社区电商服务点", "龙归镇", "龙归社区", "2020.12.8", [["电脑一体机", "联想AIO520", 1, "台"], ["快递货架", "1.8m四层", 1, "组"]], "2020.12.2"],
    ["江湾村电商服务站", "江湾镇", "江湾村", D("2021-01-12"), [["电脑一体机", "联想AIO520", 1, "台"], ["热敏标签打印机", "得力DL-888T", 1, "台"]], "2021.1.6"],
    ["芙蓉村电商服务站", "江湾镇", "芙蓉村委会", "2021.3.5", [["电脑一体机", "联想AIO520", 1, "台"], ["扫码枪", "霍尼韦尔1470g", 1, "把"], ["快递货架", "1.8m四层", 2, "组"]], "2021.2.26"],
    ["重阳村电商服务站", "重阳镇", "重阳村", "2021年4月", [["电脑一体机", "联想AIO520", 1, "台"], ["电子秤", "30kg", 1, "台"]], "2021.4.2"],
    ["东坑村电商服务站", "重阳镇", "东坑村", "2021.6.22", [["电脑一体机", "联想AIO520", 1, "台"], ["热敏标签打印机", "得力DL-888T", 1, "台"], ["门头招牌", "3m×0.8m", 1, "块"]], "2021.6.15"],
  ];
  const R = [];
  R.push(["武江区村级电子商务服务站点设备配发及资产登记表"]);
  R.push(["资产管理部门：武江区商务局　　资金来源：省级电子商务进农村综合示范专项资金　　登记截至：2021年8月31日"]);
  R.push(["资产编号", "站点名称", "所在镇", "所在村（社区）", "站点挂牌时间", "设备名称", "规格型号", "数量", "单位", "配发日期", "领用人"]);
  const merges = ["A1:K1", "A2:K2"];
  const keepers = ["刘桂英", "邓国华", "曾秀兰", "李志强", "黄美珍", "朱建新", "欧阳丽", "钟少芬", "罗伟明", "温凤英"];
  let asset = 1;
  const records = [];
  stations.forEach((s, si) => {
    const [name, town, village, opened, devices, issued] = s;
    const first = R.length + 1;
    devices.forEach((d, di) => {
      R.push(["WJSW-ZD-" + String(asset++).padStart(3, "0"), di === 0 ? name : null, di === 0 ? town : null, di === 0 ? village : null, di === 0 ? opened : null, d[0], d[1], d[2], d[3], issued, di === 0 ? keepers[si] : null]);
    });
    const last = R.length;
    if (last > first) for (const c of ["B", "C", "D", "E", "K"]) merges.push(`${c}${first}:${c}${last}`);
    records.push({ village, opened: normDate(opened) });
  });
  R.push([]);
  R.push(["二、补配设备（站点已在上表登记，不另计站点）"]);
  merges.push(`A${R.length}:K${R.length}`);
  R.push(["WJSW-ZD-" + String(asset++).padStart(3, "0"), "西联村电商服务站", "西联镇", "西联村", "—", "扫码枪", "霍尼韦尔1470g", 1, "把", "2021.3.16", "刘桂英"]);
  R.push(["WJSW-ZD-" + String(asset++).padStart(3, "0"), "龙归村电商服务站", "龙归镇", "龙归村民委员会", "—", "电子秤", "30kg", 1, "台", "2021.5.11", "李志强"]);
  R.push(["WJSW-ZD-" + String(asset++).padStart(3, "0"), "江湾村电商服务站", "江湾镇", "江湾村", "—", "门头招牌", "3m×0.8m", 1, "块", "2021.7.8", "欧阳丽"]);
  R.push([]);
  R.push(["注：1.站点名称、所在镇村、挂牌时间、领用人按站点合并填写，一台（件）设备一行，资产编号一物一号；2.配发日期为设备送达站点日期，站点挂牌时间以区商务局授牌为准；3.合计：站点10个，设备" + (asset - 1) + "台（件）。"]);
  merges.push(`A${R.length}:K${R.length}`);
  R.push(["登记人：区商务局电商股 黄××　　资产管理员：区商务局办公室 潘××"]);
  merges.push(`A${R.length}:K${R.length}`);
  const stationRows = pad(R, 11);
  assert(records.length === 10, "10 stations");
  assert(stationRows.length <= 60, "stations sheet ≤ 60 rows: " + stationRows.length);

  // ② 区政府门户网站信息发布积分统计表（区商务局）: only the 专栏 rows are disclosures
  const COL = "电子商务进农村综合示范专栏";
  const posts = [
    ["2020-09-08 09:15:22", "区商务局开展2020年中秋国庆市场保供检查", "部门动态", 1],
    ["2020-09-18 10:32:15", "9月份（8月）项目建设进度", COL + "／建设进度", 2],
    ["2020-10-20 16:05:40", "武江区电商进农村项目承办单位及项目基本信息公示", COL + "／项目公示", 2],
    ["2020-10-27 11:20:03", "关于开展2020年“双十一”网络促销活动的通知", "通知公告", 1],
    ["2020-11-17 15:41:09", "10月份项目建设进度", COL + "／建设进度", 2],
    ["2020-12-16 09:58:47", "11月份项目建设进度", COL + "／建设进度", 2],
    ["季度小计", null, null, 10],
    ["2021-01-14 10:12:30", "12月份项目建设进度", COL + "／建设进度", 2],
    ["2021-01-26 17:30:11", "武江区电商进农村示范创建工作推进会召开", "部门动态", 1],
    ["2021-02-23 08:47:56", "1月份项目建设进度", COL + "／建设进度", 2],
    ["2021-03-09 14:26:38", "《武江区促进农村电子商务发展若干措施》政策解读", "政策解读", 2],
    ["2021-03-18 11:03:21", "2月份项目建设进度", COL + "／建设进度", 2],
    ["季度小计", null, null, 9],
    ["2021-04-15 09:37:44", "3月份项目建设进度", COL + "／建设进度", 2],
    ["2021-05-13 16:18:02", "4月份项目建设进度", COL + "／建设进度", 2],
    ["2021-05-20 10:44:59", "区商务局开展安全生产大检查", "部门动态", 1],
    ["2021-06-17 15:09:26", "5月份项目建设进度", COL + "／建设进度", 2],
    ["季度小计", null, null, 7],
    ["2021-07-15 09:22:13", "6月份项目建设进度", COL + "／建设进度", 2],
    ["2021-07-29 10:50:37", "关于公开征求电商进农村项目意见建议的公告（监督举报渠道）", COL + "／征求意见", 2],
    ["2021-08-10 11:16:45", "2021年“粤菜师傅”工程电商培训通知", "通知公告", 1],
    ["2021-08-24 15:33:08", "7月份项目建设进度", COL + "／建设进度", 2],
    ["2021-09-02 09:40:51", "8月份项目建设进度", COL + "／建设进度", 2],
    ["季度小计", null, null, 9],
  ];
  const P = [];
  P.push(["武江区人民政府门户网站信息发布积分统计表（区商务局）"]);
  P.push(["统计区间：2020年9月1日—2021年9月5日　　导出：区政务服务数据管理局网站群管理系统　　积分规则见《积分规则》表"]);
  P.push(["序号", "发布时间", "信息标题", "发布栏目", "信息来源", "积分", "备注"]);
  const pmerges = ["A1:G1", "A2:G2"];
  let n = 0;
  const disclosures = [];
  for (const p of posts) {
    if (p[0] === "季度小计") {
      P.push(["季度小计", null, null, null, null, p[3], null]);
      pmerges.push(`A${P.length}:E${P.length}`);
      continue;
    }
    P.push([++n, p[0], p[1], p[2], "区商务局", p[3], null]);
    if (p[2].startsWith(COL)) disclosures.push({ date: p[0].slice(0, 10) });
  }
  // quarter subtotals re-derived
  let acc = 0;
  for (const p of posts) {
    if (p[0] === "季度小计") { assert(acc === p[3], "subtotal " + acc + " vs " + p[3]); acc = 0; } else acc += p[3];
  }
  P.push(["合计", null, null, null, null, posts.filter((p) => p[0] === "季度小计").reduce((a, p) => a + p[3], 0), null]);
  pmerges.push(`A${P.length}:E${P.length}`);
  P.push(["注：本表为全局在区政府门户网站发布的全部信息；“电子商务进农村综合示范专栏”稿件每条2分，其他栏目每条1分（政策解读2分）。"]);
  pmerges.push(`A${P.length}:G${P.length}`);
  const postRows = pad(P, 7);

  const rules = pad([
    ["区政府门户网站信息发布积分规则（2020年修订）"],
    ["一、各单位在门户网站发布的信息按条计分，每季度通报一次。"],
    ["二、部门动态、通知公告每条1分；政策解读每条2分；专题专栏稿件每条2分。"],
    ["三、转载稿件不计分；被市级以上网站采用的另加1分。"],
    ["四、本规则自2020年7月1日起执行。"],
    ["区政务服务数据管理局　2020年6月28日"],
  ], 1);

  assert(disclosures.length === 14, "14 column updates, got " + disclosures.length);
  write("ledgers", "b82-l1-wujiang.json", {
    description: "韶关市武江区商务局电商股交的两张“借来的表”加一页规则：①区商务局办公室的《村级电子商务服务站点设备配发及资产登记表》当站点台账——一台（件）设备一行（资产编号一物一号），站点名称、所在镇、所在村、站点挂牌时间、领用人按站点纵向合并（每站2—4行），另有“配发日期”列（设备送达日，比挂牌早几天，不是建站日期）；表下“二、补配设备（站点已在上表登记，不另计站点）”三行重复写了三个已登记站点的名称和村名，挂牌时间填“—”，不是新站点；龙归社区一站是社区站点（照记）。②区政务服务数据管理局网站群系统导出的《信息发布积分统计表（区商务局）》当专栏更新记录——全局所有稿件混在一起（部门动态、通知公告、政策解读），只有“发布栏目”以“电子商务进农村综合示范专栏”开头的才是专栏更新（含“征求意见”子栏目一条）；“武江区电商进农村示范创建工作推进会召开”发在部门动态，不是专栏更新；“季度小计”“合计”行不是记录；发布时间为“2021-09-02 09:40:51”式文本，取日期；9月2日那条照记（是否计入由截止日判断）。③《积分规则》纯文字，不是台账。",
    sheets: [
      { name: "站点设备资产登记", rows: stationRows, merges },
      { name: "信息发布积分", rows: postRows, merges: pmerges },
      { name: "积分规则", rows: rules, merges: [] },
    ],
    expect: {
      sheets: {
        "站点设备资产登记": { kind: "stations", records },
        "信息发布积分": { kind: "disclosures", records: disclosures },
        "积分规则": { kind: null },
      },
    },
  });
  
}

// ═══════════════════════ LEDGERS l2: 梅州市梅县区 ═══════════════════════
function ledgersMeixian() {
  // ① 网格划分及网格员名册 → villages (one village may have several 网格; 专属网格 are not villages)
  const grids = [
    ["松口镇", "松口社区", "松口社区第一网格", "城镇社区网格", null],
    ["松口镇", "松口社区", "松口社区第二网格", "城镇社区网格", null],
    ["松口镇", "大塘村委会", "大塘村网格", "农村网格", null],
    ["松口镇", "铜琶村委会", "铜琶村第一网格", "农村网格", null],
    ["松口镇", "铜琶村委会", "铜琶村第二网格", "农村网格", null],
    ["松口镇", "石盘村委会", "石盘村网格", "农村网格", null],
    ["松口镇", "梅东村委会", "梅东村网格", "农村网格", "省定"],
    ["松口镇", "仙口村委会", "仙口村网格", "农村网格", null],
    ["松口镇", "大黄村委会", "大黄村第一网格", "农村网格", "省定"],
    ["松口镇", "大黄村委会", "大黄村第二网格", "农村网格", "省定"],
    ["松口镇", "五星村委会", "五星村网格", "农村网格", null],
    ["松口镇", "（镇直）", "松口中学专属网格", "专属网格（学校）", null],
    ["雁洋镇", "雁洋社区", "雁洋社区网格", "城镇社区网格", null],
    ["雁洋镇", "南福村委会", "南福村第一网格", "农村网格", null],
    ["雁洋镇", "南福村委会", "南福村第二网格", "农村网格", null],
    ["雁洋镇", "雁上村委会", "雁上村网格", "农村网格", "市定"],
    ["雁洋镇", "长教村委会", "长教村网格", "农村网格", null],
    ["雁洋镇", "阴那村委会", "阴那村第一网格", "农村网格", "省定"],
    ["雁洋镇", "阴那村委会", "阴那村第二网格", "农村网格", "省定"],
    ["雁洋镇", "桥溪村委会", "桥溪村网格", "农村网格", null],
    ["雁洋镇", "三乡村委会", "三乡村网格", "农村网格", null],
    ["雁洋镇", "塘心村委会", "塘心村网格", "农村网格", null],
    ["雁洋镇", "（镇直）", "雁南飞茶田景区专属网格", "专属网格（景区）", null],
  ];
  const gm = ["李伟东", "张秀梅", "叶国強", "古丽芳", "黄志坚", "刘玉兰", "丘建明", "钟美华", "温少雄", "廖春燕", "曾志华", "侯文静", "杨振兴", "罗小红", "谢永康", "邱惠珍", "朱海平", "陈丽娜", "梁伟强", "何秀娟", "林国栋", "潘月英", "饶新华"];
  const G = [];
  G.push(["梅县区网格化服务管理网格划分及专职网格员名册（节选：松口镇、雁洋镇）"]);
  G.push(["来源：区委政法委（区综治中心）2021年7月更新　　电商股摘录，作村（居）委会名单用"]);
  G.push(["网格编码", "镇", "所属村（社区）", "网格名称", "网格类型", "专职网格员", "联系电话", "重点标识"]);
  const townCode = { "松口镇": "441403106", "雁洋镇": "441403108" };
  const counter = {};
  grids.forEach((g, i) => {
    counter[g[0]] = (counter[g[0]] || 0) + 1;
    G.push([townCode[g[0]] + String(counter[g[0]]).padStart(3, "0") + "00", g[0], g[1], g[2], g[3], gm[i], "1382" + String(3300000 + i * 4711).padStart(7, "0"), g[4] ? g[4] + "相对贫困村" : null]);
  });
  G.push([]);
  G.push(["注：1.一个村（社区）按户数划分1—2个网格；专属网格为镇直管的学校、景区，不属任何村（社区）；2.“重点标识”：省定＝省定相对贫困村；市定＝梅州市定帮扶村，不属省定贫困村。"]);
  const gRows = pad(G, 8);
  const gMerges = ["A1:H1", "A2:H2", `A${G.length}:H${G.length}`];
  const villages = [];
  const seenV = new Set();
  for (const g of grids) {
    if (g[1] === "（镇直）") continue;
    if (seenV.has(g[1])) continue;
    seenV.add(g[1]);
    const rec = { name: g[1], admin: g[3] === "农村网格" };
    if (g[4] === "省定") rec.poor = true;
    if (g[4] === "市定") rec.poor = false;
    villages.push(rec);
  }
  assert(villages.length === 16, "16 villages, got " + villages.length);
  assert(villages.filter((v) => !v.admin).length === 2, "2 社区");

  // ② 防返贫动态监测入户走访记录 → poorPersons (each person visited once or twice; one record per person)
  const hh = [
    ["南福村", "刘德华", [["刘德华", "户主", fixId("441421196503121817"), "普通劳动力", "在家"], ["刘建军", "之子", fixId("441421198908231836"), "普通劳动力", "县外务工（深圳）"], ["刘小燕", "之孙女", fixId("441421201306151828"), "无劳动力（在校生）", "—"]]],
    ["南福村", "黄秀英", [["黄秀英", "户主", fixId("441421195807091825"), "丧失劳动力", "—"], ["李国平", "之子", fixId("441421198211021814"), "技能劳动力", "县内务工（雁洋镇茶厂）"]]],
    ["阴那村", "古金水", [["古金水", "户主", idWithX("44142119700415").toLowerCase(), "普通劳动力", "在家"], ["古丽娟", "之女", fixId("441421199601271841"), "普通劳动力", "县外务工（广州）"]]],
    ["阴那村", "钟桂兰", [["钟桂兰", "户主", fixId("441421196211301829"), "普通劳动力", "县内务工（景区保洁）"]]],
    ["雁上村", "温石生", [["温石生", "户主", fixId("441421196707081811"), "普通劳动力", "在家"], ["张月娥", "之妻", fixId("441421196909191827"), "无劳动力", "—"]]],
    ["长教村", "叶志明", [["叶志明", "户主", fixId("441421197403051853"), "技能劳动力", "县外务工（东莞）"], ["叶晓婷", "之女", fixId("441421200010111845"), "普通劳动力", "在家"]]],
    ["塘心村", "邓伟强", [["邓伟强", "户主", fixId("441421197911201817"), "普通劳动力", "在家"]]],
  ];
  const visits = [
    ["2021.3.16", [0, 1, 2]],
    ["2021年3月17日", [3, 4]],
    ["2021.3.18", [5]],
    [D("2021-06-22"), [0, 1, 3]],
    ["2021.6.23", [2, 6]],
  ];
  const W = [];
  W.push(["雁洋镇防返贫动态监测入户走访记录（2021年1—8月）"]);
  W.push(["说明：劳动能力按国扶系统口径（普通劳动力、技能劳动力、无劳动力、丧失劳动力）；务工情况按“在家”“县内务工”“县外务工（地点）”填写，县外务工即外出务工。"]);
  W.push(["序号", "走访日期", "村", "户主", "成员姓名", "与户主关系", "身份证号", "劳动能力", "务工情况", "走访发现问题", "走访人"]);
  const wMerges = ["A1:K1", "A2:K2"];
  const persons = [];
  const seenP = new Set();
  let seq = 0;
  const issues = ["无", "饮水已解决", "已落实公益岗位", "无", "申请电商培训", "无", "无"];
  for (const [date, hIdx] of visits) {
    for (const h of hIdx) {
      const [vil, head, members] = hh[h];
      const first = W.length + 1;
      members.forEach((m, mi) => {
        // second visits write the trailing X in upper case, first visit of 古金水 in lower case
        let id = m[2];
        if (h === 2 && mi === 0 && normDate(date) > "2021-04") id = id.toUpperCase();
        W.push([++seq, mi === 0 ? date : null, mi === 0 ? vil : null, mi === 0 ? head : null, m[0], m[1], id, m[3], m[4], mi === 0 ? issues[h] : null, mi === 0 ? "镇乡村振兴办 丘××" : null]);
        const key = m[2].toUpperCase();
        if (!seenP.has(key)) {
          seenP.add(key);
          const labour = /普通|技能/.test(m[3]) ? true : /无劳动力|丧失/.test(m[3]) ? false : null;
          const migrant = m[4] === "—" ? null : m[4].startsWith("县外");
          persons.push({ id: key, labour, migrant });
        }
      });
      const last = W.length;
      if (last > first) for (const c of ["B", "C", "D", "J", "K"]) wMerges.push(`${c}${first}:${c}${last}`);
    }
  }
  W.push([]);
  W.push(["注：3月为第一轮走访（南福、阴那、雁上、长教），6月为第二轮（复访及新增塘心村邓伟强户）；同一人多次走访只在名单中算一人。"]);
  wMerges.push(`A${W.length}:K${W.length}`);
  const wRows = pad(W, 11);
  const totalMembers = hh.reduce((a, h) => a + h[2].length, 0);
  assert(persons.length === totalMembers && totalMembers === 13, "13 distinct persons, got " + persons.length);
  assert(seq > persons.length, "more visit rows than persons");
  assert(wRows.length <= 60 && gRows.length <= 60, "sizes");

  const note = pad([
    ["说明"],
    ["1.本区没有单独的村（居）委会名单，《网格名册》由区综治中心提供，电商股摘录松口、雁洋两镇作为村（居）委会名单，“农村网格”对应行政村，“城镇社区网格”对应社区。"],
    ["2.贫困人口情况以镇乡村振兴办入户走访记录为准，走访日期2021年3月16日至6月23日。"],
    ["3.联系人：区商务局电商股 侯××，2021年9月1日。"],
  ], 1);

  write("ledgers", "b82-l2-meixian.json", {
    description: "梅州市梅县区商务局电商股交的两张“借来的表”加说明页：①区综治中心《网格划分及专职网格员名册》（节选松口、雁洋两镇）当村（居）委会名单——一行一个网格，不是一个村：一个村（社区）有1—2个网格（“铜琶村第一网格”“铜琶村第二网格”同属铜琶村委会，只是一个村），“城镇社区网格”对应社区（admin false），“专属网格（学校）”“专属网格（景区）”所属村写“（镇直）”，不是村；村名取“所属村（社区）”列（“××村委会”），不取网格名称；“重点标识”列“省定相对贫困村”是省定贫困村，“市定相对贫困村”按表下注不是省定贫困村（poor false），空白不作判断；无快递列。②雁洋镇乡村振兴办《防返贫动态监测入户走访记录》当贫困人口名单——一户一块（走访日期、村、户主、走访发现问题、走访人纵向合并），3月、6月两轮走访，同一人出现两次只算一人（古金水身份证号第一次末位小写x、第二次大写X，是同一人）；劳动能力“普通/技能劳动力”为有、“无劳动力（在校生）”“丧失劳动力”为无；务工“县外务工（深圳）”为外出务工，“县内务工（镇茶厂）”“在家”不是，“—”为未填。③说明页不是台账。",
    sheets: [
      { name: "网格名册", rows: gRows, merges: gMerges },
      { name: "入户走访记录", rows: wRows, merges: wMerges },
      { name: "说明", rows: note, merges: [] },
    ],
    expect: {
      sheets: {
        "网格名册": { kind: "villages", records: villages },
        "入户走访记录": { kind: "poorPersons", records: persons },
        "说明": { kind: null },
      },
    },
  });
}

county();
factsDoumen();
factsPotou();
factsQingcheng();
ledgersWujiang();
ledgersMeixian();
console.log("all self-checks passed");
