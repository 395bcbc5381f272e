/**
 * What the pane lists about a workbook before scoring: every sheet (except the add-in's own) with
 * its recognised kind, header row, mapped columns and confidence; plus the county and cut-off date
 * written on the facts sheet. Pure: grids + settings in, a plain object out.
 */
import { Diagnostics, type Diagnostic } from "../../core/diagnostics";
import { cellAddress, columnLetters, parseAddress, type CellValue, type Sheet, type WorkbookGrids } from "../../core/grid";
import { matchKey } from "../../ledger/facts/similarity";
import { factsFromSheet } from "../../ledger/facts-inputs";
import { factsVocabulary, readFactsSheet } from "../../ledger/facts-sheet";
import type { SheetMapping } from "../../ledger/mapping";
import { cellText } from "../../ledger/normalize/text";
import { recognizeWorkbook } from "../../ledger/read";
import type { LedgerKind } from "../../ledger/records";
import { recognizeSheet } from "../../ledger/recognize";
import { kindSpec } from "../../ledger/schema";
import { IGNORE_FACT, type WorkbookSettings } from "../../ledger/settings";
import { formatDate } from "../../scoring/dates";
import type { Rubric } from "../../scoring/rubric";

export interface ColumnChoice {
  letter: string;
  /** The header text of the column ("" when the header cell is blank). */
  header: string;
}

export interface FieldInfo {
  field: string;
  /** The usual Chinese header of the field (first wording in KIND_SPECS). */
  label: string;
  required: boolean;
}

export interface SheetScan {
  name: string;
  /** The kind the scorer will use (after any stored mapping); null = not read. */
  kind: LedgerKind | null;
  /** What automatic recognition says, whatever the mapping. */
  autoKind: LedgerKind | null;
  /** The stored mapping of this sheet, if any. */
  mapping?: SheetMapping;
  confidence: number;
  /** One-based header row of a ledger table; null for facts sheets and sheets not read. */
  headerRow: number | null;
  /** field → column letter. */
  columns: Record<string, string>;
  /** The kind's fields, in schema order (empty for facts / not read). */
  fields: FieldInfo[];
  /** The columns a field can be mapped to, with their header texts. */
  choices: ColumnChoice[];
  /** Rows the header may be on (one-based, non-blank rows near the top), with their first texts. */
  headerChoices: { row: number; text: string }[];
  /** Non-blank rows below the header (or in the whole sheet when there is no table). */
  dataRows: number;
  missingRequired: string[];
  /** Facts sheets: the labels not understood, and those the user mapped by hand, in sheet order. */
  factLabels: FactLabelScan[];
}

/** A label of a facts sheet the user may say the meaning of. */
export interface FactLabelScan {
  cell: string;
  text: string;
  /** The closest inputs, best first. */
  candidates: { key: string; label: string }[];
  /** Two inputs fit almost equally well. */
  ambiguous?: boolean;
  /** The input key (or "ignore") the settings sheet maps this label to. */
  mapped?: string;
}

export interface WorkbookScan {
  sheets: SheetScan[];
  /** No cell of any user sheet holds anything. */
  empty: boolean;
  /** Sheets read as a ledger or facts sheet. */
  recognised: number;
  /** Every sheet name of the workbook, the add-in's own included. */
  sheetNames: string[];
  /** 县（市、区）名称 on the facts sheet. */
  county?: string;
  /** 考评截止日期 on the facts sheet (ISO). */
  asOf?: string;
  diagnostics: Diagnostic[];
  /** The rubric's inputs (what a facts-sheet label can be mapped to). */
  inputs: { key: string; label: string }[];
}

const MAX_CHOICES = 52;

function blank(row: CellValue[] | undefined): boolean {
  return !row || row.every((v) => cellText(v ?? null) === "");
}

function countRows(sheet: Sheet, from: number): number {
  let n = 0;
  for (let r = from; r < sheet.rows.length; r++) if (!blank(sheet.rows[r])) n++;
  return n;
}

/** The first non-blank rows, as candidates for the header row (the recogniser scans 20). */
function headerChoices(sheet: Sheet): { row: number; text: string }[] {
  const out: { row: number; text: string }[] = [];
  for (let r = 0; r < Math.min(sheet.rows.length, 20); r++) {
    const texts = (sheet.rows[r] ?? []).map((v) => cellText(v)).filter(Boolean);
    if (texts.length === 0) continue;
    const text = texts.slice(0, 3).join(" | ");
    out.push({ row: r + 1, text: text.length > 24 ? `${text.slice(0, 23)}…` : text });
  }
  return out;
}

function columnChoices(sheet: Sheet, headerRow: number): ColumnChoice[] {
  let width = 0;
  for (let r = Math.max(0, headerRow - 1); r < Math.min(sheet.rows.length, headerRow + 6); r++) width = Math.max(width, sheet.rows[r]?.length ?? 0);
  const out: ColumnChoice[] = [];
  for (let c = 0; c < Math.min(width, MAX_CHOICES); c++) {
    const lower = cellText(sheet.rows[headerRow]?.[c] ?? null);
    const upper = headerRow > 0 ? cellText(sheet.rows[headerRow - 1]?.[c] ?? null) : "";
    out.push({ letter: columnLetters(c), header: (lower || upper).replace(/\s+/g, " ") });
  }
  return out;
}

