/**
 * Workbook grids → ledgers: recognise every sheet (or take the stored mapping), read its rows into
 * typed records, and report what was recognised and every doubtful cell.
 */
import type { Rubric } from "../scoring/rubric";
import { Diagnostics } from "./diagnostics";
import { cellAddress, type Sheet, type WorkbookGrids } from "./grid";
import { allFactLabels, readFactsSheet } from "./facts-sheet";
import { applyMapping, missingColumns, type SheetMapping } from "./mapping";
import { READERS } from "./read-kinds";
import { emptyLedgers, type LedgerKind, type Ledgers } from "./records";
import { MIN_CONFIDENCE, recognizeSheet, type Recognition } from "./recognize";
import { cellText, quote } from "./normalize/text";
import { dataRows } from "./rows";
import { kindLabel } from "./schema";

/** Sheets the add-in writes itself; never read as ledgers. */
export const OUTPUT_SHEETS = ["考评指标自评表", "评分明细", "诊断信息"];
export const SETTINGS_SHEET = "_ecom_settings";

export interface ReadResult {
  ledgers: Ledgers;
  recognitions: Recognition[];
  diagnostics: Diagnostics;
}

export function isOwnSheet(name: string): boolean {
  return OUTPUT_SHEETS.includes(name) || name === SETTINGS_SHEET;
}

export function recognizeWorkbook(grids: WorkbookGrids, rubric: Rubric, mappings: SheetMapping[], diags: Diagnostics): Recognition[] {
  const labels = allFactLabels(rubric);
  const out: Recognition[] = [];
  for (const sheet of grids.sheets) {
    if (isOwnSheet(sheet.name)) continue;
    const auto = recognizeSheet(sheet, labels);
    out.push(applyMapping(sheet, auto, mappings, diags));
  }
  const settings = grids.sheets.find((s) => s.name === SETTINGS_SHEET);
  for (const m of mappings) {
    if (!isMappingLike(m) || grids.sheets.some((s) => s.name === m.sheet)) continue;
    // Point at the settings row that holds the stale mapping; a mapping from a file has no cell.
    const r = settings?.rows.findIndex((row) => cellText(row[0] ?? null) === "mapping" && cellText(row[1] ?? null) === m.sheet) ?? -1;
    const message = `已保存的映射指向工作表“${m.sheet}”，但工作簿中已没有这张表；该映射未使用`;
    if (r >= 0) diags.warn(message, SETTINGS_SHEET, cellAddress(r, 1));
    else diags.warn(message);
  }
  return out;
}

function isMappingLike(m: unknown): m is SheetMapping {
  return typeof m === "object" && m !== null && typeof (m as SheetMapping).sheet === "string";
}

export function readLedgers(grids: WorkbookGrids, rubric: Rubric, mappings: SheetMapping[] = []): ReadResult {
  const diags = new Diagnostics();
  const ledgers = emptyLedgers();
  const recognitions = recognizeWorkbook(grids, rubric, mappings, diags);
  /** Zero-based rows read as data, per sheet: a run of identical diagnostics is broken by a good row. */
  const readRows = new Map<string, Set<number>>();
  for (const rec of recognitions) {
    const sheet = grids.sheets.find((s) => s.name === rec.sheet) as Sheet;
    // A hidden sheet is usually an old copy kept out of sight; reading it would count its rows
    // twice. A mapping that names the sheet reads it anyway.
    if (sheet.hidden && !rec.mapped) {
      if (rec.kind) diags.info(`工作表“${sheet.name}”已隐藏，未读取（如需计入，请取消隐藏或在映射中指定其台账类型）`, sheet.name, "A1");
      continue;
    }
    if (!rec.kind) {
      const first = firstFilledCell(sheet);
      if (rec.mapped) diags.info(`工作表“${sheet.name}”按已保存的映射设为忽略，未读取`, sheet.name, first ?? "A1");
      else if (first) diags.info(`未能识别工作表“${sheet.name}”的台账类型，未读取（可在映射中指定）`, sheet.name, first);
      continue;
    }
    if (rec.confidence < MIN_CONFIDENCE + 0.15 && !rec.mapped) {
      diags.info(`工作表“${sheet.name}”按“${kindLabel(rec.kind)}”读取，但把握不大（${Math.round(rec.confidence * 100)}%），请核对`, sheet.name, rec.kind === "facts" ? "A1" : `${rec.headerRow + 1}:${rec.headerRow + 1}`);
    }
    // A mapped sheet without a required column cannot count (a funds sheet without amounts is not
    // "nothing spent"); the mapping's diagnostic said so.
    if (rec.kind !== "facts" && missingColumns(rec.kind, rec.columns).length > 0) continue;
    ledgers.sheetsByKind[rec.kind].push(sheet.name);
    if (rec.kind === "facts") {
      const { entries, unknownLabels } = readFactsSheet(sheet, rubric);
      ledgers.facts.push(...entries);
      for (const u of unknownLabels) diags.info(`未能识别的填报项“${quote(u.text, 30)}”，其值未读取（请改用模板中的写法）`, sheet.name, u.cell);
      continue;
    }
    const present = new Set(ledgers.columnsPresent[rec.kind] ?? []);
    for (const f of Object.keys(rec.columns)) present.add(f);
    ledgers.columnsPresent[rec.kind] = [...present];
    const reader = READERS[rec.kind as Exclude<LedgerKind, "facts">];
    const target = ledgers[rec.kind as Exclude<LedgerKind, "facts">] as object[];
    const seen = readRows.get(sheet.name) ?? new Set<number>();
    readRows.set(sheet.name, seen);
    for (const row of dataRows(sheet, rec, diags)) {
      seen.add(row.r);
      const record = reader(row);
      if (record) target.push(record);
    }
  }
  diags.aggregateColumnRuns(3, readRows);
  return { ledgers, recognitions, diagnostics: diags };
}

/** The first non-empty cell of a sheet (where a sheet-level remark points), or undefined. */
function firstFilledCell(sheet: Sheet): string | undefined {
  for (let r = 0; r < sheet.rows.length; r++) {
    const row = sheet.rows[r] ?? [];
    for (let c = 0; c < row.length; c++) if (cellText(row[c] ?? null) !== "") return cellAddress(r, c);
  }
  return undefined;
}
