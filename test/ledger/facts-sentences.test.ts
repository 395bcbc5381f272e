/**
 * Facts written inside sentences: a 完成情况 column in prose under topic labels. Each figure is read
 * with the words before it (the sentence's subject and year carried to "2020年达…", "同比增长…"),
 * a day with its clause, a clause saying something was done as 是 (or, negated, 否); plans and
 * bounds are not facts; a value written plainly beats one found in a sentence; remarks are never read.
 */
import type { Sheet } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { clausesOf, statementsOf } from "../../src/ledger/facts/sentences";
import { factsVocabulary } from "../../src/ledger/facts/vocabulary";
import { chinesePart } from "../../src/ledger/normalize/text";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";

const vocab = factsVocabulary(GD_2019);
const scores = (t: string) => vocab.inputs.match(chinesePart(t));
/** Each statement as "best input = value" (the input its label names best). */
const read = (sentence: string) => statementsOf(sentence, scores, 0.62, 0.06).map((s) => `${scores(s.label)[0]?.target.key ?? "?"}=${s.value}`);

describe("clausesOf", () => {
  test("splits at ，；。 but not at a thousands comma or inside brackets", () => {
    expect(clausesOf("累计培训4,213人次，同比增长36.9%；设有培训室（80座，含电脑）。")).toEqual(["累计培训4,213人次", "同比增长36.9%", "设有培训室（80座，含电脑）"]);
  });
});

describe("statementsOf", () => {
  test("a figure alone after a clause naming what it is (that holds no figure) is of that", () => {
    expect(read("用七普常住人口，50.87万人。户籍人口46.3万不用")).toContain("residentPopulation=50.87万人");
  });

  test("a topic before its years' figures, without a colon, is the subject of the growth after them", () => {
    const said = "农村网络零售额2019年9.62亿元，2020年12.31亿元，同比增长27.96%";
    expect(read(said)).toEqual(expect.arrayContaining(["ruralRetail2019=9.62亿元", "ruralRetail2020=12.31亿元", "ruralRetailGrowthStated=27.96%"]));
    // (Said of its subject, not of a year alone that the rural and the agricultural growth would share.)
    expect(statementsOf(said, scores, 0.62, 0.06).find((s) => s.value === "27.96%")?.label).toBe("2020年农村网络零售额同比增长");
  });

  test("a bare rate is of what the clause before it did, unless that clause said the same without the rate", () => {
    expect(read("目前全市289个行政村中已有281个实现快递进村，覆盖率97.2%，剩余8个村年底前解决")).toEqual(
      expect.arrayContaining(["adminVillagesStated=289个", "expressCoverage=97.2%"]),
    );
    // The sites' coverage restated: the rate keeps its own words (too weak alone to be the express coverage's).
    const rate = statementsOf("全县建成村级电商服务站点172个，覆盖行政村168个，覆盖率73.4%", scores, 0.62, 0.06).find((s) => s.value === "73.4%");
    expect(rate?.label).toBe("覆盖率");
    expect(scores("覆盖率")[0].score).toBeLessThan(0.62);
  });

  test("the clerk's points listed in a bracket after the account are each item's", () => {
    expect(read("委托第三方完成调研报告；开展促销活动。（自评：网销调研2分，网络促销2分，交易标准及冷链溯源1分）")).toEqual(
      expect.arrayContaining(["judged:work.upward.research=2分", "judged:work.upward.promotion=2分", "judged:work.upward.standards=1分"]),
    );
  });

  test("a fragment takes the sentence's subject and its own year", () => {
    const got = read("2019年全县农村网络零售额3.12亿元，2020年达4.27亿元，同比增长36.9%");
    expect(got).toEqual(expect.arrayContaining(["ruralRetail2019=3.12亿元", "ruralRetail2020=4.27亿元", "ruralRetailGrowthStated=36.9%"]));
  });

  test("several figures in one clause each have their own words", () => {
    expect(read("共有行政村250个、社区居委会17个；其中省定贫困村58个")).toEqual(expect.arrayContaining(["adminVillagesStated=250个", "poorVillagesStated=58个"]));
  });

  test("a day is read with what happened on it", () => {
    expect(read("县电子商务公共服务中心于2020年5月18日正式投入运营")).toContain("centerOpened=2020年5月18日");
  });

  test("a bound or a guess is no figure", () => {
    const figures = (s: string) => statementsOf(s, scores, 0.62, 0.06).filter((x) => x.kind === "figure");
    expect(figures("全年培训超过5000人次")).toEqual([]);
    expect(figures("参加培训的贫困人口3000人以上")).toEqual([]);
  });

  test("a plan states nothing; a negated clause answers 否", () => {
    expect(statementsOf("计划于2021年底建成电商产业园", scores, 0.62, 0.06)).toEqual([]);
    // A document's status, still on its way: it is not issued, and opens no 征求意见 window.
    expect(statementsOf("征求意见中", scores, 0.62, 0.06)).toEqual([]);
    expect(read("征求意见中，未印发")).not.toContain("disclosureWindow=是");
    expect(read("各承办单位尚未建立资金专用台账")).toContain("fundLedgerKept=否");
  });
});

