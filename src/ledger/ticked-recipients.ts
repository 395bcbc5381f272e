/**
 * A report log whose recipients are ticked, one column each under a merged header ("报送对象（打✓）"
 * over 揭阳市商务局 | 县政府办 | 县委办): a row's recipients are the columns it ticks. Worked out once
 * per sheet: the ticked columns and their names, or undefined for a log with a plain 报送对象 column.
 */
import { mergeAt, type Sheet } from "../core/grid";
import { cellText } from "./normalize/text";
import { parseYesNo } from "./normalize/yesno";
import { oncePerRecognition } from "./per-recognition";
import type { Recognition } from "./recognize";

const tickColumns = oncePerRecognition((sheet: Sheet, rec: Recognition): Map<number, string> | undefined => {
  const col = rec.columns.recipient;
  if (col === undefined) return undefined;
  // The merged header over the recipient's column, and the names under it (the header's last row,
  // or the row right under it).
  const group = mergeAt(sheet.merges, rec.headerRow - rec.headerRows + 1, col) ?? mergeAt(sheet.merges, rec.headerRow, col);
  if (!group || group.right === group.left) return undefined;
  const namesRow = group.bottom + 1;
  const names = new Map<number, string>();
  for (let c = group.left; c <= group.right; c++) {
    const name = cellText(sheet.rows[namesRow]?.[c] ?? null).trim();
    if (name) names.set(c, name);
  }
  return names.size >= 2 ? names : undefined;
});

/** The recipients a row ticks ("揭阳市商务局、县委办"); undefined when the log names them as text. */
export function tickedRecipients(sheet: Sheet, rec: Recognition, r: number): string | undefined {
  const names = tickColumns(sheet, rec);
  if (!names) return undefined;
  const row = sheet.rows[r] ?? [];
  // (A tick ✓ / √ / ☑ reads as yes, as 是 does.)
  const ticked = [...names].filter(([c]) => parseYesNo(row[c] ?? null) === true);
  return ticked.map(([, name]) => name).join("、");
}
