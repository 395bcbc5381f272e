/**
 * Each cell's display text (cellText), made once per cell the first time any check asks for it.
 * Recognition, mapping and the row walk ask about the same cells many times (blank? a note? a
 * total? a repeated header? then each field's accessor): before, every one of them formatted the
 * cell again (a number through toPrecision, a date through the calendar).
 *
 * Grids are never changed once read, so a row's texts stay right for as long as its sheet lives;
 * readLedgers forgets a sheet's texts when it is done with the sheet.
 */
import type { Sheet } from "../core/grid";
import { cellText } from "./normalize/text";

const texts = new WeakMap<Sheet, (string[] | undefined)[]>();
const EMPTY: readonly string[] = [];

/** The texts of row `r` (trailing cells as the row has them; a missing row has none). */
export function rowTexts(sheet: Sheet, r: number): readonly string[] {
  let rows = texts.get(sheet);
  if (!rows) {
    rows = [];
    texts.set(sheet, rows);
  }
  let t = rows[r];
  if (t === undefined) {
    const row = sheet.rows[r];
    if (!row) return EMPTY;
    t = rows[r] = textsOf(row);
  }
  return t;
}

function textsOf(row: Sheet["rows"][number]): string[] {
  const t = new Array<string>(row.length);
  for (let c = 0; c < row.length; c++) t[c] = cellText(row[c]);
  return t;
}

/**
 * The texts of each row for one pass over the data: the cached ones when recognition made them,
 * else made without being kept (a 300,000-row sheet's texts need not all live at once). The
 * sheet's cache is looked up once for the pass, not once per row.
 */
export function passingRowTexts(sheet: Sheet): (r: number) => readonly string[] {
  const cached = texts.get(sheet);
  return (r) => {
    const t = cached?.[r];
    if (t) return t;
    const row = sheet.rows[r];
    return row ? textsOf(row) : EMPTY;
  };
}

/** One cell's text ("" when blank or beyond its row). */
export function textAt(sheet: Sheet, r: number, c: number): string {
  return rowTexts(sheet, r)[c] ?? "";
}

/** Lets a sheet's texts go (the sheet has been read). */
export function forgetTexts(sheet: Sheet): void {
  texts.delete(sheet);
}
