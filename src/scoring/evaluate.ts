/**
 * The whole score: every indicator of a rubric evaluated against the facts, bonus capped, vetoes
 * applied, and the JSON report (docs/ledgers.md) assembled.
 */
import type { Diagnostic } from "../core/diagnostics";
import { formatDate } from "./dates";
import type { ScoringInput } from "./facts";
import { Q } from "./rational";
import type { IndicatorResult, ItemResult, Measures, ScoreReport, Status } from "./report";
import type { Rubric, RubricIndicator, RubricItem } from "./rubric";
import { evaluateRule, monthsCovered, type ItemEval, type LabelOf } from "./rules";

export function labelsOf(rubric: Rubric): LabelOf {
  const byKey = new Map(rubric.inputs.map((i) => [i.key, i.label]));
  return (key) => byKey.get(key) ?? rubric.factLabels[key] ?? key;
}

export function findItem(rubric: Rubric, itemId: string): { indicator: RubricIndicator; item: RubricItem } {
  for (const indicator of rubric.indicators) {
    const item = indicator.items.find((i) => i.id === itemId);
    if (item) return { indicator, item };
  }
  throw new RangeError(`rubric ${rubric.id} has no item ${itemId}`);
}

function toItemResult(item: RubricItem, e: ItemEval): ItemResult {
  const r: ItemResult = {
    id: item.id,
    label: item.label,
    points: e.points.toNumber(),
    max: Q.from(item.max).toNumber(),
    status: e.status,
    basis: e.basis,
    evidence: e.evidence,
  };
  if (e.value !== undefined) r.value = e.value;
  if (e.threshold !== undefined) r.threshold = e.threshold;
  return r;
}

/** One item on its own: what the custom functions call. */
export function evaluateItem(rubric: Rubric, itemId: string, input: ScoringInput): ItemEval {
  return evaluateRule(findItem(rubric, itemId).item, input, labelsOf(rubric));
}

function combineStatus(evals: ItemEval[]): Status {
  if (evals.some((e) => e.status === "missing")) return "missing";
  if (evals.some((e) => e.status === "judged")) return "judged";
  return "computed";
}

/**
 * One line for a multi-item indicator: short lists name every item; long checklists name only the
 * items that lost points, which is what a reviewer asks about.
 */
function summaryBasis(ind: RubricIndicator, evals: ItemEval[], points: Q, capped: boolean): string {
  const line = (i: number) => {
    const e = evals[i];
    if (e.status === "missing") return `${ind.items[i].label}：缺少数据`;
    return `${ind.items[i].label}${e.value ? ` ${e.value}` : ""} → ${e.points.toDecimal(2)}分`;
  };
  const total = `${points.toDecimal(2)}分${capped ? `（封顶 ${ind.weight} 分）` : ""}`;
  if (ind.items.length <= 3) return `${ind.items.map((_, i) => line(i)).join("；")}；合计 ${total}`;
  const lost = ind.items.map((it, i) => ({ it, i })).filter(({ it, i }) => !evals[i].points.eq(Q.from(it.max)));
  if (lost.length === 0) return `${ind.items.length} 项全部得分，合计 ${total}`;
  return `${ind.items.length} 项得 ${total}；未得满分：${lost.map(({ i }) => line(i)).join("；")}`;
}

interface IndicatorEval {
  result: IndicatorResult;
  points: Q;
  vetoed: boolean;
  warnings: string[];
}

