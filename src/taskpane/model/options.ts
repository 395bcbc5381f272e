/** The pane's options in the settings sheet, and the rubric they choose. */
import type { WorkbookSettings } from "../../ledger/settings";
import { RUBRICS } from "../../pipeline/rubrics";
import type { Rubric } from "../../scoring/rubric";
import { GD_2019 } from "../../scoring/rubrics/gd-2019";

/** Option names in the settings sheet. */
export const OPTION = { rubric: "rubric", asOf: "asOf", county: "county" } as const;
export type OptionName = (typeof OPTION)[keyof typeof OPTION];

/** The rubrics the pane offers, by id (the pipeline's list: its module, not the pipeline, which runs in the worker). */
export const PANE_RUBRICS: Record<string, Rubric> = RUBRICS;

export function rubricOf(settings: WorkbookSettings): Rubric {
  return PANE_RUBRICS[settings.options[OPTION.rubric] ?? ""] ?? GD_2019;
}
