/**
 * Every sheet the tool writes, header rows only: how ownSheetNames (xlsx/own-sheets) tells the tool's
 * sheets from a bureau's sheet of the same name. Shared by the CLI, the web page and the task pane.
 */
import { scoreGrids } from "../pipeline";
import type { Rubric } from "../scoring/rubric";
import { buildScoredSheets, type SheetModel } from "../table";
import { fingerprintTemplate } from "./fingerprint";
import { sampleTemplate } from "./sample-sheet";

export function toolTemplates(rubric: Rubric): SheetModel[] {
  return [...buildScoredSheets(scoreGrids({ sheets: [] }, { rubric }).report, rubric), fingerprintTemplate(), sampleTemplate()];
}
