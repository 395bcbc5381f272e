/**
 * Layouts met in the 229th–244th blind batches: tables kept jointly with others (a town-by-town table whose
 * 区级 column is one part of its 全区 one, a city's shared sheet a county a pair of columns, eight towns'
 * returns pasted as a grid of blocks), a questionnaire asking 是否未发生, a part of a count on a Word
 * paragraph of its own, a form's dictionary codes, and judged points named 自评：…（1-5）.
 */
import type { CellValue, Sheet } from "../../src/core/grid";
import { leaderLevel } from "../../src/ledger/leader";
import { readFactsSheet } from "../../src/ledger/facts/read";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const m = (top: number, left: number, bottom: number, right: number) => ({ top, left, bottom, right });
const factsOf = (sheet: Sheet) => Object.fromEntries(readFactsSheet(sheet, GD_2019).entries.map((e) => [e.key, e.value]));
const inputOf = (sheets: Sheet[]) => {
  const read = readLedgers({ sheets }, GD_2019);
  return toScoringInput(read.ledgers, GD_2019, read.diagnostics);
};
const num = (v: unknown) => (v && typeof v === "object" && "value" in v ? Number((v as { value: { toNumber(): number } }).value.toNumber()) : undefined);

test("a table by town with a 区级 column beside 全区: the 全区 figure where it is filled, the 区级 answer where only it is", () => {
  const sheet: Sheet = {
    name: "镇街分列",
    rows: [
      ["××区电子商务进农村综合示范考评数据镇街分列表"],
      ["序号", "项目", "单位", "西南街道", "白坭镇", "乐平镇", "芦苞镇", "区级", "全区", "备注"],
      [1, "常住人口", "万人", 21.36, 7.12, 14.55, 6.21, "—", 49.24, null],
      [2, "示范创建工作方案正式印发", "是/否", "—", "—", "—", "—", "是", "—", null],
      [3, "电商培训人次", "人次", 612, 402, 517, 296, 1568, 3395, "区级为区电商公共服务中心组织"],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.residentPopulation, facts.planIssued, facts.trainingPersonTimesStated].map(String)).toEqual(["49.24", "是", "3395"]);
});

test("a questionnaire asking 是否未发生…, its option B 是（未发生）: no incident", () => {
  const sheet: Sheet = {
    name: "调查问卷",
    rows: [
      ["题号", "题目", "题型", "选项", "答案", "备注"],
      [35, "是否存在弄虚作假情况", "单选", "A.是　B.否", "B", null],
      [36, "是否未发生安全生产、质量事故或重大经济损失", "单选", "A.否（发生过）　B.是（未发生）", "B", "注意本题选项顺序"],
      [37, "全区常住人口（万人）", "填空", null, "80.43", null],
      [38, "示范创建工作方案是否已正式印发", "单选", "A.是　B.否", "A", null],
      [39, "是否已出台支持农村电商发展的政策", "单选", "A.是　B.否", "B", null],
    ],
  };
  const input = inputOf([sheet]);
  expect([input.facts.vetoIncident?.value, input.facts.vetoFraud?.value]).toEqual([false, false]);
});

test("其中参加电商培训 under a count whose name carries its own aside (不含外出务工): the trained, not the count again", () => {
  const sheet: Sheet = {
    name: "基础数据及自评",
    rows: [
      ["序号", "项目", "数据", "单位"],
      [18, "培训人次", 6084, "人次"],
      [19, "有劳动能力贫困人口（不含外出务工）", 61, "人"],
      [20, "其中参加电商培训", 35, "人"],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.trainingPersonTimesStated, facts.eligiblePoorPersonsStated, facts.trainedPoorPersonsStated].map(String)).toEqual(["6084", "61", "35"]);
});

