/**
 * What the task pane needs from its host workbook. The Office.js adapter implements it for Excel;
 * tests implement it in memory. The UI and the scoring flow only ever see this interface, so
 * everything but the adapter is testable in Node.
 */
import type { Sheet, WorkbookGrids } from "../core/grid";
import type { WorkbookSettings } from "../ledger/settings";
import type { TemplateSheet } from "../ledger/template";
import type { SheetModel } from "../table";
import { UserError } from "../core/errors";

export interface Progress {
  /** Chinese/English text is chosen by the UI; the host reports a step id and a fraction. */
  step: "read" | "score" | "write" | "format";
  done: number;
  total: number;
}

export interface WorkbookHost {
  /** Office's display language ("zh-CN", "en-US", …). */
  displayLanguage(): string;
  /** Every worksheet's used-range values (and merges/number formats where needed), in sheet order. */
  readGrids(onProgress?: (p: Progress) => void): Promise<WorkbookGrids>;
  /**
   * Grids and settings together, in as few round trips as the host can (the settings sheet is read
   * with the other sheets). Optional: without it the pane calls readGrids, then readSettings.
   */
  readWorkbook?(onProgress?: (p: Progress) => void): Promise<{ grids: WorkbookGrids; settings: WorkbookSettings }>;
  /** The hidden settings sheet (mappings, options), or empty settings. */
  readSettings(): Promise<WorkbookSettings>;
  writeSettings(settings: WorkbookSettings): Promise<void>;
  /**
   * Replace the add-in's scored sheets with these models, keeping what reviewers typed in the
   * 考评得分 / 考评意见 columns (matched by 指标编号). Never touches the user's own sheets; on any
   * failure nothing half-written remains. Activates the first model's sheet.
   */
  writeScoredSheets(models: SheetModel[], onProgress?: (p: Progress) => void): Promise<void>;
  /** Adds the template sheets that do not exist yet; returns the names added. */
  insertTemplates(sheets: TemplateSheet[]): Promise<string[]>;
  /** Select a cell or rows ("C17", "5:9", "A5:A141") on a sheet and activate it. */
  select(sheet: string, address: string): Promise<void>;
  /**
   * The full values of the named sheets — the add-in's own too (the fingerprint, the indicator
   * table), which readGrids lists empty. Names the workbook does not have are left out.
   */
  readSheets(names: string[]): Promise<Sheet[]>;
  /** Writes literal values into cells of one sheet (a reviewer's 考评得分 / 考评意见). */
  writeCells(sheet: string, cells: { address: string; value: string | number | null }[]): Promise<void>;
}

/** An error the UI shows as it is: `message` is already a sentence a clerk understands. */
export class HostError extends UserError {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}
