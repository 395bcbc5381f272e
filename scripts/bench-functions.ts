/**
 * Custom-function benchmark: scalar calls per second of the rate scores and rates, called the way
 * Excel calls them (through functions.ts, a matrix parameter as [[x]]), and the time of one
 * COVERAGE_SCORE over 5,000-row name ranges.
 *
 *   npm run bench:functions
 *
 * Scalar inputs vary from call to call (so no result can be reused) and every result is checked
 * against a sink so the work cannot be optimised away. The range case is timed cold (names never
 * seen before: every village name is keyed) and warm (the same ranges recalculated, as Excel does
 * when another cell changes). Targets from issue 12: ≥ 1,000,000 calls/s, ≤ 2 ms per range call.
 */
import * as F from "../src/functions/functions";

(globalThis as Record<string, unknown>).CustomFunctions = {
  Error: class extends Error {},
  ErrorCode: { invalidValue: "#VALUE!" },
};

const SCALAR_TARGET = 1_000_000;
const RANGE_TARGET_MS = 2;

type Case = { name: string; call: (i: number) => number };

const N = 4096;
// Inputs spread over every tier: counts 0..N-1 against populations around 420,000 / 100 / 200.
const m = (x: unknown): unknown[][] => [[x]];
const counts = Array.from({ length: N }, (_, i) => m((i * 37) % 6000));
const small = Array.from({ length: N }, (_, i) => m(i % 101));
const pops = Array.from({ length: N }, (_, i) => 380000 + ((i * 7919) % 140000));
const amounts = Array.from({ length: N }, (_, i) => m(3_000_000 + ((i * 7919) % 2_000_000)));
const growths = Array.from({ length: N }, (_, i) => ((i * 37) % 1000) / 1000 - 0.2);
// Ranges Excel would hand over for fixed cells: built once, like Excel's own arrays.
const [C215, C100, C5M] = [m(215), m(100), m(5_000_000)];

const cases: Case[] = [
  { name: "TRAINING_RATE_SCORE", call: (i) => F.trainingRateScore(counts[i], pops[i]) },
  { name: "TRAINING_RATE", call: (i) => F.trainingRate(counts[i], pops[i]) },
  { name: "POOR_TRAINING_SCORE", call: (i) => F.poorTrainingScore(small[i], C100) },
  { name: "POOR_TRAINING_RATE", call: (i) => F.poorTrainingRate(small[i], C100) },
  { name: "POOR_TRAINING_BONUS", call: (i) => F.poorTrainingBonus(small[i], C100) },
  { name: "ADMIN_COVERAGE_SCORE", call: (i) => F.adminCoverageScore(C215, small[i]) },
  { name: "POOR_COVERAGE_SCORE", call: (i) => F.poorCoverageScore(C100, small[i]) },
  { name: "COVERAGE_SCORE (counts)", call: (i) => F.coverageScore(C215, small[i], C100, small[(i * 3) % N]) },
  { name: "COVERAGE_RATE", call: (i) => F.coverageRate(C215, small[i]) },
  { name: "POOR_COVERAGE_RATE", call: (i) => F.poorCoverageRate(C100, small[i]) },
  { name: "FUND_SPENDING_SCORE", call: (i) => F.fundSpendingScore(amounts[i], C5M, 4) },
  { name: "GROWTH_RATE_SCORE", call: (i) => F.growthRateScore(growths[i], growths[(i * 3) % N]) },
];

function callsPerSecond(c: Case): number {
  let sink = 0;
  // Warm up (JIT), then run for at least 400 ms.
  for (let i = 0; i < 20000; i++) sink += c.call(i & (N - 1));
  let calls = 0;
  const t0 = performance.now();
  let t = t0;
  while (t - t0 < 400) {
    for (let i = 0; i < 10000; i++) sink += c.call((calls + i) & (N - 1));
    calls += 10000;
    t = performance.now();
  }
  if (!Number.isFinite(sink)) throw new Error("bad sink");
  return calls / ((t - t0) / 1000);
}

function rangeMs(): { cold: number; warm: number; points: number } {
  const ROWS = 5000;
  let run = 0;
  // Each cold run uses names not seen before (a new prefix), so nothing computed earlier helps.
  const names = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => [`${prefix}${i}村委会`]);
  const build = () => {
    const p = `试${run++}号`;
    const admin = names(p, ROWS);
    const covered = names(p, ROWS).filter((_, i) => i % 10 !== 0); // 90% covered
    const poor = names(p, ROWS).filter((_, i) => i % 5 === 0);
    return { admin, covered, poor };
  };
  const once = (r: ReturnType<typeof build>) => F.coverageScore(r.admin, r.covered, r.poor);
  let points = 0;
  for (let i = 0; i < 5; i++) points = once(build());
  const cold: number[] = [];
  for (let i = 0; i < 15; i++) {
    const r = build();
    const t0 = performance.now();
    points = once(r);
    cold.push(performance.now() - t0);
  }
  const r = build();
  once(r);
  const warm: number[] = [];
  for (let i = 0; i < 30; i++) {
    const t0 = performance.now();
    points = once(r);
    warm.push(performance.now() - t0);
  }
  const median = (xs: number[]) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return { cold: median(cold), warm: median(warm), points };
}

const pad = (s: string, n: number) => s + " ".repeat(Math.max(0, n - s.length));
console.log("ECOM custom functions (Node " + process.version + ")");
console.log(`${pad("function", 26)} ${pad("calls/s", 12)} target ≥ ${SCALAR_TARGET.toLocaleString("en")}`);
let worst = Infinity;
for (const c of cases) {
  const cps = callsPerSecond(c);
  worst = Math.min(worst, cps);
  console.log(`${pad(c.name, 26)} ${pad(Math.round(cps).toLocaleString("en"), 12)} ${cps >= SCALAR_TARGET ? "ok" : "BELOW"}`);
}
const r = rangeMs();
console.log(
  `COVERAGE_SCORE over 5,000-row name ranges (→ ${r.points}): cold ${r.cold.toFixed(2)} ms, warm ${r.warm.toFixed(2)} ms` +
    ` (target ≤ ${RANGE_TARGET_MS} ms: ${r.cold <= RANGE_TARGET_MS ? "ok" : r.warm <= RANGE_TARGET_MS ? "warm only" : "BELOW"})`,
);
console.log(`slowest scalar: ${Math.round(worst).toLocaleString("en")} calls/s`);
