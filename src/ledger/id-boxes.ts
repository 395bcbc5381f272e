/**
 * An ID number typed as the paper form has it, one digit to a box: "公民身份号码（一格一位）" merged
 * over eighteen columns, each holding one digit (the last an X). The number is the boxes read in order.
 */
import { mergeAt, type CellValue, type Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { cellText } from "./normalize/text";

/** At least this many boxes under one header: 18 (or 15, the old numbers). */
const MIN_BOXES = 15;

const made = new WeakMap<Recognition, { left: number; right: number } | null>();

/** The row's ID read across its boxes; undefined when the ID column is one column. "" when every box is empty. */
export function idInBoxes(sheet: Sheet, rec: Recognition, col: number, row: readonly CellValue[]): string | undefined {
  let boxes = made.get(rec);
  if (boxes === undefined) {
    const m = mergeAt(sheet.merges, rec.headerRow, col);
    boxes = m && m.left === col && m.right - m.left + 1 >= MIN_BOXES && m.bottom === rec.headerRow ? { left: m.left, right: m.right } : null;
    made.set(rec, boxes);
  }
  if (!boxes) return undefined;
  let id = "";
  for (let c = boxes.left; c <= boxes.right; c++) id += cellText(row[c] ?? null).replace(/\s+/g, "");
  return id;
}
