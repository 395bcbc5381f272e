/**
 * The table model (src/table/model.ts) — and the template and settings sheets — as a list of
 * write operations on a worksheet, for the Office.js writer. Mirrors the package writer
 * (src/xlsx): same values, styles, merges, internal links, frozen header, A4 landscape print setup
 * and print area, the reviewer total's formula, data bar and reviewer drop-downs. Not rendered
 * here (yet): sheet protection and the kept-together page breaks (the pane edits its own table,
 * which protection would refuse, and page breaks need ExcelApi 1.9).
 *
 * Values: every cell is a literal (a builder formula is set after the values). A string is written into a cell whose number format is set to
 * Text ("@") first, in the same request: Excel would otherwise take "=SUM(A1)", "+5", "-", "@x"
 * for formulas, and "75%", "2021-08-31", "TRUE" for numbers, dates and booleans — the model says a
 * string is text, always (an apostrophe prefix would do for formulas but not show in the cell's
 * value the same way in every Excel; the Text format is what the package writer's "@" does too).
 * Numbers get the model's numFmt. Internal links go with the values of their rows (one
 * setCellProperties per chunk, not one action per link); formats come after all values.
 */
import { sheetRef, type CellValue } from "../../core/grid";
import type { TemplateSheet } from "../../ledger/template";
import { BODY_FONT_SIZE, STYLES, type CellModel, type SheetModel, type StyleName } from "../../table/model";
import { BORDER_COLOR, TAB_COLOR, TEMPLATE_DATE_MESSAGE, TEMPLATE_HEADER_FILL, TEMPLATE_LIST_MESSAGE, VALIDATION_TITLE, validationMessage } from "../../table/look";
import { ACTION_OVERHEAD, jsonBytes, rowChunks } from "./payload";

export { DEFAULT_FONT } from "../../table/look";

/** What an operation queues its actions on. */
export interface Batch {
  ctx: Excel.RequestContext;
  /** The worksheet of that name (one proxy per name and batch). */
  sheet(name: string): Excel.Worksheet;
}

export interface WriteOp {
  /** Estimated request bytes. */
  bytes: number;
  /** Rows of cell values written (for progress); 0 for formats. */
  rows: number;
  kind: "sheet" | "values" | "format";
  apply(b: Batch): void;
  /** Two halves of a multi-row values op (to retry a refused request smaller). */
  split?(): [WriteOp, WriteOp];
  /** The first rows that fit in `bytes` and the rest (to fill a batch), or undefined when no row fits. */
  splitAt?(bytes: number): [WriteOp, WriteOp] | undefined;
}

// ---------------------------------------------------------------------------------------------
// Cell values

type Literal = string | number | boolean;

/** The widest row (no spread: a sheet may have 200,000 rows). */
function widest(rows: { length: number }[], min: number): number {
  let w = min;
  for (const r of rows) if (r.length > w) w = r.length;
  return w;
}

export interface WriteGrid {
  width: number;
  values: Literal[][];
  /** Number format per cell, null to leave the new sheet's General. */
  formats: (string | null)[][];
  /** Internal hyperlinks by row, then column (sent with the row's values via setCellProperties). */
  links?: Map<number, Map<number, Excel.RangeHyperlink>>;
}

/** A model cell → the literal written and its number format ("@" for every string). */
export function modelLiteral(cell: CellModel | undefined): { v: Literal; f: string | null } {
  if (!cell || cell.value === null || cell.value === undefined) return { v: "", f: cell?.numFmt && !cell.forceText ? cell.numFmt : null };
  if (typeof cell.value === "number") return Number.isFinite(cell.value) ? { v: cell.value, f: cell.numFmt ?? null } : { v: "", f: null };
  return { v: String(cell.value), f: "@" };
}

/** A plain grid value (settings, templates) → literal and format. */
export function plainLiteral(v: CellValue | undefined): { v: Literal; f: string | null } {
  if (v === null || v === undefined) return { v: "", f: null };
  if (typeof v === "number") return Number.isFinite(v) ? { v, f: null } : { v: "", f: null };
  if (typeof v === "boolean") return { v, f: null };
  if (v instanceof Date) return { v: v.getTime() / 86400000 + 25569, f: "yyyy-mm-dd" };
  if (typeof v === "object") return { v: v.error, f: "@" };
  return { v: String(v), f: "@" };
}