describe("an account of points (得分依据)", () => {
  test("points in brackets after what earned them score that part, read with its sentence when alone it names nothing", () => {
    expect(read("开展网销调研并形成报告（2分）；举办网络促销活动（2分）；冷链、溯源系统在建（1分）").filter((x) => x.endsWith("分"))).toEqual([
      "judged:work.upward.research=2分",
      "judged:work.upward.promotion=2分",
      "judged:work.upward.standards=1分",
    ]);
    expect(read("制定项目管理制度，建设、验收按制度执行（2分）；工作台帐有建立，但记录不够完整（1分）").filter((x) => x.endsWith("分"))).toEqual([
      "judged:org.management.system=2分",
      "judged:org.management.ledger=1分",
    ]);
  });

  test("two things joined by 和 are each done; a clause done beside one not done answers nothing together", () => {
    const got = read("县政府门户网站开设专栏，已公示实施方案和项目建设进度，未设立征求意见或监督举报窗口");
    expect(got).toEqual(expect.arrayContaining(["disclosurePlan=是", "disclosureProgress=是", "disclosureWindow=否"]));
    expect(got).not.toContain("disclosurePlan=否");
  });
});

describe("what a figure or a 'not done' is of, said elsewhere in its sentence", () => {
  test("a figure named weakly before it is named by what happened to it after (已全部下达 → allocated)", () => {
    expect(read("省级专项资金５００万元已全部下达，截至8月31日累计拨付约312万元")).toEqual(
      // (Its full-width digits read as digits, as Chinese numerals are.)
      expect.arrayContaining(["fundAllocated=500万元", "fundSpentStated=312万元"]),
    );
  });

  test("a bare 尚未印发 is said of the document its sentence named before", () => {
    expect(read("《某县促进农村电子商务发展若干措施》已完成起草，正在征求意见，尚未印发。")).toContain("policyIssued=否");
  });

  test("what is not done yet is named before the words saying so (产业园还没建, 摄影美工服务暂未开展)", () => {
    expect(read("产业园还没建。")).toEqual(["parkBuilt=否"]);
    expect(read("摄影美工服务暂未开展。")).toContain("centerPhoto=否");
    // A service for a fee is not the free one asked about.
    expect(read("免费培训场所及设备：有；摄影美工：有偿（按成本价收费）")).toEqual(expect.arrayContaining(["centerFreeTraining=是", "centerPhoto=否"]));
    // …nor is one a clause after it charges for, naming nothing of its own (紫金's narration).
    expect(read("摄影室为电商企业拍摄产品图片、设计详情页，按成本价收取少量费用。")).not.toContain("centerPhoto=是");
    expect(read("摄影室为电商企业拍摄产品图片、设计详情页，按成本价收取少量费用。")).toContain("centerPhoto=否");
    // A clause naming its own service keeps the charge to itself: the display before it stays free.
    expect(read("免费展示展销本地农产品，摄影、美工按成本收费（非免费）")).toEqual(expect.arrayContaining(["centerDisplay=是", "centerPhoto=否"]));
    expect(read("免费：特色农产品展示展销区（展出126款产品），收费：摄影、美工服务按成本价收取")).toContain("centerDisplay=是");
    // Done, the clause is read as it was.
    expect(read("产业园已建成。")).toEqual(["parkBuilt=是"]);
  });
});

