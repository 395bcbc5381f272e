/**
 * What the web page's worker does, without the worker: open the dropped workbooks, scan them as
 * the pane does, score them as the CLI does, and make the scored workbook. One file is scored as
 * it is (its sheets under their own names, the scored copy is that workbook plus the scored
 * sheets); several are one county (sheets named `file › sheet`, one new workbook out).
 */
import { qualifiedSheetName, scoreWorkbooks, mergeWorkbooks, RUBRICS, type WorkbookInput } from "../pipeline";
import { Diagnostics, type Diagnostic } from "../core/diagnostics";
import type { WorkbookGrids } from "../core/grid";
import { SETTINGS_SHEET, splitSheetName } from "../ledger/read";
import { parseSettingsSheet, type WorkbookSettings } from "../ledger/settings";
import { parseIsoDate } from "../scoring/dates";
import type { ScoreReport } from "../scoring/report";
import type { Rubric } from "../scoring/rubric";
import { GD_2019 } from "../scoring/rubrics/gd-2019";
import { buildScoredSheets, type SheetModel } from "../table";
import { withLinkedCopies } from "../table/copies";
import { fingerprintSheet, fingerprintUnderRealNames } from "../review/fingerprint";
import { toolTemplates } from "../review/tool-templates";
import { PROGRAM_VERSION } from "../review/version";
import { scanWorkbook, type WorkbookScan } from "../taskpane/model/scan";
import { aliasedMappings, ownSheetNames, gridsForScoring, unaliasData } from "../xlsx/own-sheets";
import type { XlsxSeam } from "./seam";

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
}

export type WebStep = "read" | "scan" | "score" | "write";

export interface WebProgress {
  step: WebStep;
  /** The file being read, on the read step. */
  file?: string;
  done: number;
  total: number;
}

export interface Scored {
  report: ScoreReport;
  /** The scored workbook's bytes and its file name. */
  workbook: Uint8Array;
  fileName: string;
}

interface Opened {
  name: string;
  bytes: Uint8Array;
  grids: WorkbookGrids;
  settings: WorkbookSettings;
  /** The bureau's sheets (the tool's own output and settings sheets left out). */
  own: Set<string>;
  /** What the reader and the settings sheet's parser said: the report carries them, as the CLI's does. */
  warnings: string[];
  settingsDiags: Diagnostic[];
}

/**
 * The name of the scored workbook: `<name>.scored.xlsx` for one file (.xlsm when it keeps the
 * file's macros: Excel refuses a macro workbook named .xlsx), 合并评分.xlsx for several.
 */
export function scoredFileName(files: string[], macroEnabled = false): string {
  if (files.length !== 1) return "合并评分.xlsx";
  return `${files[0].replace(/\.(xlsx|xlsm)$/i, "")}.scored.${macroEnabled ? "xlsm" : "xlsx"}`;
}

export class WebSession {
  private files: Opened[] = [];
  private templates: SheetModel[];

  constructor(
    private readonly seam: XlsxSeam,
    private readonly rubric: Rubric = GD_2019,
  ) {
    // Every sheet the tool writes: a scored copy dropped again is read as the CLI reads it.
    this.templates = toolTemplates(rubric);
  }

  /** Reads every file (each refused one throws a clear message naming it); returns the settings to start from. */
  async open(files: DroppedFile[], onProgress: (p: WebProgress) => void = () => {}): Promise<WorkbookSettings> {
    const opened: Opened[] = [];
    for (let i = 0; i < files.length; i++) {
      const f = files[i];
      onProgress({ step: "read", file: f.name, done: i, total: files.length });
      const { grids, warnings } = await this.seam.readGrids(f.bytes, f.name);
      const own = ownSheetNames(grids, this.templates);
      const diags = new Diagnostics();
      const settings = parseSettingsSheet(
        grids.sheets.find((s) => s.name === SETTINGS_SHEET && own.has(s.name)),
        diags,
        this.rubric,
      );
      opened.push({ name: f.name, bytes: f.bytes, grids, settings, own, warnings, settingsDiags: diags.list });
    }
    this.files = opened;
    return this.initialSettings();
  }

  get fileNames(): string[] {
    return this.files.map((f) => f.name);
  }

  /** One file: its settings sheet. Several: every file's mappings under `file › sheet`, options of the first that has them. */
  private initialSettings(): WorkbookSettings {
    if (this.files.length === 1) return this.files[0].settings;
    const merged = mergeWorkbooks(this.inputs());
    const options: Record<string, string> = {};
    for (const f of this.files) for (const [k, v] of Object.entries(f.settings.options)) options[k] ??= v;
    const s: WorkbookSettings = { mappings: merged.mappings, options };
    if (Object.keys(merged.factMappings).length) s.facts = merged.factMappings;
    return s;
  }

