/**
 * A printed form's judged items answered by ticking one of their point values in the cell
 * ("方案制定 | □1分 ☑2分", "资金台账 | □1分 □2分 □3分 ☑4分 □5分"). A reviewer reads the points
 * ticked; so does the reader: the cell becomes those points ("2分"), in its own place, so the line
 * reads as "方案制定 | 2分" does — its label resolved by the points beside it.
 * (Boxes none or several ticked are left as written: no one answer to read.)
 */
import type { CellValue, Sheet } from "../../core/grid";
import { boxedOptions } from "../normalize/yesno";
import { withEachCell } from "./corrections";

const POINTS = /^(\d{1,2}(?:\.\d)?)分$/;

export function tickedPoints(v: CellValue | undefined): string | undefined {
  if (typeof v !== "string" || !/[☑☒■].*[□☐]|[□☐].*[☑☒■]/s.test(v)) return undefined;
  const options = boxedOptions(v.trim());
  if (options.length < 2 || !options.every((o) => POINTS.test(o.option.replace(/\s+/g, "")))) return undefined;
  const ticked = options.filter((o) => o.ticked);
  return ticked.length === 1 ? ticked[0].option.replace(/\s+/g, "") : undefined;
}

export function withTickedPoints(sheet: Sheet): Sheet {
  return withEachCell(sheet, (v) => tickedPoints(v) ?? v);
}
