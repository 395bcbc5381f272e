/**
 * An official table's 扣分原因 beside an indicator's claim says which of its judged items lost points:
 * "交易标准、冷链溯源系统建设扣1分；其余各项满分" on 农村产品上行 (9) gives 交易标准与冷链溯源 2 − 1 = 1 and
 * the other judged items (网销调研, 网络促销) their full 2. A reviewer reads the items so; this reads
 * them as the clerk's judged points, each with the reason as its note. An item the reason does not
 * name, without 其余满分, is left to the claim (scoring/claims.ts).
 */
import type { Sheet } from "../../core/grid";
import { cellAddress, type CellValue } from "../../core/grid";
import type { Rubric, RubricInput, RubricItem } from "../../scoring/rubric";
import { Q } from "../../scoring/rational";
import { cellText } from "../normalize/text";
import type { FactsEntry, Claim } from "./read";
import type { Scored } from "./vocabulary";

function judgedMax(item: RubricItem): Q | undefined {
  const r = item.rule;
  if (r.kind === "judged") return Q.from(r.max);
  if (r.kind === "gatedJudged") return Q.from(r.judged.max);
  return undefined;
}

/** "X扣1分" parts of a reason, and whether it says the rest are full ("其余各项满分"). */
export function deductionsIn(reason: string): { what: string; points: Q }[] & { restFull?: boolean } {
  const out: { what: string; points: Q }[] & { restFull?: boolean } = [];
  for (const part of reason.split(/[；;。\n]/)) {
    if (/其余(?:各项|均|项目)?(?:均)?(?:得)?满分|其他(?:各项)?(?:均)?满分/.test(part)) out.restFull = true;
    const m = /^(.*?)[，,\s]*(?:扣|扣除|减)\s*(\d+(?:\.\d+)?)\s*分/.exec(part.trim());
    if (m && m[1].trim()) out.push({ what: m[1].trim(), points: Q.from(m[2]) });
  }
  return out;
}

export function deductionEntries(
  sheet: Sheet,
  deductCol: number | undefined,
  claims: Claim[],
  rubric: Rubric,
  matchOf: (t: string) => Scored<RubricInput>[],
): FactsEntry[] {
  if (deductCol === undefined) return [];
  const out: FactsEntry[] = [];
  for (const claim of claims) {
    const ind = rubric.indicators.find((i) => i.id === claim.indicator);
    const r = claim.row - 1;
    const reason = cellText((sheet.rows[r]?.[deductCol] ?? null) as CellValue);
    const items = ind?.items.filter((it) => judgedMax(it) !== undefined) ?? [];
    if (!ind || items.length < 2 || reason === "") continue;
    const found = deductionsIn(reason);
    const points = new Map<RubricItem, Q>();
    for (const d of found) {
      // The item the reason names, among this indicator's judged items only.
      const best = matchOf(d.what).find((m) => items.some((it) => m.target.key === `judged:${it.id}`));
      const item = best && best.score >= 0.45 ? items.find((it) => best.target.key === `judged:${it.id}`) : undefined;
      const max = item && judgedMax(item);
      if (item && max && !points.has(item)) points.set(item, max.sub(d.points).max(Q.ZERO));
    }
    if (found.length === 0 || (points.size === 0 && !found.restFull)) continue;
    if (found.restFull) for (const it of items) if (!points.has(it)) points.set(it, judgedMax(it) as Q);
    for (const [it, p] of points)
      out.push({
        key: `judged:${it.id}`,
        source: { sheet: sheet.name, row: claim.row },
        cell: cellAddress(r, deductCol),
        label: it.label,
        value: p.toNumber(),
        note: reason,
      });
  }
  return out;
}
