/**
 * The custom functions agree with the CLI's report on the Lechang sample: the same numbers (or the
 * same ledger columns) in, the same points out.
 */
import * as path from "path";
import { readWorkbook } from "../../src/node/read-xlsx";
import { scoreGrids } from "../../src/pipeline";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate, onOrBefore, parseIsoDate, type LDate } from "../../src/scoring/dates";
import type { ScoreReport } from "../../src/scoring/report";
import type { Fact, ScoringInput } from "../../src/scoring/facts";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import type { Ledgers } from "../../src/ledger/records";
import * as F from "../../src/functions/functions";
import { installCustomFunctionsMock } from "./custom-functions-mock";

const SAMPLE = path.resolve(__dirname, "../../assets/samples/lechang.xlsx");

let report: ScoreReport;
let ledgers: Ledgers;
let input: ScoringInput;

beforeAll(async () => {
  installCustomFunctionsMock();
  const wb = await readWorkbook(SAMPLE);
  report = scoreGrids(wb.grids).report;
  const read = readLedgers(wb.grids, GD_2019);
  ledgers = read.ledgers;
  input = toScoringInput(ledgers, GD_2019, read.diagnostics);
});

const item = (id: string): number => {
  for (const ind of report.indicators) for (const it of ind.items) if (it.id === id) return it.points;
  throw new Error(`no item ${id}`);
};
const indicator = (id: string): number => {
  const ind = report.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`no indicator ${id}`);
  return ind.points;
};
const measure = (k: keyof ScoreReport["measures"]): number => {
  const v = report.measures[k];
  if (typeof v !== "number") throw new Error(`measure ${k} is ${JSON.stringify(v)}`);
  return v;
};
const col = (xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const asOf = (): LDate => parseIsoDate(report.asOf) as LDate;
const numberFact = (k: string): number | null => {
  const f: Fact | undefined = input.facts[k];
  return f && f.kind === "number" ? f.value.toNumber() : null;
};

test("the sample scores 89, as the report's self-assessment says", () => {
  expect(report.total).toBe(89);
});

test("training: person-times and poor-population rate from the report's measures", () => {
  expect(F.trainingRateScore([[measure("trainingPersonTimes")]], measure("residentPopulation"))).toBe(item("work.training.personTimes"));
  const poor = [[measure("trainedPoorPersons")]];
  const eligible = [[measure("eligiblePoorPersons")]];
  expect(F.poorTrainingScore(poor, eligible)).toBe(item("work.training.poor"));
  expect(F.poorTrainingBonus(poor, eligible)).toBe(item("bonus.poorTraining"));
});

test("coverage from the village, station and poor-village name columns", () => {
  const villages = ledgers.villages.map((v) => v.name);
  const stations = ledgers.stations.filter((s) => s.opened === null || onOrBefore(s.opened, asOf())).map((s) => s.village);
  const poor = ledgers.poorVillages.length > 0 ? ledgers.poorVillages.map((v) => v.name) : ledgers.villages.filter((v) => v.poor).map((v) => v.name);
  expect(F.adminCoverageScore(col(villages), col(stations))).toBe(item("work.coverage.admin"));
  expect(F.coverageRate(col(villages), col(stations))).toBeCloseTo(measure("coveredVillages") / measure("adminVillages"), 12);
  expect(F.coverageScore(col(villages), col(stations), col(poor))).toBe(indicator("work.coverage"));
  expect(F.coverageScore([[measure("adminVillages")]], [[measure("coveredVillages")]], [[measure("poorVillages")]], [[measure("coveredPoorVillages")]])).toBe(
    indicator("work.coverage"),
  );
});

test("fund spending from the disbursement column (timeliness as self-assessed)", () => {
  const spent = ledgers.funds.filter((f) => f.date === null || onOrBefore(f.date, asOf())).map((f) => f.amount.toDecimal(2));
  expect(F.fundSpendingRate(col(spent), measure("fundAllocated"))).toBeCloseTo(measure("fundSpent") / measure("fundAllocated"), 12);
  expect(F.fundSpendingScore(col(spent), measure("fundAllocated"), item("fund.spending"))).toBe(item("fund.spending"));
});

test("media levels and report dates from their ledgers", () => {
  const word = { national: "国家级", province: "省级", city: "市级", county: "县级" } as const;
  const media = ledgers.media.filter((r) => r.level !== null);
  const levels = media.map((r) => word[r.level as keyof typeof word]);
  const dates = media.map((r) => (r.date ? formatDate(r.date) : ""));
  expect(F.mediaScore(col(levels), col(dates))).toBe(item("promo.media.levels"));

  const reportDates = ledgers.reports.filter((r) => r.date).map((r) => formatDate(r.date as LDate));
  expect(F.monthlyRegularityScore(col(reportDates))).toBe(item("info.reporting.monthly"));
  expect(F.monthsCovered(col(reportDates))).toBe(measure("reportMonths"));
  const updates = ledgers.disclosures.filter((r) => r.date).map((r) => formatDate(r.date as LDate));
  expect(F.monthlyRegularityScore(col(updates), null, 2, 1)).toBe(item("info.disclosure.updates"));
});

test("park and growth", () => {
  expect(F.parkScore([[measure("parkEnterprises")]], [[measure("parkEnterpriseTypes")]])).toBe(item("work.center.parkEnterprises") + item("work.center.parkTypes"));
  const r19 = numberFact("ruralRetail2019");
  const r20 = numberFact("ruralRetail2020");
  const a19 = numberFact("agriRetail2019");
  const a20 = numberFact("agriRetail2020");
  expect(r19 !== null || a19 !== null).toBe(true);
  const growth = r19 !== null && r20 !== null ? F.growthScore(r19, r20, a19, a20) : F.growthScore(a19, a20);
  expect(growth).toBe(item("work.upward.growth"));
});
