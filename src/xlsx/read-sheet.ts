/**
 * One worksheet part → one grid, parsed as its XML streams in (nothing of the XML is kept): values
 * as the ledger reader wants them (shared, inline and rich strings as text; numbers; booleans;
 * errors; formulas' cached results; numbers in date-formatted cells as Dates), merged ranges, number
 * formats, and the few things the scored copy must warn about (links inside the workbook,
 * sparklines).
 *
 * The values are the ones the exceljs adapter produced (test/xlsx/read-equivalence.test.ts
 * compares both over every workbook the tests know); where exceljs was wrong the difference is
 * said below.
 */
import type { CellValue, Merge, Sheet } from "../core/grid";
import { decodeExcelEscapes } from "./read-xml";
import { fastXmlParser } from "./read-scan";
import type { CellStyles } from "./read-styles";

export interface SheetReadOptions {
  name: string;
  hidden: boolean;
  strings: readonly string[];
  styles: CellStyles;
  date1904: boolean;
  /** Relationship id → target, for hyperlinks that point outside the workbook. */
  links: ReadonlyMap<string, string>;
  /** Keep number formats in the grid (the ledger reader does not use them). */
  formats: boolean;
}

export interface SheetRead {
  sheet: Sheet;
  /** Formula cells without a cached result (read as blank). */
  noResult: number;
  sparklines: boolean;
  internalLinks: boolean;
}

const MS_PER_DAY = 24 * 3600 * 1000;

/** An Excel serial → a Date (UTC midnight for a whole day), rounded to the millisecond; undefined when no Date can hold it. */
export function serialToDate(serial: number, date1904: boolean): Date | undefined {
  const d = new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * MS_PER_DAY));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Zero-based column of an A1 reference ("AB12" → 27); -1 when it has no letters. */
function refColumn(ref: string): number {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else if (c !== 36) break; // "$"
  }
  return col - 1;
}

function refRow(ref: string): number {
  const m = /(\d+)$/.exec(ref);
  return m ? Number(m[1]) - 1 : -1;
}

function parseRange(ref: string): Merge | undefined {
  const [a, b = a] = ref.split(":");
  const r1 = refRow(a);
  const r2 = refRow(b);
  const c1 = refColumn(a);
  const c2 = refColumn(b);
  if (r1 < 0 || r2 < 0 || c1 < 0 || c2 < 0) return undefined;
  return { top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) };
}

/** A number as a grid value: finite numbers only; in a date format, a Date when one can hold it. */
function numberValue(n: number, dateStyle: boolean, date1904: boolean): CellValue {
  if (!Number.isFinite(n)) return null;
  if (!dateStyle) return n;
  return serialToDate(n, date1904) ?? n;
}

/** What a cell element held, collected between <c> and </c>. */
interface CellState {
  row: number;
  col: number;
  t: string | undefined;
  s: number;
  formula: boolean;
  v: string | undefined;
  /** Inline string text (<is>), runs joined. */
  inline: string | undefined;
}

export interface SheetParser {
  write(text: string): void;
  end(): SheetRead;
}

