/**
 * A table pasted from Word into one cell (the cell in edit mode, so the whole table went in as text):
 * a line per row, a tab between columns, a section line (一、基本情况) with no tab, and a cell's second
 * paragraph on a line of its own, carrying on the row above until that row has all its columns:
 *
 *   序号⇥项目⇥数据⇥备注
 *   一、基本情况
 *   3⇥常住人口⇥42万人⇥户籍人口53万人
 *   7⇥领导小组成员单位⇥市商务局、市财政局、
 *   市扶贫办、市市场监管局⇥乐府办〔2019〕126号
 *
 * A reviewer reads the table it was; so does the reader: the cell's lines laid out as rows (the
 * sheet's other rows as they are, those below moved down), each cell read named back to the one cell.
 */
import type { CellValue, Merge, Sheet } from "../../core/grid";
import type { LaidOut } from "./read";

/** Lines with a tab fewer than this: no table (a remark with one tab typed in it). */
const MIN_TABBED_LINES = 4;

function pastedCell(sheet: Sheet): { r: number; c: number; lines: string[] } | undefined {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== "string" || !v.includes("\t")) continue;
      const lines = v.split(/\r?\n/);
      const tabbed = lines.filter((l) => l.includes("\t"));
      // (Its header: the first tabbed line, three columns or more.)
      if (tabbed.length >= MIN_TABBED_LINES && tabbed[0].split("\t").length >= 3) return { r, c, lines };
    }
  }
  return undefined;
}

/** The cell's lines as rows of columns, a wrapped paragraph joined back to its row. */
function rowsOf(lines: string[]): string[][] {
  const out: string[][] = [];
  let width = 0;
  for (const line of lines) {
    const fields = line.split("\t").map((f) => f.trim());
    const last = out[out.length - 1];
    // A row still short of its columns goes on here: this line's first field ends its last one. (A
    // line without a tab, a section's heading, is whole.)
    if (last && width > 0 && last.length >= 2 && last.length < width && line.trim() !== "") {
      last[last.length - 1] = `${last[last.length - 1]}${fields[0]}`;
      last.push(...fields.slice(1));
      continue;
    }
    if (line.trim() === "") continue;
    if (width === 0 && fields.length >= 3) width = fields.length;
    out.push(fields);
  }
  return out;
}

/** The sheet with its pasted table laid out, or undefined when no cell holds one. */
export function pastedTable(sheet: Sheet): LaidOut | undefined {
  const cell = pastedCell(sheet);
  if (!cell) return undefined;
  const lines = rowsOf(cell.lines);
  const shift = lines.length - 1;
  const rows: CellValue[][] = [];
  sheet.rows.forEach((row, r) => {
    if (r !== cell.r) {
      rows.push([...(row ?? [])]);
      return;
    }
    for (const fields of lines) {
      const out: CellValue[] = (row ?? []).map(() => null);
      fields.forEach((f, i) => (out[cell.c + i] = f === "" ? null : f));
      rows.push(out);
    }
  });
  const merges: Merge[] = (sheet.merges ?? []).flatMap((m) => {
    if (m.top <= cell.r && m.bottom >= cell.r) return [];
    return m.top > cell.r ? [{ ...m, top: m.top + shift, bottom: m.bottom + shift }] : [m];
  });
  const cellOf = (r: number, c: number) => {
    if (r < cell.r) return { r, c };
    if (r <= cell.r + shift) return { r: cell.r, c: cell.c };
    return { r: r - shift, c };
  };
  return { sheet: { ...sheet, rows, merges }, cellOf };
}
