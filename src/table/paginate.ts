/**
 * Page breaks that keep a block of rows (a 工作任务 group, the total with its note) on one printed
 * page. The page is A4 with the model's margins; all printed columns are fitted to one page width
 * (the scale Excel and LibreOffice then apply to the row heights as well).
 */
import type { SheetModel } from "./model";

const A4 = { long: 841.9, short: 595.3 };
/** Estimates of row heights differ a little between applications: leave this much of a page free. */
const SLACK = 0.94;

/** A column width in "0"-widths → points (Excel: 7 px per unit + 5 px padding at 96 dpi). */
export function columnPoints(width: number): number {
  return (Math.trunc(width * 7) + 5) * 0.75;
}

/** The scale fit-to-width applies (whole percents, as Excel stores it), at most 100%. */
export function printScale(sheet: SheetModel): number {
  const p = sheet.print;
  const pageWidth = (p.landscape ? A4.long : A4.short) - (p.margins.left + p.margins.right) * 72;
  const width = sheet.columns.reduce((w, c) => w + (c.noPrint || c.hidden ? 0 : columnPoints(c.width)), 0);
  if (!p.fitToWidth || width <= pageWidth) return 1;
  return Math.floor((pageWidth / width) * 100) / 100;
}

/** Printable height of a page in points, at 100%. */
function pageHeight(sheet: SheetModel): number {
  const p = sheet.print;
  return (p.landscape ? A4.short : A4.long) - (p.margins.top + p.margins.bottom) * 72;
}

/** Rows kept on one page when they fit; `parts`: smaller runs inside kept together otherwise. */
export interface KeepBlock {
  rows: [number, number];
  parts?: [number, number][];
}

/**
 * Zero-based rows that must start a new page so that no block (in order) is split, when it fits on
 * a page at all; a block that does not fit breaks between its parts (then between rows). Rows
 * outside blocks may break anywhere.
 */
export function keepTogetherBreaks(sheet: SheetModel, blocks: KeepBlock[]): number[] {
  const scale = printScale(sheet);
  const height = (r: number) => (sheet.rowHeights[r] ?? 20) * scale;
  const page = pageHeight(sheet) * SLACK;
  const titles = sheet.print.repeatRows ? sheet.print.repeatRows : undefined;
  let repeated = 0;
  if (titles) for (let r = titles[0] - 1; r <= titles[1] - 1; r++) repeated += height(r);
  const breaks: number[] = [];
  let used = 0;
  let r = 0;
  const blockAt = new Map(blocks.map((b) => [b.rows[0], b]));
  const span = ([a, b]: [number, number]) => {
    let h = 0;
    for (let k = a; k <= b; k++) h += height(k);
    return h;
  };
  /** Places the runs in order, each on the current page when it fits, else on a new page. */
  const place = (runs: [number, number][], inner: (run: [number, number]) => [number, number][] | undefined) => {
    for (const run of runs) {
      const need = span(run);
      if (used + need > page && used > repeated + 0.01) {
        breaks.push(run[0]);
        used = repeated;
      }
      if (used + need <= page) {
        used += need;
        continue;
      }
      // Taller than a page: its smaller runs, then its rows.
      const smaller = inner(run) ?? Array.from({ length: run[1] - run[0] + 1 }, (_, i) => [run[0] + i, run[0] + i] as [number, number]);
      if (smaller.length === 1 && smaller[0][0] === run[0] && smaller[0][1] === run[1]) {
        used += need;
        continue;
      }
      place(smaller, () => undefined);
    }
  };
  while (r < sheet.rows.length) {
    const b = blockAt.get(r) ?? { rows: [r, r] as [number, number] };
    place([b.rows], () => b.parts);
    r = b.rows[1] + 1;
  }
  return breaks;
}

/**
 * A merged cell of column `col` that a page break cuts is split at the break, its text repeated
 * at the top of the new page (a 工作任务 cell then reads on every page it covers).
 */
export function splitMergesAtBreaks(sheet: SheetModel, breaks: number[], col: number): SheetModel {
  const merges = [];
  const rows = sheet.rows.slice();
  for (const m of sheet.merges) {
    const cuts = m.left === col && m.right === col ? breaks.filter((b) => b > m.top && b <= m.bottom) : [];
    if (cuts.length === 0) {
      merges.push(m);
      continue;
    }
    const edges = [m.top, ...cuts, m.bottom + 1];
    for (let i = 0; i + 1 < edges.length; i++) {
      const [top, bottom] = [edges[i], edges[i + 1] - 1];
      if (bottom > top) merges.push({ ...m, top, bottom });
      if (i > 0) {
        rows[top] = rows[top].slice();
        rows[top][col] = { ...rows[m.top][col] };
      }
    }
  }
  return { ...sheet, rows, merges };
}
