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

/** The options of a field's boxes: each column and the words over it. */
type Options = readonly { col: number; name: string }[];

const boxesOf = oncePerRecognition((sheet: Sheet, rec: Recognition): Map<string, Options> => {
  const found = new Map<string, Options>();
  for (const [field, col] of Object.entries(rec.columns)) {
    const group = mergeAt(sheet.merges, rec.headerRow, col);
    if (!group || group.left !== col || group.right === group.left || group.bottom !== rec.headerRow) continue;
    const options: { col: number; name: string }[] = [];
    for (let c = group.left; c <= group.right; c++) {
      const name = cellText(sheet.rows[rec.headerRow + 1]?.[c] ?? null).trim();
      // (A row of marks, not of options, under the group: no boxes.)
      if (name === "" || /^[√✓✔×✗]$/.test(name)) break;
      options.push({ col: c, name });
    }
    if (options.length === group.right - group.left + 1) found.set(field, options);
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