test("a 情况说明 merged across the sheet under a score table is the clerk's account and is read", () => {
  const sheet: Sheet = {
    name: "自评情况",
    rows: [
      ["序号", "评价指标", "分值", "自评分", "备注"],
      [1, "组织领导", 2, 1, "分管副县长任组长"],
      [2, "方案制定", 2, 2, null],
      [null, null, null, null, null],
      ["三、情况说明", null, null, null, null],
      ["6．资金使用。省级专项资金５００万元已全部下达，截至8月31日累计拨付约312万元。制定了专项资金管理办法。", null, null, null, null],
    ],
    merges: [{ top: 5, left: 0, bottom: 5, right: 4 }],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toMatchObject({ fundAllocated: "500万元", fundSystemIssued: "是" });
});

describe("reading a facts sheet in prose", () => {
  const sheet = (rows: (string | number | null)[][]): Sheet => ({ name: "基本情况", rows });

  test("topics on the left, sentences on the right: every stated fact, the leader too, each said to come from its sentence", () => {
    const grids = {
      sheets: [
        sheet([
          ["指标", "完成情况", "备注"],
          ["一、常住人口", "全县常住人口约37.4万人（2020年末）", null],
          ["二、组织领导", "成立以县长为组长，县商务局、财政局、农业农村局、扶贫办等为成员单位的工作领导小组", null],
          ["三、资金情况", "省级财政下达专项资金500万元，截至目前累计拨付412.6万元", "另有县级配套资金120万元"],
          [null, "已制定《某县电子商务进农村综合示范专项资金管理办法》，尚未建立资金专用台账", null],
        ]),
      ],
    };
    const { ledgers, diagnostics } = readLedgers(grids, GD_2019);
    const byKey = Object.fromEntries(ledgers.facts.map((f) => [f.key, [f.cell, f.value]]));
    expect(byKey).toEqual({
      residentPopulation: ["B2", "37.4万人"],
      fundAllocated: ["B4", "500万元"],
      fundSpentStated: ["B4", "412.6万元"],
      fundSystemIssued: ["B5", "是"],
      fundLedgerKept: ["B5", "否"],
    });
    const input = toScoringInput(ledgers, GD_2019, diagnostics);
    expect(input.facts.leadershipLevel).toMatchObject({ kind: "text", value: "principal-all" });
    expect(diagnostics.list.find((d) => d.cell === "B2")?.message).toBe("“常住人口”读自句子“全县常住人口约37.4万人（2020年末）”中的“37.4万人”");
    // The topics read through their sentences (the leader's too) are not reported as labels not understood.
    expect(diagnostics.list.some((d) => d.cell === "A2" || d.cell === "A3")).toBe(false);
  });

  test("a value written plainly on another sheet beats one inside a sentence, without a warning that it was filled twice", () => {
    const read = readLedgers(
      {
        sheets: [
          sheet([
            ["项目", "填报内容"],
            ["常住人口（万人）", 42],
          ]),
          {
            name: "情况说明",
            rows: [
              ["指标", "完成情况"],
              ["一、常住人口", "全县常住人口约37.4万人"],
              ["二、电商培训", "累计培训4,213人次"],
              ["三、资金情况", "省级财政下达专项资金500万元"],
            ],
          },
        ],
      },
      GD_2019,
    );
    const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
    expect((input.facts.residentPopulation as { value: { toNumber(): number } }).value.toNumber()).toBe(420000);
    expect((input.facts.fundAllocated as { value: { toNumber(): number } }).value.toNumber()).toBe(5000000);
    expect(read.diagnostics.list.filter((d) => d.message.includes("填写了两次"))).toEqual([]);
  });

  test("a value written plainly beats one inside a sentence", () => {
    const { ledgers } = readLedgers(
      {
        sheets: [
          sheet([
            ["项目", "填报内容"],
            ["常住人口（万人）", 42],
            ["人口情况", "全县常住人口约37.4万人"],
          ]),
        ],
      },
      GD_2019,
    );
    expect(ledgers.facts.filter((f) => f.key === "residentPopulation").map((f) => f.cell)).toEqual(["B2"]);
  });
});

describe("an official table's 自评情况说明", () => {
  const table = (noteHeader: string): Sheet => ({
    name: "自评表",
    rows: [
      ["工作任务", "评价指标名称", "权重", "自评分", noteHeader],
      ["深入推动电子商务进农村工作", "服务体系建设", 25, 13, "县电商公共服务中心2020年9月28日投入运营；电商产业园已建成"],
      [null, "农村产品上行", 10, 9, "网销调研2分；网络促销活动2分；交易标准及冷链溯源1分；2020年农产品网络零售额同比增长42.5%，2分"],
      ["加强财政资金管理", "资金支出", 5, 5, "下达资金500万元，已拨付438.2万元，支出率87.6%"],
    ],
  });

  test("is the clerk's account: its facts and its items' points are read", () => {
    const { ledgers } = readLedgers({ sheets: [table("自评情况说明")] }, GD_2019);
    expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toEqual({
      centerOpened: "2020年9月28日",
      parkBuilt: "是",
      "judged:work.upward.research": "2分",
      "judged:work.upward.promotion": "2分",
      "judged:work.upward.standards": "1分",
      agriRetailGrowthStated: "42.5%",
      fundAllocated: "500万元",
      fundSpentStated: "438.2万元",
    });
    expect(ledgers.claims.map((c) => c.indicator)).toEqual(["work.center", "work.upward", "fund.spending"]);
  });

  test("the same sentences as 佐证材料 (the documents that prove a line) are not read", () => {
    expect(readLedgers({ sheets: [table("佐证材料")] }, GD_2019).ledgers.facts).toEqual([]);
  });
});

describe("recognising a facts sheet written as prose", () => {
  test("the inputs its sentences name make it a facts sheet, though no label names one", () => {
    const prose: Sheet = {
      name: "情况说明",
      rows: [
        ["项目", "完成情况"],
        ["一、人口", "全县常住人口约37.4万人"],
        ["二、资金", "省级财政下达专项资金500万元，截至目前累计拨付412.6万元"],
      ],
    };
    const { recognitions, ledgers } = readLedgers({ sheets: [prose] }, GD_2019);
    expect(recognitions[0].kind).toBe("facts");
    expect(ledgers.facts.map((f) => f.key)).toEqual(["residentPopulation", "fundAllocated", "fundSpentStated"]);
  });

  test("a ledger's note stating the fund's figures stays a ledger", () => {
    const funds: Sheet = {
      name: "拨付台账",
      rows: [
        ["序号", "项目名称", "拨付日期", "拨付金额（万元）", "备注"],
        [1, "公共服务中心装修", "2020-03-18", 45.6, "合同价152万元，首付30%"],
        [2, "物流分拣中心设备", "2020-09-25", 85.35, null],
        ["注：省级下达专项资金500万元，截至2021年8月31日累计拨付379万元，资金支出率75.8%。", null, null, null, null],
      ],
    };
    expect(readLedgers({ sheets: [funds] }, GD_2019).recognitions[0].kind).toBe("funds");
  });
});

describe("a 情况说明 in paragraphs under headings", () => {
  test("each paragraph's figures, days and things done are read, lists item by item", () => {
    const sheet: Sheet = {
      name: "情况说明",
      rows: [
        ["某县电子商务进农村综合示范创建工作情况说明", null],
        ["一、基本情况", null],
        ["全县共有行政村434个，其中省定贫困村56个。全县常住人口105.1万人。", null],
        ["二、信息公开", null],
        ["在县政府门户网站开设专栏，公开了创建工作方案、项目基本信息和项目建设进度，并设立监督举报窗口。", null],
        ["三、其他", null],
        ["创建期间未发生安全生产、质量事故，不存在弄虚作假行为。", null],
      ],
      merges: [2, 4, 6].map((r) => ({ top: r, left: 0, bottom: r, right: 1 })),
    };
    const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
    expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toEqual({
      adminVillagesStated: "434个",
      poorVillagesStated: "56个",
      residentPopulation: "105.1万人",
      disclosurePlan: "是",
      disclosureProjects: "是",
      disclosureProgress: "是",
      disclosureWindow: "是",
      vetoIncident: "否",
      vetoFraud: "否",
    });
  });

  test("a report pasted above its score table, a paragraph per cell, is read; the table's points stay claims", () => {
    const sheet: Sheet = {
      name: "自评报告",
      rows: [
        ["某市电子商务进农村综合示范创建工作自评报告"],
        ["一、基本情况"],
        ["全市共有行政村317个，常住人口约126.6万人，省级财政下达专项资金500万元。"],
        ["二、主要工作"],
        ["市电子商务公共服务中心于2020年6月18日正式投入运营，全市317个行政村已全部实现快递物流通达。"],
        ["附表：自评得分表"],
        ["序号", "评价指标", "分值", "自评得分"],
        [1, "组织领导", 2, 2],
        [2, "方案制定", 2, 2],
      ],
    };
    const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
    expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toEqual({
      adminVillagesStated: "317个",
      residentPopulation: "126.6万人",
      fundAllocated: "500万元",
      centerOpened: "2020年6月18日",
      expressCoverage: "是",
    });
    expect(ledgers.claims.map((c) => [c.indicator, c.value])).toEqual([
      ["org.leadership", 2],
      ["org.plan", 2],
    ]);
  });

  test("the rubric's own sentences in an official table are never read as the county's", () => {
    const table: Sheet = {
      name: "自评表",
      rows: [
        ["评价指标", "权重", "指标解释", "自评分"],
        ["服务体系建设", 25, "辖区内行政村建设村级电子商务服务站点要达到70%以上（行政村个数在200个及以上的，以200个为基数计算），其中省定贫困村实现全覆盖。", 20],
      ],
    };
    expect(readLedgers({ sheets: [table] }, GD_2019).ledgers.facts).toEqual([]);
  });
});

test("a 完成情况 written beside each indicator's 自评分 is read too, its points staying the claims", () => {
  const sheet: Sheet = {
    name: "完成情况",
    rows: [
      ["序号", "考评内容", "分值", "完成情况", "自评分"],
      [1, "组织领导", 2, "我县成立了由分管副县长任组长，县商务局、财政局、农业农村局、乡村振兴局为成员的工作领导小组。", 1],
      [2, "资金支出", 5, "省级下达专项资金500万元，截至8月底累计拨付371.26万元，资金支出率74.3%。", 4],
    ],
  };
  const { ledgers, diagnostics } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.claims.map((c) => [c.indicator, c.value])).toEqual([
    ["org.leadership", 1],
    ["fund.spending", 4],
  ]);
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toEqual({ fundAllocated: "500万元", fundSpentStated: "371.26万元" });
  expect(toScoringInput(ledgers, GD_2019, diagnostics).facts.leadershipLevel).toMatchObject({ value: "deputy" });
});

