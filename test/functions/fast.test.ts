/**
 * The compiled rate rules (src/functions/fast.ts) against the rubric's own evaluation
 * (`evaluateItem`, what the CLI's report uses) over random inputs crowded around every threshold,
 * the denominator caps, zero and the exactness limits; and the public functions with plain numbers
 * (the fast path) against the same values written as text (always the exact path), errors included.
 */
import fc from "fast-check";
import { evaluateItem, findItem } from "../../src/scoring/evaluate";
import type { Fact, Judgement, ScoringInput } from "../../src/scoring/facts";
import { Q } from "../../src/scoring/rational";
import { parseIsoDate, type LDate } from "../../src/scoring/dates";
import { tiersRate } from "../../src/scoring/rules";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { excelDigits } from "../../src/ledger/normalize/text";
import { isResidentsCommittee, villageKey } from "../../src/ledger/normalize/village";
import { compileAnyAtLeast, compileGatedJudged, compileTiers } from "../../src/functions/fast";
import * as F from "../../src/functions/functions";
import { installCustomFunctionsMock } from "./custom-functions-mock";

beforeAll(installCustomFunctionsMock);

const RUNS = { numRuns: 3000 };
const asOf = parseIsoDate(GD_2019.asOf) as LDate;
const num = (x: number | Q): Fact => ({ kind: "number", value: x instanceof Q ? x : Q.fromNumber(x), evidence: [] });
const input = (facts: Record<string, Fact>, judgements: Record<string, Judgement> = {}): ScoringInput => ({ facts, judgements, asOf });
const m = (x: unknown): unknown[][] => [[x]];

/** Counts crowded around a ratio of `den`: floor(den·t) ± 2, plus anything in range. */
function countsNear(thresholds: number[], maxDen: number): fc.Arbitrary<[number, number]> {
  const den = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: maxDen }), fc.constantFrom(0, 1, 100, 200, 201, 500000, 500001));
  return den.chain((d) =>
    fc.tuple(
      fc.oneof(
        fc.integer({ min: 0, max: Math.max(d * 2, 10) }),
        fc
          .tuple(fc.constantFrom(...thresholds, 1), fc.integer({ min: -2, max: 2 }), fc.constantFrom(d, Math.min(d, 200), Math.min(d, 500000)))
          .map(([t, k, b]) => Math.max(0, Math.floor(b * t) + k)),
      ),
      fc.constant(d),
    ),
  );
}

const TIER_ITEMS: { id: string; num: string; den: string; thresholds: number[]; maxDen: number }[] = [
  { id: "work.training.personTimes", num: "trainingPersonTimes", den: "residentPopulation", thresholds: [0.01, 0.008, 0.006], maxDen: 2_000_000 },
  { id: "work.training.poor", num: "trainedPoorPersons", den: "eligiblePoorPersons", thresholds: [0.5, 0.4, 0.3], maxDen: 100_000 },
  { id: "bonus.poorTraining", num: "trainedPoorPersons", den: "eligiblePoorPersons", thresholds: [0.7], maxDen: 100_000 },
  { id: "work.coverage.admin", num: "coveredVillages", den: "adminVillages", thresholds: [0.7, 0.5], maxDen: 1000 },
  { id: "work.coverage.poor", num: "coveredPoorVillages", den: "poorVillages", thresholds: [1, 0.8], maxDen: 1000 },
];

describe.each(TIER_ITEMS)("compiled tiers of $id agree with evaluateItem", ({ id, num: numKey, den: denKey, thresholds, maxDen }) => {
  const { item } = findItem(GD_2019, id);
  const compiled = compileTiers(item);

  test("points", () => {
    fc.assert(
      fc.property(countsNear(thresholds, maxDen), ([n, d]) => {
        const e = evaluateItem(GD_2019, id, input({ [numKey]: num(n), [denKey]: num(d) }));
        const fast = compiled.points(n, d);
        if (fast === undefined) {
          // Only a zero base (an error the exact path words) leaves the fast path at these sizes.
          expect(d).toBe(0);
          expect(e.status).toBe("missing");
        } else {
          expect(e.status).toBe("computed");
          expect(fast).toBe(e.points.toNumber());
        }
      }),
      RUNS,
    );
  });

  test("rate", () => {
    if (item.rule.kind !== "tiers") throw new Error("not tiers");
    const rule = item.rule;
    fc.assert(
      fc.property(countsNear(thresholds, maxDen), ([n, d]) => {
        const exact = tiersRate(rule, Q.of(n), Q.of(d)).rate;
        const fast = compiled.rate(n, d);
        if (exact === undefined) expect(fast).toBeUndefined();
        else expect(fast).toBe(exact.toNumber());
      }),
      RUNS,
    );
  });

  test("counts too large to multiply exactly go to the exact path", () => {
    expect(compiled.points(2 ** 52, 2 ** 52)).toBeUndefined();
  });
});

