/**
 * A village list kept by town, one town to a row: all its 村委会 in one cell joined by 、 (a poor one
 * marked （贫）, a long list going on in the next row: （续下行）), its communities in another cell, and
 * a column naming only the villages that delivery does not reach ("无": none). Each name is a record.
 */
import type { Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { cellText } from "./normalize/text";
import { oncePerRecognition } from "./per-recognition";

const POOR_MARK = /[（(]\s*贫(?:困村)?\s*[)）]/;
const CONTINUED = /[（(]\s*(?:续下行|接下行|下转|转下行)\s*[)）]/g;
const NONE = /^(?:[—–\-－/]+|无|没有|均已通达|全部通达)$/;

/** The names a cell lists ("坝街村、长和村、寨内村（贫）、（续下行）"); none for 无 or a dash. */
export function listedNames(text: string): string[] {
  return text
    .replace(CONTINUED, "")
    .split(/[、，,；;\n]/)
    .map((t) => t.trim())
    .filter((t) => t !== "" && !NONE.test(t));
}

export function isMarkedPoor(name: string): boolean {
  return POOR_MARK.test(name);
}

export function withoutPoorMark(name: string): string {
  return name.replace(POOR_MARK, "").trim();
}

export function saysNone(text: string): boolean {
  return NONE.test(text.replace(/\s+/g, ""));
}

/** Whether the list marks its poor villages （贫） anywhere: then an unmarked one is not poor. */
export const marksPoor = oncePerRecognition((sheet: Sheet, rec: Recognition) => {
  const col = rec.columns.name;
  return col !== undefined && sheet.rows.some((row, r) => r > rec.headerRow && POOR_MARK.test(cellText(row?.[col] ?? null)));
});
