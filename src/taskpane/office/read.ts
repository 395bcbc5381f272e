/**
 * Reading worksheets through Office.js in row chunks.
 *
 * What is read, and why only that:
 *  - `values` of each sheet's used range (`getUsedRangeOrNullObject(true)`: cells with values, not
 *    cells that only carry formatting). Dates arrive as Excel serial numbers and error cells as
 *    "#N/A"-style text; the ledger reader takes both (parseDate reads serials, error texts are
 *    recognised), so number formats are NOT loaded — they would double the response for nothing
 *    the scorer uses (the Lechang sample scores the same from serials as from exceljs's Dates).
 *  - merged areas of the first HEADER_WINDOW_ROWS rows only: the recogniser spreads a merged
 *    group-header cell across its columns when it looks for the header in the first 20 rows;
 *    merges further down change nothing it reads.
 *
 * Syncs: one "layout" sync loads every sheet's used-range address, its header merges and its first
 * rows (a probe); the remaining rows follow in chunks sized from the bytes per cell the probe
 * showed, several sheets per sync while they fit. A chunk Excel refuses as too large is retried
 * in halves (down to one row).
 */
import type { CellValue, Merge } from "../../core/grid";
import { isPayloadLimitError, jsonBytes, READ_SAFETY, READ_TARGET_BYTES } from "./payload";

/** Merged areas are read in rows 1..HEADER_WINDOW_ROWS (the recogniser scans the first 20). */
export const HEADER_WINDOW_ROWS = 25;
/** Cells read with the layout (all sheets together), spread over the sheets' first rows. */
export const PROBE_CELLS = 40_000;
/** Rows of a worksheet: a probe of this many rows is the whole used range. */
const MAX_ROWS = 1_048_576;
/** Assumed when nothing has been measured yet (a cell of ~20 CJK characters). */
export const DEFAULT_BYTES_PER_CELL = 64;

export interface ReadOptions {
  /** Bytes one response aims at (default READ_TARGET_BYTES). */
  targetBytes?: number;
  /** Read merged areas of the header rows (default true). */
  merges?: boolean;
  /** Rows read with the layout sync (default: PROBE_CELLS spread over the sheets, 10–500). */
  probeRows?: number;
  /**
   * Read every row with the layout sync (one sync for the whole read): for a workbook known to be
   * small. Should the response be refused as too large, the read goes on in chunks as usual.
   */
  whole?: boolean;
  /** Filled in: bytes of the values read (their JSON), to plan the next read. */
  stats?: { bytes: number };
  /** Queue extra loads into the layout sync. */
  withLayout?: () => void;
  /** Cells read so far of the total. */
  onProgress?: (done: number, total: number) => void;
  /** Something the reader could not do (merges of a sheet unreadable). */
  onWarning?: (message: string) => void;
}

export interface SheetValues {
  name: string;
  rows: CellValue[][];
  merges: Merge[];
}

const ERROR_TEXT = /^#(NULL!|DIV\/0!|VALUE!|REF!|NAME\?|NUM!|N\/A|GETTING_DATA|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|EXTERNAL!)$/;

/** A value as Office returns it → a grid value ("" → null, "#N/A" → {error}). */
export function toCellValue(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (typeof v === "string") return ERROR_TEXT.test(v) ? { error: v } : v;
  return String(v);
}

/** "Sheet1!A1:E1, 'a b'!A3:A4" → zero-based merges. */
export function parseAreas(address: string): Merge[] {
  const out: Merge[] = [];
  const re = /(?:^|,)\s*(?:(?:'(?:[^']|'')*'|[^,'!]*)!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?/g;
  const col = (s: string) => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  for (const m of address.matchAll(re)) {
    const top = Number(m[2]) - 1;
    const left = col(m[1]);
    const bottom = m[4] ? Number(m[4]) - 1 : top;
    const right = m[3] ? col(m[3]) : left;
    if (bottom > top || right > left) out.push({ top, left, bottom, right });
  }
  return out;
}

interface Cursor {
  name: string;
  rows: CellValue[][];
  col0: number;
  cols: number;
  next: number;
  end: number;
  bytesPerCell: number;
}

interface Piece {
  cur: Cursor;
  start: number;
  count: number;
}

function putRows(rows: CellValue[][], startRow: number, col0: number, values: unknown[][]): void {
  for (let i = 0; i < values.length; i++) {
    const src = values[i];
    const row: CellValue[] = new Array(col0 + src.length);
    for (let c = 0; c < col0; c++) row[c] = null;
    for (let j = 0; j < src.length; j++) row[col0 + j] = toCellValue(src[j]);
    while (row.length && row[row.length - 1] === null) row.pop();
    rows[startRow + i] = row;
  }
}

function finish(rows: CellValue[][]): CellValue[][] {
  for (let r = 0; r < rows.length; r++) if (!rows[r]) rows[r] = [];
  while (rows.length && rows[rows.length - 1].length === 0) rows.pop();
  return rows;
}

/**
 * Reads the values (and header merges) of the named sheets, which must exist. Uses one layout
 * sync plus one sync per chunk of rows (several small sheets share a chunk).
 */
