/** The fingerprint of a pane scoring run: the same hidden sheet the CLI writes (src/review/fingerprint.ts). */
import type { Sheet, WorkbookGrids } from "../../core/grid";
import type { Recognition } from "../../ledger/recognize";
import { OUTPUT_SHEETS } from "../../ledger/sheet-names";
import type { ScoreReport } from "../../scoring/report";
import type { SheetModel } from "../../table/model";
import { computeFingerprint, fingerprintSheet } from "../../review/fingerprint";
import { PROGRAM_VERSION } from "../../review/version";

/** The sheets scoring reads: every sheet but the add-in's own outputs. */
export function ledgerSheets(grids: WorkbookGrids): Sheet[] {
  return grids.sheets.filter((s) => !OUTPUT_SHEETS.includes(s.name));
}

export function paneFingerprint(grids: WorkbookGrids, recognitions: Recognition[], report: ScoreReport, indicatorModel: SheetModel): SheetModel {
  return fingerprintSheet(computeFingerprint(ledgerSheets(grids), recognitions, report, { program: PROGRAM_VERSION }, indicatorModel));
}
