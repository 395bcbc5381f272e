/**
 * Evaluation of one rubric item (one rule) against the facts. Each rule kind returns exact points,
 * a status and a basis line a reviewer can check. Missing inputs give status "missing" and 0,
 * never a guess. `EVALUATORS` (at the end) maps each rule kind to its function.
 */
import { formatDate, minusMonths, monthIndex, onOrBefore, type LDate } from "./dates";
import type { Evidence, Fact, ScoringInput } from "./facts";
import { formatPercent, Q } from "./rational";
import type { RubricItem, Rule, Tier } from "./rubric";
import type { Status } from "./report";

export interface ItemEval {
  points: Q;
  status: Status;
  basis: string;
  value?: string;
  threshold?: string;
  evidence: Evidence[];
  /** Veto rules only. */
  vetoed?: boolean;
  /** Problems worth a diagnostic (e.g. a county without poor villages). */
  warnings?: string[];
}

const pts = (q: Q): string => `${q.toDecimal(2)}分`;
const num = (q: Q): string => (q.isInteger() ? q.toString() : q.toDecimal(2));

function missing(what: string, evidence: Evidence[] = []): ItemEval {
  return { points: Q.ZERO, status: "missing", basis: `缺少数据：${what}`, evidence };
}

function numberFact(input: ScoringInput, key: string): (Fact & { kind: "number" }) | undefined {
  const f = input.facts[key];
  return f && f.kind === "number" ? f : undefined;
}

function ev(...facts: (Fact | undefined)[]): Evidence[] {
  const out: Evidence[] = [];
  for (const f of facts) if (f) out.push(...f.evidence);
  return out;
}

/** The label used in "缺少数据" lines: the rubric input label when there is one. */
export type LabelOf = (key: string) => string;

/** The rule of one kind. */
type RuleOf<K extends Rule["kind"]> = Extract<Rule, { kind: K }>;

/** What every rule evaluation gets besides its rule. */
interface RuleContext {
  item: RubricItem;
  /** The item's full points. */
  max: Q;
  input: ScoringInput;
  labelOf: LabelOf;
}

type Evaluator<K extends Rule["kind"]> = (rule: RuleOf<K>, c: RuleContext) => ItemEval;

function flag(rule: RuleOf<"flag">, { max, input, labelOf }: RuleContext): ItemEval {
  const f = input.facts[rule.fact];
  if (!f || f.kind !== "bool") return missing(labelOf(rule.fact));
  const p = f.value ? max : Q.ZERO;
  return {
    points: p,
    status: "computed",
    basis: `${rule.text}：${f.value ? "是" : "否"}${f.note ? `（${f.note}）` : ""} → ${pts(p)}`,
    value: f.value ? "是" : "否",
    evidence: f.evidence,
  };
}

function dateBy(rule: RuleOf<"dateBy">, { max, input, labelOf }: RuleContext): ItemEval {
  const f = input.facts[rule.fact];
  if (!f || f.kind !== "date") return missing(labelOf(rule.fact));
  const limit = minusMonths(input.asOf, rule.monthsBefore);
  const ok = onOrBefore(f.value, limit);
  const p = ok ? max : Q.ZERO;
  const lim = rule.monthsBefore > 0 ? `${formatDate(limit)}（截止日前${rule.monthsBefore}个月）` : formatDate(limit);
  return {
    points: p,
    status: "computed",
    basis: `${rule.text} ${formatDate(f.value)} ${ok ? "≤" : ">"} ${lim} → ${pts(p)}`,
    value: formatDate(f.value),
    threshold: `≤ ${formatDate(limit)}`,
    evidence: f.evidence,
  };
}

function atLeast(rule: RuleOf<"atLeast">, { max, input, labelOf }: RuleContext): ItemEval {
  const f = numberFact(input, rule.fact);
  if (!f) return missing(labelOf(rule.fact));
  const min = Q.from(rule.min);
  const ok = f.value.gte(min);
  const p = ok ? max : Q.ZERO;
  return {
    points: p,
    status: "computed",
    basis: `${rule.text} ${num(f.value)} ${rule.unit}${f.note ? `（${f.note}）` : ""} ${ok ? "≥" : "<"} ${rule.min} ${rule.unit} → ${pts(p)}`,
    value: `${num(f.value)} ${rule.unit}`,
    threshold: `≥ ${rule.min} ${rule.unit}`,
    evidence: f.evidence,
  };
}

