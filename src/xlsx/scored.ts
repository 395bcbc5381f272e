/**
 * The two writes the tool makes into a bureau's package (pure): the scored copy (the output models
 * added, the tool's earlier outputs replaced with the reviewer's input carried over) and the
 * settings sheet (`map`). Both copy every other part of the package as it is stored.
 */
import type { CellValue, Sheet } from "../core/grid";
import { SETTINGS_SHEET } from "../ledger/read";
import { SETTINGS_HEADER } from "../ledger/settings";
import { carryOverReviewerInput } from "../table/reviewer";
import { numberCell, textCell, type CellModel, type SheetModel } from "../table/model";
import { maxSharedIndex, sharedStrings, sheetGrid } from "./cells";
import { isOwnSettingsSheet, outputBase, outputNames, ownSheetNames, renameModels } from "./own-sheets";
import { isMacroEnabled, openPackage, text, type PackageInfo, type WorkbookSheet } from "./package";
import { rewritePackage, type Placement, type RewriteOptions } from "./write";

export interface ScoredWriteOptions extends RewriteOptions {
  /** Sheet aliases the report was made with (see gridsForScoring): alias → real name. */
  aliases?: Map<string, string>;
}

export interface ScoredWriteResult {
  bytes: Uint8Array;
  /** The package holds macros: it must be saved as .xlsm (Excel refuses it as .xlsx). */
  macroEnabled: boolean;
  /** The models as written (final names, reviewer input carried over). */
  models: SheetModel[];
  /** Reviewer input that could not be placed, … ("中文" lines). */
  warnings: string[];
}

/** The grids of some sheets of the package, read from their parts (values only). */
export function readSheets(pkg: PackageInfo, sheets: WorkbookSheet[]): Sheet[] {
  const xmls = sheets.map((s) => (s.part ? (text(pkg, s.part) ?? "") : ""));
  const upTo = Math.max(-1, ...xmls.map(maxSharedIndex));
  const sstPart = pkg.rels.find((r) => r.type.endsWith("/sharedStrings"))?.part;
  const strings = upTo >= 0 && sstPart ? sharedStrings(text(pkg, sstPart) ?? "", upTo) : [];
  return sheets.map((s, i) => ({ ...sheetGrid(s.name, xmls[i], strings), ...(s.hidden ? { hidden: true } : {}) }));
}

/** The scored copy of `source` with `models` (see the file comment of write.ts). */
export function writeScoredPackage(source: Uint8Array, models: SheetModel[], options: ScoredWriteOptions = {}): ScoredWriteResult {
  const pkg = openPackage(source);
  // Only sheets named like an output can be the tool's; only they are read.
  const named = pkg.sheets.filter((s) => s.part && outputBase(s.name));
  const candidates = readSheets(pkg, named);
  const own = ownSheetNames({ sheets: candidates }, models);
  const previous = models
    .map((m) => {
      const base = outputBase(m.name);
      const old = candidates.find((s) => own.has(s.name) && s.name === base) ?? candidates.find((s) => own.has(s.name) && outputBase(s.name) === base);
      return old ? { ...old, name: m.name } : undefined;
    })
    .filter((s): s is Sheet => !!s);
  const carried = carryOverReviewerInput(previous, models);
  const finalNames = outputNames(
    pkg.sheets.map((s) => s.name),
    own,
    carried.models.map((m) => m.name),
  );
  const renamed = renameModels(carried.models, finalNames, options.aliases ?? new Map());
  const taken = new Set<WorkbookSheet>();
  const placements: Placement[] = renamed.map((model) => {
    const base = outputBase(model.name);
    const mine = (s: WorkbookSheet) => own.has(s.name) && !taken.has(s) && s.name !== SETTINGS_SHEET;
    const replaces = pkg.sheets.find((s) => mine(s) && s.name === model.name) ?? pkg.sheets.find((s) => mine(s) && base !== undefined && outputBase(s.name) === base);
    if (replaces) taken.add(replaces);
    return { model, replaces };
  });
  return { bytes: rewritePackage(pkg, placements, options), models: renamed, warnings: carried.warnings, macroEnabled: isMacroEnabled(pkg) };
}

/** The settings rows (settingsSheetRows) as the hidden settings sheet's model. */
export function settingsModel(rows: CellValue[][]): SheetModel {
  const width = SETTINGS_HEADER.length;
  const cell = (v: CellValue | undefined): CellModel => {
    if (v === null || v === undefined) return { value: null };
    if (typeof v === "number") return numberCell(v);
    // Values only, as text: a sheet name such as "=台账" must never turn into a formula.
    return textCell(v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === "object" ? v.error : String(v));
  };
  return {
    name: SETTINGS_SHEET,
    columns: SETTINGS_HEADER.map((h) => ({ header: h, width: 18 })),
    rows: rows.map((r) => Array.from({ length: width }, (_, c) => ({ ...cell(r[c]), style: undefined }))),
    headerRow: 0,
    merges: [],
    freeze: { rows: 0, cols: 0 },
    print: { paper: "A4", landscape: false, fitToWidth: false, margins: { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 } },
    rowHeights: [],
    hidden: true,
  };
}

export class NotOwnSettingsSheetError extends Error {
  override readonly name = "NotOwnSettingsSheetError";
}

/**
 * `source` with its settings sheet replaced by `rows` (added, hidden, when it has none). A sheet of
 * that name the tool did not write is never replaced (NotOwnSettingsSheetError).
 */
export function writeSettingsPackage(source: Uint8Array, rows: CellValue[][], options: RewriteOptions = {}): Uint8Array {
  const pkg = openPackage(source);
  const existing = pkg.sheets.find((s) => s.name === SETTINGS_SHEET);
  if (existing) {
    const [grid] = readSheets(pkg, [existing]);
    if (!existing.part || !isOwnSettingsSheet(grid)) throw new NotOwnSettingsSheetError(`“${SETTINGS_SHEET}” is not the tool's settings sheet`);
  }
  return rewritePackage(pkg, [{ model: settingsModel(rows), replaces: existing }], options);
}