/** The model's cells as literals, formats and (resolvable) internal links. */
export function gridFromModel(model: SheetModel, linkable: Set<string>): WriteGrid {
  const width = widest(model.rows, model.columns.length);
  const values: Literal[][] = [];
  const formats: (string | null)[][] = [];
  const links = new Map<number, Map<number, Excel.RangeHyperlink>>();
  model.rows.forEach((row, r) => {
    const v: Literal[] = new Array(width);
    const f: (string | null)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      const x = modelLiteral(cell);
      v[c] = x.v;
      f[c] = x.f;
      if (cell && isLinked(cell, linkable)) {
        let m = links.get(r);
        if (!m) links.set(r, (m = new Map()));
        m.set(c, { documentReference: sheetRef(cell.link!.sheet, cell.link!.cell), textToDisplay: String(cell.value) });
      }
    }
    values.push(v);
    formats.push(f);
  });
  return { width, values, formats, links };
}

export function gridFromRows(rows: CellValue[][]): WriteGrid {
  const width = widest(rows, 1);
  const values: Literal[][] = [];
  const formats: (string | null)[][] = [];
  for (const row of rows) {
    const v: Literal[] = new Array(width);
    const f: (string | null)[] = new Array(width);
    for (let c = 0; c < width; c++) {
      const x = plainLiteral(row[c]);
      v[c] = x.v;
      f[c] = x.f;
    }
    values.push(v);
    formats.push(f);
  }
  return { width, values, formats };
}

/** setCellProperties rows for the links of rows [start, end), or undefined when there are none. */
function linkProps(grid: WriteGrid, start: number, end: number): Excel.SettableCellProperties[][] | undefined {
  if (!grid.links?.size) return undefined;
  let any = false;
  const out: Excel.SettableCellProperties[][] = [];
  for (let r = start; r < end; r++) {
    const m = grid.links.get(r);
    const row: Excel.SettableCellProperties[] = [];
    for (let c = 0; c < grid.width; c++) {
      const h = m?.get(c);
      row.push(h ? { hyperlink: h } : {});
      if (h) any = true;
    }
    out.push(row);
  }
  return any ? out : undefined;
}

function valuesOp(sheet: string, grid: WriteGrid, rowBytes: number[], overhead: number, start: number, end: number): WriteOp {
  let bytes = overhead;
  for (let r = start; r < end; r++) bytes += rowBytes[r];
  return {
    bytes,
    rows: end - start,
    kind: "values",
    apply(b) {
      const range = b.sheet(sheet).getRangeByIndexes(start, 0, end - start, grid.width);
      const formats = grid.formats.slice(start, end);
      // Text format first, in the same request, so that Excel stores the strings as text.
      if (formats.some((row) => row.some((f) => f !== null))) range.numberFormat = formats;
      range.values = grid.values.slice(start, end);
      // Internal links of these rows in one action (not one per cell).
      const links = linkProps(grid, start, end);
      if (links) range.setCellProperties(links);
    },
    split() {
      const mid = start + Math.ceil((end - start) / 2);
      return [valuesOp(sheet, grid, rowBytes, overhead, start, mid), valuesOp(sheet, grid, rowBytes, overhead, mid, end)];
    },
    splitAt(room) {
      let size = overhead;
      let cut = start;
      while (cut < end - 1 && size + rowBytes[cut] <= room) size += rowBytes[cut++];
      if (cut === start) return undefined;
      return [valuesOp(sheet, grid, rowBytes, overhead, start, cut), valuesOp(sheet, grid, rowBytes, overhead, cut, end)];
    },
  };
}