/** A streaming parser for one worksheet part: feed it the XML text piece by piece. */
export function sheetParser(part: string, o: SheetReadOptions): SheetParser {
  const rows: CellValue[][] = [];
  const formats: (string | undefined)[][] = [];
  const merges: Merge[] = [];
  const links: { ref: string; target: string }[] = [];
  /** Formula cells without a result, as row/col pairs (a merge or a link may take them back). */
  const noResult: number[] = [];
  let sparklines = false;
  let internalLinks = false;

  let rowIndex = -1;
  let lastCol = -1;
  let cell: CellState | undefined;
  // Which element's text is being collected: v, f, the <t> of an inline string (not of its phonetic run).
  let collect: "v" | "f" | "t" | undefined;
  let inInline = false;
  let inPhonetic = false;
  let fText = "";

  const put = (r: number, c: number, value: CellValue) => {
    let row = rows[r];
    if (!row) {
      while (rows.length < r) rows.push([]);
      row = rows[r] = [];
    }
    while (row.length < c) row.push(null);
    row[c] = value;
  };

  const finishCell = (x: CellState) => {
    const valued = x.formula || x.v !== undefined || x.inline !== undefined;
    if (!valued) return;
    const dateStyle = x.s > 0 && o.styles.date[x.s] === true;
    let value: CellValue = null;
    if (x.formula) {
      // A formula's cached result, typed by t (`<v>` empty or missing: no result saved).
      if (x.v === undefined || x.v === "") {
        noResult.push(x.row, x.col);
      } else if (x.t === "str") value = x.v;
      else if (x.t === "b") value = parseInt(x.v, 10) !== 0;
      else if (x.t === "e") value = { error: x.v };
      else value = numberValue(parseFloat(x.v), dateStyle, o.date1904);
    } else {
      switch (x.t) {
        case "s":
          value = o.strings[parseInt(x.v ?? "", 10)] ?? null;
          break;
        case "inlineStr":
          value = x.inline ?? null;
          break;
        case "str":
          value = x.v ?? null;
          break;
        case "b":
          value = parseInt(x.v ?? "", 10) !== 0;
          break;
        case "e":
          value = { error: x.v ?? "" };
          break;
        case "d": {
          // An ISO 8601 date cell (rare; LibreOffice can write them).
          const d = new Date(x.v ?? "");
          value = Number.isNaN(d.getTime()) ? (x.v ?? null) : d;
          break;
        }
        default:
          value = numberValue(parseFloat(x.v ?? ""), dateStyle, o.date1904);
      }
    }
    if (value !== null) put(x.row, x.col, value);
    if (o.formats && x.s > 0) {
      const nf = o.styles.format[x.s];
      if (nf && nf !== "General") {
        let f = formats[x.row];
        if (!f) {
          while (formats.length < x.row) formats.push([]);
          f = formats[x.row] = [];
        }
        f[x.col] = nf;
      }
    }
  };

  const xml = fastXmlParser(part, {
    open(name, a) {
      switch (name) {
        case "c": {
          const ref = a.r;
          const col = ref ? refColumn(ref) : lastCol + 1;
          lastCol = col;
          // A cell's own row number wins over a row without one.
          const row = rowIndex >= 0 ? rowIndex : ref ? refRow(ref) : 0;
          cell = { row, col, t: a.t, s: a.s ? parseInt(a.s, 10) || 0 : 0, formula: false, v: undefined, inline: undefined };
          fText = "";
          return;
        }
        case "v":
          if (cell) collect = "v";
          return;
        case "f":
          if (cell) {
            collect = "f";
            // A shared formula's other cells carry only t="shared" and si.
            if (a.t !== undefined) cell.formula = true;
          }
          return;
        case "row":
          rowIndex = a.r ? parseInt(a.r, 10) - 1 : rowIndex + 1;
          lastCol = -1;
          return;
        case "is":
          inInline = true;
          return;
        case "rPh":
          inPhonetic = true;
          return;
        case "t":
          if (inInline && !inPhonetic && cell) {
            collect = "t";
            cell.inline ??= "";
          }
          return;
        case "mergeCell": {
          const m = a.ref ? parseRange(a.ref) : undefined;
          if (m) merges.push(m);
          return;
        }
        case "hyperlink": {
          if (a.location !== undefined) internalLinks = true;
          const target = a["r:id"] !== undefined ? o.links.get(a["r:id"]) : undefined;
          if (a.ref && target !== undefined) links.push({ ref: a.ref, target });
          return;
        }
        case "sparklineGroup":
          sparklines = true;
          return;
        default:
          return;
      }
    },
    text(t) {
      if (collect === undefined || !cell) return;
      if (collect === "v") cell.v = cell.v === undefined ? t : cell.v + t;
      else if (collect === "f") fText += t;
      else cell.inline += t;
    },
    close(name) {
      switch (name) {
        case "c":
          if (cell) {
            if (fText !== "") cell.formula = true;
            finishCell(cell);
          }
          cell = undefined;
          collect = undefined;
          return;
        case "v":
        case "f":
          collect = undefined;
          return;
        case "t":
          if (collect === "t" && cell?.inline !== undefined) cell.inline = decodeExcelEscapes(cell.inline);
          if (collect === "t") collect = undefined;
          return;
        case "is":
          inInline = false;
          return;
        case "rPh":
          inPhonetic = false;
          return;
        case "row":
          return;
        default:
          return;
      }
    },
  });

  return {
    write: (text) => xml.write(text),
    end(): SheetRead {
      xml.end();
      return finish(o, rows, formats, merges, links, noResult, sparklines, internalLinks);
    },
  };
}

