/**
 * A delimited text export opened without splitting it into columns (a treasury system's "CSV" with | between
 * its fields, a tab-separated paste): every record one line in column A, "支付日期|支付凭证号|…|支付金额(元)|支付状态",
 * comment lines starting with #. A reviewer reads the fields between the bars; so does the reader: each such
 * line split into cells. The rows stay where they are; a field's cell is named by its place in the line (the
 * sixth field of line 7 is F7), which is where it would stand had the file been split when opened.
 */
import type { CellValue, Sheet } from "../core/grid";
import { cellText } from "./normalize/text";

const DELIMITERS = ["|", "｜", "\t"];
/** Fewest lines of one shape (the same number of fields, three at least) that make such a sheet. */
const MIN_LINES = 3;
const MIN_FIELDS = 3;

export function withDelimitedLinesSplit(sheet: Sheet): Sheet {
  // (Only a sheet whose every filled row is one cell in column A: a sheet with columns is read as it is.)
  const lines: { r: number; text: string }[] = [];
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    let filled = -1;
    for (let c = 0; c < row.length; c++)
      if (cellText(row[c] ?? null) !== "") {
        if (c > 0) return sheet;
        filled = c;
      }
    if (filled === 0 && typeof row[0] === "string") lines.push({ r, text: row[0] });
  }
  for (const d of DELIMITERS) {
    const fields = (t: string) => t.split(d).length;
    // (A # line is the export's comment, kept whole.)
    const records = lines.filter((l) => !l.text.trimStart().startsWith("#") && fields(l.text) >= MIN_FIELDS);
    if (records.length < MIN_LINES) continue;
    const width = fields(records[0].text);
    if (records.filter((l) => fields(l.text) === width).length < Math.max(MIN_LINES, records.length * 0.8)) continue;
    const rows: CellValue[][] = sheet.rows.map((row) => [...row]);
    for (const l of records) rows[l.r] = l.text.split(d).map((t) => (t.trim() === "" ? null : t.trim()));
    return { ...sheet, rows };
  }
  return sheet;
}
