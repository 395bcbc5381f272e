/**
 * Excel custom functions (namespace ECOM, set in the manifest). Each is a thin wrapper over
 * ./core, which scores one rubric item with the same rules as the CLI. The JSDoc below is the
 * source of dist/functions.json (custom-functions-metadata-plugin); the Chinese names,
 * descriptions and parameter names of dist/functions.zh-cn.json come from ./zh-cn.ts.
 *
 * Bad input → #VALUE! with a Chinese message saying what is wrong (never a wrong number).
 * `CustomFunctions` is only touched when a function fails, so this module imports in Node.
 */
import { ArgError } from "./args";
import * as core from "./core";

/* global CustomFunctions */

/** Runs a function body; an ArgError (or any other failure) becomes #VALUE! with its message. */
function run<T>(body: () => T): T {
  try {
    return body();
  } catch (e) {
    const message = e instanceof ArgError ? e.message : `内部错误：${e instanceof Error ? e.message : String(e)}`;
    throw new CustomFunctions.Error(CustomFunctions.ErrorCode.invalidValue, message);
  }
}

/**
 * Training person-times score (work.training.personTimes): person-times ÷ min(resident population, 500000); ≥1% → 10, 0.8%–1% → 8, 0.6%–0.8% → 6, else 0.
 * @customfunction TRAINING_RATE_SCORE TRAINING_RATE_SCORE
 * @param personTimes Training person-times up to the cut-off: a number ("4,385"), or a column of per-session person-times that is added up.
 * @param population Resident population (常住人口), e.g. 420000 or "42万"; above 500000 counts as 500000.
 * @returns Points (10, 8, 6 or 0).
 */
export function trainingRateScore(personTimes: any[][], population: any): number {
  return run(() => core.trainingRateScore(personTimes, population));
}

/**
 * Training rate as scored: person-times ÷ min(resident population, 500000), at most 100%.
 * @customfunction TRAINING_RATE TRAINING_RATE
 * @param personTimes Training person-times: a number, or a column of per-session person-times that is added up.
 * @param population Resident population (常住人口); above 500000 counts as 500000.
 * @returns The rate (format the cell as a percentage).
 */
export function trainingRate(personTimes: any[][], population: any): number {
  return run(() => core.trainingRate(personTimes, population));
}

/**
 * Poor-population training score (work.training.poor): trained ÷ registered poor persons with labour capacity (migrant workers excluded); ≥50% → 10, 40%–50% → 8, 30%–40% → 6, else 0.
 * @customfunction POOR_TRAINING_SCORE POOR_TRAINING_SCORE
 * @param trained Poor persons trained (persons, not person-times): a count, or a column of ID numbers (each counted once).
 * @param eligible Registered poor persons with labour capacity, not migrant workers: a count, or a column of ID numbers.
 * @returns Points (10, 8, 6 or 0).
 */
export function poorTrainingScore(trained: any[][], eligible: any[][]): number {
  return run(() => core.poorTrainingScore(trained, eligible));
}

/**
 * Poor-population training rate: trained ÷ eligible poor persons. With two ID lists, only trained IDs on the eligible list count.
 * @customfunction POOR_TRAINING_RATE POOR_TRAINING_RATE
 * @param trained Poor persons trained: a count, or a column of ID numbers.
 * @param eligible Registered poor persons with labour capacity, not migrant workers: a count, or a column of ID numbers.
 * @returns The rate (format the cell as a percentage).
 */
export function poorTrainingRate(trained: any[][], eligible: any[][]): number {
  return run(() => core.poorTrainingRate(trained, eligible));
}

/**
 * Bonus for the poor-population training rate (bonus.poorTraining): rate ≥ 70% → 2, else 0.
 * @customfunction POOR_TRAINING_BONUS POOR_TRAINING_BONUS
 * @param trained Poor persons trained: a count, or a column of ID numbers.
 * @param eligible Registered poor persons with labour capacity, not migrant workers: a count, or a column of ID numbers.
 * @returns Bonus points (2 or 0).
 */
export function poorTrainingBonus(trained: any[][], eligible: any[][]): number {
  return run(() => core.poorTrainingBonus(trained, eligible));
}

/**
 * Village station coverage score (work.coverage, both parts, at most 10): administrative villages (≥70% → 5, 50%–70% → 2) plus provincial poor villages (100% → 5, 80%–100% → 3; none → 5).
 * @customfunction COVERAGE_SCORE COVERAGE_SCORE
 * @param adminVillages Administrative villages (行政村): a count, or a column of names (居委会/社区 are left out); above 200 counts as 200.
 * @param coveredVillages Villages with a station: a count, or a column of village names (distinct names on the village list count).
 * @param poorVillages Provincial poor villages (省定贫困村): a count (0 if none), or a column of names.
 * @param [coveredPoorVillages] Poor villages with a station: a count or names. May be left out when poorVillages and coveredVillages are both name lists.
 * @returns Points (0–10).
 */
