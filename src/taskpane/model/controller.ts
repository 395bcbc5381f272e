/**
 * The task pane's behaviour, independent of React and Office: scan the workbook, store corrections
 * and options in the settings sheet, score, insert templates, select evidence. It talks to the
 * workbook only through WorkbookHost and publishes an immutable state; operations run one at a
 * time in the order they were asked for, and every failure becomes `state.error`, never a throw.
 */
import type { LedgerKind } from "../../ledger/records";
import { emptySettings, type WorkbookSettings } from "../../ledger/settings";
import { missingTemplates } from "../../ledger/template";
import type { WorkbookGrids } from "../../core/grid";
import type { ScoreReport } from "../../scoring/report";
import type { Rubric } from "../../scoring/rubric";
import { HostError, type Progress, type WorkbookHost } from "../host";
import { OPTION, rubricOf, type OptionName } from "./options";
import type { WorkbookScan } from "./scan";
import type { Scorer } from "./scorer";
import { settingsWithColumn, settingsWithFact, settingsWithHeaderRow, settingsWithKind } from "./settings-edit";

export { OPTION, rubricOf, type OptionName } from "./options";

export type Phase = "scanning" | "ready" | "scoring" | "done";

export interface PaneError {
  message: string;
  code?: string;
}

export interface ScoreOutcome {
  report: ScoreReport;
  rubric: Rubric;
  /** Settings or mappings changed after this result: it no longer describes the workbook. */
  stale: boolean;
}

export type Notice = { kind: "templates"; names: string[] };

export interface PaneState {
  phase: Phase;
  /** An operation is running or queued; actions are disabled. */
  busy: boolean;
  scan?: WorkbookScan;
  settings: WorkbookSettings;
  progress?: Progress;
  outcome?: ScoreOutcome;
  error?: PaneError;
  notice?: Notice;
}

/** Let the browser paint (the progress bar) before a long synchronous step. */
function defaultPause(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestAnimationFrame === "function") requestAnimationFrame(() => setTimeout(resolve, 0));
    else setTimeout(resolve, 0);
  });
}

export function toPaneError(e: unknown): PaneError {
  if (e instanceof HostError) return e.code ? { message: e.message, code: e.code } : { message: e.message };
  if (e instanceof Error) return { message: e.message || e.name || String(e) };
  return { message: String(e) };
}

export class ScoringController {
  private state: PaneState = { phase: "scanning", busy: false, settings: emptySettings() };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();
  private pending = 0;
  private started = false;

  constructor(
    readonly host: WorkbookHost,
    private readonly pause: () => Promise<void> = defaultPause,
    /**
     * Where recognition and scoring run: the add-in passes the Web Worker's, tests the page's
     * (model/scorer.ts). No default, so the pane's bundle never carries the scoring code itself.
     */
    readonly scorer: Scorer,
  ) {}

  // ---- store -------------------------------------------------------------------------------

  getState = (): PaneState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<PaneState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  /** Run operations one after another; a failure is shown, the queue goes on. */
  private run(op: () => Promise<void>): Promise<void> {
    this.pending++;
    this.set({ busy: true });
    const next = this.queue.then(async () => {
      try {
        await op();
      } catch (e) {
        const phase: Phase = this.state.outcome ? "done" : "ready";
        this.set({ error: toPaneError(e), phase, progress: undefined });
      } finally {
        this.pending--;
        this.set({ busy: this.pending > 0 });
      }
    });
    this.queue = next;
    return next;
  }

  // ---- operations -------------------------------------------------------------------------

  /** The first scan when the pane opens (once, however often React mounts). */
  start(): Promise<void> {
    if (this.started) return this.queue;
    this.started = true;
    return this.scan();
  }

  scan(): Promise<void> {
    return this.run(() => this.doScan());
  }

  /** Grids and settings: in one read when the host can (the settings sheet is one of the grids). */
  private async read(onProgress?: (p: Progress) => void): Promise<{ grids: WorkbookGrids; settings: WorkbookSettings }> {
    if (this.host.readWorkbook) return this.host.readWorkbook(onProgress);
    const grids = await this.host.readGrids(onProgress);
    return { grids, settings: await this.host.readSettings() };
  }

