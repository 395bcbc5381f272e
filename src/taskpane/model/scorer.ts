/**
 * Where the pane's heavy work runs. The add-in passes a Worker-backed scorer
 * (../worker/worker-scorer.ts) so that a large workbook never freezes the pane. `pageScorer` runs
 * the same work on the page: the jsdom and Node tests use it (nothing in the add-in's pane imports
 * it, so the scoring code stays out of the pane's bundle and in the worker's).
 */
import type { WorkbookGrids } from "../../core/grid";
import type { WorkbookSettings } from "../../ledger/settings";
import type { WorkbookScan } from "./scan";
import type { ScoreWork } from "./work";

export interface Scorer {
  scan(grids: WorkbookGrids, settings: WorkbookSettings): Promise<WorkbookScan>;
  score(grids: WorkbookGrids, settings: WorkbookSettings): Promise<ScoreWork>;
  /** "worker" or "page": where the work runs (shown to tests, not to users). */
  readonly where: "worker" | "page";
}

/** The work on the page, loaded when first needed. */
export const pageScorer: Scorer = {
  where: "page",
  scan: async (grids, settings) => (await import("./work")).scanWork(grids, settings),
  score: async (grids, settings) => (await import("./work")).scoreWork(grids, settings),
};
