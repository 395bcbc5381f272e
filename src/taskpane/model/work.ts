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
import { paneFingerprint } from "./fingerprint";
import { OPTION, rubricOf } from "./options";
import { scanWorkbook, type WorkbookScan } from "./scan";

export interface ScoreWork {
  report: ScoreReport;
  models: SheetModel[];
  scan: WorkbookScan;
}

export function scanWork(grids: WorkbookGrids, settings: WorkbookSettings): WorkbookScan {
  return scanWorkbook(grids, rubricOf(settings), settings);
}

export function scoreWork(grids: WorkbookGrids, settings: WorkbookSettings): ScoreWork {
  const rubric = rubricOf(settings);
  const asOf = settings.options[OPTION.asOf] ? parseIsoDate(settings.options[OPTION.asOf]) : undefined;
  const { report, recognitions } = scoreGrids(grids, { rubric, mappings: settings.mappings, factMappings: settings.facts ?? {}, ...(asOf ? { asOf } : {}) });
  const county = settings.options[OPTION.county]?.trim();
  if (!report.county && county) report.county = county;
  const scored = buildScoredSheets(report, rubric);
  // The hidden fingerprint last, so the indicator table is still the sheet activated.
  const models = [...scored, paneFingerprint(grids, recognitions, report, scored[0])];
  return { report, models, scan: scanWorkbook(grids, rubric, settings) };
}
