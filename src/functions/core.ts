/**
 * The custom functions' logic, free of Office: coerce the arguments (args.ts; level words and
 * enterprise types are read with the ledger reader's own functions), build a
 * ScoringInput with the facts the item's rule needs, and evaluate that one rubric item with
 * `evaluateItem` — so every point comes from the same rule the CLI's report uses, never from a
 * second copy of it. Bad input throws ArgError (functions.ts turns it into #VALUE!).
 */
import { onOrBefore, parseIsoDate, type LDate } from "../scoring/dates";
import { evaluateItem, findItem } from "../scoring/evaluate";
import type { Fact, Judgement, ScoringInput } from "../scoring/facts";
import { Q } from "../scoring/rational";
import type { Rubric, RubricItem, Rule } from "../scoring/rubric";
import { GD_2019 } from "../scoring/rubrics/gd-2019";
import { monthsCovered, tiersRate, type ItemEval } from "../scoring/rules";
import {
  ArgError,
  cellAt,
  cells,
  countOrList,
  dateOfCell,
  isOmitted,
  memoKey,
  nameKey,
  oneDate,
  oneNumber,
  optionalNumber,
  plainCount,
  plainNumber,
  plainSum,
  shapeOf,
  sizeOf,
  sumOfNumbers,
  where,
  type Arg,
  type CountOrList,
} from "./args";
import { compileAnyAtLeast, compileGatedJudged, compileTiers } from "./fast";
import { enterpriseType } from "../ledger/derive";
import { parseIdNumber } from "../ledger/normalize/idnumber";
import { mediaLevel } from "../ledger/read-kinds";
import { cellText, compact } from "../ledger/normalize/text";
import { villageKeyUnlessResidents } from "../ledger/normalize/village";

/** The rubric the functions score against. */
export const RUBRIC_USED: Rubric = GD_2019;

const DEFAULT_AS_OF: LDate = (() => {
  const d = parseIsoDate(RUBRIC_USED.asOf);
  if (!d) throw new Error(`rubric ${RUBRIC_USED.id}: bad asOf ${RUBRIC_USED.asOf}`);
  return d;
})();

// ---------------------------------------------------------------------------------------------
// Building inputs and evaluating one item

const numFact = (value: Q): Fact => ({ kind: "number", value, evidence: [] });

function input(facts: Record<string, Fact>, opts: { asOf?: LDate; judgements?: Record<string, Judgement> } = {}): ScoringInput {
  return { facts, judgements: opts.judgements ?? {}, asOf: opts.asOf ?? DEFAULT_AS_OF };
}

/** Evaluates one item; a "missing" result (a zero denominator, a judgement out of range) is an error, not 0. */
function score(itemId: string, inp: ScoringInput, rubric: Rubric = RUBRIC_USED): ItemEval {
  const e = evaluateItem(rubric, itemId, inp);
  if (e.status === "missing") throw new ArgError(e.basis.replace(/^缺少数据：/, "无法计算：").replace(/（自评.*未填写）$/, ""));
  return e;
}

function ruleOf<K extends Rule["kind"]>(itemId: string, kind: K): { item: RubricItem; rule: Extract<Rule, { kind: K }> } {
  const { item } = findItem(RUBRIC_USED, itemId);
  if (item.rule.kind !== kind) throw new Error(`${itemId}: expected a ${kind} rule, found ${item.rule.kind}`);
  return { item, rule: item.rule as Extract<Rule, { kind: K }> };
}

/** Full points of an indicator (the cap on the sum of its items). */
function weightOf(indicatorId: string): Q {
  const ind = RUBRIC_USED.indicators.find((i) => i.id === indicatorId);
  if (!ind) throw new Error(`no indicator ${indicatorId}`);
  return Q.from(ind.weight);
}

/**
 * The rate a tiers rule compares: num / min(den, denCap), at most 100% — read from the rule's
 * data so the rate functions show exactly what the score functions compare.
 */
