/**
 * The settings after a choice in the pane (a sheet's kind, a column, the header row, a facts
 * label). Small and pure, apart from the scan (scan.ts) so that the page need not load the
 * recognisers, which run in the scoring worker.
 */
import type { SheetMapping } from "../../ledger/mapping";
import type { LedgerKind } from "../../ledger/records";
import { withFact, withMapping, type WorkbookSettings } from "../../ledger/settings";
import type { SheetScan } from "./scan";

/** The settings after the user picked a kind for a sheet ("auto" forgets the stored mapping). */
export function settingsWithKind(settings: WorkbookSettings, sheet: string, kind: LedgerKind | "ignore" | "auto"): WorkbookSettings {
  if (kind === "auto") return { ...settings, mappings: settings.mappings.filter((m) => m.sheet !== sheet) };
  return withMapping(settings, { sheet, kind });
}

/**
 * The settings after the user picked a column for a field of a ledger sheet: the sheet's mapping
 * keeps its kind (the one in use now) and earlier column choices, plus this one.
 */
export function settingsWithColumn(settings: WorkbookSettings, sheet: SheetScan, field: string, letter: string): WorkbookSettings {
  if (!sheet.kind || sheet.kind === "facts") return settings;
  const m: SheetMapping = { sheet: sheet.name, kind: sheet.kind, columns: { ...(sheet.mapping?.columns ?? {}), [field]: letter } };
  if (sheet.mapping?.headerRow !== undefined) m.headerRow = sheet.mapping.headerRow;
  return withMapping(settings, m);
}

/** The user said on which row the header is (one-based); column corrections already made stay. */
export function settingsWithHeaderRow(settings: WorkbookSettings, sheet: SheetScan, row: number): WorkbookSettings {
  if (!sheet.kind || sheet.kind === "facts") return settings;
  const m: SheetMapping = { sheet: sheet.name, kind: sheet.kind, headerRow: row };
  if (sheet.mapping?.columns) m.columns = { ...sheet.mapping.columns };
  return withMapping(settings, m);
}

/** The settings after the user said what a facts-sheet label is ("auto" forgets the choice). */
export function settingsWithFact(settings: WorkbookSettings, label: string, key: string): WorkbookSettings {
  return withFact(settings, label, key === "auto" ? undefined : key);
}