test("a Word cell's paragraphs a row each: 其中已参加电商培训2,047人 is said of the count on the paragraph above", () => {
  const sheet: Sheet = {
    name: "自评情况表",
    rows: [
      ["序号", "指标", "完成情况", "自评分", "佐证材料"],
      [12, "电商培训", "累计培训4,216人次", null, "培训台账、签到表"],
      [null, null, "有劳动能力的建档立卡贫困人口（不含外出务工）3,860人", null, null],
      [null, null, "其中已参加电商培训2,047人", null, null],
    ],
    merges: [m(1, 0, 3, 0), m(1, 1, 3, 1), m(1, 3, 3, 3), m(1, 4, 3, 4)],
  };
  const input = inputOf([sheet]);
  expect(["trainingPersonTimesStated", "eligiblePoorPersonsStated", "trainedPoorPersonsStated"].map((k) => num(input.facts[k]))).toEqual([4216, 3860, 2047]);
});

test("a judged item named 自评：资金及时拨付（1-5） is its points, never the money paid", () => {
  const sheet: Sheet = {
    name: "汇总表",
    rows: [
      ["县（区）", "下达资金（万元）", "累计拨付（万元）", "自评：资金管理制度（1-5）", "自评：资金及时拨付（1-5）", "自评总分"],
      ["南澳县", 300, 226.5, 4, 3, 83],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.fundSpentStated, facts["judged:fund.system"], facts["judged:fund.spending"]].map(String)).toEqual(["226.5", "4", "3"]);
});

test("a form's dictionary code before the leader's title (X01-县长) leaves the title", () => {
  expect([leaderLevel("X01-县长"), leaderLevel("X02-副县长"), leaderLevel("县长")]).toEqual(["principal", "deputy", "principal"]);
});

test("a city's shared sheet, a county a pair of columns (填报数 | 自评分) under its merged name: only the own county's pair is read", () => {
  const sheet: Sheet = {
    name: "市汇总表",
    rows: [
      ["××市电子商务进农村综合示范创建考评基础数据及自评得分汇总表"],
      ["存档：陆河县商务局"],
      ["序号", "项目", "单位", "海丰县", null, "陆丰市", null, "陆河县", null, "全市合计"],
      [null, null, null, "填报数", "自评分", "填报数", "自评分", "填报数", "自评分", null],
      [1, "常住人口", "万人", 69.52, null, 157.33, null, 26.31, null, 253.16],
      [2, "示范县工作方案已正式印发", "是/否", "是", null, "是", null, "否", null, null],
      [3, "项目管理制度（1-2分）", "分", "—", 2, "—", 2, "—", 1, null],
      ["四、自评得分（按考评指标）"],
      [4, "组织领导（2分）", "分", "—", 2, "—", 2, "—", 2, null],
      [5, "方案制定（2分）", "分", "—", 2, "—", 2, "—", 1, null],
      [6, "政策支持（2分）", "分", "—", 2, "—", 1, "—", 2, null],
      [7, "项目管理（4分）", "分", "—", 4, "—", 3, "—", 2, null],
      [8, "信息公开（4分）", "分", "—", 4, "—", 4, "—", 3, null],
      [9, "数据上报（6分）", "分", "—", 6, "—", 6, "—", 4, null],
    ],
    merges: [m(0, 0, 0, 9), m(1, 0, 1, 9), m(2, 3, 2, 4), m(2, 5, 2, 6), m(2, 7, 2, 8)],
  };
  const input = inputOf([sheet]);
  const claims = ["org.leadership", "org.plan", "org.management"].map((k) => input.claims?.[k]?.points.toNumber());
  expect([num(input.facts.residentPopulation), input.facts.planIssued?.value, input.judgements["org.management.system"]?.points.toNumber(), ...claims]).toEqual([
    263100,
    false,
    1,
    2,
    1,
    2,
  ]);
});