function tierRate(itemId: string, num: Q, den: Q, denLabel: string): Q {
  const { rate } = tiersRate(ruleOf(itemId, "tiers").rule, num, den);
  if (!rate) throw new ArgError(`${denLabel}为 0，无法计算比例`);
  return rate;
}

const out = (q: Q): number => q.toNumber();

// The rate items compiled once (fast.ts): a call with plain counts never builds a ScoringInput.
const itemOf = (id: string): RubricItem => findItem(RUBRIC_USED, id).item;
const TRAINING = compileTiers(itemOf("work.training.personTimes"));
const POOR_TRAINING = compileTiers(itemOf("work.training.poor"));
const POOR_BONUS = compileTiers(itemOf("bonus.poorTraining"));
const ADMIN = compileTiers(itemOf("work.coverage.admin"));
const POOR_VILLAGES = compileTiers(itemOf("work.coverage.poor"));
const COVERAGE_WEIGHT = weightOf("work.coverage").toNumber();
const GROWTH = compileAnyAtLeast(itemOf("work.upward.growth"));
const SPENDING = compileGatedJudged(itemOf("fund.spending"));

/** Two plain counts, part ≤ whole (a larger part is an error the exact path words). */
function plainPair(part: Arg, whole: Arg): [number, number] | undefined {
  const p = plainCount(part);
  if (p === undefined) return undefined;
  const w = plainCount(whole);
  return w !== undefined && p <= w ? [p, w] : undefined;
}

/** The cut-off: the argument, else the rubric's (2021-08-31). */
function cutoffOf(arg: Arg): LDate {
  return isOmitted(arg) ? DEFAULT_AS_OF : oneDate(arg, "考评截止日期");
}

// ---------------------------------------------------------------------------------------------
// 电商人才培训

const PERSON_TIMES = { label: "培训人次" };
const POPULATION = { label: "常住人口" };

/** work.training.personTimes: 培训人次 ÷ min(常住人口, 500000) → 10 / 8 / 6 / 0. */
export function trainingRateScore(personTimes: Arg, population: Arg): number {
  const fast = plainRate(TRAINING.points, personTimes, population);
  if (fast !== undefined) return fast;
  const n = sumOfNumbers(personTimes, PERSON_TIMES);
  const d = oneNumber(population, POPULATION);
  return out(score("work.training.personTimes", input({ trainingPersonTimes: numFact(n), residentPopulation: numFact(d) })).points);
}

export function trainingRate(personTimes: Arg, population: Arg): number {
  const fast = plainRate(TRAINING.rate, personTimes, population);
  if (fast !== undefined) return fast;
  return out(tierRate("work.training.personTimes", sumOfNumbers(personTimes, PERSON_TIMES), oneNumber(population, POPULATION), "常住人口"));
}

/** A compiled rule over a summed numerator and one denominator, when both are plain counts. */
function plainRate(f: (num: number, den: number) => number | undefined, num: Arg, den: Arg): number | undefined {
  const n = plainSum(num);
  if (n === undefined) return undefined;
  const d = plainCount(den);
  return d === undefined ? undefined : f(n, d);
}

/** A compiled rule over part ÷ whole counts. */
function plainShare(f: (num: number, den: number) => number | undefined, part: Arg, whole: Arg): number | undefined {
  const c = plainPair(part, whole);
  return c === undefined ? undefined : f(c[0], c[1]);
}

/**
 * Trained and eligible poor persons: counts, or lists of ID numbers. With both lists, trained =
 * the distinct trained IDs that are on the eligible list (each person once).
 */
function poorCounts(trained: Arg, eligible: Arg): { trained: Q; eligible: Q } {
  const t = countOrList(trained, "参加培训的贫困人口", ID_KEY);
  const e = countOrList(eligible, "有劳动能力的建档立卡贫困人口", ID_KEY);
  // The same counting as covered villages: the trained list counts only IDs on the eligible list.
  return { trained: coveredOf(e, t, "参加培训的贫困人口", "有劳动能力的建档立卡贫困人口"), eligible: sizeOf(e) };
}