export async function readSheetValues(ctx: Excel.RequestContext, names: string[], opts: ReadOptions = {}): Promise<Map<string, SheetValues>> {
  const target = opts.targetBytes ?? READ_TARGET_BYTES;
  const out = new Map<string, SheetValues>();
  if (names.length === 0) {
    if (opts.withLayout) {
      opts.withLayout();
      await ctx.sync();
    }
    return out;
  }
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let ws = sheets.get(name);
    if (!ws) sheets.set(name, (ws = ctx.workbook.worksheets.getItem(name)));
    return ws;
  };

  // --- Layout: used ranges, header merges and the first rows, in one sync ---------------------
  let probeRows = opts.whole ? MAX_ROWS : (opts.probeRows ?? Math.max(10, Math.min(500, Math.floor(PROBE_CELLS / (names.length * 16)))));
  let withMerges = opts.merges ?? true;
  type Layout = { used: Excel.Range; probe?: Excel.Range; merged?: Excel.RangeAreas };
  let layouts: Layout[] = [];
  for (;;) {
    layouts = names.map((name) => {
      const ws = sheet(name);
      const used = ws.getUsedRangeOrNullObject(true);
      used.load("rowIndex,columnIndex,rowCount,columnCount");
      const l: Layout = { used };
      if (probeRows > 0) {
        l.probe = used.getIntersectionOrNullObject(ws.getRange(`1:${probeRows}`));
        l.probe.load("values,rowIndex,rowCount");
      }
      if (withMerges) {
        l.merged = ws.getRange(`1:${HEADER_WINDOW_ROWS}`).getMergedAreasOrNullObject();
        l.merged.load("address");
      }
      return l;
    });
    opts.withLayout?.();
    try {
      await ctx.sync();
      break;
    } catch (e) {
      // Too much in the probe (or the whole read): the same without it. A failure reading merges (Excel refuses more
      // than 512 merged areas in one call): the same without merges.
      if (isPayloadLimitError(e) && probeRows > 0) probeRows = 0;
      else if (
        withMerges &&
        !isPayloadLimitError(e) &&
        /^(GeneralException|InvalidOperation|InvalidArgument|ApiNotFound|NotImplemented)$/.test(String((e as { code?: string }).code))
      ) {
        withMerges = false;
        opts.onWarning?.("未能读取表头的合并单元格，按未合并处理 / merged header cells could not be read and are treated as unmerged");
      } else throw e;
    }
  }

  // --- Probe rows and the plan for the rest ------------------------------------------------------
  const cursors: Cursor[] = [];
  let total = 0;
  let done = 0;
  let measured = 0;
  names.forEach((name, i) => {
    const l = layouts[i];
    const sv: SheetValues = { name, rows: [], merges: l.merged && !l.merged.isNullObject ? parseAreas(l.merged.address) : [] };
    out.set(name, sv);
    if (l.used.isNullObject) return;
    const r0 = l.used.rowIndex;
    const end = r0 + l.used.rowCount;
    const cols = l.used.columnCount;
    total += l.used.rowCount * cols;
    const cur: Cursor = { name, rows: sv.rows, col0: l.used.columnIndex, cols, next: r0, end, bytesPerCell: 0 };
    if (l.probe && !l.probe.isNullObject) {
      const values = l.probe.values;
      putRows(sv.rows, l.probe.rowIndex, cur.col0, values);
      const cells = l.probe.rowCount * cols;
      const bytes = cells > 0 ? jsonBytes(values) : 0;
      if (opts.stats) opts.stats.bytes += bytes;
      if (cells > 0) cur.bytesPerCell = bytes / cells;
      measured = Math.max(measured, cur.bytesPerCell);
      cur.next = l.probe.rowIndex + l.probe.rowCount;
      done += cells;
    }
    if (cur.next < cur.end) cursors.push(cur);
  });
  opts.onProgress?.(done, total);
  for (const c of cursors) if (c.bytesPerCell === 0) c.bytesPerCell = measured || DEFAULT_BYTES_PER_CELL;

  // --- The remaining rows, one sync per chunk ----------------------------------------------------
  const runBatch = async (pieces: Piece[]): Promise<void> => {
    const ranges = pieces.map((p) => {
      const r = sheet(p.cur.name).getRangeByIndexes(p.start, p.cur.col0, p.count, p.cur.cols);
      r.load("values");
      return r;
    });
    try {
      await ctx.sync();
    } catch (e) {
      if (!isPayloadLimitError(e)) throw e;
      for (const p of pieces) p.cur.bytesPerCell *= 2;
      if (pieces.length > 1) {
        const mid = Math.ceil(pieces.length / 2);
        await runBatch(pieces.slice(0, mid));
        await runBatch(pieces.slice(mid));
        return;
      }
      const p = pieces[0];
      if (p.count <= 1) throw e;
      const half = Math.ceil(p.count / 2);
      await runBatch([{ cur: p.cur, start: p.start, count: half }]);
      await runBatch([{ cur: p.cur, start: p.start + half, count: p.count - half }]);
      return;
    }
    pieces.forEach((p, i) => {
      const values = ranges[i].values;
      putRows(p.cur.rows, p.start, p.cur.col0, values);
      const cells = p.count * p.cur.cols;
      const bytes = jsonBytes(values);
      if (opts.stats) opts.stats.bytes += bytes;
      p.cur.bytesPerCell = Math.max(p.cur.bytesPerCell, bytes / cells);
      done += cells;
    });
    opts.onProgress?.(done, total);
  };

  let k = 0;
  while (k < cursors.length) {
    const pieces: Piece[] = [];
    let budget = target;
    while (k < cursors.length) {
      const cur = cursors[k];
      const perRow = cur.bytesPerCell * READ_SAFETY * cur.cols;
      let count = Math.min(cur.end - cur.next, Math.floor(budget / perRow));
      if (count < 1) {
        if (pieces.length) break;
        count = 1;
      }
      pieces.push({ cur, start: cur.next, count });
      cur.next += count;
      budget -= count * perRow;
      if (cur.next >= cur.end) k++;
      else break;
    }
    await runBatch(pieces);
  }

  for (const sv of out.values()) finish(sv.rows);
  return out;
}
