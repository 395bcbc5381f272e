/**
 * The scoring fingerprint: what a score was computed from, kept in the scored workbook as a hidden
 * sheet of plain values (`_ecom_fingerprint`) so that `ecom-score verify` and the pane's 检查 can
 * later tell whether the points still follow from the ledgers in the file.
 *
 * Per sheet handed to scoring: its name, recognised kind, header row, row count, one short hash per
 * row (FNV-1a, so a changed, deleted or added row can be named) and a SHA-256 over all of it. Then
 * the rubric id, the cut-off, the program version and the report's points per indicator, with the
 * value written in the 自评得分 cell (to tell points typed over by hand). Pure: no I/O.
 */
import { isCellError, type CellValue, type Sheet, type WorkbookGrids } from "../core/grid";
import type { Recognition } from "../ledger/recognize";
import type { ScoreReport } from "../scoring/report";
import { FINGERPRINT_SHEET, INDICATOR_SHEET, TOTAL_ROW_ID, numberCell, textCell, type CellModel, type SheetModel } from "../table/model";
import { FNV1A_OFFSET, fnv1a32, fnv1aUnit, fnv1aUnits, hex8, sha256 } from "./hash";

export { FINGERPRINT_SHEET };
/** Bumped when the layout or the canonical cell text changes; an unknown format is not verified. */
export const FINGERPRINT_FORMAT = 1;
export const FINGERPRINT_HEADER = ["记录", "名称", "值", "值2", "值3", "值4", "值5", "值6"];
/** Row hashes per cell: 2000 × 9 characters stays far below Excel's 32767 per cell. */
const HASHES_PER_CELL = 2000;

export interface SheetPrint {
  name: string;
  /** The recognised ledger kind, "" when the sheet was not recognised. */
  kind: string;
  /** One-based header row, 0 when none. */
  headerRow: number;
  /** The header row's texts, joined by " | " (for display). */
  header: string;
  /** Rows up to the last non-empty one. */
  rows: number;
  hidden: boolean;
  /** FNV-1a of each row's canonical text, rows[0] is Excel row 1. */
  rowHashes: string[];
  /** SHA-256 over the name, hidden state, header row and row hashes. */
  hash: string;
}

export interface PointsPrint {
  id: string;
  points: number;
  /** What the 自评得分 cell said when written (a number, or 否决 / 未触发 on a veto row). */
  written: string | number | null;
}

export interface Fingerprint {
  format: number;
  program: string;
  rubric: string;
  asOf: string;
  county: string | null;
  total: number;
  bonus: number;
  vetoed: boolean;
  points: PointsPrint[];
  sheets: SheetPrint[];
  /** Mappings given for this run only (a --mapping file), as JSON, so a re-score uses them too. */
  options?: string;
}

/** Excel's day count for a JS date read at UTC midnight (how every adapter reads dates). */
function serial(d: Date): number {
  const days = d.getTime() / 86400000;
  // A date at midnight (every ledger date) is a whole day count: no rounding to do.
  if (Number.isInteger(days)) return days + 25569;
  return Number((days + 25569).toFixed(8));
}

/**
 * The text a cell is hashed as. Dates become Excel serial numbers, so a reader that gives a Date
 * (exceljs) and one that gives the serial (Office.js) hash alike; trailing blanks are dropped.
 */
export function canonicalCell(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") {
    // Only a text of blanks is blank: one that starts with anything else is itself (no trimmed copy).
    const c = v.charCodeAt(0);
    if (c > 0x20 && c < 0x7f) return v;
    if (c >= 0x4e00 && c <= 0x9fff) return v;
    return v.trim() === "" ? "" : v;
  }
  if (typeof v === "number") {
    if (!Number.isFinite(v)) return "";
    // A whole number is its own text at 10 decimals (most ledger numbers): no toFixed round trip.
    return Number.isInteger(v) && Math.abs(v) < 1e21 ? String(v) : String(Number(v.toFixed(10)));
  }
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "" : String(serial(v));
  if (isCellError(v)) return `#${v.error.replace(/^#/, "")}`;
  return "";
}

