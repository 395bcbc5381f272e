/** What a facts sheet says, in the corpus's terms (README: facts/): facts, judged points, leadership, claims. */
import * as os from "os";
import type { WorkbookGrids } from "../../src/core/grid";
import { readLedgers } from "../../src/ledger/read";
import { toScoringInput } from "../../src/ledger/to-input";
import { formatDate } from "../../src/scoring/dates";
import type { Fact } from "../../src/scoring/facts";
import { GD_2019 } from "../../src/scoring/rubrics/gd-2019";
import { gridsOf, loadCases } from "./load";
import { toolTemplates } from "../../src/review/tool-templates";
import { gridsForScoring, ownSheetNames } from "../../src/xlsx/own-sheets";

/** Inputs reported as facts; the leader's title, departments and a stated leadership criterion are `leadership`. */
const LEADERSHIP_KEYS = ["leadTitle", "departments", "leadPrincipalAllStated", "leadDeputyStated"];
export const INPUT_KEYS = GD_2019.inputs.filter((i) => i.type !== "judged" && !LEADERSHIP_KEYS.includes(i.key)).map((i) => i.key);

function plain(f: Fact): string | number | boolean | string[] {
  switch (f.kind) {
    case "number":
      return f.value.toNumber();
    case "date":
      return formatDate(f.value);
    case "dates":
      return f.value.map(formatDate);
    default:
      return f.value;
  }
}

export function factsOf(given: WorkbookGrids) {
  // As the CLI and the pane read a workbook: a bureau's sheet named like the tool's (its own
  // 考评指标自评表) is read under an alias, not skipped.
  const { grids } = gridsForScoring(given, ownSheetNames(given, toolTemplates(GD_2019)));
  const read = readLedgers(grids, GD_2019);
  const input = toScoringInput(read.ledgers, GD_2019, read.diagnostics);
  const facts: Record<string, unknown> = {};
  for (const k of INPUT_KEYS) if (input.facts[k]) facts[k] = plain(input.facts[k]);
  // Judged points the sheet states on their own; those inferred from a claimed total apart, since
  // a case may list them or not (the points are the clerk's either way).
  const judged: Record<string, number> = {};
  const inferred: Record<string, number> = {};
  for (const [item, j] of Object.entries(input.judgements)) (j.note?.startsWith("按填报自评推定") ? inferred : judged)[item] = j.points.toNumber();
  const claimed: Record<string, number> = {};
  for (const [id, c] of Object.entries(input.claims ?? {})) claimed[id] = c.points.toNumber();
  const lead = input.facts.leadershipLevel;
  return {
    facts,
    judged,
    inferred,
    claimed,
    leadership: lead?.kind === "text" ? lead.value : undefined,
    entries: read.ledgers.facts,
    remarks: read.ledgers.remarks,
    diagnostics: read.diagnostics.list,
  };
}

/** What one corpus case says (only its sheet named `sheet`, when given), as a unit test looks at a blind case. */
export async function factsOfCase(folder: string, file: string, sheet?: string) {
  const c = loadCases(folder).find((x) => x.file === file);
  if (!c) throw new Error(`no corpus case ${file}`);
  return factsOf(await gridsOf(sheet === undefined ? c : { ...c, sheets: c.sheets.filter((s) => s.name === sheet) }, os.tmpdir()));
}