/** An ID number's normalised text (lower-case x, spaces, 15-digit forms); other text as written. */
const ID_KEY = memoKey((text) => {
  const r = parseIdNumber(text);
  return r.ok ? r.id.text : nameKey(text);
});

const poorInput = (c: { trained: Q; eligible: Q }) => input({ trainedPoorPersons: numFact(c.trained), eligiblePoorPersons: numFact(c.eligible) });

/** work.training.poor: 已培训 ÷ 有劳动能力的建档立卡贫困人口 → 10 / 8 / 6 / 0. */
export function poorTrainingScore(trained: Arg, eligible: Arg): number {
  const fast = plainShare(POOR_TRAINING.points, trained, eligible);
  if (fast !== undefined) return fast;
  return out(score("work.training.poor", poorInput(poorCounts(trained, eligible))).points);
}

export function poorTrainingRate(trained: Arg, eligible: Arg): number {
  const fast = plainShare(POOR_TRAINING.rate, trained, eligible);
  if (fast !== undefined) return fast;
  const c = poorCounts(trained, eligible);
  return out(tierRate("work.training.poor", c.trained, c.eligible, "有劳动能力的建档立卡贫困人口"));
}

/** bonus.poorTraining: the same rate ≥ 70% → 2. */
export function poorTrainingBonus(trained: Arg, eligible: Arg): number {
  const fast = plainShare(POOR_BONUS.points, trained, eligible);
  if (fast !== undefined) return fast;
  return out(score("bonus.poorTraining", poorInput(poorCounts(trained, eligible))).points);
}

// ---------------------------------------------------------------------------------------------
// 村级站点覆盖

const ADMIN_LABEL = "行政村";
const COVERED_LABEL = "有站点的行政村";
const POOR_LABEL = "省定贫困村";
const COVERED_POOR_LABEL = "有站点的省定贫困村";

/** A village's key; "" for a 居委会/社区, which is no village. */
const VILLAGE_KEY = villageKeyUnlessResidents;

/** A village list without 居委会/社区, keyed by villageKey. */
function villages(arg: Arg, label: string): CountOrList {
  return countOrList(arg, label, VILLAGE_KEY);
}

/**
 * Covered = a count as given, or the distinct villages of the covered list — only those on the
 * village list when that is a list too. A count larger than the village count is an error.
 */
function coveredOf(all: CountOrList, covered: CountOrList, what: string, allWhat: string): Q {
  let n: Q;
  if (covered.kind === "list" && all.kind === "list") {
    let on = 0;
    for (const k of covered.keys) if (all.keys.has(k)) on++;
    n = Q.of(on);
  } else n = sizeOf(covered);
  const total = sizeOf(all);
  if (n.cmp(total) > 0) throw new ArgError(`${what}（${n.toString()}）多于${allWhat}（${total.toString()}）`);
  return n;
}

function adminCounts(adminVillages: Arg, coveredVillages: Arg): { covered: Q; all: Q } {
  const all = villages(adminVillages, ADMIN_LABEL);
  const covered = villages(coveredVillages, COVERED_LABEL);
  return { covered: coveredOf(all, covered, COVERED_LABEL, ADMIN_LABEL), all: sizeOf(all) };
}

function poorVillageCounts(poorVillages: Arg, coveredPoorVillages: Arg): { covered: Q; all: Q } {
  const all = villages(poorVillages, POOR_LABEL);
  const covered = villages(coveredPoorVillages, COVERED_POOR_LABEL);
  return { covered: coveredOf(all, covered, COVERED_POOR_LABEL, POOR_LABEL), all: sizeOf(all) };
}

function adminEval(c: { covered: Q; all: Q }): ItemEval {
  return score("work.coverage.admin", input({ coveredVillages: numFact(c.covered), adminVillages: numFact(c.all) }));
}

function poorEval(c: { covered: Q; all: Q }): ItemEval {
  return score("work.coverage.poor", input({ coveredPoorVillages: numFact(c.covered), poorVillages: numFact(c.all) }));
}