const UNIT_SEPARATOR = 0x1f;

/**
 * A row's hash: fnv1a32 of its canonical text, the canonicalCell texts up to the last filled cell
 * joined by U+001F. Hashed cell by cell, so a 300,000-row sheet's rows are never all joined into
 * strings at once. A blank row gives -1.
 */
function rowHash(row: CellValue[] | undefined): number {
  if (!row) return -1;
  let h = FNV1A_OFFSET;
  /** Cells hashed so far, counting blank ones before a filled cell (their separators go in then). */
  let emitted = 0;
  for (let c = 0; c < row.length; c++) {
    const t = canonicalCell(row[c]);
    if (t === "") continue;
    for (; emitted <= c; emitted++) if (emitted > 0) h = fnv1aUnit(h, UNIT_SEPARATOR);
    h = fnv1aUnits(h, t);
  }
  return emitted === 0 ? -1 : h >>> 0;
}

export function sheetPrint(sheet: Sheet, rec?: Recognition): SheetPrint {
  const hashes: number[] = [];
  let rows = 0;
  for (let r = 0; r < sheet.rows.length; r++) {
    const h = rowHash(sheet.rows[r]);
    hashes.push(h);
    if (h !== -1) rows = r + 1;
  }
  // A blank row inside the sheet hashes as the empty text does; blank rows at the end are dropped.
  const empty = fnv1a32("");
  const rowHashes = new Array<string>(rows);
  for (let r = 0; r < rows; r++) rowHashes[r] = hashes[r] === -1 ? empty : hex8(hashes[r]);
  const kind = rec?.kind ?? "";
  const headerRow = rec?.kind && rec.kind !== "facts" && !rec.sideways ? rec.headerRow + 1 : 0;
  const header = headerRow
    ? (sheet.rows[headerRow - 1] ?? [])
        .map((v) => canonicalCell(v).replace(/\s+/g, ""))
        .filter((t) => t !== "")
        .join(" | ")
        .slice(0, 1000)
    : "";
  const hidden = sheet.hidden === true;
  const hash = sha256([sheet.name, hidden ? "hidden" : "visible", String(rows), rowHashes.join("")].join("\n"));
  return { name: sheet.name, kind, headerRow, header, rows, hidden, rowHashes, hash };
}

export interface FingerprintMeta {
  program: string;
  /** Mappings given for this run only, as JSON. */
  options?: string;
}

/**
 * The fingerprint of one scoring run: `sheets` are the sheets scoring was handed (under their real
 * names), `recognitions` what the reader made of them, `indicatorModel` the table written.
 */
export function computeFingerprint(sheets: Sheet[], recognitions: Recognition[], report: ScoreReport, meta: FingerprintMeta, indicatorModel?: SheetModel): Fingerprint {
  const recs = new Map(recognitions.map((r) => [r.sheet, r]));
  const written = indicatorModel ? writtenPoints(indicatorModel) : new Map<string, string | number | null>();
  const fp: Fingerprint = {
    format: FINGERPRINT_FORMAT,
    program: meta.program,
    rubric: report.rubric,
    asOf: report.asOf,
    county: report.county,
    total: report.total,
    bonus: report.bonus,
    vetoed: report.vetoed,
    points: [
      ...report.indicators.map((i) => ({ id: i.id, points: i.points, written: written.has(i.id) ? (written.get(i.id) as string | number | null) : null })),
      { id: TOTAL_ROW_ID, points: report.total, written: written.get(TOTAL_ROW_ID) ?? null },
    ],
    sheets: sheets.map((s) => sheetPrint(s, recs.get(s.name))),
  };
  if (meta.options) fp.options = meta.options;
  return fp;
}

/** An alias the scoring run gave a sheet (see xlsx gridsForScoring) → the sheet's real name. */
export function realSheetName(aliases: Map<string, string>): (name: string) => string {
  return (name) => aliases.get(name) ?? name;
}

