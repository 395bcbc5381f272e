/**
 * Ledgers (records + facts-sheet entries) → the ScoringInput the rubric is evaluated against.
 */
import { parseIsoDate, type LDate } from "../scoring/dates";
import type { Fact, Facts, ScoringInput } from "../scoring/facts";
import { Q } from "../scoring/rational";
import type { Rubric } from "../scoring/rubric";
import type { Diagnostics } from "../core/diagnostics";
import { deriveFundFacts, deriveLogFacts, deriveParkFacts, deriveTrainingFacts, deriveVillageFacts } from "./derive";
import { factsFromSheet } from "./facts-inputs";
import { leaderInSentence, leaderLevel, missingDepartments } from "./leader";
import { judgementsFromClaims } from "../scoring/claims";
import { labelsOf } from "../scoring/evaluate";
import type { CellValue } from "../core/grid";
import { parsePoints } from "./normalize/number";
import { boxedOptions } from "./normalize/yesno";
import { cellText } from "./normalize/text";
import type { Ledgers } from "./records";

export interface InputOptions {
  /** --as-of: overrides the facts sheet and the rubric default. */
  asOf?: LDate;
}

/** A form's boxes ("☐县委书记 ☑县长", "☑商务 ☑财政 ☐扶贫"): only the ticked options; other text as it is. */
// (…or a system's radio buttons, "○A.县政府主要领导\u3000●B.县政府分管领导\u3000○C.其他": the one chosen.)
function ticked(said: string): string {
  const radio = /[●◉]/.test(said) && /[○◯]/.test(said);
  const text = radio ? said.replace(/[●◉]/g, "☑").replace(/[○◯]/g, "☐") : said;
  if (!/[☑☒■]/.test(text) || !/[□☐]/.test(text)) return text;
  return boxedOptions(text)
    .filter((o) => o.ticked)
    .map((o) => o.option)
    .join("、");
}

function leadership(facts: Facts, rubric: Rubric): Fact | undefined {
  const said = facts.leadTitle;
  const title = said?.kind === "text" ? { ...said, value: ticked(said.value) } : said;
  const deps = facts.departments && facts.departments.kind === "text" ? ticked(facts.departments.value) : "";
  // The group written out in the 参与部门 cell ("组长：县委副书记、县长 陈某某\n副组长：…\n成员：…"): its leader too.
  const inDeps = !title && deps ? leaderInSentence(deps) : undefined;
  if (inDeps) return leadershipOf(rubric, inDeps, deps, facts.departments?.evidence ?? []);
  if (!title || title.kind !== "text") return statedLeadership(facts);
  // A 组长 answered in a sentence ("区委副书记、区长任组长，常务副区长任常务副组长"): the one it makes 组长.
  const leader = /组长|牵头|挂帅/.test(title.value) ? (leaderInSentence(title.value) ?? title.value) : title.value;
  // "县长任组长；成员单位：县商务局、县财政局…" (or "…，成员单位为县商务局、…"): the members the answer
  // names, when they name more of the departments than what was read as them elsewhere.
  // (…or "区长任组长，商务、财政、农业农村、乡村振兴等部门参加": the clause after it, of those taking part.)
  const members =
    /成员(?:单位)?\s*(?:[:：]|为|有|包括|包含)\s*([^。]+)/.exec(title.value)?.[1] ??
    /[，,；;]\s*([^，,；;。]+?)(?:等\s*(?:\d+\s*个)?)?(?:部门|单位)?(?:参加|参与|为成员)/.exec(title.value)?.[1];
  if (members && (!deps || lackingCount(rubric, members) < lackingCount(rubric, deps))) return leadershipOf(rubric, leader, members, title.evidence);
  return leadershipOf(rubric, leader, deps, [...title.evidence, ...(facts.departments?.evidence ?? [])]);
}

/** How many of the departments the rubric's leadership criterion requires a text leaves unnamed. */
function lackingCount(rubric: Rubric, text: string): number {
  return missingDepartments(text, rubric.leadDepartments ?? []).length;
}

function leadershipOf(rubric: Rubric, title: string, deps: string, evidence: Fact["evidence"], how = ""): Fact {
  const level = leaderLevel(title);
  const lacking = missingDepartments(deps, rubric.leadDepartments ?? []);
  const value = level === "principal" ? (lacking.length === 0 ? "principal-all" : "principal") : level;
  const note = `${how}牵头：${title}${deps ? `；参与：${deps}` : ""}${level === "principal" && lacking.length ? `；缺少${lacking.join("、")}部门` : ""}`;
  return { kind: "text", value, note, evidence };
}