/** work.coverage.admin: 有站点的行政村 ÷ min(行政村数, 200) → 5 / 2 / 0. */
export function adminCoverageScore(adminVillages: Arg, coveredVillages: Arg): number {
  const fast = plainShare(ADMIN.points, coveredVillages, adminVillages);
  if (fast !== undefined) return fast;
  return out(adminEval(adminCounts(adminVillages, coveredVillages)).points);
}

/** work.coverage.poor: 有站点的省定贫困村 ÷ 省定贫困村 → 5 / 3 / 0; no poor villages (0) → 5. */
export function poorCoverageScore(poorVillages: Arg, coveredPoorVillages: Arg): number {
  const fast = plainShare(POOR_VILLAGES.points, coveredPoorVillages, poorVillages);
  if (fast !== undefined) return fast;
  return out(poorEval(poorVillageCounts(poorVillages, coveredPoorVillages)).points);
}

/**
 * work.coverage (both parts, at most 10). coveredPoorVillages may be omitted when poorVillages
 * and coveredVillages are both lists of names: the poor villages on the covered list count.
 */
export function coverageScore(adminVillages: Arg, coveredVillages: Arg, poorVillages: Arg, coveredPoorVillages?: Arg): number {
  const fast = plainCoverage(adminVillages, coveredVillages, poorVillages, coveredPoorVillages);
  if (fast !== undefined) return fast;
  if (isOmitted(poorVillages)) throw new ArgError("缺少省定贫困村（个数或清单；没有省定贫困村请填 0）");
  const adminAll = villages(adminVillages, ADMIN_LABEL);
  const adminCovered = villages(coveredVillages, COVERED_LABEL);
  const admin = adminEval({ covered: coveredOf(adminAll, adminCovered, COVERED_LABEL, ADMIN_LABEL), all: sizeOf(adminAll) });
  let poor: ItemEval;
  if (isOmitted(coveredPoorVillages)) {
    const all = villages(poorVillages, POOR_LABEL);
    const covered = adminCovered;
    if (all.kind === "count" && all.count.isZero()) poor = poorEval({ covered: Q.ZERO, all: Q.ZERO });
    else if (all.kind !== "list" || covered.kind !== "list") {
      throw new ArgError("缺少有站点的省定贫困村数（只有省定贫困村和有站点的村都是名称清单时才可省略）");
    } else poor = poorEval({ covered: coveredOf(all, covered, COVERED_POOR_LABEL, POOR_LABEL), all: sizeOf(all) });
  } else poor = poorEval(poorVillageCounts(poorVillages, coveredPoorVillages));
  return out(admin.points.add(poor.points).min(weightOf("work.coverage")));
}

/** coverageScore of four plain counts (the covered poor count may be left out when there are none). */
function plainCoverage(admin: Arg, covered: Arg, poor: Arg, coveredPoor: Arg): number | undefined {
  const a = plainShare(ADMIN.points, covered, admin);
  if (a === undefined) return undefined;
  const p =
    (coveredPoor === undefined || coveredPoor === null) && plainCount(poor) === 0 ? POOR_VILLAGES.points(0, 0) : plainShare(POOR_VILLAGES.points, coveredPoor, poor);
  if (p === undefined) return undefined;
  return Math.min(a + p, COVERAGE_WEIGHT);
}

/** 行政村站点覆盖率 as scored: 有站点的行政村 ÷ min(行政村数, 200), at most 100%. */
export function coverageRate(adminVillages: Arg, coveredVillages: Arg): number {
  const fast = plainShare(ADMIN.rate, coveredVillages, adminVillages);
  if (fast !== undefined) return fast;
  const c = adminCounts(adminVillages, coveredVillages);
  return out(tierRate("work.coverage.admin", c.covered, c.all, "行政村数"));
}