function anyAtLeast(rule: RuleOf<"anyAtLeast">, { max, input, labelOf }: RuleContext): ItemEval {
  const min = Q.from(rule.min);
  const parts: string[] = [];
  let best: Q | undefined;
  const evidence: Evidence[] = [];
  rule.facts.forEach((key, i) => {
    const f = numberFact(input, key);
    if (!f) return;
    evidence.push(...f.evidence);
    parts.push(`${rule.labels[i]}同比增速 ${formatPercent(f.value, [min])}${f.note ? `（${f.note}）` : ""}`);
    if (!best || f.value.cmp(best) > 0) best = f.value;
  });
  if (!best) return missing(rule.facts.map(labelOf).join("或"));
  const ok = best.gte(min);
  const p = ok ? max : Q.ZERO;
  return {
    points: p,
    status: "computed",
    basis: `${parts.join("；")}，${ok ? "达到" : "均未达到"} ≥ ${formatPercent(min)} → ${pts(p)}`,
    value: formatPercent(best, [min]),
    threshold: `≥ ${formatPercent(min)}`,
    evidence,
  };
}

function levels(rule: RuleOf<"levels">, { max, input, labelOf }: RuleContext): ItemEval {
  const f = input.facts[rule.fact];
  if (!f || f.kind !== "set") return missing(labelOf(rule.fact));
  const present = rule.levels.filter((l) => f.value.includes(l.level));
  if (present.length === 0) {
    return { points: Q.ZERO, status: "computed", basis: `无${rule.levels.map((l) => l.label).join("、")}报道 → 0分`, value: "无", evidence: f.evidence };
  }
  let p: Q;
  let basis: string;
  if (rule.mode === "sum") {
    p = present.reduce((a, l) => a.add(Q.from(l.points)), Q.ZERO).min(max);
    basis = `${present.map((l) => `${l.label}（${l.points}分）`).join(" + ")} → ${pts(p)}`;
  } else {
    const top = present.reduce((a, l) => (Q.from(l.points).cmp(Q.from(a.points)) > 0 ? l : a));
    p = Q.from(top.points).min(max);
    basis = `${top.label}（不累加）→ ${pts(p)}`;
  }
  return { points: p, status: "computed", basis, value: present.map((l) => l.label).join("、"), evidence: f.evidence };
}

function choice(rule: RuleOf<"choice">, { input, labelOf }: RuleContext): ItemEval {
  const f = input.facts[rule.fact];
  if (!f || f.kind !== "text") return missing(labelOf(rule.fact));
  const opt = rule.options.find((o) => o.value === f.value);
  if (!opt) return missing(`${labelOf(rule.fact)}（无法判断：${f.value}）`, f.evidence);
  const p = Q.from(opt.points);
  return { points: p, status: "computed", basis: `${opt.label}${f.note ? `（${f.note}）` : ""} → ${pts(p)}`, value: opt.label, evidence: f.evidence };
}

function contains(rule: RuleOf<"contains">, { max, input, labelOf }: RuleContext): ItemEval {
  const f = input.facts[rule.fact];
  if (!f || f.kind !== "set") return missing(labelOf(rule.fact));
  const lacking = rule.required.filter((group) => !group.some((g) => f.value.includes(g)));
  const ok = lacking.length === 0;
  const p = ok ? max : Q.ZERO;
  const all = rule.required.map((g) => g.join("或")).join("、");
  return {
    points: p,
    status: "computed",
    basis: ok ? `专栏内容齐全：${all} → ${pts(p)}` : `专栏内容不全，缺少：${lacking.map((g) => g.join("或")).join("、")} → 0分`,
    value: ok ? "内容齐全" : `缺少${lacking.map((g) => g.join("或")).join("、")}`,
    evidence: f.evidence,
  };
}

function vetoFlag(rule: RuleOf<"vetoFlag">, { input, labelOf }: RuleContext): ItemEval {
  const f = input.facts[rule.fact];
  if (!f || f.kind !== "bool") {
    return { points: Q.ZERO, status: "computed", basis: `未申报${labelOf(rule.fact)}（视为未发生）→ 未触发`, vetoed: false, evidence: [] };
  }
  return {
    points: Q.ZERO,
    status: "computed",
    basis: f.value ? `已申报：${labelOf(rule.fact)} → 一票否决` : `${labelOf(rule.fact)}：否 → 未触发`,
    vetoed: f.value,
    evidence: f.evidence,
  };
}

