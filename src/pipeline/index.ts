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
import { readLedgers, type FactMappings } from "../ledger/read";
import type { Recognition } from "../ledger/recognize";
import { toScoringInput } from "../ledger/to-input";
import { kindLabel } from "../ledger/schema";
import type { LedgerKind } from "../ledger/records";

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
  const rubric = opts.rubric ?? GD_2019;
  const { ledgers, recognitions, diagnostics } = readLedgers(grids, rubric, opts.mappings ?? [], opts.factMappings ?? {});
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