/** 省定贫困村站点覆盖率. */
export function poorCoverageRate(poorVillages: Arg, coveredPoorVillages: Arg): number {
  const fast = plainShare(POOR_VILLAGES.rate, coveredPoorVillages, poorVillages);
  if (fast !== undefined) return fast;
  const c = poorVillageCounts(poorVillages, coveredPoorVillages);
  return out(tierRate("work.coverage.poor", c.covered, c.all, "省定贫困村数"));
}

// ---------------------------------------------------------------------------------------------
// 资金支出

const SPENT = { label: "已拨付资金" };
const ALLOCATED = { label: "下达资金" };

function fundFacts(spent: Arg, allocated: Arg): { spent: Q; allocated: Q } {
  const s = sumOfNumbers(spent, SPENT);
  const a = oneNumber(allocated, ALLOCATED);
  if (a.isZero()) throw new ArgError("下达资金为 0，无法计算支出率");
  return { spent: s, allocated: a };
}

/**
 * fund.spending: 支出率 < 70% → −5 whatever else; ≥ 70% → the self-assessed timeliness points
 * (1–5), which must then be given.
 */
export function fundSpendingScore(spent: Arg, allocated: Arg, timelinessPoints?: Arg): number {
  const fast = plainSpending(spent, allocated, timelinessPoints);
  if (fast !== undefined) return fast;
  const f = fundFacts(spent, allocated);
  const { rule } = ruleOf("fund.spending", "gatedJudged");
  const judgements: Record<string, Judgement> = {};
  const t = optionalNumber(timelinessPoints, { label: "及时拨付自评分" });
  if (t !== undefined) judgements["fund.spending"] = { points: t, evidence: [], note: "自评分（函数参数）" };
  const inp = input({ fundSpent: numFact(f.spent), fundAllocated: numFact(f.allocated) }, { judgements });
  const e = evaluateItem(RUBRIC_USED, "fund.spending", inp);
  if (e.status === "missing") {
    if (t === undefined) {
      throw new ArgError(`支出率 ${e.value ?? ""} ≥ ${rule.min}，得分取决于及时拨付自评分（${rule.judged.min}-${rule.judged.max} 分），请填写第 3 个参数`);
    }
    throw new ArgError(`及时拨付自评分 ${t.toDecimal(2)} 不在 ${rule.judged.min}-${rule.judged.max} 分之内`);
  }
  return out(e.points);
}

/** fundSpendingScore of whole-yuan amounts and whole judged points (or none). */
function plainSpending(spent: Arg, allocated: Arg, timelinessPoints: Arg): number | undefined {
  let t: number | undefined;
  if (timelinessPoints !== undefined && timelinessPoints !== null) {
    t = plainNumber(timelinessPoints);
    // The exact path refuses a negative judgement even when the rate makes it irrelevant; whole
    // points below 1e15 are what Excel's 15 digits leave them (no excelDigits needed).
    if (t === undefined || t < 0 || !Number.isInteger(t) || t >= 1e15) return undefined;
  }
  const s = plainSum(spent);
  if (s === undefined) return undefined;
  const a = plainCount(allocated);
  return a === undefined ? undefined : SPENDING.points(s, a, t);
}

/** 资金支出率 = 已拨付 ÷ 下达 (not capped). */
export function fundSpendingRate(spent: Arg, allocated: Arg): number {
  const f = fundFacts(spent, allocated);
  return out(f.spent.div(f.allocated));
}

// ---------------------------------------------------------------------------------------------
// 经验推广（媒体级别）