function vetoBelow(rule: RuleOf<"vetoBelow">, { input, labelOf }: RuleContext): ItemEval {
  const min = Q.from(rule.min);
  const stated = numberFact(input, rule.fact);
  let rate: Q;
  let how: string;
  let evidence: Evidence[];
  if (stated) {
    rate = stated.value;
    how = `总体进度 ${formatPercent(rate, [min])}（填报）`;
    evidence = stated.evidence;
  } else {
    const n = numberFact(input, rule.fallbackNum);
    const d = numberFact(input, rule.fallbackDen);
    if (!n || !d || d.value.isZero()) {
      return { points: Q.ZERO, status: "missing", basis: `缺少数据：${labelOf(rule.fact)}（或资金支出率）`, vetoed: false, evidence: [] };
    }
    rate = n.value.div(d.value);
    how = `总体进度未填报，按资金支出率 ${formatPercent(rate, [min])}`;
    evidence = ev(n, d);
  }
  const vetoed = rate.lt(min);
  return {
    points: Q.ZERO,
    status: "computed",
    basis: `${how} ${vetoed ? "<" : "≥"} ${formatPercent(min)} → ${vetoed ? "一票否决" : "未触发"}`,
    value: formatPercent(rate, [min]),
    threshold: `≥ ${formatPercent(min)}`,
    vetoed,
    evidence,
  };
}

function pickTier(rate: Q, tiers: Tier[]): { tier?: Tier; shown: Q[] } {
  const mins = tiers.map((t) => Q.from(t.min));
  const i = mins.findIndex((m) => rate.gte(m));
  return { tier: i >= 0 ? tiers[i] : undefined, shown: mins };
}

/**
 * The rate a tiers rule scores: num ÷ min(den, denCap), at most 100%. `rate` is undefined when the
 * base is 0. The custom functions' *_RATE functions return exactly this.
 */
export function tiersRate(rule: RuleOf<"tiers">, numerator: Q, denominator: Q): { rate?: Q; base: Q; capped: boolean; overfull: boolean } {
  let base = denominator;
  let capped = false;
  if (rule.denCap !== undefined && base.cmp(Q.from(rule.denCap)) > 0) {
    base = Q.from(rule.denCap);
    capped = true;
  }
  if (base.isZero()) return { base, capped, overfull: false };
  const raw = numerator.div(base);
  const overfull = raw.cmp(Q.ONE) > 0;
  return { rate: overfull ? Q.ONE : raw, base, capped, overfull };
}

function tiers(rule: RuleOf<"tiers">, { input, labelOf }: RuleContext): ItemEval {
  const nf = numberFact(input, rule.num);
  const df = numberFact(input, rule.den);
  // No poor villages at all: the covered count cannot matter.
  if (df && df.value.isZero() && rule.whenNone) {
    const p = Q.from(rule.whenNone.points);
    const r: ItemEval = { points: p, status: "computed", basis: `${rule.whenNone.basis} → ${pts(p)}`, evidence: df.evidence };
    if (rule.whenNone.warning) r.warnings = [rule.whenNone.warning];
    return r;
  }
  const lacking = [!nf ? labelOf(rule.num) : "", !df ? labelOf(rule.den) : ""].filter(Boolean);
  if (!nf || !df) return missing(lacking.join("、"), ev(nf, df));
  const evidence = ev(nf, df);
  const r = tiersRate(rule, nf.value, df.value);
  const capNote = r.capped ? `（实际 ${num(df.value)}，超过 ${rule.denCap} 按 ${rule.denCap} 计）` : "";
  const fill = (t: string) =>
    t
      .replace("{num}", num(nf.value))
      .replace("{den}", num(df.value))
      .replace("{base}", num(r.base) + capNote);
  if (!r.rate) return missing(`${labelOf(rule.den)}为 0`, evidence);
  const rate = r.rate;
  const rateNote = r.overfull ? "（超过100%按100%计）" : "";
  const { tier, shown } = pickTier(rate, rule.tiers);
  const lowest = rule.tiers[rule.tiers.length - 1];
  const p = tier ? Q.from(tier.points) : Q.ZERO;
  const cmp = tier ? `≥ ${formatPercent(Q.from(tier.min))}` : `< ${formatPercent(Q.from(lowest.min))}`;
  return {
    points: p,
    status: "computed",
    basis: `${fill(rule.text)} = ${formatPercent(rate, shown)}${rateNote} ${cmp} → ${pts(p)}`,
    value: formatPercent(rate, shown),
    threshold: cmp,
    evidence,
  };
}

function judged(itemId: string, minText: string, maxText: string, zeroWhen: string | undefined, input: ScoringInput, labelOf: LabelOf): ItemEval {
  if (zeroWhen) {
    const z = input.facts[zeroWhen];
    if (z && z.kind === "bool" && !z.value) {
      return { points: Q.ZERO, status: "computed", basis: `${labelOf(zeroWhen)}：否 → 0分`, value: "否", evidence: z.evidence };
    }
  }
  const j = input.judgements[itemId];
  if (!j) return missing(`${labelOf(`judged:${itemId}`)}（自评 ${minText}-${maxText} 分，未填写）`);
  const min = Q.from(minText);
  const max = Q.from(maxText);
  if (j.points.lt(min) || j.points.cmp(max) > 0) {
    return missing(`${labelOf(`judged:${itemId}`)} ${num(j.points)} 不在 ${minText}-${maxText} 分之内，未采用`, j.evidence);
  }
  return {
    points: j.points,
    status: "judged",
    basis: `自评 ${pts(j.points)}（${minText}-${maxText}分）${j.note ? `：${j.note}` : "（未写佐证说明）"}`,
    value: "自评",
    threshold: `${minText}-${maxText}分`,
    evidence: j.evidence,
  };
}