/**
 * The fingerprint of a run that scored the grids under aliases (the bureau's sheets named like the
 * tool's): recorded under the sheets' real names, which is how verify finds them again.
 */
export function fingerprintUnderRealNames(
  scoring: { grids: WorkbookGrids; aliases: Map<string, string> },
  recognitions: Recognition[],
  report: ScoreReport,
  meta: FingerprintMeta,
  indicatorModel?: SheetModel,
): Fingerprint {
  const real = realSheetName(scoring.aliases);
  return computeFingerprint(
    scoring.grids.sheets.map((s) => ({ ...s, name: real(s.name) })),
    recognitions.map((r) => ({ ...r, sheet: real(r.sheet) })),
    report,
    meta,
    indicatorModel,
  );
}

/** 指标编号 → the 自评得分 cell's value in an indicator-table model. */
function writtenPoints(model: SheetModel): Map<string, string | number | null> {
  const header = model.rows[model.headerRow] ?? [];
  const idCol = model.idColumn ?? header.findIndex((c) => c.value === "指标编号");
  const scoreCol = header.findIndex((c) => c.value === "自评得分");
  const out = new Map<string, string | number | null>();
  if (idCol < 0 || scoreCol < 0) return out;
  for (let r = model.headerRow + 1; r < model.rows.length; r++) {
    const id = model.rows[r][idCol]?.value;
    if (typeof id === "string" && id) out.set(id, model.rows[r][scoreCol]?.value ?? null);
  }
  return out;
}

/** The hidden sheet of plain values; any writer (exceljs, Office.js, the package writer) writes it. */
export function fingerprintSheet(fp: Fingerprint): SheetModel {
  const width = FINGERPRINT_HEADER.length;
  const rows: CellModel[][] = [];
  const cell = (v: string | number | boolean | null): CellModel =>
    v === null ? { value: null } : typeof v === "number" ? numberCell(v, "text") : textCell(typeof v === "boolean" ? (v ? "是" : "否") : v);
  const push = (...values: (string | number | boolean | null)[]) => {
    const row = values.map(cell);
    while (row.length < width) row.push({ value: null });
    rows.push(row);
  };
  push(...FINGERPRINT_HEADER);
  push("format", "ecom-score fingerprint", fp.format);
  push("program", "ecom-score", fp.program);
  push("rubric", fp.rubric);
  push("asOf", fp.asOf);
  push("county", fp.county ?? "");
  push("total", "合计", fp.total, fp.bonus, fp.vetoed);
  for (const p of fp.points) push("points", p.id, p.points, p.written);
  for (const s of fp.sheets) {
    push("sheet", s.name, s.kind, s.headerRow, s.rows, `sha256:${s.hash}`, s.hidden, s.header);
    for (let i = 0; i < s.rowHashes.length; i += HASHES_PER_CELL) {
      // "h:" keeps a cell of digits from being taken for a number by any writer.
      push("rows", s.name, i + 1, `h:${s.rowHashes.slice(i, i + HASHES_PER_CELL).join(" ")}`);
    }
  }
  if (fp.options) push("options", "mappings", fp.options);
  return {
    name: FINGERPRINT_SHEET,
    hidden: true,
    columns: FINGERPRINT_HEADER.map((h, i) => ({ header: h, width: i === 0 ? 10 : 20 })),
    rows,
    headerRow: 0,
    merges: [],
    freeze: { rows: 1, cols: 0 },
    print: { paper: "A4", landscape: false, fitToWidth: true, margins: { left: 0.5, right: 0.5, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 } },
    rowHeights: [],
  };
}

/** A fingerprint sheet's header-only model: how the tool recognises its own sheet by name and header. */
export function fingerprintTemplate(): SheetModel {
  const full = fingerprintSheet({
    format: FINGERPRINT_FORMAT,
    program: "",
    rubric: "",
    asOf: "",
    county: null,
    total: 0,
    bonus: 0,
    vetoed: false,
    points: [],
    sheets: [],
  });
  return { ...full, rows: full.rows.slice(0, 1) };
}

