/**
 * The one-way pipeline shared by the CLI and the task pane:
 * grids → ledgers → facts → score report. Pure: no files, no Office.
 */
import type { LDate } from "../scoring/dates";
import { evaluate } from "../scoring/evaluate";
import type { ScoreReport } from "../scoring/report";
import type { Rubric } from "../scoring/rubric";
import { GD_2019 } from "../scoring/rubrics/gd-2019";
import type { WorkbookGrids } from "../core/grid";
import type { SheetMapping } from "../ledger/mapping";
import { FILE_SHEET_SEPARATOR, readLedgers, type FactMappings } from "../ledger/read";
import type { Recognition } from "../ledger/recognize";
import { toScoringInput } from "../ledger/to-input";
import { kindLabel } from "../ledger/schema";
import type { LedgerKind } from "../ledger/records";
import { dropCrossFileDuplicates } from "../ledger/cross-file";
import type { Sheet } from "../core/grid";

export { RUBRICS, DEFAULT_RUBRIC, rubricFromJson } from "./rubrics";

export interface ScoreOptions {
  rubric?: Rubric;
  asOf?: LDate;
  mappings?: SheetMapping[];
  /** Facts-sheet labels mapped by hand (the settings sheet's fact rows): label → input key or "ignore". */
  factMappings?: FactMappings;
}

export interface ScoreResult {
  report: ScoreReport;
  recognitions: Recognition[];
}

export function scoreGrids(grids: WorkbookGrids, opts: ScoreOptions = {}): ScoreResult {
  return score(grids, opts);
}

/** `fileOf`: the file each sheet came from, when several workbooks are scored together. */
function score(grids: WorkbookGrids, opts: ScoreOptions, fileOf?: (sheet: string) => string | undefined): ScoreResult {
  const rubric = opts.rubric ?? GD_2019;
  const { ledgers, recognitions, diagnostics } = readLedgers(grids, rubric, opts.mappings ?? [], opts.factMappings ?? {});
  if (fileOf) dropCrossFileDuplicates(ledgers, fileOf, diagnostics);
  for (const kind of rubric.requiredLedgers as LedgerKind[]) {
    if (ledgers.sheetsByKind[kind]?.length === 0) {
      diagnostics.warn(`工作簿中没有找到“${kindLabel(kind)}”，相关指标将按缺少数据计（可插入模板表或在映射中指定）`);
    }
  }
  const input = toScoringInput(ledgers, rubric, diagnostics, opts.asOf ? { asOf: opts.asOf } : {});
  // What the facts add row after row (duplicates, villages not on the list) is merged like the rows' own.
  diagnostics.aggregateColumnRuns(3, undefined, 10, true);
  return { report: evaluate(rubric, input, diagnostics.list), recognitions };
}

// ---------------------------------------------------------------------------------------------
// Several workbooks for one county

/** One input file: its name (as shown to the clerk), its sheets and its own settings. */
export interface WorkbookInput {
  file: string;
  /** The sheets to read (the tool's own output and settings sheets already left out). */
  grids: WorkbookGrids;
  /** This file's mappings; each names a sheet of this file. */
  mappings?: SheetMapping[];
  factMappings?: FactMappings;
}

export { FILE_SHEET_SEPARATOR };

export function qualifiedSheetName(file: string, sheet: string): string {
  return `${file}${FILE_SHEET_SEPARATOR}${sheet}`;
}

export interface MergedWorkbooks {
  /** Every file's sheets, each named `file › sheet`. */
  grids: WorkbookGrids;
  mappings: SheetMapping[];
  factMappings: FactMappings;
  /** Qualified sheet name → where it really is. */
  origin: Map<string, { file: string; sheet: string; index: number }>;
}

/**
 * The files as one workbook whose sheet names say their file. Two files of the same name (from
 * two folders) are told apart by a number: `台账.xlsx(2) › …`.
 */
export function mergeWorkbooks(inputs: WorkbookInput[]): MergedWorkbooks {
  const sheets: Sheet[] = [];
  const mappings: SheetMapping[] = [];
  const factMappings: FactMappings = {};
  const origin = new Map<string, { file: string; sheet: string; index: number }>();
  const labels = new Set<string>();
  inputs.forEach((input, index) => {
    let label = input.file;
    for (let n = 2; labels.has(label); n++) label = `${input.file}(${n})`;
    labels.add(label);
    for (const s of input.grids.sheets) {
      const name = qualifiedSheetName(label, s.name);
      origin.set(name, { file: input.file, sheet: s.name, index });
      sheets.push({ ...s, name });
    }
    for (const m of input.mappings ?? []) mappings.push({ ...m, sheet: qualifiedSheetName(label, m.sheet) });
    // Fact mappings name labels, not sheets: a label mapped in any file is mapped for all.
    Object.assign(factMappings, input.factMappings ?? {});
  });
  return { grids: { sheets }, mappings, factMappings, origin };
}

/**
 * Scores a set of workbooks of one county as one: the same ledger kind in two files is one ledger,
 * and a record found in two files counts once (with a warning). One file is scored as it is, its
 * sheets under their own names.
 */
export function scoreWorkbooks(inputs: WorkbookInput[], opts: Omit<ScoreOptions, "mappings" | "factMappings"> = {}): ScoreResult & { merged: MergedWorkbooks } {
  if (inputs.length === 1) {
    const only = inputs[0];
    const origin = new Map(only.grids.sheets.map((s) => [s.name, { file: only.file, sheet: s.name, index: 0 }]));
    const merged: MergedWorkbooks = { grids: only.grids, mappings: only.mappings ?? [], factMappings: only.factMappings ?? {}, origin };
    return { ...score(only.grids, { ...opts, mappings: merged.mappings, factMappings: merged.factMappings }), merged };
  }
  const merged = mergeWorkbooks(inputs);
  const fileOf = (sheet: string) => merged.origin.get(sheet)?.index.toString();
  return { ...score(merged.grids, { ...opts, mappings: merged.mappings, factMappings: merged.factMappings }, fileOf), merged };
}