  /**
   * The inputs of the pipeline. `settings`: the page's settings (its corrections); for several
   * files the mappings name `file › sheet` and go back to their own file.
   */
  private inputs(settings?: WorkbookSettings): WorkbookInput[] {
    const several = this.files.length > 1;
    return this.files.map((f) => {
      const grids = { sheets: f.grids.sheets.filter((s) => !f.own.has(s.name)) };
      if (!settings) return { file: f.name, grids, mappings: f.settings.mappings, factMappings: f.settings.facts ?? {} };
      const mappings = several
        ? settings.mappings.filter((m) => splitSheetName(m.sheet).file === f.name).map((m) => ({ ...m, sheet: splitSheetName(m.sheet).sheet }))
        : settings.mappings;
      return { file: f.name, grids, mappings, factMappings: settings.facts ?? {} };
    });
  }

  /** The sheets as recognised with the page's settings: the pane's scan. */
  scan(settings: WorkbookSettings): WorkbookScan {
    const rubric = this.rubricOf(settings);
    if (this.files.length === 1) {
      const f = this.files[0];
      const scoring = gridsForScoring(f.grids, f.own);
      return unaliasData(scanWorkbook(scoring.grids, rubric, settings), scoring.aliases);
    }
    const merged = mergeWorkbooks(this.inputs(settings));
    return scanWorkbook(merged.grids, rubric, { ...settings, mappings: merged.mappings });
  }

  private rubricOf(settings: WorkbookSettings): Rubric {
    return RUBRICS[settings.options.rubric ?? ""] ?? this.rubric;
  }

  /** Scores with the page's settings and makes the scored workbook. */
  async score(settings: WorkbookSettings, onProgress: (p: WebProgress) => void = () => {}): Promise<Scored> {
    const rubric = this.rubricOf(settings);
    const asOf = settings.options.asOf ? parseIsoDate(settings.options.asOf) : undefined;
    onProgress({ step: "score", done: 0, total: 1 });
    if (this.files.length === 1) {
      const f = this.files[0];
      const scoring = gridsForScoring(f.grids, f.own);
      const mappings = aliasedMappings(settings.mappings, scoring.aliases);
      const { report: aliased, recognitions } = scoreWorkbooks([{ file: f.name, grids: scoring.grids, mappings, factMappings: settings.facts ?? {} }], {
        rubric,
        ...(asOf ? { asOf } : {}),
      });
      this.countyFromOptions(aliased, settings);
      // As the CLI: the settings sheet's problems, then the reader's warnings.
      aliased.diagnostics.push(...f.settingsDiags);
      for (const w of f.warnings) aliased.diagnostics.push({ severity: "warning", message: w });
      const report = unaliasData(aliased, scoring.aliases);
      onProgress({ step: "write", done: 0, total: 1 });
      // Corrections made on the page travel in the copy's settings sheet — unless the bureau has a
      // sheet of that name that is not the tool's (it is never replaced).
      const changed = JSON.stringify(settings) !== JSON.stringify(f.settings);
      const free = !f.grids.sheets.some((s) => s.name === SETTINGS_SHEET) || f.own.has(SETTINGS_SHEET);
      const models = buildScoredSheets(aliased, rubric);
      // The hidden fingerprint `verify` checks, as the CLI and the pane write it (under the sheets' real names).
      const printed = fingerprintUnderRealNames(scoring, recognitions, report, { program: PROGRAM_VERSION }, models[0]);
      const written = await this.seam.writeScored(f.bytes, [...models, fingerprintSheet(printed)], scoring.aliases, changed && free ? settings : undefined);
      return { report, workbook: written.bytes, fileName: scoredFileName(this.fileNames, written.macroEnabled) };
    }
    const { report, merged } = scoreWorkbooks(this.inputs(settings), { rubric, ...(asOf ? { asOf } : {}) });
    this.countyFromOptions(report, settings);
    // As the CLI: each file's reader warnings and settings problems, named by file.
    for (const f of this.files) {
      for (const w of f.warnings) report.diagnostics.push({ severity: "warning", message: `${f.name}：${w}` });
      for (const d of f.settingsDiags) report.diagnostics.push(d.sheet ? { ...d, sheet: qualifiedSheetName(f.name, d.sheet) } : d);
    }
    onProgress({ step: "write", done: 0, total: 1 });
    const models = withLinkedCopies(buildScoredSheets(report, rubric), merged.grids.sheets, (s) => merged.origin.get(s));
    const written = await this.seam.writeScored(undefined, models);
    return { report, workbook: written.bytes, fileName: scoredFileName(this.fileNames) };
  }

  private countyFromOptions(report: ScoreReport, settings: WorkbookSettings): void {
    const county = settings.options.county?.trim();
    if (!report.county && county) report.county = county;
  }
}
