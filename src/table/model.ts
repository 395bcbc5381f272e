/**
 * The table model: ONE description of the scored sheets (indicator table, breakdown, diagnostics)
 * from which every writer renders — the package writer (src/xlsx, used by src/node/write-xlsx.ts) and the Office.js
 * writer of the add-in. Pure data: no I/O, no exceljs, no Office.
 *
 * Writers' contract (read this before writing a writer):
 *  - A cell's `value` is a LITERAL. A string is text, always — never a formula, whatever it starts
 *    with. Cells whose text starts with = + - @ carry `forceText: true` and the numFmt "@"; an
 *    Office.js writer must set the number format "@" before the values (or write them through
 *    `Range.values` with a leading apostrophe). exceljs stores a plain string as a string; it must
 *    never be given `{ formula }`.
 *  - Numbers are written as numbers with `numFmt` when given.
 *  - A `formula` is written as a formula ONLY from this field, which the table builder sets itself
 *    (the 考评得分 total); `value` is then the result it computes to, written as the cached value.
 *    No text from a workbook or a report ever becomes a formula.
 *  - Links are internal hyperlinks to another sheet of the same workbook.
 *  - Rows and columns are zero-based here; Excel row = index + 1.
 */
import type { Merge } from "../core/grid";

/** The stable sheet names (an interface: the add-in, the CLI and reviewers rely on them). */
export const INDICATOR_SHEET = "考评指标自评表";
export const BREAKDOWN_SHEET = "评分明细";
export const DIAGNOSTICS_SHEET = "诊断信息";
export const SCORED_SHEET_NAMES: readonly string[] = [INDICATOR_SHEET, BREAKDOWN_SHEET, DIAGNOSTICS_SHEET];
/** The hidden record of what a score was computed from (src/review/fingerprint.ts). */
export const FINGERPRINT_SHEET = "_ecom_fingerprint";
/** The reviewers' inspection sample (src/review/sample-sheet.ts). */
export const SAMPLE_SHEET = "抽查清单";
/** Every sheet the tool may write: never read as a ledger when it carries the tool's header row. */
export const TOOL_SHEET_NAMES: readonly string[] = [...SCORED_SHEET_NAMES, FINGERPRINT_SHEET, SAMPLE_SHEET];

/** Header texts of the indicator table (also stable: mergeReviewerInput matches by them). */
export const COL = {
  group: "工作任务",
  name: "评价指标名称",
  weight: "权重（%）",
  explanation: "指标解释",
  criteria: "评分标准",
  evidence: "评价方式及佐证材料",
  selfScore: "自评得分",
  claimed: "填报自评",
  basis: "计算依据",
  source: "数据来源",
  reviewScore: "考评得分",
  reviewOpinion: "考评意见",
  id: "指标编号",
} as const;

/** The id written in the 指标编号 cell of the 合计 row. */
export const TOTAL_ROW_ID = "total";

/** Named styles; each writer maps a name to its own formatting API through STYLES. */
export type StyleName =
  | "title"
  | "header"
  | "group"
  | "text"
  | "center"
  | "number"
  | "points"
  | "pointsMissing"
  | "claimed"
  | "claimDiffers"
  | "vetoed"
  | "notVetoed"
  | "link"
  | "reviewer"
  | "id"
  | "totalLabel"
  | "total"
  | "totalVetoed"
  | "note"
  | "error"
  | "warning"
  | "info";

export interface StyleSpec {
  bold?: boolean;
  italic?: boolean;
  /** Font size in points; 10 when absent. */
  size?: number;
  /** Font colour, RRGGBB. */
  color?: string;
  underline?: boolean;
  /** Solid fill, RRGGBB. */
  fill?: string;
  hAlign: "left" | "center" | "right";
  vAlign: "top" | "middle";
  wrap: boolean;
  /** Thin border on all four sides. */
  border: boolean;
}

export const BODY_FONT_SIZE = 10;

const body = { hAlign: "left", vAlign: "middle", wrap: true, border: true } as const;

export const STYLES: Record<StyleName, StyleSpec> = {
  title: { bold: true, size: 14, hAlign: "center", vAlign: "middle", wrap: true, border: false },
  header: { ...body, bold: true, fill: "D9E1F2", hAlign: "center" },
  group: { ...body, bold: true, hAlign: "center" },
  text: { ...body },
  center: { ...body, hAlign: "center" },
  number: { ...body, hAlign: "right" },
  points: { ...body, bold: true, hAlign: "center" },
  pointsMissing: { ...body, bold: true, hAlign: "center", color: "C00000", fill: "FCE4D6" },
  claimed: { ...body, hAlign: "center" },
  // A claim the ledgers do not support: Excel's "bad" look, so a reviewer sees it first.
  claimDiffers: { ...body, bold: true, hAlign: "center", color: "9C0006", fill: "FFC7CE" },
  vetoed: { ...body, bold: true, hAlign: "center", color: "FFFFFF", fill: "C00000" },
  notVetoed: { ...body, hAlign: "center", color: "375623" },
  link: { ...body, color: "0563C1", underline: true },
  reviewer: { ...body, fill: "FFF2CC" },
  id: { ...body, size: 8, color: "808080" },
  totalLabel: { ...body, bold: true, hAlign: "center", fill: "F2F2F2" },
  total: { ...body, bold: true, size: 12, hAlign: "center", fill: "F2F2F2" },
  totalVetoed: { ...body, bold: true, size: 12, hAlign: "center", color: "FFFFFF", fill: "C00000" },
  note: { hAlign: "left", vAlign: "top", wrap: true, border: false, italic: true, color: "595959" },
  error: { ...body, bold: true, hAlign: "center", color: "C00000", fill: "FCE4D6" },
  warning: { ...body, hAlign: "center", color: "9C5700", fill: "FFEB9C" },
  info: { ...body, hAlign: "center", color: "1F4E78" },
};

