/**
 * The scored workbook of several input files is a new workbook: the scored sheets plus a copy of
 * every ledger sheet an evidence link points to, so the links work when a reviewer opens it alone.
 * A copy keeps values, number formats and merges (not fonts or fills: the grids do not carry them).
 */
import { isCellError, type CellValue, type Sheet } from "../core/grid";
import { layoutSheet } from "./layout";
import { textCell, type CellModel, type SheetModel } from "./model";

/** Characters Excel refuses in a sheet name, and its length limit. */
const FORBIDDEN = /[\\/?*[\]:]/g;
export const MAX_SHEET_NAME = 31;

function cut(s: string, n: number): string {
  const chars = Array.from(s);
  return chars.length <= n ? s : `${chars.slice(0, Math.max(1, n - 1)).join("")}…`;
}

/**
 * A valid, unused sheet name for the copy of `sheet` from `file`: `file › sheet` when it fits,
 * otherwise the file's name without .xlsx, then both shortened (the sheet keeps more).
 */
export function copyName(file: string, sheet: string, taken: Set<string>): string {
  const clean = (s: string) => s.replace(FORBIDDEN, "_").replace(/^'+|'+$/g, "");
  const f = clean(file);
  const s = clean(sheet);
  const sep = " › ";
  let name = `${f}${sep}${s}`;
  if (name.length > MAX_SHEET_NAME) name = `${f.replace(/\.xlsx$/i, "")}${sep}${s}`;
  if (name.length > MAX_SHEET_NAME) {
    const sheetPart = cut(s, Math.min(s.length, 18));
    name = `${cut(f.replace(/\.xlsx$/i, ""), MAX_SHEET_NAME - sep.length - sheetPart.length)}${sep}${sheetPart}`;
  }
  const base = name;
  for (let n = 2; taken.has(name.toLowerCase()); n++) {
    const suffix = `(${n})`;
    name = `${cut(base, MAX_SHEET_NAME - suffix.length)}${suffix}`;
  }
  taken.add(name.toLowerCase());
  return name;
}

/** Excel's serial day number of a date read as UTC (how the readers hand dates over). */
function excelSerial(d: Date): number {
  return (d.getTime() - Date.UTC(1899, 11, 30)) / 86400000;
}

function copyCell(v: CellValue, format: string | undefined): CellModel {
  if (v === null || v === undefined) return { value: null };
  if (typeof v === "number") return Number.isFinite(v) ? { value: v, ...(format ? { numFmt: format } : {}) } : { value: null };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { value: null } : { value: excelSerial(v), numFmt: format && format !== "General" ? format : "yyyy-mm-dd" };
  if (typeof v === "boolean") return { value: v ? "TRUE" : "FALSE" };
  if (isCellError(v)) return { value: v.error };
  // Text stays text, whatever it starts with (never a formula).
  return textCell(v);
}

/** Sheets larger than this are copied without laying out every row (widths from the top rows). */
const LAYOUT_CELLS = 60000;

/** A copy of a ledger sheet as a table model, under `name`. */
export function sheetCopy(sheet: Sheet, name: string): SheetModel {
  const width = sheet.rows.reduce((w, r) => Math.max(w, r.length), 0);
  const rows: CellModel[][] = sheet.rows.map((row, r) => {
    const out: CellModel[] = [];
    for (let c = 0; c < width; c++) out.push(copyCell(row[c] ?? null, sheet.formats?.[r]?.[c]));
    return out;
  });
  const model: SheetModel = {
    name,
    columns: Array.from({ length: width }, (_, c) => ({ header: String(c), width: 10 })),
    rows,
    headerRow: 0,
    merges: (sheet.merges ?? []).map((m) => ({ ...m })),
    freeze: { rows: 0, cols: 0 },
    print: { paper: "A4", landscape: true, fitToWidth: true, margins: { left: 0.3, right: 0.3, top: 0.5, bottom: 0.5, header: 0.2, footer: 0.2 } },
    rowHeights: [],
  };
  const limits = model.columns.map(() => ({ min: 6, max: 40 }));
  if (rows.length * width <= LAYOUT_CELLS) return layoutSheet(model, limits);
  // A long ledger: widths from its first rows, Excel's own row heights.
  const top = layoutSheet({ ...model, rows: rows.slice(0, 200) }, limits);
  return { ...model, columns: top.columns };
}

/**
 * The scored models with their links following the copies, then the copies: one for every sheet
 * of `sheets` that a link points to. `origin`: the sheet's file and name in that file.
 */
export function withLinkedCopies(scored: SheetModel[], sheets: Sheet[], origin: (sheet: string) => { file: string; sheet: string } | undefined): SheetModel[] {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const taken = new Set(scored.map((m) => m.name.toLowerCase()));
  const names = new Map<string, string>();
  for (const m of scored)
    for (const row of m.rows)
      for (const cell of row) {
        const target = cell.link?.sheet;
        if (!target || names.has(target) || !bySheet.has(target)) continue;
        const o = origin(target);
        if (o) names.set(target, copyName(o.file, o.sheet, taken));
      }
  const relinked = scored.map((m) => ({
    ...m,
    rows: m.rows.map((row) =>
      row.map((cell) => (cell.link && names.has(cell.link.sheet) ? { ...cell, link: { ...cell.link, sheet: names.get(cell.link.sheet) as string } } : cell)),
    ),
  }));
  const copies = [...names].map(([sheet, name]) => sheetCopy(bySheet.get(sheet) as Sheet, name));
  return [...relinked, ...copies];
}
