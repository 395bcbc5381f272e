/**
 * An answer referred to the note beside it: a city's template whose 填报值 cell says "见说明" because
 * the answer would not fit, and the answer written in the row's 说明 (备注) column. A reviewer reads
 * the 说明 as the 填报值; so does the reader: the note's words take the value cell's place (and the
 * note cell is left empty, so they are read once). The evidence stays on the row, at its 填报值.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { cellText } from "../normalize/text";

const REFERRED = /^[（(]?\s*(?:详|请)?(?:见|参见|详见)\s*(?:说明|备注|附注|情况说明)(?:栏|列)?\s*[)）]?$/;
const NOTE_HEADER = /^(?:说明|备注|情况说明|备注说明|说明（备注）)$/;

/** The sheet with each "见说明" replaced by its row's note; the same sheet when none is there. */
export function withReferredAnswers(sheet: Sheet): Sheet {
  let rows: CellValue[][] | undefined;
  let noteCol = -1;
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    // The note column is named by the header above the rows that refer to it.
    const header = row.findIndex((v) => NOTE_HEADER.test(cellText(v ?? null).replace(/\s+/g, "")));
    if (header >= 0 && row.filter((v) => cellText(v ?? null) !== "").length >= 3) {
      noteCol = header;
      continue;
    }
    if (noteCol < 0) continue;
    for (let c = 0; c < noteCol; c++) {
      if (!REFERRED.test(cellText(row[c] ?? null))) continue;
      const note = row[noteCol];
      if (cellText(note ?? null) === "") continue;
      rows ??= sheet.rows.map((x) => [...x]);
      rows[r][c] = note ?? null;
      rows[r][noteCol] = null;
    }
  }
  return rows ? { ...sheet, rows } : sheet;
}