function evaluateIndicator(ind: RubricIndicator, input: ScoringInput, labelOf: LabelOf): IndicatorEval {
  const evals = ind.items.map((it) => evaluateRule(it, input, labelOf));
  const weight = Q.from(ind.weight);
  const floor = Q.from(ind.floor ?? "0");
  const sum = evals.reduce((a, e) => a.add(e.points), Q.ZERO);
  const points = ind.section === "veto" ? Q.ZERO : sum.min(weight).max(floor);
  const vetoed = evals.some((e) => e.vetoed === true);
  let basis: string;
  if (evals.length === 1) basis = evals[0].basis;
  else basis = summaryBasis(ind, evals, points, sum.cmp(weight) > 0);
  const result: IndicatorResult = {
    id: ind.id,
    group: ind.group,
    name: ind.name,
    section: ind.section,
    weight: weight.toNumber(),
    points: points.toNumber(),
    status: combineStatus(evals),
    basis,
    items: ind.items.map((it, i) => toItemResult(it, evals[i])),
  };
  if (ind.section === "veto") result.vetoed = vetoed;
  const claim = input.claims?.[ind.id];
  if (claim) result.claimed = claim.points.toNumber();
  return { result, points, vetoed, warnings: evals.flatMap((e) => e.warnings ?? []) };
}

/** The figures the rubric publishes (`rubric.measures`), null where the fact is missing. */
function measures(rubric: Rubric, input: ScoringInput): Measures {
  const out: Measures = {};
  for (const m of rubric.measures) {
    const f = input.facts[m.fact];
    let v: number | string[] | null = null;
    if (m.as === "number" && f?.kind === "number") v = f.value.toNumber();
    else if (m.as === "months" && f?.kind === "dates") v = monthsCovered(f.value, input.asOf, m.months ?? 12).covered;
    else if (m.as === "list" && f?.kind === "set") v = [...f.value];
    out[m.key] = v;
  }
  return out;
}

export function evaluate(rubric: Rubric, input: ScoringInput, diagnostics: Diagnostic[] = []): ScoreReport {
  const labelOf = labelsOf(rubric);
  const evals = rubric.indicators.map((ind) => evaluateIndicator(ind, input, labelOf));
  const diags = [...diagnostics];
  for (const e of evals) for (const w of e.warnings) diags.push({ severity: "warning", message: `${e.result.name}：${w}` });
  for (const e of evals) {
    if (e.result.status === "missing" && e.result.section !== "veto") {
      const lacking = e.result.items.filter((i) => i.status === "missing").map((i) => i.basis.replace(/^缺少数据：/, ""));
      diags.push({ severity: "warning", message: `${e.result.name}（${e.result.id}）缺少数据，按 0 分计：${[...new Set(lacking)].join("；")}` });
    }
  }
  // A claim the ledgers do not support is what a reviewer asks about first.
  for (const e of evals) {
    const claim = input.claims?.[e.result.id];
    if (!claim || claim.points.eq(e.points)) continue;
    const where = claim.evidence[0];
    const d: Diagnostic = {
      severity: "warning",
      message: `${e.result.name}（${e.result.id}）：填报自评 ${claim.points.toDecimal(2)} 分，台账支持 ${e.points.toDecimal(2)} 分（${e.result.basis}）`,
    };
    if (where?.sheet) d.sheet = where.sheet;
    if (where?.cell) d.cell = where.cell;
    diags.push(d);
  }
  const sumOf = (section: string) => evals.filter((e) => e.result.section === section).reduce((a, e) => a.add(e.points), Q.ZERO);
  const scored = sumOf("scored");
  const bonus = sumOf("bonus").min(Q.from(rubric.maxBonus));
  const before = scored.add(bonus);
  const vetoes = evals.filter((e) => e.result.section === "veto" && e.vetoed);
  const vetoed = vetoes.length > 0;
  const county = input.county ?? null;
  return {
    rubric: rubric.id,
    asOf: formatDate(input.asOf),
    county,
    total: vetoed ? 0 : before.toNumber(),
    totalBeforeVeto: before.toNumber(),
    bonus: bonus.toNumber(),
    vetoed,
    vetoReasons: vetoes.map((v) => `${v.result.name}：${v.result.basis}`),
    indicators: evals.map((e) => e.result),
    measures: measures(rubric, input),
    diagnostics: sortDiagnostics(diags),
  };
}

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const;

/** Errors first, then warnings, then notes; stable within a severity (reading order). */
export function sortDiagnostics(list: Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) => SEVERITY_ORDER[a.d.severity] - SEVERITY_ORDER[b.d.severity] || a.i - b.i)
    .map((x) => x.d);
}