test("a column headed with more than its 完成情况 (关键数据及完成情况) is a 完成情况 all the same", () => {
  const sheet: Sheet = {
    name: "目录及自评",
    rows: [
      ["评价指标（分值）", "佐证材料名称", "关键数据及完成情况", "自评分"],
      ["资金支出（5分）", "拨付凭证", "下达省级专项资金500万元，截至2021年8月31日累计拨付412.6万元", 4],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toMatchObject({ fundAllocated: "500万元", fundSpentStated: "412.6万元" });
  expect(ledgers.claims.map((c) => [c.indicator, c.value])).toEqual([["fund.spending", 4]]);
});

test("a count written before its noun is that noun's, and the next figure's words start after it", () => {
  const got = statementsOf("全县辖8个镇，共有97个行政村、10个社区，其中省定贫困村14个", scores, 0.62, 0.06)
    .filter((s) => s.kind === "figure")
    .map((s) => [s.label, s.value]);
  expect(got).toEqual([
    ["行政村", "97个"],
    ["社区", "10个"],
    ["省定贫困村", "14个"],
  ]);
});

test("a day's clause is read with an earlier clause of its sentence when alone it names nothing", () => {
  const got = statementsOf("县电子商务公共服务中心位于蕉城镇长寿大道，面积1500平方米，于2020年4月28日正式投入运营。", scores, 0.62, 0.06).filter(
    (s) => s.kind === "date",
  );
  expect(got.map((s) => scores(s.label)[0]?.target.key)).toEqual(["centerOpened"]);
});

test("a period written with two separators is no day: 2020.9-2021.10 is not 2020.9.20", () => {
  expect(read("统计时段2020.9-2021.10，中心于2020.9.18投入运营")).not.toContain("asOf=2020.9-20");
  expect(read("统计时段2020.9-2021.10，中心于2020.9.18投入运营")).toContain("centerOpened=2020.9.18");
});

test("a figure in a 数量 cell's sentence that names nothing is its line's (电商培训 | 二十三期、共计五千二百人次)", () => {
  const sheet: Sheet = {
    name: "基本情况",
    rows: [
      ["序号", "项目", "数量", "单位"],
      [1, "行政村数", "四百三十八", "个"],
      [2, "电商培训", "二十三期、共计五千二百人次", null],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toEqual({ adminVillagesStated: "四百三十八", trainingPersonTimesStated: "5200人次" });
});

test("a 说明（情况及佐证） column beside a table's 自评 is the clerk's account: its sentences are read", () => {
  const sheet: Sheet = {
    name: "Sheet2",
    rows: [
      ["序号", "评价指标", "分值", "自评", "说明（情况及佐证）"],
      [1, "服务体系建设（县级中心、产业园）", 15, "14分", "市电商公共服务中心于2020年6月18日投入运营；设有免费培训室及培训设备，能开展电商基础培训"],
      [2, "信息公开", 4, "4分", "在市政府门户网站设立专栏，公示创建方案、项目基本信息、项目建设进度，设有监督举报电话"],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toMatchObject({
    centerOpened: "2020年6月18日",
    centerFreeTraining: "是",
    disclosurePlan: "是",
    disclosureWindow: "是",
  });
});

test("in an official table split per clause, a clause's value is never the next clause below it", () => {
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["评价指标名称", "权重", "评分标准", "自评说明", "分项得分", "自评得分"],
      ["服务体系建设", 25, "建成县级电子商务公共服务中心（2分）；", "区电商公共服务中心于2020年6月30日建成并投入运营", 2, 14],
      [null, null, "建成后已正常运行6个月（截至2021年8月31日）以上（2分）；", "已连续运营14个月", 2, null],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(ledgers.facts.filter((f) => f.key === "centerOpened").map((f) => f.cell)).toEqual(["D2"]);
});

test("a clerk's answer beside a criterion is read with it: 能统计电商扶贫情况 | 已统计建档立卡贫困户…; a policy named …十条措施 is a policy", () => {
  const sheet: Sheet = {
    name: "自评表",
    rows: [
      ["评价指标名称", "评分标准", "自评说明", "分项得分", "自评得分"],
      ["政策支持", "出台相关政策，且得到较好落实（1-2分）", "出台《某区扶持农村电子商务发展十条措施》，部分措施尚未落实到位", 1, 1],
      ["数据上报", "能统计电商扶贫情况（3分），未统计相关情况不得分。", "已统计建档立卡贫困户电商培训及带动增收情况", 3, 3],
    ],
  };
  const { ledgers } = readLedgers({ sheets: [sheet] }, GD_2019);
  expect(Object.fromEntries(ledgers.facts.map((f) => [f.key, f.value]))).toMatchObject({ policyIssued: "是", povertyStatisticsStated: "是" });
});

describe("a report pasted from Word (阳春)", () => {
  test("a clause naming only a year is the year of the figures after it, to the end of its sentence", () => {
    const got = read(
      "2020年，全市农村网络零售额达到21.6亿元，同比增长百分之二十六点三；农产品网络零售额6.84亿元，同比增长34.7%。2021年1—7月，全市农村网络零售额15.9亿元，同比增长22.1%。",
    );
    expect(got).toEqual(expect.arrayContaining(["ruralRetail2020=21.6亿元", "ruralRetailGrowthStated=26.3%", "agriRetail2020=6.84亿元", "agriRetailGrowthStated=34.7%"]));
    // The 2021 figures are 2021's (labelled so, they name no 2019 or 2020 input).
    const st = statementsOf("2020年，全市农村网络零售额21.6亿元。2021年1—7月，全市农村网络零售额15.9亿元，同比增长22.1%。", scores, 0.62, 0.06);
    expect(st.find((x) => x.value === "15.9亿元")?.label).toMatch(/^2021年/);
    expect(st.find((x) => x.value === "22.1%")?.label).toMatch(/^2021年/);
  });

  test("a day written out in words is a day", () => {
    expect(read("阳春市电子商务公共服务中心于二〇二〇年十月建成并投入运营")).toContain("centerOpened=2020年10月");
  });

  test("a list follows its verb: what is provided, not who it is provided for", () => {
    expect(read("免费为电商企业和返乡创业青年提供电商基础培训、产品拍摄及美工设计服务")).toContain("centerFreeTraining=是");
  });

  test("a rate below 100% answers a 100% criterion no, however the clause reads", () => {
    const sheet: Sheet = {
      name: "自评报告",
      rows: [["某市自评报告"], ["（三）推动农村产品上行。全市行政村快递物流覆盖率达到98.5%，尚有5个边远山区行政村未实现快递直达。"]],
    };
    const r = readLedgers({ sheets: [sheet] }, GD_2019);
    expect(toScoringInput(r.ledgers, GD_2019, r.diagnostics).facts.expressCoverage?.value).toBe(false);
  });

  test("a total's breakdown in prose gives each indicator's claim, a bracket breaking a part down again giving its parts", () => {
    const sheet: Sheet = {
      name: "自评报告",
      rows: [
        ["某市自评报告"],
        [
          "对照考评指标体系，我市自评得分93分（含加分1分），其中：组织领导1分，方案制定2分，项目管理4分；服务体系建设23分（县级电子商务公共服务中心及产业园13分，村级站点覆盖10分），农村产品上行8分；资金支出4分；加分项1分（电商扶贫典型案例获省级电视媒体播报）。",
        ],
      ],
    };
    const r = readLedgers({ sheets: [sheet] }, GD_2019);
    const claims = toScoringInput(r.ledgers, GD_2019, r.diagnostics).claims ?? {};
    expect(Object.fromEntries(Object.entries(claims).map(([k, c]) => [k, c.points.toNumber()]))).toEqual({
      "org.leadership": 1,
      "org.plan": 2,
      "org.management": 4,
      "work.center": 13,
      "work.coverage": 10,
      "work.upward": 8,
      "fund.spending": 4,
      "bonus.tvCase": 1,
    });
  });
});

test("a bare 万 after a figure counts when no word follows it: 常住人口约72.3万（按50万为基数） is 723,000 persons", () => {
  const got = read("常住人口约72.3万（按50万为基数），累计培训5,380人次，占1.08%");
  expect(got).toEqual(expect.arrayContaining(["residentPopulation=72.3万", "trainingPersonTimesStated=5,380人次"]));
  // 50万为基数: a 万 with a word after it is no figure of its own.
  expect(got.some((s) => s.endsWith("=50万"))).toBe(false);
});

test("自评N分 ending a part of a report's paragraph scores what the part did (一是方案：…，自评2分)", () => {
  const sheet: Sheet = {
    name: "自评报告",
    rows: [
      ["一、基本情况。全县常住人口69.8万人，行政村229个，省定相对贫困村17个；2020年全县农村网络零售额12.6亿元，累计培训7362人次。"],
      [
        "二、组织领导。一是方案：2019年12月正式印发《某县电子商务进农村综合示范县创建工作方案》（府办函〔2019〕112号），自评2分；二是政策：出台《某县促进农村电子商务发展扶持办法》，在资金、场地、人才方面给予扶持，自评2分。",
      ],
      ["五、农产品上行。一是委托第三方开展农产品网络销售调研，形成调研报告及针对性建议，自评2分；二是举办网购节、直播带货等网络促销活动6场，成效明显，自评2分。"],
    ],
  };
  const r = readLedgers({ sheets: [sheet] }, GD_2019);
  const judged = Object.fromEntries(Object.entries(toScoringInput(r.ledgers, GD_2019, r.diagnostics).judgements).map(([k, j]) => [k, j.points.toNumber()]));
  expect(judged).toMatchObject({ "org.plan": 2, "org.policy": 2, "work.upward.research": 2, "work.upward.promotion": 2 });
});

describe("figures an answer carries (惠来: criteria on the left, the clerk's mixed answers on the right)", () => {
  test("“5800余人次” is the figure stated; a plan in brackets beside it is an aside, never read", () => {
    const got = read("累计培训5800余人次（方案目标5000人次）");
    expect(got).toContain("trainingPersonTimesStated=5800余人次");
    expect(got.some((s) => s.includes("5000"))).toBe(false);
  });

  test("the figure after a deduction is the subject's without it; the amount taken off is no figure", () => {
    const got = read("有劳动能力建档立卡贫困人口6350人，扣除外出务工2230人后为4120人；已参训2265人");
    const last = statementsOf("有劳动能力建档立卡贫困人口6350人，扣除外出务工2230人后为4120人", scores, 0.62, 0.06).filter((s) => s.kind === "figure");
    // (The figure before the deduction was a step on the way, no statement of its own.)
    expect(last.map((s) => s.value)).toEqual(["4120人"]);
    expect(last[0].label).toMatch(/不含外出务工/);
    expect(got).toContain("eligiblePoorPersonsStated=4120人");
    expect(got.some((s) => s.endsWith("=2230人") || s.endsWith("=6350人"))).toBe(false);
    // So without 建档立卡 in the subject, where the two figures' words read alike (惠东).
    expect(read("有劳动能力贫困人口3,102人，扣除外出务工515人后为2,587人")).toContain("eligiblePoorPersonsStated=2,587人");
  });

  test("an answer whose figure is in its bracket gives the figure; beside a figure of its own a bracket is an aside", () => {
    expect(read("否（总体进度约90%）")).toContain("overallProgress=90%");
    const figures = statementsOf("常住人口112.8万人（七普数据；户籍人口136.5万）", scores, 0.62, 0.06).filter((s) => s.kind === "figure");
    expect(figures.map((s) => s.value)).toEqual(["112.8万人"]);
  });
});

test("自评N分 after a part whose topic names two items (项目管理) scores the one its account names; titles are read short", () => {
  const points = (s: string) =>
    statementsOf(s, scores, 0.62, 0.06)
      .filter((x) => x.kind === "points")
      .map((x) => `${scores(x.label)[0]?.target.key}=${x.value}`);
  expect(
    points("三是项目管理：制定《某县电子商务进农村综合示范项目管理办法》，建设、验收严格按办法执行，自评2分；工作台账已建立，部分镇台账仍在补充完善，自评1分。"),
  ).toEqual(["judged:org.management.system=2分", "judged:org.management.ledger=1分"]);
  // A topic naming one item clearly stays the label ("一是方案：…").
  expect(points("一是方案：2019年12月正式印发《某县电子商务进农村综合示范县创建工作方案》（府办函〔2019〕112号），自评2分。")).toEqual(["judged:org.plan=2分"]);
  expect(points("二是制定《某县电子商务进农村综合示范专项资金管理办法》，自评5分；四是按创建进度及时拨付资金，自评4分。")).toEqual([
    expect.stringMatching(/fund/),
    "judged:fund.spending=4分",
  ]);
});

// 和平's catalogue (83rd blind batch): "已公开：全县236个行政村中建站覆盖168个" — the verdict before its colon names
// nothing, and the villages counted end before the 中 of the part counted among them.
test("a count of a whole before the part counted in it (N个行政村中…M个)", () => {
  const said = statementsOf("已公开：全县236个行政村中建站覆盖168个，站点名录已公开", scores, 0.6, 0.05).filter((s) => s.kind === "figure");
  expect(said.map((s) => [s.label, s.value])).toContainEqual(["行政村", "236个"]);
  const checked = statementsOf("经核，全县60个行政村中59个已通快递", scores, 0.6, 0.05).filter((s) => s.kind === "figure");
  expect(checked.map((s) => [s.label, s.value])).toContainEqual(["行政村", "60个"]);
});

// 武江's and 电白's accounts (47th and 83rd blind batches): a later year's figure goes on to that year; an earlier
// year's said in passing is the comparison's; this year's months so far are no whole year's.
test("a year said in passing after a figure: the comparison's only when earlier", () => {
  const figures = (t: string) =>
    statementsOf(t, scores, 0.6, 0.05)
      .filter((s) => s.kind === "figure")
      .map((s) => [s.label, s.value]);
  expect(figures("2020年全区农村网络零售额62.3亿元，2019年是48.1亿元，增长了29.5%；农产品网络零售额21.7亿元，同比增长34.2%。")).toEqual(
    expect.arrayContaining([
      ["2019年农村网络零售额", "48.1亿元"],
      ["2020年农产品网络零售额", "21.7亿元"],
    ]),
  );
  expect(figures("2019年农村网络零售额为7.86亿元，2020年为9.73亿元，同比增长23.8%。")).toContainEqual(["2020年农村网络零售额同比增长", "23.8%"]);
  expect(figures("今年1至8月，全县农村网络零售额达13.5亿元。")).toEqual([["今年1至8月农村网络零售额", "13.5亿元"]]);
});

// 揭东's and 龙门's accounts (84th blind batch): growth said in times.
test("growth said in times: 是上年的1.32倍 is 32%, 增长1.2倍 is 120%", () => {
  const rates = (t: string) =>
    statementsOf(t, scores, 0.6, 0.05)
      .filter((s) => s.kind === "figure" && s.unit === "%")
      .map((s) => s.value);
  expect(rates("2020年农产品网络零售额13.02亿元，是上年的1.32倍。")).toEqual(["32%"]);
  expect(rates("2020年农产品网络零售额同比增长1.2倍。")).toEqual(["120%"]);
});

test("a bare 截至 day bounds the figure it dates, no cut-off of the sheet's; one saying whose day it is still is", () => {
  // (A clause said done answers 是 to the input its words name best; only a day can be a cut-off.)
  const cutOffs = (sentence: string) => read(sentence).filter((s) => /^asOf=.*\d/.test(s));
  // An audit slip's finding, a legal opinion's clause, a chronicle's 时间 cell: the day only dates the figure.
  expect(read("2．截至2021年8月31日，累计拨付项目资金3,712,400元")).toContain("fundSpentStated=3,712,400元");
  expect(cutOffs("2．截至2021年8月31日，累计拨付项目资金3,712,400元")).toEqual([]);
  expect(read("省级下达专项资金500万元，截至2021年8月31日累计拨付397.5万元")).toContain("fundSpentStated=397.5万元");
  expect(cutOffs("省级下达专项资金500万元，截至2021年8月31日累计拨付397.5万元")).toEqual([]);
  expect(cutOffs("截至2021.8.31")).toEqual([]);
  // Said of the data, or the review's day named: the cut-off.
  expect(cutOffs("本次自评数据截至2021年8月31日")).toEqual(["asOf=2021年8月31日"]);
  expect(cutOffs("考评截止日期为2021年8月31日")).toEqual(["asOf=2021年8月31日"]);
  expect(cutOffs("财政局确认：截至2021年8月31日")).toEqual(["asOf=2021年8月31日"]);
});
