/**
 * The reviewers' tools in the pane, beside the scoring controller (its own store, so the pane's
 * scoring flow is untouched): 检查 (verify the scored workbook against its fingerprint), the
 * inspection sample, and review mode (the indicator table's computed, claimed and reviewer points
 * side by side, a reviewer's score checked and written to its cell, the reviewer total live).
 */
import { readLedgers } from "../../ledger/read";
import type { WorkbookGrids } from "../../core/grid";
import { parseIsoDate } from "../../scoring/dates";
import { RUBRICS, scoreGrids } from "../../pipeline";
import type { Rubric } from "../../scoring/rubric";
import type { WorkbookSettings } from "../../ledger/settings";
import { FINGERPRINT_SHEET, INDICATOR_SHEET, SAMPLE_SHEET } from "../../table/model";
import { fingerprintUnderRealNames, parseFingerprintSheet } from "../../review/fingerprint";
import { verifyFingerprint, type VerifyResult } from "../../review/verify";
import { freshSeed } from "../../review/prng";
import { drawSample, type SampleDraw } from "../../review/sample";
import { hasFindings, sampleSheet } from "../../review/sample-sheet";
import { sampleStations } from "../../review/sample-stations";
import { checkReviewScore, readReviewTable, type ReviewTable } from "../../review/review-table";
import { PROGRAM_VERSION } from "../../review/version";
import type { WorkbookHost } from "../host";
import { rubricOf, toPaneError, type PaneError } from "./controller";
import { aliasedMappings, outputBase, outputNames, renameModels, unaliasData } from "../../xlsx/own-sheets";
import { scoringView } from "./bureau-sheets";

export interface ReviewState {
  busy: boolean;
  verify?: VerifyResult;
  /** Why the workbook cannot be verified (not scored, scored by a version without fingerprint). */
  verifyProblem?: string;
  sample?: SampleDraw;
  review?: ReviewTable;
  /** Review mode asked for, but the workbook has no indicator table yet. */
  reviewMissing?: boolean;
  /** Indicator id → why the typed score was refused. */
  invalid: Record<string, string>;
  error?: PaneError;
}

export class ReviewController {
  private state: ReviewState = { busy: false, invalid: {} };
  private readonly listeners = new Set<() => void>();
  private queue: Promise<void> = Promise.resolve();

  constructor(readonly host: WorkbookHost) {}

  getState = (): ReviewState => this.state;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  private set(patch: Partial<ReviewState>): void {
    this.state = { ...this.state, ...patch };
    for (const l of [...this.listeners]) l();
  }

  private run(op: () => Promise<void>): Promise<void> {
    this.set({ busy: true, error: undefined });
    const next = this.queue.then(async () => {
      try {
        await op();
      } catch (e) {
        this.set({ error: toPaneError(e) });
      } finally {
        this.set({ busy: false });
      }
    });
    this.queue = next;
    return next;
  }

  private async read(): Promise<{ grids: WorkbookGrids; settings: WorkbookSettings; rubric: Rubric }> {
    const grids = await this.host.readGrids();
    const settings = await this.host.readSettings();
    return { grids, settings, rubric: rubricOf(settings) };
  }

  /** 检查: the stored fingerprint against the workbook as it is now. */
  verify(): Promise<void> {
    return this.run(async () => {
      this.set({ verify: undefined, verifyProblem: undefined });
      const { grids, settings } = await this.read();
      // The fingerprint sheet by name (a bureau's sheet of that name would carry another header).
      const parsed = parseFingerprintSheet(grids.sheets.find((s) => outputBase(s.name) === FINGERPRINT_SHEET));
      if (!parsed.ok) return this.set({ verifyProblem: parsed.problem });
      const stored = parsed.fingerprint;
      const rubric = RUBRICS[stored.rubric];
      if (!rubric) return this.set({ verifyProblem: `评分时使用的指标体系“${stored.rubric}”本版本没有，无法核对` });
      const asOf = parseIsoDate(stored.asOf);
      const extra = stored.options ? (JSON.parse(stored.options) as { mappings?: WorkbookSettings["mappings"]; facts?: Record<string, string> }) : {};
      const mappings = [...settings.mappings.filter((m) => !(extra.mappings ?? []).some((e) => e.sheet === m.sheet)), ...(extra.mappings ?? [])];
      // Read as scoring read it: the tool's own sheets left out, a bureau's sheet of their names under an alias.
      const view = scoringView(grids, rubric);
      const { report, recognitions } = scoreGrids(view.grids, {
        rubric,
        mappings: aliasedMappings(mappings, view.aliases),
        factMappings: { ...(settings.facts ?? {}), ...(extra.facts ?? {}) },
        ...(asOf ? { asOf } : {}),
      });
      const now = fingerprintUnderRealNames(view, recognitions, unaliasData(report, view.aliases), { program: PROGRAM_VERSION });
      // The indicator table the tool wrote (its own, by header), beside a bureau's sheet of its name.
      const table = grids.sheets.find((s) => view.own.has(s.name) && outputBase(s.name) === INDICATOR_SHEET);
      const names = new Map(rubric.indicators.map((i) => [i.id, i.name]));
      this.set({ verify: verifyFingerprint(stored, now, table, names) });
    });
  }

