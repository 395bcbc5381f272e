/** The table model of the scored workbook: pure, shared by the exceljs and Office.js writers. */
export * from "./model";
export { sortDiagnostics } from "../scoring/evaluate";
export {
  buildScoredSheets,
  buildIndicatorSheet,
  buildBreakdownSheet,
  buildDiagnosticsSheet,
  basisText,
  IND,
  BD,
  STATUS_TEXT,
  SEVERITY_TEXT,
  MISSING_MARK,
} from "./build";
export { describeEvidence, evidenceTarget, diagnosticTarget, rowRuns } from "./evidence";
export { textWidth, wrappedLines, layoutSheet } from "./layout";
export {
  mergeReviewerInput,
  collectReviewerInput,
  applyReviewerInput,
  carryOverReviewerInput,
  isScoredSheetName,
  type ReviewerInput,
  type AppliedReviewerInput,
} from "./reviewer";