/** Levels (rubric keys) of the non-blank cells, only rows dated on or before the cut-off when dates are given. */
function levelsOf(levels: Arg, dates: Arg, cutoff: Arg, map: (l: string) => string): string[] {
  const asOf = cutoffOf(cutoff);
  const list = cells(levels, "媒体级别");
  if (list.length === 0) throw new ArgError("缺少媒体级别（如 省级、韶关市级、县级）");
  const haveDates = !isOmitted(dates);
  if (haveDates) {
    const [lr, lc] = shapeOf(levels);
    const [dr, dc] = shapeOf(dates);
    if (lr !== dr || lc !== dc) throw new ArgError(`报道日期（${dr}×${dc}）应与媒体级别（${lr}×${lc}）大小相同`);
  }
  const found = new Set<string>();
  for (const c of list) {
    const level = mediaLevel(cellText(c.value as never));
    if (!level) throw new ArgError(`${where("媒体级别", c)}无法识别：“${cellText(c.value as never)}”（应为 国家级、省级、市级 或 县级）`);
    if (haveDates) {
      const dv = cellAt(dates, c.row, c.col);
      if (dv === null || dv === undefined || cellText(dv as never) === "") continue; // undated rows do not count here
      const d = dateOfCell({ value: dv, row: c.row, col: c.col, inRange: c.inRange }, "报道日期");
      if (!onOrBefore(d, asOf)) continue;
    }
    found.add(map(level));
  }
  return [...found];
}

/** promo.media.levels: 省级及以上 4 + 市级 3 + 县级 1 (cumulative, at most 8). */
export function mediaScore(levels: Arg, dates?: Arg, cutoff?: Arg): number {
  // 国家级 counts as 省级及以上 in this rule.
  const set = levelsOf(levels, dates, cutoff, (l) => (l === "national" ? "province" : l));
  return out(score("promo.media.levels", input({ mediaLevels: { kind: "set", value: set, evidence: [] } }, { asOf: cutoffOf(cutoff) })).points);
}

/** bonus.tvCase: an 电商扶贫典型案例 on national TV → 2, else provincial TV → 1 (the best only). */
export function tvCaseScore(levels: Arg): number {
  const set = levelsOf(levels, undefined, undefined, (l) => l);
  return out(score("bonus.tvCase", input({ tvCaseLevels: { kind: "set", value: set, evidence: [] } })).points);
}

// ---------------------------------------------------------------------------------------------
// 按月报送 / 更新（regularity）

function datesOf(dates: Arg): LDate[] {
  return cells(dates, "日期").map((c) => dateOfCell(c, "日期"));
}

/**
 * info.reporting.monthly's regularity rule over any list of dates: all 12 months of the year
 * ending with the cut-off month → full (default 3), some → partial (default 1), none → 0.
 */
export function monthlyRegularityScore(dates: Arg, cutoff?: Arg, fullPoints?: Arg, partialPoints?: Arg): number {
  const base = findItem(RUBRIC_USED, "info.reporting.monthly").item;
  if (base.rule.kind !== "regularity") throw new Error("info.reporting.monthly is not a regularity rule");
  const full = optionalNumber(fullPoints, { label: "按月满分" }) ?? Q.from(base.rule.full);
  const partial = optionalNumber(partialPoints, { label: "不定时得分" }) ?? Q.from(base.rule.partial);
  if (partial.cmp(full) > 0) throw new ArgError(`不定时得分（${partial.toDecimal(2)}）不应高于按月满分（${full.toDecimal(2)}）`);
  const asOf = cutoffOf(cutoff);
  const list = datesOf(dates);
  // The same rule with the caller's points: a one-item rubric derived from the real one.
  const item: RubricItem = { ...base, max: full.toDecimal(6), rule: { ...base.rule, full: full.toDecimal(6), partial: partial.toDecimal(6) } };
  const derived: Rubric = {
    ...RUBRIC_USED,
    indicators: [{ ...findIndicator("info.reporting"), items: [item] }],
  };
  return out(score(item.id, input({ [base.rule.fact]: { kind: "dates", value: list, evidence: [] } }, { asOf }), derived).points);
}

/** Months of the 12-month window (ending with the cut-off month) that have at least one date. */
export function monthsCoveredCount(dates: Arg, cutoff?: Arg): number {
  const { rule } = ruleOf("info.reporting.monthly", "regularity");
  return monthsCovered(datesOf(dates), cutoffOf(cutoff), rule.months).covered;
}

function findIndicator(id: string) {
  const ind = RUBRIC_USED.indicators.find((i) => i.id === id);
  if (!ind) throw new Error(`no indicator ${id}`);
  return ind;
}