/** The grid in row chunks of at most `budget` request bytes each (values, number formats, links). */
export function valuesOps(sheet: string, grid: WriteGrid, budget: number): WriteOp[] {
  if (grid.values.length === 0) return [];
  const emptyLinkRow = grid.links?.size ? jsonBytes(new Array(grid.width).fill({})) : 0;
  const rowBytes = grid.values.map((v, r) => {
    const m = grid.links?.get(r);
    const links = m ? jsonBytes([...Array(grid.width).keys()].map((c) => (m.has(c) ? { hyperlink: m.get(c) } : {}))) : emptyLinkRow;
    return jsonBytes(v) + jsonBytes(grid.formats[r]) + links + 3;
  });
  const overhead = 3 * ACTION_OVERHEAD;
  return rowChunks(rowBytes, budget - overhead).map(([a, z]) => valuesOp(sheet, grid, rowBytes, overhead, a, z));
}

// ---------------------------------------------------------------------------------------------
// Formats

function op(kind: WriteOp["kind"], actions: number, extra: unknown, apply: (b: Batch) => void): WriteOp {
  return { bytes: actions * ACTION_OVERHEAD + jsonBytes(extra), rows: 0, kind, apply };
}

/** Excel column width in characters (the model's unit) → points, as Office.js wants it. */
export function columnWidthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** A rectangle of cells sharing a key: zero-based, inclusive. */
export interface KeyRect {
  key: string;
  r0: number;
  c0: number;
  r1: number;
  c1: number;
}

/**
 * Cells grouped into rectangles of equal keys: vertical runs per column, then runs with the same
 * rows and key in adjacent columns joined. `keyOf` returns null for cells to leave out.
 */
export function keyRects(rows: number, cols: number, keyOf: (r: number, c: number) => string | null): KeyRect[] {
  const done: KeyRect[] = [];
  let open = new Map<string, KeyRect>();
  for (let c = 0; c < cols; c++) {
    const next = new Map<string, KeyRect>();
    let r = 0;
    while (r < rows) {
      const key = keyOf(r, c);
      let r1 = r;
      while (r1 + 1 < rows && keyOf(r1 + 1, c) === key) r1++;
      if (key !== null) {
        const id = `${r}|${r1}|${key}`;
        const prev = open.get(id);
        if (prev) {
          prev.c1 = c;
          next.set(id, prev);
          open.delete(id);
        } else next.set(id, { key, r0: r, c0: c, r1, c1: c });
      }
      r = r1 + 1;
    }
    for (const rect of open.values()) done.push(rect);
    open = next;
  }
  for (const rect of open.values()) done.push(rect);
  return done.sort((a, b) => a.r0 - b.r0 || a.c0 - b.c0);
}

function rectRange(ws: Excel.Worksheet, r: { r0: number; c0: number; r1: number; c1: number }): Excel.Range {
  return ws.getRangeByIndexes(r.r0, r.c0, r.r1 - r.r0 + 1, r.c1 - r.c0 + 1);
}

const H_ALIGN = { left: "Left", center: "Center", right: "Right" } as const;
const V_ALIGN = { top: "Top", middle: "Center" } as const;

function styleOp(sheet: string, rect: KeyRect, name: StyleName): WriteOp {
  const s = STYLES[name];
  const n = 4 + (s.bold ? 1 : 0) + (s.italic ? 1 : 0) + (s.color ? 1 : 0) + (s.underline ? 1 : 0) + (s.fill ? 1 : 0);
  return op("format", n, name, (b) => {
    const f = rectRange(b.sheet(sheet), rect).format;
    f.font.size = s.size ?? BODY_FONT_SIZE;
    if (s.bold) f.font.bold = true;
    if (s.italic) f.font.italic = true;
    if (s.color) f.font.color = `#${s.color}`;
    if (s.underline) f.font.underline = "Single";
    if (s.fill) f.fill.color = `#${s.fill}`;
    f.horizontalAlignment = H_ALIGN[s.hAlign];
    f.verticalAlignment = V_ALIGN[s.vAlign];
    f.wrapText = s.wrap;
  });
}

