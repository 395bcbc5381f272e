/**
 * Scoring a workbook already read, as `score` does it (the tool's own sheets set aside, the
 * settings sheet's mappings and cut-off, a bureau's sheet named like the tool's read under an
 * alias), for the commands that re-score: verify, sample, batch.
 */
import { realSheetName } from "../review/fingerprint";
import { Diagnostics } from "../core/diagnostics";
import type { Sheet, WorkbookGrids } from "../core/grid";
import { SETTINGS_SHEET, readLedgers, type FactMappings } from "../ledger/read";
import type { SheetMapping } from "../ledger/mapping";
import type { Recognition } from "../ledger/recognize";
import { parseSettingsSheet } from "../ledger/settings";
import { RUBRICS, scoreGrids } from "../pipeline";
import { parseIsoDate, type LDate } from "../scoring/dates";
import type { ScoreReport } from "../scoring/report";
import type { Rubric } from "../scoring/rubric";
import type { Ledgers } from "../ledger/records";
import { toolTemplates } from "../review/tool-templates";
import { aliasedMappings, gridsForScoring, ownSheetNames, unaliasData } from "../node/own-sheets";

export { toolTemplates };

export interface RunOptions {
  rubric: Rubric;
  asOf?: LDate;
  /** Mappings given for this run only (a --mapping file or a fingerprint's options). */
  mappings?: SheetMapping[];
  facts?: FactMappings;
}

export interface ScoredRun {
  /** The report under the real sheet names. */
  report: ScoreReport;
  /** The report under the names scoring saw (what the writers take, with the aliases). */
  aliased: ScoreReport;
  aliases: Map<string, string>;
  /** The sheets handed to scoring and what was recognised in them, under their real names. */
  sheets: Sheet[];
  recognitions: Recognition[];
  /** The tool's own sheets in the workbook. */
  own: Set<string>;
}

export function rubricById(id: string): Rubric | undefined {
  return RUBRICS[id];
}

/** The settings sheet's mappings, fact mappings and cut-off, with a run's own on top. */
function runSettings(grids: WorkbookGrids, own: Set<string>, opts: RunOptions, diags: Diagnostics) {
  const settings = parseSettingsSheet(
    grids.sheets.find((s) => s.name === SETTINGS_SHEET && own.has(s.name)),
    diags,
    opts.rubric,
  );
  const extra = opts.mappings ?? [];
  const mappings = [...settings.mappings.filter((m) => !extra.some((e) => e.sheet === m.sheet)), ...extra];
  const facts: FactMappings = { ...(settings.facts ?? {}), ...(opts.facts ?? {}) };
  const asOf = opts.asOf ?? (settings.options.asOf ? parseIsoDate(settings.options.asOf) : undefined);
  return { mappings, facts, asOf };
}

export function scoreRead(grids: WorkbookGrids, opts: RunOptions): ScoredRun {
  const own = ownSheetNames(grids, toolTemplates(opts.rubric));
  const diags = new Diagnostics();
  const { mappings: stored, facts, asOf } = runSettings(grids, own, opts, diags);
  const scoring = gridsForScoring(grids, own);
  const mappings = aliasedMappings(stored, scoring.aliases);
  const { report: aliased, recognitions } = scoreGrids(scoring.grids, { rubric: opts.rubric, mappings, factMappings: facts, ...(asOf ? { asOf } : {}) });
  aliased.diagnostics.push(...diags.list);
  const real = realSheetName(scoring.aliases);
  return {
    report: unaliasData(aliased, scoring.aliases),
    aliased,
    aliases: scoring.aliases,
    sheets: scoring.grids.sheets.map((s) => (scoring.aliases.has(s.name) ? { ...s, name: real(s.name) } : s)),
    recognitions: recognitions.map((r) => (scoring.aliases.has(r.sheet) ? { ...r, sheet: real(r.sheet) } : r)),
    own,
  };
}

/** The ledgers of a workbook read as `score` reads them (for the inspection sample; station rows under real sheet names). */
export function ledgersRead(grids: WorkbookGrids, opts: RunOptions): { ledgers: Ledgers; aliases: Map<string, string> } {
  const own = ownSheetNames(grids, toolTemplates(opts.rubric));
  const diags = new Diagnostics();
  const { mappings: stored, facts } = runSettings(grids, own, opts, diags);
  const scoring = gridsForScoring(grids, own);
  const mappings = aliasedMappings(stored, scoring.aliases);
  const { ledgers } = readLedgers(scoring.grids, opts.rubric, mappings, facts);
  // Records name the sheet scoring saw; an aliased bureau sheet is named as it really is.
  for (const s of ledgers.stations) s.source = { ...s.source, sheet: scoring.aliases.get(s.source.sheet) ?? s.source.sheet };
  return { ledgers, aliases: scoring.aliases };
}