/** Links, then merges, then trimming: the order in which exceljs applied them. */
function finish(
  o: SheetReadOptions,
  rows: CellValue[][],
  formats: (string | undefined)[][],
  merges: Merge[],
  links: { ref: string; target: string }[],
  noResultCells: number[],
  sparklines: boolean,
  internalLinks: boolean,
): SheetRead {
  const pending = new Set<string>();
  for (let i = 0; i < noResultCells.length; i += 2) pending.add(`${noResultCells[i]},${noResultCells[i + 1]}`);
  // A cell linked outside the workbook reads as its text, or as the link itself when it shows none.
  for (const { ref, target } of links) {
    const r = refRow(ref);
    const c = refColumn(ref);
    if (r < 0 || c < 0 || ref.includes(":")) continue;
    const v = rows[r]?.[c];
    const text = v === null || v === undefined ? "" : String(v);
    pending.delete(`${r},${c}`);
    if (v === null || v === undefined) {
      // A linked cell showing nothing reads as the link. (The exceljs adapter did so only for a cell
      // the XML lists, and kept its number format: the sheet is gone by the time links are read.)
      const row = rows[r] ?? (rows[r] = []);
      while (row.length < c) row.push(null);
      row[c] = target;
    } else if (text !== "") {
      rows[r][c] = text;
    } else {
      rows[r][c] = target;
    }
  }
  // Only the top-left cell of a merged range holds a value (Excel shows nothing else).
  const seen = new Set<string>();
  const unique: Merge[] = [];
  for (const m of merges) {
    const key = `${m.top},${m.left}`;
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(m);
    for (let r = m.top; r <= m.bottom && r < Math.max(rows.length, formats.length); r++) {
      const row = rows[r];
      const fmt = formats[r];
      const right = Math.min(m.right, Math.max(row?.length ?? 0, fmt?.length ?? 0) - 1);
      for (let c = m.left; c <= right; c++) {
        if (r === m.top && c === m.left) continue;
        if (row && c < row.length) row[c] = null;
        if (fmt && c < fmt.length) fmt[c] = undefined;
      }
    }
    if (pending.size) {
      for (const key of [...pending]) {
        const [r, c] = key.split(",").map(Number);
        if (r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && !(r === m.top && c === m.left)) pending.delete(key);
      }
    }
  }
  unique.sort((a, b) => a.top - b.top || a.left - b.left);
  for (let r = 0; r < rows.length; r++) {
    const row = rows[r];
    if (!row) {
      rows[r] = [];
      continue;
    }
    let n = row.length;
    while (n > 0 && (row[n - 1] === null || row[n - 1] === undefined)) n--;
    row.length = n;
    for (let c = 0; c < n; c++) if (row[c] === undefined) row[c] = null;
  }
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  const sheet: Sheet = { name: o.name, rows };
  if (unique.length) sheet.merges = unique;
  let anyFormat = false;
  for (let r = 0; r < formats.length; r++) {
    const f = formats[r];
    if (!f) {
      formats[r] = [];
      continue;
    }
    let n = f.length;
    while (n > 0 && f[n - 1] === undefined) n--;
    f.length = n;
    if (n) anyFormat = true;
  }
  while (formats.length && formats[formats.length - 1].length === 0) formats.pop();
  if (anyFormat) sheet.formats = formats;
  if (o.hidden) sheet.hidden = true;
  return { sheet, noResult: pending.size, sparklines, internalLinks };
}