/** Months (as "YYYY-MM") of the regularity window that have at least one dated entry. */
export function monthsCovered(dates: LDate[], asOf: LDate, months: number): { covered: number; window: [string, string] } {
  const end = monthIndex(asOf);
  const start = end - months + 1;
  const seen = new Set<number>();
  for (const d of dates) {
    const i = monthIndex(d);
    if (i >= start && i <= end && onOrBefore(d, asOf)) seen.add(i);
  }
  const fmt = (i: number) => formatDate({ y: Math.floor(i / 12), m: (i % 12) + 1 });
  return { covered: seen.size, window: [fmt(start), fmt(end)] };
}

function regularity(rule: RuleOf<"regularity">, { max, input, labelOf }: RuleContext): ItemEval {
  const f = input.facts[rule.fact];
  if (!f || f.kind !== "dates") return missing(labelOf(rule.fact));
  const { covered, window } = monthsCovered(f.value, input.asOf, rule.months);
  const span = `近一年（${window[0]} 至 ${window[1]}）`;
  let p: Q;
  let verdict: string;
  if (covered === rule.months) {
    p = Q.from(rule.full).min(max);
    verdict = "按月";
  } else if (covered > 0) {
    p = Q.from(rule.partial);
    verdict = "不定时";
  } else {
    p = Q.ZERO;
    verdict = "无记录";
  }
  return {
    points: p,
    status: "computed",
    basis: `${span}${covered}/${rule.months} 个月有${rule.text}记录，${verdict} → ${pts(p)}`,
    value: `${covered}/${rule.months} 个月`,
    threshold: `${rule.months} 个月`,
    evidence: f.evidence,
  };
}

function gatedJudged(rule: RuleOf<"gatedJudged">, { item, input, labelOf }: RuleContext): ItemEval {
  const nf = numberFact(input, rule.num);
  const df = numberFact(input, rule.den);
  if (!nf || !df) return missing([!nf ? labelOf(rule.num) : "", !df ? labelOf(rule.den) : ""].filter(Boolean).join("、"), ev(nf, df));
  if (df.value.isZero()) return missing(`${labelOf(rule.den)}为 0`, ev(nf, df));
  const min = Q.from(rule.min);
  const rate = nf.value.div(df.value);
  const head = `${rule.text.replace("{num}", nf.value.toFixed(2)).replace("{den}", df.value.toFixed(2))} = 支出率 ${formatPercent(rate, [min])}`;
  const evidence = ev(nf, df);
  if (rate.lt(min)) {
    const p = Q.from(rule.below);
    return {
      points: p,
      status: "computed",
      basis: `${head} < ${formatPercent(min)} → 倒扣${num(p.mul(Q.of(-1)))}分`,
      value: formatPercent(rate, [min]),
      threshold: `≥ ${formatPercent(min)}`,
      evidence,
    };
  }
  const j = judged(item.id, rule.judged.min, rule.judged.max, undefined, input, labelOf);
  return {
    ...j,
    basis: `${head} ≥ ${formatPercent(min)}；${j.status === "missing" ? j.basis : `及时拨付${j.basis}`}`,
    value: formatPercent(rate, [min]),
    threshold: `≥ ${formatPercent(min)}`,
    evidence: [...evidence, ...j.evidence],
  };
}

/**
 * One evaluator per rule kind. The mapped type makes a kind added to `Rule` without an evaluator
 * here a compile error.
 */
const EVALUATORS: { [K in Rule["kind"]]: Evaluator<K> } = {
  tiers,
  flag,
  dateBy,
  atLeast,
  anyAtLeast,
  judged: (rule, c) => judged(c.item.id, rule.min, rule.max, rule.zeroWhen, c.input, c.labelOf),
  regularity,
  levels,
  choice,
  contains,
  gatedJudged,
  vetoFlag,
  vetoBelow,
};

function evaluateKind<K extends Rule["kind"]>(rule: RuleOf<K>, c: RuleContext): ItemEval {
  const evaluator: Evaluator<K> = EVALUATORS[rule.kind as K];
  return evaluator(rule, c);
}

export function evaluateRule(item: RubricItem, input: ScoringInput, labelOf: LabelOf): ItemEval {
  return evaluateKind(item.rule, { item, max: Q.from(item.max), input, labelOf });
}
