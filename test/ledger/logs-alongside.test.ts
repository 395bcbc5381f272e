/**
 * Layouts met in the 211th–216th blind batches and the ones left from the 206th: a report log a month a row that
 * keeps the 专栏's updates in columns of its own, a claims table's 主观评分 column listing an indicator's items with
 * their points, a sign-in sheet's 备注 of one who never came (缺席), an evidence binder's PDF bookmarks pasted a level
 * a column (一级书签 | 二级书签 | … | 页码), the leader in brackets after the notice that set the group up, a poor
 * trainees' list naming a session table's attendees again, a column's screenshot listing what it shows, a payment
 * register's 本次支付 beside 累计支付, a centre's visitors' book, Excel's pivot table over a ledger, a village become a
 * community with its former name in brackets, basic figures appended under a schedule (附：基本数据, label | value
 * pairs), each office's figures beside the one adopted (县商务局 | 县统计局 | … | 最终采用).
 */
import { Diagnostics } from "../../src/core/diagnostics";
import type { Merge, Sheet } from "../../src/core/grid";
import { deriveTrainingFacts } from "../../src/ledger/derive";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { leaderInSentence } from "../../src/ledger/leader";
import { readLedgers } from "../../src/ledger/read";
import { formatDate } from "../../src/scoring/dates";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });
const read = (...sheets: Sheet[]) => readLedgers({ sheets }, GD_2019);
const claimsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).claims.map((c) => [c.indicator, c.value]));
const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
const day = (d: { y: number; m: number; d?: number } | null | undefined) => (d ? formatDate(d) : null);