/** An internal hyperlink: a sheet of this workbook and an A1 cell or range ("A5" or "A5:A141"). */
export interface LinkTarget {
  sheet: string;
  cell: string;
}

export interface CellModel {
  /** A literal value; strings are text, never formulas (see the writers' contract above). */
  value: string | number | null;
  style?: StyleName;
  link?: LinkTarget;
  /** Excel number format ("0%", "@"). */
  numFmt?: string;
  /** The text starts with = + - @ and must be stored as text (numFmt is "@" too). */
  forceText?: boolean;
  /** A formula set by the builder (without "="); `value` holds its computed result. */
  formula?: string;
  /** Left editable when the sheet is protected (the reviewer's cells). */
  unlocked?: boolean;
}

export interface ColumnModel {
  /** Header text (also the key a re-scoring matches reviewer columns by). */
  header: string;
  /** Width in Excel character units (the width of "0"; a CJK character counts 2). */
  width: number;
  hidden?: boolean;
  /** A technical column (指标编号) left out of the print area. */
  noPrint?: boolean;
}

export interface PrintModel {
  paper: "A4";
  landscape: boolean;
  /** Fit all columns on one page width; any number of pages down. */
  fitToWidth: boolean;
  /** One-based, inclusive rows repeated at the top of every printed page. */
  repeatRows?: [number, number];
  /** Page margins in inches. */
  margins: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  /** Centered footer text with page numbers, in Excel header/footer codes ("第 &P 页，共 &N 页"). */
  footer?: string;
  /** Zero-based rows that start a new printed page (kept-together groups; see paginate). */
  rowBreaks?: number[];
}

export interface DataBarModel {
  /** A1 range ("F3:F40"). */
  range: string;
  /** Bar colour, RRGGBB. Writers leave the gradient unset (Excel repairs files that set it). */
  color: string;
  /** Fixed scale: values ≤ min show no bar, ≥ max a full bar. */
  min: number;
  max: number;
}

export type ValidationModel =
  { range: string; kind: "decimal"; min: number; max: number; prompt?: string } | { range: string; kind: "list"; options: string[]; prompt?: string };

export interface SheetModel {
  name: string;
  columns: ColumnModel[];
  /** rows[0] is Excel row 1. Every row has columns.length cells. */
  rows: CellModel[][];
  /** Zero-based index of the header row. */
  headerRow: number;
  merges: Merge[];
  /** Rows/columns frozen at the top/left. */
  freeze: { rows: number; cols: number };
  print: PrintModel;
  /** Row heights in points (undefined: the writer's default). */
  rowHeights: (number | undefined)[];
  dataBar?: DataBarModel;
  /** Drop-downs / ranges offered to the reviewer; warnings only, never blocking. */
  validations?: ValidationModel[];
  /** Zero-based column holding the indicator id (matching reviewer input on re-scoring). */
  idColumn?: number;
  /** Zero-based columns a reviewer fills in; kept across re-scoring. */
  reviewerColumns?: number[];
  /** A1 range of an auto-filter over the header and data. */
  autoFilter?: string;
  /** Header rows earlier versions wrote: a sheet with one of them is still the tool's own. */
  formerHeaders?: string[][];
  /** Protected against slips, WITHOUT a password (cells with `unlocked` stay editable). */
  protect?: boolean;
  /** A hidden sheet (the settings sheet). */
  hidden?: boolean;
  /** The reviewer total's formula parts (see reviewerTotal in reviewer.ts); zero-based rows. */
  reviewerTotal?: ReviewerTotalModel;
}

/**
 * 考评得分 合计 = 0 when a veto row says 否决, else the scored rows' sum plus the bonus rows' sum
 * capped at `bonusCap`. Rows are zero-based and inclusive.
 */
export interface ReviewerTotalModel {
  row: number;
  col: number;
  scored?: [number, number];
  bonus?: [number, number];
  bonusCap: number;
  veto?: [number, number];
}

/** Does this text need guarding so that no writer (or Excel) takes it for a formula? */
export function looksLikeFormula(s: string): boolean {
  return /^[=+\-@]/.test(s);
}

/** A text cell; formula-like text is marked so writers store it as text. */
export function textCell(value: string, style: StyleName = "text", extra: Partial<CellModel> = {}): CellModel {
  const c: CellModel = { value, style, ...extra };
  if (looksLikeFormula(value)) {
    c.forceText = true;
    c.numFmt = "@";
  }
  return c;
}

export function numberCell(value: number | null, style: StyleName = "number", numFmt?: string): CellModel {
  const c: CellModel = { value, style };
  if (numFmt) c.numFmt = numFmt;
  return c;
}

export function emptyCell(style: StyleName = "text"): CellModel {
  return { value: null, style };
}