test("compiled anyAtLeast (growth ≥ 30%) agrees with evaluateItem, doubles next to the threshold included", () => {
  const { item } = findItem(GD_2019, "work.upward.growth");
  const compiled = compileAnyAtLeast(item);
  const near = fc
    .tuple(fc.constantFrom(0.3, 0.29999999999999, 0.30000000000001, 0.299999999999999, 0.3000000000000001, 0.29999999999999993), fc.boolean())
    .map(([x, neg]) => (neg ? -x : x));
  const rate = fc.oneof(
    near,
    fc.double({ min: -10, max: 10, noNaN: true }),
    fc.integer({ min: -100, max: 100 }).map((k) => k / 100),
  );
  fc.assert(
    fc.property(rate, fc.option(rate, { nil: undefined }), (r, a) => {
      const facts: Record<string, Fact> = { ruralRetailGrowth: num(excelDigits(r)) };
      if (a !== undefined) facts.agriRetailGrowth = num(excelDigits(a));
      const e = evaluateItem(GD_2019, "work.upward.growth", input(facts));
      expect(compiled.points(a === undefined ? [r] : [r, a])).toBe(e.points.toNumber());
    }),
    RUNS,
  );
});

test("compiled gatedJudged (fund spending) agrees with evaluateItem", () => {
  const { item } = findItem(GD_2019, "fund.spending");
  const compiled = compileGatedJudged(item);
  const pair = fc.integer({ min: 1, max: 10_000_000 }).chain((a) =>
    fc.tuple(
      fc.oneof(
        fc.integer({ min: 0, max: a * 2 }),
        fc.integer({ min: -2, max: 2 }).map((k) => Math.max(0, Math.floor(a * 0.7) + k)),
      ),
      fc.constant(a),
    ),
  );
  fc.assert(
    fc.property(pair, fc.option(fc.integer({ min: 0, max: 7 }), { nil: undefined }), ([s, a], t) => {
      const judgements: Record<string, Judgement> = t === undefined ? {} : { "fund.spending": { points: Q.of(t), evidence: [] } };
      const e = evaluateItem(GD_2019, "fund.spending", input({ fundSpent: num(s), fundAllocated: num(a) }, judgements));
      const fast = compiled.points(s, a, t);
      if (fast === undefined) expect(e.status).toBe("missing");
      else expect(fast).toBe(e.points.toNumber());
    }),
    RUNS,
  );
});

/** A call's outcome: its value, or the #VALUE! message (a value quoted as text is quoted as a number here). */
function outcome(call: () => number): number | string {
  try {
    return call();
  } catch (e) {
    return `#VALUE! ${(e as Error).message.replace(/[“”]/g, "")}`;
  }
}