/**
 * The first 说明 sentence on the facts sheet that names a leader ("由区委书记、区长任双组长…"), with that leader.
 * (One naming a 领导小组's 组长 first: "由分管副县长牵头，完成…商贸中心改造" a line before tells who led another task.)
 */
function remarkLeader(ledgers: Ledgers): { title: string; remark: Ledgers["remarks"][number] } | undefined {
  const naming = ledgers.remarks.flatMap((remark) => {
    const title = leaderInSentence(remark.text);
    return title ? [{ title, remark }] : [];
  });
  return naming.find((n) => /领导小组/.test(n.remark.text) && /组长/.test(n.remark.text)) ?? naming[0];
}

/**
 * No leader among the facts, but a 说明 sentence names one: the leadership it tells — with the
 * members the facts list on a line of their own ("谁挂帅 | 区长（…）", then "成员单位 | 区商务局、…").
 */
function leadershipFromRemarks(ledgers: Ledgers, rubric: Rubric, found = remarkLeader(ledgers), members?: Fact): Fact | undefined {
  if (!found) return undefined;
  const { title, remark: r } = found;
  const evidence = [{ sheet: r.source.sheet, cell: r.cell, rows: [r.source.row] }];
  if (members?.kind === "text") return leadershipOf(rubric, title, `${r.text}；${members.value}`, [...evidence, ...members.evidence], "说明：");
  // (The members named in another of its sentences, a speaker after the one naming the leader: "领导小组成员单位为区商务局、…";
  // not one naming a leader too, "现由区长任组长，成员单位有…", which tells of another group.)
  const lacking = lackingCount(rubric, r.text);
  const listing =
    lacking > 0 ? ledgers.remarks.find((m) => m !== r && MEMBERS_NAMED.test(m.text) && !/组长|牵头/.test(m.text) && lackingCount(rubric, m.text) < lacking) : undefined;
  if (listing)
    return leadershipOf(
      rubric,
      title,
      `${r.text}；${listing.text}`,
      [...evidence, { sheet: listing.source.sheet, cell: listing.cell, rows: [listing.source.row] }],
      "说明：",
    );
  return leadershipOf(rubric, title, r.text, evidence, "说明：");
}

/** A sentence naming the group's members: 成员单位为…, 成员包括…. */
const MEMBERS_NAMED = /成员单位(?:为|有|包括|包含|是|[:：])|成员(?:为|包括|包含)/;

/**
 * No leader among the facts, but the self-assessment's own line for the indicator that scores
 * leadership explains it in its note ("县长任领导小组组长，县商务局、财政局…为成员"): a reviewer
 * reads the leader and the departments from that sentence, and so does this.
 */
function leadershipFromClaimNote(rubric: Rubric, claims: NonNullable<ScoringInput["claims"]>): Fact | undefined {
  for (const ind of rubric.indicators) {
    if (!ind.items.some((it) => it.rule.kind === "choice" && it.rule.fact === "leadershipLevel")) continue;
    const claim = claims[ind.id];
    const title = claim?.note ? leaderInSentence(claim.note) : undefined;
    if (claim?.note && title) return leadershipOf(rubric, title, claim.note, claim.evidence, "自评说明：");
  }
  return undefined;
}

/** No leader named, but the criterion itself answered (a checklist): 主要领导 with all departments, or 分管领导. */
function statedLeadership(facts: Facts): Fact | undefined {
  const all = facts.leadPrincipalAllStated;
  const deputy = facts.leadDeputyStated;
  if (all?.kind === "bool" && all.value)
    return { kind: "text", value: "principal-all", note: "填报：主要领导牵头且商务、财政、农业、扶贫等部门参与", evidence: all.evidence };
  if (deputy?.kind === "bool" && deputy.value) return { kind: "text", value: "deputy", note: "填报：分管领导牵头", evidence: deputy.evidence };
  if (all?.kind === "bool" || deputy?.kind === "bool")
    return { kind: "text", value: "other", note: "填报：未由主要或分管领导牵头", evidence: [...(all?.evidence ?? []), ...(deputy?.evidence ?? [])] };
  return undefined;
}

