/**
 * A facts line's own context names what a short cell leaves unsaid: the 单位 column says what a
 * count counts, a 备注's "同比增长33.1%" is the growth of its line's figure, and 满分 is the
 * judged item's top.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const facts = (rows: (string | number | null)[][]) => {
  const sheet: Sheet = { name: "基本情况", rows: [["序号", "项目", "单位", "填报内容", "备注"], ...rows] };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  return new Map(ledgers.facts.map((f) => [f.key, f.value]));
};

const BASE: (string | number | null)[][] = [
  [1, "县（市、区）名称", null, "某县", null],
  [2, "全县常住人口（人）", null, "374,682", null],
];

test("a count's 单位 column says what it counts: 累计开展电商培训 | 人次 is the training person-times", () => {
  const got = facts([...BASE, [3, "累计开展电商培训", "人次", "5,126", "2019年9月至2021年8月"]]);
  expect(got.get("trainingPersonTimesStated")).toBe("5,126");
  expect(got.has("centerFreeTraining")).toBe(false);
});

test("a 备注 saying only 同比增长 gives the growth of its own line's figure", () => {
  const got = facts([...BASE, [3, "2020年农村网络零售额", "亿元", 11.47, "同比增长33.1%"], [4, "2020年农产品网络零售额", "万元", "31,500", "同比增长41.3%"]]);
  expect(got.get("ruralRetailGrowthStated")).toBe("33.1%");
  expect(got.get("agriRetailGrowthStated")).toBe("41.3%");
});

test("满分 is the judged item's top; a blank beside its remark is no claim", () => {
  const read = readLedgers(
    {
      sheets: [
        {
          name: "基本情况",
          rows: [
            ["序号", "项目", "单位", "填报内容", "备注"],
            ...BASE,
            [3, "方案制定（1-2分）", "分", "满分", null],
            [4, "资金管理制度（1-5分）", "分", "满分", null],
            [5, "政策支持（1-2分）", "分", null, "政策尚未印发，暂不自评"],
          ],
        },
      ],
    },
    GD_2019,
  );
  const { judgements } = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const judged = new Map(Object.entries(judgements).map(([item, j]) => [item, j.points.toNumber()]));
  expect(judged.get("org.plan")).toBe(2);
  expect(judged.get("fund.system")).toBe(5);
  expect(judged.has("org.policy")).toBe(false);
});

test("a checklist line ticked 是 with points in its 自评分: the tick is the fact, the points the judged item resting on it", () => {
  const sheet: Sheet = {
    name: "自评填报",
    rows: [
      ["县（市、区）", "某县"],
      ["序号", "工作内容", "是", "否", "自评分", "备注"],
      [1, "已正式印发示范县工作方案", "√", null, 2, "府办函〔2019〕112号"],
      [2, "已制定资金管理制度", "√", null, 4, null],
      [3, "为电商市场主体提供免费摄影、美工服务", null, "√", null, "摄影室装修中"],
    ],
  };
  const read = readLedgers({ sheets: [sheet] }, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  expect(input.facts.planIssued?.value).toBe(true);
  expect(input.facts.fundSystemIssued?.value).toBe(true);
  expect(input.facts.centerPhoto?.value).toBe(false);
  expect(input.judgements["org.plan"]?.points.toNumber()).toBe(2);
  expect(input.judgements["fund.system"]?.points.toNumber()).toBe(4);
});

describe("a table on its side with notes (龙门)", () => {
  const sheet: Sheet = {
    name: "基本情况横表",
    rows: [
      ["某县电子商务进农村综合示范创建基本情况表（数据截至2021年8月31日）"],
      ["填报单位：某县商务局（盖章）", null, null, null, "填报日期：2021.9.6"],
      ["县（区）", "户籍人口\n（万人）", "常住人口\n（万人）", "行政村\n（个）", "培训人次\n（人次）"],
      ["某县", 38.72, 33.5, 172, "5000余"],
      [],
      ["注：1.常住人口以第七次全国人口普查数据为准，为33.18万人；2.培训人次为示范创建以来累计数。"],
    ],
  };
  const input = () => {
    const r = readLedgers({ sheets: [sheet] }, GD_2019);
    return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  };
  const n = (f: { kind: string; value: unknown } | undefined) => (f?.kind === "number" ? (f.value as { toNumber(): number }).toNumber() : undefined);

  test("the cut-off a title states is the cut-off; the day the form was filled is not", () => {
    expect(input().asOf).toEqual({ y: 2021, m: 8, d: 31 });
  });

  test("a note saying a figure is to be taken from elsewhere (以…为准，为33.18万人) corrects it", () => {
    expect(n(input().facts.residentPopulation)).toBe(331800);
  });

  test("5000余 is at least 5000", () => {
    expect(n(input().facts.trainingPersonTimesStated)).toBe(5000);
  });
});

describe("序号.标签：值 lines (德庆)", () => {
  const sheet: Sheet = {
    name: "基本情况",
    rows: [
      ["某县电子商务进农村综合示范创建工作基本情况"],
      ["6.示范县工作方案：已印发（府办〔2019〕31号），自评2分。"],
      ["8.项目管理制度：已建立，建设、验收环节按制度执行，自评2分；工作台账：已建立，自评1分。"],
      ["21.2020年农产品网络零售额：约2.1亿元（2019年：1.55亿元），同比增长35.5%"],
      ["22.培训人次：计划4000人次，实际完成4,512人次"],
      ["30.累计拨付：计划2021年8月底前拨付450万元，实际已拨付361.2万元"],
      ["33.资金拨付及时性：按项目进度拨付，自评3分"],
    ],
  };
  const input = () => {
    const r = readLedgers({ sheets: [sheet] }, GD_2019);
    return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  };
  const n = (f: { kind: string; value: unknown } | undefined) => (f?.kind === "number" ? (f.value as { toNumber(): number }).toNumber() : undefined);

  test("自评N分 after a line's answer scores the item the line names, and is no indicator's claim", () => {
    const i = input();
    const judged = Object.fromEntries(Object.entries(i.judgements).map(([k, j]) => [k, j.points.toNumber()]));
    expect(judged).toMatchObject({ "org.plan": 2, "org.management.system": 2, "org.management.ledger": 1, "fund.spending": 3 });
    expect(i.claims?.["org.management"]).toBeUndefined();
    expect(i.facts.planIssued?.value).toBe(true);
  });

  test("a value written as prose is read as a sentence under its label: the actual figure, not the plan", () => {
    const i = input();
    expect(n(i.facts.trainingPersonTimesStated)).toBe(4512);
    expect(n(i.facts.fundSpentStated)).toBe(3612000);
  });

  test("another year's figure in brackets is that year's: （2019年：1.55亿元）", () => {
    const i = input();
    expect(n(i.facts.agriRetail2020)).toBe(210000000);
    expect(n(i.facts.agriRetail2019)).toBe(155000000);
    expect(n(i.facts.agriRetailGrowthStated)).toBe(0.355);
  });
});

describe("a self-check table with its facts in a 说明 column far right (信宜)", () => {
  const sheet: Sheet = {
    name: "自查评分",
    rows: [
      ["信宜市2019年省级电子商务进农村综合示范创建自查评分表"],
      ["序号", "评价指标", "评分项", "分值", "达标情况", "分项自评", "指标自评", null, null, null, "说明"],
      ["2", "方案制定", "示范创建工作方案因地制宜、可操作性强（1-2分）", 2, "是", "２", 2, null, null, null, "工作方案已正式印发"],
      ["3", "政策支持", "出台支持农村电商发展的政策，且得到较好落实（1-2分）", 2, "是", "两分", 2, null, null, null, "出台若干措施"],
      ["5", "服务体系建设", "建成县级电子商务公共服务中心", 2, "是", "2分", 14, null, null, null, "市电商公共服务中心20.10.28正式投入运营"],
      [
        "7",
        "农村产品上行",
        "2020年农村网络零售额或农产品网络零售额同比增速≥30%",
        2,
        "否",
        "0",
        7,
        null,
        null,
        null,
        "2020年农村网络零售额18.6亿元，同比增长12.4%；2021年1-8月农村网络零售额14.2亿元，同比增长35.1%",
      ],
      ["8", "电商人才培训", "培训人次达常住人口1%及以上（10分）", 10, "是", "10分", 20, null, null, null, "累计培训6,218人、9,730人次"],
    ],
    merges: [],
  };
  const input = () => {
    const r = readLedgers({ sheets: [sheet] }, GD_2019);
    return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  };
  const n = (f: { kind: string; value: unknown } | undefined) => (f?.kind === "number" ? (f.value as { toNumber(): number }).toNumber() : undefined);

  test("指标自评 is the claim column; points typed ２ or 两分 are points", () => {
    const i = input();
    expect(Object.fromEntries(Object.entries(i.claims ?? {}).map(([k, c]) => [k, c.points.toNumber()]))).toMatchObject({
      "org.plan": 2,
      "org.policy": 2,
    });
    expect(i.judgements["org.policy"]?.points.toNumber()).toBe(2);
  });

  test("persons are no person-times; a 2021 growth is no 2020 growth; a day written 20.10.28 is a day; the title names the county", () => {
    const i = input();
    expect(n(i.facts.trainingPersonTimesStated)).toBe(9730);
    expect(n(i.facts.ruralRetailGrowthStated)).toBe(0.124);
    expect(i.facts.agriRetailGrowthStated).toBeUndefined();
    expect(i.facts.centerOpened?.value).toEqual({ y: 2020, m: 10, d: 28 });
    expect(i.facts.county?.value).toBe("信宜市");
  });
});

describe("criteria copied into column A, the county's answers in column B (惠来)", () => {
  const sheet: Sheet = {
    name: "对照评分标准自评",
    rows: [
      ["某县2019年省级电子商务进农村综合示范创建考评自评情况", null],
      ["评价指标及评分标准（照抄考评指标体系）", "我县完成情况"],
      ["县（市、区）名称", "惠来县"],
      [
        "建立县（市、区）政府主要领导牵头、多部门参与的工作协调机制",
        "成立领导小组：\n组长：县委副书记、县长 陈某某\n副组长：县政府副县长 林某某\n成员：县商务局、县财政局、县农业农村局、县乡村振兴局",
      ],
      ["制定科学严谨的示范创建工作方案。工作方案因地制宜,可操作性较强（1-2 分）", "已印发（惠府办函〔2019〕58号），2分"],
      ["为电子商务发展提供其他衍生增值服务（1 分）", "暂无"],
      ["资金支出率70%以上，且根据创建进度及时拨付（1-5 分）；资金支出率低于70%倒扣5分。", "省级资金500万元，已拨付395.2万元，支出率79%，4分"],
    ],
  };
  const input = () => {
    const r = readLedgers({ sheets: [sheet] }, GD_2019);
    return toScoringInput(r.ledgers, GD_2019, r.diagnostics);
  };
  const n = (f: { kind: string; value: unknown } | undefined) => (f?.kind === "number" ? (f.value as { toNumber(): number }).toNumber() : undefined);

  test("an answer's trailing N分 are the item's points; the answer is the fact; the rest of the cell is still read", () => {
    const i = input();
    expect(i.facts.planIssued?.value).toBe(true);
    expect(i.judgements["org.plan"]?.points.toNumber()).toBe(2);
    expect(i.judgements["fund.spending"]?.points.toNumber()).toBe(4);
    expect(n(i.facts.fundAllocated)).toBe(5000000);
    expect(n(i.facts.fundSpentStated)).toBe(3952000);
  });

  test("a line named for the fact, answered with points after it, gives the item resting on that fact its points", () => {
    const named: Sheet = { ...sheet, rows: sheet.rows.map((row) => (String(row[1]).startsWith("已印发") ? ["已正式印发示范县工作方案", row[1]] : row)) };
    const r = readLedgers({ sheets: [named] }, GD_2019);
    const i = toScoringInput(r.ledgers, GD_2019, r.diagnostics);
    expect(i.facts.planIssued?.value).toBe(true);
    expect(i.judgements["org.plan"]?.points.toNumber()).toBe(2);
  });

  test("暂无 is a no; 组长：县委副书记、县长 names the leader", () => {
    const i = input();
    expect(i.facts.centerOther?.value).toBe(false);
    // 县长 leads; 乡村振兴局 is 扶贫: all four departments.
    expect(i.facts.leadershipLevel?.value).toBe("principal-all");
  });
});