describe("the public functions: plain numbers (fast path) give what the same values as text (exact path) give", () => {
  // Below 1e15: a number and its text are then the same value (Excel keeps 15 digits of a number).
  const count = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 2_000_000 }), fc.constantFrom(-1, 0, 0.5, 1e15 - 1, 2 ** 49));
  const text = (x: number) => String(x);
  const cases: [string, (a: unknown, b: unknown) => number][] = [
    ["TRAINING_RATE_SCORE", (a, b) => F.trainingRateScore(m(a) as never, b)],
    ["TRAINING_RATE", (a, b) => F.trainingRate(m(a) as never, b)],
    ["POOR_TRAINING_SCORE", (a, b) => F.poorTrainingScore(m(a) as never, m(b) as never)],
    ["POOR_TRAINING_RATE", (a, b) => F.poorTrainingRate(m(a) as never, m(b) as never)],
    ["POOR_TRAINING_BONUS", (a, b) => F.poorTrainingBonus(m(a) as never, m(b) as never)],
    ["ADMIN_COVERAGE_SCORE", (a, b) => F.adminCoverageScore(m(b) as never, m(a) as never)],
    ["POOR_COVERAGE_SCORE", (a, b) => F.poorCoverageScore(m(b) as never, m(a) as never)],
    ["COVERAGE_RATE", (a, b) => F.coverageRate(m(b) as never, m(a) as never)],
    ["POOR_COVERAGE_RATE", (a, b) => F.poorCoverageRate(m(b) as never, m(a) as never)],
    ["COVERAGE_SCORE", (a, b) => F.coverageScore(m(b) as never, m(a) as never, m(b) as never, m(a) as never)],
    ["FUND_SPENDING_SCORE", (a, b) => F.fundSpendingScore(m(a) as never, b, 3)],
  ];
  test.each(cases)("%s", (_name, call) => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        expect(outcome(() => call(a, b))).toEqual(outcome(() => call(text(a), text(b))));
      }),
      { numRuns: 1500 },
    );
  });

  test("COVERAGE_SCORE with no poor villages and the covered poor count left out", () => {
    fc.assert(
      fc.property(count, count, (a, b) => {
        expect(outcome(() => F.coverageScore(m(b) as never, m(a) as never, m(0) as never))).toEqual(
          outcome(() => F.coverageScore(m(text(b)) as never, m(text(a)) as never, m("0") as never)),
        );
      }),
      { numRuns: 800 },
    );
  });

  test("GROWTH_RATE_SCORE", () => {
    // Decimals whose text is plain (no exponent form, which text input does not take).
    const rate = fc.oneof(
      fc.tuple(fc.integer({ min: -2_000_000, max: 2_000_000 }), fc.integer({ min: 6, max: 14 })).map(([k, p]) => k / 10 ** p),
      fc.constantFrom(0.3, 0.29999999999999, 0.300000000000001, -0.3),
    );
    fc.assert(
      fc.property(rate, fc.option(rate, { nil: undefined }), (r, a) => {
        const asText = (x: number) => x.toFixed(15).replace(/\.?0+$/, "");
        expect(outcome(() => F.growthRateScore(r, a))).toEqual(outcome(() => F.growthRateScore(asText(r), a === undefined ? undefined : asText(a))));
      }),
      { numRuns: 1500 },
    );
  });
});

test("name ranges read in one pass count what the ledger's village keys say", () => {
  const name = fc.oneof(
    fc.constantFrom("长来村", " 长来村委会", "长来村民委员会", "长来", "新村村委会", "城南社区居委会", "北门社区", "大坪村", "小坪村 ", "ＡＢ村", "五一村\u200B"),
    fc.integer({ min: 0, max: 40 }).map((i) => `试${i}村`),
  );
  const cell = fc.oneof({ weight: 8, arbitrary: name }, fc.constantFrom(null, "", "  "));
  const column = fc.array(cell, { minLength: 0, maxLength: 30 }).map((xs) => xs.map((x) => [x]));
  const keysOf = (col: unknown[][]) => {
    const keys = new Set<string>();
    for (const [v] of col) if (typeof v === "string" && v.trim().replace(/\u200B/g, "") !== "" && !isResidentsCommittee(v)) keys.add(villageKey(v));
    return keys;
  };
  fc.assert(
    fc.property(column, column, (all, covered) => {
      const a = keysOf(all);
      const c = keysOf(covered);
      const nonBlank = (col: unknown[][]) => col.filter(([v]) => typeof v === "string" && v.trim() !== "").length;
      // One non-blank cell or none takes countOrList's general path; this property is about lists.
      fc.pre(nonBlank(all) >= 2 && nonBlank(covered) >= 2 && a.size > 0);
      const on = [...c].filter((k) => a.has(k)).length;
      const base = Math.min(a.size, 200);
      expect(F.coverageRate(all as never, covered as never)).toBe(Math.min(on / base, 1));
    }),
    { numRuns: 800 },
  );
});

test("a logical value in a name range is refused after an error value anywhere, as before", () => {
  const range = [["长来村"], [true], [{ error: "#N/A" }]];
  expect(outcome(() => F.coverageRate(range as never, [["长来村"], ["大坪村"]] as never))).toBe("#VALUE! 行政村（所选区域第 3 行第 1 列）是错误值 #N/A");
  expect(outcome(() => F.coverageRate([["长来村"], [true], ["大坪村"]] as never, [["长来村"], ["大坪村"]] as never))).toMatch(
    /行政村（所选区域第 2 行第 1 列）应为名称或个数，不是逻辑值 TRUE/,
  );
});