  private async doScan(): Promise<void> {
    this.set({ phase: "scanning", error: undefined });
    const { grids, settings } = await this.read();
    const scan = await this.scorer.scan(grids, settings);
    this.set({ scan, settings, phase: this.state.outcome ? "done" : "ready" });
  }

  /** The user picked a ledger kind for a sheet ("auto" = let recognition decide again). */
  setKind(sheet: string, kind: LedgerKind | "ignore" | "auto"): Promise<void> {
    return this.run(async () => {
      await this.saveSettings(settingsWithKind(this.state.settings, sheet, kind));
      await this.doScan();
    });
  }

  /** The user picked the column of a field on a ledger sheet. */
  setColumn(sheet: string, field: string, letter: string): Promise<void> {
    return this.run(async () => {
      const s = this.state.scan?.sheets.find((x) => x.name === sheet);
      if (!s) return;
      await this.saveSettings(settingsWithColumn(this.state.settings, s, field, letter));
      await this.doScan();
    });
  }

  /** The user picked the row a ledger sheet's header is on (one-based). */
  setHeaderRow(sheet: string, row: number): Promise<void> {
    return this.run(async () => {
      const s = this.state.scan?.sheets.find((x) => x.name === sheet);
      if (!s) return;
      await this.saveSettings(settingsWithHeaderRow(this.state.settings, s, row));
      await this.doScan();
    });
  }

  /** The user said which input a facts-sheet label is ("ignore" to skip it, "auto" to forget the choice). */
  setFact(label: string, key: string): Promise<void> {
    return this.run(async () => {
      await this.saveSettings(settingsWithFact(this.state.settings, label, key));
      await this.doScan();
    });
  }

  /** Set (or clear, with "") an option of the settings sheet. */
  setOption(name: OptionName, value: string): Promise<void> {
    return this.run(async () => {
      const options = { ...this.state.settings.options };
      const v = value.trim();
      if ((options[name] ?? "") === v) return;
      if (v) options[name] = v;
      else delete options[name];
      await this.saveSettings({ ...this.state.settings, options });
      if (name === OPTION.rubric) await this.doScan();
    });
  }

  private async saveSettings(settings: WorkbookSettings): Promise<void> {
    await this.host.writeSettings(settings);
    const outcome = this.state.outcome ? { ...this.state.outcome, stale: true } : undefined;
    this.set({ settings, outcome, error: undefined });
  }

  score(): Promise<void> {
    return this.run(async () => {
      this.set({ phase: "scoring", error: undefined, notice: undefined, progress: { step: "read", done: 0, total: 1 } });
      const { grids, settings } = await this.read((p) => this.set({ progress: p }));
      const rubric = rubricOf(settings);
      this.set({ progress: { step: "score", done: 0, total: 1 } });
      await this.pause();
      const { report, models, scan } = await this.scorer.score(grids, settings);
      this.set({ progress: { step: "write", done: 0, total: models.length }, scan, settings });
      await this.pause();
      await this.host.writeScoredSheets(models, (p) => this.set({ progress: p }));
      this.set({ phase: "done", progress: undefined, outcome: { report, rubric, stale: false } });
    });
  }

  insertTemplates(): Promise<void> {
    return this.run(async () => {
      const names = this.state.scan?.sheetNames ?? (await this.host.readGrids()).sheets.map((s) => s.name);
      const added = await this.host.insertTemplates(missingTemplates(rubricOf(this.state.settings), names));
      this.set({ notice: { kind: "templates", names: added } });
      await this.doScan();
    });
  }

  /** Select evidence in the workbook (not queued behind a long run: it is a click). */
  async select(sheet: string, address: string): Promise<void> {
    try {
      await this.host.select(sheet, address);
    } catch (e) {
      this.set({ error: toPaneError(e) });
    }
  }

  dismissError(): void {
    this.set({ error: undefined });
  }

  dismissNotice(): void {
    this.set({ notice: undefined });
  }
}