export function coverageScore(adminVillages: any[][], coveredVillages: any[][], poorVillages: any[][], coveredPoorVillages?: any[][]): number {
  return run(() => core.coverageScore(adminVillages, coveredVillages, poorVillages, coveredPoorVillages));
}

/**
 * Administrative-village station coverage score (work.coverage.admin): covered ÷ min(villages, 200); ≥70% → 5, 50%–70% → 2, else 0.
 * @customfunction ADMIN_COVERAGE_SCORE ADMIN_COVERAGE_SCORE
 * @param adminVillages Administrative villages: a count, or a column of names (居委会/社区 are left out).
 * @param coveredVillages Villages with a station: a count, or a column of village names.
 * @returns Points (5, 2 or 0).
 */
export function adminCoverageScore(adminVillages: any[][], coveredVillages: any[][]): number {
  return run(() => core.adminCoverageScore(adminVillages, coveredVillages));
}

/**
 * Poor-village station coverage score (work.coverage.poor): covered ÷ poor villages; 100% → 5, 80%–100% → 3, else 0; a county without poor villages (0) → 5.
 * @customfunction POOR_COVERAGE_SCORE POOR_COVERAGE_SCORE
 * @param poorVillages Provincial poor villages: a count (0 if none), or a column of names.
 * @param coveredPoorVillages Poor villages with a station: a count, or a column of village names (only names on the poor-village list count).
 * @returns Points (5, 3 or 0).
 */
export function poorCoverageScore(poorVillages: any[][], coveredPoorVillages: any[][]): number {
  return run(() => core.poorCoverageScore(poorVillages, coveredPoorVillages));
}

/**
 * Administrative-village station coverage rate as scored: covered ÷ min(villages, 200), at most 100%.
 * @customfunction COVERAGE_RATE COVERAGE_RATE
 * @param adminVillages Administrative villages: a count, or a column of names (居委会/社区 are left out).
 * @param coveredVillages Villages with a station: a count, or a column of village names.
 * @returns The rate (format the cell as a percentage).
 */
export function coverageRate(adminVillages: any[][], coveredVillages: any[][]): number {
  return run(() => core.coverageRate(adminVillages, coveredVillages));
}

/**
 * Poor-village station coverage rate: covered poor villages ÷ poor villages.
 * @customfunction POOR_COVERAGE_RATE POOR_COVERAGE_RATE
 * @param poorVillages Provincial poor villages: a count, or a column of names.
 * @param coveredPoorVillages Poor villages with a station: a count, or a column of village names.
 * @returns The rate (format the cell as a percentage).
 */
export function poorCoverageRate(poorVillages: any[][], coveredPoorVillages: any[][]): number {
  return run(() => core.poorCoverageRate(poorVillages, coveredPoorVillages));
}

/**
 * Fund spending score (fund.spending): spending rate < 70% → −5 (a deduction); ≥ 70% → the self-assessed timeliness points (1–5).
 * @customfunction FUND_SPENDING_SCORE FUND_SPENDING_SCORE
 * @param spent Funds disbursed up to the cut-off (元): a number ("4,167,785.00", "416万"), or a column of disbursements that is added up.
 * @param allocated Funds allocated (下达资金, 元).
 * @param [timelinessPoints] Self-assessed points for timely disbursement (1–5); needed when the rate is ≥ 70%.
 * @returns Points (−5, or 1–5).
 */
export function fundSpendingScore(spent: any[][], allocated: any, timelinessPoints?: any): number {
  return run(() => core.fundSpendingScore(spent, allocated, timelinessPoints));
}

/**
 * Fund spending rate: disbursed ÷ allocated.
 * @customfunction FUND_SPENDING_RATE FUND_SPENDING_RATE
 * @param spent Funds disbursed (元): a number, or a column of disbursements that is added up.
 * @param allocated Funds allocated (元).
 * @returns The rate (format the cell as a percentage).
 */
export function fundSpendingRate(spent: any[][], allocated: any): number {
  return run(() => core.fundSpendingRate(spent, allocated));
}

/**
 * Media coverage score (promo.media.levels): levels present, added up — provincial or higher 4, city 3, county 1 (at most 8).
 * @customfunction MEDIA_SCORE MEDIA_SCORE
 * @param levels Media levels, one per report: 国家, 中央, 省级, 韶关市级, 县级 …
 * @param [dates] Report dates, the same size as levels; reports after the cut-off or without a date are not counted.
 * @param [cutoff] Cut-off date (考评截止日期); default 2021-08-31.
 * @returns Points (0–8).
 */
