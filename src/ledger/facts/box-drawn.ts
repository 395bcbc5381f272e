/**
 * A table drawn with box characters in a text file (a reporting program's receipt "printed to file"),
 * opened in Excel one line to a cell: ┌──┬──┐ rulers, │序号│指标名称│填报值│ lines, a long label or
 * value wrapped onto the next line inside its own column, and the header again on the next page. A
 * reviewer reads the table it draws; so does the reader: each row's lines between two rulers joined
 * column by column, on the row of its first line (the others left empty), the page's repeated header
 * left out — as ./fixed-width does for a table drawn with spaces.
 */
import type { CellValue, Sheet } from "../../core/grid";
import { onlyText } from "./fixed-width";

/** A line drawn with box characters only: a ruler between rows. */
const RULER = /^[\s┌┬┐├┼┤└┴┘─━│┃╭╮╰╯═╔╦╗╠╬╣╚╩╝]+$/;
const BAR = /[│┃║]/;
/** Fewer drawn lines than this: no such table. */
const MIN_LINES = 5;

const cellsOf = (line: string) =>
  line
    .trim()
    .split(BAR)
    .slice(1, -1)
    .map((t) => t.trim());

export function withBoxDrawnTable(sheet: Sheet): Sheet {
  // Each row's one line, trimmed (undefined: a row of no line, or of several cells).
  const lines = sheet.rows.map((row) => onlyText(row)?.trim());
  const drawn = lines.filter((t) => t !== undefined && BAR.test(t[0] ?? ""));
  if (drawn.length < MIN_LINES || !lines.some((t) => t !== undefined && RULER.test(t) && /─|━|═/.test(t))) return sheet;
  const rows: CellValue[][] = sheet.rows.map((row) => [...(row ?? [])]);
  let header: string | undefined;
  let open: { r: number; cells: string[] } | undefined;
  const close = () => {
    if (!open) return;
    const key = open.cells.join("|");
    // The header printed again at the top of the next page: no row.
    const again = header !== undefined && key === header;
    header ??= key;
    rows[open.r] = again ? [] : open.cells.map((t) => (t === "" ? null : t));
    open = undefined;
  };
  lines.forEach((line, r) => {
    if (line === undefined || (!RULER.test(line) && !BAR.test(line[0] ?? ""))) {
      close();
      return;
    }
    if (RULER.test(line)) {
      close();
      rows[r] = [];
      return;
    }
    const cells = cellsOf(line);
    if (!open) {
      open = { r, cells };
      return;
    }
    // A line of the same row: each column's text goes on where the line above left it.
    cells.forEach((c, i) => (open!.cells[i] = `${open!.cells[i] ?? ""}${c}`));
    rows[r] = [];
  });
  close();
  return { ...sheet, rows, merges: [] };
}
