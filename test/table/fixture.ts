/** A small rubric and a hand-made report for the table and writer tests (not the real gd-2019 data). */
import type { Rubric, RubricIndicator } from "../../src/scoring/rubric";
import type { IndicatorResult, ScoreReport } from "../../src/scoring/report";

const judged = { kind: "judged", min: "1", max: "2" } as const;

function ind(
  id: string,
  group: string,
  weight: string,
  section: RubricIndicator["section"],
  name: string,
  printed: string,
  extra: Partial<RubricIndicator> = {},
): RubricIndicator {
  return {
    id,
    group,
    name,
    weight,
    section,
    texts: { name: printed, explanation: `${printed}的指标解释`, criteria: `${printed}的评分标准（${weight}分）`, evidence: `${printed}的佐证材料` },
    items: [{ id: `${id}.a`, label: `${name}项`, max: weight, rule: judged }],
    ...extra,
  };
}

export const RUBRIC: Rubric = {
  id: "test-2019",
  title: "2019 年省级电子商务进农村综合示范创建考评指标体系",
  asOf: "2021-08-31",
  totalWeight: "100",
  maxBonus: "4",
  groups: [
    { id: "org", name: "加强组织领导与统筹协调（10分）", weight: "10", section: "scored" },
    { id: "work", name: "深入推动电子商务进农村工作（55分）", weight: "55", section: "scored" },
    { id: "fund", name: "加强财政资金管理（15分）", weight: "15", section: "scored" },
    { id: "bonus", name: "加分项（4分）", weight: "4", section: "bonus" },
    { id: "veto", name: "一票否决项", weight: "0", section: "veto" },
  ],
  indicators: [
    ind("org.leadership", "org", "2", "scored", "组织领导", "组织领导"),
    ind("org.plan", "org", "2", "scored", "方案制定", "方案制定"),
    ind("work.center", "work", "15", "scored", "服务体系建设：县级中心与产业园", "服务体系建设", {
      texts: {
        name: "服务体系建设",
        explanation: "建设县级电子商务公共服务中心。",
        criteria: "建成县级电子商务公共服务中心（2分）；",
        evidence: "1、现场查看县级电子商务公共服务中心运营情况。",
      },
    }),
    ind("work.coverage", "work", "10", "scored", "服务体系建设：村级站点覆盖", "服务体系建设", {
      texts: {
        name: "服务体系建设",
        explanation: "辖区内行政村建设村级电子商务服务站点要达到 70%以上",
        criteria: "行政村覆盖率 70%及以上（5分）",
        evidence: "辖区内行政村清单、村级电商服务站点清单",
      },
    }),
    ind("work.training", "work", "20", "scored", "电商人才培训", "电商人才培训"),
    ind("fund.spending", "fund", "5", "scored", "资金支出", "资金支出", { floor: "-5" }),
    ind("bonus.poorTraining", "bonus", "2", "bonus", "贫困人口培训率≥70%", "", {
      texts: { name: "", explanation: "", criteria: "建档立卡贫困人口培训率 70%及以上（2分）", evidence: "参加培训的建档立卡贫困人口清单及签到表等" },
    }),
    ind("veto.incident", "veto", "0", "veto", "安全生产、质量事故", "", {
      texts: { name: "", explanation: "", criteria: "发生安全生产、质量事故，或者造成重大经济损失和社会不良影响。", evidence: "" },
    }),
    ind("veto.fraud", "veto", "0", "veto", "弄虚作假", "", {
      texts: { name: "", explanation: "", criteria: "弄虚作假。", evidence: "" },
    }),
  ],
  inputs: [],
  factLabels: {},
  requiredLedgers: [],
  measures: [],
};

function res(
  id: string,
  points: number,
  status: IndicatorResult["status"],
  basis: string,
  items: Partial<IndicatorResult["items"][number]>[] = [],
  extra: Partial<IndicatorResult> = {},
): IndicatorResult {
  const ri = RUBRIC.indicators.find((x) => x.id === id)!;
  return {
    id,
    group: ri.group,
    name: ri.name,
    section: ri.section,
    weight: Number(ri.weight),
    points,
    status,
    basis,
    items: items.map((it, k) => ({
      id: `${id}.${k}`,
      label: `项${k + 1}`,
      points: 0,
      max: 0,
      status: "computed",
      basis: "",
      evidence: [],
      ...it,
    })),
    ...extra,
  };
}

