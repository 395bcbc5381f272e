/**
 * A village list's column of the city's own poor villages (广州市相对贫困村（市定）, 县定帮扶村): not the province's
 * 省定贫困村 the rubric counts. A reviewer reads no poor village from it; neither does the reader, which then
 * takes them from a list of its own or the facts sheet (and says when there are none).
 */
import type { Sheet } from "../core/grid";
import { cellText, compact } from "./normalize/text";
import type { Recognition } from "./recognize";

const NOT_PROVINCE = /市定|县定|区定|镇定|市级|县级|区级/;
const PROVINCE = /省定|省级/;

export function withoutCityPoor(sheet: Sheet, rec: Recognition): Recognition {
  if (rec.kind !== "villages" || rec.mapped || rec.columns.poor === undefined) return rec;
  const said = compact(rec.headers.poor ?? cellText(sheet.rows[rec.headerRow]?.[rec.columns.poor] ?? null));
  if (!NOT_PROVINCE.test(said) || PROVINCE.test(said)) return rec;
  const columns = { ...rec.columns };
  const headers = { ...rec.headers };
  delete columns.poor;
  delete headers.poor;
  return { ...rec, columns, headers };
}