export type ParsedFingerprint = { ok: true; fingerprint: Fingerprint } | { ok: false; problem: string };

const str = (v: CellValue | undefined) => (v === null || v === undefined ? "" : v instanceof Date ? String(serial(v)) : isCellError(v) ? v.error : String(v));
const num = (v: CellValue | undefined) => (typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" && Number.isFinite(Number(v)) ? Number(v) : NaN);

/** Reads the hidden sheet back; a sheet that is not one, or of an unknown format, says why. */
export function parseFingerprintSheet(sheet: Sheet | undefined): ParsedFingerprint {
  if (!sheet)
    return {
      ok: false,
      problem: `没有指纹表“${FINGERPRINT_SHEET}”：该工作簿不是本程序评分的副本，或由不记录指纹的旧版本评分，无法核对；请用当前版本重新评分 / no fingerprint sheet: not a scored copy, or scored by a version without fingerprints`,
    };
  const records = sheet.rows.slice(1);
  const first = (key: string) => records.find((r) => str(r[0]) === key);
  const format = num(first("format")?.[2]);
  if (!Number.isFinite(format)) return { ok: false, problem: `指纹表“${sheet.name}”缺少格式行，无法核对 / the fingerprint sheet has no format row` };
  if (format > FINGERPRINT_FORMAT)
    return {
      ok: false,
      problem: `指纹表由更新的版本写出（格式 ${format}），本版本只认格式 ${FINGERPRINT_FORMAT}；请用新版本核对 / fingerprint format ${format} is newer than this version's ${FINGERPRINT_FORMAT}`,
    };
  const total = first("total");
  const fp: Fingerprint = {
    format,
    program: str(first("program")?.[2]),
    rubric: str(first("rubric")?.[1]),
    asOf: str(first("asOf")?.[1]),
    county: str(first("county")?.[1]) || null,
    total: num(total?.[2]),
    bonus: num(total?.[3]),
    vetoed: str(total?.[4]) === "是",
    points: [],
    sheets: [],
  };
  const byName = new Map<string, SheetPrint>();
  for (const r of records) {
    const key = str(r[0]);
    if (key === "points") {
      const w = r[3];
      fp.points.push({ id: str(r[1]), points: num(r[2]), written: typeof w === "number" ? w : w === null || w === undefined || str(w) === "" ? null : str(w) });
    } else if (key === "sheet") {
      const s: SheetPrint = {
        name: str(r[1]),
        kind: str(r[2]),
        headerRow: num(r[3]) || 0,
        rows: num(r[4]) || 0,
        hash: str(r[5]).replace(/^sha256:/, ""),
        hidden: str(r[6]) === "是",
        header: str(r[7]),
        rowHashes: [],
      };
      fp.sheets.push(s);
      byName.set(s.name, s);
    } else if (key === "rows") {
      const s = byName.get(str(r[1]));
      const at = num(r[2]);
      if (!s || !Number.isFinite(at)) continue;
      const hashes = str(r[3]).replace(/^h:/, "").split(" ").filter(Boolean);
      hashes.forEach((h, i) => (s.rowHashes[at - 1 + i] = h));
    } else if (key === "options") {
      fp.options = str(r[2]);
    }
  }
  if (!fp.rubric || !fp.asOf || fp.points.length === 0)
    return { ok: false, problem: `指纹表“${sheet.name}”不完整（缺少指标体系、截止日期或得分），无法核对 / the fingerprint sheet is incomplete` };
  for (const s of fp.sheets)
    if (s.rowHashes.length !== s.rows)
      return {
        ok: false,
        problem: `指纹表中工作表“${s.name}”的行记录不完整（${s.rowHashes.length}/${s.rows}），无法核对 / the fingerprint's row hashes of a sheet are incomplete`,
      };
  return { ok: true, fingerprint: fp };
}

/** The indicator table's name the fingerprint's `written` values belong to. */
export const FINGERPRINTED_TABLE = INDICATOR_SHEET;