export function makeReport(over: Partial<ScoreReport> = {}): ScoreReport {
  return {
    rubric: "test-2019",
    asOf: "2021-08-31",
    county: "乐昌市",
    total: 52,
    totalBeforeVeto: 52,
    bonus: 2,
    vetoed: false,
    vetoReasons: [],
    indicators: [
      res(
        "org.leadership",
        2,
        "computed",
        "主要领导牵头，商务、财政、农业、扶贫部门参与 → 2分",
        [{ label: "组织领导", points: 2, max: 2, basis: "市长牵头 → 2分", evidence: [{ sheet: "基本情况", cell: "C5" }] }],
        { claimed: 2 },
      ),
      res("org.plan", 0, "missing", "未填写自评分", [{ label: "方案制定", points: 0, max: 2, status: "missing", basis: "自评分未填写" }]),
      res(
        "work.center",
        11,
        "computed",
        "10 项中 7 项达到",
        [
          { label: "建成县级电子商务公共服务中心", points: 2, max: 2, basis: "投入运营 2020-12-18 ≤ 2021-08-31 → 2分", value: "2020-12-18", threshold: "≤ 2021-08-31" },
          {
            label: "产业园入驻企业",
            points: 0,
            max: 2,
            basis: "=15 家 < 20 家 → 0分",
            value: "15 家",
            threshold: "≥ 20 家",
            evidence: [{ sheet: "入驻企业", rows: [3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17] }],
          },
        ],
        { claimed: 13 },
      ), // the county claims more than the ledgers support
      res("work.coverage", 10, "computed", "行政村与省定贫困村覆盖", [
        {
          label: "行政村覆盖",
          points: 5,
          max: 5,
          basis: "137/195 个行政村有站点 = 70.3% ≥ 70% → 5分",
          value: "70.3%",
          threshold: "≥ 70%",
          evidence: [
            { sheet: "站点台账", rows: Array.from({ length: 137 }, (_, i) => i + 5) },
            { sheet: "行政村清单", rows: [4, 5, 6, 9] },
          ],
        },
        {
          label: "省定贫困村覆盖",
          points: 5,
          max: 5,
          basis: "39/39 个省定贫困村有站点 = 100% → 5分",
          value: "100%",
          threshold: "= 100%",
          evidence: [{ sheet: "站点台账", rows: [5, 6] }],
        },
      ]),
      res("work.training", 20, "computed", "培训人次与贫困人口培训率", [
        { label: "培训人次", points: 10, max: 10, basis: "+4385 人次 / 420000 = 1.04% ≥ 1% → 10分", value: "1.04%", threshold: "≥ 1%" },
        { label: "建档立卡贫困人口培训率", points: 10, max: 10, basis: "@60% ≥ 50% → 10分", value: "60%", threshold: "≥ 50%" },
      ]),
      res("fund.spending", 5, "judged", "-支出率 83.4% ≥ 70%，自评 5 分", [
        { label: "资金支出", points: 5, max: 5, status: "judged", basis: "支出率 83.4% ≥ 70%，自评 5 分" },
      ]),
      res("bonus.poorTraining", 2, "computed", "贫困人口培训率 72% ≥ 70% → 2分", [
        { label: "贫困人口培训率≥70%", points: 2, max: 2, basis: "贫困人口培训率 72% ≥ 70% → 2分" },
      ]),
      res("veto.incident", 0, "computed", "未申报安全生产、质量事故", [{ label: "安全生产、质量事故", basis: "未申报" }], { vetoed: false }),
      res("veto.fraud", 0, "computed", "未申报弄虚作假", [{ label: "弄虚作假", basis: "未申报" }], { vetoed: false }),
    ],
    measures: {
      residentPopulation: 420000,
      trainingPersonTimes: 4385,
      adminVillages: 195,
      coveredVillages: 137,
      poorVillages: 39,
      coveredPoorVillages: 39,
      eligiblePoorPersons: null,
      trainedPoorPersons: null,
      fundAllocated: 5000000,
      fundSpent: 4167785,
      parkEnterprises: 15,
      parkEnterpriseTypes: 4,
      reportMonths: 12,
      disclosureMonths: 12,
      mediaLevels: ["province", "county"],
    },
    diagnostics: [
      { severity: "info", sheet: "站点台账", cell: "A2", message: "表头在第 4 行" },
      { severity: "warning", sheet: "站点台账", cell: "C17", message: "站点所在村“长来村”不在行政村清单中，未计入" },
      { severity: "error", sheet: "培训台账", cell: "5:9", message: "=培训日期无法识别" },
      { severity: "warning", message: "未找到宣传报道台账" },
    ],
    ...over,
  };
}
