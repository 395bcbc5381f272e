/**
 * Workbook grids → ledgers: recognise every sheet (or take the stored mapping), read its rows into
 * typed records, and report what was recognised and every doubtful cell.
 */
import type { Rubric } from "../scoring/rubric";
import { Diagnostics } from "./diagnostics";
import type { Sheet, WorkbookGrids } from "./grid";
import { allFactLabels, readFactsSheet } from "./facts-sheet";
import { applyMapping, type SheetMapping } from "./mapping";
import { READERS } from "./read-kinds";
import { emptyLedgers, type LedgerKind, type Ledgers } from "./records";
import { MIN_CONFIDENCE, recognizeSheet, type Recognition } from "./recognize";
import { dataRows } from "./rows";

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
  for (const m of mappings) {
    if (!grids.sheets.some((s) => s.name === m.sheet)) {
      diags.warn(`已保存的映射指向工作表“${m.sheet}”，但工作簿中已没有这张表；该映射未使用`, m.sheet);
    }
  }
  return out;
}

export function readLedgers(grids: WorkbookGrids, rubric: Rubric, mappings: SheetMapping[] = []): ReadResult {
  const diags = new Diagnostics();
  const ledgers = emptyLedgers();
  const recognitions = recognizeWorkbook(grids, rubric, mappings, diags);
  for (const rec of recognitions) {
    const sheet = grids.sheets.find((s) => s.name === rec.sheet) as Sheet;
    if (!rec.kind) {
      if (sheet.rows.some((r) => r.some((v) => v !== null && v !== ""))) {
        diags.info(`未能识别工作表“${sheet.name}”的台账类型，未读取（可在映射中指定）`, sheet.name);
      }
      continue;
    }
    if (rec.confidence < MIN_CONFIDENCE + 0.15 && !rec.mapped) {
      diags.info(`工作表“${sheet.name}”按“${rec.kind}”读取，但把握不大（${Math.round(rec.confidence * 100)}%），请核对`, sheet.name);
    }
    ledgers.sheetsByKind[rec.kind].push(sheet.name);
    if (rec.kind === "facts") {
      const { entries } = readFactsSheet(sheet, rubric);
      ledgers.facts.push(...entries);
      continue;
    }
    const present = new Set(ledgers.columnsPresent[rec.kind] ?? []);
    for (const f of Object.keys(rec.columns)) present.add(f);
    ledgers.columnsPresent[rec.kind] = [...present];
    const reader = READERS[rec.kind as Exclude<LedgerKind, "facts">];
    const target = ledgers[rec.kind as Exclude<LedgerKind, "facts">] as object[];
    for (const row of dataRows(sheet, rec, diags)) {
      const record = reader(row);
      if (record) target.push(record);
    }
  }
  return { ledgers, recognitions, diagnostics: diags };
}