function borderOp(sheet: string, rect: KeyRect): WriteOp {
  const edges: Excel.BorderIndex[] = [Excel_Border.edgeTop, Excel_Border.edgeBottom, Excel_Border.edgeLeft, Excel_Border.edgeRight];
  if (rect.c1 > rect.c0) edges.push(Excel_Border.insideVertical);
  if (rect.r1 > rect.r0) edges.push(Excel_Border.insideHorizontal);
  return op("format", edges.length * 3, null, (b) => {
    const borders = rectRange(b.sheet(sheet), rect).format.borders;
    for (const e of edges) {
      const border = borders.getItem(e);
      border.style = "Continuous";
      border.color = `#${BORDER_COLOR}`;
      border.weight = "Thin";
    }
  });
}

/** Border indexes as string values (no runtime dependency on the Excel namespace). */
const Excel_Border = {
  edgeTop: "EdgeTop" as Excel.BorderIndex,
  edgeBottom: "EdgeBottom" as Excel.BorderIndex,
  edgeLeft: "EdgeLeft" as Excel.BorderIndex,
  edgeRight: "EdgeRight" as Excel.BorderIndex,
  insideVertical: "InsideVertical" as Excel.BorderIndex,
  insideHorizontal: "InsideHorizontal" as Excel.BorderIndex,
};

/** Runs of equal values in a sparse per-index list → [first, last, value]. */
function runs<T>(n: number, at: (i: number) => T | undefined): [number, number, T][] {
  const out: [number, number, T][] = [];
  let i = 0;
  while (i < n) {
    const v = at(i);
    let j = i;
    while (j + 1 < n && at(j + 1) === v) j++;
    if (v !== undefined) out.push([i, j, v]);
    i = j + 1;
  }
  return out;
}

export interface RenderContext {
  /** Sheets a link may point to (the workbook's and the ones being written). */
  linkable: Set<string>;
  fontName: string;
}

/** Is this model cell written as an internal hyperlink? */
function isLinked(cell: CellModel, linkable: Set<string>): boolean {
  return !!cell.link && cell.value !== null && cell.value !== undefined && cell.value !== "" && linkable.has(cell.link.sheet);
}

