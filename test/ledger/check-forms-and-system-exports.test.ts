/**
 * From the 149th and 150th blind batches' facts sheets: the city's check form sent back (its verified
 * column over the county's), a provincial system's export with entries sent back and filled in again,
 * a corrected draft's arrows and brackets, a statistics table's section of points on its side, and a
 * year's column running to the cut-off.
 */
import type { CellValue } from "../../src/core/grid";
import { factsOf } from "../corpus/read-facts";

const sheet = (name: string, rows: CellValue[][]) => ({ sheets: [{ name, rows }] });

test("a city's check form: the verified figure where there is one, the county's elsewhere, never the checkers' remark", () => {
  const got = factsOf(
    sheet("核查表", [
      ["揭阳市电子商务进农村综合示范县考评数据核查表"],
      ["被核查县（区）：揭西县\u3000\u3000核查时间：2021年9月13日—14日\u3000\u3000核查截止时点：2021年8月31日"],
      ["序号", "核查内容", "县填报情况", "市局核查意见", "核实后数据/情况"],
      [1, "常住人口", "68.2万人", "应以第七次全国人口普查数据为准", "68.5万人"],
      [2, "行政村数", "285个", "与县民政局区划数据一致", null],
      [3, "示范创建领导小组组长", "县长", "有成立文件（揭西府办〔2019〕41号）", null],
      [4, "为电子商务市场主体提供免费摄影、美工服务", "☑是\u3000□否", "现场未见摄影棚", "否"],
      [5, "行政村物流快递覆盖率100%", "□是\u3000☑否", "覆盖率98.6%（4个村未通快递）", null],
      [6, "累计培训人次", "7,326人次", "含9月培训372人次，应剔除", "6,954人次"],
    ]),
  );
  expect(got.facts).toMatchObject({
    county: "揭西县",
    asOf: "2021-08-31",
    residentPopulation: 685000,
    adminVillagesStated: 285,
    centerPhoto: false,
    expressCoverage: false,
    trainingPersonTimesStated: 6954,
  });
  expect(got.leadership).toBe("principal");
});

test("a system's export: an entry sent back and filled in again is read as last submitted; 自评得分-组织领导 rows the claims", () => {
  const head = ["地区编码", "地区名称", "指标编码", "指标名称", "值类型", "填报值", "计量单位", "填报人", "填报时间", "审核状态", "审核意见"];
  const row = (code: string, name: string, value: string, unit: string, at: string, state: string): CellValue[] => [
    "440981",
    "广东省/茂名市/高州市",
    code,
    name,
    "数值",
    value,
    unit,
    "gz",
    at,
    state,
    null,
  ];
  const got = factsOf(
    sheet("考评数据导出", [
      head,
      row("A01", "县（市、区）名称", "高州市", "—", "2021-09-03 09:16:44", "已审核"),
      row("A02", "考评截止日期", "2021-08-31 00:00:00", "—", "2021-09-03 09:21:04", "已审核"),
      row("A03", "常住人口", "1862400", "人", "2021-09-03 09:24:41", "已退回"),
      row("A04", "行政村数", "441", "个", "2021-09-03 09:27:53", "已审核"),
      row("A08", "示范县工作方案已正式印发", "1", "—", "2021-09-03 09:39:33", "已审核"),
      row("D01", "电商培训人次", "6214", "人次", "2021-09-03 10:34:22", "已审核"),
      row("J07", "自评-交易标准及冷链溯源(1-2)", "2", "分", "2021-09-03 11:36:11", "已退回"),
      row("S01", "自评得分-组织领导", "2", "分", "2021-09-03 11:49:52", "已审核"),
      row("S05", "自评得分-县级中心与产业园", "15", "分", "2021-09-03 12:04:12", "已审核"),
      row("S07", "自评得分-农村产品上行", "9", "分", "2021-09-03 12:10:24", "已退回"),
      row("S17", "自评得分-加分项（电商扶贫典型案例电视播报）", "1", "分", "2021-09-03 12:37:03", "已审核"),
      row("A03", "常住人口", "1321000", "人", "2021-09-06 15:41:57", "已审核"),
      row("J07", "自评-交易标准及冷链溯源(1-2)", "1", "分", "2021-09-06 15:44:37", "已审核"),
      row("S07", "自评得分-农村产品上行", "8", "分", "2021-09-06 15:45:37", "已审核"),
    ]),
  );
  expect(got.facts.residentPopulation).toBe(1321000);
  expect(got.judged["work.upward.standards"]).toBe(1);
  expect(got.claimed).toEqual({ "org.leadership": 2, "work.center": 15, "work.upward": 8, "bonus.tvCase": 1 });
});

