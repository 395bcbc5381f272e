/**
 * The task pane's heavy, pure work: recognising the sheets (the scan shown before scoring) and
 * scoring the workbook into the table models to write. Runs in the scoring Web Worker
 * (../worker/score.worker.ts); where there is no Worker (jsdom tests) the same functions run on
 * the page, loaded on first use (scorer.ts). Inputs and results are plain data, so they cross the
 * worker boundary by structured clone unchanged.
 */
import type { WorkbookGrids } from "../../core/grid";
import type { WorkbookSettings } from "../../ledger/settings";
import { scoreGrids } from "../../pipeline";
import { parseIsoDate } from "../../scoring/dates";
import type { ScoreReport } from "../../scoring/report";
import { buildScoredSheets, type SheetModel } from "../../table";
import { fingerprintSheet, fingerprintUnderRealNames } from "../../review/fingerprint";
import { PROGRAM_VERSION } from "../../review/version";
import { aliasedMappings, outputNames, renameModels, unaliasData } from "../../xlsx/own-sheets";
import { scoringView } from "./bureau-sheets";
import { OPTION, rubricOf } from "./options";
import { scanWorkbook, type WorkbookScan } from "./scan";

export interface ScoreWork {
  report: ScoreReport;
  models: SheetModel[];
  scan: WorkbookScan;
}

export function scanWork(grids: WorkbookGrids, settings: WorkbookSettings): WorkbookScan {
  const rubric = rubricOf(settings);
  const view = scoringView(grids, rubric);
  return unaliasData(scanWorkbook(view.grids, rubric, { ...settings, mappings: aliasedMappings(settings.mappings, view.aliases) }), view.aliases);
}

export function scoreWork(grids: WorkbookGrids, settings: WorkbookSettings): ScoreWork {
  const rubric = rubricOf(settings);
  const asOf = settings.options[OPTION.asOf] ? parseIsoDate(settings.options[OPTION.asOf]) : undefined;
  const view = scoringView(grids, rubric);
  const mappings = aliasedMappings(settings.mappings, view.aliases);
  const { report: aliased, recognitions } = scoreGrids(view.grids, { rubric, mappings, factMappings: settings.facts ?? {}, ...(asOf ? { asOf } : {}) });
  const county = settings.options[OPTION.county]?.trim();
  if (!aliased.county && county) aliased.county = county;
  const report = unaliasData(aliased, view.aliases);
  const scored = buildScoredSheets(aliased, rubric);
  // The hidden fingerprint last, so the indicator table is still the sheet activated.
  const printed = fingerprintUnderRealNames(view, recognitions, report, { program: PROGRAM_VERSION }, scored[0]);
  const models = [...scored, fingerprintSheet(printed)];
  // A bureau's own sheet of an output's name stays: the output goes beside it (考评指标自评表(2)).
  const names = outputNames(
    grids.sheets.map((s) => s.name),
    view.own,
    models.map((m) => m.name),
  );
  return {
    report,
    models: renameModels(models, names, view.aliases),
    scan: unaliasData(scanWorkbook(view.grids, rubric, { ...settings, mappings }), view.aliases),
  };
}