/** Everything after the values: fonts, styles, borders, sizes, merges, validations, data bar, panes, print. */
export function formatOps(sheet: string, model: SheetModel, rc: RenderContext): WriteOp[] {
  const ops: WriteOp[] = [];
  const nrows = model.rows.length;
  const ncols = widest(model.rows, model.columns.length);
  if (nrows > 0 && ncols > 0) {
    ops.push(
      op("format", 1, rc.fontName, (b) => {
        b.sheet(sheet).getRangeByIndexes(0, 0, nrows, ncols).format.font.name = rc.fontName;
      }),
    );
  }
  const styleAt = (r: number, c: number): StyleName | null => {
    const cell = model.rows[r]?.[c];
    if (!cell) return null;
    return cell.style === "link" && !isLinked(cell, rc.linkable) ? "text" : (cell.style ?? "text");
  };
  for (const rect of keyRects(nrows, ncols, styleAt)) ops.push(styleOp(sheet, rect, rect.key as StyleName));
  for (const rect of keyRects(nrows, ncols, (r, c) => {
    const s = styleAt(r, c);
    return s && STYLES[s].border ? "border" : null;
  }))
    ops.push(borderOp(sheet, rect));

  // Column widths (runs of equal widths) and hidden columns.
  for (const [a, z, w] of runs(model.columns.length, (c) => model.columns[c]?.width)) {
    const pts = columnWidthPoints(w);
    ops.push(
      op("format", 1, pts, (b) => {
        b.sheet(sheet).getRangeByIndexes(0, a, 1, z - a + 1).format.columnWidth = pts;
      }),
    );
  }
  for (const [a, z] of runs(model.columns.length, (c) => (model.columns[c]?.hidden ? true : undefined))) {
    ops.push(
      op("format", 1, null, (b) => {
        b.sheet(sheet).getRangeByIndexes(0, a, 1, z - a + 1).columnHidden = true;
      }),
    );
  }
  // Row heights (runs of equal heights).
  for (const [a, z, h] of runs(nrows, (r) => model.rowHeights[r])) {
    ops.push(
      op("format", 1, h, (b) => {
        b.sheet(sheet).getRange(`${a + 1}:${z + 1}`).format.rowHeight = h;
      }),
    );
  }
  for (const m of model.merges) {
    if (m.bottom === m.top && m.right === m.left) continue;
    ops.push(
      op("format", 1, null, (b) => {
        rectRange(b.sheet(sheet), { r0: m.top, c0: m.left, r1: m.bottom, c1: m.right }).merge(false);
      }),
    );
  }
  for (const v of model.validations ?? []) {
    const rule: Excel.DataValidationRule =
      v.kind === "decimal" ? { decimal: { formula1: v.min, formula2: v.max, operator: "Between" } } : { list: { inCellDropDown: true, source: v.options.join(",") } };
    const message = validationMessage(v);
    ops.push(
      op("format", 4, [rule, message, v.prompt ?? ""], (b) => {
        const dv = b.sheet(sheet).getRange(v.range).dataValidation;
        dv.ignoreBlanks = true;
        dv.rule = rule;
        dv.errorAlert = { showAlert: true, style: "Warning", title: "", message };
        if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
      }),
    );
  }
  if (model.dataBar) {
    const db = model.dataBar;
    ops.push(
      op("format", 4, db, (b) => {
        const cf = b.sheet(sheet).getRange(db.range).conditionalFormats.add("DataBar");
        cf.dataBar.lowerBoundRule = { type: "Number", formula: String(db.min) };
        cf.dataBar.upperBoundRule = { type: "Number", formula: String(db.max) };
        cf.dataBar.positiveFormat.fillColor = `#${db.color}`;
      }),
    );
  }
  const { freeze } = model;
  if (freeze.rows > 0 || freeze.cols > 0) {
    ops.push(
      op("format", 1, freeze, (b) => {
        const ws = b.sheet(sheet);
        if (freeze.rows > 0 && freeze.cols > 0) ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, freeze.rows, freeze.cols));
        else if (freeze.rows > 0) ws.freezePanes.freezeRows(freeze.rows);
        else ws.freezePanes.freezeColumns(freeze.cols);
      }),
    );
  }
  const p = model.print;
  ops.push(
    op("format", 12, p, (b) => {
      const pl = b.sheet(sheet).pageLayout;
      pl.paperSize = "A4";
      pl.orientation = p.landscape ? "Landscape" : "Portrait";
      // One page wide, as many pages down as needed (0 = automatic, as fitToHeight 0 in the file).
      if (p.fitToWidth) pl.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      pl.leftMargin = p.margins.left * 72;
      pl.rightMargin = p.margins.right * 72;
      pl.topMargin = p.margins.top * 72;
      pl.bottomMargin = p.margins.bottom * 72;
      pl.headerMargin = p.margins.header * 72;
      pl.footerMargin = p.margins.footer * 72;
      pl.centerHorizontally = true;
      if (p.repeatRows) pl.setPrintTitleRows(`$${p.repeatRows[0]}:$${p.repeatRows[1]}`);
      // Technical columns (指标编号) are left out of the print area when they end the table.
      const printed = model.columns.filter((c) => !c.noPrint).length;
      if (printed < model.columns.length && model.columns.slice(printed).every((c) => c.noPrint) && model.rows.length) {
        pl.setPrintArea(b.sheet(sheet).getRangeByIndexes(0, 0, model.rows.length, printed));
      }
      if (p.footer) pl.headersFooters.defaultForAllPages.centerFooter = p.footer;
    }),
  );
  // The builder's formulas (the reviewer total), written over their cached result.
  model.rows.forEach((row, r) =>
    row.forEach((cell, c) => {
      const f = cell?.formula;
      if (f) ops.push(op("format", 1, f, (b) => void (b.sheet(sheet).getRangeByIndexes(r, c, 1, 1).formulas = [[`=${f}`]])));
    }),
  );
  if (model.autoFilter) {
    const af = model.autoFilter;
    ops.push(
      op("format", 1, af, (b) => {
        const ws = b.sheet(sheet);
        ws.autoFilter.apply(ws.getRange(af));
      }),
    );
  }
  return ops;
}

