/**
 * A list on its side in blocks one under another (站点编号 | TS-01 … TS-08, then a blank row and 站点编号 | TS-09 …
 * TS-14): each block the same fields down its first column, a record a column. A reviewer reads each block
 * turned back; so does the reader, each block recognised as a sheet of its own (the other rows blanked, so
 * every cell keeps its address). Undefined for any other sheet.
 */
import type { CellValue, Sheet } from "../core/grid";
import { cellText, filledColumns } from "./normalize/text";
import type { Block } from "./stacked";

/** Fewest fields down a block. */
const MIN_FIELDS = 4;
/** Most rows of a sheet so kept (the turned reading of one block stops at 40 rows too). */
const MAX_ROWS = 80;

const filled = (row: readonly (CellValue | undefined)[] | undefined) => filledColumns(row).length;
const label = (row: readonly (CellValue | undefined)[] | undefined) => cellText(row?.[0] ?? null).trim();

export function sidewaysBlocks(sheet: Sheet): Block[] | undefined {
  // (Such lists are short, a few blocks of a few fields: a long sheet is not walked at all.)
  if (sheet.rows.length > MAX_ROWS) return undefined;
  // Runs of filled rows, a blank row between them.
  const runs: { top: number; bottom: number }[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    if (filled(sheet.rows[r]) === 0) continue;
    const top = r;
    while (r < sheet.rows.length && filled(sheet.rows[r]) > 0) r++;
    runs.push({ top, bottom: r });
  }
  // A block's fields: its rows of a short label and values across (its title lines above them aside).
  const fieldsOf = (run: { top: number; bottom: number }) =>
    sheet.rows
      .slice(run.top, run.bottom)
      .filter((row) => filled(row) >= 3)
      .map(label);
  const blocks = runs.filter((run) => {
    const fields = fieldsOf(run);
    return fields.length >= MIN_FIELDS && fields.every((f) => f.length >= 2 && f.length <= 12 && !/^\d/.test(f));
  });
  if (blocks.length < 2) return undefined;
  const first = fieldsOf(blocks[0]).join("|");
  if (!blocks.every((b) => fieldsOf(b).join("|") === first)) return undefined;
  // (The sheet's title lines go with the first block; a note under the last, with the last.)
  return blocks.map((b, i) => ({ top: i === 0 ? 0 : b.top, bottom: i === blocks.length - 1 ? sheet.rows.length : b.bottom }));
}
