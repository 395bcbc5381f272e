/**
 * Ledgers (records + facts-sheet entries) → the ScoringInput the rubric is evaluated against.
 */
import { parseIsoDate, type LDate } from "../scoring/dates";
import type { Fact, Facts, ScoringInput } from "../scoring/facts";
import { Q } from "../scoring/rational";
import type { Rubric } from "../scoring/rubric";
import type { Diagnostics } from "./diagnostics";
import { deriveFundFacts, deriveLogFacts, deriveParkFacts, deriveTrainingFacts, deriveVillageFacts } from "./derive";
import { factsFromSheet } from "./facts-inputs";
import { leaderLevel, missingDepartments } from "./leader";
import type { Ledgers } from "./records";

export interface InputOptions {
  /** --as-of: overrides the facts sheet and the rubric default. */
  asOf?: LDate;
}

function leadership(facts: Facts): Fact | undefined {
  const title = facts.leadTitle;
  if (!title || title.kind !== "text") return undefined;
  const level = leaderLevel(title.value);
  const deps = facts.departments && facts.departments.kind === "text" ? facts.departments.value : "";
  const lacking = missingDepartments(deps);
  const value = level === "principal" ? (lacking.length === 0 ? "principal-all" : "principal") : level;
  const note = `牵头：${title.value}${deps ? `；参与：${deps}` : ""}${level === "principal" && lacking.length ? `；缺少${lacking.join("、")}部门` : ""}`;
  return { kind: "text", value, note, evidence: [...title.evidence, ...(facts.departments?.evidence ?? [])] };
}

function growth(facts: Facts, y2019: string, y2020: string, stated: string): Fact | undefined {
  const a = facts[y2019];
  const b = facts[y2020];
  if (a?.kind === "number" && b?.kind === "number" && !a.value.isZero()) {
    return { kind: "number", value: b.value.sub(a.value).div(a.value), evidence: [...a.evidence, ...b.evidence], note: `${a.value.toFixed(2)} → ${b.value.toFixed(2)} 元` };
  }
  const s = facts[stated];
  return s?.kind === "number" ? { ...s, note: "填报增速" } : undefined;
}

function disclosureContents(facts: Facts): Fact | undefined {
  const parts: [string, string][] = [
    ["disclosurePlan", "创建方案"],
    ["disclosureProjects", "项目基本信息"],
    ["disclosureProgress", "建设进度"],
    ["disclosureWindow", "征求意见"],
  ];
  const given = parts.filter(([k]) => facts[k]?.kind === "bool");
  if (given.length === 0) return undefined;
  return {
    kind: "set",
    value: parts.filter(([k]) => facts[k]?.kind === "bool" && facts[k].kind === "bool" && (facts[k] as { value: boolean }).value).map(([, label]) => label),
    evidence: given.flatMap(([k]) => facts[k].evidence),
  };
}

export function toScoringInput(ledgers: Ledgers, rubric: Rubric, diags: Diagnostics, opts: InputOptions = {}): ScoringInput {
  const { facts, judgements } = factsFromSheet(ledgers.facts as never, rubric, diags);
  const factsAsOf = facts.asOf?.kind === "date" && facts.asOf.value.d !== undefined ? facts.asOf.value : undefined;
  const asOf = opts.asOf ?? factsAsOf ?? (parseIsoDate(rubric.asOf) as LDate);
  deriveVillageFacts(ledgers, facts, asOf, diags);
  deriveTrainingFacts(ledgers, facts, asOf, diags);
  deriveParkFacts(ledgers, facts, asOf, diags);
  deriveLogFacts(ledgers, facts, asOf);
  deriveFundFacts(ledgers, facts, asOf, diags);
  const lead = leadership(facts);
  if (lead) facts.leadershipLevel = lead;
  const rural = growth(facts, "ruralRetail2019", "ruralRetail2020", "ruralRetailGrowthStated");
  if (rural) facts.ruralRetailGrowth = rural;
  const agri = growth(facts, "agriRetail2019", "agriRetail2020", "agriRetailGrowthStated");
  if (agri) facts.agriRetailGrowth = agri;
  const contents = disclosureContents(facts);
  if (contents) facts.disclosureContents = contents;
  if (facts.residentPopulation?.kind === "number" && facts.residentPopulation.value.cmp(Q.ZERO) <= 0) {
    const e = facts.residentPopulation.evidence[0];
    diags.error("常住人口必须大于 0，未采用", e?.sheet, e?.cell);
    delete facts.residentPopulation;
  }
  const input: ScoringInput = { facts, judgements, asOf };
  if (facts.county?.kind === "text") input.county = facts.county.value;
  return input;
}