/** Adds the (temporary) sheet. */
export function addSheetOp(sheet: string, options: { hidden?: boolean; tabColor?: boolean } = {}): WriteOp {
  return op("sheet", 3, sheet, (b) => {
    const ws = b.ctx.workbook.worksheets.add(sheet);
    if (options.tabColor) ws.tabColor = `#${TAB_COLOR}`;
    if (options.hidden) ws.visibility = "Hidden";
  });
}

/** A whole model: values chunks (with their links) first, then formats. */
export function modelOps(sheet: string, model: SheetModel, rc: RenderContext, budget: number): { values: WriteOp[]; formats: WriteOp[] } {
  return { values: valuesOps(sheet, gridFromModel(model, rc.linkable), budget), formats: formatOps(sheet, model, rc) };
}

/** A template sheet: labels, bold header, widths, frozen header, drop-downs and date cells. */
export function templateOps(sheet: string, t: TemplateSheet, fontName: string, budget: number): { values: WriteOp[]; formats: WriteOp[] } {
  const grid = gridFromRows(t.rows);
  const formats: WriteOp[] = [];
  const width = Math.max(grid.width, t.widths.length);
  formats.push(
    op("format", 1, fontName, (b) => {
      b.sheet(sheet).getRangeByIndexes(0, 0, Math.max(1, t.rows.length), width).format.font.name = fontName;
    }),
  );
  if (t.rows.length > 0) {
    formats.push(
      op("format", 2, null, (b) => {
        const f = b.sheet(sheet).getRangeByIndexes(0, 0, 1, width).format.font;
        f.bold = true;
        f.size = 13;
      }),
    );
  }
  if (t.headerRow < t.rows.length) {
    formats.push(
      op("format", 2, null, (b) => {
        const f = b.sheet(sheet).getRangeByIndexes(t.headerRow, 0, 1, width).format;
        f.font.bold = true;
        f.fill.color = `#${TEMPLATE_HEADER_FILL}`;
      }),
    );
  }
  for (const [a, z, w] of runs(t.widths.length, (c) => t.widths[c])) {
    const pts = columnWidthPoints(w);
    formats.push(
      op("format", 1, pts, (b) => {
        b.sheet(sheet).getRangeByIndexes(0, a, 1, z - a + 1).format.columnWidth = pts;
      }),
    );
  }
  formats.push(
    op("format", 1, null, (b) => {
      b.sheet(sheet).freezePanes.freezeRows(t.headerRow + 1);
    }),
  );
  for (const v of t.validations) {
    const count = v.toRow - v.fromRow + 1;
    if (v.list) {
      const list = v.list;
      formats.push(
        op("format", 4, list, (b) => {
          const dv = b.sheet(sheet).getRangeByIndexes(v.fromRow, v.col, count, 1).dataValidation;
          dv.ignoreBlanks = true;
          dv.rule = { list: { inCellDropDown: true, source: list.join(",") } };
          dv.errorAlert = { showAlert: true, style: "Stop", title: VALIDATION_TITLE, message: TEMPLATE_LIST_MESSAGE(list) };
          if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
        }),
      );
    } else if (v.date) {
      formats.push(
        op("format", 5, null, (b) => {
          const range = b.sheet(sheet).getRangeByIndexes(v.fromRow, v.col, count, 1);
          range.numberFormat = Array.from({ length: count }, () => ["yyyy-mm-dd"]);
          const dv = range.dataValidation;
          dv.ignoreBlanks = true;
          dv.rule = { date: { formula1: "2000-01-01", operator: "GreaterThan" } };
          dv.errorAlert = { showAlert: true, style: "Stop", title: VALIDATION_TITLE, message: TEMPLATE_DATE_MESSAGE };
          if (v.prompt) dv.prompt = { showPrompt: true, title: "", message: v.prompt };
        }),
      );
    }
  }
  return { values: valuesOps(sheet, grid, budget), formats };
}
