/**
 * The workbook as scoring reads it in the pane, as the CLI and the web page read it: the tool's own
 * sheets (told by their header rows, not only their names) left out, and a bureau's sheet that
 * happens to be named like one of them (its own 考评指标自评表) read under an alias, never skipped
 * and never replaced (see xlsx/own-sheets).
 */
import type { WorkbookGrids } from "../../core/grid";
import { toolTemplates } from "../../review/tool-templates";
import type { Rubric } from "../../scoring/rubric";
import { gridsForScoring, ownSheetNames } from "../../xlsx/own-sheets";

export interface ScoringView {
  /** The tool's own sheets of the workbook. */
  own: Set<string>;
  /** The grids scoring reads, bureau sheets named like the tool's under an alias. */
  grids: WorkbookGrids;
  /** Alias → the sheet's real name. */
  aliases: Map<string, string>;
}

export function scoringView(grids: WorkbookGrids, rubric: Rubric): ScoringView {
  const own = ownSheetNames(grids, toolTemplates(rubric));
  return { own, ...gridsForScoring(grids, own) };
}
