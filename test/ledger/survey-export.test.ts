/**
 * 惠城's and 汕尾城区's answers to the city's online survey, downloaded as the site exports them: the
 * questions across the first row (after the site's 序号 | 提交答卷时间 | 来自IP), the one answer under
 * each, grid questions one column per item, multiple choices joined by ┋, notes in 〖〗, skipped
 * questions "(跳过)".
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { surveyTurned } from "../../src/ledger/facts/on-its-side";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const [titles, answers] = [
  ["序号", "提交答卷时间", "来自IP", "1、所在县（市、区）", "2、数据截止日期", "3、常住人口（万人，以七普为准）", "4、行政村数（个）"],
  [1, "2021/9/2 9:15:03", "120.85.1.2(广东-某市)", "某某区", "2021年8月31日", "38.2", "96"],
];
const more: [string, string | number][] = [
  ["5、示范县工作方案是否已正式印发", "是〖某府办〔2019〕12号〗"],
  ["6、领导小组组长", "区政府主要领导〖区长〗"],
  ["7、领导小组成员单位（多选）", "区商务局┋区财政局┋区农业农村局┋区乡村振兴局"],
  ["8、中心服务功能—为电子商务市场主体提供免费摄影、美工服务", "否"],
  ["9、2019年农产品网络零售额（万元）", "(跳过)"],
  ["10、政府网站专栏已公示的内容（多选）", "创建方案┋项目基本信息"],
  ["11、主观指标自评分—资金台账（1-5分）", "4"],
];
const survey: Sheet = {
  name: "Sheet1",
  rows: [
    [...titles, ...more.map(([q]) => q)],
    [...answers, ...more.map(([, a]) => a)],
  ],
};

test("a survey export is turned into question | answer lines, in the clerk's words", () => {
  const turned = surveyTurned(survey);
  expect(turned).toBeDefined();
  const line = (q: string) => turned?.rows.find((r) => String(r[0]).startsWith(q));
  expect(line("1、")).toEqual(["1、所在县（市、区）", "某某区"]);
  expect(line("5、")?.[1]).toBe("是（某府办〔2019〕12号）");
  expect(line("9、")?.[1]).toBeNull();
  // (The column's contents the export leaves out were not ticked: the rubric's other two, each a box left empty.)
  expect(line("10、")?.[1]).toBe("☑创建方案  ☑项目基本信息  ☐专栏公示项目建设进度  ☐专栏设立征求意见或监督举报窗口");
  // The site's own columns are no questions.
  expect(turned?.rows.some((r) => r.includes("120.85.1.2(广东-某市)"))).toBe(false);
});

test("every answer is read, and named by its real cell", () => {
  const read = readLedgers({ sheets: [survey] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const f = input.facts;
  expect(f.county?.value).toBe("某某区");
  expect(f.asOf?.value).toEqual({ y: 2021, m: 8, d: 31 });
  expect(f.residentPopulation?.value?.toString()).toBe("382000");
  expect(f.residentPopulation?.evidence?.[0]?.cell).toBe("F2");
  expect([f.planIssued?.value, f.centerPhoto?.value, f.disclosurePlan?.value, f.disclosureProjects?.value]).toEqual([true, false, true, true]);
  expect(f.agriRetail2019).toBeUndefined();
  expect(input.judgements["fund.ledger"]?.points.toNumber()).toBe(4);
  expect(f.leadershipLevel?.value).toBe("principal-all");
});

test("a row of numbered headings over a ledger's many rows is no survey", () => {
  const ledger: Sheet = {
    name: "台账",
    rows: [
      ["1、序号", "2、姓名", "3、身份证号", "4、村", "5、日期", "6、课程", "7、学时", "8、备注"],
      ...Array.from({ length: 6 }, (_, i) => [i + 1, "张三", "", "某村", "2021-03-01", "直播", 2, ""]),
    ],
  };
  expect(surveyTurned(ledger)).toBeUndefined();
});

describe("several submissions downloaded together (郁南, 阳山: 119th and 120th blind batches)", () => {
  const head = ["序号", "提交答卷时间", "来自IP", "1、县（市、区）名称", "2、数据截止日期", "3、常住人口（万人）", "4、行政村个数（不含社区）", "5、省定贫困村个数"];
  const rest = [
    "6、培训人次",
    "7、累计拨付资金（万元）",
    "8、主观项自评—(资金台账 1-5分)",
    "9、主观项自评—(资金及时拨付 1-5分)",
    "10、自评得分—组织领导（2分）",
    "11、自评得分—资金支出（5分；支出率低于70%倒扣5分）",
  ];
  const first = [1, "2021/9/2 16:05:33", "113.108.1.1", "某县", "2021-08-31", 39.63, 183, 38, 4102, 321.6, 4, 4, 2, 4];
  const second = [2, "2021/9/6 10:41:07", "113.108.1.1", "某县", "2021-08-31", 36.93, 183, 38, 4102, 312.6, 4, "(跳过)", 1, "-5"];
  const read = (sheet: Sheet) => {
    const r = readLedgers({ sheets: [sheet] }, GD_2019);
    return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  };

  test("the last submitted counts, the one it replaced not at all; a note above the questions is no question", () => {
    const input = read({
      name: "问卷星导出",
      rows: [["电商股注：第1条填错，9月6日重新提交，以第2条为准", ...Array(head.length + rest.length - 1).fill(null)], [...head, ...rest], first, second],
      merges: [{ top: 0, left: 0, bottom: 0, right: head.length + rest.length - 1 }],
    });
    expect(input.facts.residentPopulation?.value?.toString()).toBe("369300");
    expect(input.facts.fundSpentStated?.value?.toString()).toBe("3126000");
    // The points asked question by question: the clerk's claims, a minus one too; a skipped item no points.
    expect(Object.fromEntries(Object.entries(input.claims ?? {}).map(([id, c]) => [id, c.points.toNumber()]))).toEqual({
      "org.leadership": 1,
      "fund.spending": -5,
    });
    expect(input.judgements["fund.ledger"]?.points.toNumber()).toBe(4);
    expect(input.judgements["fund.spending"]).toBeUndefined();
  });

  test("where the reviewing office marked them, the one it passed counts, whenever submitted", () => {
    const state = ["审核状态"];
    // (The later one, first in the download, sent back; the earlier passed.)
    const input = read({
      name: "答卷数据",
      rows: [
        [...head, ...rest, ...state],
        [...second, "退回"],
        [...first, "通过"],
      ],
    });
    expect(input.facts.residentPopulation?.value?.toString()).toBe("396300");
  });
});
