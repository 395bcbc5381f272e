/**
 * The rate rules compiled once, at module load, into comparisons of plain numbers: what a scalar
 * call of TRAINING_RATE_SCORE & co. needs, without building a ScoringInput, re-parsing the
 * thresholds or formatting a basis line nobody reads.
 *
 * Exactness: the rubric compares exact rationals. Here a count is a safe integer and a tier
 * `rate ≥ a/b` is decided as `num·b ≥ a·base` in integers below 2^53, so every product is exact;
 * a stated rate is a double at Excel's 15 digits compared with the threshold's nearest double,
 * which decides exactly as long as that double reads back as the threshold (checked at load):
 * rounding to the nearest double never reverses an order. Whatever falls outside these cases
 * (text, fractions, huge numbers, a zero base, an error) returns undefined and the caller takes
 * the exact path through `evaluateItem`, which also builds the message. test/functions/fast.test.ts
 * compares both paths over random inputs.
 */
import { Q } from "../scoring/rational";
import type { RubricItem, Rule } from "../scoring/rubric";
import { excelDigits } from "../ledger/normalize/text";

/** A threshold a/b with a and b small enough to multiply by a count exactly. */
interface Ratio {
  a: number;
  b: number;
  /** Largest count that can be multiplied by a or b without leaving the safe integers. */
  limit: number;
}

function ratio(q: Q): Ratio | undefined {
  const a = Number(q.n);
  const b = Number(q.d);
  if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || a < 0) return undefined;
  return { a, b, limit: Math.floor(Number.MAX_SAFE_INTEGER / Math.max(a, b, 1)) };
}

/** Points as the exact path returns them (Q → number); integers only, so sums stay exact. */
function intPoints(text: string): number | undefined {
  const p = Q.from(text);
  return p.isInteger() && Number.isSafeInteger(Number(p.n)) ? p.toNumber() : undefined;
}

/** The nearest double of a threshold, when comparing doubles with it decides exactly. */
function exactDouble(q: Q): number | undefined {
  const x = q.toNumber();
  return Number.isFinite(x) && Q.fromNumber(x).eq(q) ? x : undefined;
}

export interface CompiledTiers {
  /** Points for num ÷ min(den, cap); undefined → take the exact path. */
  points(num: number, den: number): number | undefined;
  /** The rate as scored (at most 1); undefined → take the exact path. */
  rate(num: number, den: number): number | undefined;
}

const NONE: CompiledTiers = { points: () => undefined, rate: () => undefined };

/** A tiers item: thresholds, points and the denominator cap read once from the rule. */
export function compileTiers(item: RubricItem): CompiledTiers {
  const rule = item.rule;
  if (rule.kind !== "tiers") throw new Error(`${item.id}: expected a tiers rule, found ${rule.kind}`);
  const tiers = rule.tiers.map((t) => ({ min: ratio(Q.from(t.min)), points: intPoints(t.points) }));
  const cap = rule.denCap === undefined ? undefined : Q.from(rule.denCap);
  const capN = cap && cap.isInteger() ? Number(cap.n) : undefined;
  const whenNone = rule.whenNone ? intPoints(rule.whenNone.points) : undefined;
  if (tiers.some((t) => !t.min || t.points === undefined) || (cap && capN === undefined) || (rule.whenNone && whenNone === undefined)) {
    return NONE; // a rubric this cannot decide exactly: always the exact path
  }
  const mins = tiers.map((t) => t.min as Ratio);
  const pts = tiers.map((t) => t.points as number);
  const limit = Math.min(...mins.map((m) => m.limit));
  const base = (den: number): number => (capN !== undefined && den > capN ? capN : den);
  return {
    points(num, den) {
      if (den === 0) return whenNone; // no poor villages: full points; else a zero base is an error
      const b = base(den);
      if (num > limit || b > limit) return undefined;
      // The rate is capped at 100%: above it, a tier is reached when its minimum is at most 1.
      const over = num > b;
      for (let i = 0; i < mins.length; i++) {
        const m = mins[i];
        if (over ? m.a <= m.b : num * m.b >= m.a * b) return pts[i];
      }
      return 0;
    },
    rate(num, den) {
      if (den === 0) return undefined;
      const b = base(den);
      // Q(num/b).toNumber() divides the reduced fraction; both divisions round the same real number.
      return num > b ? 1 : num / b;
    },
  };
}

export interface CompiledAnyAtLeast {
  /** Points for the best of the given rates (each a finite double); undefined → the exact path. */
  points(rates: number[]): number | undefined;
}

/** An anyAtLeast item (growth of either figure ≥ 30%). */
export function compileAnyAtLeast(item: RubricItem): CompiledAnyAtLeast {
  const rule = item.rule as Rule;
  if (rule.kind !== "anyAtLeast") throw new Error(`${item.id}: expected an anyAtLeast rule, found ${rule.kind}`);
  const min = exactDouble(Q.from(rule.min));
  const full = intPoints(item.max);
  if (min === undefined || full === undefined) return { points: () => undefined };
  return {
    points(rates) {
      if (rates.length === 0) return undefined;
      let best = -Infinity;
      for (const r of rates) {
        const x = excelDigits(r);
        if (x > best) best = x;
      }
      return best >= min ? full : 0;
    },
  };
}

export interface CompiledGatedJudged {
  /**
   * Points for spent ÷ allocated (safe integers, allocated > 0) and the judged points (an integer,
   * or undefined when not given); undefined → the exact path (which also explains what is missing).
   */
  points(spent: number, allocated: number, judged: number | undefined): number | undefined;
}

/** A gatedJudged item (fund spending: below 70% → −5, else the self-assessed 1–5). */
export function compileGatedJudged(item: RubricItem): CompiledGatedJudged {
  const rule = item.rule as Rule;
  if (rule.kind !== "gatedJudged") throw new Error(`${item.id}: expected a gatedJudged rule, found ${rule.kind}`);
  const min = ratio(Q.from(rule.min));
  const below = intPoints(rule.below);
  const jMin = exactDouble(Q.from(rule.judged.min));
  const jMax = exactDouble(Q.from(rule.judged.max));
  if (!min || below === undefined || jMin === undefined || jMax === undefined) return { points: () => undefined };
  return {
    points(spent, allocated, judged) {
      if (allocated === 0 || spent > min.limit || allocated > min.limit) return undefined;
      if (spent * min.b < min.a * allocated) return below;
      if (judged === undefined || !Number.isInteger(judged) || judged < jMin || judged > jMax) return undefined;
      return judged;
    },
  };
}