function growth(facts: Facts, y2019: string, y2020: string, stated: string): Fact | undefined {
  const a = facts[y2019];
  const b = facts[y2020];
  if (a?.kind === "number" && b?.kind === "number" && !a.value.isZero()) {
    return {
      kind: "number",
      value: b.value.sub(a.value).div(a.value),
      evidence: [...a.evidence, ...b.evidence],
      note: `${a.value.toFixed(2)} → ${b.value.toFixed(2)} 元`,
    };
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

/** The clerk's points per indicator: numbers within the indicator's range, else a located warning. */
function claimsFrom(ledgers: Ledgers, rubric: Rubric, diags: Diagnostics): NonNullable<ScoringInput["claims"]> {
  const out: NonNullable<ScoringInput["claims"]> = {};
  for (const c of ledgers.claims) {
    const ind = rubric.indicators.find((i) => i.id === c.indicator);
    if (!ind || out[c.indicator]) continue;
    const n = parsePoints(c.value as CellValue);
    const floor = Q.from(ind.floor ?? "0");
    const weight = Q.from(ind.weight);
    if (!n.ok || n.value.lt(floor) || n.value.cmp(weight) > 0) {
      diags.warn(
        `“${ind.name}”的填报自评“${cellText(c.value as CellValue)}”不是 ${floor.toDecimal(2)}-${weight.toDecimal(2)} 分之内的分数，未采用`,
        c.source.sheet,
        c.cell,
      );
      continue;
    }
    const claim: NonNullable<ScoringInput["claims"]>[string] = { points: n.value, evidence: [{ sheet: c.source.sheet, cell: c.cell, rows: [c.source.row] }] };
    if (c.note) claim.note = c.note;
    out[c.indicator] = claim;
  }
  return out;
}

export function toScoringInput(ledgers: Ledgers, rubric: Rubric, diags: Diagnostics, opts: InputOptions = {}): ScoringInput {
  const { facts, judgements } = factsFromSheet(ledgers.facts as never, rubric, diags);
  const factsAsOf = facts.asOf?.kind === "date" && facts.asOf.value.d !== undefined ? facts.asOf.value : undefined;
  const asOf = opts.asOf ?? factsAsOf ?? (parseIsoDate(rubric.asOf) as LDate);
  deriveVillageFacts(ledgers, facts, asOf, diags);
  deriveTrainingFacts(ledgers, facts, asOf, diags);
  deriveParkFacts(ledgers, facts, asOf, diags);
  deriveLogFacts(ledgers, facts, asOf, rubric.mediaLevelAs);
  deriveFundFacts(ledgers, facts, asOf, diags);
  let lead = leadership(facts, rubric) ?? leadershipFromRemarks(ledgers, rubric, undefined, facts.departments);
  // A title alone (组长：黄××（县长）, a signature block) says nothing of the departments: a sentence
  // naming a leader of the same rank with them ("成立以县长为组长…，商务、财政…为成员单位") says more.
  // So does it where the departments given name fewer of them ("成员单位见第一条", the article above).
  const given = facts.departments?.kind === "text" ? facts.departments.value : undefined;
  // (The leader named in the departments' answer, "…市长任组长，成员单位见第一条", when no title was given.)
  const title = facts.leadTitle?.kind === "text" ? facts.leadTitle.value : given !== undefined ? leaderInSentence(given) : undefined;
  if (lead && title !== undefined) {
    const said = remarkLeader(ledgers);
    // (A title that lists the members itself, "组长 市长 李××；…；成员单位：…", says more than a remark
    // referring to it, "市长任组长，成员单位见表头".)
    const more = said !== undefined && lackingCount(rubric, given === undefined ? title : `${title}；${given}`) > lackingCount(rubric, said.remark.text);
    if (said && more && leaderLevel(said.title) === leaderLevel(title)) lead = leadershipFromRemarks(ledgers, rubric, said);
  }
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
  else if (ledgers.titleCounty) {
    const t = ledgers.titleCounty;
    input.county = t.name;
    // A facts sheet's own title naming the county states it, as a reviewer reads it.
    if (t.onFacts) facts.county = { kind: "text", value: t.name, evidence: [{ sheet: t.sheet, cell: t.cell }] };
    diags.info(`没有填写县（市、区）名称，取自工作表“${t.sheet}”的标题：${t.name}`, t.sheet, t.cell);
  }
  const claims = claimsFrom(ledgers, rubric, diags);
  if (Object.keys(claims).length > 0) {
    input.claims = claims;
    const stated = facts.leadershipLevel ? undefined : leadershipFromClaimNote(rubric, claims);
    if (stated) facts.leadershipLevel = stated;
    for (const m of judgementsFromClaims(rubric, input, labelsOf(rubric), new Set(ledgers.blankItems))) {
      const e = m.evidence[0];
      diags.add(m.severity, m.message, e?.sheet, e?.cell);
    }
  }
  return input;
}
