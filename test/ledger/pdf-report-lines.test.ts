/**
 * A self-assessment report copied out of a PDF (the 145th and 146th blind batches): a printed line to a
 * row in one column, sentences broken where the page ran out, spaces around every figure and the page
 * numbers between the pages. Read as its paragraphs: a number at a line's start belongs to the line
 * above's words, households are no persons, and the parts after 其中 are no total.
 */
import { factsOf } from "../corpus/read-facts";

const lines = [
  "某县电子商务进农村综合示范",
  "创建工作自评报告",
  "",
  "某县商务局",
  "2021 年 9 月",
  "- 1 -",
  "一、基本情况",
  "　　某县位于广东省东部，总面积 3627 平方公里，辖 17 个镇，共",
  "有行政村 232 个、社区 22 个，户籍人口 85.6 万人，常住人口 61.2",
  "万人（第七次全国人口普查）。全县有省定相对贫困村 39 个，相对",
  "贫困户 9,815 户 27,406 人，其中有劳动能力的 6,208 户 19,874",
  "人。",
  "二、电商人才培训",
  "　　按常住人口 1% 计，培训目标为 6,120 人次。截至 8 月底，实际累计",
  "开展电商培训 7,436 人次，其中基础普及性培训 5,806 人次、增值",
  "培训 1,630 人次。经县乡村振兴局核定，全县有劳动能力且未外出",
  "- 2 -",
  "务工的建档立卡贫困人口 8,952 人，已参加电商培训 4,731 人，培",
  "训率 52.8%。",
  "三、资金管理和使用",
  "　　省财政下达我县示范专项资金 1500 万元。截至 2021 年 8 月",
  "31 日，累计拨付 1,236.5 万元，资金支出率 82.4%。",
];

const sheet = { name: "自评报告（复制）", rows: lines.map((t) => [t === "" ? null : t]) };

test("a report's printed lines are read as its paragraphs, the figures whole across the breaks and the page numbers left out", () => {
  expect(factsOf({ sheets: [sheet] }).facts).toMatchObject({
    residentPopulation: 612000,
    adminVillagesStated: 232,
    poorVillagesStated: 39,
    fundAllocated: 15000000,
    fundSpentStated: 12365000,
  });
});

/** The same report typed out paragraph by paragraph: the reading below owes nothing to the joining of lines. */
const typed = {
  name: "自评报告",
  rows: [
    ["某县电子商务进农村综合示范创建工作自评报告"],
    ["一、基本情况"],
    ["某县辖17个镇，共有行政村232个，常住人口61.2万人。全县相对贫困户9,815户27,406人，其中有劳动能力的6,208户19,874人。"],
    ["二、电商人才培训"],
    ["按常住人口1%计，培训目标为6,120人次。截至8月底，实际累计开展电商培训7,436人次，其中基础普及性培训5,806人次、增值培训1,630人次。"],
    ["经县乡村振兴局核定，全县有劳动能力且未外出务工的建档立卡贫困人口8,952人，已参加电商培训4,731人，培训率52.8%。"],
    ["三、资金管理和使用"],
    ["省财政下达我县示范专项资金1500万元。截至2021年8月31日，累计拨付1,236.5万元。"],
  ],
};

test("households are no count of persons: the poor able to work are the 8,952 without the migrants, not the 6,208 户", () => {
  expect(factsOf({ sheets: [typed] }).facts).toMatchObject({ eligiblePoorPersonsStated: 8952, trainedPoorPersonsStated: 4731 });
});

test("the parts after 其中 add up to the total before them: the total is the training, not its last part", () => {
  expect(factsOf({ sheets: [typed] }).facts.trainingPersonTimesStated).toBe(7436);
});

test("a numbered paragraph's heading before its colon does not hide the figure it leads into", () => {
  const notes = {
    name: "网点分布图",
    rows: [
      ["某县农村电子商务服务网点分布图说明"],
      ["1．县电子商务公共服务中心（★）：位于县城，2020年7月16日投入运营，由第三方运营服务商运营。"],
      ["2．电商产业园（▲）：利用闲置厂房整合改造，已投入使用。"],
      ["3．村级电商服务站（●/○）：全县行政村345个，已建成村级电商服务站点276个，在建12个；图中每个圆点代表若干站点。"],
      ["4．快递物流（■）：县快递物流分拨中心设于县城，全县行政村快递（含邮政）通达率100%。"],
      ["5．全县省定贫困村56个。"],
    ],
    merges: [1, 2, 3, 4, 5].map((r) => ({ top: r, left: 0, bottom: r, right: 7 })),
  };
  expect(factsOf({ sheets: [notes] }).facts).toMatchObject({ adminVillagesStated: 345, poorVillagesStated: 56, centerOpened: "2020-07-16" });
});