// ---------------------------------------------------------------------------------------------
// 电商产业园

const NAME_KEY = memoKey(nameKey);
const TYPE_KEY = memoKey((t) => enterpriseType(compact(t)));

/** work.center.parkEnterprises (≥ 20 家 → 2) + work.center.parkTypes (≥ 3 种 → 1). */
export function parkScore(enterprises: Arg, types: Arg): number {
  const e = sizeOf(countOrList(enterprises, "入驻企业", NAME_KEY));
  const t = sizeOf(countOrList(types, "入驻企业类型", TYPE_KEY));
  const inp = input({ parkEnterprises: numFact(e), parkEnterpriseTypes: numFact(t) });
  return out(score("work.center.parkEnterprises", inp).points.add(score("work.center.parkTypes", inp).points));
}

// ---------------------------------------------------------------------------------------------
// 网络零售额增速

function growth(a2019: Arg, a2020: Arg, what: string): Q {
  const a = oneNumber(a2019, { label: `2019年${what}` });
  const b = oneNumber(a2020, { label: `2020年${what}` });
  if (a.isZero()) throw new ArgError(`2019年${what}为 0，无法计算同比增速`);
  return b.sub(a).div(a);
}

function growthScoreOf(rural: Q | undefined, agri: Q | undefined): number {
  const facts: Record<string, Fact> = {};
  if (rural !== undefined) facts.ruralRetailGrowth = numFact(rural);
  if (agri !== undefined) facts.agriRetailGrowth = numFact(agri);
  return out(score("work.upward.growth", input(facts)).points);
}

/** work.upward.growth from amounts: 2020 vs 2019 growth ≥ 30% of either figure → 2. */
export function growthScore(amount2019: Arg, amount2020: Arg, agriAmount2019?: Arg, agriAmount2020?: Arg): number {
  const rural = growth(amount2019, amount2020, "农村网络零售额");
  let agri: Q | undefined;
  if (!isOmitted(agriAmount2019) || !isOmitted(agriAmount2020)) agri = growth(agriAmount2019, agriAmount2020, "农产品网络零售额");
  return growthScoreOf(rural, agri);
}

/** Growth rate (2020 − 2019) ÷ 2019. */
export function growthRate(amount2019: Arg, amount2020: Arg): number {
  return out(growth(amount2019, amount2020, "网络零售额"));
}

/** work.upward.growth from stated rates ("35%" or 0.35). */
export function growthRateScore(ruralGrowth: Arg, agriGrowth?: Arg): number {
  const r = plainNumber(ruralGrowth);
  if (r !== undefined) {
    const noAgri = agriGrowth === undefined || agriGrowth === null;
    const a = noAgri ? undefined : plainNumber(agriGrowth);
    const fast = noAgri ? GROWTH.points([r]) : a !== undefined ? GROWTH.points([r, a]) : undefined;
    if (fast !== undefined) return fast;
  }
  const spec = { percent: true, negative: true };
  const rural = optionalNumber(ruralGrowth, { ...spec, label: "农村网络零售额同比增速" });
  const agri = optionalNumber(agriGrowth, { ...spec, label: "农产品网络零售额同比增速" });
  if (rural === undefined && agri === undefined) throw new ArgError("缺少同比增速（如 35%）");
  return growthScoreOf(rural, agri);
}

// ---------------------------------------------------------------------------------------------
// The indicator table

export const RUBRIC_HEADER = ["id", "工作任务", "评价指标", "权重", "评分标准"];

/** Header row + one row per indicator: id, 工作任务, 评价指标, 权重, 评分标准. */
export function rubricTable(): (string | number)[][] {
  const groups = new Map(RUBRIC_USED.groups.map((g) => [g.id, g.name]));
  return [
    [...RUBRIC_HEADER],
    ...RUBRIC_USED.indicators.map((ind) => [ind.id, groups.get(ind.group) ?? ind.group, ind.name, Q.from(ind.weight).toNumber(), ind.texts.criteria]),
  ];
}
