/**
 * The bundled sample must reproduce Lechang's published self-assessment table exactly:
 * 2, 2, 2, 4, 11, 10, 9, 20, 4, 6, 0, 5, 5, 4, 5 = 89.
 */
import * as path from "path";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids } from "../../src/pipeline";
import type { ScoreReport } from "../../src/scoring/report";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");
let report: ScoreReport;

beforeAll(async () => {
  const { grids } = await readWorkbook(SAMPLE);
  report = scoreGrids(grids).report;
});

const SEED: [string, number][] = [
  ["org.leadership", 2],
  ["org.plan", 2],
  ["org.policy", 2],
  ["org.management", 4],
  ["work.center", 11],
  ["work.coverage", 10],
  ["work.upward", 9],
  ["work.training", 20],
  ["info.disclosure", 4],
  ["info.reporting", 6],
  ["promo.cases", 0],
  ["promo.media", 5],
  ["fund.system", 5],
  ["fund.ledger", 4],
  ["fund.spending", 5],
];

test("every scored row matches the seed report, in table order", () => {
  const scored = report.indicators.filter((i) => i.section === "scored").map((i) => [i.id, i.points]);
  expect(scored).toEqual(SEED);
});

test("total 89, no bonus, no veto", () => {
  expect(report.total).toBe(89);
  expect(report.totalBeforeVeto).toBe(89);
  expect(report.bonus).toBe(0);
  expect(report.vetoed).toBe(false);
  expect(report.county).toBe("乐昌市");
  expect(report.asOf).toBe("2021-08-31");
});

test("no indicator is missing data and nothing is an error", () => {
  expect(report.indicators.filter((i) => i.status === "missing").map((i) => i.id)).toEqual([]);
  expect(report.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
});

test("measures are the report's published figures", () => {
  expect(report.measures).toMatchObject({
    residentPopulation: 420000,
    trainingPersonTimes: 4385,
    adminVillages: 195,
    coveredVillages: 137,
    poorVillages: 39,
    coveredPoorVillages: 39,
    fundAllocated: 5000000,
    fundSpent: 4167785,
    reportMonths: 12,
    disclosureMonths: 12,
    mediaLevels: ["province", "county"],
  });
  // Eligible persons: 10549 with labour capacity less 4219 migrant workers; trained in 50–70%.
  expect(report.measures.eligiblePoorPersons).toBe(6330);
  const rate = (report.measures.trainedPoorPersons as number) / 6330;
  expect(rate).toBeGreaterThanOrEqual(0.5);
  expect(rate).toBeLessThan(0.7);
});

function item(id: string) {
  for (const ind of report.indicators) for (const it of ind.items) if (it.id === id) return it;
  throw new Error(`no item ${id}`);
}

test("basis lines a reviewer can check", () => {
  expect(item("work.coverage.admin").basis).toBe("137/195 个行政村有站点 = 70.3% ≥ 70% → 5分");
  expect(item("work.coverage.poor").basis).toBe("39/39 个省定贫困村有站点 = 100% ≥ 100% → 5分");
  expect(item("work.training.personTimes").basis).toBe("培训 4385 人次 / 常住人口 420000 = 1.04% ≥ 1% → 10分");
  expect(item("work.training.poor").basis).toBe("已培训 3450 人 / 有劳动能力的建档立卡贫困人口（不含外出务工）6330 人 = 54.5% ≥ 50% → 10分");
  expect(item("fund.spending").basis).toMatch(/^已拨付 4167785\.00 元 \/ 下达 5000000\.00 元 = 支出率 83\.4% ≥ 70%；及时拨付自评 5分/);
  expect(item("work.center.running").basis).toBe("公共服务中心投入运营 2021-03-26 > 2021-02-28（截止日前6个月） → 0分");
  expect(item("work.center.parkEnterprises").basis).toBe("截止日在园企业 17 家 < 20 家 → 0分");
  expect(item("promo.cases.submitted").basis).toBe("截止日前报送经验材料 0 份（截止日后报送 1 份不计） < 1 份 → 0分");
  expect(item("promo.media.levels").basis).toBe("省级及以上媒体（4分） + 县级媒体（1分） → 5分");
  expect(item("info.reporting.monthly").basis).toBe("近一年（2020-09 至 2021-08）12/12 个月有向市商务局报送记录，按月 → 3分");
});

test("every point has a basis, and every ledger-computed item links to its rows", () => {
  for (const ind of report.indicators) {
    expect(ind.basis).not.toBe("");
    for (const it of ind.items) {
      expect(it.basis).not.toBe("");
      if (it.status !== "missing" && ind.section !== "veto") expect(it.evidence.length).toBeGreaterThan(0);
    }
  }
  const cov = item("work.coverage.admin").evidence;
  expect(cov.map((e) => e.sheet).sort()).toEqual(["站点台账", "行政村清单"]);
  const stationRows = cov.find((e) => e.sheet === "站点台账")?.rows ?? [];
  expect(stationRows).toHaveLength(137);
});