test("a report log a month a row with the 专栏's update days beside (专栏更新日期 | 当月更新条数): read as both logs", () => {
  const sheet: Sheet = {
    name: "报送及更新",
    rows: [
      ["某市月报报送及专栏更新情况登记"],
      ["月份", "月报报送日期", "报送对象", "含电商扶贫统计", "专栏更新日期", "当月更新条数"],
      ["2020年12月", "2020.12.4", "市商务局", "是", "12月18日；12月23日", 2],
      ["2021年1月", "2021.1.7", "市商务局", "是", "—", 0],
      ["2021年2月", "2021.2.4", "市商务局", "是", "2月24日", 1],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.reports.map((r) => day(r.date))).toEqual(["2020-12-04", "2021-01-07", "2021-02-04"]);
  expect(ledgers.disclosures.map((d) => [day(d.date), d.source.row])).toEqual([
    ["2020-12-18", 3],
    ["2020-12-23", 3],
    ["2021-02-24", 5],
  ]);
});

test("a claims table's 主观评分 column: a lone figure the indicator's one item, \"管理制度2，工作台账1\" each item's points", () => {
  const sheet: Sheet = {
    name: "自评汇总",
    rows: [
      ["某区电子商务进农村综合示范创建考评自评汇总", null, null, null, null, null],
      ["工作任务", "评价指标", "分值", "自评分", "主观评分", "说明"],
      ["加强组织领导与统筹协调", "组织领导", 2, 2, null, null],
      [null, "方案制定", 2, 2, "2", null],
      [null, "政策支持", 2, 2, "2", null],
      [null, "项目管理", 4, 3, "管理制度2，工作台账1", null],
      [null, "小计", 10, 9, null, null],
      ["深入推动电子商务进农村工作", "服务体系建设（县级中心与产业园）", 15, 15, null, null],
      [null, "服务体系建设（村级站点覆盖）", 10, 10, null, null],
      [null, "农村产品上行", 10, 8, "网销调研2，促销活动1，交易标准及冷链溯源1", null],
      [null, "电商人才培训", 20, 20, null, null],
      [null, "小计", 55, 53, null, null],
      ["加强信息公开及报送", "信息公开", 4, 4, null, null],
      [null, "数据上报", 6, 6, null, null],
      [null, "小计", 10, 10, null, null],
      ["加强宣传推广", "案例总结", 2, 2, null, null],
      [null, "经验推广", 8, 5, null, null],
      [null, "小计", 10, 7, null, null],
      ["加强财政资金管理", "制度建立", 5, 4, "4", null],
      [null, "资金台账", 5, 5, "5", null],
      [null, "资金支出", 5, 4, "及时拨付4", null],
      [null, "小计", 15, 13, null, null],
      ["加分项", "贫困人口培训率70%及以上", 2, 2, null, null],
      [null, "电商扶贫典型案例获电视播报", 2, 1, null, "广东广播电视台珠江频道播报"],
      [null, "小计", 4, 3, null, null],
      ["一票否决项", "未发生安全生产、质量事故；项目总体进度88%；无弄虚作假", null, null, null, null],
      ["合计", null, 100, 95, null, "其中加分3分"],
    ],
    // (工作任务 merged down each group; the veto line's and the total's first cells merged.)
    merges: [m(0, 0, 0, 5), m(2, 0, 5, 0), m(7, 0, 10, 0), m(12, 0, 13, 0), m(15, 0, 16, 0), m(18, 0, 20, 0), m(22, 0, 23, 0), m(26, 0, 26, 1)],
  };
  const facts = factsOf(sheet);
  const judged = (key: string) => parseFloat(String(facts[`judged:${key}`]));
  expect(["org.management.system", "org.management.ledger"].map(judged)).toEqual([2, 1]);
  expect(["work.upward.research", "work.upward.promotion", "work.upward.standards"].map(judged)).toEqual([2, 1, 1]);
  expect(judged("fund.spending")).toBe(4);
});

test("a sign-in sheet's 备注 缺席 (its 签到 blank): no trainee; 缺席半天 still trained", () => {
  const sheet: Sheet = {
    name: "培训签到",
    rows: [
      ["第1期　农村电商基础班　　培训时间：2021年3月16日"],
      ["序号", "姓名", "身份证号", "体温（℃）", "健康码", "签到", "备注"],
      [1, "邓军", "445202200105105797", 36.3, "绿码", "√", null],
      [2, "邓明强", "44520219881019780X", null, null, null, "缺席"],
      [3, "林伟", "445202198808143255", 36.6, "绿码", "√", "缺席半天"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.training.map((t) => [t.id?.text, day(t.date)])).toEqual([
    ["445202200105105797", "2021-03-16"],
    ["445202198808143255", "2021-03-16"],
  ]);
});

test("an evidence binder's PDF bookmarks (一级书签 | 二级书签 | 三级书签 | 页码): each title read where it stands, its claims and judged points", () => {
  const sheet: Sheet = {
    name: "佐证材料书签",
    rows: [
      ["某区电子商务进农村综合示范考评佐证材料汇编（PDF）书签"],
      ["说明：书签由PDF编辑器导出后粘贴；书签中“自评×分”为我区自评分；材料数据均截至2021年8月31日。"],
      ["序号", "一级书签", "二级书签", "三级书签", "页码"],
      [1, "封面", null, null, 1],
      [2, "区情概况", null, null, 4],
      [3, null, "常住人口17.52万人（第七次全国人口普查公报）", null, 4],
      [4, null, "行政村55个、社区居委会15个（区民政局）", null, 5],
      [5, "一、加强组织领导与统筹协调（10分）自评10分", null, null, 7],
      [6, null, "1.组织领导（2分）自评2分", null, 7],
      [7, null, null, "关于成立区电子商务进农村综合示范创建工作领导小组的通知（区长任组长）", 7],
      [8, null, "2.方案制定（2分）自评2分", null, 10],
      [9, null, null, "《某区电子商务进农村综合示范创建工作方案》（已正式印发）", 10],
      [10, null, "4.项目管理（4分）自评3分", null, 15],
      [11, null, null, "项目管理制度及验收记录（自评2分）", 15],
      [12, null, null, "工作台账（自评1分）", 18],
      [13, "二、深入推动电子商务进农村工作（55分）自评54分", null, null, 20],
      [14, null, "8.电商人才培训（20分）自评20分", null, 52],
      [15, null, null, "8-1 累计培训1,740人次（约占常住人口1%）", 52],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.residentPopulation, facts.adminVillagesStated, facts.trainingPersonTimesStated]).toEqual(["17.52万人", "55个", "1,740人次"]);
  expect(facts.planIssued).toBe("是");
  expect([parseFloat(String(facts["judged:org.management.system"])), parseFloat(String(facts["judged:org.management.ledger"]))]).toEqual([2, 1]);
  // (Each fact's evidence is the bookmark's own cell.)
  expect(readFactsSheet(sheet, GD_2019).entries.find((e) => e.key === "residentPopulation")?.cell).toBe("C6");
  // (A section's line sums its indicators': 组织领导 claims its own 2, not the section's 10.)
  const claims = claimsOf(sheet);
  expect([claims["org.leadership"], claims["org.plan"], claims["org.management"], claims["work.training"]]).toEqual([2, 2, 3, 20]);
});

test("the leader in brackets after the notice that set the group up (…的通知（区长任组长）), or in a target (成立市长任组长…)", () => {
  expect(leaderInSentence("鼎府办〔2020〕18号 关于成立区电子商务进农村综合示范创建工作领导小组的通知（区长任组长）")).toBe("区长");
  expect(leaderInSentence("关于成立工作领导小组的通知（副区长任组长）")).toBe("副区长");
  // (…or a schedule's target, "成立市长任组长、多部门参与的领导小组": the group set up, 成立 no part of the title.)
  expect(leaderInSentence("成立市长任组长、多部门参与的领导小组")).toBe("市长");
});

test("a poor trainees' list whose every person sat a session of the session table: named for the poor rate, its 人次 counted once", () => {
  const sessions: Sheet = {
    name: "培训台账",
    rows: [
      ["某区农村电子商务培训台账"],
      ["期次", "培训日期", "培训内容", "培训人次", "其中脱贫人口"],
      ["第1期", "2020.9.24", "农村电商基础知识", 117, 1],
      ["第2期", "2020.10.29", "网店开设与运营", 115, 2],
      ["第3期", "2021.4.12-14", "电商客服与物流", 173, 1],
    ],
  };
  const list = (dayOfThird: string): Sheet => ({
    name: "脱贫人口参训名单",
    rows: [
      ["脱贫人口参加电商培训名单"],
      ["序号", "姓名", "身份证号", "参训期次", "培训日期"],
      [1, "陈某嘉", "441203198205281432", "第1期", "2020.9.24"],
      [2, "林某荣", "441203200107279646", "第2期", "2020.10.29"],
      [3, "谭某强", "441203199902132138", "第2期", "2020.10.29"],
      [4, "彭某翠", "441203199203019750", "第3期", dayOfThird],
    ],
  });
  const roster: Sheet = {
    name: "脱贫人口",
    rows: [
      ["姓名", "身份证号", "劳动能力", "务工情况"],
      ["陈某嘉", "441203198205281432", "有劳动能力", "在家"],
      ["林某荣", "441203200107279646", "有劳动能力", "在家"],
      ["王某", "441203199001010011", "有劳动能力", "在家"],
    ],
  };
  const derived = (dayOfThird: string) => {
    const { ledgers } = read(sessions, list(dayOfThird), roster);
    const facts: Record<string, { kind: string; value?: { toDecimal(n: number): string } }> = {};
    deriveTrainingFacts(ledgers, facts as never, { y: 2021, m: 8, d: 31 }, new Diagnostics());
    return [facts.trainingPersonTimes?.value?.toDecimal(0), facts.trainedPoorPersons?.value?.toDecimal(0)];
  };
  expect(derived("2021.4.12-14")).toEqual(["405", "2"]);
  // (…a person on a day the table has no session, a special session of its own: the list's persons add their 人次.)
  expect(derived("2021.5.20")).toEqual(["409", "2"]);
});

test('an evidence binder\'s "区政府网站专栏截图：创建方案、项目基本信息、建设进度、监督举报窗口": the column shows each', () => {
  const sheet: Sheet = {
    name: "佐证材料目录",
    rows: [
      ["某区佐证材料汇编书签"],
      ["说明：材料数据均截至2021年8月31日。"],
      ["序号", "一级书签", "二级书签", "页码"],
      [1, "三、加强信息公开及报送（10分）自评10分", null, 57],
      [2, null, "9.信息公开（4分）自评4分", 57],
      [3, null, "区政府网站专栏截图：创建方案、项目基本信息、建设进度、监督举报窗口", 57],
      [4, null, "专栏更新记录", 61],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.disclosurePlan, facts.disclosureProjects, facts.disclosureProgress, facts.disclosureWindow]).toEqual(["是", "是", "是", "是"]);
});

test("a payment register's 本次支付 beside 合同金额 and 累计支付: each payment read, the running total and the contract not", () => {
  const sheet: Sheet = {
    name: "资金支付",
    rows: [
      ["某区电子商务进农村综合示范专项资金支付登记表"],
      ["单位：元"],
      ["序号", "合同名称", "收款单位", "合同金额", "本次支付", "累计支付", "累计支付比例", "支付日期", "备注"],
      [1, "公共服务中心建设运营", "某电子商务有限公司", 1500000, 450000, 450000, "30%", "2020年9月25日", "预付款"],
      [2, "公共服务中心建设运营", "某电子商务有限公司", 1500000, 450000, 900000, "60%", "2021.1.20", "进度款"],
      [3, "村级电商服务站点建设", "某邮政分公司", 1000000, "—", 700000, "70%", "待验收后支付", "尾款（验收合格后支付）"],
    ],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.funds.map((f) => [f.amount.toDecimal(0), day(f.date)])).toEqual([
    ["450000", "2020-09-25"],
    ["450000", "2021-01-20"],
  ]);
});

test("a centre's visitors' book (来访日期 | 姓名 | 身份证号 | 来访事由 | 接待人) is no training", () => {
  const sheet: Sheet = {
    name: "中心来访登记",
    rows: [
      ["某区电子商务公共服务中心来访登记簿"],
      ["序号", "来访日期", "姓名", "身份证号", "单位／住址", "来访事由", "接待人"],
      [1, "2021.6.1", "蔡某芳", "440115********5770", "某镇某村", "参观考察", "何××"],
      [2, "2021.6.6", "钟某", "440115********0178", "某农业科技有限公司", "咨询开店流程", "冯××"],
      [3, "2021.6.14", "谭某", "440115********4904", "某中学", "预约直播间", "何××"],
    ],
  };
  const { ledgers, recognitions } = read(sheet);
  expect(recognitions[0].kind).toBeNull();
  expect(ledgers.training).toEqual([]);
});

test("Excel's pivot table over the fund ledger (行标签 | 求和项:金额（万元） | 计数项:项目) is set aside, so nothing is paid twice", () => {
  const pivot: Sheet = {
    name: "数据透视",
    rows: [
      ["行标签", "求和项:金额（万元）", "计数项:项目"],
      ["中心建设及运营", 58.6, 1],
      ["站点建设", 71.01, 2],
      ["总计", 129.61, 3],
    ],
  };
  const { ledgers, recognitions, diagnostics } = read(pivot);
  expect(recognitions[0].kind).toBeNull();
  expect(ledgers.funds).toEqual([]);
  expect(diagnostics.list.some((d) => d.sheet === "数据透视" && d.message.includes("数据透视表"))).toBe(true);
});

test("a village become a community, its former name in brackets (下围社区居民委员会(原下围村)): a community", () => {
  const sheet: Sheet = {
    name: "村居通讯录",
    rows: [
      ["某区村（居）民委员会通讯录"],
      ["序号", "镇", "名称", "办公地址", "邮政编码", "办公电话"],
      [1, "三灶镇", "上围村民委员会", "某区三灶镇上围村28号", "519040", "0756-7000001"],
      [2, null, "下围社区居民委员会（原下围村）", "某区三灶镇下围路19号", "519040", "0756-7000002"],
      [3, null, "中心村委会", "某区三灶镇中心村8号", "519040", "0756-7000003"],
    ],
    merges: [m(2, 1, 4, 1)],
  };
  const { ledgers } = read(sheet);
  expect(ledgers.villages.map((v) => [v.key, v.type])).toEqual([
    ["上围", "admin"],
    ["下围", "residents"],
    ["中心", "admin"],
  ]);
});

test("a schedule with its basic figures appended under it (附：基本数据, label | value pairs): each figure read", () => {
  const sheet: Sheet = {
    name: "倒排工期表",
    rows: [
      ["某市创建省级电子商务进农村综合示范县迎检工作倒排工期表（完成情况截至2021年8月31日）"],
      ["序号", "考评指标（分值）", "目标要求", "责任单位", "完成时限", "完成情况（截至8月31日）", "状态", "细项自评", "指标自评分"],
      [1, "组织领导（2分）", "成立市长任组长、多部门参与的领导小组", "市商务局", "2020年3月", "2020年3月12日成立，市长任组长", "已完成", null, 2],
      [2, "方案制定（2分）", "正式印发示范创建工作方案", "市商务局", "2020年4月", "2020年4月20日正式印发", "已完成", null, 2],
      [3, "资金支出（5分）", "资金支出率70%以上并及时拨付", "市财政局", "2021年8月", "截至8月31日支出3,790,200.00元", "已完成", null, 4],
      [null, "自评合计", null, null, null, null, null, null, "8"],
      [null],
      ["附：基本数据"],
      ["常住人口", "117.63万人", null, "行政村", "300个", null, "居委会", "24个"],
      ["省定贫困村", "30个", null, "下达资金", "500万元", null, "考评截止日期", "2021-08-31"],
    ],
    merges: [m(0, 0, 0, 8)],
  };
  const facts = factsOf(sheet);
  expect([facts.residentPopulation, facts.adminVillagesStated, facts.poorVillagesStated, facts.fundAllocated]).toEqual(["117.63万人", "300个", "30个", "500万元"]);
  expect(readFactsSheet(sheet, GD_2019).entries.find((e) => e.key === "residentPopulation")?.cell).toBe("B9");
});

test("each office's figure in a column of its own beside the one adopted (县商务局 | 县统计局 | … | 最终采用): the adopted one", () => {
  const sheet: Sheet = {
    name: "部门报数汇总",
    rows: [
      ["某县电子商务进农村综合示范考评基础数据部门报数汇总表"],
      ["说明：数据截至2021年8月31日。D—H列为各单位报来的原始数，“最终采用”为县商务局核定后的数。"],
      ["序号", "事项", "单位", "县商务局", "县财政局", "县统计局", "县乡村振兴局", "县民政局", "最终采用", "备注"],
      [1, "常住人口", "万人", 23.06, null, 19.63, null, null, 19.63, "商务局误报户籍人口"],
      [2, "行政村数", "个", null, null, null, null, 40, 40, "另有社区居委会6个"],
      [3, "2019年农村网络零售额", "亿元", 8.5, null, 8.42, null, null, 8.42, "省商务厅平台数"],
      [4, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", 36, null, null, 30, null, 30, "商务局报数含外出务工6人"],
    ],
  };
  const entries = readFactsSheet(sheet, GD_2019).entries;
  const at = (key: string) => entries.filter((e) => e.key === key).map((e) => [String(e.value), e.cell]);
  expect(at("residentPopulation")).toEqual([["19.63", "I4"]]);
  expect(at("ruralRetail2019")).toEqual([["8.42", "I6"]]);
  expect(at("eligiblePoorPersonsStated")).toEqual([["30", "I7"]]);
});