test("自评分：方案制定（1-2） in a system's export is a judged item's points, no claim", () => {
  const got = factsOf(
    sheet("导出", [
      ["序号", "指标代码", "指标名称", "单位", "填报值", "填报人", "填报时间"],
      [1, "JC01", "县（市、区）名称", "—", "龙川县", "县商务局", "2021-09-13 16:05:22"],
      [2, "JC02", "常住人口", "万人", 67.1, "县商务局", "2021-09-13 16:05:22"],
      [3, "JC03", "行政村数", "个", 341, "县商务局", "2021-09-13 16:05:22"],
      [4, "JC04", "累计培训人次", "人次", 7012, "县商务局", "2021-09-13 16:05:22"],
      [40, "PF01", "自评分：方案制定（1-2）", "分", 2, "县商务局", "2021-09-13 16:05:22"],
      [41, "PF02", "自评分：政策支持（1-2）", "分", 1, "县商务局", "2021-09-13 16:05:22"],
      [42, "PF03", "自评分：工作台账（1-2）", "分", 1, "县商务局", "2021-09-13 16:05:22"],
    ]),
  );
  expect(got.claimed).toEqual({});
  expect(got.judged).toMatchObject({ "org.plan": 2, "org.policy": 1, "org.management.ledger": 1 });
});

test("a corrected draft: the value after the arrow, the figure before its 原填 bracket (in the unit column's unit), 原…，改…", () => {
  const got = factsOf(
    sheet("基本情况（修改稿）", [
      ["说明：修改处用“→”标出，箭头前为原填报内容，箭头后为修改后内容。"],
      ["序号", "项目", "单位", "数据", "核对情况"],
      [2, "常住人口", "万人", "142.7（原填146.8，系户籍人口，已更正）", "按第七次全国人口普查数据更正"],
      [5, "县级电商公共服务中心投入运营时间", "—", "2020年12月26日→2021年1月18日", "以中心正式开业时间为准"],
      [11, "有劳动能力的建档立卡贫困人口（不含外出务工）", "人", "原12,406，改9,871", "原数未剔除外出务工2,535人"],
      [12, "参加培训的建档立卡贫困人口", "人", "5,210人次→3,962人", "按人数去重统计"],
    ]),
  );
  expect(got.facts).toEqual({
    residentPopulation: 1427000,
    centerOpened: "2021-01-18",
    eligiblePoorPersonsStated: 9871,
    trainedPoorPersonsStated: 3962,
  });
});

test("a section of judged points on its side (项目 | 方案制定 | …, then 分值 and 自评分 rows) under a ✓ table: each read by its own layout", () => {
  const got = factsOf(
    sheet("主要指标统计表", [
      ["封开县电子商务进农村综合示范工作主要指标统计表"],
      ["一、基本情况"],
      ["项目", "填报情况", "说明"],
      ["常住人口", "35.02万人", "第七次人口普查"],
      ["累计培训人次", "3,818人次", null],
      ["二、定性指标完成情况（✓已完成　✗未完成）"],
      ["序号", "事项", "完成情况", "佐证材料"],
      [1, "正式印发示范县工作方案", "✓", "封府办〔2019〕71号"],
      [8, "建设或整合、优化电商产业园", "✗", "依托中心孵化区，未单独建园"],
      [9, "有专业第三方电子商务运营或服务商", "✓", "运营合同"],
      ["三、评判类指标自评分"],
      ["项目", "方案制定", "政策支持", "项目管理制度", "工作台账", "网销调研", "资金台账"],
      ["分值", "1-2", "1-2", "1-2", "1-2", "1-2", "1-5"],
      ["自评分", 2, 1, 2, 1, 2, 4],
    ]),
  );
  expect(got.facts).toMatchObject({ residentPopulation: 350200, trainingPersonTimesStated: 3818, planIssued: true, parkBuilt: false, thirdPartyOperator: true });
  expect(got.judged).toEqual({
    "org.plan": 2,
    "org.policy": 1,
    "org.management.system": 2,
    "org.management.ledger": 1,
    "work.upward.research": 2,
    "fund.ledger": 4,
  });
});

test("2021年（截至8月31日） beside the years is the latest year's column: progress and coverage as they stand now", () => {
  const got = factsOf(
    sheet("基本数据", [
      ["序号", "指标名称", "单位", "2019年", "2020年", "2021年（截至8月31日）", "数据来源"],
      [2, "常住人口", "万人", null, 23.87, null, "第七次全国人口普查"],
      [23, "行政村物流快递覆盖率", "%", null, 92.7, 100, null],
      [37, "项目总体进度", "%", null, 46, 87, null],
    ]),
  );
  expect(got.facts).toMatchObject({ residentPopulation: 238700, expressCoverage: true, overallProgress: 0.87 });
});
