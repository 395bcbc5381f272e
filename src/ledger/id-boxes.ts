/**
 * An ID number typed as the paper form has it, one digit to a box: "公民身份号码（一格一位）" merged
 * over eighteen columns, each holding one digit (the last an X). The number is the boxes read in order.
 */
import { mergeAt, type CellValue, type Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { spacelessText } from "./normalize/text";
import { oncePerRecognition } from "./per-recognition";

/** At least this many boxes under one header: 18 (or 15, the old numbers). */
const MIN_BOXES = 15;

/** The ID column's boxes: the header merged over them from the ID column on. */
const boxesOf = oncePerRecognition((sheet: Sheet, rec: Recognition) => {
  const col = rec.columns.id;
  const m = col === undefined ? undefined : mergeAt(sheet.merges, rec.headerRow, col);
  return m && m.left === col && m.right - m.left + 1 >= MIN_BOXES && m.bottom === rec.headerRow ? { left: m.left, right: m.right } : undefined;
});

/** The row's ID read across its boxes; undefined when the ID column is one column. "" when every box is empty. */
export function idInBoxes(sheet: Sheet, rec: Recognition, row: readonly CellValue[]): string | undefined {
  const boxes = boxesOf(sheet, rec);
  if (!boxes) return undefined;
  let id = "";
  for (let c = boxes.left; c <= boxes.right; c++) id += spacelessText(row[c] ?? null);
  return id;
}
