/** The rubrics: the bundled ones by id, and one read from a JSON file at run time. */
import { LEDGER_KINDS } from "../ledger/records";
import type { Rubric } from "../scoring/rubric";
import { parseRubric, RubricError } from "../scoring/rubric-check";
import { GD_2019 } from "../scoring/rubrics/gd-2019";

export const RUBRICS: Record<string, Rubric> = { [GD_2019.id]: GD_2019 };

export const DEFAULT_RUBRIC = GD_2019.id;

/** A rubric file's text → the rubric, checked (every problem located, see parseRubric). */
export function rubricFromJson(text: string, source: string): Rubric {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new RubricError(source, [`不是有效的 JSON（${(e as Error).message}）`]);
  }
  return parseRubric(data, source, LEDGER_KINDS);
}