test("towns' returns pasted as a grid of blocks (two across, two down, each its own header) under the sheet's title: every village read", () => {
  const sheet: Sheet = {
    name: "村居名单",
    rows: [
      ["××县村（居）委会情况汇总（各镇报表原样汇拼）", null, null, null, null, null, null, null, null],
      ["河田镇村（居）委会情况表", null, null, null, null, "水唇镇村（居）委会情况表", null, null, null],
      ["村（居）委会", "类型", "省定贫困村", "快递到村", null, "村名", "快递物流到村", "省定贫困村", "类别"],
      ["石寨村委会", "村委会", "否", "是", null, "岭塘村民委员会", "有", "否", "村"],
      ["田岗村委会", "村委会", "是", "否", null, "坑塘村民委员会", "无", "是", "村"],
      ["城安社区居委会", "居委会", "—", "是", null, "小计", "2个村", null, null],
      ["小计", "2个村、1个社区", null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null],
      ["上护镇村（居）委会情况表", null, null, null, null, "螺溪镇村（居）委会情况表", null, null, null],
      ["名称", "性质", "是否省定贫困村", "通快递", null, "村（居）委会", "类型", "省定贫困村", "快递到村"],
      ["新塘村", "行政村", "×", "√", null, "塘尾村委会", "村委会", "是", "是"],
      ["石湖村", "行政村", "√", "√", null, "东尾村委会", "村委会", "否", "否"],
    ],
    merges: [m(0, 0, 0, 8), m(1, 0, 1, 3), m(1, 5, 1, 8), m(8, 0, 8, 3), m(8, 5, 8, 8)],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const villages = read.ledgers.villages.map((v) => [v.name, v.type === "admin", v.poor, v.express]).sort((a, b) => String(a[0]).localeCompare(String(b[0])));
  expect(villages).toEqual(
    [
      ["石寨村委会", true, false, true],
      ["田岗村委会", true, true, false],
      ["城安社区居委会", false, null, true],
      ["岭塘村民委员会", true, false, true],
      ["坑塘村民委员会", true, true, false],
      ["新塘村", true, false, true],
      ["石湖村", true, true, true],
      ["塘尾村委会", true, true, true],
      ["东尾村委会", true, false, false],
    ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  );
});

test("a note right under a session table's 合计 (本部分不重复统计) stays with it: the sign-ins stacked below still count one each", () => {
  const sheet: Sheet = {
    name: "总表",
    rows: [
      ["四、农村电商普及培训台账（按期统计）"],
      ["期次", "培训日期", "培训内容", "培训地点", "参训人次"],
      ["第1期", "2020年6月18日", "电商基础知识", "市电商公共服务中心", 202],
      ["第2期", "2020-07-09", "网店开设与运营", "长岐镇党群服务中心", "235人次"],
      [null, "合计", null, null, 437],
      ["注：脱贫户专题培训按人签到，另见第五部分，本部分不重复统计。"],
      [],
      ["五、脱贫户电商专题培训签到汇总"],
      ["序号", "培训日期", "班次", "姓名", "身份证号码", "签名"],
      [1, "2020-12-10", "脱贫户电商技能培训班（第一期）", "余建", "440982199903176733", null],
      [2, "2020-12-10", "脱贫户电商技能培训班（第一期）", "钟妹永", "440982198203281423", null],
      [3, "2021-04-15", "脱贫户电商技能培训班（第二期）", "莫家", "440982198211307187", null],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.training.map((t) => t.personTimes.toNumber())).toEqual([202, 235, 1, 1, 1]);
});

test("a line answered 见表二“合计”行: the 合计 of 表二's column the line names, in that column's unit (not a 片区小计)", () => {
  const sheet: Sheet = {
    name: "基础数据",
    rows: [
      ["表一　基本情况"],
      ["序号", "项目", "内容", "备注"],
      [1, "县（市、区）", "封开县", null],
      [2, "常住人口", "见表二“合计”行", "第七次全国人口普查"],
      [3, "行政村数", "见表二“合计”行", "不含社区"],
      [4, "示范县工作方案", "已正式印发", null],
      [],
      ["表二　分镇（街道）基本情况"],
      ["序号", "镇（街道）", "常住人口（人）", "行政村（个）", "社区（个）"],
      [1, "江川镇", 16472, 10, 0],
      [2, "罗董镇", 15840, 11, 0],
      [null, "西江片小计", 32312, 21, 0],
      [3, "江口街道", 82124, 6, 8],
      [null, "合计", 114436, 27, 8],
    ],
  };
  const input = inputOf([sheet]);
  expect([num(input.facts.residentPopulation), num(input.facts.adminVillagesStated)]).toEqual([114436, 27]);
});

test("a work group's chat exported (时间 | 发送人 | 内容): the messages saying a report went are the reports, replies and notices none", () => {
  const sheet: Sheet = {
    name: "月报聊天记录",
    rows: [
      ["与“××市电商进农村月报群”的聊天记录（企业微信导出）"],
      ["时间", "发送人", "内容"],
      ["2021-01-27 17:29", "吴海燕（雷州市商务局）", "@许×× 雷州市1月电商进农村工作进展已报，请查收🙏 [文件] 雷州市2021年1月电商进农村月报.docx"],
      ["2021-01-29 10:05", "许××（湛江市商务局）", "@所有人 春节期间2月月报可与3月合并报送。"],
      ["2021-03-27 16:43", "吴海燕（雷州市商务局）", "@许×× 雷州市2、3月（2月因春节合并到3月报）电商进农村工作进展已报，请查收🙏"],
      ["2021-03-27 17:51", "许××（湛江市商务局）", "收到👌"],
      ["2021-04-28 16:38", "吴海燕（雷州市商务局）", "@许×× 雷州市4月电商进农村工作进展已报，请查收🙏 [文件] 雷州市2021年4月电商进农村月报.docx"],
    ],
    merges: [m(0, 0, 0, 2)],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(read.ledgers.reports.map((r) => (r.date ? `${r.date.y}-${r.date.m}-${r.date.d}` : null))).toEqual(["2021-1-27", "2021-3-27", "2021-4-28"]);
});

test("a form the offices fill in a column each (县商务局 | 县财政局 | … | 县统计局, ／ in the others): each line's one answer, at its own cell", () => {
  const sheet: Sheet = {
    name: "联合填报表",
    rows: [
      ["序号", "填报项目", "计量单位", "说明", "县商务局", "县财政局", "县农业农村局", "县统计局"],
      [1, "常住人口", "万人", "第七次人口普查", "／", "／", "／", 87.52],
      [2, "行政村数", "个", null, "／", "／", 242, "／"],
      [3, "示范县工作方案", "—", "遂府办函〔2020〕56号", "已印发", "／", "／", "／"],
      [4, "下达资金总额", "万元", null, "／", 500, "／", "／"],
    ],
  };
  const read = readFactsSheet(sheet, GD_2019);
  const at = Object.fromEntries(read.entries.map((e) => [e.key, [String(e.value), e.cell]]));
  expect([at.residentPopulation, at.adminVillagesStated, at.planIssued, at.fundAllocated]).toEqual([
    ["87.52", "H2"],
    ["242", "G3"],
    ["已印发", "E4"],
    ["500", "F5"],
  ]);
});

test("a value typed back from paper with its correction noted (〔手写更正，原打印“３７．８２”已划去〕): the corrected value", () => {
  const sheet: Sheet = {
    name: "自评表（录入稿）",
    rows: [
      ["序号", "项目", "填报内容", "备注"],
      ["①", "常 住 人 口", "３７．９５ 万人〔手写更正，原打印“３７．８２”已划去〕", "第七次全国人口普查"],
      ["②", "２０２０年农产品网络零售额", "４．０３ 亿元〔手写更正，原打印“３．９８”已划去〕", null],
      ["③", "免费摄影、美工服务", "有〔手写更正，原打印“无”已划去〕", null],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.residentPopulation, facts.agriRetail2020, facts.centerPhoto].map((v) => String(v).replace(/\s+/g, ""))).toEqual(["37.95万人", "4.03亿元", "有"]);
});

test("a summary's numbered paragraph of points, 3．农村产品上行8分（网销调研1分、…）: the judged items its bracket lists", () => {
  const sheet: Sheet = {
    name: "创建工作总结",
    rows: [
      ["连州市电子商务进农村综合示范创建工作总结"],
      ["一、基本情况。全市常住人口36.73万人，行政村150个。"],
      ["六、自评情况"],
      ["1．组织领导2分，方案制定2分，政策支持2分。"],
      ["3．农村产品上行8分（网销调研1分、网络促销2分、第三方1分、快递覆盖1分、交易标准与冷链溯源1分、零售额增速2分）。"],
    ],
  };
  const facts = factsOf(sheet);
  expect(["work.upward.research", "work.upward.promotion", "work.upward.standards"].map((k) => parseFloat(String(facts[`judged:${k}`])))).toEqual([1, 2, 1]);
});

test("last year's template with a 2021 column added, overwritten values typed 原…，现…: the values now, the latest year's answers", () => {
  const sheet: Sheet = {
    name: "基础数据",
    rows: [
      ["序号", "指标", "单位", "2019年", "2020年", "2021年（截至8月31日）", "变更说明"],
      [1, "常住人口", "万人", 33.9, 34.1, "原34.1，现32.68", "改用第七次全国人口普查数"],
      [2, "领导小组组长", "—", "副县长", "副县长", "原副县长，现县委副书记、县长", "2021年3月领导小组调整"],
      [3, "专栏设立征求意见或监督举报窗口", "—", "否", "否", "原否，现是", "2021年3月增设"],
      [4, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "1,305", "1,236", "原1,236，现1,198", "剔除外出务工38人"],
      [5, "工作台账（1-2分）", "分", 1, 1, 2, null],
    ],
  };
  const facts = factsOf(sheet);
  expect([facts.residentPopulation, facts.leadTitle, facts.disclosureWindow, facts.eligiblePoorPersonsStated, facts["judged:org.management.ledger"]].map(String)).toEqual(
    ["32.68", "县委副书记、县长", "是", "1,198", "2"],
  );
});

test("a value now with what it was in brackets, 现：32.68（原：34.1）: the value now", () => {
  const sheet: Sheet = {
    name: "基础数据",
    rows: [
      ["序号", "指标", "填报内容"],
      [1, "常住人口（万人）", "现：32.68（原：34.1）"],
      [2, "示范县工作方案", "已印发"],
    ],
  };
  expect(String(factsOf(sheet).residentPopulation)).toBe("32.68");
});

test("a Q&A page, 问 and 答 on alternating rows beside a Q number merged down: each answer read under its question, 500万元。 a figure", () => {
  const qa = (n: number, q: string, a: string): CellValue[][] => [
    [`Q${n}`, "问", q],
    [null, "答", a],
  ];
  const sheet: Sheet = {
    name: "迎检问答",
    rows: [
      ["编号", "问／答", "内容"],
      ...qa(1, "示范县工作方案是否正式印发？自评几分？", "已正式印发（佛府办〔2019〕52号），方案制定自评2分。"),
      ...qa(2, "县级电子商务公共服务中心什么时候投入运营？", "2021年2月28日正式投入运营。"),
      ...qa(3, "省级下达专项资金多少？", "500万元。"),
    ],
    merges: [m(1, 0, 2, 0), m(3, 0, 4, 0), m(5, 0, 6, 0)],
  };
  const input = inputOf([sheet]);
  expect([input.facts.planIssued?.value, input.judgements["org.plan"]?.points.toNumber(), num(input.facts.fundAllocated)]).toEqual([true, 2, 5000000]);
  expect(input.facts.centerOpened?.value).toEqual({ y: 2021, m: 2, d: 28 });
});

test("a facts table with its review round beside it (首次填报 | 复核意见 | 整改后, by 对应表一序号): the first table as changed, each value named at its 整改后 cell", () => {
  const sheet: Sheet = {
    name: "基础数据",
    rows: [
      ["××县考评基础数据（含市局复核意见及整改情况）"],
      ["表一　首次填报", null, null, null, null, "表二　市局复核意见", null, null, "表三　整改后数据"],
      ["序号", "项目", "填报值", "单位", null, "对应表一序号", "复核意见", null, "对应表一序号", "整改后", "整改说明"],
      [1, "常住人口", 23.62, "万人", null, 1, "应采用第七次全国人口普查常住人口数（18.98万人）。", null, 3, "1分", "采纳复核意见"],
      [2, "示范县工作方案", "已正式印发", null, null, 3, "政策落实佐证不足，建议1分。", null, 1, "18.98万人", "采用七普数据"],
      [3, "政策支持自评分（1-2分）", 2, "分", null, null, null, null, null, null, null],
      [4, "专栏设立征求意见或监督举报窗口", "否", null, null, 4, "请核实专栏是否设有监督举报窗口。", null, 4, "是", "原表漏填"],
    ],
  };
  const read = readFactsSheet(sheet, GD_2019);
  const at = Object.fromEntries(read.entries.map((e) => [e.key, [String(e.value), e.cell]]));
  expect([at.residentPopulation, at["judged:org.policy"], at.disclosureWindow, at.planIssued]).toEqual([
    ["18.98万人", "J5"],
    ["1分", "J4"],
    ["是", "J7"],
    ["已正式印发", "C5"],
  ]);
});

test("an item's stars inside a line of a rated sheet (网销调研★☆；网络促销★★) are its points", () => {
  const sheet: Sheet = {
    name: "考评指标自评表",
    rows: [
      ["工作任务", "评价指标", "权重", "完成情况", "自评"],
      [null, null, null, "说明：自评栏每颗星1分，★为得分、☆为未得分；分项星号写在完成情况栏。", null],
      ["加强组织领导与统筹协调（10分）", "方案制定", 2, "方案已正式印发。", "★★"],
      [null, "项目管理", 4, "项目管理制度★★；工作台账★☆。", "★★★☆"],
      ["深入推动电子商务进农村工作（55分）", "农村产品上行", 10, "网销调研★☆；网络促销★★；交易标准与冷链溯源★☆；", "★★★★★★☆☆☆☆"],
    ],
  };
  const facts = factsOf(sheet);
  const items = ["org.management.system", "org.management.ledger", "work.upward.research", "work.upward.promotion", "work.upward.standards"];
  expect(items.map((k) => parseFloat(String(facts[`judged:${k}`])))).toEqual([2, 1, 1, 2, 1]);
});

test("a table by year with a 同比增长 column after each amount: each the growth of the amount left of it", () => {
  const sheet: Sheet = {
    name: "同比情况表",
    rows: [
      ["表一　农村网络零售额及农产品网络零售额（按年度）"],
      ["年度", "农村网络零售额（万元）", "同比增长（%）", "农产品网络零售额（万元）", "同比增长（%）", "数据来源"],
      ["2019年", "186,450", 22.4, "47,810", 18.9, "省商务厅电子商务监测平台"],
      ["2020年", "236,790", 27, "63,580", 33, "省商务厅电子商务监测平台"],
    ],
  };
  const input = inputOf([sheet]);
  const rate = (k: string) => {
    const f = input.facts[k];
    return f?.kind === "number" ? f.value.toNumber() : undefined;
  };
  expect([rate("ruralRetailGrowthStated"), rate("agriRetailGrowthStated")]).toEqual([0.27, 0.33]);
});

test("departments asked one by one (参与部门：商务 | 是, …) are one list of those answered yes", () => {
  const sheet: Sheet = {
    name: "基础信息及自评",
    rows: [
      ["序号", "项目代码", "填报项目", "填报内容", "单位", "取值代码"],
      [6, "B01", "牵头领导职务", "市长", null, "01"],
      [7, "B02", "参与部门：商务", "是", null, 1],
      [8, "B03", "参与部门：财政", "是", null, 1],
      [9, "B04", "参与部门：农业农村", "是", null, 1],
      [10, "B05", "参与部门：乡村振兴（扶贫）", "是", null, 1],
      [11, "B06", "示范县工作方案已正式印发", "是", null, 1],
    ],
  };
  const input = inputOf([sheet]);
  expect(input.facts.leadershipLevel?.value).toBe("principal-all");
});
