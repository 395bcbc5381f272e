/**
 * A person's status asked as boxes to tick under its group header: 劳动能力 merged over 有 | 无, 务工情况
 * over 县内务工 | 县外务工（含省外） | 未务工, a √ in one of them on each row ("在对应栏内打“√”"). A
 * reviewer reads the option ticked; so does the reader: the column ticked on the row, read as that
 * option's words would be in a column of their own. (Only the group's first column was the field's.)
 */
import { mergeAt, type CellValue, type Sheet } from "../core/grid";
import type { Recognition } from "./recognize";
import { cellText } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import { oncePerRecognition } from "./per-recognition";

/** The options of a group of boxes: each column and the words over it. */
export type Options = readonly { col: number; name: string }[];

/**
 * The boxes under the header cell merged across a column and its neighbours on the header row: each
 * column of the group with the words in the row below it, as written (undefined when the column is no
 * such group). What the words must be is the caller's to say (./type-marks: types, here: a status's options).
 */
export function optionsUnder(sheet: Sheet, rec: Recognition, col: number): Options | undefined {
  // (Recognised with its two header rows, the group is on the first, its options on the second: 形式 over 电视 | 广播 | 报纸.)
  const top = rec.headerRow - rec.headerRows + 1;
  const group = mergeAt(sheet.merges, top, col);
  if (!group || group.right === group.left || group.bottom !== top) return undefined;
  const options: { col: number; name: string }[] = [];
  for (let c = group.left; c <= group.right; c++) options.push({ col: c, name: cellText(sheet.rows[top + 1]?.[c] ?? null) });
  return options;
}

const boxesOf = oncePerRecognition((sheet: Sheet, rec: Recognition): Map<string, Options> => {
  const found = new Map<string, Options>();
  for (const [field, col] of Object.entries(rec.columns)) {
    const options = optionsUnder(sheet, rec, col)?.map((o) => ({ col: o.col, name: o.name.trim() }));
    // (Only the group's first column is the field's; a row of marks, not of options, under it is no boxes.)
    if (options && options[0].col === col && options.every((o) => o.name !== "" && !/^[√✓✔×✗]$/.test(o.name))) found.set(field, options);
  }
  return found;
});

/**
 * The option ticked on a row for a field asked as boxes: its words ("县外务工（含省外）"), null when no box
 * is ticked; undefined when the field is one column (read as it is).
 */
export function tickedOption(sheet: Sheet, rec: Recognition, field: string, row: readonly CellValue[]): string | null | undefined {
  const options = boxesOf(sheet, rec).get(field);
  if (!options) return undefined;
  for (const o of options) if (parseYesNo(row[o.col] ?? null) === true) return o.name;
  return null;
}
