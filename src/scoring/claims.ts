/**
 * The county's own points per indicator (claimed), when its sheets state them — typically the
 * official indicator table with a 自评 column. A claim is never a score: the ledgers decide. But
 * where the clerk stated only an indicator's total, the judged parts of it are what that total
 * leaves after the parts the ledgers compute (方案制定 2 → the judged 2; 农村产品上行 9 with 4
 * computed → the three judged parts share 5). A split that is not unique is made in item order
 * and said so; a total that no split can reach is left unjudged and said so.
 */
import type { Evidence, Judgement, ScoringInput } from "./facts";
import { Q } from "./rational";
import type { Rubric, RubricIndicator, RubricItem } from "./rubric";
import { evaluateRule, type LabelOf } from "./rules";

export interface Claim {
  points: Q;
  evidence: Evidence[];
  note?: string;
}

function judgedRange(item: RubricItem): [Q, Q] | undefined {
  const r = item.rule;
  if (r.kind === "judged") return [Q.from(r.min), Q.from(r.max)];
  if (r.kind === "gatedJudged") return [Q.from(r.judged.min), Q.from(r.judged.max)];
  return undefined;
}

/**
 * Judgements implied by claims, for judged items the sheets did not state on their own. Returns
 * the messages to report (one per indicator where something was inferred or could not be).
 */
export function judgementsFromClaims(
  rubric: Rubric,
  input: ScoringInput,
  labelOf: LabelOf,
  /** Judged items whose line the sheet shows with its points left blank. */
  blank: ReadonlySet<string> = new Set(),
): { severity: "info" | "warning"; message: string; evidence: Evidence[] }[] {
  const out: { severity: "info" | "warning"; message: string; evidence: Evidence[] }[] = [];
  for (const ind of rubric.indicators) {
    const claim = input.claims?.[ind.id];
    if (!claim) continue;
    const open = ind.items.filter((it) => judgedRange(it) && !input.judgements[it.id]);
    if (open.length === 0) continue;
    // An item whose line the clerk left blank ("交易标准…自评（1-2分）" with nothing after it) was left so on
    // purpose: the total (which may count a computed item the ledgers do not support) decides nothing.
    // (An indicator of one judged item is that item: its claim is the item's points, however its line reads.)
    const blanks = ind.items.length === 1 ? [] : open.filter((it) => blank.has(it.id));
    if (blanks.length > 0) {
      out.push({
        severity: "info",
        message: `${ind.name}（${ind.id}）：${blanks.map((it) => it.label).join("、")}的自评分留空，按缺少数据计，不从填报自评 ${claim.points.toDecimal(2)} 分推定`,
        evidence: claim.evidence,
      });
      continue;
    }
    const rest = restPoints(ind, open, input, labelOf);
    if (rest === undefined) continue; // a gate decided (资金支出率 < 70%): no judgement is read
    const remaining = claim.points.sub(rest);
    const ranges = open.map((it) => judgedRange(it) as [Q, Q]);
    const lo = ranges.reduce((a, [min]) => a.add(min), Q.ZERO);
    const hi = ranges.reduce((a, [, max]) => a.add(max), Q.ZERO);
    const name = `${ind.name}（${ind.id}）`;
    if (remaining.lt(lo) || remaining.cmp(hi) > 0) {
      if (!claim.points.isZero())
        out.push({
          severity: "warning",
          message: `${name}：填报自评 ${claim.points.toDecimal(2)} 分，扣除台账计算的 ${rest.toDecimal(2)} 分后，自评部分应在 ${lo.toDecimal(2)}-${hi.toDecimal(2)} 分之内，无法推定；请分项填写自评分`,
          evidence: claim.evidence,
        });
      continue;
    }
    // Each open item gets its minimum, then what is left goes to the items in order up to their maximum.
    let left = remaining.sub(lo);
    const parts: string[] = [];
    open.forEach((it, i) => {
      const [min, max] = ranges[i];
      const extra = left.min(max.sub(min));
      left = left.sub(extra);
      const points = min.add(extra);
      const j: Judgement = { points, evidence: claim.evidence, note: `按填报自评推定（${ind.name} 自评 ${claim.points.toDecimal(2)} 分）` };
      input.judgements[it.id] = j;
      parts.push(`${it.label} ${points.toDecimal(2)} 分`);
    });
    const unique = open.length === 1 || remaining.eq(lo) || remaining.eq(hi);
    out.push({
      severity: "info",
      message: `${name}：自评分项未单独填写，按填报自评 ${claim.points.toDecimal(2)} 分推定${unique ? "" : "（分项分配按顺序推定，总分不变）"}：${parts.join("，")}`,
      evidence: claim.evidence,
    });
  }
  return out;
}

/** Points of the indicator's items other than the open judged ones; undefined when a gate decides. */
function restPoints(ind: RubricIndicator, open: RubricItem[], input: ScoringInput, labelOf: LabelOf): Q | undefined {
  let sum = Q.ZERO;
  for (const it of ind.items) {
    const e = evaluateRule(it, input, labelOf);
    if (open.includes(it)) {
      // A gated item that computed (a deduction below the gate) is decided without a judgement.
      if (it.rule.kind === "gatedJudged" && e.status !== "missing") return undefined;
      continue;
    }
    sum = sum.add(e.points);
  }
  return sum;
}
