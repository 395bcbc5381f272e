/** A score report → what the summary shows: group bars, diagnostic counts, evidence links. */
import type { Diagnostic, Severity } from "../../core/diagnostics";
import type { Evidence } from "../../scoring/facts";
import type { IndicatorResult, ScoreReport } from "../../scoring/report";
import type { Rubric, Section } from "../../scoring/rubric";
import { describeEvidence, diagnosticTarget, evidenceTarget } from "../../table/evidence";
import { fmtPoints } from "../../table/build";

export { fmtPoints };

export interface GroupScore {
  id: string;
  name: string;
  section: Section;
  weight: number;
  points: number;
}

/** Points per 工作任务 group (scored groups and the bonus group; vetoes have no points). */
export function groupScores(report: ScoreReport, rubric: Rubric): GroupScore[] {
  return rubric.groups
    .filter((g) => g.section !== "veto")
    .map((g) => {
      const sum = report.indicators.filter((i) => i.group === g.id).reduce((a, i) => a + i.points, 0);
      const weight = Number(g.weight);
      // The bonus is capped at the rubric's maximum; show what counts.
      const points = g.section === "bonus" ? Math.min(sum, report.bonus) : sum;
      return { id: g.id, name: g.name, section: g.section, weight, points };
    });
}

export function diagnosticCounts(list: Diagnostic[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const d of list) counts[d.severity]++;
  return counts;
}

export interface Target {
  sheet: string;
  address: string;
  /** "站点台账 第 5–141 行" */
  text: string;
}

/** How a diagnostic's place reads: "C17" as is, row ranges ("5:9", "7") through `rows`. */
export function placeText(cell: string, rows: (from: number, to: number) => string): string {
  const t = cell.trim().replace(/\$/g, "");
  const m = /^(\d+)(?::(\d+))?$/.exec(t);
  if (m) return rows(Number(m[1]), Number(m[2] ?? m[1]));
  return t.toUpperCase();
}

/** Where a diagnostic points, when it names a sheet ("站点台账 第 154 行", "基本情况 C5"). */
export function diagnosticLink(d: Diagnostic, rows: (from: number, to: number) => string): Target | undefined {
  if (!d.sheet) return undefined;
  const address = diagnosticTarget(d.cell);
  return { sheet: d.sheet, address, text: d.cell ? `${d.sheet} ${placeText(d.cell, rows)}` : d.sheet };
}

/** The distinct evidence ranges of an indicator's items, as links (at most `max`). */
export function indicatorLinks(ind: IndicatorResult, max = 4): Target[] {
  const seen = new Set<string>();
  const out: Target[] = [];
  const all: Evidence[] = ind.items.flatMap((it) => it.evidence ?? []);
  for (const e of all) {
    if (!e || !e.sheet) continue;
    const text = describeEvidence([e]).text;
    if (!text || seen.has(text)) continue;
    seen.add(text);
    const t = evidenceTarget(e);
    out.push({ sheet: t.sheet, address: t.cell, text });
    if (out.length >= max) break;
  }
  return out;
}