export function mediaScore(levels: any[][], dates?: any[][], cutoff?: any): number {
  return run(() => core.mediaScore(levels, dates, cutoff));
}

/**
 * TV broadcast bonus (bonus.tvCase): a poverty-alleviation e-commerce case on national TV → 2, else on provincial TV → 1.
 * @customfunction TV_CASE_SCORE TV_CASE_SCORE
 * @param levels Levels of the TV stations that broadcast the case: 国家级/中央, 省级 …
 * @returns Bonus points (2, 1 or 0).
 */
export function tvCaseScore(levels: any[][]): number {
  return run(() => core.tvCaseScore(levels));
}

/**
 * Monthly regularity score (the rule of info.reporting.monthly): every one of the 12 months ending with the cut-off month has an entry → full points; some → partial; none → 0.
 * @customfunction MONTHLY_REGULARITY_SCORE MONTHLY_REGULARITY_SCORE
 * @param dates Dates of the reports or updates (a column; blanks ignored).
 * @param [cutoff] Cut-off date (考评截止日期); default 2021-08-31.
 * @param [fullPoints] Points when every month has an entry; default 3 (use 2 for the disclosure column).
 * @param [partialPoints] Points when only some months have one; default 1.
 * @returns Points.
 */
export function monthlyRegularityScore(dates: any[][], cutoff?: any, fullPoints?: any, partialPoints?: any): number {
  return run(() => core.monthlyRegularityScore(dates, cutoff, fullPoints, partialPoints));
}

/**
 * Months with at least one entry among the 12 months ending with the cut-off month.
 * @customfunction MONTHS_COVERED MONTHS_COVERED
 * @param dates Dates of the reports or updates (a column; blanks ignored).
 * @param [cutoff] Cut-off date (考评截止日期); default 2021-08-31.
 * @returns Number of months (0–12).
 */
export function monthsCovered(dates: any[][], cutoff?: any): number {
  return run(() => core.monthsCoveredCount(dates, cutoff));
}

/**
 * E-commerce park score (work.center items 9 and 10): ≥ 20 enterprises → 2, plus ≥ 3 enterprise types → 1.
 * @customfunction PARK_SCORE PARK_SCORE
 * @param enterprises Enterprises in the park at the cut-off: a count, or a column of names (distinct names count).
 * @param types Enterprise types: a count, or a column of types (平台, 销售, 运营/服务商, 物流 …; distinct types count).
 * @returns Points (0–3).
 */
export function parkScore(enterprises: any[][], types: any[][]): number {
  return run(() => core.parkScore(enterprises, types));
}

/**
 * Online retail growth score (work.upward.growth): 2020 growth ≥ 30% of rural online retail sales, or of agricultural online retail sales → 2.
 * @customfunction GROWTH_SCORE GROWTH_SCORE
 * @param amount2019 2019 rural online retail sales (元).
 * @param amount2020 2020 rural online retail sales (元).
 * @param [agriAmount2019] 2019 agricultural-product online retail sales (元), optional.
 * @param [agriAmount2020] 2020 agricultural-product online retail sales (元), optional.
 * @returns Points (2 or 0).
 */
export function growthScore(amount2019: any, amount2020: any, agriAmount2019?: any, agriAmount2020?: any): number {
  return run(() => core.growthScore(amount2019, amount2020, agriAmount2019, agriAmount2020));
}

/**
 * Year-on-year growth rate: (2020 − 2019) ÷ 2019.
 * @customfunction GROWTH_RATE GROWTH_RATE
 * @param amount2019 The 2019 amount.
 * @param amount2020 The 2020 amount.
 * @returns The rate (format the cell as a percentage).
 */
export function growthRate(amount2019: any, amount2020: any): number {
  return run(() => core.growthRate(amount2019, amount2020));
}

/**
 * Online retail growth score from stated growth rates: either rate ≥ 30% → 2.
 * @customfunction GROWTH_RATE_SCORE GROWTH_RATE_SCORE
 * @param ruralGrowth Stated 2020 growth of rural online retail sales ("35%" or 0.35).
 * @param [agriGrowth] Stated 2020 growth of agricultural online retail sales, optional.
 * @returns Points (2 or 0).
 */
export function growthRateScore(ruralGrowth: any, agriGrowth?: any): number {
  return run(() => core.growthRateScore(ruralGrowth, agriGrowth));
}

/**
 * The indicator table (2019 Guangdong): a header row and one row per indicator — id, 工作任务, 评价指标, 权重, 评分标准. Spills.
 * @customfunction RUBRIC RUBRIC
 * @returns The table.
 */
export function rubric(): any[][] {
  return run(() => core.rubricTable());
}