  /** Draws the inspection sample (a fresh seed unless one is typed) and writes its sheet. */
  drawSample(seedText: string): Promise<void> {
    return this.run(async () => {
      const { grids, settings, rubric } = await this.read();
      const view = scoringView(grids, rubric);
      const { ledgers } = readLedgers(view.grids, rubric, aliasedMappings(settings.mappings, view.aliases), settings.facts ?? {});
      if (ledgers.sheetsByKind.stations.length === 0) throw new Error("没有找到站点台账（村级电商服务站点清单），无法抽查 / no stations ledger");
      // The stations' rows under their sheets' real names.
      for (const s of ledgers.stations) s.source = { ...s.source, sheet: view.aliases.get(s.source.sheet) ?? s.source.sheet };
      // The sample goes beside a bureau's sheet of its name, never over it.
      const names = outputNames(
        grids.sheets.map((s) => s.name),
        view.own,
        [SAMPLE_SHEET],
      );
      // A sample sheet a reviewer has started filling in is never replaced: their findings would go.
      const old = grids.sheets.find((s) => s.name === names.get(SAMPLE_SHEET) && view.own.has(s.name));
      if (old && hasFindings(old))
        throw new Error(`“${old.name}”中已填有核查结果，未重新抽取；如需重抽，请先把该表改名 / the sample sheet already holds findings; rename it first`);
      const seed = seedText.trim() || freshSeed();
      const draw = drawSample(sampleStations(ledgers), seed);
      await this.host.writeScoredSheets(renameModels([sampleSheet(draw)], names, view.aliases));
      this.set({ sample: draw });
    });
  }

  /** Review mode: the indicator table read back. */
  openReview(): Promise<void> {
    return this.run(async () => {
      const settings = await this.host.readSettings();
      // The tool's table, or the one it wrote beside a bureau's sheet of that name (考评指标自评表(2)).
      const tables = await this.host.readSheets([INDICATOR_SHEET, `${INDICATOR_SHEET}(2)`, `${INDICATOR_SHEET}(3)`]);
      const review = tables.map((t) => readReviewTable(t, rubricOf(settings))).find((t) => t !== undefined);
      this.set({ review, reviewMissing: !review, invalid: {} });
    });
  }

  /** A reviewer typed a score: checked, then written to its cell; a refused one is said, not written. */
  setReviewScore(id: string, text: string): Promise<void> {
    const row = this.state.review?.rows.find((r) => r.id === id);
    if (!row || !this.state.review) return Promise.resolve();
    const check = checkReviewScore(text, row);
    if (!check.ok) {
      this.set({ invalid: { ...this.state.invalid, [id]: check.message } });
      return Promise.resolve();
    }
    const { [id]: _dropped, ...invalid } = this.state.invalid;
    void _dropped;
    if (check.value === row.reviewScore) return Promise.resolve(this.set({ invalid }));
    const sheet = this.state.review.sheet;
    return this.run(async () => {
      await this.host.writeCells(sheet, [{ address: row.scoreCell, value: check.value }]);
      this.patchRow(id, { reviewScore: check.value });
      this.set({ invalid });
    });
  }

  setReviewOpinion(id: string, text: string): Promise<void> {
    const row = this.state.review?.rows.find((r) => r.id === id);
    if (!row || !row.opinionCell || !this.state.review) return Promise.resolve();
    const sheet = this.state.review.sheet;
    return this.run(async () => {
      await this.host.writeCells(sheet, [{ address: row.opinionCell, value: text.trim() === "" ? null : text }]);
      this.patchRow(id, { reviewOpinion: text });
    });
  }

  private patchRow(id: string, patch: Partial<ReviewTable["rows"][number]>): void {
    const review = this.state.review;
    if (!review) return;
    this.set({ review: { ...review, rows: review.rows.map((r) => (r.id === id ? { ...r, ...patch } : r)) } });
  }

  dismissError(): void {
    this.set({ error: undefined });
  }
}