/**
 * The labels to offer a choice for: those the reader did not understand (a label mapped to ignore
 * is understood), and every cell whose label the settings map by hand, so a choice can be undone.
 */
function factLabels(sheet: Sheet, unknown: ReturnType<typeof readFactsSheet>["unknownLabels"], facts: Record<string, string>): FactLabelScan[] {
  const mappedOf = new Map(Object.entries(facts).map(([label, key]) => [matchKey(label), key]));
  const out = new Map<string, FactLabelScan & { r: number; c: number }>();
  for (const u of unknown) {
    const at = parseAddress(u.cell);
    if (!at || mappedOf.get(matchKey(u.text)) === IGNORE_FACT) continue;
    const item: FactLabelScan & { r: number; c: number } = {
      cell: u.cell,
      text: u.text,
      candidates: u.candidates.map(({ key, label }) => ({ key, label })),
      r: at.row,
      c: at.col,
    };
    if (u.ambiguous) item.ambiguous = true;
    out.set(u.cell, item);
  }
  if (mappedOf.size > 0) {
    sheet.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (typeof v !== "string") return;
        // "标签：值" in one cell is mapped by the part before the colon.
        const text = cellText(v).split(/[：:]/)[0].trim();
        const key = text ? mappedOf.get(matchKey(text)) : undefined;
        if (key === undefined) return;
        const cell = cellAddress(r, c);
        const item = out.get(cell) ?? { cell, text, candidates: [], r, c };
        out.set(cell, { ...item, mapped: key });
      }),
    );
  }
  return [...out.values()].sort((a, b) => a.r - b.r || a.c - b.c).map(({ r: _r, c: _c, ...rest }) => rest);
}

function factsValues(entries: ReturnType<typeof readFactsSheet>["entries"], rubric: Rubric): { county?: string; asOf?: string } {
  const { facts } = factsFromSheet(entries, rubric, new Diagnostics());
  const out: { county?: string; asOf?: string } = {};
  if (facts.county?.kind === "text" && facts.county.value.trim()) out.county = facts.county.value.trim();
  if (facts.asOf?.kind === "date" && facts.asOf.value.d !== undefined) out.asOf = formatDate(facts.asOf.value);
  return out;
}

export function scanWorkbook(grids: WorkbookGrids, rubric: Rubric, settings: WorkbookSettings): WorkbookScan {
  const diags = new Diagnostics();
  const recognitions = recognizeWorkbook(grids, rubric, settings.mappings, diags);
  const labels = factsVocabulary(rubric);
  const scan: WorkbookScan = {
    sheets: [],
    empty: true,
    recognised: 0,
    sheetNames: grids.sheets.map((s) => s.name),
    diagnostics: diags.list,
    inputs: rubric.inputs.map((i) => ({ key: i.key, label: i.label })),
  };
  for (const rec of recognitions) {
    const sheet = grids.sheets.find((s) => s.name === rec.sheet) as Sheet;
    const mapping = settings.mappings.find((m) => m.sheet === sheet.name);
    const autoKind = mapping ? recognizeSheet(sheet, labels).kind : rec.kind;
    const table = rec.kind !== null && rec.kind !== "facts";
    const spec = table ? kindSpec(rec.kind as LedgerKind) : undefined;
    const columns: Record<string, string> = {};
    for (const [field, col] of Object.entries(rec.columns)) columns[field] = columnLetters(col);
    const fields: FieldInfo[] = (spec?.fields ?? []).map((f) => ({ field: f.field, label: f.headers[0], required: !!f.required }));
    const item: SheetScan = {
      name: sheet.name,
      kind: rec.kind,
      autoKind,
      confidence: rec.confidence,
      headerRow: table ? rec.headerRow + 1 : null,
      columns,
      fields,
      choices: table ? columnChoices(sheet, rec.headerRow) : [],
      headerChoices: table ? headerChoices(sheet) : [],
      dataRows: countRows(sheet, table ? rec.headerRow + 1 : 0),
      missingRequired: fields.filter((f) => f.required && !(f.field in columns)).map((f) => f.field),
      factLabels: [],
    };
    if (mapping) item.mapping = mapping;
    scan.sheets.push(item);
    if (rec.kind) scan.recognised++;
    if (scan.empty && sheet.rows.some((row) => !blank(row))) scan.empty = false;
    if (rec.kind === "facts") {
      const read = readFactsSheet(sheet, rubric, settings.facts ?? {});
      const v = factsValues(read.entries, rubric);
      scan.county ??= v.county;
      scan.asOf ??= v.asOf;
      // A hidden facts sheet is not read unless mapped (see readLedgers): nothing to choose there.
      if (!sheet.hidden || rec.mapped) item.factLabels = factLabels(sheet, read.unknownLabels, settings.facts ?? {});
    }
  }
  // A workbook holding only the add-in's own sheets has nothing to score either.
  if (scan.sheets.length === 0) scan.empty = true;
  return scan;
}
